/**
 * The composition root: builds every service once, hands them on, and registers everything in one
 * place. Activation does no work that can wait: the catalog loads when the view first asks for it.
 * The entry points (`extension.ts` for the Node host, `extension.web.ts` for the browser worker
 * host) call it with their platform; nothing below chooses one.
 */
import * as vscode from 'vscode';
import type { Platform } from '../platform/platform';
import { AnswerIndex } from './catalog/answerIndex';
import { CatalogService } from './catalog/catalogService';
import { registerCommands } from './commands';
import { SIGNALS } from '../core/interview';
import { RUBRIC_ASSESSOR } from '../core/score/scoreAnswer';
import { DebriefPanel } from './interview/debriefPanel';
import { InterviewerView } from './interview/interviewerView';
import { MockInterview } from './interview/mockInterview';
import { registerInterviewerChat } from './model/chatParticipant';
import { LanguageModelAccess } from './model/languageModel';
import { ModelAssessor, ModelInterviewer } from './model/modelInterviewer';
import { AnswerLinter } from './lint/answerLinter';
import { registerLintFeatures } from './lint/register';
import { RulePages } from './lint/rulePages';
import { openWalkthroughOnce, WalkthroughProgress } from './onboarding/walkthrough';
import { AnswerStatusBar } from './lint/statusBar';
import { AnswerContextKey } from './practice/answerContextKey';
import { PracticeTimer } from './practice/practiceTimer';
import { extendMarkdownIt } from './preview/mermaidMarkdownIt';
import type { Services } from './services';
import { VsCodeSettings } from './settings';

import { PromptPanel } from './views/promptPanel';
import { PromptTreeProvider } from './views/promptTree';

/** What activation hands VS Code: the services, and the Markdown preview's markdown-it hook. */
export type ExtensionExports = Services & { readonly extendMarkdownIt: typeof extendMarkdownIt };

/** Activates the extension on `platform`: called by the entry point VS Code loaded. */
export function activateOn(context: vscode.ExtensionContext, platform: Platform): ExtensionExports {
  const log = vscode.window.createOutputChannel('Design Practice', { log: true });
  const settings = new VsCodeSettings((message) => {
    log.warn(message);
    void vscode.window.showWarningMessage(message);
  });
  const catalog = new CatalogService(settings, log, platform);
  const answers = new AnswerIndex(settings, catalog, log, platform);
  const promptTree = new PromptTreeProvider(catalog, answers, context.workspaceState);
  const treeView = vscode.window.createTreeView('designPractice.prompts', { treeDataProvider: promptTree, showCollapseAll: true });
  promptTree.attach(treeView);
  const promptPanel = new PromptPanel(context.extensionUri, catalog, answers, log, settings, SIGNALS);
  const linter = new AnswerLinter(settings, log);
  const rulePages = new RulePages(vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules'));
  const statusBar = new AnswerStatusBar(linter);
  const answerContext = new AnswerContextKey(linter, settings);
  // Resumes a session kept in workspace state before the window reloaded.
  const timer = new PracticeTimer(context.workspaceState, settings, log);
  // The user's own language model asks first when the setting and VS Code allow it; the probes otherwise.
  const model = new LanguageModelAccess(settings, log);
  const modelInterviewer = new ModelInterviewer(model);
  const interview = new MockInterview(timer, catalog, context.workspaceState, linter, log, modelInterviewer);
  const interviewerView = new InterviewerView(context.extensionUri, interview, (id) => SIGNALS.find((s) => s.id === id)?.title ?? id, log);
  const debriefPanel = new DebriefPanel(context.extensionUri, linter, catalog, SIGNALS, context.workspaceState, log, new ModelAssessor(model, RUBRIC_ASSESSOR));
  interview.onDidFinish((finished) => void debriefPanel.show(finished), undefined, context.subscriptions);

  const walkthrough = new WalkthroughProgress();
  const services: Services = { context, platform, log, settings, catalog, answers, promptTree, treeView, promptPanel, linter, rulePages, statusBar, timer, answerContext, model, modelInterviewer, interview, interviewerView, debriefPanel, walkthrough };
  context.subscriptions.push(
    log,
    settings,
    catalog,
    answers,
    promptTree,
    treeView,
    promptPanel,
    linter,
    rulePages,
    statusBar,
    answerContext,
    timer,
    model,
    interview,
    interviewerView,
    debriefPanel,
    registerLintFeatures(services),
    registerCommands(services),
    registerInterviewerChat(services),
  );
  timer.onDidChangeState((state) => state === 'running' && walkthrough.mark('timerStarted'), undefined, context.subscriptions);
  interview.onDidChange((state) => state && walkthrough.mark('interviewStarted'), undefined, context.subscriptions);
  debriefPanel.onDidSave(() => walkthrough.mark('debriefSaved'), undefined, context.subscriptions);
  void openWalkthroughOnce(context.globalState, context.extensionMode);
  // The services for the integration tests, which read state that the UI only shows; extendMarkdownIt
  // for the Markdown preview (package.json's markdown.markdownItPlugins).
  return { ...services, extendMarkdownIt };
}
