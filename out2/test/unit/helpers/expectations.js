"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readExpectations = readExpectations;
const EXPECT = /<!--\s*expect\s+((?:SD\d{3}[\s,]*)+)(?:\s+at\s+(\d+|end))?\s*(?::\s*(.*?))?\s*-->/g;
const CONFIG = /<!--\s*lint-config\s+([\s\S]*?)-->/;
function readExpectations(text) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    // "at end" is the file's last line: where a finding about the end of the answer is shown.
    const lastLine = lines.length;
    const expectations = [];
    lines.forEach((lineText, index) => {
        for (const m of lineText.matchAll(EXPECT)) {
            const line = m[2] === undefined ? index + 1 : m[2] === 'end' ? lastLine : Number(m[2]);
            for (const ruleId of m[1].split(/[\s,]+/).filter(Boolean)) {
                expectations.push({ ruleId, line, ...(m[3] ? { message: m[3] } : {}) });
            }
        }
    });
    const configMatch = CONFIG.exec(text);
    return { expectations, ...(configMatch ? { config: JSON.parse(configMatch[1]) } : {}) };
}
//# sourceMappingURL=expectations.js.map