import * as assert from 'node:assert/strict';
import { main } from '../../../src/cli/main';
import { splitLines } from '../../../src/core/answer/parseAnswer';
import { scorecardProblems, type Scorecard } from '../../../src/core/score';
import { memoryIo } from '../helpers/memoryIo';

const PROMPT = [
  '---',
  'id: ads/cap-score',
  'title: Caps for the scorer',
  'team: ads',
  'level: L5',
  'template: system-design',
  '---',
  '## Statement',
  '',
  'Design frequency capping for a streaming ad server.',
  '',
  '## Answer key',
  '',
  '- [data-flow] The counters are read once per decision for every candidate.',
  '  Look for: multi-get | one read | single read',
  '- [ownership] [L5] Whether to fail open or closed when the counter store is slow, and who decided.',
  '  Look for: fail open | fail closed',
  '- [experience] Beacons are retried, so an impression is counted once by its id.',
  '  Look for: idempotency key | dedupe on the impression',
  '',
].join('\n');

const BODY = [
  '# Frequency capping', // 5
  '', // 6
  '## Requirements', // 7
  '', // 8
  '- Assumption: 300 million households, 15 million ad decisions per second at peak.', // 9
  '- The cap check must fit in 10 ms of the 50 ms decision budget.', // 10
  '- Out of scope: billing reconciliation.', // 11
  '', // 12
  '## Architecture', // 13
  '', // 14
  '- The ad server sends one multi-get per decision to the counter service, keyed by household id, then filters candidates over their cap.', // 15
  '- The player posts an impression beacon; the collector publishes it to a Kafka topic partitioned by household.', // 16
  '- The counter writer consumes the topic and increments the hourly bucket in Redis, because Redis gives atomic INCR with TTL at this rate.', // 17
  '', // 18
  '## Trade-offs', // 19
  '', // 20
  '- Fail open versus fail closed when Redis is slow: fail open costs some over-delivery but keeps revenue; the ads product owner decided fail open.', // 21
  '- Hourly buckets rather than sliding windows: 24 counters per cap instead of one entry per impression, but overshoot at the bucket edge.', // 22
  '', // 23
  '## Operability', // 24
  '', // 25
  '- Alert when the cap-check p99 exceeds 10 ms for 5 minutes; the ads platform team is on call.', // 26
  '- A new cap rule rolls out behind a feature flag to 1% of traffic, with rollback by flag.', // 27
  '',
];

const answer = (frontMatter: string[]) => ['---', ...frontMatter, '---', ...BODY].join('\n');
const FRESH = answer(['prompt: ads/cap-score', 'template: system-design']);
const PRACTISED = answer(['prompt: ads/cap-score', 'template: system-design', 'practice:', '  - started: 2026-12-01T10:00:00Z', '    minutesTotal: 45', '    phases:', '      - { section: requirements, label: Requirements, plannedMinutes: 5, spentMinutes: 6 }']);
const HOLLOW = '## Requirements\n\n- It must be highly scalable and robust.\n\n## Architecture\n\n- An intelligent caching layer leverages best practices.\n';

const files = { 'prompts/cap.md': PROMPT, 'notes/cap.md': FRESH, 'notes/practised.md': PRACTISED, 'notes/hollow.md': HOLLOW };
const score = async (...args: string[]) => {
  const io = memoryIo(files);
  const code = await main(['score', ...args, '--prompts', 'prompts'], io);
  return { code, io };
};
const json = (stdout: string) => JSON.parse(stdout) as Scorecard;

