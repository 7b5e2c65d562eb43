"use strict";
/**
 * Which extension host the suites run in: the entry sets it (index.ts: Node, index.web.ts: the
 * browser worker), so tests can assert they run where they were meant to and skip what needs Node.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.setTestHost = setTestHost;
exports.testHost = testHost;
exports.nodeOnly = nodeOnly;
let host = 'node';
/** Called once by the test entry, before the suites load. */
function setTestHost(kind) {
    host = kind;
}
/** The host this run is for. */
function testHost() {
    return host;
}
/**
 * Skips the current test in the browser worker host, saying why: for tests that need Node (its
 * file system, to change files behind VS Code's back).
 */
function nodeOnly(context, reason) {
    if (host === 'node')
        return;
    console.log(`      (skipped in the browser worker host: ${reason})`);
    context.skip();
}
//# sourceMappingURL=host.js.map