/** Answers, configurations and disk access shared by the CLI tests. */
import * as path from 'node:path';
import { nodeIo, type CliIo } from '../../../src/cli/io';
import { RULES } from '../../../src/core/lint/rules';
import type { Finding } from '../../../src/core/lint/types';
import { fixturePath } from '../helpers/paths';

/** The sections of the system-design template, with a line of real content each. */
export const SECTIONS: Readonly<Record<string, string>> = {
  Requirements: '- 10 million lookups per second at peak; p99 under 2 ms.',
  Scope: '- In scope: the cache and the client library. Out of scope: the editorial tool.',
  Architecture: '- A publisher builds snapshots; clients load them and apply deltas.',
  'Trade-offs': '- In-process snapshots over a remote cache: no network hop, but 6 GB per host.',
  Operability: '- Page when a snapshot is older than 10 minutes; the platform team is on call.',
};

/** An answer with front matter naming `prompt` and the given sections (all five by default). */
export function answer(sections: readonly string[] = Object.keys(SECTIONS), frontMatter = 'prompt: platform/metadata-cache'): string {
  const body = sections.map((s) => `## ${s}\n\n${SECTIONS[s] ?? '- Something.'}\n`).join('\n');
  return `---\n${frontMatter}\n---\n# Metadata cache\n\n${body}`;
}

/** A configuration (as JSON text) that leaves SD001 at `sd001` and switches every other rule off. */
export function onlySd001(sd001: string = 'warning'): string {
  return JSON.stringify({ rules: Object.fromEntries(RULES.map((r) => [r.names[0], r.names[0] === 'SD001' ? sd001 : 'off'])) });
}

/** A configuration that sets every rule to `info`. */
export function allInfo(): string {
  return JSON.stringify({ rules: Object.fromEntries(RULES.map((r) => [r.names[0], 'info'])) });
}

/** A finding as `--format json` prints it. */
export type JsonFinding = Finding & { file: string };

/** Parses `--format json` output. */
export function jsonFindings(stdout: string): JsonFinding[] {
  return JSON.parse(stdout) as JsonFinding[];
}

/** The real file system rooted at a fixture folder, with output captured and writes refused. */
export function diskIo(...fixture: string[]): CliIo & { readonly stdout: string; readonly stderr: string } {
  const real = nodeIo();
  let stdout = '';
  let stderr = '';
  return {
    ...real,
    cwd: fixturePath(...fixture),
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    writeStdout: (text: string) => void (stdout += text),
    writeStderr: (text: string) => void (stderr += text),
    writeFile: async (file: string) => {
      throw new Error(`fixtures are read-only in tests: ${file}`);
    },
    replaceFile: async (file: string) => {
      throw new Error(`fixtures are read-only in tests: ${file}`);
    },
    mkdir: async (dir: string) => {
      throw new Error(`fixtures are read-only in tests: ${dir}`);
    },
  };
}

/** `a/b/c.md` with the platform's separators, as the CLI prints paths it joined. */
export function p(posix: string): string {
  return posix.split('/').join(path.sep);
}

/** Whether `text` holds a control character other than a line feed (what a terminal would act on). */
export function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}
