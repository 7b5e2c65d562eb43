import { conceptRule } from './concept';

/** A leader elected, with nothing said of an old leader that has not noticed it lost. */
export const leaderElectionRule = conceptRule({
  id: 'leader-election',
  description: 'Leader election: the gap during failover, and an old leader still acting',
  signal: 'trade-offs',
  raised: /\b(?:leader election|elect(?:s|ed|ing)? (?:a |the |one |new )?leader|leader[- ](?:based|follower)|leader (?:node|replica|instance|lease)|single leader|re-?elect\w*)\b/i,
  examined: /\b(?:fencing|fence tokens?|epochs?|term numbers?|generation (?:numbers?|ids?)|split[- ]brain|stale leaders?|old leader|zombie|deposed)\b/i,
  question: 'A leader is elected here. How long is the system without one during a failover, and what stops an old leader that has not yet noticed from acting after the new one takes over?',
});
