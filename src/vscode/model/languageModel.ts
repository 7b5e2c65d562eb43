/**
 * The one way Design Practice talks to a language model: VS Code's Language Model API, with the
 * model the user's setting allows (`designPractice.interviewer.model`). It never throws: no model,
 * `off`, a refusal, an error (`LanguageModelError`), a cancellation or a timeout each come back as
 * a reason, and the caller falls back to the deterministic interviewer or scorer. Requests are sent
 * only from a user's action (a mock interview, a follow-up, a hint or a score asked for), with a
 * justification VS Code shows in its consent dialog.
 */
import * as vscode from 'vscode';
import type { ModelMessage } from '../../core/model';
import type { VsCodeSettings } from '../settings';

/** What a request gave: the reply's text and the model's name, or why there is none. */
export type ModelOutcome = { readonly text: string; readonly model: string } | { readonly failed: string; readonly model?: string };

/** The longest reply read, in characters; the rest is not waited for. */
const MAX_REPLY_CHARS = 100_000;

/** What a request was for, in the words of VS Code's consent dialog and the log. */
export type ModelPurpose = 'follow-up' | 'score' | 'hint';


export class LanguageModelAccess {
  /** How long a reply may take before the built-in interviewer answers instead, in ms. */
  timeoutMs = 30_000;
  private readonly requested = new vscode.EventEmitter<{ readonly purpose: ModelPurpose; readonly outcome: ModelOutcome }>();

  /** Fires after every request with its outcome (for the log and the tests). */
  readonly onDidRequest = this.requested.event;

  constructor(
    private readonly settings: VsCodeSettings,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Whether the setting allows a model at all (`off` does not). */
  get allowed(): boolean {
    return this.settings.value.interviewer.model !== 'off';
  }

  /** The model the setting picks among those VS Code offers now, or why none. */
  async select(): Promise<vscode.LanguageModelChat | string> {
    const choice = this.settings.value.interviewer.model;
    if (choice === 'off') return vscode.l10n.t('designPractice.interviewer.model is off');
    // A host without the Language Model API (older or stripped-down builds) has no vscode.lm.
    const lm = (vscode as { lm?: typeof vscode.lm }).lm;
    if (typeof lm?.selectChatModels !== 'function') return vscode.l10n.t('this VS Code has no Language Model API');
    try {
      if (choice === 'auto') return (await lm.selectChatModels())[0] ?? vscode.l10n.t('no language model is available in VS Code');
      const byId = await lm.selectChatModels({ id: choice });
      return byId[0] ?? (await lm.selectChatModels({ family: choice }))[0] ?? vscode.l10n.t('no language model has the id or family "{0}"', choice);
    } catch (error) {
      return vscode.l10n.t('the language models could not be listed: {0}', describe(error));
    }
  }

  /** Sends `messages` to the selected model and reads the whole reply; never throws. */
  async send(purpose: ModelPurpose, messages: readonly ModelMessage[], cancellation?: vscode.CancellationToken): Promise<ModelOutcome> {
    const outcome = await this.request(purpose, messages, cancellation);
    if ('failed' in outcome) this.log.info(`Language model (${purpose}) not used: ${outcome.failed}`);
    else this.log.info(`Language model ${outcome.model} answered (${purpose}, ${outcome.text.length} characters)`);
    this.requested.fire({ purpose, outcome });
    return outcome;
  }

  private async request(purpose: ModelPurpose, messages: readonly ModelMessage[], cancellation?: vscode.CancellationToken): Promise<ModelOutcome> {
    const model = await this.select();
    if (typeof model === 'string') return { failed: model };
    const name = model.name || model.id;
    const source = new vscode.CancellationTokenSource();
    const outer = cancellation?.onCancellationRequested(() => source.cancel());
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The race bounds the wait even for a provider that ignores the cancellation.
    const timedOut = new Promise<ModelOutcome>((resolve) => {
      timer = setTimeout(() => {
        // Settled before the cancellation below settles `cancelled`, so the race reports the timeout.
        resolve({ failed: vscode.l10n.t('the model did not answer within {0} s', Math.round(this.timeoutMs / 1000)), model: name });
        source.cancel();
      }, this.timeoutMs);
    });
    const cancelled = new Promise<ModelOutcome>((resolve) => {
      if (cancellation?.isCancellationRequested) resolve({ failed: vscode.l10n.t('cancelled'), model: name });
      source.token.onCancellationRequested(() => resolve({ failed: vscode.l10n.t('cancelled'), model: name }));
    });
    const work = (async (): Promise<ModelOutcome> => {
      const chat = messages.map((m) => (m.role === 'user' ? vscode.LanguageModelChatMessage.User(m.text) : vscode.LanguageModelChatMessage.Assistant(m.text)));
      const response = await model.sendRequest(chat, { justification: vscode.l10n.t('Design Practice sends the prompt, your answer and the rubric for a {0}.', purpose) }, source.token);
      let text = '';
      for await (const chunk of response.text) {
        text += chunk;
        if (text.length > MAX_REPLY_CHARS || source.token.isCancellationRequested) break;
      }
      return { text, model: name };
    })().catch((error: unknown): ModelOutcome => ({ failed: describe(error), model: name }));
    try {
      return await Promise.race([work, timedOut, cancelled]);
    } finally {
      clearTimeout(timer);
      outer?.dispose();
      source.dispose();
    }
  }

  dispose(): void {
    this.requested.dispose();
  }
}

/** A model error in words: a `LanguageModelError`'s code (NoPermissions, Blocked, NotFound) and message. */
function describe(error: unknown): string {
  if (error instanceof vscode.LanguageModelError) return `${error.code || 'LanguageModelError'}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
