/**
 * The debrief after a mock interview, built on the scorecard: for each signal an interviewer
 * evaluates, the suggested rating with its evidence (quotes that link to their lines), the gaps at
 * the user's level, and what this session left (the questions answered and left open, time per
 * phase against the plan); then the answer key's covered and missed points, "practise next", and a
 * 1-4 rating per signal the user may adjust. Rendered as the HTML body of the Debrief view. Pure:
 * everything it shows arrives in its arguments.
 */
import type { Finding } from '../lint/types';
import type { PracticeRecord } from '../practice/timer';
import { escapeHtml } from '../catalog/promptView';
import { questionKey } from '../answer/followUps';
import { ownValue } from '../ownValue';
import { mermaidBlockHtml } from '../diagram/mermaidHtml';
import { displayQuote } from '../score/displayQuote';
import type { Rating, Scorecard } from '../score/types';
import type { FollowUp } from './followUpsText';
import type { SignalRating, SignalRatings } from './interviewRecord';

/** A signal as the debrief names it. */
export interface DebriefSignal {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
}

/** A question the interviewer asked in the session, with the signal it tests. */
export interface AskedQuestion {
  readonly question: string;
  readonly signal: string;
}

/** The evidence for one signal. */
export interface SignalEvidence {
  readonly signal: DebriefSignal;
  /** Findings of the linter that bear on this signal. */
  readonly findings: readonly Pick<Finding, 'ruleId' | 'message' | 'line'>[];
  /** Questions on this signal answered under Follow-ups, and those left open (or deleted). */
  readonly answered: readonly FollowUp[];
  readonly open: readonly AskedQuestion[];
  /** The phases that work on this signal, minutes spent against planned. */
  readonly phases: readonly { readonly label: string; readonly plannedMinutes: number; readonly spentMinutes: number }[];
}

/** What the debrief is built from. */
export interface DebriefInput {
  readonly signals: readonly DebriefSignal[];
  readonly findings: readonly Pick<Finding, 'ruleId' | 'message' | 'line' | 'sectionId'>[];
  readonly asked: readonly AskedQuestion[];
  /** The `### Q:` questions now in the answer. */
  readonly followUps: readonly FollowUp[];
  /** The practice record of the session, when it was written. */
  readonly record?: PracticeRecord;
}

/**
 * Which signal each answer section's findings and time speak to. Requirements and scope are how the
 * problem was gathered; the architecture (and an ML answer's evaluation) is the flow a listener must
 * follow; operability is long-term ownership.
 */
export const SECTION_SIGNALS: Readonly<Record<string, string>> = {
  requirements: 'requirements',
  scope: 'requirements',
  architecture: 'data-flow',
  evaluation: 'data-flow',
  'trade-offs': 'trade-offs',
  operability: 'ownership',
};

/** Rules whose findings speak to a signal whatever section they are in. */
export const RULE_SIGNALS: Readonly<Record<string, string>> = {
  SD005: 'requirements',
  SD006: 'trade-offs',
  SD007: 'experience',
  SD008: 'ownership',
};

/** Groups the attempt's evidence by signal, in the order of `signals`. */
export function buildDebrief(input: DebriefInput): SignalEvidence[] {
  // One key for the question asked and the heading it was written as (markup in it reads the same).
  const normalise = questionKey;
  const inAnswer = new Map(input.followUps.map((f) => [normalise(f.question), f]));
  return input.signals.map((signal) => {
    const findings = input.findings
      .filter((f) => (ownValue(RULE_SIGNALS, f.ruleId) ?? (f.sectionId ? ownValue(SECTION_SIGNALS, f.sectionId) : undefined)) === signal.id)
      .map((f) => ({ ruleId: f.ruleId, message: f.message, line: f.line }));
    const answered: FollowUp[] = [];
    const open: AskedQuestion[] = [];
    for (const asked of input.asked) {
      if (asked.signal !== signal.id) continue;
      const followUp = inAnswer.get(normalise(asked.question));
      if (followUp?.answered) answered.push(followUp);
      else open.push(asked);
    }
    const phases = (input.record?.phases ?? [])
      .filter((p) => ownValue(SECTION_SIGNALS, p.section) === signal.id)
      .map((p) => ({ label: p.label, plannedMinutes: p.plannedMinutes, spentMinutes: p.spentMinutes }));
    return { signal, findings, answered, open, phases };
  });
}

