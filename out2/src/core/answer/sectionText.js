"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.QUESTIONS_LEAD = exports.PLACEHOLDER_ANY = exports.PLACEHOLDER = void 0;
exports.isPlaceholderMatch = isPlaceholderMatch;
exports.visibleLine = visibleLine;
exports.visibleLines = visibleLines;
exports.lineRange = lineRange;
exports.isHeadingLine = isHeadingLine;
exports.blankCodeSpans = blankCodeSpans;
exports.normalizeSpace = normalizeSpace;
exports.isSkeletonLine = isSkeletonLine;
exports.bodyLines = bodyLines;
exports.bodyLineAt = bodyLineAt;
exports.hasContent = hasContent;
exports.skeletonLines = skeletonLines;
exports.sectionsOf = sectionsOf;
exports.userLines = userLines;
exports.textBlocks = textBlocks;
exports.sentenceStarts = sentenceStarts;
exports.sentenceAt = sentenceAt;
exports.excerpt = excerpt;
const templates_1 = require("./templates");
/**
 * Placeholder tokens: TODO / TBD / FIXME (any case, whole words, but not "todo list" or "todo app",
 * which name a thing), runs of three or more `?`, snippet placeholders `${1:...}`, `${1|a,b|}` and
 * `${name}`, and bare tab stops `$1`. A bare `$1` is usually money ("$1 per GB"), so the match is only
 * a candidate: `isPlaceholderMatch` decides.
 */
exports.PLACEHOLDER = /\b(?:todo|tbd|fixme)\b(?!\s+(?:lists?|apps?|items?)\b)|\?{3,}|\$\{(?:\d+|[A-Za-z_]\w*)(?:[:|][^{}]*)?\}|(?<![\w$\\])\$\d{1,2}(?=\s*(?:$|[|*_\]}]))/gi;
/** `PLACEHOLDER` without the global flag, for a cheap yes/no before looking for matches. */
exports.PLACEHOLDER_ANY = new RegExp(exports.PLACEHOLDER.source, 'i');
/**
 * The quote, list marker and bold label a line starts with ("> - **Scale:** "). Every part is
 * optional and none can take a character the next could start with, so its one match is where a
 * value placed right after them begins.
 */
const LABEL_PREFIX = /^[\s>]*(?:(?:[-*+]|\d{1,9}[.)])\s+)?(?:(?:\*\*|__)[^*_]*(?:\*\*|__)\s*)?/;
/** The last line `isPlaceholderMatch` read, and where its `LABEL_PREFIX` ends: one match per line, not per candidate. */
let labelLine;
let labelEnd = 0;
/**
 * Whether a `PLACEHOLDER` match at `index` of `text` is a placeholder rather than money. A bare tab
 * stop is the whole value of a list item, a bold label or a table cell ("- **Scale:** $1", "| $1 |").
 * Both tests take constant time per match once the line's label is known, however many `|$1` it holds.
 */
