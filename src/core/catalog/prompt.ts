/**
 * The prompt model. A prompt file is Markdown with YAML front matter:
 *
 * ```md
 * ---
 * id: streaming/adaptive-bitrate        # <team>/<slug>, lower-case slug segments
 * title: Adaptive bitrate streaming
 * team: streaming                       # one of TEAM_IDS
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
 * ```
 */

/** Team ids in the order the sidebar shows them, with their display names. */
export const TEAMS = [
  { id: 'streaming', title: 'Streaming & Content Delivery' },
  { id: 'recommendation', title: 'Recommendation & Personalization' },
  { id: 'ads', title: 'Ads Infrastructure' },
  { id: 'platform', title: 'Platform & Infrastructure' },
  { id: 'ml', title: 'ML Systems' },
] as const;

/** A team id, e.g. `streaming`. */
export type TeamId = (typeof TEAMS)[number]['id'];

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
  readonly team: TeamId;
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
  /** The whole Markdown body (front matter removed). */
  readonly body: string;
  /** Where it came from: `bundled:<path>` or a file path. */
  readonly source: string;
  /** True for prompts that ship with the extension. */
  readonly bundled: boolean;
}
