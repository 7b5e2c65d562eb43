/**
 * `probesFor`: the questions an interviewer would ask back about an answer, in the order to ask
 * them: first about the candidate's own words (quoting the line), then the prompt's follow-ups.
 * Pure and deterministic: the same answer and prompt always give the same probes.
 */
import { sectionMatcherFor, stripInlineMarkdown } from '../answer/headingMatch';
import { parseAnswer, splitLines, type AnswerDocument } from '../answer/parseAnswer';
import { parseFrontMatter, stringField } from '../answer/frontMatter';
import { bodyLines, BodyLine, excerpt, sentenceAt, sentenceStarts, visibleLines } from '../answer/sectionText';
import { DEFAULT_TEMPLATE_ID, getTemplate } from '../answer/templates';
import type { Prompt } from '../catalog/prompt';
import { DEFAULT_TECHNOLOGIES } from '../lint/config';
import { askedFollowUps, FOLLOW_UPS_SECTION_ID, questionKey } from '../answer/followUps';
import { claimLines } from './claims';
import { PROBE_RULES } from './rules';
import type { Answered, Probe, ProbeContext, ProbeLine, ProbeRule } from './types';

/** What `probesFor` may be told beyond the answer and the prompt; all optional. */
export interface ProbeOptions {
  /** Technology names to ask about (SD007's list, `DEFAULT_TECHNOLOGIES`, unless configured). */
  readonly technologies?: readonly string[];
  /** Extra heading aliases per section id, as the lint configuration has them. */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
  /** Template for an answer text whose front matter names none (and no prompt says). */
  readonly defaultTemplate?: string;
  /** The rules to run; all of them by default (tests run one at a time). */
  readonly rules?: readonly ProbeRule[];
}

/** The part of a prompt the probes use. */
export type ProbePrompt = Pick<Prompt, 'followUps' | 'template'>;

/** Longest quote carried by a probe. */
const QUOTE_LENGTH = 120;
const LINE_LEAD = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?/;
const HEADING_LEAD = /^[ \t]{0,3}#{1,6}[ \t]+/;
const NUMBER_LEAD = /^(\*\*|__|)(?:step[ \t]{1,4})?\d{1,4}[.):][ \t]+/i;

/**
 * The probes for `answer` (its text, or an answer already parsed, e.g. by the linter) to `prompt`,
 * in the order to ask them: the answer's probes by line, then the prompt's follow-ups in file order.
 * A question already answered under the answer's `## Follow-ups` (`### Q: ...` with text under it)
 * is left out. Never throws on any text.
 */
export function probesFor(answer: string | AnswerDocument, prompt?: ProbePrompt, options: ProbeOptions = {}): Probe[] {
  const doc = typeof answer === 'string' ? parseAnswerText(answer, prompt, options) : answer;
  const templateId = doc.templateId ?? prompt?.template ?? options.defaultTemplate;
  const context: ProbeContext = {
    answer: doc,
    ml: templateId === 'ml-system-design',
    technologies: options.technologies ?? DEFAULT_TECHNOLOGIES,
    lines: candidateLines(doc),
    everywhere: allLines(doc),
  };

  const fromAnswer: (Probe & { order: number })[] = [];
  const rules = options.rules ?? PROBE_RULES;
  const prompted = prompt?.followUps ?? [];
  // Prompt follow-ups left out because an answer probe quoting the candidate asks the same.
  const duplicated = new Set<number>();
  rules.forEach((rule, order) => {
    if (rule.mlOnly && !context.ml) return;
    if (rule.answered && alreadyAnswered(context, rule.answered)) return;
    for (const found of rule.find(context)) {
      const line = found.line;
      // A heading names a part of the answer: the probe links to it but quotes nothing.
      const quote = line === undefined || HEADING_LEAD.test(visibleLines(doc)[line] ?? '') ? undefined : quoteOf(doc, line, found.column ?? 0);
      const topic = found.topic ?? rule.topic;
      const twin = topic ? prompted.findIndex((f) => topic.test(f.question)) : -1;
      if (twin >= 0) {
        // One question, not two: the one quoting the candidate, else the prompt's own wording.
        if (!quote) continue;
        duplicated.add(twin);
      }
      fromAnswer.push({
        id: `${rule.id}:${slug(found.subject)}`,
        question: found.question,
        source: 'answer',
        ...(line !== undefined ? { line } : {}),
        ...(quote ? { quote } : {}),
        signal: rule.signal,
        order,
      });
    }
  });
  // By line, then rule order; probes with no line (about an absent section) after those with one.
  fromAnswer.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || a.order - b.order);

  const probes: Probe[] = fromAnswer.map(({ order: _order, ...probe }) => probe);
  prompted.forEach((f, i) => {
    if (!duplicated.has(i)) probes.push({ id: `prompt:${i + 1}`, question: f.question, source: 'prompt', signal: f.signal });
  });

  const answered = new Set(askedFollowUps(doc).filter((a) => a.answered).map((a) => questionKey(a.question)));
  const ids = new Set<string>();
  const out: Probe[] = [];
  for (const probe of probes) {
    if (answered.has(questionKey(probe.question))) continue;
    let id = probe.id;
    for (let n = 2; ids.has(id); n++) id = `${probe.id}-${n}`;
    ids.add(id);
    out.push(id === probe.id ? probe : { ...probe, id });
  }
  return out;
}

/** Whether the candidate's own lines already answer a rule's question: `need` of its patterns occur in them. */
function alreadyAnswered(context: ProbeContext, answered: Answered): boolean {
  let found = 0;
  for (const pattern of answered.patterns) {
    if (context.lines.some((l) => !l.heading && pattern.test(l.text)) && ++found >= answered.need) return true;
  }
  return false;
}

