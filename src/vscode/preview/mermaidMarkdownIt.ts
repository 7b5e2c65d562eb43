/**
 * The Markdown preview's markdown-it plugin (`markdown.markdownItPlugins`): a `mermaid` code block
 * becomes an element the preview script (`markdown.previewScripts`, dist/preview/mermaid.js) draws
 * the diagram into. The extension host only writes the element: the renderer is loaded by the
 * preview, so the extension's own bundle does not carry it.
 */
import type MarkdownIt from 'markdown-it';
import { isMermaidInfo } from '../../core/answer/parseAnswer';
import { mermaidBlockHtml } from '../../core/diagram/mermaidHtml';

type Md = InstanceType<typeof MarkdownIt>;
type RenderRule = NonNullable<Md['renderer']['rules']['fence']>;

/** Adds Mermaid blocks to `md` (VS Code's preview instance) and returns it, as `extendMarkdownIt` must. */
export function extendMarkdownIt(md: Md): Md {
  const previous: RenderRule = md.renderer.rules.fence ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    if (!isMermaidInfo(token.info)) return previous(tokens, idx, options, env, self);
    return mermaidBlockHtml(token.content.replace(/\n$/, ''), token.map?.[0]);
  };
  return md;
}
