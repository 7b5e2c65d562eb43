/**
 * The Prompts view: teams as folders, prompts as leaves with their answer status, and, when some
 * prompt files did not load, a node listing them. The provider reads nothing itself: the catalog
 * and the answer index do, and the grouping and filtering are the core's.
 */
import * as vscode from 'vscode';
import type { AnswerStatus } from '../../core/answer/answerStatus';
import { answeredCount, groupByTeam, levelFilterLabel, levelFilterMessage, normalizeLevelFilter } from '../../core/catalog/catalogView';
import type { PromptProblem } from '../../core/catalog/loadPrompts';
import { sidebarTitle, type Level, type Prompt, type TeamId } from '../../core/catalog/prompt';
import { problemRow, problemText } from '../../core/catalog/problemReport';
import { STATUS_LABELS } from '../../core/catalog/promptView';
import type { AnswerIndex } from '../catalog/answerIndex';
import type { CatalogService } from '../catalog/catalogService';

/** A node of the Prompts view. */
export type PromptTreeNode =
  | { readonly kind: 'team'; readonly team: TeamId; readonly title: string; readonly prompts: readonly Prompt[] }
  | { readonly kind: 'prompt'; readonly prompt: Prompt }
  | { readonly kind: 'problems'; readonly problems: readonly PromptProblem[] }
  | { readonly kind: 'problem'; readonly problem: PromptProblem };

/** The memento key of the level filter. */
export const LEVEL_FILTER_KEY = 'designPractice.levelFilter';
/** The context key that is true while the level filter hides some prompts. */
export const FILTERED_CONTEXT_KEY = 'designPractice.filtered';

const STATUS_ICONS: Readonly<Record<AnswerStatus, vscode.ThemeIcon>> = {
  none: new vscode.ThemeIcon('circle-large-outline'),
  draft: new vscode.ThemeIcon('edit', new vscode.ThemeColor('charts.yellow')),
  complete: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')),
};

