/** `design-practice new`: scaffold an answer to a prompt, never overwriting an earlier attempt. */
import * as path from 'node:path';
import { scaffoldAnswer, attemptFileName } from '../../core/answer/scaffold';
import { isValidPromptId, joinInside, promptSlug, windowsDeviceSegment } from '../../core/catalog/ids';
import { loadCliCatalog, unknownPromptMessage } from '../catalog';
import { errorReason } from '../files';
import { parseCommandArgs, UsageError, type Command } from './args';

/** Where answers go unless `--dir` says otherwise. */
export const DEFAULT_ANSWER_DIR = 'design-notes';

/** More attempts than this at one prompt is surely a loop, not practice. */
const MAX_ATTEMPTS = 1000;

export const newCommand: Command = {
  name: 'new',
  summary: 'Start a new answer to a prompt',
  usage: `Usage: design-practice new <prompt-id> [options]

Writes a new answer to a prompt, with its sections laid out, to <dir>/<team>/<slug>.md and prints
the path. When that file exists the next attempt is written instead (<slug>-2.md, <slug>-3.md, ...):
an existing file is never overwritten. Run "design-practice prompts" for the ids.

Options:
  -d, --dir <dir>       Folder for answers (default: ${DEFAULT_ANSWER_DIR})
  -p, --prompts <dir>   Also load the prompt files (*.md) in this folder; repeat for more folders
  -q, --clarifying-questions
                        Copy the prompt's clarifying questions under Requirements (by default the
                        answer starts without them: asking them is part of the practice)
  -h, --help            Show this help

Exit status: 0 when the answer was written, 2 on a usage error, an unknown prompt id, or a file
that cannot be written.
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      dir: { type: 'string', short: 'd', default: DEFAULT_ANSWER_DIR },
      prompts: { type: 'string', short: 'p', multiple: true, default: [] },
      'clarifying-questions': { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
      io.writeStdout(this.usage);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('new takes one prompt id, e.g. design-practice new streaming/adaptive-bitrate');
    const id = positionals[0];
    if (!isValidPromptId(id)) {
      const device = windowsDeviceSegment(id);
      throw new UsageError(
        device !== undefined
          ? `${JSON.stringify(id)} is not a prompt id: "${device}" is the name of a Windows device, so no answer file can be named after it`
          : `${JSON.stringify(id)} is not a prompt id: ids are lower-case words joined by "-" and "/", e.g. streaming/adaptive-bitrate`,
      );
    }
    if (values.dir.trim() === '') throw new UsageError('--dir needs a folder');

    const { catalog } = await loadCliCatalog(io, values.prompts);
    const prompt = catalog.prompts.find((p) => p.id === id);
    if (!prompt) {
      io.writeStderr(`design-practice: ${unknownPromptMessage(catalog, id)}\n`);
      return 2;
    }

    const root = path.resolve(io.cwd, values.dir);
    const folder = joinInside(root, prompt.team);
    try {
      await io.mkdir(folder);
    } catch (e) {
      io.writeStderr(`design-practice: cannot create the folder ${path.join(values.dir, prompt.team)}: ${errorReason(e)}\n`);
      return 2;
    }
    const text = scaffoldAnswer(prompt, io.now(), { includeClarifyingQuestions: values['clarifying-questions'] });
    const slug = promptSlug(prompt.id);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const fileName = attemptFileName(slug, attempt);
      const shown = path.join(values.dir, prompt.team, fileName);
      try {
        // Exclusive create: if the file appears between two tries, the next attempt number is used.
        await io.writeFile(joinInside(root, prompt.team, fileName), text, { exclusive: true });
        io.writeStdout(`${shown}\n`);
        return 0;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue;
        io.writeStderr(`design-practice: cannot write ${shown}: ${errorReason(e)}\n`);
        return 2;
      }
    }
    io.writeStderr(`design-practice: ${MAX_ATTEMPTS} attempts of ${prompt.id} exist already in ${path.join(values.dir, prompt.team)}; nothing written\n`);
    return 2;
  },
};
