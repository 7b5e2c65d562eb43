/**
 * An evidence quote as the user reads it. A quote is verbatim (a substring of its line, so it can be
 * found there), and one cut from a line of Markdown can begin or end inside bold or code:
 * `Scale:** 50,000 titles` from `- **Scale:** 50,000 titles`. Shown as is, the lone `**` reads as a
 * typo of the user's. Here a `**` or `` ` `` without its partner is dropped; paired markers, `_` and
 * every other character stay as written. Nothing is rendered as Markdown: the caller escapes the text.
 */

/** Markers that come in pairs and that a cut can split. `_` is left alone: it is in identifiers. */
const PAIRED = ['**', '`'] as const;

/** `quote` without the markers a cut left without their partner. Linear in the quote's length. */
export function displayQuote(quote: string): string {
  let text = quote;
  for (const marker of PAIRED) {
    const at: number[] = [];
    for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + marker.length)) at.push(i);
    if (at.length % 2 === 0) continue;
    // The cut fell inside a pair: at the start, the first marker closes a run the quote does not
    // hold (it follows a word: `Scale:** 50`); else the last one opens a run it does not hold.
    const first = at[0];
    const drop = first > 0 && !isSpace(text[first - 1]) ? first : at[at.length - 1];
    text = text.slice(0, drop) + text.slice(drop + marker.length);
  }
  return text.trim() || quote;
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t';
}
