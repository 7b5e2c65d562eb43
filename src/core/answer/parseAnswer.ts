/**
 * Parses an answer file into front matter, headings and template sections. markdown-it runs its
 * block phase only: headings, fences and HTML blocks are all the linter needs, and inline parsing
 * of every paragraph is the bulk of markdown-it's time.
 */
import MarkdownIt from 'markdown-it';
import { frontMatterHead, parseFrontMatter, stringField, type FrontMatter } from './frontMatter';
import { stripInlineMarkdown, type SectionMatch, type SectionMatcher } from './headingMatch';
import type { SectionSpec, Template } from './templates';

/** What a line of the file holds, as far as the linter cares. */
export const enum LineKind {
  /** Blank, or structure such as a thematic break. */
  Other = 0,
  /** Paragraph, list, table, quote or heading text: what the user wrote. */
  Prose = 1,
  /** Fenced or indented code. */
  Code = 2,
  /** An HTML block, which is where comments live. */
  Html = 3,
  /** Front matter. */
  FrontMatter = 4,
}

/** A heading outside code, HTML and front matter. Lines are 0-based. */
export interface Heading {
  readonly level: number;
  /** The heading's words, inline Markdown removed. */
  readonly text: string;
  readonly line: number;
  /** The last line of the heading (setext headings span two). */
  readonly endLine: number;
}

/** A part of the answer that starts at a heading. Lines are 0-based; `end` is exclusive. */
export interface AnswerSection {
  /** The template section the heading names; undefined for a heading that names none. */
  readonly spec?: SectionSpec;
  /** What the matcher read in the heading (every section it names, and why). */
  readonly match?: SectionMatch;
  readonly heading: Heading;
  readonly bodyStart: number;
  readonly end: number;
}

/** A parsed answer. */
export interface AnswerDocument {
  /** The file split into lines, without line terminators or BOM. */
  readonly lines: readonly string[];
  /** One kind per line. */
  readonly lineKinds: Uint8Array;
  readonly frontMatter?: FrontMatter;
  /** The document title: a leading level-1 heading that is not itself a section. */
  readonly title?: Heading;
  readonly headings: readonly Heading[];
  /** Recognised sections and the unrecognised headings at section level, in file order. */
  readonly sections: readonly AnswerSection[];
  /**
   * Sub-headings that name a different template section than the section they sit in ("Out of scope"
   * under Requirements, "Monitoring" under a deep dive). They count as that section for SD001, SD003
   * and the answer's status, and stay nested for the rules that read a section's text.
   */
  readonly subSections: readonly AnswerSection[];
  /** How each heading was read, in file order: what the `sections` command and the hover show. */
  readonly readings: readonly HeadingReading[];
  /** The heading level the answer uses for its sections (2 when it has none). */
  readonly sectionLevel: number;
  /** The template id named in front matter, if any. */
  readonly templateId?: string;
  /** The prompt id named in front matter, if any. */
  readonly promptId?: string;
  /**
   * A code fence or HTML block (`<pre>`, `<!--`...) that is never closed and so runs to the end of
   * the file: text appended there would land inside it. `closer` is the line that closes it.
   */
  readonly unclosedBlock?: UnclosedBlock;
  /**
   * The Mermaid diagrams: fenced code blocks whose info string is `mermaid`, in file order. Their
   * lines are `LineKind.Code` like any code, so no rule reads them as prose; `src/core/diagram`
   * reads what they draw.
   */
  readonly diagrams: readonly DiagramBlock[];
}

/**
 * A fenced Mermaid block. Lines are 0-based: `line` is the opening fence, the diagram's text is on
 * lines `bodyStart` to `bodyEnd` (exclusive), `end` is one past the closing fence (or the block).
 */
export interface DiagramBlock {
  readonly line: number;
  readonly bodyStart: number;
  readonly bodyEnd: number;
  readonly end: number;
  /**
   * The diagram's text as markdown-it reads it: the fence's indentation and any blockquote or list
   * markers taken off each line, one line per body line.
   */
  readonly source: string;
}

