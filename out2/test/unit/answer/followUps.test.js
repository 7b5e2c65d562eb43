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
const followUps_1 = require("../../../src/core/answer/followUps");
const linter_1 = require("../../../src/core/lint/linter");
const parse = (text) => (0, linter_1.analyze)(text).answer;
describe("an answer's follow-ups", () => {
    it('reads each Q: heading with the lines of its answer, up to the next heading at its level or above', () => {
        const text = [
            '# Title', // 0
            '## Architecture', // 1
            '- A thing.', // 2
            '## Follow-ups', // 3
            '### Q: Why a cache?', // 4
            'Because reads dominate.', // 5
            '#### Detail', // 6
            'More.', // 7
            '### Q2) What if it is cold?', // 8
            '', // 9
            '## Notes', // 10
            'Not an answer.', // 11
        ].join('\n');
        assert.deepEqual((0, followUps_1.askedFollowUps)(parse(text)), [
            { question: 'Why a cache?', line: 4, answerStart: 5, answerEnd: 8, answered: true },
            { question: 'What if it is cold?', line: 8, answerStart: 9, answerEnd: 10, answered: false },
        ]);
    });
    it('keeps reading Follow-ups past a sub-heading that names another section', () => {
        const text = '## Follow-ups\n\n### Q: Trade-offs of push?\n\n### Operability\n\n### Q: Who is paged?\n\nThe team.\n';
        assert.deepEqual((0, followUps_1.askedFollowUps)(parse(text)).map((a) => [a.question, a.answered]), [
            ['Trade-offs of push?', false],
            ['Who is paged?', true],
        ]);
    });
    it('writes the heading the mock interview adds, and matches questions however punctuated', () => {
        assert.equal((0, followUps_1.followUpHeading)('  Why   Redis?\n'), '### Q: Why Redis?');
        assert.equal((0, followUps_1.questionKey)('Why *Redis*, not Memcached?'), (0, followUps_1.questionKey)('why redis not memcached'));
    });
});
//# sourceMappingURL=followUps.test.js.map