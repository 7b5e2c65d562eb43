/**
 * The scorecard core: the rubric, the scorecard's shape and the `Assessor` seam. The deterministic
 * scorer is the always-present implementation; a language-model assessor (in `src/vscode`) checks
 * what it returns with `scorecardProblems` and falls back to it.
 */
export type {
  AnswerKeyResult,
  AssessCancellation,
  AssessPrompt,
  AssessRequest,
  Assessor,
  Evidence,
  Gap,
  KeyPointResult,
  Rating,
  Scorecard,
  ScoreLevel,
  SignalScore,
  Verdict,
} from './types';
export { SCORE_LEVELS } from './types';
export { RUBRIC, VERDICT_RULE, rubricFor, verdictFor, type SignalRubric } from './rubric';
export { scorecardProblems } from './checkScorecard';
export { scoreAnswer, scoreAnswerWithFacts, levelOf, practiseNext, RubricAssessor, RUBRIC_ASSESSOR, JUDGES, type PractiseNext, type ScoredAnswer } from './scoreAnswer';
export { matchAnswerKey, foldCase, wholeWordIndex } from './answerKeyMatch';
export { attemptRecorded, answerKeyShown, type ShowAnswerKey } from './answerKeyGate';
