/**
 * The Mermaid diagrams of a parsed answer, read once per answer, with every position moved to the
 * answer file's own lines and columns: what the lint rule, the scorer and the interviewer quote.
 */
import type { AnswerDocument, DiagramBlock } from '../answer/parseAnswer';
import { readMermaid, type Diagram, type DiagramEdge, type DiagramError, type DiagramGroup, type DiagramNode } from './mermaid';

/** A diagram of the answer. Its nodes, edges, groups and errors carry 0-based lines and columns of the answer file. */
export interface AnswerDiagram {
  readonly block: DiagramBlock;
  readonly diagram: Diagram;
}

const cache = new WeakMap<AnswerDocument, readonly AnswerDiagram[]>();

/** Every Mermaid diagram of the answer, in file order. */
export function answerDiagrams(doc: AnswerDocument): readonly AnswerDiagram[] {
  let out = cache.get(doc);
  if (!out) {
    out = doc.diagrams.map((block) => ({ block, diagram: placed(doc, block, readMermaid(block.source)) }));
    cache.set(doc, out);
  }
  return out;
}

/** `diagram` with its block-relative positions moved to the file's lines and columns. */
function placed(doc: AnswerDocument, block: DiagramBlock, diagram: Diagram): Diagram {
  const sourceLines = block.source.split('\n');
  // markdown-it takes the fence's indentation (and a list's or quote's markers) off each body line,
  // so a body line is the end of the file's line; its column there is shifted by what was taken off.
  // Worked out once per line: a long line may hold thousands of nodes.
  const shifts = new Map<number, number>();
  const shift = (line: number): number => {
    let by = shifts.get(line);
    if (by === undefined) {
      const file = doc.lines[block.bodyStart + line] ?? '';
      const body = sourceLines[line] ?? '';
      by = file.endsWith(body) ? file.length - body.length : 0;
      shifts.set(line, by);
    }
    return by;
  };
  const line = (l: number): number => block.bodyStart + l;
  return {
    ...diagram,
    nodes: diagram.nodes.map((n): DiagramNode => {
      const by = shift(n.line);
      const node: { -readonly [K in keyof DiagramNode]: DiagramNode[K] } = { id: n.id, label: n.label, line: line(n.line), column: n.column + by, endColumn: n.endColumn + by };
      if (n.group !== undefined) node.group = n.group;
      return node;
    }),
    edges: diagram.edges.map((e): DiagramEdge => {
      const by = shift(e.line);
      return { from: e.from, to: e.to, label: e.label, line: line(e.line), column: e.column + by, endColumn: e.endColumn + by };
    }),
    groups: diagram.groups.map((g): DiagramGroup => ({ ...g, line: block.bodyStart + g.line })),
    errors: diagram.errors.map((e): DiagramError => ({ ...e, line: block.bodyStart + e.line, column: e.column + shift(e.line) })),
  };
}

/** Something a diagram draws, where it is written: `quote` is the verbatim text of `line` from `column` to `endColumn`. */
export interface DiagramEvidence {
  /** 0-based line of the answer file. */
  readonly line: number;
  readonly column: number;
  readonly endColumn: number;
  readonly quote: string;
}

/** A component a diagram draws (a flowchart node, a sequence participant). */
export interface DiagramComponent extends DiagramEvidence {
  readonly name: string;
}

/** An arrow between two components, with its text. */
export interface DiagramArrow extends DiagramEvidence {
  /** The components' names (their labels). */
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

/**
 * Evidence whose quote is cut from its line when asked for: a scorer quotes a few of the thousands
 * of components a long diagram may hold.
 */
class Evidence {
  readonly column: number;
  readonly endColumn: number;
  constructor(
    private readonly text: string,
    readonly line: number,
    column: number,
    endColumn: number,
  ) {
    this.column = Math.max(0, Math.min(column, text.length));
    this.endColumn = Math.max(this.column, Math.min(endColumn, text.length));
  }
  get quote(): string {
    return this.text.slice(this.column, this.endColumn);
  }
  toJSON(): DiagramEvidence {
    return { line: this.line, column: this.column, endColumn: this.endColumn, quote: this.quote };
  }
}

class Component extends Evidence implements DiagramComponent {
  constructor(
    readonly name: string,
    text: string,
    line: number,
    column: number,
    endColumn: number,
  ) {
    super(text, line, column, endColumn);
  }
  override toJSON(): DiagramComponent {
    return { name: this.name, ...super.toJSON() };
  }
}

class Arrow extends Evidence implements DiagramArrow {
  constructor(
    readonly from: string,
    readonly to: string,
    readonly label: string,
    text: string,
    line: number,
    column: number,
    endColumn: number,
  ) {
    super(text, line, column, endColumn);
  }
  override toJSON(): DiagramArrow {
    return { from: this.from, to: this.to, label: this.label, ...super.toJSON() };
  }
}

/**
 * What the answer's diagrams say about its data flow: every component and every arrow of its
 * flowcharts and sequence diagrams, in file order. A scorer counts them as data-flow evidence and
 * quotes them (`quote` is a verbatim substring of the answer's line `line`, 0-based).
 */
export function diagramDataFlow(doc: AnswerDocument): { readonly components: readonly DiagramComponent[]; readonly arrows: readonly DiagramArrow[] } {
  const components: DiagramComponent[] = [];
  const arrows: DiagramArrow[] = [];
  for (const { diagram } of answerDiagrams(doc)) {
    const groupIds = new Set(diagram.groups.map((g) => g.id));
    const labels = new Map<string, string>();
    for (const node of diagram.nodes) {
      labels.set(node.id, node.label);
      // A subgraph used as an arrow's end is a group, not a component of its own.
      if (groupIds.has(node.id)) continue;
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
