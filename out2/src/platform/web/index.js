"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.webPlatform = void 0;
/**
 * The browser worker extension host's platform (vscode.dev, github.dev, `npm start -- --web`): no
 * Node built-ins, so the bundled prompts come inflated by a small JS inflater and folders are
 * watched through VS Code's watchers alone.
 */
const folderWatcher_1 = require("../../vscode/catalog/folderWatcher");
const bundledPrompts_1 = require("./bundledPrompts");
exports.webPlatform = {
    kind: 'web',
    bundledPrompts: bundledPrompts_1.bundledPrompts,
    watchFolders: (folders, listener, warn) => (0, folderWatcher_1.watchFolders)(folders, listener, warn),
};
//# sourceMappingURL=index.js.map