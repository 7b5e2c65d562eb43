/**
 * `--format sarif`: SARIF 2.1.0, the format GitHub code scanning and other viewers read. Every rule
 * is described in the driver, with a link to its page under docs/rules.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../core/lint/types';
import type { Formatter } from './types';

/** Where the rule pages live; a rule's help is `<base><id>.md`. */
export const RULE_DOCS_BASE_URL = 'https://github.com/design-practice/design-practice/blob/main/docs/rules/';

const TOOL_URL = 'https://github.com/design-practice/design-practice';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The SARIF log as a JSON string. Locations are relative to the working folder (`%SRCROOT%`). */
export const sarif: Formatter = (results, ctx) => {
  const ruleIndex = new Map(ctx.rules.map((r, i) => [r.names[0], i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'design-practice',
            version: ctx.version,
            informationUri: TOOL_URL,
            rules: ctx.rules.map((r) => ({
              id: r.names[0],
              name: r.names[1],
              shortDescription: { text: r.description },
              helpUri: `${RULE_DOCS_BASE_URL}${r.names[0]}.md`,
              defaultConfiguration: { level: LEVELS[r.defaultSeverity] },
              properties: { tags: [...r.tags] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(ctx.cwd).href.replace(/\/?$/, '/')}` } },
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.ruleId,
            ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
            level: LEVELS[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifactLocation(r.file),
                  region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** A relative path becomes a URI reference against `%SRCROOT%`; an absolute one a file URL. */
function artifactLocation(name: string): { uri: string; uriBaseId?: string } {
  // A file name can hold a lone surrogate (Windows names are UTF-16, unchecked), which
  // encodeURIComponent refuses with a URIError: it is written as U+FFFD instead.
  const file = wellFormed(name);
  if (path.isAbsolute(file)) return { uri: pathToFileURL(file).href };
  // Only the platform's separators separate: on POSIX a backslash is part of a file's name.
  const uri = (path.sep === '\\' ? file.split(/[\\/]/) : file.split('/')).map(encodeURIComponent).join('/');
  return { uri, uriBaseId: '%SRCROOT%' };
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one. Linear: each
// alternative looks one code unit ahead or behind.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}
