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
/**
 * The Node `fs.watch` source of prompt-folder events, on real temporary folders: a folder that does
 * not exist yet, made, edited in, deleted and made again, and nothing left open after dispose.
 * Waits are on the listener's events (bounded generously, since a busy machine delays them).
 */
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const localFolderWatch_1 = require("../../../src/platform/node/localFolderWatch");
const WAIT_MS = 8000;
/** A watch whose events can be awaited. */
function recorder(folders) {
    const events = [];
    const waiters = [];
    const watch = new localFolderWatch_1.LocalFolderWatch(folders, (file, kind) => {
        events.push({ file, kind });
        for (const w of [...waiters]) {
            if (!w.check())
                continue;
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve();
        }
    });
    const until = (check, what) => new Promise((resolve, reject) => {
        if (check())
            return resolve();
        const timer = setTimeout(() => reject(new Error(`Timed out waiting for ${what}; heard ${JSON.stringify(events)}`)), WAIT_MS);
        waiters.push({
            check,
            resolve: () => {
                clearTimeout(timer);
                resolve();
            },
        });
    });
    const heard = (file, kind) => events.some((e) => e.file === file && e.kind === kind);
    return { watch, events, until, heard };
}
describe('LocalFolderWatch', function () {
    this.timeout(4 * WAIT_MS);
    let root;
    beforeEach(() => {
        root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'dp-watch-')));
    });
    afterEach(() => fs.rmSync(root, { recursive: true, force: true }));
    it('hears a folder made after it started, and the creates, edits and deletes in it, also once the folder is made again', async () => {
        const folder = path.join(root, '.design-practice', 'prompts');
        const { watch, until, heard, events } = recorder([folder]);
        try {
            await watch.sync();
            assert.deepEqual(watch.watchedFolders, [root], 'a missing folder is waited for on its nearest parent');
            for (const round of [1, 2]) {
                fs.mkdirSync(path.join(folder, 'sub'), { recursive: true });
                await until(() => watch.watchedFolders.includes(path.join(folder, 'sub')), `round ${round}: the new folders to be watched`);
                const file = path.join(folder, 'sub', 'mine.md');
                events.length = 0;
                fs.writeFileSync(file, 'one');
                await until(() => heard(file, 'change') || heard(file, 'create'), `round ${round}: the new file`);
                events.length = 0;
                fs.writeFileSync(file, 'two');
                await until(() => heard(file, 'change'), `round ${round}: the edit`);
                fs.unlinkSync(file);
                await until(() => heard(file, 'delete'), `round ${round}: the delete`);
                fs.rmSync(path.join(root, '.design-practice'), { recursive: true });
                await until(() => heard(path.join(root, '.design-practice'), 'delete') && watch.watchedFolders.every((d) => !d.startsWith(folder)), `round ${round}: the folder to go`);
                await watch.sync();
                assert.deepEqual(watch.watchedFolders, [root], 'no watcher is left on a deleted folder');
            }
            // Events outside the folders are not reported.
            events.length = 0;
            fs.writeFileSync(path.join(root, 'unrelated.md'), 'x');
            fs.mkdirSync(folder, { recursive: true });
            await until(() => heard(path.join(root, '.design-practice'), 'create') || heard(folder, 'create'), 'the folder made once more');
            assert.ok(events.every((e) => !e.file.endsWith('unrelated.md')), JSON.stringify(events));
        }
        finally {
            watch.dispose();
        }
        assert.deepEqual(watch.watchedFolders, [], 'dispose closes every watcher');
    });
    it('hears files in a folder deleted and made again at once, which ext4 gives the same inode', async () => {
        const folder = path.join(root, 'prompts');
        fs.mkdirSync(folder);
        const { watch, until, heard } = recorder([folder]);
        try {
            await watch.sync();
            for (const round of [1, 2, 3]) {
                fs.rmSync(folder, { recursive: true });
                fs.mkdirSync(folder);
                const file = path.join(folder, `after-${round}.md`);
                // Written until heard: the first writes may come before the new folder is watched.
                let tries = 0;
                const writer = setInterval(() => fs.writeFileSync(file, String(++tries)), 100);
                try {
                    await until(() => heard(file, 'change'), `round ${round}: a file in the folder made again`);
                }
                finally {
                    clearInterval(writer);
                }
            }
        }
        finally {
            watch.dispose();
        }
    });
    it('watches a folder there from the start without reporting it, skips node_modules, and is silent after dispose', async () => {
        const folder = path.join(root, 'prompts');
        fs.mkdirSync(path.join(folder, 'node_modules', 'x'), { recursive: true });
        fs.mkdirSync(path.join(folder, 'team'), { recursive: true });
        const { watch, events, until, heard } = recorder([folder]);
        await watch.sync();
        assert.deepEqual(watch.watchedFolders, [folder, path.join(folder, 'team')]);
        assert.deepEqual(events, []);
        const file = path.join(folder, 'team', 'a.md');
        fs.writeFileSync(file, 'a');
        await until(() => heard(file, 'change') || heard(file, 'create'), 'the file in a subfolder');
        watch.dispose();
        events.length = 0;
        fs.writeFileSync(file, 'b');
        // A fresh watch on the same folder proves the write was reported to watchers; the disposed one heard nothing.
        const probe = recorder([folder]);
        await probe.watch.sync();
        fs.writeFileSync(file, 'c');
        await probe.until(() => probe.heard(file, 'change'), 'the probe to hear the next write');
        probe.watch.dispose();
        assert.deepEqual(events, []);
    });
});
//# sourceMappingURL=localFolderWatch.test.js.map