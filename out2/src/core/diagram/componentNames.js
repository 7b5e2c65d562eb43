"use strict";
/**
 * Whether a diagram and the prose around it name the same components. Names are compared by their
 * distinctive words, lightly stemmed: "Ranker" in a diagram is the "ranking service" of the prose,
 * "Counter store" is "the counters". Words that only say what kind of thing it is (service, store,
 * API) decide only when a name has nothing else ("API", "Database").
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.stem = stem;
exports.stems = stems;
exports.identifyingStems = identifyingStems;
exports.isNamedIn = isNamedIn;
exports.isDrawnIn = isDrawnIn;
exports.proseComponents = proseComponents;
/** Words that say what kind of component something is, not which one. */
const GENERIC = new Set([
    'service', 'server', 'store', 'storage', 'database', 'db', 'api', 'app', 'application', 'system', 'layer', 'cluster', 'node', 'component',
    'module', 'backend', 'engine', 'worker', 'manager', 'handler', 'processor', 'job', 'table', 'instance', 'microservice', 'tier', 'box',
    'the', 'a', 'an', 'of', 'and', 'or', 'to', 'for', 'in', 'on', 'by', 'from', 'with', 'via', 'per', 'our', 'its', 'their', 'new', 'main',
].map(stem));
const WORD = /[\p{L}\p{N}]+/gu;
/** A word's light stem: lower case, a plural s and one of -ing, -er, -ed, -e taken off words long enough to keep a root. */
function stem(word) {
    let w = word.toLowerCase();
    if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss'))
        w = w.slice(0, -1);
    for (const suffix of ['ing', 'er', 'ed', 'e']) {
        if (w.length - suffix.length >= 4 && w.endsWith(suffix))
            return w.slice(0, -suffix.length);
    }
    return w;
}
/** The stemmed words of `text`. */
function stems(text) {
    const out = [];
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text))
        out.push(stem(m[0]));
    return out;
}
/**
 * The words that identify a component named `name`: its distinctive stems, or all its stems when
 * it has only generic ones ("API"). Single letters and bare numbers identify nothing (`A`, `B`, `1`).
 */
function identifyingStems(name) {
    const all = stems(name).filter((s) => s.length > 1 && !/^\d+$/.test(s));
    const distinctive = all.filter((s) => !GENERIC.has(s));
    return distinctive.length > 0 ? distinctive : all;
}
/** Whether a component named `name` is named in a text whose stems are `words`: any identifying stem is there. */
function isNamedIn(name, words) {
    const ids = identifyingStems(name);
    return ids.length > 0 && ids.some((s) => words.has(s));
}
/**
 * Whether the prose component `c` is drawn in a diagram whose label stems are `words`: its name, or
 * its noun when the noun itself picks a kind of part out ("the message queue" drawn as "Kafka
 * queue"); service, server, store and database are too common for that.
 */
function isDrawnIn(c, words) {
    if (isNamedIn(c.name, words))
        return true;
    const noun = stem(c.noun);
    return !GENERIC.has(noun) && words.has(noun);
}
/**
 * A component named in prose: a word, or two when the first is capitalised ("Fan Out Service"), and
 * a component noun ("ranking service", "counter store", "edge cache"). Bounded repetitions keep
 * each attempt constant-time.
 */
const PROSE_COMPONENT = /\b((?:[A-Z][A-Za-z0-9-]{0,30}[ \t]{1,4})?[A-Za-z][A-Za-z0-9-]{1,30})[ \t]{1,4}(services?|servers?|stores?|caches?|queues?|databases?|db|gateways?|brokers?|balancers?|proxy|proxies|schedulers?|workers?|indexe?s?|topics?|streams?|buckets?|clusters?|pipelines?|consumers?|producers?|registry|registries|coordinators?|aggregators?)\b(?!-)/gi;
/** Words before a component noun that are not part of its name. */
const NOT_A_NAME = new Set([
    'a', 'an', 'the', 'this', 'that', 'these', 'those', 'each', 'every', 'any', 'one', 'single', 'our', 'your', 'its', 'their', 'my', 'same',
    'other', 'another', 'new', 'old', 'main', 'separate', 'central', 'shared', 'own', 'per', 'and', 'or', 'of', 'to', 'in', 'on', 'by', 'from',
    'with', 'into', 'via', 'for', 'as', 'is', 'are', 'be', 'backing', 'underlying', 'existing', 'some', 'which', 'what', 'we', 'they', 'you',
    'it', 'could', 'would', 'should', 'can', 'will', 'may', 'might', 'must', 'then', 'also', 'just', 'not', 'first', 'both', 'all', 'two',
    'three', 'many', 'more', 'fewer', 'several', 'multiple', 'simple', 'small', 'large', 'big', 'fast', 'slow', 'local', 'remote', 'global',
]);
/** The components `text` names, in order, each with its column range. */
function proseComponents(text) {
    const out = [];
    PROSE_COMPONENT.lastIndex = 0;
    for (let m = PROSE_COMPONENT.exec(text); m; m = PROSE_COMPONENT.exec(text)) {
        const parts = m[1].split(/[ \t]+/);
        let skipped = 0;
        while (parts.length > 0 && NOT_A_NAME.has(parts[0].toLowerCase())) {
            skipped += parts[0].length;
            parts.shift();
        }
        if (parts.length === 0 || NOT_A_NAME.has(parts[parts.length - 1].toLowerCase()))
            continue;
        const start = m.index + m[0].indexOf(parts[0], skipped);
        out.push({ name: `${parts.join(' ')} ${m[2]}`, noun: m[2], column: start, endColumn: m.index + m[0].length });
    }
    return out;
}
//# sourceMappingURL=componentNames.js.map