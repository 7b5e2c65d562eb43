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
const json_1 = require("../../../src/cli/formatters/json");
const sarif_1 = require("../../../src/cli/formatters/sarif");
const stylish_1 = require("../../../src/cli/formatters/stylish");
const main_1 = require("../../../src/cli/main");
const version_1 = require("../../../src/cli/version");
const rules_1 = require("../../../src/core/lint/rules");
const memoryIo_1 = require("../helpers/memoryIo");
const support_1 = require("./support");
const finding = (over) => ({
    ruleId: 'SD001',
    ruleName: 'missing-section',
    severity: 'warning',
    message: 'Missing section: Operability',
    line: 12,
    column: 1,
    endLine: 12,
    endColumn: 5,
    ...over,
});
const ctx = { rules: rules_1.RULES, fileCount: 3, version: version_1.VERSION, cwd: '/work/repo' };
const results = [
    { file: 'notes/cache.md', findings: [finding({}), finding({ line: 3, severity: 'error', message: 'Missing section: Scope' })], fixed: 0 },
    { file: 'notes/ok.md', findings: [], fixed: 0 },
    { file: 'notes/plan.md', findings: [finding({ line: 120, column: 14, endLine: 120, endColumn: 20, severity: 'info', message: 'A note\nover two lines' })], fixed: 0 },
];
/** Checks the parts of SARIF 2.1.0 that viewers rely on; throws with the path of the first problem. */
function validateSarif(log) {
    const fail = (where, what) => assert.fail(`SARIF ${where}: ${what}`);
    const obj = (v, where) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : fail(where, 'expected an object'));
    const arr = (v, where) => (Array.isArray(v) ? v : fail(where, 'expected an array'));
    const str = (v, where) => (typeof v === 'string' && v.length > 0 ? v : fail(where, 'expected a non-empty string'));
    const int = (v, where, min) => (Number.isInteger(v) && v >= min ? v : fail(where, `expected an integer >= ${min}`));
    const root = obj(log, '$');
    assert.equal(root.version, '2.1.0');
    assert.match(str(root.$schema, '$schema'), /sarif-2\.1\.0/);
    const runs = arr(root.runs, 'runs');
    assert.equal(runs.length, 1);
    const run = obj(runs[0], 'runs[0]');
    const driver = obj(obj(run.tool, 'tool').driver, 'tool.driver');
    str(driver.name, 'driver.name');
    const rules = arr(driver.rules, 'driver.rules').map((r, i) => {
        const rule = obj(r, `rules[${i}]`);
        const id = str(rule.id, `rules[${i}].id`);
        str(rule.name, `rules[${i}].name`);
        str(obj(rule.shortDescription, `rules[${i}].shortDescription`).text, `rules[${i}].shortDescription.text`);
        new URL(str(rule.helpUri, `rules[${i}].helpUri`));
        return id;
    });
    assert.equal(new Set(rules).size, rules.length, 'rule ids are unique');
    const bases = run.originalUriBaseIds === undefined ? {} : obj(run.originalUriBaseIds, 'originalUriBaseIds');
    arr(run.results, 'results').forEach((r, i) => {
        const at = `results[${i}]`;
        const result = obj(r, at);
        const ruleId = str(result.ruleId, `${at}.ruleId`);
        if (result.ruleIndex !== undefined)
            assert.equal(rules[int(result.ruleIndex, `${at}.ruleIndex`, 0)], ruleId, `${at}.ruleIndex`);
        assert.ok(['none', 'note', 'warning', 'error'].includes(result.level), `${at}.level`);
        str(obj(result.message, `${at}.message`).text, `${at}.message.text`);
        for (const [j, l] of arr(result.locations, `${at}.locations`).entries()) {
            const physical = obj(obj(l, `${at}.locations[${j}]`).physicalLocation, 'physicalLocation');
            const artifact = obj(physical.artifactLocation, 'artifactLocation');
            const uri = str(artifact.uri, 'artifactLocation.uri');
            assert.ok(!uri.includes('\\'), 'a URI uses forward slashes');
            if (artifact.uriBaseId !== undefined)
                assert.ok(str(artifact.uriBaseId, 'uriBaseId') in bases, 'uriBaseId is declared');
            else
                new URL(uri);
            const region = obj(physical.region, 'region');
            const startLine = int(region.startLine, 'startLine', 1);
            const startColumn = int(region.startColumn, 'startColumn', 1);
            const endLine = int(region.endLine, 'endLine', startLine);
            const endColumn = int(region.endColumn, 'endColumn', 1);
            assert.ok(endLine > startLine || endColumn >= startColumn, 'the region does not end before it starts');
        }
    });
}
describe('cli: formatters', () => {
    it('stylish groups by file with aligned columns and a summary', () => {
        assert.equal((0, stylish_1.stylish)(results, ctx), [
            'notes/cache.md',
            '  12:1  warning  Missing section: Operability  SD001/missing-section',
            '  3:1   error    Missing section: Scope        SD001/missing-section',
            '',
            'notes/plan.md',
            '  120:14  info  A note over two lines  SD001/missing-section',
            '',
            '3 problems (1 error, 1 warning, 1 info) in 2 of 3 files',
            '',
        ].join('\n'));
    });
    it('stylish says when there is nothing, and counts fixes', () => {
        assert.equal((0, stylish_1.stylish)([{ file: 'a.md', findings: [], fixed: 2 }], { ...ctx, fileCount: 1 }), 'No problems in 1 file\nFixed 2 problems\n');
    });
    it('json is one array of findings with the file added', () => {
        const parsed = JSON.parse((0, json_1.json)(results, ctx));
        assert.equal(parsed.length, 3);
        assert.deepEqual(Object.keys(parsed[0]), ['file', 'ruleId', 'ruleName', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
        assert.deepEqual(parsed.map((f) => f.file), ['notes/cache.md', 'notes/cache.md', 'notes/plan.md']);
        assert.equal((0, json_1.json)([], ctx), '[]\n');
    });
    it('sarif is valid 2.1.0 with every rule described and linked to its page', () => {
        const log = JSON.parse((0, sarif_1.sarif)(results, ctx));
        validateSarif(log);
        const rules = log.runs[0].tool.driver.rules;
        assert.deepEqual(rules.map((r) => r.id), rules_1.RULES.map((r) => r.names[0]));
        for (const r of rules)
            assert.equal(r.helpUri, `${sarif_1.RULE_DOCS_BASE_URL}${r.id}.md`);
        assert.ok(sarif_1.RULE_DOCS_BASE_URL.endsWith('/docs/rules/'));
        assert.equal(log.runs[0].results.length, 3);
    });
    it('stylish escapes control characters from files, so no escape sequence reaches the terminal', () => {
        const osc = '\u001b]0;pwned\u0007';
        const out = (0, stylish_1.stylish)([{ file: `a${osc}.md`, findings: [finding({ message: `Unknown template "${osc}x"\u009b31m` })], fixed: 0 }], ctx);
        assert.ok(!(0, support_1.hasControlCharacters)(out), JSON.stringify(out));
        assert.ok(out.startsWith('a\\x1B]0;pwned\\x07.md\n'), out);
        assert.ok(out.includes('Unknown template "\\x1B]0;pwned\\x07x"\\x9B31m'), out);
    });
    it('sarif keeps a backslash in a POSIX file name as part of the name', function () {
        if (process.platform === 'win32')
            this.skip(); // there it is a separator
        const log = JSON.parse((0, sarif_1.sarif)([{ file: 'dir/a\\b.md', findings: [finding({})], fixed: 0 }], ctx));
        validateSarif(log);
        assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'dir/a%5Cb.md');
    });
    it('sarif maps severities to levels and paths to URIs', () => {
        const log = JSON.parse((0, sarif_1.sarif)([{ file: (0, support_1.p)('dir with space/a#b.md'), findings: [finding({ severity: 'info' })], fixed: 0 }], ctx));
        validateSarif(log);
        const result = log.runs[0].results[0];
        assert.equal(result.level, 'note');
        assert.deepEqual(result.locations[0].physicalLocation.artifactLocation, { uri: 'dir%20with%20space/a%23b.md', uriBaseId: '%SRCROOT%' });
        assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 12, startColumn: 1, endLine: 12, endColumn: 5 });
    });
    it('lint --format sarif from the command line validates, findings and all', async () => {
        const io = (0, memoryIo_1.memoryIo)({ 'notes/a.md': (0, support_1.answer)(['Requirements']), 'c.json': (0, support_1.onlySd001)('error') });
        assert.equal(await (0, main_1.main)(['lint', 'notes', '--format', 'sarif', '--config', 'c.json'], io), 1);
        const log = JSON.parse(io.stdout);
        validateSarif(log);
        assert.equal(log.runs[0].results.length, 4);
        assert.ok(log.runs[0].results.every((r) => r.level === 'error'));
    });
    it('lint --format json prints [] when there is nothing to report', async () => {
        const io = (0, memoryIo_1.memoryIo)({ 'a.md': (0, support_1.answer)(), 'c.json': (0, support_1.onlySd001)() });
        assert.equal(await (0, main_1.main)(['lint', 'a.md', '-f', 'json', '-c', 'c.json'], io), 0);
        assert.equal(io.stdout, '[]\n');
    });
});
//# sourceMappingURL=formatters.test.js.map