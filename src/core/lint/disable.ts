/**
 * Inline switches: `<!-- design-practice-disable SD005 -->` turns rules off until a matching
 * `<!-- design-practice-enable SD005 -->`; `design-practice-disable-next-line` covers one line. With no
 * rule named, all rules are meant. Rules may be named by id or name.
 */
import { LineKind, type AnswerDocument } from '../answer/parseAnswer';
import type { Rule } from './types';

// The directive must end at a space or the comment's end: "disable-line" (a typo) is not "disable".
const DIRECTIVE = /<!--\s*design-practice-(disable-next-line|disable|enable)(?=\s|-->)([^>]*?)-->/g;

/** Answers whether a rule is switched off at a 0-based line. */
export type DisabledAt = (ruleId: string, line: number) => boolean;

/** Reads the switches in `doc`; `undefined` when there are none (the common case, kept cheap). */
export function readDisableComments(doc: AnswerDocument, rules: readonly Rule[]): DisabledAt | undefined {
  // ranges[ruleId] = [start, end) pairs of disabled lines
  const ranges = new Map<string, [number, number][]>();
  const openSince = new Map<string, number>();
  const all = rules.map((r) => r.names[0]);
  const resolve = (names: string): string[] => {
    const words = names.split(/[\s,]+/).filter(Boolean);
    if (words.length === 0) return all;
    return words.flatMap((w) => rules.filter((r) => r.names[0].toLowerCase() === w.toLowerCase() || r.names[1] === w).map((r) => r.names[0]));
  };
  const add = (id: string, start: number, end: number) => {
    const list = ranges.get(id) ?? [];
    list.push([start, end]);
    ranges.set(id, list);
  };

  let found = false;
  for (let line = 0; line < doc.lines.length; line++) {
    const kind = doc.lineKinds[line];
    if (kind !== LineKind.Html && kind !== LineKind.Prose) continue;
    const text = doc.lines[line];
    if (!text.includes('design-practice-')) continue;
    for (const m of text.matchAll(DIRECTIVE)) {
      found = true;
      const ids = resolve(m[2]);
      if (m[1] === 'disable-next-line') {
        for (const id of ids) add(id, line + 1, line + 2);
      } else if (m[1] === 'disable') {
        for (const id of ids) if (!openSince.has(id)) openSince.set(id, line);
      } else {
        for (const id of ids) {
          const since = openSince.get(id);
          if (since !== undefined) {
            add(id, since, line + 1);
            openSince.delete(id);
          }
        }
      }
    }
  }
  if (!found) return undefined;
  // A disable with no enable runs to the end; findings placed past the last line (SD001 at the end) count too.
  for (const [id, since] of openSince) add(id, since, Number.MAX_SAFE_INTEGER);
  return (ruleId, line) => (ranges.get(ruleId) ?? []).some(([s, e]) => line >= s && line < e);
}
