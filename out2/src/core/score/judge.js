"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Evidences = exports.MAX_EVIDENCE = void 0;
exports.pickEvidence = pickEvidence;
exports.gap = gap;
exports.rating = rating;
const answerView_1 = require("./answerView");
/** Most pieces of evidence a scorecard shows per signal. */
exports.MAX_EVIDENCE = 4;
/**
 * Collects candidate evidence without keeping thousands of them: per strength, the first few in
 * file order are all `pickEvidence` can show.
 */
class Evidences {
    byStrength = new Map();
    push(found) {
        let list = this.byStrength.get(found.strength);
        if (!list)
            this.byStrength.set(found.strength, (list = []));
        // One more than shown, so a line already taken by stronger evidence still leaves enough.
        if (list.length < exports.MAX_EVIDENCE * 2)
            list.push(found);
    }
    /** The kept candidates, in the order they were found within each strength. */
    all() {
        return [...this.byStrength.values()].flat();
    }
}
exports.Evidences = Evidences;
/**
 * The evidence to show: the strongest `MAX_EVIDENCE` of `found`, one per line, in file order, each
 * quoted verbatim from its line (1-based in the result).
 */
function pickEvidence(view, evidences, max = exports.MAX_EVIDENCE) {
    const ranked = evidences
        .all()
        .map((f, i) => ({ f, i }))
        .sort((a, b) => b.f.strength - a.f.strength || a.f.place.line - b.f.place.line || a.i - b.i);
    const lines = new Set();
    const out = [];
    for (const { f } of ranked) {
        if (out.length >= max)
            break;
        if (lines.has(f.place.line))
            continue;
        const quote = (0, answerView_1.quoteAt)(view, f.place.line, f.place.start, f.place.end);
        if (!quote)
            continue;
        lines.add(f.place.line);
        out.push({ line: f.place.line + 1, quote, why: f.why });
    }
    return out.sort((a, b) => a.line - b.line);
}
/** A gap, at the bar that expects it. */
function gap(point, why, level) {
    return { point, why, level };
}
/** Clamps to the rubric's scale. */
function rating(n) {
    return (n <= 1 ? 1 : n >= 4 ? 4 : Math.round(n));
}
//# sourceMappingURL=judge.js.map