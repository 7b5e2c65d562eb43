import * as assert from 'node:assert/strict';
import { buildDebrief, parseRatingsMessage, parseRevealLineMessage, renderDebriefHtml } from '../../../src/core/debrief/debrief';
import { renderRatingsChart } from '../../../src/core/debrief/ratingsChart';

const SIGNALS = [
  { id: 'requirements', title: 'Requirements gathering' },
  { id: 'trade-offs', title: 'Trade-off reasoning with costs' },
  { id: 'experience', title: 'Decisions grounded in experience' },
  { id: 'data-flow', title: 'Data flow a listener can follow' },
  { id: 'ownership', title: 'Long-term ownership and operability' },
];

describe('debrief: questions with markup', () => {
  it('counts a question asked with a tag, link or image as answered when its heading is (issue 17)', () => {
    const asked = [
      { question: 'Why is <primary> the leader?', signal: 'ownership' },
      { question: 'What does [the cache](https://x.test/c) hold?', signal: 'ownership' },
    ];
    // As the answer reads them back: the heading's text without its markup.
    const followUps = [
      { question: 'Why is  the leader?', line: 3, answered: true },
      { question: 'What does the cache hold?', line: 6, answered: true },
    ];
    const [, , , , ownership] = buildDebrief({ signals: SIGNALS, findings: [], asked, followUps });
    assert.equal(ownership.answered.length, 2);
    assert.deepEqual(ownership.open, []);
  });
});

describe('debrief', () => {
  const evidence = buildDebrief({
    signals: SIGNALS,
    findings: [
      { ruleId: 'SD005', message: 'No number', line: 5, sectionId: 'requirements' },
      { ruleId: 'SD007', message: 'Why Redis?', line: 9, sectionId: 'architecture' },
      { ruleId: 'SD002', message: 'Empty section', line: 12, sectionId: 'operability' },
      { ruleId: 'SD010', message: 'Front matter', line: 1 },
    ],
    asked: [
      { question: 'What breaks first at 10x?', signal: 'requirements' },
      { question: 'Who is paged?', signal: 'ownership' },
      { question: 'Why Redis?', signal: 'experience' },
    ],
    followUps: [
      { question: 'What breaks  first at 10x?', line: 20, answered: true },
      { question: 'Who is paged?', line: 23, answered: false },
    ],
    record: {
      started: '2025-01-02T10:00:00Z',
      minutesTotal: 30,
      phases: [
        { section: 'requirements', label: 'Clarify', plannedMinutes: 7, spentMinutes: 9 },
        { section: 'architecture', label: 'Architecture', plannedMinutes: 20, spentMinutes: 15 },
        { section: 'operability', label: 'Operability', plannedMinutes: 7, spentMinutes: 0 },
      ],
    },
  });
  const by = (id: string) => evidence.find((e) => e.signal.id === id)!;

  it('groups findings, probes and phase times by signal', () => {
    assert.deepEqual(evidence.map((e) => e.signal.id), SIGNALS.map((s) => s.id));
    assert.deepEqual(by('requirements').findings.map((f) => f.ruleId), ['SD005']);
    assert.deepEqual(by('requirements').answered.map((f) => f.line), [20]);
    assert.deepEqual(by('requirements').phases, [{ label: 'Clarify', plannedMinutes: 7, spentMinutes: 9 }]);
    assert.deepEqual(by('experience').findings.map((f) => f.ruleId), ['SD007'], 'SD007 speaks to experience wherever it is');
    assert.deepEqual(by('experience').open.map((q) => q.question), ['Why Redis?'], 'a question no longer in the answer is open');
    assert.deepEqual(by('ownership').findings.map((f) => f.ruleId), ['SD002']);
    assert.deepEqual(by('ownership').open.map((q) => q.question), ['Who is paged?']);
    assert.deepEqual(by('data-flow').phases.map((p) => p.spentMinutes), [15]);
    assert.ok(evidence.every((e) => e.findings.every((f) => f.ruleId !== 'SD010')));
  });

  it('renders escaped evidence with a pre-set rating per signal', () => {
    const html = renderDebriefHtml('<Capping>', evidence, { requirements: 3 });
    assert.match(html, /Debrief: &lt;Capping&gt;/);
    assert.match(html, /name="requirements" value="3" checked/);
    assert.equal((html.match(/ checked/g) ?? []).length, 1);
    assert.match(html, /Answered: <a href="#" class="line" data-line="20">line 20<\/a>/);
    assert.match(html, /Clarify: 9 min of 7 planned \(over\)/);
    assert.match(html, /No evidence from this attempt/);
    assert.doesNotMatch(html, /<Capping>/);
  });

  it('accepts only known signals rated 1-4 from the view, and requests for whole positive lines', () => {
    assert.deepEqual(parseRatingsMessage({ type: 'save', ratings: { requirements: '3', ownership: 4, experience: 7, bogus: 2 } }, SIGNALS), { requirements: 3, ownership: 4 });
    assert.equal(parseRatingsMessage({ type: 'other' }, SIGNALS), undefined);
    assert.equal(parseRatingsMessage('save', SIGNALS), undefined);
    assert.equal(parseRevealLineMessage({ type: 'revealLine', line: 12 }), 12);
    for (const bad of [{ type: 'revealLine', line: 0 }, { type: 'revealLine', line: '3' }, { type: 'revealLine', line: 1.5 }, { type: 'save' }, null]) {
      assert.equal(parseRevealLineMessage(bad), undefined, JSON.stringify(bad));
    }
  });
});

