// Starts and stops a code-server (VS Code server + web workbench) for tests and manual runs, and
// installs .vsix files into an extensions folder with it.
//
// Isolation: every server gets its own temp folder holding the XDG folders (else code-server
// writes its config into ~/.config and its logs into ~/.local/share), and, unless the caller
// passes them, its user-data and extensions folders. EXTENSIONS_GALLERY='{}' keeps it from
// reaching for a marketplace. It listens on 127.0.0.1 only, without authentication.
//
// Process handling: the server runs in a process group of its own (detached), so stop() can end
// it together with the processes it starts (the VS Code server, extension hosts, terminals).
// Servers still running when Node exits are killed from a process 'exit' handler.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { provisionCodeServer } from './provision.mjs';
import { OutputTail, defaultLog, forEachLine, killGroup, makeTempDir, removeDir, removeDirSync, runCommand } from './util.mjs';

/** The line code-server prints once it accepts connections, with its address. */
const READY_PATTERN = /HTTP server listening on (https?:\/\/\S+)/;

/**
 * Process groups and temp folders of running servers, for the last-resort clean-up on exit.
 * @type {Map<number, string>}
 */
const live = new Map();
let exitHandlerInstalled = false;

function installExitHandler() {
  if (exitHandlerInstalled) return;
  exitHandlerInstalled = true;
  // 'exit' handlers must be synchronous: kill what is left and remove its temp folder.
  process.on('exit', () => {
    for (const [pid, tempRoot] of live) {
      killGroup(pid, 'SIGKILL');
      removeDirSync(tempRoot);
    }
  });
}

/**
 * The environment code-server runs with: the caller's, minus anything that would make it think
 * it runs inside another VS Code / code-server, plus private XDG folders and an empty gallery.
 * @param {string} tempRoot
 * @param {NodeJS.ProcessEnv} [extra]
 * @returns {Promise<NodeJS.ProcessEnv>}
 */
async function serverEnv(tempRoot, extra = {}) {
  /** @type {NodeJS.ProcessEnv} */
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE' || key === 'CODE_SERVER_PARENT_PID' ||
      key === 'PASSWORD' || key === 'HASHED_PASSWORD' || key.startsWith('npm_')) continue;
    env[key] = value;
  }
  const xdg = {
    XDG_CONFIG_HOME: join(tempRoot, 'xdg', 'config'),
    XDG_DATA_HOME: join(tempRoot, 'xdg', 'data'),
    XDG_CACHE_HOME: join(tempRoot, 'xdg', 'cache'),
    XDG_STATE_HOME: join(tempRoot, 'xdg', 'state'),
    XDG_RUNTIME_DIR: join(tempRoot, 'xdg', 'runtime'),
  };
  for (const dir of Object.values(xdg)) await mkdir(dir, { recursive: true, mode: 0o700 });
  return { ...env, ...xdg, EXTENSIONS_GALLERY: '{}', ...extra };
}

/**
 * A running code-server.
 * @typedef {object} CodeServer
 * @property {string} url its base URL, e.g. `http://127.0.0.1:41234/`
 * @property {string} host the address it listens on
 * @property {number} port the port it listens on
 * @property {import('node:child_process').ChildProcess} process the code-server process (leader of its own process group)
 * @property {string} userDataDir its user-data folder
 * @property {string} extensionsDir its extensions folder
 * @property {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} exited settles when the process exits
 * @property {() => string} output the last lines it printed (for error messages)
 * @property {() => Promise<void>} stop ends the process group, waits for the exit and removes the temp folders it made; safe to call twice
 */

/**
 * Starts code-server and resolves once it prints `HTTP server listening on`.
 *
 * @param {object} [options]
 * @param {string} [options.entry] code-server's `out/node/entry.js` (default: provision it)
 * @param {string} [options.node] the Node that runs code-server (default: this one; a newer code-server brings its own)
 * @param {number} [options.port] the port (default 0: the OS picks a free one, and the port is read from the server's output)
 * @param {string} [options.host] the address to listen on (default 127.0.0.1)
 * @param {string} [options.extensionsDir] the extensions folder (default: a fresh temp folder, removed by stop())
 * @param {string} [options.userDataDir] the user-data folder (default: a fresh temp folder, removed by stop())
 * @param {string} [options.folder] a folder to open by default (else the URL's `?folder=` picks it)
 * @param {string[]} [options.extraArgs] more code-server arguments
 * @param {NodeJS.ProcessEnv} [options.env] extra environment variables (they reach the extension host too)
 * @param {(message: string) => void} [options.log] receives the server's output lines and progress messages (default: ignore the server's output)
 * @param {number} [options.timeoutMs] how long to wait for the server to be ready (default 60 s)
 * @returns {Promise<CodeServer>}
 */
