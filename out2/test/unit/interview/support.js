"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PLAIN = void 0;
exports.answerText = answerText;
exports.promptWith = promptWith;
exports.lineOf = lineOf;
/** The sections of a system-design answer, each with a line that gives no probe of its own. */
exports.PLAIN = {
    Requirements: '- Members browse a page of rows.',
    Scope: '- In scope: the page. Out of scope: billing.',
    Architecture: '- Rows are built from precomputed lists.',
    'Trade-offs': '- Precomputed lists over ranking per request: cheaper, but a day behind.',
    Operability: '- Alerts on page errors; the rows team owns it and is on call; a bad release is rolled back by the deploy tool.',
};
/** An answer with the plain sections, some replaced. */
function answerText(replace = {}, frontMatter = 'prompt: recommendation/homepage-rows\ntemplate: system-design') {
    const sections = { ...exports.PLAIN, ...replace };
    const body = Object.entries(sections)
        .filter(([, text]) => text !== '')
        .map(([title, text]) => `## ${title}\n\n${text}\n`)
        .join('\n');
    return `---\n${frontMatter}\n---\n# Homepage rows\n\n${body}`;
}
/** A prompt with the given follow-ups. */
function promptWith(followUps, template = 'system-design') {
    return { followUps, template };
}
/** The 0-based line of the first line of `text` that contains `needle`. */
function lineOf(text, needle) {
    const line = text.split('\n').findIndex((l) => l.includes(needle));
    if (line < 0)
        throw new Error(`no line contains ${needle}`);
    return line;
}
//# sourceMappingURL=support.js.map