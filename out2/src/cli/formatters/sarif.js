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
exports.sarif = exports.RULE_DOCS_BASE_URL = void 0;
/**
 * `--format sarif`: SARIF 2.1.0, the format GitHub code scanning and other viewers read. Every rule
 * is described in the driver, with a link to its page under docs/rules.
 */
const path = __importStar(require("node:path"));
const node_url_1 = require("node:url");
/** Where the rule pages live; a rule's help is `<base><id>.md`. */
exports.RULE_DOCS_BASE_URL = 'https://github.com/design-practice/design-practice/blob/main/docs/rules/';
const TOOL_URL = 'https://github.com/design-practice/design-practice';
const LEVELS = { error: 'error', warning: 'warning', info: 'note' };
/** The SARIF log as a JSON string. Locations are relative to the working folder (`%SRCROOT%`). */
const sarif = (results, ctx) => {
    const ruleIndex = new Map(ctx.rules.map((r, i) => [r.names[0], i]));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'design-practice',
                        version: ctx.version,
                        informationUri: TOOL_URL,
                        rules: ctx.rules.map((r) => ({
                            id: r.names[0],
                            name: r.names[1],
                            shortDescription: { text: r.description },
                            helpUri: `${exports.RULE_DOCS_BASE_URL}${r.names[0]}.md`,
                            defaultConfiguration: { level: LEVELS[r.defaultSeverity] },
                            properties: { tags: [...r.tags] },
                        })),
                    },
                },
                originalUriBaseIds: { '%SRCROOT%': { uri: `${(0, node_url_1.pathToFileURL)(ctx.cwd).href.replace(/\/?$/, '/')}` } },
                results: results.flatMap((r) => r.findings.map((f) => ({
                    ruleId: f.ruleId,
                    ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
                    level: LEVELS[f.severity],
                    message: { text: f.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: artifactLocation(r.file),
                                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
                            },
                        },
                    ],
                }))),
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
};
exports.sarif = sarif;
/** A relative path becomes a URI reference against `%SRCROOT%`; an absolute one a file URL. */
function artifactLocation(file) {
    if (path.isAbsolute(file))
        return { uri: (0, node_url_1.pathToFileURL)(file).href };
    // Only the platform's separators separate: on POSIX a backslash is part of a file's name.
    const uri = (path.sep === '\\' ? file.split(/[\\/]/) : file.split('/')).map(encodeURIComponent).join('/');
    return { uri, uriBaseId: '%SRCROOT%' };
}
//# sourceMappingURL=sarif.js.map