export async function startCodeServer({
  entry,
  node = process.execPath,
  port = 0,
  host = '127.0.0.1',
  extensionsDir,
  userDataDir,
  folder,
  extraArgs = [],
  env: extraEnv = {},
  log = () => {},
  timeoutMs = 60_000,
} = {}) {
  const codeServerEntry = entry ?? await provisionCodeServer({ log: defaultLog });
  const tempRoot = makeTempDir('design-practice-code-server-');
  try {
    const userData = userDataDir ? resolve(userDataDir) : join(tempRoot, 'user-data');
    const extensions = extensionsDir ? resolve(extensionsDir) : join(tempRoot, 'extensions');
    await mkdir(userData, { recursive: true });
    await mkdir(extensions, { recursive: true });
    const env = await serverEnv(tempRoot, extraEnv);

    const args = [
      codeServerEntry,
      '--bind-addr', `${host}:${port}`,
      '--auth', 'none',
      '--user-data-dir', userData,
      '--extensions-dir', extensions,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      ...extraArgs,
      ...(folder ? [resolve(folder)] : []),
    ];
    const child = spawn(node, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    installExitHandler();
    if (child.pid) live.set(child.pid, tempRoot);

    /** @type {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} */
    const exited = new Promise((resolveExit) => {
      child.on('exit', (code, signal) => {
        if (child.pid) live.delete(child.pid);
        // The leader is gone; make sure nothing of its group lingers.
        if (child.pid) killGroup(child.pid, 'SIGKILL');
        resolveExit({ code, signal });
      });
    });

    const tail = new OutputTail(100);
    /** @type {(url: string) => void} */
    let onReady = () => {};
    const ready = new Promise((resolveReady, rejectReady) => {
      onReady = resolveReady;
      child.on('error', (err) => rejectReady(new Error(`could not start code-server: ${err.message}`)));
      exited.then(({ code, signal }) => rejectReady(new Error(
        `code-server exited before it was ready (${signal ?? `exit code ${code}`}); its output:\n${tail}`)));
    });
    const onLine = (/** @type {string} */ line) => {
      tail.push(line);
      log(`[code-server] ${line}`);
      const match = READY_PATTERN.exec(line);
      if (match) onReady(match[1]);
    };
    forEachLine(/** @type {import('node:stream').Readable} */ (child.stdout), onLine);
    forEachLine(/** @type {import('node:stream').Readable} */ (child.stderr), onLine);

    let stopping = /** @type {Promise<void> | undefined} */ (undefined);
    const stop = () => {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null && child.pid) {
          killGroup(child.pid, 'SIGTERM');
          // Give it a moment to shut down cleanly; then force it.
          const timer = setTimeout(() => child.pid && killGroup(child.pid, 'SIGKILL'), 5_000);
          await exited;
          clearTimeout(timer);
        }
        await removeDir(tempRoot);
      })();
      return stopping;
    };

    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    const timedOut = new Promise((_, rejectTimeout) => {
      timer = setTimeout(() => rejectTimeout(new Error(
        `code-server did not print "HTTP server listening on" within ${Math.round(timeoutMs / 1000)} s; its output:\n${tail}`)), timeoutMs);
    });
    let url;
    try {
      url = /** @type {string} */ (await Promise.race([ready, timedOut]));
    } catch (err) {
      await stop();
      throw err;
    } finally {
      clearTimeout(timer);
    }
    const actual = new URL(url);
    return {
      url: actual.href,
      host,
      port: Number(actual.port),
      process: child,
      userDataDir: userData,
      extensionsDir: extensions,
      exited,
      output: () => tail.toString(),
      stop,
    };
  } catch (err) {
    // Nothing started (or stop() already ran): just remove the temp folder.
    await removeDir(tempRoot);
    throw err;
  }
}

/**
 * Installs a .vsix into an extensions folder with code-server's `--install-extension`
 * (isolated like startCodeServer: private XDG and user-data folders, no gallery).
 *
 * @param {string} codeServerEntry code-server's `out/node/entry.js` (from provisionCodeServer())
 * @param {string} vsixPath the .vsix file
 * @param {string} extensionsDir the extensions folder to install into (made if missing)
 * @param {{ log?: (message: string) => void, timeoutMs?: number,
 *   onSpawn?: (child: import('node:child_process').ChildProcess) => void }} [options] with `onSpawn`, the
 *   installer runs in a process group of its own and `onSpawn` receives it (e.g. to end it on a signal)
 * @returns {Promise<string>} what code-server printed
 */
export async function installVsix(codeServerEntry, vsixPath, extensionsDir, { log = () => {}, timeoutMs = 120_000, onSpawn } = {}) {
  const tempRoot = makeTempDir('design-practice-install-vsix-');
  try {
    await mkdir(resolve(extensionsDir), { recursive: true });
    const env = await serverEnv(tempRoot);
    const { output } = await runCommand(process.execPath, [
      codeServerEntry,
      '--user-data-dir', join(tempRoot, 'user-data'),
      '--extensions-dir', resolve(extensionsDir),
      '--disable-telemetry',
      '--install-extension', resolve(vsixPath),
      '--force',
    ], { env, timeoutMs, onLine: (line) => log(`[code-server] ${line}`), detached: Boolean(onSpawn), onSpawn });
    // code-server reports some failures in its output but still exits 0.
    if (/\bFailed Installing Extensions\b|\berror\b/i.test(output) && !/successfully installed/i.test(output)) {
      throw new Error(`installing ${vsixPath} failed:\n${output}`);
    }
    return output;
  } finally {
    await removeDir(tempRoot);
  }
}
