"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.activate = activate;
exports.deactivate = deactivate;
const web_1 = require("../platform/web");
const activate_1 = require("./activate");
/** Called by VS Code on the first use of the view, a command, or a Markdown file. */
function activate(context) {
    return (0, activate_1.activateOn)(context, web_1.webPlatform);
}
/** Everything is disposed through `context.subscriptions`. */
function deactivate() { }
//# sourceMappingURL=extension.web.js.map