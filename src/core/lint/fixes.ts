/** Fixes are data; this module builds the common ones and applies them to text. */
import { sectionMatcherFor } from '../answer/headingMatch';
import type { AnswerDocument, AnswerSection } from '../answer/parseAnswer';
import { ownValue } from '../ownValue';
import type { SectionSpec, Template } from '../answer/templates';
import type { Finding, Fix, TextEdit } from './types';

/**
 * Applies the fixes of `findings` to `text` and returns the new text. Edits are applied from the end
 * so positions stay valid; insertions at one point keep the findings' order; an edit that overlaps
 * one already applied is skipped. Inserted text takes the file's line ending.
 */
export function applyFixes(text: string, findings: readonly Pick<Finding, 'fix'>[]): string {
  const edits = combineFixes('', findings.flatMap((f) => (f.fix ? [f.fix] : []))).edits;
  if (edits.length === 0) return text;
  const eol = text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
  const offsetOf = offsetResolver(text);
  const ordered = edits
    .map((edit, index) => ({ edit, index, start: offsetOf(edit.line, edit.column), end: offsetOf(edit.endLine, edit.endColumn) }))
    .sort((a, b) => b.start - a.start || b.index - a.index);
  let result = text;
  let floor = Number.MAX_SAFE_INTEGER;
  for (const { edit, start, end } of ordered) {
    if (end > floor) continue;
    const insert = eol === '\n' ? edit.text : edit.text.replace(/\r\n|\r|\n/g, eol);
    result = result.slice(0, start) + insert + result.slice(end);
    floor = start;
  }
  return result;
}

/**
 * One fix that makes all of `fixes`, in order, with an edit that several of them share (the line
 * that closes a code block left open at the end, which each missing section's fix carries) made once.
 */
