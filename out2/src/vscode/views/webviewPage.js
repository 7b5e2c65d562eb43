"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.webviewPage = webviewPage;
/**
 * The page around a webview body rendered by the core: a strict Content-Security-Policy that allows
 * only the extension's own stylesheets and one script with this render's nonce. Nothing remote, no
 * inline style or script.
 */
const vscode = __importStar(require("vscode"));
const promptView_1 = require("../../core/catalog/promptView");
const random_1 = require("../../platform/random");
/** The HTML page for `body`, with media/<styles> and media/<script> from `media`. */
function webviewPage(webview, media, title, body, styles, script) {
    const nonce = (0, random_1.randomNonce)();
    const csp = [`default-src 'none'`, `img-src ${webview.cspSource}`, `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
    const links = styles.map((s) => `<link rel="stylesheet" href="${(0, promptView_1.escapeHtml)(webview.asWebviewUri(vscode.Uri.joinPath(media, s)).toString())}">`).join('\n');
    const js = webview.asWebviewUri(vscode.Uri.joinPath(media, script));
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${links}
<title>${(0, promptView_1.escapeHtml)(title)}</title>
</head>
<body>
${body}
<script nonce="${(0, promptView_1.escapeHtml)(nonce)}" src="${(0, promptView_1.escapeHtml)(js.toString())}"></script>
</body>
</html>`;
}
//# sourceMappingURL=webviewPage.js.map