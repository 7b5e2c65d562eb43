"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.normalizeHeading = normalizeHeading;
exports.stripInlineMarkdown = stripInlineMarkdown;
exports.stripClosingHashes = stripClosingHashes;
exports.headingWords = headingWords;
exports.createSectionMatcher = createSectionMatcher;
exports.sectionMatcherFor = sectionMatcherFor;
const NUMBERING = new RegExp('^(?:' +
    // "Step 3:", "Part II -", "Phase 2", "Section 4." (the keyword makes the punctuation optional)
    '(?:step|part|phase|section|stage)\\s*(?:\\d+(?:\\.\\d+)*|[ivxlcdm]+)\\s*[.):\\-–—]?' +
    // "2.", "2)", "2 -", "1.2", "III.", "b)"
    '|(?:\\d+(?:\\.\\d+)*|[ivxlcdm]+|[a-z])\\s*[.):\\-–—]' +
    // "2 Scope", "2.1 Requirements"
    '|\\d+(?:\\.\\d+)*(?=\\s)' +
    ')\\s*', 'i');
/**
 * Reduces a heading's text to lower-case words separated by single spaces: numbering, inline
 * Markdown, emoji and punctuation removed, `&` read as "and".
 */
function normalizeHeading(raw) {
    let text = stripInlineMarkdown(raw).trim();
    // Emoji and symbols first, so "🚀 2. Scope" still loses its number.
    text = text.replace(/^[^\p{L}\p{N}]+/u, '');
    text = text.replace(NUMBERING, '');
    return text
        .toLowerCase()
        .replace(/&/g, ' and ')
        .replace(/['’]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}
/**
 * Removes emphasis, code ticks, links and images so only the words of a heading remain. Every pattern
 * here stops at the next character that could start another match (`[`, `(`, `<`), so a heading of
 * 128k `[` or `<` takes linear time rather than rescanning the rest of the line from each one.
 */
function stripInlineMarkdown(raw) {
    return stripClosingHashes(raw
        .replace(/!?\[([^[\]]*)\]\(([^()]*)\)/g, '$1')
        .replace(/<[^<>]+>/g, '')
        .replace(/[*_`~]+/g, ''));
}
/**
 * Drops an ATX heading's closing sequence (`## Scope ##`): trailing `#`s after whitespace, and the
 * whitespace around them. Scans from the end once; a regex such as `\s+#+\s*$` retries at every
 * space of a long run of spaces.
 */
function stripClosingHashes(text) {
    let end = text.length;
    while (end > 0 && isSpace(text.charCodeAt(end - 1)))
        end--;
    let hashes = end;
    while (hashes > 0 && text.charCodeAt(hashes - 1) === 0x23 /* # */)
        hashes--;
    if (hashes === end || hashes === 0 || !isSpace(text.charCodeAt(hashes - 1)))
        return text;
    let start = hashes;
    while (start > 0 && isSpace(text.charCodeAt(start - 1)))
        start--;
    return text.slice(0, start);
}
/** What `\s` matches, for one UTF-16 code unit. */
function isSpace(c) {
    return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** One word's base form: plurals made singular ("requirements", "strategies", "APIs"), so word forms compare equal. */
function stem(word) {
    if (word.length > 4 && word.endsWith('ies'))
        return `${word.slice(0, -3)}y`;
    if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|ys)$/.test(word))
        return word.slice(0, -1);
    return word;
}
/** A heading's normalised words in base form: what every alias comparison uses. */
function headingWords(raw) {
    const text = normalizeHeading(raw);
    return text ? text.split(' ').map(stem) : [];
}
/**
 * Words that may stand beside a generic alias without changing what the heading names: "Key
 * decisions", "Core components", "REST APIs", "System design 2". Anything else beside a generic word
 * ("Design Pinterest", "CRUD operations", "Additional deep dive topics") makes it another heading.
 */
const QUALIFIERS = new Set([
    'a', 'an', 'the', 'our', 'of', 'and', 'key', 'main', 'core', 'overall', 'proposed', 'detailed', 'technical', 'tech',
    'technology', 'various', 'basic', 'building', 'high', 'level', 'initial', 'final', 'system', 'rest', 'public', 'major',
    'design', 'important', 'some', 'other', 'service', 'mvp', 'logic',
].map(stem));
/**
 * A heading's first words up to a colon, a dash or a bracket ("Deep dive: the counter store" → "Deep
 * dive", "Metrics (offline and online)" → "Metrics"), when it has such a head. Bounded, so linear.
 */
function headOf(raw) {
    const m = /^([^:–—(]{1,80}?)\s*(?::|\(|\s[-–—]\s)/.exec(stripInlineMarkdown(raw));
    return m ? m[1] : undefined;
}
/** Keys under which a word list is found when it is a whole heading: as written, joined, and in any order. */
function wholeKeys(words) {
    const content = words.filter((w) => w !== 'and');
    return [words.join(' '), words.join(''), `~${[...content].sort().join(' ')}`];
}
/**
 * Builds a matcher for a template. A heading names a section when its words equal one of the
 * section's aliases (in any order, joined or not), or contain a specific alias as whole words; a
 * generic alias ("design", "api", "components") counts only when the rest of the heading is
 * qualifiers. The longest alias wins, an explicit qualifier such as "out of scope" wins over all,
 * and a heading may name a second section with words the first did not use.
 */
function createSectionMatcher(template, extraAliases = {}) {
    const aliases = [];
    const seen = new Set();
    const add = (text, spec, whole, overrides) => {
        const words = headingWords(text);
        const key = words.join(' ');
        if (words.length === 0 || seen.has(key))
            return;
        seen.add(key);
        aliases.push({ words, text: normalizeHeading(text), spec, whole, overrides });
    };
    // User aliases first: a user's own vocabulary wins over a built-in alias of the same words.
    for (const spec of template.sections)
        for (const a of extraAliases[spec.id] ?? [])
            add(a, spec, false, false);
    for (const spec of template.sections) {
        for (const a of [spec.title, spec.id, ...spec.aliases])
            add(a, spec, false, false);
        for (const a of spec.wholeAliases ?? [])
            add(a, spec, true, false);
        for (const a of spec.overridingAliases ?? [])
            add(a, spec, false, true);
    }
    // Longest first; stable sort keeps the order above for equal lengths.
    aliases.sort((a, b) => b.words.length - a.words.length || b.words.join(' ').length - a.words.join(' ').length);
    const byWhole = new Map();
    for (const a of aliases)
        for (const key of wholeKeys(a.words))
            if (!byWhole.has(key))
                byWhole.set(key, a);
    // The specific aliases in a trie of their words, and by their joined form: a heading finds the
    // aliases that occur in it by walking from each of its words, in time bounded by the heading and
    // the longest alias, however many aliases the user configured (issue 17: 8,000 aliases sharing a
    // word with 8,000 headings took half a minute when every alias sharing a word was tried).
    const rank = new Map(aliases.map((a, i) => [a, i]));
    const trie = { next: new Map() };
    const byJoined = new Map();
    for (const a of aliases) {
        if (a.whole)
            continue;
        let node = trie;
        for (const w of a.words) {
            let child = node.next.get(w);
            if (!child)
                node.next.set(w, (child = { next: new Map() }));
            node = child;
        }
        node.alias ??= a;
        if (a.words.length > 1) {
            // One alias per section for each joined form is enough to name that section, and keeps a word
            // from matching thousands of ways of splitting it.
            const key = a.words.join('');
            const list = byJoined.get(key);
            if (!list)
                byJoined.set(key, [a]);
            else if (!list.some((b) => b.spec === a.spec))
                list.push(a);
        }
    }
    const overriding = aliases.filter((a) => a.overrides);
    /** The specific aliases that occur in `words`, best first, each with where (in word order; a joined form before a run at one word). */
    const occurrences = (words) => {
        const found = new Map();
        const note = (alias, run) => {
            const list = found.get(alias);
            if (list)
                list.push(run);
            else
                found.set(alias, [run]);
        };
        for (let i = 0; i < words.length; i++) {
            for (const a of byJoined.get(words[i]) ?? [])
                note(a, { at: i, length: 1 });
            let node = trie;
            for (let j = i; j < words.length && (node = node.next.get(words[j])); j++)
                if (node.alias)
                    note(node.alias, { at: i, length: j - i + 1 });
        }
        return [...found].map(([alias, at]) => ({ alias, at })).sort((x, y) => rank.get(x.alias) - rank.get(y.alias));
    };
    const wholeMatch = (words) => {
        for (const key of wholeKeys(words)) {
            const hit = byWhole.get(key);
            if (hit)
                return hit;
        }
        // A generic alias with only qualifiers beside it: "Core components", "REST APIs", "System design 2".
        const rest = words.filter((w) => !QUALIFIERS.has(w) && !/^\d+$/.test(w));
        if (rest.length > 0 && rest.length < words.length) {
            for (const key of wholeKeys(rest)) {
                const hit = byWhole.get(key);
                // "Design components" is the architecture; "Design a monitoring and alerting system" is a title.
                if (hit && (hit.whole || words[0] !== 'design'))
                    return hit;
            }
        }
        return undefined;
    };
    // Headings repeat across the lints of one answer (every keystroke re-reads them): results are
    // remembered by heading text, and forgotten wholesale when there are many.
    const cache = new Map();
    return {
        match(heading) {
            if (cache.has(heading))
                return cache.get(heading);
            if (cache.size >= 4096)
                cache.clear();
            const found = matchHeading(heading);
            cache.set(heading, found);
            return found;
        },
    };
    function matchHeading(heading) {
        const words = headingWords(heading);
        if (words.length === 0)
            return undefined;
        // Explicit qualifiers first: "Monitoring (not covered)" is scope, not operability.
        const override = overriding.find((a) => containsRun(words, a.words));
        if (override)
            return result([override.spec], override.words.length === words.length, `"${override.text}" (explicit qualifier)`, false);
        const whole = wholeMatch(words);
        if (whole)
            return result([whole.spec], true, `the whole heading is "${whole.text}"`, whole.whole);
        const head = headOf(heading);
        const headHit = head !== undefined ? wholeMatch(headingWords(head)) : undefined;
        if (headHit)
            return result([headHit.spec], true, `its head "${headHit.text}"`, headHit.whole);
        // A "Design ..." heading that is not wholly an alias is a title ("Design a monitoring and alerting system").
        if (words[0] === 'design')
            return undefined;
        const specs = [];
        const used = new Array(words.length).fill(false);
        const reasons = [];
        for (const { alias, at } of occurrences(words)) {
            const run = at.find((o) => isFree(used, o));
            if (!run)
                continue;
            used.fill(true, run.at, run.at + run.length);
            if (!specs.includes(alias.spec)) {
                specs.push(alias.spec);
                reasons.push(`"${alias.text}"`);
            }
        }
        if (specs.length === 0)
            return undefined;
        return result(specs, false, `contains ${reasons.join(' and ')}`, false);
    }
}
const NO_ALIASES = Object.freeze({});
const compiled = new WeakMap();
/**
 * `createSectionMatcher(template, extraAliases)`, compiled once per aliases object: a configuration
 * keeps its aliases object while it lives, so linting, probing and reading the answer's sections again
 * with one configuration does not index thousands of user aliases again.
 */
function sectionMatcherFor(template, extraAliases = NO_ALIASES) {
    let byTemplate = compiled.get(extraAliases);
    if (!byTemplate)
        compiled.set(extraAliases, (byTemplate = new Map()));
    let matcher = byTemplate.get(template.id);
    if (!matcher)
        byTemplate.set(template.id, (matcher = createSectionMatcher(template, extraAliases)));
    return matcher;
}
function result(specs, exact, reason, generic) {
    return { spec: specs[0], specs, exact, reason, generic };
}
/** Whether `run` occurs in `words` as whole consecutive words, or as one joined word ("usecase" for "use case"). */
function containsRun(words, run) {
    const joined = run.length > 1 ? run.join('') : undefined;
    for (let i = 0; i < words.length; i++) {
        if (joined !== undefined && words[i] === joined)
            return true;
        if (i + run.length > words.length)
            continue;
        let ok = true;
        for (let j = 0; j < run.length && ok; j++)
            ok = words[i + j] === run[j];
        if (ok)
            return true;
    }
    return false;
}
/** Whether none of the words `run` spans is marked in `used`. */
function isFree(used, run) {
    for (let k = run.at; k < run.at + run.length; k++)
        if (used[k])
            return false;
    return true;
}
//# sourceMappingURL=headingMatch.js.map