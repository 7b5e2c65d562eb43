// Writes the pseudo-language (qps-ploc) files beside the English ones: l10n/bundle.l10n.qps-ploc.json
// from l10n/bundle.l10n.json (the strings of vscode.l10n.t) and package.nls.qps-ploc.json from
// package.nls.json (the manifest's). Every letter becomes an accented look-alike, so a string that
// still shows plain English in a qps-ploc VS Code was never localised. The files are git-ignored and
// left out of the .vsix: `npm run test:integration:l10n` makes them for its run.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getL10nPseudoLocalized } from '@vscode/l10n-dev';

const root = fileURLToPath(new URL('..', import.meta.url));
const LANGUAGE = 'qps-ploc';
for (const [english, pseudo] of [
  ['l10n/bundle.l10n.json', `l10n/bundle.l10n.${LANGUAGE}.json`],
  ['package.nls.json', `package.nls.${LANGUAGE}.json`],
]) {
  const strings = JSON.parse(await readFile(join(root, english), 'utf8'));
  await writeFile(join(root, pseudo), `${JSON.stringify(getL10nPseudoLocalized(strings), null, 2)}\n`);
  console.log(`${pseudo}: ${Object.keys(strings).length} strings`);
}
