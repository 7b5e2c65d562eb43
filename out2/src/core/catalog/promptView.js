"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.LINE_BREAK_RUN = exports.STATUS_LABELS = exports.HISTORY_ROWS = void 0;
exports.escapeHtml = escapeHtml;
exports.escapeMarkdownInline = escapeMarkdownInline;
exports.tableCell = tableCell;
exports.stripHtmlComments = stripHtmlComments;
exports.formatMinutes = formatMinutes;
exports.timePlanTotal = timePlanTotal;
exports.timePlanTable = timePlanTable;
exports.promptSectionsMarkdown = promptSectionsMarkdown;
exports.promptMetaMarkdown = promptMetaMarkdown;
exports.promptViewMarkdown = promptViewMarkdown;
exports.promptMarkdownRenderer = promptMarkdownRenderer;
exports.renderPracticeHistory = renderPracticeHistory;
exports.renderPromptHtml = renderPromptHtml;
exports.parsePromptViewMessage = parsePromptViewMessage;
/**
 * What the prompt view shows, built from a prompt: its Markdown, and that Markdown rendered to the
 * HTML body of the webview. Everything the prompt file says is rendered with raw HTML off, so a
 * prompt can never inject markup or script; the VS Code adapter only wraps the body in its
 * Content-Security-Policy shell.
 */
const markdown_it_1 = __importDefault(require("markdown-it"));
const plan_1 = require("../practice/plan");
const record_1 = require("../practice/record");
const catalogView_1 = require("./catalogView");
/** How many sessions the history table lists; the average row still counts them all. */
exports.HISTORY_ROWS = 20;
/** Words for each status, as the view and tooltips write them. */
exports.STATUS_LABELS = { none: 'Not started', draft: 'Draft', complete: 'Complete' };
/** Escapes text for HTML element content and double-quoted attribute values. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
/**
 * A run of whitespace that holds a line break. The run is only tried from its first character (the
 * lookbehind): `\s*[\r\n]+\s*` tried from every space of a long run of spaces is quadratic.
 */
