/**
 * What the prompt view shows, built from a prompt: its Markdown, and that Markdown rendered to the
 * HTML body of the webview. Everything the prompt file says is rendered with raw HTML off, so a
 * prompt can never inject markup or script; the VS Code adapter only wraps the body in its
 * Content-Security-Policy shell.
 */
import MarkdownIt from 'markdown-it';
import type { AnswerStatus } from '../answer/answerStatus';
import { MERMAID_CLASS, mermaidBlockHtml } from '../diagram/mermaidHtml';
import { displayQuote } from '../score/displayQuote';
import { isMermaidInfo } from '../answer/parseAnswer';
import { formatMinutesValue, phaseName } from '../practice/plan';
import { summarizeHistory } from '../practice/record';
import type { PracticeRecord } from '../practice/timer';
import { promptTeamTitle } from './catalogView';
import type { AnswerKeyResult, KeyPointResult } from '../score/types';
import type { Prompt, TimePlanPhase } from './prompt';

/** One of the user's answers to the prompt, as the history lists it. */
export interface AnswerSummary {
  /** What to call it, e.g. its workspace-relative path. */
  readonly label: string;
  readonly status: Exclude<AnswerStatus, 'none'>;
  /** A short note such as when it was last changed. */
  readonly detail?: string;
}

/** One timed practice session, recorded in the front matter of one of the user's answers. */
export interface PracticeHistoryEntry {
  /** Which answer it was recorded in, e.g. its workspace-relative path. */
  readonly answerLabel: string;
  /** When it started, as the user reads dates. */
  readonly date: string;
  readonly record: PracticeRecord;
}

/** The messages the view's buttons post. The adapter accepts these and nothing else. */
export type PromptViewMessage =
  | { readonly type: 'startAnswer' }
  | { readonly type: 'openAnswer' }
  | { readonly type: 'startTimer' }
  | { readonly type: 'startMockInterview' }
  | { readonly type: 'openFile'; readonly index: number };

/** How many sessions the history table lists; the average row still counts them all. */
export const HISTORY_ROWS = 20;

/** Words for each status, as the view and tooltips write them. */
export const STATUS_LABELS: Readonly<Record<AnswerStatus, string>> = { none: 'Not started', draft: 'Draft', complete: 'Complete' };

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * A run of whitespace that holds a line break. The run is only tried from its first character (the
 * lookbehind): `\s*[\r\n]+\s*` tried from every space of a long run of spaces is quadratic.
 */
export const LINE_BREAK_RUN = /(?<!\s)\s*[\r\n]\s*/g;

/** Escapes text so Markdown shows it literally inside a line (titles, tags, table cells). */
export function escapeMarkdownInline(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~&]/g, '\\$&').replace(LINE_BREAK_RUN, ' ');
}

/**
 * Makes inline Markdown fit in one table cell: joined onto one line, with the pipes that would end
 * the cell escaped. Inline formatting is kept.
 */
export function tableCell(markdown: string): string {
  return markdown.replace(LINE_BREAK_RUN, ' ').replace(/(^|[^\\])\|/g, '$1\\|').trim();
}

/**
 * Removes HTML comments outside fenced code: with raw HTML off they would show as text, and prompt
 * authors use them for notes to themselves.
 */
export function stripHtmlComments(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
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
      if (start < 0) break;
      kept += rest.slice(0, start);
      rest = rest.slice(start + 4);
      inComment = true;
    }
    kept += rest;
    // A line that held only a comment disappears rather than leaving a blank that splits a list.
    if (kept.trim() || line.trim() === '') out.push(kept);
  }
  return out.join('\n');
}

/** `5–7` for a range, `5` for a single value. */
export function formatMinutes(min: number, max: number): string {
  return min === max ? String(min) : `${min}–${max}`;
}

/** The total minutes of a time plan, low and high end. */
export function timePlanTotal(plan: readonly TimePlanPhase[]): { minMinutes: number; maxMinutes: number } {
  return plan.reduce((t, p) => ({ minMinutes: t.minMinutes + p.minMinutes, maxMinutes: t.maxMinutes + p.maxMinutes }), { minMinutes: 0, maxMinutes: 0 });
}

