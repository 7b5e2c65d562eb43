// Writes snippets/design-practice.code-snippets from the templates (via the compiled core in out/).
// Run `npm run compile-tests` first; `npm run gen:snippets` does both.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { buildSnippets } = require('../out/src/core/answer/snippets.js');
const file = new URL('../snippets/design-practice.code-snippets', import.meta.url);
writeFileSync(file, JSON.stringify(buildSnippets(), null, 2) + '\n');
console.log(`wrote ${file.pathname}`);
