"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.INTERVIEWS_KEY = void 0;
exports.recordInterview = recordInterview;
exports.rateInterview = rateInterview;
exports.readInterviewHistory = readInterviewHistory;
/**
 * Mock interviews in an answer's front matter, beside `practice:`: the questions the interviewer
 * asked in a session, and the user's 1-4 rating of each signal after the debrief.
 *
 * ```yaml
 * interviews:
 *   - started: 2025-01-02T10:00:00Z     # the same start as the session's practice record
 *     ratings: { requirements: 3, trade-offs: 2 }
 *     questions:
 *       - Why Redis here over Memcached, and what would make you switch?
 * ```
 *
 * Like the practice record, these writes never cost the user a byte: they go through
 * `frontMatterEdit`, which only inserts lines or replaces the one line it was asked to change, and
 * refuses, saying why, when that is impossible.
 */
const yaml_1 = require("yaml");
const frontMatterEdit_1 = require("../answer/frontMatterEdit");
const frontMatter_1 = require("../answer/frontMatter");
const parseAnswer_1 = require("../answer/parseAnswer");
/** The front-matter key that holds the mock interviews. */
exports.INTERVIEWS_KEY = 'interviews';
/**
 * Edits that append `record` (without ratings: those come from the debrief, see `rateInterview`)
 * to the `interviews:` list, creating the key, and the front matter when the file has none.
 */
function recordInterview(text, record) {
    const result = (0, frontMatterEdit_1.appendToFrontMatterList)(text, exports.INTERVIEWS_KEY, { started: record.started, questions: [...record.questions] });
    return 'error' in result ? { error: `${capitalise(result.error)}; the questions of the mock interview were not recorded` } : result;
}
/**
 * Edits that set the ratings of the interview that started at `started` (the last one, if several
 * did): its `ratings:` line is replaced, or a new one is inserted after its `started:`. Refuses,
 * with the reason, when the interview is not there or the ratings are not 1-4.
 */
function rateInterview(text, started, ratings) {
    const notSaved = 'the ratings were not saved';
    for (const [signal, value] of Object.entries(ratings)) {
        if (![1, 2, 3, 4].includes(value))
            return { error: `The rating of ${JSON.stringify(signal)} must be 1, 2, 3 or 4; ${notSaved}` };
    }
    const fm = (0, frontMatter_1.parseFrontMatter)((0, parseAnswer_1.splitLines)(text));
    if (fm?.error)
        return { error: `${fm.error.message} (line ${fm.error.line + 1}); ${notSaved}` };
    const list = fm?.data[exports.INTERVIEWS_KEY];
    let index = -1;
    if (Array.isArray(list))
        for (let i = list.length - 1; i >= 0 && index < 0; i--)
            if (isObject(list[i]) && dateText(list[i].started) === started)
                index = i;
    if (index < 0)
        return { error: `The front matter has no interview started ${started} under "${exports.INTERVIEWS_KEY}"; ${notSaved}` };
    const result = (0, frontMatterEdit_1.setListItemKey)(text, exports.INTERVIEWS_KEY, index, 'ratings', { ...ratings }, { shape: flowMapping });
    return 'error' in result ? { error: `${capitalise(result.error)}; ${notSaved}` } : result;
}
/** Reads the mock interviews from parsed front matter, skipping malformed ones. Never throws. */
function readInterviewHistory(data) {
    const list = isObject(data) ? data[exports.INTERVIEWS_KEY] : undefined;
    if (!Array.isArray(list))
        return [];
    return list.flatMap((entry) => {
        if (!isObject(entry))
            return [];
        const started = dateText(entry.started);
        if (started === undefined)
            return [];
        const questions = Array.isArray(entry.questions) ? entry.questions.filter((q) => typeof q === 'string' && q.trim() !== '') : [];
        const ratings = {};
        if (isObject(entry.ratings)) {
            for (const [signal, value] of Object.entries(entry.ratings))
                if (value === 1 || value === 2 || value === 3 || value === 4)
                    ratings[signal] = value;
        }
        return [{ started, questions, ...(Object.keys(ratings).length > 0 ? { ratings } : {}) }];
    });
}
/** The ratings on one line: `{ requirements: 3, trade-offs: 2 }`. */
function flowMapping(node) {
    if ((0, yaml_1.isMap)(node))
        node.flow = true;
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A start as text: a parseable date string, or a Date from a YAML 1.1 reader. */
function dateText(value) {
    if (typeof value === 'string')
        return Number.isFinite(Date.parse(value)) ? value : undefined;
    if (value instanceof Date && Number.isFinite(value.getTime()))
        return value.toISOString().replace(/\.\d{3}Z$/, 'Z');
    return undefined;
}
//# sourceMappingURL=interviewRecord.js.map