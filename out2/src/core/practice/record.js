"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PRACTICE_KEY = void 0;
exports.recordPractice = recordPractice;
exports.readPracticeHistory = readPracticeHistory;
exports.summarizeHistory = summarizeHistory;
/**
 * Practice history in an answer's front matter: adding a stopped session's record under `practice:`
 * and reading the records back for display.
 *
 * Adding a record must never cost the user a byte of what they wrote, so the record is inserted as
 * text (see `appendToFrontMatterList`); the front matter is never re-rendered. When the record
 * cannot be inserted without touching other lines, nothing is written and the message says why.
 */
const yaml_1 = require("yaml");
const frontMatterEdit_1 = require("../answer/frontMatterEdit");
/** The front-matter key that holds the practice history. */
exports.PRACTICE_KEY = 'practice';
/**
 * Edits that append `record` to the `practice:` list in `text`'s front matter, creating the key, or
 * the whole front matter block, when absent. The edits insert or replace only practice lines and
 * keep the file's line ending; a BOM stays where it is (edit positions count from after it, as
 * `applyFixes` does). Returns `{ error }`, and no edits, when the front matter does not parse,
 * `practice` is not a list, or the record cannot be added without changing other bytes.
 */
function recordPractice(text, record) {
    const result = (0, frontMatterEdit_1.appendToFrontMatterList)(text, exports.PRACTICE_KEY, record, { shape: phasesInFlow });
    if ('error' in result)
        return { error: `${result.error[0].toUpperCase()}${result.error.slice(1)}; the practice record was not added` };
    return { edits: result.edits };
}
/** Each phase on one line: five phases stay readable at a glance. */
function phasesInFlow(node) {
    const phases = (0, yaml_1.isMap)(node) ? node.get('phases', true) : undefined;
    if ((0, yaml_1.isSeq)(phases))
        for (const p of phases.items)
            if ((0, yaml_1.isMap)(p))
                p.flow = true;
}
/** Reads the practice records from parsed front matter, skipping malformed ones. Never throws. */
function readPracticeHistory(data) {
    const list = isObject(data) ? data[exports.PRACTICE_KEY] : undefined;
    if (!Array.isArray(list))
        return [];
    const records = [];
    for (const entry of list) {
        if (!isObject(entry))
            continue;
        const started = dateText(entry.started);
        const minutesTotal = entry.minutesTotal;
        if (started === undefined || !isMinutes(minutesTotal) || !Array.isArray(entry.phases))
            continue;
        // A hand-edited phase that no longer makes sense is dropped; the rest of the session still counts.
        const phases = entry.phases.flatMap((p) => {
            if (!isObject(p) || typeof p.section !== 'string' || p.section === '' || !isMinutes(p.plannedMinutes) || !isMinutes(p.spentMinutes))
                return [];
            const label = typeof p.label === 'string' && p.label.trim() !== '' ? p.label : p.section;
            return [{ section: p.section, label, plannedMinutes: p.plannedMinutes, spentMinutes: p.spentMinutes }];
        });
        records.push({ started, minutesTotal, phases });
    }
    return records;
}
/** Summarises `records` (as `readPracticeHistory` returns them): count, last date, averages. */
function summarizeHistory(records) {
    let lastStarted;
    let lastTime = -Infinity;
    let total = 0;
    const bySection = new Map();
    for (const record of records) {
        const time = Date.parse(record.started);
        // Compared by time, not file order, because a history merged by hand need not be sorted.
        if (time >= lastTime) {
            lastTime = time;
            lastStarted = record.started;
        }
        total += record.minutesTotal;
        // A plan may visit a section twice; that is one session of that section with the time summed.
        const perRecord = new Map();
        for (const p of record.phases) {
            const seen = perRecord.get(p.section);
            perRecord.set(p.section, { label: p.label, spent: (seen?.spent ?? 0) + p.spentMinutes, planned: (seen?.planned ?? 0) + p.plannedMinutes });
        }
        for (const [section, p] of perRecord) {
            const acc = bySection.get(section) ?? { label: p.label, sessions: 0, spent: 0, planned: 0 };
            bySection.set(section, { label: p.label, sessions: acc.sessions + 1, spent: acc.spent + p.spent, planned: acc.planned + p.planned });
        }
    }
    const mean = (sum, n) => (n === 0 ? 0 : Math.round((sum / n) * 10) / 10);
    return {
        count: records.length,
        ...(lastStarted !== undefined ? { lastStarted } : {}),
        averageMinutesTotal: mean(total, records.length),
        phases: [...bySection].map(([section, p]) => ({
            section,
            label: p.label,
            sessions: p.sessions,
            averageSpentMinutes: mean(p.spent, p.sessions),
            averagePlannedMinutes: mean(p.planned, p.sessions),
        })),
    };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isMinutes(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
/** A record's start as text: a parseable date string, or a Date from a YAML 1.1 reader. */
function dateText(value) {
    if (typeof value === 'string')
        return Number.isFinite(Date.parse(value)) ? value : undefined;
    if (value instanceof Date && Number.isFinite(value.getTime()))
        return value.toISOString().replace(/\.\d{3}Z$/, 'Z');
    return undefined;
}
//# sourceMappingURL=record.js.map