/** The time plan as a Markdown table: one row per phase with its minutes, then the total. */
export function timePlanTable(plan: readonly TimePlanPhase[], sessionMinutes: number): string {
  if (plan.length === 0) return '';
  const total = timePlanTotal(plan);
  const rows = plan.map((p) => `| ${escapeMarkdownInline(p.label)} | ${formatMinutes(p.minMinutes, p.maxMinutes)} | ${p.detail ? tableCell(stripHtmlComments(p.detail)) : ''} |`);
  return [
    '| Phase | Minutes | Focus |',
    '| --- | --- | --- |',
    ...rows,
    `| **Total** | **${formatMinutes(total.minMinutes, total.maxMinutes)}** | of a ${sessionMinutes}-minute session |`,
  ].join('\n');
}

/**
 * The prompt's body parts as Markdown, each under its own heading; empty parts are left out.
 * `spoilerFree` keeps only the statement and the time plan: what an interviewer would say aloud.
 */
export function promptSectionsMarkdown(prompt: Prompt, spoilerFree = false): string {
  const all: [string, string][] = [
    ['Statement', prompt.statement],
    ['What to cover', prompt.whatToCover],
    ['Clarifying questions', prompt.clarifyingQuestions.map((q) => `- ${q}`).join('\n')],
    ['Signals', prompt.signals],
    ['Pitfalls', prompt.pitfalls],
  ];
  const parts = spoilerFree ? all.slice(0, 1) : all;
  const blocks = parts.map(([heading, text]) => [heading, stripHtmlComments(text).trim()] as const).filter(([, text]) => text).map(([heading, text]) => `## ${heading}\n\n${text}`);
  const plan = timePlanTable(prompt.timePlan, prompt.minutes);
  if (plan) blocks.push(`## Time plan\n\n${plan}`);
  return blocks.join('\n\n');
}

/** The line under the title: team, level, minutes and tags, escaped. */
export function promptMetaMarkdown(prompt: Prompt): string {
  const bits = [`**Team:** ${escapeMarkdownInline(promptTeamTitle(prompt))}`, `**Level:** ${escapeMarkdownInline(prompt.level)}`, `**Time:** ${prompt.minutes} min`];
  if (prompt.tags.length > 0) bits.push(`**Tags:** ${prompt.tags.map(escapeMarkdownInline).join(', ')}`);
  return bits.join(' · ');
}

/** The whole prompt as one Markdown document: title, the line of facts, then its parts. */
export function promptViewMarkdown(prompt: Prompt): string {
  return [`# ${escapeMarkdownInline(prompt.title)}`, promptMetaMarkdown(prompt), promptSectionsMarkdown(prompt)].filter((s) => s).join('\n\n') + '\n';
}

let renderer: InstanceType<typeof MarkdownIt> | undefined;

/**
 * The Markdown renderer for prompt text: raw HTML off (tags show as text), links only to web and
 * mail addresses (the webview has nothing else to open), images shown as their alt text, so the
 * view never loads a remote resource, and a `mermaid` block as the element the page's Mermaid
 * script draws (its source stays readable without the script).
 */
export function promptMarkdownRenderer(): InstanceType<typeof MarkdownIt> {
  if (renderer) return renderer;
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  md.validateLink = (url: string) => /^(?:https?:|mailto:)/i.test(url.trim());
  md.renderer.rules.image = (tokens, idx) => escapeHtml(tokens[idx].content);
  const fence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, idx, options, env, self) =>
    isMermaidInfo(tokens[idx].info) ? mermaidBlockHtml(tokens[idx].content.replace(/\n$/, '')) : fence(tokens, idx, options, env, self);
  return (renderer = md);
}

/** Whether a rendered page holds a Mermaid diagram, so the page loads the renderer only then. */
export function hasMermaidDiagram(html: string): boolean {
  return html.includes(`class="${MERMAID_CLASS}`);
}

