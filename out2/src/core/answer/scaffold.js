"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scaffoldAnswer = scaffoldAnswer;
exports.scaffoldBlankAnswer = scaffoldBlankAnswer;
exports.attemptFileName = attemptFileName;
exports.nextFreeAttempt = nextFreeAttempt;
const fixes_1 = require("../lint/fixes");
const templates_1 = require("./templates");
/**
 * The Markdown of a new answer to `prompt`: front matter, a title and every section's skeleton, with
 * the prompt's clarifying questions under Requirements when `options` asks for them. `today` is
 * passed in so the result is pure.
 */
function scaffoldAnswer(prompt, today, options = {}) {
    const template = (0, templates_1.getTemplate)(prompt.template) ?? templates_1.SYSTEM_DESIGN;
    const meta = { prompt: prompt.id, template: template.id, level: prompt.level, started: today.toISOString().slice(0, 10) };
    const questions = options.includeClarifyingQuestions ? prompt.clarifyingQuestions : [];
    return [frontMatterText(meta), `# ${prompt.title}`, '', sectionsText(template, questions)].join('\n');
}
/** A blank answer for a template, with no prompt (an untitled practice). */
function scaffoldBlankAnswer(template, today) {
    return [`---\ntemplate: ${template.id}\nstarted: ${today.toISOString().slice(0, 10)}\n---`, '', '# My design', '', sectionsText(template, [])].join('\n');
}
function frontMatterText(meta) {
    return ['---', `prompt: ${meta.prompt}`, `template: ${meta.template}`, `level: ${meta.level}`, `started: ${meta.started}`, '---', ''].join('\n');
}
function sectionsText(template, questions) {
    // Optional sections (Follow-ups) are added when they are needed, not scaffolded empty.
    return template.sections
        .filter((spec) => spec.required)
        .map((spec) => {
        const base = (0, fixes_1.sectionMarkdown)(spec, 2);
        if (spec.id !== 'requirements' || questions.length === 0)
            return base;
        const asked = ['', '**Clarifying questions to ask:**', '', ...questions.map((q) => `- ${q}`), ''].join('\n');
        return base + asked;
    })
        .join('\n');
}
/**
 * The file name for attempt `n` of an answer: `slug.md`, then `slug-2.md`, `slug-3.md`, ...
 */
function attemptFileName(slug, attempt) {
    return attempt <= 1 ? `${slug}.md` : `${slug}-${attempt}.md`;
}
/**
 * The first attempt number whose file name is not taken, so nothing is ever overwritten.
 * `exists` answers for a file name in the answer's folder.
 */
async function nextFreeAttempt(slug, exists, limit = 1000) {
    for (let attempt = 1; attempt <= limit; attempt++) {
        const fileName = attemptFileName(slug, attempt);
        if (!(await exists(fileName)))
            return { attempt, fileName };
    }
    throw new Error(`More than ${limit} attempts of ${slug} already exist`);
}
//# sourceMappingURL=scaffold.js.map