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
const bundledPrompts_1 = require("../../../src/platform/node/bundledPrompts");
const promptView_1 = require("../../../src/core/catalog/promptView");
const prompt = (0, bundledPrompts_1.loadBundledCatalog)().prompts.find((p) => p.id === 'ads/frequency-capping');
function record(started, spent, planned = [7, 5, 20, 15, 7]) {
    const sections = ['requirements', 'scope', 'architecture', 'trade-offs', 'operability'];
    return {
        started,
        minutesTotal: spent.reduce((a, b) => a + b, 0),
        phases: sections.map((section, i) => ({ section, label: section, plannedMinutes: planned[i], spentMinutes: spent[i] ?? 0 })),
    };
}
const older = { answerLabel: 'a.md', date: 'Jan 2', record: record('2025-01-02T10:00:00Z', [6, 4, 22, 10, 5]) };
const newer = { answerLabel: 'a.md', date: 'Jan 9', record: record('2025-01-09T10:00:00Z', [7, 5, 18, 12, 0]) };
describe('practice history in the prompt view', () => {
    it('lists sessions newest first, with spent / planned per phase and the averages', () => {
        const html = (0, promptView_1.renderPracticeHistory)([older, newer]);
        const rows = html.split('\n').filter((l) => l.startsWith('<tr>'));
        assert.equal(rows.length, 2);
        assert.ok(rows[0].startsWith('<tr><td>Jan 9</td>'), 'newest first');
        assert.ok(rows[0].includes('<td class="num">42<span class="plan"> / 54</span></td>'), 'total against the plan');
        assert.ok(rows[1].includes('<td class="num over">22<span class="plan"> / 20</span></td>'), 'over the plan is marked');
        assert.match(html, /<thead><tr><th scope="col">Date<\/th><th scope="col" class="num">Total<\/th><th scope="col" class="num">Requirements<\/th><th scope="col" class="num">Scope<\/th><th scope="col" class="num">Architecture<\/th>/);
        assert.match(html, /<tr class="average"><th scope="row">Average of 2<\/th><td class="num">44.5<span class="plan"> \/ 54<\/span><\/td><td class="num">6.5<span class="plan"> \/ 7<\/span><\/td>/);
    });
    it('shows which answer a session is in when there are several, and a dash for a phase a session did not plan', () => {
        const other = {
            answerLabel: 'b <&>.md',
            date: 'Jan 5',
            record: { started: '2025-01-05T10:00:00Z', minutesTotal: 9, phases: [{ section: 'requirements', label: 'Requirements', plannedMinutes: 7, spentMinutes: 9 }] },
        };
        const html = (0, promptView_1.renderPracticeHistory)([older, other], true);
        assert.ok(html.includes('<th scope="col">Answer</th>'));
        assert.ok(html.includes('<td>b &lt;&amp;&gt;.md</td>'), 'escaped');
        assert.ok(html.includes('<td class="num none">–</td>'));
    });
    it(`keeps the table to the ${promptView_1.HISTORY_ROWS} newest sessions while averaging all`, () => {
        const many = Array.from({ length: promptView_1.HISTORY_ROWS + 3 }, (_, i) => ({
            answerLabel: 'a.md',
            date: `day ${i}`,
            record: record(new Date(Date.UTC(2025, 0, 1 + i)).toISOString(), [5, 5, 5, 5, 5]),
        }));
        const html = (0, promptView_1.renderPracticeHistory)(many);
        assert.equal(html.split('\n').filter((l) => l.startsWith('<tr>')).length, promptView_1.HISTORY_ROWS);
        assert.ok(html.includes(`Average of ${promptView_1.HISTORY_ROWS + 3}`));
        assert.ok(html.includes(`The ${promptView_1.HISTORY_ROWS} most recent of ${promptView_1.HISTORY_ROWS + 3} sessions.`));
        assert.equal((0, promptView_1.renderPracticeHistory)([]), '');
    });
    it('the page has a Start timer button and the history once there is an answer', () => {
        const answers = [{ label: 'design-notes/ads/frequency-capping.md', status: 'draft' }];
        assert.ok(!(0, promptView_1.renderPromptHtml)(prompt, []).includes('data-command="startTimer"'));
        assert.ok(!(0, promptView_1.renderPromptHtml)(prompt, []).includes('Practice history'));
        const none = (0, promptView_1.renderPromptHtml)(prompt, answers);
        assert.ok(none.includes('<button type="button" class="secondary" disabled data-command="startTimer">Start timer</button>'));
        assert.match(none, /<h2 id="practice-title">Practice history<\/h2>\n<p class="empty">No timed practice yet\./);
        const some = (0, promptView_1.renderPromptHtml)(prompt, answers, [older]);
        assert.ok(some.includes('<table class="practice-history">'));
        assert.ok(!some.includes('<th scope="col">Answer</th>'), 'one answer needs no answer column');
    });
    it('accepts the startTimer message', () => {
        assert.deepEqual((0, promptView_1.parsePromptViewMessage)({ type: 'startTimer' }, 0), { type: 'startTimer' });
        assert.deepEqual((0, promptView_1.parsePromptViewMessage)({ type: 'startTimer', index: 3 }, 0), { type: 'startTimer' });
        assert.equal((0, promptView_1.parsePromptViewMessage)({ type: 'stopTimer' }, 0), undefined);
    });
});
//# sourceMappingURL=practiceHistory.test.js.map