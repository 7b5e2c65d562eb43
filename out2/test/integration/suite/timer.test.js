"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The practice timer inside a real VS Code. Time is a fake clock the tests move (no sleeping), and
 * the display is brought up to it with `refresh()`, which is all the one-second tick does.
 */
const assert = __importStar(require("node:assert/strict"));
const vscode = __importStar(require("vscode"));
const frontMatter_1 = require("../../../src/core/answer/frontMatter");
const parseAnswer_1 = require("../../../src/core/answer/parseAnswer");
const record_1 = require("../../../src/core/practice/record");
const practiceTimer_1 = require("../../../src/vscode/practice/practiceTimer");
const helpers_1 = require("./helpers");
const PROMPT_ID = 'ads/frequency-capping';
const MIN = 60_000;
const T0 = Date.UTC(2025, 0, 2, 10, 0, 0);
/** An answer whose front matter has a comment and odd spacing, which recording must not touch. */
const ANSWER = `---
prompt: ads/frequency-capping   # the prompt this answers
template: system-design
tags: [ads,   capping]
---
${helpers_1.CAPPING_ANSWER_BODY}`;
const BROKEN = `---
prompt: ads/frequency-capping
tags: [unclosed
---
# Broken front matter

## Requirements

- Something.
`;
async function read(uri) {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}
async function write(uri, text) {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}
async function setSetting(key, value) {
    await vscode.workspace.getConfiguration('designPractice').update(key, value, vscode.ConfigurationTarget.Workspace);
}
/** The practice records in a text's front matter. */
function practiceIn(text) {
    const fm = (0, frontMatter_1.parseFrontMatter)((0, parseAnswer_1.splitLines)(text));
    assert.ok(fm && !fm.error, 'the front matter still parses');
    return (0, record_1.readPracticeHistory)(fm.data);
}
/**
 * Asserts that `after` is `before` with one block of lines inserted and nothing else changed, and
 * returns the inserted lines.
 */
