import { bytesKey, fromHex, toHex } from './bytes.js';
import { Lru } from './lru.js';
import type * as NodeCrypto from 'node:crypto';
import { hchacha } from '@noble/ciphers/chacha.js';
import { intoOutput, normalizeP256LowS, portableProvider } from './portable.js';
import type { CryptoProvider } from './portable.js';
import { loadSodium, sodiumPrimitives } from './sodium.js';
import type { SodiumPrimitives } from './sodium.js';

type NodeCryptoModule = typeof NodeCrypto;
type KeyObject = NodeCrypto.KeyObject;

/** Every primitive of {@link CryptoProvider}, by name. @internal */
export type PrimitiveName = Exclude<keyof CryptoProvider, 'name' | 'ed25519DecodesOnCurve'>;

/** Where a native-provider primitive comes from. @internal */
export type NativeSource = 'libsodium' | 'node:crypto' | 'portable';

/** Options of {@link createNativeProvider}. @internal */
export interface NativeProviderOptions {
  /** Use libsodium (`sodium-native`) where it is installed and faster; default true. */
  readonly sodium?: boolean;
}

/**
 * The provider backed by native code, or `null` where there is no
 * `node:crypto` (browsers). Each primitive comes from whichever
 * implementation measured faster ({@link NATIVE_CHOICES}): libsodium through
 * the optional `sodium-native` addon, else OpenSSL through `node:crypto`. One
 * that is missing or fails its self-test here falls back to the next:
 * libsodium to node:crypto, node:crypto to the portable implementation (Node
 * before 24.7 has no ML-KEM; Bun, Deno or workerd emulate `node:crypto` only
 * in part).
 *
 * `node:crypto` is reached through `process.getBuiltinModule` rather than an
 * import, so that the SDK still bundles for browsers untouched.
 *
 * @internal
 */
export function createNativeProvider(options: NativeProviderOptions = {}): CryptoProvider | null {
  const node = loadNodeCrypto();
  if (!node) return null;
  const all = nodeCryptoProvider(node);
  const sodium = options.sodium === false ? null : loadSodium();
  const fromSodium = sodium ? sodiumPrimitives(sodium) : null;
  const chosen: Partial<Record<PrimitiveName, unknown>> = {};
  const sources: Partial<Record<PrimitiveName, NativeSource>> = {};
  for (const name of Object.keys(NATIVE_CHOICES) as PrimitiveName[]) {
    const choice = NATIVE_CHOICES[name];
    const sodiumImpl = fromSodium?.[name as keyof SodiumPrimitives];
    const source: NativeSource =
      choice === 'libsodium' &&
      sodiumImpl &&
      passes({ ...all, [name]: sodiumImpl } as CryptoProvider, name)
        ? 'libsodium'
        : choice !== 'portable' && passes(all, name)
          ? 'node:crypto'
          : 'portable';
    sources[name] = source;
    chosen[name] =
      source === 'libsodium'
        ? sodiumImpl
        : source === 'node:crypto'
          ? all[name]
          : portableProvider[name];
  }
  // The fast point check (optional): a known point passes, one off the curve does not.
  const pointCheck = fromSodium?.ed25519DecodesOnCurve;
  if (pointCheck && pointCheck(ED_PUBLIC) && !pointCheck(Uint8Array.of(2, ...new Uint8Array(31))))
    (chosen as { ed25519DecodesOnCurve?: unknown }).ed25519DecodesOnCurve = pointCheck;
  // libsodium's HMAC wins on short inputs (chain keys), OpenSSL's SHA-256
  // (SHA-NI) from about 512 bytes up (the hedged nonce over a whole
  // plaintext): use each where it wins. The long inner hash goes through the
  // one-shot `crypto.hash`, with no Hmac object or KeyObject to set up.
  if (sources.hmacSha256 === 'libsodium' && passes(all, 'hmacSha256')) {
    const short = chosen.hmacSha256 as CryptoProvider['hmacSha256'];
    const oneShot = typeof node.hash === 'function' ? node.hash : undefined;
    const outerHash = fromSodium?.sha256;
    const viaHash =
      oneShot && outerHash
        ? hmacSha256ByHash((data) => oneShot('sha256', data, 'buffer'), outerHash)
        : undefined;
    const long = viaHash && agreesOnLongInput(viaHash, all.hmacSha256) ? viaHash : all.hmacSha256;
    chosen.hmacSha256 = (key: Uint8Array, data: Uint8Array) =>
      data.length >= LONG_HMAC_INPUT ? long(key, data) : short(key, data);
  }
  const provider: CryptoProvider = { ...(chosen as Omit<CryptoProvider, 'name'>), name: 'native' };
  nativeSources.set(provider, sources as Record<PrimitiveName, NativeSource>);
  return provider;
}

