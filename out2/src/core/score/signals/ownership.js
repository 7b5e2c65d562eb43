"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ownershipJudge = void 0;
/** Long-term ownership and operability: seen, recovered, changed safely, owned for years. */
const answerView_1 = require("../answerView");
const judge_1 = require("../judge");
const vocabulary_1 = require("../vocabulary");
exports.ownershipJudge = {
    id: 'ownership',
    judge({ view, ml }) {
        const found = new judge_1.Evidences();
        let monitor = 0;
        let specific = 0;
        let recover = 0;
        let rollout = 0;
        let own = 0;
        let mlWatch = 0;
        let mlFix = 0;
        let mlSafe = 0;
        for (const statement of view.statements) {
            if (statement.kind === 'heading' || statement.thin)
                continue;
            const text = statement.text;
            if (vocabulary_1.SPECIFIC_MONITOR.test(text)) {
                specific++;
                found.push({ place: (0, answerView_1.placeIn)(view, statement, vocabulary_1.SPECIFIC_MONITOR), why: 'a specific signal to watch: a threshold, an objective or a named metric', strength: 4 });
            }
            else if (vocabulary_1.MONITOR.test(text)) {
                monitor++;
                found.push({ place: (0, answerView_1.placeIn)(view, statement, vocabulary_1.MONITOR), why: 'what is monitored', strength: 2 });
            }
            if (vocabulary_1.RECOVER.test(text)) {
                recover++;
                found.push({ place: (0, answerView_1.placeIn)(view, statement, vocabulary_1.RECOVER), why: 'how a failure is detected or recovered from', strength: 3 });
            }
            if (vocabulary_1.ROLLOUT.test(text)) {
                rollout++;
                found.push({ place: (0, answerView_1.placeIn)(view, statement, vocabulary_1.ROLLOUT), why: 'how a change rolls out or back', strength: 1 });
            }
            if (vocabulary_1.OWN.test(text))
                own++;
            if (!ml)
                continue;
            if (vocabulary_1.ML_WATCH.test(text)) {
                mlWatch++;
                found.push({ place: (0, answerView_1.placeIn)(view, statement, vocabulary_1.ML_WATCH), why: 'watching the model after launch', strength: 3 });
            }
            if (vocabulary_1.ML_SAFE.test(text))
                mlSafe++;
            if (vocabulary_1.ML_FIX.test(text)) {
                mlFix++;
                found.push({ place: (0, answerView_1.placeIn)(view, statement, vocabulary_1.ML_FIX), why: 'retraining or rolling a model out safely', strength: 3 });
            }
        }
        const watched = monitor + specific + mlWatch;
        const recovered = recover + mlFix;
        const categories = [watched > 0, recovered > 0, rollout > 0, own > 0].filter(Boolean).length;
        let n = 1;
        if (watched + recovered > 0)
            n = 2;
        if ((watched >= 2 || specific >= 1) && recovered >= 2 && categories >= 3)
            n = 3;
        const deep = ml ? (specific >= 3 || mlWatch >= 6) && mlSafe >= 1 : specific >= 3;
        if (n === 3 && deep && recovered >= 6 && own >= 3)
            n = 4;
        const gaps = [];
        if (watched === 0)
            gaps.push((0, judge_1.gap)(ml ? 'No model or system monitoring' : 'Nothing monitored or alerted on', ml ? 'A model decays after launch; an interviewer expects its inputs, predictions and outcomes watched, not only uptime.' : 'Interviewers expect the design to say how anyone would know it is broken: which metrics, which alerts.', 'L4'));
        if (recovered === 0)
            gaps.push((0, judge_1.gap)(ml ? 'No retraining or recovery' : 'No failure detection and recovery', 'What happens when a part fails (or a model goes stale), how it is noticed and how the system recovers, is long-term ownership.', 'L4'));
        if (rollout === 0 && mlFix === 0)
            gaps.push((0, judge_1.gap)(ml ? 'No safe rollout of a new model' : 'No rollout or rollback of changes', ml ? 'Shadow or canary before a new model takes traffic, with criteria to roll it back, keeps a model safe to change.' : 'A change that cannot be rolled out gradually and rolled back is how outages start.', 'L4'));
        if (specific < 3)
            gaps.push((0, judge_1.gap)('No alert thresholds or service objectives', 'A senior answer names the numbers that page someone (error rate over 1% for 5 minutes, p99 over budget, a drift threshold), not just "we monitor".', 'L5'));
        if (own < 3)
            gaps.push((0, judge_1.gap)('No owner, on-call or cost over the years', 'Who is paged, what it costs to run and how it evolves show the system is designed to outlast its author.', 'L5'));
        return {
            rating: (0, judge_1.rating)(n),
            evidence: (0, judge_1.pickEvidence)(view, found),
            gaps: n >= 4 ? [] : gaps,
            facts: { monitor, specific, recover, rollout, own, mlWatch, mlFix, mlSafe, categories },
        };
    },
};
//# sourceMappingURL=ownership.js.map