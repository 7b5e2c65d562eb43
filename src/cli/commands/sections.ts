/** `design-practice sections`: how the linter reads each heading of an answer, and why. */
import * as path from 'node:path';
import { resolveConfig } from '../../core/lint/config';
import { sectionReadings, type SectionReadingRow } from '../../core/lint/linter';
import { RULES } from '../../core/lint/rules';
import { ConfigFinder, configProblemMessages, loadConfigFile } from '../config';
import { readTextFile } from '../files';
import { parseCommandArgs, UsageError, type Command } from './args';

const defaultConfig = resolveConfig(undefined, RULES).config;

export const sectionsCommand: Command = {
  name: 'sections',
  summary: 'Show which template section each heading of an answer is read as, and why',
  usage: `Usage: design-practice sections <file> [options]

Prints every heading of an answer with the template section(s) the linter reads it as (or none),
and why: the alias or the rule that decided. Use it when SD001 says a section is missing that you
wrote under your own heading; add that heading to "aliases" in .design-practice.json to teach it.

Options:
  -f, --format <name>  Output format: text (default) or json
                       (json: [{"line", "level", "heading", "sections": [ids], "reason"}], lines 1-based)
  -c, --config <file>  Use this configuration file instead of the nearest .design-practice.json
  -h, --help           Show this help

Exit status: 0 on success, 2 on a usage error or a file or configuration that cannot be read.
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      format: { type: 'string', short: 'f', default: 'text' },
      config: { type: 'string', short: 'c' },
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
      io.writeStdout(this.usage);
      return 0;
    }
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`Unknown format ${JSON.stringify(values.format)}: use text or json`);
    if (positionals.length !== 1) throw new UsageError('sections needs exactly one answer file, e.g. design-practice sections answers/top-10.md');

    const [file] = positionals;
    const abs = path.resolve(io.cwd, file);
    const read = await readTextFile(io, abs);
    if (read.kind !== 'text') {
      io.writeStderr(`design-practice: ${file}: ${read.reason}\n`);
      return 2;
    }
    const loaded = values.config !== undefined ? await loadConfigFile(io, path.resolve(io.cwd, values.config)) : await new ConfigFinder(io).find(path.dirname(abs));
    if (loaded) for (const m of configProblemMessages(loaded)) io.writeStderr(`${m}\n`);
    if (loaded && !loaded.ok) return 2;

    const rows = sectionReadings(read.text, loaded?.config ?? defaultConfig);
    io.writeStdout(values.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : sectionsText(file, rows));
    return 0;
  },
};

function sectionsText(file: string, rows: readonly SectionReadingRow[]): string {
  if (rows.length === 0) return `${file}: no headings\n`;
  const width = String(rows[rows.length - 1].line).length;
  const lines = rows.map((r) => {
    const read = r.sections.length > 0 ? r.sections.join(' + ') : '-';
    return `${String(r.line).padStart(width)}  ${'#'.repeat(r.level)} ${r.heading}\n${' '.repeat(width)}  → ${read} (${r.reason})`;
  });
  return `${file}\n${lines.join('\n')}\n`;
}
