import type { ProbeRule, RuleProbe } from '../types';

/** Words that may stand between a number and its unit: "10 million *concurrent* streams". */
const QUALIFIERS =
  'concurrent|simultaneous|daily|monthly|weekly|hourly|active|peak|new|unique|distinct|paying|registered|total|average|global|' +
  'ad|video|api|page|search|playback|write|read|play|user|member|flag|feature|ranking|recommendation|inference|decision|click|more|extra';

/**
 * A quantity of load or data in Requirements: a number, an optional multiplier, up to two qualifying
 * words (`QUALIFIERS`: any words would let "40 services read" pass for a volume of reads), and a unit that measures volume ("10 million concurrent streams", "300k decisions per
 * second", "50 Tbps"). Latencies and percentages are not volumes, so ten times them means nothing.
 * Every repetition is bounded, so a match is tried in constant time at each position.
 */
const QUANTITY = new RegExp(
  '(?<![\\p{L}\\p{N}.,:/])((\\d{1,15}(?:[.,]\\d{1,15}){0,4})(?:[ \\t]?(k|m|b|bn|thousand|million|billion|trillion)(?![\\p{L}]))?)(?![.,]?\\d)' +
    `(?:[ \\t]{1,4}(?:${QUALIFIERS}))?(?:[ \\t]{1,4}(?:${QUALIFIERS}))?[ \\t]{0,4}` +
    '(users?|members?|subscribers?|viewers?|households?|customers?|accounts?|profiles?|devices?|clients?|services|hosts|servers|requests?|queries|calls|lookups?|' +
    'decisions?|events?|messages?|writes?|reads?|impressions?|clicks?|plays?|streams?|sessions?|QPS|RPS|TPS|DAU|MAU|titles?|items?|videos?|' +
    'campaigns?|advertisers?|experiments?|flags?|jobs?|uploads?|files?|notifications?|rows?|records?|documents?|searches|predictions?|' +
    'models?|features?|Tbps|Gbps|TB|GB|PB|EB|terabytes?|petabytes?|gigabytes?)\\b',
  'giu',
);

/** A rate after the unit ("per second", "/day", "a month"): kept in the question, as the load is the rate. */
const RATE = /^[ \t]{0,4}(?:(?:per|a|an|each|every)[ \t]{1,4}(?:second|sec|minute|min|hour|day|week|month|year)|\/[ \t]?(?:s|sec|second|min|minute|h|hr|hour|d|day|wk|week|mo|month|yr|year)\b|at peak|(?:during|in) (?:the )?peak)/i;

/**
 * Just before a number, what makes it a policy or one part's figure rather than the system's load:
 * a limit ("up to 256 members", "at most 20 requests"), or a share ("each node: 64 GB", "per API
 * key"). Bounded, so a constant-time test per match.
 */
const LIMIT_BEFORE = /\b(?:up to|at most|no more than|limit(?:ed)? (?:of|to)|max(?:imum)?(?: of)?|cap(?:ped)? at)\b[^.;\n]{0,24}$/i;
const SHARE_BEFORE = /(?:\b(?:each|per|every|average|avg)\b[^.;:,\n]{0,24}|\b(?:node|server|instance|shard|host|machine|partition|replica|key|customer|user|group)s?[ \t]*:[ \t]*)$/i;

/** Right after the unit: "10 Gbps network per node", "64 GB each". */
const SHARE_AFTER = /^[ \t]{0,4}(?:[A-Za-z-]{1,20}[ \t]{1,4}){0,2}(?:per|each|for each|a) (?:node|server|instance|shard|host|machine|partition|replica|key|customer|user|group|core)\b|^[ \t]{0,4}each\b/i;

/** Units that count people: ten times more than 800 million of them is more people than there are. */
const PEOPLE = /^(?:users?|members?|subscribers?|viewers?|customers?|accounts?|profiles?|DAU|MAU)$/i;
const MOST_PEOPLE = 800e6;

/** The size of a number as written, for telling two wordings of one quantity apart ("2 billion users", "2B DAU"). */
function magnitude(value: string, multiplier = ''): number {
  const thousands = /,\d{3}(?!\d)/.test(value) && !/\.\d/.test(value);
  const n = Number(thousands ? value.replace(/,/g, '') : value.replace(',', '.'));
  const factor: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9, trillion: 1e12 };
  return n * (factor[multiplier.toLowerCase()] ?? 1);
}

/** At most this many quantities are probed: the first ones stated. */
const MAX = 2;

const LADDERS: readonly (readonly string[])[] = [
  ['k', 'm', 'b'],
  ['K', 'M', 'B'],
  ['thousand', 'million', 'billion', 'trillion'],
];

/**
 * Ten times a stated amount, written the way the answer wrote it: "300k" -> "3M", "10 million" ->
 * "100 million", "1,500" -> "15,000", "2.5" -> "25". `multiplier` is the suffix or word after the
 * number, if any.
 */
