/**
 * The interviewer through a language model (issue 20), in a real VS Code with a fake model: the
 * fake-model test extension (test/fixtures/extensions/fake-model) registers a chat model through
 * VS Code's chatProvider API and answers with scripted replies, counting requests. A valid reply is
 * used and the UI says the model asked; a fabricated quote, malformed JSON, a refusal, an error and
 * a timeout each fall back to the built-in interviewer; `off` sends nothing. Also the curveball
 * once per interview and `@interviewer`'s handler.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Prompt } from '../../../src/core/catalog/prompt';
import { handleInterviewerChat, type ChatOutput } from '../../../src/vscode/model/chatParticipant';
import type { Services } from '../../../src/vscode/services';
import { activate, CAPPING_ANSWER_BODY, waitFor, workspaceRoot } from './helpers';
import { testHost } from './host';

const FAKE_ID = 'design-practice-test.fake-model';
const FAKE_NAME = 'Fake Interviewer Model';
const MIN = 60_000;
const ANSWER = `---
prompt: ads/frequency-capping
template: system-design
---
${CAPPING_ANSWER_BODY}`;
const LINES = ANSWER.split('\n');
const COUNTER_LINE = LINES.findIndex((l) => l.includes('A counter service keyed by member')) + 1;

const question = (fields: Record<string, unknown> = {}) =>
  JSON.stringify({ question: 'What happens to the caps when the in-memory store loses a node?', line: COUNTER_LINE, quote: 'in an in-memory store', signal: 'experience', ...fields });

const PEAK = LINES.findIndex((l) => l.includes('300,000 ad decisions')) + 1;

/** A scorecard as a model might write it: every signal at 3, one quote fabricated, the verdict L5 (the rule gives L4). */
function modelCard(): string {
  const card = {
    level: 'L5',
    verdict: 'L5',
    signals: ['requirements', 'trade-offs', 'experience', 'data-flow', 'ownership'].map((id) => ({ id, rating: 3, evidence: [] as unknown[], gaps: [] })),
  };
  card.signals[0].evidence = [
    { line: PEAK, quote: '300,000 ad decisions per second', why: 'a rate' },
    { line: PEAK, quote: '3 million decisions', why: 'invented' },
  ];
  return JSON.stringify(card);
}

async function script(replies: unknown[]): Promise<void> {
  await vscode.commands.executeCommand('fakeModel.script', replies);
}

async function requests(): Promise<{ count: number; last: string }> {
  return (await vscode.commands.executeCommand<{ count: number; last: string }>('fakeModel.requests'))!;
}

async function setModel(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('designPractice').update('interviewer.model', value, vscode.ConfigurationTarget.Workspace);
}

/** Resolves once VS Code lists the fake model (bounded), subscribing before the first look. */
async function fakeModelListed(): Promise<void> {
  const listed = async () => (await vscode.lm.selectChatModels({ vendor: 'design-practice-test' })).length > 0;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error('the fake model was not listed by vscode.lm within 30 s'));
    }, 30_000);
    const check = () =>
      void listed().then((yes) => {
        if (!yes) return;
        clearTimeout(timer);
        sub.dispose();
        resolve();
      });
    const sub = vscode.lm.onDidChangeChatModels(check);
    check();
  });
}

/** A chat response stream that keeps what the handler wrote. */
function recordingStream(): ChatOutput & { text: string; anchors: vscode.Location[] } {
  const out = {
    text: '',
    anchors: [] as vscode.Location[],
    markdown(value: string | vscode.MarkdownString) {
      out.text += typeof value === 'string' ? value : value.value;
    },
    anchor(value: vscode.Uri | vscode.Location, title?: string) {
      if (value instanceof vscode.Location) out.anchors.push(value);
      out.text += `[${title ?? ''}]`;
    },
  };
  return out;
}

