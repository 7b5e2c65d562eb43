/** The shape of a command and the argument parsing they share. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from '../io';

/** A sub-command: `design-practice <name> ...`. */
export interface Command {
  readonly name: string;
  /** One line for the command list in the main help. */
  readonly summary: string;
  /** The command's `--help` text. */
  readonly usage: string;
  /** Runs the command with the arguments after its name; returns the exit code. */
  run(argv: string[], io: CliIo): Promise<number>;
}

/** A mistake on the command line: reported with a pointer to `--help`, exit code 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** `parseArgs` in strict mode with positionals; its errors become `UsageError`s. */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
