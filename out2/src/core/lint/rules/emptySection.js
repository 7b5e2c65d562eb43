"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.emptySection = void 0;
const sectionText_1 = require("../../answer/sectionText");
/**
 * SD002: a recognised section holds something of the user's. Whitespace, comments, sub-headings,
 * untouched skeleton lines and bare placeholders (TODO, `${1:...}`, a skeleton label with nothing
 * after it) do not count; code blocks do. Each heading is judged on its own, so an empty part of a
 * split section ("Non-functional requirements" with nothing under it) is reported too, but one
 * template section is reported once however many empty parts it has. Follow-ups is left to SD011.
 */
exports.emptySection = {
    names: ['SD002', 'empty-section'],
    description: 'Every section has content of its own, not just the skeleton or placeholders',
    tags: ['sections', 'content'],
    defaultSeverity: 'warning',
    check({ answer }, report) {
        const reported = new Set();
        for (const section of answer.sections) {
            const spec = section.spec;
            // Unanswered follow-up questions are SD011's, which says which question is open.
            if (!spec || spec.id === 'follow-ups' || reported.has(spec.id) || (0, sectionText_1.hasContent)(answer, section))
                continue;
            reported.add(spec.id);
            let scaffold = false;
            for (let line = section.bodyStart; line < section.end && !scaffold; line++) {
                const kind = (0, sectionText_1.bodyLineAt)(answer, section, line);
                scaffold = kind === 3 /* BodyLine.Skeleton */ || kind === 4 /* BodyLine.Placeholder */;
            }
            const message = scaffold
                ? `${spec.title} still holds only the template's prompts or placeholders: replace them with your answer. ${spec.purpose}`
                : `${spec.title} is empty. ${spec.purpose}`;
            report({ ...(0, sectionText_1.lineRange)(answer, section.heading.line), message, sectionId: spec.id });
        }
    },
};
//# sourceMappingURL=emptySection.js.map