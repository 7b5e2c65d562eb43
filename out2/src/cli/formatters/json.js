"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.json = void 0;
/** Every finding as `{ file, ruleId, ruleName, severity, message, line, column, endLine, endColumn, sectionId?, fix? }`. */
const json = (results) => {
    const findings = results.flatMap((r) => r.findings.map((f) => ({ file: r.file, ...f })));
    return `${JSON.stringify(findings, null, 2)}\n`;
};
exports.json = json;
//# sourceMappingURL=json.js.map