/**
 * What a practice session is timed against, and the words the editor shows for it: which time plan
 * an answer gets, the phases with the user's lengths applied, the status-bar text, the plan as a
 * table, and the one-line summary of a finished session. Pure: the VS Code timer only displays these.
 */
import { ML_SYSTEM_DESIGN, TEMPLATES } from '../answer/templates';
import { DEFAULT_ML_TIME_PLAN, DEFAULT_TIME_PLAN } from '../catalog/loadPrompts';
import type { TimePlanPhase } from '../catalog/prompt';
import { formatRemaining, phasesFromPlan, type PhaseChange, type PracticePhase, type PracticeRecord, type PracticeSession, type PracticeSnapshot, type PracticeStatus } from './timer';

const MS_PER_MINUTE = 60_000;

/**
 * The time plan for an answer: its prompt's own plan when it has one, else the default loop for the
 * answer's template (the ML loop, with evaluation, for `ml-system-design`).
 */
export function timePlanFor(promptPlan: readonly TimePlanPhase[] | undefined, templateId: string | undefined): readonly TimePlanPhase[] {
  if (promptPlan && promptPlan.length > 0) return promptPlan;
  return templateId === ML_SYSTEM_DESIGN.id ? DEFAULT_ML_TIME_PLAN : DEFAULT_TIME_PLAN;
}

/**
 * The phases of a session on `plan`, with `phaseMinutes` (section id to minutes, from the user's
 * settings) applied. Lengths for sections the plan does not have are left out quietly: one setting
 * serves every prompt, and `evaluation` only means something to ML prompts. `problems` says why any
 * other length was not used.
 */
export function practicePhases(plan: readonly TimePlanPhase[], phaseMinutes: Readonly<Record<string, unknown>> = {}): { phases: PracticePhase[]; problems: string[] } {
  const sections = new Set(plan.map((p) => p.section));
  const overrides = Object.fromEntries(Object.entries(phaseMinutes).filter(([section]) => sections.has(section)));
  return phasesFromPlan(plan, overrides);
}

/** The section id of the buffer phase `withBuffer` adds: no answer section, just time in hand. */
export const BUFFER_SECTION = 'buffer';

/**
 * `phases` with the minutes the prompt allows beyond them (`totalMinutes` minus their sum) as a last
 * "Buffer" phase, so the session runs as long as the prompt says. Unchanged when the phases already
 * fill the time (or there is no total); a part of a minute under 0.5 is not worth a phase.
 */
export function withBuffer(phases: readonly PracticePhase[], totalMinutes: number | undefined): PracticePhase[] {
  const planned = phases.reduce((sum, p) => sum + p.minutes, 0);
  const rest = Math.round(((totalMinutes ?? 0) - planned) * 10) / 10;
  if (phases.length === 0 || !(rest >= 0.5)) return [...phases];
  return [...phases, { section: BUFFER_SECTION, label: 'Buffer', minutes: rest }];
}

/** Whether a phase is the buffer `withBuffer` added, which has no section to go to. */
export function isBufferPhase(phase: Pick<PracticePhase, 'section'>): boolean {
  return phase.section === BUFFER_SECTION;
}

const SECTION_TITLES: ReadonlyMap<string, string> = new Map([...TEMPLATES.values()].flatMap((t) => t.sections.map((s) => [s.id, s.title] as const)));

/**
 * What to call a phase in short UI text: its template section's title ("Trade-offs") when the
 * section is one the templates know, else the label the prompt's plan gave it.
 */
export function phaseName(phase: Pick<PracticePhase, 'section' | 'label'>): string {
  return SECTION_TITLES.get(phase.section) ?? phase.label;
}

/** Minutes as UI text: whole minutes as `7`, fractions to a tenth as `2.5`. */
export function formatMinutesValue(minutes: number): string {
  const tenth = Math.round(minutes * 10) / 10;
  return Number.isInteger(tenth) ? String(tenth) : tenth.toFixed(1);
}

/** The status-bar words for a snapshot: the phase and its remaining time, e.g. `Architecture 12:05` or `Operability -0:40`. */
export function phaseStatusText(snapshot: PracticeSnapshot): string {
  return `${phaseName(snapshot.phase)} ${formatRemaining(snapshot.phaseRemainingMs)}`;
}

/**
 * The question before a new session replaces the one on `label` in `state`: a running or paused one
 * is stopped and recorded, one that could not be recorded is discarded.
 */
