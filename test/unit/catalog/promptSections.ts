/**
 * Reads a bundled prompt file's `## Curveballs` section straight from the raw text, in the format
 * CONVENTIONS.md fixes for issues 20 and 21, until the loader parses it (issue 20); and matches
 * Look-for groups against an answer as the format says (whole words, any case).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths';

/** The signal tags a point or a curveball may carry. */
export const SIGNALS = ['requirements', 'trade-offs', 'experience', 'data-flow', 'ownership'] as const;

/** One curveball: an optional signal tag and the question. */
export interface Curveball {
  readonly line: number;
  readonly signal?: string;
  readonly question: string;
}

/** A raw bundled prompt file. */
export interface RawPrompt {
  readonly file: string;
  readonly text: string;
}

/** Every bundled prompt file, by path relative to the prompt folder. */
export function rawBundledPrompts(): RawPrompt[] {
  const dir = path.join(repoRoot, 'src', 'core', 'catalog', 'prompts');
  const out: RawPrompt[] = [];
  for (const team of fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    for (const f of fs.readdirSync(path.join(dir, team.name)).filter((n) => n.endsWith('.md')).sort()) {
      out.push({ file: `${team.name}/${f}`, text: fs.readFileSync(path.join(dir, team.name, f), 'utf8') });
    }
  }
  return out;
}

/** The lines of a `## Heading` section (without the heading), with the 1-based number of its first line; undefined when absent. */
export function sectionLines(text: string, heading: string): { first: number; lines: string[] } | undefined {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim().toLowerCase() === `## ${heading.toLowerCase()}`);
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < lines.length && !/^##\s/.test(lines[end])) end++;
  return { first: start + 2, lines: lines.slice(start + 1, end) };
}

/** Parses the Curveballs section: one list item each, with an optional signal tag. */
export function parseCurveballs(text: string): { curveballs: Curveball[]; problems: string[] } | undefined {
  const section = sectionLines(text, 'Curveballs');
  if (!section) return undefined;
  const curveballs: Curveball[] = [];
  const problems: string[] = [];
  section.lines.forEach((raw, i) => {
    const line = section.first + i;
    if (raw.trim() === '') return;
    const item = /^- (?:\[([a-z-]+)\] )?(.+)$/.exec(raw);
    if (!item) return void problems.push(`line ${line}: not a "- question?" item`);
    if (item[1] && !(SIGNALS as readonly string[]).includes(item[1])) problems.push(`line ${line}: unknown signal ${item[1]}`);
    curveballs.push({ line, ...(item[1] ? { signal: item[1] } : {}), question: item[2].trim() });
  });
  return { curveballs, problems };
}

/** Whether `phrase` occurs in `lowerText` as whole words (neighbours are not letters or digits). */
export function hasPhrase(lowerText: string, phrase: string): boolean {
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let at = lowerText.indexOf(phrase); at >= 0; at = lowerText.indexOf(phrase, at + 1)) {
    if (!isWordChar(lowerText[at - 1]) && !isWordChar(lowerText[at + phrase.length])) return true;
  }
  return false;
}

/** Whether an answer covers a point's Look-for groups: every group has one alternative in the text. */
export function covers(answer: string, lookFor: readonly (readonly string[])[]): boolean {
  const lower = answer.toLowerCase();
  return lookFor.every((group) => group.some((alt) => hasPhrase(lower, alt)));
}
