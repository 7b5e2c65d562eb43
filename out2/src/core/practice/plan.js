"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BUFFER_SECTION = void 0;
exports.timePlanFor = timePlanFor;
exports.practicePhases = practicePhases;
exports.withBuffer = withBuffer;
exports.isBufferPhase = isBufferPhase;
exports.phaseName = phaseName;
exports.formatMinutesValue = formatMinutesValue;
exports.phaseStatusText = phaseStatusText;
exports.makeRoomQuestion = makeRoomQuestion;
exports.phaseChangeMessage = phaseChangeMessage;
exports.phaseProgress = phaseProgress;
exports.planTooltipMarkdown = planTooltipMarkdown;
exports.practiceSummaryText = practiceSummaryText;
/**
 * What a practice session is timed against, and the words the editor shows for it: which time plan
 * an answer gets, the phases with the user's lengths applied, the status-bar text, the plan as a
 * table, and the one-line summary of a finished session. Pure: the VS Code timer only displays these.
 */
const templates_1 = require("../answer/templates");
const loadPrompts_1 = require("../catalog/loadPrompts");
const timer_1 = require("./timer");
const MS_PER_MINUTE = 60_000;
/**
 * The time plan for an answer: its prompt's own plan when it has one, else the default loop for the
 * answer's template (the ML loop, with evaluation, for `ml-system-design`).
 */
function timePlanFor(promptPlan, templateId) {
    if (promptPlan && promptPlan.length > 0)
        return promptPlan;
    return templateId === templates_1.ML_SYSTEM_DESIGN.id ? loadPrompts_1.DEFAULT_ML_TIME_PLAN : loadPrompts_1.DEFAULT_TIME_PLAN;
}
/**
 * The phases of a session on `plan`, with `phaseMinutes` (section id to minutes, from the user's
 * settings) applied. Lengths for sections the plan does not have are left out quietly: one setting
 * serves every prompt, and `evaluation` only means something to ML prompts. `problems` says why any
 * other length was not used.
 */
function practicePhases(plan, phaseMinutes = {}) {
    const sections = new Set(plan.map((p) => p.section));
    const overrides = Object.fromEntries(Object.entries(phaseMinutes).filter(([section]) => sections.has(section)));
    return (0, timer_1.phasesFromPlan)(plan, overrides);
}
/** The section id of the buffer phase `withBuffer` adds: no answer section, just time in hand. */
exports.BUFFER_SECTION = 'buffer';
/**
 * `phases` with the minutes the prompt allows beyond them (`totalMinutes` minus their sum) as a last
 * "Buffer" phase, so the session runs as long as the prompt says. Unchanged when the phases already
 * fill the time (or there is no total); a part of a minute under 0.5 is not worth a phase.
 */
function withBuffer(phases, totalMinutes) {
    const planned = phases.reduce((sum, p) => sum + p.minutes, 0);
    const rest = Math.round(((totalMinutes ?? 0) - planned) * 10) / 10;
    if (phases.length === 0 || !(rest >= 0.5))
        return [...phases];
    return [...phases, { section: exports.BUFFER_SECTION, label: 'Buffer', minutes: rest }];
}
/** Whether a phase is the buffer `withBuffer` added, which has no section to go to. */
function isBufferPhase(phase) {
    return phase.section === exports.BUFFER_SECTION;
}
const SECTION_TITLES = new Map([...templates_1.TEMPLATES.values()].flatMap((t) => t.sections.map((s) => [s.id, s.title])));
/**
 * What to call a phase in short UI text: its template section's title ("Trade-offs") when the
 * section is one the templates know, else the label the prompt's plan gave it.
 */
