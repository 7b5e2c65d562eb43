import { conceptRule } from './concept';

/** Failing open or closed named, with neither its cost weighed against the other nor who chose it. */
export const failOpenRule = conceptRule({
  id: 'fail-open',
  description: 'Fail open or fail closed: what it lets through or refuses, and who decided',
  signal: 'trade-offs',
  raised: /\bfail(?:s|ing)?[- ](?:open|closed|close|safe)\b/i,
  // Both sides weighed in one sentence, or the decision given an owner.
  examined:
    /\bfail(?:s|ing)?[- ]open\b[^.;\n]{0,100}\bfail(?:s|ing)?[- ]clos\w*|\bfail(?:s|ing)?[- ]clos\w*[^.;\n]{0,100}\bfail(?:s|ing)?[- ]open\b|\b(?:product|business|legal|compliance|finance|risk team)\b[^.;\n]{0,40}\b(?:decid\w*|chose|agreed|signed off|owns? (?:that|this|the) (?:call|decision))\b/i,
  question: 'You fail open (or closed) here. What does that let through, or refuse, while the dependency is down, what does it cost the business, and who decided that cost was the right one?',
});
