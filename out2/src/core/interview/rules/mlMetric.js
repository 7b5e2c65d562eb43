"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mlMetricRule = void 0;
/** An offline metric, as ML answers name them. */
const OFFLINE_METRIC = /\b(?:NDCG(?:@\d{1,4})?|nDCG(?:@\d{1,4})?|MAP(?:@\d{1,4})?|MRR|AUC|ROC[- ]AUC|PR[- ]AUC|log[- ]?loss|cross[- ]entropy|RMSE|MAE|MAPE|WAPE|precision(?:@\d{1,4}| at \d{1,4}| at k)?|recall(?:@\d{1,4}| at \d{1,4}| at k)?|hit[- ]rate|calibration|F1)(?![\w@])/;
/**
 * ML answers: an offline metric, asked how it maps to the online one. The seeds weight offline-online
 * evaluation alignment heavily. One probe, at the first metric named.
 */
exports.mlMetricRule = {
    id: 'ml-metric',
    description: 'ML: how the offline metric maps to the online one',
    signal: 'trade-offs',
    mlOnly: true,
    find({ lines }) {
        for (const { line, text, heading } of lines) {
            if (heading)
                continue;
            const m = OFFLINE_METRIC.exec(text);
            if (!m)
                continue;
            const probe = {
                subject: m[0],
                line,
                column: m.index,
                question: `You measure ${m[0]} offline. Which online metric should move when it improves, how have you checked that the two agree, and what do you do when an offline win is flat in the A/B test?`,
            };
            return [probe];
        }
        return [];
    },
};
//# sourceMappingURL=mlMetric.js.map