function phaseName(phase) {
    return SECTION_TITLES.get(phase.section) ?? phase.label;
}
/** Minutes as UI text: whole minutes as `7`, fractions to a tenth as `2.5`. */
function formatMinutesValue(minutes) {
    const tenth = Math.round(minutes * 10) / 10;
    return Number.isInteger(tenth) ? String(tenth) : tenth.toFixed(1);
}
/** The status-bar words for a snapshot: the phase and its remaining time, e.g. `Architecture 12:05` or `Operability -0:40`. */
function phaseStatusText(snapshot) {
    return `${phaseName(snapshot.phase)} ${(0, timer_1.formatRemaining)(snapshot.phaseRemainingMs)}`;
}
/**
 * The question before a new session replaces the one on `label` in `state`: a running or paused one
 * is stopped and recorded, one that could not be recorded is discarded.
 */
function makeRoomQuestion(label, state) {
    if (state === 'stopped')
        return `The last practice session could not be recorded in ${label}. Discard it and start a new one?`;
    return `A practice timer is ${state} on ${label}. Stop it (recording the session there) and start a new one?`;
}
/** The message for a change of phase, e.g. `Next: Trade-offs (10 min)`. */
function phaseChangeMessage(change) {
    return `Next: ${phaseName(change.phase)} (${formatMinutesValue(change.phase.minutes)} min)`;
}
/**
 * Every phase of `session` at `now`: done (with the time it took), current, or still ahead. Phases
 * that ended by running out of time took exactly their planned time.
 */
function phaseProgress(session, now) {
    const snapshot = session.snapshot(now);
    const starts = session.toJSON().phaseStarts;
    return session.phases.map((phase, i) => {
        const plannedMs = phase.minutes * MS_PER_MINUTE;
        if (i > snapshot.phaseIndex)
            return { phase, plannedMs, spentMs: 0, status: 'ahead' };
        if (i === snapshot.phaseIndex)
            return { phase, plannedMs, spentMs: snapshot.phaseElapsedMs, status: 'current' };
        // A phase that `nextPhase` ended has its successor's start recorded; one that timed out may not yet.
        const spentMs = i + 1 < starts.length ? starts[i + 1] - starts[i] : plannedMs;
        return { phase, plannedMs, spentMs, status: 'done' };
    });
}
/**
 * The plan as a Markdown table for the status bar's tooltip: each phase, its planned minutes and the
 * time spent so far, with the current phase in bold; then the totals.
 */
function planTooltipMarkdown(title, session, now) {
    const snapshot = session.snapshot(now);
    const rows = phaseProgress(session, now).map((p) => {
        const name = escapeCell(phaseName(p.phase));
        const planned = `${formatMinutesValue(p.phase.minutes)} min`;
        if (p.status === 'ahead')
            return `| ${name} | ${planned} | |`;
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
 * `Practised 47 min: Requirements 6, Scope 4, Architecture 21, Trade-offs 12, Operability 4`.
 * Phases never reached are named at the end.
 */
function practiceSummaryText(record) {
    const reached = record.phases.filter((p) => p.spentMinutes > 0);
    const skipped = record.phases.filter((p) => p.spentMinutes === 0);
    const parts = reached.map((p) => `${phaseName(p)} ${formatWholeMinutes(p.spentMinutes)}`);
    let text = `Practised ${formatWholeMinutes(record.minutesTotal)} min`;
    if (parts.length > 0)
        text += `: ${parts.join(', ')}`;
    if (skipped.length > 0 && reached.length > 0)
        text += `; not reached: ${skipped.map(phaseName).join(', ')}`;
    return text;
}
/** Minutes rounded to whole ones, except under one minute, where a tenth says more than `0`. */
function formatWholeMinutes(minutes) {
    return minutes >= 1 ? String(Math.round(minutes)) : formatMinutesValue(minutes);
}
/** Elapsed time as `m:ss`, rounded down: time spent, unlike time remaining, counts up. */
function formatClock(ms) {
    const seconds = Math.max(0, Math.floor(ms / 1000));
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
function escapeCell(text) {
    return text.replace(/[\\`*_[\]<>|]/g, '\\$&');
}
//# sourceMappingURL=plan.js.map