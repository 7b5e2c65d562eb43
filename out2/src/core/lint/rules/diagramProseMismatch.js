"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.diagramProseMismatch = void 0;
const sectionText_1 = require("../../answer/sectionText");
const answerDiagrams_1 = require("../../diagram/answerDiagrams");
const componentNames_1 = require("../../diagram/componentNames");
/** At most this many findings of each kind: a long diagram that the prose never explains is one problem, not fifty. */
const MAX_EACH = 5;
/**
 * SD012: the diagrams and the prose name the same components. A box in a Mermaid diagram that no
 * sentence mentions is a part the listener cannot place; a component the Architecture prose relies
 * on that no diagram draws leaves the picture incomplete. A diagram that does not read (a broken
 * statement, an unknown type) is reported on the line where reading stopped. Flowcharts and
 * sequence diagrams are compared; other Mermaid types are not read.
 */
exports.diagramProseMismatch = {
    names: ['SD012', 'diagram-prose-mismatch'],
    description: 'Diagrams and prose name the same components',
    tags: ['content', 'architecture', 'diagram'],
    defaultSeverity: 'info',
    check({ answer }, report) {
        const diagrams = (0, answerDiagrams_1.answerDiagrams)(answer);
        if (diagrams.length === 0)
            return;
        for (const { block, diagram } of diagrams) {
            const error = diagram.errors[0];
            if (error) {
                // An empty block's error is on its opening fence, not on the closing one.
                const at = error.line < block.bodyEnd ? error : { line: block.line, column: 0 };
                const line = answer.lines[at.line] ?? '';
                const column = Math.min(at.column, Math.max(0, line.trimEnd().length - 1));
                report({ line: at.line, column, endColumn: Math.max(column + 1, line.trimEnd().length), message: `This diagram may not render: ${error.message}` });
            }
        }
        // Every word of prose in the answer (headings and the title included), stemmed.
        const visible = (0, sectionText_1.visibleLines)(answer);
        const proseWords = new Set();
        for (let line = 0; line < answer.lines.length; line++) {
            if (answer.lineKinds[line] === 1 /* LineKind.Prose */)
                for (const s of (0, componentNames_1.stems)(visible[line]))
                    proseWords.add(s);
        }
        const drawnWords = new Set();
        let unexplained = 0;
        const reported = new Set();
        for (const { diagram } of diagrams) {
            if (diagram.kind === 'other')
                continue;
            const groups = new Set(diagram.groups.map((g) => g.id));
            for (const g of diagram.groups)
                for (const s of (0, componentNames_1.stems)(g.label))
                    drawnWords.add(s);
            // What an arrow carries is drawn too ("change stream" on a dotted arrow).
            for (const e of diagram.edges)
                for (const s of (0, componentNames_1.stems)(e.label))
                    drawnWords.add(s);
            for (const node of diagram.nodes) {
                for (const s of (0, componentNames_1.stems)(node.label))
                    drawnWords.add(s);
                if (node.label !== node.id)
                    for (const s of (0, componentNames_1.stems)(node.id))
                        drawnWords.add(s);
                if (groups.has(node.id) || (0, componentNames_1.identifyingStems)(node.label).length === 0)
                    continue;
                if ((0, componentNames_1.isNamedIn)(node.label, proseWords) || (node.label !== node.id && (0, componentNames_1.isNamedIn)(node.id, proseWords)))
                    continue;
                const key = node.label.toLowerCase();
                if (reported.has(key) || unexplained >= MAX_EACH)
                    continue;
                reported.add(key);
                unexplained++;
                report({
                    line: node.line,
                    column: node.column,
                    endColumn: node.endColumn,
                    message: `The diagram draws "${node.label}", but the prose never mentions it: say what it does and why it is there, or leave it out of the diagram.`,
                });
            }
        }
        if (drawnWords.size === 0)
            return;
        let undrawn = 0;
        const seen = new Set();
        for (const line of (0, sectionText_1.userLines)(answer, (0, sectionText_1.sectionsOf)(answer, 'architecture'), true)) {
            for (const c of (0, componentNames_1.proseComponents)(visible[line])) {
                const key = c.name.toLowerCase();
                if (seen.has(key))
                    continue;
                seen.add(key);
                if ((0, componentNames_1.isDrawnIn)(c, drawnWords))
                    continue;
                report({
                    line,
                    column: c.column,
                    endColumn: c.endColumn,
                    message: `Architecture names the ${c.name}, but no diagram draws it: add it where the data passes through it, or say why it stays out of the picture.`,
                    sectionId: 'architecture',
                });
                if (++undrawn >= MAX_EACH)
                    return;
            }
        }
    },
};
//# sourceMappingURL=diagramProseMismatch.js.map