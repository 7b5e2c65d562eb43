/** `design-practice lint`: lint answer files and folders of them, optionally fixing in place. */
import * as path from 'node:path';
import { resolveConfig, type LintConfig } from '../../core/lint/config';
import { applyFixes, fixOnlyAddsText } from '../../core/lint/fixes';
import { lint, prepareText } from '../../core/lint/linter';
import { RULES } from '../../core/lint/rules';
import type { Finding } from '../../core/lint/types';
import { ConfigFinder, configProblemMessages, loadConfigFile, type LoadedConfig } from '../config';
import { isPromptFileHeader } from '../../core/catalog/promptFiles';
import { errorReason, findMarkdownFiles, isAnswerText, readTextFile, type FileTarget } from '../files';
import { json } from '../formatters/json';
import { sarif } from '../formatters/sarif';
import { stylish } from '../formatters/stylish';
import type { FileResult, Formatter } from '../formatters/types';
import type { CliIo, FileStat } from '../io';
import { VERSION } from '../version';
import { parseCommandArgs, UsageError, type Command } from './args';

/** The output formats `--format` accepts. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, sarif };

/** How many files are read and linted at once. */
const CONCURRENCY = 8;

/** `--fix` stops after this many rounds of fix-and-relint. */
const MAX_FIX_PASSES = 10;

const defaultConfig = resolveConfig(undefined, RULES).config;

/** What happened to one target. Messages are kept per file and printed in file order. */
interface Outcome {
  readonly result?: FileResult;
  readonly config?: LoadedConfig;
  readonly messages: string[];
  readonly skipped?: boolean;
  readonly failed?: boolean;
}

export const lintCommand: Command = {
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
    const { values, positionals } = parseCommandArgs(argv, {
      format: { type: 'string', short: 'f', default: 'stylish' },
      config: { type: 'string', short: 'c' },
      fix: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
      io.writeStdout(this.usage);
      return 0;
    }
    const formatter = Object.hasOwn(FORMATTERS, values.format) ? FORMATTERS[values.format] : undefined;
    if (!formatter) throw new UsageError(`Unknown format ${JSON.stringify(values.format)}: use stylish, json or sarif`);
    if (positionals.length === 0) throw new UsageError('lint needs at least one file or folder, e.g. design-practice lint design-notes');

    let failed = false;
    const error = (message: string) => {
      failed = true;
      io.writeStderr(`design-practice: ${message}\n`);
    };

    let fixedConfig: LoadedConfig | undefined;
    if (values.config !== undefined) {
      fixedConfig = await loadConfigFile(io, path.resolve(io.cwd, values.config));
      for (const m of configProblemMessages(fixedConfig)) io.writeStderr(`${m}\n`);
      if (!fixedConfig.ok) return 2;
    }

    const targets = await collectTargets(io, positionals, error);
    const finder = new ConfigFinder(io);
    const outcomes = await mapLimit(targets, CONCURRENCY, (t) =>
      lintTarget(io, t, fixedConfig, finder, values.fix).catch((e: unknown): Outcome => ({
        // A bug in a rule must not hide the other files' results.
        messages: [`${t.display}: internal error while linting, please report it: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`],
        failed: true,
      })),
    );

    const reportedConfigs = new Set<string>();
    let skipped = 0;
    for (const o of outcomes) {
      if (o.config && !fixedConfig && !reportedConfigs.has(o.config.file)) {
        reportedConfigs.add(o.config.file);
        for (const m of configProblemMessages(o.config)) io.writeStderr(`${m}\n`);
      }
      for (const m of o.messages) io.writeStderr(`design-practice: ${m}\n`);
      if (o.failed) failed = true;
      if (o.skipped) skipped++;
    }

    const results = outcomes.flatMap((o) => (o.result ? [o.result] : []));
    if (results.length === 0 && !failed && skipped === 0) {
      io.writeStderr(`design-practice: no answer files found in ${positionals.join(', ')} (answers are *.md files whose front matter names a prompt or a template)\n`);
    }
    io.writeStdout(formatter(results, { rules: RULES, fileCount: results.length, version: VERSION, cwd: io.cwd }));

    if (failed || (skipped > 0 && results.length === 0)) return 2;
    return results.some((r) => r.findings.some((f) => f.severity !== 'info')) ? 1 : 0;
  },
};

/**
 * Expands the command line into files: named files as they are, folders searched. Each file once,
 * however many paths (symbolic links, hard links, `a.md` and `./a.md`) lead to it: with `--fix` two
 * workers on one file would each rewrite it from what they read.
 */
