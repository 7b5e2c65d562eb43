"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.missingSection = void 0;
const parseAnswer_1 = require("../../answer/parseAnswer");
const sectionText_1 = require("../../answer/sectionText");
const fixes_1 = require("../fixes");
/** SD001: every required section is present. The fix inserts it, with its skeleton, in template order. */
exports.missingSection = {
    names: ['SD001', 'missing-section'],
    description: 'Every required section of the template is present',
    tags: ['sections', 'structure'],
    defaultSeverity: 'warning',
    check({ answer, template, requiredSections }, report) {
        for (const spec of template.sections) {
            if (!requiredSections.has(spec.id) || (0, parseAnswer_1.findNamedSection)(answer, spec.id))
                continue;
            report({ ...placement(answer, template, spec.id), message: `Missing section: ${spec.title}`, sectionId: spec.id, fix: (0, fixes_1.insertSectionFix)(answer, template, spec) });
        }
    },
};
/**
 * Where a reader looks for a missing section, and so where its finding and quick fix are shown: the
 * heading of the section it follows (the title, or the next section's heading, when it comes
 * first). Never on a line of another section's text, and never on an empty line, where VS Code's
 * default `editor.lightbulb.enabled: "onCode"` would hide the quick fix's lightbulb. Only an answer
 * without a single heading gets it on its last line.
 */
function placement(answer, template, sectionId) {
    const order = template.sections.map((s) => s.id);
    const index = order.indexOf(sectionId);
    const rank = (id) => (id === undefined ? -1 : order.indexOf(id));
    const later = answer.sections.find((s) => rank(s.spec?.id) > index);
    const before = (line) => answer.sections.filter((s) => s.heading.line < line && rank(s.spec?.id) >= 0 && rank(s.spec?.id) < index).pop();
    const earlier = before(later ? later.heading.line : Number.POSITIVE_INFINITY);
    const heading = earlier?.heading ?? (answer.title && (!later || answer.title.line < later.heading.line) ? answer.title : later?.heading);
    if (heading)
        return (0, sectionText_1.lineRange)(answer, heading.line);
    const line = answer.lines.length - 1;
    const end = answer.lines[line].length;
    return { line, column: end, endColumn: end };
}
//# sourceMappingURL=missingSection.js.map