/**
 * `@interviewer` in VS Code's Chat view (issue 20): `/followup`, `/score` and `/hint` about the
 * answer open in the editor (or the mock interview's), with links to the lines they are about. It
 * asks through the same model-or-probes interviewer as the mock interview and says which answered.
 * Where VS Code has no chat (code-server without a chat provider, older builds), registering does
 * nothing and nothing throws; the handler is exported so it is tested without the Chat view.
 */
import * as vscode from 'vscode';
import { readAnswerHeader } from '../../core/answer/parseAnswer';
import { askedBy } from '../../core/debrief/interviewerView';
import { askedFollowUps, SIGNALS, type Probe } from '../../core/interview';
import { analyze } from '../../core/lint/linter';
import { rubricFor } from '../../core/score/rubric';
import type { Scorecard } from '../../core/score/types';
import { RUBRIC_ASSESSOR } from '../../core/score/scoreAnswer';
import { ModelAssessor } from './modelInterviewer';
import type { Services } from '../services';

/** The participant's id, as package.json contributes it. */
export const INTERVIEWER_PARTICIPANT_ID = 'designPractice.interviewer';

/** The part of VS Code's chat response stream the handler writes to. */
export type ChatOutput = Pick<vscode.ChatResponseStream, 'markdown' | 'anchor'>;

/** The part of a chat request the handler reads. */
export type ChatAsk = Pick<vscode.ChatRequest, 'command' | 'prompt'>;

/** Registers `@interviewer` where VS Code has the Chat API; a no-op elsewhere. */
export function registerInterviewerChat(services: Services): vscode.Disposable {
  const chat = (vscode as { chat?: typeof vscode.chat }).chat;
  if (typeof chat?.createChatParticipant !== 'function') {
    return new vscode.Disposable(() => undefined);
  }
  try {
    const participant = chat.createChatParticipant(INTERVIEWER_PARTICIPANT_ID, (request, _context, stream, token) => handleInterviewerChat(services, request, stream, token));
    participant.iconPath = vscode.Uri.joinPath(services.context.extensionUri, 'media', 'icon.png');
    return participant;
  } catch (error) {
    services.log.warn(`@interviewer: ${String(error)}`);
    return new vscode.Disposable(() => undefined);
  }
}

/** Answers one chat request; never throws (a failure is written into the reply). */
export async function handleInterviewerChat(services: Services, request: ChatAsk, stream: ChatOutput, token: vscode.CancellationToken): Promise<vscode.ChatResult> {
  try {
    const doc = activeAnswer(services);
    if (!doc) {
      stream.markdown(vscode.l10n.t('Open an answer first.'));
      return {};
    }
    if (request.command === 'followup') await followUp(services, doc, stream, token, false);
    else if (request.command === 'hint') await followUp(services, doc, stream, token, true);
    else if (request.command === 'score') await score(services, doc, stream, token);
    else stream.markdown(vscode.l10n.t('Ask `/followup`, `/hint` or `/score`.'));
    return {};
  } catch (error) {
    services.log.error(`@interviewer failed: ${String(error)}`);
    return { errorDetails: { message: String(error) } };
  }
}

/** The answer in the active editor, else the mock interview's. */
function activeAnswer(services: Services): vscode.TextDocument | undefined {
  const editor = vscode.window.activeTextEditor?.document;
  if (editor?.languageId === 'markdown') return editor;
  const uri = services.interview.state?.answer;
  return uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : undefined;
}

async function promptOf(services: Services, text: string) {
  const id = readAnswerHeader(text).promptId;
  return id ? services.catalog.getPrompt(id) : undefined;
}

function lineLink(stream: ChatOutput, doc: vscode.TextDocument, probe: Probe): void {
  if (probe.line === undefined) return;
  stream.anchor(new vscode.Location(doc.uri, new vscode.Position(probe.line, 0)), vscode.l10n.t('line {0}', probe.line + 1));
}

