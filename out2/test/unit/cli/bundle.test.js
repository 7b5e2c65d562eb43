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
/** Runs the bundled CLI (dist/cli.js) once as a child process, to prove the bundle works. */
const assert = __importStar(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const paths_1 = require("../helpers/paths");
const bundle = path.join(paths_1.repoRoot, 'dist', 'cli.js');
describe('cli: the bundle', () => {
    it('dist/cli.js lints a fixture folder and exits 1 with JSON findings', function () {
        if (!fs.existsSync(bundle)) {
            this.test.title += ' (skipped: dist/cli.js is missing; run "npm run build" first)';
            this.skip();
        }
        const run = (0, node_child_process_1.spawnSync)(process.execPath, [bundle, 'lint', 'answers', '--format', 'json'], { cwd: (0, paths_1.fixturePath)('cli', 'project'), encoding: 'utf8', timeout: 30_000 });
        assert.equal(run.stderr, '');
        assert.equal(run.status, 1);
        const findings = JSON.parse(run.stdout);
        const sd001 = findings.filter((f) => f.ruleId === 'SD001');
        assert.deepEqual(sd001.map((f) => [f.file, f.severity]), [
            [path.join('answers', 'frequency-capping.md'), 'error'],
            [path.join('answers', 'frequency-capping.md'), 'error'],
        ]);
        assert.ok(fs.readFileSync(bundle, 'utf8').startsWith('#!/usr/bin/env node'), 'the bundle is executable with a shebang');
    });
});
//# sourceMappingURL=bundle.test.js.map