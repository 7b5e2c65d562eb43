/** The prompt side inside a real VS Code: the view, the prompt panel, answers and user prompt files. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { TEAMS } from '../../../src/core/catalog/prompt';
import type { Services } from '../../../src/vscode/services';
import type { PromptTreeNode } from '../../../src/vscode/views/promptTree';
import { activate, waitFor, waitForDiagnostics, workspaceRoot } from './helpers';
import { nodeOnly } from './host';

const PROMPT_ID = 'ads/frequency-capping';
const OTHER_ID = 'streaming/adaptive-bitrate';
const SECTIONS = ['## Requirements', '## Scope', '## Architecture', '## Trade-offs', '## Operability'];

const USER_PROMPT = `---
id: platform/it-user-prompt
title: Integration test prompt
team: platform
level: L5
template: system-design
---
## Statement

Design something small enough for an integration test.
`;

const BROKEN_PROMPT = `---
id: platform/it-broken-prompt
title: Broken prompt
team: No Such Team
level: L5
---
## Statement

This one names a team that does not exist.
`;

/**
 * Resolves once `check` holds: tried now, then after each `event`. For state that is only read
 * asynchronously (the catalog, the answer index).
 */
// Changes made outside VS Code arrive through its file watcher, which lags by seconds on a busy
// machine: the bound is generous, and a passing run never waits for it.
function until<T>(event: vscode.Event<T>, check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sub.dispose();
      if (error) reject(error);
      else resolve();
    };
    const attempt = () => check().then((ok) => ok && finish(), (error: unknown) => finish(error instanceof Error ? error : new Error(String(error))));
    const timer = setTimeout(() => finish(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    const sub = event(() => void attempt());
    void attempt();
  });
}

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

async function remove(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false });
  } catch {
    // already gone
  }
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('designPractice').update(key, value, vscode.ConfigurationTarget.Workspace);
}

async function allPromptNodes(services: Services): Promise<Extract<PromptTreeNode, { kind: 'prompt' }>[]> {
  const roots = await services.promptTree.getChildren();
  const teams = roots.filter((n) => n.kind === 'team');
  const children = await Promise.all(teams.map((t) => services.promptTree.getChildren(t)));
  return children.flat().filter((n): n is Extract<PromptTreeNode, { kind: 'prompt' }> => n.kind === 'prompt');
}

/** The tree's node of a prompt, if the tree shows it. */
async function promptNode(services: Services, id: string): Promise<Extract<PromptTreeNode, { kind: 'prompt' }> | undefined> {
  return (await allPromptNodes(services)).find((n) => n.prompt.id === id);
}

/**
 * Writes a prompt file with Node's fs, as another program or a terminal would (no event comes from
 * VS Code's own file service, only from file watchers), then edits and deletes it, each time waiting
 * for the tree to show it.
 */
async function createEditDeleteOutside(services: Services, file: string, id: string): Promise<void> {
  const text = USER_PROMPT.replace('platform/it-user-prompt', id);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  await until(services.promptTree.onDidChangeTreeData, async () => (await promptNode(services, id)) !== undefined, `${id} to show in the tree`);
  fs.writeFileSync(file, text.replace('Integration test prompt', 'Edited outside'));
  await until(services.promptTree.onDidChangeTreeData, async () => (await promptNode(services, id))?.prompt.title === 'Edited outside', `the edited title of ${id} in the tree`);
  fs.unlinkSync(file);
  await until(services.promptTree.onDidChangeTreeData, async () => (await promptNode(services, id)) === undefined, `${id} to leave the tree`);
}

