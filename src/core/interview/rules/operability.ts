import type { ProbeContext, ProbeRule, RuleProbe } from '../types';

/** One thing an Operability section should say, and the probe when it does not. */
interface Absence {
  readonly subject: string;
  readonly pattern: RegExp;
  /** What counts anywhere else in the answer (code included): stricter, as "team" or "SLA" there says nothing of ownership. */
  readonly anywhere: RegExp;
  readonly question: string;
  /** What a prompt's follow-up asking the same mentions. */
  readonly topic: RegExp;
}

/**
 * What the Operability section is read for. These are the only probes about something the answer
 * does not contain: the seeds' interviewer asks about them whether or not the candidate did.
 */
const ABSENCES: readonly Absence[] = [
  {
    subject: 'rollback',
    pattern: /\b(?:roll(?:s|ed|ing)?[- ]?backs?|rollbacks?|revert\w*|undo\w*|kill[- ]?switch\w*|canar(?:y|ies)|staged rollout|blue[- ]green|feature flags?)\b/i,
    anywhere: /\b(?:roll(?:s|ed|ing)?[- ]?backs?|rollbacks?|kill[- ]?switch\w*|canary (?:release|deploy\w*|rollout)s?|staged rollout|blue[- ]green)\b/i,
    question: 'A release makes things worse at 2 a.m. How do you find out, and how is it undone: what rolls back, how fast, and who decides?',
    topic: /\b(?:roll(?:ed|s)? ?back|rollback|revert\w*|undo|undone)\b/i,
  },
  {
    subject: 'owner',
    pattern: /\b(?:owns?|owned|owner\w*|on[- ]?call|teams?|rota|rotations?|runbooks?|DRI|SREs?)\b/i,
    anywhere: /\b(?:on[- ]?call|owner(?:ship)?|owning team|rota|runbooks?|DRI|SRE team)\b/i,
    question: 'Who owns this system two years from now, and who gets paged when it breaks at night?',
    topic: /\bwho owns (?:the|this|it)\b[^?\n]{0,40}\b(?:years?|from now|on)\b|\b(?:years? (?:on|from now))\b[^?\n]{0,60}\bwho owns\b|\bwho (?:is|gets) paged\b/i,
  },
  {
    subject: 'alert',
    pattern: /\b(?:alert\w*|pag(?:e|es|ed|ing)|pager\w*|on[- ]?call|SL[OA]s?|alarm\w*)\b/i,
    anywhere: /\b(?:alert(?:s|ing|ed)?(?: (?:on|when|if|rules?|thresholds?))|alerting|alerts:|pager\w*|paged|on[- ]?call|alarms?)\b/i,
    question: 'Which alert fires first when this breaks, on what measurement, and how quickly after users notice?',
    topic: /\b(?:alerts?|alerting|who is paged|gets paged)\b/i,
  },
];

function operabilityProbes({ answer, lines, everywhere }: ProbeContext): RuleProbe[] {
  const own = lines.filter((l) => l.sectionId === 'operability');
  const heading = answer.sections.find((s) => s.spec?.id === 'operability')?.heading.line;
  const probes: RuleProbe[] = [];
  for (const absence of ABSENCES) {
    // Asked only about what is truly absent: said in Operability, or plainly anywhere in the design.
    if (own.some((l) => absence.pattern.test(l.text)) || everywhere.some((t) => absence.anywhere.test(t))) continue;
    probes.push({ subject: absence.subject, question: absence.question, topic: absence.topic, ...(heading !== undefined ? { line: heading } : {}) });
  }
  return probes;
}

/**
 * No rollback, no owner or no alert in Operability: how a bad release is undone, who is paged, what
 * fires first. The probe points at the Operability heading, or at no line when there is none.
 */
export const operabilityRule: ProbeRule = {
  id: 'operability',
  description: 'Operability without rollback, owner or alert: how a bad release is undone, who is paged',
  signal: 'ownership',
  find: operabilityProbes,
};
