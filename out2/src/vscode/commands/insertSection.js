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
exports.insertSection = insertSection;
exports.fixAllMissingSections = fixAllMissingSections;
/** Commands that add the sections an answer lacks, where the template's order puts them. */
const vscode = __importStar(require("vscode"));
const parseAnswer_1 = require("../../core/answer/parseAnswer");
const fixes_1 = require("../../core/lint/fixes");
const linter_1 = require("../../core/lint/linter");
const convert_1 = require("../lint/convert");
function activeMarkdown() {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
        void vscode.window.showInformationMessage('Design Practice: open an answer (a Markdown file) to insert a section.');
        return undefined;
    }
    return editor;
}
/**
 * `designPractice.insertSection [sectionId]`: offers the template sections the current answer lacks
 * and inserts the chosen one, with its skeleton. Returns the id inserted, for tests.
 */
function insertSection(services) {
    return async (sectionId) => {
        const editor = activeMarkdown();
        if (!editor)
            return undefined;
        const doc = editor.document;
        const { answer, template } = (0, linter_1.analyze)(doc.getText(), services.linter.configFor(doc.uri));
        const missing = template.sections.filter((s) => !(0, parseAnswer_1.findNamedSection)(answer, s.id));
        if (missing.length === 0) {
            void vscode.window.showInformationMessage(`Design Practice: this answer has every ${template.title} section.`);
            return undefined;
        }
        const spec = (sectionId && missing.find((s) => s.id === sectionId)) ||
            (sectionId === undefined
                ? (await vscode.window.showQuickPick(missing.map((s) => ({ label: s.title, description: s.required ? 'required' : 'optional', detail: s.purpose, spec: s })), { placeHolder: 'Section to insert where the template puts it' }))?.spec
                : undefined);
        if (!spec)
            return undefined;
        const edit = new vscode.WorkspaceEdit();
        const fix = (0, fixes_1.insertSectionFix)(answer, template, spec);
        (0, convert_1.addFixEdits)(edit, doc.uri, fix);
        if (!(await vscode.workspace.applyEdit(edit)))
            return undefined;
        const at = fix.edits[0].line - 1 + (fix.edits[0].text.startsWith('\n') ? 1 : 0);
        editor.revealRange(new vscode.Range(at, 0, at, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        return spec.id;
    };
}
/** `designPractice.fixAllMissingSections`: inserts every missing required section at once. */
function fixAllMissingSections(services) {
    return async () => {
        const editor = activeMarkdown();
        if (!editor)
            return 0;
        const { findings } = (0, linter_1.analyze)(editor.document.getText(), services.linter.configFor(editor.document.uri));
        const missing = findings.filter((f) => f.ruleId === 'SD001' && f.fix);
        if (missing.length === 0)
            return 0;
        const edit = new vscode.WorkspaceEdit();
        (0, convert_1.addFixEdits)(edit, editor.document.uri, (0, fixes_1.combineFixes)('Insert all missing sections', missing.map((f) => f.fix)));
        return (await vscode.workspace.applyEdit(edit)) ? missing.length : 0;
    };
}
//# sourceMappingURL=insertSection.js.map