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
const assert = __importStar(require("node:assert/strict"));
const interview_1 = require("../../../src/core/interview");
const operability_1 = require("../../../src/core/interview/rules/operability");
const technology_1 = require("../../../src/core/interview/rules/technology");
const support_1 = require("./support");
const PROMPT = (0, support_1.promptWith)([
    { question: 'What happens when traffic spikes tenfold during a premiere?', signal: 'requirements' },
    { question: 'Who owns the ranking service in three years?', signal: 'ownership' },
]);
describe('probesFor', () => {
    it('exports the five signals of the seeds with ids and titles', () => {
        assert.deepEqual(interview_1.SIGNAL_IDS, ['requirements', 'trade-offs', 'experience', 'data-flow', 'ownership']);
        assert.deepEqual(interview_1.SIGNALS.map((s) => s.title), ['Requirements gathering', 'Trade-off reasoning with costs', 'Decisions grounded in experience', 'Data flow a listener can follow', 'Long-term ownership and operability']);
    });
    it("asks the prompt's follow-ups, in order, after the answer's own probes", () => {
        const text = (0, support_1.answerText)({ Architecture: '- Rows are kept in Redis, keyed by member.' });
        const probes = (0, interview_1.probesFor)(text, PROMPT, { rules: [technology_1.technologyRule] });
        assert.deepEqual(probes.map((p) => [p.id, p.source]), [
            ['technology:redis', 'answer'],
            ['prompt:1', 'prompt'],
            ['prompt:2', 'prompt'],
        ]);
        assert.deepEqual(probes[1], { id: 'prompt:1', question: 'What happens when traffic spikes tenfold during a premiere?', source: 'prompt', signal: 'requirements' });
    });
    it('quotes the line an answer probe is about, without the list marker', () => {
        const text = (0, support_1.answerText)({ Architecture: '- Rows are kept in **Redis**, keyed by member.' });
        const [probe] = (0, interview_1.probesFor)(text, undefined, { rules: [technology_1.technologyRule] });
        assert.equal(probe.line, (0, support_1.lineOf)(text, 'Rows are kept'));
        assert.equal(probe.quote, 'Rows are kept in Redis, keyed by member.');
        assert.equal(probe.signal, 'experience');
    });
    it('quotes the sentence that holds the subject, links reduced to their text, cut before the subject when long', () => {
        const long = 'This first sentence says nothing much. ' + 'Words before the name go on and on for a while, '.repeat(4) + 'then [Amazon SQS](https://aws.amazon.com/sqs/) takes the jobs. Last.';
        const text = (0, support_1.answerText)({ Architecture: `- ${long}` });
        const [probe] = (0, interview_1.probesFor)(text, undefined, { rules: [technology_1.technologyRule] });
        assert.equal(probe.id, 'technology:sqs');
        assert.match(probe.quote, /^….*then Amazon SQS takes the jobs\.$/);
        assert.ok(!probe.quote.includes('https') && !probe.quote.includes('This first'), probe.quote);
    });
    it('orders answer probes by line, then by rule', () => {
        const text = (0, support_1.answerText)({ Requirements: '- Counters live in Cassandra.', Architecture: '- Rows are kept in Redis.', Operability: '- Dashboards.' });
        const probes = (0, interview_1.probesFor)(text, undefined, { rules: [operability_1.operabilityRule, technology_1.technologyRule] });
        assert.deepEqual(probes.map((p) => p.id), ['technology:cassandra', 'technology:redis', 'operability:rollback', 'operability:owner', 'operability:alert']);
    });
    it('does not ask again a question answered under Follow-ups, but does ask one left open', () => {
        const asked = [
            '## Follow-ups',
            '',
            '### Q: What happens when traffic spikes tenfold during a premiere?',
            '',
            'The precomputed rows absorb it: reads are served from the cache tier.',
            '',
            '### Q: Who owns the ranking service in three years?',
            '',
            '<!-- answer here -->',
        ].join('\n');
        const text = `${(0, support_1.answerText)()}\n${asked}\n`;
        assert.deepEqual((0, interview_1.probesFor)(text, PROMPT, { rules: [] }).map((p) => p.id), ['prompt:2']);
    });
    it('matches answered questions however they are punctuated or emphasised', () => {
        const text = `${(0, support_1.answerText)()}\n## Follow-ups\n\n### Q: what happens when traffic *spikes* tenfold during a premiere\n\nIt holds.\n`;
        assert.deepEqual((0, interview_1.probesFor)(text, PROMPT, { rules: [] }).map((p) => p.id), ['prompt:2']);
    });
    it('does not read the Follow-ups answers for probes of their own', () => {
        const text = `${(0, support_1.answerText)()}\n## Follow-ups\n\n### Q: Why not a cache?\n\nBecause Redis would cost more than it saves.\n`;
        assert.deepEqual((0, interview_1.probesFor)(text, undefined, { rules: [technology_1.technologyRule] }), []);
    });
    it('is deterministic and accepts an answer already parsed', () => {
        const text = (0, support_1.answerText)({ Architecture: '- Kafka carries the events; Flink aggregates them.' });
        const once = (0, interview_1.probesFor)(text, PROMPT);
        assert.deepEqual((0, interview_1.probesFor)(text, PROMPT), once);
        assert.ok(once.length >= 4);
    });
    it('never throws on odd input', () => {
        for (const text of ['', '\u0000', '---\n', '## Follow-ups\n### Q:\n', '#'.repeat(7), '- Redis '.repeat(5000), '\r\n'.repeat(100)]) {
            assert.doesNotThrow(() => (0, interview_1.probesFor)(text, PROMPT));
        }
    });
    it('gives unique ids when two probes share a subject', () => {
        const prompt = (0, support_1.promptWith)([
            { question: 'One?', signal: 'trade-offs' },
            { question: 'Two?', signal: 'trade-offs' },
        ]);
        const ids = (0, interview_1.probesFor)((0, support_1.answerText)(), prompt).map((p) => p.id);
        assert.equal(new Set(ids).size, ids.length);
    });
});
describe('probe rules', () => {
    describe('technology', () => {
        it('asks why each named technology, once, at its first mention, with its obvious alternative', () => {
            const text = (0, support_1.answerText)({ Architecture: '- Rows live in Redis.\n- Redis again, and Kafka for events.', 'Trade-offs': '- MyQueue over the rest.' });
            const probes = (0, interview_1.probesFor)(text, undefined, { rules: [technology_1.technologyRule] });
            assert.deepEqual(probes.map((p) => [p.id, p.line]), [
                ['technology:redis', (0, support_1.lineOf)(text, 'Rows live in Redis')],
                ['technology:kafka', (0, support_1.lineOf)(text, 'Kafka for events')],
            ]);
            assert.match(probes[0].question, /Why Redis here rather than Memcached or a cache inside each service.*what would make you switch\?$/);
        });
        it('uses the configured technology list, with a generic alternative for names it does not know', () => {
            const text = (0, support_1.answerText)({ Architecture: '- MyQueue carries the events.' });
            const [probe] = (0, interview_1.probesFor)(text, undefined, { rules: [technology_1.technologyRule], technologies: ['MyQueue'] });
            assert.equal(probe.id, 'technology:myqueue');
            assert.match(probe.question, /rather than the obvious alternative/);
        });
        it('ignores headings, comments, code and everyday words in lower case', () => {
            const text = (0, support_1.answerText)({ Architecture: '### Redis tier\n\n<!-- Kafka? -->\n\n```\ncassandra\n```\n\n- The spark of the idea.' });
            assert.deepEqual((0, interview_1.probesFor)(text, undefined, { rules: [technology_1.technologyRule] }), []);
        });
    });
    describe('operability', () => {
        it('asks nothing when Operability covers rollback, an owner and an alert', () => {
            assert.deepEqual((0, interview_1.probesFor)((0, support_1.answerText)(), undefined, { rules: [operability_1.operabilityRule] }), []);
        });
        it('asks how a bad release is undone when no rollback is mentioned, pointing at the heading without quoting it (a heading is not a claim)', () => {
            const text = (0, support_1.answerText)({ Operability: '- Alerts on errors; the rows team owns it.' });
            const probes = (0, interview_1.probesFor)(text, undefined, { rules: [operability_1.operabilityRule] });
            assert.deepEqual(probes.map((p) => [p.id, p.line, p.quote, p.signal]), [['operability:rollback', (0, support_1.lineOf)(text, '## Operability'), undefined, 'ownership']]);
            assert.match(probes[0].question, /how is it undone/);
        });
        it('asks who is paged when no owner or alert is named', () => {
            const text = (0, support_1.answerText)({ Operability: '- We roll back with the deploy tool.' });
            assert.deepEqual((0, interview_1.probesFor)(text, undefined, { rules: [operability_1.operabilityRule] }).map((p) => p.id), ['operability:owner', 'operability:alert']);
        });
        it('asks all three, with no line, when there is no Operability section', () => {
            const text = (0, support_1.answerText)({ Operability: '' });
            const probes = (0, interview_1.probesFor)(text, undefined, { rules: [operability_1.operabilityRule] });
            assert.deepEqual(probes.map((p) => [p.id, p.line]), [
                ['operability:rollback', undefined],
                ['operability:owner', undefined],
                ['operability:alert', undefined],
            ]);
        });
    });
});
//# sourceMappingURL=probes.test.js.map