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
const path = __importStar(require("node:path"));
const main_1 = require("../../../src/cli/main");
const version_1 = require("../../../src/cli/version");
const memoryIo_1 = require("../helpers/memoryIo");
const paths_1 = require("../helpers/paths");
describe('cli: main', () => {
    it('--help and -h list every command and exit 0', async () => {
        for (const flag of ['--help', '-h']) {
            const io = (0, memoryIo_1.memoryIo)({});
            assert.equal(await (0, main_1.main)([flag], io), 0);
            for (const c of main_1.COMMANDS)
                assert.match(io.stdout, new RegExp(`^  ${c.name} `, 'm'));
            assert.equal(io.stderr, '');
        }
    });
    it('"help <command>" shows that command’s help', async () => {
        const io = (0, memoryIo_1.memoryIo)({});
        assert.equal(await (0, main_1.main)(['help', 'new'], io), 0);
        assert.match(io.stdout, /^Usage: design-practice new/);
    });
    it('--version prints the version in package.json', async () => {
        const pkg = JSON.parse(fs.readFileSync(path.join(paths_1.repoRoot, 'package.json'), 'utf8'));
        assert.equal(version_1.VERSION, pkg.version);
        for (const flag of ['--version', '-v']) {
            const io = (0, memoryIo_1.memoryIo)({});
            assert.equal(await (0, main_1.main)([flag], io), 0);
            assert.equal(io.stdout, `${pkg.version}\n`);
        }
    });
    it('no command prints the usage on stderr and exits 2', async () => {
        const io = (0, memoryIo_1.memoryIo)({});
        assert.equal(await (0, main_1.main)([], io), 2);
        assert.match(io.stderr, /^Usage: design-practice <command>/);
        assert.equal(io.stdout, '');
    });
    it('an unknown command or option exits 2 naming it', async () => {
        let io = (0, memoryIo_1.memoryIo)({});
        assert.equal(await (0, main_1.main)(['frobnicate'], io), 2);
        assert.match(io.stderr, /unknown command "frobnicate"; the commands are lint, sections, prompts, new, drill/);
        io = (0, memoryIo_1.memoryIo)({});
        assert.equal(await (0, main_1.main)(['--frobnicate'], io), 2);
        assert.match(io.stderr, /unknown option --frobnicate/);
    });
    it('an unexpected failure is exit 2 with a message, not a crash', async () => {
        const io = (0, memoryIo_1.memoryIo)({ 'a.md': '# x\n' });
        io.readdir = () => Promise.reject(new Error('boom'));
        io.stat = () => Promise.reject(new Error('disk on fire'));
        assert.equal(await (0, main_1.main)(['lint', 'a.md'], io), 2);
        assert.match(io.stderr, /a\.md: disk on fire/);
    });
});
//# sourceMappingURL=main.test.js.map