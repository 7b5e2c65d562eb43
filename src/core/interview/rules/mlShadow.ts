import { conceptRule } from './concept';

/** ML: a model run in shadow, with nothing said of what it must show to be promoted. */
export const mlShadowRule = conceptRule({
  id: 'ml-shadow',
  description: 'ML: what a model in shadow must show before it takes traffic, and who decides',
  signal: 'ownership',
  mlOnly: true,
  raised: /\b(?:shadow (?:mode|deployments?|traffic|models?|scoring|launch|evaluation|runs?)|in shadow|shadow(?:ed|ing)? (?:the )?(?:production|live) traffic)\b/i,
  examined:
    /\b(?:promot\w*|graduat\w*|(?:launch|promotion|exit|success) criteria|go\/no-go|sign(?:s|ed)?[- ]off|must (?:match|beat|exceed)|at least \d{1,3} ?(?:days|weeks)|for \d{1,3} (?:days|weeks) before)\b/i,
  question: 'The new model runs in shadow first. What must it show there before it takes real traffic, for how long, and who signs off on promoting it?',
});
