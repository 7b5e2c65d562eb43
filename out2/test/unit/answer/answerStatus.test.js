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
const answerStatus_1 = require("../../../src/core/answer/answerStatus");
const scaffold_1 = require("../../../src/core/answer/scaffold");
const config_1 = require("../../../src/core/lint/config");
const rules_1 = require("../../../src/core/lint/rules");
const bundledPrompts_1 = require("../../../src/platform/node/bundledPrompts");
const prompt = (0, bundledPrompts_1.loadBundledCatalog)().prompts.find((p) => p.template === 'system-design');
const mlPrompt = (0, bundledPrompts_1.loadBundledCatalog)().prompts.find((p) => p.template === 'ml-system-design');
const today = new Date('2025-01-02T00:00:00Z');
/** Only SD001 on: these tests are about the status, not about what the other rules look for. */
const onlySd001 = (0, config_1.resolveConfig)({ rules: Object.fromEntries(rules_1.RULES.filter((r) => r.names[0] !== 'SD001').map((r) => [r.names[0], 'off'])) }, rules_1.RULES).config;
/** Appends a sentence of the user's own under every section heading of the scaffold. */
function fillIn(text) {
    return text.replace(/^(## .+)$/gm, '$1\n\nMy own words about this part, with numbers: 10k QPS.\n');
}
describe('answer status', () => {
    it('a fresh scaffold is a draft, not complete, even with only SD001 on, with or without the clarifying questions', () => {
        for (const config of [undefined, onlySd001]) {
            for (const includeClarifyingQuestions of [false, true]) {
                for (const p of [prompt, mlPrompt]) {
                    assert.equal((0, answerStatus_1.answerStatus)((0, scaffold_1.scaffoldAnswer)(p, today, { includeClarifyingQuestions }), config, { clarifyingQuestions: p.clarifyingQuestions }), 'draft');
                }
            }
        }
    });
    it('is complete when every required section has text of its own', () => {
        for (const includeClarifyingQuestions of [false, true]) {
            for (const p of [prompt, mlPrompt]) {
                assert.equal((0, answerStatus_1.answerStatus)(fillIn((0, scaffold_1.scaffoldAnswer)(p, today, { includeClarifyingQuestions })), onlySd001, { clarifyingQuestions: p.clarifyingQuestions }), 'complete');
            }
        }
    });
    it('is a draft when a required section is missing', () => {
        const text = fillIn((0, scaffold_1.scaffoldAnswer)(prompt, today)).replace(/## Operability[\s\S]*$/, '');
        assert.equal((0, answerStatus_1.answerStatus)(text, onlySd001), 'draft');
    });
    it('is a draft while the linter warns', () => {
        const text = fillIn((0, scaffold_1.scaffoldAnswer)(prompt, today));
        const { config } = (0, config_1.resolveConfig)({ rules: { ...Object.fromEntries(rules_1.RULES.map((r) => [r.names[0], 'off'])), SD001: 'warning' }, requiredSections: ['requirements', 'scope', 'architecture', 'trade-offs', 'operability', 'evaluation'] }, rules_1.RULES);
        assert.equal((0, answerStatus_1.answerStatus)(text, config), 'draft');
    });
    it('honours the configured required sections and severities', () => {
        const text = fillIn((0, scaffold_1.scaffoldAnswer)(prompt, today)).replace(/## Operability[\s\S]*$/, '');
        const { config } = (0, config_1.resolveConfig)({ rules: { ...Object.fromEntries(rules_1.RULES.map((r) => [r.names[0], 'off'])), SD001: 'info' }, requiredSections: ['requirements', 'scope', 'architecture', 'trade-offs'] }, rules_1.RULES);
        assert.equal((0, answerStatus_1.answerStatus)(text, config), 'complete');
    });
    it('never throws on odd input', () => {
        for (const text of ['', '---', '---\nprompt: [\n---\n', '\u0000\u0001', '# only a title'])
            assert.equal((0, answerStatus_1.answerStatus)(text), 'draft');
    });
    it('picks the furthest status', () => {
        assert.equal((0, answerStatus_1.bestStatus)([]), 'none');
        assert.equal((0, answerStatus_1.bestStatus)(['draft', 'none']), 'draft');
        assert.equal((0, answerStatus_1.bestStatus)(['draft', 'complete']), 'complete');
    });
});
//# sourceMappingURL=answerStatus.test.js.map