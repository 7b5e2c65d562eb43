/**
 * The page around a webview body rendered by the core: a strict Content-Security-Policy that allows
 * only the extension's own stylesheets and scripts carrying this render's nonce. Nothing remote, no
 * inline style or script, no form submission, no `<base>`.
 */
import * as vscode from 'vscode';
import { escapeHtml, hasMermaidDiagram } from '../../core/catalog/promptView';
import { randomNonce } from '../../platform/random';

/** Where the Mermaid renderer lies, from the extension's root: a webview drawing diagrams must allow it as a resource root. */
export const MERMAID_SCRIPT_FOLDER = ['dist', 'preview'] as const;

/** The local resource roots of a webview page: media/, and the Mermaid renderer's folder. */
export function webviewRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, ...MERMAID_SCRIPT_FOLDER)];
}

/**
 * The HTML page for `body`, with media/<styles> and media/<script> from `extensionUri`. When the body
 * holds a Mermaid diagram, the page also loads the renderer (dist/preview/mermaid.js, 5.6 MB) and
 * its stylesheet; a page without a diagram never loads them.
 */
export function webviewPage(webview: vscode.Webview, extensionUri: vscode.Uri, title: string, body: string, styles: readonly string[], script: string): string {
  const nonce = randomNonce();
  // form-action and base-uri do not fall back to default-src: without them a form or <base> in the body could send or redirect.
  const csp = [`default-src 'none'`, `img-src ${webview.cspSource}`, `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`, `form-action 'none'`, `base-uri 'none'`].join('; ');
  const media = vscode.Uri.joinPath(extensionUri, 'media');
  const diagrams = hasMermaidDiagram(body);
  const links = [...styles, ...(diagrams ? ['mermaid.css'] : [])]
    .map((s) => `<link rel="stylesheet" href="${escapeHtml(webview.asWebviewUri(vscode.Uri.joinPath(media, s)).toString())}">`)
    .join('\n');
  const scripts = [vscode.Uri.joinPath(media, script), ...(diagrams ? [vscode.Uri.joinPath(extensionUri, ...MERMAID_SCRIPT_FOLDER, 'mermaid.js')] : [])]
    .map((uri) => `<script nonce="${escapeHtml(nonce)}" src="${escapeHtml(webview.asWebviewUri(uri).toString())}"></script>`)
    .join('\n');
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
${scripts}
</body>
</html>`;
}
