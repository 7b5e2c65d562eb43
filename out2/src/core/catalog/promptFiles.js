"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isPromptFileText = isPromptFileText;
exports.isPromptFileHeader = isPromptFileHeader;
/**
 * Telling prompt files from answers. A prompt file names a `template` too, so without this check
 * the linter would read it as an answer and report every answer section missing.
 */
const frontMatter_1 = require("../answer/frontMatter");
const parseAnswer_1 = require("../answer/parseAnswer");
/** The front-matter keys that together mark a prompt file. */
const PROMPT_KEYS = ['id', 'title', 'team'];
/** Only the head of a file is read: front matter sits at the top. */
const HEAD_CHARS = 64 * 1024;
/**
 * Whether `text` is a prompt file: its front matter has `id`, `title` and `team`. Front matter that
 * does not parse still counts when those keys start lines in it, so a prompt file with a YAML
 * mistake is not suddenly linted as an answer.
 */
function isPromptFileText(text) {
    const lines = (0, parseAnswer_1.splitLines)(text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text);
    return isPromptFileHeader(lines, (0, frontMatter_1.parseFrontMatter)(lines));
}
/** `isPromptFileText` for a file already split into lines with its front matter read. */
function isPromptFileHeader(lines, frontMatter) {
    if (!frontMatter)
        return false;
    if (!frontMatter.error)
        return PROMPT_KEYS.every((key) => key in frontMatter.data);
    const found = new Set();
    const last = frontMatter.endLine > frontMatter.startLine ? frontMatter.endLine : lines.length;
    for (let i = frontMatter.startLine + 1; i < last; i++) {
        const key = /^([a-z]+)\s*:/.exec(lines[i])?.[1];
        if (key)
            found.add(key);
    }
    return PROMPT_KEYS.every((key) => found.has(key));
}
//# sourceMappingURL=promptFiles.js.map