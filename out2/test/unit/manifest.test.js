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
/** package.json is the extension's contract with VS Code: check what a typo would silently break. */
const assert = __importStar(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const paths_1 = require("./helpers/paths");
const manifest = JSON.parse(fs.readFileSync(path.join(paths_1.repoRoot, 'package.json'), 'utf8'));
const exists = (p) => fs.existsSync(path.join(paths_1.repoRoot, p));
describe('package.json', () => {
    it('walkthrough: steps tick on context keys the extension sets, and "Read a prompt" lets the user pick', () => {
        const walkthrough = manifest.contributes.walkthroughs[0];
        const source = fs.readFileSync(path.join(paths_1.repoRoot, 'src/vscode/onboarding/walkthrough.ts'), 'utf8');
        assert.ok(source.includes(`'${manifest.publisher}.${manifest.name}#${walkthrough.id}'`), 'the id the extension opens');
        for (const stepId of ['openPrompt', 'startAnswer', 'runTimer', 'addPrompt']) {
            const step = walkthrough.steps.find((s) => s.id === stepId);
            const context = step.completionEvents.find((e) => e.startsWith('onContext:designPractice.walkthrough.'));
            assert.ok(context, `${stepId} completes on a context key`);
            const key = context.slice('onContext:designPractice.walkthrough.'.length);
            assert.ok(source.includes(`'${key}'`), `the extension sets designPractice.walkthrough.${key}`);
        }
        const openPrompt = walkthrough.steps.find((s) => s.id === 'openPrompt');
        assert.match(openPrompt.description, /\(command:designPractice\.openPrompt\)/, 'no fixed prompt: the command asks');
    });
    it('targets the VS Code the tests run in', () => {
        assert.equal(manifest.engines.vscode, '^1.100.0');
        assert.equal(manifest.devDependencies['@types/vscode'], '~1.100.0');
    });
    it('activates on Markdown, or at start-up in a practice workspace (views and commands activate implicitly)', () => {
        // In a workspace that holds answers the extension is active before the first one is opened, so
        // its diagnostics do not wait for VS Code to activate Markdown extensions (~600 ms, bench:editor).
        assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'workspaceContains:design-notes', 'workspaceContains:.design-practice', 'workspaceContains:.design-practice.json']);
    });
    it('declares what works in Restricted Mode and in virtual workspaces, restricting only real settings', () => {
        const { untrustedWorkspaces, virtualWorkspaces } = manifest.capabilities ?? {};
        assert.equal(untrustedWorkspaces?.supported, 'limited');
        assert.ok(untrustedWorkspaces.description && untrustedWorkspaces.description.length > 40);
        assert.deepEqual(untrustedWorkspaces.restrictedConfigurations, ['designPractice.promptFolders', 'designPractice.lint.include']);
        for (const key of untrustedWorkspaces.restrictedConfigurations)
            assert.ok(key.slice('designPractice.'.length) && key in manifest.contributes.configuration.properties, key);
        // Every file is read through vscode.workspace.fs and answers are linted in any workspace folder's scheme (issue 19).
        assert.equal(virtualWorkspaces, true);
    });
    it('has a Node entry and a browser entry, both shipped in the .vsix', () => {
        const { main, browser } = manifest;
        assert.equal(main, './dist/extension.js');
        assert.equal(browser, './dist/web/extension.js');
        const ignore = fs.readFileSync(path.join(paths_1.repoRoot, '.vscodeignore'), 'utf8').split('\n');
        for (const entry of [main, browser])
            assert.ok(ignore.includes(`!${entry.slice(2)}`), `.vscodeignore keeps ${entry}`);
    });
    it('every file it points at exists', () => {
        const files = [
            manifest.icon,
            ...manifest.contributes.viewsContainers.activitybar.map((c) => c.icon),
            ...manifest.contributes.snippets.map((s) => s.path),
            ...manifest.contributes.walkthroughs.flatMap((w) => w.steps.map((s) => s.media.markdown ?? s.media.image ?? '')),
        ];
        for (const f of files)
            assert.ok(exists(f), f);
    });
    it('commands are designPractice.<verbNoun> in the Design Practice category', () => {
        for (const c of manifest.contributes.commands) {
            assert.match(c.command, /^designPractice\.[a-z]+[A-Z][A-Za-z]*$/, c.command);
            assert.equal(c.category, 'Design Practice', c.command);
        }
    });
    it('the README lists every command by its palette title, and every command shows in the palette', () => {
        const readme = fs.readFileSync(path.join(paths_1.repoRoot, 'README.md'), 'utf8');
        const table = readme.slice(readme.indexOf('| command | what it does |'), readme.indexOf('## Settings'));
        const listed = [...table.matchAll(/^\| Design Practice: (.+?) \|/gm)].flatMap((m) => m[1].split(' / '));
        assert.deepEqual([...listed].sort(), manifest.contributes.commands.map((c) => c.title).sort());
        const viewOnly = new Set([...table.matchAll(/^\| Design Practice: (.+?) \| view-only:/gm)].map((m) => m[1]));
        for (const entry of manifest.contributes.menus.commandPalette) {
            if (entry.when !== 'false')
                continue;
            const title = manifest.contributes.commands.find((c) => c.command === entry.command).title;
            assert.ok(viewOnly.has(title), `${title} is hidden from the palette but not marked view-only in the README`);
        }
    });
    it('the two section commands do not share their first word, so typing one never runs the other', () => {
        const title = (id) => manifest.contributes.commands.find((c) => c.command === id).title;
        const one = title('designPractice.insertSection');
        const all = title('designPractice.fixAllMissingSections');
        assert.notEqual(one.split(' ')[0], all.split(' ')[0]);
        assert.ok(!all.toLowerCase().includes(one.toLowerCase().replace(/…$/, '')) && !one.toLowerCase().includes(all.toLowerCase()));
    });
    it('every setting has a markdownDescription and a default', () => {
        for (const [key, p] of Object.entries(manifest.contributes.configuration.properties)) {
            assert.ok(key.startsWith('designPractice.'), key);
            assert.ok(p.markdownDescription && p.markdownDescription.length > 20, `${key} is described`);
            assert.ok('default' in p, `${key} has a default`);
        }
    });
    it('the views live in the Design Practice container', () => {
        assert.deepEqual(manifest.contributes.viewsContainers.activitybar.map((c) => c.id), ['designPractice']);
        assert.deepEqual(manifest.contributes.views.designPractice.map((v) => v.id), ['designPractice.prompts', 'designPractice.interviewer']);
    });
    it('the .vsix holds the bundle and what VS Code reads at run time, nothing else', function () {
        this.timeout(30_000);
        const files = (0, node_child_process_1.execFileSync)(process.execPath, [path.join(paths_1.repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: paths_1.repoRoot, encoding: 'utf8' })
            .split('\n')
            .filter(Boolean);
        assert.ok(files.includes('dist/extension.js') && files.includes('dist/web/extension.js') && files.includes('dist/preview/mermaid.js') && files.includes('docs/rules/SD001.md') && files.includes('snippets/design-practice.code-snippets'));
        const unexpected = files.filter((f) => !/^(package\.json|README\.md|LICENSE|CHANGELOG\.md|dist\/(web\/)?extension\.js|dist\/preview\/mermaid\.js|snippets\/.+|media\/[^/]+\.(svg|png|css|js)|media\/walkthrough\/.+\.md|docs\/rules\/.+\.md)$/.test(f));
        assert.deepEqual(unexpected, [], 'no sources, tests, screenshots or maps');
    });
});
//# sourceMappingURL=manifest.test.js.map