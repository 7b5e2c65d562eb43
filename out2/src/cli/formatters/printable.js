"use strict";
/** Text from files made safe to print to a terminal. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.printable = printable;
/** C0 and C1 control characters and DEL: ESC starts terminal escape sequences (titles, colours, links). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/**
 * `text` with every control character written as a visible escape (`\x1B`), so an answer or prompt
 * file cannot send escape sequences to the terminal through the CLI's output.
 */
function printable(text) {
    return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
//# sourceMappingURL=printable.js.map