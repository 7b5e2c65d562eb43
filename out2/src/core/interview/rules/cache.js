"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cacheRule = void 0;
const firstMentions_1 = require("./firstMentions");
/** A cache, by name or by a technology that is only ever a cache (Redis is often a store, so it is SD007's and the technology probe's). */
const CACHE = /\b(?:CDN|edge cach\w*|caches|cache|cached|caching|memoi[sz]\w*|EVCache|Memcached)\b/i;
/**
 * A cache: what happens when it is stale, cold or lost. The seeds' interviewer asks "What happens if
 * the CDN cache is stale?" One probe for a CDN or edge cache and one for any other cache, each at
 * its first mention.
 */
exports.cacheRule = {
    id: 'cache',
    description: 'A cache: what happens when it is stale, cold or lost',
    signal: 'data-flow',
    find({ lines }) {
        return (0, firstMentions_1.firstMentions)(lines, CACHE, (m) => (/^(?:cdn|edge)/i.test(m) ? 'edge' : 'cache'), 2).map(({ line, column, subject }) => ({
            subject,
            line,
            column,
            question: `Walk me through ${subject === 'edge' ? 'the edge cache' : 'the cache'} going wrong: stale (what does a user see, and for how long?), cold after a deploy or in a new region (what load reaches the origin?), and lost entirely (does the system behind it survive?).`,
        }));
    },
};
//# sourceMappingURL=cache.js.map