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
exports.runSuites = runSuites;
/**
 * The integration test entry for the browser worker extension host (`npm run test:integration:web`):
 * the same suites as index.ts, bundled for the browser by scripts/build-web-tests.mjs with mocha's
 * browser build, since the worker has no file system to find them in or Node to run mocha's.
 */
require("mocha/mocha.js");
const vscode = __importStar(require("vscode"));
const host_1 = require("./suite/host");
/** Runs the suites that `loadSuites` registers; VS Code calls the bundle's `run()`, which passes them. */
function runSuites(loadSuites, grep) {
    (0, host_1.setTestHost)('web');
    mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 20000, color: false });
    if (grep)
        mocha.grep(grep);
    loadSuites();
    console.log(`Running integration tests in VS Code ${vscode.version} (browser worker extension host)`);
    return new Promise((resolve, reject) => {
        mocha.run((failures) => {
            console.log(`VS Code ${vscode.version} (web): integration tests finished with ${failures} failure(s)`);
            if (failures > 0)
                reject(new Error(`${failures} integration test(s) failed`));
            else
                resolve();
        });
    });
}
//# sourceMappingURL=index.web.js.map