/**
 * The portable crypto provider (noble/scure, pure JavaScript) and the
 * interface every provider implements. Kept apart from the selection in
 * ./provider.ts so the native provider (./native.ts), which falls back to
 * these primitives, can be built as its own module that browser bundles
 * leave out (package.json `browser`, tsup.config.ts).
 */
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { p256 } from '@noble/curves/nist.js';
import { chacha20poly1305, xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { ml_kem1024 } from '@noble/post-quantum/ml-kem.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { concatBytes, randomBytes as nobleRandomBytes } from '@noble/hashes/utils.js';
import { NexusError } from '../interfaces/errors.js';

/**
 * Every primitive the protocol uses, behind one interface, so a faster
 * platform implementation can replace the portable one without touching
 * protocol code. Both must pass the same vectors (`test/primitives.test.ts`).
 *
 * @internal
 */
export interface CryptoProvider {
  readonly name: string;
  randomBytes(length: number): Uint8Array;
  sha256(data: Uint8Array): Uint8Array;
  sha512(data: Uint8Array): Uint8Array;
  hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array;
  /**
   * HMAC-SHA-256 of each input under one key, in order: what
   * `inputs.map((d) => hmacSha256(key, d))` returns, with the key padded
   * once (a chain-key step derives two or three keys from one chain key).
   */
  hmacSha256Each(key: Uint8Array, inputs: readonly Uint8Array[]): Uint8Array[];
  hmacSha512(key: Uint8Array, data: Uint8Array): Uint8Array;
  hkdfSha256(ikm: Uint8Array, salt: Uint8Array, info: Uint8Array, length: number): Uint8Array;
  ed25519PublicKey(seed: Uint8Array): Uint8Array;
  ed25519Sign(seed: Uint8Array, message: Uint8Array): Uint8Array;
  /** Strict RFC 8032 verification: canonical S and points, no small-order key, cofactorless equation. */
  ed25519Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean;
  /**
   * A fast check some providers have: whether 32 bytes decode, as libsodium
   * decodes them (the y coordinate taken modulo p, either sign of x), to a
   * point on the curve. {@link isValidEd25519Point} adds the canonical-form
   * checks around it.
   */
  ed25519DecodesOnCurve?(bytes: Uint8Array): boolean;
  /** Compressed SEC1 (33 bytes) public key of a P-256 scalar. */
  p256PublicKey(secret: Uint8Array): Uint8Array;
  /** ECDSA P-256 / SHA-256, 64-byte r||s, low-S. */
  p256Sign(secret: Uint8Array, message: Uint8Array): Uint8Array;
  /** Rejects high-S signatures. */
  p256Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean;
  x25519PublicKey(secret: Uint8Array): Uint8Array;
  /**
   * X25519 (RFC 7748). Returns `null` for an all-zero result (a low-order
   * peer key), which callers must treat as failure.
   */
  x25519(secret: Uint8Array, publicKey: Uint8Array): Uint8Array | null;
  /** ML-KEM-1024 (FIPS 203) encapsulation key of a 64-byte seed `d || z`. */
  mlKem1024PublicKey(seed: Uint8Array): Uint8Array;
  /**
   * ML-KEM-1024 encapsulation. `randomness` (32 bytes) makes it
   * deterministic, for vectors only.
   *
   * @throws when `publicKey` is not a valid encapsulation key.
   */
  mlKem1024Encapsulate(
    publicKey: Uint8Array,
    randomness?: Uint8Array,
  ): { ciphertext: Uint8Array; sharedSecret: Uint8Array };
  /** ML-KEM-1024 decapsulation with the key of a 64-byte seed (implicit rejection: never fails for a well-sized ciphertext). */
  mlKem1024Decapsulate(seed: Uint8Array, ciphertext: Uint8Array): Uint8Array;
  /** ChaCha20-Poly1305 (RFC 8439): 32-byte key, 12-byte nonce, 16-byte tag appended. */
  chacha20poly1305Seal(
    key: Uint8Array,
    nonce: Uint8Array,
    plaintext: Uint8Array,
    ad: Uint8Array,
  ): Uint8Array;
  /** Returns `null` when authentication fails. */
  chacha20poly1305Open(
    key: Uint8Array,
    nonce: Uint8Array,
    ciphertext: Uint8Array,
    ad: Uint8Array,
  ): Uint8Array | null;
  /**
   * XChaCha20-Poly1305: 32-byte key, 24-byte nonce, 16-byte tag appended.
   * With `output` (exactly `plaintext.length + 16` bytes, not overlapping
   * `plaintext`), the sealed bytes are written there and `output` is
   * returned: a caller that frames them (after a nonce) saves a copy.
   */
  xchacha20poly1305Seal(
    key: Uint8Array,
    nonce: Uint8Array,
    plaintext: Uint8Array,
    ad: Uint8Array,
    output?: Uint8Array,
  ): Uint8Array;
  /** Returns `null` when authentication fails. */
  xchacha20poly1305Open(
    key: Uint8Array,
    nonce: Uint8Array,
    ciphertext: Uint8Array,
    ad: Uint8Array,
  ): Uint8Array | null;
}

/** The noble/scure provider: pure JavaScript, runs everywhere. @internal */
export const portableProvider: CryptoProvider = {
  name: 'portable',
  randomBytes: (length) => nobleRandomBytes(length),
  sha256: (data) => sha256(data),
  sha512: (data) => sha512(data),
  hmacSha256: (key, data) => hmac(sha256, key, data),
  // One HMAC per input: cloning noble's keyed state measured no faster for two or three.
  hmacSha256Each: (key, inputs) => inputs.map((data) => hmac(sha256, key, data)),
  hmacSha512: (key, data) => hmac(sha512, key, data),
  hkdfSha256: (ikm, salt, info, length) => hkdf(sha256, ikm, salt, info, length),
  ed25519PublicKey: (seed) => ed25519.getPublicKey(seed),
  ed25519Sign: (seed, message) => ed25519.sign(message, seed),
  ed25519Verify: (publicKey, message, signature) => {
    try {
      return ed25519VerifyStrict(publicKey, message, signature);
    } catch {
      return false;
    }
  },
  p256PublicKey: (secret) => p256.getPublicKey(secret, true),
  p256Sign: (secret, message) => p256.sign(message, secret, { lowS: true }),
  p256Verify: (publicKey, message, signature) => {
    try {
      return p256.verify(signature, message, publicKey, { lowS: true });
    } catch {
      return false;
    }
  },
  x25519PublicKey: (secret) => x25519.getPublicKey(secret),
  x25519: (secret, publicKey) => {
    try {
      const shared = x25519.getSharedSecret(secret, publicKey);
      return shared.some((b) => b !== 0) ? shared : null;
    } catch {
      return null; // noble throws on the all-zero result
    }
  },
  mlKem1024PublicKey: (seed) => ml_kem1024.keygen(seed).publicKey,
  mlKem1024Encapsulate: (publicKey, randomness) => {
    const { cipherText, sharedSecret } = ml_kem1024.encapsulate(publicKey, randomness);
    return { ciphertext: cipherText, sharedSecret };
  },
  mlKem1024Decapsulate: (seed, ciphertext) =>
    ml_kem1024.decapsulate(ciphertext, ml_kem1024.keygen(seed).secretKey),
  chacha20poly1305Seal: (key, nonce, plaintext, ad) =>
    chacha20poly1305(key, nonce, ad).encrypt(plaintext),
  chacha20poly1305Open: (key, nonce, ciphertext, ad) => {
    try {
      return chacha20poly1305(key, nonce, ad).decrypt(ciphertext);
    } catch {
      return null;
    }
  },
  xchacha20poly1305Seal: (key, nonce, plaintext, ad, output) =>
    intoOutput(xchacha20poly1305(key, nonce, ad).encrypt(plaintext), output),
  xchacha20poly1305Open: (key, nonce, ciphertext, ad) => {
    try {
      return xchacha20poly1305(key, nonce, ad).decrypt(ciphertext);
    } catch {
      return null;
    }
  },
};

/**
 * `sealed`, or its bytes copied into `output` (of the same length) and
 * `output` returned: the `output` argument of the AEAD seals.
 *
 * @internal
 */
export function intoOutput(sealed: Uint8Array, output: Uint8Array | undefined): Uint8Array {
  if (output === undefined) return sealed;
  if (output.length !== sealed.length) throw new RangeError('bad output size');
  output.set(sealed);
  return output;
}

const ED25519_L = ed25519.Point.Fn.ORDER;

function littleEndian(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]!);
  return n;
}