function isPlaceholderMatch(text, match, index) {
    if (match.charCodeAt(0) !== 0x24 /* $ */ || match.charCodeAt(1) === 0x7b /* { */)
        return true;
    let before = index;
    while (before > 0 && /\s/.test(text[before - 1]))
        before--;
    if (before > 0 && text.charCodeAt(before - 1) === 0x7c /* | */)
        return true;
    if (text !== labelLine) {
        labelLine = text;
        labelEnd = LABEL_PREFIX.exec(text)[0].length;
    }
    return labelEnd === index;
}
const ALNUM = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s+/g;
// Quote markers, when there are any, take the indent after them: `[ \t]*(?:>[ \t]?)*[ \t]*` would try every split of a
// line of spaces between its two runs.
const LIST_MARKER = /^[ \t]*(?:(?:>[ \t]?)+[ \t]*)?(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;
const QUOTE_PREFIX = /^[ \t]*(?:>[ \t]?)+/;
const TABLE_ROW = /^[ \t]*(?:(?:>[ \t]?)+[ \t]*)?\|/;
const SKELETON_LABEL = /^\s*[-*+]\s+(?:\*\*|__)[^*_]+(?:\*\*|__)/;
// `[^<>]`, not `[^>]`: a line of 128k `<` must not scan to its end from each one.
const TAG = /<[^<>]*>/g;
const IMAGE_TAG = /<(?:img|svg|picture)\b/i;
const TODO_LEAD = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?[*_]*(?:todo|tbd|fixme)\b(?!\s+(?:lists?|apps?|items?)\b)/i;
const SETEXT_UNDERLINE = 9;
const viewCache = new WeakMap();
const skeletonCache = new WeakMap();
function views(doc) {
    let v = viewCache.get(doc);
    if (!v) {
        const headingLine = new Uint8Array(doc.lines.length);
        for (const h of doc.headings) {
            headingLine.fill(SETEXT_UNDERLINE, h.line + 1, h.endLine + 1);
            headingLine[h.line] = h.level;
        }
        v = { visible: blankComments(doc), headingLine, body: new Uint8Array(doc.lines.length), progress: new Map() };
        viewCache.set(doc, v);
    }
    return v;
}
/**
 * Replaces `<!-- ... -->` with spaces in prose and HTML lines. A comment may run over several lines
 * of the same block (HTML blocks in particular), so the open state carries over until the kind of
 * line changes; columns never move.
 */
function blankComments(doc) {
    const out = new Array(doc.lines.length);
    let inComment = false;
    let previousKind = -1;
    for (let line = 0; line < doc.lines.length; line++) {
        const kind = doc.lineKinds[line];
        if (kind !== previousKind)
            inComment = false;
        previousKind = kind;
        if (kind !== 1 /* LineKind.Prose */ && kind !== 3 /* LineKind.Html */) {
            out[line] = '';
            continue;
        }
        const text = doc.lines[line];
        if (!inComment && !text.includes('<!--')) {
            out[line] = text;
            continue;
        }
        let result = '';
        let at = 0;
        while (at < text.length) {
            if (inComment) {
                const close = text.indexOf('-->', at);
                const stop = close < 0 ? text.length : close + 3;
                result += ' '.repeat(stop - at);
                at = stop;
                inComment = close < 0;
            }
            else {
                const open = text.indexOf('<!--', at);
                if (open < 0) {
                    result += text.slice(at);
                    break;
                }
                result += text.slice(at, open);
                at = open;
                inComment = true;
            }
        }
        out[line] = result;
    }
    return out;
}
/** Line `line` of the answer with HTML comments replaced by spaces; '' when it is not prose or HTML. */
function visibleLine(doc, line) {
    return views(doc).visible[line] ?? '';
}
/** `visibleLine` of every line, indexed by 0-based line: one lookup for rules that read most lines. */
function visibleLines(doc) {
    return views(doc).visible;
}
/**
 * The range a finding about a whole section or block shows on `line`: from `column` to the end of
 * the visible text, so a trailing comment is not underlined. Falls back to the whole line.
 */
function lineRange(doc, line, column = 0) {
    const end = visibleLine(doc, line).trimEnd().length;
    return end > column ? { line, column, endColumn: end } : { line, column: 0, endColumn: doc.lines[line]?.length ?? 0 };
}
/** Whether `line` belongs to a heading (the title, a section heading or a sub-heading). */
function isHeadingLine(doc, line) {
    return views(doc).headingLine[line] > 0;
}
/**
 * Replaces inline code spans (`` `like this` ``) with spaces, so placeholders such as `${id}` in a
 * key format are not mistaken for unfilled snippets. Runs in one pass over the backtick runs of the
 * line: a run closes at the next run of the same length, as in CommonMark.
 */
function blankCodeSpans(text) {
    if (!text.includes('`'))
        return text;
    const runs = []; // start, length pairs
    for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) !== 0x60)
            continue;
        const start = i;
        while (i + 1 < text.length && text.charCodeAt(i + 1) === 0x60)
            i++;
        runs.push(start, i - start + 1);
    }
    const byLength = new Map();
    for (let r = 0; r < runs.length; r += 2) {
        const list = byLength.get(runs[r + 1]);
        if (list)
            list.push(r);
        else
            byLength.set(runs[r + 1], [r]);
    }
    const cursorByLength = new Map();
    let result = '';
    let copied = 0;
    for (let r = 0; r < runs.length; r += 2) {
        const start = runs[r];
        const length = runs[r + 1];
        if (start < copied)
            continue;
        const list = byLength.get(length);
        let k = cursorByLength.get(length) ?? 0;
        while (k < list.length && list[k] <= r)
            k++;
        cursorByLength.set(length, k);
        if (k === list.length)
            continue;
        const end = runs[list[k]] + length;
        result += text.slice(copied, start) + ' '.repeat(end - start);
        copied = end;
    }
    return copied === 0 ? text : result + text.slice(copied);
}
/** Collapses runs of whitespace and trims, so skeleton lines compare equal however they were indented. */
function normalizeSpace(text) {
    return text.replace(WHITESPACE, ' ').trim();
}
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
/**
 * A pattern that matches exactly the strings whose `normalizeSpace` is one of `texts` (themselves
 * normalised): any whitespace around them, and any run of it where they have a space. Testing a
 * line against it spares normalising, that is copying, every line of a long answer.
 */
