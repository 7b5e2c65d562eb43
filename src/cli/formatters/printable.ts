/** Text from files made safe to print to a terminal. */

/**
 * C0 control characters other than line feed and tab, DEL, and C1 control characters: ESC and CSI
 * start terminal escape sequences (titles, colours, links, OSC 52 clipboard writes), CR rewrites the
 * line shown.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * `text` with every control character but line feed and tab written as a visible `\u001B` escape,
 * so an answer, prompt or configuration file cannot send escape sequences to the terminal through
 * the CLI's output. The same form is a valid escape inside a JSON string, where DEL and C1 characters
 * are otherwise left raw, so JSON and SARIF output can go through it and still parse to the same value.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