/** From this many bytes of input, node:crypto's HMAC-SHA-256 is faster than libsodium's (bench/primitives.ts). */
const LONG_HMAC_INPUT = 512;

/** Whether two HMAC-SHA-256 implementations agree on a long input (and a long key): the self-test of the long path. */
function agreesOnLongInput(
  a: CryptoProvider['hmacSha256'],
  b: CryptoProvider['hmacSha256'],
): boolean {
  try {
    const data = Uint8Array.from({ length: 1500 }, (_, i) => i);
    const key = data.subarray(0, 100);
    return (
      toHex(a(key, data)) === toHex(b(key, data)) && toHex(a(KEY, data)) === toHex(b(KEY, data))
    );
  } catch {
    return false;
  }
}

/**
 * HMAC-SHA-256 (RFC 2104) from two one-shot SHA-256 calls,
 * `outer(K ^ opad || inner(K ^ ipad || m))`: for long messages, where
 * `inner` is OpenSSL's one-shot `crypto.hash` (SHA-NI) and `outer`, on 96
 * bytes, libsodium's. About 2x faster than `createHmac` on 1 KiB, which
 * makes a KeyObject and an Hmac object per call.
 */
function hmacSha256ByHash(
  inner: (data: Uint8Array) => Uint8Array,
  outer: (data: Uint8Array) => Uint8Array,
): (key: Uint8Array, data: Uint8Array) => Uint8Array {
  // Reused for inputs up to 4 KiB (every hedged nonce of a short message):
  // synchronous and never re-entered; zeroed after use, as it holds the input.
  const scratch = new Uint8Array(64 + 4096);
  const outerInput = new Uint8Array(64 + 32);
  return (key, data) => {
    const k = key.length > 64 ? outer(key) : key;
    const innerInput =
      64 + data.length <= scratch.length
        ? scratch.subarray(0, 64 + data.length)
        : new Uint8Array(64 + data.length);
    innerInput.fill(0x36, 0, 64);
    outerInput.fill(0x5c, 0, 64);
    for (let i = 0; i < k.length; i++) {
      innerInput[i] = k[i]! ^ 0x36;
      outerInput[i] = k[i]! ^ 0x5c;
    }
    innerInput.set(data, 64);
    const innerHash = inner(innerInput);
    innerInput.fill(0);
    outerInput.set(innerHash, 64);
    innerHash.fill(0);
    try {
      return outer(outerInput);
    } finally {
      outerInput.fill(0);
      if (k !== key) k.fill(0);
    }
  };
}

const nativeSources = new WeakMap<object, Record<PrimitiveName, NativeSource>>();

/**
 * Where each primitive of a provider made by {@link createNativeProvider}
 * comes from (for tests and the benchmark's report).
 *
 * @internal
 */
export function nativeSourcesOf(
  provider: CryptoProvider,
): Readonly<Record<PrimitiveName, NativeSource>> | undefined {
  return nativeSources.get(provider);
}

/**
 * Which implementation the native provider prefers for each primitive, from
 * `node scripts/run-ts.mjs bench/primitives.ts` on Node 24.21 (OpenSSL 3.5,
 * libsodium from sodium-native 5.1.0), for the input sizes the protocol
 * uses. libsodium wins the public-key and AEAD operations: a call costs well
 * under a microsecond, where a node:crypto call pays 3-15 µs of object
 * set-up and, for public keys, an OpenSSL key import per new key (X25519 DH
 * with fresh keys: 29 µs against 107; Ed25519 verify 37 µs against 64;
 * ChaCha20-Poly1305 on 1 KiB: 1.4 µs against 6.2), and HMAC on short inputs
 * (the chain-key steps). OpenSSL's SHA-256 is faster from 1 KiB up (SHA-NI),
 * so hashes and HKDF stay there. ML-KEM and P-256 are not in libsodium and
 * come from node:crypto, 3-40x faster than noble. Set an
 * entry to `'node:crypto'` or `'portable'` to opt a primitive out.
 *
 * @internal
 */
