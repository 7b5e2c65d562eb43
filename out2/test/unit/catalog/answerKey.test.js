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
const answerKey_1 = require("../../../src/core/catalog/answerKey");
const loadPrompts_1 = require("../../../src/core/catalog/loadPrompts");
const bundledPrompts_1 = require("../../../src/platform/node/bundledPrompts");
const promptSections_1 = require("./promptSections");
const file = (body) => ({
    file: 'mine.md',
    text: `---\nid: platform/mine\ntitle: Mine\nteam: platform\nlevel: L5\ntemplate: system-design\n---\n## Statement\n\nDesign a counter that counts things at scale.\n\n${body}`,
});
const lineOf = (text, needle) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
describe('prompt answer key', () => {
    it('is read from ## Answer key: signal, optional [L5], the point with its continuation, and Look-for groups', () => {
        const { prompt, problems } = (0, loadPrompts_1.parsePromptFile)(file([
            '## Answer key',
            '',
            '- [data-flow] Counters live per household in a low-latency store,',
            '  read once per decision.',
            '  Look for: Household; one read | Single  Read | multi-get',
            '- [ownership] [L5] Fail open or closed when the store is slow, and who decides.',
            '  Look for: fail open | fail-open | fail closed',
            '',
            '<!-- more to come -->',
            '## Pitfalls',
            '',
            '- Forgetting retries.',
        ].join('\n')));
        assert.deepEqual(problems, []);
        assert.deepEqual(prompt.answerKey, [
            {
                signal: 'data-flow',
                level: 'L4',
                point: 'Counters live per household in a low-latency store, read once per decision.',
                lookFor: [['household'], ['one read', 'single read', 'multi-get']],
            },
            { signal: 'ownership', level: 'L5', point: 'Fail open or closed when the store is slow, and who decides.', lookFor: [['fail open', 'fail-open', 'fail closed']] },
        ]);
        assert.equal(prompt.pitfalls, '- Forgetting retries.', 'the key is no part of the view parts');
    });
    it('is empty when the prompt has none', () => {
        assert.deepEqual((0, loadPrompts_1.parsePromptFile)(file('## Pitfalls\n\n- Something.\n')).prompt.answerKey, []);
    });
    it('reports each problem on its line, naming the field, and the prompt does not load', () => {
        const body = [
            '## Answer key',
            '',
            '- [nonsense] A point with a bad tag.',
            '  Look for: word',
            '- A point without a tag.',
            '  Look for: word',
            '- [trade-offs] A point without a Look-for line.',
            '- [trade-offs] A point whose Look-for is a pattern.',
            '  Look for: fail.*open | (a|b)',
            '- [experience] [L5]',
            '  Look for: word',
            '- [data-flow] Twice.',
            '  Look for: twice',
            '- [data-flow] twice.',
            '  Look for: twice',
            'A paragraph outside the list.',
            '- [requirements] Empty groups.',
            '  Look for: a;; b',
            '- [requirements] A second look-for line.',
            '  Look for: a',
            '  Look for: b',
            '- [ownership] [data-flow] Two signals.',
            '  Look for: a',
        ].join('\n');
        const source = file(body);
        const { prompt, problems } = (0, loadPrompts_1.parsePromptFile)(source);
        assert.equal(prompt, undefined);
        const at = (needle) => lineOf(source.text, needle);
        assert.deepEqual(problems.map((p) => [p.field, p.line, p.message.split(/[;:,(]/)[0]]), [
            ['Answer key', at('[nonsense]'), 'Unknown tag [nonsense] in Answer key'],
            ['Answer key', at('without a tag'), 'Answer-key point needs a signal tag first'],
            ['Answer key', at('without a Look-for'), 'Answer-key point has no "Look for'],
            ['Answer key', at('fail.*open'), 'Look for'],
            ['Answer key', at('[experience] [L5]'), 'Empty answer-key point'],
            ['Answer key', at('- [data-flow] twice'), 'Duplicate answer-key point'],
            ['Answer key', at('A paragraph outside'), 'Answer key holds a list of points'],
            ['Answer key', at('a;; b'), 'Look for'],
            ['Answer key', at('Look for: b'), 'A second "Look for'],
            ['Answer key', at('Two signals'), 'Two signal tags on one point'],
        ]);
        assert.match(problems[3].message, /"fail\.\*open" is not plain words/);
        assert.match(problems[7].message, /a group has no words/);
    });
    it('reports an empty section, a trailing ";" is no group, and a key over the limit', () => {
        assert.match((0, loadPrompts_1.parsePromptFile)(file('## Answer key\n\n')).problems[0].message, /no points/);
        assert.deepEqual((0, answerKey_1.parseAnswerKey)('- [requirements] Sized.\n  Look for: qps;', 3).points[0].lookFor, [['qps']]);
        const many = Array.from({ length: answerKey_1.MAX_KEY_POINTS + 1 }, (_, i) => `- [requirements] Point ${i}.\n  Look for: p${i}`).join('\n');
        const result = (0, answerKey_1.parseAnswerKey)(many, 10);
        assert.equal(result.problems.length, 1);
        assert.equal(result.problems[0].line, 10 + 2 * answerKey_1.MAX_KEY_POINTS);
        assert.match(result.problems[0].message, /at most 20/);
    });
    it('never throws on odd text', () => {
        for (const text of ['', '-', '- [', '- []', '- [data-flow]', '  Look for:', '- [L5] x\n  look FOR : a|b;c', '\u0000- [x] \uD800', '- [data-flow] x\n  Look for: ;;;|||']) {
            assert.doesNotThrow(() => (0, answerKey_1.parseAnswerKey)(text, 1), JSON.stringify(text));
        }
    });
});
describe('bundled answer keys', () => {
    const { prompts } = (0, bundledPrompts_1.loadBundledCatalog)();
    it('are loaded for every bundled prompt, as many points as the files hold, at least two [L5] each', () => {
        // Every list item of the raw section is a point the loader read.
        const raw = new Map((0, promptSections_1.rawBundledPrompts)().map((r) => [r.file, ((0, promptSections_1.sectionLines)(r.text, 'Answer key')?.lines ?? []).filter((l) => /^- \[/.test(l)).length]));
        for (const p of prompts) {
            const file = p.source.replace(/^bundled:/, '');
            assert.equal(p.answerKey.length, raw.get(file), p.id);
            assert.ok(p.answerKey.length >= 6 && p.answerKey.length <= 10, `${p.id}: ${p.answerKey.length} points`);
            assert.ok(p.answerKey.filter((k) => k.level === 'L5').length >= 2, `${p.id}: two [L5] points`);
        }
    });
});
//# sourceMappingURL=answerKey.test.js.map