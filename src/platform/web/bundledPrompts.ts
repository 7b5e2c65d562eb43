/**
 * The bundled prompts for the browser build: the same JSON as Node's, raw-deflated (a brotli decoder
 * would bring its 120 KB dictionary), inflated by fflate's `inflateSync` (about 4 KB minified), so
 * the catalog loads synchronously as on Node. Browsers' `DecompressionStream` would be asynchronous.
 */
import { inflateSync, strFromU8 } from 'fflate';
import type { Prompt } from '../../core/catalog/prompt';
import { BUNDLED_PROMPTS } from '../../core/catalog/bundledPrompts.deflate.generated';

let bundled: readonly Prompt[] | undefined;

/** Decodes base64 without Node's `Buffer`. */
function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The prompts that ship with the extension, in catalog order (the same as Node's `bundledPrompts`). */
export function bundledPrompts(): readonly Prompt[] {
  return (bundled ??= JSON.parse(strFromU8(inflateSync(fromBase64(BUNDLED_PROMPTS)))) as Prompt[]);
}
