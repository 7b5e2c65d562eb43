import * as assert from 'node:assert/strict';
import { isAbsolutePath } from '../../../src/core/catalog/folderPaths';

describe('folder paths', () => {
  it('tells absolute paths from relative ones', () => {
    for (const p of ['/home/me/prompts', 'C:\\prompts', 'd:/prompts', '\\\\server\\share']) assert.ok(isAbsolutePath(p), p);
    for (const p of ['.design-practice/prompts', 'prompts', 'C:prompts', '~/prompts']) assert.ok(!isAbsolutePath(p), p);
  });
});