function normalizedOneOf(texts) {
    const alternatives = [...texts].map((t) => t.replace(REGEX_SPECIAL, '\\$&').replace(/ /g, '\\s+'));
    return new RegExp(alternatives.length > 0 ? `^\\s*(?:${alternatives.join('|')})\\s*$` : '(?!)');
}
function skeletonOf(spec) {
    let s = skeletonCache.get(spec);
    if (!s) {
        const lines = new Set();
        const labels = new Set();
        for (const raw of spec.skeleton.split('\n')) {
            const line = normalizeSpace(raw);
            if (!line)
                continue;
            lines.add(line);
            // What a snippet leaves when its placeholders are accepted untouched is template text too.
            lines.add(normalizeSpace((0, templates_1.acceptedSnippetLine)(raw)));
            const label = SKELETON_LABEL.exec(raw);
            if (label)
                labels.add(normalizeSpace(label[0]));
        }
        s = { line: normalizedOneOf(lines), label: normalizedOneOf(labels) };
        skeletonCache.set(spec, s);
    }
    return s;
}
/** Whether `text` (comments already blanked) is an untouched line of `spec`'s skeleton. */
function isSkeletonLine(spec, text) {
    return skeletonOf(spec).line.test(text);
}
/** `ALNUM.test(text)`, with the ASCII start of the text (all of nearly every line) checked in code. */
function hasAlnum(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x80)
            return ALNUM.test(text);
        const lower = c | 0x20;
        if ((c >= 0x30 && c <= 0x39) || (lower >= 0x61 && lower <= 0x7a))
            return true;
    }
    return false;
}
/**
 * Sorts one body line as far as the line itself tells. `Content` from here is final for HTML; for
 * prose, `classify` still looks for placeholders.
 */
function shapeOf(doc, v, spec, line) {
    const kind = doc.lineKinds[line];
    if (kind === 2 /* LineKind.Code */)
        return 2 /* BodyLine.Code */;
    const text = v.visible[line];
    // An HTML block counts when it shows something: text between tags, or an image such as a diagram.
    if (kind === 3 /* LineKind.Html */)
        return IMAGE_TAG.test(text) || ALNUM.test(text.replace(TAG, '')) ? 5 /* BodyLine.Content */ : 0 /* BodyLine.Blank */;
    if (kind !== 1 /* LineKind.Prose */)
        return 0 /* BodyLine.Blank */;
    if (v.headingLine[line] > 0)
        return 1 /* BodyLine.Heading */;
    if (!hasAlnum(text) && !text.includes('???'))
        return 0 /* BodyLine.Blank */;
    if (spec && skeletonOf(spec).line.test(text))
        return 3 /* BodyLine.Skeleton */;
    return 5 /* BodyLine.Content */;
}
/** Sorts one body line of a section, leaving the scaffold's questions to `sortNext`. */
function classify(doc, v, spec, line) {
    const shape = shapeOf(doc, v, spec, line);
    if (shape !== 5 /* BodyLine.Content */ || doc.lineKinds[line] !== 1 /* LineKind.Prose */)
        return shape;
    const text = v.visible[line];
    // "- TODO: monitoring" is a note to self about what to write, not an answer.
    if (TODO_LEAD.test(text))
        return 4 /* BodyLine.Placeholder */;
    const rest = exports.PLACEHOLDER_ANY.test(text) ? text.replace(exports.PLACEHOLDER, ' ') : text;
    if (!hasAlnum(rest))
        return 4 /* BodyLine.Placeholder */;
    // "- **Scale:** TBD" or a bare "- **Scale:**": the skeleton's label with nothing of the user's after it.
    if (spec && skeletonOf(spec).label.test(rest))
        return 4 /* BodyLine.Placeholder */;
    return 5 /* BodyLine.Content */;
}
/**
 * The line the scaffold (`scaffold.ts`) writes before the prompt's clarifying questions. The
 * questions under it are the prompt's, not the user's, until the user writes an answer after one.
 */
