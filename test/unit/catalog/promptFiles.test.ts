import * as assert from 'node:assert/strict';
import { isPromptFileText } from '../../../src/core/catalog/promptFiles';
import { promptFileSkeleton } from '../../../src/core/catalog/promptSkeleton';

describe('telling prompt files from answers', () => {
  it('a file whose front matter has id, title and team is a prompt file, even with a template', () => {
    assert.ok(isPromptFileText(promptFileSkeleton('platform/my-prompt', 'platform')));
    assert.ok(isPromptFileText('---\nid: a/b\ntitle: T\nteam: payments\n---\n'));
  });

  it('answers, plain Markdown and partial front matter are not', () => {
    assert.equal(isPromptFileText('---\nprompt: ads/frequency-capping\ntemplate: system-design\ntitle: My answer\n---\n# x\n'), false);
    assert.equal(isPromptFileText('---\nid: a/b\ntitle: T\n---\n'), false);
    assert.equal(isPromptFileText('# id: a\n'), false);
    assert.equal(isPromptFileText(''), false);
  });

  it('a prompt file with a YAML mistake or no closing fence still is one', () => {
    assert.ok(isPromptFileText('---\nid: a/b\ntitle: T\nteam: x\ntags: [a\n---\n## Statement\n'));
    assert.ok(isPromptFileText('---\nid: a/b\ntitle: T\nteam: x\n## Statement\n'));
  });
});