export const NATIVE_CHOICES: Readonly<Record<PrimitiveName, NativeSource>> = {
  randomBytes: 'libsodium',
  sha256: 'node:crypto',
  sha512: 'node:crypto',
  hmacSha256: 'libsodium',
  hmacSha256Each: 'libsodium',
  hmacSha512: 'libsodium',
  hkdfSha256: 'node:crypto',
  ed25519PublicKey: 'libsodium',
  ed25519Sign: 'libsodium',
  ed25519Verify: 'libsodium',
  p256PublicKey: 'node:crypto',
  p256Sign: 'node:crypto',
  p256Verify: 'node:crypto',
  x25519PublicKey: 'libsodium',
  x25519: 'libsodium',
  mlKem1024PublicKey: 'node:crypto',
  mlKem1024Encapsulate: 'node:crypto',
  mlKem1024Decapsulate: 'node:crypto',
  chacha20poly1305Seal: 'libsodium',
  chacha20poly1305Open: 'libsodium',
  xchacha20poly1305Seal: 'libsodium',
  xchacha20poly1305Open: 'libsodium',
};

function loadNodeCrypto(): NodeCryptoModule | null {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
    .process;
  try {
    return (process?.getBuiltinModule?.('node:crypto') as NodeCryptoModule | undefined) ?? null;
  } catch {
    return null;
  }
}

function passes(p: CryptoProvider, name: PrimitiveName): boolean {
  try {
    return SELF_TESTS[name](p);
  } catch {
    return false;
  }
}

const EMPTY = new Uint8Array(0);
const KEY = Uint8Array.from({ length: 32 }, (_, i) => i);
const NONCE12 = new Uint8Array(12).fill(9);
const NONCE24 = new Uint8Array(24).fill(9);
const AD = new Uint8Array([1, 2, 3]);
const PLAINTEXT = new Uint8Array([4, 5, 6, 7]);
/** RFC 4231 test case 1. */
const HMAC_KEY = new Uint8Array(20).fill(0x0b);
const HI_THERE = new Uint8Array([0x48, 0x69, 0x20, 0x54, 0x68, 0x65, 0x72, 0x65]);
/** RFC 8032 §7.1 TEST 1: seed, public key, signature of the empty message. */
const ED_SEED = fromHex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');
const ED_PUBLIC = fromHex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
const ED_SIGNATURE = fromHex(
  'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
);
/** RFC 7748 §6.1: Alice's secret, Bob's public key. */
const X_SECRET = fromHex('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a');
const X_PEER = fromHex('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f');
/** The P-256 scalar 1, whose public key is the generator G, and a signature of KEY by it. */
const P256_ONE = new Uint8Array(32).fill(1, 31);
const P256_G = fromHex('036b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296');
const P256_SIGNATURE = fromHex(
  'b5503c2e9459de1a67825b942b9331adce30f24a637826a376828f9a30acaeda2f0bf4d368555f18edb43de1ba3ff38618b535c90a9d103c2d2c29d069b67bf4',
);
const ML_KEM_SEED = new Uint8Array(64);

const startsWith = (bytes: Uint8Array | null, hexPrefix: string) =>
  bytes !== null && toHex(bytes.subarray(0, hexPrefix.length / 2)) === hexPrefix;

/**
 * One cheap check per primitive, run once when the provider is made: a
 * known answer (its first bytes tell a missing or different algorithm), or
 * a round trip for randomized operations. The RFC answers are cited; the
 * ML-KEM and AEAD answers, and the P-256 signature, are the portable
 * provider's. Only node:crypto runs here: noble's first use is slow.
 */
