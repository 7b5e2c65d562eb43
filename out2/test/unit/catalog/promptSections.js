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
exports.rawBundledPrompts = rawBundledPrompts;
exports.sectionLines = sectionLines;
exports.hasPhrase = hasPhrase;
exports.covers = covers;
/**
 * Reads bundled prompt files' sections straight from the raw text, and matches Look-for groups
 * against an answer as the format says (whole words, any case).
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const paths_1 = require("../helpers/paths");
/** Every bundled prompt file, by path relative to the prompt folder. */
function rawBundledPrompts() {
    const dir = path.join(paths_1.repoRoot, 'src', 'core', 'catalog', 'prompts');
    const out = [];
    for (const team of fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
        for (const f of fs.readdirSync(path.join(dir, team.name)).filter((n) => n.endsWith('.md')).sort()) {
            out.push({ file: `${team.name}/${f}`, text: fs.readFileSync(path.join(dir, team.name, f), 'utf8') });
        }
    }
    return out;
}
/** The lines of a `## Heading` section (without the heading), with the 1-based number of its first line; undefined when absent. */
function sectionLines(text, heading) {
    const lines = text.split(/\r?\n/);
    const start = lines.findIndex((l) => l.trim().toLowerCase() === `## ${heading.toLowerCase()}`);
    if (start < 0)
        return undefined;
    let end = start + 1;
    while (end < lines.length && !/^##\s/.test(lines[end]))
        end++;
    return { first: start + 2, lines: lines.slice(start + 1, end) };
}
/** Whether `phrase` occurs in `lowerText` as whole words (neighbours are not letters or digits). */
function hasPhrase(lowerText, phrase) {
    const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
    for (let at = lowerText.indexOf(phrase); at >= 0; at = lowerText.indexOf(phrase, at + 1)) {
        if (!isWordChar(lowerText[at - 1]) && !isWordChar(lowerText[at + phrase.length]))
            return true;
    }
    return false;
}
/** Whether an answer covers a point's Look-for groups: every group has one alternative in the text. */
function covers(answer, lookFor) {
    const lower = answer.toLowerCase();
    return lookFor.every((group) => group.some((alt) => hasPhrase(lower, alt)));
}
//# sourceMappingURL=promptSections.js.map