/**
 * VS Code snippets built from the templates, so a snippet can never drift from what the linter and
 * quick fixes expect. `scripts/gen-snippets.mjs` writes them to snippets/; a unit test checks the
 * committed file matches.
 */
import { SKELETON_PROMPT, TEMPLATES, type SectionSpec, type Template } from './templates';

/** One entry of a `.code-snippets` file. */
export interface Snippet {
  readonly prefix: string;
  readonly body: string[];
  readonly description: string;
  readonly scope: string;
}

/** Escapes text so VS Code's snippet syntax reads it literally. */
function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** A section's skeleton with each `_prompt_` turned into a tab stop, numbered from `first`. */
function sectionBody(spec: SectionSpec, first: number): { lines: string[]; next: number } {
  let n = first;
  const lines = [`## ${spec.title}`, ''];
  for (const line of spec.skeleton.split('\n')) {
    // Every other part of the split is a prompt's text (the pattern's one group).
    lines.push(
      line
        .split(SKELETON_PROMPT)
        .map((part, i) => (i % 2 === 1 ? `\${${n++}:${escapeSnippet(part)}}` : escapeSnippet(part)))
        .join(''),
    );
  }
  return { lines, next: n };
}

/** Snippets for every section of every template (`dp-<section>`) and a whole answer per template. */
export function buildSnippets(templates: readonly Template[] = [...TEMPLATES.values()]): Record<string, Snippet> {
  const snippets: Record<string, Snippet> = {};
  const firstSkeleton = new Map<string, string>();
  for (const template of templates) {
    const isMl = template.id === 'ml-system-design';
    let n = 2;
    const body = ['---', `template: ${template.id}`, '---', '', '# ${1:What you are designing}', ''];
    // The whole answer has the required sections; optional ones (Follow-ups) have their own snippet.
    for (const spec of template.sections.filter((t) => t.required)) {
      const s = sectionBody(spec, n);
      n = s.next;
      body.push(...s.lines, '');
    }
    body.push('$0');
    snippets[`Design Practice: ${template.title} answer`] = {
      prefix: isMl ? 'dp-ml-answer' : 'dp-answer',
      body,
      description: `A whole ${template.title} answer: front matter and every section with its guiding bullets`,
      scope: 'markdown',
    };
    for (const spec of template.sections) {
      // A section shared by templates is written once; one with its own skeleton gets its own prefix.
      const seen = firstSkeleton.get(spec.id);
      if (seen === spec.skeleton) continue;
      firstSkeleton.set(spec.id, seen ?? spec.skeleton);
      const own = seen !== undefined;
      const prefix = own ? `dp-${isMl ? 'ml-' : `${template.id}-`}${spec.id}` : `dp-${spec.id}`;
      const name = `Design Practice: ${spec.title} section${own ? ` (${template.title})` : ''}`;
      snippets[name] = {
        prefix,
        body: [...sectionBody(spec, 1).lines, '', '$0'],
        description: `${spec.title}: ${spec.purpose}`,
        scope: 'markdown',
      };
    }
  }
  return snippets;
}

/** The prefix every snippet shares; typing it offers them. */
export const SNIPPET_PREFIX = 'dp-';

/**
 * Where the `dp-...` word the cursor ends starts, in `linePrefix` (the line's text before the
 * cursor); undefined when the cursor does not end such a word. Only the last few characters are
 * read, so a long line costs nothing.
 */
export function snippetWordStart(linePrefix: string): number | undefined {
  const tail = linePrefix.slice(-64);
  const m = /(?:^|[^\w-])(dp-[a-z-]*)$/.exec(tail);
  return m ? linePrefix.length - m[1].length : undefined;
}
