/**
 * The linter's speed, as ratios against baselines measured in the same run on the same text:
 *
 * (a) our lint / markdown-it's full parse of a 1 MB answer (target <= 0.8)
 * (b) markdownlint (default rules, sync API) / our lint on the same text (target >= 30x)
 * (c) markdownlint-cli2 / our CLI, wall time over 1,000 answer files of about 8 KB (a report)
 * (d) our lint / markdown-it's full parse of a 2 MB answer (target <= 0.8), with the time it takes
 * (e) our lint of the 2 MB answer / our lint of the 1 MB one (target <= 2.5: time grows linearly)
 *
 * Warm-up first, then the median of several runs; then a CPU profile of lint that says which part
 * of the core the time goes to. A report, not a test: it always exits 0. Run with `npm run bench`
 * (it builds dist/cli.js first). The generated files go to a temporary folder that is removed.
 */
import { spawnSync } from 'node:child_process';
import { Session, type Profiler } from 'node:inspector';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import MarkdownIt from 'markdown-it';
import { lint } from '../../src/core/lint/linter';
import { AnswerWriter } from './answerText';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const cliBundle = path.join(repoRoot, 'dist', 'cli.js');
const markdownlintCli2 = path.join(repoRoot, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

/**
 * A full garbage collection before each sample, so one side's garbage is not collected on the
 * other side's clock (markdown-it and markdownlint allocate far more than the linter does).
 */
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

interface Timing {
  readonly median: number;
  readonly runs: number;
}

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** One measured call, after a full garbage collection. */
function sample(fn: () => unknown): number {
  collectGarbage();
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * Times two functions in rounds (A then B, `rounds` times), each side warmed up again at the start of
 * its turn, so a drift in the machine's load reaches both sides and neither pays for the heap the
 * other left behind. Returns the median of each side's measured samples.
 */
function timePair(a: () => unknown, b: () => unknown, opts: { rounds: number; samples: number; warmup: number }): [Timing, Timing] {
  const sa: number[] = [];
  const sb: number[] = [];
  for (let round = 0; round < opts.rounds; round++) {
    for (const [fn, out] of [[a, sa], [b, sb]] as const) {
      for (let i = 0; i < opts.warmup; i++) fn();
      for (let i = 0; i < opts.samples; i++) out.push(sample(fn));
    }
  }
  return [
    { median: median(sa), runs: sa.length },
    { median: median(sb), runs: sb.length },
  ];
}

interface Row {
  readonly name: string;
  readonly ours: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly target: string;
  readonly verdict: string;
}

const ms = (t: Timing) => `${t.median.toFixed(1)} ms (n=${t.runs})`;

async function main(): Promise<void> {
  const rows: Row[] = [];
  const text = new AnswerWriter(1).answer(1024 * 1024, ['Operability']);
  const lines = text.split('\n').length;
  console.log(`Node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (a busy machine slows both sides; the ratios are what to read)`);
  console.log(`Answer text: ${(text.length / 1024).toFixed(0)} KB, ${lines.toLocaleString('en-US')} lines; ${lint(text).length} findings`);

  // (a) our lint against markdown-it's full parse (default preset).
  const md = new MarkdownIt();
  const [oursA, parseA] = timePair(() => lint(text), () => md.parse(text, {}), { rounds: 3, samples: 5, warmup: 3 });
  const ratioA = oursA.median / parseA.median;
  rows.push({ name: '(a) lint / markdown-it parse, 1 MB', ours: ms(oursA), baseline: ms(parseA), ratio: ratioA.toFixed(2), target: '<= 0.8', verdict: ratioA <= 0.8 ? 'pass' : 'FAIL' });

  // (d) a 2 MB answer, the largest the extension lints by default, against the same baseline; and (e)
  // its time against the 1 MB answer's, which is about 2 when lint time grows linearly.
  const large = new AnswerWriter(2).answer(2 * 1024 * 1024, ['Operability']);
  const [oursD, parseD] = timePair(() => lint(large), () => md.parse(large, {}), { rounds: 3, samples: 3, warmup: 2 });
  const ratioD = oursD.median / parseD.median;
  rows.push({ name: `(d) lint / markdown-it parse, 2 MB (lint ${oursD.median.toFixed(0)} ms)`, ours: ms(oursD), baseline: ms(parseD), ratio: ratioD.toFixed(2), target: '<= 0.8', verdict: ratioD <= 0.8 ? 'pass' : 'FAIL' });
  const [oursE, oursSmall] = timePair(() => lint(large), () => lint(text), { rounds: 3, samples: 3, warmup: 1 });
  const ratioE = oursE.median / oursSmall.median;
  rows.push({ name: '(e) lint 2 MB / lint 1 MB', ours: ms(oursE), baseline: ms(oursSmall), ratio: ratioE.toFixed(2), target: '<= 2.5', verdict: ratioE <= 2.5 ? 'pass' : 'FAIL' });

  // (b) markdownlint with its default rules against our lint.
  const { lint: markdownlint } = await import('markdownlint/sync');
  const [mdlB, oursB] = timePair(() => markdownlint({ strings: { answer: text } }), () => lint(text), { rounds: 3, samples: 3, warmup: 1 });
  const ratioB = mdlB.median / oursB.median;
  rows.push({ name: '(b) markdownlint / lint, 1 MB', ours: ms(oursB), baseline: ms(mdlB), ratio: `${ratioB.toFixed(1)}x`, target: '>= 30x', verdict: ratioB >= 30 ? 'pass' : 'FAIL' });

  // (c) the CLIs over 1,000 files of about 8 KB.
  if (!fs.existsSync(cliBundle)) {
    rows.push({ name: '(c) markdownlint-cli2 / CLI, 1,000 files', ours: '-', baseline: '-', ratio: '-', target: 'report', verdict: 'skipped: dist/cli.js missing (npm run build)' });
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'design-practice-bench-'));
    try {
      let bytes = 0;
      for (let i = 0; i < 1000; i++) {
        const writer = new AnswerWriter(1000 + i);
        const missing = i % 3 === 0 ? ['Trade-offs', 'Operability'] : i % 3 === 1 ? ['Scope'] : [];
        const answer = writer.answer(7 * 1024, missing);
        bytes += answer.length;
        const sub = path.join(dir, `team-${i % 10}`);
        fs.mkdirSync(sub, { recursive: true });
        fs.writeFileSync(path.join(sub, `answer-${i}.md`), answer);
      }
      // Banner and progress off, so markdownlint-cli2 writes only its findings, as ours does.
      fs.writeFileSync(path.join(dir, '.markdownlint-cli2.jsonc'), JSON.stringify({ noBanner: true, noProgress: true }));
      const run = (args: string[]) => () => {
        const r = spawnSync(process.execPath, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 512 * 1024 * 1024 });
        if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
        return r;
      };
      const ours = run([cliBundle, 'lint', dir, '--format', 'json']);
      const theirs = run([markdownlintCli2, '**/*.md']);
      // The first runs warm the file cache and are not measured.
      theirs();
      const oursOut = ours().stdout.toString();
      const found = (JSON.parse(oursOut) as unknown[]).length;
      console.log(`CLI corpus: 1,000 files, ${(bytes / 1000 / 1024).toFixed(1)} KB each on average; our CLI reports ${found.toLocaleString('en-US')} findings`);
      const [cli2, cli] = timePair(theirs, ours, { rounds: 3, samples: 1, warmup: 0 });
      const ratioC = cli2.median / cli.median;
      rows.push({ name: '(c) markdownlint-cli2 / CLI, 1,000 files', ours: ms(cli), baseline: ms(cli2), ratio: `${ratioC.toFixed(1)}x`, target: 'report', verdict: ratioC >= 1 ? 'ours faster' : 'ours slower' });
    } catch (error) {
      rows.push({ name: '(c) markdownlint-cli2 / CLI, 1,000 files', ours: '-', baseline: '-', ratio: '-', target: 'report', verdict: `error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  const header: Row = { name: 'measure', ours: 'ours', baseline: 'baseline', ratio: 'ratio', target: 'target', verdict: 'result' };
  const cols: (keyof Row)[] = ['name', 'ours', 'baseline', 'ratio', 'target', 'verdict'];
  const widths = cols.map((c) => Math.max(...[header, ...rows].map((r) => r[c].length)));
  const fmt = (r: Row) => cols.map((c, i) => r[c].padEnd(widths[i])).join('  ').trimEnd();
  console.log('');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(fmt(r));
  console.log('\nTimes are medians after warm-up; baselines: (a, d) markdown-it parse of the same text, (b) markdownlint, (c) markdownlint-cli2, (e) our lint of the 1 MB answer.');

  // Where our time goes, by sampling the CPU while lint runs: shares of samples do not depend on how
  // busy the machine is, unlike differences of timings.
  const shares = await profileShares(() => lint(text), 20);
  console.log('');
  console.log(`Where lint's time goes on the 1 MB answer (CPU profile, share of samples; ms at the (a) median of ${oursA.median.toFixed(1)} ms):`);
  const width = Math.max(...shares.map(([part]) => part.length));
  for (const [part, share] of shares) console.log(`  ${part.padEnd(width)} ${(share * 100).toFixed(1).padStart(5)}%  ${(share * oursA.median).toFixed(1).padStart(6)} ms`);
}

/**
 * Runs `fn` `runs` times under the V8 sampling profiler and returns the share of samples per part
 * of the linter, largest first. A sample belongs to the shared answer views (sectionText) when they
 * are on its stack, else to the rule on its stack, else to parsing.
 */
async function profileShares(fn: () => unknown, runs: number): Promise<[string, number][]> {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
  try {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 200 });
    fn();
    await post('Profiler.start');
    for (let i = 0; i < runs; i++) fn();
    const { profile } = await post<{ profile: Profiler.Profile }>('Profiler.stop');
    const parentOf = new Map<number, Profiler.ProfileNode>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n);
    const partOf = new Map<number, string>();
    const classify = (node: Profiler.ProfileNode): string => {
      let rule: string | undefined;
      let parse = false;
      for (let n: Profiler.ProfileNode | undefined = node; n; n = parentOf.get(n.id)) {
        const { url, functionName } = n.callFrame;
        if (functionName === '(garbage collector)') return 'garbage collection';
        if (url.includes('/answer/sectionText.')) return 'shared answer views (src/core/answer/sectionText.ts)';
        const m = /\/lint\/rules\/(\w+)\./.exec(url);
        if (m && m[1] !== 'index') rule = `rule src/core/lint/rules/${m[1]}.ts`;
        if (url.includes('/answer/parseAnswer.') || url.includes('/answer/frontMatter.')) parse = true;
      }
      return rule ?? (parse ? 'parsing (parseAnswer.ts and the markdown-it block phase)' : 'linter and the rest');
    };
    const counts = new Map<string, number>();
    for (const id of profile.samples ?? []) {
      let part = partOf.get(id);
      if (part === undefined) partOf.set(id, (part = classify(byId.get(id)!)));
      counts.set(part, (counts.get(part) ?? 0) + 1);
    }
    const total = [...counts.values()].reduce((a, b) => a + b, 0) || 1;
    return [...counts].map(([part, n]): [string, number] => [part, n / total]).sort((a, b) => b[1] - a[1]);
  } finally {
    session.disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
}).finally(() => {
  process.exitCode = 0;
});
