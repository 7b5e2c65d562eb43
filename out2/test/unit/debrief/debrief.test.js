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
const debrief_1 = require("../../../src/core/debrief/debrief");
const ratingsChart_1 = require("../../../src/core/debrief/ratingsChart");
const SIGNALS = [
    { id: 'requirements', title: 'Requirements gathering' },
    { id: 'trade-offs', title: 'Trade-off reasoning with costs' },
    { id: 'experience', title: 'Decisions grounded in experience' },
    { id: 'data-flow', title: 'Data flow a listener can follow' },
    { id: 'ownership', title: 'Long-term ownership and operability' },
];
describe('debrief', () => {
    const evidence = (0, debrief_1.buildDebrief)({
        signals: SIGNALS,
        findings: [
            { ruleId: 'SD005', message: 'No number', line: 5, sectionId: 'requirements' },
            { ruleId: 'SD007', message: 'Why Redis?', line: 9, sectionId: 'architecture' },
            { ruleId: 'SD002', message: 'Empty section', line: 12, sectionId: 'operability' },
            { ruleId: 'SD010', message: 'Front matter', line: 1 },
        ],
        asked: [
            { question: 'What breaks first at 10x?', signal: 'requirements' },
            { question: 'Who is paged?', signal: 'ownership' },
            { question: 'Why Redis?', signal: 'experience' },
        ],
        followUps: [
            { question: 'What breaks  first at 10x?', line: 20, answered: true },
            { question: 'Who is paged?', line: 23, answered: false },
        ],
        record: {
            started: '2025-01-02T10:00:00Z',
            minutesTotal: 30,
            phases: [
                { section: 'requirements', label: 'Clarify', plannedMinutes: 7, spentMinutes: 9 },
                { section: 'architecture', label: 'Architecture', plannedMinutes: 20, spentMinutes: 15 },
                { section: 'operability', label: 'Operability', plannedMinutes: 7, spentMinutes: 0 },
            ],
        },
    });
    const by = (id) => evidence.find((e) => e.signal.id === id);
    it('groups findings, probes and phase times by signal', () => {
        assert.deepEqual(evidence.map((e) => e.signal.id), SIGNALS.map((s) => s.id));
        assert.deepEqual(by('requirements').findings.map((f) => f.ruleId), ['SD005']);
        assert.deepEqual(by('requirements').answered.map((f) => f.line), [20]);
        assert.deepEqual(by('requirements').phases, [{ label: 'Clarify', plannedMinutes: 7, spentMinutes: 9 }]);
        assert.deepEqual(by('experience').findings.map((f) => f.ruleId), ['SD007'], 'SD007 speaks to experience wherever it is');
        assert.deepEqual(by('experience').open.map((q) => q.question), ['Why Redis?'], 'a question no longer in the answer is open');
        assert.deepEqual(by('ownership').findings.map((f) => f.ruleId), ['SD002']);
        assert.deepEqual(by('ownership').open.map((q) => q.question), ['Who is paged?']);
        assert.deepEqual(by('data-flow').phases.map((p) => p.spentMinutes), [15]);
        assert.ok(evidence.every((e) => e.findings.every((f) => f.ruleId !== 'SD010')));
    });
    it('renders escaped evidence with a pre-set rating per signal', () => {
        const html = (0, debrief_1.renderDebriefHtml)('<Capping>', evidence, { requirements: 3 });
        assert.match(html, /Debrief: &lt;Capping&gt;/);
        assert.match(html, /name="requirements" value="3" checked/);
        assert.equal((html.match(/ checked/g) ?? []).length, 1);
        assert.match(html, /Answered: <a href="#" class="line" data-line="20">line 20<\/a>/);
        assert.match(html, /Clarify: 9 min of 7 planned \(over\)/);
        assert.match(html, /No evidence from this attempt/);
        assert.doesNotMatch(html, /<Capping>/);
    });
    it('accepts only known signals rated 1-4 from the view, and requests for whole positive lines', () => {
        assert.deepEqual((0, debrief_1.parseRatingsMessage)({ type: 'save', ratings: { requirements: '3', ownership: 4, experience: 7, bogus: 2 } }, SIGNALS), { requirements: 3, ownership: 4 });
        assert.equal((0, debrief_1.parseRatingsMessage)({ type: 'other' }, SIGNALS), undefined);
        assert.equal((0, debrief_1.parseRatingsMessage)('save', SIGNALS), undefined);
        assert.equal((0, debrief_1.parseRevealLineMessage)({ type: 'revealLine', line: 12 }), 12);
        for (const bad of [{ type: 'revealLine', line: 0 }, { type: 'revealLine', line: '3' }, { type: 'revealLine', line: 1.5 }, { type: 'save' }, null]) {
            assert.equal((0, debrief_1.parseRevealLineMessage)(bad), undefined, JSON.stringify(bad));
        }
    });
});
describe('ratings chart', () => {
    it('is empty without rated attempts', () => {
        assert.equal((0, ratingsChart_1.renderRatingsChart)([{ date: 'd', ratings: {} }], SIGNALS), '');
    });
    it('draws one line per rated signal, with a table of the same numbers', () => {
        const html = (0, ratingsChart_1.renderRatingsChart)([
            { date: 'Jan 2', ratings: { requirements: 2, ownership: 1 } },
            { date: 'Jan 9', ratings: { requirements: 3 } },
            { date: '<b>', ratings: { requirements: 4, ownership: 3 } },
        ], SIGNALS);
        assert.equal((html.match(/<polyline/g) ?? []).length, 2);
        assert.match(html, /class="series s0" fill="none" points="28,108 248,60 468,12"/);
        assert.match(html, /<th scope="row">&lt;b&gt;<\/th><td class="num">4<\/td><td class="num">3<\/td>/);
        assert.match(html, /<td class="num">–<\/td>/, 'an unrated signal shows a dash');
        assert.doesNotMatch(html, /style=|https?:\/\/(?!www\.w3\.org)/, 'no inline style, nothing remote');
        assert.doesNotMatch(html, /Trade-off/, 'never-rated signals are left out');
    });
});
//# sourceMappingURL=debrief.test.js.map