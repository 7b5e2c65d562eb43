"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tradeOffsJudge = void 0;
/** Trade-off reasoning: each main choice weighed against an alternative, with what it costs. */
const answerView_1 = require("../answerView");
const judge_1 = require("../judge");
const vocabulary_1 = require("../vocabulary");
/** How far below a choice its options and costs may sit (a sub-item of a sub-item). */
const REACH = 2;
exports.tradeOffsJudge = {
    id: 'trade-offs',
    judge({ view, choicesWithoutCost, unjustifiedTechnologies }) {
        const found = new judge_1.Evidences();
        const { statements } = view;
        // Per statement: the choice it belongs to (itself, or an enclosing statement within REACH), and how far up that is.
        const root = new Int32Array(statements.length).fill(-1);
        const distance = new Uint8Array(statements.length);
        const perRoot = new Map();
        let choices = 0;
        let flat = 0;
        let tableHeader = '';
        let previousRow = false;
        for (let i = 0; i < statements.length; i++) {
            const statement = statements[i];
            const text = statement.text;
            const row = statement.kind === 'row';
            if (row && !previousRow)
                tableHeader = text;
            previousRow = row;
            const tableChoice = row && text !== tableHeader && vocabulary_1.TRADE_OFF_TABLE.test(tableHeader);
            const own = statement.kind === 'heading' ? vocabulary_1.HEADING_CHOICE.test(text) : tableChoice || vocabulary_1.SIDE_BY_SIDE.test(text) || vocabulary_1.CHOICE.test(text);
            const parent = statement.parent;
            if (own) {
                root[i] = i;
                choices++;
            }
            else if (parent >= 0 && root[parent] >= 0 && distance[parent] < REACH) {
                root[i] = root[parent];
                distance[i] = distance[parent] + 1;
            }
            if (root[i] < 0 || statement.kind === 'heading')
                continue;
            const cost = vocabulary_1.COST.test(text);
            if (cost && own && vocabulary_1.SIDE_BY_SIDE.test(text))
                flat++;
            if (!cost && !vocabulary_1.REASON.test(text))
                continue;
            const entry = perRoot.get(root[i]) ?? { units: 0, costed: 0, sharp: 0 };
            perRoot.set(root[i], entry);
            entry.units++;
            const place = (0, answerView_1.placeIn)(view, statement, vocabulary_1.SIDE_BY_SIDE, vocabulary_1.COST, vocabulary_1.CHOICE);
            if (!cost) {
                found.push({ place, why: 'options weighed with a reason', strength: 1 });
                continue;
            }
            entry.costed++;
            if (vocabulary_1.CONDITION.test(text) || vocabulary_1.QUANTIFIED_COST.test(text)) {
                entry.sharp++;
                found.push({ place, why: 'a choice with its cost and when it would change', strength: 3 });
            }
            else
                found.push({ place, why: 'a choice with what it costs', strength: 2 });
        }
        // Options listed side by side without a word of choice ("- human: expensive" "- clicks: noisy"):
        // a statement whose items state costs weighs them, unless a choice above it already counted them.
        const costedChildren = new Map();
        statements.forEach((statement, i) => {
            if (statement.parent >= 0 && root[i] < 0 && !statement.thin && vocabulary_1.COST.test(statement.text))
                costedChildren.set(statement.parent, (costedChildren.get(statement.parent) ?? 0) + 1);
        });
        for (const [parent, count] of costedChildren) {
            if (count >= 2 && !perRoot.has(parent) && statements[parent].kind !== 'heading')
                perRoot.set(parent, { units: count, costed: 1, sharp: 0 });
        }
        let weighed = 0;
        let costed = 0;
        let sharp = 0;
        for (const entry of perRoot.values()) {
            weighed++;
            if (entry.costed > 0)
                costed++;
            if (entry.sharp > 0)
                sharp++;
        }
        // SD006 and SD007 findings count against: every six of them cancel one weighed decision.
        const penalties = choicesWithoutCost.length + unjustifiedTechnologies.length;
        const net = costed - Math.floor(penalties / 6);
        let n = 1;
        if (choices >= 2)
            n = 2;
        if (net >= 3)
            n = 3;
        if (n === 3 && (net >= 15 || (net >= 5 && sharp >= 2 && flat >= 2)))
            n = 4;
        const gaps = [];
        if (weighed === 0)
            gaps.push((0, judge_1.gap)('No choice weighed against an alternative', 'Interviewers listen for why this option beats another for this problem; a choice stated as fact sounds like pattern-matching.', 'L4'));
        else if (costed < 3)
            gaps.push((0, judge_1.gap)('Choices without what they cost', 'Every option gives something up (latency, consistency, money, complexity); saying what shows the choice was made, not recited.', 'L4'));
        if (choicesWithoutCost.length > 0)
            gaps.push((0, judge_1.gap)(`${choicesWithoutCost.length} trade-off${choicesWithoutCost.length === 1 ? '' : 's'} without a cost (SD006, line ${choicesWithoutCost.slice(0, 3).map((l) => l + 1).join(', ')})`, 'A trade-off that names only the winner is a decision, not a trade-off.', 'L4'));
        if (unjustifiedTechnologies.length > 0) {
            const lines = unjustifiedTechnologies.slice(0, 3).map((t) => t.line + 1).join(', ');
            gaps.push((0, judge_1.gap)(`Technologies named without a reason (SD007, line ${lines})`, 'Reaching for the usual tool without saying why it fits this problem is what interviewers call pattern-matching.', 'L4'));
        }
        if (sharp < 2)
            gaps.push((0, judge_1.gap)('No condition under which the other option would win', 'A senior answer says when it would switch (at what scale, cost or latency) and puts numbers on the costs, which shows the trade-off is understood, not memorised.', 'L5'));
        return {
            rating: (0, judge_1.rating)(n),
            evidence: (0, judge_1.pickEvidence)(view, found),
            gaps: n >= 4 ? [] : gaps,
            facts: { choices, weighed, costed, sharp, flat, penalties },
        };
    },
};
//# sourceMappingURL=tradeOffs.js.map