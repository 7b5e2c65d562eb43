"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MERMAID_CLASS = void 0;
exports.mermaidBlockHtml = mermaidBlockHtml;
/**
 * The HTML a Mermaid block becomes wherever the extension shows Markdown: the Markdown preview (its
 * markdown-it plugin) and the extension's own webviews. The diagram's source stays in the page, so
 * the renderer script (media/ dist/preview/mermaid.js) draws it in place, and a reader without the
 * script, or a diagram that does not parse, still shows the text.
 */
const promptView_1 = require("../catalog/promptView");
/** The class of the element that holds one diagram; the renderer looks for it. */
exports.MERMAID_CLASS = 'dp-mermaid';
/**
 * One diagram's element. `line` (0-based) becomes `data-line` with VS Code's `code-line` class, so
 * the preview keeps its scroll in step with the editor.
 */
function mermaidBlockHtml(source, line) {
    const where = line === undefined ? '' : ` code-line" data-line="${line}`;
    return `<div class="${exports.MERMAID_CLASS}${where}"><pre class="${exports.MERMAID_CLASS}-source"><code>${(0, promptView_1.escapeHtml)(source)}</code></pre></div>\n`;
}
//# sourceMappingURL=mermaidHtml.js.map