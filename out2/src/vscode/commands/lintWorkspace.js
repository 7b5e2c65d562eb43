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
exports.lintWorkspace = lintWorkspace;
/** `designPractice.lintWorkspace`: lints every answer in the workspace, open or not. */
const vscode = __importStar(require("vscode"));
const workspaceFiles_1 = require("../catalog/workspaceFiles");
/** Files read per batch, so a large notes folder does not open everything at once. */
const BATCH = 20;
function lintWorkspace(services) {
    return async () => {
        const { settings } = services;
        const patterns = [`${settings.value.notesFolder}/**/*.md`, ...settings.value.lint.include];
        const uris = new Map();
        for (const folder of vscode.workspace.workspaceFolders ?? []) {
            // The notes folder is walked through vscode.workspace.fs too: a virtual workspace (github.dev)
            // may have no search provider for findFiles.
            for (const uri of await (0, workspaceFiles_1.walkFiles)(services.answers.notesFolderIn(folder.uri), (name) => name.toLowerCase().endsWith('.md'), services.log))
                uris.set(uri.toString(), uri);
            for (const pattern of patterns) {
                for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, pattern), '**/node_modules/**', 5000)) {
                    uris.set(uri.toString(), uri);
                }
            }
        }
        const all = [...uris.values()];
        await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Design Practice: linting answers' }, async () => {
            for (let i = 0; i < all.length; i += BATCH) {
                // Opening a document fires onDidOpenTextDocument, which lints it.
                const docs = await Promise.all(all.slice(i, i + BATCH).map((uri) => Promise.resolve(vscode.workspace.openTextDocument(uri)).catch(() => undefined)));
                for (const doc of docs)
                    if (doc)
                        services.linter.lintNow(doc);
            }
        });
        void vscode.commands.executeCommand('workbench.actions.view.problems');
        return all.length;
    };
}
//# sourceMappingURL=lintWorkspace.js.map