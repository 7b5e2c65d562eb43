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
exports.drillCommand = void 0;
exports.toJson = toJson;
/** `design-practice drill`: the interviewer's follow-up questions about a prompt and your answer to it. */
const path = __importStar(require("node:path"));
const parseAnswer_1 = require("../../core/answer/parseAnswer");
const ids_1 = require("../../core/catalog/ids");
const interview_1 = require("../../core/interview");
const catalog_1 = require("../catalog");
const config_1 = require("../config");
const files_1 = require("../files");
const args_1 = require("./args");
exports.drillCommand = {
    name: 'drill',
    summary: "Ask the interviewer's next follow-up question about your answer",
    usage: `Usage: design-practice drill <prompt-id> [answer.md] [options]

Prints the next follow-up question an interviewer would ask: first about your answer's own choices
(a technology you named, a consistency claim, a cache, a queue, a number in Requirements, a
component with no second copy, what Operability leaves out), quoting the line, then the prompt's
own follow-ups. Questions you have answered under "## Follow-ups" ("### Q: ..." with your answer
under it) are not asked again. Without an answer file, only the prompt's follow-ups are asked.

Options:
  -a, --all             Print every question, in the order they would be asked
  -f, --format <name>   Output format: text (default) or json (an array of
                        {"id","question","source","line","quote","signal"}; line is 1-based,
                        line and quote only for questions about the answer)
  -c, --config <file>   Use this configuration file instead of the nearest .design-practice.json
                        above the answer (its technologies and aliases are used)
  -p, --prompts <dir>   Also load the prompt files (*.md) in this folder; repeat for more folders
  -h, --help            Show this help

Exit status: 0 when the questions were printed (also when none is left), 2 on a usage error, an
unknown prompt id, or an answer or configuration file that cannot be read.
`,
    async run(argv, io) {
        const { values, positionals } = (0, args_1.parseCommandArgs)(argv, {
            all: { type: 'boolean', short: 'a', default: false },
            format: { type: 'string', short: 'f', default: 'text' },
            config: { type: 'string', short: 'c' },
            prompts: { type: 'string', short: 'p', multiple: true, default: [] },
            help: { type: 'boolean', short: 'h', default: false },
        });
        if (values.help) {
            io.writeStdout(this.usage);
            return 0;
        }
        if (values.format !== 'text' && values.format !== 'json')
            throw new args_1.UsageError(`Unknown format ${JSON.stringify(values.format)}: use text or json`);
        if (positionals.length === 0 || positionals.length > 2) {
            throw new args_1.UsageError('drill takes a prompt id and, optionally, your answer file, e.g. design-practice drill platform/feature-flags notes/feature-flags.md');
        }
        const [id, answerFile] = positionals;
        if (!(0, ids_1.isValidPromptId)(id))
            throw new args_1.UsageError(`${JSON.stringify(id)} is not a prompt id: run "design-practice prompts" for the ids`);
        const { catalog } = await (0, catalog_1.loadCliCatalog)(io, values.prompts);
        const prompt = catalog.prompts.find((p) => p.id === id);
        if (!prompt) {
            io.writeStderr(`design-practice: ${(0, catalog_1.unknownPromptMessage)(catalog, id)}\n`);
            return 2;
        }
        let text = '';
        let options = {};
        if (answerFile !== undefined) {
            const abs = path.resolve(io.cwd, answerFile);
            const read = await (0, files_1.readTextFile)(io, abs);
            if (read.kind !== 'text') {
                io.writeStderr(`design-practice: ${answerFile}: ${read.kind === 'skipped' ? `not read: ${read.reason}` : read.reason}\n`);
                return 2;
            }
            text = read.text;
            const loaded = values.config !== undefined ? await (0, config_1.loadConfigFile)(io, path.resolve(io.cwd, values.config)) : await new config_1.ConfigFinder(io).find(path.dirname(abs));
            if (loaded) {
                for (const m of (0, config_1.configProblemMessages)(loaded))
                    io.writeStderr(`${m}\n`);
                if (!loaded.ok)
                    return 2;
                options = { technologies: loaded.config.technologies, aliases: loaded.config.aliases, defaultTemplate: loaded.config.defaultTemplate };
            }
            const named = (0, parseAnswer_1.readAnswerHeader)(text).promptId;
            if (named && named !== prompt.id)
                io.writeStderr(`design-practice: warning: ${answerFile} is an answer to ${named}, not ${prompt.id}\n`);
        }
        else if (values.config !== undefined) {
            throw new args_1.UsageError('--config applies to an answer file: name one after the prompt id');
        }
        // Without an answer there is nothing of the candidate's to ask about: only the prompt's questions.
        const interviewer = interview_1.PROBE_INTERVIEWER;
        const probes = await interviewer.questions(answerFile === undefined ? { answer: '', prompt, options: { rules: [] } } : { answer: text, prompt, options });
        const shown = values.all ? probes : probes.slice(0, 1);
        io.writeStdout(values.format === 'json' ? `${JSON.stringify(shown.map(toJson), null, 2)}\n` : textOutput(shown, probes.length, values.all));
        return 0;
    },
};
/** A probe as JSON, with the answer line 1-based. */
function toJson(probe) {
    return {
        id: probe.id,
        question: probe.question,
        source: probe.source,
        ...(probe.source === 'answer' && probe.line !== undefined ? { line: probe.line + 1 } : {}),
        ...(probe.source === 'answer' && probe.quote !== undefined ? { quote: probe.quote } : {}),
        signal: probe.signal,
    };
}
function textOutput(shown, total, all) {
    if (total === 0)
        return 'No follow-up question left: every one has an answer under "## Follow-ups".\n';
    const width = String(total).length;
    const blocks = shown.map((probe, i) => {
        const indent = ' '.repeat(width + 2);
        const lines = [`${String(i + 1).padStart(width)}. ${probe.question}`];
        if (probe.source === 'answer' && probe.line !== undefined)
            lines.push(`${indent}about line ${probe.line + 1}${probe.quote ? `: ${probe.quote}` : ''}`);
        else if (probe.source === 'answer')
            lines.push(`${indent}about what your answer leaves out`);
        else
            lines.push(`${indent}from the prompt's follow-ups`);
        lines.push(`${indent}tests: ${interview_1.SIGNALS.find((s) => s.id === probe.signal)?.title ?? probe.signal}`);
        return lines.join('\n');
    });
    const more = !all && total > shown.length ? `\n${total - shown.length} more: add --all to see every question.\n` : '';
    return `${blocks.join('\n\n')}\n${more}`;
}
//# sourceMappingURL=drill.js.map