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
exports.LocalFolderWatch = void 0;
/**
 * Node's `fs.watch` on folders of the local disk, as a second source of file events beside VS Code's
 * watchers. code-server 4.100's recursive watcher reports nothing at all inside a folder that was
 * deleted and made again after it started (not a new file, an edit or a delete; a folder rooted
 * watcher on it neither), and `.design-practice/prompts/` is just such a folder when the user
 * removes it and adds it back. The extension host runs in Node, so for `file:` folders the folder
 * and its subfolders are watched directly (one non-recursive watcher each, as chokidar does on
 * Linux), and a folder that does not exist yet is waited for on its nearest existing parent.
 *
 * Nothing here throws: a folder that cannot be watched is skipped (and said once), and every watcher
 * is closed on dispose or when its folder goes.
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
/** Folders below a watched one that are never looked into. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/** How deep below a watched folder subfolders are watched, and how many folders at most: a guard. */
const MAX_DEPTH = 8;
const MAX_FOLDERS = 200;
/** Node reports one write as several events: they are gathered this long and reported once. */
const SETTLE_MS = 50;
/** Watches `folders` (absolute paths) and what is under them; `listener` hears what touches one. */
class LocalFolderWatch {
    folders;
    listener;
    warn;
    watched = new Map();
    /** Folders whose watcher may have died (an event named like the folder itself): opened anew. */
    suspect = new Set();
    pending = new Map();
    flushTimer;
    syncTimer;
    syncing = Promise.resolve();
    warned = new Set();
    /** The first sync only sets up: what exists then is what the caller reads anyway. */
    synced = false;
    disposed = false;
    constructor(folders, listener, warn = () => undefined) {
        this.folders = folders;
        this.listener = listener;
        this.warn = warn;
        void this.sync();
    }
    /** The folders watched now, for tests and the log. */
    get watchedFolders() {
        return [...this.watched.keys()].sort();
    }
    /**
     * Looks again at which folders exist and watches exactly those: the folders and their subfolders,
     * or the nearest existing parent of a folder that is missing. A folder that was not watched before
     * is reported as created, since files may have been written in it before its watcher started.
     * Resolves when done; calls run one after another.
     */
    sync() {
        this.syncing = this.syncing.then(() => this.syncNow()).catch((error) => this.warnOnce('sync', `Watching prompt folders failed: ${String(error)}`));
        return this.syncing;
    }
    async syncNow() {
        if (this.disposed)
            return;
        const wanted = new Map();
        const fresh = [];
        for (const folder of this.folders) {
            if (await this.isFolder(folder))
                await this.collect(folder, 0, wanted);
            else {
                const parent = await this.nearestExistingParent(folder);
                if (parent)
                    wanted.set(parent.dir, parent.identity);
            }
        }
        if (this.disposed)
            return;
        const suspect = [...this.suspect];
        this.suspect.clear();
        for (const [dir, entry] of this.watched) {
            if (wanted.get(dir) === entry.identity && !suspect.includes(dir))
                continue;
            entry.watcher.close();
            this.watched.delete(dir);
        }
        for (const [dir, identity] of wanted) {
            if (this.watched.has(dir))
                continue;
            const watcher = this.open(dir);
            if (!watcher)
                continue;
            this.watched.set(dir, { watcher, identity });
            fresh.push(dir);
        }
        const first = !this.synced;
        this.synced = true;
        if (!first)
            for (const dir of fresh)
                if (this.folders.some((f) => isInsideOrSame(dir, f)))
                    this.safeListener(dir, 'create');
    }
    open(dir) {
        try {
            const watcher = fs.watch(dir, { persistent: false }, (_event, name) => this.onEvent(dir, name));
            watcher.on('error', () => {
                // The folder went away (or the watch broke): drop it and look again.
                watcher.close();
                if (this.watched.get(dir)?.watcher === watcher)
                    this.watched.delete(dir);
                this.scheduleSync();
            });
            return watcher;
        }
        catch (error) {
            this.warnOnce(dir, `Cannot watch ${dir}: ${error instanceof Error ? error.message : String(error)}`);
            return undefined;
        }
    }
    onEvent(dir, name) {
        if (this.disposed)
            return;
        const file = name ? path.join(dir, name.toString()) : dir;
        // Node names the deletion of the watched folder by the folder's own name.
        if (!name || name.toString() === path.basename(dir))
            this.suspect.add(dir);
        if (!this.touches(file))
            return;
        this.pending.set(file, true);
        this.flushTimer ??= setTimeout(() => void this.flush(), SETTLE_MS);
    }
    /**
     * Reports what gathered: a path that exists was created or changed, one that does not was deleted.
     * A deleted path is reported as its topmost missing folder, so deleting `.design-practice` is
     * reported as that, not as the watched folder's own name inside it (which is how Node names the
     * deletion of a watched folder).
     */
    async flush() {
        this.flushTimer = undefined;
        const files = [...this.pending.keys()];
        this.pending.clear();
        const reports = new Map();
        for (const file of files) {
            const stat = await fs.promises.stat(file).catch(() => undefined);
            if (!stat)
                reports.set(await this.topmostMissing(file), 'delete');
            else
                reports.set(file, stat.isDirectory() ? 'create' : 'change');
        }
        if (this.disposed)
            return;
        let foldersChanged = false;
        for (const [file, kind] of reports) {
            // A folder that came or went (or a path on the way to a folder) changes what is watched.
            if (kind !== 'change' || !this.folders.some((f) => isInsideOrSame(file, f)))
                foldersChanged = true;
            if (this.touches(file))
                this.safeListener(file, kind);
        }
        if (foldersChanged)
            this.scheduleSync();
    }
    async topmostMissing(file) {
        let missing = file;
        for (let dir = path.dirname(file); dir !== missing && !(await this.exists(dir)); dir = path.dirname(dir))
            missing = dir;
        return missing;
    }
    async exists(file) {
        return (await fs.promises.stat(file).catch(() => undefined)) !== undefined;
    }
    scheduleSync() {
        if (this.disposed)
            return;
        this.syncTimer ??= setTimeout(() => {
            this.syncTimer = undefined;
            void this.sync();
        }, SETTLE_MS);
    }
    /** Whether `file` is in a watched folder or on the way to one. */
    touches(file) {
        return this.folders.some((f) => isInsideOrSame(file, f) || isInsideOrSame(f, file));
    }
    async collect(dir, depth, into) {
        if (into.size >= MAX_FOLDERS)
            return;
        const stat = await fs.promises.stat(dir).catch(() => undefined);
        if (!stat?.isDirectory())
            return;
        into.set(dir, identityOf(stat));
        if (depth >= MAX_DEPTH)
            return;
        const entries = await fs.promises.readdir(dir, { withFileTypes: true }).catch(() => []);
        // Dirent.isDirectory() is false for a link to a folder: links are not followed.
        for (const entry of entries)
            if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name))
                await this.collect(path.join(dir, entry.name), depth + 1, into);
    }
    async isFolder(dir) {
        return (await fs.promises.stat(dir).catch(() => undefined))?.isDirectory() ?? false;
    }
    async nearestExistingParent(folder) {
        for (let dir = path.dirname(folder);; dir = path.dirname(dir)) {
            const stat = await fs.promises.stat(dir).catch(() => undefined);
            if (stat?.isDirectory())
                return { dir, identity: identityOf(stat) };
            if (path.dirname(dir) === dir)
                return undefined;
        }
    }
    safeListener(file, kind) {
        try {
            this.listener(file, kind);
        }
        catch (error) {
            this.warnOnce('listener', `A folder event listener failed: ${String(error)}`);
        }
    }
    warnOnce(key, message) {
        if (this.warned.has(key))
            return;
        this.warned.add(key);
        this.warn(message);
    }
    dispose() {
        this.disposed = true;
        clearTimeout(this.flushTimer);
        clearTimeout(this.syncTimer);
        for (const { watcher } of this.watched.values())
            watcher.close();
        this.watched.clear();
        this.pending.clear();
    }
}
exports.LocalFolderWatch = LocalFolderWatch;
function identityOf(stat) {
    return `${stat.dev}:${stat.ino}:${stat.birthtimeMs}`;
}
/** Whether `child` is `parent` or inside it (paths as Node gives them). */
function isInsideOrSame(child, parent) {
    const base = parent.endsWith(path.sep) ? parent.slice(0, -1) : parent;
    return child === base || child.startsWith(base + path.sep);
}
//# sourceMappingURL=localFolderWatch.js.map