/**
 * Views of an answer's text that several lint rules share: lines with HTML comments blanked out,
 * which body lines of a section hold the user's own words, and the paragraphs, list items and
 * sub-headings those words form. Everything here is computed at most once per parsed answer (cached
 * by object identity), and only as far as the rules ask: on a long answer most sections need no more
 * than their first lines sorted. Columns stay equal to the file's, so rules can report precise ranges.
 */
import { LineKind, type AnswerDocument, type AnswerSection } from './parseAnswer';
import { acceptedSnippetLine, type SectionSpec } from './templates';

/** What a line inside a section's body holds, as far as the rules care. */
export const enum BodyLine {
  /** Blank, a comment, structure such as a thematic break, or punctuation only. */
  Blank = 0,
  /** A sub-heading: structure, not an answer. */
  Heading = 1,
  /** Fenced or indented code: counts as content. */
  Code = 2,
  /** A line of the section's skeleton, untouched. */
  Skeleton = 3,
  /** Only placeholders (TODO, `${1:...}`) or a skeleton label with nothing after it. */
  Placeholder = 4,
  /** The user's own words. */
  Content = 5,
}

/**
 * Placeholder tokens: TODO / TBD / FIXME (any case, whole words, but not "todo list" or "todo app",
 * which name a thing), runs of three or more `?`, snippet placeholders `${1:...}`, `${1|a,b|}` and
 * `${name}`, and bare tab stops `$1`. A bare `$1` is usually money ("$1 per GB"), so the match is only
 * a candidate: `isPlaceholderMatch` decides.
 */
export const PLACEHOLDER = /\b(?:todo|tbd|fixme)\b(?!\s+(?:lists?|apps?|items?)\b)|\?{3,}|\$\{(?:\d+|[A-Za-z_]\w*)(?:[:|][^{}]*)?\}|(?<![\w$\\])\$\d{1,2}(?=\s*(?:$|[|*_\]}]))/gi;

/** `PLACEHOLDER` without the global flag, for a cheap yes/no before looking for matches. */
export const PLACEHOLDER_ANY = new RegExp(PLACEHOLDER.source, 'i');

/**
 * The quote, list marker and bold label a line starts with ("> - **Scale:** "). Every part is
 * optional and none can take a character the next could start with, so its one match is where a
 * value placed right after them begins.
 */
const LABEL_PREFIX = /^[\s>]*(?:(?:[-*+]|\d{1,9}[.)])\s+)?(?:(?:\*\*|__)[^*_]*(?:\*\*|__)\s*)?/;

/** The last line `isPlaceholderMatch` read, and where its `LABEL_PREFIX` ends: one match per line, not per candidate. */
let labelLine: string | undefined;
let labelEnd = 0;

/**
 * Whether a `PLACEHOLDER` match at `index` of `text` is a placeholder rather than money. A bare tab
 * stop is the whole value of a list item, a bold label or a table cell ("- **Scale:** $1", "| $1 |").
 * Both tests take constant time per match once the line's label is known, however many `|$1` it holds.
 */
