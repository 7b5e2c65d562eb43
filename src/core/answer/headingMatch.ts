/**
 * Recognising template sections in headings as people write them: numbered ("2. Scope",
 * "Step 3: Architecture", "III. Trade-offs"), with extra words ("Outline use cases and constraints"),
 * in any case, with punctuation, `&` for "and", or emoji.
 */
import type { SectionSpec, Template } from './templates';

const NUMBERING = new RegExp(
  '^(?:' +
    // "Step 3:", "Part II -", "Phase 2", "Section 4." (the keyword makes the punctuation optional)
    '(?:step|part|phase|section|stage)\\s*(?:\\d+(?:\\.\\d+)*|[ivxlcdm]+)\\s*[.):\\-–—]?' +
    // "2.", "2)", "2 -", "1.2", "III.", "b)"
    '|(?:\\d+(?:\\.\\d+)*|[ivxlcdm]+|[a-z])\\s*[.):\\-–—]' +
    // "2 Scope"
    '|\\d+(?=\\s)' +
  ')\\s*',
  'i',
);

/**
 * Reduces a heading's text to lower-case words separated by single spaces: numbering, inline
 * Markdown, emoji and punctuation removed, `&` read as "and".
 */
export function normalizeHeading(raw: string): string {
  let text = stripInlineMarkdown(raw).trim();
  // Emoji and symbols first, so "🚀 2. Scope" still loses its number.
  text = text.replace(/^[^\p{L}\p{N}]+/u, '');
  text = text.replace(NUMBERING, '');
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Removes emphasis, code ticks, links and images so only the words of a heading remain. */
export function stripInlineMarkdown(raw: string): string {
  return raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+#+\s*$/, '');
}

/** A compiled matcher from normalised heading text to the template section it names. */
export interface SectionMatcher {
  /** The section the heading names, or undefined. `exact` is true when the whole heading is an alias. */
  match(heading: string): { spec: SectionSpec; exact: boolean } | undefined;
}

/**
 * Builds a matcher for a template. A heading names a section when its normalised text equals one
 * of the section's aliases, or contains one as whole words; the longest alias wins, so "Design
 * decisions" is a trade-off and "Create a high-level design" is architecture.
 */
export function createSectionMatcher(template: Template, extraAliases: Readonly<Record<string, readonly string[]>> = {}): SectionMatcher {
  const entries: { alias: string; spec: SectionSpec }[] = [];
  for (const spec of template.sections) {
    const all = [spec.title, spec.id, ...spec.aliases, ...(extraAliases[spec.id] ?? [])];
    for (const alias of new Set(all.map(normalizeHeading).filter((a) => a.length > 0))) {
      entries.push({ alias, spec });
    }
  }
  // Longest first; stable sort keeps template order for equal lengths.
  entries.sort((a, b) => b.alias.length - a.alias.length);
  const exact = new Map<string, SectionSpec>();
  for (const e of entries) if (!exact.has(e.alias)) exact.set(e.alias, e.spec);

  return {
    match(heading) {
      const text = normalizeHeading(heading);
      if (!text) return undefined;
      const hit = exact.get(text);
      if (hit) return { spec: hit, exact: true };
      const padded = ` ${text} `;
      for (const e of entries) {
        if (padded.includes(` ${e.alias} `)) return { spec: e.spec, exact: false };
      }
      return undefined;
    },
  };
}
