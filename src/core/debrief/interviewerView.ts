/**
 * The Interviewer view's body: the question asked last, the line of the answer it refers to, and
 * the questions asked before it. Text is escaped (never rendered as Markdown or HTML); buttons carry
 * `data-command` (and `data-index` for a line) for the view's script to post.
 */
import { escapeHtml } from '../catalog/promptView';

/** A question as the view shows it. `line` is 0-based. */
export interface InterviewerQuestion {
  readonly question: string;
  readonly signalTitle: string;
  readonly line?: number;
  readonly quote?: string;
  /** The language model that wrote it; absent for the built-in interviewer's questions. */
  readonly by?: string;
  /** The probe's id: `curveball:<n>` marks a curveball. */
  readonly id?: string;
}

/** Who asked a question, as the view says it. */
export function askedBy(q: Pick<InterviewerQuestion, 'by' | 'id'>): string {
  if (q.id?.startsWith('curveball:')) return "a curveball from the prompt";
  return q.by === undefined ? 'asked by the built-in interviewer' : `asked by your model (${q.by})`;
}

/** The messages the view's buttons post; the adapter accepts these and nothing else. */
export type InterviewerMessage =
  | { readonly type: 'askFollowUp' | 'rehearseAloud' | 'stopTimer' }
  | { readonly type: 'revealLine'; readonly index: number };

/** The body for an interview with `asked` questions so far (last is current); `undefined` for none under way. */
export function renderInterviewerHtml(interview: { readonly title: string; readonly asked: readonly InterviewerQuestion[]; readonly rehearsing: boolean } | undefined): string {
  if (!interview) {
    return '<p class="empty">No mock interview is under way: start one from a prompt or an answer.</p>';
  }
  const current = interview.asked[interview.asked.length - 1];
  const lineButton = (q: InterviewerQuestion): string =>
    q.line === undefined ? '' : `<button type="button" class="link" disabled data-command="revealLine" data-index="${q.line}">line ${q.line + 1}</button>`;
  const question = current
    ? `<section class="question" aria-live="polite" aria-labelledby="asked-label">
<p id="asked-label" class="label">Question ${interview.asked.length} · ${escapeHtml(current.signalTitle)} · ${escapeHtml(askedBy(current))}</p>
<p class="asked">${escapeHtml(current.question)}</p>
${current.quote !== undefined ? `<blockquote><p>${escapeHtml(current.quote)}</p><p class="ref">You wrote this at ${lineButton(current)}</p></blockquote>` : ''}
</section>`
    : `<section class="question" aria-live="polite"><p class="asked">Questions start with the architecture, or when you ask.</p></section>`;
  const earlier = interview.asked.slice(0, -1);
  const before =
    earlier.length > 0
      ? `<details><summary>Asked before (${earlier.length})</summary><ol>${earlier.map((q) => `<li>${escapeHtml(q.question)} ${lineButton(q)}</li>`).join('')}</ol></details>`
      : '';
  return `<p class="title">Mock interview: ${escapeHtml(interview.title)}</p>
${question}
<div class="actions">
<button type="button" class="primary" disabled data-command="askFollowUp">Ask Me a Follow-up</button>
<button type="button" class="secondary" disabled data-command="rehearseAloud">${interview.rehearsing ? 'Unfold the Answer' : 'Rehearse Aloud'}</button>
<button type="button" class="secondary" disabled data-command="stopTimer">Stop and Debrief</button>
</div>
${before}`;
}

/** Reads a message from the view; anything else is undefined. */
export function parseInterviewerMessage(value: unknown): InterviewerMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { type, index } = value as { type?: unknown; index?: unknown };
  if (type === 'askFollowUp' || type === 'rehearseAloud' || type === 'stopTimer') return { type };
  if (type === 'revealLine' && typeof index === 'number' && Number.isInteger(index) && index >= 0) return { type, index };
  return undefined;
}
