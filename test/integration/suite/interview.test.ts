/**
 * The mock interview inside a real VS Code: the timer in interview mode, the interviewer's questions
 * written into the answer and shown in the Interviewer view, SD011 on an unanswered question,
 * Rehearse Aloud, and the debrief with its ratings saved into the front matter. Time is a fake clock.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseFrontMatter } from '../../../src/core/answer/frontMatter';
import { splitLines } from '../../../src/core/answer/parseAnswer';
import type { DebriefPage } from '../../../src/core/debrief/debrief';
import { readInterviewHistory } from '../../../src/core/debrief/interviewRecord';
import { saveDocument } from '../../../src/vscode/editor/saveDocument';
import type { StopResult } from '../../../src/vscode/practice/practiceTimer';
import type { Services } from '../../../src/vscode/services';
import { activate, CAPPING_ANSWER_BODY, waitFor, waitForDiagnostics, workspaceRoot } from './helpers';

const MIN = 60_000;
const ANSWER = `---
prompt: ads/frequency-capping   # the prompt this answers
template: system-design
---
${CAPPING_ANSWER_BODY}`;

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('mock interview in VS Code', function () {
  // A question is a chain of round trips and a save (whose onWillSave participants alone may wait
  // 1.75 s for a busy extension host): on a loaded machine the first test takes minutes.
  this.timeout(240_000);
  let services: Services;
  let clock = Date.UTC(2025, 0, 2, 10, 0, 0);
  let uri: vscode.Uri;

  before(async () => {
    services = await activate();
    services.timer.useClock(() => clock);
    uri = vscode.Uri.joinPath(workspaceRoot(), 'design-notes', 'ads', 'mock-interview.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ANSWER));
  });

  // A test that failed may leave a question being written: it must not land in the next test's
  // edit (VS Code refuses an edit of a document that changed meanwhile, and a save that a newer one
  // overtakes returns false).
  afterEach(async () => {
    await services.interview.settled();
  });

  after(async () => {
    await services.timer.discard();
    services.timer.useClock(Date.now);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    try {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), 'design-notes'), { recursive: true, useTrash: false });
    } catch {
      // already gone
    }
  });

  it('asks from the architecture phase on, writes ### Q: with the cursor below, then debriefs and saves the ratings', async () => {
    const started = await vscode.commands.executeCommand<vscode.Uri>('designPractice.startMockInterview', uri, { ifActive: 'stop' });
    assert.equal(started?.toString(), uri.toString());
    assert.equal(services.timer.target?.mode, 'interview');
    assert.ok(services.interview.state, 'the interview is under way');
    assert.ok(services.walkthrough.has('interviewStarted'), 'the walkthrough\'s mock-interview step ticks (issue 17, item 20)');
    assert.equal(services.interview.state.asked.length, 0, 'no question while requirements are gathered');
    assert.match(services.interviewerView.html, /Questions start with the architecture/);

    // Run the clock to the start of the architecture phase: the interviewer asks on its own.
    const phases = services.timer.phases;
    const architecture = phases.findIndex((p) => p.section === 'architecture');
    // Also ends when the interviewer says why it asked nothing, so a failure names its cause.
    const firstAsked = waitFor(services.interview.onDidChange, () => (services.interview.state?.asked.length ?? 0) >= 1 || services.interview.lastAskMissed !== undefined, 'the first question');
    clock += phases.slice(0, architecture).reduce((sum, p) => sum + p.minutes, 0) * MIN + 1000;
    services.timer.refresh();
    await firstAsked;
    assert.equal(services.interview.lastAskMissed, undefined, 'the interviewer asked a question');
    const first = services.interview.currentProbe!;
    assert.equal(first.source, 'answer', 'answer probes come first');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), uri.toString());
    let lines = editor.document.getText().split('\n');
    const qLine = lines.indexOf(`### Q: ${first.question}`);
    assert.ok(qLine > lines.indexOf('## Follow-ups') && lines.indexOf('## Follow-ups') > 0, 'the question is under ## Follow-ups');
    assert.equal(editor.selection.active.line, qLine + 2, 'the cursor is on the empty line below the question');
    assert.ok(services.interviewerView.html.includes('Question 1'), services.interviewerView.html);
    if (first.line !== undefined) assert.ok(services.interviewerView.html.includes(`data-index="${first.line}"`), 'the line it refers to is a link');

    // An unanswered question is reported by SD011.
    await waitForDiagnostics(uri, (d) => d.some((x) => typeof x.code === 'object' && x.code.value === 'SD011' && x.range.start.line === qLine), 'SD011 on the unanswered question');

    // Answer it where the cursor is; SD011 goes away.
    await editor.edit((b) => b.insert(editor.selection.active, 'The counters shard by member, so a hot campaign spreads; past 10x we add replicas.'));
    await waitForDiagnostics(uri, (d) => !d.some((x) => typeof x.code === 'object' && x.code.value === 'SD011'), 'SD011 gone once answered');

    const second = await vscode.commands.executeCommand<{ question: string }>('designPractice.askFollowUp');
    assert.ok(second && second.question !== first.question, 'Ask Me a Follow-up asks a different question');
    lines = editor.document.getText().split('\n');
    assert.ok(lines.indexOf(`### Q: ${second.question}`) > qLine);
    assert.ok(services.interviewerView.html.includes('Asked before (1)'));

    // Rehearse Aloud folds the answer to its headings, then unfolds it.
    const folded = waitFor(vscode.window.onDidChangeTextEditorVisibleRanges, () => (vscode.window.activeTextEditor?.visibleRanges.length ?? 0) > 1, 'the answer folded');
    assert.equal(await vscode.commands.executeCommand('designPractice.rehearseAloud'), true);
    await folded;
    const unfolded = waitFor(vscode.window.onDidChangeTextEditorVisibleRanges, () => vscode.window.activeTextEditor?.visibleRanges.length === 1, 'the answer unfolded');
    assert.equal(await vscode.commands.executeCommand('designPractice.rehearseAloud'), false);
    await unfolded;

    // Through the helper the extension saves with: auto save (on by default in VS Code for the Web)
    // may be saving the answer at this moment, and VS Code then refuses a save of its own.
    assert.ok(await saveDocument(editor.document), 'the answer is saved');
    const before = editor.document.getText();
    let page: DebriefPage | undefined;
    const shown = waitFor(services.debriefPanel.onDidShow, (p) => ((page = p ?? page), p !== undefined), 'the debrief');
    clock += 3 * MIN;
    const stopped = await vscode.commands.executeCommand<StopResult>('designPractice.stopTimer');
    assert.ok(stopped?.saved);
    await shown;
    assert.equal(services.interview.state, undefined, 'the interview is over');

    // The scorecard: one part per signal, each rating with its evidence quoted from its line.
    const card = page!.scorecard;
    assert.deepEqual(card.signals.map((s) => s.id), ['requirements', 'trade-offs', 'experience', 'data-flow', 'ownership']);
    assert.ok(card.answerKey, 'the prompt has an answer key, so the scorecard checks it');
    assert.equal(card.answerKey.covered.length + card.answerKey.missed.length, services.platform.bundledPrompts().find((p) => p.id === 'ads/frequency-capping')!.answerKey.length);
    const quoted = card.signals.flatMap((s) => s.evidence);
    assert.ok(quoted.length > 0, 'a complete answer leaves evidence');
    let text = await read(uri);
    let fileLines = text.split('\n');
    for (const e of quoted) assert.ok(fileLines[e.line - 1].includes(e.quote), `the quote ${JSON.stringify(e.quote)} is on line ${e.line}`);
    const html = services.debriefPanel.webviewPanel!.webview.html;
    assert.ok(html.includes('Content-Security-Policy'));
    assert.ok(html.includes('Practise next'));
    assert.match(html, /Suggested: [1-4] · /);
    assert.ok(html.includes(`data-line="${quoted[0].line}"`), 'a quote links to its line');
    // What the session left, per signal.
    const answered = page!.session.flatMap((e) => e.answered.map((a) => a.question));
    const open = page!.session.flatMap((e) => e.open.map((a) => a.question));
    assert.deepEqual(answered, [first.question]);
    assert.deepEqual(open, [second.question]);
    assert.ok(page!.session.some((e) => e.phases.some((p) => p.spentMinutes > 0)), 'time per phase against the plan');
    // Until the user chooses, the suggested ratings are the ones chosen, not yet saved.
    const suggested = Object.fromEntries(card.signals.map((s) => [s.id, s.rating]));
    assert.deepEqual(page!.ratings, suggested);
    assert.equal(page!.saved, false);

    // The record holds the questions and the suggested ratings; nothing else in the file changed.
    const fm = parseFrontMatter(splitLines(text));
    const [interview] = readInterviewHistory(fm!.data);
    assert.deepEqual(interview, { started: stopped.record.started, questions: [first.question, second.question], suggested });
    assert.ok(text.includes('prompt: ads/frequency-capping   # the prompt this answers'), 'the rest of the front matter is untouched');
    assert.equal(text.slice(text.indexOf('\n---\n')), before.slice(before.indexOf('\n---\n')), 'the body is untouched');

    // A change of rating is kept as a draft: closing the debrief and Show Last Debrief bring it back.
    const draft = { ...suggested, ownership: suggested.ownership === 4 ? 3 : 4 } as const;
    await services.debriefPanel.keepDraft(draft);
    services.debriefPanel.webviewPanel!.dispose();
    assert.equal(services.debriefPanel.webviewPanel, undefined);
    const reopened = waitFor(services.debriefPanel.onDidShow, (p) => p !== undefined && p.ratings.ownership === draft.ownership, 'the last debrief with its draft');
    assert.equal(await vscode.commands.executeCommand('designPractice.showLastDebrief'), true);
    await reopened;
    assert.equal(services.debriefPanel.page!.saved, false);
    assert.equal(await read(uri), text, 'reopening writes nothing new');

    const chosen = { requirements: 3, 'trade-offs': 2, experience: 2, 'data-flow': 4, ownership: 1 } as const;
    assert.equal(await services.debriefPanel.save(chosen), undefined);
    assert.ok(services.walkthrough.has('debriefSaved'), 'the walkthrough\'s debrief step ticks (issue 17, item 20)');
    const rated = await read(uri);
    const a = text.split('\n');
    const b = rated.split('\n');
    assert.equal(b.length, a.length + 1, 'one line inserted');
    assert.ok(b.some((l) => /^ {4}ratings: \{ requirements: 3, trade-offs: 2, experience: 2, data-flow: 4, ownership: 1 \}$/.test(l)));
    assert.deepEqual(readInterviewHistory(parseFrontMatter(splitLines(rated))!.data)[0], { started: stopped.record.started, questions: [first.question, second.question], ratings: chosen, suggested });
    assert.equal(services.debriefPanel.page!.saved, true);
    assert.deepEqual(services.debriefPanel.page!.ratings, chosen);

    // The page's lines follow the line the ratings inserted, and a quote shows its line in the answer.
    text = rated;
    fileLines = text.split('\n');
    const answeredLine = services.debriefPanel.page!.session.flatMap((e) => e.answered)[0].line;
    assert.equal(fileLines[answeredLine - 1], `### Q: ${first.question}`);
    const evidence = services.debriefPanel.page!.scorecard.signals.flatMap((s) => s.evidence);
    for (const e of evidence) assert.ok(fileLines[e.line - 1].includes(e.quote), `after saving, ${JSON.stringify(e.quote)} is on line ${e.line}`);
    await services.debriefPanel.revealLine(evidence[0].line);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, evidence[0].line - 1);
    assert.ok(vscode.window.activeTextEditor?.document.getText(vscode.window.activeTextEditor.selection).includes(evidence[0].quote), 'the quoted line is selected');

    // The prompt view charts the ratings and lists the questions asked.
    const chart = waitFor(services.promptPanel.onDidRender, () => services.promptPanel.webviewPanel?.webview.html.includes('class="ratings-chart"') ?? false, 'the ratings chart');
    await vscode.commands.executeCommand('designPractice.openPrompt', 'ads/frequency-capping');
    await chart;
    const prompt = services.promptPanel.webviewPanel!.webview.html;
    assert.ok(prompt.includes('Questions you were asked'));
    assert.ok(prompt.includes('<table class="ratings-table">'), 'a table for screen readers');
    assert.ok(prompt.includes('class="axis date"'), 'the chart names its dates');
  });

  it('refuses to save ratings into broken front matter, naming the file', async () => {
    // Broken through the editor and saved: a write behind VS Code's back would wait on its file
    // watcher, which can lag far behind on a busy machine.
    const doc = await vscode.workspace.openTextDocument(uri);
    const at = doc.getText().indexOf('template: system-design');
    assert.ok(at >= 0);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'template: system-design'.length)), 'template: [broken');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await saveDocument(doc));
    const error = await services.debriefPanel.save({ requirements: 4 });
    assert.match(error ?? '', /mock-interview\.md/);
    assert.match(error ?? '', /not saved/);
    assert.ok((await read(uri)).includes('[broken'), 'nothing written');
  });

  it('on a prompt that has an answer, continues it or starts a new attempt, as Start Answer asks (issue 15 section 3)', async () => {
    await services.answers.update(uri);
    const continued = await vscode.commands.executeCommand<vscode.Uri>('designPractice.startMockInterview', 'ads/frequency-capping', { ifActive: 'stop', ifAnswerExists: 'continue' });
    assert.ok(continued, 'an answer to continue');
    assert.equal(services.timer.target?.uri.toString(), continued.toString());
    // Discarded, not stopped, so nothing is recorded in the old answer.
    await services.timer.discard();
    const before = await read(continued);
    const fresh = await vscode.commands.executeCommand<vscode.Uri>('designPractice.startMockInterview', 'ads/frequency-capping', { ifActive: 'stop', ifAnswerExists: 'newAttempt' });
    assert.ok(fresh && fresh.toString() !== continued.toString(), 'a new attempt beside the old answer');
    assert.equal(services.timer.target?.uri.toString(), fresh.toString());
    assert.equal(services.timer.target?.mode, 'interview');
    assert.match(await read(fresh), /prompt: ads\/frequency-capping/);
    assert.equal(await read(continued), before, 'the old answer is kept as it is');
    await services.timer.discard();
  });
});
