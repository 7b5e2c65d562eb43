/**
 * Practice history in an answer's front matter: adding a stopped session's record under `practice:`
 * and reading the records back for display.
 *
 * Adding a record must never cost the user a byte of what they wrote. Re-rendering the front matter
 * with `yaml` keeps comments and key order but still rewrites other lines (it re-indents `- ` lists,
 * respaces `[a,b]` and `key:   value # note`, folds long strings), so the record is inserted as text
 * where `yaml`'s parse tree says it belongs, and only when that fails is the block re-rendered through
 * the Document API. Either way the result is parsed again and must hold exactly the old data plus the
 * new entry; otherwise no edit is made.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { parseFrontMatter } from '../answer/frontMatter';
import { splitLines } from '../answer/parseAnswer';
import type { TextEdit } from '../lint/types';
import type { PracticeRecord, PracticeRecordPhase } from './timer';

/** The front-matter key that holds the practice history. */
export const PRACTICE_KEY = 'practice';

/**
 * Edits that append `record` to the `practice:` list in `text`'s front matter, creating the key, or
 * the whole front matter block, when absent. The edits touch only front-matter lines and keep the
 * file's line ending; a BOM stays where it is (edit positions count from after it, as `applyFixes`
 * does). Returns `{ error }`, and no edits, when the front matter does not parse, `practice` is not
 * a list, or the record cannot be added without changing other data.
 */
export function recordPractice(text: string, record: PracticeRecord): { edits: TextEdit[] } | { error: string } {
  const eol = lineEnding(text);
  const lines = splitLines(text);
  const fm = parseFrontMatter(lines);
  const toText = (block: readonly string[]): string => block.map((l) => l + eol).join('');
  const notAdded = 'the practice record was not added';

  if (!fm) {
    const block = renderPracticeKey(record);
    if (!holdsExactly(block, { [PRACTICE_KEY]: [record] })) return { error: `Could not write the practice record as YAML; ${notAdded}` };
    return { edits: [insertAt(1, toText(['---', ...block, '---']))] };
  }
  if (fm.error) return { error: `${fm.error.message} (line ${fm.error.line + 1}); ${notAdded}` };

  const inner = lines.slice(fm.startLine + 1, fm.endLine);
  const existing = fm.data[PRACTICE_KEY];
  if (existing !== undefined && existing !== null && !Array.isArray(existing)) {
    return { error: `"${PRACTICE_KEY}" in the front matter (line ${keyLine(inner, fm.startLine)}) is not a list; ${notAdded}` };
  }
  const expected = { ...fm.data, [PRACTICE_KEY]: [...((existing as unknown[] | null | undefined) ?? []), record] };
  // Lines of `inner` are file lines fm.startLine + 2 onward (1-based).
  const fileLine = (innerIndex: number): number => fm.startLine + 2 + innerIndex;

  const planned = planInsertion(inner, record);
  if (planned) {
    const replaced = [...inner.slice(0, planned.from), ...planned.lines, ...inner.slice(planned.to)];
    if (holdsExactly(replaced, expected)) {
      return { edits: [{ line: fileLine(planned.from), column: 1, endLine: fileLine(planned.to), endColumn: 1, text: toText(planned.lines) }] };
    }
  }

  const rendered = renderWithDocument(inner, record);
  if (!rendered || !holdsExactly(rendered, expected)) {
    return { error: `Could not add to "${PRACTICE_KEY}" in the front matter without changing other data; ${notAdded}` };
  }
  // Replace only the lines between the first and the last that differ.
  let start = 0;
  while (start < inner.length && start < rendered.length && inner[start] === rendered[start]) start++;
  let end = 0;
  while (end < inner.length - start && end < rendered.length - start && inner[inner.length - 1 - end] === rendered[rendered.length - 1 - end]) end++;
  return {
    edits: [{ line: fileLine(start), column: 1, endLine: fileLine(inner.length - end), endColumn: 1, text: toText(rendered.slice(start, rendered.length - end)) }],
  };
}

/** Reads the practice records from parsed front matter, skipping malformed ones. Never throws. */
export function readPracticeHistory(data: Readonly<Record<string, unknown>>): PracticeRecord[] {
  const list = isObject(data) ? data[PRACTICE_KEY] : undefined;
  if (!Array.isArray(list)) return [];
  const records: PracticeRecord[] = [];
  for (const entry of list) {
    if (!isObject(entry)) continue;
    const started = dateText(entry.started);
    const minutesTotal = entry.minutesTotal;
    if (started === undefined || !isMinutes(minutesTotal) || !Array.isArray(entry.phases)) continue;
    // A hand-edited phase that no longer makes sense is dropped; the rest of the session still counts.
    const phases = entry.phases.flatMap((p: unknown): PracticeRecordPhase[] => {
      if (!isObject(p) || typeof p.section !== 'string' || p.section === '' || !isMinutes(p.plannedMinutes) || !isMinutes(p.spentMinutes)) return [];
      const label = typeof p.label === 'string' && p.label.trim() !== '' ? p.label : p.section;
      return [{ section: p.section, label, plannedMinutes: p.plannedMinutes, spentMinutes: p.spentMinutes }];
    });
    records.push({ started, minutesTotal, phases });
  }
  return records;
}

