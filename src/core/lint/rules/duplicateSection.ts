import { headingWords, normalizeHeading } from '../../answer/headingMatch';
import type { AnswerDocument, AnswerSection, Heading } from '../../answer/parseAnswer';
import { lineRange } from '../../answer/sectionText';
import type { Rule } from '../types';

/**
 * SD009: each template section appears once. A heading that names a section already seen is a
 * duplicate, except a part that follows the section under a different heading ("Functional
 * requirements" then "Non-functional requirements", "Architecture" then "Data model"): answers
 * commonly split a section that way, and the other rules read all the parts together. Headings that
 * name no section between the parts do not end the run. After another section, a heading counts as a
 * second start only when it names the section wholly ("## Requirements" again, "Deep dive: caching");
 * a heading that only mentions it among other words ("Model development and offline evaluation") is
 * a topic, not a restart. The same heading twice in a run is still a duplicate, usually a paste.
 * A sub-heading never counts: one deeper than the section's first start, or one inside a later part
 * that names no section (a recap or summary). Nor does a reference part of the architecture placed
 * after the others (`## Database schema`, `## API` at the end): an appendix, not a second design.
 */
export const duplicateSection: Rule = {
  names: ['SD009', 'duplicate-section'],
  description: 'No template section appears twice',
  tags: ['sections', 'structure'],
  defaultSeverity: 'warning',
  check({ answer }, report) {
    const first = new Map<string, AnswerSection>();
    const parents: { of?: Int32Array; index?: Map<Heading, number> } = {};
    // The run of consecutive parts: the sections it covers (a heading naming two joins both) and,
    // normalised only when a repeat needs them, the heading texts seen in it.
    let run: { ids: Set<string>; sections: AnswerSection[]; headings?: Set<string> } | undefined;
    for (const section of answer.sections) {
      const spec = section.spec;
      // A heading that names no section sits between parts of one section without ending the run.
      if (!spec) continue;
      const ids = section.match?.specs.map((s) => s.id) ?? [spec.id];
      const earlier = first.get(spec.id);
      for (const id of ids) if (!first.has(id)) first.set(id, section);
      if (!earlier) {
        run = run && ids.some((id) => run!.ids.has(id)) ? join(run, ids, section) : { ids: new Set(ids), sections: [section] };
        continue;
      }
      if (run && ids.some((id) => run!.ids.has(id))) {
        run.headings ??= new Set(run.sections.map((s) => normalizeHeading(s.heading.text)));
        const text = normalizeHeading(section.heading.text);
        if (!run.headings.has(text)) {
          run.headings.add(text);
          join(run, ids, section);
          continue;
        }
      }
      run = { ids: new Set(ids), sections: [section] };
      if (!section.match?.exact || isSubHeading(answer, section, earlier, parents) || isAppendix(section)) continue;
      report({
        ...lineRange(answer, section.heading.line),
        message: `${spec.title} appears twice: it already starts at line ${earlier.heading.line + 1}. Merge the two into one section.`,
        sectionId: spec.id,
      });
    }
  },
};

/**
 * Whether `section`'s heading is a sub-heading rather than a second start of the section that began
 * at `earlier`: deeper than that start, or inside a part that began after it and names no section
 * (a recap's "### Key design decisions" under "## Summary"). `parents` is filled on first use.
 */
function isSubHeading(answer: AnswerDocument, section: AnswerSection, earlier: AnswerSection, parents: { of?: Int32Array; index?: Map<Heading, number> }): boolean {
  if (section.heading.level > earlier.heading.level) return true;
  parents.of ??= enclosingHeadings(answer);
  parents.index ??= new Map(answer.headings.map((h, i) => [h, i]));
  const parent = parents.of[parents.index.get(section.heading) ?? -1] ?? -1;
  return parent >= 0 && answer.headings[parent].line > earlier.heading.line && answer.readings[parent]?.specs.length === 0;
}

/** Words that make an Architecture heading a reference listing: its schema, data model or API. */
const APPENDIX_WORDS = new Set(['schema', 'api', 'apis', 'endpoint', 'entity', 'table']);

/** Whether a repeated Architecture part is a reference listing ("Database schema", "API reference", "Data model"). */
function isAppendix(section: AnswerSection): boolean {
  if (section.spec?.id !== 'architecture') return false;
  const words = headingWords(section.heading.text);
  return words.some((w, i) => APPENDIX_WORDS.has(w) || (w === 'data' && words[i + 1] === 'model'));
}

/** For each heading, the index of the nearest heading above it at a shallower level, or -1 (one pass with a stack). */
function enclosingHeadings(answer: AnswerDocument): Int32Array {
  const out = new Int32Array(answer.headings.length).fill(-1);
  const stack: number[] = [];
  answer.headings.forEach((h, i) => {
    while (stack.length > 0 && answer.headings[stack[stack.length - 1]].level >= h.level) stack.pop();
    if (stack.length > 0) out[i] = stack[stack.length - 1];
    stack.push(i);
  });
  return out;
}

function join<R extends { ids: Set<string>; sections: AnswerSection[]; headings?: Set<string> }>(run: R, ids: readonly string[], section: AnswerSection): R {
  for (const id of ids) run.ids.add(id);
  run.sections.push(section);
  run.headings?.add(normalizeHeading(section.heading.text));
  return run;
}
