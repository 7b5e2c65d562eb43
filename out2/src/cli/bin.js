"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/** The `design-practice` executable (bundled to dist/cli.js): the real process handed to `main`. */
const io_1 = require("./io");
const main_1 = require("./main");
void (0, main_1.main)(process.argv.slice(2), (0, io_1.nodeIo)()).then((code) => {
    process.exitCode = code;
});
//# sourceMappingURL=bin.js.map