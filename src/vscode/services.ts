/** The objects the composition root builds and hands to commands and views. */
import type * as vscode from 'vscode';
import type { Platform } from '../platform/platform';
import type { AnswerIndex } from './catalog/answerIndex';
import type { CatalogService } from './catalog/catalogService';
import type { DebriefPanel } from './interview/debriefPanel';
import type { WalkthroughProgress } from './onboarding/walkthrough';
import type { InterviewerView } from './interview/interviewerView';
import type { MockInterview } from './interview/mockInterview';
import type { LanguageModelAccess } from './model/languageModel';
import type { ModelInterviewer } from './model/modelInterviewer';
import type { AnswerLinter } from './lint/answerLinter';
import type { RulePages } from './lint/rulePages';
import type { AnswerStatusBar } from './lint/statusBar';
import type { AnswerContextKey } from './practice/answerContextKey';
import type { PracticeTimer } from './practice/practiceTimer';
import type { VsCodeSettings } from './settings';
import type { PromptPanel } from './views/promptPanel';
import type { PromptTreeProvider } from './views/promptTree';

/** Everything a command may use. */
export interface Services {
  readonly context: vscode.ExtensionContext;
  /** What differs between the Node and the browser extension host (see src/platform/platform.ts). */
  readonly platform: Platform;
  readonly log: vscode.LogOutputChannel;
  readonly settings: VsCodeSettings;
  readonly catalog: CatalogService;
  readonly answers: AnswerIndex;
  readonly promptTree: PromptTreeProvider;
  readonly treeView: vscode.TreeView<unknown>;
  readonly promptPanel: PromptPanel;
  readonly linter: AnswerLinter;
  /** The rule pages diagnostics link to, served from the extension's own files. */
  readonly rulePages: RulePages;
  readonly statusBar: AnswerStatusBar;
  readonly timer: PracticeTimer;
  readonly answerContext: AnswerContextKey;
  /** The user's language model, as the setting allows it (issue 20). */
  readonly model: LanguageModelAccess;
  /** The interviewer the mock interview and the chat participant ask: the model, falling back to the probes. */
  readonly modelInterviewer: ModelInterviewer;
  readonly interview: MockInterview;
  readonly interviewerView: InterviewerView;
  readonly debriefPanel: DebriefPanel;
  /** The walkthrough steps done, whose context keys tick them. */
  readonly walkthrough: WalkthroughProgress;
}
