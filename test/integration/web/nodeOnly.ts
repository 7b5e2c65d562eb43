/**
 * Stands in for the Node modules (`node:fs`, `node:path`, ...) in the web test bundle: the browser
 * worker host has none. A test that needs one skips there with a reason (`nodeOnly` in
 * suite/helpers.ts) before touching it; one that does not would fail on "is not a function".
 */
export {};
