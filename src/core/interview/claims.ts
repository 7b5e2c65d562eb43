/**
 * What in an answer's lines is the candidate's own claim. Before any rule reads a line, the words
 * that are not a choice of the candidate's are blanked (replaced by spaces, so columns and quotes
 * stay right): the rejected side of a comparison or a negation ("rather than a local LRU", "without
 * Redis", "Alternative: Kafka"), a question (the candidate's clarifying questions, an interviewer's
 * line), another company's stack, the cells of a table that are not chosen, and what is not prose:
 * images and their alt text or captions, HTML tags, a table of contents, a quoted statement. Lines that are
 * labels (`**1. API Gateway**`) are marked as headings: they name a part, they are not a sentence to
 * quote. Every pattern here is linear in the line's length.
 */

/** One line as the rules read it. */
export interface ClaimLine {
  readonly line: number;
  readonly text: string;
  readonly heading: boolean;
  /** The sub-heading the line is under (its text), if any. */
  readonly under?: string;
  /**
   * What the line rejects, if anything: the words after a negation or on the rejected side of a
   * comparison, a row marked ❌, cells under a column of alternatives (joined by " | "). A concept the
   * answer rejects somewhere is not one it raises elsewhere.
   */
  readonly rejected?: string;
}

/** A speaker's turn that is not the candidate's: "**Interviewer:** ...", "Q: ...". */
const OTHER_SPEAKER = /^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:interviewer|q|question)[ \t]*:?(?:\*\*|__)?[ \t]*:/i;
/** A speaker's turn that is the candidate's again. */
const OWN_SPEAKER = /^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:candidate|me|a|answer)[ \t]*:?(?:\*\*|__)?[ \t]*:/i;

/** Sub-headings whose lines are not the candidate's design: questions to ask, other companies' systems, history, a table of contents. */
const NOT_OWN_PART =
  /\b(?:questions?(?: I'?d| to)? (?:ask|expect)|key questions|clarifying questions|questions for the interviewer|follow[- ]up questions|(?:actually|really) uses?|how (?:teams|companies|others) do it|in the wild|alternatives? considered|references|further reading|provenance|table of contents|toc)\b/i;

/** An image (`![alt](src)`, alt text included) or an HTML tag (`<img alt="...">`): markup, not a claim. */
const MARKUP = /!\[[^[\]\n]{0,300}\]\([^()\n]{0,300}\)|<[^<>\n]{1,300}>/g;
/** A line that is only an image: the paragraph after it may be its caption. */
const IMAGE_LINE = /^[ \t>]*(?:!\[[^[\]\n]{0,300}\]\([^()\n]{0,300}\)|<img\b[^<>\n]{0,300}>)[ \t]*$/i;
/** How a caption starts: italics, or "Figure 3:", "Fig. 2", "Source:". */
const CAPTION_START = /^[ \t>]*(?:[*_](?![*_\s])|(?:\*\*|__)?(?:figure|fig\.|caption|source|image)\b)/i;
/** A line of a table of contents: a list item that is only a link to a heading of the document. */
const TOC_ITEM = /^[ \t]*(?:[-*+]|\d{1,4}[.)])[ \t]+\[[^[\]\n]{1,200}\]\(#[^()\s]{0,200}\)[ \t]*$/;
/**
 * A statement in double quotes: words the author quotes (a misconception, a slogan, someone else's
 * line), not a claim of theirs. Only quotes of four or more words with a verb: a quoted term ("read
 * your own writes") stays.
 */
const QUOTED = /"([^"\n]{1,200})"|“([^”\n]{1,200})”/g;
const STATEMENT_VERB = /\b(?:is|are|was|were|will|would|can|cannot|should|must|just|does|do|did|has|have|never|always)\b/i;

/** A label line: only bold text (after a list marker or number), with an optional colon. */
const LABEL_LINE = /^[ \t>]*(?:(?:[-*+]|\d{1,4}[.)])[ \t]+)?(?:\*\*|__)[^*_\n]{1,200}(?:\*\*|__)[ \t]*:?[ \t]*$/;

/**
 * Cues that what follows, to the end of its clause, is not chosen: a negation, the rejected side of
 * a comparison, an alternative, something replaced. "X over Y" rejects Y; "like Redis" compares.
 */
