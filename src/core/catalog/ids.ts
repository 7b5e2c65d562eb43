/** Prompt ids and the paths built from them. */

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Whether `id` is a prompt id: slug segments (`a-z`, `0-9`, single hyphens) joined by `/`, such as
 * `streaming/adaptive-bitrate`. Such an id can never name `..`, an absolute path or a drive.
 */
export function isValidPromptId(id: unknown): id is string {
  return typeof id === 'string' && id.length <= 200 && id.split('/').every((s) => SEGMENT.test(s));
}

/** The last segment of a prompt id: its slug, used as the answer's file name. */
export function promptSlug(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

/**
 * Joins `root` and relative path segments, refusing any result that leaves `root`. Works on POSIX
 * and Windows separators without Node's `path`, so the core stays free of Node built-ins.
 */
export function joinInside(root: string, ...segments: string[]): string {
  for (const s of segments) {
    if (!isValidPromptId(s) && !/^[a-z0-9][a-z0-9._-]*$/i.test(s)) throw new Error(`Unsafe path segment: ${JSON.stringify(s)}`);
    if (s.split('/').some((part) => part === '..' || part === '.')) throw new Error(`Unsafe path segment: ${JSON.stringify(s)}`);
  }
  const sep = root.includes('\\') && !root.includes('/') ? '\\' : '/';
  const base = root.replace(/[\\/]+$/, '');
  return [base, ...segments.map((s) => s.split('/').join(sep))].join(sep);
}