/** What the rating buttons say, from 1 to 4. */
export const RATING_LABELS: Readonly<Record<SignalRating, string>> = { 1: 'Not shown', 2: 'Some', 3: 'Solid', 4: 'Strong' };

/** One thing to practise next (the scorer's `practiseNext`). */
export interface PractiseNextItem {
  readonly signal: string;
  readonly rating: Rating;
  readonly point: string;
  readonly why: string;
}

/**
 * A language model's assessment beside the scorecard's (issue 20): its name, its ratings and the
 * rubric's verdict over them, and every claim of its reply not taken, each with why; or why the
 * model was not used. Only the scorecard's ratings are suggested: the model's are a second opinion.
 */
export type ModelOpinion =
  | { readonly model: string; readonly verdict: string; readonly ratings: Readonly<Record<string, Rating>>; readonly dropped: readonly string[] }
  | { readonly notUsed: string };

/** Everything the Debrief view shows. */
export interface DebriefPage {
  /** The prompt's (or the answer's) title. */
  readonly title: string;
  readonly scorecard: Scorecard;
  readonly practiseNext: readonly PractiseNextItem[];
  /** What the session left per signal (`buildDebrief`), in the scorecard's signal order or any. */
  readonly session: readonly SignalEvidence[];
  /** The ratings to show chosen: the user's saved or draft ones, else the suggested. */
  readonly ratings: SignalRatings;
  /** Whether `ratings` are saved in the answer (else they are a draft). */
  readonly saved?: boolean;
  /** The status line beside the Save button. */
  readonly status?: string;
  /** The ratings chart of this answer's interviews (`renderRatingsChart`), if any is rated. */
  readonly chartHtml?: string;
  /** The Mermaid sources of the answer's diagrams, drawn under Data flow. */
  readonly diagrams?: readonly string[];
  /** The user's language model's ratings, shown in a column beside the scorecard's; absent when none was asked. */
  readonly model?: ModelOpinion;
}

/** The scorecard's and the model's verdict and ratings side by side, and the model's claims not taken. */
function modelOpinionHtml(card: Scorecard, opinion: ModelOpinion | undefined, titleOf: (id: string) => string): string {
  if (!opinion) return '';
  if ('notUsed' in opinion) return `<p class="model-note">Your language model was not used: ${escapeHtml(opinion.notUsed)}.</p>`;
  const rows = card.signals
    .map((s) => {
      const theirs = ownValue(opinion.ratings, s.id);
      return `<tr><th scope="row">${escapeHtml(titleOf(s.id))}</th><td>${s.rating} · ${escapeHtml(RATING_LABELS[s.rating])}</td><td>${theirs ? `${theirs} · ${escapeHtml(RATING_LABELS[theirs])}` : '-'}</td></tr>`;
    })
    .join('');
  const dropped =
    opinion.dropped.length > 0
      ? `<h3>Not taken from your model's reply</h3><ul class="model-dropped">${opinion.dropped.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>`
      : '';
  return `<section class="model-opinion" aria-labelledby="model-title"><h2 id="model-title">Your model beside the built-in scorecard</h2>
<table><thead><tr><th scope="col">Signal</th><th scope="col">Built-in scorecard</th><th scope="col">${escapeHtml(opinion.model)}</th></tr></thead><tbody>
<tr class="verdict-row"><th scope="row">Verdict</th><td>${escapeHtml(card.verdict)}</td><td>${escapeHtml(opinion.verdict)}</td></tr>${rows}</tbody></table>
<p class="none">The suggested ratings below are the built-in scorecard's; your model's verdict is the rubric's rule over its ratings, and its quotes were checked against your lines.</p>${dropped}</section>`;
}

/** A 1-based answer line as a link the view's script turns into a `revealLine` message. */
function lineLink(line: number, text = `line ${line}`): string {
  return `<a href="#" class="line" data-line="${line}">${escapeHtml(text)}</a>`;
}

