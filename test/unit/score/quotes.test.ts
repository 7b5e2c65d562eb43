/**
 * Quote check (issue 16): on every answer under test/fixtures (the real write-ups of the corpus and
 * the judged set, lint, drill, CLI and workspace fixtures), every quote the scorecard makes, for its
 * evidence and for the answer key's covered points, is a verbatim substring of its 1-based line.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { splitLines } from '../../../src/core/answer/parseAnswer';
import { readAnswerHeader } from '../../../src/core/answer/parseAnswer';
import { scoreAnswer, scorecardProblems } from '../../../src/core/score';
import { loadBundledCatalog } from '../../../src/platform/node/bundledPrompts';
import { fixturePath } from '../helpers/paths';

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(full) : e.name.endsWith('.md') ? [full] : [];
  });
}

describe('scorecard: every quote is verbatim', function () {
  this.timeout(120_000);
  const prompts = loadBundledCatalog().prompts;
  const files = markdownFiles(fixturePath());

  it(`on every Markdown fixture (${files.length} files), with its prompt's answer key or each bundled prompt's in turn`, () => {
    assert.ok(files.length > 100, `${files.length} fixtures`);
    let quotes = 0;
    let keyQuotes = 0;
    files.forEach((file, i) => {
      const text = fs.readFileSync(file, 'utf8');
      const named = readAnswerHeader(text).promptId;
      // An answer to no bundled prompt is checked against one anyway, so the answer key's quotes are too.
      const prompt = prompts.find((p) => p.id === named) ?? prompts[i % prompts.length];
      const lines = splitLines(text);
      for (const level of ['L4', 'L5'] as const) {
        const card = scoreAnswer({ answer: text, level, prompt });
        assert.deepEqual(scorecardProblems(card, lines), [], path.relative(fixturePath(), file));
        if (level === 'L5') {
          quotes += card.signals.reduce((n, s) => n + s.evidence.length, 0);
          keyQuotes += card.answerKey?.covered.filter((p) => p.quote !== undefined).length ?? 0;
        }
      }
    });
    console.log(`      ${quotes} evidence quotes and ${keyQuotes} answer-key quotes checked`);
    assert.ok(quotes > 500 && keyQuotes > 20);
  });
});
