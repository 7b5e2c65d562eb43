/**
 * Everything the CLI does to the outside world goes through `CliIo`, so `main` can run in-process
 * against an in-memory file system in tests and against the real one in `bin.ts`.
 */
import { promises as fs } from 'node:fs';

/** What `stat` tells about a path. */
export interface FileStat {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  /** Size in bytes. */
  readonly size: number;
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
  return {
    cwd: process.cwd(),
    writeStdout: (text) => void process.stdout.write(text),
    writeStderr: (text) => void process.stderr.write(text),
    readFile: (path) => fs.readFile(path),
    writeFile: (path, text, options) => fs.writeFile(path, text, { encoding: 'utf8', flag: options?.exclusive ? 'wx' : 'w' }),
    mkdir: async (path) => void (await fs.mkdir(path, { recursive: true })),
    stat: async (path) => {
      try {
        const s = await fs.stat(path);
        return { isFile: s.isFile(), isDirectory: s.isDirectory(), size: s.size };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
        throw error;
      }
    },
    readdir: async (path) =>
      (await fs.readdir(path, { withFileTypes: true })).map((e) => ({
        name: e.name,
        kind: e.isSymbolicLink() ? 'symlink' : e.isDirectory() ? 'directory' : e.isFile() ? 'file' : 'other',
      })),
    now: () => new Date(),
  };
}