export function timesTen(value: string, multiplier = ''): string {
  const thousands = /,\d{3}(?!\d)/.test(value) && !/\.\d/.test(value);
  let n = Number(thousands ? value.replace(/,/g, '') : value.replace(',', '.')) * 10;
  if (!Number.isFinite(n)) return `${value}${multiplier}`;
  let suffix = multiplier;
  const ladder = LADDERS.find((l) => l.includes(multiplier));
  if (ladder) {
    while (n >= 1000 && ladder.indexOf(suffix) < ladder.length - 1) {
      n /= 1000;
      suffix = ladder[ladder.indexOf(suffix) + 1];
    }
  }
  const rounded = Number(n.toPrecision(12));
  const number = thousands ? rounded.toLocaleString('en-US') : String(rounded);
  return `${number}${suffix.length > 1 ? ' ' : ''}${suffix}`;
}

/** A follow-up asking about ten times something: "grows tenfold", "10x", "traffic doubles". */
const TENFOLD = '\\b(?:10x|10 times|ten times|tenfold|10-fold|(?:traffic|load|volume|usage) (?:doubles|triples|grows|spikes|surges))\\b';

/** Words for load in general: a follow-up saying them ("ten times the normal peak") asks about any rate. */
const LOAD = 'traffic|load|peak|volume|throughput|qps|rps|tps';

/** Units that are rates themselves. */
const RATE_UNIT = /^(?:QPS|RPS|TPS|Tbps|Gbps)$/i;

/**
 * What a prompt follow-up asking the same as a probe on this quantity mentions: ten times, and the
 * same unit ("the number of services grows tenfold" for "2,000 services"), or load in general when
 * the quantity is a rate ("ten times the normal peak" for "300k decisions per second"). "Flags grow
 * tenfold" is another question than "2,000 services". Both lookaheads are anchored, so the test
 * scans the follow-up once per lookahead.
 */
export function scaleTopic(unit: string, isRate: boolean): RegExp {
  const lower = unit.toLowerCase();
  // Plural endings go ("services" -> "servic", "queries" -> "quer"); short units are abbreviations ("TB", "QPS").
  const stem = lower.length > 3 && unit !== unit.toUpperCase() ? lower.replace(/(?:ies|es|s)$/, '') : lower;
  const same = `${stem}\\w{0,3}`;
  return new RegExp(`^(?=[^]*?${TENFOLD})(?=[^]*?\\b(?:${isRate ? `${same}|${LOAD}` : same})\\b)`, 'i');
}

/**
 * A number in Requirements: what breaks first at ten times that number. The seeds' interviewer asks
 * "How would you handle a 10x spike in traffic?" One probe per quantity, at most two.
 */
export const scaleRule: ProbeRule = {
  id: 'scale',
  description: 'A number in Requirements: what breaks first at ten times it',
  // An answer that already weighs ten times its load has answered the question.
  answered: {
    patterns: [/\b(?:10x|10 times|ten times|tenfold|10-fold)[ \t]{1,4}(?:(?:more|the|our|peak|current|today'?s)[ \t]{1,4}){0,2}(?:growth|load|traffic|peak|volume|users|requests|scale)\b|\b(?:grow\w*|scal\w*|headroom|spikes?|surges?)\b[^.;\n]{0,30}?\b(?:10x|10 times|ten times|tenfold|10-fold)\b/i],
    need: 1,
  },
  // Near-duplicates of a prompt follow-up are told per quantity (scaleTopic): the unit must match.
  signal: 'requirements',
  find({ lines }) {
    const probes: RuleProbe[] = [];
    const seen = new Set<string>();
    for (const { line, text, sectionId } of lines) {
      if (sectionId !== 'requirements') continue;
      QUANTITY.lastIndex = 0;
      for (let m = QUANTITY.exec(text); m && probes.length < MAX; m = QUANTITY.exec(text)) {
        // "1 user" is a starting point, not a size to multiply.
        if (!m[3] && Number(m[2].replace(/,/g, '')) < 2) continue;
        const rate = RATE.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
        // One part's share is not the load; nor is a limit, unless a rate follows ("up to 500k events per second").
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        if (SHARE_BEFORE.test(before) || SHARE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) || (!rate && LIMIT_BEFORE.test(before))) continue;
        const size = magnitude(m[2], m[3]);
        if (PEOPLE.test(m[4]) && size > MOST_PEOPLE) continue;
        const subject = `${m[1]} ${m[4]}`;
        // One quantity said twice ("2 billion daily active users", "2 billion DAU") is one question.
        const key = `${size}`;
        if (seen.has(subject.toLowerCase()) || seen.has(key)) continue;
        seen.add(subject.toLowerCase());
        seen.add(key);
        const stated = `${m[0]}${rate}`.replace(/\s+/g, ' ').trim();
        // The amount as written ("300k", "10 million") becomes ten times it; the words after it, and the rate, stay.
        const tenfold = `${timesTen(m[2], m[3] ?? '')}${m[0].slice(m[1].length)}${rate}`.replace(/\s+/g, ' ').trim();
        probes.push({
          subject,
          line,
          column: m.index,
          topic: scaleTopic(m[4], rate !== '' || RATE_UNIT.test(m[4])),
          question: `You sized this at ${stated}. What breaks first at ten times that, ${tenfold}, and what would you change before it does?`,
        });
      }
      if (probes.length === MAX) break;
    }
    return probes;
  },
};
