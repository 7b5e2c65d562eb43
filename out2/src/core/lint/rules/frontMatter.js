"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.frontMatter = void 0;
const templates_1 = require("../../answer/templates");
const KEY_LINE = /^(["']?)([A-Za-z_][\w-]*)\1[ \t]*:[ \t]*/;
/**
 * SD010: the front matter is usable. It parses as YAML, is closed, and is a mapping; `template`
 * names a known template; `prompt` and `template` are strings. Every problem is reported on the line
 * it is on, since a broken header silently switches the answer to the default template. Files without
 * front matter are fine.
 */
exports.frontMatter = {
    names: ['SD010', 'front-matter'],
    description: 'The front matter parses and names a known template',
    tags: ['front-matter'],
    defaultSeverity: 'error',
    check({ answer }, report) {
        const fm = answer.frontMatter;
        if (!fm)
            return;
        if (fm.error) {
            report({ line: fm.error.line, message: fm.error.message });
            return;
        }
        // Where each top-level key is written, for reporting on its line and its value.
        const keys = new Map();
        for (let line = fm.startLine + 1; line < fm.endLine; line++) {
            const m = KEY_LINE.exec(answer.lines[line]);
            if (m && !keys.has(m[2]))
                keys.set(m[2], { line, valueColumn: m[0].length });
        }
        const at = (key) => {
            const k = keys.get(key);
            return k ? { line: k.line, column: k.valueColumn < answer.lines[k.line].trimEnd().length ? k.valueColumn : 0 } : { line: fm.startLine, column: 0 };
        };
        const known = [...templates_1.TEMPLATES.keys()].join(', ');
        for (const key of ['template', 'prompt']) {
            if (!(key in fm.data))
                continue;
            const value = fm.data[key];
            if (typeof value !== 'string') {
                const example = key === 'template' ? 'system-design' : 'ads/frequency-capping';
                const got = value === null || value === undefined ? 'it has no value' : `got ${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : `the ${typeof value} ${String(value)}`}`;
                report({ ...at(key), message: `Front matter: ${key} must be a string such as ${example}; ${got}` });
            }
            else if (key === 'template' && !(0, templates_1.getTemplate)(value)) {
                report({ ...at(key), message: `Unknown template ${JSON.stringify(value)}: use one of ${known}` });
            }
        }
    },
};
//# sourceMappingURL=frontMatter.js.map