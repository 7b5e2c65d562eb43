// `npm start`: build and package the extension, install the .vsix into a dedicated extensions
// folder of the project's code-server (VS Code 1.100.3), and serve VS Code on 127.0.0.1 opened on a
// practice workspace. Runs until Ctrl+C, SIGINT, SIGTERM or SIGHUP (to this process or to npm's:
// package.json's script `exec`s node, so the signal npm passes on reaches this process rather than
// stopping at `sh -c`), or until npm dies; then ends every process it started in any phase (each
// runs in a process group of its own), waits for them, prints one "stopped" line and exits 0.
// Files are left alone.
//
//   npm start [-- --port N] [-- --folder D] [-- --state-dir D] [-- --skip-build]
//
// PORT also sets the port (default 3000; 0 picks a free one). The state dir (default
// .test-host/start) holds the packaged .vsix, the extensions folder and VS Code's user data;
// --skip-build reuses the .vsix a previous run packaged there.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setInterval } from 'node:timers';
import { parseArgs } from 'node:util';
import { applyEdits, modify, parse } from 'jsonc-parser';
import { provisionCodeServer, REPO_ROOT } from './test-host/provision.mjs';
import { installVsix, startCodeServer } from './test-host/server.mjs';
import { defaultLog, killGroup, runCommand } from './test-host/util.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string' }, folder: { type: 'string' }, 'state-dir': { type: 'string' }, 'skip-build': { type: 'boolean' }, web: { type: 'boolean' } },
  allowPositionals: false,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`npm start: --port must be a port number, got ${values.port ?? process.env.PORT}`);
  process.exit(2);
}
const folder = resolve(values.folder ?? join(REPO_ROOT, 'practice'));
const stateDir = resolve(values['state-dir'] ?? join(REPO_ROOT, '.test-host', 'start'));
const vsix = join(stateDir, 'design-practice.vsix');

const PRACTICE_README = `# Practice workspace

This folder is where Design Practice keeps your answers (under \`design-notes/\`).

1. Open the **Design Practice** view in the activity bar.
2. Pick a prompt, read it, and press **Start answer**.
3. Write; the Problems panel tells you what an interviewer would miss.

Your files here are yours: \`npm start\` never changes or deletes them.
`;

/** ./practice sits inside the clone: no "a git repository was found in the parent folders" prompt. */
const GIT_SETTINGS = {
  'git.openRepositoryInParentFolders': 'never',
};

/**
 * Added to the user settings, new or not: without it, each port a process in the workbench opens
 * (code-server's own included) pops up "Your application running on port N is available" over the
 * editor, eight of them on a first run.
 */
const PORT_SETTINGS = {
  'remote.autoForwardPorts': false,
};

/** Quiet, offline defaults for a fresh user-data folder; an existing settings file is left alone. */
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'readme',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'workbench.tips.enabled': false,
  ...GIT_SETTINGS,
  ...PORT_SETTINGS,
};

/**
 * `--web`: the extension runs in the browser worker extension host, as on vscode.dev and github.dev
 * (code-server runs its Node entry otherwise). Kept in a user-data folder of its own, so a later
 * run without --web is back in the Node host.
 */
const WEB_SETTINGS = {
  'remote.extensionKind': { 'design-practice.design-practice': ['web'] },
};

/** Writes `settings` as JSON to `file` unless it exists (never overwrites the user's settings). */
function writeSettingsIfMissing(file, settings) {
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, JSON.stringify(settings, null, 2) + '\n', { flag: 'wx' });
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
  }
}

/**
 * Adds to an existing settings file (JSON with comments) the keys of `settings` it does not set:
 * a value the user chose, the file's other content, its comments and its layout stay as they are.
 * A file that is not a JSON object is left alone, with a warning.
 * @param {string} file
 * @param {Record<string, unknown>} settings
 */
