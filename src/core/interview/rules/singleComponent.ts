import type { ProbeLine, ProbeRule, RuleProbe } from '../types';

/**
 * A named component: a word, or two when the first is capitalised ("Fan Out Service"), and a
 * component noun ("steering service", "flag store", "metadata database"). Singular only: a plural
 * already says there is more than one. Bounded repetitions keep each attempt constant-time.
 */
const COMPONENT =
  /\b((?:[A-Z][A-Za-z0-9-]{0,30}[ \t]{1,4})?[A-Za-z][A-Za-z0-9-]{1,30})[ \t]{1,4}(service|server|store|database|db|gateway|scheduler|coordinator|orchestrator|balancer|proxy|registry|aggregator|publisher|broker|tracker|allocator|sequencer|indexer|leader|primary|master)\b(?!-)/gi;

/** Words before a component noun that are not its name. */
const NOT_A_NAME = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'each', 'every', 'any', 'one', 'single', 'our', 'your', 'its', 'their', 'my', 'his', 'her',
  'same', 'other', 'another', 'new', 'old', 'main', 'separate', 'central', 'shared', 'own', 'per', 'and', 'or', 'of', 'to', 'in', 'on', 'by',
  'from', 'with', 'into', 'via', 'for', 'as', 'is', 'are', 'be', 'backing', 'underlying', 'existing', 'some', 'which', 'what',
  // "we could store ...", "then store ...": the noun is a verb there.
  'we', 'they', 'you', 'it', 'could', 'would', 'should', 'can', 'will', 'may', 'might', 'must', 'then', 'also', 'just', 'not', 'first',
  // "than store all", "tolerate server reboots", "sequential service hops": not names.
  'than', 'rather', 'sequential', 'tolerate', 'precious', 'foreign-key', 'key-value', 'relational', 'distributed',
]);

/** The component's name without a leading article or pronoun ("The Fan Out" -> "Fan Out"); '' when nothing is left. */
function nameOf(words: string): string {
  const parts = words.split(/[ \t]+/);
  while (parts.length > 0 && NOT_A_NAME.has(parts[0].toLowerCase())) parts.shift();
  return parts.length > 0 && !NOT_A_NAME.has(parts[parts.length - 1].toLowerCase()) ? parts.join(' ') : '';
}

/** "a file storage service", "an ad server": an indefinite article names a kind of thing, not this design's part. */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}\p{N}])an?[ \t]{1,4}$/iu;
/** A verb right before the name ("reduces database load", "wastes database connections"): the noun is not a component. */
const VERB_BEFORE = /(?:^|[^\p{L}\p{N}])(?:reduces?|increases?|wastes?|hits?|overloads?|protects?|tolerates?|avoids?|spares?|saves?|needs?|adds?)[ \t]{1,4}$/iu;

/**
 * Before a name that starts with a capitalised "The" mid-sentence: the words are a title ("Follow
 * The Regularized Leader" is an optimiser), not a part of the design. The start of the line, a list
 * marker or a sentence's end before "The" is an ordinary sentence start.
 */
const TITLE_BEFORE = /[\p{L}\p{N},(][ \t]{1,4}$/u;
/** The same title with its "The" just before the name. */
const TITLE_THE_BEFORE = /[\p{L}\p{N},(][ \t]{1,4}The[ \t]{1,4}$/u;

/** Wording that gives a component more than one copy, or a way to survive losing it. */
const REDUNDANT =
  /\b(?:replica\w*|replicat\w*|redundan\w*|standby|stand-by|failover|fail over|fails over|multi[- ]?(?:region|az|zone|node|master|leader|primary)|clusters?|clustered|instances|nodes|stateless|horizontally|auto[- ]?scal\w*|shard\w*|partitioned|active[- ]active|active[- ]passive|hot spare|quorum|raft|paxos|leader[- ]elect\w*|behind a load balancer|n\+1|copies|mirrored|fallback|falls back|fail open|fails open|(?:is|goes|went|are) down|unavailable|outages?)\b/i;

/** How many lines after a component's line still describe it (its list item's sub-bullets). */
const DESCRIPTION_LINES = 4;

/** At most this many components are probed. */
const MAX = 2;

/** Whether the lines describing the component at `index` (its own and the few after it, up to a blank line) say it has a second copy. */
function saysRedundant(lines: readonly ProbeLine[], index: number): boolean {
  for (let i = index; i < lines.length && i <= index + DESCRIPTION_LINES; i++) {
    if (i > index && (lines[i].line !== lines[i - 1].line + 1 || lines[i].heading)) break;
    if (REDUNDANT.test(lines[i].text)) return true;
  }
  return false;
}

/**
 * A component named once in Architecture, with nothing said about a second copy: what happens when
 * it goes down. "Named once" counts every mention of the same name (case aside) in the design
 * sections; a component is something the design gives a part to, so only Architecture's mentions
 * are asked about, never one after "a"/"an" (a kind of thing) or after a verb ("reduces database
 * load"). Neither the line naming it nor the lines describing it under it may say it is replicated,
 * clustered or has a fallback, and neither may any other line that names it. One pass over the lines.
 */
export const singleComponentRule: ProbeRule = {
  id: 'component',
  description: 'A component mentioned once with no redundancy: what happens when it goes down',
  signal: 'ownership',
  find({ lines }) {
    const mentions = new Map<string, { index: number; line: number; column: number; name: string; count: number }>();
    lines.forEach(({ line, text, heading, sectionId }, index) => {
      COMPONENT.lastIndex = 0;
      for (let m = COMPONENT.exec(text); m; m = COMPONENT.exec(text)) {
        const words = nameOf(m[1]);
        if (!words) continue;
        const before = text.slice(Math.max(0, m.index - 16), m.index + m[1].length - words.length);
        if (VERB_BEFORE.test(before)) continue;
        // A title wrapped over two lines ("... (Follow The" / "Regularized Leader ...") reads on from the line before.
        const previous = index > 0 && lines[index - 1].line === line - 1 && text.slice(0, m.index).trim() === '' ? `${lines[index - 1].text.slice(-16)} ` : '';
        const lead = previous + text.slice(Math.max(0, m.index - 16), m.index);
        if (/^The[ \t]/.test(m[1]) ? TITLE_BEFORE.test(lead) : TITLE_THE_BEFORE.test(lead)) continue;
        const name = `${words} ${m[2]}`.toLowerCase();
        const seen = mentions.get(name);
        if (seen) seen.count++;
        else {
          // Headings and labels name a part; other sections mention it in passing; "a ... service" is a kind.
          const quotable = !heading && sectionId === 'architecture' && !INDEFINITE_BEFORE.test(before);
          mentions.set(name, { index, line: quotable ? line : -1, column: m.index, name, count: 1 });
        }
      }
    });
    const probes: RuleProbe[] = [];
    for (const { index, line, column, name, count } of mentions.values()) {
      if (count !== 1 || line < 0) continue;
      if (saysRedundant(lines, index)) continue;
      probes.push({
        subject: name,
        line,
        column,
        question: `The ${name} appears once in your design, with nothing said about a second copy. What happens to the rest of the system while it is down, what do users see, and how does it come back?`,
      });
      if (probes.length === MAX) break;
    }
    return probes;
  },
};
