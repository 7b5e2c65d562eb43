"use strict";
/**
 * Reads what a Mermaid diagram draws: the components (flowchart nodes, sequence participants), the
 * arrows between them with their labels, and the groups (subgraphs, boxes) they sit in. It is a
 * reader, not Mermaid's parser: it knows flowcharts and sequence diagrams, passes over the other
 * diagram types, and says on which line it could not follow a block instead of throwing. Every line
 * is read once, left to right, with no backtracking pattern, so time is linear in the block's size.
 * Lines and columns are 0-based and relative to the block's text.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_EDGES = void 0;
exports.readMermaid = readMermaid;
exports.cleanLabel = cleanLabel;
/** At most this many arrows are kept: `a & b & ... --> c & d & ...` draws every pair. */
exports.MAX_EDGES = 10000;
/** Mermaid's diagram types other than flowcharts and sequence diagrams, by the word that starts them. */
const OTHER_TYPES = new Set([
    'classDiagram', 'classDiagram-v2', 'stateDiagram', 'stateDiagram-v2', 'erDiagram', 'journey', 'gantt', 'pie', 'quadrantChart',
    'requirementDiagram', 'gitGraph', 'C4Context', 'C4Container', 'C4Component', 'C4Dynamic', 'C4Deployment', 'mindmap', 'timeline',
    'zenuml', 'sankey', 'sankey-beta', 'xychart', 'xychart-beta', 'block', 'block-beta', 'packet', 'packet-beta', 'kanban',
    'architecture', 'architecture-beta', 'radar-beta', 'treemap', 'treemap-beta', 'info',
].map((t) => t.toLowerCase()));
/** Reads a Mermaid block's text (without its fences). Never throws. */
function readMermaid(source) {
    const lines = source.split(/\r\n|\r|\n/);
    const b = { nodes: new Map(), edges: [], groups: [], errors: [], open: [] };
    let line = skipFrontMatter(lines);
    // The first line that is not blank or a comment (`%%`, which includes `%%{init: ...}%%` directives) names the type.
    while (line < lines.length && isBlankOrComment(lines[line]))
        line++;
    if (line >= lines.length) {
        return { kind: 'other', type: '', nodes: [], edges: [], groups: [], errors: [{ line: 0, column: 0, message: 'The diagram is empty: it needs a type such as flowchart or sequenceDiagram on its first line.' }] };
    }
    const header = lines[line];
    const typeStart = header.length - header.trimStart().length;
    let typeEnd = typeStart;
    while (typeEnd < header.length && !isSpace(header.charCodeAt(typeEnd)) && header[typeEnd] !== ';')
        typeEnd++;
    const type = header.slice(typeStart, typeEnd);
    const lower = type.toLowerCase();
    let kind;
    if (lower === 'flowchart' || lower === 'graph' || lower === 'flowchart-elk') {
        kind = 'flowchart';
        // `graph LR; A --> B`: statements may follow the direction on the header line.
        const semicolon = header.indexOf(';', typeEnd);
        if (semicolon >= 0)
            readFlowchartLine(b, header, line, semicolon + 1);
        readFlowchart(b, lines, line + 1);
    }
    else if (lower === 'sequencediagram') {
        kind = 'sequence';
        readSequence(b, lines, line + 1);
    }
    else {
        kind = 'other';
        if (!OTHER_TYPES.has(lower))
            b.errors.push({ line, column: typeStart, message: `Unknown diagram type "${clip(type)}": start with flowchart, sequenceDiagram or another Mermaid type.` });
    }
    for (const open of b.open) {
        const what = open.group !== undefined ? `${open.keyword} "${clip(open.group)}"` : open.keyword;
        b.errors.push({ line: open.line, column: 0, message: `The ${what} opened here is never closed with "end".` });
    }
    return { kind, type, nodes: [...b.nodes.values()], edges: b.edges, groups: b.groups, errors: b.errors };
}
/** The line after a leading `---` ... `---` block (Mermaid's own front matter), or 0. */
function skipFrontMatter(lines) {
    let first = 0;
    while (first < lines.length && lines[first].trim() === '')
        first++;
    if (first >= lines.length || lines[first].trim() !== '---')
        return 0;
    for (let line = first + 1; line < lines.length; line++)
        if (lines[line].trim() === '---')
            return line + 1;
    return 0;
}
function isBlankOrComment(text) {
    const t = text.trimStart();
    return t === '' || t.startsWith('%%');
}
function isSpace(c) {
    return c === 0x20 || c === 0x09;
}
function skipSpace(text, pos) {
    while (pos < text.length && isSpace(text.charCodeAt(pos)))
        pos++;
    return pos;
}
/** Shortens user text quoted in a message. */
function clip(text, max = 40) {
    const t = text.trim();
    return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
/** A word that starts a statement at `pos`: the keyword followed by a space, `;` or the end of the line. */
function keywordAt(text, pos, keyword) {
    if (!text.startsWith(keyword, pos))
        return false;
    const after = pos + keyword.length;
    return after >= text.length || isSpace(text.charCodeAt(after)) || text[after] === ';';
}
function addNode(b, id, label, line, column, endColumn) {
    const seen = b.nodes.get(id);
    const group = b.open.length > 0 ? innermostGroup(b) : undefined;
    if (!seen) {
        const node = { id, label: label ?? id, line, column, endColumn };
        if (group !== undefined)
            node.group = group;
        b.nodes.set(id, node);
    }
    else if (label !== undefined && seen.label === seen.id) {
        // The first definition with a label names the node, wherever it was first referred to.
        seen.label = label;
        seen.line = line;
        seen.column = column;
        seen.endColumn = endColumn;
        if (group !== undefined && seen.group === undefined)
            seen.group = group;
    }
}
function innermostGroup(b) {
    for (let i = b.open.length - 1; i >= 0; i--)
        if (b.open[i].group !== undefined)
            return b.open[i].group;
    return undefined;
}
function addEdge(b, edge) {
    if (b.edges.length < exports.MAX_EDGES)
        b.edges.push(edge);
}
// ---------------------------------------------------------------------------------------------
// Flowcharts
/** Statements that style or annotate a flowchart and draw nothing of their own. */
const FLOWCHART_SKIPPED = ['classDef', 'class', 'style', 'linkStyle', 'click', 'accTitle', 'accDescr', 'direction'];
function readFlowchart(b, lines, from) {
    for (let line = from; line < lines.length; line++) {
        const text = lines[line];
        if (isBlankOrComment(text))
            continue;
        const start = skipSpace(text, 0);
        // accDescr { ... } runs over lines until its closing brace.
        if (keywordAtLoose(text, start, 'accDescr') && text.includes('{', start) && !text.includes('}', start)) {
            while (line + 1 < lines.length && !lines[line + 1].includes('}'))
                line++;
            line++;
            continue;
        }
        readFlowchartLine(b, text, line, start);
    }
}
/** `keyword` at `pos`, followed by anything but a word character (`accDescr{`, `accTitle:`). */
function keywordAtLoose(text, pos, keyword) {
    return text.startsWith(keyword, pos) && !isIdChar(text.charCodeAt(pos + keyword.length));
}
/** Reads the statements on one line, separated by `;`. */
function readFlowchartLine(b, text, line, pos) {
    while (pos < text.length) {
        pos = skipSpace(text, pos);
        if (pos >= text.length)
            return;
        if (text[pos] === ';') {
            pos++;
            continue;
        }
        if (text.startsWith('%%', pos))
            return;
        if (keywordAt(text, pos, 'subgraph')) {
            readSubgraph(b, text, line, pos + 'subgraph'.length);
            return;
        }
        if (keywordAt(text, pos, 'end')) {
            const open = b.open.pop();
            if (!open)
                b.errors.push({ line, column: pos, message: '"end" here closes no subgraph.' });
            pos += 3;
            continue;
        }
        if (FLOWCHART_SKIPPED.some((k) => keywordAtLoose(text, pos, k)))
            return;
        const next = readChain(b, text, line, pos);
        if (next < 0)
            return;
        pos = skipSpace(text, next);
        if (pos < text.length && text[pos] !== ';') {
            b.errors.push({ line, column: pos, message: `Cannot read "${clip(text.slice(pos), 24)}": expected an arrow (-->) or the end of the statement.` });
            return;
        }
    }
}
/** `subgraph id [title]`, `subgraph id["title"]`, `subgraph "title"` or `subgraph Some title`. */
function readSubgraph(b, text, line, pos) {
    const rest = text.slice(pos).trim().replace(/;$/, '').trim();
    let id;
    let label;
    if (rest === '') {
        id = `subgraph-${line + 1}`;
        label = '';
    }
    else if (rest.startsWith('"')) {
        const close = rest.indexOf('"', 1);
        label = cleanLabel(close > 0 ? rest.slice(1, close) : rest.slice(1));
        id = label;
    }
    else {
        let end = 0;
        while (end < rest.length && isIdChar(rest.charCodeAt(end)))
            end++;
        const bracket = rest.indexOf('[', end);
        if (end > 0 && bracket >= 0 && rest.slice(end, bracket).trim() === '') {
            id = rest.slice(0, end);
            const close = rest.lastIndexOf(']');
            label = cleanLabel(rest.slice(bracket + 1, close > bracket ? close : rest.length));
        }
        else {
            id = rest;
            label = cleanLabel(rest);
        }
    }
    b.groups.push({ id, label: label || id, line, ...(innermostGroup(b) !== undefined ? { parent: innermostGroup(b) } : {}) });
    b.open.push({ keyword: 'subgraph', line, group: id });
}
/** A node, a `&`-joined group of nodes, then any number of `arrow group`. Returns where it stopped, or -1 after an error. */
function readChain(b, text, line, pos) {
    const first = readNodeGroup(b, text, line, pos);
    if (first.error !== undefined) {
        b.errors.push({ line, column: first.errorAt, message: first.error });
        return -1;
    }
    let group = first;
    pos = group.end;
    for (;;) {
        const arrowStart = skipSpace(text, pos);
        const arrow = readArrow(text, arrowStart);
        if (!arrow)
            return pos;
        if (arrow.error !== undefined) {
            b.errors.push({ line, column: arrowStart, message: arrow.error });
            return -1;
        }
        const next = readNodeGroup(b, text, line, skipSpace(text, arrow.end));
        if (next.error !== undefined || next.ids.length === 0) {
            b.errors.push({ line, column: next.errorAt, message: next.error ?? 'An arrow needs a node after it.' });
            return -1;
        }
        for (const from of group.ids) {
            for (const to of next.ids) {
                if (b.edges.length >= exports.MAX_EDGES)
                    break;
                addEdge(b, { from, to, label: arrow.label, line, column: group.start, endColumn: next.end });
            }
        }
        group = next;
        pos = next.end;
    }
}
function readNodeGroup(b, text, line, pos) {
    const ids = [];
    const start = pos;
    for (;;) {
        const node = readNode(text, pos);
        if (node.error !== undefined)
            return { ids, start, end: pos, error: node.error, errorAt: node.errorAt };
        ids.push(node.id);
        addNode(b, node.id, node.label, line, node.start, node.end);
        pos = node.end;
        const amp = skipSpace(text, pos);
        if (text[amp] !== '&')
            return { ids, start, end: pos, errorAt: pos };
        pos = skipSpace(text, amp + 1);
    }
}
function isIdChar(c) {
    if (Number.isNaN(c))
        return false;
    if (c < 0x80)
        return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
    return c !== 0xa0;
}
/** Shape openers and their closers, longest first. */
const SHAPES = [
    ['(((', ')))'], ['((', '))'], ['([', '])'], ['[[', ']]'], ['[(', ')]'], ['[/', ']'], ['[\\', ']'], ['[', ']'],
    ['{{', '}}'], ['{', '}'], ['(', ')'], ['>', ']'],
];
/** `id`, `id[label]` (any shape), `id@{ shape: ..., label: "..." }`, each maybe followed by `:::class`. */
function readNode(text, pos) {
    const start = pos;
    let end = pos;
    // An id may hold single - or . between word characters (`api-gateway`), but not an arrow's (`A-->B`, `A-.->B`).
    while (end < text.length) {
        const c = text.charCodeAt(end);
        if (isIdChar(c))
            end++;
        else if ((c === 0x2d || c === 0x2e) && end > start && isIdChar(text.charCodeAt(end + 1)))
            end++;
        else
            break;
    }
    if (end === start) {
        const what = pos >= text.length ? 'the end of the line' : `"${clip(text.slice(pos), 24)}"`;
        return { id: '', start, end: pos, error: `Expected a node id, found ${what}.`, errorAt: pos };
    }
    const id = text.slice(start, end);
    let label;
    let at = end;
    const opener = skipSpace(text, at);
    if (text.startsWith('@{', opener)) {
        const close = text.indexOf('}', opener + 2);
        if (close < 0)
            return { id, start, end: opener, error: `The shape of "${clip(id)}" opens with @{ and is never closed.`, errorAt: opener };
        label = shapeLabel(text.slice(opener + 2, close));
        at = close + 1;
    }
    else {
        const shape = SHAPES.find(([open]) => text.startsWith(open, opener) && (open !== '>' || opener === end));
        if (shape) {
            const [open, close] = shape;
            let contentStart = skipSpace(text, opener + open.length);
            let contentEnd;
            if (text[contentStart] === '"') {
                const quote = text.indexOf('"', contentStart + 1);
                if (quote < 0)
                    return { id, start, end: opener, error: `The label of "${clip(id)}" opens a quote that is never closed.`, errorAt: contentStart };
                contentEnd = quote;
                contentStart++;
                const closeAt = text.indexOf(close, quote + 1);
                if (closeAt < 0)
                    return { id, start, end: opener, error: `The label of "${clip(id)}" is never closed with ${close}.`, errorAt: opener };
                at = closeAt + close.length;
            }
            else {
                const closeAt = text.indexOf(close, contentStart);
                if (closeAt < 0)
                    return { id, start, end: opener, error: `The label of "${clip(id)}" is never closed with ${close}.`, errorAt: opener };
                contentEnd = closeAt;
                at = closeAt + close.length;
            }
            // Trapezoids and parallelograms (`[/text/]`, `[\text\]`, `[/text\]`) end their text with a slash.
            label = cleanLabel(text.slice(contentStart, contentEnd).replace(/[/\\]$/, ''));
        }
    }
    if (text.startsWith(':::', at)) {
        at += 3;
        while (at < text.length && (isIdChar(text.charCodeAt(at)) || text[at] === '-'))
            at++;
    }
    return { id, label: label === undefined ? undefined : label || id, start, end: at, errorAt: at };
}
/** The `label:` of an `@{ shape: ..., label: "..." }` node; undefined when it has none. */
function shapeLabel(body) {
    const key = /(?:^|[\s,{])label\s*:\s*/.exec(body);
    if (!key)
        return undefined;
    let value = body.slice(key.index + key[0].length);
    if (value.startsWith('"')) {
        const close = value.indexOf('"', 1);
        value = value.slice(1, close > 0 ? close : value.length);
    }
    else {
        const comma = value.indexOf(',');
        value = comma >= 0 ? value.slice(0, comma) : value;
    }
    return cleanLabel(value);
}
const TAG = /<[^<>]*>/g;
const ENTITY = /#(?:quot|amp|lt|gt|\d{1,6});/g;
const ENTITIES = { '#quot;': '"', '#amp;': '&', '#lt;': '<', '#gt;': '>' };
/** A label as a reader sees it: no quotes, Markdown-string backticks, HTML tags or line breaks. */
function cleanLabel(raw) {
    let t = raw.trim();
    if (t.length >= 2 && t.startsWith('"') && t.endsWith('"'))
        t = t.slice(1, -1);
    if (t.length >= 2 && t.startsWith('`') && t.endsWith('`'))
        t = t.slice(1, -1);
    if (t.includes('<'))
        t = t.replace(TAG, ' ');
    if (t.includes('#'))
        t = t.replace(ENTITY, (e) => ENTITIES[e] ?? ' ');
    if (t.includes('*') || t.includes('_'))
        t = t.replace(/\*\*|__|\*/g, '');
    return t.replace(/\s+/g, ' ').trim();
}
/** Characters an arrow's shaft is made of. */
function isShaft(ch) {
    return ch === '-' || ch === '=' || ch === '.' || ch === '~';
}
/** An arrow head after the shaft: `>`, or `x` / `o` when no word follows them. */
function headAt(text, pos) {
    const ch = text[pos];
    if (ch === '>')
        return 1;
    if ((ch === 'x' || ch === 'o') && !isIdChar(text.charCodeAt(pos + 1)))
        return 1;
    return 0;
}
/**
 * A link at `pos`: `-->`, `---`, `-.->`, `==>`, `~~~`, `<-->`, `--o`, `--x`, longer shafts, with
 * text as `-- text -->` or `-->|text|`. Undefined when no arrow starts there.
 */
function readArrow(text, pos) {
    let at = pos;
    let tail = 0;
    if (text[at] === '<')
        tail = 1;
    else if ((text[at] === 'x' || text[at] === 'o') && isShaft(text[at + 1]) && isShaft(text[at + 2]))
        tail = 1;
    at += tail;
    const shaftStart = at;
    while (isShaft(text[at]))
        at++;
    const shaft = text.slice(shaftStart, at);
    // No shaft of two or more: not an arrow, and the statement's reader says what it found instead.
    if (shaft.length < 2)
        return undefined;
    const head = headAt(text, at);
    at += head;
    let label = '';
    // `-- text -->`, `-. text .->`, `== text ==>`: an open shaft, then text, then the rest of the arrow.
    if (!head && !tail && (shaft === '--' || shaft === '==' || shaft === '-.') && isSpace(text.charCodeAt(at))) {
        const closer = findArrowCloser(text, at);
        if (!closer)
            return { end: at, label: '', error: `The text on this arrow is never followed by the rest of the arrow (such as -->).` };
        label = cleanLabel(text.slice(at, closer.start));
        at = closer.end;
    }
    else if (!head && shaft.length < 3 && !shaft.includes('.') && !shaft.includes('~')) {
        return { end: at, label: '', error: `"${shaft}" is not a whole arrow: write --> or ---.` };
    }
    const pipe = skipSpace(text, at);
    if (text[pipe] === '|') {
        const close = text.indexOf('|', pipe + 1);
        if (close < 0)
            return { end: pipe, label, error: 'The arrow text opened with | is never closed with |.' };
        label = cleanLabel(text.slice(pipe + 1, close));
        at = close + 1;
    }
    return { end: at, label };
}
/** The first shaft after `pos` that ends an arrow with text: a head after two shaft characters, or three of them. */
function findArrowCloser(text, pos) {
    let at = pos;
    while (at < text.length) {
        if (!isShaft(text[at])) {
            at++;
            continue;
        }
        const start = at;
        while (isShaft(text[at]))
            at++;
        const length = at - start;
        const head = headAt(text, at);
        if ((length >= 2 && head) || length >= 3 || (length >= 2 && text.slice(start, at).includes('.')))
            return { start, end: at + head };
    }
    return undefined;
}
// ---------------------------------------------------------------------------------------------
// Sequence diagrams
/** Words that declare a participant (Mermaid's participant types included). */
const PARTICIPANT_WORDS = new Set(['participant', 'actor', 'boundary', 'control', 'entity', 'database', 'collections', 'queue']);
/** Words that open a block closed by `end`. */
const BLOCK_WORDS = new Set(['loop', 'alt', 'opt', 'par', 'par_over', 'critical', 'break', 'rect', 'box']);
/** Words that continue the open block. */
const BRANCH_WORDS = new Set(['else', 'and', 'option']);
/** Statements that draw no participant or message of their own. */
const SEQUENCE_SKIPPED = new Set(['autonumber', 'title', 'acctitle', 'accdescr', 'link', 'links', 'properties', 'details', 'note', 'activate', 'deactivate', 'destroy']);
/** Message arrows, longest first. */
const MESSAGE_ARROWS = ['<<-->>', '<<->>', '-->>', '->>', '--x', '--)', '-->', '-x', '-)', '->'];
function readSequence(b, lines, from) {
    for (let line = from; line < lines.length; line++) {
        const text = lines[line];
        if (isBlankOrComment(text))
            continue;
        const start = skipSpace(text, 0);
        let wordEnd = start;
        while (wordEnd < text.length && (isIdChar(text.charCodeAt(wordEnd)) || text[wordEnd] === '-'))
            wordEnd++;
        const word = text.slice(start, wordEnd).toLowerCase();
        const afterWord = wordEnd >= text.length || isSpace(text.charCodeAt(wordEnd)) || text[wordEnd] === ':' || text[wordEnd] === '{';
        if (afterWord && word === 'accdescr' && text.includes('{', wordEnd) && !text.includes('}', wordEnd)) {
            while (line + 1 < lines.length && !lines[line + 1].includes('}'))
                line++;
            line++;
            continue;
        }
        if (afterWord && word === 'create') {
            const next = skipSpace(text, wordEnd);
            let end = next;
            while (end < text.length && isIdChar(text.charCodeAt(end)))
                end++;
            if (PARTICIPANT_WORDS.has(text.slice(next, end).toLowerCase()))
                readParticipant(b, text, line, end);
            else
                b.errors.push({ line, column: next, message: '"create" must be followed by participant or actor.' });
            continue;
        }
        if (afterWord && PARTICIPANT_WORDS.has(word) && !isMessage(text, wordEnd)) {
            readParticipant(b, text, line, wordEnd);
            continue;
        }
        if (afterWord && BLOCK_WORDS.has(word)) {
            if (word === 'box') {
                const title = cleanLabel(text.slice(wordEnd).replace(/^\s*(?:rgba?\([^)]*\)|transparent|#[0-9a-f]{3,8}|aqua|black|blue|fuchsia|gray|green|lime|maroon|navy|olive|purple|red|silver|teal|white|yellow)\b/i, ''));
                const id = title || `box-${line + 1}`;
                b.groups.push({ id, label: title || id, line });
                b.open.push({ keyword: 'box', line, group: id });
            }
            else {
                b.open.push({ keyword: word, line });
            }
            continue;
        }
        if (afterWord && BRANCH_WORDS.has(word)) {
            if (b.open.length === 0)
                b.errors.push({ line, column: start, message: `"${word}" here is outside any alt, par or critical block.` });
            continue;
        }
        if (afterWord && word === 'end' && text.slice(wordEnd).trim() === '') {
            if (!b.open.pop())
                b.errors.push({ line, column: start, message: '"end" here closes no block.' });
            continue;
        }
        if (afterWord && SEQUENCE_SKIPPED.has(word) && !isMessage(text, wordEnd))
            continue;
        readMessage(b, text, line, start);
    }
}
/** Whether the rest of the line from `pos` starts a message arrow (`actor->>B: hi` names a participant "actor"). */
function isMessage(text, pos) {
    const at = skipSpace(text, pos);
    return MESSAGE_ARROWS.some((a) => text.startsWith(a, at)) || text[at] === '-';
}
/** `participant Name`, `participant Name as Label`, `participant Name@{ ... }`, with `pos` after the keyword. */
function readParticipant(b, text, line, pos) {
    const start = skipSpace(text, pos);
    let rest = text.slice(start);
    let end = text.length;
    const meta = rest.indexOf('@{');
    if (meta >= 0) {
        rest = rest.slice(0, meta);
        end = start + meta;
    }
    const as = / as /i.exec(rest);
    const id = (as ? rest.slice(0, as.index) : rest).trim();
    if (!id) {
        b.errors.push({ line, column: start, message: 'A participant needs a name.' });
        return;
    }
    const alias = as ? cleanLabel(rest.slice(as.index + as[0].length)) : undefined;
    const trimmedEnd = start + rest.trimEnd().length;
    addNode(b, id, alias || undefined, line, start, Math.min(end, trimmedEnd));
}
/** `A->>B: text`, `A-->>+B: text`, `A<<->>B: text`. */
function readMessage(b, text, line, start) {
    // Participant names hold no - or <, so the first of either starts the arrow.
    let at = start;
    while (at < text.length && text[at] !== '-' && text[at] !== '<' && text[at] !== ':')
        at++;
    const arrow = MESSAGE_ARROWS.find((a) => text.startsWith(a, at));
    const from = text.slice(start, at).trim();
    if (!arrow || !from) {
        b.errors.push({ line, column: start, message: `Cannot read "${clip(text.slice(start), 32)}": expected a participant, an arrow such as ->> and a target, then ": text".` });
        return;
    }
    let toStart = skipSpace(text, at + arrow.length);
    if (text[toStart] === '+' || text[toStart] === '-')
        toStart = skipSpace(text, toStart + 1);
    const colon = text.indexOf(':', toStart);
    const to = (colon < 0 ? text.slice(toStart) : text.slice(toStart, colon)).trim();
    if (!to) {
        b.errors.push({ line, column: toStart, message: 'A message needs a participant after its arrow.' });
        return;
    }
    if (colon < 0) {
        b.errors.push({ line, column: text.length, message: `The message from ${clip(from)} to ${clip(to)} needs ": text" after it.` });
        return;
    }
    const fromEnd = start + text.slice(start, at).trimEnd().length;
    addNode(b, from, undefined, line, start, fromEnd);
    addNode(b, to, undefined, line, toStart, toStart + to.length);
    addEdge(b, { from, to, label: cleanLabel(text.slice(colon + 1)), line, column: start, endColumn: text.trimEnd().length });
}
//# sourceMappingURL=mermaid.js.map