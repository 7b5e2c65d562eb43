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
exports.COMMANDS = void 0;
exports.commandId = commandId;
exports.registerCommands = registerCommands;
/**
 * The one table of commands. Each entry is `name → factory`; they are registered in a loop as
 * `designPractice.<name>`, and a test checks the table against package.json so ids cannot drift.
 */
const vscode = __importStar(require("vscode"));
const insertSection_1 = require("./insertSection");
const interviewCommands_1 = require("./interviewCommands");
const lintWorkspace_1 = require("./lintWorkspace");
const openRulePage_1 = require("./openRulePage");
const teachAlias_1 = require("./teachAlias");
const promptCommands_1 = require("./promptCommands");
const timerCommands_1 = require("./timerCommands");
/** Every command, by the name after `designPractice.`. */
exports.COMMANDS = {
    refreshPrompts: promptCommands_1.refreshPrompts,
    filterByLevel: promptCommands_1.filterByLevel,
    clearLevelFilter: promptCommands_1.clearLevelFilter,
    openPrompt: promptCommands_1.openPrompt,
    startAnswer: promptCommands_1.startAnswer,
    openAnswer: promptCommands_1.openAnswer,
    newPromptFile: promptCommands_1.newPromptFile,
    insertSection: insertSection_1.insertSection,
    fixAllMissingSections: insertSection_1.fixAllMissingSections,
    teachAlias: teachAlias_1.teachAlias,
    lintWorkspace: lintWorkspace_1.lintWorkspace,
    openRulePage: openRulePage_1.openRulePage,
    startTimer: timerCommands_1.startTimer,
    pauseTimer: timerCommands_1.pauseTimer,
    resumeTimer: timerCommands_1.resumeTimer,
    nextPhase: timerCommands_1.nextPhase,
    stopTimer: timerCommands_1.stopTimer,
    showTimerMenu: timerCommands_1.showTimerMenu,
    startMockInterview: interviewCommands_1.startMockInterview,
    askFollowUp: interviewCommands_1.askFollowUp,
    rehearseAloud: interviewCommands_1.rehearseAloud,
};
/** The full id of a command name. */
function commandId(name) {
    return `designPractice.${name}`;
}
/**
 * Registers every command. A command that fails shows its error instead of throwing into the
 * extension host.
 */
function registerCommands(services) {
    const disposables = Object.entries(exports.COMMANDS).map(([name, factory]) => {
        const run = factory(services);
        return vscode.commands.registerCommand(`designPractice.${name}`, async (...args) => {
            try {
                return await run(...args);
            }
            catch (error) {
                services.log.error(`designPractice.${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
                void vscode.window.showErrorMessage(`Design Practice: ${error instanceof Error ? error.message : String(error)}`);
                return undefined;
            }
        });
    });
    return vscode.Disposable.from(...disposables);
}
//# sourceMappingURL=index.js.map