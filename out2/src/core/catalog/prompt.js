"use strict";
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
Object.defineProperty(exports, "__esModule", { value: true });
exports.LEVELS = exports.TEAM_SLUG = exports.TEAMS = void 0;
exports.isBundledTeam = isBundledTeam;
exports.teamTitle = teamTitle;
exports.compareTeams = compareTeams;
/** The bundled teams, in the order the sidebar shows them, with their display names. */
exports.TEAMS = [
    { id: 'streaming', title: 'Streaming & Content Delivery' },
    { id: 'recommendation', title: 'Recommendation & Personalization' },
    { id: 'ads', title: 'Ads Infrastructure' },
    { id: 'platform', title: 'Platform & Infrastructure' },
    { id: 'ml', title: 'ML Systems' },
];
/** A team slug: lower-case letters and digits, words joined by single hyphens. */
exports.TEAM_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Whether `team` is one of the bundled teams. */
function isBundledTeam(team) {
    return exports.TEAMS.some((t) => t.id === team);
}
/**
 * A team's display name: a bundled team's own, else the title a prompt gives it (`teamTitle`), else
 * the slug title-cased (`payments-risk` -> `Payments Risk`).
 */
function teamTitle(team, declared) {
    const bundled = exports.TEAMS.find((t) => t.id === team)?.title;
    if (bundled)
        return bundled;
    if (declared)
        return declared;
    return team
        .split('-')
        .filter((w) => w)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join(' ');
}
/** Orders teams: the bundled ones in `TEAMS` order, then the others by slug. */
function compareTeams(a, b) {
    const ia = exports.TEAMS.findIndex((t) => t.id === a);
    const ib = exports.TEAMS.findIndex((t) => t.id === b);
    if (ia >= 0 || ib >= 0)
        return (ia < 0 ? exports.TEAMS.length : ia) - (ib < 0 ? exports.TEAMS.length : ib);
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The levels a prompt can target, in increasing seniority. */
exports.LEVELS = ['L4', 'L5', 'MLE'];
//# sourceMappingURL=prompt.js.map