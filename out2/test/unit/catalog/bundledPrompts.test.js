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
/**
 * The bundled prompts are compiled at build time (scripts/bundle-prompts.mjs) by the runtime loader:
 * the shipped data must be exactly what the loader makes of the files today, and a bad bundled
 * prompt must fail the build with a message naming the file.
 */
const assert = __importStar(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const loadPrompts_1 = require("../../../src/core/catalog/loadPrompts");
const bundledPrompts_1 = require("../../../src/platform/node/bundledPrompts");
const paths_1 = require("../helpers/paths");
const promptDir = path.join(paths_1.repoRoot, 'src', 'core', 'catalog', 'prompts');
const script = path.join(paths_1.repoRoot, 'scripts', 'bundle-prompts.mjs');
function sourcesIn(dir, base = dir) {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name);
        if (e.isDirectory())
            return sourcesIn(full, base);
        return e.name.endsWith('.md') ? [{ file: path.relative(base, full).split(path.sep).join('/'), text: fs.readFileSync(full, 'utf8') }] : [];
    });
}
describe('bundled prompts compiled at build time', () => {
    it('are what the runtime loader makes of the prompt files, field for field', () => {
        const runtime = (0, loadPrompts_1.loadCatalog)([{ sources: sourcesIn(promptDir), bundled: true }]);
        assert.deepEqual(runtime.problems, []);
        assert.deepEqual((0, bundledPrompts_1.bundledPrompts)(), runtime.prompts);
    });
    it('are parsed once and shared', () => {
        assert.equal((0, bundledPrompts_1.bundledPrompts)(), (0, bundledPrompts_1.bundledPrompts)());
    });
    it('a bundled prompt that does not load fails the build, naming the file and the field', function () {
        this.timeout(30_000);
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-prompts-'));
        try {
            fs.mkdirSync(path.join(dir, 'prompts', 'ads'), { recursive: true });
            fs.copyFileSync(path.join(promptDir, 'ads', 'frequency-capping.md'), path.join(dir, 'prompts', 'ads', 'frequency-capping.md'));
            fs.writeFileSync(path.join(dir, 'prompts', 'ads', 'broken.md'), '---\nid: ads/broken\ntitle: Broken\nteam: ads\nlevel: L9\n---\n## Statement\n\nA statement.\n');
            const out = path.join(dir, 'out.generated.ts');
            const run = (0, node_child_process_1.spawnSync)(process.execPath, [script, '--prompts', path.join(dir, 'prompts'), '--out', out], { encoding: 'utf8', timeout: 30_000 });
            assert.equal(run.status, 1, run.stderr);
            assert.match(run.stderr, /broken\.md:5: level: Unknown level "L9"/);
            assert.ok(!fs.existsSync(out), 'nothing is written');
            fs.rmSync(path.join(dir, 'prompts', 'ads', 'broken.md'));
            const ok = (0, node_child_process_1.spawnSync)(process.execPath, [script, '--prompts', path.join(dir, 'prompts'), '--out', out], { encoding: 'utf8', timeout: 30_000 });
            assert.equal(ok.status, 0, ok.stderr);
            assert.match(fs.readFileSync(out, 'utf8'), /export const BUNDLED_PROMPTS = "[A-Za-z0-9+/=]+";/);
        }
        finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
//# sourceMappingURL=bundledPrompts.test.js.map