"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.bundledPrompts = bundledPrompts;
exports.loadBundledCatalog = loadBundledCatalog;
/**
 * The bundled prompts for Node (the extension's Node host and the CLI): brotli, the smallest form,
 * decoded with Node's zlib. The browser build decodes its own copy in `src/platform/web`.
 */
const node_zlib_1 = require("node:zlib");
const bundledPrompts_generated_1 = require("../../core/catalog/bundledPrompts.generated");
let bundled;
/**
 * The prompts that ship with the extension, in catalog order. `npm run gen` parsed and validated
 * them with `loadCatalog` (and fails on a bad one), so no YAML is read here.
 */
function bundledPrompts() {
    return (bundled ??= JSON.parse((0, node_zlib_1.brotliDecompressSync)(Buffer.from(bundledPrompts_generated_1.BUNDLED_PROMPTS, 'base64')).toString('utf8')));
}
/** The bundled catalog alone. */
function loadBundledCatalog() {
    return { prompts: bundledPrompts(), problems: [] };
}
//# sourceMappingURL=bundledPrompts.js.map