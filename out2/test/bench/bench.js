"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
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
const node_child_process_1 = require("node:child_process");
const node_inspector_1 = require("node:inspector");
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const node_perf_hooks_1 = require("node:perf_hooks");
const v8 = __importStar(require("node:v8"));
const vm = __importStar(require("node:vm"));
const markdown_it_1 = __importDefault(require("markdown-it"));
const linter_1 = require("../../src/core/lint/linter");
const answerText_1 = require("./answerText");
const repoRoot = path.resolve(__dirname, '..', '..', '..');
const cliBundle = path.join(repoRoot, 'dist', 'cli.js');
const markdownlintCli2 = path.join(repoRoot, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
/**
 * A full garbage collection before each sample, so one side's garbage is not collected on the
 * other side's clock (markdown-it and markdownlint allocate far more than the linter does).
 */
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc');
function median(samples) {
    const s = [...samples].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
/** One measured call, after a full garbage collection. */
function sample(fn) {
    collectGarbage();
    const start = node_perf_hooks_1.performance.now();
    fn();
    return node_perf_hooks_1.performance.now() - start;
}
/**
 * Times two functions in rounds (A then B, `rounds` times), each side warmed up again at the start of
 * its turn, so a drift in the machine's load reaches both sides and neither pays for the heap the
 * other left behind. Returns the median of each side's measured samples.
 */
function timePair(a, b, opts) {
    const sa = [];
    const sb = [];
    for (let round = 0; round < opts.rounds; round++) {
        for (const [fn, out] of [[a, sa], [b, sb]]) {
            for (let i = 0; i < opts.warmup; i++)
                fn();
            for (let i = 0; i < opts.samples; i++)
                out.push(sample(fn));
        }
    }
    return [
        { median: median(sa), runs: sa.length },
        { median: median(sb), runs: sb.length },
    ];
}
const ms = (t) => `${t.median.toFixed(1)} ms (n=${t.runs})`;
async function main() {
    const rows = [];
    const text = new answerText_1.AnswerWriter(1).answer(1024 * 1024, ['Operability']);
    const lines = text.split('\n').length;
    console.log(`Node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (a busy machine slows both sides; the ratios are what to read)`);
    console.log(`Answer text: ${(text.length / 1024).toFixed(0)} KB, ${lines.toLocaleString('en-US')} lines; ${(0, linter_1.lint)(text).length} findings`);
    // (a) our lint against markdown-it's full parse (default preset).
    const md = new markdown_it_1.default();
    const [oursA, parseA] = timePair(() => (0, linter_1.lint)(text), () => md.parse(text, {}), { rounds: 3, samples: 5, warmup: 3 });
    const ratioA = oursA.median / parseA.median;
    rows.push({ name: '(a) lint / markdown-it parse, 1 MB', ours: ms(oursA), baseline: ms(parseA), ratio: ratioA.toFixed(2), target: '<= 0.8', verdict: ratioA <= 0.8 ? 'pass' : 'FAIL' });
    // (d) a 2 MB answer, the largest the extension lints by default, against the same baseline; and (e)
    // its time against the 1 MB answer's, which is about 2 when lint time grows linearly.
    const large = new answerText_1.AnswerWriter(2).answer(2 * 1024 * 1024, ['Operability']);
    const [oursD, parseD] = timePair(() => (0, linter_1.lint)(large), () => md.parse(large, {}), { rounds: 3, samples: 3, warmup: 2 });
    const ratioD = oursD.median / parseD.median;
    rows.push({ name: `(d) lint / markdown-it parse, 2 MB (lint ${oursD.median.toFixed(0)} ms)`, ours: ms(oursD), baseline: ms(parseD), ratio: ratioD.toFixed(2), target: '<= 0.8', verdict: ratioD <= 0.8 ? 'pass' : 'FAIL' });
    const [oursE, oursSmall] = timePair(() => (0, linter_1.lint)(large), () => (0, linter_1.lint)(text), { rounds: 3, samples: 3, warmup: 1 });
    const ratioE = oursE.median / oursSmall.median;
    rows.push({ name: '(e) lint 2 MB / lint 1 MB', ours: ms(oursE), baseline: ms(oursSmall), ratio: ratioE.toFixed(2), target: '<= 2.5', verdict: ratioE <= 2.5 ? 'pass' : 'FAIL' });
    // (b) markdownlint with its default rules against our lint.
    const { lint: markdownlint } = await import('markdownlint/sync');
    const [mdlB, oursB] = timePair(() => markdownlint({ strings: { answer: text } }), () => (0, linter_1.lint)(text), { rounds: 3, samples: 3, warmup: 1 });
    const ratioB = mdlB.median / oursB.median;
    rows.push({ name: '(b) markdownlint / lint, 1 MB', ours: ms(oursB), baseline: ms(mdlB), ratio: `${ratioB.toFixed(1)}x`, target: '>= 30x', verdict: ratioB >= 30 ? 'pass' : 'FAIL' });
    // (c) the CLIs over 1,000 files of about 8 KB.
    if (!fs.existsSync(cliBundle)) {
        rows.push({ name: '(c) markdownlint-cli2 / CLI, 1,000 files', ours: '-', baseline: '-', ratio: '-', target: 'report', verdict: 'skipped: dist/cli.js missing (npm run build)' });
    }
    else {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'design-practice-bench-'));
        try {
            let bytes = 0;
            for (let i = 0; i < 1000; i++) {
                const writer = new answerText_1.AnswerWriter(1000 + i);
                const missing = i % 3 === 0 ? ['Trade-offs', 'Operability'] : i % 3 === 1 ? ['Scope'] : [];
                const answer = writer.answer(7 * 1024, missing);
                bytes += answer.length;
                const sub = path.join(dir, `team-${i % 10}`);
                fs.mkdirSync(sub, { recursive: true });
                fs.writeFileSync(path.join(sub, `answer-${i}.md`), answer);
            }
            // Banner and progress off, so markdownlint-cli2 writes only its findings, as ours does.
            fs.writeFileSync(path.join(dir, '.markdownlint-cli2.jsonc'), JSON.stringify({ noBanner: true, noProgress: true }));
            const run = (args) => () => {
                const r = (0, node_child_process_1.spawnSync)(process.execPath, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 512 * 1024 * 1024 });
                if (r.status !== 0 && r.status !== 1)
                    throw new Error(`${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
                return r;
            };
            const ours = run([cliBundle, 'lint', dir, '--format', 'json']);
            const theirs = run([markdownlintCli2, '**/*.md']);
            // The first runs warm the file cache and are not measured.
            theirs();
            const oursOut = ours().stdout.toString();
            const found = JSON.parse(oursOut).length;
            console.log(`CLI corpus: 1,000 files, ${(bytes / 1000 / 1024).toFixed(1)} KB each on average; our CLI reports ${found.toLocaleString('en-US')} findings`);
            const [cli2, cli] = timePair(theirs, ours, { rounds: 3, samples: 1, warmup: 0 });
            const ratioC = cli2.median / cli.median;
            rows.push({ name: '(c) markdownlint-cli2 / CLI, 1,000 files', ours: ms(cli), baseline: ms(cli2), ratio: `${ratioC.toFixed(1)}x`, target: 'report', verdict: ratioC >= 1 ? 'ours faster' : 'ours slower' });
        }
        catch (error) {
            rows.push({ name: '(c) markdownlint-cli2 / CLI, 1,000 files', ours: '-', baseline: '-', ratio: '-', target: 'report', verdict: `error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` });
        }
        finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    }
    const header = { name: 'measure', ours: 'ours', baseline: 'baseline', ratio: 'ratio', target: 'target', verdict: 'result' };
    const cols = ['name', 'ours', 'baseline', 'ratio', 'target', 'verdict'];
    const widths = cols.map((c) => Math.max(...[header, ...rows].map((r) => r[c].length)));
    const fmt = (r) => cols.map((c, i) => r[c].padEnd(widths[i])).join('  ').trimEnd();
    console.log('');
    console.log(fmt(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of rows)
        console.log(fmt(r));
    console.log('\nTimes are medians after warm-up; baselines: (a, d) markdown-it parse of the same text, (b) markdownlint, (c) markdownlint-cli2, (e) our lint of the 1 MB answer.');
    // Where our time goes, by sampling the CPU while lint runs: shares of samples do not depend on how
    // busy the machine is, unlike differences of timings.
    const shares = await profileShares(() => (0, linter_1.lint)(text), 20);
    console.log('');
    console.log(`Where lint's time goes on the 1 MB answer (CPU profile, share of samples; ms at the (a) median of ${oursA.median.toFixed(1)} ms):`);
    const width = Math.max(...shares.map(([part]) => part.length));
    for (const [part, share] of shares)
        console.log(`  ${part.padEnd(width)} ${(share * 100).toFixed(1).padStart(5)}%  ${(share * oursA.median).toFixed(1).padStart(6)} ms`);
}
/**
 * Runs `fn` `runs` times under the V8 sampling profiler and returns the share of samples per part
 * of the linter, largest first. A sample belongs to the shared answer views (sectionText) when they
 * are on its stack, else to the rule on its stack, else to parsing.
 */
async function profileShares(fn, runs) {
    const session = new node_inspector_1.Session();
    session.connect();
    const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
    try {
        await post('Profiler.enable');
        await post('Profiler.setSamplingInterval', { interval: 200 });
        fn();
        await post('Profiler.start');
        for (let i = 0; i < runs; i++)
            fn();
        const { profile } = await post('Profiler.stop');
        const parentOf = new Map();
        const byId = new Map(profile.nodes.map((n) => [n.id, n]));
        for (const n of profile.nodes)
            for (const child of n.children ?? [])
                parentOf.set(child, n);
        const partOf = new Map();
        const classify = (node) => {
            let rule;
            let parse = false;
            for (let n = node; n; n = parentOf.get(n.id)) {
                const { url, functionName } = n.callFrame;
                if (functionName === '(garbage collector)')
                    return 'garbage collection';
                if (url.includes('/answer/sectionText.'))
                    return 'shared answer views (src/core/answer/sectionText.ts)';
                const m = /\/lint\/rules\/(\w+)\./.exec(url);
                if (m && m[1] !== 'index')
                    rule = `rule src/core/lint/rules/${m[1]}.ts`;
                if (url.includes('/answer/parseAnswer.') || url.includes('/answer/frontMatter.'))
                    parse = true;
            }
            return rule ?? (parse ? 'parsing (parseAnswer.ts and the markdown-it block phase)' : 'linter and the rest');
        };
        const counts = new Map();
        for (const id of profile.samples ?? []) {
            let part = partOf.get(id);
            if (part === undefined)
                partOf.set(id, (part = classify(byId.get(id))));
            counts.set(part, (counts.get(part) ?? 0) + 1);
        }
        const total = [...counts.values()].reduce((a, b) => a + b, 0) || 1;
        return [...counts].map(([part, n]) => [part, n / total]).sort((a, b) => b[1] - a[1]);
    }
    finally {
        session.disconnect();
    }
}
main().catch((error) => {
    console.error(error);
}).finally(() => {
    process.exitCode = 0;
});
//# sourceMappingURL=bench.js.map