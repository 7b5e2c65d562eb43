"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderInterviewerHtml = renderInterviewerHtml;
exports.parseInterviewerMessage = parseInterviewerMessage;
/**
 * The Interviewer view's body: the question asked last, the line of the answer it refers to, and
 * the questions asked before it. Text is escaped (never rendered as Markdown or HTML); buttons carry
 * `data-command` (and `data-index` for a line) for the view's script to post.
 */
const promptView_1 = require("../catalog/promptView");
/** The body for an interview with `asked` questions so far (last is current); `undefined` for none under way. */
function renderInterviewerHtml(interview) {
    if (!interview) {
        return '<p class="empty">No mock interview is under way: start one from a prompt or an answer.</p>';
    }
    const current = interview.asked[interview.asked.length - 1];
    const lineButton = (q) => q.line === undefined ? '' : `<button type="button" class="link" disabled data-command="revealLine" data-index="${q.line}">line ${q.line + 1}</button>`;
    const question = current
        ? `<section class="question" aria-live="polite" aria-labelledby="asked-label">
<p id="asked-label" class="label">Question ${interview.asked.length} · ${(0, promptView_1.escapeHtml)(current.signalTitle)}</p>
<p class="asked">${(0, promptView_1.escapeHtml)(current.question)}</p>
${current.quote !== undefined ? `<blockquote><p>${(0, promptView_1.escapeHtml)(current.quote)}</p><p class="ref">You wrote this at ${lineButton(current)}</p></blockquote>` : ''}
</section>`
        : `<section class="question" aria-live="polite"><p class="asked">Questions start with the architecture, or when you ask.</p></section>`;
    const earlier = interview.asked.slice(0, -1);
    const before = earlier.length > 0
        ? `<details><summary>Asked before (${earlier.length})</summary><ol>${earlier.map((q) => `<li>${(0, promptView_1.escapeHtml)(q.question)} ${lineButton(q)}</li>`).join('')}</ol></details>`
        : '';
    return `<p class="title">Mock interview: ${(0, promptView_1.escapeHtml)(interview.title)}</p>
${question}
<div class="actions">
<button type="button" class="primary" disabled data-command="askFollowUp">Ask Me a Follow-up</button>
<button type="button" class="secondary" disabled data-command="rehearseAloud">${interview.rehearsing ? 'Unfold the Answer' : 'Rehearse Aloud'}</button>
<button type="button" class="secondary" disabled data-command="stopTimer">Stop and Debrief</button>
</div>
${before}`;
}
/** Reads a message from the view; anything else is undefined. */
function parseInterviewerMessage(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const { type, index } = value;
    if (type === 'askFollowUp' || type === 'rehearseAloud' || type === 'stopTimer')
        return { type };
    if (type === 'revealLine' && typeof index === 'number' && Number.isInteger(index) && index >= 0)
        return { type, index };
    return undefined;
}
//# sourceMappingURL=interviewerView.js.map