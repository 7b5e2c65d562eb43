/**
 * The words the scorer listens for, signal by signal: what a design statement sounds like when it
 * sizes the problem, weighs a choice, names a failure, walks a path or operates a system. Each list
 * becomes one case-insensitive pattern of whole words with no nested repetition, so matching a line
 * is linear in its length. The lists were written from the rubric, then tuned on the judged set's
 * tuned part only (`test/fixtures/scorecard`).
 */

/** A pattern for any of `words` as whole words; the entries are regex sources (`cho(?:se|sen)`). */
function words(list: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${list.join('|')})\\b`, 'i');
}

/** `words`, or any of `symbols` (literal strings) anywhere. */
function wordsOr(symbols: readonly string[], list: readonly string[]): RegExp {
  const literal = symbols.map((s) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|');
  return new RegExp(`${literal}|\\b(?:${list.join('|')})\\b`, 'i');
}

// ---------------------------------------------------------------- requirements

const MAGNITUDE = '(?:k|m|b|bn|mm|million|millions|billion|billions|thousand|thousands|trillion|hundred|tens of thousands)';
const UNIT = [
  'qps', 'rps', 'tps', 'ops', 'iops', 'requests?', 'reqs?', 'reads?', 'writes?', 'quer(?:y|ies)', 'searches', 'users?', 'dau', 'mau',
  'customers?', 'members?', 'objects?', 'pastes?', 'searches?', 'views?', 'plays?', 'beacons?', 'decisions?', 'checks?', 'updates?', 'pings?', 'subscribers?', 'viewers?', 'accounts?', 'events?', 'messages?', 'clicks?', 'impressions?', 'items?',
  'documents?', 'docs?', 'tweets?', 'posts?', 'videos?', 'titles?', 'transactions?', 'orders?', 'operations?', 'calls?',
  'connections?', 'sessions?', 'streams?', 'devices?', 'households?', 'products?', 'pages?', 'links?', 'urls?', 'files?',
  'jobs?', 'tasks?', 'rows?', 'records?', 'keys?', 'entries', 'nodes?', 'servers?', 'instances?', 'machines?', 'hosts?',
  'regions?', 'shards?', 'partitions?', 'candidates?', 'series', 'features?', 'models?', 'ads?', 'campaigns?', 'categories',
  'ms', 'milliseconds?', 'µs', 'us', 'microseconds?', 'seconds?', 'secs?', 's', 'minutes?', 'mins?', 'hours?', 'hrs?', 'days?',
  'weeks?', 'months?', 'years?', 'bytes?', 'b', 'kb', 'mb', 'gb', 'tb', 'pb', 'eb', 'kib', 'mib', 'gib', 'tib', 'bits?',
  'kbps', 'mbps', 'gbps', 'nines', 'percent', 'x',
];
/**
 * Up to two words, each taken whole, as `(?:[a-z-]{2,20}\s){0,2}` reads them (a word must end at the
 * space, so it can be matched only one way). Written with a lookahead and a back-reference, which V8
 * compiles in a few milliseconds: the bounded repetition, followed by the long list of units, took
 * it hundreds of milliseconds to compile on first use, the first scorecard after start-up.
 * `group` is the number of the first of the two capture groups this adds.
 */
function upToTwoWords(group: number): string {
  return `(?:(?=([a-z-]{2,20}\\s))\\${group})?(?:(?=([a-z-]{2,20}\\s))\\${group + 1})?`;
}
/** A number with its unit: `10k QPS`, `200 ms`, `3 TB`, `100 million users`, `99.9%`, `10x`. */
export const QUANTITY = new RegExp(
  `(?:(?<![\\w,.])\\d[\\d,.]*\\s?(?:${MAGNITUDE}\\b\\s?)?${upToTwoWords(1)}(?:(?:${UNIT.join('|')})\\b|%|(?:per|a|an|/)\\s?(?:second|sec|s|minute|min|hour|day|week|month|year|user|request)\\b)|\\bp(?:50|90|95|99|999)\\b|\\b(?:tens|hundreds|thousands|millions|billions)(?: of (?:thousands|millions|billions))? of ${upToTwoWords(3)}(?:${UNIT.join('|')})\\b|\\b(?:single|double)-digit\\b|\\bsub-?(?:second|millisecond)\\b)`,
  'i',
);
/** Working the numbers: arithmetic, averages against peaks, growth, ratios, estimates. */
export const DERIVATION = words([
  'peak', 'average', 'avg', 'on average', 'per second', 'per day', 'per month', 'per year', 'ratio', 'read[- ]to[- ]write',
  'read/write', 'estimat\\w*', 'back[- ]of[- ]the[- ]envelope', 'capacity', 'storage', 'bandwidth', 'total', 'growth', 'grows?',
  'over \\d+ years?', 'in \\d+ years?', 'headroom', 'budget', 'times', 'multiplied', 'roughly', 'about', 'approximately',
]);
/** An arithmetic sign between numbers: `10 KB * 500 million`, `= 5 PB`, `~ 40/s`. */
export const ARITHMETIC = /(?<![\d,.])\d[\d,.]*\s*(?:[a-z]{0,8}\s*)?(?:[*×x÷/=≈~]|->|→)\s*~?\d/i;
/** A question: a question mark that ends a sentence (or a bold lead-in, `**How many users?** Say...`). */
export const QUESTION = /\?(?:\*\*|__)?(?:\s|$)/;
/** Naming the requirement or question that changes the design. */
export const DECISIVE = words([
  '(?:changes|decides|shapes|sets|drives|fixes|kills) (?:everything|the (?:design|whole|architecture|model|metric|threshold|answer|family|eval))',
  'dominat\\w*', 'the first question', 'the crucial question', 'the defining property', 'the single number', 'everything after it',
  'is the product', 'that changes', 'which changes', 'decides the',
]);
export const ASSUMPTION = words([
  'assum\\w*', 'suppose', 'given that', 'clarify\\w*', 'clarifying', 'ask(?:s|ed)?', 'we expect', 'expected', 'expect',
  'i would ask', 'confirm', 'presumably', 'say', 'ask for it', 'get the', 'decide early',
]);
export const SCOPE = words([
  'out of scope', 'in scope', 'scope', 'scoped', 'scoping', 'non-?goals?', 'not in scope', "won'?t (?:cover|handle|build|design)",
  'will not (?:cover|handle|build|design)', 'excluded?', 'focus on', 'focus', 'only (?:sketch|cover|handle|design)', 'mvp',
  'deliberately', 'leave out', 'left out', 'skip',
]);
export const NON_FUNCTIONAL = words([
  'non-?functional', 'latency', 'availability', 'available', 'throughput', 'consistency', 'consistent', 'durab\\w*',
  'scalab\\w*', 'uptime', 'sla', 'slo', 'freshness', 'accuracy', 'p99', 'p95', 'response time', 'real-?time', 'privacy',
]);
export const FUNCTIONAL = words(['functional', 'use cases?', 'users? can', 'user (?:enters|views|posts|searches|sees)', 'must', 'should', 'support(?:s)?']);

// ---------------------------------------------------------------- trade-offs

/** Wording that names a choice or its alternatives. */
export const CHOICE = words([
  'vs\\.?', 'versus', 'instead of', 'rather than', 'in favou?r of', 'alternatives?', 'options?', 'cho(?:se|ose|oses|osing|sen)',
  'prefer(?:s|red|ring|able)?', 'pick(?:s|ed)?', 'went with', 'opt(?:s|ed)? for', 'trade-?offs?', 'tradeoffs?', 'pros?', 'cons',
  'compared (?:to|with)', 'approach(?:es)?', 'either', 'whereas', 'decisions?', 'decided', 'we use', "we'll use", 'selected',
]);
/** A strong sign of weighing: two options side by side. */
export const SIDE_BY_SIDE = words([
  'vs\\.?', 'versus', 'instead of', 'rather than', 'in favou?r of', 'alternatives?', 'trade-?offs?', 'tradeoffs?', 'compared (?:to|with)',
  'whereas', 'chose', 'chosen', 'pros?', 'cons',
]);
/** What a choice gives up. */
export const COST = words([
  'costs?', 'costly', 'at the (?:expense|price|cost) of', 'expensive', 'cheaper', 'downsides?', 'drawbacks?', 'cons?',
  'give(?:s|n)? up', 'giving up', 'sacrific\\w*', 'but', 'however', 'although', 'though', 'whereas', 'slower', 'complex\\w*',
  'complicated', 'risks?', 'risky', 'harder', 'weaker', 'stale\\w*', 'lose', 'loses', 'losing', 'loss', 'penalt(?:y|ies)',
  'overhead', 'worse', 'limit(?:s|ed|ations?)?', 'cannot', "can[’']t", 'higher latency', 'more latency', 'latency',
  'memory', 'inconsisten\\w*', 'eventual(?:ly)? consisten\\w*', 'in exchange', 'caveats?', 'unless', 'burden', 'waste\\w*',
  'more (?:memory|storage|work|code|machines|servers|moving parts)', 'adds?', 'requires?', 'approximate', 'accurate',
  'accuracy', 'fragile', 'brittle', 'only', 'hides?', 'misses', 'blind', 'less', 'stronger', 'noisy', 'sparse',
  'time[- ]consuming', "doesn'?t scale", 'not scalable', 'slow', 'simpler', 'simple', 'faster', 'fast',
]);
/** A heading that names two options (not just "Trade-offs"). */
export const HEADING_CHOICE = words(['vs\\.?', 'versus', 'or', 'instead of', 'rather than', 'compared (?:to|with)', 'alternatives?', 'options?', 'choices?', 'decisions?', 'approach(?:es)?', 'which']);
/** A table whose header says its rows weigh options. */
export const TRADE_OFF_TABLE = words(['trade-?offs?', 'tradeoffs?', 'alternatives?', 'cons', 'pros', 'costs?', 'when', 'chosen', 'instead', 'vs\\.?', 'options?', 'approach', 'downsides?', 'skip it']);
/** A cost with a number on it: `adds 1-2 ms`, `10x more memory`, `80% fewer messages`. */
export const QUANTIFIED_COST = /(?:\b\d[\d.,]*\s?(?:x|×|%|ms|s|kb|mb|gb|tb)\b|\b\d+x\b|\$\s?\d)/i;

/** Why a choice fits. */
export const REASON = words([
  'because', 'since', 'so that', 'so', 'which means', 'to avoid', 'avoids?', 'in order to', 'why', 'fits?', 'suits?',
  'good for', 'best for', 'better for', 'works? well', 'enough', 'sufficient', 'allows?', 'lets?', 'keeps?', 'rationale',
  'benefits?', 'pros?', 'gains?', 'buys?', 'wins?',
]);
/** When the other option would win. */
export const CONDITION = words([
  'when to switch', 'switch(?:es|ing)? to', 'would switch', 'reach for it when', 'skip it when', 'worth it', 'worth the',
  'becomes? worth', 'break-?even', 'only when', 'only if', 'as long as', 'until', 'at (?:this|that|our) scale', 'when to',
  'if (?:we|you|the|it|traffic|latency|data|load)', 'once', 'beyond', 'above \\d', 'below \\d', 'more than \\d', 'fewer than',
  'when (?:it|the|we|you|traffic|data)', 'depending on', 'depends on', 'as soon as',
]);

// ---------------------------------------------------------------- experience

/** A failure mode or an operational hazard named concretely. */
export const FAILURE = words([
  'fail(?:s|ed|ing|ures?)?', 'outages?', 'crash\\w*', 'time ?outs?', 'timed out', 'retr(?:y|ies|ied|ying)', 'duplicates?',
  'duplicated', 'de-?dup\\w*', 'idempoten\\w*', 'hot ?(?:keys?|spots?|partitions?|shards?|rows?)', 'hotspots?', 'thundering herd',
  'stampede', 'back-?pressure', 'stale(?:ness)?', 'race conditions?', 'races?', 'split[- ]brain', 'cascad\\w*', 'overload\\w*',
  'storms?', 'skew(?:ed)?', 'drift\\w*', 'leak(?:s|ed|ing|age)?', 'poison\\w*', 'dead[- ]letter', 'cold[- ]start\\w*',
  'bias(?:ed|es)?', 'exhaust\\w*', 'starv\\w*', 'evict\\w*', 'corrupt\\w*', 'lost', 'data loss', 'network partitions?',
  'deadlocks?', 'oom', 'out of memory', 'clock skew', 'replay\\w*', 'reorder\\w*', 'out of order', 'double[- ]count\\w*',
  'overshoot\\w*', 'collisions?', 'single point of failure', 'spof', 'inconsisten\\w*', 'conflicts?', 'miscalibrat\\w*',
  'click[- ]?baits?', 'overfit\\w*', 'imbalance\\w*', 'noisy', 'feedback loops?', 'delayed (?:feedback|labels?|conversions?)',
  'label delay', 'write storms?', 'amplification', 'phantom', 'oversell\\w*', 'double[- ]charg\\w*', 'charged twice',
  'goes down', 'went down', 'downtime', 'unavailable', 'infinite loop', 'thrash\\w*', 'contention', 'throttl\\w*',
  'regress(?:es|ed|ions?)', 'silently', 'wrong', 'mismatch\\w*', 'cycles?',
]);
/** Hazards too common in passing to count alone: two of them, with a mechanism, make a failure mode. */
export const MINOR_FAILURE = words([
  'spikes?', 'bursts?', 'slow(?:s|er|ly|down)?', 'lag(?:s|ging)?', 'bottlenecks?', 'celebrit\\w*', 'churn', 'abuse', 'fraud\\w*',
  'attack\\w*', 'misses', 'sparse', 'sparsity', 'degrad\\w*', 'congestion', 'jitter', 'flaky', 'twice', 'shortcuts?', 'forgetting',
  'expensive', 'too (?:slow|big|many|much|long)', 'noise', 'problems?', "doesn'?t", 'cannot', 'never',
]);
/** How it happens or what the design does about it (arrows too, in terse notes: `A -> B`). */
export const MECHANISM = wordsOr(['->', '→', '=>'], [
  'because', 'so', 'which', 'causes?', 'caused', 'leads? to', 'results? in', 'when', 'if', 'otherwise', 'prevents?',
  'avoids?', 'handles?', 'mitigat\\w*', 'by', 'instead', 'fix(?:es)?', 'detects?', 'guards?', 'ensures?', 'until', 'unless',
  'after', 'before', 'then', 'means', 'catches', 'keeps?', 'absorbs?', 'protects?', 'fall(?:s)? back', 'fallback',
]);
/** The standard mechanisms every design names: named, they show a level of 2, not how they fail. */
export const STANDARD_MECHANISM = words([
  'replicat\\w*', 'replicas?', 'shard\\w*', 'cach(?:e|es|ed|ing)', 'partition\\w*', 'load balanc\\w*', 'cdn', 'queues?',
  'consistent hashing', 'rate limit\\w*', 'batch\\w*', 'async\\w*', 'indexe?s?', 'fan-?out', 'pre-?comput\\w*', 'lazy load\\w*',
  'two-stage', 'funnel', 'segments?', 'bitrates?', 'websockets?', 'pub/?sub', 'leader election', 'locks?',
]);

/** Lessons from practice: what an operator learns. */
export const PRACTICE = words([
  "i(?:'ve| have)? seen", 'in my experience', 'we (?:saw|learned|hit|found|had|ran into)', 'in practice', 'in production',
  'most common', 'commonest', 'common (?:mistakes?|failure|cause|trap)', 'mistakes?', 'pitfalls?', 'gotchas?', 'traps?',
  'lessons?', 'the hard part', 'what hurt', 'do (?:it )?differently', 'quietly', 'silently', 'surprising\\w*', 'nobody',
  'the real', 'rule of thumb', 'battle-?tested', 'bites', 'post-?mortems?', 'war stor(?:y|ies)', 'hard-won', 'real-world',
  'operational reality', 'in reality', 'actually', 'looks like', 'is not the same as', 'red flag', 'say this out loud',
  'the senior', 'candidates miss', 'casual', 'naive', 'key insight', 'why not just', 'problem scenario', 'the catch',
  'flying blind', 'the trap', 'easy part', 'the tell',
]);
/** Words that sound like design and say nothing. */
export const BUZZWORD = words([
  'highly scalable', 'massively scalable', 'infinitely scalable', 'robust', 'seamless(?:ly)?', 'intelligent', 'smart',
  'cutting[- ]edge', 'state[- ]of[- ]the[- ]art', 'world[- ]class', 'best practices?', 'leverag\\w*', 'blazing(?:ly)?',
  'enterprise[- ]grade', 'next[- ]gen\\w*', 'synerg\\w*', 'effortless\\w*', 'bulletproof', 'future[- ]proof', 'magic\\w*',
  'lightning[- ]fast', 'industry[- ]standard', 'modern',
]);

// ---------------------------------------------------------------- data flow

/** A verb that moves data from one place to another. */
export const FLOW_VERB = words([
  'sends?', 'sent', 'forwards?', 'calls?', 'writes?', 'wrote', 'reads?', 'publish(?:es|ed)?', 'consum(?:es|ed)', 'pulls?',
  'push(?:es|ed)?', 'quer(?:y|ies|ied)', 'returns?', 'stores?', 'stored', 'enqueu\\w*', 'dequeu\\w*', 'routes?', 'routed',
  'fetch(?:es|ed)?', 'looks? up', 'emits?', 'uploads?', 'persists?', 'inserts?', 'updates?', 'appends?', 'delivers?',
  'passes', 'hands? (?:off|over|it)', 'polls?', 'subscribes?', 'syncs?', 'replicates?', 'flows?', 'streams? (?:to|into)',
  'goes to', 'lands? in', 'hits', 'checks?', 'retrieves?', 'loads?', 'scores?', 'ranks?', 'serves?', 'receives?', 'picks up',
  'broadcasts?', 'fans? out', 'propagates?', 'triggers?', 'invokes?', 'requests?', 'responds?', 'redirects?', 'joins?',
]);
/** A component: something data moves between. */
export const COMPONENT = words([
  'service', 'server', 'servers', 'api', 'gateway', 'queue', 'cache', 'database', 'db', 'store', 'worker', 'workers',
  'client', 'broker', 'index', 'topic', 'stream', 'load balancer', 'cdn', 'table', 'bucket', 'scheduler', 'coordinator',
  'collector', 'consumer', 'producer', 'pipeline', 'cluster', 'node', 'replica', 'kafka', 'redis', 'postgres\\w*', 'mysql',
  'cassandra', 's3', 'object store', 'feature store', 'model', 'ranker', 'encoder', 'tower', 'app', 'browser', 'edge',
  'proxy', 'web server', 'backend', 'frontend', 'controller', 'engine', 'job', 'warehouse', 'lake', 'log', 'ledger',
]);
/** A walk through steps: ordinals, sequence words, arrows. */
export const SEQUENCE = /(?:^[ \t>]*\d{1,3}[.)][ \t]|\b(?:then|next|first|second|finally|afterwards|after that|step \d|once)\b|->|→|⟶)/i;
/** An arrow in prose. */
export const ARROW = /-{1,2}>|→|=>|⟶/;
/** A heading or label that announces a path. */
export const PATH = words([
  'write path', 'read path', 'request flow', 'data flow', 'request path', 'hot path', 'serving path', 'online path',
  'offline path', 'critical path', 'use case', 'flow', 'lifecycle', 'end[- ]to[- ]end', 'step by step', 'walk',
]);
/** Where data lives and how it is laid out. */
export const DATA_MODEL = words([
  'schema', 'tables?', 'columns?', 'primary key', 'partition(?:ed|s|ing)? (?:by|key|on)', 'shard(?:ed|s|ing)? (?:by|key|on)',
  'keyed by', 'key (?:is|pattern|format)', 'indexe?s? on', 'index', 'sorted set', 'hash(?:map)?', 'row per', 'one row',
  'data model', 'entities', 'fields?', 'foreign key', 'ttl', 'document', 'embedding table', 'data structures?', 'snapshot',
]);
/** A code line that lays out data. */
export const SCHEMA_CODE = /\b(?:create table|primary key|foreign key|not null|varchar|int(?:eger)?|bigint|timestamp|uuid|references|partition by|index)\b|^\s*[a-z_]+\s*[:|]\s*(?:string|int|number|bool|text|varchar|timestamp|float|list|map|bytes)\b/i;
/** An asynchronous boundary on the path. */
export const ASYNC = words([
  'async\\w*', 'queues?', 'pub/?sub', 'streams?', 'batch(?:es|ed|ing)?', 'event-?driven', 'background', 'workers?', 'kafka',
  'kinesis', 'rabbitmq', 'sqs', 'offline', 'nightly', 'periodic\\w*', 'eventually', 'fire-?and-?forget', 'buffer\\w*',
]);
/** What the path does when a step is slow or fails. */
export const PATH_FAILURE = words([
  'fall(?:s)? back', 'fallback', 'degrad\\w*', 'if (?:the|it|a|redis|the cache|the store|the database)[^.]{0,40}(?:fails|is down|is slow|unavailable|times out|misses)',
  'on (?:a )?(?:miss|failure|timeout)', 'cache miss', 'retr(?:y|ies)', 'dead[- ]letter', 'circuit breakers?', 'timeout', 'else',
  'otherwise', 'not found', 'error',
]);

// ---------------------------------------------------------------- ownership

export const MONITOR = words([
  'monitor\\w*', 'dashboards?', 'observab\\w*', 'alert\\w*', 'alarm\\w*', 'logging', 'tracing',
  'telemetry', 'health[- ]?checks?', 'prometheus', 'grafana', 'datadog', 'instrument\\w*', 'slis?',
]);
/** A specific signal: a threshold, an objective, a named metric. */
export const SPECIFIC_MONITOR = /(?:\b(?:alert\w*|alarm\w*|paged|paging|pages (?:someone|the on-call)|threshold\w*|slos?|slas?|slis?|error budget)\b[^.|]{0,60}(?:[<>≥≤]|\d)|(?:[<>≥≤]\s*\d[\d.]*\s*(?:%|ms|s|seconds?|minutes?|min)\b[^.|]{0,30}\bfor\b)|\b[a-z]+(?:_[a-z]+){1,6}_(?:total|seconds|ms|count|bytes|ratio|rate|depth|lag)\b)/i;
export const RECOVER = words([
  'fail ?over', 'failover', 'recover\\w*', 'restor\\w*', 'backups?', 'roll(?:s|ed|ing)? ?back', 'rollbacks?', 'runbooks?',
  'playbooks?', 'circuit breakers?', 'graceful(?:ly)?', 'degrad\\w*', 'disaster recovery', 'backfill\\w*', 'replay\\w*',
  'dead[- ]letter', 'fail[- ]open', 'fail[- ]closed', 'self-?heal\\w*', 'reconcil\\w*', 'chaos', 'revert\\w*', 'promote\\w*',
  'redundan\\w*', 'standby', 'multi-?region', 'rto', 'rpo', 'point-in-time',
]);
export const ROLLOUT = words([
  'canar(?:y|ies)', 'roll(?:s|ed|ing)? ?outs?', 'rollouts?', 'staged', 'stages?', 'blue[- ]green', 'feature flags?', 'shadow\\w*',
  'deploy\\w*', 'migrat\\w*', 'gradual(?:ly)?', 'ramp\\w*', 'a/b', 'ab tests?', 'experiment\\w*', 'launch\\w*', 'gate\\w*',
  'release\\w*', 'versions?', 'versioned', 'schema changes?', 'backward[- ]compatib\\w*',
]);
export const OWN = words([
  'on-?call', 'paged?', 'paging', 'pagerduty', 'owners?(?:hip)?', 'owning', 'owns', 'teams?', 'escalat\\w*', 'costs?',
  'per month', '/mo', 'capacity planning', 'years?', 'evolv\\w*', 'retention', 'archiv\\w*', 'budgets?', 'slos?', 'slas?',
  'maintain\\w*', 'audit\\w*', 'compliance', 'tiering', 'cold storage', 'quarterly', 'weekly', 'monthly',
]);
/** ML systems: watching a model after launch. */
export const ML_WATCH = words([
  '(?:data|concept|model|input|prediction|feature|score|label|covariate|distribution) (?:drift|shift)', 'drift (?:detection|alarms?|monitor\\w*|thresholds?|checks?)',
  'detect\\w* drift', 'drift(?:s)? (?:in|of) (?:the )?(?:inputs?|features?|predictions?|scores?|distributions?)', 'model monitoring', 'monitor\\w* (?:calibration|predictions?|inputs?|features?|the model)', 'data quality',
  'training-serving skew', 'feature skew', 'decay\\w*', 'stale model', 'score distributions?', 'ece', 'reliability curves?',
  'residual monitoring', 'change-?point', 'coverage',
]);
/** ML systems: changing a model safely and keeping it fresh. */
export const ML_FIX = words([
  'retrain\\w*', 're-train\\w*', 'continual (?:training|learning) pipelines?', 'continuous training', 'recalibrat\\w*', 'shadow\\w*',
  'champion', 'challenger', 'model registry', 'online learning', 'rollback', 'roll back', 'canary', 'staged rollout',
  'fine[- ]?tun\\w* on (?:new|fresh|recent) data', 'eval(?:uation)? gate', 'pre-?gate', 'ship decision', 'promot\\w*',
]);

/** A safe way to change or undo a model in production. */
export const ML_SAFE = words(['roll(?:s|ed|ing)? ?back', 'rollbacks?', 'shadow\\w*', 'canar(?:y|ies)', 'staged rollout', 'kill switch', 'revert\\w*']);

/** Technologies named without a reason are SD007's; its list is the lint configuration's. */
export { DEFAULT_TECHNOLOGIES } from '../lint/config';
