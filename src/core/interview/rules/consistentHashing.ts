import { conceptRule } from './concept';

/** Consistent hashing named, with nothing said of what moves when the ring changes. */
export const consistentHashingRule = conceptRule({
  id: 'consistent-hashing',
  description: 'Consistent hashing: what moves, and what serves it, when a node joins or leaves',
  signal: 'data-flow',
  // Consistent hashing of users into experiment variants places no keys on machines: a machine word must be near.
  raised:
    /\b(?:consistent[- ]hash\w*|rendezvous hashing|jump hash\w*)\b[^.;\n]{0,80}?\b(?:nodes?|shards?|servers?|partitions?|replicas?|hosts?|clusters?|instances?|machines?|receivers?|workers?|distribut\w*|placement|partitioning)\b|\b(?:nodes?|shards?|servers?|partitions?|replicas?|hosts?|instances?|machines?|receivers?|workers?|partitioning)\b[^.;\n]{0,80}?\b(?:consistent[- ]hash\w*|rendezvous hashing|jump hash\w*)\b|\bhash ?rings?\b/i,
  named: /\b(?:consistent[- ]hash\w*|rendezvous hashing|jump hash\w*|hash ?rings?)\b/i,
  examined: /\b(?:virtual nodes?|vnodes?|rebalanc\w*|bounded[- ]load|token ranges?|keys? (?:move|moves|moved|to move|that move)|data (?:movement|moves)|(?:move|moving|migrat\w*|stream\w*) (?:the )?(?:keys|data|shards|partitions|ranges))\b/i,
  question: 'You place keys with consistent hashing. When a node joins or leaves under load, which keys move, what serves them while they move, and how do you keep the load on each node even?',
});
