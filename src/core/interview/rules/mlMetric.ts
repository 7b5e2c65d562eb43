import type { ProbeRule, RuleProbe } from '../types';

/** An offline metric, as ML answers name them. */
const OFFLINE_METRIC =
  /\b(?:NDCG(?:@\d{1,4})?|nDCG(?:@\d{1,4})?|MAP(?:@\d{1,4})?|MRR|AUC|ROC[- ]AUC|PR[- ]AUC|log[- ]?loss|cross[- ]entropy|RMSE|MAE|MAPE|WAPE|precision(?:@\d{1,4}| at \d{1,4}| at k)?|recall(?:@\d{1,4}| at \d{1,4}| at k)?|hit[- ]rate|calibration|F1)(?![\w@])/g;

/**
 * Words before a metric's name that give it another meaning: "timing precision", "floating-point
 * precision", "mixed precision", "clock calibration". Looked for in the few words before it.
 */
const OTHER_MEANING = /\b(?:timing|clock|time|timestamps?|numeric(?:al)?|floating[- ]point|float|double|decimal|arithmetic|mixed|half|full|fp\d{1,2}|bf16|int\d{1,2}|gps|location|sensor|instrument|camera|millisecond|microsecond|nanosecond|sub-?second)[ \t-]+$/i;

/**
 * "Recall" that names a retrieval stage, not the metric: "hybrid recall", "candidate recall stage",
 * "the recall layer". With "@k" or "at k" it is the metric again.
 */
const RECALL_STAGE_BEFORE = /\b(?:hybrid|semantic|lexical|vector|embedding(?:-based)?|dense|sparse|keyword|ANN|multi-channel|first-stage|two-tower)[ \t-]+$/i;
const RECALL_STAGE_AFTER = /^[ \t]{1,4}(?:stages?|layers?|phases?|steps?|channels?|paths?|pipelines?|services?|candidates?)\b/i;

/**
 * "Calibrate the click-derived labels", "human judgments anchor calibration": calibration of labels
 * or raters, not of the model's probabilities. The labels come after the word, or before it in the
 * same clause ("click labels and we report calibration" is two clauses, and the metric).
 */
const CALIBRATED_LABELS =
  /\bcalibrat\w*\b[^.;\n]{0,40}?\b(?:labels?|raters?|annotators?|grades?|judg(?:es|ments?)|signals?)\b|\b(?:labels?|raters?|annotators?|grades?|judg(?:es|ments?)|signals?)\b(?:(?!\b(?:and|but|or|while|so|whereas|then)\b)[^.;:,\n]){0,40}?\bcalibrat/i;

/** Whether the metric matched at `m` has another meaning where it stands. */
function otherMeaning(text: string, m: RegExpExecArray): boolean {
  const before = text.slice(Math.max(0, m.index - 24), m.index);
  if (OTHER_MEANING.test(before)) return true;
  if (/^recall$/i.test(m[0]) && (RECALL_STAGE_BEFORE.test(before) || RECALL_STAGE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)))) return true;
  return /^calibration$/i.test(m[0]) && CALIBRATED_LABELS.test(text);
}

/**
 * ML answers: an offline metric, asked how it maps to the online one. The seeds weight offline-online
 * evaluation alignment heavily. One probe, at the first metric named as a metric ("timing precision"
 * and "mixed precision" are not).
 */
export const mlMetricRule: ProbeRule = {
  id: 'ml-metric',
  description: 'ML: how the offline metric maps to the online one',
  signal: 'trade-offs',
  mlOnly: true,
  // How the two agree, said already: the question is answered.
  answered: {
    patterns: [/\b(?:offline[- ](?:to[- ])?online|online[- ](?:to[- ])?offline)\b[^.\n]{0,40}?\b(?:correlat\w*|gap|agree\w*|align\w*|mismatch\w*|discrepanc\w*)|\bcorrelat\w* (?:with|to) (?:the )?(?:online|a\/b|live)\b/i],
    need: 1,
  },
  topic: /\boffline\b[^?\n]{0,80}\bonline\b|\bonline\b[^?\n]{0,80}\boffline\b/i,
  find({ lines }) {
    for (const { line, text, heading } of lines) {
      if (heading) continue;
      OFFLINE_METRIC.lastIndex = 0;
      let m = OFFLINE_METRIC.exec(text);
      while (m && otherMeaning(text, m)) m = OFFLINE_METRIC.exec(text);
      if (!m) continue;
      const probe: RuleProbe = {
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
