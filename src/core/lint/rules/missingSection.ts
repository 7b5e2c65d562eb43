import { findNamedSection } from '../../answer/parseAnswer';
import { insertSectionFix } from '../fixes';
import type { Rule } from '../types';

/** SD001: every required section is present. The fix inserts it, with its skeleton, in template order. */
export const missingSection: Rule = {
  names: ['SD001', 'missing-section'],
  description: 'Every required section of the template is present',
  tags: ['sections', 'structure'],
  defaultSeverity: 'warning',
  check({ answer, template, requiredSections }, report) {
    for (const spec of template.sections) {
      if (!requiredSections.has(spec.id) || findNamedSection(answer, spec.id)) continue;
      const fix = insertSectionFix(answer, template, spec);
      // Shown where the section would go; at the end of the file, on the last line with text, so
      // the squiggle is visible and the quick fix is offered there.
      let at = Math.min(fix.edits[0].line - 1, answer.lines.length - 1);
      while (at > 0 && answer.lines[at].trim() === '') at--;
      report({ line: at, column: 0, message: `Missing section: ${spec.title}`, sectionId: spec.id, fix });
    }
  },
};
