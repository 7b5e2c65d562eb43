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
const loadPrompts_1 = require("../../../src/core/catalog/loadPrompts");
const bundledPrompts_1 = require("../../../src/platform/node/bundledPrompts");
const plan_1 = require("../../../src/core/practice/plan");
const timer_1 = require("../../../src/core/practice/timer");
const MIN = 60_000;
const T0 = Date.UTC(2025, 0, 2, 10, 0, 0);
const at = (minutes) => T0 + minutes * MIN;
describe('practice plan', () => {
    describe('withBuffer', () => {
        const phases = [
            { section: 'requirements', label: 'Requirements', minutes: 7 },
            { section: 'architecture', label: 'Architecture', minutes: 47 },
        ];
        it("adds the prompt's minutes beyond the plan as a last Buffer phase", () => {
            const buffered = (0, plan_1.withBuffer)(phases, 60);
            assert.deepEqual(buffered.slice(0, 2), phases);
            assert.deepEqual(buffered[2], { section: plan_1.BUFFER_SECTION, label: 'Buffer', minutes: 6 });
            assert.ok((0, plan_1.isBufferPhase)(buffered[2]));
            assert.ok(!(0, plan_1.isBufferPhase)(buffered[0]));
            assert.equal((0, plan_1.phaseName)(buffered[2]), 'Buffer');
        });
        it('the bundled default loop on a 60-minute prompt lasts 60 minutes', () => {
            const buffered = (0, plan_1.withBuffer)((0, plan_1.practicePhases)(loadPrompts_1.DEFAULT_TIME_PLAN).phases, 60);
            assert.equal(buffered.reduce((sum, p) => sum + p.minutes, 0), 60);
        });
        it('adds nothing when the plan fills the time, runs over, or there is no total', () => {
            assert.deepEqual((0, plan_1.withBuffer)(phases, 54), phases);
            assert.deepEqual((0, plan_1.withBuffer)(phases, 50), phases);
            assert.deepEqual((0, plan_1.withBuffer)(phases, 54.4), phases);
            assert.deepEqual((0, plan_1.withBuffer)(phases, undefined), phases);
            assert.deepEqual((0, plan_1.withBuffer)([], 60), []);
        });
        it('shows the buffer in the tooltip plan and the totals', () => {
            const session = timer_1.PracticeSession.start((0, plan_1.withBuffer)(phases, 60), at(0));
            const md = (0, plan_1.planTooltipMarkdown)('T', session, at(1));
            assert.match(md, /\| Buffer \| 6 min \| \|/);
            assert.match(md, /\*\*Total\*\* \| \*\*60 min\*\*/);
        });
    });
    describe('timePlanFor', () => {
        it("uses the prompt's own plan when it has one", () => {
            const prompt = (0, bundledPrompts_1.loadBundledCatalog)().prompts.find((p) => p.id === 'ml/top-10');
            assert.equal((0, plan_1.timePlanFor)(prompt.timePlan, 'system-design'), prompt.timePlan);
        });
        it('falls back to the default loop by template', () => {
            assert.equal((0, plan_1.timePlanFor)(undefined, 'system-design'), loadPrompts_1.DEFAULT_TIME_PLAN);
            assert.equal((0, plan_1.timePlanFor)([], 'ml-system-design'), loadPrompts_1.DEFAULT_ML_TIME_PLAN);
            assert.equal((0, plan_1.timePlanFor)(undefined, undefined), loadPrompts_1.DEFAULT_TIME_PLAN);
            assert.equal((0, plan_1.timePlanFor)(undefined, 'no-such-template'), loadPrompts_1.DEFAULT_TIME_PLAN);
        });
    });
    describe('practicePhases', () => {
        it('plans at the upper bound and applies the lengths given', () => {
            const { phases, problems } = (0, plan_1.practicePhases)(loadPrompts_1.DEFAULT_TIME_PLAN, { architecture: 25 });
            assert.deepEqual(phases.map((p) => p.minutes), [7, 5, 25, 15, 7]);
            assert.deepEqual(problems, []);
        });
        it('quietly ignores sections the plan lacks, and reports bad lengths', () => {
            const { phases, problems } = (0, plan_1.practicePhases)(loadPrompts_1.DEFAULT_TIME_PLAN, { evaluation: 12, scope: 0, 'trade-offs': 10 });
            assert.deepEqual(phases.map((p) => p.minutes), [7, 5, 20, 10, 7]);
            assert.equal(problems.length, 1);
            assert.match(problems[0], /"scope"/);
            assert.deepEqual((0, plan_1.practicePhases)(loadPrompts_1.DEFAULT_ML_TIME_PLAN, { evaluation: 12 }).phases.find((p) => p.section === 'evaluation')?.minutes, 12);
        });
    });
    describe('words', () => {
        it('names phases by their section title, or the label of a section the templates do not know', () => {
            assert.equal((0, plan_1.phaseName)({ section: 'trade-offs', label: 'Discuss the trade-offs' }), 'Trade-offs');
            assert.equal((0, plan_1.phaseName)({ section: 'capacity planning', label: 'Capacity planning' }), 'Capacity planning');
        });
        it('formats minutes without a needless decimal', () => {
            assert.equal((0, plan_1.formatMinutesValue)(7), '7');
            assert.equal((0, plan_1.formatMinutesValue)(2.5), '2.5');
            assert.equal((0, plan_1.formatMinutesValue)(6.04), '6');
            assert.equal((0, plan_1.formatMinutesValue)(0.96), '1');
        });
        it('shows the phase and its remaining time, negative in overtime', () => {
            const session = timer_1.PracticeSession.start((0, plan_1.practicePhases)(loadPrompts_1.DEFAULT_TIME_PLAN).phases, T0);
            assert.equal((0, plan_1.phaseStatusText)(session.snapshot(T0)), 'Requirements 7:00');
            assert.equal((0, plan_1.phaseStatusText)(session.snapshot(at(7 + 5 + 7) + 55_000)), 'Architecture 12:05');
            assert.equal((0, plan_1.phaseStatusText)(session.snapshot(at(54) + 40_000)), 'Operability -0:40');
        });
        it('asks about a paused session as paused, not running', () => {
            assert.match((0, plan_1.makeRoomQuestion)('a.md', 'paused'), /^A practice timer is paused on a\.md\. Stop it/);
            assert.match((0, plan_1.makeRoomQuestion)('a.md', 'running'), /^A practice timer is running on a\.md\./);
            assert.match((0, plan_1.makeRoomQuestion)('a.md', 'stopped'), /could not be recorded in a\.md\. Discard it/);
        });
        it('announces the next phase with its length', () => {
            const session = timer_1.PracticeSession.start((0, plan_1.practicePhases)(loadPrompts_1.DEFAULT_TIME_PLAN).phases, T0);
            const { changes } = session.advance(at(7 + 5 + 20 + 1));
            assert.deepEqual(changes.map(plan_1.phaseChangeMessage), ['Next: Scope (5 min)', 'Next: Architecture (20 min)', 'Next: Trade-offs (15 min)']);
        });
        it('summarises a record in whole minutes, naming phases not reached', () => {
            const text = (0, plan_1.practiceSummaryText)({
                started: '2025-01-02T10:00:00Z',
                minutesTotal: 47.2,
                phases: [
                    { section: 'requirements', label: 'Clarify the requirements', plannedMinutes: 7, spentMinutes: 6.2 },
                    { section: 'scope', label: 'State the approach and scope', plannedMinutes: 5, spentMinutes: 4 },
                    { section: 'architecture', label: 'Walk through the architecture', plannedMinutes: 20, spentMinutes: 24.6 },
                    { section: 'trade-offs', label: 'Discuss the trade-offs', plannedMinutes: 15, spentMinutes: 12.4 },
                    { section: 'operability', label: 'Cover operability and ownership', plannedMinutes: 7, spentMinutes: 0 },
                ],
            });
            assert.equal(text, 'Practised 47 min: Requirements 6, Scope 4, Architecture 25, Trade-offs 12; not reached: Operability');
            assert.equal((0, plan_1.practiceSummaryText)({ started: '2025-01-02T10:00:00Z', minutesTotal: 0.4, phases: [{ section: 'scope', label: 'Scope', plannedMinutes: 5, spentMinutes: 0.4 }] }), 'Practised 0.4 min: Scope 0.4');
        });
    });
    describe('progress and tooltip', () => {
        it('gives done phases the time they took, whether skipped or timed out', () => {
            const session = timer_1.PracticeSession.start((0, plan_1.practicePhases)(loadPrompts_1.DEFAULT_TIME_PLAN).phases, T0);
            session.nextPhase(at(3));
            // Scope (5 min) runs out at 8; architecture is current at 10.
            const progress = (0, plan_1.phaseProgress)(session, at(10));
            assert.deepEqual(progress.map((p) => [p.phase.section, p.status, p.spentMs / MIN]), [
                ['requirements', 'done', 3],
                ['scope', 'done', 5],
                ['architecture', 'current', 2],
                ['trade-offs', 'ahead', 0],
                ['operability', 'ahead', 0],
            ]);
        });
        it('lays the plan out as a table with the current phase in bold', () => {
            const session = timer_1.PracticeSession.start((0, plan_1.practicePhases)(loadPrompts_1.DEFAULT_TIME_PLAN).phases, T0);
            session.pause(at(8));
            const md = (0, plan_1.planTooltipMarkdown)('Ad *frequency* capping', session, at(30));
            assert.match(md, /^\*\*Practice: Ad \\\*frequency\\\* capping\*\* \(paused\)\n/);
            assert.ok(md.includes('| ✓ Requirements | 7 min | 7:00 |'));
            assert.ok(md.includes('| **▶ Scope** | **5 min** | **1:00** |'));
            assert.ok(md.includes('| Operability | 7 min | |'));
            assert.ok(md.includes('| **Total** | **54 min** | **8:00** |'));
        });
    });
});
//# sourceMappingURL=plan.test.js.map