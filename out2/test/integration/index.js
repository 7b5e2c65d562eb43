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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.run = run;
/**
 * The integration test entry: VS Code's extension host calls `run()` (through @vscode/test-electron
 * on a desktop, or the project's code-server test host). It runs every `*.test.js` beside it in mocha.
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const mocha_1 = __importDefault(require("mocha"));
const vscode = __importStar(require("vscode"));
const host_1 = require("./suite/host");
function findTests(dir) {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name);
        return e.isDirectory() ? findTests(full) : e.name.endsWith('.test.js') ? [full] : [];
    });
}
function run() {
    (0, host_1.setTestHost)('node');
    const mocha = new mocha_1.default({ ui: 'bdd', color: false, timeout: 20000, reporter: 'spec' });
    const grep = process.env.DESIGN_PRACTICE_TEST_GREP;
    if (grep)
        mocha.grep(grep);
    for (const file of findTests(path.join(__dirname, 'suite')).sort())
        mocha.addFile(file);
    console.log(`Running integration tests in VS Code ${vscode.version}`);
    return new Promise((resolve, reject) => {
        mocha.run((failures) => {
            console.log(`VS Code ${vscode.version}: integration tests finished with ${failures} failure(s)`);
            if (failures > 0)
                reject(new Error(`${failures} integration test(s) failed`));
            else
                resolve();
        });
    });
}
//# sourceMappingURL=index.js.map