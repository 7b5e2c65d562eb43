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
exports.lintCommand = exports.FORMATTERS = void 0;
exports.fixText = fixText;
/** `design-practice lint`: lint answer files and folders of them, optionally fixing in place. */
const path = __importStar(require("node:path"));
const config_1 = require("../../core/lint/config");
const fixes_1 = require("../../core/lint/fixes");
const linter_1 = require("../../core/lint/linter");
const rules_1 = require("../../core/lint/rules");
const config_2 = require("../config");
const promptFiles_1 = require("../../core/catalog/promptFiles");
const files_1 = require("../files");
const json_1 = require("../formatters/json");
const sarif_1 = require("../formatters/sarif");
const stylish_1 = require("../formatters/stylish");
const version_1 = require("../version");
const args_1 = require("./args");
/** The output formats `--format` accepts. */
exports.FORMATTERS = { stylish: stylish_1.stylish, json: json_1.json, sarif: sarif_1.sarif };
/** How many files are read and linted at once. */
const CONCURRENCY = 8;
/** `--fix` stops after this many rounds of fix-and-relint. */
const MAX_FIX_PASSES = 10;
const defaultConfig = (0, config_1.resolveConfig)(undefined, rules_1.RULES).config;
exports.lintCommand = {
    name: 'lint',
    summary: 'Lint answer files; folders are searched for answers',
    usage: `Usage: design-practice lint <files or folders...> [options]

Lints system-design answers. Folders are searched recursively for answer files: Markdown (*.md)
whose front matter names a prompt or a template. node_modules and folders starting with "." are
skipped. Files named on the command line are always linted (with the default template when they
have no front matter).

Options:
  -f, --format <name>  Output format: stylish (default), json or sarif
  -c, --config <file>  Use this configuration file instead of looking for .design-practice.json
                       in each file's folder and the folders above it (the nearest one wins)
      --fix            Apply the fixes that only add text (missing sections and the like) in
                       place, then report what remains. Text you wrote is never removed.
  -h, --help           Show this help

Exit status: 0 when no finding is a warning or an error, 1 when one is, 2 on a usage error, a
path that does not exist, a file or configuration that cannot be read or parsed, a failed write,
a file --fix left alone because it changed while being fixed, or when every file was skipped. Binary files and files over 10 MB are skipped with a message.
`,
    async run(argv, io) {
        const { values, positionals } = (0, args_1.parseCommandArgs)(argv, {
            format: { type: 'string', short: 'f', default: 'stylish' },
            config: { type: 'string', short: 'c' },
            fix: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        });
        if (values.help) {
            io.writeStdout(this.usage);
            return 0;
        }
        const formatter = Object.hasOwn(exports.FORMATTERS, values.format) ? exports.FORMATTERS[values.format] : undefined;
        if (!formatter)
            throw new args_1.UsageError(`Unknown format ${JSON.stringify(values.format)}: use stylish, json or sarif`);
        if (positionals.length === 0)
            throw new args_1.UsageError('lint needs at least one file or folder, e.g. design-practice lint design-notes');
        let failed = false;
        const error = (message) => {
            failed = true;
            io.writeStderr(`design-practice: ${message}\n`);
        };
        let fixedConfig;
        if (values.config !== undefined) {
            fixedConfig = await (0, config_2.loadConfigFile)(io, path.resolve(io.cwd, values.config));
            for (const m of (0, config_2.configProblemMessages)(fixedConfig))
                io.writeStderr(`${m}\n`);
            if (!fixedConfig.ok)
                return 2;
        }
        const targets = await collectTargets(io, positionals, error);
        const finder = new config_2.ConfigFinder(io);
        const outcomes = await mapLimit(targets, CONCURRENCY, (t) => lintTarget(io, t, fixedConfig, finder, values.fix).catch((e) => ({
            // A bug in a rule must not hide the other files' results.
            messages: [`${t.display}: internal error while linting, please report it: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`],
            failed: true,
        })));
        const reportedConfigs = new Set();
        let skipped = 0;
        for (const o of outcomes) {
            if (o.config && !fixedConfig && !reportedConfigs.has(o.config.file)) {
                reportedConfigs.add(o.config.file);
                for (const m of (0, config_2.configProblemMessages)(o.config))
                    io.writeStderr(`${m}\n`);
            }
            for (const m of o.messages)
                io.writeStderr(`design-practice: ${m}\n`);
            if (o.failed)
                failed = true;
            if (o.skipped)
                skipped++;
        }
        const results = outcomes.flatMap((o) => (o.result ? [o.result] : []));
        if (results.length === 0 && !failed && skipped === 0) {
            io.writeStderr(`design-practice: no answer files found in ${positionals.join(', ')} (answers are *.md files whose front matter names a prompt or a template)\n`);
        }
        io.writeStdout(formatter(results, { rules: rules_1.RULES, fileCount: results.length, version: version_1.VERSION, cwd: io.cwd }));
        if (failed || (skipped > 0 && results.length === 0))
            return 2;
        return results.some((r) => r.findings.some((f) => f.severity !== 'info')) ? 1 : 0;
    },
};
/**
 * Expands the command line into files: named files as they are, folders searched. Each file once,
 * however many paths (symbolic links, hard links, `a.md` and `./a.md`) lead to it: with `--fix` two
 * workers on one file would each rewrite it from what they read.
 */
