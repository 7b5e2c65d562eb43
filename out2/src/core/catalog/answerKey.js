"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_LOOK_FOR_ALTERNATIVES = exports.MAX_LOOK_FOR_LENGTH = exports.MAX_KEY_POINTS = exports.MAX_KEY_POINT_LENGTH = void 0;
exports.parseAnswerKey = parseAnswerKey;
/**
 * A prompt's `## Answer key`: the points a strong answer to this prompt covers, each tagged with the
 * signal it shows and, with `[L5]`, that only a senior answer is expected to raise it.
 *
 * ```md
 * - [data-flow] Counters live per household in a low-latency store, read once per decision.
 *   Look for: household; one read | single read | multi-get
 * ```
 *
 * `Look for:` is data, not a pattern: groups separated by `;`, alternatives inside a group by `|`.
 * The point is covered when every group has an alternative among the answer's words (whole words,
 * any case).
 */
const signals_1 = require("../interview/signals");
/** Longest point accepted: one sentence. */
exports.MAX_KEY_POINT_LENGTH = 400;
/** Most points a key may hold; the bundled prompts have 6 to 10. */
exports.MAX_KEY_POINTS = 20;
/** Longest alternative in a Look-for line, and most alternatives a point may list. */
exports.MAX_LOOK_FOR_LENGTH = 80;
exports.MAX_LOOK_FOR_ALTERNATIVES = 40;
const ITEM = /^[ \t]{0,3}[-*+](?:[ \t]+(.*))?$/;
const TAG = /^\[([A-Za-z0-9-]{1,40})\][ \t]*/;
const CONTINUATION = /^[ \t]+\S/;
const LOOK_FOR = /^[ \t]*look[ \t]+for[ \t]*:[ \t]*(.*)$/i;
/** Plain words: starts and ends with a letter or digit; inside, also spaces and , . / ' & _ - */
const PLAIN_WORDS = /^[\p{L}\p{N}](?:[\p{L}\p{N} ,./'&_-]*[\p{L}\p{N}])?$/u;
const SIGNAL_TAGS = signals_1.SIGNAL_IDS.map((s) => `[${s}]`).join(', ');
/**
 * Reads the body of a prompt's `## Answer key` section. `firstLine` is the 1-based file line of the
 * body's first line, so each problem names the line to fix. Never throws.
 */
function parseAnswerKey(markdown, firstLine) {
    const points = [];
    const problems = [];
    const items = [];
    const lines = markdown.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const at = firstLine + i;
        const item = ITEM.exec(line);
        const last = items[items.length - 1];
        if (item) {
            items.push({ line: at, text: (item[1] ?? '').trim() });
        }
        else if (last && CONTINUATION.test(line)) {
            const look = LOOK_FOR.exec(line);
            if (look) {
                if (last.lookFor)
                    problems.push({ line: at, message: 'A second "Look for:" line for the same point: put every group on one line, separated by ";"' });
                else
                    last.lookFor = { line: at, text: look[1] };
            }
            else if (last.lookFor)
                last.lookFor.text += ` ${line.trim()}`;
            else
                last.text += ` ${line.trim()}`;
        }
        else if (line.trim() !== '' && !line.trim().startsWith('<!--')) {
            problems.push({ line: at, message: 'Answer key holds a list of points: write each as "- [signal] point", with an indented "Look for:" line under it (text outside the list is not read)' });
        }
    }
    const seen = new Set();
    for (const entry of items) {
        const point = readPoint(entry, problems);
        if (!point)
            continue;
        const key = point.point.toLowerCase();
        if (seen.has(key)) {
            problems.push({ line: entry.line, message: 'Duplicate answer-key point: the same point is listed twice' });
            continue;
        }
        seen.add(key);
        points.push(point);
    }
    if (items.length === 0 && problems.length === 0) {
        problems.push({ line: Math.max(1, firstLine - 1), message: 'Answer key has no points: list each as "- [signal] point" with a "Look for:" line, or remove the section' });
    }
    if (items.length > exports.MAX_KEY_POINTS) {
        problems.push({ line: items[exports.MAX_KEY_POINTS].line, message: `Answer key has ${items.length} points; keep it to at most ${exports.MAX_KEY_POINTS}, the points that separate answers` });
    }
    problems.sort((a, b) => a.line - b.line);
    return { points, problems };
}
/** One item as a point, or undefined after reporting why not. */
function readPoint(entry, problems) {
    const { line } = entry;
    let text = entry.text;
    let signal;
    let level = 'L4';
    for (let tag = TAG.exec(text); tag; tag = TAG.exec(text)) {
        const name = tag[1];
        if ((0, signals_1.isSignalId)(name) && !signal)
            signal = name;
        else if (name === 'L5' || name === 'L4')
            level = name;
        else {
            problems.push({ line, message: (0, signals_1.isSignalId)(name) ? `Two signal tags on one point: keep one of ${SIGNAL_TAGS}` : `Unknown tag [${name}] in Answer key; a point takes one signal (${SIGNAL_TAGS}) and, for a senior point, [L5]` });
            return undefined;
        }
        text = text.slice(tag[0].length);
    }
    const point = text.replace(/\s+/g, ' ').trim();
    if (!signal) {
        problems.push({ line, message: `Answer-key point needs a signal tag first, one of ${SIGNAL_TAGS}, e.g. "- [data-flow] Counters live per household..."` });
        return undefined;
    }
    if (!point) {
        problems.push({ line, message: 'Empty answer-key point: write the point after its tags' });
        return undefined;
    }
    if (point.length > exports.MAX_KEY_POINT_LENGTH) {
        problems.push({ line, message: `Answer-key point is ${point.length} characters long; keep each under ${exports.MAX_KEY_POINT_LENGTH}, one sentence` });
        return undefined;
    }
    if (!entry.lookFor) {
        problems.push({ line, message: 'Answer-key point has no "Look for:" line: add an indented line such as "  Look for: household; one read | multi-get", the words that show the point was made' });
        return undefined;
    }
    const lookFor = readLookFor(entry.lookFor, problems);
    return lookFor ? { signal, level, point, lookFor } : undefined;
}
/** A Look-for line as groups of alternatives, or undefined after reporting what is wrong. */
function readLookFor(look, problems) {
    const groups = [];
    let count = 0;
    const rawGroups = look.text.split(';');
    for (let g = 0; g < rawGroups.length; g++) {
        const rawGroup = rawGroups[g];
        const group = [];
        for (const raw of rawGroup.split('|')) {
            const alternative = raw.replace(/\s+/g, ' ').trim().toLowerCase();
            if (!alternative)
                continue;
            if (alternative.length > exports.MAX_LOOK_FOR_LENGTH || !PLAIN_WORDS.test(alternative)) {
                const why = alternative.length > exports.MAX_LOOK_FOR_LENGTH ? `is over ${exports.MAX_LOOK_FOR_LENGTH} characters` : 'is not plain words';
                problems.push({ line: look.line, message: `Look for: ${JSON.stringify(raw.trim().slice(0, 40))} ${why}: write words and phrases (letters, digits, spaces and , . / ' & _ -), not a pattern` });
                return undefined;
            }
            if (!group.includes(alternative))
                group.push(alternative);
            count++;
        }
        if (group.length > 0)
            groups.push(group);
        // A trailing ";" is a slip, not a group; an empty group anywhere else is a mistake to point at.
        else if (rawGroup.trim() !== '' || (g < rawGroups.length - 1 && rawGroups.length > 1)) {
            problems.push({ line: look.line, message: 'Look for: a group has no words; separate groups with ";" and alternatives with "|", e.g. "household; one read | multi-get"' });
            return undefined;
        }
    }
    if (groups.length === 0) {
        problems.push({ line: look.line, message: 'Look for: names no words; list the words that show the point, e.g. "household; one read | multi-get"' });
        return undefined;
    }
    if (count > exports.MAX_LOOK_FOR_ALTERNATIVES) {
        problems.push({ line: look.line, message: `Look for: lists ${count} alternatives; keep it to ${exports.MAX_LOOK_FOR_ALTERNATIVES}` });
        return undefined;
    }
    return groups;
}
//# sourceMappingURL=answerKey.js.map