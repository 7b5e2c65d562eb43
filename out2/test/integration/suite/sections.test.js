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
/** Seeing and teaching how answer headings are read, inside a real VS Code: hover, status bar, teach-alias quick fix. */
const assert = __importStar(require("node:assert/strict"));
const vscode = __importStar(require("vscode"));
const helpers_1 = require("./helpers");
const ANSWER = [
    '---',
    'template: system-design',
    '---',
    '# Metrics pipeline',
    '',
    '## Requirements',
    '',
    '- 2 million events per second, p99 under 200 ms.',
    '',
    '### Out of scope',
    '',
    '- Billing.',
    '',
    '## High-level design',
    '',
    '- Collectors write to a log; aggregators roll up per minute, because queries read minutes.',
    '',
    '## Trade-offs',
    '',
    '- Per-minute roll-ups over raw events: cheaper reads, but no per-second drill-down.',
    '',
    '## Running it',
    '',
    '- Alerts on consumer lag; the data platform team owns it and is on call.',
    '',
].join('\n');
const missingOperability = (uri) => vscode.languages.getDiagnostics(uri).find((d) => typeof d.code === 'object' && d.code.value === 'SD001' && d.message === 'Missing section: Operability');
async function hoverText(uri, line) {
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(line, 4));
    // Markdown escapes (High\-level) removed, so the test reads the words.
    return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/\\(.)/g, '$1');
}
describe('how headings are read, in VS Code', function () {
    let services;
    const folder = () => vscode.Uri.joinPath((0, helpers_1.workspaceRoot)(), 'lint-tests', 'teach');
    before(async () => {
        services = await (0, helpers_1.activate)();
    });
    afterEach(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
    async function open(name, text) {
        const uri = vscode.Uri.joinPath(folder(), name);
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
        const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        await (0, helpers_1.waitForDiagnostics)(uri, () => missingOperability(uri) !== undefined, 'SD001 Missing section: Operability');
        return editor;
    }
    it('hovering a heading says which section it is read as, or that it names none', async () => {
        const editor = await open('hover.md', ANSWER);
        const uri = editor.document.uri;
        assert.match(await hoverText(uri, 13), /Design Practice reads this as: Architecture/);
        assert.match(await hoverText(uri, 9), /Design Practice reads this as: Scope/);
        assert.match(await hoverText(uri, 21), /Design Practice reads this as no section/);
        assert.equal(await hoverText(uri, 7), '', 'no hover on a line that is not a heading');
    });
    it('the status-bar tooltip says which heading each section comes from', async () => {
        const editor = await open('status.md', ANSWER);
        await (0, helpers_1.waitFor)(services.linter.onDidLint, () => services.statusBar.tooltip.includes('Architecture'), 'the tooltip to list the sections');
        const tooltip = services.statusBar.tooltip;
        assert.match(tooltip, /✓ Scope: from “Out of scope” \(line 10\)/);
        assert.match(tooltip, /✓ Architecture: from “High\\-level design” \(line 14\)/);
        assert.match(tooltip, /✗ Operability/);
        assert.ok(editor);
    });
    it('"Treat \'Running it\' as Operability" adds the alias to the project file, keeping its formatting, and the warning goes', async () => {
        const configUri = vscode.Uri.joinPath(folder(), '.design-practice.json');
        const original = '{\n    "rules": { "SD005": "warning" },\n    "aliases": {\n        "scope": ["What we skip"]\n    }\n}\n';
        await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode(original));
        try {
            const editor = await open('teach.md', ANSWER);
            const uri = editor.document.uri;
            const diagnostic = missingOperability(uri);
            const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
            const teach = actions.find((a) => a.title === "Treat 'Running it' as Operability");
            assert.ok(teach?.command, `the quick fix is offered; got ${actions.map((a) => a.title).join(', ')}`);
            assert.equal(await vscode.commands.executeCommand(teach.command.command, ...(teach.command.arguments ?? [])), true);
            await (0, helpers_1.waitForDiagnostics)(uri, () => missingOperability(uri) === undefined, 'the SD001 warning to go');
            const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(configUri));
            // The rest of the file keeps its layout: the rules line as written, four-space indentation.
            assert.ok(saved.startsWith('{\n    "rules": { "SD005": "warning" },\n    "aliases": {\n        "scope": ['), saved);
            assert.match(saved, /\n {8}"operability": \[/);
            assert.deepEqual(JSON.parse(saved), { rules: { SD005: 'warning' }, aliases: { scope: ['What we skip'], operability: ['Running it'] } });
        }
        finally {
            await vscode.workspace.fs.delete(configUri);
        }
    });
    it('creates the project file at the folder root when there is none', async () => {
        const configUri = vscode.Uri.joinPath((0, helpers_1.workspaceRoot)(), '.design-practice.json');
        const editor = await open('create.md', ANSWER.replace('## Running it', '## Keeping it up'));
        const uri = editor.document.uri;
        try {
            const ok = await vscode.commands.executeCommand('designPractice.teachAlias', uri, 'operability', 'Keeping it up');
            assert.equal(ok, true);
            await (0, helpers_1.waitForDiagnostics)(uri, () => missingOperability(uri) === undefined, 'the SD001 warning to go');
            assert.deepEqual(JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(configUri))), { aliases: { operability: ['Keeping it up'] } });
        }
        finally {
            await vscode.workspace.fs.delete(configUri);
        }
    });
});
//# sourceMappingURL=sections.test.js.map