import { findNamedSection, type AnswerDocument } from '../../answer/parseAnswer';
import { lineRange } from '../../answer/sectionText';
import type { Template } from '../../answer/templates';
import { insertionNeighbour, insertSectionFix } from '../fixes';
import type { Rule, RuleReport } from '../types';

/**
 * SD001: every required section is present. The fix inserts it, with its skeleton, in template order;
 * the message says where that is.
 */
export const missingSection: Rule = {
  names: ['SD001', 'missing-section'],
  description: 'Every required section of the template is present',
  tags: ['sections', 'structure'],
  defaultSeverity: 'warning',
  check({ answer, template, requiredSections, aliases }, report) {
    const at = placement(answer);
    for (const spec of template.sections) {
      if (!requiredSections.has(spec.id) || findNamedSection(answer, spec.id)) continue;
      report({ ...at, message: `Missing section: ${spec.title} (${whereItGoes(answer, template, spec.id)})`, sectionId: spec.id, fix: insertSectionFix(answer, template, spec, aliases) });
    }
  },
};

/**
 * Where a missing section's finding is shown: on the title, which speaks for the whole answer, else
 * on the answer's last line with text (the end of the file when there is none). Never on another section's heading, where hovering
 * `## Trade-offs` would say "Missing section: Operability" as if Trade-offs were at fault, and
 * never on an empty line, where VS Code's default `editor.lightbulb.enabled: "onCode"` would hide
 * the quick fix's lightbulb.
 */
function placement(answer: AnswerDocument): Pick<RuleReport, 'line' | 'column' | 'endColumn'> {
  if (answer.title) return lineRange(answer, answer.title.line);
  const bodyStart = answer.frontMatter ? answer.frontMatter.endLine + 1 : 0;
  for (let line = answer.lines.length - 1; line >= bodyStart; line--) {
    if (answer.lines[line].trim() !== '') return lineRange(answer, line);
  }
  // Nothing written yet: the end of the file, where the sections go.
  const line = answer.lines.length - 1;
  const end = answer.lines[line].length;
  return { line, column: end, endColumn: end };
}

/** Where the section goes, named by its neighbour in the template's words (as the fix places it). */
function whereItGoes(answer: AnswerDocument, template: Template, sectionId: string): string {
  const neighbour = insertionNeighbour(answer, template, sectionId);
  const id = neighbour?.section.spec?.id;
  const title = template.sections.find((s) => s.id === id)?.title;
  return neighbour && title ? `it goes ${neighbour.position} ${title}` : 'it goes at the end';
}
