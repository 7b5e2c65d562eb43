/** Long-term ownership and operability: seen, recovered, changed safely, owned for years. */
import { placeIn } from '../answerView';
import { Evidences, gap, pickEvidence, rating, type SignalJudge } from '../judge';
import { ML_FIX, ML_SAFE, ML_WATCH, MONITOR, OWN, RECOVER, ROLLOUT, SPECIFIC_MONITOR } from '../vocabulary';

export const ownershipJudge: SignalJudge = {
  id: 'ownership',
  judge({ view, ml }) {
    const found = new Evidences();
    let monitor = 0;
    let specific = 0;
    let recover = 0;
    let rollout = 0;
    let own = 0;
    let mlWatch = 0;
    let mlFix = 0;
    let mlSafe = 0;
    for (const statement of view.statements) {
      if (statement.kind === 'heading' || statement.thin) continue;
      const text = statement.text;
      if (SPECIFIC_MONITOR.test(text)) {
        specific++;
        found.push({ place: placeIn(view, statement, SPECIFIC_MONITOR), why: 'a specific signal to watch: a threshold, an objective or a named metric', strength: 4 });
      } else if (MONITOR.test(text)) {
        monitor++;
        found.push({ place: placeIn(view, statement, MONITOR), why: 'what is monitored', strength: 2 });
      }
      if (RECOVER.test(text)) {
        recover++;
        found.push({ place: placeIn(view, statement, RECOVER), why: 'how a failure is detected or recovered from', strength: 3 });
      }
      if (ROLLOUT.test(text)) {
        rollout++;
        found.push({ place: placeIn(view, statement, ROLLOUT), why: 'how a change rolls out or back', strength: 1 });
      }
      if (OWN.test(text)) own++;
      if (!ml) continue;
      if (ML_WATCH.test(text)) {
        mlWatch++;
        found.push({ place: placeIn(view, statement, ML_WATCH), why: 'watching the model after launch', strength: 3 });
      }
      if (ML_SAFE.test(text)) mlSafe++;
      if (ML_FIX.test(text)) {
        mlFix++;
        found.push({ place: placeIn(view, statement, ML_FIX), why: 'retraining or rolling a model out safely', strength: 3 });
      }
    }
    const watched = monitor + specific + mlWatch;
    const recovered = recover + mlFix;
    const categories = [watched > 0, recovered > 0, rollout > 0, own > 0].filter(Boolean).length;
    let n = 1;
    if (watched + recovered > 0) n = 2;
    if ((watched >= 2 || specific >= 1) && recovered >= 2 && categories >= 3) n = 3;
    const deep = ml ? (specific >= 3 || mlWatch >= 6) && mlSafe >= 1 : specific >= 3;
    if (n === 3 && deep && recovered >= 6 && own >= 3) n = 4;
    const gaps = [];
    if (watched === 0) gaps.push(gap(ml ? 'No model or system monitoring' : 'Nothing monitored or alerted on', ml ? 'A model decays after launch; an interviewer expects its inputs, predictions and outcomes watched, not only uptime.' : 'Interviewers expect the design to say how anyone would know it is broken: which metrics, which alerts.', 'L4'));
    if (recovered === 0) gaps.push(gap(ml ? 'No retraining or recovery' : 'No failure detection and recovery', 'What happens when a part fails (or a model goes stale), how it is noticed and how the system recovers, is long-term ownership.', 'L4'));
    if (rollout === 0 && mlFix === 0) gaps.push(gap(ml ? 'No safe rollout of a new model' : 'No rollout or rollback of changes', ml ? 'Shadow or canary before a new model takes traffic, with criteria to roll it back, keeps a model safe to change.' : 'A change that cannot be rolled out gradually and rolled back is how outages start.', 'L4'));
    if (specific < 3) gaps.push(gap('No alert thresholds or service objectives', 'A senior answer names the numbers that page someone (error rate over 1% for 5 minutes, p99 over budget, a drift threshold), not just "we monitor".', 'L5'));
    if (own < 3) gaps.push(gap('No owner, on-call or cost over the years', 'Who is paged, what it costs to run and how it evolves show the system is designed to outlast its author.', 'L5'));
    return {
      rating: rating(n),
      evidence: pickEvidence(view, found),
      gaps: n >= 4 ? [] : gaps,
      facts: { monitor, specific, recover, rollout, own, mlWatch, mlFix, mlSafe, categories },
    };
  },
};
