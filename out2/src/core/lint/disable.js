"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readDisableComments = readDisableComments;
// The directive must end at a space or the comment's end: "disable-line" (a typo) is not "disable".
// The rule list stops at the next `<` or `>`: `[^>]*?-->` would scan to the end of the line from each of
// a line of unclosed comments.
const DIRECTIVE = /<!--\s*design-practice-(disable-next-line|disable|enable)(?=\s|-->)([^<>]*?)-->/g;
/** Reads the switches in `doc`; `undefined` when there are none (the common case, kept cheap). */
function readDisableComments(doc, rules) {
    // ranges[ruleId] = [start, end) pairs of disabled lines
    const ranges = new Map();
    const openSince = new Map();
    const all = rules.map((r) => r.names[0]);
    const resolve = (names) => {
        const words = names.split(/[\s,]+/).filter(Boolean);
        if (words.length === 0)
            return all;
        return words.flatMap((w) => rules.filter((r) => r.names[0].toLowerCase() === w.toLowerCase() || r.names[1] === w).map((r) => r.names[0]));
    };
    const add = (id, start, end) => {
        const list = ranges.get(id) ?? [];
        list.push([start, end]);
        ranges.set(id, list);
    };
    let found = false;
    for (let line = 0; line < doc.lines.length; line++) {
        const kind = doc.lineKinds[line];
        if (kind !== 3 /* LineKind.Html */ && kind !== 1 /* LineKind.Prose */)
            continue;
        const text = doc.lines[line];
        if (!text.includes('design-practice-'))
            continue;
        for (const m of text.matchAll(DIRECTIVE)) {
            found = true;
            const ids = resolve(m[2]);
            if (m[1] === 'disable-next-line') {
                for (const id of ids)
                    add(id, line + 1, line + 2);
            }
            else if (m[1] === 'disable') {
                for (const id of ids)
                    if (!openSince.has(id))
                        openSince.set(id, line);
            }
            else {
                for (const id of ids) {
                    const since = openSince.get(id);
                    if (since !== undefined) {
                        add(id, since, line + 1);
                        openSince.delete(id);
                    }
                }
            }
        }
    }
    if (!found)
        return undefined;
    // A disable with no enable runs to the end; findings placed past the last line (SD001 at the end) count too.
    for (const [id, since] of openSince)
        add(id, since, Number.MAX_SAFE_INTEGER);
    const index = new Map();
    for (const [id, list] of ranges)
        index.set(id, mergeRanges(list));
    return (ruleId, line) => {
        const merged = index.get(ruleId);
        return merged !== undefined && inRanges(merged, line);
    };
}
/**
 * Sorts and merges [start, end) ranges into a flat array of disjoint ones (start, end, start, end...),
 * so a lookup is a binary search rather than a walk over every range: an answer with tens of
 * thousands of switches has as many findings to look up.
 */
function mergeRanges(list) {
    list.sort((a, b) => a[0] - b[0]);
    const out = [];
    for (const [start, end] of list) {
        if (out.length > 0 && start <= out[out.length - 1])
            out[out.length - 1] = Math.max(out[out.length - 1], end);
        else
            out.push(start, end);
    }
    return Float64Array.from(out);
}
/** Whether `line` lies in one of `merged`'s ranges. */
function inRanges(merged, line) {
    // The last range that starts at or before `line`.
    let lo = 0;
    let hi = merged.length / 2 - 1;
    let found = -1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (merged[2 * mid] <= line) {
            found = mid;
            lo = mid + 1;
        }
        else
            hi = mid - 1;
    }
    return found >= 0 && line < merged[2 * found + 1];
}
//# sourceMappingURL=disable.js.map