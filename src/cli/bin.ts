/** The `design-practice` executable (bundled to dist/cli.js): the real process handed to `main`. */
import { nodeIo } from './io';
import { main } from './main';

void main(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
