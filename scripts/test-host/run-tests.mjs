// Runs an extension's integration tests inside real VS Code: code-server's Node extension host,
// driven by a headless Chromium (Debian's, through playwright-core) that shows the workbench.
//
// How the pieces fit:
//   - the workbench URL carries a `payload` with extensionDevelopmentPath and extensionTestsPath
//     (as vscode-remote:// URIs, since both live on the server); VS Code then loads the extension
//     under development and calls the test module's `run(): Promise<void>` in the extension host;
//   - the workbench reports through two functions it looks for on `window`:
//     codeAutomationLog(type, args) gets the extension host's console (so mocha's report), and
//     codeAutomationExit(code) the result (0 when run() resolved). Playwright's exposeFunction
//     defines both before the page loads.
//
// Isolation: a fresh user-data and extensions folder per run, a copy of the workspace folder (so
// tests cannot dirty the fixture), and everything removed afterwards, also on Ctrl-C / SIGTERM.
//
// CLI:
//   node scripts/test-host/run-tests.mjs --extension <dir> --tests <compiled test index.js>
//     [--workspace <dir>] [--more-extension <dir>]... [--timeout <seconds>] [--port <n>] [--verbose]
// exits with the tests' exit code (0: all passed), or 2 when the host itself failed (timeout,
// crash, missing tool).
import { cp, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { constants as osConstants } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, parseArgs } from 'node:util';
import { launchChromium } from './browser.mjs';
import { assertNoMissingTools, findMissingTools, provisionTestHost, TEST_HOSTS } from './provision.mjs';
import { startCodeServer } from './server.mjs';
import { OutputTail, defaultLog, makeTempDir, removeDir, removeDirSync } from './util.mjs';

/** User settings for the test instance: no welcome page, telemetry, update checks or trust prompts. */
const TEST_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
};

/**
 * The workbench logs through the same codeAutomationLog channel as the extension host, and at the
 * same level (info), so its own routine lines are told apart by their text. These are the ones
 * VS Code 1.100.3's workbench prints on every run; --verbose shows them anyway.
 */
