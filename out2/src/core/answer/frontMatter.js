"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseFrontMatter = parseFrontMatter;
exports.parseYaml = parseYaml;
exports.stringField = stringField;
/** YAML front matter: finding it, parsing it with `yaml`, and reporting where it is broken. */
const yaml_1 = require("yaml");
const FENCE = /^---\s*$/;
const CLOSE = /^(?:---|\.\.\.)\s*$/;
/**
 * Reads front matter from the start of `lines` (the file split into lines, BOM removed). Returns
 * `undefined` when the file does not start with `---`.
 */
function parseFrontMatter(lines) {
    if (lines.length === 0 || !FENCE.test(lines[0]))
        return undefined;
    let end = -1;
    for (let i = 1; i < lines.length; i++) {
        if (CLOSE.test(lines[i])) {
            end = i;
            break;
        }
    }
    if (end < 0) {
        return { data: {}, startLine: 0, endLine: 0, error: { message: 'Front matter is not closed: add a line with --- after it', line: 0 } };
    }
    const source = lines.slice(1, end).join('\n');
    const doc = parseYaml(source);
    if (doc.errors.length > 0) {
        const err = doc.errors[0];
        const opened = unclosedBefore(source, err.pos[0]);
        const line = opened !== undefined ? 1 + lineOf(source, opened) : 1 + (err.linePos?.[0].line ?? 1) - 1;
        const reason = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        return { data: {}, startLine: 0, endLine: end, error: { message: `Front matter is not valid YAML: ${reason}`, line } };
    }
    let value;
    try {
        value = doc.toJS();
    }
    catch (e) {
        // toJS throws on alias bombs ("Excessive alias count"); the linter must never throw.
        return { data: {}, startLine: 0, endLine: end, error: { message: `Front matter is not valid YAML: ${e instanceof Error ? e.message : String(e)}`, line: 1 } };
    }
    if (value === null || value === undefined)
        return { data: {}, startLine: 0, endLine: end };
    if (typeof value !== 'object' || Array.isArray(value)) {
        return { data: {}, startLine: 0, endLine: end, error: { message: 'Front matter must be a mapping of keys to values (key: value)', line: 1 } };
    }
    return { data: value, startLine: 0, endLine: end };
}
/**
 * Parses YAML as `parseDocument` with `uniqueKeys: true` would, duplicate keys included, in linear
 * time: `yaml` looks for each key among all the keys before it, so front matter with tens of
 * thousands of keys took seconds. Here duplicates are found with a set per mapping after a parse
 * that does not look for them, and reported as `yaml` reports them (code `DUPLICATE_KEY`, at the
 * repeated key, in position order among the other errors).
 */
function parseYaml(source) {
    const doc = (0, yaml_1.parseDocument)(source, { prettyErrors: true, uniqueKeys: false });
    const repeated = [];
    (0, yaml_1.visit)(doc, {
        Map(_, map) {
            const seen = new Set();
            for (const pair of map.items) {
                // `yaml` compares scalar keys by value (===) and any other key by identity, which never repeats.
                if (!(0, yaml_1.isScalar)(pair.key) || Number.isNaN(pair.key.value))
                    continue;
                if (seen.has(pair.key.value))
                    repeated.push(pair.key.range?.[0] ?? 0);
                else
                    seen.add(pair.key.value);
            }
        },
    });
    if (repeated.length === 0)
        return doc;
    repeated.sort((a, b) => a - b);
    // Line and column of each, in one walk over the text.
    let line = 1;
    let lineStart = 0;
    let at = 0;
    for (const offset of repeated) {
        for (; at < offset; at++) {
            if (source.charCodeAt(at) === 0x0a) {
                line++;
                lineStart = at + 1;
            }
        }
        const error = new yaml_1.YAMLParseError([offset, offset + 1], 'DUPLICATE_KEY', 'Map keys must be unique');
        error.linePos = [{ line, col: offset - lineStart + 1 }];
        doc.errors.push(error);
    }
    doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
    return doc;
}
/**
 * Where the flow list or map (`[`, `{`) or quoted string left open that runs into the error at
 * `errorOffset` starts: `yaml` reports such a construct where it notices, at the next key or at the
 * end, often lines below. The outermost one is taken; undefined when there is none.
 */
function unclosedBefore(source, errorOffset) {
    let found;
    const doc = (0, yaml_1.parseDocument)(source, { uniqueKeys: false, keepSourceTokens: true });
    (0, yaml_1.visit)(doc, {
        Node(_, node) {
            const start = node.range?.[0];
            if (start === undefined || start >= errorOffset || (found !== undefined && found <= start))
                return;
            if (isUnclosed(node.srcToken))
                found = start;
        },
    });
    return found;
}
function isUnclosed(token) {
    if (token?.type === 'flow-collection')
        return !token.end.some((t) => t.type === 'flow-seq-end' || t.type === 'flow-map-end');
    if (token?.type === 'single-quoted-scalar')
        return !/^'(?:[^']|'')*'$/.test(token.source);
    if (token?.type === 'double-quoted-scalar')
        return !/^"(?:[^"\\]|\\[^])*"$/.test(token.source);
    return false;
}
/** The 0-based line of `offset` in `text`. */
function lineOf(text, offset) {
    let line = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** Reads a string field; undefined when absent or not a scalar. Numbers and dates become strings. */
function stringField(data, key) {
    const v = data[key];
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    if (v instanceof Date)
        return v.toISOString().slice(0, 10);
    return undefined;
}
//# sourceMappingURL=frontMatter.js.map