/**
 * Reads the expectations a fixture carries inside it:
 *
 * - `<!-- expect SD002 -->` on a line: SD002 reports on that line (several ids may be listed).
 * - `<!-- expect SD002: text -->`: and its message contains `text`.
 * - `<!-- expect SD001 at 12: text -->` / `at end`: the finding is on line 12 / the file's last line
 *   (after a final newline, the empty line there): the end of the answer.
 * - `<!-- lint-config {"rules": {"SD005": "off"}} -->`: the config the fixture is linted with.
 * - A fixture with no expect comment expects no finding at all.
 */
export interface Expectation {
  readonly ruleId: string;
  readonly line: number;
  readonly message?: string;
}

const EXPECT = /<!--\s*expect\s+((?:SD\d{3}[\s,]*)+)(?:\s+at\s+(\d+|end))?\s*(?::\s*(.*?))?\s*-->/g;
const CONFIG = /<!--\s*lint-config\s+([\s\S]*?)-->/;

export function readExpectations(text: string): { expectations: Expectation[]; config?: unknown } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  // "at end" is the file's last line: where a finding about the end of the answer is shown.
  const lastLine = lines.length;
  const expectations: Expectation[] = [];
  lines.forEach((lineText, index) => {
    for (const m of lineText.matchAll(EXPECT)) {
      const line = m[2] === undefined ? index + 1 : m[2] === 'end' ? lastLine : Number(m[2]);
      for (const ruleId of m[1].split(/[\s,]+/).filter(Boolean)) {
        expectations.push({ ruleId, line, ...(m[3] ? { message: m[3] } : {}) });
      }
    }
  });
  const configMatch = CONFIG.exec(text);
  return { expectations, ...(configMatch ? { config: JSON.parse(configMatch[1]) as unknown } : {}) };
}
