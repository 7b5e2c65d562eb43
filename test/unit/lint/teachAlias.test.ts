import * as assert from 'node:assert/strict';
import { addAliasEdits } from '../../../src/core/lint/teachAlias';
import { resolveConfig } from '../../../src/core/lint/config';
import { lint } from '../../../src/core/lint/linter';
import { RULES } from '../../../src/core/lint/rules';

const added = (text: string | undefined, id: string, heading: string) => {
  const r = addAliasEdits(text, id, heading);
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.text;
};

describe('teaching an alias (.design-practice.json)', () => {
  it('creates the file when there is none', () => {
    assert.equal(added(undefined, 'operability', 'Running it'), '{\n  "aliases": {\n    "operability": [\n      "Running it"\n    ]\n  }\n}\n');
  });

  it('adds to an existing list, keeping the rest of the file as written', () => {
    const text = '{\n    "rules": { "SD005": "off" },\n    "aliases": {\n        "operability": ["Day 2"]\n    }\n}\n';
    const out = added(text, 'operability', 'Running it');
    assert.ok(out.startsWith('{\n    "rules": { "SD005": "off" },\n'), out);
    assert.deepEqual(JSON.parse(out), { rules: { SD005: 'off' }, aliases: { operability: ['Day 2', 'Running it'] } });
  });

  it('adds the aliases object or the section list when missing, with the file’s indentation', () => {
    const out = added('{\n\t"defaultTemplate": "system-design"\n}', 'scope', 'What we skip');
    assert.deepEqual(JSON.parse(out), { defaultTemplate: 'system-design', aliases: { scope: ['What we skip'] } });
    assert.match(out, /\n\t"aliases"/);
  });

  it('changes nothing when the alias is there already', () => {
    const r = addAliasEdits('{ "aliases": { "scope": ["What we skip"] } }', 'scope', 'What we skip');
    assert.ok(r.ok && r.edits.length === 0);
  });

  it('leaves a file that is not a JSON object alone, saying why', () => {
    for (const text of ['{ "aliases": ', '[1, 2]', '{ "aliases": [] }', '{ "aliases": { "scope": "x" } }']) {
      const r = addAliasEdits(text, 'scope', 'What we skip');
      assert.ok(!r.ok, text);
    }
  });

  it('refuses, with a message and never a throw, what it cannot edit safely (issue 17, item 10)', () => {
    const refused = (text: string) => {
      const r = addAliasEdits(text, 'scope', 'What we skip');
      assert.ok(!r.ok, `edited: ${text.slice(0, 60)}`);
      return r.message;
    };
    // Written twice: the CLI (JSON.parse) reads the last, the edit would have gone into the first.
    assert.match(refused('{ "aliases": { "scope": ["A"] }, "aliases": { "scope": ["B"] } }'), /"aliases" is written 2 times, and only the last one counts/);
    assert.match(refused('{"aliases":5,"aliases":{}}'), /"aliases" is written 2 times/);
    assert.match(refused('{ "aliases": { "scope": ["A"], "scope": ["B"] } }'), /"aliases\.scope" is written 2 times/);
    // Nested 100 deep anywhere in the file (jsonc-parser's formatter threw), and far deeper.
    const nested = (depth: number) => `{ "aliases": { "scope": ["A"] }, "x": ${'['.repeat(depth)}${']'.repeat(depth)} }`;
    for (const depth of [100, 200_000]) assert.match(refused(nested(depth)), /nests arrays or objects more than 64 deep/);
    // Brackets inside strings are text, not nesting; a file nested as deep as is safe is edited.
    assert.deepEqual(JSON.parse(added(`{ "x": "${'[{'.repeat(500)}", "aliases": { "scope": ["A"] } }`, 'scope', 'B')).aliases, { scope: ['A', 'B'] });
    assert.deepEqual(JSON.parse(added(nested(62), 'scope', 'B')).aliases, { scope: ['A', 'B'] });
  });

  it('the taught alias is what the linter then reads', () => {
    const answer = '## Requirements\n\n- 10k QPS\n\n## Scope\n\n- x\n\n## Architecture\n\n- y\n\n## Trade-offs\n\n- z\n\n## Running it\n\n- alerts\n';
    assert.ok(lint(answer).some((f) => f.ruleId === 'SD001'));
    const input = JSON.parse(added(undefined, 'operability', 'Running it')) as object;
    assert.ok(!lint(answer, resolveConfig(input, RULES).config).some((f) => f.ruleId === 'SD001'));
  });
});
