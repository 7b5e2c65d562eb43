import * as assert from 'node:assert/strict';
import { SCALING_CASES, scalingRatio } from './scalingCases';

/**
 * Issue 7: each construct that once took quadratic (or cubic) time is timed at n/2, n and 2n, and the
 * time must grow about linearly. Ratios, not wall-clock limits: a loaded machine slows every size
 * alike. Linear time gives about 2 per doubling and quadratic about 4; quadratic growth lifts both
 * doublings, so the smaller of the two must stay under the bound. A one-off step in the time per
 * character lifts only one of them: until December 2026 only n and 2n were timed, and a CPU cache
 * outgrown between them read as 3.6-7.7 in CI. A ratio above the bound is measured again before it
 * counts, since one garbage collection can land on any size.
 */
const BOUND = 3.5;
const ATTEMPTS = 3;

describe('scaling: time grows linearly with the input', function () {
  this.timeout(60_000);
  for (const c of SCALING_CASES) {
    it(c.name, () => {
      const seen: string[] = [];
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const { ratio, half, small, large } = scalingRatio(c);
        seen.push(
          `${ratio.toFixed(2)} (${half.toFixed(1)} ms at n/2, ${small.toFixed(1)} ms at n=${c.n}, ${large.toFixed(1)} ms at 2n)`,
        );
        if (ratio < BOUND) return;
      }
      assert.fail(`the smaller of time(n)/time(n/2) and time(2n)/time(n) stayed above ${BOUND}: ${seen.join('; ')}`);
    });
  }
});
