"use strict";
/**
 * Answer templates: the sections an answer should have, in order, with the aliases that recognise
 * them in headings people really write and the skeleton a quick fix or snippet inserts.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_TEMPLATE_ID = exports.TEMPLATES = exports.ML_SYSTEM_DESIGN = exports.SYSTEM_DESIGN = exports.FOLLOW_UP_QUESTION_PREFIX = exports.SKELETON_PROMPT = void 0;
exports.acceptedSnippetLine = acceptedSnippetLine;
exports.getTemplate = getTemplate;
const requirements = {
    id: 'requirements',
    title: 'Requirements',
    aliases: [
        'requirements', 'functional requirements', 'non functional requirements', 'requirements and constraints',
        'clarifying questions', 'clarify requirements', 'clarifying requirements', 'clarify the problem',
        'understand the problem', 'gather requirements', 'use cases', 'use cases and constraints', 'constraints',
        'problem statement', 'goals and requirements', 'product requirements', 'problem formulation', 'design goals',
        'questions to ask', 'nfr', 'non fr', 'nonfunctional', 'non functional',
        // Estimates size the system: the Requirements skeleton asks for scale, and SD005 looks for numbers here.
        'capacity estimation', 'back of the envelope', 'back of envelope', 'resource estimation', 'calculate usage',
        'traffic estimation', 'scale estimation',
    ],
    wholeAliases: ['estimates', 'estimation', 'estimations', 'capacity', 'scale of the system'],
    required: true,
    purpose: 'Who uses it, what it must do, and the numbers that size it.',
    skeleton: [
        '- **Users and use cases:** _who uses it and for what?_',
        '- **Functional requirements:** _what must the system do?_',
        '- **Scale:** _users, requests per second, data size, growth_',
        '- **Latency and availability targets:** _how fast at p99, how available_',
    ].join('\n'),
};
const scope = {
    id: 'scope',
    title: 'Scope',
    aliases: [
        'scope', 'scoping', 'approach and scope', 'scope and approach', 'high level approach',
        'in scope', 'non goals', 'goals and non goals', 'assumptions', 'scope and assumptions', 'state assumptions',
        'scope the problem',
    ],
    wholeAliases: ['approach'],
    overridingAliases: ['out of scope', 'not covered', 'not in scope', 'non goals'],
    required: true,
    purpose: 'What you will design in the time you have, and what you leave out on purpose.',
    skeleton: [
        '- **In scope:** _the parts you will design in depth_',
        '- **Out of scope:** _what you leave out, and why_',
        '- **Assumptions:** _what you take as given_',
    ].join('\n'),
};
const architecture = {
    id: 'architecture',
    title: 'Architecture',
    aliases: [
        'architecture', 'architectural', 'high level architecture', 'system architecture', 'high level design',
        'create a high level design', 'detailed design', 'design core components', 'low level design', 'data model',
        'data modeling', 'data flow', 'api design', 'system apis', 'proposed design', 'proposed solution', 'database schema',
        'db schema', 'storage schema', 'db design', 'database design', 'core entities', 'core flows', 'scale the design',
        'scaling strategy', 'hld', 'lld', 'prediction service', 'model development', 'feature engineering',
        'data preparation', 'data collection', 'training pipeline',
    ],
    wholeAliases: ['design', 'system design', 'solution', 'components', 'deep dive', 'deep dives', 'api', 'apis', 'db', 'database', 'scaling'],
    required: true,
    purpose: 'The components, how data flows between them, and the APIs and storage behind them.',
    skeleton: [
        '- **Components:** _the services and stores, and what each one owns_',
        '- **Data flow:** _the path of a request or event through them_',
        '- **APIs:** _the main calls and their shape_',
        '- **Data model and storage:** _what is stored where, and why that store_',
        '- **Scaling:** _where the load goes and how it is spread_',
    ].join('\n'),
};
const tradeOffs = {
    id: 'trade-offs',
    title: 'Trade-offs',
    aliases: [
        'trade offs', 'tradeoffs', 'key trade offs', 'design trade offs', 'trade offs and alternatives', 'alternatives',
        'alternatives considered', 'design decisions', 'pros and cons', 'bottlenecks', 'bottlenecks and trade offs',
        'limitations', 'trade off',
    ],
    wholeAliases: ['decisions'],
    required: true,
    purpose: 'The choices you made, the alternatives you rejected, and what each choice costs.',
    skeleton: [
        '- **Choice:** _what you chose, over which alternative_',
        '  - **Gain:** _what it buys you_',
        '  - **Cost:** _what you give up: latency, consistency, money, complexity_',
    ].join('\n'),
};
const operability = {
    id: 'operability',
    title: 'Operability',
    aliases: [
        'operability', 'operational concerns', 'operational', 'operational excellence', 'observability',
        'monitoring', 'monitoring and alerting', 'reliability', 'reliability and operations', 'ownership',
        'ownership and on call', 'on call', 'running in production', 'production readiness', 'failure handling',
        'failure modes', 'rollout', 'rollout and monitoring', 'deployment', 'fault tolerance', 'telemetry', 'error handling',
        'alerting', 'disaster recovery',
    ],
    wholeAliases: ['operations'],
    required: true,
    purpose: 'How you know it works, how it fails and recovers, how it ships, and who is on call for it.',
    skeleton: [
        '- **Monitoring and alerting:** _the metrics, dashboards and alerts that show it is healthy_',
        '- **Failure detection and recovery:** _what breaks, how you notice, how it recovers_',
        '- **Rollout and rollback:** _how changes ship safely and how you undo them_',
        '- **Ownership and on-call:** _which team owns it and who gets paged_',
    ].join('\n'),
};
const evaluation = {
    id: 'evaluation',
    title: 'Evaluation',
    aliases: [
        'evaluation', 'model evaluation', 'metrics and evaluation', 'evaluation metrics', 'offline evaluation',
        'online evaluation', 'offline and online evaluation', 'experimentation', 'a b testing', 'a b test', 'measuring success',
        'success metrics', 'online testing', 'offline metrics', 'online metrics',
    ],
    wholeAliases: ['metrics'],
    required: true,
    purpose: 'How you measure the model offline and online, and whether the two agree.',
    skeleton: [
        '- **Offline metrics:** _e.g. NDCG, recall at k, calibration, on which held-out data_',
        '- **Online tests:** _the A/B test, its primary and guardrail metrics_',
        '- **Offline/online alignment:** _how you check that offline gains show up online_',
    ].join('\n'),
};
/** Skeleton prompt text in `_underscores_`; a snippet turns each into a tab stop. */
exports.SKELETON_PROMPT = /_([^_]+)_/g;
/**
 * A skeleton line as it reads once a snippet's placeholders were accepted as they are: the prompt
 * text without its underscores (`- **Scale:** users, requests per second, ...`).
 */
