import { conceptRule } from './concept';

/** A lock or lease raised with nothing said of its expiry or of a paused holder. */
export const leasesRule = conceptRule({
  id: 'lease',
  description: 'A lock or lease: expiry mid-operation, a paused holder, failover',
  signal: 'trade-offs',
  raised: /\b(?:distributed locks?|locks? service|leases?|leased|Redlock|acquires? (?:a |the )?lock|takes? (?:a |the )?lock|lock per)\b/i,
  examined: /\b(?:fencing|fence tokens?|lease (?:renewal|expir\w*)|renew\w*|expires? mid|GC pause|paused holder|split[- ]brain)\b/i,
  question: 'Your design holds a lock or lease. What happens when it expires in the middle of the work, or its holder pauses and wakes up after another has taken it: what stops two holders writing at once?',
});