const SELF_TESTS: Readonly<Record<PrimitiveName, (p: CryptoProvider) => boolean>> = {
  // 16 bytes each: two draws are equal, or one all zero, with probability 2^-128.
  randomBytes: (p) => {
    const a = p.randomBytes(16);
    const b = p.randomBytes(16);
    return a.length === 16 && b.length === 16 && a.some((x, i) => x !== b[i]) && a.some((x) => x);
  },
  sha256: (p) => startsWith(p.sha256(EMPTY), 'e3b0c44298fc1c14'),
  sha512: (p) => startsWith(p.sha512(EMPTY), 'cf83e1357eefb8bd'),
  hmacSha256: (p) => startsWith(p.hmacSha256(HMAC_KEY, HI_THERE), 'b0344c61d8db3853'),
  hmacSha256Each: (p) => {
    const [first, second, ...rest] = p.hmacSha256Each(HMAC_KEY, [HI_THERE, KEY]);
    return (
      rest.length === 0 &&
      startsWith(first!, 'b0344c61d8db3853') &&
      second !== undefined &&
      toHex(second) === toHex(p.hmacSha256(HMAC_KEY, KEY))
    );
  },
  hmacSha512: (p) => startsWith(p.hmacSha512(HMAC_KEY, HI_THERE), '87aa7cdea5ef619d'),
  // RFC 5869 test case 3
  hkdfSha256: (p) =>
    startsWith(p.hkdfSha256(new Uint8Array(22).fill(0x0b), EMPTY, EMPTY, 42), '8da4e775a563c18f'),
  ed25519PublicKey: (p) => startsWith(p.ed25519PublicKey(ED_SEED), 'd75a980182b10ab7'),
  ed25519Sign: (p) => startsWith(p.ed25519Sign(ED_SEED, EMPTY), 'e5564300c360ac72'),
  ed25519Verify: (p) =>
    p.ed25519Verify(ED_PUBLIC, EMPTY, ED_SIGNATURE) &&
    !p.ed25519Verify(ED_PUBLIC, KEY, ED_SIGNATURE),
  p256PublicKey: (p) => startsWith(p.p256PublicKey(P256_ONE), '036b17d1f2e12c42'),
  p256Sign: (p) => p.p256Verify(P256_G, KEY, p.p256Sign(P256_ONE, KEY)),
  p256Verify: (p) =>
    p.p256Verify(P256_G, KEY, P256_SIGNATURE) && !p.p256Verify(P256_G, EMPTY, P256_SIGNATURE),
  x25519PublicKey: (p) => startsWith(p.x25519PublicKey(X_SECRET), '8520f0098930a754'),
  x25519: (p) => startsWith(p.x25519(X_SECRET, X_PEER), '4a5d9d5ba4ce2de1'),
  mlKem1024PublicKey: (p) => startsWith(p.mlKem1024PublicKey(ML_KEM_SEED), 'b1572c900b8b8202'),
  mlKem1024Encapsulate: (p) => {
    const { ciphertext, sharedSecret } = p.mlKem1024Encapsulate(p.mlKem1024PublicKey(ML_KEM_SEED));
    return toHex(p.mlKem1024Decapsulate(ML_KEM_SEED, ciphertext)) === toHex(sharedSecret);
  },
  // An invalid (all-zero) ciphertext: implicit rejection's answer J(z || c).
  mlKem1024Decapsulate: (p) =>
    startsWith(p.mlKem1024Decapsulate(ML_KEM_SEED, new Uint8Array(1568)), '5643649eb481a76e'),
  chacha20poly1305Seal: (p) =>
    toHex(p.chacha20poly1305Seal(KEY, NONCE12, PLAINTEXT, AD)) === CHACHA_SEALED,
  chacha20poly1305Open: (p) =>
    startsWith(p.chacha20poly1305Open(KEY, NONCE12, fromHex(CHACHA_SEALED), AD), '04050607') &&
    p.chacha20poly1305Open(KEY, NONCE12, fromHex(CHACHA_SEALED), EMPTY) === null,
  xchacha20poly1305Seal: (p) =>
    toHex(p.xchacha20poly1305Seal(KEY, NONCE24, PLAINTEXT, AD)) === XCHACHA_SEALED,
  xchacha20poly1305Open: (p) =>
    startsWith(p.xchacha20poly1305Open(KEY, NONCE24, fromHex(XCHACHA_SEALED), AD), '04050607') &&
    p.xchacha20poly1305Open(KEY, NONCE24, fromHex(XCHACHA_SEALED), EMPTY) === null,
};
const CHACHA_SEALED = '357a8da965277c6ae10948b6ff37021b7924d286';
const XCHACHA_SEALED = '11253278992957deaf64b85ecb5c944419e6e913';

/**
 * Every primitive through `node:crypto` where Node can do it at all, with the
 * portable provider's exact semantics (the extra checks below close the gaps
 * where OpenSSL is more lenient than noble). {@link createNativeProvider}
 * takes from it only the primitives that measured faster; the benchmark and
 * the vectors run it whole, so any choice can be flipped safely.
 *
 * @internal
 */
