"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PROBE_INTERVIEWER = exports.ProbeInterviewer = void 0;
exports.deterministicQuestions = deterministicQuestions;
/**
 * The interviewer seam: whatever asks the follow-up questions (the deterministic probes here, a
 * language model in `src/vscode`) answers one small interface, so callers (the CLI's `drill`, the
 * mock interview) never branch on which one it is. The deterministic interviewer is always there
 * and is what any other implementation falls back to.
 */
const followUps_1 = require("../answer/followUps");
const probes_1 = require("./probes");
/** The questions the deterministic probes ask, synchronously; `ProbeInterviewer` wraps this. */
function deterministicQuestions(request) {
    const probes = (0, probes_1.probesFor)(request.answer, request.prompt, request.options);
    if (!request.asked || request.asked.length === 0)
        return probes;
    const asked = new Set(request.asked.map(followUps_1.questionKey));
    return probes.filter((p) => !asked.has((0, followUps_1.questionKey)(p.question)));
}
/** The deterministic interviewer: the probe rules over the answer, then the prompt's follow-ups. */
class ProbeInterviewer {
    id = 'probes';
    questions(request) {
        return Promise.resolve(deterministicQuestions(request));
    }
}
exports.ProbeInterviewer = ProbeInterviewer;
/** The one deterministic interviewer; it holds no state. */
exports.PROBE_INTERVIEWER = new ProbeInterviewer();
//# sourceMappingURL=interviewer.js.map