/** Paths from settings. Pure, so it is unit-tested. */

/** Whether a path from a setting is absolute: POSIX, a Windows drive, or UNC. */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path) || path.startsWith('\\\\');
}
