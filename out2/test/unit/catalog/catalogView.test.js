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
const catalogView_1 = require("../../../src/core/catalog/catalogView");
const loadPrompts_1 = require("../../../src/core/catalog/loadPrompts");
const bundledPrompts_1 = require("../../../src/platform/node/bundledPrompts");
const prompt_1 = require("../../../src/core/catalog/prompt");
const promptSkeleton_1 = require("../../../src/core/catalog/promptSkeleton");
describe('catalog view', () => {
    const { prompts } = (0, bundledPrompts_1.loadBundledCatalog)();
    it('groups every prompt by team in TEAMS order', () => {
        const groups = (0, catalogView_1.groupByTeam)(prompts);
        assert.deepEqual(groups.map((g) => g.team), prompt_1.TEAMS.map((t) => t.id));
        assert.equal(groups.reduce((n, g) => n + g.prompts.length, 0), prompts.length);
        for (const g of groups)
            assert.ok(g.prompts.every((p) => p.team === g.team));
    });
    it('filters by level and drops teams left empty', () => {
        const groups = (0, catalogView_1.groupByTeam)(prompts, ['MLE']);
        assert.ok(groups.length > 0);
        assert.ok(groups.every((g) => g.prompts.length > 0 && g.prompts.every((p) => p.level === 'MLE')));
        assert.equal((0, catalogView_1.filterByLevels)(prompts, []).length, prompts.length);
        assert.equal((0, catalogView_1.filterByLevels)(prompts, undefined).length, prompts.length);
    });
    it('reads a stored level filter defensively', () => {
        assert.deepEqual((0, catalogView_1.normalizeLevelFilter)(['L5', 'L4', 'L5', 'L9', 3]), ['L4', 'L5']);
        assert.deepEqual((0, catalogView_1.normalizeLevelFilter)(['L4', 'L5', 'MLE']), []);
        assert.deepEqual((0, catalogView_1.normalizeLevelFilter)('L4'), []);
        assert.deepEqual((0, catalogView_1.normalizeLevelFilter)(undefined), []);
    });
    it('labels the filter and counts answers', () => {
        assert.equal((0, catalogView_1.levelFilterLabel)([]), undefined);
        assert.equal((0, catalogView_1.levelFilterLabel)(['L4', 'MLE']), 'Level: L4, MLE');
        assert.equal((0, catalogView_1.levelFilterMessage)([], 25, 25), undefined);
        assert.equal((0, catalogView_1.levelFilterMessage)(['L5'], 7, 25), 'Showing L5 prompts only (7 of 25).');
        assert.equal((0, catalogView_1.levelFilterMessage)(['L4', 'L5'], 12, 25), 'Showing L4 and L5 prompts only (12 of 25).');
        assert.equal((0, catalogView_1.levelFilterMessage)(['MLE'], 0, 25), 'No prompts at MLE. Clear the level filter or pick other levels.');
        assert.equal((0, catalogView_1.answeredCount)(prompts.slice(0, 3), (p) => p === prompts[1]), '1/3');
        assert.equal((0, prompt_1.teamTitle)('ads'), 'Ads Infrastructure');
        assert.equal((0, prompt_1.teamTitle)('payments-risk'), 'Payments Risk');
        assert.equal((0, prompt_1.teamTitle)('payments', 'Payments & Risk'), 'Payments & Risk');
        assert.equal((0, prompt_1.teamTitle)('ads', 'Mine'), 'Ads Infrastructure');
        assert.equal((0, catalogView_1.promptTeamTitle)({ team: 'payments', teamTitle: 'Money' }), 'Money');
    });
    it('shows teams of the user\'s own as groups after the bundled ones, titled by teamTitle or the slug', () => {
        const own = (id, team, teamTitle) => ({ ...prompts[0], id, team, ...(teamTitle ? { teamTitle } : {}), bundled: false });
        const groups = (0, catalogView_1.groupByTeam)([own('zeta/a', 'zeta'), ...prompts, own('payments/a', 'payments'), own('payments/b', 'payments', 'Payments & Risk')]);
        assert.deepEqual(groups.map((g) => g.team), [...prompt_1.TEAMS.map((t) => t.id), 'payments', 'zeta']);
        assert.deepEqual(groups.slice(-2).map((g) => [g.title, g.prompts.length]), [['Payments & Risk', 2], ['Zeta', 1]]);
    });
});
describe('prompt skeleton', () => {
    it('loads without problems and has the id it was given', () => {
        const text = (0, promptSkeleton_1.promptFileSkeleton)('platform/my-prompt-2', 'platform');
        const { prompt, problems } = (0, loadPrompts_1.parsePromptFile)({ file: 'my-prompt-2.md', text });
        assert.deepEqual(problems, []);
        assert.equal(prompt?.id, 'platform/my-prompt-2');
        assert.equal(prompt?.team, 'platform');
        assert.equal(prompt?.timePlan.length, 5);
        assert.match(text, /^# id: <team>\/<slug>/m);
    });
    it('refuses an invalid id', () => {
        assert.throws(() => (0, promptSkeleton_1.promptFileSkeleton)('../x', 'platform'));
    });
    it('picks the first id and file name that are both free', async () => {
        const ids = new Set(['platform/my-prompt']);
        const files = new Set(['my-prompt-2.md']);
        const next = await (0, promptSkeleton_1.nextFreePromptId)('platform', (id) => ids.has(id), async (f) => files.has(f));
        assert.deepEqual(next, { id: 'platform/my-prompt-3', fileName: 'my-prompt-3.md' });
        assert.deepEqual(await (0, promptSkeleton_1.nextFreePromptId)('ads', () => false, async () => false), { id: 'ads/my-prompt', fileName: 'my-prompt.md' });
    });
});
//# sourceMappingURL=catalogView.test.js.map