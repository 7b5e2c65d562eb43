/**
 * The CLI's configuration: `--config FILE`, or the nearest `.design-practice.json` above each linted
 * file. The file holds a `LintConfigInput` as JSON, the same object the VS Code settings produce.
 */
import * as path from 'node:path';
import { resolveConfig, type ConfigProblem, type LintConfig, type LintConfigInput } from '../core/lint/config';
import { RULES } from '../core/lint/rules';
import { displayPath, errorReason, readTextFile } from './files';
import type { CliIo, FileStat } from './io';

/** The name of the configuration file looked for in each folder. */
export const CONFIG_FILE_NAME = '.design-practice.json';

/** Configuration files are small; anything bigger is a mistake. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** A configuration file, loaded: usable (perhaps with problems in some settings) or unusable. */
export type LoadedConfig =
  | { readonly ok: true; readonly file: string; readonly config: LintConfig; readonly problems: readonly ConfigProblem[] }
  | { readonly ok: false; readonly file: string; readonly error: string };

/** Reads, parses and validates one configuration file. Never throws. */
export async function loadConfigFile(io: CliIo, abs: string): Promise<LoadedConfig> {
  const file = displayPath(io.cwd, abs);
  const read = await readTextFile(io, abs, MAX_CONFIG_BYTES);
  if (read.kind !== 'text') return { ok: false, file, error: `cannot read it: ${read.reason}` };
  const text = read.text.replace(/^\uFEFF/, '');
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { ok: false, file, error: `it is not valid JSON: ${withLineAndColumn(errorReason(error), text)}` };
  }
  const { config, problems } = resolveConfig(input as LintConfigInput, RULES);
  return { ok: true, file, config, problems };
}

/**
 * Finds the nearest `.design-practice.json` at or above a folder. Lookups are cached per folder, so
 * a thousand files in one folder cost one lookup.
 */
export class ConfigFinder {
  private readonly byFolder = new Map<string, Promise<LoadedConfig | undefined>>();

  constructor(private readonly io: CliIo) {}

  /** The configuration for files in `folder` (absolute); `undefined` when there is none up to the root. */
  find(folder: string): Promise<LoadedConfig | undefined> {
    let found = this.byFolder.get(folder);
    if (!found) {
      found = this.lookUp(folder);
      this.byFolder.set(folder, found);
    }
    return found;
  }

  private async lookUp(folder: string): Promise<LoadedConfig | undefined> {
    const candidate = path.join(folder, CONFIG_FILE_NAME);
    const unusable = (why: string): LoadedConfig => ({ ok: false, file: displayPath(this.io.cwd, candidate), error: `cannot read it: ${why}` });
    // A file that is there but cannot be read is reported (exit 2), never passed over for the defaults
    // or a configuration further up: the user wrote it to apply here (issue 17).
    let stat: FileStat | undefined;
    try {
      stat = await this.io.stat(candidate);
    } catch (error) {
      return unusable(errorReason(error)); // ELOOP (a link loop), EACCES...
    }
    if (stat?.isFile) return loadConfigFile(this.io, candidate);
    if (stat) return unusable(stat.isDirectory ? 'it is a folder' : 'it is not a regular file (a pipe, socket or device)');
    if (await this.isLink(folder)) return unusable('it is a symbolic link to nothing');
    const parent = path.dirname(folder);
    return parent === folder ? undefined : this.find(parent);
  }

  /** Whether `folder` holds a configuration entry that is a symbolic link (stat said nothing is there: it dangles). */
  private async isLink(folder: string): Promise<boolean> {
    const entries = await this.io.readdir(folder).catch(() => []);
    return entries.some((e) => e.name === CONFIG_FILE_NAME && e.kind === 'symlink');
  }
}

/** The lines that tell the user about problems in a configuration file's settings. */
export function configProblemMessages(loaded: LoadedConfig): string[] {
  if (!loaded.ok) return [`design-practice: ${loaded.file}: ${loaded.error}`];
  return loaded.problems.map((p) => `design-practice: warning: ${loaded.file}: ${p.setting ? `${p.setting}: ` : ''}${p.message}${p.applied ? '' : ' (using the default for this setting)'}`);
}

/** Adds "line L, column C" to a JSON.parse message that only gives a character position. */
function withLineAndColumn(message: string, text: string): string {
  const m = /at position (\d+)/.exec(message);
  if (!m || /line \d+/.test(message)) return message;
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}
