"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.appendToFrontMatterList = appendToFrontMatterList;
exports.setFrontMatterKey = setFrontMatterKey;
exports.setListItemKey = setListItemKey;
/**
 * Editing one top-level key of a file's front matter as text, never by re-rendering the block.
 *
 * Printing front matter back through `yaml` changes bytes the user wrote even when the data stays
 * the same (`[a,b,   c]` is respaced, `0x1F` becomes `0x1f`, `12345678901234567890` loses digits),
 * so these functions only insert lines (or text inside a flow list) or replace the lines of the one
 * key they were asked to change. Every result is parsed again and must hold exactly the old data
 * with the one change; when no such edit exists they return `{ error }` saying why, and no edits.
 */
const yaml_1 = require("yaml");
const frontMatter_1 = require("./frontMatter");
const parseAnswer_1 = require("./parseAnswer");
/**
 * Edits that append `item` to the list under the top-level `key` of `text`'s front matter, creating
 * the key, or the whole front matter block, when absent. A block list gets the item as new lines
 * after its last item; an empty or null value (`key:`, `key: ~`, `key: []`, `key: !!null`) becomes
 * a block list on that key's line; a flow list (`key: [a, b]`) gets the item written inside its
 * brackets. Positions count from after a BOM, as `applyFixes` does; inserted text uses the file's
 * line ending.
 */
function appendToFrontMatterList(text, key, item, options = {}) {
    const located = locate(text, key);
    if ('error' in located)
        return located;
    if ('none' in located)
        return { edits: [newFrontMatter(renderKey(key, [item], options), lineEnding(text))] };
    const { inner, source, map, pair, data, fileLine, eol } = located;
    const existing = data[key];
    if (existing !== undefined && existing !== null && !Array.isArray(existing)) {
        return { error: `"${key}" in the front matter (line ${fileLine(located.keyLine ?? 0)}) is not a list` };
    }
    const expected = { ...data, [key]: [...(existing ?? []), item] };
    const plan = planAppend(inner, source, map, pair, key, item, options);
    if ('error' in plan)
        return plan;
    return verified(inner, plan, expected, fileLine, eol);
}
/**
 * Edits that set the top-level `key` of `text`'s front matter to `value`: the lines of that key (its
 * line and those of its value, up to the comments and blank lines before the next key) are replaced
 * by `key: value`, or the key is added last. Refused for a front matter written as one flow mapping
 * (`{ a: 1 }`), which cannot take a changed line without being rewritten.
 */
