import { findSection } from '../../answer/parseAnswer';
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
      if (!requiredSections.has(spec.id) || findSection(answer, spec.id)) continue;
      const fix = insertSectionFix(answer, template, spec);
      const at = fix.edits[0].line - 1;
      report({ line: at, column: 0, message: `Missing section: ${spec.title}`, sectionId: spec.id, fix });
    }
  },
};
