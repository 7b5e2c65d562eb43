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
exports.newCommand = exports.DEFAULT_ANSWER_DIR = void 0;
/** `design-practice new`: scaffold an answer to a prompt, never overwriting an earlier attempt. */
const path = __importStar(require("node:path"));
const scaffold_1 = require("../../core/answer/scaffold");
const ids_1 = require("../../core/catalog/ids");
const catalog_1 = require("../catalog");
const files_1 = require("../files");
const args_1 = require("./args");
/** Where answers go unless `--dir` says otherwise. */
exports.DEFAULT_ANSWER_DIR = 'design-notes';
/** More attempts than this at one prompt is surely a loop, not practice. */
const MAX_ATTEMPTS = 1000;
exports.newCommand = {
    name: 'new',
    summary: 'Start a new answer to a prompt',
    usage: `Usage: design-practice new <prompt-id> [options]

Writes a new answer to a prompt, with its sections laid out, to <dir>/<team>/<slug>.md and prints
the path. When that file exists the next attempt is written instead (<slug>-2.md, <slug>-3.md, ...):
an existing file is never overwritten. Run "design-practice prompts" for the ids.

Options:
  -d, --dir <dir>       Folder for answers (default: ${exports.DEFAULT_ANSWER_DIR})
  -p, --prompts <dir>   Also load the prompt files (*.md) in this folder; repeat for more folders
  -q, --clarifying-questions
                        Copy the prompt's clarifying questions under Requirements (by default the
                        answer starts without them: asking them is part of the practice)
  -h, --help            Show this help

Exit status: 0 when the answer was written, 2 on a usage error, an unknown prompt id, or a file
that cannot be written.
`,
    async run(argv, io) {
        const { values, positionals } = (0, args_1.parseCommandArgs)(argv, {
            dir: { type: 'string', short: 'd', default: exports.DEFAULT_ANSWER_DIR },
            prompts: { type: 'string', short: 'p', multiple: true, default: [] },
            'clarifying-questions': { type: 'boolean', short: 'q', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        });
        if (values.help) {
            io.writeStdout(this.usage);
            return 0;
        }
        if (positionals.length !== 1)
            throw new args_1.UsageError('new takes one prompt id, e.g. design-practice new streaming/adaptive-bitrate');
        const id = positionals[0];
        if (!(0, ids_1.isValidPromptId)(id)) {
            throw new args_1.UsageError(`${JSON.stringify(id)} is not a prompt id: ids are lower-case words joined by "-" and "/", e.g. streaming/adaptive-bitrate`);
        }
        if (values.dir.trim() === '')
            throw new args_1.UsageError('--dir needs a folder');
        const { catalog } = await (0, catalog_1.loadCliCatalog)(io, values.prompts);
        const prompt = catalog.prompts.find((p) => p.id === id);
        if (!prompt) {
            io.writeStderr(`design-practice: ${(0, catalog_1.unknownPromptMessage)(catalog, id)}\n`);
            return 2;
        }
        const root = path.resolve(io.cwd, values.dir);
        const folder = (0, ids_1.joinInside)(root, prompt.team);
        try {
            await io.mkdir(folder);
        }
        catch (e) {
            io.writeStderr(`design-practice: cannot create the folder ${path.join(values.dir, prompt.team)}: ${(0, files_1.errorReason)(e)}\n`);
            return 2;
        }
        const text = (0, scaffold_1.scaffoldAnswer)(prompt, io.now(), { includeClarifyingQuestions: values['clarifying-questions'] });
        const slug = (0, ids_1.promptSlug)(prompt.id);
        for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            const fileName = (0, scaffold_1.attemptFileName)(slug, attempt);
            const shown = path.join(values.dir, prompt.team, fileName);
            try {
                // Exclusive create: if the file appears between two tries, the next attempt number is used.
                await io.writeFile((0, ids_1.joinInside)(root, prompt.team, fileName), text, { exclusive: true });
                io.writeStdout(`${shown}\n`);
                return 0;
            }
            catch (e) {
                if (e.code === 'EEXIST')
                    continue;
                io.writeStderr(`design-practice: cannot write ${shown}: ${(0, files_1.errorReason)(e)}\n`);
                return 2;
            }
        }
        io.writeStderr(`design-practice: ${MAX_ATTEMPTS} attempts of ${prompt.id} exist already in ${path.join(values.dir, prompt.team)}; nothing written\n`);
        return 2;
    },
};
//# sourceMappingURL=new.js.map