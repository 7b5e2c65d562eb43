// Small helpers shared by the test-host scripts (provision.mjs, server.mjs, run-tests.mjs):
// running a child process while collecting its output, finding programs on PATH, making and
// removing temporary folders, and a timer-based timeout for promises.
//
// Everything here is plain Node (no dependencies), so the scripts run before `npm install` has
// brought anything else in.
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * The default logger of the test-host scripts: one line on stderr, prefixed so it stands apart
 * from the output of the tests themselves (which goes to stdout).
 * @param {string} message
 */
export function defaultLog(message) {
  process.stderr.write(`[test-host] ${message}\n`);
}

/**
 * Finds an executable on PATH, like `which`.
 * @param {string} name a program name such as `rg`
 * @returns {string | undefined} its absolute path, or undefined when it is not on PATH
 */
export function which(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder: keep looking
    }
  }
  return undefined;
}

/**
 * Keeps the last `max` lines of some output, for error messages.
 */
export class OutputTail {
  /** @param {number} [max] how many lines to keep */
  constructor(max = 80) {
    /** @type {string[]} */
    this.lines = [];
    this.max = max;
  }

  /** @param {string} line */
  push(line) {
    this.lines.push(line);
    if (this.lines.length > this.max) this.lines.shift();
  }

  /** @returns {string} the kept lines, indented, for an error message */
  toString() {
    return this.lines.map((l) => `    ${l}`).join('\n');
  }
}

/**
 * Calls `onLine` for every line that a readable stream (a child's stdout or stderr) produces.
 * @param {import('node:stream').Readable} stream
 * @param {(line: string) => void} onLine
 */
export function forEachLine(stream, onLine) {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', onLine);
}

/**
 * Runs a command to completion, without a shell, with stdin closed. Each output line goes to
 * `onLine` (if given) and the last lines are kept for the error thrown on a non-zero exit.
 * @param {string} command
 * @param {string[]} args
 * With `detached`, the command runs in a process group of its own (so `killGroup` can end it
 * together with whatever it starts) and `onSpawn` receives the child, e.g. to kill it on a signal.
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, onLine?: (line: string) => void, timeoutMs?: number,
 *   detached?: boolean, onSpawn?: (child: import('node:child_process').ChildProcess) => void }} [options]
 * @returns {Promise<{ output: string }>} everything the command printed (stdout and stderr interleaved by line)
 */
export function runCommand(command, args, options = {}) {
  const { cwd, env, onLine, timeoutMs, detached = false, onSpawn } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, detached, stdio: ['ignore', 'pipe', 'pipe'] });
    onSpawn?.(child);
    /** @type {string[]} */
    const all = [];
    const tail = new OutputTail(60);
    const handle = (/** @type {string} */ line) => {
      all.push(line);
      tail.push(line);
      onLine?.(line);
    };
    forEachLine(child.stdout, handle);
    forEachLine(child.stderr, handle);
    const shown = `${command} ${args.join(' ')}`;
    const timer = timeoutMs
      ? setTimeout(() => {
        if (detached && child.pid) killGroup(child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
        reject(new Error(`\`${shown}\` did not finish within ${Math.round(timeoutMs / 1000)} s; its last output:\n${tail}`));
      }, timeoutMs)
      : undefined;
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`could not run \`${shown}\`: ${err.message}`));
    });
    // 'close' (not 'exit') so that all output has been read.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ output: all.join('\n') });
      else reject(new Error(`\`${shown}\`${cwd ? ` (in ${cwd})` : ''} failed (${signal ?? `exit code ${code}`}); its last output:\n${tail}`));
    });
  });
}

/**
 * Sends a signal to a process group (falling back to the process alone); ignores "no such
 * process".
 * @param {number} pid the group leader's pid
 * @param {NodeJS.Signals} signal
 */
export function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/**
 * Makes a fresh temporary folder under the OS temp dir (synchronously, so callers can register
 * it for clean-up before anything else can fail).
 * @param {string} prefix a readable prefix such as `design-practice-test-`
 * @returns {string} the folder's absolute path
 */
export function makeTempDir(prefix) {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Removes a folder and everything in it; never throws (clean-up must not hide the real error).
 * @param {string | undefined} dir
 */
export async function removeDir(dir) {
  if (!dir) return;
  try {
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // best effort
  }
}

/**
 * The synchronous form of removeDir, for `process.on('exit')` handlers.
 * @param {string | undefined} dir
 */
export function removeDirSync(dir) {
  if (!dir) return;
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // best effort
  }
}

/**
 * Rejects with `message` if `promise` has not settled within `ms` milliseconds (a timer, not a
 * sleep: it is cleared as soon as the promise settles).
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {() => string} message builds the error message when the time is up
 * @returns {Promise<T>}
 */
export function withTimeout(promise, ms, message) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
