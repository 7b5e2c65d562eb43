// `npm start`: build and package the extension, install the .vsix into a dedicated extensions
// folder of the project's code-server (VS Code 1.100.3), and serve VS Code on 127.0.0.1 opened on a
// practice workspace. Runs until Ctrl+C, then ends every process it started.
//
//   npm start [-- --port N] [-- --folder D] [-- --state-dir D]
//
// PORT also sets the port (default 3000; 0 picks a free one). The state dir (default
// .test-host/start) holds the packaged .vsix, the extensions folder and VS Code's user data.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { provisionCodeServer, REPO_ROOT } from './test-host/provision.mjs';
import { installVsix, startCodeServer } from './test-host/server.mjs';
import { defaultLog, runCommand } from './test-host/util.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string' }, folder: { type: 'string' }, 'state-dir': { type: 'string' }, 'skip-build': { type: 'boolean' } },
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

/** Quiet, offline defaults for a fresh user-data folder; an existing settings file is left alone. */
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'readme',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'workbench.tips.enabled': false,
};

function writeDefaultSettings(userDataDir) {
  const dir = join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'settings.json');
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(DEFAULT_SETTINGS, null, 2) + '\n', { flag: 'wx' });
}

async function main() {
  if (!values['skip-build']) {
    defaultLog('building and packaging the extension');
    mkdirSync(stateDir, { recursive: true });
    await runCommand('npx', ['--no-install', 'vsce', 'package', '--no-dependencies', '--out', vsix], { cwd: REPO_ROOT, timeoutMs: 300_000 });
  }
  const entry = await provisionCodeServer({ log: defaultLog });
  const extensionsDir = join(stateDir, 'extensions');
  defaultLog('installing the extension into code-server');
  await installVsix(entry, vsix, extensionsDir);

  writeDefaultSettings(join(stateDir, 'user-data'));
  if (!existsSync(folder)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'README.md'), PRACTICE_README, { flag: 'wx' });
  }

  const server = await startCodeServer({ entry, port, extensionsDir, userDataDir: join(stateDir, 'user-data'), folder });
  const url = `http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(folder)}`;
  console.log('Design Practice is running in VS Code at:');
  console.log(url);
  console.log('Press Ctrl+C to stop.');

  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  const { code, signal } = await server.exited;
  if (!stopping) {
    console.error(`code-server exited unexpectedly (${signal ?? `exit code ${code}`}):\n${server.output()}`);
    await stop(1);
  }
}

main().catch((error) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
