/**
 * The `dp-` snippets, built from the templates so a snippet can never drift from what the linter and
 * quick fixes expect. The editor offers them itself (src/vscode/editor/snippetCompletions.ts) rather
 * than through a contributed snippets file: VS Code matches contributed snippets against any word
 * (`## Op` found `dp-operability`, and Enter wrote `## ## Operability`), and cannot leave out those
 * that do not fit the answer being written.
 */
import { SKELETON_PROMPT, TEMPLATES, type SectionSpec, type Template } from './templates';

/** One snippet: what is typed, the lines inserted (VS Code snippet syntax) and a line on what it is. */
export interface Snippet {
  readonly prefix: string;
  readonly body: string[];
  readonly description: string;
  readonly scope: string;
}

/** A snippet with what it fits: the templates whose answers it belongs in, and what it inserts. */
export interface SnippetEntry {
  /** Its name in the completion list, e.g. `Design Practice: Operability section`. */
  readonly name: string;
  readonly snippet: Snippet;
  /** Ids of the templates it belongs to; every template for a diagram. */
  readonly templates: readonly string[];
  /** The template section it inserts, for a section snippet. */
  readonly section?: string;
  /** Whether it is a whole answer (front matter and every required section). */
  readonly wholeAnswer?: boolean;
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

/**
 * Every snippet, in the order the list shows them: a whole answer per template, a section snippet per
 * section (`dp-<section>`, or `dp-ml-<section>` where the ML template words it its own way), then the
 * diagrams.
 */
export function snippetEntries(templates: readonly Template[] = [...TEMPLATES.values()]): SnippetEntry[] {
  const entries: SnippetEntry[] = [];
  /** The section snippet written for a section id, with the skeleton it was written from. */
  const firstSkeleton = new Map<string, { skeleton: string; templates: string[] }>();
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
    entries.push({
      name: `Design Practice: ${template.title} answer`,
      snippet: {
        prefix: isMl ? 'dp-ml-answer' : 'dp-answer',
        body,
        description: `A whole ${template.title} answer: front matter and every section with its guiding bullets`,
        scope: 'markdown',
      },
      templates: [template.id],
      wholeAnswer: true,
    });
    for (const spec of template.sections) {
      // A section shared by templates is written once; one with its own skeleton gets its own prefix.
      const seen = firstSkeleton.get(spec.id);
      if (seen?.skeleton === spec.skeleton) {
        seen.templates.push(template.id);
        continue;
      }
      const fits = [template.id];
      if (!seen) firstSkeleton.set(spec.id, { skeleton: spec.skeleton, templates: fits });
      const own = seen !== undefined;
      const prefix = own ? `dp-${isMl ? 'ml-' : `${template.id}-`}${spec.id}` : `dp-${spec.id}`;
      entries.push({
        name: `Design Practice: ${spec.title} section${own ? ` (${template.title})` : ''}`,
        snippet: { prefix, body: [...sectionBody(spec, 1).lines, '', '$0'], description: `${spec.title}: ${spec.purpose}`, scope: 'markdown' },
        templates: fits,
        section: spec.id,
      });
    }
  }
  const every = templates.map((t) => t.id);
  for (const [name, snippet] of Object.entries(DIAGRAM_SNIPPETS)) entries.push({ name, snippet, templates: every });
  return entries;
}

/** Every snippet by name, as a `.code-snippets` file would hold them. */
export function buildSnippets(templates: readonly Template[] = [...TEMPLATES.values()]): Record<string, Snippet> {
  return Object.fromEntries(snippetEntries(templates).map((e) => [e.name, e.snippet]));
}

/** What is known of the Markdown file a snippet would go into. */
export interface SnippetContext {
  /** The template it is read against, when it is an answer. */
  readonly template?: string;
  /** Ids of the template sections it has already. */
  readonly present: ReadonlySet<string>;
  /** Whether it starts with front matter. */
  readonly frontMatter: boolean;
}

/**
 * The snippets worth offering in a file: in an answer, only its template's sections and only those it
 * lacks, and a whole answer only in a file with no front matter and no section yet. Without a
 * context (not an answer), every snippet.
 */
export function offeredSnippets(entries: readonly SnippetEntry[], context?: SnippetContext): SnippetEntry[] {
  if (!context) return [...entries];
  const { template, present, frontMatter } = context;
  return entries.filter((e) => {
    if (e.wholeAnswer) return !frontMatter && present.size === 0;
    if (template !== undefined && !e.templates.includes(template)) return false;
    return e.section === undefined || !present.has(e.section);
  });
}

/**
 * Mermaid skeletons (issue 22): the request flow as a flowchart, and the read or write path as a
 * sequence diagram. The Markdown preview draws them; SD012 compares their boxes with the prose.
 */
const DIAGRAM_SNIPPETS: Record<string, Snippet> = {
  'Design Practice: request-flow diagram': {
    prefix: 'dp-diagram',
    body: [
      '```mermaid',
      'flowchart LR',
      '  client[${1:Client}] -->|${2:request}| edge[${3:API gateway}]',
      '  edge --> svc[${4:Service}]',
      '  svc -->|${5:read}| cache[(${6:Cache})]',
      '  svc -->|${7:on a miss}| db[(${8:Database})]',
      '  svc -. ${9:event} .-> queue[[${10:Queue}]] --> worker[${11:Worker}]',
      '```',
      '',
      '$0',
    ],
    description: 'A Mermaid flowchart of the request flow: client, gateway, service, cache, database and an async path',
    scope: 'markdown',
  },
  'Design Practice: read or write path (sequence diagram)': {
    prefix: 'dp-sequence',
    body: [
      '```mermaid',
      'sequenceDiagram',
      '  %% The ${1|read,write|} path',
      '  participant C as ${2:Client}',
      '  participant S as ${3:Service}',
      '  participant K as ${4:Cache}',
      '  participant D as ${5:Database}',
      '  C->>S: ${6:request}',
      '  S->>K: ${7:look up the key}',
      '  alt ${8:hit}',
      '    K-->>S: ${9:value}',
      '  else ${10:miss}',
      '    S->>D: ${11:query}',
      '    D-->>S: ${12:rows}',
      '    S-)K: ${13:fill the cache}',
      '  end',
      '  S-->>C: ${14:response}',
      '```',
      '',
      '$0',
    ],
    description: 'A Mermaid sequence diagram of the read or write path, with a cache hit and miss',
    scope: 'markdown',
  },
};

/** The prefix every snippet shares; typing it offers them. */
export const SNIPPET_PREFIX = 'dp-';

/**
 * Where the `dp-...` word the cursor ends starts, in `linePrefix` (the line's text before the
 * cursor); undefined when the cursor does not end such a word. Asked with Ctrl+Space (`invoked`),
 * `d` and `dp` count too, and so does a line with nothing before the cursor (the cursor's own
 * position); never text after a heading's `#`, so a heading typed and ended with Enter stays as
 * typed. Only the last few characters are read, so a long line costs nothing.
 */
export function snippetWordStart(linePrefix: string, invoked = false): number | undefined {
  const tail = linePrefix.slice(-64);
  const m = (invoked ? /(?:^|[^\w-])(dp?|dp-[a-z-]*)$/ : /(?:^|[^\w-])(dp-[a-z-]*)$/).exec(tail);
  if (m) return linePrefix.length - m[1].length;
  return invoked && linePrefix.trim() === '' ? linePrefix.length : undefined;
}
