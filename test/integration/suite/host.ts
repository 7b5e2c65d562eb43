/**
 * Which extension host the suites run in: the entry sets it (index.ts: Node, index.web.ts: the
 * browser worker), so tests can assert they run where they were meant to and skip what needs Node.
 */

/** The extension host kinds the suites run in. */
export type TestHost = 'node' | 'web';

let host: TestHost = 'node';

/** Called once by the test entry, before the suites load. */
export function setTestHost(kind: TestHost): void {
  host = kind;
}

/** The host this run is for. */
export function testHost(): TestHost {
  return host;
}

/**
 * Skips the current test in the browser worker host, saying why: for tests that need Node (its
 * file system, to change files behind VS Code's back).
 */
export function nodeOnly(context: Mocha.Context, reason: string): void {
  if (host === 'node') return;
  console.log(`      (skipped in the browser worker host: ${reason})`);
  context.skip();
}
