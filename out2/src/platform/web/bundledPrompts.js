"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.bundledPrompts = bundledPrompts;
/**
 * The bundled prompts for the browser build: the same JSON as Node's, raw-deflated (a brotli decoder
 * would bring its 120 KB dictionary), inflated by fflate's `inflateSync` (about 4 KB minified), so
 * the catalog loads synchronously as on Node. Browsers' `DecompressionStream` would be asynchronous.
 */
const fflate_1 = require("fflate");
const bundledPrompts_deflate_generated_1 = require("../../core/catalog/bundledPrompts.deflate.generated");
let bundled;
/** Decodes base64 without Node's `Buffer`. */
function fromBase64(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++)
        bytes[i] = binary.charCodeAt(i);
    return bytes;
}
/** The prompts that ship with the extension, in catalog order (the same as Node's `bundledPrompts`). */
function bundledPrompts() {
    return (bundled ??= JSON.parse((0, fflate_1.strFromU8)((0, fflate_1.inflateSync)(fromBase64(bundledPrompts_deflate_generated_1.BUNDLED_PROMPTS)))));
}
//# sourceMappingURL=bundledPrompts.js.map