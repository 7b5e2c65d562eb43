"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RATING_LABELS = exports.RULE_SIGNALS = exports.SECTION_SIGNALS = void 0;
exports.buildDebrief = buildDebrief;
exports.renderDebriefHtml = renderDebriefHtml;
exports.parseRatingsMessage = parseRatingsMessage;
exports.parseRevealLineMessage = parseRevealLineMessage;
const promptView_1 = require("../catalog/promptView");
/**
 * Which signal each answer section's findings and time speak to. Requirements and scope are how the
 * problem was gathered; the architecture (and an ML answer's evaluation) is the flow a listener must
 * follow; operability is long-term ownership.
 */
exports.SECTION_SIGNALS = {
    requirements: 'requirements',
    scope: 'requirements',
    architecture: 'data-flow',
    evaluation: 'data-flow',
    'trade-offs': 'trade-offs',
    operability: 'ownership',
};
/** Rules whose findings speak to a signal whatever section they are in. */
exports.RULE_SIGNALS = {
    SD005: 'requirements',
    SD006: 'trade-offs',
    SD007: 'experience',
    SD008: 'ownership',
};
/** Groups the attempt's evidence by signal, in the order of `signals`. */
function buildDebrief(input) {
    const normalise = (q) => q.replace(/\s+/g, ' ').trim().toLowerCase();
    const inAnswer = new Map(input.followUps.map((f) => [normalise(f.question), f]));
    return input.signals.map((signal) => {
        const findings = input.findings
            .filter((f) => (exports.RULE_SIGNALS[f.ruleId] ?? (f.sectionId ? exports.SECTION_SIGNALS[f.sectionId] : undefined)) === signal.id)
            .map((f) => ({ ruleId: f.ruleId, message: f.message, line: f.line }));
        const answered = [];
        const open = [];
        for (const asked of input.asked) {
            if (asked.signal !== signal.id)
                continue;
            const followUp = inAnswer.get(normalise(asked.question));
            if (followUp?.answered)
                answered.push(followUp);
            else
                open.push(asked);
        }
        const phases = (input.record?.phases ?? [])
            .filter((p) => exports.SECTION_SIGNALS[p.section] === signal.id)
            .map((p) => ({ label: p.label, plannedMinutes: p.plannedMinutes, spentMinutes: p.spentMinutes }));
        return { signal, findings, answered, open, phases };
    });
}
/** What the rating buttons say, from 1 to 4. */
exports.RATING_LABELS = { 1: 'Not shown', 2: 'Some', 3: 'Solid', 4: 'Strong' };
/**
 * The Debrief view's body: one section per signal with its evidence and a 1-4 choice (a radio
 * group, pre-set from `ratings`), then a Save button and `status` beside it. Every text is escaped;
 * answer lines (1-based) are links the view's script turns into `revealLine` messages.
 */
function renderDebriefHtml(title, evidence, ratings = {}, status = '') {
    const parts = evidence.map((e, i) => {
        const id = (0, promptView_1.escapeHtml)(e.signal.id);
        const lineLink = (line) => `<a href="#" class="line" data-line="${line}">line ${line}</a>`;
        const items = [];
        for (const f of e.findings)
            items.push(`<li class="finding">${lineLink(f.line)} <code>${(0, promptView_1.escapeHtml)(f.ruleId)}</code> ${(0, promptView_1.escapeHtml)(f.message)}</li>`);
        for (const a of e.answered)
            items.push(`<li class="answered">Answered: ${lineLink(a.line)} ${(0, promptView_1.escapeHtml)(a.question)}</li>`);
        for (const o of e.open)
            items.push(`<li class="open">Left open: ${(0, promptView_1.escapeHtml)(o.question)}</li>`);
        for (const p of e.phases) {
            const over = p.spentMinutes > p.plannedMinutes;
            items.push(`<li class="phase${over ? ' over' : ''}">${(0, promptView_1.escapeHtml)(p.label)}: ${p.spentMinutes} min of ${p.plannedMinutes} planned${over ? ' (over)' : ''}</li>`);
        }
        const evidenceList = items.length > 0 ? `<ul>${items.join('')}</ul>` : '<p class="none">No evidence from this attempt: rate it by what you said aloud.</p>';
        const choices = [1, 2, 3, 4]
            .map((n) => `<label><input type="radio" name="${id}" value="${n}"${ratings[e.signal.id] === n ? ' checked' : ''}> ${n} · ${(0, promptView_1.escapeHtml)(exports.RATING_LABELS[n])}</label>`)
            .join('');
        return `<section class="signal" data-signal="${id}">
<h2 id="signal-${i}">${(0, promptView_1.escapeHtml)(e.signal.title)}</h2>
${e.signal.description ? `<p class="description">${(0, promptView_1.escapeHtml)(e.signal.description)}</p>` : ''}
${evidenceList}
<fieldset role="radiogroup" aria-labelledby="signal-${i}"><legend>Your rating</legend>${choices}</fieldset>
</section>`;
    });
    return `<h1>Debrief: ${(0, promptView_1.escapeHtml)(title)}</h1>
<p class="intro">What this attempt shows for each signal. Rate each from 1 to 4; the ratings go into the answer's front matter.</p>
<form id="ratings">
${parts.join('\n')}
<p><button type="submit" id="save">Save Ratings</button> <span id="status" role="status" aria-live="polite">${(0, promptView_1.escapeHtml)(status)}</span></p>
</form>`;
}
/** Reads the ratings a Debrief view posted; only known signals with values 1-4 are kept. */
function parseRatingsMessage(raw, signals) {
    if (typeof raw !== 'object' || raw === null)
        return undefined;
    const { type, ratings } = raw;
    if (type !== 'save' || typeof ratings !== 'object' || ratings === null)
        return undefined;
    const result = {};
    for (const s of signals) {
        const value = Number(ratings[s.id]);
        if (value === 1 || value === 2 || value === 3 || value === 4)
            result[s.id] = value;
    }
    return result;
}
/** Reads a Debrief view's request to show an answer line: the 1-based line, or undefined. */
function parseRevealLineMessage(raw) {
    if (typeof raw !== 'object' || raw === null)
        return undefined;
    const { type, line } = raw;
    return type === 'revealLine' && typeof line === 'number' && Number.isInteger(line) && line >= 1 ? line : undefined;
}
//# sourceMappingURL=debrief.js.map