export function isPlaceholderMatch(text: string, match: string, index: number): boolean {
  if (match.charCodeAt(0) !== 0x24 /* $ */ || match.charCodeAt(1) === 0x7b /* { */) return true;
  let before = index;
  while (before > 0 && /\s/.test(text[before - 1])) before--;
  if (before > 0 && text.charCodeAt(before - 1) === 0x7c /* | */) return true;
  if (text !== labelLine) {
    labelLine = text;
    labelEnd = LABEL_PREFIX.exec(text)![0].length;
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

/** How far one section's body has been sorted into `BodyLine`s: lines are sorted in order, on demand. */
interface Progress {
  /** The first line not sorted yet. */
  next: number;
  /** Whether the scaffold's clarifying questions run on at `next`. */
  inQuestions: boolean;
}

interface DocumentViews {
  /** Each line with HTML comments replaced by spaces; '' for lines that are not prose or HTML. */
  readonly visible: string[];
  /** The heading's level (1-6) on a heading's first line, `SETEXT_UNDERLINE` on a setext underline, else 0. */
  readonly headingLine: Uint8Array;
  /** A `BodyLine` per line of the file, filled section by section as far as `progress` says. */
  readonly body: Uint8Array;
  /**
   * Per section, how far `body` is filled. Most rules look at a few sections, and SD002 and SD004
   * only need to know whether a section has content, which the first lines of a long one tell.
   */
  readonly progress: Map<AnswerSection, Progress>;
}

interface Skeleton {
  /** Matches a line whose `normalizeSpace` is one of the skeleton's lines. */
  readonly line: RegExp;
  /** Matches a line whose `normalizeSpace` is one of the skeleton's bold labels alone ("- **Scale:**"). */
  readonly label: RegExp;
}

const SETEXT_UNDERLINE = 9;
const viewCache = new WeakMap<AnswerDocument, DocumentViews>();
const skeletonCache = new WeakMap<SectionSpec, Skeleton>();

function views(doc: AnswerDocument): DocumentViews {
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
function blankComments(doc: AnswerDocument): string[] {
  const out = new Array<string>(doc.lines.length);
  let inComment = false;
  let previousKind = -1;
  for (let line = 0; line < doc.lines.length; line++) {
    const kind = doc.lineKinds[line];
    if (kind !== previousKind) inComment = false;
    previousKind = kind;
    if (kind !== LineKind.Prose && kind !== LineKind.Html) {
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
      } else {
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
export function visibleLine(doc: AnswerDocument, line: number): string {
  return views(doc).visible[line] ?? '';
}

/** `visibleLine` of every line, indexed by 0-based line: one lookup for rules that read most lines. */
export function visibleLines(doc: AnswerDocument): readonly string[] {
  return views(doc).visible;
}

/**
 * The range a finding about a whole section or block shows on `line`: from `column` to the end of
 * the visible text, so a trailing comment is not underlined. Falls back to the whole line.
 */
export function lineRange(doc: AnswerDocument, line: number, column = 0): { line: number; column: number; endColumn: number } {
  const end = visibleLine(doc, line).trimEnd().length;
  return end > column ? { line, column, endColumn: end } : { line, column: 0, endColumn: doc.lines[line]?.length ?? 0 };
}

/** Whether `line` belongs to a heading (the title, a section heading or a sub-heading). */
export function isHeadingLine(doc: AnswerDocument, line: number): boolean {
  return views(doc).headingLine[line] > 0;
}

/**
 * Replaces inline code spans (`` `like this` ``) with spaces, so placeholders such as `${id}` in a
 * key format are not mistaken for unfilled snippets. Runs in one pass over the backtick runs of the
 * line: a run closes at the next run of the same length, as in CommonMark.
 */
export function blankCodeSpans(text: string): string {
  if (!text.includes('`')) return text;
  const runs: number[] = []; // start, length pairs
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 0x60) continue;
    const start = i;
    while (i + 1 < text.length && text.charCodeAt(i + 1) === 0x60) i++;
    runs.push(start, i - start + 1);
  }
  const byLength = new Map<number, number[]>();
  for (let r = 0; r < runs.length; r += 2) {
    const list = byLength.get(runs[r + 1]);
    if (list) list.push(r);
    else byLength.set(runs[r + 1], [r]);
  }
  const cursorByLength = new Map<number, number>();
  let result = '';
  let copied = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r];
    const length = runs[r + 1];
    if (start < copied) continue;
    const list = byLength.get(length)!;
    let k = cursorByLength.get(length) ?? 0;
    while (k < list.length && list[k] <= r) k++;
    cursorByLength.set(length, k);
    if (k === list.length) continue;
    const end = runs[list[k]] + length;
    result += text.slice(copied, start) + ' '.repeat(end - start);
    copied = end;
  }
  return copied === 0 ? text : result + text.slice(copied);
}

/** Collapses runs of whitespace and trims, so skeleton lines compare equal however they were indented. */
export function normalizeSpace(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * A pattern that matches exactly the strings whose `normalizeSpace` is one of `texts` (themselves
 * normalised): any whitespace around them, and any run of it where they have a space. Testing a
 * line against it spares normalising, that is copying, every line of a long answer.
 */
function normalizedOneOf(texts: ReadonlySet<string>): RegExp {
  const alternatives = [...texts].map((t) => t.replace(REGEX_SPECIAL, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(alternatives.length > 0 ? `^\\s*(?:${alternatives.join('|')})\\s*$` : '(?!)');
}

function skeletonOf(spec: SectionSpec): Skeleton {
  let s = skeletonCache.get(spec);
  if (!s) {
    const lines = new Set<string>();
    const labels = new Set<string>();
    for (const raw of spec.skeleton.split('\n')) {
      const line = normalizeSpace(raw);
      if (!line) continue;
      lines.add(line);
      // What a snippet leaves when its placeholders are accepted untouched is template text too.
      lines.add(normalizeSpace(acceptedSnippetLine(raw)));
      const label = SKELETON_LABEL.exec(raw);
      if (label) labels.add(normalizeSpace(label[0]));
    }
    s = { line: normalizedOneOf(lines), label: normalizedOneOf(labels) };
    skeletonCache.set(spec, s);
  }
  return s;
}

/** Whether `text` (comments already blanked) is an untouched line of `spec`'s skeleton. */
export function isSkeletonLine(spec: SectionSpec, text: string): boolean {
  return skeletonOf(spec).line.test(text);
}

/** `ALNUM.test(text)`, with the ASCII start of the text (all of nearly every line) checked in code. */
function hasAlnum(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return ALNUM.test(text);
    const lower = c | 0x20;
    if ((c >= 0x30 && c <= 0x39) || (lower >= 0x61 && lower <= 0x7a)) return true;
  }
  return false;
}

/**
 * Sorts one body line as far as the line itself tells. `Content` from here is final for HTML; for
 * prose, `classify` still looks for placeholders.
 */
function shapeOf(doc: AnswerDocument, v: DocumentViews, spec: SectionSpec | undefined, line: number): BodyLine {
  const kind = doc.lineKinds[line];
  if (kind === LineKind.Code) return BodyLine.Code;
  const text = v.visible[line];
  // An HTML block counts when it shows something: text between tags, or an image such as a diagram.
  if (kind === LineKind.Html) return IMAGE_TAG.test(text) || ALNUM.test(text.replace(TAG, '')) ? BodyLine.Content : BodyLine.Blank;
  if (kind !== LineKind.Prose) return BodyLine.Blank;
  if (v.headingLine[line] > 0) return BodyLine.Heading;
  if (!hasAlnum(text) && !text.includes('???')) return BodyLine.Blank;
  if (spec && skeletonOf(spec).line.test(text)) return BodyLine.Skeleton;
  return BodyLine.Content;
}

/** Sorts one body line of a section, leaving the scaffold's questions to `sortNext`. */
function classify(doc: AnswerDocument, v: DocumentViews, spec: SectionSpec | undefined, line: number): BodyLine {
  const shape = shapeOf(doc, v, spec, line);
  if (shape !== BodyLine.Content || doc.lineKinds[line] !== LineKind.Prose) return shape;
  const text = v.visible[line];
  // "- TODO: monitoring" is a note to self about what to write, not an answer.
  if (TODO_LEAD.test(text)) return BodyLine.Placeholder;
  const rest = PLACEHOLDER_ANY.test(text) ? text.replace(PLACEHOLDER, ' ') : text;
  if (!hasAlnum(rest)) return BodyLine.Placeholder;
  // "- **Scale:** TBD" or a bare "- **Scale:**": the skeleton's label with nothing of the user's after it.
  if (spec && skeletonOf(spec).label.test(rest)) return BodyLine.Placeholder;
  return BodyLine.Content;
}

/**
 * The line the scaffold (`scaffold.ts`) writes before the prompt's clarifying questions. The
 * questions under it are the prompt's, not the user's, until the user writes an answer after one.
 */
export const QUESTIONS_LEAD = '**Clarifying questions to ask:**';
const QUESTION_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+.*\?\s*$/;

function progressOf(v: DocumentViews, section: AnswerSection): Progress {
  let p = v.progress.get(section);
  if (!p) v.progress.set(section, (p = { next: section.bodyStart, inQuestions: false }));
  return p;
}

/** Sorts the next line of `section` (`p.next`) into `v.body`. Lines are sorted in order, since the questions carry over. */
function sortNext(doc: AnswerDocument, v: DocumentViews, section: AnswerSection, p: Progress): void {
  const line = p.next++;
  let kind = classify(doc, v, section.spec, line);
  if (kind === BodyLine.Content) {
    const text = v.visible[line];
    if (text.includes(QUESTIONS_LEAD) && normalizeSpace(text) === QUESTIONS_LEAD) {
      kind = BodyLine.Placeholder;
      p.inQuestions = true;
    } else if (p.inQuestions && QUESTION_ITEM.test(text)) {
      kind = BodyLine.Placeholder;
    } else {
      p.inQuestions = false;
    }
  } else if (kind !== BodyLine.Blank) {
    p.inQuestions = false;
  }
  v.body[line] = kind;
}

/** Sorts every line of `section`'s body that is not sorted yet, and returns the views. */
function sortSection(doc: AnswerDocument, section: AnswerSection): DocumentViews {
  const v = views(doc);
  const p = progressOf(v, section);
  while (p.next < section.end) sortNext(doc, v, section, p);
  return v;
}

/**
 * What each line of the answer holds, as a `BodyLine`, indexed by 0-based line. Lines of a section's
 * body are judged against that section's skeleton; lines outside every section body (front matter,
 * the title, section headings) are `Blank`. Sorts every section; rules that look at a few sections
 * use `bodyLineAt`, `hasContent` or `userLines`, which sort only what they read.
 */
export function bodyLines(doc: AnswerDocument): Uint8Array {
  for (const section of doc.sections) sortSection(doc, section);
  return views(doc).body;
}

/** What line `line` of `section`'s body holds, as a `BodyLine`. Sorts the section only up to that line. */
export function bodyLineAt(doc: AnswerDocument, section: AnswerSection, line: number): BodyLine {
  const v = views(doc);
  const p = progressOf(v, section);
  while (p.next <= line && p.next < section.end) sortNext(doc, v, section, p);
  return v.body[line];
}

/**
 * Whether a section holds anything of the user's: prose that is not skeleton or placeholder, or code.
 * Sorts its lines only up to the first that does.
 */
export function hasContent(doc: AnswerDocument, section: AnswerSection): boolean {
  const v = views(doc);
  const p = progressOf(v, section);
  for (let line = section.bodyStart; line < section.end; line++) {
    if (line >= p.next) sortNext(doc, v, section, p);
    const kind = v.body[line];
    if (kind === BodyLine.Content || kind === BodyLine.Code) return true;
  }
  return false;
}

/**
 * The untouched skeleton lines (`BodyLine.Skeleton`) of `section`'s body. A line is skeleton by
 * itself, so this needs no sorting of the section's other lines.
 */
export function skeletonLines(doc: AnswerDocument, section: AnswerSection): number[] {
  const out: number[] = [];
  if (!section.spec) return out;
  const v = views(doc);
  for (let line = section.bodyStart; line < section.end; line++) {
    if (shapeOf(doc, v, section.spec, line) === BodyLine.Skeleton) out.push(line);
  }
  return out;
}

/**
 * Every section of the answer that is the template section `id`, in file order. Answers often split
 * one section under sibling headings ("Functional requirements", "Non-functional requirements"), so
 * rules that judge a section's words read all of its parts.
 */
export function sectionsOf(doc: AnswerDocument, id: string): AnswerSection[] {
  return doc.sections.filter((s) => s.spec?.id === id);
}

/**
 * The lines of `sections` that hold the user's words: content lines, plus sub-headings when
 * `headings` is set, in file order.
 */
export function userLines(doc: AnswerDocument, sections: readonly AnswerSection[], headings = false): number[] {
  const out: number[] = [];
  for (const section of sections) {
    const kinds = sortSection(doc, section).body;
    for (let line = section.bodyStart; line < section.end; line++) {
      if (kinds[line] === BodyLine.Content || (headings && kinds[line] === BodyLine.Heading)) out.push(line);
    }
  }
  return out;
}

/** A paragraph, list item, table row or heading: the unit a rule judges as one statement. */
export interface TextBlock {
  /** First line, 0-based. */
  readonly start: number;
  /** One past the last line. */
  readonly end: number;
  readonly kind: 'heading' | 'item' | 'paragraph' | 'row';
  /** Nesting: headings sit above everything (lower numbers), list items by their indent. */
  readonly depth: number;
  /** Index of the enclosing block (a list item's parent item, a paragraph's heading), or -1. */
  readonly parent: number;
  /** Index one past the block's last descendant. */
  readonly subtreeEnd: number;
  /** The block's visible text, lines joined by spaces (comments blanked). */
  readonly text: string;
  /** Column where the block's words start on its first line (after list marker or heading hashes). */
  readonly column: number;
}

const HEADING_PREFIX = /^[ \t]*#{1,6}[ \t]+/;
const LEADING_SPACE = /^[ \t]+/;

function indentOf(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) width++;
    else if (c === 0x09) width += 4 - (width % 4);
    else break;
  }
  return width;
}

/**
 * Groups `lines` (ascending line numbers, e.g. from `userLines`) into blocks. A block starts at a
 * heading, a list marker, a table row, or after a gap in `lines`; continuation lines join it. Nesting
 * follows indentation, so a list item's sub-items and indented paragraphs are its descendants and the
 * blocks under a sub-heading are the heading's.
 */
export function textBlocks(doc: AnswerDocument, lines: readonly number[]): TextBlock[] {
  type Mutable = { -readonly [K in keyof TextBlock]: TextBlock[K] };
  const v = views(doc);
  const blocks: Mutable[] = [];
  const stack: number[] = [];
  let current: Mutable | undefined;
  for (const line of lines) {
    const text = v.visible[line];
    const level = v.headingLine[line];
    const marker = level > 0 ? null : LIST_MARKER.exec(text);
    const row = level === 0 && !marker && TABLE_ROW.test(text);
    if (current && current.end === line) {
      // A paragraph or item runs on over lines that start nothing new; a setext heading takes its underline.
      const runsOn = level === 0 && !marker && !row && current.kind !== 'heading' && current.kind !== 'row';
      if (runsOn || (level === SETEXT_UNDERLINE && current.kind === 'heading')) {
        if (runsOn) current.text += ' ' + text;
        current.end = line + 1;
        continue;
      }
    }
    let depth: number;
    let column: number;
    if (level > 0) {
      depth = level - 10;
      column = HEADING_PREFIX.exec(text)?.[0].length ?? indentOf(text);
    } else {
      const quote = QUOTE_PREFIX.exec(text)?.[0].length ?? 0;
      depth = indentOf(quote > 0 ? text.slice(quote) : text);
      column = marker ? marker[0].length + (LEADING_SPACE.exec(text.slice(marker[0].length))?.[0].length ?? 0) : quote + depth;
    }
    while (stack.length > 0 && blocks[stack[stack.length - 1]].depth >= depth) blocks[stack.pop()!].subtreeEnd = blocks.length;
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
  for (const index of stack) blocks[index].subtreeEnd = blocks.length;
  return blocks;
}

// Sentence ends: . ! ? followed by space or the end, except after common abbreviations.
// Tried only where a run of punctuation starts, so a long run is not rescanned from each of its characters.
const SENTENCE_END = /(?<![.!?])[.!?]+(?=\s|$)/g;
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|vs|etc|approx|cf|incl)$/i;

/** Start offsets of the sentences in `text` (always starting with 0), for `sentenceAt`. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const next = m.index + m[0].length;
    if (next >= text.length || ABBREVIATION.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    starts.push(next);
  }
  return starts;
}

/** The index into `starts` of the sentence holding `offset` (binary search). */
export function sentenceAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Shortens `text` for a message: whitespace collapsed, Markdown emphasis dropped, cut at `max` characters. */
export function excerpt(text: string, max = 48): string {
  const clean = normalizeSpace(text.replace(/[*_`]+/g, ''));
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}
