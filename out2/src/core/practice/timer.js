"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PracticeSession = exports.MAX_PHASE_MINUTES = void 0;
exports.phasesFromPlan = phasesFromPlan;
exports.formatRemaining = formatRemaining;
/** Longest phase accepted, in minutes: a guard against a typo such as 600 for 60. */
exports.MAX_PHASE_MINUTES = 180;
const MS_PER_MINUTE = 60_000;
/**
 * The phases of a time plan, each planned at its upper bound (`maxMinutes`) unless `overrides`
 * gives minutes for its section id. An override that is not a number in (0, MAX_PHASE_MINUTES], or
 * names no section of the plan, is ignored and described in `problems` so settings can say why.
 */
function phasesFromPlan(timePlan, overrides = {}) {
    const problems = [];
    const sections = new Set(timePlan.map((p) => p.section));
    const valid = new Map();
    for (const [section, value] of Object.entries(overrides)) {
        if (!sections.has(section)) {
            problems.push(`Phase length for unknown section ${JSON.stringify(section)} ignored; the plan's sections are ${[...sections].join(', ')}`);
        }
        else if (!isPhaseMinutes(value)) {
            problems.push(`Phase length for ${JSON.stringify(section)} must be a number of minutes more than 0 and at most ${exports.MAX_PHASE_MINUTES}; got ${describe(value)}, so the plan's length is used`);
        }
        else {
            valid.set(section, value);
        }
    }
    const phases = timePlan.map((p) => ({ section: p.section, label: p.label, minutes: valid.get(p.section) ?? p.maxMinutes }));
    return { phases, problems };
}
/**
 * Formats remaining time as `m:ss`, e.g. `12:05`, or `-0:40` in overtime. Seconds round up, the way
 * a countdown reads: it shows `0:01` until the phase's time is truly gone, never `0:00` early.
 */
