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
/** The real `CliIo` against a temporary folder: exclusive create, stat, readdir and symbolic links. */
const assert = __importStar(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const io_1 = require("../../../src/cli/io");
const main_1 = require("../../../src/cli/main");
const paths_1 = require("../helpers/paths");
const support_1 = require("./support");
describe('cli: nodeIo', () => {
    let dir;
    let out;
    let io;
    beforeEach(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'design-practice-cli-'));
        out = '';
        io = { ...(0, io_1.nodeIo)(), cwd: dir, writeStdout: (t) => void (out += t), writeStderr: (t) => void (out += t) };
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
    it('an exclusive write refuses an existing file with EEXIST and leaves it alone', async () => {
        const file = path.join(dir, 'a.md');
        await io.writeFile(file, 'first');
        await assert.rejects(io.writeFile(file, 'second', { exclusive: true }), { code: 'EEXIST' });
        assert.equal(fs.readFileSync(file, 'utf8'), 'first');
    });
    it('stat is undefined for a missing path, readdir tells files, folders and links apart', async function () {
        if (process.platform === 'win32')
            this.skip(); // symbolic links need privileges on Windows
        assert.equal(await io.stat(path.join(dir, 'nope')), undefined);
        assert.equal(await io.stat(path.join(dir, 'nope', 'deeper')), undefined);
        fs.mkdirSync(path.join(dir, 'sub'));
        fs.writeFileSync(path.join(dir, 'f.md'), 'x');
        fs.symlinkSync(path.join(dir, 'sub'), path.join(dir, 'link'));
        const entries = (await io.readdir(dir)).sort((a, b) => a.name.localeCompare(b.name));
        assert.deepEqual(entries, [
            { name: 'f.md', kind: 'file' },
            { name: 'link', kind: 'symlink' },
            { name: 'sub', kind: 'directory' },
        ]);
    });
    it('lint follows links to files but not to folders, so a link cycle cannot loop', async function () {
        if (process.platform === 'win32')
            this.skip(); // symbolic links need privileges on Windows
        fs.mkdirSync(path.join(dir, 'notes'));
        fs.writeFileSync(path.join(dir, 'notes', 'a.md'), (0, support_1.answer)(['Requirements']));
        fs.writeFileSync(path.join(dir, 'real.md'), (0, support_1.answer)(['Scope']));
        fs.symlinkSync(path.join(dir, 'real.md'), path.join(dir, 'notes', 'linked.md'));
        fs.symlinkSync(path.join(dir, 'notes'), path.join(dir, 'notes', 'loop'));
        assert.equal(await (0, main_1.main)(['lint', 'notes', '--format', 'json'], io), 1);
        const files = [...new Set((0, support_1.jsonFindings)(out).map((f) => f.file))];
        assert.deepEqual(files, [path.join('notes', 'a.md'), path.join('notes', 'linked.md')]);
    });
    it('lint --fix through several links to one large answer fixes and lints it once, keeping every line', async function () {
        if (process.platform === 'win32')
            this.skip(); // symbolic links need privileges on Windows
        fs.mkdirSync(path.join(dir, 'notes'));
        const filler = Array.from({ length: 20_000 }, (_, i) => `- Line ${i}: a sentence the user wrote about the cache and its clients.`).join('\n');
        const text = (0, support_1.answer)(['Requirements', 'Scope', 'Architecture', 'Trade-offs']).replace('## Architecture\n', `## Architecture\n\n${filler}\n`);
        const real = path.join(dir, 'notes', 'answer.md');
        fs.writeFileSync(real, text);
        for (const name of ['b.md', 'c.md', 'd.md', 'e.md', 'f.md'])
            fs.symlinkSync(real, path.join(dir, 'notes', name));
        await (0, main_1.main)(['lint', 'notes', path.join('notes', 'c.md'), '--fix', '--format', 'json'], io);
        const findings = (0, support_1.jsonFindings)(out);
        assert.deepEqual([...new Set(findings.map((f) => f.file))], [path.join('notes', 'c.md')], 'linted once, under the name given on the command line');
        assert.deepEqual(findings.filter((f) => f.ruleId === 'SD001'), []);
        const fixed = fs.readFileSync(real, 'utf8');
        assert.equal(fixed.match(/^## Operability$/gm)?.length, 1);
        assert.ok(fixed.startsWith(text), 'every line the user wrote is kept');
        for (const name of ['b.md', 'f.md'])
            assert.ok(fs.lstatSync(path.join(dir, 'notes', name)).isSymbolicLink(), `${name} is still a link`);
    });
    it('lint --fix refuses a file with hard links, naming it and writing nothing', async function () {
        if (process.platform === 'win32')
            this.skip();
        const text = (0, support_1.answer)(['Requirements']);
        fs.writeFileSync(path.join(dir, 'a.md'), text);
        fs.linkSync(path.join(dir, 'a.md'), path.join(dir, 'b.md'));
        assert.equal(await (0, main_1.main)(['lint', 'a.md', 'b.md', '--fix', '--format', 'json'], io), 2);
        assert.match(out, /a\.md: not fixed because it has other hard links/);
        assert.equal(fs.readFileSync(path.join(dir, 'b.md'), 'utf8'), text);
        assert.deepEqual([...new Set((0, support_1.jsonFindings)(out.slice(out.indexOf('['))).map((f) => f.file))], ['a.md']);
    });
    it('lint lists a file reached by several paths once, by the name it was first found under', async function () {
        if (process.platform === 'win32')
            this.skip(); // symbolic links need privileges on Windows
        fs.mkdirSync(path.join(dir, 'notes'));
        fs.writeFileSync(path.join(dir, 'notes', 'a.md'), (0, support_1.answer)(['Requirements']));
        fs.symlinkSync(path.join(dir, 'notes', 'a.md'), path.join(dir, 'notes', 'b.md'));
        assert.equal(await (0, main_1.main)(['lint', 'notes', '--format', 'json'], io), 1);
        assert.deepEqual([...new Set((0, support_1.jsonFindings)(out).map((f) => f.file))], [path.join('notes', 'a.md')]);
    });
    it('replaceFile writes atomically, keeps the mode, writes through a link and refuses a changed file', async function () {
        const file = path.join(dir, 'a.md');
        fs.writeFileSync(file, 'old\n');
        fs.chmodSync(file, 0o640);
        await io.replaceFile(file, 'new\n', 'old\n');
        assert.equal(fs.readFileSync(file, 'utf8'), 'new\n');
        if (process.platform !== 'win32') {
            assert.equal(fs.statSync(file).mode & 0o777, 0o640);
            fs.symlinkSync(file, path.join(dir, 'link.md'));
            await io.replaceFile(path.join(dir, 'link.md'), 'newer\n', 'new\n');
            assert.ok(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink());
            assert.equal(fs.readFileSync(file, 'utf8'), 'newer\n');
        }
        await assert.rejects(io.replaceFile(file, 'lost\n', 'what was read\n'), { code: 'ECHANGED' });
        assert.equal(fs.readFileSync(file, 'utf8'), process.platform === 'win32' ? 'new\n' : 'newer\n');
        assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file is left behind');
    });
    it('a reader that closes the pipe early (lint | head -c 1) ends the CLI quietly, without an EPIPE stack', async () => {
        fs.mkdirSync(path.join(dir, 'notes'));
        for (let i = 0; i < 40; i++)
            fs.writeFileSync(path.join(dir, 'notes', `a${i}.md`), (0, support_1.answer)(['Requirements']));
        const child = (0, node_child_process_1.spawn)(process.execPath, [path.join(paths_1.repoRoot, 'out', 'src', 'cli', 'bin.js'), 'lint', 'notes'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d) => void (stderr += d.toString()));
        // Like `head -c 1` gone before the output comes: the reading end is closed.
        child.stdout.destroy();
        const code = await new Promise((resolve) => child.on('close', resolve));
        assert.equal(stderr, '');
        assert.equal(code, 1, 'the exit status is the one lint returns');
    });
    it('two "new" runs at once write two attempts, never one file twice', async () => {
        const codes = await Promise.all([1, 2, 3].map(() => (0, main_1.main)(['new', 'platform/metadata-cache'], io)));
        assert.deepEqual(codes, [0, 0, 0]);
        assert.deepEqual(fs.readdirSync(path.join(dir, 'design-notes', 'platform')).sort(), ['metadata-cache-2.md', 'metadata-cache-3.md', 'metadata-cache.md']);
    });
});
//# sourceMappingURL=nodeIo.test.js.map