const REJECTING =
  /\b(?:without|no|not|never|nor|skip(?:s|ped|ping)?|avoid(?:s|ed|ing)?|instead of|rather than|over|unlike|(?<!(?:'d|would|we|I|you|they) )like|replac(?:e|es|ed|ing)|migrat(?:e|es|ed|ing)(?: away)? from|moved? (?:away )?from|pre-\d{4}|previously|formerly|instead|(?:original|legacy|previous|prior|former|old)(?=[ \t]{1,4}[A-Z][\w.+-]{1,30}[ \t]{1,4}(?:setup|system|stack|cluster|deployment|implementation|architecture|solution|version)\b)|naive(?: approach| solution| version)?)\b/gi;

/** Cues that reject a whole list after them, through its commas: "Alternatives: A, B or C". */
const REJECTING_LIST = /\b(?:alternatives?|versus|vs\.?|compared (?:to|with)|benchmark(?:s|ed|ing)?|considered|rejected|ruled out|cons?)\b/gi;

/**
 * Cues that the sentence tells the system's past: "The architecture evolved in four phases: (1) ...
 * on Elasticsearch, (2) ...", "Historically, search ran on Solr". What it names was superseded, so
 * the rest of the sentence is not a choice, through its commas, colons and numbered steps. Past tense
 * only: a plan ("initially a single Postgres, sharded later") is a choice.
 */
const HISTORY = /\b(?:(?:has|had|have)[ \t]+)?(?:evolved|originally|historically|over the years|in the early days|back then)\b/gi;
/** The end of a sentence. */
const SENTENCE_END = /[.!?](?=[ \t]|$)/g;

/** The end of a clause after a cue. */
const CLAUSE_END = /[.;:!?()[\]|—]|,(?=\s)|\s(?:but|and then|so|which|while|whereas)\s/g;
/** The end of a list after a list cue. */
const LIST_END = /[.;!?()[\]|—]|\s(?:but|while|whereas)\s/g;

/** A table's separator row. */
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;

/** Header cells whose column holds what was not chosen. */
const REJECTED_COLUMN = /\b(?:alternatives?|rejected|instead|not chosen|cons|downsides?|drawbacks?|why not|vs)\b/i;
/** Header cells whose column holds what was chosen. */
const CHOSEN_COLUMN = /\b(?:chosen|choice|decision|ours|picked|selected|used|we use|winner)\b/i;
/** Header cells that list options, each weighed rather than chosen. */
const OPTIONS_HEADER = /\b(?:options?|approach(?:es)?|alternatives?|candidates?|technolog(?:y|ies)|features?|pros)\b/i;
/** A row marked as chosen or not. */
const CHOSEN_MARK = /✅|✔|\(chosen\)|\(recommended\)/;
const REJECTED_MARK = /❌|✗|✘/;

/** Ranges to blank, collected and then applied in one pass, so many ranges cost linear time. */
type Ranges = [number, number][];

/** `text` with every range replaced by spaces (ranges may overlap and come in any order). */
function applyBlanks(text: string, ranges: Ranges): string {
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of ranges) {
    const start = Math.max(from, at);
    if (to <= start) continue;
    parts.push(text.slice(at, start), ' '.repeat(to - start));
    at = to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}


/** Every sentence that ends with a question mark blanked: a question asks, it claims nothing. */
function withoutQuestions(text: string): string {
  if (!text.includes('?')) return text;
  const ranges: Ranges = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let end = i;
    while (end + 1 < text.length && (text[end + 1] === '.' || text[end + 1] === '!' || text[end + 1] === '?')) end++;
    if (text.slice(i, end + 1).includes('?')) ranges.push([start, end + 1]);
    start = end + 1;
    i = end;
  }
  return applyBlanks(text, ranges);
}

/**
 * Blanks, after each match of `cue`, the words up to the next match of `end` (a colon right after the
 * cue does not end it); the blanked words go to `rejected`.
 */
function blankAfter(text: string, cue: RegExp, end: RegExp, rejected: string[]): string {
  const ranges: Ranges = [];
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    const start = m.index + m[0].length;
    end.lastIndex = start;
    let found = end.exec(text);
    // "Alternative: X" and "Cons: X" reject what follows the colon.
    if (found && found[0] === ':' && found.index - start <= 2) {
      end.lastIndex = found.index + 1;
      found = end.exec(text);
    }
    const stop = found ? found.index : text.length;
    ranges.push([start, stop]);
    if (stop > start) rejected.push(text.slice(start, stop));
    cue.lastIndex = Math.max(cue.lastIndex, stop);
  }
  return applyBlanks(text, ranges);
}

/**
 * What argues against the subject of its clause: "Elasticsearch adds operational complexity", "X is
 * overkill", "AUC is misleading here", and the harm it did: "a separate FAISS system, which caused
 * post-filtering problems", "the Solr cluster buckled under the load".
 */
const ARGUED_AGAINST =
  /\b(?:adds?|adding|brings?) (?:(?:a lot of|more|extra|significant|operational|unnecessary) ){0,2}(?:complexity|overhead)|(?:is|are|would be|seems?) (?:an? )?overkill|(?:is|are|would be) too (?:slow|complex|costly|expensive|heavy)|hides?\b|(?:is|are|looks?|can be) misleading|misleads?\b|\bcaus(?:ed|es|ing)(?![ \t]{1,4}(?:no|few|little|zero)\b)(?:[ \t]{1,4}[\w/-]{1,40}){0,4}?[ \t]{1,4}(?:problems?|issues?|pain|burden|headaches?|outages?|incidents?)\b|\bbuckl(?:ed|es|ing)\b|\bfell over\b|\b(?:could(?:n't| not)|failed to) keep up\b/gi;
/** A relative clause's start: what it says is about the clause before its comma. */
const RELATIVE_START = /^[ \t]*(?:which|that|this)[ \t]*$/i;

/** The start of the clause that ends at `end`, looking back no further than `from`. */
function clauseStart(text: string, from: number, end: number): number {
  let start = from;
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (c === '.' || c === ';' || c === '!' || c === '?' || c === ':' || c === '|' || (c === ',' && /\s/.test(text[i + 1] ?? ''))) start = i + 1;
  }
  return start;
}

/** Blanks each clause from its start up to an argument against it ("X, which caused problems": the clause before the comma). */
function withoutArgumentsAgainst(text: string): string {
  const ranges: Ranges = [];
  let from = 0;
  ARGUED_AGAINST.lastIndex = 0;
  for (let m = ARGUED_AGAINST.exec(text); m; m = ARGUED_AGAINST.exec(text)) {
    // The clause starts after the last boundary between the previous argument and this one.
    let start = clauseStart(text, from, m.index);
    if (start > from && text[start - 1] === ',' && RELATIVE_START.test(text.slice(start, m.index))) start = clauseStart(text, from, start - 1);
    ranges.push([start, m.index]);
    from = m.index + m[0].length;
  }
  return applyBlanks(text, ranges);
}

/**
 * A technology named for how it works, not chosen: "Modern approach (Redis 6+)", "the model
 * (BERT-style)". Blanks the parenthesis.
 */
const REFERENCE_PAREN = /\b(?:approach|model|design|style|strategy|algorithm|technique|pattern)[ \t]{0,4}\(([^()\n]{1,80})\)/gi;

function withoutReferences(text: string): string {
  const ranges: Ranges = [];
  REFERENCE_PAREN.lastIndex = 0;
  for (let m = REFERENCE_PAREN.exec(text); m; m = REFERENCE_PAREN.exec(text)) ranges.push([m.index + m[0].length - m[1].length - 1, m.index + m[0].length - 1]);
  return applyBlanks(text, ranges);
}

/** Images, HTML tags and quoted statements blanked: markup and others' words, not claims. */
function withoutMarkupAndQuotes(text: string): string {
  const ranges: Ranges = [];
  if (text.includes('<') || text.includes('![')) {
    MARKUP.lastIndex = 0;
    for (let m = MARKUP.exec(text); m; m = MARKUP.exec(text)) ranges.push([m.index, m.index + m[0].length]);
  }
  if (text.includes('"') || text.includes('“')) {
    QUOTED.lastIndex = 0;
    for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
      const inner = m[1] ?? m[2] ?? '';
      if (inner.trim().split(/\s+/).length >= 4 && STATEMENT_VERB.test(inner)) ranges.push([m.index, m.index + m[0].length]);
    }
  }
  return applyBlanks(text, ranges);
}

/**
 * The line with every question sentence blanked, every clause or list after a rejecting cue, every
 * clause argued against, and markup and quoted statements. What the cues reject goes to `rejected`.
 */
export function ownWords(text: string, rejected: string[] = []): string {
  const own = blankAfter(blankAfter(withoutQuestions(withoutMarkupAndQuotes(text)), REJECTING_LIST, LIST_END, rejected), REJECTING, CLAUSE_END, rejected);
  return withoutReferences(withoutArgumentsAgainst(blankAfter(own, HISTORY, SENTENCE_END, rejected)));
}

/**
 * Whether 0-based `line` of the file is part of an image's caption: in a paragraph that starts like
 * a caption right after a line that is only an image (blank lines between allowed), or in one that
 * starts "Figure 3" anywhere. `raw` is the file's text as shown.
 */
function isCaption(raw: readonly string[], line: number): boolean {
  let start = line;
  // Back to the paragraph's first line; a paragraph of captions is short, so the walk is bounded.
  for (let n = 0; n < 12 && start > 0 && raw[start - 1].trim() !== '' && !IMAGE_LINE.test(raw[start - 1]); n++) start--;
  if (!CAPTION_START.test(raw[start] ?? '')) return false;
  if (/^[ \t>]*(?:\*\*|__)?fig(?:ure|\.)\s*\d/i.test(raw[start])) return true;
  let before = start - 1;
  while (before >= 0 && before > start - 3 && raw[before].trim() === '') before--;
  return before >= 0 && IMAGE_LINE.test(raw[before]);
}

function cells(row: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = row.indexOf('|') + 1;
  if (start === 0) return out;
  for (let i = start; i < row.length; i++) {
    if (row[i] === '|' && row[i - 1] !== '\\') {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (row.slice(start).trim() !== '') out.push({ start, end: row.length });
  return out;
}

/**
 * Blanks what in a table row is not a choice: the header row itself (it labels, it claims nothing),
 * rows marked ❌, cells under a column of alternatives, and, in a table of options weighed against
 * each other, the option's own cell unless the row is marked chosen.
 */
function tableRow(row: string, header: string, rejected: string[]): string {
  if (REJECTED_MARK.test(row)) {
    rejected.push(row);
    return ' '.repeat(row.length);
  }
  const heads = cells(header).map((c) => header.slice(c.start, c.end).trim());
  const parts = cells(row);
  const ranges: Ranges = [];
  const chosenColumn = heads.findIndex((h) => CHOSEN_COLUMN.test(h));
  parts.forEach((c, i) => {
    const head = heads[i] ?? '';
    if (REJECTED_COLUMN.test(head) && !CHOSEN_COLUMN.test(head)) {
      ranges.push([c.start, c.end]);
      rejected.push(row.slice(c.start, c.end));
    }
  });
  if (chosenColumn < 0 && heads.length > 0 && OPTIONS_HEADER.test(heads[0]) && parts.length > 0 && !CHOSEN_MARK.test(row)) {
    ranges.push([parts[0].start, parts[0].end]);
  }
  // A comparison table whose columns are the options ("| Feature | Redis | Memcached |") chooses none of them.
  if (chosenColumn < 0 && heads.length > 0 && /^(?:feature|aspect|criteri\w*|dimension|property|factor)s?$/i.test(heads[0])) {
    for (const c of parts.slice(1)) ranges.push([c.start, c.end]);
  }
  return applyBlanks(row, ranges);
}

/**
 * The candidate's claims in `lines` (file order, one section after another): the same lines with
 * what is not a claim blanked, label lines marked as headings, and the lines of other speakers and
 * of parts that are not the candidate's design blanked whole.
 */
export function claimLines<T extends ClaimLine>(lines: readonly T[], raw: readonly string[] = []): T[] {
  const out: T[] = [];
  let otherSpeaker = false;
  let previousLine = -2;
  let header: string | undefined;
  let headerLine = -2;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const adjacent = l.line === previousLine + 1;
    previousLine = l.line;
    if (!adjacent) otherSpeaker = false;
    if (l.heading) {
      otherSpeaker = false;
      out.push(l);
      continue;
    }
    if (OTHER_SPEAKER.test(l.text)) otherSpeaker = true;
    else if (OWN_SPEAKER.test(l.text)) otherSpeaker = false;
    let text = l.text;
    let heading = false;
    const rejected: string[] = [];
    if (otherSpeaker || (l.under !== undefined && NOT_OWN_PART.test(l.under)) || TOC_ITEM.test(text) || (raw.length > 0 && isCaption(raw, l.line))) text = ' '.repeat(text.length);
    else if (text.includes('|')) {
      // The separator row is punctuation only, so it may be missing from `lines`: read it from the file.
      const next = raw[l.line + 1] ?? (lines[i + 1]?.line === l.line + 1 ? lines[i + 1].text : '');
      if (TABLE_SEPARATOR.test(next) && next.includes('-')) {
        header = text;
        headerLine = l.line;
        text = ' '.repeat(text.length);
      } else if (TABLE_SEPARATOR.test(text)) {
        text = ' '.repeat(text.length);
      } else if (header !== undefined && l.line > headerLine) {
        text = ownWords(tableRow(text, header, rejected), rejected);
      } else text = ownWords(text, rejected);
    } else {
      header = undefined;
      if (LABEL_LINE.test(text)) heading = true;
      text = ownWords(text, rejected);
    }
    out.push({ ...l, text, heading: l.heading || heading, ...(rejected.length > 0 ? { rejected: rejected.join(' | ') } : {}) });
  }
  return out;
}
