import { conceptRule } from './concept';

/** A hot key or skew raised with nothing said of how the load on it is spread. */
export const hotKeysRule = conceptRule({
  id: 'hot-key',
  description: 'A hot key or skew: how the load on one key is spread',
  signal: 'data-flow',
  raised: /\b(?:hot (?:keys?|partitions?|shards?|spots?|rows?)|hotspots?|celebrit(?:y|ies)|heavy hitters?|key skew|skewed (?:keys?|traffic|partitions?))\b/i,
  examined: /\b(?:salt\w*|key splitting|split (?:the |hot )?(?:keys?|shards?|partitions?)|random suffix\w*|sub-?(?:keys?|shards?|partitions?)|replicate (?:the )?hot|local (?:in-memory )?cache|request coalescing|single-?flight|fan-?out on read)\b/i,
  question: 'You expect a hot key. When one key takes a large share of the traffic, what in your design spreads that load, and what is the first thing to saturate if it does not?',
});
