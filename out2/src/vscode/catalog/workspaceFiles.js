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
exports.walkFiles = walkFiles;
exports.readTextFile = readTextFile;
exports.exists = exists;
exports.isInside = isInside;
exports.promptFolderUris = promptFolderUris;
/**
 * Reading the user's files through `vscode.workspace.fs`, so remote and virtual workspaces work the
 * same as local ones. Nothing here throws: a file that cannot be used says why.
 */
const vscode = __importStar(require("vscode"));
const folderPaths_1 = require("../../core/catalog/folderPaths");
/** How deep under a folder files are looked for, and how many at most: a guard, not a feature. */
const MAX_DEPTH = 8;
const MAX_FILES = 5000;
/** Folders that never hold prompts or answers and can be large. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/**
 * Every file under `folder` whose name `accept`s, sorted by path. A folder that does not exist has
 * none; one that cannot be read is logged and skipped.
 */
async function walkFiles(folder, accept, log) {
    const found = [];
    const visit = async (dir, depth) => {
        let entries;
        try {
            entries = await vscode.workspace.fs.readDirectory(dir);
        }
        catch (error) {
            if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound'))
                log?.warn(`Cannot read folder ${dir.toString(true)}: ${String(error)}`);
            return;
        }
        for (const [name, type] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
            if (found.length >= MAX_FILES)
                return;
            const child = vscode.Uri.joinPath(dir, name);
            if (type & vscode.FileType.Directory) {
                if (depth < MAX_DEPTH && !SKIPPED_FOLDERS.has(name) && !(type & vscode.FileType.SymbolicLink))
                    await visit(child, depth + 1);
            }
            else if (type & vscode.FileType.File && accept(name)) {
                found.push(child);
            }
        }
    };
    // A missing folder is the usual case (no prompts or answers yet): checked first, because reading
    // it would make VS Code log a warning with a stack trace.
    try {
        if (!((await vscode.workspace.fs.stat(folder)).type & vscode.FileType.Directory))
            return found;
    }
    catch {
        return found;
    }
    await visit(folder, 0);
    return found;
}
/** The text of a file, or why it was not read: too large, binary, or unreadable. */
async function readTextFile(uri, maxBytes) {
    try {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.size > maxBytes)
            return { problem: `File is too large (${Math.round(stat.size / 1024)} KB; the limit is ${Math.round(maxBytes / 1024)} KB)` };
        const bytes = await vscode.workspace.fs.readFile(uri);
        // A NUL byte in the first few KB is the usual sign of a binary file.
        if (bytes.subarray(0, 8192).includes(0))
            return { problem: 'File is binary, not Markdown' };
        return { text: new TextDecoder('utf-8').decode(bytes), mtime: stat.mtime };
    }
    catch (error) {
        return { problem: `Cannot read the file: ${error instanceof Error ? error.message : String(error)}` };
    }
}
/** Whether a file exists (any type). */
async function exists(uri) {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    }
    catch {
        return false;
    }
}
/** Whether `child` is `parent` or inside it (same scheme and authority, path prefix). */
function isInside(child, parent) {
    if (child.scheme !== parent.scheme || child.authority !== parent.authority)
        return false;
    const base = parent.path.replace(/\/+$/, '');
    return child.path === base || child.path.startsWith(`${base}/`);
}
/**
 * The folders of `designPractice.promptFolders`, in settings order, first workspace folder first: a
 * relative entry in each workspace folder, an absolute one as it is.
 */
function promptFolderUris(entries) {
    const result = [];
    const seen = new Set();
    const add = (uri) => {
        if (seen.has(uri.toString()))
            return;
        seen.add(uri.toString());
        result.push(uri);
    };
    const workspaceFolders = vscode.workspace.workspaceFolders ?? [];
    for (const entry of entries) {
        if ((0, folderPaths_1.isAbsolutePath)(entry)) {
            // An absolute folder lives on the same machine as the workspace (remote or local).
            const local = vscode.Uri.file(entry);
            const base = workspaceFolders[0]?.uri;
            add(base ? local.with({ scheme: base.scheme, authority: base.authority }) : local);
        }
        else {
            for (const folder of workspaceFolders)
                add(vscode.Uri.joinPath(folder.uri, ...entry.split(/[\\/]+/).filter((s) => s)));
        }
    }
    return result;
}
//# sourceMappingURL=workspaceFiles.js.map