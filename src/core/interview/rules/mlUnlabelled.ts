import { conceptRule } from './concept';

/**
 * ML: a model that blocks, removes or declines, with nothing said of how blocked items get a label:
 * what the model stops never shows whether it was right, so its threshold is set on what got through.
 */
export const mlUnlabelledRule = conceptRule({
  id: 'ml-unlabelled',
  description: 'ML: what the model blocks never gets a label; how thresholds are set without it',
  signal: 'experience',
  mlOnly: true,
  raised:
    /\b(?:model|classifier|scores?|thresholds?|predictions?)\b[^.;\n]{0,60}?\b(?:blocks?|blocked|blocking|declines?|declined|rejects?|rejected|removes?|removed|takes? down|suppress(?:es|ed)?|holds? back)\b|\b(?:delayed|missing|late) labels?\b|\blabels? (?:arrive|come|lag)\w*\b|\bchargebacks?\b/i,
  examined:
    /\b(?:label (?:delay|latency)|delayed labels?|counterfactual\w*|exploration|explore|hold-?out|random(?:ly)? (?:sampled?|allowed?|let through|pass\w*)|let (?:a|some) (?:small )?(?:share|fraction|sample)|selection bias|feedback loop|reject inference|appeals?|human review\w*|manual review\w*)\b/i,
  question: 'What your model blocks never gets a label: how do you learn whether a block was right, and how do you set the threshold when the labels you train on come only from what got through?',
});
