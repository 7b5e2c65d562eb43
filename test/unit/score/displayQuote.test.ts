import * as assert from 'node:assert/strict';
import { displayQuote } from '../../../src/core/score/displayQuote';

describe('score: displayQuote, an evidence quote as the user reads it', () => {
  it('drops a bold marker the cut left without its partner, at either end', () => {
    // From `- **Scale:** 50,000 titles` the quote begins after the opening marker.
    assert.equal(displayQuote('Scale:** 50,000 titles, 30 locales'), 'Scale: 50,000 titles, 30 locales');
    assert.equal(displayQuote('p99 under 2 ms; **Scale'), 'p99 under 2 ms; Scale');
    assert.equal(displayQuote('Gain:** no hop on the **read** path'), 'Gain: no hop on the **read** path');
    assert.equal(displayQuote('the **read** path; **Cost'), 'the **read** path; Cost');
  });

  it('drops a code marker the cut left alone', () => {
    assert.equal(displayQuote('jobs_finished_total` for the add label'), 'jobs_finished_total for the add label');
    assert.equal(displayQuote('its `restartPolicy=OnFailure'), 'its restartPolicy=OnFailure');
  });

  it('keeps paired markers, underscores and everything else as written', () => {
    for (const quote of ['the **p99** latency of `GET /segments`', 'snake_case_names and _one_ word', '2 * 3 = 6', 'plain words', '**']) {
      assert.equal(displayQuote(quote), quote);
    }
  });
});
