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
const frontMatter_1 = require("../../../src/core/answer/frontMatter");
const frontMatterEdit_1 = require("../../../src/core/answer/frontMatterEdit");
const parseAnswer_1 = require("../../../src/core/answer/parseAnswer");
const fixes_1 = require("../../../src/core/lint/fixes");
function apply(text, result) {
    assert.ok('edits' in result, 'error' in result ? result.error : 'no edits');
    return (0, fixes_1.applyFixes)(text, [{ fix: { title: '', edits: result.edits } }]);
}
const data = (text) => (0, frontMatter_1.parseFrontMatter)((0, parseAnswer_1.splitLines)(text)).data;
/** Front matter whose bytes a YAML printer would change. */
const TEXT = '---\nprompt: x   # why\ntags: [a,b,   c]\nmask: 0x1F\nbig: 12345678901234567890\nmocks:\n- { rating: 3 }\n# about level\nlevel: L4\n---\n# Body\n';
describe('front matter edits', () => {
    it('appendToFrontMatterList adds one item to any key, only inserting lines', () => {
        const after = apply(TEXT, (0, frontMatterEdit_1.appendToFrontMatterList)(TEXT, 'mocks', { rating: 4, notes: 'ok' }));
        assert.equal(after, TEXT.replace('- { rating: 3 }\n', '- { rating: 3 }\n- rating: 4\n  notes: ok\n'));
        const added = apply(TEXT, (0, frontMatterEdit_1.appendToFrontMatterList)(TEXT, 'ratings', 5));
        assert.equal(added, TEXT.replace('level: L4\n', 'level: L4\nratings:\n  - 5\n'));
    });
    it('setFrontMatterKey replaces only that key\'s lines, keeping the comment before the next key', () => {
        const after = apply(TEXT, (0, frontMatterEdit_1.setFrontMatterKey)(TEXT, 'mocks', [{ rating: 5 }]));
        assert.equal(after, TEXT.replace('mocks:\n- { rating: 3 }\n', 'mocks:\n  - rating: 5\n'));
        const level = apply(TEXT, (0, frontMatterEdit_1.setFrontMatterKey)(TEXT, 'level', 'L5'));
        assert.equal(level, TEXT.replace('level: L4', 'level: L5'));
        const added = apply(TEXT, (0, frontMatterEdit_1.setFrontMatterKey)(TEXT, 'score', 7));
        assert.equal(added, TEXT.replace('level: L4\n', 'level: L4\nscore: 7\n'));
        assert.equal(data(added).big, data(TEXT).big);
        assert.equal(apply('# Body\n', (0, frontMatterEdit_1.setFrontMatterKey)('# Body\n', 'score', 7)), '---\nscore: 7\n---\n# Body\n');
    });
    it('refuses a flow-mapping front matter and values that are not lists, with a reason', () => {
        const flow = '---\n{ a: 0x1F }\n---\n';
        const set = (0, frontMatterEdit_1.setFrontMatterKey)(flow, 'b', 1);
        assert.ok('error' in set && /flow mapping/.test(set.error));
        const notList = (0, frontMatterEdit_1.appendToFrontMatterList)(TEXT, 'level', 1);
        assert.ok('error' in notList && /"level" in the front matter \(line 9\) is not a list/.test(notList.error));
    });
});
//# sourceMappingURL=frontMatterEdit.test.js.map