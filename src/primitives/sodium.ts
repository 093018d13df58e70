import { bytesKey } from './bytes.js';
import { Lru } from './lru.js';
import type { CryptoProvider } from './portable.js';

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
  | 'hmacSha256Each'
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
  const stage = new Staging();
  // seed -> seed || public key, libsodium's signing key. Bounded: see the
  // KeyCache trade-off in native.ts. Evicted keys are zeroed. Each is handed
  // to libsodium on every signature, so it is made outside V8's heap.
  const signingKeys = new Lru<string, Uint8Array>(256, (sk) => sk.fill(0));
  const signingKey = (seed: Uint8Array): Uint8Array => {
    if (seed.length !== 32) throw new RangeError('Ed25519 seed must be 32 bytes');
    return signingKeys.get(bytesKey(seed), () => {
      const sk = new Uint8Array(new ArrayBuffer(64));
      try {
        sodium.crypto_sign_seed_keypair(stage.out(0, 32), sk, stage.in(1, seed));
      } finally {
        stage.wipe();
      }
      return sk;
    });
  };
  const pointScratch = new Uint8Array(new ArrayBuffer(32));
  const sha256 = (data: Uint8Array) => {
    try {
      const out = stage.out(0, 32);
      sodium.crypto_hash_sha256(out, stage.in(1, data));
      return out.slice();
    } finally {
      stage.wipe();
    }
  };
  const sha512 = (data: Uint8Array) => {
    try {
      const out = stage.out(0, 64);
      sodium.crypto_hash_sha512(out, stage.in(1, data));
      return out.slice();
    } finally {
      stage.wipe();
    }
  };
  const hmacSha256 = hmac((out, data) => sodium.crypto_hash_sha256(out, data), 64, 32);
  const hmacSha512 = hmac((out, data) => sodium.crypto_hash_sha512(out, data), 128, 64);
  const aead = (
    seal: SodiumModule['crypto_aead_chacha20poly1305_ietf_encrypt'],
    open: SodiumModule['crypto_aead_chacha20poly1305_ietf_decrypt'],
    nonceLength: number,
  ) => ({
    seal(
      key: Uint8Array,
      nonce: Uint8Array,
      plaintext: Uint8Array,
      ad: Uint8Array,
      output?: Uint8Array,
    ) {
      if (key.length !== 32 || nonce.length !== nonceLength)
        throw new RangeError('bad key or nonce size');
      if (output !== undefined && output.length !== plaintext.length + 16)
        throw new RangeError('bad output size');
      const size = plaintext.length + 16;
      const staged = output === undefined && size <= IN_HEAP_MAX;
      try {
        const out = output ?? (staged ? stage.out(0, size) : new Uint8Array(size));
        seal(
          out,
          stage.in(1, plaintext),
          stage.in(2, ad),
          null,
          stage.in(3, nonce),
          stage.in(4, key),
        );
        return staged ? out.slice() : out;
      } finally {
        stage.wipe();
      }
    },
    open(key: Uint8Array, nonce: Uint8Array, ciphertext: Uint8Array, ad: Uint8Array) {
      if (key.length !== 32 || nonce.length !== nonceLength || ciphertext.length < 16) return null;
      const size = ciphertext.length - 16;
      const staged = size <= IN_HEAP_MAX;
      try {
        const out = staged ? stage.out(0, size) : new Uint8Array(size);
        open(
          out,
          null,
          stage.in(1, ciphertext),
          stage.in(2, ad),
          stage.in(3, nonce),
          stage.in(4, key),
        );
        return staged ? out.slice() : out;
      } catch {
        return null; // libsodium writes nothing when the tag is wrong
      } finally {
        stage.wipe();
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
      if (length > IN_HEAP_MAX) {
        const out = new Uint8Array(length);
        sodium.randombytes_buf(out);
        return out;
      }
      try {
        const out = stage.out(0, length);
        sodium.randombytes_buf(out);
        return out.slice();
      } finally {
        stage.wipe();
      }
    },
    sha256,
    sha512,
    hmacSha256: hmacSha256.one,
    hmacSha256Each: hmacSha256.each,
    // crypto_core_ed25519_add decodes both points and checks they are on the
    // curve (no subgroup check, unlike is_valid_point, which costs 3x more).
    ed25519DecodesOnCurve: (bytes) => {
      if (bytes.length !== 32) return false;
      try {
        const point = stage.in(0, bytes);
        sodium.crypto_core_ed25519_add(pointScratch, point, point);
        return true;
      } catch {
        return false;
      } finally {
        stage.wipe();
      }
    },
    hmacSha512: hmacSha512.one,

    ed25519PublicKey: (seed) => signingKey(seed).slice(32),
    ed25519Sign: (seed, message) => {
      const sk = signingKey(seed);
      try {
        const signature = stage.out(0, 64);
        sodium.crypto_sign_detached(signature, stage.in(1, message), sk);
        return signature.slice();
      } finally {
        stage.wipe();
      }
    },
    ed25519Verify: (publicKey, message, signature) => {
      if (publicKey.length !== 32 || signature.length !== 64) return false;
      // libsodium checks what spec/identity.md §1 asks: S < L, canonical A
      // not of small order, R not of small order, the cofactorless equation,
      // and R compared byte for byte with its own (canonical) encoding.
      try {
        return sodium.crypto_sign_verify_detached(
          stage.in(0, signature),
          stage.in(1, message),
          stage.in(2, publicKey),
        );
      } finally {
        stage.wipe();
      }
    },

    x25519PublicKey: (secret) => {
      if (secret.length !== 32) throw new RangeError('X25519 secret must be 32 bytes');
      try {
        const out = stage.out(0, 32);
        sodium.crypto_scalarmult_base(out, stage.in(1, secret));
        return out.slice();
      } finally {
        stage.wipe();
      }
    },
    x25519: (secret, publicKey) => {
      if (secret.length !== 32 || publicKey.length !== 32) return null;
      try {
        const out = stage.out(0, 32);
        try {
          sodium.crypto_scalarmult(out, stage.in(1, secret), stage.in(2, publicKey));
        } catch {
          return null; // libsodium refuses the all-zero result (a low-order peer key)
        }
        return out.some((b) => b !== 0) ? out.slice() : null;
      } finally {
        stage.wipe();
      }
    },

    chacha20poly1305Seal: chacha.seal,
    chacha20poly1305Open: chacha.open,
    xchacha20poly1305Seal: xchacha.seal,
    xchacha20poly1305Open: xchacha.open,
  };
}

/**
 * V8 keeps a typed array of up to this many bytes inside its heap, and
 * handing one to native code makes it first move the bytes to an allocation
 * of their own: 0.3-1 µs, more than a SHA-256 block. Larger arrays (and
 * views of them) are already outside.
 */
const IN_HEAP_MAX = 64;

/**
 * Where small arguments and results meet libsodium: a few 64-byte slots of
 * one buffer allocated once, outside V8's heap (an explicit ArrayBuffer). A
 * small input is copied into a slot, a small result written to one and
 * copied out; larger ones go to libsodium as they are. Calls are synchronous
 * and never re-entered; the slots are zeroed after each (they hold keys and
 * plaintexts).
 */
class Staging {
  static readonly SLOTS = 5;
  readonly #bytes = new Uint8Array(new ArrayBuffer(Staging.SLOTS * IN_HEAP_MAX));
  /** Views by slot and length, made on first use. */
  readonly #views: Uint8Array[][] = Array.from({ length: Staging.SLOTS }, () => []);

  #view(slot: number, length: number): Uint8Array {
    return (this.#views[slot]![length] ??= this.#bytes.subarray(
      slot * IN_HEAP_MAX,
      slot * IN_HEAP_MAX + length,
    ));
  }

  /** `bytes` itself when it is large, else a copy of it in slot `slot`. */
  in(slot: number, bytes: Uint8Array): Uint8Array {
    if (bytes.length > IN_HEAP_MAX) return bytes;
    const view = this.#view(slot, bytes.length);
    view.set(bytes);
    return view;
  }

  /** Slot `slot` as a result of `length` (at most {@link IN_HEAP_MAX}) bytes: copy it out before {@link wipe}. */
  out(slot: number, length: number): Uint8Array {
    return this.#view(slot, length);
  }

  wipe(): void {
    this.#bytes.fill(0);
  }
}

