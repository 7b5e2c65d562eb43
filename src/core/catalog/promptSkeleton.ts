/** The skeleton of a new prompt file for "Add Your Own Prompt": valid as written, with guidance. */
import { isValidPromptId, promptSlug, windowsDeviceSegment } from './ids';
import type { TeamId } from './prompt';

/** The longest title the sidebar and the prompt view take. */
export const MAX_TITLE_LENGTH = 120;

/**
 * What is wrong with `id` as the id of a new prompt file, in a sentence; undefined when it will do.
 * `titleOf` gives the title of the prompt that has an id already. The file is named after the id
 * (`payments/ledger` is `payments/ledger.md` in the prompt folder), so a segment that Windows keeps
 * for a device is refused too.
 */
export function newPromptIdProblem(id: string, titleOf: (id: string) => string | undefined): string | undefined {
  const trimmed = id.trim();
  const twoSegments = /^[^/]+\/[^/]+$/.test(trimmed);
  // Before the shape check, which refuses device names too but cannot say why.
  const device = twoSegments ? windowsDeviceSegment(trimmed) : undefined;
  if (device) return `"${device}" cannot name a file on Windows: choose another word.`;
  if (!twoSegments || !isValidPromptId(trimmed)) {
    return 'An id is <team>/<slug>: lower-case letters, digits and single hyphens, e.g. payments/ledger.';
  }
  const taken = titleOf(trimmed);
  if (taken !== undefined) return `${trimmed} is already a prompt: "${taken}". Choose another id.`;
  return undefined;
}

/** What is wrong with `title` as a prompt's title; undefined when it will do. */
export function newPromptTitleProblem(title: string): string | undefined {
  const trimmed = title.trim();
  if (trimmed === '') return 'Give the prompt a title, e.g. "Ledger for a payments platform".';
  if (trimmed.length > MAX_TITLE_LENGTH) return `Keep the title under ${MAX_TITLE_LENGTH} characters (it has ${trimmed.length}).`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\u0085\u2028\u2029]/.test(trimmed)) return 'A title is one line of text, without control characters.';
  return undefined;
}

/** `title` as a YAML scalar: plain when YAML reads it back as the same text, else double-quoted. */
function yamlScalar(title: string): string {
  return /^[A-Za-z0-9(][A-Za-z0-9 ,.()'&/+-]*$/.test(title) && !/\s$/.test(title) ? title : JSON.stringify(title);
}

/**
 * The text of a new prompt file with id `id` (and `title`, when the user gave one). It loads as it
 * is (so the user sees it in the sidebar at once), and YAML comments say what each field is for.
 */
export function promptFileSkeleton(id: string, team: TeamId, title = `My design prompt (${promptSlug(id)})`): string {
  if (!isValidPromptId(id)) throw new Error(`Invalid prompt id ${JSON.stringify(id)}`);
  return `---
# Your own design prompt. It appears in the Design Practice sidebar as soon as you save.
# id: <team>/<slug>, lower-case words joined by hyphens; it must be unique.
id: ${id}
# The title shown in the sidebar.
title: ${yamlScalar(title.trim())}
# shortTitle (optional): the sidebar's name for it when the title is long, at most 28 characters.
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
