"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.probesFor = probesFor;
/**
 * `probesFor`: the questions an interviewer would ask back about an answer, in the order to ask
 * them: first about the candidate's own words (quoting the line), then the prompt's follow-ups.
 * Pure and deterministic: the same answer and prompt always give the same probes.
 */
const headingMatch_1 = require("../answer/headingMatch");
const parseAnswer_1 = require("../answer/parseAnswer");
const frontMatter_1 = require("../answer/frontMatter");
const sectionText_1 = require("../answer/sectionText");
const templates_1 = require("../answer/templates");
const config_1 = require("../lint/config");
const followUps_1 = require("../answer/followUps");
const claims_1 = require("./claims");
const rules_1 = require("./rules");
/** Longest quote carried by a probe. */
const QUOTE_LENGTH = 120;
const LINE_LEAD = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?/;
const HEADING_LEAD = /^[ \t]{0,3}#{1,6}[ \t]+/;
const NUMBER_LEAD = /^(\*\*|__|)(?:step[ \t]{1,4})?\d{1,4}[.):][ \t]+/i;
/**
 * The probes for `answer` (its text, or an answer already parsed, e.g. by the linter) to `prompt`,
 * in the order to ask them: the answer's probes by line, then the prompt's follow-ups in file order.
 * A question already answered under the answer's `## Follow-ups` (`### Q: ...` with text under it)
 * is left out. Never throws on any text.
 */
function probesFor(answer, prompt, options = {}) {
    const doc = typeof answer === 'string' ? parseAnswerText(answer, prompt, options) : answer;
    const templateId = doc.templateId ?? prompt?.template ?? options.defaultTemplate;
    const context = {
        answer: doc,
        ml: templateId === 'ml-system-design',
        technologies: options.technologies ?? config_1.DEFAULT_TECHNOLOGIES,
        lines: candidateLines(doc),
        everywhere: allLines(doc),
    };
    const fromAnswer = [];
    const rules = options.rules ?? rules_1.PROBE_RULES;
    rules.forEach((rule, order) => {
        if (rule.mlOnly && !context.ml)
            return;
        for (const found of rule.find(context)) {
            const line = found.line;
            // A heading names a part of the answer: the probe links to it but quotes nothing.
            const quote = line === undefined || HEADING_LEAD.test((0, sectionText_1.visibleLines)(doc)[line] ?? '') ? undefined : quoteOf(doc, line, found.column ?? 0);
            fromAnswer.push({
                id: `${rule.id}:${slug(found.subject)}`,
                question: found.question,
                source: 'answer',
                ...(line !== undefined ? { line } : {}),
                ...(quote ? { quote } : {}),
                signal: rule.signal,
                order,
            });
        }
    });
    // By line, then rule order; probes with no line (about an absent section) after those with one.
    fromAnswer.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || a.order - b.order);
    const probes = fromAnswer.map(({ order: _order, ...probe }) => probe);
    (prompt?.followUps ?? []).forEach((f, i) => probes.push({ id: `prompt:${i + 1}`, question: f.question, source: 'prompt', signal: f.signal }));
    const answered = new Set((0, followUps_1.askedFollowUps)(doc).filter((a) => a.answered).map((a) => (0, followUps_1.questionKey)(a.question)));
    const ids = new Set();
    const out = [];
    for (const probe of probes) {
        if (answered.has((0, followUps_1.questionKey)(probe.question)))
            continue;
        let id = probe.id;
        for (let n = 2; ids.has(id); n++)
            id = `${probe.id}-${n}`;
        ids.add(id);
        out.push(id === probe.id ? probe : { ...probe, id });
    }
    return out;
}
/** Parses an answer's text against its template: the one its front matter names, else the prompt's, else the default. */
function parseAnswerText(text, prompt, options) {
    const lines = (0, parseAnswer_1.splitLines)(text);
    const frontMatter = (0, frontMatter_1.parseFrontMatter)(lines);
    const named = frontMatter ? (0, frontMatter_1.stringField)(frontMatter.data, 'template') : undefined;
    const template = (named && (0, templates_1.getTemplate)(named)) || (prompt && (0, templates_1.getTemplate)(prompt.template)) || (0, templates_1.getTemplate)(options.defaultTemplate ?? templates_1.DEFAULT_TEMPLATE_ID) || (0, templates_1.getTemplate)(templates_1.DEFAULT_TEMPLATE_ID);
    return (0, parseAnswer_1.parseAnswer)(text, { template, matcher: (0, headingMatch_1.sectionMatcherFor)(template, options.aliases) }, lines, frontMatter);
}
/** The candidate's own lines in every recognised section except Follow-ups, with comments blanked. */
function candidateLines(doc) {
    const kinds = (0, sectionText_1.bodyLines)(doc);
    const visible = (0, sectionText_1.visibleLines)(doc);
    const out = [];
    for (const section of doc.sections) {
        const id = section.spec?.id;
        if (!id || id === followUps_1.FOLLOW_UPS_SECTION_ID)
            continue;
        let under;
        for (let line = section.bodyStart; line < section.end; line++) {
            const kind = kinds[line];
            if (kind === 1 /* BodyLine.Heading */)
                under = visible[line];
            if (kind === 5 /* BodyLine.Content */ || kind === 1 /* BodyLine.Heading */)
                out.push({ line, text: visible[line], sectionId: id, heading: kind === 1 /* BodyLine.Heading */, ...(under !== undefined && kind !== 1 /* BodyLine.Heading */ ? { under } : {}) });
        }
    }
    // Only the candidate's own claims: rejected alternatives, questions and other speakers are blanked.
    return (0, claims_1.claimLines)(out, visible);
}
/** Every line of the design sections, code included, for what an Operability question may find anywhere. */
function allLines(doc) {
    const kinds = (0, sectionText_1.bodyLines)(doc);
    const visible = (0, sectionText_1.visibleLines)(doc);
    const out = [];
    for (const section of doc.sections) {
        if (!section.spec?.id || section.spec.id === followUps_1.FOLLOW_UPS_SECTION_ID)
            continue;
        for (let line = section.bodyStart; line < section.end; line++)
            if (kinds[line] === 5 /* BodyLine.Content */ || kinds[line] === 2 /* BodyLine.Code */)
                out.push(visible[line]);
    }
    return out;
}
/**
 * The words a probe quotes: the sentence of `line` that holds `column`, with list markers and inline
 * Markdown (links, emphasis) removed, shortened around the column when it is long.
 */