/** What the prompt view shows of a prompt's spoilers, from the user's settings and history. */
export interface PromptViewOptions {
  /** Spoiler-free practice: only the statement and the time plan until an attempt is recorded. */
  readonly spoilerFree?: boolean;
  /** When the answer key shows: after an attempt is recorded (default), or always. */
  readonly showAnswerKey?: 'afterAttempt' | 'always';
  /** Whether the user has recorded an attempt at this prompt (see `hasRecordedAttempt`). */
  readonly attempted?: boolean;
  /** The answer key matched against the user's latest answer, named by `answerLabel`. */
  readonly keyCheck?: { readonly answerLabel: string; readonly result: AnswerKeyResult };
}

/**
 * Whether the user has recorded an attempt at a prompt: a timed session or a mock interview in the
 * front matter of one of its answers (as `design-practice score` decides for one answer).
 */
export function hasRecordedAttempt(answers: readonly { readonly practice?: readonly unknown[]; readonly interviews?: readonly unknown[] }[]): boolean {
  return answers.some((a) => (a.practice?.length ?? 0) > 0 || (a.interviews?.length ?? 0) > 0);
}

/**
 * The answer key section: every point with its signal and level, each marked covered (with the
 * line and words that make it) or missed when `keyCheck` matched it against an answer; before an
 * attempt (unless the setting says always) only how many points there are.
 */
export function renderAnswerKey(prompt: Prompt, options: PromptViewOptions): string {
  if (prompt.answerKey.length === 0) return '';
  const head = '<section class="answer-key" aria-labelledby="answer-key-title">\n<h2 id="answer-key-title">Answer key</h2>';
  if (!options.attempted && options.showAnswerKey !== 'always') {
    const n = prompt.answerKey.length;
    return `${head}\n<p class="empty">${n} point${n === 1 ? '' : 's'} a strong answer covers. They show once you have recorded an attempt (a timed practice session or a mock interview), each marked covered or missed by your answer.</p>\n</section>`;
  }
  const check = options.keyCheck;
  const found = new Map<string, KeyPointResult>();
  for (const p of check?.result.covered ?? []) found.set(p.point, p);
  const items = prompt.answerKey.map((point) => {
    const tags = `<span class="tag">${escapeHtml(point.signal)}</span>${point.level === 'L5' ? ' <span class="tag level-l5">L5</span>' : ''}`;
    if (!check) return `<li class="key-point">${tags} ${escapeHtml(point.point)}</li>`;
    const covered = found.get(point.point);
    const mark = covered ? '<span class="key-mark covered">Covered</span>' : '<span class="key-mark missed">Missed</span>';
    const where = covered?.line !== undefined && covered.quote !== undefined ? ` <span class="detail">line ${covered.line}: “${escapeHtml(displayQuote(covered.quote))}”</span>` : '';
    return `<li class="key-point ${covered ? 'covered' : 'missed'}">${mark} ${tags} ${escapeHtml(point.point)}${where}</li>`;
  });
  const summary = check
    ? `<p class="detail">Checked against ${escapeHtml(check.answerLabel)}: ${check.result.covered.length} of ${prompt.answerKey.length} points covered. A point counts as covered when your words name it; read the missed ones as what to raise next time.</p>`
    : '';
  return [head, summary, `<ul class="key-points">\n${items.join('\n')}\n</ul>`, '</section>'].filter((x) => x).join('\n');
}

/**
 * The practice history as an HTML table: one row per session, newest first (at most
 * `HISTORY_ROWS`), with the date, the total minutes and, per phase, minutes spent against minutes
 * planned; then the averages over every session. Phases are the columns in the order they first
 * appear; a session without a phase shows a dash there. Empty text for no sessions.
 */
