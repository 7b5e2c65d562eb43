import * as assert from 'node:assert/strict';
import { assessMessages, fitsModel, interviewMessages, MAX_ANSWER_CHARS, readJsonObject, readModelQuestion, readModelScorecard } from '../../../src/core/model';
import { SIGNAL_IDS } from '../../../src/core/interview/signals';
import type { AnswerKeyPoint } from '../../../src/core/catalog/answerKey';

const LINES = [
  '# Frequency capping',
  '## Requirements',
  '- 300,000 ad decisions per second at peak.',
  '## Architecture',
  'Counters live in Redis, one key per household, read once per decision.',
  '## Trade-offs',
  'We fail open when Redis is slow: a few extra impressions cost less than blank slots.',
];

const question = (fields: Record<string, unknown>): string =>
  JSON.stringify({ question: 'What happens to the caps when Redis loses a shard?', line: 5, quote: 'Counters live in Redis', signal: 'experience', ...fields });

const signal = (id: string, rating: unknown, evidence: unknown[] = [], gaps: unknown[] = []) => ({ id, rating, evidence, gaps });
const card = (over: Record<string, unknown> = {}) => ({
  level: 'L4',
  verdict: 'L5',
  signals: [
    signal('requirements', 3, [{ line: 3, quote: '300,000 ad decisions per second', why: 'a rate with units' }]),
    signal('trade-offs', 3, [{ line: 7, quote: 'We fail open when Redis is slow', why: 'a choice with its cost' }]),
    signal('experience', 2),
    signal('data-flow', 3, [{ line: 5, quote: 'read once per decision', why: 'the read path' }]),
    signal('ownership', 2, [], [{ point: 'No alerting on the counter store', why: 'nobody learns it is slow', level: 'L4' }]),
  ],
  ...over,
});