/** Strict RFC 8032 verification with the cofactorless equation `[S]B == R + [k]A`, k = SHA-512(R || A || M) mod L. */
function ed25519VerifyStrict(
  publicKey: Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
): boolean {
  // The checks of noble's strict mode (canonical encodings of A and R, S < L, A
  // not of small order), R not of small order, and then the cofactorless
  // equation, as libsodium and OpenSSL (the native provider) check it, so
  // both providers accept exactly the same signatures. One equation instead
  // of noble's cofactored one plus ours.
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  const A = ed25519.Point.fromBytes(publicKey, false);
  if (A.isSmallOrder()) return false;
  const R = ed25519.Point.fromBytes(signature.subarray(0, 32), false);
  if (R.isSmallOrder()) return false; // only a forger makes one; libsodium refuses them too
  const S = littleEndian(signature.subarray(32));
  if (S >= ED25519_L) return false;
  const k =
    littleEndian(sha512(concatBytes(signature.subarray(0, 32), publicKey, message))) % ED25519_L;
  const sB = S === 0n ? ed25519.Point.ZERO : ed25519.Point.BASE.multiply(S);
  return sB.equals(R.add(A.multiplyUnsafe(k)));
}

/** Order of the P-256 group, for low-S normalisation. */
const P256_N = p256.Point.CURVE().n;

/**
 * Normalise a 64-byte P-256 `r || s` signature to low S (`s <= n/2`), the
 * one form verifiers accept. Hardware tokens such as SoftHSM return either.
 */
export function normalizeP256LowS(signature: Uint8Array): Uint8Array {
  if (signature.length !== 64)
    throw new NexusError('MALFORMED', 'P-256 signature must be 64 bytes');
  let s = 0n;
  for (let i = 32; i < 64; i++) s = (s << 8n) | BigInt(signature[i]!);
  if (s <= P256_N >> 1n) return signature;
  s = P256_N - s;
  const out = signature.slice();
  for (let i = 63; i >= 32; i--) {
    out[i] = Number(s & 0xffn);
    s >>= 8n;
  }
  return out;
}
