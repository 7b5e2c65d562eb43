/**
 * Telling prompt files from answers. A prompt file names a `template` too, so without this check
 * the linter would read it as an answer and report every answer section missing.
 */
import { frontMatterHead, parseFrontMatter, type FrontMatter } from '../answer/frontMatter';
import { splitLines } from '../answer/parseAnswer';

/** The front-matter keys that together mark a prompt file. */
const PROMPT_KEYS = ['id', 'title', 'team'] as const;

/**
 * Whether `text` is a prompt file: its front matter has `id`, `title` and `team`. Front matter that
 * does not parse still counts when those keys start lines in it, so a prompt file with a YAML
 * mistake is not suddenly linted as an answer.
 */
export function isPromptFileText(text: string): boolean {
  const lines = splitLines(frontMatterHead(text));
  return isPromptFileHeader(lines, parseFrontMatter(lines));
}

/** `isPromptFileText` for a file already split into lines with its front matter read. */
export function isPromptFileHeader(lines: readonly string[], frontMatter: FrontMatter | undefined): boolean {
  if (!frontMatter) return false;
  if (!frontMatter.error) return PROMPT_KEYS.every((key) => key in frontMatter.data);
  const found = new Set<string>();
  const last = frontMatter.endLine > frontMatter.startLine ? frontMatter.endLine : lines.length;
  for (let i = frontMatter.startLine + 1; i < last; i++) {
    const key = /^([a-z]+)\s*:/.exec(lines[i])?.[1];
    if (key) found.add(key);
  }
  return PROMPT_KEYS.every((key) => found.has(key));
}
