"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SNIPPET_PREFIX = void 0;
exports.buildSnippets = buildSnippets;
exports.snippetWordStart = snippetWordStart;
/**
 * VS Code snippets built from the templates, so a snippet can never drift from what the linter and
 * quick fixes expect. `scripts/gen-snippets.mjs` writes them to snippets/; a unit test checks the
 * committed file matches.
 */
const templates_1 = require("./templates");
/** Escapes text so VS Code's snippet syntax reads it literally. */
function escapeSnippet(text) {
    return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}
/** A section's skeleton with each `_prompt_` turned into a tab stop, numbered from `first`. */
function sectionBody(spec, first) {
    let n = first;
    const lines = [`## ${spec.title}`, ''];
    for (const line of spec.skeleton.split('\n')) {
        // Every other part of the split is a prompt's text (the pattern's one group).
        lines.push(line
            .split(templates_1.SKELETON_PROMPT)
            .map((part, i) => (i % 2 === 1 ? `\${${n++}:${escapeSnippet(part)}}` : escapeSnippet(part)))
            .join(''));
    }
    return { lines, next: n };
}
/** Snippets for every section of every template (`dp-<section>`) and a whole answer per template. */
function buildSnippets(templates = [...templates_1.TEMPLATES.values()]) {
    const snippets = {};
    const firstSkeleton = new Map();
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
            if (seen === spec.skeleton)
                continue;
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
    return { ...snippets, ...DIAGRAM_SNIPPETS };
}
/**
 * Mermaid skeletons (issue 22): the request flow as a flowchart, and the read or write path as a
 * sequence diagram. The Markdown preview draws them; SD012 compares their boxes with the prose.
 */
const DIAGRAM_SNIPPETS = {
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
exports.SNIPPET_PREFIX = 'dp-';
/**
 * Where the `dp-...` word the cursor ends starts, in `linePrefix` (the line's text before the
 * cursor); undefined when the cursor does not end such a word. Only the last few characters are
 * read, so a long line costs nothing.
 */
function snippetWordStart(linePrefix) {
    const tail = linePrefix.slice(-64);
    const m = /(?:^|[^\w-])(dp-[a-z-]*)$/.exec(tail);
    return m ? linePrefix.length - m[1].length : undefined;
}
//# sourceMappingURL=snippets.js.map