/** A block left open at the end of the file. `line` (0-based) is where it starts. */
export interface UnclosedBlock {
  readonly line: number;
  readonly closer: string;
}

/** How one heading was read. */
export interface HeadingReading {
  readonly heading: Heading;
  /** The sections the heading counts as, first the one it starts; empty when it names none. */
  readonly specs: readonly SectionSpec[];
  /** Why, in words: the alias or the rule that decided. */
  readonly reason: string;
}

/** The template a document is read against, with its compiled heading matcher. */
export interface ParseTarget {
  readonly template: Template;
  readonly matcher: SectionMatcher;
}

type Md = InstanceType<typeof MarkdownIt>;
type Token = MarkdownIt.Token;

/**
 * The shared block parser, and a small parse kept alive beside it. V8 compiles markdown-it's block
 * rules against the hidden classes (maps) of its state and token objects. A full garbage collection
 * that finds no object of such a class alive drops the class and throws the code compiled against it
 * away, so the next parse ran the rules unoptimised: two to four times slower on a long answer. An
 * editor, idle between two lints, is just where V8 runs full collections. One live state whose tokens
 * cover every kind of block keeps the classes, and so the compiled rules, alive.
 */
let shared: { readonly md: Md; readonly keepAlive: object } | undefined;

const EVERY_BLOCK = [
  '# Heading', '', 'Setext', '===', '', '- item', '  1. nested', '', '     code in item', '2) ordered', '', '> quote', '> - listed', '',
  '```js', 'fence', '```', '', '    indented code', '', '<!--', 'comment', '-->', '', '<div>', 'html', '</div>', '',
  '| a | b |', '| - | - |', '| 1 | 2 |', '', '[ref]: https://example.com "title"', '', '***', '', 'Paragraph', 'lazy line', '',
].join('\n');

/** A markdown-it instance that runs only the block phase. HTML is on so comments become HTML blocks. */
function getBlockParser(): Md {
  if (!shared) {
    const md = createBlockParser();
    shared = { md, keepAlive: blockState(md, EVERY_BLOCK, 0) };
  }
  return shared.md;
}

/**
 * Runs `md`'s block phase over `source`, already normalised as markdown-it's core would (no CR, no
 * NUL), from line `startLine`: the lines before it are never read, as if they were blank. Returns the
 * block state, whose `tokens` are the result.
 */
function blockState(md: Md, source: string, startLine: number): InstanceType<Md['block']['State']> {
  const state = new md.block.State(source, md, {}, []);
  // markdown-it's ParserBlock.parse does the same from line 0, and nothing for an empty source.
  if (source) md.block.tokenize(state, startLine, state.lineMax);
  return state;
}

/**
 * Builds the block-phase parser. `fastTokens` swaps in a block state whose `push` builds tokens with
 * plain assignments: markdown-it 15's `Token` constructor sets each field through a generic
 * defineProperty helper, which is a third of the block phase on a long answer. The tokens are the
 * same (same fields, same prototype, same levels); a unit test compares them with markdown-it's own.
 */
export function createBlockParser(fastTokens = true): Md {
  const md = new MarkdownIt('default', { html: true });
  md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
  if (fastTokens) md.block.State = fastBlockState(md);
  skipOnlyTooDeepBlocks(md);
  return md;
}

/**
 * At its nesting limit (a list 50 levels deep) markdown-it stops reading the rest of the file, so
 * every heading after it would vanish. Here only the too-deep block's own lines (blank, or indented
 * at least as far as the block) are passed over, as one paragraph of prose, and the parent goes on.
 * The limit itself stays: it is what keeps the recursion off the end of the stack.
 */
