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
exports.isAnswerDocument = isAnswerDocument;
exports.isPromptDocument = isPromptDocument;
/** Which documents are answers: only those are linted, never random Markdown. */
const vscode = __importStar(require("vscode"));
const parseAnswer_1 = require("../../core/answer/parseAnswer");
const promptFiles_1 = require("../../core/catalog/promptFiles");
const workspaceFiles_1 = require("../catalog/workspaceFiles");
/**
 * Schemes of files that may be answers outside a workspace folder too: on disk, remote (code-server,
 * SSH, WSL), untitled, and github.dev's repositories. Any file inside a workspace folder may be one,
 * whatever its scheme (vscode.dev's local folders, virtual file systems); other schemes (`git:` old
 * versions, output, diff views) are never linted.
 */
const ANSWER_SCHEMES = new Set(['file', 'vscode-remote', 'untitled', 'vscode-vfs']);
/**
 * A document is an answer when it is Markdown and its front matter names a `prompt` or `template`,
 * or it lies under the notes folder, or it matches one of `designPractice.lint.include`. A prompt
 * file never is: one in a prompt folder, or one whose front matter has `id`, `title` and `team`.
 */
function isAnswerDocument(doc, settings) {
    if (doc.languageId !== 'markdown')
        return false;
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    if (!folder && !ANSWER_SCHEMES.has(doc.uri.scheme))
        return false;
    if (isPromptDocument(doc, settings))
        return false;
    if (folder) {
        const notes = vscode.Uri.joinPath(folder.uri, settings.notesFolder).path.replace(/\/+$/, '') + '/';
        if (doc.uri.path.startsWith(notes))
            return true;
        for (const pattern of settings.lint.include) {
            if (vscode.languages.match({ pattern: new vscode.RelativePattern(folder, pattern) }, doc) > 0)
                return true;
        }
    }
    // Only the head of the file is read: front matter sits at the top.
    const head = doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 200), 0));
    const header = (0, parseAnswer_1.readAnswerHeader)(head);
    return header.promptId !== undefined || header.templateId !== undefined;
}
/** Whether `doc` is a prompt file: it lies in a prompt folder, or its front matter says so. */
function isPromptDocument(doc, settings) {
    if ((0, workspaceFiles_1.promptFolderUris)(settings.promptFolders).some((folder) => (0, workspaceFiles_1.isInside)(doc.uri, folder)))
        return true;
    return (0, promptFiles_1.isPromptFileText)(doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 200), 0)));
}
//# sourceMappingURL=answerFiles.js.map