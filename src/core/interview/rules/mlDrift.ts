import type { ProbeRule } from '../types';

/**
 * Drift named outright, which the probe prefers to quote. "Drifts on rare terms" is a model going
 * astray on some inputs, not the data moving over time.
 */
const DRIFT = /\b(?:drift\w*(?![ \t]{1,4}on\b)|distribution shift\w*|covariate shift|concept shift|skew)\b/i;

/** A model that learns from data: training, retraining, features or embeddings. */
const LEARNS = /\b(?:retrain\w*|re-train\w*|training|trained|trains|fine[- ]tun\w*|features?|embeddings?|labels?)\b/i;

/**
 * ML answers: what drift looks like and who sees it. Asked at the line that names drift, else at the
 * first line about training or features; never for an answer that says neither.
 */
export const mlDriftRule: ProbeRule = {
  id: 'ml-drift',
  description: 'ML: what drift looks like and who sees it',
  signal: 'ownership',
  mlOnly: true,
  // Drift already watched (a PSI check, drift alerts) and acted on (a retraining trigger, who is paged) is answered.
  answered: {
    patterns: [
      /\b(?:PSI|population stability|KL divergence|KS test|drift (?:detect\w*|monitor\w*|alerts?|dashboards?|checks?)|monitor\w* (?:\w+ ){0,2}drift)\b/i,
      /\b(?:retrain\w*|re-train\w*|roll(?:s|ed)? back|pages?|paged|on[- ]call)\b[^.;\n]{0,40}?\b(?:when|if|once|on|after)\b[^.;\n]{0,40}?\b(?:drift\w*|PSI|threshold|shift\w*)\b/i,
    ],
    need: 2,
  },
  topic: /\b(?:drift\w*|distribution shift|world (?:has )?(?:moved|changed))/i,
  find({ lines }) {
    const prose = lines.filter((l) => !l.heading);
    const at = prose.find((l) => DRIFT.test(l.text)) ?? prose.find((l) => LEARNS.test(l.text));
    if (!at) return [];
    return [
      {
        subject: 'drift',
        line: at.line,
        question: 'Six months after launch the world has moved. What does drift look like in this system, in the features, the predictions and the outcomes, who sees it first, and what do they do about it?',
      },
    ];
  },
};