export const WORKBENCH_NOISE = [
  /^Resolving connection token \(/,
  /^Resolved connection token \(/,
  /^Creating a socket \(renderer-/,
  /^Ignoring fetching additional builtin extensions from gallery/,
  /^Updating additional builtin extensions cache$/,
  /^\[Service Worker\] registered$/,
  /^ChatSessionStore: Migrating \d+ chat sessions/,
];

/** The signals that stop a run cleanly. */
const SIGNALS = /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']);

/**
 * The conventional exit code for a process ended by a signal: 128 + its number.
 * @param {NodeJS.Signals} signal
 */
export function exitCodeForSignal(signal) {
  return 128 + (osConstants.signals[signal] ?? 15);
}

/** Raised when a signal interrupts the run; the CLI exits with 128 + the signal's number. */
export class InterruptedError extends Error {
  /** @param {NodeJS.Signals} signal */
  constructor(signal) {
    super(`interrupted by ${signal}`);
    this.signal = signal;
  }
}

/**
 * Turns the arguments codeAutomationLog receives into one line of text. They are the console
 * call's arguments, printf-style (mocha logs e.g. `'%s  %d passing'`).
 * @param {unknown} args
 * @returns {string}
 */
function formatLogArgs(args) {
  if (!Array.isArray(args)) return typeof args === 'string' ? args : format(args);
  return format(...args);
}

/**
 * A `vscode-remote://` URI for a path on the server, as the workbench payload needs.
 * @param {string} authority `host:port`
 * @param {string} path an absolute path
 */
function remoteUri(authority, path) {
  return `vscode-remote://${authority}${pathToFileURL(path).pathname}`;
}

/**
 * Runs an extension's tests in code-server + headless Chromium and resolves to their exit code.
 *
 * Test failures resolve (to a non-zero code); problems of the host itself (a tool missing, the
 * server not starting, the overall timeout, a browser crash, an interrupting signal) reject.
 *
 * @param {object} options
 * @param {string} options.extensionDevelopmentPath the extension's folder (with its package.json)
 * @param {string} options.extensionTestsPath the compiled test entry (a module exporting `run(): Promise<void>`)
 * @param {string[]} [options.moreExtensionPaths] other extension folders to install beside it (copied into the
 *   host's extensions folder; the workbench keeps only one extensionDevelopmentPath from its payload)
 * @param {string} [options.workspace] a folder to open; a copy of it is used (default: an empty folder)
 * @param {number} [options.timeoutMs] how long the tests may take once code-server is provisioned (default 600 s: the suite takes under two minutes on a quiet machine, several times that on a busy one)
 * @param {number} [options.port] the server's port (default: a free one)
 * @param {boolean} [options.verbose] also show code-server's and the browser's own output
 * @param {NodeJS.ProcessEnv} [options.env] extra environment variables for the server and the extension host
 * @param {import('./provision.mjs').TestHostSpec} [options.host] which code-server (default: the oldest, VS Code 1.100.3)
 * @param {string} [options.locale] the display language (code-server's --locale); VS Code takes it only when a
 *   language pack for it is installed, so pass one in `languagePacks`
 * @param {string[]} [options.languagePacks] language pack extension folders: installed beside the extension, and
 *   registered in the user-data folder's languagepacks.json as VS Code does when it installs one
 * @param {boolean} [options.web] run the extension (and so the tests) in the browser worker extension host: the
 *   user setting `remote.extensionKind` gives it the kind `web` (code-server would run its Node entry otherwise)
 * @param {(text: string) => void} [options.write] where the tests' output goes (default: stdout)
 * @param {(message: string) => void} [options.log] progress messages (default: stderr)
 * @returns {Promise<number>} the exit code the tests reported (0: passed)
 */
export async function runExtensionTests({
  extensionDevelopmentPath,
  extensionTestsPath,
  moreExtensionPaths = [],
  workspace,
  timeoutMs = 600_000,
  port,
  verbose = false,
  env = {},
  web = false,
  locale,
  languagePacks = [],
  host = TEST_HOSTS.oldest,
  write = (text) => process.stdout.write(text),
  log = defaultLog,
}) {
  const extensionDir = resolve(extensionDevelopmentPath);
  const testsPath = resolve(extensionTestsPath);
  await stat(join(extensionDir, 'package.json')).catch(() => {
    throw new Error(`no extension at ${extensionDir} (it has no package.json)`);
  });
  await stat(testsPath).catch(() => {
    throw new Error(`the test entry ${testsPath} does not exist (compile the tests first?)`);
  });
  if (workspace) {
    const s = await stat(resolve(workspace)).catch(() => undefined);
    if (!s?.isDirectory()) throw new Error(`the workspace ${resolve(workspace)} is not a folder`);
  }

  assertNoMissingTools(findMissingTools({ forProvision: false, forRunner: true }));
  const { entry, node, vscodeVersion } = await provisionTestHost({ host, log });
  log(`test host: code-server ${host.codeServerVersion} (VS Code ${vscodeVersion ?? 'unknown'}) on Node ${node === process.execPath ? process.versions.node : host.nodePackage?.version}${web ? ', extension in the browser worker host' : ''}`);

  /** @type {Awaited<ReturnType<typeof startCodeServer>> | undefined} */
  let server;
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  /** @type {string | undefined} */
  let tempRoot;
  // Set when the clean-up starts: a start-up step still under way then undoes its own work.
  let closing = false;

  // A signal rejects the run; the finally block below then cleans up. A second signal while
  // cleaning up exits at once (server.mjs's exit handler still kills the server).
  /** @type {(err: Error) => void} */
  let abort = () => {};
  const aborted = new Promise((_, reject) => { abort = reject; });
  aborted.catch(() => {});
  let signalled = false;
  const onSignal = (/** @type {NodeJS.Signals} */ signal) => {
    if (signalled) process.exit(exitCodeForSignal(signal));
    signalled = true;
    log(`${signal}: stopping the test host`);
    abort(new InterruptedError(signal));
  };
  // Last resort if the process exits before the finally block has run (a second signal).
  const onExit = () => removeDirSync(tempRoot);
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('exit', onExit);

  const closeAll = async () => {
    await /** @type {import('playwright-core').Browser | undefined} */ (browser)?.close().catch(() => {});
    await /** @type {Awaited<ReturnType<typeof startCodeServer>> | undefined} */ (server)?.stop().catch(() => {});
  };

  const started = Date.now();
  const recent = new OutputTail(40);
  /** @type {NodeJS.Timeout | undefined} */
  let overallTimer;
  /** @type {Promise<void>} */
  let runSettled = Promise.resolve();
  try {
    // A private copy of the workspace, and user settings for a quiet workbench.
    tempRoot = makeTempDir('design-practice-test-');
    const workspaceCopy = join(tempRoot, 'workspace', workspace ? basename(resolve(workspace)) : 'empty');
    if (workspace) await cp(resolve(workspace), workspaceCopy, { recursive: true, verbatimSymlinks: true });
    else await mkdir(workspaceCopy, { recursive: true });
    const userDataDir = join(tempRoot, 'user-data');
    await mkdir(join(userDataDir, 'User'), { recursive: true });
    const { publisher, name } = JSON.parse(await readFile(join(extensionDir, 'package.json'), 'utf8'));
    const settings = web ? { ...TEST_SETTINGS, 'remote.extensionKind': { [`${publisher}.${name}`]: ['web'] } } : TEST_SETTINGS;
    await writeFile(join(userDataDir, 'User', 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
    for (const dir of [...moreExtensionPaths, ...languagePacks]) {
      const { publisher, name, version } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
      await cp(resolve(dir), join(tempRoot, 'extensions', `${publisher}.${name}-${version}`), { recursive: true });
    }
    if (languagePacks.length > 0) await writeFile(join(userDataDir, 'languagepacks.json'), JSON.stringify(await languagePackIndex(languagePacks, join(tempRoot, 'extensions'))));

    /** @type {(code: number) => void} */
    let reportExit = () => {};
    /** @type {(err: Error) => void} */
    let fail = () => {};
    /** @type {Promise<number>} */
    const done = new Promise((resolveDone, rejectDone) => { reportExit = resolveDone; fail = rejectDone; });
    done.catch(() => {});

    // The overall limit: a timer, cleared in the finally block below.
    const overall = new Promise((_, reject) => {
      overallTimer = setTimeout(() => reject(new Error(
        `the extension tests did not finish within ${Math.round(timeoutMs / 1000)} s (raise it with --timeout <seconds>); the last output was:\n${recent}`)), timeoutMs);
    });
    overall.catch(() => {});

    const run = (async () => {
      server = await startCodeServer({
        entry,
        node,
        port,
        userDataDir,
        extensionsDir: join(tempRoot, 'extensions'),
        extraArgs: [...(host.serverArgs ?? []), ...(locale ? ['--locale', locale] : [])],
        env,
        log: verbose ? log : () => {},
      });
      if (closing) return;
      const authority = `${server.host}:${server.port}`;
      log(`code-server ready at ${server.url} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      server.exited.then(({ code, signal }) => fail(new Error(
        `code-server exited during the tests (${signal ?? `exit code ${code}`}); its output:\n${server?.output()}`)));

      // Signals are handled here (Playwright's own handlers would exit before the clean-up).
      browser = await launchChromium(/** @type {string} */ (tempRoot));
      if (closing) return;
      browser.on('disconnected', () => fail(new Error('the browser went away during the tests')));
      const page = await browser.newPage();
      page.on('crash', () => fail(new Error('the workbench page crashed')));
      if (verbose) {
        page.on('console', (msg) => log(`[browser ${msg.type()}] ${msg.text()}`));
        page.on('pageerror', (err) => log(`[browser error] ${err.message}`));
      }

      // The workbench calls these; they must exist before the page loads.
      await page.exposeFunction('codeAutomationLog', (/** @type {string} */ type, /** @type {unknown} */ args) => {
        const text = formatLogArgs(args);
        if (!verbose && WORKBENCH_NOISE.some((re) => re.test(text))) return;
        recent.push(text);
        // What the extension host logs is the tests' output: to stdout, as it arrives. Warnings
        // and errors are marked, since they come from the workbench as often as from the tests.
        write(type === 'warn' || type === 'error' ? `[${type}] ${text}\n` : `${text}\n`);
      });
      await page.exposeFunction('codeAutomationExit', (/** @type {number} */ code) => {
        const n = Number(code);
        reportExit(Number.isInteger(n) ? n : 1);
      });

      const payload = [
        ['extensionDevelopmentPath', remoteUri(authority, extensionDir)],
        ['extensionTestsPath', remoteUri(authority, testsPath)],
        ['skipWelcome', 'true'],
      ];
      const url = `${server.url.replace(/\/$/, '')}/?folder=${encodeURIComponent(workspaceCopy)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      if (verbose) log(`opening ${url}`);
      // No limit of its own (Playwright's is 30 s): the overall one bounds it, and on a busy machine
      // the first load of the workbench alone has taken longer.
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 0 });
    })();
    runSettled = run.catch((err) => fail(err));

    const code = await Promise.race([done, overall, aborted]);
    log(`tests finished with exit code ${code} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return code;
  } finally {
    clearTimeout(overallTimer);
    // Always: browser, server, temp folders; then stop listening for signals. A start-up step
    // still under way (a signal came early) finishes quickly, sees `closing` and returns, so the
    // browser or server it made is closed here too.
    closing = true;
    await closeAll();
    await runSettled;
    await closeAll();
    await removeDir(tempRoot);
    for (const signal of SIGNALS) process.off(signal, onSignal);
    process.off('exit', onExit);
  }
}

/**
 * The user-data folder's languagepacks.json for language packs copied into `extensionsDir`, as VS Code
 * writes it when it installs one: by language id, the pack's extension and where its translations are
 * (`vscode` for VS Code's own strings). VS Code reads it to resolve the display language at start-up.
 * @param {string[]} packs the packs' source folders
 * @param {string} extensionsDir the folder they were copied into (as `<publisher>.<name>-<version>`)
 */
async function languagePackIndex(packs, extensionsDir) {
  /** @type {Record<string, { hash: string, label: string, extensions: { extensionIdentifier: { id: string }, version: string }[], translations: Record<string, string> }>} */
  const index = {};
  for (const dir of packs) {
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    const id = `${manifest.publisher}.${manifest.name}`;
    const installed = join(extensionsDir, `${id}-${manifest.version}`);
    for (const l of manifest.contributes?.localizations ?? []) {
      index[l.languageId] = {
        hash: `${id}-${manifest.version}`,
        label: l.localizedLanguageName ?? l.languageName ?? l.languageId,
        extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
        translations: Object.fromEntries(l.translations.map((/** @type {{ id: string, path: string }} */ t) => [t.id, join(installed, t.path)])),
      };
    }
  }
  return index;
}

const USAGE = `Usage: node scripts/test-host/run-tests.mjs --extension <dir> --tests <compiled test index.js> [options]

Runs an extension's tests in VS Code (code-server + headless Chromium) and exits with their result.

  --extension <dir>     the extension's folder (extensionDevelopmentPath)
  --tests <file>        the compiled test entry exporting run() (extensionTestsPath)
  --workspace <dir>     a folder to open; the tests get a copy of it
  --more-extension <dir>  another extension to install beside it (repeatable; the workbench takes only
                        one extensionDevelopmentPath, so these are copied into the extensions folder)
  --timeout <seconds>   overall limit once code-server is provisioned (default 600)
  --port <n>            the server's port (default: a free one)
  --host oldest|newest  the code-server to run in (default oldest: VS Code 1.100.3; newest: see provision.mjs)
  --web                 run the extension in the browser worker extension host (its browser entry)
  --locale <id>         the display language, e.g. qps-ploc (needs --language-pack for it)
  --language-pack <dir> a language pack extension folder to install and register (repeatable)
  --grep <text>         run only the tests whose title contains it (DESIGN_PRACTICE_TEST_GREP, Node host)
  --verbose             also show code-server's and the browser's output
  -h, --help            this text

Exit code: the tests' (0 = passed), 2 when the test host itself failed.`;

/** The command-line entry. */
async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        extension: { type: 'string' },
        tests: { type: 'string' },
        workspace: { type: 'string' },
        'more-extension': { type: 'string', multiple: true, default: [] },
        timeout: { type: 'string' },
        port: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        web: { type: 'boolean', default: false },
        locale: { type: 'string' },
        'language-pack': { type: 'string', multiple: true, default: [] },
        grep: { type: 'string' },
        host: { type: 'string', default: 'oldest' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.extension || !values.tests) {
    process.stderr.write(`--extension and --tests are required\n\n${USAGE}\n`);
    return 2;
  }
  if (!Object.hasOwn(TEST_HOSTS, values.host)) {
    process.stderr.write(`--host takes ${Object.keys(TEST_HOSTS).join(' or ')}\n\n${USAGE}\n`);
    return 2;
  }
  const timeoutSeconds = values.timeout ? Number(values.timeout) : 600;
  const port = values.port ? Number(values.port) : undefined;
  if (!(timeoutSeconds > 0) || (port !== undefined && !Number.isInteger(port))) {
    process.stderr.write(`--timeout needs a positive number of seconds and --port an integer\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return await runExtensionTests({
      extensionDevelopmentPath: values.extension,
      extensionTestsPath: values.tests,
      workspace: values.workspace,
      moreExtensionPaths: values['more-extension'],
      timeoutMs: timeoutSeconds * 1000,
      port,
      verbose: values.verbose,
      web: values.web,
      ...(values.locale ? { locale: values.locale } : {}),
      languagePacks: values['language-pack'],
      ...(values.grep ? { env: { DESIGN_PRACTICE_TEST_GREP: values.grep } } : {}),
      host: TEST_HOSTS[/** @type {'oldest' | 'newest'} */ (values.host)],
    });
  } catch (err) {
    if (err instanceof InterruptedError) return exitCodeForSignal(err.signal);
    process.stderr.write(`[test-host] error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then((code) => {
    process.exitCode = code;
  });
}
