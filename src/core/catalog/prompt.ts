/**
 * The prompt model. A prompt file is Markdown with YAML front matter:
 *
 * ```md
 * ---
 * id: streaming/adaptive-bitrate        # <team>/<slug>, lower-case slug segments
 * title: Adaptive bitrate streaming
 * team: streaming                       # a bundled team id (TEAMS) or any slug of your own
 * teamTitle: Payments                   # optional: the group's name for a team of your own
 * level: L4                             # one of LEVELS
 * template: system-design               # an answer template id
 * tags: [video, cdn]
 * minutes: 60
 * summary: One sentence that says what is being designed.
 * ---
 * ## Statement
 * ## What to cover
 * ## Clarifying questions
 * ## Signals
 * ## Pitfalls
 * ## Time plan            (optional; the template's default plan is used without it)
 * ## Follow-ups           (optional; the interviewer's probes, never shown in the prompt view)
 * ## Answer key           (optional; the points a strong answer covers, shown after an attempt)
 * ```
 */

import type { AnswerKeyPoint } from './answerKey';
import type { PromptCurveball } from './curveballs';
import type { PromptFollowUp } from './followUps';

/** The bundled teams, in the order the sidebar shows them, with their display names. */
export const TEAMS = [
  { id: 'streaming', title: 'Streaming & Content Delivery' },
  { id: 'recommendation', title: 'Recommendation & Personalization' },
  { id: 'ads', title: 'Ads Infrastructure' },
  { id: 'platform', title: 'Platform & Infrastructure' },
  { id: 'ml', title: 'ML Systems' },
] as const;

/**
 * A team id: a bundled team (`streaming`) or any slug a user's prompt names (`payments`), which
 * becomes a team of its own.
 */
export type TeamId = string;

/** A team slug: lower-case letters and digits, words joined by single hyphens. */
export const TEAM_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `team` is one of the bundled teams. */
export function isBundledTeam(team: string): boolean {
  return TEAMS.some((t) => t.id === team);
}

/**
 * A team's display name: a bundled team's own, else the title a prompt gives it (`teamTitle`), else
 * the slug title-cased (`payments-risk` -> `Payments Risk`).
 */
export function teamTitle(team: string, declared?: string): string {
  const bundled = TEAMS.find((t) => t.id === team)?.title;
  if (bundled) return bundled;
  if (declared) return declared;
  return team
    .split('-')
    .filter((w) => w)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
}

/** Orders teams: the bundled ones in `TEAMS` order, then the others by slug. */
export function compareTeams(a: string, b: string): number {
  const ia = TEAMS.findIndex((t) => t.id === a);
  const ib = TEAMS.findIndex((t) => t.id === b);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? TEAMS.length : ia) - (ib < 0 ? TEAMS.length : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The levels a prompt can target, in increasing seniority. */
export const LEVELS = ['L4', 'L5', 'MLE'] as const;

/** A prompt's level. */
export type Level = (typeof LEVELS)[number];

/** One phase of a practice session's time plan. */
export interface TimePlanPhase {
  /** The answer section this phase works on (a template section id). */
  readonly section: string;
  /** What the phase is called, e.g. "Clarify the requirements". */
  readonly label: string;
  /** What to do in the phase, when the prompt says. */
  readonly detail?: string;
  /** Suggested minutes, low and high end. */
  readonly minMinutes: number;
  readonly maxMinutes: number;
}

/** A design prompt, loaded and validated. */
export interface Prompt {
  readonly id: string;
  readonly title: string;
  /**
   * The name the Prompts view shows (`shortTitle`, at most `MAX_SHORT_TITLE` characters), when the
   * title is longer than fits beside the level in a sidebar of the default width.
   */
  readonly shortTitle?: string;
  readonly team: TeamId;
  /** The team's display name as the file gives it (`teamTitle`); only for teams of the user's own. */
  readonly teamTitle?: string;
  readonly level: Level;
  readonly template: string;
  readonly tags: readonly string[];
  readonly minutes: number;
  /** The one-line statement shown in tooltips. */
  readonly summary: string;
  /** The Markdown of each body part; empty string when the file has none. */
  readonly statement: string;
  readonly whatToCover: string;
  readonly clarifyingQuestions: readonly string[];
  readonly signals: string;
  readonly pitfalls: string;
  readonly timePlan: readonly TimePlanPhase[];
  /** The interviewer's follow-up probes (`## Follow-ups`), in file order; empty when there are none. */
  readonly followUps: readonly PromptFollowUp[];
  /** The points a strong answer covers (`## Answer key`), in file order; empty when there is none. */
  readonly answerKey: readonly AnswerKeyPoint[];
  /** Requirements that change mid-interview (`## Curveballs`), in file order; empty when there are none. */
  readonly curveballs: readonly PromptCurveball[];
  /** Where it came from: `bundled:<path>` or a file path. */
  readonly source: string;
  /** True for prompts that ship with the extension. */
  readonly bundled: boolean;
}

/** The longest name that fits, with the level beside it, in a Prompts view of the default width. */
export const MAX_SHORT_TITLE = 28;

/** What the Prompts view calls a prompt: its short title, else its title. */
export function sidebarTitle(prompt: Pick<Prompt, 'title' | 'shortTitle'>): string {
  return prompt.shortTitle ?? prompt.title;
}
