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
exports.nodeIo = nodeIo;
exports.changedError = changedError;
/**
 * Everything the CLI does to the outside world goes through `CliIo`, so `main` can run in-process
 * against an in-memory file system in tests and against the real one in `bin.ts`.
 */
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const path = __importStar(require("node:path"));
/** The real process: `process.cwd()`, `process.stdout`/`stderr` and `node:fs`. */
function nodeIo() {
    watchForClosedOutput();
    return {
        cwd: process.cwd(),
        writeStdout: (text) => void (closed.stdout || process.stdout.write(text)),
        writeStderr: (text) => void (closed.stderr || process.stderr.write(text)),
        // Reads, stats and folder listings are synchronous: from the page cache they take microseconds,
        // and the asynchronous calls cost more in thread-pool round trips (four for one readFile) than
        // they save. The CLI does nothing else meanwhile. Writes stay asynchronous and atomic.
        readFile: async (path) => (0, node_fs_1.readFileSync)(path),
        writeFile: (path, text, options) => node_fs_1.promises.writeFile(path, text, { encoding: 'utf8', flag: options?.exclusive ? 'wx' : 'w' }),
        replaceFile: replaceFileAtomically,
        realpath: (file) => node_fs_1.promises.realpath(file),
        mkdir: async (dir) => void (await node_fs_1.promises.mkdir(dir, { recursive: true })),
        stat: async (path) => {
            try {
                const s = (0, node_fs_1.statSync)(path);
                return { isFile: s.isFile(), isDirectory: s.isDirectory(), size: s.size, ...(s.ino ? { identity: `${s.dev}:${s.ino}` } : {}) };
            }
            catch (error) {
                const code = error.code;
                if (code === 'ENOENT' || code === 'ENOTDIR')
                    return undefined;
                throw error;
            }
        },
        readdir: async (path) => (0, node_fs_1.readdirSync)(path, { withFileTypes: true }).map((e) => ({
            name: e.name,
            kind: e.isSymbolicLink() ? 'symlink' : e.isDirectory() ? 'directory' : e.isFile() ? 'file' : 'other',
        })),
        now: () => new Date(),
    };
}
/** Output streams whose reader has gone (`lint ... | head -c 1`). */
const closed = { stdout: false, stderr: false, watching: false };
/**
 * A reader that goes away is the reader's choice, not an error: the stream's `error` event (EPIPE),
 * unhandled, would end the process with a stack trace. Output stops; the command runs to its end.
 */
function watchForClosedOutput() {
    if (closed.watching)
        return;
    closed.watching = true;
    process.stdout.on('error', () => void (closed.stdout = true));
    process.stderr.on('error', () => void (closed.stderr = true));
}
/** The error `replaceFile` rejects with when the file no longer holds what was read. */
function changedError(file) {
    return Object.assign(new Error(`${file} changed since it was read`), { code: 'ECHANGED' });
}
async function replaceFileAtomically(file, text, expected) {
    const target = await node_fs_1.promises.realpath(file);
    const { mode, nlink } = await node_fs_1.promises.stat(target);
    if (nlink > 1)
        throw Object.assign(new Error(`${file} has ${nlink - 1} other hard link(s)`), { code: 'EHARDLINKS' });
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${(0, node_crypto_1.randomBytes)(4).toString('hex')}.tmp`);
    await node_fs_1.promises.writeFile(temp, text, { encoding: 'utf8', flag: 'wx', mode });
    try {
        // The umask may have narrowed the mode given at creation.
        await node_fs_1.promises.chmod(temp, mode);
        // Compared as late as possible: an edit saved while the fixes were computed must win.
        if (!Buffer.from(expected, 'utf8').equals(await node_fs_1.promises.readFile(target)))
            throw changedError(file);
        await node_fs_1.promises.rename(temp, target);
    }
    catch (error) {
        await node_fs_1.promises.rm(temp, { force: true });
        throw error;
    }
}
//# sourceMappingURL=io.js.map