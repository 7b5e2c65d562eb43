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
const scaffold_1 = require("../../../src/core/answer/scaffold");
const bundledPrompts_1 = require("../../../src/platform/node/bundledPrompts");
const linter_1 = require("../../../src/core/lint/linter");
describe('scaffolding', () => {
    const prompts = (0, bundledPrompts_1.loadBundledCatalog)().prompts;
    const day = new Date('2026-11-22T10:00:00Z');
    it('writes front matter, the title and every section, without the clarifying questions: asking them is the practice', () => {
        const p = prompts.find((x) => x.id === 'streaming/adaptive-bitrate');
        const text = (0, scaffold_1.scaffoldAnswer)(p, day);
        assert.match(text, /^---\nprompt: streaming\/adaptive-bitrate\ntemplate: system-design\nlevel: L4\nstarted: 2026-11-22\n---\n/);
        assert.match(text, new RegExp(`\n# ${p.title}\n`));
        const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
        assert.deepEqual(headings, ['Requirements', 'Scope', 'Architecture', 'Trade-offs', 'Operability']);
        for (const q of p.clarifyingQuestions)
            assert.ok(!text.includes(q), q);
        assert.ok(!text.includes('Clarifying questions to ask'));
        assert.equal((0, scaffold_1.scaffoldAnswer)(p, day, { includeClarifyingQuestions: false }), text);
    });
    it('copies the clarifying questions under Requirements when asked to (designPractice.scaffold.includeClarifyingQuestions)', () => {
        const p = prompts.find((x) => x.id === 'streaming/adaptive-bitrate');
        const text = (0, scaffold_1.scaffoldAnswer)(p, day, { includeClarifyingQuestions: true });
        assert.ok(text.includes('**Clarifying questions to ask:**'));
        for (const q of p.clarifyingQuestions)
            assert.ok(text.includes(`- ${q}`), q);
        assert.ok(text.indexOf(p.clarifyingQuestions[0]) > text.indexOf('## Requirements'), 'questions sit under Requirements');
        assert.ok(text.indexOf(p.clarifyingQuestions[0]) < text.indexOf('## Scope'), 'and before Scope');
    });
    it('a fresh scaffold has no missing or out-of-order sections, for every bundled prompt', () => {
        for (const p of prompts) {
            for (const includeClarifyingQuestions of [false, true]) {
                const ids = (0, linter_1.lint)((0, scaffold_1.scaffoldAnswer)(p, day, { includeClarifyingQuestions })).map((f) => f.ruleId);
                assert.ok(!ids.includes('SD001') && !ids.includes('SD003') && !ids.includes('SD009') && !ids.includes('SD010'), `${p.id}: ${ids}`);
            }
        }
    });
    it('ML prompts get the Evaluation section', () => {
        const text = (0, scaffold_1.scaffoldAnswer)(prompts.find((x) => x.template === 'ml-system-design'), day);
        assert.deepEqual([...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]), ['Requirements', 'Scope', 'Architecture', 'Evaluation', 'Trade-offs', 'Operability']);
    });
    it('numbers further attempts and never picks a taken name', async () => {
        assert.equal((0, scaffold_1.attemptFileName)('top-10', 1), 'top-10.md');
        assert.equal((0, scaffold_1.attemptFileName)('top-10', 3), 'top-10-3.md');
        const taken = new Set(['top-10.md', 'top-10-2.md']);
        assert.deepEqual(await (0, scaffold_1.nextFreeAttempt)('top-10', async (f) => taken.has(f)), { attempt: 3, fileName: 'top-10-3.md' });
        assert.deepEqual(await (0, scaffold_1.nextFreeAttempt)('new', async () => false), { attempt: 1, fileName: 'new.md' });
    });
});
//# sourceMappingURL=scaffold.test.js.map