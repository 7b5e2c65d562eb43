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
const timer_1 = require("../../../src/core/practice/timer");
const MIN = 60_000;
const T0 = Date.UTC(2025, 0, 2, 10, 0, 0, 123);
/** Wall-clock time `minutes` after T0. */
const at = (minutes) => T0 + minutes * MIN;
/** The default loop: 7, 5, 20, 15 and 7 minutes (54 in all). */
const phases = (0, timer_1.phasesFromPlan)(loadPrompts_1.DEFAULT_TIME_PLAN).phases;
describe('practice timer', () => {
    describe('phasesFromPlan', () => {
        it('plans each phase at its upper bound', () => {
            assert.deepEqual(phases.map((p) => p.minutes), [7, 5, 20, 15, 7]);
            assert.deepEqual(phases.map((p) => p.section), ['requirements', 'scope', 'architecture', 'trade-offs', 'operability']);
            assert.equal(phases[0].label, 'Clarify the requirements');
            assert.deepEqual((0, timer_1.phasesFromPlan)(loadPrompts_1.DEFAULT_ML_TIME_PLAN).phases.map((p) => `${p.section}:${p.minutes}`), [
                'requirements:7',
                'scope:5',
                'architecture:15',
                'evaluation:10',
                'trade-offs:10',
                'operability:7',
            ]);
        });
        it('applies valid overrides and reports the rest', () => {
            const { phases: planned, problems } = (0, timer_1.phasesFromPlan)(loadPrompts_1.DEFAULT_TIME_PLAN, {
                architecture: 25,
                scope: 2.5,
                requirements: 0,
                'trade-offs': '10',
                operability: 999,
                evaluation: 5,
            });
            assert.deepEqual(planned.map((p) => p.minutes), [7, 2.5, 25, 15, 7]);
            assert.equal(problems.length, 4);
            assert.match(problems.find((p) => p.includes('"requirements"')), /more than 0 and at most 180; got 0/);
            assert.match(problems.find((p) => p.includes('"trade-offs"')), /got "10"/);
            assert.match(problems.find((p) => p.includes('"operability"')), /got 999/);
            assert.match(problems.find((p) => p.includes('"evaluation"')), /unknown section "evaluation".*requirements, scope/);
        });
        it('reports nothing without overrides', () => {
            assert.deepEqual((0, timer_1.phasesFromPlan)(loadPrompts_1.DEFAULT_TIME_PLAN).problems, []);
        });
    });
    describe('formatRemaining', () => {
        it('counts down in m:ss, rounding seconds up', () => {
            assert.equal((0, timer_1.formatRemaining)(725_000), '12:05');
            assert.equal((0, timer_1.formatRemaining)(724_300), '12:05');
            assert.equal((0, timer_1.formatRemaining)(60 * MIN), '60:00');
            assert.equal((0, timer_1.formatRemaining)(500), '0:01');
            assert.equal((0, timer_1.formatRemaining)(0), '0:00');
        });
        it('shows overtime with a minus sign, never -0:00', () => {
            assert.equal((0, timer_1.formatRemaining)(-40_000), '-0:40');
            assert.equal((0, timer_1.formatRemaining)(-40_300), '-0:40');
            assert.equal((0, timer_1.formatRemaining)(-6 * MIN), '-6:00');
            assert.equal((0, timer_1.formatRemaining)(-400), '0:00');
            assert.equal((0, timer_1.formatRemaining)(Number.NaN), '0:00');
        });
    });
    describe('PracticeSession', () => {
        it('starts running on the first phase', () => {
            const s = timer_1.PracticeSession.start(phases, T0).snapshot(at(3));
            assert.equal(s.state, 'running');
            assert.equal(s.phaseIndex, 0);
            assert.equal(s.phase.section, 'requirements');
            assert.equal(s.phaseElapsedMs, 3 * MIN);
            assert.equal(s.phasePlannedMs, 7 * MIN);
            assert.equal(s.phaseRemainingMs, 4 * MIN);
            assert.equal(s.totalElapsedMs, 3 * MIN);
            assert.equal(s.totalPlannedMs, 54 * MIN);
            assert.equal(s.overTime, false);
        });
        it('refuses unusable phases', () => {
            assert.throws(() => timer_1.PracticeSession.start([], T0), RangeError);
            assert.throws(() => timer_1.PracticeSession.start([{ section: 'a', label: 'A', minutes: 0 }], T0), /more than 0/);
            assert.throws(() => timer_1.PracticeSession.start([{ section: 'a', label: 'A', minutes: Number.NaN }], T0), RangeError);
        });
        it('advances when a phase is used up, and reports the change once', () => {
            const session = timer_1.PracticeSession.start(phases, T0);
            assert.deepEqual(session.advance(at(6.99)).changes, []);
            const { snapshot, changes } = session.advance(at(7));
            assert.deepEqual(changes, [{ from: 0, to: 1, phase: phases[1], reason: 'time' }]);
            assert.equal(snapshot.phaseIndex, 1);
            assert.equal(snapshot.phaseElapsedMs, 0);
            assert.equal(snapshot.phaseRemainingMs, 5 * MIN);
            assert.deepEqual(session.advance(at(7)).changes, []);
            assert.deepEqual(session.advance(at(8)).changes, []);
        });
        it('crosses several boundaries when the clock jumps, at the planned times', () => {
            const session = timer_1.PracticeSession.start(phases, T0);
            // 7 + 5 + 20 = 32 minutes ends the architecture phase; one minute into trade-offs.
            const peek = session.snapshot(at(33));
            assert.equal(peek.phaseIndex, 3);
            assert.equal(peek.phaseElapsedMs, MIN);
            const { snapshot, changes } = session.advance(at(33));
            assert.deepEqual(changes.map((c) => [c.from, c.to, c.reason]), [
                [0, 1, 'time'],
                [1, 2, 'time'],
                [2, 3, 'time'],
            ]);
            assert.deepEqual(snapshot, peek);
            assert.equal(changes[2].phase.section, 'trade-offs');
        });
        it('snapshot changes nothing: advance still reports what snapshot saw', () => {
            const session = timer_1.PracticeSession.start(phases, T0);
            assert.equal(session.snapshot(at(13)).phaseIndex, 2);
            assert.equal(session.advance(at(13)).changes.length, 2);
        });
        it('counts no paused time', () => {
            const session = timer_1.PracticeSession.start(phases, T0);
            assert.equal(session.pause(at(2)), true);
            const paused = session.snapshot(at(30));
            assert.equal(paused.state, 'paused');
            assert.equal(paused.totalElapsedMs, 2 * MIN);
            assert.deepEqual(session.snapshot(at(90)), paused);
            assert.equal(session.resume(at(10)), true);
            const s = session.snapshot(at(11));
            assert.equal(s.state, 'running');
            assert.equal(s.phaseIndex, 0);
            assert.equal(s.totalElapsedMs, 3 * MIN);
            // Requirements ends at 7 active minutes: 5 after resuming at 10, so 15 on the wall clock.
            assert.equal(session.snapshot(at(14.99)).phaseIndex, 0);
            assert.equal(session.snapshot(at(15)).phaseIndex, 1);
        });
        it('ignores pause and resume in the wrong state', () => {
            const session = timer_1.PracticeSession.start(phases, T0);
            assert.equal(session.resume(at(1)), false);
            assert.equal(session.pause(at(1)), true);
            assert.equal(session.pause(at(2)), false);
            assert.equal(session.snapshot(at(5)).totalElapsedMs, MIN);
            assert.equal(session.resume(at(3)), true);
            assert.equal(session.resume(at(4)), false);
            assert.equal(session.snapshot(at(5)).totalElapsedMs, 3 * MIN);
        });
        it('settles boundaries crossed before a pause and reports them afterwards', () => {
            const session = timer_1.PracticeSession.start(phases, T0);
            session.pause(at(13));
            const { snapshot, changes } = session.advance(at(40));
            assert.equal(snapshot.phaseIndex, 2);
            assert.equal(snapshot.phaseElapsedMs, MIN);
            assert.deepEqual(changes.map((c) => c.to), [1, 2]);
        });
        it('nextPhase skips ahead and the new phase gets its full time', () => {
            const session = timer_1.PracticeSession.start(phases, T0);
            assert.equal(session.nextPhase(at(2)), true);
            const { snapshot, changes } = session.advance(at(3));
            assert.deepEqual(changes, [{ from: 0, to: 1, phase: phases[1], reason: 'skip' }]);
            assert.equal(snapshot.phaseIndex, 1);
            assert.equal(snapshot.phaseElapsedMs, MIN);
            assert.equal(snapshot.phaseRemainingMs, 4 * MIN);
            // Scope now ends at 2 + 5 = 7 minutes.
            assert.deepEqual(session.advance(at(7)).changes.map((c) => [c.to, c.reason]), [[2, 'time']]);
        });
        it('nextPhase settles automatic advances first and works while paused', () => {
            const session = timer_1.PracticeSession.start(phases, T0);
            session.pause(at(8));
            assert.equal(session.nextPhase(at(20)), true);
            const { snapshot, changes } = session.advance(at(25));
            assert.equal(snapshot.phaseIndex, 2);
            assert.equal(snapshot.phaseElapsedMs, 0);
            assert.deepEqual(changes.map((c) => c.reason), ['time', 'skip']);
        });
        it('nextPhase does nothing on the last phase', () => {
            const session = timer_1.PracticeSession.start(phases, T0);
            for (let i = 0; i < 4; i++)
                assert.equal(session.nextPhase(at(i)), true);
            assert.equal(session.nextPhase(at(5)), false);
            assert.equal(session.snapshot(at(5)).phaseIndex, 4);
        });
        it('runs on in overtime on the last phase', () => {
            const session = timer_1.PracticeSession.start(phases, T0);
            const onTime = session.snapshot(at(54));
            assert.equal(onTime.phaseIndex, 4);
            assert.equal(onTime.phaseRemainingMs, 0);
            assert.equal(onTime.overTime, false);
            const { snapshot, changes } = session.advance(at(60));
            assert.equal(changes.length, 4);
            assert.equal(snapshot.phaseIndex, 4);
            assert.equal(snapshot.phaseElapsedMs, 13 * MIN);
            assert.equal(snapshot.phaseRemainingMs, -6 * MIN);
            assert.equal(snapshot.overTime, true);
            assert.equal((0, timer_1.formatRemaining)(snapshot.phaseRemainingMs), '-6:00');
            assert.deepEqual(session.advance(at(70)).changes, []);
        });
        it('stop returns the record with minutes rounded to 0.1', () => {
            const session = timer_1.PracticeSession.start(phases, T0);
            session.pause(at(1));
            session.resume(at(4));
            // Active: 2 min 20 s of requirements, then skip; 7 s of scope, then skip; 2 min 27 s of architecture.
            session.nextPhase(at(4) + MIN + 20_000);
            session.nextPhase(at(4) + MIN + 27_000);
            const record = session.stop(at(4) + 3 * MIN + 54_000);
            assert.deepEqual(record, {
                started: '2025-01-02T10:00:00Z',
                minutesTotal: 4.9,
                phases: [
                    { section: 'requirements', label: 'Clarify the requirements', plannedMinutes: 7, spentMinutes: 2.3 },
                    { section: 'scope', label: 'State the approach and scope', plannedMinutes: 5, spentMinutes: 0.1 },
                    { section: 'architecture', label: 'Walk through the architecture', plannedMinutes: 20, spentMinutes: 2.5 },
                    { section: 'trade-offs', label: 'Discuss the trade-offs', plannedMinutes: 15, spentMinutes: 0 },
                    { section: 'operability', label: 'Cover operability and ownership', plannedMinutes: 7, spentMinutes: 0 },
                ],
            });
        });
        it('records full phases and overtime in the last one', () => {
            const session = timer_1.PracticeSession.start(phases, T0);
            const record = session.stop(at(61.04));
            assert.equal(record.minutesTotal, 61);
            assert.deepEqual(record.phases.map((p) => p.spentMinutes), [7, 5, 20, 15, 14]);
        });
        it('is frozen once stopped, and stopping again gives the same record', () => {
            const session = timer_1.PracticeSession.start(phases, T0);
            const record = session.stop(at(10));
            const s = session.snapshot(at(100));
            assert.equal(s.state, 'stopped');
            assert.equal(s.totalElapsedMs, 10 * MIN);
            assert.equal(s.phaseIndex, 1);
            assert.equal(session.pause(at(101)), false);
            assert.equal(session.resume(at(101)), false);
            assert.equal(session.nextPhase(at(101)), false);
            assert.deepEqual(session.advance(at(200)).changes, []);
            assert.deepEqual(session.stop(at(300)), record);
        });
        it('does not lose time when the clock goes backwards', () => {
            const session = timer_1.PracticeSession.start(phases, T0);
            assert.equal(session.snapshot(at(-5)).totalElapsedMs, 0);
            session.pause(at(2));
            session.resume(at(1));
            assert.equal(session.snapshot(at(0.5)).totalElapsedMs, 2 * MIN);
            assert.equal(session.snapshot(at(2)).totalElapsedMs, 3 * MIN);
        });
        describe('serialisation', () => {
            const roundTrip = (session) => {
                const restored = timer_1.PracticeSession.fromJSON(JSON.parse(JSON.stringify(session)));
                assert.ok(restored, 'fromJSON refused its own output');
                return restored;
            };
            it('round-trips a running session, including which changes were reported', () => {
                const session = timer_1.PracticeSession.start(phases, T0);
                session.pause(at(1));
                session.resume(at(2));
                session.nextPhase(at(3));
                session.advance(at(4));
                const restored = roundTrip(session);
                assert.deepEqual(restored.toJSON(), session.toJSON());
                assert.deepEqual(restored.snapshot(at(20)), session.snapshot(at(20)));
                assert.deepEqual(restored.advance(at(4)).changes, []);
                assert.deepEqual(restored.advance(at(20)), session.advance(at(20)));
                assert.deepEqual(restored.stop(at(30)), session.stop(at(30)));
            });
            it('round-trips paused and stopped sessions', () => {
                const paused = timer_1.PracticeSession.start(phases, T0);
                paused.nextPhase(at(1));
                paused.pause(at(3));
                assert.deepEqual(roundTrip(paused).snapshot(at(50)), paused.snapshot(at(50)));
                const stopped = timer_1.PracticeSession.start(phases, T0);
                const record = stopped.stop(at(9));
                assert.deepEqual(roundTrip(stopped).stop(at(99)), record);
            });
            it('is plain JSON and a copy', () => {
                const session = timer_1.PracticeSession.start(phases, T0);
                const state = session.toJSON();
                assert.deepEqual(JSON.parse(JSON.stringify(state)), state);
                state.phaseStarts.push(5);
                assert.equal(session.toJSON().phaseStarts.length, 1);
            });
            it('refuses state it did not write', () => {
                const good = timer_1.PracticeSession.start(phases, T0).toJSON();
                const bad = [
                    undefined,
                    null,
                    'session',
                    [],
                    {},
                    { ...good, version: 2 },
                    { ...good, status: 'idle' },
                    { ...good, phases: [] },
                    { ...good, phases: [{ section: 'a', label: 'A', minutes: -1 }] },
                    { ...good, activeMs: Number.NaN },
                    { ...good, phaseStarts: [] },
                    { ...good, phaseStarts: [1] },
                    { ...good, phaseStarts: [0, 5, 3] },
                    { ...good, phaseStarts: [0, 1, 2, 3, 4, 5] },
                    { ...good, reportedPhase: 1 },
                    { ...good, status: 'paused', phaseStarts: [0, 10], activeMs: 5 },
                ];
                for (const value of bad)
                    assert.equal(timer_1.PracticeSession.fromJSON(value), undefined, JSON.stringify(value));
            });
        });
    });
});
//# sourceMappingURL=timer.test.js.map