"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NEW_PROMPT_SLUG = void 0;
exports.nextFreePromptId = nextFreePromptId;
exports.promptFileSkeleton = promptFileSkeleton;
/** The skeleton of a new prompt file for "Add Your Own Prompt": valid as written, with guidance. */
const ids_1 = require("./ids");
/** The slug new prompt files start from; `-2`, `-3`, ... follow when it is taken. */
exports.NEW_PROMPT_SLUG = 'my-prompt';
/**
 * The first id `<team>/my-prompt[-n]` that no prompt uses and whose file name (`my-prompt[-n].md`)
 * is free, so the new file neither overwrites a file nor shadows a prompt.
 */
async function nextFreePromptId(team, idTaken, fileExists, limit = 1000) {
    for (let n = 1; n <= limit; n++) {
        const slug = n === 1 ? exports.NEW_PROMPT_SLUG : `${exports.NEW_PROMPT_SLUG}-${n}`;
        const id = `${team}/${slug}`;
        const fileName = `${slug}.md`;
        if (!idTaken(id) && !(await fileExists(fileName)))
            return { id, fileName };
    }
    throw new Error(`More than ${limit} new prompt files already exist`);
}
/**
 * The text of a new prompt file with id `id`. It loads as it is (so the user sees it in the sidebar
 * at once), and YAML comments say what each field is for.
 */
function promptFileSkeleton(id, team) {
    if (!(0, ids_1.isValidPromptId)(id))
        throw new Error(`Invalid prompt id ${JSON.stringify(id)}`);
    return `---
# Your own design prompt. It appears in the Design Practice sidebar as soon as you save.
# id: <team>/<slug>, lower-case words joined by hyphens; it must be unique.
id: ${id}
# The title shown in the sidebar.
title: My design prompt (${(0, ids_1.promptSlug)(id)})
# team: streaming, recommendation, ads, platform or ml, or a team of your own
# (any lower-case slug, e.g. payments); teamTitle optionally names its group in the sidebar.
team: ${team}
# level: L4, L5 or MLE.
level: L5
# template: system-design, or ml-system-design for prompts that need an Evaluation section.
template: system-design
tags: [practice]
# minutes: how long the session is, 10 to 180.
minutes: 60
# summary: one sentence, shown in the sidebar's tooltip.
summary: Replace this with one sentence that says what is being designed.
---
## Statement

Replace this with the problem as an interviewer would pose it: who uses the system, what it must do, and the numbers that size it (users, requests per second, data volume, latency targets).

## What to cover

- Replace these bullets with the points a strong answer covers

## Clarifying questions

- What should a candidate ask before designing?

## Signals

- What does a strong answer show?

## Pitfalls

- What do weak answers get wrong?

## Time plan

- Requirements (5-7 min): what to settle first
- Scope (3-5 min): what to leave out
- Architecture (15-20 min): the core of the design
- Trade-offs (10-15 min): the choices to defend
- Operability (5-7 min): monitoring, rollout and ownership
`;
}
//# sourceMappingURL=promptSkeleton.js.map