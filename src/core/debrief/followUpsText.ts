/**
 * Writing the interviewer's questions into an answer: each becomes a `### Q: <question>` heading
 * (the interview core's `followUpHeading`) at the end of the answer's Follow-ups section, which is
 * created at the end of the answer when it has none. Only lines are inserted; nothing the user wrote
 * moves or changes.
 */
import type { AnswerDocument } from '../answer/parseAnswer';
import { askedFollowUps, followUpHeading, followUpsRegions } from '../answer/followUps';
import type { TextEdit } from '../lint/types';

/** The heading of the section, as it is written when the answer has none. */
export const FOLLOW_UPS_HEADING = '## Follow-ups';

/** One `### Q:` of the answer, as the debrief reads it. */
export interface FollowUp {
  readonly question: string;
  /** 1-based line of its heading. */
  readonly line: number;
  readonly answered: boolean;
}

/** The questions under the answer's Follow-ups, with 1-based lines. */
export function readFollowUps(answer: AnswerDocument): FollowUp[] {
  return askedFollowUps(answer).map((a) => ({ question: a.question, line: a.line + 1, answered: a.answered }));
}

/**
 * The edit that adds `### Q: <question>` at the end of `answer`'s (last) Follow-ups section, or a new
 * `## Follow-ups` at the end of the answer, with an empty line under it for the answer. `text` is
 * the text `answer` was parsed from (its line endings are kept). `cursorLine` (1-based, in the edited
 * text) is that empty line. The question is put on one line.
 */
export function addFollowUpQuestion(answer: AnswerDocument, text: string, question: string): { edit: TextEdit; cursorLine: number } {
  const eol = text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
  const lines = answer.lines;
  // After a final newline the split gives one more, empty, "line"; it is not a line of the file.
  const endsWithEol = lines.length > 0 && lines[lines.length - 1] === '';
  const count = endsWithEol ? lines.length - 1 : lines.length;
  const regions = followUpsRegions(answer);
  const region = regions[regions.length - 1];
  const heading = followUpHeading(question, (region?.section.heading.level ?? 2) + 1);
  // After the last non-blank line of the section (or of the answer), so earlier answers stay above.
  let at = region ? Math.min(region.end, count) : count;
  const floor = region ? region.section.heading.endLine + 1 : 0;
  while (at > floor && lines[at - 1].trim() === '') at--;
  const block = region ? ['', heading, '', ''] : [...(at > 0 ? [''] : []), FOLLOW_UPS_HEADING, '', heading, '', ''];
  // A code fence, <pre> or comment left open at the end of the answer would swallow the question (and
  // the next Ask would add another Follow-ups): close it at the end of the file first, as --fix does.
  const open = answer.unclosedBlock;
  if (open && at > open.line) {
    at = count;
    block.splice(0, block[0] === '' ? 1 : 0, open.closer, '');
  }
  let cursorLine = at + block.length;
  if (at < count && lines[at].trim() !== '') {
    // A heading right below would otherwise sit on the line the answer is typed into.
    block.push('');
  } else if (at < count && lines.slice(at, count).every((l) => l.trim() === '')) {
    // Blank lines at the end of the answer: the first becomes the line the answer is typed into.
    block.pop();
    cursorLine = at + block.length + 1;
  }
  if (at === count && !endsWithEol && count > 0) {
    const end = lines[count - 1].length + 1;
    return { edit: { line: count, column: end, endLine: count, endColumn: end, text: eol + block.join(eol) }, cursorLine };
  }
  return { edit: { line: at + 1, column: 1, endLine: at + 1, endColumn: 1, text: block.map((l) => l + eol).join('') }, cursorLine };
}

/** The 0-based lines of the answer's headings of level 2 or deeper: what Rehearse Aloud folds to. */
export function outlineHeadingLines(answer: AnswerDocument): number[] {
  return answer.headings.filter((h) => h.level >= 2).map((h) => h.line);
}
