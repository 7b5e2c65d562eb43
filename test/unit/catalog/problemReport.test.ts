import * as assert from 'node:assert/strict';
import { parsePromptFile } from '../../../src/core/catalog/loadPrompts';
import { fileProblemMessage, problemRow, problemsByFile } from '../../../src/core/catalog/problemReport';

describe('reporting broken prompt files', () => {
  const broken = parsePromptFile({ file: 'file:///w/.design-practice/prompts/my.md', text: '---\nid: a/b\ntitle: T\nteam: Not A Team\nlevel: L9\ntemplate: nope\n---\n' }).problems;

  it('one notification per file, naming the first problem and the fields of the rest', () => {
    const other = parsePromptFile({ file: 'file:///w/.design-practice/prompts/other.md', text: '# no front matter' }).problems;
    const files = problemsByFile([...broken, ...other]);
    assert.deepEqual(files.map((f) => [f.file.replace(/.*\//, ''), f.problems.length]), [['my.md', 4], ['other.md', 1]]);
    assert.equal(
      fileProblemMessage('.design-practice/prompts/my.md', files[0].problems),
      'Design Practice: prompt file .design-practice/prompts/my.md was not loaded. team: Invalid team "Not A Team": use lower-case words joined by hyphens, e.g. payments (and 3 more problems: level, template, Statement)',
    );
    assert.match(fileProblemMessage('other.md', files[1].problems), /^Design Practice: prompt file other\.md was not loaded\. No front matter: [^(]*$/);
  });

  it('tree rows lead with the file name and the field, and carry the message as description', () => {
    assert.deepEqual(problemRow(broken[0], '.design-practice/prompts/my.md'), { label: 'my.md · team', description: broken[0].message });
    assert.equal(problemRow({ file: 'x', message: 'm', line: 3 }, 'a\\b\\x.md').label, 'x.md · line 3');
    assert.equal(problemRow({ file: 'x', message: 'm' }, 'x.md').label, 'x.md');
  });
});
