import * as assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint/linter';

const at = (text: string) => lint(text).map((f) => `${f.ruleId}@${f.line}`);

/** A clean answer around `body`, which starts on line 3 of the Requirements section. */
const base = (body: string) => `## Requirements\n\n${body}\n- 40 million households.\n\n## Scope\n\n- Caps.\n\n## Architecture\n\n- A service.\n\n## Trade-offs\n\n- X over Y, but slower.\n\n## Operability\n\n- Alerts; failures retry; the ads team owns it.\n`;

describe('inline disable comments', () => {
  it('disable-next-line covers exactly the next line, by id or by name', () => {
    assert.deepEqual(at(base('- QPS: TBD\n- Users: TBD')), ['SD004@3', 'SD004@4']);
    assert.deepEqual(at(base('<!-- design-practice-disable-next-line SD004 -->\n- QPS: TBD\n- Users: TBD 10M')), ['SD004@5']);
    assert.deepEqual(at(base('<!-- design-practice-disable-next-line placeholder-left -->\n- QPS: TBD 10M')), []);
  });

  it('disable ... enable covers the lines between', () => {
    const text = base('<!-- design-practice-disable SD004 -->\n- QPS: TBD\n- Users: TBD\n<!-- design-practice-enable SD004 -->\n- Data: TBD 5 TB');
    assert.deepEqual(at(text), ['SD004@7']);
  });

  it('disable with no rule named turns every rule off; without enable it runs to the end', () => {
    const text = `<!-- design-practice-disable -->\n${base('- QPS: TBD')}`.replace('## Operability', '## Notes');
    assert.deepEqual(at(text), []);
  });

  it('only the named rules are switched off', () => {
    const text = base('<!-- design-practice-disable SD005 -->\n- Members want fast pages: TBD');
    assert.deepEqual(at(text), ['SD004@4']);
    assert.deepEqual(at(base('- Members want fast pages: TBD')), ['SD004@3']);
    const unquantified = '<!-- design-practice-disable SD005 -->\n## Requirements\n\n- Members want fast pages.\n';
    assert.ok(!lint(unquantified).some((f) => f.ruleId === 'SD005'));
    assert.ok(lint(unquantified.slice(unquantified.indexOf('\n') + 1)).some((f) => f.ruleId === 'SD005'));
  });

  it('several rules in one comment, and findings at the end of the file', () => {
    const text = '<!-- design-practice-disable SD001, SD005 -->\n## Requirements\n\n- Fast: TBD\n';
    assert.deepEqual(at(text), ['SD004@4']);
  });

  it('a directive inside a code block is not a directive', () => {
    const text = base('```\n<!-- design-practice-disable -->\n```\n- QPS: TBD 10k');
    assert.deepEqual(at(text), ['SD004@6']);
  });
});
