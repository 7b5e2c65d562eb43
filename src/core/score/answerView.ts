/**
 * What the scorer reads of an answer: the candidate's own lines (not the front matter, the
 * template's skeleton, the scaffold's questions, comments, code or the interviewer's `### Q:`
 * headings), grouped into statements, and how to quote them. Every quote it makes is a verbatim
 * substring of the answer's line. Computed once per answer, in one pass over its lines.
 */
import { askedFollowUps } from '../answer/followUps';
import { LineKind, type AnswerDocument } from '../answer/parseAnswer';
import { BodyLine, bodyLines, isHeadingLine, sentenceAt, sentenceStarts, textBlocks, visibleLines, type TextBlock } from '../answer/sectionText';

/** One line of the candidate's words. */
export interface ViewLine {
  /** 0-based line of the file. */
  readonly line: number;
  /** The line's text with comments blanked (columns equal the file's). */
  readonly text: string;
  /** The template section it is in (`requirements`...), or undefined outside a recognised one. */
  readonly sectionId: string | undefined;
  readonly heading: boolean;
}

/** A statement: a paragraph, list item, table row or heading, with the lines it spans. */
export interface Statement {
  /** 0-based lines of the file, in order (a paragraph may run over several). */
  readonly lines: readonly number[];
  /** The statement's text, its lines joined by spaces. */
  readonly text: string;
  readonly kind: TextBlock['kind'];
  readonly sectionId: string | undefined;
  /** Index of the enclosing statement (a sub-item's item, a paragraph's heading), or -1. */
  readonly parent: number;
  /**
   * Mostly links (a reading list, "seen in production" references) or a bare label ("- Monitoring"):
   * words about other work or a heading in list form, not the candidate's reasoning.
   */
  readonly thin: boolean;
}

/** The candidate's words in an answer. */
export interface AnswerView {
  readonly doc: AnswerDocument;
  /** The candidate's lines, in file order. */
  readonly lines: readonly ViewLine[];
  /** The candidate's lines by 0-based file line. */
  readonly byLine: ReadonlyMap<number, ViewLine>;
  /** The statements the lines form, in file order; headings included. */
  readonly statements: readonly Statement[];
  /**
   * Lines of fenced or indented code (0-based), which count for a data model but are not prose.
   * A Mermaid diagram's lines are not among them: the scorer reads a diagram as a diagram (its
   * components and arrows), so a node called "Search index" is not a schema's `index`.
   */
  readonly codeLines: readonly number[];
}

/** Reads the candidate's lines and statements of a parsed answer. Linear in the answer's length. */
export function answerView(doc: AnswerDocument): AnswerView {
  const kinds = bodyLines(doc);
  const visible = visibleLines(doc);
  const sectionAt: (string | undefined)[] = new Array(doc.lines.length).fill(undefined);
  const inSection = new Uint8Array(doc.lines.length);
  for (const section of doc.sections) {
    for (let line = section.heading.line; line < section.end; line++) {
      inSection[line] = 1;
      sectionAt[line] = section.spec?.id;
    }
  }
  // The interviewer's questions are not the candidate's words; the answers under them are.
  const questionLines = new Set(askedFollowUps(doc).map((q) => q.line));
  const titleLine = doc.title?.line;
  const sectionHeadings = new Set(doc.sections.map((s) => s.heading.line));
  const lines: ViewLine[] = [];
  const codeLines: number[] = [];
  // The diagrams are in file order: one index walks them with the lines.
  let diagram = 0;
  for (let line = 0; line < doc.lines.length; line++) {
    const lineKind = doc.lineKinds[line];
    if (lineKind === LineKind.Code) {
      while (diagram < doc.diagrams.length && doc.diagrams[diagram].end <= line) diagram++;
      const inDiagram = diagram < doc.diagrams.length && doc.diagrams[diagram].line <= line;
      if (!inDiagram) codeLines.push(line);
      continue;
    }
    if (line === titleLine || questionLines.has(line) || lineKind !== LineKind.Prose) continue;
    const kind = kinds[line];
    const heading = isHeadingLine(doc, line);
    let own: boolean;
    if (inSection[line]) own = kind === BodyLine.Content || kind === BodyLine.Heading || (heading && !sectionHeadings.has(line));
    // Before the first section (an introduction under the title): the candidate's if it says anything.
    else own = /[\p{L}\p{N}]/u.test(visible[line]);
    if (!own) continue;
    lines.push({ line, text: visible[line], sectionId: sectionAt[line], heading });
  }
  const byLine = new Map(lines.map((l) => [l.line, l]));
  const statements = textBlocks(doc, lines.map((l) => l.line)).map(
    (b): Statement => ({
      lines: range(b.start, b.end).filter((l) => byLine.has(l)),
      text: b.text,
      kind: b.kind,
      sectionId: sectionAt[b.start],
      parent: b.parent,
      thin: b.kind !== 'heading' && isThin(b.text),
    }),
  );
  return { doc, lines, byLine, statements, codeLines };
}

