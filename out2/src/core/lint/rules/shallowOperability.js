"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.shallowOperability = void 0;
const sectionText_1 = require("../../answer/sectionText");
const ASPECTS = [
    {
        pattern: /\b(?:monitor\w*|metrics?|alert\w*|dashboards?|observab\w*|SL[OIA]s?|telemetry|tracing|traces?|logs?|logging|instrument\w*|p\d{2,3}|error rates?|prometheus|grafana|datadog|atlas)\b/i,
        message: 'Operability does not cover monitoring and alerting: which metrics show the system is healthy, and which alert fires first when it is not?',
    },
    {
        pattern: new RegExp('\\b(?:fail\\w*|recover\\w*|outages?|incidents?|retry|retries|retried|fallbacks?|falls? back|degrad\\w*|circuit[- ]breakers?|' +
            'health[- ]?checks?|heartbeats?|restart\\w*|roll(?:s|ed|ing)?[- ]?back\\w*|rollbacks?|redundan\\w*|replica\\w*|backups?|restor\\w*|' +
            'disaster|crash\\w*|timeouts?|chaos|resilien\\w*|self[- ]heal\\w*|reconcil\\w*|dead[- ]letter|DLQ|replay\\w*|checkpoint\\w*|' +
            '(?:goes|went|is|are) down|downtime|unavailab\\w*|break(?:s|ing)?|broken)\\b', 'i'),
        message: 'Operability does not cover failure detection and recovery: what breaks first, how do you notice, and how does the system recover (fallback, retry, failover)?',
    },
    {
        pattern: new RegExp('\\b(?:(?<!\\b(?:its|their|our|your|my|his|her) )own|owns|owned|owner\\w*|on[- ]?call|paged|paging|pager\\w*|pages? (?:the|someone|on-call)|' +
            'rota|rotations?|runbooks?|playbooks?|escalat\\w*|teams?|responsib\\w*|maintainers?|DRI|SREs?)\\b', 'i'),
        message: 'Operability does not say who owns it: which team owns this system, and who gets paged when it breaks at 3 a.m.?',
    },
];
/**
 * SD008: Operability covers monitoring and alerting, failure detection and recovery, and ownership
 * and on-call: interviewers probe all three as "long-term thinking". One finding per missing aspect,
 * on the heading of the first part of the section that has content. All parts of a split Operability
 * section, and their sub-headings, are read together.
 */
exports.shallowOperability = {
    names: ['SD008', 'shallow-operability'],
    description: 'Operability covers monitoring, failure recovery and ownership',
    tags: ['content', 'operability'],
    defaultSeverity: 'info',
    check({ answer }, report) {
        const sections = (0, sectionText_1.sectionsOf)(answer, 'operability').filter((s) => (0, sectionText_1.hasContent)(answer, s));
        if (sections.length === 0)
            return;
        const missing = new Set(ASPECTS);
        for (const line of (0, sectionText_1.userLines)(answer, sections, true)) {
            const text = (0, sectionText_1.visibleLine)(answer, line);
            for (const aspect of missing)
                if (aspect.pattern.test(text))
                    missing.delete(aspect);
            if (missing.size === 0)
                return;
        }
        for (const aspect of missing)
            report({ ...(0, sectionText_1.lineRange)(answer, sections[0].heading.line), message: aspect.message, sectionId: 'operability' });
    },
};
//# sourceMappingURL=shallowOperability.js.map