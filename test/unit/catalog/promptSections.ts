/**
 * Reads bundled prompt files' sections straight from the raw text, and matches Look-for groups
 * against an answer as the format says (whole words, any case).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths';

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
