/**
 * The interviewer seam: whatever asks the follow-up questions (the deterministic probes here, a
 * language model in `src/vscode`) answers one small interface, so callers (the CLI's `drill`, the
 * mock interview) never branch on which one it is. The deterministic interviewer is always there
 * and is what any other implementation falls back to.
 */
import { questionKey as questionKeyOf } from '../answer/followUps';
import type { AnswerDocument } from '../answer/parseAnswer';
import { probesFor, type ProbeOptions, type ProbePrompt } from './probes';
import type { Probe } from './types';

/** What an interviewer is asked about. */
export interface InterviewRequest {
  /** The answer: its text, or the document already parsed (e.g. by the linter). */
  readonly answer: string | AnswerDocument;
  /** The prompt it answers, for its follow-ups and template; absent for an answer to no known prompt. */
  readonly prompt?: ProbePrompt;
  /** Technologies, aliases and the default template, as the lint configuration has them. */
  readonly options?: ProbeOptions;
  /**
   * Questions already asked in this session (their text), not to be asked again. Questions answered
   * under the answer's `## Follow-ups` are left out whether or not they are listed here.
   */
  readonly asked?: readonly string[];
}

/** Lets a caller give up on a slow interviewer (a model); the deterministic one never waits. */
export interface InterviewCancellation {
  readonly isCancellationRequested: boolean;
}

/**
 * Asks back about an answer. `questions` gives every question still worth asking, in the order to
 * ask them; answer questions carry the 0-based line they are about and a verbatim quote of it.
 * An implementation never throws for any answer text: on trouble it returns what the
 * deterministic interviewer would.
 */
export interface Interviewer {
  /** Short name for logs: `probes` for the deterministic one. */
  readonly id: string;
  questions(request: InterviewRequest, cancellation?: InterviewCancellation): Promise<readonly Probe[]>;
}

/** The questions the deterministic probes ask, synchronously; `ProbeInterviewer` wraps this. */
export function deterministicQuestions(request: InterviewRequest): Probe[] {
  const probes = probesFor(request.answer, request.prompt, request.options);
  if (!request.asked || request.asked.length === 0) return probes;
  const asked = new Set(request.asked.map(questionKeyOf));
  return probes.filter((p) => !asked.has(questionKeyOf(p.question)));
}

/** The deterministic interviewer: the probe rules over the answer, then the prompt's follow-ups. */
export class ProbeInterviewer implements Interviewer {
  readonly id = 'probes';

  questions(request: InterviewRequest): Promise<readonly Probe[]> {
    return Promise.resolve(deterministicQuestions(request));
  }
}

/** The one deterministic interviewer; it holds no state. */
export const PROBE_INTERVIEWER: Interviewer = new ProbeInterviewer();
