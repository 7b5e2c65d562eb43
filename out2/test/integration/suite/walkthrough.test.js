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
 * The Get Started walkthrough: it opens once on a first run, and its steps' context keys are set
 * when the user does the thing from anywhere, not only from the walkthrough's own links.
 */
const assert = __importStar(require("node:assert/strict"));
const vscode = __importStar(require("vscode"));
const walkthrough_1 = require("../../../src/vscode/onboarding/walkthrough");
const helpers_1 = require("./helpers");
/** A memento in memory, as a fresh user's global state. */
class MemoryMemento {
    values = new Map();
    keys() {
        return [...this.values.keys()];
    }
    get(key, defaultValue) {
        return (this.values.has(key) ? this.values.get(key) : defaultValue);
    }
    update(key, value) {
        this.values.set(key, value);
        return Promise.resolve();
    }
}
describe('walkthrough in VS Code', function () {
    this.timeout(30_000);
    let services;
    before(async () => {
        services = await (0, helpers_1.activate)();
    });
    it('opening a prompt by command (as the sidebar and the prompt view do) ticks "Read a prompt"', async () => {
        const id = await vscode.commands.executeCommand('designPractice.openPrompt', 'ads/frequency-capping');
        assert.equal(id, 'ads/frequency-capping');
        assert.ok(services.walkthrough.has('promptOpened'));
    });
    it('opens once on a first run, never in tests', async () => {
        const state = new MemoryMemento();
        assert.equal(await (0, walkthrough_1.openWalkthroughOnce)(state, vscode.ExtensionMode.Test), false, 'not while testing');
        assert.equal(state.get(walkthrough_1.WALKTHROUGH_SHOWN_KEY), undefined);
        assert.equal(await (0, walkthrough_1.openWalkthroughOnce)(state, vscode.ExtensionMode.Production), true, 'the first run opens it');
        assert.equal(state.get(walkthrough_1.WALKTHROUGH_SHOWN_KEY), true);
        assert.equal(await (0, walkthrough_1.openWalkthroughOnce)(state, vscode.ExtensionMode.Production), false, 'only once');
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
});
//# sourceMappingURL=walkthrough.test.js.map