"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.foldCase = foldCase;
exports.wholeWordIndex = wholeWordIndex;
exports.matchAnswerKey = matchAnswerKey;
const answerView_1 = require("./answerView");
/** Case folding that never changes a string's length, so columns stay the file's. */
function foldCase(text) {
    let out = '';
    let changed = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        const lower = c.toLowerCase();
        if (lower.length === 1 && lower !== c) {
            out += lower;
            changed = true;
        }
        else
            out += c;
    }
    return changed ? out : text;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Where `phrase` (folded) first occurs on `folded` as whole words, or -1. */
function wholeWordIndex(folded, phrase) {
    for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
        const before = at > 0 ? folded[at - 1] : '';
        const after = folded[at + phrase.length] ?? '';
        if (!(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after)))
            return at;
    }
    return -1;
}
/** The covered and missed points of `key` in the answer, in key order; covered ones with a verbatim quote of where. */
function matchAnswerKey(view, key) {
    const folded = view.lines.map((l) => ({ line: l.line, text: foldCase(l.text) }));
    const covered = [];
    const missed = [];
    for (const point of key) {
        const base = { signal: point.signal, level: point.level, point: point.point };
        let first;
        const made = point.lookFor.every((group) => {
            for (const { line, text } of folded) {
                for (const alternative of group) {
                    const at = wholeWordIndex(text, alternative);
                    if (at < 0)
                        continue;
                    if (!first)
                        first = { line, start: at, end: at + alternative.length };
                    return true;
                }
            }
            return false;
        });
        if (!made) {
            missed.push(base);
            continue;
        }
        const quote = first ? (0, answerView_1.quoteAt)(view, first.line, first.start, first.end) : undefined;
        covered.push(first && quote ? { ...base, line: first.line + 1, quote } : base);
    }
    return { covered, missed };
}
//# sourceMappingURL=answerKeyMatch.js.map