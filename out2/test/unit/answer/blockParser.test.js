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
 * parseAnswer's block parser builds tokens through its own `push` (for speed); they must be the
 * tokens markdown-it itself builds, field for field, on every kind of block.
 */
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const parseAnswer_1 = require("../../../src/core/answer/parseAnswer");
const answerText_1 = require("../../bench/answerText");
const paths_1 = require("../helpers/paths");
const FIELDS = ['type', 'tag', 'attrs', 'map', 'nesting', 'level', 'children', 'content', 'markup', 'info', 'meta', 'block', 'hidden'];
const SAMPLE = `# Title

Setext heading
==============

## Requirements <!-- a comment -->

- item one
  - nested *item* with \`code\`
    1. ordered
    2) ordered again

      indented paragraph in the list
- item two

  lazy continuation
lazy line

> quote
> - list in a quote
>
> \`\`\`js
> code in a quote
> \`\`\`

| a | b |
| - | :-: |
| 1 | 2 |

\`\`\`\`text
\`\`\`
not closed by three
\`\`\`\`

    indented code

<!--
multi-line comment
-->

<div>
html block
</div>

[ref]: https://example.com "title"

***

Paragraph with [ref] and trailing spaces  
next line.
`;
function markdownFiles(dir) {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name);
        return e.isDirectory() ? markdownFiles(full) : e.name.endsWith('.md') ? [full] : [];
    });
}
describe('block parser tokens', () => {
    const stock = (0, parseAnswer_1.createBlockParser)(false);
    const fast = (0, parseAnswer_1.createBlockParser)(true);
    const sources = [
        ['sample', SAMPLE],
        ['generated answer', new answerText_1.AnswerWriter(7).answer(64 * 1024, ['Scope'])],
        ...markdownFiles(path.join(paths_1.repoRoot, 'src', 'core', 'catalog', 'prompts')).map((f) => [`prompt ${path.basename(f)}`, fs.readFileSync(f, 'utf8')]),
        ...markdownFiles((0, paths_1.fixturePath)()).map((f) => [path.relative((0, paths_1.fixturePath)(), f), fs.readFileSync(f, 'utf8')]),
    ];
    it('are markdown-it’s own tokens, field for field', () => {
        for (const [name, text] of sources) {
            const expected = stock.parse(text, {});
            const actual = fast.parse(text, {});
            assert.equal(actual.length, expected.length, name);
            for (let i = 0; i < expected.length; i++) {
                for (const field of FIELDS)
                    assert.deepEqual(actual[i][field], expected[i][field], `${name}: token ${i} (${expected[i].type}) ${field}`);
            }
        }
    });
    it('keep Token’s prototype and methods', () => {
        const [expected] = stock.parse('# x\n', {});
        const [actual] = fast.parse('# x\n', {});
        assert.equal(Object.getPrototypeOf(Object.getPrototypeOf(actual)), Object.getPrototypeOf(expected));
        assert.equal(actual instanceof expected.constructor, true);
        actual.attrSet('id', 'x');
        assert.equal(actual.attrGet('id'), 'x');
        assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort());
    });
});
//# sourceMappingURL=blockParser.test.js.map