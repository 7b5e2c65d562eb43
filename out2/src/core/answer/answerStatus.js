"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.answerStatus = answerStatus;
exports.bestStatus = bestStatus;
const linter_1 = require("../lint/linter");
const parseAnswer_1 = require("./parseAnswer");
const templates_1 = require("./templates");
/** The text the scaffold writes before the clarifying questions it copies in. */
const QUESTIONS_LEAD = '**Clarifying questions to ask:**';
/**
 * The status of an answer's text: `complete` when every required section is present with some text
 * of the user's own (not only the scaffold's skeleton) and the linter reports no warning or error;
 * otherwise `draft`. Never throws.
 *
 * The skeleton check is here, not left to the rules, because a freshly scaffolded answer has every
 * heading already and must not show as complete.
 */
function answerStatus(text, config, options = {}) {
    const { answer, template, findings } = (0, linter_1.analyze)(text, config);
    if (findings.some((f) => f.severity === 'error' || f.severity === 'warning'))
        return 'draft';
    const placeholders = new Set([normalize(QUESTIONS_LEAD), ...(options.clarifyingQuestions ?? []).map((q) => normalize(`- ${q}`))]);
    for (const spec of template.sections) {
        for (const line of spec.skeleton.split('\n'))
            placeholders.add(normalize(line)).add(normalize((0, templates_1.acceptedSnippetLine)(line)));
    }
    const required = config?.requiredSections ?? template.sections.filter((s) => s.required).map((s) => s.id);
    for (const id of required) {
        const section = (0, parseAnswer_1.findNamedSection)(answer, id);
        if (!section)
            return 'draft';
        let written = false;
        for (const { text: line } of (0, parseAnswer_1.proseLines)(answer, section)) {
            if (!placeholders.has(normalize(line))) {
                written = true;
                break;
            }
        }
        if (!written)
            return 'draft';
    }
    return 'complete';
}
/** The furthest status of several answers to one prompt: any complete one wins, then any draft. */
function bestStatus(statuses) {
    let best = 'none';
    for (const s of statuses) {
        if (s === 'complete')
            return s;
        if (s === 'draft')
            best = s;
    }
    return best;
}
/** Bullets may be `-`, `*` or `+` and spacing varies; none of that makes a line the user's own. */
function normalize(line) {
    return line.trim().replace(/^[-*+]\s+/, '- ').replace(/\s+/g, ' ');
}
//# sourceMappingURL=answerStatus.js.map