describe('ratings chart', () => {
  it('is empty without rated attempts', () => {
    assert.equal(renderRatingsChart([{ date: 'd', ratings: {} }], SIGNALS), '');
  });

  it('writes only whole ratings 1 to 4, whatever the attempts carry (issue 17)', () => {
    const html = renderRatingsChart(
      [
        { date: 'Jan 2', ratings: { requirements: '<img src=x onerror=alert(1)>', ownership: 2.5, 'trade-offs': 9, experience: 1 } as never },
        { date: 'Jan 9', ratings: { requirements: 3, ['__proto__']: 2 } as never },
      ],
      SIGNALS,
    );
    assert.doesNotMatch(html, /<img|onerror|2\.5|>9</);
    assert.match(html, /<th scope="row">Jan 2<\/th><td class="num">–<\/td>/);
    assert.match(html, /<th scope="row">Jan 9<\/th><td class="num">3<\/td>/);
    assert.equal(renderRatingsChart([{ date: 'd', ratings: { requirements: '4' } as never }], SIGNALS), '');
  });

  it('draws one line per rated signal, with a table of the same numbers', () => {
    const html = renderRatingsChart(
      [
        { date: 'Jan 2', ratings: { requirements: 2, ownership: 1 } },
        { date: 'Jan 9', ratings: { requirements: 3 } },
        { date: '<b>', ratings: { requirements: 4, ownership: 3 } },
      ],
      SIGNALS,
    );
    assert.equal((html.match(/<polyline/g) ?? []).length, 2);
    const points = (cls: string): number[][] => [...html.matchAll(new RegExp(`class="series ${cls}" fill="none" points="([^"]+)"`, 'g'))][0][1].split(' ').map((p) => p.split(',').map(Number));
    const requirements = points('s0');
    const ownership = points('s4');
    assert.deepEqual(requirements.map((p) => p[0]), [28, 326, 624], 'one x per attempt, across the plot');
    assert.ok(requirements[0][1] > requirements[1][1] && requirements[1][1] > requirements[2][1], 'higher ratings sit higher');
    assert.ok(Math.abs(requirements[1][1] - ownership[1][1]) > 0, 'a 3 of one signal and a 3 of another are two visible points');
    assert.ok(Math.abs(requirements[1][1] - ownership[1][1]) < 10, 'but close to the same grid line');
    assert.match(html, /<text class="axis date" x="28" y="[\d.]+" text-anchor="start">Jan 2<\/text>/);
    assert.match(html, /text-anchor="end">&lt;b&gt;<\/text>/);
    assert.match(html, /<th scope="row">&lt;b&gt;<\/th><td class="num">4<\/td><td class="num">3<\/td>/);
    assert.match(html, /<td class="num">–<\/td>/, 'an unrated signal shows a dash');
    assert.doesNotMatch(html, /style=|https?:\/\/(?!www\.w3\.org)/, 'no inline style, nothing remote');
    assert.doesNotMatch(html, /Trade-off/, 'never-rated signals are left out');
  });

  it('names as many dates on the x axis as fit without overlapping, always the last, and every date in the table', () => {
    const attempts = Array.from({ length: 40 }, (_, i) => ({ date: `Day ${i + 1}, 2026`, axisDate: `${i + 1} Dec`, ratings: { requirements: ((i % 4) + 1) as 1 | 2 | 3 | 4 } }));
    const html = renderRatingsChart(attempts, SIGNALS);
    const xs = [...html.matchAll(/<text class="axis date" x="([\d.]+)"[^>]*>([^<]+)<\/text>/g)].map((m) => ({ x: Number(m[1]), label: m[2] }));
    assert.ok(xs.length >= 5 && xs.length < 40, `${xs.length} dates named`);
    assert.equal(xs[xs.length - 1].label, '40 Dec');
    for (let i = 1; i < xs.length; i++) assert.ok(xs[i].x - xs[i - 1].x >= '40 Dec'.length * 6, `${xs[i - 1].label} and ${xs[i].label} do not overlap`);
    assert.equal((html.match(/<th scope="row">Day/g) ?? []).length, 40);
    const one = renderRatingsChart([attempts[0]], SIGNALS);
    assert.match(one, /text-anchor="middle">1 Dec</);
  });
});
