/** Finding answer files in folders and reading them safely: size and binary checks, UTF-8 decoding. */
import * as path from 'node:path';
import { isPromptFileHeader } from '../core/catalog/promptFiles';
import type { PreparedText } from '../core/lint/linter';
import type { CliIo, FileStat } from './io';

/** Files larger than this are skipped rather than read. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** A NUL byte in this many leading bytes marks a file as binary. */
const BINARY_SNIFF_BYTES = 8 * 1024;

/** A file found on the command line or in a folder. */
export interface FileTarget {
  /** Absolute path. */
  readonly path: string;
  /** The path to show: as given on the command line, or the folder as given joined with the rest. */
  readonly display: string;
  /** Named on the command line (always linted) rather than found in a folder (linted when an answer). */
  readonly explicit: boolean;
  /** What `stat` said of it when the targets were collected, so reading it does not ask again. */
  readonly stat?: FileStat;
}

/** A file's text, or why it was not read. */
export type ReadResult =
  | { readonly kind: 'text'; readonly text: string; /** False when the bytes were not valid UTF-8. */ readonly validUtf8: boolean }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'error'; readonly reason: string };

/**
 * Reads a file as text unless it is too large or binary. Never throws. `known` is a `stat` of it
 * taken just before (the size is checked again after the read, since it can change).
 */
export async function readTextFile(io: CliIo, file: string, maxBytes = MAX_FILE_BYTES, known?: FileStat): Promise<ReadResult> {
  try {
    const stat = known ?? (await io.stat(file));
    if (!stat) return { kind: 'error', reason: 'no such file' };
    if (!stat.isFile) return { kind: 'error', reason: 'not a file' };
    if (stat.size > maxBytes) return { kind: 'skipped', reason: tooLarge(stat.size, maxBytes) };
    const bytes = await io.readFile(file);
    // The size can change between stat and read.
    if (bytes.length > maxBytes) return { kind: 'skipped', reason: tooLarge(bytes.length, maxBytes) };
    if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { kind: 'skipped', reason: 'it looks binary (it has NUL bytes), not Markdown' };
    try {
      // ignoreBOM keeps a BOM in the text so that --fix writes it back.
      return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), validUtf8: true };
    } catch {
      return { kind: 'text', text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), validUtf8: false };
    }
  } catch (error) {
    return { kind: 'error', reason: errorReason(error) };
  }
}

/**
 * Whether a text (split, its front matter read: `prepareText`, which the linter then reuses) is an
 * answer file: its front matter names a `prompt` or a `template`, and it is not a prompt file (front
 * matter with `id`, `title` and `team`, which names a `template` too). Front matter that does not
 * parse still counts when one of those keys is written in it, so a broken answer is linted (and told
 * what is broken) rather than silently passed over.
 */
export function isAnswerText({ lines, frontMatter }: PreparedText): boolean {
  if (isPromptFileHeader(lines, frontMatter)) return false;
  if (!frontMatter) return false;
  if ('prompt' in frontMatter.data || 'template' in frontMatter.data) return true;
  if (!frontMatter.error) return false;
  for (let i = frontMatter.startLine + 1; i < frontMatter.endLine && i < lines.length; i++) {
    if (/^(?:prompt|template)\s*:/.test(lines[i])) return true;
  }
  return false;
}

/**
 * Finds the `*.md` files under `dir`, depth first in name order, skipping `node_modules` and folders
 * whose name starts with a dot. Symbolic links to files are followed; links to folders are not, so
 * a link cycle cannot loop. `onError` hears about folders that cannot be read.
 */
export async function findMarkdownFiles(io: CliIo, dir: string, display: string, onError: (display: string, reason: string) => void): Promise<FileTarget[]> {
  const found: FileTarget[] = [];
  const walk = async (abs: string, shown: string): Promise<void> => {
    let entries;
    try {
      entries = await io.readdir(abs);
    } catch (error) {
      onError(shown, errorReason(error));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const childAbs = path.join(abs, entry.name);
      const childShown = path.join(shown, entry.name);
      if (entry.kind === 'directory') {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        await walk(childAbs, childShown);
      } else if (/\.md$/i.test(entry.name)) {
        if (entry.kind === 'file') {
          found.push({ path: childAbs, display: childShown, explicit: false });
        } else if (entry.kind === 'symlink') {
          const target = await io.stat(childAbs).catch(() => undefined);
          if (target?.isFile) found.push({ path: childAbs, display: childShown, explicit: false });
        }
      }
    }
  };
  await walk(dir, display);
  return found;
}

/** A path to show to the user: relative to `cwd` when it is inside it, else absolute. */
export function displayPath(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

/** The message of an error from the file system, without the stack; `code` first when there is one. */
export function errorReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const messages: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    EEXIST: 'already exists',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
  };
  if (e && typeof e.code === 'string' && messages[e.code]) return `${messages[e.code]} (${e.code})`;
  return e instanceof Error ? e.message : String(error);
}

function tooLarge(size: number, limit: number): string {
  const shown = limit >= 1024 * 1024 ? `${limit / (1024 * 1024)} MB` : `${limit / 1024} KB`;
  return `it is over the ${shown} limit (${size.toLocaleString('en-US')} bytes)`;
}
