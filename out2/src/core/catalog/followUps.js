"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_FOLLOW_UP_LENGTH = void 0;
exports.inferSignal = inferSignal;
exports.parsePromptFollowUps = parsePromptFollowUps;
exports.parseQuestionList = parseQuestionList;
/**
 * A prompt's `## Follow-ups`: the probes an interviewer asks back about this problem. Each is a list
 * item, optionally tagged with the signal it tests (`- [ownership] Who is paged when ...?`); an
 * untagged probe gets the signal its wording suggests. The prompt view never shows them: they are the
 * interviewer's.
 */
const signals_1 = require("../interview/signals");
/** Longest probe accepted: a question to ask aloud, not an essay. */
exports.MAX_FOLLOW_UP_LENGTH = 400;
const ITEM = /^[ \t]{0,3}[-*+](?:[ \t]+(.*))?$/;
const TAG = /^\[([A-Za-z-]{1,40})\][ \t]*/;
const NESTED_OR_CONTINUATION = /^[ \t]+\S/;
/** Words that point to a signal, checked in this order; a probe matching none tests trade-off reasoning. */
const SIGNAL_WORDS = [
    { signal: 'experience', pattern: /\b(?:have you|you have seen|in your experience|seen (?:this|it|that)|last time|do differently|pain you)\b/i },
    {
        signal: 'ownership',
        pattern: /\b(?:on[- ]?call|paged?|paging|owns?|owned|owner\w*|alerts?|alerting|monitor\w*|roll(?:s|ed)?[- ]?back|rollbacks?|goes down|outages?|incidents?|drift\w*|years?|maintain\w*|migrat\w*|runbooks?)\b/i,
    },
    { signal: 'requirements', pattern: /\b(?:10x|10×|ten ?fold|ten times|spikes?|peaks?|grows?|growth|doubles?|how many|how much traffic)\b/i },
    { signal: 'data-flow', pattern: /\b(?:stale\w*|cach\w*|consisten\w*|lag\w*|order(?:ing|ed)?|duplicates?|replay\w*|flows?|sync\w*|path|propagat\w*)\b/i },
];
/** The signal a probe's wording suggests, for probes written without a `[signal]` tag. */
function inferSignal(question) {
    for (const { signal, pattern } of SIGNAL_WORDS)
        if (pattern.test(question))
            return signal;
    return 'trade-offs';
}
const FOLLOW_UP_NAMES = { section: 'Follow-ups', item: 'follow-up' };
/**
 * Reads the body of a prompt's Follow-ups section. `firstLine` is the 1-based file line of the
 * body's first line, so problems name the line to fix. Continuation lines join the item above.
 */
function parsePromptFollowUps(markdown, firstLine) {
    const { questions, problems } = parseQuestionList(markdown, firstLine, FOLLOW_UP_NAMES);
    return { followUps: questions, problems };
}
/**
 * Reads a list of interviewer questions (`## Follow-ups`, `## Curveballs`): one list item each, an
 * optional `[signal]` tag, continuation lines joined to the item above. `firstLine` is the 1-based
 * file line of the body's first line, so problems name the line to fix.
 */
function parseQuestionList(markdown, firstLine, names) {
    const followUps = [];
    const problems = [];
    const items = [];
    const lines = markdown.split('\n');
    const { section, item: noun } = names;
    const Noun = noun[0].toUpperCase() + noun.slice(1);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const item = ITEM.exec(line);
        if (item)
            items.push({ line: firstLine + i, text: (item[1] ?? '').trim() });
        else if (items.length > 0 && NESTED_OR_CONTINUATION.test(line))
            items[items.length - 1].text += ` ${line.trim()}`;
        else if (line.trim() !== '' && !line.trim().startsWith('<!--')) {
            problems.push({ line: firstLine + i, message: `${section} holds a list of questions: write each as "- question?" (text outside the list is not read)` });
        }
    }
    const seen = new Set();
    for (const { line, text } of items) {
        let question = text;
        let signal;
        const tag = TAG.exec(question);
        if (tag) {
            if (!(0, signals_1.isSignalId)(tag[1])) {
                problems.push({ line, message: `Unknown signal [${tag[1]}] in ${section}; expected one of ${signals_1.SIGNAL_IDS.map((s) => `[${s}]`).join(', ')}` });
                continue;
            }
            signal = tag[1];
            question = question.slice(tag[0].length);
        }
        question = question.replace(/\s+/g, ' ').trim();
        if (!question) {
            problems.push({ line, message: `Empty ${noun}: write the question after the list marker` });
            continue;
        }
        if (question.length > exports.MAX_FOLLOW_UP_LENGTH) {
            problems.push({ line, message: `${Noun} is ${question.length} characters long; keep each under ${exports.MAX_FOLLOW_UP_LENGTH}, a question to ask aloud` });
            continue;
        }
        const key = question.toLowerCase();
        if (seen.has(key)) {
            problems.push({ line, message: `Duplicate ${noun}: the same question is listed twice` });
            continue;
        }
        seen.add(key);
        if (names.max !== undefined && followUps.length >= names.max) {
            problems.push({ line, message: `More than ${names.max} ${noun}s: list at most ${names.max}` });
            continue;
        }
        followUps.push({ question, signal: signal ?? inferSignal(question) });
    }
    if (items.length === 0 && problems.length === 0) {
        problems.push({ line: Math.max(1, firstLine - 1), message: `${section} has no questions: list each as "- question?", or remove the section` });
    }
    problems.sort((a, b) => a.line - b.line);
    return { questions: followUps, problems };
}
//# sourceMappingURL=followUps.js.map