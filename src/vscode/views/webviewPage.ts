/**
 * The page around a webview body rendered by the core: a strict Content-Security-Policy that allows
 * only the extension's own stylesheets and one script with this render's nonce. Nothing remote, no
 * inline style or script.
 */
import * as vscode from 'vscode';
import { escapeHtml } from '../../core/catalog/promptView';
import { randomNonce } from '../../platform/random';

/** The HTML page for `body`, with media/<styles> and media/<script> from `media`. */
export function webviewPage(webview: vscode.Webview, media: vscode.Uri, title: string, body: string, styles: readonly string[], script: string): string {
  const nonce = randomNonce();
  const csp = [`default-src 'none'`, `img-src ${webview.cspSource}`, `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
  const links = styles.map((s) => `<link rel="stylesheet" href="${escapeHtml(webview.asWebviewUri(vscode.Uri.joinPath(media, s)).toString())}">`).join('\n');
  const js = webview.asWebviewUri(vscode.Uri.joinPath(media, script));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${links}
<title>${escapeHtml(title)}</title>
</head>
<body>
${body}
<script nonce="${escapeHtml(nonce)}" src="${escapeHtml(js.toString())}"></script>
</body>
</html>`;
}
