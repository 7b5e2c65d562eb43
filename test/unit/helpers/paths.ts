import * as path from 'node:path';

/** The repository root, found from the compiled test's location (out/test/unit/...). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

/** A path under test/fixtures. */
export function fixturePath(...parts: string[]): string {
  return path.join(repoRoot, 'test', 'fixtures', ...parts);
}
