/**
 * Reads a bundled prompt file's `## Answer key` and `## Curveballs` sections straight from the raw
 * text, in the format CONVENTIONS.md fixes for issues 16, 20 and 21. The catalog test checks the
 * bundled content with it until the loader's own parsers for these sections land (issues 16 and 20).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths';

/** The signal tags a point or a curveball may carry. */
export const SIGNALS = ['requirements', 'trade-offs', 'experience', 'data-flow', 'ownership'] as const;

/** One answer-key point: its signal, whether only a senior answer is expected to raise it, its sentence and its Look-for groups. */
export interface KeyPoint {
  readonly line: number;
  readonly signal: string;
  readonly senior: boolean;
  readonly text: string;
  /** Every group must be matched by one of its alternatives. */
  readonly groups: readonly (readonly string[])[];
}

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

/** Parses the Answer key section; `problems` names each line that does not follow the format. */
export function parseAnswerKey(text: string): { points: KeyPoint[]; problems: string[] } | undefined {
  const section = sectionLines(text, 'Answer key');
  if (!section) return undefined;
  const points: KeyPoint[] = [];
  const problems: string[] = [];
  let pending: { line: number; signal: string; senior: boolean; text: string } | undefined;
  section.lines.forEach((raw, i) => {
    const line = section.first + i;
    if (raw.trim() === '') return;
    const item = /^- \[([a-z-]+)\](?: \[(L5)\])? (.+)$/.exec(raw);
    if (item) {
      if (pending) problems.push(`line ${pending.line}: a point without a Look for line`);
      if (!(SIGNALS as readonly string[]).includes(item[1])) problems.push(`line ${line}: unknown signal ${item[1]}`);
      pending = { line, signal: item[1], senior: item[2] === 'L5', text: item[3].trim() };
      return;
    }
    const look = /^ {2}Look for: (.+)$/.exec(raw);
    if (look && pending) {
      const groups = look[1].split(';').map((g) => g.split('|').map((a) => a.trim().toLowerCase()));
      for (const alt of groups.flat()) {
        // Whole-word matching is only well defined for an alternative that starts and ends with a
        // letter or digit; anything regex-like would be read literally and never match.
        if (!/^[a-z0-9](?:[a-z0-9 ,./'&_-]*[a-z0-9])?$/.test(alt)) problems.push(`line ${line}: alternative ${JSON.stringify(alt)} is not plain words`);
      }
      points.push({ ...pending, groups });
      pending = undefined;
      return;
    }
    problems.push(`line ${line}: neither a "- [signal] point" item nor its "  Look for:" line`);
  });
  if (pending) problems.push(`line ${pending.line}: a point without a Look for line`);
  return { points, problems };
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

/** Whether an answer covers a point: every group has one alternative in the text. */
export function covers(answer: string, point: KeyPoint): boolean {
  const lower = answer.toLowerCase();
  return point.groups.every((group) => group.some((alt) => hasPhrase(lower, alt)));
}