function acceptedSnippetLine(skeletonLine) {
    return skeletonLine.replace(exports.SKELETON_PROMPT, '$1');
}
/** The heading a follow-up question is written under in the Follow-ups section: `### Q: <question>`. */
exports.FOLLOW_UP_QUESTION_PREFIX = 'Q:';
/**
 * Follow-ups: the questions an interviewer asked back, each as a `### Q: ...` sub-heading with the
 * answer under it. Optional, so never reported missing, and not part of a new answer's scaffold.
 */
const followUps = {
    id: 'follow-ups',
    title: 'Follow-ups',
    aliases: ['follow ups', 'followups', 'follow up questions', 'interviewer follow ups', 'interviewer questions', 'questions asked'],
    required: false,
    purpose: 'The questions an interviewer asked back, each answered as you would say it aloud.',
    skeleton: [`### ${exports.FOLLOW_UP_QUESTION_PREFIX} _a question the interviewer asked_`, '', '_your answer, as you would say it aloud_'].join('\n'),
};
/** Classic system design: five required sections, then the optional Follow-ups. */
exports.SYSTEM_DESIGN = {
    id: 'system-design',
    title: 'System design',
    sections: [requirements, scope, architecture, tradeOffs, operability, followUps],
};
/** ML system design: the classic sections with ML-shaped skeletons, plus Evaluation; Follow-ups optional. */
exports.ML_SYSTEM_DESIGN = {
    id: 'ml-system-design',
    title: 'ML system design',
    sections: [
        {
            ...requirements,
            skeleton: [
                '- **Product goal and metric:** _what the model should improve, and the business metric that shows it_',
                '- **Scale:** _members, items, requests per second_',
                '- **Latency budget:** _e.g. ranking in under 100 ms at p99_',
                '- **Freshness:** _how quickly new behaviour and new items must show up_',
                '- **Cold start:** _new members and new titles_',
            ].join('\n'),
        },
        scope,
        {
            ...architecture,
            skeleton: [
                '- **Data and features:** _sources, feature store, training and serving parity_',
                '- **Retrieval / candidate generation:** _how the candidate set is built_',
                '- **Ranking:** _the model, its inputs and its objective_',
                '- **Training pipeline:** _labels, cadence, validation_',
                '- **Serving:** _online path, caching, fallbacks_',
            ].join('\n'),
        },
        evaluation,
        tradeOffs,
        {
            ...operability,
            skeleton: [
                '- **Monitoring and alerting:** _model and system metrics, data and prediction drift_',
                '- **Failure detection and recovery:** _fallback ranking when the model or features fail_',
                '- **Staged rollout and rollback:** _shadow, canary, A/B, and how to roll back a model_',
                '- **Ownership and on-call:** _who owns the model and the pipeline, who gets paged_',
            ].join('\n'),
        },
        followUps,
    ],
};
/** Every built-in template, by id. */
exports.TEMPLATES = new Map([exports.SYSTEM_DESIGN, exports.ML_SYSTEM_DESIGN].map((t) => [t.id, t]));
/** The template used when an answer names none. */
exports.DEFAULT_TEMPLATE_ID = exports.SYSTEM_DESIGN.id;
/** Looks a template up by id; `undefined` when there is none. */
function getTemplate(id) {
    return exports.TEMPLATES.get(id);
}
//# sourceMappingURL=templates.js.map