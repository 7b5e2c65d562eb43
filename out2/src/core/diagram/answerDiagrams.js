"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.answerDiagrams = answerDiagrams;
exports.diagramDataFlow = diagramDataFlow;
const mermaid_1 = require("./mermaid");
const cache = new WeakMap();
/** Every Mermaid diagram of the answer, in file order. */
function answerDiagrams(doc) {
    let out = cache.get(doc);
    if (!out) {
        out = doc.diagrams.map((block) => ({ block, diagram: placed(doc, block, (0, mermaid_1.readMermaid)(block.source)) }));
        cache.set(doc, out);
    }
    return out;
}
/** `diagram` with its block-relative positions moved to the file's lines and columns. */
function placed(doc, block, diagram) {
    const sourceLines = block.source.split('\n');
    // markdown-it takes the fence's indentation (and a list's or quote's markers) off each body line,
    // so a body line is the end of the file's line; its column there is shifted by what was taken off.
    // Worked out once per line: a long line may hold thousands of nodes.
    const shifts = new Map();
    const shift = (line) => {
        let by = shifts.get(line);
        if (by === undefined) {
            const file = doc.lines[block.bodyStart + line] ?? '';
            const body = sourceLines[line] ?? '';
            by = file.endsWith(body) ? file.length - body.length : 0;
            shifts.set(line, by);
        }
        return by;
    };
    const line = (l) => block.bodyStart + l;
    return {
        ...diagram,
        nodes: diagram.nodes.map((n) => {
            const by = shift(n.line);
            const node = { id: n.id, label: n.label, line: line(n.line), column: n.column + by, endColumn: n.endColumn + by };
            if (n.group !== undefined)
                node.group = n.group;
            return node;
        }),
        edges: diagram.edges.map((e) => {
            const by = shift(e.line);
            return { from: e.from, to: e.to, label: e.label, line: line(e.line), column: e.column + by, endColumn: e.endColumn + by };
        }),
        groups: diagram.groups.map((g) => ({ ...g, line: block.bodyStart + g.line })),
        errors: diagram.errors.map((e) => ({ ...e, line: block.bodyStart + e.line, column: e.column + shift(e.line) })),
    };
}
/**
 * Evidence whose quote is cut from its line when asked for: a scorer quotes a few of the thousands
 * of components a long diagram may hold.
 */
class Evidence {
    text;
    line;
    column;
    endColumn;
    constructor(text, line, column, endColumn) {
        this.text = text;
        this.line = line;
        this.column = Math.max(0, Math.min(column, text.length));
        this.endColumn = Math.max(this.column, Math.min(endColumn, text.length));
    }
    get quote() {
        return this.text.slice(this.column, this.endColumn);
    }
    toJSON() {
        return { line: this.line, column: this.column, endColumn: this.endColumn, quote: this.quote };
    }
}
class Component extends Evidence {
    name;
    constructor(name, text, line, column, endColumn) {
        super(text, line, column, endColumn);
        this.name = name;
    }
    toJSON() {
        return { name: this.name, ...super.toJSON() };
    }
}
class Arrow extends Evidence {
    from;
    to;
    label;
    constructor(from, to, label, text, line, column, endColumn) {
        super(text, line, column, endColumn);
        this.from = from;
        this.to = to;
        this.label = label;
    }
    toJSON() {
        return { from: this.from, to: this.to, label: this.label, ...super.toJSON() };
    }
}
/**
 * What the answer's diagrams say about its data flow: every component and every arrow of its
 * flowcharts and sequence diagrams, in file order. A scorer counts them as data-flow evidence and
 * quotes them (`quote` is a verbatim substring of the answer's line `line`, 0-based).
 */
function diagramDataFlow(doc) {
    const components = [];
    const arrows = [];
    for (const { diagram } of answerDiagrams(doc)) {
        const groupIds = new Set(diagram.groups.map((g) => g.id));
        const labels = new Map();
        for (const node of diagram.nodes) {
            labels.set(node.id, node.label);
            // A subgraph used as an arrow's end is a group, not a component of its own.
            if (groupIds.has(node.id))
                continue;
            components.push(new Component(node.label, doc.lines[node.line] ?? '', node.line, node.column, node.endColumn));
        }
        for (const edge of diagram.edges) {
            const from = labels.get(edge.from) ?? edge.from;
            const to = labels.get(edge.to) ?? edge.to;
            arrows.push(new Arrow(from, to, edge.label, doc.lines[edge.line] ?? '', edge.line, edge.column, edge.endColumn));
        }
    }
    return { components, arrows };
}
//# sourceMappingURL=answerDiagrams.js.map