"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RUBRIC_ASSESSOR = exports.RubricAssessor = exports.JUDGES = void 0;
exports.scoreAnswer = scoreAnswer;
exports.scoreAnswerWithFacts = scoreAnswerWithFacts;
exports.levelOf = levelOf;
exports.practiseNext = practiseNext;
/**
 * The deterministic scorer: reads an answer the way the rubric says an interviewer listens, rates
 * each signal from the statements that show it, quotes them, says what is missing at the level asked
 * for, and checks the prompt's answer key. Pure and linear in the answer's length; never throws on
 * any text. `RubricAssessor` is the `Assessor` every other implementation falls back to.
 */
const headingMatch_1 = require("../answer/headingMatch");
const frontMatter_1 = require("../answer/frontMatter");
const parseAnswer_1 = require("../answer/parseAnswer");
const templates_1 = require("../answer/templates");
const answerDiagrams_1 = require("../diagram/answerDiagrams");
const signals_1 = require("../interview/signals");
const config_1 = require("../lint/config");
const tradeoffWithoutCost_1 = require("../lint/rules/tradeoffWithoutCost");
const unjustifiedTechnology_1 = require("../lint/rules/unjustifiedTechnology");
const answerKeyMatch_1 = require("./answerKeyMatch");
const answerView_1 = require("./answerView");
const rubric_1 = require("./rubric");
const dataFlow_1 = require("./signals/dataFlow");
const experience_1 = require("./signals/experience");
const ownership_1 = require("./signals/ownership");
const requirements_1 = require("./signals/requirements");
const tradeOffs_1 = require("./signals/tradeOffs");
/** The judges, one per signal, in `SIGNALS` order. */
exports.JUDGES = [requirements_1.requirementsJudge, tradeOffs_1.tradeOffsJudge, experience_1.experienceJudge, dataFlow_1.dataFlowJudge, ownership_1.ownershipJudge];
/** The scorecard of an answer. Never throws on any text. */
function scoreAnswer(request) {
    return scoreAnswerWithFacts(request).scorecard;
}
/** `scoreAnswer`, with the counts each rating came from. */
function scoreAnswerWithFacts(request) {
    const { doc, template } = typeof request.answer === 'string' ? parseText(request.answer, request) : { doc: request.answer, template: templateOf(request.answer, request) };
    const view = (0, answerView_1.answerView)(doc);
    const context = judgeContext(view, template, request);
    const level = levelOf(request, doc);
    const judgements = exports.JUDGES.map((j) => j.judge(context));
    const key = request.prompt?.answerKey && request.prompt.answerKey.length > 0 ? (0, answerKeyMatch_1.matchAnswerKey)(view, request.prompt.answerKey) : undefined;
    const signals = signals_1.SIGNALS.map((s, i) => {
        const judgement = judgements[i];
        const keyGaps = (key?.missed ?? [])
            .filter((p) => p.signal === s.id)
            .map((p) => ({ point: p.point, why: p.level === 'L5' ? "The prompt's answer key expects a senior answer to raise it." : "The prompt's answer key expects it at the L4 bar.", level: p.level }));
        const keyEvidence = (key?.covered ?? [])
            .filter((p) => p.signal === s.id && p.line !== undefined && p.quote !== undefined)
            .map((p) => ({ line: p.line, quote: p.quote, why: `answer key: ${p.point}` }));
        const evidence = [...judgement.evidence];
        for (const e of keyEvidence)
            if (!evidence.some((x) => x.line === e.line))
                evidence.push(e);
        evidence.sort((a, b) => a.line - b.line);
        const gaps = [...keyGaps, ...judgement.gaps].filter((g) => level === 'L5' || g.level === 'L4');
        return { id: s.id, rating: judgement.rating, evidence, gaps };
    });
    const ratings = Object.fromEntries(signals.map((s) => [s.id, s.rating]));
    const scorecard = { level, verdict: (0, rubric_1.verdictFor)(ratings), signals, ...(key ? { answerKey: key } : {}) };
    const facts = Object.fromEntries(signals_1.SIGNALS.map((s, i) => [s.id, judgements[i].facts]));
    return { scorecard, facts };
}
/**
 * The bar the gaps are shown against: `--level`, else the prompt's, else the answer's own `level:`
 * (an MLE loop is a senior one), else L4.
 */
