/** The interview core: follow-up probes that read an answer, and the signals they test. */
export { SIGNALS, SIGNAL_IDS, isSignalId, type SignalId } from './signals';
export type { Probe, ProbeSource, ProbeRule, ProbeContext, ProbeLine, RuleProbe } from './types';
export { probesFor, type ProbeOptions, type ProbePrompt } from './probes';
export { deterministicQuestions, ProbeInterviewer, PROBE_INTERVIEWER, type Interviewer, type InterviewRequest, type InterviewCancellation } from './interviewer';
export { askedFollowUps, followUpsRegions, followUpHeading, questionKey, FOLLOW_UPS_SECTION_ID, type AskedFollowUp } from '../answer/followUps';
export { PROBE_RULES } from './rules';
