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
const teachAlias_1 = require("../../../src/core/lint/teachAlias");
const config_1 = require("../../../src/core/lint/config");
const linter_1 = require("../../../src/core/lint/linter");
const rules_1 = require("../../../src/core/lint/rules");
const added = (text, id, heading) => {
    const r = (0, teachAlias_1.addAliasEdits)(text, id, heading);
    assert.ok(r.ok, r.ok ? '' : r.message);
    return r.text;
};
describe('teaching an alias (.design-practice.json)', () => {
    it('creates the file when there is none', () => {
        assert.equal(added(undefined, 'operability', 'Running it'), '{\n  "aliases": {\n    "operability": [\n      "Running it"\n    ]\n  }\n}\n');
    });
    it('adds to an existing list, keeping the rest of the file as written', () => {
        const text = '{\n    "rules": { "SD005": "off" },\n    "aliases": {\n        "operability": ["Day 2"]\n    }\n}\n';
        const out = added(text, 'operability', 'Running it');
        assert.ok(out.startsWith('{\n    "rules": { "SD005": "off" },\n'), out);
        assert.deepEqual(JSON.parse(out), { rules: { SD005: 'off' }, aliases: { operability: ['Day 2', 'Running it'] } });
    });
    it('adds the aliases object or the section list when missing, with the file’s indentation', () => {
        const out = added('{\n\t"defaultTemplate": "system-design"\n}', 'scope', 'What we skip');
        assert.deepEqual(JSON.parse(out), { defaultTemplate: 'system-design', aliases: { scope: ['What we skip'] } });
        assert.match(out, /\n\t"aliases"/);
    });
    it('changes nothing when the alias is there already', () => {
        const r = (0, teachAlias_1.addAliasEdits)('{ "aliases": { "scope": ["What we skip"] } }', 'scope', 'What we skip');
        assert.ok(r.ok && r.edits.length === 0);
    });
    it('leaves a file that is not a JSON object alone, saying why', () => {
        for (const text of ['{ "aliases": ', '[1, 2]', '{ "aliases": [] }', '{ "aliases": { "scope": "x" } }']) {
            const r = (0, teachAlias_1.addAliasEdits)(text, 'scope', 'What we skip');
            assert.ok(!r.ok, text);
        }
    });
    it('the taught alias is what the linter then reads', () => {
        const answer = '## Requirements\n\n- 10k QPS\n\n## Scope\n\n- x\n\n## Architecture\n\n- y\n\n## Trade-offs\n\n- z\n\n## Running it\n\n- alerts\n';
        assert.ok((0, linter_1.lint)(answer).some((f) => f.ruleId === 'SD001'));
        const input = JSON.parse(added(undefined, 'operability', 'Running it'));
        assert.ok(!(0, linter_1.lint)(answer, (0, config_1.resolveConfig)(input, rules_1.RULES).config).some((f) => f.ruleId === 'SD001'));
    });
});
//# sourceMappingURL=teachAlias.test.js.map