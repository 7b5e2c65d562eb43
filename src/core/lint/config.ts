/**
 * Lint configuration: plain data, validated in one place. The VS Code settings module and the CLI's
 * `.design-practice.json` both produce a `LintConfigInput`; `resolveConfig` checks it.
 */
import { headingWords } from '../answer/headingMatch';
import { getTemplate, TEMPLATES } from '../answer/templates';
import type { Rule, Severity } from './types';

/** A rule's setting: `off`, a severity, or `true`/`false` for on at its default / off. */
export type RuleSetting = 'off' | Severity | boolean;

/** Configuration as written by a user; every field optional. */
export interface LintConfigInput {
  /** Template for answers whose front matter names none. Default `system-design`. */
  readonly defaultTemplate?: string;
  /** Per rule, keyed by id (`SD005`) or name (`unquantified-requirements`). */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** Extra heading aliases per section id, added to the template's own. */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
  /** Section ids that must be present; default: every section the template marks required. */
  readonly requiredSections?: readonly string[];
  /** Technology names SD007 checks, replacing the built-in list. */
  readonly technologies?: readonly string[];
}

/** Configuration after validation: what the linter runs with. */
export interface LintConfig {
  readonly defaultTemplate: string;
  /** Severity per rule id; a rule that is off is absent. */
  readonly severities: ReadonlyMap<string, Severity>;
  readonly aliases: Readonly<Record<string, readonly string[]>>;
  readonly requiredSections?: readonly string[];
  readonly technologies: readonly string[];
}

/** A problem in a configuration, with the setting it is about. */
export interface ConfigProblem {
  readonly setting: string;
  readonly message: string;
  /** The setting is used as written all the same: the problem is what it does, not its form. */
  readonly applied?: boolean;
}

/** Technologies named often enough in answers that a reason should stand beside them. */
export const DEFAULT_TECHNOLOGIES: readonly string[] = [
  'Redis', 'Memcached', 'EVCache', 'Kafka', 'Kinesis', 'RabbitMQ', 'Pulsar', 'SQS', 'PostgreSQL', 'Postgres', 'MySQL',
  'Cassandra', 'DynamoDB', 'MongoDB', 'HBase', 'Bigtable', 'Spanner', 'CockroachDB', 'Elasticsearch', 'OpenSearch',
  'Flink', 'Spark', 'Hadoop', 'Hive', 'Presto', 'Trino', 'Druid', 'ClickHouse', 'Snowflake', 'BigQuery', 'Iceberg',
  'S3', 'HDFS', 'ZooKeeper', 'etcd', 'Consul', 'Kubernetes', 'gRPC', 'GraphQL', 'Airflow', 'Neo4j', 'Faiss',
  'Milvus', 'TensorFlow', 'PyTorch', 'Zuul', 'Envoy', 'Nginx', 'CloudFront', 'Akamai',
];

const SEVERITIES: readonly string[] = ['error', 'warning', 'info'];

/**
 * Validates `input` against `rules`. Never throws: each problem is returned and the setting it is in
 * falls back to its default, so one typo does not switch the linter off.
 */
export function resolveConfig(input: LintConfigInput | undefined, rules: readonly Rule[]): { config: LintConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const raw: Record<string, unknown> = isRecord(input) ? (input as Record<string, unknown>) : {};
  if (input !== undefined && !isRecord(input)) problems.push({ setting: '', message: 'Configuration must be an object' });

  let defaultTemplate = 'system-design';
  if (raw.defaultTemplate !== undefined) {
    if (typeof raw.defaultTemplate === 'string' && getTemplate(raw.defaultTemplate)) defaultTemplate = raw.defaultTemplate;
    else problems.push({ setting: 'defaultTemplate', message: `Unknown template ${JSON.stringify(raw.defaultTemplate)}; expected one of ${[...TEMPLATES.keys()].join(', ')}` });
  }

  const severities = new Map<string, Severity>(rules.map((r) => [r.names[0], r.defaultSeverity]));
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) {
      problems.push({ setting: 'rules', message: 'rules must be an object such as { "SD005": "off" }' });
    } else {
      for (const [key, value] of Object.entries(raw.rules)) {
        const rule = rules.find((r) => r.names[0].toLowerCase() === key.toLowerCase() || r.names[1] === key);
        if (!rule) {
          problems.push({ setting: `rules.${key}`, message: `Unknown rule ${JSON.stringify(key)}` });
        } else if (value === 'off' || value === false) {
          severities.delete(rule.names[0]);
        } else if (value === true || value === 'on') {
          severities.set(rule.names[0], rule.defaultSeverity);
        } else if (typeof value === 'string' && SEVERITIES.includes(value)) {
          severities.set(rule.names[0], value as Severity);
        } else {
          problems.push({ setting: `rules.${key}`, message: `Expected "off", "error", "warning", "info" or true/false, got ${JSON.stringify(value)}` });
        }
      }
    }
  }

  const aliases: Record<string, readonly string[]> = {};
  if (raw.aliases !== undefined) {
    if (!isRecord(raw.aliases)) {
      problems.push({ setting: 'aliases', message: 'aliases must map section ids to lists of headings, e.g. { "operability": ["Running it"] }' });
    } else {
      for (const [id, list] of Object.entries(raw.aliases)) {
        if (!SECTION_IDS.has(id)) problems.push({ setting: `aliases.${id}`, message: unknownSection(id) });
        else if (Array.isArray(list) && list.every((a) => typeof a === 'string')) {
          aliases[id] = list;
          problems.push(...aliasesNamingOtherSections(id, list));
        } else problems.push({ setting: `aliases.${id}`, message: 'Expected a list of heading texts' });
      }
    }
  }

  let requiredSections: string[] | undefined;
  if (raw.requiredSections !== undefined) {
    if (!Array.isArray(raw.requiredSections) || !raw.requiredSections.every((s) => typeof s === 'string')) {
      problems.push({ setting: 'requiredSections', message: 'Expected a list of section ids, e.g. ["requirements", "architecture"]' });
    } else {
      // One misspelt id would otherwise leave that section, and SD001 with it, unchecked.
      const unknown = raw.requiredSections.filter((s) => !SECTION_IDS.has(s));
      if (unknown.length === 0) requiredSections = raw.requiredSections;
      else for (const id of unknown) problems.push({ setting: 'requiredSections', message: unknownSection(id) });
    }
  }

  let technologies = DEFAULT_TECHNOLOGIES;
  if (raw.technologies !== undefined) {
    if (Array.isArray(raw.technologies) && raw.technologies.every((s) => typeof s === 'string' && s.trim())) technologies = raw.technologies;
    else problems.push({ setting: 'technologies', message: 'Expected a list of technology names' });
  }

  return { config: { defaultTemplate, severities, aliases, requiredSections, technologies }, problems };
}