export function nodeCryptoProvider(node: NodeCryptoModule): CryptoProvider {
  const ed25519Private = (seed: Uint8Array) =>
    keys.get('ed25519-private', seed, () => importPkcs8(node, ED25519_PKCS8, seed, 32));
  const x25519Private = (secret: Uint8Array) =>
    keys.get('x25519-private', secret, () => importPkcs8(node, X25519_PKCS8, secret, 32));
  const p256Private = (secret: Uint8Array) =>
    keys.get('p256-private', secret, () => {
      if (!isP256Scalar(secret)) throw new RangeError('P-256 secret must be in [1, n-1]');
      return importPkcs8(node, P256_PKCS8, secret, 32);
    });
  const mlKemPrivate = (seed: Uint8Array) => {
    if (seed.length !== 64) throw new RangeError('ML-KEM-1024 seed must be 64 bytes');
    return keys.get('ml-kem-1024-private', seed, () =>
      node.createPrivateKey({
        key: seed as Buffer,
        format: 'raw-seed',
        asymmetricKeyType: 'ml-kem-1024',
      }),
    );
  };
  // Node's own check of a raw key argument (is it a KeyObject? a CryptoKey?)
  // walks the JS stack and costs more than a 64-byte HMAC; a secret KeyObject
  // made first skips it, 2-3x faster. Short-lived keys: not worth caching.
  const secretKey = (key: Uint8Array) => node.createSecretKey(key);
  // The one-shot `crypto.hash` (Node >= 21.7) skips the Hash object: about 2x on short inputs.
  const digest =
    typeof node.hash === 'function'
      ? (algorithm: string, data: Uint8Array) => node.hash(algorithm, data, 'buffer')
      : (algorithm: string, data: Uint8Array) => node.createHash(algorithm).update(data).digest();
  const keys = new KeyCache(256, (bytes) => digest('sha256', bytes));
  const publicKeyDer = (key: KeyObject) =>
    node.createPublicKey(key).export({ format: 'der', type: 'spki' });
  // The raw export is ~8x faster than DER on Node 24 (Ed25519/X25519 only);
  // runtimes without it (Node 22) take the 32-byte tail of the SPKI DER.
  let rawExport: boolean | undefined;
  const publicKeyRaw = (key: KeyObject): Uint8Array => {
    const pub = node.createPublicKey(key);
    if (rawExport !== false) {
      try {
        const raw = plain(pub.export({ format: 'raw-public' } as never) as unknown as Uint8Array);
        rawExport = true;
        return raw;
      } catch (err) {
        if (rawExport === true) throw err;
        rawExport = false;
      }
    }
    return tail(pub.export({ format: 'der', type: 'spki' }), 32);
  };

  const chachaSeal = (
    key: Uint8Array,
    nonce: Uint8Array,
    plaintext: Uint8Array,
    ad: Uint8Array,
  ) => {
    // Node refuses these sizes too, with its own errors; say it here, as noble does.
    if (key.length !== 32 || nonce.length !== 12) throw new RangeError('bad key or nonce size');
    const cipher = node.createCipheriv('chacha20-poly1305', secretKey(key), nonce, {
      authTagLength: 16,
    });
    cipher.setAAD(ad, { plaintextLength: plaintext.length });
    const body = cipher.update(plaintext);
    cipher.final(); // a stream cipher: nothing left to flush
    const out = new Uint8Array(body.length + 16);
    out.set(body);
    out.set(cipher.getAuthTag(), body.length);
    return out;
  };
  const chachaOpen = (
    key: Uint8Array,
    nonce: Uint8Array,
    ciphertext: Uint8Array,
    ad: Uint8Array,
  ) => {
    if (key.length !== 32 || nonce.length !== 12 || ciphertext.length < 16) return null;
    const length = ciphertext.length - 16;
    const decipher = node.createDecipheriv('chacha20-poly1305', secretKey(key), nonce, {
      authTagLength: 16,
    });
    decipher.setAAD(ad, { plaintextLength: length });
    decipher.setAuthTag(ciphertext.subarray(length));
    const plaintext = decipher.update(ciphertext.subarray(0, length));
    try {
      decipher.final(); // checks the tag (constant time, in OpenSSL)
      return plain(plaintext);
    } catch {
      plaintext.fill(0); // decrypted before the tag was checked: never let it out
      return null;
    }
  };

  return {
    name: 'node:crypto',
    randomBytes: (length) => node.randomFillSync(new Uint8Array(length)),
    sha256: (data) => plain(digest('sha256', data)),
    sha512: (data) => plain(digest('sha512', data)),
    hmacSha256: (key, data) =>
      plain(node.createHmac('sha256', secretKey(key)).update(data).digest()),
    hmacSha256Each: (key, inputs) => {
      const k = secretKey(key);
      return inputs.map((data) => plain(node.createHmac('sha256', k).update(data).digest()));
    },
    hmacSha512: (key, data) =>
      plain(node.createHmac('sha512', secretKey(key)).update(data).digest()),
    hkdfSha256: (ikm, salt, info, length) =>
      // Node caps `info` at 1024 bytes and refuses length 0; RFC 5869 (and noble) do neither.
      info.length > 1024 || length === 0
        ? portableProvider.hkdfSha256(ikm, salt, info, length)
        : new Uint8Array(node.hkdfSync('sha256', secretKey(ikm), salt, info, length)),

    ed25519PublicKey: (seed) => publicKeyRaw(ed25519Private(seed)),
    ed25519Sign: (seed, message) => plain(node.sign(null, message, ed25519Private(seed))),
    ed25519Verify: (publicKey, message, signature) => {
      // OpenSSL requires S < L, a canonical R (it compares R's bytes with its
      // own encoding) and the cofactorless equation. OpenSSL 3.5 also refuses
      // a small-order A, but neither that nor refusing a non-canonical A is
      // documented, and Node 22 ships OpenSSL 3.0: check both here, exactly
      // as noble's strict mode does. Public data: no constant-time concern.
      if (publicKey.length !== 32 || signature.length !== 64) return false;
      if (!isStrictEd25519PublicKey(publicKey)) return false;
      // A small-order R is refused too (spec/identity.md §1), as libsodium does.
      if (isSmallOrderEd25519(signature.subarray(0, 32))) return false;
      try {
        const key = keys.get('ed25519-public', publicKey, () =>
          importSpki(node, ED25519_SPKI, publicKey),
        );
        return node.verify(null, message, key, signature);
      } catch {
        return false;
      }
    },

    p256PublicKey: (secret) => compressP256Spki(node, publicKeyDer(p256Private(secret))),
    p256Sign: (secret, message) =>
      // OpenSSL picks a random nonce, so unlike noble's (RFC 6979) signatures
      // these are not reproducible: vectors sign with the portable provider.
      // And OpenSSL returns either S; the protocol wants the low one.
      normalizeP256LowS(
        plain(
          node.sign('sha256', message, { key: p256Private(secret), dsaEncoding: 'ieee-p1363' }),
        ),
      ),
    p256Verify: (publicKey, message, signature) => {
      if (signature.length !== 64 || !isLowS(signature)) return false;
      // OpenSSL also takes the hybrid form (0x06/0x07); noble only SEC1 compressed or uncompressed.
      const prefix =
        publicKey.length === 33 && (publicKey[0] === 2 || publicKey[0] === 3)
          ? P256_SPKI_COMPRESSED
          : publicKey.length === 65 && publicKey[0] === 4
            ? P256_SPKI_UNCOMPRESSED
            : null;
      if (!prefix) return false;
      try {
        const key = keys.get('p256-public', publicKey, () => importSpki(node, prefix, publicKey));
        return node.verify('sha256', message, { key, dsaEncoding: 'ieee-p1363' }, signature);
      } catch {
        return false;
      }
    },

    x25519PublicKey: (secret) => publicKeyRaw(x25519Private(secret)),
    x25519: (secret, publicKey) => {
      if (secret.length !== 32 || publicKey.length !== 32) return null;
      try {
        const shared = plain(
          node.diffieHellman({
            privateKey: x25519Private(secret),
            publicKey: keys.get('x25519-public', publicKey, () =>
              importSpki(node, X25519_SPKI, publicKey),
            ),
          }),
        );
        // OpenSSL already refuses the all-zero result; keep the portable check anyway.
        return shared.some((b) => b !== 0) ? shared : null;
      } catch {
        return null; // OpenSSL throws on the all-zero result
      }
    },

    mlKem1024PublicKey: (seed) =>
      plain(node.createPublicKey(mlKemPrivate(seed)).export({ format: 'raw-public' })),
    mlKem1024Encapsulate: (publicKey, randomness) => {
      // Node cannot take caller randomness; deterministic (vector) encapsulation stays on noble.
      if (randomness !== undefined)
        return portableProvider.mlKem1024Encapsulate(publicKey, randomness);
      if (publicKey.length !== 1568)
        throw new RangeError('ML-KEM-1024 public key must be 1568 bytes');
      // OpenSSL runs FIPS 203's modulus check on import, as noble does on use.
      const key = keys.get('ml-kem-1024-public', publicKey, () =>
        node.createPublicKey({
          key: publicKey as Buffer,
          format: 'raw-public',
          asymmetricKeyType: 'ml-kem-1024',
        }),
      );
      const { ciphertext, sharedKey } = node.encapsulate(key);
      return { ciphertext: plain(ciphertext), sharedSecret: plain(sharedKey) };
    },
    mlKem1024Decapsulate: (seed, ciphertext) => {
      if (ciphertext.length !== 1568)
        throw new RangeError('ML-KEM-1024 ciphertext must be 1568 bytes');
      // OpenSSL implements FIPS 203's implicit rejection: a forged ciphertext yields J(z || c).
      return plain(node.decapsulate(mlKemPrivate(seed), ciphertext));
    },

    chacha20poly1305Seal: chachaSeal,
    chacha20poly1305Open: chachaOpen,
    // Node has no XChaCha20: HChaCha20 (noble) makes the subkey, ChaCha20-Poly1305
    // (OpenSSL) does the rest, as draft-irtf-cfrg-xchacha §2.3 builds it.
    xchacha20poly1305Seal: (key, nonce, plaintext, ad, output) => {
      if (key.length !== 32 || nonce.length !== 24) throw new RangeError('bad key or nonce size');
      const subkey = hchacha20(key, nonce);
      try {
        return intoOutput(chachaSeal(subkey, xchachaInnerNonce(nonce), plaintext, ad), output);
      } finally {
        subkey.fill(0);
      }
    },
    xchacha20poly1305Open: (key, nonce, ciphertext, ad) => {
      if (key.length !== 32 || nonce.length !== 24) return null;
      const subkey = hchacha20(key, nonce);
      try {
        return chachaOpen(subkey, xchachaInnerNonce(nonce), ciphertext, ad);
      } finally {
        subkey.fill(0);
      }
    },
  };
}

