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
Object.defineProperty(exports, "__esModule", { value: true });
/** Each answer rule on its own: what it asks, where, and what it leaves alone. */
const assert = __importStar(require("node:assert/strict"));
const interview_1 = require("../../../src/core/interview");
const cache_1 = require("../../../src/core/interview/rules/cache");
const consistency_1 = require("../../../src/core/interview/rules/consistency");
const mlDrift_1 = require("../../../src/core/interview/rules/mlDrift");
const mlMetric_1 = require("../../../src/core/interview/rules/mlMetric");
const queue_1 = require("../../../src/core/interview/rules/queue");
const scale_1 = require("../../../src/core/interview/rules/scale");
const singleComponent_1 = require("../../../src/core/interview/rules/singleComponent");
const support_1 = require("./support");
const ML = 'prompt: ml/top-10\ntemplate: ml-system-design';
function run(rule, replace, frontMatter) {
    const text = (0, support_1.answerText)(replace, frontMatter);
    return { text, probes: (0, interview_1.probesFor)(text, undefined, { rules: [rule] }) };
}
describe('probe rules, one by one', () => {
    it('the plain answer gives no probe from any of these rules', () => {
        for (const rule of [scale_1.scaleRule, consistency_1.consistencyRule, cache_1.cacheRule, queue_1.queueRule, singleComponent_1.singleComponentRule]) {
            assert.deepEqual(run(rule, {}).probes, [], rule.id);
        }
        for (const rule of [mlMetric_1.mlMetricRule, mlDrift_1.mlDriftRule])
            assert.deepEqual(run(rule, { ...support_1.PLAIN, Evaluation: '- We look at the row.' }, ML).probes, [], rule.id);
    });
    describe('scale', () => {
        it('asks what breaks at ten times a stated volume, for the first two, in Requirements only', () => {
            const { text, probes } = run(scale_1.scaleRule, {
                Requirements: '- 10 million concurrent streams at the evening peak.\n- 300k decisions per second, p99 under 50 ms.\n- 2,500 titles a day.',
                Architecture: '- 40 million households.',
            });
            assert.deepEqual(probes.map((p) => [p.id, p.line, p.signal]), [
                ['scale:10-million-streams', (0, support_1.lineOf)(text, '10 million'), 'requirements'],
                ['scale:300k-decisions', (0, support_1.lineOf)(text, '300k'), 'requirements'],
            ]);
            assert.equal(probes[0].question, 'You sized this at 10 million concurrent streams. What breaks first at ten times that, 100 million concurrent streams, and what would you change before it does?');
            assert.match(probes[1].question, /^You sized this at 300k decisions per second\. What breaks first at ten times that, 3m decisions per second,/);
        });
        it('does not take latencies, percentages, versions, list numbering or names with digits for volumes', () => {
            const { probes } = run(scale_1.scaleRule, { Requirements: '1. p99 under 200 ms, 99.9% available.\n2. HTTP 2 and S3 and H.264.\n3. Users: many; a 10:1 read to write ratio; from 1 user to many.' });
            assert.deepEqual(probes, []);
        });
        it('writes ten times an amount the way it was written', () => {
            assert.deepEqual([(0, scale_1.timesTen)('300', 'k'), (0, scale_1.timesTen)('5', 'M'), (0, scale_1.timesTen)('10', 'million'), (0, scale_1.timesTen)('400', 'million'), (0, scale_1.timesTen)('2,500'), (0, scale_1.timesTen)('2.5'), (0, scale_1.timesTen)('1,5'), (0, scale_1.timesTen)('50')], ['3m', '50M', '100 million', '4 billion', '25,000', '25', '15', '500']);
        });
        it('reads units written against the number', () => {
            const { probes } = run(scale_1.scaleRule, { Requirements: '- About 10TB of new logs a day.' });
            assert.match(probes[0].question, /at 10TB\. .*100TB,/);
        });
    });
    describe('consistency', () => {
        it('asks where a reader sees stale data, quoting the claim, once per wording', () => {
            const { text, probes } = run(consistency_1.consistencyRule, {
                Architecture: '- Positions are eventually consistent across devices.\n- Also eventually-consistent here.\n- Flags may be stale for 30 s.',
            });
            assert.deepEqual(probes.map((p) => [p.id, p.line, p.signal]), [
                ['consistency:eventually-consistent', (0, support_1.lineOf)(text, 'Positions'), 'trade-offs'],
                ['consistency:stale', (0, support_1.lineOf)(text, 'Flags may'), 'trade-offs'],
            ]);
            assert.match(probes[0].question, /^You wrote "eventually consistent"\. Where exactly can a reader see stale/);
        });
    });
    describe('cache', () => {
        it('asks about a stale, cold and lost cache: one for the edge, one for any other', () => {
            const { text, probes } = run(cache_1.cacheRule, {
                Architecture: '- Segments are served from the CDN.\n- The manifest is cached for 60 s.\n- A second cache.',
            });
            assert.deepEqual(probes.map((p) => [p.id, p.line]), [
                ['cache:edge', (0, support_1.lineOf)(text, 'CDN')],
                ['cache:cache', (0, support_1.lineOf)(text, 'manifest is cached')],
            ]);
            assert.match(probes[0].question, /the edge cache going wrong: stale .* cold .* lost/);
        });
        it('does not take Redis for a cache (it is often the store)', () => {
            assert.deepEqual(run(cache_1.cacheRule, { Architecture: '- Counters live in Redis.' }).probes, []);
        });
    });
    describe('queue', () => {
        it('asks about lag, replay, ordering and duplicates, once per wording', () => {
            const { text, probes } = run(queue_1.queueRule, { Architecture: '- Plays go to Kafka.\n- A retry queue holds failures; failed jobs are queued again.' });
            assert.deepEqual(probes.map((p) => [p.id, p.line, p.signal]), [
                ['queue:kafka', (0, support_1.lineOf)(text, 'Plays go'), 'data-flow'],
                ['queue:queue', (0, support_1.lineOf)(text, 'retry queue'), 'data-flow'],
            ]);
            assert.match(probes[0].question, /fall behind .* replay .* out of order or twice\?$/);
        });
        it('does not take a video stream for an event stream', () => {
            assert.deepEqual(run(queue_1.queueRule, { Requirements: '- 10 million concurrent streams.', Architecture: '- The player streams segments.' }).probes, []);
        });
    });
    describe('single component', () => {
        it('asks what happens when a component named once, with no second copy, goes down', () => {
            const { text, probes } = run(singleComponent_1.singleComponentRule, { Architecture: '- The steering service picks an edge for each play.' });
            assert.deepEqual(probes.map((p) => [p.id, p.line, p.signal]), [['component:steering-service', (0, support_1.lineOf)(text, 'steering'), 'ownership']]);
            assert.match(probes[0].question, /^The steering service appears once .* while it is down/);
        });
        it('names a component by up to two words when the first is capitalised, without the article', () => {
            const { probes } = run(singleComponent_1.singleComponentRule, { Architecture: '- The Write API contacts the Fan Out Service.' });
            assert.deepEqual(probes.map((p) => p.id), ['component:fan-out-service']);
            assert.match(probes[0].question, /^The fan out service appears once/);
        });
        it('leaves alone components named twice, replicated, plural, or named only by an article', () => {
            const cases = [
                '- The steering service picks an edge.\n- The steering service is stateless.',
                '- The flag store is replicated across three regions.',
                '- The ranking services score rows.',
                '- A service and the database.',
                '- The counter store falls back to local counts.',
                '- We could store the logs in object storage; then store them again.',
                '- The flag store is down sometimes, and the page shows defaults.',
            ];
            for (const architecture of cases)
                assert.deepEqual(run(singleComponent_1.singleComponentRule, { Architecture: architecture }).probes, [], architecture);
        });
    });
    describe('ML metric alignment', () => {
        it('asks how the offline metric maps to the online one, on ML answers only', () => {
            const replace = { Evaluation: '- Offline: NDCG@10 on the next day of plays.' };
            const ml = run(mlMetric_1.mlMetricRule, replace, ML);
            assert.deepEqual(ml.probes.map((p) => [p.id, p.line, p.signal]), [['ml-metric:ndcg-10', (0, support_1.lineOf)(ml.text, 'NDCG'), 'trade-offs']]);
            assert.match(ml.probes[0].question, /^You measure NDCG@10 offline\. Which online metric/);
            assert.deepEqual(run(mlMetric_1.mlMetricRule, { Architecture: replace.Evaluation }).probes, []);
        });
        it('does not count the template skeleton as a metric named', () => {
            const { probes } = run(mlMetric_1.mlMetricRule, { Evaluation: '- **Offline metrics:** _e.g. NDCG, recall at k, calibration, on which held-out data_' }, ML);
            assert.deepEqual(probes, []);
        });
    });
    describe('ML drift', () => {
        it('asks what drift looks like at the line naming drift, else at training', () => {
            const named = run(mlDrift_1.mlDriftRule, { Architecture: '- Features are refreshed hourly.', Operability: '- Drift dashboards per country.' }, ML);
            assert.deepEqual(named.probes.map((p) => [p.id, p.line, p.signal]), [['ml-drift:drift', (0, support_1.lineOf)(named.text, 'Drift dashboards'), 'ownership']]);
            const training = run(mlDrift_1.mlDriftRule, { Architecture: '- Retrained daily on the last 28 days.' }, ML);
            assert.deepEqual(training.probes.map((p) => p.line), [(0, support_1.lineOf)(training.text, 'Retrained')]);
            assert.deepEqual(run(mlDrift_1.mlDriftRule, { Architecture: '- Retrained daily.' }).probes, [], 'not an ML answer');
        });
    });
    it('every rule stays fast on a 128 KB line of its worst characters', () => {
        const worst = ['1', '1,', '1 ', 'a ', 'a-', ' ', '-', 'NDCG@', 'eventual ', 'k', '9k ', 'x service ', 'Q:'];
        for (const unit of worst) {
            const line = unit.repeat(Math.ceil((128 * 1024) / unit.length));
            for (const section of ['Requirements', 'Architecture', 'Evaluation']) {
                assert.doesNotThrow(() => (0, interview_1.probesFor)((0, support_1.answerText)({ [section]: line }, ML)));
            }
        }
    });
});
//# sourceMappingURL=rules.test.js.map