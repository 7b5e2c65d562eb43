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
exports.ConfigFinder = exports.CONFIG_FILE_NAME = void 0;
exports.loadConfigFile = loadConfigFile;
exports.configProblemMessages = configProblemMessages;
/**
 * The CLI's configuration: `--config FILE`, or the nearest `.design-practice.json` above each linted
 * file. The file holds a `LintConfigInput` as JSON, the same object the VS Code settings produce.
 */
const path = __importStar(require("node:path"));
const config_1 = require("../core/lint/config");
const rules_1 = require("../core/lint/rules");
const files_1 = require("./files");
/** The name of the configuration file looked for in each folder. */
exports.CONFIG_FILE_NAME = '.design-practice.json';
/** Configuration files are small; anything bigger is a mistake. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Reads, parses and validates one configuration file. Never throws. */
async function loadConfigFile(io, abs) {
    const file = (0, files_1.displayPath)(io.cwd, abs);
    const read = await (0, files_1.readTextFile)(io, abs, MAX_CONFIG_BYTES);
    if (read.kind !== 'text')
        return { ok: false, file, error: `cannot read it: ${read.reason}` };
    const text = read.text.replace(/^\uFEFF/, '');
    let input;
    try {
        input = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, file, error: `it is not valid JSON: ${withLineAndColumn((0, files_1.errorReason)(error), text)}` };
    }
    const { config, problems } = (0, config_1.resolveConfig)(input, rules_1.RULES);
    return { ok: true, file, config, problems };
}
/**
 * Finds the nearest `.design-practice.json` at or above a folder. Lookups are cached per folder, so
 * a thousand files in one folder cost one lookup.
 */
class ConfigFinder {
    io;
    byFolder = new Map();
    constructor(io) {
        this.io = io;
    }
    /** The configuration for files in `folder` (absolute); `undefined` when there is none up to the root. */
    find(folder) {
        let found = this.byFolder.get(folder);
        if (!found) {
            found = this.lookUp(folder);
            this.byFolder.set(folder, found);
        }
        return found;
    }
    async lookUp(folder) {
        const candidate = path.join(folder, exports.CONFIG_FILE_NAME);
        const stat = await this.io.stat(candidate).catch(() => undefined);
        if (stat?.isFile)
            return loadConfigFile(this.io, candidate);
        const parent = path.dirname(folder);
        return parent === folder ? undefined : this.find(parent);
    }
}
exports.ConfigFinder = ConfigFinder;
/** The lines that tell the user about problems in a configuration file's settings. */
function configProblemMessages(loaded) {
    if (!loaded.ok)
        return [`design-practice: ${loaded.file}: ${loaded.error}`];
    return loaded.problems.map((p) => `design-practice: warning: ${loaded.file}: ${p.setting ? `${p.setting}: ` : ''}${p.message} (using the default for this setting)`);
}
/** Adds "line L, column C" to a JSON.parse message that only gives a character position. */
function withLineAndColumn(message, text) {
    const m = /at position (\d+)/.exec(message);
    if (!m || /line \d+/.test(message))
        return message;
    const before = text.slice(0, Number(m[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `${message} (line ${line}, column ${column})`;
}
//# sourceMappingURL=config.js.map