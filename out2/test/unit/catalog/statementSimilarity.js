"use strict";
/**
 * How alike two prompt statements are, for the catalog's duplicate check: TF-IDF weighted cosine
 * over stemmed content words. Words every prompt uses ("members", "design", numbers) weigh little,
 * words only a few prompts use ("household", "toggle", "journal") weigh a lot, so two statements
 * of one problem score high even when their scale paragraphs differ.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.StatementSimilarity = void 0;
exports.contentWords = contentWords;
const STOP_WORDS = new Set(('the and for with from that this these those each every what which who how when where why not into than then there their them they ' +
    'you your our can must should may will would about over under per across both all any some such more most much many few after before ' +
    'while also only one two three four five ten but does did has have had been was were being out same other another own just very ' +
    'million millions billion billions thousand thousands hundred hundreds tens roughly around say').split(' '));
/** A crude suffix stemmer: enough to meet "caps" with "cap" and "encoding" with "encode". */
function stem(word) {
    for (const suffix of ['ations', 'ation', 'ings', 'ing', 'ions', 'ion', 'ers', 'er', 'ies', 'ied', 'es', 'ed', 'ly', 's']) {
        if (word.length - suffix.length >= 4 && word.endsWith(suffix))
            return word.slice(0, -suffix.length) + (suffix === 'ies' || suffix === 'ied' ? 'y' : '');
    }
    return word;
}
/** The content words of a text, stemmed; numbers and short or common words dropped. */
function contentWords(text) {
    return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 2 && !/[0-9]/.test(w) && !STOP_WORDS.has(w)).map(stem);
}
/** Compares texts against a corpus (the bundled statements), whose document frequencies weight the words. */
class StatementSimilarity {
    df = new Map();
    n;
    vectors = new Map();
    constructor(corpus) {
        this.n = corpus.length;
        for (const text of corpus)
            for (const w of new Set(contentWords(text)))
                this.df.set(w, (this.df.get(w) ?? 0) + 1);
    }
    /** Cosine similarity of the two texts' TF-IDF vectors, from 0 (no shared word) to 1. */
    similarity(a, b) {
        const va = this.vector(a);
        const vb = this.vector(b);
        let dot = 0;
        for (const [w, x] of va)
            dot += x * (vb.get(w) ?? 0);
        const norm = (v) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
        return dot === 0 ? 0 : dot / (norm(va) * norm(vb));
    }
    vector(text) {
        const known = this.vectors.get(text);
        if (known)
            return known;
        const counts = new Map();
        for (const w of contentWords(text))
            counts.set(w, (counts.get(w) ?? 0) + 1);
        const idf = (w) => Math.log((this.n + 1) / ((this.df.get(w) ?? 0) + 1)) + 1;
        const vector = new Map([...counts].map(([w, c]) => [w, (1 + Math.log(c)) * idf(w)]));
        this.vectors.set(text, vector);
        return vector;
    }
}
exports.StatementSimilarity = StatementSimilarity;
//# sourceMappingURL=statementSimilarity.js.map