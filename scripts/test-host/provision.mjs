// Installs the VS Code test host: the npm package code-server (which bundles VS Code's server and
// web workbench) into the git-ignored folder <repo>/.test-host/code-server-<version>/.
//
// Why by hand: a plain `npm install code-server` runs its postinstall.sh, which runs
// `npm install` in lib/vscode, where @vscode/ripgrep downloads a binary from GitHub (not
// reachable here) and kerberos needs the Kerberos headers. So this script does what
// postinstall.sh does, step by step, with the download replaced by Debian's ripgrep binary:
//
//   1. npm install --ignore-scripts code-server@<version>   (into a temp folder beside the target)
//   2. npm rebuild argon2                                   (code-server's only native module)
//   3. lib/vscode: npm install --omit=dev --ignore-scripts, copy /usr/bin/rg to
//      @vscode/ripgrep/bin/rg (its postinstall then skips the download), npm rebuild
//      (node-gyp builds node-pty, spdlog, kerberos, ...; npm_config_yes=true because node-pty's
//      build runs `npx node-gyp`)
//   4. the symlinks postinstall.sh makes (node_modules.asar, bin/remote-cli/code-server,
//      bin/helpers/browser.sh)
//   5. lib/vscode/extensions: npm install --omit=dev (the built-in extensions' shared typescript)
//   6. verify (`code-server --version`, the native modules load, rg runs), write a marker file,
//      and rename the temp folder to its final name.
//
// The marker is written last, so an interrupted install is never mistaken for a finished one: the
// next call removes the leftovers and starts again. A finished install makes later calls instant.
//
// Usage: `node scripts/test-host/provision.mjs [--force]` provisions and prints the entry's path.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, symlink, writeFile, chmod, lstat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLog, killGroup, makeTempDir, removeDir, removeDirSync, runCommand, which } from './util.mjs';

/** The code-server release installed: the last 4.x whose engines.node is 20; it bundles VS Code 1.100.3. */
export const CODE_SERVER_VERSION = '4.100.3';
/** The VS Code version bundled in CODE_SERVER_VERSION. */
export const VSCODE_VERSION = '1.100.3';
/** The Node major version code-server's native modules are built for (its engines.node). */
export const REQUIRED_NODE_MAJOR = 20;

/** The repository root: this file is <repo>/scripts/test-host/provision.mjs. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The signals that abandon a running install. */
const SIGNALS = /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']);

/** Name of the file written into the install folder once the install is complete and verified. */
const MARKER = '.provisioned.json';

/**
 * Where code-server is (or will be) installed, and the paths inside it.
 * @param {string} [root] the repository root
 * @returns {{ dir: string, packageDir: string, entry: string, vscodeDir: string, marker: string }}
 */
export function codeServerPaths(root = REPO_ROOT) {
  const dir = join(root, '.test-host', `code-server-${CODE_SERVER_VERSION}`);
  return installPaths(dir);
}

/** @param {string} dir an install folder (final or temporary) */
function installPaths(dir) {
  const packageDir = join(dir, 'node_modules', 'code-server');
  return {
    dir,
    packageDir,
    entry: join(packageDir, 'out', 'node', 'entry.js'),
    vscodeDir: join(packageDir, 'lib', 'vscode'),
    marker: join(dir, MARKER),
  };
}

/** What the marker records; an install made for another Node ABI or version is redone. */
function expectedMarker() {
  return {
    codeServerVersion: CODE_SERVER_VERSION,
    vscodeVersion: VSCODE_VERSION,
    nodeModulesAbi: process.versions.modules,
    platform: process.platform,
    arch: process.arch,
  };
}

/**
 * True when `dir` holds a complete, verified install for this Node and platform.
 * @param {string} dir
 */
function isProvisioned(dir) {
  const { marker, entry } = installPaths(dir);
  if (!existsSync(marker) || !existsSync(entry)) return false;
  try {
    const found = JSON.parse(readFileSync(marker, 'utf8'));
    return Object.entries(expectedMarker()).every(([key, value]) => found[key] === value);
  } catch {
    return false;
  }
}

/**
 * A missing tool, reported with the Debian package that provides it.
 * @typedef {{ what: string, debianPackage: string }} MissingTool
 */