exports.QUESTIONS_LEAD = '**Clarifying questions to ask:**';
const QUESTION_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+.*\?\s*$/;
function progressOf(v, section) {
    let p = v.progress.get(section);
    if (!p)
        v.progress.set(section, (p = { next: section.bodyStart, inQuestions: false }));
    return p;
}
/** Sorts the next line of `section` (`p.next`) into `v.body`. Lines are sorted in order, since the questions carry over. */
function sortNext(doc, v, section, p) {
    const line = p.next++;
    let kind = classify(doc, v, section.spec, line);
    if (kind === 5 /* BodyLine.Content */) {
        const text = v.visible[line];
        if (text.includes(exports.QUESTIONS_LEAD) && normalizeSpace(text) === exports.QUESTIONS_LEAD) {
            kind = 4 /* BodyLine.Placeholder */;
            p.inQuestions = true;
        }
        else if (p.inQuestions && QUESTION_ITEM.test(text)) {
            kind = 4 /* BodyLine.Placeholder */;
        }
        else {
            p.inQuestions = false;
        }
    }
    else if (kind !== 0 /* BodyLine.Blank */) {
        p.inQuestions = false;
    }
    v.body[line] = kind;
}
/** Sorts every line of `section`'s body that is not sorted yet, and returns the views. */
function sortSection(doc, section) {
    const v = views(doc);
    const p = progressOf(v, section);
    while (p.next < section.end)
        sortNext(doc, v, section, p);
    return v;
}
/**
 * What each line of the answer holds, as a `BodyLine`, indexed by 0-based line. Lines of a section's
 * body are judged against that section's skeleton; lines outside every section body (front matter,
 * the title, section headings) are `Blank`. Sorts every section; rules that look at a few sections
 * use `bodyLineAt`, `hasContent` or `userLines`, which sort only what they read.
 */
function bodyLines(doc) {
    for (const section of doc.sections)
        sortSection(doc, section);
    return views(doc).body;
}
/** What line `line` of `section`'s body holds, as a `BodyLine`. Sorts the section only up to that line. */
function bodyLineAt(doc, section, line) {
    const v = views(doc);
    const p = progressOf(v, section);
    while (p.next <= line && p.next < section.end)
        sortNext(doc, v, section, p);
    return v.body[line];
}
/**
 * Whether a section holds anything of the user's: prose that is not skeleton or placeholder, or code.
 * Sorts its lines only up to the first that does.
 */
function hasContent(doc, section) {
    const v = views(doc);
    const p = progressOf(v, section);
    for (let line = section.bodyStart; line < section.end; line++) {
        if (line >= p.next)
            sortNext(doc, v, section, p);
        const kind = v.body[line];
        if (kind === 5 /* BodyLine.Content */ || kind === 2 /* BodyLine.Code */)
            return true;
    }
    return false;
}
/**
 * The untouched skeleton lines (`BodyLine.Skeleton`) of `section`'s body. A line is skeleton by
 * itself, so this needs no sorting of the section's other lines.
 */
function skeletonLines(doc, section) {
    const out = [];
    if (!section.spec)
        return out;
    const v = views(doc);
    for (let line = section.bodyStart; line < section.end; line++) {
        if (shapeOf(doc, v, section.spec, line) === 3 /* BodyLine.Skeleton */)
            out.push(line);
    }
    return out;
}
/**
 * Every section of the answer that is the template section `id`, in file order. Answers often split
 * one section under sibling headings ("Functional requirements", "Non-functional requirements"), so
 * rules that judge a section's words read all of its parts.
 */
