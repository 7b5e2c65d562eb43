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
const memoryIo_1 = require("../helpers/memoryIo");
const answer = [
    '# Design a metrics pipeline',
    '',
    '## Step 1: Outline use cases and constraints',
    '',
    '### Out of scope',
    '',
    '## High-level design',
    '',
    '## Running it',
    '',
    '## Notes',
    '',
].join('\n');
describe('cli: sections', () => {
    it('--format json lists every heading with its line, level, sections and reason', async () => {
        const io = (0, memoryIo_1.memoryIo)({ 'a.md': answer });
        assert.equal(await (0, main_1.main)(['sections', 'a.md', '--format', 'json'], io), 0);
        const rows = JSON.parse(io.stdout);
        assert.deepEqual(rows.map((r) => [r.line, r.level, r.heading, r.sections]), [
            [1, 1, 'Design a metrics pipeline', []],
            [3, 2, 'Step 1: Outline use cases and constraints', ['requirements']],
            [5, 3, 'Out of scope', ['scope']],
            [7, 2, 'High-level design', ['architecture']],
            [9, 2, 'Running it', []],
            [11, 2, 'Notes', []],
        ]);
        assert.equal(rows[0].reason, 'the title');
        assert.match(rows[1].reason, /use case/);
        assert.match(rows[2].reason, /out of scope.*sub-heading/);
        assert.equal(rows[4].reason, 'names no section');
    });
    it('prints text by default: each heading, then what it is read as', async () => {
        const io = (0, memoryIo_1.memoryIo)({ 'a.md': answer });
        assert.equal(await (0, main_1.main)(['sections', 'a.md'], io), 0);
        assert.match(io.stdout, /^a\.md\n/);
        assert.match(io.stdout, / 7 {2}## High-level design\n {2,}→ architecture \(/);
        assert.match(io.stdout, / 9 {2}## Running it\n {2,}→ - \(names no section\)/);
    });
    it('uses the nearest .design-practice.json, so a taught alias shows', async () => {
        const io = (0, memoryIo_1.memoryIo)({ 'notes/a.md': answer, '.design-practice.json': '{ "aliases": { "operability": ["Running it"] } }' });
        assert.equal(await (0, main_1.main)(['sections', 'notes/a.md', '--format', 'json'], io), 0);
        const rows = JSON.parse(io.stdout);
        assert.deepEqual(rows.find((r) => r.heading === 'Running it')?.sections, ['operability']);
    });
    it('exits 2 with a message naming the file that cannot be read, and on usage errors', async () => {
        let io = (0, memoryIo_1.memoryIo)({});
        assert.equal(await (0, main_1.main)(['sections', 'missing.md'], io), 2);
        assert.match(io.stderr, /missing\.md/);
        for (const argv of [['sections'], ['sections', 'a.md', 'b.md'], ['sections', 'a.md', '--format', 'xml']]) {
            io = (0, memoryIo_1.memoryIo)({ 'a.md': answer, 'b.md': answer });
            assert.equal(await (0, main_1.main)(argv, io), 2, argv.join(' '));
        }
    });
});
//# sourceMappingURL=sections.test.js.map