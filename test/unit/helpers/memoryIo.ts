/** An in-memory `CliIo` for running the CLI in-process: files from a plain object, output captured. */
import * as path from 'node:path';
import type { CliIo, DirEntry, FileStat } from '../../../src/cli/io';

/** A `CliIo` whose output and files the test can read back. */
export interface MemoryIo extends CliIo {
  /** Everything written to standard output so far. */
  readonly stdout: string;
  /** Everything written to standard error so far. */
  readonly stderr: string;
  /** The text of a file (path relative to `cwd` or absolute); undefined when absent. */
  read(file: string): string | undefined;
  /** Every file's path relative to `cwd`, sorted, with `/` separators. */
  list(): string[];
  /** How many times each file (relative, `/` separators) was written. */
  readonly writes: ReadonlyMap<string, number>;
}

/** Ways to make the in-memory file system misbehave. Paths are relative to `cwd`. */
export interface MemoryIoOptions {
  readonly cwd?: string;
  readonly now?: Date;
  /** Reading these fails with EACCES. */
  readonly unreadable?: readonly string[];
  /** Writing these fails with EROFS. */
  readonly readOnly?: readonly string[];
  /** Runs just before each write: lets a test create a file "concurrently". */
  readonly beforeWrite?: (file: string, io: MemoryIo) => void;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

function fsError(code: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${file}`), { code });
}

/**
 * `files` maps paths (relative to `cwd`, `/` separators) to contents; a path ending in `/` is an
 * empty folder. The default `cwd` is `/mem` and the clock is fixed at 2025-03-14.
 */
export function memoryIo(files: Readonly<Record<string, string | Uint8Array>>, options: MemoryIoOptions = {}): MemoryIo {
  const cwd = path.resolve(options.cwd ?? '/mem');
  const abs = (p: string) => path.resolve(cwd, p);
  const rel = (p: string) => path.relative(cwd, p).split(path.sep).join('/');
  const data = new Map<string, Uint8Array>();
  const dirs = new Set<string>();
  const writes = new Map<string, number>();
  const addDirs = (dir: string) => {
    for (let d = dir; !dirs.has(d); d = path.dirname(d)) {
      dirs.add(d);
      if (path.dirname(d) === d) break;
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

  const io: MemoryIo = {
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
      if (unreadable.has(p)) throw fsError('EACCES', p);
      if (dirs.has(p)) throw fsError('EISDIR', p);
      const content = data.get(p);
      if (!content) throw fsError('ENOENT', p);
      return content;
    },
    async writeFile(file, text, writeOptions) {
      const p = abs(file);
      options.beforeWrite?.(rel(p), io);
      if (readOnly.has(p)) throw fsError('EROFS', p);
      if (dirs.has(p)) throw fsError('EISDIR', p);
      if (data.has(path.dirname(p))) throw fsError('ENOTDIR', p);
      if (!dirs.has(path.dirname(p))) throw fsError('ENOENT', p);
      if (writeOptions?.exclusive && data.has(p)) throw fsError('EEXIST', p);
      data.set(p, encoder.encode(text));
      writes.set(rel(p), (writes.get(rel(p)) ?? 0) + 1);
    },
    async replaceFile(file, text, expected) {
      const p = abs(file);
      options.beforeWrite?.(rel(p), io);
      if (readOnly.has(p)) throw fsError('EROFS', p);
      const content = data.get(p);
      if (!content) throw fsError('ENOENT', p);
      if (decoder.decode(content) !== expected) throw fsError('ECHANGED', p);
      data.set(p, encoder.encode(text));
      writes.set(rel(p), (writes.get(rel(p)) ?? 0) + 1);
    },
    async realpath(file) {
      const p = abs(file);
      if (!data.has(p) && !dirs.has(p)) throw fsError('ENOENT', p);
      return p;
    },
    async mkdir(dir) {
      const p = abs(dir);
      for (let d = p; ; d = path.dirname(d)) {
        if (data.has(d)) throw fsError(d === p ? 'EEXIST' : 'ENOTDIR', p);
        if (path.dirname(d) === d) break;
      }
      addDirs(p);
    },
    async stat(file): Promise<FileStat | undefined> {
      const p = abs(file);
      if (dirs.has(p)) return { isFile: false, isDirectory: true, size: 0 };
      const content = data.get(p);
      return content ? { isFile: true, isDirectory: false, size: content.length } : undefined;
    },
    async readdir(dir): Promise<DirEntry[]> {
      const p = abs(dir);
      if (unreadable.has(p)) throw fsError('EACCES', p);
      if (!dirs.has(p)) throw fsError(data.has(p) ? 'ENOTDIR' : 'ENOENT', p);
      const entries: DirEntry[] = [];
      for (const d of dirs) if (d !== p && path.dirname(d) === p) entries.push({ name: path.basename(d), kind: 'directory' });
      for (const f of data.keys()) if (path.dirname(f) === p) entries.push({ name: path.basename(f), kind: 'file' });
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
