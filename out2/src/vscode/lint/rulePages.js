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
exports.RulePages = exports.RULE_PAGE_SCHEME = void 0;
exports.ruleIds = ruleIds;
/**
 * Rule pages that open everywhere VS Code runs. A diagnostic's rule id links to
 * `command:designPractice.openRulePage?["SD001"]`: the command runs in the extension's own host and
 * hands the Markdown preview `docs/rules/SD001.md` of the extension's own folder as that host names
 * it (`file:` on the desktop and remote hosts, `vscode-remote:` in code-server's browser worker).
 * A link that carried the page's `file:` path instead would be resolved by whichever side opened
 * it, and in a browser or remote window that side does not have the file.
 *
 * Where the extension's folder is a web address (vscode.dev, github.dev: `https:`), the page is read
 * through `vscode.workspace.fs` and served as a read-only document of its own scheme for the
 * preview. (Not everywhere: in code-server's browser worker the Markdown extension runs in the Node
 * host, which does not render a document another host provides.)
 */
const vscode = __importStar(require("vscode"));
const rules_1 = require("../../core/lint/rules");
/** The scheme of rule-page documents: `design-practice-rule:/SD001.md`. */
exports.RULE_PAGE_SCHEME = 'design-practice-rule';
/** Schemes of extension folders whose files the Markdown preview opens itself, in any host. */
const FOLDER_SCHEMES = new Set(['file', 'vscode-remote']);
/** A page in docs/rules: a rule's (`SD001.md`) or the index (`README.md`); nothing else is served. */
const PAGE_NAME = /^[A-Za-z0-9-]{1,40}\.md$/;
/** The id and name of every rule, as the Problems panel shows them. */
function ruleIds() {
    return rules_1.RULES.map((r) => ({ id: r.names[0], name: r.names[1] ?? r.names[0], description: r.description }));
}
/** Serves docs/rules from the extension's files and opens rule pages in the Markdown preview. */
class RulePages {
    docsFolder;
    registration;
    constructor(docsFolder) {
        this.docsFolder = docsFolder;
        this.registration = vscode.workspace.registerTextDocumentContentProvider(exports.RULE_PAGE_SCHEME, this);
    }
    /** The document of a rule's page: the extension's own file, or its copy served by this provider. */
    uriFor(ruleId) {
        if (FOLDER_SCHEMES.has(this.docsFolder.scheme))
            return vscode.Uri.joinPath(this.docsFolder, `${ruleId}.md`);
        return vscode.Uri.from({ scheme: exports.RULE_PAGE_SCHEME, path: `/${ruleId}.md` });
    }
    async provideTextDocumentContent(uri) {
        const name = uri.path.replace(/^\/+/, '');
        if (!PAGE_NAME.test(name))
            return vscode.l10n.t('# Not a rule page\n\n`{0}` is not a page of Design Practice\'s rules.', name);
        try {
            return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.docsFolder, name)));
        }
        catch (error) {
            return vscode.l10n.t('# {0} cannot be read\n\nThe rule page could not be read from the extension\'s files: {1}', name, error instanceof Error ? error.message : String(error));
        }
    }
    /**
     * Shows the page of `ruleId` (e.g. `SD001`) rendered in the Markdown preview, and returns its
     * document. An unknown id is refused with a message, not thrown.
     */
    async show(ruleId) {
        const rule = ruleIds().find((r) => r.id.toLowerCase() === ruleId.trim().toLowerCase() || r.name === ruleId.trim());
        if (!rule) {
            void vscode.window.showWarningMessage(vscode.l10n.t('Design Practice has no rule "{0}".', ruleId));
            return undefined;
        }
        const uri = this.uriFor(rule.id);
        await vscode.commands.executeCommand('markdown.showPreview', uri);
        return uri;
    }
    dispose() {
        this.registration.dispose();
    }
}
exports.RulePages = RulePages;
//# sourceMappingURL=rulePages.js.map