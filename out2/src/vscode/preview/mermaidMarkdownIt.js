"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.extendMarkdownIt = extendMarkdownIt;
const parseAnswer_1 = require("../../core/answer/parseAnswer");
const mermaidHtml_1 = require("../../core/diagram/mermaidHtml");
/** Adds Mermaid blocks to `md` (VS Code's preview instance) and returns it, as `extendMarkdownIt` must. */
function extendMarkdownIt(md) {
    const previous = md.renderer.rules.fence ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
    md.renderer.rules.fence = (tokens, idx, options, env, self) => {
        const token = tokens[idx];
        if (!(0, parseAnswer_1.isMermaidInfo)(token.info))
            return previous(tokens, idx, options, env, self);
        return (0, mermaidHtml_1.mermaidBlockHtml)(token.content.replace(/\n$/, ''), token.map?.[0]);
    };
    return md;
}
//# sourceMappingURL=mermaidMarkdownIt.js.map