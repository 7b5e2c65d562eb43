import * as assert from 'node:assert/strict';
import { probesFor, SIGNALS, SIGNAL_IDS } from '../../../src/core/interview';
import { operabilityRule } from '../../../src/core/interview/rules/operability';
import { technologyRule } from '../../../src/core/interview/rules/technology';
import { answerText, lineOf, promptWith } from './support';

const PROMPT = promptWith([
  { question: 'What happens when traffic spikes tenfold during a premiere?', signal: 'requirements' },
  { question: 'Who owns the ranking service in three years?', signal: 'ownership' },
]);

describe('probesFor', () => {
  it('exports the five signals of the seeds with ids and titles', () => {
    assert.deepEqual(SIGNAL_IDS, ['requirements', 'trade-offs', 'experience', 'data-flow', 'ownership']);
    assert.deepEqual(
      SIGNALS.map((s) => s.title),
      ['Requirements gathering', 'Trade-off reasoning with costs', 'Decisions grounded in experience', 'Data flow a listener can follow', 'Long-term ownership and operability'],
    );
  });

  it("asks the prompt's follow-ups, in order, after the answer's own probes", () => {
    const text = answerText({ Architecture: '- Rows are kept in Redis, keyed by member.' });
    const probes = probesFor(text, PROMPT, { rules: [technologyRule] });
    assert.deepEqual(
      probes.map((p) => [p.id, p.source]),
      [
        ['technology:redis', 'answer'],
        ['prompt:1', 'prompt'],
        ['prompt:2', 'prompt'],
      ],
    );
    assert.deepEqual(probes[1], { id: 'prompt:1', question: 'What happens when traffic spikes tenfold during a premiere?', source: 'prompt', signal: 'requirements' });
  });

  it('quotes the line an answer probe is about, without the list marker', () => {
    const text = answerText({ Architecture: '- Rows are kept in **Redis**, keyed by member.' });
    const [probe] = probesFor(text, undefined, { rules: [technologyRule] });
    assert.equal(probe.line, lineOf(text, 'Rows are kept'));
    assert.equal(probe.quote, 'Rows are kept in Redis, keyed by member.');
    assert.equal(probe.signal, 'experience');
  });

  it('quotes the sentence that holds the subject, links reduced to their text, cut before the subject when long', () => {
    const long = 'This first sentence says nothing much. ' + 'Words before the name go on and on for a while, '.repeat(4) + 'then [Amazon SQS](https://aws.amazon.com/sqs/) takes the jobs. Last.';
    const text = answerText({ Architecture: `- ${long}` });
    const [probe] = probesFor(text, undefined, { rules: [technologyRule] });
    assert.equal(probe.id, 'technology:sqs');
    assert.match(probe.quote!, /^….*then Amazon SQS takes the jobs\.$/);
    assert.ok(!probe.quote!.includes('https') && !probe.quote!.includes('This first'), probe.quote);
  });

  it('orders answer probes by line, then by rule', () => {
    const text = answerText({ Requirements: '- Counters live in Cassandra.', Architecture: '- Rows are kept in Redis.', Operability: '- Dashboards.' });
    const probes = probesFor(text, undefined, { rules: [operabilityRule, technologyRule] });
    assert.deepEqual(
      probes.map((p) => p.id),
      ['technology:cassandra', 'technology:redis', 'operability:rollback', 'operability:owner', 'operability:alert'],
    );
  });

  it('does not ask again a question answered under Follow-ups, but does ask one left open', () => {
    const asked = [
      '## Follow-ups',
      '',
      '### Q: What happens when traffic spikes tenfold during a premiere?',
      '',
      'The precomputed rows absorb it: reads are served from the cache tier.',
      '',
      '### Q: Who owns the ranking service in three years?',
      '',
      '<!-- answer here -->',
    ].join('\n');
    const text = `${answerText()}\n${asked}\n`;
    assert.deepEqual(
      probesFor(text, PROMPT, { rules: [] }).map((p) => p.id),
      ['prompt:2'],
    );
  });

  it('matches answered questions however they are punctuated or emphasised', () => {
    const text = `${answerText()}\n## Follow-ups\n\n### Q: what happens when traffic *spikes* tenfold during a premiere\n\nIt holds.\n`;
    assert.deepEqual(
      probesFor(text, PROMPT, { rules: [] }).map((p) => p.id),
      ['prompt:2'],
    );
  });

  it('does not read the Follow-ups answers for probes of their own', () => {
    const text = `${answerText()}\n## Follow-ups\n\n### Q: Why not a cache?\n\nBecause Redis would cost more than it saves.\n`;
    assert.deepEqual(probesFor(text, undefined, { rules: [technologyRule] }), []);
  });

  it('is deterministic and accepts an answer already parsed', () => {
    const text = answerText({ Architecture: '- Kafka carries the events; Flink aggregates them.' });
    const once = probesFor(text, PROMPT);
    assert.deepEqual(probesFor(text, PROMPT), once);
    assert.ok(once.length >= 4);
  });

  it('never throws on odd input', () => {
    for (const text of ['', '\u0000', '---\n', '## Follow-ups\n### Q:\n', '#'.repeat(7), '- Redis '.repeat(5000), '\r\n'.repeat(100)]) {
      assert.doesNotThrow(() => probesFor(text, PROMPT));
    }
  });

  it('gives unique ids when two probes share a subject', () => {
    const prompt = promptWith([
      { question: 'One?', signal: 'trade-offs' },
      { question: 'Two?', signal: 'trade-offs' },
    ]);
    const ids = probesFor(answerText(), prompt).map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length);
  });
});