function sectionsOf(doc, id) {
    return doc.sections.filter((s) => s.spec?.id === id);
}
/**
 * The lines of `sections` that hold the user's words: content lines, plus sub-headings when
 * `headings` is set, in file order.
 */
function userLines(doc, sections, headings = false) {
    const out = [];
    for (const section of sections) {
        const kinds = sortSection(doc, section).body;
        for (let line = section.bodyStart; line < section.end; line++) {
            if (kinds[line] === 5 /* BodyLine.Content */ || (headings && kinds[line] === 1 /* BodyLine.Heading */))
                out.push(line);
        }
    }
    return out;
}
const HEADING_PREFIX = /^[ \t]*#{1,6}[ \t]+/;
const LEADING_SPACE = /^[ \t]+/;
function indentOf(text) {
    let width = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x20)
            width++;
        else if (c === 0x09)
            width += 4 - (width % 4);
        else
            break;
    }
    return width;
}
/**
 * Groups `lines` (ascending line numbers, e.g. from `userLines`) into blocks. A block starts at a
 * heading, a list marker, a table row, or after a gap in `lines`; continuation lines join it. Nesting
 * follows indentation, so a list item's sub-items and indented paragraphs are its descendants and the
 * blocks under a sub-heading are the heading's.
 */
function textBlocks(doc, lines) {
    const v = views(doc);
    const blocks = [];
    const stack = [];
    let current;
    for (const line of lines) {
        const text = v.visible[line];
        const level = v.headingLine[line];
        const marker = level > 0 ? null : LIST_MARKER.exec(text);
        const row = level === 0 && !marker && TABLE_ROW.test(text);
        if (current && current.end === line) {
            // A paragraph or item runs on over lines that start nothing new; a setext heading takes its underline.
            const runsOn = level === 0 && !marker && !row && current.kind !== 'heading' && current.kind !== 'row';
            if (runsOn || (level === SETEXT_UNDERLINE && current.kind === 'heading')) {
                if (runsOn)
                    current.text += ' ' + text;
                current.end = line + 1;
                continue;
            }
        }
        let depth;
        let column;
        if (level > 0) {
            depth = level - 10;
            column = HEADING_PREFIX.exec(text)?.[0].length ?? indentOf(text);
        }
        else {
            const quote = QUOTE_PREFIX.exec(text)?.[0].length ?? 0;
            depth = indentOf(quote > 0 ? text.slice(quote) : text);
            column = marker ? marker[0].length + (LEADING_SPACE.exec(text.slice(marker[0].length))?.[0].length ?? 0) : quote + depth;
        }
        while (stack.length > 0 && blocks[stack[stack.length - 1]].depth >= depth)
            blocks[stack.pop()].subtreeEnd = blocks.length;
        current = {
            start: line,
            end: line + 1,
            kind: level > 0 ? 'heading' : marker ? 'item' : row ? 'row' : 'paragraph',
            depth,
            parent: stack.length > 0 ? stack[stack.length - 1] : -1,
            subtreeEnd: 0,
            text,
            column,
        };
        stack.push(blocks.length);
        blocks.push(current);
    }
    for (const index of stack)
        blocks[index].subtreeEnd = blocks.length;
    return blocks;
}
// Sentence ends: . ! ? followed by space or the end, except after common abbreviations.
// Tried only where a run of punctuation starts, so a long run is not rescanned from each of its characters.
const SENTENCE_END = /(?<![.!?])[.!?]+(?=\s|$)/g;
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|vs|etc|approx|cf|incl)$/i;
/** Start offsets of the sentences in `text` (always starting with 0), for `sentenceAt`. */
function sentenceStarts(text) {
    const starts = [0];
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
        const next = m.index + m[0].length;
        if (next >= text.length || ABBREVIATION.test(text.slice(Math.max(0, m.index - 8), m.index)))
            continue;
        starts.push(next);
    }
    return starts;
}
/** The index into `starts` of the sentence holding `offset` (binary search). */
function sentenceAt(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/** Shortens `text` for a message: whitespace collapsed, Markdown emphasis dropped, cut at `max` characters. */
function excerpt(text, max = 48) {
    const clean = normalizeSpace(text.replace(/[*_`]+/g, ''));
    return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}
//# sourceMappingURL=sectionText.js.map