/**
 * A bounded LRU of KeyObjects imported from raw key bytes, so a long-lived key
 * (identity, signed pre-key, a peer's key) is parsed by OpenSSL once rather
 * than on every sign, verify or DH.
 *
 * Trade-off: a cached private key outlives the caller's copy. Zeroing a seed
 * does not remove it from here until it is evicted (at most `capacity` newer
 * keys later), and the map key holds its bytes as an immutable string. That
 * is the price of not re-importing; the bound keeps the exposure small and
 * fixed, and OpenSSL frees the key memory once the KeyObject is collected.
 *
 * The lookup hashes and compares the key bytes in variable time; what that
 * can reveal is whether a key was used recently, not its bytes.
 */
class KeyCache {
  readonly #entries: Lru<string, KeyObject>;
  readonly #digest: (bytes: Uint8Array) => Uint8Array;

  /** @param digest a collision-resistant hash, to key long inputs (ML-KEM keys) by. */
  constructor(capacity: number, digest: (bytes: Uint8Array) => Uint8Array) {
    this.#entries = new Lru(capacity);
    this.#digest = digest;
  }

  get(kind: string, bytes: Uint8Array, create: () => KeyObject): KeyObject {
    // A 1568-byte ML-KEM key as a string costs more than hashing it.
    const id = bytes.length > 64 ? this.#digest(bytes) : bytes;
    return this.#entries.get(`${kind}:${bytes.length}:${bytesKey(id)}`, create);
  }
}

