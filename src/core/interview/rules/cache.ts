import type { ProbeRule } from '../types';
import { firstMentions } from './firstMentions';

/** A cache, by name or by a technology that is only ever a cache (Redis is often a store, so it is SD007's and the technology probe's). */
const CACHE = /\b(?:CDN|edge cach\w*|caches|cache|cached|caching|memoi[sz]\w*|EVCache|Memcached)\b/i;

/**
 * A cache: what happens when it is stale, cold or lost. The seeds' interviewer asks "What happens if
 * the CDN cache is stale?" One probe for a CDN or edge cache and one for any other cache, each at
 * its first mention.
 */
export const cacheRule: ProbeRule = {
  id: 'cache',
  description: 'A cache: what happens when it is stale, cold or lost',
  signal: 'data-flow',
  // Stale, cold and lost all said already: the question is answered.
  answered: {
    patterns: [
      /\b(?:TTLs?|invalidat\w*|expir\w*|write-through|write-behind)\b/i,
      /\b(?:cold (?:start|cache)|warm(?:s|ing|ed)?(?:[- ]up)?|pre-?warm\w*|prefill\w*|stampede|thundering herd|request coalescing|single-?flight)\b/i,
      /\bcache (?:is |goes )?(?:down|lost|unavailable|fails?|failure|outage)\b|\b(?:falls?|fall) (?:back|through) to (?:the )?(?:database|db|origin|store|source)\b/i,
    ],
    need: 3,
  },
  topic: /\bcach\w*\b[^?\n]{0,80}\b(?:stale|cold|lost|down|miss\w*|origin|stampede)\b|\b(?:stale|cold|lost|origin|stampede)\b[^?\n]{0,80}\bcach\w*/i,
  find({ lines }) {
    return firstMentions(lines, CACHE, (m) => (/^(?:cdn|edge)/i.test(m) ? 'edge' : 'cache'), 2).map(({ line, column, subject }) => ({
      subject,
      line,
      column,
      question: `Walk me through ${subject === 'edge' ? 'the edge cache' : 'the cache'} going wrong: stale (what does a user see, and for how long?), cold after a deploy or in a new region (what load reaches the origin?), and lost entirely (does the system behind it survive?).`,
    }));
  },
};
