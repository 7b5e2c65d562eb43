import type { ProbeRule, RuleProbe } from '../types';

/**
 * A queue, log or stream of events. Plain "stream" is left out: in a video answer it is what a viewer
 * watches, not a pipeline.
 */
const QUEUE =
  /\b(?:queues?|queued|message bus|event bus|event[- ]streams?|event log|stream processing|stream processors?|streaming (?:jobs?|pipelines?)|change[- ]data[- ]capture|CDC|pub[- /]?sub|consumer groups?|Kafka|Kinesis|Pulsar|RabbitMQ|SQS)\b/i;

/** At most this many queues are probed. */
const MAX = 2;

/**
 * A queue or stream: lag, replay, ordering, duplicates. One probe per wording (so "Kafka" and "a
 * retry queue" are two), at its first mention.
 */
export const queueRule: ProbeRule = {
  id: 'queue',
  description: 'A queue or stream: lag, replay, ordering, duplicates',
  signal: 'data-flow',
  find({ lines }) {
    const probes: RuleProbe[] = [];
    const seen = new Set<string>();
    for (const { line, text, heading } of lines) {
      if (heading) continue;
      const m = QUEUE.exec(text);
      if (!m) continue;
      const word = m[0].toLowerCase().replace(/[- /]+/g, ' ').replace(/s$/, '');
      const subject = word === 'queued' ? 'queue' : word;
      if (seen.has(subject)) continue;
      seen.add(subject);
      probes.push({
        subject,
        line,
        question: `You put "${m[0]}" in the path. What happens when consumers fall behind (how much lag, and who notices?), how do you replay after a bad deploy, and what breaks if events arrive out of order or twice?`,
      });
      if (probes.length === MAX) break;
    }
    return probes;
  },
};
