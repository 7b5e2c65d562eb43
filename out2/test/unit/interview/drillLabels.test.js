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
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const bundledPrompts_1 = require("../../../src/platform/node/bundledPrompts");
const interview_1 = require("../../../src/core/interview");
const paths_1 = require("../helpers/paths");
const PARTS = ['tuned', 'held-out', 'held-out-2'];
const DIR = (0, paths_1.fixturePath)('drill');
const labels = JSON.parse(fs.readFileSync(path.join(DIR, 'labels.json'), 'utf8'));
const key = (answer, id, line) => `${answer}|${id}|${line ?? '-'}`;
describe('drill on real answers (judged question set)', () => {
    const catalog = (0, bundledPrompts_1.loadBundledCatalog)();
    const byKey = new Map(labels.questions.map((q) => [key(q.answer, q.id, q.line), q]));
    const asked = new Map();
    before(async () => {
        for (const a of labels.answers) {
            const prompt = catalog.prompts.find((p) => p.id === a.prompt);
            assert.ok(prompt, `${a.file}: no bundled prompt ${a.prompt}`);
            const text = fs.readFileSync(path.join(DIR, 'answers', a.file), 'utf8');
            const probes = (await interview_1.PROBE_INTERVIEWER.questions({ answer: text, prompt })).filter((p) => p.source === 'answer');
            asked.set(a.file, { part: a.part, probes });
        }
        const lines = [];
        for (const part of PARTS) {
            const found = [...asked.entries()].filter(([, v]) => v.part === part).flatMap(([file, v]) => v.probes.map((p) => byKey.get(key(file, p.id, p.line === undefined ? undefined : p.line + 1))));
            const count = (l) => found.filter((q) => q?.label === l).length;
            lines.push(`    ${part}: ${found.length} questions, GOOD ${count('GOOD')}, WEAK ${count('WEAK')}, FALSE ${count('FALSE')}, precision ${(count('GOOD') / Math.max(1, found.length)).toFixed(2)}`);
            if (part !== 'tuned')
                for (const q of found)
                    if (q?.label === 'FALSE')
                        lines.push(`      ${part} FALSE: ${q.answer}:${q.line ?? '-'} ${q.id} (${q.reason})`);
        }
        console.log(lines.join('\n'));
    });
    it('covers at least 150 questions on at least 12 tuned answers, at least a quarter of the answers held out', () => {
        assert.ok(labels.answers.filter((a) => a.part === 'tuned').length >= 12);
        assert.ok(labels.questions.length >= 150);
        const held = labels.answers.filter((a) => a.part !== 'tuned').length;
        assert.ok(held >= labels.answers.length / 4, `${held} held out`);
    });
    it('asks nothing that is not labelled', () => {
        const missing = [];
        for (const [file, { probes }] of asked) {
            for (const p of probes)
                if (!byKey.has(key(file, p.id, p.line === undefined ? undefined : p.line + 1)))
                    missing.push(`${file}:${p.line === undefined ? '-' : p.line + 1} ${p.id}: ${p.question}`);
        }
        assert.deepEqual(missing, [], 'label these in test/fixtures/drill/labels.json, saying when the label was added');
    });
    it('asks no FALSE question on the tuned part', () => {
        const wrong = [];
        for (const [file, { part, probes }] of asked) {
            if (part !== 'tuned')
                continue;
            for (const p of probes) {
                const q = byKey.get(key(file, p.id, p.line === undefined ? undefined : p.line + 1));
                if (q?.label === 'FALSE')
                    wrong.push(`${file}:${q.line ?? '-'} ${q.id}: ${q.reason}`);
            }
        }
        assert.deepEqual(wrong, []);
    });
});
//# sourceMappingURL=drillLabels.test.js.map