/** How one phase has gone over the recorded sessions that planned it. */
export interface PracticePhaseSummary {
  readonly section: string;
  /** The label of the latest session that had the phase. */
  readonly label: string;
  /** How many sessions planned the phase. */
  readonly sessions: number;
  /**
   * Mean minutes spent, to 0.1. Sessions that never reached the phase count as 0: running out of
   * time before operability is exactly what the history should show.
   */
  readonly averageSpentMinutes: number;
  readonly averagePlannedMinutes: number;
}

/** A summary of a practice history, for the prompt view. */
export interface PracticeSummary {
  readonly count: number;
  /** `started` of the most recent session; undefined when there are none. */
  readonly lastStarted?: string;
  /** Mean active minutes per session, to 0.1; 0 when there are none. */
  readonly averageMinutesTotal: number;
  /** Phases in the order they first appear in the records. */
  readonly phases: readonly PracticePhaseSummary[];
}

/** Summarises `records` (as `readPracticeHistory` returns them): count, last date, averages. */
export function summarizeHistory(records: readonly PracticeRecord[]): PracticeSummary {
  let lastStarted: string | undefined;
  let lastTime = -Infinity;
  let total = 0;
  const bySection = new Map<string, { label: string; sessions: number; spent: number; planned: number }>();
  for (const record of records) {
    const time = Date.parse(record.started);
    // Compared by time, not file order, because a history merged by hand need not be sorted.
    if (time >= lastTime) {
      lastTime = time;
      lastStarted = record.started;
    }
    total += record.minutesTotal;
    // A plan may visit a section twice; that is one session of that section with the time summed.
    const perRecord = new Map<string, { label: string; spent: number; planned: number }>();
    for (const p of record.phases) {
      const seen = perRecord.get(p.section);
      perRecord.set(p.section, { label: p.label, spent: (seen?.spent ?? 0) + p.spentMinutes, planned: (seen?.planned ?? 0) + p.plannedMinutes });
    }
    for (const [section, p] of perRecord) {
      const acc = bySection.get(section) ?? { label: p.label, sessions: 0, spent: 0, planned: 0 };
      bySection.set(section, { label: p.label, sessions: acc.sessions + 1, spent: acc.spent + p.spent, planned: acc.planned + p.planned });
    }
  }
  const mean = (sum: number, n: number): number => (n === 0 ? 0 : Math.round((sum / n) * 10) / 10);
  return {
    count: records.length,
    ...(lastStarted !== undefined ? { lastStarted } : {}),
    averageMinutesTotal: mean(total, records.length),
    phases: [...bySection].map(([section, p]) => ({
      section,
      label: p.label,
      sessions: p.sessions,
      averageSpentMinutes: mean(p.spent, p.sessions),
      averagePlannedMinutes: mean(p.planned, p.sessions),
    })),
  };
}

/** Where in the front-matter lines the record goes as text: lines `from` to `to` (exclusive) become `lines`. */
interface Insertion {
  readonly from: number;
  readonly to: number;
  readonly lines: readonly string[];
}

/**
 * Finds where to insert the record as text into the front-matter lines `inner`. Returns undefined
 * for layouts it does not handle (a flow mapping, a non-empty flow list); the caller then re-renders.
 */