describe('probe rules', () => {
  describe('technology', () => {
    it('asks why each named technology, once, at its first mention, with its obvious alternative', () => {
      const text = answerText({ Architecture: '- Rows live in Redis.\n- Redis again, and Kafka for events.', 'Trade-offs': '- MyQueue over the rest.' });
      const probes = probesFor(text, undefined, { rules: [technologyRule] });
      assert.deepEqual(
        probes.map((p) => [p.id, p.line]),
        [
          ['technology:redis', lineOf(text, 'Rows live in Redis')],
          ['technology:kafka', lineOf(text, 'Kafka for events')],
        ],
      );
      assert.match(probes[0].question, /Why Redis here rather than Memcached or a cache inside each service.*what would make you switch\?$/);
    });

    it('uses the configured technology list, with a generic alternative for names it does not know', () => {
      const text = answerText({ Architecture: '- MyQueue carries the events.' });
      const [probe] = probesFor(text, undefined, { rules: [technologyRule], technologies: ['MyQueue'] });
      assert.equal(probe.id, 'technology:myqueue');
      assert.match(probe.question, /rather than the obvious alternative/);
    });

    it('ignores headings, comments, code and everyday words in lower case', () => {
      const text = answerText({ Architecture: '### Redis tier\n\n<!-- Kafka? -->\n\n```\ncassandra\n```\n\n- The spark of the idea.' });
      assert.deepEqual(probesFor(text, undefined, { rules: [technologyRule] }), []);
    });
  });

  describe('operability', () => {
    it('asks nothing when Operability covers rollback, an owner and an alert', () => {
      assert.deepEqual(probesFor(answerText(), undefined, { rules: [operabilityRule] }), []);
    });

    it('asks how a bad release is undone when no rollback is mentioned, pointing at the heading without quoting it (a heading is not a claim)', () => {
      const text = answerText({ Operability: '- Alerts on errors; the rows team owns it.' });
      const probes = probesFor(text, undefined, { rules: [operabilityRule] });
      assert.deepEqual(
        probes.map((p) => [p.id, p.line, p.quote, p.signal]),
        [['operability:rollback', lineOf(text, '## Operability'), undefined, 'ownership']],
      );
      assert.match(probes[0].question, /how is it undone/);
    });

    it('asks who is paged when no owner or alert is named', () => {
      const text = answerText({ Operability: '- We roll back with the deploy tool.' });
      assert.deepEqual(
        probesFor(text, undefined, { rules: [operabilityRule] }).map((p) => p.id),
        ['operability:owner', 'operability:alert'],
      );
    });

    it('asks all three, with no line, when there is no Operability section', () => {
      const text = answerText({ Operability: '' });
      const probes = probesFor(text, undefined, { rules: [operabilityRule] });
      assert.deepEqual(
        probes.map((p) => [p.id, p.line]),
        [
          ['operability:rollback', undefined],
          ['operability:owner', undefined],
          ['operability:alert', undefined],
        ],
      );
    });
  });
});