/**
 * The Debrief view's body: the verdict and "practise next" first, then one section per signal (the
 * suggested rating, evidence quoting the answer with links to its lines, gaps at the level, the
 * session's questions and times, and a 1-4 choice pre-set from `ratings`), the answer key, and the
 * ratings chart. Every text is escaped.
 */
export function renderDebriefHtml(page: DebriefPage, signals: readonly DebriefSignal[]): string {
  const card = page.scorecard;
  const titleOf = (id: string): string => signals.find((s) => s.id === id)?.title ?? id;
  const practise =
    page.practiseNext.length > 0
      ? `<section class="practise-next" aria-labelledby="practise-title"><h2 id="practise-title">Practise next</h2><ol>${page.practiseNext
          .map((p) => `<li><strong>${escapeHtml(titleOf(p.signal))}</strong> (${p.rating} · ${escapeHtml(RATING_LABELS[p.rating])}): ${escapeHtml(p.point)} — <span class="why">${escapeHtml(p.why)}</span></li>`)
          .join('')}</ol></section>`
      : `<section class="practise-next" aria-labelledby="practise-title"><h2 id="practise-title">Practise next</h2><p>Every signal clears the ${escapeHtml(card.level)} bar in this answer: practise a prompt of the next level, or the same one against the clock.</p></section>`;
  const sessionOf = new Map(page.session.map((e) => [e.signal.id, e]));
  const parts = card.signals.map((score, i) => {
    const id = escapeHtml(score.id);
    const signal = signals.find((s) => s.id === score.id);
    const evidence =
      score.evidence.length > 0
        ? `<ul class="evidence">${score.evidence
            .map((e) => `<li>${lineLink(e.line)} <a href="#" class="line quote" data-line="${e.line}">“${escapeHtml(displayQuote(e.quote))}”</a> <span class="why">${escapeHtml(e.why)}</span></li>`)
            .join('')}</ul>`
        : '<p class="none">Nothing in the answer shows this signal yet.</p>';
    const gaps =
      score.gaps.length > 0
        ? `<ul class="gaps">${score.gaps
            .map((g) => `<li><span class="tag${g.level === 'L5' ? ' level-l5' : ''}">${escapeHtml(g.level)}</span> ${escapeHtml(g.point)} — <span class="why">${escapeHtml(g.why)}</span></li>`)
            .join('')}</ul>`
        : `<p class="none">No gap at the ${escapeHtml(card.level)} bar.</p>`;
    const session = sessionOf.get(score.id);
    const items: string[] = [];
    for (const a of session?.answered ?? []) items.push(`<li class="answered">Answered: ${lineLink(a.line)} ${escapeHtml(a.question)}</li>`);
    for (const o of session?.open ?? []) items.push(`<li class="open">Left open: ${escapeHtml(o.question)}</li>`);
    for (const p of session?.phases ?? []) {
      const over = p.spentMinutes > p.plannedMinutes;
      items.push(`<li class="phase${over ? ' over' : ''}">${escapeHtml(p.label)}: ${p.spentMinutes} min of ${p.plannedMinutes} planned${over ? ' (over)' : ''}</li>`);
    }
    const sessionList = items.length > 0 ? `<h3>This session</h3><ul class="session">${items.join('')}</ul>` : '';
    const diagrams = score.id === 'data-flow' && page.diagrams && page.diagrams.length > 0 ? `<h3>Your diagram${page.diagrams.length === 1 ? '' : 's'}</h3>${page.diagrams.map((d) => mermaidBlockHtml(d)).join('')}` : '';
    const chosen = page.ratings[score.id];
    const choices = ([1, 2, 3, 4] as const)
      .map(
        (n) =>
          `<label${n === score.rating ? ' class="suggested"' : ''}><input type="radio" name="${id}" value="${n}"${chosen === n ? ' checked' : ''}> ${n} · ${escapeHtml(RATING_LABELS[n])}${n === score.rating ? ' <span class="hint">(suggested)</span>' : ''}</label>`,
      )
      .join('');
    return `<section class="signal" data-signal="${id}">
<div class="signal-head"><h2 id="signal-${i}">${escapeHtml(signal?.title ?? score.id)}</h2><span class="rating rating-${score.rating}" title="The scorecard's rating">Suggested: ${score.rating} · ${escapeHtml(RATING_LABELS[score.rating])}</span></div>
${signal?.description ? `<p class="description">${escapeHtml(signal.description)}</p>` : ''}
<div class="columns"><div><h3>Evidence</h3>${evidence}</div><div><h3>Gaps at ${escapeHtml(card.level)}</h3>${gaps}</div></div>
${diagrams}${sessionList}
<fieldset role="radiogroup" aria-labelledby="signal-${i}"><legend>Your rating</legend>${choices}</fieldset>
</section>`;
  });
  const key = card.answerKey;
  const keySection = key
    ? `<section class="answer-key" aria-labelledby="answer-key-title"><h2 id="answer-key-title">Answer key: ${key.covered.length} of ${key.covered.length + key.missed.length} covered</h2><ul class="key-points">${[
        ...key.covered.map(
          (p) =>
            `<li class="key-point covered"><span class="key-mark covered">Covered</span> <span class="tag">${escapeHtml(p.signal)}</span>${p.level === 'L5' ? ' <span class="tag level-l5">L5</span>' : ''} ${escapeHtml(p.point)}${p.line !== undefined ? ` ${lineLink(p.line)}` : ''}</li>`,
        ),
        ...key.missed.map(
          (p) =>
            `<li class="key-point missed"><span class="key-mark missed">Missed</span> <span class="tag">${escapeHtml(p.signal)}</span>${p.level === 'L5' ? ' <span class="tag level-l5">L5</span>' : ''} ${escapeHtml(p.point)}</li>`,
        ),
      ].join('')}</ul></section>`
    : '';
  const chart = page.chartHtml ? `<section class="history" aria-labelledby="chart-title"><h2 id="chart-title">Your ratings over time</h2>${page.chartHtml}</section>` : '';
  const draft = page.saved ? '' : ' <span class="draft">Not saved yet: your choices are kept as a draft if you close this view.</span>';
  return `<header class="debrief-head"><h1>Debrief: ${escapeHtml(page.title)}</h1>
<p class="verdict">Verdict: <strong>${escapeHtml(card.verdict)}</strong>, read against the <strong>${escapeHtml(card.level)}</strong> bar. Each rating below is the scorecard's suggestion from what the answer says, quoted; adjust any you judge otherwise, then save.</p></header>
${modelOpinionHtml(card, page.model, titleOf)}
${practise}
<form id="ratings">
${parts.join('\n')}
<p class="save"><button type="submit" id="save" class="primary">Save Ratings</button> <span id="status" role="status" aria-live="polite">${escapeHtml(page.status ?? '')}</span>${draft}</p>
</form>
${keySection}
${chart}`;
}

