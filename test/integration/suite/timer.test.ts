/**
 * The practice timer inside a real VS Code. Time is a fake clock the tests move (no sleeping), and
 * the display is brought up to it with `refresh()`, which is all the one-second tick does.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseFrontMatter } from '../../../src/core/answer/frontMatter';
import { splitLines } from '../../../src/core/answer/parseAnswer';
import { readPracticeHistory } from '../../../src/core/practice/record';
import type { PracticeRecord } from '../../../src/core/practice/timer';
import { saveDocument } from '../../../src/vscode/editor/saveDocument';
import { PracticeTimer, TIMER_STATE_KEY, type StopResult, type TimerPhaseChange, type TimerRecorded } from '../../../src/vscode/practice/practiceTimer';
import type { Services } from '../../../src/vscode/services';
import { activate, CAPPING_ANSWER_BODY, waitFor, workspaceRoot } from './helpers';

const PROMPT_ID = 'ads/frequency-capping';
const MIN = 60_000;
const T0 = Date.UTC(2025, 0, 2, 10, 0, 0);

/** An answer whose front matter has a comment and odd spacing, which recording must not touch. */
const ANSWER = `---
prompt: ads/frequency-capping   # the prompt this answers
template: system-design
tags: [ads,   capping]
---
${CAPPING_ANSWER_BODY}`;

const BROKEN = `---
prompt: ads/frequency-capping
tags: [unclosed
---
# Broken front matter

## Requirements

- Something.
`;

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  // A document VS Code still holds for this path (an earlier suite's answer of the same name) must
  // have read the new text before the test goes on: saved from the old one, VS Code refuses with
  // "File Modified Since" (seen in the browser host, whose file events come later).
  const held = (): vscode.TextDocument | undefined => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  // It may never hear of the write: an earlier suite deleted and made the folder again, and
  // code-server 1.100.3 watches no folder made again after start-up (seen in a fresh-clone CI run,
  // 60 s without the reload). Revert File reads the file from disk now.
  const doc = held();
  if (doc && doc.getText() !== text) {
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await waitFor(vscode.workspace.onDidChangeTextDocument, () => held() === undefined || held()!.getText() === text, `${uri.path} read again after it was written`);
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('designPractice').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** The practice records in a text's front matter. */
function practiceIn(text: string): PracticeRecord[] {
  const fm = parseFrontMatter(splitLines(text));
  assert.ok(fm && !fm.error, 'the front matter still parses');
  return readPracticeHistory(fm.data);
}

/**
 * Asserts that `after` is `before` with one block of lines inserted and nothing else changed, and
 * returns the inserted lines.
 */
function insertedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  const count = b.length - a.length;
  assert.ok(count > 0, 'lines were added');
  assert.deepEqual([...b.slice(0, start), ...b.slice(start + count)], a, 'every other line is unchanged');
  return b.slice(start, start + count);
}

/** Resolves with the next phase change. */
function nextChange(services: Services): Promise<TimerPhaseChange> {
  return new Promise((resolve) => {
    const sub = services.timer.onDidChangePhase((change) => {
      sub.dispose();
      resolve(change);
    });
  });
}

