"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VERDICT_RULE = exports.RUBRIC = void 0;
exports.verdictFor = verdictFor;
exports.rubricFor = rubricFor;
/** The five signals' rubrics, in `SIGNALS` order. */
exports.RUBRIC = [
    {
        id: 'requirements',
        listensFor: 'Whether the problem was pinned down before the design: who uses it, how much, how fast, and what is left out.',
        evidence: [
            'clarifying questions, or assumptions stated as such',
            'functional and non-functional requirements',
            'numbers with units: users, requests per second, latency, data size, growth',
            'explicit scope decisions: what is in, what is out and why',
        ],
        levels: {
            1: 'Goes straight to components: no questions, no assumptions, no numbers.',
            2: 'Lists features or qualities ("scalable", "low latency") with few or no numbers and no scope decision.',
            3: 'Functional and non-functional requirements with numbers and units, stated assumptions or questions, and a scope line.',
            4: 'Also works the numbers into the design (peak against average, storage over years, read/write ratio) and names the question whose answer changes the design.',
        },
    },
    {
        id: 'trade-offs',
        listensFor: 'Whether each main choice is weighed against an alternative for this problem, with what it costs.',
        evidence: [
            'options named side by side',
            'why one fits this problem, tied to its requirements',
            'what the choice gives up: latency, consistency, money, complexity',
            'technology choices explained (SD006 and SD007 findings count against)',
        ],
        levels: {
            1: 'Choices stated as facts; no alternative is named.',
            2: 'Alternatives or generic pros and cons listed, or technologies picked without saying why they fit here.',
            3: 'The main decisions name the options, why the choice fits this problem and what it costs.',
            4: 'Costs weighed against the stated requirements, often with numbers, and the condition under which the other option would win.',
        },
    },
    {
        id: 'experience',
        listensFor: 'Whether the design comes from having built and run such systems: mechanisms and failure modes, not buzzwords.',
        evidence: [
            'concrete failure modes and how the design handles them (hot keys, retries that duplicate, stale caches, back-pressure)',
            'mechanisms rather than labels: how the cache is invalidated, how a retry stays idempotent',
            'practice: "I have seen X, so Y", what hurt before, what would be done differently',
        ],
        levels: {
            1: 'Buzzwords only: "intelligent caching", "highly scalable", "robust".',
            2: 'Standard mechanisms named (replication, sharding, caching) without how they fail or what they cost to run.',
            3: 'Concrete failure modes and mechanisms, each with what happens and what the design does about it.',
            4: 'Grounded in practice: lessons from systems run before, pitfalls only an operator would know, numbers from real systems.',
        },
    },
    {
        id: 'data-flow',
        listensFor: 'Whether a listener could follow a request or an event through the system without a diagram.',
        evidence: [
            'components with their role',
            'the write path and the read path, step by step, in order',
            'what data moves and where it is stored (data model, keys)',
        ],
        levels: {
            1: 'A list of boxes, or a diagram alone, with no order and no roles.',
            2: 'Components named with roles, but the path through them is not walked.',
            3: 'Read and write paths walked in order: who calls whom with what, and where it is stored.',
            4: 'Also the data model and partitioning, the synchronous and asynchronous boundaries, and what happens when a step is slow or fails.',
        },
    },
    {
        id: 'ownership',
        listensFor: 'Whether the system can be run for years: seen, recovered, changed safely and owned.',
        evidence: [
            'monitoring and alerts: which metrics, which thresholds',
            'failure detection and recovery',
            'rollout and rollback of changes',
            'who is on call, evolution and cost over years',
            'for ML: model monitoring, drift, retraining, safe rollout',
        ],
        levels: {
            1: 'Nothing about running the system.',
            2: 'Monitoring or alerting mentioned in general ("add monitoring").',
            3: 'What is monitored and alerted on, how failures are detected and recovered, how changes roll out and back (for ML: model monitoring and retraining).',
            4: 'Also who owns and is paged for it, service objectives, cost and evolution over years; for ML, drift thresholds, shadow or canary rollout and rollback criteria.',
        },
    },
];
/**
 * How the verdict follows from the ratings. An L4 at this bar mentions operability unprompted, so a
 * signal that is absent fails it whichever signal it is. The hand verdicts of the judged set used
 * the same rule as a guide.
 */
exports.VERDICT_RULE = {
    'below L4': 'Any signal at 1 (absent), or more than one signal below 3.',
    L4: 'Every signal shown, at most one of them only in passing (2), without the depth of L5.',
    L5: 'Every signal at 3 or more and at least two of trade-offs, experience and ownership at 4.',
};
/** The verdict the rule in `VERDICT_RULE` gives for a set of ratings (missing signals count as 1). */
function verdictFor(ratings) {
    const r = (id) => ratings[id] ?? 1;
    const all = ['requirements', 'trade-offs', 'experience', 'data-flow', 'ownership'];
    const below3 = all.filter((id) => r(id) < 3).length;
    if (below3 > 1 || all.some((id) => r(id) === 1))
        return 'below L4';
    const deep = ['trade-offs', 'experience', 'ownership'].filter((id) => r(id) === 4).length;
    return below3 === 0 && deep >= 2 ? 'L5' : 'L4';
}
/** A signal's rubric. */
function rubricFor(id) {
    return exports.RUBRIC.find((r) => r.id === id) ?? exports.RUBRIC[0];
}
//# sourceMappingURL=rubric.js.map