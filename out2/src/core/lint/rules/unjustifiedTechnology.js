"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unjustifiedTechnology = void 0;
exports.technologyMentions = technologyMentions;
const sectionText_1 = require("../../answer/sectionText");
/** Wording that gives a reason for a choice. "for" alone is left out: "Redis for caching" is a purpose, not a reason. */
const REASON = new RegExp('\\b(?:' +
    [
        'because', 'since', 'so that', 'so (?:we|it|they|the|that|a|reads|writes|clients|consumers)', 'due to', 'given', 'for (?:its|their)',
        'which (?:gives|lets|keeps|means|avoids|handles|absorbs|guarantees|supports|scales)', 'as (?:it|they|its|their)',
        'to (?:keep|avoid|handle|absorb|reduce|survive|decouple|replay|guarantee|support|scale|meet|stay|get|serve|smooth|buffer|isolate|bound)',
        'in order to', 'lets?', 'letting', 'allows?', 'allowing', 'enables?', 'enabling', 'gives us', '(?:chosen|picked|preferred) (?:for|because|over)',
        'suited', 'suits', 'fits?', 'good fit', 'thanks to', 'why', 'the reason', 'reasons?', 'proven', 'battle-tested', 'mature', 'already',
        'familiar', 'experience with', 'we know',
    ].join('|') +
    ')\\b', 'i');
const techCache = new WeakMap();
/**
 * One regex for all technology names, longest first so "PostgreSQL" wins over "Postgres"; cached per
 * array, since the configuration hands the same array to every lint run. Word boundaries are checked
 * in code (`isWordChar`): a leading lookbehind would run at every position of every line.
 */
function technologyPattern(technologies) {
    let cached = techCache.get(technologies);
    if (!cached) {
        const canonical = new Map();
        for (const name of technologies) {
            const trimmed = name.trim();
            if (trimmed && !canonical.has(trimmed.toLowerCase()))
                canonical.set(trimmed.toLowerCase(), trimmed);
        }
        const names = [...canonical.values()];
        const alternatives = names.sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        // When every name is an ASCII word, a leading \b skips the starts inside words cheaply. It drops
        // only matches that start inside a word, which the check in code rejects anyway, and since such a
        // match is all word characters, no match the check keeps could have started inside it.
        const boundary = names.every((n) => /^\w+$/.test(n)) ? '\\b' : '';
        // An empty alternation would match everywhere; a pattern that never matches stands in for it.
        cached = { pattern: new RegExp(alternatives.length > 0 ? `${boundary}(?:${alternatives.join('|')})` : '(?!)', 'gi'), canonical };
        techCache.set(technologies, cached);
    }
    return cached.canonical.size > 0 ? cached : undefined;
}
const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** Technology names that are also everyday lower-case words. */
const ORDINARY_WORDS = new Set(['spark', 'hive', 'iceberg', 'envoy', 'consul', 'airflow', 'snowflake', 'presto', 'druid', 'spanner', 'zuul']);
function isWordChar(text, index) {
    if (index < 0 || index >= text.length)
        return false;
    const c = text.charCodeAt(index);
    if (c < 0x80)
        return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
    return WORD_CHAR.test(text[index]);
}
/**
 * SD007: a named technology comes with a reason. Interviewers read "Redis, Kafka, Postgres" without a
 * why as pattern-matching. A mention is justified when reason wording sits in the same list item (with
 * its sub-items and indented paragraphs) or table row, or in the same sentence of a paragraph. Each
 * technology is reported once, at its first mention, and only when no mention anywhere is justified.
 * Headings (the title included), code, comments and front matter are not mentions.
 */
