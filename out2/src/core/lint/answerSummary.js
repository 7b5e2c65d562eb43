"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.summarizeAnswer = summarizeAnswer;
exports.summaryText = summaryText;
/**
 * The status bar's summary of an answer: how many required sections are there, which of them hold
 * words of the user's, and the findings counted by the severities the Problems panel shows.
 */
const parseAnswer_1 = require("../answer/parseAnswer");
const sectionText_1 = require("../answer/sectionText");
/** Summarises an analysis; `requiredSections` defaults to the template's required sections. */
function summarizeAnswer({ answer, template, findings }, requiredSections) {
    const required = requiredSections ? template.sections.filter((s) => requiredSections.includes(s.id)) : template.sections.filter((s) => s.required);
    const sections = required.map((spec) => {
        const found = (0, parseAnswer_1.findNamedSection)(answer, spec.id);
        if (!found)
            return { id: spec.id, title: spec.title, state: 'missing' };
        const parts = (0, sectionText_1.sectionsOf)(answer, spec.id);
        const written = (parts.length > 0 ? parts : [found]).some((s) => (0, sectionText_1.hasContent)(answer, s));
        return { id: spec.id, title: spec.title, state: written ? 'written' : 'template', heading: { text: found.heading.text, line: found.heading.line } };
    });
    const count = (severity) => findings.filter((f) => f.severity === severity).length;
    const errors = count('error');
    const warnings = count('warning');
    return {
        sections,
        present: sections.filter((s) => s.state !== 'missing').length,
        errors,
        warnings,
        infos: count('info'),
        done: errors === 0 && warnings === 0 && sections.every((s) => s.state === 'written'),
    };
}
/** `4/5 sections · 1 error, 2 warnings, 3 info`: the same words as the Problems panel's severities. */
function summaryText(summary) {
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const counts = [
        summary.errors > 0 ? plural(summary.errors, 'error') : '',
        summary.warnings > 0 ? plural(summary.warnings, 'warning') : '',
        summary.infos > 0 ? `${summary.infos} info` : '',
    ].filter((s) => s);
    return `${summary.present}/${summary.sections.length} sections${counts.length > 0 ? ` · ${counts.join(', ')}` : ''}`;
}
//# sourceMappingURL=answerSummary.js.map