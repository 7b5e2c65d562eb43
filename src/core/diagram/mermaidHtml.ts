/**
 * The HTML a Mermaid block becomes wherever the extension shows Markdown: the Markdown preview (its
 * markdown-it plugin) and the extension's own webviews. The diagram's source stays in the page, so
 * the renderer script (media/ dist/preview/mermaid.js) draws it in place, and a reader without the
 * script, or a diagram that does not parse, still shows the text.
 */
import { escapeHtml } from '../catalog/promptView';

/** The class of the element that holds one diagram; the renderer looks for it. */
export const MERMAID_CLASS = 'dp-mermaid';

/**
 * One diagram's element. `line` (0-based) becomes `data-line` with VS Code's `code-line` class, so
 * the preview keeps its scroll in step with the editor.
 */
export function mermaidBlockHtml(source: string, line?: number): string {
  const where = line === undefined ? '' : ` code-line" data-line="${line}`;
  return `<div class="${MERMAID_CLASS}${where}"><pre class="${MERMAID_CLASS}-source"><code>${escapeHtml(source)}</code></pre></div>\n`;
}
