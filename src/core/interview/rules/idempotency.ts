import { conceptRule } from './concept';

/** Retries raised with nothing said of what makes them safe: the work may happen twice. */
export const idempotencyRule = conceptRule({
  id: 'idempotency',
  description: 'Retries without idempotency: what makes a retry safe',
  signal: 'data-flow',
  raised: /\b(?:retr(?:y|ies|ied|ying)|re-?sends?|re-?delivers?|redeliver(?:y|ed))\b/i,
  examined: /\b(?:idempot\w*|dedup\w*|de-dup\w*|exactly[- ]once|request ids?|unique (?:request |event )?ids?|(?:idempotency|dedup\w*) keys?)\b/i,
  question: 'You retry here. What makes a retry safe: if the first attempt did succeed and only the reply was lost, what stops the work (a charge, a message, a write) from happening twice?',
});
