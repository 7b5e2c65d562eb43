import * as assert from 'node:assert/strict';
import { DEFAULT_ML_TIME_PLAN, DEFAULT_TIME_PLAN } from '../../../src/core/catalog/loadPrompts';
import { loadBundledCatalog } from '../../../src/platform/node/bundledPrompts';
import {
  BUFFER_SECTION,
  formatMinutesValue,
  isBufferPhase,
  makeRoomQuestion,
  phaseChangeMessage,
  phaseName,
  phaseProgress,
  phaseStatusText,
  planTooltipMarkdown,
  practicePhases,
  practiceSummaryText,
  timePlanFor,
  withBuffer,
} from '../../../src/core/practice/plan';
import { PracticeSession } from '../../../src/core/practice/timer';

const MIN = 60_000;
const T0 = Date.UTC(2025, 0, 2, 10, 0, 0);
const at = (minutes: number): number => T0 + minutes * MIN;

describe('practice plan', () => {
  describe('withBuffer', () => {
    const phases = [
      { section: 'requirements', label: 'Requirements', minutes: 7 },
      { section: 'architecture', label: 'Architecture', minutes: 47 },
    ];

    it("adds the prompt's minutes beyond the plan as a last Buffer phase", () => {
      const buffered = withBuffer(phases, 60);
      assert.deepEqual(buffered.slice(0, 2), phases);
      assert.deepEqual(buffered[2], { section: BUFFER_SECTION, label: 'Buffer', minutes: 6 });
      assert.ok(isBufferPhase(buffered[2]));
      assert.ok(!isBufferPhase(buffered[0]));
      assert.equal(phaseName(buffered[2]), 'Buffer');
    });

    it('the bundled default loop on a 60-minute prompt lasts 60 minutes', () => {
      const buffered = withBuffer(practicePhases(DEFAULT_TIME_PLAN).phases, 60);
      assert.equal(buffered.reduce((sum, p) => sum + p.minutes, 0), 60);
    });

    it('adds nothing when the plan fills the time, runs over, or there is no total', () => {
      assert.deepEqual(withBuffer(phases, 54), phases);
      assert.deepEqual(withBuffer(phases, 50), phases);
      assert.deepEqual(withBuffer(phases, 54.4), phases);
      assert.deepEqual(withBuffer(phases, undefined), phases);
      assert.deepEqual(withBuffer([], 60), []);
    });

    it('shows the buffer in the tooltip plan and the totals', () => {
      const session = PracticeSession.start(withBuffer(phases, 60), at(0));
      const md = planTooltipMarkdown('T', session, at(1));
      assert.match(md, /\| Buffer \| 6 min \| \|/);
      assert.match(md, /\*\*Total\*\* \| \*\*60 min\*\*/);
    });
  });


  describe('timePlanFor', () => {
    it("uses the prompt's own plan when it has one", () => {
      const prompt = loadBundledCatalog().prompts.find((p) => p.id === 'ml/top-10')!;
      assert.equal(timePlanFor(prompt.timePlan, 'system-design'), prompt.timePlan);
    });

    it('falls back to the default loop by template', () => {
      assert.equal(timePlanFor(undefined, 'system-design'), DEFAULT_TIME_PLAN);
      assert.equal(timePlanFor([], 'ml-system-design'), DEFAULT_ML_TIME_PLAN);
      assert.equal(timePlanFor(undefined, undefined), DEFAULT_TIME_PLAN);
      assert.equal(timePlanFor(undefined, 'no-such-template'), DEFAULT_TIME_PLAN);
    });
  });

  describe('practicePhases', () => {
    it('plans at the upper bound and applies the lengths given', () => {
      const { phases, problems } = practicePhases(DEFAULT_TIME_PLAN, { architecture: 25 });
      assert.deepEqual(phases.map((p) => p.minutes), [7, 5, 25, 15, 7]);
      assert.deepEqual(problems, []);
    });

    it('quietly ignores sections the plan lacks, and reports bad lengths', () => {
      const { phases, problems } = practicePhases(DEFAULT_TIME_PLAN, { evaluation: 12, scope: 0, 'trade-offs': 10 });
      assert.deepEqual(phases.map((p) => p.minutes), [7, 5, 20, 10, 7]);
      assert.equal(problems.length, 1);
      assert.match(problems[0], /"scope"/);
      assert.deepEqual(practicePhases(DEFAULT_ML_TIME_PLAN, { evaluation: 12 }).phases.find((p) => p.section === 'evaluation')?.minutes, 12);
    });
  });

  describe('words', () => {
    it('names phases by their section title, or the label of a section the templates do not know', () => {
      assert.equal(phaseName({ section: 'trade-offs', label: 'Discuss the trade-offs' }), 'Trade-offs');
      assert.equal(phaseName({ section: 'capacity planning', label: 'Capacity planning' }), 'Capacity planning');
    });

    it('formats minutes without a needless decimal', () => {
      assert.equal(formatMinutesValue(7), '7');
      assert.equal(formatMinutesValue(2.5), '2.5');
      assert.equal(formatMinutesValue(6.04), '6');
      assert.equal(formatMinutesValue(0.96), '1');
    });

    it('shows the phase and its remaining time, negative in overtime', () => {
      const session = PracticeSession.start(practicePhases(DEFAULT_TIME_PLAN).phases, T0);
      assert.equal(phaseStatusText(session.snapshot(T0)), 'Requirements 7:00');
      assert.equal(phaseStatusText(session.snapshot(at(7 + 5 + 7) + 55_000)), 'Architecture 12:05');
      assert.equal(phaseStatusText(session.snapshot(at(54) + 40_000)), 'Operability -0:40');
    });

    it('asks about a paused session as paused, not running', () => {
      assert.match(makeRoomQuestion('a.md', 'paused'), /^A practice timer is paused on a\.md\. Stop it/);
      assert.match(makeRoomQuestion('a.md', 'running'), /^A practice timer is running on a\.md\./);
      assert.match(makeRoomQuestion('a.md', 'stopped'), /could not be recorded in a\.md\. Discard it/);
    });

    it('announces the next phase with its length', () => {
      const session = PracticeSession.start(practicePhases(DEFAULT_TIME_PLAN).phases, T0);
      const { changes } = session.advance(at(7 + 5 + 20 + 1));
      assert.deepEqual(changes.map(phaseChangeMessage), ['Next: Scope (5 min)', 'Next: Architecture (20 min)', 'Next: Trade-offs (15 min)']);
    });

    it('summarises a record in whole minutes, naming phases not reached', () => {
      const text = practiceSummaryText({
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
      assert.equal(text, 'Practised 47 min: Requirements 6 min, Scope 4 min, Architecture 25 min, Trade-offs 12 min; not reached: Operability');
      assert.equal(practiceSummaryText({ started: '2025-01-02T10:00:00Z', minutesTotal: 0.4, phases: [{ section: 'scope', label: 'Scope', plannedMinutes: 5, spentMinutes: 0.4 }] }), 'Practised 0.4 min: Scope 0.4 min', 'every figure has its unit (issue 17)');
    });
  });

  describe('progress and tooltip', () => {
    it('gives done phases the time they took, whether skipped or timed out', () => {
      const session = PracticeSession.start(practicePhases(DEFAULT_TIME_PLAN).phases, T0);
      session.nextPhase(at(3));
      // Scope (5 min) runs out at 8; architecture is current at 10.
      const progress = phaseProgress(session, at(10));
      assert.deepEqual(
        progress.map((p) => [p.phase.section, p.status, p.spentMs / MIN]),
        [
          ['requirements', 'done', 3],
          ['scope', 'done', 5],
          ['architecture', 'current', 2],
          ['trade-offs', 'ahead', 0],
          ['operability', 'ahead', 0],
        ],
      );
    });

    it('lays the plan out as a table with the current phase in bold', () => {
      const session = PracticeSession.start(practicePhases(DEFAULT_TIME_PLAN).phases, T0);
      session.pause(at(8));
      const md = planTooltipMarkdown('Ad *frequency* capping', session, at(30));
      assert.match(md, /^\*\*Practice: Ad \\\*frequency\\\* capping\*\* \(paused\)\n/);
      assert.ok(md.includes('| ✓ Requirements | 7 min | 7:00 |'));
      assert.ok(md.includes('| **▶ Scope** | **5 min** | **1:00** |'));
      assert.ok(md.includes('| Operability | 7 min | |'));
      assert.ok(md.includes('| **Total** | **54 min** | **8:00** |'));
    });
  });
});