function skipOnlyTooDeepBlocks(md: Md): void {
  const block = md.block;
  const tokenize = block.tokenize.bind(block);
  block.tokenize = (state, startLine, endLine) => {
    if (state.level < md.options.maxNesting) return tokenize(state, startLine, endLine);
    let line = startLine;
    while (line < endLine && (state.isEmpty(line) || state.sCount[line] >= state.blkIndent)) line++;
    state.line = line;
    if (line === startLine) return;
    // At the nesting limit a token's level can only go down, so these two are pushed by hand.
    const open = new state.Token('paragraph_open', 'p', 1);
    open.map = [startLine, line];
    open.level = state.level;
    const close = new state.Token('paragraph_close', 'p', -1);
    close.level = state.level;
    state.tokens.push(open, close);
  };
}

function fastBlockState(md: Md): Md['block']['State'] {
  const Base = md.block.State;
  const tokenPrototype = new Base('', md, {}, []).Token.prototype as object;

  /**
   * The fields of markdown-it's `Token`, with its defaults; block tokens have `block` set. Plain
   * assignments in the constructor (`declare` keeps TypeScript from emitting class fields, which
   * are defined rather than assigned, and slower).
   */
  class BlockToken {
    declare type: string;
    declare tag: string;
    declare attrs: [string, string][] | null;
    declare map: [number, number] | null;
    declare nesting: -1 | 0 | 1;
    declare level: number;
    declare children: Token[] | null;
    declare content: string;
    declare markup: string;
    declare info: string;
    declare meta: unknown;
    declare block: boolean;
    declare hidden: boolean;
    constructor(type: string, tag: string, nesting: -1 | 0 | 1) {
      this.type = type;
      this.tag = tag;
      this.attrs = null;
      this.map = null;
      this.nesting = nesting;
      this.level = 0;
      this.children = null;
      this.content = '';
      this.markup = '';
      this.info = '';
      this.meta = null;
      this.block = true;
      this.hidden = false;
    }
  }
  // Token's methods (attrGet, attrJoin...) stay available, and `instanceof Token` holds.
  Object.setPrototypeOf(BlockToken.prototype, tokenPrototype);

  return class AnswerBlockState extends Base {
    override push(type: string, tag: string, nesting: -1 | 0 | 1): Token {
      const token = new BlockToken(type, tag, nesting) as unknown as Token;
      if (nesting < 0) this.level--;
      token.level = this.level;
      if (nesting > 0) this.level++;
      this.tokens.push(token);
      return token;
    }
  };
}

