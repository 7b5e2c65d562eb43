"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createBlockParser = createBlockParser;
exports.splitLines = splitLines;
exports.readAnswerHeader = readAnswerHeader;
exports.parseAnswer = parseAnswer;
exports.isMermaidInfo = isMermaidInfo;
exports.findSection = findSection;
exports.findNamedSection = findNamedSection;
exports.proseLines = proseLines;
exports.diagramAt = diagramAt;
/**
 * Parses an answer file into front matter, headings and template sections. markdown-it runs its
 * block phase only: headings, fences and HTML blocks are all the linter needs, and inline parsing
 * of every paragraph is the bulk of markdown-it's time.
 */
const markdown_it_1 = __importDefault(require("markdown-it"));
const frontMatter_1 = require("./frontMatter");
const headingMatch_1 = require("./headingMatch");
/**
 * The shared block parser, and a small parse kept alive beside it. V8 compiles markdown-it's block
 * rules against the hidden classes (maps) of its state and token objects. A full garbage collection
 * that finds no object of such a class alive drops the class and throws the code compiled against it
 * away, so the next parse ran the rules unoptimised: two to four times slower on a long answer. An
 * editor, idle between two lints, is just where V8 runs full collections. One live state whose tokens
 * cover every kind of block keeps the classes, and so the compiled rules, alive.
 */
let shared;
const EVERY_BLOCK = [
    '# Heading', '', 'Setext', '===', '', '- item', '  1. nested', '', '     code in item', '2) ordered', '', '> quote', '> - listed', '',
    '```js', 'fence', '```', '', '    indented code', '', '<!--', 'comment', '-->', '', '<div>', 'html', '</div>', '',
    '| a | b |', '| - | - |', '| 1 | 2 |', '', '[ref]: https://example.com "title"', '', '***', '', 'Paragraph', 'lazy line', '',
].join('\n');
/** A markdown-it instance that runs only the block phase. HTML is on so comments become HTML blocks. */
function getBlockParser() {
    if (!shared) {
        const md = createBlockParser();
        shared = { md, keepAlive: blockState(md, EVERY_BLOCK, 0) };
    }
    return shared.md;
}
/**
 * Runs `md`'s block phase over `source`, already normalised as markdown-it's core would (no CR, no
 * NUL), from line `startLine`: the lines before it are never read, as if they were blank. Returns the
 * block state, whose `tokens` are the result.
 */
function blockState(md, source, startLine) {
    const state = new md.block.State(source, md, {}, []);
    // markdown-it's ParserBlock.parse does the same from line 0, and nothing for an empty source.
    if (source)
        md.block.tokenize(state, startLine, state.lineMax);
    return state;
}
/**
 * Builds the block-phase parser. `fastTokens` swaps in a block state whose `push` builds tokens with
 * plain assignments: markdown-it 15's `Token` constructor sets each field through a generic
 * defineProperty helper, which is a third of the block phase on a long answer. The tokens are the
 * same (same fields, same prototype, same levels); a unit test compares them with markdown-it's own.
 */
function createBlockParser(fastTokens = true) {
    const md = new markdown_it_1.default('default', { html: true });
    md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
    if (fastTokens)
        md.block.State = fastBlockState(md);
    skipOnlyTooDeepBlocks(md);
    return md;
}
/**
 * At its nesting limit (a list 50 levels deep) markdown-it stops reading the rest of the file, so
 * every heading after it would vanish. Here only the too-deep block's own lines (blank, or indented
 * at least as far as the block) are passed over, as one paragraph of prose, and the parent goes on.
 * The limit itself stays: it is what keeps the recursion off the end of the stack.
 */
