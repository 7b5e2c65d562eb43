/**
 * The `design-practice` command line. `main` takes the arguments and the outside world (`CliIo`)
 * and returns the exit code, so it runs in-process in tests; `bin.ts` wires it to the real process.
 */
import { UsageError, type Command } from './commands/args';
import { drillCommand } from './commands/drill';
import { lintCommand } from './commands/lint';
import { newCommand } from './commands/new';
import { promptsCommand } from './commands/prompts';
import { scoreCommand } from './commands/score';
import { sectionsCommand } from './commands/sections';
import { printable } from './formatters/printable';
import type { CliIo } from './io';
import { VERSION } from './version';

/** The sub-commands, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [lintCommand, sectionsCommand, promptsCommand, newCommand, drillCommand, scoreCommand];

const USAGE = `Usage: design-practice <command> [options]

Practise system-design interviews: lint your answers, list the prompts, start a new answer, drill
the follow-up questions, score an answer on the five signals.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)}${c.summary}`).join('\n')}

Options:
  -h, --help      Show this help; "design-practice <command> --help" shows a command's options
  -v, --version   Show the version

Exit status: 0 on success, 1 when there are problems to fix, 2 on a usage or I/O error.
`;

/**
 * Runs the command line `argv` (the arguments after the program name) and returns the exit code:
 * 0 success, 1 problems found, 2 usage or I/O error. Never throws.
 */
export async function main(argv: string[], outside: CliIo): Promise<number> {
  const io = terminalSafe(outside);
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.writeStderr(USAGE);
    return 2;
  }
  if (first === '-h' || first === '--help' || first === 'help') {
    const command = first === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.writeStdout(command ? command.usage : USAGE);
    return 0;
  }
  if (first === '-v' || first === '--version') {
    io.writeStdout(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    const what = first.startsWith('-') ? `unknown option ${first}` : `unknown command ${JSON.stringify(first)}`;
    io.writeStderr(`design-practice: ${what}; the commands are ${COMMANDS.map((c) => c.name).join(', ')}\nRun "design-practice --help" for usage.\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.writeStderr(`design-practice ${command.name}: ${error.message}\nRun "design-practice ${command.name} --help" for usage.\n`);
      return 2;
    }
    // A bug, not bad input: say so plainly, with the stack for the report.
    io.writeStderr(`design-practice: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}

/**
 * The one place every byte of output passes: control characters (ESC, CSI, BEL, CR...) from answers,
 * prompt files, configuration keys, file and heading names are written as visible escapes, whatever
 * the command or format (issue 17). Everything else `io` does is its own.
 */
function terminalSafe(io: CliIo): CliIo {
  const safe: CliIo = Object.create(io) as CliIo;
  safe.writeStdout = (text) => io.writeStdout(printable(text));
  safe.writeStderr = (text) => io.writeStderr(printable(text));
  return safe;
}
