import type { ProbeRule, RuleProbe } from '../types';

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
  find({ lines }) {
    const probes: RuleProbe[] = [];
    const seen = new Set<string>();
    for (const { line, text, heading } of lines) {
      if (heading) continue;
      const m = CACHE.exec(text);
      if (!m) continue;
      const edge = /^(?:cdn|edge)/i.test(m[0]);
      const subject = edge ? 'edge' : 'cache';
      if (seen.has(subject)) continue;
      seen.add(subject);
      const what = edge ? 'the edge cache' : 'the cache';
      probes.push({
        subject,
        line,
        question: `Walk me through ${what} going wrong: stale (what does a user see, and for how long?), cold after a deploy or in a new region (what load reaches the origin?), and lost entirely (does the system behind it survive?).`,
      });
      if (seen.size === 2) break;
    }
    return probes;
  },
};