function addMissingSettings(file, settings) {
  const text = readFileSync(file, 'utf8');
  /** @type {import('jsonc-parser').ParseError[]} */
  const errors = [];
  const current = text.trim() === '' ? {} : parse(text, errors, { allowTrailingComma: true });
  if (errors.length > 0 || typeof current !== 'object' || current === null || Array.isArray(current)) {
    defaultLog(`${file} is not a JSON object; left as it is (add ${Object.entries(settings).map(([key, value]) => `"${key}": ${JSON.stringify(value)}`).join(' and ')} to it for a quiet workbench)`);
    return;
  }
  let updated = text.trim() === '' ? '{}\n' : text;
  for (const [key, value] of Object.entries(settings)) {
    if (Object.hasOwn(current, key)) continue;
    updated = applyEdits(updated, modify(updated, [key], value, { formattingOptions: { insertSpaces: true, tabSize: 2 } }));
  }
  // Written before code-server starts, so nothing else writes it now; still, never write over a change.
  if (updated !== text && readFileSync(file, 'utf8') === text) writeFileSync(file, updated);
}

/** Processes this launcher started (each leads a process group of its own), so a signal can end them. */
const children = new Set();
/** @type {Awaited<ReturnType<typeof startCodeServer>> | undefined} */
let server;
let stopping = false;

/** Remembers a child to end on stop; one started while stopping is ended at once. @param {import('node:child_process').ChildProcess} child */
function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  if (stopping) void endGroup(child);
}

/**
 * Ends a child's process group: SIGTERM, SIGKILL if the leader is still there after 5 s, then
 * SIGKILL for whatever of the group outlived its leader.
 * @param {import('node:child_process').ChildProcess} child
 */
async function endGroup(child) {
  const pid = child.pid;
  if (!pid) return;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
    killGroup(pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // the group is empty
  }
}

/** Ends whatever this launcher started, waits for it, prints one "stopped" line and exits. */
async function stop(code, reason) {
  if (stopping) return;
  stopping = true;
  // code-server still starting up is not in `server` yet: server.mjs's exit handler ends its group.
  await Promise.all([...[...children].map(endGroup), server?.stop()]);
  console.log(`Design Practice stopped${reason ? ` (${reason})` : ''}.`);
  process.exit(code);
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) process.on(signal, () => void stop(0, signal));
// npm may die without passing a signal on (e.g. SIGKILL): then this process is re-parented.
const parentPid = process.ppid;
setInterval(() => {
  if (process.ppid !== parentPid) void stop(0, 'its parent process ended');
}, 1_000).unref();

async function main() {
  if (!values['skip-build']) {
    defaultLog('building and packaging the extension');
    mkdirSync(stateDir, { recursive: true });
    await runCommand('npx', ['--no-install', 'vsce', 'package', '--no-dependencies', '--out', vsix], {
      cwd: REPO_ROOT, timeoutMs: 300_000, detached: true, onSpawn: track,
    });
    if (stopping) return;
  }
  const entry = await provisionCodeServer({ log: defaultLog });
  if (stopping) return;
  const extensionsDir = join(stateDir, 'extensions');
  defaultLog('installing the extension into code-server');
  await installVsix(entry, vsix, extensionsDir, { onSpawn: track });
  if (stopping) return;

  const userDataDir = join(stateDir, values.web ? 'user-data-web' : 'user-data');
  const userSettings = join(userDataDir, 'User', 'settings.json');
  writeSettingsIfMissing(userSettings, values.web ? { ...DEFAULT_SETTINGS, ...WEB_SETTINGS } : DEFAULT_SETTINGS);
  addMissingSettings(userSettings, { ...GIT_SETTINGS, ...PORT_SETTINGS }); // user data from before these settings existed
  if (!existsSync(folder)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'README.md'), PRACTICE_README, { flag: 'wx' });
    writeSettingsIfMissing(join(folder, '.vscode', 'settings.json'), GIT_SETTINGS);
  }

  server = await startCodeServer({ entry, port, extensionsDir, userDataDir, folder });
  if (stopping) {
    await server.stop(); // started while stop() was already under way
    return;
  }
  const url = `http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(folder)}`;
  console.log(values.web ? 'Design Practice is running in VS Code at (in the browser worker extension host, as on vscode.dev):' : 'Design Practice is running in VS Code at:');
  console.log(url);
  console.log('Press Ctrl+C to stop.');

  const { code, signal } = await server.exited;
  if (!stopping) {
    console.error(`code-server exited unexpectedly (${signal ?? `exit code ${code}`}):\n${server.output()}`);
    await stop(1);
  }
}

main().catch((error) => {
  if (stopping) return; // a signal ended what was running; stop() exits
  console.error(`npm start failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
