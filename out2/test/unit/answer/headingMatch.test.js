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
const assert = __importStar(require("node:assert/strict"));
const headingMatch_1 = require("../../../src/core/answer/headingMatch");
const templates_1 = require("../../../src/core/answer/templates");
const matcher = (0, headingMatch_1.createSectionMatcher)(templates_1.SYSTEM_DESIGN);
const sectionOf = (heading) => matcher.match(heading)?.spec.id;
describe('heading recognition', () => {
    it('normalises numbering, case, punctuation, emoji and "&"', () => {
        assert.equal((0, headingMatch_1.normalizeHeading)('2. Scope'), 'scope');
        assert.equal((0, headingMatch_1.normalizeHeading)('Step 3: Architecture'), 'architecture');
        assert.equal((0, headingMatch_1.normalizeHeading)('III. Trade-offs'), 'trade offs');
        assert.equal((0, headingMatch_1.normalizeHeading)('🚀 2) Requirements & Constraints'), 'requirements and constraints');
        assert.equal((0, headingMatch_1.normalizeHeading)('**Operability** ##'), 'operability');
        assert.equal((0, headingMatch_1.normalizeHeading)('Part II - Scope'), 'scope');
    });
    it('strips inline Markdown and HTML from heading text', () => {
        assert.equal((0, headingMatch_1.stripInlineMarkdown)('[Scope](#scope) <!-- note --> `x`'), 'Scope  x');
    });
    const cases = [
        ['2. Scope', 'scope'],
        ['Step 3: Architecture', 'architecture'],
        ['III. Trade-offs', 'trade-offs'],
        ['Clarifying questions', 'requirements'],
        ['Outline use cases and constraints', 'requirements'],
        ['Create a high-level design', 'architecture'],
        ['Operational concerns', 'operability'],
        ['Requirements & Constraints', 'requirements'],
        ['🚨 Operational concerns', 'operability'],
        ['🎯 1. Clarifying Questions', 'requirements'],
        ['TRADE-OFFS', 'trade-offs'],
        ['trade offs', 'trade-offs'],
        ['Tradeoffs', 'trade-offs'],
        ['Design decisions', 'trade-offs'],
        ['Non-functional requirements', 'requirements'],
        ['Back-of-the-envelope estimates', 'requirements'],
        ['Deep dive: the counter store', 'architecture'],
        ['Ownership and on-call', 'operability'],
        ['4) Monitoring & Alerting', 'operability'],
    ];
    for (const [heading, id] of cases) {
        it(`"${heading}" is ${id}`, () => assert.equal(sectionOf(heading), id));
    }
    it('leaves headings that name no section unrecognised', () => {
        for (const heading of ['Notes', 'Appendix', 'Netflix Top 10', 'Summary', ''])
            assert.equal(sectionOf(heading), undefined, heading);
    });
    it('marks a heading that is exactly an alias as exact, and one that only contains it as not', () => {
        assert.equal(matcher.match('Scope')?.exact, true);
        assert.equal(matcher.match('Outline use cases and constraints')?.exact, false);
    });
    it('takes the longest alias, so "Design decisions" is a trade-off and not the architecture', () => {
        assert.equal(sectionOf('Key design decisions'), 'trade-offs');
        assert.equal(sectionOf('Create a high-level design'), 'architecture');
    });
    it('recognises Evaluation only in the ML template', () => {
        assert.equal(sectionOf('Offline and online evaluation'), undefined);
        assert.equal((0, headingMatch_1.createSectionMatcher)(templates_1.ML_SYSTEM_DESIGN).match('Offline and online evaluation')?.spec.id, 'evaluation');
    });
    it('adds configured aliases to a section', () => {
        const custom = (0, headingMatch_1.createSectionMatcher)(templates_1.SYSTEM_DESIGN, { operability: ['Running it', 'Day 2'] });
        assert.equal(custom.match('Running it')?.spec.id, 'operability');
        assert.equal(custom.match('3. Day-2')?.spec.id, 'operability');
        assert.equal(sectionOf('Running it'), undefined);
    });
});
describe('heading recognition: classes of real headings', () => {
    const ml = (0, headingMatch_1.createSectionMatcher)(templates_1.ML_SYSTEM_DESIGN);
    const cases = [
        // Generic words count only as (nearly) the whole heading.
        ['Design Pinterest', undefined],
        ['Design a URL shortening service like TinyURL', undefined],
        ['Design a monitoring and alerting system', undefined],
        ['CRUD Operations', undefined],
        ['Additional deep dive topics', undefined],
        ['Solution', 'architecture'],
        ['Core components', 'architecture'],
        ['REST APIs', 'architecture'],
        ['Tech decisions', 'trade-offs'],
        ['Deep dive: the counter store', 'architecture'],
        ['Operations', 'operability'],
        // Estimates are Requirements; explicit qualifiers win.
        ['Capacity Estimation and Constraints', 'requirements'],
        ['Back-of-envelope estimation', 'requirements'],
        ['Estimations', 'requirements'],
        ['Out of scope', 'scope'],
        ['Monitoring (not covered)', 'scope'],
        // Word forms, joined words, word order, phrasings people use.
        ['Usecases', 'requirements'],
        ['Requirement', 'requirements'],
        ['Trade-off', 'trade-offs'],
        ['Evaluation and metrics', undefined],
        ['Problem formulation', 'requirements'],
        ['Design goals', 'requirements'],
        ['Core entities', 'architecture'],
        ['Database schema', 'architecture'],
        ['System APIs', 'architecture'],
        ['Fault tolerance', 'operability'],
        ['Telemetry/Analytics', 'operability'],
        ['Error handling', 'operability'],
        ['Bottlenecks', 'trade-offs'],
        ['Scaling strategy', 'architecture'],
    ];
    for (const [heading, id] of cases) {
        it(`"${heading}" is ${id ?? 'no section'}`, () => assert.equal(sectionOf(heading), id));
    }
    it('reads word order and the ML phrasings in the ML template', () => {
        assert.equal(ml.match('Evaluation and metrics')?.spec.id, 'evaluation');
        assert.equal(ml.match('Metrics')?.generic, true);
        assert.equal(ml.match('2. Metrics (Offline and Online)')?.spec.id, 'evaluation');
    });
    it('lets one heading name two sections', () => {
        assert.deepEqual(ml.match('8. Online Testing and Deployment')?.specs.map((s) => s.id), ['evaluation', 'operability']);
    });
    it('says why it read a heading as it did', () => {
        assert.match(matcher.match('Capacity estimation')?.reason ?? '', /capacity estimation/);
        assert.match(matcher.match('Out of scope: billing')?.reason ?? '', /explicit qualifier/);
    });
    it('stays linear on long hostile headings (the head and word rules)', () => {
        for (const c of [':', 'a', '-', '(', 's', '1.']) {
            const start = process.hrtime.bigint();
            matcher.match(c.repeat(128 * 1024));
            matcher.match(`Deep${c.repeat(128 * 1024)}`);
            assert.ok(Number(process.hrtime.bigint() - start) / 1e6 < 2000, `${JSON.stringify(c)} took too long`);
        }
    });
});
//# sourceMappingURL=headingMatch.test.js.map