/** What every output format receives. */
import type { Finding, Rule } from '../../core/lint/types';

/** The findings of one linted file. */
export interface FileResult {
  /** The path as given on the command line (or the folder as given joined with the rest). */
  readonly file: string;
  readonly findings: readonly Finding[];
  /** How many fixes `--fix` applied to the file. */
  readonly fixed: number;
}

/** What a formatter may need besides the results. */
export interface FormatContext {
  /** Every rule the linter knows, for rule metadata. */
  readonly rules: readonly Rule[];
  /** How many files were linted (including those without findings). */
  readonly fileCount: number;
  /** The CLI's version. */
  readonly version: string;
  /** The working folder, for absolute locations. */
  readonly cwd: string;
}

/** Turns lint results into the text written to standard output. */
export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string;
