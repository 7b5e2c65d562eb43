"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.activate = activate;
exports.deactivate = deactivate;
const node_1 = require("../platform/node");
const activate_1 = require("./activate");
/** Called by VS Code on the first use of the view, a command, or a Markdown file. */
function activate(context) {
    return (0, activate_1.activateOn)(context, node_1.nodePlatform);
}
/** Everything is disposed through `context.subscriptions`. */
function deactivate() { }
//# sourceMappingURL=extension.js.map