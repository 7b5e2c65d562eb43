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
exports.writeFrontMatter = writeFrontMatter;
/**
 * Applies a core front-matter edit (the practice record, a mock interview's questions, its ratings)
 * to an answer: the core computes line edits from the text as VS Code has it now, and only those
 * lines change. The file is saved when it had no unsaved changes before; unsaved changes of the
 * user's stay unsaved, since saving them is their call.
 */
const vscode = __importStar(require("vscode"));
const convert_1 = require("../lint/convert");
/**
 * Runs `compute` on the answer's current text and applies its edits. Returns `{ error }` (nothing
 * written) when the file cannot be opened, the core refuses, or VS Code refuses the edit.
 */
async function writeFrontMatter(uri, title, compute, log) {
    let doc;
    if (uri.scheme === 'untitled') {
        // Opening an untitled URI that is gone would make a new empty file and write into that.
        doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (!doc)
            return { error: 'the untitled answer is no longer open' };
    }
    else {
        try {
            doc = await vscode.workspace.openTextDocument(uri);
        }
        catch (error) {
            return { error: `the file cannot be opened (${error instanceof Error ? error.message : String(error)})` };
        }
    }
    const wasDirty = doc.isDirty;
    // The edits are line numbers in the text they were computed from. VS Code refuses a workspace
    // edit that races another change of the document; the edits are then computed again from the
    // new text, a few times, rather than applied to text they were not made for.
    let applied = false;
    for (let attempt = 0; attempt < 3 && !applied; attempt++) {
        const result = compute(doc.getText());
        if ('error' in result)
            return { error: result.error };
        const edit = new vscode.WorkspaceEdit();
        (0, convert_1.addFixEdits)(edit, doc.uri, { title, edits: result.edits });
        applied = await vscode.workspace.applyEdit(edit);
        if (!applied)
            log.info(`${title}: VS Code refused the edit of ${uri.toString(true)} (attempt ${attempt + 1}); computing it again`);
    }
    if (!applied)
        return { error: 'VS Code refused the edit (the answer kept changing); try again' };
    if (!wasDirty && !doc.isUntitled && !(await doc.save()))
        log.warn(`${title}: wrote ${uri.toString(true)} but could not save it`);
    return { ok: true, document: doc };
}
//# sourceMappingURL=frontMatterWriter.js.map