/** The linter's data: findings, fixes and the rule contract. */
import type { AnswerDocument } from '../answer/parseAnswer';
import type { Template } from '../answer/templates';

/** How serious a finding is. */
export type Severity = 'error' | 'warning' | 'info';

/** A text edit. Positions are 1-based; `endColumn` is exclusive; an insertion has start equal to end. */
export interface TextEdit {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly text: string;
}

/** How to fix a finding: edits the core applies (see `applyFixes`), with a label for the quick fix. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /**
   * The 1-based line that shows what the fix made (an inserted section's heading) in the text after
   * this fix alone is applied, so an editor can reveal it; absent when there is nothing to show.
   */
  readonly reveal?: number;
}

/** One problem in an answer. Positions are 1-based; `endColumn` is exclusive. */
export interface Finding {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The template section the finding is about, when there is one. */
  readonly sectionId?: string;
  readonly fix?: Fix;
}

/** What a rule reports; the linter fills in the rule's id, name and configured severity. */
export interface RuleReport {
  /** 0-based line. */
  readonly line: number;
  /** 0-based start column; 0 when omitted. */
  readonly column?: number;
  /** 0-based end line; `line` when omitted. */
  readonly endLine?: number;
  /** 0-based exclusive end column; the end of the end line when omitted. */
  readonly endColumn?: number;
  readonly message: string;
  readonly sectionId?: string;
  readonly fix?: Fix;
}

/** Everything a rule may look at. Rules never read files, settings or the clock. */
export interface RuleContext {
  readonly answer: AnswerDocument;
  readonly template: Template;
  /** Section ids that must be present (the template's required sections unless configured). */
  readonly requiredSections: ReadonlySet<string>;
  /** Technology names SD007 looks for. */
  readonly technologies: readonly string[];
  /** The configured heading aliases per section id (the answer was read with them); none when absent. */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
}

/** A lint rule: data plus one pure check function. */
export interface Rule {
  /** `[id, name]`, e.g. `['SD001', 'missing-section']`. Both are a public contract. */
  readonly names: readonly [string, string];
  readonly description: string;
  readonly tags: readonly string[];
  readonly defaultSeverity: Severity;
  check(context: RuleContext, report: (finding: RuleReport) => void): void;
}
