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
exports.AnswerHeadingHover = void 0;
/** Hovering a heading of an answer says which template section Design Practice reads it as, and why. */
const vscode = __importStar(require("vscode"));
const convert_1 = require("./convert");
class AnswerHeadingHover {
    linter;
    constructor(linter) {
        this.linter = linter;
    }
    provideHover(document, position) {
        const result = this.linter.resultFor(document.uri);
        if (!result || result.version !== document.version)
            return undefined;
        const reading = result.analysis.answer.readings.find((r) => r.heading.line <= position.line && position.line <= r.heading.endLine);
        if (!reading)
            return undefined;
        const paragraphs = [
            reading.specs.length > 0
                ? `Design Practice reads this as: ${reading.specs.map((s) => s.title).join(' and ')}`
                : `Design Practice reads this as no section${reading.reason === 'the title' ? ': it is the title' : ''}`,
            `Why: ${reading.reason}.`,
        ];
        if (reading.specs.length === 0 && reading.reason !== 'the title') {
            paragraphs.push('To count it as a section, add it to "aliases" in .design-practice.json (the quick fix on "Missing section" does that).');
        }
        return new vscode.Hover(new vscode.MarkdownString(paragraphs.map(convert_1.escapeMarkdown).join('\n\n')), new vscode.Range(reading.heading.line, 0, reading.heading.endLine, document.lineAt(reading.heading.endLine).text.length));
    }
}
exports.AnswerHeadingHover = AnswerHeadingHover;
//# sourceMappingURL=headingHover.js.map