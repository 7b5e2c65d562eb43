import * as assert from 'node:assert/strict';
import { askedBy, renderInterviewerHtml } from '../../../src/core/debrief/interviewerView';

describe('Interviewer view: who asked', () => {
  it('names the model, the built-in interviewer or the curveball', () => {
    assert.equal(askedBy({ by: 'Fake <Model>' }), 'asked by your model (Fake <Model>)');
    assert.equal(askedBy({}), 'asked by the built-in interviewer');
    assert.equal(askedBy({ id: 'curveball:2', by: 'ignored' }), 'a curveball from the prompt');
  });

  it("shows it beside the current question, escaped", () => {
    const html = renderInterviewerHtml({ title: 'Capping', rehearsing: false, asked: [{ question: 'Why?', signalTitle: 'Trade-offs', by: 'Fake <Model>' }] });
    assert.ok(html.includes('Question 1 · Trade-offs · asked by your model (Fake &lt;Model&gt;)'), html);
  });
});
