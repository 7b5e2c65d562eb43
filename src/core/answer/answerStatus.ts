/**
 * How far along an answer is: the sidebar's icon and the prompt view's history. Pure: the caller
 * reads the file and passes its text and the lint configuration in.
 */
import type { LintConfig } from '../lint/config';
import { analyze } from '../lint/linter';
import { findNamedSection, proseLines } from './parseAnswer';
import { acceptedSnippetLine } from './templates';

/** `none`: no answer file; `draft`: started; `complete`: every required section written, no warnings. */
export type AnswerStatus = 'none' | 'draft' | 'complete';

/** What the scaffold wrote that does not count as the user's own words. */
export interface AnswerStatusOptions {
  /** The prompt's clarifying questions, which the scaffold copies under Requirements. */
  readonly clarifyingQuestions?: readonly string[];
}

/** The text the scaffold writes before the clarifying questions it copies in. */
const QUESTIONS_LEAD = '**Clarifying questions to ask:**';

/**
 * The status of an answer's text: `complete` when every required section is present with some text
 * of the user's own (not only the scaffold's skeleton) and the linter reports no warning or error;
 * otherwise `draft`. Never throws.
 *
 * The skeleton check is here, not left to the rules, because a freshly scaffolded answer has every
 * heading already and must not show as complete.
 */
export function answerStatus(text: string, config?: LintConfig, options: AnswerStatusOptions = {}): Exclude<AnswerStatus, 'none'> {
  const { answer, template, findings } = analyze(text, config);
  if (findings.some((f) => f.severity === 'error' || f.severity === 'warning')) return 'draft';

  const placeholders = new Set<string>([normalize(QUESTIONS_LEAD), ...(options.clarifyingQuestions ?? []).map((q) => normalize(`- ${q}`))]);
  for (const spec of template.sections) {
    for (const line of spec.skeleton.split('\n')) placeholders.add(normalize(line)).add(normalize(acceptedSnippetLine(line)));
  }

  const required = config?.requiredSections ?? template.sections.filter((s) => s.required).map((s) => s.id);
  for (const id of required) {
    const section = findNamedSection(answer, id);
    if (!section) return 'draft';
    let written = false;
    for (const { text: line } of proseLines(answer, section)) {
      if (!placeholders.has(normalize(line))) {
        written = true;
        break;
      }
    }
    if (!written) return 'draft';
  }
  return 'complete';
}

/** The furthest status of several answers to one prompt: any complete one wins, then any draft. */
export function bestStatus(statuses: Iterable<AnswerStatus>): AnswerStatus {
  let best: AnswerStatus = 'none';
  for (const s of statuses) {
    if (s === 'complete') return s;
    if (s === 'draft') best = s;
  }
  return best;
}

/** Bullets may be `-`, `*` or `+` and spacing varies; none of that makes a line the user's own. */
function normalize(line: string): string {
  return line.trim().replace(/^[-*+]\s+/, '- ').replace(/\s+/g, ' ');
}
