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
const assert = __importStar(require("node:assert/strict"));
const interview_1 = require("../../../src/core/interview");
const technology_1 = require("../../../src/core/interview/rules/technology");
const support_1 = require("./support");
const PROMPT = (0, support_1.promptWith)([
    { question: 'What happens when traffic spikes tenfold?', signal: 'requirements' },
    { question: 'Who owns it in three years?', signal: 'ownership' },
]);
describe('Interviewer (the deterministic probes behind the seam)', () => {
    const interviewer = interview_1.PROBE_INTERVIEWER;
    it('asks exactly what probesFor asks, in the same order', async () => {
        const text = (0, support_1.answerText)({ Architecture: '- Rows are kept in Redis; Kafka carries the events.' });
        assert.deepEqual(await interviewer.questions({ answer: text, prompt: PROMPT }), (0, interview_1.probesFor)(text, PROMPT));
        assert.equal(interviewer.id, 'probes');
    });
    it('passes the options on, and leaves out questions already asked in the session', async () => {
        const text = (0, support_1.answerText)({ Architecture: '- Rows are kept in Redis.' });
        const questions = await interviewer.questions({ answer: text, prompt: PROMPT, options: { rules: [technology_1.technologyRule] }, asked: ['what happens when traffic *spikes* tenfold'] });
        assert.deepEqual(questions.map((q) => q.id), ['technology:redis', 'prompt:2']);
    });
});
//# sourceMappingURL=interviewer.test.js.map