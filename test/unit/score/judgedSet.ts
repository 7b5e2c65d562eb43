/** The judged set of issue 16: real answers by other authors with hand ratings (test/fixtures/scorecard). */
import * as fs from 'node:fs';
import { fixturePath } from '../helpers/paths';
import type { SignalId } from '../../../src/core/interview/signals';
import type { Rating, Verdict } from '../../../src/core/score';

/** One rated answer. */
export interface JudgedAnswer {
  readonly file: string;
  readonly kind: 'system' | 'ml';
  readonly split: 'tuned' | 'held-out';
  readonly ratings: Readonly<Record<SignalId, Rating>>;
  readonly reasons: Readonly<Record<SignalId, string>>;
  readonly verdict: Verdict;
  readonly verdictReason: string;
  readonly text: string;
}

/** Every answer of the judged set with its text. */
export function judgedSet(): JudgedAnswer[] {
  const data = JSON.parse(fs.readFileSync(fixturePath('scorecard', 'ratings.json'), 'utf8')) as { answers: Omit<JudgedAnswer, 'text'>[] };
  return data.answers.map((a) => ({ ...a, text: fs.readFileSync(fixturePath('scorecard', 'answers', a.file), 'utf8') }));
}