export function combineFixes(title: string, fixes: readonly Fix[]): Fix {
  const seen = new Set<string>();
  const edits: TextEdit[] = [];
  for (const fix of fixes) {
    for (const e of fix.edits) {
      const key = `${e.line}:${e.column}:${e.endLine}:${e.endColumn}:${e.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edits.push(e);
    }
  }
  return { title, edits };
}

/**
 * Whether a fix's edits remove nothing but whitespace, so applying it cannot lose what the user
 * wrote. (Insertions, such as SD001's, always qualify.)
 */
export function fixOnlyAddsText(text: string, fix: Fix): boolean {
  if (fix.edits.every((e) => e.line === e.endLine && e.column === e.endColumn)) return true;
  const offsetOf = offsetResolver(text);
  return fix.edits.every((e) => text.slice(offsetOf(e.line, e.column), offsetOf(e.endLine, e.endColumn)).trim() === '');
}

/** Maps 1-based line/column positions in `text` to offsets, clamped to the line and the text. */
function offsetResolver(text: string): (line: number, column: number) => number {
  const starts = lineStarts(text);
  return (line, column) => {
    if (line - 1 >= starts.length) return text.length;
    const lineEnd = line < starts.length ? starts[line] : text.length;
    return Math.min(starts[line - 1] + column - 1, lineEnd);
  };
}

/**
 * Offsets at which each line starts (after CRLF, CR or LF). Line 1 starts after a BOM: positions come
 * from lines split without it, and an insertion at line 1 must not land in front of it.
 */
function lineStarts(text: string): number[] {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const starts = [bom];
  for (let i = bom; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The Markdown of a section: its heading (`heading`, the section's title unless given) at `level` and its skeleton. */
export function sectionMarkdown(spec: SectionSpec, level: number, heading = spec.title): string {
  return `${'#'.repeat(Math.max(1, Math.min(6, level)))} ${heading}\n\n${spec.skeleton}\n`;
}

/**
 * The heading text to write for section `spec` so that the answer, read with the user's `aliases`,
 * has that section: its title, unless a user alias makes the title name another section (an alias
 * `"requirements": ["Scope"]` reads `## Scope` as Requirements, and `--fix` would add `## Scope` on
 * every run, issue 17); then the first of the user's own aliases for it, else of the template's,
 * that reads as it. The title when none does (the configuration warning says why).
 */
export function sectionHeadingText(template: Template, spec: SectionSpec, aliases?: Readonly<Record<string, readonly string[]>>): string {
  if (!aliases) return spec.title;
  const matcher = sectionMatcherFor(template, aliases);
  const readsAs = (text: string) => matcher.match(text)?.spec.id === spec.id;
  if (readsAs(spec.title)) return spec.title;
  for (const alias of [...(ownValue(aliases, spec.id) ?? []), ...spec.aliases]) {
    const text = alias.trim().replace(/\s+/g, ' ');
    const heading = text.charAt(0).toUpperCase() + text.slice(1);
    if (heading && !/[\r\n<>#`[\]]/.test(heading) && readsAs(heading)) return heading;
  }
  return spec.title;
}

/**
 * The present section a missing one goes next to so that the template's order holds: the first that
 * comes later in the template (it goes `before` that one), else the last that comes before it (it
 * goes `after`); undefined when no section is present, and it goes at the end of the file.
 */
export function insertionNeighbour(doc: AnswerDocument, template: Template, sectionId: string): { readonly position: 'before' | 'after'; readonly section: AnswerSection } | undefined {
  const order = template.sections.map((s) => s.id);
  const index = order.indexOf(sectionId);
  const later = doc.sections.find((s) => s.spec && order.indexOf(s.spec.id) > index);
  if (later) return { position: 'before', section: later };
  const earlier = [...doc.sections].reverse().find((s) => s.spec && order.indexOf(s.spec.id) < index);
  return earlier ? { position: 'after', section: earlier } : undefined;
}

/** The 0-based line before which a missing section goes (see `insertionNeighbour`). */
export function insertionLine(doc: AnswerDocument, template: Template, sectionId: string): number {
  const neighbour = insertionNeighbour(doc, template, sectionId);
  if (!neighbour) return doc.lines.length;
  return neighbour.position === 'before' ? neighbour.section.heading.line : neighbour.section.end;
}

/**
 * A fix that inserts the section `spec` with its skeleton where the template's order puts it. The
 * heading takes the level of the section it goes before (or after), so it can neither become a
 * sub-heading of its neighbour nor make its neighbour one of its own: `### Architecture` followed by
 * `## Trade-offs` gets `### Requirements` in front, not a `##` that would swallow Architecture. At
 * the end of a file that ends inside an open code fence or HTML block, the block is closed first
 * (as the end of the file closed it anyway), so the section is not inserted into it.
 */
export function insertSectionFix(doc: AnswerDocument, template: Template, spec: SectionSpec, aliases?: Readonly<Record<string, readonly string[]>>): Fix {
  const before = insertionLine(doc, template, spec.id);
  const markdown = sectionMarkdown(spec, insertionLevel(doc, template, spec.id, before), sectionHeadingText(template, spec, aliases));
  const lines = doc.lines;
  const edits: TextEdit[] = [];
  if (before < lines.length && !(before === lines.length - 1 && lines[before] === '')) {
    // In front of an existing line (a heading): keep a blank line on both sides.
    const needsGap = before > 0 && lines[before - 1].trim() !== '';
    edits.push({ line: before + 1, column: 1, endLine: before + 1, endColumn: 1, text: `${needsGap ? '\n' : ''}${markdown}\n` });
  } else {
    // At the end of the file.
    const last = lines.length - 1;
    const endsWithNewline = lines[last] === '';
    const column = lines[last].length + 1;
    const at = (text: string): TextEdit => ({ line: last + 1, column, endLine: last + 1, endColumn: column, text });
    const newline = endsWithNewline ? '' : '\n';
    if (doc.unclosedBlock) {
      // The same edit in every section's fix, so applying several closes the block once (see combineFixes).
      edits.push(at(`${newline}${doc.unclosedBlock.closer}\n`), at(`\n${markdown}`));
    } else {
      const previous = endsWithNewline ? lines[last - 1] : lines[last];
      const gap = previous !== undefined && previous.trim() !== '' ? '\n' : '';
      edits.push(at(`${newline}${gap}${markdown}`));
    }
  }
  // Every edit inserts at one point, in order: the heading's line is that point plus the line breaks before it.
  const inserted = edits.map((e) => e.text).join('');
  const reveal = edits[0].line + countLineBreaks(inserted.slice(0, inserted.indexOf(markdown)));
  return { title: `Insert the ${spec.title} section`, edits, reveal };
}

function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The heading level for section `sectionId` inserted before 0-based line `before`. */
function insertionLevel(doc: AnswerDocument, template: Template, sectionId: string, before: number): number {
  if (doc.sections.length === 0) return 2;
  const order = template.sections.map((s) => s.id);
  const index = order.indexOf(sectionId);
  const next = doc.sections.find((s) => s.spec && s.heading.line === before && order.indexOf(s.spec.id) > index);
  if (next) return next.heading.level;
  const previous = [...doc.sections].reverse().find((s) => s.spec && s.end === before && order.indexOf(s.spec.id) < index);
  if (previous) return previous.heading.level;
  return doc.sectionLevel;
}
