"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unquantifiedRequirements = void 0;
const parseAnswer_1 = require("../../answer/parseAnswer");
const sectionText_1 = require("../../answer/sectionText");
/**
 * A number: a digit that does not sit inside a name or version ("p99", "S3", "H.264", "IPv4"), or a
 * number word. Units do not matter ("10k", "5M", "200 ms", "99.9%").
 */
const NUMBER = /(?<![\p{L}\d.])\d|\b(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?|tens of)\b/iu;
/** The numbering in front of an ordered list item or a numbered heading. */
const ORDINAL_PREFIX = /^\s*(?:>\s*)*(?:#{1,6}\s+)?(?:\d{1,9}[.)]\s+)+/;
/**
 * SD005: the Requirements section states at least one number. Interviewers look for the scale,
 * latency and data size that size the design before any box is drawn. Every part of a split
 * Requirements section is read, including code blocks (capacity maths) and sub-headings, but not
 * Mermaid diagrams: a number in a node's id or label sizes nothing. Absent or empty sections are
 * SD001's and SD002's.
 */
exports.unquantifiedRequirements = {
    names: ['SD005', 'unquantified-requirements'],
    description: 'The requirements give numbers: users, requests per second, latency, data size',
    tags: ['content', 'requirements'],
    defaultSeverity: 'info',
    check({ answer }, report) {
        const sections = (0, sectionText_1.sectionsOf)(answer, 'requirements');
        const filled = sections.filter((s) => (0, sectionText_1.hasContent)(answer, s));
        if (filled.length === 0)
            return;
        for (const section of filled) {
            for (let line = section.bodyStart; line < section.end; line++) {
                const kind = (0, sectionText_1.bodyLineAt)(answer, section, line);
                const code = kind === 2 /* BodyLine.Code */ && !(0, parseAnswer_1.diagramAt)(answer, line);
                const text = code ? answer.lines[line] : kind === 5 /* BodyLine.Content */ || kind === 1 /* BodyLine.Heading */ ? (0, sectionText_1.visibleLine)(answer, line) : '';
                // A list item's or heading's own numbering ("1. Users watch", "### 2) Scale") is not a quantity.
                if (text && NUMBER.test(code ? text : text.replace(ORDINAL_PREFIX, '')))
                    return;
            }
        }
        report({
            ...(0, sectionText_1.lineRange)(answer, filled[0].heading.line),
            message: 'Requirements give no numbers. Size the problem before designing it: how many users (daily active, peak concurrent), ' +
                'how many requests per second at peak, what latency target (e.g. p99 under 200 ms), and how much data, growing how fast?',
            sectionId: 'requirements',
        });
    },
};
//# sourceMappingURL=unquantifiedRequirements.js.map