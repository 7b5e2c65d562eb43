/**
 * The mock interview inside a real VS Code: the timer in interview mode, the interviewer's questions
 * written into the answer and shown in the Interviewer view, SD011 on an unanswered question,
 * Rehearse Aloud, and the debrief with its ratings saved into the front matter. Time is a fake clock.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseFrontMatter } from '../../../src/core/answer/frontMatter';
import { splitLines } from '../../../src/core/answer/parseAnswer';
import type { SignalEvidence } from '../../../src/core/debrief/debrief';
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
    let evidence: readonly SignalEvidence[] | undefined;
    const shown = waitFor(services.debriefPanel.onDidShow, (e) => ((evidence = e ?? evidence), e !== undefined), 'the debrief');
    clock += 3 * MIN;
    const stopped = await vscode.commands.executeCommand<StopResult>('designPractice.stopTimer');
    assert.ok(stopped?.saved);
    await shown;
    assert.equal(services.interview.state, undefined, 'the interview is over');
    assert.equal(evidence?.length, 5, 'one part per signal');
    const answered = evidence!.flatMap((e) => e.answered.map((a) => a.question));
    const open = evidence!.flatMap((e) => e.open.map((a) => a.question));
    assert.deepEqual(answered, [first.question]);
    assert.deepEqual(open, [second.question]);
    assert.ok(evidence!.some((e) => e.phases.some((p) => p.spentMinutes > 0)), 'time per phase against the plan');
    assert.ok(services.debriefPanel.webviewPanel?.webview.html.includes('Content-Security-Policy'));

    const recorded = await read(uri);
    const fm = parseFrontMatter(splitLines(recorded));
    const [interview] = readInterviewHistory(fm!.data);
    assert.deepEqual(interview, { started: stopped.record.started, questions: [first.question, second.question] });
    assert.ok(recorded.includes('prompt: ads/frequency-capping   # the prompt this answers'), 'the rest of the front matter is untouched');
    assert.equal(recorded.slice(recorded.indexOf('\n---\n')), before.slice(before.indexOf('\n---\n')), 'the body is untouched');

    assert.equal(await services.debriefPanel.save({ requirements: 3, 'trade-offs': 2, experience: 2, 'data-flow': 4, ownership: 1 }), undefined);
    assert.ok(services.walkthrough.has('debriefSaved'), 'the walkthrough\'s debrief step ticks (issue 17, item 20)');
    const rated = await read(uri);
    const a = recorded.split('\n');
    const b = rated.split('\n');
    assert.equal(b.length, a.length + 1, 'one line inserted');
    assert.ok(b.some((l) => /^ {4}ratings: \{ requirements: 3, trade-offs: 2, experience: 2, data-flow: 4, ownership: 1 \}$/.test(l)));
    assert.deepEqual(readInterviewHistory(parseFrontMatter(splitLines(rated))!.data)[0].ratings, { requirements: 3, 'trade-offs': 2, experience: 2, 'data-flow': 4, ownership: 1 });

    // The debrief's lines follow the line the ratings inserted, and each link shows its line.
    const answeredLine = services.debriefPanel.evidence!.flatMap((e) => e.answered)[0].line;
    assert.equal(b[answeredLine - 1], `### Q: ${first.question}`);
    assert.ok(services.debriefPanel.webviewPanel?.webview.html.includes(`data-line="${answeredLine}"`));
    await services.debriefPanel.revealLine(answeredLine);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, answeredLine - 1);

    // The prompt view charts the ratings and lists the questions asked.
    const chart = waitFor(services.promptPanel.onDidRender, () => services.promptPanel.webviewPanel?.webview.html.includes('class="ratings-chart"') ?? false, 'the ratings chart');
    await vscode.commands.executeCommand('designPractice.openPrompt', 'ads/frequency-capping');
    await chart;
    const html = services.promptPanel.webviewPanel!.webview.html;
    assert.ok(html.includes('Questions you were asked'));
    assert.ok(html.includes('<table class="ratings-table">'), 'a table for screen readers');
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
});
