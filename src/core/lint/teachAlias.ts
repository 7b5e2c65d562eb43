/**
 * Teaching the matcher a user's own heading: the text edits that add it as an alias of a section in a
 * `.design-practice.json`, made with jsonc-parser so the rest of the file (its order, indentation and
 * line ends) stays as the user wrote it.
 */
import { applyEdits, getNodeValue, modify, parseTree, type Edit, type Node, type ParseError } from 'jsonc-parser';

/** What adding an alias comes to: edits to apply to the file's text (none when it is there already), or why not. */
export type AliasEdit =
  | { readonly ok: true; readonly edits: readonly Edit[]; readonly text: string }
  | { readonly ok: false; readonly message: string };

/** Deeper than this, jsonc-parser's formatter throws (at 100 levels): such a file is refused, not edited. */
const MAX_NESTING = 64;

/**
 * The edits that add `heading` to `aliases[sectionId]` in a configuration file's text (`undefined`
 * for a file that does not exist yet). What cannot be edited safely is left alone, with a message
 * saying why: a file that is not a JSON object, `"aliases"` (or the section's key in it) written
 * twice, since the CLI reads the last and the edit would go to the first (issue 17), and arrays or
 * objects nested deeper than `MAX_NESTING` anywhere in the file. Never throws.
 */
export function addAliasEdits(text: string | undefined, sectionId: string, heading: string): AliasEdit {
  const alias = heading.trim();
  if (!alias) return { ok: false, message: 'The heading is empty.' };
  if (text === undefined || text.trim() === '') {
    const created = `${JSON.stringify({ aliases: { [sectionId]: [alias] } }, null, 2)}\n`;
    return { ok: true, edits: [{ offset: 0, length: text?.length ?? 0, content: created }], text: created };
  }
  if (nestingDepth(text) > MAX_NESTING) return { ok: false, message: `it nests arrays or objects more than ${MAX_NESTING} deep, too deep to edit safely; add the alias by hand` };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || root?.type !== 'object') return { ok: false, message: 'it is not a valid JSON object; fix it first' };
  const aliasesKeys = propertiesNamed(root, 'aliases');
  if (aliasesKeys.length > 1) return { ok: false, message: `"aliases" is written ${aliasesKeys.length} times, and only the last one counts; keep one first` };
  const aliases = aliasesKeys[0]?.children?.[1];
  if (aliases && aliases.type !== 'object') return { ok: false, message: '"aliases" is not an object of section ids; fix it first' };
  const listKeys = aliases ? propertiesNamed(aliases, sectionId) : [];
  if (listKeys.length > 1) return { ok: false, message: `"aliases.${sectionId}" is written ${listKeys.length} times, and only the last one counts; keep one first` };
  const listNode = listKeys[0]?.children?.[1];
  if (listNode && listNode.type !== 'array') return { ok: false, message: `"aliases.${sectionId}" is not a list; fix it first` };
  const list = listNode ? (getNodeValue(listNode) as unknown[]) : undefined;
  if (list?.includes(alias)) return { ok: true, edits: [], text };

  const formattingOptions = { insertSpaces: !/^\t/m.test(text), tabSize: /^( +)"/m.exec(text)?.[1].length ?? 2, eol: text.includes('\r\n') ? '\r\n' : '\n' };
  const path = list ? ['aliases', sectionId, -1] : ['aliases', sectionId];
  try {
    const edits = modify(text, path, list ? alias : [alias], { formattingOptions });
    return { ok: true, edits, text: applyEdits(text, edits) };
  } catch (error) {
    // jsonc-parser is not ours: whatever else it cannot edit is refused, not thrown into the caller.
    return { ok: false, message: `it cannot be edited safely (${error instanceof Error ? error.message : String(error)}); add the alias by hand` };
  }
}

/** The properties of an object node whose key is `name`, in file order. */
function propertiesNamed(object: Node, name: string): Node[] {
  return (object.children ?? []).filter((p) => p.type === 'property' && p.children?.[0]?.value === name);
}

/** How deep arrays and objects nest in JSON `text` (brackets inside strings do not count). One pass, no recursion. */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* backslash: the next character is escaped */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) max = Math.max(max, ++depth);
    else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return max;
}