/**
 * Checks the programs and headers that provisioning (and, with `forRunner`, running tests)
 * needs. Nothing is installed here: `scripts/ensure-system-deps.sh` does that.
 * @param {{ forProvision?: boolean, forRunner?: boolean }} [what] which checks to run (default: both)
 * @returns {MissingTool[]} what is missing (empty when all is there)
 */
export function findMissingTools({ forProvision = true, forRunner = true } = {}) {
  /** @type {MissingTool[]} */
  const missing = [];
  if (forProvision) {
    if (!which('rg')) missing.push({ what: 'rg (ripgrep; stands in for the binary @vscode/ripgrep would download)', debianPackage: 'ripgrep' });
    for (const tool of ['make', 'g++', 'cc']) {
      if (!which(tool)) missing.push({ what: `${tool} (to build native modules with node-gyp)`, debianPackage: 'build-essential' });
    }
    if (!which('python3')) missing.push({ what: 'python3 (node-gyp runs gyp with it)', debianPackage: 'python3' });
    if (!which('pkg-config')) {
      missing.push({ what: 'pkg-config (to find the Kerberos headers)', debianPackage: 'pkg-config' });
    } else if (!existsSync('/usr/include/gssapi/gssapi.h') && !existsSync('/usr/include/krb5.h')) {
      missing.push({ what: 'Kerberos/GSSAPI headers (gssapi/gssapi.h, for the kerberos module)', debianPackage: 'libkrb5-dev' });
    }
  }
  if (forRunner && !findChromium()) {
    missing.push({ what: 'chromium (the browser that shows the VS Code workbench)', debianPackage: 'chromium' });
  }
  // One entry per package is enough (make, g++ and cc all come from build-essential).
  return missing.filter((m, i) => missing.findIndex((o) => o.debianPackage === m.debianPackage) === i);
}

/**
 * Throws an error naming every missing tool and the Debian packages to install.
 * @param {MissingTool[]} missing
 */
export function assertNoMissingTools(missing) {
  if (missing.length === 0) return;
  const packages = missing.map((m) => m.debianPackage).join(' ');
  throw new Error(
    `the VS Code test host needs tools that are not installed:\n${missing.map((m) => `  - ${m.what}: Debian package ${m.debianPackage}`).join('\n')}\n` +
    `Install them with: apt-get install -y --no-install-recommends ${packages}\n` +
    '(or run scripts/ensure-system-deps.sh as root, which installs whatever is missing)',
  );
}

/**
 * The Chromium binary to drive: $CHROMIUM_PATH if set, else Debian's chromium.
 * @returns {string | undefined}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  return which('chromium') ?? which('chromium-browser');
}

/**
 * The environment for the npm commands of the install: no inherited `npm run` context (so a
 * nested npm cannot mistake the repository for its project), no update or audit chatter,
 * `yes` for node-pty's `npx node-gyp`, and Node's own headers so node-gyp never downloads them.
 * @returns {NodeJS.ProcessEnv}
 */
function npmEnv() {
  /** @type {NodeJS.ProcessEnv} */
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    const k = key.toLowerCase();
    if (k.startsWith('npm_package_') || k.startsWith('npm_lifecycle_') || k === 'npm_config_local_prefix' || k === 'init_cwd') continue;
    env[key] = value;
  }
  Object.assign(env, {
    npm_config_yes: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_progress: 'false',
  });
  // node-gyp downloads the Node headers unless it is told where they are: use the headers that
  // the installed Node ships (<prefix>/include/node), unless nodedir is already configured.
  const nodePrefix = resolve(dirname(process.execPath), '..');
  if (!env.npm_config_nodedir && !env.NPM_CONFIG_NODEDIR && existsSync(join(nodePrefix, 'include', 'node', 'node.h'))) {
    env.npm_config_nodedir = nodePrefix;
  }
  return env;
}

/**
 * Removes temp folders left by earlier provisioning runs whose process is gone (a run killed
 * half-way). A folder whose process still runs belongs to a concurrent run and is left alone.
 * @param {string} parent the .test-host folder
 * @param {(message: string) => void} log
 */
async function removeStaleTempDirs(parent, log) {
  if (!existsSync(parent)) return;
  const prefix = `.code-server-${CODE_SERVER_VERSION}.tmp-`;
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) continue;
    log(`removing the leftovers of an unfinished install: ${join(parent, name)}`);
    await removeDir(join(parent, name));
  }
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return /** @type {NodeJS.ErrnoException} */ (err).code === 'EPERM';
  }
}

