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
exports.SnippetCompletions = void 0;
/**
 * Offers the `dp-` snippets as soon as `dp-` is typed in Markdown. VS Code turns quick suggestions
 * off for Markdown, so the contributed snippets only show on Ctrl+Space; this provider is asked on
 * the `-` trigger character and answers only when the cursor ends a `dp-` word, so the user's
 * Markdown settings stay as they are and no other typing brings up suggestions.
 */
const vscode = __importStar(require("vscode"));
const snippets_1 = require("../../core/answer/snippets");
class SnippetCompletions {
    /** `-` ends `dp-`; the letters after it keep the open list filtering. */
    static triggerCharacters = ['-'];
    snippets = Object.entries((0, snippets_1.buildSnippets)());
    provideCompletionItems(document, position, _token, context) {
        // Ctrl+Space lists the contributed snippets already: answering then would show each twice.
        if (context.triggerKind !== vscode.CompletionTriggerKind.TriggerCharacter)
            return [];
        const start = (0, snippets_1.snippetWordStart)(document.lineAt(position.line).text.slice(0, position.character));
        if (start === undefined)
            return [];
        const range = new vscode.Range(position.line, start, position.line, position.character);
        return this.snippets.map(([name, snippet]) => {
            const item = new vscode.CompletionItem({ label: snippet.prefix, description: name.replace(/^Design Practice: /, '') }, vscode.CompletionItemKind.Snippet);
            item.insertText = new vscode.SnippetString(snippet.body.join('\n'));
            item.documentation = snippet.description;
            item.range = range;
            item.filterText = snippet.prefix;
            item.sortText = snippet.prefix;
            return item;
        });
    }
}
exports.SnippetCompletions = SnippetCompletions;
//# sourceMappingURL=snippetCompletions.js.map