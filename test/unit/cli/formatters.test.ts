import * as assert from 'node:assert/strict';
import { json } from '../../../src/cli/formatters/json';
import { RULE_DOCS_BASE_URL, sarif } from '../../../src/cli/formatters/sarif';
import { stylish } from '../../../src/cli/formatters/stylish';
import type { FileResult, FormatContext } from '../../../src/cli/formatters/types';
import { main } from '../../../src/cli/main';
import { VERSION } from '../../../src/cli/version';
import { RULES } from '../../../src/core/lint/rules';
import type { Finding } from '../../../src/core/lint/types';
import { memoryIo } from '../helpers/memoryIo';
import { answer, hasControlCharacters, onlySd001, p } from './support';

const finding = (over: Partial<Finding>): Finding => ({
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

const ctx: FormatContext = { rules: RULES, fileCount: 3, version: VERSION, cwd: '/work/repo' };

const results: FileResult[] = [
  { file: 'notes/cache.md', findings: [finding({}), finding({ line: 3, severity: 'error', message: 'Missing section: Scope' })], fixed: 0 },
  { file: 'notes/ok.md', findings: [], fixed: 0 },
  { file: 'notes/plan.md', findings: [finding({ line: 120, column: 14, endLine: 120, endColumn: 20, severity: 'info', message: 'A note\nover two lines' })], fixed: 0 },
];

/** Checks the parts of SARIF 2.1.0 that viewers rely on; throws with the path of the first problem. */
function validateSarif(log: unknown): void {
  const fail = (where: string, what: string) => assert.fail(`SARIF ${where}: ${what}`);
  const obj = (v: unknown, where: string) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : fail(where, 'expected an object'));
  const arr = (v: unknown, where: string) => (Array.isArray(v) ? v : fail(where, 'expected an array'));
  const str = (v: unknown, where: string) => (typeof v === 'string' && v.length > 0 ? v : fail(where, 'expected a non-empty string'));
  const int = (v: unknown, where: string, min: number) => (Number.isInteger(v) && (v as number) >= min ? (v as number) : fail(where, `expected an integer >= ${min}`));

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
    if (result.ruleIndex !== undefined) assert.equal(rules[int(result.ruleIndex, `${at}.ruleIndex`, 0)], ruleId, `${at}.ruleIndex`);
    assert.ok(['none', 'note', 'warning', 'error'].includes(result.level as string), `${at}.level`);
    str(obj(result.message, `${at}.message`).text, `${at}.message.text`);
    for (const [j, l] of arr(result.locations, `${at}.locations`).entries()) {
      const physical = obj(obj(l, `${at}.locations[${j}]`).physicalLocation, 'physicalLocation');
      const artifact = obj(physical.artifactLocation, 'artifactLocation');
      const uri = str(artifact.uri, 'artifactLocation.uri');
      assert.ok(!uri.includes('\\'), 'a URI uses forward slashes');
      if (artifact.uriBaseId !== undefined) assert.ok(str(artifact.uriBaseId, 'uriBaseId') in bases, 'uriBaseId is declared');
      else new URL(uri);
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
    assert.equal(
      stylish(results, ctx),
      [
        'notes/cache.md',
        '  12:1  warning  Missing section: Operability  SD001/missing-section',
        '  3:1   error    Missing section: Scope        SD001/missing-section',
        '',
        'notes/plan.md',
        '  120:14  info  A note over two lines  SD001/missing-section',
        '',
        '3 problems (1 error, 1 warning, 1 info) in 2 of 3 files',
        '',
      ].join('\n'),
    );
  });

  it('stylish says when there is nothing, and counts fixes', () => {
    assert.equal(stylish([{ file: 'a.md', findings: [], fixed: 2 }], { ...ctx, fileCount: 1 }), 'No problems in 1 file\nFixed 2 problems\n');
  });

  it('json is one array of findings with the file added', () => {
    const parsed = JSON.parse(json(results, ctx)) as Record<string, unknown>[];
    assert.equal(parsed.length, 3);
    assert.deepEqual(Object.keys(parsed[0]), ['file', 'ruleId', 'ruleName', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
    assert.deepEqual(parsed.map((f) => f.file), ['notes/cache.md', 'notes/cache.md', 'notes/plan.md']);
    assert.equal(json([], ctx), '[]\n');
  });

  it('sarif is valid 2.1.0 with every rule described and linked to its page', () => {
    const log = JSON.parse(sarif(results, ctx)) as { runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } }; results: unknown[] }[] };
    validateSarif(log);
    const rules = log.runs[0].tool.driver.rules;
    assert.deepEqual(rules.map((r) => r.id), RULES.map((r) => r.names[0]));
    for (const r of rules) assert.equal(r.helpUri, `${RULE_DOCS_BASE_URL}${r.id}.md`);
    assert.ok(RULE_DOCS_BASE_URL.endsWith('/docs/rules/'));
    assert.equal(log.runs[0].results.length, 3);
  });

  it('stylish escapes control characters from files, so no escape sequence reaches the terminal', () => {
    const osc = '\u001b]0;pwned\u0007';
    const out = stylish([{ file: `a${osc}.md`, findings: [finding({ message: `Unknown template "${osc}x"\u009b31m` })], fixed: 0 }], ctx);
    assert.ok(!hasControlCharacters(out), JSON.stringify(out));
    assert.ok(out.startsWith('a\\u001B]0;pwned\\u0007.md\n'), out);
    assert.ok(out.includes('Unknown template "\\u001B]0;pwned\\u0007x"\\u009B31m'), out);
  });

  it('sarif keeps a backslash in a POSIX file name as part of the name', function () {
    if (process.platform === 'win32') this.skip(); // there it is a separator
    const log = JSON.parse(sarif([{ file: 'dir/a\\b.md', findings: [finding({})], fixed: 0 }], ctx));
    validateSarif(log);
    assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'dir/a%5Cb.md');
  });

  it('sarif writes a lone surrogate in a file name as U+FFFD instead of throwing (issue 17)', () => {
    for (const file of ['dir/a\ud800b.md', 'dir/\udc00.md', 'x\ud83d', p('abs/\ud800.md')]) {
      const log = JSON.parse(sarif([{ file, findings: [finding({})], fixed: 0 }], ctx));
      validateSarif(log);
      assert.match(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, /%EF%BF%BD/, JSON.stringify(file));
    }
  });

  it('sarif maps severities to levels and paths to URIs', () => {
    const log = JSON.parse(sarif([{ file: p('dir with space/a#b.md'), findings: [finding({ severity: 'info' })], fixed: 0 }], ctx));
    validateSarif(log);
    const result = log.runs[0].results[0];
    assert.equal(result.level, 'note');
    assert.deepEqual(result.locations[0].physicalLocation.artifactLocation, { uri: 'dir%20with%20space/a%23b.md', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 12, startColumn: 1, endLine: 12, endColumn: 5 });
  });

  it('lint --format sarif from the command line validates, findings and all', async () => {
    const io = memoryIo({ 'notes/a.md': answer(['Requirements']), 'c.json': onlySd001('error') });
    assert.equal(await main(['lint', 'notes', '--format', 'sarif', '--config', 'c.json'], io), 1);
    const log = JSON.parse(io.stdout);
    validateSarif(log);
    assert.equal(log.runs[0].results.length, 4);
    assert.ok(log.runs[0].results.every((r: { level: string }) => r.level === 'error'));
  });

  it('lint --format json prints [] when there is nothing to report', async () => {
    const io = memoryIo({ 'a.md': answer(), 'c.json': onlySd001() });
    assert.equal(await main(['lint', 'a.md', '-f', 'json', '-c', 'c.json'], io), 0);
    assert.equal(io.stdout, '[]\n');
  });
});
