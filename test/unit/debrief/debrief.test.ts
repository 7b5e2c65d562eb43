import * as assert from 'node:assert/strict';
import { buildDebrief, parseDraftMessage, parseRatingsMessage, parseRevealLineMessage, renderDebriefHtml, type DebriefPage } from '../../../src/core/debrief/debrief';
import type { Scorecard } from '../../../src/core/score/types';
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

  const card: Scorecard = {
    level: 'L5',
    verdict: 'L4',
    signals: [
      { id: 'requirements', rating: 3, evidence: [{ line: 5, quote: '300,000 <decisions>', why: 'a number with its unit' }], gaps: [{ point: 'No latency budget', why: 'the cap is checked on the hot path', level: 'L4' }] },
      { id: 'trade-offs', rating: 2, evidence: [], gaps: [] },
      { id: 'experience', rating: 1, evidence: [], gaps: [{ point: 'No failure mode', why: 'an interviewer listens for what broke', level: 'L5' }] },
      { id: 'data-flow', rating: 4, evidence: [{ line: 9, quote: 'ad server reads the counter', why: 'a read path in order' }], gaps: [] },
      { id: 'ownership', rating: 2, evidence: [], gaps: [] },
    ],
    answerKey: {
      covered: [{ signal: 'data-flow', level: 'L4', point: 'Counters per household', line: 9, quote: 'counter' }],
      missed: [{ signal: 'ownership', level: 'L5', point: 'Fail open or closed' }],
    },
  };
  const page = (over: Partial<DebriefPage> = {}): DebriefPage => ({
    title: '<Capping>',
    scorecard: card,
    practiseNext: [{ signal: 'experience', rating: 1, point: 'No failure mode', why: 'an interviewer listens for what broke' }],
    session: evidence,
    ratings: { requirements: 3, 'trade-offs': 2, experience: 1, 'data-flow': 4, ownership: 2 },
    ...over,
  });

  it('renders the scorecard per signal: suggested rating, quotes linked to their lines, gaps at the level, escaped', () => {
    const html = renderDebriefHtml(page(), SIGNALS);
    assert.match(html, /Debrief: &lt;Capping&gt;/);
    assert.doesNotMatch(html, /<Capping>|<decisions>/);
    assert.match(html, /Verdict: <strong>L4<\/strong>, read against the <strong>L5<\/strong> bar/);
    assert.match(html, /Suggested: 3 · Solid/);
    assert.match(html, /<a href="#" class="line quote" data-line="5">“300,000 &lt;decisions&gt;”<\/a> <span class="why">a number with its unit<\/span>/);
    assert.match(html, /Gaps at L5/);
    assert.match(html, /<span class="tag">L4<\/span> No latency budget/);
    assert.match(html, /Nothing in the answer shows this signal yet/);
    assert.match(html, /<h2 id="practise-title">Practise next<\/h2><ol><li><strong>Decisions grounded in experience<\/strong> \(1 · Not shown\): No failure mode/);
    assert.match(html, /Answer key: 1 of 2 covered/);
    assert.match(html, /key-point covered.*Counters per household <a href="#" class="line" data-line="9">line 9<\/a>/);
    assert.match(html, /key-point missed.*Fail open or closed/);
  });

  it('shows a quote as the answer reads: a bold or code marker the cut left alone is dropped, the rest shown literally, escaped', () => {
    const quote = 'Scale:** 50,000 <titles> in **30** locales, snake_case_ids & _em_ `ttl';
    const quoted: Scorecard = { ...card, signals: card.signals.map((s) => (s.id === 'requirements' ? { ...s, evidence: [{ line: 5, quote, why: 'a number with its unit' }] } : s)) };
    const html = renderDebriefHtml(page({ scorecard: quoted }), SIGNALS);
    assert.ok(html.includes('data-line="5">“Scale: 50,000 &lt;titles&gt; in **30** locales, snake_case_ids &amp; _em_ ttl”</a>'), 'shown literally: no Markdown is rendered');
    assert.doesNotMatch(html, /<strong>30|<em>em|<code>/);
    assert.equal(quoted.signals[0].evidence[0].quote, quote, 'the scorecard keeps the verbatim quote');
  });

  it('pre-sets each choice, marks the suggested one, and says when the choices are a draft', () => {
    const html = renderDebriefHtml(page({ ratings: { requirements: 4 } }), SIGNALS);
    assert.match(html, /name="requirements" value="4" checked/);
    assert.equal((html.match(/ checked>/g) ?? []).length, 1);
    assert.match(html, /<label class="suggested"><input type="radio" name="requirements" value="3"> 3 · Solid <span class="hint">\(suggested\)<\/span>/);
    assert.match(html, /Not saved yet: your choices are kept as a draft/);
    assert.doesNotMatch(renderDebriefHtml(page({ saved: true, status: 'Saved in a.md.' }), SIGNALS), /Not saved yet/);
  });

  it('lists what the session left under its signal', () => {
    const html = renderDebriefHtml(page(), SIGNALS);
    assert.match(html, /Answered: <a href="#" class="line" data-line="20">line 20<\/a>/);
    assert.match(html, /Clarify: 9 min of 7 planned \(over\)/);
    assert.match(html, /Left open: Who is paged\?/);
  });

  it("draws the answer's diagrams under Data flow, and says when nothing needs practice", () => {
    const html = renderDebriefHtml(page({ diagrams: ['flowchart LR\n  a --> b'], practiseNext: [] }), SIGNALS);
    assert.match(html, /<h3>Your diagram<\/h3><div class="dp-mermaid"><pre class="dp-mermaid-source"><code>flowchart LR\n {2}a --&gt; b<\/code><\/pre><\/div>/);
    assert.ok(html.indexOf('dp-mermaid') > html.indexOf('data-signal="data-flow"') && html.indexOf('dp-mermaid') < html.indexOf('data-signal="ownership"'));
    assert.match(html, /Every signal clears the L5 bar/);
    assert.doesNotMatch(renderDebriefHtml(page(), SIGNALS), /dp-mermaid/);
  });

  it("shows the model's ratings in a column beside the scorecard's, with every claim not taken, escaped (issue 20)", () => {
    const model = { model: 'Fake <GPT>', verdict: 'L5', ratings: { requirements: 4, 'trade-offs': 3, experience: 4, 'data-flow': 4 } as const, dropped: ['verdict "L5": the rule gives L4', 'trade-offs: "<invented>" is not on line 7'] };
    const html = renderDebriefHtml(page({ model }), SIGNALS);
    assert.match(html, /<th scope="col">Built-in scorecard<\/th><th scope="col">Fake &lt;GPT&gt;<\/th>/);
    assert.match(html, /<th scope="row">Verdict<\/th><td>L4<\/td><td>L5<\/td>/);
    assert.match(html, /<th scope="row">Requirements gathering<\/th><td>3 · Solid<\/td><td>4 · Strong<\/td>/);
    assert.match(html, /<th scope="row">Long-term ownership and operability<\/th><td>2 · Some<\/td><td>-<\/td>/, 'a signal the model did not rate');
    assert.match(html, /<ul class="model-dropped"><li>verdict &quot;L5&quot;: the rule gives L4<\/li><li>trade-offs: &quot;&lt;invented&gt;&quot; is not on line 7<\/li><\/ul>/);
    assert.match(html, /Suggested: 3 · Solid/, "the suggestions stay the scorecard's");
    assert.match(renderDebriefHtml(page({ model: { notUsed: 'no language model is available' } }), SIGNALS), /Your language model was not used: no language model is available\./);
    assert.doesNotMatch(renderDebriefHtml(page(), SIGNALS), /model-opinion|model-note/);
  });

  it('accepts only known signals rated 1-4 from the view, and requests for whole positive lines', () => {
    assert.deepEqual(parseRatingsMessage({ type: 'save', ratings: { requirements: '3', ownership: 4, experience: 7, bogus: 2 } }, SIGNALS), { requirements: 3, ownership: 4 });
    assert.equal(parseRatingsMessage({ type: 'other' }, SIGNALS), undefined);
    assert.equal(parseRatingsMessage('save', SIGNALS), undefined);
    assert.deepEqual(parseDraftMessage({ type: 'draft', ratings: { requirements: 2, bogus: 3 } }, SIGNALS), { requirements: 2 });
    assert.equal(parseDraftMessage({ type: 'save', ratings: { requirements: 2 } }, SIGNALS), undefined);
    assert.equal(parseRatingsMessage({ type: 'draft', ratings: { requirements: 2 } }, SIGNALS), undefined);
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
