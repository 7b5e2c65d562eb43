"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UsageError = void 0;
exports.parseCommandArgs = parseCommandArgs;
/** The shape of a command and the argument parsing they share. */
const node_util_1 = require("node:util");
/** A mistake on the command line: reported with a pointer to `--help`, exit code 2. */
class UsageError extends Error {
}
exports.UsageError = UsageError;
/** `parseArgs` in strict mode with positionals; its errors become `UsageError`s. */
function parseCommandArgs(args, options) {
    try {
        return (0, node_util_1.parseArgs)({ args, options, strict: true, allowPositionals: true });
    }
    catch (error) {
        throw new UsageError(error instanceof Error ? error.message : String(error));
    }
}
//# sourceMappingURL=args.js.map