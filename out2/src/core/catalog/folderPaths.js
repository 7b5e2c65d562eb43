"use strict";
/** Paths from settings. Pure, so it is unit-tested. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.isAbsolutePath = isAbsolutePath;
/** Whether a path from a setting is absolute: POSIX, a Windows drive, or UNC. */
function isAbsolutePath(path) {
    return path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path) || path.startsWith('\\\\');
}
//# sourceMappingURL=folderPaths.js.map