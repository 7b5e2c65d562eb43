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
 * Quote check (issue 16): on every answer under test/fixtures (the real write-ups of the corpus and
 * the judged set, lint, drill, CLI and workspace fixtures), every quote the scorecard makes, for its
 * evidence and for the answer key's covered points, is a verbatim substring of its 1-based line.
 */
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const parseAnswer_1 = require("../../../src/core/answer/parseAnswer");
const parseAnswer_2 = require("../../../src/core/answer/parseAnswer");
const score_1 = require("../../../src/core/score");
const bundledPrompts_1 = require("../../../src/platform/node/bundledPrompts");
const paths_1 = require("../helpers/paths");
function markdownFiles(dir) {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name);
        return e.isDirectory() ? markdownFiles(full) : e.name.endsWith('.md') ? [full] : [];
    });
}
describe('scorecard: every quote is verbatim', function () {
    this.timeout(120_000);
    const prompts = (0, bundledPrompts_1.loadBundledCatalog)().prompts;
    const files = markdownFiles((0, paths_1.fixturePath)());
    it(`on every Markdown fixture (${files.length} files), with its prompt's answer key or each bundled prompt's in turn`, () => {
        assert.ok(files.length > 100, `${files.length} fixtures`);
        let quotes = 0;
        let keyQuotes = 0;
        files.forEach((file, i) => {
            const text = fs.readFileSync(file, 'utf8');
            const named = (0, parseAnswer_2.readAnswerHeader)(text).promptId;
            // An answer to no bundled prompt is checked against one anyway, so the answer key's quotes are too.
            const prompt = prompts.find((p) => p.id === named) ?? prompts[i % prompts.length];
            const lines = (0, parseAnswer_1.splitLines)(text);
            for (const level of ['L4', 'L5']) {
                const card = (0, score_1.scoreAnswer)({ answer: text, level, prompt });
                assert.deepEqual((0, score_1.scorecardProblems)(card, lines), [], path.relative((0, paths_1.fixturePath)(), file));
                if (level === 'L5') {
                    quotes += card.signals.reduce((n, s) => n + s.evidence.length, 0);
                    keyQuotes += card.answerKey?.covered.filter((p) => p.quote !== undefined).length ?? 0;
                }
            }
        });
        console.log(`      ${quotes} evidence quotes and ${keyQuotes} answer-key quotes checked`);
        assert.ok(quotes > 500 && keyQuotes > 20);
    });
});
//# sourceMappingURL=quotes.test.js.map