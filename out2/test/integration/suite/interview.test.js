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
 * The mock interview inside a real VS Code: the timer in interview mode, the interviewer's questions
 * written into the answer and shown in the Interviewer view, SD011 on an unanswered question,
 * Rehearse Aloud, and the debrief with its ratings saved into the front matter. Time is a fake clock.
 */
const assert = __importStar(require("node:assert/strict"));
const vscode = __importStar(require("vscode"));
const frontMatter_1 = require("../../../src/core/answer/frontMatter");
const parseAnswer_1 = require("../../../src/core/answer/parseAnswer");
const interviewRecord_1 = require("../../../src/core/debrief/interviewRecord");
const helpers_1 = require("./helpers");
const MIN = 60_000;
const ANSWER = `---
prompt: ads/frequency-capping   # the prompt this answers
template: system-design
---
${helpers_1.CAPPING_ANSWER_BODY}`;
async function read(uri) {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}
describe('mock interview in VS Code', function () {
    this.timeout(60_000);
    let services;
    let clock = Date.UTC(2025, 0, 2, 10, 0, 0);
    let uri;
    before(async () => {
        services = await (0, helpers_1.activate)();
        services.timer.useClock(() => clock);
        uri = vscode.Uri.joinPath((0, helpers_1.workspaceRoot)(), 'design-notes', 'ads', 'mock-interview.md');
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ANSWER));
    });
    after(async () => {
        await services.timer.discard();
        services.timer.useClock(Date.now);
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        try {
            await vscode.workspace.fs.delete(vscode.Uri.joinPath((0, helpers_1.workspaceRoot)(), 'design-notes'), { recursive: true, useTrash: false });
        }
        catch {
            // already gone
        }
    });
    it('asks from the architecture phase on, writes ### Q: with the cursor below, then debriefs and saves the ratings', async () => {
        const started = await vscode.commands.executeCommand('designPractice.startMockInterview', uri, { ifActive: 'stop' });
        assert.equal(started?.toString(), uri.toString());
        assert.equal(services.timer.target?.mode, 'interview');
        assert.ok(services.interview.state, 'the interview is under way');
        assert.equal(services.interview.state.asked.length, 0, 'no question while requirements are gathered');
        assert.match(services.interviewerView.html, /Questions start with the architecture/);
        // Run the clock to the start of the architecture phase: the interviewer asks on its own.
        const phases = services.timer.phases;
        const architecture = phases.findIndex((p) => p.section === 'architecture');
        const firstAsked = (0, helpers_1.waitFor)(services.interview.onDidChange, () => (services.interview.state?.asked.length ?? 0) >= 1, 'the first question');
        clock += phases.slice(0, architecture).reduce((sum, p) => sum + p.minutes, 0) * MIN + 1000;
        services.timer.refresh();
        await firstAsked;
        const first = services.interview.currentProbe;
        assert.equal(first.source, 'answer', 'answer probes come first');
        const editor = vscode.window.activeTextEditor;
        assert.equal(editor.document.uri.toString(), uri.toString());
        let lines = editor.document.getText().split('\n');
        const qLine = lines.indexOf(`### Q: ${first.question}`);
        assert.ok(qLine > lines.indexOf('## Follow-ups') && lines.indexOf('## Follow-ups') > 0, 'the question is under ## Follow-ups');
        assert.equal(editor.selection.active.line, qLine + 2, 'the cursor is on the empty line below the question');
        assert.ok(services.interviewerView.html.includes('Question 1'), services.interviewerView.html);
        if (first.line !== undefined)
            assert.ok(services.interviewerView.html.includes(`data-index="${first.line}"`), 'the line it refers to is a link');
        // An unanswered question is reported by SD011.
        await (0, helpers_1.waitForDiagnostics)(uri, (d) => d.some((x) => typeof x.code === 'object' && x.code.value === 'SD011' && x.range.start.line === qLine), 'SD011 on the unanswered question');
        // Answer it where the cursor is; SD011 goes away.
        await editor.edit((b) => b.insert(editor.selection.active, 'The counters shard by member, so a hot campaign spreads; past 10x we add replicas.'));
        await (0, helpers_1.waitForDiagnostics)(uri, (d) => !d.some((x) => typeof x.code === 'object' && x.code.value === 'SD011'), 'SD011 gone once answered');
        const second = await vscode.commands.executeCommand('designPractice.askFollowUp');
        assert.ok(second && second.question !== first.question, 'Ask Me a Follow-up asks a different question');
        lines = editor.document.getText().split('\n');
        assert.ok(lines.indexOf(`### Q: ${second.question}`) > qLine);
        assert.ok(services.interviewerView.html.includes('Asked before (1)'));
        // Rehearse Aloud folds the answer to its headings, then unfolds it.
        const folded = (0, helpers_1.waitFor)(vscode.window.onDidChangeTextEditorVisibleRanges, () => (vscode.window.activeTextEditor?.visibleRanges.length ?? 0) > 1, 'the answer folded');
        assert.equal(await vscode.commands.executeCommand('designPractice.rehearseAloud'), true);
        await folded;
        const unfolded = (0, helpers_1.waitFor)(vscode.window.onDidChangeTextEditorVisibleRanges, () => vscode.window.activeTextEditor?.visibleRanges.length === 1, 'the answer unfolded');
        assert.equal(await vscode.commands.executeCommand('designPractice.rehearseAloud'), false);
        await unfolded;
        assert.ok(await editor.document.save(), 'the answer is saved');
        const before = editor.document.getText();
        let evidence;
        const shown = (0, helpers_1.waitFor)(services.debriefPanel.onDidShow, (e) => ((evidence = e ?? evidence), e !== undefined), 'the debrief');
        clock += 3 * MIN;
        const stopped = await vscode.commands.executeCommand('designPractice.stopTimer');
        assert.ok(stopped?.saved);
        await shown;
        assert.equal(services.interview.state, undefined, 'the interview is over');
        assert.equal(evidence?.length, 5, 'one part per signal');
        const answered = evidence.flatMap((e) => e.answered.map((a) => a.question));
        const open = evidence.flatMap((e) => e.open.map((a) => a.question));
        assert.deepEqual(answered, [first.question]);
        assert.deepEqual(open, [second.question]);
        assert.ok(evidence.some((e) => e.phases.some((p) => p.spentMinutes > 0)), 'time per phase against the plan');
        assert.ok(services.debriefPanel.webviewPanel?.webview.html.includes('Content-Security-Policy'));
        const recorded = await read(uri);
        const fm = (0, frontMatter_1.parseFrontMatter)((0, parseAnswer_1.splitLines)(recorded));
        const [interview] = (0, interviewRecord_1.readInterviewHistory)(fm.data);
        assert.deepEqual(interview, { started: stopped.record.started, questions: [first.question, second.question] });
        assert.ok(recorded.includes('prompt: ads/frequency-capping   # the prompt this answers'), 'the rest of the front matter is untouched');
        assert.equal(recorded.slice(recorded.indexOf('\n---\n')), before.slice(before.indexOf('\n---\n')), 'the body is untouched');
        assert.equal(await services.debriefPanel.save({ requirements: 3, 'trade-offs': 2, experience: 2, 'data-flow': 4, ownership: 1 }), undefined);
        const rated = await read(uri);
        const a = recorded.split('\n');
        const b = rated.split('\n');
        assert.equal(b.length, a.length + 1, 'one line inserted');
        assert.ok(b.some((l) => /^ {4}ratings: \{ requirements: 3, trade-offs: 2, experience: 2, data-flow: 4, ownership: 1 \}$/.test(l)));
        assert.deepEqual((0, interviewRecord_1.readInterviewHistory)((0, frontMatter_1.parseFrontMatter)((0, parseAnswer_1.splitLines)(rated)).data)[0].ratings, { requirements: 3, 'trade-offs': 2, experience: 2, 'data-flow': 4, ownership: 1 });
        // The debrief's lines follow the line the ratings inserted, and each link shows its line.
        const answeredLine = services.debriefPanel.evidence.flatMap((e) => e.answered)[0].line;
        assert.equal(b[answeredLine - 1], `### Q: ${first.question}`);
        assert.ok(services.debriefPanel.webviewPanel?.webview.html.includes(`data-line="${answeredLine}"`));
        await services.debriefPanel.revealLine(answeredLine);
        assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
        assert.equal(vscode.window.activeTextEditor?.selection.active.line, answeredLine - 1);
        // The prompt view charts the ratings and lists the questions asked.
        const chart = (0, helpers_1.waitFor)(services.promptPanel.onDidRender, () => services.promptPanel.webviewPanel?.webview.html.includes('class="ratings-chart"') ?? false, 'the ratings chart');
        await vscode.commands.executeCommand('designPractice.openPrompt', 'ads/frequency-capping');
        await chart;
        const html = services.promptPanel.webviewPanel.webview.html;
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
        assert.ok(await doc.save());
        const error = await services.debriefPanel.save({ requirements: 4 });
        assert.match(error ?? '', /mock-interview\.md/);
        assert.match(error ?? '', /not saved/);
        assert.ok((await read(uri)).includes('[broken'), 'nothing written');
    });
});
//# sourceMappingURL=interview.test.js.map