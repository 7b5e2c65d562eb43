"use strict";
/** Prompt ids and the paths built from them. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.isValidPromptId = isValidPromptId;
exports.promptSlug = promptSlug;
exports.joinInside = joinInside;
const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * Whether `id` is a prompt id: slug segments (`a-z`, `0-9`, single hyphens) joined by `/`, such as
 * `streaming/adaptive-bitrate`. Such an id can never name `..`, an absolute path or a drive.
 */
function isValidPromptId(id) {
    return typeof id === 'string' && id.length <= 200 && id.split('/').every((s) => SEGMENT.test(s));
}
/** The last segment of a prompt id: its slug, used as the answer's file name. */
function promptSlug(id) {
    return id.slice(id.lastIndexOf('/') + 1);
}
/**
 * Joins `root` and relative path segments, refusing any result that leaves `root`. Works on POSIX
 * and Windows separators without Node's `path`, so the core stays free of Node built-ins.
 */
function joinInside(root, ...segments) {
    for (const s of segments) {
        if (!isValidPromptId(s) && !/^[a-z0-9][a-z0-9._-]*$/i.test(s))
            throw new Error(`Unsafe path segment: ${JSON.stringify(s)}`);
        if (s.split('/').some((part) => part === '..' || part === '.'))
            throw new Error(`Unsafe path segment: ${JSON.stringify(s)}`);
    }
    const sep = root.includes('\\') && !root.includes('/') ? '\\' : '/';
    const base = root.replace(/[\\/]+$/, '');
    return [base, ...segments.map((s) => s.split('/').join(sep))].join(sep);
}
//# sourceMappingURL=ids.js.map