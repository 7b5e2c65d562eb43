"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * `npm start` stops everything it started when npm's pid or the launcher's pid gets SIGINT or
 * SIGTERM, while it builds or once VS Code is up: one "stopped" line, exit code 0, no process of its
 * tree or of the process groups it made left, the port closed, files left alone. Its practice
 * workspace's settings silence Git's "repository in the parent folders" prompt without changing a
 * value the user set. Linux only (reads /proc).
 *
 * Every wait is on an event (an output line, an exit) or a bounded poll of /proc, and every process
 * group a run made is SIGKILLed after each test, so a failure can neither hang the suite nor leave
 * code-server running.
 */
const assert = __importStar(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const net = __importStar(require("node:net"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const repoRoot = path.resolve(__dirname, '..', '..', '..');
/** Every process now running: pid → parent, process group and command line. */
function processTable() {
    const table = new Map();
    for (const entry of fs.readdirSync('/proc')) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
            // "pid (comm) state ppid pgrp ..."; comm may hold spaces and parentheses.
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            if (fields[0] === 'Z')
                continue; // a zombie has ended; only its parent has yet to reap it
            const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ');
            table.set(Number(entry), { ppid: Number(fields[1]), pgid: Number(fields[2]), cmdline });
        }
        catch {
            // gone meanwhile
        }
    }
    return table;
}
/** The pids of `root` and every process below it in `table`. */
function descendants(table, root) {
    const found = new Set([root]);
    let grew = true;
    while (grew) {
        grew = false;
        for (const [pid, { ppid }] of table) {
            if (found.has(ppid) && !found.has(pid)) {
                found.add(pid);
                grew = true;
            }
        }
    }
    return found;
}
/** Resolves once `condition()` holds, polling every 50 ms; rejects with `message()` after `ms`. */
function until(condition, ms, message) {
    const deadline = Date.now() + ms;
    return new Promise((resolve, reject) => {
        const check = () => {
            if (condition())
                resolve();
            else if (Date.now() > deadline)
                reject(new Error(message()));
            else
                setTimeout(check, 50);
        };
        check();
    });
}
/** Rejects with `message()` if `promise` has not settled after `ms`. */
function within(promise, ms, message) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(message())), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
function portOpen(port) {
    return new Promise((resolve) => {
        const socket = net.connect({ host: '127.0.0.1', port }, () => {
            socket.destroy();
            resolve(true);
        });
        socket.once('error', () => resolve(false));
    });
}
const ownGroup = processTable().get(process.pid)?.pgid;
/** One `npm start -- …` in a process group of its own, with everything it starts recorded for the clean-up. */
class Run {
    npm;
    exited;
    /** Every pid and process group seen in the run's tree. */
    pids = new Set();
    groups = new Set();
    text = '';
    waiters = [];
    constructor(args) {
        this.npm = (0, node_child_process_1.spawn)('npm', ['start', '--', ...args], { cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        this.exited = new Promise((resolve) => this.npm.once('exit', (code, signal) => resolve({ code, signal })));
        const onData = (chunk) => {
            this.text += chunk.toString();
            this.record();
            for (const waiter of this.waiters)
                waiter();
        };
        this.npm.stdout.on('data', onData);
        this.npm.stderr.on('data', onData);
        this.record();
    }
    output() {
        return this.text;
    }
    /** Notes the pids and process groups of npm's tree as it is now. */
    record() {
        const table = processTable();
        if (!this.npm.pid)
            return table;
        for (const pid of descendants(table, this.npm.pid)) {
            const pgid = table.get(pid)?.pgid;
            if (pgid === undefined)
                continue;
            this.pids.add(pid);
            if (pgid !== ownGroup && pgid > 1)
                this.groups.add(pgid);
        }
        return table;
    }
    /** Resolves with the first match of `pattern` in the output; rejects if npm exits first or after `ms`. */
    waitFor(pattern, ms) {
        const found = new Promise((resolve, reject) => {
            const check = () => {
                const match = pattern.exec(this.text);
                if (match)
                    resolve(match);
            };
            this.waiters.push(check);
            check();
            void this.exited.then(({ code, signal }) => {
                check();
                reject(new Error(`npm start exited (${signal ?? code}) before printing ${pattern}:\n${this.text}`));
            });
        });
        return within(found, ms, () => `npm start did not print ${pattern} within ${ms / 1000} s:\n${this.text}`);
    }
    /** The processes of npm's tree now. */
    tree() {
        const table = this.record();
        return [...descendants(table, this.npm.pid)].flatMap((pid) => table.get(pid) ?? []);
    }
    /** The launcher (node scripts/start.mjs) below npm. */
    launcher() {
        const table = this.record();
        const pid = [...descendants(table, this.npm.pid)].find((p) => table.get(p)?.cmdline.startsWith('node scripts/start.mjs'));
        assert.ok(pid, `the launcher runs below npm:\n${this.text}`);
        return pid;
    }
    /** The recorded processes that still run (same pid and process group as when recorded). */
    remaining() {
        const table = processTable();
        return [...this.pids].filter((pid) => {
            const proc = table.get(pid);
            return proc !== undefined && this.groups.has(proc.pgid);
        }).concat([...table].filter(([pid, { pgid }]) => !this.pids.has(pid) && this.groups.has(pgid)).map(([pid]) => pid));
    }
    /** SIGKILLs every process group the run made (the clean-up after a failure; a no-op after a clean stop). */
    kill() {
        if (this.npm.exitCode === null && this.npm.signalCode === null)
            this.record();
        for (const pgid of this.groups) {
            try {
                process.kill(-pgid, 'SIGKILL');
            }
            catch {
                // that group has ended
            }
        }
    }
}
const runs = [];
const killAll = () => {
    for (const run of runs.splice(0))
        run.kill();
};
// The last resort if mocha itself is ended.
process.on('exit', killAll);
/**
 * Sends `signal` to `target`, then checks that the run ended with one "stopped" line and exit code
 * 0, that nothing of it remains and that `port` (when given) is closed.
 */
async function stopAndCheck(run, signal, target, port) {
    run.record();
    assert.ok(run.groups.size >= 2, `npm's group and the one the launcher started (${[...run.groups].join(', ')})`);
    process.kill(target, signal);
    const { code, signal: killedBy } = await within(run.exited, 60_000, () => `npm start did not exit within 60 s of ${signal}:\n${run.output()}`);
    assert.equal(killedBy, null, run.output());
    assert.equal(code, 0, run.output());
    // The launcher exits only once the groups it started are gone, and npm after it; allow for reaping.
    await until(() => run.remaining().length === 0, 10_000, () => {
        const table = processTable();
        return `still running after npm start exited:\n${run.remaining().map((pid) => `  ${pid} ${table.get(pid)?.cmdline ?? ''}`).join('\n')}`;
    });
    assert.equal(run.output().match(/^Design Practice stopped\b.*$/gm)?.length, 1, `one "stopped" line:\n${run.output()}`);
    assert.match(run.output(), new RegExp(`^Design Practice stopped \\(${signal}\\)\\.$`, 'm'));
    if (port !== undefined)
        assert.equal(await portOpen(port), false, 'the port is closed');
}
const URL_LINE = /^http:\/\/127\.0\.0\.1:(\d+)\/\?folder=\S+$/m;
describe('npm start stops everything it started', function () {
    this.timeout(420_000);
    let temp;
    const stateDir = () => path.join(temp, 'state');
    const userSettings = () => path.join(stateDir(), 'user-data', 'User', 'settings.json');
    before(() => {
        temp = fs.mkdtempSync(path.join(os.tmpdir(), 'design-practice-start-'));
    });
    afterEach(killAll);
    after(() => fs.rmSync(temp, { recursive: true, force: true }));
    it('SIGINT to npm\'s pid during the build ends the build\'s processes too', async () => {
        const folder = path.join(temp, 'building');
        const run = new Run(['--port', '0', '--folder', folder, '--state-dir', path.join(temp, 'state-building')]);
        runs.push(run);
        await run.waitFor(/building and packaging the extension/, 120_000);
        // Signal once the build is two npm levels down (vsce → npm run vscode:prepublish → npm run build:production).
        await until(() => run.tree().some((p) => p.cmdline.includes('build:production')), 120_000, () => `the build did not reach build:production within 120 s:\n${run.output()}`);
        await stopAndCheck(run, 'SIGINT', run.npm.pid);
        assert.equal(fs.existsSync(folder), false, 'the practice folder is made only after the build');
    });
    it('SIGINT to npm\'s pid once VS Code is up stops it; a new practice workspace gets quiet Git settings', async () => {
        const folder = path.join(temp, 'practice');
        // User settings from before the Git setting existed: the key is added, the rest stays.
        fs.mkdirSync(path.dirname(userSettings()), { recursive: true });
        fs.writeFileSync(userSettings(), '{\n  // mine\n  "editor.fontSize": 16\n}\n');
        const run = new Run(['--port', '0', '--folder', folder, '--state-dir', stateDir()]);
        runs.push(run);
        const port = Number((await run.waitFor(URL_LINE, 300_000))[1]);
        assert.equal(await portOpen(port), true, 'the workbench port is open while running');
        const workspace = JSON.parse(fs.readFileSync(path.join(folder, '.vscode', 'settings.json'), 'utf8'));
        assert.deepEqual(workspace, { 'git.openRepositoryInParentFolders': 'never' });
        const user = fs.readFileSync(userSettings(), 'utf8');
        assert.match(user, /\/\/ mine\n\s*"editor.fontSize": 16,/);
        assert.match(user, /"git.openRepositoryInParentFolders": "never"/);
        await stopAndCheck(run, 'SIGINT', run.npm.pid, port);
        assert.deepEqual(fs.readdirSync(folder).sort(), ['.vscode', 'README.md']);
        assert.equal(fs.readFileSync(userSettings(), 'utf8'), user, 'stopping changes no file');
    });
    it('SIGTERM to the launcher\'s pid stops it; existing settings and files are left alone', async () => {
        const folder = path.join(temp, 'mine');
        fs.mkdirSync(path.join(folder, '.vscode'), { recursive: true });
        const mine = '{\n  // my settings\n  "editor.fontSize": 15\n}\n';
        fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), mine);
        fs.writeFileSync(path.join(folder, 'notes.md'), '# mine\n');
        // A value the user chose is kept, byte for byte.
        const chosen = '{\n  "git.openRepositoryInParentFolders": "always", // mine\n}\n';
        fs.writeFileSync(userSettings(), chosen);
        // The previous test packaged the extension into the same state folder.
        const run = new Run(['--port', '0', '--folder', folder, '--state-dir', stateDir(), '--skip-build']);
        runs.push(run);
        const port = Number((await run.waitFor(URL_LINE, 180_000))[1]);
        await stopAndCheck(run, 'SIGTERM', run.launcher(), port);
        assert.equal(fs.readFileSync(path.join(folder, '.vscode', 'settings.json'), 'utf8'), mine);
        assert.equal(fs.readFileSync(path.join(folder, 'notes.md'), 'utf8'), '# mine\n');
        assert.deepEqual(fs.readdirSync(folder).sort(), ['.vscode', 'notes.md'], 'nothing is added to an existing folder');
        assert.equal(fs.readFileSync(userSettings(), 'utf8'), chosen);
    });
});
//# sourceMappingURL=start.e2e.js.map