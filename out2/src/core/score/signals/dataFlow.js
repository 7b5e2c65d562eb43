"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.dataFlowJudge = void 0;
/** Data flow a listener can follow: the read and write paths walked in order, and where data lives. */
const answerView_1 = require("../answerView");
const judge_1 = require("../judge");
const vocabulary_1 = require("../vocabulary");
exports.dataFlowJudge = {
    id: 'data-flow',
    judge({ view, diagram }) {
        const found = new judge_1.Evidences();
        let flows = 0;
        let steps = 0;
        let components = 0;
        // Flow statements per heading: three under one heading walk a path, consecutive or not.
        const perHeading = new Map();
        const headingOf = new Int32Array(view.statements.length).fill(-1);
        let model = 0;
        let async = 0;
        let failures = 0;
        let paths = 0;
        let chains = 0;
        view.statements.forEach((statement, i) => {
            const text = statement.text;
            const parent = statement.parent;
            headingOf[i] = parent < 0 ? -1 : view.statements[parent].kind === 'heading' ? parent : headingOf[parent];
            if (statement.kind === 'heading') {
                if (vocabulary_1.PATH.test(text))
                    paths++;
                return;
            }
            const component = vocabulary_1.COMPONENT.test(text);
            if (component)
                components++;
            // `Query understanding -> retrieval -> ranking`: a path written as a chain.
            const chain = countArrows(text) >= 2;
            if (chain) {
                chains++;
                found.push({ place: (0, answerView_1.placeIn)(view, statement, vocabulary_1.ARROW), why: 'a path written as a chain of steps', strength: 3 });
            }
            const flow = chain || (component && vocabulary_1.FLOW_VERB.test(text));
            if (flow) {
                flows++;
                const step = vocabulary_1.SEQUENCE.test(text);
                if (step)
                    steps++;
                perHeading.set(headingOf[i], (perHeading.get(headingOf[i]) ?? 0) + 1);
                if (!chain)
                    found.push({ place: (0, answerView_1.placeIn)(view, statement, vocabulary_1.FLOW_VERB), why: step ? 'a step of a path, in order' : 'data moving between components', strength: step ? 3 : 2 });
            }
            if (vocabulary_1.DATA_MODEL.test(text)) {
                model++;
                if (model <= 3)
                    found.push({ place: (0, answerView_1.placeIn)(view, statement, vocabulary_1.DATA_MODEL), why: 'where the data lives and how it is keyed', strength: 1 });
            }
            if (flow && vocabulary_1.ASYNC.test(text))
                async++;
            if (flow && vocabulary_1.PATH_FAILURE.test(text))
                failures++;
        });
        let walks = chains;
        for (const count of perHeading.values())
            if (count >= 3)
                walks++;
        // A heading that announces a path ("Write path", "Request flow") with its steps under it, in prose
        // or as a fenced list of steps, walks that path.
        walks += announcedPaths(view);
        let schemaCode = 0;
        for (const line of view.codeLines)
            if (vocabulary_1.SCHEMA_CODE.test(view.doc.lines[line] ?? ''))
                schemaCode++;
        if (schemaCode > 0)
            model += 2;
        const arrows = diagram.arrows.length;
        for (const arrow of diagram.arrows.slice(0, 2)) {
            found.push({ place: { line: arrow.line, start: arrow.column, end: arrow.endColumn }, why: 'an arrow of the diagram', strength: 0 });
        }
        let n = 1;
        if (flows > 0 || arrows > 0 || model > 0 || components >= 2)
            n = 2;
        if (flows >= 5 && (walks >= 1 || steps >= 3) && model >= 1)
            n = 3;
        if (n === 3 && flows >= 15 && walks >= 3 && model >= 4 && async >= 2 && failures >= 1)
            n = 4;
        const gaps = [];
        if (flows < 5 || (walks === 0 && steps < 3)) {
            gaps.push((0, judge_1.gap)('No path walked step by step', 'Without a diagram (Netflix interviews have none) the listener follows only what is said in order: who calls whom, with what, and where it is stored.', 'L4'));
        }
        if (model === 0)
            gaps.push((0, judge_1.gap)('Where the data lives is not said', 'Name the stores and the keys: the listener cannot check a path whose data has nowhere to be.', 'L4'));
        if (model < 4)
            gaps.push((0, judge_1.gap)('No data model or partitioning', 'A senior answer gives the schema or key layout and what it is partitioned by, since that decides what scales.', 'L5'));
        if (async < 2 || failures < 1)
            gaps.push((0, judge_1.gap)('No asynchronous boundary or slow-step behaviour on the path', 'Which steps wait and which happen later, and what the path does when a step is slow or down, is what makes a flow real.', 'L5'));
        return {
            rating: (0, judge_1.rating)(n),
            evidence: (0, judge_1.pickEvidence)(view, found),
            gaps: n >= 4 ? [] : gaps,
            facts: { flows, steps, walks, chains, components, model, async, failures, arrows, paths, schemaCode },
        };
    },
};
/** Headings that name a path and have steps (a flow statement or a fenced block) before the next heading. */
function announcedPaths(view) {
    const headings = view.doc.headings;
    let count = 0;
    let code = 0;
    for (let h = 0; h < headings.length; h++) {
        const heading = headings[h];
        if (!view.byLine.has(heading.line) || !vocabulary_1.PATH.test(heading.text))
            continue;
        const end = h + 1 < headings.length ? headings[h + 1].line : view.doc.lines.length;
        while (code < view.codeLines.length && view.codeLines[code] <= heading.line)
            code++;
        const hasCode = code < view.codeLines.length && view.codeLines[code] < end;
        let hasSteps = hasCode;
        for (let line = heading.endLine + 1; !hasSteps && line < end; line++) {
            const text = view.byLine.get(line)?.text;
            if (text !== undefined && vocabulary_1.FLOW_VERB.test(text))
                hasSteps = true;
        }
        if (hasSteps)
            count++;
    }
    return count;
}
/** Arrows in a statement (`->`, `→`, `-->`, `=>`), counted up to 3. */
function countArrows(text) {
    let count = 0;
    for (let at = 0; count < 3;) {
        const m = ARROW_ANY.exec(text.slice(at));
        if (!m)
            break;
        count++;
        at += m.index + m[0].length;
    }
    return count;
}
const ARROW_ANY = /-{1,2}>|→|=>|⟶/;
//# sourceMappingURL=dataFlow.js.map