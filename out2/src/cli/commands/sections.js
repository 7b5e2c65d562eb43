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
exports.sectionsCommand = void 0;
/** `design-practice sections`: how the linter reads each heading of an answer, and why. */
const path = __importStar(require("node:path"));
const config_1 = require("../../core/lint/config");
const linter_1 = require("../../core/lint/linter");
const rules_1 = require("../../core/lint/rules");
const config_2 = require("../config");
const files_1 = require("../files");
const args_1 = require("./args");
const defaultConfig = (0, config_1.resolveConfig)(undefined, rules_1.RULES).config;
exports.sectionsCommand = {
    name: 'sections',
    summary: 'Show which template section each heading of an answer is read as, and why',
    usage: `Usage: design-practice sections <file> [options]

Prints every heading of an answer with the template section(s) the linter reads it as (or none),
and why: the alias or the rule that decided. Use it when SD001 says a section is missing that you
wrote under your own heading; add that heading to "aliases" in .design-practice.json to teach it.

Options:
  -f, --format <name>  Output format: text (default) or json
                       (json: [{"line", "level", "heading", "sections": [ids], "reason"}], lines 1-based)
  -c, --config <file>  Use this configuration file instead of the nearest .design-practice.json
  -h, --help           Show this help

Exit status: 0 on success, 2 on a usage error or a file or configuration that cannot be read.
`,
    async run(argv, io) {
        const { values, positionals } = (0, args_1.parseCommandArgs)(argv, {
            format: { type: 'string', short: 'f', default: 'text' },
            config: { type: 'string', short: 'c' },
            help: { type: 'boolean', short: 'h', default: false },
        });
        if (values.help) {
            io.writeStdout(this.usage);
            return 0;
        }
        if (values.format !== 'text' && values.format !== 'json')
            throw new args_1.UsageError(`Unknown format ${JSON.stringify(values.format)}: use text or json`);
        if (positionals.length !== 1)
            throw new args_1.UsageError('sections needs exactly one answer file, e.g. design-practice sections answers/top-10.md');
        const [file] = positionals;
        const abs = path.resolve(io.cwd, file);
        const read = await (0, files_1.readTextFile)(io, abs);
        if (read.kind !== 'text') {
            io.writeStderr(`design-practice: ${file}: ${read.reason}\n`);
            return 2;
        }
        const loaded = values.config !== undefined ? await (0, config_2.loadConfigFile)(io, path.resolve(io.cwd, values.config)) : await new config_2.ConfigFinder(io).find(path.dirname(abs));
        if (loaded)
            for (const m of (0, config_2.configProblemMessages)(loaded))
                io.writeStderr(`${m}\n`);
        if (loaded && !loaded.ok)
            return 2;
        const rows = (0, linter_1.sectionReadings)(read.text, loaded?.config ?? defaultConfig);
        io.writeStdout(values.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : sectionsText(file, rows));
        return 0;
    },
};
function sectionsText(file, rows) {
    if (rows.length === 0)
        return `${file}: no headings\n`;
    const width = String(rows[rows.length - 1].line).length;
    const lines = rows.map((r) => {
        const read = r.sections.length > 0 ? r.sections.join(' + ') : '-';
        return `${String(r.line).padStart(width)}  ${'#'.repeat(r.level)} ${r.heading}\n${' '.repeat(width)}  → ${read} (${r.reason})`;
    });
    return `${file}\n${lines.join('\n')}\n`;
}
//# sourceMappingURL=sections.js.map