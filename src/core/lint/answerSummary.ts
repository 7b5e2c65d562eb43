/**
 * The status bar's summary of an answer: how many required sections are there, which of them hold
 * words of the user's, and the findings counted by the severities the Problems panel shows.
 */
import { findNamedSection } from '../answer/parseAnswer';
import { hasContent, sectionsOf } from '../answer/sectionText';
import type { Analysis } from './linter';

/** A required section: written (words of the user's), template text only, or missing. */
export interface SectionProgress {
  readonly id: string;
  readonly title: string;
  readonly state: 'written' | 'template' | 'missing';
  /** The heading it was read from, when present. */
  readonly heading?: { readonly text: string; readonly line: number };
}

/** What the status bar shows of one answer. */
export interface AnswerSummary {
  readonly sections: readonly SectionProgress[];
  /**
   * Required sections written: with words of the user's. One holding only the template's text is
   * not counted, or a fresh scaffold would read `5/5 sections`.
   */
  readonly written: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Every required section written and no warning or error. */
  readonly done: boolean;
}

/** Summarises an analysis; `requiredSections` defaults to the template's required sections. */
export function summarizeAnswer({ answer, template, findings }: Analysis, requiredSections?: readonly string[]): AnswerSummary {
  const required = requiredSections ? template.sections.filter((s) => requiredSections.includes(s.id)) : template.sections.filter((s) => s.required);
  const sections = required.map((spec): SectionProgress => {
    const found = findNamedSection(answer, spec.id);
    if (!found) return { id: spec.id, title: spec.title, state: 'missing' };
    const parts = sectionsOf(answer, spec.id);
    const written = (parts.length > 0 ? parts : [found]).some((s) => hasContent(answer, s));
    return { id: spec.id, title: spec.title, state: written ? 'written' : 'template', heading: { text: found.heading.text, line: found.heading.line } };
  });
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  return {
    sections,
    written: sections.filter((s) => s.state === 'written').length,
    errors,
    warnings,
    infos: count('info'),
    done: errors === 0 && warnings === 0 && sections.every((s) => s.state === 'written'),
  };
}

/**
 * `4/5 sections · 1 error, 2 warnings, 3 info`: the sections written of those required, and the
 * findings in the same words as the Problems panel's severities.
 */
export function summaryText(summary: AnswerSummary): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const counts = [
    summary.errors > 0 ? plural(summary.errors, 'error') : '',
    summary.warnings > 0 ? plural(summary.warnings, 'warning') : '',
    summary.infos > 0 ? `${summary.infos} info` : '',
  ].filter((s) => s);
  return `${summary.written}/${summary.sections.length} sections${counts.length > 0 ? ` · ${counts.join(', ')}` : ''}`;
}
