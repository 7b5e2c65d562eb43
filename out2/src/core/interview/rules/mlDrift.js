"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mlDriftRule = void 0;
/** Drift named outright, which the probe prefers to quote. */
const DRIFT = /\b(?:drift\w*|distribution shift\w*|covariate shift|concept shift|skew)\b/i;
/** A model that learns from data: training, retraining, features or embeddings. */
const LEARNS = /\b(?:retrain\w*|re-train\w*|training|trained|trains|fine[- ]tun\w*|features?|embeddings?|labels?)\b/i;
/**
 * ML answers: what drift looks like and who sees it. Asked at the line that names drift, else at the
 * first line about training or features; never for an answer that says neither.
 */
exports.mlDriftRule = {
    id: 'ml-drift',
    description: 'ML: what drift looks like and who sees it',
    signal: 'ownership',
    mlOnly: true,
    find({ lines }) {
        const prose = lines.filter((l) => !l.heading);
        const at = prose.find((l) => DRIFT.test(l.text)) ?? prose.find((l) => LEARNS.test(l.text));
        if (!at)
            return [];
        return [
            {
                subject: 'drift',
                line: at.line,
                question: 'Six months after launch the world has moved. What does drift look like in this system, in the features, the predictions and the outcomes, who sees it first, and what do they do about it?',
            },
        ];
    },
};
//# sourceMappingURL=mlDrift.js.map