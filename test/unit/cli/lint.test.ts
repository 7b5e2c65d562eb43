import * as assert from 'node:assert/strict';
import { fixText } from '../../../src/cli/commands/lint';
import { fixOnlyAddsText as onlyAddsText } from '../../../src/core/lint/fixes';
import { main } from '../../../src/cli/main';
import { resolveConfig } from '../../../src/core/lint/config';
import { lint } from '../../../src/core/lint/linter';
import { RULES } from '../../../src/core/lint/rules';
import { promptFileSkeleton } from '../../../src/core/catalog/promptSkeleton';
import { memoryIo } from '../helpers/memoryIo';
import { allInfo, answer, diskIo, jsonFindings, onlySd001, p } from './support';

const sd001 = (stdout: string) => jsonFindings(stdout).filter((f) => f.ruleId === 'SD001');

describe('cli: lint', () => {
  describe('exit codes', () => {
    it('1 when a finding is a warning, with the file as given', async () => {
      const io = memoryIo({ 'a.md': answer(['Requirements', 'Scope', 'Architecture']) });
      assert.equal(await main(['lint', 'a.md', '--format', 'json'], io), 1);
      assert.deepEqual(sd001(io.stdout).map((f) => [f.file, f.message]), [
        ['a.md', 'Missing section: Trade-offs (it goes after Architecture)'],
        ['a.md', 'Missing section: Operability (it goes after Architecture)'],
      ]);
      assert.equal(io.stderr, '');
    });

    it('1 when a finding is an error', async () => {
      const io = memoryIo({ 'a.md': answer(['Requirements']), 'c.json': onlySd001('error') });
      assert.equal(await main(['lint', 'a.md', '--config', 'c.json', '--format', 'json'], io), 1);
      assert.ok(jsonFindings(io.stdout).every((f) => f.severity === 'error'));
    });

    it('0 when nothing is found', async () => {
      const io = memoryIo({ 'a.md': answer(), 'c.json': onlySd001() });
      assert.equal(await main(['lint', 'a.md', '--config', 'c.json'], io), 0);
      assert.equal(io.stdout, 'No problems in 1 file\n');
    });

    it('0 when every finding is info', async () => {
      const io = memoryIo({ 'a.md': answer(['Requirements']), 'c.json': allInfo() });
      assert.equal(await main(['lint', 'a.md', '--config', 'c.json', '--format', 'json'], io), 0);
      assert.ok(sd001(io.stdout).length === 4 && jsonFindings(io.stdout).every((f) => f.severity === 'info'));
    });

    it('2 with a message naming a path that does not exist; the other files are still linted', async () => {
      const io = memoryIo({ 'a.md': answer(['Requirements']) });
      assert.equal(await main(['lint', 'missing.md', 'a.md', '--format', 'json'], io), 2);
      assert.match(io.stderr, /missing\.md: no such file or folder/);
      assert.equal(sd001(io.stdout).length, 4);
    });

    it('2 for a file that cannot be read, naming it', async () => {
      const io = memoryIo({ 'a.md': answer() }, { unreadable: ['a.md'] });
      assert.equal(await main(['lint', 'a.md'], io), 2);
      assert.match(io.stderr, /a\.md: permission denied \(EACCES\)/);
    });

    it('2 on usage errors: no paths, an unknown format, an unknown option', async () => {
      for (const argv of [['lint'], ['lint', 'a.md', '--format', 'xml'], ['lint', 'a.md', '--frobnicate'], ['lint', 'a.md', '--config']]) {
        const io = memoryIo({ 'a.md': answer() });
        assert.equal(await main(argv, io), 2, argv.join(' '));
        assert.match(io.stderr, /Run "design-practice lint --help"/, argv.join(' '));
        assert.equal(io.stdout, '', argv.join(' '));
      }
    });

    it('--help prints the options and exits 0', async () => {
      const io = memoryIo({});
      assert.equal(await main(['lint', '--help'], io), 0);
      for (const option of ['--format', '--config', '--fix', 'Exit status']) assert.ok(io.stdout.includes(option), option);
    });
  });

  describe('finding files', () => {
    const tree = {
      'notes/a.md': answer(['Requirements']),
      'notes/template-only.md': answer(['Requirements'], 'template: system-design'),
      'notes/README.md': '# Notes\n\nNot an answer: no front matter.\n',
      'notes/other-front-matter.md': '---\ntitle: Reading list\n---\n# Reading list\n',
      'notes/broken-yaml.md': '---\nprompt: platform/metadata-cache\ntags: [unclosed\n---\n# Broken\n',
      'notes/text.txt': answer(['Requirements']),
      'notes/deep/er/b.MD': answer(['Requirements']),
      'notes/node_modules/pkg/c.md': answer(['Requirements']),
      'notes/.git/d.md': answer(['Requirements']),
      'notes/.archive/e.md': answer(['Requirements']),
      'notes/empty/': '',
      'notes/my-prompt.md': promptFileSkeleton('platform/my-prompt', 'platform'),
    };

    it('searches folders recursively for answer files only', async () => {
      const io = memoryIo(tree);
      assert.equal(await main(['lint', 'notes', '--format', 'json'], io), 1);
      const files = [...new Set(jsonFindings(io.stdout).map((f) => f.file))];
      assert.deepEqual(files, [p('notes/a.md'), p('notes/broken-yaml.md'), p('notes/deep/er/b.MD'), p('notes/template-only.md')]);
    });

    it('counts the files it linted in the stylish summary', async () => {
      const io = memoryIo({ ...tree, 'c.json': onlySd001() });
      await main(['lint', 'notes', '--config', 'c.json'], io);
      assert.match(io.stdout, /in 4 of 4 files\n$/);
    });

    it('lints a file named explicitly even without front matter, with the default template', async () => {
      const io = memoryIo(tree);
      assert.equal(await main(['lint', 'notes/README.md', '--format', 'json'], io), 1);
      assert.deepEqual(sd001(io.stdout).map((f) => f.sectionId), ['requirements', 'scope', 'architecture', 'trade-offs', 'operability']);
    });

    it('lints a file once even when it is named twice and found in a folder', async () => {
      const io = memoryIo(tree);
      await main(['lint', 'notes/a.md', 'notes', './notes/a.md', '--format', 'json'], io);
      assert.deepEqual(sd001(io.stdout).filter((f) => f.file.endsWith('a.md')).map((f) => f.file), Array(4).fill('notes/a.md'));
    });

    it('never lints a prompt file as an answer: skipped in a folder, and named with a reason when given alone', async () => {
      const io = memoryIo(tree);
      assert.equal(await main(['lint', 'notes/my-prompt.md', '--format', 'json'], io), 2);
      assert.deepEqual(jsonFindings(io.stdout), []);
      assert.match(io.stderr, /skipped notes[\\/]my-prompt\.md: it is a prompt file \(front matter with id, title and team\), not an answer/);
    });

    it('says so on stderr when a folder holds no answers, and exits 0', async () => {
      const io = memoryIo({ 'empty/README.md': '# Nothing here\n' });
      assert.equal(await main(['lint', 'empty'], io), 0);
      assert.match(io.stderr, /no answer files found in empty/);
    });
  });

  describe('bad input', () => {
    const binary = new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02, 0xff]);

    it('skips a binary file named alone, naming it, and exits 2 because nothing was linted', async () => {
      const io = memoryIo({ 'image.md': binary });
      assert.equal(await main(['lint', 'image.md'], io), 2);
      assert.match(io.stderr, /skipped image\.md: it looks binary/);
    });

    it('skips a binary file next to others without changing the exit code', async () => {
      const io = memoryIo({ 'image.md': binary, 'a.md': answer(), 'c.json': onlySd001() });
      assert.equal(await main(['lint', 'image.md', 'a.md', '--config', 'c.json'], io), 0);
      assert.match(io.stderr, /skipped image\.md/);
    });

    it('skips a file over 10 MB, naming it', async () => {
      const huge = `${answer(['Requirements'])}\n${'x'.repeat(10 * 1024 * 1024)}\n`;
      const io = memoryIo({ 'huge.md': huge, 'a.md': answer(['Requirements']) });
      assert.equal(await main(['lint', 'huge.md', 'a.md', '--format', 'json'], io), 1);
      assert.match(io.stderr, /skipped huge\.md: it is over the 10 MB limit \(10,48\d,\d{3} bytes\)/);
      assert.deepEqual([...new Set(jsonFindings(io.stdout).map((f) => f.file))], ['a.md']);
    });

    it('skips a binary or huge answer found in a folder, naming it', async () => {
      const io = memoryIo({ 'notes/image.md': binary, 'notes/a.md': answer(['Requirements']) });
      assert.equal(await main(['lint', 'notes'], io), 1);
      assert.match(io.stderr, new RegExp(`skipped ${p('notes/image.md').replace(/\\/g, '\\\\')}`));
    });

    it('lints text that is not valid UTF-8 without throwing', async () => {
      const bytes = new TextEncoder().encode(answer(['Requirements']));
      const invalid = new Uint8Array([...bytes, 0xc3, 0x28, 0x0a]);
      const io = memoryIo({ 'a.md': invalid });
      assert.equal(await main(['lint', 'a.md', '--format', 'json'], io), 1);
      assert.equal(sd001(io.stdout).length, 4);
    });

    it('lints empty, whitespace-only and front-matter-only files', async () => {
      const io = memoryIo({ 'empty.md': '', 'blank.md': '\n\n  \n', 'fm.md': '---\nprompt: x\n---\n', 'open.md': '---\nprompt: x\n' });
      assert.equal(await main(['lint', 'empty.md', 'blank.md', 'fm.md', 'open.md', '--format', 'json'], io), 1);
      assert.deepEqual([...new Set(sd001(io.stdout).map((f) => f.file))], ['empty.md', 'blank.md', 'fm.md', 'open.md']);
    });
  });

  describe('configuration', () => {
    it('finds .design-practice.json in the folders above a file; the nearest wins', async () => {
      const io = memoryIo({
        '.design-practice.json': onlySd001('error'),
        'team/a/answer.md': answer(['Requirements']),
        'team/b/.design-practice.json': onlySd001('info'),
        'team/b/deeper/answer.md': answer(['Requirements']),
        'team/c/.design-practice.json': onlySd001('off'),
        'team/c/answer.md': answer(['Requirements']),
      });
      assert.equal(await main(['lint', 'team', '--format', 'json'], io), 1);
      const severities = new Map(jsonFindings(io.stdout).map((f) => [f.file, f.severity]));
      assert.deepEqual([...severities], [
        [p('team/a/answer.md'), 'error'],
        [p('team/b/deeper/answer.md'), 'info'],
      ]);
    });

    it('looks a folder up once however many files it holds', async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 50; i++) files[`notes/${i}.md`] = answer(['Requirements']);
      const io = memoryIo(files);
      const stat = io.stat.bind(io);
      const looked: string[] = [];
      io.stat = (file) => {
        if (file.endsWith('.design-practice.json')) looked.push(file);
        return stat(file);
      };
      await main(['lint', 'notes'], io);
      assert.equal(looked.length, new Set(looked).size);
    });

    it('--config replaces discovery', async () => {
      const io = memoryIo({ '.design-practice.json': onlySd001('off'), 'a.md': answer(['Requirements']), 'strict.json': onlySd001('error') });
      assert.equal(await main(['lint', 'a.md', '-c', 'strict.json', '--format', 'json'], io), 1);
      assert.ok(jsonFindings(io.stdout).every((f) => f.severity === 'error'));
    });

    it('--config with a missing or non-JSON file exits 2 naming it, with the line and column', async () => {
      let io = memoryIo({ 'a.md': answer() });
      assert.equal(await main(['lint', 'a.md', '--config', 'nope.json'], io), 2);
      assert.match(io.stderr, /nope\.json: cannot read it: no such file/);
      io = memoryIo({ 'a.md': answer(), 'bad.json': '{\n  "rules": { "SD001": "off", }\n}\n' });
      assert.equal(await main(['lint', 'a.md', '--config', 'bad.json'], io), 2);
      assert.match(io.stderr, /bad\.json: it is not valid JSON: .*line 2, column \d+/);
      assert.equal(io.stdout, '');
    });

    it('a discovered config that is not JSON stops only the files under it', async () => {
      const io = memoryIo({ 'x/.design-practice.json': '{ nope', 'x/a.md': answer(['Requirements']), 'y/b.md': answer(['Requirements']) });
      assert.equal(await main(['lint', 'x', 'y', '--format', 'json'], io), 2);
      assert.match(io.stderr, new RegExp(`${p('x/.design-practice.json').replace(/\\/g, '\\\\')}: it is not valid JSON`));
      assert.deepEqual([...new Set(jsonFindings(io.stdout).map((f) => f.file))], [p('y/b.md')]);
      assert.equal(io.stderr.match(/not valid JSON/g)?.length, 1, 'the problem is told once');
    });

    it('bad values are warnings naming the file and setting; the rest of the config still applies', async () => {
      const config = JSON.stringify({ defaultTemplate: 'nope', rules: { SD999: 'error', SD001: 'loud', 'missing-section': 'error' } });
      const io = memoryIo({ 'c.json': config, 'a.md': answer(['Requirements']) });
      assert.equal(await main(['lint', 'a.md', '--config', 'c.json', '--format', 'json'], io), 1);
      assert.match(io.stderr, /warning: c\.json: defaultTemplate: Unknown template "nope"/);
      assert.match(io.stderr, /warning: c\.json: rules\.SD999: Unknown rule/);
      assert.match(io.stderr, /warning: c\.json: rules\.SD001: Expected/);
      assert.equal(sd001(io.stdout).length, 4);
    });

    it('a config that is JSON but not an object is a warning, and defaults apply', async () => {
      const io = memoryIo({ 'c.json': '[1, 2]', 'a.md': answer(['Requirements']) });
      assert.equal(await main(['lint', 'a.md', '--config', 'c.json', '--format', 'json'], io), 1);
      assert.match(io.stderr, /warning: c\.json: Configuration must be an object/);
    });
  });

  describe('--fix', () => {
    const original = answer(['Requirements', 'Architecture']);

    const isSubsequence = (needles: readonly string[], haystack: readonly string[]) => {
      let i = 0;
      for (const line of haystack) if (i < needles.length && line === needles[i]) i++;
      return i === needles.length;
    };

    it('fixes in place: the result relints with no SD001 and keeps every original line in order', async () => {
      const io = memoryIo({ 'a.md': original });
      await main(['lint', 'a.md', '--fix', '--format', 'json'], io);
      const fixed = io.read('a.md')!;
      assert.notEqual(fixed, original);
      assert.deepEqual(lint(fixed).filter((f) => f.ruleId === 'SD001'), []);
      assert.ok(isSubsequence(original.split('\n'), fixed.split('\n')));
      assert.deepEqual(sd001(io.stdout), []);
    });

    it('reports what remains and how many fixes it applied; exit 0 when nothing remains', async () => {
      const io = memoryIo({ 'a.md': original, 'c.json': onlySd001() });
      assert.equal(await main(['lint', 'a.md', '--fix', '--config', 'c.json'], io), 0);
      assert.equal(io.stdout, 'No problems in 1 file\nFixed 3 problems\n');
    });

    it('keeps CRLF line endings and a BOM', async () => {
      const io = memoryIo({ 'a.md': `\uFEFF${original.replace(/\n/g, '\r\n')}` });
      await main(['lint', 'a.md', '--fix'], io);
      const fixed = io.read('a.md')!;
      assert.ok(fixed.startsWith('\uFEFF---\r\n'));
      assert.ok(!/[^\r]\n/.test(fixed), 'no bare LF');
      assert.deepEqual(lint(fixed).filter((f) => f.ruleId === 'SD001'), []);
    });

    it('writes nothing when there is nothing to fix', async () => {
      const io = memoryIo({ 'a.md': answer() });
      await main(['lint', 'a.md', '--fix'], io);
      assert.equal(io.writes.size, 0);
    });

    it('converges when a user alias names another section\'s title: a second run changes nothing (issue 17, item 5)', async () => {
      // "Scope" reads as Requirements here, so a "## Scope" heading cannot be the Scope section.
      const config = JSON.stringify({ aliases: { requirements: ['Scope'] } });
      const io = memoryIo({ 'a.md': answer(['Requirements']), '.design-practice.json': config });
      await main(['lint', 'a.md', '--fix', '--format', 'json'], io);
      const once = io.read('a.md')!;
      assert.match(io.stderr, /warning: \.design-practice\.json: aliases\.requirements: "Scope" is the title of the Scope section: with this alias a "Scope" heading counts as Requirements/);
      assert.doesNotMatch(io.stderr, /using the default/, 'the alias is applied, so the message does not say it falls back');
      assert.equal(sd001(io.stdout).length, 0, 'every section the fix inserted is read as that section');
      assert.doesNotMatch(once, /^## Scope$/m);
      assert.match(once, /^## Scoping$/m);
      const again = memoryIo({ 'a.md': once, '.design-practice.json': config });
      await main(['lint', 'a.md', '--fix', '--format', 'json'], again);
      assert.equal(again.writes.size, 0, 'the second run writes nothing');
      assert.equal(again.read('a.md'), once);
    });

    it('exits 2 naming a file it cannot write, and still reports its findings', async () => {
      const io = memoryIo({ 'a.md': original }, { readOnly: ['a.md'] });
      assert.equal(await main(['lint', 'a.md', '--fix', '--format', 'json'], io), 2);
      assert.match(io.stderr, /a\.md: cannot write the fixes: read-only file system/);
      assert.equal(sd001(io.stdout).length, 3);
      assert.equal(io.read('a.md'), original);
    });

    it('leaves a file that changed while --fix ran alone: exit 2, a message, the edit kept', async () => {
      const edited = `${original}\nA line typed while --fix ran.\n`;
      let saved = false;
      const io = memoryIo(
        { 'a.md': original },
        {
          // An editor saves the file after --fix read it and before it writes.
          beforeWrite: (file, self) => {
            if (saved) return;
            saved = true;
            void self.writeFile(file, edited);
          },
        },
      );
      assert.equal(await main(['lint', 'a.md', '--fix', '--format', 'json'], io), 2);
      assert.match(io.stderr, /a\.md: not fixed because it changed while --fix was running.*nothing was written/);
      assert.equal(io.read('a.md'), edited);
      assert.equal(sd001(io.stdout).length, 3);
    });

    it('does not rewrite a file that is not valid UTF-8', async () => {
      const bytes = new Uint8Array([...new TextEncoder().encode(original), 0xff, 0x0a]);
      const io = memoryIo({ 'a.md': bytes });
      assert.equal(await main(['lint', 'a.md', '--fix'], io), 1);
      assert.equal(io.writes.size, 0);
      assert.match(io.stderr, /a\.md: not fixed because it is not valid UTF-8/);
    });

    it('fixes every answer in a folder', async () => {
      const io = memoryIo({ 'n/a.md': original, 'n/b/c.md': answer(['Scope']), 'n/readme.md': '# Not an answer\n' });
      await main(['lint', 'n', '--fix'], io);
      assert.deepEqual([...io.writes.keys()].sort(), ['n/a.md', 'n/b/c.md']);
      assert.equal(io.read('n/readme.md'), '# Not an answer\n');
    });

    it('applies only edits that remove nothing but whitespace', () => {
      const text = 'one\ntwo\nthree\n';
      const insert = { title: 'insert', edits: [{ line: 2, column: 1, endLine: 2, endColumn: 1, text: 'new\n' }] };
      const replaceBlank = { title: 'blank', edits: [{ line: 1, column: 4, endLine: 2, endColumn: 1, text: '\n\n' }] };
      const replaceWord = { title: 'word', edits: [{ line: 2, column: 1, endLine: 2, endColumn: 4, text: 'TWO' }] };
      assert.equal(onlyAddsText(text, insert), true);
      assert.equal(onlyAddsText(text, replaceBlank), true);
      assert.equal(onlyAddsText(text, replaceWord), false);
    });

    it('fixText converges and keeps the original lines for every subset of missing sections', () => {
      const names = ['Requirements', 'Scope', 'Architecture', 'Trade-offs', 'Operability'];
      const config = resolveConfig(JSON.parse(onlySd001()) as object, RULES).config;
      for (let mask = 0; mask < 32; mask++) {
        const text = answer(names.filter((_, i) => mask & (1 << i)));
        const { text: fixed, findings } = fixText(text, config);
        assert.deepEqual(findings, [], `mask ${mask}`);
        assert.ok(isSubsequence(text.split('\n'), fixed.split('\n')), `mask ${mask}`);
      }
    });
  });

  describe('fixture folders on disk', () => {
    it('project: answers linted with the project config, drafts with their own, README and .archive skipped', async () => {
      const io = diskIo('cli', 'project');
      assert.equal(await main(['lint', 'answers', '--format', 'json'], io), 1);
      const found = sd001(io.stdout).map((f) => [f.file, f.severity, f.message]);
      assert.deepEqual(found, [
        [p('answers/frequency-capping.md'), 'error', 'Missing section: Trade-offs (it goes after Architecture)'],
        [p('answers/frequency-capping.md'), 'error', 'Missing section: Operability (it goes after Architecture)'],
      ]);
      assert.equal(io.stderr, '');
    });

    it('bad-json: exit 2 with a message naming the config file', async () => {
      const io = diskIo('cli', 'bad-json');
      assert.equal(await main(['lint', '.'], io), 2);
      assert.match(io.stderr, /\.design-practice\.json: it is not valid JSON/);
      assert.match(io.stderr, /answer\.md: not linted because its configuration/);
    });

    it('an unknown section id in requiredSections or aliases is a warning naming the file and the key', async () => {
      const io = memoryIo({ 'n/a.md': answer(['Requirements']), 'n/.design-practice.json': JSON.stringify({ requiredSections: ['requirments'], aliases: { tradeoffs: ['Costs'] } }) });
      assert.equal(await main(['lint', 'n', '--format', 'json'], io), 1);
      const file = p('n/.design-practice.json');
      assert.ok(io.stderr.includes(`design-practice: warning: ${file}: aliases.tradeoffs: Unknown section id "tradeoffs"`), io.stderr);
      assert.ok(io.stderr.includes(`design-practice: warning: ${file}: requiredSections: Unknown section id "requirments"`), io.stderr);
      assert.equal(sd001(io.stdout).length, 4, 'SD001 still checks the template’s sections');
    });

    it('bad-values: warnings name each setting, and lint goes on with defaults', async () => {
      const io = diskIo('cli', 'bad-values');
      assert.equal(await main(['lint', 'answer.md', '--format', 'json'], io), 1);
      assert.equal(io.stderr.match(/^design-practice: warning: \.design-practice\.json: /gm)?.length, 3);
      assert.ok(sd001(io.stdout).every((f) => f.severity === 'warning'));
    });
  });
});
