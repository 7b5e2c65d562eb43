"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nodePlatform = void 0;
/** The Node extension host's platform: desktop VS Code and remote hosts (SSH, WSL, Codespaces, code-server). */
const folderWatcher_1 = require("../../vscode/catalog/folderWatcher");
const bundledPrompts_1 = require("./bundledPrompts");
const localFolderWatch_1 = require("./localFolderWatch");
exports.nodePlatform = {
    kind: 'node',
    bundledPrompts: bundledPrompts_1.bundledPrompts,
    // VS Code's watchers, and Node's fs.watch on folders of this disk (see folderWatcher.ts for why).
    watchFolders: (folders, listener, warn) => (0, folderWatcher_1.watchFolders)(folders, listener, warn, (paths, onEvent, onWarn) => new localFolderWatch_1.LocalFolderWatch(paths, onEvent, onWarn)),
};
//# sourceMappingURL=index.js.map