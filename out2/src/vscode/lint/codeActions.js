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
exports.AnswerCodeActions = exports.FIX_ALL_KIND = void 0;
/**
 * Quick fixes from the core's fix data: one per fixable finding, "insert all missing sections" when
 * several are missing, and `source.fixAll.designPractice` for `editor.codeActionsOnSave`.
 */
const vscode = __importStar(require("vscode"));
const fixes_1 = require("../../core/lint/fixes");
const commands_1 = require("../commands");
const convert_1 = require("./convert");
/** The kind of our fix-all action. */
exports.FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('designPractice');
class AnswerCodeActions {
    linter;
    static metadata = {
        providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, exports.FIX_ALL_KIND],
    };
    constructor(linter) {
        this.linter = linter;
    }
    provideCodeActions(document, _range, context) {
        // Fix-all on save comes right after typing: an edit not linted yet is linted now, so the fixes
        // are computed on the text they will edit. Not for the light bulb, which VS Code asks for on
        // every keystroke: that would lint on every keystroke too; the scheduled lint will come.
        const onlyFixAll = !!context.only && exports.FIX_ALL_KIND.contains(context.only);
        const last = this.linter.resultFor(document.uri);
        if (onlyFixAll && last && last.version !== document.version)
            this.linter.lintNow(document);
        const result = this.linter.resultFor(document.uri);
        if (!result || result.version !== document.version)
            return [];
        const fixable = result.analysis.findings.filter((f) => f.fix);
        if (onlyFixAll) {
            return fixable.length > 0 ? [this.fixAll(document, fixable, 'Design Practice: fix all', exports.FIX_ALL_KIND)] : [];
        }
        const actions = [];
        for (const diagnostic of context.diagnostics) {
            const ruleId = (0, convert_1.ruleIdOf)(diagnostic);
            if (!ruleId)
                continue;
            const finding = this.linter.findingFor(document.uri, ruleId, diagnostic);
            if (!finding?.fix)
                continue;
            const action = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
            action.edit = new vscode.WorkspaceEdit();
            (0, convert_1.addFixEdits)(action.edit, document.uri, finding.fix);
            action.diagnostics = [diagnostic];
            action.isPreferred = true;
            actions.push(action);
        }
        const missing = fixable.filter((f) => f.ruleId === 'SD001');
        if (actions.length > 0 && missing.length > 1) {
            actions.push(this.fixAll(document, missing, `Insert all ${missing.length} missing sections`, vscode.CodeActionKind.QuickFix));
        }
        actions.push(...this.teachActions(document, context));
        return actions;
    }
    /**
     * For each missing section, "Treat '<heading>' as <Section>" for the headings that name no section
     * (nearest first, a few at most): the user's own word for it, taught once in .design-practice.json.
     */
    teachActions(document, context) {
        const result = this.linter.resultFor(document.uri);
        const { answer, template } = result.analysis;
        const unnamed = answer.readings.filter((r) => r.specs.length === 0 && r.heading !== answer.title && r.reason !== 'restates the title');
        const actions = [];
        for (const diagnostic of context.diagnostics) {
            if ((0, convert_1.ruleIdOf)(diagnostic) !== 'SD001')
                continue;
            const spec = template.sections.find((s) => diagnostic.message === `Missing section: ${s.title}`);
            if (!spec)
                continue;
            const nearest = [...unnamed].sort((a, b) => Math.abs(a.heading.line - diagnostic.range.start.line) - Math.abs(b.heading.line - diagnostic.range.start.line));
            for (const reading of nearest.slice(0, 3)) {
                const action = new vscode.CodeAction(`Treat '${reading.heading.text}' as ${spec.title}`, vscode.CodeActionKind.QuickFix);
                action.command = { command: (0, commands_1.commandId)('teachAlias'), title: action.title, arguments: [document.uri, spec.id, reading.heading.text] };
                action.diagnostics = [diagnostic];
                actions.push(action);
            }
        }
        return actions;
    }
    fixAll(document, findings, title, kind) {
        const action = new vscode.CodeAction(title, kind);
        action.edit = new vscode.WorkspaceEdit();
        (0, convert_1.addFixEdits)(action.edit, document.uri, (0, fixes_1.combineFixes)(title, findings.map((f) => f.fix)));
        return action;
    }
}
exports.AnswerCodeActions = AnswerCodeActions;
//# sourceMappingURL=codeActions.js.map