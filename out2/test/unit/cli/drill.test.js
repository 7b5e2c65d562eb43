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
const PROMPT = [
    '---',
    'id: platform/flag-drill',
    'title: Flags for the drill',
    'team: platform',
    'level: L5',
    'template: system-design',
    '---',
    '## Statement',
    '',
    'Design a feature-flag system for two thousand services.',
    '',
    '## Follow-ups',
    '',
    '- [requirements] What breaks first when the number of flags grows tenfold?',
    '- [ownership] Who is paged when a flag change takes the site down?',
    '',
].join('\n');
const ANSWER = [
    '---', // 1
    'prompt: platform/flag-drill', // 2
    'template: system-design', // 3
    '---', // 4
    '# Flags', // 5
    '', // 6
    '## Requirements', // 7
    '', // 8
    '- 2,000 services evaluate flags.', // 9
    '', // 10
    '## Architecture', // 11
    '', // 12
    '- Flags live in **Redis**, read by every host.', // 13
    '', // 14
    '## Operability', // 15
    '', // 16
    '- Alerts on evaluation errors; the platform team owns it; a bad flag is rolled back to its previous version.', // 17
    '', // 18
    '## Follow-ups', // 19
    '', // 20
    '### Q: Who is paged when a flag change takes the site down?', // 21
    '', // 22
    'The platform on-call, from the error-rate alert.', // 23
    '',
].join('\n');
const files = { 'prompts/flag-drill.md': PROMPT, 'notes/flags.md': ANSWER };
const drill = async (...args) => {
    const io = (0, memoryIo_1.memoryIo)(files);
    const code = await (0, main_1.main)(['drill', ...args, '--prompts', 'prompts'], io);
    return { code, io };
};
describe('cli: drill', () => {
    it('--all --format json: the answer probes (line 1-based, with the quote), then the prompt follow-ups not yet answered', async () => {
        const { code, io } = await drill('platform/flag-drill', 'notes/flags.md', '--all', '--format', 'json');
        assert.equal(code, 0, io.stderr);
        const probes = JSON.parse(io.stdout);
        assert.deepEqual(probes.map((p) => [p.id, p.source, p.line, p.quote, p.signal]), [
            ['scale:2-000-services', 'answer', 9, '2,000 services evaluate flags.', 'requirements'],
            ['technology:redis', 'answer', 13, 'Flags live in Redis, read by every host.', 'experience'],
            ['prompt:1', 'prompt', undefined, undefined, 'requirements'],
        ]);
        assert.deepEqual(Object.keys(probes[0]), ['id', 'question', 'source', 'line', 'quote', 'signal']);
        assert.deepEqual(Object.keys(probes[2]), ['id', 'question', 'source', 'signal']);
        assert.equal(probes[2].question, 'What breaks first when the number of flags grows tenfold?');
        assert.match(probes[0].question, /20,000 services/);
    });
    it('prints the next probe as text, with where it points and the signal, and how many are left', async () => {
        const { code, io } = await drill('platform/flag-drill', 'notes/flags.md');
        assert.equal(code, 0);
        assert.equal(io.stdout, [
            '1. You sized this at 2,000 services. What breaks first at ten times that, 20,000 services, and what would you change before it does?',
            '   about line 9: 2,000 services evaluate flags.',
            '   tests: Requirements gathering',
            '',
            '2 more: add --all to see every question.',
            '',
        ].join('\n'));
    });
    it('without an answer, asks the prompt follow-ups only', async () => {
        const { code, io } = await drill('platform/flag-drill', '--all', '--format', 'json');
        assert.equal(code, 0);
        assert.deepEqual(JSON.parse(io.stdout).map((p) => p.id), ['prompt:1', 'prompt:2']);
    });
    it('json without --all is an array of the next probe', async () => {
        const { io } = await drill('platform/flag-drill', 'notes/flags.md', '-f', 'json');
        assert.deepEqual(JSON.parse(io.stdout).map((p) => p.id), ['scale:2-000-services']);
    });
    it('says so when every question is answered', async () => {
        const io = (0, memoryIo_1.memoryIo)({ 'a.md': '## Operability\n\n- Alerts; the team owns it; rolled back by the deploy tool.\n' });
        assert.equal(await (0, main_1.main)(['drill', 'platform/feature-flags', 'a.md', '--all'], io), 0);
        const prompt = (0, bundledPrompts_1.loadBundledCatalog)().prompts.find((p) => p.id === 'platform/feature-flags');
        if (prompt.followUps.length === 0)
            assert.match(io.stdout, /No follow-up question left/);
        else
            assert.match(io.stdout, /from the prompt's follow-ups/);
    });
    it('warns when the answer is to another prompt, and still drills', async () => {
        const { code, io } = await drill('platform/flag-drill', 'notes/flags.md');
        assert.equal(code, 0);
        assert.equal(io.stderr, '');
        const other = (0, memoryIo_1.memoryIo)({ ...files, 'notes/other.md': ANSWER.replace('prompt: platform/flag-drill', 'prompt: ads/frequency-capping') });
        assert.equal(await (0, main_1.main)(['drill', 'platform/flag-drill', 'notes/other.md', '--prompts', 'prompts'], other), 0);
        assert.match(other.stderr, /warning: notes\/other\.md is an answer to ads\/frequency-capping, not platform\/flag-drill/);
    });
    it('uses the technologies of the nearest .design-practice.json', async () => {
        const io = (0, memoryIo_1.memoryIo)({ ...files, 'notes/.design-practice.json': JSON.stringify({ technologies: ['Archaius'] }), 'notes/a.md': '## Architecture\n\n- Archaius and Redis hold flags.\n' });
        assert.equal(await (0, main_1.main)(['drill', 'platform/flag-drill', 'notes/a.md', '--all', '-f', 'json', '--prompts', 'prompts'], io), 0);
        const ids = JSON.parse(io.stdout).map((p) => p.id);
        assert.ok(ids.includes('technology:archaius') && !ids.includes('technology:redis'), ids.join(' '));
    });
    it('exit 2 with a clear message: unknown prompt, bad id, missing answer, bad format, extra arguments', async () => {
        const cases = [
            [['platform/no-such'], /unknown prompt platform\/no-such/],
            [['../etc'], /is not a prompt id/],
            [['platform/flag-drill', 'notes/missing.md'], /notes\/missing\.md: no such file/],
            [['platform/flag-drill', '--format', 'xml'], /Unknown format "xml": use text or json/],
            [['platform/flag-drill', 'a.md', 'b.md'], /drill takes a prompt id/],
            [[], /drill takes a prompt id/],
        ];
        for (const [args, message] of cases) {
            const { code, io } = await drill(...args);
            assert.equal(code, 2, args.join(' '));
            assert.match(io.stderr, message, args.join(' '));
            assert.equal(io.stdout, '', args.join(' '));
        }
    });
    it('--help describes the command', async () => {
        const io = (0, memoryIo_1.memoryIo)({});
        assert.equal(await (0, main_1.main)(['drill', '--help'], io), 0);
        assert.match(io.stdout, /^Usage: design-practice drill <prompt-id> \[answer\.md\] \[options\]/);
    });
});
//# sourceMappingURL=drill.test.js.map