"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_FILE_BYTES = void 0;
exports.readTextFile = readTextFile;
exports.isAnswerText = isAnswerText;
exports.findMarkdownFiles = findMarkdownFiles;
exports.displayPath = displayPath;
exports.errorReason = errorReason;
/** Finding answer files in folders and reading them safely: size and binary checks, UTF-8 decoding. */
const path = __importStar(require("node:path"));
const promptFiles_1 = require("../core/catalog/promptFiles");
/** Files larger than this are skipped rather than read. */
exports.MAX_FILE_BYTES = 10 * 1024 * 1024;
/** A NUL byte in this many leading bytes marks a file as binary. */
const BINARY_SNIFF_BYTES = 8 * 1024;
/**
 * Reads a file as text unless it is too large or binary. Never throws. `known` is a `stat` of it
 * taken just before (the size is checked again after the read, since it can change).
 */
async function readTextFile(io, file, maxBytes = exports.MAX_FILE_BYTES, known) {
    try {
        const stat = known ?? (await io.stat(file));
        if (!stat)
            return { kind: 'error', reason: 'no such file' };
        if (!stat.isFile)
            return { kind: 'error', reason: 'not a file' };
        if (stat.size > maxBytes)
            return { kind: 'skipped', reason: tooLarge(stat.size, maxBytes) };
        const bytes = await io.readFile(file);
        // The size can change between stat and read.
        if (bytes.length > maxBytes)
            return { kind: 'skipped', reason: tooLarge(bytes.length, maxBytes) };
        if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0))
            return { kind: 'skipped', reason: 'it looks binary (it has NUL bytes), not Markdown' };
        try {
            // ignoreBOM keeps a BOM in the text so that --fix writes it back.
            return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), validUtf8: true };
        }
        catch {
            return { kind: 'text', text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), validUtf8: false };
        }
    }
    catch (error) {
        return { kind: 'error', reason: errorReason(error) };
    }
}
/**
 * Whether a text (split, its front matter read: `prepareText`, which the linter then reuses) is an
 * answer file: its front matter names a `prompt` or a `template`, and it is not a prompt file (front
 * matter with `id`, `title` and `team`, which names a `template` too). Front matter that does not
 * parse still counts when one of those keys is written in it, so a broken answer is linted (and told
 * what is broken) rather than silently passed over.
 */
function isAnswerText({ lines, frontMatter }) {
    if ((0, promptFiles_1.isPromptFileHeader)(lines, frontMatter))
        return false;
    if (!frontMatter)
        return false;
    if ('prompt' in frontMatter.data || 'template' in frontMatter.data)
        return true;
    if (!frontMatter.error)
        return false;
    for (let i = frontMatter.startLine + 1; i < frontMatter.endLine && i < lines.length; i++) {
        if (/^(?:prompt|template)\s*:/.test(lines[i]))
            return true;
    }
    return false;
}
/**
 * Finds the `*.md` files under `dir`, depth first in name order, skipping `node_modules` and folders
 * whose name starts with a dot. Symbolic links to files are followed; links to folders are not, so
 * a link cycle cannot loop. `onError` hears about folders that cannot be read.
 */
async function findMarkdownFiles(io, dir, display, onError) {
    const found = [];
    const walk = async (abs, shown) => {
        let entries;
        try {
            entries = await io.readdir(abs);
        }
        catch (error) {
            onError(shown, errorReason(error));
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const childAbs = path.join(abs, entry.name);
            const childShown = path.join(shown, entry.name);
            if (entry.kind === 'directory') {
                if (entry.name.startsWith('.') || entry.name === 'node_modules')
                    continue;
                await walk(childAbs, childShown);
            }
            else if (/\.md$/i.test(entry.name)) {
                if (entry.kind === 'file') {
                    found.push({ path: childAbs, display: childShown, explicit: false });
                }
                else if (entry.kind === 'symlink') {
                    const target = await io.stat(childAbs).catch(() => undefined);
                    if (target?.isFile)
                        found.push({ path: childAbs, display: childShown, explicit: false });
                }
            }
        }
    };
    await walk(dir, display);
    return found;
}
/** A path to show to the user: relative to `cwd` when it is inside it, else absolute. */
function displayPath(cwd, abs) {
    const rel = path.relative(cwd, abs);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}
/** The message of an error from the file system, without the stack; `code` first when there is one. */
function errorReason(error) {
    const e = error;
    const messages = {
        ENOENT: 'no such file or folder',
        EACCES: 'permission denied',
        EPERM: 'permission denied',
        EISDIR: 'is a folder',
        ENOTDIR: 'a part of the path is not a folder',
        EEXIST: 'already exists',
        EROFS: 'read-only file system',
        ENOSPC: 'no space left on the device',
    };
    if (e && typeof e.code === 'string' && messages[e.code])
        return `${messages[e.code]} (${e.code})`;
    return e instanceof Error ? e.message : String(error);
}
function tooLarge(size, limit) {
    const shown = limit >= 1024 * 1024 ? `${limit / (1024 * 1024)} MB` : `${limit / 1024} KB`;
    return `it is over the ${shown} limit (${size.toLocaleString('en-US')} bytes)`;
}
//# sourceMappingURL=files.js.map