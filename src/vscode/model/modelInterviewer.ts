/**
 * The interviewer and the assessor through the user's own language model (issue 20). Both ask the
 * model through `LanguageModelAccess`, read the reply with the core's checks, and fall back to the
 * deterministic implementation on anything else: `off`, no model, an error, a refusal, a timeout,
 * a cancellation, a reply that is not the JSON asked for or that quotes a line wrongly. Each says
 * which one answered, so the UI can.
 */
import * as vscode from 'vscode';
import { splitLines, type AnswerDocument } from '../../core/answer/parseAnswer';
import type { Prompt } from '../../core/catalog/prompt';
import { PROBE_INTERVIEWER, type InterviewCancellation, type Interviewer, type InterviewRequest, type Probe } from '../../core/interview';
import { assessMessages, fitsModel, interviewMessages, readModelQuestion, readModelScorecard, type ModelPrompt } from '../../core/model';
import type { AssessCancellation, AssessRequest, Assessor, Scorecard, ScoreLevel } from '../../core/score';
import type { LanguageModelAccess } from './languageModel';

/** Who answered last, and why not the model when it did not. */
export interface Answered {
  /** The model's name, or `undefined` for the built-in (deterministic) one. */
  readonly model?: string;
  /** Why the model's answer was not used; absent when it was, or when no model was tried. */
  readonly fallbackReason?: string;
}

/** The lines of an answer, however it was handed in. */
function linesOf(answer: string | AnswerDocument): readonly string[] {
  return typeof answer === 'string' ? splitLines(answer) : answer.lines;
}

/**
 * The prompt as the model is shown it. Callers hand in the catalog's whole prompt, typed as the
 * narrower part the deterministic implementation reads; title and statement are read when there.
 */
function modelPrompt(prompt: object | undefined): ModelPrompt | undefined {
  const p = prompt as Partial<Pick<Prompt, 'title' | 'statement' | 'answerKey' | 'followUps'>> | undefined;
  if (typeof p?.title !== 'string' || typeof p.statement !== 'string') return undefined;
  return { title: p.title, statement: p.statement, ...(p.answerKey ? { answerKey: p.answerKey } : {}), ...(p.followUps ? { followUps: p.followUps } : {}) };
}

function tokenOf(cancellation: InterviewCancellation | AssessCancellation | undefined): vscode.CancellationToken | undefined {
  return cancellation && 'onCancellationRequested' in cancellation ? (cancellation as vscode.CancellationToken) : undefined;
}

/**
 * Asks the model for the next question about the answer and puts it before the deterministic
 * probes, which follow (they are what the interview falls back to, and what is asked after).
 */
export class ModelInterviewer implements Interviewer {
  readonly id = 'model';
  private last: Answered = {};

  constructor(
    private readonly access: LanguageModelAccess,
    private readonly fallback: Interviewer = PROBE_INTERVIEWER,
  ) {}

  /** Who wrote the first question of the last `questions` call. */
  get lastAnswered(): Answered {
    return this.last;
  }

  async questions(request: InterviewRequest, cancellation?: InterviewCancellation): Promise<readonly Probe[]> {
    const probes = await this.fallback.questions(request, cancellation);
    const first = await this.modelQuestion(request, cancellation);
    if ('problem' in first) {
      this.last = first.problem === undefined ? {} : { fallbackReason: first.problem };
      return probes;
    }
    this.last = { model: first.ok.by };
    return [first.ok, ...probes];
  }

  private async modelQuestion(request: InterviewRequest, cancellation?: InterviewCancellation): Promise<{ ok: Probe } | { problem: string | undefined }> {
    if (!this.access.allowed) return { problem: undefined };
    const lines = linesOf(request.answer);
    if (!fitsModel(lines)) return { problem: vscode.l10n.t('the answer is too long to send') };
    const asked = request.asked ?? [];
    const outcome = await this.access.send('follow-up', interviewMessages({ prompt: modelPrompt(request.prompt), lines, asked }), tokenOf(cancellation));
    if ('failed' in outcome) return { problem: outcome.failed };
    const read = readModelQuestion(outcome.text, lines, asked, outcome.model);
    return 'ok' in read ? read : { problem: vscode.l10n.t("{0}'s question was not used: {1}", outcome.model, read.problem) };
  }
}

/**
 * Both assessments of an answer: the deterministic scorer's, always there, and the model's when it
 * gave a usable one (`model` names it then). `card` is the model's when there, else the deterministic.
 */
export interface AssessedBy extends Answered {
  readonly card: Scorecard;
  readonly deterministic: Scorecard;
  /** The model's checked scorecard; absent when the model was off, absent or failed (`fallbackReason`). */
  readonly modelCard?: Scorecard;
  /** Every claim of the model's reply not taken, each naming itself and why (a quote not on its line, an overruled verdict). */
  readonly dropped: readonly string[];
  /** The model asked, when one was (also when its reply was not used); absent when none was there or allowed. */
  readonly tried?: string;
}

/** Asks the model for the scorecard, checked, with the deterministic scorer's beside it and as the fallback. */
export class ModelAssessor implements Assessor {
  readonly id = 'model';

  constructor(
    private readonly access: LanguageModelAccess,
    /** The deterministic assessor: shown beside the model's, and the fallback. */
    readonly builtIn: Assessor,
  ) {}

  async assess(request: AssessRequest, cancellation?: AssessCancellation): Promise<Scorecard> {
    return (await this.assessWithSource(request, cancellation)).card;
  }

  async assessWithSource(request: AssessRequest, cancellation?: AssessCancellation): Promise<AssessedBy> {
    const deterministic = await this.builtIn.assess(request, cancellation);
    if (!this.access.allowed) return { card: deterministic, deterministic, dropped: [] };
    const level: ScoreLevel = request.level ?? deterministic.level;
    const scored = await modelScorecard(this.access, { lines: linesOf(request.answer), level, prompt: request.prompt }, tokenOf(cancellation));
    if ('failed' in scored) return { card: deterministic, deterministic, dropped: [], fallbackReason: scored.failed, ...(scored.model ? { tried: scored.model } : {}) };
    return { ...scored, modelCard: scored.card, deterministic, tried: scored.model };
  }
}

/**
 * The model's scorecard for an answer of `lines` against `level`, checked by the core, or why
 * there is none (the setting, no model, an error, a reply that fails the checks).
 */
export async function modelScorecard(
  access: LanguageModelAccess,
  request: { readonly lines: readonly string[]; readonly level: ScoreLevel; readonly prompt?: object },
  cancellation?: vscode.CancellationToken,
): Promise<{ readonly card: Scorecard; readonly model: string; readonly dropped: readonly string[] } | { readonly failed: string; readonly model?: string }> {
  if (!access.allowed) return { failed: vscode.l10n.t('designPractice.interviewer.model is off') };
  if (!fitsModel(request.lines)) return { failed: vscode.l10n.t('the answer is too long to send') };
  const outcome = await access.send('score', assessMessages({ prompt: modelPrompt(request.prompt), lines: request.lines, level: request.level }), cancellation);
  if ('failed' in outcome) return outcome;
  const read = readModelScorecard(outcome.text, request.lines, request.level);
  if ('problem' in read) return { failed: vscode.l10n.t("{0}'s scorecard was not used: {1}", outcome.model, read.problem), model: outcome.model };
  return { card: read.ok.card, model: outcome.model, dropped: read.ok.dropped };
}
