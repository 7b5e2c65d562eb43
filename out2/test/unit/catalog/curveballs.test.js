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
const curveballs_1 = require("../../../src/core/catalog/curveballs");
const loadPrompts_1 = require("../../../src/core/catalog/loadPrompts");
const file = (body) => ({
    file: 'mine.md',
    text: `---\nid: platform/mine\ntitle: Mine\nteam: platform\nlevel: L5\ntemplate: system-design\n---\n## Statement\n\nDesign a thing that does things at scale.\n\n${body}`,
});
describe('prompt curveballs', () => {
    it('are read from ## Curveballs, with [signal] tags, continuation lines and inferred signals', () => {
        const { prompt, problems } = (0, loadPrompts_1.parsePromptFile)(file('## Curveballs\n\n- [requirements] The business now needs this in three regions.\n  What changes in your design?\n- Traffic is now ten times what you planned for. What breaks first?\n'));
        assert.deepEqual(problems, []);
        assert.deepEqual(prompt.curveballs, [
            { question: 'The business now needs this in three regions. What changes in your design?', signal: 'requirements' },
            { question: 'Traffic is now ten times what you planned for. What breaks first?', signal: 'requirements' },
        ]);
        assert.deepEqual(prompt.followUps, [], 'curveballs are not follow-ups');
    });
    it('are empty when the prompt has none', () => {
        assert.deepEqual((0, loadPrompts_1.parsePromptFile)(file('## Pitfalls\n\n- Something.\n')).prompt.curveballs, []);
    });
    it('report problems on the line to fix, naming Curveballs, and the prompt does not load', () => {
        const text = file('## Curveballs\n\n- [budget] Costs must halve. What goes?\n- Twice?\n- Twice?\nA paragraph.\n- \n');
        const { prompt, problems } = (0, loadPrompts_1.parsePromptFile)(text);
        assert.equal(prompt, undefined);
        const lines = text.text.split('\n');
        const at = (needle) => lines.findIndex((l) => l.startsWith(needle)) + 1;
        assert.deepEqual(problems.map((p) => [p.field, p.line, p.message.split(/[;:]/)[0]]), [
            ['Curveballs', at('- [budget]'), 'Unknown signal [budget] in Curveballs'],
            ['Curveballs', at('- Twice?') + 1, 'Duplicate curveball'],
            ['Curveballs', at('A paragraph'), 'Curveballs holds a list of questions'],
            ['Curveballs', at('A paragraph') + 1, 'Empty curveball'],
        ]);
    });
    it('are at most three: a fourth is reported on its line', () => {
        const { curveballs, problems } = (0, curveballs_1.parsePromptCurveballs)('- One?\n- Two?\n- Three?\n- Four?\n', 20);
        assert.equal(curveballs.length, 3);
        assert.deepEqual(problems.map((p) => [p.line, p.message]), [[23, 'More than 3 curveballs: list at most 3']]);
    });
    it('report an empty section and an overlong question', () => {
        assert.match((0, loadPrompts_1.parsePromptFile)(file('## Curveballs\n\n')).problems[0].message, /^Curveballs has no questions/);
        assert.match((0, curveballs_1.parsePromptCurveballs)(`- ${'why '.repeat(120)}?`, 5).problems[0].message, /^Curveball is \d+ characters long/);
    });
});
//# sourceMappingURL=curveballs.test.js.map