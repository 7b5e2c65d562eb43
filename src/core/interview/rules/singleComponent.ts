import type { ProbeRule, RuleProbe } from '../types';

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
]);

/** The component's name without a leading article or pronoun ("The Fan Out" -> "Fan Out"); '' when nothing is left. */
function nameOf(words: string): string {
  const parts = words.split(/[ \t]+/);
  while (parts.length > 0 && NOT_A_NAME.has(parts[0].toLowerCase())) parts.shift();
  return parts.length > 0 && !NOT_A_NAME.has(parts[parts.length - 1].toLowerCase()) ? parts.join(' ') : '';
}

/** Wording that gives a component more than one copy, or a way to survive losing it. */
const REDUNDANT =
  /\b(?:replica\w*|replicat\w*|redundan\w*|standby|stand-by|failover|fail over|fails over|multi[- ]?(?:region|az|zone|node|master|leader|primary)|clusters?|clustered|instances|nodes|stateless|horizontally|auto[- ]?scal\w*|shard\w*|partitioned|active[- ]active|active[- ]passive|hot spare|quorum|raft|paxos|leader election|behind a load balancer|n\+1|copies|mirrored|fallback|falls back|fail open|fails open|(?:is|goes|went|are) down|unavailable|outages?)\b/i;

/** At most this many components are probed. */
const MAX = 2;

/**
 * A component named once, with nothing said about a second copy: what happens when it goes down.
 * "Named once" counts every mention of the same name (case aside) in the design sections; the
 * line naming it must not say it is replicated, clustered or has a fallback, and neither may any
 * other line that names it.
 */
export const singleComponentRule: ProbeRule = {
  id: 'component',
  description: 'A component mentioned once with no redundancy: what happens when it goes down',
  signal: 'ownership',
  find({ lines }) {
    const mentions = new Map<string, { line: number; column: number; name: string; count: number }>();
    for (const { line, text, heading } of lines) {
      COMPONENT.lastIndex = 0;
      for (let m = COMPONENT.exec(text); m; m = COMPONENT.exec(text)) {
        const words = nameOf(m[1]);
        if (!words) continue;
        const name = `${words} ${m[2]}`.toLowerCase();
        const seen = mentions.get(name);
        if (seen) seen.count++;
        // A heading names a part of the answer; it counts as a mention but is not the one quoted.
        else mentions.set(name, { line: heading ? -1 : line, column: m.index, name, count: 1 });
      }
    }
    const probes: RuleProbe[] = [];
    for (const { line, column, name, count } of mentions.values()) {
      if (count !== 1 || line < 0) continue;
      const text = lines.find((l) => l.line === line)!.text;
      if (REDUNDANT.test(text)) continue;
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
