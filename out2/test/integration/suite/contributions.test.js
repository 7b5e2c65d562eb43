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
/** What package.json contributes is what the code registers, in a real VS Code. */
const assert = __importStar(require("node:assert/strict"));
const vscode = __importStar(require("vscode"));
const commands_1 = require("../../../src/vscode/commands");
const helpers_1 = require("./helpers");
const host_1 = require("./host");
describe('contributions', () => {
    it('runs in the VS Code the tests were meant for', () => {
        console.log(`VS Code version: ${vscode.version}`);
        assert.match(vscode.version, /^1\.\d+\.\d+/);
    });
    it('runs in the extension host the run asked for: Node (main) or the browser worker (browser)', async () => {
        const services = await (0, helpers_1.activate)();
        const extension = vscode.extensions.getExtension(helpers_1.EXTENSION_ID);
        console.log(`Extension host: ${services.platform.kind}, extensionKind ${vscode.ExtensionKind[extension.extensionKind]}`);
        assert.equal(services.platform.kind, (0, host_1.testHost)());
        // In code-server the Node host is the remote (workspace) one; the browser worker runs on the UI side.
        assert.equal(extension.extensionKind, (0, host_1.testHost)() === 'web' ? vscode.ExtensionKind.UI : vscode.ExtensionKind.Workspace);
        // The browser worker has no Node: no process object, no require of built-ins.
        assert.equal(typeof globalThis.process === 'object', (0, host_1.testHost)() === 'node');
    });
    it('every contributed command is registered, and the command table matches package.json', async () => {
        await (0, helpers_1.activate)();
        const pkg = vscode.extensions.getExtension(helpers_1.EXTENSION_ID).packageJSON;
        const contributed = pkg.contributes.commands.map((c) => c.command).sort();
        assert.deepEqual(contributed, Object.keys(commands_1.COMMANDS).map((n) => `designPractice.${n}`).sort());
        const registered = new Set(await vscode.commands.getCommands(true));
        for (const id of contributed)
            assert.ok(registered.has(id), `${id} is registered`);
    });
    it('the Design Practice container opens and shows the prompts view', async () => {
        const services = await (0, helpers_1.activate)();
        await vscode.commands.executeCommand('workbench.view.extension.designPractice');
        await (0, helpers_1.waitFor)(services.treeView.onDidChangeVisibility, () => services.treeView.visible, 'the prompts view to be visible');
    });
    it('the getting-started walkthrough opens', async () => {
        await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${helpers_1.EXTENSION_ID}#gettingStarted`, false);
        const pkg = vscode.extensions.getExtension(helpers_1.EXTENSION_ID).packageJSON;
        assert.equal(pkg.contributes.walkthroughs[0].id, 'gettingStarted');
        assert.equal(pkg.contributes.walkthroughs[0].steps.length, 6);
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });
});
//# sourceMappingURL=contributions.test.js.map