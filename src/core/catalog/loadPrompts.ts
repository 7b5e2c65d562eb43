/**
 * Loading prompt files: bundled and the user's own go through the same validation. A bad file gives
 * problems naming the file, the field and what is wrong; the other files still load.
 */
import { parseFrontMatter, stringField } from '../answer/frontMatter';
import { stripClosingHashes } from '../answer/headingMatch';
import { ownValue } from '../ownValue';
import { splitLines } from '../answer/parseAnswer';
import { getTemplate, TEMPLATES } from '../answer/templates';
import { parseAnswerKey } from './answerKey';
import { parsePromptCurveballs } from './curveballs';
import { parsePromptFollowUps } from './followUps';
import { invalidPromptIdReason, isValidPromptId } from './ids';
import { compareTeams, isBundledTeam, LEVELS, MAX_SHORT_TITLE, TEAM_SLUG, type Level, type Prompt, type TimePlanPhase } from './prompt';

/** A problem with one prompt file. `line` is 1-based when known. */
export interface PromptProblem {
  readonly file: string;
  readonly field?: string;
  readonly line?: number;
  readonly message: string;
}

/** A prompt file's source: where it is and its text. */
export interface PromptSource {
  readonly file: string;
  readonly text: string;
}

/** The prompts that loaded and the problems of those that did not. */
export interface Catalog {
  readonly prompts: readonly Prompt[];
  readonly problems: readonly PromptProblem[];
}

/** Prompt files larger than this are refused rather than parsed. */
export const MAX_PROMPT_FILE_BYTES = 256 * 1024;

/** Minutes per phase when a prompt has no time plan of its own (the 60-minute loop). */
export const DEFAULT_TIME_PLAN: readonly TimePlanPhase[] = [
  { section: 'requirements', label: 'Clarify the requirements', minMinutes: 5, maxMinutes: 7 },
  { section: 'scope', label: 'State the approach and scope', minMinutes: 3, maxMinutes: 5 },
  { section: 'architecture', label: 'Walk through the architecture', minMinutes: 15, maxMinutes: 20 },
  { section: 'trade-offs', label: 'Discuss the trade-offs', minMinutes: 10, maxMinutes: 15 },
  { section: 'operability', label: 'Cover operability and ownership', minMinutes: 5, maxMinutes: 7 },
];

/** The same loop for ML prompts, with time for evaluation. */
export const DEFAULT_ML_TIME_PLAN: readonly TimePlanPhase[] = [
  DEFAULT_TIME_PLAN[0],
  DEFAULT_TIME_PLAN[1],
  { section: 'architecture', label: 'Walk through the architecture', minMinutes: 12, maxMinutes: 15 },
  { section: 'evaluation', label: 'Explain the evaluation', minMinutes: 8, maxMinutes: 10 },
  { section: 'trade-offs', label: 'Discuss the trade-offs', minMinutes: 8, maxMinutes: 10 },
  DEFAULT_TIME_PLAN[4],
];

const BODY_PARTS: Record<string, 'statement' | 'whatToCover' | 'clarifyingQuestions' | 'signals' | 'pitfalls' | 'timePlan' | 'followUps' | 'answerKey' | 'curveballs'> = {
  statement: 'statement',
  'what to cover': 'whatToCover',
  'clarifying questions': 'clarifyingQuestions',
  signals: 'signals',
  pitfalls: 'pitfalls',
  'time plan': 'timePlan',
  'follow-ups': 'followUps',
  'follow ups': 'followUps',
  followups: 'followUps',
  'answer key': 'answerKey',
  curveballs: 'curveballs',
};

/** The start of a time-plan line: a bullet. */
const PLAN_BULLET = /^\s*[-*]\s+/;
/** A phase's minutes, `(5 min)` or `(5-7 min)`, with the whitespace in front of it. */
const PLAN_MINUTES = /\s\((\d+)(?:\s*[-–]\s*(\d+))?\s*min\)/g;