describe('prompts in VS Code', function () {
  let services: Services;
  let root: vscode.Uri;

  before(async () => {
    services = await activate();
    root = workspaceRoot();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await setSetting('notesFolder', undefined);
    await services.promptTree.setLevelFilter([]);
    for (const folder of ['design-notes', 'other-notes', '.design-practice']) await remove(vscode.Uri.joinPath(root, folder));
  });

  it('the container shows the prompts view, listing every team and every bundled prompt', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.designPractice');
    await waitFor(services.treeView.onDidChangeVisibility, () => services.treeView.visible, 'the prompts view to be visible');

    const roots = await services.promptTree.getChildren();
    assert.deepEqual(
      roots.filter((n) => n.kind === 'team').map((n) => (n.kind === 'team' ? n.team : '')),
      TEAMS.map((t) => t.id),
    );
    const bundled = services.platform.bundledPrompts();
    const nodes = await allPromptNodes(services);
    assert.deepEqual(nodes.map((n) => n.prompt.id).sort(), bundled.map((p) => p.id).sort());

    const node = nodes.find((n) => n.prompt.id === PROMPT_ID)!;
    const item = await services.promptTree.getTreeItem(node);
    assert.equal(item.id, PROMPT_ID);
    // The short title, which fits beside the level at the default sidebar width; the whole title is in the tooltip (issue 17, item 22).
    assert.equal(item.label, node.prompt.shortTitle ?? node.prompt.title);
    assert.ok((item.label as string).length <= 28, `${item.label} fits beside its level`);
    // appendText writes spaces as &nbsp;.
    assert.ok(item.tooltip instanceof vscode.MarkdownString && item.tooltip.value.replace(/&nbsp;/g, ' ').includes(node.prompt.title), 'the whole title in the tooltip');
    assert.equal(item.description, node.prompt.level);
    assert.equal(item.contextValue, 'prompt');
    assert.deepEqual(item.command?.arguments, [PROMPT_ID]);
    assert.equal(item.command?.command, 'designPractice.openPrompt');
    assert.ok(item.tooltip instanceof vscode.MarkdownString && item.tooltip.value.includes(node.prompt.level));

    const parent = await services.promptTree.getParent(node);
    assert.equal(parent?.kind === 'team' && parent.team, 'ads');
    const teamItem = await services.promptTree.getTreeItem(parent!);
    assert.match(String(teamItem.description), /^\d+\/\d+$/);
    await services.treeView.reveal(node, { select: true, focus: false });
  });

  it('opening a prompt shows it in one panel, reused for the next prompt', async () => {
    const first = waitFor(services.promptPanel.onDidRender, (id) => id === PROMPT_ID, `a render of ${PROMPT_ID}`);
    await vscode.commands.executeCommand('designPractice.openPrompt', PROMPT_ID);
    await first;
    const panel = services.promptPanel.webviewPanel;
    assert.ok(panel, 'a panel is open');
    assert.equal(panel.viewType, 'designPractice.prompt');
    assert.equal(panel.visible, true);
    assert.equal(services.promptPanel.currentPromptId, PROMPT_ID);
    const html = panel.webview.html;
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; img-src [^;"]+; style-src [^;"]+; script-src 'nonce-[^']+'; form-action 'none'; base-uri 'none'">/);
    assert.match(html, /<h1>Ad frequency capping at decision time<\/h1>/);
    assert.match(html, /<h2>Time plan<\/h2>/);
    assert.ok(html.includes('data-command="startAnswer"'));
    assert.ok(!html.includes('mermaid.js'), 'a page without a diagram does not load the Mermaid renderer');

    const second = waitFor(services.promptPanel.onDidRender, (id) => id === OTHER_ID, `a render of ${OTHER_ID}`);
    await vscode.commands.executeCommand('designPractice.openPrompt', OTHER_ID);
    await second;
    assert.equal(services.promptPanel.webviewPanel, panel, 'the same panel is reused');
    assert.equal(services.promptPanel.currentPromptId, OTHER_ID);
    assert.equal(panel.title, services.platform.bundledPrompts().find((p) => p.id === OTHER_ID)!.title);
  });

  it('Start Answer creates the scaffold, and a new attempt creates -2 without touching the first', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('designPractice.startAnswer', PROMPT_ID);
    assert.ok(uri, 'the command returns the new file');
    assert.equal(uri.toString(), vscode.Uri.joinPath(root, 'design-notes', 'ads', 'frequency-capping.md').toString());
    const text = await read(uri);
    assert.match(text, /^---\nprompt: ads\/frequency-capping\ntemplate: system-design\nlevel: L4\nstarted: \d{4}-\d{2}-\d{2}\n---\n/);
    for (const heading of SECTIONS) assert.ok(text.includes(`\n${heading}\n`), `has ${heading}`);
    const questions = services.platform.bundledPrompts().find((p) => p.id === PROMPT_ID)!.clarifyingQuestions;
    assert.ok(!questions.some((q) => text.includes(q)), 'the clarifying questions are the candidate\'s to ask');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the answer is open');
    assert.equal(await services.answers.statusOf(PROMPT_ID), 'draft');

    const node = (await allPromptNodes(services)).find((n) => n.prompt.id === PROMPT_ID)!;
    assert.equal((await services.promptTree.getTreeItem(node)).contextValue, 'prompt.answered.draft');

    const second = await vscode.commands.executeCommand<vscode.Uri>('designPractice.startAnswer', PROMPT_ID, { ifExists: 'newAttempt' });
    assert.equal(second?.toString(), vscode.Uri.joinPath(root, 'design-notes', 'ads', 'frequency-capping-2.md').toString());
    assert.equal(await read(uri), text, 'the first attempt is unchanged');
    assert.match(await read(second), /^---\nprompt: ads\/frequency-capping\n/);
    assert.equal((await services.answers.answersFor(PROMPT_ID)).length, 2);
    await remove(second);

    // designPractice.scaffold.includeClarifyingQuestions copies them under Requirements.
    const changed = waitFor(services.settings.onDidChange, () => services.settings.value.scaffold.includeClarifyingQuestions, 'the setting to be read');
    await setSetting('scaffold.includeClarifyingQuestions', true);
    await changed;
    try {
      const withQuestions = await vscode.commands.executeCommand<vscode.Uri>('designPractice.startAnswer', PROMPT_ID, { ifExists: 'newAttempt' });
      const asked = await read(withQuestions!);
      for (const q of questions) assert.ok(asked.indexOf(q) > asked.indexOf('## Requirements') && asked.indexOf(q) < asked.indexOf('## Scope'), q);
    } finally {
      await setSetting('scaffold.includeClarifyingQuestions', undefined);
    }
    assert.equal((await services.answers.answersFor(PROMPT_ID)).length, 2);

    const opened = await vscode.commands.executeCommand<vscode.Uri>('designPractice.startAnswer', PROMPT_ID, { ifExists: 'open' });
    assert.ok(opened && [uri.toString(), second.toString()].includes(opened.toString()), 'an existing answer is opened');
    const files = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(root, 'design-notes', 'ads'));
    assert.deepEqual(files.map(([name]) => name).sort(), ['frequency-capping-2.md', 'frequency-capping.md'], 'no third file');
  });

  it('a file already at the answer path is never overwritten', async () => {
    const taken = vscode.Uri.joinPath(root, 'design-notes', 'ml', 'top-10.md');
    await write(taken, 'My own notes, not an answer.\n');
    // What Start Answer relies on: an exclusive create of an existing file fails and changes nothing.
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(taken, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode('replaced') });
    assert.equal(await vscode.workspace.applyEdit(edit), false);

    const uri = await vscode.commands.executeCommand<vscode.Uri>('designPractice.startAnswer', 'ml/top-10', { ifExists: 'newAttempt' });
    assert.equal(uri?.toString(), vscode.Uri.joinPath(root, 'design-notes', 'ml', 'top-10-2.md').toString());
    assert.equal(await read(taken), 'My own notes, not an answer.\n');
    assert.match(await read(uri), /^---\nprompt: ml\/top-10\ntemplate: ml-system-design\n/);
    assert.match(await read(uri), /\n## Evaluation\n/);
  });

  it('the prompt panel lists the answers and offers to open them', async () => {
    const rendered = waitFor(
      services.promptPanel.onDidRender,
      () => services.promptPanel.currentPromptId === PROMPT_ID && (services.promptPanel.webviewPanel?.webview.html.includes('data-command="openAnswer"') ?? false),
      'the panel to list the answers',
    );
    await vscode.commands.executeCommand('designPractice.openPrompt', PROMPT_ID);
    await rendered;
    const html = services.promptPanel.webviewPanel!.webview.html;
    assert.ok(html.includes('design-notes/ads/frequency-capping.md'));
    assert.ok(html.includes('design-notes/ads/frequency-capping-2.md'));
    assert.match(html, /status-draft">Draft</);
  });

  it('a user prompt file appears in the tree; a broken one is reported on its file while the rest load', async () => {
    const folder = vscode.Uri.joinPath(root, '.design-practice', 'prompts');
    const good = vscode.Uri.joinPath(folder, 'it-user-prompt.md');
    const broken = vscode.Uri.joinPath(folder, 'it-broken-prompt.md');
    await write(good, USER_PROMPT);
    await write(broken, BROKEN_PROMPT);

    await until(
      services.catalog.onDidChange,
      async () => (await services.catalog.getPrompt('platform/it-user-prompt')) !== undefined && (await services.catalog.problems()).some((p) => p.field === 'team'),
      'the user prompt to load and the broken one to be reported',
    );
    await waitForDiagnostics(broken, (d) => d.some((x) => x.source === 'design-practice' && x.message.startsWith('team:')), 'a diagnostic naming the team field');
    const diagnostic = vscode.languages.getDiagnostics(broken).find((x) => x.source === 'design-practice')!;
    assert.equal(diagnostic.range.start.line, 3, 'on the team line');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);

    const nodes = await allPromptNodes(services);
    assert.ok(nodes.some((n) => n.prompt.id === 'platform/it-user-prompt'), 'the user prompt is in the tree');
    assert.equal(nodes.filter((n) => n.prompt.bundled).length, services.platform.bundledPrompts().length, 'every bundled prompt still loads');

    const [problemsNode] = await services.promptTree.getChildren();
    assert.equal(problemsNode.kind, 'problems');
    const problemsItem = await services.promptTree.getTreeItem(problemsNode);
    assert.equal(problemsItem.label, '1 prompt file has problems');
    const [problem] = await services.promptTree.getChildren(problemsNode);
    const problemItem = await services.promptTree.getTreeItem(problem);
    assert.equal(problemItem.label, 'it-broken-prompt.md · team', 'the file name first, then the field');
    assert.match(String(problemItem.description), /^Invalid team "No Such Team"/);
    assert.equal(problemItem.command?.command, 'vscode.open');

    // Fixing the file clears the problem, its diagnostic and the node; a team of the user's own is
    // a group of its own after the bundled teams.
    await write(broken, BROKEN_PROMPT.replace('team: No Such Team', 'team: payments\nteamTitle: Payments & Risk'));
    await until(services.catalog.onDidChange, async () => (await services.catalog.getPrompt('platform/it-broken-prompt')) !== undefined, 'the fixed prompt to load');
    await waitForDiagnostics(broken, (d) => d.length === 0, 'the diagnostic to go');
    const roots = await services.promptTree.getChildren();
    assert.ok(roots.every((n) => n.kind !== 'problems'));
    const last = roots[roots.length - 1];
    assert.equal(last.kind === 'team' && last.team, 'payments');
    assert.equal((await services.promptTree.getTreeItem(last)).label, 'Payments & Risk');
    assert.deepEqual(roots.slice(0, -1).map((n) => (n.kind === 'team' ? n.team : n.kind)), TEAMS.map((t) => t.id));
  });

  it('the prompt folder there at start-up reloads when files in it are created, edited and deleted from outside VS Code', async function () {
    nodeOnly(this, 'writing files behind VS Code\'s back needs Node\'s fs');
    // Three waits on the file watcher, each allowed 30 s (see `until`).
    this.timeout(120_000);
    await services.catalog.prompts();
    await createEditDeleteOutside(services, path.join(root.fsPath, '.design-practice', 'prompts', 'outside-there.md'), 'platform/it-outside-there');
  });

  it('a prompt folder created after activation reloads when files in it are created, edited and deleted from outside VS Code', async function () {
    nodeOnly(this, 'writing files behind VS Code\'s back needs Node\'s fs');
    // Four waits on the file watcher, each allowed 30 s (see `until`).
    this.timeout(150_000);
    await services.catalog.prompts();
    const dotFolder = vscode.Uri.joinPath(root, '.design-practice');
    await remove(dotFolder);
    await until(services.catalog.onDidChange, async () => !(await services.catalog.prompts()).some((p) => !p.bundled), 'the user prompts to go with their folder');
    // Deleted through VS Code, made again from outside: the folder VS Code's watcher saw go.
    await createEditDeleteOutside(services, path.join(dotFolder.fsPath, 'prompts', 'outside.md'), 'platform/it-outside');
  });

  it('Add Your Own Prompt names the file after the id it is given, with its title, and never overwrites (issue 17, item 21)', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('designPractice.newPromptFile', { id: 'it-payments/ledger', title: 'Ledger: double entry for payments' });
    assert.ok(uri);
    assert.match(uri.path, /\/\.design-practice\/prompts\/it-payments\/ledger\.md$/);
    await until(services.catalog.onDidChange, async () => (await services.catalog.getPrompt('it-payments/ledger'))?.title === 'Ledger: double entry for payments', 'the new prompt to load with its title');
    assert.ok(!(await services.catalog.problems()).some((p) => p.file.includes('ledger')), 'the skeleton has no problems');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    // The id again, and a taken one, create nothing and leave the file as it is.
    assert.equal(await vscode.commands.executeCommand('designPractice.newPromptFile', { id: 'it-payments/ledger', title: 'Again' }), undefined);
    assert.equal(await vscode.commands.executeCommand('designPractice.newPromptFile', { id: 'ads/frequency-capping', title: 'Mine' }), undefined);
    assert.equal(await vscode.commands.executeCommand('designPractice.newPromptFile', { id: 'platform/con', title: 'Console' }), undefined);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), text);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true });
    // Other tests count the catalog's prompts: this one must be gone from it.
    await services.catalog.reload();
    assert.equal(await services.catalog.getPrompt('it-payments/ledger'), undefined);
  });

  it('the level filter shows only the chosen levels, says so in the view, and Clear Level Filter ends it', async () => {
    const total = (await services.catalog.prompts()).length;
    await vscode.commands.executeCommand('designPractice.filterByLevel', ['MLE']);
    const nodes = await allPromptNodes(services);
    assert.ok(nodes.length > 0);
    assert.ok(nodes.every((n) => n.prompt.level === 'MLE'));
    assert.equal(services.treeView.description, 'Level: MLE');
    // The description is not drawn when the view is alone in its container; the message row is.
    assert.equal(services.treeView.message, `Showing MLE prompts only (${nodes.length} of ${total}).`);
    assert.deepEqual(services.context.workspaceState.get('designPractice.levelFilter'), ['MLE']);

    await vscode.commands.executeCommand('designPractice.filterByLevel', ['L4', 'L5']);
    const l4l5 = await allPromptNodes(services);
    assert.equal(services.treeView.message, `Showing L4 and L5 prompts only (${l4l5.length} of ${total}).`);

    await vscode.commands.executeCommand('designPractice.clearLevelFilter');
    assert.equal(services.treeView.description, undefined);
    assert.equal(services.treeView.message, undefined);
    assert.deepEqual(services.promptTree.levelFilter, []);
    assert.equal(services.context.workspaceState.get('designPractice.levelFilter'), undefined);
    assert.equal((await allPromptNodes(services)).length, total);
  });

  it('spoiler-free practice and the answer key follow the settings and the attempts; a diagram in a prompt loads the renderer', async () => {
    const id = 'platform/it-key-prompt';
    const file = vscode.Uri.joinPath(root, '.design-practice', 'prompts', 'it-key-prompt.md');
    await write(
      file,
      USER_PROMPT.replace('platform/it-user-prompt', id).replace('Integration test prompt', 'Key prompt') +
        '\n```mermaid\nflowchart LR\n  client --> limiter\n```\n\n## What to cover\n\n- the counters\n\n## Pitfalls\n\n- counting twice\n\n' +
        '## Answer key\n\n- [data-flow] Counters live in a shared store keyed by client.\n  Look for: counter; shared store | redis\n' +
        '- [ownership] [L5] Fail open or closed when the store is down.\n  Look for: fail open | fail closed\n',
    );
    await until(services.catalog.onDidChange, async () => (await services.catalog.getPrompt(id))?.answerKey.length === 2, 'the prompt with its answer key to load');
    const html = async (check: (h: string) => boolean, what: string): Promise<string> => {
      const current = () => (services.promptPanel.currentPromptId === id ? (services.promptPanel.webviewPanel?.webview.html ?? '') : '');
      // The answer index learns of a file written through the file system from its watcher: a generous bound.
      await waitFor(services.promptPanel.onDidRender, () => check(current()), what, 30_000);
      return current();
    };
    await vscode.commands.executeCommand('designPractice.openPrompt', id);
    const first = await html((h) => h.includes('<h2>Pitfalls</h2>'), 'the prompt view');
    assert.match(first, /2 points a strong answer covers\. They show once you have recorded an attempt/);
    assert.ok(!first.includes('Counters live in a shared store'), 'the key is hidden before an attempt');
    assert.match(first, /<div class="dp-mermaid"><pre class="dp-mermaid-source"><code>flowchart LR/);
    assert.match(first, /<script nonce="[^"]+" src="[^"]+\/dist\/preview\/mermaid\.js"><\/script>/, 'the page with a diagram loads the renderer');
    assert.match(first, /style-src [^;"]+;/);
    assert.ok(!/unsafe-inline/.test(first), 'the CSP stays strict');
    assert.ok(services.promptPanel.webviewPanel!.webview.options.localResourceRoots?.some((r) => r.path.endsWith('/dist/preview')));

    try {
      await setSetting('practice.spoilerFree', true);
      const spoilerFree = await html((h) => h.includes('spoiler-note'), 'the spoiler-free view');
      assert.ok(spoilerFree.includes('<h2>Statement</h2>'));
      assert.ok(!spoilerFree.includes('<h2>Pitfalls</h2>') && !spoilerFree.includes('<h2>What to cover</h2>') && !spoilerFree.includes('answer-key-title'));

      await setSetting('practice.spoilerFree', undefined);
      await setSetting('practice.showAnswerKey', 'always');
      const always = await html((h) => h.includes('Counters live in a shared store') && h.includes('<h2>Pitfalls</h2>'), 'the answer key shown always');
      assert.match(always, /<span class="tag">ownership<\/span> <span class="tag level-l5">L5<\/span> Fail open or closed/);
      await setSetting('practice.showAnswerKey', undefined);
      await html((h) => !h.includes('Counters live in a shared store'), 'the answer key hidden again');

      // A recorded attempt (here a mock interview in the answer's front matter) shows the key, and
      // spoiler-free practice no longer hides anything.
      await setSetting('practice.spoilerFree', true);
      const answer = vscode.Uri.joinPath(root, 'design-notes', 'platform', 'it-key-prompt.md');
      await write(answer, `---\nprompt: ${id}\ninterviews:\n  - started: 2026-12-01T10:00:00Z\n    questions: []\n---\n## Requirements\n\nEach counter lives in a shared store keyed by client.\n`);
      const attempted = await html((h) => h.includes('Counters live in a shared store') && h.includes('<h2>Pitfalls</h2>') && h.includes('key-mark'), 'the key after an attempt, checked');
      assert.ok(!attempted.includes('spoiler-note'));
      assert.match(attempted, /Checked against design-notes\/platform\/it-key-prompt\.md: 1 of 2 points covered/);
      assert.match(attempted, /class="key-point covered"><span class="key-mark covered">Covered<\/span> <span class="tag">data-flow<\/span> Counters live in a shared store keyed by client\. <span class="detail">line 9: /);
      assert.match(attempted, /class="key-point missed"><span class="key-mark missed">Missed<\/span> .*Fail open or closed/);
    } finally {
      await setSetting('practice.spoilerFree', undefined);
      await setSetting('practice.showAnswerKey', undefined);
      await remove(file);
      await remove(vscode.Uri.joinPath(root, 'design-notes', 'platform', 'it-key-prompt.md'));
    }
  });

  it('changing designPractice.notesFolder takes effect', async () => {
    await setSetting('notesFolder', 'other-notes');
    await waitFor(services.settings.onDidChange, () => services.settings.value.notesFolder === 'other-notes', 'the new notes folder');
    assert.equal(await services.answers.statusOf(PROMPT_ID), 'none', 'answers in the old folder no longer count');

    const uri = await vscode.commands.executeCommand<vscode.Uri>('designPractice.startAnswer', OTHER_ID);
    assert.equal(uri?.toString(), vscode.Uri.joinPath(root, 'other-notes', 'streaming', 'adaptive-bitrate.md').toString());
    assert.equal(await services.answers.statusOf(OTHER_ID), 'draft');

    await setSetting('notesFolder', undefined);
    await waitFor(services.settings.onDidChange, () => services.settings.value.notesFolder === 'design-notes', 'the default notes folder');
    assert.equal(await services.answers.statusOf(PROMPT_ID), 'draft', 'the old answers count again');
  });
});