function setFrontMatterKey(text, key, value, options = {}) {
    const located = locate(text, key);
    if ('error' in located)
        return located;
    const block = renderKey(key, value, options);
    if ('none' in located)
        return { edits: [newFrontMatter(block, lineEnding(text))] };
    const { inner, source, map, pair, data, fileLine, eol } = located;
    const expected = { ...data, [key]: value };
    if (!map)
        return verified(inner, { from: inner.length, to: inner.length, lines: block }, expected, fileLine, eol);
    if (map.flow)
        return { error: flowMapReason };
    const indent = ' '.repeat(columnOf(source, map.range?.[0] ?? 0));
    const lines = block.map((l) => indent + l);
    if (!pair)
        return verified(inner, { from: inner.length, to: inner.length, lines }, expected, fileLine, eol);
    const from = lineOf(source, pair.key.range[0]);
    const next = map.items[map.items.indexOf(pair) + 1];
    let to = next && (0, yaml_1.isScalar)(next.key) && next.key.range ? lineOf(source, next.key.range[0]) : inner.length;
    while (to > from + 1 && /^\s*(?:#.*)?$/.test(inner[to - 1]))
        to--;
    return verified(inner, { from, to, lines }, expected, fileLine, eol);
}
/**
 * Edits that set `key` of the `index`-th item (0-based) of the top-level block list `listKey` to
 * `value`, printed on one line (use `shape` to put a mapping in flow style): the key's line is
 * replaced when its value sits wholly on it with no comment, or a new line goes after the item's
 * first key. Refused when the item is not a block mapping or the key spans several lines.
 */
function setListItemKey(text, listKey, index, key, value, options = {}) {
    const located = locate(text, listKey);
    if ('error' in located)
        return located;
    if ('none' in located || !located.pair)
        return { error: `the front matter has no "${listKey}" list` };
    const { inner, source, pair, data, fileLine, eol } = located;
    const seq = pair.value;
    const list = data[listKey];
    if (!(0, yaml_1.isSeq)(seq) || seq.flow || !Array.isArray(list))
        return { error: `"${listKey}" in the front matter is not a block list` };
    const item = seq.items[index];
    const old = list[index];
    const first = (0, yaml_1.isMap)(item) ? item.items[0] : undefined;
    if (!(0, yaml_1.isMap)(item) || item.flow || !first || !(0, yaml_1.isScalar)(first.key) || !first.key.range || typeof old !== 'object' || old === null) {
        return { error: `item ${index + 1} of "${listKey}" in the front matter is not a mapping written line by line` };
    }
    const lines = renderKey(key, value, options);
    if (lines.length !== 1)
        return { error: `the new "${key}" does not fit on one line` };
    const line = ' '.repeat(columnOf(source, first.key.range[0])) + lines[0];
    const existing = item.items.find((p) => (0, yaml_1.isScalar)(p.key) && p.key.value === key);
    if (existing) {
        const keyNode = existing.key;
        const valueNode = existing.value;
        const from = lineOf(source, keyNode.range[0]);
        const end = valueNode?.range ? valueNode.range[1] : keyNode.range[1];
        const tail = inner[from].slice(columnOf(source, end));
        if (!valueNode?.range || lineOf(source, Math.max(valueNode.range[0], end - 1)) !== from || /#/.test(tail)) {
            return { error: `"${key}" (line ${fileLine(from)}) is not on one line of its own without a comment` };
        }
        const expected = { ...data, [listKey]: list.map((e, i) => (i === index ? { ...old, [key]: value } : e)) };
        return verified(inner, { from, to: from + 1, lines: [line] }, expected, fileLine, eol);
    }
    const firstValue = first.value;
    const at = lineOf(source, firstValue?.range ? Math.max(firstValue.range[0], firstValue.range[1] - 1) : first.key.range[1]) + 1;
    const [firstKey, ...restKeys] = Object.keys(old);
    const reordered = { [firstKey]: old[firstKey], [key]: value };
    for (const k of restKeys)
        reordered[k] = old[k];
    const expected = { ...data, [listKey]: list.map((e, i) => (i === index ? reordered : e)) };
    return verified(inner, { from: at, to: at, lines: [line] }, expected, fileLine, eol);
}
const flowMapReason = 'the front matter is written as one flow mapping ({ ... }), which cannot take a new line without being rewritten';
function locate(text, key) {
    const lines = (0, parseAnswer_1.splitLines)(text);
    const fm = (0, frontMatter_1.parseFrontMatter)(lines);
    if (!fm)
        return { none: true };
    if (fm.error)
        return { error: `${fm.error.message} (line ${fm.error.line + 1})` };
    const inner = lines.slice(fm.startLine + 1, fm.endLine);
    const source = inner.join('\n');
    // Duplicate keys were refused above (fm.error); looking for them again is quadratic in the number of keys.
    const contents = (0, yaml_1.parseDocument)(source, { uniqueKeys: false }).contents;
    const fileLine = (innerLine) => fm.startLine + 2 + innerLine;
    const eol = lineEnding(text);
    if (contents === null)
        return { inner, source, data: fm.data, fileLine, eol };
    if (!(0, yaml_1.isMap)(contents))
        return { error: 'the front matter is not a mapping of keys to values' };
    const pair = contents.items.find((p) => (0, yaml_1.isScalar)(p.key) && p.key.value === key);
    const keyLine = pair && (0, yaml_1.isScalar)(pair.key) && pair.key.range ? lineOf(source, pair.key.range[0]) : undefined;
    return { inner, source, map: contents, pair, keyLine, data: fm.data, fileLine, eol };
}
function planAppend(inner, source, map, pair, key, item, options) {
    const unsupported = { error: `"${key}" in the front matter is written in a way that cannot take a new item without rewriting other lines` };
    if (!map)
        return { from: inner.length, to: inner.length, lines: renderKey(key, [item], options) };
    const value = pair?.value;
    // A flow list takes the item inside its brackets, even inside a flow mapping.
    if ((0, yaml_1.isSeq)(value) && value.flow && value.range && !(isEmptyOnKeyLine(source, pair, value) && !map.flow)) {
        const flowItem = renderFlow(item, options);
        const last = value.items[value.items.length - 1];
        if (last) {
            if (!last.range)
                return unsupported;
            return { at: positionOf(source, last.range[1]), insert: `, ${flowItem}` };
        }
        if (source[value.range[0]] !== '[')
            return unsupported;
        return { at: positionOf(source, value.range[0] + 1), insert: flowItem };
    }
    if (map.flow)
        return { error: flowMapReason };
    const indent = columnOf(source, map.range?.[0] ?? 0);
    if (!pair) {
        // A new key goes last, just before the closing ---, after any trailing comments.
        return { from: inner.length, to: inner.length, lines: renderKey(key, [item], options).map((l) => ' '.repeat(indent) + l) };
    }
    if ((0, yaml_1.isSeq)(value) && value.items.length > 0 && value.range) {
        const last = value.items[value.items.length - 1];
        if (!last?.range)
            return unsupported;
        // The new item goes on the line after the last item's value ends, at the column of its `-`.
        const line = lineOf(source, Math.max(last.range[0], last.range[1] - 1)) + 1;
        return { from: line, to: line, lines: renderItem(item, options).map((l) => ' '.repeat(columnOf(source, value.range[0])) + l) };
    }
    // No value, a null (`~`, `null`, `!!null`) or `[]` on the key's line: that line becomes the key of a block list.
    if ((value === null || value === undefined || ((0, yaml_1.isScalar)(value) && value.value === null) || (0, yaml_1.isSeq)(value)) && (0, yaml_1.isScalar)(pair.key) && pair.key.range) {
        const line = lineOf(source, pair.key.range[0]);
        if (value && !isEmptyOnKeyLine(source, pair, value))
            return unsupported;
        const rest = inner[line].slice(columnOf(source, pair.key.range[1]));
        const colon = rest.indexOf(':');
        const hash = rest.search(/[ \t]#/);
        const comment = hash >= 0 ? ` ${rest.slice(hash + 1)}` : '';
        const head = inner[line].slice(0, columnOf(source, pair.key.range[1]) + colon + 1) + comment;
        return { from: line, to: line + 1, lines: [head, ...renderItem(item, options).map((l) => ' '.repeat(indent + 2) + l)] };
    }
    return unsupported;
}
/** Whether `value` (null or a flow list) sits wholly on its key's line, so replacing that line replaces only it. */
function isEmptyOnKeyLine(source, pair, value) {
    const keyLine = lineOf(source, pair.key.range[0]);
    if (!value.range)
        return false;
    if ((0, yaml_1.isSeq)(value) && value.items.length > 0)
        return false;
    // An empty value's range is where the next token starts, which may be the next line.
    if (value.range[0] === value.range[1] && (0, yaml_1.isScalar)(value) && !value.tag)
        return true;
    return lineOf(source, value.range[0]) === keyLine && lineOf(source, Math.max(value.range[0], value.range[1] - 1)) === keyLine;
}
/** Turns a plan into edits when the changed front matter parses to exactly `expected`. */
function verified(inner, plan, expected, fileLine, eol) {
    let changed;
    let edit;
    if ('at' in plan) {
        const { line, column } = plan.at;
        changed = [...inner];
        changed[line] = inner[line].slice(0, column) + plan.insert + inner[line].slice(column);
        edit = { line: fileLine(line), column: column + 1, endLine: fileLine(line), endColumn: column + 1, text: plan.insert };
    }
    else {
        changed = [...inner.slice(0, plan.from), ...plan.lines, ...inner.slice(plan.to)];
        edit = { line: fileLine(plan.from), column: 1, endLine: fileLine(plan.to), endColumn: 1, text: plan.lines.map((l) => l + eol).join('') };
    }
    if (!holdsExactly(changed, expected))
        return { error: 'the change could not be made without changing other data in the front matter' };
    return { edits: [edit] };
}
/** A whole front matter block holding `block`, inserted at the top of the file. */
function newFrontMatter(block, eol) {
    return { line: 1, column: 1, endLine: 1, endColumn: 1, text: ['---', ...block, '---'].map((l) => l + eol).join('') };
}
/** The line ending a file uses, chosen as `applyFixes` chooses it. */
function lineEnding(text) {
    return text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
}
/** `key: value` at column 0. */
function renderKey(key, value, options) {
    const doc = new yaml_1.Document();
    const map = new yaml_1.YAMLMap();
    const node = doc.createNode(value);
    if ((0, yaml_1.isSeq)(node))
        for (const item of node.items)
            options.shape?.(item);
    else
        options.shape?.(node);
    map.set(doc.createNode(key), node);
    doc.contents = map;
    return renderLines(doc);
}
/** `item` as one block-list item (`- …`), at column 0. */
function renderItem(item, options) {
    const doc = new yaml_1.Document();
    const seq = new yaml_1.YAMLSeq();
    const node = doc.createNode(item);
    options.shape?.(node);
    seq.add(node);
    doc.contents = seq;
    return renderLines(doc);
}
/** `item` in flow style on one line, for writing inside a flow list. */
function renderFlow(item, options) {
    const doc = new yaml_1.Document();
    const node = doc.createNode(item, { flow: true });
    options.shape?.(node);
    doc.contents = node;
    return renderLines(doc).join(' ');
}
function renderLines(doc) {
    // lineWidth 0: never fold, so new values do not wrap.
    const lines = doc.toString({ lineWidth: 0 }).split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
/** True when front-matter lines `inner` parse to exactly `expected` (same keys, order and values). */
function holdsExactly(inner, expected) {
    const fm = (0, frontMatter_1.parseFrontMatter)(['---', ...inner, '---']);
    if (!fm || fm.error)
        return false;
    try {
        return JSON.stringify(fm.data) === JSON.stringify(expected);
    }
    catch {
        return false;
    }
}
/** 0-based line of `offset` in `source`. */
function lineOf(source, offset) {
    let line = 0;
    for (let i = source.indexOf('\n'); i >= 0 && i < offset; i = source.indexOf('\n', i + 1))
        line++;
    return line;
}
/** 0-based column of `offset` in its line. */
function columnOf(source, offset) {
    return offset - (source.lastIndexOf('\n', offset - 1) + 1);
}
function positionOf(source, offset) {
    return { line: lineOf(source, offset), column: columnOf(source, offset) };
}
//# sourceMappingURL=frontMatterEdit.js.map