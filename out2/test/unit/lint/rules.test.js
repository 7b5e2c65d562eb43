"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
/** Rule details that fixtures cannot show: exact columns, messages, edges of each heuristic, caching. */
const assert = __importStar(require("node:assert/strict"));
const scaffold_1 = require("../../../src/core/answer/scaffold");
const bundledPrompts_1 = require("../../../src/platform/node/bundledPrompts");
const config_1 = require("../../../src/core/lint/config");
const linter_1 = require("../../../src/core/lint/linter");
const rules_1 = require("../../../src/core/lint/rules");
const REQUIREMENTS = '## Requirements\n\n- 40 million households, 300k decisions per second, 50 ms p99.\n';
const SCOPE = '## Scope\n\n- Cap checks and counters.\n';
const ARCHITECTURE = '## Architecture\n\n- One counter record per household, read once per decision.\n';
const TRADE_OFFS = '## Trade-offs\n\n- Counting on impression rather than on decision, but devices can overshoot.\n';
const OPERABILITY = '## Operability\n\n- Alerts on latency; on failure the service fails open; the ads team owns it and is on call.\n';
/** A clean answer with one section replaced. */
function answer(replace = {}) {
    return [
        '# Ad frequency capping\n',
        replace.requirements ?? REQUIREMENTS,
        replace.scope ?? SCOPE,
        replace.architecture ?? ARCHITECTURE,
        replace.tradeOffs ?? TRADE_OFFS,
        replace.operability ?? OPERABILITY,
    ].join('\n');
}
function only(rule, text, config = (0, config_1.resolveConfig)(undefined, rules_1.RULES).config) {
    return (0, linter_1.lint)(text, config).filter((f) => f.ruleId === rule);
}
/** The text a finding underlines. */
function underlined(text, f) {
    return text.split('\n')[f.line - 1].slice(f.column - 1, f.endColumn - 1);
}
describe('rules', () => {
    it('a clean answer has no findings', () => {
        assert.deepEqual((0, linter_1.lint)(answer()), []);
    });
    it('a fresh scaffold of every bundled prompt has exactly one SD002 per section and nothing else', () => {
        for (const prompt of (0, bundledPrompts_1.loadBundledCatalog)().prompts) {
            const text = (0, scaffold_1.scaffoldAnswer)(prompt, new Date('2025-01-02T00:00:00Z'));
            const findings = (0, linter_1.lint)(text);
            assert.ok(findings.length > 0 && findings.every((f) => f.ruleId === 'SD002'), `${prompt.id}: ${JSON.stringify(findings.map((f) => [f.ruleId, f.line]))}`);
            assert.equal(new Set(findings.map((f) => f.sectionId)).size, findings.length);
        }
    });
    describe('SD002 empty-section', () => {
        it('says whether a section is empty or still only the skeleton', () => {
            const empty = only('SD002', answer({ scope: '## Scope\n\n<!-- later -->\n' }));
            assert.match(empty[0].message, /^Scope is empty\. What you will design/);
            const skeleton = only('SD002', answer({ scope: '## Scope\n\n- **In scope:** _the parts you will design in depth_\n' }));
            assert.match(skeleton[0].message, /^Scope still holds only the template's prompts/);
            assert.equal(skeleton[0].sectionId, 'scope');
        });
        it('underlines the heading, not a trailing comment', () => {
            const text = answer({ scope: '## Scope <!-- fill in -->\n\n' });
            const [f] = only('SD002', text);
            assert.equal(underlined(text, f), '## Scope');
        });
    });
    describe('SD003 section-order', () => {
        const order = (...sections) => only('SD003', sections.join('\n')).map((f) => f.message.split(' (')[0]);
        it('one moved section gives one finding, whichever way it moved', () => {
            assert.deepEqual(order(REQUIREMENTS, ARCHITECTURE, SCOPE, TRADE_OFFS, OPERABILITY), ['Scope should come before Architecture']);
            assert.deepEqual(order(REQUIREMENTS, ARCHITECTURE, TRADE_OFFS, OPERABILITY, SCOPE), ['Scope should come before Architecture']);
            assert.deepEqual(order(OPERABILITY, REQUIREMENTS, SCOPE, ARCHITECTURE, TRADE_OFFS), ['Operability should come after Trade-offs']);
            assert.deepEqual(order(REQUIREMENTS, TRADE_OFFS, SCOPE, ARCHITECTURE, OPERABILITY), ['Trade-offs should come after Architecture']);
        });
        it('two moved sections give two findings; a reversed answer keeps one section in place', () => {
            assert.deepEqual(order(SCOPE, REQUIREMENTS, ARCHITECTURE, OPERABILITY, TRADE_OFFS), ['Requirements should come before Scope', 'Trade-offs should come before Operability']);
            assert.equal(order(OPERABILITY, TRADE_OFFS, ARCHITECTURE, SCOPE, REQUIREMENTS).length, 4);
        });
        it('judges only the first heading of each section, and ignores missing ones', () => {
            assert.deepEqual(order(REQUIREMENTS, ARCHITECTURE, OPERABILITY, REQUIREMENTS), []);
            assert.deepEqual(order(ARCHITECTURE), []);
        });
    });
    describe('SD004 placeholder-left', () => {
        it('reports each token with its exact columns', () => {
            const text = answer({ architecture: '## Architecture\n\n- Store: TBD, key ${1:format}, owner ???; todo: pick one.\n' });
            const found = only('SD004', text).map((f) => underlined(text, f));
            assert.deepEqual(found, ['TBD', '${1:format}', '???', 'todo']);
        });
        it('skips code blocks, inline code, comments and front matter', () => {
            const text = `---\nprompt: TODO\n---\n${answer({ architecture: '## Architecture\n\n- Key `user:${id}` and `TODO` in code <!-- TODO -->.\n\n```\nTODO\n```\n' })}`;
            assert.deepEqual(only('SD004', text), []);
        });
        it('reports leftover skeleton lines only where the section has content of its own', () => {
            const skeleton = '- **APIs:** _the main calls and their shape_';
            const withContent = answer({ architecture: `## Architecture\n\n- One counter record per household.\n${skeleton}\n` });
            const [f] = only('SD004', withContent);
            assert.equal(underlined(withContent, f), skeleton);
            assert.match(f.message, /Skeleton prompt left in Architecture: "- APIs: the main calls and their shape"/);
            assert.deepEqual(only('SD004', answer({ architecture: `## Architecture\n\n${skeleton}\n- TODO\n` })), []);
        });
        it('reports a section\'s skeleton lines once, on the first, counting them', () => {
            const lines = ['- **Components:** _the services and stores, and what each one owns_', '- **Data flow:** _the path of a request or event through them_', '- **APIs:** _the main calls and their shape_'];
            const text = answer({ architecture: `## Architecture\n\n- One counter record per household.\n${lines.join('\n')}\n` });
            const findings = only('SD004', text);
            assert.equal(findings.length, 1);
            assert.equal(underlined(text, findings[0]), lines[0]);
            assert.match(findings[0].message, /^3 skeleton prompts left in Architecture, from "- Components: the services and stores, and what each one ow…" \(lines \d+, \d+, \d+\)\. Answer them or delete the lines$/);
        });
        it('reports placeholders outside recognised sections too', () => {
            assert.equal(only('SD004', `${answer()}\n## Notes\n\n- TBD: ask about travel\n`).length, 1);
        });
    });
    describe('SD005 unquantified-requirements', () => {
        const quantified = (line) => only('SD005', answer({ requirements: `## Requirements\n\n- ${line}\n` })).length === 0;
        it('counts digits and number words, with or without units', () => {
            for (const line of ['10k QPS', '5M members', 'under 200 ms', '99.9% available', '~2M writes/s', 'tens of millions of users', 'a few hundred thousand requests', '1,000 hours a day']) {
                assert.ok(quantified(line), line);
            }
        });
        it('does not count digits inside names and versions', () => {
            for (const line of ['p99 must be low', 'stored in S3-like storage', 'H.264 and AV1', 'IPv6 clients', 'many users, fast pages']) {
                assert.ok(!quantified(line), line);
            }
        });
        it('reads numbers in capacity maths in a code block', () => {
            assert.ok(quantified('Scale below.\n\n```\n300000 decisions/s * 50 = 15M checks/s\n```'));
        });
        it('asks for the numbers that size the design, on the heading', () => {
            const [f] = only('SD005', answer({ requirements: '## Requirements\n\n- Lots of members.\n' }));
            assert.equal(f.line, 3);
            assert.match(f.message, /users.*requests per second.*latency target.*data/);
        });
    });
    describe('SD006 tradeoff-without-cost', () => {
        const costless = (body) => only('SD006', answer({ tradeOffs: `## Trade-offs\n\n${body}\n` }));
        it('reports each choice without a cost, on its item', () => {
            const found = costless('- Redis over Memcached.\n- Push instead of poll: updates in seconds, but more connections.\n- Hourly buckets vs sliding windows.');
            assert.deepEqual(found.map((f) => f.line), [17, 19]);
            assert.match(found[0].message, /^"Redis over Memcached\." says what you chose but not what it costs/);
        });
        it('accepts the cost in a sub-item, the parent, or the block right after', () => {
            assert.deepEqual(costless('- Push over poll\n  - Cost: 60k open connections.'), []);
            assert.deepEqual(costless('- Freshness costs us: rows can be stale\n  - Nightly batch over streaming.'), []);
            assert.deepEqual(costless('We chose push over poll.\n\nThe downside is 60k open connections.'), []);
            assert.equal(costless('- We chose push over poll.\n- We chose Redis over Memcached.\n- Downside: more memory.').length, 1);
        });
        it('does not read "over" as a choice in "over time", "over HTTP" or "fail over"', () => {
            const [f] = costless('- Counts drift over time.\n- Clients talk over HTTP/2.\n- Reads fail over to the replica.');
            assert.equal(f.line, 15);
            assert.match(f.message, /^Trade-offs names no choice/);
        });
    });
    describe('SD007 unjustified-technology', () => {
        it('underlines the first mention, and only when no mention is justified', () => {
            const text = answer({ architecture: '## Architecture\n\n- Counters in Redis and events in Kafka.\n- Kafka because it keeps a replayable log.\n' });
            const found = only('SD007', text);
            assert.deepEqual(found.map((f) => underlined(text, f)), ['Redis']);
            assert.match(found[0].message, /^Redis is named without a reason/);
        });
        it('matches whole words in any case, and reports the canonical name', () => {
            const text = answer({ architecture: '## Architecture\n\n- Sparkle and Kafkaesque are not names; redis is.\n' });
            const found = only('SD007', text);
            assert.deepEqual(found.map((f) => [underlined(text, f), f.message.split(' ')[0]]), [['redis', 'Redis']]);
        });
        it('a reason counts in the same sentence, not the next', () => {
            assert.equal(only('SD007', answer({ architecture: '## Architecture\n\nCounters live in Redis. Because reads dominate, we cache.\n' })).length, 1);
            assert.equal(only('SD007', answer({ architecture: '## Architecture\n\nCounters live in Redis, since reads dominate. We cache.\n' })).length, 0);
        });
        it('ignores the title, headings, code and comments', () => {
            const text = `# Redis-backed caps\n\n${answer({ architecture: '## Architecture: Kafka\n\n- A service. <!-- Cassandra? -->\n\n```\nredis-cli INCR caps\n```\n' })}`;
            assert.deepEqual(only('SD007', text), []);
        });
        it('escapes configured names, and caches one pattern per technologies list', () => {
            const { config } = (0, config_1.resolveConfig)({ technologies: ['Node.js', 'C++'] }, rules_1.RULES);
            const text = answer({ architecture: '## Architecture\n\n- A Node.js gateway and a C++ encoder. NodeXjs is not a match.\n' });
            const first = only('SD007', text, config);
            assert.deepEqual(first.map((f) => underlined(text, f)), ['Node.js', 'C++']);
            assert.deepEqual(only('SD007', text, config), first);
            const { config: other } = (0, config_1.resolveConfig)({ technologies: ['Node.js'] }, rules_1.RULES);
            assert.equal(only('SD007', text, other).length, 1);
        });
    });
    describe('SD008 shallow-operability', () => {
        const missing = (body) => only('SD008', answer({ operability: `## Operability\n\n${body}\n` })).map((f) => f.message.split(':')[0]);
        it('names each missing aspect, on the heading', () => {
            assert.deepEqual(missing('- Dashboards on latency.'), ['Operability does not cover failure detection and recovery', 'Operability does not say who owns it']);
            assert.deepEqual(missing('- The ads team owns it.'), ['Operability does not cover monitoring and alerting', 'Operability does not cover failure detection and recovery']);
            assert.deepEqual(missing('- Alerts page the on-call engineer; failed nodes are replaced automatically.'), []);
        });
        it('asks a question for each', () => {
            for (const f of only('SD008', answer({ operability: '## Operability\n\n- We will see.\n' })))
                assert.match(f.message, /\?$/);
        });
        it('"its own" is not ownership', () => {
            assert.deepEqual(missing('- Alerts; each region has its own replica for failover.'), ['Operability does not say who owns it']);
        });
    });
    describe('SD009 duplicate-section', () => {
        it('says where the first one is', () => {
            const [f] = only('SD009', `${answer()}\n## Scope\n\n- More.\n`);
            assert.match(f.message, /^Scope appears twice: it already starts at line 7\./);
        });
        it('a section split under sibling headings is not a duplicate', () => {
            const text = answer({ requirements: '## Functional requirements\n\n- Caps per household.\n\n## Non-functional requirements\n\n- 300k decisions per second.\n' });
            assert.deepEqual(only('SD009', text), []);
            assert.deepEqual(only('SD005', text), []);
        });
    });
    describe('SD010 front-matter', () => {
        it('underlines the template value and lists the known templates', () => {
            const text = `---\n"template": 'sys-design'\n---\n${answer()}`;
            const [f] = only('SD010', text);
            assert.equal(underlined(text, f), "'sys-design'");
            assert.match(f.message, /use one of system-design, ml-system-design$/);
        });
        it('a key with no value is reported on its line', () => {
            const [f] = only('SD010', `---\nprompt:\n---\n${answer()}`);
            assert.equal(f.line, 2);
            assert.match(f.message, /prompt must be a string .*; it has no value/);
        });
        it('other keys and their types are the user’s business', () => {
            assert.deepEqual(only('SD010', `---\nprompt: ads/frequency-capping\nstarted: 2025-01-02\ntags: [a, b]\nminutes: 60\n---\n${answer()}`), []);
        });
    });
});
//# sourceMappingURL=rules.test.js.map