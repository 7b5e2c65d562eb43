/**
 * `npm run fuzz`: the fuzz properties of issue 7 for as long as you like. Not part of `npm test`.
 *
 *   npm run fuzz -- [--seed N] [--runs N] [--property lint|fix|practice|score|fix-aliases]
 *
 * The seed and the number of answers per property also come from FUZZ_SEED and FUZZ_RUNS; without a
 * seed a fresh one is chosen and printed, so a failure can be replayed. Exits 1 when a property fails.
 */
import { parseArgs } from 'node:util';
import { PROPERTIES, runProperty } from './answerFuzz';

const { values } = parseArgs({
  options: { seed: { type: 'string' }, runs: { type: 'string' }, property: { type: 'string' } },
});
const seed = Number(values.seed ?? process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const runs = Number(values.runs ?? process.env.FUZZ_RUNS ?? 20_000);
if (!Number.isInteger(seed) || !Number.isInteger(runs) || runs < 1) {
  console.error('--seed and --runs take whole numbers (runs at least 1)');
  process.exit(2);
}
const KEYS = ['lint', 'fix', 'practice', 'score', 'fix-aliases'];
const chosen = values.property ? PROPERTIES.filter((_, i) => KEYS[i] === values.property) : PROPERTIES;
if (chosen.length === 0) {
  console.error(`--property takes one of ${KEYS.join(', ')}`);
  process.exit(2);
}

let failed = false;
for (const { name, check } of chosen) {
  const started = Date.now();
  try {
    runProperty(check, seed, runs);
    console.log(`ok    ${name}: ${runs} answers, seed ${seed} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed = true;
    console.log(`FAIL  ${name}: seed ${seed}\n${error instanceof Error ? error.message : String(error)}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
