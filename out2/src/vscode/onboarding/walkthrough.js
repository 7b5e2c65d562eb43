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
exports.WalkthroughProgress = exports.WALKTHROUGH_SHOWN_KEY = exports.WALKTHROUGH_ID = void 0;
exports.openWalkthroughOnce = openWalkthroughOnce;
/**
 * The Get Started walkthrough: opened once on first run, and its steps ticked however the user does
 * them. A walkthrough step's `onCommand:` event only sees commands run through the workbench (a
 * palette entry, a tree click), not those the prompt view or other commands run inside the extension
 * host, so each step also completes on a context key (`onContext:`) that is set here when the thing
 * is done by any path.
 */
const vscode = __importStar(require("vscode"));
/** The walkthrough's id as `workbench.action.openWalkthrough` wants it: `<publisher>.<name>#<id>`. */
exports.WALKTHROUGH_ID = 'design-practice.design-practice#gettingStarted';
/** The global-state key that says the walkthrough was opened once. */
exports.WALKTHROUGH_SHOWN_KEY = 'designPractice.walkthroughShown';
/** What the user has done so far in this window; each step done sets its context key once. */
class WalkthroughProgress {
    done = new Set();
    /** Records that the user did `step`: the walkthrough's step for it ticks. */
    mark(step) {
        if (this.done.has(step))
            return;
        this.done.add(step);
        void vscode.commands.executeCommand('setContext', `designPractice.walkthrough.${step}`, true);
    }
    /** Whether `step` was done in this window, for tests. */
    has(step) {
        return this.done.has(step);
    }
}
exports.WalkthroughProgress = WalkthroughProgress;
/**
 * Opens the walkthrough the first time the extension runs for this user (not in tests, whose host
 * starts fresh each time). Returns whether it opened it.
 */
async function openWalkthroughOnce(globalState, mode) {
    if (mode === vscode.ExtensionMode.Test || globalState.get(exports.WALKTHROUGH_SHOWN_KEY))
        return false;
    await globalState.update(exports.WALKTHROUGH_SHOWN_KEY, true);
    try {
        await vscode.commands.executeCommand('workbench.action.openWalkthrough', exports.WALKTHROUGH_ID, false);
        return true;
    }
    catch {
        return false;
    }
}
//# sourceMappingURL=walkthrough.js.map