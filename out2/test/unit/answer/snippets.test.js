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
const answerStatus_1 = require("../../../src/core/answer/answerStatus");
const snippets_1 = require("../../../src/core/answer/snippets");
const linter_1 = require("../../../src/core/lint/linter");
const templates_1 = require("../../../src/core/answer/templates");
const mermaid_1 = require("../../../src/core/diagram/mermaid");
const paths_1 = require("../helpers/paths");
describe('snippets', () => {
    const file = `${paths_1.repoRoot}/snippets/design-practice.code-snippets`;
    it('the committed snippets file is what the templates generate (run npm run gen:snippets)', () => {
        assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), (0, snippets_1.buildSnippets)());
    });
    it('has a whole-answer snippet per template and a dp- snippet for every section', () => {
        const prefixes = Object.values((0, snippets_1.buildSnippets)()).map((s) => s.prefix);
        assert.ok(prefixes.includes('dp-answer') && prefixes.includes('dp-ml-answer'));
        for (const t of templates_1.TEMPLATES.values())
            for (const s of t.sections)
                assert.ok(prefixes.includes(`dp-${s.id}`), `dp-${s.id}`);
        assert.ok(prefixes.every((p) => p.startsWith('dp-')));
        assert.equal(new Set(prefixes).size, prefixes.length, 'prefixes are unique');
    });
    it('turns every guiding prompt into a tab stop and escapes snippet syntax', () => {
        const op = Object.values((0, snippets_1.buildSnippets)()).find((s) => s.prefix === 'dp-operability');
        assert.equal(op.body[0], '## Operability');
        assert.match(op.body.join('\n'), /\$\{1:the metrics, dashboards and alerts that show it is healthy\}/);
        assert.equal(op.body.at(-1), '$0');
        const answer = Object.values((0, snippets_1.buildSnippets)()).find((s) => s.prefix === 'dp-answer');
        const stops = [...answer.body.join('\n').matchAll(/\$\{(\d+):/g)].map((m) => Number(m[1]));
        assert.deepEqual(stops, stops.map((_, i) => i + 1), 'tab stops are numbered in order');
    });
    /** A snippet's text once inserted and every placeholder accepted as it is (Tab, Tab, ...). */
    const accepted = (body) => body.join('\n').replace(/\$\{\d+:((?:\\.|[^\\}])*)\}/g, '$1').replace(/\$0/g, '').replace(/\\([\\$}])/g, '$1');
    it('dp-diagram and dp-sequence insert Mermaid diagrams that read cleanly as they are', () => {
        const byPrefix = (prefix) => Object.values((0, snippets_1.buildSnippets)()).find((s) => s.prefix === prefix);
        for (const [prefix, kind, nodes, edges] of [
            ['dp-diagram', 'flowchart', 7, 6],
            ['dp-sequence', 'sequence', 4, 7],
        ]) {
            // A choice (`${1|read,write|}`) accepted as it is takes its first option.
            const text = accepted(byPrefix(prefix).body).replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1');
            assert.doesNotMatch(text, /\$\{/, prefix);
            const body = text.split('\n');
            assert.equal(body[0], '```mermaid');
            const diagram = (0, mermaid_1.readMermaid)(body.slice(1, body.indexOf('```', 1)).join('\n'));
            assert.deepEqual([diagram.kind, diagram.nodes.length, diagram.edges.length, diagram.errors], [kind, nodes, edges, []], prefix);
        }
    });
    it('an untouched whole-answer snippet is template text: SD002 on every section, and a draft', () => {
        for (const prefix of ['dp-answer', 'dp-ml-answer']) {
            const text = accepted(Object.values((0, snippets_1.buildSnippets)()).find((s) => s.prefix === prefix).body);
            assert.doesNotMatch(text, /\$\{|_/, prefix);
            const findings = (0, linter_1.lint)(text);
            const template = templates_1.TEMPLATES.get(prefix === 'dp-answer' ? 'system-design' : 'ml-system-design');
            assert.deepEqual(findings.filter((f) => f.ruleId === 'SD002').map((f) => f.sectionId), template.sections.filter((s) => s.required).map((s) => s.id), prefix);
            assert.match(findings.find((f) => f.ruleId === 'SD002').message, /still holds only the template's prompts/);
            assert.equal((0, answerStatus_1.answerStatus)(text), 'draft', prefix);
        }
    });
    it('an untouched section snippet inside an answer with words of its own is SD004, one line each', () => {
        const op = accepted(Object.values((0, snippets_1.buildSnippets)()).find((s) => s.prefix === 'dp-operability').body);
        const text = `---\ntemplate: system-design\n---\n# X\n\n${op.replace('## Operability\n', '## Operability\n\n- Alert on p99 latency; the payments team is on call.\n')}`;
        const sd004 = (0, linter_1.lint)(text).filter((f) => f.ruleId === 'SD004' && f.sectionId === 'operability');
        assert.ok(sd004.length > 0);
    });
    it('finds the dp- word the cursor ends, and nothing else', () => {
        assert.equal((0, snippets_1.snippetWordStart)('dp-'), 0);
        assert.equal((0, snippets_1.snippetWordStart)('- dp-ar'), 2);
        assert.equal((0, snippets_1.snippetWordStart)('text (dp-'), 6);
        for (const prefix of ['', 'dp', 'see-', 'xdp-', 'my-dp-', 'dp- x'])
            assert.equal((0, snippets_1.snippetWordStart)(prefix), undefined, prefix);
        assert.equal((0, snippets_1.snippetWordStart)(`${' dp-'.repeat(40000)}`), 160000 - 3);
    });
});
//# sourceMappingURL=snippets.test.js.map