async function collectTargets(io, args, error) {
    const byFile = new Map();
    const add = async (found) => {
        // Stat'd together (a folder of a thousand answers would otherwise wait on each in turn); the
        // stat is kept for reading the file.
        const keyed = await mapLimit(found, CONCURRENCY * 4, (t) => fileKey(io, t.path));
        found.forEach((t, i) => {
            const { key, stat } = keyed[i];
            const target = stat ? { ...t, stat } : t;
            const seen = byFile.get(key);
            // Named explicitly wins over found in a folder: it is then linted even without front matter.
            if (!seen || (target.explicit && !seen.explicit))
                byFile.set(key, target);
        });
    };
    for (const arg of args) {
        const abs = path.resolve(io.cwd, arg);
        let stat;
        try {
            stat = await io.stat(abs);
        }
        catch (e) {
            error(`${arg}: ${(0, files_1.errorReason)(e)}`);
            continue;
        }
        if (!stat) {
            error(`${arg}: no such file or folder`);
        }
        else if (stat.isFile) {
            await add([{ path: abs, display: arg, explicit: true }]);
        }
        else if (stat.isDirectory) {
            const found = await (0, files_1.findMarkdownFiles)(io, abs, arg, (shown, reason) => error(`${shown}: cannot read the folder: ${reason}`));
            await add(found);
        }
        else {
            error(`${arg}: not a file or a folder`);
        }
    }
    return [...byFile.values()];
}
/** What identifies the file at `file`: its device and inode where known, else its real path; and its stat. */
async function fileKey(io, file) {
    try {
        const stat = await io.stat(file);
        if (stat?.identity)
            return { key: `id:${stat.identity}`, stat };
        return { key: `path:${await io.realpath(file)}`, stat };
    }
    catch {
        // Reading it will report the problem; until then the path itself is the best key.
        return { key: `path:${file}` };
    }
}
async function lintTarget(io, target, fixedConfig, finder, fix) {
    const read = await (0, files_1.readTextFile)(io, target.path, undefined, target.stat);
    if (read.kind === 'error')
        return { messages: [`${target.display}: ${read.reason}`], failed: true };
    if (read.kind === 'skipped')
        return { messages: [`skipped ${target.display}: ${read.reason}`], skipped: true };
    // Split and front matter read once: to tell whether it is an answer, then by the linter.
    const prepared = (0, linter_1.prepareText)(read.text);
    if ((0, promptFiles_1.isPromptFileHeader)(prepared.lines, prepared.frontMatter)) {
        // Named or found, a prompt file is never linted as an answer (its template names no answer).
        return target.explicit ? { messages: [`skipped ${target.display}: it is a prompt file (front matter with id, title and team), not an answer; check it with: design-practice prompts --prompts <its folder>`], skipped: true } : { messages: [] };
    }
    if (!target.explicit && !(0, files_1.isAnswerText)(prepared))
        return { messages: [] };
    const loaded = fixedConfig ?? (await finder.find(path.dirname(target.path)));
    if (loaded && !loaded.ok)
        return { config: loaded, messages: [`${target.display}: not linted because its configuration ${loaded.file} is unusable`], failed: true };
    const config = loaded?.config ?? defaultConfig;
    const messages = [];
    if (!fix)
        return { config: loaded, messages, result: { file: target.display, findings: (0, linter_1.lint)(read.text, config, prepared), fixed: 0 } };
    if (!read.validUtf8) {
        messages.push(`${target.display}: not fixed because it is not valid UTF-8 (fixing would change bytes you did not touch)`);
        return { config: loaded, messages, result: { file: target.display, findings: (0, linter_1.lint)(read.text, config, prepared), fixed: 0 } };
    }
    const bom = read.text.startsWith('\uFEFF') ? '\uFEFF' : '';
    const original = read.text.slice(bom.length);
    const { text, findings, fixed } = fixText(original, config);
    if (text !== original) {
        try {
            await io.replaceFile(target.path, bom + text, read.text);
        }
        catch (e) {
            const code = e.code;
            messages.push(code === 'ECHANGED'
                ? `${target.display}: not fixed because it changed while --fix was running (an editor saved it?); nothing was written, run --fix again`
                : code === 'EHARDLINKS'
                    ? `${target.display}: not fixed because it has other hard links, which replacing it would leave on the old text; nothing was written`
                    : `${target.display}: cannot write the fixes: ${(0, files_1.errorReason)(e)}`);
            return { config: loaded, messages, failed: true, result: { file: target.display, findings: (0, linter_1.lint)(original, config), fixed: 0 } };
        }
    }
    return { config: loaded, messages, result: { file: target.display, findings, fixed } };
}
/**
 * Applies the fixes that only add text, relinting after each round because one fix can make
 * another possible. Returns the fixed text, what remains and how many fixes were applied.
 */
function fixText(original, config = defaultConfig) {
    let text = original;
    let fixed = 0;
    let findings = (0, linter_1.lint)(text, config);
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const fixable = findings.filter((f) => f.fix && (0, fixes_1.fixOnlyAddsText)(text, f.fix));
        if (fixable.length === 0)
            break;
        const next = (0, fixes_1.applyFixes)(text, fixable);
        if (next === text)
            break;
        fixed += fixable.length;
        text = next;
        findings = (0, linter_1.lint)(text, config);
    }
    return { text, findings, fixed };
}
/** Maps `items` through `fn` with at most `limit` calls in flight; results keep the input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
//# sourceMappingURL=lint.js.map