// DER headers of the PKCS#8 / SPKI structures for each key type; the raw key follows.
const ED25519_PKCS8 = fromHex('302e020100300506032b657004220420');
const ED25519_SPKI = fromHex('302a300506032b6570032100');
const X25519_PKCS8 = fromHex('302e020100300506032b656e04220420');
const X25519_SPKI = fromHex('302a300506032b656e032100');
// ECPrivateKey without the optional public key: OpenSSL derives it on import.
const P256_PKCS8 = fromHex(
  '3041020100301306072a8648ce3d020106082a8648ce3d030107042730250201010420',
);
const P256_SPKI_UNCOMPRESSED = fromHex('3059301306072a8648ce3d020106082a8648ce3d030107034200');
const P256_SPKI_COMPRESSED = fromHex('3039301306072a8648ce3d020106082a8648ce3d030107032200');

/** Order of the P-256 group, big-endian. */
const P256_N = fromHex('ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');
/** floor(n / 2): the largest low S. */
const P256_HALF_N = fromHex('7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a8');

function importPkcs8(
  node: NodeCryptoModule,
  header: Uint8Array,
  secret: Uint8Array,
  size: number,
): KeyObject {
  if (secret.length !== size) throw new RangeError(`secret must be ${size} bytes`);
  const der = new Uint8Array(header.length + size);
  der.set(header);
  der.set(secret, header.length);
  try {
    return node.createPrivateKey({ key: der as Buffer, format: 'der', type: 'pkcs8' });
  } finally {
    der.fill(0); // our copy of the secret; OpenSSL keeps its own
  }
}

function importSpki(node: NodeCryptoModule, header: Uint8Array, publicKey: Uint8Array): KeyObject {
  const der = new Uint8Array(header.length + publicKey.length);
  der.set(header);
  der.set(publicKey, header.length);
  return node.createPublicKey({ key: der as Buffer, format: 'der', type: 'spki' });
}

/** The uncompressed point at the end of a P-256 SPKI, compressed to 33 bytes (public data: branching is fine). */
function compressP256Spki(node: NodeCryptoModule, spki: Uint8Array): Uint8Array {
  return plain(
    node.ECDH.convertKey(
      tail(spki, 65),
      'prime256v1',
      undefined,
      undefined,
      'compressed',
    ) as Buffer,
  );
}