function insertedLines(before, after) {
    const a = before.split('\n');
    const b = after.split('\n');
    let start = 0;
    while (start < a.length && a[start] === b[start])
        start++;
    const count = b.length - a.length;
    assert.ok(count > 0, 'lines were added');
    assert.deepEqual([...b.slice(0, start), ...b.slice(start + count)], a, 'every other line is unchanged');
    return b.slice(start, start + count);
}
/** Resolves with the next phase change. */
function nextChange(services) {
    return new Promise((resolve) => {
        const sub = services.timer.onDidChangePhase((change) => {
            sub.dispose();
            resolve(change);
        });
    });
}
describe('practice timer in VS Code', function () {
    let services;
    let notes;
    let clock = T0;
    /** Moves the fake clock on and brings the timer up to it. */
    const tick = (ms) => {
        clock += ms;
        services.timer.refresh();
    };
    before(async () => {
        services = await (0, helpers_1.activate)();
        notes = vscode.Uri.joinPath((0, helpers_1.workspaceRoot)(), 'design-notes', 'ads');
        services.timer.useClock(() => clock);
    });
    afterEach(async () => {
        await services.timer.discard();
        await setSetting('timer.phaseMinutes', undefined);
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
    after(async () => {
        services.timer.useClock(Date.now);
        try {
            await vscode.workspace.fs.delete(vscode.Uri.joinPath((0, helpers_1.workspaceRoot)(), 'design-notes'), { recursive: true, useTrash: false });
        }
        catch {
            // already gone
        }
    });
    it('times the active answer: phase and remaining time, phase changes, pause, resume, next phase, and stop records it', async () => {
        const uri = vscode.Uri.joinPath(notes, 'frequency-capping.md');
        await write(uri, ANSWER);
        const editor = await vscode.window.showTextDocument(uri);
        await (0, helpers_1.waitFor)(services.linter.onDidLint, () => services.answerContext.isAnswer, 'the answer context key');
        clock = T0;
        const started = await vscode.commands.executeCommand('designPractice.startTimer');
        assert.equal(started?.toString(), uri.toString(), 'the active answer is timed');
        assert.equal(services.timer.state, 'running');
        assert.deepEqual(services.timer.phases.map((p) => `${p.section} ${p.minutes}`), ['requirements 7', 'scope 5', 'architecture 20', 'trade-offs 15', 'operability 7', 'buffer 6']);
        assert.equal(services.timer.text, '$(watch) Requirements 7:00');
        assert.equal(services.timer.ticking, true, 'the display ticks while running');
        assert.equal(services.timer.statusBarItem.command, 'designPractice.showTimerMenu');
        const saved = services.context.workspaceState.get(practiceTimer_1.TIMER_STATE_KEY);
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
        assert.equal(await vscode.commands.executeCommand('designPractice.nextPhase'), true);
        assert.equal((await skipped).reason, 'skip');
        assert.equal(services.timer.text, '$(watch) Architecture 20:00');
        const shown = vscode.window.activeTextEditor;
        assert.equal(shown?.document.uri.toString(), uri.toString(), 'Next phase shows the answer');
        assert.equal(shown.document.lineAt(shown.selection.active.line).text, '## Architecture', 'and puts the cursor on the next phase');
        tick(2 * MIN);
        const result = await vscode.commands.executeCommand('designPractice.stopTimer');
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
        assert.equal(services.context.workspaceState.get(practiceTimer_1.TIMER_STATE_KEY), undefined);
        assert.equal(editor.document.isDirty, false, 'an answer without unsaved changes is saved');
        const onDisk = await read(uri);
        assert.equal(onDisk, editor.document.getText());
        const inserted = insertedLines(ANSWER, onDisk);
        assert.equal(inserted[0], 'practice:');
        assert.ok(onDisk.indexOf('practice:') < onDisk.indexOf('\n---\n# Ads'), 'inside the front matter');
        assert.deepEqual(practiceIn(onDisk), [result.record]);
        // The prompt view shows the history once the index has read the saved file.
        const rendered = (0, helpers_1.waitFor)(services.promptPanel.onDidRender, () => services.promptPanel.webviewPanel?.webview.html.includes('<table class="practice-history">') ?? false, 'the practice history in the prompt view');
        await vscode.commands.executeCommand('designPractice.openPrompt', PROMPT_ID);
        await rendered;
        const html = services.promptPanel.webviewPanel.webview.html;
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
        const started = await vscode.commands.executeCommand('designPractice.startTimer', PROMPT_ID);
        assert.equal(started?.toString(), uri.toString(), "a prompt id times the prompt's only answer");
        tick(54 * MIN + 40_000);
        assert.equal(services.timer.text, '$(watch) Buffer 5:20', "the prompt's 60 minutes end with a 6-minute buffer");
        assert.equal(services.timer.statusBarItem.backgroundColor, undefined, 'not over time in the buffer');
        tick(6 * MIN);
        assert.equal(services.timer.text, '$(watch) Buffer -0:40');
        assert.equal(services.timer.statusBarItem.backgroundColor?.id, 'statusBarItem.warningBackground');
        await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount - 1, 0), '- Unsaved note.\n'));
        const edited = editor.document.getText();
        const result = await vscode.commands.executeCommand('designPractice.stopTimer');
        assert.ok(result?.saved);
        assert.equal(result.record.minutesTotal, 60.7);
        assert.equal(editor.document.isDirty, true, 'the user’s unsaved edit is not saved for them');
        assert.equal(await read(uri), before, 'nothing written to disk');
        insertedLines(edited, editor.document.getText());
        assert.equal(practiceIn(editor.document.getText()).length, 2);
        assert.ok(await editor.document.save());
    });
    it('designPractice.timer.phaseMinutes changes a phase length; an invalid length is ignored', async () => {
        await setSetting('timer.phaseMinutes', { requirements: 3, scope: 500 });
        await (0, helpers_1.waitFor)(services.settings.onDidChange, () => services.settings.value.timer.phaseMinutes.requirements === 3, 'the new phase length');
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
        const reloaded = new practiceTimer_1.PracticeTimer(services.context.workspaceState, services.settings, services.log, () => clock + 5 * MIN);
        try {
            assert.equal(reloaded.answerUri?.toString(), uri.toString());
            assert.equal(reloaded.state, 'paused');
            assert.equal(reloaded.text, '$(debug-pause) Architecture 19:05');
        }
        finally {
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
        const started = await vscode.commands.executeCommand('designPractice.startTimer', second, { ifActive: 'stop' });
        assert.equal(started?.toString(), second.toString());
        assert.equal(services.timer.answerUri?.toString(), second.toString());
        assert.equal(practiceIn(await read(first)).length, before + 1, 'the first session was recorded');
    });
    it('Go to a section reveals its heading; a missing section is reported', async () => {
        const uri = vscode.Uri.joinPath(notes, 'frequency-capping.md');
        await vscode.commands.executeCommand('designPractice.startTimer', uri);
        assert.equal(await services.timer.revealSection('trade-offs'), 'revealed');
        const editor = vscode.window.activeTextEditor;
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
        const failed = await vscode.commands.executeCommand('designPractice.stopTimer');
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
        assert.ok(await editor.document.save());
        const retried = await vscode.commands.executeCommand('designPractice.stopTimer');
        assert.ok(retried?.saved);
        assert.deepEqual(retried.record, failed.record);
        assert.equal(retried.record.minutesTotal, 3);
        assert.deepEqual(practiceIn(await read(uri)), [failed.record]);
        assert.equal(services.timer.state, undefined);
    });
});
//# sourceMappingURL=timer.test.js.map