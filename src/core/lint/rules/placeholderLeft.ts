import { LineKind, type AnswerDocument, type AnswerSection } from '../../answer/parseAnswer';
import { blankCodeSpans, excerpt, hasContent, isPlaceholderMatch, lineRange, PLACEHOLDER, PLACEHOLDER_ANY, skeletonLines, visibleLine, visibleLines } from '../../answer/sectionText';
import type { Rule, RuleReport } from '../types';

/**
 * SD004: no placeholders are left in the answer: TODO / TBD / FIXME, `???`, unfilled snippet
 * placeholders, and skeleton prompt lines left in a section that otherwise has the user's words (one
 * finding per section, on its first such line). A section that holds nothing but skeleton and
 * placeholders is SD002's alone. Code blocks, inline
 * code (where `${id}` is a real key format), HTML comments and front matter are never searched.
 */
export const placeholderLeft: Rule = {
  names: ['SD004', 'placeholder-left'],
  description: 'No TODO, TBD, ??? or unfilled template text is left in the answer',
  tags: ['content', 'placeholders'],
  defaultSeverity: 'warning',
  check({ answer }, report) {
    // Lines of recognised sections that hold nothing of the user's yet: SD002 reports those.
    const skip = new Uint8Array(answer.lines.length);
    for (const section of answer.sections) {
      if (section.spec && !hasContent(answer, section)) skip.fill(1, section.heading.line, section.end);
    }
    const visible = visibleLines(answer);
    for (let line = 0; line < answer.lines.length; line++) {
      if (skip[line] || answer.lineKinds[line] !== LineKind.Prose || !PLACEHOLDER_ANY.test(visible[line])) continue;
      const text = blankCodeSpans(visible[line]);
      PLACEHOLDER.lastIndex = 0;
      for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
        if (isPlaceholderMatch(text, m[0], m.index)) report(tokenReport(line, m[0], m.index));
      }
    }
    for (const section of answer.sections) {
      if (!section.spec || skip[section.heading.line]) continue;
      reportSkeletonLines(answer, section, report);
    }
  },
};

function tokenReport(line: number, token: string, column: number): RuleReport {
  const message = token.startsWith('$')
    ? `Unfilled snippet placeholder ${token}: replace it with your answer`
    : token.startsWith('?')
      ? `Placeholder ${token} left in the answer: fill in what is unknown, or state the assumption you make instead`
      : `${token.toUpperCase()} left in the answer: finish this part, or state the assumption you make instead`;
  return { line, column, endColumn: column + token.length, message };
}

/**
 * One finding per section for its untouched skeleton lines, on the first of them: deleting a few
 * sections' words must not bury the Problems panel under one line each.
 */
function reportSkeletonLines(answer: AnswerDocument, section: AnswerSection, report: (r: RuleReport) => void): void {
  const lines = skeletonLines(answer, section);
  if (lines.length === 0) return;
  const text = visibleLine(answer, lines[0]);
  const title = section.spec!.title;
  const first = `"${excerpt(text, 60)}"`;
  const message =
    lines.length === 1
      ? `Skeleton prompt left in ${title}: ${first}. Answer it or delete the line`
      : `${lines.length} skeleton prompts left in ${title}, from ${first} (lines ${lineList(lines)}). Answer them or delete the lines`;
  report({ ...lineRange(answer, lines[0], text.length - text.trimStart().length), message, sectionId: section.spec!.id });
}

/** 1-based line numbers, the first few of them: `10, 12, 14 and 2 more`. */
function lineList(lines: readonly number[], max = 5): string {
  const shown = lines.slice(0, max).map((l) => l + 1).join(', ');
  return lines.length > max ? `${shown} and ${lines.length - max} more` : shown;
}
