/**
 * What the sidebar and the pickers show of a catalog: prompts grouped by team in the catalog's
 * order, the level filter, and the answered counts. Pure, so the tree provider only draws.
 */
import { LEVELS, TEAMS, type Level, type Prompt, type TeamId } from './prompt';

/** A team and its prompts, in catalog order. */
export interface TeamGroup {
  readonly team: TeamId;
  readonly title: string;
  readonly prompts: readonly Prompt[];
}

/**
 * The prompts at `levels` (all of them when `levels` is empty or undefined), grouped by team in
 * `TEAMS` order. Teams left with no prompt are dropped.
 */
export function groupByTeam(prompts: readonly Prompt[], levels?: readonly Level[]): TeamGroup[] {
  const shown = filterByLevels(prompts, levels);
  return TEAMS.map((t) => ({ team: t.id, title: t.title, prompts: shown.filter((p) => p.team === t.id) })).filter((g) => g.prompts.length > 0);
}

/** The prompts at `levels`; every prompt when the filter is empty or undefined. */
export function filterByLevels(prompts: readonly Prompt[], levels?: readonly Level[]): Prompt[] {
  if (!levels || levels.length === 0) return [...prompts];
  const wanted = new Set<string>(levels);
  return prompts.filter((p) => wanted.has(p.level));
}

/** A team's display name; the id itself for an unknown team. */
export function teamTitle(team: string): string {
  return TEAMS.find((t) => t.id === team)?.title ?? team;
}

/**
 * Reads a level filter from storage. Anything that is not a list of known levels gives no filter,
 * and a filter naming every level is no filter, so stale or hand-edited state cannot hide prompts
 * for good. Levels come back in `LEVELS` order without duplicates.
 */
export function normalizeLevelFilter(value: unknown): Level[] {
  if (!Array.isArray(value)) return [];
  const picked = LEVELS.filter((l) => value.includes(l));
  return picked.length === LEVELS.length ? [] : picked;
}

/** The view's description for a filter, e.g. `L4, L5`; undefined when nothing is filtered. */
export function levelFilterLabel(levels: readonly Level[]): string | undefined {
  return levels.length === 0 ? undefined : `Level: ${levels.join(', ')}`;
}

/** `"<answered>/<total>"`: how many of `prompts` have an answer, for a team's description. */
export function answeredCount(prompts: readonly Prompt[], isAnswered: (prompt: Prompt) => boolean): string {
  return `${prompts.filter(isAnswered).length}/${prompts.length}`;
}
