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
const promptFiles_1 = require("../../../src/core/catalog/promptFiles");
const promptSkeleton_1 = require("../../../src/core/catalog/promptSkeleton");
describe('telling prompt files from answers', () => {
    it('a file whose front matter has id, title and team is a prompt file, even with a template', () => {
        assert.ok((0, promptFiles_1.isPromptFileText)((0, promptSkeleton_1.promptFileSkeleton)('platform/my-prompt', 'platform')));
        assert.ok((0, promptFiles_1.isPromptFileText)('---\nid: a/b\ntitle: T\nteam: payments\n---\n'));
    });
    it('answers, plain Markdown and partial front matter are not', () => {
        assert.equal((0, promptFiles_1.isPromptFileText)('---\nprompt: ads/frequency-capping\ntemplate: system-design\ntitle: My answer\n---\n# x\n'), false);
        assert.equal((0, promptFiles_1.isPromptFileText)('---\nid: a/b\ntitle: T\n---\n'), false);
        assert.equal((0, promptFiles_1.isPromptFileText)('# id: a\n'), false);
        assert.equal((0, promptFiles_1.isPromptFileText)(''), false);
    });
    it('a prompt file with a YAML mistake or no closing fence still is one', () => {
        assert.ok((0, promptFiles_1.isPromptFileText)('---\nid: a/b\ntitle: T\nteam: x\ntags: [a\n---\n## Statement\n'));
        assert.ok((0, promptFiles_1.isPromptFileText)('---\nid: a/b\ntitle: T\nteam: x\n## Statement\n'));
    });
});
//# sourceMappingURL=promptFiles.test.js.map