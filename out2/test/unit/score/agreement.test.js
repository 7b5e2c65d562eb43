"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.spearman = spearman;
/**
 * Agreement with human judgement (issue 16): the scorer against hand ratings of 41 real answers by
 * other authors (test/fixtures/scorecard), beside two naive baselines measured in the same run, on
 * the tuned part and on the held-out part that the scorer was never tuned on. Prints Spearman's rank
 * correlation per signal and pooled, mean absolute error and verdict agreement, and fails unless the
 * scorer beats both baselines clearly on every figure.
 */
const assert = __importStar(require("node:assert/strict"));
const signals_1 = require("../../../src/core/interview/signals");
const score_1 = require("../../../src/core/score");
const judgedSet_1 = require("./judgedSet");
/** Spearman's rank correlation: Pearson's on average ranks; 0 when either side is constant. */
function spearman(x, y) {
    const rx = ranks(x);
    const ry = ranks(y);
    const mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;
    const mx = mean(rx);
    const my = mean(ry);
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < rx.length; i++) {
        sxy += (rx[i] - mx) * (ry[i] - my);
        sxx += (rx[i] - mx) ** 2;
        syy += (ry[i] - my) ** 2;
    }
    return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}
function ranks(values) {
    const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
    const out = new Array(values.length);
    for (let start = 0; start < order.length;) {
        let end = start;
        while (end + 1 < order.length && order[end + 1].v === order[start].v)
            end++;
        for (let k = start; k <= end; k++)
            out[order[k].i] = (start + end) / 2 + 1;
        start = end + 1;
    }
    return out;
}
function figures(part, predicted, correlateWith) {
    const spearmanBy = {};
    const maeBy = {};
    const pooledHuman = [];
    const pooledPredicted = [];
    let pooledError = 0;
    for (const id of signals_1.SIGNAL_IDS) {
        const human = part.map((a) => a.ratings[id]);
        const mine = predicted.ratings.map((r) => r[id]);
        // A baseline that predicts from one number (the length) is ranked by that number itself.
        spearmanBy[id] = spearman(correlateWith ?? mine, human);
        const error = human.reduce((sum, h, i) => sum + Math.abs(h - mine[i]), 0);
        maeBy[id] = error / part.length;
        pooledError += error;
        pooledHuman.push(...human);
        pooledPredicted.push(...(correlateWith ?? mine));
    }
    // Pooled: every (answer, signal) pair at once. For the length baseline each answer's length stands for all five.
    spearmanBy.pooled = spearman(pooledPredicted, pooledHuman);
    maeBy.pooled = pooledError / (part.length * signals_1.SIGNAL_IDS.length);
    const verdict = part.filter((a, i) => a.verdict === predicted.verdicts[i]).length / part.length;
    return { spearman: spearmanBy, mae: maeBy, verdict };
}
/** Words of an answer: the document-length baseline's one number. */
function wordCount(text) {
    return text.split(/\s+/).filter((w) => w !== '').length;
}
/** The length baseline's mapping: per signal, the cut-points on word count that fit the tuned part best. */
function fitLengthCuts(tuned) {
    const lengths = [...new Set(tuned.map((a) => wordCount(a.text)))].sort((a, b) => a - b);
    const candidates = [0, ...lengths.map((l) => l + 0.5)];
    const cuts = {};
    for (const id of signals_1.SIGNAL_IDS) {
        let best = { error: Infinity, cut: [] };
        for (let a = 0; a < candidates.length; a++) {
            for (let b = a; b < candidates.length; b++) {
                for (let c = b; c < candidates.length; c++) {
                    const cut = [candidates[a], candidates[b], candidates[c]];
                    const error = tuned.reduce((sum, x) => sum + Math.abs(x.ratings[id] - byCuts(wordCount(x.text), cut)), 0);
                    if (error < best.error)
                        best = { error, cut };
                }
            }
        }
        cuts[id] = best.cut;
    }
    return cuts;
}
function byCuts(length, cut) {
    return (1 + cut.filter((c) => length >= c).length);
}
/** The constant baseline: per signal the rating that fits the tuned part best (its median), and its commonest verdict. */
function fitConstants(tuned) {
    const ratings = {};
    for (const id of signals_1.SIGNAL_IDS) {
        let best = { error: Infinity, value: 1 };
        for (const value of [1, 2, 3, 4]) {
            const error = tuned.reduce((sum, x) => sum + Math.abs(x.ratings[id] - value), 0);
            if (error < best.error)
                best = { error, value };
        }
        ratings[id] = best.value;
    }
    const counts = new Map();
    for (const a of tuned)
        counts.set(a.verdict, (counts.get(a.verdict) ?? 0) + 1);
    const verdict = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    return { ratings, verdict };
}
function table(name, rows) {
    const cols = [...signals_1.SIGNAL_IDS, 'pooled'];
    const head = `${name.padEnd(12)} ${'figure'.padEnd(9)} ${cols.map((c) => c.padStart(12)).join(' ')}  verdict`;
    const lines = [head];
    for (const [who, f] of rows) {
        lines.push(`${who.padEnd(12)} ${'spearman'.padEnd(9)} ${cols.map((c) => f.spearman[c].toFixed(3).padStart(12)).join(' ')}  ${(f.verdict * 100).toFixed(0).padStart(5)}%`);
        lines.push(`${''.padEnd(12)} ${'MAE'.padEnd(9)} ${cols.map((c) => f.mae[c].toFixed(3).padStart(12)).join(' ')}`);
    }
    return lines.join('\n');
}
/**
 * How much better than both baselines the scorer must be. Every figure per signal is better than
 * both baselines'; the pooled figures and the verdict agreement by these margins. (Per signal a part
 * holds 13 to 28 ratings on a 1-4 scale, where a single answer moves Spearman by several hundredths.)
 */
