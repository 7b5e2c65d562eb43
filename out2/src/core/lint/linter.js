"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.prepareText = prepareText;
exports.lint = lint;
exports.readAnswer = readAnswer;
exports.sectionReadings = sectionReadings;
exports.analyze = analyze;
/** The linter: parse once, run each enabled rule, honour inline switches, return sorted findings. */
const headingMatch_1 = require("../answer/headingMatch");
const frontMatter_1 = require("../answer/frontMatter");
const parseAnswer_1 = require("../answer/parseAnswer");
const templates_1 = require("../answer/templates");
const config_1 = require("./config");
const disable_1 = require("./disable");
const rules_1 = require("./rules");
const defaultConfig = (0, config_1.resolveConfig)(undefined, rules_1.RULES).config;
/** Splits `text` into lines and reads its front matter, once, for `analyze` and for whoever asks first. */
function prepareText(text) {
    const lines = (0, parseAnswer_1.splitLines)(text);
    return { lines, frontMatter: (0, frontMatter_1.parseFrontMatter)(lines) };
}
/** Lints an answer's text. Never throws on any input text. `prepared`, when given, is `prepareText(text)`. */
function lint(text, config = defaultConfig, prepared) {
    return analyze(text, config, rules_1.RULES, prepared).findings;
}
/**
 * Parses an answer's text against the template its front matter names (else the configured default),
 * with the configured aliases: the answer as the rules and the `sections` command see it. `prepared`,
 * when given, is `prepareText(text)`, so a caller that read the front matter already does not parse it again.
 */
function readAnswer(text, config = defaultConfig, prepared = prepareText(text)) {
    const { lines, frontMatter } = prepared;
    const named = frontMatter?.data.template;
    // An unknown template is SD010's to report; the answer is still read against the default.
    const template = (typeof named === 'string' && (0, templates_1.getTemplate)(named)) || (0, templates_1.getTemplate)(config.defaultTemplate) || (0, templates_1.getTemplate)(templates_1.DEFAULT_TEMPLATE_ID);
    return { answer: (0, parseAnswer_1.parseAnswer)(text, { template, matcher: (0, headingMatch_1.sectionMatcherFor)(template, config.aliases) }, lines, frontMatter), template };
}
/** How every heading of an answer is read: the section(s) each counts as, and why. */
function sectionReadings(text, config = defaultConfig) {
    return readAnswer(text, config).answer.readings.map((r) => ({
        line: r.heading.line + 1,
        level: r.heading.level,
        heading: r.heading.text,
        sections: r.specs.map((s) => s.id),
        reason: r.reason,
    }));
}
/** Lints an answer's text and returns the parsed answer with the findings. `prepared`, when given, is `prepareText(text)`. */
function analyze(text, config = defaultConfig, rules = rules_1.RULES, prepared) {
    const { answer, template } = readAnswer(text, config, prepared);
    const lines = answer.lines;
    const context = {
        answer,
        template,
        requiredSections: new Set(config.requiredSections ?? template.sections.filter((s) => s.required).map((s) => s.id)),
        technologies: config.technologies,
    };
    const disabledAt = (0, disable_1.readDisableComments)(answer, rules);
    const findings = [];
    for (const rule of rules) {
        const [ruleId, ruleName] = rule.names;
        const severity = config.severities.get(ruleId);
        if (!severity)
            continue;
        rule.check(context, (r) => {
            if (disabledAt?.(ruleId, r.line))
                return;
            findings.push(toFinding(ruleId, ruleName, severity, r, lines));
        });
    }
    findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
    return { answer, template, findings };
}
function toFinding(ruleId, ruleName, severity, r, lines) {
    // Reports past the last line (a section missing at the end) are shown on the last line.
    const line = Math.max(0, Math.min(r.line, lines.length - 1));
    const endLine = Math.max(line, Math.min(r.endLine ?? line, lines.length - 1));
    const endColumn = r.endColumn ?? (lines[endLine]?.length ?? 0);
    return {
        ruleId,
        ruleName,
        severity,
        message: r.message,
        line: line + 1,
        column: (r.column ?? 0) + 1,
        endLine: endLine + 1,
        endColumn: Math.max(endColumn, endLine === line ? (r.column ?? 0) : 0) + 1,
        ...(r.sectionId ? { sectionId: r.sectionId } : {}),
        ...(r.fix ? { fix: r.fix } : {}),
    };
}
//# sourceMappingURL=linter.js.map