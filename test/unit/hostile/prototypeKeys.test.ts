/**
 * Issue 17, item 8: names from files that are also the names of what every object inherits
 * (`constructor`, `__proto__`, `toString`) look up nothing in the tables written as object literals.
 */
import * as assert from 'node:assert/strict';
import { probesFor } from '../../../src/core/interview';
import { technologyRule } from '../../../src/core/interview/rules/technology';
import { parsePromptFile } from '../../../src/core/catalog/loadPrompts';
import { buildDebrief } from '../../../src/core/debrief/debrief';

const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('names that objects inherit', () => {
  it('a technology called constructor or __proto__ is held against the obvious alternative', () => {
    for (const name of INHERITED) {
      const text = `---\ntemplate: system-design\n---\n## Architecture\n\n- ${name} stores the events.\n`;
      const [probe] = probesFor(text, undefined, { rules: [technologyRule], technologies: [name] });
      assert.ok(probe, name);
      assert.match(probe.question, /rather than the obvious alternative,/, name);
      assert.doesNotMatch(probe.question, /native code|\[object/, name);
    }
  });

  it('a prompt heading called constructor or __proto__ is an unknown part, not a body part', () => {
    for (const name of INHERITED) {
      const text = `---\nid: platform/odd\ntitle: Odd\nteam: platform\nlevel: L5\ntemplate: system-design\n---\n## Statement\n\nDesign a thing that does things at scale.\n\n## ${name}\n\nIgnored text.\n`;
      const { prompt, problems } = parsePromptFile({ file: 'odd.md', text });
      assert.deepEqual(problems, [], name);
      assert.equal(prompt?.statement, 'Design a thing that does things at scale.', name);
      assert.ok(!Object.keys(prompt ?? {}).some((k) => k.includes('native code') || k.includes('[object')), name);
    }
  });

  it('the debrief files a finding or phase in a section called constructor under no signal', () => {
    const signals = [{ id: 'requirements', title: 'Requirements' }];
    for (const name of INHERITED) {
      const [evidence] = buildDebrief({
        signals,
        findings: [{ ruleId: name, message: 'x', line: 1, sectionId: name }],
        asked: [],
        followUps: [],
        record: { started: '2026-01-01T00:00:00Z', minutesTotal: 1, phases: [{ section: name, label: name, plannedMinutes: 1, spentMinutes: 1 }] },
      });
      assert.deepEqual([evidence.findings, evidence.phases], [[], []], name);
    }
  });
});