const MARGIN = { spearman: 0.1, mae: 0.15, verdict: 0.1 };
describe('scorecard: agreement with human judgement', function () {
    this.timeout(120_000);
    const set = (0, judgedSet_1.judgedSet)();
    const tuned = set.filter((a) => a.split === 'tuned');
    const cuts = fitLengthCuts(tuned);
    const constants = fitConstants(tuned);
    for (const partName of ['tuned', 'held-out']) {
        it(`beats the length and constant baselines clearly on the ${partName} part`, () => {
            const part = set.filter((a) => a.split === partName);
            const cards = part.map((a) => (0, score_1.scoreAnswer)({ answer: a.text, defaultTemplate: a.kind === 'ml' ? 'ml-system-design' : 'system-design' }));
            const scorer = {
                ratings: cards.map((c) => Object.fromEntries(c.signals.map((s) => [s.id, s.rating]))),
                verdicts: cards.map((c) => c.verdict),
            };
            const lengthRatings = part.map((a) => Object.fromEntries(signals_1.SIGNAL_IDS.map((id) => [id, byCuts(wordCount(a.text), cuts[id])])));
            const length = { ratings: lengthRatings, verdicts: lengthRatings.map((r) => (0, score_1.verdictFor)(r)) };
            const constant = { ratings: part.map(() => constants.ratings), verdicts: part.map(() => constants.verdict) };
            const rows = [
                ['scorer', figures(part, scorer)],
                ['length', figures(part, length, part.map((a) => wordCount(a.text)))],
                ['constant', figures(part, constant)],
            ];
            console.log(`\n${partName} part: ${part.length} answers\n${table(partName, rows)}\n`);
            const [mine, ...baselines] = rows.map((r) => r[1]);
            for (const [who, b] of rows.slice(1)) {
                for (const key of signals_1.SIGNAL_IDS) {
                    assert.ok(mine.spearman[key] > b.spearman[key], `${partName}: Spearman ${key} ${mine.spearman[key].toFixed(3)} vs ${who} ${b.spearman[key].toFixed(3)}`);
                    assert.ok(mine.mae[key] < b.mae[key], `${partName}: MAE ${key} ${mine.mae[key].toFixed(3)} vs ${who} ${b.mae[key].toFixed(3)}`);
                }
                assert.ok(mine.spearman.pooled >= b.spearman.pooled + MARGIN.spearman, `${partName}: pooled Spearman ${mine.spearman.pooled.toFixed(3)} vs ${who} ${b.spearman.pooled.toFixed(3)}`);
                assert.ok(mine.mae.pooled <= b.mae.pooled - MARGIN.mae, `${partName}: pooled MAE ${mine.mae.pooled.toFixed(2)} vs ${who} ${b.mae.pooled.toFixed(2)}`);
                assert.ok(mine.verdict >= b.verdict + MARGIN.verdict, `${partName}: verdict ${mine.verdict.toFixed(2)} vs ${who} ${b.verdict.toFixed(2)}`);
            }
            assert.equal(baselines.length, 2);
        });
    }
});
//# sourceMappingURL=agreement.test.js.map