/** Reads the ratings a Debrief view posted; only known signals with values 1-4 are kept. */
export function parseRatingsMessage(raw: unknown, signals: readonly DebriefSignal[]): SignalRatings | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { type, ratings } = raw as { type?: unknown; ratings?: unknown };
  if (type !== 'save' || typeof ratings !== 'object' || ratings === null) return undefined;
  const result: Record<string, SignalRating> = {};
  for (const s of signals) {
    const value = Number((ratings as Record<string, unknown>)[s.id]);
    if (value === 1 || value === 2 || value === 3 || value === 4) result[s.id] = value;
  }
  return result;
}

/** Reads the ratings a Debrief view posted as a draft (on every change): as `parseRatingsMessage`. */
export function parseDraftMessage(raw: unknown, signals: readonly DebriefSignal[]): SignalRatings | undefined {
  if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'draft') return undefined;
  return parseRatingsMessage({ ...(raw as object), type: 'save' }, signals);
}

/** Reads a Debrief view's request to show an answer line: the 1-based line, or undefined. */
export function parseRevealLineMessage(raw: unknown): number | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { type, line } = raw as { type?: unknown; line?: unknown };
  return type === 'revealLine' && typeof line === 'number' && Number.isInteger(line) && line >= 1 ? line : undefined;
}
