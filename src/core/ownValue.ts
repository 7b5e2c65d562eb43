/**
 * Looking up text from files (a technology's name, a heading, a section id) in a table written as an
 * object literal: only the table's own entries count, so `constructor`, `__proto__` or `toString`
 * never find what every object inherits (issue 17: "rather than function Object() { [native code] }").
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