const LINK = /\[([^\]\n]{0,300})\]\([^)\s]{0,2000}\)/g;

/** Whether a statement is mostly links, or fewer than four words. */
function isThin(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  if (words < 4) return true;
  if (!text.includes('](')) return false;
  const withoutLinks = text.replace(LINK, ' ');
  const plain = withoutLinks.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return plain < words * 0.4;
}

function range(start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) out.push(i);
  return out;
}

/** Longest quote the scorer makes. */
export const QUOTE_MAX = 160;

const LEAD = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:#{1,6}[ \t]+|(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?|\|[ \t]*)?/;
const TRIM_CHARS = ' \t*_|`:';

/**
 * The quote for a match at `[start, end)` of line `line`: the sentence that holds it, cut to
 * `QUOTE_MAX` characters around the match, without list markers, heading hashes, table pipes or
 * emphasis at its ends. Always a verbatim substring of `doc.lines[line]`; undefined when the line has
 * no words there (or a comment sits inside the match).
 */
export function quoteAt(view: AnswerView, line: number, start: number, end: number): string | undefined {
  const raw = view.doc.lines[line] ?? '';
  const text = view.byLine.get(line)?.text ?? raw;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  const lead = LEAD.exec(text)?.[0].length ?? 0;
  // Table rows: the cell that holds the match, not the whole row.
  let lo = lead;
  let hi = text.length;
  if (text.trimStart().startsWith('|')) {
    const before = text.lastIndexOf('|', start - 1);
    const after = text.indexOf('|', end);
    lo = Math.max(lead, before + 1);
    hi = after < 0 ? text.length : after;
  }
  const cell = text.slice(lo, hi);
  const starts = sentenceStarts(cell);
  const sentence = sentenceAt(starts, Math.max(0, start - lo));
  let s = lo + starts[sentence];
  let e = sentence + 1 < starts.length ? lo + starts[sentence + 1] : hi;
  if (e - s > QUOTE_MAX) {
    // Around the match: up to half the budget before it, the rest after, cut at spaces.
    const room = Math.max(0, QUOTE_MAX - (end - start));
    s = Math.max(s, start - Math.floor(room / 2));
    e = Math.min(e, s + QUOTE_MAX);
    if (s > lo && text[s - 1] !== ' ') {
      const space = text.indexOf(' ', s);
      if (space >= 0 && space < start) s = space + 1;
    }
    if (e < hi && text[e] !== ' ') {
      const space = text.lastIndexOf(' ', e);
      if (space > end) e = space;
    }
  }
  while (s < e && TRIM_CHARS.includes(text[s])) s++;
  while (e > s && TRIM_CHARS.includes(text[e - 1])) e--;
  if (e <= s) return undefined;
  // A blanked comment inside the range would make the quote differ from the file's text.
  if (raw.slice(s, e) !== text.slice(s, e)) {
    if (raw.slice(start, end) !== text.slice(start, end) || end <= start) return undefined;
    return raw.slice(start, end);
  }
  const quote = raw.slice(s, e);
  return /[\p{L}\p{N}]/u.test(quote) ? quote : undefined;
}

/** Where a statement says something: the line and columns of a match. */
export interface Place {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Where on a statement's lines the first of `patterns` matches; the statement's first line when
 * none matches on a single line (a phrase broken over two lines).
 */
export function placeIn(view: AnswerView, statement: Statement, ...patterns: RegExp[]): Place {
  for (const pattern of patterns) {
    const place = findIn(view, statement, pattern);
    if (place) return place;
  }
  return { line: statement.lines[0] ?? 0, start: 0, end: 0 };
}

/** The first match of `pattern` (not global) on a statement's lines. */
export function findIn(view: AnswerView, statement: Statement, pattern: RegExp): Place | undefined {
  for (const line of statement.lines) {
    const m = pattern.exec(view.byLine.get(line)?.text ?? '');
    if (m) return { line, start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}
