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
exports.rehearseAloud = exports.askFollowUp = exports.startMockInterview = void 0;
/**
 * The mock interview's commands. Start Mock Interview starts the practice timer in interview mode
 * (on the answer to a prompt, scaffolded when there is none), then the interviewer; Ask Me a
 * Follow-up and Rehearse Aloud pass through to the `MockInterview`. Stopping is the timer's Stop.
 */
const vscode = __importStar(require("vscode"));
const timerCommands_1 = require("./timerCommands");
/**
 * `designPractice.startMockInterview [answerUri | promptId | prompt node] [options]`: as Start
 * Practice Timer, in interview mode. Returns the answer's Uri.
 */
const startMockInterview = (services) => async (target, options) => {
    const ifActive = typeof options === 'object' && options !== null ? options.ifActive : undefined;
    const uri = await (0, timerCommands_1.startTiming)(services, target, { ...(ifActive === 'stop' || ifActive === 'cancel' ? { ifActive } : {}), mode: 'interview' });
    if (!uri)
        return undefined;
    await services.interview.begin();
    await services.interviewerView.reveal();
    // The answer keeps the focus: the user starts by writing requirements.
    const open = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    await vscode.window.showTextDocument(uri, { preview: false, ...(open?.viewColumn ? { viewColumn: open.viewColumn } : {}) });
    return uri;
};
exports.startMockInterview = startMockInterview;
/** `designPractice.askFollowUp`: the interviewer's next question now. Returns what was asked. */
const askFollowUp = (services) => async () => {
    // The view first: asking then puts the focus in the answer, on the line under the question.
    await services.interviewerView.reveal();
    const result = await services.interview.askNext();
    if ('none' in result) {
        void vscode.window.showInformationMessage(`Design Practice: ${result.none}`);
        return undefined;
    }
    return result.asked;
};
exports.askFollowUp = askFollowUp;
/** `designPractice.rehearseAloud`: folds the answer to its headings, or unfolds it. Returns whether folded. */
const rehearseAloud = (services) => async (uri) => services.interview.toggleRehearsal(uri instanceof vscode.Uri ? uri : undefined);
exports.rehearseAloud = rehearseAloud;
//# sourceMappingURL=interviewCommands.js.map