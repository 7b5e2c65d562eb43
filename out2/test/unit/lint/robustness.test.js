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
/** The linter never throws and stays sensible on odd input: empty, CRLF, BOM, huge, binary, broken front matter. */
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const linter_1 = require("../../../src/core/lint/linter");
const paths_1 = require("../helpers/paths");
const ids = (text) => (0, linter_1.lint)(text).map((f) => `${f.ruleId}@${f.line}`);
const good = fs.readFileSync((0, paths_1.fixturePath)('lint', 'front-matter', 'no-front-matter.md'), 'utf8');
/** A small deterministic generator, so the "random" bytes are the same on every run. */
function pseudoRandomBytes(length, seed) {
    const out = Buffer.alloc(length);
    let x = seed;
    for (let i = 0; i < length; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        out[i] = x & 0xff;
    }
    return out;
}
function assertWellFormed(text) {
    const lineCount = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;
    for (const f of (0, linter_1.lint)(text)) {
        assert.ok(f.line >= 1 && f.line <= lineCount, `line ${f.line} of ${lineCount}`);
        assert.ok(f.endLine >= f.line && f.endLine <= lineCount);
        assert.ok(f.column >= 1 && f.endColumn >= 1);
        if (f.endLine === f.line)
            assert.ok(f.endColumn >= f.column, `${f.ruleId} ${f.column}-${f.endColumn}`);
        assert.ok(f.message.length > 0);
    }
}
describe('lint robustness', () => {
    it('an empty file: every required section is missing, nothing else', () => {
        assert.deepEqual(ids(''), ['SD001@1', 'SD001@1', 'SD001@1', 'SD001@1', 'SD001@1']);
        // A file of blank lines: shown at its end, where the sections go.
        assert.deepEqual(ids('\n\n  \n'), ['SD001@4', 'SD001@4', 'SD001@4', 'SD001@4', 'SD001@4']);
    });
    it('a clean answer has no findings with LF, CRLF, CR or a BOM', () => {
        assert.deepEqual(ids(good), []);
        assert.deepEqual(ids(good.replace(/\n/g, '\r\n')), []);
        assert.deepEqual(ids(good.replace(/\n/g, '\r')), []);
        assert.deepEqual(ids(`\uFEFF${good.replace(/\n/g, '\r\n')}`), []);
    });
    it('CRLF and a BOM do not move findings or their columns', () => {
        const text = '## Requirements\n\n- Peak QPS: TBD\n';
        const lf = (0, linter_1.lint)(text);
        const crlf = (0, linter_1.lint)(`\uFEFF${text.replace(/\n/g, '\r\n')}`);
        assert.deepEqual(crlf.map((f) => [f.ruleId, f.line, f.column, f.endColumn]), lf.map((f) => [f.ruleId, f.line, f.column, f.endColumn]));
        const tbd = lf.find((f) => f.ruleId === 'SD004');
        assert.deepEqual([tbd.line, tbd.column, tbd.endColumn], [3, 13, 16]);
    });
    it('a 5 MB answer lints in reasonable time with sensible findings', function () {
        this.timeout(60_000);
        // One answer whose every section grows until the file is 5 MB.
        const [head, ...parts] = good.split(/^(?=## )/m);
        const per = (5 * 1024 * 1024) / parts.length;
        const text = head + parts.map((p) => {
            const [heading, ...rest] = p.split('\n');
            const body = `${rest.join('\n')}\n`;
            return `${heading}\n${body.repeat(Math.ceil(per / body.length))}`;
        }).join('');
        assert.ok(text.length >= 5 * 1024 * 1024);
        const started = Date.now();
        const findings = (0, linter_1.lint)(text);
        assert.ok(Date.now() - started < 30_000);
        assert.deepEqual(findings.map((f) => f.ruleId), []);
    });
    it('NUL bytes and random binary never throw, and findings stay inside the file', () => {
        assertWellFormed('\u0000\u0000## Scope\u0000\n\u0000- x\u0000\n');
        assertWellFormed('## Requirements\n\n- 10M users\u0000 TODO\u0000\n');
        for (let seed = 1; seed <= 20; seed++) {
            const bytes = pseudoRandomBytes(4096 + seed * 97, seed * 7919);
            assertWellFormed(bytes.toString('utf8'));
            assertWellFormed(bytes.toString('latin1'));
        }
    });
    it('broken front matter is SD010, and the rest of the answer is still read', () => {
        const unclosed = `---\ntemplate: system-design\n\n${good}`;
        assert.deepEqual(ids(unclosed), ['SD010@1']);
        const invalid = `---\nprompt: [a\n---\n${good}`;
        assert.deepEqual((0, linter_1.lint)(invalid).map((f) => f.ruleId), ['SD010']);
        const aliasBomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]', '---', good].join('\n');
        const bomb = (0, linter_1.lint)(aliasBomb);
        assert.deepEqual(bomb.map((f) => f.ruleId), ['SD010']);
        assert.match(bomb[0].message, /not valid YAML/);
    });
    it('a file of only front matter: sections missing, front matter fine', () => {
        const text = '---\nprompt: ads/frequency-capping\ntemplate: system-design\n---\n';
        assert.deepEqual((0, linter_1.lint)(text).map((f) => f.ruleId), ['SD001', 'SD001', 'SD001', 'SD001', 'SD001']);
        assert.deepEqual((0, linter_1.lint)('---\n---').map((f) => f.ruleId), ['SD001', 'SD001', 'SD001', 'SD001', 'SD001']);
        assert.deepEqual((0, linter_1.lint)('---').map((f) => f.ruleId), ['SD010', 'SD001', 'SD001', 'SD001', 'SD001', 'SD001']);
    });
    it('an unknown template falls back to the default and is reported', () => {
        const { template, findings } = (0, linter_1.analyze)(`---\ntemplate: nope\n---\n${good}`);
        assert.equal(template.id, 'system-design');
        assert.deepEqual(findings.map((f) => `${f.ruleId}@${f.line}`), ['SD010@2']);
    });
    it('pathological structure stays linear: deep nesting, long lines, backtick runs, unclosed comments', function () {
        this.timeout(60_000);
        const inputs = [
            `## Trade-offs\n\n${Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i % 300)}- chose x over y`).join('\n')}\n`,
            `## Scope\n\n${'word '.repeat(400_000)}\n`,
            `## Scope\n\n${Array.from({ length: 2000 }, (_, i) => '`'.repeat(i + 1)).join(' a ')}\n`,
            `## Scope\n\n${'a <!-- b\n'.repeat(50_000)}`,
            `## Architecture\n\n${'Redis Kafka S3 Spark, '.repeat(50_000)}\n`,
        ];
        for (const text of inputs) {
            const started = Date.now();
            assertWellFormed(text);
            assert.ok(Date.now() - started < 20_000);
        }
    });
});
//# sourceMappingURL=robustness.test.js.map