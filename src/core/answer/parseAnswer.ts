/**
 * Parses an answer file into front matter, headings and template sections. markdown-it runs its
 * block phase only: headings, fences and HTML blocks are all the linter needs, and inline parsing
 * of every paragraph is the bulk of markdown-it's time.
 */
import MarkdownIt from 'markdown-it';
import { parseFrontMatter, stringField, type FrontMatter } from './frontMatter';
import { stripInlineMarkdown, type SectionMatcher } from './headingMatch';
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
  /** The heading level the answer uses for its sections (2 when it has none). */
  readonly sectionLevel: number;
  /** The template id named in front matter, if any. */
  readonly templateId?: string;
  /** The prompt id named in front matter, if any. */
  readonly promptId?: string;
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
  return md;
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
  const lines = splitLines(text.length > 64 * 1024 ? text.slice(0, 64 * 1024) : text);
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
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.map) continue;
    const [start, end] = t.map;
    switch (t.type) {
      case 'heading_open': {
        const inline = tokens[i + 1];
        headings.push({ level: Number(t.tag.slice(1)), text: stripInlineMarkdown(inline?.content ?? '').trim(), line: start, endLine: end - 1 });
        lineKinds.fill(LineKind.Prose, start, end);
        break;
      }
      case 'fence':
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

  const { title, sections, sectionLevel } = findSections(headings, lines.length, target);
  // Every field written out, not spread: a spread builds the object's hidden class anew, and code
  // compiled against a class that a garbage collection then finds unused is thrown away.
  return {
    lines,
    lineKinds,
    frontMatter,
    title,
    sections,
    sectionLevel,
    headings,
    templateId: frontMatter ? stringField(frontMatter.data, 'template') : undefined,
    promptId: frontMatter ? stringField(frontMatter.data, 'prompt') : undefined,
  };
}

/**
 * Walks the headings once. A heading that names a template section starts a section unless it sits
 * deeper inside a recognised section (then it is a sub-heading there). An unrecognised heading at or
 * above the current section's level ends it.
 */
function findSections(headings: readonly Heading[], lineCount: number, { matcher }: ParseTarget): Pick<AnswerDocument, 'title' | 'sections' | 'sectionLevel'> {
  let title: Heading | undefined;
  let startIndex = 0;
  const first = headings[0];
  if (first && first.level === 1 && headings.some((h) => h.level > 1) && !matcher.match(first.text)?.exact) {
    title = first;
    startIndex = 1;
  }

  const starts: { heading: Heading; spec?: SectionSpec }[] = [];
  let open: { heading: Heading; spec?: SectionSpec } | undefined;
  for (let i = startIndex; i < headings.length; i++) {
    const h = headings[i];
    if (open && h.level > open.heading.level) continue;
    const hit = matcher.match(h.text);
    open = hit ? { heading: h, spec: hit.spec } : undefined;
    // Unrecognised headings are kept as boundaries: they end the section before them.
    starts.push(open ?? { heading: h });
  }

  // A loop, not Math.min(...levels): spreading hundreds of thousands of headings overflows the stack.
  let sectionLevel = 7;
  for (const s of starts) if (s.spec && s.heading.level < sectionLevel) sectionLevel = s.heading.level;
  if (sectionLevel === 7) sectionLevel = 2;
  const sections: AnswerSection[] = [];
  for (let i = 0; i < starts.length; i++) {
    const { heading, spec } = starts[i];
    // An unrecognised heading nested below a recognised one was skipped above, so the next start
    // at the same or a higher level ends this section.
    let end = lineCount;
    for (let j = i + 1; j < starts.length; j++) {
      if (starts[j].heading.level <= heading.level || starts[j].spec) {
        end = starts[j].heading.line;
        break;
      }
    }
    sections.push({ spec, heading, bodyStart: heading.endLine + 1, end });
  }
  return { title, sections, sectionLevel };
}

/** The first section of the answer that is the template section `id`. */
export function findSection(doc: AnswerDocument, id: string): AnswerSection | undefined {
  return doc.sections.find((s) => s.spec?.id === id);
}

/** The lines of a section's body that hold prose (not code, HTML or blank lines), with their 0-based numbers. */
export function* proseLines(doc: AnswerDocument, section: AnswerSection): Generator<{ line: number; text: string }> {
  for (let line = section.bodyStart; line < section.end; line++) {
    if (doc.lineKinds[line] === LineKind.Prose) yield { line, text: doc.lines[line] };
  }
}
