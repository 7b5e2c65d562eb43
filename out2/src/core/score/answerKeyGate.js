"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.attemptRecorded = attemptRecorded;
exports.answerKeyShown = answerKeyShown;
/**
 * When the answer key may be shown: the key is the spoiler of a prompt, so it waits until the user
 * has recorded an attempt (a timed practice session or a mock interview in the answer's front
 * matter), unless they asked to see it always (`designPractice.practice.showAnswerKey`,
 * `design-practice score --answer-key`).
 */
const interviewRecord_1 = require("../debrief/interviewRecord");
const record_1 = require("../practice/record");
/**
 * Whether an answer's front matter (parsed) records an attempt: a practice session that reads back,
 * or a mock interview with its start. Never throws.
 */
function attemptRecorded(data) {
    if (!data || typeof data !== 'object')
        return false;
    if (Array.isArray(data[record_1.PRACTICE_KEY]) && (0, record_1.readPracticeHistory)(data).length > 0)
        return true;
    const interviews = data[interviewRecord_1.INTERVIEWS_KEY];
    return Array.isArray(interviews) && interviews.some((i) => typeof i === 'object' && i !== null && 'started' in i);
}
/** Whether the answer key may be shown, given the setting and whether an attempt is recorded. */
function answerKeyShown(setting, attempted) {
    return setting === 'always' || attempted;
}
//# sourceMappingURL=answerKeyGate.js.map