import { bytesKey } from './bytes.js';
import { Lru } from './lru.js';
import type { CryptoProvider } from './provider.js';

/**
 * The part of `sodium-native` (libsodium through N-API, prebuilt binaries in
 * its npm package) the SDK uses, typed here so the dependency stays optional.
 * Outputs are written into caller buffers; failures return `false` / `-1` or
 * throw, as noted.
 *
 * @internal
 */
export interface SodiumModule {
  /** Fills the buffer from the OS's random source (getrandom). */
  randombytes_buf(buffer: Uint8Array): void;
  crypto_hash_sha256(out: Uint8Array, input: Uint8Array): void;
  crypto_core_ed25519_add(r: Uint8Array, p: Uint8Array, q: Uint8Array): void;
  crypto_hash_sha512(out: Uint8Array, input: Uint8Array): void;
  crypto_sign_seed_keypair(pk: Uint8Array, sk: Uint8Array, seed: Uint8Array): void;
  crypto_sign_detached(sig: Uint8Array, message: Uint8Array, sk: Uint8Array): void;
  crypto_sign_verify_detached(sig: Uint8Array, message: Uint8Array, pk: Uint8Array): boolean;
  crypto_scalarmult_base(q: Uint8Array, n: Uint8Array): void;
  /** Throws when the result is all zero. */
  crypto_scalarmult(q: Uint8Array, n: Uint8Array, p: Uint8Array): void;
  crypto_aead_chacha20poly1305_ietf_encrypt(
    c: Uint8Array,
    m: Uint8Array,
    ad: Uint8Array | null,
    nsec: null,
    npub: Uint8Array,
    k: Uint8Array,
  ): number;
  /** Throws when authentication fails. */
  crypto_aead_chacha20poly1305_ietf_decrypt(
    m: Uint8Array,
    nsec: null,
    c: Uint8Array,
    ad: Uint8Array | null,
    npub: Uint8Array,
    k: Uint8Array,
  ): number;
  crypto_aead_xchacha20poly1305_ietf_encrypt(
    c: Uint8Array,
    m: Uint8Array,
    ad: Uint8Array | null,
    nsec: null,
    npub: Uint8Array,
    k: Uint8Array,
  ): number;
  /** Throws when authentication fails. */
  crypto_aead_xchacha20poly1305_ietf_decrypt(
    m: Uint8Array,
    nsec: null,
    c: Uint8Array,
    ad: Uint8Array | null,
    npub: Uint8Array,
    k: Uint8Array,
  ): number;
}

/** The primitives libsodium provides; the rest stay with node:crypto or noble. @internal */
export type SodiumPrimitives = Pick<
  CryptoProvider,
  | 'randomBytes'
  | 'sha256'
  | 'sha512'
  | 'hmacSha256'
  | 'hmacSha512'
  | 'ed25519PublicKey'
  | 'ed25519Sign'
  | 'ed25519Verify'
  | 'x25519PublicKey'
  | 'x25519'
  | 'chacha20poly1305Seal'
  | 'chacha20poly1305Open'
  | 'xchacha20poly1305Seal'
  | 'xchacha20poly1305Open'
> &
  Required<Pick<CryptoProvider, 'ed25519DecodesOnCurve'>>;

/**
 * `sodium-native` when it is installed and loads on this runtime, else null.
 * It is an optional dependency: without it (a browser, a platform it has no
 * binary for) the native provider simply uses node:crypto for everything.
 *
 * @internal
 */
export function loadSodium(): SodiumModule | null {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
    .process;
  try {
    const module = process?.getBuiltinModule?.('node:module') as
      { createRequire(from: string): (id: string) => unknown } | undefined;
    if (!module) return null;
    const sodium = module.createRequire(import.meta.url)('sodium-native') as Partial<SodiumModule>;
    return typeof sodium.crypto_scalarmult === 'function' ? (sodium as SodiumModule) : null;
  } catch {
    return null; // not installed, or no binary for this platform
  }
}

/**
 * The primitives of `sodium` with exactly the portable provider's semantics
 * (the extra checks below close the gaps where libsodium differs from noble).
 * Calls into libsodium cost well under a microsecond, against 3-15 µs for a
 * node:crypto call on Node 24 (object set-up and key import), which is what
 * makes it the faster choice for the per-message primitives.
 *
 * @internal
 */