async function collectTargets(io: CliIo, args: readonly string[], error: (message: string) => void): Promise<FileTarget[]> {
  const byFile = new Map<string, FileTarget>();
  const add = async (found: readonly FileTarget[]) => {
    // Stat'd together (a folder of a thousand answers would otherwise wait on each in turn); the
    // stat is kept for reading the file.
    const keyed = await mapLimit(found, CONCURRENCY * 4, (t) => fileKey(io, t.path));
    found.forEach((t, i) => {
      const { key, stat } = keyed[i];
      const target = stat ? { ...t, stat } : t;
      const seen = byFile.get(key);
      // Named explicitly wins over found in a folder: it is then linted even without front matter.
      if (!seen || (target.explicit && !seen.explicit)) byFile.set(key, target);
    });
  };
  for (const arg of args) {
    const abs = path.resolve(io.cwd, arg);
    let stat;
    try {
      stat = await io.stat(abs);
    } catch (e) {
      error(`${arg}: ${errorReason(e)}`);
      continue;
    }
    if (!stat) {
      error(`${arg}: no such file or folder`);
    } else if (stat.isFile) {
      await add([{ path: abs, display: arg, explicit: true }]);
    } else if (stat.isDirectory) {
      const found = await findMarkdownFiles(io, abs, arg, (shown, reason) => error(`${shown}: cannot read the folder: ${reason}`));
      await add(found);
    } else {
      error(`${arg}: not a file or a folder`);
    }
  }
  return [...byFile.values()];
}

/** What identifies the file at `file`: its device and inode where known, else its real path; and its stat. */
async function fileKey(io: CliIo, file: string): Promise<{ key: string; stat?: FileStat }> {
  try {
    const stat = await io.stat(file);
    if (stat?.identity) return { key: `id:${stat.identity}`, stat };
    return { key: `path:${await io.realpath(file)}`, stat };
  } catch {
    // Reading it will report the problem; until then the path itself is the best key.
    return { key: `path:${file}` };
  }
}

async function lintTarget(io: CliIo, target: FileTarget, fixedConfig: LoadedConfig | undefined, finder: ConfigFinder, fix: boolean): Promise<Outcome> {
  const read = await readTextFile(io, target.path, undefined, target.stat);
  if (read.kind === 'error') return { messages: [`${target.display}: ${read.reason}`], failed: true };
  if (read.kind === 'skipped') return { messages: [`skipped ${target.display}: ${read.reason}`], skipped: true };
  // Split and front matter read once: to tell whether it is an answer, then by the linter.
  const prepared = prepareText(read.text);
  if (isPromptFileHeader(prepared.lines, prepared.frontMatter)) {
    // Named or found, a prompt file is never linted as an answer (its template names no answer).
    return target.explicit ? { messages: [`skipped ${target.display}: it is a prompt file (front matter with id, title and team), not an answer; check it with: design-practice prompts --prompts <its folder>`], skipped: true } : { messages: [] };
  }
  if (!target.explicit && !isAnswerText(prepared)) return { messages: [] };

  const loaded = fixedConfig ?? (await finder.find(path.dirname(target.path)));
  if (loaded && !loaded.ok) return { config: loaded, messages: [`${target.display}: not linted because its configuration ${loaded.file} is unusable`], failed: true };
  const config = loaded?.config ?? defaultConfig;
  const messages: string[] = [];

  if (!fix) return { config: loaded, messages, result: { file: target.display, findings: lint(read.text, config, prepared), fixed: 0 } };

  if (!read.validUtf8) {
    messages.push(`${target.display}: not fixed because it is not valid UTF-8 (fixing would change bytes you did not touch)`);
    return { config: loaded, messages, result: { file: target.display, findings: lint(read.text, config, prepared), fixed: 0 } };
  }
  const bom = read.text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const original = read.text.slice(bom.length);
  const { text, findings, fixed } = fixText(original, config);
  if (text !== original) {
    try {
      await io.replaceFile(target.path, bom + text, read.text);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      messages.push(
        code === 'ECHANGED'
          ? `${target.display}: not fixed because it changed while --fix was running (an editor saved it?); nothing was written, run --fix again`
          : code === 'EHARDLINKS'
            ? `${target.display}: not fixed because it has other hard links, which replacing it would leave on the old text; nothing was written`
            : `${target.display}: cannot write the fixes: ${errorReason(e)}`,
      );
      return { config: loaded, messages, failed: true, result: { file: target.display, findings: lint(original, config), fixed: 0 } };
    }
  }
  return { config: loaded, messages, result: { file: target.display, findings, fixed } };
}

/**
 * Applies the fixes that only add text, relinting after each round because one fix can make
 * another possible. Returns the fixed text, what remains and how many fixes were applied.
 */
export function fixText(original: string, config: LintConfig = defaultConfig): { text: string; findings: Finding[]; fixed: number } {
  let text = original;
  let fixed = 0;
  let findings = lint(text, config);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixable = findings.filter((f) => f.fix && fixOnlyAddsText(text, f.fix));
    if (fixable.length === 0) break;
    const next = applyFixes(text, fixable);
    if (next === text) break;
    fixed += fixable.length;
    text = next;
    findings = lint(text, config);
  }
  return { text, findings, fixed };
}

/** Maps `items` through `fn` with at most `limit` calls in flight; results keep the input order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
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