/**
 * Reads a time-plan line, `- Label (5-7 min): detail`: the first minutes in the line that end it or
 * are followed by `:` name the phase. One pass over the line: a pattern such as
 * `(.+?)\s+\(...\)\s*(?::\s*(.*))?$` retries the rest of the line at every character of the label.
 */
export function parsePlanLine(line: string): { label: string; min: number; max?: number; detail?: string } | undefined {
  const bullet = PLAN_BULLET.exec(line);
  if (!bullet) return undefined;
  PLAN_MINUTES.lastIndex = bullet[0].length;
  for (let m = PLAN_MINUTES.exec(line); m; m = PLAN_MINUTES.exec(line)) {
    const label = line.slice(bullet[0].length, m.index).trim();
    let after = m.index + m[0].length;
    while (after < line.length && /\s/.test(line[after])) after++;
    if (!label || (after < line.length && line[after] !== ':')) continue;
    return { label, min: Number(m[1]), ...(m[2] ? { max: Number(m[2]) } : {}), ...(after < line.length ? { detail: line.slice(after + 1) } : {}) };
  }
  return undefined;
}

/**
 * Parses one prompt file. Returns the prompt, or the problems that stop it loading. Never throws.
 */
export function parsePromptFile(source: PromptSource, bundled = false): { prompt?: Prompt; problems: PromptProblem[] } {
  const { file, text } = source;
  const problems: PromptProblem[] = [];
  const fail = (message: string, field?: string, line?: number) => {
    problems.push({ file, message, ...(field ? { field } : {}), ...(line ? { line } : {}) });
    return { problems };
  };
  if (text.length > MAX_PROMPT_FILE_BYTES) return fail(`File is too large for a prompt (${Math.round(text.length / 1024)} KB; the limit is ${MAX_PROMPT_FILE_BYTES / 1024} KB)`);
  if (text.includes('\u0000')) return fail('File is binary, not a Markdown prompt');

  const lines = splitLines(text);
  const fm = parseFrontMatter(lines);
  if (!fm) return fail('No front matter: a prompt file starts with a --- block naming id, title, team, level and template', undefined, 1);
  if (fm.error) return fail(fm.error.message, undefined, fm.error.line + 1);
  const data = fm.data;
  const lineOf = (key: string): number | undefined => {
    for (let i = fm.startLine + 1; i < fm.endLine; i++) if (lines[i].startsWith(`${key}:`)) return i + 1;
    return undefined;
  };
  const field = (key: string, message: string) => problems.push({ file, field: key, message, ...(lineOf(key) ? { line: lineOf(key) } : { line: 1 }) });

  const id = data.id;
  if (id === undefined) field('id', 'Missing id (a slug such as streaming/adaptive-bitrate)');
  else if (!isValidPromptId(id)) field('id', `Invalid id ${JSON.stringify(id)}: ${invalidPromptIdReason(id)}`);

  const title = stringField(data, 'title')?.trim();
  if (!title) field('title', 'Missing title');
  // A title is written into new answers as their heading and shown in one table row: a line break
  // in it would start a section of its own.
  else if (/[\r\n\u0085\u2028\u2029]/.test(title)) field('title', 'title must be one line of text; it has a line break');

  let shortTitle: string | undefined;
  if (data.shortTitle !== undefined) {
    const value = stringField(data, 'shortTitle')?.trim();
    if (!value || value.length > MAX_SHORT_TITLE || /[\r\n\u0085\u2028\u2029]/.test(value)) field('shortTitle', `shortTitle must be one line of at most ${MAX_SHORT_TITLE} characters (the sidebar's name for the prompt)`);
    else shortTitle = value;
  }

  const team = stringField(data, 'team');
  if (data.team === undefined) field('team', 'Missing team: a bundled team (streaming, recommendation, ads, platform, ml) or a slug of your own, e.g. payments');
  else if (team === undefined || team.length > 60 || !TEAM_SLUG.test(team)) field('team', `Invalid team ${JSON.stringify(data.team)}: use lower-case words joined by hyphens, e.g. payments`);

  let declaredTeamTitle: string | undefined;
  if (data.teamTitle !== undefined) {
    const value = stringField(data, 'teamTitle')?.trim();
    if (!value || value.length > 80 || /[\r\n]/.test(value)) field('teamTitle', 'teamTitle must be one line of text (at most 80 characters), e.g. Payments & Risk');
    else declaredTeamTitle = value;
  }

  const level = stringField(data, 'level');
  if (!LEVELS.includes(level as Level)) field('level', `Unknown level ${JSON.stringify(data.level ?? null)}; expected one of ${LEVELS.join(', ')}`);

  const template = stringField(data, 'template') ?? 'system-design';
  if (!getTemplate(template)) field('template', `Unknown template ${JSON.stringify(template)}; expected one of ${[...TEMPLATES.keys()].join(', ')}`);

  let tags: string[] = [];
  if (data.tags !== undefined) {
    if (Array.isArray(data.tags) && data.tags.every((t) => typeof t === 'string')) tags = data.tags;
    else field('tags', 'tags must be a list of words, e.g. [video, cdn]');
  }

  let minutes = 60;
  if (data.minutes !== undefined) {
    if (typeof data.minutes === 'number' && Number.isInteger(data.minutes) && data.minutes >= 10 && data.minutes <= 180) minutes = data.minutes;
    else field('minutes', 'minutes must be a whole number from 10 to 180');
  }

  const { parts, starts } = splitBody(lines, fm.endLine + 1);
  if (!parts.statement) problems.push({ file, field: 'Statement', message: 'Missing "## Statement" section: a prompt needs a statement' });
  const followUps = parts.followUps === undefined ? undefined : parsePromptFollowUps(parts.followUps, starts.followUps ?? 1);
  for (const p of followUps?.problems ?? []) problems.push({ file, field: 'Follow-ups', line: p.line, message: p.message });
  const answerKey = parts.answerKey === undefined ? undefined : parseAnswerKey(parts.answerKey, starts.answerKey ?? 1);
  for (const p of answerKey?.problems ?? []) problems.push({ file, field: 'Answer key', line: p.line, message: p.message });
  const curveballs = parts.curveballs === undefined ? undefined : parsePromptCurveballs(parts.curveballs, starts.curveballs ?? 1);
  for (const p of curveballs?.problems ?? []) problems.push({ file, field: 'Curveballs', line: p.line, message: p.message });
  if (problems.length > 0) return { problems };

  const summary = stringField(data, 'summary')?.trim() || firstSentence(parts.statement ?? '');
  const timePlan = parseTimePlan(parts.timePlan ?? '', template);
  const prompt: Prompt = {
    id: id as string,
    title: title!,
    ...(shortTitle ? { shortTitle } : {}),
    team: team!,
    ...(declaredTeamTitle && !isBundledTeam(team!) ? { teamTitle: declaredTeamTitle } : {}),
    level: level as Level,
    template,
    tags,
    minutes,
    summary,
    statement: parts.statement ?? '',
    whatToCover: parts.whatToCover ?? '',
    clarifyingQuestions: listItems(parts.clarifyingQuestions ?? ''),
    signals: parts.signals ?? '',
    pitfalls: parts.pitfalls ?? '',
    timePlan,
    followUps: followUps?.followUps ?? [],
    answerKey: answerKey?.points ?? [],
    curveballs: curveballs?.curveballs ?? [],
    source: bundled ? `bundled:${file}` : file,
    bundled,
  };
  return { prompt, problems };
}