/** Draws the catalog as a tree. */
export class PromptTreeProvider implements vscode.TreeDataProvider<PromptTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<PromptTreeNode | undefined>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private levels: Level[];
  private view: vscode.TreeView<PromptTreeNode> | undefined;
  /** The nodes of the last render, so `getParent` returns the same objects `getChildren` did. */
  private nodes: Promise<{ roots: PromptTreeNode[]; teams: Map<TeamId, PromptTreeNode>; problems?: PromptTreeNode }> | undefined;
  private statuses: Promise<ReadonlyMap<string, AnswerStatus>> | undefined;
  /** Counts view updates, so a slow one never overwrites a newer message. */
  private renders = 0;

  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly catalog: CatalogService,
    private readonly answers: AnswerIndex,
    private readonly memento: vscode.Memento,
  ) {
    this.levels = normalizeLevelFilter(memento.get<unknown>(LEVEL_FILTER_KEY));
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT_KEY, this.levels.length > 0);
    catalog.onDidChange(() => this.refresh(), this, this.disposables);
    answers.onDidChange(() => this.refresh(), this, this.disposables);
  }

  /** The levels shown; empty when every level is. */
  get levelFilter(): readonly Level[] {
    return this.levels;
  }

  /** Shows the filter in `view`'s description and message row. */
  attach(view: vscode.TreeView<PromptTreeNode>): void {
    this.view = view;
    void this.updateView();
  }

  /** Shows only prompts at `levels` (every prompt when empty), and remembers it for the workspace. */
  async setLevelFilter(levels: readonly Level[]): Promise<void> {
    this.levels = normalizeLevelFilter(levels);
    await this.memento.update(LEVEL_FILTER_KEY, this.levels.length > 0 ? this.levels : undefined);
    await vscode.commands.executeCommand('setContext', FILTERED_CONTEXT_KEY, this.levels.length > 0);
    await this.redraw();
  }

  /** Redraws the whole tree. */
  refresh(): void {
    void this.redraw();
  }

  /** Redraws the whole tree; resolves once the view's message is up to date. */
  private redraw(): Promise<void> {
    this.nodes = undefined;
    this.statuses = undefined;
    this.changed.fire(undefined);
    return this.updateView();
  }

  async getChildren(node?: PromptTreeNode): Promise<PromptTreeNode[]> {
    if (!node) return (await this.build()).roots;
    switch (node.kind) {
      case 'team':
        return node.prompts.map((prompt) => ({ kind: 'prompt', prompt }));
      case 'problems':
        return node.problems.map((problem) => ({ kind: 'problem', problem }));
      default:
        return [];
    }
  }

  async getParent(node: PromptTreeNode): Promise<PromptTreeNode | undefined> {
    const built = await this.build();
    if (node.kind === 'prompt') return built.teams.get(node.prompt.team);
    if (node.kind === 'problem') return built.problems;
    return undefined;
  }

  async getTreeItem(node: PromptTreeNode): Promise<vscode.TreeItem> {
    switch (node.kind) {
      case 'team':
        return this.teamItem(node.team, node.title, node.prompts);
      case 'prompt':
        return this.promptItem(node.prompt);
      case 'problems':
        return this.problemsItem(node.problems);
      case 'problem':
        return this.problemItem(node.problem);
    }
  }

  /** The node of a prompt, for `TreeView.reveal`; undefined when it is not shown. */
  async nodeOf(promptId: string): Promise<PromptTreeNode | undefined> {
    for (const team of (await this.build()).teams.values()) {
      if (team.kind !== 'team') continue;
      const prompt = team.prompts.find((p) => p.id === promptId);
      if (prompt) return { kind: 'prompt', prompt };
    }
    return undefined;
  }

  private build(): Promise<{ roots: PromptTreeNode[]; teams: Map<TeamId, PromptTreeNode>; problems?: PromptTreeNode }> {
    return (this.nodes ??= (async () => {
      const [prompts, problems] = await Promise.all([this.catalog.prompts(), this.catalog.problems()]);
      const teams = new Map<TeamId, PromptTreeNode>();
      for (const group of groupByTeam(prompts, this.levels)) teams.set(group.team, { kind: 'team', team: group.team, title: group.title, prompts: group.prompts });
      // Problems of bundled files are the extension's bug, not the user's: they go to the log only.
      const userProblems = problems.filter((p) => this.catalog.problemUri(p));
      const problemsNode: PromptTreeNode | undefined = userProblems.length > 0 ? { kind: 'problems', problems: userProblems } : undefined;
      return { roots: [...(problemsNode ? [problemsNode] : []), ...teams.values()], teams, ...(problemsNode ? { problems: problemsNode } : {}) };
    })());
  }

  private statusMap(): Promise<ReadonlyMap<string, AnswerStatus>> {
    return (this.statuses ??= this.answers.statuses());
  }

  private async teamItem(team: TeamId, title: string, prompts: readonly Prompt[]): Promise<vscode.TreeItem> {
    const statuses = await this.statusMap();
    const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `team:${team}`;
    item.contextValue = 'team';
    item.description = answeredCount(prompts, (p) => (statuses.get(p.id) ?? 'none') !== 'none');
    item.tooltip = vscode.l10n.t('{0}: {1} prompts answered', title, item.description);
    return item;
  }

  private async promptItem(prompt: Prompt): Promise<vscode.TreeItem> {
    const status = (await this.statusMap()).get(prompt.id) ?? 'none';
    // The short title fits beside the level at the default sidebar width; the tooltip has the whole title.
    const item = new vscode.TreeItem(sidebarTitle(prompt), vscode.TreeItemCollapsibleState.None);
    item.id = prompt.id;
    item.description = prompt.level;
    item.iconPath = STATUS_ICONS[status];
    item.contextValue = status === 'none' ? 'prompt' : `prompt.answered.${status}`;
    item.command = { command: 'designPractice.openPrompt', title: vscode.l10n.t('Open Prompt'), arguments: [prompt.id] };
    item.accessibilityInformation = { label: `${prompt.title}, ${prompt.level}, ${STATUS_LABELS[status]}` };
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown('**').appendText(prompt.title).appendMarkdown('**\n\n');
    tooltip.appendText(prompt.summary).appendMarkdown('\n\n');
    tooltip.appendText(vscode.l10n.t('Level:')).appendMarkdown(' ').appendText(prompt.level).appendMarkdown(' · ').appendText(vscode.l10n.t('{0} min', prompt.minutes)).appendMarkdown(' · ').appendText(STATUS_LABELS[status]);
    if (prompt.tags.length > 0) tooltip.appendMarkdown('\n\n').appendText(vscode.l10n.t('Tags: {0}', prompt.tags.join(', ')));
    if (!prompt.bundled) tooltip.appendMarkdown('\n\n_').appendText(vscode.l10n.t('Your prompt file')).appendMarkdown('_');
    item.tooltip = tooltip;
    return item;
  }

  private problemsItem(problems: readonly PromptProblem[]): vscode.TreeItem {
    const files = new Set(problems.map((p) => p.file)).size;
    const item = new vscode.TreeItem(files === 1 ? vscode.l10n.t('1 prompt file has problems') : vscode.l10n.t('{0} prompt files have problems', files), vscode.TreeItemCollapsibleState.Expanded);
    item.id = 'problems';
    item.contextValue = 'problems';
    item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
    item.tooltip = vscode.l10n.t('These prompt files were not loaded. Select one to open it at the problem.');
    return item;
  }

  private problemItem(problem: PromptProblem): vscode.TreeItem {
    const uri = this.catalog.problemUri(problem);
    const name = uri ? vscode.workspace.asRelativePath(uri) : problem.file;
    const row = problemRow(problem, name);
    const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
    item.id = `problem:${problem.file}:${problem.line ?? 0}:${problem.field ?? ''}:${problem.message}`;
    item.contextValue = 'problem';
    item.description = row.description;
    item.tooltip = `${name}${problem.line ? `:${problem.line}` : ''}\n${problemText(problem)}`;
    item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
    if (uri) {
      const line = Math.max(0, (problem.line ?? 1) - 1);
      const options: vscode.TextDocumentShowOptions = { selection: new vscode.Range(line, 0, line, 0) };
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Prompt File'), arguments: [uri, options] };
    }
    return item;
  }

  /**
   * The filter in the view's description and, since the description is not drawn when the view is
   * alone in its container, in the view's message row too. Resolves once the message is set.
   */
  private async updateView(): Promise<void> {
    const view = this.view;
    if (!view) return;
    const render = ++this.renders;
    const levels = this.levels;
    view.description = levelFilterLabel(levels);
    if (levels.length === 0) {
      view.message = undefined;
      return;
    }
    try {
      const [{ teams }, prompts] = await Promise.all([this.build(), this.catalog.prompts()]);
      // A later filter or refresh owns the message now.
      if (this.view !== view || render !== this.renders) return;
      const shown = [...teams.values()].reduce((n, team) => n + (team.kind === 'team' ? team.prompts.length : 0), 0);
      view.message = levelFilterMessage(levels, shown, prompts.length);
    } catch {
      // The tree reports a catalog that cannot load; the message is only a hint.
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
