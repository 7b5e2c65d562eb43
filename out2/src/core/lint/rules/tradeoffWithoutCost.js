"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tradeoffWithoutCost = void 0;
const sectionText_1 = require("../../answer/sectionText");
/**
 * Wording that states a choice. "over" is the commonest and the most ambiguous, so it does not count
 * in "over time", "over the network", "over HTTP", "over 10k", "over-provision", or after "fail",
 * "take", "hand", "spread", "roll" and the like ("fail over to the replica").
 */
const CHOICE = new RegExp('\\b(?:' +
    [
        'cho(?:se|ose|oses|osing|sen)', 'instead of', 'rather than', 'vs\\.?', 'versus', 'prefer(?:s|red|ring|ence)?',
        'pick(?:s|ed|ing)?', 'went with', 'go(?:es|ing)? with', 'opt(?:s|ed|ing)? for', 'select(?:s|ed|ing)?', 'in favou?r of',
        'favou?r(?:s|ed|ing)?', 'alternatives?', 'rejected', 'considered', 'decided', 'decisions?', 'options?',
        '(?<!\\b(?:fail|fails|failed|failing|take|takes|took|taken|hand|hands|handed|spread|spreads|all|left|roll|rolls|rolled|' +
            'carried|carry|carries|averaged|aggregated)\\s)' +
            'over(?![-\\w])(?!\\s+(?:the\\s+)?(?:time|network|wire|internet|air|course|past|last|next|years?|days?|weeks?|months?|' +
            'hours?|minutes?|seconds?|windows?|periods?|https?|tcp|udp|grpc|websockets?|tls|ssl|\\d)\\b)',
    ].join('|') +
    // A whole word: "Rung selection", "Optional" and "Decisional" state no choice.
    ')\\b', 'i');
/** Wording that states what a choice gives up. */
const COST = new RegExp('\\b(?:' +
    [
        'costs?', 'costly', 'at the (?:expense|price) of', 'price', 'expensive', 'pricier', 'downsides?', 'drawbacks?', 'cons', 'give(?:s|n)? up',
        'giving up', 'gave up', 'sacrific\\w*', 'but', 'however', 'although', 'though', 'whereas', 'slower', 'complex\\w*',
        'complicated', 'risks?', 'risky', 'harder', 'weaker', 'stale\\w*', 'lose', 'loses', 'losing', 'lost', 'loss', 'penalt(?:y|ies)',
        'overhead', 'worse', 'limit(?:s|ed|ation|ations)', 'cannot', "can[’']t", 'no longer', 'higher latency', 'more latency',
        'eventual(?:ly)? consisten\\w*', 'inconsisten\\w*', 'pay(?:s|ing)?', 'lag\\w*', 'delay(?:s|ed)?', 'duplicat\\w*',
        'more (?:memory|storage|work|code|moving parts|operational|ops|infrastructure|machines|servers)', 'lock-?in', 'fragile',
        'brittle', 'tricky', 'in exchange', 'trade-?offs?', 'caveats?', 'unless', 'requires', 'needs? to', 'burden', 'waste\\w*',
    ].join('|') +
    ')\\b', 'i');
/**
 * SD006: every trade-off says what it costs. Each paragraph, list item or sub-heading that states a
 * choice needs cost wording in itself, its sub-items, the item it sits under, or the block right after
 * it when that block only states the cost ("- Chose X over Y." "- Downside: ..."). When the section has
 * content but states no choice at all, one finding on its heading asks for the choices.
 */
exports.tradeoffWithoutCost = {
    names: ['SD006', 'tradeoff-without-cost'],
    description: 'Each trade-off names what it costs, not only what was chosen',
    tags: ['content', 'trade-offs'],
    defaultSeverity: 'info',
    check({ answer }, report) {
        const sections = (0, sectionText_1.sectionsOf)(answer, 'trade-offs').filter((s) => (0, sectionText_1.hasContent)(answer, s));
        if (sections.length === 0)
            return;
        let anyChoice = false;
        for (const section of sections) {
            const blocks = (0, sectionText_1.textBlocks)(answer, (0, sectionText_1.userLines)(answer, [section], true));
            const choice = blocks.map((b) => CHOICE.test(b.text));
            const cost = blocks.map((b) => COST.test(b.text));
            // Children come after their parent, so one backward pass fills the subtrees and one forward pass the ancestors.
            const subtreeCost = cost.slice();
            const subtreeChoice = new Array(blocks.length).fill(false);
            for (let i = blocks.length - 1; i >= 0; i--) {
                const parent = blocks[i].parent;
                if (parent < 0)
                    continue;
                if (subtreeCost[i])
                    subtreeCost[parent] = true;
                if (choice[i] || subtreeChoice[i])
                    subtreeChoice[parent] = true;
            }
            const ancestorCost = blocks.map(() => false);
            for (let i = 0; i < blocks.length; i++) {
                const parent = blocks[i].parent;
                ancestorCost[i] = parent >= 0 && (cost[parent] || ancestorCost[parent]);
            }
            for (let i = 0; i < blocks.length; i++) {
                if (!choice[i])
                    continue;
                anyChoice = true;
                if (subtreeCost[i] || ancestorCost[i] || nextSiblingStatesCost(blocks, choice, cost, i))
                    continue;
                // A sub-heading such as "Storage decisions" is judged through the choices under it.
                if (blocks[i].kind === 'heading' && subtreeChoice[i])
                    continue;
                const block = blocks[i];
                report({
                    ...(0, sectionText_1.lineRange)(answer, block.start, block.column),
                    message: `"${(0, sectionText_1.excerpt)(block.text.slice(block.column))}" says what you chose but not what it costs: what do you give up (latency, consistency, money, operational complexity)?`,
                    sectionId: 'trade-offs',
                });
            }
        }
        if (!anyChoice) {
            report({
                ...(0, sectionText_1.lineRange)(answer, sections[0].heading.line),
                message: 'Trade-offs names no choice: for each decision, say what you chose, over which alternative, and what it costs you.',
                sectionId: 'trade-offs',
            });
        }
    },
};
function nextSiblingStatesCost(blocks, choice, cost, index) {
    const next = blocks[index].subtreeEnd;
    return next < blocks.length && blocks[next].parent === blocks[index].parent && cost[next] && !choice[next];
}
//# sourceMappingURL=tradeoffWithoutCost.js.map