function planInsertion(inner: readonly string[], record: PracticeRecord): Insertion | undefined {
  const source = inner.join('\n');
  const doc = parseDocument(source, { uniqueKeys: true });
  const contents = doc.contents;
  if (contents === null) return { from: inner.length, to: inner.length, lines: renderPracticeKey(record) };
  if (!isMap(contents) || contents.flow) return undefined;
  const pair = contents.items.find((p) => isScalar(p.key) && p.key.value === PRACTICE_KEY);
  if (!pair) {
    // A new key goes last, just before the closing ---, after any trailing comments.
    return { from: inner.length, to: inner.length, lines: renderPracticeKey(record) };
  }
  const value = pair.value;
  if (isSeq(value) && !value.flow && value.items.length > 0 && value.range) {
    const last = value.items[value.items.length - 1] as Node | null;
    if (!last?.range) return undefined;
    // The new item goes on the line after the last item's value ends, at the column of its `-`.
    const seqStart = value.range[0];
    const indent = seqStart - (source.lastIndexOf('\n', seqStart - 1) + 1);
    const line = lineOf(source, Math.max(last.range[0], last.range[1] - 1)) + 1;
    return { from: line, to: line, lines: renderEntry(record).map((l) => ' '.repeat(indent) + l) };
  }
  // `practice:` with no value, `~`, `null` or `[]`: rewrite that one line as the key of a block list.
  if (isScalar(pair.key) && pair.key.range && (value === null || (isScalar(value) && value.value === null) || (isSeq(value) && value.items.length === 0))) {
    const line = lineOf(source, pair.key.range[0]);
    const m = /^practice:[ \t]*(?:\[[ \t]*\]|~|null|Null|NULL)?[ \t]*(#.*)?$/.exec(inner[line]);
    if (!m) return undefined;
    return { from: line, to: line + 1, lines: [`${PRACTICE_KEY}:${m[1] ? ` ${m[1]}` : ''}`, ...renderEntry(record).map((l) => `  ${l}`)] };
  }
  return undefined;
}

/** The front-matter lines re-rendered by the Document API with the record appended, or undefined. */
function renderWithDocument(inner: readonly string[], record: PracticeRecord): string[] | undefined {
  const doc: Document = parseDocument(inner.join('\n'), { uniqueKeys: true });
  if (doc.contents === null) doc.contents = new YAMLMap();
  const contents = doc.contents;
  if (!isMap(contents)) return undefined;
  const entry = entryNode(doc, record);
  const list = contents.get(PRACTICE_KEY, true);
  if (isSeq(list)) {
    // A flow list (`[]`, `[ {...} ]`) would put every record on one line; the history reads as a block.
    list.flow = false;
    list.add(entry);
  } else if (list === undefined || (isScalar(list) && list.value === null)) {
    const seq = new YAMLSeq();
    seq.add(entry);
    contents.set(PRACTICE_KEY, seq);
  } else {
    return undefined;
  }
  return renderLines(doc);
}

/** `practice:` with the record as its only item, at column 0. */
function renderPracticeKey(record: PracticeRecord): string[] {
  const doc = new Document();
  const seq = new YAMLSeq();
  seq.add(entryNode(doc, record));
  const map = new YAMLMap();
  map.set(PRACTICE_KEY, seq);
  doc.contents = map;
  return renderLines(doc);
}

/** The record as one block-list item (`- started: …`), at column 0. */
function renderEntry(record: PracticeRecord): string[] {
  const doc = new Document();
  const seq = new YAMLSeq();
  seq.add(entryNode(doc, record));
  doc.contents = seq;
  return renderLines(doc);
}

/** The record as a node of `doc`, each phase on one line: five phases stay readable at a glance. */
function entryNode(doc: Document, record: PracticeRecord): Node {
  const node = doc.createNode(record);
  const phases = node.get('phases', true);
  if (isSeq(phases)) for (const p of phases.items) if (isMap(p)) p.flow = true;
  return node;
}

function renderLines(doc: Document): string[] {
  // lineWidth 0: never fold, so neither the record nor the user's long strings wrap.
  const lines = doc.toString({ lineWidth: 0 }).split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** True when front-matter lines `inner` parse to exactly `expected` (same keys, order and values). */
function holdsExactly(inner: readonly string[], expected: Readonly<Record<string, unknown>>): boolean {
  const fm = parseFrontMatter(['---', ...inner, '---']);
  if (!fm || fm.error) return false;
  try {
    return JSON.stringify(fm.data) === JSON.stringify(expected);
  } catch {
    return false;
  }
}

function insertAt(line: number, text: string): TextEdit {
  return { line, column: 1, endLine: line, endColumn: 1, text };
}

/** The line ending a file uses, chosen as `applyFixes` chooses it. */
function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
}

/** 0-based line of `offset` in `source`. */
function lineOf(source: string, offset: number): number {
  let line = 0;
  for (let i = source.indexOf('\n'); i >= 0 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

/** 1-based file line of the `practice:` key, for messages; the opening --- when not found. */
function keyLine(inner: readonly string[], startLine: number): number {
  const i = inner.findIndex((l) => l.startsWith(`${PRACTICE_KEY}:`));
  return startLine + 1 + (i < 0 ? 0 : i + 1);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMinutes(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** A record's start as text: a parseable date string, or a Date from a YAML 1.1 reader. */
function dateText(value: unknown): string | undefined {
  if (typeof value === 'string') return Number.isFinite(Date.parse(value)) ? value : undefined;
  if (value instanceof Date && Number.isFinite(value.getTime())) return value.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return undefined;
}
