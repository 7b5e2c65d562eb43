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
const scaffold_1 = require("../../../src/core/answer/scaffold");
const bundledPrompts_1 = require("../../../src/platform/node/bundledPrompts");
const memoryIo_1 = require("../helpers/memoryIo");
const support_1 = require("./support");
const prompt = (0, bundledPrompts_1.loadBundledCatalog)().prompts.find((x) => x.id === 'platform/metadata-cache');
const now = new Date('2025-03-14T09:30:00Z');
describe('cli: new', () => {
    it('scaffolds design-notes/<team>/<slug>.md and prints the path', async () => {
        const io = (0, memoryIo_1.memoryIo)({}, { now });
        assert.equal(await (0, main_1.main)(['new', 'platform/metadata-cache'], io), 0);
        assert.equal(io.stdout, `${(0, support_1.p)('design-notes/platform/metadata-cache.md')}\n`);
        assert.equal(io.read('design-notes/platform/metadata-cache.md'), (0, scaffold_1.scaffoldAnswer)(prompt, now));
        assert.match(io.read('design-notes/platform/metadata-cache.md'), /^---\nprompt: platform\/metadata-cache\n.*started: 2025-03-14\n/s);
    });
    it('never overwrites: later runs write -2, -3 and leave the earlier attempts alone', async () => {
        const io = (0, memoryIo_1.memoryIo)({ 'design-notes/platform/metadata-cache.md': 'my first attempt\n' });
        assert.equal(await (0, main_1.main)(['new', 'platform/metadata-cache'], io), 0);
        assert.equal(await (0, main_1.main)(['new', 'platform/metadata-cache'], io), 0);
        assert.equal(io.stdout, `${(0, support_1.p)('design-notes/platform/metadata-cache-2.md')}\n${(0, support_1.p)('design-notes/platform/metadata-cache-3.md')}\n`);
        assert.equal(io.read('design-notes/platform/metadata-cache.md'), 'my first attempt\n');
        assert.deepEqual(io.list(), ['design-notes/platform/metadata-cache-2.md', 'design-notes/platform/metadata-cache-3.md', 'design-notes/platform/metadata-cache.md']);
        assert.ok([...io.writes.values()].every((n) => n === 1), 'each file written once');
    });
    it('a file created between two steps is not overwritten either (exclusive create)', async () => {
        let raced = false;
        const io = (0, memoryIo_1.memoryIo)({}, {
            beforeWrite: (file, self) => {
                // Another process writes the same file just before we do.
                if (!raced && file === 'design-notes/platform/metadata-cache.md') {
                    raced = true;
                    void self.writeFile(file, 'written by someone else\n');
                }
            },
        });
        assert.equal(await (0, main_1.main)(['new', 'platform/metadata-cache'], io), 0);
        assert.equal(io.read('design-notes/platform/metadata-cache.md'), 'written by someone else\n');
        assert.equal(io.stdout, `${(0, support_1.p)('design-notes/platform/metadata-cache-2.md')}\n`);
    });
    it('--dir chooses the folder', async () => {
        const io = (0, memoryIo_1.memoryIo)({});
        assert.equal(await (0, main_1.main)(['new', 'ads/frequency-capping', '--dir', 'practice/answers'], io), 0);
        assert.deepEqual(io.list(), ['practice/answers/ads/frequency-capping.md']);
        assert.equal(io.stdout, `${(0, support_1.p)('practice/answers/ads/frequency-capping.md')}\n`);
    });
    it('rejects unsafe ids with exit 2 and writes nothing', async () => {
        for (const id of ['../etc/passwd', 'platform/../../x', '/etc/passwd', 'platform//x', 'Platform/Metadata-Cache', 'platform\\x', 'a/./b', '', '..']) {
            const io = (0, memoryIo_1.memoryIo)({});
            assert.equal(await (0, main_1.main)(['new', '--', id], io), 2, JSON.stringify(id));
            assert.match(io.stderr, /is not a prompt id/, JSON.stringify(id));
            assert.deepEqual(io.list(), [], JSON.stringify(id));
        }
    });
    it('an unknown id exits 2 and suggests the id that was probably meant', async () => {
        const io = (0, memoryIo_1.memoryIo)({});
        assert.equal(await (0, main_1.main)(['new', 'metadata-cache'], io), 2);
        assert.match(io.stderr, /unknown prompt metadata-cache; did you mean platform\/metadata-cache\?/);
        const other = (0, memoryIo_1.memoryIo)({});
        assert.equal(await (0, main_1.main)(['new', 'platform/no-such-prompt'], other), 2);
        assert.match(other.stderr, /run "design-practice prompts" to list them/);
        assert.deepEqual(other.list(), []);
    });
    it('exits 2 when the folder cannot be created or the file cannot be written', async () => {
        let io = (0, memoryIo_1.memoryIo)({ 'design-notes': 'a file, not a folder' });
        assert.equal(await (0, main_1.main)(['new', 'platform/metadata-cache'], io), 2);
        assert.match(io.stderr, /cannot create the folder/);
        io = (0, memoryIo_1.memoryIo)({ 'design-notes/platform/': '' }, { readOnly: ['design-notes/platform/metadata-cache.md'] });
        assert.equal(await (0, main_1.main)(['new', 'platform/metadata-cache'], io), 2);
        assert.match(io.stderr, /cannot write .*metadata-cache\.md: read-only/);
    });
    it('scaffolds the user’s own prompts from --prompts', async () => {
        const io = (0, memoryIo_1.memoryIo)({
            'mine/p.md': '---\nid: platform/my-queue\ntitle: My queue\nteam: platform\nlevel: L4\n---\n## Statement\n\nDesign a queue for many things.\n\n## Clarifying questions\n\n- How many messages a second?\n',
        });
        assert.equal(await (0, main_1.main)(['new', 'platform/my-queue', '--prompts', 'mine'], io), 0);
        assert.match(io.read('design-notes/platform/my-queue.md'), /# My queue\n/);
        assert.ok(!io.read('design-notes/platform/my-queue.md').includes('How many messages'), 'the clarifying questions are the candidate\'s to ask');
        assert.equal(await (0, main_1.main)(['new', 'platform/my-queue', '--prompts', 'mine', '--clarifying-questions'], io), 0);
        assert.match(io.read('design-notes/platform/my-queue-2.md'), /# My queue[\s\S]*## Requirements[\s\S]*- How many messages a second\?[\s\S]*## Scope/);
    });
    it('exits 2 without exactly one id', async () => {
        for (const argv of [['new'], ['new', 'a/b', 'c/d'], ['new', 'a/b', '--dir', '']]) {
            const io = (0, memoryIo_1.memoryIo)({});
            assert.equal(await (0, main_1.main)(argv, io), 2, argv.join(' '));
            assert.match(io.stderr, /Run "design-practice new --help"/);
        }
    });
});
//# sourceMappingURL=new.test.js.map