export function renderPracticeHistory(entries: readonly PracticeHistoryEntry[], showAnswer = false): string {
  if (entries.length === 0) return '';
  const sorted = [...entries].sort((a, b) => (Date.parse(b.record.started) || 0) - (Date.parse(a.record.started) || 0));
  const summary = summarizeHistory(sorted.map((e) => e.record));
  const columns = summary.phases;
  const cell = (spent: number, planned: number): string =>
    `<td class="num${spent > planned ? ' over' : ''}">${formatMinutesValue(spent)}<span class="plan"> / ${formatMinutesValue(planned)}</span></td>`;
  const head = [
    '<th scope="col">Date</th>',
    showAnswer ? '<th scope="col">Answer</th>' : '',
    '<th scope="col" class="num">Total</th>',
    ...columns.map((c) => `<th scope="col" class="num">${escapeHtml(phaseName(c))}</th>`),
  ].join('');
  const rows = sorted.slice(0, HISTORY_ROWS).map((e) => {
    const byPhase = new Map<string, { spent: number; planned: number }>();
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
  const more = sorted.length > HISTORY_ROWS ? `<p class="detail">The ${HISTORY_ROWS} most recent of ${sorted.length} sessions.</p>` : '';
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
export function renderPromptHtml(
  prompt: Prompt,
  answers: readonly AnswerSummary[],
  practice: readonly PracticeHistoryEntry[] = [],
  interviewsHtml = '',
  options: PromptViewOptions = {},
): string {
  const md = promptMarkdownRenderer();
  const spoilerFree = options.spoilerFree === true && !options.attempted;
  const tags = prompt.tags.map((t) => `<span class="tag">${escapeHtml(t)}</span>`).join(' ');
  const facts = [
    `<span class="fact"><span class="fact-name">Team</span> ${escapeHtml(promptTeamTitle(prompt))}</span>`,
    `<span class="fact level level-${escapeHtml(prompt.level.toLowerCase())}"><span class="fact-name">Level</span> ${escapeHtml(prompt.level)}</span>`,
    `<span class="fact"><span class="fact-name">Time</span> ${prompt.minutes} min</span>`,
  ].join('\n');
  const actions = [
    '<button type="button" class="primary" disabled data-command="startAnswer">Start answer</button>',
    answers.length > 0 ? '<button type="button" class="secondary" disabled data-command="openAnswer">Open my answer</button>' : '',
    answers.length > 0 ? '<button type="button" class="secondary" disabled data-command="startTimer">Start timer</button>' : '',
    '<button type="button" class="secondary" disabled data-command="startMockInterview">Start mock interview</button>',
  ].filter((s) => s).join('\n');
  const history =
    answers.length === 0
      ? '<p class="empty">No answer yet. <strong>Start answer</strong> creates one from the template.</p>'
      : `<ul class="answers">\n${answers
          .map(
            (a, i) =>
              `<li><span class="status status-${a.status}">${escapeHtml(STATUS_LABELS[a.status])}</span> ` +
              `<button type="button" class="link" disabled data-command="openFile" data-index="${i}">${escapeHtml(a.label)}</button>` +
              (a.detail ? ` <span class="detail">${escapeHtml(a.detail)}</span>` : '') +
              '</li>',
          )
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
    md.render(promptSectionsMarkdown(prompt, spoilerFree)),
    spoilerFree
      ? `<p class="spoiler-note">Spoiler-free practice: what to cover, the clarifying questions, the signals, the pitfalls${prompt.answerKey.length > 0 ? ' and the answer key' : ''} show once you have recorded an attempt (a timed practice session or a mock interview).</p>`
      : '',
    '</main>',
    spoilerFree ? '' : renderAnswerKey(prompt, options),
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

function plannedTotal(record: PracticeRecord): number {
  return record.phases.reduce((sum, p) => sum + p.plannedMinutes, 0);
}

function practiceSection(practice: readonly PracticeHistoryEntry[], showAnswer: boolean): string {
  const body =
    practice.length === 0
      ? '<p class="empty">No timed practice yet. <strong>Start timer</strong> times a session against the time plan and records it in your answer.</p>'
      : renderPracticeHistory(practice, showAnswer);
  return ['<section class="practice" aria-labelledby="practice-title">', '<h2 id="practice-title">Practice history</h2>', body, '</section>'].join('\n');
}

/**
 * Checks a message from the view. Returns it typed when it is one the view sends, else undefined:
 * the webview is treated as untrusted input.
 */
export function parsePromptViewMessage(value: unknown, answerCount: number): PromptViewMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { type, index } = value as { type?: unknown; index?: unknown };
  if (type === 'startAnswer' || type === 'openAnswer' || type === 'startTimer' || type === 'startMockInterview') return { type };
  if (type === 'openFile' && typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < answerCount) return { type, index };
  return undefined;
}
