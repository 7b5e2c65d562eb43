/** Prompt ids and the paths built from them. */

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Names Windows keeps for devices, whatever the extension: `con.md` opens the console, not a file.
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * Whether `id` is a prompt id: slug segments (`a-z`, `0-9`, single hyphens) joined by `/`, such as
 * `streaming/adaptive-bitrate`. Such an id can never name `..`, an absolute path or a drive, nor a
 * Windows device (`con`, `nul`, `aux`, `com1`...), since its segments become folder and file names.
 */
export function isValidPromptId(id: unknown): id is string {
  return typeof id === 'string' && id.length <= 200 && id.split('/').every((s) => SEGMENT.test(s) && !WINDOWS_DEVICE.test(s));
}

/** The segment of `id` that Windows reserves for a device (`con`, `nul`...), if any: for messages. */
export function windowsDeviceSegment(id: string): string | undefined {
  return id.split('/').find((s) => WINDOWS_DEVICE.test(s));
}

/** Why `id` is not a prompt id, in words, for a message that already quotes it. */
export function invalidPromptIdReason(id: unknown): string {
  const device = typeof id === 'string' ? windowsDeviceSegment(id) : undefined;
  return device !== undefined
    ? `"${device}" is the name of a Windows device, so no file or folder can have it; choose another`
    : 'use lower-case slug segments joined by "/", e.g. streaming/adaptive-bitrate';
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
