"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.addAliasEdits = addAliasEdits;
/**
 * Teaching the matcher a user's own heading: the text edits that add it as an alias of a section in a
 * `.design-practice.json`, made with jsonc-parser so the rest of the file (its order, indentation and
 * line ends) stays as the user wrote it.
 */
const jsonc_parser_1 = require("jsonc-parser");
/**
 * The edits that add `heading` to `aliases[sectionId]` in a configuration file's text (`undefined`
 * for a file that does not exist yet). A file that is not a JSON object is left alone, with a
 * message saying why.
 */
function addAliasEdits(text, sectionId, heading) {
    const alias = heading.trim();
    if (!alias)
        return { ok: false, message: 'The heading is empty.' };
    if (text === undefined || text.trim() === '') {
        const created = `${JSON.stringify({ aliases: { [sectionId]: [alias] } }, null, 2)}\n`;
        return { ok: true, edits: [{ offset: 0, length: text?.length ?? 0, content: created }], text: created };
    }
    const errors = [];
    const root = (0, jsonc_parser_1.parse)(text, errors, { allowTrailingComma: false, disallowComments: true });
    if (errors.length > 0 || typeof root !== 'object' || root === null || Array.isArray(root)) {
        return { ok: false, message: 'it is not a valid JSON object; fix it first' };
    }
    const aliases = root.aliases;
    if (aliases !== undefined && (typeof aliases !== 'object' || aliases === null || Array.isArray(aliases))) {
        return { ok: false, message: '"aliases" is not an object of section ids; fix it first' };
    }
    const list = aliases?.[sectionId];
    if (list !== undefined && !Array.isArray(list))
        return { ok: false, message: `"aliases.${sectionId}" is not a list; fix it first` };
    if (Array.isArray(list) && list.includes(alias))
        return { ok: true, edits: [], text };
    const formattingOptions = { insertSpaces: !/^\t/m.test(text), tabSize: /^( +)"/m.exec(text)?.[1].length ?? 2, eol: text.includes('\r\n') ? '\r\n' : '\n' };
    const path = Array.isArray(list) ? ['aliases', sectionId, -1] : ['aliases', sectionId];
    const edits = (0, jsonc_parser_1.modify)(text, path, Array.isArray(list) ? alias : [alias], { formattingOptions });
    return { ok: true, edits, text: (0, jsonc_parser_1.applyEdits)(text, edits) };
}
//# sourceMappingURL=teachAlias.js.map