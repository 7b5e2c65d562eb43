/**
 * The language-model core (issue 20): what is sent to a model, and the checks every reply passes
 * before anything reaches the user. The adapters in `src/vscode/model` send and fall back.
 */
export { assessMessages, fitsModel, interviewMessages, numberedAnswer, MAX_ANSWER_CHARS, type ModelMessage, type ModelPrompt } from './modelRequest';
export { readJsonObject, readModelQuestion, readModelScorecard, MAX_MODEL_QUESTION, type ModelReading, type ModelScorecard } from './modelReply';
