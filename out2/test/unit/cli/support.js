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
exports.SECTIONS = void 0;
exports.answer = answer;
exports.onlySd001 = onlySd001;
exports.allInfo = allInfo;
exports.jsonFindings = jsonFindings;
exports.diskIo = diskIo;
exports.p = p;
exports.hasControlCharacters = hasControlCharacters;
/** Answers, configurations and disk access shared by the CLI tests. */
const path = __importStar(require("node:path"));
const io_1 = require("../../../src/cli/io");
const rules_1 = require("../../../src/core/lint/rules");
const paths_1 = require("../helpers/paths");
/** The sections of the system-design template, with a line of real content each. */
exports.SECTIONS = {
    Requirements: '- 10 million lookups per second at peak; p99 under 2 ms.',
    Scope: '- In scope: the cache and the client library. Out of scope: the editorial tool.',
    Architecture: '- A publisher builds snapshots; clients load them and apply deltas.',
    'Trade-offs': '- In-process snapshots over a remote cache: no network hop, but 6 GB per host.',
    Operability: '- Page when a snapshot is older than 10 minutes; the platform team is on call.',
};
/** An answer with front matter naming `prompt` and the given sections (all five by default). */
function answer(sections = Object.keys(exports.SECTIONS), frontMatter = 'prompt: platform/metadata-cache') {
    const body = sections.map((s) => `## ${s}\n\n${exports.SECTIONS[s] ?? '- Something.'}\n`).join('\n');
    return `---\n${frontMatter}\n---\n# Metadata cache\n\n${body}`;
}
/** A configuration (as JSON text) that leaves SD001 at `sd001` and switches every other rule off. */
function onlySd001(sd001 = 'warning') {
    return JSON.stringify({ rules: Object.fromEntries(rules_1.RULES.map((r) => [r.names[0], r.names[0] === 'SD001' ? sd001 : 'off'])) });
}
/** A configuration that sets every rule to `info`. */
function allInfo() {
    return JSON.stringify({ rules: Object.fromEntries(rules_1.RULES.map((r) => [r.names[0], 'info'])) });
}
/** Parses `--format json` output. */
function jsonFindings(stdout) {
    return JSON.parse(stdout);
}
/** The real file system rooted at a fixture folder, with output captured and writes refused. */
function diskIo(...fixture) {
    const real = (0, io_1.nodeIo)();
    let stdout = '';
    let stderr = '';
    return {
        ...real,
        cwd: (0, paths_1.fixturePath)(...fixture),
        get stdout() {
            return stdout;
        },
        get stderr() {
            return stderr;
        },
        writeStdout: (text) => void (stdout += text),
        writeStderr: (text) => void (stderr += text),
        writeFile: async (file) => {
            throw new Error(`fixtures are read-only in tests: ${file}`);
        },
        replaceFile: async (file) => {
            throw new Error(`fixtures are read-only in tests: ${file}`);
        },
        mkdir: async (dir) => {
            throw new Error(`fixtures are read-only in tests: ${dir}`);
        },
    };
}
/** `a/b/c.md` with the platform's separators, as the CLI prints paths it joined. */
function p(posix) {
    return posix.split('/').join(path.sep);
}
/** Whether `text` holds a control character other than a line feed (what a terminal would act on). */
function hasControlCharacters(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if ((c < 0x20 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f))
            return true;
    }
    return false;
}
//# sourceMappingURL=support.js.map