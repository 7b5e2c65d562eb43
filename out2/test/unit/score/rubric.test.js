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
const signals_1 = require("../../../src/core/interview/signals");
const score_1 = require("../../../src/core/score");
describe('score: rubric and verdict', () => {
    it('has one rubric per signal, in SIGNALS order, with all four levels', () => {
        assert.deepEqual(score_1.RUBRIC.map((r) => r.id), signals_1.SIGNAL_IDS);
        for (const r of score_1.RUBRIC)
            for (const n of [1, 2, 3, 4])
                assert.ok(r.levels[n].length > 20, `${r.id} ${n}`);
    });
    it('gives the verdict the rule says', () => {
        const all = (n) => ({ requirements: n, 'trade-offs': n, experience: n, 'data-flow': n, ownership: n });
        assert.equal((0, score_1.verdictFor)(all(3)), 'L4');
        assert.equal((0, score_1.verdictFor)(all(4)), 'L5');
        assert.equal((0, score_1.verdictFor)(all(2)), 'below L4');
        assert.equal((0, score_1.verdictFor)({ ...all(3), experience: 2 }), 'L4', 'one signal below 3 is allowed');
        assert.equal((0, score_1.verdictFor)({ ...all(3), experience: 2, ownership: 2 }), 'below L4');
        assert.equal((0, score_1.verdictFor)({ ...all(4), requirements: 1 }), 'below L4', 'a signal at 1 is never L4');
        assert.equal((0, score_1.verdictFor)({ ...all(3), ownership: 1 }), 'below L4', 'nothing on running it is never L4');
        assert.equal((0, score_1.verdictFor)({ ...all(3), 'trade-offs': 4, ownership: 4 }), 'L5');
        assert.equal((0, score_1.verdictFor)({ ...all(4), experience: 2 }), 'L4', 'L5 needs every signal at 3 or more');
        assert.equal((0, score_1.verdictFor)({}), 'below L4');
    });
});
describe('score: scorecardProblems', () => {
    const lines = ['# Title', 'We expect 10k QPS at peak.', 'Redis, because reads dominate.'];
    const card = (evidence) => ({
        level: 'L4',
        verdict: 'L4',
        signals: signals_1.SIGNAL_IDS.map((id) => ({ id, rating: 3, evidence: id === 'requirements' ? evidence : [], gaps: [] })),
    });
    it('accepts verbatim quotes on their 1-based line', () => {
        assert.deepEqual((0, score_1.scorecardProblems)(card([{ line: 2, quote: '10k QPS', why: 'a number' }]), lines), []);
    });
    it('names a quote that is not on its line, an empty one and a line out of range', () => {
        const problems = (0, score_1.scorecardProblems)(card([
            { line: 3, quote: '10k QPS', why: '' },
            { line: 2, quote: ' ', why: '' },
            { line: 9, quote: 'x', why: '' },
        ]), lines);
        assert.equal(problems.length, 3);
        assert.match(problems[0], /"10k QPS" is not on line 3/);
        assert.match(problems[1], /empty quote/);
        assert.match(problems[2], /line 9 is not a line of the answer/);
    });
    it('names ratings off the scale and signals out of order', () => {
        const bad = { ...card([]), signals: [...card([]).signals].reverse().map((s) => ({ ...s, rating: 5 })) };
        const problems = (0, score_1.scorecardProblems)(bad, lines);
        assert.ok(problems.some((p) => /expected requirements, trade-offs/.test(p)));
        assert.ok(problems.some((p) => /rating 5 is not 1-4/.test(p)));
    });
});
//# sourceMappingURL=rubric.test.js.map