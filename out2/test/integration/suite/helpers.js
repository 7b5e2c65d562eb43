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
exports.CAPPING_ANSWER_BODY = exports.EXTENSION_ID = void 0;
exports.activate = activate;
exports.workspaceRoot = workspaceRoot;
exports.waitFor = waitFor;
exports.waitForDiagnostics = waitForDiagnostics;
/** Shared helpers for integration tests: activation and waiting on events, never on fixed sleeps. */
const assert = __importStar(require("node:assert/strict"));
const vscode = __importStar(require("vscode"));
exports.EXTENSION_ID = 'design-practice.design-practice';
/** Activates the extension under test and returns its services. */
async function activate() {
    const ext = vscode.extensions.getExtension(exports.EXTENSION_ID);
    assert.ok(ext, `extension ${exports.EXTENSION_ID} is installed`);
    return ext.activate();
}
/** The first workspace folder; the test host always opens one. */
function workspaceRoot() {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a workspace folder is open');
    return folder.uri;
}
/**
 * Resolves when `event` fires with a value `predicate` accepts, or rejects after `timeoutMs` with
 * `what` in the message. `check` is tried first, so a state already reached does not wait.
 */
function waitFor(event, predicate, what, timeoutMs = 10000) {
    return new Promise((resolve, reject) => {
        if (predicate(undefined))
            return resolve();
        const timer = setTimeout(() => {
            sub.dispose();
            reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
        }, timeoutMs);
        const sub = event((value) => {
            if (!predicate(value))
                return;
            clearTimeout(timer);
            sub.dispose();
            resolve();
        });
    });
}
/** Waits until the diagnostics of `uri` satisfy `predicate`. */
function waitForDiagnostics(uri, predicate, what) {
    return waitFor(vscode.languages.onDidChangeDiagnostics, () => predicate(vscode.languages.getDiagnostics(uri)), what);
}
/** A complete answer to ads/frequency-capping, after its front matter: every section, no warnings. */
exports.CAPPING_ANSWER_BODY = `# Ads frequency capping

## Requirements

- 300,000 ad decisions per second at peak, p99 under 50 ms.

## Scope

- The capping check at decision time; billing is out of scope.

## Architecture

- A counter service keyed by member and campaign in an in-memory store, because reads dominate.

## Trade-offs

- Approximate counts over exact ones: cheaper and faster, at the cost of a few extra impressions.

## Operability

- Alert on decision latency and counter error rate; on failure, serve without capping for a minute.
- The ads-delivery team owns it and is on call.
`;
//# sourceMappingURL=helpers.js.map