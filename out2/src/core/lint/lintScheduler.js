"use strict";
/**
 * When to lint a document again after an edit. A fixed debounce makes every edit wait the same
 * 300 ms although a lint of a typical answer takes 1-3 ms: here the wait follows what the last lint
 * of that document cost, and the configured debounce is only the upper bound.
 *
 * The rule: between the end of one lint and the start of the next there are at least `factor` times
 * its duration, so linting takes at most 1/(1 + factor) of the CPU however fast the user types; and
 * every edit waits at least `minDelayMs`, so a burst of keystrokes lints once. Time already spent
 * idle since the last lint counts towards the first, so an edit after a pause in a large answer is
 * linted after the floor, not after three lint-lengths more. The clock and timers are injected, so
 * the logic is tested without waiting.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.LintScheduler = exports.systemClock = void 0;
/** The real clock and timers. */
exports.systemClock = {
    now: () => performance.now(),
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (handle) => clearTimeout(handle),
};
/** Schedules per-key work (a document's lint) after edits, and times it. */
class LintScheduler {
    options;
    clock;
    pending = new Map();
    lastDuration = new Map();
    lastEnd = new Map();
    minDelayMs;
    factor;
    constructor(options, clock) {
        this.options = options;
        this.clock = clock;
        this.minDelayMs = options.minDelayMs ?? 50;
        this.factor = options.durationFactor ?? 3;
    }
    /**
     * The wait before the next lint of `key`, from now: what is left of `factor` times its last lint
     * since that lint ended, within [min, max].
     */
    delayFor(key) {
        const max = Math.max(0, this.options.maxDelayMs());
        const duration = this.lastDuration.get(key) ?? 0;
        const idle = Math.max(0, this.clock.now() - (this.lastEnd.get(key) ?? -Infinity));
        const wanted = Math.max(this.minDelayMs, this.factor * duration - idle);
        return Math.min(max, wanted);
    }
    /**
     * Runs `work` for `key` after the delay, replacing any run still waiting for it. The work times
     * itself with `measure` (a lint also runs outside the schedule, when a document opens).
     */
    schedule(key, work) {
        this.cancel(key);
        const handle = this.clock.setTimeout(() => {
            this.pending.delete(key);
            work();
        }, this.delayFor(key));
        this.pending.set(key, handle);
    }
    /** Runs `work` for `key` now, timing it so the next delay follows its cost. */
    measure(key, work) {
        const start = this.clock.now();
        try {
            return work();
        }
        finally {
            const end = this.clock.now();
            this.lastDuration.set(key, end - start);
            this.lastEnd.set(key, end);
        }
    }
    /** True while a run for `key` waits. */
    isPending(key) {
        return this.pending.has(key);
    }
    /** Drops the waiting run for `key`, if any. */
    cancel(key) {
        const handle = this.pending.get(key);
        if (handle === undefined)
            return;
        this.clock.clearTimeout(handle);
        this.pending.delete(key);
    }
    /** Drops the waiting run and what is known about `key` (its document closed). */
    forget(key) {
        this.cancel(key);
        this.lastDuration.delete(key);
        this.lastEnd.delete(key);
    }
    /** Drops every waiting run. */
    dispose() {
        for (const handle of this.pending.values())
            this.clock.clearTimeout(handle);
        this.pending.clear();
        this.lastDuration.clear();
        this.lastEnd.clear();
    }
}
exports.LintScheduler = LintScheduler;
//# sourceMappingURL=lintScheduler.js.map