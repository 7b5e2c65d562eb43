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
exports.teachAlias = teachAlias;
/**
 * `designPractice.teachAlias`: adds a heading the user wrote as an alias of a section in the
 * project's `.design-practice.json` (the nearest one above the answer, else a new one at the root of
 * its workspace folder), so the editor and the CLI both read that heading as the section from then on.
 */
const vscode = __importStar(require("vscode"));
const teachAlias_1 = require("../../core/lint/teachAlias");
const projectConfig_1 = require("../lint/projectConfig");
/** Where the alias goes: the nearest existing project file at or above the answer, else a new one at the folder's root. */
async function configFileFor(answer, root) {
    let folder = vscode.Uri.joinPath(answer, '..');
    for (;;) {
        const candidate = vscode.Uri.joinPath(folder, projectConfig_1.PROJECT_CONFIG_FILE);
        const stat = await Promise.resolve(vscode.workspace.fs.stat(candidate)).catch(() => undefined);
        if (stat && stat.type & vscode.FileType.File)
            return { uri: candidate, exists: true };
        if (folder.path === root.path || folder.path.length <= root.path.length)
            break;
        folder = vscode.Uri.joinPath(folder, '..');
    }
    return { uri: vscode.Uri.joinPath(root, projectConfig_1.PROJECT_CONFIG_FILE), exists: false };
}
/** Adds the alias to an existing file through its text document, so unsaved edits there are kept and edited, not overwritten. */
async function addToExisting(services, uri, sectionId, heading) {
    const doc = await vscode.workspace.openTextDocument(uri);
    const wasDirty = doc.isDirty;
    const result = (0, teachAlias_1.addAliasEdits)(doc.getText(), sectionId, heading);
    if (!result.ok) {
        void vscode.window.showErrorMessage(`Design Practice: cannot add the alias to ${vscode.workspace.asRelativePath(uri)}: ${result.message}.`);
        return false;
    }
    if (result.edits.length === 0)
        return true;
    const edit = new vscode.WorkspaceEdit();
    for (const e of result.edits)
        edit.replace(uri, new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), e.content);
    if (!(await vscode.workspace.applyEdit(edit)))
        return false;
    // Unsaved changes of the user's stay unsaved: saving them is the user's call.
    if (wasDirty)
        return true;
    const saved = await doc.save();
    if (saved)
        services.linter.projectConfigWritten(uri);
    return saved;
}
function teachAlias(services) {
    return async (answer, sectionId, heading) => {
        if (!(answer instanceof vscode.Uri) || typeof sectionId !== 'string' || typeof heading !== 'string')
            return false;
        const folder = vscode.workspace.getWorkspaceFolder(answer);
        if (!folder) {
            void vscode.window.showInformationMessage('Design Practice: open the answer inside a folder to teach its headings; they are kept in the folder’s .design-practice.json.');
            return false;
        }
        const target = await configFileFor(answer, folder.uri);
        if (target.exists)
            return addToExisting(services, target.uri, sectionId, heading);
        const created = (0, teachAlias_1.addAliasEdits)(undefined, sectionId, heading);
        if (!created.ok)
            return false;
        // Fails, rather than overwrites, when the file appeared meanwhile; then it is edited instead.
        const edit = new vscode.WorkspaceEdit();
        edit.createFile(target.uri, { overwrite: false, ignoreIfExists: false });
        edit.insert(target.uri, new vscode.Position(0, 0), created.text);
        if (!(await vscode.workspace.applyEdit(edit)))
            return addToExisting(services, target.uri, sectionId, heading);
        const saved = await (await vscode.workspace.openTextDocument(target.uri)).save();
        if (saved)
            services.linter.projectConfigWritten(target.uri);
        services.log.info(`Taught "${heading}" as ${sectionId} in ${target.uri.toString()}`);
        return saved;
    };
}
//# sourceMappingURL=teachAlias.js.map