"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.duplicateSection = void 0;
const headingMatch_1 = require("../../answer/headingMatch");
const sectionText_1 = require("../../answer/sectionText");
/**
 * SD009: each template section appears once. A heading that names a section already seen is a
 * duplicate, except a part that follows the section under a different heading ("Functional
 * requirements" then "Non-functional requirements", "Architecture" then "Data model"): answers
 * commonly split a section that way, and the other rules read all the parts together. Headings that
 * name no section between the parts do not end the run. After another section, a heading counts as a
 * second start only when it names the section wholly ("## Requirements" again, "Deep dive: caching");
 * a heading that only mentions it among other words ("Model development and offline evaluation") is
 * a topic, not a restart. The same heading twice in a run is still a duplicate, usually a paste.
 */
exports.duplicateSection = {
    names: ['SD009', 'duplicate-section'],
    description: 'No template section appears twice',
    tags: ['sections', 'structure'],
    defaultSeverity: 'warning',
    check({ answer }, report) {
        const first = new Map();
        // The run of consecutive parts: the sections it covers (a heading naming two joins both) and,
        // normalised only when a repeat needs them, the heading texts seen in it.
        let run;
        for (const section of answer.sections) {
            const spec = section.spec;
            // A heading that names no section sits between parts of one section without ending the run.
            if (!spec)
                continue;
            const ids = section.match?.specs.map((s) => s.id) ?? [spec.id];
            const earlier = first.get(spec.id);
            for (const id of ids)
                if (!first.has(id))
                    first.set(id, section);
            if (!earlier) {
                run = run && ids.some((id) => run.ids.has(id)) ? join(run, ids, section) : { ids: new Set(ids), sections: [section] };
                continue;
            }
            if (run && ids.some((id) => run.ids.has(id))) {
                run.headings ??= new Set(run.sections.map((s) => (0, headingMatch_1.normalizeHeading)(s.heading.text)));
                const text = (0, headingMatch_1.normalizeHeading)(section.heading.text);
                if (!run.headings.has(text)) {
                    run.headings.add(text);
                    join(run, ids, section);
                    continue;
                }
            }
            run = { ids: new Set(ids), sections: [section] };
            if (!section.match?.exact)
                continue;
            report({
                ...(0, sectionText_1.lineRange)(answer, section.heading.line),
                message: `${spec.title} appears twice: it already starts at line ${earlier.heading.line + 1}. Merge the two into one section.`,
                sectionId: spec.id,
            });
        }
    },
};
function join(run, ids, section) {
    for (const id of ids)
        run.ids.add(id);
    run.sections.push(section);
    run.headings?.add((0, headingMatch_1.normalizeHeading)(section.heading.text));
    return run;
}
//# sourceMappingURL=duplicateSection.js.map