/** YAML front matter: finding it, parsing it with `yaml`, and reporting where it is broken. */
import { isScalar, parseDocument, visit, YAMLParseError, type CST, type Document } from 'yaml';

/** The front matter of a file. Line numbers are 0-based. */
export interface FrontMatter {
  /** The parsed mapping, or `{}` when it does not parse or is not a mapping. */
  readonly data: Readonly<Record<string, unknown>>;
  /** The line of the opening `---`. */
  readonly startLine: number;
  /**
   * The line of the closing `---` (or `...`). When it is unclosed, the opening line: the rest of the
   * file is still read as Markdown, so one missing `---` does not hide every section.
   */
  readonly endLine: number;
  /** Why it could not be used, with the 0-based line of the problem. */
  readonly error?: { readonly message: string; readonly line: number };
}

const FENCE = /^---\s*$/;
const CLOSE = /^(?:---|\.\.\.)\s*$/;

/**
 * The start of `text` through the line that closes its front matter: all that a reader of the front
 * matter needs, however long the block is (issue 17: reading a fixed head of 200 lines or 64 KB lost
 * `prompt:` and `template:` once mock-interview records had grown the block past it). The whole text
 * when the block is not closed (so the reader reports that), and the first line when there is none.
 * One scan of the lines, without splitting the rest of the file.
 */
export function frontMatterHead(text: string): string {
  let start = 0;
  let first = true;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
    const line = text.slice(first && text.charCodeAt(0) === 0xfeff ? 1 : start, end);
    const next = end < text.length && text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
    if (first ? !FENCE.test(line) : CLOSE.test(line)) return text.slice(0, Math.min(next, text.length));
    first = false;
    start = next;
  }
  return text;
}

/**
 * Reads front matter from the start of `lines` (the file split into lines, BOM removed). Returns
 * `undefined` when the file does not start with `---`.
 */
export function parseFrontMatter(lines: readonly string[]): FrontMatter | undefined {
  if (lines.length === 0 || !FENCE.test(lines[0])) return undefined;
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
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (e) {
    // toJS throws on alias bombs ("Excessive alias count"); the linter must never throw.
    return { data: {}, startLine: 0, endLine: end, error: { message: `Front matter is not valid YAML: ${e instanceof Error ? e.message : String(e)}`, line: 1 } };
  }
  if (value === null || value === undefined) return { data: {}, startLine: 0, endLine: end };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { data: {}, startLine: 0, endLine: end, error: { message: 'Front matter must be a mapping of keys to values (key: value)', line: 1 } };
  }
  return { data: value as Record<string, unknown>, startLine: 0, endLine: end };
}

/**
 * Parses YAML as `parseDocument` with `uniqueKeys: true` would, duplicate keys included, in linear
 * time: `yaml` looks for each key among all the keys before it, so front matter with tens of
 * thousands of keys took seconds. Here duplicates are found with a set per mapping after a parse
 * that does not look for them, and reported as `yaml` reports them (code `DUPLICATE_KEY`, at the
 * repeated key, in position order among the other errors).
 */
export function parseYaml(source: string): Document.Parsed {
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: false });
  const repeated: number[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        // `yaml` compares scalar keys by value (===) and any other key by identity, which never repeats.
        if (!isScalar(pair.key) || Number.isNaN(pair.key.value)) continue;
        if (seen.has(pair.key.value)) repeated.push(pair.key.range?.[0] ?? 0);
        else seen.add(pair.key.value);
      }
    },
  });
  if (repeated.length === 0) return doc;
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
    const error = new YAMLParseError([offset, offset + 1], 'DUPLICATE_KEY', 'Map keys must be unique');
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
function unclosedBefore(source: string, errorOffset: number): number | undefined {
  let found: number | undefined;
  const doc = parseDocument(source, { uniqueKeys: false, keepSourceTokens: true });
  visit(doc, {
    Node(_, node) {
      const start = node.range?.[0];
      if (start === undefined || start >= errorOffset || (found !== undefined && found <= start)) return;
      if (isUnclosed((node as { srcToken?: CST.Token }).srcToken)) found = start;
    },
  });
  return found;
}

function isUnclosed(token: CST.Token | undefined): boolean {
  if (token?.type === 'flow-collection') return !token.end.some((t) => t.type === 'flow-seq-end' || t.type === 'flow-map-end');
  if (token?.type === 'single-quoted-scalar') return !/^'(?:[^']|'')*'$/.test(token.source);
  if (token?.type === 'double-quoted-scalar') return !/^"(?:[^"\\]|\\[^])*"$/.test(token.source);
  return false;
}

/** The 0-based line of `offset` in `text`. */
function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Reads a string field; undefined when absent or not a scalar. Numbers and dates become strings. */
export function stringField(data: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const v = data[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return undefined;
}
