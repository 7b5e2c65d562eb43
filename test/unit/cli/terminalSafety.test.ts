/**
 * Issue 17, item 4: control characters from repository content (answers, prompt files, configuration
 * keys, file names) never reach the terminal raw, in any command or format. ESC starts the sequences
 * that set the title, colour the screen and (OSC 52) write the clipboard; C1 CSI does the same in one byte.
 */
import * as assert from 'node:assert/strict';
import { main } from '../../../src/cli/main';
import { memoryIo } from '../helpers/memoryIo';
import { hasControlCharacters } from './support';

const OSC52 = '\u001b]52;c;cHduZWQ=\u0007';
const CSI = '\u009b31m';
const BAD = `${OSC52}${CSI}\r`;

const answerText = [
  '---',
  'template: system-design',
  '---',
  `# Title ${BAD}`,
  '',
  `## Requirements ${BAD}`,
  '',
  `- 10 million users on Redis ${BAD} because it is there.`,
  '',
  '## Architecture',
  '',
  `- The ranking service writes to Kafka ${BAD}.`,
  '',
].join('\n');

const promptText = [
  '---',
  'id: platform/escape-test',
  `title: "Escape \\e]52;c;eA==\\a"`,
  'team: platform',
  'level: L5',
  'template: system-design',
  '---',
  '## Statement',
  '',
  'Design a thing that does things at scale.',
  '',
  '## Follow-ups',
  '',
  `- [ownership] Who is paged ${BAD} at night?`,
  '',
].join('\n');

function files(): Record<string, string> {
  return {
    'notes/a.md': answerText,
    [`notes/b${OSC52}.md`]: answerText,
    '.design-practice.json': JSON.stringify({ rules: { [`SD${OSC52}`]: 'off' }, aliases: { [`x${CSI}`]: ['y'] } }),
    'prompts/ok.md': promptText,
    [`prompts/bad${OSC52}.md`]: '---\nid: platform/bad\n---\n',
  };
}

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = memoryIo(files());
  const code = await main(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('cli: no control character reaches the terminal', () => {
  const commands: [string, string[]][] = [
    ['lint a folder (stylish)', ['lint', 'notes']],
    ['lint --format json', ['lint', 'notes', '--format', 'json']],
    ['lint --format sarif', ['lint', 'notes', '--format', 'sarif']],
    ['sections', ['sections', 'notes/a.md']],
    ['sections --format json', ['sections', 'notes/a.md', '--format', 'json']],
    ['prompts', ['prompts', '--prompts', 'prompts']],
    ['prompts --format json', ['prompts', '--prompts', 'prompts', '--format', 'json']],
    ['drill', ['drill', 'platform/escape-test', 'notes/a.md', '--all', '--prompts', 'prompts']],
    ['drill --format json', ['drill', 'platform/escape-test', 'notes/a.md', '--all', '--prompts', 'prompts', '--format', 'json']],
    ['new with a bad id', ['new', `platform/x${OSC52}`]],
  ];
  for (const [name, args] of commands) {
    it(name, async () => {
      const { stdout, stderr } = await run(args);
      assert.ok(stdout.length + stderr.length > 0, 'the command wrote something');
      assert.ok(!hasControlCharacters(stdout), `stdout: ${JSON.stringify(stdout.slice(0, 400))}`);
      assert.ok(!hasControlCharacters(stderr), `stderr: ${JSON.stringify(stderr.slice(0, 400))}`);
      if (args.includes('json') || args.includes('sarif')) JSON.parse(stdout);
    });
  }

  it('writes what it escaped as visible \\u escapes, and JSON still reads back the same text', async () => {
    const text = await run(['sections', 'notes/a.md']);
    assert.ok(text.stdout.includes('Requirements \\u001B]52;c;cHduZWQ=\\u0007\\u009B31m'), text.stdout);
    const json = await run(['sections', 'notes/a.md', '--format', 'json']);
    const rows = JSON.parse(json.stdout) as { heading: string }[];
    assert.ok(rows.some((r) => r.heading.includes(`${OSC52}${CSI}`)), json.stdout);
    const lint = await run(['lint', 'notes']);
    assert.match(lint.stderr + lint.stdout, /SD\\u001B\]52/, 'the configuration key in the warning');
    assert.match(lint.stdout, /b\\u001B\]52;c;cHduZWQ=\\u0007\.md/, 'the file name found in the folder');
  });
});
