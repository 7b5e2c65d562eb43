"use strict";
/**
 * Deterministic, realistic answer text for the benchmark: front matter, a title, the template's
 * sections with sub-headings, lists, paragraphs with inline emphasis, links and code, numbers,
 * technology names, the odd table and code fences.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.AnswerWriter = void 0;
exports.random = random;
/** A small, seeded PRNG (mulberry32), so every run benchmarks the same text. */
function random(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
const TECH = ['Kafka', 'Redis', 'Cassandra', 'Flink', 'S3', 'PostgreSQL', 'Elasticsearch', 'gRPC', 'Kubernetes', 'DynamoDB', 'Spark', 'ZooKeeper', 'EVCache', 'Druid'];
const NOUNS = ['playback event', 'member profile', 'title metadata record', 'ad impression', 'feature vector', 'encoding job', 'experiment allocation', 'viewing session', 'artwork candidate', 'billing record'];
const SERVICES = ['ingest service', 'edge gateway', 'ranking service', 'counter service', 'publisher', 'feature store', 'scheduler', 'read path', 'control plane', 'aggregator'];
const VERBS = ['partitions', 'replicates', 'caches', 'aggregates', 'publishes', 'indexes', 'shards', 'deduplicates', 'batches', 'validates'];
const REASONS = [
    'because consumers need ordered, replayable history',
    'so that a regional outage does not lose writes',
    'since reads outnumber writes by about 1,000 to 1',
    'to keep the p99 under the latency budget',
    'which keeps the hot keys off a single node',
    'so the on-call engineer can tell a bad deploy from a traffic spike',
];
const UNITS = ['requests per second', 'events per day', 'GB per day', 'ms at p99', 'members', 'titles', 'partitions', 'regions'];
const SECTIONS = ['Requirements', 'Scope', 'Architecture', 'Trade-offs', 'Operability'];
const TOPICS = {
    Requirements: ['Functional requirements', 'Scale', 'Latency and availability', 'Users and use cases', 'Consistency'],
    Scope: ['In scope', 'Out of scope', 'Assumptions', 'Capacity estimates'],
    Architecture: ['Write path', 'Read path', 'Data model', 'APIs', 'Storage', 'Caching', 'Partitioning', 'Replication'],
    'Trade-offs': ['Consistency versus latency', 'Cost versus freshness', 'Build versus buy', 'Push versus pull'],
    Operability: ['Monitoring and alerting', 'Failure modes', 'Rollout and rollback', 'Ownership and on-call', 'Capacity planning'],
};
/** Writes answers from one seed. */
class AnswerWriter {
    rand;
    constructor(seed) {
        this.rand = random(seed);
    }
    pick(list) {
        return list[Math.floor(this.rand() * list.length)];
    }
    number() {
        const n = Math.floor(this.rand() * 900) + 10;
        return this.rand() < 0.5 ? `${n}` : `${n},000`;
    }
    sentence() {
        const tech = this.pick(TECH);
        const parts = [
            `The **${this.pick(SERVICES)}** ${this.pick(VERBS)} each ${this.pick(NOUNS)}`,
            this.rand() < 0.5 ? ` in [${tech}](https://example.com/${tech.toLowerCase()})` : ` in ${tech}`,
            this.rand() < 0.4 ? ` with \`${this.pick(['member_id', 'title_id', 'event_ts', 'region', 'campaign_id'])}\` as the key` : '',
            this.rand() < 0.5 ? ` at about ${this.number()} ${this.pick(UNITS)}` : '',
            `, ${this.pick(REASONS)}`,
            this.rand() < 0.3 ? `; _${this.pick(['this is the part to get right', 'we revisit this later', 'the interviewer will probe here'])}_` : '',
            '.',
        ];
        return parts.join('');
    }
    paragraph() {
        const n = 2 + Math.floor(this.rand() * 4);
        return Array.from({ length: n }, () => this.sentence()).join(' ');
    }
    list() {
        const n = 3 + Math.floor(this.rand() * 4);
        return Array.from({ length: n }, (_, i) => {
            const item = `- **${this.pick(NOUNS)}:** ${this.sentence()}`;
            return i === 1 && this.rand() < 0.4 ? `${item}\n  - ${this.sentence()}` : item;
        }).join('\n');
    }
    fence() {
        if (this.rand() < 0.5) {
            return ['```sql', `CREATE TABLE ${this.pick(['events', 'counters', 'titles'])} (`, '  member_id BIGINT,', '  title_id  BIGINT,', '  event_ts  TIMESTAMP,', '  PRIMARY KEY (member_id, event_ts)', ');', '```'].join('\n');
        }
        return ['```yaml', 'replicas: 3', `partitions: ${this.number()}`, `retention: ${this.pick(['7d', '24h', '30d'])}`, '# ## not a heading', '```'].join('\n');
    }
    table() {
        const rows = Array.from({ length: 3 }, () => `| ${this.pick(NOUNS)} | ${this.number()} ${this.pick(UNITS)} | ${this.pick(TECH)} |`);
        return ['| Data | Volume | Store |', '| --- | --- | --- |', ...rows].join('\n');
    }
    block(section, index) {
        const topic = this.pick(TOPICS[section]);
        const parts = [`### ${topic}${index > 0 ? ` (${index + 1})` : ''}`, this.paragraph(), this.list()];
        const r = this.rand();
        if (r < 0.2)
            parts.push(this.fence());
        else if (r < 0.3)
            parts.push(this.table());
        if (this.rand() < 0.5)
            parts.push(this.paragraph());
        return parts.join('\n\n');
    }
    /**
     * An answer of about `bytes` characters. `missing` leaves some sections out, so the linter has
     * something to report.
     */
    answer(bytes, missing = []) {
        const sections = SECTIONS.filter((s) => !missing.includes(s));
        const head = ['---', 'prompt: platform/metadata-cache', 'template: system-design', 'level: L5', 'started: 2025-03-02', '---', '# Caching layer for video metadata', ''].join('\n');
        const bodies = sections.map((s) => [`## ${s}`, this.paragraph()]);
        let size = head.length + bodies.reduce((n, b) => n + b.join('\n\n').length, 0);
        for (let i = 0; size < bytes; i++) {
            const k = i % sections.length;
            const block = this.block(sections[k], Math.floor(i / sections.length));
            bodies[k].push(block);
            size += block.length + 2;
        }
        return `${head}\n${bodies.map((b) => b.join('\n\n')).join('\n\n')}\n`;
    }
}
exports.AnswerWriter = AnswerWriter;
//# sourceMappingURL=answerText.js.map