/**
 * Randomness from Web Crypto, which both hosts have (Node 20's `globalThis.crypto` and the browser
 * worker's), so one implementation serves every platform.
 */

/** `count` bytes from a cryptographically strong source. */
export function randomBytes(count: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(count));
}

/** A nonce for a Content-Security-Policy: 16 random bytes in base64. */
export function randomNonce(): string {
  return btoa(String.fromCharCode(...randomBytes(16)));
}
