"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_ML_TIME_PLAN = exports.DEFAULT_TIME_PLAN = exports.MAX_PROMPT_FILE_BYTES = void 0;
exports.parsePlanLine = parsePlanLine;
exports.parsePromptFile = parsePromptFile;
exports.loadCatalog = loadCatalog;
/**
 * Loading prompt files: bundled and the user's own go through the same validation. A bad file gives
 * problems naming the file, the field and what is wrong; the other files still load.
 */
const frontMatter_1 = require("../answer/frontMatter");
const headingMatch_1 = require("../answer/headingMatch");
const parseAnswer_1 = require("../answer/parseAnswer");
const templates_1 = require("../answer/templates");
const answerKey_1 = require("./answerKey");
const curveballs_1 = require("./curveballs");
const followUps_1 = require("./followUps");
const ids_1 = require("./ids");
const prompt_1 = require("./prompt");
/** Prompt files larger than this are refused rather than parsed. */
exports.MAX_PROMPT_FILE_BYTES = 256 * 1024;
/** Minutes per phase when a prompt has no time plan of its own (the 60-minute loop). */
exports.DEFAULT_TIME_PLAN = [
    { section: 'requirements', label: 'Clarify the requirements', minMinutes: 5, maxMinutes: 7 },
    { section: 'scope', label: 'State the approach and scope', minMinutes: 3, maxMinutes: 5 },
    { section: 'architecture', label: 'Walk through the architecture', minMinutes: 15, maxMinutes: 20 },
    { section: 'trade-offs', label: 'Discuss the trade-offs', minMinutes: 10, maxMinutes: 15 },
    { section: 'operability', label: 'Cover operability and ownership', minMinutes: 5, maxMinutes: 7 },
];
/** The same loop for ML prompts, with time for evaluation. */
exports.DEFAULT_ML_TIME_PLAN = [
    exports.DEFAULT_TIME_PLAN[0],
    exports.DEFAULT_TIME_PLAN[1],
    { section: 'architecture', label: 'Walk through the architecture', minMinutes: 12, maxMinutes: 15 },
    { section: 'evaluation', label: 'Explain the evaluation', minMinutes: 8, maxMinutes: 10 },
    { section: 'trade-offs', label: 'Discuss the trade-offs', minMinutes: 8, maxMinutes: 10 },
    exports.DEFAULT_TIME_PLAN[4],
];
const BODY_PARTS = {
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
function parsePlanLine(line) {
    const bullet = PLAN_BULLET.exec(line);
    if (!bullet)
        return undefined;
    PLAN_MINUTES.lastIndex = bullet[0].length;
    for (let m = PLAN_MINUTES.exec(line); m; m = PLAN_MINUTES.exec(line)) {
        const label = line.slice(bullet[0].length, m.index).trim();
        let after = m.index + m[0].length;
        while (after < line.length && /\s/.test(line[after]))
            after++;
        if (!label || (after < line.length && line[after] !== ':'))
            continue;
        return { label, min: Number(m[1]), ...(m[2] ? { max: Number(m[2]) } : {}), ...(after < line.length ? { detail: line.slice(after + 1) } : {}) };
    }
    return undefined;
}
/**
 * Parses one prompt file. Returns the prompt, or the problems that stop it loading. Never throws.
 */
function parsePromptFile(source, bundled = false) {
    const { file, text } = source;
    const problems = [];
    const fail = (message, field, line) => {
        problems.push({ file, message, ...(field ? { field } : {}), ...(line ? { line } : {}) });
        return { problems };
    };
    if (text.length > exports.MAX_PROMPT_FILE_BYTES)
        return fail(`File is too large for a prompt (${Math.round(text.length / 1024)} KB; the limit is ${exports.MAX_PROMPT_FILE_BYTES / 1024} KB)`);
    if (text.includes('\u0000'))
        return fail('File is binary, not a Markdown prompt');
    const lines = (0, parseAnswer_1.splitLines)(text);
    const fm = (0, frontMatter_1.parseFrontMatter)(lines);
    if (!fm)
        return fail('No front matter: a prompt file starts with a --- block naming id, title, team, level and template', undefined, 1);
    if (fm.error)
        return fail(fm.error.message, undefined, fm.error.line + 1);
    const data = fm.data;
    const lineOf = (key) => {
        for (let i = fm.startLine + 1; i < fm.endLine; i++)
            if (lines[i].startsWith(`${key}:`))
                return i + 1;
        return undefined;
    };
    const field = (key, message) => problems.push({ file, field: key, message, ...(lineOf(key) ? { line: lineOf(key) } : { line: 1 }) });
    const id = data.id;
    if (id === undefined)
        field('id', 'Missing id (a slug such as streaming/adaptive-bitrate)');
    else if (!(0, ids_1.isValidPromptId)(id))
        field('id', `Invalid id ${JSON.stringify(id)}: use lower-case slug segments joined by "/", e.g. streaming/adaptive-bitrate`);
    const title = (0, frontMatter_1.stringField)(data, 'title')?.trim();
    if (!title)
        field('title', 'Missing title');
    // A title is written into new answers as their heading and shown in one table row: a line break
    // in it would start a section of its own.
    else if (/[\r\n\u0085\u2028\u2029]/.test(title))
        field('title', 'title must be one line of text; it has a line break');
    const team = (0, frontMatter_1.stringField)(data, 'team');
    if (data.team === undefined)
        field('team', 'Missing team: a bundled team (streaming, recommendation, ads, platform, ml) or a slug of your own, e.g. payments');
    else if (team === undefined || team.length > 60 || !prompt_1.TEAM_SLUG.test(team))
        field('team', `Invalid team ${JSON.stringify(data.team)}: use lower-case words joined by hyphens, e.g. payments`);
    let declaredTeamTitle;
    if (data.teamTitle !== undefined) {
        const value = (0, frontMatter_1.stringField)(data, 'teamTitle')?.trim();
        if (!value || value.length > 80 || /[\r\n]/.test(value))
            field('teamTitle', 'teamTitle must be one line of text (at most 80 characters), e.g. Payments & Risk');
        else
            declaredTeamTitle = value;
    }
    const level = (0, frontMatter_1.stringField)(data, 'level');
    if (!prompt_1.LEVELS.includes(level))
        field('level', `Unknown level ${JSON.stringify(data.level ?? null)}; expected one of ${prompt_1.LEVELS.join(', ')}`);
    const template = (0, frontMatter_1.stringField)(data, 'template') ?? 'system-design';
    if (!(0, templates_1.getTemplate)(template))
        field('template', `Unknown template ${JSON.stringify(template)}; expected one of ${[...templates_1.TEMPLATES.keys()].join(', ')}`);
    let tags = [];
    if (data.tags !== undefined) {
        if (Array.isArray(data.tags) && data.tags.every((t) => typeof t === 'string'))
            tags = data.tags;
        else
            field('tags', 'tags must be a list of words, e.g. [video, cdn]');
    }
    let minutes = 60;
    if (data.minutes !== undefined) {
        if (typeof data.minutes === 'number' && Number.isInteger(data.minutes) && data.minutes >= 10 && data.minutes <= 180)
            minutes = data.minutes;
        else
            field('minutes', 'minutes must be a whole number from 10 to 180');
    }
    const { parts, starts } = splitBody(lines, fm.endLine + 1);
    if (!parts.statement)
        problems.push({ file, field: 'Statement', message: 'Missing "## Statement" section: a prompt needs a statement' });
    const followUps = parts.followUps === undefined ? undefined : (0, followUps_1.parsePromptFollowUps)(parts.followUps, starts.followUps ?? 1);
    for (const p of followUps?.problems ?? [])
        problems.push({ file, field: 'Follow-ups', line: p.line, message: p.message });
    const answerKey = parts.answerKey === undefined ? undefined : (0, answerKey_1.parseAnswerKey)(parts.answerKey, starts.answerKey ?? 1);
    for (const p of answerKey?.problems ?? [])
        problems.push({ file, field: 'Answer key', line: p.line, message: p.message });
    const curveballs = parts.curveballs === undefined ? undefined : (0, curveballs_1.parsePromptCurveballs)(parts.curveballs, starts.curveballs ?? 1);
    for (const p of curveballs?.problems ?? [])
        problems.push({ file, field: 'Curveballs', line: p.line, message: p.message });
    if (problems.length > 0)
        return { problems };
    const summary = (0, frontMatter_1.stringField)(data, 'summary')?.trim() || firstSentence(parts.statement ?? '');
    const timePlan = parseTimePlan(parts.timePlan ?? '', template);
    const prompt = {
        id: id,
        title: title,
        team: team,
        ...(declaredTeamTitle && !(0, prompt_1.isBundledTeam)(team) ? { teamTitle: declaredTeamTitle } : {}),
        level: level,
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
 * Loads many prompt files. Later sources override earlier ones with the same id (so a user file can
 * replace a bundled prompt); a duplicate id within the same group is a problem.
 */
function loadCatalog(groups) {
    const byId = new Map();
    const problems = [];
    for (const group of groups) {
        if ('prompts' in group) {
            for (const prompt of group.prompts)
                byId.set(prompt.id, prompt);
            continue;
        }
        const seen = new Map();
        for (const source of group.sources) {
            const result = parsePromptFile(source, group.bundled ?? false);
            problems.push(...result.problems);
            const prompt = result.prompt;
            if (!prompt)
                continue;
            const earlier = seen.get(prompt.id);
            if (earlier) {
                problems.push({ file: source.file, field: 'id', message: `Duplicate id ${prompt.id}: ${earlier} uses it too` });
                continue;
            }
            seen.set(prompt.id, source.file);
            byId.set(prompt.id, prompt);
        }
    }
    const prompts = [...byId.values()].sort((a, b) => (0, prompt_1.compareTeams)(a.team, b.team) || prompt_1.LEVELS.indexOf(a.level) - prompt_1.LEVELS.indexOf(b.level) || a.title.localeCompare(b.title));
    return { prompts, problems };
}
/**
 * The body's parts by name, and the 1-based file line where each part's text starts (after leading
 * blank lines), so problems inside a part can name their line.
 */
function splitBody(lines, from) {
    const parts = {};
    const starts = {};
    let current;
    let buffer = [];
    let bufferStart = 0;
    const flush = () => {
        if (current) {
            let skipped = 0;
            while (skipped < buffer.length && buffer[skipped].trim() === '')
                skipped++;
            parts[current] = buffer.join('\n').trim();
            starts[current] = bufferStart + skipped + 1;
        }
        buffer = [];
    };
    let inFence = false;
    for (let i = from; i < lines.length; i++) {
        const line = lines[i];
        if (/^\s*(```|~~~)/.test(line))
            inFence = !inFence;
        // `(.+)` and not `(.+?)\s*#*\s*$`: the closing hashes are cut in one pass, not retried at every space.
        const heading = inFence ? null : /^##\s+(.+)$/.exec(line);
        if (heading) {
            flush();
            current = BODY_PARTS[(0, headingMatch_1.stripClosingHashes)(heading[1]).trim().toLowerCase()];
            bufferStart = i + 1;
            continue;
        }
        if (current)
            buffer.push(line);
    }
    flush();
    return { parts, starts };
}
function listItems(markdown) {
    return markdown
        .split('\n')
        .map((l) => /^\s*[-*+]\s+(.*)$/.exec(l)?.[1]?.trim())
        .filter((x) => !!x);
}
function parseTimePlan(markdown, template) {
    const sectionIds = new Map(((0, templates_1.getTemplate)(template)?.sections ?? []).map((s) => [s.title.toLowerCase(), s.id]));
    const phases = [];
    for (const line of markdown.split('\n')) {
        const m = parsePlanLine(line);
        if (!m)
            continue;
        const name = m.label.replace(/[*_]/g, '').trim();
        const min = m.min;
        const max = m.max ?? min;
        const detail = m.detail?.trim();
        phases.push({ section: sectionIds.get(name.toLowerCase()) ?? name.toLowerCase(), label: name, ...(detail ? { detail } : {}), minMinutes: Math.min(min, max), maxMinutes: Math.max(min, max) });
    }
    if (phases.length > 0)
        return phases;
    return [...(template === 'ml-system-design' ? exports.DEFAULT_ML_TIME_PLAN : exports.DEFAULT_TIME_PLAN)];
}
function firstSentence(markdown) {
    const text = markdown.replace(/\s+/g, ' ').trim();
    const m = /^(.{20,200}?[.!?])(\s|$)/.exec(text);
    return (m ? m[1] : text.slice(0, 140)).trim();
}
//# sourceMappingURL=loadPrompts.js.map