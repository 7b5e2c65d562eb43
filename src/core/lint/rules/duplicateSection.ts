import { normalizeHeading } from '../../answer/headingMatch';
import type { AnswerSection } from '../../answer/parseAnswer';
import { lineRange } from '../../answer/sectionText';
import type { Rule } from '../types';

/**
 * SD009: each template section appears once. A heading that names a section already seen is a
 * duplicate, except a part that directly follows the section under a different heading
 * ("Functional requirements" then "Non-functional requirements", "Architecture" then "Data model"):
 * answers commonly split a section that way, and the other rules read all the parts together.
 * The same heading twice in a row is still a duplicate, usually a paste.
 */
export const duplicateSection: Rule = {
  names: ['SD009', 'duplicate-section'],
  description: 'No template section appears twice',
  tags: ['sections', 'structure'],
  defaultSeverity: 'warning',
  check({ answer }, report) {
    const first = new Map<string, AnswerSection>();
    // The run of consecutive parts of one section; heading texts are normalised only when a repeat needs them.
    let run: { id: string; section: AnswerSection; headings?: Set<string> } | undefined;
    for (const section of answer.sections) {
      const spec = section.spec;
      // A heading that names no section ends a run of parts: what comes after it is not a part.
      if (!spec) {
        run = undefined;
        continue;
      }
      const earlier = first.get(spec.id);
      if (!earlier) {
        first.set(spec.id, section);
        run = { id: spec.id, section };
        continue;
      }
      if (run?.id === spec.id) {
        run.headings ??= new Set([normalizeHeading(run.section.heading.text)]);
        const text = normalizeHeading(section.heading.text);
        if (!run.headings.has(text)) {
          run.headings.add(text);
          continue;
        }
      }
      run = { id: spec.id, section };
      report({
        ...lineRange(answer, section.heading.line),
        message: `${spec.title} appears twice: it already starts at line ${earlier.heading.line + 1}. Merge the two into one section.`,
        sectionId: spec.id,
      });
    }
  },
};
