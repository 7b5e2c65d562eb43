import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { QUANTITY } from '../../../src/core/score/vocabulary';
import { fixturePath } from '../helpers/paths';

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(full) : e.name.endsWith('.md') ? [full] : [];
  });
}

describe('scorer vocabulary', () => {
  it('QUANTITY reads up to two words between a number and its unit as the bounded repetition it replaces', () => {
    // The same pattern with the plain form V8 compiled slowly: the two must find the same matches.
    const atomic = /\(\?:\(\?=\(\[a-z-\]\{2,20\}\\s\)\)\\\d\)\?\(\?:\(\?=\(\[a-z-\]\{2,20\}\\s\)\)\\\d\)\?/g;
    assert.equal(QUANTITY.source.match(atomic)?.length, 2, 'both places use the atomic form');
    const reference = new RegExp(QUANTITY.source.replace(atomic, '(?:[a-z-]{2,20}\\s){0,2}'), QUANTITY.flags);
    const lines = [
      '10k QPS', '200 ms at p99', '3 TB a day', '100 million daily active users', '5 very large hot keys', '5 far too many hot keys',
      '40 extraordinarilylongwordsbeyondtwenty users', '7 well-known read-heavy requests', '2 Hot Keys', 'tens of millions of daily users',
      'hundreds of very hot rows', '9 a b users', '12 per second', '1 user', '3 x', 'sub-second', 'single-digit', 'p999',
      ...markdownFiles(fixturePath()).flatMap((f) => fs.readFileSync(f, 'utf8').split(/\r?\n/)),
    ];
    let matches = 0;
    for (const line of lines) {
      const mine = QUANTITY.exec(line);
      const theirs = reference.exec(line);
      assert.deepEqual(mine && [mine.index, mine[0]], theirs && [theirs.index, theirs[0]], line);
      if (mine) matches++;
    }
    assert.ok(matches > 1000, `${matches} matches`);
  });
});
