/** The text of a new answer, and the file names of further attempts. Pure functions. */
import type { Prompt } from '../catalog/prompt';
import { sectionMarkdown } from '../lint/fixes';
import { getTemplate, SYSTEM_DESIGN, type Template } from './templates';

/** What an answer's front matter records. */
export interface AnswerMeta {
  readonly prompt: string;
  readonly template: string;
  readonly level: string;
  /** ISO date, `YYYY-MM-DD`. */
  readonly started: string;
}

/** Choices for a new answer's text. */
export interface ScaffoldOptions {
  /**
   * Copy the prompt's clarifying questions under Requirements (setting
   * `designPractice.scaffold.includeClarifyingQuestions`). Off by default: asking them is part of
   * the practice, so the answer starts without them.
   */
  readonly includeClarifyingQuestions?: boolean;
}

/**
 * The Markdown of a new answer to `prompt`: front matter, a title and every section's skeleton, with
 * the prompt's clarifying questions under Requirements when `options` asks for them. `today` is
 * passed in so the result is pure.
 */
export function scaffoldAnswer(
  prompt: Pick<Prompt, 'id' | 'title' | 'level' | 'template' | 'clarifyingQuestions'>,
  today: Date,
  options: ScaffoldOptions = {},
): string {
  const template = getTemplate(prompt.template) ?? SYSTEM_DESIGN;
  const meta: AnswerMeta = { prompt: prompt.id, template: template.id, level: prompt.level, started: today.toISOString().slice(0, 10) };
  const questions = options.includeClarifyingQuestions ? prompt.clarifyingQuestions : [];
  return [frontMatterText(meta), `# ${prompt.title}`, '', sectionsText(template, questions)].join('\n');
}

/** A blank answer for a template, with no prompt (an untitled practice). */
export function scaffoldBlankAnswer(template: Template, today: Date): string {
  return [`---\ntemplate: ${template.id}\nstarted: ${today.toISOString().slice(0, 10)}\n---`, '', '# My design', '', sectionsText(template, [])].join('\n');
}

function frontMatterText(meta: AnswerMeta): string {
  return ['---', `prompt: ${meta.prompt}`, `template: ${meta.template}`, `level: ${meta.level}`, `started: ${meta.started}`, '---', ''].join('\n');
}

function sectionsText(template: Template, questions: readonly string[]): string {
  // Optional sections (Follow-ups) are added when they are needed, not scaffolded empty.
  return template.sections
    .filter((spec) => spec.required)
    .map((spec) => {
      const base = sectionMarkdown(spec, 2);
      if (spec.id !== 'requirements' || questions.length === 0) return base;
      const asked = ['', '**Clarifying questions to ask:**', '', ...questions.map((q) => `- ${q}`), ''].join('\n');
      return base + asked;
    })
    .join('\n');
}

/**
 * The file name for attempt `n` of an answer: `slug.md`, then `slug-2.md`, `slug-3.md`, ...
 */
export function attemptFileName(slug: string, attempt: number): string {
  return attempt <= 1 ? `${slug}.md` : `${slug}-${attempt}.md`;
}

/**
 * The first attempt number whose file name is not taken, so nothing is ever overwritten.
 * `exists` answers for a file name in the answer's folder.
 */
export async function nextFreeAttempt(slug: string, exists: (fileName: string) => Promise<boolean>, limit = 1000): Promise<{ attempt: number; fileName: string }> {
  for (let attempt = 1; attempt <= limit; attempt++) {
    const fileName = attemptFileName(slug, attempt);
    if (!(await exists(fileName))) return { attempt, fileName };
  }
  throw new Error(`More than ${limit} attempts of ${slug} already exist`);
}
