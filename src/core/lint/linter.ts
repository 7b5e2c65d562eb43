/** The linter: parse once, run each enabled rule, honour inline switches, return sorted findings. */
import { sectionMatcherFor } from '../answer/headingMatch';
import { parseFrontMatter, type FrontMatter } from '../answer/frontMatter';
import { parseAnswer, splitLines, type AnswerDocument } from '../answer/parseAnswer';
import { DEFAULT_TEMPLATE_ID, getTemplate, type Template } from '../answer/templates';
import { resolveConfig, type LintConfig } from './config';
import { readDisableComments } from './disable';
import { RULES } from './rules';
import type { Finding, Rule, RuleContext, RuleReport } from './types';

/** The result of linting: the parsed answer, the template it was read against, and the findings. */
export interface Analysis {
  readonly answer: AnswerDocument;
  readonly template: Template;
  readonly findings: Finding[];
}

const defaultConfig = resolveConfig(undefined, RULES).config;

/** A text split into lines with its front matter read: what a caller that looked at the front matter first hands on. */
export interface PreparedText {
  readonly lines: readonly string[];
  readonly frontMatter: FrontMatter | undefined;
}

/** Splits `text` into lines and reads its front matter, once, for `analyze` and for whoever asks first. */
export function prepareText(text: string): PreparedText {
  const lines = splitLines(text);
  return { lines, frontMatter: parseFrontMatter(lines) };
}

/** Lints an answer's text. Never throws on any input text. `prepared`, when given, is `prepareText(text)`. */
export function lint(text: string, config: LintConfig = defaultConfig, prepared?: PreparedText): Finding[] {
  return analyze(text, config, RULES, prepared).findings;
}

/**
 * Parses an answer's text against the template its front matter names (else the configured default),
 * with the configured aliases: the answer as the rules and the `sections` command see it. `prepared`,
 * when given, is `prepareText(text)`, so a caller that read the front matter already does not parse it again.
 */
export function readAnswer(text: string, config: LintConfig = defaultConfig, prepared: PreparedText = prepareText(text)): Omit<Analysis, 'findings'> {
  const { lines, frontMatter } = prepared;
  const named = frontMatter?.data.template;
  // An unknown template is SD010's to report; the answer is still read against the default.
  const template = (typeof named === 'string' && getTemplate(named)) || getTemplate(config.defaultTemplate) || getTemplate(DEFAULT_TEMPLATE_ID)!;
  return { answer: parseAnswer(text, { template, matcher: sectionMatcherFor(template, config.aliases) }, lines, frontMatter), template };
}

/** One heading as the linter reads it: what `design-practice sections` prints and the hover shows. Lines are 1-based. */
export interface SectionReadingRow {
  readonly line: number;
  readonly level: number;
  readonly heading: string;
  /** Ids of the template sections the heading counts as; empty when it names none. */
  readonly sections: readonly string[];
  readonly reason: string;
}

/** How every heading of an answer is read: the section(s) each counts as, and why. */
export function sectionReadings(text: string, config: LintConfig = defaultConfig): SectionReadingRow[] {
  return readAnswer(text, config).answer.readings.map((r) => ({
    line: r.heading.line + 1,
    level: r.heading.level,
    heading: r.heading.text,
    sections: r.specs.map((s) => s.id),
    reason: r.reason,
  }));
}

/** Lints an answer's text and returns the parsed answer with the findings. `prepared`, when given, is `prepareText(text)`. */
export function analyze(text: string, config: LintConfig = defaultConfig, rules: readonly Rule[] = RULES, prepared?: PreparedText): Analysis {
  const { answer, template } = readAnswer(text, config, prepared);
  const lines = answer.lines;
  const context: RuleContext = {
    answer,
    template,
    requiredSections: new Set(config.requiredSections ?? template.sections.filter((s) => s.required).map((s) => s.id)),
    technologies: config.technologies,
    aliases: config.aliases,
  };
  const disabledAt = readDisableComments(answer, rules);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const [ruleId, ruleName] = rule.names;
    const severity = config.severities.get(ruleId);
    if (!severity) continue;
    rule.check(context, (r: RuleReport) => {
      if (disabledAt?.(ruleId, r.line)) return;
      findings.push(toFinding(ruleId, ruleName, severity, r, lines));
    });
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return { answer, template, findings };
}

function toFinding(ruleId: string, ruleName: string, severity: Finding['severity'], r: RuleReport, lines: readonly string[]): Finding {
  // Reports past the last line (a section missing at the end) are shown on the last line.
  const line = Math.max(0, Math.min(r.line, lines.length - 1));
  const endLine = Math.max(line, Math.min(r.endLine ?? line, lines.length - 1));
  const endColumn = r.endColumn ?? (lines[endLine]?.length ?? 0);
  return {
    ruleId,
    ruleName,
    severity,
    message: r.message,
    line: line + 1,
    column: (r.column ?? 0) + 1,
    endLine: endLine + 1,
    endColumn: Math.max(endColumn, endLine === line ? (r.column ?? 0) : 0) + 1,
    ...(r.sectionId ? { sectionId: r.sectionId } : {}),
    ...(r.fix ? { fix: r.fix } : {}),
  };
}
