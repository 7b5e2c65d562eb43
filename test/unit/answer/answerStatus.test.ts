import * as assert from 'node:assert/strict';
import { answerStatus, bestStatus } from '../../../src/core/answer/answerStatus';
import { scaffoldAnswer } from '../../../src/core/answer/scaffold';
import { resolveConfig } from '../../../src/core/lint/config';
import { RULES } from '../../../src/core/lint/rules';
import { loadBundledCatalog } from '../../../src/platform/node/bundledPrompts';

const prompt = loadBundledCatalog().prompts.find((p) => p.template === 'system-design')!;
const mlPrompt = loadBundledCatalog().prompts.find((p) => p.template === 'ml-system-design')!;
const today = new Date('2025-01-02T00:00:00Z');
/** Only SD001 on: these tests are about the status, not about what the other rules look for. */
const onlySd001 = resolveConfig({ rules: Object.fromEntries(RULES.filter((r) => r.names[0] !== 'SD001').map((r) => [r.names[0], 'off' as const])) }, RULES).config;

/** Appends a sentence of the user's own under every section heading of the scaffold. */
function fillIn(text: string): string {
  return text.replace(/^(## .+)$/gm, '$1\n\nMy own words about this part, with numbers: 10k QPS.\n');
}

describe('answer status', () => {
  it('a fresh scaffold is a draft, not complete, even with only SD001 on, with or without the clarifying questions', () => {
    for (const config of [undefined, onlySd001]) {
      for (const includeClarifyingQuestions of [false, true]) {
        for (const p of [prompt, mlPrompt]) {
          assert.equal(answerStatus(scaffoldAnswer(p, today, { includeClarifyingQuestions }), config, { clarifyingQuestions: p.clarifyingQuestions }), 'draft');
        }
      }
    }
  });

  it('is complete when every required section has text of its own', () => {
    for (const includeClarifyingQuestions of [false, true]) {
      for (const p of [prompt, mlPrompt]) {
        assert.equal(answerStatus(fillIn(scaffoldAnswer(p, today, { includeClarifyingQuestions })), onlySd001, { clarifyingQuestions: p.clarifyingQuestions }), 'complete');
      }
    }
  });

  it('is a draft when a required section is missing', () => {
    const text = fillIn(scaffoldAnswer(prompt, today)).replace(/## Operability[\s\S]*$/, '');
    assert.equal(answerStatus(text, onlySd001), 'draft');
  });

  it('is a draft while the linter warns', () => {
    const text = fillIn(scaffoldAnswer(prompt, today));
    const { config } = resolveConfig({ rules: { ...Object.fromEntries(RULES.map((r) => [r.names[0], 'off' as const])), SD001: 'warning' }, requiredSections: ['requirements', 'scope', 'architecture', 'trade-offs', 'operability', 'evaluation'] }, RULES);
    assert.equal(answerStatus(text, config), 'draft');
  });

  it('honours the configured required sections and severities', () => {
    const text = fillIn(scaffoldAnswer(prompt, today)).replace(/## Operability[\s\S]*$/, '');
    const { config } = resolveConfig({ rules: { ...Object.fromEntries(RULES.map((r) => [r.names[0], 'off' as const])), SD001: 'info' }, requiredSections: ['requirements', 'scope', 'architecture', 'trade-offs'] }, RULES);
    assert.equal(answerStatus(text, config), 'complete');
  });

  it('never throws on odd input', () => {
    for (const text of ['', '---', '---\nprompt: [\n---\n', '\u0000\u0001', '# only a title']) assert.equal(answerStatus(text), 'draft');
  });

  it('picks the furthest status', () => {
    assert.equal(bestStatus([]), 'none');
    assert.equal(bestStatus(['draft', 'none']), 'draft');
    assert.equal(bestStatus(['draft', 'complete']), 'complete');
  });
});