describe('cli: score', () => {
  it('--json prints the scorecard: every signal rated with verbatim quotes on 1-based lines, at the prompt level', async () => {
    const { code, io } = await score('notes/cap.md', '--json');
    const card = json(io.stdout);
    assert.deepEqual(Object.keys(card), ['level', 'verdict', 'signals']);
    assert.equal(card.level, 'L5');
    assert.deepEqual(
      card.signals.map((s) => s.id),
      ['requirements', 'trade-offs', 'experience', 'data-flow', 'ownership'],
    );
    assert.deepEqual(scorecardProblems(card, splitLines(FRESH)), []);
    const lines = FRESH.split('\n');
    for (const s of card.signals) for (const e of s.evidence) assert.ok(lines[e.line - 1].includes(e.quote), `${s.id}: line ${e.line}`);
    assert.ok(card.signals.find((s) => s.id === 'requirements')!.evidence.some((e) => e.line === 9));
    assert.equal(code, card.verdict === 'L5' ? 0 : 1);
  });

  it('--format json is the same as --json; --level L4 shows only L4 gaps', async () => {
    const a = await score('notes/cap.md', '--json', '--level', 'L4');
    const b = await score('notes/cap.md', '-f', 'json', '-l', 'L4');
    assert.equal(a.io.stdout, b.io.stdout);
    const card = json(a.io.stdout);
    assert.equal(card.level, 'L4');
    for (const s of card.signals) for (const g of s.gaps) assert.equal(g.level, 'L4');
    assert.equal(a.code, card.verdict === 'below L4' ? 1 : 0);
  });

  it('keeps the answer key hidden before an attempt: no points in the listing, the gaps or the evidence, only the count', async () => {
    const { io } = await score('notes/cap.md');
    assert.match(io.stdout, /Answer key: 2 of 3 points covered; the points are shown once you record an attempt, or with --answer-key/);
    assert.doesNotMatch(io.stdout, /counted once by its id|fail open or closed when the counter store/i);
    const card = json((await score('notes/cap.md', '--json')).io.stdout);
    assert.equal(card.answerKey, undefined);
    assert.ok(card.signals.every((s) => s.gaps.every((g) => !/answer key/.test(g.why)) && s.evidence.every((e) => !e.why.startsWith('answer key'))));
  });

  it('shows the answer key after a recorded attempt, or with --answer-key: covered points with their line, missed ones as gaps', async () => {
    for (const args of [['notes/practised.md'], ['notes/cap.md', '--answer-key']]) {
      const { io } = await score(...args);
      assert.match(io.stdout, /Answer key: 2 of 3 points covered\n/);
      assert.match(io.stdout, /covered \[data-flow\] The counters are read once per decision for every candidate\. \(line \d+\)/);
      assert.match(io.stdout, /covered \[ownership\] \[L5\] Whether to fail open/);
      assert.match(io.stdout, /missed {2}\[experience\] Beacons are retried/);
    }
    const card = json((await score('notes/cap.md', '-k', '--json')).io.stdout);
    assert.deepEqual(
      card.answerKey!.covered.map((p) => [p.signal, p.line, /multi-get|fail open/i.exec(p.quote ?? '')?.[0]]),
      [
        ['data-flow', 15, 'multi-get'],
        ['ownership', 21, 'Fail open'],
      ],
    );
    assert.ok(card.signals.find((s) => s.id === 'experience')!.gaps.some((g) => /Beacons are retried/.test(g.point)));
  });

  it('prints text: the verdict, each signal with its rating, quoted lines and gaps, and what to practise next', async () => {
    const { code, io } = await score('notes/hollow.md');
    assert.equal(code, 1);
    assert.match(io.stdout, /^notes\/hollow\.md: scored at L4, answering no known prompt\nVerdict: below L4: the answer does not clear the L4 bar yet, not L4\n/);
    assert.match(io.stdout, /\nRequirements gathering: [12]\/4 \((absent|in passing)\)\n/);
    assert.match(io.stdout, /\n {2}missing \(L4\): /);
    assert.match(io.stdout, /\nPractise next:\n {2}1\. /);
    const deep = await score('notes/cap.md', '-l', 'L4');
    assert.match(deep.io.stdout, /\n {2}line 9: "[^"]*300 million households[^"]*"\n/);
  });

  it('scores an answer to no known prompt without an answer key, warning about an unknown one in the front matter', async () => {
    const io = memoryIo({ 'a.md': '---\nprompt: ads/no-such\n---\n' + HOLLOW });
    assert.equal(await main(['score', 'a.md', '--json'], io), 1);
    assert.match(io.stderr, /warning: a\.md: unknown prompt ads\/no-such/);
    assert.equal(json(io.stdout).answerKey, undefined);
  });

  it('exit 2 with a clear message: unknown --prompt, bad id, missing answer, bad level or format, no answer', async () => {
    const cases: [string[], RegExp][] = [
      [['notes/cap.md', '--prompt', 'ads/no-such'], /unknown prompt ads\/no-such/],
      [['notes/cap.md', '--prompt', '../etc'], /is not a prompt id/],
      [['notes/missing.md'], /notes\/missing\.md: no such file/],
      [['notes/cap.md', '--level', 'L6'], /Unknown level "L6": use L4 or L5/],
      [['notes/cap.md', '--format', 'sarif'], /Unknown format "sarif"/],
      [['notes/cap.md', '--json', '--format', 'text'], /disagree/],
      [[], /score takes one answer file/],
    ];
    for (const [args, message] of cases) {
      const { code, io } = await score(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(io.stderr, message, args.join(' '));
    }
  });

  it('is listed in the help, and has its own', async () => {
    const io = memoryIo({});
    assert.equal(await main(['--help'], io), 0);
    assert.match(io.stdout, /\n {2}score {5}Score your answer/);
    const own = memoryIo({});
    assert.equal(await main(['score', '--help'], own), 0);
    assert.match(own.stdout, /^Usage: design-practice score <answer\.md>/);
  });
});