/**
 * One group of prompts for `loadCatalog`: files to parse, or prompts parsed already (the bundled
 * ones, which the build parsed with this same loader).
 */
export type PromptGroup =
  | { readonly sources: readonly PromptSource[]; readonly bundled?: boolean }
  | { readonly prompts: readonly Prompt[] };

/**
 * Loads many prompt files. Later sources override earlier ones with the same id (so a user file can
 * replace a bundled prompt); a duplicate id within the same group is a problem.
 */
export function loadCatalog(groups: readonly PromptGroup[]): Catalog {
  const byId = new Map<string, Prompt>();
  const problems: PromptProblem[] = [];
  for (const group of groups) {
    if ('prompts' in group) {
      for (const prompt of group.prompts) byId.set(prompt.id, prompt);
      continue;
    }
    const seen = new Map<string, string>();
    for (const source of group.sources) {
      const result = parsePromptFile(source, group.bundled ?? false);
      problems.push(...result.problems);
      const prompt = result.prompt;
      if (!prompt) continue;
      const earlier = seen.get(prompt.id);
      if (earlier) {
        problems.push({ file: source.file, field: 'id', message: `Duplicate id ${prompt.id}: ${earlier} uses it too` });
        continue;
      }
      seen.set(prompt.id, source.file);
      byId.set(prompt.id, prompt);
    }
  }
  const prompts = [...byId.values()].sort(
    (a, b) => compareTeams(a.team, b.team) || LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.title.localeCompare(b.title),
  );
  return { prompts, problems };
}

