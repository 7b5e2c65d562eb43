/** `design-practice drill`: the interviewer's follow-up questions about a prompt and your answer to it. */
import * as path from 'node:path';
import { readAnswerHeader } from '../../core/answer/parseAnswer';
import { isValidPromptId } from '../../core/catalog/ids';
import { PROBE_INTERVIEWER, SIGNALS, type Interviewer, type Probe, type ProbeOptions } from '../../core/interview';
import { loadCliCatalog, unknownPromptMessage } from '../catalog';
import { ConfigFinder, configProblemMessages, loadConfigFile } from '../config';
import { readTextFile } from '../files';
import { parseCommandArgs, UsageError, type Command } from './args';

/** A probe as `--format json` prints it: `line` is 1-based; `line` and `quote` only for answer probes. */
export interface JsonProbe {
  readonly id: string;
  readonly question: string;
  readonly source: Probe['source'];
  readonly line?: number;
  readonly quote?: string;
  readonly signal: Probe['signal'];
}

export const drillCommand: Command = {
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
    const { values, positionals } = parseCommandArgs(argv, {
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
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`Unknown format ${JSON.stringify(values.format)}: use text or json`);
    if (positionals.length === 0 || positionals.length > 2) {
      throw new UsageError('drill takes a prompt id and, optionally, your answer file, e.g. design-practice drill platform/feature-flags notes/feature-flags.md');
    }
    const [id, answerFile] = positionals;
    if (!isValidPromptId(id)) throw new UsageError(`${JSON.stringify(id)} is not a prompt id: run "design-practice prompts" for the ids`);

    const { catalog } = await loadCliCatalog(io, values.prompts);
    const prompt = catalog.prompts.find((p) => p.id === id);
    if (!prompt) {
      io.writeStderr(`design-practice: ${unknownPromptMessage(catalog, id)}\n`);
      return 2;
    }

    let text = '';
    let options: ProbeOptions = {};
    if (answerFile !== undefined) {
      const abs = path.resolve(io.cwd, answerFile);
      const read = await readTextFile(io, abs);
      if (read.kind !== 'text') {
        io.writeStderr(`design-practice: ${answerFile}: ${read.kind === 'skipped' ? `not read: ${read.reason}` : read.reason}\n`);
        return 2;
      }
      text = read.text;
      const loaded = values.config !== undefined ? await loadConfigFile(io, path.resolve(io.cwd, values.config)) : await new ConfigFinder(io).find(path.dirname(abs));
      if (loaded) {
        for (const m of configProblemMessages(loaded)) io.writeStderr(`${m}\n`);
        if (!loaded.ok) return 2;
        options = { technologies: loaded.config.technologies, aliases: loaded.config.aliases, defaultTemplate: loaded.config.defaultTemplate };
      }
      const named = readAnswerHeader(text).promptId;
      if (named && named !== prompt.id) io.writeStderr(`design-practice: warning: ${answerFile} is an answer to ${named}, not ${prompt.id}\n`);
    } else if (values.config !== undefined) {
      throw new UsageError('--config applies to an answer file: name one after the prompt id');
    }

    // Without an answer there is nothing of the candidate's to ask about: only the prompt's questions.
    const interviewer: Interviewer = PROBE_INTERVIEWER;
    const probes = await interviewer.questions(answerFile === undefined ? { answer: '', prompt, options: { rules: [] } } : { answer: text, prompt, options });
    const shown = values.all ? probes : probes.slice(0, 1);
    io.writeStdout(values.format === 'json' ? `${JSON.stringify(shown.map(toJson), null, 2)}\n` : textOutput(shown, probes.length, values.all));
    return 0;
  },
};

/** A probe as JSON, with the answer line 1-based. */
export function toJson(probe: Probe): JsonProbe {
  return {
    id: probe.id,
    question: probe.question,
    source: probe.source,
    ...(probe.source === 'answer' && probe.line !== undefined ? { line: probe.line + 1 } : {}),
    ...(probe.source === 'answer' && probe.quote !== undefined ? { quote: probe.quote } : {}),
    signal: probe.signal,
  };
}

function textOutput(shown: readonly Probe[], total: number, all: boolean): string {
  if (total === 0) return 'No follow-up question left: every one has an answer under "## Follow-ups".\n';
  const width = String(total).length;
  const blocks = shown.map((probe, i) => {
    const indent = ' '.repeat(width + 2);
    const lines = [`${String(i + 1).padStart(width)}. ${probe.question}`];
    if (probe.source === 'answer' && probe.line !== undefined) lines.push(`${indent}about line ${probe.line + 1}${probe.quote ? `: ${probe.quote}` : ''}`);
    else if (probe.source === 'answer') lines.push(`${indent}about what your answer leaves out`);
    else lines.push(`${indent}from the prompt's follow-ups`);
    lines.push(`${indent}tests: ${SIGNALS.find((s) => s.id === probe.signal)?.title ?? probe.signal}`);
    return lines.join('\n');
  });
  const more = !all && total > shown.length ? `\n${total - shown.length} more: add --all to see every question.\n` : '';
  return `${blocks.join('\n\n')}\n${more}`;
}
