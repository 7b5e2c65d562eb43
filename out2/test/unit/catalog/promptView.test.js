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
const bundledPrompts_1 = require("../../../src/platform/node/bundledPrompts");
const promptView_1 = require("../../../src/core/catalog/promptView");
function promptFrom(body, front = {}) {
    const fields = { id: 'platform/test', title: 'Test prompt', team: 'platform', level: 'L5', template: 'system-design', ...front };
    const text = `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n${body}`;
    const { prompt, problems } = (0, loadPrompts_1.parsePromptFile)({ file: 'test.md', text });
    assert.deepEqual(problems, []);
    return prompt;
}
describe('prompt view', () => {
    it('escapes HTML', () => {
        assert.equal((0, promptView_1.escapeHtml)(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    });
    it('escapes inline Markdown so it renders literally', () => {
        const text = '*bold* _it_ [link](http://x) `code` # 1. <b> | a\nb';
        const html = (0, promptView_1.promptMarkdownRenderer)().renderInline((0, promptView_1.escapeMarkdownInline)(text));
        assert.equal(html, '*bold* _it_ [link](http://x) `code` # 1. &lt;b&gt; | a b');
    });
    it('keeps a table cell on one line with its pipes escaped', () => {
        assert.equal((0, promptView_1.tableCell)('a | b\nc \\| d'), 'a \\| b c \\| d');
    });
    it('formats minutes and totals a plan', () => {
        assert.equal((0, promptView_1.formatMinutes)(5, 7), '5–7');
        assert.equal((0, promptView_1.formatMinutes)(5, 5), '5');
        const plan = [
            { section: 'a', label: 'A', minMinutes: 5, maxMinutes: 7 },
            { section: 'b', label: 'B', minMinutes: 10, maxMinutes: 10 },
        ];
        assert.deepEqual((0, promptView_1.timePlanTotal)(plan), { minMinutes: 15, maxMinutes: 17 });
        const table = (0, promptView_1.timePlanTable)(plan, 45);
        assert.match(table, /^\| Phase \| Minutes \| Focus \|$/m);
        assert.match(table, /^\| A \| 5–7 \| {2}\|$/m);
        assert.match(table, /^\| \*\*Total\*\* \| \*\*15–17\*\* \| of a 45-minute session \|$/m);
    });
    it('strips HTML comments outside fenced code only', () => {
        const md = ['a <!-- note --> b', '<!-- whole line -->', '- item', '<!-- multi', 'line -->after', '```', '<!-- kept -->', '```'].join('\n');
        assert.equal((0, promptView_1.stripHtmlComments)(md), ['a  b', '- item', 'after', '```', '<!-- kept -->', '```'].join('\n'));
    });
    it('builds the Markdown of every part, with the time plan as a table', () => {
        const p = promptFrom('## Statement\n\nDesign a thing.\n\n## What to cover\n\n- one\n\n## Clarifying questions\n\n- How big?\n\n## Signals\n\n- good\n\n## Pitfalls\n\n- bad\n\n## Time plan\n\n- Requirements (5-7 min): ask\n- Architecture (20 min)\n', { tags: '[a, b]', minutes: '45' });
        const md = (0, promptView_1.promptViewMarkdown)(p);
        for (const h of ['# Test prompt', '## Statement', '## What to cover', '## Clarifying questions', '## Signals', '## Pitfalls', '## Time plan']) {
            assert.ok(md.includes(`${h}\n`), `has ${h}`);
        }
        assert.match(md, /\*\*Team:\*\* Platform \\& Infrastructure · \*\*Level:\*\* L5 · \*\*Time:\*\* 45 min · \*\*Tags:\*\* a, b/);
        assert.match(md, /\| Requirements \| 5–7 \| ask \|/);
        assert.match(md, /\| \*\*Total\*\* \| \*\*25–27\*\* \| of a 45-minute session \|/);
    });
    it('leaves out empty parts and uses the default plan when the prompt has none', () => {
        const md = (0, promptView_1.promptViewMarkdown)(promptFrom('## Statement\n\nOnly a statement here.\n'));
        assert.ok(!md.includes('## Signals'));
        assert.match(md, /\| Clarify the requirements \| 5–7 \|/);
    });
    it('renders a prompt that contains <script> as text', () => {
        const p = promptFrom('## Statement\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n## Signals\n\n- <b>bold</b>\n', {
            title: '"<script>alert(2)</script>"',
            tags: '["<i>x</i>"]',
        });
        const html = (0, promptView_1.renderPromptHtml)(p, [{ label: '<script>.md', status: 'draft' }]);
        assert.ok(!/<script/i.test(html), html);
        assert.ok(!/<img/i.test(html), html);
        assert.ok(!/<b>|<i>/.test(html), html);
        assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
        assert.ok(html.includes('<h1>&lt;script&gt;alert(2)&lt;/script&gt;</h1>'));
    });
    it('drops unsafe links and images', () => {
        const p = promptFrom('## Statement\n\n[x](javascript:alert(1)) [y](https://example.com) [z](file:///etc/passwd) ![pic](https://example.com/a.png)\n');
        const html = (0, promptView_1.renderPromptHtml)(p, []);
        // Refused links stay as their literal text, never as a link.
        assert.ok(!/href="(?:javascript|file):/.test(html), html);
        assert.ok(html.includes('<a href="https://example.com">y</a>'));
        assert.ok(!html.includes('<img'));
        assert.ok(html.includes('pic'));
    });
    it('shows the buttons and the history', () => {
        const p = promptFrom('## Statement\n\nDesign a thing.\n');
        const none = (0, promptView_1.renderPromptHtml)(p, []);
        assert.ok(none.includes('data-command="startAnswer"'));
        assert.ok(!none.includes('data-command="openAnswer"'));
        assert.ok(none.includes('No answer yet'));
        const some = (0, promptView_1.renderPromptHtml)(p, [
            { label: 'notes/platform/test.md', status: 'complete', detail: 'today' },
            { label: 'notes/platform/test-2.md', status: 'draft' },
        ]);
        assert.ok(some.includes('data-command="openAnswer"'));
        assert.match(some, /status-complete">Complete<\/span> <button[^>]*data-index="0">notes\/platform\/test\.md<\/button> <span class="detail">today/);
        assert.match(some, /status-draft">Draft<\/span> <button[^>]*data-index="1">/);
    });
    it('renders every bundled prompt with all its parts', () => {
        const { prompts, problems } = (0, bundledPrompts_1.loadBundledCatalog)();
        assert.deepEqual(problems, []);
        for (const p of prompts) {
            const html = (0, promptView_1.renderPromptHtml)(p, []);
            for (const h of ['Statement', 'What to cover', 'Clarifying questions', 'Signals', 'Pitfalls', 'Time plan'])
                assert.ok(html.includes(`<h2>${h}</h2>`), `${p.id} has ${h}`);
            assert.ok(html.includes('<table>'), `${p.id} has its time plan table`);
            assert.ok(!/<script/i.test(html));
        }
    });
    it('accepts only the messages the view sends', () => {
        assert.deepEqual((0, promptView_1.parsePromptViewMessage)({ type: 'startAnswer' }, 0), { type: 'startAnswer' });
        assert.deepEqual((0, promptView_1.parsePromptViewMessage)({ type: 'openAnswer', extra: 1 }, 0), { type: 'openAnswer' });
        assert.deepEqual((0, promptView_1.parsePromptViewMessage)({ type: 'openFile', index: 1 }, 2), { type: 'openFile', index: 1 });
        for (const bad of [null, 'startAnswer', {}, { type: 'runCommand' }, { type: 'openFile', index: 2 }, { type: 'openFile', index: -1 }, { type: 'openFile', index: '0' }, { type: 'openFile', index: 0.5 }]) {
            assert.equal((0, promptView_1.parsePromptViewMessage)(bad, 2), undefined, JSON.stringify(bad));
        }
    });
});
//# sourceMappingURL=promptView.test.js.map