function skipOnlyTooDeepBlocks(md) {
    const block = md.block;
    const tokenize = block.tokenize.bind(block);
    block.tokenize = (state, startLine, endLine) => {
        if (state.level < md.options.maxNesting)
            return tokenize(state, startLine, endLine);
        let line = startLine;
        while (line < endLine && (state.isEmpty(line) || state.sCount[line] >= state.blkIndent))
            line++;
        state.line = line;
        if (line === startLine)
            return;
        // At the nesting limit a token's level can only go down, so these two are pushed by hand.
        const open = new state.Token('paragraph_open', 'p', 1);
        open.map = [startLine, line];
        open.level = state.level;
        const close = new state.Token('paragraph_close', 'p', -1);
        close.level = state.level;
        state.tokens.push(open, close);
    };
}
function fastBlockState(md) {
    const Base = md.block.State;
    const tokenPrototype = new Base('', md, {}, []).Token.prototype;
    /**
     * The fields of markdown-it's `Token`, with its defaults; block tokens have `block` set. Plain
     * assignments in the constructor (`declare` keeps TypeScript from emitting class fields, which
     * are defined rather than assigned, and slower).
     */
    class BlockToken {
        constructor(type, tag, nesting) {
            this.type = type;
            this.tag = tag;
            this.attrs = null;
            this.map = null;
            this.nesting = nesting;
            this.level = 0;
            this.children = null;
            this.content = '';
            this.markup = '';
            this.info = '';
            this.meta = null;
            this.block = true;
            this.hidden = false;
        }
    }
    // Token's methods (attrGet, attrJoin...) stay available, and `instanceof Token` holds.
    Object.setPrototypeOf(BlockToken.prototype, tokenPrototype);
    return class AnswerBlockState extends Base {
        push(type, tag, nesting) {
            const token = new BlockToken(type, tag, nesting);
            if (nesting < 0)
                this.level--;
            token.level = this.level;
            if (nesting > 0)
                this.level++;
            this.tokens.push(token);
            return token;
        }
    };
}
/** Splits text into lines the way markdown-it counts them (CRLF, CR and LF), dropping a leading BOM. */
function splitLines(text) {
    const body = withoutBom(text);
    // Splitting on one character is several times faster than on a pattern, and most files have no CR.
    return body.includes('\r') ? body.split(/\r\n|\r|\n/) : body.split('\n');
}
function withoutBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** What markdown-it's `normalize` core rule makes of `text`: LF line ends, NUL as U+FFFD. Usually `text` itself. */
function normalizeSource(text) {
    let out = text;
    if (out.includes('\r'))
        out = out.replace(/\r\n?/g, '\n');
    if (out.includes('\0'))
        out = out.replace(/\0/g, '\uFFFD');
    return out;
}
/** Reads the template and prompt ids from front matter without parsing the rest of the file. */
function readAnswerHeader(text) {
    const lines = splitLines(text.length > 64 * 1024 ? text.slice(0, 64 * 1024) : text);
    const frontMatter = (0, frontMatter_1.parseFrontMatter)(lines);
    if (!frontMatter)
        return {};
    return { frontMatter, templateId: (0, frontMatter_1.stringField)(frontMatter.data, 'template'), promptId: (0, frontMatter_1.stringField)(frontMatter.data, 'prompt') };
}
/**
 * Parses `text` as an answer to `target.template`. `lines` and `frontMatter`, when given, are
 * `splitLines(text)` and its front matter (the linter has them already). Never throws on odd input:
 * anything that is not a heading is content.
 */
