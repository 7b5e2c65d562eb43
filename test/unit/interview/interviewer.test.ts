import * as assert from 'node:assert/strict';
import { PROBE_INTERVIEWER, probesFor, type Interviewer } from '../../../src/core/interview';
import { technologyRule } from '../../../src/core/interview/rules/technology';
import { answerText, promptWith } from './support';

const PROMPT = promptWith([
  { question: 'What happens when traffic spikes tenfold?', signal: 'requirements' },
  { question: 'Who owns it in three years?', signal: 'ownership' },
]);

describe('Interviewer (the deterministic probes behind the seam)', () => {
  const interviewer: Interviewer = PROBE_INTERVIEWER;

  it('asks exactly what probesFor asks, in the same order', async () => {
    const text = answerText({ Architecture: '- Rows are kept in Redis; Kafka carries the events.' });
    assert.deepEqual(await interviewer.questions({ answer: text, prompt: PROMPT }), probesFor(text, PROMPT));
    assert.equal(interviewer.id, 'probes');
  });

  it('passes the options on, and leaves out questions already asked in the session', async () => {
    const text = answerText({ Architecture: '- Rows are kept in Redis.' });
    const questions = await interviewer.questions({ answer: text, prompt: PROMPT, options: { rules: [technologyRule] }, asked: ['what happens when traffic *spikes* tenfold'] });
    assert.deepEqual(
      questions.map((q) => q.id),
      ['technology:redis', 'prompt:2'],
    );
  });
});