function quoteOf(doc, line, column) {
    const full = (0, sectionText_1.visibleLines)(doc)[line] ?? '';
    // The list marker or heading hashes are not the candidate's words.
    const marker = Math.max(LINE_LEAD.exec(full)?.[0].length ?? 0, HEADING_LEAD.exec(full)?.[0].length ?? 0);
    // A bold list number ("**1. API Gateway**") is not the candidate's words either.
    const rest = full.slice(marker);
    const numbered = NUMBER_LEAD.exec(rest);
    const text = numbered ? numbered[1] + rest.slice(numbered[0].length) : rest;
    const shift = numbered ? numbered[0].length - numbered[1].length : 0;
    const at = Math.max(0, column - marker - shift);
    const starts = (0, sectionText_1.sentenceStarts)(text);
    const sentence = (0, sectionText_1.sentenceAt)(starts, at);
    const start = starts[sentence];
    const end = sentence + 1 < starts.length ? starts[sentence + 1] : text.length;
    const before = plainText(text.slice(start, Math.max(start, at)));
    const after = plainText(text.slice(Math.max(start, at), end));
    // A long sentence is cut to start a few words before the subject, so the quote shows it.
    let lead = before;
    if (before.length > QUOTE_LENGTH / 2) {
        const cut = before.indexOf(' ', before.length - QUOTE_LENGTH / 4);
        lead = `…${before.slice(cut < 0 ? before.length - QUOTE_LENGTH / 4 : cut + 1)}`;
    }
    return (0, sectionText_1.excerpt)(lead + after, QUOTE_LENGTH) || undefined;
}
/** Inline Markdown removed, including the halves of a link that a cut at the subject split apart. */
function plainText(markdown) {
    return (0, headingMatch_1.stripInlineMarkdown)(markdown)
        .replace(/\]\([^)\s]*\)?/g, '')
        .replace(/[[\]]/g, '');
}
/** A subject as an id part: lower-case words joined by hyphens. */
function slug(subject) {
    return (subject
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, '') || 'item');
}
//# sourceMappingURL=probes.js.map