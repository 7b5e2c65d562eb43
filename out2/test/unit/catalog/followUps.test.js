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
const followUps_1 = require("../../../src/core/catalog/followUps");
const loadPrompts_1 = require("../../../src/core/catalog/loadPrompts");
const bundledPrompts_1 = require("../../../src/platform/node/bundledPrompts");
const promptView_1 = require("../../../src/core/catalog/promptView");
const file = (body) => ({
    file: 'mine.md',
    text: `---\nid: platform/mine\ntitle: Mine\nteam: platform\nlevel: L5\ntemplate: system-design\n---\n## Statement\n\nDesign a thing that does things at scale.\n\n${body}`,
});
describe('prompt follow-ups', () => {
    it('are read from ## Follow-ups, with [signal] tags, continuation lines, and inferred signals', () => {
        const { prompt, problems } = (0, loadPrompts_1.parsePromptFile)(file('## Follow-ups\n\n- [data-flow] Where is the data stale,\n  and for how long?\n- Who gets paged at night?\n* Why this design and not another?\n'));
        assert.deepEqual(problems, []);
        assert.deepEqual(prompt.followUps, [
            { question: 'Where is the data stale, and for how long?', signal: 'data-flow' },
            { question: 'Who gets paged at night?', signal: 'ownership' },
            { question: 'Why this design and not another?', signal: 'trade-offs' },
        ]);
    });
    it('are empty when the prompt has no Follow-ups section, and never part of the view parts', () => {
        const { prompt } = (0, loadPrompts_1.parsePromptFile)(file('## Pitfalls\n\n- Something.\n'));
        assert.deepEqual(prompt.followUps, []);
        assert.ok(!prompt.pitfalls.includes('Follow'));
    });
    it('report problems on the line to fix, naming the field, and the prompt does not load', () => {
        const text = file('## Follow-ups\n\n- [nonsense] Why?\n- Twice?\n- Twice?\nA paragraph.\n- \n');
        const { prompt, problems } = (0, loadPrompts_1.parsePromptFile)(text);
        assert.equal(prompt, undefined);
        const lines = text.text.split('\n');
        const at = (needle) => lines.findIndex((l) => l.startsWith(needle)) + 1;
        assert.deepEqual(problems.map((p) => [p.field, p.line, p.message.split(/[;:]/)[0]]), [
            ['Follow-ups', at('- [nonsense]'), 'Unknown signal [nonsense] in Follow-ups'],
            ['Follow-ups', at('- Twice?') + 1, 'Duplicate follow-up'],
            ['Follow-ups', at('A paragraph'), 'Follow-ups holds a list of questions'],
            ['Follow-ups', at('A paragraph') + 1, 'Empty follow-up'],
        ]);
    });
    it('report an empty section and an overlong question', () => {
        assert.match((0, loadPrompts_1.parsePromptFile)(file('## Follow-ups\n\n')).problems[0].message, /no questions/);
        assert.match((0, followUps_1.parsePromptFollowUps)(`- ${'why '.repeat(120)}?`, 5).problems[0].message, /characters long/);
    });
    it('infer the signal from the wording', () => {
        assert.equal((0, followUps_1.inferSignal)('Have you seen this fail before?'), 'experience');
        assert.equal((0, followUps_1.inferSignal)('What happens when the scheduler goes down?'), 'ownership');
        assert.equal((0, followUps_1.inferSignal)('What breaks first at 10x the traffic?'), 'requirements');
        assert.equal((0, followUps_1.inferSignal)('How stale can the cache get?'), 'data-flow');
        assert.equal((0, followUps_1.inferSignal)('Why a push model?'), 'trade-offs');
    });
});
describe('bundled follow-ups', () => {
    const { prompts, problems } = (0, bundledPrompts_1.loadBundledCatalog)();
    it('load without problems, at least six a prompt, testing at least three signals', () => {
        assert.deepEqual(problems, []);
        assert.ok(prompts.length >= 42);
        for (const p of prompts) {
            assert.ok(p.followUps.length >= 6, `${p.id} has ${p.followUps.length}`);
            assert.ok(new Set(p.followUps.map((f) => f.signal)).size >= 3, p.id);
        }
    });
    it('cover a spike, a failure, ownership and cost on every prompt; metric alignment, drift, cold start and rollback on ML prompts', () => {
        const covers = (p, pattern) => p.followUps.some((f) => pattern.test(f.question));
        for (const p of prompts) {
            assert.ok(covers(p, /ten ?times|tenfold|grows|spike/i), `${p.id}: scale`);
            assert.ok(covers(p, /down|dies|fails?|dark|unavailable|lost/i), `${p.id}: failure`);
            assert.ok(covers(p, /\bowns?\b|paged|who /i), `${p.id}: ownership`);
            assert.ok(covers(p, /\bcost/i), `${p.id}: cost`);
            if (p.template !== 'ml-system-design')
                continue;
            assert.ok(covers(p, /online|A\/B|offline/i), `${p.id}: metric alignment`);
            assert.ok(covers(p, /drift/i), `${p.id}: drift`);
            assert.ok(covers(p, /no (?:history|data|engagement|comparable)|never (?:seen|produced)|new (?:member|title)|launches|joined|signs up|released/i), `${p.id}: cold start`);
            assert.ok(covers(p, /roll(?:ed)? ?back/i), `${p.id}: rollback`);
        }
    });
    it('are never shown in the prompt view', () => {
        for (const p of prompts) {
            const html = (0, promptView_1.renderPromptHtml)(p, []);
            for (const f of p.followUps)
                assert.ok(!html.includes((0, promptView_1.escapeHtml)(f.question).slice(0, 40)), `${p.id}: ${f.question}`);
            assert.ok(!/Follow-ups/i.test(html), p.id);
        }
    });
});
//# sourceMappingURL=followUps.test.js.map