describe('model replies', () => {
  describe('readJsonObject', () => {
    it('finds the object inside a code fence or a sentence', () => {
      assert.deepEqual(readJsonObject('Sure! ```json\n{"a": 1}\n``` Hope that helps.'), { ok: { a: 1 } });
    });
    it('names a reply with no object, broken JSON and an array', () => {
      assert.deepEqual(readJsonObject("I'm sorry, I can't help with that."), { problem: 'the reply holds no JSON object' });
      assert.deepEqual(readJsonObject('{"question": "why?",'), { problem: 'the reply holds no JSON object' });
      assert.deepEqual(readJsonObject('{"question": why}'), { problem: 'the reply is not valid JSON' });
    });
  });

  describe('readModelQuestion', () => {
    it('takes a question that quotes its line verbatim, with the 0-based line and the model named', () => {
      const read = readModelQuestion(`\`\`\`json\n${question({})}\n\`\`\``, LINES, [], 'Fake GPT');
      assert.ok('ok' in read, JSON.stringify(read));
      assert.deepEqual(read.ok, {
        id: 'model:what happens to the caps when redis loses a shard',
        question: 'What happens to the caps when Redis loses a shard?',
        source: 'answer',
        line: 4,
        quote: 'Counters live in Redis',
        signal: 'experience',
        by: 'Fake GPT',
      });
    });

    it('refuses a fabricated quote, a quote on another line, a line out of range and a missing quote', () => {
      const problem = (fields: Record<string, unknown>) => {
        const read = readModelQuestion(question(fields), LINES, [], 'm');
        return 'problem' in read ? read.problem : 'taken';
      };
      assert.equal(problem({ quote: 'Counters live in Cassandra' }), '"Counters live in Cassandra" is not on line 5');
      assert.equal(problem({ line: 3 }), '"Counters live in Redis" is not on line 3');
      assert.equal(problem({ line: 99 }), 'line 99 is not a line of the answer (1-7)');
      assert.equal(problem({ line: 0 }), 'line 0 is not a line of the answer (1-7)');
      assert.equal(problem({ line: '5' }), 'line "5" is not a line of the answer (1-7)');
      assert.equal(problem({ line: 4.5 }), 'line 4.5 is not a line of the answer (1-7)');
      assert.equal(problem({ quote: undefined }), 'the quote of line 5 is missing or too short');
      assert.equal(problem({ quote: 'C' }), 'the quote of line 5 is missing or too short');
    });

    it('refuses no question, an overlong one, an unknown signal and a question already asked', () => {
      const problem = (fields: Record<string, unknown>, asked: string[] = []) => {
        const read = readModelQuestion(question(fields), LINES, asked, 'm');
        return 'problem' in read ? read.problem : 'taken';
      };
      assert.equal(problem({ question: 'Tell me more.' }), 'the reply has no question');
      assert.equal(problem({ question: 42 }), 'the reply has no question');
      assert.match(problem({ question: `${'why '.repeat(120)}?` }), /^the question is \d+ characters long/);
      assert.match(problem({ signal: 'budget' }), /^signal "budget" is not one of requirements/);
      assert.equal(problem({}, ['what happens to the caps when *Redis* loses a shard?']), 'the question was asked already');
    });
  });

  describe('readModelScorecard', () => {
    it('takes a sound scorecard, with the verdict from the rubric rule rather than the model', () => {
      const read = readModelScorecard(JSON.stringify(card()), LINES, 'L4');
      assert.ok('ok' in read, JSON.stringify(read));
      assert.deepEqual(read.ok.dropped, [`verdict "L5": the rubric's rule over the ratings gives below L4`], 'the overruled verdict is named');
      assert.equal(read.ok.card.verdict, 'below L4', 'two signals below 3: the rule says below L4 whatever the model said');
      const agreed = readModelScorecard(JSON.stringify(card({ verdict: 'below L4' })), LINES, 'L4');
      assert.ok('ok' in agreed && agreed.ok.dropped.length === 0, 'a verdict the rule agrees with is not a dropped claim');
      assert.deepEqual(read.ok.card.signals.map((s) => s.id), SIGNAL_IDS);
      assert.equal(read.ok.card.signals[0].evidence[0].quote, '300,000 ad decisions per second');
    });

    it('drops evidence and covered key points whose quote is not verbatim on their line, and says which', () => {
      const c = card();
      (c.signals[1].evidence as unknown[]).push({ line: 7, quote: 'We fail closed', why: 'invented' });
      const read = readModelScorecard(
        JSON.stringify({ ...c, answerKey: { covered: [{ signal: 'data-flow', level: 'L4', point: 'One read per household', line: 5, quote: 'read twice' }], missed: [{ signal: 'ownership', level: 'L5', point: 'Fail open or closed' }] } }),
        LINES,
        'L4',
      );
      assert.ok('ok' in read, JSON.stringify(read));
      assert.deepEqual(read.ok.dropped, ['trade-offs: "We fail closed" is not on line 7', `verdict "L5": the rubric's rule over the ratings gives below L4`, 'answer key "One read per household": "read twice" is not on line 5']);
      assert.equal(read.ok.card.signals[1].evidence.length, 1);
      assert.deepEqual(read.ok.card.answerKey, { covered: [], missed: [{ signal: 'ownership', level: 'L5', point: 'Fail open or closed' }] });
    });

    it('refuses a missing signal, a rating off the scale or not an integer, and a reply with no JSON', () => {
      const problem = (reply: string) => {
        const read = readModelScorecard(reply, LINES, 'L4');
        return 'problem' in read ? read.problem : 'taken';
      };
      const c = card();
      assert.equal(problem(JSON.stringify({ ...c, signals: c.signals.slice(1) })), 'the signal requirements is missing');
      for (const rating of [0, 5, 2.5, '3', null]) {
        const bad = card();
        (bad.signals[2] as { rating: unknown }).rating = rating;
        assert.equal(problem(JSON.stringify(bad)), `experience: rating ${JSON.stringify(rating)} is not an integer 1-4`);
      }
      assert.equal(problem('As an AI, I cannot grade interviews.'), 'the reply holds no JSON object');
    });
  });

  describe('requests', () => {
    const key: AnswerKeyPoint[] = [{ signal: 'data-flow', level: 'L4', point: 'One read per household per decision.', lookFor: [['household']] }];
    const prompt = { title: 'Ads frequency capping', statement: 'Cap how often a household sees an ad.', answerKey: key, followUps: [{ question: 'What breaks at 10x?', signal: 'requirements' as const }] };

    it('send the prompt, its answer key and follow-ups, the asked questions and the numbered answer', () => {
      const [message] = interviewMessages({ prompt, lines: LINES, asked: ['Why Redis?'] });
      assert.equal(message.role, 'user');
      for (const part of ['Prompt: Ads frequency capping', 'Cap how often a household sees an ad.', '- [data-flow] [L4] One read per household per decision.', '- [requirements] What breaks at 10x?', '- Why Redis?', '5| Counters live in Redis, one key per household, read once per decision.', '"quote"']) {
        assert.ok(message.text.includes(part), part);
      }
    });

    it('for an assessment also send the rubric and the verdict rule, against the level asked', () => {
      const [message] = assessMessages({ prompt, lines: LINES, level: 'L5' });
      for (const part of ['against the L5 bar', '"level": "L5"', '- ownership:', '  4: ', '- below L4: ', '1| # Frequency capping']) assert.ok(message.text.includes(part), part);
    });

    it('are not built for an answer longer than the bound', () => {
      assert.equal(fitsModel(LINES), true);
      assert.equal(fitsModel(['x'.repeat(MAX_ANSWER_CHARS)]), false);
    });
  });
});
