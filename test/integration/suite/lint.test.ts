/** The linter inside a real VS Code: diagnostics, quick fixes, snippets, settings, status bar. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { promptFileSkeleton } from '../../../src/core/catalog/promptSkeleton';
import { RULE_PAGE_SCHEME } from '../../../src/vscode/lint/rulePages';
import type { Services } from '../../../src/vscode/services';
import { activate, CAPPING_ANSWER_BODY, waitFor, waitForDiagnostics, workspaceRoot } from './helpers';

const ANSWER = `---
prompt: ads/frequency-capping
template: system-design
---
${CAPPING_ANSWER_BODY}`;

function sd001(uri: vscode.Uri, title: string): vscode.Diagnostic | undefined {
  return vscode.languages.getDiagnostics(uri).find((d) => d.source === 'design-practice' && typeof d.code === 'object' && d.code.value === 'SD001' && d.message.startsWith(`Missing section: ${title} (`));
}

async function openAnswer(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), 'lint-tests', name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('designPractice').update(key, value, vscode.ConfigurationTarget.Workspace);
}

describe('linting answers in VS Code', function () {
  let services: Services;
  before(async () => {
    services = await activate();
  });
  afterEach(async () => {
    await setSetting('lint.rules', undefined);
    await setSetting('lint.debounceMs', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('removing the Operability section gives an SD001 warning on the title, and its quick fix restores the section and shows it', async function () {
    // The first test of the suite: it waits for activation, the first lint and the preview's first webview, each bounded.
    this.timeout(60_000);
    // Long enough that the end of the answer, where Operability goes, is out of view from the title.
    const details = Array.from({ length: 120 }, (_, i) => `- Detail ${i + 1} of the counter service.`).join('\n');
    const editor = await openAnswer('capping.md', ANSWER.replace('## Trade-offs', `${details}\n\n## Trade-offs`));
    const uri = editor.document.uri;
    await waitFor(services.linter.onDidLint, () => services.linter.resultFor(uri) !== undefined, 'the first lint');
    assert.equal(sd001(uri, 'Operability'), undefined, 'a complete answer has no SD001');

    const start = editor.document.getText().indexOf('## Operability');
    await editor.edit((b) => b.delete(new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(editor.document.getText().length))));
    await waitForDiagnostics(uri, () => sd001(uri, 'Operability') !== undefined, 'SD001 Missing section: Operability');
    const diagnostic = sd001(uri, 'Operability')!;
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(diagnostic.message, 'Missing section: Operability (it goes after Trade-offs)', 'the message says where it goes');
    assert.equal(editor.document.lineAt(diagnostic.range.start.line).text, '# Ads frequency capping', 'on the title, not on a neighbouring heading (issue 17)');
    const link = (diagnostic.code as { target: vscode.Uri }).target;
    assert.equal(link.scheme, 'command', 'the code opens the rule page rendered');
    // The link carries only the rule id, so it means the same in a desktop, remote or browser window.
    assert.equal(link.path, 'designPractice.openRulePage');
    assert.deepEqual(JSON.parse(link.query), ['SD001']);
    const isPreview = (): boolean => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('markdown.preview') && t.label.includes('SD001')));
    // The preview's first webview can take its time on a busy machine.
    const previewShown = waitFor(vscode.window.tabGroups.onDidChangeTabs, isPreview, 'the rule page in the Markdown preview', 30_000);
    const page = await vscode.commands.executeCommand<vscode.Uri>(link.path, ...(JSON.parse(link.query) as string[]));
    await previewShown;
    // What the preview renders: the rule's page, read from the extension's own files.
    assert.ok(page);
    const text = (await vscode.workspace.openTextDocument(page)).getText();
    assert.match(text, /^# SD001: missing-section\n/);
    assert.match(text, /## What it reports/);
    // Where the extension's folder is a web address (vscode.dev), the page is served as a document of its own.
    const served = await services.rulePages.provideTextDocumentContent(vscode.Uri.from({ scheme: RULE_PAGE_SCHEME, path: '/SD002.md' }));
    assert.match(served, /^# SD002: empty-section\n/);
    assert.match(await services.rulePages.provideTextDocumentContent(vscode.Uri.from({ scheme: RULE_PAGE_SCHEME, path: '/../package.json' })), /^# Not a rule page/);
    await vscode.window.showTextDocument(editor.document);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Insert the Operability section');
    assert.ok(fix?.edit, `a quick fix is offered; got ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await waitForDiagnostics(uri, () => sd001(uri, 'Operability') === undefined, 'the SD001 warning to go');
    assert.match(editor.document.getText(), /\n## Operability\n\n- \*\*Monitoring and alerting:\*\*/);
    // After its edit VS Code runs the fix's command, which shows the inserted section.
    const heading = editor.document.getText().split('\n').indexOf('## Operability');
    const shows = (e: vscode.TextEditor | undefined) => !!e && e.visibleRanges.some((r) => r.start.line <= heading && heading <= r.end.line);
    assert.ok(!shows(vscode.window.activeTextEditor), 'the inserted section is out of view before the command runs');
    assert.ok(fix.command, 'the fix carries a command that shows the section');
    const shown = waitFor(vscode.window.onDidChangeTextEditorVisibleRanges, () => shows(vscode.window.activeTextEditor), 'the inserted section in view');
    await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    await shown;
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, heading, 'the cursor is on its heading');
  });

  it('offers source.fixAll.designPractice and "insert all missing sections"', async () => {
    const editor = await openAnswer('fix-all.md', '---\ntemplate: system-design\n---\n# Sketch\n\n## Architecture\n\n- A queue and a worker pool.\n');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, () => vscode.languages.getDiagnostics(uri).filter((d) => d.message.startsWith('Missing section')).length === 4, 'four SD001 warnings');
    const fixAll = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.designPractice');
    assert.equal(fixAll.length, 1);
    const quick = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, sd001(uri, 'Requirements')!.range, vscode.CodeActionKind.QuickFix.value);
    const all = quick.find((a) => a.title === 'Insert all 4 missing sections');
    assert.ok(all?.edit);
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    await waitForDiagnostics(uri, () => !vscode.languages.getDiagnostics(uri).some((d) => d.message.startsWith('Missing section')), 'no SD001 left');
    const headings = editor.document.getText().match(/^## .+$/gm);
    assert.deepEqual(headings, ['## Requirements', '## Scope', '## Architecture', '## Trade-offs', '## Operability']);
  });

  it('fix-all asked right after an edit (as on save) works on the edited text, not the last lint', async () => {
    const editor = await openAnswer('fix-all-after-edit.md', '---\ntemplate: system-design\n---\n# Sketch\n\n## Architecture\n\n- A queue and a worker pool.\n');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, () => vscode.languages.getDiagnostics(uri).filter((d) => d.message.startsWith('Missing section')).length === 4, 'four SD001 warnings');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(4, 0), '## Requirements\n\n- Ten thousand writes a second.\n\n')));
    const [fixAll] = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.designPractice');
    assert.ok(fixAll?.edit, 'a fix-all action for the edited text');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    assert.deepEqual(editor.document.getText().match(/^## .+$/gm), ['## Requirements', '## Scope', '## Architecture', '## Trade-offs', '## Operability']);
  });

  /** What every completion provider (VS Code's own snippet one too) offers at a position: Ctrl+Space without `trigger`. */
  async function offered(uri: vscode.Uri, line: number, character: number, trigger?: string): Promise<vscode.CompletionItem[]> {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, character), trigger);
    return list.items;
  }
  const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
  const dpLabels = async (uri: vscode.Uri, line: number, character: number, trigger?: string) =>
    (await offered(uri, line, character, trigger)).map(labelOf).filter((l) => l.startsWith('dp-'));

  it('the dp-operability snippet expands into the section with its tab stops', async () => {
    const editor = await openAnswer('snippet.md', '---\ntemplate: system-design\n---\n# Snippet\n\ndp-\n');
    const item = (await offered(editor.document.uri, 5, 3, '-')).find((i) => labelOf(i) === 'dp-operability');
    assert.ok(item && item.insertText instanceof vscode.SnippetString && item.range instanceof vscode.Range, 'dp-operability is offered');
    assert.ok(await editor.insertSnippet(item.insertText, item.range));
    assert.match(editor.document.getText(), /# Snippet\n\n## Operability\n\n- \*\*Monitoring and alerting:\*\* the metrics, dashboards and alerts that show it is healthy\n/);
    assert.equal(editor.document.getText(editor.selection), 'the metrics, dashboards and alerts that show it is healthy', 'the first tab stop is selected');
  });

  it('typing dp- in Markdown offers the snippets (quick suggestions stay off); nothing after other words', async () => {
    const editor = await openAnswer('dp-complete.md', '# Notes\n\ndp-\nsee-\n');
    const items = await offered(editor.document.uri, 2, 3, '-');
    for (const prefix of ['dp-answer', 'dp-ml-answer', 'dp-operability', 'dp-evaluation']) assert.ok(items.some((i) => labelOf(i) === prefix), prefix);
    const item = items.find((i) => labelOf(i) === 'dp-operability')!;
    assert.ok(item.range instanceof vscode.Range && item.range.start.character === 0 && item.range.end.character === 3, 'replaces the typed dp-');
    assert.match((item.insertText as vscode.SnippetString).value, /^## Operability\n/);
    assert.deepEqual(await dpLabels(editor.document.uri, 3, 4, '-'), [], 'see- is not dp-');
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).get('quickSuggestions') !== undefined, true);
  });

  it('no dp- snippet is offered in a heading, asked for or not; Ctrl+Space offers them after dp or on an empty line (issue 17, item 14)', async () => {
    // `## Op` then a quick Enter once wrote `## ## Operability`: VS Code matched the contributed snippets against any word.
    const editor = await openAnswer('heading-complete.md', '---\ntemplate: system-design\n---\n# T\n\n## \n## Op\n\ndp\n');
    const uri = editor.document.uri;
    assert.deepEqual(await dpLabels(uri, 5, 3), [], 'Ctrl+Space after "## "');
    assert.deepEqual(await dpLabels(uri, 6, 5), [], 'Ctrl+Space after "## Op"');
    assert.deepEqual(await dpLabels(uri, 5, 1, '#'), [], 'typing #');
    assert.ok((await dpLabels(uri, 7, 0)).includes('dp-operability'), 'Ctrl+Space on an empty line');
    assert.ok((await dpLabels(uri, 8, 2)).includes('dp-operability'), 'Ctrl+Space after dp');
  });

  it('in an answer, dp- offers only what fits: sections of its template it lacks, no ML-only snippet (issue 17, item 19)', async () => {
    const sd = await openAnswer('fit-sd.md', '---\ntemplate: system-design\n---\n# T\n\n## Requirements\n\n- 1M users.\n\ndp-\n');
    const sdOffered = await dpLabels(sd.document.uri, 9, 3, '-');
    for (const prefix of ['dp-scope', 'dp-operability', 'dp-follow-ups', 'dp-diagram']) assert.ok(sdOffered.includes(prefix), prefix);
    for (const prefix of ['dp-requirements', 'dp-evaluation', 'dp-ml-requirements', 'dp-ml-answer', 'dp-answer']) assert.ok(!sdOffered.includes(prefix), prefix);

    const ml = await openAnswer('fit-ml.md', '---\ntemplate: ml-system-design\n---\n# T\n\n## Evaluation\n\n- NDCG offline, watch time online.\n\ndp-\n');
    const mlOffered = await dpLabels(ml.document.uri, 9, 3, '-');
    for (const prefix of ['dp-ml-requirements', 'dp-scope', 'dp-ml-operability']) assert.ok(mlOffered.includes(prefix), prefix);
    for (const prefix of ['dp-evaluation', 'dp-requirements', 'dp-operability', 'dp-answer']) assert.ok(!mlOffered.includes(prefix), prefix);
  });

  it('insertSection puts a chosen missing section where the template puts it', async () => {
    const editor = await openAnswer('insert.md', '---\ntemplate: system-design\n---\n# T\n\n## Requirements\n\n- 1M users.\n\n## Architecture\n\n- A cache.\n');
    const inserted = await vscode.commands.executeCommand<string>('designPractice.insertSection', 'scope');
    assert.equal(inserted, 'scope');
    assert.deepEqual(editor.document.getText().match(/^## .+$/gm), ['## Requirements', '## Scope', '## Architecture']);
  });

  it('a settings change takes effect: turning SD001 off clears it, an invalid value is reported and ignored', async () => {
    const editor = await openAnswer('settings.md', '---\ntemplate: system-design\n---\n# T\n\n## Requirements\n\n- 1M users.\n');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, () => sd001(uri, 'Operability') !== undefined, 'SD001 before the change');
    await setSetting('lint.rules', { SD001: 'off' });
    await waitForDiagnostics(uri, () => sd001(uri, 'Operability') === undefined, 'SD001 to go when turned off');
    await setSetting('lint.rules', { 'missing-section': 'error' });
    await waitForDiagnostics(uri, () => sd001(uri, 'Operability')?.severity === vscode.DiagnosticSeverity.Error, 'SD001 as an error');
    await setSetting('lint.rules', { SD001: 'loud' });
    await waitForDiagnostics(uri, () => sd001(uri, 'Operability')?.severity === vscode.DiagnosticSeverity.Warning, 'SD001 back at its default');
  });

  it('prompt files are never linted as answers: in a prompt folder, or with id, title and team', async () => {
    const inFolder = vscode.Uri.joinPath(workspaceRoot(), '.design-practice', 'prompts', 'it-lint-prompt.md');
    await vscode.workspace.fs.writeFile(inFolder, new TextEncoder().encode(promptFileSkeleton('platform/it-lint-prompt', 'platform')));
    try {
      const folderPrompt = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(inFolder));
      // Outside any prompt folder, and with a YAML mistake: the keys still say it is a prompt.
      const loosePrompt = await openAnswer('own-prompt.md', '---\nid: payments/ledger\ntitle: Ledger\nteam: payments\ntemplate: system-design\ntags: [a\n---\n## Statement\n\nDesign a ledger.\n');
      const answer = await openAnswer('after-prompts.md', ANSWER);
      await waitFor(services.linter.onDidLint, () => services.linter.resultFor(answer.document.uri) !== undefined, 'the answer opened after them to be linted');
      for (const doc of [folderPrompt.document, loosePrompt.document]) {
        assert.equal(services.linter.resultFor(doc.uri), undefined, doc.uri.path);
        assert.deepEqual(vscode.languages.getDiagnostics(doc.uri).filter((d) => typeof d.code === 'object'), [], doc.uri.path);
      }
      assert.ok(services.statusBar.text.includes('5/5 sections'));
      await vscode.window.showTextDocument(folderPrompt.document);
      await waitFor(vscode.window.onDidChangeActiveTextEditor, () => services.statusBar.text === '', 'the status bar to hide on a prompt file');
    } finally {
      await vscode.workspace.fs.delete(inFolder);
      // Other suites count the catalog's prompts: this one must be gone from it.
      await services.catalog.reload();
    }
  });

  it('plain Markdown is never linted; the status bar counts sections of the active answer', async () => {
    const plain = await openAnswer('notes.md', '# Shopping list\n\n- milk\n');
    const answer = await openAnswer('status.md', ANSWER.replace(/## Operability[\s\S]*$/, ''));
    // Events arrive in order: once the answer opened after it is linted, the plain file was seen.
    await waitFor(services.linter.onDidLint, () => services.statusBar.text.includes('4/5 sections'), 'the status bar to show 4/5 sections');
    assert.ok(services.linter.resultFor(answer.document.uri));
    assert.equal(services.linter.resultFor(plain.document.uri), undefined);
    // Counted with the Problems panel's words, and only sections with words of the user's ticked.
    assert.match(services.statusBar.text, /4\/5 sections · 1 warning(, \d+ info)?$/);
    assert.match(services.statusBar.tooltip, /^- ✓ Requirements: from “Requirements” \(line \d+\)$/m);
    assert.match(services.statusBar.tooltip, /^- ✗ Operability: missing$/m);
    assert.deepEqual(vscode.languages.getDiagnostics(plain.document.uri), []);
  });

  it('an answer outside the notes folder whose front matter runs past 200 lines and 64 KB is linted (issue 17, item 12)', async () => {
    const records = Array.from({ length: 900 }, (_, i) => `  - "Interview ${i}: how does the counter store fail over, and who decides when it does?"`).join('\n');
    const text = ANSWER.replace('template: system-design\n', `template: system-design\nquestions:\n${records}\n`).replace(/## Operability[\s\S]*$/, '');
    assert.ok(text.indexOf('\n---\n', 4) > 64 * 1024, 'the block ends past 64 KB');
    const editor = await openAnswer('long-front-matter.md', text);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, () => sd001(uri, 'Operability') !== undefined, 'SD001 on the answer with a long front matter');
  });

  it('a project .design-practice.json is layered over the settings, and a broken one is reported on the file', async () => {
    const configUri = vscode.Uri.joinPath(workspaceRoot(), 'lint-tests', 'project', '.design-practice.json');
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(configUri, '..'));
    await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode('{ "rules": { "missing-section": "off" } }\n'));
    const editor = await openAnswer('project/answer.md', '---\ntemplate: system-design\n---\n# T\n\n## Requirements\n\n- 1M users.\n');
    const uri = editor.document.uri;
    await services.linter.configLoaded(uri);
    await waitForDiagnostics(uri, () => services.linter.resultFor(uri) !== undefined && sd001(uri, 'Operability') === undefined, 'the project file to turn SD001 off');

    await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode('{ "rules": { oops } }\n'));
    await waitForDiagnostics(configUri, (d) => d.some((x) => x.message.startsWith('Not valid JSON')), 'the broken file to be reported on itself');
    await waitForDiagnostics(uri, () => sd001(uri, 'Operability') !== undefined, 'the defaults to apply again');

    // A misspelt section id is a warning on the file naming the key, and SD001 keeps checking.
    await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode('{ "requiredSections": ["requirments"], "aliases": { "tradeoffs": ["Costs"] } }\n'));
    await waitForDiagnostics(
      configUri,
      (d) => d.some((x) => x.message.startsWith('requiredSections: Unknown section id "requirments"')) && d.some((x) => x.message.startsWith('aliases.tradeoffs: Unknown section id')),
      'the unknown section ids to be reported on the file',
    );
    assert.ok(vscode.languages.getDiagnostics(configUri).every((x) => x.severity === vscode.DiagnosticSeverity.Warning));
    await waitForDiagnostics(uri, () => sd001(uri, 'Operability') !== undefined, 'SD001 to check the template’s sections');
    await vscode.workspace.fs.delete(configUri);
  });

  it('an edit is linted long before a large debounce: the setting is only the upper bound', async () => {
    await setSetting('lint.debounceMs', 5000);
    const editor = await openAnswer('adaptive.md', ANSWER);
    const uri = editor.document.uri;
    await waitFor(services.linter.onDidLint, () => services.linter.resultFor(uri) !== undefined, 'the answer to be linted on open');
    assert.equal(sd001(uri, 'Operability'), undefined);
    const start = editor.document.getText().indexOf('## Operability');
    await editor.edit((b) => b.delete(new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(editor.document.getText().length))));
    // A small answer lints in a few ms, so it is linted ~50 ms after the edit, not after 5 s.
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => sd001(uri, 'Operability') !== undefined, 'SD001 well before the 5 s debounce', 2500);
  });

  it('an opened answer is linted at once with the settings, and again only when its project file says otherwise', async () => {
    const root = vscode.Uri.joinPath(workspaceRoot(), 'lint-tests', 'first-lint');
    const write = (path: string, text: string) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(root, path), new TextEncoder().encode(text));
    const text = '---\ntemplate: system-design\n---\n# T\n\n## Requirements\n\n- 1M users.\n';
    // The watcher's events for the new project files re-lint open answers; they are waited for
    // here, so a late one cannot land in the middle of the counting below.
    // Watched from the workspace folder: a watcher on a folder that does not exist yet (as `root` may
    // not) never reports what is later created in it.
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(workspaceRoot(), 'lint-tests/**'));
    const seen = new Set<string>();
    // Created, or changed when an earlier run left them there.
    const createdOrChanged = (listener: (u: vscode.Uri) => unknown): vscode.Disposable =>
      vscode.Disposable.from(watcher.onDidCreate(listener), watcher.onDidChange(listener));
    const exists = (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(
      () => true,
      () => false,
    );
    /** Runs `make` and waits until the watcher reported each of `paths` (under `root`): the files, and the folders that were not there. */
    const made = async (paths: string[], make: () => Thenable<unknown>): Promise<void> => {
      const awaited: string[] = [];
      for (const p of paths) {
        const uri = vscode.Uri.joinPath(root, p);
        if (p.endsWith('.json') || !(await exists(uri))) awaited.push(uri.path);
      }
      const reported = waitFor(createdOrChanged, (u) => (u && seen.add(u.path), awaited.every((p) => seen.has(p))), `the watcher to see ${paths.join(', ')}`);
      await make();
      await reported;
    };
    try {
      // VS Code's watcher watches a new folder only once it reported it: what is made in it before
      // then is never reported. So each level is made after the watcher saw the one above.
      await made(['.'], () => vscode.workspace.fs.createDirectory(root));
      await made(['differs', 'same'], async () => {
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(root, 'differs'));
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(root, 'same'));
      });
      await made(['differs/.design-practice.json', 'same/.design-practice.json'], async () => {
        await write('differs/.design-practice.json', '{ "rules": { "missing-section": "off" } }\n');
        await write('same/.design-practice.json', '{ "rules": {} }\n');
      });
    } finally {
      watcher.dispose();
    }
    /** Whether each lint of the answer in `folder` reported SD001, in order, once its project file was looked for. */
    const lints = async (folder: string): Promise<boolean[]> => {
      await write(`${folder}/answer.md`, text);
      const uri = vscode.Uri.joinPath(root, folder, 'answer.md');
      const seen: boolean[] = [];
      const sub = services.linter.onDidLint((linted) => {
        if (linted.toString() === uri.toString()) seen.push(services.linter.resultFor(uri)?.analysis.findings.some((f) => f.ruleId === 'SD001') ?? false);
      });
      try {
        await vscode.workspace.openTextDocument(uri);
        await services.linter.configLoaded(uri);
        await waitFor(services.linter.onDidLint, () => seen.length > 0, `the answer in ${folder} to be linted`);
      } finally {
        sub.dispose();
      }
      return seen;
    };
    assert.deepEqual(await lints('none'), [true], 'no project file: one lint, with the settings');
    assert.deepEqual(await lints('same'), [true], 'a project file that changes nothing: no second lint');
    assert.deepEqual(await lints('differs'), [true, false], 'linted at once with the settings, then again with the project file');
  });
});