/**
 * HMAC (RFC 2104) over a one-shot hash with block size `block`: H(K ^ opad
 * || H(K ^ ipad || m)). `each` MACs several inputs under one key and pads
 * the key once (a chain-key step derives two or three keys from one chain
 * key).
 */
function hmac(
  hashInto: (out: Uint8Array, data: Uint8Array) => void,
  block: number,
  size: number,
): {
  one: (key: Uint8Array, data: Uint8Array) => Uint8Array;
  each: (key: Uint8Array, inputs: readonly Uint8Array[]) => Uint8Array[];
} {
  // Scratch buffers for the padded key blocks: HMAC runs on every ratchet
  // step, and allocating them each time cost more than the two hashes.
  // Synchronous and never re-entered, so sharing them is safe; zeroed after use.
  const SCRATCH = 256;
  const innerScratch = new Uint8Array(block + SCRATCH);
  const outer = new Uint8Array(block + size);
  const innerHash = outer.subarray(block);
  // Both handed to the hash, so made outside V8's heap (see IN_HEAP_MAX).
  const longKey = new Uint8Array(new ArrayBuffer(size));
  const result = new Uint8Array(new ArrayBuffer(size));
  /** Write the two padded key blocks: `innerScratch[0..block)` and `outer[0..block)`. */
  const padKey = (key: Uint8Array) => {
    let k = key;
    if (key.length > block) {
      hashInto(longKey, key);
      k = longKey;
    }
    innerScratch.fill(0x36, 0, block);
    outer.fill(0x5c, 0, block);
    for (let i = 0; i < k.length; i++) {
      innerScratch[i] = k[i]! ^ 0x36;
      outer[i] = k[i]! ^ 0x5c;
    }
  };
  /** The MAC of `data` under the key {@link padKey} wrote. */
  const mac = (data: Uint8Array) => {
    let inner: Uint8Array;
    if (data.length <= SCRATCH) {
      inner = innerScratch.subarray(0, block + data.length);
      inner.set(data, block);
    } else {
      inner = new Uint8Array(block + data.length);
      inner.set(innerScratch.subarray(0, block));
      inner.set(data, block);
    }
    hashInto(innerHash, inner);
    // A copy of the input (a plaintext, for a hedged nonce) and, when allocated, of the key.
    inner.fill(0, inner.buffer === innerScratch.buffer ? block : 0);
    // Written outside V8's heap and copied out: see IN_HEAP_MAX.
    hashInto(result, outer);
    return result.slice();
  };
  const wipe = () => {
    innerScratch.fill(0, 0, block);
    outer.fill(0);
    longKey.fill(0);
    result.fill(0);
  };
  return {
    one(key, data) {
      padKey(key);
      try {
        return mac(data);
      } finally {
        wipe();
      }
    },
    each(key, inputs) {
      padKey(key);
      try {
        return inputs.map(mac);
      } finally {
        wipe();
      }
    },
  };
}
