/**
 * Paths from settings and the globs that watch them. Pure, so the file watchers' patterns are
 * unit-tested.
 */

/** Whether a path from a setting is absolute: POSIX, a Windows drive, or UNC. */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

/**
 * A glob (relative to a workspace folder) for a folder, everything under it, and each folder on the
 * way to it: `{a,a/b,a/b/**}`. The ancestors matter because a file written into a folder that was
 * just created may come without an event of its own (the watcher is not on the new folder yet);
 * the folder's creation is then the only sign, and a rescan finds the file.
 */
export function folderWatchGlob(relativePath: string): string {
  const segments = relativePath.replace(/\\/g, '/').split('/').filter((s) => s && s !== '.').map(globEscape);
  if (segments.length === 0) return '**';
  const prefixes = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
  return `{${[...prefixes, `${prefixes[prefixes.length - 1]}/**`].join(',')}}`;
}

/** Escapes a relative path so a glob pattern matches it literally. */
export function globEscape(path: string): string {
  return path.replace(/\\/g, '/').replace(/[[\]{}*?]/g, '[$&]');
}
