import * as assert from 'node:assert/strict';
import { scaffoldAnswer } from '../../../src/core/answer/scaffold';
import { splitLines } from '../../../src/core/answer/parseAnswer';
import { practiseNext, RUBRIC_ASSESSOR, scoreAnswer, scorecardProblems, type Scorecard } from '../../../src/core/score';
import { loadBundledCatalog } from '../../../src/platform/node/bundledPrompts';

const ratings = (card: Scorecard) => Object.fromEntries(card.signals.map((s) => [s.id, s.rating]));

/** Every heading present, and generic words under each: the shape of an answer with none of its depth. */
const HOLLOW = `---
template: system-design
---
# Frequency capping

## Requirements
- The system must be highly scalable, robust and seamless.
- It should be fast and reliable for all users.

## Scope
- We cover the core features.

## Architecture
- A state-of-the-art intelligent caching layer leverages best practices.
- Microservices handle everything seamlessly.

## Trade-offs
- We use a modern, cutting-edge stack.

## Operability
- We follow best practices.
`;

/** A compact answer with depth on every signal. */
const DEEP = `---
template: system-design
level: L5
---
# Frequency capping

## Requirements
- Assumption: 300 million households, 15 million ad decisions per second at peak (5 million on average).
- The cap check must fit in 10 ms of the 50 ms decision budget; batching 50 candidates per read gives 300,000 reads per second.
- Memory: 300 million households x 20 active caps x 24 hourly buckets x 8 bytes = about 1.1 TB, so the counters are sharded.
- Out of scope: billing reconciliation, which stays with the finance pipeline.
- Which question changes the design? Whether caps are per device or per household; I assume household.

## Architecture
- The ad server sends one multi-get per decision to the counter service, keyed by household id, then filters candidates over their cap.
- The counter service returns the counts of all 50 candidates in one response; the ad server drops those over their cap and passes the rest to the auction.
- The playback client posts an impression beacon when the ad starts; the beacon collector publishes it to a Kafka topic partitioned by household.
- The counter writer consumes the topic and increments the hourly bucket in Redis, because Redis gives atomic INCR with TTL at this rate.
- The write path is asynchronous: a counter lags the impression by about 2 seconds, so a household can overshoot by one ad in that gap.
- If the counter store times out, the ad server falls back to serving without the cap check for that request.
- Data model: key cap:{household}:{campaign}:{hour} -> count, TTL 25 hours, sharded by household hash.

## Trade-offs
- Fixed hourly buckets rather than exact sliding windows: buckets cost 24 counters per cap instead of one entry per impression, but overshoot at the bucket edge by up to one ad; we would switch to sliding logs only if advertisers paid for exact caps.
- Fail open versus fail closed when Redis is slow: fail open costs some over-delivery (about 0.1% of impressions in a 5 minute outage) but keeps revenue; fail closed would block every ad. The ads product owner decided fail open.
- Counting on the beacon instead of the decision costs the 2 second lag, but decisions that never play no longer count.

## Operability
- I have seen beacons retried by flaky clients and counted twice, so the writer deduplicates on the impression id for 24 hours.
- Alert when the cap-check p99 exceeds 10 ms for 5 minutes, or when overshoot exceeds 0.5% of impressions for an hour; the ads platform team is on call.
- A nightly job reconciles counters against billing logs and reports violations; a new cap rule rolls out behind a feature flag to 1% of traffic, then 10%, with rollback by flag.
- Cost: the Redis cluster is about $20,000 a month; in two years caps across partner apps will need a shared household id, which the identity team owns.
`;