/**
 * The body's parts by name, and the 1-based file line where each part's text starts (after leading
 * blank lines), so problems inside a part can name their line.
 */
function splitBody(lines: readonly string[], from: number): { parts: Partial<Record<(typeof BODY_PARTS)[string], string>>; starts: Partial<Record<(typeof BODY_PARTS)[string], number>> } {
  const parts: Partial<Record<(typeof BODY_PARTS)[string], string>> = {};
  const starts: Partial<Record<(typeof BODY_PARTS)[string], number>> = {};
  let current: (typeof BODY_PARTS)[string] | undefined;
  let buffer: string[] = [];
  let bufferStart = 0;
  const flush = () => {
    if (current) {
      let skipped = 0;
      while (skipped < buffer.length && buffer[skipped].trim() === '') skipped++;
      parts[current] = buffer.join('\n').trim();
      starts[current] = bufferStart + skipped + 1;
    }
    buffer = [];
  };
  let inFence = false;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    // `(.+)` and not `(.+?)\s*#*\s*$`: the closing hashes are cut in one pass, not retried at every space.
    const heading = inFence ? null : /^##\s+(.+)$/.exec(line);
    if (heading) {
      flush();
      current = ownValue(BODY_PARTS, stripClosingHashes(heading[1]).trim().toLowerCase());
      bufferStart = i + 1;
      continue;
    }
    if (current) buffer.push(line);
  }
  flush();
  return { parts, starts };
}

function listItems(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((l) => /^\s*[-*+]\s+(.*)$/.exec(l)?.[1]?.trim())
    .filter((x): x is string => !!x);
}

function parseTimePlan(markdown: string, template: string): TimePlanPhase[] {
  const sectionIds = new Map((getTemplate(template)?.sections ?? []).map((s) => [s.title.toLowerCase(), s.id]));
  const phases: TimePlanPhase[] = [];
  for (const line of markdown.split('\n')) {
    const m = parsePlanLine(line);
    if (!m) continue;
    const name = m.label.replace(/[*_]/g, '').trim();
    const min = m.min;
    const max = m.max ?? min;
    const detail = m.detail?.trim();
    phases.push({ section: sectionIds.get(name.toLowerCase()) ?? name.toLowerCase(), label: name, ...(detail ? { detail } : {}), minMinutes: Math.min(min, max), maxMinutes: Math.max(min, max) });
  }
  if (phases.length > 0) return phases;
  return [...(template === 'ml-system-design' ? DEFAULT_ML_TIME_PLAN : DEFAULT_TIME_PLAN)];
}

function firstSentence(markdown: string): string {
  const text = markdown.replace(/\s+/g, ' ').trim();
  const m = /^(.{20,200}?[.!?])(\s|$)/.exec(text);
  return (m ? m[1] : text.slice(0, 140)).trim();
}
