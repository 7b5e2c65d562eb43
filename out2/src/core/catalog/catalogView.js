"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.groupByTeam = groupByTeam;
exports.filterByLevels = filterByLevels;
exports.promptTeamTitle = promptTeamTitle;
exports.normalizeLevelFilter = normalizeLevelFilter;
exports.levelFilterLabel = levelFilterLabel;
exports.answeredCount = answeredCount;
exports.levelFilterMessage = levelFilterMessage;
/**
 * What the sidebar and the pickers show of a catalog: prompts grouped by team in the catalog's
 * order, the level filter, and the answered counts. Pure, so the tree provider only draws.
 */
const prompt_1 = require("./prompt");
/**
 * The prompts at `levels` (all of them when `levels` is empty or undefined), grouped by team: the
 * bundled teams in `TEAMS` order, then the user's own teams by slug. Teams left with no prompt are
 * dropped. A team of the user's own takes its title from the first of its prompts that gives one.
 */
function groupByTeam(prompts, levels) {
    const shown = filterByLevels(prompts, levels);
    const byTeam = new Map();
    for (const p of shown) {
        const list = byTeam.get(p.team);
        if (list)
            list.push(p);
        else
            byTeam.set(p.team, [p]);
    }
    return [...byTeam.keys()].sort(prompt_1.compareTeams).map((team) => {
        const members = byTeam.get(team);
        return { team, title: (0, prompt_1.teamTitle)(team, members.find((p) => p.teamTitle)?.teamTitle), prompts: members };
    });
}
/** The prompts at `levels`; every prompt when the filter is empty or undefined. */
function filterByLevels(prompts, levels) {
    if (!levels || levels.length === 0)
        return [...prompts];
    const wanted = new Set(levels);
    return prompts.filter((p) => wanted.has(p.level));
}
/** A prompt's team as the user reads it. */
function promptTeamTitle(prompt) {
    return (0, prompt_1.teamTitle)(prompt.team, prompt.teamTitle);
}
/**
 * Reads a level filter from storage. Anything that is not a list of known levels gives no filter,
 * and a filter naming every level is no filter, so stale or hand-edited state cannot hide prompts
 * for good. Levels come back in `LEVELS` order without duplicates.
 */
function normalizeLevelFilter(value) {
    if (!Array.isArray(value))
        return [];
    const picked = prompt_1.LEVELS.filter((l) => value.includes(l));
    return picked.length === prompt_1.LEVELS.length ? [] : picked;
}
/** The view's description for a filter, e.g. `L4, L5`; undefined when nothing is filtered. */
function levelFilterLabel(levels) {
    return levels.length === 0 ? undefined : `Level: ${levels.join(', ')}`;
}
/** `"<answered>/<total>"`: how many of `prompts` have an answer, for a team's description. */
function answeredCount(prompts, isAnswered) {
    return `${prompts.filter(isAnswered).length}/${prompts.length}`;
}
/**
 * The message row the Prompts view shows while a level filter is on (a view's description is not
 * drawn when it is the only view in its container, so the filter needs a line of its own):
 * `Showing L5 prompts only (7 of 25).`, or what to do when no prompt is left. Undefined without a
 * filter.
 */
function levelFilterMessage(levels, shown, total) {
    if (levels.length === 0)
        return undefined;
    const names = levels.length === 1 ? levels[0] : `${levels.slice(0, -1).join(', ')} and ${levels[levels.length - 1]}`;
    if (shown === 0)
        return `No prompts at ${names}. Clear the level filter or pick other levels.`;
    return `Showing ${names} prompts only (${shown} of ${total}).`;
}
//# sourceMappingURL=catalogView.js.map