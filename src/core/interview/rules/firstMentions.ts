import type { ProbeLine } from '../types';

/** Where a pattern first matches for one subject. */
export interface Mention {
  readonly line: number;
  /** The matched text as written, and where it starts on the line. */
  readonly text: string;
  readonly column: number;
  readonly subject: string;
}

/**
 * The first match of `pattern` (not global) on each line of prose, one per subject (`subjectOf` the
 * matched text), at most `max`, in file order. Headings name parts of the answer, not claims, and
 * are skipped.
 */
export function firstMentions(
  lines: readonly ProbeLine[],
  pattern: RegExp,
  subjectOf: (matched: string) => string,
  max: number,
  /** Whether a match is meant as the rule means it (context can say it is not); all are by default. */
  accept: (text: string, index: number, matched: string) => boolean = () => true,
): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<string>();
  for (const { line, text, heading } of lines) {
    if (heading) continue;
    const m = pattern.exec(text);
    if (!m || !accept(text, m.index, m[0])) continue;
    const subject = subjectOf(m[0]);
    if (seen.has(subject)) continue;
    seen.add(subject);
    out.push({ line, text: m[0], column: m.index, subject });
    if (out.length === max) break;
  }
  return out;
}
