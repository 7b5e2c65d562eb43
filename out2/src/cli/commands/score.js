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
exports.scoreCommand = void 0;
exports.clearsBar = clearsBar;
/** `design-practice score`: the scorecard an interviewer would write about an answer. */
const path = __importStar(require("node:path"));
const parseAnswer_1 = require("../../core/answer/parseAnswer");
const ids_1 = require("../../core/catalog/ids");
const signals_1 = require("../../core/interview/signals");
const score_1 = require("../../core/score");
const catalog_1 = require("../catalog");
const config_1 = require("../config");
const files_1 = require("../files");
const args_1 = require("./args");
exports.scoreCommand = {
    name: 'score',
    summary: 'Score your answer on the five signals, with the lines that show each',
    usage: `Usage: design-practice score <answer.md> [options]

Prints the scorecard an interviewer would write about your answer: each signal (requirements,
trade-offs, experience, data flow, ownership) rated 1-4 with the lines that show it, quoted, and
what is missing at the level; the verdict (below L4, L4 or L5); the one or two things to practise
next. Ratings: 1 absent, 2 in passing, 3 the L4 bar, 4 the L5 bar. When the answer's prompt has an
answer key, the points it covers and misses are listed once you have recorded an attempt (a timed
practice or a mock interview in the answer's front matter), or with --answer-key.

Options:
  -p, --prompt <id>     The prompt the answer is to (default: the answer's "prompt:" front matter);
                        an answer to no known prompt is scored without an answer key
  -l, --level <level>   The bar to show gaps against: L4 or L5 (default: the prompt's level, an MLE
                        prompt counting as L5, else the answer's "level:", else L4)
  -k, --answer-key      Show the answer key's covered and missed points even before an attempt
  -f, --format <name>   Output format: text (default) or json ({"level","verdict","signals":
                        [{"id","rating","evidence":[{"line","quote","why"}],"gaps":[{"point","why",
                        "level"}]}],"answerKey":{"covered","missed"}}; line is 1-based)
      --json            Same as --format json
  -c, --config <file>   Use this configuration file instead of the nearest .design-practice.json
                        above the answer (its technologies and aliases are used)
      --prompts <dir>   Also load the prompt files (*.md) in this folder; repeat for more folders
  -h, --help            Show this help

Exit status: 0 when the answer clears the bar of its level, 1 when it does not, 2 on a usage
error, an unknown --prompt id, or an answer or configuration file that cannot be read.
`,
    async run(argv, io) {
        const { values, positionals } = (0, args_1.parseCommandArgs)(argv, {
            prompt: { type: 'string', short: 'p' },
            level: { type: 'string', short: 'l' },
            'answer-key': { type: 'boolean', short: 'k', default: false },
            format: { type: 'string', short: 'f' },
            json: { type: 'boolean', default: false },
            config: { type: 'string', short: 'c' },
            prompts: { type: 'string', multiple: true, default: [] },
            help: { type: 'boolean', short: 'h', default: false },
        });
        if (values.help) {
            io.writeStdout(this.usage);
            return 0;
        }
        if (values.json && values.format !== undefined && values.format !== 'json')
            throw new args_1.UsageError(`--json and --format ${values.format} disagree: use one`);
        const format = values.json ? 'json' : (values.format ?? 'text');
        if (format !== 'text' && format !== 'json')
            throw new args_1.UsageError(`Unknown format ${JSON.stringify(format)}: use text or json`);
        if (values.level !== undefined && values.level !== 'L4' && values.level !== 'L5')
            throw new args_1.UsageError(`Unknown level ${JSON.stringify(values.level)}: use L4 or L5`);
        const level = values.level;
        if (positionals.length !== 1)
            throw new args_1.UsageError('score takes one answer file, e.g. design-practice score design-notes/platform/feature-flags.md');
        if (values.prompt !== undefined && !(0, ids_1.isValidPromptId)(values.prompt)) {
            throw new args_1.UsageError(`${JSON.stringify(values.prompt)} is not a prompt id: run "design-practice prompts" for the ids`);
        }
        const answerFile = positionals[0];
        const abs = path.resolve(io.cwd, answerFile);
        const read = await (0, files_1.readTextFile)(io, abs);
        if (read.kind !== 'text') {
            io.writeStderr(`design-practice: ${answerFile}: ${read.kind === 'skipped' ? `not read: ${read.reason}` : read.reason}\n`);
            return 2;
        }
        const text = read.text;
        const loaded = values.config !== undefined ? await (0, config_1.loadConfigFile)(io, path.resolve(io.cwd, values.config)) : await new config_1.ConfigFinder(io).find(path.dirname(abs));
        if (loaded) {
            for (const m of (0, config_1.configProblemMessages)(loaded))
                io.writeStderr(`${m}\n`);
            if (!loaded.ok)
                return 2;
        }
        const header = (0, parseAnswer_1.readAnswerHeader)(text);
        const { catalog } = await (0, catalog_1.loadCliCatalog)(io, values.prompts);
        let prompt;
        if (values.prompt !== undefined) {
            prompt = catalog.prompts.find((p) => p.id === values.prompt);
            if (!prompt) {
                io.writeStderr(`design-practice: ${(0, catalog_1.unknownPromptMessage)(catalog, values.prompt)}\n`);
                return 2;
            }
            if (header.promptId && header.promptId !== prompt.id)
                io.writeStderr(`design-practice: warning: ${answerFile} is an answer to ${header.promptId}, not ${prompt.id}\n`);
        }
        else if (header.promptId) {
            prompt = catalog.prompts.find((p) => p.id === header.promptId);
            if (!prompt)
                io.writeStderr(`design-practice: warning: ${answerFile}: ${(0, catalog_1.unknownPromptMessage)(catalog, header.promptId)}; scored without an answer key\n`);
        }
        const request = {
            answer: text,
            ...(prompt ? { prompt } : {}),
            ...(level ? { level } : {}),
            ...(loaded?.ok ? { technologies: loaded.config.technologies, aliases: loaded.config.aliases, defaultTemplate: loaded.config.defaultTemplate } : {}),
        };
        const hasKey = (prompt?.answerKey?.length ?? 0) > 0;
        const shown = hasKey && (0, score_1.answerKeyShown)(values['answer-key'] ? 'always' : 'afterAttempt', (0, score_1.attemptRecorded)(header.frontMatter?.data));
        // A hidden key is not only left out of the listing: its points would show through the gaps and
        // the evidence, so the hidden card is scored without it (the ratings do not depend on the key).
        const card = (0, score_1.scoreAnswer)(shown || !prompt ? request : { ...request, prompt: { ...prompt, answerKey: undefined } });
        const hidden = hasKey && !shown ? (0, score_1.scoreAnswer)(request).answerKey : undefined;
        io.writeStdout(format === 'json' ? `${JSON.stringify(card, null, 2)}\n` : textOutput(answerFile, prompt, card, hidden));
        return clearsBar(card) ? 0 : 1;
    },
};
/** Whether the verdict reaches the scorecard's level. */
function clearsBar(card) {
    return card.verdict === 'L5' || (card.verdict === 'L4' && card.level === 'L4');
}
const VERDICT_TEXT = {
    'below L4': 'below L4: the answer does not clear the L4 bar yet',
    L4: 'L4: clears the L4 bar',
    L5: 'L5: clears the L5 bar',
};
const RATING_TEXT = ['', 'absent', 'in passing', 'the L4 bar', 'the L5 bar'];
function textOutput(file, prompt, card, hiddenKey) {
    const out = [];
    out.push(`${file}: scored at ${card.level}${prompt ? ` as an answer to ${prompt.id}` : ', answering no known prompt'}`);
    out.push(`Verdict: ${VERDICT_TEXT[card.verdict]}${clearsBar(card) ? '' : `, not ${card.level}`}`);
    for (const s of card.signals) {
        const title = signals_1.SIGNALS.find((x) => x.id === s.id)?.title ?? s.id;
        out.push('', `${title}: ${s.rating}/4 (${RATING_TEXT[s.rating]})`);
        for (const e of s.evidence)
            out.push(`  line ${e.line}: "${e.quote}"`, `    ${e.why}`);
        if (s.evidence.length === 0)
            out.push('  no evidence in the answer');
        for (const g of s.gaps)
            out.push(`  missing (${g.level}): ${g.point}`, `    ${g.why}`);
    }
    if (card.answerKey) {
        const { covered, missed } = card.answerKey;
        out.push('', `Answer key: ${covered.length} of ${covered.length + missed.length} points covered`);
        for (const p of covered)
            out.push(`  covered ${pointText(p)}${p.line !== undefined ? ` (line ${p.line})` : ''}`);
        for (const p of missed)
            out.push(`  missed  ${pointText(p)}`);
    }
    else if (hiddenKey) {
        const total = hiddenKey.covered.length + hiddenKey.missed.length;
        out.push('', `Answer key: ${hiddenKey.covered.length} of ${total} points covered; the points are shown once you record an attempt, or with --answer-key`);
    }
    const next = (0, score_1.practiseNext)(card);
    if (next.length > 0) {
        out.push('', 'Practise next:');
        next.forEach((n, i) => out.push(`  ${i + 1}. ${signals_1.SIGNALS.find((x) => x.id === n.signal)?.title ?? n.signal}: ${n.point}`, `     ${n.why}`));
    }
    return `${out.join('\n')}\n`;
}
function pointText(p) {
    return `[${p.signal}]${p.level === 'L5' ? ' [L5]' : ''} ${p.point}`;
}
//# sourceMappingURL=score.js.map