export function sodiumPrimitives(sodium: SodiumModule): SodiumPrimitives {
  // seed -> seed || public key, libsodium's signing key. Bounded: see the
  // KeyCache trade-off in native.ts. Evicted keys are zeroed.
  const signingKeys = new Lru<string, Uint8Array>(256, (sk) => sk.fill(0));
  const signingKey = (seed: Uint8Array): Uint8Array => {
    if (seed.length !== 32) throw new RangeError('Ed25519 seed must be 32 bytes');
    return signingKeys.get(bytesKey(seed), () => {
      const sk = new Uint8Array(64);
      sodium.crypto_sign_seed_keypair(new Uint8Array(32), sk, seed);
      return sk;
    });
  };
  const pointScratch = new Uint8Array(32);
  const sha256 = (data: Uint8Array) => {
    const out = new Uint8Array(32);
    sodium.crypto_hash_sha256(out, data);
    return out;
  };
  const sha512 = (data: Uint8Array) => {
    const out = new Uint8Array(64);
    sodium.crypto_hash_sha512(out, data);
    return out;
  };
  const hmacSha256 = hmac((out, data) => sodium.crypto_hash_sha256(out, data), 64, 32);
  const aead = (
    seal: SodiumModule['crypto_aead_chacha20poly1305_ietf_encrypt'],
    open: SodiumModule['crypto_aead_chacha20poly1305_ietf_decrypt'],
    nonceLength: number,
  ) => ({
    seal(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array, ad: Uint8Array) {
      if (key.length !== 32 || nonce.length !== nonceLength)
        throw new RangeError('bad key or nonce size');
      const out = new Uint8Array(plaintext.length + 16);
      seal(out, plaintext, ad, null, nonce, key);
      return out;
    },
    open(key: Uint8Array, nonce: Uint8Array, ciphertext: Uint8Array, ad: Uint8Array) {
      if (key.length !== 32 || nonce.length !== nonceLength || ciphertext.length < 16) return null;
      const out = new Uint8Array(ciphertext.length - 16);
      try {
        open(out, null, ciphertext, ad, nonce, key);
        return out;
      } catch {
        return null; // libsodium writes nothing when the tag is wrong
      }
    },
  });
  const chacha = aead(
    sodium.crypto_aead_chacha20poly1305_ietf_encrypt.bind(sodium),
    sodium.crypto_aead_chacha20poly1305_ietf_decrypt.bind(sodium),
    12,
  );
  const xchacha = aead(
    sodium.crypto_aead_xchacha20poly1305_ietf_encrypt.bind(sodium),
    sodium.crypto_aead_xchacha20poly1305_ietf_decrypt.bind(sodium),
    24,
  );

  return {
    randomBytes: (length) => {
      const out = new Uint8Array(length);
      sodium.randombytes_buf(out);
      return out;
    },
    sha256,
    sha512,
    hmacSha256,
    // crypto_core_ed25519_add decodes both points and checks they are on the
    // curve (no subgroup check, unlike is_valid_point, which costs 3x more).
    ed25519DecodesOnCurve: (bytes) => {
      if (bytes.length !== 32) return false;
      try {
        sodium.crypto_core_ed25519_add(pointScratch, bytes, bytes);
        return true;
      } catch {
        return false;
      }
    },
    hmacSha512: hmac((out, data) => sodium.crypto_hash_sha512(out, data), 128, 64),

    ed25519PublicKey: (seed) => signingKey(seed).slice(32),
    ed25519Sign: (seed, message) => {
      const signature = new Uint8Array(64);
      sodium.crypto_sign_detached(signature, message, signingKey(seed));
      return signature;
    },
    ed25519Verify: (publicKey, message, signature) => {
      if (publicKey.length !== 32 || signature.length !== 64) return false;
      // libsodium checks what spec/identity.md §1 asks: S < L, canonical A
      // not of small order, R not of small order, the cofactorless equation,
      // and R compared byte for byte with its own (canonical) encoding.
      return sodium.crypto_sign_verify_detached(signature, message, publicKey);
    },

    x25519PublicKey: (secret) => {
      if (secret.length !== 32) throw new RangeError('X25519 secret must be 32 bytes');
      const out = new Uint8Array(32);
      sodium.crypto_scalarmult_base(out, secret);
      return out;
    },
    x25519: (secret, publicKey) => {
      if (secret.length !== 32 || publicKey.length !== 32) return null;
      const out = new Uint8Array(32);
      try {
        sodium.crypto_scalarmult(out, secret, publicKey);
      } catch {
        return null; // libsodium refuses the all-zero result (a low-order peer key)
      }
      return out.some((b) => b !== 0) ? out : null;
    },

    chacha20poly1305Seal: chacha.seal,
    chacha20poly1305Open: chacha.open,
    xchacha20poly1305Seal: xchacha.seal,
    xchacha20poly1305Open: xchacha.open,
  };
}

/** HMAC (RFC 2104) over a one-shot hash with block size `block`: H(K ^ opad || H(K ^ ipad || m)). */
function hmac(
  hashInto: (out: Uint8Array, data: Uint8Array) => void,
  block: number,
  size: number,
): (key: Uint8Array, data: Uint8Array) => Uint8Array {
  // Scratch buffers for the padded key blocks: HMAC runs on every ratchet
  // step, and allocating them each time cost more than the two hashes.
  // Synchronous and never re-entered, so sharing them is safe; zeroed after use.
  const SCRATCH = 256;
  const innerScratch = new Uint8Array(block + SCRATCH);
  const outer = new Uint8Array(block + size);
  const longKey = new Uint8Array(size);
  return (key, data) => {
    let k = key;
    if (key.length > block) {
      hashInto(longKey, key);
      k = longKey;
    }
    const inner =
      data.length <= SCRATCH
        ? innerScratch.subarray(0, block + data.length)
        : new Uint8Array(block + data.length);
    inner.fill(0x36, 0, block);
    outer.fill(0x5c, 0, block);
    for (let i = 0; i < k.length; i++) {
      inner[i] = k[i]! ^ 0x36;
      outer[i] = k[i]! ^ 0x5c;
    }
    inner.set(data, block);
    hashInto(outer.subarray(block), inner);
    const out = new Uint8Array(size);
    hashInto(out, outer);
    inner.fill(0);
    outer.fill(0);
    longKey.fill(0);
    return out;
  };
}
