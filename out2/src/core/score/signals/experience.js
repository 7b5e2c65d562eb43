"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.experienceJudge = void 0;
/** Practical experience: concrete failure modes and mechanisms, not buzzwords. */
const answerView_1 = require("../answerView");
const judge_1 = require("../judge");
const vocabulary_1 = require("../vocabulary");
exports.experienceJudge = {
    id: 'experience',
    judge({ view }) {
        const found = new judge_1.Evidences();
        let failures = 0;
        let mechanisms = 0;
        let practice = 0;
        let buzzwords = 0;
        let minor = 0;
        let standard = 0;
        for (const statement of view.statements) {
            if (statement.kind !== 'heading' && vocabulary_1.STANDARD_MECHANISM.test(statement.text))
                standard++;
            if (statement.kind === 'heading' || statement.thin)
                continue;
            const text = statement.text;
            if (vocabulary_1.BUZZWORD.test(text))
                buzzwords++;
            const lesson = vocabulary_1.PRACTICE.test(text);
            const failure = vocabulary_1.FAILURE.test(text);
            if (failure)
                failures++;
            if (lesson && (failure || vocabulary_1.MECHANISM.test(text))) {
                practice++;
                const place = (0, answerView_1.placeIn)(view, statement, vocabulary_1.PRACTICE);
                found.push({ place, why: 'a lesson from practice', strength: 3 });
            }
            if (text.length < 25 || !vocabulary_1.MECHANISM.test(text))
                continue;
            if (failure) {
                mechanisms++;
                if (!lesson)
                    found.push({ place: (0, answerView_1.placeIn)(view, statement, vocabulary_1.FAILURE), why: 'a failure mode and what the design does about it', strength: 2 });
            }
            else if (vocabulary_1.MINOR_FAILURE.test(text))
                minor++;
        }
        const concrete = mechanisms + Math.floor(minor / 3);
        let n = 1;
        if (failures > 0 || concrete > 0 || standard > 0)
            n = 2;
        if (concrete >= 3 && concrete > buzzwords)
            n = 3;
        if (n === 3 && concrete >= 12 && practice >= 3)
            n = 4;
        const gaps = [];
        if (concrete < 3)
            gaps.push((0, judge_1.gap)('Few concrete failure modes', 'Naming how things break here (a hot key, a retried write counted twice, a stale cache) and what the design does about it is what separates experience from a list of components.', 'L4'));
        if (buzzwords > concrete)
            gaps.push((0, judge_1.gap)('Buzzwords where mechanisms should be', '"Highly scalable" or "robust" says nothing an interviewer can probe; say how, and what it costs.', 'L4'));
        if (practice < 3)
            gaps.push((0, judge_1.gap)('Nothing from practice', 'A senior answer brings what operating such systems taught: the pitfall nobody sees coming, the thing to do differently next time.', 'L5'));
        return {
            rating: (0, judge_1.rating)(n),
            evidence: (0, judge_1.pickEvidence)(view, found),
            gaps: n >= 4 ? [] : gaps,
            facts: { failures, mechanisms, minor, standard, practice, buzzwords },
        };
    },
};
//# sourceMappingURL=experience.js.map