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
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const templates_1 = require("../../../src/core/answer/templates");
const config_1 = require("../../../src/core/lint/config");
const linter_1 = require("../../../src/core/lint/linter");
const rules_1 = require("../../../src/core/lint/rules");
const paths_1 = require("../helpers/paths");
/**
 * Section recognition scored on real write-ups by other authors (test/fixtures/corpus: outlines of
 * public primers, Grokking-style notes, case-study collections and ML design notes). Each file names
 * the sections a reader would say it covers; a section counts as found when SD001 does not report it.
 * The figures are printed on every run; the floors fail the build when recognition gets worse. The
 * floors are today's figures on the tuned part after 40 new documents were added (issue 15): the
 * matcher has not yet been tuned on them.
 */
const FLOORS = { recall: 0.85, precision: 0.9, exactShare: 0.9, falseDuplicates: 1 };
function readCorpus() {
    const dir = (0, paths_1.fixturePath)('corpus');
    return fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.md') && f !== 'NOTICE.md')
        .sort()
        .map((name) => {
        const text = fs.readFileSync(path.join(dir, name), 'utf8');
        const template = /<!-- corpus template: (\S+) -->/.exec(text)?.[1];
        const sections = /<!-- corpus sections: ([^>]*?) -->/.exec(text)?.[1];
        assert.ok(template && sections !== undefined, `${name}: corpus files name their template and sections`);
        const duplicates = [...text.matchAll(/<!-- corpus duplicates: (\S+)/g)].map((m) => m[1]);
        const heldOut = text.includes('<!-- corpus part: held-out');
        return { name, text, template, sections: new Set(sections.split(/\s+/).filter(Boolean)), duplicates, heldOut };
    });
}
/** Scores the whole corpus: per-section counts, the documents read exactly right, SD009 findings. */
function scoreCorpus(docs) {
    const counts = new Map();
    const wrong = [];
    const falseDuplicates = [];
    for (const doc of docs) {
        const template = (0, templates_1.getTemplate)(doc.template);
        const { config } = (0, config_1.resolveConfig)({ defaultTemplate: doc.template }, rules_1.RULES);
        const findings = (0, linter_1.lint)(doc.text, config);
        const missing = new Set(findings.filter((f) => f.ruleId === 'SD001').map((f) => f.sectionId));
        const expected = [...doc.duplicates];
        for (const f of findings.filter((x) => x.ruleId === 'SD009')) {
            const at = expected.indexOf(f.sectionId ?? '');
            if (at >= 0)
                expected.splice(at, 1);
            else
                falseDuplicates.push(`${doc.name}:${f.line} ${f.message}`);
        }
        let exact = true;
        for (const spec of template.sections.filter((s) => s.required)) {
            const c = counts.get(spec.id) ?? { tp: 0, fp: 0, fn: 0 };
            counts.set(spec.id, c);
            const found = !missing.has(spec.id);
            const labelled = doc.sections.has(spec.id);
            if (found && labelled)
                c.tp++;
            else if (found)
                c.fp++;
            else if (labelled)
                c.fn++;
            if (found !== labelled)
                exact = false;
        }
        if (!exact)
            wrong.push(`${doc.name}: found ${template.sections.filter((s) => s.required && !missing.has(s.id)).map((s) => s.id).join(' ')}; labelled ${[...doc.sections].join(' ')}`);
    }
    return { counts, wrong, falseDuplicates };
}
/** The per-section lines and the misreads of one part, as printed. */
function report(label, docs) {
    const { counts, wrong, falseDuplicates } = scoreCorpus(docs);
    const rows = [...counts].map(([id, c]) => `  ${id.padEnd(13)} recall ${ratio(c.tp, c.tp + c.fn).toFixed(2)}  precision ${ratio(c.tp, c.tp + c.fp).toFixed(2)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
    const lines = [`    corpus, ${label}: ${docs.length} documents, ${docs.length - wrong.length} exactly right, ${falseDuplicates.length} false SD009 findings`, ...rows.map((r) => `  ${r}`)];
    if (falseDuplicates.length > 0)
        lines.push('    false SD009 findings:', ...falseDuplicates.map((w) => `      ${w}`));
    if (wrong.length > 0)
        lines.push('    read differently from their labels:', ...wrong.map((w) => `      ${w}`));
    return lines.join('\n');
}
function ratio(a, b) {
    return b === 0 ? 1 : a / b;
}
describe('section recognition on real write-ups (corpus)', () => {
    const all = readCorpus();
    const docs = all.filter((d) => !d.heldOut);
    const heldOut = all.filter((d) => d.heldOut);
    const { counts, wrong, falseDuplicates } = scoreCorpus(docs);
    before(() => {
        // The held-out part is printed, never asserted: it measures what tuning on the rest did to new writing.
        console.log(`${report('tuned part', docs)}\n${report('held-out part (not tuned on)', heldOut)}`);
    });
    it('holds at least 80 documents to tune on and 10 held out', () => {
        assert.ok(docs.length >= 80, `${docs.length} documents`);
        assert.ok(heldOut.length >= 10, `${heldOut.length} held out`);
    });
    for (const id of ['requirements', 'scope', 'architecture', 'trade-offs', 'operability', 'evaluation']) {
        it(`finds ${id} with recall and precision of at least ${FLOORS.recall}`, () => {
            const c = counts.get(id);
            assert.ok(ratio(c.tp, c.tp + c.fn) >= FLOORS.recall, `recall ${ratio(c.tp, c.tp + c.fn).toFixed(2)}`);
            assert.ok(ratio(c.tp, c.tp + c.fp) >= FLOORS.precision, `precision ${ratio(c.tp, c.tp + c.fp).toFixed(2)}`);
        });
    }
    it(`reads at least ${FLOORS.exactShare * 100}% of the documents exactly right`, () => {
        assert.ok(docs.length - wrong.length >= Math.ceil(FLOORS.exactShare * docs.length), `${docs.length - wrong.length} of ${docs.length}`);
    });
    it('reports no duplicate section that is not one', () => {
        assert.ok(falseDuplicates.length <= FLOORS.falseDuplicates, falseDuplicates.join('\n'));
    });
});
//# sourceMappingURL=corpus.test.js.map