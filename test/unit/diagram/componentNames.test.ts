import * as assert from 'node:assert/strict';
import { identifyingStems, isDrawnIn, isNamedIn, proseComponents, stem, stems } from '../../../src/core/diagram/componentNames';

describe('component names', () => {
  it('stems plurals and -ing/-er/-ed/-e forms to one root', () => {
    assert.deepEqual(['Ranker', 'ranking', 'counters', 'Counter', 'cache', 'caching', 'queues', 'class'].map(stem), ['rank', 'rank', 'count', 'count', 'cach', 'cach', 'queu', 'class']);
  });

  it('identifies a component by its distinctive words, or by its generic ones when it has nothing else', () => {
    assert.deepEqual(identifyingStems('Ranking service'), ['rank']);
    assert.deepEqual(identifyingStems('API'), ['api']);
    assert.deepEqual(identifyingStems('A'), []);
    assert.deepEqual(identifyingStems('Store 2'), ['stor']);
    const prose = new Set(stems('The ranker reads per-household counters.'));
    assert.ok(isNamedIn('Ranking service', prose));
    assert.ok(isNamedIn('Counter store', prose));
    assert.ok(!isNamedIn('Fraud scorer', prose));
  });

  it('finds the components prose names, without articles, with their columns', () => {
    const text = 'The ad server calls the Fan Out Service, which reads the counter store and two caches.';
    const found = proseComponents(text);
    assert.deepEqual(found.map((c) => c.name), ['ad server', 'Fan Out Service', 'counter store']);
    for (const c of found) assert.equal(text.slice(c.column, c.endColumn), c.name);
  });

  it('counts a prose component as drawn by its name, or by a noun that picks a kind of part out', () => {
    const drawn = new Set(stems('Kafka queue, Ad server, Cap'));
    const [queue, store, cap] = proseComponents('the message queue, the profile store, the cap service');
    assert.ok(isDrawnIn(queue, drawn));
    assert.ok(!isDrawnIn(store, drawn));
    assert.ok(isDrawnIn(cap, drawn));
  });
});