/** Parses an answer's text against its template: the one its front matter names, else the prompt's, else the default. */
function parseAnswerText(text: string, prompt: ProbePrompt | undefined, options: ProbeOptions): AnswerDocument {
  const lines = splitLines(text);
  const frontMatter = parseFrontMatter(lines);
  const named = frontMatter ? stringField(frontMatter.data, 'template') : undefined;
  const template =
    (named && getTemplate(named)) || (prompt && getTemplate(prompt.template)) || getTemplate(options.defaultTemplate ?? DEFAULT_TEMPLATE_ID) || getTemplate(DEFAULT_TEMPLATE_ID)!;
  return parseAnswer(text, { template, matcher: sectionMatcherFor(template, options.aliases) }, lines, frontMatter);
}

/** An HTML element that holds a Mermaid diagram (`<div class="mermaid">`, `<pre class="mermaid">`), opened on this line. */
const MERMAID_ELEMENT = /<(div|pre)\b[^<>\n]{0,200}\bclass[ \t]*=[ \t]*["'][^"'\n]{0,100}\bmermaid\b/i;

/**
 * The candidate's own lines in every recognised section except Follow-ups, with comments blanked.
 * Code is not among them, so neither is a fenced Mermaid diagram; nor is a diagram in an HTML
 * element, whose node labels would otherwise read as prose (a blank line inside it ends the HTML block).
 */
function candidateLines(doc: AnswerDocument): ProbeLine[] {
  const kinds = bodyLines(doc);
  const visible = visibleLines(doc);
  const out: ProbeLine[] = [];
  for (const section of doc.sections) {
    const id = section.spec?.id;
    if (!id || id === FOLLOW_UPS_SECTION_ID) continue;
    let under: string | undefined;
    // The closing tag of a Mermaid element still open, if any.
    let diagramEnd: string | undefined;
    for (let line = section.bodyStart; line < section.end; line++) {
      const raw = doc.lines[line] ?? '';
      if (diagramEnd === undefined) {
        const open = MERMAID_ELEMENT.exec(raw);
        if (open) diagramEnd = `</${open[1].toLowerCase()}`;
      }
      if (diagramEnd !== undefined) {
        if (raw.toLowerCase().includes(diagramEnd)) diagramEnd = undefined;
        continue;
      }
      const kind = kinds[line];
      if (kind === BodyLine.Heading) under = visible[line];
      if (kind === BodyLine.Content || kind === BodyLine.Heading) out.push({ line, text: visible[line], sectionId: id, heading: kind === BodyLine.Heading, ...(under !== undefined && kind !== BodyLine.Heading ? { under } : {}) });
    }
  }
  // Only the candidate's own claims: rejected alternatives, questions and other speakers are blanked.
  return claimLines(out, visible);
}

/** Every line of the design sections, code included, for what an Operability question may find anywhere. */
function allLines(doc: AnswerDocument): string[] {
  const kinds = bodyLines(doc);
  const visible = visibleLines(doc);
  const out: string[] = [];
  for (const section of doc.sections) {
    if (!section.spec?.id || section.spec.id === FOLLOW_UPS_SECTION_ID) continue;
    for (let line = section.bodyStart; line < section.end; line++) if (kinds[line] === BodyLine.Content || kinds[line] === BodyLine.Code) out.push(visible[line]);
  }
  return out;
}

/**
 * The words a probe quotes: the sentence of `line` that holds `column`, with list markers and inline
 * Markdown (links, emphasis) removed, shortened around the column when it is long.
 */
function quoteOf(doc: AnswerDocument, line: number, column: number): string | undefined {
  const full = visibleLines(doc)[line] ?? '';
  // The list marker or heading hashes are not the candidate's words.
  const marker = Math.max(LINE_LEAD.exec(full)?.[0].length ?? 0, HEADING_LEAD.exec(full)?.[0].length ?? 0);
  // A bold list number ("**1. API Gateway**") is not the candidate's words either.
  const rest = full.slice(marker);
  const numbered = NUMBER_LEAD.exec(rest);
  const text = numbered ? numbered[1] + rest.slice(numbered[0].length) : rest;
  const shift = numbered ? numbered[0].length - numbered[1].length : 0;
  const at = Math.max(0, column - marker - shift);
  const starts = sentenceStarts(text);
  const sentence = sentenceAt(starts, at);
  const start = starts[sentence];
  const end = sentence + 1 < starts.length ? starts[sentence + 1] : text.length;
  const before = plainText(text.slice(start, Math.max(start, at)));
  const after = plainText(text.slice(Math.max(start, at), end));
  // A long sentence is cut to start a few words before the subject, so the quote shows it.
  let lead = before;
  if (before.length > QUOTE_LENGTH / 2) {
    const cut = before.indexOf(' ', before.length - QUOTE_LENGTH / 4);
    lead = `…${before.slice(cut < 0 ? before.length - QUOTE_LENGTH / 4 : cut + 1)}`;
  }
  return excerpt(lead + after, QUOTE_LENGTH) || undefined;
}

/** Inline Markdown removed, including the halves of a link that a cut at the subject split apart. */
function plainText(markdown: string): string {
  return stripInlineMarkdown(markdown)
    .replace(/\]\([^)\s]*\)?/g, '')
    .replace(/[[\]]/g, '');
}

/** A subject as an id part: lower-case words joined by hyphens. */
function slug(subject: string): string {
  return (
    subject
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'item'
  );
}
