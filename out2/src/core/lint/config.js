"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_TECHNOLOGIES = void 0;
exports.resolveConfig = resolveConfig;
exports.mergeConfigInputs = mergeConfigInputs;
exports.sameLintConfig = sameLintConfig;
/**
 * Lint configuration: plain data, validated in one place. The VS Code settings module and the CLI's
 * `.design-practice.json` both produce a `LintConfigInput`; `resolveConfig` checks it.
 */
const templates_1 = require("../answer/templates");
/** Technologies named often enough in answers that a reason should stand beside them. */
exports.DEFAULT_TECHNOLOGIES = [
    'Redis', 'Memcached', 'EVCache', 'Kafka', 'Kinesis', 'RabbitMQ', 'Pulsar', 'SQS', 'PostgreSQL', 'Postgres', 'MySQL',
    'Cassandra', 'DynamoDB', 'MongoDB', 'HBase', 'Bigtable', 'Spanner', 'CockroachDB', 'Elasticsearch', 'OpenSearch',
    'Flink', 'Spark', 'Hadoop', 'Hive', 'Presto', 'Trino', 'Druid', 'ClickHouse', 'Snowflake', 'BigQuery', 'Iceberg',
    'S3', 'HDFS', 'ZooKeeper', 'etcd', 'Consul', 'Kubernetes', 'gRPC', 'GraphQL', 'Airflow', 'Neo4j', 'Faiss',
    'Milvus', 'TensorFlow', 'PyTorch', 'Zuul', 'Envoy', 'Nginx', 'CloudFront', 'Akamai',
];
const SEVERITIES = ['error', 'warning', 'info'];
/**
 * Validates `input` against `rules`. Never throws: each problem is returned and the setting it is in
 * falls back to its default, so one typo does not switch the linter off.
 */
function resolveConfig(input, rules) {
    const problems = [];
    const raw = isRecord(input) ? input : {};
    if (input !== undefined && !isRecord(input))
        problems.push({ setting: '', message: 'Configuration must be an object' });
    let defaultTemplate = 'system-design';
    if (raw.defaultTemplate !== undefined) {
        if (typeof raw.defaultTemplate === 'string' && (0, templates_1.getTemplate)(raw.defaultTemplate))
            defaultTemplate = raw.defaultTemplate;
        else
            problems.push({ setting: 'defaultTemplate', message: `Unknown template ${JSON.stringify(raw.defaultTemplate)}; expected one of ${[...templates_1.TEMPLATES.keys()].join(', ')}` });
    }
    const severities = new Map(rules.map((r) => [r.names[0], r.defaultSeverity]));
    if (raw.rules !== undefined) {
        if (!isRecord(raw.rules)) {
            problems.push({ setting: 'rules', message: 'rules must be an object such as { "SD005": "off" }' });
        }
        else {
            for (const [key, value] of Object.entries(raw.rules)) {
                const rule = rules.find((r) => r.names[0].toLowerCase() === key.toLowerCase() || r.names[1] === key);
                if (!rule) {
                    problems.push({ setting: `rules.${key}`, message: `Unknown rule ${JSON.stringify(key)}` });
                }
                else if (value === 'off' || value === false) {
                    severities.delete(rule.names[0]);
                }
                else if (value === true || value === 'on') {
                    severities.set(rule.names[0], rule.defaultSeverity);
                }
                else if (typeof value === 'string' && SEVERITIES.includes(value)) {
                    severities.set(rule.names[0], value);
                }
                else {
                    problems.push({ setting: `rules.${key}`, message: `Expected "off", "error", "warning", "info" or true/false, got ${JSON.stringify(value)}` });
                }
            }
        }
    }
    const aliases = {};
    if (raw.aliases !== undefined) {
        if (!isRecord(raw.aliases)) {
            problems.push({ setting: 'aliases', message: 'aliases must map section ids to lists of headings, e.g. { "operability": ["Running it"] }' });
        }
        else {
            for (const [id, list] of Object.entries(raw.aliases)) {
                if (!SECTION_IDS.has(id))
                    problems.push({ setting: `aliases.${id}`, message: unknownSection(id) });
                else if (Array.isArray(list) && list.every((a) => typeof a === 'string'))
                    aliases[id] = list;
                else
                    problems.push({ setting: `aliases.${id}`, message: 'Expected a list of heading texts' });
            }
        }
    }
    let requiredSections;
    if (raw.requiredSections !== undefined) {
        if (!Array.isArray(raw.requiredSections) || !raw.requiredSections.every((s) => typeof s === 'string')) {
            problems.push({ setting: 'requiredSections', message: 'Expected a list of section ids, e.g. ["requirements", "architecture"]' });
        }
        else {
            // One misspelt id would otherwise leave that section, and SD001 with it, unchecked.
            const unknown = raw.requiredSections.filter((s) => !SECTION_IDS.has(s));
            if (unknown.length === 0)
                requiredSections = raw.requiredSections;
            else
                for (const id of unknown)
                    problems.push({ setting: 'requiredSections', message: unknownSection(id) });
        }
    }
    let technologies = exports.DEFAULT_TECHNOLOGIES;
    if (raw.technologies !== undefined) {
        if (Array.isArray(raw.technologies) && raw.technologies.every((s) => typeof s === 'string' && s.trim()))
            technologies = raw.technologies;
        else
            problems.push({ setting: 'technologies', message: 'Expected a list of technology names' });
    }
    return { config: { defaultTemplate, severities, aliases, requiredSections, technologies }, problems };
}
/** Every section id of every template. */
const SECTION_IDS = new Set([...templates_1.TEMPLATES.values()].flatMap((t) => t.sections.map((s) => s.id)));
function unknownSection(id) {
    return `Unknown section id ${JSON.stringify(id)}; the section ids are ${[...SECTION_IDS].join(', ')}`;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Layers configuration inputs: later ones win. `rules` and `aliases` merge key by key, so a project
 * file that only turns SD005 off keeps the user's other rule settings.
 */
function mergeConfigInputs(...inputs) {
    let merged = {};
    for (const input of inputs) {
        if (!isRecord(input))
            continue;
        const rules = isRecord(input.rules) ? { ...merged.rules, ...input.rules } : merged.rules;
        const aliases = isRecord(input.aliases) ? { ...merged.aliases, ...input.aliases } : merged.aliases;
        merged = { ...merged, ...stripUndefined(input), ...(rules ? { rules } : {}), ...(aliases ? { aliases } : {}) };
    }
    return merged;
}
function stripUndefined(input) {
    return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}
/** True when two configs lint every answer alike (same template, severities, aliases, sections, technologies). */
function sameLintConfig(a, b) {
    if (a === b)
        return true;
    if (a.defaultTemplate !== b.defaultTemplate || a.severities.size !== b.severities.size)
        return false;
    for (const [rule, severity] of a.severities)
        if (b.severities.get(rule) !== severity)
            return false;
    const plain = (c) => JSON.stringify([c.aliases, c.requiredSections ?? null, c.technologies]);
    return plain(a) === plain(b);
}
//# sourceMappingURL=config.js.map