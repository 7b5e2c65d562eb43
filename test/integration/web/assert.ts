/**
 * `node:assert/strict` for the browser worker host, which has no Node built-ins: the web test bundle
 * (scripts/build-web-tests.mjs) maps the suites' import here. The functions the suites use, with
 * Node's strict semantics (Object.is for primitives, deep equality over own enumerable keys with
 * equal prototypes).
 */

/** Thrown when an assertion fails, with Node's name so mocha reports it the same way. */
export class AssertionError extends Error {
  readonly actual: unknown;
  readonly expected: unknown;
  readonly operator: string;
  constructor(message: string, actual: unknown, expected: unknown, operator: string) {
    super(message);
    this.name = 'AssertionError';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
  }
}

function show(value: unknown): string {
  try {
    return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value, undefined, 2) ?? String(value));
  } catch {
    return String(value);
  }
}

function failWith(message: string | Error | undefined, fallback: string, actual: unknown, expected: unknown, operator: string): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback, actual, expected, operator);
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map) return a.size === (b as Map<unknown, unknown>).size && [...a].every(([k, v]) => (b as Map<unknown, unknown>).has(k) && isDeepEqual(v, (b as Map<unknown, unknown>).get(k)));
  if (a instanceof Set) return a.size === (b as Set<unknown>).size && [...a].every((v) => (b as Set<unknown>).has(v));
  if (Array.isArray(a) && a.length !== (b as unknown[]).length) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => Object.prototype.hasOwnProperty.call(b, k) && isDeepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) failWith(message, `The expression evaluated to a falsy value: ${show(value)}`, value, true, '==');
}

export function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) failWith(message, `Expected values to be strictly equal:\n${show(actual)} !== ${show(expected)}`, actual, expected, 'strictEqual');
}

export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) failWith(message, `Expected "actual" to be strictly unequal to: ${show(expected)}`, actual, expected, 'notStrictEqual');
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!isDeepEqual(actual, expected)) failWith(message, `Expected values to be strictly deep-equal:\n${show(actual)}\n!==\n${show(expected)}`, actual, expected, 'deepStrictEqual');
}

export function match(actual: string, pattern: RegExp, message?: string | Error): void {
  if (typeof actual !== 'string' || !pattern.test(actual)) failWith(message, `The input did not match the regular expression ${String(pattern)}. Input:\n\n${show(actual)}\n`, actual, pattern, 'match');
}

export function fail(message?: string | Error): never {
  failWith(message, 'Failed', undefined, undefined, 'fail');
}

export { equal as strictEqual, notEqual as notStrictEqual, deepEqual as deepStrictEqual };
