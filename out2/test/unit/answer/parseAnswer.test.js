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
const headingMatch_1 = require("../../../src/core/answer/headingMatch");
const parseAnswer_1 = require("../../../src/core/answer/parseAnswer");
const templates_1 = require("../../../src/core/answer/templates");
const target = { template: templates_1.SYSTEM_DESIGN, matcher: (0, headingMatch_1.createSectionMatcher)(templates_1.SYSTEM_DESIGN) };
const parse = (text) => (0, parseAnswer_1.parseAnswer)(text, target);
const ids = (doc) => doc.sections.filter((s) => s.spec).map((s) => s.spec.id);
describe('parseAnswer', () => {
    it('finds sections in order with their body ranges, and a title', () => {
        const doc = parse('# Frequency capping\n\n## Requirements\n\n- 300k QPS\n\n## Scope\n\n- Caps only\n');
        assert.equal(doc.title?.text, 'Frequency capping');
        assert.deepEqual(ids(doc), ['requirements', 'scope']);
        const req = (0, parseAnswer_1.findSection)(doc, 'requirements');
        assert.equal(req.heading.line, 2);
        assert.equal(req.bodyStart, 3);
        assert.equal(req.end, 6);
        assert.deepEqual([...(0, parseAnswer_1.proseLines)(doc, req)].map((l) => l.text), ['- 300k QPS']);
    });
    it('recognises setext headings, spanning two lines', () => {
        const doc = parse('Requirements\n------------\n\n- 10M users\n\nArchitecture\n============\n\n- A service\n');
        assert.deepEqual(ids(doc), ['requirements', 'architecture']);
        assert.equal(doc.sections[0].heading.endLine, 1);
        assert.equal(doc.sections[0].bodyStart, 2);
    });
    it('ignores headings inside code fences, indented code, HTML blocks, HTML comments and front matter', () => {
        const text = [
            '---',
            '# Scope',
            'template: system-design',
            '---',
            '## Requirements',
            '',
            '```md',
            '## Architecture',
            '```',
            '',
            '    ## Trade-offs',
            '',
            '<!--',
            '## Operability',
            '-->',
            '',
            '<div>',
            '## Scope',
            '</div>',
        ].join('\n');
        const doc = parse(text);
        assert.deepEqual(ids(doc), ['requirements']);
        assert.equal(doc.lineKinds[1], 4 /* LineKind.FrontMatter */);
        assert.equal(doc.lineKinds[7], 2 /* LineKind.Code */);
        assert.equal(doc.lineKinds[10], 2 /* LineKind.Code */);
        assert.equal(doc.lineKinds[13], 3 /* LineKind.Html */);
        assert.equal(doc.lineKinds[17], 3 /* LineKind.Html */);
        assert.equal((0, parseAnswer_1.findSection)(doc, 'requirements').end, text.split('\n').length);
    });
    it('keeps sub-headings inside a section as content, even when they name another section', () => {
        const doc = parse('## Architecture\n\n### Data model\n\n- Counters\n\n### Scope of the cache\n\n- Hot keys\n\n## Trade-offs\n\n- X over Y\n');
        assert.deepEqual(ids(doc), ['architecture', 'trade-offs']);
        assert.equal((0, parseAnswer_1.findSection)(doc, 'architecture').end, 10);
    });
    it('ends a section at an unrecognised heading of the same level', () => {
        const doc = parse('## Scope\n\n- Caps\n\n## Notes\n\n- Ask about travel\n');
        const scope = (0, parseAnswer_1.findSection)(doc, 'scope');
        assert.equal(scope.end, 4);
        assert.equal(doc.sections.length, 2);
        assert.equal(doc.sections[1].spec, undefined);
    });
    it('uses the level of the recognised sections as the section level', () => {
        assert.equal(parse('# T\n\n### 1. Scope\n\n### 2. Architecture\n').sectionLevel, 3);
        assert.equal(parse('just text').sectionLevel, 2);
    });
    it('does not take a leading H1 that is a section for the title', () => {
        const doc = parse('# Requirements\n\n- 10M users\n\n## Notes\n');
        assert.equal(doc.title, undefined);
        assert.deepEqual(ids(doc), ['requirements']);
    });
    it('reads the template and prompt from front matter', () => {
        const doc = parse('---\nprompt: ads/frequency-capping\ntemplate: system-design\n---\n## Scope\n');
        assert.equal(doc.promptId, 'ads/frequency-capping');
        assert.equal(doc.templateId, 'system-design');
    });
    it('splits CRLF, CR and LF alike and drops a BOM', () => {
        assert.deepEqual((0, parseAnswer_1.splitLines)('\uFEFFa\r\nb\rc\nd'), ['a', 'b', 'c', 'd']);
        const doc = parse('\uFEFF## Scope\r\n\r\n- Caps\r\n');
        assert.deepEqual(ids(doc), ['scope']);
        assert.equal(doc.lines[0], '## Scope');
    });
    it('reads the rest of the file as Markdown when the front matter is not closed', () => {
        const doc = parse('---\ntemplate: system-design\n\n## Requirements\n\n- 10M users\n');
        assert.equal(doc.frontMatter?.error?.line, 0);
        assert.equal(doc.frontMatter?.endLine, 0);
        assert.deepEqual(ids(doc), ['requirements']);
    });
    it('handles hundreds of thousands of headings without overflowing the stack', function () {
        // About 2 s of CPU; on a loaded machine the wall clock can be several times that. This test is
        // about the stack, not speed (the scaling test covers that), so it gets a generous timeout.
        this.timeout(60_000);
        const doc = parse('## Scope\n'.repeat(200_000));
        assert.equal(doc.sections.length, 200_000);
        assert.equal(doc.sectionLevel, 2);
    });
});
describe('parseAnswer: document structure of real write-ups', () => {
    it('takes an H2 alone at the top as the title, so it neither sets the section level nor names a section', () => {
        const doc = parse('## Design a monitoring and alerting system\n\n### Requirements\n\n### High-level design\n\n### Trade-offs\n');
        assert.equal(doc.title?.text, 'Design a monitoring and alerting system');
        assert.equal(doc.sectionLevel, 3);
        assert.deepEqual(ids(doc), ['requirements', 'architecture', 'trade-offs']);
    });
    it('does not let a second H1 set the section level or hide the sections below it', () => {
        const doc = parse('# Ads ranking\n\n## Background\n\n# Example\n\n### 1. Problem formulation\n\n### 2. High-level design\n\n### 3. Trade-offs\n');
        assert.equal(doc.sectionLevel, 3);
        assert.deepEqual(ids(doc), ['requirements', 'architecture', 'trade-offs']);
    });
    it('reads a heading that restates the title as a title', () => {
        const doc = parse('# Rate limiter\n\n## Requirements\n\n## Rate limiter\n\n## Architecture\n');
        assert.deepEqual(doc.readings.map((r) => r.reason)[2], 'restates the title');
    });
    it('counts a sub-heading that names another section for that section, and keeps it nested for the text', () => {
        const doc = parse('## Requirements\n\n- 10k QPS\n\n### Out of scope\n\n- billing\n\n## Architecture\n\n### Monitoring\n\n- alerts\n');
        assert.deepEqual(ids(doc), ['requirements', 'architecture']);
        assert.deepEqual(doc.subSections.map((s) => [s.spec?.id, s.heading.text]), [['scope', 'Out of scope'], ['operability', 'Monitoring']]);
        assert.equal((0, parseAnswer_1.findSection)(doc, 'requirements').end, 8);
        assert.equal((0, parseAnswer_1.findNamedSection)(doc, 'scope')?.heading.line, 4);
        assert.equal((0, parseAnswer_1.findSection)(doc, 'scope'), undefined);
    });
    it('keeps sub-headings under a heading that names no section out of the sections', () => {
        const doc = parse('## Requirements\n\n## Additional talking points\n\n### Reliability\n\n### Security\n');
        assert.deepEqual(ids(doc), ['requirements']);
        assert.deepEqual(doc.subSections.map((s) => s.spec?.id), ['operability']);
    });
    it('does not count a question or a generic word as another section', () => {
        const doc = parse('## Follow-ups\n\n### Q: How would you handle failure modes?\n\n## Observability\n\n### Metrics\n');
        assert.deepEqual(doc.subSections, []);
    });
});
//# sourceMappingURL=parseAnswer.test.js.map