import * as assert from 'node:assert/strict';
import { SCALING_CASES, scalingRatio } from './scalingCases';

/**
 * Issue 7: each construct that once took quadratic (or cubic) time is timed at n and 2n, and the time
 * must grow about linearly. Ratios, not wall-clock limits: a loaded machine slows both sizes alike.
 * Linear time gives about 2 and quadratic about 4; the bound leaves room for noise, and a ratio above
 * it is measured again before it counts, since one garbage collection can land on either size.
 */
const BOUND = 3.5;
const ATTEMPTS = 3;

describe('scaling: time grows linearly with the input', function () {
  this.timeout(60_000);
  for (const c of SCALING_CASES) {
    it(c.name, () => {
      const seen: string[] = [];
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const { ratio, small, large } = scalingRatio(c);
        seen.push(`${ratio.toFixed(2)} (${small.toFixed(1)} ms at n=${c.n}, ${large.toFixed(1)} ms at 2n)`);
        if (ratio < BOUND) return;
      }
      assert.fail(`time at 2n / time at n stayed above ${BOUND}: ${seen.join('; ')}`);
    });
  }
});
