/**
 * The questions already asked in an answer: `### Q: <question>` sub-headings of its Follow-ups
 * section, each with the user's answer under it. SD011 reports the unanswered ones, `probesFor` does
 * not ask the answered ones again, and the mock interview appends new ones.
 */
import { stripInlineMarkdown } from './headingMatch';
import { LineKind, type AnswerDocument, type AnswerSection } from './parseAnswer';
import { isSkeletonLine, PLACEHOLDER, visibleLine } from './sectionText';
import { FOLLOW_UP_QUESTION_PREFIX } from './templates';

/** The id of the answer templates' Follow-ups section. */
export const FOLLOW_UPS_SECTION_ID = 'follow-ups';

/** One `### Q:` of an answer's Follow-ups. Lines are 0-based. */
export interface AskedFollowUp {
  /** The question, without the `Q:` and inline Markdown. */
  readonly question: string;
  /** The heading's line. */
  readonly line: number;
  /** The lines under the heading that belong to it: `[answerStart, answerEnd)`. */
  readonly answerStart: number;
  readonly answerEnd: number;
  /** Whether any of those lines holds the user's words (or code), not just blanks, comments, placeholders or the skeleton. */
  readonly answered: boolean;
}

// "Q: ...", "Q. ...", "Q1: ...", "Q 2) ...": the prefix, then the question.
const QUESTION_HEADING = /^Q[ \t]?\d{0,3}[ \t]?[:.)][ \t]*(\S.*)$/i;
const ALNUM = /[\p{L}\p{N}]/u;
const SKELETON_QUESTION = 'a question the interviewer asked';

/**
 * The Follow-ups sections of `answer`, each running from its heading to the next heading at the same
 * level or above (so sub-headings inside it never cut it short, whatever they name). `first` and
 * `last` are the indexes in `answer.headings` of the section's heading and of the heading its region
 * ends at (`headings.length` at the end of the file). One pass over the headings, however many
 * Follow-ups sections there are (a file of repeated `## Follow-ups` took quadratic time, issue 17).
 */
export function followUpsRegions(answer: AnswerDocument): { section: AnswerSection; end: number; first: number; last: number }[] {
  const headings = answer.headings;
  // The index of the next heading at the same level or above, for every heading: a stack of the
  // headings still waiting for theirs (levels only run 1 to 6, so it stays short).
  const next = new Int32Array(headings.length).fill(headings.length);
  const waiting: number[] = [];
  for (let i = 0; i < headings.length; i++) {
    while (waiting.length > 0 && headings[waiting[waiting.length - 1]].level >= headings[i].level) next[waiting.pop()!] = i;
    waiting.push(i);
  }
  const indexOfLine = new Map<number, number>();
  for (let i = 0; i < headings.length; i++) indexOfLine.set(headings[i].line, i);
  const regions: { section: AnswerSection; end: number; first: number; last: number }[] = [];
  for (const section of answer.sections) {
    if (section.spec?.id !== FOLLOW_UPS_SECTION_ID) continue;
    const first = indexOfLine.get(section.heading.line);
    if (first === undefined) continue;
    const last = next[first];
    regions.push({ section, end: last < headings.length ? headings[last].line : answer.lines.length, first, last });
  }
  return regions;
}

/** Every `Q:` heading in the answer's Follow-ups sections, in file order. */
export function askedFollowUps(answer: AnswerDocument): AskedFollowUp[] {
  const asked: AskedFollowUp[] = [];
  for (const { section, end, first, last } of followUpsRegions(answer)) {
    const inside = answer.headings.slice(first + 1, last);
    for (let i = 0; i < inside.length; i++) {
      const h = inside[i];
      const m = QUESTION_HEADING.exec(h.text);
      if (!m) continue;
      const question = m[1].trim();
      // The snippet's and quick fix's own placeholder question is not a question yet.
      if (question.toLowerCase() === SKELETON_QUESTION) continue;
      let answerEnd = end;
      let j = i + 1;
      for (; j < inside.length; j++) {
        if (inside[j].level <= h.level) {
          answerEnd = inside[j].line;
          break;
        }
      }
      const answerStart = h.endLine + 1;
      // The sub-headings under the question (between it and the next at its level) are structure, not an answer.
      const headingLines = new Set<number>();
      for (let k = i + 1; k < j; k++) for (let l = inside[k].line; l <= inside[k].endLine; l++) headingLines.add(l);
      asked.push({ question, line: h.line, answerStart, answerEnd, answered: hasAnswerText(answer, section, answerStart, answerEnd, headingLines) });
    }
  }
  return asked;
}

function hasAnswerText(answer: AnswerDocument, section: AnswerSection, start: number, end: number, headingLines: ReadonlySet<number>): boolean {
  for (let line = start; line < end; line++) {
    const kind = answer.lineKinds[line];
    if (kind === LineKind.Code) return true;
    if (kind !== LineKind.Prose || headingLines.has(line)) continue;
    const text = visibleLine(answer, line);
    if (section.spec && isSkeletonLine(section.spec, text)) continue;
    if (ALNUM.test(text.replace(PLACEHOLDER, ' '))) return true;
  }
  return false;
}

/** The `### Q:` heading line for `question`, as the mock interview writes it. */
export function followUpHeading(question: string, level = 3): string {
  return `${'#'.repeat(Math.max(1, Math.min(6, level)))} ${FOLLOW_UP_QUESTION_PREFIX} ${question.replace(/\s+/g, ' ').trim()}`;
}

/**
 * A question reduced to lower-case words, so the same question matches however it is punctuated. The
 * question's inline Markdown is read as a heading reads it (`stripInlineMarkdown`: tags dropped, a
 * link or image by its text), so a question asked with `<primary>` or a link in it has the key of
 * the `### Q:` heading it was written as (issue 17: such questions were asked again).
 */
export function questionKey(question: string): string {
  return stripInlineMarkdown(question)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