describe('interviewer through a language model (fake model)', function () {
  this.timeout(120_000);
  let services: Services;
  let uri: vscode.Uri;
  let prompt: Prompt;
  let clock = Date.UTC(2025, 0, 3, 10, 0, 0);
  const none = new vscode.CancellationTokenSource().token;

  before(async function () {
    if (testHost() === 'web') {
      console.log('      (skipped in the browser worker host: the fake model extension is installed in the Node host only)');
      this.skip();
    }
    services = await activate();
    const fake = vscode.extensions.getExtension<{ registered: boolean }>(FAKE_ID);
    assert.ok(fake, `the test host installed ${FAKE_ID} (npm run test:integration passes --more-extension)`);
    const { registered } = await fake.activate();
    assert.ok(registered, 'this VS Code offers vscode.lm.registerChatModelProvider (the chatProvider API)');
    await fakeModelListed();
    await setModel('fake-interviewer');
    await waitFor(services.settings.onDidChange, () => services.settings.value.interviewer.model === 'fake-interviewer', 'the setting read');
    uri = vscode.Uri.joinPath(workspaceRoot(), 'design-notes', 'ads', 'model-interview.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ANSWER));
    prompt = (await services.catalog.getPrompt('ads/frequency-capping'))!;
    assert.ok(prompt.curveballs.length > 0, 'the bundled prompt has curveballs');
  });

  after(async function () {
    if (!services) return;
    await script([]);
    services.model.timeoutMs = 30_000;
    await services.timer.discard();
    services.timer.useClock(Date.now);
    await setModel(undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
  });

  it('asks the model first in a mock interview, writes its question and says the model asked; the curveball comes once, from Trade-offs', async () => {
    services.timer.useClock(() => clock);
    const before = (await requests()).count;
    await vscode.commands.executeCommand('designPractice.startMockInterview', uri, { ifActive: 'stop' });
    assert.equal((await requests()).count, before, 'starting the interview sends nothing');

    await script([question()]);
    const asked = await vscode.commands.executeCommand<{ question: string; by?: string; line?: number; quote?: string }>('designPractice.askFollowUp');
    assert.equal(asked?.question, 'What happens to the caps when the in-memory store loses a node?');
    assert.equal(asked?.by, FAKE_NAME);
    assert.equal(asked?.line, COUNTER_LINE - 1, '0-based, the line the model cited');
    assert.ok(services.interviewerView.html.includes(`asked by your model (${FAKE_NAME})`), services.interviewerView.html);
    assert.ok(vscode.window.activeTextEditor?.document.getText().includes(`### Q: ${asked?.question}`));
    const sent = await requests();
    assert.equal(sent.count, before + 1);
    for (const part of [`Prompt: ${prompt.title}`, `${COUNTER_LINE}| - A counter service keyed by member`, 'Answer key']) assert.ok(sent.last.includes(part), `the request holds ${part}`);

    // Into Trade-offs: the curveball, from the prompt, asked without a model request.
    const phases = services.timer.phases;
    const tradeOffs = phases.findIndex((p) => p.section === 'trade-offs');
    const curveball = waitFor(services.interview.onDidChange, () => services.interview.currentProbe?.id.startsWith('curveball:') ?? false, 'the curveball');
    clock += phases.slice(0, tradeOffs).reduce((sum, p) => sum + p.minutes, 0) * MIN + 1000;
    services.timer.refresh();
    await curveball;
    const ball = services.interview.currentProbe!;
    assert.ok(prompt.curveballs.some((c) => c.question === ball.question), ball.question);
    assert.ok(services.interviewerView.html.includes('a curveball from the prompt'));

    // Once per interview: the next phase asks a probe (the model refuses: nothing scripted).
    const count = services.interview.state!.asked.length;
    const next = waitFor(services.interview.onDidChange, () => (services.interview.state?.asked.length ?? 0) > count, 'the question after the curveball');
    clock += phases[tradeOffs].minutes * MIN;
    services.timer.refresh();
    await next;
    assert.ok(!services.interview.currentProbe!.id.startsWith('curveball:'));
    assert.equal(services.interview.currentProbe!.by, undefined, 'the refusal fell back to the built-in interviewer');
    assert.ok(services.interviewerView.html.includes('asked by the built-in interviewer'));
    assert.equal(services.interview.state!.asked.filter((a) => a.id.startsWith('curveball:')).length, 1);
    await services.timer.discard();
    services.timer.useClock(Date.now);
  });

  it('falls back to the built-in interviewer on a fabricated quote, malformed JSON, a refusal, an error and a timeout', async () => {
    const ask = async () => {
      const [first] = await services.modelInterviewer.questions({ answer: ANSWER, prompt, asked: [] }, none);
      return { first, reason: services.modelInterviewer.lastAnswered.fallbackReason ?? '' };
    };
    await script([question({ quote: 'in a Cassandra cluster' })]);
    let r = await ask();
    assert.equal(r.first.by, undefined);
    assert.match(r.reason, /question was not used: "in a Cassandra cluster" is not on line/);

    await script(['{"question": "Why this store?", "line": ']);
    r = await ask();
    assert.equal(r.first.by, undefined);
    assert.match(r.reason, /not used: the reply (holds no JSON object|is not valid JSON)/);

    await script(["I'm sorry, but I can't help with that."]);
    assert.match((await ask()).reason, /holds no JSON object/);

    await script([{ error: 'the service is overloaded' }]);
    assert.match((await ask()).reason, /overloaded/);

    services.model.timeoutMs = 1000;
    await script([{ hang: true }]);
    r = await ask();
    assert.equal(r.first.by, undefined);
    assert.match(r.reason, /did not answer within 1 s/);
    services.model.timeoutMs = 30_000;
  });

  it('"off" never calls the model: no request for a follow-up, a hint or a score', async () => {
    await setModel('off');
    await waitFor(services.settings.onDidChange, () => services.settings.value.interviewer.model === 'off', 'the setting read');
    try {
      await script([question()]);
      const before = (await requests()).count;
      const [first] = await services.modelInterviewer.questions({ answer: ANSWER, prompt, asked: [] }, none);
      assert.equal(first.by, undefined);
      await vscode.window.showTextDocument(uri);
      const said: string[] = [];
      for (const command of ['followup', 'hint', 'score']) {
        const out = recordingStream();
        await handleInterviewerChat(services, { command, prompt: '' }, out, none);
        said.push(out.text);
      }
      assert.match(said[2], /^\*\*Verdict: (below L4|L4|L5)\*\* \(L[45] bar\), from the built-in scorecard: your model was not used \(designPractice\.interviewer\.model is off\)/, said[2]);
      await services.debriefPanel.show({ answer: uri, title: prompt.title, promptId: prompt.id, record: { started: '2025-01-04T11:00:00Z', minutesTotal: 1, phases: [] }, asked: [] });
      assert.equal(services.debriefPanel.page?.model, undefined, 'no model column when the model is off');
      assert.equal((await requests()).count, before, 'no request reached the model');
    } finally {
      await setModel('fake-interviewer');
      await waitFor(services.settings.onDidChange, () => services.settings.value.interviewer.model === 'fake-interviewer', 'the setting read');
    }
  });

  it('@interviewer answers /followup, /hint and /score about the open answer, with links to lines', async () => {
    await vscode.window.showTextDocument(uri);
    // Not the question the mock interview wrote into the answer above: that one counts as asked.
    const fresh = (fields: Record<string, unknown> = {}) => question({ question: 'How do the counters survive the loss of a node?', ...fields });
    await script([fresh()]);
    let out = recordingStream();
    await handleInterviewerChat(services, { command: 'followup', prompt: '' }, out, none);
    assert.ok(out.text.includes('How do the counters survive the loss of a node?'), out.text);
    assert.ok(out.text.includes(`asked by your model (${FAKE_NAME})`), out.text);
    assert.equal(out.anchors[0]?.range.start.line, COUNTER_LINE - 1);

    out = recordingStream();
    await script([fresh({ question: 'What do you do when a counter node is lost?' })]);
    await handleInterviewerChat(services, { command: 'hint', prompt: '' }, out, none);
    assert.match(out.text, /^Think about \*\*Decisions grounded in experience\*\*/, out.text);
    assert.ok(!out.text.includes('node is lost'), 'a hint does not give the question away');

    out = recordingStream();
    await script([modelCard()]);
    await handleInterviewerChat(services, { command: 'score', prompt: '' }, out, none);
    assert.ok(out.text.startsWith('**Verdict: L4**'), `the rubric's rule, not the model's L5: ${out.text}`);
    assert.ok(out.text.includes(`rated by your model (${FAKE_NAME})`), out.text);
    assert.match(out.text, /The built-in scorecard's verdict: \*\*(below L4|L4|L5)\*\*/);
    assert.ok(out.text.includes('| Signal | Your model | Built-in |'), 'the two scorecards side by side');
    assert.match(out.text, /\| Requirements gathering \| 3\/4 \| [1-4]\/4 \|/);
    assert.ok(out.text.includes('"300,000 ad decisions per second"'));
    assert.ok(out.text.includes("Not taken from your model's reply"), out.text);
    assert.ok(out.text.includes('requirements: "3 million decisions" is not on line'), 'the fabricated quote is dropped and said so');
    assert.ok(out.text.includes(`verdict "L5": the rubric's rule over the ratings gives L4`), 'the overruled verdict is named among the claims not taken');
    assert.equal(out.anchors[0]?.range.start.line, PEAK - 1);
  });

  it("the debrief shows the model's ratings in a column beside the built-in scorecard's, with every claim not taken, and asks once", async () => {
    await script([modelCard()]);
    const before = (await requests()).count;
    await services.debriefPanel.show({ answer: uri, title: prompt.title, promptId: prompt.id, record: { started: '2025-01-04T10:00:00Z', minutesTotal: 1, phases: [] }, asked: [] });
    const page = services.debriefPanel.page!;
    assert.ok(page.model && 'model' in page.model, JSON.stringify(page.model));
    assert.equal(page.model.model, FAKE_NAME);
    assert.equal(page.model.verdict, 'L4');
    assert.deepEqual(Object.values(page.model.ratings), [3, 3, 3, 3, 3]);
    assert.deepEqual(page.model.dropped, [`requirements: "3 million decisions" is not on line ${PEAK}`, `verdict "L5": the rubric's rule over the ratings gives L4`]);
    assert.ok(page.scorecard.signals.every((s) => s.evidence.every((e) => LINES.some((l) => l.includes(e.quote)))), "the page's scorecard is the built-in one");
    const html = services.debriefPanel.webviewPanel!.webview.html;
    assert.ok(html.includes(`<th scope="col">Built-in scorecard</th><th scope="col">${FAKE_NAME}</th>`), 'a column for the model');
    assert.equal((await requests()).count, before + 1, 'one request for the debrief, however often it is drawn');
    await services.debriefPanel.keepDraft(page.ratings);
    assert.equal((await requests()).count, before + 1);
  });
});