function parseAnswer(text, target, lines = splitLines(text), frontMatter = (0, frontMatter_1.parseFrontMatter)(lines)) {
    const lineKinds = new Uint8Array(lines.length);
    if (frontMatter)
        lineKinds.fill(4 /* LineKind.FrontMatter */, 0, frontMatter.endLine + 1);
    // markdown-it reads the file as it is, from the line after the front matter, so line numbers are the
    // file's and no copy of the text is made.
    const tokens = blockState(getBlockParser(), normalizeSource(withoutBom(text)), frontMatter ? frontMatter.endLine + 1 : 0).tokens;
    const headings = [];
    const diagrams = [];
    let unclosedBlock;
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (!t.map)
            continue;
        const [start, end] = t.map;
        if (t.level === 0 && (t.type === 'fence' || t.type === 'html_block') && reachesEnd(lines, end))
            unclosedBlock = openAtEnd(t, lines);
        switch (t.type) {
            case 'heading_open': {
                const inline = tokens[i + 1];
                headings.push({ level: Number(t.tag.slice(1)), text: (0, headingMatch_1.stripInlineMarkdown)(inline?.content ?? '').trim(), line: start, endLine: end - 1 });
                lineKinds.fill(1 /* LineKind.Prose */, start, end);
                break;
            }
            case 'fence':
                if (isMermaidInfo(t.info))
                    diagrams.push(diagramBlock(t, lines));
                lineKinds.fill(2 /* LineKind.Code */, start, end);
                break;
            case 'code_block':
                lineKinds.fill(2 /* LineKind.Code */, start, end);
                break;
            case 'html_block':
                lineKinds.fill(3 /* LineKind.Html */, start, end);
                break;
            case 'paragraph_open':
            case 'table_open':
                lineKinds.fill(1 /* LineKind.Prose */, start, end);
                break;
            default:
                break;
        }
    }
    const { title, sections, subSections, readings, sectionLevel } = findSections(headings, lines.length, target);
    // Every field written out, not spread: a spread builds the object's hidden class anew, and code
    // compiled against a class that a garbage collection then finds unused is thrown away.
    return {
        lines,
        lineKinds,
        frontMatter,
        title,
        sections,
        subSections,
        readings,
        sectionLevel,
        headings,
        templateId: frontMatter ? (0, frontMatter_1.stringField)(frontMatter.data, 'template') : undefined,
        promptId: frontMatter ? (0, frontMatter_1.stringField)(frontMatter.data, 'prompt') : undefined,
        unclosedBlock,
        diagrams,
    };
}
/** Whether a fence's info string names Mermaid (`mermaid`, in any case, maybe followed by attributes). */
function isMermaidInfo(info) {
    const trimmed = info.trimStart();
    return trimmed.slice(0, 7).toLowerCase() === 'mermaid' && (trimmed.length === 7 || /[\s{]/.test(trimmed[7]));
}
/** The Mermaid fence `t`: its body ends before the closing fence, when the fence has one. */
function diagramBlock(t, lines) {
    const [start, end] = t.map;
    const source = t.content.endsWith('\n') ? t.content.slice(0, -1) : t.content;
    const bodyLineCount = source === '' ? 0 : countLines(source);
    return { line: start, bodyStart: start + 1, bodyEnd: Math.min(start + 1 + bodyLineCount, end, lines.length), end, source };
}
function countLines(text) {
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/** Whether a block ending (exclusive) at `end` runs to the last line of the file. */
function reachesEnd(lines, end) {
    return end >= lines.length - (lines[lines.length - 1] === '' ? 1 : 0);
}
/** HTML blocks that end only at their closing text (CommonMark's kinds 1 to 5), by how they start. */
const HTML_CLOSERS = [
    [/^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i, (m) => `</${m[1].toLowerCase()}>`],
    [/^ {0,3}<!--/, () => '-->'],
    [/^ {0,3}<\?/, () => '?>'],
    [/^ {0,3}<!\[CDATA\[/, () => ']]>'],
    [/^ {0,3}<![A-Za-z]/, () => '>'],
];
/** The fence or HTML block `t`, which reaches the end of the file, if nothing closes it. */
function openAtEnd(t, lines) {
    const [start, end] = t.map;
    if (t.type === 'fence') {
        const lastLine = end - 1 > start ? lines[end - 1] : '';
        const last = lastLine.trim();
        const marker = t.markup;
        const closed = lastLine.length - lastLine.trimStart().length <= 3 && last.length >= marker.length && [...last].every((c) => c === marker[0]);
        return closed ? undefined : { line: start, closer: marker };
    }
    for (const [pattern, closerOf] of HTML_CLOSERS) {
        const m = pattern.exec(lines[start]);
        if (!m)
            continue;
        const closer = closerOf(m);
        // The closer counts after the opening text, on any line of the block.
        const first = lines[start].slice(m[0].length);
        if (first.toLowerCase().includes(closer))
            return undefined;
        for (let line = start + 1; line < end; line++)
            if (lines[line].toLowerCase().includes(closer))
                return undefined;
        return { line: start, closer };
    }
    return undefined;
}
/**
 * Reads the headings in three steps. The title: a first heading that is the only one at its level
 * (or the first of several H1s) and names no section wholly. The section level: the level most
 * outermost recognised headings use, so a stray H1 or an H2 title does not decide it. Then the walk:
 * a heading at or above the section level starts a section (recognised or not); a deeper one is
 * nested in the section above it, and counts as a sub-section when it names a different section.
 */
function findSections(headings, lineCount, { matcher }) {
    const matches = headings.map((h) => matcher.match(h.text));
    let title;
    let startIndex = 0;
    const first = headings[0];
    if (first && headings.length > 1) {
        let top = 7;
        let atTop = 0;
        for (const h of headings) {
            if (h.level < top) {
                top = h.level;
                atTop = 0;
            }
            if (h.level === top)
                atTop++;
        }
        // Alone at the top level, it is a title unless it is wholly a section name ("# Requirements");
        // the first of several H1s is one only when it names no section at all.
        const isTitle = first.level === top && (atTop === 1 ? !matches[0]?.exact : first.level === 1 && !matches[0]);
        if (isTitle) {
            title = first;
            startIndex = 1;
        }
    }
    const titleWords = title ? normalizeTitle(title.text) : undefined;
    // The section level, by vote of the outermost recognised headings (those under another recognised
    // heading are its parts or sub-sections); an unrecognised stray H1 has no vote. Ties go to the higher level.
    const votes = new Array(8).fill(0);
    let enclosing = 0;
    for (let i = startIndex; i < headings.length; i++) {
        const h = headings[i];
        if (enclosing && h.level > enclosing)
            continue;
        enclosing = 0;
        if (matches[i] && !restatesTitle(h, titleWords)) {
            votes[h.level]++;
            enclosing = h.level;
        }
    }
    let sectionLevel = 2;
    let best = 0;
    for (let level = 1; level <= 6; level++) {
        if (votes[level] > best) {
            best = votes[level];
            sectionLevel = level;
        }
    }
    const readings = [];
    const starts = [];
    const nested = [];
    let open;
    if (title)
        readings.push({ heading: title, specs: [], reason: 'the title' });
    for (let i = startIndex; i < headings.length; i++) {
        const h = headings[i];
        const hit = restatesTitle(h, titleWords) ? undefined : matches[i];
        if (h.level <= sectionLevel || !open) {
            open = { heading: h, spec: hit?.spec };
            starts.push({ heading: h, spec: hit?.spec, match: hit });
            readings.push({
                heading: h,
                specs: hit?.specs ?? [],
                reason: hit ? hit.reason : restatesTitle(h, titleWords) ? 'restates the title' : 'names no section',
            });
            continue;
        }
        // Nested: part of the open section for the text rules.
        const other = hit?.specs.filter((spec) => spec !== open?.spec) ?? [];
        // A question ("### Q: How would you handle failure modes?") asks about a section; it does not hold one.
        const question = /\?\s*$/.test(h.text) || /^q\s*:/i.test(h.text);
        if (hit && !hit.generic && !question && other.length > 0) {
            nested.push({ heading: h, spec: other[0], match: hit, parent: starts.length - 1 });
            readings.push({ heading: h, specs: other, reason: `${hit.reason}; a sub-heading of "${open.heading.text}" that names another section` });
        }
        else {
            readings.push({ heading: h, specs: [], reason: hit ? `${hit.reason}; part of "${open.heading.text}"` : `names no section; part of "${open.heading.text}"` });
        }
    }
    const sections = [];
    for (let i = 0; i < starts.length; i++) {
        const { heading, spec, match } = starts[i];
        let end = lineCount;
        for (let j = i + 1; j < starts.length; j++) {
            if (starts[j].heading.level <= heading.level || starts[j].spec) {
                end = starts[j].heading.line;
                break;
            }
        }
        sections.push({ spec, match, heading, bodyStart: heading.endLine + 1, end });
    }
    const subSections = nested.map(({ heading, spec, match, parent }) => {
        let end = sections[parent].end;
        for (const h of headings) {
            if (h.line > heading.line && h.line < end && h.level <= heading.level) {
                end = h.line;
                break;
            }
        }
        return { spec, match, heading, bodyStart: heading.endLine + 1, end };
    });
    return { title, sections, subSections, readings, sectionLevel };
}
function normalizeTitle(text) {
    return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
/** A heading that repeats the document's title ("Design Twitter" again) is a title, not a section. */
function restatesTitle(heading, titleWords) {
    return titleWords !== undefined && titleWords.length > 0 && normalizeTitle(heading.text) === titleWords;
}
/** The first section of the answer that is the template section `id`. */
function findSection(doc, id) {
    return doc.sections.find((s) => s.spec?.id === id);
}
/**
 * Where the answer first names the template section `id`: a section, or else a sub-heading that
 * names it inside another section. What SD001, SD003 and the answer's status go by.
 */
function findNamedSection(doc, id) {
    return (findSection(doc, id) ??
        doc.sections.find((s) => s.match?.specs.some((spec) => spec.id === id)) ??
        doc.subSections.find((s) => s.spec?.id === id));
}
/** The lines of a section's body that hold prose (not code, HTML or blank lines), with their 0-based numbers. */
function* proseLines(doc, section) {
    for (let line = section.bodyStart; line < section.end; line++) {
        if (doc.lineKinds[line] === 1 /* LineKind.Prose */)
            yield { line, text: doc.lines[line] };
    }
}
/** The Mermaid block whose lines (fences included) hold 0-based `line`, if any (binary search over `doc.diagrams`). */
function diagramAt(doc, line) {
    const list = doc.diagrams;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const d = list[mid];
        if (line < d.line)
            hi = mid - 1;
        else if (line >= d.end)
            lo = mid + 1;
        else
            return d;
    }
    return undefined;
}
//# sourceMappingURL=parseAnswer.js.map