export function makeRoomQuestion(label: string, state: PracticeStatus): string {
  if (state === 'stopped') return `The last practice session could not be recorded in ${label}. Discard it and start a new one?`;
  return `A practice timer is ${state} on ${label}. Stop it (recording the session there) and start a new one?`;
}

/** The message for a change of phase, e.g. `Next: Trade-offs (10 min)`. */
export function phaseChangeMessage(change: PhaseChange): string {
  return `Next: ${phaseName(change.phase)} (${formatMinutesValue(change.phase.minutes)} min)`;
}

/** Where one phase of a session stands. */
export interface PhaseProgress {
  readonly phase: PracticePhase;
  readonly plannedMs: number;
  /** Active time spent in the phase so far; 0 for phases not reached. */
  readonly spentMs: number;
  readonly status: 'done' | 'current' | 'ahead';
}

/**
 * Every phase of `session` at `now`: done (with the time it took), current, or still ahead. Phases
 * that ended by running out of time took exactly their planned time.
 */
export function phaseProgress(session: PracticeSession, now: number): PhaseProgress[] {
  const snapshot = session.snapshot(now);
  const starts = session.toJSON().phaseStarts;
  return session.phases.map((phase, i) => {
    const plannedMs = phase.minutes * MS_PER_MINUTE;
    if (i > snapshot.phaseIndex) return { phase, plannedMs, spentMs: 0, status: 'ahead' };
    if (i === snapshot.phaseIndex) return { phase, plannedMs, spentMs: snapshot.phaseElapsedMs, status: 'current' };
    // A phase that `nextPhase` ended has its successor's start recorded; one that timed out may not yet.
    const spentMs = i + 1 < starts.length ? starts[i + 1] - starts[i] : plannedMs;
    return { phase, plannedMs, spentMs, status: 'done' };
  });
}

/**
 * The plan as a Markdown table for the status bar's tooltip: each phase, its planned minutes and the
 * time spent so far, with the current phase in bold; then the totals.
 */
export function planTooltipMarkdown(title: string, session: PracticeSession, now: number): string {
  const snapshot = session.snapshot(now);
  const rows = phaseProgress(session, now).map((p) => {
    const name = escapeCell(phaseName(p.phase));
    const planned = `${formatMinutesValue(p.phase.minutes)} min`;
    if (p.status === 'ahead') return `| ${name} | ${planned} | |`;
    const spent = formatClock(p.spentMs);
    return p.status === 'current' ? `| **▶ ${name}** | **${planned}** | **${spent}** |` : `| ✓ ${name} | ${planned} | ${spent} |`;
  });
  const state = snapshot.state === 'paused' ? ' (paused)' : snapshot.overTime ? ' (over time)' : '';
  return [
    `**Practice: ${escapeCell(title)}**${state}`,
    '',
    '| Phase | Plan | Spent |',
    '| --- | --- | --- |',
    ...rows,
    `| **Total** | **${formatMinutesValue(snapshot.totalPlannedMs / MS_PER_MINUTE)} min** | **${formatClock(snapshot.totalElapsedMs)}** |`,
    '',
    'Click for Pause, Resume, Next phase or Stop.',
  ].join('\n');
}

/**
 * The one line a stopped session ends with, e.g.
 * `Practised 47 min: Requirements 6 min, Scope 4 min, Architecture 21 min, Trade-offs 12 min`.
 * Every figure carries its unit ("Requirements 0.4" read as a score). Phases never reached are
 * named at the end.
 */
export function practiceSummaryText(record: PracticeRecord): string {
  const reached = record.phases.filter((p) => p.spentMinutes > 0);
  const skipped = record.phases.filter((p) => p.spentMinutes === 0);
  const parts = reached.map((p) => `${phaseName(p)} ${formatWholeMinutes(p.spentMinutes)} min`);
  let text = `Practised ${formatWholeMinutes(record.minutesTotal)} min`;
  if (parts.length > 0) text += `: ${parts.join(', ')}`;
  if (skipped.length > 0 && reached.length > 0) text += `; not reached: ${skipped.map(phaseName).join(', ')}`;
  return text;
}

/** Minutes rounded to whole ones, except under one minute, where a tenth says more than `0`. */
function formatWholeMinutes(minutes: number): string {
  return minutes >= 1 ? String(Math.round(minutes)) : formatMinutesValue(minutes);
}

/** Elapsed time as `m:ss`, rounded down: time spent, unlike time remaining, counts up. */
function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function escapeCell(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&');
}
