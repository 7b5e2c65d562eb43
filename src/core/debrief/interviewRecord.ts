/**
 * Mock interviews in an answer's front matter, beside `practice:`: the questions the interviewer
 * asked in a session, the scorecard's suggested 1-4 rating of each signal when the debrief opened,
 * and the user's own rating after the debrief.
 *
 * ```yaml
 * interviews:
 *   - started: 2025-01-02T10:00:00Z     # the same start as the session's practice record
 *     ratings: { requirements: 3, trade-offs: 2 }
 *     suggested: { requirements: 3, trade-offs: 3 }
 *     questions:
 *       - Why Redis here over Memcached, and what would make you switch?
 * ```
 *
 * Like the practice record, these writes never cost the user a byte: they go through
 * `frontMatterEdit`, which only inserts lines or replaces the one line it was asked to change, and
 * refuses, saying why, when that is impossible.
 */
import { isMap, type Node } from 'yaml';
import { appendToFrontMatterList, setListItemKey, type FrontMatterEdit } from '../answer/frontMatterEdit';
import { parseFrontMatter } from '../answer/frontMatter';
import { splitLines } from '../answer/parseAnswer';

/** The front-matter key that holds the mock interviews. */
export const INTERVIEWS_KEY = 'interviews';

/** A rating of one signal: 1 (not shown) to 4 (strong). */
export type SignalRating = 1 | 2 | 3 | 4;

/** The ratings of one session, by signal id. Signals the user did not rate are absent. */
export type SignalRatings = Readonly<Record<string, SignalRating>>;

/** One mock interview as the front matter keeps it. */
export interface InterviewRecord {
  /** When the session started, ISO 8601 in UTC to the second: the key that ties it to its practice record. */
  readonly started: string;
  /** The questions asked, in order. */
  readonly questions: readonly string[];
  /** The user's ratings, saved from the debrief. */
  readonly ratings?: SignalRatings;
  /** The scorecard's ratings when the debrief opened. */
  readonly suggested?: SignalRatings;
}

/** The keys of an interview record that hold ratings: the user's, and the scorecard's. */
export type RatingsKey = 'ratings' | 'suggested';

/** Edits to apply (1-based lines, as `applyFixes` takes them), or why none can be made. */
export type FrontMatterEditResult = FrontMatterEdit;

/**
 * Edits that append `record` (without ratings: those come from the debrief, see `rateInterview`)
 * to the `interviews:` list, creating the key, and the front matter when the file has none.
 */
export function recordInterview(text: string, record: Pick<InterviewRecord, 'started' | 'questions'>): FrontMatterEditResult {
  const result = appendToFrontMatterList(text, INTERVIEWS_KEY, { started: record.started, questions: [...record.questions] });
  return 'error' in result ? { error: `${capitalise(result.error)}; the questions of the mock interview were not recorded` } : result;
}

/**
 * Edits that set the ratings of the interview that started at `started` (the last one, if several
 * did): its `ratings:` line (or `suggested:` with `key`) is replaced, or a new one is inserted after
 * its `started:`. Refuses, with the reason, when the interview is not there or the ratings are not 1-4.
 */
export function rateInterview(text: string, started: string, ratings: SignalRatings, key: RatingsKey = 'ratings'): FrontMatterEditResult {
  const notSaved = key === 'ratings' ? 'the ratings were not saved' : 'the suggested ratings were not saved';
  for (const [signal, value] of Object.entries(ratings)) {
    if (![1, 2, 3, 4].includes(value)) return { error: `The rating of ${JSON.stringify(signal)} must be 1, 2, 3 or 4; ${notSaved}` };
  }
  const fm = parseFrontMatter(splitLines(text));
  if (fm?.error) return { error: `${fm.error.message} (line ${fm.error.line + 1}); ${notSaved}` };
  const list = fm?.data[INTERVIEWS_KEY];
  let index = -1;
  if (Array.isArray(list)) for (let i = list.length - 1; i >= 0 && index < 0; i--) if (isObject(list[i]) && dateText((list[i] as Record<string, unknown>).started) === started) index = i;
  if (index < 0) return { error: `The front matter has no interview started ${started} under "${INTERVIEWS_KEY}"; ${notSaved}` };
  const result = setListItemKey(text, INTERVIEWS_KEY, index, key, { ...ratings }, { shape: flowMapping });
  return 'error' in result ? { error: `${capitalise(result.error)}; ${notSaved}` } : result;
}

/** Reads the mock interviews from parsed front matter, skipping malformed ones. Never throws. */
export function readInterviewHistory(data: Readonly<Record<string, unknown>>): InterviewRecord[] {
  const list = isObject(data) ? data[INTERVIEWS_KEY] : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown): InterviewRecord[] => {
    if (!isObject(entry)) return [];
    const started = dateText(entry.started);
    if (started === undefined) return [];
    const questions = Array.isArray(entry.questions) ? entry.questions.filter((q): q is string => typeof q === 'string' && q.trim() !== '') : [];
    const ratings = readRatings(entry.ratings);
    const suggested = readRatings(entry.suggested);
    return [{ started, questions, ...(ratings ? { ratings } : {}), ...(suggested ? { suggested } : {}) }];
  });
}

/** The 1-4 ratings of a mapping; undefined when it holds none. */
function readRatings(value: unknown): SignalRatings | undefined {
  if (!isObject(value)) return undefined;
  const ratings: Record<string, SignalRating> = {};
  for (const [signal, rating] of Object.entries(value)) if (rating === 1 || rating === 2 || rating === 3 || rating === 4) ratings[signal] = rating;
  return Object.keys(ratings).length > 0 ? ratings : undefined;
}

/** The ratings on one line: `{ requirements: 3, trade-offs: 2 }`. */
function flowMapping(node: Node): void {
  if (isMap(node)) node.flow = true;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A start as text: a parseable date string, or a Date from a YAML 1.1 reader. */
function dateText(value: unknown): string | undefined {
  if (typeof value === 'string') return Number.isFinite(Date.parse(value)) ? value : undefined;
  if (value instanceof Date && Number.isFinite(value.getTime())) return value.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return undefined;
}
