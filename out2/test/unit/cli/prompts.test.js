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
const main_1 = require("../../../src/cli/main");
const bundledPrompts_1 = require("../../../src/platform/node/bundledPrompts");
const memoryIo_1 = require("../helpers/memoryIo");
const support_1 = require("./support");
const promptFile = (id, title, team = 'platform') => `---\nid: ${id}\ntitle: ${title}\nteam: ${team}\nlevel: L5\ntemplate: system-design\n---\n## Statement\n\nDesign a thing that does things at scale.\n\n## Clarifying questions\n\n- How many things?\n`;
describe('cli: prompts', () => {
    const bundled = (0, bundledPrompts_1.loadBundledCatalog)().prompts;
    it('lists every bundled prompt as a table of id, title, team and level', async () => {
        const io = (0, memoryIo_1.memoryIo)({});
        assert.equal(await (0, main_1.main)(['prompts'], io), 0);
        const lines = io.stdout.trimEnd().split('\n');
        assert.match(lines[0], /^ID\s+TITLE\s+TEAM\s+LEVEL$/);
        for (const prompt of bundled) {
            assert.ok(lines.some((l) => l.startsWith(`${prompt.id} `) && l.includes(prompt.title) && l.includes(prompt.team) && l.endsWith(prompt.level)), prompt.id);
        }
        assert.equal(lines.at(-1), `${bundled.length} prompts`);
        assert.equal(io.stderr, '');
    });
    it('--format json lists the same prompts with their fields', async () => {
        const io = (0, memoryIo_1.memoryIo)({});
        assert.equal(await (0, main_1.main)(['prompts', '--format', 'json'], io), 0);
        const listed = JSON.parse(io.stdout);
        assert.deepEqual(listed.map((x) => x.id), bundled.map((x) => x.id));
        for (const x of listed)
            assert.ok(x.title && x.team && x.level && x.template, x.id);
    });
    it('--prompts adds the user’s prompts; a bad file is named with its field and the rest still list', async () => {
        const io = (0, memoryIo_1.memoryIo)({
            'mine/cache.md': promptFile('platform/my-cache', 'My cache'),
            'mine/nested/queue.md': promptFile('platform/my-queue', 'My queue'),
            'mine/bad.md': promptFile('platform/bad', 'Bad', 'No Where'),
            'mine/notes.txt': 'not a prompt',
        });
        assert.equal(await (0, main_1.main)(['prompts', '--prompts', 'mine', '--format', 'json'], io), 1);
        const ids = JSON.parse(io.stdout).map((x) => x.id);
        assert.ok(ids.includes('platform/my-cache') && ids.includes('platform/my-queue') && !ids.includes('platform/bad'));
        assert.equal(ids.length, bundled.length + 2);
        assert.match(io.stderr, new RegExp(`${(0, support_1.p)('mine/bad.md')}:\\d+: team: Invalid team "No Where"`));
    });
    it('escapes control characters in the table, and refuses a title with a line break', async () => {
        const io = (0, memoryIo_1.memoryIo)({
            'mine/osc.md': promptFile('platform/osc', '"Cache \\e]0;pwned\\a"'),
            'mine/two-lines.md': promptFile('platform/two-lines', '"Cache\\n## Operability\\nInjected"'),
        });
        assert.equal(await (0, main_1.main)(['prompts', '--prompts', 'mine'], io), 1);
        assert.ok(!(0, support_1.hasControlCharacters)(io.stdout), 'no control character is printed');
        assert.match(io.stdout, /^platform\/osc +Cache \\x1B\]0;pwned\\x07 +platform +L5$/m);
        assert.ok(!io.stdout.includes('Injected'));
        assert.match(io.stderr, /two-lines\.md.*title.*one line/);
    });
    it('--prompts can be repeated, and the table says how many are the user’s', async () => {
        const io = (0, memoryIo_1.memoryIo)({ 'a/x.md': promptFile('platform/x-one', 'X one'), 'b/y.md': promptFile('platform/y-two', 'Y two') });
        assert.equal(await (0, main_1.main)(['prompts', '-p', 'a', '-p', 'b'], io), 0);
        assert.match(io.stdout, new RegExp(`${bundled.length + 2} prompts \\(2 of yours\\)\\n$`));
    });
    it('exits 2 for a --prompts folder that does not exist, and for usage errors', async () => {
        let io = (0, memoryIo_1.memoryIo)({});
        assert.equal(await (0, main_1.main)(['prompts', '--prompts', 'nope'], io), 2);
        assert.match(io.stderr, /nope: no such folder/);
        for (const argv of [['prompts', '--format', 'xml'], ['prompts', 'extra'], ['prompts', '--bogus']]) {
            io = (0, memoryIo_1.memoryIo)({});
            assert.equal(await (0, main_1.main)(argv, io), 2, argv.join(' '));
        }
    });
    it('--help exits 0', async () => {
        const io = (0, memoryIo_1.memoryIo)({});
        assert.equal(await (0, main_1.main)(['prompts', '-h'], io), 0);
        assert.match(io.stdout, /--prompts <dir>/);
    });
});
//# sourceMappingURL=prompts.test.js.map