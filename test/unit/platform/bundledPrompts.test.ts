/**
 * Both builds ship the same prompts: the browser build's raw-deflate copy, inflated without Node,
 * decodes to exactly what the Node build's brotli copy does.
 */
import * as assert from 'node:assert/strict';
import { bundledPrompts as nodePrompts } from '../../../src/platform/node/bundledPrompts';
import { bundledPrompts as webPrompts } from '../../../src/platform/web/bundledPrompts';

describe('bundled prompts on each platform', () => {
  it('the web copy decodes to the same prompts as the Node copy', () => {
    assert.ok(nodePrompts().length > 20);
    assert.deepEqual(webPrompts(), nodePrompts());
  });

  it('are parsed once and shared on the web too', () => {
    assert.equal(webPrompts(), webPrompts());
  });
});