describe('practice timer in VS Code', function () {
  let services: Services;
  let notes: vscode.Uri;
  let clock = T0;
  /** Moves the fake clock on and brings the timer up to it. */
  const tick = (ms: number) => {
    clock += ms;
    services.timer.refresh();
  };

  before(async () => {
    services = await activate();
    notes = vscode.Uri.joinPath(workspaceRoot(), 'design-notes', 'ads');
    services.timer.useClock(() => clock);
  });

  afterEach(async () => {
    await services.timer.discard();
    await setSetting('timer.phaseMinutes', undefined);
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    services.timer.useClock(Date.now);
    try {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), 'design-notes'), { recursive: true, useTrash: false });
    } catch {
      // already gone
    }
  });

  it('times the active answer: phase and remaining time, phase changes, pause, resume, next phase, and stop records it', async () => {
    const uri = vscode.Uri.joinPath(notes, 'frequency-capping.md');
    await write(uri, ANSWER);
    const editor = await vscode.window.showTextDocument(uri);
    await waitFor(services.linter.onDidLint, () => services.answerContext.isAnswer, 'the answer context key');

    clock = T0;
    const started = await vscode.commands.executeCommand<vscode.Uri>('designPractice.startTimer');
    assert.equal(started?.toString(), uri.toString(), 'the active answer is timed');
    assert.equal(services.timer.state, 'running');
    assert.deepEqual(services.timer.phases.map((p) => `${p.section} ${p.minutes}`), ['requirements 7', 'scope 5', 'architecture 20', 'trade-offs 15', 'operability 7', 'buffer 6']);
    assert.equal(services.timer.text, '$(watch) Requirements 7:00');
    assert.equal(services.timer.ticking, true, 'the display ticks while running');
    assert.equal(services.timer.statusBarItem.command, 'designPractice.showTimerMenu');
    const saved = services.context.workspaceState.get<{ answer: string; session: { status: string } }>(TIMER_STATE_KEY);
    assert.equal(saved?.answer, uri.toString(), 'the session is kept in workspace state');
    assert.equal(saved?.session.status, 'running');

    tick(2 * MIN + 5_000);
    assert.equal(services.timer.text, '$(watch) Requirements 4:55');
    const tooltip = services.timer.statusBarItem.tooltip;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.ok(tooltip.value.includes('| **▶ Requirements** | **7 min** | **2:05** |'), tooltip.value);
    assert.ok(tooltip.value.includes('| Architecture | 20 min | |'));
    assert.equal(services.timer.statusBarItem.backgroundColor, undefined);

    const timedOut = nextChange(services);
    tick(5 * MIN - 4_000);
    const change = await timedOut;
    assert.deepEqual([change.from, change.to, change.phase.section, change.reason, change.answer.toString()], [0, 1, 'scope', 'time', uri.toString()]);
    assert.equal(services.timer.text, '$(watch) Scope 4:59');
    // Time ran out: one notification, whose link goes to the new phase's section (issue 17).
    assert.equal(services.timer.noticeMessage, 'Design Practice: Next: Scope (5 min). [Go to Scope](command:designPractice.goToPhase)');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.equal(await vscode.commands.executeCommand('designPractice.goToPhase'), 'revealed');
    const atScope = vscode.window.activeTextEditor;
    assert.equal(atScope?.document.lineAt(atScope.selection.active.line).text, '## Scope', 'the link shows the answer at the phase');

    assert.equal(await vscode.commands.executeCommand('designPractice.pauseTimer'), true);
    assert.equal(services.timer.state, 'paused');
    assert.equal(services.timer.ticking, false, 'no tick while paused');
    tick(10 * MIN);
    assert.equal(services.timer.text, '$(debug-pause) Scope 4:59', 'no time counts while paused');
    assert.equal(await vscode.commands.executeCommand('designPractice.pauseTimer'), false, 'pausing twice does nothing');
    assert.equal(await vscode.commands.executeCommand('designPractice.resumeTimer'), true);
    tick(MIN);
    assert.equal(services.timer.text, '$(watch) Scope 3:59');
    assert.equal(services.timer.ticking, true);

    const skipped = nextChange(services);
    const noticeGone = waitFor(services.timer.onDidCloseNotice, () => services.timer.noticeMessage === undefined, 'the Scope notice to go');
    assert.equal(await vscode.commands.executeCommand('designPractice.nextPhase'), true);
    assert.equal((await skipped).reason, 'skip');
    await noticeGone;
    assert.equal(services.timer.noticeMessage, undefined, 'Next phase takes the last notice down and shows none');
    assert.equal(services.timer.text, '$(watch) Architecture 20:00');
    const shown = vscode.window.activeTextEditor;
    assert.equal(shown?.document.uri.toString(), uri.toString(), 'Next phase shows the answer');
    assert.equal(shown.document.lineAt(shown.selection.active.line).text, '## Architecture', 'and puts the cursor on the next phase');

    tick(2 * MIN);
    const result = await vscode.commands.executeCommand<StopResult>('designPractice.stopTimer');
    assert.ok(result?.saved, `recorded: ${result && !result.saved ? result.error : ''}`);
    assert.deepEqual(result.record, {
      started: '2025-01-02T10:00:00Z',
      minutesTotal: 10,
      phases: [
        { section: 'requirements', label: 'Requirements', plannedMinutes: 7, spentMinutes: 7 },
        { section: 'scope', label: 'Scope', plannedMinutes: 5, spentMinutes: 1 },
        { section: 'architecture', label: 'Architecture', plannedMinutes: 20, spentMinutes: 2 },
        { section: 'trade-offs', label: 'Trade-offs', plannedMinutes: 15, spentMinutes: 0 },
        { section: 'operability', label: 'Operability', plannedMinutes: 7, spentMinutes: 0 },
        { section: 'buffer', label: 'Buffer', plannedMinutes: 6, spentMinutes: 0 },
      ],
    });
    assert.equal(services.timer.state, undefined);
    assert.equal(services.timer.text, '', 'the status bar item is gone');
    assert.equal(services.timer.ticking, false);
    assert.equal(services.context.workspaceState.get(TIMER_STATE_KEY), undefined);

    assert.equal(editor.document.isDirty, false, 'an answer without unsaved changes is saved');
    const onDisk = await read(uri);
    assert.equal(onDisk, editor.document.getText());
    const inserted = insertedLines(ANSWER, onDisk);
    assert.equal(inserted[0], 'practice:');
    assert.ok(onDisk.indexOf('practice:') < onDisk.indexOf('\n---\n# Ads'), 'inside the front matter');
    assert.deepEqual(practiceIn(onDisk), [result.record]);

    // The prompt view shows the history once the index has read the saved file.
    const rendered = waitFor(
      services.promptPanel.onDidRender,
      () => services.promptPanel.webviewPanel?.webview.html.includes('<table class="practice-history">') ?? false,
      'the practice history in the prompt view',
    );
    await vscode.commands.executeCommand('designPractice.openPrompt', PROMPT_ID);
    await rendered;
    const html = services.promptPanel.webviewPanel!.webview.html;
    assert.ok(html.includes('data-command="startTimer"'), 'a Start timer button');
    assert.ok(html.includes('<td class="num">10<span class="plan"> / 60</span></td>'), 'the total against the plan, buffer included');
    assert.ok(html.includes('<td class="num">1<span class="plan"> / 5</span></td>'), 'scope against its plan');
    assert.ok(html.includes('Average of 1'));
    assert.deepEqual((await services.answers.practiceFor(PROMPT_ID)).map((p) => p.record), [result.record]);
  });

  it('over time shows negative time on a warning background; a second session is appended, unsaved edits stay unsaved', async () => {
    const uri = vscode.Uri.joinPath(notes, 'frequency-capping.md');
    const before = await read(uri);
    assert.equal(practiceIn(before).length, 1, 'the first test left one session');
    const editor = await vscode.window.showTextDocument(uri);

    clock = T0 + 24 * 60 * MIN;
    const started = await vscode.commands.executeCommand<vscode.Uri>('designPractice.startTimer', PROMPT_ID);
    assert.equal(started?.toString(), uri.toString(), "a prompt id times the prompt's only answer");
    tick(54 * MIN + 40_000);
    assert.equal(services.timer.text, '$(watch) Buffer 5:20', "the prompt's 60 minutes end with a 6-minute buffer");
    assert.equal(services.timer.statusBarItem.backgroundColor, undefined, 'not over time in the buffer');
    assert.equal(services.timer.noticeMessage, 'Design Practice: Next: Buffer (6 min).', 'one notice for the latest phase; the buffer has no section to go to');
    tick(6 * MIN);
    assert.equal(services.timer.text, '$(watch) Buffer -0:40');
    assert.equal((services.timer.statusBarItem.backgroundColor as vscode.ThemeColor | undefined)?.id, 'statusBarItem.warningBackground');
    assert.match(services.timer.noticeMessage ?? '', /the plan's 60 minutes are up\. Wrap up, then \[stop the timer\]\(command:designPractice\.stopTimer\)/, 'the overtime notice replaces it');

    // An unsaved edit stays unsaved only without auto save, which VS Code for the Web turns on by
    // default: a second later, on a busy machine before Stop is done, it would be saved.
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount - 1, 0), '- Unsaved note.\n'));
    const edited = editor.document.getText();
    const result = await vscode.commands.executeCommand<StopResult>('designPractice.stopTimer');
    assert.ok(result?.saved);
    assert.equal(services.timer.noticeMessage, undefined, 'Stop takes the notice down');
    assert.equal(result.record.minutesTotal, 60.7);
    assert.equal(editor.document.isDirty, true, 'the user’s unsaved edit is not saved for them');
    assert.equal(await read(uri), before, 'nothing written to disk');
    insertedLines(edited, editor.document.getText());
    assert.equal(practiceIn(editor.document.getText()).length, 2);
    assert.ok(await saveDocument(editor.document));
  });

  it('designPractice.timer.phaseMinutes changes a phase length; an invalid length is ignored', async () => {
    await setSetting('timer.phaseMinutes', { requirements: 3, scope: 500 });
    await waitFor(services.settings.onDidChange, () => services.settings.value.timer.phaseMinutes.requirements === 3, 'the new phase length');
    assert.deepEqual(services.settings.value.timer.phaseMinutes, { requirements: 3 }, 'scope: 500 is out of range');

    const uri = vscode.Uri.joinPath(notes, 'frequency-capping.md');
    const before = await read(uri);
    await vscode.commands.executeCommand('designPractice.startTimer', uri);
    assert.deepEqual(services.timer.phases.map((p) => p.minutes), [3, 5, 20, 15, 7, 10], 'the buffer takes the rest of the 60 minutes');
    assert.equal(services.timer.text, '$(watch) Requirements 3:00');
    await services.timer.discard();
    assert.equal(await read(uri), before, 'a discarded session records nothing');
  });

  it('a session kept in workspace state is resumed by a new timer, as after a window reload', async () => {
    const uri = vscode.Uri.joinPath(notes, 'frequency-capping.md');
    clock = T0;
    await vscode.commands.executeCommand('designPractice.startTimer', uri);
    tick(12 * MIN + 55_000);
    await vscode.commands.executeCommand('designPractice.pauseTimer');
    const reloaded = new PracticeTimer(services.context.workspaceState, services.settings, services.log, () => clock + 5 * MIN);
    try {
      assert.equal(reloaded.answerUri?.toString(), uri.toString());
      assert.equal(reloaded.state, 'paused');
      assert.equal(reloaded.text, '$(debug-pause) Architecture 19:05');
    } finally {
      reloaded.dispose();
    }
  });

  it('starting another timer stops and records the one under way, or leaves it when told to cancel', async () => {
    const first = vscode.Uri.joinPath(notes, 'frequency-capping.md');
    const second = vscode.Uri.joinPath(notes, 'frequency-capping-2.md');
    await write(second, ANSWER);
    const before = practiceIn(await read(first)).length;
    await vscode.commands.executeCommand('designPractice.startTimer', first);
    tick(MIN);
    assert.equal(await vscode.commands.executeCommand('designPractice.startTimer', second, { ifActive: 'cancel' }), undefined);
    assert.equal(services.timer.answerUri?.toString(), first.toString(), 'cancel keeps the running timer');
    const started = await vscode.commands.executeCommand<vscode.Uri>('designPractice.startTimer', second, { ifActive: 'stop' });
    assert.equal(started?.toString(), second.toString());
    assert.equal(services.timer.answerUri?.toString(), second.toString());
    assert.equal(practiceIn(await read(first)).length, before + 1, 'the first session was recorded');
  });

  it('a start right after a stop waits for the stop to be recorded: the stopped session is in its answer once, and recorded once', async () => {
    const uri = vscode.Uri.joinPath(notes, 'frequency-capping-3.md');
    await write(uri, ANSWER);
    const recorded: TimerRecorded[] = [];
    const sub = services.timer.onDidRecord((r) => recorded.push(r));
    try {
      // Through the commands, as the user does it: Stop, then Start at once, before the record is written.
      await vscode.commands.executeCommand('designPractice.startTimer', uri);
      tick(2 * MIN);
      const [stopped, started] = await Promise.all([
        vscode.commands.executeCommand<StopResult>('designPractice.stopTimer'),
        vscode.commands.executeCommand<vscode.Uri>('designPractice.startTimer', uri, { ifActive: 'stop' }),
      ]);
      assert.ok(stopped?.saved, `the stop reports its record saved${stopped && !stopped.saved ? `, not: ${stopped.error}` : ''}`);
      assert.equal(started?.toString(), uri.toString());
      assert.equal(services.timer.state, 'running', 'the new session runs');
      assert.deepEqual(practiceIn(await read(uri)), [stopped.record], 'the stopped session is in the answer exactly once');
      assert.equal(recorded.length, 1, 'the stopped session is recorded once');

      // The same without the commands' awaits in between: making room while the stop's write is pending.
      tick(3 * MIN);
      const stopping = services.timer.stop();
      const again = services.timer.stop();
      const room = services.timer.makeRoom('stop');
      const [second, secondAgain, made] = await Promise.all([stopping, again, room]);
      assert.ok(second?.saved && secondAgain?.saved, 'both stops report the one record saved');
      assert.deepEqual(secondAgain.record, second.record);
      assert.equal(made, true, 'room is made once the stop is recorded');
      assert.equal(services.timer.state, undefined);
      assert.deepEqual(practiceIn(await read(uri)), [stopped.record, second.record], 'each session is in the answer exactly once');
      assert.equal(recorded.length, 2, 'each session is recorded once');
    } finally {
      sub.dispose();
    }
  });

  it('Go to a section reveals its heading; a missing section is reported', async () => {
    const uri = vscode.Uri.joinPath(notes, 'frequency-capping.md');
    await vscode.commands.executeCommand('designPractice.startTimer', uri);
    assert.equal(await services.timer.revealSection('trade-offs'), 'revealed');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), uri.toString());
    assert.equal(editor.document.lineAt(editor.selection.active.line).text, '## Trade-offs');

    const sparse = vscode.Uri.joinPath(notes, 'sparse.md');
    await write(sparse, '---\nprompt: ads/frequency-capping\n---\n# Sparse\n\n## Requirements\n\n- Few.\n');
    assert.equal(await services.timer.revealSection('operability', sparse), 'missing');
  });

  it('broken front matter: the error names the file and nothing is written; fixed, the record goes in', async () => {
    const uri = vscode.Uri.joinPath(notes, 'broken.md');
    await write(uri, BROKEN);
    const editor = await vscode.window.showTextDocument(uri);
    clock = T0;
    await vscode.commands.executeCommand('designPractice.startTimer');
    assert.equal(services.timer.answerUri?.toString(), uri.toString());
    tick(3 * MIN);

    const failed = await vscode.commands.executeCommand<StopResult>('designPractice.stopTimer');
    assert.ok(failed && !failed.saved);
    assert.match(failed.error, /design-notes\/ads\/broken\.md/);
    assert.match(failed.error, /not valid YAML/);
    assert.equal(await read(uri), BROKEN, 'the file is untouched');
    assert.equal(editor.document.getText(), BROKEN);
    assert.equal(editor.document.isDirty, false);
    assert.equal(services.timer.state, 'stopped', 'the record waits to be written');
    assert.equal(services.timer.text, '$(warning) Practice not recorded');

    // Later minutes do not count: the session ended when it was stopped.
    tick(30 * MIN);
    await editor.edit((b) => b.replace(new vscode.Range(2, 0, 2, editor.document.lineAt(2).text.length), 'tags: [closed]'));
    assert.ok(await saveDocument(editor.document));
    const retried = await vscode.commands.executeCommand<StopResult>('designPractice.stopTimer');
    assert.ok(retried?.saved);
    assert.deepEqual(retried.record, failed.record);
    assert.equal(retried.record.minutesTotal, 3);
    assert.deepEqual(practiceIn(await read(uri)), [failed.record]);
    assert.equal(services.timer.state, undefined);
  });
});