function formatRemaining(ms) {
    if (!Number.isFinite(ms))
        return '0:00';
    const seconds = Math.ceil(ms / 1000);
    const abs = Math.abs(seconds);
    return `${seconds < 0 ? '-' : ''}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}
/**
 * A practice session. Operations take the current time and mutate the session; `snapshot` only
 * reads. Operations that make no sense in the current state (pausing a paused session) do nothing
 * and return false rather than throw, because a status-bar click can race a reload.
 */
class PracticeSession {
    s;
    constructor(s) {
        this.s = s;
    }
    /** Starts a session on `phases` at `now`. Throws a RangeError when the phases are not usable. */
    static start(phases, now) {
        const problem = phasesProblem(phases);
        if (problem)
            throw new RangeError(problem);
        if (!Number.isFinite(now))
            throw new RangeError('now must be a finite time in milliseconds');
        return new PracticeSession({
            version: 1,
            phases: phases.map((p) => ({ section: p.section, label: p.label, minutes: p.minutes })),
            status: 'running',
            startedAt: now,
            activeMs: 0,
            runningSince: now,
            phaseStarts: [0],
            reportedPhase: 0,
        });
    }
    /**
     * Restores a session from `toJSON()` output. Returns undefined for anything else (state from an
     * older version, or edited by hand) so the caller can drop it instead of running a broken timer.
     */
    static fromJSON(value) {
        if (!isRecord(value) || value.version !== 1)
            return undefined;
        const { phases, status, startedAt, activeMs, runningSince, phaseStarts, reportedPhase } = value;
        if (!Array.isArray(phases) || !phases.every(isPhase) || phasesProblem(phases))
            return undefined;
        if (status !== 'running' && status !== 'paused' && status !== 'stopped')
            return undefined;
        if (![startedAt, activeMs, runningSince].every((n) => typeof n === 'number' && Number.isFinite(n)))
            return undefined;
        if (activeMs < 0)
            return undefined;
        if (!Array.isArray(phaseStarts) || phaseStarts.length === 0 || phaseStarts.length > phases.length || phaseStarts[0] !== 0)
            return undefined;
        for (let i = 1; i < phaseStarts.length; i++) {
            const t = phaseStarts[i];
            if (typeof t !== 'number' || !Number.isFinite(t) || t < phaseStarts[i - 1])
                return undefined;
            // While running, a phase may have begun in the current stretch, after `activeMs`.
            if (status !== 'running' && t > activeMs)
                return undefined;
        }
        if (typeof reportedPhase !== 'number' || !Number.isInteger(reportedPhase) || reportedPhase < 0 || reportedPhase >= phaseStarts.length)
            return undefined;
        return new PracticeSession({
            version: 1,
            phases: phases.map((p) => ({ section: p.section, label: p.label, minutes: p.minutes })),
            status,
            startedAt: startedAt,
            activeMs: activeMs,
            runningSince: runningSince,
            phaseStarts: [...phaseStarts],
            reportedPhase,
        });
    }
    /** The state as plain JSON (a copy), for workspace state. `JSON.stringify(session)` uses it. */
    toJSON() {
        return { ...this.s, phases: this.s.phases.map((p) => ({ ...p })), phaseStarts: [...this.s.phaseStarts] };
    }
    /** The session's phases. */
    get phases() {
        return this.s.phases;
    }
    /** Where the session stands at `now`, with automatic advances applied. Changes nothing. */
    snapshot(now) {
        const active = this.activeAt(now);
        const starts = this.settledStarts(active);
        const phaseIndex = starts.length - 1;
        const phase = this.s.phases[phaseIndex];
        const phaseElapsedMs = active - starts[phaseIndex];
        const phasePlannedMs = plannedMs(phase);
        const phaseRemainingMs = phasePlannedMs - phaseElapsedMs;
        return {
            state: this.s.status,
            phaseIndex,
            phase,
            phaseElapsedMs,
            phasePlannedMs,
            phaseRemainingMs,
            totalElapsedMs: active,
            totalPlannedMs: this.s.phases.reduce((sum, p) => sum + plannedMs(p), 0),
            // Only the last phase can run over: any other hands over to the next when its time is up.
            overTime: phaseRemainingMs < 0,
        };
    }
    /**
     * Settles automatic advances up to `now` and returns the snapshot with every phase change not yet
     * reported, whatever caused it (time running out, `nextPhase`, a pause after a clock jump). Each
     * change is reported once; a clock that jumped over several boundaries gives one change per
     * boundary, in order, and the UI may notify only the last.
     */
    advance(now) {
        this.settle(now);
        const changes = [];
        const starts = this.s.phaseStarts;
        if (this.s.status !== 'stopped') {
            for (let i = this.s.reportedPhase; i < starts.length - 1; i++) {
                const reason = starts[i + 1] - starts[i] < plannedMs(this.s.phases[i]) ? 'skip' : 'time';
                changes.push({ from: i, to: i + 1, phase: this.s.phases[i + 1], reason });
            }
        }
        this.s.reportedPhase = starts.length - 1;
        return { snapshot: this.snapshot(now), changes };
    }
    /** Pauses the clock. Returns false when it was not running. */
    pause(now) {
        if (this.s.status !== 'running')
            return false;
        this.settle(now);
        this.s.activeMs = this.activeAt(now);
        this.s.status = 'paused';
        return true;
    }
    /** Resumes a paused clock. Returns false when it was not paused. */
    resume(now) {
        if (this.s.status !== 'paused')
            return false;
        this.s.status = 'running';
        this.s.runningSince = now;
        return true;
    }
    /**
     * Ends the current phase now and starts the next one with its full planned time. Works while
     * paused too. Returns false on the last phase (there is nothing to skip to) or once stopped.
     */
    nextPhase(now) {
        if (this.s.status === 'stopped')
            return false;
        this.settle(now);
        if (this.s.phaseStarts.length >= this.s.phases.length)
            return false;
        this.s.phaseStarts.push(this.activeAt(now));
        return true;
    }
    /**
     * Stops the session and returns its record. Stopping a stopped session returns the same record
     * again, so a retried save writes what the first attempt would have.
     */
    stop(now) {
        if (this.s.status !== 'stopped') {
            this.settle(now);
            this.s.activeMs = this.activeAt(now);
            this.s.status = 'stopped';
            this.s.reportedPhase = this.s.phaseStarts.length - 1;
        }
        return this.record();
    }
    record() {
        const { phases, phaseStarts, activeMs } = this.s;
        const spentMs = (i) => {
            if (i >= phaseStarts.length)
                return 0;
            return (i + 1 < phaseStarts.length ? phaseStarts[i + 1] : activeMs) - phaseStarts[i];
        };
        return {
            // Seconds are enough, and the shorter form is easier to read in front matter.
            started: new Date(this.s.startedAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
            minutesTotal: roundMinutes(activeMs),
            phases: phases.map((p, i) => ({ section: p.section, label: p.label, plannedMinutes: roundTenth(p.minutes), spentMinutes: roundMinutes(spentMs(i)) })),
        };
    }
    /** Active time at `now`. A clock that went backwards adds nothing rather than taking time away. */
    activeAt(now) {
        if (this.s.status !== 'running')
            return this.s.activeMs;
        return this.s.activeMs + Math.max(0, now - this.s.runningSince);
    }
    /** Phase starts with every automatic advance up to `active` applied, at the planned boundaries. */
    settledStarts(active) {
        const starts = [...this.s.phaseStarts];
        while (starts.length < this.s.phases.length) {
            const last = starts[starts.length - 1];
            const end = last + plannedMs(this.s.phases[starts.length - 1]);
            if (active < end)
                break;
            starts.push(end);
        }
        return starts;
    }
    settle(now) {
        this.s.phaseStarts = this.settledStarts(this.activeAt(now));
    }
}
exports.PracticeSession = PracticeSession;
function plannedMs(phase) {
    return phase.minutes * MS_PER_MINUTE;
}
function roundTenth(n) {
    return Math.round(n * 10) / 10;
}
function roundMinutes(ms) {
    return Math.round(ms / (MS_PER_MINUTE / 10)) / 10;
}
function isPhaseMinutes(value) {
    return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= exports.MAX_PHASE_MINUTES;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isPhase(value) {
    return isRecord(value) && typeof value.section === 'string' && typeof value.label === 'string' && typeof value.minutes === 'number';
}
/** Why `phases` cannot make a session, or undefined when they can. */
function phasesProblem(phases) {
    if (phases.length === 0)
        return 'A practice session needs at least one phase';
    const bad = phases.find((p) => !isPhaseMinutes(p.minutes));
    if (bad)
        return `Phase ${JSON.stringify(bad.section)} has ${describe(bad.minutes)} minutes; a phase lasts more than 0 and at most ${exports.MAX_PHASE_MINUTES} minutes`;
    return undefined;
}
function describe(value) {
    if (typeof value === 'number')
        return String(value);
    try {
        return JSON.stringify(value) ?? String(value);
    }
    catch {
        return String(value);
    }
}
//# sourceMappingURL=timer.js.map