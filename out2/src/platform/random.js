"use strict";
/**
 * Randomness from Web Crypto, which both hosts have (Node 20's `globalThis.crypto` and the browser
 * worker's), so one implementation serves every platform.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.randomBytes = randomBytes;
exports.randomNonce = randomNonce;
/** `count` bytes from a cryptographically strong source. */
function randomBytes(count) {
    return globalThis.crypto.getRandomValues(new Uint8Array(count));
}
/** A nonce for a Content-Security-Policy: 16 random bytes in base64. */
function randomNonce() {
    return btoa(String.fromCharCode(...randomBytes(16)));
}
//# sourceMappingURL=random.js.map