"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.applyFixes = applyFixes;
exports.combineFixes = combineFixes;
exports.fixOnlyAddsText = fixOnlyAddsText;
exports.sectionMarkdown = sectionMarkdown;
exports.insertionLine = insertionLine;
exports.insertSectionFix = insertSectionFix;
/**
 * Applies the fixes of `findings` to `text` and returns the new text. Edits are applied from the end
 * so positions stay valid; insertions at one point keep the findings' order; an edit that overlaps
 * one already applied is skipped. Inserted text takes the file's line ending.
 */
function applyFixes(text, findings) {
    const edits = combineFixes('', findings.flatMap((f) => (f.fix ? [f.fix] : []))).edits;
    if (edits.length === 0)
        return text;
    const eol = text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
    const offsetOf = offsetResolver(text);
    const ordered = edits
        .map((edit, index) => ({ edit, index, start: offsetOf(edit.line, edit.column), end: offsetOf(edit.endLine, edit.endColumn) }))
        .sort((a, b) => b.start - a.start || b.index - a.index);
    let result = text;
    let floor = Number.MAX_SAFE_INTEGER;
    for (const { edit, start, end } of ordered) {
        if (end > floor)
            continue;
        const insert = eol === '\n' ? edit.text : edit.text.replace(/\r\n|\r|\n/g, eol);
        result = result.slice(0, start) + insert + result.slice(end);
        floor = start;
    }
    return result;
}
/**
 * One fix that makes all of `fixes`, in order, with an edit that several of them share (the line
 * that closes a code block left open at the end, which each missing section's fix carries) made once.
 */
function combineFixes(title, fixes) {
    const seen = new Set();
    const edits = [];
    for (const fix of fixes) {
        for (const e of fix.edits) {
            const key = `${e.line}:${e.column}:${e.endLine}:${e.endColumn}:${e.text}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            edits.push(e);
        }
    }
    return { title, edits };
}
/**
 * Whether a fix's edits remove nothing but whitespace, so applying it cannot lose what the user
 * wrote. (Insertions, such as SD001's, always qualify.)
 */
function fixOnlyAddsText(text, fix) {
    if (fix.edits.every((e) => e.line === e.endLine && e.column === e.endColumn))
        return true;
    const offsetOf = offsetResolver(text);
    return fix.edits.every((e) => text.slice(offsetOf(e.line, e.column), offsetOf(e.endLine, e.endColumn)).trim() === '');
}
/** Maps 1-based line/column positions in `text` to offsets, clamped to the line and the text. */
function offsetResolver(text) {
    const starts = lineStarts(text);
    return (line, column) => {
        if (line - 1 >= starts.length)
            return text.length;
        const lineEnd = line < starts.length ? starts[line] : text.length;
        return Math.min(starts[line - 1] + column - 1, lineEnd);
    };
}
/**
 * Offsets at which each line starts (after CRLF, CR or LF). Line 1 starts after a BOM: positions come
 * from lines split without it, and an insertion at line 1 must not land in front of it.
 */
function lineStarts(text) {
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const starts = [bom];
    for (let i = bom; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10)
            starts.push(i + 1);
        else if (c === 13) {
            if (text.charCodeAt(i + 1) === 10)
                i++;
            starts.push(i + 1);
        }
    }
    return starts;
}
/** The Markdown of a section: its heading at `level` and its skeleton. */
function sectionMarkdown(spec, level) {
    return `${'#'.repeat(Math.max(1, Math.min(6, level)))} ${spec.title}\n\n${spec.skeleton}\n`;
}
/**
 * The 0-based line before which a missing section goes so that the template's order holds: before the
 * first present section that comes later in the template, else after the last one that comes before
 * it, else at the end of the file.
 */
function insertionLine(doc, template, sectionId) {
    const order = template.sections.map((s) => s.id);
    const index = order.indexOf(sectionId);
    const later = doc.sections.find((s) => s.spec && order.indexOf(s.spec.id) > index);
    if (later)
        return later.heading.line;
    const earlier = [...doc.sections].reverse().find((s) => s.spec && order.indexOf(s.spec.id) < index);
    if (earlier)
        return earlier.end;
    return doc.lines.length;
}
/**
 * A fix that inserts the section `spec` with its skeleton where the template's order puts it. The
 * heading takes the level of the section it goes before (or after), so it can neither become a
 * sub-heading of its neighbour nor make its neighbour one of its own: `### Architecture` followed by
 * `## Trade-offs` gets `### Requirements` in front, not a `##` that would swallow Architecture. At
 * the end of a file that ends inside an open code fence or HTML block, the block is closed first
 * (as the end of the file closed it anyway), so the section is not inserted into it.
 */
function insertSectionFix(doc, template, spec) {
    const before = insertionLine(doc, template, spec.id);
    const markdown = sectionMarkdown(spec, insertionLevel(doc, template, spec.id, before));
    const lines = doc.lines;
    const edits = [];
    if (before < lines.length && !(before === lines.length - 1 && lines[before] === '')) {
        // In front of an existing line (a heading): keep a blank line on both sides.
        const needsGap = before > 0 && lines[before - 1].trim() !== '';
        edits.push({ line: before + 1, column: 1, endLine: before + 1, endColumn: 1, text: `${needsGap ? '\n' : ''}${markdown}\n` });
    }
    else {
        // At the end of the file.
        const last = lines.length - 1;
        const endsWithNewline = lines[last] === '';
        const column = lines[last].length + 1;
        const at = (text) => ({ line: last + 1, column, endLine: last + 1, endColumn: column, text });
        const newline = endsWithNewline ? '' : '\n';
        if (doc.unclosedBlock) {
            // The same edit in every section's fix, so applying several closes the block once (see combineFixes).
            edits.push(at(`${newline}${doc.unclosedBlock.closer}\n`), at(`\n${markdown}`));
        }
        else {
            const previous = endsWithNewline ? lines[last - 1] : lines[last];
            const gap = previous !== undefined && previous.trim() !== '' ? '\n' : '';
            edits.push(at(`${newline}${gap}${markdown}`));
        }
    }
    return { title: `Insert the ${spec.title} section`, edits };
}
/** The heading level for section `sectionId` inserted before 0-based line `before`. */
function insertionLevel(doc, template, sectionId, before) {
    if (doc.sections.length === 0)
        return 2;
    const order = template.sections.map((s) => s.id);
    const index = order.indexOf(sectionId);
    const next = doc.sections.find((s) => s.spec && s.heading.line === before && order.indexOf(s.spec.id) > index);
    if (next)
        return next.heading.level;
    const previous = [...doc.sections].reverse().find((s) => s.spec && s.end === before && order.indexOf(s.spec.id) < index);
    if (previous)
        return previous.heading.level;
    return doc.sectionLevel;
}
//# sourceMappingURL=fixes.js.map