/**
 * Whether `secret` is a valid P-256 scalar, 1 <= d < n, as noble requires
 * (OpenSSL would reduce d >= n). Branch-free over the secret's bytes.
 */
function isP256Scalar(secret: Uint8Array): boolean {
  if (secret.length !== 32) return false;
  let any = 0;
  for (const b of secret) any |= b;
  const nonZero = (any + 0xff) >> 8; // 1 unless every byte is 0
  return (nonZero & lessThan(secret, P256_N)) === 1;
}

/** s <= floor(n / 2). The signature is public: no timing concern. */
function isLowS(signature: Uint8Array): boolean {
  return !lessThan(P256_HALF_N, signature.subarray(32));
}

/**
 * `a < b` for big-endian byte strings of one length: the borrow out of
 * `a - b`, computed over every byte whatever their values.
 */
function lessThan(a: Uint8Array, b: Uint8Array): 0 | 1 {
  let borrow = 0;
  for (let i = a.length - 1; i >= 0; i--) borrow = (a[i]! - b[i]! - borrow) >>> 31;
  return borrow as 0 | 1;
}

/**
 * The canonical encodings, sign bit ignored, of the eight small-order
 * Ed25519 points (as in libsodium's list; the non-canonical y = p, p + 1
 * fall to the y >= p check). noble's strict mode rejects them as A.
 */
const ED25519_SMALL_ORDER = [
  '0000000000000000000000000000000000000000000000000000000000000000', // y = 0, order 4
  '0100000000000000000000000000000000000000000000000000000000000000', // y = 1, identity
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05', // order 8
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a', // order 8
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // y = -1, order 2
].map(fromHex);

/**
 * Whether `publicKey` is an Ed25519 encoding noble's strict mode accepts as
 * A: canonical y < p and not of small order. (Whether it is on the curve at
 * all, OpenSSL checks.) Public data, so the early exits are fine.
 */
function isStrictEd25519PublicKey(publicKey: Uint8Array): boolean {
  // y >= p = 2^255 - 19: bytes ed..ff ff .. ff 7f with the sign bit cleared.
  let yAtLeastP = (publicKey[31]! & 0x7f) === 0x7f && publicKey[0]! >= 0xed;
  for (let i = 1; i < 31 && yAtLeastP; i++) yAtLeastP = publicKey[i] === 0xff;
  if (yAtLeastP) return false;
  return !isSmallOrderEd25519(publicKey);
}

/** Whether a canonical Ed25519 encoding is of a small-order point (either sign bit). */
function isSmallOrderEd25519(point: Uint8Array): boolean {
  return ED25519_SMALL_ORDER.some((bad) => {
    for (let i = 0; i < 31; i++) if (bad[i] !== point[i]) return false;
    return bad[31] === (point[31]! & 0x7f);
  });
}

/** HChaCha20(key, nonce[0..16]): the XChaCha20 subkey. */
function hchacha20(key: Uint8Array, nonce: Uint8Array): Uint8Array {
  const k = littleEndianWords(key);
  const out = new Uint32Array(8);
  hchacha(SIGMA, k, littleEndianWords(nonce.subarray(0, 16)), out);
  k.fill(0);
  const subkey = new Uint8Array(32);
  const view = new DataView(subkey.buffer);
  for (let i = 0; i < 8; i++) view.setUint32(4 * i, out[i]!, true);
  out.fill(0);
  return subkey;
}

/** "expand 32-byte k" */
const SIGMA = new Uint32Array([0x61707865, 0x3320646e, 0x79622d32, 0x6b206574]);

function littleEndianWords(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const words = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < words.length; i++) words[i] = view.getUint32(4 * i, true);
  return words;
}

/** The ChaCha20 nonce XChaCha20 uses with the subkey: four zero bytes, then nonce[16..24]. */
function xchachaInnerNonce(nonce: Uint8Array): Uint8Array {
  const inner = new Uint8Array(12);
  inner.set(nonce.subarray(16), 4);
  return inner;
}

/**
 * A plain Uint8Array of `buf`'s bytes. Node may hand out a Buffer that is a
 * view into a shared pool; callers reaching `.buffer` must not see other data.
 */
function plain(buf: Uint8Array): Uint8Array {
  return buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength
    ? new Uint8Array(buf.buffer, 0, buf.byteLength)
    : new Uint8Array(buf); // a copy (Buffer#slice would be another view)
}

function tail(bytes: Uint8Array, length: number): Uint8Array {
  return new Uint8Array(bytes.subarray(bytes.length - length));
}
