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
exports.DIAGNOSTIC_SOURCE = void 0;
exports.findingRange = findingRange;
exports.toDiagnostic = toDiagnostic;
exports.ruleDocLink = ruleDocLink;
exports.diagnosticKey = diagnosticKey;
exports.ruleIdOf = ruleIdOf;
exports.addFixEdits = addFixEdits;
exports.escapeMarkdown = escapeMarkdown;
/** Conversions between the core's 1-based findings and fixes and VS Code's 0-based types. */
const vscode = __importStar(require("vscode"));
/** The source every diagnostic of ours carries. */
exports.DIAGNOSTIC_SOURCE = 'design-practice';
const SEVERITY = {
    error: vscode.DiagnosticSeverity.Error,
    warning: vscode.DiagnosticSeverity.Warning,
    info: vscode.DiagnosticSeverity.Information,
};
/** The range a finding covers. */
function findingRange(f) {
    return new vscode.Range(f.line - 1, f.column - 1, f.endLine - 1, f.endColumn - 1);
}
/**
 * A diagnostic for a finding, with its rule id linked to the rule's page (the extension's own
 * docs/rules, so the link works offline), opened rendered: see `ruleDocLink`.
 */
function toDiagnostic(f) {
    const d = new vscode.Diagnostic(findingRange(f), f.message, SEVERITY[f.severity]);
    d.source = exports.DIAGNOSTIC_SOURCE;
    d.code = { value: f.ruleId, target: ruleDocLink(f.ruleId) };
    return d;
}
/**
 * The link a rule id opens: a command URI (the hover and the Problems panel open command links in
 * diagnostic codes) that carries only the id, so it means the same in every window, desktop,
 * remote or browser; `designPractice.openRulePage` finds the page in the extension's own files and
 * shows it rendered (see rulePages.ts).
 */
function ruleDocLink(ruleId) {
    return vscode.Uri.parse(`command:designPractice.openRulePage?${encodeURIComponent(JSON.stringify([ruleId]))}`);
}
/** A key that identifies a finding from its diagnostic, which VS Code may hand back as a copy. */
function diagnosticKey(ruleId, range, message) {
    return `${ruleId}|${range.start.line}:${range.start.character}|${message}`;
}
/** The rule id of one of our diagnostics, or undefined for anyone else's. */
function ruleIdOf(d) {
    if (d.source !== exports.DIAGNOSTIC_SOURCE)
        return undefined;
    const code = typeof d.code === 'object' ? d.code.value : d.code;
    return code === undefined ? undefined : String(code);
}
/** Adds a core fix's edits for `uri` to a WorkspaceEdit. */
function addFixEdits(edit, uri, fix) {
    for (const e of fix.edits) {
        edit.replace(uri, new vscode.Range(e.line - 1, e.column - 1, e.endLine - 1, e.endColumn - 1), e.text);
    }
}
/** Text (a heading's words, a reason) as literal Markdown: every character Markdown could read as syntax escaped. */
function escapeMarkdown(text) {
    return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&');
}
//# sourceMappingURL=convert.js.map