/** Splits text into lines the way markdown-it counts them (CRLF, CR and LF), dropping a leading BOM. */
export function splitLines(text: string): string[] {
  const body = withoutBom(text);
  // Splitting on one character is several times faster than on a pattern, and most files have no CR.
  return body.includes('\r') ? body.split(/\r\n|\r|\n/) : body.split('\n');
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** What markdown-it's `normalize` core rule makes of `text`: LF line ends, NUL as U+FFFD. Usually `text` itself. */
function normalizeSource(text: string): string {
  let out = text;
  if (out.includes('\r')) out = out.replace(/\r\n?/g, '\n');
  if (out.includes('\0')) out = out.replace(/\0/g, '\uFFFD');
  return out;
}

/** Reads the template and prompt ids from front matter without parsing the rest of the file. */
export function readAnswerHeader(text: string): { frontMatter?: FrontMatter; templateId?: string; promptId?: string } {
  const lines = splitLines(frontMatterHead(text));
  const frontMatter = parseFrontMatter(lines);
  if (!frontMatter) return {};
  return { frontMatter, templateId: stringField(frontMatter.data, 'template'), promptId: stringField(frontMatter.data, 'prompt') };
}

/**
 * Parses `text` as an answer to `target.template`. `lines` and `frontMatter`, when given, are
 * `splitLines(text)` and its front matter (the linter has them already). Never throws on odd input:
 * anything that is not a heading is content.
 */
export function parseAnswer(
  text: string,
  target: ParseTarget,
  lines: readonly string[] = splitLines(text),
  frontMatter: FrontMatter | undefined = parseFrontMatter(lines),
): AnswerDocument {
  const lineKinds = new Uint8Array(lines.length);
  if (frontMatter) lineKinds.fill(LineKind.FrontMatter, 0, frontMatter.endLine + 1);
  // markdown-it reads the file as it is, from the line after the front matter, so line numbers are the
  // file's and no copy of the text is made.
  const tokens = blockState(getBlockParser(), normalizeSource(withoutBom(text)), frontMatter ? frontMatter.endLine + 1 : 0).tokens;
  const headings: Heading[] = [];
  const diagrams: DiagramBlock[] = [];
  let unclosedBlock: UnclosedBlock | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.map) continue;
    const [start, end] = t.map;
    if (t.level === 0 && (t.type === 'fence' || t.type === 'html_block') && reachesEnd(lines, end)) unclosedBlock = openAtEnd(t, lines);
    switch (t.type) {
      case 'heading_open': {
        const inline = tokens[i + 1];
        headings.push({ level: Number(t.tag.slice(1)), text: stripInlineMarkdown(inline?.content ?? '').trim(), line: start, endLine: end - 1 });
        lineKinds.fill(LineKind.Prose, start, end);
        break;
      }
      case 'fence':
        if (isMermaidInfo(t.info)) diagrams.push(diagramBlock(t, lines));
        lineKinds.fill(LineKind.Code, start, end);
        break;
      case 'code_block':
        lineKinds.fill(LineKind.Code, start, end);
        break;
      case 'html_block':
        lineKinds.fill(LineKind.Html, start, end);
        break;
      case 'paragraph_open':
      case 'table_open':
        lineKinds.fill(LineKind.Prose, start, end);
        break;
      default:
        break;
    }
  }

  const { title, sections, subSections, readings, sectionLevel } = findSections(headings, lines.length, target);
  // Every field written out, not spread: a spread builds the object's hidden class anew, and code
  // compiled against a class that a garbage collection then finds unused is thrown away.
  return {
    lines,
    lineKinds,
    frontMatter,
    title,
    sections,
    subSections,
    readings,
    sectionLevel,
    headings,
    templateId: frontMatter ? stringField(frontMatter.data, 'template') : undefined,
    promptId: frontMatter ? stringField(frontMatter.data, 'prompt') : undefined,
    unclosedBlock,
    diagrams,
  };
}

