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
/**
 * Every fixture under test/fixtures/lint is linted and must produce exactly the findings written
 * inside it; every finding that has a fix must be gone after the fixes are applied.
 */
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const config_1 = require("../../../src/core/lint/config");
const fixes_1 = require("../../../src/core/lint/fixes");
const linter_1 = require("../../../src/core/lint/linter");
const rules_1 = require("../../../src/core/lint/rules");
const expectations_1 = require("../helpers/expectations");
const paths_1 = require("../helpers/paths");
function listFixtures(dir) {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name);
        return e.isDirectory() ? listFixtures(full) : e.name.endsWith('.md') ? [full] : [];
    });
}
const root = (0, paths_1.fixturePath)('lint');
describe('lint fixtures', () => {
    for (const file of listFixtures(root)) {
        const name = path.relative(root, file);
        it(name, () => {
            const text = fs.readFileSync(file, 'utf8');
            const { expectations, config: input } = (0, expectations_1.readExpectations)(text);
            const { config, problems } = (0, config_1.resolveConfig)(input, rules_1.RULES);
            assert.deepEqual(problems, [], 'the fixture config is valid');
            const findings = (0, linter_1.lint)(text, config);
            const actual = findings.map((f) => `${f.ruleId}@${f.line}`).sort();
            const expected = expectations.map((e) => `${e.ruleId}@${e.line}`).sort();
            assert.deepEqual(actual, expected, `findings: ${JSON.stringify(findings.map((f) => [f.ruleId, f.line, f.message]))}`);
            for (const e of expectations.filter((x) => x.message)) {
                const hit = findings.find((f) => f.ruleId === e.ruleId && f.line === e.line && f.message.includes(e.message));
                assert.ok(hit, `${e.ruleId} at ${e.line} has a message containing ${JSON.stringify(e.message)}; got ${JSON.stringify(findings.filter((f) => f.ruleId === e.ruleId).map((f) => f.message))}`);
            }
            const fixable = findings.filter((f) => f.fix);
            if (fixable.length > 0) {
                const fixed = (0, fixes_1.applyFixes)(text, fixable);
                const after = (0, linter_1.lint)(fixed, config);
                for (const f of fixable) {
                    assert.ok(!after.some((g) => g.ruleId === f.ruleId && g.sectionId === f.sectionId && g.message === f.message), `${f.ruleId} "${f.message}" is fixed by its fix:\n${fixed}`);
                }
                assert.ok(fixed.startsWith(text.slice(0, 1)), 'fixes only insert');
            }
        });
    }
});
//# sourceMappingURL=fixtures.test.js.map