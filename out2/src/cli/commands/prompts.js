"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.promptsCommand = void 0;
const catalog_1 = require("../catalog");
const printable_1 = require("../formatters/printable");
const args_1 = require("./args");
exports.promptsCommand = {
    name: 'prompts',
    summary: 'List the design prompts',
    usage: `Usage: design-practice prompts [options]

Lists the design prompts: the bundled catalog, plus your own prompt files.

Options:
  -f, --format <name>   Output format: table (default) or json
  -p, --prompts <dir>   Also load the prompt files (*.md) in this folder; repeat for more
                        folders. A prompt with the id of a bundled one replaces it.
  -h, --help            Show this help

Exit status: 0 when every prompt file loaded, 1 when one has problems (they are listed on
standard error, naming the file and the field; the others are still listed), 2 on a usage error
or a folder that cannot be read.
`,
    async run(argv, io) {
        const { values, positionals } = (0, args_1.parseCommandArgs)(argv, {
            format: { type: 'string', short: 'f', default: 'table' },
            prompts: { type: 'string', short: 'p', multiple: true, default: [] },
            help: { type: 'boolean', short: 'h', default: false },
        });
        if (values.help) {
            io.writeStdout(this.usage);
            return 0;
        }
        if (values.format !== 'table' && values.format !== 'json')
            throw new args_1.UsageError(`Unknown format ${JSON.stringify(values.format)}: use table or json`);
        if (positionals.length > 0)
            throw new args_1.UsageError(`prompts takes no arguments (got ${positionals.join(' ')})`);
        const { catalog, failed } = await (0, catalog_1.loadCliCatalog)(io, values.prompts);
        io.writeStdout(values.format === 'json' ? promptsJson(catalog.prompts) : promptsTable(catalog.prompts));
        if (failed)
            return 2;
        return catalog.problems.length > 0 ? 1 : 0;
    },
};
function promptsJson(prompts) {
    const rows = prompts.map((p) => ({
        id: p.id,
        title: p.title,
        team: p.team,
        level: p.level,
        template: p.template,
        minutes: p.minutes,
        tags: p.tags,
        summary: p.summary,
        source: p.source,
    }));
    return `${JSON.stringify(rows, null, 2)}\n`;
}
function promptsTable(prompts) {
    const rows = [['ID', 'TITLE', 'TEAM', 'LEVEL'], ...prompts.map((p) => [p.id, p.title, p.team, p.level].map(printable_1.printable))];
    const widths = [0, 1, 2].map((i) => rows.reduce((w, r) => Math.max(w, r[i].length), 0));
    const lines = rows.map((r) => `${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3]}`);
    const own = prompts.filter((p) => !p.bundled).length;
    lines.push('', `${prompts.length} ${prompts.length === 1 ? 'prompt' : 'prompts'}${own > 0 ? ` (${own} of yours)` : ''}`);
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=prompts.js.map