/**
 * The bundled prompts for Node (the extension's Node host and the CLI): brotli, the smallest form,
 * decoded with Node's zlib. The browser build decodes its own copy in `src/platform/web`.
 */
import { brotliDecompressSync } from 'node:zlib';
import type { Catalog } from '../../core/catalog/loadPrompts';
import type { Prompt } from '../../core/catalog/prompt';
import { BUNDLED_PROMPTS } from '../../core/catalog/bundledPrompts.generated';

let bundled: readonly Prompt[] | undefined;

/**
 * The prompts that ship with the extension, in catalog order. `npm run gen` parsed and validated
 * them with `loadCatalog` (and fails on a bad one), so no YAML is read here.
 */
export function bundledPrompts(): readonly Prompt[] {
  return (bundled ??= JSON.parse(brotliDecompressSync(Buffer.from(BUNDLED_PROMPTS, 'base64')).toString('utf8')) as Prompt[]);
}

/** The bundled catalog alone. */
export function loadBundledCatalog(): Catalog {
  return { prompts: bundledPrompts(), problems: [] };
}