describe('score: the scorecard', () => {
  const prompts = loadBundledCatalog().prompts;
  const capping = prompts.find((p) => p.id === 'ads/frequency-capping')!;

  it('rates an answer with every heading but generic words under them below L4: depth over headings', () => {
    const card = scoreAnswer({ answer: HOLLOW });
    assert.equal(card.verdict, 'below L4');
    for (const s of card.signals) assert.ok(s.rating <= 2, `${s.id} is ${s.rating}`);
    assert.ok(card.signals.find((s) => s.id === 'experience')!.gaps.some((g) => /Buzzwords/.test(g.point) || /failure modes/.test(g.point)));
  });

  it('rates a deep answer at the L4 bar or above on every signal, quoting its lines', () => {
    const card = scoreAnswer({ answer: DEEP });
    const lines = splitLines(DEEP);
    assert.deepEqual(scorecardProblems(card, lines), []);
    for (const s of card.signals) {
      assert.ok(s.rating >= 3, `${s.id} is ${s.rating}: ${JSON.stringify(s.gaps)}`);
      assert.ok(s.evidence.length > 0, `${s.id} has evidence`);
    }
    assert.notEqual(card.verdict, 'below L4');
    const owner = card.signals.find((s) => s.id === 'ownership')!;
    assert.ok(owner.evidence.some((e) => /Alert when/.test(lines[e.line - 1])), JSON.stringify(owner.evidence));
  });

  it('shows only L4 gaps at L4, and L5 gaps too at L5; the prompt sets the default level', () => {
    const l4 = scoreAnswer({ answer: HOLLOW, level: 'L4' });
    const l5 = scoreAnswer({ answer: HOLLOW, level: 'L5' });
    assert.equal(l4.level, 'L4');
    assert.ok(l4.signals.every((s) => s.gaps.every((g) => g.level === 'L4')));
    assert.ok(l5.signals.some((s) => s.gaps.some((g) => g.level === 'L5')));
    assert.equal(scoreAnswer({ answer: HOLLOW, prompt: capping }).level, capping.level === 'L4' ? 'L4' : 'L5');
    assert.equal(scoreAnswer({ answer: HOLLOW }).level, 'L4', 'no prompt, no level: the L4 bar');
  });

  it('checks the answer key: covered points quote where, missed ones are gaps at their level', () => {
    const card = scoreAnswer({ answer: DEEP, prompt: capping, level: 'L5' });
    const key = card.answerKey!;
    assert.equal(key.covered.length + key.missed.length, capping.answerKey.length);
    assert.ok(key.covered.length >= 5, `covered ${key.covered.map((p) => p.point).join(' | ')}`);
    const failOpen = key.covered.find((p) => /Fail open/.test(p.point))!;
    assert.equal(failOpen.level, 'L5');
    assert.match(splitLines(DEEP)[failOpen.line! - 1], /Fail open versus fail closed/);
    for (const missed of key.missed) {
      assert.ok(card.signals.find((s) => s.id === missed.signal)!.gaps.some((g) => g.point === missed.point), missed.point);
    }
    const l4 = scoreAnswer({ answer: HOLLOW, prompt: capping, level: 'L4' });
    assert.ok(l4.signals.every((s) => s.gaps.every((g) => g.level === 'L4')), 'L5 key points are not gaps at L4');
    assert.ok(l4.answerKey!.missed.some((p) => p.level === 'L5'), 'but the key still lists them');
  });

  it('works with no prompt: no answer key', () => {
    assert.equal(scoreAnswer({ answer: DEEP }).answerKey, undefined);
  });

  it('gives a freshly scaffolded answer nothing: the template and the prompt\'s questions are not the candidate\'s words', () => {
    const text = scaffoldAnswer(capping, new Date('2026-01-01T00:00:00Z'));
    const card = scoreAnswer({ answer: text, prompt: capping });
    assert.deepEqual(ratings(card), { requirements: 1, 'trade-offs': 1, experience: 1, 'data-flow': 1, ownership: 1 });
    assert.deepEqual(card.answerKey!.covered, []);
    assert.ok(card.signals.every((s) => s.evidence.length === 0));
  });

  it('counts SD006 and SD007 findings against trade-offs and names them as gaps', () => {
    const bare = `## Trade-offs\n${Array.from({ length: 8 }, (_, i) => `- We chose Kafka ${i} over RabbitMQ.\n`).join('')}`;
    const tradeOffs = scoreAnswer({ answer: bare }).signals.find((s) => s.id === 'trade-offs')!;
    assert.ok(tradeOffs.gaps.some((g) => /SD006/.test(g.point)), JSON.stringify(tradeOffs.gaps));
    assert.ok(tradeOffs.rating <= 2);
  });

  it('says what to practise next: the weakest signals below the bar, each with its first gap', () => {
    const next = practiseNext(scoreAnswer({ answer: HOLLOW, level: 'L4' }));
    assert.equal(next.length, 2);
    assert.ok(next[0].rating <= next[1].rating);
    assert.ok(next.every((n) => n.point.length > 0 && n.why.length > 0));
    assert.deepEqual(practiseNext(scoreAnswer({ answer: DEEP, level: 'L4' })), [], 'nothing below the L4 bar');
  });

  it('is the deterministic assessor behind the seam', async () => {
    assert.equal(RUBRIC_ASSESSOR.id, 'rubric');
    assert.deepEqual(await RUBRIC_ASSESSOR.assess({ answer: DEEP }), scoreAnswer({ answer: DEEP }));
  });

  it("reads a Mermaid diagram's components and arrows as data-flow evidence, quoted from the block, and never as prose (issue 22)", () => {
    const prose = `---\ntemplate: system-design\n---\n# Photo uploads\n\n## Architecture\n\n- Photos are kept for ten years.\n`;
    const flowchart = '\n```mermaid\nflowchart LR\n  client[Mobile client] -->|upload| api[Upload service]\n  api -->|write| meta[(Metadata store)]\n  api --> blobs[(Blob storage)]\n  meta --> index[Search index] --> feed[Feed service] --> client\n```\n';
    const sequence = '\n```mermaid\nsequenceDiagram\n  participant C as Mobile client\n  participant A as Upload service\n  C->>A: upload the photo\n  A-->>C: photo id\n```\n';
    const flow = (answer: string) => scoreAnswer({ answer }).signals.find((s) => s.id === 'data-flow')!;
    const without = flow(prose);
    assert.equal(without.rating, 1);
    assert.deepEqual(without.evidence, []);
    for (const diagram of [flowchart, sequence]) {
      const answer = prose + diagram;
      const lines = splitLines(answer);
      const card = flow(answer);
      assert.equal(card.rating, 2, 'a diagram is evidence of data flow');
      assert.ok(card.evidence.length > 0);
      for (const e of card.evidence) {
        assert.equal(e.why, 'an arrow of the diagram');
        assert.ok(lines[e.line - 1].includes(e.quote), `verbatim on its line: ${e.quote}`);
        assert.ok(lines.indexOf('```mermaid') < e.line - 1, 'quoted from the diagram');
      }
      // Both ends of the first arrow, the components it joins, are in its quote.
      assert.match(card.evidence[0].quote, diagram === flowchart ? /Mobile client.*Upload service/ : /C->>A: upload the photo/);
      // The diagram is not prose: its arrows and its stores do not walk a path or say where data lives.
      assert.ok(card.gaps.some((g) => g.point === 'No path walked step by step'));
      assert.ok(card.gaps.some((g) => g.point === 'Where the data lives is not said'));
    }
  });

  it('never throws on odd input', () => {
    for (const text of ['', '\u0000', '#', '---\n---', '```\n## Trade-offs', '| a |\n|---|', `- ${'['.repeat(5000)}`, '\uD800 vs \uDFFF but costs']) {
      assert.doesNotThrow(() => scoreAnswer({ answer: text, level: 'L5', prompt: capping }), JSON.stringify(text.slice(0, 20)));
    }
  });
});