function levelOf(request, doc) {
    if (request.level)
        return request.level;
    const named = request.prompt?.level ?? (doc?.frontMatter?.data ? (0, frontMatter_1.stringField)(doc.frontMatter.data, 'level') : undefined);
    if (named === 'L5' || named === 'MLE')
        return 'L5';
    return 'L4';
}
function parseText(text, request) {
    const lines = (0, parseAnswer_1.splitLines)(text);
    const frontMatter = (0, frontMatter_1.parseFrontMatter)(lines);
    const named = frontMatter ? (0, frontMatter_1.stringField)(frontMatter.data, 'template') : undefined;
    const template = pickTemplate(named, request);
    return { doc: (0, parseAnswer_1.parseAnswer)(text, { template, matcher: matcherFor(template, request.aliases) }, lines, frontMatter), template };
}
const matchers = new Map();
const aliasedMatchers = new WeakMap();
/** One heading matcher per template (and alias set): building one is most of a short answer's time. */
function matcherFor(template, aliases) {
    let byTemplate = matchers;
    if (aliases) {
        byTemplate = aliasedMatchers.get(aliases) ?? new Map();
        aliasedMatchers.set(aliases, byTemplate);
    }
    let matcher = byTemplate.get(template.id);
    if (!matcher)
        byTemplate.set(template.id, (matcher = (0, headingMatch_1.createSectionMatcher)(template, aliases)));
    return matcher;
}
function templateOf(doc, request) {
    return pickTemplate(doc.templateId, request);
}
/** The answer's own template, else the prompt's, else the default. */
function pickTemplate(named, request) {
    return ((named && (0, templates_1.getTemplate)(named)) ||
        (request.prompt && (0, templates_1.getTemplate)(request.prompt.template)) ||
        (0, templates_1.getTemplate)(request.defaultTemplate ?? templates_1.DEFAULT_TEMPLATE_ID) ||
        (0, templates_1.getTemplate)(templates_1.DEFAULT_TEMPLATE_ID));
}
function judgeContext(view, template, request) {
    const ruleContext = {
        answer: view.doc,
        template,
        requiredSections: new Set(template.sections.filter((s) => s.required).map((s) => s.id)),
        technologies: request.technologies ?? config_1.DEFAULT_TECHNOLOGIES,
    };
    const choicesWithoutCost = [];
    tradeoffWithoutCost_1.tradeoffWithoutCost.check(ruleContext, (r) => choicesWithoutCost.push(r.line));
    const unjustifiedTechnologies = [];
    unjustifiedTechnology_1.unjustifiedTechnology.check(ruleContext, (r) => unjustifiedTechnologies.push({ line: r.line, message: r.message }));
    return { view, ml: template.id === 'ml-system-design', choicesWithoutCost, unjustifiedTechnologies, diagram: (0, answerDiagrams_1.diagramDataFlow)(view.doc) };
}
/** The deterministic assessor: the rubric's judges over the answer. */
class RubricAssessor {
    id = 'rubric';
    assess(request) {
        return Promise.resolve(scoreAnswer(request));
    }
}
exports.RubricAssessor = RubricAssessor;
/** The one deterministic assessor; it holds no state. */
exports.RUBRIC_ASSESSOR = new RubricAssessor();
/**
 * The one or two things to work on next: the weakest signals below the bar of the scorecard's level
 * (3 for L4, 4 for L5), each with its first gap (a missed answer-key point first).
 */
function practiseNext(card, max = 2) {
    const bar = card.level === 'L5' ? 4 : 3;
    return card.signals
        .map((s, order) => ({ s, order }))
        .filter(({ s }) => s.rating < bar && s.gaps.length > 0)
        .sort((a, b) => a.s.rating - b.s.rating || a.order - b.order)
        .slice(0, max)
        .map(({ s }) => ({ signal: s.id, rating: s.rating, point: s.gaps[0].point, why: s.gaps[0].why }));
}
//# sourceMappingURL=scoreAnswer.js.map