import type { ProbeRule } from '../types';
import { firstMentions } from './firstMentions';

/**
 * A queue, log or stream of events. Plain "stream" is left out: in a video answer it is what a viewer
 * watches, not a pipeline.
 */
const QUEUE =
  /\b(?:queues?|queued|message bus|event bus|event[- ]streams?|event log|stream processing|stream processors?|streaming (?:jobs?|pipelines?)|change[- ]data[- ]capture|CDC|pub[- /]?sub|consumer groups?|Kafka|Kinesis|Pulsar|RabbitMQ|SQS)\b/i;

/** At most this many queues are probed. */
const MAX = 2;

/** "Queues", "queued" and "queue" are one subject; so are "pub/sub" and "pub-sub". */
function subjectOf(matched: string): string {
  const word = matched.toLowerCase().replace(/[- /]+/g, ' ').replace(/s$/, '');
  return word === 'queued' ? 'queue' : word;
}

/**
 * A queue or stream: lag, replay, ordering, duplicates. One probe per wording (so "Kafka" and "a
 * retry queue" are two), at its first mention.
 */
export const queueRule: ProbeRule = {
  id: 'queue',
  description: 'A queue or stream: lag, replay, ordering, duplicates',
  signal: 'data-flow',
  // Lag, replay, and ordering or duplicates all said already: the question is answered.
  answered: {
    patterns: [
      /\b(?:consumer lag|lag(?:s|ging)? behind|falls? behind|backlog|back-?pressure)\b/i,
      /\b(?:replay\w*|reprocess\w*|rewind\w*|offsets?|retention)\b/i,
      /\b(?:idempot\w*|dedup\w*|de-dup\w*|exactly[- ]once|at[- ]least[- ]once|out[- ]of[- ]order|ordering|sequence numbers?)\b/i,
    ],
    need: 3,
  },
  topic: /\b(?:lag|backlog|replay|falls? behind|out of order|arrive twice)\b/i,
  find({ lines }) {
    return firstMentions(lines, QUEUE, subjectOf, MAX).map(({ line, column, text, subject }) => ({
      subject,
      line,
      column,
      question: `You put "${text}" in the path. What happens when consumers fall behind (how much lag, and who notices?), how do you replay after a bad deploy, and what breaks if events arrive out of order or twice?`,
    }));
  },
};
