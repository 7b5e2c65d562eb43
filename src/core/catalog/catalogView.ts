/**
 * What the sidebar and the pickers show of a catalog: prompts grouped by team in the catalog's
 * order, the level filter, and the answered counts. Pure, so the tree provider only draws.
 */
import { compareTeams, LEVELS, teamTitle, type Level, type Prompt, type TeamId } from './prompt';

/** A team and its prompts, in catalog order. */
export interface TeamGroup {
  readonly team: TeamId;
  readonly title: string;
  readonly prompts: readonly Prompt[];
}

/**
 * The prompts at `levels` (all of them when `levels` is empty or undefined), grouped by team: the
 * bundled teams in `TEAMS` order, then the user's own teams by slug. Teams left with no prompt are
 * dropped. A team of the user's own takes its title from the first of its prompts that gives one.
 */
export function groupByTeam(prompts: readonly Prompt[], levels?: readonly Level[]): TeamGroup[] {
  const shown = filterByLevels(prompts, levels);
  const byTeam = new Map<TeamId, Prompt[]>();
  for (const p of shown) {
    const list = byTeam.get(p.team);
    if (list) list.push(p);
    else byTeam.set(p.team, [p]);
  }
  return [...byTeam.keys()].sort(compareTeams).map((team) => {
    const members = byTeam.get(team)!;
    return { team, title: teamTitle(team, members.find((p) => p.teamTitle)?.teamTitle), prompts: members };
  });
}

/** The prompts at `levels`; every prompt when the filter is empty or undefined. */
export function filterByLevels(prompts: readonly Prompt[], levels?: readonly Level[]): Prompt[] {
  if (!levels || levels.length === 0) return [...prompts];
  const wanted = new Set<string>(levels);
  return prompts.filter((p) => wanted.has(p.level));
}

/** A prompt's team as the user reads it. */
export function promptTeamTitle(prompt: Pick<Prompt, 'team' | 'teamTitle'>): string {
  return teamTitle(prompt.team, prompt.teamTitle);
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

/**
 * The message row the Prompts view shows while a level filter is on (a view's description is not
 * drawn when it is the only view in its container, so the filter needs a line of its own):
 * `Showing L5 prompts only (7 of 25).`, or what to do when no prompt is left. Undefined without a
 * filter.
 */
export function levelFilterMessage(levels: readonly Level[], shown: number, total: number): string | undefined {
  if (levels.length === 0) return undefined;
  const names = levels.length === 1 ? levels[0] : `${levels.slice(0, -1).join(', ')} and ${levels[levels.length - 1]}`;
  if (shown === 0) return `No prompts at ${names}. Clear the level filter or pick other levels.`;
  return `Showing ${names} prompts only (${shown} of ${total}).`;
}
