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
exports.showTimerMenu = exports.stopTimer = exports.nextPhase = exports.resumeTimer = exports.pauseTimer = exports.startTimer = void 0;
exports.startTiming = startTiming;
/**
 * The practice timer's commands. Start Practice Timer finds the answer to time (a given answer or
 * prompt, the active editor, or the user's choice), works out its phases (the prompt's time plan, or
 * the template's default loop, with the user's phase lengths) and hands them to the `PracticeTimer`;
 * the others pass straight through to it.
 */
const vscode = __importStar(require("vscode"));
const parseAnswer_1 = require("../../core/answer/parseAnswer");
const promptView_1 = require("../../core/catalog/promptView");
const plan_1 = require("../../core/practice/plan");
const answerFiles_1 = require("../lint/answerFiles");
const promptCommands_1 = require("./promptCommands");
/**
 * `designPractice.startTimer [answerUri | promptId | prompt node] [options]`: times an answer. The
 * editor-title button passes the answer's Uri; the prompt view and the Prompts view pass a prompt,
 * whose answer is used (picked when there are several, started when there is none); with neither,
 * the active answer, or a choice of the prompts answered so far. Returns the answer's Uri.
 */
const startTimer = (services) => async (target, options) => startTiming(services, target, startOptions(options));
exports.startTimer = startTimer;
/**
 * Starts the timer on the answer `target` names (see Start Practice Timer); in interview mode a
 * prompt without an answer gets one scaffolded without asking. Returns the answer's Uri.
 */
async function startTiming(services, target, options) {
    const uri = await resolveAnswer(services, target, options.mode === 'interview');
    if (!uri)
        return undefined;
    const doc = await vscode.workspace.openTextDocument(uri);
    if (doc.languageId !== 'markdown') {
        void vscode.window.showWarningMessage(`Design Practice: ${vscode.workspace.asRelativePath(uri)} is not a Markdown answer.`);
        return undefined;
    }
    const { timerTarget, phases } = await planFor(services, doc);
    if (!(await services.timer.makeRoom(options.ifActive)))
        return undefined;
    await services.timer.start(options.mode ? { ...timerTarget, mode: options.mode } : timerTarget, phases);
    return uri;
}
/** `designPractice.pauseTimer`. Returns whether the clock was paused. */
const pauseTimer = (services) => () => services.timer.pause();
exports.pauseTimer = pauseTimer;
/** `designPractice.resumeTimer`. Returns whether the clock was resumed. */
const resumeTimer = (services) => () => services.timer.resume();
exports.resumeTimer = resumeTimer;
/** `designPractice.nextPhase`: ends the current phase now. Returns whether there was a next phase. */
const nextPhase = (services) => () => services.timer.nextPhase();
exports.nextPhase = nextPhase;
/**
 * `designPractice.stopTimer`: ends the session and records it in the answer's front matter. Returns
 * the record and whether it was written.
 */
const stopTimer = (services) => () => services.timer.stop();
exports.stopTimer = stopTimer;
/** `designPractice.showTimerMenu`: the status bar item's menu of Pause, Resume, Next phase and Stop. */
const showTimerMenu = (services) => () => services.timer.showMenu();
exports.showTimerMenu = showTimerMenu;
async function resolveAnswer(services, target, scaffold = false) {
    if (target instanceof vscode.Uri)
        return target;
    const promptId = (0, promptCommands_1.promptIdOf)(target);
    if (promptId !== undefined)
        return answerToPrompt(services, promptId, scaffold);
    const doc = vscode.window.activeTextEditor?.document;
    if (doc && (0, answerFiles_1.isAnswerDocument)(doc, services.settings.value))
        return doc.uri;
    return chooseAnswer(services);
}
/** The answer to time for a prompt: its only one, a pick of several, or a new one. */
async function answerToPrompt(services, promptId, scaffold = false) {
    const answers = await services.answers.answersFor(promptId);
    if (answers.length === 1)
        return answers[0].uri;
    if (answers.length > 1)
        return (await (0, promptCommands_1.pickAnswer)(answers, 'Time which of your answers? (newest first)'))?.uri;
    const prompt = await services.catalog.getPrompt(promptId);
    if (!prompt) {
        void vscode.window.showWarningMessage(`Design Practice: there is no prompt ${JSON.stringify(promptId)}.`);
        return undefined;
    }
    const start = 'Start Answer';
    if (!scaffold) {
        const choice = await vscode.window.showInformationMessage(`Design Practice: you have no answer to "${prompt.title}" yet. Start one, and time it?`, start);
        if (choice !== start)
            return undefined;
    }
    return vscode.commands.executeCommand('designPractice.startAnswer', promptId);
}
/** Without an answer in the editor: the prompts answered so far, or starting a new answer. */
async function chooseAnswer(services) {
    const [prompts, statuses] = await Promise.all([services.catalog.prompts(), services.answers.statuses()]);
    const answered = prompts.filter((p) => (statuses.get(p.id) ?? 'none') !== 'none');
    const items = [
        { label: '$(add) Start a new answer…', detail: 'Pick a prompt, start an answer to it from the template, then time it', start: true },
        ...(answered.length > 0 ? [{ label: 'Your answers', kind: vscode.QuickPickItemKind.Separator }] : []),
        ...answered.map((p) => ({ label: p.title, description: `${p.level} · ${promptView_1.STATUS_LABELS[statuses.get(p.id) ?? 'none']}`, detail: p.summary, promptId: p.id })),
    ];
    const picked = await vscode.window.showQuickPick(items, {
        title: 'Start Practice Timer',
        placeHolder: answered.length > 0 ? 'The active editor is not an answer: time one of yours, or start a new one' : 'You have no answers yet: start one first',
        matchOnDetail: true,
    });
    if (!picked)
        return undefined;
    if (picked.start)
        return vscode.commands.executeCommand('designPractice.startAnswer');
    return picked.promptId ? answerToPrompt(services, picked.promptId) : undefined;
}
/**
 * The session for an answer: its prompt's time plan (the template's default loop when it names no
 * known prompt), with `designPractice.timer.phaseMinutes` applied, and a Buffer phase for the rest
 * of the prompt's minutes.
 */
async function planFor(services, doc) {
    const header = (0, parseAnswer_1.readAnswerHeader)(doc.getText());
    const prompt = header.promptId ? await services.catalog.getPrompt(header.promptId) : undefined;
    const { lint, timer } = services.settings.value;
    const templateId = header.templateId ?? prompt?.template ?? lint.config.defaultTemplate;
    const { phases, problems } = (0, plan_1.practicePhases)((0, plan_1.timePlanFor)(prompt?.timePlan, templateId), timer.phaseMinutes);
    for (const problem of problems)
        services.log.warn(`designPractice.timer.phaseMinutes: ${problem}`);
    const title = prompt?.title ?? doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1);
    // The prompt's minutes beyond the plan become a last Buffer phase: the session lasts what the prompt says.
    return { timerTarget: { uri: doc.uri, title, templateId, ...(prompt ? { promptId: prompt.id } : {}) }, phases: (0, plan_1.withBuffer)(phases, prompt?.minutes) };
}
function startOptions(value) {
    // A menu may pass other things (the selected resources) as the second argument: ignore them.
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return {};
    const ifActive = value.ifActive;
    return ifActive === 'stop' || ifActive === 'cancel' ? { ifActive } : {};
}
//# sourceMappingURL=timerCommands.js.map