/**
 * Checks that an install in `dir` works: the native modules load, ripgrep runs, the symlinks
 * exist and `code-server --version` reports the expected versions.
 * @param {string} dir
 */
async function verifyInstall(dir) {
  const { packageDir, entry, vscodeDir } = installPaths(dir);
  const env = npmEnv();

  // Native modules: load each one from where code-server / VS Code load it.
  await runCommand(process.execPath, ['--input-type=commonjs', '-e', "require('argon2')"], { cwd: packageDir, env });
  const vscodeNative = ['node-pty', '@vscode/spdlog', 'native-watchdog', 'kerberos', '@parcel/watcher'];
  await runCommand(process.execPath, ['--input-type=commonjs', '-e', `for (const m of ${JSON.stringify(vscodeNative)}) require(m)`], { cwd: vscodeDir, env });
  await runCommand(join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'), ['--version'], { env });

  for (const link of ['node_modules.asar', 'bin/remote-cli/code-server', 'bin/helpers/browser.sh']) {
    const stat = await lstat(join(vscodeDir, link)).catch(() => undefined);
    if (!stat?.isSymbolicLink()) throw new Error(`verification failed: ${join(vscodeDir, link)} is not a symlink`);
  }
  if (!existsSync(join(vscodeDir, 'extensions', 'node_modules', 'typescript', 'lib', 'typescript.js'))) {
    throw new Error('verification failed: the built-in extensions\' typescript is missing');
  }

  // `--version` must not write into $HOME: point the XDG folders at a throwaway folder.
  const xdg = makeTempDir('design-practice-provision-');
  try {
    const { output } = await runCommand(process.execPath, [entry, '--version'], {
      env: { ...env, XDG_CONFIG_HOME: join(xdg, 'config'), XDG_DATA_HOME: join(xdg, 'data'), XDG_CACHE_HOME: join(xdg, 'cache'), XDG_STATE_HOME: join(xdg, 'state') },
      timeoutMs: 60_000,
    });
    if (!output.includes(CODE_SERVER_VERSION) || !output.includes(`Code ${VSCODE_VERSION}`)) {
      throw new Error(`verification failed: \`code-server --version\` printed:\n${output}`);
    }
  } finally {
    await removeDir(xdg);
  }
}

/**
 * Installs code-server into `<root>/.test-host/code-server-<version>/` unless a complete,
 * verified install is already there, and returns the path of its entry script
 * (`.../node_modules/code-server/out/node/entry.js`; run it with `node`).
 *
 * Idempotent and safe to interrupt: the install is built in a temp folder beside the target
 * and renamed into place only after it has been verified and its marker written.
 *
 * @param {{ root?: string, log?: (message: string) => void, force?: boolean }} [options]
 *   `root`: the repository root (default: the one this script is in);
 *   `log`: progress messages (default: stderr); `force`: reinstall even if provisioned.
 * @returns {Promise<string>} the absolute path of code-server's `out/node/entry.js`
 */
export async function provisionCodeServer({ root = REPO_ROOT, log = defaultLog, force = false } = {}) {
  const final = codeServerPaths(root);
  if (!force && isProvisioned(final.dir)) return final.entry;

  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor !== REQUIRED_NODE_MAJOR) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} needs Node ${REQUIRED_NODE_MAJOR} (its engines.node); this is Node ${process.versions.node}`);
  }
  assertNoMissingTools(findMissingTools({ forProvision: true, forRunner: false }));
  const npm = which('npm');
  if (!npm) throw new Error('npm is not on PATH (it comes with Node)');

  const parent = dirname(final.dir);
  await mkdir(parent, { recursive: true });
  await removeStaleTempDirs(parent, log);

  const started = Date.now();
  const tempDir = join(parent, `.code-server-${CODE_SERVER_VERSION}.tmp-${process.pid}-${started}`);
  const temp = installPaths(tempDir);
  const env = npmEnv();
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let current;
  /** @param {string} what @param {string} cwd @param {string[]} args @param {NodeJS.ProcessEnv} [extraEnv] */
  const step = async (what, cwd, args, extraEnv = {}) => {
    const t = Date.now();
    log(`${what}: npm ${args.join(' ')}`);
    // Each npm runs in a process group of its own, so that a signal can end it with the
    // node-gyp / make / compiler processes it started.
    await runCommand(npm, args, { cwd, env: { ...env, ...extraEnv }, detached: true, onSpawn: (child) => { current = child; } });
    current = undefined;
    log(`  done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };

  // Interrupted (Ctrl-C, SIGTERM, SIGHUP): end the running npm, remove the half-made install,
  // then die of the same signal as if nothing had caught it.
  const onSignal = (/** @type {NodeJS.Signals} */ signal) => {
    log(`${signal}: abandoning the install`);
    if (current?.pid) killGroup(current.pid, 'SIGKILL');
    removeDirSync(tempDir);
    for (const s of SIGNALS) process.off(s, onSignal);
    process.kill(process.pid, signal);
  };
  for (const s of SIGNALS) process.on(s, onSignal);

  log(`provisioning code-server ${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}) into ${final.dir}`);
  try {
    await mkdir(tempDir, { recursive: true });
    // A package.json of its own, so npm installs here and not into an enclosing project.
    await writeFile(join(tempDir, 'package.json'), `${JSON.stringify({ name: 'design-practice-test-host', private: true, description: 'VS Code test host (made by scripts/test-host/provision.mjs)' }, null, 2)}\n`);

    // 1-2. code-server itself, without its postinstall; then its one native module.
    await step('1/5 installing code-server', tempDir, ['install', '--ignore-scripts', '--omit=dev', '--save-exact', `code-server@${CODE_SERVER_VERSION}`]);
    await step('2/5 building argon2', tempDir, ['rebuild', 'argon2'], { npm_config_ignore_scripts: 'false' });

    // 3. VS Code's own dependencies. Debian's rg goes where @vscode/ripgrep's postinstall would
    // download one; the postinstall sees its bin/ folder and skips the download.
    await step('3/5 installing VS Code\'s dependencies', temp.vscodeDir, ['install', '--omit=dev', '--ignore-scripts']);
    const rgDir = join(temp.vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
    await mkdir(rgDir, { recursive: true });
    await copyFile(/** @type {string} */ (which('rg')), join(rgDir, 'rg'));
    await chmod(join(rgDir, 'rg'), 0o755);
    await step('4/5 building VS Code\'s native modules', temp.vscodeDir, ['rebuild'], { npm_config_ignore_scripts: 'false' });

    // 4. The symlinks postinstall.sh makes (relative, so the folder can be renamed).
    await symlink('node_modules', join(temp.vscodeDir, 'node_modules.asar'));
    await symlink('code-linux.sh', join(temp.vscodeDir, 'bin', 'remote-cli', 'code-server'));
    await symlink('browser-linux.sh', join(temp.vscodeDir, 'bin', 'helpers', 'browser.sh'));

    // 5. The built-in extensions' shared dependencies (its postinstall only trims typescript).
    await step('5/5 installing the built-in extensions\' dependencies', join(temp.vscodeDir, 'extensions'), ['install', '--omit=dev'], { npm_config_ignore_scripts: 'false' });

    log('verifying the install');
    await verifyInstall(tempDir);
    await writeFile(temp.marker, `${JSON.stringify({ ...expectedMarker(), node: process.versions.node, provisionedAt: new Date().toISOString() }, null, 2)}\n`);

    // Into place. A concurrent run may have finished first: then keep its install.
    if (isProvisioned(final.dir) && !force) {
      await removeDir(tempDir);
    } else {
      await removeDir(final.dir);
      await rename(tempDir, final.dir);
    }
  } catch (err) {
    await removeDir(tempDir);
    throw err;
  } finally {
    for (const s of SIGNALS) process.off(s, onSignal);
  }
  log(`code-server ${CODE_SERVER_VERSION} is ready (${((Date.now() - started) / 1000).toFixed(1)} s): ${final.entry}`);
  return final.entry;
}

/**
 * Reads the marker of a provisioned install (for diagnostics).
 * @param {string} [root]
 * @returns {Promise<Record<string, unknown> | undefined>}
 */
export async function readProvisionMarker(root = REPO_ROOT) {
  try {
    return JSON.parse(await readFile(codeServerPaths(root).marker, 'utf8'));
  } catch {
    return undefined;
  }
}

// Run directly: provision and print the entry's path on stdout.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  provisionCodeServer({ force }).then(
    (entry) => process.stdout.write(`${entry}\n`),
    (err) => {
      process.stderr.write(`provision failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
