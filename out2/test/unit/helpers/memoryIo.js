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
exports.memoryIo = memoryIo;
/** An in-memory `CliIo` for running the CLI in-process: files from a plain object, output captured. */
const path = __importStar(require("node:path"));
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
function fsError(code, file) {
    return Object.assign(new Error(`${code}: ${file}`), { code });
}
/**
 * `files` maps paths (relative to `cwd`, `/` separators) to contents; a path ending in `/` is an
 * empty folder. The default `cwd` is `/mem` and the clock is fixed at 2025-03-14.
 */
function memoryIo(files, options = {}) {
    const cwd = path.resolve(options.cwd ?? '/mem');
    const abs = (p) => path.resolve(cwd, p);
    const rel = (p) => path.relative(cwd, p).split(path.sep).join('/');
    const data = new Map();
    const dirs = new Set();
    const writes = new Map();
    const addDirs = (dir) => {
        for (let d = dir; !dirs.has(d); d = path.dirname(d)) {
            dirs.add(d);
            if (path.dirname(d) === d)
                break;
        }
    };
    addDirs(cwd);
    for (const [name, content] of Object.entries(files)) {
        if (name.endsWith('/')) {
            addDirs(abs(name));
            continue;
        }
        const file = abs(name);
        data.set(file, typeof content === 'string' ? encoder.encode(content) : content);
        addDirs(path.dirname(file));
    }
    const unreadable = new Set((options.unreadable ?? []).map(abs));
    const readOnly = new Set((options.readOnly ?? []).map(abs));
    let stdout = '';
    let stderr = '';
    const io = {
        cwd,
        get stdout() {
            return stdout;
        },
        get stderr() {
            return stderr;
        },
        writes,
        writeStdout: (text) => void (stdout += text),
        writeStderr: (text) => void (stderr += text),
        async readFile(file) {
            const p = abs(file);
            if (unreadable.has(p))
                throw fsError('EACCES', p);
            if (dirs.has(p))
                throw fsError('EISDIR', p);
            const content = data.get(p);
            if (!content)
                throw fsError('ENOENT', p);
            return content;
        },
        async writeFile(file, text, writeOptions) {
            const p = abs(file);
            options.beforeWrite?.(rel(p), io);
            if (readOnly.has(p))
                throw fsError('EROFS', p);
            if (dirs.has(p))
                throw fsError('EISDIR', p);
            if (data.has(path.dirname(p)))
                throw fsError('ENOTDIR', p);
            if (!dirs.has(path.dirname(p)))
                throw fsError('ENOENT', p);
            if (writeOptions?.exclusive && data.has(p))
                throw fsError('EEXIST', p);
            data.set(p, encoder.encode(text));
            writes.set(rel(p), (writes.get(rel(p)) ?? 0) + 1);
        },
        async replaceFile(file, text, expected) {
            const p = abs(file);
            options.beforeWrite?.(rel(p), io);
            if (readOnly.has(p))
                throw fsError('EROFS', p);
            const content = data.get(p);
            if (!content)
                throw fsError('ENOENT', p);
            if (decoder.decode(content) !== expected)
                throw fsError('ECHANGED', p);
            data.set(p, encoder.encode(text));
            writes.set(rel(p), (writes.get(rel(p)) ?? 0) + 1);
        },
        async realpath(file) {
            const p = abs(file);
            if (!data.has(p) && !dirs.has(p))
                throw fsError('ENOENT', p);
            return p;
        },
        async mkdir(dir) {
            const p = abs(dir);
            for (let d = p;; d = path.dirname(d)) {
                if (data.has(d))
                    throw fsError(d === p ? 'EEXIST' : 'ENOTDIR', p);
                if (path.dirname(d) === d)
                    break;
            }
            addDirs(p);
        },
        async stat(file) {
            const p = abs(file);
            if (dirs.has(p))
                return { isFile: false, isDirectory: true, size: 0 };
            const content = data.get(p);
            return content ? { isFile: true, isDirectory: false, size: content.length } : undefined;
        },
        async readdir(dir) {
            const p = abs(dir);
            if (unreadable.has(p))
                throw fsError('EACCES', p);
            if (!dirs.has(p))
                throw fsError(data.has(p) ? 'ENOTDIR' : 'ENOENT', p);
            const entries = [];
            for (const d of dirs)
                if (d !== p && path.dirname(d) === p)
                    entries.push({ name: path.basename(d), kind: 'directory' });
            for (const f of data.keys())
                if (path.dirname(f) === p)
                    entries.push({ name: path.basename(f), kind: 'file' });
            return entries;
        },
        now: () => options.now ?? new Date('2025-03-14T09:30:00Z'),
        read(file) {
            const content = data.get(abs(file));
            return content ? decoder.decode(content) : undefined;
        },
        list() {
            return [...data.keys()].map(rel).sort();
        },
    };
    return io;
}
//# sourceMappingURL=memoryIo.js.map