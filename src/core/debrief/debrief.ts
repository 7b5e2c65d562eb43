/**
 * The debrief after a mock interview: for each signal an interviewer evaluates, the evidence this
 * attempt left (lint findings, the probes answered and left open, time per phase against the plan),
 * rendered as the HTML body of the Debrief view with a 1-4 rating per signal. Pure: everything it
 * shows arrives in its arguments.
 */
import type { Finding } from '../lint/types';
import type { PracticeRecord } from '../practice/timer';
import { escapeHtml } from '../catalog/promptView';
import { questionKey } from '../answer/followUps';
import { ownValue } from '../ownValue';
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

/**
 * The Debrief view's body: one section per signal with its evidence and a 1-4 choice (a radio
 * group, pre-set from `ratings`), then a Save button and `status` beside it. Every text is escaped;
 * answer lines (1-based) are links the view's script turns into `revealLine` messages.
 */
export function renderDebriefHtml(title: string, evidence: readonly SignalEvidence[], ratings: SignalRatings = {}, status = ''): string {
  const parts = evidence.map((e, i) => {
    const id = escapeHtml(e.signal.id);
    const lineLink = (line: number): string => `<a href="#" class="line" data-line="${line}">line ${line}</a>`;
    const items: string[] = [];
    for (const f of e.findings) items.push(`<li class="finding">${lineLink(f.line)} <code>${escapeHtml(f.ruleId)}</code> ${escapeHtml(f.message)}</li>`);
    for (const a of e.answered) items.push(`<li class="answered">Answered: ${lineLink(a.line)} ${escapeHtml(a.question)}</li>`);
    for (const o of e.open) items.push(`<li class="open">Left open: ${escapeHtml(o.question)}</li>`);
    for (const p of e.phases) {
      const over = p.spentMinutes > p.plannedMinutes;
      items.push(`<li class="phase${over ? ' over' : ''}">${escapeHtml(p.label)}: ${p.spentMinutes} min of ${p.plannedMinutes} planned${over ? ' (over)' : ''}</li>`);
    }
    const evidenceList = items.length > 0 ? `<ul>${items.join('')}</ul>` : '<p class="none">No evidence from this attempt: rate it by what you said aloud.</p>';
    const choices = ([1, 2, 3, 4] as const)
      .map(
        (n) =>
          `<label><input type="radio" name="${id}" value="${n}"${ratings[e.signal.id] === n ? ' checked' : ''}> ${n} · ${escapeHtml(RATING_LABELS[n])}</label>`,
      )
      .join('');
    return `<section class="signal" data-signal="${id}">
<h2 id="signal-${i}">${escapeHtml(e.signal.title)}</h2>
${e.signal.description ? `<p class="description">${escapeHtml(e.signal.description)}</p>` : ''}
${evidenceList}
<fieldset role="radiogroup" aria-labelledby="signal-${i}"><legend>Your rating</legend>${choices}</fieldset>
</section>`;
  });
  return `<h1>Debrief: ${escapeHtml(title)}</h1>
<p class="intro">What this attempt shows for each signal. Rate each from 1 to 4; the ratings go into the answer's front matter.</p>
<form id="ratings">
${parts.join('\n')}
<p><button type="submit" id="save">Save Ratings</button> <span id="status" role="status" aria-live="polite">${escapeHtml(status)}</span></p>
</form>`;
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

/** Reads a Debrief view's request to show an answer line: the 1-based line, or undefined. */
export function parseRevealLineMessage(raw: unknown): number | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { type, line } = raw as { type?: unknown; line?: unknown };
  return type === 'revealLine' && typeof line === 'number' && Number.isInteger(line) && line >= 1 ? line : undefined;
}
