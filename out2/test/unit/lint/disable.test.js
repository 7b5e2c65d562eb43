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
const assert = __importStar(require("node:assert/strict"));
const linter_1 = require("../../../src/core/lint/linter");
const at = (text) => (0, linter_1.lint)(text).map((f) => `${f.ruleId}@${f.line}`);
/** A clean answer around `body`, which starts on line 3 of the Requirements section. */
const base = (body) => `## Requirements\n\n${body}\n- 40 million households.\n\n## Scope\n\n- Caps.\n\n## Architecture\n\n- A service.\n\n## Trade-offs\n\n- X over Y, but slower.\n\n## Operability\n\n- Alerts; failures retry; the ads team owns it.\n`;
describe('inline disable comments', () => {
    it('disable-next-line covers exactly the next line, by id or by name', () => {
        assert.deepEqual(at(base('- QPS: TBD\n- Users: TBD')), ['SD004@3', 'SD004@4']);
        assert.deepEqual(at(base('<!-- design-practice-disable-next-line SD004 -->\n- QPS: TBD\n- Users: TBD 10M')), ['SD004@5']);
        assert.deepEqual(at(base('<!-- design-practice-disable-next-line placeholder-left -->\n- QPS: TBD 10M')), []);
    });
    it('disable ... enable covers the lines between', () => {
        const text = base('<!-- design-practice-disable SD004 -->\n- QPS: TBD\n- Users: TBD\n<!-- design-practice-enable SD004 -->\n- Data: TBD 5 TB');
        assert.deepEqual(at(text), ['SD004@7']);
    });
    it('disable with no rule named turns every rule off; without enable it runs to the end', () => {
        const text = `<!-- design-practice-disable -->\n${base('- QPS: TBD')}`.replace('## Operability', '## Notes');
        assert.deepEqual(at(text), []);
    });
    it('only the named rules are switched off', () => {
        const text = base('<!-- design-practice-disable SD005 -->\n- Members want fast pages: TBD');
        assert.deepEqual(at(text), ['SD004@4']);
        assert.deepEqual(at(base('- Members want fast pages: TBD')), ['SD004@3']);
        const unquantified = '<!-- design-practice-disable SD005 -->\n## Requirements\n\n- Members want fast pages.\n';
        assert.ok(!(0, linter_1.lint)(unquantified).some((f) => f.ruleId === 'SD005'));
        assert.ok((0, linter_1.lint)(unquantified.slice(unquantified.indexOf('\n') + 1)).some((f) => f.ruleId === 'SD005'));
    });
    it('several rules in one comment, and findings at the end of the file', () => {
        const text = '<!-- design-practice-disable SD001, SD005 -->\n## Requirements\n\n- Fast: TBD\n';
        assert.deepEqual(at(text), ['SD004@4']);
    });
    it('a directive inside a code block is not a directive', () => {
        const text = base('```\n<!-- design-practice-disable -->\n```\n- QPS: TBD 10k');
        assert.deepEqual(at(text), ['SD004@6']);
    });
});
//# sourceMappingURL=disable.test.js.map