exports.unjustifiedTechnology = {
    names: ['SD007', 'unjustified-technology'],
    description: 'Every named technology comes with a reason it fits',
    tags: ['content', 'technology'],
    defaultSeverity: 'info',
    check({ answer, technologies }, report) {
        const tech = technologyPattern(technologies);
        if (!tech)
            return;
        const prose = [];
        for (let line = 0; line < answer.lines.length; line++)
            if (answer.lineKinds[line] === 1 /* LineKind.Prose */)
                prose.push(line);
        const visible = (0, sectionText_1.visibleLines)(answer);
        const justified = new Set();
        const first = new Map();
        // The block structure is built at the first mention that needs judging: most lines name nothing,
        // and once a technology is justified its later mentions need nothing.
        let blocks;
        let judge;
        let b = 0;
        // The offset of line `offsetLine` into block `b`'s text, carried forward from mention to mention:
        // summing from the block's start at each mention is quadratic in a paragraph of many lines.
        let offsetLine = -1;
        let offset = 0;
        for (const line of prose) {
            if ((0, sectionText_1.isHeadingLine)(answer, line))
                continue;
            const text = visible[line];
            tech.pattern.lastIndex = 0;
            for (let m = tech.pattern.exec(text); m; m = tech.pattern.exec(text)) {
                if (isWordChar(text, m.index - 1) || isWordChar(text, m.index + m[0].length))
                    continue;
                const name = tech.canonical.get(m[0].toLowerCase()) ?? m[0];
                // "the spark of an idea", "a hive of activity": such names count only when capitalised.
                if (ORDINARY_WORDS.has(m[0]) && m[0] !== name)
                    continue;
                if (justified.has(name))
                    continue;
                blocks ??= (0, sectionText_1.textBlocks)(answer, prose);
                judge ??= reasonJudge(blocks);
                // Mentions come in file order, so the block holding each one is found by walking forward.
                while (blocks[b].end <= line)
                    b++;
                if (offsetLine < blocks[b].start) {
                    offsetLine = blocks[b].start;
                    offset = 0;
                }
                for (; offsetLine < line; offsetLine++)
                    offset += visible[offsetLine].length + 1;
                if (judge(b, offset + m.index))
                    justified.add(name);
                else if (!first.has(name))
                    first.set(name, { line, column: m.index, length: m[0].length });
            }
        }
        for (const [name, at] of first) {
            if (justified.has(name))
                continue;
            report({
                line: at.line,
                column: at.column,
                endColumn: at.column + at.length,
                message: `${name} is named without a reason: say why it fits this problem, what it gives you that the alternatives do not (e.g. "${name}, because ...").`,
            });
        }
    },
};
/**
 * Answers whether a mention at `offset` into block `index`'s text has a reason beside it: anywhere in
 * its list item with the item's sub-items, in its table row, or in its sentence. Memoised, so each
 * block and sentence is tested once however many mentions it holds.
 */
function reasonJudge(blocks) {
    const own = new Int8Array(blocks.length).fill(-1);
    const subtree = new Int8Array(blocks.length).fill(-1);
    const sentences = new Map();
    const ownReason = (i) => {
        if (own[i] < 0)
            own[i] = REASON.test(blocks[i].text) ? 1 : 0;
        return own[i] === 1;
    };
    const subtreeReason = (i) => {
        if (subtree[i] < 0) {
            let found = false;
            for (let j = i; j < blocks[i].subtreeEnd && !found; j++) {
                if (subtree[j] === 0 && j > i)
                    j = blocks[j].subtreeEnd - 1;
                else
                    found = ownReason(j);
            }
            subtree[i] = found ? 1 : 0;
        }
        return subtree[i] === 1;
    };
    // The list item a paragraph belongs to (an indented paragraph under an item), or -1.
    const itemOf = (i) => {
        for (let p = i; p >= 0; p = blocks[p].parent) {
            if (blocks[p].kind === 'item')
                return p;
            if (blocks[p].kind !== 'paragraph')
                return -1;
        }
        return -1;
    };
    return (index, offset) => {
        const block = blocks[index];
        const item = itemOf(index);
        if (item >= 0)
            return subtreeReason(item);
        if (block.kind === 'row')
            return ownReason(index);
        let s = sentences.get(index);
        if (!s)
            sentences.set(index, (s = { starts: (0, sectionText_1.sentenceStarts)(block.text), reason: new Map() }));
        const at = (0, sectionText_1.sentenceAt)(s.starts, offset);
        let ok = s.reason.get(at);
        if (ok === undefined) {
            const end = at + 1 < s.starts.length ? s.starts[at + 1] : block.text.length;
            ok = REASON.test(block.text.slice(s.starts[at], end));
            s.reason.set(at, ok);
        }
        return ok;
    };
}
/**
 * The technologies named in one line of text, in order, each with its canonical name (as the list
 * spells it) and where it is. The same matching as SD007's: whole words, and everyday words such as
 * "spark" only when capitalised. The follow-up probes use it to ask about the candidate's choices.
 */
function technologyMentions(text, technologies) {
    const tech = technologyPattern(technologies);
    if (!tech)
        return [];
    const out = [];
    tech.pattern.lastIndex = 0;
    for (let m = tech.pattern.exec(text); m; m = tech.pattern.exec(text)) {
        if (isWordChar(text, m.index - 1) || isWordChar(text, m.index + m[0].length))
            continue;
        const name = tech.canonical.get(m[0].toLowerCase()) ?? m[0];
        if (ORDINARY_WORDS.has(m[0]) && m[0] !== name)
            continue;
        out.push({ name, index: m.index, length: m[0].length });
    }
    return out;
}
//# sourceMappingURL=unjustifiedTechnology.js.map