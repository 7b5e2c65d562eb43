/** The data of the interview core: probes and the rules that find them in an answer. */
import type { AnswerDocument } from '../answer/parseAnswer';
import type { SignalId } from './signals';

/** Where a probe came from: the prompt's own Follow-ups, or the candidate's answer. */
export type ProbeSource = 'prompt' | 'answer';

/** One question the interviewer asks back. */
export interface Probe {
  /**
   * Stable while the answer is edited: `<rule>:<subject>` for answer probes (e.g.
   * `technology:redis`), `prompt:<n>` for the prompt's n-th follow-up (1-based).
   */
  readonly id: string;
  /** The question, one or two sentences, to ask aloud. */
  readonly question: string;
  readonly source: ProbeSource;
  /** The answer's 0-based line the probe is about (answer probes, when there is one). */
  readonly line?: number;
  /** The answer's words on that line, shortened (answer probes, when there is a line). */
  readonly quote?: string;
  /** The signal the question tests. */
  readonly signal: SignalId;
  /** The language model that wrote the question (issue 20); absent for the deterministic probes. */
  readonly by?: string;
}

/** What an answer rule looks at. */
export interface ProbeContext {
  readonly answer: AnswerDocument;
  /** Whether the answer is an ML system design (its template or its prompt's). */
  readonly ml: boolean;
  /** The technology names SD007 knows (`DEFAULT_TECHNOLOGIES` unless configured). */
  readonly technologies: readonly string[];
  /**
   * The candidate's own lines in the design sections (every section but Follow-ups), file order,
   * with the text shown (comments blanked). Sub-headings are included, marked as such.
   */
  readonly lines: readonly ProbeLine[];
  /**
   * The text of every line of the design sections, code blocks included, as written: what the
   * Operability questions look through before asking about something absent.
   */
  readonly everywhere: readonly string[];
}

/** One line of the candidate's words. */
export interface ProbeLine {
  /** 0-based line. */
  readonly line: number;
  readonly text: string;
  /** The template section it belongs to, e.g. `requirements`. */
  readonly sectionId: string;
  readonly heading: boolean;
  /** The sub-heading the line is under, if any. */
  readonly under?: string;
  /** What the line rejects (a negation, the rejected side of a comparison, a row marked ❌), if anything. */
  readonly rejected?: string;
}

/** What a rule finds: a question about one subject, usually at a line. */
export interface RuleProbe {
  /** What the probe is about, for its id: a technology name, a number, a component. */
  readonly subject: string;
  readonly question: string;
  readonly line?: number;
  /** Where on the line the subject is (0-based), so the quote is the sentence that holds it. */
  readonly column?: number;
  /** What a prompt's follow-up asking the same thing mentions (the rule's `topic` unless given). */
  readonly topic?: RegExp;
}

/**
 * What in the answer's own words already answers a rule's question: when at least `need` of the
 * patterns occur in the candidate's lines, the rule asks nothing ("already answered").
 */
export interface Answered {
  readonly patterns: readonly RegExp[];
  readonly need: number;
}

/**
 * A rule that reads the answer and asks about the candidate's own choices. Pure: everything it needs
 * is in the context. It must only ask about what the answer contains, except rules marked
 * `absence`, which ask about what an Operability section leaves out.
 */
export interface ProbeRule {
  /** The id's first part, e.g. `technology`. */
  readonly id: string;
  readonly description: string;
  readonly signal: SignalId;
  /** Runs only on ML answers. */
  readonly mlOnly?: boolean;
  /** When the answer already answers the question, the rule asks nothing. */
  readonly answered?: Answered;
  /**
   * What a prompt's follow-up on the same subject mentions. When an answer probe quoting the
   * candidate asks it, the prompt's follow-up is left out as a near-duplicate; an answer probe that
   * quotes nothing (an absence) gives way to the prompt's own follow-up instead.
   */
  readonly topic?: RegExp;
  find(context: ProbeContext): RuleProbe[];
}