async function followUp(services: Services, doc: vscode.TextDocument, stream: ChatOutput, token: vscode.CancellationToken, hint: boolean): Promise<void> {
  const text = doc.getText();
  const prompt = await promptOf(services, text);
  const config = services.linter.configFor(doc.uri);
  const answer = analyze(text, prompt ? { ...config, defaultTemplate: prompt.template } : config).answer;
  const asked = [...(services.interview.state?.asked.map((a) => a.question) ?? []), ...askedFollowUps(answer).map((f) => f.question)];
  const [probe] = await services.modelInterviewer.questions({ answer, ...(prompt ? { prompt } : {}), asked }, token);
  const { fallbackReason } = services.modelInterviewer.lastAnswered;
  if (!probe) {
    stream.markdown(vscode.l10n.t('The interviewer has no more questions for this answer.'));
    return;
  }
  const signal = SIGNALS.find((s) => s.id === probe.signal);
  if (hint) {
    // A hint names the signal and the bar, not the question: thinking of the question is the practice.
    stream.markdown(vscode.l10n.t('Think about **{0}**: {1}', signal?.title ?? probe.signal, rubricFor(probe.signal).levels[3]));
    if (probe.line !== undefined) {
      stream.markdown(vscode.l10n.t(' Start from '));
      lineLink(stream, doc, probe);
      stream.markdown('.');
    }
  } else {
    stream.markdown(`${probe.question}\n\n`);
    if (probe.quote !== undefined) {
      stream.markdown(`> ${probe.quote.replace(/\n/g, ' ')}\n\n`);
      stream.markdown(vscode.l10n.t('You wrote this at '));
      lineLink(stream, doc, probe);
      stream.markdown('.');
    }
  }
  stream.markdown(`\n\n*${askedBy(probe)}${fallbackReason ? vscode.l10n.t(' (your model was not used: {0})', fallbackReason) : ''}*`);
}

async function score(services: Services, doc: vscode.TextDocument, stream: ChatOutput, token: vscode.CancellationToken): Promise<void> {
  const text = doc.getText();
  const prompt = await promptOf(services, text);
  const config = services.linter.configFor(doc.uri);
  // The deterministic scorecard is always computed: beside the model's, or in its place.
  const assessed = await new ModelAssessor(services.model, RUBRIC_ASSESSOR).assessWithSource(
    { answer: text, ...(prompt ? { prompt } : {}), technologies: config.technologies, aliases: config.aliases, defaultTemplate: config.defaultTemplate },
    token,
  );
  const builtIn = assessed.deterministic;
  if (assessed.model === undefined) {
    const why = assessed.fallbackReason ?? vscode.l10n.t('designPractice.interviewer.model is off');
    stream.markdown(vscode.l10n.t('**Verdict: {0}** ({1} bar), from the built-in scorecard: your model was not used ({2}).', builtIn.verdict, builtIn.level, why));
    writeSignals(stream, doc, builtIn);
    return;
  }
  const card = assessed.card;
  stream.markdown(vscode.l10n.t("**Verdict: {0}** ({1} bar, the rubric's rule over the ratings), {2}. The built-in scorecard's verdict: **{3}**.", card.verdict, card.level, askedBy({ by: assessed.model }).replace(/^asked/, 'rated'), builtIn.verdict));
  stream.markdown(`\n\n| ${vscode.l10n.t('Signal')} | ${vscode.l10n.t('Your model')} | ${vscode.l10n.t('Built-in')} |\n|---|---|---|\n`);
  for (const s of card.signals) {
    const other = builtIn.signals.find((b) => b.id === s.id)?.rating;
    stream.markdown(`| ${titleOf(s.id)} | ${s.rating}/4 | ${other ?? '-'}/4 |\n`);
  }
  writeSignals(stream, doc, card);
  if (assessed.dropped.length > 0) stream.markdown(`\n\n${vscode.l10n.t("Not taken from your model's reply (each with why):")}\n${assessed.dropped.map((d) => `- ${d}`).join('\n')}`);
}

function titleOf(id: string): string {
  return SIGNALS.find((x) => x.id === id)?.title ?? id;
}

/** Each signal's rating, its evidence with links to the lines, and its gaps. */
function writeSignals(stream: ChatOutput, doc: vscode.TextDocument, card: Scorecard): void {
  for (const s of card.signals) {
    stream.markdown(`\n\n**${titleOf(s.id)}: ${s.rating}/4**`);
    for (const e of s.evidence) {
      stream.markdown(`\n- "${e.quote}" (`);
      stream.anchor(new vscode.Location(doc.uri, new vscode.Position(e.line - 1, 0)), vscode.l10n.t('line {0}', e.line));
      stream.markdown(`)${e.why ? `: ${e.why}` : ''}`);
    }
    for (const g of s.gaps) stream.markdown(`\n- ${vscode.l10n.t('Missing')} (${g.level}): ${g.point}${g.why ? ` (${g.why})` : ''}`);
  }
}