/** Every section id of every template. */
const SECTION_IDS: ReadonlySet<string> = new Set([...TEMPLATES.values()].flatMap((t) => t.sections.map((s) => s.id)));

/** Every section id's title. */
const SECTION_TITLES: ReadonlyMap<string, string> = new Map([...TEMPLATES.values()].flatMap((t) => t.sections.map((s) => [s.id, s.title] as const)));

/** Per section id, the other sections of the templates it is in, by the words of their titles and ids. */
const OTHER_SECTIONS: ReadonlyMap<string, ReadonlyMap<string, string>> = (() => {
  const out = new Map<string, Map<string, string>>();
  for (const template of TEMPLATES.values()) {
    for (const spec of template.sections) {
      let others = out.get(spec.id);
      if (!others) out.set(spec.id, (others = new Map()));
      for (const other of template.sections) {
        if (other.id === spec.id) continue;
        for (const name of [other.title, other.id]) others.set(headingWords(name).join(' '), other.title);
      }
    }
  }
  return out;
})();

/**
 * A user alias of one section that is another section's title (`"requirements": ["Scope"]`): it is
 * applied (the user's words win), so `## Scope` reads as Requirements, and the Scope section needs
 * another heading, which `--fix` and the quick fix write (issue 17: they inserted `## Scope` on every
 * run). The warning says so, for the key it is in.
 */
function aliasesNamingOtherSections(id: string, list: readonly string[]): ConfigProblem[] {
  const others = OTHER_SECTIONS.get(id);
  if (!others) return [];
  const problems: ConfigProblem[] = [];
  for (const alias of list) {
    const other = others.get(headingWords(alias).join(' '));
    if (other === undefined) continue;
    problems.push({
      setting: `aliases.${id}`,
      message: `${JSON.stringify(alias)} is the title of the ${other} section: with this alias a "${other}" heading counts as ${SECTION_TITLES.get(id) ?? id}, so ${other} needs another heading (--fix and the quick fix write one that reads as ${other}). Remove the alias to keep ${other} under its title`,
      applied: true,
    });
  }
  return problems;
}

function unknownSection(id: string): string {
  return `Unknown section id ${JSON.stringify(id)}; the section ids are ${[...SECTION_IDS].join(', ')}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Layers configuration inputs: later ones win. `rules` and `aliases` merge key by key, so a project
 * file that only turns SD005 off keeps the user's other rule settings.
 */
export function mergeConfigInputs(...inputs: readonly (LintConfigInput | undefined)[]): LintConfigInput {
  let merged: LintConfigInput = {};
  for (const input of inputs) {
    if (!isRecord(input)) continue;
    const rules = isRecord(input.rules) ? { ...merged.rules, ...input.rules } : merged.rules;
    const aliases = isRecord(input.aliases) ? { ...merged.aliases, ...input.aliases } : merged.aliases;
    merged = { ...merged, ...stripUndefined(input), ...(rules ? { rules } : {}), ...(aliases ? { aliases } : {}) } as LintConfigInput;
  }
  return merged;
}

function stripUndefined(input: LintConfigInput): LintConfigInput {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as LintConfigInput;
}

/** True when two configs lint every answer alike (same template, severities, aliases, sections, technologies). */
export function sameLintConfig(a: LintConfig, b: LintConfig): boolean {
  if (a === b) return true;
  if (a.defaultTemplate !== b.defaultTemplate || a.severities.size !== b.severities.size) return false;
  for (const [rule, severity] of a.severities) if (b.severities.get(rule) !== severity) return false;
  const plain = (c: LintConfig) => JSON.stringify([c.aliases, c.requiredSections ?? null, c.technologies]);
  return plain(a) === plain(b);
}