/** Whether a fence's info string names Mermaid (`mermaid`, in any case, maybe followed by attributes). */
export function isMermaidInfo(info: string): boolean {
  const trimmed = info.trimStart();
  return trimmed.slice(0, 7).toLowerCase() === 'mermaid' && (trimmed.length === 7 || /[\s{]/.test(trimmed[7]));
}

/** The Mermaid fence `t`: its body ends before the closing fence, when the fence has one. */
function diagramBlock(t: Token, lines: readonly string[]): DiagramBlock {
  const [start, end] = t.map!;
  const source = t.content.endsWith('\n') ? t.content.slice(0, -1) : t.content;
  const bodyLineCount = source === '' ? 0 : countLines(source);
  return { line: start, bodyStart: start + 1, bodyEnd: Math.min(start + 1 + bodyLineCount, end, lines.length), end, source };
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Whether a block ending (exclusive) at `end` runs to the last line of the file. */
function reachesEnd(lines: readonly string[], end: number): boolean {
  return end >= lines.length - (lines[lines.length - 1] === '' ? 1 : 0);
}

/** HTML blocks that end only at their closing text (CommonMark's kinds 1 to 5), by how they start. */
const HTML_CLOSERS: readonly (readonly [RegExp, (m: RegExpExecArray) => string])[] = [
  [/^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i, (m) => `</${m[1].toLowerCase()}>`],
  [/^ {0,3}<!--/, () => '-->'],
  [/^ {0,3}<\?/, () => '?>'],
  [/^ {0,3}<!\[CDATA\[/, () => ']]>'],
  [/^ {0,3}<![A-Za-z]/, () => '>'],
];

/** The fence or HTML block `t`, which reaches the end of the file, if nothing closes it. */
function openAtEnd(t: Token, lines: readonly string[]): UnclosedBlock | undefined {
  const [start, end] = t.map!;
  if (t.type === 'fence') {
    const lastLine = end - 1 > start ? lines[end - 1] : '';
    const last = lastLine.trim();
    const marker = t.markup;
    const closed = lastLine.length - lastLine.trimStart().length <= 3 && last.length >= marker.length && [...last].every((c) => c === marker[0]);
    return closed ? undefined : { line: start, closer: marker };
  }
  for (const [pattern, closerOf] of HTML_CLOSERS) {
    const m = pattern.exec(lines[start]);
    if (!m) continue;
    const closer = closerOf(m);
    // The closer counts after the opening text, on any line of the block.
    const first = lines[start].slice(m[0].length);
    if (first.toLowerCase().includes(closer)) return undefined;
    for (let line = start + 1; line < end; line++) if (lines[line].toLowerCase().includes(closer)) return undefined;
    return { line: start, closer };
  }
  return undefined;
}

/**
 * Reads the headings in three steps. The title: a first heading that is the only one at its level
 * (or the first of several H1s) and names no section wholly. The section level: the level most
 * outermost recognised headings use, so a stray H1 or an H2 title does not decide it. Then the walk:
 * a heading at or above the section level starts a section (recognised or not); a deeper one is
 * nested in the section above it, and counts as a sub-section when it names a different section.
 */
function findSections(
  headings: readonly Heading[],
  lineCount: number,
  { matcher }: ParseTarget,
): Pick<AnswerDocument, 'title' | 'sections' | 'subSections' | 'readings' | 'sectionLevel'> {
  const matches = headings.map((h) => matcher.match(h.text));
  let title: Heading | undefined;
  let startIndex = 0;
  const first = headings[0];
  if (first && headings.length > 1) {
    let top = 7;
    let atTop = 0;
    for (const h of headings) {
      if (h.level < top) {
        top = h.level;
        atTop = 0;
      }
      if (h.level === top) atTop++;
    }
    // Alone at the top level, it is a title unless it is wholly a section name ("# Requirements");
    // the first of several H1s is one only when it names no section at all.
    const isTitle = first.level === top && (atTop === 1 ? !matches[0]?.exact : first.level === 1 && !matches[0]);
    if (isTitle) {
      title = first;
      startIndex = 1;
    }
  }
  const titleWords = title ? normalizeTitle(title.text) : undefined;

  // The section level, by vote of the outermost recognised headings (those under another recognised
  // heading are its parts or sub-sections); an unrecognised stray H1 has no vote. Ties go to the higher level.
  const votes = new Array<number>(8).fill(0);
  let enclosing = 0;
  for (let i = startIndex; i < headings.length; i++) {
    const h = headings[i];
    if (enclosing && h.level > enclosing) continue;
    enclosing = 0;
    if (matches[i] && !restatesTitle(h, titleWords)) {
      votes[h.level]++;
      enclosing = h.level;
    }
  }
  let sectionLevel = 2;
  let best = 0;
  for (let level = 1; level <= 6; level++) {
    if (votes[level] > best) {
      best = votes[level];
      sectionLevel = level;
    }
  }

  const readings: HeadingReading[] = [];
  const starts: { heading: Heading; spec?: SectionSpec; match?: SectionMatch }[] = [];
  const nested: { heading: Heading; spec: SectionSpec; match: SectionMatch; parent: number }[] = [];
  let open: { heading: Heading; spec?: SectionSpec } | undefined;
  if (title) readings.push({ heading: title, specs: [], reason: 'the title' });
  for (let i = startIndex; i < headings.length; i++) {
    const h = headings[i];
    const hit = restatesTitle(h, titleWords) ? undefined : matches[i];
    if (h.level <= sectionLevel || !open) {
      open = { heading: h, spec: hit?.spec };
      starts.push({ heading: h, spec: hit?.spec, match: hit });
      readings.push({
        heading: h,
        specs: hit?.specs ?? [],
        reason: hit ? hit.reason : restatesTitle(h, titleWords) ? 'restates the title' : 'names no section',
      });
      continue;
    }
    // Nested: part of the open section for the text rules.
    const other = hit?.specs.filter((spec) => spec !== open?.spec) ?? [];
    // A question ("### Q: How would you handle failure modes?") asks about a section; it does not hold one.
    const question = /\?\s*$/.test(h.text) || /^q\s*:/i.test(h.text);
    if (hit && !hit.generic && !question && other.length > 0) {
      nested.push({ heading: h, spec: other[0], match: hit, parent: starts.length - 1 });
      readings.push({ heading: h, specs: other, reason: `${hit.reason}; a sub-heading of "${open.heading.text}" that names another section` });
    } else {
      readings.push({ heading: h, specs: [], reason: hit ? `${hit.reason}; part of "${open.heading.text}"` : `names no section; part of "${open.heading.text}"` });
    }
  }

  const sections: AnswerSection[] = [];
  for (let i = 0; i < starts.length; i++) {
    const { heading, spec, match } = starts[i];
    let end = lineCount;
    for (let j = i + 1; j < starts.length; j++) {
      if (starts[j].heading.level <= heading.level || starts[j].spec) {
        end = starts[j].heading.line;
        break;
      }
    }
    sections.push({ spec, match, heading, bodyStart: heading.endLine + 1, end });
  }
  const subSections: AnswerSection[] = nested.map(({ heading, spec, match, parent }) => {
    let end = sections[parent].end;
    for (const h of headings) {
      if (h.line > heading.line && h.line < end && h.level <= heading.level) {
        end = h.line;
        break;
      }
    }
    return { spec, match, heading, bodyStart: heading.endLine + 1, end };
  });
  return { title, sections, subSections, readings, sectionLevel };
}

function normalizeTitle(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A heading that repeats the document's title ("Design Twitter" again) is a title, not a section. */
function restatesTitle(heading: Heading, titleWords: string | undefined): boolean {
  return titleWords !== undefined && titleWords.length > 0 && normalizeTitle(heading.text) === titleWords;
}

/** The first section of the answer that is the template section `id`. */
export function findSection(doc: AnswerDocument, id: string): AnswerSection | undefined {
  return doc.sections.find((s) => s.spec?.id === id);
}

/**
 * Where the answer first names the template section `id`: a section, or else a sub-heading that
 * names it inside another section. What SD001, SD003 and the answer's status go by.
 */
export function findNamedSection(doc: AnswerDocument, id: string): AnswerSection | undefined {
  return (
    findSection(doc, id) ??
    doc.sections.find((s) => s.match?.specs.some((spec) => spec.id === id)) ??
    // A sub-heading that names two sections ("### Monitoring and trade-offs") counts for both.
    doc.subSections.find((s) => s.spec?.id === id || s.match?.specs.some((spec) => spec.id === id))
  );
}

/** The lines of a section's body that hold prose (not code, HTML or blank lines), with their 0-based numbers. */
export function* proseLines(doc: AnswerDocument, section: AnswerSection): Generator<{ line: number; text: string }> {
  for (let line = section.bodyStart; line < section.end; line++) {
    if (doc.lineKinds[line] === LineKind.Prose) yield { line, text: doc.lines[line] };
  }
}

/** The Mermaid block whose lines (fences included) hold 0-based `line`, if any (binary search over `doc.diagrams`). */
export function diagramAt(doc: AnswerDocument, line: number): DiagramBlock | undefined {
  const list = doc.diagrams;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = list[mid];
    if (line < d.line) hi = mid - 1;
    else if (line >= d.end) lo = mid + 1;
    else return d;
  }
  return undefined;
}
