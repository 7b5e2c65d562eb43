/**
 * A prompt's `## Follow-ups`: the probes an interviewer asks back about this problem. Each is a list
 * item, optionally tagged with the signal it tests (`- [ownership] Who is paged when ...?`); an
 * untagged probe gets the signal its wording suggests. The prompt view never shows them: they are the
 * interviewer's.
 */
import { isSignalId, SIGNAL_IDS, type SignalId } from '../interview/signals';

/** One follow-up probe of a prompt. */
export interface PromptFollowUp {
  readonly question: string;
  readonly signal: SignalId;
}

/** A problem in a Follow-ups section, on a 1-based line of the prompt file. */
export interface FollowUpProblem {
  readonly line: number;
  readonly message: string;
}

/** Longest probe accepted: a question to ask aloud, not an essay. */
export const MAX_FOLLOW_UP_LENGTH = 400;

const ITEM = /^[ \t]{0,3}[-*+](?:[ \t]+(.*))?$/;
const TAG = /^\[([A-Za-z-]{1,40})\][ \t]*/;
const NESTED_OR_CONTINUATION = /^[ \t]+\S/;

/** Words that point to a signal, checked in this order; a probe matching none tests trade-off reasoning. */
const SIGNAL_WORDS: readonly { readonly signal: SignalId; readonly pattern: RegExp }[] = [
  { signal: 'experience', pattern: /\b(?:have you|you have seen|in your experience|seen (?:this|it|that)|last time|do differently|pain you)\b/i },
  {
    signal: 'ownership',
    pattern: /\b(?:on[- ]?call|paged?|paging|owns?|owned|owner\w*|alerts?|alerting|monitor\w*|roll(?:s|ed)?[- ]?back|rollbacks?|goes down|outages?|incidents?|drift\w*|years?|maintain\w*|migrat\w*|runbooks?)\b/i,
  },
  { signal: 'requirements', pattern: /\b(?:10x|10×|ten ?fold|ten times|spikes?|peaks?|grows?|growth|doubles?|how many|how much traffic)\b/i },
  { signal: 'data-flow', pattern: /\b(?:stale\w*|cach\w*|consisten\w*|lag\w*|order(?:ing|ed)?|duplicates?|replay\w*|flows?|sync\w*|path|propagat\w*)\b/i },
];

/** The signal a probe's wording suggests, for probes written without a `[signal]` tag. */
export function inferSignal(question: string): SignalId {
  for (const { signal, pattern } of SIGNAL_WORDS) if (pattern.test(question)) return signal;
  return 'trade-offs';
}

/** How a list of questions is named in its problems: the section and one item of it. */
export interface QuestionListNames {
  /** The section as the file names it, e.g. `Follow-ups`. */
  readonly section: string;
  /** One item, lower case, e.g. `follow-up`. */
  readonly item: string;
  /** At most this many items; more are each reported on their line. */
  readonly max?: number;
}

const FOLLOW_UP_NAMES: QuestionListNames = { section: 'Follow-ups', item: 'follow-up' };

/**
 * Reads the body of a prompt's Follow-ups section. `firstLine` is the 1-based file line of the
 * body's first line, so problems name the line to fix. Continuation lines join the item above.
 */
export function parsePromptFollowUps(markdown: string, firstLine: number): { followUps: PromptFollowUp[]; problems: FollowUpProblem[] } {
  const { questions, problems } = parseQuestionList(markdown, firstLine, FOLLOW_UP_NAMES);
  return { followUps: questions, problems };
}

/**
 * Reads a list of interviewer questions (`## Follow-ups`, `## Curveballs`): one list item each, an
 * optional `[signal]` tag, continuation lines joined to the item above. `firstLine` is the 1-based
 * file line of the body's first line, so problems name the line to fix.
 */
export function parseQuestionList(markdown: string, firstLine: number, names: QuestionListNames): { questions: PromptFollowUp[]; problems: FollowUpProblem[] } {
  const followUps: PromptFollowUp[] = [];
  const problems: FollowUpProblem[] = [];
  const items: { line: number; text: string }[] = [];
  const lines = markdown.split('\n');
  const { section, item: noun } = names;
  const Noun = noun[0].toUpperCase() + noun.slice(1);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const item = ITEM.exec(line);
    if (item) items.push({ line: firstLine + i, text: (item[1] ?? '').trim() });
    else if (items.length > 0 && NESTED_OR_CONTINUATION.test(line)) items[items.length - 1].text += ` ${line.trim()}`;
    else if (line.trim() !== '' && !line.trim().startsWith('<!--')) {
      problems.push({ line: firstLine + i, message: `${section} holds a list of questions: write each as "- question?" (text outside the list is not read)` });
    }
  }
  const seen = new Set<string>();
  for (const { line, text } of items) {
    let question = text;
    let signal: SignalId | undefined;
    const tag = TAG.exec(question);
    if (tag) {
      if (!isSignalId(tag[1])) {
        problems.push({ line, message: `Unknown signal [${tag[1]}] in ${section}; expected one of ${SIGNAL_IDS.map((s) => `[${s}]`).join(', ')}` });
        continue;
      }
      signal = tag[1];
      question = question.slice(tag[0].length);
    }
    question = question.replace(/\s+/g, ' ').trim();
    if (!question) {
      problems.push({ line, message: `Empty ${noun}: write the question after the list marker` });
      continue;
    }
    if (question.length > MAX_FOLLOW_UP_LENGTH) {
      problems.push({ line, message: `${Noun} is ${question.length} characters long; keep each under ${MAX_FOLLOW_UP_LENGTH}, a question to ask aloud` });
      continue;
    }
    const key = question.toLowerCase();
    if (seen.has(key)) {
      problems.push({ line, message: `Duplicate ${noun}: the same question is listed twice` });
      continue;
    }
    seen.add(key);
    if (names.max !== undefined && followUps.length >= names.max) {
      problems.push({ line, message: `More than ${names.max} ${noun}s: list at most ${names.max}` });
      continue;
    }
    followUps.push({ question, signal: signal ?? inferSignal(question) });
  }
  if (items.length === 0 && problems.length === 0) {
    problems.push({ line: Math.max(1, firstLine - 1), message: `${section} has no questions: list each as "- question?", or remove the section` });
  }
  problems.sort((a, b) => a.line - b.line);
  return { questions: followUps, problems };
}
