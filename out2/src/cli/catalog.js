"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadCliCatalog = loadCliCatalog;
exports.unknownPromptMessage = unknownPromptMessage;
/** The catalog as the CLI sees it: the bundled prompts plus the user's prompt folders (`--prompts`). */
const path = __importStar(require("node:path"));
const ids_1 = require("../core/catalog/ids");
const loadPrompts_1 = require("../core/catalog/loadPrompts");
const bundledPrompts_1 = require("../platform/node/bundledPrompts");
const files_1 = require("./files");
/**
 * Loads the bundled prompts and every `*.md` under each of `dirs` (later folders override earlier
 * ones and the bundled prompts, by id). Problems in prompt files and unreadable folders are written
 * to standard error, naming the file and the field; everything that loads is returned.
 */
async function loadCliCatalog(io, dirs) {
    let failed = false;
    const fail = (message) => {
        failed = true;
        io.writeStderr(`design-practice: ${message}\n`);
    };
    const groups = [{ prompts: (0, bundledPrompts_1.bundledPrompts)() }];
    for (const dir of dirs) {
        const abs = path.resolve(io.cwd, dir);
        const stat = await io.stat(abs).catch((e) => {
            fail(`${dir}: ${(0, files_1.errorReason)(e)}`);
            return null;
        });
        if (stat === null)
            continue;
        if (!stat?.isDirectory) {
            fail(`${dir}: ${stat ? 'not a folder' : 'no such folder'} (--prompts takes a folder of prompt files)`);
            continue;
        }
        const sources = [];
        for (const file of await (0, files_1.findMarkdownFiles)(io, abs, dir, (shown, reason) => fail(`${shown}: cannot read the folder: ${reason}`))) {
            const read = await (0, files_1.readTextFile)(io, file.path);
            if (read.kind === 'text')
                sources.push({ file: file.display, text: read.text });
            else if (read.kind === 'skipped')
                io.writeStderr(`design-practice: skipped ${file.display}: ${read.reason}\n`);
            else
                fail(`${file.display}: ${read.reason}`);
        }
        groups.push({ sources });
    }
    const catalog = (0, loadPrompts_1.loadCatalog)(groups);
    for (const p of catalog.problems) {
        io.writeStderr(`design-practice: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.field ? `${p.field}: ` : ''}${p.message}\n`);
    }
    return { catalog, failed };
}
/** What to say about a prompt id the catalog does not have: the ids that look like it, or how to list them. */
function unknownPromptMessage(catalog, id) {
    const slug = (0, ids_1.promptSlug)(id);
    const similar = catalog.prompts.filter((p) => p.id.includes(slug) || (0, ids_1.promptSlug)(p.id).includes(slug)).map((p) => p.id);
    const hint = similar.length > 0 ? `; did you mean ${similar.slice(0, 3).join(', ')}?` : '; run "design-practice prompts" to list them';
    return `unknown prompt ${id}${hint}`;
}
//# sourceMappingURL=catalog.js.map