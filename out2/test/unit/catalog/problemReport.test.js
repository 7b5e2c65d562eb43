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
const loadPrompts_1 = require("../../../src/core/catalog/loadPrompts");
const problemReport_1 = require("../../../src/core/catalog/problemReport");
describe('reporting broken prompt files', () => {
    const broken = (0, loadPrompts_1.parsePromptFile)({ file: 'file:///w/.design-practice/prompts/my.md', text: '---\nid: a/b\ntitle: T\nteam: Not A Team\nlevel: L9\ntemplate: nope\n---\n' }).problems;
    it('one notification per file, naming the first problem and the fields of the rest', () => {
        const other = (0, loadPrompts_1.parsePromptFile)({ file: 'file:///w/.design-practice/prompts/other.md', text: '# no front matter' }).problems;
        const files = (0, problemReport_1.problemsByFile)([...broken, ...other]);
        assert.deepEqual(files.map((f) => [f.file.replace(/.*\//, ''), f.problems.length]), [['my.md', 4], ['other.md', 1]]);
        assert.equal((0, problemReport_1.fileProblemMessage)('.design-practice/prompts/my.md', files[0].problems), 'Design Practice: prompt file .design-practice/prompts/my.md was not loaded. team: Invalid team "Not A Team": use lower-case words joined by hyphens, e.g. payments (and 3 more problems: level, template, Statement)');
        assert.match((0, problemReport_1.fileProblemMessage)('other.md', files[1].problems), /^Design Practice: prompt file other\.md was not loaded\. No front matter: [^(]*$/);
    });
    it('tree rows lead with the file name and the field, and carry the message as description', () => {
        assert.deepEqual((0, problemReport_1.problemRow)(broken[0], '.design-practice/prompts/my.md'), { label: 'my.md · team', description: broken[0].message });
        assert.equal((0, problemReport_1.problemRow)({ file: 'x', message: 'm', line: 3 }, 'a\\b\\x.md').label, 'x.md · line 3');
        assert.equal((0, problemReport_1.problemRow)({ file: 'x', message: 'm' }, 'x.md').label, 'x.md');
    });
});
//# sourceMappingURL=problemReport.test.js.map