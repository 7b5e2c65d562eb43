/** Concepts interviewers always probe (issue 15 section 2): asked once when raised, never when already examined. */
import * as assert from 'node:assert/strict';
import { probesFor, type ProbeRule } from '../../../src/core/interview';
import { consistentHashingRule } from '../../../src/core/interview/rules/consistentHashing';
import { failOpenRule } from '../../../src/core/interview/rules/failOpen';
import { hotKeysRule } from '../../../src/core/interview/rules/hotKeys';
import { leaderElectionRule } from '../../../src/core/interview/rules/leaderElection';
import { mlShadowRule } from '../../../src/core/interview/rules/mlShadow';
import { mlUnlabelledRule } from '../../../src/core/interview/rules/mlUnlabelled';
import { multiRegionRule } from '../../../src/core/interview/rules/multiRegion';
import { idempotencyRule } from '../../../src/core/interview/rules/idempotency';
import { leasesRule } from '../../../src/core/interview/rules/leases';
import { answerText, lineOf } from './support';

const ML = 'prompt: ml/notifications\ntemplate: ml-system-design';

function run(rule: ProbeRule, architecture: string, frontMatter?: string): { text: string; ids: string[]; lines: (number | undefined)[] } {
  const text = answerText({ Architecture: architecture }, frontMatter);
  const probes = probesFor(text, undefined, { rules: [rule] });
  return { text, ids: probes.map((p) => p.id), lines: probes.map((p) => p.line) };
}

describe('concept probes', () => {
  it('the plain answer raises none of them', () => {
    for (const rule of [idempotencyRule, leasesRule, hotKeysRule, failOpenRule, multiRegionRule, leaderElectionRule, consistentHashingRule]) assert.deepEqual(run(rule, '- Rows are built from precomputed lists.').ids, [], rule.id);
  });

  it('idempotency: retries with nothing said of what makes them safe, once, at the first mention', () => {
    const { text, ids, lines } = run(idempotencyRule, '- Failed sends are retried with backoff.\n- The worker retries twice more.');
    assert.deepEqual(ids, ['idempotency:idempotency']);
    assert.deepEqual(lines, [lineOf(text, 'Failed sends')]);
    assert.deepEqual(run(idempotencyRule, '- Failed sends are retried; each carries an idempotency key.').ids, []);
    assert.deepEqual(run(idempotencyRule, '- We skipped retries: the client asks again.').ids, []);
  });

  it('lease: a lock or lease with nothing said of expiry mid-work or a paused holder', () => {
    assert.deepEqual(run(leasesRule, '- The seat service takes a lock per seat in Redis for ten minutes.').ids, ['lease:lease']);
    assert.deepEqual(run(leasesRule, '- Workers hold a lease per shard; writes carry a fencing token.').ids, []);
    assert.deepEqual(run(leasesRule, '- Vendor lock-in is the price of the managed queue.').ids, []);
  });

  it('hot key: a hot key or skew with nothing said of how its load is spread', () => {
    assert.deepEqual(run(hotKeysRule, '- Celebrity accounts are hot keys for the counter store.').ids, ['hot-key:hot-key']);
    assert.deepEqual(run(hotKeysRule, '- Celebrity accounts are hot keys; we split hot keys into ten salted sub-keys.').ids, []);
  });

  it('fail open: named with neither side weighed nor an owner of the decision', () => {
    assert.deepEqual(run(failOpenRule, '- When the counter store is slow the check fails open.').ids, ['fail-open:fail-open']);
    assert.deepEqual(run(failOpenRule, '- The check fails open: failing closed would block every ad while the store is down.').ids, []);
    assert.deepEqual(run(failOpenRule, '- The check fails open; the business decided a few extra impressions cost less than a blank page.').ids, []);
    assert.deepEqual(run(failOpenRule, '- We never fail open here.').ids, []);
  });

  it('multi-region: regions with nothing said of where writes go or of a partition', () => {
    assert.deepEqual(run(multiRegionRule, '- The service runs active-active in three regions.').ids, ['multi-region:multi-region']);
    assert.deepEqual(run(multiRegionRule, '- The service runs in three regions; each user has a home region where their writes go.').ids, []);
    assert.deepEqual(run(multiRegionRule, '- One region is enough for now, rather than multi-region.').ids, []);
  });

  it('leader election: an elected leader with nothing said of an old leader still acting', () => {
    assert.deepEqual(run(leaderElectionRule, '- The schedulers elect a leader through etcd.').ids, ['leader-election:leader-election']);
    assert.deepEqual(run(leaderElectionRule, '- The schedulers elect a leader through etcd; each write carries the epoch, so a stale leader is refused.').ids, []);
    assert.deepEqual(run(leaderElectionRule, '- The team leader owns the rollout.').ids, []);
  });

  it('consistent hashing: named with nothing said of what moves when the ring changes', () => {
    assert.deepEqual(run(consistentHashingRule, '- Keys are placed on cache nodes by consistent hashing.').ids, ['consistent-hashing:consistent-hashing']);
    assert.deepEqual(run(consistentHashingRule, '- Keys are placed by consistent hashing with 200 virtual nodes a host.').ids, []);
    // Hashing users into experiment variants places nothing on machines.
    assert.deepEqual(run(consistentHashingRule, '- The consistent hash keeps a member in the same variant on every visit.').ids, []);
  });

  it('asks nothing about a concept the answer rejects somewhere: a row marked ❌, the far side of "rather than"', () => {
    const table = ['| Option | Balance |', '|---|---|', '| ✅ Range shards | Uneven |', '| ❌ Consistent hashing | Even |', '', '- Consistent hashing would spread each prefix over many shards.'].join('\n');
    assert.deepEqual(run(consistentHashingRule, table).ids, []);
    assert.deepEqual(run(leaderElectionRule, '- Every worker takes jobs from the queue rather than through leader election.\n- The single leader pattern adds a failover gap.').ids, []);
  });

  it('ML: what the model blocks gets no label; asked of ML answers only', () => {
    assert.deepEqual(run(mlUnlabelledRule, '- The classifier blocks a transaction when its score is above 0.9.', ML).ids, ['ml-unlabelled:ml-unlabelled']);
    assert.deepEqual(run(mlUnlabelledRule, '- The classifier blocks a transaction when its score is above 0.9.').ids, []);
    assert.deepEqual(run(mlUnlabelledRule, '- The classifier blocks a transaction above 0.9; a random 1% is let through as a hold-out to label.', ML).ids, []);
  });

  it('ML: a model in shadow with nothing said of what promotes it', () => {
    assert.deepEqual(run(mlShadowRule, '- A new model runs in shadow mode next to the current one.', ML).ids, ['ml-shadow:ml-shadow']);
    assert.deepEqual(run(mlShadowRule, '- A new model runs in shadow mode for two weeks; it is promoted when its precision matches the current one.', ML).ids, []);
  });
});
