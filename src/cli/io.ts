/**
 * Everything the CLI does to the outside world goes through `CliIo`, so `main` can run in-process
 * against an in-memory file system in tests and against the real one in `bin.ts`.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

/** What `stat` tells about a path. */
export interface FileStat {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  /** Size in bytes. */
  readonly size: number;
  /** Device and inode (`dev:ino`) where the file system has them: two paths to one file share it. */
  readonly identity?: string;
}

/** One entry of a folder. A symbolic link is reported as such and not followed. */
export interface DirEntry {
  readonly name: string;
  readonly kind: 'file' | 'directory' | 'symlink' | 'other';
}

/** The CLI's view of the process: working folder, output streams, file system and clock. */
export interface CliIo {
  /** The absolute folder relative paths are resolved against. */
  readonly cwd: string;
  /** Writes to standard output as is (no newline added). */
  writeStdout(text: string): void;
  /** Writes to standard error as is (no newline added). */
  writeStderr(text: string): void;
  /** Reads a whole file. Rejects with a Node-style error (`code`: ENOENT, EACCES, EISDIR...). */
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Writes a file as UTF-8. With `exclusive` the file must not exist yet: the call rejects with
   * `code: 'EEXIST'` instead of overwriting, atomically (so a concurrent writer cannot be clobbered).
   */
  writeFile(path: string, text: string, options?: { readonly exclusive?: boolean }): Promise<void>;
  /**
   * Replaces the content of an existing file with `text`, but only while it still holds `expected`
   * (the text it was read as): otherwise rejects with `code: 'ECHANGED'` and leaves it alone. The
   * write is atomic (a temporary file in the same folder, given the file's mode, renamed over it),
   * so a reader never sees half a file; through a symbolic link the target is replaced, not the link.
   * A file with other hard links is refused (`code: 'EHARDLINKS'`): the rename would leave them on
   * the old text.
   */
  replaceFile(path: string, text: string, expected: string): Promise<void>;
  /** The canonical absolute path, with symbolic links resolved (Node's `fs.realpath`). */
  realpath(path: string): Promise<string>;
  /** Creates a folder and its missing parents; succeeds when it exists already. */
  mkdir(path: string): Promise<void>;
  /** Follows symbolic links; `undefined` when nothing is there. */
  stat(path: string): Promise<FileStat | undefined>;
  /** The entries of a folder, in no particular order. */
  readdir(path: string): Promise<DirEntry[]>;
  /** The current time (for the `started` date of a new answer). */
  now(): Date;
}

/** The real process: `process.cwd()`, `process.stdout`/`stderr` and `node:fs`. */
export function nodeIo(): CliIo {
  watchForClosedOutput();
  return {
    cwd: process.cwd(),
    writeStdout: (text) => void (closed.stdout || process.stdout.write(text)),
    writeStderr: (text) => void (closed.stderr || process.stderr.write(text)),
    // Reads, stats and folder listings are synchronous: from the page cache they take microseconds,
    // and the asynchronous calls cost more in thread-pool round trips (four for one readFile) than
    // they save. The CLI does nothing else meanwhile. Writes stay asynchronous and atomic.
    readFile: async (path) => readFileSync(path),
    writeFile: (path, text, options) => fs.writeFile(path, text, { encoding: 'utf8', flag: options?.exclusive ? 'wx' : 'w' }),
    replaceFile: replaceFileAtomically,
    realpath: (file) => fs.realpath(file),
    mkdir: async (dir) => void (await fs.mkdir(dir, { recursive: true })),
    stat: async (path) => {
      try {
        const s = statSync(path);
        return { isFile: s.isFile(), isDirectory: s.isDirectory(), size: s.size, ...(s.ino ? { identity: `${s.dev}:${s.ino}` } : {}) };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
        throw error;
      }
    },
    readdir: async (path) =>
      readdirSync(path, { withFileTypes: true }).map((e) => ({
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
function watchForClosedOutput(): void {
  if (closed.watching) return;
  closed.watching = true;
  process.stdout.on('error', () => void (closed.stdout = true));
  process.stderr.on('error', () => void (closed.stderr = true));
}

/** The error `replaceFile` rejects with when the file no longer holds what was read. */
export function changedError(file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${file} changed since it was read`), { code: 'ECHANGED' });
}

async function replaceFileAtomically(file: string, text: string, expected: string): Promise<void> {
  const target = await fs.realpath(file);
  const { mode, nlink } = await fs.stat(target);
  if (nlink > 1) throw Object.assign(new Error(`${file} has ${nlink - 1} other hard link(s)`), { code: 'EHARDLINKS' });
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  await fs.writeFile(temp, text, { encoding: 'utf8', flag: 'wx', mode });
  try {
    // The umask may have narrowed the mode given at creation.
    await fs.chmod(temp, mode);
    // Compared as late as possible: an edit saved while the fixes were computed must win.
    if (!Buffer.from(expected, 'utf8').equals(await fs.readFile(target))) throw changedError(file);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
