import * as assert from 'node:assert/strict';
import { folderWatchGlob, globEscape, isAbsolutePath } from '../../../src/core/catalog/folderPaths';

describe('folder paths', () => {
  it('tells absolute paths from relative ones', () => {
    for (const p of ['/home/me/prompts', 'C:\\prompts', 'd:/prompts', '\\\\server\\share']) assert.ok(isAbsolutePath(p), p);
    for (const p of ['.design-practice/prompts', 'prompts', 'C:prompts', '~/prompts']) assert.ok(!isAbsolutePath(p), p);
  });

  it('escapes glob characters', () => {
    assert.equal(globEscape('a{b}/c[1]*?'), 'a[{]b[}]/c[[]1[]][*][?]');
    assert.equal(globEscape('a\\b'), 'a/b');
  });

  it('watches a folder, what is under it, and the folders on the way to it', () => {
    assert.equal(folderWatchGlob('design-notes'), '{design-notes,design-notes/**}');
    assert.equal(folderWatchGlob('.design-practice/prompts'), '{.design-practice,.design-practice/prompts,.design-practice/prompts/**}');
    assert.equal(folderWatchGlob('./notes\\2024/'), '{notes,notes/2024,notes/2024/**}');
    assert.equal(folderWatchGlob('my {notes}'), '{my [{]notes[}],my [{]notes[}]/**}');
    assert.equal(folderWatchGlob('.'), '**');
  });
});
