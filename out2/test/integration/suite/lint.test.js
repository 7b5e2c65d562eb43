"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
/** The linter inside a real VS Code: diagnostics, quick fixes, snippets, settings, status bar. */
const assert = __importStar(require("node:assert/strict"));
const vscode = __importStar(require("vscode"));
const promptSkeleton_1 = require("../../../src/core/catalog/promptSkeleton");
const rulePages_1 = require("../../../src/vscode/lint/rulePages");
const helpers_1 = require("./helpers");
const ANSWER = `---
prompt: ads/frequency-capping
template: system-design
---
${helpers_1.CAPPING_ANSWER_BODY}`;
function sd001(uri, title) {
    return vscode.languages.getDiagnostics(uri).find((d) => d.source === 'design-practice' && typeof d.code === 'object' && d.code.value === 'SD001' && d.message === `Missing section: ${title}`);
}
async function openAnswer(name, text) {
    const uri = vscode.Uri.joinPath((0, helpers_1.workspaceRoot)(), 'lint-tests', name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const doc = await vscode.workspace.openTextDocument(uri);
    return vscode.window.showTextDocument(doc);
}
async function setSetting(key, value) {
    await vscode.workspace.getConfiguration('designPractice').update(key, value, vscode.ConfigurationTarget.Workspace);
}
describe('linting answers in VS Code', function () {
    let services;
    before(async () => {
        services = await (0, helpers_1.activate)();
    });
    afterEach(async () => {
        await setSetting('lint.rules', undefined);
        await setSetting('lint.debounceMs', undefined);
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
    it('removing the Operability section gives an SD001 warning, and its quick fix restores the section', async function () {
        // The first test of the suite: it waits for activation, the first lint and the preview's first webview, each bounded.
        this.timeout(60_000);
        const editor = await openAnswer('capping.md', ANSWER);
        const uri = editor.document.uri;
        await (0, helpers_1.waitFor)(services.linter.onDidLint, () => services.linter.resultFor(uri) !== undefined, 'the first lint');
        assert.equal(sd001(uri, 'Operability'), undefined, 'a complete answer has no SD001');
        const start = editor.document.getText().indexOf('## Operability');
        await editor.edit((b) => b.delete(new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(editor.document.getText().length))));
        await (0, helpers_1.waitForDiagnostics)(uri, () => sd001(uri, 'Operability') !== undefined, 'SD001 Missing section: Operability');
        const diagnostic = sd001(uri, 'Operability');
        assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
        const link = diagnostic.code.target;
        assert.equal(link.scheme, 'command', 'the code opens the rule page rendered');
        // The link carries only the rule id, so it means the same in a desktop, remote or browser window.
        assert.equal(link.path, 'designPractice.openRulePage');
        assert.deepEqual(JSON.parse(link.query), ['SD001']);
        const isPreview = () => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('markdown.preview') && t.label.includes('SD001')));
        // The preview's first webview can take its time on a busy machine.
        const previewShown = (0, helpers_1.waitFor)(vscode.window.tabGroups.onDidChangeTabs, isPreview, 'the rule page in the Markdown preview', 30_000);
        const page = await vscode.commands.executeCommand(link.path, ...JSON.parse(link.query));
        await previewShown;
        // What the preview renders: the rule's page, read from the extension's own files.
        assert.ok(page);
        const text = (await vscode.workspace.openTextDocument(page)).getText();
        assert.match(text, /^# SD001: missing-section\n/);
        assert.match(text, /## What it reports/);
        // Where the extension's folder is a web address (vscode.dev), the page is served as a document of its own.
        const served = await services.rulePages.provideTextDocumentContent(vscode.Uri.from({ scheme: rulePages_1.RULE_PAGE_SCHEME, path: '/SD002.md' }));
        assert.match(served, /^# SD002: empty-section\n/);
        assert.match(await services.rulePages.provideTextDocumentContent(vscode.Uri.from({ scheme: rulePages_1.RULE_PAGE_SCHEME, path: '/../package.json' })), /^# Not a rule page/);
        await vscode.window.showTextDocument(editor.document);
        const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
        const fix = actions.find((a) => a.title === 'Insert the Operability section');
        assert.ok(fix?.edit, `a quick fix is offered; got ${actions.map((a) => a.title).join(', ')}`);
        assert.ok(await vscode.workspace.applyEdit(fix.edit));
        await (0, helpers_1.waitForDiagnostics)(uri, () => sd001(uri, 'Operability') === undefined, 'the SD001 warning to go');
        assert.match(editor.document.getText(), /\n## Operability\n\n- \*\*Monitoring and alerting:\*\*/);
    });
    it('offers source.fixAll.designPractice and "insert all missing sections"', async () => {
        const editor = await openAnswer('fix-all.md', '---\ntemplate: system-design\n---\n# Sketch\n\n## Architecture\n\n- A queue and a worker pool.\n');
        const uri = editor.document.uri;
        await (0, helpers_1.waitForDiagnostics)(uri, () => vscode.languages.getDiagnostics(uri).filter((d) => d.message.startsWith('Missing section')).length === 4, 'four SD001 warnings');
        const fixAll = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.designPractice');
        assert.equal(fixAll.length, 1);
        const quick = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, sd001(uri, 'Requirements').range, vscode.CodeActionKind.QuickFix.value);
        const all = quick.find((a) => a.title === 'Insert all 4 missing sections');
        assert.ok(all?.edit);
        assert.ok(await vscode.workspace.applyEdit(all.edit));
        await (0, helpers_1.waitForDiagnostics)(uri, () => !vscode.languages.getDiagnostics(uri).some((d) => d.message.startsWith('Missing section')), 'no SD001 left');
        const headings = editor.document.getText().match(/^## .+$/gm);
        assert.deepEqual(headings, ['## Requirements', '## Scope', '## Architecture', '## Trade-offs', '## Operability']);
    });
    it('fix-all asked right after an edit (as on save) works on the edited text, not the last lint', async () => {
        const editor = await openAnswer('fix-all-after-edit.md', '---\ntemplate: system-design\n---\n# Sketch\n\n## Architecture\n\n- A queue and a worker pool.\n');
        const uri = editor.document.uri;
        await (0, helpers_1.waitForDiagnostics)(uri, () => vscode.languages.getDiagnostics(uri).filter((d) => d.message.startsWith('Missing section')).length === 4, 'four SD001 warnings');
        assert.ok(await editor.edit((b) => b.insert(new vscode.Position(4, 0), '## Requirements\n\n- Ten thousand writes a second.\n\n')));
        const [fixAll] = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.designPractice');
        assert.ok(fixAll?.edit, 'a fix-all action for the edited text');
        assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
        assert.deepEqual(editor.document.getText().match(/^## .+$/gm), ['## Requirements', '## Scope', '## Architecture', '## Trade-offs', '## Operability']);
    });
    it('the dp-operability snippet expands into the section with its tab stops', async () => {
        const editor = await openAnswer('snippet.md', '---\ntemplate: system-design\n---\n# Snippet\n\n');
        editor.selection = new vscode.Selection(5, 0, 5, 0);
        await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Design Practice: Operability section' });
        assert.match(editor.document.getText(), /## Operability\n\n- \*\*Monitoring and alerting:\*\* the metrics, dashboards and alerts that show it is healthy\n/);
        assert.equal(editor.document.getText(editor.selection), 'the metrics, dashboards and alerts that show it is healthy', 'the first tab stop is selected');
    });
    it('typing dp- in Markdown offers the snippets (quick suggestions stay off); nothing after other words', async () => {
        const editor = await openAnswer('dp-complete.md', '# Notes\n\ndp-\nsee-\n');
        const complete = (line, character) => vscode.commands.executeCommand('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(line, character), '-');
        const labels = (list) => list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
        const offered = await complete(2, 3);
        for (const prefix of ['dp-answer', 'dp-ml-answer', 'dp-operability'])
            assert.ok(labels(offered).includes(prefix), prefix);
        const item = offered.items.find((i) => labels({ items: [i] })[0] === 'dp-operability');
        assert.ok(item.range instanceof vscode.Range && item.range.start.character === 0 && item.range.end.character === 3, 'replaces the typed dp-');
        assert.match(item.insertText.value, /^## Operability\n/);
        assert.ok(!labels(await complete(3, 4)).some((l) => l.startsWith('dp-')), 'see- is not dp-');
        assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).get('quickSuggestions') !== undefined, true);
    });
    it('insertSection puts a chosen missing section where the template puts it', async () => {
        const editor = await openAnswer('insert.md', '---\ntemplate: system-design\n---\n# T\n\n## Requirements\n\n- 1M users.\n\n## Architecture\n\n- A cache.\n');
        const inserted = await vscode.commands.executeCommand('designPractice.insertSection', 'scope');
        assert.equal(inserted, 'scope');
        assert.deepEqual(editor.document.getText().match(/^## .+$/gm), ['## Requirements', '## Scope', '## Architecture']);
    });
    it('a settings change takes effect: turning SD001 off clears it, an invalid value is reported and ignored', async () => {
        const editor = await openAnswer('settings.md', '---\ntemplate: system-design\n---\n# T\n\n## Requirements\n\n- 1M users.\n');
        const uri = editor.document.uri;
        await (0, helpers_1.waitForDiagnostics)(uri, () => sd001(uri, 'Operability') !== undefined, 'SD001 before the change');
        await setSetting('lint.rules', { SD001: 'off' });
        await (0, helpers_1.waitForDiagnostics)(uri, () => sd001(uri, 'Operability') === undefined, 'SD001 to go when turned off');
        await setSetting('lint.rules', { 'missing-section': 'error' });
        await (0, helpers_1.waitForDiagnostics)(uri, () => sd001(uri, 'Operability')?.severity === vscode.DiagnosticSeverity.Error, 'SD001 as an error');
        await setSetting('lint.rules', { SD001: 'loud' });
        await (0, helpers_1.waitForDiagnostics)(uri, () => sd001(uri, 'Operability')?.severity === vscode.DiagnosticSeverity.Warning, 'SD001 back at its default');
    });
    it('prompt files are never linted as answers: in a prompt folder, or with id, title and team', async () => {
        const inFolder = vscode.Uri.joinPath((0, helpers_1.workspaceRoot)(), '.design-practice', 'prompts', 'it-lint-prompt.md');
        await vscode.workspace.fs.writeFile(inFolder, new TextEncoder().encode((0, promptSkeleton_1.promptFileSkeleton)('platform/it-lint-prompt', 'platform')));
        try {
            const folderPrompt = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(inFolder));
            // Outside any prompt folder, and with a YAML mistake: the keys still say it is a prompt.
            const loosePrompt = await openAnswer('own-prompt.md', '---\nid: payments/ledger\ntitle: Ledger\nteam: payments\ntemplate: system-design\ntags: [a\n---\n## Statement\n\nDesign a ledger.\n');
            const answer = await openAnswer('after-prompts.md', ANSWER);
            await (0, helpers_1.waitFor)(services.linter.onDidLint, () => services.linter.resultFor(answer.document.uri) !== undefined, 'the answer opened after them to be linted');
            for (const doc of [folderPrompt.document, loosePrompt.document]) {
                assert.equal(services.linter.resultFor(doc.uri), undefined, doc.uri.path);
                assert.deepEqual(vscode.languages.getDiagnostics(doc.uri).filter((d) => typeof d.code === 'object'), [], doc.uri.path);
            }
            assert.ok(services.statusBar.text.includes('5/5 sections'));
            await vscode.window.showTextDocument(folderPrompt.document);
            await (0, helpers_1.waitFor)(vscode.window.onDidChangeActiveTextEditor, () => services.statusBar.text === '', 'the status bar to hide on a prompt file');
        }
        finally {
            await vscode.workspace.fs.delete(inFolder);
            // Other suites count the catalog's prompts: this one must be gone from it.
            await services.catalog.reload();
        }
    });
    it('plain Markdown is never linted; the status bar counts sections of the active answer', async () => {
        const plain = await openAnswer('notes.md', '# Shopping list\n\n- milk\n');
        const answer = await openAnswer('status.md', ANSWER.replace(/## Operability[\s\S]*$/, ''));
        // Events arrive in order: once the answer opened after it is linted, the plain file was seen.
        await (0, helpers_1.waitFor)(services.linter.onDidLint, () => services.statusBar.text.includes('4/5 sections'), 'the status bar to show 4/5 sections');
        assert.ok(services.linter.resultFor(answer.document.uri));
        assert.equal(services.linter.resultFor(plain.document.uri), undefined);
        // Counted with the Problems panel's words, and only sections with words of the user's ticked.
        assert.match(services.statusBar.text, /4\/5 sections · 1 warning(, \d+ info)?$/);
        assert.match(services.statusBar.tooltip, /^- ✓ Requirements: from “Requirements” \(line \d+\)$/m);
        assert.match(services.statusBar.tooltip, /^- ✗ Operability: missing$/m);
        assert.deepEqual(vscode.languages.getDiagnostics(plain.document.uri), []);
    });
    it('a project .design-practice.json is layered over the settings, and a broken one is reported on the file', async () => {
        const configUri = vscode.Uri.joinPath((0, helpers_1.workspaceRoot)(), 'lint-tests', 'project', '.design-practice.json');
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(configUri, '..'));
        await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode('{ "rules": { "missing-section": "off" } }\n'));
        const editor = await openAnswer('project/answer.md', '---\ntemplate: system-design\n---\n# T\n\n## Requirements\n\n- 1M users.\n');
        const uri = editor.document.uri;
        await services.linter.configLoaded(uri);
        await (0, helpers_1.waitForDiagnostics)(uri, () => services.linter.resultFor(uri) !== undefined && sd001(uri, 'Operability') === undefined, 'the project file to turn SD001 off');
        await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode('{ "rules": { oops } }\n'));
        await (0, helpers_1.waitForDiagnostics)(configUri, (d) => d.some((x) => x.message.startsWith('Not valid JSON')), 'the broken file to be reported on itself');
        await (0, helpers_1.waitForDiagnostics)(uri, () => sd001(uri, 'Operability') !== undefined, 'the defaults to apply again');
        // A misspelt section id is a warning on the file naming the key, and SD001 keeps checking.
        await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode('{ "requiredSections": ["requirments"], "aliases": { "tradeoffs": ["Costs"] } }\n'));
        await (0, helpers_1.waitForDiagnostics)(configUri, (d) => d.some((x) => x.message.startsWith('requiredSections: Unknown section id "requirments"')) && d.some((x) => x.message.startsWith('aliases.tradeoffs: Unknown section id')), 'the unknown section ids to be reported on the file');
        assert.ok(vscode.languages.getDiagnostics(configUri).every((x) => x.severity === vscode.DiagnosticSeverity.Warning));
        await (0, helpers_1.waitForDiagnostics)(uri, () => sd001(uri, 'Operability') !== undefined, 'SD001 to check the template’s sections');
        await vscode.workspace.fs.delete(configUri);
    });
    it('an edit is linted long before a large debounce: the setting is only the upper bound', async () => {
        await setSetting('lint.debounceMs', 5000);
        const editor = await openAnswer('adaptive.md', ANSWER);
        const uri = editor.document.uri;
        await (0, helpers_1.waitFor)(services.linter.onDidLint, () => services.linter.resultFor(uri) !== undefined, 'the answer to be linted on open');
        assert.equal(sd001(uri, 'Operability'), undefined);
        const start = editor.document.getText().indexOf('## Operability');
        await editor.edit((b) => b.delete(new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(editor.document.getText().length))));
        // A small answer lints in a few ms, so it is linted ~50 ms after the edit, not after 5 s.
        await (0, helpers_1.waitFor)(vscode.languages.onDidChangeDiagnostics, () => sd001(uri, 'Operability') !== undefined, 'SD001 well before the 5 s debounce', 2500);
    });
    it('an opened answer is linted at once with the settings, and again only when its project file says otherwise', async () => {
        const root = vscode.Uri.joinPath((0, helpers_1.workspaceRoot)(), 'lint-tests', 'first-lint');
        const write = (path, text) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(root, path), new TextEncoder().encode(text));
        const text = '---\ntemplate: system-design\n---\n# T\n\n## Requirements\n\n- 1M users.\n';
        // The watcher's events for the new project files re-lint open answers; they are waited for
        // here, so a late one cannot land in the middle of the counting below.
        // Watched from the workspace folder: a watcher on a folder that does not exist yet (as `root` may
        // not) never reports what is later created in it.
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern((0, helpers_1.workspaceRoot)(), 'lint-tests/**'));
        const seen = new Set();
        // Created, or changed when an earlier run left them there.
        const createdOrChanged = (listener) => vscode.Disposable.from(watcher.onDidCreate(listener), watcher.onDidChange(listener));
        const exists = (uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);
        /** Runs `make` and waits until the watcher reported each of `paths` (under `root`): the files, and the folders that were not there. */
        const made = async (paths, make) => {
            const awaited = [];
            for (const p of paths) {
                const uri = vscode.Uri.joinPath(root, p);
                if (p.endsWith('.json') || !(await exists(uri)))
                    awaited.push(uri.path);
            }
            const reported = (0, helpers_1.waitFor)(createdOrChanged, (u) => (u && seen.add(u.path), awaited.every((p) => seen.has(p))), `the watcher to see ${paths.join(', ')}`);
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
        }
        finally {
            watcher.dispose();
        }
        /** Whether each lint of the answer in `folder` reported SD001, in order, once its project file was looked for. */
        const lints = async (folder) => {
            await write(`${folder}/answer.md`, text);
            const uri = vscode.Uri.joinPath(root, folder, 'answer.md');
            const seen = [];
            const sub = services.linter.onDidLint((linted) => {
                if (linted.toString() === uri.toString())
                    seen.push(services.linter.resultFor(uri)?.analysis.findings.some((f) => f.ruleId === 'SD001') ?? false);
            });
            try {
                await vscode.workspace.openTextDocument(uri);
                await services.linter.configLoaded(uri);
                await (0, helpers_1.waitFor)(services.linter.onDidLint, () => seen.length > 0, `the answer in ${folder} to be linted`);
            }
            finally {
                sub.dispose();
            }
            return seen;
        };
        assert.deepEqual(await lints('none'), [true], 'no project file: one lint, with the settings');
        assert.deepEqual(await lints('same'), [true], 'a project file that changes nothing: no second lint');
        assert.deepEqual(await lints('differs'), [true, false], 'linted at once with the settings, then again with the project file');
    });
});
//# sourceMappingURL=lint.test.js.map