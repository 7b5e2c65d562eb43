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

/** The clock and timers the scheduler uses (the real ones in the extension, fakes in tests). */
export interface SchedulerClock<H = unknown> {
  now(): number;
  setTimeout(run: () => void, ms: number): H;
  clearTimeout(handle: H): void;
}

/** How the delay is chosen. */
export interface LintSchedulerOptions {
  /** The upper bound, in ms (the `designPractice.lint.debounceMs` setting). Read on every edit. */
  readonly maxDelayMs: () => number;
  /** The shortest wait after an edit, so a burst of keystrokes lints once, not per key. Default 50. */
  readonly minDelayMs?: number;
  /** The least idle time between one lint and the next, as a multiple of the first one's duration. Default 3. */
  readonly durationFactor?: number;
}

/** The real clock and timers. */
export const systemClock: SchedulerClock<ReturnType<typeof setTimeout>> = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle),
};

/** Schedules per-key work (a document's lint) after edits, and times it. */
export class LintScheduler<H = unknown> {
  private readonly pending = new Map<string, H>();
  private readonly lastDuration = new Map<string, number>();
  private readonly lastEnd = new Map<string, number>();
  private readonly minDelayMs: number;
  private readonly factor: number;

  constructor(
    private readonly options: LintSchedulerOptions,
    private readonly clock: SchedulerClock<H>,
  ) {
    this.minDelayMs = options.minDelayMs ?? 50;
    this.factor = options.durationFactor ?? 3;
  }

  /**
   * The wait before the next lint of `key`, from now: what is left of `factor` times its last lint
   * since that lint ended, within [min, max].
   */
  delayFor(key: string): number {
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
  schedule(key: string, work: () => void): void {
    this.cancel(key);
    const handle = this.clock.setTimeout(() => {
      this.pending.delete(key);
      work();
    }, this.delayFor(key));
    this.pending.set(key, handle);
  }

  /** Runs `work` for `key` now, timing it so the next delay follows its cost. */
  measure<T>(key: string, work: () => T): T {
    const start = this.clock.now();
    try {
      return work();
    } finally {
      const end = this.clock.now();
      this.lastDuration.set(key, end - start);
      this.lastEnd.set(key, end);
    }
  }

  /** True while a run for `key` waits. */
  isPending(key: string): boolean {
    return this.pending.has(key);
  }

  /** Drops the waiting run for `key`, if any. */
  cancel(key: string): void {
    const handle = this.pending.get(key);
    if (handle === undefined) return;
    this.clock.clearTimeout(handle);
    this.pending.delete(key);
  }

  /** Drops the waiting run and what is known about `key` (its document closed). */
  forget(key: string): void {
    this.cancel(key);
    this.lastDuration.delete(key);
    this.lastEnd.delete(key);
  }

  /** Drops every waiting run. */
  dispose(): void {
    for (const handle of this.pending.values()) this.clock.clearTimeout(handle);
    this.pending.clear();
    this.lastDuration.clear();
    this.lastEnd.clear();
  }
}
