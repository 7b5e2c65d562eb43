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
exports.watchFolders = watchFolders;
exports.touchesFolder = touchesFolder;
/**
 * Watching folders that may not exist yet (the prompt folder, the notes folder). A watcher whose
 * pattern names the folder (`.design-practice/prompts/**`) is served by a watcher on that path; when
 * the folder is created later that watcher never sees the files in it (code-server 4.100 and desktop
 * VS Code alike). So a folder inside a workspace folder is watched through one `**` watcher on the
 * workspace folder, which VS Code's workspace watcher serves and which exists from the start, and
 * events are kept when they touch the folder: inside it, or a folder on the way to it.
 *
 * That watcher in turn reports nothing inside a folder deleted and made again after it started
 * (code-server 4.100), so where the host has a disk of its own (the Node host) folders on it are
 * also watched by a `LocalWatchSource` (Node's `fs.watch`, `src/platform/node/localFolderWatch.ts`).
 * Both report the same change at times; listeners coalesce. The browser host has VS Code's watchers
 * only. Callers go through `Platform.watchFolders`, which picks the sources.
 */
const vscode = __importStar(require("vscode"));
const workspaceFiles_1 = require("./workspaceFiles");
/**
 * Watches `folders` and what is under them; `listener` hears each event that touches one. `warn`
 * hears, once each, folders that cannot be watched. `localWatch`, when the host has one, also
 * watches the `file:` folders.
 */
function watchFolders(folders, listener, warn, localWatch) {
    const disposables = [];
    const local = localWatch ? folders.filter((f) => f.scheme === 'file') : [];
    const localSource = local.length > 0 ? localWatch?.(local.map((f) => f.fsPath), (file, kind) => listener(vscode.Uri.file(file), kind), warn) : undefined;
    if (localSource)
        disposables.push(localSource);
    const roots = new Map();
    const workspaceFolders = vscode.workspace.workspaceFolders ?? [];
    for (const folder of folders) {
        const owner = workspaceFolders.find((f) => (0, workspaceFiles_1.isInside)(folder, f.uri));
        const key = owner ? `ws:${owner.uri.toString()}` : folder.toString();
        const entry = roots.get(key) ?? { pattern: new vscode.RelativePattern(owner ?? folder, '**'), folders: [] };
        entry.folders.push(folder);
        roots.set(key, entry);
    }
    for (const { pattern, folders: watched } of roots.values()) {
        const watcher = vscode.workspace.createFileSystemWatcher(pattern);
        const on = (kind) => (uri) => {
            if (!watched.some((folder) => touchesFolder(uri, folder)))
                return;
            // A folder on the way may have come or gone: the local watchers look again.
            if (kind !== 'change' && local.some((folder) => (0, workspaceFiles_1.isInside)(folder, uri)))
                void localSource?.sync();
            listener(uri, kind);
        };
        watcher.onDidCreate(on('create'), undefined, disposables);
        watcher.onDidChange(on('change'), undefined, disposables);
        watcher.onDidDelete(on('delete'), undefined, disposables);
        disposables.push(watcher);
    }
    return vscode.Disposable.from(...disposables);
}
/**
 * Whether an event on `uri` concerns `folder`: it is in the folder, or it is a folder on the way to
 * it (creating or deleting `.design-practice` creates or deletes the prompt folder too).
 */
function touchesFolder(uri, folder) {
    return (0, workspaceFiles_1.isInside)(uri, folder) || (0, workspaceFiles_1.isInside)(folder, uri);
}
//# sourceMappingURL=folderWatcher.js.map