"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.operabilityRule = void 0;
/**
 * What the Operability section is read for. These are the only probes about something the answer
 * does not contain: the seeds' interviewer asks about them whether or not the candidate did.
 */
const ABSENCES = [
    {
        subject: 'rollback',
        pattern: /\b(?:roll(?:s|ed|ing)?[- ]?backs?|rollbacks?|revert\w*|undo\w*|kill[- ]?switch\w*|canar(?:y|ies)|staged rollout|blue[- ]green|feature flags?)\b/i,
        anywhere: /\b(?:roll(?:s|ed|ing)?[- ]?backs?|rollbacks?|kill[- ]?switch\w*|canary (?:release|deploy\w*|rollout)s?|staged rollout|blue[- ]green)\b/i,
        question: 'A release makes things worse at 2 a.m. How do you find out, and how is it undone: what rolls back, how fast, and who decides?',
    },
    {
        subject: 'owner',
        pattern: /\b(?:owns?|owned|owner\w*|on[- ]?call|teams?|rota|rotations?|runbooks?|DRI|SREs?)\b/i,
        anywhere: /\b(?:on[- ]?call|owner(?:ship)?|owning team|rota|runbooks?|DRI|SRE team)\b/i,
        question: 'Who owns this system two years from now, and who gets paged when it breaks at night?',
    },
    {
        subject: 'alert',
        pattern: /\b(?:alert\w*|pag(?:e|es|ed|ing)|pager\w*|on[- ]?call|SL[OA]s?|alarm\w*)\b/i,
        anywhere: /\b(?:alert(?:s|ing|ed)?(?: (?:on|when|if|rules?|thresholds?))|alerting|alerts:|pager\w*|paged|on[- ]?call|alarms?)\b/i,
        question: 'Which alert fires first when this breaks, on what measurement, and how quickly after users notice?',
    },
];
function operabilityProbes({ answer, lines, everywhere }) {
    const own = lines.filter((l) => l.sectionId === 'operability');
    const heading = answer.sections.find((s) => s.spec?.id === 'operability')?.heading.line;
    const probes = [];
    for (const absence of ABSENCES) {
        // Asked only about what is truly absent: said in Operability, or plainly anywhere in the design.
        if (own.some((l) => absence.pattern.test(l.text)) || everywhere.some((t) => absence.anywhere.test(t)))
            continue;
        probes.push({ subject: absence.subject, question: absence.question, ...(heading !== undefined ? { line: heading } : {}) });
    }
    return probes;
}
/**
 * No rollback, no owner or no alert in Operability: how a bad release is undone, who is paged, what
 * fires first. The probe points at the Operability heading, or at no line when there is none.
 */
exports.operabilityRule = {
    id: 'operability',
    description: 'Operability without rollback, owner or alert: how a bad release is undone, who is paged',
    signal: 'ownership',
    find: operabilityProbes,
};
//# sourceMappingURL=operability.js.map