"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sectionOrder = void 0;
const sectionText_1 = require("../../answer/sectionText");
/**
 * SD003: sections follow the template's order. Only the first heading of each template section
 * counts (later ones are SD009's), a sub-heading that names another section included ("Out of
 * scope" under Requirements puts Scope there). The sections that stay are the longest run already in order,
 * preferring the earliest headings when several runs are as long; every other section is out of place
 * and gets exactly one finding, so one moved section never makes its neighbours look wrong too.
 */
exports.sectionOrder = {
    names: ['SD003', 'section-order'],
    description: 'Sections appear in the order of the template',
    tags: ['sections', 'structure'],
    defaultSeverity: 'info',
    check({ answer, template }, report) {
        const rank = new Map(template.sections.map((s, i) => [s.id, i]));
        const seen = new Set();
        const firsts = [];
        const named = answer.subSections.length === 0 ? answer.sections : [...answer.sections, ...answer.subSections].sort((a, b) => a.heading.line - b.heading.line);
        for (const section of named) {
            if (!section.spec || seen.has(section.spec.id))
                continue;
            seen.add(section.spec.id);
            firsts.push({ section, rank: rank.get(section.spec.id) ?? 0 });
        }
        if (firsts.length < 2)
            return;
        const kept = longestInOrder(firsts.map((f) => f.rank), template.sections.length);
        const order = template.sections.map((s) => s.title).join(', ');
        for (let i = 0; i < firsts.length; i++) {
            if (kept[i])
                continue;
            const { section, rank: r } = firsts[i];
            const title = section.spec.title;
            // Prefer naming a section above that should follow; else one below that should precede.
            let message;
            for (let j = 0; j < i && !message; j++) {
                if (kept[j] && firsts[j].rank > r)
                    message = `${title} should come before ${firsts[j].section.spec.title}`;
            }
            for (let j = firsts.length - 1; j > i && !message; j--) {
                if (kept[j] && firsts[j].rank < r)
                    message = `${title} should come after ${firsts[j].section.spec.title}`;
            }
            report({ ...(0, sectionText_1.lineRange)(answer, section.heading.line), message: `${message ?? `${title} is out of order`} (template order: ${order})`, sectionId: section.spec.id });
        }
    },
};
/**
 * Marks the elements of `ranks` (each in 0..rankCount-1) that form the longest non-decreasing
 * subsequence, choosing the earliest elements among equally long ones. O(n × rankCount).
 */
function longestInOrder(ranks, rankCount) {
    const n = ranks.length;
    // from[i]: length of the longest non-decreasing run that starts at i; best[r]: the longest seen so far starting with rank >= r.
    const from = new Array(n);
    const best = new Array(rankCount + 1).fill(0);
    for (let i = n - 1; i >= 0; i--) {
        from[i] = 1 + best[ranks[i]];
        for (let r = ranks[i]; r >= 0 && best[r] < from[i]; r--)
            best[r] = from[i];
    }
    const kept = new Array(n).fill(false);
    let need = best[0];
    let floor = 0;
    for (let i = 0; i < n && need > 0; i++) {
        if (ranks[i] >= floor && from[i] === need) {
            kept[i] = true;
            floor = ranks[i];
            need--;
        }
    }
    return kept;
}
//# sourceMappingURL=sectionOrder.js.map