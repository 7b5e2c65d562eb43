import * as assert from 'node:assert/strict';
import { DEFAULT_TECHNOLOGIES, mergeConfigInputs, resolveConfig, sameLintConfig, type LintConfigInput } from '../../../src/core/lint/config';
import { applyFixes } from '../../../src/core/lint/fixes';
import { lint } from '../../../src/core/lint/linter';
import { RULES } from '../../../src/core/lint/rules';

const resolve = (input: unknown) => resolveConfig(input as LintConfigInput, RULES);

const answer = [
  '## Requirements',
  '',
  '- Members should get fast answers.',
  '',
  '## Scope',
  '',
  '- Caps only.',
  '',
  '## Architecture',
  '',
  '- Counters live in Redis.',
  '',
  '## Trade-offs',
  '',
  '- Counting on impression rather than on decision, but devices can overshoot.',
  '',
  '## Running it',
  '',
  '- The ads team owns it, with alerts on latency; failures fail open.',
  '',
].join('\n');

describe('lint config', () => {
  it('the rules are SD001 to SD012 in order, with their public names and defaults', () => {
    assert.deepEqual(
      RULES.map((r) => `${r.names[0]} ${r.names[1]} ${r.defaultSeverity}`),
      [
        'SD001 missing-section warning',
        'SD002 empty-section warning',
        'SD003 section-order info',
        'SD004 placeholder-left warning',
        'SD005 unquantified-requirements info',
        'SD006 tradeoff-without-cost info',
        'SD007 unjustified-technology info',
        'SD008 shallow-operability info',
        'SD009 duplicate-section warning',
        'SD010 front-matter error',
        'SD011 followup-unanswered warning',
        'SD012 diagram-prose-mismatch info',
      ],
    );
    for (const rule of RULES) {
      assert.ok(rule.description.length > 10, rule.names[0]);
      assert.ok(rule.tags.length > 0, rule.names[0]);
    }
  });

  it('defaults: every rule on at its default severity, no problems', () => {
    const { config, problems } = resolve(undefined);
    assert.deepEqual(problems, []);
    assert.equal(config.severities.size, RULES.length);
    assert.equal(config.defaultTemplate, 'system-design');
    assert.equal(config.technologies, DEFAULT_TECHNOLOGIES);
  });

  it('turns rules off and changes severities by id or by name', () => {
    const { config, problems } = resolve({ rules: { SD005: 'off', 'unjustified-technology': false, sd001: 'error', 'section-order': 'warning', SD008: true } });
    assert.deepEqual(problems, []);
    assert.equal(config.severities.has('SD005'), false);
    assert.equal(config.severities.has('SD007'), false);
    assert.equal(config.severities.get('SD001'), 'error');
    assert.equal(config.severities.get('SD003'), 'warning');
    assert.equal(config.severities.get('SD008'), 'info');
    const findings = lint(answer, config);
    assert.ok(!findings.some((f) => f.ruleId === 'SD005' || f.ruleId === 'SD007'));
    assert.ok(findings.filter((f) => f.ruleId === 'SD001').every((f) => f.severity === 'error'));
  });

  it('reports invalid values and falls back to the defaults for them', () => {
    const { config, problems } = resolve({
      defaultTemplate: 'nope',
      rules: { SD005: 'loud', SD099: 'off', SD007: 'off' },
      aliases: { operability: 'Running it' },
      requiredSections: 'scope',
      technologies: ['Redis', ''],
    });
    assert.deepEqual(problems.map((p) => p.setting), ['defaultTemplate', 'rules.SD005', 'rules.SD099', 'aliases.operability', 'requiredSections', 'technologies']);
    assert.equal(config.defaultTemplate, 'system-design');
    assert.equal(config.severities.get('SD005'), 'info');
    assert.equal(config.severities.has('SD007'), false, 'the valid setting beside the bad ones still applies');
    assert.equal(config.requiredSections, undefined);
    assert.equal(config.technologies, DEFAULT_TECHNOLOGIES);
  });

  it('reports a configuration that is not an object', () => {
    for (const input of [42, 'x', [], null]) {
      const { problems } = resolve(input);
      assert.ok(problems.length > 0, JSON.stringify(input));
    }
    assert.deepEqual(resolve({ rules: [] }).problems.map((p) => p.setting), ['rules']);
    assert.deepEqual(resolve({ aliases: [] }).problems.map((p) => p.setting), ['aliases']);
  });

  it('aliases extend heading recognition', () => {
    assert.ok(lint(answer).some((f) => f.ruleId === 'SD001' && f.message.startsWith('Missing section: Operability (')));
    const { config } = resolve({ aliases: { operability: ['Running it'] } });
    const findings = lint(answer, config);
    assert.ok(!findings.some((f) => f.ruleId === 'SD001'));
  });

  it('reports unknown section ids in requiredSections and aliases, keeping SD001 on', () => {
    const { config, problems } = resolve({ requiredSections: ['requirements', 'operabilty'], aliases: { operabilty: ['Running it'], scope: ['Bounds'] } });
    assert.deepEqual(problems.map((p) => [p.setting, p.message.split(';')[0]]), [
      ['aliases.operabilty', 'Unknown section id "operabilty"'],
      ['requiredSections', 'Unknown section id "operabilty"'],
    ]);
    assert.match(problems[0].message, /the section ids are requirements, scope, architecture/);
    assert.equal(config.requiredSections, undefined, 'the template’s required sections are checked');
    assert.deepEqual(config.aliases, { scope: ['Bounds'] });
    assert.ok(lint('## Requirements\n\n- 10M users.\n', config).some((f) => f.ruleId === 'SD001' && f.message.startsWith('Missing section: Operability (')));
  });

  it('warns about an alias that is another section\'s title, applies it, and the fix heads that section so it is read (issue 17, item 5)', () => {
    const { config, problems } = resolve({ aliases: { requirements: ['Scope', 'Needs'], operability: ['trade offs'] } });
    assert.deepEqual(problems.map((p) => [p.setting, p.message.split(':')[0], p.applied]), [
      ['aliases.requirements', '"Scope" is the title of the Scope section', true],
      ['aliases.operability', '"trade offs" is the title of the Trade-offs section', true],
    ]);
    assert.deepEqual(config.aliases, { requirements: ['Scope', 'Needs'], operability: ['trade offs'] }, 'applied as written');
    // Every SD001 fix inserts a heading that the same configuration reads as the missing section.
    const text = '## Needs\n\n- 10M users.\n';
    const missing = lint(text, config).filter((f) => f.ruleId === 'SD001');
    assert.deepEqual(missing.map((f) => f.sectionId), ['scope', 'architecture', 'trade-offs', 'operability']);
    const fixed = applyFixes(text, missing);
    assert.deepEqual(lint(fixed, config).filter((f) => f.ruleId === 'SD001'), []);
    assert.deepEqual(applyFixes(fixed, lint(fixed, config)), fixed, 'nothing more to insert');
    // With no such alias the title is written, as before.
    assert.match(applyFixes(text, lint(text).filter((f) => f.ruleId === 'SD001')), /^## Scope$/m);
  });

  it('requiredSections replaces the template’s required list', () => {
    const { config } = resolve({ requiredSections: ['requirements', 'scope'] });
    assert.ok(!lint(answer, config).some((f) => f.ruleId === 'SD001'));
    const { config: more } = resolve({ requiredSections: ['requirements', 'scope', 'architecture', 'trade-offs', 'operability'], aliases: { operability: ['Running it'] } });
    assert.ok(!lint(answer, more).some((f) => f.ruleId === 'SD001'));
  });

  it('technologies replace the built-in list for SD007', () => {
    assert.ok(lint(answer).some((f) => f.ruleId === 'SD007' && f.message.startsWith('Redis')));
    const { config } = resolve({ technologies: ['Memcached'] });
    assert.ok(!lint(answer, config).some((f) => f.ruleId === 'SD007'));
    const { config: custom } = resolve({ technologies: ['counters'] });
    assert.ok(lint(answer, custom).some((f) => f.ruleId === 'SD007' && f.message.startsWith('counters')));
  });

  it('defaultTemplate picks the template for answers that name none', () => {
    const { config } = resolve({ defaultTemplate: 'ml-system-design' });
    assert.ok(lint(answer, config).some((f) => f.message.startsWith('Missing section: Evaluation (')));
  });
});

describe('mergeConfigInputs', () => {
  it('later inputs win; rules and aliases merge key by key; undefined values do not erase', () => {
    const merged = mergeConfigInputs(
      { defaultTemplate: 'system-design', rules: { SD005: 'off', SD007: 'warning' }, aliases: { scope: ['Plan'] } },
      undefined,
      { defaultTemplate: undefined, rules: { SD007: 'error' }, aliases: { operability: ['Running it'] }, technologies: ['Redis'] },
    );
    assert.deepEqual(merged, {
      defaultTemplate: 'system-design',
      rules: { SD005: 'off', SD007: 'error' },
      aliases: { scope: ['Plan'], operability: ['Running it'] },
      technologies: ['Redis'],
    });
  });
});

describe('sameLintConfig', () => {
  it('is true for configs resolved from equal inputs, false when anything that changes findings differs', () => {
    const base = { rules: { SD005: 'off' }, aliases: { operability: ['Running it'] } };
    assert.ok(sameLintConfig(resolve(base).config, resolve(JSON.parse(JSON.stringify(base))).config));
    assert.ok(sameLintConfig(resolve({}).config, resolve(undefined).config));
    for (const other of [
      { ...base, rules: { SD005: 'warning' } },
      { ...base, rules: { SD005: 'off', SD001: 'error' } },
      { ...base, aliases: { operability: ['Running it', 'Ops'] } },
      { ...base, defaultTemplate: 'ml-system-design' },
    ]) {
      assert.ok(!sameLintConfig(resolve(base).config, resolve(other).config), JSON.stringify(other));
    }
  });
});
