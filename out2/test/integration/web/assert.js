"use strict";
/**
 * `node:assert/strict` for the browser worker host, which has no Node built-ins: the web test bundle
 * (scripts/build-web-tests.mjs) maps the suites' import here. The functions the suites use, with
 * Node's strict semantics (Object.is for primitives, deep equality over own enumerable keys with
 * equal prototypes).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.AssertionError = void 0;
exports.ok = ok;
exports.equal = equal;
exports.strictEqual = equal;
exports.notEqual = notEqual;
exports.notStrictEqual = notEqual;
exports.deepEqual = deepEqual;
exports.deepStrictEqual = deepEqual;
exports.match = match;
exports.fail = fail;
/** Thrown when an assertion fails, with Node's name so mocha reports it the same way. */
class AssertionError extends Error {
    actual;
    expected;
    operator;
    constructor(message, actual, expected, operator) {
        super(message);
        this.name = 'AssertionError';
        this.actual = actual;
        this.expected = expected;
        this.operator = operator;
    }
}
exports.AssertionError = AssertionError;
function show(value) {
    try {
        return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value, undefined, 2) ?? String(value));
    }
    catch {
        return String(value);
    }
}
function failWith(message, fallback, actual, expected, operator) {
    if (message instanceof Error)
        throw message;
    throw new AssertionError(message ?? fallback, actual, expected, operator);
}
function isDeepEqual(a, b) {
    if (Object.is(a, b))
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b))
        return false;
    if (a instanceof Date)
        return a.getTime() === b.getTime();
    if (a instanceof RegExp)
        return String(a) === String(b);
    if (a instanceof Map)
        return a.size === b.size && [...a].every(([k, v]) => b.has(k) && isDeepEqual(v, b.get(k)));
    if (a instanceof Set)
        return a.size === b.size && [...a].every((v) => b.has(v));
    if (Array.isArray(a) && a.length !== b.length)
        return false;
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length)
        return false;
    return keysA.every((k) => Object.prototype.hasOwnProperty.call(b, k) && isDeepEqual(a[k], b[k]));
}
function ok(value, message) {
    if (!value)
        failWith(message, `The expression evaluated to a falsy value: ${show(value)}`, value, true, '==');
}
function equal(actual, expected, message) {
    if (!Object.is(actual, expected))
        failWith(message, `Expected values to be strictly equal:\n${show(actual)} !== ${show(expected)}`, actual, expected, 'strictEqual');
}
function notEqual(actual, expected, message) {
    if (Object.is(actual, expected))
        failWith(message, `Expected "actual" to be strictly unequal to: ${show(expected)}`, actual, expected, 'notStrictEqual');
}
function deepEqual(actual, expected, message) {
    if (!isDeepEqual(actual, expected))
        failWith(message, `Expected values to be strictly deep-equal:\n${show(actual)}\n!==\n${show(expected)}`, actual, expected, 'deepStrictEqual');
}
function match(actual, pattern, message) {
    if (typeof actual !== 'string' || !pattern.test(actual))
        failWith(message, `The input did not match the regular expression ${String(pattern)}. Input:\n\n${show(actual)}\n`, actual, pattern, 'match');
}
function fail(message) {
    failWith(message, 'Failed', undefined, undefined, 'fail');
}
//# sourceMappingURL=assert.js.map