exports.LINE_BREAK_RUN = /(?<!\s)\s*[\r\n]\s*/g;
/** Escapes text so Markdown shows it literally inside a line (titles, tags, table cells). */
function escapeMarkdownInline(text) {
    return text.replace(/[\\`*_{}[\]()<>#+\-.!|~&]/g, '\\$&').replace(exports.LINE_BREAK_RUN, ' ');
}
/**
 * Makes inline Markdown fit in one table cell: joined onto one line, with the pipes that would end
 * the cell escaped. Inline formatting is kept.
 */
function tableCell(markdown) {
    return markdown.replace(exports.LINE_BREAK_RUN, ' ').replace(/(^|[^\\])\|/g, '$1\\|').trim();
}
/**
 * Removes HTML comments outside fenced code: with raw HTML off they would show as text, and prompt
 * authors use them for notes to themselves.
 */
function stripHtmlComments(markdown) {
    const out = [];
    let fence;
    let inComment = false;
    for (const line of markdown.split('\n')) {
        const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
        if (!inComment && marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
            fence = fence ? undefined : marker;
            out.push(line);
            continue;
        }
        if (fence) {
            out.push(line);
            continue;
        }
        let rest = line;
        let kept = '';
        for (;;) {
            if (inComment) {
                const end = rest.indexOf('-->');
                if (end < 0) {
                    rest = '';
                    break;
                }
                rest = rest.slice(end + 3);
                inComment = false;
            }
            const start = rest.indexOf('<!--');
            if (start < 0)
                break;
            kept += rest.slice(0, start);
            rest = rest.slice(start + 4);
            inComment = true;
        }
        kept += rest;
        // A line that held only a comment disappears rather than leaving a blank that splits a list.
        if (kept.trim() || line.trim() === '')
            out.push(kept);
    }
    return out.join('\n');
}
/** `5–7` for a range, `5` for a single value. */
function formatMinutes(min, max) {
    return min === max ? String(min) : `${min}–${max}`;
}
/** The total minutes of a time plan, low and high end. */
function timePlanTotal(plan) {
    return plan.reduce((t, p) => ({ minMinutes: t.minMinutes + p.minMinutes, maxMinutes: t.maxMinutes + p.maxMinutes }), { minMinutes: 0, maxMinutes: 0 });
}
/** The time plan as a Markdown table: one row per phase with its minutes, then the total. */
function timePlanTable(plan, sessionMinutes) {
    if (plan.length === 0)
        return '';
    const total = timePlanTotal(plan);
    const rows = plan.map((p) => `| ${escapeMarkdownInline(p.label)} | ${formatMinutes(p.minMinutes, p.maxMinutes)} | ${p.detail ? tableCell(stripHtmlComments(p.detail)) : ''} |`);
    return [
        '| Phase | Minutes | Focus |',
        '| --- | --- | --- |',
        ...rows,
        `| **Total** | **${formatMinutes(total.minMinutes, total.maxMinutes)}** | of a ${sessionMinutes}-minute session |`,
    ].join('\n');
}
/** The prompt's body parts as Markdown, each under its own heading; empty parts are left out. */
function promptSectionsMarkdown(prompt) {
    const parts = [
        ['Statement', prompt.statement],
        ['What to cover', prompt.whatToCover],
        ['Clarifying questions', prompt.clarifyingQuestions.map((q) => `- ${q}`).join('\n')],
        ['Signals', prompt.signals],
        ['Pitfalls', prompt.pitfalls],
    ];
    const blocks = parts.map(([heading, text]) => [heading, stripHtmlComments(text).trim()]).filter(([, text]) => text).map(([heading, text]) => `## ${heading}\n\n${text}`);
    const plan = timePlanTable(prompt.timePlan, prompt.minutes);
    if (plan)
        blocks.push(`## Time plan\n\n${plan}`);
    return blocks.join('\n\n');
}
/** The line under the title: team, level, minutes and tags, escaped. */
function promptMetaMarkdown(prompt) {
    const bits = [`**Team:** ${escapeMarkdownInline((0, catalogView_1.promptTeamTitle)(prompt))}`, `**Level:** ${escapeMarkdownInline(prompt.level)}`, `**Time:** ${prompt.minutes} min`];
    if (prompt.tags.length > 0)
        bits.push(`**Tags:** ${prompt.tags.map(escapeMarkdownInline).join(', ')}`);
    return bits.join(' · ');
}
/** The whole prompt as one Markdown document: title, the line of facts, then its parts. */
function promptViewMarkdown(prompt) {
    return [`# ${escapeMarkdownInline(prompt.title)}`, promptMetaMarkdown(prompt), promptSectionsMarkdown(prompt)].filter((s) => s).join('\n\n') + '\n';
}
let renderer;
/**
 * The Markdown renderer for prompt text: raw HTML off (tags show as text), links only to web and
 * mail addresses (the webview has nothing else to open), and images shown as their alt text, so the
 * view never loads a remote resource.
 */
function promptMarkdownRenderer() {
    if (renderer)
        return renderer;
    const md = new markdown_it_1.default('default', { html: false, linkify: false, typographer: false });
    md.validateLink = (url) => /^(?:https?:|mailto:)/i.test(url.trim());
    md.renderer.rules.image = (tokens, idx) => escapeHtml(tokens[idx].content);
    return (renderer = md);
}
/**
 * The practice history as an HTML table: one row per session, newest first (at most
 * `HISTORY_ROWS`), with the date, the total minutes and, per phase, minutes spent against minutes
 * planned; then the averages over every session. Phases are the columns in the order they first
 * appear; a session without a phase shows a dash there. Empty text for no sessions.
 */
function renderPracticeHistory(entries, showAnswer = false) {
    if (entries.length === 0)
        return '';
    const sorted = [...entries].sort((a, b) => (Date.parse(b.record.started) || 0) - (Date.parse(a.record.started) || 0));
    const summary = (0, record_1.summarizeHistory)(sorted.map((e) => e.record));
    const columns = summary.phases;
    const cell = (spent, planned) => `<td class="num${spent > planned ? ' over' : ''}">${(0, plan_1.formatMinutesValue)(spent)}<span class="plan"> / ${(0, plan_1.formatMinutesValue)(planned)}</span></td>`;
    const head = [
        '<th scope="col">Date</th>',
        showAnswer ? '<th scope="col">Answer</th>' : '',
        '<th scope="col" class="num">Total</th>',
        ...columns.map((c) => `<th scope="col" class="num">${escapeHtml((0, plan_1.phaseName)(c))}</th>`),
    ].join('');
    const rows = sorted.slice(0, exports.HISTORY_ROWS).map((e) => {
        const byPhase = new Map();
        for (const p of e.record.phases) {
            const seen = byPhase.get(p.section);
            byPhase.set(p.section, { spent: (seen?.spent ?? 0) + p.spentMinutes, planned: (seen?.planned ?? 0) + p.plannedMinutes });
        }
        return [
            '<tr>',
            `<td>${escapeHtml(e.date)}</td>`,
            showAnswer ? `<td>${escapeHtml(e.answerLabel)}</td>` : '',
            cell(e.record.minutesTotal, plannedTotal(e.record)),
            ...columns.map((c) => {
                const p = byPhase.get(c.section);
                return p ? cell(p.spent, p.planned) : '<td class="num none">–</td>';
            }),
            '</tr>',
        ].join('');
    });
    const averagePlanned = sorted.reduce((sum, e) => sum + plannedTotal(e.record), 0) / sorted.length;
    const average = [
        '<tr class="average">',
        `<th scope="row">Average of ${summary.count}</th>`,
        showAnswer ? '<td></td>' : '',
        cell(summary.averageMinutesTotal, Math.round(averagePlanned * 10) / 10),
        ...columns.map((c) => cell(c.averageSpentMinutes, c.averagePlannedMinutes)),
        '</tr>',
    ].join('');
    const more = sorted.length > exports.HISTORY_ROWS ? `<p class="detail">The ${exports.HISTORY_ROWS} most recent of ${sorted.length} sessions.</p>` : '';
    return [
        '<table class="practice-history">',
        '<caption>Minutes spent / planned</caption>',
        `<thead><tr>${head}</tr></thead>`,
        '<tbody>',
        ...rows,
        average,
        '</tbody>',
        '</table>',
        more,
    ]
        .filter((s) => s)
        .join('\n');
}
/**
 * The HTML body of the prompt view: a header with the title and facts, the action buttons, the
 * prompt's parts, the user's answers with their status, and their timed practice sessions. Buttons
 * carry `data-command` (and `data-index` for one answer), which the view's script posts as a
 * `PromptViewMessage`.
 */
function renderPromptHtml(prompt, answers, practice = [], interviewsHtml = '') {
    const md = promptMarkdownRenderer();
    const tags = prompt.tags.map((t) => `<span class="tag">${escapeHtml(t)}</span>`).join(' ');
    const facts = [
        `<span class="fact"><span class="fact-name">Team</span> ${escapeHtml((0, catalogView_1.promptTeamTitle)(prompt))}</span>`,
        `<span class="fact level level-${escapeHtml(prompt.level.toLowerCase())}"><span class="fact-name">Level</span> ${escapeHtml(prompt.level)}</span>`,
        `<span class="fact"><span class="fact-name">Time</span> ${prompt.minutes} min</span>`,
    ].join('\n');
    const actions = [
        '<button type="button" class="primary" disabled data-command="startAnswer">Start answer</button>',
        answers.length > 0 ? '<button type="button" class="secondary" disabled data-command="openAnswer">Open my answer</button>' : '',
        answers.length > 0 ? '<button type="button" class="secondary" disabled data-command="startTimer">Start timer</button>' : '',
        '<button type="button" class="secondary" disabled data-command="startMockInterview">Start mock interview</button>',
    ].filter((s) => s).join('\n');
    const history = answers.length === 0
        ? '<p class="empty">No answer yet. <strong>Start answer</strong> creates one from the template.</p>'
        : `<ul class="answers">\n${answers
            .map((a, i) => `<li><span class="status status-${a.status}">${escapeHtml(exports.STATUS_LABELS[a.status])}</span> ` +
            `<button type="button" class="link" disabled data-command="openFile" data-index="${i}">${escapeHtml(a.label)}</button>` +
            (a.detail ? ` <span class="detail">${escapeHtml(a.detail)}</span>` : '') +
            '</li>')
            .join('\n')}\n</ul>`;
    return [
        '<header>',
        `<h1>${escapeHtml(prompt.title)}</h1>`,
        `<p class="summary">${escapeHtml(prompt.summary)}</p>`,
        `<div class="facts">\n${facts}\n</div>`,
        tags ? `<div class="tags">${tags}</div>` : '',
        `<div class="actions">\n${actions}\n</div>`,
        '</header>',
        '<main>',
        md.render(promptSectionsMarkdown(prompt)),
        '</main>',
        '<section class="history" aria-labelledby="history-title">',
        '<h2 id="history-title">Your answers</h2>',
        history,
        '</section>',
        answers.length > 0 ? practiceSection(practice, new Set(practice.map((p) => p.answerLabel)).size > 1) : '',
        interviewsHtml,
    ]
        .filter((s) => s)
        .join('\n');
}
function plannedTotal(record) {
    return record.phases.reduce((sum, p) => sum + p.plannedMinutes, 0);
}
function practiceSection(practice, showAnswer) {
    const body = practice.length === 0
        ? '<p class="empty">No timed practice yet. <strong>Start timer</strong> times a session against the time plan and records it in your answer.</p>'
        : renderPracticeHistory(practice, showAnswer);
    return ['<section class="practice" aria-labelledby="practice-title">', '<h2 id="practice-title">Practice history</h2>', body, '</section>'].join('\n');
}
/**
 * Checks a message from the view. Returns it typed when it is one the view sends, else undefined:
 * the webview is treated as untrusted input.
 */
function parsePromptViewMessage(value, answerCount) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const { type, index } = value;
    if (type === 'startAnswer' || type === 'openAnswer' || type === 'startTimer' || type === 'startMockInterview')
        return { type };
    if (type === 'openFile' && typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < answerCount)
        return { type, index };
    return undefined;
}
//# sourceMappingURL=promptView.js.map