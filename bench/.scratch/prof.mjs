// bench/.scratch/prof.ts
import { performance } from 'node:perf_hooks';

// src/primitives/native.ts
import { hchacha } from '@noble/ciphers/chacha.js';

// src/primitives/provider.ts
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { p256 } from '@noble/curves/nist.js';
import { chacha20poly1305, xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { ml_kem1024 } from '@noble/post-quantum/ml-kem.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { concatBytes, randomBytes as nobleRandomBytes } from '@noble/hashes/utils.js';

// src/interfaces/errors.ts
var ERROR_CODES = [
  'MALFORMED',
  'BAD_SIGNATURE',
  'EXPIRED',
  'REVOKED',
  'UNKNOWN_ISSUER',
  'STALE_REVOCATION_LIST',
  'SUPERSEDED',
  'INVALID_UUID',
  'INVALID_MNEMONIC',
  'INVALID_PATH',
  'INVALID_KEY',
  'UNSUPPORTED_ALGORITHM',
  'KEY_NOT_FOUND',
  'KEY_NOT_EXTRACTABLE',
  'KEYSTORE',
  'WRONG_PASSPHRASE',
  'INVALID_ARGUMENT',
  'STORAGE',
  'DECRYPT_FAILED',
  'DUPLICATE_MESSAGE',
  'MESSAGE_EXPIRED',
  'TOO_MANY_SKIPPED',
  'NO_SESSION',
  'UNKNOWN_PREKEY',
  'UNTRUSTED_IDENTITY',
  'UNSUPPORTED_VERSION',
];
var CODE_SET = new Set(ERROR_CODES);
var NexusError = class extends Error {
  /** The stable code: see {@link ERROR_CODES}. */
  code;
  /**
   * @param code - one of {@link ERROR_CODES}
   * @param message - a human description; must not contain secrets
   * @param options - `cause` for chaining (the cause is kept off `message`)
   */
  constructor(code, message, options) {
    super(message, options);
    if (!CODE_SET.has(code)) throw new TypeError(`unknown NexusError code: ${String(code)}`);
    this.name = 'NexusError';
    this.code = code;
  }
  /**
   * Whether `err` is a {@link NexusError}, optionally with one of the given codes.
   * Narrows the type so `err.code` is the matched code.
   */
  static is(err, ...codes) {
    if (!(err instanceof Error) || err.name !== 'NexusError') return false;
    const code = err.code;
    if (typeof code !== 'string' || !CODE_SET.has(code)) return false;
    return codes.length === 0 || codes.includes(code);
  }
};

// src/primitives/provider.ts
var portableProvider = {
  name: 'portable',
  randomBytes: (length) => nobleRandomBytes(length),
  sha256: (data) => sha256(data),
  sha512: (data) => sha512(data),
  hmacSha256: (key, data) => hmac(sha256, key, data),
  hmacSha512: (key, data) => hmac(sha512, key, data),
  hkdfSha256: (ikm, salt, info, length) => hkdf(sha256, ikm, salt, info, length),
  ed25519PublicKey: (seed) => ed25519.getPublicKey(seed),
  ed25519Sign: (seed, message) => ed25519.sign(message, seed),
  ed25519Verify: (publicKey, message, signature) => {
    try {
      return (
        ed25519.verify(signature, message, publicKey, { zip215: false }) &&
        ed25519Cofactorless(publicKey, message, signature)
      );
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
      return null;
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
  xchacha20poly1305Seal: (key, nonce, plaintext, ad) =>
    xchacha20poly1305(key, nonce, ad).encrypt(plaintext),
  xchacha20poly1305Open: (key, nonce, ciphertext, ad) => {
    try {
      return xchacha20poly1305(key, nonce, ad).decrypt(ciphertext);
    } catch {
      return null;
    }
  },
};
var active;
function crypto() {
  return (active ??= createNativeProvider() ?? portableProvider);
}
function setCryptoProvider(provider) {
  active = provider;
}
var ED25519_L = ed25519.Point.Fn.ORDER;
function littleEndian(bytes) {
  let n2 = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n2 = (n2 << 8n) | BigInt(bytes[i]);
  return n2;
}
function ed25519Cofactorless(publicKey, message, signature) {
  const R = ed25519.Point.fromBytes(signature.subarray(0, 32));
  const A = ed25519.Point.fromBytes(publicKey);
  const S = littleEndian(signature.subarray(32));
  const k =
    littleEndian(sha512(concatBytes(signature.subarray(0, 32), publicKey, message))) % ED25519_L;
  return ed25519.Point.BASE.multiplyUnsafe(S).equals(R.add(A.multiplyUnsafe(k)));
}
var P256_N = p256.Point.CURVE().n;
function normalizeP256LowS(signature) {
  if (signature.length !== 64)
    throw new NexusError('MALFORMED', 'P-256 signature must be 64 bytes');
  let s = 0n;
  for (let i = 32; i < 64; i++) s = (s << 8n) | BigInt(signature[i]);
  if (s <= P256_N >> 1n) return signature;
  s = P256_N - s;
  const out = signature.slice();
  for (let i = 63; i >= 32; i--) {
    out[i] = Number(s & 0xffn);
    s >>= 8n;
  }
  return out;
}
function isValidP256Point(bytes) {
  try {
    p256.Point.fromBytes(bytes).assertValidity();
    return true;
  } catch {
    return false;
  }
}
function isValidEd25519Point(bytes) {
  if (bytes.length !== 32) return false;
  try {
    ed25519.Point.fromBytes(bytes, false).assertValidity();
    return true;
  } catch {
    return false;
  }
}

// src/primitives/native.ts
function createNativeProvider() {
  const node = loadNodeCrypto();
  if (!node) return null;
  const all = nodeCryptoProvider(node);
  const chosen = {};
  for (const name of Object.keys(NATIVE_CHOICES)) {
    chosen[name] =
      NATIVE_CHOICES[name] === 'node:crypto' && works(all, name)
        ? all[name]
        : portableProvider[name];
  }
  return { ...chosen, name: 'native' };
}
var NATIVE_CHOICES = {
  randomBytes: 'node:crypto',
  sha256: 'node:crypto',
  sha512: 'node:crypto',
  hmacSha256: 'node:crypto',
  hmacSha512: 'node:crypto',
  hkdfSha256: 'node:crypto',
  ed25519PublicKey: 'node:crypto',
  ed25519Sign: 'node:crypto',
  ed25519Verify: 'node:crypto',
  p256PublicKey: 'node:crypto',
  p256Sign: 'node:crypto',
  p256Verify: 'node:crypto',
  x25519PublicKey: 'node:crypto',
  x25519: 'node:crypto',
  mlKem1024PublicKey: 'node:crypto',
  mlKem1024Encapsulate: 'node:crypto',
  mlKem1024Decapsulate: 'node:crypto',
  chacha20poly1305Seal: 'node:crypto',
  chacha20poly1305Open: 'node:crypto',
  xchacha20poly1305Seal: 'node:crypto',
  xchacha20poly1305Open: 'node:crypto',
};
function loadNodeCrypto() {
  const process2 = globalThis.process;
  try {
    return process2?.getBuiltinModule?.('node:crypto') ?? null;
  } catch {
    return null;
  }
}
function works(p, name) {
  try {
    const probe = PROBES[name];
    return probe ? probe(p) : true;
  } catch {
    return false;
  }
}
var PROBES = {
  mlKem1024PublicKey: (p) => p.mlKem1024PublicKey(new Uint8Array(64)).length === 1568,
  mlKem1024Encapsulate: (p) =>
    p.mlKem1024Encapsulate(p.mlKem1024PublicKey(new Uint8Array(64))).ciphertext.length === 1568,
  mlKem1024Decapsulate: (p) =>
    p.mlKem1024Decapsulate(new Uint8Array(64), new Uint8Array(1568)).length === 32,
  chacha20poly1305Seal: (p) =>
    p.chacha20poly1305Seal(
      new Uint8Array(32),
      new Uint8Array(12),
      new Uint8Array(0),
      new Uint8Array(0),
    ).length === 16,
};
PROBES.chacha20poly1305Open = PROBES.chacha20poly1305Seal;
PROBES.xchacha20poly1305Seal = PROBES.chacha20poly1305Seal;
PROBES.xchacha20poly1305Open = PROBES.chacha20poly1305Seal;
function nodeCryptoProvider(node) {
  const keys = new KeyCache(256);
  const ed25519Private = (seed) =>
    keys.get('ed25519-private', seed, () => importPkcs8(node, ED25519_PKCS8, seed, 32));
  const x25519Private = (secret) =>
    keys.get('x25519-private', secret, () => importPkcs8(node, X25519_PKCS8, secret, 32));
  const p256Private = (secret) =>
    keys.get('p256-private', secret, () => {
      if (!isP256Scalar(secret)) throw new RangeError('P-256 secret must be in [1, n-1]');
      return importPkcs8(node, P256_PKCS8, secret, 32);
    });
  const mlKemPrivate = (seed) =>
    keys.get('ml-kem-1024-private', seed, () => {
      if (seed.length !== 64) throw new RangeError('ML-KEM-1024 seed must be 64 bytes');
      return node.createPrivateKey({
        key: seed,
        format: 'raw-seed',
        asymmetricKeyType: 'ml-kem-1024',
      });
    });
  const secretKey = (key) => node.createSecretKey(key);
  const digest =
    typeof node.hash === 'function'
      ? (algorithm, data) => node.hash(algorithm, data, 'buffer')
      : (algorithm, data) => node.createHash(algorithm).update(data).digest();
  const publicKeyDer = (key) => node.createPublicKey(key).export({ format: 'der', type: 'spki' });
  const chachaSeal = (key, nonce, plaintext, ad) => {
    if (key.length !== 32 || nonce.length !== 12) throw new RangeError('bad key or nonce size');
    const cipher = node.createCipheriv('chacha20-poly1305', secretKey(key), nonce, {
      authTagLength: 16,
    });
    cipher.setAAD(ad, { plaintextLength: plaintext.length });
    const body = cipher.update(plaintext);
    cipher.final();
    const out = new Uint8Array(body.length + 16);
    out.set(body);
    out.set(cipher.getAuthTag(), body.length);
    return out;
  };
  const chachaOpen = (key, nonce, ciphertext, ad) => {
    if (key.length !== 32 || nonce.length !== 12 || ciphertext.length < 16) return null;
    const length = ciphertext.length - 16;
    const decipher = node.createDecipheriv('chacha20-poly1305', secretKey(key), nonce, {
      authTagLength: 16,
    });
    decipher.setAAD(ad, { plaintextLength: length });
    decipher.setAuthTag(ciphertext.subarray(length));
    const plaintext = decipher.update(ciphertext.subarray(0, length));
    try {
      decipher.final();
      return plain(plaintext);
    } catch {
      plaintext.fill(0);
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
    hmacSha512: (key, data) =>
      plain(node.createHmac('sha512', secretKey(key)).update(data).digest()),
    hkdfSha256: (ikm, salt, info, length) =>
      // Node caps `info` at 1024 bytes and refuses length 0; RFC 5869 (and noble) do neither.
      info.length > 1024 || length === 0
        ? portableProvider.hkdfSha256(ikm, salt, info, length)
        : new Uint8Array(node.hkdfSync('sha256', secretKey(ikm), salt, info, length)),
    ed25519PublicKey: (seed) => tail(publicKeyDer(ed25519Private(seed)), 32),
    ed25519Sign: (seed, message) => plain(node.sign(null, message, ed25519Private(seed))),
    ed25519Verify: (publicKey, message, signature) => {
      if (publicKey.length !== 32 || signature.length !== 64) return false;
      if (!isStrictEd25519PublicKey(publicKey)) return false;
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
      // OpenSSL picks a random nonce (noble derives it, RFC 6979), and either S.
      normalizeP256LowS(
        plain(
          node.sign('sha256', message, { key: p256Private(secret), dsaEncoding: 'ieee-p1363' }),
        ),
      ),
    p256Verify: (publicKey, message, signature) => {
      if (signature.length !== 64 || !isLowS(signature)) return false;
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
    x25519PublicKey: (secret) => tail(publicKeyDer(x25519Private(secret)), 32),
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
        return shared.some((b) => b !== 0) ? shared : null;
      } catch {
        return null;
      }
    },
    mlKem1024PublicKey: (seed) =>
      plain(node.createPublicKey(mlKemPrivate(seed)).export({ format: 'raw-public' })),
    mlKem1024Encapsulate: (publicKey, randomness) => {
      if (randomness !== void 0)
        return portableProvider.mlKem1024Encapsulate(publicKey, randomness);
      const key = keys.get('ml-kem-1024-public', publicKey, () =>
        node.createPublicKey({
          key: publicKey,
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
      return plain(node.decapsulate(mlKemPrivate(seed), ciphertext));
    },
    chacha20poly1305Seal: chachaSeal,
    chacha20poly1305Open: chachaOpen,
    // Node has no XChaCha20: derive the HChaCha20 subkey with noble, then seal natively (RFC draft-irtf-cfrg-xchacha §2.3).
    xchacha20poly1305Seal: (key, nonce, plaintext, ad) => {
      if (key.length !== 32 || nonce.length !== 24) throw new RangeError('bad key or nonce size');
      const subkey = hchacha20(key, nonce);
      try {
        return chachaSeal(subkey, xchachaInnerNonce(nonce), plaintext, ad);
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
var KeyCache = class {
  #entries = /* @__PURE__ */ new Map();
  #capacity;
  constructor(capacity) {
    this.#capacity = capacity;
  }
  get(kind, bytes, create7) {
    const id = `${kind}:${String.fromCharCode(...bytes)}`;
    let key = this.#entries.get(id);
    if (key) {
      this.#entries.delete(id);
    } else {
      key = create7();
      if (this.#entries.size >= this.#capacity)
        this.#entries.delete(this.#entries.keys().next().value);
    }
    this.#entries.set(id, key);
    return key;
  }
};
var ED25519_PKCS8 = fromHex('302e020100300506032b657004220420');
var ED25519_SPKI = fromHex('302a300506032b6570032100');
var X25519_PKCS8 = fromHex('302e020100300506032b656e04220420');
var X25519_SPKI = fromHex('302a300506032b656e032100');
var P256_PKCS8 = fromHex('3041020100301306072a8648ce3d020106082a8648ce3d030107042730250201010420');
var P256_SPKI_UNCOMPRESSED = fromHex('3059301306072a8648ce3d020106082a8648ce3d030107034200');
var P256_SPKI_COMPRESSED = fromHex('3039301306072a8648ce3d020106082a8648ce3d030107032200');
var P256_N2 = fromHex('ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');
var P256_HALF_N = fromHex('7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a8');
function importPkcs8(node, header, secret, size) {
  if (secret.length !== size) throw new RangeError(`secret must be ${size} bytes`);
  const der = new Uint8Array(header.length + size);
  der.set(header);
  der.set(secret, header.length);
  try {
    return node.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } finally {
    der.fill(0);
  }
}
function importSpki(node, header, publicKey) {
  const der = new Uint8Array(header.length + publicKey.length);
  der.set(header);
  der.set(publicKey, header.length);
  return node.createPublicKey({ key: der, format: 'der', type: 'spki' });
}
function compressP256Spki(node, spki) {
  return plain(node.ECDH.convertKey(tail(spki, 65), 'prime256v1', void 0, void 0, 'compressed'));
}
function isP256Scalar(secret) {
  if (secret.length !== 32 || secret.every((b) => b === 0)) return false;
  return compareBigEndian(secret, P256_N2) < 0;
}
function isLowS(signature) {
  return compareBigEndian(signature.subarray(32), P256_HALF_N) <= 0;
}
function compareBigEndian(a, b) {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}
var ED25519_SMALL_ORDER = [
  '0000000000000000000000000000000000000000000000000000000000000000',
  // y = 0, order 4
  '0100000000000000000000000000000000000000000000000000000000000000',
  // y = 1, identity
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
  // order 8
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
  // order 8
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  // y = -1, order 2
].map(fromHex);
function isStrictEd25519PublicKey(publicKey) {
  let yAtLeastP = (publicKey[31] & 127) === 127 && publicKey[0] >= 237;
  for (let i = 1; i < 31 && yAtLeastP; i++) yAtLeastP = publicKey[i] === 255;
  if (yAtLeastP) return false;
  return !ED25519_SMALL_ORDER.some((bad) => {
    for (let i = 0; i < 31; i++) if (bad[i] !== publicKey[i]) return false;
    return bad[31] === (publicKey[31] & 127);
  });
}
function hchacha20(key, nonce) {
  const k = littleEndianWords(key);
  const out = new Uint32Array(8);
  hchacha(SIGMA, k, littleEndianWords(nonce.subarray(0, 16)), out);
  k.fill(0);
  const subkey = new Uint8Array(32);
  const view = new DataView(subkey.buffer);
  for (let i = 0; i < 8; i++) view.setUint32(4 * i, out[i], true);
  out.fill(0);
  return subkey;
}
var SIGMA = new Uint32Array([1634760805, 857760878, 2036477234, 1797285236]);
function littleEndianWords(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const words = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < words.length; i++) words[i] = view.getUint32(4 * i, true);
  return words;
}
function xchachaInnerNonce(nonce) {
  const inner = new Uint8Array(12);
  inner.set(nonce.subarray(16), 4);
  return inner;
}
function plain(buf) {
  return buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength
    ? new Uint8Array(buf.buffer, 0, buf.byteLength)
    : new Uint8Array(buf);
}
function tail(bytes, length) {
  return new Uint8Array(bytes.subarray(bytes.length - length));
}
function fromHex(hex) {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

// src/identity/uuid.ts
import { base58 } from '@scure/base';

// src/primitives/bytes.ts
var encoder = new TextEncoder();
function utf8(text) {
  return encoder.encode(text);
}
function concat(...parts) {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
function bytesEqual(a, b) {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}
function toHex(bytes) {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
function fromHex2(hex) {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
    throw new NexusError('MALFORMED', 'invalid hex string');
  }
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
function wipe(...arrays) {
  for (const a of arrays) a?.fill(0);
}
function u32be(n2) {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n2, false);
  return out;
}

// src/identity/uuid.ts
var UUID_VERSION = 1;
var CHECKSUM_DOMAIN = utf8('NexusLink UUID');
var UUID_BYTES = 1 + 32 + 4;
function checksum(version, publicKey) {
  return crypto()
    .sha256(concat(CHECKSUM_DOMAIN, Uint8Array.of(version), publicKey))
    .subarray(0, 4);
}
function uuidFromPublicKey(publicKey) {
  if (!isValidEd25519Point(publicKey))
    throw new NexusError('INVALID_KEY', 'not a valid Ed25519 public key');
  return base58.encode(
    concat(Uint8Array.of(UUID_VERSION), publicKey, checksum(UUID_VERSION, publicKey)),
  );
}
function parseUuid(text) {
  if (typeof text !== 'string') throw new NexusError('INVALID_UUID', 'UUID must be a string');
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 64)
    throw new NexusError('INVALID_UUID', 'UUID has the wrong length');
  let bytes;
  try {
    bytes = base58.decode(trimmed);
  } catch {
    throw new NexusError('INVALID_UUID', 'UUID contains characters outside the Base58 alphabet');
  }
  if (bytes.length !== UUID_BYTES)
    throw new NexusError('INVALID_UUID', 'UUID has the wrong length');
  const version = bytes[0];
  if (version !== UUID_VERSION)
    throw new NexusError('INVALID_UUID', `unsupported UUID version ${version}`);
  const publicKey = bytes.slice(1, 33);
  if (!bytesEqual(bytes.subarray(33), checksum(version, publicKey))) {
    throw new NexusError('INVALID_UUID', 'UUID checksum does not match (mistyped?)');
  }
  if (!isValidEd25519Point(publicKey))
    throw new NexusError('INVALID_UUID', 'UUID does not name a valid Ed25519 key');
  return { uuid: trimmed, version, publicKey };
}

// src/identity/mnemonic.ts
import {
  entropyToMnemonic as scureEntropyToMnemonic,
  generateMnemonic as scureGenerateMnemonic,
  mnemonicToEntropy,
  mnemonicToSeedSync,
  validateMnemonic,
} from '@scure/bip39';
import { wordlist as english2 } from '@scure/bip39/wordlists/english.js';

// src/identity/wordlists.ts
import { wordlist as czech } from '@scure/bip39/wordlists/czech.js';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as french } from '@scure/bip39/wordlists/french.js';
import { wordlist as italian } from '@scure/bip39/wordlists/italian.js';
import { wordlist as japanese } from '@scure/bip39/wordlists/japanese.js';
import { wordlist as korean } from '@scure/bip39/wordlists/korean.js';
import { wordlist as portuguese } from '@scure/bip39/wordlists/portuguese.js';
import { wordlist as simplifiedChinese } from '@scure/bip39/wordlists/simplified-chinese.js';
import { wordlist as spanish } from '@scure/bip39/wordlists/spanish.js';
import { wordlist as traditionalChinese } from '@scure/bip39/wordlists/traditional-chinese.js';
var WORDLISTS = {
  english,
  czech,
  french,
  italian,
  japanese,
  korean,
  portuguese,
  spanish,
  chineseSimplified: simplifiedChinese,
  chineseTraditional: traditionalChinese,
};

// src/identity/mnemonic.ts
function generateMnemonic(options = {}) {
  const words = options.words ?? 24;
  if (![12, 15, 18, 21, 24].includes(words))
    throw new NexusError('INVALID_ARGUMENT', 'words must be 12, 15, 18, 21 or 24');
  return scureGenerateMnemonic(options.wordlist ?? english2, (words / 3) * 32);
}
function detectWordlist(mnemonic) {
  if (typeof mnemonic !== 'string') return null;
  for (const list of Object.values(WORDLISTS)) {
    if (validateMnemonic(mnemonic.normalize('NFKD'), list)) return list;
  }
  return null;
}
function mnemonicToSeed(mnemonic, passphrase = '', options = {}) {
  if (typeof mnemonic !== 'string' || typeof passphrase !== 'string') {
    throw new NexusError('INVALID_ARGUMENT', 'mnemonic and passphrase must be strings');
  }
  const normalized = mnemonic.normalize('NFKD').trim().split(/\s+/u).join(' ');
  if (options.wordlist !== false) {
    const ok =
      options.wordlist === void 0
        ? detectWordlist(normalized) !== null
        : validateMnemonic(normalized, options.wordlist);
    if (!ok)
      throw new NexusError(
        'INVALID_MNEMONIC',
        'not a valid BIP-39 mnemonic (unknown word or bad checksum)',
      );
  }
  if (normalized.length === 0) throw new NexusError('INVALID_MNEMONIC', 'mnemonic is empty');
  try {
    return mnemonicToSeedSync(normalized, passphrase);
  } catch {
    throw new NexusError('INVALID_MNEMONIC', 'not a valid BIP-39 mnemonic');
  }
}
var HARDENED = 2147483648;
var ED25519_SEED_KEY = utf8('ed25519 seed');
function parseHardenedPath(path) {
  if (typeof path !== 'string') throw new NexusError('INVALID_PATH', 'path must be a string');
  const parts = path.split('/');
  if (parts[0] !== 'm') throw new NexusError('INVALID_PATH', 'a path starts with "m"');
  return parts.slice(1).map((part) => {
    const m = /^(\d{1,10})['hH]$/.exec(part);
    if (!m)
      throw new NexusError('INVALID_PATH', `path component "${part}" is not a hardened index`);
    const index = Number(m[1]);
    if (index >= HARDENED)
      throw new NexusError('INVALID_PATH', `path index ${index} is out of range`);
    return index + HARDENED;
  });
}
function deriveEd25519(seed, path) {
  if (!(seed instanceof Uint8Array) || seed.length < 16 || seed.length > 64) {
    throw new NexusError('INVALID_ARGUMENT', 'seed must be 16 to 64 bytes');
  }
  const c = crypto();
  let I = c.hmacSha512(ED25519_SEED_KEY, seed);
  for (const index of parseHardenedPath(path)) {
    I = c.hmacSha512(I.subarray(32), concat(Uint8Array.of(0), I.subarray(0, 32), u32be(index)));
  }
  const privateKey = I.slice(0, 32);
  return { privateKey, publicKey: c.ed25519PublicKey(privateKey), chainCode: I.slice(32) };
}

// src/identity/redact.ts
var INSPECT = /* @__PURE__ */ Symbol.for('nodejs.util.inspect.custom');

// src/identity/identity.ts
var IDENTITY_KEY_PATH = "m/20044'/0'/0'";
var Identity = class _Identity {
  #seed;
  #destroyed = false;
  /** The identity public key. */
  publicKey;
  /** The UUID that names this identity. */
  uuid;
  constructor(seed) {
    this.#seed = seed.slice();
    const bytes = crypto().ed25519PublicKey(this.#seed);
    this.publicKey = Object.freeze({ algorithm: 'ed25519', bytes });
    this.uuid = uuidFromPublicKey(bytes);
  }
  /**
   * An identity from its 32-byte Ed25519 seed (the SLIP-0010 private key).
   *
   * @throws NexusError `INVALID_KEY` when the seed is not 32 bytes.
   */
  static fromSeed(seed) {
    if (!(seed instanceof Uint8Array) || seed.length !== 32) {
      throw new NexusError('INVALID_KEY', 'identity seed must be 32 bytes');
    }
    return new _Identity(seed);
  }
  /** Sign `message` with the identity key. */
  async sign(message) {
    if (this.#destroyed) throw new NexusError('INVALID_ARGUMENT', 'identity has been destroyed');
    return crypto().ed25519Sign(this.#seed, message);
  }
  /**
   * A copy of the 32-byte identity seed, for backups. Treat it as the
   * identity itself.
   */
  exportSeed() {
    if (this.#destroyed) throw new NexusError('INVALID_ARGUMENT', 'identity has been destroyed');
    return this.#seed.slice();
  }
  /** Overwrite the private key in memory; the object is unusable afterwards. */
  destroy() {
    wipe(this.#seed);
    this.#destroyed = true;
  }
  /** Public fields only. */
  toJSON() {
    return { uuid: this.uuid, publicKey: toHex(this.publicKey.bytes) };
  }
  /** A short, secret-free description. */
  toString() {
    return `Identity(${this.uuid})`;
  }
  /** What `util.inspect` prints: public data only. */
  [INSPECT]() {
    return this.toString();
  }
};
function identityFromMnemonic(mnemonic, passphrase = '', options) {
  const seed = mnemonicToSeed(mnemonic, passphrase, options);
  const node = deriveEd25519(seed, IDENTITY_KEY_PATH);
  const identity = Identity.fromSeed(node.privateKey);
  wipe(seed, node.privateKey, node.chainCode);
  return identity;
}
function createIdentity(options = {}) {
  const mnemonic = generateMnemonic(options.words === void 0 ? {} : { words: options.words });
  return { identity: identityFromMnemonic(mnemonic, options.passphrase ?? ''), mnemonic };
}

// src/identity/signing-key.ts
var SigningKeyPair = class _SigningKeyPair {
  #seed;
  publicKey;
  constructor(seed) {
    this.#seed = seed;
    this.publicKey = Object.freeze({
      algorithm: 'ed25519',
      bytes: crypto().ed25519PublicKey(seed),
    });
  }
  /** A fresh random key pair. */
  static generate() {
    return new _SigningKeyPair(crypto().randomBytes(32));
  }
  /** A key pair from its 32-byte Ed25519 seed. @throws NexusError `INVALID_KEY`. */
  static fromSeed(seed) {
    if (!(seed instanceof Uint8Array) || seed.length !== 32)
      throw new NexusError('INVALID_KEY', 'Ed25519 seed must be 32 bytes');
    return new _SigningKeyPair(seed.slice());
  }
  async sign(message) {
    return crypto().ed25519Sign(this.#seed, message);
  }
  /** A copy of the seed, for encrypted backups. */
  exportSeed() {
    return this.#seed.slice();
  }
  /** Overwrite the seed in memory. */
  destroy() {
    wipe(this.#seed);
  }
  /** Public fields only. */
  toJSON() {
    return { publicKey: toHex(this.publicKey.bytes) };
  }
  /** A short, secret-free description. */
  toString() {
    return `SigningKeyPair(${toHex(this.publicKey.bytes).slice(0, 16)}\u2026)`;
  }
  /** What `util.inspect` prints: public data only. */
  [INSPECT]() {
    return this.toString();
  }
};

// src/identity/key-agreement.ts
var KeyAgreementKeyPair = class _KeyAgreementKeyPair {
  #secret;
  /** The 32-byte public key, certified in the device certificate. */
  publicKey;
  constructor(secret) {
    this.#secret = secret;
    this.publicKey = crypto().x25519PublicKey(secret);
  }
  /** A fresh random key pair. */
  static generate() {
    return new _KeyAgreementKeyPair(crypto().randomBytes(32));
  }
  /** A key pair from its 32-byte secret. @throws NexusError `INVALID_KEY`. */
  static fromSecret(secret) {
    if (!(secret instanceof Uint8Array) || secret.length !== 32)
      throw new NexusError('INVALID_KEY', 'X25519 secret must be 32 bytes');
    return new _KeyAgreementKeyPair(secret.slice());
  }
  /**
   * X25519 with a peer's public key.
   *
   * @throws NexusError `INVALID_KEY` when the result is all zeros (a low-order peer key).
   */
  agree(peerPublicKey) {
    const shared =
      peerPublicKey instanceof Uint8Array && peerPublicKey.length === 32
        ? crypto().x25519(this.#secret, peerPublicKey)
        : null;
    if (shared === null)
      throw new NexusError(
        'INVALID_KEY',
        'X25519 with this public key failed (low-order or malformed key)',
      );
    return shared;
  }
  /** A copy of the secret, for encrypted persistence. */
  exportSecret() {
    return this.#secret.slice();
  }
  /** Overwrite the secret in memory. */
  destroy() {
    wipe(this.#secret);
  }
  /** Public fields only. */
  toJSON() {
    return { publicKey: toHex(this.publicKey) };
  }
  /** A short, secret-free description. */
  toString() {
    return `KeyAgreementKeyPair(${toHex(this.publicKey).slice(0, 16)}\u2026)`;
  }
  /** What `util.inspect` prints: public data only. */
  [INSPECT]() {
    return this.toString();
  }
};

// src/wire/gen/nexuslink/v1/keys_pb.ts
import { enumDesc, fileDesc, messageDesc } from '@bufbuild/protobuf/codegenv2';
var file_nexuslink_v1_keys = /* @__PURE__ */ fileDesc(
  'ChduZXh1c2xpbmsvdjEva2V5cy5wcm90bxIMbmV4dXNsaW5rLnYxIkcKCVB1YmxpY0tleRItCglhbGdvcml0aG0YASABKA4yGi5uZXh1c2xpbmsudjEuS2V5QWxnb3JpdGhtEgsKA2tleRgCIAEoDCq9AQoMS2V5QWxnb3JpdGhtEh0KGUtFWV9BTEdPUklUSE1fVU5TUEVDSUZJRUQQABIZChVLRVlfQUxHT1JJVEhNX0VEMjU1MTkQARIcChhLRVlfQUxHT1JJVEhNX0VDRFNBX1AyNTYQAhIYChRLRVlfQUxHT1JJVEhNX1gyNTUxORADEhwKGEtFWV9BTEdPUklUSE1fTUxfS0VNXzc2OBAEEh0KGUtFWV9BTEdPUklUSE1fTUxfS0VNXzEwMjQQBWIGcHJvdG8z',
);
var PublicKeySchema = /* @__PURE__ */ messageDesc(file_nexuslink_v1_keys, 0);

// src/wire/gen/nexuslink/v1/identity_pb.ts
import {
  enumDesc as enumDesc2,
  fileDesc as fileDesc2,
  messageDesc as messageDesc2,
} from '@bufbuild/protobuf/codegenv2';
var file_nexuslink_v1_identity = /* @__PURE__ */ fileDesc2(
  'ChtuZXh1c2xpbmsvdjEvaWRlbnRpdHkucHJvdG8SDG5leHVzbGluay52MSIwCg1TaWduZWRNZXNzYWdlEgwKBGJvZHkYASABKAwSEQoJc2lnbmF0dXJlGAIgASgMIqIBCh1TZWxmU2lnbmluZ0tleUNlcnRpZmljYXRlQm9keRIPCgd2ZXJzaW9uGAEgASgNEhQKDGlkZW50aXR5X2tleRgCIAEoDBIsCgtzaWduaW5nX2tleRgDIAEoCzIXLm5leHVzbGluay52MS5QdWJsaWNLZXkSFQoNY3JlYXRlZF9hdF9tcxgEIAEoBBIVCg1leHBpcmVzX2F0X21zGAUgASgEIqQCChVEZXZpY2VDZXJ0aWZpY2F0ZUJvZHkSDwoHdmVyc2lvbhgBIAEoDRIUCgxpZGVudGl0eV9rZXkYAiABKAwSEQoJZGV2aWNlX2lkGAMgASgMEhQKDGRpc3BsYXlfbmFtZRgEIAEoCRIsCgtzaWduaW5nX2tleRgFIAEoCzIXLm5leHVzbGluay52MS5QdWJsaWNLZXkSMgoRa2V5X2FncmVlbWVudF9rZXkYBiABKAsyFy5uZXh1c2xpbmsudjEuUHVibGljS2V5EisKCmlzc3Vlcl9rZXkYByABKAsyFy5uZXh1c2xpbmsudjEuUHVibGljS2V5EhUKDWNyZWF0ZWRfYXRfbXMYCCABKAQSFQoNZXhwaXJlc19hdF9tcxgJIAEoBCJpCg1SZXZva2VkRGV2aWNlEhEKCWRldmljZV9pZBgBIAEoDBIVCg1yZXZva2VkX2F0X21zGAIgASgEEi4KBnJlYXNvbhgDIAEoDjIeLm5leHVzbGluay52MS5SZXZvY2F0aW9uUmVhc29uIrwBChJSZXZvY2F0aW9uTGlzdEJvZHkSDwoHdmVyc2lvbhgBIAEoDRIUCgxpZGVudGl0eV9rZXkYAiABKAwSDgoGc2VyaWFsGAMgASgEEhQKDGlzc3VlZF9hdF9tcxgEIAEoBBIsCgdkZXZpY2VzGAUgAygLMhsubmV4dXNsaW5rLnYxLlJldm9rZWREZXZpY2USKwoKaXNzdWVyX2tleRgGIAEoCzIXLm5leHVzbGluay52MS5QdWJsaWNLZXkqkwEKEFJldm9jYXRpb25SZWFzb24SIQodUkVWT0NBVElPTl9SRUFTT05fVU5TUEVDSUZJRUQQABIaChZSRVZPQ0FUSU9OX1JFQVNPTl9MT1NUEAESIQodUkVWT0NBVElPTl9SRUFTT05fQ09NUFJPTUlTRUQQAhIdChlSRVZPQ0FUSU9OX1JFQVNPTl9SRVRJUkVEEANiBnByb3RvMw',
  [file_nexuslink_v1_keys],
);
var SignedMessageSchema = /* @__PURE__ */ messageDesc2(file_nexuslink_v1_identity, 0);
var SelfSigningKeyCertificateBodySchema = /* @__PURE__ */ messageDesc2(
  file_nexuslink_v1_identity,
  1,
);
var DeviceCertificateBodySchema = /* @__PURE__ */ messageDesc2(file_nexuslink_v1_identity, 2);
var RevocationListBodySchema = /* @__PURE__ */ messageDesc2(file_nexuslink_v1_identity, 4);
var RevocationReason = /* @__PURE__ */ ((RevocationReason2) => {
  RevocationReason2[(RevocationReason2['UNSPECIFIED'] = 0)] = 'UNSPECIFIED';
  RevocationReason2[(RevocationReason2['LOST'] = 1)] = 'LOST';
  RevocationReason2[(RevocationReason2['COMPROMISED'] = 2)] = 'COMPROMISED';
  RevocationReason2[(RevocationReason2['RETIRED'] = 3)] = 'RETIRED';
  return RevocationReason2;
})(RevocationReason || {});

// src/wire/gen/nexuslink/v1/backup_pb.ts
import {
  enumDesc as enumDesc3,
  fileDesc as fileDesc3,
  messageDesc as messageDesc3,
} from '@bufbuild/protobuf/codegenv2';
var file_nexuslink_v1_backup = /* @__PURE__ */ fileDesc3(
  'ChluZXh1c2xpbmsvdjEvYmFja3VwLnByb3RvEgxuZXh1c2xpbmsudjEiywEKDEJhY2t1cEhlYWRlchIPCgd2ZXJzaW9uGAEgASgNEiQKA2tkZhgCIAEoDjIXLm5leHVzbGluay52MS5CYWNrdXBLZGYSDAoEc2FsdBgDIAEoDBISCgptZW1vcnlfa2liGAQgASgNEhIKCml0ZXJhdGlvbnMYBSABKA0SEwoLcGFyYWxsZWxpc20YBiABKA0SKgoGY2lwaGVyGAcgASgOMhoubmV4dXNsaW5rLnYxLkJhY2t1cENpcGhlchINCgVub25jZRgIIAEoDCJUChJJZGVudGl0eUJhY2t1cEZpbGUSKgoGaGVhZGVyGAEgASgLMhoubmV4dXNsaW5rLnYxLkJhY2t1cEhlYWRlchISCgpjaXBoZXJ0ZXh0GAIgASgMIucBChZJZGVudGl0eUJhY2t1cENvbnRlbnRzEg8KB3ZlcnNpb24YASABKA0SFQoNaWRlbnRpdHlfc2VlZBgCIAEoDBIZChFzZWxmX3NpZ25pbmdfc2VlZBgDIAEoDBI9ChhzZWxmX3NpZ25pbmdfY2VydGlmaWNhdGUYBCABKAsyGy5uZXh1c2xpbmsudjEuU2lnbmVkTWVzc2FnZRI0Cg9yZXZvY2F0aW9uX2xpc3QYBSABKAsyGy5uZXh1c2xpbmsudjEuU2lnbmVkTWVzc2FnZRIVCg1jcmVhdGVkX2F0X21zGAYgASgEKkAKCUJhY2t1cEtkZhIaChZCQUNLVVBfS0RGX1VOU1BFQ0lGSUVEEAASFwoTQkFDS1VQX0tERl9BUkdPTjJJRBABKlMKDEJhY2t1cENpcGhlchIdChlCQUNLVVBfQ0lQSEVSX1VOU1BFQ0lGSUVEEAASJAogQkFDS1VQX0NJUEhFUl9YQ0hBQ0hBMjBfUE9MWTEzMDUQAWIGcHJvdG8z',
  [file_nexuslink_v1_identity],
);
var BackupHeaderSchema = /* @__PURE__ */ messageDesc3(file_nexuslink_v1_backup, 0);
var IdentityBackupFileSchema = /* @__PURE__ */ messageDesc3(file_nexuslink_v1_backup, 1);
var IdentityBackupContentsSchema = /* @__PURE__ */ messageDesc3(file_nexuslink_v1_backup, 2);

// src/wire/gen/nexuslink/v1/contact_pb.ts
import { fileDesc as fileDesc4, messageDesc as messageDesc4 } from '@bufbuild/protobuf/codegenv2';
var file_nexuslink_v1_contact = /* @__PURE__ */ fileDesc4(
  'ChpuZXh1c2xpbmsvdjEvY29udGFjdC5wcm90bxIMbmV4dXNsaW5rLnYxIr0CCg9Db250YWN0Q2FyZEJvZHkSDwoHdmVyc2lvbhgBIAEoDRIUCgxpZGVudGl0eV9rZXkYAiABKAwSFAoMZGlzcGxheV9uYW1lGAMgASgJEj0KGHNlbGZfc2lnbmluZ19jZXJ0aWZpY2F0ZRgEIAEoCzIbLm5leHVzbGluay52MS5TaWduZWRNZXNzYWdlEjgKE2RldmljZV9jZXJ0aWZpY2F0ZXMYBSADKAsyGy5uZXh1c2xpbmsudjEuU2lnbmVkTWVzc2FnZRI0Cg9yZXZvY2F0aW9uX2xpc3QYBiABKAsyGy5uZXh1c2xpbmsudjEuU2lnbmVkTWVzc2FnZRINCgVoaW50cxgHIAMoCRIVCg1jcmVhdGVkX2F0X21zGAggASgEEhgKEHNpZ25lcl9kZXZpY2VfaWQYCSABKAwiRQoTU2FmZXR5TnVtYmVyUGF5bG9hZBIPCgd2ZXJzaW9uGAEgASgNEg0KBWZpcnN0GAIgASgMEg4KBnNlY29uZBgDIAEoDGIGcHJvdG8z',
  [file_nexuslink_v1_identity],
);
var ContactCardBodySchema = /* @__PURE__ */ messageDesc4(file_nexuslink_v1_contact, 0);
var SafetyNumberPayloadSchema = /* @__PURE__ */ messageDesc4(file_nexuslink_v1_contact, 1);

// src/wire/gen/nexuslink/v1/prekeys_pb.ts
import { fileDesc as fileDesc5, messageDesc as messageDesc5 } from '@bufbuild/protobuf/codegenv2';
var file_nexuslink_v1_prekeys = /* @__PURE__ */ fileDesc5(
  'ChpuZXh1c2xpbmsvdjEvcHJla2V5cy5wcm90bxIMbmV4dXNsaW5rLnYxIi8KDFNpZ25lZFByZUtleRIMCgRib2R5GAEgASgMEhEKCXNpZ25hdHVyZRgCIAEoDCKGAQoKUHJlS2V5Qm9keRIPCgd2ZXJzaW9uGAEgASgNEg4KBmtleV9pZBgCIAEoDRIrCgpwdWJsaWNfa2V5GAMgASgLMhcubmV4dXNsaW5rLnYxLlB1YmxpY0tleRIVCg1jcmVhdGVkX2F0X21zGAQgASgEEhMKC2xhc3RfcmVzb3J0GAUgASgIIjMKDU9uZVRpbWVQcmVLZXkSDgoGa2V5X2lkGAEgASgNEhIKCnB1YmxpY19rZXkYAiABKAwisAIKDFByZUtleUJ1bmRsZRIPCgd2ZXJzaW9uGAEgASgNEj0KGHNlbGZfc2lnbmluZ19jZXJ0aWZpY2F0ZRgCIAEoCzIbLm5leHVzbGluay52MS5TaWduZWRNZXNzYWdlEjcKEmRldmljZV9jZXJ0aWZpY2F0ZRgDIAEoCzIbLm5leHVzbGluay52MS5TaWduZWRNZXNzYWdlEjEKDXNpZ25lZF9wcmVrZXkYBCABKAsyGi5uZXh1c2xpbmsudjEuU2lnbmVkUHJlS2V5EjQKD29uZV90aW1lX3ByZWtleRgFIAEoCzIbLm5leHVzbGluay52MS5PbmVUaW1lUHJlS2V5Ei4KCmtlbV9wcmVrZXkYBiABKAsyGi5uZXh1c2xpbmsudjEuU2lnbmVkUHJlS2V5YgZwcm90bzM',
  [file_nexuslink_v1_identity, file_nexuslink_v1_keys],
);
var SignedPreKeySchema = /* @__PURE__ */ messageDesc5(file_nexuslink_v1_prekeys, 0);
var PreKeyBodySchema = /* @__PURE__ */ messageDesc5(file_nexuslink_v1_prekeys, 1);
var OneTimePreKeySchema = /* @__PURE__ */ messageDesc5(file_nexuslink_v1_prekeys, 2);
var PreKeyBundleSchema = /* @__PURE__ */ messageDesc5(file_nexuslink_v1_prekeys, 3);

// src/wire/gen/nexuslink/v1/envelope_pb.ts
import {
  enumDesc as enumDesc4,
  fileDesc as fileDesc6,
  messageDesc as messageDesc6,
} from '@bufbuild/protobuf/codegenv2';
var file_nexuslink_v1_envelope = /* @__PURE__ */ fileDesc6(
  'ChtuZXh1c2xpbmsvdjEvZW52ZWxvcGUucHJvdG8SDG5leHVzbGluay52MSLAAQoIRW52ZWxvcGUSDwoHdmVyc2lvbhgBIAEoDRIoCgR0eXBlGAIgASgOMhoubmV4dXNsaW5rLnYxLkVudmVsb3BlVHlwZRIYChBzZW5kZXJfZGV2aWNlX2lkGAMgASgMEhsKE3JlY2lwaWVudF9kZXZpY2VfaWQYBCABKAwSFAoMdGltZXN0YW1wX21zGAUgASgEEg8KB2NvbnRlbnQYBiABKAwSGwoTc2VuZGVyX2lkZW50aXR5X2tleRgHIAEoDCrDAQoMRW52ZWxvcGVUeXBlEh0KGUVOVkVMT1BFX1RZUEVfVU5TUEVDSUZJRUQQABIgChxFTlZFTE9QRV9UWVBFX1BSRUtFWV9NRVNTQUdFEAESIQodRU5WRUxPUEVfVFlQRV9SQVRDSEVUX01FU1NBR0UQAhIkCiBFTlZFTE9QRV9UWVBFX1NFTkRFUl9LRVlfTUVTU0FHRRADEikKJUVOVkVMT1BFX1RZUEVfU0VOREVSX0tFWV9ESVNUUklCVVRJT04QBGIGcHJvdG8z',
);
var EnvelopeSchema = /* @__PURE__ */ messageDesc6(file_nexuslink_v1_envelope, 0);
var EnvelopeType = /* @__PURE__ */ ((EnvelopeType2) => {
  EnvelopeType2[(EnvelopeType2['UNSPECIFIED'] = 0)] = 'UNSPECIFIED';
  EnvelopeType2[(EnvelopeType2['PREKEY_MESSAGE'] = 1)] = 'PREKEY_MESSAGE';
  EnvelopeType2[(EnvelopeType2['RATCHET_MESSAGE'] = 2)] = 'RATCHET_MESSAGE';
  EnvelopeType2[(EnvelopeType2['SENDER_KEY_MESSAGE'] = 3)] = 'SENDER_KEY_MESSAGE';
  EnvelopeType2[(EnvelopeType2['SENDER_KEY_DISTRIBUTION'] = 4)] = 'SENDER_KEY_DISTRIBUTION';
  return EnvelopeType2;
})(EnvelopeType || {});

// src/wire/gen/nexuslink/v1/session_pb.ts
import { fileDesc as fileDesc7, messageDesc as messageDesc7 } from '@bufbuild/protobuf/codegenv2';
var file_nexuslink_v1_session = /* @__PURE__ */ fileDesc7(
  'ChpuZXh1c2xpbmsvdjEvc2Vzc2lvbi5wcm90bxIMbmV4dXNsaW5rLnYxIlsKDVJhdGNoZXRIZWFkZXISEwoLcmF0Y2hldF9rZXkYASABKAwSHQoVcHJldmlvdXNfY2hhaW5fbGVuZ3RoGAIgASgNEhYKDm1lc3NhZ2VfbnVtYmVyGAMgASgNIl8KDlJhdGNoZXRNZXNzYWdlEg8KB3ZlcnNpb24YASABKA0SDgoGaGVhZGVyGAIgASgMEhgKEGVuY3J5cHRlZF9oZWFkZXIYAyABKAwSEgoKY2lwaGVydGV4dBgEIAEoDCK+AgoNUHJlS2V5TWVzc2FnZRIPCgd2ZXJzaW9uGAEgASgNEj0KGHNlbGZfc2lnbmluZ19jZXJ0aWZpY2F0ZRgCIAEoCzIbLm5leHVzbGluay52MS5TaWduZWRNZXNzYWdlEjcKEmRldmljZV9jZXJ0aWZpY2F0ZRgDIAEoCzIbLm5leHVzbGluay52MS5TaWduZWRNZXNzYWdlEhgKEHNpZ25lZF9wcmVrZXlfaWQYBCABKA0SGgoSb25lX3RpbWVfcHJla2V5X2lkGAUgASgNEhUKDWtlbV9wcmVrZXlfaWQYBiABKA0SEAoIYmFzZV9rZXkYByABKAwSFgoOa2VtX2NpcGhlcnRleHQYCCABKAwSLQoHbWVzc2FnZRgJIAEoCzIcLm5leHVzbGluay52MS5SYXRjaGV0TWVzc2FnZSKOAQoVU2VuZGVyS2V5RGlzdHJpYnV0aW9uEg8KB3ZlcnNpb24YASABKA0SFwoPZGlzdHJpYnV0aW9uX2lkGAIgASgMEhAKCGNoYWluX2lkGAMgASgNEhEKCWl0ZXJhdGlvbhgEIAEoDRIRCgljaGFpbl9rZXkYBSABKAwSEwoLc2lnbmluZ19rZXkYBiABKAwieQoUU2VuZGVyS2V5TWVzc2FnZUJvZHkSDwoHdmVyc2lvbhgBIAEoDRIXCg9kaXN0cmlidXRpb25faWQYAiABKAwSEAoIY2hhaW5faWQYAyABKA0SEQoJaXRlcmF0aW9uGAQgASgNEhIKCmNpcGhlcnRleHQYBSABKAwiRQoPU2Vzc2lvblNuYXBzaG90Eg8KB3ZlcnNpb24YASABKA0SDQoFbm9uY2UYAiABKAwSEgoKY2lwaGVydGV4dBgDIAEoDGIGcHJvdG8z',
  [file_nexuslink_v1_identity],
);
var RatchetHeaderSchema = /* @__PURE__ */ messageDesc7(file_nexuslink_v1_session, 0);
var RatchetMessageSchema = /* @__PURE__ */ messageDesc7(file_nexuslink_v1_session, 1);
var PreKeyMessageSchema = /* @__PURE__ */ messageDesc7(file_nexuslink_v1_session, 2);
var SenderKeyDistributionSchema = /* @__PURE__ */ messageDesc7(file_nexuslink_v1_session, 3);
var SenderKeyMessageBodySchema = /* @__PURE__ */ messageDesc7(file_nexuslink_v1_session, 4);
var SessionSnapshotSchema = /* @__PURE__ */ messageDesc7(file_nexuslink_v1_session, 5);

// src/wire/codec.ts
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
function messageCodec(schema, options) {
  const typeName = schema.typeName;
  return {
    typeName,
    maxBytes: options.maxBytes,
    encode(value) {
      const message = create(schema, value);
      options.validate(message);
      const bytes = toBinary(schema, message);
      if (bytes.length > options.maxBytes) {
        throw new NexusError(
          'MALFORMED',
          `${typeName} is ${bytes.length} bytes, over the ${options.maxBytes}-byte limit`,
        );
      }
      return bytes;
    },
    decode(bytes) {
      if (!(bytes instanceof Uint8Array))
        throw new NexusError('MALFORMED', `${typeName}: input is not bytes`);
      if (bytes.length > options.maxBytes) {
        throw new NexusError(
          'MALFORMED',
          `${typeName} is ${bytes.length} bytes, over the ${options.maxBytes}-byte limit`,
        );
      }
      let message;
      try {
        message = fromBinary(schema, bytes, { readUnknownFields: false });
      } catch (cause) {
        throw new NexusError('MALFORMED', `${typeName}: not a valid protobuf encoding`, { cause });
      }
      let reencoded;
      try {
        reencoded = toBinary(schema, message);
      } catch (cause) {
        throw new NexusError('MALFORMED', `${typeName}: not a valid protobuf encoding`, { cause });
      }
      if (!bytesEqual(reencoded, bytes)) {
        throw new NexusError(
          'MALFORMED',
          `${typeName}: not the canonical encoding (trailing, unknown or reordered data)`,
        );
      }
      options.validate(message);
      return message;
    },
  };
}
function check(condition, message) {
  if (!condition) throw new NexusError('MALFORMED', message);
}
function checkVersion(typeName, version, expected = 1) {
  check(version === expected, `${typeName}: unsupported version ${version} (expected ${expected})`);
}
function checkLength(field, bytes, length) {
  check(bytes.length === length, `${field} must be ${length} bytes, got ${bytes.length}`);
}
function checkMaxLength(field, bytes, max) {
  const length = typeof bytes === 'string' ? new TextEncoder().encode(bytes).length : bytes.length;
  check(length <= max, `${field} must be at most ${max} bytes, got ${length}`);
}
function checkSafeU64(field, value) {
  check(value <= BigInt(Number.MAX_SAFE_INTEGER), `${field} is out of range`);
}

// src/wire/messages.ts
var WIRE_LIMITS = {
  identityKey: 32,
  deviceId: 16,
  signature: 64,
  displayNameBytes: 64,
  maxSignedBody: 128 * 1024,
  maxRevocationListBody: 64 * 1024,
  maxRevokedDevices: 2048,
  maxContactCardBody: 120 * 1024,
  maxDevicesPerCard: 64,
  maxHints: 16,
  maxHintBytes: 256,
  fingerprint: 32,
  backupSalt: 16,
  backupNonce: 24,
  maxEnvelopeContent: 256 * 1024,
};
var KEY_LENGTHS = {
  [1 /* ED25519 */]: 32,
  [2 /* ECDSA_P256 */]: 33,
  [3 /* X25519 */]: 32,
  [4 /* ML_KEM_768 */]: 1184,
  [5 /* ML_KEM_1024 */]: 1568,
};
var KEM_CIPHERTEXT_LENGTHS = [1088, 1568];
function checkPublicKey(field, key, allowed) {
  check(key !== void 0, `${field} is missing`);
  check(
    allowed.includes(key.algorithm),
    `${field} has an algorithm not allowed here (${key.algorithm})`,
  );
  checkLength(`${field}.key`, key.key, KEY_LENGTHS[key.algorithm]);
}
function checkSigned(field, signed, required) {
  if (signed === void 0) {
    check(!required, `${field} is missing`);
    return;
  }
  check(signed.body.length > 0, `${field}.body is empty`);
  checkMaxLength(`${field}.body`, signed.body, WIRE_LIMITS.maxSignedBody);
  checkLength(`${field}.signature`, signed.signature, WIRE_LIMITS.signature);
}
function checkTimes(typeName, created, expires) {
  checkSafeU64(`${typeName}.created_at_ms`, created);
  checkSafeU64(`${typeName}.expires_at_ms`, expires);
  check(
    expires === 0n || expires > created,
    `${typeName}: expires_at_ms must be 0 or after created_at_ms`,
  );
}
function compareBytes(a, b) {
  const n2 = Math.min(a.length, b.length);
  for (let i = 0; i < n2; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
var SIGNING = [1 /* ED25519 */, 2 /* ECDSA_P256 */];
var publicKeyCodec = messageCodec(PublicKeySchema, {
  maxBytes: 2048,
  validate: (m) =>
    checkPublicKey(
      'PublicKey',
      m,
      [
        1 /* ED25519 */, 2 /* ECDSA_P256 */, 3 /* X25519 */, 4 /* ML_KEM_768 */,
        5 /* ML_KEM_1024 */,
      ],
    ),
});
var signedMessageCodec = messageCodec(SignedMessageSchema, {
  maxBytes: WIRE_LIMITS.maxSignedBody + 128,
  validate: (m) => checkSigned('SignedMessage', m, true),
});
var selfSigningCertificateBodyCodec = messageCodec(SelfSigningKeyCertificateBodySchema, {
  maxBytes: 512,
  validate: (m) => {
    checkVersion('SelfSigningKeyCertificateBody', m.version);
    checkLength('identity_key', m.identityKey, WIRE_LIMITS.identityKey);
    checkPublicKey('signing_key', m.signingKey, SIGNING);
    checkTimes('SelfSigningKeyCertificateBody', m.createdAtMs, m.expiresAtMs);
  },
});
var deviceCertificateBodyCodec = messageCodec(DeviceCertificateBodySchema, {
  maxBytes: 1024,
  validate: (m) => {
    checkVersion('DeviceCertificateBody', m.version);
    checkLength('identity_key', m.identityKey, WIRE_LIMITS.identityKey);
    checkLength('device_id', m.deviceId, WIRE_LIMITS.deviceId);
    checkMaxLength('display_name', m.displayName, WIRE_LIMITS.displayNameBytes);
    checkPublicKey('signing_key', m.signingKey, SIGNING);
    checkPublicKey('key_agreement_key', m.keyAgreementKey, [3 /* X25519 */]);
    checkPublicKey('issuer_key', m.issuerKey, SIGNING);
    checkTimes('DeviceCertificateBody', m.createdAtMs, m.expiresAtMs);
  },
});
var revocationListBodyCodec = messageCodec(RevocationListBodySchema, {
  maxBytes: WIRE_LIMITS.maxRevocationListBody,
  validate: (m) => {
    checkVersion('RevocationListBody', m.version);
    checkLength('identity_key', m.identityKey, WIRE_LIMITS.identityKey);
    check(m.serial >= 1n, 'RevocationListBody.serial must be at least 1');
    checkSafeU64('serial', m.serial);
    checkSafeU64('issued_at_ms', m.issuedAtMs);
    check(m.devices.length <= WIRE_LIMITS.maxRevokedDevices, 'too many revoked devices');
    m.devices.forEach((d, i) => {
      checkLength(`devices[${i}].device_id`, d.deviceId, WIRE_LIMITS.deviceId);
      checkSafeU64(`devices[${i}].revoked_at_ms`, d.revokedAtMs);
      check(d.reason in RevocationReason, `devices[${i}].reason is unknown`);
      if (i > 0)
        check(
          compareBytes(m.devices[i - 1].deviceId, d.deviceId) < 0,
          'revoked devices must be sorted by device_id without duplicates',
        );
    });
    checkPublicKey('issuer_key', m.issuerKey, SIGNING);
  },
});
function checkBackupHeader(h) {
  check(h !== void 0, 'BackupHeader is missing');
  checkVersion('BackupHeader', h.version);
  check(h.kdf === 1 /* ARGON2ID */, 'BackupHeader.kdf must be Argon2id');
  checkLength('salt', h.salt, WIRE_LIMITS.backupSalt);
  check(
    h.memoryKib >= 8 * 1024 && h.memoryKib <= 1024 * 1024,
    'BackupHeader.memory_kib out of range (8 MiB..1 GiB)',
  );
  check(h.iterations >= 1 && h.iterations <= 10, 'BackupHeader.iterations out of range (1..10)');
  check(h.parallelism >= 1 && h.parallelism <= 4, 'BackupHeader.parallelism out of range (1..4)');
  check(h.cipher === 1 /* XCHACHA20_POLY1305 */, 'BackupHeader.cipher must be XChaCha20-Poly1305');
  checkLength('nonce', h.nonce, WIRE_LIMITS.backupNonce);
}
var backupHeaderCodec = messageCodec(BackupHeaderSchema, {
  maxBytes: 256,
  validate: checkBackupHeader,
});
var identityBackupFileCodec = messageCodec(IdentityBackupFileSchema, {
  maxBytes: 128 * 1024,
  validate: (m) => {
    checkBackupHeader(m.header);
    check(m.ciphertext.length >= 16, 'ciphertext shorter than the AEAD tag');
  },
});
var identityBackupContentsCodec = messageCodec(IdentityBackupContentsSchema, {
  maxBytes: 96 * 1024,
  validate: (m) => {
    checkVersion('IdentityBackupContents', m.version);
    checkLength('identity_seed', m.identitySeed, 32);
    checkLength('self_signing_seed', m.selfSigningSeed, 32);
    checkSigned('self_signing_certificate', m.selfSigningCertificate, true);
    checkSigned('revocation_list', m.revocationList, false);
    checkSafeU64('created_at_ms', m.createdAtMs);
  },
});
var contactCardBodyCodec = messageCodec(ContactCardBodySchema, {
  maxBytes: WIRE_LIMITS.maxContactCardBody,
  validate: (m) => {
    checkVersion('ContactCardBody', m.version);
    checkLength('identity_key', m.identityKey, WIRE_LIMITS.identityKey);
    checkMaxLength('display_name', m.displayName, WIRE_LIMITS.displayNameBytes);
    checkSigned('self_signing_certificate', m.selfSigningCertificate, true);
    check(m.deviceCertificates.length >= 1, 'a contact card names at least one device');
    check(
      m.deviceCertificates.length <= WIRE_LIMITS.maxDevicesPerCard,
      'too many device certificates',
    );
    m.deviceCertificates.forEach((c, i) => checkSigned(`device_certificates[${i}]`, c, true));
    checkSigned('revocation_list', m.revocationList, false);
    check(m.hints.length <= WIRE_LIMITS.maxHints, 'too many hints');
    m.hints.forEach((h, i) => checkMaxLength(`hints[${i}]`, h, WIRE_LIMITS.maxHintBytes));
    checkSafeU64('created_at_ms', m.createdAtMs);
    checkLength('signer_device_id', m.signerDeviceId, WIRE_LIMITS.deviceId);
  },
});
var safetyNumberPayloadCodec = messageCodec(SafetyNumberPayloadSchema, {
  maxBytes: 128,
  validate: (m) => {
    checkVersion('SafetyNumberPayload', m.version);
    checkLength('first', m.first, WIRE_LIMITS.fingerprint);
    checkLength('second', m.second, WIRE_LIMITS.fingerprint);
    check(compareBytes(m.first, m.second) <= 0, 'SafetyNumberPayload fingerprints must be sorted');
  },
});
function checkPreKeyBody(m) {
  checkVersion('PreKeyBody', m.version);
  checkPublicKey(
    'public_key',
    m.publicKey,
    [3 /* X25519 */, 4 /* ML_KEM_768 */, 5 /* ML_KEM_1024 */],
  );
  check(m.keyId >= 1, 'PreKeyBody.key_id must be at least 1');
  checkSafeU64('created_at_ms', m.createdAtMs);
  check(
    !m.lastResort || m.publicKey.algorithm !== 3 /* X25519 */,
    'only ML-KEM prekeys can be last-resort',
  );
}
function checkOneTimePreKey(m) {
  check(m.keyId >= 1, 'one_time_prekey.key_id must be at least 1');
  checkLength('one_time_prekey.public_key', m.publicKey, 32);
}
var preKeyBodyCodec = messageCodec(PreKeyBodySchema, {
  maxBytes: 1800,
  validate: checkPreKeyBody,
});
var signedPreKeyCodec = messageCodec(SignedPreKeySchema, {
  maxBytes: 2048,
  validate: (m) => {
    check(m.body.length > 0, 'SignedPreKey.body is empty');
    checkLength('SignedPreKey.signature', m.signature, WIRE_LIMITS.signature);
  },
});
var oneTimePreKeyCodec = messageCodec(OneTimePreKeySchema, {
  maxBytes: 64,
  validate: checkOneTimePreKey,
});
var preKeyBundleCodec = messageCodec(PreKeyBundleSchema, {
  maxBytes: 8 * 1024,
  validate: (m) => {
    checkVersion('PreKeyBundle', m.version);
    checkSigned('self_signing_certificate', m.selfSigningCertificate, true);
    checkSigned('device_certificate', m.deviceCertificate, true);
    check(m.signedPrekey !== void 0, 'signed_prekey is missing');
    checkLength('signed_prekey.signature', m.signedPrekey.signature, WIRE_LIMITS.signature);
    if (m.oneTimePrekey !== void 0) checkOneTimePreKey(m.oneTimePrekey);
    check(m.kemPrekey !== void 0, 'kem_prekey is missing');
    checkLength('kem_prekey.signature', m.kemPrekey.signature, WIRE_LIMITS.signature);
  },
});
var envelopeCodec = messageCodec(EnvelopeSchema, {
  maxBytes: WIRE_LIMITS.maxEnvelopeContent + 256,
  validate: (m) => {
    checkVersion('Envelope', m.version);
    check(m.type !== 0 /* UNSPECIFIED */ && m.type in EnvelopeType, 'Envelope.type is unknown');
    checkLength('sender_device_id', m.senderDeviceId, WIRE_LIMITS.deviceId);
    check(
      m.senderIdentityKey.length === 0 || m.senderIdentityKey.length === WIRE_LIMITS.identityKey,
      'sender_identity_key must be empty or 32 bytes',
    );
    check(
      m.recipientDeviceId.length === 0 || m.recipientDeviceId.length === WIRE_LIMITS.deviceId,
      'recipient_device_id must be empty or 16 bytes',
    );
    checkSafeU64('timestamp_ms', m.timestampMs);
    checkMaxLength('content', m.content, WIRE_LIMITS.maxEnvelopeContent);
  },
});
function checkRatchetMessage(m, field) {
  check(m !== void 0, `${field} is missing`);
  checkVersion('RatchetMessage', m.version);
  check(
    m.header.length > 0 !== m.encryptedHeader.length > 0,
    `${field}: exactly one of header and encrypted_header must be set`,
  );
  checkMaxLength(`${field}.header`, m.header, 64);
  if (m.encryptedHeader.length > 0) {
    check(
      m.encryptedHeader.length >= 16 && m.encryptedHeader.length <= 128,
      `${field}.encrypted_header has a bad length`,
    );
  }
  check(m.ciphertext.length >= 16, `${field}.ciphertext is shorter than an AEAD tag`);
  checkMaxLength(`${field}.ciphertext`, m.ciphertext, WIRE_LIMITS.maxEnvelopeContent);
}
var ratchetHeaderCodec = messageCodec(RatchetHeaderSchema, {
  maxBytes: 64,
  validate: (m) => checkLength('ratchet_key', m.ratchetKey, 32),
});
var ratchetMessageCodec = messageCodec(RatchetMessageSchema, {
  maxBytes: WIRE_LIMITS.maxEnvelopeContent + 256,
  validate: (m) => checkRatchetMessage(m, 'RatchetMessage'),
});
var preKeyMessageCodec = messageCodec(PreKeyMessageSchema, {
  maxBytes: WIRE_LIMITS.maxEnvelopeContent + 4096,
  validate: (m) => {
    checkVersion('PreKeyMessage', m.version);
    checkSigned('self_signing_certificate', m.selfSigningCertificate, true);
    checkSigned('device_certificate', m.deviceCertificate, true);
    check(m.signedPrekeyId >= 1, 'signed_prekey_id must be at least 1');
    check(m.kemPrekeyId >= 1, 'kem_prekey_id must be at least 1');
    checkLength('base_key', m.baseKey, 32);
    check(
      KEM_CIPHERTEXT_LENGTHS.includes(m.kemCiphertext.length),
      'kem_ciphertext has a bad length',
    );
    checkRatchetMessage(m.message, 'message');
  },
});
var senderKeyDistributionCodec = messageCodec(SenderKeyDistributionSchema, {
  maxBytes: 256,
  validate: (m) => {
    checkVersion('SenderKeyDistribution', m.version);
    checkLength('distribution_id', m.distributionId, 16);
    checkLength('chain_key', m.chainKey, 32);
    checkLength('signing_key', m.signingKey, 32);
  },
});
var senderKeyMessageBodyCodec = messageCodec(SenderKeyMessageBodySchema, {
  maxBytes: WIRE_LIMITS.maxEnvelopeContent + 128,
  validate: (m) => {
    checkVersion('SenderKeyMessageBody', m.version);
    checkLength('distribution_id', m.distributionId, 16);
    check(m.ciphertext.length >= 16, 'ciphertext is shorter than an AEAD tag');
    checkMaxLength('ciphertext', m.ciphertext, WIRE_LIMITS.maxEnvelopeContent);
  },
});
var sessionSnapshotCodec = messageCodec(SessionSnapshotSchema, {
  maxBytes: 4 * 1024 * 1024,
  validate: (m) => {
    check(m.version >= 1, 'SessionSnapshot.version must be at least 1');
    checkLength('nonce', m.nonce, WIRE_LIMITS.backupNonce);
    check(m.ciphertext.length >= 16, 'ciphertext is shorter than an AEAD tag');
  },
});

// src/identity/signing.ts
var SIGNATURE_LABELS = {
  selfSigningCertificate: 'nexuslink/v1/self-signing-certificate',
  deviceCertificate: 'nexuslink/v1/device-certificate',
  revocationList: 'nexuslink/v1/revocation-list',
  contactCard: 'nexuslink/v1/contact-card',
  signedPreKey: 'nexuslink/v1/signed-prekey',
  senderKeyMessage: 'nexuslink/v1/sender-key-message',
  authChallenge: 'nexuslink/v1/auth-challenge',
};
function signingInput(label, body) {
  return concat(utf8(label), Uint8Array.of(0), body);
}
function keyStoreSigner(store, key) {
  return {
    publicKey: key.publicKey,
    sign: (message) => store.sign(key.id, message),
  };
}
function verifySignature(publicKey, message, signature) {
  if (signature.length !== 64) return false;
  const c = crypto();
  switch (publicKey.algorithm) {
    case 'ed25519':
      return c.ed25519Verify(publicKey.bytes, message, signature);
    case 'p256':
      return c.p256Verify(publicKey.bytes, message, signature);
    default:
      return false;
  }
}
async function signLabelled(signer, label, body) {
  const signature = await signer.sign(signingInput(label, body));
  if (!verifySignature(signer.publicKey, signingInput(label, body), signature)) {
    throw new NexusError('KEYSTORE', 'the key store returned a signature that does not verify');
  }
  return signature;
}
function requireSignature(publicKey, label, body, signature, what) {
  if (!verifySignature(publicKey, signingInput(label, body), signature)) {
    throw new NexusError('BAD_SIGNATURE', `${what}: signature does not verify`);
  }
}
var TO_WIRE = {
  ed25519: 1 /* ED25519 */,
  p256: 2 /* ECDSA_P256 */,
};
function toWireKey(key) {
  return { algorithm: TO_WIRE[key.algorithm], key: key.bytes };
}
function fromWireKey(key, field) {
  if (key === void 0) throw new NexusError('MALFORMED', `${field} is missing`);
  if (key.algorithm === 1 /* ED25519 */ && isValidEd25519Point(key.key)) {
    return { algorithm: 'ed25519', bytes: key.key };
  }
  if (key.algorithm === 2 /* ECDSA_P256 */ && key.key.length === 33 && isValidP256Point(key.key)) {
    return { algorithm: 'p256', bytes: key.key };
  }
  throw new NexusError('MALFORMED', `${field} is not a valid signing key`);
}
function sameKey(a, b) {
  if (a.algorithm !== b.algorithm || a.bytes.length !== b.bytes.length) return false;
  for (let i = 0; i < a.bytes.length; i++) if (a.bytes[i] !== b.bytes[i]) return false;
  return true;
}

// src/identity/certificates.ts
var systemClock = { now: () => Date.now() };
var systemRandom = { randomBytes: (n2) => crypto().randomBytes(n2) };
function identityKeyOf(ref) {
  if (ref instanceof Uint8Array) {
    if (ref.length !== 32) throw new NexusError('INVALID_KEY', 'identity key must be 32 bytes');
    return ref;
  }
  return parseUuid(ref).publicKey;
}
function optionalTime(ms) {
  return ms === 0n ? null : Number(ms);
}
function checkTime(name, value) {
  if (value === void 0) return 0n;
  if (!Number.isSafeInteger(value) || value < 0)
    throw new NexusError('INVALID_ARGUMENT', `${name} must be a non-negative integer (ms)`);
  return BigInt(value);
}
function verificationTime(options) {
  const now2 = options.now ?? Date.now();
  if (typeof now2 !== 'number' || !Number.isFinite(now2)) {
    throw new NexusError('INVALID_ARGUMENT', 'verification time must be a finite number of ms');
  }
  return now2;
}
function requireNotExpired(expiresAt, now2, what) {
  if (expiresAt !== null && now2 >= expiresAt) throw new NexusError('EXPIRED', `${what} expired`);
}
async function issueSelfSigningCertificate(options) {
  if (options.identity.publicKey.algorithm !== 'ed25519')
    throw new NexusError('UNSUPPORTED_ALGORITHM', 'identity keys are Ed25519');
  const createdAt = options.createdAt ?? (options.clock ?? systemClock).now();
  const body = selfSigningCertificateBodyCodec.encode({
    version: 1,
    identityKey: options.identity.publicKey.bytes,
    signingKey: toWireKey(options.signingKey),
    createdAtMs: checkTime('createdAt', createdAt),
    expiresAtMs: checkTime('expiresAt', options.expiresAt),
  });
  const signature = await signLabelled(
    options.identity,
    SIGNATURE_LABELS.selfSigningCertificate,
    body,
  );
  return decodeSelfSigningCertificate(signedMessageCodec.encode({ body, signature }));
}
function decodeSelfSigningCertificate(bytes) {
  const signed = signedMessageCodec.decode(bytes);
  const body = selfSigningCertificateBodyCodec.decode(signed.body);
  return Object.freeze({
    bytes: bytes.slice(),
    identityKey: body.identityKey,
    signingKey: fromWireKey(body.signingKey, 'signing_key'),
    createdAt: Number(body.createdAtMs),
    expiresAt: optionalTime(body.expiresAtMs),
  });
}
function verifySelfSigningCertificate(certificate, identity, options = {}) {
  const identityKey = identityKeyOf(identity);
  const signed = signedMessageCodec.decode(certificate);
  const cert = decodeSelfSigningCertificate(certificate);
  if (!bytesEqual(cert.identityKey, identityKey)) {
    throw new NexusError('UNKNOWN_ISSUER', 'self-signing certificate belongs to another identity');
  }
  requireSignature(
    { algorithm: 'ed25519', bytes: identityKey },
    SIGNATURE_LABELS.selfSigningCertificate,
    signed.body,
    signed.signature,
    'self-signing certificate',
  );
  requireNotExpired(cert.expiresAt, verificationTime(options), 'self-signing certificate');
  return cert;
}
function acceptSelfSigningCertificate(current, incoming) {
  if (current === null) return incoming;
  if (!bytesEqual(current.identityKey, incoming.identityKey)) {
    throw new NexusError(
      'UNKNOWN_ISSUER',
      'self-signing certificates belong to different identities',
    );
  }
  if (bytesEqual(current.bytes, incoming.bytes)) return current;
  if (incoming.createdAt > current.createdAt) return incoming;
  throw new NexusError('SUPERSEDED', 'self-signing certificate is older than the one already held');
}
async function issueDeviceCertificate(options) {
  const deviceId =
    options.deviceId ?? (options.random ?? systemRandom).randomBytes(WIRE_LIMITS.deviceId);
  const createdAt = options.createdAt ?? (options.clock ?? systemClock).now();
  let body;
  try {
    body = deviceCertificateBodyCodec.encode({
      version: 1,
      identityKey: options.identityKey,
      deviceId,
      displayName: options.displayName,
      signingKey: toWireKey(options.signingKey),
      keyAgreementKey: { algorithm: 3 /* X25519 */, key: options.keyAgreementKey },
      issuerKey: toWireKey(options.issuer.publicKey),
      createdAtMs: checkTime('createdAt', createdAt),
      expiresAtMs: checkTime('expiresAt', options.expiresAt),
    });
  } catch (cause) {
    if (NexusError.is(cause, 'MALFORMED'))
      throw new NexusError('INVALID_ARGUMENT', cause.message, { cause });
    throw cause;
  }
  const signature = await signLabelled(options.issuer, SIGNATURE_LABELS.deviceCertificate, body);
  return decodeDeviceCertificate(signedMessageCodec.encode({ body, signature }));
}
function decodeDeviceCertificate(bytes) {
  const signed = signedMessageCodec.decode(bytes);
  const body = deviceCertificateBodyCodec.decode(signed.body);
  return Object.freeze({
    bytes: bytes.slice(),
    identityKey: body.identityKey,
    deviceId: body.deviceId,
    displayName: body.displayName,
    signingKey: fromWireKey(body.signingKey, 'signing_key'),
    keyAgreementKey: body.keyAgreementKey.key,
    issuerKey: fromWireKey(body.issuerKey, 'issuer_key'),
    createdAt: Number(body.createdAtMs),
    expiresAt: optionalTime(body.expiresAtMs),
  });
}
function verifyDeviceCertificate(certificate, options) {
  const now2 = verificationTime(options);
  const identityKey = identityKeyOf(options.identity);
  const selfSigning = verifySelfSigningCertificate(options.selfSigningCertificate, identityKey, {
    now: now2,
  });
  const signed = signedMessageCodec.decode(certificate);
  const device = decodeDeviceCertificate(certificate);
  if (!bytesEqual(device.identityKey, identityKey)) {
    throw new NexusError('UNKNOWN_ISSUER', 'device certificate belongs to another identity');
  }
  if (!sameKey(device.issuerKey, selfSigning.signingKey)) {
    throw new NexusError(
      'UNKNOWN_ISSUER',
      'device certificate was not issued by the current self-signing key',
    );
  }
  requireSignature(
    selfSigning.signingKey,
    SIGNATURE_LABELS.deviceCertificate,
    signed.body,
    signed.signature,
    'device certificate',
  );
  requireNotExpired(device.expiresAt, now2, 'device certificate');
  if (options.revocationList) {
    const list =
      options.revocationList instanceof Uint8Array
        ? verifyRevocationList(options.revocationList, {
            identity: identityKey,
            selfSigningCertificate: selfSigning.bytes,
            now: now2,
          })
        : options.revocationList;
    if (!bytesEqual(list.identityKey, identityKey))
      throw new NexusError('UNKNOWN_ISSUER', 'revocation list belongs to another identity');
    if (isRevoked(list, device.deviceId))
      throw new NexusError('REVOKED', 'device has been revoked');
  }
  return Object.freeze({ uuid: uuidFromPublicKey(identityKey), device, selfSigning });
}
var REASONS = {
  unspecified: 0 /* UNSPECIFIED */,
  lost: 1 /* LOST */,
  compromised: 2 /* COMPROMISED */,
  retired: 3 /* RETIRED */,
};
var REASON_NAMES = Object.fromEntries(Object.entries(REASONS).map(([k, v]) => [v, k]));
function decodeRevocationList(bytes) {
  const signed = signedMessageCodec.decode(bytes);
  const body = revocationListBodyCodec.decode(signed.body);
  return Object.freeze({
    bytes: bytes.slice(),
    identityKey: body.identityKey,
    serial: Number(body.serial),
    issuedAt: Number(body.issuedAtMs),
    devices: Object.freeze(
      body.devices.map((d) =>
        Object.freeze({
          deviceId: d.deviceId,
          revokedAt: Number(d.revokedAtMs),
          reason: REASON_NAMES[d.reason],
        }),
      ),
    ),
    issuerKey: fromWireKey(body.issuerKey, 'issuer_key'),
  });
}
function verifyRevocationList(list, options) {
  const identityKey = identityKeyOf(options.identity);
  const signed = signedMessageCodec.decode(list);
  const decoded = decodeRevocationList(list);
  if (!bytesEqual(decoded.identityKey, identityKey))
    throw new NexusError('UNKNOWN_ISSUER', 'revocation list belongs to another identity');
  const ik = { algorithm: 'ed25519', bytes: identityKey };
  let issuer;
  if (sameKey(decoded.issuerKey, ik)) {
    issuer = ik;
  } else {
    if (options.selfSigningCertificate === void 0) {
      throw new NexusError(
        'UNKNOWN_ISSUER',
        'revocation list is signed by a self-signing key and none was given',
      );
    }
    const ssk = verifySelfSigningCertificate(options.selfSigningCertificate, identityKey, options);
    if (!sameKey(decoded.issuerKey, ssk.signingKey))
      throw new NexusError(
        'UNKNOWN_ISSUER',
        'revocation list issuer is not the identity or its self-signing key',
      );
    issuer = ssk.signingKey;
  }
  requireSignature(
    issuer,
    SIGNATURE_LABELS.revocationList,
    signed.body,
    signed.signature,
    'revocation list',
  );
  return decoded;
}
function isRevoked(list, deviceId) {
  return list.devices.some((d) => bytesEqual(d.deviceId, deviceId));
}

// src/identity/device.ts
async function certifyNewDevice(options) {
  const key = await options.keyStore.createKey({
    algorithms: options.algorithms ?? ['ed25519', 'p256'],
    label: `nexuslink device ${options.displayName}`,
  });
  const keyAgreementKey = KeyAgreementKeyPair.generate();
  try {
    const certificate = await issueDeviceCertificate({
      issuer: options.selfSigningKey,
      identityKey: options.identityKey,
      displayName: options.displayName,
      signingKey: key.publicKey,
      keyAgreementKey: keyAgreementKey.publicKey,
      ...(options.expiresAt === void 0 ? {} : { expiresAt: options.expiresAt }),
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.random ? { random: options.random } : {}),
    });
    return { certificate, signingKeyId: key.id, keyAgreementKey };
  } catch (err) {
    await options.keyStore.deleteKey(key.id);
    keyAgreementKey.destroy();
    throw err;
  }
}
async function deviceSigner(keyStore, signingKeyId) {
  const key = await keyStore.getKey(signingKeyId);
  if (key === null)
    throw new NexusError('KEY_NOT_FOUND', 'device signing key is not in the key store');
  return keyStoreSigner(keyStore, key);
}

// src/keystores/software.ts
var ALGORITHMS = ['ed25519', 'p256'];
function publicKeyOf(algorithm, secret) {
  return algorithm === 'ed25519'
    ? crypto().ed25519PublicKey(secret)
    : crypto().p256PublicKey(secret);
}
function newSecret(algorithm) {
  for (;;) {
    const secret = crypto().randomBytes(32);
    if (algorithm === 'ed25519') return secret;
    try {
      publicKeyOf('p256', secret);
      return secret;
    } catch {
      continue;
    }
  }
}
var SoftwareKeyStore = class {
  kind = 'software';
  #keys = /* @__PURE__ */ new Map();
  #onChange;
  constructor(options) {
    this.#onChange = options.onChange;
    for (const record of options.keys ?? []) {
      if (!ALGORITHMS.includes(record.algorithm))
        throw new NexusError('UNSUPPORTED_ALGORITHM', `unknown algorithm ${record.algorithm}`);
      const secret = fromHex2(record.privateKey);
      if (secret.length !== 32)
        throw new NexusError('INVALID_KEY', 'software key record has a bad private key');
      let publicKey;
      try {
        publicKey = publicKeyOf(record.algorithm, secret);
      } catch (cause) {
        throw new NexusError('INVALID_KEY', 'software key record has a bad private key', { cause });
      }
      this.#keys.set(record.id, {
        secret,
        info: Object.freeze({
          id: record.id,
          algorithm: record.algorithm,
          publicKey: Object.freeze({ algorithm: record.algorithm, bytes: publicKey }),
          extractable: record.extractable,
          label: record.label,
        }),
      });
    }
  }
  async supportedAlgorithms() {
    return ALGORITHMS;
  }
  async createKey(options = {}) {
    const algorithm = (options.algorithms ?? ALGORITHMS).find((a) => ALGORITHMS.includes(a));
    if (algorithm === void 0)
      throw new NexusError(
        'UNSUPPORTED_ALGORITHM',
        'none of the requested algorithms is supported',
      );
    const secret = newSecret(algorithm);
    const id = toHex(crypto().randomBytes(16));
    const info = Object.freeze({
      id,
      algorithm,
      publicKey: Object.freeze({ algorithm, bytes: publicKeyOf(algorithm, secret) }),
      extractable: options.extractable ?? false,
      label: options.label ?? '',
    });
    this.#keys.set(id, { info, secret });
    try {
      await this.#changed();
    } catch (err) {
      this.#keys.delete(id);
      wipe(secret);
      throw err;
    }
    return info;
  }
  async getKey(id) {
    return this.#keys.get(id)?.info ?? null;
  }
  async listKeys() {
    return [...this.#keys.values()].map((e) => e.info);
  }
  async sign(id, message) {
    const entry = this.#entry(id);
    return entry.info.algorithm === 'ed25519'
      ? crypto().ed25519Sign(entry.secret, message)
      : crypto().p256Sign(entry.secret, message);
  }
  async exportPrivateKey(id) {
    const entry = this.#entry(id);
    if (!entry.info.extractable)
      throw new NexusError('KEY_NOT_EXTRACTABLE', 'key was created non-extractable');
    return entry.secret.slice();
  }
  async deleteKey(id) {
    const entry = this.#keys.get(id);
    if (!entry) return;
    wipe(entry.secret);
    this.#keys.delete(id);
    await this.#changed();
  }
  #entry(id) {
    const entry = this.#keys.get(id);
    if (!entry) throw new NexusError('KEY_NOT_FOUND', 'no such key');
    return entry;
  }
  async #changed() {
    if (!this.#onChange) return;
    const records = [...this.#keys.values()].map((e) => ({
      id: e.info.id,
      algorithm: e.info.algorithm,
      privateKey: toHex(e.secret),
      extractable: e.info.extractable,
      label: e.info.label,
    }));
    try {
      await this.#onChange(records);
    } catch (cause) {
      throw new NexusError('KEYSTORE', 'persisting the software key store failed', { cause });
    }
  }
  toJSON() {
    return { kind: this.kind, keys: this.#keys.size };
  }
  toString() {
    return `SoftwareKeyStore(${this.#keys.size} keys)`;
  }
  [INSPECT]() {
    return this.toString();
  }
};
function softwareKeyStore(options = {}) {
  return new SoftwareKeyStore(options);
}

// src/ratchet/constants.ts
var LIMITS = {
  /** Most message keys one incoming message may make us skip in a chain (Double Ratchet MAX_SKIP). */
  maxSkip: 2e3,
  /** Most skipped message keys kept per session (or per sender key); the oldest are evicted first. */
  maxStoredSkippedKeys: 2e3,
  /** Skipped message keys older than this are deleted (ms): 30 days. */
  skippedKeyLifetimeMs: 30 * 24 * 60 * 60 * 1e3,
  /** How many forgotten (expired or evicted) message numbers are remembered for precise errors. */
  maxForgotten: 2e3,
  /** Past receiving chains remembered per session, to report late duplicates precisely. */
  maxPreviousChains: 20,
  /** Archived session states kept per remote device (simultaneous initiation, healing). */
  maxArchivedStates: 10,
  /** Sender key chains kept per (sender, distribution) across rotations. */
  maxSenderKeyStates: 5,
  /** Minimum time between two automatic session reset requests for one remote device (ms): 1 hour. */
  resetRequestIntervalMs: 60 * 60 * 1e3,
};
var LABELS = {
  pqxdhInfo: 'NexusLink_PQXDH_CURVE25519_SHA-256_ML-KEM-1024',
  rootKey: 'NexusLink_Ratchet_RootKey',
  messageKeys: 'NexusLink_Ratchet_MessageKeys',
  sessionAd: 'NexusLink_SessionAD',
  senderMessageKeys: 'NexusLink_SenderKey_MessageKeys',
  snapshot: 'nexuslink/v1/session-snapshot',
};
var SIZES = {
  x25519: 32,
  mlKem1024PublicKey: 1568,
  mlKem1024Ciphertext: 1568,
  mlKemSeed: 64,
  rootKey: 32,
  chainKey: 32,
  messageKey: 32,
  aeadKey: 32,
  aeadNonce: 12,
  headerNonce: 24,
  tag: 16,
};

// src/ratchet/prekeys.ts
import { create as create3 } from '@bufbuild/protobuf';

// src/wire/gen/nexuslink/v1/state_pb.ts
import {
  enumDesc as enumDesc5,
  fileDesc as fileDesc8,
  messageDesc as messageDesc8,
} from '@bufbuild/protobuf/codegenv2';
var file_nexuslink_v1_state = /* @__PURE__ */ fileDesc8(
  'ChhuZXh1c2xpbmsvdjEvc3RhdGUucHJvdG8SDG5leHVzbGluay52MSJlChFTa2lwcGVkTWVzc2FnZUtleRINCgVjaGFpbhgBIAEoDBIWCg5tZXNzYWdlX251bWJlchgCIAEoDRITCgttZXNzYWdlX2tleRgDIAEoDBIUCgxzdG9yZWRfYXRfbXMYBCABKAQiPAoTRm9yZ290dGVuTWVzc2FnZUtleRINCgVjaGFpbhgBIAEoDBIWCg5tZXNzYWdlX251bWJlchgCIAEoDSLEBQoMU2Vzc2lvblN0YXRlEg8KB3ZlcnNpb24YASABKA0SEgoKc2Vzc2lvbl9hZBgCIAEoDBIQCghyb290X2tleRgDIAEoDBIeChZzZW5kaW5nX3JhdGNoZXRfc2VjcmV0GAQgASgMEh0KFXJlY2VpdmluZ19yYXRjaGV0X2tleRgFIAEoDBIZChFzZW5kaW5nX2NoYWluX2tleRgGIAEoDBIbChNyZWNlaXZpbmdfY2hhaW5fa2V5GAcgASgMEh4KFnNlbmRpbmdfbWVzc2FnZV9udW1iZXIYCCABKA0SIAoYcmVjZWl2aW5nX21lc3NhZ2VfbnVtYmVyGAkgASgNEiUKHXByZXZpb3VzX3NlbmRpbmdfY2hhaW5fbGVuZ3RoGAogASgNEjAKB3NraXBwZWQYCyADKAsyHy5uZXh1c2xpbmsudjEuU2tpcHBlZE1lc3NhZ2VLZXkSNAoJZm9yZ290dGVuGAwgAygLMiEubmV4dXNsaW5rLnYxLkZvcmdvdHRlbk1lc3NhZ2VLZXkSGQoRaGVhZGVyX2VuY3J5cHRpb24YDSABKAgSGgoSc2VuZGluZ19oZWFkZXJfa2V5GA4gASgMEhwKFHJlY2VpdmluZ19oZWFkZXJfa2V5GA8gASgMEh8KF25leHRfc2VuZGluZ19oZWFkZXJfa2V5GBAgASgMEiEKGW5leHRfcmVjZWl2aW5nX2hlYWRlcl9rZXkYESABKAwSMwoOcGVuZGluZ19wcmVrZXkYEiABKAsyGy5uZXh1c2xpbmsudjEuUGVuZGluZ1ByZUtleRIQCghiYXNlX2tleRgTIAEoDBIbChNyZW1vdGVfaWRlbnRpdHlfa2V5GBQgASgMEhUKDWNyZWF0ZWRfYXRfbXMYFSABKAQSIQoZcHJldmlvdXNfcmVjZWl2aW5nX2NoYWlucxgWIAMoDCKGAQoNUGVuZGluZ1ByZUtleRIYChBzaWduZWRfcHJla2V5X2lkGAEgASgNEhoKEm9uZV90aW1lX3ByZWtleV9pZBgCIAEoDRIVCg1rZW1fcHJla2V5X2lkGAMgASgNEhAKCGJhc2Vfa2V5GAQgASgMEhYKDmtlbV9jaXBoZXJ0ZXh0GAUgASgMIpoBCg1TZXNzaW9uUmVjb3JkEg8KB3ZlcnNpb24YASABKA0SKwoHY3VycmVudBgCIAEoCzIaLm5leHVzbGluay52MS5TZXNzaW9uU3RhdGUSLAoIYXJjaGl2ZWQYAyADKAsyGi5uZXh1c2xpbmsudjEuU2Vzc2lvblN0YXRlEh0KFWxhc3RfcmVzZXRfcmVxdWVzdF9tcxgEIAEoBCKHAgoOU2VuZGVyS2V5U3RhdGUSDwoHdmVyc2lvbhgBIAEoDRIXCg9kaXN0cmlidXRpb25faWQYAiABKAwSEAoIY2hhaW5faWQYAyABKA0SEQoJaXRlcmF0aW9uGAQgASgNEhEKCWNoYWluX2tleRgFIAEoDBITCgtzaWduaW5nX2tleRgGIAEoDBIWCg5zaWduaW5nX3NlY3JldBgHIAEoDBIwCgdza2lwcGVkGAggAygLMh8ubmV4dXNsaW5rLnYxLlNraXBwZWRNZXNzYWdlS2V5EjQKCWZvcmdvdHRlbhgJIAMoCzIhLm5leHVzbGluay52MS5Gb3Jnb3R0ZW5NZXNzYWdlS2V5IlAKD1NlbmRlcktleVJlY29yZBIPCgd2ZXJzaW9uGAEgASgNEiwKBnN0YXRlcxgCIAMoCzIcLm5leHVzbGluay52MS5TZW5kZXJLZXlTdGF0ZSKjAQoMUHJlS2V5UmVjb3JkEg8KB3ZlcnNpb24YASABKA0SJgoEa2luZBgCIAEoDjIYLm5leHVzbGluay52MS5QcmVLZXlLaW5kEg4KBmtleV9pZBgDIAEoDRIOCgZzZWNyZXQYBCABKAwSDgoGc2lnbmVkGAUgASgMEhMKC2xhc3RfcmVzb3J0GAYgASgIEhUKDWNyZWF0ZWRfYXRfbXMYByABKAQiewoVVHJ1c3RlZElkZW50aXR5UmVjb3JkEg8KB3ZlcnNpb24YASABKA0SIAoYc2VsZl9zaWduaW5nX2NlcnRpZmljYXRlGAIgASgMEhcKD3Jldm9jYXRpb25fbGlzdBgDIAEoDBIWCg52ZXJpZmllZF9hdF9tcxgEIAEoBCp0CgpQcmVLZXlLaW5kEhwKGFBSRV9LRVlfS0lORF9VTlNQRUNJRklFRBAAEhcKE1BSRV9LRVlfS0lORF9TSUdORUQQARIZChVQUkVfS0VZX0tJTkRfT05FX1RJTUUQAhIUChBQUkVfS0VZX0tJTkRfS0VNEANiBnByb3RvMw',
);
var SkippedMessageKeySchema = /* @__PURE__ */ messageDesc8(file_nexuslink_v1_state, 0);
var ForgottenMessageKeySchema = /* @__PURE__ */ messageDesc8(file_nexuslink_v1_state, 1);
var SessionStateSchema = /* @__PURE__ */ messageDesc8(file_nexuslink_v1_state, 2);
var PendingPreKeySchema = /* @__PURE__ */ messageDesc8(file_nexuslink_v1_state, 3);
var SessionRecordSchema = /* @__PURE__ */ messageDesc8(file_nexuslink_v1_state, 4);
var SenderKeyStateSchema = /* @__PURE__ */ messageDesc8(file_nexuslink_v1_state, 5);
var SenderKeyRecordSchema = /* @__PURE__ */ messageDesc8(file_nexuslink_v1_state, 6);
var PreKeyRecordSchema = /* @__PURE__ */ messageDesc8(file_nexuslink_v1_state, 7);
var TrustedIdentityRecordSchema = /* @__PURE__ */ messageDesc8(file_nexuslink_v1_state, 8);

// src/ratchet/records.ts
import {
  create as create2,
  fromBinary as fromBinary2,
  toBinary as toBinary2,
} from '@bufbuild/protobuf';
var STATE_VERSION = 1;
function decodeRecord(schema, bytes, what) {
  let record;
  try {
    record = fromBinary2(schema, bytes, { readUnknownFields: false });
  } catch (cause) {
    throw new NexusError('MALFORMED', `${what} record is not valid`, { cause });
  }
  const version = record.version;
  if (version !== STATE_VERSION)
    throw new NexusError(
      'UNSUPPORTED_VERSION',
      `${what} record has version ${String(version)}; this release reads ${STATE_VERSION}`,
    );
  return record;
}
function decodeSessionRecord(bytes) {
  const record = decodeRecord(SessionRecordSchema, bytes, 'session');
  for (const state of [record.current, ...record.archived]) {
    if (state !== void 0 && state.version !== STATE_VERSION)
      throw new NexusError('UNSUPPORTED_VERSION', 'session state has an unknown version');
  }
  return record;
}
function encodeSessionRecord(record) {
  return toBinary2(SessionRecordSchema, record);
}
function emptySessionRecord() {
  return create2(SessionRecordSchema, { version: STATE_VERSION });
}
function decodeSenderKeyRecord(bytes) {
  const record = decodeRecord(SenderKeyRecordSchema, bytes, 'sender key');
  for (const s of record.states)
    if (s.version !== STATE_VERSION)
      throw new NexusError('UNSUPPORTED_VERSION', 'sender key state has an unknown version');
  return record;
}
function encodeSenderKeyRecord(record) {
  return toBinary2(SenderKeyRecordSchema, record);
}
function decodePreKeyRecord(bytes, kind) {
  const record = decodeRecord(PreKeyRecordSchema, bytes, 'prekey');
  if (record.kind !== WIRE_KIND[kind])
    throw new NexusError('MALFORMED', `prekey record is not a ${kind} prekey`);
  const expected = kind === 'kem' ? 64 : 32;
  if (record.secret.length !== expected)
    throw new NexusError('MALFORMED', 'prekey record has a secret of the wrong size');
  return record;
}
function encodePreKeyRecord(record) {
  return toBinary2(PreKeyRecordSchema, record);
}
function decodeTrustedIdentityRecord(bytes) {
  return decodeRecord(TrustedIdentityRecordSchema, bytes, 'trusted identity');
}
function encodeTrustedIdentityRecord(record) {
  return toBinary2(TrustedIdentityRecordSchema, record);
}
var WIRE_KIND = {
  signed: 1 /* SIGNED */,
  'one-time': 2 /* ONE_TIME */,
  kem: 3 /* KEM */,
};

// src/ratchet/prekeys.ts
function localDevice(options) {
  const ssk = decodeSelfSigningCertificate(options.selfSigningCertificate);
  const { device, uuid } = verifyDeviceCertificate(options.deviceCertificate, {
    identity: ssk.identityKey,
    selfSigningCertificate: options.selfSigningCertificate,
    ...(options.now === void 0 ? {} : { now: options.now }),
  });
  if (!bytesEqual(device.keyAgreementKey, options.keyAgreementKey.publicKey)) {
    throw new NexusError('INVALID_KEY', 'key-agreement key does not match the device certificate');
  }
  if (
    device.signingKey.algorithm !== options.signer.publicKey.algorithm ||
    !bytesEqual(device.signingKey.bytes, options.signer.publicKey.bytes)
  ) {
    throw new NexusError('INVALID_KEY', 'signer does not match the device certificate');
  }
  return Object.freeze({
    uuid,
    identityKey: ssk.identityKey,
    deviceId: device.deviceId,
    deviceCertificate: options.deviceCertificate,
    selfSigningCertificate: options.selfSigningCertificate,
    keyAgreementKey: options.keyAgreementKey,
    signer: options.signer,
  });
}
function checkId(id) {
  if (!Number.isInteger(id) || id < 1 || id > 4294967295)
    throw new NexusError('INVALID_ARGUMENT', 'prekey ids are integers from 1 to 2^32 - 1');
}
async function createSignedPreKey(device, store, id, options = {}) {
  checkId(id);
  const secret = (options.random ?? systemRandom).randomBytes(SIZES.x25519);
  const createdAtMs = checkTime('createdAt', (options.clock ?? systemClock).now());
  const body = preKeyBodyCodec.encode({
    version: 1,
    keyId: id,
    publicKey: { algorithm: 3 /* X25519 */, key: crypto().x25519PublicKey(secret) },
    createdAtMs,
  });
  const signed = signedPreKeyCodec.encode({
    body,
    signature: await signLabelled(device.signer, SIGNATURE_LABELS.signedPreKey, body),
  });
  await store.storePreKey(
    'signed',
    id,
    encodePreKeyRecord(
      create3(PreKeyRecordSchema, {
        version: STATE_VERSION,
        kind: WIRE_KIND.signed,
        keyId: id,
        secret,
        signed,
        createdAtMs,
      }),
    ),
  );
  return signed;
}
async function createKemPreKey(device, store, id, options = {}) {
  checkId(id);
  const seed = (options.random ?? systemRandom).randomBytes(SIZES.mlKemSeed);
  const createdAtMs = checkTime('createdAt', (options.clock ?? systemClock).now());
  const lastResort = options.lastResort ?? false;
  const body = preKeyBodyCodec.encode({
    version: 1,
    keyId: id,
    publicKey: { algorithm: 5 /* ML_KEM_1024 */, key: crypto().mlKem1024PublicKey(seed) },
    createdAtMs,
    lastResort,
  });
  const signed = signedPreKeyCodec.encode({
    body,
    signature: await signLabelled(device.signer, SIGNATURE_LABELS.signedPreKey, body),
  });
  await store.storePreKey(
    'kem',
    id,
    encodePreKeyRecord(
      create3(PreKeyRecordSchema, {
        version: STATE_VERSION,
        kind: WIRE_KIND.kem,
        keyId: id,
        secret: seed,
        signed,
        lastResort,
        createdAtMs,
      }),
    ),
  );
  return signed;
}
async function createOneTimePreKeys(store, firstId, count, options = {}) {
  if (!Number.isInteger(count) || count < 0 || count > 1e4)
    throw new NexusError('INVALID_ARGUMENT', 'count must be 0..10000');
  checkId(firstId);
  checkId(firstId + Math.max(count - 1, 0));
  const out = [];
  const createdAtMs = checkTime('createdAt', (options.clock ?? systemClock).now());
  for (let i = 0; i < count; i++) {
    const id = firstId + i;
    const secret = (options.random ?? systemRandom).randomBytes(SIZES.x25519);
    await store.storePreKey(
      'one-time',
      id,
      encodePreKeyRecord(
        create3(PreKeyRecordSchema, {
          version: STATE_VERSION,
          kind: WIRE_KIND['one-time'],
          keyId: id,
          secret,
          createdAtMs,
        }),
      ),
    );
    out.push(oneTimePreKeyCodec.encode({ keyId: id, publicKey: crypto().x25519PublicKey(secret) }));
  }
  return out;
}
function createPreKeyBundle(options) {
  return preKeyBundleCodec.encode({
    version: 1,
    selfSigningCertificate: signedMessageCodec.decode(options.device.selfSigningCertificate),
    deviceCertificate: signedMessageCodec.decode(options.device.deviceCertificate),
    signedPrekey: signedPreKeyCodec.decode(options.signedPreKey),
    kemPrekey: signedPreKeyCodec.decode(options.kemPreKey),
    ...(options.oneTimePreKey
      ? { oneTimePrekey: oneTimePreKeyCodec.decode(options.oneTimePreKey) }
      : {}),
  });
}
function verifyPreKeyBundle(bytes, options = {}) {
  const now2 = verificationTime(options);
  const bundle = preKeyBundleCodec.decode(bytes);
  const sskBytes = signedMessageCodec.encode(bundle.selfSigningCertificate);
  const presented = decodeSelfSigningCertificate(sskBytes);
  const uuid = uuidFromPublicKey(presented.identityKey);
  if (options.expectedUuid !== void 0 && options.expectedUuid !== uuid) {
    throw new NexusError('UNTRUSTED_IDENTITY', 'bundle belongs to another identity');
  }
  const trusted = trustedChain(presented.identityKey, sskBytes, options.known, now2);
  const { device } = verifyDeviceCertificate(signedMessageCodec.encode(bundle.deviceCertificate), {
    identity: presented.identityKey,
    selfSigningCertificate: trusted.selfSigningCertificate.bytes,
    revocationList: trusted.revocationList,
    now: now2,
  });
  const spk = verifySignedPreKey(bundle.signedPrekey, device, 3 /* X25519 */);
  const kem = verifySignedPreKey(bundle.kemPrekey, device, 5 /* ML_KEM_1024 */);
  return Object.freeze({
    uuid,
    device,
    selfSigningCertificate: trusted.selfSigningCertificate,
    revocationList: trusted.revocationList,
    signedPreKey: { id: spk.keyId, publicKey: spk.publicKey.key },
    oneTimePreKey: bundle.oneTimePrekey
      ? { id: bundle.oneTimePrekey.keyId, publicKey: bundle.oneTimePrekey.publicKey }
      : null,
    kemPreKey: { id: kem.keyId, publicKey: kem.publicKey.key, lastResort: kem.lastResort },
  });
}
function trustedChain(identityKey, presentedSelfSigning, known, now2) {
  const presented = verifySelfSigningCertificate(presentedSelfSigning, identityKey, { now: now2 });
  const held = known?.selfSigningCertificate
    ? decodeSelfSigningCertificate(known.selfSigningCertificate)
    : null;
  const selfSigningCertificate = acceptSelfSigningCertificate(held, presented);
  let revocationList = null;
  if (known?.revocationList) {
    try {
      revocationList = verifyRevocationList(known.revocationList, {
        identity: identityKey,
        selfSigningCertificate: selfSigningCertificate.bytes,
        now: now2,
      });
    } catch (err) {
      if (!NexusError.is(err, 'UNKNOWN_ISSUER')) throw err;
      revocationList = null;
    }
  }
  return { selfSigningCertificate, revocationList };
}
function verifySignedPreKey(signed, device, algorithm) {
  const body = preKeyBodyCodec.decode(signed.body);
  if (body.publicKey.algorithm !== algorithm)
    throw new NexusError('MALFORMED', 'prekey has the wrong algorithm for its place in the bundle');
  requireSignature(
    device.signingKey,
    SIGNATURE_LABELS.signedPreKey,
    signed.body,
    signed.signature,
    'prekey',
  );
  return body;
}

// src/ratchet/session.ts
import { clone, create as create5 } from '@bufbuild/protobuf';

// src/ratchet/double-ratchet.ts
import { create as create4 } from '@bufbuild/protobuf';

// src/ratchet/kdf.ts
var ROOT_INFO = utf8(LABELS.rootKey);
var MESSAGE_INFO = utf8(LABELS.messageKeys);
var SENDER_MESSAGE_INFO = utf8(LABELS.senderMessageKeys);
var ZERO_SALT = new Uint8Array(32);
var ONE = Uint8Array.of(1);
var TWO = Uint8Array.of(2);
function kdfRootKey(rootKey, dhOutput) {
  const okm = crypto().hkdfSha256(dhOutput, rootKey, ROOT_INFO, 96);
  return {
    rootKey: okm.slice(0, 32),
    chainKey: okm.slice(32, 64),
    nextHeaderKey: okm.slice(64, 96),
  };
}
function kdfChainKey(chainKey) {
  const c = crypto();
  return { messageKey: c.hmacSha256(chainKey, ONE), chainKey: c.hmacSha256(chainKey, TWO) };
}
function messageKeyMaterial(messageKey, group = false) {
  const okm = crypto().hkdfSha256(
    messageKey,
    ZERO_SALT,
    group ? SENDER_MESSAGE_INFO : MESSAGE_INFO,
    SIZES.aeadKey + SIZES.aeadNonce,
  );
  return { key: okm.subarray(0, 32), nonce: okm.subarray(32, 44) };
}
function lengthPrefixed(...parts) {
  const out = [];
  for (const p of parts) out.push(u32be(p.length), p);
  return concat(...out);
}

// src/ratchet/double-ratchet.ts
function dh(secret, publicKey) {
  const out = crypto().x25519(secret, publicKey);
  if (out === null) throw new NexusError('DECRYPT_FAILED', 'ratchet key is a low-order point');
  return out;
}
function newRatchetSecret(random2) {
  return random2.randomBytes(SIZES.x25519);
}
function initializeInitiator(options) {
  const sendingSecret = newRatchetSecret(options.random);
  const derived = kdfRootKey(options.secrets.rootKey, dh(sendingSecret, options.remoteRatchetKey));
  const he = options.headerEncryption;
  return create4(SessionStateSchema, {
    version: 1,
    sessionAd: options.sessionAd,
    rootKey: derived.rootKey,
    sendingRatchetSecret: sendingSecret,
    receivingRatchetKey: options.remoteRatchetKey,
    sendingChainKey: derived.chainKey,
    headerEncryption: he,
    sendingHeaderKey: he ? options.secrets.initiatorHeaderKey : new Uint8Array(0),
    nextSendingHeaderKey: he ? derived.nextHeaderKey : new Uint8Array(0),
    nextReceivingHeaderKey: he ? options.secrets.responderNextHeaderKey : new Uint8Array(0),
    pendingPrekey: options.pending,
    baseKey: options.pending.baseKey,
    remoteIdentityKey: options.remoteIdentityKey,
    createdAtMs: BigInt(options.now),
  });
}
function initializeResponder(options) {
  const he = options.headerEncryption;
  return create4(SessionStateSchema, {
    version: 1,
    sessionAd: options.sessionAd,
    rootKey: options.secrets.rootKey,
    sendingRatchetSecret: options.signedPreKeySecret,
    headerEncryption: he,
    nextSendingHeaderKey: he ? options.secrets.responderNextHeaderKey : new Uint8Array(0),
    nextReceivingHeaderKey: he ? options.secrets.initiatorHeaderKey : new Uint8Array(0),
    baseKey: options.baseKey,
    remoteIdentityKey: options.remoteIdentityKey,
    createdAtMs: BigInt(options.now),
  });
}
function messageAd(sessionAd, header) {
  return lengthPrefixed(sessionAd, header);
}
function sealHeader(key, header, sessionAd, random2) {
  const nonce = random2.randomBytes(SIZES.headerNonce);
  return concat(nonce, crypto().xchacha20poly1305Seal(key, nonce, header, sessionAd));
}
function openHeader(key, encrypted, sessionAd) {
  if (key.length === 0 || encrypted.length < SIZES.headerNonce + SIZES.tag) return null;
  return crypto().xchacha20poly1305Open(
    key,
    encrypted.subarray(0, SIZES.headerNonce),
    encrypted.subarray(SIZES.headerNonce),
    sessionAd,
  );
}
function ratchetEncrypt(state, plaintext, random2) {
  if (state.sendingChainKey.length === 0) {
    throw new NexusError('NO_SESSION', 'this session cannot send until it receives a message');
  }
  const { chainKey, messageKey } = kdfChainKey(state.sendingChainKey);
  state.sendingChainKey = chainKey;
  const header = ratchetHeaderCodec.encode({
    ratchetKey: crypto().x25519PublicKey(state.sendingRatchetSecret),
    previousChainLength: state.previousSendingChainLength,
    messageNumber: state.sendingMessageNumber,
  });
  state.sendingMessageNumber += 1;
  const headerBytes = state.headerEncryption
    ? sealHeader(state.sendingHeaderKey, header, state.sessionAd, random2)
    : header;
  const { key, nonce } = messageKeyMaterial(messageKey);
  const ciphertext = crypto().chacha20poly1305Seal(
    key,
    nonce,
    plaintext,
    messageAd(state.sessionAd, headerBytes),
  );
  return create4(RatchetMessageSchema, {
    version: 1,
    ...(state.headerEncryption ? { encryptedHeader: headerBytes } : { header: headerBytes }),
    ciphertext,
  });
}
function headerBytesOf(message) {
  return message.encryptedHeader.length > 0 ? message.encryptedHeader : message.header;
}
function openWith(messageKey, message, sessionAd) {
  const { key, nonce } = messageKeyMaterial(messageKey);
  const plaintext = crypto().chacha20poly1305Open(
    key,
    nonce,
    message.ciphertext,
    messageAd(sessionAd, headerBytesOf(message)),
  );
  if (plaintext === null) throw new NexusError('DECRYPT_FAILED', 'message does not authenticate');
  return plaintext;
}
function expireSkippedKeys(state, now2) {
  const cutoff = BigInt(now2 - LIMITS.skippedKeyLifetimeMs);
  const keep = state.skipped.filter((k) => k.storedAtMs > cutoff);
  if (keep.length === state.skipped.length) return;
  for (const k of state.skipped)
    if (k.storedAtMs <= cutoff) forget(state, k.chain, k.messageNumber);
  state.skipped = keep;
}
function forget(state, chain, messageNumber) {
  state.forgotten.push(create4(ForgottenMessageKeySchema, { chain, messageNumber }));
  if (state.forgotten.length > LIMITS.maxForgotten)
    state.forgotten.splice(0, state.forgotten.length - LIMITS.maxForgotten);
}
function isForgotten(state, chain, messageNumber) {
  return state.forgotten.some(
    (f) => f.messageNumber === messageNumber && bytesEqual(f.chain, chain),
  );
}
function storeSkipped(state, chain, messageNumber, messageKey, now2) {
  state.skipped.push(
    create4(SkippedMessageKeySchema, {
      chain,
      messageNumber,
      messageKey,
      storedAtMs: BigInt(now2),
    }),
  );
  while (state.skipped.length > LIMITS.maxStoredSkippedKeys) {
    const evicted = state.skipped.shift();
    forget(state, evicted.chain, evicted.messageNumber);
  }
}
function takeSkipped(state, chain, messageNumber) {
  const i = state.skipped.findIndex(
    (k) => k.messageNumber === messageNumber && bytesEqual(k.chain, chain),
  );
  if (i < 0) return null;
  const [key] = state.skipped.splice(i, 1);
  return key.messageKey;
}
function receivingChainId(state) {
  return state.headerEncryption ? state.receivingHeaderKey : state.receivingRatchetKey;
}
function skipMessageKeys(state, until, now2) {
  if (until - state.receivingMessageNumber > LIMITS.maxSkip) {
    throw new NexusError('TOO_MANY_SKIPPED', `message would skip more than ${LIMITS.maxSkip} keys`);
  }
  if (state.receivingChainKey.length === 0) return;
  const chain = receivingChainId(state);
  while (state.receivingMessageNumber < until) {
    const { chainKey, messageKey } = kdfChainKey(state.receivingChainKey);
    state.receivingChainKey = chainKey;
    storeSkipped(state, chain, state.receivingMessageNumber, messageKey, now2);
    state.receivingMessageNumber += 1;
  }
}
function dhRatchet(state, remoteRatchetKey, random2) {
  const finished = receivingChainId(state);
  if (finished.length > 0) {
    state.previousReceivingChains.push(finished);
    if (state.previousReceivingChains.length > LIMITS.maxPreviousChains)
      state.previousReceivingChains.shift();
  }
  state.previousSendingChainLength = state.sendingMessageNumber;
  state.sendingMessageNumber = 0;
  state.receivingMessageNumber = 0;
  if (state.headerEncryption) {
    state.sendingHeaderKey = state.nextSendingHeaderKey;
    state.receivingHeaderKey = state.nextReceivingHeaderKey;
  }
  state.receivingRatchetKey = remoteRatchetKey;
  const receiving = kdfRootKey(state.rootKey, dh(state.sendingRatchetSecret, remoteRatchetKey));
  state.rootKey = receiving.rootKey;
  state.receivingChainKey = receiving.chainKey;
  if (state.headerEncryption) state.nextReceivingHeaderKey = receiving.nextHeaderKey;
  state.sendingRatchetSecret = newRatchetSecret(random2);
  const sending = kdfRootKey(state.rootKey, dh(state.sendingRatchetSecret, remoteRatchetKey));
  state.rootKey = sending.rootKey;
  state.sendingChainKey = sending.chainKey;
  if (state.headerEncryption) state.nextSendingHeaderKey = sending.nextHeaderKey;
}
function decodeHeader(bytes) {
  try {
    return ratchetHeaderCodec.decode(bytes);
  } catch {
    throw new NexusError('DECRYPT_FAILED', 'message header is malformed');
  }
}
function ratchetDecrypt(state, message, now2, random2) {
  if (state.headerEncryption !== message.encryptedHeader.length > 0) {
    throw new NexusError('DECRYPT_FAILED', 'header encryption does not match the session');
  }
  expireSkippedKeys(state, now2);
  return state.headerEncryption
    ? decryptWithHeaderEncryption(state, message, now2, random2)
    : decryptPlain(state, message, now2, random2);
}
function decryptPlain(state, message, now2, random2) {
  const header = decodeHeader(message.header);
  const skipped = takeSkipped(state, header.ratchetKey, header.messageNumber);
  if (skipped !== null) return openWith(skipped, message, state.sessionAd);
  if (isForgotten(state, header.ratchetKey, header.messageNumber)) {
    throw new NexusError(
      'MESSAGE_EXPIRED',
      'the key of this message was deleted (expired or evicted)',
    );
  }
  const sameChain =
    state.receivingRatchetKey.length > 0 &&
    bytesEqual(header.ratchetKey, state.receivingRatchetKey);
  if (sameChain && header.messageNumber < state.receivingMessageNumber) {
    throw new NexusError('DUPLICATE_MESSAGE', 'this message was already decrypted');
  }
  if (!sameChain && state.previousReceivingChains.some((c) => bytesEqual(c, header.ratchetKey))) {
    throw new NexusError('DUPLICATE_MESSAGE', 'this message was already decrypted');
  }
  if (!sameChain) {
    skipMessageKeys(state, header.previousChainLength, now2);
    dhRatchet(state, header.ratchetKey, random2);
  }
  skipMessageKeys(state, header.messageNumber, now2);
  const { chainKey, messageKey } = kdfChainKey(state.receivingChainKey);
  state.receivingChainKey = chainKey;
  state.receivingMessageNumber += 1;
  return openWith(messageKey, message, state.sessionAd);
}
function decryptWithHeaderEncryption(state, message, now2, random2) {
  const tried = /* @__PURE__ */ new Set();
  for (const k of state.skipped) {
    const id = toHex(k.chain);
    if (tried.has(id)) continue;
    tried.add(id);
    const plainHeader2 = openHeader(k.chain, message.encryptedHeader, state.sessionAd);
    if (plainHeader2 === null) continue;
    const header2 = decodeHeader(plainHeader2);
    const key = takeSkipped(state, k.chain, header2.messageNumber);
    if (key !== null) return openWith(key, message, state.sessionAd);
    if (isForgotten(state, k.chain, header2.messageNumber))
      throw new NexusError(
        'MESSAGE_EXPIRED',
        'the key of this message was deleted (expired or evicted)',
      );
  }
  let plainHeader = openHeader(state.receivingHeaderKey, message.encryptedHeader, state.sessionAd);
  let ratchetStep = false;
  if (plainHeader === null) {
    plainHeader = openHeader(
      state.nextReceivingHeaderKey,
      message.encryptedHeader,
      state.sessionAd,
    );
    ratchetStep = true;
  }
  if (plainHeader === null) {
    const chains = new Map(
      [...state.previousReceivingChains, ...state.forgotten.map((f) => f.chain)].map((c) => [
        toHex(c),
        c,
      ]),
    );
    for (const chain of chains.values()) {
      const opened = openHeader(chain, message.encryptedHeader, state.sessionAd);
      if (opened === null) continue;
      if (isForgotten(state, chain, decodeHeader(opened).messageNumber)) {
        throw new NexusError(
          'MESSAGE_EXPIRED',
          'the key of this message was deleted (expired or evicted)',
        );
      }
      throw new NexusError('DUPLICATE_MESSAGE', 'this message was already decrypted');
    }
    throw new NexusError('DECRYPT_FAILED', 'message header does not authenticate');
  }
  const header = decodeHeader(plainHeader);
  if (!ratchetStep) {
    if (isForgotten(state, state.receivingHeaderKey, header.messageNumber)) {
      throw new NexusError(
        'MESSAGE_EXPIRED',
        'the key of this message was deleted (expired or evicted)',
      );
    }
    if (header.messageNumber < state.receivingMessageNumber)
      throw new NexusError('DUPLICATE_MESSAGE', 'this message was already decrypted');
  } else {
    skipMessageKeys(state, header.previousChainLength, now2);
    dhRatchet(state, header.ratchetKey, random2);
  }
  skipMessageKeys(state, header.messageNumber, now2);
  const { chainKey, messageKey } = kdfChainKey(state.receivingChainKey);
  state.receivingChainKey = chainKey;
  state.receivingMessageNumber += 1;
  return openWith(messageKey, message, state.sessionAd);
}

// src/ratchet/pqxdh.ts
var F = new Uint8Array(32).fill(255);
var ZERO_SALT2 = new Uint8Array(32);
var INFO = utf8(LABELS.pqxdhInfo);
var AD_LABEL = utf8(LABELS.sessionAd);
function sessionAssociatedData(initiator, responder) {
  return lengthPrefixed(
    AD_LABEL,
    initiator.identityKey,
    initiator.deviceId,
    initiator.keyAgreementKey,
    responder.identityKey,
    responder.deviceId,
    responder.keyAgreementKey,
  );
}
function dh2(secret, publicKey) {
  const out = crypto().x25519(secret, publicKey);
  if (out === null) throw new NexusError('INVALID_KEY', 'PQXDH: a public key is a low-order point');
  return out;
}
function deriveSecrets(dhs, kemSecret) {
  const okm = crypto().hkdfSha256(concat(F, ...dhs, kemSecret), ZERO_SALT2, INFO, 96);
  return {
    rootKey: okm.slice(0, 32),
    initiatorHeaderKey: okm.slice(32, 64),
    responderNextHeaderKey: okm.slice(64, 96),
  };
}
function pqxdhInitiate(options) {
  const ephemeral = options.random.randomBytes(SIZES.x25519);
  const dhs = [
    options.agree(options.signedPreKey),
    dh2(ephemeral, options.responderKeyAgreementKey),
    dh2(ephemeral, options.signedPreKey),
  ];
  if (options.oneTimePreKey) dhs.push(dh2(ephemeral, options.oneTimePreKey));
  let kem;
  try {
    kem = crypto().mlKem1024Encapsulate(options.kemPreKey, options.kemRandomness);
  } catch (cause) {
    throw new NexusError('INVALID_KEY', 'PQXDH: the KEM prekey is not a valid ML-KEM-1024 key', {
      cause,
    });
  }
  return {
    secrets: deriveSecrets(dhs, kem.sharedSecret),
    baseKey: crypto().x25519PublicKey(ephemeral),
    kemCiphertext: kem.ciphertext,
  };
}
function pqxdhRespond(options) {
  const dhs = [
    dh2(options.signedPreKeySecret, options.initiatorKeyAgreementKey),
    options.agree(options.baseKey),
    dh2(options.signedPreKeySecret, options.baseKey),
  ];
  if (options.oneTimePreKeySecret) dhs.push(dh2(options.oneTimePreKeySecret, options.baseKey));
  if (options.kemCiphertext.length !== SIZES.mlKem1024Ciphertext)
    throw new NexusError('MALFORMED', 'PQXDH: KEM ciphertext has the wrong length');
  const sharedSecret = crypto().mlKem1024Decapsulate(options.kemSeed, options.kemCiphertext);
  return deriveSecrets(dhs, sharedSecret);
}

// src/ratchet/session.ts
function deviceAddress(uuid, deviceId) {
  return { uuid, deviceId: toHex(deviceId) };
}
function now(ctx) {
  return (ctx.clock ?? systemClock).now();
}
function random(ctx) {
  return ctx.random ?? systemRandom;
}
async function loadRecord(ctx, address) {
  const bytes = await ctx.stores.sessions.loadSession(address);
  return bytes === null ? null : decodeSessionRecord(bytes);
}
function promote(record, state, archivedIndex) {
  if (archivedIndex !== void 0) record.archived.splice(archivedIndex, 1);
  if (record.current !== void 0) record.archived.unshift(record.current);
  record.current = state;
  if (record.archived.length > LIMITS.maxArchivedStates)
    record.archived.length = LIMITS.maxArchivedStates;
}
async function loadTrusted(ctx, uuid) {
  const bytes = await ctx.stores.identities.loadIdentity(uuid);
  if (bytes === null)
    return { selfSigningCertificate: null, revocationList: null, verifiedAtMs: 0n };
  const record = decodeTrustedIdentityRecord(bytes);
  return {
    selfSigningCertificate: record.selfSigningCertificate.length
      ? record.selfSigningCertificate
      : null,
    revocationList: record.revocationList.length ? record.revocationList : null,
    verifiedAtMs: record.verifiedAtMs,
  };
}
async function storeTrusted(ctx, uuid, selfSigning, revocationList, verifiedAtMs) {
  await ctx.stores.identities.storeIdentity(
    uuid,
    encodeTrustedIdentityRecord(
      create5(TrustedIdentityRecordSchema, {
        version: STATE_VERSION,
        selfSigningCertificate: selfSigning.bytes,
        revocationList: revocationList?.bytes ?? new Uint8Array(0),
        verifiedAtMs,
      }),
    ),
  );
}
async function establishSession(local, bundle, options) {
  const t = now(options);
  const peek = verifyPreKeyBundle(bundle, {
    ...(options.expectedUuid === void 0 ? {} : { expectedUuid: options.expectedUuid }),
    now: t,
  });
  const trusted = await loadTrusted(options, peek.uuid);
  const verified = verifyPreKeyBundle(bundle, { expectedUuid: peek.uuid, known: trusted, now: t });
  if (bytesEqual(verified.device.deviceId, local.deviceId) && verified.uuid === local.uuid) {
    throw new NexusError('INVALID_ARGUMENT', 'cannot open a session with this device itself');
  }
  const initiation = pqxdhInitiate({
    agree: (pk) => local.keyAgreementKey.agree(pk),
    responderKeyAgreementKey: verified.device.keyAgreementKey,
    signedPreKey: verified.signedPreKey.publicKey,
    oneTimePreKey: verified.oneTimePreKey?.publicKey ?? null,
    kemPreKey: verified.kemPreKey.publicKey,
    random: random(options),
    ...(options.kemRandomness ? { kemRandomness: options.kemRandomness } : {}),
  });
  const sessionAd = sessionAssociatedData(
    {
      identityKey: local.identityKey,
      deviceId: local.deviceId,
      keyAgreementKey: local.keyAgreementKey.publicKey,
    },
    {
      identityKey: verified.device.identityKey,
      deviceId: verified.device.deviceId,
      keyAgreementKey: verified.device.keyAgreementKey,
    },
  );
  const state = initializeInitiator({
    secrets: initiation.secrets,
    sessionAd,
    remoteRatchetKey: verified.signedPreKey.publicKey,
    remoteIdentityKey: verified.device.keyAgreementKey,
    headerEncryption: options.headerEncryption ?? false,
    pending: create5(PendingPreKeySchema, {
      signedPrekeyId: verified.signedPreKey.id,
      oneTimePrekeyId: verified.oneTimePreKey?.id ?? 0,
      kemPrekeyId: verified.kemPreKey.id,
      baseKey: initiation.baseKey,
      kemCiphertext: initiation.kemCiphertext,
    }),
    now: t,
    random: random(options),
  });
  const address = deviceAddress(verified.uuid, verified.device.deviceId);
  const record = (await loadRecord(options, address)) ?? emptySessionRecord();
  promote(record, state);
  await options.stores.sessions.storeSession(address, encodeSessionRecord(record));
  await storeTrusted(
    options,
    verified.uuid,
    verified.selfSigningCertificate,
    verified.revocationList,
    trusted.verifiedAtMs,
  );
  return address;
}
async function encryptMessage(local, address, plaintext, ctx) {
  const record = await loadRecord(ctx, address);
  if (record?.current === void 0) throw new NexusError('NO_SESSION', 'no session with this device');
  const state = clone(SessionStateSchema, record.current);
  const message = ratchetEncrypt(state, plaintext, random(ctx));
  let type;
  let content;
  if (state.pendingPrekey !== void 0) {
    type = 1; /* PREKEY_MESSAGE */
    content = preKeyMessageCodec.encode({
      version: 1,
      selfSigningCertificate: signedMessageCodec.decode(local.selfSigningCertificate),
      deviceCertificate: signedMessageCodec.decode(local.deviceCertificate),
      signedPrekeyId: state.pendingPrekey.signedPrekeyId,
      oneTimePrekeyId: state.pendingPrekey.oneTimePrekeyId,
      kemPrekeyId: state.pendingPrekey.kemPrekeyId,
      baseKey: state.pendingPrekey.baseKey,
      kemCiphertext: state.pendingPrekey.kemCiphertext,
      message,
    });
  } else {
    type = 2; /* RATCHET_MESSAGE */
    content = ratchetMessageCodec.encode(message);
  }
  record.current = state;
  await ctx.stores.sessions.storeSession(address, encodeSessionRecord(record));
  return envelopeCodec.encode({
    version: 1,
    type,
    senderDeviceId: local.deviceId,
    recipientDeviceId: fromHexId(address.deviceId),
    timestampMs: BigInt(now(ctx)),
    content,
    senderIdentityKey: local.identityKey,
  });
}
function fromHexId(hex) {
  if (!/^[0-9a-f]{32}$/.test(hex))
    throw new NexusError('INVALID_ARGUMENT', 'device ids are 32 lower-case hex digits');
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
function bestError(errors) {
  for (const code of ['DUPLICATE_MESSAGE', 'MESSAGE_EXPIRED', 'TOO_MANY_SKIPPED']) {
    const found = errors.find((e) => NexusError.is(e, code));
    if (found) return found;
  }
  return (
    errors.find((e) => !NexusError.is(e, 'DECRYPT_FAILED')) ??
    new NexusError(
      'DECRYPT_FAILED',
      'message does not authenticate under any session with its sender',
    )
  );
}
function decryptWithRecord(record, message, t, rng, filter = () => true) {
  const candidates = [];
  if (record.current !== void 0 && filter(record.current))
    candidates.push({ state: record.current });
  record.archived.forEach((s, index) => {
    if (filter(s)) candidates.push({ state: s, index });
  });
  const errors = [];
  for (const { state, index } of candidates) {
    const copy = clone(SessionStateSchema, state);
    try {
      const plaintext = ratchetDecrypt(copy, message, t, rng);
      if (copy.pendingPrekey !== void 0 && copy.receivingChainKey.length > 0)
        copy.pendingPrekey = void 0;
      if (index === void 0) record.current = copy;
      else promote(record, copy, index);
      return plaintext;
    } catch (err) {
      if (!NexusError.is(err)) throw err;
      errors.push(err);
    }
  }
  if (candidates.length === 0) throw new NexusError('NO_SESSION', 'no session with this device');
  throw bestError(errors);
}
async function decryptMessage(local, envelope, ctx) {
  const env = envelopeCodec.decode(envelope);
  if (env.recipientDeviceId.length > 0 && !bytesEqual(env.recipientDeviceId, local.deviceId)) {
    throw new NexusError('DECRYPT_FAILED', 'envelope is addressed to another device');
  }
  const t = now(ctx);
  const timestamp = Number(env.timestampMs);
  if (env.type === 1 /* PREKEY_MESSAGE */) {
    const result = await decryptPreKeyMessage(local, env.content, t, ctx);
    return { ...result, timestamp };
  }
  if (env.type !== 2 /* RATCHET_MESSAGE */)
    throw new NexusError('MALFORMED', 'not a 1:1 message envelope');
  if (env.senderIdentityKey.length !== 32)
    throw new NexusError('MALFORMED', 'envelope lacks the sender identity key');
  let uuid;
  try {
    uuid = uuidFromPublicKey(env.senderIdentityKey);
  } catch {
    throw new NexusError('MALFORMED', 'envelope sender identity key is not a valid key');
  }
  const sender = deviceAddress(uuid, env.senderDeviceId);
  const message = ratchetMessageCodec.decode(env.content);
  const record = await loadRecord(ctx, sender);
  if (record === null) throw new NexusError('NO_SESSION', 'no session with the sending device');
  await requireNotRevoked(ctx, uuid, env.senderDeviceId, t);
  const plaintext = decryptWithRecord(record, message, t, random(ctx));
  await ctx.stores.sessions.storeSession(sender, encodeSessionRecord(record));
  return { plaintext, sender, timestamp, newSession: false };
}
async function requireNotRevoked(ctx, uuid, deviceId, t) {
  const trusted = await loadTrusted(ctx, uuid);
  if (trusted.revocationList === null || trusted.selfSigningCertificate === null) return;
  const ssk = decodeSelfSigningCertificate(trusted.selfSigningCertificate);
  const { revocationList } = trustedChain(
    ssk.identityKey,
    trusted.selfSigningCertificate,
    trusted,
    t,
  );
  if (revocationList !== null && isRevoked(revocationList, deviceId))
    throw new NexusError('REVOKED', 'the sending device has been revoked');
}
async function decryptPreKeyMessage(local, content, t, ctx) {
  const msg = preKeyMessageCodec.decode(content);
  const sskBytes = signedMessageCodec.encode(msg.selfSigningCertificate);
  const presented = decodeSelfSigningCertificate(sskBytes);
  const uuid = uuidFromPublicKey(presented.identityKey);
  const trusted = await loadTrusted(ctx, uuid);
  const chain = trustedChain(presented.identityKey, sskBytes, trusted, t);
  const { device } = verifyDeviceCertificate(signedMessageCodec.encode(msg.deviceCertificate), {
    identity: presented.identityKey,
    selfSigningCertificate: chain.selfSigningCertificate.bytes,
    revocationList: chain.revocationList,
    now: t,
  });
  const sender = deviceAddress(uuid, device.deviceId);
  const record = (await loadRecord(ctx, sender)) ?? emptySessionRecord();
  const rng = random(ctx);
  const sameBase = (s) =>
    bytesEqual(s.baseKey, msg.baseKey) && bytesEqual(s.remoteIdentityKey, device.keyAgreementKey);
  if ((record.current !== void 0 && sameBase(record.current)) || record.archived.some(sameBase)) {
    const plaintext2 = decryptWithRecord(record, msg.message, t, rng, sameBase);
    await ctx.stores.sessions.storeSession(sender, encodeSessionRecord(record));
    return { plaintext: plaintext2, sender, newSession: false };
  }
  const signed = await ctx.stores.preKeys.loadPreKey('signed', msg.signedPrekeyId);
  const kem = await ctx.stores.preKeys.loadPreKey('kem', msg.kemPrekeyId);
  const oneTime =
    msg.oneTimePrekeyId === 0
      ? null
      : await ctx.stores.preKeys.loadPreKey('one-time', msg.oneTimePrekeyId);
  if (signed === null || kem === null || (msg.oneTimePrekeyId !== 0 && oneTime === null)) {
    throw new NexusError(
      'UNKNOWN_PREKEY',
      'the message uses a prekey this device does not have (consumed or never issued)',
    );
  }
  const signedRecord = decodePreKeyRecord(signed, 'signed');
  const kemRecord = decodePreKeyRecord(kem, 'kem');
  const oneTimeRecord = oneTime === null ? null : decodePreKeyRecord(oneTime, 'one-time');
  let secrets;
  try {
    secrets = pqxdhRespond({
      agree: (pk) => local.keyAgreementKey.agree(pk),
      initiatorKeyAgreementKey: device.keyAgreementKey,
      signedPreKeySecret: signedRecord.secret,
      oneTimePreKeySecret: oneTimeRecord?.secret ?? null,
      kemSeed: kemRecord.secret,
      baseKey: msg.baseKey,
      kemCiphertext: msg.kemCiphertext,
    });
  } catch (err) {
    if (NexusError.is(err, 'INVALID_KEY'))
      throw new NexusError('DECRYPT_FAILED', 'the PreKeyMessage carries an invalid base key', {
        cause: err,
      });
    throw err;
  }
  const sessionAd = sessionAssociatedData(
    {
      identityKey: device.identityKey,
      deviceId: device.deviceId,
      keyAgreementKey: device.keyAgreementKey,
    },
    {
      identityKey: local.identityKey,
      deviceId: local.deviceId,
      keyAgreementKey: local.keyAgreementKey.publicKey,
    },
  );
  const state = initializeResponder({
    secrets,
    sessionAd,
    signedPreKeySecret: signedRecord.secret,
    baseKey: msg.baseKey,
    remoteIdentityKey: device.keyAgreementKey,
    headerEncryption: msg.message.encryptedHeader.length > 0,
    now: t,
  });
  const plaintext = ratchetDecrypt(state, msg.message, t, rng);
  promote(record, state);
  await ctx.stores.sessions.storeSession(sender, encodeSessionRecord(record));
  await storeTrusted(
    ctx,
    uuid,
    chain.selfSigningCertificate,
    chain.revocationList,
    trusted.verifiedAtMs,
  );
  if (oneTimeRecord !== null)
    await ctx.stores.preKeys.removePreKey('one-time', msg.oneTimePrekeyId);
  if (!kemRecord.lastResort) await ctx.stores.preKeys.removePreKey('kem', msg.kemPrekeyId);
  return { plaintext, sender, newSession: true };
}

// src/ratchet/sender-keys.ts
import { clone as clone2, create as create6 } from '@bufbuild/protobuf';
var AD_LABEL2 = utf8('NexusLink_SenderKey_AD');
function distributionHex(distributionId) {
  const bytes = typeof distributionId === 'string' ? fromHex2(distributionId) : distributionId;
  if (bytes.length !== 16)
    throw new NexusError('INVALID_ARGUMENT', 'distribution ids are 16 bytes');
  return { bytes, hex: toHex(bytes) };
}
async function loadRecord2(ctx, sender, hex) {
  const bytes = await ctx.stores.senderKeys.loadSenderKey(sender, hex);
  return bytes === null ? null : decodeSenderKeyRecord(bytes);
}
function chainTag(chainId) {
  return u32be(chainId);
}
function distributionOf(state) {
  return senderKeyDistributionCodec.encode({
    version: 1,
    distributionId: state.distributionId,
    chainId: state.chainId,
    iteration: state.iteration,
    chainKey: state.chainKey,
    signingKey: state.signingKey,
  });
}
function newOwnState(distributionId, chainId, ctx) {
  const rng = ctx.random ?? systemRandom;
  const signingSecret = rng.randomBytes(32);
  return create6(SenderKeyStateSchema, {
    version: STATE_VERSION,
    distributionId,
    chainId,
    iteration: 0,
    chainKey: rng.randomBytes(32),
    signingKey: crypto().ed25519PublicKey(signingSecret),
    signingSecret,
  });
}
async function createSenderKeyDistribution(local, distributionId, ctx) {
  const d = distributionHex(distributionId);
  const self = deviceAddress(local.uuid, local.deviceId);
  const record =
    (await loadRecord2(ctx, self, d.hex)) ??
    create6(SenderKeyRecordSchema, { version: STATE_VERSION });
  if (record.states[0]?.signingSecret.length) return distributionOf(record.states[0]);
  const state = newOwnState(d.bytes, (record.states[0]?.chainId ?? 0) + 1, ctx);
  record.states.unshift(state);
  await ctx.stores.senderKeys.storeSenderKey(self, d.hex, encodeSenderKeyRecord(record));
  return distributionOf(state);
}
async function processSenderKeyDistribution(sender, distribution, ctx) {
  const msg = senderKeyDistributionCodec.decode(distribution);
  const hex = toHex(msg.distributionId);
  const record =
    (await loadRecord2(ctx, sender, hex)) ??
    create6(SenderKeyRecordSchema, { version: STATE_VERSION });
  const existing = record.states.find((s) => s.chainId === msg.chainId);
  if (existing) {
    if (!bytesEqual(existing.signingKey, msg.signingKey))
      throw new NexusError(
        'UNTRUSTED_IDENTITY',
        'a different key for a sender key chain already held',
      );
    return;
  }
  record.states.unshift(
    create6(SenderKeyStateSchema, {
      version: STATE_VERSION,
      distributionId: msg.distributionId,
      chainId: msg.chainId,
      iteration: msg.iteration,
      chainKey: msg.chainKey,
      signingKey: msg.signingKey,
    }),
  );
  record.states.sort((a, b) => b.chainId - a.chainId);
  if (record.states.length > LIMITS.maxSenderKeyStates)
    record.states.length = LIMITS.maxSenderKeyStates;
  await ctx.stores.senderKeys.storeSenderKey(sender, hex, encodeSenderKeyRecord(record));
}
function groupAd(senderIdentityKey, senderDeviceId, distributionId) {
  return lengthPrefixed(AD_LABEL2, senderIdentityKey, senderDeviceId, distributionId);
}
async function groupEncrypt(local, distributionId, plaintext, ctx) {
  const d = distributionHex(distributionId);
  const self = deviceAddress(local.uuid, local.deviceId);
  const record = await loadRecord2(ctx, self, d.hex);
  const state = record?.states[0];
  if (!record || !state || state.signingSecret.length === 0)
    throw new NexusError('NO_SESSION', 'no sender key for this group: create a distribution first');
  const { chainKey, messageKey } = kdfChainKey(state.chainKey);
  const { key, nonce } = messageKeyMaterial(messageKey, true);
  const ciphertext = crypto().chacha20poly1305Seal(
    key,
    nonce,
    plaintext,
    groupAd(local.identityKey, local.deviceId, d.bytes),
  );
  const body = senderKeyMessageBodyCodec.encode({
    version: 1,
    distributionId: d.bytes,
    chainId: state.chainId,
    iteration: state.iteration,
    ciphertext,
  });
  const signature = crypto().ed25519Sign(
    state.signingSecret,
    signingInput(SIGNATURE_LABELS.senderKeyMessage, body),
  );
  state.chainKey = chainKey;
  state.iteration += 1;
  await ctx.stores.senderKeys.storeSenderKey(self, d.hex, encodeSenderKeyRecord(record));
  return envelopeCodec.encode({
    version: 1,
    type: 3 /* SENDER_KEY_MESSAGE */,
    senderDeviceId: local.deviceId,
    timestampMs: BigInt((ctx.clock ?? systemClock).now()),
    content: signedMessageCodec.encode({ body, signature }),
    senderIdentityKey: local.identityKey,
  });
}
async function groupDecrypt(envelope, ctx) {
  const env = envelopeCodec.decode(envelope);
  if (env.type !== 3 /* SENDER_KEY_MESSAGE */)
    throw new NexusError('MALFORMED', 'not a group message envelope');
  if (env.senderIdentityKey.length !== 32)
    throw new NexusError('MALFORMED', 'envelope lacks the sender identity key');
  let uuid;
  try {
    uuid = uuidFromPublicKey(env.senderIdentityKey);
  } catch {
    throw new NexusError('MALFORMED', 'envelope sender identity key is not a valid key');
  }
  const sender = deviceAddress(uuid, env.senderDeviceId);
  const signed = signedMessageCodec.decode(env.content);
  const body = senderKeyMessageBodyCodec.decode(signed.body);
  const hex = toHex(body.distributionId);
  const record = await loadRecord2(ctx, sender, hex);
  const index = record?.states.findIndex((s) => s.chainId === body.chainId) ?? -1;
  if (!record || index < 0)
    throw new NexusError('NO_SESSION', 'no sender key for this sender and chain');
  const stored = record.states[index];
  if (
    !crypto().ed25519Verify(
      stored.signingKey,
      signingInput(SIGNATURE_LABELS.senderKeyMessage, signed.body),
      signed.signature,
    )
  ) {
    throw new NexusError('BAD_SIGNATURE', 'group message signature does not verify');
  }
  const state = clone2(SenderKeyStateSchema, stored);
  const t = (ctx.clock ?? systemClock).now();
  expireSkippedKeys(state, t);
  const tag = chainTag(state.chainId);
  let messageKey = takeSkipped(state, tag, body.iteration);
  if (messageKey === null) {
    if (isForgotten(state, tag, body.iteration))
      throw new NexusError(
        'MESSAGE_EXPIRED',
        'the key of this message was deleted (expired or evicted)',
      );
    if (body.iteration < state.iteration)
      throw new NexusError('DUPLICATE_MESSAGE', 'this group message was already decrypted');
    if (body.iteration - state.iteration > LIMITS.maxSkip)
      throw new NexusError(
        'TOO_MANY_SKIPPED',
        `message would skip more than ${LIMITS.maxSkip} keys`,
      );
    while (state.iteration < body.iteration) {
      const step2 = kdfChainKey(state.chainKey);
      storeSkipped(state, tag, state.iteration, step2.messageKey, t);
      state.chainKey = step2.chainKey;
      state.iteration += 1;
    }
    const step = kdfChainKey(state.chainKey);
    state.chainKey = step.chainKey;
    state.iteration += 1;
    messageKey = step.messageKey;
  }
  const { key, nonce } = messageKeyMaterial(messageKey, true);
  const plaintext = crypto().chacha20poly1305Open(
    key,
    nonce,
    body.ciphertext,
    groupAd(env.senderIdentityKey, env.senderDeviceId, body.distributionId),
  );
  if (plaintext === null)
    throw new NexusError('DECRYPT_FAILED', 'group message does not authenticate');
  record.states[index] = state;
  await ctx.stores.senderKeys.storeSenderKey(sender, hex, encodeSenderKeyRecord(record));
  return { plaintext, sender, distributionId: hex, timestamp: Number(env.timestampMs) };
}

// src/testing/memory-stores.ts
var addressKey = (a) => `${a.uuid}/${a.deviceId}`;
function memoryProtocolStores() {
  const sessions = /* @__PURE__ */ new Map();
  const preKeys = /* @__PURE__ */ new Map();
  const senderKeys = /* @__PURE__ */ new Map();
  const identities = /* @__PURE__ */ new Map();
  const copy = (b) => (b === void 0 ? null : b.slice());
  const sessionStore = {
    loadSession: async (a) => copy(sessions.get(addressKey(a))),
    storeSession: async (a, r) => void sessions.set(addressKey(a), r.slice()),
    deleteSession: async (a) => void sessions.delete(addressKey(a)),
  };
  const preKeyStore = {
    loadPreKey: async (k, id) => copy(preKeys.get(`${k}/${id}`)),
    storePreKey: async (k, id, r) => void preKeys.set(`${k}/${id}`, r.slice()),
    removePreKey: async (k, id) => void preKeys.delete(`${k}/${id}`),
  };
  const senderKeyStore = {
    loadSenderKey: async (s, d) => copy(senderKeys.get(`${addressKey(s)}/${d}`)),
    storeSenderKey: async (s, d, r) => void senderKeys.set(`${addressKey(s)}/${d}`, r.slice()),
  };
  const identityStore = {
    loadIdentity: async (u) => copy(identities.get(u)),
    storeIdentity: async (u, r) => void identities.set(u, r.slice()),
  };
  return {
    sessions: sessionStore,
    preKeys: preKeyStore,
    senderKeys: senderKeyStore,
    identities: identityStore,
    counts: () => ({
      sessions: sessions.size,
      preKeys: preKeys.size,
      senderKeys: senderKeys.size,
      identities: identities.size,
    }),
  };
}

// bench/harness.ts
var PlaintextCheck = class {
  constructor(label) {
    this.label = label;
  }
  label;
  checked = 0;
  /** Throws unless `got` equals `want` byte for byte. */
  equal(got, want) {
    if (!Buffer.from(got.buffer, got.byteOffset, got.byteLength).equals(want))
      throw new Error(`${this.label}: decrypted plaintext differs from the original`);
    this.checked++;
  }
};
function messages(count, size) {
  return Array.from({ length: count }, () => {
    const m = new Uint8Array(size);
    globalThis.crypto.getRandomValues(m);
    return m;
  });
}
function cycle(items) {
  let i = 0;
  return () => items[i++ % items.length];
}

// bench/nexuslink.ts
var past = { now: () => Date.now() - 1e3 };
async function makeDevice(name) {
  const { identity } = createIdentity();
  const ssk = SigningKeyPair.generate();
  const sskCert = await issueSelfSigningCertificate({
    identity,
    signingKey: ssk.publicKey,
    createdAt: past.now(),
  });
  const keyStore = softwareKeyStore();
  const nd = await certifyNewDevice({
    keyStore,
    selfSigningKey: ssk,
    identityKey: identity.publicKey.bytes,
    displayName: name,
    clock: past,
  });
  const device = localDevice({
    deviceCertificate: nd.certificate.bytes,
    selfSigningCertificate: sskCert.bytes,
    keyAgreementKey: nd.keyAgreementKey,
    signer: await deviceSigner(keyStore, nd.signingKeyId),
  });
  const stores = memoryProtocolStores();
  const signedPreKey = await createSignedPreKey(device, stores.preKeys, 1, { clock: past });
  await createKemPreKey(device, stores.preKeys, 1e3, { lastResort: true, clock: past });
  return { device, ctx: { stores }, signedPreKey };
}
var addressOf = (d) => deviceAddress(d.device.uuid, d.device.deviceId);
async function freshBundle(bob, stores, id) {
  const [oneTime] = await createOneTimePreKeys(stores.preKeys, id, 1, { clock: past });
  const kem = await createKemPreKey(bob.device, stores.preKeys, id, { clock: past });
  return createPreKeyBundle({
    device: bob.device,
    signedPreKey: bob.signedPreKey,
    kemPreKey: kem,
    oneTimePreKey: oneTime,
  });
}
function expectType(envelope, type, what) {
  if (envelopeCodec.decode(envelope).type !== type)
    throw new Error(`nexuslink: ${what} is not a ${EnvelopeType[type]}`);
}
async function pair(messages2) {
  const alice = await makeDevice('alice');
  const bob = await makeDevice('bob');
  const bobAddress = await establishSession(
    alice.device,
    await freshBundle(bob, bob.ctx.stores, 1),
    alice.ctx,
  );
  const first = await encryptMessage(alice.device, bobAddress, messages2[0], alice.ctx);
  expectType(first, 1 /* PREKEY_MESSAGE */, 'the first message');
  const aliceAddress = (await decryptMessage(bob.device, first, bob.ctx)).sender;
  const reply = await encryptMessage(bob.device, aliceAddress, messages2[1], bob.ctx);
  await decryptMessage(alice.device, reply, alice.ctx);
  const next = await encryptMessage(alice.device, bobAddress, messages2[2], alice.ctx);
  expectType(next, 2 /* RATCHET_MESSAGE */, 'a message after the reply');
  await decryptMessage(bob.device, next, bob.ctx);
  return { alice, bob, aliceAddress, bobAddress };
}
function nexuslink(name, provider) {
  return {
    name,
    activate: () => setCryptoProvider(provider),
    workloads: {
      async establish({ messages: messages2, check: check2 }) {
        const alice = await makeDevice('alice');
        const bob = await makeDevice('bob');
        const signedRecord = await bob.ctx.stores.preKeys.loadPreKey('signed', 1);
        const next = cycle(messages2);
        const pool = [];
        return {
          async prepare(count) {
            while (pool.length < count) {
              const bobStores = memoryProtocolStores();
              await bobStores.preKeys.storePreKey('signed', 1, signedRecord);
              pool.push({
                bundle: await freshBundle(bob, bobStores, 1),
                aliceCtx: { stores: memoryProtocolStores() },
                bobCtx: { stores: bobStores },
              });
            }
          },
          async op() {
            const { bundle, aliceCtx, bobCtx } = pool.pop();
            const message = next();
            const address = await establishSession(alice.device, bundle, aliceCtx);
            const envelope = await encryptMessage(alice.device, address, message, aliceCtx);
            const received = await decryptMessage(bob.device, envelope, bobCtx);
            if (!received.newSession) throw new Error('nexuslink: no new session was created');
            check2.equal(received.plaintext, message);
          },
        };
      },
      async steady({ messages: messages2, check: check2 }) {
        const { alice, bob, bobAddress } = await pair(messages2);
        const next = cycle(messages2);
        return {
          async op() {
            const message = next();
            const envelope = await encryptMessage(alice.device, bobAddress, message, alice.ctx);
            check2.equal((await decryptMessage(bob.device, envelope, bob.ctx)).plaintext, message);
          },
        };
      },
      async 'ping-pong'({ messages: messages2, check: check2 }) {
        const { alice, bob, aliceAddress, bobAddress } = await pair(messages2);
        const next = cycle(messages2);
        let turn = 0;
        return {
          async op() {
            const message = next();
            const [from, to, address] =
              turn++ % 2 === 0 ? [alice, bob, bobAddress] : [bob, alice, aliceAddress];
            const envelope = await encryptMessage(from.device, address, message, from.ctx);
            check2.equal((await decryptMessage(to.device, envelope, to.ctx)).plaintext, message);
          },
        };
      },
      async group({ messages: messages2, check: check2 }) {
        const alice = await makeDevice('alice');
        const bob = await makeDevice('bob');
        const distributionId = globalThis.crypto.getRandomValues(new Uint8Array(16));
        const distribution = await createSenderKeyDistribution(
          alice.device,
          distributionId,
          alice.ctx,
        );
        await processSenderKeyDistribution(addressOf(alice), distribution, bob.ctx);
        const next = cycle(messages2);
        return {
          async op() {
            const message = next();
            const envelope = await groupEncrypt(alice.device, distributionId, message, alice.ctx);
            check2.equal((await groupDecrypt(envelope, bob.ctx)).plaintext, message);
          },
        };
      },
    },
  };
}

// bench/.scratch/prof.ts
var [sc = 'steady', prov = 'native', n = '3000'] = process.argv.slice(2);
var impl = nexuslink('n', prov === 'native' ? createNativeProvider() : portableProvider);
impl.activate();
var w = await impl.workloads[sc]({ messages: messages(16, 1024), check: new PlaintextCheck('x') });
if (w.prepare) await w.prepare(Number(n));
var t0 = performance.now();
for (let i = 0; i < Number(n); i++) await w.op();
console.log(sc, prov, (((performance.now() - t0) / Number(n)) * 1e3).toFixed(1), '\xB5s/op');
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsicHJvZi50cyIsICIuLi8uLi9zcmMvcHJpbWl0aXZlcy9uYXRpdmUudHMiLCAiLi4vLi4vc3JjL3ByaW1pdGl2ZXMvcHJvdmlkZXIudHMiLCAiLi4vLi4vc3JjL2ludGVyZmFjZXMvZXJyb3JzLnRzIiwgIi4uLy4uL3NyYy9pZGVudGl0eS91dWlkLnRzIiwgIi4uLy4uL3NyYy9wcmltaXRpdmVzL2J5dGVzLnRzIiwgIi4uLy4uL3NyYy9pZGVudGl0eS9tbmVtb25pYy50cyIsICIuLi8uLi9zcmMvaWRlbnRpdHkvd29yZGxpc3RzLnRzIiwgIi4uLy4uL3NyYy9pZGVudGl0eS9yZWRhY3QudHMiLCAiLi4vLi4vc3JjL2lkZW50aXR5L2lkZW50aXR5LnRzIiwgIi4uLy4uL3NyYy9pZGVudGl0eS9zaWduaW5nLWtleS50cyIsICIuLi8uLi9zcmMvaWRlbnRpdHkva2V5LWFncmVlbWVudC50cyIsICIuLi8uLi9zcmMvd2lyZS9nZW4vbmV4dXNsaW5rL3YxL2tleXNfcGIudHMiLCAiLi4vLi4vc3JjL3dpcmUvZ2VuL25leHVzbGluay92MS9pZGVudGl0eV9wYi50cyIsICIuLi8uLi9zcmMvd2lyZS9nZW4vbmV4dXNsaW5rL3YxL2JhY2t1cF9wYi50cyIsICIuLi8uLi9zcmMvd2lyZS9nZW4vbmV4dXNsaW5rL3YxL2NvbnRhY3RfcGIudHMiLCAiLi4vLi4vc3JjL3dpcmUvZ2VuL25leHVzbGluay92MS9wcmVrZXlzX3BiLnRzIiwgIi4uLy4uL3NyYy93aXJlL2dlbi9uZXh1c2xpbmsvdjEvZW52ZWxvcGVfcGIudHMiLCAiLi4vLi4vc3JjL3dpcmUvZ2VuL25leHVzbGluay92MS9zZXNzaW9uX3BiLnRzIiwgIi4uLy4uL3NyYy93aXJlL2NvZGVjLnRzIiwgIi4uLy4uL3NyYy93aXJlL21lc3NhZ2VzLnRzIiwgIi4uLy4uL3NyYy9pZGVudGl0eS9zaWduaW5nLnRzIiwgIi4uLy4uL3NyYy9pZGVudGl0eS9jZXJ0aWZpY2F0ZXMudHMiLCAiLi4vLi4vc3JjL2lkZW50aXR5L2RldmljZS50cyIsICIuLi8uLi9zcmMva2V5c3RvcmVzL3NvZnR3YXJlLnRzIiwgIi4uLy4uL3NyYy9yYXRjaGV0L2NvbnN0YW50cy50cyIsICIuLi8uLi9zcmMvcmF0Y2hldC9wcmVrZXlzLnRzIiwgIi4uLy4uL3NyYy93aXJlL2dlbi9uZXh1c2xpbmsvdjEvc3RhdGVfcGIudHMiLCAiLi4vLi4vc3JjL3JhdGNoZXQvcmVjb3Jkcy50cyIsICIuLi8uLi9zcmMvcmF0Y2hldC9zZXNzaW9uLnRzIiwgIi4uLy4uL3NyYy9yYXRjaGV0L2RvdWJsZS1yYXRjaGV0LnRzIiwgIi4uLy4uL3NyYy9yYXRjaGV0L2tkZi50cyIsICIuLi8uLi9zcmMvcmF0Y2hldC9wcXhkaC50cyIsICIuLi8uLi9zcmMvcmF0Y2hldC9zZW5kZXIta2V5cy50cyIsICIuLi8uLi9zcmMvdGVzdGluZy9tZW1vcnktc3RvcmVzLnRzIiwgIi4uL2hhcm5lc3MudHMiLCAiLi4vbmV4dXNsaW5rLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyBwZXJmb3JtYW5jZSB9IGZyb20gJ25vZGU6cGVyZl9ob29rcyc7XG5pbXBvcnQgeyBjcmVhdGVOYXRpdmVQcm92aWRlciB9IGZyb20gJy4uLy4uL3NyYy9wcmltaXRpdmVzL25hdGl2ZS5qcyc7XG5pbXBvcnQgeyBwb3J0YWJsZVByb3ZpZGVyIH0gZnJvbSAnLi4vLi4vc3JjL3ByaW1pdGl2ZXMvcHJvdmlkZXIuanMnO1xuaW1wb3J0IHsgbmV4dXNsaW5rIH0gZnJvbSAnLi4vbmV4dXNsaW5rLmpzJztcbmltcG9ydCB7IG1lc3NhZ2VzLCBQbGFpbnRleHRDaGVjayB9IGZyb20gJy4uL2hhcm5lc3MuanMnO1xuY29uc3QgW3NjID0gJ3N0ZWFkeScsIHByb3YgPSAnbmF0aXZlJywgbiA9ICczMDAwJ10gPSBwcm9jZXNzLmFyZ3Yuc2xpY2UoMik7XG5jb25zdCBpbXBsID0gbmV4dXNsaW5rKCduJywgcHJvdiA9PT0gJ25hdGl2ZScgPyBjcmVhdGVOYXRpdmVQcm92aWRlcigpISA6IHBvcnRhYmxlUHJvdmlkZXIpO1xuaW1wbC5hY3RpdmF0ZSEoKTtcbmNvbnN0IHcgPSBhd2FpdCBpbXBsLndvcmtsb2Fkc1tzYyBhcyAnc3RlYWR5J10hKHsgbWVzc2FnZXM6IG1lc3NhZ2VzKDE2LCAxMDI0KSwgY2hlY2s6IG5ldyBQbGFpbnRleHRDaGVjaygneCcpIH0pO1xuaWYgKHcucHJlcGFyZSkgYXdhaXQgdy5wcmVwYXJlKE51bWJlcihuKSk7XG5jb25zdCB0MCA9IHBlcmZvcm1hbmNlLm5vdygpO1xuZm9yIChsZXQgaSA9IDA7IGkgPCBOdW1iZXIobik7IGkrKykgYXdhaXQgdy5vcCgpO1xuY29uc29sZS5sb2coc2MsIHByb3YsICgoKHBlcmZvcm1hbmNlLm5vdygpIC0gdDApIC8gTnVtYmVyKG4pKSAqIDEwMDApLnRvRml4ZWQoMSksICdcdTAwQjVzL29wJyk7XG4iLCAiaW1wb3J0IHR5cGUgKiBhcyBOb2RlQ3J5cHRvIGZyb20gJ25vZGU6Y3J5cHRvJztcbmltcG9ydCB7IGhjaGFjaGEgfSBmcm9tICdAbm9ibGUvY2lwaGVycy9jaGFjaGEuanMnO1xuaW1wb3J0IHsgbm9ybWFsaXplUDI1Nkxvd1MsIHBvcnRhYmxlUHJvdmlkZXIgfSBmcm9tICcuL3Byb3ZpZGVyLmpzJztcbmltcG9ydCB0eXBlIHsgQ3J5cHRvUHJvdmlkZXIgfSBmcm9tICcuL3Byb3ZpZGVyLmpzJztcblxudHlwZSBOb2RlQ3J5cHRvTW9kdWxlID0gdHlwZW9mIE5vZGVDcnlwdG87XG50eXBlIEtleU9iamVjdCA9IE5vZGVDcnlwdG8uS2V5T2JqZWN0O1xuXG4vKiogRXZlcnkgcHJpbWl0aXZlIG9mIHtAbGluayBDcnlwdG9Qcm92aWRlcn0sIGJ5IG5hbWUuIEBpbnRlcm5hbCAqL1xuZXhwb3J0IHR5cGUgUHJpbWl0aXZlTmFtZSA9IEV4Y2x1ZGU8a2V5b2YgQ3J5cHRvUHJvdmlkZXIsICduYW1lJz47XG5cbi8qKlxuICogVGhlIHByb3ZpZGVyIGJhY2tlZCBieSBgbm9kZTpjcnlwdG9gIChPcGVuU1NMKSwgb3IgYG51bGxgIHdoZXJlIHRoZXJlIGlzXG4gKiBubyBgbm9kZTpjcnlwdG9gIChicm93c2VycykuIEVhY2ggcHJpbWl0aXZlIHVzZXMgd2hpY2hldmVyIGltcGxlbWVudGF0aW9uXG4gKiBgYmVuY2gvcHJpbWl0aXZlcy50c2AgbWVhc3VyZWQgZmFzdGVyIG9uIE5vZGUgMjQ6IHNlZSB7QGxpbmsgTkFUSVZFX0NIT0lDRVN9LlxuICogQSBwcmltaXRpdmUgdGhlIHJ1bm5pbmcgTm9kZSBjYW5ub3QgZG8gbmF0aXZlbHkgKE1MLUtFTSBiZWZvcmUgTm9kZSAyNC43KVxuICogZmFsbHMgYmFjayB0byB0aGUgcG9ydGFibGUgb25lLCBzbyB0aGUgcmVzdWx0IGFsd2F5cyBpbXBsZW1lbnRzIGV2ZXJ5dGhpbmcuXG4gKlxuICogYG5vZGU6Y3J5cHRvYCBpcyByZWFjaGVkIHRocm91Z2ggYHByb2Nlc3MuZ2V0QnVpbHRpbk1vZHVsZWAgcmF0aGVyIHRoYW4gYW5cbiAqIGltcG9ydCBzbyB0aGF0IHRoZSBTREsgc3RpbGwgYnVuZGxlcyBmb3IgYnJvd3NlcnMgdW50b3VjaGVkLlxuICpcbiAqIEBpbnRlcm5hbFxuICovXG5leHBvcnQgZnVuY3Rpb24gY3JlYXRlTmF0aXZlUHJvdmlkZXIoKTogQ3J5cHRvUHJvdmlkZXIgfCBudWxsIHtcbiAgY29uc3Qgbm9kZSA9IGxvYWROb2RlQ3J5cHRvKCk7XG4gIGlmICghbm9kZSkgcmV0dXJuIG51bGw7XG4gIGNvbnN0IGFsbCA9IG5vZGVDcnlwdG9Qcm92aWRlcihub2RlKTtcbiAgY29uc3QgY2hvc2VuOiBQYXJ0aWFsPFJlY29yZDxQcmltaXRpdmVOYW1lLCB1bmtub3duPj4gPSB7fTtcbiAgZm9yIChjb25zdCBuYW1lIG9mIE9iamVjdC5rZXlzKE5BVElWRV9DSE9JQ0VTKSBhcyBQcmltaXRpdmVOYW1lW10pIHtcbiAgICBjaG9zZW5bbmFtZV0gPVxuICAgICAgTkFUSVZFX0NIT0lDRVNbbmFtZV0gPT09ICdub2RlOmNyeXB0bycgJiYgd29ya3MoYWxsLCBuYW1lKVxuICAgICAgICA/IGFsbFtuYW1lXVxuICAgICAgICA6IHBvcnRhYmxlUHJvdmlkZXJbbmFtZV07XG4gIH1cbiAgcmV0dXJuIHsgLi4uKGNob3NlbiBhcyBPbWl0PENyeXB0b1Byb3ZpZGVyLCAnbmFtZSc+KSwgbmFtZTogJ25hdGl2ZScgfTtcbn1cblxuLyoqXG4gKiBXaGljaCBpbXBsZW1lbnRhdGlvbiB0aGUgbmF0aXZlIHByb3ZpZGVyIHVzZXMgZm9yIGVhY2ggcHJpbWl0aXZlLCBkZWNpZGVkXG4gKiBieSBtZWFzdXJlbWVudCBvbiBOb2RlIDI0IChgbm9kZSBzY3JpcHRzL3J1bi10cy5tanMgYmVuY2gvcHJpbWl0aXZlcy50c2ApLlxuICogU2hvcnQgSE1BQywgaGFzaCBhbmQgQUVBRCBjYWxscyBzdGF5IG9uIG5vYmxlOiBjcm9zc2luZyBpbnRvIGBub2RlOmNyeXB0b2BcbiAqIGNvc3RzIG1vcmUgdGhhbiB0aGUgd29yayBpdHNlbGYgYXQgdGhlIHNpemVzIHRoZSBwcm90b2NvbCB1c2VzLlxuICpcbiAqIEBpbnRlcm5hbFxuICovXG5leHBvcnQgY29uc3QgTkFUSVZFX0NIT0lDRVM6IFJlYWRvbmx5PFJlY29yZDxQcmltaXRpdmVOYW1lLCAnbm9kZTpjcnlwdG8nIHwgJ3BvcnRhYmxlJz4+ID0ge1xuICByYW5kb21CeXRlczogJ25vZGU6Y3J5cHRvJyxcbiAgc2hhMjU2OiAnbm9kZTpjcnlwdG8nLFxuICBzaGE1MTI6ICdub2RlOmNyeXB0bycsXG4gIGhtYWNTaGEyNTY6ICdub2RlOmNyeXB0bycsXG4gIGhtYWNTaGE1MTI6ICdub2RlOmNyeXB0bycsXG4gIGhrZGZTaGEyNTY6ICdub2RlOmNyeXB0bycsXG4gIGVkMjU1MTlQdWJsaWNLZXk6ICdub2RlOmNyeXB0bycsXG4gIGVkMjU1MTlTaWduOiAnbm9kZTpjcnlwdG8nLFxuICBlZDI1NTE5VmVyaWZ5OiAnbm9kZTpjcnlwdG8nLFxuICBwMjU2UHVibGljS2V5OiAnbm9kZTpjcnlwdG8nLFxuICBwMjU2U2lnbjogJ25vZGU6Y3J5cHRvJyxcbiAgcDI1NlZlcmlmeTogJ25vZGU6Y3J5cHRvJyxcbiAgeDI1NTE5UHVibGljS2V5OiAnbm9kZTpjcnlwdG8nLFxuICB4MjU1MTk6ICdub2RlOmNyeXB0bycsXG4gIG1sS2VtMTAyNFB1YmxpY0tleTogJ25vZGU6Y3J5cHRvJyxcbiAgbWxLZW0xMDI0RW5jYXBzdWxhdGU6ICdub2RlOmNyeXB0bycsXG4gIG1sS2VtMTAyNERlY2Fwc3VsYXRlOiAnbm9kZTpjcnlwdG8nLFxuICBjaGFjaGEyMHBvbHkxMzA1U2VhbDogJ25vZGU6Y3J5cHRvJyxcbiAgY2hhY2hhMjBwb2x5MTMwNU9wZW46ICdub2RlOmNyeXB0bycsXG4gIHhjaGFjaGEyMHBvbHkxMzA1U2VhbDogJ25vZGU6Y3J5cHRvJyxcbiAgeGNoYWNoYTIwcG9seTEzMDVPcGVuOiAnbm9kZTpjcnlwdG8nLFxufTtcblxuZnVuY3Rpb24gbG9hZE5vZGVDcnlwdG8oKTogTm9kZUNyeXB0b01vZHVsZSB8IG51bGwge1xuICBjb25zdCBwcm9jZXNzID0gKGdsb2JhbFRoaXMgYXMgeyBwcm9jZXNzPzogeyBnZXRCdWlsdGluTW9kdWxlPzogKGlkOiBzdHJpbmcpID0+IHVua25vd24gfSB9KVxuICAgIC5wcm9jZXNzO1xuICB0cnkge1xuICAgIHJldHVybiAocHJvY2Vzcz8uZ2V0QnVpbHRpbk1vZHVsZT8uKCdub2RlOmNyeXB0bycpIGFzIE5vZGVDcnlwdG9Nb2R1bGUgfCB1bmRlZmluZWQpID8/IG51bGw7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiBudWxsO1xuICB9XG59XG5cbi8qKiBXaGV0aGVyIHRoaXMgcnVudGltZSdzIGBub2RlOmNyeXB0b2AgY2FuIGRvIGBuYW1lYCAob2xkZXIgTm9kZSBsYWNrcyBNTC1LRU0gYW5kIHJhdyBrZXlzKS4gKi9cbmZ1bmN0aW9uIHdvcmtzKHA6IENyeXB0b1Byb3ZpZGVyLCBuYW1lOiBQcmltaXRpdmVOYW1lKTogYm9vbGVhbiB7XG4gIHRyeSB7XG4gICAgY29uc3QgcHJvYmUgPSBQUk9CRVNbbmFtZV07XG4gICAgcmV0dXJuIHByb2JlID8gcHJvYmUocCkgOiB0cnVlO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gZmFsc2U7XG4gIH1cbn1cblxuY29uc3QgUFJPQkVTOiBQYXJ0aWFsPFJlY29yZDxQcmltaXRpdmVOYW1lLCAocDogQ3J5cHRvUHJvdmlkZXIpID0+IGJvb2xlYW4+PiA9IHtcbiAgbWxLZW0xMDI0UHVibGljS2V5OiAocCkgPT4gcC5tbEtlbTEwMjRQdWJsaWNLZXkobmV3IFVpbnQ4QXJyYXkoNjQpKS5sZW5ndGggPT09IDE1NjgsXG4gIG1sS2VtMTAyNEVuY2Fwc3VsYXRlOiAocCkgPT5cbiAgICBwLm1sS2VtMTAyNEVuY2Fwc3VsYXRlKHAubWxLZW0xMDI0UHVibGljS2V5KG5ldyBVaW50OEFycmF5KDY0KSkpLmNpcGhlcnRleHQubGVuZ3RoID09PSAxNTY4LFxuICBtbEtlbTEwMjREZWNhcHN1bGF0ZTogKHApID0+XG4gICAgcC5tbEtlbTEwMjREZWNhcHN1bGF0ZShuZXcgVWludDhBcnJheSg2NCksIG5ldyBVaW50OEFycmF5KDE1NjgpKS5sZW5ndGggPT09IDMyLFxuICBjaGFjaGEyMHBvbHkxMzA1U2VhbDogKHApID0+XG4gICAgcC5jaGFjaGEyMHBvbHkxMzA1U2VhbChcbiAgICAgIG5ldyBVaW50OEFycmF5KDMyKSxcbiAgICAgIG5ldyBVaW50OEFycmF5KDEyKSxcbiAgICAgIG5ldyBVaW50OEFycmF5KDApLFxuICAgICAgbmV3IFVpbnQ4QXJyYXkoMCksXG4gICAgKS5sZW5ndGggPT09IDE2LFxufTtcblBST0JFUy5jaGFjaGEyMHBvbHkxMzA1T3BlbiA9IFBST0JFUy5jaGFjaGEyMHBvbHkxMzA1U2VhbDtcblBST0JFUy54Y2hhY2hhMjBwb2x5MTMwNVNlYWwgPSBQUk9CRVMuY2hhY2hhMjBwb2x5MTMwNVNlYWw7XG5QUk9CRVMueGNoYWNoYTIwcG9seTEzMDVPcGVuID0gUFJPQkVTLmNoYWNoYTIwcG9seTEzMDVTZWFsO1xuXG4vKipcbiAqIEV2ZXJ5IHByaW1pdGl2ZSB0aHJvdWdoIGBub2RlOmNyeXB0b2Agd2hlcmUgTm9kZSBjYW4gZG8gaXQgYXQgYWxsLCB3aXRoIHRoZVxuICogcG9ydGFibGUgcHJvdmlkZXIncyBleGFjdCBzZW1hbnRpY3MgKHRoZSBleHRyYSBjaGVja3MgYmVsb3cgY2xvc2UgdGhlIGdhcHNcbiAqIHdoZXJlIE9wZW5TU0wgaXMgbW9yZSBsZW5pZW50IHRoYW4gbm9ibGUpLiB7QGxpbmsgY3JlYXRlTmF0aXZlUHJvdmlkZXJ9XG4gKiB0YWtlcyBmcm9tIGl0IG9ubHkgdGhlIHByaW1pdGl2ZXMgdGhhdCBtZWFzdXJlZCBmYXN0ZXI7IHRoZSBiZW5jaG1hcmsgYW5kXG4gKiB0aGUgdmVjdG9ycyBydW4gaXQgd2hvbGUsIHNvIGFueSBjaG9pY2UgY2FuIGJlIGZsaXBwZWQgc2FmZWx5LlxuICpcbiAqIEBpbnRlcm5hbFxuICovXG5leHBvcnQgZnVuY3Rpb24gbm9kZUNyeXB0b1Byb3ZpZGVyKG5vZGU6IE5vZGVDcnlwdG9Nb2R1bGUpOiBDcnlwdG9Qcm92aWRlciB7XG4gIGNvbnN0IGtleXMgPSBuZXcgS2V5Q2FjaGUoMjU2KTtcblxuICBjb25zdCBlZDI1NTE5UHJpdmF0ZSA9IChzZWVkOiBVaW50OEFycmF5KSA9PlxuICAgIGtleXMuZ2V0KCdlZDI1NTE5LXByaXZhdGUnLCBzZWVkLCAoKSA9PiBpbXBvcnRQa2NzOChub2RlLCBFRDI1NTE5X1BLQ1M4LCBzZWVkLCAzMikpO1xuICBjb25zdCB4MjU1MTlQcml2YXRlID0gKHNlY3JldDogVWludDhBcnJheSkgPT5cbiAgICBrZXlzLmdldCgneDI1NTE5LXByaXZhdGUnLCBzZWNyZXQsICgpID0+IGltcG9ydFBrY3M4KG5vZGUsIFgyNTUxOV9QS0NTOCwgc2VjcmV0LCAzMikpO1xuICBjb25zdCBwMjU2UHJpdmF0ZSA9IChzZWNyZXQ6IFVpbnQ4QXJyYXkpID0+XG4gICAga2V5cy5nZXQoJ3AyNTYtcHJpdmF0ZScsIHNlY3JldCwgKCkgPT4ge1xuICAgICAgaWYgKCFpc1AyNTZTY2FsYXIoc2VjcmV0KSkgdGhyb3cgbmV3IFJhbmdlRXJyb3IoJ1AtMjU2IHNlY3JldCBtdXN0IGJlIGluIFsxLCBuLTFdJyk7XG4gICAgICByZXR1cm4gaW1wb3J0UGtjczgobm9kZSwgUDI1Nl9QS0NTOCwgc2VjcmV0LCAzMik7XG4gICAgfSk7XG4gIGNvbnN0IG1sS2VtUHJpdmF0ZSA9IChzZWVkOiBVaW50OEFycmF5KSA9PlxuICAgIGtleXMuZ2V0KCdtbC1rZW0tMTAyNC1wcml2YXRlJywgc2VlZCwgKCkgPT4ge1xuICAgICAgaWYgKHNlZWQubGVuZ3RoICE9PSA2NCkgdGhyb3cgbmV3IFJhbmdlRXJyb3IoJ01MLUtFTS0xMDI0IHNlZWQgbXVzdCBiZSA2NCBieXRlcycpO1xuICAgICAgcmV0dXJuIG5vZGUuY3JlYXRlUHJpdmF0ZUtleSh7XG4gICAgICAgIGtleTogc2VlZCBhcyBCdWZmZXIsXG4gICAgICAgIGZvcm1hdDogJ3Jhdy1zZWVkJyxcbiAgICAgICAgYXN5bW1ldHJpY0tleVR5cGU6ICdtbC1rZW0tMTAyNCcsXG4gICAgICB9KTtcbiAgICB9KTtcbiAgLy8gTm9kZSdzIG93biBjaGVjayBvZiBhIHJhdyBrZXkgYXJndW1lbnQgKGlzIGl0IGEgS2V5T2JqZWN0PyBhIENyeXB0b0tleT8pXG4gIC8vIHdhbGtzIHRoZSBKUyBzdGFjayBhbmQgY29zdHMgbW9yZSB0aGFuIGEgNjQtYnl0ZSBITUFDOyBhIHNlY3JldCBLZXlPYmplY3RcbiAgLy8gbWFkZSBmaXJzdCBza2lwcyBpdCwgMi0zeCBmYXN0ZXIuIFNob3J0LWxpdmVkIGtleXM6IG5vdCB3b3J0aCBjYWNoaW5nLlxuICBjb25zdCBzZWNyZXRLZXkgPSAoa2V5OiBVaW50OEFycmF5KSA9PiBub2RlLmNyZWF0ZVNlY3JldEtleShrZXkpO1xuICAvLyBUaGUgb25lLXNob3QgYGNyeXB0by5oYXNoYCAoTm9kZSA+PSAyMS43KSBza2lwcyB0aGUgSGFzaCBvYmplY3Q6IGFib3V0IDJ4IG9uIHNob3J0IGlucHV0cy5cbiAgY29uc3QgZGlnZXN0ID1cbiAgICB0eXBlb2Ygbm9kZS5oYXNoID09PSAnZnVuY3Rpb24nXG4gICAgICA/IChhbGdvcml0aG06IHN0cmluZywgZGF0YTogVWludDhBcnJheSkgPT4gbm9kZS5oYXNoKGFsZ29yaXRobSwgZGF0YSwgJ2J1ZmZlcicpXG4gICAgICA6IChhbGdvcml0aG06IHN0cmluZywgZGF0YTogVWludDhBcnJheSkgPT4gbm9kZS5jcmVhdGVIYXNoKGFsZ29yaXRobSkudXBkYXRlKGRhdGEpLmRpZ2VzdCgpO1xuICBjb25zdCBwdWJsaWNLZXlEZXIgPSAoa2V5OiBLZXlPYmplY3QpID0+XG4gICAgbm9kZS5jcmVhdGVQdWJsaWNLZXkoa2V5KS5leHBvcnQoeyBmb3JtYXQ6ICdkZXInLCB0eXBlOiAnc3BraScgfSk7XG5cbiAgY29uc3QgY2hhY2hhU2VhbCA9IChcbiAgICBrZXk6IFVpbnQ4QXJyYXksXG4gICAgbm9uY2U6IFVpbnQ4QXJyYXksXG4gICAgcGxhaW50ZXh0OiBVaW50OEFycmF5LFxuICAgIGFkOiBVaW50OEFycmF5LFxuICApID0+IHtcbiAgICAvLyBPcGVuU1NMIGFsc28gdGFrZXMgc2hvcnRlciBub25jZXM7IFJGQyA4NDM5IChhbmQgbm9ibGUpIG9ubHkgMTIgYnl0ZXMuXG4gICAgaWYgKGtleS5sZW5ndGggIT09IDMyIHx8IG5vbmNlLmxlbmd0aCAhPT0gMTIpIHRocm93IG5ldyBSYW5nZUVycm9yKCdiYWQga2V5IG9yIG5vbmNlIHNpemUnKTtcbiAgICBjb25zdCBjaXBoZXIgPSBub2RlLmNyZWF0ZUNpcGhlcml2KCdjaGFjaGEyMC1wb2x5MTMwNScsIHNlY3JldEtleShrZXkpLCBub25jZSwge1xuICAgICAgYXV0aFRhZ0xlbmd0aDogMTYsXG4gICAgfSk7XG4gICAgY2lwaGVyLnNldEFBRChhZCwgeyBwbGFpbnRleHRMZW5ndGg6IHBsYWludGV4dC5sZW5ndGggfSk7XG4gICAgY29uc3QgYm9keSA9IGNpcGhlci51cGRhdGUocGxhaW50ZXh0KTtcbiAgICBjaXBoZXIuZmluYWwoKTsgLy8gYSBzdHJlYW0gY2lwaGVyOiBub3RoaW5nIGxlZnQgdG8gZmx1c2hcbiAgICBjb25zdCBvdXQgPSBuZXcgVWludDhBcnJheShib2R5Lmxlbmd0aCArIDE2KTtcbiAgICBvdXQuc2V0KGJvZHkpO1xuICAgIG91dC5zZXQoY2lwaGVyLmdldEF1dGhUYWcoKSwgYm9keS5sZW5ndGgpO1xuICAgIHJldHVybiBvdXQ7XG4gIH07XG4gIGNvbnN0IGNoYWNoYU9wZW4gPSAoXG4gICAga2V5OiBVaW50OEFycmF5LFxuICAgIG5vbmNlOiBVaW50OEFycmF5LFxuICAgIGNpcGhlcnRleHQ6IFVpbnQ4QXJyYXksXG4gICAgYWQ6IFVpbnQ4QXJyYXksXG4gICkgPT4ge1xuICAgIGlmIChrZXkubGVuZ3RoICE9PSAzMiB8fCBub25jZS5sZW5ndGggIT09IDEyIHx8IGNpcGhlcnRleHQubGVuZ3RoIDwgMTYpIHJldHVybiBudWxsO1xuICAgIGNvbnN0IGxlbmd0aCA9IGNpcGhlcnRleHQubGVuZ3RoIC0gMTY7XG4gICAgY29uc3QgZGVjaXBoZXIgPSBub2RlLmNyZWF0ZURlY2lwaGVyaXYoJ2NoYWNoYTIwLXBvbHkxMzA1Jywgc2VjcmV0S2V5KGtleSksIG5vbmNlLCB7XG4gICAgICBhdXRoVGFnTGVuZ3RoOiAxNixcbiAgICB9KTtcbiAgICBkZWNpcGhlci5zZXRBQUQoYWQsIHsgcGxhaW50ZXh0TGVuZ3RoOiBsZW5ndGggfSk7XG4gICAgZGVjaXBoZXIuc2V0QXV0aFRhZyhjaXBoZXJ0ZXh0LnN1YmFycmF5KGxlbmd0aCkpO1xuICAgIGNvbnN0IHBsYWludGV4dCA9IGRlY2lwaGVyLnVwZGF0ZShjaXBoZXJ0ZXh0LnN1YmFycmF5KDAsIGxlbmd0aCkpO1xuICAgIHRyeSB7XG4gICAgICBkZWNpcGhlci5maW5hbCgpOyAvLyBjaGVja3MgdGhlIHRhZyAoY29uc3RhbnQgdGltZSwgaW4gT3BlblNTTClcbiAgICAgIHJldHVybiBwbGFpbihwbGFpbnRleHQpO1xuICAgIH0gY2F0Y2gge1xuICAgICAgcGxhaW50ZXh0LmZpbGwoMCk7IC8vIGRlY3J5cHRlZCBiZWZvcmUgdGhlIHRhZyB3YXMgY2hlY2tlZDogbmV2ZXIgbGV0IGl0IG91dFxuICAgICAgcmV0dXJuIG51bGw7XG4gICAgfVxuICB9O1xuXG4gIHJldHVybiB7XG4gICAgbmFtZTogJ25vZGU6Y3J5cHRvJyxcbiAgICByYW5kb21CeXRlczogKGxlbmd0aCkgPT4gbm9kZS5yYW5kb21GaWxsU3luYyhuZXcgVWludDhBcnJheShsZW5ndGgpKSxcbiAgICBzaGEyNTY6IChkYXRhKSA9PiBwbGFpbihkaWdlc3QoJ3NoYTI1NicsIGRhdGEpKSxcbiAgICBzaGE1MTI6IChkYXRhKSA9PiBwbGFpbihkaWdlc3QoJ3NoYTUxMicsIGRhdGEpKSxcbiAgICBobWFjU2hhMjU2OiAoa2V5LCBkYXRhKSA9PlxuICAgICAgcGxhaW4obm9kZS5jcmVhdGVIbWFjKCdzaGEyNTYnLCBzZWNyZXRLZXkoa2V5KSkudXBkYXRlKGRhdGEpLmRpZ2VzdCgpKSxcbiAgICBobWFjU2hhNTEyOiAoa2V5LCBkYXRhKSA9PlxuICAgICAgcGxhaW4obm9kZS5jcmVhdGVIbWFjKCdzaGE1MTInLCBzZWNyZXRLZXkoa2V5KSkudXBkYXRlKGRhdGEpLmRpZ2VzdCgpKSxcbiAgICBoa2RmU2hhMjU2OiAoaWttLCBzYWx0LCBpbmZvLCBsZW5ndGgpID0+XG4gICAgICAvLyBOb2RlIGNhcHMgYGluZm9gIGF0IDEwMjQgYnl0ZXMgYW5kIHJlZnVzZXMgbGVuZ3RoIDA7IFJGQyA1ODY5IChhbmQgbm9ibGUpIGRvIG5laXRoZXIuXG4gICAgICBpbmZvLmxlbmd0aCA+IDEwMjQgfHwgbGVuZ3RoID09PSAwXG4gICAgICAgID8gcG9ydGFibGVQcm92aWRlci5oa2RmU2hhMjU2KGlrbSwgc2FsdCwgaW5mbywgbGVuZ3RoKVxuICAgICAgICA6IG5ldyBVaW50OEFycmF5KG5vZGUuaGtkZlN5bmMoJ3NoYTI1NicsIHNlY3JldEtleShpa20pLCBzYWx0LCBpbmZvLCBsZW5ndGgpKSxcblxuICAgIGVkMjU1MTlQdWJsaWNLZXk6IChzZWVkKSA9PiB0YWlsKHB1YmxpY0tleURlcihlZDI1NTE5UHJpdmF0ZShzZWVkKSksIDMyKSxcbiAgICBlZDI1NTE5U2lnbjogKHNlZWQsIG1lc3NhZ2UpID0+IHBsYWluKG5vZGUuc2lnbihudWxsLCBtZXNzYWdlLCBlZDI1NTE5UHJpdmF0ZShzZWVkKSkpLFxuICAgIGVkMjU1MTlWZXJpZnk6IChwdWJsaWNLZXksIG1lc3NhZ2UsIHNpZ25hdHVyZSkgPT4ge1xuICAgICAgLy8gT3BlblNTTCBhbHJlYWR5IHJlcXVpcmVzIFMgPCBMLCBhIGNhbm9uaWNhbCBSIChpdCBjb21wYXJlcyBSJ3MgYnl0ZXNcbiAgICAgIC8vIHdpdGggaXRzIG93biBlbmNvZGluZykgYW5kIHRoZSBjb2ZhY3Rvcmxlc3MgZXF1YXRpb24uIEl0IGRvZXMgbm90XG4gICAgICAvLyByZWplY3QgYSBub24tY2Fub25pY2FsIG9yIHNtYWxsLW9yZGVyIEEsIHdoaWNoIG5vYmxlJ3Mgc3RyaWN0IG1vZGVcbiAgICAgIC8vIGRvZXM6IGNoZWNrIHRob3NlIGhlcmUuIFB1YmxpYyBkYXRhLCBzbyBubyBjb25zdGFudC10aW1lIGNvbmNlcm4uXG4gICAgICBpZiAocHVibGljS2V5Lmxlbmd0aCAhPT0gMzIgfHwgc2lnbmF0dXJlLmxlbmd0aCAhPT0gNjQpIHJldHVybiBmYWxzZTtcbiAgICAgIGlmICghaXNTdHJpY3RFZDI1NTE5UHVibGljS2V5KHB1YmxpY0tleSkpIHJldHVybiBmYWxzZTtcbiAgICAgIHRyeSB7XG4gICAgICAgIGNvbnN0IGtleSA9IGtleXMuZ2V0KCdlZDI1NTE5LXB1YmxpYycsIHB1YmxpY0tleSwgKCkgPT5cbiAgICAgICAgICBpbXBvcnRTcGtpKG5vZGUsIEVEMjU1MTlfU1BLSSwgcHVibGljS2V5KSxcbiAgICAgICAgKTtcbiAgICAgICAgcmV0dXJuIG5vZGUudmVyaWZ5KG51bGwsIG1lc3NhZ2UsIGtleSwgc2lnbmF0dXJlKTtcbiAgICAgIH0gY2F0Y2gge1xuICAgICAgICByZXR1cm4gZmFsc2U7XG4gICAgICB9XG4gICAgfSxcblxuICAgIHAyNTZQdWJsaWNLZXk6IChzZWNyZXQpID0+IGNvbXByZXNzUDI1NlNwa2kobm9kZSwgcHVibGljS2V5RGVyKHAyNTZQcml2YXRlKHNlY3JldCkpKSxcbiAgICBwMjU2U2lnbjogKHNlY3JldCwgbWVzc2FnZSkgPT5cbiAgICAgIC8vIE9wZW5TU0wgcGlja3MgYSByYW5kb20gbm9uY2UgKG5vYmxlIGRlcml2ZXMgaXQsIFJGQyA2OTc5KSwgYW5kIGVpdGhlciBTLlxuICAgICAgbm9ybWFsaXplUDI1Nkxvd1MoXG4gICAgICAgIHBsYWluKFxuICAgICAgICAgIG5vZGUuc2lnbignc2hhMjU2JywgbWVzc2FnZSwgeyBrZXk6IHAyNTZQcml2YXRlKHNlY3JldCksIGRzYUVuY29kaW5nOiAnaWVlZS1wMTM2MycgfSksXG4gICAgICAgICksXG4gICAgICApLFxuICAgIHAyNTZWZXJpZnk6IChwdWJsaWNLZXksIG1lc3NhZ2UsIHNpZ25hdHVyZSkgPT4ge1xuICAgICAgaWYgKHNpZ25hdHVyZS5sZW5ndGggIT09IDY0IHx8ICFpc0xvd1Moc2lnbmF0dXJlKSkgcmV0dXJuIGZhbHNlO1xuICAgICAgLy8gT3BlblNTTCBhbHNvIHRha2VzIHRoZSBoeWJyaWQgZm9ybSAoMHgwNi8weDA3KTsgbm9ibGUgb25seSBTRUMxIGNvbXByZXNzZWQgb3IgdW5jb21wcmVzc2VkLlxuICAgICAgY29uc3QgcHJlZml4ID1cbiAgICAgICAgcHVibGljS2V5Lmxlbmd0aCA9PT0gMzMgJiYgKHB1YmxpY0tleVswXSA9PT0gMiB8fCBwdWJsaWNLZXlbMF0gPT09IDMpXG4gICAgICAgICAgPyBQMjU2X1NQS0lfQ09NUFJFU1NFRFxuICAgICAgICAgIDogcHVibGljS2V5Lmxlbmd0aCA9PT0gNjUgJiYgcHVibGljS2V5WzBdID09PSA0XG4gICAgICAgICAgICA/IFAyNTZfU1BLSV9VTkNPTVBSRVNTRURcbiAgICAgICAgICAgIDogbnVsbDtcbiAgICAgIGlmICghcHJlZml4KSByZXR1cm4gZmFsc2U7XG4gICAgICB0cnkge1xuICAgICAgICBjb25zdCBrZXkgPSBrZXlzLmdldCgncDI1Ni1wdWJsaWMnLCBwdWJsaWNLZXksICgpID0+IGltcG9ydFNwa2kobm9kZSwgcHJlZml4LCBwdWJsaWNLZXkpKTtcbiAgICAgICAgcmV0dXJuIG5vZGUudmVyaWZ5KCdzaGEyNTYnLCBtZXNzYWdlLCB7IGtleSwgZHNhRW5jb2Rpbmc6ICdpZWVlLXAxMzYzJyB9LCBzaWduYXR1cmUpO1xuICAgICAgfSBjYXRjaCB7XG4gICAgICAgIHJldHVybiBmYWxzZTtcbiAgICAgIH1cbiAgICB9LFxuXG4gICAgeDI1NTE5UHVibGljS2V5OiAoc2VjcmV0KSA9PiB0YWlsKHB1YmxpY0tleURlcih4MjU1MTlQcml2YXRlKHNlY3JldCkpLCAzMiksXG4gICAgeDI1NTE5OiAoc2VjcmV0LCBwdWJsaWNLZXkpID0+IHtcbiAgICAgIGlmIChzZWNyZXQubGVuZ3RoICE9PSAzMiB8fCBwdWJsaWNLZXkubGVuZ3RoICE9PSAzMikgcmV0dXJuIG51bGw7XG4gICAgICB0cnkge1xuICAgICAgICBjb25zdCBzaGFyZWQgPSBwbGFpbihcbiAgICAgICAgICBub2RlLmRpZmZpZUhlbGxtYW4oe1xuICAgICAgICAgICAgcHJpdmF0ZUtleTogeDI1NTE5UHJpdmF0ZShzZWNyZXQpLFxuICAgICAgICAgICAgcHVibGljS2V5OiBrZXlzLmdldCgneDI1NTE5LXB1YmxpYycsIHB1YmxpY0tleSwgKCkgPT5cbiAgICAgICAgICAgICAgaW1wb3J0U3BraShub2RlLCBYMjU1MTlfU1BLSSwgcHVibGljS2V5KSxcbiAgICAgICAgICAgICksXG4gICAgICAgICAgfSksXG4gICAgICAgICk7XG4gICAgICAgIC8vIE9wZW5TU0wgYWxyZWFkeSByZWZ1c2VzIHRoZSBhbGwtemVybyByZXN1bHQ7IGtlZXAgdGhlIHBvcnRhYmxlIGNoZWNrIGFueXdheS5cbiAgICAgICAgcmV0dXJuIHNoYXJlZC5zb21lKChiKSA9PiBiICE9PSAwKSA/IHNoYXJlZCA6IG51bGw7XG4gICAgICB9IGNhdGNoIHtcbiAgICAgICAgcmV0dXJuIG51bGw7IC8vIE9wZW5TU0wgdGhyb3dzIG9uIHRoZSBhbGwtemVybyByZXN1bHRcbiAgICAgIH1cbiAgICB9LFxuXG4gICAgbWxLZW0xMDI0UHVibGljS2V5OiAoc2VlZCkgPT5cbiAgICAgIHBsYWluKG5vZGUuY3JlYXRlUHVibGljS2V5KG1sS2VtUHJpdmF0ZShzZWVkKSkuZXhwb3J0KHsgZm9ybWF0OiAncmF3LXB1YmxpYycgfSkpLFxuICAgIG1sS2VtMTAyNEVuY2Fwc3VsYXRlOiAocHVibGljS2V5LCByYW5kb21uZXNzKSA9PiB7XG4gICAgICAvLyBOb2RlIGNhbm5vdCB0YWtlIGNhbGxlciByYW5kb21uZXNzOyBkZXRlcm1pbmlzdGljICh2ZWN0b3IpIGVuY2Fwc3VsYXRpb24gc3RheXMgb24gbm9ibGUuXG4gICAgICBpZiAocmFuZG9tbmVzcyAhPT0gdW5kZWZpbmVkKVxuICAgICAgICByZXR1cm4gcG9ydGFibGVQcm92aWRlci5tbEtlbTEwMjRFbmNhcHN1bGF0ZShwdWJsaWNLZXksIHJhbmRvbW5lc3MpO1xuICAgICAgY29uc3Qga2V5ID0ga2V5cy5nZXQoJ21sLWtlbS0xMDI0LXB1YmxpYycsIHB1YmxpY0tleSwgKCkgPT5cbiAgICAgICAgbm9kZS5jcmVhdGVQdWJsaWNLZXkoe1xuICAgICAgICAgIGtleTogcHVibGljS2V5IGFzIEJ1ZmZlcixcbiAgICAgICAgICBmb3JtYXQ6ICdyYXctcHVibGljJyxcbiAgICAgICAgICBhc3ltbWV0cmljS2V5VHlwZTogJ21sLWtlbS0xMDI0JyxcbiAgICAgICAgfSksXG4gICAgICApO1xuICAgICAgY29uc3QgeyBjaXBoZXJ0ZXh0LCBzaGFyZWRLZXkgfSA9IG5vZGUuZW5jYXBzdWxhdGUoa2V5KTtcbiAgICAgIHJldHVybiB7IGNpcGhlcnRleHQ6IHBsYWluKGNpcGhlcnRleHQpLCBzaGFyZWRTZWNyZXQ6IHBsYWluKHNoYXJlZEtleSkgfTtcbiAgICB9LFxuICAgIG1sS2VtMTAyNERlY2Fwc3VsYXRlOiAoc2VlZCwgY2lwaGVydGV4dCkgPT4ge1xuICAgICAgaWYgKGNpcGhlcnRleHQubGVuZ3RoICE9PSAxNTY4KVxuICAgICAgICB0aHJvdyBuZXcgUmFuZ2VFcnJvcignTUwtS0VNLTEwMjQgY2lwaGVydGV4dCBtdXN0IGJlIDE1NjggYnl0ZXMnKTtcbiAgICAgIC8vIE9wZW5TU0wgaW1wbGVtZW50cyBGSVBTIDIwMydzIGltcGxpY2l0IHJlamVjdGlvbjogYSBmb3JnZWQgY2lwaGVydGV4dCB5aWVsZHMgSih6IHx8IGMpLlxuICAgICAgcmV0dXJuIHBsYWluKG5vZGUuZGVjYXBzdWxhdGUobWxLZW1Qcml2YXRlKHNlZWQpLCBjaXBoZXJ0ZXh0KSk7XG4gICAgfSxcblxuICAgIGNoYWNoYTIwcG9seTEzMDVTZWFsOiBjaGFjaGFTZWFsLFxuICAgIGNoYWNoYTIwcG9seTEzMDVPcGVuOiBjaGFjaGFPcGVuLFxuICAgIC8vIE5vZGUgaGFzIG5vIFhDaGFDaGEyMDogZGVyaXZlIHRoZSBIQ2hhQ2hhMjAgc3Via2V5IHdpdGggbm9ibGUsIHRoZW4gc2VhbCBuYXRpdmVseSAoUkZDIGRyYWZ0LWlydGYtY2ZyZy14Y2hhY2hhIFx1MDBBNzIuMykuXG4gICAgeGNoYWNoYTIwcG9seTEzMDVTZWFsOiAoa2V5LCBub25jZSwgcGxhaW50ZXh0LCBhZCkgPT4ge1xuICAgICAgaWYgKGtleS5sZW5ndGggIT09IDMyIHx8IG5vbmNlLmxlbmd0aCAhPT0gMjQpIHRocm93IG5ldyBSYW5nZUVycm9yKCdiYWQga2V5IG9yIG5vbmNlIHNpemUnKTtcbiAgICAgIGNvbnN0IHN1YmtleSA9IGhjaGFjaGEyMChrZXksIG5vbmNlKTtcbiAgICAgIHRyeSB7XG4gICAgICAgIHJldHVybiBjaGFjaGFTZWFsKHN1YmtleSwgeGNoYWNoYUlubmVyTm9uY2Uobm9uY2UpLCBwbGFpbnRleHQsIGFkKTtcbiAgICAgIH0gZmluYWxseSB7XG4gICAgICAgIHN1YmtleS5maWxsKDApO1xuICAgICAgfVxuICAgIH0sXG4gICAgeGNoYWNoYTIwcG9seTEzMDVPcGVuOiAoa2V5LCBub25jZSwgY2lwaGVydGV4dCwgYWQpID0+IHtcbiAgICAgIGlmIChrZXkubGVuZ3RoICE9PSAzMiB8fCBub25jZS5sZW5ndGggIT09IDI0KSByZXR1cm4gbnVsbDtcbiAgICAgIGNvbnN0IHN1YmtleSA9IGhjaGFjaGEyMChrZXksIG5vbmNlKTtcbiAgICAgIHRyeSB7XG4gICAgICAgIHJldHVybiBjaGFjaGFPcGVuKHN1YmtleSwgeGNoYWNoYUlubmVyTm9uY2Uobm9uY2UpLCBjaXBoZXJ0ZXh0LCBhZCk7XG4gICAgICB9IGZpbmFsbHkge1xuICAgICAgICBzdWJrZXkuZmlsbCgwKTtcbiAgICAgIH1cbiAgICB9LFxuICB9O1xufVxuXG4vKipcbiAqIEEgYm91bmRlZCBMUlUgb2YgS2V5T2JqZWN0cyBpbXBvcnRlZCBmcm9tIHJhdyBrZXkgYnl0ZXMsIHNvIGEgbG9uZy1saXZlZCBrZXlcbiAqIChpZGVudGl0eSwgc2lnbmVkIHByZS1rZXksIGEgcGVlcidzIGtleSkgaXMgcGFyc2VkIGJ5IE9wZW5TU0wgb25jZSByYXRoZXJcbiAqIHRoYW4gb24gZXZlcnkgc2lnbiwgdmVyaWZ5IG9yIERILlxuICpcbiAqIFRyYWRlLW9mZjogYSBjYWNoZWQgcHJpdmF0ZSBrZXkgb3V0bGl2ZXMgdGhlIGNhbGxlcidzIGNvcHkuIFplcm9pbmcgYSBzZWVkXG4gKiBkb2VzIG5vdCByZW1vdmUgaXQgZnJvbSBoZXJlIHVudGlsIGl0IGlzIGV2aWN0ZWQgKGF0IG1vc3QgYGNhcGFjaXR5YCBuZXdlclxuICoga2V5cyBsYXRlciksIGFuZCB0aGUgbWFwIGtleSBob2xkcyBpdHMgYnl0ZXMgYXMgYW4gaW1tdXRhYmxlIHN0cmluZy4gVGhhdFxuICogaXMgdGhlIHByaWNlIG9mIG5vdCByZS1pbXBvcnRpbmc7IHRoZSBib3VuZCBrZWVwcyB0aGUgZXhwb3N1cmUgc21hbGwgYW5kXG4gKiBmaXhlZCwgYW5kIE9wZW5TU0wgZnJlZXMgdGhlIGtleSBtZW1vcnkgb25jZSB0aGUgS2V5T2JqZWN0IGlzIGNvbGxlY3RlZC5cbiAqL1xuY2xhc3MgS2V5Q2FjaGUge1xuICByZWFkb25seSAjZW50cmllcyA9IG5ldyBNYXA8c3RyaW5nLCBLZXlPYmplY3Q+KCk7XG4gIHJlYWRvbmx5ICNjYXBhY2l0eTogbnVtYmVyO1xuXG4gIGNvbnN0cnVjdG9yKGNhcGFjaXR5OiBudW1iZXIpIHtcbiAgICB0aGlzLiNjYXBhY2l0eSA9IGNhcGFjaXR5O1xuICB9XG5cbiAgZ2V0KGtpbmQ6IHN0cmluZywgYnl0ZXM6IFVpbnQ4QXJyYXksIGNyZWF0ZTogKCkgPT4gS2V5T2JqZWN0KTogS2V5T2JqZWN0IHtcbiAgICBjb25zdCBpZCA9IGAke2tpbmR9OiR7U3RyaW5nLmZyb21DaGFyQ29kZSguLi5ieXRlcyl9YDtcbiAgICBsZXQga2V5ID0gdGhpcy4jZW50cmllcy5nZXQoaWQpO1xuICAgIGlmIChrZXkpIHtcbiAgICAgIHRoaXMuI2VudHJpZXMuZGVsZXRlKGlkKTsgLy8gcmUtaW5zZXJ0ZWQgYmVsb3cgYXMgdGhlIG1vc3QgcmVjZW50XG4gICAgfSBlbHNlIHtcbiAgICAgIGtleSA9IGNyZWF0ZSgpO1xuICAgICAgaWYgKHRoaXMuI2VudHJpZXMuc2l6ZSA+PSB0aGlzLiNjYXBhY2l0eSlcbiAgICAgICAgdGhpcy4jZW50cmllcy5kZWxldGUodGhpcy4jZW50cmllcy5rZXlzKCkubmV4dCgpLnZhbHVlISk7IC8vIGxlYXN0IHJlY2VudGx5IHVzZWRcbiAgICB9XG4gICAgdGhpcy4jZW50cmllcy5zZXQoaWQsIGtleSk7XG4gICAgcmV0dXJuIGtleTtcbiAgfVxufVxuXG4vLyBERVIgaGVhZGVycyBvZiB0aGUgUEtDUyM4IC8gU1BLSSBzdHJ1Y3R1cmVzIGZvciBlYWNoIGtleSB0eXBlOyB0aGUgcmF3IGtleSBmb2xsb3dzLlxuY29uc3QgRUQyNTUxOV9QS0NTOCA9IGZyb21IZXgoJzMwMmUwMjAxMDAzMDA1MDYwMzJiNjU3MDA0MjIwNDIwJyk7XG5jb25zdCBFRDI1NTE5X1NQS0kgPSBmcm9tSGV4KCczMDJhMzAwNTA2MDMyYjY1NzAwMzIxMDAnKTtcbmNvbnN0IFgyNTUxOV9QS0NTOCA9IGZyb21IZXgoJzMwMmUwMjAxMDAzMDA1MDYwMzJiNjU2ZTA0MjIwNDIwJyk7XG5jb25zdCBYMjU1MTlfU1BLSSA9IGZyb21IZXgoJzMwMmEzMDA1MDYwMzJiNjU2ZTAzMjEwMCcpO1xuLy8gRUNQcml2YXRlS2V5IHdpdGhvdXQgdGhlIG9wdGlvbmFsIHB1YmxpYyBrZXk6IE9wZW5TU0wgZGVyaXZlcyBpdCBvbiBpbXBvcnQuXG5jb25zdCBQMjU2X1BLQ1M4ID0gZnJvbUhleChcbiAgJzMwNDEwMjAxMDAzMDEzMDYwNzJhODY0OGNlM2QwMjAxMDYwODJhODY0OGNlM2QwMzAxMDcwNDI3MzAyNTAyMDEwMTA0MjAnLFxuKTtcbmNvbnN0IFAyNTZfU1BLSV9VTkNPTVBSRVNTRUQgPSBmcm9tSGV4KCczMDU5MzAxMzA2MDcyYTg2NDhjZTNkMDIwMTA2MDgyYTg2NDhjZTNkMDMwMTA3MDM0MjAwJyk7XG5jb25zdCBQMjU2X1NQS0lfQ09NUFJFU1NFRCA9IGZyb21IZXgoJzMwMzkzMDEzMDYwNzJhODY0OGNlM2QwMjAxMDYwODJhODY0OGNlM2QwMzAxMDcwMzIyMDAnKTtcblxuLyoqIE9yZGVyIG9mIHRoZSBQLTI1NiBncm91cCwgYmlnLWVuZGlhbi4gKi9cbmNvbnN0IFAyNTZfTiA9IGZyb21IZXgoJ2ZmZmZmZmZmMDAwMDAwMDBmZmZmZmZmZmZmZmZmZmZmYmNlNmZhYWRhNzE3OWU4NGYzYjljYWMyZmM2MzI1NTEnKTtcbi8qKiBmbG9vcihuIC8gMik6IHRoZSBsYXJnZXN0IGxvdyBTLiAqL1xuY29uc3QgUDI1Nl9IQUxGX04gPSBmcm9tSGV4KCc3ZmZmZmZmZjgwMDAwMDAwN2ZmZmZmZmZmZmZmZmZmZmRlNzM3ZDU2ZDM4YmNmNDI3OWRjZTU2MTdlMzE5MmE4Jyk7XG5cbmZ1bmN0aW9uIGltcG9ydFBrY3M4KFxuICBub2RlOiBOb2RlQ3J5cHRvTW9kdWxlLFxuICBoZWFkZXI6IFVpbnQ4QXJyYXksXG4gIHNlY3JldDogVWludDhBcnJheSxcbiAgc2l6ZTogbnVtYmVyLFxuKTogS2V5T2JqZWN0IHtcbiAgaWYgKHNlY3JldC5sZW5ndGggIT09IHNpemUpIHRocm93IG5ldyBSYW5nZUVycm9yKGBzZWNyZXQgbXVzdCBiZSAke3NpemV9IGJ5dGVzYCk7XG4gIGNvbnN0IGRlciA9IG5ldyBVaW50OEFycmF5KGhlYWRlci5sZW5ndGggKyBzaXplKTtcbiAgZGVyLnNldChoZWFkZXIpO1xuICBkZXIuc2V0KHNlY3JldCwgaGVhZGVyLmxlbmd0aCk7XG4gIHRyeSB7XG4gICAgcmV0dXJuIG5vZGUuY3JlYXRlUHJpdmF0ZUtleSh7IGtleTogZGVyIGFzIEJ1ZmZlciwgZm9ybWF0OiAnZGVyJywgdHlwZTogJ3BrY3M4JyB9KTtcbiAgfSBmaW5hbGx5IHtcbiAgICBkZXIuZmlsbCgwKTsgLy8gb3VyIGNvcHkgb2YgdGhlIHNlY3JldDsgT3BlblNTTCBrZWVwcyBpdHMgb3duXG4gIH1cbn1cblxuZnVuY3Rpb24gaW1wb3J0U3BraShub2RlOiBOb2RlQ3J5cHRvTW9kdWxlLCBoZWFkZXI6IFVpbnQ4QXJyYXksIHB1YmxpY0tleTogVWludDhBcnJheSk6IEtleU9iamVjdCB7XG4gIGNvbnN0IGRlciA9IG5ldyBVaW50OEFycmF5KGhlYWRlci5sZW5ndGggKyBwdWJsaWNLZXkubGVuZ3RoKTtcbiAgZGVyLnNldChoZWFkZXIpO1xuICBkZXIuc2V0KHB1YmxpY0tleSwgaGVhZGVyLmxlbmd0aCk7XG4gIHJldHVybiBub2RlLmNyZWF0ZVB1YmxpY0tleSh7IGtleTogZGVyIGFzIEJ1ZmZlciwgZm9ybWF0OiAnZGVyJywgdHlwZTogJ3Nwa2knIH0pO1xufVxuXG4vKiogVGhlIHVuY29tcHJlc3NlZCBwb2ludCBhdCB0aGUgZW5kIG9mIGEgUC0yNTYgU1BLSSwgY29tcHJlc3NlZCB0byAzMyBieXRlcyAocHVibGljIGRhdGE6IGJyYW5jaGluZyBpcyBmaW5lKS4gKi9cbmZ1bmN0aW9uIGNvbXByZXNzUDI1NlNwa2kobm9kZTogTm9kZUNyeXB0b01vZHVsZSwgc3BraTogVWludDhBcnJheSk6IFVpbnQ4QXJyYXkge1xuICByZXR1cm4gcGxhaW4oXG4gICAgbm9kZS5FQ0RILmNvbnZlcnRLZXkoXG4gICAgICB0YWlsKHNwa2ksIDY1KSxcbiAgICAgICdwcmltZTI1NnYxJyxcbiAgICAgIHVuZGVmaW5lZCxcbiAgICAgIHVuZGVmaW5lZCxcbiAgICAgICdjb21wcmVzc2VkJyxcbiAgICApIGFzIEJ1ZmZlcixcbiAgKTtcbn1cblxuLyoqXG4gKiBXaGV0aGVyIGBzZWNyZXRgIGlzIGEgdmFsaWQgUC0yNTYgc2NhbGFyLCAxIDw9IGQgPCBuLCBhcyBub2JsZSByZXF1aXJlc1xuICogKE9wZW5TU0wgd291bGQgdGFrZSBkID49IG4pLiBSdW5zIGJlZm9yZSBpbXBvcnQ7IHRoZSBjb21wYXJpc29uIGlzIG5vdFxuICogY29uc3RhbnQgdGltZSwgYnV0IGV2ZXJ5IHNlY3JldCB0aGUgU0RLIG1ha2VzIGlzIHZhbGlkLCBzbyBpdCBvbmx5IGV2ZXJcbiAqIHRlbGxzIGFuIGF0dGFja2VyLWZyZWUgY2FsbGVyIHRoYXQgdGhlaXIgYnl0ZXMgd2VyZSBvdXQgb2YgcmFuZ2UuXG4gKi9cbmZ1bmN0aW9uIGlzUDI1NlNjYWxhcihzZWNyZXQ6IFVpbnQ4QXJyYXkpOiBib29sZWFuIHtcbiAgaWYgKHNlY3JldC5sZW5ndGggIT09IDMyIHx8IHNlY3JldC5ldmVyeSgoYikgPT4gYiA9PT0gMCkpIHJldHVybiBmYWxzZTtcbiAgcmV0dXJuIGNvbXBhcmVCaWdFbmRpYW4oc2VjcmV0LCBQMjU2X04pIDwgMDtcbn1cblxuZnVuY3Rpb24gaXNMb3dTKHNpZ25hdHVyZTogVWludDhBcnJheSk6IGJvb2xlYW4ge1xuICByZXR1cm4gY29tcGFyZUJpZ0VuZGlhbihzaWduYXR1cmUuc3ViYXJyYXkoMzIpLCBQMjU2X0hBTEZfTikgPD0gMDtcbn1cblxuZnVuY3Rpb24gY29tcGFyZUJpZ0VuZGlhbihhOiBVaW50OEFycmF5LCBiOiBVaW50OEFycmF5KTogbnVtYmVyIHtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBhLmxlbmd0aDsgaSsrKSBpZiAoYVtpXSAhPT0gYltpXSkgcmV0dXJuIGFbaV0hIDwgYltpXSEgPyAtMSA6IDE7XG4gIHJldHVybiAwO1xufVxuXG4vKipcbiAqIFRoZSBjYW5vbmljYWwgZW5jb2RpbmdzLCBzaWduIGJpdCBpZ25vcmVkLCBvZiB0aGUgZWlnaHQgc21hbGwtb3JkZXJcbiAqIEVkMjU1MTkgcG9pbnRzIChhcyBpbiBsaWJzb2RpdW0ncyBsaXN0OyB0aGUgbm9uLWNhbm9uaWNhbCB5ID0gcCwgcCArIDFcbiAqIGZhbGwgdG8gdGhlIHkgPj0gcCBjaGVjaykuIG5vYmxlJ3Mgc3RyaWN0IG1vZGUgcmVqZWN0cyB0aGVtIGFzIEEuXG4gKi9cbmNvbnN0IEVEMjU1MTlfU01BTExfT1JERVIgPSBbXG4gICcwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwJywgLy8geSA9IDAsIG9yZGVyIDRcbiAgJzAxMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAnLCAvLyB5ID0gMSwgaWRlbnRpdHlcbiAgJzI2ZTg5NThmYzJiMjI3YjA0NWMzZjQ4OWYyZWY5OGYwZDVkZmFjMDVkM2M2MzMzOWIxMzgwMjg4NmQ1M2ZjMDUnLCAvLyBvcmRlciA4XG4gICdjNzE3NmE3MDNkNGRkODRmYmEzYzBiNzYwZDEwNjcwZjJhMjA1M2ZhMmMzOWNjYzY0ZWM3ZmQ3NzkyYWMwMzdhJywgLy8gb3JkZXIgOFxuICAnZWNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY3ZicsIC8vIHkgPSAtMSwgb3JkZXIgMlxuXS5tYXAoZnJvbUhleCk7XG5cbi8qKlxuICogV2hldGhlciBgcHVibGljS2V5YCBpcyBhbiBFZDI1NTE5IGVuY29kaW5nIG5vYmxlJ3Mgc3RyaWN0IG1vZGUgYWNjZXB0cyBhc1xuICogQTogY2Fub25pY2FsIHkgPCBwIGFuZCBub3Qgb2Ygc21hbGwgb3JkZXIuIChXaGV0aGVyIGl0IGlzIG9uIHRoZSBjdXJ2ZSBhdFxuICogYWxsLCBPcGVuU1NMIGNoZWNrcy4pIFB1YmxpYyBkYXRhLCBzbyB0aGUgZWFybHkgZXhpdHMgYXJlIGZpbmUuXG4gKi9cbmZ1bmN0aW9uIGlzU3RyaWN0RWQyNTUxOVB1YmxpY0tleShwdWJsaWNLZXk6IFVpbnQ4QXJyYXkpOiBib29sZWFuIHtcbiAgLy8geSA+PSBwID0gMl4yNTUgLSAxOTogYnl0ZXMgZWQuLmZmIGZmIC4uIGZmIDdmIHdpdGggdGhlIHNpZ24gYml0IGNsZWFyZWQuXG4gIGxldCB5QXRMZWFzdFAgPSAocHVibGljS2V5WzMxXSEgJiAweDdmKSA9PT0gMHg3ZiAmJiBwdWJsaWNLZXlbMF0hID49IDB4ZWQ7XG4gIGZvciAobGV0IGkgPSAxOyBpIDwgMzEgJiYgeUF0TGVhc3RQOyBpKyspIHlBdExlYXN0UCA9IHB1YmxpY0tleVtpXSA9PT0gMHhmZjtcbiAgaWYgKHlBdExlYXN0UCkgcmV0dXJuIGZhbHNlO1xuICByZXR1cm4gIUVEMjU1MTlfU01BTExfT1JERVIuc29tZSgoYmFkKSA9PiB7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCAzMTsgaSsrKSBpZiAoYmFkW2ldICE9PSBwdWJsaWNLZXlbaV0pIHJldHVybiBmYWxzZTtcbiAgICByZXR1cm4gYmFkWzMxXSA9PT0gKHB1YmxpY0tleVszMV0hICYgMHg3Zik7XG4gIH0pO1xufVxuXG4vKiogSENoYUNoYTIwKGtleSwgbm9uY2VbMC4uMTZdKTogdGhlIFhDaGFDaGEyMCBzdWJrZXkuICovXG5mdW5jdGlvbiBoY2hhY2hhMjAoa2V5OiBVaW50OEFycmF5LCBub25jZTogVWludDhBcnJheSk6IFVpbnQ4QXJyYXkge1xuICBjb25zdCBrID0gbGl0dGxlRW5kaWFuV29yZHMoa2V5KTtcbiAgY29uc3Qgb3V0ID0gbmV3IFVpbnQzMkFycmF5KDgpO1xuICBoY2hhY2hhKFNJR01BLCBrLCBsaXR0bGVFbmRpYW5Xb3Jkcyhub25jZS5zdWJhcnJheSgwLCAxNikpLCBvdXQpO1xuICBrLmZpbGwoMCk7XG4gIGNvbnN0IHN1YmtleSA9IG5ldyBVaW50OEFycmF5KDMyKTtcbiAgY29uc3QgdmlldyA9IG5ldyBEYXRhVmlldyhzdWJrZXkuYnVmZmVyKTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCA4OyBpKyspIHZpZXcuc2V0VWludDMyKDQgKiBpLCBvdXRbaV0hLCB0cnVlKTtcbiAgb3V0LmZpbGwoMCk7XG4gIHJldHVybiBzdWJrZXk7XG59XG5cbi8qKiBcImV4cGFuZCAzMi1ieXRlIGtcIiAqL1xuY29uc3QgU0lHTUEgPSBuZXcgVWludDMyQXJyYXkoWzB4NjE3MDc4NjUsIDB4MzMyMDY0NmUsIDB4Nzk2MjJkMzIsIDB4NmIyMDY1NzRdKTtcblxuZnVuY3Rpb24gbGl0dGxlRW5kaWFuV29yZHMoYnl0ZXM6IFVpbnQ4QXJyYXkpOiBVaW50MzJBcnJheSB7XG4gIGNvbnN0IHZpZXcgPSBuZXcgRGF0YVZpZXcoYnl0ZXMuYnVmZmVyLCBieXRlcy5ieXRlT2Zmc2V0LCBieXRlcy5ieXRlTGVuZ3RoKTtcbiAgY29uc3Qgd29yZHMgPSBuZXcgVWludDMyQXJyYXkoYnl0ZXMubGVuZ3RoIC8gNCk7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgd29yZHMubGVuZ3RoOyBpKyspIHdvcmRzW2ldID0gdmlldy5nZXRVaW50MzIoNCAqIGksIHRydWUpO1xuICByZXR1cm4gd29yZHM7XG59XG5cbi8qKiBUaGUgQ2hhQ2hhMjAgbm9uY2UgWENoYUNoYTIwIHVzZXMgd2l0aCB0aGUgc3Via2V5OiBmb3VyIHplcm8gYnl0ZXMsIHRoZW4gbm9uY2VbMTYuLjI0XS4gKi9cbmZ1bmN0aW9uIHhjaGFjaGFJbm5lck5vbmNlKG5vbmNlOiBVaW50OEFycmF5KTogVWludDhBcnJheSB7XG4gIGNvbnN0IGlubmVyID0gbmV3IFVpbnQ4QXJyYXkoMTIpO1xuICBpbm5lci5zZXQobm9uY2Uuc3ViYXJyYXkoMTYpLCA0KTtcbiAgcmV0dXJuIGlubmVyO1xufVxuXG4vKipcbiAqIEEgcGxhaW4gVWludDhBcnJheSBvZiBgYnVmYCdzIGJ5dGVzLiBOb2RlIG1heSBoYW5kIG91dCBhIEJ1ZmZlciB0aGF0IGlzIGFcbiAqIHZpZXcgaW50byBhIHNoYXJlZCBwb29sOyBjYWxsZXJzIHJlYWNoaW5nIGAuYnVmZmVyYCBtdXN0IG5vdCBzZWUgb3RoZXIgZGF0YS5cbiAqL1xuZnVuY3Rpb24gcGxhaW4oYnVmOiBVaW50OEFycmF5KTogVWludDhBcnJheSB7XG4gIHJldHVybiBidWYuYnl0ZU9mZnNldCA9PT0gMCAmJiBidWYuYnl0ZUxlbmd0aCA9PT0gYnVmLmJ1ZmZlci5ieXRlTGVuZ3RoXG4gICAgPyBuZXcgVWludDhBcnJheShidWYuYnVmZmVyLCAwLCBidWYuYnl0ZUxlbmd0aClcbiAgICA6IG5ldyBVaW50OEFycmF5KGJ1Zik7IC8vIGEgY29weSAoQnVmZmVyI3NsaWNlIHdvdWxkIGJlIGFub3RoZXIgdmlldylcbn1cblxuZnVuY3Rpb24gdGFpbChieXRlczogVWludDhBcnJheSwgbGVuZ3RoOiBudW1iZXIpOiBVaW50OEFycmF5IHtcbiAgcmV0dXJuIG5ldyBVaW50OEFycmF5KGJ5dGVzLnN1YmFycmF5KGJ5dGVzLmxlbmd0aCAtIGxlbmd0aCkpO1xufVxuXG5mdW5jdGlvbiBmcm9tSGV4KGhleDogc3RyaW5nKTogVWludDhBcnJheSB7XG4gIGNvbnN0IG91dCA9IG5ldyBVaW50OEFycmF5KGhleC5sZW5ndGggLyAyKTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBvdXQubGVuZ3RoOyBpKyspIG91dFtpXSA9IHBhcnNlSW50KGhleC5zbGljZSgyICogaSwgMiAqIGkgKyAyKSwgMTYpO1xuICByZXR1cm4gb3V0O1xufVxuIiwgImltcG9ydCB7IGVkMjU1MTksIHgyNTUxOSB9IGZyb20gJ0Bub2JsZS9jdXJ2ZXMvZWQyNTUxOS5qcyc7XG5pbXBvcnQgeyBwMjU2IH0gZnJvbSAnQG5vYmxlL2N1cnZlcy9uaXN0LmpzJztcbmltcG9ydCB7IGNoYWNoYTIwcG9seTEzMDUsIHhjaGFjaGEyMHBvbHkxMzA1IH0gZnJvbSAnQG5vYmxlL2NpcGhlcnMvY2hhY2hhLmpzJztcbmltcG9ydCB7IG1sX2tlbTEwMjQgfSBmcm9tICdAbm9ibGUvcG9zdC1xdWFudHVtL21sLWtlbS5qcyc7XG5pbXBvcnQgeyBoa2RmIH0gZnJvbSAnQG5vYmxlL2hhc2hlcy9oa2RmLmpzJztcbmltcG9ydCB7IGhtYWMgfSBmcm9tICdAbm9ibGUvaGFzaGVzL2htYWMuanMnO1xuaW1wb3J0IHsgc2hhMjU2LCBzaGE1MTIgfSBmcm9tICdAbm9ibGUvaGFzaGVzL3NoYTIuanMnO1xuaW1wb3J0IHsgY29uY2F0Qnl0ZXMsIHJhbmRvbUJ5dGVzIGFzIG5vYmxlUmFuZG9tQnl0ZXMgfSBmcm9tICdAbm9ibGUvaGFzaGVzL3V0aWxzLmpzJztcbmltcG9ydCB7IE5leHVzRXJyb3IgfSBmcm9tICcuLi9pbnRlcmZhY2VzL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBjcmVhdGVOYXRpdmVQcm92aWRlciB9IGZyb20gJy4vbmF0aXZlLmpzJztcblxuLyoqXG4gKiBFdmVyeSBwcmltaXRpdmUgdGhlIHByb3RvY29sIHVzZXMsIGJlaGluZCBvbmUgaW50ZXJmYWNlLCBzbyBhIGZhc3RlclxuICogcGxhdGZvcm0gaW1wbGVtZW50YXRpb24gY2FuIHJlcGxhY2UgdGhlIHBvcnRhYmxlIG9uZSB3aXRob3V0IHRvdWNoaW5nXG4gKiBwcm90b2NvbCBjb2RlLiBCb3RoIG11c3QgcGFzcyB0aGUgc2FtZSB2ZWN0b3JzIChgdGVzdC9wcmltaXRpdmVzLnRlc3QudHNgKS5cbiAqXG4gKiBAaW50ZXJuYWxcbiAqL1xuZXhwb3J0IGludGVyZmFjZSBDcnlwdG9Qcm92aWRlciB7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmFuZG9tQnl0ZXMobGVuZ3RoOiBudW1iZXIpOiBVaW50OEFycmF5O1xuICBzaGEyNTYoZGF0YTogVWludDhBcnJheSk6IFVpbnQ4QXJyYXk7XG4gIHNoYTUxMihkYXRhOiBVaW50OEFycmF5KTogVWludDhBcnJheTtcbiAgaG1hY1NoYTI1NihrZXk6IFVpbnQ4QXJyYXksIGRhdGE6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5O1xuICBobWFjU2hhNTEyKGtleTogVWludDhBcnJheSwgZGF0YTogVWludDhBcnJheSk6IFVpbnQ4QXJyYXk7XG4gIGhrZGZTaGEyNTYoaWttOiBVaW50OEFycmF5LCBzYWx0OiBVaW50OEFycmF5LCBpbmZvOiBVaW50OEFycmF5LCBsZW5ndGg6IG51bWJlcik6IFVpbnQ4QXJyYXk7XG4gIGVkMjU1MTlQdWJsaWNLZXkoc2VlZDogVWludDhBcnJheSk6IFVpbnQ4QXJyYXk7XG4gIGVkMjU1MTlTaWduKHNlZWQ6IFVpbnQ4QXJyYXksIG1lc3NhZ2U6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5O1xuICAvKiogU3RyaWN0IFJGQyA4MDMyIHZlcmlmaWNhdGlvbjogY2Fub25pY2FsIFMgYW5kIHBvaW50cywgbm8gc21hbGwtb3JkZXIga2V5LCBjb2ZhY3Rvcmxlc3MgZXF1YXRpb24uICovXG4gIGVkMjU1MTlWZXJpZnkocHVibGljS2V5OiBVaW50OEFycmF5LCBtZXNzYWdlOiBVaW50OEFycmF5LCBzaWduYXR1cmU6IFVpbnQ4QXJyYXkpOiBib29sZWFuO1xuICAvKiogQ29tcHJlc3NlZCBTRUMxICgzMyBieXRlcykgcHVibGljIGtleSBvZiBhIFAtMjU2IHNjYWxhci4gKi9cbiAgcDI1NlB1YmxpY0tleShzZWNyZXQ6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5O1xuICAvKiogRUNEU0EgUC0yNTYgLyBTSEEtMjU2LCA2NC1ieXRlIHJ8fHMsIGxvdy1TLiAqL1xuICBwMjU2U2lnbihzZWNyZXQ6IFVpbnQ4QXJyYXksIG1lc3NhZ2U6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5O1xuICAvKiogUmVqZWN0cyBoaWdoLVMgc2lnbmF0dXJlcy4gKi9cbiAgcDI1NlZlcmlmeShwdWJsaWNLZXk6IFVpbnQ4QXJyYXksIG1lc3NhZ2U6IFVpbnQ4QXJyYXksIHNpZ25hdHVyZTogVWludDhBcnJheSk6IGJvb2xlYW47XG4gIHgyNTUxOVB1YmxpY0tleShzZWNyZXQ6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5O1xuICAvKipcbiAgICogWDI1NTE5IChSRkMgNzc0OCkuIFJldHVybnMgYG51bGxgIGZvciBhbiBhbGwtemVybyByZXN1bHQgKGEgbG93LW9yZGVyXG4gICAqIHBlZXIga2V5KSwgd2hpY2ggY2FsbGVycyBtdXN0IHRyZWF0IGFzIGZhaWx1cmUuXG4gICAqL1xuICB4MjU1MTkoc2VjcmV0OiBVaW50OEFycmF5LCBwdWJsaWNLZXk6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5IHwgbnVsbDtcbiAgLyoqIE1MLUtFTS0xMDI0IChGSVBTIDIwMykgZW5jYXBzdWxhdGlvbiBrZXkgb2YgYSA2NC1ieXRlIHNlZWQgYGQgfHwgemAuICovXG4gIG1sS2VtMTAyNFB1YmxpY0tleShzZWVkOiBVaW50OEFycmF5KTogVWludDhBcnJheTtcbiAgLyoqXG4gICAqIE1MLUtFTS0xMDI0IGVuY2Fwc3VsYXRpb24uIGByYW5kb21uZXNzYCAoMzIgYnl0ZXMpIG1ha2VzIGl0XG4gICAqIGRldGVybWluaXN0aWMsIGZvciB2ZWN0b3JzIG9ubHkuXG4gICAqXG4gICAqIEB0aHJvd3Mgd2hlbiBgcHVibGljS2V5YCBpcyBub3QgYSB2YWxpZCBlbmNhcHN1bGF0aW9uIGtleS5cbiAgICovXG4gIG1sS2VtMTAyNEVuY2Fwc3VsYXRlKFxuICAgIHB1YmxpY0tleTogVWludDhBcnJheSxcbiAgICByYW5kb21uZXNzPzogVWludDhBcnJheSxcbiAgKTogeyBjaXBoZXJ0ZXh0OiBVaW50OEFycmF5OyBzaGFyZWRTZWNyZXQ6IFVpbnQ4QXJyYXkgfTtcbiAgLyoqIE1MLUtFTS0xMDI0IGRlY2Fwc3VsYXRpb24gd2l0aCB0aGUga2V5IG9mIGEgNjQtYnl0ZSBzZWVkIChpbXBsaWNpdCByZWplY3Rpb246IG5ldmVyIGZhaWxzIGZvciBhIHdlbGwtc2l6ZWQgY2lwaGVydGV4dCkuICovXG4gIG1sS2VtMTAyNERlY2Fwc3VsYXRlKHNlZWQ6IFVpbnQ4QXJyYXksIGNpcGhlcnRleHQ6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5O1xuICAvKiogQ2hhQ2hhMjAtUG9seTEzMDUgKFJGQyA4NDM5KTogMzItYnl0ZSBrZXksIDEyLWJ5dGUgbm9uY2UsIDE2LWJ5dGUgdGFnIGFwcGVuZGVkLiAqL1xuICBjaGFjaGEyMHBvbHkxMzA1U2VhbChcbiAgICBrZXk6IFVpbnQ4QXJyYXksXG4gICAgbm9uY2U6IFVpbnQ4QXJyYXksXG4gICAgcGxhaW50ZXh0OiBVaW50OEFycmF5LFxuICAgIGFkOiBVaW50OEFycmF5LFxuICApOiBVaW50OEFycmF5O1xuICAvKiogUmV0dXJucyBgbnVsbGAgd2hlbiBhdXRoZW50aWNhdGlvbiBmYWlscy4gKi9cbiAgY2hhY2hhMjBwb2x5MTMwNU9wZW4oXG4gICAga2V5OiBVaW50OEFycmF5LFxuICAgIG5vbmNlOiBVaW50OEFycmF5LFxuICAgIGNpcGhlcnRleHQ6IFVpbnQ4QXJyYXksXG4gICAgYWQ6IFVpbnQ4QXJyYXksXG4gICk6IFVpbnQ4QXJyYXkgfCBudWxsO1xuICB4Y2hhY2hhMjBwb2x5MTMwNVNlYWwoXG4gICAga2V5OiBVaW50OEFycmF5LFxuICAgIG5vbmNlOiBVaW50OEFycmF5LFxuICAgIHBsYWludGV4dDogVWludDhBcnJheSxcbiAgICBhZDogVWludDhBcnJheSxcbiAgKTogVWludDhBcnJheTtcbiAgLyoqIFJldHVybnMgYG51bGxgIHdoZW4gYXV0aGVudGljYXRpb24gZmFpbHMuICovXG4gIHhjaGFjaGEyMHBvbHkxMzA1T3BlbihcbiAgICBrZXk6IFVpbnQ4QXJyYXksXG4gICAgbm9uY2U6IFVpbnQ4QXJyYXksXG4gICAgY2lwaGVydGV4dDogVWludDhBcnJheSxcbiAgICBhZDogVWludDhBcnJheSxcbiAgKTogVWludDhBcnJheSB8IG51bGw7XG59XG5cbi8qKiBUaGUgbm9ibGUvc2N1cmUgcHJvdmlkZXI6IHB1cmUgSmF2YVNjcmlwdCwgcnVucyBldmVyeXdoZXJlLiBAaW50ZXJuYWwgKi9cbmV4cG9ydCBjb25zdCBwb3J0YWJsZVByb3ZpZGVyOiBDcnlwdG9Qcm92aWRlciA9IHtcbiAgbmFtZTogJ3BvcnRhYmxlJyxcbiAgcmFuZG9tQnl0ZXM6IChsZW5ndGgpID0+IG5vYmxlUmFuZG9tQnl0ZXMobGVuZ3RoKSxcbiAgc2hhMjU2OiAoZGF0YSkgPT4gc2hhMjU2KGRhdGEpLFxuICBzaGE1MTI6IChkYXRhKSA9PiBzaGE1MTIoZGF0YSksXG4gIGhtYWNTaGEyNTY6IChrZXksIGRhdGEpID0+IGhtYWMoc2hhMjU2LCBrZXksIGRhdGEpLFxuICBobWFjU2hhNTEyOiAoa2V5LCBkYXRhKSA9PiBobWFjKHNoYTUxMiwga2V5LCBkYXRhKSxcbiAgaGtkZlNoYTI1NjogKGlrbSwgc2FsdCwgaW5mbywgbGVuZ3RoKSA9PiBoa2RmKHNoYTI1NiwgaWttLCBzYWx0LCBpbmZvLCBsZW5ndGgpLFxuICBlZDI1NTE5UHVibGljS2V5OiAoc2VlZCkgPT4gZWQyNTUxOS5nZXRQdWJsaWNLZXkoc2VlZCksXG4gIGVkMjU1MTlTaWduOiAoc2VlZCwgbWVzc2FnZSkgPT4gZWQyNTUxOS5zaWduKG1lc3NhZ2UsIHNlZWQpLFxuICBlZDI1NTE5VmVyaWZ5OiAocHVibGljS2V5LCBtZXNzYWdlLCBzaWduYXR1cmUpID0+IHtcbiAgICB0cnkge1xuICAgICAgLy8gbm9ibGUncyBzdHJpY3QgbW9kZSByZWplY3RzIG5vbi1jYW5vbmljYWwgZW5jb2RpbmdzLCBTID49IEwgYW5kIHNtYWxsLW9yZGVyXG4gICAgICAvLyBrZXlzLCBidXQgY2hlY2tzIHRoZSBjb2ZhY3RvcmVkIGVxdWF0aW9uOyB3ZSBhbHNvIHJlcXVpcmUgdGhlIGNvZmFjdG9ybGVzc1xuICAgICAgLy8gb25lLCBhcyBPcGVuU1NMICh0aGUgbmF0aXZlIHByb3ZpZGVyKSBkb2VzLCBzbyBib3RoIHByb3ZpZGVycyBhZ3JlZS5cbiAgICAgIHJldHVybiAoXG4gICAgICAgIGVkMjU1MTkudmVyaWZ5KHNpZ25hdHVyZSwgbWVzc2FnZSwgcHVibGljS2V5LCB7IHppcDIxNTogZmFsc2UgfSkgJiZcbiAgICAgICAgZWQyNTUxOUNvZmFjdG9ybGVzcyhwdWJsaWNLZXksIG1lc3NhZ2UsIHNpZ25hdHVyZSlcbiAgICAgICk7XG4gICAgfSBjYXRjaCB7XG4gICAgICByZXR1cm4gZmFsc2U7XG4gICAgfVxuICB9LFxuICBwMjU2UHVibGljS2V5OiAoc2VjcmV0KSA9PiBwMjU2LmdldFB1YmxpY0tleShzZWNyZXQsIHRydWUpLFxuICBwMjU2U2lnbjogKHNlY3JldCwgbWVzc2FnZSkgPT4gcDI1Ni5zaWduKG1lc3NhZ2UsIHNlY3JldCwgeyBsb3dTOiB0cnVlIH0pLFxuICBwMjU2VmVyaWZ5OiAocHVibGljS2V5LCBtZXNzYWdlLCBzaWduYXR1cmUpID0+IHtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIHAyNTYudmVyaWZ5KHNpZ25hdHVyZSwgbWVzc2FnZSwgcHVibGljS2V5LCB7IGxvd1M6IHRydWUgfSk7XG4gICAgfSBjYXRjaCB7XG4gICAgICByZXR1cm4gZmFsc2U7XG4gICAgfVxuICB9LFxuICB4MjU1MTlQdWJsaWNLZXk6IChzZWNyZXQpID0+IHgyNTUxOS5nZXRQdWJsaWNLZXkoc2VjcmV0KSxcbiAgeDI1NTE5OiAoc2VjcmV0LCBwdWJsaWNLZXkpID0+IHtcbiAgICB0cnkge1xuICAgICAgY29uc3Qgc2hhcmVkID0geDI1NTE5LmdldFNoYXJlZFNlY3JldChzZWNyZXQsIHB1YmxpY0tleSk7XG4gICAgICByZXR1cm4gc2hhcmVkLnNvbWUoKGIpID0+IGIgIT09IDApID8gc2hhcmVkIDogbnVsbDtcbiAgICB9IGNhdGNoIHtcbiAgICAgIHJldHVybiBudWxsOyAvLyBub2JsZSB0aHJvd3Mgb24gdGhlIGFsbC16ZXJvIHJlc3VsdFxuICAgIH1cbiAgfSxcbiAgbWxLZW0xMDI0UHVibGljS2V5OiAoc2VlZCkgPT4gbWxfa2VtMTAyNC5rZXlnZW4oc2VlZCkucHVibGljS2V5LFxuICBtbEtlbTEwMjRFbmNhcHN1bGF0ZTogKHB1YmxpY0tleSwgcmFuZG9tbmVzcykgPT4ge1xuICAgIGNvbnN0IHsgY2lwaGVyVGV4dCwgc2hhcmVkU2VjcmV0IH0gPSBtbF9rZW0xMDI0LmVuY2Fwc3VsYXRlKHB1YmxpY0tleSwgcmFuZG9tbmVzcyk7XG4gICAgcmV0dXJuIHsgY2lwaGVydGV4dDogY2lwaGVyVGV4dCwgc2hhcmVkU2VjcmV0IH07XG4gIH0sXG4gIG1sS2VtMTAyNERlY2Fwc3VsYXRlOiAoc2VlZCwgY2lwaGVydGV4dCkgPT5cbiAgICBtbF9rZW0xMDI0LmRlY2Fwc3VsYXRlKGNpcGhlcnRleHQsIG1sX2tlbTEwMjQua2V5Z2VuKHNlZWQpLnNlY3JldEtleSksXG4gIGNoYWNoYTIwcG9seTEzMDVTZWFsOiAoa2V5LCBub25jZSwgcGxhaW50ZXh0LCBhZCkgPT5cbiAgICBjaGFjaGEyMHBvbHkxMzA1KGtleSwgbm9uY2UsIGFkKS5lbmNyeXB0KHBsYWludGV4dCksXG4gIGNoYWNoYTIwcG9seTEzMDVPcGVuOiAoa2V5LCBub25jZSwgY2lwaGVydGV4dCwgYWQpID0+IHtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIGNoYWNoYTIwcG9seTEzMDUoa2V5LCBub25jZSwgYWQpLmRlY3J5cHQoY2lwaGVydGV4dCk7XG4gICAgfSBjYXRjaCB7XG4gICAgICByZXR1cm4gbnVsbDtcbiAgICB9XG4gIH0sXG4gIHhjaGFjaGEyMHBvbHkxMzA1U2VhbDogKGtleSwgbm9uY2UsIHBsYWludGV4dCwgYWQpID0+XG4gICAgeGNoYWNoYTIwcG9seTEzMDUoa2V5LCBub25jZSwgYWQpLmVuY3J5cHQocGxhaW50ZXh0KSxcbiAgeGNoYWNoYTIwcG9seTEzMDVPcGVuOiAoa2V5LCBub25jZSwgY2lwaGVydGV4dCwgYWQpID0+IHtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIHhjaGFjaGEyMHBvbHkxMzA1KGtleSwgbm9uY2UsIGFkKS5kZWNyeXB0KGNpcGhlcnRleHQpO1xuICAgIH0gY2F0Y2gge1xuICAgICAgcmV0dXJuIG51bGw7XG4gICAgfVxuICB9LFxufTtcblxubGV0IGFjdGl2ZTogQ3J5cHRvUHJvdmlkZXIgfCB1bmRlZmluZWQ7XG5cbi8qKlxuICogVGhlIHByb3ZpZGVyIHByb3RvY29sIGNvZGUgdXNlczogdGhlIG5hdGl2ZSBvbmUgKGBub2RlOmNyeXB0b2ApIHdoZXJlIGl0XG4gKiBleGlzdHMsIGVsc2UgdGhlIHBvcnRhYmxlIG9uZS4gQ2hvc2VuIG9uIGZpcnN0IHVzZSwgc28gaW1wb3J0aW5nIHRoZSBTREtcbiAqIGluIGEgYnJvd3NlciBuZXZlciB0b3VjaGVzIE5vZGUgQVBJcy4gQGludGVybmFsXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjcnlwdG8oKTogQ3J5cHRvUHJvdmlkZXIge1xuICByZXR1cm4gKGFjdGl2ZSA/Pz0gY3JlYXRlTmF0aXZlUHJvdmlkZXIoKSA/PyBwb3J0YWJsZVByb3ZpZGVyKTtcbn1cblxuLyoqIFJlcGxhY2UgdGhlIGFjdGl2ZSBwcm92aWRlciAodGVzdHMgYW5kIHBsYXRmb3JtIGFjY2VsZXJhdG9ycykuIEBpbnRlcm5hbCAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNldENyeXB0b1Byb3ZpZGVyKHByb3ZpZGVyOiBDcnlwdG9Qcm92aWRlcik6IHZvaWQge1xuICBhY3RpdmUgPSBwcm92aWRlcjtcbn1cblxuY29uc3QgRUQyNTUxOV9MID0gZWQyNTUxOS5Qb2ludC5Gbi5PUkRFUjtcblxuZnVuY3Rpb24gbGl0dGxlRW5kaWFuKGJ5dGVzOiBVaW50OEFycmF5KTogYmlnaW50IHtcbiAgbGV0IG4gPSAwbjtcbiAgZm9yIChsZXQgaSA9IGJ5dGVzLmxlbmd0aCAtIDE7IGkgPj0gMDsgaS0tKSBuID0gKG4gPDwgOG4pIHwgQmlnSW50KGJ5dGVzW2ldISk7XG4gIHJldHVybiBuO1xufVxuXG4vKiogYFtTXUIgPT0gUiArIFtrXUFgIGV4YWN0bHkgKFJGQyA4MDMyIFx1MDBBNzUuMS43IHdpdGhvdXQgdGhlIGNvZmFjdG9yKSwgayA9IFNIQS01MTIoUiB8fCBBIHx8IE0pIG1vZCBMLiAqL1xuZnVuY3Rpb24gZWQyNTUxOUNvZmFjdG9ybGVzcyhcbiAgcHVibGljS2V5OiBVaW50OEFycmF5LFxuICBtZXNzYWdlOiBVaW50OEFycmF5LFxuICBzaWduYXR1cmU6IFVpbnQ4QXJyYXksXG4pOiBib29sZWFuIHtcbiAgY29uc3QgUiA9IGVkMjU1MTkuUG9pbnQuZnJvbUJ5dGVzKHNpZ25hdHVyZS5zdWJhcnJheSgwLCAzMikpO1xuICBjb25zdCBBID0gZWQyNTUxOS5Qb2ludC5mcm9tQnl0ZXMocHVibGljS2V5KTtcbiAgY29uc3QgUyA9IGxpdHRsZUVuZGlhbihzaWduYXR1cmUuc3ViYXJyYXkoMzIpKTtcbiAgY29uc3QgayA9XG4gICAgbGl0dGxlRW5kaWFuKHNoYTUxMihjb25jYXRCeXRlcyhzaWduYXR1cmUuc3ViYXJyYXkoMCwgMzIpLCBwdWJsaWNLZXksIG1lc3NhZ2UpKSkgJSBFRDI1NTE5X0w7XG4gIHJldHVybiBlZDI1NTE5LlBvaW50LkJBU0UubXVsdGlwbHlVbnNhZmUoUykuZXF1YWxzKFIuYWRkKEEubXVsdGlwbHlVbnNhZmUoaykpKTtcbn1cblxuLyoqIE9yZGVyIG9mIHRoZSBQLTI1NiBncm91cCwgZm9yIGxvdy1TIG5vcm1hbGlzYXRpb24uICovXG5jb25zdCBQMjU2X04gPSBwMjU2LlBvaW50LkNVUlZFKCkubjtcblxuLyoqXG4gKiBOb3JtYWxpc2UgYSA2NC1ieXRlIFAtMjU2IGByIHx8IHNgIHNpZ25hdHVyZSB0byBsb3cgUyAoYHMgPD0gbi8yYCksIHRoZVxuICogb25lIGZvcm0gdmVyaWZpZXJzIGFjY2VwdC4gSGFyZHdhcmUgdG9rZW5zIHN1Y2ggYXMgU29mdEhTTSByZXR1cm4gZWl0aGVyLlxuICovXG5leHBvcnQgZnVuY3Rpb24gbm9ybWFsaXplUDI1Nkxvd1Moc2lnbmF0dXJlOiBVaW50OEFycmF5KTogVWludDhBcnJheSB7XG4gIGlmIChzaWduYXR1cmUubGVuZ3RoICE9PSA2NClcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignTUFMRk9STUVEJywgJ1AtMjU2IHNpZ25hdHVyZSBtdXN0IGJlIDY0IGJ5dGVzJyk7XG4gIGxldCBzID0gMG47XG4gIGZvciAobGV0IGkgPSAzMjsgaSA8IDY0OyBpKyspIHMgPSAocyA8PCA4bikgfCBCaWdJbnQoc2lnbmF0dXJlW2ldISk7XG4gIGlmIChzIDw9IFAyNTZfTiA+PiAxbikgcmV0dXJuIHNpZ25hdHVyZTtcbiAgcyA9IFAyNTZfTiAtIHM7XG4gIGNvbnN0IG91dCA9IHNpZ25hdHVyZS5zbGljZSgpO1xuICBmb3IgKGxldCBpID0gNjM7IGkgPj0gMzI7IGktLSkge1xuICAgIG91dFtpXSA9IE51bWJlcihzICYgMHhmZm4pO1xuICAgIHMgPj49IDhuO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKiBXaGV0aGVyIGBieXRlc2AgaXMgYSB2YWxpZCBQLTI1NiBwb2ludCBlbmNvZGluZy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc1ZhbGlkUDI1NlBvaW50KGJ5dGVzOiBVaW50OEFycmF5KTogYm9vbGVhbiB7XG4gIHRyeSB7XG4gICAgcDI1Ni5Qb2ludC5mcm9tQnl0ZXMoYnl0ZXMpLmFzc2VydFZhbGlkaXR5KCk7XG4gICAgcmV0dXJuIHRydWU7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiBmYWxzZTtcbiAgfVxufVxuXG4vKiogQ29tcHJlc3MgYW55IFNFQzEgUC0yNTYgcG9pbnQgKDMzIG9yIDY1IGJ5dGVzKSB0byAzMyBieXRlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb21wcmVzc1AyNTYoYnl0ZXM6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5IHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gcDI1Ni5Qb2ludC5mcm9tQnl0ZXMoYnl0ZXMpLnRvQnl0ZXModHJ1ZSk7XG4gIH0gY2F0Y2ggKGNhdXNlKSB7XG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfS0VZJywgJ25vdCBhIHZhbGlkIFAtMjU2IHBvaW50JywgeyBjYXVzZSB9KTtcbiAgfVxufVxuXG4vKiogV2hldGhlciBgYnl0ZXNgIGlzIGEgdmFsaWQgRWQyNTUxOSBwb2ludCBlbmNvZGluZyAoY2Fub25pY2FsLCBvbiB0aGUgY3VydmUpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzVmFsaWRFZDI1NTE5UG9pbnQoYnl0ZXM6IFVpbnQ4QXJyYXkpOiBib29sZWFuIHtcbiAgaWYgKGJ5dGVzLmxlbmd0aCAhPT0gMzIpIHJldHVybiBmYWxzZTtcbiAgdHJ5IHtcbiAgICBlZDI1NTE5LlBvaW50LmZyb21CeXRlcyhieXRlcywgZmFsc2UpLmFzc2VydFZhbGlkaXR5KCk7XG4gICAgcmV0dXJuIHRydWU7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiBmYWxzZTtcbiAgfVxufVxuIiwgIi8qKlxuICogVGhlIGNsb3NlZCBzZXQgb2YgZXJyb3IgY29kZXMgdGhlIFNESyB0aHJvd3MuIENvZGVzIGFyZSBzdGFibGUgcHVibGljIEFQSTpcbiAqIG1hdGNoIG9uIHRoZW0sIG5ldmVyIG9uIG1lc3NhZ2VzLiBgc3BlYy9lcnJvcnMubWRgIGxpc3RzIHdoYXQgZWFjaCBtZWFucy5cbiAqL1xuZXhwb3J0IGNvbnN0IEVSUk9SX0NPREVTID0gW1xuICAnTUFMRk9STUVEJyxcbiAgJ0JBRF9TSUdOQVRVUkUnLFxuICAnRVhQSVJFRCcsXG4gICdSRVZPS0VEJyxcbiAgJ1VOS05PV05fSVNTVUVSJyxcbiAgJ1NUQUxFX1JFVk9DQVRJT05fTElTVCcsXG4gICdTVVBFUlNFREVEJyxcbiAgJ0lOVkFMSURfVVVJRCcsXG4gICdJTlZBTElEX01ORU1PTklDJyxcbiAgJ0lOVkFMSURfUEFUSCcsXG4gICdJTlZBTElEX0tFWScsXG4gICdVTlNVUFBPUlRFRF9BTEdPUklUSE0nLFxuICAnS0VZX05PVF9GT1VORCcsXG4gICdLRVlfTk9UX0VYVFJBQ1RBQkxFJyxcbiAgJ0tFWVNUT1JFJyxcbiAgJ1dST05HX1BBU1NQSFJBU0UnLFxuICAnSU5WQUxJRF9BUkdVTUVOVCcsXG4gICdTVE9SQUdFJyxcbiAgJ0RFQ1JZUFRfRkFJTEVEJyxcbiAgJ0RVUExJQ0FURV9NRVNTQUdFJyxcbiAgJ01FU1NBR0VfRVhQSVJFRCcsXG4gICdUT09fTUFOWV9TS0lQUEVEJyxcbiAgJ05PX1NFU1NJT04nLFxuICAnVU5LTk9XTl9QUkVLRVknLFxuICAnVU5UUlVTVEVEX0lERU5USVRZJyxcbiAgJ1VOU1VQUE9SVEVEX1ZFUlNJT04nLFxuXSBhcyBjb25zdDtcblxuLyoqIE9uZSBvZiB0aGUgc3RhYmxlIGVycm9yIGNvZGVzIGluIHtAbGluayBFUlJPUl9DT0RFU30uICovXG5leHBvcnQgdHlwZSBFcnJvckNvZGUgPSAodHlwZW9mIEVSUk9SX0NPREVTKVtudW1iZXJdO1xuXG5jb25zdCBDT0RFX1NFVDogUmVhZG9ubHlTZXQ8c3RyaW5nPiA9IG5ldyBTZXQoRVJST1JfQ09ERVMpO1xuXG4vKiogQSB7QGxpbmsgTmV4dXNFcnJvcn0gd2hvc2UgYGNvZGVgIGlzIGtub3duIHRvIGJlIGBDYC4gKi9cbmV4cG9ydCB0eXBlIE5leHVzRXJyb3JPZjxDIGV4dGVuZHMgRXJyb3JDb2RlPiA9IE5leHVzRXJyb3IgJiB7IHJlYWRvbmx5IGNvZGU6IEMgfTtcblxuLyoqXG4gKiBUaGUgb25lIGVycm9yIGNsYXNzIHRoZSBTREsgdGhyb3dzIGZvciBleHBlY3RlZCBmYWlsdXJlcyAoYmFkIGlucHV0LCBmYWlsZWRcbiAqIHZlcmlmaWNhdGlvbiwgbWlzc2luZyBrZXlzKS4gTWVzc2FnZXMgYXJlIHdyaXR0ZW4gZm9yIHBlb3BsZSBhbmQgbmV2ZXJcbiAqIGNvbnRhaW4gc2VjcmV0IG1hdGVyaWFsOyBgY29kZWAgaXMgZm9yIHByb2dyYW1zLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogdHJ5IHtcbiAqICAgcGFyc2VVdWlkKHRleHQpO1xuICogfSBjYXRjaCAoZXJyKSB7XG4gKiAgIGlmIChOZXh1c0Vycm9yLmlzKGVyciwgJ0lOVkFMSURfVVVJRCcpKSBjb25zb2xlLmxvZygndHlwbz8nKTtcbiAqICAgZWxzZSB0aHJvdyBlcnI7XG4gKiB9XG4gKiBgYGBcbiAqL1xuZXhwb3J0IGNsYXNzIE5leHVzRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIC8qKiBUaGUgc3RhYmxlIGNvZGU6IHNlZSB7QGxpbmsgRVJST1JfQ09ERVN9LiAqL1xuICByZWFkb25seSBjb2RlOiBFcnJvckNvZGU7XG5cbiAgLyoqXG4gICAqIEBwYXJhbSBjb2RlIC0gb25lIG9mIHtAbGluayBFUlJPUl9DT0RFU31cbiAgICogQHBhcmFtIG1lc3NhZ2UgLSBhIGh1bWFuIGRlc2NyaXB0aW9uOyBtdXN0IG5vdCBjb250YWluIHNlY3JldHNcbiAgICogQHBhcmFtIG9wdGlvbnMgLSBgY2F1c2VgIGZvciBjaGFpbmluZyAodGhlIGNhdXNlIGlzIGtlcHQgb2ZmIGBtZXNzYWdlYClcbiAgICovXG4gIGNvbnN0cnVjdG9yKGNvZGU6IEVycm9yQ29kZSwgbWVzc2FnZTogc3RyaW5nLCBvcHRpb25zPzogeyBjYXVzZT86IHVua25vd24gfSkge1xuICAgIHN1cGVyKG1lc3NhZ2UsIG9wdGlvbnMpO1xuICAgIGlmICghQ09ERV9TRVQuaGFzKGNvZGUpKSB0aHJvdyBuZXcgVHlwZUVycm9yKGB1bmtub3duIE5leHVzRXJyb3IgY29kZTogJHtTdHJpbmcoY29kZSl9YCk7XG4gICAgdGhpcy5uYW1lID0gJ05leHVzRXJyb3InO1xuICAgIHRoaXMuY29kZSA9IGNvZGU7XG4gIH1cblxuICAvKipcbiAgICogV2hldGhlciBgZXJyYCBpcyBhIHtAbGluayBOZXh1c0Vycm9yfSwgb3B0aW9uYWxseSB3aXRoIG9uZSBvZiB0aGUgZ2l2ZW4gY29kZXMuXG4gICAqIE5hcnJvd3MgdGhlIHR5cGUgc28gYGVyci5jb2RlYCBpcyB0aGUgbWF0Y2hlZCBjb2RlLlxuICAgKi9cbiAgc3RhdGljIGlzPEMgZXh0ZW5kcyBFcnJvckNvZGU+KGVycjogdW5rbm93biwgLi4uY29kZXM6IENbXSk6IGVyciBpcyBOZXh1c0Vycm9yT2Y8Qz4ge1xuICAgIGlmICghKGVyciBpbnN0YW5jZW9mIEVycm9yKSB8fCAoZXJyIGFzIHsgbmFtZT86IHVua25vd24gfSkubmFtZSAhPT0gJ05leHVzRXJyb3InKSByZXR1cm4gZmFsc2U7XG4gICAgY29uc3QgY29kZSA9IChlcnIgYXMgeyBjb2RlPzogdW5rbm93biB9KS5jb2RlO1xuICAgIGlmICh0eXBlb2YgY29kZSAhPT0gJ3N0cmluZycgfHwgIUNPREVfU0VULmhhcyhjb2RlKSkgcmV0dXJuIGZhbHNlO1xuICAgIHJldHVybiBjb2Rlcy5sZW5ndGggPT09IDAgfHwgKGNvZGVzIGFzIHN0cmluZ1tdKS5pbmNsdWRlcyhjb2RlKTtcbiAgfVxufVxuXG4vKiogV2hldGhlciBgY29kZWAgaXMgb25lIG9mIHRoZSBTREsncyBlcnJvciBjb2Rlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc0Vycm9yQ29kZShjb2RlOiB1bmtub3duKTogY29kZSBpcyBFcnJvckNvZGUge1xuICByZXR1cm4gdHlwZW9mIGNvZGUgPT09ICdzdHJpbmcnICYmIENPREVfU0VULmhhcyhjb2RlKTtcbn1cbiIsICJpbXBvcnQgeyBiYXNlNTggfSBmcm9tICdAc2N1cmUvYmFzZSc7XG5pbXBvcnQgeyBOZXh1c0Vycm9yIH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9lcnJvcnMuanMnO1xuaW1wb3J0IHsgYnl0ZXNFcXVhbCwgY29uY2F0LCB1dGY4IH0gZnJvbSAnLi4vcHJpbWl0aXZlcy9ieXRlcy5qcyc7XG5pbXBvcnQgeyBjcnlwdG8sIGlzVmFsaWRFZDI1NTE5UG9pbnQgfSBmcm9tICcuLi9wcmltaXRpdmVzL3Byb3ZpZGVyLmpzJztcblxuLyoqIFVVSUQgZm9ybWF0IHZlcnNpb24gYnl0ZSAoc3BlYy9pZGVudGl0eS5tZCBcdTAwQTdVVUlEKS4gKi9cbmV4cG9ydCBjb25zdCBVVUlEX1ZFUlNJT04gPSAweDAxO1xuY29uc3QgQ0hFQ0tTVU1fRE9NQUlOID0gdXRmOCgnTmV4dXNMaW5rIFVVSUQnKTtcbmNvbnN0IFVVSURfQllURVMgPSAxICsgMzIgKyA0O1xuXG4vKipcbiAqIEEgTmV4dXNMaW5rIFVVSUQ6IHRoZSBCYXNlNTggKEJpdGNvaW4gYWxwaGFiZXQpIHRleHQgbmFtaW5nIGFuIGlkZW50aXR5LlxuICogQSBicmFuZGVkIHN0cmluZywgc28gYSBwbGFpbiBzdHJpbmcgY2Fubm90IGJlIHBhc3NlZCB3aGVyZSBhIGNoZWNrZWQgVVVJRFxuICogaXMgZXhwZWN0ZWQ7IGdldCBvbmUgZnJvbSB7QGxpbmsgcGFyc2VVdWlkfSBvciB7QGxpbmsgdXVpZEZyb21QdWJsaWNLZXl9LlxuICovXG5leHBvcnQgdHlwZSBVdWlkID0gc3RyaW5nICYgeyByZWFkb25seSBfX2JyYW5kOiAnTmV4dXNMaW5rVXVpZCcgfTtcblxuZnVuY3Rpb24gY2hlY2tzdW0odmVyc2lvbjogbnVtYmVyLCBwdWJsaWNLZXk6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5IHtcbiAgcmV0dXJuIGNyeXB0bygpXG4gICAgLnNoYTI1Nihjb25jYXQoQ0hFQ0tTVU1fRE9NQUlOLCBVaW50OEFycmF5Lm9mKHZlcnNpb24pLCBwdWJsaWNLZXkpKVxuICAgIC5zdWJhcnJheSgwLCA0KTtcbn1cblxuLyoqXG4gKiBUaGUgVVVJRCBvZiBhbiBFZDI1NTE5IGlkZW50aXR5IHB1YmxpYyBrZXk6XG4gKiBgYmFzZTU4KDB4MDEgfHwgcHVibGljS2V5IHx8IFNIQS0yNTYoXCJOZXh1c0xpbmsgVVVJRFwiIHx8IDB4MDEgfHwgcHVibGljS2V5KVswLi40XSlgLlxuICpcbiAqIEB0aHJvd3MgTmV4dXNFcnJvciBgSU5WQUxJRF9LRVlgIHdoZW4gYHB1YmxpY0tleWAgaXMgbm90IGEgdmFsaWQgRWQyNTUxOSBwb2ludC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHV1aWRGcm9tUHVibGljS2V5KHB1YmxpY0tleTogVWludDhBcnJheSk6IFV1aWQge1xuICBpZiAoIWlzVmFsaWRFZDI1NTE5UG9pbnQocHVibGljS2V5KSlcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9LRVknLCAnbm90IGEgdmFsaWQgRWQyNTUxOSBwdWJsaWMga2V5Jyk7XG4gIHJldHVybiBiYXNlNTguZW5jb2RlKFxuICAgIGNvbmNhdChVaW50OEFycmF5Lm9mKFVVSURfVkVSU0lPTiksIHB1YmxpY0tleSwgY2hlY2tzdW0oVVVJRF9WRVJTSU9OLCBwdWJsaWNLZXkpKSxcbiAgKSBhcyBVdWlkO1xufVxuXG4vKiogQSBwYXJzZWQgVVVJRC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUGFyc2VkVXVpZCB7XG4gIHJlYWRvbmx5IHV1aWQ6IFV1aWQ7XG4gIHJlYWRvbmx5IHZlcnNpb246IG51bWJlcjtcbiAgLyoqIFRoZSAzMi1ieXRlIEVkMjU1MTkgaWRlbnRpdHkgcHVibGljIGtleSBpdCBuYW1lcy4gKi9cbiAgcmVhZG9ubHkgcHVibGljS2V5OiBVaW50OEFycmF5O1xufVxuXG4vKipcbiAqIFBhcnNlIGFuZCBjaGVjayBVVUlEIHRleHQuIFN1cnJvdW5kaW5nIHdoaXRlc3BhY2UgaXMgaWdub3JlZDsgZXZlcnl0aGluZ1xuICogZWxzZSBtdXN0IGJlIGV4YWN0LiBBIHR5cG8gY2hhbmdlcyB0aGUgY2hlY2tzdW0sIHNvIGl0IGlzIHJlamVjdGVkIGluc3RlYWRcbiAqIG9mIG5hbWluZyBzb21lb25lIGVsc2UuXG4gKlxuICogQHRocm93cyBOZXh1c0Vycm9yIGBJTlZBTElEX1VVSURgIGZvciBiYWQgY2hhcmFjdGVycywgbGVuZ3RoLCB2ZXJzaW9uIG9yIGNoZWNrc3VtLlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCB7IHB1YmxpY0tleSB9ID0gcGFyc2VVdWlkKHRleHQpOyAvLyB0aHJvd3MgSU5WQUxJRF9VVUlEIG9uIGEgdHlwb1xuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVV1aWQodGV4dDogc3RyaW5nKTogUGFyc2VkVXVpZCB7XG4gIGlmICh0eXBlb2YgdGV4dCAhPT0gJ3N0cmluZycpIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX1VVSUQnLCAnVVVJRCBtdXN0IGJlIGEgc3RyaW5nJyk7XG4gIGNvbnN0IHRyaW1tZWQgPSB0ZXh0LnRyaW0oKTtcbiAgaWYgKHRyaW1tZWQubGVuZ3RoID09PSAwIHx8IHRyaW1tZWQubGVuZ3RoID4gNjQpXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfVVVJRCcsICdVVUlEIGhhcyB0aGUgd3JvbmcgbGVuZ3RoJyk7XG4gIGxldCBieXRlczogVWludDhBcnJheTtcbiAgdHJ5IHtcbiAgICBieXRlcyA9IGJhc2U1OC5kZWNvZGUodHJpbW1lZCk7XG4gIH0gY2F0Y2gge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX1VVSUQnLCAnVVVJRCBjb250YWlucyBjaGFyYWN0ZXJzIG91dHNpZGUgdGhlIEJhc2U1OCBhbHBoYWJldCcpO1xuICB9XG4gIGlmIChieXRlcy5sZW5ndGggIT09IFVVSURfQllURVMpXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfVVVJRCcsICdVVUlEIGhhcyB0aGUgd3JvbmcgbGVuZ3RoJyk7XG4gIGNvbnN0IHZlcnNpb24gPSBieXRlc1swXSE7XG4gIGlmICh2ZXJzaW9uICE9PSBVVUlEX1ZFUlNJT04pXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfVVVJRCcsIGB1bnN1cHBvcnRlZCBVVUlEIHZlcnNpb24gJHt2ZXJzaW9ufWApO1xuICBjb25zdCBwdWJsaWNLZXkgPSBieXRlcy5zbGljZSgxLCAzMyk7XG4gIGlmICghYnl0ZXNFcXVhbChieXRlcy5zdWJhcnJheSgzMyksIGNoZWNrc3VtKHZlcnNpb24sIHB1YmxpY0tleSkpKSB7XG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfVVVJRCcsICdVVUlEIGNoZWNrc3VtIGRvZXMgbm90IG1hdGNoIChtaXN0eXBlZD8pJyk7XG4gIH1cbiAgaWYgKCFpc1ZhbGlkRWQyNTUxOVBvaW50KHB1YmxpY0tleSkpXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfVVVJRCcsICdVVUlEIGRvZXMgbm90IG5hbWUgYSB2YWxpZCBFZDI1NTE5IGtleScpO1xuICByZXR1cm4geyB1dWlkOiB0cmltbWVkIGFzIFV1aWQsIHZlcnNpb24sIHB1YmxpY0tleSB9O1xufVxuXG4vKiogV2hldGhlciBgdGV4dGAgaXMgYSB2YWxpZCBVVUlELiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzVXVpZCh0ZXh0OiBzdHJpbmcpOiB0ZXh0IGlzIFV1aWQge1xuICB0cnkge1xuICAgIHBhcnNlVXVpZCh0ZXh0KTtcbiAgICByZXR1cm4gdHJ1ZTtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIGZhbHNlO1xuICB9XG59XG4iLCAiaW1wb3J0IHsgTmV4dXNFcnJvciB9IGZyb20gJy4uL2ludGVyZmFjZXMvZXJyb3JzLmpzJztcblxuY29uc3QgZW5jb2RlciA9IG5ldyBUZXh0RW5jb2RlcigpO1xuXG4vKiogVVRGLTggYnl0ZXMgb2YgYHRleHRgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHV0ZjgodGV4dDogc3RyaW5nKTogVWludDhBcnJheSB7XG4gIHJldHVybiBlbmNvZGVyLmVuY29kZSh0ZXh0KTtcbn1cblxuLyoqIENvbmNhdGVuYXRlIGJ5dGUgYXJyYXlzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbmNhdCguLi5wYXJ0czogVWludDhBcnJheVtdKTogVWludDhBcnJheSB7XG4gIGxldCBsZW5ndGggPSAwO1xuICBmb3IgKGNvbnN0IHAgb2YgcGFydHMpIGxlbmd0aCArPSBwLmxlbmd0aDtcbiAgY29uc3Qgb3V0ID0gbmV3IFVpbnQ4QXJyYXkobGVuZ3RoKTtcbiAgbGV0IG9mZnNldCA9IDA7XG4gIGZvciAoY29uc3QgcCBvZiBwYXJ0cykge1xuICAgIG91dC5zZXQocCwgb2Zmc2V0KTtcbiAgICBvZmZzZXQgKz0gcC5sZW5ndGg7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqIENvbnN0YW50LXRpbWUgZXF1YWxpdHkgb2YgdHdvIGJ5dGUgYXJyYXlzICh0aW1lIGRlcGVuZHMgb25seSBvbiB0aGUgbGVuZ3RocykuICovXG5leHBvcnQgZnVuY3Rpb24gYnl0ZXNFcXVhbChhOiBVaW50OEFycmF5LCBiOiBVaW50OEFycmF5KTogYm9vbGVhbiB7XG4gIGlmIChhLmxlbmd0aCAhPT0gYi5sZW5ndGgpIHJldHVybiBmYWxzZTtcbiAgbGV0IGRpZmYgPSAwO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGEubGVuZ3RoOyBpKyspIGRpZmYgfD0gYVtpXSEgXiBiW2ldITtcbiAgcmV0dXJuIGRpZmYgPT09IDA7XG59XG5cbi8qKiBMb3dlci1jYXNlIGhleCBvZiBgYnl0ZXNgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRvSGV4KGJ5dGVzOiBVaW50OEFycmF5KTogc3RyaW5nIHtcbiAgbGV0IG91dCA9ICcnO1xuICBmb3IgKGNvbnN0IGIgb2YgYnl0ZXMpIG91dCArPSBiLnRvU3RyaW5nKDE2KS5wYWRTdGFydCgyLCAnMCcpO1xuICByZXR1cm4gb3V0O1xufVxuXG4vKiogQnl0ZXMgb2YgYSBoZXggc3RyaW5nOyB0aHJvd3MgYE1BTEZPUk1FRGAgZm9yIG9kZCBsZW5ndGggb3Igbm9uLWhleCBjaGFyYWN0ZXJzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZyb21IZXgoaGV4OiBzdHJpbmcpOiBVaW50OEFycmF5IHtcbiAgaWYgKGhleC5sZW5ndGggJSAyICE9PSAwIHx8ICEvXlswLTlhLWZBLUZdKiQvLnRlc3QoaGV4KSkge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdNQUxGT1JNRUQnLCAnaW52YWxpZCBoZXggc3RyaW5nJyk7XG4gIH1cbiAgY29uc3Qgb3V0ID0gbmV3IFVpbnQ4QXJyYXkoaGV4Lmxlbmd0aCAvIDIpO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IG91dC5sZW5ndGg7IGkrKykgb3V0W2ldID0gcGFyc2VJbnQoaGV4LnNsaWNlKGkgKiAyLCBpICogMiArIDIpLCAxNik7XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKiBPdmVyd3JpdGUgYGJ5dGVzYCB3aXRoIHplcm9zIChiZXN0IGVmZm9ydDogSlMgZW5naW5lcyBtYXkga2VlcCBjb3BpZXMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdpcGUoLi4uYXJyYXlzOiAoVWludDhBcnJheSB8IHVuZGVmaW5lZClbXSk6IHZvaWQge1xuICBmb3IgKGNvbnN0IGEgb2YgYXJyYXlzKSBhPy5maWxsKDApO1xufVxuXG4vKiogQmlnLWVuZGlhbiBlbmNvZGluZyBvZiBhIDMyLWJpdCB1bnNpZ25lZCBpbnRlZ2VyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHUzMmJlKG46IG51bWJlcik6IFVpbnQ4QXJyYXkge1xuICBjb25zdCBvdXQgPSBuZXcgVWludDhBcnJheSg0KTtcbiAgbmV3IERhdGFWaWV3KG91dC5idWZmZXIpLnNldFVpbnQzMigwLCBuLCBmYWxzZSk7XG4gIHJldHVybiBvdXQ7XG59XG4iLCAiaW1wb3J0IHtcbiAgZW50cm9weVRvTW5lbW9uaWMgYXMgc2N1cmVFbnRyb3B5VG9NbmVtb25pYyxcbiAgZ2VuZXJhdGVNbmVtb25pYyBhcyBzY3VyZUdlbmVyYXRlTW5lbW9uaWMsXG4gIG1uZW1vbmljVG9FbnRyb3B5LFxuICBtbmVtb25pY1RvU2VlZFN5bmMsXG4gIHZhbGlkYXRlTW5lbW9uaWMsXG59IGZyb20gJ0BzY3VyZS9iaXAzOSc7XG5pbXBvcnQgeyB3b3JkbGlzdCBhcyBlbmdsaXNoIH0gZnJvbSAnQHNjdXJlL2JpcDM5L3dvcmRsaXN0cy9lbmdsaXNoLmpzJztcbmltcG9ydCB7IE5leHVzRXJyb3IgfSBmcm9tICcuLi9pbnRlcmZhY2VzL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBjb25jYXQsIHUzMmJlLCB1dGY4IH0gZnJvbSAnLi4vcHJpbWl0aXZlcy9ieXRlcy5qcyc7XG5pbXBvcnQgeyBjcnlwdG8gfSBmcm9tICcuLi9wcmltaXRpdmVzL3Byb3ZpZGVyLmpzJztcbmltcG9ydCB7IFdPUkRMSVNUUyB9IGZyb20gJy4vd29yZGxpc3RzLmpzJztcblxuZXhwb3J0IHsgV09SRExJU1RTIH07XG5leHBvcnQgdHlwZSB7IFdvcmRsaXN0TmFtZSB9IGZyb20gJy4vd29yZGxpc3RzLmpzJztcblxuLyoqIE9wdGlvbnMgZm9yIHtAbGluayBnZW5lcmF0ZU1uZW1vbmljfS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgR2VuZXJhdGVNbmVtb25pY09wdGlvbnMge1xuICAvKiogMTIsIDE1LCAxOCwgMjEgb3IgMjQgd29yZHMuIERlZmF1bHQgMjQgKDI1NiBiaXRzIG9mIGVudHJvcHkpLiAqL1xuICByZWFkb25seSB3b3Jkcz86IDEyIHwgMTUgfCAxOCB8IDIxIHwgMjQ7XG4gIC8qKiBBIDIwNDgtd29yZCBCSVAtMzkgd29yZGxpc3Q7IGRlZmF1bHQgRW5nbGlzaC4gU2VlIHtAbGluayBXT1JETElTVFN9LiAqL1xuICByZWFkb25seSB3b3JkbGlzdD86IHJlYWRvbmx5IHN0cmluZ1tdO1xufVxuXG4vKipcbiAqIEEgbmV3IEJJUC0zOSBtbmVtb25pYyBmcm9tIHRoZSBwbGF0Zm9ybSdzIHNlY3VyZSByYW5kb20gc291cmNlLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3QgcGhyYXNlID0gZ2VuZXJhdGVNbmVtb25pYygpOyAvLyAyNCBFbmdsaXNoIHdvcmRzXG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdlbmVyYXRlTW5lbW9uaWMob3B0aW9uczogR2VuZXJhdGVNbmVtb25pY09wdGlvbnMgPSB7fSk6IHN0cmluZyB7XG4gIGNvbnN0IHdvcmRzID0gb3B0aW9ucy53b3JkcyA/PyAyNDtcbiAgaWYgKCFbMTIsIDE1LCAxOCwgMjEsIDI0XS5pbmNsdWRlcyh3b3JkcykpXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfQVJHVU1FTlQnLCAnd29yZHMgbXVzdCBiZSAxMiwgMTUsIDE4LCAyMSBvciAyNCcpO1xuICByZXR1cm4gc2N1cmVHZW5lcmF0ZU1uZW1vbmljKChvcHRpb25zLndvcmRsaXN0ID8/IGVuZ2xpc2gpIGFzIHN0cmluZ1tdLCAod29yZHMgLyAzKSAqIDMyKTtcbn1cblxuLyoqXG4gKiBUaGUgbW5lbW9uaWMgb2YgZ2l2ZW4gZW50cm9weSAoMTYuLjMyIGJ5dGVzLCBhIG11bHRpcGxlIG9mIDQpLlxuICpcbiAqIEB0aHJvd3MgTmV4dXNFcnJvciBgSU5WQUxJRF9BUkdVTUVOVGAgZm9yIGVudHJvcHkgb2YgdGhlIHdyb25nIHNpemUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbnRyb3B5VG9NbmVtb25pYyhcbiAgZW50cm9weTogVWludDhBcnJheSxcbiAgd29yZGxpc3Q6IHJlYWRvbmx5IHN0cmluZ1tdID0gZW5nbGlzaCxcbik6IHN0cmluZyB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHNjdXJlRW50cm9weVRvTW5lbW9uaWMoZW50cm9weSwgd29yZGxpc3QgYXMgc3RyaW5nW10pO1xuICB9IGNhdGNoIHtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9BUkdVTUVOVCcsICdlbnRyb3B5IG11c3QgYmUgMTYgdG8gMzIgYnl0ZXMsIGEgbXVsdGlwbGUgb2YgNCcpO1xuICB9XG59XG5cbi8qKiBPcHRpb25zIGZvciB7QGxpbmsgbW5lbW9uaWNUb1NlZWR9LiAqL1xuZXhwb3J0IGludGVyZmFjZSBNbmVtb25pY1RvU2VlZE9wdGlvbnMge1xuICAvKipcbiAgICogVGhlIHdvcmRsaXN0IHRvIGNoZWNrIHdvcmRzIGFuZCBjaGVja3N1bSBhZ2FpbnN0LiBCeSBkZWZhdWx0IHRoZVxuICAgKiBsYW5ndWFnZSBpcyBkZXRlY3RlZCBhbW9uZyB7QGxpbmsgV09SRExJU1RTfS4gUGFzcyBgZmFsc2VgIHRvIHNraXAgdGhlXG4gICAqIGNoZWNrIChCSVAtMzkgc2VlZHMgZG8gbm90IGRlcGVuZCBvbiB0aGUgd29yZGxpc3QpLCBmb3IgbGFuZ3VhZ2VzIHdob3NlXG4gICAqIGxpc3RzIHRoaXMgcGFja2FnZSBkb2VzIG5vdCBzaGlwLlxuICAgKi9cbiAgcmVhZG9ubHkgd29yZGxpc3Q/OiByZWFkb25seSBzdHJpbmdbXSB8IGZhbHNlO1xufVxuXG4vKiogVGhlIHdvcmRsaXN0IGBtbmVtb25pY2AgYmVsb25ncyB0byAoY2hlY2tzdW0gaW5jbHVkZWQpLCBvciBgbnVsbGAuICovXG5leHBvcnQgZnVuY3Rpb24gZGV0ZWN0V29yZGxpc3QobW5lbW9uaWM6IHN0cmluZyk6IHJlYWRvbmx5IHN0cmluZ1tdIHwgbnVsbCB7XG4gIGlmICh0eXBlb2YgbW5lbW9uaWMgIT09ICdzdHJpbmcnKSByZXR1cm4gbnVsbDtcbiAgZm9yIChjb25zdCBsaXN0IG9mIE9iamVjdC52YWx1ZXMoV09SRExJU1RTKSkge1xuICAgIGlmICh2YWxpZGF0ZU1uZW1vbmljKG1uZW1vbmljLm5vcm1hbGl6ZSgnTkZLRCcpLCBsaXN0IGFzIHN0cmluZ1tdKSkgcmV0dXJuIGxpc3Q7XG4gIH1cbiAgcmV0dXJuIG51bGw7XG59XG5cbi8qKlxuICogVGhlIDY0LWJ5dGUgQklQLTM5IHNlZWQ6IFBCS0RGMi1ITUFDLVNIQTUxMiwgMjA0OCByb3VuZHMsIHNhbHRcbiAqIGBcIm1uZW1vbmljXCIgKyBwYXNzcGhyYXNlYCwgYm90aCBORktELW5vcm1hbGlzZWQuXG4gKlxuICogQHRocm93cyBOZXh1c0Vycm9yIGBJTlZBTElEX01ORU1PTklDYCB3aGVuIGEgd29yZCBvciB0aGUgY2hlY2tzdW0gaXMgd3JvbmcuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtbmVtb25pY1RvU2VlZChcbiAgbW5lbW9uaWM6IHN0cmluZyxcbiAgcGFzc3BocmFzZSA9ICcnLFxuICBvcHRpb25zOiBNbmVtb25pY1RvU2VlZE9wdGlvbnMgPSB7fSxcbik6IFVpbnQ4QXJyYXkge1xuICBpZiAodHlwZW9mIG1uZW1vbmljICE9PSAnc3RyaW5nJyB8fCB0eXBlb2YgcGFzc3BocmFzZSAhPT0gJ3N0cmluZycpIHtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9BUkdVTUVOVCcsICdtbmVtb25pYyBhbmQgcGFzc3BocmFzZSBtdXN0IGJlIHN0cmluZ3MnKTtcbiAgfVxuICBjb25zdCBub3JtYWxpemVkID0gbW5lbW9uaWMubm9ybWFsaXplKCdORktEJykudHJpbSgpLnNwbGl0KC9cXHMrL3UpLmpvaW4oJyAnKTtcbiAgaWYgKG9wdGlvbnMud29yZGxpc3QgIT09IGZhbHNlKSB7XG4gICAgY29uc3Qgb2sgPVxuICAgICAgb3B0aW9ucy53b3JkbGlzdCA9PT0gdW5kZWZpbmVkXG4gICAgICAgID8gZGV0ZWN0V29yZGxpc3Qobm9ybWFsaXplZCkgIT09IG51bGxcbiAgICAgICAgOiB2YWxpZGF0ZU1uZW1vbmljKG5vcm1hbGl6ZWQsIG9wdGlvbnMud29yZGxpc3QgYXMgc3RyaW5nW10pO1xuICAgIGlmICghb2spXG4gICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcihcbiAgICAgICAgJ0lOVkFMSURfTU5FTU9OSUMnLFxuICAgICAgICAnbm90IGEgdmFsaWQgQklQLTM5IG1uZW1vbmljICh1bmtub3duIHdvcmQgb3IgYmFkIGNoZWNrc3VtKScsXG4gICAgICApO1xuICB9XG4gIGlmIChub3JtYWxpemVkLmxlbmd0aCA9PT0gMCkgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfTU5FTU9OSUMnLCAnbW5lbW9uaWMgaXMgZW1wdHknKTtcbiAgdHJ5IHtcbiAgICByZXR1cm4gbW5lbW9uaWNUb1NlZWRTeW5jKG5vcm1hbGl6ZWQsIHBhc3NwaHJhc2UpO1xuICB9IGNhdGNoIHtcbiAgICAvLyBObyBgY2F1c2VgOiB0aGUgbGlicmFyeSdzIG1lc3NhZ2UgbmFtZXMgdGhlIG9mZmVuZGluZyB3b3JkLCB3aGljaCBpc1xuICAgIC8vIG9uZSB0eXBvIGF3YXkgZnJvbSBhIHNlY3JldCB3b3JkLlxuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX01ORU1PTklDJywgJ25vdCBhIHZhbGlkIEJJUC0zOSBtbmVtb25pYycpO1xuICB9XG59XG5cbi8qKiBUaGUgZW50cm9weSBhIG1uZW1vbmljIGVuY29kZXMuIEB0aHJvd3MgTmV4dXNFcnJvciBgSU5WQUxJRF9NTkVNT05JQ2AuICovXG5leHBvcnQgZnVuY3Rpb24gbW5lbW9uaWNFbnRyb3B5KG1uZW1vbmljOiBzdHJpbmcsIHdvcmRsaXN0PzogcmVhZG9ubHkgc3RyaW5nW10pOiBVaW50OEFycmF5IHtcbiAgaWYgKHR5cGVvZiBtbmVtb25pYyAhPT0gJ3N0cmluZycpXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfTU5FTU9OSUMnLCAnbW5lbW9uaWMgbXVzdCBiZSBhIHN0cmluZycpO1xuICBjb25zdCBsaXN0ID0gd29yZGxpc3QgPz8gZGV0ZWN0V29yZGxpc3QobW5lbW9uaWMpO1xuICBpZiAobGlzdCA9PT0gbnVsbCkgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfTU5FTU9OSUMnLCAnbm90IGEgdmFsaWQgQklQLTM5IG1uZW1vbmljJyk7XG4gIHRyeSB7XG4gICAgcmV0dXJuIG1uZW1vbmljVG9FbnRyb3B5KG1uZW1vbmljLm5vcm1hbGl6ZSgnTkZLRCcpLCBsaXN0IGFzIHN0cmluZ1tdKTtcbiAgfSBjYXRjaCB7XG4gICAgLy8gTm8gYGNhdXNlYDogdGhlIGxpYnJhcnkncyBtZXNzYWdlIG5hbWVzIHRoZSBvZmZlbmRpbmcgd29yZCwgd2hpY2ggaXNcbiAgICAvLyBvbmUgdHlwbyBhd2F5IGZyb20gYSBzZWNyZXQgd29yZC5cbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9NTkVNT05JQycsICdub3QgYSB2YWxpZCBCSVAtMzkgbW5lbW9uaWMnKTtcbiAgfVxufVxuXG4vKiogQSBTTElQLTAwMTAgZWQyNTUxOSBub2RlLiAqL1xuZXhwb3J0IGludGVyZmFjZSBFZDI1NTE5Tm9kZSB7XG4gIC8qKiBUaGUgMzItYnl0ZSBFZDI1NTE5IHNlZWQgKFJGQyA4MDMyIHByaXZhdGUga2V5KS4gKi9cbiAgcmVhZG9ubHkgcHJpdmF0ZUtleTogVWludDhBcnJheTtcbiAgLyoqIFRoZSAzMi1ieXRlIEVkMjU1MTkgcHVibGljIGtleS4gKi9cbiAgcmVhZG9ubHkgcHVibGljS2V5OiBVaW50OEFycmF5O1xuICByZWFkb25seSBjaGFpbkNvZGU6IFVpbnQ4QXJyYXk7XG59XG5cbmNvbnN0IEhBUkRFTkVEID0gMHg4MDAwXzAwMDA7XG5jb25zdCBFRDI1NTE5X1NFRURfS0VZID0gdXRmOCgnZWQyNTUxOSBzZWVkJyk7XG5cbi8qKlxuICogUGFyc2UgYSBkZXJpdmF0aW9uIHBhdGggc3VjaCBhcyBgbS80NCcvMCdgLiBFZDI1NTE5IHVuZGVyIFNMSVAtMDAxMCBoYXNcbiAqIG9ubHkgaGFyZGVuZWQgZGVyaXZhdGlvbiwgc28gZXZlcnkgaW5kZXggbXVzdCBiZSBoYXJkZW5lZCAoYCdgLCBgaGAgb3IgYEhgKS5cbiAqXG4gKiBAdGhyb3dzIE5leHVzRXJyb3IgYElOVkFMSURfUEFUSGAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUhhcmRlbmVkUGF0aChwYXRoOiBzdHJpbmcpOiBudW1iZXJbXSB7XG4gIGlmICh0eXBlb2YgcGF0aCAhPT0gJ3N0cmluZycpIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX1BBVEgnLCAncGF0aCBtdXN0IGJlIGEgc3RyaW5nJyk7XG4gIGNvbnN0IHBhcnRzID0gcGF0aC5zcGxpdCgnLycpO1xuICBpZiAocGFydHNbMF0gIT09ICdtJykgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfUEFUSCcsICdhIHBhdGggc3RhcnRzIHdpdGggXCJtXCInKTtcbiAgcmV0dXJuIHBhcnRzLnNsaWNlKDEpLm1hcCgocGFydCkgPT4ge1xuICAgIGNvbnN0IG0gPSAvXihcXGR7MSwxMH0pWydoSF0kLy5leGVjKHBhcnQpO1xuICAgIGlmICghbSlcbiAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX1BBVEgnLCBgcGF0aCBjb21wb25lbnQgXCIke3BhcnR9XCIgaXMgbm90IGEgaGFyZGVuZWQgaW5kZXhgKTtcbiAgICBjb25zdCBpbmRleCA9IE51bWJlcihtWzFdKTtcbiAgICBpZiAoaW5kZXggPj0gSEFSREVORUQpXG4gICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9QQVRIJywgYHBhdGggaW5kZXggJHtpbmRleH0gaXMgb3V0IG9mIHJhbmdlYCk7XG4gICAgcmV0dXJuIGluZGV4ICsgSEFSREVORUQ7XG4gIH0pO1xufVxuXG4vKipcbiAqIFNMSVAtMDAxMCBlZDI1NTE5IGRlcml2YXRpb24gb2YgYHBhdGhgIGZyb20gYSBCSVAtMzkgc2VlZC5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHsgcHJpdmF0ZUtleSwgcHVibGljS2V5IH0gPSBkZXJpdmVFZDI1NTE5KHNlZWQsIFwibS8yMDA0NCcvMCcvMCdcIik7XG4gKiBgYGBcbiAqIEB0aHJvd3MgTmV4dXNFcnJvciBgSU5WQUxJRF9QQVRIYCBmb3IgYSBtYWxmb3JtZWQgb3Igbm9uLWhhcmRlbmVkIHBhdGgsXG4gKiAgIGBJTlZBTElEX0FSR1VNRU5UYCBmb3IgYSBzZWVkIG91dHNpZGUgMTYuLjY0IGJ5dGVzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZGVyaXZlRWQyNTUxOShzZWVkOiBVaW50OEFycmF5LCBwYXRoOiBzdHJpbmcpOiBFZDI1NTE5Tm9kZSB7XG4gIGlmICghKHNlZWQgaW5zdGFuY2VvZiBVaW50OEFycmF5KSB8fCBzZWVkLmxlbmd0aCA8IDE2IHx8IHNlZWQubGVuZ3RoID4gNjQpIHtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9BUkdVTUVOVCcsICdzZWVkIG11c3QgYmUgMTYgdG8gNjQgYnl0ZXMnKTtcbiAgfVxuICBjb25zdCBjID0gY3J5cHRvKCk7XG4gIGxldCBJID0gYy5obWFjU2hhNTEyKEVEMjU1MTlfU0VFRF9LRVksIHNlZWQpO1xuICBmb3IgKGNvbnN0IGluZGV4IG9mIHBhcnNlSGFyZGVuZWRQYXRoKHBhdGgpKSB7XG4gICAgSSA9IGMuaG1hY1NoYTUxMihJLnN1YmFycmF5KDMyKSwgY29uY2F0KFVpbnQ4QXJyYXkub2YoMCksIEkuc3ViYXJyYXkoMCwgMzIpLCB1MzJiZShpbmRleCkpKTtcbiAgfVxuICBjb25zdCBwcml2YXRlS2V5ID0gSS5zbGljZSgwLCAzMik7XG4gIHJldHVybiB7IHByaXZhdGVLZXksIHB1YmxpY0tleTogYy5lZDI1NTE5UHVibGljS2V5KHByaXZhdGVLZXkpLCBjaGFpbkNvZGU6IEkuc2xpY2UoMzIpIH07XG59XG4iLCAiaW1wb3J0IHsgd29yZGxpc3QgYXMgY3plY2ggfSBmcm9tICdAc2N1cmUvYmlwMzkvd29yZGxpc3RzL2N6ZWNoLmpzJztcbmltcG9ydCB7IHdvcmRsaXN0IGFzIGVuZ2xpc2ggfSBmcm9tICdAc2N1cmUvYmlwMzkvd29yZGxpc3RzL2VuZ2xpc2guanMnO1xuaW1wb3J0IHsgd29yZGxpc3QgYXMgZnJlbmNoIH0gZnJvbSAnQHNjdXJlL2JpcDM5L3dvcmRsaXN0cy9mcmVuY2guanMnO1xuaW1wb3J0IHsgd29yZGxpc3QgYXMgaXRhbGlhbiB9IGZyb20gJ0BzY3VyZS9iaXAzOS93b3JkbGlzdHMvaXRhbGlhbi5qcyc7XG5pbXBvcnQgeyB3b3JkbGlzdCBhcyBqYXBhbmVzZSB9IGZyb20gJ0BzY3VyZS9iaXAzOS93b3JkbGlzdHMvamFwYW5lc2UuanMnO1xuaW1wb3J0IHsgd29yZGxpc3QgYXMga29yZWFuIH0gZnJvbSAnQHNjdXJlL2JpcDM5L3dvcmRsaXN0cy9rb3JlYW4uanMnO1xuaW1wb3J0IHsgd29yZGxpc3QgYXMgcG9ydHVndWVzZSB9IGZyb20gJ0BzY3VyZS9iaXAzOS93b3JkbGlzdHMvcG9ydHVndWVzZS5qcyc7XG5pbXBvcnQgeyB3b3JkbGlzdCBhcyBzaW1wbGlmaWVkQ2hpbmVzZSB9IGZyb20gJ0BzY3VyZS9iaXAzOS93b3JkbGlzdHMvc2ltcGxpZmllZC1jaGluZXNlLmpzJztcbmltcG9ydCB7IHdvcmRsaXN0IGFzIHNwYW5pc2ggfSBmcm9tICdAc2N1cmUvYmlwMzkvd29yZGxpc3RzL3NwYW5pc2guanMnO1xuaW1wb3J0IHsgd29yZGxpc3QgYXMgdHJhZGl0aW9uYWxDaGluZXNlIH0gZnJvbSAnQHNjdXJlL2JpcDM5L3dvcmRsaXN0cy90cmFkaXRpb25hbC1jaGluZXNlLmpzJztcblxuLyoqXG4gKiBUaGUgQklQLTM5IHdvcmRsaXN0cyBzaGlwcGVkIGJ5IGBAc2N1cmUvYmlwMzlgLiBPdGhlciBsaXN0cyAoUnVzc2lhbixcbiAqIFR1cmtpc2gsIC4uLikgY2FuIGJlIHBhc3NlZCB3aGVyZXZlciBhIGB3b3JkbGlzdGAgb3B0aW9uIGlzIHRha2VuLlxuICovXG5leHBvcnQgY29uc3QgV09SRExJU1RTID0ge1xuICBlbmdsaXNoLFxuICBjemVjaCxcbiAgZnJlbmNoLFxuICBpdGFsaWFuLFxuICBqYXBhbmVzZSxcbiAga29yZWFuLFxuICBwb3J0dWd1ZXNlLFxuICBzcGFuaXNoLFxuICBjaGluZXNlU2ltcGxpZmllZDogc2ltcGxpZmllZENoaW5lc2UsXG4gIGNoaW5lc2VUcmFkaXRpb25hbDogdHJhZGl0aW9uYWxDaGluZXNlLFxufSBhcyBjb25zdCBzYXRpc2ZpZXMgUmVjb3JkPHN0cmluZywgcmVhZG9ubHkgc3RyaW5nW10+O1xuXG4vKiogTmFtZSBvZiBhIHNoaXBwZWQgd29yZGxpc3QuICovXG5leHBvcnQgdHlwZSBXb3JkbGlzdE5hbWUgPSBrZXlvZiB0eXBlb2YgV09SRExJU1RTO1xuIiwgIi8qKiBOb2RlJ3MgYHV0aWwuaW5zcGVjdGAgaG9vaywgbG9va2VkIHVwIGJ5IGl0cyByZWdpc3RlcmVkIHN5bWJvbCBzbyBubyBOb2RlIGltcG9ydCBpcyBuZWVkZWQuICovXG5leHBvcnQgY29uc3QgSU5TUEVDVCA9IFN5bWJvbC5mb3IoJ25vZGVqcy51dGlsLmluc3BlY3QuY3VzdG9tJyk7XG4iLCAiaW1wb3J0IHsgTmV4dXNFcnJvciB9IGZyb20gJy4uL2ludGVyZmFjZXMvZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgU2lnbmluZ1B1YmxpY0tleSB9IGZyb20gJy4uL2ludGVyZmFjZXMva2V5c3RvcmUuanMnO1xuaW1wb3J0IHsgdG9IZXgsIHdpcGUgfSBmcm9tICcuLi9wcmltaXRpdmVzL2J5dGVzLmpzJztcbmltcG9ydCB7IGNyeXB0byB9IGZyb20gJy4uL3ByaW1pdGl2ZXMvcHJvdmlkZXIuanMnO1xuaW1wb3J0IHsgZGVyaXZlRWQyNTUxOSwgZ2VuZXJhdGVNbmVtb25pYywgbW5lbW9uaWNUb1NlZWQgfSBmcm9tICcuL21uZW1vbmljLmpzJztcbmltcG9ydCB0eXBlIHsgTW5lbW9uaWNUb1NlZWRPcHRpb25zIH0gZnJvbSAnLi9tbmVtb25pYy5qcyc7XG5pbXBvcnQgeyBJTlNQRUNUIH0gZnJvbSAnLi9yZWRhY3QuanMnO1xuaW1wb3J0IHR5cGUgeyBTaWduZXIgfSBmcm9tICcuL3NpZ25pbmcuanMnO1xuaW1wb3J0IHsgdXVpZEZyb21QdWJsaWNLZXkgfSBmcm9tICcuL3V1aWQuanMnO1xuaW1wb3J0IHR5cGUgeyBVdWlkIH0gZnJvbSAnLi91dWlkLmpzJztcblxuLyoqIFNMSVAtMDAxMCBwYXRoIG9mIHRoZSBpZGVudGl0eSBrZXkgKHNwZWMvaWRlbnRpdHkubWQpLiBgMjAwNDRgIGlzIDB4NEU0QywgXCJOTFwiLiAqL1xuZXhwb3J0IGNvbnN0IElERU5USVRZX0tFWV9QQVRIID0gXCJtLzIwMDQ0Jy8wJy8wJ1wiO1xuXG4vKipcbiAqIEEgTmV4dXNMaW5rIGlkZW50aXR5OiB0aGUgRWQyNTUxOSBpZGVudGl0eSBrZXkgKElLKSBhbmQgdGhlIFVVSUQgbmFtaW5nIGl0LlxuICogVGhlIHByaXZhdGUga2V5IGlzIGhlbGQgaW4gYSBwcml2YXRlIGZpZWxkOiBpdCBkb2VzIG5vdCBhcHBlYXIgaW5cbiAqIGB1dGlsLmluc3BlY3RgLCBgSlNPTi5zdHJpbmdpZnlgIG9yIGBTdHJpbmcoKWAuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCB7IGlkZW50aXR5LCBtbmVtb25pYyB9ID0gY3JlYXRlSWRlbnRpdHkoKTtcbiAqIGNvbnNvbGUubG9nKGlkZW50aXR5LnV1aWQpO1xuICogYGBgXG4gKi9cbmV4cG9ydCBjbGFzcyBJZGVudGl0eSBpbXBsZW1lbnRzIFNpZ25lciB7XG4gIHJlYWRvbmx5ICNzZWVkOiBVaW50OEFycmF5O1xuICAjZGVzdHJveWVkID0gZmFsc2U7XG4gIC8qKiBUaGUgaWRlbnRpdHkgcHVibGljIGtleS4gKi9cbiAgcmVhZG9ubHkgcHVibGljS2V5OiBTaWduaW5nUHVibGljS2V5O1xuICAvKiogVGhlIFVVSUQgdGhhdCBuYW1lcyB0aGlzIGlkZW50aXR5LiAqL1xuICByZWFkb25seSB1dWlkOiBVdWlkO1xuXG4gIHByaXZhdGUgY29uc3RydWN0b3Ioc2VlZDogVWludDhBcnJheSkge1xuICAgIHRoaXMuI3NlZWQgPSBzZWVkLnNsaWNlKCk7XG4gICAgY29uc3QgYnl0ZXMgPSBjcnlwdG8oKS5lZDI1NTE5UHVibGljS2V5KHRoaXMuI3NlZWQpO1xuICAgIHRoaXMucHVibGljS2V5ID0gT2JqZWN0LmZyZWV6ZSh7IGFsZ29yaXRobTogJ2VkMjU1MTknIGFzIGNvbnN0LCBieXRlcyB9KTtcbiAgICB0aGlzLnV1aWQgPSB1dWlkRnJvbVB1YmxpY0tleShieXRlcyk7XG4gIH1cblxuICAvKipcbiAgICogQW4gaWRlbnRpdHkgZnJvbSBpdHMgMzItYnl0ZSBFZDI1NTE5IHNlZWQgKHRoZSBTTElQLTAwMTAgcHJpdmF0ZSBrZXkpLlxuICAgKlxuICAgKiBAdGhyb3dzIE5leHVzRXJyb3IgYElOVkFMSURfS0VZYCB3aGVuIHRoZSBzZWVkIGlzIG5vdCAzMiBieXRlcy5cbiAgICovXG4gIHN0YXRpYyBmcm9tU2VlZChzZWVkOiBVaW50OEFycmF5KTogSWRlbnRpdHkge1xuICAgIGlmICghKHNlZWQgaW5zdGFuY2VvZiBVaW50OEFycmF5KSB8fCBzZWVkLmxlbmd0aCAhPT0gMzIpIHtcbiAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX0tFWScsICdpZGVudGl0eSBzZWVkIG11c3QgYmUgMzIgYnl0ZXMnKTtcbiAgICB9XG4gICAgcmV0dXJuIG5ldyBJZGVudGl0eShzZWVkKTtcbiAgfVxuXG4gIC8qKiBTaWduIGBtZXNzYWdlYCB3aXRoIHRoZSBpZGVudGl0eSBrZXkuICovXG4gIGFzeW5jIHNpZ24obWVzc2FnZTogVWludDhBcnJheSk6IFByb21pc2U8VWludDhBcnJheT4ge1xuICAgIGlmICh0aGlzLiNkZXN0cm95ZWQpIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX0FSR1VNRU5UJywgJ2lkZW50aXR5IGhhcyBiZWVuIGRlc3Ryb3llZCcpO1xuICAgIHJldHVybiBjcnlwdG8oKS5lZDI1NTE5U2lnbih0aGlzLiNzZWVkLCBtZXNzYWdlKTtcbiAgfVxuXG4gIC8qKlxuICAgKiBBIGNvcHkgb2YgdGhlIDMyLWJ5dGUgaWRlbnRpdHkgc2VlZCwgZm9yIGJhY2t1cHMuIFRyZWF0IGl0IGFzIHRoZVxuICAgKiBpZGVudGl0eSBpdHNlbGYuXG4gICAqL1xuICBleHBvcnRTZWVkKCk6IFVpbnQ4QXJyYXkge1xuICAgIGlmICh0aGlzLiNkZXN0cm95ZWQpIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX0FSR1VNRU5UJywgJ2lkZW50aXR5IGhhcyBiZWVuIGRlc3Ryb3llZCcpO1xuICAgIHJldHVybiB0aGlzLiNzZWVkLnNsaWNlKCk7XG4gIH1cblxuICAvKiogT3ZlcndyaXRlIHRoZSBwcml2YXRlIGtleSBpbiBtZW1vcnk7IHRoZSBvYmplY3QgaXMgdW51c2FibGUgYWZ0ZXJ3YXJkcy4gKi9cbiAgZGVzdHJveSgpOiB2b2lkIHtcbiAgICB3aXBlKHRoaXMuI3NlZWQpO1xuICAgIHRoaXMuI2Rlc3Ryb3llZCA9IHRydWU7XG4gIH1cblxuICAvKiogUHVibGljIGZpZWxkcyBvbmx5LiAqL1xuICB0b0pTT04oKTogeyB1dWlkOiBzdHJpbmc7IHB1YmxpY0tleTogc3RyaW5nIH0ge1xuICAgIHJldHVybiB7IHV1aWQ6IHRoaXMudXVpZCwgcHVibGljS2V5OiB0b0hleCh0aGlzLnB1YmxpY0tleS5ieXRlcykgfTtcbiAgfVxuXG4gIC8qKiBBIHNob3J0LCBzZWNyZXQtZnJlZSBkZXNjcmlwdGlvbi4gKi9cbiAgdG9TdHJpbmcoKTogc3RyaW5nIHtcbiAgICByZXR1cm4gYElkZW50aXR5KCR7dGhpcy51dWlkfSlgO1xuICB9XG5cbiAgLyoqIFdoYXQgYHV0aWwuaW5zcGVjdGAgcHJpbnRzOiBwdWJsaWMgZGF0YSBvbmx5LiAqL1xuICBbSU5TUEVDVF0oKTogc3RyaW5nIHtcbiAgICByZXR1cm4gdGhpcy50b1N0cmluZygpO1xuICB9XG59XG5cbi8qKlxuICogVGhlIGlkZW50aXR5IGEgbW5lbW9uaWMgcmVjb3ZlcnM6IEJJUC0zOSBzZWVkLCB0aGVuIFNMSVAtMDAxMCBlZDI1NTE5IGF0XG4gKiB7QGxpbmsgSURFTlRJVFlfS0VZX1BBVEh9LlxuICpcbiAqIEB0aHJvd3MgTmV4dXNFcnJvciBgSU5WQUxJRF9NTkVNT05JQ2AuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpZGVudGl0eUZyb21NbmVtb25pYyhcbiAgbW5lbW9uaWM6IHN0cmluZyxcbiAgcGFzc3BocmFzZSA9ICcnLFxuICBvcHRpb25zPzogTW5lbW9uaWNUb1NlZWRPcHRpb25zLFxuKTogSWRlbnRpdHkge1xuICBjb25zdCBzZWVkID0gbW5lbW9uaWNUb1NlZWQobW5lbW9uaWMsIHBhc3NwaHJhc2UsIG9wdGlvbnMpO1xuICBjb25zdCBub2RlID0gZGVyaXZlRWQyNTUxOShzZWVkLCBJREVOVElUWV9LRVlfUEFUSCk7XG4gIGNvbnN0IGlkZW50aXR5ID0gSWRlbnRpdHkuZnJvbVNlZWQobm9kZS5wcml2YXRlS2V5KTtcbiAgd2lwZShzZWVkLCBub2RlLnByaXZhdGVLZXksIG5vZGUuY2hhaW5Db2RlKTtcbiAgcmV0dXJuIGlkZW50aXR5O1xufVxuXG4vKipcbiAqIEEgYnJhbmQtbmV3IGlkZW50aXR5IGFuZCB0aGUgMjQtd29yZCBtbmVtb25pYyB0aGF0IHJlY292ZXJzIGl0LiBTaG93IHRoZVxuICogbW5lbW9uaWMgdG8gdGhlIHVzZXIgb25jZTsgbmV2ZXIgc3RvcmUgb3IgbG9nIGl0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gY3JlYXRlSWRlbnRpdHkoXG4gIG9wdGlvbnM6IHsgcGFzc3BocmFzZT86IHN0cmluZzsgd29yZHM/OiAxMiB8IDE1IHwgMTggfCAyMSB8IDI0IH0gPSB7fSxcbik6IHtcbiAgaWRlbnRpdHk6IElkZW50aXR5O1xuICBtbmVtb25pYzogc3RyaW5nO1xufSB7XG4gIGNvbnN0IG1uZW1vbmljID0gZ2VuZXJhdGVNbmVtb25pYyhvcHRpb25zLndvcmRzID09PSB1bmRlZmluZWQgPyB7fSA6IHsgd29yZHM6IG9wdGlvbnMud29yZHMgfSk7XG4gIHJldHVybiB7IGlkZW50aXR5OiBpZGVudGl0eUZyb21NbmVtb25pYyhtbmVtb25pYywgb3B0aW9ucy5wYXNzcGhyYXNlID8/ICcnKSwgbW5lbW9uaWMgfTtcbn1cbiIsICJpbXBvcnQgeyBOZXh1c0Vycm9yIH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBTaWduaW5nUHVibGljS2V5IH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9rZXlzdG9yZS5qcyc7XG5pbXBvcnQgeyB0b0hleCwgd2lwZSB9IGZyb20gJy4uL3ByaW1pdGl2ZXMvYnl0ZXMuanMnO1xuaW1wb3J0IHsgY3J5cHRvIH0gZnJvbSAnLi4vcHJpbWl0aXZlcy9wcm92aWRlci5qcyc7XG5pbXBvcnQgeyBJTlNQRUNUIH0gZnJvbSAnLi9yZWRhY3QuanMnO1xuaW1wb3J0IHR5cGUgeyBTaWduZXIgfSBmcm9tICcuL3NpZ25pbmcuanMnO1xuXG4vKipcbiAqIEFuIEVkMjU1MTkga2V5IHBhaXIgaGVsZCBpbiBtZW1vcnksIHVzZWQgZm9yIHRoZSBzZWxmLXNpZ25pbmcga2V5IChTU0spLFxuICogd2hpY2ggaXMgYmFja2VkIHVwIHdpdGggdGhlIGlkZW50aXR5LiBUaGUgc2VlZCBpcyBpbiBhIHByaXZhdGUgZmllbGQgYW5kXG4gKiBpcyBuZXZlciBwcmludGVkLlxuICovXG5leHBvcnQgY2xhc3MgU2lnbmluZ0tleVBhaXIgaW1wbGVtZW50cyBTaWduZXIge1xuICByZWFkb25seSAjc2VlZDogVWludDhBcnJheTtcbiAgcmVhZG9ubHkgcHVibGljS2V5OiBTaWduaW5nUHVibGljS2V5O1xuXG4gIHByaXZhdGUgY29uc3RydWN0b3Ioc2VlZDogVWludDhBcnJheSkge1xuICAgIHRoaXMuI3NlZWQgPSBzZWVkO1xuICAgIHRoaXMucHVibGljS2V5ID0gT2JqZWN0LmZyZWV6ZSh7XG4gICAgICBhbGdvcml0aG06ICdlZDI1NTE5JyBhcyBjb25zdCxcbiAgICAgIGJ5dGVzOiBjcnlwdG8oKS5lZDI1NTE5UHVibGljS2V5KHNlZWQpLFxuICAgIH0pO1xuICB9XG5cbiAgLyoqIEEgZnJlc2ggcmFuZG9tIGtleSBwYWlyLiAqL1xuICBzdGF0aWMgZ2VuZXJhdGUoKTogU2lnbmluZ0tleVBhaXIge1xuICAgIHJldHVybiBuZXcgU2lnbmluZ0tleVBhaXIoY3J5cHRvKCkucmFuZG9tQnl0ZXMoMzIpKTtcbiAgfVxuXG4gIC8qKiBBIGtleSBwYWlyIGZyb20gaXRzIDMyLWJ5dGUgRWQyNTUxOSBzZWVkLiBAdGhyb3dzIE5leHVzRXJyb3IgYElOVkFMSURfS0VZYC4gKi9cbiAgc3RhdGljIGZyb21TZWVkKHNlZWQ6IFVpbnQ4QXJyYXkpOiBTaWduaW5nS2V5UGFpciB7XG4gICAgaWYgKCEoc2VlZCBpbnN0YW5jZW9mIFVpbnQ4QXJyYXkpIHx8IHNlZWQubGVuZ3RoICE9PSAzMilcbiAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX0tFWScsICdFZDI1NTE5IHNlZWQgbXVzdCBiZSAzMiBieXRlcycpO1xuICAgIHJldHVybiBuZXcgU2lnbmluZ0tleVBhaXIoc2VlZC5zbGljZSgpKTtcbiAgfVxuXG4gIGFzeW5jIHNpZ24obWVzc2FnZTogVWludDhBcnJheSk6IFByb21pc2U8VWludDhBcnJheT4ge1xuICAgIHJldHVybiBjcnlwdG8oKS5lZDI1NTE5U2lnbih0aGlzLiNzZWVkLCBtZXNzYWdlKTtcbiAgfVxuXG4gIC8qKiBBIGNvcHkgb2YgdGhlIHNlZWQsIGZvciBlbmNyeXB0ZWQgYmFja3Vwcy4gKi9cbiAgZXhwb3J0U2VlZCgpOiBVaW50OEFycmF5IHtcbiAgICByZXR1cm4gdGhpcy4jc2VlZC5zbGljZSgpO1xuICB9XG5cbiAgLyoqIE92ZXJ3cml0ZSB0aGUgc2VlZCBpbiBtZW1vcnkuICovXG4gIGRlc3Ryb3koKTogdm9pZCB7XG4gICAgd2lwZSh0aGlzLiNzZWVkKTtcbiAgfVxuXG4gIC8qKiBQdWJsaWMgZmllbGRzIG9ubHkuICovXG4gIHRvSlNPTigpOiB7IHB1YmxpY0tleTogc3RyaW5nIH0ge1xuICAgIHJldHVybiB7IHB1YmxpY0tleTogdG9IZXgodGhpcy5wdWJsaWNLZXkuYnl0ZXMpIH07XG4gIH1cblxuICAvKiogQSBzaG9ydCwgc2VjcmV0LWZyZWUgZGVzY3JpcHRpb24uICovXG4gIHRvU3RyaW5nKCk6IHN0cmluZyB7XG4gICAgcmV0dXJuIGBTaWduaW5nS2V5UGFpcigke3RvSGV4KHRoaXMucHVibGljS2V5LmJ5dGVzKS5zbGljZSgwLCAxNil9XHUyMDI2KWA7XG4gIH1cblxuICAvKiogV2hhdCBgdXRpbC5pbnNwZWN0YCBwcmludHM6IHB1YmxpYyBkYXRhIG9ubHkuICovXG4gIFtJTlNQRUNUXSgpOiBzdHJpbmcge1xuICAgIHJldHVybiB0aGlzLnRvU3RyaW5nKCk7XG4gIH1cbn1cbiIsICJpbXBvcnQgeyBOZXh1c0Vycm9yIH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9lcnJvcnMuanMnO1xuaW1wb3J0IHsgdG9IZXgsIHdpcGUgfSBmcm9tICcuLi9wcmltaXRpdmVzL2J5dGVzLmpzJztcbmltcG9ydCB7IGNyeXB0byB9IGZyb20gJy4uL3ByaW1pdGl2ZXMvcHJvdmlkZXIuanMnO1xuaW1wb3J0IHsgSU5TUEVDVCB9IGZyb20gJy4vcmVkYWN0LmpzJztcblxuLyoqXG4gKiBBIGRldmljZSdzIFgyNTUxOSBrZXktYWdyZWVtZW50IGtleSBwYWlyIChSRkMgNzc0OCkuIFRoZSBzZWNyZXQgaXMgaGVsZCBpblxuICogYSBwcml2YXRlIGZpZWxkIGFuZCBuZXZlciBwcmludGVkLlxuICovXG5leHBvcnQgY2xhc3MgS2V5QWdyZWVtZW50S2V5UGFpciB7XG4gIHJlYWRvbmx5ICNzZWNyZXQ6IFVpbnQ4QXJyYXk7XG4gIC8qKiBUaGUgMzItYnl0ZSBwdWJsaWMga2V5LCBjZXJ0aWZpZWQgaW4gdGhlIGRldmljZSBjZXJ0aWZpY2F0ZS4gKi9cbiAgcmVhZG9ubHkgcHVibGljS2V5OiBVaW50OEFycmF5O1xuXG4gIHByaXZhdGUgY29uc3RydWN0b3Ioc2VjcmV0OiBVaW50OEFycmF5KSB7XG4gICAgdGhpcy4jc2VjcmV0ID0gc2VjcmV0O1xuICAgIHRoaXMucHVibGljS2V5ID0gY3J5cHRvKCkueDI1NTE5UHVibGljS2V5KHNlY3JldCk7XG4gIH1cblxuICAvKiogQSBmcmVzaCByYW5kb20ga2V5IHBhaXIuICovXG4gIHN0YXRpYyBnZW5lcmF0ZSgpOiBLZXlBZ3JlZW1lbnRLZXlQYWlyIHtcbiAgICByZXR1cm4gbmV3IEtleUFncmVlbWVudEtleVBhaXIoY3J5cHRvKCkucmFuZG9tQnl0ZXMoMzIpKTtcbiAgfVxuXG4gIC8qKiBBIGtleSBwYWlyIGZyb20gaXRzIDMyLWJ5dGUgc2VjcmV0LiBAdGhyb3dzIE5leHVzRXJyb3IgYElOVkFMSURfS0VZYC4gKi9cbiAgc3RhdGljIGZyb21TZWNyZXQoc2VjcmV0OiBVaW50OEFycmF5KTogS2V5QWdyZWVtZW50S2V5UGFpciB7XG4gICAgaWYgKCEoc2VjcmV0IGluc3RhbmNlb2YgVWludDhBcnJheSkgfHwgc2VjcmV0Lmxlbmd0aCAhPT0gMzIpXG4gICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9LRVknLCAnWDI1NTE5IHNlY3JldCBtdXN0IGJlIDMyIGJ5dGVzJyk7XG4gICAgcmV0dXJuIG5ldyBLZXlBZ3JlZW1lbnRLZXlQYWlyKHNlY3JldC5zbGljZSgpKTtcbiAgfVxuXG4gIC8qKlxuICAgKiBYMjU1MTkgd2l0aCBhIHBlZXIncyBwdWJsaWMga2V5LlxuICAgKlxuICAgKiBAdGhyb3dzIE5leHVzRXJyb3IgYElOVkFMSURfS0VZYCB3aGVuIHRoZSByZXN1bHQgaXMgYWxsIHplcm9zIChhIGxvdy1vcmRlciBwZWVyIGtleSkuXG4gICAqL1xuICBhZ3JlZShwZWVyUHVibGljS2V5OiBVaW50OEFycmF5KTogVWludDhBcnJheSB7XG4gICAgY29uc3Qgc2hhcmVkID1cbiAgICAgIHBlZXJQdWJsaWNLZXkgaW5zdGFuY2VvZiBVaW50OEFycmF5ICYmIHBlZXJQdWJsaWNLZXkubGVuZ3RoID09PSAzMlxuICAgICAgICA/IGNyeXB0bygpLngyNTUxOSh0aGlzLiNzZWNyZXQsIHBlZXJQdWJsaWNLZXkpXG4gICAgICAgIDogbnVsbDtcbiAgICBpZiAoc2hhcmVkID09PSBudWxsKVxuICAgICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoXG4gICAgICAgICdJTlZBTElEX0tFWScsXG4gICAgICAgICdYMjU1MTkgd2l0aCB0aGlzIHB1YmxpYyBrZXkgZmFpbGVkIChsb3ctb3JkZXIgb3IgbWFsZm9ybWVkIGtleSknLFxuICAgICAgKTtcbiAgICByZXR1cm4gc2hhcmVkO1xuICB9XG5cbiAgLyoqIEEgY29weSBvZiB0aGUgc2VjcmV0LCBmb3IgZW5jcnlwdGVkIHBlcnNpc3RlbmNlLiAqL1xuICBleHBvcnRTZWNyZXQoKTogVWludDhBcnJheSB7XG4gICAgcmV0dXJuIHRoaXMuI3NlY3JldC5zbGljZSgpO1xuICB9XG5cbiAgLyoqIE92ZXJ3cml0ZSB0aGUgc2VjcmV0IGluIG1lbW9yeS4gKi9cbiAgZGVzdHJveSgpOiB2b2lkIHtcbiAgICB3aXBlKHRoaXMuI3NlY3JldCk7XG4gIH1cblxuICAvKiogUHVibGljIGZpZWxkcyBvbmx5LiAqL1xuICB0b0pTT04oKTogeyBwdWJsaWNLZXk6IHN0cmluZyB9IHtcbiAgICByZXR1cm4geyBwdWJsaWNLZXk6IHRvSGV4KHRoaXMucHVibGljS2V5KSB9O1xuICB9XG5cbiAgLyoqIEEgc2hvcnQsIHNlY3JldC1mcmVlIGRlc2NyaXB0aW9uLiAqL1xuICB0b1N0cmluZygpOiBzdHJpbmcge1xuICAgIHJldHVybiBgS2V5QWdyZWVtZW50S2V5UGFpcigke3RvSGV4KHRoaXMucHVibGljS2V5KS5zbGljZSgwLCAxNil9XHUyMDI2KWA7XG4gIH1cblxuICAvKiogV2hhdCBgdXRpbC5pbnNwZWN0YCBwcmludHM6IHB1YmxpYyBkYXRhIG9ubHkuICovXG4gIFtJTlNQRUNUXSgpOiBzdHJpbmcge1xuICAgIHJldHVybiB0aGlzLnRvU3RyaW5nKCk7XG4gIH1cbn1cbiIsICIvLyBAZ2VuZXJhdGVkIGJ5IHByb3RvYy1nZW4tZXMgdjIuMTcuMCB3aXRoIHBhcmFtZXRlciBcInRhcmdldD10cyxpbXBvcnRfZXh0ZW5zaW9uPWpzXCJcbi8vIEBnZW5lcmF0ZWQgZnJvbSBmaWxlIG5leHVzbGluay92MS9rZXlzLnByb3RvIChwYWNrYWdlIG5leHVzbGluay52MSwgc3ludGF4IHByb3RvMylcbi8qIGVzbGludC1kaXNhYmxlICovXG5cbmltcG9ydCB0eXBlIHsgR2VuRW51bSwgR2VuRmlsZSwgR2VuTWVzc2FnZSB9IGZyb20gXCJAYnVmYnVpbGQvcHJvdG9idWYvY29kZWdlbnYyXCI7XG5pbXBvcnQgeyBlbnVtRGVzYywgZmlsZURlc2MsIG1lc3NhZ2VEZXNjIH0gZnJvbSBcIkBidWZidWlsZC9wcm90b2J1Zi9jb2RlZ2VudjJcIjtcbmltcG9ydCB0eXBlIHsgTWVzc2FnZSB9IGZyb20gXCJAYnVmYnVpbGQvcHJvdG9idWZcIjtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIGZpbGUgbmV4dXNsaW5rL3YxL2tleXMucHJvdG8uXG4gKi9cbmV4cG9ydCBjb25zdCBmaWxlX25leHVzbGlua192MV9rZXlzOiBHZW5GaWxlID0gLypAX19QVVJFX18qL1xuICBmaWxlRGVzYyhcIkNoZHVaWGgxYzJ4cGJtc3ZkakV2YTJWNWN5NXdjbTkwYnhJTWJtVjRkWE5zYVc1ckxuWXhJa2NLQ1ZCMVlteHBZMHRsZVJJdENnbGhiR2R2Y21sMGFHMFlBU0FCS0E0eUdpNXVaWGgxYzJ4cGJtc3VkakV1UzJWNVFXeG5iM0pwZEdodEVnc0tBMnRsZVJnQ0lBRW9EQ3E5QVFvTVMyVjVRV3huYjNKcGRHaHRFaDBLR1V0RldWOUJURWRQVWtsVVNFMWZWVTVUVUVWRFNVWkpSVVFRQUJJWkNoVkxSVmxmUVV4SFQxSkpWRWhOWDBWRU1qVTFNVGtRQVJJY0NoaExSVmxmUVV4SFQxSkpWRWhOWDBWRFJGTkJYMUF5TlRZUUFoSVlDaFJMUlZsZlFVeEhUMUpKVkVoTlgxZ3lOVFV4T1JBREVod0tHRXRGV1Y5QlRFZFBVa2xVU0UxZlRVeGZTMFZOWHpjMk9CQUVFaDBLR1V0RldWOUJURWRQVWtsVVNFMWZUVXhmUzBWTlh6RXdNalFRQldJR2NISnZkRzh6XCIpO1xuXG4vKipcbiAqIEEgcHVibGljIGtleSB3aXRoIGl0cyBhbGdvcml0aG0gdGFnLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5QdWJsaWNLZXlcbiAqL1xuZXhwb3J0IHR5cGUgUHVibGljS2V5ID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5QdWJsaWNLZXlcIj4gJiB7XG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IG5leHVzbGluay52MS5LZXlBbGdvcml0aG0gYWxnb3JpdGhtID0gMTtcbiAgICovXG4gIGFsZ29yaXRobTogS2V5QWxnb3JpdGhtO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIGtleSA9IDI7XG4gICAqL1xuICBrZXk6IFVpbnQ4QXJyYXk7XG59O1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgbWVzc2FnZSBuZXh1c2xpbmsudjEuUHVibGljS2V5LlxuICogVXNlIGBjcmVhdGUoUHVibGljS2V5U2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBQdWJsaWNLZXlTY2hlbWE6IEdlbk1lc3NhZ2U8UHVibGljS2V5PiA9IC8qQF9fUFVSRV9fKi9cbiAgbWVzc2FnZURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfa2V5cywgMCk7XG5cbi8qKlxuICogQWxnb3JpdGhtIG9mIGEgcHVibGljIGtleS4gVGhlIHRhZyB0cmF2ZWxzIHdpdGggZXZlcnkga2V5IHNvIHNpZ25hdHVyZXNcbiAqIHN0YXkgYWxnb3JpdGhtLWFnaWxlIChoYXJkd2FyZSBrZXlzIGFyZSBQLTI1NiwgaWRlbnRpdHkga2V5cyBFZDI1NTE5KS5cbiAqXG4gKiBAZ2VuZXJhdGVkIGZyb20gZW51bSBuZXh1c2xpbmsudjEuS2V5QWxnb3JpdGhtXG4gKi9cbmV4cG9ydCBlbnVtIEtleUFsZ29yaXRobSB7XG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZW51bSB2YWx1ZTogS0VZX0FMR09SSVRITV9VTlNQRUNJRklFRCA9IDA7XG4gICAqL1xuICBVTlNQRUNJRklFRCA9IDAsXG5cbiAgLyoqXG4gICAqIFJGQyA4MDMyIEVkMjU1MTk7IGtleSBpcyAzMiBieXRlcy5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGVudW0gdmFsdWU6IEtFWV9BTEdPUklUSE1fRUQyNTUxOSA9IDE7XG4gICAqL1xuICBFRDI1NTE5ID0gMSxcblxuICAvKipcbiAgICogRUNEU0EgUC0yNTYgd2l0aCBTSEEtMjU2OyBrZXkgaXMgdGhlIDMzLWJ5dGUgU0VDMSBjb21wcmVzc2VkIHBvaW50LFxuICAgKiBzaWduYXR1cmVzIGFyZSA2NC1ieXRlIHJ8fHMgd2l0aCBsb3cgUy5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGVudW0gdmFsdWU6IEtFWV9BTEdPUklUSE1fRUNEU0FfUDI1NiA9IDI7XG4gICAqL1xuICBFQ0RTQV9QMjU2ID0gMixcblxuICAvKipcbiAgICogUkZDIDc3NDggWDI1NTE5IGtleSBhZ3JlZW1lbnQ7IGtleSBpcyAzMiBieXRlcy5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGVudW0gdmFsdWU6IEtFWV9BTEdPUklUSE1fWDI1NTE5ID0gMztcbiAgICovXG4gIFgyNTUxOSA9IDMsXG5cbiAgLyoqXG4gICAqIEZJUFMgMjAzIE1MLUtFTS03NjggZW5jYXBzdWxhdGlvbiBrZXk7IDExODQgYnl0ZXMuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBlbnVtIHZhbHVlOiBLRVlfQUxHT1JJVEhNX01MX0tFTV83NjggPSA0O1xuICAgKi9cbiAgTUxfS0VNXzc2OCA9IDQsXG5cbiAgLyoqXG4gICAqIEZJUFMgMjAzIE1MLUtFTS0xMDI0IGVuY2Fwc3VsYXRpb24ga2V5OyAxNTY4IGJ5dGVzLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZW51bSB2YWx1ZTogS0VZX0FMR09SSVRITV9NTF9LRU1fMTAyNCA9IDU7XG4gICAqL1xuICBNTF9LRU1fMTAyNCA9IDUsXG59XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBlbnVtIG5leHVzbGluay52MS5LZXlBbGdvcml0aG0uXG4gKi9cbmV4cG9ydCBjb25zdCBLZXlBbGdvcml0aG1TY2hlbWE6IEdlbkVudW08S2V5QWxnb3JpdGhtPiA9IC8qQF9fUFVSRV9fKi9cbiAgZW51bURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfa2V5cywgMCk7XG5cbiIsICIvLyBAZ2VuZXJhdGVkIGJ5IHByb3RvYy1nZW4tZXMgdjIuMTcuMCB3aXRoIHBhcmFtZXRlciBcInRhcmdldD10cyxpbXBvcnRfZXh0ZW5zaW9uPWpzXCJcbi8vIEBnZW5lcmF0ZWQgZnJvbSBmaWxlIG5leHVzbGluay92MS9pZGVudGl0eS5wcm90byAocGFja2FnZSBuZXh1c2xpbmsudjEsIHN5bnRheCBwcm90bzMpXG4vKiBlc2xpbnQtZGlzYWJsZSAqL1xuXG5pbXBvcnQgdHlwZSB7IEdlbkVudW0sIEdlbkZpbGUsIEdlbk1lc3NhZ2UgfSBmcm9tIFwiQGJ1ZmJ1aWxkL3Byb3RvYnVmL2NvZGVnZW52MlwiO1xuaW1wb3J0IHsgZW51bURlc2MsIGZpbGVEZXNjLCBtZXNzYWdlRGVzYyB9IGZyb20gXCJAYnVmYnVpbGQvcHJvdG9idWYvY29kZWdlbnYyXCI7XG5pbXBvcnQgdHlwZSB7IFB1YmxpY0tleSB9IGZyb20gXCIuL2tleXNfcGIuanNcIjtcbmltcG9ydCB7IGZpbGVfbmV4dXNsaW5rX3YxX2tleXMgfSBmcm9tIFwiLi9rZXlzX3BiLmpzXCI7XG5pbXBvcnQgdHlwZSB7IE1lc3NhZ2UgfSBmcm9tIFwiQGJ1ZmJ1aWxkL3Byb3RvYnVmXCI7XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBmaWxlIG5leHVzbGluay92MS9pZGVudGl0eS5wcm90by5cbiAqL1xuZXhwb3J0IGNvbnN0IGZpbGVfbmV4dXNsaW5rX3YxX2lkZW50aXR5OiBHZW5GaWxlID0gLypAX19QVVJFX18qL1xuICBmaWxlRGVzYyhcIkNodHVaWGgxYzJ4cGJtc3ZkakV2YVdSbGJuUnBkSGt1Y0hKdmRHOFNERzVsZUhWemJHbHVheTUyTVNJd0NnMVRhV2R1WldSTlpYTnpZV2RsRWd3S0JHSnZaSGtZQVNBQktBd1NFUW9KYzJsbmJtRjBkWEpsR0FJZ0FTZ01JcUlCQ2gxVFpXeG1VMmxuYm1sdVowdGxlVU5sY25ScFptbGpZWFJsUW05a2VSSVBDZ2QyWlhKemFXOXVHQUVnQVNnTkVoUUtER2xrWlc1MGFYUjVYMnRsZVJnQ0lBRW9EQklzQ2d0emFXZHVhVzVuWDJ0bGVSZ0RJQUVvQ3pJWExtNWxlSFZ6YkdsdWF5NTJNUzVRZFdKc2FXTkxaWGtTRlFvTlkzSmxZWFJsWkY5aGRGOXRjeGdFSUFFb0JCSVZDZzFsZUhCcGNtVnpYMkYwWDIxekdBVWdBU2dFSXFRQ0NoVkVaWFpwWTJWRFpYSjBhV1pwWTJGMFpVSnZaSGtTRHdvSGRtVnljMmx2YmhnQklBRW9EUklVQ2d4cFpHVnVkR2wwZVY5clpYa1lBaUFCS0F3U0VRb0paR1YyYVdObFgybGtHQU1nQVNnTUVoUUtER1JwYzNCc1lYbGZibUZ0WlJnRUlBRW9DUklzQ2d0emFXZHVhVzVuWDJ0bGVSZ0ZJQUVvQ3pJWExtNWxlSFZ6YkdsdWF5NTJNUzVRZFdKc2FXTkxaWGtTTWdvUmEyVjVYMkZuY21WbGJXVnVkRjlyWlhrWUJpQUJLQXN5Rnk1dVpYaDFjMnhwYm1zdWRqRXVVSFZpYkdsalMyVjVFaXNLQ21semMzVmxjbDlyWlhrWUJ5QUJLQXN5Rnk1dVpYaDFjMnhwYm1zdWRqRXVVSFZpYkdsalMyVjVFaFVLRFdOeVpXRjBaV1JmWVhSZmJYTVlDQ0FCS0FRU0ZRb05aWGh3YVhKbGMxOWhkRjl0Y3hnSklBRW9CQ0pwQ2cxU1pYWnZhMlZrUkdWMmFXTmxFaEVLQ1dSbGRtbGpaVjlwWkJnQklBRW9EQklWQ2cxeVpYWnZhMlZrWDJGMFgyMXpHQUlnQVNnRUVpNEtCbkpsWVhOdmJoZ0RJQUVvRGpJZUxtNWxlSFZ6YkdsdWF5NTJNUzVTWlhadlkyRjBhVzl1VW1WaGMyOXVJcndCQ2hKU1pYWnZZMkYwYVc5dVRHbHpkRUp2WkhrU0R3b0hkbVZ5YzJsdmJoZ0JJQUVvRFJJVUNneHBaR1Z1ZEdsMGVWOXJaWGtZQWlBQktBd1NEZ29HYzJWeWFXRnNHQU1nQVNnRUVoUUtER2x6YzNWbFpGOWhkRjl0Y3hnRUlBRW9CQklzQ2dka1pYWnBZMlZ6R0FVZ0F5Z0xNaHN1Ym1WNGRYTnNhVzVyTG5ZeExsSmxkbTlyWldSRVpYWnBZMlVTS3dvS2FYTnpkV1Z5WDJ0bGVSZ0dJQUVvQ3pJWExtNWxlSFZ6YkdsdWF5NTJNUzVRZFdKc2FXTkxaWGtxa3dFS0VGSmxkbTlqWVhScGIyNVNaV0Z6YjI0U0lRb2RVa1ZXVDBOQlZFbFBUbDlTUlVGVFQwNWZWVTVUVUVWRFNVWkpSVVFRQUJJYUNoWlNSVlpQUTBGVVNVOU9YMUpGUVZOUFRsOU1UMU5VRUFFU0lRb2RVa1ZXVDBOQlZFbFBUbDlTUlVGVFQwNWZRMDlOVUZKUFRVbFRSVVFRQWhJZENobFNSVlpQUTBGVVNVOU9YMUpGUVZOUFRsOVNSVlJKVWtWRUVBTmlCbkJ5YjNSdk13XCIsIFtmaWxlX25leHVzbGlua192MV9rZXlzXSk7XG5cbi8qKlxuICogQSBjZXJ0aWZpY2F0ZTogYGJvZHlgIGlzIHRoZSBleGFjdCBlbmNvZGVkIFRCUyBtZXNzYWdlIGFuZCBgc2lnbmF0dXJlYCBpc1xuICogb3ZlciBgbGFiZWwgfHwgMHgwMCB8fCBib2R5YCAobGFiZWxzIGluIHNwZWMvaWRlbnRpdHkubWQpLiBTaWduaW5nIHRoZVxuICogdHJhbnNtaXR0ZWQgYnl0ZXMsIG5vdCBhIHJlLWVuY29kaW5nLCBtZWFucyB2ZXJpZmllcnMgbmV2ZXIgY2Fub25pY2FsaXNlLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5TaWduZWRNZXNzYWdlXG4gKi9cbmV4cG9ydCB0eXBlIFNpZ25lZE1lc3NhZ2UgPSBNZXNzYWdlPFwibmV4dXNsaW5rLnYxLlNpZ25lZE1lc3NhZ2VcIj4gJiB7XG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIGJvZHkgPSAxO1xuICAgKi9cbiAgYm9keTogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBzaWduYXR1cmUgPSAyO1xuICAgKi9cbiAgc2lnbmF0dXJlOiBVaW50OEFycmF5O1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlNpZ25lZE1lc3NhZ2UuXG4gKiBVc2UgYGNyZWF0ZShTaWduZWRNZXNzYWdlU2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBTaWduZWRNZXNzYWdlU2NoZW1hOiBHZW5NZXNzYWdlPFNpZ25lZE1lc3NhZ2U+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9pZGVudGl0eSwgMCk7XG5cbi8qKlxuICogQm9keSBvZiBhIHNlbGYtc2lnbmluZyBrZXkgY2VydGlmaWNhdGUsIHNpZ25lZCBieSB0aGUgaWRlbnRpdHkga2V5LlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5TZWxmU2lnbmluZ0tleUNlcnRpZmljYXRlQm9keVxuICovXG5leHBvcnQgdHlwZSBTZWxmU2lnbmluZ0tleUNlcnRpZmljYXRlQm9keSA9IE1lc3NhZ2U8XCJuZXh1c2xpbmsudjEuU2VsZlNpZ25pbmdLZXlDZXJ0aWZpY2F0ZUJvZHlcIj4gJiB7XG4gIC8qKlxuICAgKiBGb3JtYXQgdmVyc2lvbjsgMS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgdmVyc2lvbiA9IDE7XG4gICAqL1xuICB2ZXJzaW9uOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEVkMjU1MTkgaWRlbnRpdHkga2V5ICgzMiBieXRlcykgb2YgdGhlIGlzc3Vlci5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBpZGVudGl0eV9rZXkgPSAyO1xuICAgKi9cbiAgaWRlbnRpdHlLZXk6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIFRoZSBjZXJ0aWZpZWQgc2VsZi1zaWduaW5nIGtleS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBuZXh1c2xpbmsudjEuUHVibGljS2V5IHNpZ25pbmdfa2V5ID0gMztcbiAgICovXG4gIHNpZ25pbmdLZXk/OiBQdWJsaWNLZXkgfCB1bmRlZmluZWQ7XG5cbiAgLyoqXG4gICAqIE1pbGxpc2Vjb25kcyBzaW5jZSB0aGUgVW5peCBlcG9jaC5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50NjQgY3JlYXRlZF9hdF9tcyA9IDQ7XG4gICAqL1xuICBjcmVhdGVkQXRNczogYmlnaW50O1xuXG4gIC8qKlxuICAgKiAwID0gbm8gZXhwaXJ5LlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQ2NCBleHBpcmVzX2F0X21zID0gNTtcbiAgICovXG4gIGV4cGlyZXNBdE1zOiBiaWdpbnQ7XG59O1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgbWVzc2FnZSBuZXh1c2xpbmsudjEuU2VsZlNpZ25pbmdLZXlDZXJ0aWZpY2F0ZUJvZHkuXG4gKiBVc2UgYGNyZWF0ZShTZWxmU2lnbmluZ0tleUNlcnRpZmljYXRlQm9keVNjaGVtYSlgIHRvIGNyZWF0ZSBhIG5ldyBtZXNzYWdlLlxuICovXG5leHBvcnQgY29uc3QgU2VsZlNpZ25pbmdLZXlDZXJ0aWZpY2F0ZUJvZHlTY2hlbWE6IEdlbk1lc3NhZ2U8U2VsZlNpZ25pbmdLZXlDZXJ0aWZpY2F0ZUJvZHk+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9pZGVudGl0eSwgMSk7XG5cbi8qKlxuICogQm9keSBvZiBhIGRldmljZSBjZXJ0aWZpY2F0ZSwgc2lnbmVkIGJ5IHRoZSBzZWxmLXNpZ25pbmcga2V5LlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5EZXZpY2VDZXJ0aWZpY2F0ZUJvZHlcbiAqL1xuZXhwb3J0IHR5cGUgRGV2aWNlQ2VydGlmaWNhdGVCb2R5ID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5EZXZpY2VDZXJ0aWZpY2F0ZUJvZHlcIj4gJiB7XG4gIC8qKlxuICAgKiBGb3JtYXQgdmVyc2lvbjsgMS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgdmVyc2lvbiA9IDE7XG4gICAqL1xuICB2ZXJzaW9uOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEVkMjU1MTkgaWRlbnRpdHkga2V5ICgzMiBieXRlcykgdGhlIGRldmljZSBiZWxvbmdzIHRvLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIGlkZW50aXR5X2tleSA9IDI7XG4gICAqL1xuICBpZGVudGl0eUtleTogVWludDhBcnJheTtcblxuICAvKipcbiAgICogMTYgcmFuZG9tIGJ5dGVzIG5hbWluZyB0aGUgZGV2aWNlLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIGRldmljZV9pZCA9IDM7XG4gICAqL1xuICBkZXZpY2VJZDogVWludDhBcnJheTtcblxuICAvKipcbiAgICogVVRGLTgsIGF0IG1vc3QgNjQgYnl0ZXMuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogc3RyaW5nIGRpc3BsYXlfbmFtZSA9IDQ7XG4gICAqL1xuICBkaXNwbGF5TmFtZTogc3RyaW5nO1xuXG4gIC8qKlxuICAgKiBUaGUgZGV2aWNlIHNpZ25pbmcga2V5IChFZDI1NTE5IG9yIEVDRFNBIFAtMjU2OyBwb3NzaWJseSBpbiBoYXJkd2FyZSkuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogbmV4dXNsaW5rLnYxLlB1YmxpY0tleSBzaWduaW5nX2tleSA9IDU7XG4gICAqL1xuICBzaWduaW5nS2V5PzogUHVibGljS2V5IHwgdW5kZWZpbmVkO1xuXG4gIC8qKlxuICAgKiBUaGUgZGV2aWNlIFgyNTUxOSBrZXktYWdyZWVtZW50IGtleS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBuZXh1c2xpbmsudjEuUHVibGljS2V5IGtleV9hZ3JlZW1lbnRfa2V5ID0gNjtcbiAgICovXG4gIGtleUFncmVlbWVudEtleT86IFB1YmxpY0tleSB8IHVuZGVmaW5lZDtcblxuICAvKipcbiAgICogVGhlIHNlbGYtc2lnbmluZyBrZXkgdGhhdCBpc3N1ZWQgdGhpcyBjZXJ0aWZpY2F0ZS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBuZXh1c2xpbmsudjEuUHVibGljS2V5IGlzc3Vlcl9rZXkgPSA3O1xuICAgKi9cbiAgaXNzdWVyS2V5PzogUHVibGljS2V5IHwgdW5kZWZpbmVkO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQ2NCBjcmVhdGVkX2F0X21zID0gODtcbiAgICovXG4gIGNyZWF0ZWRBdE1zOiBiaWdpbnQ7XG5cbiAgLyoqXG4gICAqIDAgPSBubyBleHBpcnkuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDY0IGV4cGlyZXNfYXRfbXMgPSA5O1xuICAgKi9cbiAgZXhwaXJlc0F0TXM6IGJpZ2ludDtcbn07XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBtZXNzYWdlIG5leHVzbGluay52MS5EZXZpY2VDZXJ0aWZpY2F0ZUJvZHkuXG4gKiBVc2UgYGNyZWF0ZShEZXZpY2VDZXJ0aWZpY2F0ZUJvZHlTY2hlbWEpYCB0byBjcmVhdGUgYSBuZXcgbWVzc2FnZS5cbiAqL1xuZXhwb3J0IGNvbnN0IERldmljZUNlcnRpZmljYXRlQm9keVNjaGVtYTogR2VuTWVzc2FnZTxEZXZpY2VDZXJ0aWZpY2F0ZUJvZHk+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9pZGVudGl0eSwgMik7XG5cbi8qKlxuICogT25lIHJldm9rZWQgZGV2aWNlLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5SZXZva2VkRGV2aWNlXG4gKi9cbmV4cG9ydCB0eXBlIFJldm9rZWREZXZpY2UgPSBNZXNzYWdlPFwibmV4dXNsaW5rLnYxLlJldm9rZWREZXZpY2VcIj4gJiB7XG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIGRldmljZV9pZCA9IDE7XG4gICAqL1xuICBkZXZpY2VJZDogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50NjQgcmV2b2tlZF9hdF9tcyA9IDI7XG4gICAqL1xuICByZXZva2VkQXRNczogYmlnaW50O1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IG5leHVzbGluay52MS5SZXZvY2F0aW9uUmVhc29uIHJlYXNvbiA9IDM7XG4gICAqL1xuICByZWFzb246IFJldm9jYXRpb25SZWFzb247XG59O1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgbWVzc2FnZSBuZXh1c2xpbmsudjEuUmV2b2tlZERldmljZS5cbiAqIFVzZSBgY3JlYXRlKFJldm9rZWREZXZpY2VTY2hlbWEpYCB0byBjcmVhdGUgYSBuZXcgbWVzc2FnZS5cbiAqL1xuZXhwb3J0IGNvbnN0IFJldm9rZWREZXZpY2VTY2hlbWE6IEdlbk1lc3NhZ2U8UmV2b2tlZERldmljZT4gPSAvKkBfX1BVUkVfXyovXG4gIG1lc3NhZ2VEZXNjKGZpbGVfbmV4dXNsaW5rX3YxX2lkZW50aXR5LCAzKTtcblxuLyoqXG4gKiBCb2R5IG9mIGEgcmV2b2NhdGlvbiBsaXN0LCBzaWduZWQgYnkgdGhlIHNlbGYtc2lnbmluZyBrZXkgb3IgdGhlIGlkZW50aXR5IGtleS5cbiAqIExpc3RzIGFyZSBjdW11bGF0aXZlOiBzZXJpYWwgTisxIGNvbnRhaW5zIGV2ZXJ5IGRldmljZSBpbiBzZXJpYWwgTi5cbiAqXG4gKiBAZ2VuZXJhdGVkIGZyb20gbWVzc2FnZSBuZXh1c2xpbmsudjEuUmV2b2NhdGlvbkxpc3RCb2R5XG4gKi9cbmV4cG9ydCB0eXBlIFJldm9jYXRpb25MaXN0Qm9keSA9IE1lc3NhZ2U8XCJuZXh1c2xpbmsudjEuUmV2b2NhdGlvbkxpc3RCb2R5XCI+ICYge1xuICAvKipcbiAgICogRm9ybWF0IHZlcnNpb247IDEuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIHZlcnNpb24gPSAxO1xuICAgKi9cbiAgdmVyc2lvbjogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIGlkZW50aXR5X2tleSA9IDI7XG4gICAqL1xuICBpZGVudGl0eUtleTogVWludDhBcnJheTtcblxuICAvKipcbiAgICogU3RyaWN0bHkgaW5jcmVhc2luZzsgYSB2ZXJpZmllciBrZWVwcyB0aGUgaGlnaGVzdCBpdCBoYXMgc2Vlbi5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50NjQgc2VyaWFsID0gMztcbiAgICovXG4gIHNlcmlhbDogYmlnaW50O1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQ2NCBpc3N1ZWRfYXRfbXMgPSA0O1xuICAgKi9cbiAgaXNzdWVkQXRNczogYmlnaW50O1xuXG4gIC8qKlxuICAgKiBTb3J0ZWQgYnkgZGV2aWNlX2lkLCBubyBkdXBsaWNhdGVzLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHJlcGVhdGVkIG5leHVzbGluay52MS5SZXZva2VkRGV2aWNlIGRldmljZXMgPSA1O1xuICAgKi9cbiAgZGV2aWNlczogUmV2b2tlZERldmljZVtdO1xuXG4gIC8qKlxuICAgKiBUaGUgc2VsZi1zaWduaW5nIGtleSBvciB0aGUgaWRlbnRpdHkga2V5LlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IG5leHVzbGluay52MS5QdWJsaWNLZXkgaXNzdWVyX2tleSA9IDY7XG4gICAqL1xuICBpc3N1ZXJLZXk/OiBQdWJsaWNLZXkgfCB1bmRlZmluZWQ7XG59O1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgbWVzc2FnZSBuZXh1c2xpbmsudjEuUmV2b2NhdGlvbkxpc3RCb2R5LlxuICogVXNlIGBjcmVhdGUoUmV2b2NhdGlvbkxpc3RCb2R5U2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBSZXZvY2F0aW9uTGlzdEJvZHlTY2hlbWE6IEdlbk1lc3NhZ2U8UmV2b2NhdGlvbkxpc3RCb2R5PiA9IC8qQF9fUFVSRV9fKi9cbiAgbWVzc2FnZURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfaWRlbnRpdHksIDQpO1xuXG4vKipcbiAqIFdoeSBhIGRldmljZSB3YXMgcmV2b2tlZC5cbiAqXG4gKiBAZ2VuZXJhdGVkIGZyb20gZW51bSBuZXh1c2xpbmsudjEuUmV2b2NhdGlvblJlYXNvblxuICovXG5leHBvcnQgZW51bSBSZXZvY2F0aW9uUmVhc29uIHtcbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBlbnVtIHZhbHVlOiBSRVZPQ0FUSU9OX1JFQVNPTl9VTlNQRUNJRklFRCA9IDA7XG4gICAqL1xuICBVTlNQRUNJRklFRCA9IDAsXG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBlbnVtIHZhbHVlOiBSRVZPQ0FUSU9OX1JFQVNPTl9MT1NUID0gMTtcbiAgICovXG4gIExPU1QgPSAxLFxuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZW51bSB2YWx1ZTogUkVWT0NBVElPTl9SRUFTT05fQ09NUFJPTUlTRUQgPSAyO1xuICAgKi9cbiAgQ09NUFJPTUlTRUQgPSAyLFxuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZW51bSB2YWx1ZTogUkVWT0NBVElPTl9SRUFTT05fUkVUSVJFRCA9IDM7XG4gICAqL1xuICBSRVRJUkVEID0gMyxcbn1cblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIGVudW0gbmV4dXNsaW5rLnYxLlJldm9jYXRpb25SZWFzb24uXG4gKi9cbmV4cG9ydCBjb25zdCBSZXZvY2F0aW9uUmVhc29uU2NoZW1hOiBHZW5FbnVtPFJldm9jYXRpb25SZWFzb24+ID0gLypAX19QVVJFX18qL1xuICBlbnVtRGVzYyhmaWxlX25leHVzbGlua192MV9pZGVudGl0eSwgMCk7XG5cbiIsICIvLyBAZ2VuZXJhdGVkIGJ5IHByb3RvYy1nZW4tZXMgdjIuMTcuMCB3aXRoIHBhcmFtZXRlciBcInRhcmdldD10cyxpbXBvcnRfZXh0ZW5zaW9uPWpzXCJcbi8vIEBnZW5lcmF0ZWQgZnJvbSBmaWxlIG5leHVzbGluay92MS9iYWNrdXAucHJvdG8gKHBhY2thZ2UgbmV4dXNsaW5rLnYxLCBzeW50YXggcHJvdG8zKVxuLyogZXNsaW50LWRpc2FibGUgKi9cblxuaW1wb3J0IHR5cGUgeyBHZW5FbnVtLCBHZW5GaWxlLCBHZW5NZXNzYWdlIH0gZnJvbSBcIkBidWZidWlsZC9wcm90b2J1Zi9jb2RlZ2VudjJcIjtcbmltcG9ydCB7IGVudW1EZXNjLCBmaWxlRGVzYywgbWVzc2FnZURlc2MgfSBmcm9tIFwiQGJ1ZmJ1aWxkL3Byb3RvYnVmL2NvZGVnZW52MlwiO1xuaW1wb3J0IHR5cGUgeyBTaWduZWRNZXNzYWdlIH0gZnJvbSBcIi4vaWRlbnRpdHlfcGIuanNcIjtcbmltcG9ydCB7IGZpbGVfbmV4dXNsaW5rX3YxX2lkZW50aXR5IH0gZnJvbSBcIi4vaWRlbnRpdHlfcGIuanNcIjtcbmltcG9ydCB0eXBlIHsgTWVzc2FnZSB9IGZyb20gXCJAYnVmYnVpbGQvcHJvdG9idWZcIjtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIGZpbGUgbmV4dXNsaW5rL3YxL2JhY2t1cC5wcm90by5cbiAqL1xuZXhwb3J0IGNvbnN0IGZpbGVfbmV4dXNsaW5rX3YxX2JhY2t1cDogR2VuRmlsZSA9IC8qQF9fUFVSRV9fKi9cbiAgZmlsZURlc2MoXCJDaGx1WlhoMWMyeHBibXN2ZGpFdlltRmphM1Z3TG5CeWIzUnZFZ3h1WlhoMWMyeHBibXN1ZGpFaXl3RUtERUpoWTJ0MWNFaGxZV1JsY2hJUENnZDJaWEp6YVc5dUdBRWdBU2dORWlRS0EydGtaaGdDSUFFb0RqSVhMbTVsZUhWemJHbHVheTUyTVM1Q1lXTnJkWEJMWkdZU0RBb0VjMkZzZEJnRElBRW9EQklTQ2dwdFpXMXZjbmxmYTJsaUdBUWdBU2dORWhJS0NtbDBaWEpoZEdsdmJuTVlCU0FCS0EwU0V3b0xjR0Z5WVd4c1pXeHBjMjBZQmlBQktBMFNLZ29HWTJsd2FHVnlHQWNnQVNnT01ob3VibVY0ZFhOc2FXNXJMbll4TGtKaFkydDFjRU5wY0dobGNoSU5DZ1Z1YjI1alpSZ0lJQUVvRENKVUNoSkpaR1Z1ZEdsMGVVSmhZMnQxY0VacGJHVVNLZ29HYUdWaFpHVnlHQUVnQVNnTE1ob3VibVY0ZFhOc2FXNXJMbll4TGtKaFkydDFjRWhsWVdSbGNoSVNDZ3BqYVhCb1pYSjBaWGgwR0FJZ0FTZ01JdWNCQ2haSlpHVnVkR2wwZVVKaFkydDFjRU52Ym5SbGJuUnpFZzhLQjNabGNuTnBiMjRZQVNBQktBMFNGUW9OYVdSbGJuUnBkSGxmYzJWbFpCZ0NJQUVvREJJWkNoRnpaV3htWDNOcFoyNXBibWRmYzJWbFpCZ0RJQUVvREJJOUNoaHpaV3htWDNOcFoyNXBibWRmWTJWeWRHbG1hV05oZEdVWUJDQUJLQXN5R3k1dVpYaDFjMnhwYm1zdWRqRXVVMmxuYm1Wa1RXVnpjMkZuWlJJMENnOXlaWFp2WTJGMGFXOXVYMnhwYzNRWUJTQUJLQXN5R3k1dVpYaDFjMnhwYm1zdWRqRXVVMmxuYm1Wa1RXVnpjMkZuWlJJVkNnMWpjbVZoZEdWa1gyRjBYMjF6R0FZZ0FTZ0VLa0FLQ1VKaFkydDFjRXRrWmhJYUNoWkNRVU5MVlZCZlMwUkdYMVZPVTFCRlEwbEdTVVZFRUFBU0Z3b1RRa0ZEUzFWUVgwdEVSbDlCVWtkUFRqSkpSQkFCS2xNS0RFSmhZMnQxY0VOcGNHaGxjaElkQ2hsQ1FVTkxWVkJmUTBsUVNFVlNYMVZPVTFCRlEwbEdTVVZFRUFBU0pBb2dRa0ZEUzFWUVgwTkpVRWhGVWw5WVEwaEJRMGhCTWpCZlVFOU1XVEV6TURVUUFXSUdjSEp2ZEc4elwiLCBbZmlsZV9uZXh1c2xpbmtfdjFfaWRlbnRpdHldKTtcblxuLyoqXG4gKiBFdmVyeXRoaW5nIG5lZWRlZCB0byBkZWNyeXB0IGEgYmFja3VwIGV4Y2VwdCB0aGUgcGFzc3BocmFzZS4gSXRzIGVuY29kaW5nXG4gKiBpcyB0aGUgQUVBRCBhc3NvY2lhdGVkIGRhdGEsIHNvIG5vIHBhcmFtZXRlciBjYW4gYmUgY2hhbmdlZCB1bmRldGVjdGVkLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5CYWNrdXBIZWFkZXJcbiAqL1xuZXhwb3J0IHR5cGUgQmFja3VwSGVhZGVyID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5CYWNrdXBIZWFkZXJcIj4gJiB7XG4gIC8qKlxuICAgKiBGb3JtYXQgdmVyc2lvbjsgMS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgdmVyc2lvbiA9IDE7XG4gICAqL1xuICB2ZXJzaW9uOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogbmV4dXNsaW5rLnYxLkJhY2t1cEtkZiBrZGYgPSAyO1xuICAgKi9cbiAga2RmOiBCYWNrdXBLZGY7XG5cbiAgLyoqXG4gICAqIDE2IHJhbmRvbSBieXRlcy5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBzYWx0ID0gMztcbiAgICovXG4gIHNhbHQ6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIG1lbW9yeV9raWIgPSA0O1xuICAgKi9cbiAgbWVtb3J5S2liOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIGl0ZXJhdGlvbnMgPSA1O1xuICAgKi9cbiAgaXRlcmF0aW9uczogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiBwYXJhbGxlbGlzbSA9IDY7XG4gICAqL1xuICBwYXJhbGxlbGlzbTogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IG5leHVzbGluay52MS5CYWNrdXBDaXBoZXIgY2lwaGVyID0gNztcbiAgICovXG4gIGNpcGhlcjogQmFja3VwQ2lwaGVyO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIG5vbmNlID0gODtcbiAgICovXG4gIG5vbmNlOiBVaW50OEFycmF5O1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLkJhY2t1cEhlYWRlci5cbiAqIFVzZSBgY3JlYXRlKEJhY2t1cEhlYWRlclNjaGVtYSlgIHRvIGNyZWF0ZSBhIG5ldyBtZXNzYWdlLlxuICovXG5leHBvcnQgY29uc3QgQmFja3VwSGVhZGVyU2NoZW1hOiBHZW5NZXNzYWdlPEJhY2t1cEhlYWRlcj4gPSAvKkBfX1BVUkVfXyovXG4gIG1lc3NhZ2VEZXNjKGZpbGVfbmV4dXNsaW5rX3YxX2JhY2t1cCwgMCk7XG5cbi8qKlxuICogQW4gZW5jcnlwdGVkIGlkZW50aXR5IGJhY2t1cCBmaWxlLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5JZGVudGl0eUJhY2t1cEZpbGVcbiAqL1xuZXhwb3J0IHR5cGUgSWRlbnRpdHlCYWNrdXBGaWxlID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5JZGVudGl0eUJhY2t1cEZpbGVcIj4gJiB7XG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IG5leHVzbGluay52MS5CYWNrdXBIZWFkZXIgaGVhZGVyID0gMTtcbiAgICovXG4gIGhlYWRlcj86IEJhY2t1cEhlYWRlciB8IHVuZGVmaW5lZDtcblxuICAvKipcbiAgICogQUVBRCBjaXBoZXJ0ZXh0IG9mIGFuIGVuY29kZWQgSWRlbnRpdHlCYWNrdXBDb250ZW50cy5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBjaXBoZXJ0ZXh0ID0gMjtcbiAgICovXG4gIGNpcGhlcnRleHQ6IFVpbnQ4QXJyYXk7XG59O1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgbWVzc2FnZSBuZXh1c2xpbmsudjEuSWRlbnRpdHlCYWNrdXBGaWxlLlxuICogVXNlIGBjcmVhdGUoSWRlbnRpdHlCYWNrdXBGaWxlU2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBJZGVudGl0eUJhY2t1cEZpbGVTY2hlbWE6IEdlbk1lc3NhZ2U8SWRlbnRpdHlCYWNrdXBGaWxlPiA9IC8qQF9fUFVSRV9fKi9cbiAgbWVzc2FnZURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfYmFja3VwLCAxKTtcblxuLyoqXG4gKiBUaGUgcGxhaW50ZXh0IG9mIGEgYmFja3VwLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5JZGVudGl0eUJhY2t1cENvbnRlbnRzXG4gKi9cbmV4cG9ydCB0eXBlIElkZW50aXR5QmFja3VwQ29udGVudHMgPSBNZXNzYWdlPFwibmV4dXNsaW5rLnYxLklkZW50aXR5QmFja3VwQ29udGVudHNcIj4gJiB7XG4gIC8qKlxuICAgKiBGb3JtYXQgdmVyc2lvbjsgMS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgdmVyc2lvbiA9IDE7XG4gICAqL1xuICB2ZXJzaW9uOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIFRoZSAzMi1ieXRlIEVkMjU1MTkgaWRlbnRpdHkga2V5IHNlZWQuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgaWRlbnRpdHlfc2VlZCA9IDI7XG4gICAqL1xuICBpZGVudGl0eVNlZWQ6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIFRoZSAzMi1ieXRlIEVkMjU1MTkgc2VsZi1zaWduaW5nIGtleSBzZWVkLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIHNlbGZfc2lnbmluZ19zZWVkID0gMztcbiAgICovXG4gIHNlbGZTaWduaW5nU2VlZDogVWludDhBcnJheTtcblxuICAvKipcbiAgICogVGhlIGN1cnJlbnQgc2VsZi1zaWduaW5nIGtleSBjZXJ0aWZpY2F0ZS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBuZXh1c2xpbmsudjEuU2lnbmVkTWVzc2FnZSBzZWxmX3NpZ25pbmdfY2VydGlmaWNhdGUgPSA0O1xuICAgKi9cbiAgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZT86IFNpZ25lZE1lc3NhZ2UgfCB1bmRlZmluZWQ7XG5cbiAgLyoqXG4gICAqIFRoZSBuZXdlc3QgcmV2b2NhdGlvbiBsaXN0LCBpZiBhbnkuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogbmV4dXNsaW5rLnYxLlNpZ25lZE1lc3NhZ2UgcmV2b2NhdGlvbl9saXN0ID0gNTtcbiAgICovXG4gIHJldm9jYXRpb25MaXN0PzogU2lnbmVkTWVzc2FnZSB8IHVuZGVmaW5lZDtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50NjQgY3JlYXRlZF9hdF9tcyA9IDY7XG4gICAqL1xuICBjcmVhdGVkQXRNczogYmlnaW50O1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLklkZW50aXR5QmFja3VwQ29udGVudHMuXG4gKiBVc2UgYGNyZWF0ZShJZGVudGl0eUJhY2t1cENvbnRlbnRzU2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBJZGVudGl0eUJhY2t1cENvbnRlbnRzU2NoZW1hOiBHZW5NZXNzYWdlPElkZW50aXR5QmFja3VwQ29udGVudHM+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9iYWNrdXAsIDIpO1xuXG4vKipcbiAqIEtleS1kZXJpdmF0aW9uIGZ1bmN0aW9uIG9mIGEgYmFja3VwLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBlbnVtIG5leHVzbGluay52MS5CYWNrdXBLZGZcbiAqL1xuZXhwb3J0IGVudW0gQmFja3VwS2RmIHtcbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBlbnVtIHZhbHVlOiBCQUNLVVBfS0RGX1VOU1BFQ0lGSUVEID0gMDtcbiAgICovXG4gIFVOU1BFQ0lGSUVEID0gMCxcblxuICAvKipcbiAgICogQXJnb24yaWQgKFJGQyA5MTA2KSwgdmVyc2lvbiAweDEzLCAzMi1ieXRlIG91dHB1dC5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGVudW0gdmFsdWU6IEJBQ0tVUF9LREZfQVJHT04ySUQgPSAxO1xuICAgKi9cbiAgQVJHT04ySUQgPSAxLFxufVxuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgZW51bSBuZXh1c2xpbmsudjEuQmFja3VwS2RmLlxuICovXG5leHBvcnQgY29uc3QgQmFja3VwS2RmU2NoZW1hOiBHZW5FbnVtPEJhY2t1cEtkZj4gPSAvKkBfX1BVUkVfXyovXG4gIGVudW1EZXNjKGZpbGVfbmV4dXNsaW5rX3YxX2JhY2t1cCwgMCk7XG5cbi8qKlxuICogQUVBRCBvZiBhIGJhY2t1cC5cbiAqXG4gKiBAZ2VuZXJhdGVkIGZyb20gZW51bSBuZXh1c2xpbmsudjEuQmFja3VwQ2lwaGVyXG4gKi9cbmV4cG9ydCBlbnVtIEJhY2t1cENpcGhlciB7XG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZW51bSB2YWx1ZTogQkFDS1VQX0NJUEhFUl9VTlNQRUNJRklFRCA9IDA7XG4gICAqL1xuICBVTlNQRUNJRklFRCA9IDAsXG5cbiAgLyoqXG4gICAqIFhDaGFDaGEyMC1Qb2x5MTMwNTogMjQtYnl0ZSByYW5kb20gbm9uY2UsIDE2LWJ5dGUgdGFnLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZW51bSB2YWx1ZTogQkFDS1VQX0NJUEhFUl9YQ0hBQ0hBMjBfUE9MWTEzMDUgPSAxO1xuICAgKi9cbiAgWENIQUNIQTIwX1BPTFkxMzA1ID0gMSxcbn1cblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIGVudW0gbmV4dXNsaW5rLnYxLkJhY2t1cENpcGhlci5cbiAqL1xuZXhwb3J0IGNvbnN0IEJhY2t1cENpcGhlclNjaGVtYTogR2VuRW51bTxCYWNrdXBDaXBoZXI+ID0gLypAX19QVVJFX18qL1xuICBlbnVtRGVzYyhmaWxlX25leHVzbGlua192MV9iYWNrdXAsIDEpO1xuXG4iLCAiLy8gQGdlbmVyYXRlZCBieSBwcm90b2MtZ2VuLWVzIHYyLjE3LjAgd2l0aCBwYXJhbWV0ZXIgXCJ0YXJnZXQ9dHMsaW1wb3J0X2V4dGVuc2lvbj1qc1wiXG4vLyBAZ2VuZXJhdGVkIGZyb20gZmlsZSBuZXh1c2xpbmsvdjEvY29udGFjdC5wcm90byAocGFja2FnZSBuZXh1c2xpbmsudjEsIHN5bnRheCBwcm90bzMpXG4vKiBlc2xpbnQtZGlzYWJsZSAqL1xuXG5pbXBvcnQgdHlwZSB7IEdlbkZpbGUsIEdlbk1lc3NhZ2UgfSBmcm9tIFwiQGJ1ZmJ1aWxkL3Byb3RvYnVmL2NvZGVnZW52MlwiO1xuaW1wb3J0IHsgZmlsZURlc2MsIG1lc3NhZ2VEZXNjIH0gZnJvbSBcIkBidWZidWlsZC9wcm90b2J1Zi9jb2RlZ2VudjJcIjtcbmltcG9ydCB0eXBlIHsgU2lnbmVkTWVzc2FnZSB9IGZyb20gXCIuL2lkZW50aXR5X3BiLmpzXCI7XG5pbXBvcnQgeyBmaWxlX25leHVzbGlua192MV9pZGVudGl0eSB9IGZyb20gXCIuL2lkZW50aXR5X3BiLmpzXCI7XG5pbXBvcnQgdHlwZSB7IE1lc3NhZ2UgfSBmcm9tIFwiQGJ1ZmJ1aWxkL3Byb3RvYnVmXCI7XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBmaWxlIG5leHVzbGluay92MS9jb250YWN0LnByb3RvLlxuICovXG5leHBvcnQgY29uc3QgZmlsZV9uZXh1c2xpbmtfdjFfY29udGFjdDogR2VuRmlsZSA9IC8qQF9fUFVSRV9fKi9cbiAgZmlsZURlc2MoXCJDaHB1WlhoMWMyeHBibXN2ZGpFdlkyOXVkR0ZqZEM1d2NtOTBieElNYm1WNGRYTnNhVzVyTG5ZeElyMENDZzlEYjI1MFlXTjBRMkZ5WkVKdlpIa1NEd29IZG1WeWMybHZiaGdCSUFFb0RSSVVDZ3hwWkdWdWRHbDBlVjlyWlhrWUFpQUJLQXdTRkFvTVpHbHpjR3hoZVY5dVlXMWxHQU1nQVNnSkVqMEtHSE5sYkdaZmMybG5ibWx1WjE5alpYSjBhV1pwWTJGMFpSZ0VJQUVvQ3pJYkxtNWxlSFZ6YkdsdWF5NTJNUzVUYVdkdVpXUk5aWE56WVdkbEVqZ0tFMlJsZG1salpWOWpaWEowYVdacFkyRjBaWE1ZQlNBREtBc3lHeTV1WlhoMWMyeHBibXN1ZGpFdVUybG5ibVZrVFdWemMyRm5aUkkwQ2c5eVpYWnZZMkYwYVc5dVgyeHBjM1FZQmlBQktBc3lHeTV1WlhoMWMyeHBibXN1ZGpFdVUybG5ibVZrVFdWemMyRm5aUklOQ2dWb2FXNTBjeGdISUFNb0NSSVZDZzFqY21WaGRHVmtYMkYwWDIxekdBZ2dBU2dFRWhnS0VITnBaMjVsY2w5a1pYWnBZMlZmYVdRWUNTQUJLQXdpUlFvVFUyRm1aWFI1VG5WdFltVnlVR0Y1Ykc5aFpCSVBDZ2QyWlhKemFXOXVHQUVnQVNnTkVnMEtCV1pwY25OMEdBSWdBU2dNRWc0S0JuTmxZMjl1WkJnRElBRW9ER0lHY0hKdmRHOHpcIiwgW2ZpbGVfbmV4dXNsaW5rX3YxX2lkZW50aXR5XSk7XG5cbi8qKlxuICogQm9keSBvZiBhIGNvbnRhY3QgY2FyZDogd2hhdCBzb21lb25lIHNoYXJlcyAoYXMgYSBRUiBjb2RlIG9yIGEgZmlsZSkgc29cbiAqIG90aGVycyBjYW4gdmVyaWZ5IGFuZCByZWFjaCBhbGwgdGhlaXIgZGV2aWNlcy5cbiAqXG4gKiBAZ2VuZXJhdGVkIGZyb20gbWVzc2FnZSBuZXh1c2xpbmsudjEuQ29udGFjdENhcmRCb2R5XG4gKi9cbmV4cG9ydCB0eXBlIENvbnRhY3RDYXJkQm9keSA9IE1lc3NhZ2U8XCJuZXh1c2xpbmsudjEuQ29udGFjdENhcmRCb2R5XCI+ICYge1xuICAvKipcbiAgICogRm9ybWF0IHZlcnNpb247IDEuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIHZlcnNpb24gPSAxO1xuICAgKi9cbiAgdmVyc2lvbjogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIGlkZW50aXR5X2tleSA9IDI7XG4gICAqL1xuICBpZGVudGl0eUtleTogVWludDhBcnJheTtcblxuICAvKipcbiAgICogVVRGLTgsIGF0IG1vc3QgNjQgYnl0ZXMuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogc3RyaW5nIGRpc3BsYXlfbmFtZSA9IDM7XG4gICAqL1xuICBkaXNwbGF5TmFtZTogc3RyaW5nO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IG5leHVzbGluay52MS5TaWduZWRNZXNzYWdlIHNlbGZfc2lnbmluZ19jZXJ0aWZpY2F0ZSA9IDQ7XG4gICAqL1xuICBzZWxmU2lnbmluZ0NlcnRpZmljYXRlPzogU2lnbmVkTWVzc2FnZSB8IHVuZGVmaW5lZDtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiByZXBlYXRlZCBuZXh1c2xpbmsudjEuU2lnbmVkTWVzc2FnZSBkZXZpY2VfY2VydGlmaWNhdGVzID0gNTtcbiAgICovXG4gIGRldmljZUNlcnRpZmljYXRlczogU2lnbmVkTWVzc2FnZVtdO1xuXG4gIC8qKlxuICAgKiBOZXdlc3QgcmV2b2NhdGlvbiBsaXN0LCBpZiBhbnkuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogbmV4dXNsaW5rLnYxLlNpZ25lZE1lc3NhZ2UgcmV2b2NhdGlvbl9saXN0ID0gNjtcbiAgICovXG4gIHJldm9jYXRpb25MaXN0PzogU2lnbmVkTWVzc2FnZSB8IHVuZGVmaW5lZDtcblxuICAvKipcbiAgICogVHJhbnNwb3J0IGhpbnRzOiByZWxheSBtdWx0aWFkZHJzLCBjb21tdW5pdHkgc2VydmVyIFVSTHMuIEF0IG1vc3QgMTYsIGVhY2ggYXQgbW9zdCAyNTYgYnl0ZXMuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogcmVwZWF0ZWQgc3RyaW5nIGhpbnRzID0gNztcbiAgICovXG4gIGhpbnRzOiBzdHJpbmdbXTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50NjQgY3JlYXRlZF9hdF9tcyA9IDg7XG4gICAqL1xuICBjcmVhdGVkQXRNczogYmlnaW50O1xuXG4gIC8qKlxuICAgKiAxNi1ieXRlIGRldmljZSBpZCBvZiB0aGUgZGV2aWNlIHdob3NlIHNpZ25pbmcga2V5IHNpZ25zIHRoaXMgY2FyZC5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBzaWduZXJfZGV2aWNlX2lkID0gOTtcbiAgICovXG4gIHNpZ25lckRldmljZUlkOiBVaW50OEFycmF5O1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLkNvbnRhY3RDYXJkQm9keS5cbiAqIFVzZSBgY3JlYXRlKENvbnRhY3RDYXJkQm9keVNjaGVtYSlgIHRvIGNyZWF0ZSBhIG5ldyBtZXNzYWdlLlxuICovXG5leHBvcnQgY29uc3QgQ29udGFjdENhcmRCb2R5U2NoZW1hOiBHZW5NZXNzYWdlPENvbnRhY3RDYXJkQm9keT4gPSAvKkBfX1BVUkVfXyovXG4gIG1lc3NhZ2VEZXNjKGZpbGVfbmV4dXNsaW5rX3YxX2NvbnRhY3QsIDApO1xuXG4vKipcbiAqIFNhZmV0eS1udW1iZXIgUVIgcGF5bG9hZDogdGhlIHR3byAzMi1ieXRlIGZpbmdlcnByaW50cywgc29ydGVkLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5TYWZldHlOdW1iZXJQYXlsb2FkXG4gKi9cbmV4cG9ydCB0eXBlIFNhZmV0eU51bWJlclBheWxvYWQgPSBNZXNzYWdlPFwibmV4dXNsaW5rLnYxLlNhZmV0eU51bWJlclBheWxvYWRcIj4gJiB7XG4gIC8qKlxuICAgKiBGb3JtYXQgdmVyc2lvbjsgMS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgdmVyc2lvbiA9IDE7XG4gICAqL1xuICB2ZXJzaW9uOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgZmlyc3QgPSAyO1xuICAgKi9cbiAgZmlyc3Q6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgc2Vjb25kID0gMztcbiAgICovXG4gIHNlY29uZDogVWludDhBcnJheTtcbn07XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBtZXNzYWdlIG5leHVzbGluay52MS5TYWZldHlOdW1iZXJQYXlsb2FkLlxuICogVXNlIGBjcmVhdGUoU2FmZXR5TnVtYmVyUGF5bG9hZFNjaGVtYSlgIHRvIGNyZWF0ZSBhIG5ldyBtZXNzYWdlLlxuICovXG5leHBvcnQgY29uc3QgU2FmZXR5TnVtYmVyUGF5bG9hZFNjaGVtYTogR2VuTWVzc2FnZTxTYWZldHlOdW1iZXJQYXlsb2FkPiA9IC8qQF9fUFVSRV9fKi9cbiAgbWVzc2FnZURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfY29udGFjdCwgMSk7XG5cbiIsICIvLyBAZ2VuZXJhdGVkIGJ5IHByb3RvYy1nZW4tZXMgdjIuMTcuMCB3aXRoIHBhcmFtZXRlciBcInRhcmdldD10cyxpbXBvcnRfZXh0ZW5zaW9uPWpzXCJcbi8vIEBnZW5lcmF0ZWQgZnJvbSBmaWxlIG5leHVzbGluay92MS9wcmVrZXlzLnByb3RvIChwYWNrYWdlIG5leHVzbGluay52MSwgc3ludGF4IHByb3RvMylcbi8qIGVzbGludC1kaXNhYmxlICovXG5cbmltcG9ydCB0eXBlIHsgR2VuRmlsZSwgR2VuTWVzc2FnZSB9IGZyb20gXCJAYnVmYnVpbGQvcHJvdG9idWYvY29kZWdlbnYyXCI7XG5pbXBvcnQgeyBmaWxlRGVzYywgbWVzc2FnZURlc2MgfSBmcm9tIFwiQGJ1ZmJ1aWxkL3Byb3RvYnVmL2NvZGVnZW52MlwiO1xuaW1wb3J0IHR5cGUgeyBTaWduZWRNZXNzYWdlIH0gZnJvbSBcIi4vaWRlbnRpdHlfcGIuanNcIjtcbmltcG9ydCB7IGZpbGVfbmV4dXNsaW5rX3YxX2lkZW50aXR5IH0gZnJvbSBcIi4vaWRlbnRpdHlfcGIuanNcIjtcbmltcG9ydCB0eXBlIHsgUHVibGljS2V5IH0gZnJvbSBcIi4va2V5c19wYi5qc1wiO1xuaW1wb3J0IHsgZmlsZV9uZXh1c2xpbmtfdjFfa2V5cyB9IGZyb20gXCIuL2tleXNfcGIuanNcIjtcbmltcG9ydCB0eXBlIHsgTWVzc2FnZSB9IGZyb20gXCJAYnVmYnVpbGQvcHJvdG9idWZcIjtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIGZpbGUgbmV4dXNsaW5rL3YxL3ByZWtleXMucHJvdG8uXG4gKi9cbmV4cG9ydCBjb25zdCBmaWxlX25leHVzbGlua192MV9wcmVrZXlzOiBHZW5GaWxlID0gLypAX19QVVJFX18qL1xuICBmaWxlRGVzYyhcIkNocHVaWGgxYzJ4cGJtc3ZkakV2Y0hKbGEyVjVjeTV3Y205MGJ4SU1ibVY0ZFhOc2FXNXJMbll4SWk4S0RGTnBaMjVsWkZCeVpVdGxlUklNQ2dSaWIyUjVHQUVnQVNnTUVoRUtDWE5wWjI1aGRIVnlaUmdDSUFFb0RDS0dBUW9LVUhKbFMyVjVRbTlrZVJJUENnZDJaWEp6YVc5dUdBRWdBU2dORWc0S0JtdGxlVjlwWkJnQ0lBRW9EUklyQ2dwd2RXSnNhV05mYTJWNUdBTWdBU2dMTWhjdWJtVjRkWE5zYVc1ckxuWXhMbEIxWW14cFkwdGxlUklWQ2cxamNtVmhkR1ZrWDJGMFgyMXpHQVFnQVNnRUVoTUtDMnhoYzNSZmNtVnpiM0owR0FVZ0FTZ0lJak1LRFU5dVpWUnBiV1ZRY21WTFpYa1NEZ29HYTJWNVgybGtHQUVnQVNnTkVoSUtDbkIxWW14cFkxOXJaWGtZQWlBQktBd2lzQUlLREZCeVpVdGxlVUoxYm1Sc1pSSVBDZ2QyWlhKemFXOXVHQUVnQVNnTkVqMEtHSE5sYkdaZmMybG5ibWx1WjE5alpYSjBhV1pwWTJGMFpSZ0NJQUVvQ3pJYkxtNWxlSFZ6YkdsdWF5NTJNUzVUYVdkdVpXUk5aWE56WVdkbEVqY0tFbVJsZG1salpWOWpaWEowYVdacFkyRjBaUmdESUFFb0N6SWJMbTVsZUhWemJHbHVheTUyTVM1VGFXZHVaV1JOWlhOellXZGxFakVLRFhOcFoyNWxaRjl3Y21WclpYa1lCQ0FCS0FzeUdpNXVaWGgxYzJ4cGJtc3VkakV1VTJsbmJtVmtVSEpsUzJWNUVqUUtEMjl1WlY5MGFXMWxYM0J5Wld0bGVSZ0ZJQUVvQ3pJYkxtNWxlSFZ6YkdsdWF5NTJNUzVQYm1WVWFXMWxVSEpsUzJWNUVpNEtDbXRsYlY5d2NtVnJaWGtZQmlBQktBc3lHaTV1WlhoMWMyeHBibXN1ZGpFdVUybG5ibVZrVUhKbFMyVjVZZ1p3Y205MGJ6TVwiLCBbZmlsZV9uZXh1c2xpbmtfdjFfaWRlbnRpdHksIGZpbGVfbmV4dXNsaW5rX3YxX2tleXNdKTtcblxuLyoqXG4gKiBBIHByZWtleSBzaWduZWQgYnkgdGhlIGRldmljZSBzaWduaW5nIGtleSBvdmVyXG4gKiBgXCJuZXh1c2xpbmsvdjEvc2lnbmVkLXByZWtleVwiIHx8IDB4MDAgfHwgZW5jb2RlZCBQcmVLZXlCb2R5YC5cbiAqXG4gKiBAZ2VuZXJhdGVkIGZyb20gbWVzc2FnZSBuZXh1c2xpbmsudjEuU2lnbmVkUHJlS2V5XG4gKi9cbmV4cG9ydCB0eXBlIFNpZ25lZFByZUtleSA9IE1lc3NhZ2U8XCJuZXh1c2xpbmsudjEuU2lnbmVkUHJlS2V5XCI+ICYge1xuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBib2R5ID0gMTtcbiAgICovXG4gIGJvZHk6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgc2lnbmF0dXJlID0gMjtcbiAgICovXG4gIHNpZ25hdHVyZTogVWludDhBcnJheTtcbn07XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBtZXNzYWdlIG5leHVzbGluay52MS5TaWduZWRQcmVLZXkuXG4gKiBVc2UgYGNyZWF0ZShTaWduZWRQcmVLZXlTY2hlbWEpYCB0byBjcmVhdGUgYSBuZXcgbWVzc2FnZS5cbiAqL1xuZXhwb3J0IGNvbnN0IFNpZ25lZFByZUtleVNjaGVtYTogR2VuTWVzc2FnZTxTaWduZWRQcmVLZXk+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9wcmVrZXlzLCAwKTtcblxuLyoqXG4gKiBCb2R5IG9mIGEgc2lnbmVkIHByZWtleSAoWDI1NTE5IHNpZ25lZCBwcmVrZXkgb3IgTUwtS0VNIHByZWtleSkuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlByZUtleUJvZHlcbiAqL1xuZXhwb3J0IHR5cGUgUHJlS2V5Qm9keSA9IE1lc3NhZ2U8XCJuZXh1c2xpbmsudjEuUHJlS2V5Qm9keVwiPiAmIHtcbiAgLyoqXG4gICAqIEZvcm1hdCB2ZXJzaW9uOyAxLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiB2ZXJzaW9uID0gMTtcbiAgICovXG4gIHZlcnNpb246IG51bWJlcjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIga2V5X2lkID0gMjtcbiAgICovXG4gIGtleUlkOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogbmV4dXNsaW5rLnYxLlB1YmxpY0tleSBwdWJsaWNfa2V5ID0gMztcbiAgICovXG4gIHB1YmxpY0tleT86IFB1YmxpY0tleSB8IHVuZGVmaW5lZDtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50NjQgY3JlYXRlZF9hdF9tcyA9IDQ7XG4gICAqL1xuICBjcmVhdGVkQXRNczogYmlnaW50O1xuXG4gIC8qKlxuICAgKiBNTC1LRU0gb25seTogdGhlIGxhc3QtcmVzb3J0IGtleSwgbmV2ZXIgY29uc3VtZWQuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYm9vbCBsYXN0X3Jlc29ydCA9IDU7XG4gICAqL1xuICBsYXN0UmVzb3J0OiBib29sZWFuO1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlByZUtleUJvZHkuXG4gKiBVc2UgYGNyZWF0ZShQcmVLZXlCb2R5U2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBQcmVLZXlCb2R5U2NoZW1hOiBHZW5NZXNzYWdlPFByZUtleUJvZHk+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9wcmVrZXlzLCAxKTtcblxuLyoqXG4gKiBBbiB1bnNpZ25lZCBYMjU1MTkgb25lLXRpbWUgcHJla2V5LlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5PbmVUaW1lUHJlS2V5XG4gKi9cbmV4cG9ydCB0eXBlIE9uZVRpbWVQcmVLZXkgPSBNZXNzYWdlPFwibmV4dXNsaW5rLnYxLk9uZVRpbWVQcmVLZXlcIj4gJiB7XG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiBrZXlfaWQgPSAxO1xuICAgKi9cbiAga2V5SWQ6IG51bWJlcjtcblxuICAvKipcbiAgICogMzItYnl0ZSBYMjU1MTkgcHVibGljIGtleS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBwdWJsaWNfa2V5ID0gMjtcbiAgICovXG4gIHB1YmxpY0tleTogVWludDhBcnJheTtcbn07XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBtZXNzYWdlIG5leHVzbGluay52MS5PbmVUaW1lUHJlS2V5LlxuICogVXNlIGBjcmVhdGUoT25lVGltZVByZUtleVNjaGVtYSlgIHRvIGNyZWF0ZSBhIG5ldyBtZXNzYWdlLlxuICovXG5leHBvcnQgY29uc3QgT25lVGltZVByZUtleVNjaGVtYTogR2VuTWVzc2FnZTxPbmVUaW1lUHJlS2V5PiA9IC8qQF9fUFVSRV9fKi9cbiAgbWVzc2FnZURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfcHJla2V5cywgMik7XG5cbi8qKlxuICogV2hhdCBhbiBpbml0aWF0b3IgZmV0Y2hlcyB0byBzdGFydCBhIFBRWERIIHNlc3Npb24gd2l0aCBvbmUgZGV2aWNlLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5QcmVLZXlCdW5kbGVcbiAqL1xuZXhwb3J0IHR5cGUgUHJlS2V5QnVuZGxlID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5QcmVLZXlCdW5kbGVcIj4gJiB7XG4gIC8qKlxuICAgKiBGb3JtYXQgdmVyc2lvbjsgMS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgdmVyc2lvbiA9IDE7XG4gICAqL1xuICB2ZXJzaW9uOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogbmV4dXNsaW5rLnYxLlNpZ25lZE1lc3NhZ2Ugc2VsZl9zaWduaW5nX2NlcnRpZmljYXRlID0gMjtcbiAgICovXG4gIHNlbGZTaWduaW5nQ2VydGlmaWNhdGU/OiBTaWduZWRNZXNzYWdlIHwgdW5kZWZpbmVkO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IG5leHVzbGluay52MS5TaWduZWRNZXNzYWdlIGRldmljZV9jZXJ0aWZpY2F0ZSA9IDM7XG4gICAqL1xuICBkZXZpY2VDZXJ0aWZpY2F0ZT86IFNpZ25lZE1lc3NhZ2UgfCB1bmRlZmluZWQ7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogbmV4dXNsaW5rLnYxLlNpZ25lZFByZUtleSBzaWduZWRfcHJla2V5ID0gNDtcbiAgICovXG4gIHNpZ25lZFByZWtleT86IFNpZ25lZFByZUtleSB8IHVuZGVmaW5lZDtcblxuICAvKipcbiAgICogQWJzZW50IHdoZW4gdGhlIHNlcnZlciBoYXMgcnVuIG91dC5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBuZXh1c2xpbmsudjEuT25lVGltZVByZUtleSBvbmVfdGltZV9wcmVrZXkgPSA1O1xuICAgKi9cbiAgb25lVGltZVByZWtleT86IE9uZVRpbWVQcmVLZXkgfCB1bmRlZmluZWQ7XG5cbiAgLyoqXG4gICAqIEEgb25lLXRpbWUgTUwtS0VNIHByZWtleSwgb3IgdGhlIGxhc3QtcmVzb3J0IG9uZS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBuZXh1c2xpbmsudjEuU2lnbmVkUHJlS2V5IGtlbV9wcmVrZXkgPSA2O1xuICAgKi9cbiAga2VtUHJla2V5PzogU2lnbmVkUHJlS2V5IHwgdW5kZWZpbmVkO1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlByZUtleUJ1bmRsZS5cbiAqIFVzZSBgY3JlYXRlKFByZUtleUJ1bmRsZVNjaGVtYSlgIHRvIGNyZWF0ZSBhIG5ldyBtZXNzYWdlLlxuICovXG5leHBvcnQgY29uc3QgUHJlS2V5QnVuZGxlU2NoZW1hOiBHZW5NZXNzYWdlPFByZUtleUJ1bmRsZT4gPSAvKkBfX1BVUkVfXyovXG4gIG1lc3NhZ2VEZXNjKGZpbGVfbmV4dXNsaW5rX3YxX3ByZWtleXMsIDMpO1xuXG4iLCAiLy8gQGdlbmVyYXRlZCBieSBwcm90b2MtZ2VuLWVzIHYyLjE3LjAgd2l0aCBwYXJhbWV0ZXIgXCJ0YXJnZXQ9dHMsaW1wb3J0X2V4dGVuc2lvbj1qc1wiXG4vLyBAZ2VuZXJhdGVkIGZyb20gZmlsZSBuZXh1c2xpbmsvdjEvZW52ZWxvcGUucHJvdG8gKHBhY2thZ2UgbmV4dXNsaW5rLnYxLCBzeW50YXggcHJvdG8zKVxuLyogZXNsaW50LWRpc2FibGUgKi9cblxuaW1wb3J0IHR5cGUgeyBHZW5FbnVtLCBHZW5GaWxlLCBHZW5NZXNzYWdlIH0gZnJvbSBcIkBidWZidWlsZC9wcm90b2J1Zi9jb2RlZ2VudjJcIjtcbmltcG9ydCB7IGVudW1EZXNjLCBmaWxlRGVzYywgbWVzc2FnZURlc2MgfSBmcm9tIFwiQGJ1ZmJ1aWxkL3Byb3RvYnVmL2NvZGVnZW52MlwiO1xuaW1wb3J0IHR5cGUgeyBNZXNzYWdlIH0gZnJvbSBcIkBidWZidWlsZC9wcm90b2J1ZlwiO1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgZmlsZSBuZXh1c2xpbmsvdjEvZW52ZWxvcGUucHJvdG8uXG4gKi9cbmV4cG9ydCBjb25zdCBmaWxlX25leHVzbGlua192MV9lbnZlbG9wZTogR2VuRmlsZSA9IC8qQF9fUFVSRV9fKi9cbiAgZmlsZURlc2MoXCJDaHR1WlhoMWMyeHBibXN2ZGpFdlpXNTJaV3h2Y0dVdWNISnZkRzhTREc1bGVIVnpiR2x1YXk1Mk1TTEFBUW9JUlc1MlpXeHZjR1VTRHdvSGRtVnljMmx2YmhnQklBRW9EUklvQ2dSMGVYQmxHQUlnQVNnT01ob3VibVY0ZFhOc2FXNXJMbll4TGtWdWRtVnNiM0JsVkhsd1pSSVlDaEJ6Wlc1a1pYSmZaR1YyYVdObFgybGtHQU1nQVNnTUVoc0tFM0psWTJsd2FXVnVkRjlrWlhacFkyVmZhV1FZQkNBQktBd1NGQW9NZEdsdFpYTjBZVzF3WDIxekdBVWdBU2dFRWc4S0IyTnZiblJsYm5RWUJpQUJLQXdTR3dvVGMyVnVaR1Z5WDJsa1pXNTBhWFI1WDJ0bGVSZ0hJQUVvRENyREFRb01SVzUyWld4dmNHVlVlWEJsRWgwS0dVVk9Wa1ZNVDFCRlgxUlpVRVZmVlU1VFVFVkRTVVpKUlVRUUFCSWdDaHhGVGxaRlRFOVFSVjlVV1ZCRlgxQlNSVXRGV1Y5TlJWTlRRVWRGRUFFU0lRb2RSVTVXUlV4UFVFVmZWRmxRUlY5U1FWUkRTRVZVWDAxRlUxTkJSMFVRQWhJa0NpQkZUbFpGVEU5UVJWOVVXVkJGWDFORlRrUkZVbDlMUlZsZlRVVlRVMEZIUlJBREVpa0tKVVZPVmtWTVQxQkZYMVJaVUVWZlUwVk9SRVZTWDB0RldWOUVTVk5VVWtsQ1ZWUkpUMDRRQkdJR2NISnZkRzh6XCIpO1xuXG4vKipcbiAqIFRoZSBvdXRlcm1vc3Qgd2lyZSBjb250YWluZXIuIGB2ZXJzaW9uYCBsZXRzIGEgcmVjZWl2ZXIgcmVmdXNlIGZvcm1hdHMgaXRcbiAqIGRvZXMgbm90IGtub3cgKFVOU1VQUE9SVEVEX1ZFUlNJT04pIGluc3RlYWQgb2YgbWlzcmVhZGluZyB0aGVtLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5FbnZlbG9wZVxuICovXG5leHBvcnQgdHlwZSBFbnZlbG9wZSA9IE1lc3NhZ2U8XCJuZXh1c2xpbmsudjEuRW52ZWxvcGVcIj4gJiB7XG4gIC8qKlxuICAgKiBGb3JtYXQgdmVyc2lvbjsgMS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgdmVyc2lvbiA9IDE7XG4gICAqL1xuICB2ZXJzaW9uOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogbmV4dXNsaW5rLnYxLkVudmVsb3BlVHlwZSB0eXBlID0gMjtcbiAgICovXG4gIHR5cGU6IEVudmVsb3BlVHlwZTtcblxuICAvKipcbiAgICogMTYtYnl0ZSBkZXZpY2UgaWQgb2YgdGhlIHNlbmRlcidzIGRldmljZS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBzZW5kZXJfZGV2aWNlX2lkID0gMztcbiAgICovXG4gIHNlbmRlckRldmljZUlkOiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiAxNi1ieXRlIGRldmljZSBpZCBvZiB0aGUgcmVjaXBpZW50IGRldmljZTsgZW1wdHkgZm9yIGdyb3VwIG1lc3NhZ2VzLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIHJlY2lwaWVudF9kZXZpY2VfaWQgPSA0O1xuICAgKi9cbiAgcmVjaXBpZW50RGV2aWNlSWQ6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDY0IHRpbWVzdGFtcF9tcyA9IDU7XG4gICAqL1xuICB0aW1lc3RhbXBNczogYmlnaW50O1xuXG4gIC8qKlxuICAgKiBUaGUgdHlwZS1zcGVjaWZpYyBwYXlsb2FkLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIGNvbnRlbnQgPSA2O1xuICAgKi9cbiAgY29udGVudDogVWludDhBcnJheTtcblxuICAvKipcbiAgICogVGhlIHNlbmRlcidzIDMyLWJ5dGUgRWQyNTUxOSBpZGVudGl0eSBrZXksIHNvIHRoZSByZWNlaXZlciBmaW5kcyB0aGVcbiAgICogc2Vzc2lvbi4gQXV0aGVudGljYXRlZCBieSB0aGUgc2Vzc2lvbidzIGFzc29jaWF0ZWQgZGF0YSwgbm90IHRydXN0ZWQgYWxvbmUuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgc2VuZGVyX2lkZW50aXR5X2tleSA9IDc7XG4gICAqL1xuICBzZW5kZXJJZGVudGl0eUtleTogVWludDhBcnJheTtcbn07XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBtZXNzYWdlIG5leHVzbGluay52MS5FbnZlbG9wZS5cbiAqIFVzZSBgY3JlYXRlKEVudmVsb3BlU2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBFbnZlbG9wZVNjaGVtYTogR2VuTWVzc2FnZTxFbnZlbG9wZT4gPSAvKkBfX1BVUkVfXyovXG4gIG1lc3NhZ2VEZXNjKGZpbGVfbmV4dXNsaW5rX3YxX2VudmVsb3BlLCAwKTtcblxuLyoqXG4gKiBXaGF0IGFuIGVudmVsb3BlIGNhcnJpZXMuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIGVudW0gbmV4dXNsaW5rLnYxLkVudmVsb3BlVHlwZVxuICovXG5leHBvcnQgZW51bSBFbnZlbG9wZVR5cGUge1xuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGVudW0gdmFsdWU6IEVOVkVMT1BFX1RZUEVfVU5TUEVDSUZJRUQgPSAwO1xuICAgKi9cbiAgVU5TUEVDSUZJRUQgPSAwLFxuXG4gIC8qKlxuICAgKiBGaXJzdCBtZXNzYWdlIG9mIGEgc2Vzc2lvbjogUFFYREggaW5pdGlhdGlvbiBwbHVzIGEgcmF0Y2hldCBtZXNzYWdlLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZW51bSB2YWx1ZTogRU5WRUxPUEVfVFlQRV9QUkVLRVlfTUVTU0FHRSA9IDE7XG4gICAqL1xuICBQUkVLRVlfTUVTU0FHRSA9IDEsXG5cbiAgLyoqXG4gICAqIERvdWJsZSBSYXRjaGV0IG1lc3NhZ2UuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBlbnVtIHZhbHVlOiBFTlZFTE9QRV9UWVBFX1JBVENIRVRfTUVTU0FHRSA9IDI7XG4gICAqL1xuICBSQVRDSEVUX01FU1NBR0UgPSAyLFxuXG4gIC8qKlxuICAgKiBTZW5kZXIgS2V5cyBncm91cCBtZXNzYWdlLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZW51bSB2YWx1ZTogRU5WRUxPUEVfVFlQRV9TRU5ERVJfS0VZX01FU1NBR0UgPSAzO1xuICAgKi9cbiAgU0VOREVSX0tFWV9NRVNTQUdFID0gMyxcblxuICAvKipcbiAgICogU2VuZGVyIGtleSBkaXN0cmlidXRpb24gKHNlbnQgaW5zaWRlIGEgMToxIHNlc3Npb24pLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZW51bSB2YWx1ZTogRU5WRUxPUEVfVFlQRV9TRU5ERVJfS0VZX0RJU1RSSUJVVElPTiA9IDQ7XG4gICAqL1xuICBTRU5ERVJfS0VZX0RJU1RSSUJVVElPTiA9IDQsXG59XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBlbnVtIG5leHVzbGluay52MS5FbnZlbG9wZVR5cGUuXG4gKi9cbmV4cG9ydCBjb25zdCBFbnZlbG9wZVR5cGVTY2hlbWE6IEdlbkVudW08RW52ZWxvcGVUeXBlPiA9IC8qQF9fUFVSRV9fKi9cbiAgZW51bURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfZW52ZWxvcGUsIDApO1xuXG4iLCAiLy8gQGdlbmVyYXRlZCBieSBwcm90b2MtZ2VuLWVzIHYyLjE3LjAgd2l0aCBwYXJhbWV0ZXIgXCJ0YXJnZXQ9dHMsaW1wb3J0X2V4dGVuc2lvbj1qc1wiXG4vLyBAZ2VuZXJhdGVkIGZyb20gZmlsZSBuZXh1c2xpbmsvdjEvc2Vzc2lvbi5wcm90byAocGFja2FnZSBuZXh1c2xpbmsudjEsIHN5bnRheCBwcm90bzMpXG4vKiBlc2xpbnQtZGlzYWJsZSAqL1xuXG5pbXBvcnQgdHlwZSB7IEdlbkZpbGUsIEdlbk1lc3NhZ2UgfSBmcm9tIFwiQGJ1ZmJ1aWxkL3Byb3RvYnVmL2NvZGVnZW52MlwiO1xuaW1wb3J0IHsgZmlsZURlc2MsIG1lc3NhZ2VEZXNjIH0gZnJvbSBcIkBidWZidWlsZC9wcm90b2J1Zi9jb2RlZ2VudjJcIjtcbmltcG9ydCB0eXBlIHsgU2lnbmVkTWVzc2FnZSB9IGZyb20gXCIuL2lkZW50aXR5X3BiLmpzXCI7XG5pbXBvcnQgeyBmaWxlX25leHVzbGlua192MV9pZGVudGl0eSB9IGZyb20gXCIuL2lkZW50aXR5X3BiLmpzXCI7XG5pbXBvcnQgdHlwZSB7IE1lc3NhZ2UgfSBmcm9tIFwiQGJ1ZmJ1aWxkL3Byb3RvYnVmXCI7XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBmaWxlIG5leHVzbGluay92MS9zZXNzaW9uLnByb3RvLlxuICovXG5leHBvcnQgY29uc3QgZmlsZV9uZXh1c2xpbmtfdjFfc2Vzc2lvbjogR2VuRmlsZSA9IC8qQF9fUFVSRV9fKi9cbiAgZmlsZURlc2MoXCJDaHB1WlhoMWMyeHBibXN2ZGpFdmMyVnpjMmx2Ymk1d2NtOTBieElNYm1WNGRYTnNhVzVyTG5ZeElsc0tEVkpoZEdOb1pYUklaV0ZrWlhJU0V3b0xjbUYwWTJobGRGOXJaWGtZQVNBQktBd1NIUW9WY0hKbGRtbHZkWE5mWTJoaGFXNWZiR1Z1WjNSb0dBSWdBU2dORWhZS0RtMWxjM05oWjJWZmJuVnRZbVZ5R0FNZ0FTZ05JbDhLRGxKaGRHTm9aWFJOWlhOellXZGxFZzhLQjNabGNuTnBiMjRZQVNBQktBMFNEZ29HYUdWaFpHVnlHQUlnQVNnTUVoZ0tFR1Z1WTNKNWNIUmxaRjlvWldGa1pYSVlBeUFCS0F3U0Vnb0tZMmx3YUdWeWRHVjRkQmdFSUFFb0RDSytBZ29OVUhKbFMyVjVUV1Z6YzJGblpSSVBDZ2QyWlhKemFXOXVHQUVnQVNnTkVqMEtHSE5sYkdaZmMybG5ibWx1WjE5alpYSjBhV1pwWTJGMFpSZ0NJQUVvQ3pJYkxtNWxlSFZ6YkdsdWF5NTJNUzVUYVdkdVpXUk5aWE56WVdkbEVqY0tFbVJsZG1salpWOWpaWEowYVdacFkyRjBaUmdESUFFb0N6SWJMbTVsZUhWemJHbHVheTUyTVM1VGFXZHVaV1JOWlhOellXZGxFaGdLRUhOcFoyNWxaRjl3Y21WclpYbGZhV1FZQkNBQktBMFNHZ29TYjI1bFgzUnBiV1ZmY0hKbGEyVjVYMmxrR0FVZ0FTZ05FaFVLRFd0bGJWOXdjbVZyWlhsZmFXUVlCaUFCS0EwU0VBb0lZbUZ6WlY5clpYa1lCeUFCS0F3U0Znb09hMlZ0WDJOcGNHaGxjblJsZUhRWUNDQUJLQXdTTFFvSGJXVnpjMkZuWlJnSklBRW9DekljTG01bGVIVnpiR2x1YXk1Mk1TNVNZWFJqYUdWMFRXVnpjMkZuWlNLT0FRb1ZVMlZ1WkdWeVMyVjVSR2x6ZEhKcFluVjBhVzl1RWc4S0IzWmxjbk5wYjI0WUFTQUJLQTBTRndvUFpHbHpkSEpwWW5WMGFXOXVYMmxrR0FJZ0FTZ01FaEFLQ0dOb1lXbHVYMmxrR0FNZ0FTZ05FaEVLQ1dsMFpYSmhkR2x2YmhnRUlBRW9EUklSQ2dsamFHRnBibDlyWlhrWUJTQUJLQXdTRXdvTGMybG5ibWx1WjE5clpYa1lCaUFCS0F3aWVRb1VVMlZ1WkdWeVMyVjVUV1Z6YzJGblpVSnZaSGtTRHdvSGRtVnljMmx2YmhnQklBRW9EUklYQ2c5a2FYTjBjbWxpZFhScGIyNWZhV1FZQWlBQktBd1NFQW9JWTJoaGFXNWZhV1FZQXlBQktBMFNFUW9KYVhSbGNtRjBhVzl1R0FRZ0FTZ05FaElLQ21OcGNHaGxjblJsZUhRWUJTQUJLQXdpUlFvUFUyVnpjMmx2YmxOdVlYQnphRzkwRWc4S0IzWmxjbk5wYjI0WUFTQUJLQTBTRFFvRmJtOXVZMlVZQWlBQktBd1NFZ29LWTJsd2FHVnlkR1Y0ZEJnRElBRW9ER0lHY0hKdmRHOHpcIiwgW2ZpbGVfbmV4dXNsaW5rX3YxX2lkZW50aXR5XSk7XG5cbi8qKlxuICogQSBEb3VibGUgUmF0Y2hldCBtZXNzYWdlIGhlYWRlciAoU2lnbmFsJ3MgRG91YmxlIFJhdGNoZXQgc3BlYyBcdTAwQTczLjEpOlxuICogdGhlIHNlbmRlcidzIGN1cnJlbnQgcmF0Y2hldCBwdWJsaWMga2V5LCB0aGUgbGVuZ3RoIG9mIGl0cyBwcmV2aW91c1xuICogc2VuZGluZyBjaGFpbiAoUE4pIGFuZCB0aGUgbWVzc2FnZSBudW1iZXIgKE4pLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5SYXRjaGV0SGVhZGVyXG4gKi9cbmV4cG9ydCB0eXBlIFJhdGNoZXRIZWFkZXIgPSBNZXNzYWdlPFwibmV4dXNsaW5rLnYxLlJhdGNoZXRIZWFkZXJcIj4gJiB7XG4gIC8qKlxuICAgKiAzMi1ieXRlIFgyNTUxOSByYXRjaGV0IHB1YmxpYyBrZXkuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgcmF0Y2hldF9rZXkgPSAxO1xuICAgKi9cbiAgcmF0Y2hldEtleTogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgcHJldmlvdXNfY2hhaW5fbGVuZ3RoID0gMjtcbiAgICovXG4gIHByZXZpb3VzQ2hhaW5MZW5ndGg6IG51bWJlcjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgbWVzc2FnZV9udW1iZXIgPSAzO1xuICAgKi9cbiAgbWVzc2FnZU51bWJlcjogbnVtYmVyO1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlJhdGNoZXRIZWFkZXIuXG4gKiBVc2UgYGNyZWF0ZShSYXRjaGV0SGVhZGVyU2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBSYXRjaGV0SGVhZGVyU2NoZW1hOiBHZW5NZXNzYWdlPFJhdGNoZXRIZWFkZXI+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9zZXNzaW9uLCAwKTtcblxuLyoqXG4gKiBBIERvdWJsZSBSYXRjaGV0IG1lc3NhZ2UuIEV4YWN0bHkgb25lIG9mIGBoZWFkZXJgIChhbiBlbmNvZGVkXG4gKiBSYXRjaGV0SGVhZGVyKSBhbmQgYGVuY3J5cHRlZF9oZWFkZXJgIChoZWFkZXIgZW5jcnlwdGlvbiwgRG91YmxlIFJhdGNoZXRcbiAqIHNwZWMgXHUwMEE3NCkgaXMgc2V0LlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5SYXRjaGV0TWVzc2FnZVxuICovXG5leHBvcnQgdHlwZSBSYXRjaGV0TWVzc2FnZSA9IE1lc3NhZ2U8XCJuZXh1c2xpbmsudjEuUmF0Y2hldE1lc3NhZ2VcIj4gJiB7XG4gIC8qKlxuICAgKiBGb3JtYXQgdmVyc2lvbjsgMS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgdmVyc2lvbiA9IDE7XG4gICAqL1xuICB2ZXJzaW9uOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgaGVhZGVyID0gMjtcbiAgICovXG4gIGhlYWRlcjogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBlbmNyeXB0ZWRfaGVhZGVyID0gMztcbiAgICovXG4gIGVuY3J5cHRlZEhlYWRlcjogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQUVBRCBjaXBoZXJ0ZXh0IHdpdGggaXRzIHRhZyAoYXQgbGVhc3QgMTYgYnl0ZXMpLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIGNpcGhlcnRleHQgPSA0O1xuICAgKi9cbiAgY2lwaGVydGV4dDogVWludDhBcnJheTtcbn07XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBtZXNzYWdlIG5leHVzbGluay52MS5SYXRjaGV0TWVzc2FnZS5cbiAqIFVzZSBgY3JlYXRlKFJhdGNoZXRNZXNzYWdlU2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBSYXRjaGV0TWVzc2FnZVNjaGVtYTogR2VuTWVzc2FnZTxSYXRjaGV0TWVzc2FnZT4gPSAvKkBfX1BVUkVfXyovXG4gIG1lc3NhZ2VEZXNjKGZpbGVfbmV4dXNsaW5rX3YxX3Nlc3Npb24sIDEpO1xuXG4vKipcbiAqIFRoZSBmaXJzdCBtZXNzYWdlIGZyb20gYW4gaW5pdGlhdG9yOiB0aGUgUFFYREgga2V5IGFncmVlbWVudCBpbnB1dHMgYW5kXG4gKiB0aGUgZmlyc3QgcmF0Y2hldCBtZXNzYWdlLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5QcmVLZXlNZXNzYWdlXG4gKi9cbmV4cG9ydCB0eXBlIFByZUtleU1lc3NhZ2UgPSBNZXNzYWdlPFwibmV4dXNsaW5rLnYxLlByZUtleU1lc3NhZ2VcIj4gJiB7XG4gIC8qKlxuICAgKiBGb3JtYXQgdmVyc2lvbjsgMS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgdmVyc2lvbiA9IDE7XG4gICAqL1xuICB2ZXJzaW9uOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIFRoZSBpbml0aWF0b3IncyBjZXJ0aWZpY2F0ZXMsIHNvIHRoZSByZXNwb25kZXIgY2FuIHZlcmlmeSB0aGUgZGV2aWNlLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IG5leHVzbGluay52MS5TaWduZWRNZXNzYWdlIHNlbGZfc2lnbmluZ19jZXJ0aWZpY2F0ZSA9IDI7XG4gICAqL1xuICBzZWxmU2lnbmluZ0NlcnRpZmljYXRlPzogU2lnbmVkTWVzc2FnZSB8IHVuZGVmaW5lZDtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBuZXh1c2xpbmsudjEuU2lnbmVkTWVzc2FnZSBkZXZpY2VfY2VydGlmaWNhdGUgPSAzO1xuICAgKi9cbiAgZGV2aWNlQ2VydGlmaWNhdGU/OiBTaWduZWRNZXNzYWdlIHwgdW5kZWZpbmVkO1xuXG4gIC8qKlxuICAgKiBLZXkgaWRzIGFyZSA+PSAxOyAwIG1lYW5zIGFic2VudCAob25seSB0aGUgb25lLXRpbWUgcHJla2V5IG1heSBiZSBhYnNlbnQpLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiBzaWduZWRfcHJla2V5X2lkID0gNDtcbiAgICovXG4gIHNpZ25lZFByZWtleUlkOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIG9uZV90aW1lX3ByZWtleV9pZCA9IDU7XG4gICAqL1xuICBvbmVUaW1lUHJla2V5SWQ6IG51bWJlcjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIga2VtX3ByZWtleV9pZCA9IDY7XG4gICAqL1xuICBrZW1QcmVrZXlJZDogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBUaGUgaW5pdGlhdG9yJ3MgMzItYnl0ZSBYMjU1MTkgZXBoZW1lcmFsIChiYXNlKSBrZXkuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgYmFzZV9rZXkgPSA3O1xuICAgKi9cbiAgYmFzZUtleTogVWludDhBcnJheTtcblxuICAvKipcbiAgICogTUwtS0VNIGNpcGhlcnRleHQ6IDEwODggYnl0ZXMgKE1MLUtFTS03NjgpIG9yIDE1NjggYnl0ZXMgKE1MLUtFTS0xMDI0KS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBrZW1fY2lwaGVydGV4dCA9IDg7XG4gICAqL1xuICBrZW1DaXBoZXJ0ZXh0OiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IG5leHVzbGluay52MS5SYXRjaGV0TWVzc2FnZSBtZXNzYWdlID0gOTtcbiAgICovXG4gIG1lc3NhZ2U/OiBSYXRjaGV0TWVzc2FnZSB8IHVuZGVmaW5lZDtcbn07XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBtZXNzYWdlIG5leHVzbGluay52MS5QcmVLZXlNZXNzYWdlLlxuICogVXNlIGBjcmVhdGUoUHJlS2V5TWVzc2FnZVNjaGVtYSlgIHRvIGNyZWF0ZSBhIG5ldyBtZXNzYWdlLlxuICovXG5leHBvcnQgY29uc3QgUHJlS2V5TWVzc2FnZVNjaGVtYTogR2VuTWVzc2FnZTxQcmVLZXlNZXNzYWdlPiA9IC8qQF9fUFVSRV9fKi9cbiAgbWVzc2FnZURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfc2Vzc2lvbiwgMik7XG5cbi8qKlxuICogQSBzZW5kZXIga2V5LCBzZW50IHRvIGVhY2ggZ3JvdXAgbWVtYmVyIG92ZXIgYSAxOjEgc2Vzc2lvbi5cbiAqXG4gKiBAZ2VuZXJhdGVkIGZyb20gbWVzc2FnZSBuZXh1c2xpbmsudjEuU2VuZGVyS2V5RGlzdHJpYnV0aW9uXG4gKi9cbmV4cG9ydCB0eXBlIFNlbmRlcktleURpc3RyaWJ1dGlvbiA9IE1lc3NhZ2U8XCJuZXh1c2xpbmsudjEuU2VuZGVyS2V5RGlzdHJpYnV0aW9uXCI+ICYge1xuICAvKipcbiAgICogRm9ybWF0IHZlcnNpb247IDEuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIHZlcnNpb24gPSAxO1xuICAgKi9cbiAgdmVyc2lvbjogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiAxNiBieXRlcyBuYW1pbmcgdGhlIGdyb3VwJ3Mgc2VuZGVyLWtleSBkaXN0cmlidXRpb24uXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgZGlzdHJpYnV0aW9uX2lkID0gMjtcbiAgICovXG4gIGRpc3RyaWJ1dGlvbklkOiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBXaGljaCBvZiB0aGUgc2VuZGVyJ3MgY2hhaW5zIChjaGFuZ2VzIG9uIHJvdGF0aW9uKS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgY2hhaW5faWQgPSAzO1xuICAgKi9cbiAgY2hhaW5JZDogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBUaGUgaXRlcmF0aW9uIGBjaGFpbl9rZXlgIGlzIGF0LlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiBpdGVyYXRpb24gPSA0O1xuICAgKi9cbiAgaXRlcmF0aW9uOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIDMyLWJ5dGUgY2hhaW4ga2V5LlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIGNoYWluX2tleSA9IDU7XG4gICAqL1xuICBjaGFpbktleTogVWludDhBcnJheTtcblxuICAvKipcbiAgICogMzItYnl0ZSBFZDI1NTE5IHB1YmxpYyBrZXkgdGhhdCBzaWducyBldmVyeSBtZXNzYWdlIG9mIHRoaXMgY2hhaW4uXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgc2lnbmluZ19rZXkgPSA2O1xuICAgKi9cbiAgc2lnbmluZ0tleTogVWludDhBcnJheTtcbn07XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBtZXNzYWdlIG5leHVzbGluay52MS5TZW5kZXJLZXlEaXN0cmlidXRpb24uXG4gKiBVc2UgYGNyZWF0ZShTZW5kZXJLZXlEaXN0cmlidXRpb25TY2hlbWEpYCB0byBjcmVhdGUgYSBuZXcgbWVzc2FnZS5cbiAqL1xuZXhwb3J0IGNvbnN0IFNlbmRlcktleURpc3RyaWJ1dGlvblNjaGVtYTogR2VuTWVzc2FnZTxTZW5kZXJLZXlEaXN0cmlidXRpb24+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9zZXNzaW9uLCAzKTtcblxuLyoqXG4gKiBCb2R5IG9mIGEgZ3JvdXAgbWVzc2FnZSwgc2lnbmVkIGJ5IHRoZSBjaGFpbidzIHNpZ25pbmcga2V5IG92ZXJcbiAqIGBcIm5leHVzbGluay92MS9zZW5kZXIta2V5LW1lc3NhZ2VcIiB8fCAweDAwIHx8IGJvZHlgLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5TZW5kZXJLZXlNZXNzYWdlQm9keVxuICovXG5leHBvcnQgdHlwZSBTZW5kZXJLZXlNZXNzYWdlQm9keSA9IE1lc3NhZ2U8XCJuZXh1c2xpbmsudjEuU2VuZGVyS2V5TWVzc2FnZUJvZHlcIj4gJiB7XG4gIC8qKlxuICAgKiBGb3JtYXQgdmVyc2lvbjsgMS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgdmVyc2lvbiA9IDE7XG4gICAqL1xuICB2ZXJzaW9uOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgZGlzdHJpYnV0aW9uX2lkID0gMjtcbiAgICovXG4gIGRpc3RyaWJ1dGlvbklkOiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiBjaGFpbl9pZCA9IDM7XG4gICAqL1xuICBjaGFpbklkOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIGl0ZXJhdGlvbiA9IDQ7XG4gICAqL1xuICBpdGVyYXRpb246IG51bWJlcjtcblxuICAvKipcbiAgICogQUVBRCBjaXBoZXJ0ZXh0IHdpdGggaXRzIHRhZy5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBjaXBoZXJ0ZXh0ID0gNTtcbiAgICovXG4gIGNpcGhlcnRleHQ6IFVpbnQ4QXJyYXk7XG59O1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgbWVzc2FnZSBuZXh1c2xpbmsudjEuU2VuZGVyS2V5TWVzc2FnZUJvZHkuXG4gKiBVc2UgYGNyZWF0ZShTZW5kZXJLZXlNZXNzYWdlQm9keVNjaGVtYSlgIHRvIGNyZWF0ZSBhIG5ldyBtZXNzYWdlLlxuICovXG5leHBvcnQgY29uc3QgU2VuZGVyS2V5TWVzc2FnZUJvZHlTY2hlbWE6IEdlbk1lc3NhZ2U8U2VuZGVyS2V5TWVzc2FnZUJvZHk+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9zZXNzaW9uLCA0KTtcblxuLyoqXG4gKiBBIHZlcnNpb25lZCwgZW5jcnlwdGVkIHNuYXBzaG90IG9mIHNlc3Npb24gc3RhdGUgKHRoZSBvbmx5IHNlcmlhbGlzYWJsZVxuICogZm9ybSBvZiBhIGxpdmUgc2Vzc2lvbikuIFRoZSBwbGFpbnRleHQgZm9ybWF0IGlzIHNwZWNpZmllZCB3aXRoIHRoZSBzZXNzaW9uXG4gKiBsYXllcjsgYHZlcnNpb25gIG5hbWVzIGl0LlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5TZXNzaW9uU25hcHNob3RcbiAqL1xuZXhwb3J0IHR5cGUgU2Vzc2lvblNuYXBzaG90ID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5TZXNzaW9uU25hcHNob3RcIj4gJiB7XG4gIC8qKlxuICAgKiBGb3JtYXQgdmVyc2lvbiBvZiB0aGUgcGxhaW50ZXh0LlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiB2ZXJzaW9uID0gMTtcbiAgICovXG4gIHZlcnNpb246IG51bWJlcjtcblxuICAvKipcbiAgICogMjQtYnl0ZSBYQ2hhQ2hhMjAtUG9seTEzMDUgbm9uY2UuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgbm9uY2UgPSAyO1xuICAgKi9cbiAgbm9uY2U6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgY2lwaGVydGV4dCA9IDM7XG4gICAqL1xuICBjaXBoZXJ0ZXh0OiBVaW50OEFycmF5O1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlNlc3Npb25TbmFwc2hvdC5cbiAqIFVzZSBgY3JlYXRlKFNlc3Npb25TbmFwc2hvdFNjaGVtYSlgIHRvIGNyZWF0ZSBhIG5ldyBtZXNzYWdlLlxuICovXG5leHBvcnQgY29uc3QgU2Vzc2lvblNuYXBzaG90U2NoZW1hOiBHZW5NZXNzYWdlPFNlc3Npb25TbmFwc2hvdD4gPSAvKkBfX1BVUkVfXyovXG4gIG1lc3NhZ2VEZXNjKGZpbGVfbmV4dXNsaW5rX3YxX3Nlc3Npb24sIDUpO1xuXG4iLCAiaW1wb3J0IHsgY3JlYXRlLCBmcm9tQmluYXJ5LCB0b0JpbmFyeSB9IGZyb20gJ0BidWZidWlsZC9wcm90b2J1Zic7XG5pbXBvcnQgdHlwZSB7IERlc2NNZXNzYWdlLCBNZXNzYWdlSW5pdFNoYXBlLCBNZXNzYWdlU2hhcGUgfSBmcm9tICdAYnVmYnVpbGQvcHJvdG9idWYnO1xuaW1wb3J0IHsgTmV4dXNFcnJvciB9IGZyb20gJy4uL2ludGVyZmFjZXMvZXJyb3JzLmpzJztcbmltcG9ydCB7IGJ5dGVzRXF1YWwgfSBmcm9tICcuLi9wcmltaXRpdmVzL2J5dGVzLmpzJztcblxuLyoqXG4gKiBFbmNvZGVzIGFuZCBkZWNvZGVzIG9uZSB3aXJlIG1lc3NhZ2UuIGBkZWNvZGVgIGlzIHRoZSBvbmx5IHdheSB1bnRydXN0ZWRcbiAqIGJ5dGVzIGJlY29tZSBhIHR5cGVkIHZhbHVlOiBpdCByZXR1cm5zIHRoZSB2YWx1ZSBvciB0aHJvd3NcbiAqIGBOZXh1c0Vycm9yKCdNQUxGT1JNRUQnKWAsIG5ldmVyIGEgbGlicmFyeSBleGNlcHRpb24uXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ29kZWM8UyBleHRlbmRzIERlc2NNZXNzYWdlPiB7XG4gIC8qKiBQcm90b2J1ZiB0eXBlIG5hbWUsIGZvciBkaWFnbm9zdGljcy4gKi9cbiAgcmVhZG9ubHkgdHlwZU5hbWU6IHN0cmluZztcbiAgLyoqIExhcmdlc3QgZW5jb2RpbmcgYWNjZXB0ZWQgYnkgYGRlY29kZWAuICovXG4gIHJlYWRvbmx5IG1heEJ5dGVzOiBudW1iZXI7XG4gIC8qKiBFbmNvZGUgYSBtZXNzYWdlICh2YWxpZGF0aW5nIGl0IGZpcnN0KS4gKi9cbiAgZW5jb2RlKHZhbHVlOiBNZXNzYWdlSW5pdFNoYXBlPFM+KTogVWludDhBcnJheTtcbiAgLyoqIERlY29kZSBhbmQgdmFsaWRhdGUgdW50cnVzdGVkIGJ5dGVzLiAqL1xuICBkZWNvZGUoYnl0ZXM6IFVpbnQ4QXJyYXkpOiBNZXNzYWdlU2hhcGU8Uz47XG59XG5cbi8qKiBPcHRpb25zIGZvciBgbWVzc2FnZUNvZGVjYC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ29kZWNPcHRpb25zPFMgZXh0ZW5kcyBEZXNjTWVzc2FnZT4ge1xuICByZWFkb25seSBtYXhCeXRlczogbnVtYmVyO1xuICAvKiogVGhyb3dzIGBOZXh1c0Vycm9yKCdNQUxGT1JNRUQnKWAgd2hlbiBhIGZpZWxkIGlzIG91dCBvZiByYW5nZS4gKi9cbiAgcmVhZG9ubHkgdmFsaWRhdGU6ICh2YWx1ZTogTWVzc2FnZVNoYXBlPFM+KSA9PiB2b2lkO1xufVxuXG4vKipcbiAqIEJ1aWxkIHRoZSBjb2RlYyBvZiBvbmUgbWVzc2FnZSB0eXBlLlxuICpcbiAqIERlY29kaW5nIGlzIHN0cmljdDogdGhlIGlucHV0IG11c3QgYmUgdGhlIGNhbm9uaWNhbCBlbmNvZGluZyBvZiB0aGUgdmFsdWUgaXRcbiAqIGRlY29kZXMgdG8uIFdlIGRlY29kZSAoZHJvcHBpbmcgdW5rbm93biBmaWVsZHMpLCByZS1lbmNvZGUsIGFuZCByZXF1aXJlIHRoZVxuICogc2FtZSBieXRlcy4gVGhhdCBvbmUgcnVsZSByZWplY3RzIHRyYWlsaW5nIGdhcmJhZ2UsIHVua25vd24gb3IgcmVwZWF0ZWRcbiAqIGZpZWxkcywgb3V0LW9mLW9yZGVyIGZpZWxkcyBhbmQgbm9uLW1pbmltYWwgdmFyaW50cywgc28gZXZlcnkgbWVzc2FnZSBoYXNcbiAqIGV4YWN0bHkgb25lIGFjY2VwdGVkIGVuY29kaW5nIGFuZCBzaWduYXR1cmVzIG92ZXIgYm9kaWVzIGFyZSB1bmFtYmlndW91cy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1lc3NhZ2VDb2RlYzxTIGV4dGVuZHMgRGVzY01lc3NhZ2U+KHNjaGVtYTogUywgb3B0aW9uczogQ29kZWNPcHRpb25zPFM+KTogQ29kZWM8Uz4ge1xuICBjb25zdCB0eXBlTmFtZSA9IHNjaGVtYS50eXBlTmFtZTtcbiAgcmV0dXJuIHtcbiAgICB0eXBlTmFtZSxcbiAgICBtYXhCeXRlczogb3B0aW9ucy5tYXhCeXRlcyxcbiAgICBlbmNvZGUodmFsdWUpIHtcbiAgICAgIGNvbnN0IG1lc3NhZ2UgPSBjcmVhdGUoc2NoZW1hLCB2YWx1ZSk7XG4gICAgICBvcHRpb25zLnZhbGlkYXRlKG1lc3NhZ2UpO1xuICAgICAgY29uc3QgYnl0ZXMgPSB0b0JpbmFyeShzY2hlbWEsIG1lc3NhZ2UpO1xuICAgICAgaWYgKGJ5dGVzLmxlbmd0aCA+IG9wdGlvbnMubWF4Qnl0ZXMpIHtcbiAgICAgICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoXG4gICAgICAgICAgJ01BTEZPUk1FRCcsXG4gICAgICAgICAgYCR7dHlwZU5hbWV9IGlzICR7Ynl0ZXMubGVuZ3RofSBieXRlcywgb3ZlciB0aGUgJHtvcHRpb25zLm1heEJ5dGVzfS1ieXRlIGxpbWl0YCxcbiAgICAgICAgKTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBieXRlcztcbiAgICB9LFxuICAgIGRlY29kZShieXRlcykge1xuICAgICAgaWYgKCEoYnl0ZXMgaW5zdGFuY2VvZiBVaW50OEFycmF5KSlcbiAgICAgICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ01BTEZPUk1FRCcsIGAke3R5cGVOYW1lfTogaW5wdXQgaXMgbm90IGJ5dGVzYCk7XG4gICAgICBpZiAoYnl0ZXMubGVuZ3RoID4gb3B0aW9ucy5tYXhCeXRlcykge1xuICAgICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcihcbiAgICAgICAgICAnTUFMRk9STUVEJyxcbiAgICAgICAgICBgJHt0eXBlTmFtZX0gaXMgJHtieXRlcy5sZW5ndGh9IGJ5dGVzLCBvdmVyIHRoZSAke29wdGlvbnMubWF4Qnl0ZXN9LWJ5dGUgbGltaXRgLFxuICAgICAgICApO1xuICAgICAgfVxuICAgICAgbGV0IG1lc3NhZ2U6IE1lc3NhZ2VTaGFwZTxTPjtcbiAgICAgIHRyeSB7XG4gICAgICAgIG1lc3NhZ2UgPSBmcm9tQmluYXJ5KHNjaGVtYSwgYnl0ZXMsIHsgcmVhZFVua25vd25GaWVsZHM6IGZhbHNlIH0pO1xuICAgICAgfSBjYXRjaCAoY2F1c2UpIHtcbiAgICAgICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ01BTEZPUk1FRCcsIGAke3R5cGVOYW1lfTogbm90IGEgdmFsaWQgcHJvdG9idWYgZW5jb2RpbmdgLCB7IGNhdXNlIH0pO1xuICAgICAgfVxuICAgICAgbGV0IHJlZW5jb2RlZDogVWludDhBcnJheTtcbiAgICAgIHRyeSB7XG4gICAgICAgIHJlZW5jb2RlZCA9IHRvQmluYXJ5KHNjaGVtYSwgbWVzc2FnZSk7XG4gICAgICB9IGNhdGNoIChjYXVzZSkge1xuICAgICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignTUFMRk9STUVEJywgYCR7dHlwZU5hbWV9OiBub3QgYSB2YWxpZCBwcm90b2J1ZiBlbmNvZGluZ2AsIHsgY2F1c2UgfSk7XG4gICAgICB9XG4gICAgICBpZiAoIWJ5dGVzRXF1YWwocmVlbmNvZGVkLCBieXRlcykpIHtcbiAgICAgICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoXG4gICAgICAgICAgJ01BTEZPUk1FRCcsXG4gICAgICAgICAgYCR7dHlwZU5hbWV9OiBub3QgdGhlIGNhbm9uaWNhbCBlbmNvZGluZyAodHJhaWxpbmcsIHVua25vd24gb3IgcmVvcmRlcmVkIGRhdGEpYCxcbiAgICAgICAgKTtcbiAgICAgIH1cbiAgICAgIG9wdGlvbnMudmFsaWRhdGUobWVzc2FnZSk7XG4gICAgICByZXR1cm4gbWVzc2FnZTtcbiAgICB9LFxuICB9O1xufVxuXG4vKiogVGhyb3cgYE1BTEZPUk1FRGAgd2l0aCBgbWVzc2FnZWAgdW5sZXNzIGBjb25kaXRpb25gIGhvbGRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrKGNvbmRpdGlvbjogYm9vbGVhbiwgbWVzc2FnZTogc3RyaW5nKTogYXNzZXJ0cyBjb25kaXRpb24ge1xuICBpZiAoIWNvbmRpdGlvbikgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ01BTEZPUk1FRCcsIG1lc3NhZ2UpO1xufVxuXG4vKiogUmVxdWlyZSBmb3JtYXQgdmVyc2lvbiBgZXhwZWN0ZWRgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrVmVyc2lvbih0eXBlTmFtZTogc3RyaW5nLCB2ZXJzaW9uOiBudW1iZXIsIGV4cGVjdGVkID0gMSk6IHZvaWQge1xuICBjaGVjayh2ZXJzaW9uID09PSBleHBlY3RlZCwgYCR7dHlwZU5hbWV9OiB1bnN1cHBvcnRlZCB2ZXJzaW9uICR7dmVyc2lvbn0gKGV4cGVjdGVkICR7ZXhwZWN0ZWR9KWApO1xufVxuXG4vKiogUmVxdWlyZSBgYnl0ZXMubGVuZ3RoYCB0byBiZSBleGFjdGx5IGBsZW5ndGhgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrTGVuZ3RoKGZpZWxkOiBzdHJpbmcsIGJ5dGVzOiBVaW50OEFycmF5LCBsZW5ndGg6IG51bWJlcik6IHZvaWQge1xuICBjaGVjayhieXRlcy5sZW5ndGggPT09IGxlbmd0aCwgYCR7ZmllbGR9IG11c3QgYmUgJHtsZW5ndGh9IGJ5dGVzLCBnb3QgJHtieXRlcy5sZW5ndGh9YCk7XG59XG5cbi8qKiBSZXF1aXJlIGBieXRlcy5sZW5ndGhgIHRvIGJlIGF0IG1vc3QgYG1heGAuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tNYXhMZW5ndGgoZmllbGQ6IHN0cmluZywgYnl0ZXM6IFVpbnQ4QXJyYXkgfCBzdHJpbmcsIG1heDogbnVtYmVyKTogdm9pZCB7XG4gIGNvbnN0IGxlbmd0aCA9IHR5cGVvZiBieXRlcyA9PT0gJ3N0cmluZycgPyBuZXcgVGV4dEVuY29kZXIoKS5lbmNvZGUoYnl0ZXMpLmxlbmd0aCA6IGJ5dGVzLmxlbmd0aDtcbiAgY2hlY2sobGVuZ3RoIDw9IG1heCwgYCR7ZmllbGR9IG11c3QgYmUgYXQgbW9zdCAke21heH0gYnl0ZXMsIGdvdCAke2xlbmd0aH1gKTtcbn1cblxuLyoqIFJlcXVpcmUgYSB1aW50NjQgdG8gZml0IGluIGEgSmF2YVNjcmlwdCBzYWZlIGludGVnZXIgKHRpbWVzdGFtcHMgaW4gbXMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrU2FmZVU2NChmaWVsZDogc3RyaW5nLCB2YWx1ZTogYmlnaW50KTogdm9pZCB7XG4gIGNoZWNrKHZhbHVlIDw9IEJpZ0ludChOdW1iZXIuTUFYX1NBRkVfSU5URUdFUiksIGAke2ZpZWxkfSBpcyBvdXQgb2YgcmFuZ2VgKTtcbn1cbiIsICIvKipcbiAqIFRoZSBjb2RlY3Mgb2YgZXZlcnkgTmV4dXNMaW5rIHdpcmUgbWVzc2FnZSwgd2l0aCB0aGUgcmFuZ2UgY2hlY2tzIHRoZVxuICogc3BlYyAoYHNwZWMvd2lyZS5tZGApIGxpc3RzIGZvciBlYWNoIGZpZWxkLlxuICovXG5pbXBvcnQgdHlwZSB7IE1lc3NhZ2VTaGFwZSB9IGZyb20gJ0BidWZidWlsZC9wcm90b2J1Zic7XG5pbXBvcnQgeyBLZXlBbGdvcml0aG0sIFB1YmxpY0tleVNjaGVtYSB9IGZyb20gJy4vZ2VuL25leHVzbGluay92MS9rZXlzX3BiLmpzJztcbmltcG9ydCB0eXBlIHsgUHVibGljS2V5IH0gZnJvbSAnLi9nZW4vbmV4dXNsaW5rL3YxL2tleXNfcGIuanMnO1xuaW1wb3J0IHtcbiAgRGV2aWNlQ2VydGlmaWNhdGVCb2R5U2NoZW1hLFxuICBSZXZvY2F0aW9uTGlzdEJvZHlTY2hlbWEsXG4gIFJldm9jYXRpb25SZWFzb24sXG4gIFNlbGZTaWduaW5nS2V5Q2VydGlmaWNhdGVCb2R5U2NoZW1hLFxuICBTaWduZWRNZXNzYWdlU2NoZW1hLFxufSBmcm9tICcuL2dlbi9uZXh1c2xpbmsvdjEvaWRlbnRpdHlfcGIuanMnO1xuaW1wb3J0IHR5cGUgeyBTaWduZWRNZXNzYWdlIH0gZnJvbSAnLi9nZW4vbmV4dXNsaW5rL3YxL2lkZW50aXR5X3BiLmpzJztcbmltcG9ydCB7XG4gIEJhY2t1cENpcGhlcixcbiAgQmFja3VwSGVhZGVyU2NoZW1hLFxuICBCYWNrdXBLZGYsXG4gIElkZW50aXR5QmFja3VwQ29udGVudHNTY2hlbWEsXG4gIElkZW50aXR5QmFja3VwRmlsZVNjaGVtYSxcbn0gZnJvbSAnLi9nZW4vbmV4dXNsaW5rL3YxL2JhY2t1cF9wYi5qcyc7XG5pbXBvcnQgdHlwZSB7IEJhY2t1cEhlYWRlciB9IGZyb20gJy4vZ2VuL25leHVzbGluay92MS9iYWNrdXBfcGIuanMnO1xuaW1wb3J0IHsgQ29udGFjdENhcmRCb2R5U2NoZW1hLCBTYWZldHlOdW1iZXJQYXlsb2FkU2NoZW1hIH0gZnJvbSAnLi9nZW4vbmV4dXNsaW5rL3YxL2NvbnRhY3RfcGIuanMnO1xuaW1wb3J0IHtcbiAgT25lVGltZVByZUtleVNjaGVtYSxcbiAgUHJlS2V5Qm9keVNjaGVtYSxcbiAgUHJlS2V5QnVuZGxlU2NoZW1hLFxuICBTaWduZWRQcmVLZXlTY2hlbWEsXG59IGZyb20gJy4vZ2VuL25leHVzbGluay92MS9wcmVrZXlzX3BiLmpzJztcbmltcG9ydCB0eXBlIHsgT25lVGltZVByZUtleSwgUHJlS2V5Qm9keSB9IGZyb20gJy4vZ2VuL25leHVzbGluay92MS9wcmVrZXlzX3BiLmpzJztcbmltcG9ydCB7IEVudmVsb3BlU2NoZW1hLCBFbnZlbG9wZVR5cGUgfSBmcm9tICcuL2dlbi9uZXh1c2xpbmsvdjEvZW52ZWxvcGVfcGIuanMnO1xuaW1wb3J0IHtcbiAgUHJlS2V5TWVzc2FnZVNjaGVtYSxcbiAgUmF0Y2hldEhlYWRlclNjaGVtYSxcbiAgUmF0Y2hldE1lc3NhZ2VTY2hlbWEsXG4gIFNlbmRlcktleURpc3RyaWJ1dGlvblNjaGVtYSxcbiAgU2VuZGVyS2V5TWVzc2FnZUJvZHlTY2hlbWEsXG4gIFNlc3Npb25TbmFwc2hvdFNjaGVtYSxcbn0gZnJvbSAnLi9nZW4vbmV4dXNsaW5rL3YxL3Nlc3Npb25fcGIuanMnO1xuaW1wb3J0IHR5cGUgeyBSYXRjaGV0TWVzc2FnZSB9IGZyb20gJy4vZ2VuL25leHVzbGluay92MS9zZXNzaW9uX3BiLmpzJztcbmltcG9ydCB7XG4gIGNoZWNrLFxuICBjaGVja0xlbmd0aCxcbiAgY2hlY2tNYXhMZW5ndGgsXG4gIGNoZWNrU2FmZVU2NCxcbiAgY2hlY2tWZXJzaW9uLFxuICBtZXNzYWdlQ29kZWMsXG59IGZyb20gJy4vY29kZWMuanMnO1xuXG4vKiogQnl0ZSBsZW5ndGhzIGFuZCBsaW1pdHMgc2hhcmVkIGJ5IHRoZSBjb2RlY3MgYW5kIHRoZSBzcGVjLiAqL1xuZXhwb3J0IGNvbnN0IFdJUkVfTElNSVRTID0ge1xuICBpZGVudGl0eUtleTogMzIsXG4gIGRldmljZUlkOiAxNixcbiAgc2lnbmF0dXJlOiA2NCxcbiAgZGlzcGxheU5hbWVCeXRlczogNjQsXG4gIG1heFNpZ25lZEJvZHk6IDEyOCAqIDEwMjQsXG4gIG1heFJldm9jYXRpb25MaXN0Qm9keTogNjQgKiAxMDI0LFxuICBtYXhSZXZva2VkRGV2aWNlczogMjA0OCxcbiAgbWF4Q29udGFjdENhcmRCb2R5OiAxMjAgKiAxMDI0LFxuICBtYXhEZXZpY2VzUGVyQ2FyZDogNjQsXG4gIG1heEhpbnRzOiAxNixcbiAgbWF4SGludEJ5dGVzOiAyNTYsXG4gIGZpbmdlcnByaW50OiAzMixcbiAgYmFja3VwU2FsdDogMTYsXG4gIGJhY2t1cE5vbmNlOiAyNCxcbiAgbWF4RW52ZWxvcGVDb250ZW50OiAyNTYgKiAxMDI0LFxufSBhcyBjb25zdDtcblxuLyoqIEV4cGVjdGVkIGtleSBsZW5ndGggZm9yIGVhY2ggYWxnb3JpdGhtIHRhZy4gKi9cbmV4cG9ydCBjb25zdCBLRVlfTEVOR1RIUzogUmVhZG9ubHk8UmVjb3JkPG51bWJlciwgbnVtYmVyPj4gPSB7XG4gIFtLZXlBbGdvcml0aG0uRUQyNTUxOV06IDMyLFxuICBbS2V5QWxnb3JpdGhtLkVDRFNBX1AyNTZdOiAzMyxcbiAgW0tleUFsZ29yaXRobS5YMjU1MTldOiAzMixcbiAgW0tleUFsZ29yaXRobS5NTF9LRU1fNzY4XTogMTE4NCxcbiAgW0tleUFsZ29yaXRobS5NTF9LRU1fMTAyNF06IDE1NjgsXG59O1xuXG4vKiogTUwtS0VNIGNpcGhlcnRleHQgbGVuZ3RocyAoRklQUyAyMDMpOiA3NjggXHUyMTkyIDEwODgsIDEwMjQgXHUyMTkyIDE1NjguICovXG5leHBvcnQgY29uc3QgS0VNX0NJUEhFUlRFWFRfTEVOR1RIUzogcmVhZG9ubHkgbnVtYmVyW10gPSBbMTA4OCwgMTU2OF07XG5cbmZ1bmN0aW9uIGNoZWNrUHVibGljS2V5KFxuICBmaWVsZDogc3RyaW5nLFxuICBrZXk6IFB1YmxpY0tleSB8IHVuZGVmaW5lZCxcbiAgYWxsb3dlZDogcmVhZG9ubHkgS2V5QWxnb3JpdGhtW10sXG4pOiB2b2lkIHtcbiAgY2hlY2soa2V5ICE9PSB1bmRlZmluZWQsIGAke2ZpZWxkfSBpcyBtaXNzaW5nYCk7XG4gIGNoZWNrKFxuICAgIGFsbG93ZWQuaW5jbHVkZXMoa2V5LmFsZ29yaXRobSksXG4gICAgYCR7ZmllbGR9IGhhcyBhbiBhbGdvcml0aG0gbm90IGFsbG93ZWQgaGVyZSAoJHtrZXkuYWxnb3JpdGhtfSlgLFxuICApO1xuICBjaGVja0xlbmd0aChgJHtmaWVsZH0ua2V5YCwga2V5LmtleSwgS0VZX0xFTkdUSFNba2V5LmFsZ29yaXRobV0hKTtcbn1cblxuZnVuY3Rpb24gY2hlY2tTaWduZWQoZmllbGQ6IHN0cmluZywgc2lnbmVkOiBTaWduZWRNZXNzYWdlIHwgdW5kZWZpbmVkLCByZXF1aXJlZDogYm9vbGVhbik6IHZvaWQge1xuICBpZiAoc2lnbmVkID09PSB1bmRlZmluZWQpIHtcbiAgICBjaGVjayghcmVxdWlyZWQsIGAke2ZpZWxkfSBpcyBtaXNzaW5nYCk7XG4gICAgcmV0dXJuO1xuICB9XG4gIGNoZWNrKHNpZ25lZC5ib2R5Lmxlbmd0aCA+IDAsIGAke2ZpZWxkfS5ib2R5IGlzIGVtcHR5YCk7XG4gIGNoZWNrTWF4TGVuZ3RoKGAke2ZpZWxkfS5ib2R5YCwgc2lnbmVkLmJvZHksIFdJUkVfTElNSVRTLm1heFNpZ25lZEJvZHkpO1xuICBjaGVja0xlbmd0aChgJHtmaWVsZH0uc2lnbmF0dXJlYCwgc2lnbmVkLnNpZ25hdHVyZSwgV0lSRV9MSU1JVFMuc2lnbmF0dXJlKTtcbn1cblxuZnVuY3Rpb24gY2hlY2tUaW1lcyh0eXBlTmFtZTogc3RyaW5nLCBjcmVhdGVkOiBiaWdpbnQsIGV4cGlyZXM6IGJpZ2ludCk6IHZvaWQge1xuICBjaGVja1NhZmVVNjQoYCR7dHlwZU5hbWV9LmNyZWF0ZWRfYXRfbXNgLCBjcmVhdGVkKTtcbiAgY2hlY2tTYWZlVTY0KGAke3R5cGVOYW1lfS5leHBpcmVzX2F0X21zYCwgZXhwaXJlcyk7XG4gIGNoZWNrKFxuICAgIGV4cGlyZXMgPT09IDBuIHx8IGV4cGlyZXMgPiBjcmVhdGVkLFxuICAgIGAke3R5cGVOYW1lfTogZXhwaXJlc19hdF9tcyBtdXN0IGJlIDAgb3IgYWZ0ZXIgY3JlYXRlZF9hdF9tc2AsXG4gICk7XG59XG5cbmZ1bmN0aW9uIGNvbXBhcmVCeXRlcyhhOiBVaW50OEFycmF5LCBiOiBVaW50OEFycmF5KTogbnVtYmVyIHtcbiAgY29uc3QgbiA9IE1hdGgubWluKGEubGVuZ3RoLCBiLmxlbmd0aCk7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgbjsgaSsrKSBpZiAoYVtpXSAhPT0gYltpXSkgcmV0dXJuIGFbaV0hIC0gYltpXSE7XG4gIHJldHVybiBhLmxlbmd0aCAtIGIubGVuZ3RoO1xufVxuXG5jb25zdCBTSUdOSU5HID0gW0tleUFsZ29yaXRobS5FRDI1NTE5LCBLZXlBbGdvcml0aG0uRUNEU0FfUDI1Nl0gYXMgY29uc3Q7XG5cbi8qKiBBIHB1YmxpYyBrZXkgd2l0aCBpdHMgYWxnb3JpdGhtIHRhZy4gKi9cbmV4cG9ydCBjb25zdCBwdWJsaWNLZXlDb2RlYyA9IG1lc3NhZ2VDb2RlYyhQdWJsaWNLZXlTY2hlbWEsIHtcbiAgbWF4Qnl0ZXM6IDIwNDgsXG4gIHZhbGlkYXRlOiAobSkgPT5cbiAgICBjaGVja1B1YmxpY0tleSgnUHVibGljS2V5JywgbSwgW1xuICAgICAgS2V5QWxnb3JpdGhtLkVEMjU1MTksXG4gICAgICBLZXlBbGdvcml0aG0uRUNEU0FfUDI1NixcbiAgICAgIEtleUFsZ29yaXRobS5YMjU1MTksXG4gICAgICBLZXlBbGdvcml0aG0uTUxfS0VNXzc2OCxcbiAgICAgIEtleUFsZ29yaXRobS5NTF9LRU1fMTAyNCxcbiAgICBdKSxcbn0pO1xuXG4vKiogYGJvZHlgICsgNjQtYnl0ZSBgc2lnbmF0dXJlYC4gKi9cbmV4cG9ydCBjb25zdCBzaWduZWRNZXNzYWdlQ29kZWMgPSBtZXNzYWdlQ29kZWMoU2lnbmVkTWVzc2FnZVNjaGVtYSwge1xuICBtYXhCeXRlczogV0lSRV9MSU1JVFMubWF4U2lnbmVkQm9keSArIDEyOCxcbiAgdmFsaWRhdGU6IChtKSA9PiBjaGVja1NpZ25lZCgnU2lnbmVkTWVzc2FnZScsIG0sIHRydWUpLFxufSk7XG5cbi8qKiBCb2R5IG9mIGEgc2VsZi1zaWduaW5nIGtleSBjZXJ0aWZpY2F0ZS4gKi9cbmV4cG9ydCBjb25zdCBzZWxmU2lnbmluZ0NlcnRpZmljYXRlQm9keUNvZGVjID0gbWVzc2FnZUNvZGVjKFNlbGZTaWduaW5nS2V5Q2VydGlmaWNhdGVCb2R5U2NoZW1hLCB7XG4gIG1heEJ5dGVzOiA1MTIsXG4gIHZhbGlkYXRlOiAobSkgPT4ge1xuICAgIGNoZWNrVmVyc2lvbignU2VsZlNpZ25pbmdLZXlDZXJ0aWZpY2F0ZUJvZHknLCBtLnZlcnNpb24pO1xuICAgIGNoZWNrTGVuZ3RoKCdpZGVudGl0eV9rZXknLCBtLmlkZW50aXR5S2V5LCBXSVJFX0xJTUlUUy5pZGVudGl0eUtleSk7XG4gICAgY2hlY2tQdWJsaWNLZXkoJ3NpZ25pbmdfa2V5JywgbS5zaWduaW5nS2V5LCBTSUdOSU5HKTtcbiAgICBjaGVja1RpbWVzKCdTZWxmU2lnbmluZ0tleUNlcnRpZmljYXRlQm9keScsIG0uY3JlYXRlZEF0TXMsIG0uZXhwaXJlc0F0TXMpO1xuICB9LFxufSk7XG5cbi8qKiBCb2R5IG9mIGEgZGV2aWNlIGNlcnRpZmljYXRlLiAqL1xuZXhwb3J0IGNvbnN0IGRldmljZUNlcnRpZmljYXRlQm9keUNvZGVjID0gbWVzc2FnZUNvZGVjKERldmljZUNlcnRpZmljYXRlQm9keVNjaGVtYSwge1xuICBtYXhCeXRlczogMTAyNCxcbiAgdmFsaWRhdGU6IChtKSA9PiB7XG4gICAgY2hlY2tWZXJzaW9uKCdEZXZpY2VDZXJ0aWZpY2F0ZUJvZHknLCBtLnZlcnNpb24pO1xuICAgIGNoZWNrTGVuZ3RoKCdpZGVudGl0eV9rZXknLCBtLmlkZW50aXR5S2V5LCBXSVJFX0xJTUlUUy5pZGVudGl0eUtleSk7XG4gICAgY2hlY2tMZW5ndGgoJ2RldmljZV9pZCcsIG0uZGV2aWNlSWQsIFdJUkVfTElNSVRTLmRldmljZUlkKTtcbiAgICBjaGVja01heExlbmd0aCgnZGlzcGxheV9uYW1lJywgbS5kaXNwbGF5TmFtZSwgV0lSRV9MSU1JVFMuZGlzcGxheU5hbWVCeXRlcyk7XG4gICAgY2hlY2tQdWJsaWNLZXkoJ3NpZ25pbmdfa2V5JywgbS5zaWduaW5nS2V5LCBTSUdOSU5HKTtcbiAgICBjaGVja1B1YmxpY0tleSgna2V5X2FncmVlbWVudF9rZXknLCBtLmtleUFncmVlbWVudEtleSwgW0tleUFsZ29yaXRobS5YMjU1MTldKTtcbiAgICBjaGVja1B1YmxpY0tleSgnaXNzdWVyX2tleScsIG0uaXNzdWVyS2V5LCBTSUdOSU5HKTtcbiAgICBjaGVja1RpbWVzKCdEZXZpY2VDZXJ0aWZpY2F0ZUJvZHknLCBtLmNyZWF0ZWRBdE1zLCBtLmV4cGlyZXNBdE1zKTtcbiAgfSxcbn0pO1xuXG4vKiogQm9keSBvZiBhIHJldm9jYXRpb24gbGlzdC4gKi9cbmV4cG9ydCBjb25zdCByZXZvY2F0aW9uTGlzdEJvZHlDb2RlYyA9IG1lc3NhZ2VDb2RlYyhSZXZvY2F0aW9uTGlzdEJvZHlTY2hlbWEsIHtcbiAgbWF4Qnl0ZXM6IFdJUkVfTElNSVRTLm1heFJldm9jYXRpb25MaXN0Qm9keSxcbiAgdmFsaWRhdGU6IChtKSA9PiB7XG4gICAgY2hlY2tWZXJzaW9uKCdSZXZvY2F0aW9uTGlzdEJvZHknLCBtLnZlcnNpb24pO1xuICAgIGNoZWNrTGVuZ3RoKCdpZGVudGl0eV9rZXknLCBtLmlkZW50aXR5S2V5LCBXSVJFX0xJTUlUUy5pZGVudGl0eUtleSk7XG4gICAgY2hlY2sobS5zZXJpYWwgPj0gMW4sICdSZXZvY2F0aW9uTGlzdEJvZHkuc2VyaWFsIG11c3QgYmUgYXQgbGVhc3QgMScpO1xuICAgIGNoZWNrU2FmZVU2NCgnc2VyaWFsJywgbS5zZXJpYWwpO1xuICAgIGNoZWNrU2FmZVU2NCgnaXNzdWVkX2F0X21zJywgbS5pc3N1ZWRBdE1zKTtcbiAgICBjaGVjayhtLmRldmljZXMubGVuZ3RoIDw9IFdJUkVfTElNSVRTLm1heFJldm9rZWREZXZpY2VzLCAndG9vIG1hbnkgcmV2b2tlZCBkZXZpY2VzJyk7XG4gICAgbS5kZXZpY2VzLmZvckVhY2goKGQsIGkpID0+IHtcbiAgICAgIGNoZWNrTGVuZ3RoKGBkZXZpY2VzWyR7aX1dLmRldmljZV9pZGAsIGQuZGV2aWNlSWQsIFdJUkVfTElNSVRTLmRldmljZUlkKTtcbiAgICAgIGNoZWNrU2FmZVU2NChgZGV2aWNlc1ske2l9XS5yZXZva2VkX2F0X21zYCwgZC5yZXZva2VkQXRNcyk7XG4gICAgICBjaGVjayhkLnJlYXNvbiBpbiBSZXZvY2F0aW9uUmVhc29uLCBgZGV2aWNlc1ske2l9XS5yZWFzb24gaXMgdW5rbm93bmApO1xuICAgICAgaWYgKGkgPiAwKVxuICAgICAgICBjaGVjayhcbiAgICAgICAgICBjb21wYXJlQnl0ZXMobS5kZXZpY2VzW2kgLSAxXSEuZGV2aWNlSWQsIGQuZGV2aWNlSWQpIDwgMCxcbiAgICAgICAgICAncmV2b2tlZCBkZXZpY2VzIG11c3QgYmUgc29ydGVkIGJ5IGRldmljZV9pZCB3aXRob3V0IGR1cGxpY2F0ZXMnLFxuICAgICAgICApO1xuICAgIH0pO1xuICAgIGNoZWNrUHVibGljS2V5KCdpc3N1ZXJfa2V5JywgbS5pc3N1ZXJLZXksIFNJR05JTkcpO1xuICB9LFxufSk7XG5cbmZ1bmN0aW9uIGNoZWNrQmFja3VwSGVhZGVyKGg6IEJhY2t1cEhlYWRlciB8IHVuZGVmaW5lZCk6IHZvaWQge1xuICBjaGVjayhoICE9PSB1bmRlZmluZWQsICdCYWNrdXBIZWFkZXIgaXMgbWlzc2luZycpO1xuICBjaGVja1ZlcnNpb24oJ0JhY2t1cEhlYWRlcicsIGgudmVyc2lvbik7XG4gIGNoZWNrKGgua2RmID09PSBCYWNrdXBLZGYuQVJHT04ySUQsICdCYWNrdXBIZWFkZXIua2RmIG11c3QgYmUgQXJnb24yaWQnKTtcbiAgY2hlY2tMZW5ndGgoJ3NhbHQnLCBoLnNhbHQsIFdJUkVfTElNSVRTLmJhY2t1cFNhbHQpO1xuICAvLyBUaGUgS0RGIHJ1bnMgYmVmb3JlIGFueXRoaW5nIGlzIGF1dGhlbnRpY2F0ZWQsIHNvIHRoZXNlIGJvdW5kcyBhcmUgYWxsIHRoYXRcbiAgLy8gc3RvcHMgYSBob3N0aWxlIGZpbGUgZnJvbSBjb3N0aW5nIGdpZ2FieXRlcyBhbmQgbWludXRlczogYXQgbW9zdCAxIEdpQiBhbmRcbiAgLy8gMTAgcGFzc2VzICgxNnggdGhlIDY0IE1pQiwgMy1wYXNzIGRlZmF1bHQpLCB3aGljaCBhbHNvIGZpdHMgaW4gYSBicm93c2VyLlxuICBjaGVjayhcbiAgICBoLm1lbW9yeUtpYiA+PSA4ICogMTAyNCAmJiBoLm1lbW9yeUtpYiA8PSAxMDI0ICogMTAyNCxcbiAgICAnQmFja3VwSGVhZGVyLm1lbW9yeV9raWIgb3V0IG9mIHJhbmdlICg4IE1pQi4uMSBHaUIpJyxcbiAgKTtcbiAgY2hlY2soaC5pdGVyYXRpb25zID49IDEgJiYgaC5pdGVyYXRpb25zIDw9IDEwLCAnQmFja3VwSGVhZGVyLml0ZXJhdGlvbnMgb3V0IG9mIHJhbmdlICgxLi4xMCknKTtcbiAgY2hlY2soaC5wYXJhbGxlbGlzbSA+PSAxICYmIGgucGFyYWxsZWxpc20gPD0gNCwgJ0JhY2t1cEhlYWRlci5wYXJhbGxlbGlzbSBvdXQgb2YgcmFuZ2UgKDEuLjQpJyk7XG4gIGNoZWNrKFxuICAgIGguY2lwaGVyID09PSBCYWNrdXBDaXBoZXIuWENIQUNIQTIwX1BPTFkxMzA1LFxuICAgICdCYWNrdXBIZWFkZXIuY2lwaGVyIG11c3QgYmUgWENoYUNoYTIwLVBvbHkxMzA1JyxcbiAgKTtcbiAgY2hlY2tMZW5ndGgoJ25vbmNlJywgaC5ub25jZSwgV0lSRV9MSU1JVFMuYmFja3VwTm9uY2UpO1xufVxuXG4vKiogVGhlIGF1dGhlbnRpY2F0ZWQgaGVhZGVyIG9mIGEgYmFja3VwIGZpbGUuICovXG5leHBvcnQgY29uc3QgYmFja3VwSGVhZGVyQ29kZWMgPSBtZXNzYWdlQ29kZWMoQmFja3VwSGVhZGVyU2NoZW1hLCB7XG4gIG1heEJ5dGVzOiAyNTYsXG4gIHZhbGlkYXRlOiBjaGVja0JhY2t1cEhlYWRlcixcbn0pO1xuXG4vKiogQW4gZW5jcnlwdGVkIGlkZW50aXR5IGJhY2t1cCBmaWxlLiAqL1xuZXhwb3J0IGNvbnN0IGlkZW50aXR5QmFja3VwRmlsZUNvZGVjID0gbWVzc2FnZUNvZGVjKElkZW50aXR5QmFja3VwRmlsZVNjaGVtYSwge1xuICBtYXhCeXRlczogMTI4ICogMTAyNCxcbiAgdmFsaWRhdGU6IChtKSA9PiB7XG4gICAgY2hlY2tCYWNrdXBIZWFkZXIobS5oZWFkZXIpO1xuICAgIGNoZWNrKG0uY2lwaGVydGV4dC5sZW5ndGggPj0gMTYsICdjaXBoZXJ0ZXh0IHNob3J0ZXIgdGhhbiB0aGUgQUVBRCB0YWcnKTtcbiAgfSxcbn0pO1xuXG4vKiogVGhlIHBsYWludGV4dCBpbnNpZGUgYSBiYWNrdXAuICovXG5leHBvcnQgY29uc3QgaWRlbnRpdHlCYWNrdXBDb250ZW50c0NvZGVjID0gbWVzc2FnZUNvZGVjKElkZW50aXR5QmFja3VwQ29udGVudHNTY2hlbWEsIHtcbiAgbWF4Qnl0ZXM6IDk2ICogMTAyNCxcbiAgdmFsaWRhdGU6IChtKSA9PiB7XG4gICAgY2hlY2tWZXJzaW9uKCdJZGVudGl0eUJhY2t1cENvbnRlbnRzJywgbS52ZXJzaW9uKTtcbiAgICBjaGVja0xlbmd0aCgnaWRlbnRpdHlfc2VlZCcsIG0uaWRlbnRpdHlTZWVkLCAzMik7XG4gICAgY2hlY2tMZW5ndGgoJ3NlbGZfc2lnbmluZ19zZWVkJywgbS5zZWxmU2lnbmluZ1NlZWQsIDMyKTtcbiAgICBjaGVja1NpZ25lZCgnc2VsZl9zaWduaW5nX2NlcnRpZmljYXRlJywgbS5zZWxmU2lnbmluZ0NlcnRpZmljYXRlLCB0cnVlKTtcbiAgICBjaGVja1NpZ25lZCgncmV2b2NhdGlvbl9saXN0JywgbS5yZXZvY2F0aW9uTGlzdCwgZmFsc2UpO1xuICAgIGNoZWNrU2FmZVU2NCgnY3JlYXRlZF9hdF9tcycsIG0uY3JlYXRlZEF0TXMpO1xuICB9LFxufSk7XG5cbi8qKiBCb2R5IG9mIGEgY29udGFjdCBjYXJkLiAqL1xuZXhwb3J0IGNvbnN0IGNvbnRhY3RDYXJkQm9keUNvZGVjID0gbWVzc2FnZUNvZGVjKENvbnRhY3RDYXJkQm9keVNjaGVtYSwge1xuICBtYXhCeXRlczogV0lSRV9MSU1JVFMubWF4Q29udGFjdENhcmRCb2R5LFxuICB2YWxpZGF0ZTogKG0pID0+IHtcbiAgICBjaGVja1ZlcnNpb24oJ0NvbnRhY3RDYXJkQm9keScsIG0udmVyc2lvbik7XG4gICAgY2hlY2tMZW5ndGgoJ2lkZW50aXR5X2tleScsIG0uaWRlbnRpdHlLZXksIFdJUkVfTElNSVRTLmlkZW50aXR5S2V5KTtcbiAgICBjaGVja01heExlbmd0aCgnZGlzcGxheV9uYW1lJywgbS5kaXNwbGF5TmFtZSwgV0lSRV9MSU1JVFMuZGlzcGxheU5hbWVCeXRlcyk7XG4gICAgY2hlY2tTaWduZWQoJ3NlbGZfc2lnbmluZ19jZXJ0aWZpY2F0ZScsIG0uc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSwgdHJ1ZSk7XG4gICAgY2hlY2sobS5kZXZpY2VDZXJ0aWZpY2F0ZXMubGVuZ3RoID49IDEsICdhIGNvbnRhY3QgY2FyZCBuYW1lcyBhdCBsZWFzdCBvbmUgZGV2aWNlJyk7XG4gICAgY2hlY2soXG4gICAgICBtLmRldmljZUNlcnRpZmljYXRlcy5sZW5ndGggPD0gV0lSRV9MSU1JVFMubWF4RGV2aWNlc1BlckNhcmQsXG4gICAgICAndG9vIG1hbnkgZGV2aWNlIGNlcnRpZmljYXRlcycsXG4gICAgKTtcbiAgICBtLmRldmljZUNlcnRpZmljYXRlcy5mb3JFYWNoKChjLCBpKSA9PiBjaGVja1NpZ25lZChgZGV2aWNlX2NlcnRpZmljYXRlc1ske2l9XWAsIGMsIHRydWUpKTtcbiAgICBjaGVja1NpZ25lZCgncmV2b2NhdGlvbl9saXN0JywgbS5yZXZvY2F0aW9uTGlzdCwgZmFsc2UpO1xuICAgIGNoZWNrKG0uaGludHMubGVuZ3RoIDw9IFdJUkVfTElNSVRTLm1heEhpbnRzLCAndG9vIG1hbnkgaGludHMnKTtcbiAgICBtLmhpbnRzLmZvckVhY2goKGgsIGkpID0+IGNoZWNrTWF4TGVuZ3RoKGBoaW50c1ske2l9XWAsIGgsIFdJUkVfTElNSVRTLm1heEhpbnRCeXRlcykpO1xuICAgIGNoZWNrU2FmZVU2NCgnY3JlYXRlZF9hdF9tcycsIG0uY3JlYXRlZEF0TXMpO1xuICAgIGNoZWNrTGVuZ3RoKCdzaWduZXJfZGV2aWNlX2lkJywgbS5zaWduZXJEZXZpY2VJZCwgV0lSRV9MSU1JVFMuZGV2aWNlSWQpO1xuICB9LFxufSk7XG5cbi8qKiBUaGUgc2Nhbm5hYmxlIHNhZmV0eS1udW1iZXIgcGF5bG9hZC4gKi9cbmV4cG9ydCBjb25zdCBzYWZldHlOdW1iZXJQYXlsb2FkQ29kZWMgPSBtZXNzYWdlQ29kZWMoU2FmZXR5TnVtYmVyUGF5bG9hZFNjaGVtYSwge1xuICBtYXhCeXRlczogMTI4LFxuICB2YWxpZGF0ZTogKG0pID0+IHtcbiAgICBjaGVja1ZlcnNpb24oJ1NhZmV0eU51bWJlclBheWxvYWQnLCBtLnZlcnNpb24pO1xuICAgIGNoZWNrTGVuZ3RoKCdmaXJzdCcsIG0uZmlyc3QsIFdJUkVfTElNSVRTLmZpbmdlcnByaW50KTtcbiAgICBjaGVja0xlbmd0aCgnc2Vjb25kJywgbS5zZWNvbmQsIFdJUkVfTElNSVRTLmZpbmdlcnByaW50KTtcbiAgICBjaGVjayhjb21wYXJlQnl0ZXMobS5maXJzdCwgbS5zZWNvbmQpIDw9IDAsICdTYWZldHlOdW1iZXJQYXlsb2FkIGZpbmdlcnByaW50cyBtdXN0IGJlIHNvcnRlZCcpO1xuICB9LFxufSk7XG5cbmZ1bmN0aW9uIGNoZWNrUHJlS2V5Qm9keShtOiBQcmVLZXlCb2R5KTogdm9pZCB7XG4gIGNoZWNrVmVyc2lvbignUHJlS2V5Qm9keScsIG0udmVyc2lvbik7XG4gIGNoZWNrUHVibGljS2V5KCdwdWJsaWNfa2V5JywgbS5wdWJsaWNLZXksIFtcbiAgICBLZXlBbGdvcml0aG0uWDI1NTE5LFxuICAgIEtleUFsZ29yaXRobS5NTF9LRU1fNzY4LFxuICAgIEtleUFsZ29yaXRobS5NTF9LRU1fMTAyNCxcbiAgXSk7XG4gIGNoZWNrKG0ua2V5SWQgPj0gMSwgJ1ByZUtleUJvZHkua2V5X2lkIG11c3QgYmUgYXQgbGVhc3QgMScpO1xuICBjaGVja1NhZmVVNjQoJ2NyZWF0ZWRfYXRfbXMnLCBtLmNyZWF0ZWRBdE1zKTtcbiAgY2hlY2soXG4gICAgIW0ubGFzdFJlc29ydCB8fCBtLnB1YmxpY0tleSEuYWxnb3JpdGhtICE9PSBLZXlBbGdvcml0aG0uWDI1NTE5LFxuICAgICdvbmx5IE1MLUtFTSBwcmVrZXlzIGNhbiBiZSBsYXN0LXJlc29ydCcsXG4gICk7XG59XG5cbmZ1bmN0aW9uIGNoZWNrT25lVGltZVByZUtleShtOiBPbmVUaW1lUHJlS2V5KTogdm9pZCB7XG4gIGNoZWNrKG0ua2V5SWQgPj0gMSwgJ29uZV90aW1lX3ByZWtleS5rZXlfaWQgbXVzdCBiZSBhdCBsZWFzdCAxJyk7XG4gIGNoZWNrTGVuZ3RoKCdvbmVfdGltZV9wcmVrZXkucHVibGljX2tleScsIG0ucHVibGljS2V5LCAzMik7XG59XG5cbi8qKiBCb2R5IG9mIGEgc2lnbmVkIChYMjU1MTkgb3IgTUwtS0VNKSBwcmVrZXkuICovXG5leHBvcnQgY29uc3QgcHJlS2V5Qm9keUNvZGVjID0gbWVzc2FnZUNvZGVjKFByZUtleUJvZHlTY2hlbWEsIHtcbiAgbWF4Qnl0ZXM6IDE4MDAsXG4gIHZhbGlkYXRlOiBjaGVja1ByZUtleUJvZHksXG59KTtcblxuLyoqIEEgcHJla2V5IGJvZHkgYW5kIHRoZSBkZXZpY2UncyBzaWduYXR1cmUgb3ZlciBpdC4gKi9cbmV4cG9ydCBjb25zdCBzaWduZWRQcmVLZXlDb2RlYyA9IG1lc3NhZ2VDb2RlYyhTaWduZWRQcmVLZXlTY2hlbWEsIHtcbiAgbWF4Qnl0ZXM6IDIwNDgsXG4gIHZhbGlkYXRlOiAobSkgPT4ge1xuICAgIGNoZWNrKG0uYm9keS5sZW5ndGggPiAwLCAnU2lnbmVkUHJlS2V5LmJvZHkgaXMgZW1wdHknKTtcbiAgICBjaGVja0xlbmd0aCgnU2lnbmVkUHJlS2V5LnNpZ25hdHVyZScsIG0uc2lnbmF0dXJlLCBXSVJFX0xJTUlUUy5zaWduYXR1cmUpO1xuICB9LFxufSk7XG5cbi8qKiBBbiB1bnNpZ25lZCBvbmUtdGltZSBYMjU1MTkgcHJla2V5LiAqL1xuZXhwb3J0IGNvbnN0IG9uZVRpbWVQcmVLZXlDb2RlYyA9IG1lc3NhZ2VDb2RlYyhPbmVUaW1lUHJlS2V5U2NoZW1hLCB7XG4gIG1heEJ5dGVzOiA2NCxcbiAgdmFsaWRhdGU6IGNoZWNrT25lVGltZVByZUtleSxcbn0pO1xuXG4vKiogQSBwcmVrZXkgYnVuZGxlIChzdHJ1Y3R1cmUgb25seTsgc2lnbmF0dXJlcyBhcmUgY2hlY2tlZCBieSB0aGUgc2Vzc2lvbiBsYXllcikuICovXG5leHBvcnQgY29uc3QgcHJlS2V5QnVuZGxlQ29kZWMgPSBtZXNzYWdlQ29kZWMoUHJlS2V5QnVuZGxlU2NoZW1hLCB7XG4gIG1heEJ5dGVzOiA4ICogMTAyNCxcbiAgdmFsaWRhdGU6IChtKSA9PiB7XG4gICAgY2hlY2tWZXJzaW9uKCdQcmVLZXlCdW5kbGUnLCBtLnZlcnNpb24pO1xuICAgIGNoZWNrU2lnbmVkKCdzZWxmX3NpZ25pbmdfY2VydGlmaWNhdGUnLCBtLnNlbGZTaWduaW5nQ2VydGlmaWNhdGUsIHRydWUpO1xuICAgIGNoZWNrU2lnbmVkKCdkZXZpY2VfY2VydGlmaWNhdGUnLCBtLmRldmljZUNlcnRpZmljYXRlLCB0cnVlKTtcbiAgICBjaGVjayhtLnNpZ25lZFByZWtleSAhPT0gdW5kZWZpbmVkLCAnc2lnbmVkX3ByZWtleSBpcyBtaXNzaW5nJyk7XG4gICAgY2hlY2tMZW5ndGgoJ3NpZ25lZF9wcmVrZXkuc2lnbmF0dXJlJywgbS5zaWduZWRQcmVrZXkuc2lnbmF0dXJlLCBXSVJFX0xJTUlUUy5zaWduYXR1cmUpO1xuICAgIGlmIChtLm9uZVRpbWVQcmVrZXkgIT09IHVuZGVmaW5lZCkgY2hlY2tPbmVUaW1lUHJlS2V5KG0ub25lVGltZVByZWtleSk7XG4gICAgY2hlY2sobS5rZW1QcmVrZXkgIT09IHVuZGVmaW5lZCwgJ2tlbV9wcmVrZXkgaXMgbWlzc2luZycpO1xuICAgIGNoZWNrTGVuZ3RoKCdrZW1fcHJla2V5LnNpZ25hdHVyZScsIG0ua2VtUHJla2V5LnNpZ25hdHVyZSwgV0lSRV9MSU1JVFMuc2lnbmF0dXJlKTtcbiAgfSxcbn0pO1xuXG4vKiogVGhlIHZlcnNpb25lZCBvdXRlciBlbnZlbG9wZS4gKi9cbmV4cG9ydCBjb25zdCBlbnZlbG9wZUNvZGVjID0gbWVzc2FnZUNvZGVjKEVudmVsb3BlU2NoZW1hLCB7XG4gIG1heEJ5dGVzOiBXSVJFX0xJTUlUUy5tYXhFbnZlbG9wZUNvbnRlbnQgKyAyNTYsXG4gIHZhbGlkYXRlOiAobSkgPT4ge1xuICAgIGNoZWNrVmVyc2lvbignRW52ZWxvcGUnLCBtLnZlcnNpb24pO1xuICAgIGNoZWNrKFxuICAgICAgbS50eXBlICE9PSBFbnZlbG9wZVR5cGUuVU5TUEVDSUZJRUQgJiYgbS50eXBlIGluIEVudmVsb3BlVHlwZSxcbiAgICAgICdFbnZlbG9wZS50eXBlIGlzIHVua25vd24nLFxuICAgICk7XG4gICAgY2hlY2tMZW5ndGgoJ3NlbmRlcl9kZXZpY2VfaWQnLCBtLnNlbmRlckRldmljZUlkLCBXSVJFX0xJTUlUUy5kZXZpY2VJZCk7XG4gICAgY2hlY2soXG4gICAgICBtLnNlbmRlcklkZW50aXR5S2V5Lmxlbmd0aCA9PT0gMCB8fCBtLnNlbmRlcklkZW50aXR5S2V5Lmxlbmd0aCA9PT0gV0lSRV9MSU1JVFMuaWRlbnRpdHlLZXksXG4gICAgICAnc2VuZGVyX2lkZW50aXR5X2tleSBtdXN0IGJlIGVtcHR5IG9yIDMyIGJ5dGVzJyxcbiAgICApO1xuICAgIGNoZWNrKFxuICAgICAgbS5yZWNpcGllbnREZXZpY2VJZC5sZW5ndGggPT09IDAgfHwgbS5yZWNpcGllbnREZXZpY2VJZC5sZW5ndGggPT09IFdJUkVfTElNSVRTLmRldmljZUlkLFxuICAgICAgJ3JlY2lwaWVudF9kZXZpY2VfaWQgbXVzdCBiZSBlbXB0eSBvciAxNiBieXRlcycsXG4gICAgKTtcbiAgICBjaGVja1NhZmVVNjQoJ3RpbWVzdGFtcF9tcycsIG0udGltZXN0YW1wTXMpO1xuICAgIGNoZWNrTWF4TGVuZ3RoKCdjb250ZW50JywgbS5jb250ZW50LCBXSVJFX0xJTUlUUy5tYXhFbnZlbG9wZUNvbnRlbnQpO1xuICB9LFxufSk7XG5cbmZ1bmN0aW9uIGNoZWNrUmF0Y2hldE1lc3NhZ2UobTogUmF0Y2hldE1lc3NhZ2UgfCB1bmRlZmluZWQsIGZpZWxkOiBzdHJpbmcpOiB2b2lkIHtcbiAgY2hlY2sobSAhPT0gdW5kZWZpbmVkLCBgJHtmaWVsZH0gaXMgbWlzc2luZ2ApO1xuICBjaGVja1ZlcnNpb24oJ1JhdGNoZXRNZXNzYWdlJywgbS52ZXJzaW9uKTtcbiAgY2hlY2soXG4gICAgbS5oZWFkZXIubGVuZ3RoID4gMCAhPT0gbS5lbmNyeXB0ZWRIZWFkZXIubGVuZ3RoID4gMCxcbiAgICBgJHtmaWVsZH06IGV4YWN0bHkgb25lIG9mIGhlYWRlciBhbmQgZW5jcnlwdGVkX2hlYWRlciBtdXN0IGJlIHNldGAsXG4gICk7XG4gIGNoZWNrTWF4TGVuZ3RoKGAke2ZpZWxkfS5oZWFkZXJgLCBtLmhlYWRlciwgNjQpO1xuICAvLyBFbmNyeXB0ZWQgaGVhZGVycyBhcmUgbm9uY2UgKyBBRUFEKGhlYWRlcik6IGJvdW5kZWQsIGFuZCBhdCBsZWFzdCBhIHRhZyBsb25nLlxuICBpZiAobS5lbmNyeXB0ZWRIZWFkZXIubGVuZ3RoID4gMCkge1xuICAgIGNoZWNrKFxuICAgICAgbS5lbmNyeXB0ZWRIZWFkZXIubGVuZ3RoID49IDE2ICYmIG0uZW5jcnlwdGVkSGVhZGVyLmxlbmd0aCA8PSAxMjgsXG4gICAgICBgJHtmaWVsZH0uZW5jcnlwdGVkX2hlYWRlciBoYXMgYSBiYWQgbGVuZ3RoYCxcbiAgICApO1xuICB9XG4gIGNoZWNrKG0uY2lwaGVydGV4dC5sZW5ndGggPj0gMTYsIGAke2ZpZWxkfS5jaXBoZXJ0ZXh0IGlzIHNob3J0ZXIgdGhhbiBhbiBBRUFEIHRhZ2ApO1xuICBjaGVja01heExlbmd0aChgJHtmaWVsZH0uY2lwaGVydGV4dGAsIG0uY2lwaGVydGV4dCwgV0lSRV9MSU1JVFMubWF4RW52ZWxvcGVDb250ZW50KTtcbn1cblxuLyoqIEEgRG91YmxlIFJhdGNoZXQgaGVhZGVyIChwbGFpbnRleHQgZm9ybSkuICovXG5leHBvcnQgY29uc3QgcmF0Y2hldEhlYWRlckNvZGVjID0gbWVzc2FnZUNvZGVjKFJhdGNoZXRIZWFkZXJTY2hlbWEsIHtcbiAgbWF4Qnl0ZXM6IDY0LFxuICB2YWxpZGF0ZTogKG0pID0+IGNoZWNrTGVuZ3RoKCdyYXRjaGV0X2tleScsIG0ucmF0Y2hldEtleSwgMzIpLFxufSk7XG5cbi8qKiBBIERvdWJsZSBSYXRjaGV0IG1lc3NhZ2UuICovXG5leHBvcnQgY29uc3QgcmF0Y2hldE1lc3NhZ2VDb2RlYyA9IG1lc3NhZ2VDb2RlYyhSYXRjaGV0TWVzc2FnZVNjaGVtYSwge1xuICBtYXhCeXRlczogV0lSRV9MSU1JVFMubWF4RW52ZWxvcGVDb250ZW50ICsgMjU2LFxuICB2YWxpZGF0ZTogKG0pID0+IGNoZWNrUmF0Y2hldE1lc3NhZ2UobSwgJ1JhdGNoZXRNZXNzYWdlJyksXG59KTtcblxuLyoqIFRoZSBpbml0aWF0b3IncyBmaXJzdCBtZXNzYWdlIChQUVhESCBpbnB1dHMgKyBmaXJzdCByYXRjaGV0IG1lc3NhZ2UpLiAqL1xuZXhwb3J0IGNvbnN0IHByZUtleU1lc3NhZ2VDb2RlYyA9IG1lc3NhZ2VDb2RlYyhQcmVLZXlNZXNzYWdlU2NoZW1hLCB7XG4gIG1heEJ5dGVzOiBXSVJFX0xJTUlUUy5tYXhFbnZlbG9wZUNvbnRlbnQgKyA0MDk2LFxuICB2YWxpZGF0ZTogKG0pID0+IHtcbiAgICBjaGVja1ZlcnNpb24oJ1ByZUtleU1lc3NhZ2UnLCBtLnZlcnNpb24pO1xuICAgIGNoZWNrU2lnbmVkKCdzZWxmX3NpZ25pbmdfY2VydGlmaWNhdGUnLCBtLnNlbGZTaWduaW5nQ2VydGlmaWNhdGUsIHRydWUpO1xuICAgIGNoZWNrU2lnbmVkKCdkZXZpY2VfY2VydGlmaWNhdGUnLCBtLmRldmljZUNlcnRpZmljYXRlLCB0cnVlKTtcbiAgICBjaGVjayhtLnNpZ25lZFByZWtleUlkID49IDEsICdzaWduZWRfcHJla2V5X2lkIG11c3QgYmUgYXQgbGVhc3QgMScpO1xuICAgIGNoZWNrKG0ua2VtUHJla2V5SWQgPj0gMSwgJ2tlbV9wcmVrZXlfaWQgbXVzdCBiZSBhdCBsZWFzdCAxJyk7XG4gICAgY2hlY2tMZW5ndGgoJ2Jhc2Vfa2V5JywgbS5iYXNlS2V5LCAzMik7XG4gICAgY2hlY2soXG4gICAgICBLRU1fQ0lQSEVSVEVYVF9MRU5HVEhTLmluY2x1ZGVzKG0ua2VtQ2lwaGVydGV4dC5sZW5ndGgpLFxuICAgICAgJ2tlbV9jaXBoZXJ0ZXh0IGhhcyBhIGJhZCBsZW5ndGgnLFxuICAgICk7XG4gICAgY2hlY2tSYXRjaGV0TWVzc2FnZShtLm1lc3NhZ2UsICdtZXNzYWdlJyk7XG4gIH0sXG59KTtcblxuLyoqIEEgc2VuZGVyIGtleSBkaXN0cmlidXRpb24gbWVzc2FnZS4gKi9cbmV4cG9ydCBjb25zdCBzZW5kZXJLZXlEaXN0cmlidXRpb25Db2RlYyA9IG1lc3NhZ2VDb2RlYyhTZW5kZXJLZXlEaXN0cmlidXRpb25TY2hlbWEsIHtcbiAgbWF4Qnl0ZXM6IDI1NixcbiAgdmFsaWRhdGU6IChtKSA9PiB7XG4gICAgY2hlY2tWZXJzaW9uKCdTZW5kZXJLZXlEaXN0cmlidXRpb24nLCBtLnZlcnNpb24pO1xuICAgIGNoZWNrTGVuZ3RoKCdkaXN0cmlidXRpb25faWQnLCBtLmRpc3RyaWJ1dGlvbklkLCAxNik7XG4gICAgY2hlY2tMZW5ndGgoJ2NoYWluX2tleScsIG0uY2hhaW5LZXksIDMyKTtcbiAgICBjaGVja0xlbmd0aCgnc2lnbmluZ19rZXknLCBtLnNpZ25pbmdLZXksIDMyKTtcbiAgfSxcbn0pO1xuXG4vKiogQm9keSBvZiBhIGdyb3VwIChzZW5kZXIga2V5KSBtZXNzYWdlLiAqL1xuZXhwb3J0IGNvbnN0IHNlbmRlcktleU1lc3NhZ2VCb2R5Q29kZWMgPSBtZXNzYWdlQ29kZWMoU2VuZGVyS2V5TWVzc2FnZUJvZHlTY2hlbWEsIHtcbiAgbWF4Qnl0ZXM6IFdJUkVfTElNSVRTLm1heEVudmVsb3BlQ29udGVudCArIDEyOCxcbiAgdmFsaWRhdGU6IChtKSA9PiB7XG4gICAgY2hlY2tWZXJzaW9uKCdTZW5kZXJLZXlNZXNzYWdlQm9keScsIG0udmVyc2lvbik7XG4gICAgY2hlY2tMZW5ndGgoJ2Rpc3RyaWJ1dGlvbl9pZCcsIG0uZGlzdHJpYnV0aW9uSWQsIDE2KTtcbiAgICBjaGVjayhtLmNpcGhlcnRleHQubGVuZ3RoID49IDE2LCAnY2lwaGVydGV4dCBpcyBzaG9ydGVyIHRoYW4gYW4gQUVBRCB0YWcnKTtcbiAgICBjaGVja01heExlbmd0aCgnY2lwaGVydGV4dCcsIG0uY2lwaGVydGV4dCwgV0lSRV9MSU1JVFMubWF4RW52ZWxvcGVDb250ZW50KTtcbiAgfSxcbn0pO1xuXG4vKiogQW4gZW5jcnlwdGVkIHNlc3Npb24gc25hcHNob3QgKHRoZSBzZXNzaW9uIGxheWVyIGRlZmluZXMgdGhlIHBsYWludGV4dCkuICovXG5leHBvcnQgY29uc3Qgc2Vzc2lvblNuYXBzaG90Q29kZWMgPSBtZXNzYWdlQ29kZWMoU2Vzc2lvblNuYXBzaG90U2NoZW1hLCB7XG4gIG1heEJ5dGVzOiA0ICogMTAyNCAqIDEwMjQsXG4gIHZhbGlkYXRlOiAobSkgPT4ge1xuICAgIGNoZWNrKG0udmVyc2lvbiA+PSAxLCAnU2Vzc2lvblNuYXBzaG90LnZlcnNpb24gbXVzdCBiZSBhdCBsZWFzdCAxJyk7XG4gICAgY2hlY2tMZW5ndGgoJ25vbmNlJywgbS5ub25jZSwgV0lSRV9MSU1JVFMuYmFja3VwTm9uY2UpO1xuICAgIGNoZWNrKG0uY2lwaGVydGV4dC5sZW5ndGggPj0gMTYsICdjaXBoZXJ0ZXh0IGlzIHNob3J0ZXIgdGhhbiBhbiBBRUFEIHRhZycpO1xuICB9LFxufSk7XG5cbi8qKiBFdmVyeSBjb2RlYywgZm9yIHByb3BlcnR5IHRlc3RzIGFuZCB0aGUgc3BlYyB0YWJsZS4gKi9cbmV4cG9ydCBjb25zdCBBTExfQ09ERUNTID0ge1xuICBwdWJsaWNLZXlDb2RlYyxcbiAgc2lnbmVkTWVzc2FnZUNvZGVjLFxuICBzZWxmU2lnbmluZ0NlcnRpZmljYXRlQm9keUNvZGVjLFxuICBkZXZpY2VDZXJ0aWZpY2F0ZUJvZHlDb2RlYyxcbiAgcmV2b2NhdGlvbkxpc3RCb2R5Q29kZWMsXG4gIGJhY2t1cEhlYWRlckNvZGVjLFxuICBpZGVudGl0eUJhY2t1cEZpbGVDb2RlYyxcbiAgaWRlbnRpdHlCYWNrdXBDb250ZW50c0NvZGVjLFxuICBjb250YWN0Q2FyZEJvZHlDb2RlYyxcbiAgc2FmZXR5TnVtYmVyUGF5bG9hZENvZGVjLFxuICBwcmVLZXlCb2R5Q29kZWMsXG4gIHNpZ25lZFByZUtleUNvZGVjLFxuICBvbmVUaW1lUHJlS2V5Q29kZWMsXG4gIHByZUtleUJ1bmRsZUNvZGVjLFxuICBlbnZlbG9wZUNvZGVjLFxuICByYXRjaGV0SGVhZGVyQ29kZWMsXG4gIHJhdGNoZXRNZXNzYWdlQ29kZWMsXG4gIHByZUtleU1lc3NhZ2VDb2RlYyxcbiAgc2VuZGVyS2V5RGlzdHJpYnV0aW9uQ29kZWMsXG4gIHNlbmRlcktleU1lc3NhZ2VCb2R5Q29kZWMsXG4gIHNlc3Npb25TbmFwc2hvdENvZGVjLFxufSBhcyBjb25zdDtcblxuZXhwb3J0IHR5cGUgeyBNZXNzYWdlU2hhcGUgfTtcbmV4cG9ydCB7IEJhY2t1cENpcGhlciwgQmFja3VwS2RmLCBFbnZlbG9wZVR5cGUsIEtleUFsZ29yaXRobSwgUmV2b2NhdGlvblJlYXNvbiB9O1xuIiwgImltcG9ydCB7IE5leHVzRXJyb3IgfSBmcm9tICcuLi9pbnRlcmZhY2VzL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7XG4gIEtleUluZm8sXG4gIEtleVN0b3JlLFxuICBTaWduYXR1cmVBbGdvcml0aG0sXG4gIFNpZ25pbmdQdWJsaWNLZXksXG59IGZyb20gJy4uL2ludGVyZmFjZXMva2V5c3RvcmUuanMnO1xuaW1wb3J0IHsgY29uY2F0LCB1dGY4IH0gZnJvbSAnLi4vcHJpbWl0aXZlcy9ieXRlcy5qcyc7XG5pbXBvcnQgeyBjcnlwdG8sIGlzVmFsaWRFZDI1NTE5UG9pbnQsIGlzVmFsaWRQMjU2UG9pbnQgfSBmcm9tICcuLi9wcmltaXRpdmVzL3Byb3ZpZGVyLmpzJztcbmltcG9ydCB7IEtleUFsZ29yaXRobSB9IGZyb20gJy4uL3dpcmUvbWVzc2FnZXMuanMnO1xuaW1wb3J0IHR5cGUgeyBQdWJsaWNLZXkgfSBmcm9tICcuLi93aXJlL2dlbi9uZXh1c2xpbmsvdjEva2V5c19wYi5qcyc7XG5cbi8qKlxuICogRG9tYWluLXNlcGFyYXRpb24gbGFiZWxzOiBhIHNpZ25hdHVyZSBpcyBvdmVyIGBsYWJlbCB8fCAweDAwIHx8IGJvZHlgLCBzb1xuICogYSBzaWduYXR1cmUgbWFkZSBmb3Igb25lIHB1cnBvc2UgaXMgbmV2ZXIgdmFsaWQgZm9yIGFub3RoZXIuXG4gKi9cbmV4cG9ydCBjb25zdCBTSUdOQVRVUkVfTEFCRUxTID0ge1xuICBzZWxmU2lnbmluZ0NlcnRpZmljYXRlOiAnbmV4dXNsaW5rL3YxL3NlbGYtc2lnbmluZy1jZXJ0aWZpY2F0ZScsXG4gIGRldmljZUNlcnRpZmljYXRlOiAnbmV4dXNsaW5rL3YxL2RldmljZS1jZXJ0aWZpY2F0ZScsXG4gIHJldm9jYXRpb25MaXN0OiAnbmV4dXNsaW5rL3YxL3Jldm9jYXRpb24tbGlzdCcsXG4gIGNvbnRhY3RDYXJkOiAnbmV4dXNsaW5rL3YxL2NvbnRhY3QtY2FyZCcsXG4gIHNpZ25lZFByZUtleTogJ25leHVzbGluay92MS9zaWduZWQtcHJla2V5JyxcbiAgc2VuZGVyS2V5TWVzc2FnZTogJ25leHVzbGluay92MS9zZW5kZXIta2V5LW1lc3NhZ2UnLFxuICBhdXRoQ2hhbGxlbmdlOiAnbmV4dXNsaW5rL3YxL2F1dGgtY2hhbGxlbmdlJyxcbn0gYXMgY29uc3Q7XG5cbi8qKiBPbmUgb2Yge0BsaW5rIFNJR05BVFVSRV9MQUJFTFN9LiAqL1xuZXhwb3J0IHR5cGUgU2lnbmF0dXJlTGFiZWwgPSAodHlwZW9mIFNJR05BVFVSRV9MQUJFTFMpW2tleW9mIHR5cGVvZiBTSUdOQVRVUkVfTEFCRUxTXTtcblxuLyoqIFRoZSBleGFjdCBieXRlcyBzaWduZWQgZm9yIGBib2R5YCB1bmRlciBgbGFiZWxgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNpZ25pbmdJbnB1dChsYWJlbDogU2lnbmF0dXJlTGFiZWwsIGJvZHk6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5IHtcbiAgcmV0dXJuIGNvbmNhdCh1dGY4KGxhYmVsKSwgVWludDhBcnJheS5vZigwKSwgYm9keSk7XG59XG5cbi8qKlxuICogU29tZXRoaW5nIHRoYXQgc2lnbnM6IGFuIGlkZW50aXR5LCBvciBhIGtleSBoZWxkIGluIGEge0BsaW5rIEtleVN0b3JlfS5cbiAqIENlcnRpZmljYXRlIGlzc3VlcnMgdGFrZSBhIGBTaWduZXJgLCBzbyB0aGUga2V5IG1heSBsaXZlIGluIGhhcmR3YXJlLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFNpZ25lciB7XG4gIHJlYWRvbmx5IHB1YmxpY0tleTogU2lnbmluZ1B1YmxpY0tleTtcbiAgLyoqIFNpZ24gYG1lc3NhZ2VgIChhbHJlYWR5IGRvbWFpbi1zZXBhcmF0ZWQgYnkgdGhlIGNhbGxlcikuICovXG4gIHNpZ24obWVzc2FnZTogVWludDhBcnJheSk6IFByb21pc2U8VWludDhBcnJheT47XG59XG5cbi8qKiBBIHtAbGluayBTaWduZXJ9IGZvciBrZXkgYGtleWAgb2YgYHN0b3JlYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBrZXlTdG9yZVNpZ25lcihzdG9yZTogS2V5U3RvcmUsIGtleTogS2V5SW5mbyk6IFNpZ25lciB7XG4gIHJldHVybiB7XG4gICAgcHVibGljS2V5OiBrZXkucHVibGljS2V5LFxuICAgIHNpZ246IChtZXNzYWdlKSA9PiBzdG9yZS5zaWduKGtleS5pZCwgbWVzc2FnZSksXG4gIH07XG59XG5cbi8qKlxuICogVmVyaWZ5IGEgc2lnbmF0dXJlIHVuZGVyIGFuIGFsZ29yaXRobS10YWdnZWQga2V5LiBFZDI1NTE5IGlzIHN0cmljdCBSRkNcbiAqIDgwMzI7IFAtMjU2IGFjY2VwdHMgb25seSBsb3ctUyBgciB8fCBzYC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZlcmlmeVNpZ25hdHVyZShcbiAgcHVibGljS2V5OiBTaWduaW5nUHVibGljS2V5LFxuICBtZXNzYWdlOiBVaW50OEFycmF5LFxuICBzaWduYXR1cmU6IFVpbnQ4QXJyYXksXG4pOiBib29sZWFuIHtcbiAgaWYgKHNpZ25hdHVyZS5sZW5ndGggIT09IDY0KSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IGMgPSBjcnlwdG8oKTtcbiAgc3dpdGNoIChwdWJsaWNLZXkuYWxnb3JpdGhtKSB7XG4gICAgY2FzZSAnZWQyNTUxOSc6XG4gICAgICByZXR1cm4gYy5lZDI1NTE5VmVyaWZ5KHB1YmxpY0tleS5ieXRlcywgbWVzc2FnZSwgc2lnbmF0dXJlKTtcbiAgICBjYXNlICdwMjU2JzpcbiAgICAgIHJldHVybiBjLnAyNTZWZXJpZnkocHVibGljS2V5LmJ5dGVzLCBtZXNzYWdlLCBzaWduYXR1cmUpO1xuICAgIGRlZmF1bHQ6XG4gICAgICByZXR1cm4gZmFsc2U7XG4gIH1cbn1cblxuLyoqIFNpZ24gYGJvZHlgIHVuZGVyIGBsYWJlbGAgYW5kIGNoZWNrIHRoZSBzaWduZXIgcmV0dXJuZWQgYSB3ZWxsLWZvcm1lZCBzaWduYXR1cmUuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gc2lnbkxhYmVsbGVkKFxuICBzaWduZXI6IFNpZ25lcixcbiAgbGFiZWw6IFNpZ25hdHVyZUxhYmVsLFxuICBib2R5OiBVaW50OEFycmF5LFxuKTogUHJvbWlzZTxVaW50OEFycmF5PiB7XG4gIGNvbnN0IHNpZ25hdHVyZSA9IGF3YWl0IHNpZ25lci5zaWduKHNpZ25pbmdJbnB1dChsYWJlbCwgYm9keSkpO1xuICBpZiAoIXZlcmlmeVNpZ25hdHVyZShzaWduZXIucHVibGljS2V5LCBzaWduaW5nSW5wdXQobGFiZWwsIGJvZHkpLCBzaWduYXR1cmUpKSB7XG4gICAgLy8gQSBrZXkgc3RvcmUgdGhhdCByZXR1cm5zIGFuIGludmFsaWQgc2lnbmF0dXJlIChzYXksIGhpZ2gtUyBQLTI1NikgaXMgYnJva2VuOyBmYWlsIGxvdWRseSBoZXJlLlxuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdLRVlTVE9SRScsICd0aGUga2V5IHN0b3JlIHJldHVybmVkIGEgc2lnbmF0dXJlIHRoYXQgZG9lcyBub3QgdmVyaWZ5Jyk7XG4gIH1cbiAgcmV0dXJuIHNpZ25hdHVyZTtcbn1cblxuLyoqIFZlcmlmeSBgc2lnbmF0dXJlYCBvdmVyIGBib2R5YCB1bmRlciBgbGFiZWxgLCBvciB0aHJvdyBgQkFEX1NJR05BVFVSRWAuICovXG5leHBvcnQgZnVuY3Rpb24gcmVxdWlyZVNpZ25hdHVyZShcbiAgcHVibGljS2V5OiBTaWduaW5nUHVibGljS2V5LFxuICBsYWJlbDogU2lnbmF0dXJlTGFiZWwsXG4gIGJvZHk6IFVpbnQ4QXJyYXksXG4gIHNpZ25hdHVyZTogVWludDhBcnJheSxcbiAgd2hhdDogc3RyaW5nLFxuKTogdm9pZCB7XG4gIGlmICghdmVyaWZ5U2lnbmF0dXJlKHB1YmxpY0tleSwgc2lnbmluZ0lucHV0KGxhYmVsLCBib2R5KSwgc2lnbmF0dXJlKSkge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdCQURfU0lHTkFUVVJFJywgYCR7d2hhdH06IHNpZ25hdHVyZSBkb2VzIG5vdCB2ZXJpZnlgKTtcbiAgfVxufVxuXG5jb25zdCBUT19XSVJFOiBSZWNvcmQ8U2lnbmF0dXJlQWxnb3JpdGhtLCBLZXlBbGdvcml0aG0+ID0ge1xuICBlZDI1NTE5OiBLZXlBbGdvcml0aG0uRUQyNTUxOSxcbiAgcDI1NjogS2V5QWxnb3JpdGhtLkVDRFNBX1AyNTYsXG59O1xuXG4vKiogV2lyZSBmb3JtIG9mIGEgc2lnbmluZyBrZXkuICovXG5leHBvcnQgZnVuY3Rpb24gdG9XaXJlS2V5KGtleTogU2lnbmluZ1B1YmxpY0tleSk6IHsgYWxnb3JpdGhtOiBLZXlBbGdvcml0aG07IGtleTogVWludDhBcnJheSB9IHtcbiAgcmV0dXJuIHsgYWxnb3JpdGhtOiBUT19XSVJFW2tleS5hbGdvcml0aG1dLCBrZXk6IGtleS5ieXRlcyB9O1xufVxuXG4vKipcbiAqIEEgc2lnbmluZyBrZXkgZnJvbSB0aGUgd2lyZSwgY2hlY2tlZCB0byBiZSBhIHZhbGlkIHBvaW50LlxuICpcbiAqIEB0aHJvd3MgTmV4dXNFcnJvciBgTUFMRk9STUVEYCBmb3IgYW4gdW5rbm93biBhbGdvcml0aG0gb3IgYW4gaW52YWxpZCBwb2ludC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZyb21XaXJlS2V5KGtleTogUHVibGljS2V5IHwgdW5kZWZpbmVkLCBmaWVsZDogc3RyaW5nKTogU2lnbmluZ1B1YmxpY0tleSB7XG4gIGlmIChrZXkgPT09IHVuZGVmaW5lZCkgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ01BTEZPUk1FRCcsIGAke2ZpZWxkfSBpcyBtaXNzaW5nYCk7XG4gIGlmIChrZXkuYWxnb3JpdGhtID09PSBLZXlBbGdvcml0aG0uRUQyNTUxOSAmJiBpc1ZhbGlkRWQyNTUxOVBvaW50KGtleS5rZXkpKSB7XG4gICAgcmV0dXJuIHsgYWxnb3JpdGhtOiAnZWQyNTUxOScsIGJ5dGVzOiBrZXkua2V5IH07XG4gIH1cbiAgaWYgKFxuICAgIGtleS5hbGdvcml0aG0gPT09IEtleUFsZ29yaXRobS5FQ0RTQV9QMjU2ICYmXG4gICAga2V5LmtleS5sZW5ndGggPT09IDMzICYmXG4gICAgaXNWYWxpZFAyNTZQb2ludChrZXkua2V5KVxuICApIHtcbiAgICByZXR1cm4geyBhbGdvcml0aG06ICdwMjU2JywgYnl0ZXM6IGtleS5rZXkgfTtcbiAgfVxuICB0aHJvdyBuZXcgTmV4dXNFcnJvcignTUFMRk9STUVEJywgYCR7ZmllbGR9IGlzIG5vdCBhIHZhbGlkIHNpZ25pbmcga2V5YCk7XG59XG5cbi8qKiBXaGV0aGVyIHR3byBzaWduaW5nIGtleXMgYXJlIHRoZSBzYW1lIGtleS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzYW1lS2V5KGE6IFNpZ25pbmdQdWJsaWNLZXksIGI6IFNpZ25pbmdQdWJsaWNLZXkpOiBib29sZWFuIHtcbiAgaWYgKGEuYWxnb3JpdGhtICE9PSBiLmFsZ29yaXRobSB8fCBhLmJ5dGVzLmxlbmd0aCAhPT0gYi5ieXRlcy5sZW5ndGgpIHJldHVybiBmYWxzZTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBhLmJ5dGVzLmxlbmd0aDsgaSsrKSBpZiAoYS5ieXRlc1tpXSAhPT0gYi5ieXRlc1tpXSkgcmV0dXJuIGZhbHNlO1xuICByZXR1cm4gdHJ1ZTtcbn1cbiIsICJpbXBvcnQgeyBOZXh1c0Vycm9yIH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBDbG9jaywgUmFuZG9tU291cmNlIH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9ydW50aW1lLmpzJztcbmltcG9ydCB0eXBlIHsgU2lnbmluZ1B1YmxpY0tleSB9IGZyb20gJy4uL2ludGVyZmFjZXMva2V5c3RvcmUuanMnO1xuaW1wb3J0IHsgYnl0ZXNFcXVhbCwgdG9IZXggfSBmcm9tICcuLi9wcmltaXRpdmVzL2J5dGVzLmpzJztcbmltcG9ydCB7IGNyeXB0byB9IGZyb20gJy4uL3ByaW1pdGl2ZXMvcHJvdmlkZXIuanMnO1xuaW1wb3J0IHtcbiAgZGV2aWNlQ2VydGlmaWNhdGVCb2R5Q29kZWMsXG4gIEtleUFsZ29yaXRobSxcbiAgUmV2b2NhdGlvblJlYXNvbixcbiAgcmV2b2NhdGlvbkxpc3RCb2R5Q29kZWMsXG4gIHNlbGZTaWduaW5nQ2VydGlmaWNhdGVCb2R5Q29kZWMsXG4gIHNpZ25lZE1lc3NhZ2VDb2RlYyxcbiAgV0lSRV9MSU1JVFMsXG59IGZyb20gJy4uL3dpcmUvbWVzc2FnZXMuanMnO1xuaW1wb3J0IHtcbiAgZnJvbVdpcmVLZXksXG4gIHJlcXVpcmVTaWduYXR1cmUsXG4gIHNhbWVLZXksXG4gIFNJR05BVFVSRV9MQUJFTFMsXG4gIHNpZ25MYWJlbGxlZCxcbiAgdG9XaXJlS2V5LFxufSBmcm9tICcuL3NpZ25pbmcuanMnO1xuaW1wb3J0IHR5cGUgeyBTaWduZXIgfSBmcm9tICcuL3NpZ25pbmcuanMnO1xuaW1wb3J0IHsgcGFyc2VVdWlkLCB1dWlkRnJvbVB1YmxpY0tleSB9IGZyb20gJy4vdXVpZC5qcyc7XG5pbXBvcnQgdHlwZSB7IFV1aWQgfSBmcm9tICcuL3V1aWQuanMnO1xuXG4vKiogVGhlIHN5c3RlbSBjbG9jay4gKi9cbmV4cG9ydCBjb25zdCBzeXN0ZW1DbG9jazogQ2xvY2sgPSB7IG5vdzogKCkgPT4gRGF0ZS5ub3coKSB9O1xuLyoqIFRoZSBwbGF0Zm9ybSdzIHNlY3VyZSByYW5kb20gc291cmNlLiAqL1xuZXhwb3J0IGNvbnN0IHN5c3RlbVJhbmRvbTogUmFuZG9tU291cmNlID0geyByYW5kb21CeXRlczogKG4pID0+IGNyeXB0bygpLnJhbmRvbUJ5dGVzKG4pIH07XG5cbi8qKiBBbiBpZGVudGl0eSBnaXZlbiBhcyBpdHMgVVVJRCBvciBpdHMgMzItYnl0ZSBwdWJsaWMga2V5LiAqL1xuZXhwb3J0IHR5cGUgSWRlbnRpdHlSZWYgPSBVdWlkIHwgc3RyaW5nIHwgVWludDhBcnJheTtcblxuZnVuY3Rpb24gaWRlbnRpdHlLZXlPZihyZWY6IElkZW50aXR5UmVmKTogVWludDhBcnJheSB7XG4gIGlmIChyZWYgaW5zdGFuY2VvZiBVaW50OEFycmF5KSB7XG4gICAgaWYgKHJlZi5sZW5ndGggIT09IDMyKSB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9LRVknLCAnaWRlbnRpdHkga2V5IG11c3QgYmUgMzIgYnl0ZXMnKTtcbiAgICByZXR1cm4gcmVmO1xuICB9XG4gIHJldHVybiBwYXJzZVV1aWQocmVmKS5wdWJsaWNLZXk7XG59XG5cbmZ1bmN0aW9uIG9wdGlvbmFsVGltZShtczogYmlnaW50KTogbnVtYmVyIHwgbnVsbCB7XG4gIHJldHVybiBtcyA9PT0gMG4gPyBudWxsIDogTnVtYmVyKG1zKTtcbn1cblxuLyoqIEEgdGltZXN0YW1wIG9wdGlvbiBhcyBhIHVpbnQ2NCwgb3IgYElOVkFMSURfQVJHVU1FTlRgLiBAaW50ZXJuYWwgKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGVja1RpbWUobmFtZTogc3RyaW5nLCB2YWx1ZTogbnVtYmVyIHwgdW5kZWZpbmVkKTogYmlnaW50IHtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiAwbjtcbiAgaWYgKCFOdW1iZXIuaXNTYWZlSW50ZWdlcih2YWx1ZSkgfHwgdmFsdWUgPCAwKVxuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX0FSR1VNRU5UJywgYCR7bmFtZX0gbXVzdCBiZSBhIG5vbi1uZWdhdGl2ZSBpbnRlZ2VyIChtcylgKTtcbiAgcmV0dXJuIEJpZ0ludCh2YWx1ZSk7XG59XG5cbi8qKlxuICogVGhlIHZlcmlmaWNhdGlvbiB0aW1lIG9mIGBvcHRpb25zYCAoZGVmYXVsdCBub3cpLlxuICpcbiAqIEB0aHJvd3MgTmV4dXNFcnJvciBgSU5WQUxJRF9BUkdVTUVOVGAgZm9yIGEgbm9uLWZpbml0ZSB0aW1lLCB3aGljaCB3b3VsZCBzaWxlbnRseSBkaXNhYmxlIGV4cGlyeS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZlcmlmaWNhdGlvblRpbWUob3B0aW9uczogeyBub3c/OiBudW1iZXIgfSk6IG51bWJlciB7XG4gIGNvbnN0IG5vdyA9IG9wdGlvbnMubm93ID8/IERhdGUubm93KCk7XG4gIGlmICh0eXBlb2Ygbm93ICE9PSAnbnVtYmVyJyB8fCAhTnVtYmVyLmlzRmluaXRlKG5vdykpIHtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9BUkdVTUVOVCcsICd2ZXJpZmljYXRpb24gdGltZSBtdXN0IGJlIGEgZmluaXRlIG51bWJlciBvZiBtcycpO1xuICB9XG4gIHJldHVybiBub3c7XG59XG5cbmZ1bmN0aW9uIHJlcXVpcmVOb3RFeHBpcmVkKGV4cGlyZXNBdDogbnVtYmVyIHwgbnVsbCwgbm93OiBudW1iZXIsIHdoYXQ6IHN0cmluZyk6IHZvaWQge1xuICBpZiAoZXhwaXJlc0F0ICE9PSBudWxsICYmIG5vdyA+PSBleHBpcmVzQXQpIHRocm93IG5ldyBOZXh1c0Vycm9yKCdFWFBJUkVEJywgYCR7d2hhdH0gZXhwaXJlZGApO1xufVxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbi8vIFNlbGYtc2lnbmluZyBrZXkgY2VydGlmaWNhdGVzXG5cbi8qKiBBIGRlY29kZWQgc2VsZi1zaWduaW5nIGtleSBjZXJ0aWZpY2F0ZSAoSUsgXHUyMTkyIFNTSykuICovXG5leHBvcnQgaW50ZXJmYWNlIFNlbGZTaWduaW5nQ2VydGlmaWNhdGUge1xuICAvKiogVGhlIGVuY29kZWQgYFNpZ25lZE1lc3NhZ2VgLCBhcyBzdG9yZWQgYW5kIHRyYW5zbWl0dGVkLiAqL1xuICByZWFkb25seSBieXRlczogVWludDhBcnJheTtcbiAgcmVhZG9ubHkgaWRlbnRpdHlLZXk6IFVpbnQ4QXJyYXk7XG4gIHJlYWRvbmx5IHNpZ25pbmdLZXk6IFNpZ25pbmdQdWJsaWNLZXk7XG4gIHJlYWRvbmx5IGNyZWF0ZWRBdDogbnVtYmVyO1xuICByZWFkb25seSBleHBpcmVzQXQ6IG51bWJlciB8IG51bGw7XG59XG5cbi8qKiBPcHRpb25zIGZvciB7QGxpbmsgaXNzdWVTZWxmU2lnbmluZ0NlcnRpZmljYXRlfS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgSXNzdWVTZWxmU2lnbmluZ0NlcnRpZmljYXRlT3B0aW9ucyB7XG4gIC8qKiBUaGUgaWRlbnRpdHkga2V5IChhbiB7QGxpbmsgSWRlbnRpdHl9KS4gKi9cbiAgcmVhZG9ubHkgaWRlbnRpdHk6IFNpZ25lcjtcbiAgLyoqIFRoZSBzZWxmLXNpZ25pbmcga2V5IHRvIGNlcnRpZnkuICovXG4gIHJlYWRvbmx5IHNpZ25pbmdLZXk6IFNpZ25pbmdQdWJsaWNLZXk7XG4gIHJlYWRvbmx5IGNyZWF0ZWRBdD86IG51bWJlcjtcbiAgcmVhZG9ubHkgZXhwaXJlc0F0PzogbnVtYmVyO1xuICByZWFkb25seSBjbG9jaz86IENsb2NrO1xufVxuXG4vKiogVGhlIGlkZW50aXR5IGtleSBjZXJ0aWZpZXMgYSBzZWxmLXNpZ25pbmcga2V5LiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGlzc3VlU2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZShcbiAgb3B0aW9uczogSXNzdWVTZWxmU2lnbmluZ0NlcnRpZmljYXRlT3B0aW9ucyxcbik6IFByb21pc2U8U2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZT4ge1xuICBpZiAob3B0aW9ucy5pZGVudGl0eS5wdWJsaWNLZXkuYWxnb3JpdGhtICE9PSAnZWQyNTUxOScpXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ1VOU1VQUE9SVEVEX0FMR09SSVRITScsICdpZGVudGl0eSBrZXlzIGFyZSBFZDI1NTE5Jyk7XG4gIGNvbnN0IGNyZWF0ZWRBdCA9IG9wdGlvbnMuY3JlYXRlZEF0ID8/IChvcHRpb25zLmNsb2NrID8/IHN5c3RlbUNsb2NrKS5ub3coKTtcbiAgY29uc3QgYm9keSA9IHNlbGZTaWduaW5nQ2VydGlmaWNhdGVCb2R5Q29kZWMuZW5jb2RlKHtcbiAgICB2ZXJzaW9uOiAxLFxuICAgIGlkZW50aXR5S2V5OiBvcHRpb25zLmlkZW50aXR5LnB1YmxpY0tleS5ieXRlcyxcbiAgICBzaWduaW5nS2V5OiB0b1dpcmVLZXkob3B0aW9ucy5zaWduaW5nS2V5KSxcbiAgICBjcmVhdGVkQXRNczogY2hlY2tUaW1lKCdjcmVhdGVkQXQnLCBjcmVhdGVkQXQpLFxuICAgIGV4cGlyZXNBdE1zOiBjaGVja1RpbWUoJ2V4cGlyZXNBdCcsIG9wdGlvbnMuZXhwaXJlc0F0KSxcbiAgfSk7XG4gIGNvbnN0IHNpZ25hdHVyZSA9IGF3YWl0IHNpZ25MYWJlbGxlZChcbiAgICBvcHRpb25zLmlkZW50aXR5LFxuICAgIFNJR05BVFVSRV9MQUJFTFMuc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSxcbiAgICBib2R5LFxuICApO1xuICByZXR1cm4gZGVjb2RlU2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZShzaWduZWRNZXNzYWdlQ29kZWMuZW5jb2RlKHsgYm9keSwgc2lnbmF0dXJlIH0pKTtcbn1cblxuLyoqIERlY29kZSAod2l0aG91dCB2ZXJpZnlpbmcpIGEgc2VsZi1zaWduaW5nIGtleSBjZXJ0aWZpY2F0ZS4gQHRocm93cyBOZXh1c0Vycm9yIGBNQUxGT1JNRURgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRlY29kZVNlbGZTaWduaW5nQ2VydGlmaWNhdGUoYnl0ZXM6IFVpbnQ4QXJyYXkpOiBTZWxmU2lnbmluZ0NlcnRpZmljYXRlIHtcbiAgY29uc3Qgc2lnbmVkID0gc2lnbmVkTWVzc2FnZUNvZGVjLmRlY29kZShieXRlcyk7XG4gIGNvbnN0IGJvZHkgPSBzZWxmU2lnbmluZ0NlcnRpZmljYXRlQm9keUNvZGVjLmRlY29kZShzaWduZWQuYm9keSk7XG4gIHJldHVybiBPYmplY3QuZnJlZXplKHtcbiAgICBieXRlczogYnl0ZXMuc2xpY2UoKSxcbiAgICBpZGVudGl0eUtleTogYm9keS5pZGVudGl0eUtleSxcbiAgICBzaWduaW5nS2V5OiBmcm9tV2lyZUtleShib2R5LnNpZ25pbmdLZXksICdzaWduaW5nX2tleScpLFxuICAgIGNyZWF0ZWRBdDogTnVtYmVyKGJvZHkuY3JlYXRlZEF0TXMpLFxuICAgIGV4cGlyZXNBdDogb3B0aW9uYWxUaW1lKGJvZHkuZXhwaXJlc0F0TXMpLFxuICB9KTtcbn1cblxuLyoqIE9wdGlvbnMgZm9yIHRoZSB2ZXJpZnkgZnVuY3Rpb25zLiAqL1xuZXhwb3J0IGludGVyZmFjZSBWZXJpZnlPcHRpb25zIHtcbiAgLyoqIFZlcmlmaWNhdGlvbiB0aW1lIGluIG1zOyBkZWZhdWx0IG5vdy4gKi9cbiAgcmVhZG9ubHkgbm93PzogbnVtYmVyO1xufVxuXG4vKipcbiAqIFZlcmlmeSBhIHNlbGYtc2lnbmluZyBrZXkgY2VydGlmaWNhdGUgYWdhaW5zdCB0aGUgaWRlbnRpdHkgaXQgc2hvdWxkIGJlbG9uZyB0by5cbiAqXG4gKiBAdGhyb3dzIE5leHVzRXJyb3IgYE1BTEZPUk1FRGAsIGBVTktOT1dOX0lTU1VFUmAgKGlzc3VlZCBmb3IgYW5vdGhlciBpZGVudGl0eSksXG4gKiAgIGBCQURfU0lHTkFUVVJFYCwgYEVYUElSRURgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gdmVyaWZ5U2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZShcbiAgY2VydGlmaWNhdGU6IFVpbnQ4QXJyYXksXG4gIGlkZW50aXR5OiBJZGVudGl0eVJlZixcbiAgb3B0aW9uczogVmVyaWZ5T3B0aW9ucyA9IHt9LFxuKTogU2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSB7XG4gIGNvbnN0IGlkZW50aXR5S2V5ID0gaWRlbnRpdHlLZXlPZihpZGVudGl0eSk7XG4gIGNvbnN0IHNpZ25lZCA9IHNpZ25lZE1lc3NhZ2VDb2RlYy5kZWNvZGUoY2VydGlmaWNhdGUpO1xuICBjb25zdCBjZXJ0ID0gZGVjb2RlU2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZShjZXJ0aWZpY2F0ZSk7XG4gIGlmICghYnl0ZXNFcXVhbChjZXJ0LmlkZW50aXR5S2V5LCBpZGVudGl0eUtleSkpIHtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignVU5LTk9XTl9JU1NVRVInLCAnc2VsZi1zaWduaW5nIGNlcnRpZmljYXRlIGJlbG9uZ3MgdG8gYW5vdGhlciBpZGVudGl0eScpO1xuICB9XG4gIHJlcXVpcmVTaWduYXR1cmUoXG4gICAgeyBhbGdvcml0aG06ICdlZDI1NTE5JywgYnl0ZXM6IGlkZW50aXR5S2V5IH0sXG4gICAgU0lHTkFUVVJFX0xBQkVMUy5zZWxmU2lnbmluZ0NlcnRpZmljYXRlLFxuICAgIHNpZ25lZC5ib2R5LFxuICAgIHNpZ25lZC5zaWduYXR1cmUsXG4gICAgJ3NlbGYtc2lnbmluZyBjZXJ0aWZpY2F0ZScsXG4gICk7XG4gIHJlcXVpcmVOb3RFeHBpcmVkKGNlcnQuZXhwaXJlc0F0LCB2ZXJpZmljYXRpb25UaW1lKG9wdGlvbnMpLCAnc2VsZi1zaWduaW5nIGNlcnRpZmljYXRlJyk7XG4gIHJldHVybiBjZXJ0O1xufVxuXG4vKipcbiAqIERlY2lkZSB3aGljaCBvZiB0d28gdmVyaWZpZWQgc2VsZi1zaWduaW5nIGNlcnRpZmljYXRlcyBvZiBvbmUgaWRlbnRpdHkgdG9cbiAqIGtlZXAuIE9ubHkgdGhlIGlkZW50aXR5IGtleSBjYW4gbWFrZSBvbmUsIHNvIHRoZSBuZXdlciAoYGNyZWF0ZWRBdGApIHdpbnM6XG4gKiBpc3N1aW5nIGEgbmV3IFNTSyBjZXJ0aWZpY2F0ZSByZXRpcmVzIHRoZSBvbGQgU1NLLCBldmVyeSBkZXZpY2UgaXRcbiAqIGNlcnRpZmllZCBhbmQgZXZlcnkgcmV2b2NhdGlvbiBsaXN0IGl0IHNpZ25lZC4gVmVyaWZpZXJzIHBpbiB0aGUgbmV3ZXN0LlxuICpcbiAqIEByZXR1cm5zIGBpbmNvbWluZ2Agd2hlbiBpdCByZXBsYWNlcyBgY3VycmVudGAsIGBjdXJyZW50YCB3aGVuIHRoZXkgYXJlIHRoZSBzYW1lIGNlcnRpZmljYXRlLlxuICogQHRocm93cyBOZXh1c0Vycm9yIGBTVVBFUlNFREVEYCB3aGVuIGBpbmNvbWluZ2AgaXMgb2xkZXIgdGhhbiBgY3VycmVudGAgb3JcbiAqICAgZGlmZmVycyBmcm9tIGl0IHdpdGggdGhlIHNhbWUgYGNyZWF0ZWRBdGA7IGBVTktOT1dOX0lTU1VFUmAgZm9yIHR3byBpZGVudGl0aWVzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYWNjZXB0U2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZShcbiAgY3VycmVudDogU2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSB8IG51bGwsXG4gIGluY29taW5nOiBTZWxmU2lnbmluZ0NlcnRpZmljYXRlLFxuKTogU2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSB7XG4gIGlmIChjdXJyZW50ID09PSBudWxsKSByZXR1cm4gaW5jb21pbmc7XG4gIGlmICghYnl0ZXNFcXVhbChjdXJyZW50LmlkZW50aXR5S2V5LCBpbmNvbWluZy5pZGVudGl0eUtleSkpIHtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcihcbiAgICAgICdVTktOT1dOX0lTU1VFUicsXG4gICAgICAnc2VsZi1zaWduaW5nIGNlcnRpZmljYXRlcyBiZWxvbmcgdG8gZGlmZmVyZW50IGlkZW50aXRpZXMnLFxuICAgICk7XG4gIH1cbiAgaWYgKGJ5dGVzRXF1YWwoY3VycmVudC5ieXRlcywgaW5jb21pbmcuYnl0ZXMpKSByZXR1cm4gY3VycmVudDtcbiAgaWYgKGluY29taW5nLmNyZWF0ZWRBdCA+IGN1cnJlbnQuY3JlYXRlZEF0KSByZXR1cm4gaW5jb21pbmc7XG4gIHRocm93IG5ldyBOZXh1c0Vycm9yKCdTVVBFUlNFREVEJywgJ3NlbGYtc2lnbmluZyBjZXJ0aWZpY2F0ZSBpcyBvbGRlciB0aGFuIHRoZSBvbmUgYWxyZWFkeSBoZWxkJyk7XG59XG5cbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuLy8gRGV2aWNlIGNlcnRpZmljYXRlc1xuXG4vKiogQSBkZWNvZGVkIGRldmljZSBjZXJ0aWZpY2F0ZSAoU1NLIFx1MjE5MiBkZXZpY2UpLiAqL1xuZXhwb3J0IGludGVyZmFjZSBEZXZpY2VDZXJ0aWZpY2F0ZSB7XG4gIHJlYWRvbmx5IGJ5dGVzOiBVaW50OEFycmF5O1xuICByZWFkb25seSBpZGVudGl0eUtleTogVWludDhBcnJheTtcbiAgLyoqIDE2IGJ5dGVzLiAqL1xuICByZWFkb25seSBkZXZpY2VJZDogVWludDhBcnJheTtcbiAgcmVhZG9ubHkgZGlzcGxheU5hbWU6IHN0cmluZztcbiAgLyoqIFRoZSBkZXZpY2Ugc2lnbmluZyBrZXkgKG1heSBiZSBoYXJkd2FyZS1oZWxkIFAtMjU2KS4gKi9cbiAgcmVhZG9ubHkgc2lnbmluZ0tleTogU2lnbmluZ1B1YmxpY0tleTtcbiAgLyoqIFRoZSBkZXZpY2UgWDI1NTE5IGtleS1hZ3JlZW1lbnQga2V5ICgzMiBieXRlcykuICovXG4gIHJlYWRvbmx5IGtleUFncmVlbWVudEtleTogVWludDhBcnJheTtcbiAgLyoqIFRoZSBzZWxmLXNpZ25pbmcga2V5IHRoYXQgaXNzdWVkIGl0LiAqL1xuICByZWFkb25seSBpc3N1ZXJLZXk6IFNpZ25pbmdQdWJsaWNLZXk7XG4gIHJlYWRvbmx5IGNyZWF0ZWRBdDogbnVtYmVyO1xuICByZWFkb25seSBleHBpcmVzQXQ6IG51bWJlciB8IG51bGw7XG59XG5cbi8qKiBPcHRpb25zIGZvciB7QGxpbmsgaXNzdWVEZXZpY2VDZXJ0aWZpY2F0ZX0uICovXG5leHBvcnQgaW50ZXJmYWNlIElzc3VlRGV2aWNlQ2VydGlmaWNhdGVPcHRpb25zIHtcbiAgLyoqIFRoZSBzZWxmLXNpZ25pbmcga2V5LiAqL1xuICByZWFkb25seSBpc3N1ZXI6IFNpZ25lcjtcbiAgLyoqIFRoZSBpZGVudGl0eSB0aGUgZGV2aWNlIGJlbG9uZ3MgdG8uICovXG4gIHJlYWRvbmx5IGlkZW50aXR5S2V5OiBVaW50OEFycmF5O1xuICAvKiogMTYgYnl0ZXM7IHJhbmRvbSB3aGVuIG9taXR0ZWQuICovXG4gIHJlYWRvbmx5IGRldmljZUlkPzogVWludDhBcnJheTtcbiAgcmVhZG9ubHkgZGlzcGxheU5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgc2lnbmluZ0tleTogU2lnbmluZ1B1YmxpY0tleTtcbiAgLyoqIDMyLWJ5dGUgWDI1NTE5IHB1YmxpYyBrZXkuICovXG4gIHJlYWRvbmx5IGtleUFncmVlbWVudEtleTogVWludDhBcnJheTtcbiAgcmVhZG9ubHkgY3JlYXRlZEF0PzogbnVtYmVyO1xuICByZWFkb25seSBleHBpcmVzQXQ/OiBudW1iZXI7XG4gIHJlYWRvbmx5IGNsb2NrPzogQ2xvY2s7XG4gIHJlYWRvbmx5IHJhbmRvbT86IFJhbmRvbVNvdXJjZTtcbn1cblxuLyoqIFRoZSBzZWxmLXNpZ25pbmcga2V5IGNlcnRpZmllcyBhIGRldmljZS4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBpc3N1ZURldmljZUNlcnRpZmljYXRlKFxuICBvcHRpb25zOiBJc3N1ZURldmljZUNlcnRpZmljYXRlT3B0aW9ucyxcbik6IFByb21pc2U8RGV2aWNlQ2VydGlmaWNhdGU+IHtcbiAgY29uc3QgZGV2aWNlSWQgPVxuICAgIG9wdGlvbnMuZGV2aWNlSWQgPz8gKG9wdGlvbnMucmFuZG9tID8/IHN5c3RlbVJhbmRvbSkucmFuZG9tQnl0ZXMoV0lSRV9MSU1JVFMuZGV2aWNlSWQpO1xuICBjb25zdCBjcmVhdGVkQXQgPSBvcHRpb25zLmNyZWF0ZWRBdCA/PyAob3B0aW9ucy5jbG9jayA/PyBzeXN0ZW1DbG9jaykubm93KCk7XG4gIGxldCBib2R5OiBVaW50OEFycmF5O1xuICB0cnkge1xuICAgIGJvZHkgPSBkZXZpY2VDZXJ0aWZpY2F0ZUJvZHlDb2RlYy5lbmNvZGUoe1xuICAgICAgdmVyc2lvbjogMSxcbiAgICAgIGlkZW50aXR5S2V5OiBvcHRpb25zLmlkZW50aXR5S2V5LFxuICAgICAgZGV2aWNlSWQsXG4gICAgICBkaXNwbGF5TmFtZTogb3B0aW9ucy5kaXNwbGF5TmFtZSxcbiAgICAgIHNpZ25pbmdLZXk6IHRvV2lyZUtleShvcHRpb25zLnNpZ25pbmdLZXkpLFxuICAgICAga2V5QWdyZWVtZW50S2V5OiB7IGFsZ29yaXRobTogS2V5QWxnb3JpdGhtLlgyNTUxOSwga2V5OiBvcHRpb25zLmtleUFncmVlbWVudEtleSB9LFxuICAgICAgaXNzdWVyS2V5OiB0b1dpcmVLZXkob3B0aW9ucy5pc3N1ZXIucHVibGljS2V5KSxcbiAgICAgIGNyZWF0ZWRBdE1zOiBjaGVja1RpbWUoJ2NyZWF0ZWRBdCcsIGNyZWF0ZWRBdCksXG4gICAgICBleHBpcmVzQXRNczogY2hlY2tUaW1lKCdleHBpcmVzQXQnLCBvcHRpb25zLmV4cGlyZXNBdCksXG4gICAgfSk7XG4gIH0gY2F0Y2ggKGNhdXNlKSB7XG4gICAgaWYgKE5leHVzRXJyb3IuaXMoY2F1c2UsICdNQUxGT1JNRUQnKSlcbiAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX0FSR1VNRU5UJywgY2F1c2UubWVzc2FnZSwgeyBjYXVzZSB9KTtcbiAgICB0aHJvdyBjYXVzZTtcbiAgfVxuICBjb25zdCBzaWduYXR1cmUgPSBhd2FpdCBzaWduTGFiZWxsZWQob3B0aW9ucy5pc3N1ZXIsIFNJR05BVFVSRV9MQUJFTFMuZGV2aWNlQ2VydGlmaWNhdGUsIGJvZHkpO1xuICByZXR1cm4gZGVjb2RlRGV2aWNlQ2VydGlmaWNhdGUoc2lnbmVkTWVzc2FnZUNvZGVjLmVuY29kZSh7IGJvZHksIHNpZ25hdHVyZSB9KSk7XG59XG5cbi8qKiBEZWNvZGUgKHdpdGhvdXQgdmVyaWZ5aW5nKSBhIGRldmljZSBjZXJ0aWZpY2F0ZS4gQHRocm93cyBOZXh1c0Vycm9yIGBNQUxGT1JNRURgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRlY29kZURldmljZUNlcnRpZmljYXRlKGJ5dGVzOiBVaW50OEFycmF5KTogRGV2aWNlQ2VydGlmaWNhdGUge1xuICBjb25zdCBzaWduZWQgPSBzaWduZWRNZXNzYWdlQ29kZWMuZGVjb2RlKGJ5dGVzKTtcbiAgY29uc3QgYm9keSA9IGRldmljZUNlcnRpZmljYXRlQm9keUNvZGVjLmRlY29kZShzaWduZWQuYm9keSk7XG4gIHJldHVybiBPYmplY3QuZnJlZXplKHtcbiAgICBieXRlczogYnl0ZXMuc2xpY2UoKSxcbiAgICBpZGVudGl0eUtleTogYm9keS5pZGVudGl0eUtleSxcbiAgICBkZXZpY2VJZDogYm9keS5kZXZpY2VJZCxcbiAgICBkaXNwbGF5TmFtZTogYm9keS5kaXNwbGF5TmFtZSxcbiAgICBzaWduaW5nS2V5OiBmcm9tV2lyZUtleShib2R5LnNpZ25pbmdLZXksICdzaWduaW5nX2tleScpLFxuICAgIGtleUFncmVlbWVudEtleTogYm9keS5rZXlBZ3JlZW1lbnRLZXkhLmtleSxcbiAgICBpc3N1ZXJLZXk6IGZyb21XaXJlS2V5KGJvZHkuaXNzdWVyS2V5LCAnaXNzdWVyX2tleScpLFxuICAgIGNyZWF0ZWRBdDogTnVtYmVyKGJvZHkuY3JlYXRlZEF0TXMpLFxuICAgIGV4cGlyZXNBdDogb3B0aW9uYWxUaW1lKGJvZHkuZXhwaXJlc0F0TXMpLFxuICB9KTtcbn1cblxuLyoqIFdoYXQge0BsaW5rIHZlcmlmeURldmljZUNlcnRpZmljYXRlfSBuZWVkcyBiZXNpZGVzIHRoZSBjZXJ0aWZpY2F0ZS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVmVyaWZ5RGV2aWNlT3B0aW9ucyBleHRlbmRzIFZlcmlmeU9wdGlvbnMge1xuICAvKiogVGhlIGlkZW50aXR5IHRoZSBkZXZpY2UgbXVzdCBiZWxvbmcgdG8uICovXG4gIHJlYWRvbmx5IGlkZW50aXR5OiBJZGVudGl0eVJlZjtcbiAgLyoqIFRoZSBpZGVudGl0eSdzIHNlbGYtc2lnbmluZyBrZXkgY2VydGlmaWNhdGUuICovXG4gIHJlYWRvbmx5IHNlbGZTaWduaW5nQ2VydGlmaWNhdGU6IFVpbnQ4QXJyYXk7XG4gIC8qKiBUaGUgaWRlbnRpdHkncyBuZXdlc3QgcmV2b2NhdGlvbiBsaXN0LCBpZiBhbnkuICovXG4gIHJlYWRvbmx5IHJldm9jYXRpb25MaXN0PzogVWludDhBcnJheSB8IFJldm9jYXRpb25MaXN0IHwgbnVsbDtcbn1cblxuLyoqIEEgZGV2aWNlIGNlcnRpZmljYXRlIHdob3NlIHdob2xlIGNoYWluIHZlcmlmaWVkLiAqL1xuZXhwb3J0IGludGVyZmFjZSBWZXJpZmllZERldmljZSB7XG4gIHJlYWRvbmx5IHV1aWQ6IFV1aWQ7XG4gIHJlYWRvbmx5IGRldmljZTogRGV2aWNlQ2VydGlmaWNhdGU7XG4gIHJlYWRvbmx5IHNlbGZTaWduaW5nOiBTZWxmU2lnbmluZ0NlcnRpZmljYXRlO1xufVxuXG4vKipcbiAqIFZlcmlmeSBJSyBcdTIxOTIgU1NLIFx1MjE5MiBkZXZpY2UsIGV4cGlyeSBvZiBib3RoIGNlcnRpZmljYXRlcywgYW5kIHJldm9jYXRpb24uXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCB7IGRldmljZSB9ID0gdmVyaWZ5RGV2aWNlQ2VydGlmaWNhdGUoY2VydCwgeyBpZGVudGl0eTogdXVpZCwgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZTogc3NrIH0pO1xuICogYGBgXG4gKiBAdGhyb3dzIE5leHVzRXJyb3IgYE1BTEZPUk1FRGAsIGBVTktOT1dOX0lTU1VFUmAsIGBCQURfU0lHTkFUVVJFYCwgYEVYUElSRURgLCBgUkVWT0tFRGAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB2ZXJpZnlEZXZpY2VDZXJ0aWZpY2F0ZShcbiAgY2VydGlmaWNhdGU6IFVpbnQ4QXJyYXksXG4gIG9wdGlvbnM6IFZlcmlmeURldmljZU9wdGlvbnMsXG4pOiBWZXJpZmllZERldmljZSB7XG4gIGNvbnN0IG5vdyA9IHZlcmlmaWNhdGlvblRpbWUob3B0aW9ucyk7XG4gIGNvbnN0IGlkZW50aXR5S2V5ID0gaWRlbnRpdHlLZXlPZihvcHRpb25zLmlkZW50aXR5KTtcbiAgY29uc3Qgc2VsZlNpZ25pbmcgPSB2ZXJpZnlTZWxmU2lnbmluZ0NlcnRpZmljYXRlKG9wdGlvbnMuc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSwgaWRlbnRpdHlLZXksIHtcbiAgICBub3csXG4gIH0pO1xuICBjb25zdCBzaWduZWQgPSBzaWduZWRNZXNzYWdlQ29kZWMuZGVjb2RlKGNlcnRpZmljYXRlKTtcbiAgY29uc3QgZGV2aWNlID0gZGVjb2RlRGV2aWNlQ2VydGlmaWNhdGUoY2VydGlmaWNhdGUpO1xuICBpZiAoIWJ5dGVzRXF1YWwoZGV2aWNlLmlkZW50aXR5S2V5LCBpZGVudGl0eUtleSkpIHtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignVU5LTk9XTl9JU1NVRVInLCAnZGV2aWNlIGNlcnRpZmljYXRlIGJlbG9uZ3MgdG8gYW5vdGhlciBpZGVudGl0eScpO1xuICB9XG4gIGlmICghc2FtZUtleShkZXZpY2UuaXNzdWVyS2V5LCBzZWxmU2lnbmluZy5zaWduaW5nS2V5KSkge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKFxuICAgICAgJ1VOS05PV05fSVNTVUVSJyxcbiAgICAgICdkZXZpY2UgY2VydGlmaWNhdGUgd2FzIG5vdCBpc3N1ZWQgYnkgdGhlIGN1cnJlbnQgc2VsZi1zaWduaW5nIGtleScsXG4gICAgKTtcbiAgfVxuICByZXF1aXJlU2lnbmF0dXJlKFxuICAgIHNlbGZTaWduaW5nLnNpZ25pbmdLZXksXG4gICAgU0lHTkFUVVJFX0xBQkVMUy5kZXZpY2VDZXJ0aWZpY2F0ZSxcbiAgICBzaWduZWQuYm9keSxcbiAgICBzaWduZWQuc2lnbmF0dXJlLFxuICAgICdkZXZpY2UgY2VydGlmaWNhdGUnLFxuICApO1xuICByZXF1aXJlTm90RXhwaXJlZChkZXZpY2UuZXhwaXJlc0F0LCBub3csICdkZXZpY2UgY2VydGlmaWNhdGUnKTtcbiAgaWYgKG9wdGlvbnMucmV2b2NhdGlvbkxpc3QpIHtcbiAgICBjb25zdCBsaXN0ID1cbiAgICAgIG9wdGlvbnMucmV2b2NhdGlvbkxpc3QgaW5zdGFuY2VvZiBVaW50OEFycmF5XG4gICAgICAgID8gdmVyaWZ5UmV2b2NhdGlvbkxpc3Qob3B0aW9ucy5yZXZvY2F0aW9uTGlzdCwge1xuICAgICAgICAgICAgaWRlbnRpdHk6IGlkZW50aXR5S2V5LFxuICAgICAgICAgICAgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZTogc2VsZlNpZ25pbmcuYnl0ZXMsXG4gICAgICAgICAgICBub3csXG4gICAgICAgICAgfSlcbiAgICAgICAgOiBvcHRpb25zLnJldm9jYXRpb25MaXN0O1xuICAgIGlmICghYnl0ZXNFcXVhbChsaXN0LmlkZW50aXR5S2V5LCBpZGVudGl0eUtleSkpXG4gICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignVU5LTk9XTl9JU1NVRVInLCAncmV2b2NhdGlvbiBsaXN0IGJlbG9uZ3MgdG8gYW5vdGhlciBpZGVudGl0eScpO1xuICAgIGlmIChpc1Jldm9rZWQobGlzdCwgZGV2aWNlLmRldmljZUlkKSlcbiAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdSRVZPS0VEJywgJ2RldmljZSBoYXMgYmVlbiByZXZva2VkJyk7XG4gIH1cbiAgcmV0dXJuIE9iamVjdC5mcmVlemUoeyB1dWlkOiB1dWlkRnJvbVB1YmxpY0tleShpZGVudGl0eUtleSksIGRldmljZSwgc2VsZlNpZ25pbmcgfSk7XG59XG5cbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuLy8gUmV2b2NhdGlvbiBsaXN0c1xuXG4vKiogV2h5IGEgZGV2aWNlIHdhcyByZXZva2VkLiAqL1xuZXhwb3J0IHR5cGUgUmV2b2NhdGlvblJlYXNvbk5hbWUgPSAndW5zcGVjaWZpZWQnIHwgJ2xvc3QnIHwgJ2NvbXByb21pc2VkJyB8ICdyZXRpcmVkJztcblxuY29uc3QgUkVBU09OUzogUmVjb3JkPFJldm9jYXRpb25SZWFzb25OYW1lLCBSZXZvY2F0aW9uUmVhc29uPiA9IHtcbiAgdW5zcGVjaWZpZWQ6IFJldm9jYXRpb25SZWFzb24uVU5TUEVDSUZJRUQsXG4gIGxvc3Q6IFJldm9jYXRpb25SZWFzb24uTE9TVCxcbiAgY29tcHJvbWlzZWQ6IFJldm9jYXRpb25SZWFzb24uQ09NUFJPTUlTRUQsXG4gIHJldGlyZWQ6IFJldm9jYXRpb25SZWFzb24uUkVUSVJFRCxcbn07XG5jb25zdCBSRUFTT05fTkFNRVMgPSBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMoUkVBU09OUykubWFwKChbaywgdl0pID0+IFt2LCBrXSkpIGFzIFJlY29yZDxcbiAgbnVtYmVyLFxuICBSZXZvY2F0aW9uUmVhc29uTmFtZVxuPjtcblxuLyoqIE9uZSByZXZva2VkIGRldmljZS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmV2b2tlZERldmljZSB7XG4gIHJlYWRvbmx5IGRldmljZUlkOiBVaW50OEFycmF5O1xuICByZWFkb25seSByZXZva2VkQXQ6IG51bWJlcjtcbiAgcmVhZG9ubHkgcmVhc29uOiBSZXZvY2F0aW9uUmVhc29uTmFtZTtcbn1cblxuLyoqIEEgZGVjb2RlZCByZXZvY2F0aW9uIGxpc3QuICovXG5leHBvcnQgaW50ZXJmYWNlIFJldm9jYXRpb25MaXN0IHtcbiAgcmVhZG9ubHkgYnl0ZXM6IFVpbnQ4QXJyYXk7XG4gIHJlYWRvbmx5IGlkZW50aXR5S2V5OiBVaW50OEFycmF5O1xuICByZWFkb25seSBzZXJpYWw6IG51bWJlcjtcbiAgcmVhZG9ubHkgaXNzdWVkQXQ6IG51bWJlcjtcbiAgcmVhZG9ubHkgZGV2aWNlczogcmVhZG9ubHkgUmV2b2tlZERldmljZVtdO1xuICByZWFkb25seSBpc3N1ZXJLZXk6IFNpZ25pbmdQdWJsaWNLZXk7XG59XG5cbi8qKiBPcHRpb25zIGZvciB7QGxpbmsgaXNzdWVSZXZvY2F0aW9uTGlzdH0uICovXG5leHBvcnQgaW50ZXJmYWNlIElzc3VlUmV2b2NhdGlvbkxpc3RPcHRpb25zIHtcbiAgLyoqIFRoZSBzZWxmLXNpZ25pbmcga2V5IG9yIHRoZSBpZGVudGl0eSBrZXkuICovXG4gIHJlYWRvbmx5IGlzc3VlcjogU2lnbmVyO1xuICByZWFkb25seSBpZGVudGl0eUtleTogVWludDhBcnJheTtcbiAgLyoqIFRoZSBsaXN0IHRoaXMgb25lIHJlcGxhY2VzOyBpdHMgZGV2aWNlcyBhcmUgY2FycmllZCBvdmVyIGFuZCBpdHMgc2VyaWFsIGluY3JlbWVudGVkLiAqL1xuICByZWFkb25seSBwcmV2aW91cz86IFJldm9jYXRpb25MaXN0IHwgbnVsbDtcbiAgLyoqIERldmljZXMgdG8gYWRkLiAqL1xuICByZWFkb25seSByZXZva2U6IHJlYWRvbmx5IHtcbiAgICBkZXZpY2VJZDogVWludDhBcnJheTtcbiAgICByZWFzb24/OiBSZXZvY2F0aW9uUmVhc29uTmFtZTtcbiAgICByZXZva2VkQXQ/OiBudW1iZXI7XG4gIH1bXTtcbiAgcmVhZG9ubHkgaXNzdWVkQXQ/OiBudW1iZXI7XG4gIHJlYWRvbmx5IGNsb2NrPzogQ2xvY2s7XG59XG5cbmZ1bmN0aW9uIGNvbXBhcmVCeXRlcyhhOiBVaW50OEFycmF5LCBiOiBVaW50OEFycmF5KTogbnVtYmVyIHtcbiAgY29uc3QgbiA9IE1hdGgubWluKGEubGVuZ3RoLCBiLmxlbmd0aCk7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgbjsgaSsrKSBpZiAoYVtpXSAhPT0gYltpXSkgcmV0dXJuIGFbaV0hIC0gYltpXSE7XG4gIHJldHVybiBhLmxlbmd0aCAtIGIubGVuZ3RoO1xufVxuXG4vKipcbiAqIElzc3VlIHRoZSBuZXh0IHJldm9jYXRpb24gbGlzdDogZXZlcnkgZGV2aWNlIG9mIGBwcmV2aW91c2AgcGx1cyBgcmV2b2tlYCxcbiAqIHdpdGggc2VyaWFsIGBwcmV2aW91cy5zZXJpYWwgKyAxYCAob3IgMSkuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBpc3N1ZVJldm9jYXRpb25MaXN0KFxuICBvcHRpb25zOiBJc3N1ZVJldm9jYXRpb25MaXN0T3B0aW9ucyxcbik6IFByb21pc2U8UmV2b2NhdGlvbkxpc3Q+IHtcbiAgY29uc3QgaXNzdWVkQXQgPSBvcHRpb25zLmlzc3VlZEF0ID8/IChvcHRpb25zLmNsb2NrID8/IHN5c3RlbUNsb2NrKS5ub3coKTtcbiAgY29uc3QgYnlJZCA9IG5ldyBNYXA8XG4gICAgc3RyaW5nLFxuICAgIHsgZGV2aWNlSWQ6IFVpbnQ4QXJyYXk7IHJldm9rZWRBdE1zOiBiaWdpbnQ7IHJlYXNvbjogUmV2b2NhdGlvblJlYXNvbiB9XG4gID4oKTtcbiAgZm9yIChjb25zdCBkIG9mIG9wdGlvbnMucHJldmlvdXM/LmRldmljZXMgPz8gW10pIHtcbiAgICBieUlkLnNldCh0b0hleChkLmRldmljZUlkKSwge1xuICAgICAgZGV2aWNlSWQ6IGQuZGV2aWNlSWQsXG4gICAgICByZXZva2VkQXRNczogQmlnSW50KGQucmV2b2tlZEF0KSxcbiAgICAgIHJlYXNvbjogUkVBU09OU1tkLnJlYXNvbl0sXG4gICAgfSk7XG4gIH1cbiAgZm9yIChjb25zdCBkIG9mIG9wdGlvbnMucmV2b2tlKSB7XG4gICAgaWYgKCEoZC5kZXZpY2VJZCBpbnN0YW5jZW9mIFVpbnQ4QXJyYXkpIHx8IGQuZGV2aWNlSWQubGVuZ3RoICE9PSBXSVJFX0xJTUlUUy5kZXZpY2VJZCkge1xuICAgICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfQVJHVU1FTlQnLCAnZGV2aWNlIGlkIG11c3QgYmUgMTYgYnl0ZXMnKTtcbiAgICB9XG4gICAgY29uc3Qga2V5ID0gdG9IZXgoZC5kZXZpY2VJZCk7XG4gICAgaWYgKCFieUlkLmhhcyhrZXkpKSB7XG4gICAgICBieUlkLnNldChrZXksIHtcbiAgICAgICAgZGV2aWNlSWQ6IGQuZGV2aWNlSWQsXG4gICAgICAgIHJldm9rZWRBdE1zOiBjaGVja1RpbWUoJ3Jldm9rZWRBdCcsIGQucmV2b2tlZEF0ID8/IGlzc3VlZEF0KSxcbiAgICAgICAgcmVhc29uOiBSRUFTT05TW2QucmVhc29uID8/ICd1bnNwZWNpZmllZCddLFxuICAgICAgfSk7XG4gICAgfVxuICB9XG4gIGNvbnN0IGRldmljZXMgPSBbLi4uYnlJZC52YWx1ZXMoKV0uc29ydCgoYSwgYikgPT4gY29tcGFyZUJ5dGVzKGEuZGV2aWNlSWQsIGIuZGV2aWNlSWQpKTtcbiAgbGV0IGJvZHk6IFVpbnQ4QXJyYXk7XG4gIHRyeSB7XG4gICAgYm9keSA9IHJldm9jYXRpb25MaXN0Qm9keUNvZGVjLmVuY29kZSh7XG4gICAgICB2ZXJzaW9uOiAxLFxuICAgICAgaWRlbnRpdHlLZXk6IG9wdGlvbnMuaWRlbnRpdHlLZXksXG4gICAgICBzZXJpYWw6IEJpZ0ludCgob3B0aW9ucy5wcmV2aW91cz8uc2VyaWFsID8/IDApICsgMSksXG4gICAgICBpc3N1ZWRBdE1zOiBjaGVja1RpbWUoJ2lzc3VlZEF0JywgaXNzdWVkQXQpLFxuICAgICAgZGV2aWNlcyxcbiAgICAgIGlzc3VlcktleTogdG9XaXJlS2V5KG9wdGlvbnMuaXNzdWVyLnB1YmxpY0tleSksXG4gICAgfSk7XG4gIH0gY2F0Y2ggKGNhdXNlKSB7XG4gICAgaWYgKE5leHVzRXJyb3IuaXMoY2F1c2UsICdNQUxGT1JNRUQnKSlcbiAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX0FSR1VNRU5UJywgY2F1c2UubWVzc2FnZSwgeyBjYXVzZSB9KTtcbiAgICB0aHJvdyBjYXVzZTtcbiAgfVxuICBjb25zdCBzaWduYXR1cmUgPSBhd2FpdCBzaWduTGFiZWxsZWQob3B0aW9ucy5pc3N1ZXIsIFNJR05BVFVSRV9MQUJFTFMucmV2b2NhdGlvbkxpc3QsIGJvZHkpO1xuICByZXR1cm4gZGVjb2RlUmV2b2NhdGlvbkxpc3Qoc2lnbmVkTWVzc2FnZUNvZGVjLmVuY29kZSh7IGJvZHksIHNpZ25hdHVyZSB9KSk7XG59XG5cbi8qKiBEZWNvZGUgKHdpdGhvdXQgdmVyaWZ5aW5nKSBhIHJldm9jYXRpb24gbGlzdC4gQHRocm93cyBOZXh1c0Vycm9yIGBNQUxGT1JNRURgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRlY29kZVJldm9jYXRpb25MaXN0KGJ5dGVzOiBVaW50OEFycmF5KTogUmV2b2NhdGlvbkxpc3Qge1xuICBjb25zdCBzaWduZWQgPSBzaWduZWRNZXNzYWdlQ29kZWMuZGVjb2RlKGJ5dGVzKTtcbiAgY29uc3QgYm9keSA9IHJldm9jYXRpb25MaXN0Qm9keUNvZGVjLmRlY29kZShzaWduZWQuYm9keSk7XG4gIHJldHVybiBPYmplY3QuZnJlZXplKHtcbiAgICBieXRlczogYnl0ZXMuc2xpY2UoKSxcbiAgICBpZGVudGl0eUtleTogYm9keS5pZGVudGl0eUtleSxcbiAgICBzZXJpYWw6IE51bWJlcihib2R5LnNlcmlhbCksXG4gICAgaXNzdWVkQXQ6IE51bWJlcihib2R5Lmlzc3VlZEF0TXMpLFxuICAgIGRldmljZXM6IE9iamVjdC5mcmVlemUoXG4gICAgICBib2R5LmRldmljZXMubWFwKChkKSA9PlxuICAgICAgICBPYmplY3QuZnJlZXplKHtcbiAgICAgICAgICBkZXZpY2VJZDogZC5kZXZpY2VJZCxcbiAgICAgICAgICByZXZva2VkQXQ6IE51bWJlcihkLnJldm9rZWRBdE1zKSxcbiAgICAgICAgICByZWFzb246IFJFQVNPTl9OQU1FU1tkLnJlYXNvbl0hLFxuICAgICAgICB9KSxcbiAgICAgICksXG4gICAgKSxcbiAgICBpc3N1ZXJLZXk6IGZyb21XaXJlS2V5KGJvZHkuaXNzdWVyS2V5LCAnaXNzdWVyX2tleScpLFxuICB9KTtcbn1cblxuLyoqIFdoYXQge0BsaW5rIHZlcmlmeVJldm9jYXRpb25MaXN0fSBuZWVkcy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVmVyaWZ5UmV2b2NhdGlvbkxpc3RPcHRpb25zIGV4dGVuZHMgVmVyaWZ5T3B0aW9ucyB7XG4gIHJlYWRvbmx5IGlkZW50aXR5OiBJZGVudGl0eVJlZjtcbiAgLyoqIE5lZWRlZCB3aGVuIHRoZSBsaXN0IGlzIHNpZ25lZCBieSB0aGUgc2VsZi1zaWduaW5nIGtleS4gKi9cbiAgcmVhZG9ubHkgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZT86IFVpbnQ4QXJyYXk7XG59XG5cbi8qKlxuICogVmVyaWZ5IGEgcmV2b2NhdGlvbiBsaXN0IGlzc3VlZCBieSB0aGUgaWRlbnRpdHkga2V5IG9yIGl0cyBjdXJyZW50XG4gKiBzZWxmLXNpZ25pbmcga2V5LlxuICpcbiAqIEB0aHJvd3MgTmV4dXNFcnJvciBgTUFMRk9STUVEYCwgYFVOS05PV05fSVNTVUVSYCwgYEJBRF9TSUdOQVRVUkVgLCBgRVhQSVJFRGAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB2ZXJpZnlSZXZvY2F0aW9uTGlzdChcbiAgbGlzdDogVWludDhBcnJheSxcbiAgb3B0aW9uczogVmVyaWZ5UmV2b2NhdGlvbkxpc3RPcHRpb25zLFxuKTogUmV2b2NhdGlvbkxpc3Qge1xuICBjb25zdCBpZGVudGl0eUtleSA9IGlkZW50aXR5S2V5T2Yob3B0aW9ucy5pZGVudGl0eSk7XG4gIGNvbnN0IHNpZ25lZCA9IHNpZ25lZE1lc3NhZ2VDb2RlYy5kZWNvZGUobGlzdCk7XG4gIGNvbnN0IGRlY29kZWQgPSBkZWNvZGVSZXZvY2F0aW9uTGlzdChsaXN0KTtcbiAgaWYgKCFieXRlc0VxdWFsKGRlY29kZWQuaWRlbnRpdHlLZXksIGlkZW50aXR5S2V5KSlcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignVU5LTk9XTl9JU1NVRVInLCAncmV2b2NhdGlvbiBsaXN0IGJlbG9uZ3MgdG8gYW5vdGhlciBpZGVudGl0eScpO1xuICBjb25zdCBpazogU2lnbmluZ1B1YmxpY0tleSA9IHsgYWxnb3JpdGhtOiAnZWQyNTUxOScsIGJ5dGVzOiBpZGVudGl0eUtleSB9O1xuICBsZXQgaXNzdWVyOiBTaWduaW5nUHVibGljS2V5O1xuICBpZiAoc2FtZUtleShkZWNvZGVkLmlzc3VlcktleSwgaWspKSB7XG4gICAgaXNzdWVyID0gaWs7XG4gIH0gZWxzZSB7XG4gICAgaWYgKG9wdGlvbnMuc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcihcbiAgICAgICAgJ1VOS05PV05fSVNTVUVSJyxcbiAgICAgICAgJ3Jldm9jYXRpb24gbGlzdCBpcyBzaWduZWQgYnkgYSBzZWxmLXNpZ25pbmcga2V5IGFuZCBub25lIHdhcyBnaXZlbicsXG4gICAgICApO1xuICAgIH1cbiAgICBjb25zdCBzc2sgPSB2ZXJpZnlTZWxmU2lnbmluZ0NlcnRpZmljYXRlKG9wdGlvbnMuc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSwgaWRlbnRpdHlLZXksIG9wdGlvbnMpO1xuICAgIGlmICghc2FtZUtleShkZWNvZGVkLmlzc3VlcktleSwgc3NrLnNpZ25pbmdLZXkpKVxuICAgICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoXG4gICAgICAgICdVTktOT1dOX0lTU1VFUicsXG4gICAgICAgICdyZXZvY2F0aW9uIGxpc3QgaXNzdWVyIGlzIG5vdCB0aGUgaWRlbnRpdHkgb3IgaXRzIHNlbGYtc2lnbmluZyBrZXknLFxuICAgICAgKTtcbiAgICBpc3N1ZXIgPSBzc2suc2lnbmluZ0tleTtcbiAgfVxuICByZXF1aXJlU2lnbmF0dXJlKFxuICAgIGlzc3VlcixcbiAgICBTSUdOQVRVUkVfTEFCRUxTLnJldm9jYXRpb25MaXN0LFxuICAgIHNpZ25lZC5ib2R5LFxuICAgIHNpZ25lZC5zaWduYXR1cmUsXG4gICAgJ3Jldm9jYXRpb24gbGlzdCcsXG4gICk7XG4gIHJldHVybiBkZWNvZGVkO1xufVxuXG4vKiogV2hldGhlciBgZGV2aWNlSWRgIGlzIG9uIGBsaXN0YC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc1Jldm9rZWQobGlzdDogUmV2b2NhdGlvbkxpc3QsIGRldmljZUlkOiBVaW50OEFycmF5KTogYm9vbGVhbiB7XG4gIHJldHVybiBsaXN0LmRldmljZXMuc29tZSgoZCkgPT4gYnl0ZXNFcXVhbChkLmRldmljZUlkLCBkZXZpY2VJZCkpO1xufVxuXG4vKipcbiAqIERlY2lkZSB3aGljaCBvZiB0d28gdmVyaWZpZWQgbGlzdHMgb2Ygb25lIGlkZW50aXR5IHRvIGtlZXAuIEEgbmV3ZXIgbGlzdFxuICogKGhpZ2hlciBzZXJpYWwsIGNvbnRhaW5pbmcgZXZlcnkgZGV2aWNlIG9mIHRoZSBvbGRlcikgcmVwbGFjZXMgdGhlIGN1cnJlbnRcbiAqIG9uZTsgYW4gb2xkZXIgbGlzdCBuZXZlciBvdmVycmlkZXMgYSBuZXdlciBvbmUuIFBhc3MgdGhlIGlkZW50aXR5J3MgY3VycmVudFxuICogc2VsZi1zaWduaW5nIGNlcnRpZmljYXRlIHNvIGEgbGlzdCBzaWduZWQgYnkgYSByZXRpcmVkIFNTSyBnaXZlcyB3YXkuXG4gKlxuICogQHJldHVybnMgYGluY29taW5nYCB3aGVuIGl0IHJlcGxhY2VzIGBjdXJyZW50YCwgYGN1cnJlbnRgIHdoZW4gdGhleSBhcmUgdGhlIHNhbWUgbGlzdC5cbiAqIEB0aHJvd3MgTmV4dXNFcnJvciBgU1RBTEVfUkVWT0NBVElPTl9MSVNUYCBmb3IgYW4gb2xkZXIgc2VyaWFsLCBhIGRpZmZlcmVudFxuICogICBsaXN0IHdpdGggdGhlIHNhbWUgc2VyaWFsLCBvciBhIG5ld2VyIGxpc3QgdGhhdCBkcm9wcyByZXZva2VkIGRldmljZXMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhY2NlcHRSZXZvY2F0aW9uTGlzdChcbiAgY3VycmVudDogUmV2b2NhdGlvbkxpc3QgfCBudWxsLFxuICBpbmNvbWluZzogUmV2b2NhdGlvbkxpc3QsXG4gIG9wdGlvbnM6IHsgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZT86IFNlbGZTaWduaW5nQ2VydGlmaWNhdGUgfSA9IHt9LFxuKTogUmV2b2NhdGlvbkxpc3Qge1xuICBpZiAoaW5jb21pbmcgPT09IG51bGwgfHwgdHlwZW9mIGluY29taW5nICE9PSAnb2JqZWN0Jykge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX0FSR1VNRU5UJywgJ2luY29taW5nIHJldm9jYXRpb24gbGlzdCBpcyByZXF1aXJlZCcpO1xuICB9XG4gIGlmIChjdXJyZW50ID09PSBudWxsKSByZXR1cm4gaW5jb21pbmc7XG4gIGNvbnN0IHNzayA9IG9wdGlvbnMuc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZTtcbiAgaWYgKHNzayAmJiBieXRlc0VxdWFsKHNzay5pZGVudGl0eUtleSwgY3VycmVudC5pZGVudGl0eUtleSkpIHtcbiAgICAvLyBBIGxpc3Qgc2lnbmVkIGJ5IGEgcmV0aXJlZCBTU0sgbm8gbG9uZ2VyIGNvdW50czogdGhlIG5ldyBTU0sncyBsaXN0cyBzdGFydCBhZnJlc2guXG4gICAgY29uc3QgaWs6IFNpZ25pbmdQdWJsaWNLZXkgPSB7IGFsZ29yaXRobTogJ2VkMjU1MTknLCBieXRlczogY3VycmVudC5pZGVudGl0eUtleSB9O1xuICAgIGlmICghc2FtZUtleShjdXJyZW50Lmlzc3VlcktleSwgaWspICYmICFzYW1lS2V5KGN1cnJlbnQuaXNzdWVyS2V5LCBzc2suc2lnbmluZ0tleSkpXG4gICAgICByZXR1cm4gaW5jb21pbmc7XG4gIH1cbiAgaWYgKCFieXRlc0VxdWFsKGN1cnJlbnQuaWRlbnRpdHlLZXksIGluY29taW5nLmlkZW50aXR5S2V5KSkge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdVTktOT1dOX0lTU1VFUicsICdyZXZvY2F0aW9uIGxpc3RzIGJlbG9uZyB0byBkaWZmZXJlbnQgaWRlbnRpdGllcycpO1xuICB9XG4gIGlmIChpbmNvbWluZy5zZXJpYWwgPCBjdXJyZW50LnNlcmlhbCkge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKFxuICAgICAgJ1NUQUxFX1JFVk9DQVRJT05fTElTVCcsXG4gICAgICBgcmV2b2NhdGlvbiBsaXN0IHNlcmlhbCAke2luY29taW5nLnNlcmlhbH0gaXMgb2xkZXIgdGhhbiAke2N1cnJlbnQuc2VyaWFsfWAsXG4gICAgKTtcbiAgfVxuICBpZiAoaW5jb21pbmcuc2VyaWFsID09PSBjdXJyZW50LnNlcmlhbCkge1xuICAgIGlmIChieXRlc0VxdWFsKGluY29taW5nLmJ5dGVzLCBjdXJyZW50LmJ5dGVzKSkgcmV0dXJuIGN1cnJlbnQ7XG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoXG4gICAgICAnU1RBTEVfUkVWT0NBVElPTl9MSVNUJyxcbiAgICAgIGB0d28gZGlmZmVyZW50IHJldm9jYXRpb24gbGlzdHMgY2xhaW0gc2VyaWFsICR7aW5jb21pbmcuc2VyaWFsfWAsXG4gICAgKTtcbiAgfVxuICBmb3IgKGNvbnN0IGQgb2YgY3VycmVudC5kZXZpY2VzKSB7XG4gICAgaWYgKCFpc1Jldm9rZWQoaW5jb21pbmcsIGQuZGV2aWNlSWQpKSB7XG4gICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignU1RBTEVfUkVWT0NBVElPTl9MSVNUJywgJ25ld2VyIHJldm9jYXRpb24gbGlzdCBkcm9wcyBhIHJldm9rZWQgZGV2aWNlJyk7XG4gICAgfVxuICB9XG4gIHJldHVybiBpbmNvbWluZztcbn1cbiIsICJpbXBvcnQgeyBOZXh1c0Vycm9yIH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBLZXlTdG9yZSwgU2lnbmF0dXJlQWxnb3JpdGhtIH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9rZXlzdG9yZS5qcyc7XG5pbXBvcnQgdHlwZSB7IENsb2NrLCBSYW5kb21Tb3VyY2UgfSBmcm9tICcuLi9pbnRlcmZhY2VzL3J1bnRpbWUuanMnO1xuaW1wb3J0IHsgaXNzdWVEZXZpY2VDZXJ0aWZpY2F0ZSB9IGZyb20gJy4vY2VydGlmaWNhdGVzLmpzJztcbmltcG9ydCB0eXBlIHsgRGV2aWNlQ2VydGlmaWNhdGUgfSBmcm9tICcuL2NlcnRpZmljYXRlcy5qcyc7XG5pbXBvcnQgeyBLZXlBZ3JlZW1lbnRLZXlQYWlyIH0gZnJvbSAnLi9rZXktYWdyZWVtZW50LmpzJztcbmltcG9ydCB7IGtleVN0b3JlU2lnbmVyIH0gZnJvbSAnLi9zaWduaW5nLmpzJztcbmltcG9ydCB0eXBlIHsgU2lnbmVyIH0gZnJvbSAnLi9zaWduaW5nLmpzJztcblxuLyoqIE9wdGlvbnMgZm9yIHtAbGluayBjZXJ0aWZ5TmV3RGV2aWNlfS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ2VydGlmeU5ld0RldmljZU9wdGlvbnMge1xuICAvKiogV2hlcmUgdGhlIGRldmljZSBzaWduaW5nIGtleSBpcyBjcmVhdGVkIChhbmQgc3RheXMsIGlmIHRoZSBzdG9yZSBpcyBoYXJkd2FyZSkuICovXG4gIHJlYWRvbmx5IGtleVN0b3JlOiBLZXlTdG9yZTtcbiAgLyoqIFRoZSBpZGVudGl0eSdzIHNlbGYtc2lnbmluZyBrZXkuICovXG4gIHJlYWRvbmx5IHNlbGZTaWduaW5nS2V5OiBTaWduZXI7XG4gIC8qKiBUaGUgaWRlbnRpdHkgcHVibGljIGtleSAoMzIgYnl0ZXMpLiAqL1xuICByZWFkb25seSBpZGVudGl0eUtleTogVWludDhBcnJheTtcbiAgLyoqIFVURi04LCBhdCBtb3N0IDY0IGJ5dGVzLiAqL1xuICByZWFkb25seSBkaXNwbGF5TmFtZTogc3RyaW5nO1xuICAvKiogUHJlZmVycmVkIHNpZ25pbmcgYWxnb3JpdGhtczsgZGVmYXVsdCBgWydlZDI1NTE5JywgJ3AyNTYnXWAsIHNvIGhhcmR3YXJlIHRoYXQgb25seSBkb2VzIFAtMjU2IHN0aWxsIHdvcmtzLiAqL1xuICByZWFkb25seSBhbGdvcml0aG1zPzogcmVhZG9ubHkgU2lnbmF0dXJlQWxnb3JpdGhtW107XG4gIHJlYWRvbmx5IGV4cGlyZXNBdD86IG51bWJlcjtcbiAgcmVhZG9ubHkgY2xvY2s/OiBDbG9jaztcbiAgcmVhZG9ubHkgcmFuZG9tPzogUmFuZG9tU291cmNlO1xufVxuXG4vKiogQSBuZXdseSBjZXJ0aWZpZWQgZGV2aWNlLiAqL1xuZXhwb3J0IGludGVyZmFjZSBOZXdEZXZpY2Uge1xuICByZWFkb25seSBjZXJ0aWZpY2F0ZTogRGV2aWNlQ2VydGlmaWNhdGU7XG4gIC8qKiBJZCBvZiB0aGUgZGV2aWNlIHNpZ25pbmcga2V5IGluIHRoZSBrZXkgc3RvcmUuICovXG4gIHJlYWRvbmx5IHNpZ25pbmdLZXlJZDogc3RyaW5nO1xuICAvKiogVGhlIGRldmljZSdzIFgyNTUxOSBrZXktYWdyZWVtZW50IGtleSBwYWlyOyBwZXJzaXN0IGl0cyBzZWNyZXQgZW5jcnlwdGVkLiAqL1xuICByZWFkb25seSBrZXlBZ3JlZW1lbnRLZXk6IEtleUFncmVlbWVudEtleVBhaXI7XG59XG5cbi8qKlxuICogQ3JlYXRlIGEgZGV2aWNlIHNpZ25pbmcga2V5IGluc2lkZSBga2V5U3RvcmVgIChub24tZXh0cmFjdGFibGUpLCBhIGZyZXNoXG4gKiBYMjU1MTkga2V5LWFncmVlbWVudCBrZXksIGFuZCBhIGRldmljZSBjZXJ0aWZpY2F0ZSBmcm9tIHRoZSBzZWxmLXNpZ25pbmcga2V5LlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3QgZGV2aWNlID0gYXdhaXQgY2VydGlmeU5ld0RldmljZSh7IGtleVN0b3JlLCBzZWxmU2lnbmluZ0tleSwgaWRlbnRpdHlLZXk6IGlkZW50aXR5LnB1YmxpY0tleS5ieXRlcywgZGlzcGxheU5hbWU6ICdsYXB0b3AnIH0pO1xuICogYGBgXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjZXJ0aWZ5TmV3RGV2aWNlKG9wdGlvbnM6IENlcnRpZnlOZXdEZXZpY2VPcHRpb25zKTogUHJvbWlzZTxOZXdEZXZpY2U+IHtcbiAgY29uc3Qga2V5ID0gYXdhaXQgb3B0aW9ucy5rZXlTdG9yZS5jcmVhdGVLZXkoe1xuICAgIGFsZ29yaXRobXM6IG9wdGlvbnMuYWxnb3JpdGhtcyA/PyBbJ2VkMjU1MTknLCAncDI1NiddLFxuICAgIGxhYmVsOiBgbmV4dXNsaW5rIGRldmljZSAke29wdGlvbnMuZGlzcGxheU5hbWV9YCxcbiAgfSk7XG4gIGNvbnN0IGtleUFncmVlbWVudEtleSA9IEtleUFncmVlbWVudEtleVBhaXIuZ2VuZXJhdGUoKTtcbiAgdHJ5IHtcbiAgICBjb25zdCBjZXJ0aWZpY2F0ZSA9IGF3YWl0IGlzc3VlRGV2aWNlQ2VydGlmaWNhdGUoe1xuICAgICAgaXNzdWVyOiBvcHRpb25zLnNlbGZTaWduaW5nS2V5LFxuICAgICAgaWRlbnRpdHlLZXk6IG9wdGlvbnMuaWRlbnRpdHlLZXksXG4gICAgICBkaXNwbGF5TmFtZTogb3B0aW9ucy5kaXNwbGF5TmFtZSxcbiAgICAgIHNpZ25pbmdLZXk6IGtleS5wdWJsaWNLZXksXG4gICAgICBrZXlBZ3JlZW1lbnRLZXk6IGtleUFncmVlbWVudEtleS5wdWJsaWNLZXksXG4gICAgICAuLi4ob3B0aW9ucy5leHBpcmVzQXQgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBleHBpcmVzQXQ6IG9wdGlvbnMuZXhwaXJlc0F0IH0pLFxuICAgICAgLi4uKG9wdGlvbnMuY2xvY2sgPyB7IGNsb2NrOiBvcHRpb25zLmNsb2NrIH0gOiB7fSksXG4gICAgICAuLi4ob3B0aW9ucy5yYW5kb20gPyB7IHJhbmRvbTogb3B0aW9ucy5yYW5kb20gfSA6IHt9KSxcbiAgICB9KTtcbiAgICByZXR1cm4geyBjZXJ0aWZpY2F0ZSwgc2lnbmluZ0tleUlkOiBrZXkuaWQsIGtleUFncmVlbWVudEtleSB9O1xuICB9IGNhdGNoIChlcnIpIHtcbiAgICAvLyBOb3RoaW5nIGhhbGYtbWFkZSBpcyBsZWZ0IGJlaGluZCBpbiB0aGUga2V5IHN0b3JlLlxuICAgIGF3YWl0IG9wdGlvbnMua2V5U3RvcmUuZGVsZXRlS2V5KGtleS5pZCk7XG4gICAga2V5QWdyZWVtZW50S2V5LmRlc3Ryb3koKTtcbiAgICB0aHJvdyBlcnI7XG4gIH1cbn1cblxuLyoqIEEge0BsaW5rIFNpZ25lcn0gZm9yIGEgZGV2aWNlJ3Mga2V5IGluIGl0cyBrZXkgc3RvcmUuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gZGV2aWNlU2lnbmVyKGtleVN0b3JlOiBLZXlTdG9yZSwgc2lnbmluZ0tleUlkOiBzdHJpbmcpOiBQcm9taXNlPFNpZ25lcj4ge1xuICBjb25zdCBrZXkgPSBhd2FpdCBrZXlTdG9yZS5nZXRLZXkoc2lnbmluZ0tleUlkKTtcbiAgaWYgKGtleSA9PT0gbnVsbClcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignS0VZX05PVF9GT1VORCcsICdkZXZpY2Ugc2lnbmluZyBrZXkgaXMgbm90IGluIHRoZSBrZXkgc3RvcmUnKTtcbiAgcmV0dXJuIGtleVN0b3JlU2lnbmVyKGtleVN0b3JlLCBrZXkpO1xufVxuIiwgImltcG9ydCB7IE5leHVzRXJyb3IgfSBmcm9tICcuLi9pbnRlcmZhY2VzL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7XG4gIENyZWF0ZUtleU9wdGlvbnMsXG4gIEtleUluZm8sXG4gIEtleVN0b3JlLFxuICBTaWduYXR1cmVBbGdvcml0aG0sXG59IGZyb20gJy4uL2ludGVyZmFjZXMva2V5c3RvcmUuanMnO1xuaW1wb3J0IHsgZnJvbUhleCwgdG9IZXgsIHdpcGUgfSBmcm9tICcuLi9wcmltaXRpdmVzL2J5dGVzLmpzJztcbmltcG9ydCB7IGNyeXB0byB9IGZyb20gJy4uL3ByaW1pdGl2ZXMvcHJvdmlkZXIuanMnO1xuaW1wb3J0IHsgSU5TUEVDVCB9IGZyb20gJy4uL2lkZW50aXR5L3JlZGFjdC5qcyc7XG5cbi8qKlxuICogQSBwZXJzaXN0ZWQgc29mdHdhcmUga2V5LiBDb250YWlucyB0aGUgcHJpdmF0ZSBrZXk6IHN0b3JlIGl0IG9ubHlcbiAqIGVuY3J5cHRlZCAodGhlIENMSSBrZWVwcyBpdCBpbnNpZGUgYW4gZW5jcnlwdGVkIHN0YXRlIGZpbGUpLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFNvZnR3YXJlS2V5UmVjb3JkIHtcbiAgcmVhZG9ubHkgaWQ6IHN0cmluZztcbiAgcmVhZG9ubHkgYWxnb3JpdGhtOiBTaWduYXR1cmVBbGdvcml0aG07XG4gIC8qKiBIZXggb2YgdGhlIDMyLWJ5dGUgcHJpdmF0ZSBrZXkgKEVkMjU1MTkgc2VlZCBvciBQLTI1NiBzY2FsYXIpLiAqL1xuICByZWFkb25seSBwcml2YXRlS2V5OiBzdHJpbmc7XG4gIHJlYWRvbmx5IGV4dHJhY3RhYmxlOiBib29sZWFuO1xuICByZWFkb25seSBsYWJlbDogc3RyaW5nO1xufVxuXG4vKiogT3B0aW9ucyBmb3Ige0BsaW5rIHNvZnR3YXJlS2V5U3RvcmV9LiAqL1xuZXhwb3J0IGludGVyZmFjZSBTb2Z0d2FyZUtleVN0b3JlT3B0aW9ucyB7XG4gIC8qKiBLZXlzIHRvIHN0YXJ0IHdpdGggKGZyb20gYW4gZWFybGllciB7QGxpbmsgU29mdHdhcmVLZXlTdG9yZU9wdGlvbnMub25DaGFuZ2V9KS4gKi9cbiAgcmVhZG9ubHkga2V5cz86IHJlYWRvbmx5IFNvZnR3YXJlS2V5UmVjb3JkW107XG4gIC8qKiBDYWxsZWQgd2l0aCBldmVyeSBrZXkgYWZ0ZXIgZWFjaCBjaGFuZ2UsIHNvIHRoZSBjYWxsZXIgY2FuIHBlcnNpc3QgdGhlbSAoZW5jcnlwdGVkKS4gKi9cbiAgcmVhZG9ubHkgb25DaGFuZ2U/OiAoa2V5czogU29mdHdhcmVLZXlSZWNvcmRbXSkgPT4gdm9pZCB8IFByb21pc2U8dm9pZD47XG59XG5cbmludGVyZmFjZSBFbnRyeSB7XG4gIGluZm86IEtleUluZm87XG4gIHNlY3JldDogVWludDhBcnJheTtcbn1cblxuY29uc3QgQUxHT1JJVEhNUzogcmVhZG9ubHkgU2lnbmF0dXJlQWxnb3JpdGhtW10gPSBbJ2VkMjU1MTknLCAncDI1NiddO1xuXG5mdW5jdGlvbiBwdWJsaWNLZXlPZihhbGdvcml0aG06IFNpZ25hdHVyZUFsZ29yaXRobSwgc2VjcmV0OiBVaW50OEFycmF5KTogVWludDhBcnJheSB7XG4gIHJldHVybiBhbGdvcml0aG0gPT09ICdlZDI1NTE5J1xuICAgID8gY3J5cHRvKCkuZWQyNTUxOVB1YmxpY0tleShzZWNyZXQpXG4gICAgOiBjcnlwdG8oKS5wMjU2UHVibGljS2V5KHNlY3JldCk7XG59XG5cbmZ1bmN0aW9uIG5ld1NlY3JldChhbGdvcml0aG06IFNpZ25hdHVyZUFsZ29yaXRobSk6IFVpbnQ4QXJyYXkge1xuICAvLyBBIHJhbmRvbSAzMi1ieXRlIHN0cmluZyBpcyBhIHZhbGlkIEVkMjU1MTkgc2VlZDsgZm9yIFAtMjU2IHJldHJ5IHRoZVxuICAvLyBuZWdsaWdpYmxlIGNoYW5jZSBvZiBhIHNjYWxhciBvdXRzaWRlIFsxLCBuKS5cbiAgZm9yICg7Oykge1xuICAgIGNvbnN0IHNlY3JldCA9IGNyeXB0bygpLnJhbmRvbUJ5dGVzKDMyKTtcbiAgICBpZiAoYWxnb3JpdGhtID09PSAnZWQyNTUxOScpIHJldHVybiBzZWNyZXQ7XG4gICAgdHJ5IHtcbiAgICAgIHB1YmxpY0tleU9mKCdwMjU2Jywgc2VjcmV0KTtcbiAgICAgIHJldHVybiBzZWNyZXQ7XG4gICAgfSBjYXRjaCB7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gIH1cbn1cblxuY2xhc3MgU29mdHdhcmVLZXlTdG9yZSBpbXBsZW1lbnRzIEtleVN0b3JlIHtcbiAgcmVhZG9ubHkga2luZCA9ICdzb2Z0d2FyZSc7XG4gIHJlYWRvbmx5ICNrZXlzID0gbmV3IE1hcDxzdHJpbmcsIEVudHJ5PigpO1xuICByZWFkb25seSAjb25DaGFuZ2U6IFNvZnR3YXJlS2V5U3RvcmVPcHRpb25zWydvbkNoYW5nZSddO1xuXG4gIGNvbnN0cnVjdG9yKG9wdGlvbnM6IFNvZnR3YXJlS2V5U3RvcmVPcHRpb25zKSB7XG4gICAgdGhpcy4jb25DaGFuZ2UgPSBvcHRpb25zLm9uQ2hhbmdlO1xuICAgIGZvciAoY29uc3QgcmVjb3JkIG9mIG9wdGlvbnMua2V5cyA/PyBbXSkge1xuICAgICAgaWYgKCFBTEdPUklUSE1TLmluY2x1ZGVzKHJlY29yZC5hbGdvcml0aG0pKVxuICAgICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignVU5TVVBQT1JURURfQUxHT1JJVEhNJywgYHVua25vd24gYWxnb3JpdGhtICR7cmVjb3JkLmFsZ29yaXRobX1gKTtcbiAgICAgIGNvbnN0IHNlY3JldCA9IGZyb21IZXgocmVjb3JkLnByaXZhdGVLZXkpO1xuICAgICAgaWYgKHNlY3JldC5sZW5ndGggIT09IDMyKVxuICAgICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9LRVknLCAnc29mdHdhcmUga2V5IHJlY29yZCBoYXMgYSBiYWQgcHJpdmF0ZSBrZXknKTtcbiAgICAgIGxldCBwdWJsaWNLZXk6IFVpbnQ4QXJyYXk7XG4gICAgICB0cnkge1xuICAgICAgICBwdWJsaWNLZXkgPSBwdWJsaWNLZXlPZihyZWNvcmQuYWxnb3JpdGhtLCBzZWNyZXQpO1xuICAgICAgfSBjYXRjaCAoY2F1c2UpIHtcbiAgICAgICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfS0VZJywgJ3NvZnR3YXJlIGtleSByZWNvcmQgaGFzIGEgYmFkIHByaXZhdGUga2V5JywgeyBjYXVzZSB9KTtcbiAgICAgIH1cbiAgICAgIHRoaXMuI2tleXMuc2V0KHJlY29yZC5pZCwge1xuICAgICAgICBzZWNyZXQsXG4gICAgICAgIGluZm86IE9iamVjdC5mcmVlemUoe1xuICAgICAgICAgIGlkOiByZWNvcmQuaWQsXG4gICAgICAgICAgYWxnb3JpdGhtOiByZWNvcmQuYWxnb3JpdGhtLFxuICAgICAgICAgIHB1YmxpY0tleTogT2JqZWN0LmZyZWV6ZSh7IGFsZ29yaXRobTogcmVjb3JkLmFsZ29yaXRobSwgYnl0ZXM6IHB1YmxpY0tleSB9KSxcbiAgICAgICAgICBleHRyYWN0YWJsZTogcmVjb3JkLmV4dHJhY3RhYmxlLFxuICAgICAgICAgIGxhYmVsOiByZWNvcmQubGFiZWwsXG4gICAgICAgIH0pLFxuICAgICAgfSk7XG4gICAgfVxuICB9XG5cbiAgYXN5bmMgc3VwcG9ydGVkQWxnb3JpdGhtcygpOiBQcm9taXNlPHJlYWRvbmx5IFNpZ25hdHVyZUFsZ29yaXRobVtdPiB7XG4gICAgcmV0dXJuIEFMR09SSVRITVM7XG4gIH1cblxuICBhc3luYyBjcmVhdGVLZXkob3B0aW9uczogQ3JlYXRlS2V5T3B0aW9ucyA9IHt9KTogUHJvbWlzZTxLZXlJbmZvPiB7XG4gICAgY29uc3QgYWxnb3JpdGhtID0gKG9wdGlvbnMuYWxnb3JpdGhtcyA/PyBBTEdPUklUSE1TKS5maW5kKChhKSA9PiBBTEdPUklUSE1TLmluY2x1ZGVzKGEpKTtcbiAgICBpZiAoYWxnb3JpdGhtID09PSB1bmRlZmluZWQpXG4gICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcihcbiAgICAgICAgJ1VOU1VQUE9SVEVEX0FMR09SSVRITScsXG4gICAgICAgICdub25lIG9mIHRoZSByZXF1ZXN0ZWQgYWxnb3JpdGhtcyBpcyBzdXBwb3J0ZWQnLFxuICAgICAgKTtcbiAgICBjb25zdCBzZWNyZXQgPSBuZXdTZWNyZXQoYWxnb3JpdGhtKTtcbiAgICBjb25zdCBpZCA9IHRvSGV4KGNyeXB0bygpLnJhbmRvbUJ5dGVzKDE2KSk7XG4gICAgY29uc3QgaW5mbzogS2V5SW5mbyA9IE9iamVjdC5mcmVlemUoe1xuICAgICAgaWQsXG4gICAgICBhbGdvcml0aG0sXG4gICAgICBwdWJsaWNLZXk6IE9iamVjdC5mcmVlemUoeyBhbGdvcml0aG0sIGJ5dGVzOiBwdWJsaWNLZXlPZihhbGdvcml0aG0sIHNlY3JldCkgfSksXG4gICAgICBleHRyYWN0YWJsZTogb3B0aW9ucy5leHRyYWN0YWJsZSA/PyBmYWxzZSxcbiAgICAgIGxhYmVsOiBvcHRpb25zLmxhYmVsID8/ICcnLFxuICAgIH0pO1xuICAgIHRoaXMuI2tleXMuc2V0KGlkLCB7IGluZm8sIHNlY3JldCB9KTtcbiAgICB0cnkge1xuICAgICAgYXdhaXQgdGhpcy4jY2hhbmdlZCgpO1xuICAgIH0gY2F0Y2ggKGVycikge1xuICAgICAgLy8gTm90IHBlcnNpc3RlZCwgc28gbm90IGNyZWF0ZWQ6IHRoZSBjYWxsZXIgbXVzdCBub3QgY29tZSB0byByZWx5IG9uIGl0LlxuICAgICAgdGhpcy4ja2V5cy5kZWxldGUoaWQpO1xuICAgICAgd2lwZShzZWNyZXQpO1xuICAgICAgdGhyb3cgZXJyO1xuICAgIH1cbiAgICByZXR1cm4gaW5mbztcbiAgfVxuXG4gIGFzeW5jIGdldEtleShpZDogc3RyaW5nKTogUHJvbWlzZTxLZXlJbmZvIHwgbnVsbD4ge1xuICAgIHJldHVybiB0aGlzLiNrZXlzLmdldChpZCk/LmluZm8gPz8gbnVsbDtcbiAgfVxuXG4gIGFzeW5jIGxpc3RLZXlzKCk6IFByb21pc2U8S2V5SW5mb1tdPiB7XG4gICAgcmV0dXJuIFsuLi50aGlzLiNrZXlzLnZhbHVlcygpXS5tYXAoKGUpID0+IGUuaW5mbyk7XG4gIH1cblxuICBhc3luYyBzaWduKGlkOiBzdHJpbmcsIG1lc3NhZ2U6IFVpbnQ4QXJyYXkpOiBQcm9taXNlPFVpbnQ4QXJyYXk+IHtcbiAgICBjb25zdCBlbnRyeSA9IHRoaXMuI2VudHJ5KGlkKTtcbiAgICByZXR1cm4gZW50cnkuaW5mby5hbGdvcml0aG0gPT09ICdlZDI1NTE5J1xuICAgICAgPyBjcnlwdG8oKS5lZDI1NTE5U2lnbihlbnRyeS5zZWNyZXQsIG1lc3NhZ2UpXG4gICAgICA6IGNyeXB0bygpLnAyNTZTaWduKGVudHJ5LnNlY3JldCwgbWVzc2FnZSk7XG4gIH1cblxuICBhc3luYyBleHBvcnRQcml2YXRlS2V5KGlkOiBzdHJpbmcpOiBQcm9taXNlPFVpbnQ4QXJyYXk+IHtcbiAgICBjb25zdCBlbnRyeSA9IHRoaXMuI2VudHJ5KGlkKTtcbiAgICBpZiAoIWVudHJ5LmluZm8uZXh0cmFjdGFibGUpXG4gICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignS0VZX05PVF9FWFRSQUNUQUJMRScsICdrZXkgd2FzIGNyZWF0ZWQgbm9uLWV4dHJhY3RhYmxlJyk7XG4gICAgcmV0dXJuIGVudHJ5LnNlY3JldC5zbGljZSgpO1xuICB9XG5cbiAgYXN5bmMgZGVsZXRlS2V5KGlkOiBzdHJpbmcpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBjb25zdCBlbnRyeSA9IHRoaXMuI2tleXMuZ2V0KGlkKTtcbiAgICBpZiAoIWVudHJ5KSByZXR1cm47XG4gICAgd2lwZShlbnRyeS5zZWNyZXQpO1xuICAgIHRoaXMuI2tleXMuZGVsZXRlKGlkKTtcbiAgICBhd2FpdCB0aGlzLiNjaGFuZ2VkKCk7XG4gIH1cblxuICAjZW50cnkoaWQ6IHN0cmluZyk6IEVudHJ5IHtcbiAgICBjb25zdCBlbnRyeSA9IHRoaXMuI2tleXMuZ2V0KGlkKTtcbiAgICBpZiAoIWVudHJ5KSB0aHJvdyBuZXcgTmV4dXNFcnJvcignS0VZX05PVF9GT1VORCcsICdubyBzdWNoIGtleScpO1xuICAgIHJldHVybiBlbnRyeTtcbiAgfVxuXG4gIGFzeW5jICNjaGFuZ2VkKCk6IFByb21pc2U8dm9pZD4ge1xuICAgIGlmICghdGhpcy4jb25DaGFuZ2UpIHJldHVybjtcbiAgICBjb25zdCByZWNvcmRzID0gWy4uLnRoaXMuI2tleXMudmFsdWVzKCldLm1hcCgoZSkgPT4gKHtcbiAgICAgIGlkOiBlLmluZm8uaWQsXG4gICAgICBhbGdvcml0aG06IGUuaW5mby5hbGdvcml0aG0sXG4gICAgICBwcml2YXRlS2V5OiB0b0hleChlLnNlY3JldCksXG4gICAgICBleHRyYWN0YWJsZTogZS5pbmZvLmV4dHJhY3RhYmxlLFxuICAgICAgbGFiZWw6IGUuaW5mby5sYWJlbCxcbiAgICB9KSk7XG4gICAgdHJ5IHtcbiAgICAgIGF3YWl0IHRoaXMuI29uQ2hhbmdlKHJlY29yZHMpO1xuICAgIH0gY2F0Y2ggKGNhdXNlKSB7XG4gICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignS0VZU1RPUkUnLCAncGVyc2lzdGluZyB0aGUgc29mdHdhcmUga2V5IHN0b3JlIGZhaWxlZCcsIHsgY2F1c2UgfSk7XG4gICAgfVxuICB9XG5cbiAgdG9KU09OKCk6IHsga2luZDogc3RyaW5nOyBrZXlzOiBudW1iZXIgfSB7XG4gICAgcmV0dXJuIHsga2luZDogdGhpcy5raW5kLCBrZXlzOiB0aGlzLiNrZXlzLnNpemUgfTtcbiAgfVxuXG4gIHRvU3RyaW5nKCk6IHN0cmluZyB7XG4gICAgcmV0dXJuIGBTb2Z0d2FyZUtleVN0b3JlKCR7dGhpcy4ja2V5cy5zaXplfSBrZXlzKWA7XG4gIH1cblxuICBbSU5TUEVDVF0oKTogc3RyaW5nIHtcbiAgICByZXR1cm4gdGhpcy50b1N0cmluZygpO1xuICB9XG59XG5cbi8qKlxuICogQSBrZXkgc3RvcmUgdGhhdCBrZWVwcyBrZXlzIGluIG1lbW9yeSwgaW1wbGVtZW50ZWQgd2l0aCBub2JsZS4gS2V5cyBtYXJrZWRcbiAqIG5vbi1leHRyYWN0YWJsZSBhcmUgbmV2ZXIgcmV0dXJuZWQgYnkgYGV4cG9ydFByaXZhdGVLZXlgLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3Qgc3RvcmUgPSBzb2Z0d2FyZUtleVN0b3JlKCk7XG4gKiBjb25zdCBrZXkgPSBhd2FpdCBzdG9yZS5jcmVhdGVLZXkoeyBhbGdvcml0aG1zOiBbJ2VkMjU1MTknXSB9KTtcbiAqIGNvbnN0IHNpZyA9IGF3YWl0IHN0b3JlLnNpZ24oa2V5LmlkLCBtZXNzYWdlKTtcbiAqIGBgYFxuICovXG5leHBvcnQgZnVuY3Rpb24gc29mdHdhcmVLZXlTdG9yZShvcHRpb25zOiBTb2Z0d2FyZUtleVN0b3JlT3B0aW9ucyA9IHt9KTogS2V5U3RvcmUge1xuICByZXR1cm4gbmV3IFNvZnR3YXJlS2V5U3RvcmUob3B0aW9ucyk7XG59XG4iLCAiLyoqXG4gKiBFdmVyeSBsYWJlbCBhbmQgbGltaXQgb2YgdGhlIHNlc3Npb24gbGF5ZXIsIGFzIHNwZWMvcHF4ZGgubWQsXG4gKiBzcGVjL3JhdGNoZXQubWQgYW5kIHNwZWMvc2VuZGVyLWtleXMubWQgc3RhdGUgdGhlbS5cbiAqL1xuZXhwb3J0IGNvbnN0IExJTUlUUyA9IHtcbiAgLyoqIE1vc3QgbWVzc2FnZSBrZXlzIG9uZSBpbmNvbWluZyBtZXNzYWdlIG1heSBtYWtlIHVzIHNraXAgaW4gYSBjaGFpbiAoRG91YmxlIFJhdGNoZXQgTUFYX1NLSVApLiAqL1xuICBtYXhTa2lwOiAyMDAwLFxuICAvKiogTW9zdCBza2lwcGVkIG1lc3NhZ2Uga2V5cyBrZXB0IHBlciBzZXNzaW9uIChvciBwZXIgc2VuZGVyIGtleSk7IHRoZSBvbGRlc3QgYXJlIGV2aWN0ZWQgZmlyc3QuICovXG4gIG1heFN0b3JlZFNraXBwZWRLZXlzOiAyMDAwLFxuICAvKiogU2tpcHBlZCBtZXNzYWdlIGtleXMgb2xkZXIgdGhhbiB0aGlzIGFyZSBkZWxldGVkIChtcyk6IDMwIGRheXMuICovXG4gIHNraXBwZWRLZXlMaWZldGltZU1zOiAzMCAqIDI0ICogNjAgKiA2MCAqIDEwMDAsXG4gIC8qKiBIb3cgbWFueSBmb3Jnb3R0ZW4gKGV4cGlyZWQgb3IgZXZpY3RlZCkgbWVzc2FnZSBudW1iZXJzIGFyZSByZW1lbWJlcmVkIGZvciBwcmVjaXNlIGVycm9ycy4gKi9cbiAgbWF4Rm9yZ290dGVuOiAyMDAwLFxuICAvKiogUGFzdCByZWNlaXZpbmcgY2hhaW5zIHJlbWVtYmVyZWQgcGVyIHNlc3Npb24sIHRvIHJlcG9ydCBsYXRlIGR1cGxpY2F0ZXMgcHJlY2lzZWx5LiAqL1xuICBtYXhQcmV2aW91c0NoYWluczogMjAsXG4gIC8qKiBBcmNoaXZlZCBzZXNzaW9uIHN0YXRlcyBrZXB0IHBlciByZW1vdGUgZGV2aWNlIChzaW11bHRhbmVvdXMgaW5pdGlhdGlvbiwgaGVhbGluZykuICovXG4gIG1heEFyY2hpdmVkU3RhdGVzOiAxMCxcbiAgLyoqIFNlbmRlciBrZXkgY2hhaW5zIGtlcHQgcGVyIChzZW5kZXIsIGRpc3RyaWJ1dGlvbikgYWNyb3NzIHJvdGF0aW9ucy4gKi9cbiAgbWF4U2VuZGVyS2V5U3RhdGVzOiA1LFxuICAvKiogTWluaW11bSB0aW1lIGJldHdlZW4gdHdvIGF1dG9tYXRpYyBzZXNzaW9uIHJlc2V0IHJlcXVlc3RzIGZvciBvbmUgcmVtb3RlIGRldmljZSAobXMpOiAxIGhvdXIuICovXG4gIHJlc2V0UmVxdWVzdEludGVydmFsTXM6IDYwICogNjAgKiAxMDAwLFxufSBhcyBjb25zdDtcblxuLyoqIEhLREYgaW5mbyBzdHJpbmdzIGFuZCBvdGhlciBkb21haW4tc2VwYXJhdGlvbiBsYWJlbHMuICovXG5leHBvcnQgY29uc3QgTEFCRUxTID0ge1xuICBwcXhkaEluZm86ICdOZXh1c0xpbmtfUFFYREhfQ1VSVkUyNTUxOV9TSEEtMjU2X01MLUtFTS0xMDI0JyxcbiAgcm9vdEtleTogJ05leHVzTGlua19SYXRjaGV0X1Jvb3RLZXknLFxuICBtZXNzYWdlS2V5czogJ05leHVzTGlua19SYXRjaGV0X01lc3NhZ2VLZXlzJyxcbiAgc2Vzc2lvbkFkOiAnTmV4dXNMaW5rX1Nlc3Npb25BRCcsXG4gIHNlbmRlck1lc3NhZ2VLZXlzOiAnTmV4dXNMaW5rX1NlbmRlcktleV9NZXNzYWdlS2V5cycsXG4gIHNuYXBzaG90OiAnbmV4dXNsaW5rL3YxL3Nlc3Npb24tc25hcHNob3QnLFxufSBhcyBjb25zdDtcblxuLyoqIEJ5dGUgc2l6ZXMuICovXG5leHBvcnQgY29uc3QgU0laRVMgPSB7XG4gIHgyNTUxOTogMzIsXG4gIG1sS2VtMTAyNFB1YmxpY0tleTogMTU2OCxcbiAgbWxLZW0xMDI0Q2lwaGVydGV4dDogMTU2OCxcbiAgbWxLZW1TZWVkOiA2NCxcbiAgcm9vdEtleTogMzIsXG4gIGNoYWluS2V5OiAzMixcbiAgbWVzc2FnZUtleTogMzIsXG4gIGFlYWRLZXk6IDMyLFxuICBhZWFkTm9uY2U6IDEyLFxuICBoZWFkZXJOb25jZTogMjQsXG4gIHRhZzogMTYsXG59IGFzIGNvbnN0O1xuIiwgIi8qKlxuICogUHJla2V5cyBhbmQgcHJla2V5IGJ1bmRsZXMgKHNwZWMvcHF4ZGgubWQgXHUwMEE3UHJla2V5cyk6IGEgc2lnbmVkIFgyNTUxOVxuICogcHJla2V5LCB1bnNpZ25lZCBYMjU1MTkgb25lLXRpbWUgcHJla2V5cywgYW5kIHNpZ25lZCBNTC1LRU0tMTAyNCBwcmVrZXlzXG4gKiAob25lLXRpbWUsIHBsdXMgYSBsYXN0LXJlc29ydCBrZXkgdGhhdCBpcyBuZXZlciBjb25zdW1lZCkuXG4gKi9cbmltcG9ydCB7IGNyZWF0ZSB9IGZyb20gJ0BidWZidWlsZC9wcm90b2J1Zic7XG5pbXBvcnQgeyBOZXh1c0Vycm9yIH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBQcmVLZXlTdG9yZSB9IGZyb20gJy4uL2ludGVyZmFjZXMvc2Vzc2lvbnMuanMnO1xuaW1wb3J0IHR5cGUgeyBDbG9jaywgUmFuZG9tU291cmNlIH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9ydW50aW1lLmpzJztcbmltcG9ydCB7IGJ5dGVzRXF1YWwgfSBmcm9tICcuLi9wcmltaXRpdmVzL2J5dGVzLmpzJztcbmltcG9ydCB7IGNyeXB0byB9IGZyb20gJy4uL3ByaW1pdGl2ZXMvcHJvdmlkZXIuanMnO1xuaW1wb3J0IHtcbiAgb25lVGltZVByZUtleUNvZGVjLFxuICBwcmVLZXlCb2R5Q29kZWMsXG4gIHByZUtleUJ1bmRsZUNvZGVjLFxuICBzaWduZWRNZXNzYWdlQ29kZWMsXG4gIHNpZ25lZFByZUtleUNvZGVjLFxufSBmcm9tICcuLi93aXJlL21lc3NhZ2VzLmpzJztcbmltcG9ydCB7IEtleUFsZ29yaXRobSB9IGZyb20gJy4uL3dpcmUvZ2VuL25leHVzbGluay92MS9rZXlzX3BiLmpzJztcbmltcG9ydCB7IFByZUtleVJlY29yZFNjaGVtYSB9IGZyb20gJy4uL3dpcmUvZ2VuL25leHVzbGluay92MS9zdGF0ZV9wYi5qcyc7XG5pbXBvcnQge1xuICBhY2NlcHRTZWxmU2lnbmluZ0NlcnRpZmljYXRlLFxuICBjaGVja1RpbWUsXG4gIGRlY29kZVNlbGZTaWduaW5nQ2VydGlmaWNhdGUsXG4gIHN5c3RlbUNsb2NrLFxuICBzeXN0ZW1SYW5kb20sXG4gIHZlcmlmaWNhdGlvblRpbWUsXG4gIHZlcmlmeURldmljZUNlcnRpZmljYXRlLFxuICB2ZXJpZnlSZXZvY2F0aW9uTGlzdCxcbiAgdmVyaWZ5U2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSxcbn0gZnJvbSAnLi4vaWRlbnRpdHkvY2VydGlmaWNhdGVzLmpzJztcbmltcG9ydCB0eXBlIHtcbiAgRGV2aWNlQ2VydGlmaWNhdGUsXG4gIFJldm9jYXRpb25MaXN0LFxuICBTZWxmU2lnbmluZ0NlcnRpZmljYXRlLFxufSBmcm9tICcuLi9pZGVudGl0eS9jZXJ0aWZpY2F0ZXMuanMnO1xuaW1wb3J0IHR5cGUgeyBLZXlBZ3JlZW1lbnRLZXlQYWlyIH0gZnJvbSAnLi4vaWRlbnRpdHkva2V5LWFncmVlbWVudC5qcyc7XG5pbXBvcnQgeyByZXF1aXJlU2lnbmF0dXJlLCBTSUdOQVRVUkVfTEFCRUxTLCBzaWduTGFiZWxsZWQgfSBmcm9tICcuLi9pZGVudGl0eS9zaWduaW5nLmpzJztcbmltcG9ydCB0eXBlIHsgU2lnbmVyIH0gZnJvbSAnLi4vaWRlbnRpdHkvc2lnbmluZy5qcyc7XG5pbXBvcnQgeyB1dWlkRnJvbVB1YmxpY0tleSB9IGZyb20gJy4uL2lkZW50aXR5L3V1aWQuanMnO1xuaW1wb3J0IHR5cGUgeyBVdWlkIH0gZnJvbSAnLi4vaWRlbnRpdHkvdXVpZC5qcyc7XG5pbXBvcnQgeyBTSVpFUyB9IGZyb20gJy4vY29uc3RhbnRzLmpzJztcbmltcG9ydCB7IGVuY29kZVByZUtleVJlY29yZCwgU1RBVEVfVkVSU0lPTiwgV0lSRV9LSU5EIH0gZnJvbSAnLi9yZWNvcmRzLmpzJztcblxuLyoqIFRoaXMgZGV2aWNlLCBhcyB0aGUgc2Vzc2lvbiBsYXllciBuZWVkcyBpdC4gQnVpbGQgaXQgd2l0aCB7QGxpbmsgbG9jYWxEZXZpY2V9LiAqL1xuZXhwb3J0IGludGVyZmFjZSBMb2NhbERldmljZSB7XG4gIHJlYWRvbmx5IHV1aWQ6IFV1aWQ7XG4gIC8qKiBUaGUgaWRlbnRpdHkncyBFZDI1NTE5IHB1YmxpYyBrZXkuICovXG4gIHJlYWRvbmx5IGlkZW50aXR5S2V5OiBVaW50OEFycmF5O1xuICAvKiogMTYgYnl0ZXMuICovXG4gIHJlYWRvbmx5IGRldmljZUlkOiBVaW50OEFycmF5O1xuICByZWFkb25seSBkZXZpY2VDZXJ0aWZpY2F0ZTogVWludDhBcnJheTtcbiAgcmVhZG9ubHkgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZTogVWludDhBcnJheTtcbiAgLyoqIFRoZSBkZXZpY2UncyBjZXJ0aWZpZWQgWDI1NTE5IGtleSBwYWlyLiAqL1xuICByZWFkb25seSBrZXlBZ3JlZW1lbnRLZXk6IEtleUFncmVlbWVudEtleVBhaXI7XG4gIC8qKiBUaGUgZGV2aWNlIHNpZ25pbmcga2V5IChzaWducyBwcmVrZXlzKS4gKi9cbiAgcmVhZG9ubHkgc2lnbmVyOiBTaWduZXI7XG59XG5cbi8qKlxuICogQ2hlY2sgdGhhdCB0aGUgY2VydGlmaWNhdGVzLCBrZXktYWdyZWVtZW50IGtleSBhbmQgc2lnbmVyIGJlbG9uZyB0b2dldGhlclxuICogYW5kIHZlcmlmeSwgYW5kIHJldHVybiB0aGUgZGV2aWNlLlxuICpcbiAqIEB0aHJvd3MgTmV4dXNFcnJvciBmcm9tIGNlcnRpZmljYXRlIHZlcmlmaWNhdGlvbiwgb3IgYElOVkFMSURfS0VZYCB3aGVuIGEga2V5IGRvZXMgbm90IG1hdGNoIGl0cyBjZXJ0aWZpY2F0ZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxvY2FsRGV2aWNlKG9wdGlvbnM6IHtcbiAgZGV2aWNlQ2VydGlmaWNhdGU6IFVpbnQ4QXJyYXk7XG4gIHNlbGZTaWduaW5nQ2VydGlmaWNhdGU6IFVpbnQ4QXJyYXk7XG4gIGtleUFncmVlbWVudEtleTogS2V5QWdyZWVtZW50S2V5UGFpcjtcbiAgc2lnbmVyOiBTaWduZXI7XG4gIG5vdz86IG51bWJlcjtcbn0pOiBMb2NhbERldmljZSB7XG4gIGNvbnN0IHNzayA9IGRlY29kZVNlbGZTaWduaW5nQ2VydGlmaWNhdGUob3B0aW9ucy5zZWxmU2lnbmluZ0NlcnRpZmljYXRlKTtcbiAgY29uc3QgeyBkZXZpY2UsIHV1aWQgfSA9IHZlcmlmeURldmljZUNlcnRpZmljYXRlKG9wdGlvbnMuZGV2aWNlQ2VydGlmaWNhdGUsIHtcbiAgICBpZGVudGl0eTogc3NrLmlkZW50aXR5S2V5LFxuICAgIHNlbGZTaWduaW5nQ2VydGlmaWNhdGU6IG9wdGlvbnMuc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSxcbiAgICAuLi4ob3B0aW9ucy5ub3cgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBub3c6IG9wdGlvbnMubm93IH0pLFxuICB9KTtcbiAgaWYgKCFieXRlc0VxdWFsKGRldmljZS5rZXlBZ3JlZW1lbnRLZXksIG9wdGlvbnMua2V5QWdyZWVtZW50S2V5LnB1YmxpY0tleSkpIHtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9LRVknLCAna2V5LWFncmVlbWVudCBrZXkgZG9lcyBub3QgbWF0Y2ggdGhlIGRldmljZSBjZXJ0aWZpY2F0ZScpO1xuICB9XG4gIGlmIChcbiAgICBkZXZpY2Uuc2lnbmluZ0tleS5hbGdvcml0aG0gIT09IG9wdGlvbnMuc2lnbmVyLnB1YmxpY0tleS5hbGdvcml0aG0gfHxcbiAgICAhYnl0ZXNFcXVhbChkZXZpY2Uuc2lnbmluZ0tleS5ieXRlcywgb3B0aW9ucy5zaWduZXIucHVibGljS2V5LmJ5dGVzKVxuICApIHtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9LRVknLCAnc2lnbmVyIGRvZXMgbm90IG1hdGNoIHRoZSBkZXZpY2UgY2VydGlmaWNhdGUnKTtcbiAgfVxuICByZXR1cm4gT2JqZWN0LmZyZWV6ZSh7XG4gICAgdXVpZCxcbiAgICBpZGVudGl0eUtleTogc3NrLmlkZW50aXR5S2V5LFxuICAgIGRldmljZUlkOiBkZXZpY2UuZGV2aWNlSWQsXG4gICAgZGV2aWNlQ2VydGlmaWNhdGU6IG9wdGlvbnMuZGV2aWNlQ2VydGlmaWNhdGUsXG4gICAgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZTogb3B0aW9ucy5zZWxmU2lnbmluZ0NlcnRpZmljYXRlLFxuICAgIGtleUFncmVlbWVudEtleTogb3B0aW9ucy5rZXlBZ3JlZW1lbnRLZXksXG4gICAgc2lnbmVyOiBvcHRpb25zLnNpZ25lcixcbiAgfSk7XG59XG5cbi8qKiBPcHRpb25zIHNoYXJlZCBieSB0aGUgcHJla2V5IGdlbmVyYXRvcnMuICovXG5leHBvcnQgaW50ZXJmYWNlIFByZUtleU9wdGlvbnMge1xuICByZWFkb25seSBjbG9jaz86IENsb2NrO1xuICByZWFkb25seSByYW5kb20/OiBSYW5kb21Tb3VyY2U7XG59XG5cbmZ1bmN0aW9uIGNoZWNrSWQoaWQ6IG51bWJlcik6IHZvaWQge1xuICBpZiAoIU51bWJlci5pc0ludGVnZXIoaWQpIHx8IGlkIDwgMSB8fCBpZCA+IDB4ZmZmZmZmZmYpXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfQVJHVU1FTlQnLCAncHJla2V5IGlkcyBhcmUgaW50ZWdlcnMgZnJvbSAxIHRvIDJeMzIgLSAxJyk7XG59XG5cbi8qKiBDcmVhdGUsIHN0b3JlIGFuZCByZXR1cm4gKGVuY29kZWQgYFNpZ25lZFByZUtleWApIGEgc2lnbmVkIFgyNTUxOSBwcmVrZXkuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gY3JlYXRlU2lnbmVkUHJlS2V5KFxuICBkZXZpY2U6IExvY2FsRGV2aWNlLFxuICBzdG9yZTogUHJlS2V5U3RvcmUsXG4gIGlkOiBudW1iZXIsXG4gIG9wdGlvbnM6IFByZUtleU9wdGlvbnMgPSB7fSxcbik6IFByb21pc2U8VWludDhBcnJheT4ge1xuICBjaGVja0lkKGlkKTtcbiAgY29uc3Qgc2VjcmV0ID0gKG9wdGlvbnMucmFuZG9tID8/IHN5c3RlbVJhbmRvbSkucmFuZG9tQnl0ZXMoU0laRVMueDI1NTE5KTtcbiAgY29uc3QgY3JlYXRlZEF0TXMgPSBjaGVja1RpbWUoJ2NyZWF0ZWRBdCcsIChvcHRpb25zLmNsb2NrID8/IHN5c3RlbUNsb2NrKS5ub3coKSk7XG4gIGNvbnN0IGJvZHkgPSBwcmVLZXlCb2R5Q29kZWMuZW5jb2RlKHtcbiAgICB2ZXJzaW9uOiAxLFxuICAgIGtleUlkOiBpZCxcbiAgICBwdWJsaWNLZXk6IHsgYWxnb3JpdGhtOiBLZXlBbGdvcml0aG0uWDI1NTE5LCBrZXk6IGNyeXB0bygpLngyNTUxOVB1YmxpY0tleShzZWNyZXQpIH0sXG4gICAgY3JlYXRlZEF0TXMsXG4gIH0pO1xuICBjb25zdCBzaWduZWQgPSBzaWduZWRQcmVLZXlDb2RlYy5lbmNvZGUoe1xuICAgIGJvZHksXG4gICAgc2lnbmF0dXJlOiBhd2FpdCBzaWduTGFiZWxsZWQoZGV2aWNlLnNpZ25lciwgU0lHTkFUVVJFX0xBQkVMUy5zaWduZWRQcmVLZXksIGJvZHkpLFxuICB9KTtcbiAgYXdhaXQgc3RvcmUuc3RvcmVQcmVLZXkoXG4gICAgJ3NpZ25lZCcsXG4gICAgaWQsXG4gICAgZW5jb2RlUHJlS2V5UmVjb3JkKFxuICAgICAgY3JlYXRlKFByZUtleVJlY29yZFNjaGVtYSwge1xuICAgICAgICB2ZXJzaW9uOiBTVEFURV9WRVJTSU9OLFxuICAgICAgICBraW5kOiBXSVJFX0tJTkQuc2lnbmVkLFxuICAgICAgICBrZXlJZDogaWQsXG4gICAgICAgIHNlY3JldCxcbiAgICAgICAgc2lnbmVkLFxuICAgICAgICBjcmVhdGVkQXRNcyxcbiAgICAgIH0pLFxuICAgICksXG4gICk7XG4gIHJldHVybiBzaWduZWQ7XG59XG5cbi8qKiBDcmVhdGUsIHN0b3JlIGFuZCByZXR1cm4gKGVuY29kZWQgYFNpZ25lZFByZUtleWApIGFuIE1MLUtFTS0xMDI0IHByZWtleS4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjcmVhdGVLZW1QcmVLZXkoXG4gIGRldmljZTogTG9jYWxEZXZpY2UsXG4gIHN0b3JlOiBQcmVLZXlTdG9yZSxcbiAgaWQ6IG51bWJlcixcbiAgb3B0aW9uczogUHJlS2V5T3B0aW9ucyAmIHsgbGFzdFJlc29ydD86IGJvb2xlYW4gfSA9IHt9LFxuKTogUHJvbWlzZTxVaW50OEFycmF5PiB7XG4gIGNoZWNrSWQoaWQpO1xuICBjb25zdCBzZWVkID0gKG9wdGlvbnMucmFuZG9tID8/IHN5c3RlbVJhbmRvbSkucmFuZG9tQnl0ZXMoU0laRVMubWxLZW1TZWVkKTtcbiAgY29uc3QgY3JlYXRlZEF0TXMgPSBjaGVja1RpbWUoJ2NyZWF0ZWRBdCcsIChvcHRpb25zLmNsb2NrID8/IHN5c3RlbUNsb2NrKS5ub3coKSk7XG4gIGNvbnN0IGxhc3RSZXNvcnQgPSBvcHRpb25zLmxhc3RSZXNvcnQgPz8gZmFsc2U7XG4gIGNvbnN0IGJvZHkgPSBwcmVLZXlCb2R5Q29kZWMuZW5jb2RlKHtcbiAgICB2ZXJzaW9uOiAxLFxuICAgIGtleUlkOiBpZCxcbiAgICBwdWJsaWNLZXk6IHsgYWxnb3JpdGhtOiBLZXlBbGdvcml0aG0uTUxfS0VNXzEwMjQsIGtleTogY3J5cHRvKCkubWxLZW0xMDI0UHVibGljS2V5KHNlZWQpIH0sXG4gICAgY3JlYXRlZEF0TXMsXG4gICAgbGFzdFJlc29ydCxcbiAgfSk7XG4gIGNvbnN0IHNpZ25lZCA9IHNpZ25lZFByZUtleUNvZGVjLmVuY29kZSh7XG4gICAgYm9keSxcbiAgICBzaWduYXR1cmU6IGF3YWl0IHNpZ25MYWJlbGxlZChkZXZpY2Uuc2lnbmVyLCBTSUdOQVRVUkVfTEFCRUxTLnNpZ25lZFByZUtleSwgYm9keSksXG4gIH0pO1xuICBhd2FpdCBzdG9yZS5zdG9yZVByZUtleShcbiAgICAna2VtJyxcbiAgICBpZCxcbiAgICBlbmNvZGVQcmVLZXlSZWNvcmQoXG4gICAgICBjcmVhdGUoUHJlS2V5UmVjb3JkU2NoZW1hLCB7XG4gICAgICAgIHZlcnNpb246IFNUQVRFX1ZFUlNJT04sXG4gICAgICAgIGtpbmQ6IFdJUkVfS0lORC5rZW0sXG4gICAgICAgIGtleUlkOiBpZCxcbiAgICAgICAgc2VjcmV0OiBzZWVkLFxuICAgICAgICBzaWduZWQsXG4gICAgICAgIGxhc3RSZXNvcnQsXG4gICAgICAgIGNyZWF0ZWRBdE1zLFxuICAgICAgfSksXG4gICAgKSxcbiAgKTtcbiAgcmV0dXJuIHNpZ25lZDtcbn1cblxuLyoqIENyZWF0ZSBhbmQgc3RvcmUgYGNvdW50YCBvbmUtdGltZSBYMjU1MTkgcHJla2V5cyB3aXRoIGlkcyBgZmlyc3RJZFx1MjAyNmA7IHJldHVybnMgdGhlaXIgZW5jb2RlZCBgT25lVGltZVByZUtleWBzLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGNyZWF0ZU9uZVRpbWVQcmVLZXlzKFxuICBzdG9yZTogUHJlS2V5U3RvcmUsXG4gIGZpcnN0SWQ6IG51bWJlcixcbiAgY291bnQ6IG51bWJlcixcbiAgb3B0aW9uczogUHJlS2V5T3B0aW9ucyA9IHt9LFxuKTogUHJvbWlzZTxVaW50OEFycmF5W10+IHtcbiAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKGNvdW50KSB8fCBjb3VudCA8IDAgfHwgY291bnQgPiAxMF8wMDApXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfQVJHVU1FTlQnLCAnY291bnQgbXVzdCBiZSAwLi4xMDAwMCcpO1xuICBjaGVja0lkKGZpcnN0SWQpO1xuICBjaGVja0lkKGZpcnN0SWQgKyBNYXRoLm1heChjb3VudCAtIDEsIDApKTtcbiAgY29uc3Qgb3V0OiBVaW50OEFycmF5W10gPSBbXTtcbiAgY29uc3QgY3JlYXRlZEF0TXMgPSBjaGVja1RpbWUoJ2NyZWF0ZWRBdCcsIChvcHRpb25zLmNsb2NrID8/IHN5c3RlbUNsb2NrKS5ub3coKSk7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgY291bnQ7IGkrKykge1xuICAgIGNvbnN0IGlkID0gZmlyc3RJZCArIGk7XG4gICAgY29uc3Qgc2VjcmV0ID0gKG9wdGlvbnMucmFuZG9tID8/IHN5c3RlbVJhbmRvbSkucmFuZG9tQnl0ZXMoU0laRVMueDI1NTE5KTtcbiAgICBhd2FpdCBzdG9yZS5zdG9yZVByZUtleShcbiAgICAgICdvbmUtdGltZScsXG4gICAgICBpZCxcbiAgICAgIGVuY29kZVByZUtleVJlY29yZChcbiAgICAgICAgY3JlYXRlKFByZUtleVJlY29yZFNjaGVtYSwge1xuICAgICAgICAgIHZlcnNpb246IFNUQVRFX1ZFUlNJT04sXG4gICAgICAgICAga2luZDogV0lSRV9LSU5EWydvbmUtdGltZSddLFxuICAgICAgICAgIGtleUlkOiBpZCxcbiAgICAgICAgICBzZWNyZXQsXG4gICAgICAgICAgY3JlYXRlZEF0TXMsXG4gICAgICAgIH0pLFxuICAgICAgKSxcbiAgICApO1xuICAgIG91dC5wdXNoKG9uZVRpbWVQcmVLZXlDb2RlYy5lbmNvZGUoeyBrZXlJZDogaWQsIHB1YmxpY0tleTogY3J5cHRvKCkueDI1NTE5UHVibGljS2V5KHNlY3JldCkgfSkpO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKiBBc3NlbWJsZSBhIGJ1bmRsZSAod2hhdCBhIHNlcnZlciBoYW5kcyBvdXQgZm9yIG9uZSBkZXZpY2UpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNyZWF0ZVByZUtleUJ1bmRsZShvcHRpb25zOiB7XG4gIGRldmljZTogUGljazxMb2NhbERldmljZSwgJ2RldmljZUNlcnRpZmljYXRlJyB8ICdzZWxmU2lnbmluZ0NlcnRpZmljYXRlJz47XG4gIHNpZ25lZFByZUtleTogVWludDhBcnJheTtcbiAga2VtUHJlS2V5OiBVaW50OEFycmF5O1xuICBvbmVUaW1lUHJlS2V5PzogVWludDhBcnJheSB8IG51bGw7XG59KTogVWludDhBcnJheSB7XG4gIHJldHVybiBwcmVLZXlCdW5kbGVDb2RlYy5lbmNvZGUoe1xuICAgIHZlcnNpb246IDEsXG4gICAgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZTogc2lnbmVkTWVzc2FnZUNvZGVjLmRlY29kZShvcHRpb25zLmRldmljZS5zZWxmU2lnbmluZ0NlcnRpZmljYXRlKSxcbiAgICBkZXZpY2VDZXJ0aWZpY2F0ZTogc2lnbmVkTWVzc2FnZUNvZGVjLmRlY29kZShvcHRpb25zLmRldmljZS5kZXZpY2VDZXJ0aWZpY2F0ZSksXG4gICAgc2lnbmVkUHJla2V5OiBzaWduZWRQcmVLZXlDb2RlYy5kZWNvZGUob3B0aW9ucy5zaWduZWRQcmVLZXkpLFxuICAgIGtlbVByZWtleTogc2lnbmVkUHJlS2V5Q29kZWMuZGVjb2RlKG9wdGlvbnMua2VtUHJlS2V5KSxcbiAgICAuLi4ob3B0aW9ucy5vbmVUaW1lUHJlS2V5XG4gICAgICA/IHsgb25lVGltZVByZWtleTogb25lVGltZVByZUtleUNvZGVjLmRlY29kZShvcHRpb25zLm9uZVRpbWVQcmVLZXkpIH1cbiAgICAgIDoge30pLFxuICB9KTtcbn1cblxuLyoqIEEgYnVuZGxlIHdob3NlIGNlcnRpZmljYXRlIGNoYWluIGFuZCBwcmVrZXkgc2lnbmF0dXJlcyB2ZXJpZmllZC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVmVyaWZpZWRQcmVLZXlCdW5kbGUge1xuICByZWFkb25seSB1dWlkOiBVdWlkO1xuICByZWFkb25seSBkZXZpY2U6IERldmljZUNlcnRpZmljYXRlO1xuICByZWFkb25seSBzZWxmU2lnbmluZ0NlcnRpZmljYXRlOiBTZWxmU2lnbmluZ0NlcnRpZmljYXRlO1xuICByZWFkb25seSByZXZvY2F0aW9uTGlzdDogUmV2b2NhdGlvbkxpc3QgfCBudWxsO1xuICByZWFkb25seSBzaWduZWRQcmVLZXk6IHsgcmVhZG9ubHkgaWQ6IG51bWJlcjsgcmVhZG9ubHkgcHVibGljS2V5OiBVaW50OEFycmF5IH07XG4gIHJlYWRvbmx5IG9uZVRpbWVQcmVLZXk6IHsgcmVhZG9ubHkgaWQ6IG51bWJlcjsgcmVhZG9ubHkgcHVibGljS2V5OiBVaW50OEFycmF5IH0gfCBudWxsO1xuICByZWFkb25seSBrZW1QcmVLZXk6IHtcbiAgICByZWFkb25seSBpZDogbnVtYmVyO1xuICAgIHJlYWRvbmx5IHB1YmxpY0tleTogVWludDhBcnJheTtcbiAgICByZWFkb25seSBsYXN0UmVzb3J0OiBib29sZWFuO1xuICB9O1xufVxuXG4vKipcbiAqIFZlcmlmeSBhIGJ1bmRsZTogdGhlIElLIFx1MjE5MiBTU0sgXHUyMTkyIGRldmljZSBjaGFpbiAoYWdhaW5zdCB3aGF0IHRoZSB2ZXJpZmllclxuICogYWxyZWFkeSB0cnVzdHMgZm9yIHRoZSBpZGVudGl0eSksIGFuZCB0aGUgZGV2aWNlJ3Mgc2lnbmF0dXJlcyBvbiB0aGUgc2lnbmVkXG4gKiBhbmQgS0VNIHByZWtleXMuXG4gKlxuICogQHRocm93cyBOZXh1c0Vycm9yIGBNQUxGT1JNRURgLCBgQkFEX1NJR05BVFVSRWAsIGBVTktOT1dOX0lTU1VFUmAsIGBFWFBJUkVEYCxcbiAqICAgYFJFVk9LRURgLCBgU1VQRVJTRURFRGAsIG9yIGBVTlRSVVNURURfSURFTlRJVFlgIHdoZW4gaXQgaXMgbm90IGBleHBlY3RlZFV1aWRgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gdmVyaWZ5UHJlS2V5QnVuZGxlKFxuICBieXRlczogVWludDhBcnJheSxcbiAgb3B0aW9uczoge1xuICAgIGV4cGVjdGVkVXVpZD86IHN0cmluZztcbiAgICBrbm93bj86IHsgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZT86IFVpbnQ4QXJyYXkgfCBudWxsOyByZXZvY2F0aW9uTGlzdD86IFVpbnQ4QXJyYXkgfCBudWxsIH07XG4gICAgbm93PzogbnVtYmVyO1xuICB9ID0ge30sXG4pOiBWZXJpZmllZFByZUtleUJ1bmRsZSB7XG4gIGNvbnN0IG5vdyA9IHZlcmlmaWNhdGlvblRpbWUob3B0aW9ucyk7XG4gIGNvbnN0IGJ1bmRsZSA9IHByZUtleUJ1bmRsZUNvZGVjLmRlY29kZShieXRlcyk7XG4gIGNvbnN0IHNza0J5dGVzID0gc2lnbmVkTWVzc2FnZUNvZGVjLmVuY29kZShidW5kbGUuc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSEpO1xuICBjb25zdCBwcmVzZW50ZWQgPSBkZWNvZGVTZWxmU2lnbmluZ0NlcnRpZmljYXRlKHNza0J5dGVzKTtcbiAgY29uc3QgdXVpZCA9IHV1aWRGcm9tUHVibGljS2V5KHByZXNlbnRlZC5pZGVudGl0eUtleSk7XG4gIGlmIChvcHRpb25zLmV4cGVjdGVkVXVpZCAhPT0gdW5kZWZpbmVkICYmIG9wdGlvbnMuZXhwZWN0ZWRVdWlkICE9PSB1dWlkKSB7XG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ1VOVFJVU1RFRF9JREVOVElUWScsICdidW5kbGUgYmVsb25ncyB0byBhbm90aGVyIGlkZW50aXR5Jyk7XG4gIH1cbiAgY29uc3QgdHJ1c3RlZCA9IHRydXN0ZWRDaGFpbihwcmVzZW50ZWQuaWRlbnRpdHlLZXksIHNza0J5dGVzLCBvcHRpb25zLmtub3duLCBub3cpO1xuICBjb25zdCB7IGRldmljZSB9ID0gdmVyaWZ5RGV2aWNlQ2VydGlmaWNhdGUoc2lnbmVkTWVzc2FnZUNvZGVjLmVuY29kZShidW5kbGUuZGV2aWNlQ2VydGlmaWNhdGUhKSwge1xuICAgIGlkZW50aXR5OiBwcmVzZW50ZWQuaWRlbnRpdHlLZXksXG4gICAgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZTogdHJ1c3RlZC5zZWxmU2lnbmluZ0NlcnRpZmljYXRlLmJ5dGVzLFxuICAgIHJldm9jYXRpb25MaXN0OiB0cnVzdGVkLnJldm9jYXRpb25MaXN0LFxuICAgIG5vdyxcbiAgfSk7XG4gIGNvbnN0IHNwayA9IHZlcmlmeVNpZ25lZFByZUtleShidW5kbGUuc2lnbmVkUHJla2V5ISwgZGV2aWNlLCBLZXlBbGdvcml0aG0uWDI1NTE5KTtcbiAgY29uc3Qga2VtID0gdmVyaWZ5U2lnbmVkUHJlS2V5KGJ1bmRsZS5rZW1QcmVrZXkhLCBkZXZpY2UsIEtleUFsZ29yaXRobS5NTF9LRU1fMTAyNCk7XG4gIHJldHVybiBPYmplY3QuZnJlZXplKHtcbiAgICB1dWlkLFxuICAgIGRldmljZSxcbiAgICBzZWxmU2lnbmluZ0NlcnRpZmljYXRlOiB0cnVzdGVkLnNlbGZTaWduaW5nQ2VydGlmaWNhdGUsXG4gICAgcmV2b2NhdGlvbkxpc3Q6IHRydXN0ZWQucmV2b2NhdGlvbkxpc3QsXG4gICAgc2lnbmVkUHJlS2V5OiB7IGlkOiBzcGsua2V5SWQsIHB1YmxpY0tleTogc3BrLnB1YmxpY0tleSEua2V5IH0sXG4gICAgb25lVGltZVByZUtleTogYnVuZGxlLm9uZVRpbWVQcmVrZXlcbiAgICAgID8geyBpZDogYnVuZGxlLm9uZVRpbWVQcmVrZXkua2V5SWQsIHB1YmxpY0tleTogYnVuZGxlLm9uZVRpbWVQcmVrZXkucHVibGljS2V5IH1cbiAgICAgIDogbnVsbCxcbiAgICBrZW1QcmVLZXk6IHsgaWQ6IGtlbS5rZXlJZCwgcHVibGljS2V5OiBrZW0ucHVibGljS2V5IS5rZXksIGxhc3RSZXNvcnQ6IGtlbS5sYXN0UmVzb3J0IH0sXG4gIH0pO1xufVxuXG4vKipcbiAqIENvbWJpbmUgYSBwcmVzZW50ZWQgU1NLIGNlcnRpZmljYXRlIHdpdGggd2hhdCBpcyB0cnVzdGVkOiB0aGUgbmV3ZXN0IFNTS1xuICogY2VydGlmaWNhdGUgd2lucyAoYW4gb2xkZXIgb25lIGlzIGBTVVBFUlNFREVEYCksIGFuZCB0aGUgaGVsZCByZXZvY2F0aW9uIGxpc3RcbiAqIGFwcGxpZXMgdW5sZXNzIGl0IHdhcyBzaWduZWQgYnkgYSByZXRpcmVkIFNTSy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRydXN0ZWRDaGFpbihcbiAgaWRlbnRpdHlLZXk6IFVpbnQ4QXJyYXksXG4gIHByZXNlbnRlZFNlbGZTaWduaW5nOiBVaW50OEFycmF5LFxuICBrbm93bjpcbiAgICB7IHNlbGZTaWduaW5nQ2VydGlmaWNhdGU/OiBVaW50OEFycmF5IHwgbnVsbDsgcmV2b2NhdGlvbkxpc3Q/OiBVaW50OEFycmF5IHwgbnVsbCB9IHwgdW5kZWZpbmVkLFxuICBub3c6IG51bWJlcixcbik6IHsgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZTogU2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZTsgcmV2b2NhdGlvbkxpc3Q6IFJldm9jYXRpb25MaXN0IHwgbnVsbCB9IHtcbiAgY29uc3QgcHJlc2VudGVkID0gdmVyaWZ5U2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZShwcmVzZW50ZWRTZWxmU2lnbmluZywgaWRlbnRpdHlLZXksIHsgbm93IH0pO1xuICBjb25zdCBoZWxkID0ga25vd24/LnNlbGZTaWduaW5nQ2VydGlmaWNhdGVcbiAgICA/IGRlY29kZVNlbGZTaWduaW5nQ2VydGlmaWNhdGUoa25vd24uc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSlcbiAgICA6IG51bGw7XG4gIGNvbnN0IHNlbGZTaWduaW5nQ2VydGlmaWNhdGUgPSBhY2NlcHRTZWxmU2lnbmluZ0NlcnRpZmljYXRlKGhlbGQsIHByZXNlbnRlZCk7XG4gIGxldCByZXZvY2F0aW9uTGlzdDogUmV2b2NhdGlvbkxpc3QgfCBudWxsID0gbnVsbDtcbiAgaWYgKGtub3duPy5yZXZvY2F0aW9uTGlzdCkge1xuICAgIHRyeSB7XG4gICAgICByZXZvY2F0aW9uTGlzdCA9IHZlcmlmeVJldm9jYXRpb25MaXN0KGtub3duLnJldm9jYXRpb25MaXN0LCB7XG4gICAgICAgIGlkZW50aXR5OiBpZGVudGl0eUtleSxcbiAgICAgICAgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZTogc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZS5ieXRlcyxcbiAgICAgICAgbm93LFxuICAgICAgfSk7XG4gICAgfSBjYXRjaCAoZXJyKSB7XG4gICAgICAvLyBBIGxpc3QgZnJvbSBhIHJldGlyZWQgU1NLIG5vIGxvbmdlciBhcHBsaWVzOyBhbnl0aGluZyBlbHNlIGlzIGEgcmVhbCBlcnJvci5cbiAgICAgIGlmICghTmV4dXNFcnJvci5pcyhlcnIsICdVTktOT1dOX0lTU1VFUicpKSB0aHJvdyBlcnI7XG4gICAgICByZXZvY2F0aW9uTGlzdCA9IG51bGw7XG4gICAgfVxuICB9XG4gIHJldHVybiB7IHNlbGZTaWduaW5nQ2VydGlmaWNhdGUsIHJldm9jYXRpb25MaXN0IH07XG59XG5cbmZ1bmN0aW9uIHZlcmlmeVNpZ25lZFByZUtleShcbiAgc2lnbmVkOiB7IGJvZHk6IFVpbnQ4QXJyYXk7IHNpZ25hdHVyZTogVWludDhBcnJheSB9LFxuICBkZXZpY2U6IERldmljZUNlcnRpZmljYXRlLFxuICBhbGdvcml0aG06IEtleUFsZ29yaXRobSxcbik6IFJldHVyblR5cGU8dHlwZW9mIHByZUtleUJvZHlDb2RlYy5kZWNvZGU+IHtcbiAgY29uc3QgYm9keSA9IHByZUtleUJvZHlDb2RlYy5kZWNvZGUoc2lnbmVkLmJvZHkpO1xuICBpZiAoYm9keS5wdWJsaWNLZXkhLmFsZ29yaXRobSAhPT0gYWxnb3JpdGhtKVxuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdNQUxGT1JNRUQnLCAncHJla2V5IGhhcyB0aGUgd3JvbmcgYWxnb3JpdGhtIGZvciBpdHMgcGxhY2UgaW4gdGhlIGJ1bmRsZScpO1xuICByZXF1aXJlU2lnbmF0dXJlKFxuICAgIGRldmljZS5zaWduaW5nS2V5LFxuICAgIFNJR05BVFVSRV9MQUJFTFMuc2lnbmVkUHJlS2V5LFxuICAgIHNpZ25lZC5ib2R5LFxuICAgIHNpZ25lZC5zaWduYXR1cmUsXG4gICAgJ3ByZWtleScsXG4gICk7XG4gIHJldHVybiBib2R5O1xufVxuIiwgIi8vIEBnZW5lcmF0ZWQgYnkgcHJvdG9jLWdlbi1lcyB2Mi4xNy4wIHdpdGggcGFyYW1ldGVyIFwidGFyZ2V0PXRzLGltcG9ydF9leHRlbnNpb249anNcIlxuLy8gQGdlbmVyYXRlZCBmcm9tIGZpbGUgbmV4dXNsaW5rL3YxL3N0YXRlLnByb3RvIChwYWNrYWdlIG5leHVzbGluay52MSwgc3ludGF4IHByb3RvMylcbi8qIGVzbGludC1kaXNhYmxlICovXG5cbmltcG9ydCB0eXBlIHsgR2VuRW51bSwgR2VuRmlsZSwgR2VuTWVzc2FnZSB9IGZyb20gXCJAYnVmYnVpbGQvcHJvdG9idWYvY29kZWdlbnYyXCI7XG5pbXBvcnQgeyBlbnVtRGVzYywgZmlsZURlc2MsIG1lc3NhZ2VEZXNjIH0gZnJvbSBcIkBidWZidWlsZC9wcm90b2J1Zi9jb2RlZ2VudjJcIjtcbmltcG9ydCB0eXBlIHsgTWVzc2FnZSB9IGZyb20gXCJAYnVmYnVpbGQvcHJvdG9idWZcIjtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIGZpbGUgbmV4dXNsaW5rL3YxL3N0YXRlLnByb3RvLlxuICovXG5leHBvcnQgY29uc3QgZmlsZV9uZXh1c2xpbmtfdjFfc3RhdGU6IEdlbkZpbGUgPSAvKkBfX1BVUkVfXyovXG4gIGZpbGVEZXNjKFwiQ2hodVpYaDFjMnhwYm1zdmRqRXZjM1JoZEdVdWNISnZkRzhTREc1bGVIVnpiR2x1YXk1Mk1TSmxDaEZUYTJsd2NHVmtUV1Z6YzJGblpVdGxlUklOQ2dWamFHRnBiaGdCSUFFb0RCSVdDZzV0WlhOellXZGxYMjUxYldKbGNoZ0NJQUVvRFJJVENndHRaWE56WVdkbFgydGxlUmdESUFFb0RCSVVDZ3h6ZEc5eVpXUmZZWFJmYlhNWUJDQUJLQVFpUEFvVFJtOXlaMjkwZEdWdVRXVnpjMkZuWlV0bGVSSU5DZ1ZqYUdGcGJoZ0JJQUVvREJJV0NnNXRaWE56WVdkbFgyNTFiV0psY2hnQ0lBRW9EU0xFQlFvTVUyVnpjMmx2YmxOMFlYUmxFZzhLQjNabGNuTnBiMjRZQVNBQktBMFNFZ29LYzJWemMybHZibDloWkJnQ0lBRW9EQklRQ2doeWIyOTBYMnRsZVJnRElBRW9EQkllQ2haelpXNWthVzVuWDNKaGRHTm9aWFJmYzJWamNtVjBHQVFnQVNnTUVoMEtGWEpsWTJWcGRtbHVaMTl5WVhSamFHVjBYMnRsZVJnRklBRW9EQklaQ2hGelpXNWthVzVuWDJOb1lXbHVYMnRsZVJnR0lBRW9EQkliQ2hOeVpXTmxhWFpwYm1kZlkyaGhhVzVmYTJWNUdBY2dBU2dNRWg0S0ZuTmxibVJwYm1kZmJXVnpjMkZuWlY5dWRXMWlaWElZQ0NBQktBMFNJQW9ZY21WalpXbDJhVzVuWDIxbGMzTmhaMlZmYm5WdFltVnlHQWtnQVNnTkVpVUtIWEJ5WlhacGIzVnpYM05sYm1ScGJtZGZZMmhoYVc1ZmJHVnVaM1JvR0FvZ0FTZ05FakFLQjNOcmFYQndaV1FZQ3lBREtBc3lIeTV1WlhoMWMyeHBibXN1ZGpFdVUydHBjSEJsWkUxbGMzTmhaMlZMWlhrU05Bb0pabTl5WjI5MGRHVnVHQXdnQXlnTE1pRXVibVY0ZFhOc2FXNXJMbll4TGtadmNtZHZkSFJsYmsxbGMzTmhaMlZMWlhrU0dRb1JhR1ZoWkdWeVgyVnVZM0o1Y0hScGIyNFlEU0FCS0FnU0dnb1NjMlZ1WkdsdVoxOW9aV0ZrWlhKZmEyVjVHQTRnQVNnTUVod0tGSEpsWTJWcGRtbHVaMTlvWldGa1pYSmZhMlY1R0E4Z0FTZ01FaDhLRjI1bGVIUmZjMlZ1WkdsdVoxOW9aV0ZrWlhKZmEyVjVHQkFnQVNnTUVpRUtHVzVsZUhSZmNtVmpaV2wyYVc1blgyaGxZV1JsY2w5clpYa1lFU0FCS0F3U013b09jR1Z1WkdsdVoxOXdjbVZyWlhrWUVpQUJLQXN5R3k1dVpYaDFjMnhwYm1zdWRqRXVVR1Z1WkdsdVoxQnlaVXRsZVJJUUNnaGlZWE5sWDJ0bGVSZ1RJQUVvREJJYkNoTnlaVzF2ZEdWZmFXUmxiblJwZEhsZmEyVjVHQlFnQVNnTUVoVUtEV055WldGMFpXUmZZWFJmYlhNWUZTQUJLQVFTSVFvWmNISmxkbWx2ZFhOZmNtVmpaV2wyYVc1blgyTm9ZV2x1Y3hnV0lBTW9EQ0tHQVFvTlVHVnVaR2x1WjFCeVpVdGxlUklZQ2hCemFXZHVaV1JmY0hKbGEyVjVYMmxrR0FFZ0FTZ05FaG9LRW05dVpWOTBhVzFsWDNCeVpXdGxlVjlwWkJnQ0lBRW9EUklWQ2cxclpXMWZjSEpsYTJWNVgybGtHQU1nQVNnTkVoQUtDR0poYzJWZmEyVjVHQVFnQVNnTUVoWUtEbXRsYlY5amFYQm9aWEowWlhoMEdBVWdBU2dNSXBvQkNnMVRaWE56YVc5dVVtVmpiM0prRWc4S0IzWmxjbk5wYjI0WUFTQUJLQTBTS3dvSFkzVnljbVZ1ZEJnQ0lBRW9DeklhTG01bGVIVnpiR2x1YXk1Mk1TNVRaWE56YVc5dVUzUmhkR1VTTEFvSVlYSmphR2wyWldRWUF5QURLQXN5R2k1dVpYaDFjMnhwYm1zdWRqRXVVMlZ6YzJsdmJsTjBZWFJsRWgwS0ZXeGhjM1JmY21WelpYUmZjbVZ4ZFdWemRGOXRjeGdFSUFFb0JDS0hBZ29PVTJWdVpHVnlTMlY1VTNSaGRHVVNEd29IZG1WeWMybHZiaGdCSUFFb0RSSVhDZzlrYVhOMGNtbGlkWFJwYjI1ZmFXUVlBaUFCS0F3U0VBb0lZMmhoYVc1ZmFXUVlBeUFCS0EwU0VRb0phWFJsY21GMGFXOXVHQVFnQVNnTkVoRUtDV05vWVdsdVgydGxlUmdGSUFFb0RCSVRDZ3R6YVdkdWFXNW5YMnRsZVJnR0lBRW9EQklXQ2c1emFXZHVhVzVuWDNObFkzSmxkQmdISUFFb0RCSXdDZ2R6YTJsd2NHVmtHQWdnQXlnTE1oOHVibVY0ZFhOc2FXNXJMbll4TGxOcmFYQndaV1JOWlhOellXZGxTMlY1RWpRS0NXWnZjbWR2ZEhSbGJoZ0pJQU1vQ3pJaExtNWxlSFZ6YkdsdWF5NTJNUzVHYjNKbmIzUjBaVzVOWlhOellXZGxTMlY1SWxBS0QxTmxibVJsY2t0bGVWSmxZMjl5WkJJUENnZDJaWEp6YVc5dUdBRWdBU2dORWl3S0JuTjBZWFJsY3hnQ0lBTW9DekljTG01bGVIVnpiR2x1YXk1Mk1TNVRaVzVrWlhKTFpYbFRkR0YwWlNLakFRb01VSEpsUzJWNVVtVmpiM0prRWc4S0IzWmxjbk5wYjI0WUFTQUJLQTBTSmdvRWEybHVaQmdDSUFFb0RqSVlMbTVsZUhWemJHbHVheTUyTVM1UWNtVkxaWGxMYVc1a0VnNEtCbXRsZVY5cFpCZ0RJQUVvRFJJT0NnWnpaV055WlhRWUJDQUJLQXdTRGdvR2MybG5ibVZrR0FVZ0FTZ01FaE1LQzJ4aGMzUmZjbVZ6YjNKMEdBWWdBU2dJRWhVS0RXTnlaV0YwWldSZllYUmZiWE1ZQnlBQktBUWlld29WVkhKMWMzUmxaRWxrWlc1MGFYUjVVbVZqYjNKa0VnOEtCM1psY25OcGIyNFlBU0FCS0EwU0lBb1ljMlZzWmw5emFXZHVhVzVuWDJObGNuUnBabWxqWVhSbEdBSWdBU2dNRWhjS0QzSmxkbTlqWVhScGIyNWZiR2x6ZEJnRElBRW9EQklXQ2c1MlpYSnBabWxsWkY5aGRGOXRjeGdFSUFFb0JDcDBDZ3BRY21WTFpYbExhVzVrRWh3S0dGQlNSVjlMUlZsZlMwbE9SRjlWVGxOUVJVTkpSa2xGUkJBQUVoY0tFMUJTUlY5TFJWbGZTMGxPUkY5VFNVZE9SVVFRQVJJWkNoVlFVa1ZmUzBWWlgwdEpUa1JmVDA1RlgxUkpUVVVRQWhJVUNoQlFVa1ZmUzBWWlgwdEpUa1JmUzBWTkVBTmlCbkJ5YjNSdk13XCIpO1xuXG4vKipcbiAqIEEgY2hhaW4gb2Ygc2tpcHBlZCBtZXNzYWdlIGtleXMga2VwdCBmb3Igb3V0LW9mLW9yZGVyIG1lc3NhZ2VzLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5Ta2lwcGVkTWVzc2FnZUtleVxuICovXG5leHBvcnQgdHlwZSBTa2lwcGVkTWVzc2FnZUtleSA9IE1lc3NhZ2U8XCJuZXh1c2xpbmsudjEuU2tpcHBlZE1lc3NhZ2VLZXlcIj4gJiB7XG4gIC8qKlxuICAgKiBUaGUgcmF0Y2hldCBwdWJsaWMga2V5IG9mIHRoZSBjaGFpbiAob3IsIHdpdGggaGVhZGVyIGVuY3J5cHRpb24sIHRoZVxuICAgKiBoZWFkZXIga2V5IHRoYXQgZGVjcnlwdHMgaXRzIGhlYWRlcnMpLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIGNoYWluID0gMTtcbiAgICovXG4gIGNoYWluOiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiBtZXNzYWdlX251bWJlciA9IDI7XG4gICAqL1xuICBtZXNzYWdlTnVtYmVyOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIDMyLWJ5dGUgbWVzc2FnZSBrZXkuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgbWVzc2FnZV9rZXkgPSAzO1xuICAgKi9cbiAgbWVzc2FnZUtleTogVWludDhBcnJheTtcblxuICAvKipcbiAgICogV2hlbiBpdCB3YXMgc3RvcmVkIChtcyksIGZvciB0aW1lLWJhc2VkIGV4cGlyeS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50NjQgc3RvcmVkX2F0X21zID0gNDtcbiAgICovXG4gIHN0b3JlZEF0TXM6IGJpZ2ludDtcbn07XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBtZXNzYWdlIG5leHVzbGluay52MS5Ta2lwcGVkTWVzc2FnZUtleS5cbiAqIFVzZSBgY3JlYXRlKFNraXBwZWRNZXNzYWdlS2V5U2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBTa2lwcGVkTWVzc2FnZUtleVNjaGVtYTogR2VuTWVzc2FnZTxTa2lwcGVkTWVzc2FnZUtleT4gPSAvKkBfX1BVUkVfXyovXG4gIG1lc3NhZ2VEZXNjKGZpbGVfbmV4dXNsaW5rX3YxX3N0YXRlLCAwKTtcblxuLyoqXG4gKiBBIG1lc3NhZ2UgbnVtYmVyIHRoYXQgY2FuIG5vIGxvbmdlciBiZSBkZWNyeXB0ZWQgKGl0cyBrZXkgZXhwaXJlZCBvciB3YXNcbiAqIGV2aWN0ZWQpLCBzbyBhIGxhdGUgY29weSBnZXRzIGEgcHJlY2lzZSBlcnJvciBpbnN0ZWFkIG9mIFwiZHVwbGljYXRlXCIuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLkZvcmdvdHRlbk1lc3NhZ2VLZXlcbiAqL1xuZXhwb3J0IHR5cGUgRm9yZ290dGVuTWVzc2FnZUtleSA9IE1lc3NhZ2U8XCJuZXh1c2xpbmsudjEuRm9yZ290dGVuTWVzc2FnZUtleVwiPiAmIHtcbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgY2hhaW4gPSAxO1xuICAgKi9cbiAgY2hhaW46IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIG1lc3NhZ2VfbnVtYmVyID0gMjtcbiAgICovXG4gIG1lc3NhZ2VOdW1iZXI6IG51bWJlcjtcbn07XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBtZXNzYWdlIG5leHVzbGluay52MS5Gb3Jnb3R0ZW5NZXNzYWdlS2V5LlxuICogVXNlIGBjcmVhdGUoRm9yZ290dGVuTWVzc2FnZUtleVNjaGVtYSlgIHRvIGNyZWF0ZSBhIG5ldyBtZXNzYWdlLlxuICovXG5leHBvcnQgY29uc3QgRm9yZ290dGVuTWVzc2FnZUtleVNjaGVtYTogR2VuTWVzc2FnZTxGb3Jnb3R0ZW5NZXNzYWdlS2V5PiA9IC8qQF9fUFVSRV9fKi9cbiAgbWVzc2FnZURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfc3RhdGUsIDEpO1xuXG4vKipcbiAqIFRoZSBzdGF0ZSBvZiBvbmUgRG91YmxlIFJhdGNoZXQgc2Vzc2lvbiB3aXRoIG9uZSByZW1vdGUgZGV2aWNlLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5TZXNzaW9uU3RhdGVcbiAqL1xuZXhwb3J0IHR5cGUgU2Vzc2lvblN0YXRlID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5TZXNzaW9uU3RhdGVcIj4gJiB7XG4gIC8qKlxuICAgKiBGb3JtYXQgdmVyc2lvbjsgMS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgdmVyc2lvbiA9IDE7XG4gICAqL1xuICB2ZXJzaW9uOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEFzc29jaWF0ZWQgZGF0YSBiaW5kaW5nIGJvdGggZGV2aWNlcyAoc3BlYy9yYXRjaGV0Lm1kIFx1MDBBN0FEKS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBzZXNzaW9uX2FkID0gMjtcbiAgICovXG4gIHNlc3Npb25BZDogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyByb290X2tleSA9IDM7XG4gICAqL1xuICByb290S2V5OiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBPdXIgY3VycmVudCByYXRjaGV0IGtleSBwYWlyOiB0aGUgWDI1NTE5IHNlY3JldCAocHVibGljIGlzIGRlcml2ZWQpLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIHNlbmRpbmdfcmF0Y2hldF9zZWNyZXQgPSA0O1xuICAgKi9cbiAgc2VuZGluZ1JhdGNoZXRTZWNyZXQ6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIFRoZSBwZWVyJ3MgY3VycmVudCByYXRjaGV0IHB1YmxpYyBrZXk7IGVtcHR5IGJlZm9yZSB0aGUgZmlyc3QgbWVzc2FnZSByZWNlaXZlZC5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyByZWNlaXZpbmdfcmF0Y2hldF9rZXkgPSA1O1xuICAgKi9cbiAgcmVjZWl2aW5nUmF0Y2hldEtleTogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBzZW5kaW5nX2NoYWluX2tleSA9IDY7XG4gICAqL1xuICBzZW5kaW5nQ2hhaW5LZXk6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgcmVjZWl2aW5nX2NoYWluX2tleSA9IDc7XG4gICAqL1xuICByZWNlaXZpbmdDaGFpbktleTogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgc2VuZGluZ19tZXNzYWdlX251bWJlciA9IDg7XG4gICAqL1xuICBzZW5kaW5nTWVzc2FnZU51bWJlcjogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiByZWNlaXZpbmdfbWVzc2FnZV9udW1iZXIgPSA5O1xuICAgKi9cbiAgcmVjZWl2aW5nTWVzc2FnZU51bWJlcjogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiBwcmV2aW91c19zZW5kaW5nX2NoYWluX2xlbmd0aCA9IDEwO1xuICAgKi9cbiAgcHJldmlvdXNTZW5kaW5nQ2hhaW5MZW5ndGg6IG51bWJlcjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiByZXBlYXRlZCBuZXh1c2xpbmsudjEuU2tpcHBlZE1lc3NhZ2VLZXkgc2tpcHBlZCA9IDExO1xuICAgKi9cbiAgc2tpcHBlZDogU2tpcHBlZE1lc3NhZ2VLZXlbXTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiByZXBlYXRlZCBuZXh1c2xpbmsudjEuRm9yZ290dGVuTWVzc2FnZUtleSBmb3Jnb3R0ZW4gPSAxMjtcbiAgICovXG4gIGZvcmdvdHRlbjogRm9yZ290dGVuTWVzc2FnZUtleVtdO1xuXG4gIC8qKlxuICAgKiBIZWFkZXIgZW5jcnlwdGlvbiAoRG91YmxlIFJhdGNoZXQgc3BlYyBcdTAwQTc0KTsgYWxsIGVtcHR5IHdoZW4gb2ZmLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJvb2wgaGVhZGVyX2VuY3J5cHRpb24gPSAxMztcbiAgICovXG4gIGhlYWRlckVuY3J5cHRpb246IGJvb2xlYW47XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgc2VuZGluZ19oZWFkZXJfa2V5ID0gMTQ7XG4gICAqL1xuICBzZW5kaW5nSGVhZGVyS2V5OiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIHJlY2VpdmluZ19oZWFkZXJfa2V5ID0gMTU7XG4gICAqL1xuICByZWNlaXZpbmdIZWFkZXJLZXk6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgbmV4dF9zZW5kaW5nX2hlYWRlcl9rZXkgPSAxNjtcbiAgICovXG4gIG5leHRTZW5kaW5nSGVhZGVyS2V5OiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIG5leHRfcmVjZWl2aW5nX2hlYWRlcl9rZXkgPSAxNztcbiAgICovXG4gIG5leHRSZWNlaXZpbmdIZWFkZXJLZXk6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIEluaXRpYXRvciBvbmx5LCB1bnRpbCB0aGUgcGVlcidzIGZpcnN0IHJlcGx5OiB3aGF0IGV2ZXJ5IG1lc3NhZ2UgcmVwZWF0c1xuICAgKiBhcyBhIFByZUtleU1lc3NhZ2UgKGEgcmV0cnkgbmV2ZXIgY29uc3VtZXMgYW5vdGhlciBvbmUtdGltZSBwcmVrZXkpLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IG5leHVzbGluay52MS5QZW5kaW5nUHJlS2V5IHBlbmRpbmdfcHJla2V5ID0gMTg7XG4gICAqL1xuICBwZW5kaW5nUHJla2V5PzogUGVuZGluZ1ByZUtleSB8IHVuZGVmaW5lZDtcblxuICAvKipcbiAgICogVGhlIGluaXRpYXRvcidzIFBRWERIIGJhc2Uga2V5OiBpZGVudGlmaWVzIHRoZSBzZXNzaW9uIG9uIHRoZSByZXNwb25kZXJcbiAgICogc2lkZSwgc28gYSByZXBlYXRlZCBQcmVLZXlNZXNzYWdlIGZpbmRzIGl0cyBzZXNzaW9uLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIGJhc2Vfa2V5ID0gMTk7XG4gICAqL1xuICBiYXNlS2V5OiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBUaGUgcGVlciBkZXZpY2UncyBYMjU1MTkgaWRlbnRpdHkga2V5IChmcm9tIGl0cyBjZXJ0aWZpY2F0ZSkuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgcmVtb3RlX2lkZW50aXR5X2tleSA9IDIwO1xuICAgKi9cbiAgcmVtb3RlSWRlbnRpdHlLZXk6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDY0IGNyZWF0ZWRfYXRfbXMgPSAyMTtcbiAgICovXG4gIGNyZWF0ZWRBdE1zOiBiaWdpbnQ7XG5cbiAgLyoqXG4gICAqIFJlY2VpdmluZyBjaGFpbnMgd2UgaGF2ZSBtb3ZlZCBwYXN0ICh0aGVpciByYXRjaGV0IGtleXMsIG9yIGhlYWRlciBrZXlzXG4gICAqIHdpdGggaGVhZGVyIGVuY3J5cHRpb24pLCBuZXdlc3QgbGFzdDogYSBsYXRlIGNvcHkgb2Ygb25lIG9mIHRoZWlyXG4gICAqIG1lc3NhZ2VzIGlzIHJlcG9ydGVkIGFzIGEgZHVwbGljYXRlIHJhdGhlciB0aGFuIGEgZGVjcnlwdGlvbiBmYWlsdXJlLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHJlcGVhdGVkIGJ5dGVzIHByZXZpb3VzX3JlY2VpdmluZ19jaGFpbnMgPSAyMjtcbiAgICovXG4gIHByZXZpb3VzUmVjZWl2aW5nQ2hhaW5zOiBVaW50OEFycmF5W107XG59O1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgbWVzc2FnZSBuZXh1c2xpbmsudjEuU2Vzc2lvblN0YXRlLlxuICogVXNlIGBjcmVhdGUoU2Vzc2lvblN0YXRlU2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBTZXNzaW9uU3RhdGVTY2hlbWE6IEdlbk1lc3NhZ2U8U2Vzc2lvblN0YXRlPiA9IC8qQF9fUFVSRV9fKi9cbiAgbWVzc2FnZURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfc3RhdGUsIDIpO1xuXG4vKipcbiAqIFRoZSBQUVhESCBmaWVsZHMgYW4gaW5pdGlhdG9yIHJlcGVhdHMgdW50aWwgdGhlIHJlc3BvbmRlciBhbnN3ZXJzLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5QZW5kaW5nUHJlS2V5XG4gKi9cbmV4cG9ydCB0eXBlIFBlbmRpbmdQcmVLZXkgPSBNZXNzYWdlPFwibmV4dXNsaW5rLnYxLlBlbmRpbmdQcmVLZXlcIj4gJiB7XG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiBzaWduZWRfcHJla2V5X2lkID0gMTtcbiAgICovXG4gIHNpZ25lZFByZWtleUlkOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIG9uZV90aW1lX3ByZWtleV9pZCA9IDI7XG4gICAqL1xuICBvbmVUaW1lUHJla2V5SWQ6IG51bWJlcjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIga2VtX3ByZWtleV9pZCA9IDM7XG4gICAqL1xuICBrZW1QcmVrZXlJZDogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIGJhc2Vfa2V5ID0gNDtcbiAgICovXG4gIGJhc2VLZXk6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMga2VtX2NpcGhlcnRleHQgPSA1O1xuICAgKi9cbiAga2VtQ2lwaGVydGV4dDogVWludDhBcnJheTtcbn07XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBtZXNzYWdlIG5leHVzbGluay52MS5QZW5kaW5nUHJlS2V5LlxuICogVXNlIGBjcmVhdGUoUGVuZGluZ1ByZUtleVNjaGVtYSlgIHRvIGNyZWF0ZSBhIG5ldyBtZXNzYWdlLlxuICovXG5leHBvcnQgY29uc3QgUGVuZGluZ1ByZUtleVNjaGVtYTogR2VuTWVzc2FnZTxQZW5kaW5nUHJlS2V5PiA9IC8qQF9fUFVSRV9fKi9cbiAgbWVzc2FnZURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfc3RhdGUsIDMpO1xuXG4vKipcbiAqIEFsbCBzZXNzaW9ucyB3aXRoIG9uZSByZW1vdGUgZGV2aWNlOiB0aGUgY3VycmVudCBvbmUgYW5kIGEgZmV3IGFyY2hpdmVkXG4gKiBvbmVzIChzaW11bHRhbmVvdXMgaW5pdGlhdGlvbiwgaGVhbGluZyksIG5ld2VzdCBmaXJzdC5cbiAqXG4gKiBAZ2VuZXJhdGVkIGZyb20gbWVzc2FnZSBuZXh1c2xpbmsudjEuU2Vzc2lvblJlY29yZFxuICovXG5leHBvcnQgdHlwZSBTZXNzaW9uUmVjb3JkID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5TZXNzaW9uUmVjb3JkXCI+ICYge1xuICAvKipcbiAgICogRm9ybWF0IHZlcnNpb247IDEuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIHZlcnNpb24gPSAxO1xuICAgKi9cbiAgdmVyc2lvbjogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IG5leHVzbGluay52MS5TZXNzaW9uU3RhdGUgY3VycmVudCA9IDI7XG4gICAqL1xuICBjdXJyZW50PzogU2Vzc2lvblN0YXRlIHwgdW5kZWZpbmVkO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHJlcGVhdGVkIG5leHVzbGluay52MS5TZXNzaW9uU3RhdGUgYXJjaGl2ZWQgPSAzO1xuICAgKi9cbiAgYXJjaGl2ZWQ6IFNlc3Npb25TdGF0ZVtdO1xuXG4gIC8qKlxuICAgKiBMYXN0IHRpbWUgd2UgYXNrZWQgZm9yIHRoaXMgc2Vzc2lvbiB0byBiZSByZS1lc3RhYmxpc2hlZCAobXMpLCBmb3IgcmF0ZSBsaW1pdGluZy5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50NjQgbGFzdF9yZXNldF9yZXF1ZXN0X21zID0gNDtcbiAgICovXG4gIGxhc3RSZXNldFJlcXVlc3RNczogYmlnaW50O1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlNlc3Npb25SZWNvcmQuXG4gKiBVc2UgYGNyZWF0ZShTZXNzaW9uUmVjb3JkU2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBTZXNzaW9uUmVjb3JkU2NoZW1hOiBHZW5NZXNzYWdlPFNlc3Npb25SZWNvcmQ+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9zdGF0ZSwgNCk7XG5cbi8qKlxuICogT25lIHNlbmRlcidzIGNoYWluIGluIGEgZ3JvdXAuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlNlbmRlcktleVN0YXRlXG4gKi9cbmV4cG9ydCB0eXBlIFNlbmRlcktleVN0YXRlID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5TZW5kZXJLZXlTdGF0ZVwiPiAmIHtcbiAgLyoqXG4gICAqIEZvcm1hdCB2ZXJzaW9uOyAxLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiB2ZXJzaW9uID0gMTtcbiAgICovXG4gIHZlcnNpb246IG51bWJlcjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBkaXN0cmlidXRpb25faWQgPSAyO1xuICAgKi9cbiAgZGlzdHJpYnV0aW9uSWQ6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIGNoYWluX2lkID0gMztcbiAgICovXG4gIGNoYWluSWQ6IG51bWJlcjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgaXRlcmF0aW9uID0gNDtcbiAgICovXG4gIGl0ZXJhdGlvbjogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIGNoYWluX2tleSA9IDU7XG4gICAqL1xuICBjaGFpbktleTogVWludDhBcnJheTtcblxuICAvKipcbiAgICogVGhlIGNoYWluJ3MgRWQyNTUxOSBzaWduaW5nIHB1YmxpYyBrZXkuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgc2lnbmluZ19rZXkgPSA2O1xuICAgKi9cbiAgc2lnbmluZ0tleTogVWludDhBcnJheTtcblxuICAvKipcbiAgICogT3VyIG93biBjaGFpbnMgb25seTogdGhlIDMyLWJ5dGUgc2lnbmluZyBzZWVkLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIHNpZ25pbmdfc2VjcmV0ID0gNztcbiAgICovXG4gIHNpZ25pbmdTZWNyZXQ6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogcmVwZWF0ZWQgbmV4dXNsaW5rLnYxLlNraXBwZWRNZXNzYWdlS2V5IHNraXBwZWQgPSA4O1xuICAgKi9cbiAgc2tpcHBlZDogU2tpcHBlZE1lc3NhZ2VLZXlbXTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiByZXBlYXRlZCBuZXh1c2xpbmsudjEuRm9yZ290dGVuTWVzc2FnZUtleSBmb3Jnb3R0ZW4gPSA5O1xuICAgKi9cbiAgZm9yZ290dGVuOiBGb3Jnb3R0ZW5NZXNzYWdlS2V5W107XG59O1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgbWVzc2FnZSBuZXh1c2xpbmsudjEuU2VuZGVyS2V5U3RhdGUuXG4gKiBVc2UgYGNyZWF0ZShTZW5kZXJLZXlTdGF0ZVNjaGVtYSlgIHRvIGNyZWF0ZSBhIG5ldyBtZXNzYWdlLlxuICovXG5leHBvcnQgY29uc3QgU2VuZGVyS2V5U3RhdGVTY2hlbWE6IEdlbk1lc3NhZ2U8U2VuZGVyS2V5U3RhdGU+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9zdGF0ZSwgNSk7XG5cbi8qKlxuICogRXZlcnkgY2hhaW4gd2UgaG9sZCBmb3Igb25lIChzZW5kZXIsIGRpc3RyaWJ1dGlvbik6IHRoZSBuZXdlc3QgZmlyc3Q7IG9sZGVyXG4gKiBjaGFpbnMgYXJlIGtlcHQgYnJpZWZseSBmb3IgbWVzc2FnZXMgaW4gZmxpZ2h0IGFjcm9zcyBhIHJvdGF0aW9uLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5TZW5kZXJLZXlSZWNvcmRcbiAqL1xuZXhwb3J0IHR5cGUgU2VuZGVyS2V5UmVjb3JkID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5TZW5kZXJLZXlSZWNvcmRcIj4gJiB7XG4gIC8qKlxuICAgKiBGb3JtYXQgdmVyc2lvbjsgMS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgdmVyc2lvbiA9IDE7XG4gICAqL1xuICB2ZXJzaW9uOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogcmVwZWF0ZWQgbmV4dXNsaW5rLnYxLlNlbmRlcktleVN0YXRlIHN0YXRlcyA9IDI7XG4gICAqL1xuICBzdGF0ZXM6IFNlbmRlcktleVN0YXRlW107XG59O1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgbWVzc2FnZSBuZXh1c2xpbmsudjEuU2VuZGVyS2V5UmVjb3JkLlxuICogVXNlIGBjcmVhdGUoU2VuZGVyS2V5UmVjb3JkU2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBTZW5kZXJLZXlSZWNvcmRTY2hlbWE6IEdlbk1lc3NhZ2U8U2VuZGVyS2V5UmVjb3JkPiA9IC8qQF9fUFVSRV9fKi9cbiAgbWVzc2FnZURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfc3RhdGUsIDYpO1xuXG4vKipcbiAqIEEgcHJla2V5J3MgcHJpdmF0ZSBwYXJ0LCBrZXB0IGJ5IHRoZSBkZXZpY2UgdGhhdCBwdWJsaXNoZWQgaXQuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlByZUtleVJlY29yZFxuICovXG5leHBvcnQgdHlwZSBQcmVLZXlSZWNvcmQgPSBNZXNzYWdlPFwibmV4dXNsaW5rLnYxLlByZUtleVJlY29yZFwiPiAmIHtcbiAgLyoqXG4gICAqIEZvcm1hdCB2ZXJzaW9uOyAxLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiB2ZXJzaW9uID0gMTtcbiAgICovXG4gIHZlcnNpb246IG51bWJlcjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBuZXh1c2xpbmsudjEuUHJlS2V5S2luZCBraW5kID0gMjtcbiAgICovXG4gIGtpbmQ6IFByZUtleUtpbmQ7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIGtleV9pZCA9IDM7XG4gICAqL1xuICBrZXlJZDogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBYMjU1MTk6IHRoZSAzMi1ieXRlIHNlY3JldC4gTUwtS0VNOiB0aGUgNjQtYnl0ZSBzZWVkIGQgfHwgei5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBzZWNyZXQgPSA0O1xuICAgKi9cbiAgc2VjcmV0OiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBTaWduZWQgcHJla2V5czogdGhlIHB1Ymxpc2hlZCBTaWduZWRQcmVLZXkgZW5jb2RpbmcuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgc2lnbmVkID0gNTtcbiAgICovXG4gIHNpZ25lZDogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBib29sIGxhc3RfcmVzb3J0ID0gNjtcbiAgICovXG4gIGxhc3RSZXNvcnQ6IGJvb2xlYW47XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDY0IGNyZWF0ZWRfYXRfbXMgPSA3O1xuICAgKi9cbiAgY3JlYXRlZEF0TXM6IGJpZ2ludDtcbn07XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBtZXNzYWdlIG5leHVzbGluay52MS5QcmVLZXlSZWNvcmQuXG4gKiBVc2UgYGNyZWF0ZShQcmVLZXlSZWNvcmRTY2hlbWEpYCB0byBjcmVhdGUgYSBuZXcgbWVzc2FnZS5cbiAqL1xuZXhwb3J0IGNvbnN0IFByZUtleVJlY29yZFNjaGVtYTogR2VuTWVzc2FnZTxQcmVLZXlSZWNvcmQ+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9zdGF0ZSwgNyk7XG5cbi8qKlxuICogV2hhdCB0aGlzIGRldmljZSB0cnVzdHMgYWJvdXQgYW5vdGhlciBpZGVudGl0eTogdGhlIG5ld2VzdCBzZWxmLXNpZ25pbmdcbiAqIGNlcnRpZmljYXRlIGFuZCByZXZvY2F0aW9uIGxpc3Qgc2VlbiwgYW5kIHdoZXRoZXIgdGhlIHVzZXIgdmVyaWZpZWQgdGhlXG4gKiBzYWZldHkgbnVtYmVyLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5UcnVzdGVkSWRlbnRpdHlSZWNvcmRcbiAqL1xuZXhwb3J0IHR5cGUgVHJ1c3RlZElkZW50aXR5UmVjb3JkID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5UcnVzdGVkSWRlbnRpdHlSZWNvcmRcIj4gJiB7XG4gIC8qKlxuICAgKiBGb3JtYXQgdmVyc2lvbjsgMS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgdmVyc2lvbiA9IDE7XG4gICAqL1xuICB2ZXJzaW9uOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgc2VsZl9zaWduaW5nX2NlcnRpZmljYXRlID0gMjtcbiAgICovXG4gIHNlbGZTaWduaW5nQ2VydGlmaWNhdGU6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgcmV2b2NhdGlvbl9saXN0ID0gMztcbiAgICovXG4gIHJldm9jYXRpb25MaXN0OiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBXaGVuIHRoZSB1c2VyIGNvbmZpcm1lZCB0aGUgc2FmZXR5IG51bWJlciAobXMpOyAwID0gbmV2ZXIuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDY0IHZlcmlmaWVkX2F0X21zID0gNDtcbiAgICovXG4gIHZlcmlmaWVkQXRNczogYmlnaW50O1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlRydXN0ZWRJZGVudGl0eVJlY29yZC5cbiAqIFVzZSBgY3JlYXRlKFRydXN0ZWRJZGVudGl0eVJlY29yZFNjaGVtYSlgIHRvIGNyZWF0ZSBhIG5ldyBtZXNzYWdlLlxuICovXG5leHBvcnQgY29uc3QgVHJ1c3RlZElkZW50aXR5UmVjb3JkU2NoZW1hOiBHZW5NZXNzYWdlPFRydXN0ZWRJZGVudGl0eVJlY29yZD4gPSAvKkBfX1BVUkVfXyovXG4gIG1lc3NhZ2VEZXNjKGZpbGVfbmV4dXNsaW5rX3YxX3N0YXRlLCA4KTtcblxuLyoqXG4gKiBXaGljaCBraW5kIG9mIHByZWtleSBhIFByZUtleVJlY29yZCBob2xkcy5cbiAqXG4gKiBAZ2VuZXJhdGVkIGZyb20gZW51bSBuZXh1c2xpbmsudjEuUHJlS2V5S2luZFxuICovXG5leHBvcnQgZW51bSBQcmVLZXlLaW5kIHtcbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBlbnVtIHZhbHVlOiBQUkVfS0VZX0tJTkRfVU5TUEVDSUZJRUQgPSAwO1xuICAgKi9cbiAgVU5TUEVDSUZJRUQgPSAwLFxuXG4gIC8qKlxuICAgKiBYMjU1MTkgc2lnbmVkIHByZWtleS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGVudW0gdmFsdWU6IFBSRV9LRVlfS0lORF9TSUdORUQgPSAxO1xuICAgKi9cbiAgU0lHTkVEID0gMSxcblxuICAvKipcbiAgICogWDI1NTE5IG9uZS10aW1lIHByZWtleS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGVudW0gdmFsdWU6IFBSRV9LRVlfS0lORF9PTkVfVElNRSA9IDI7XG4gICAqL1xuICBPTkVfVElNRSA9IDIsXG5cbiAgLyoqXG4gICAqIE1MLUtFTS0xMDI0IHByZWtleSAob25lLXRpbWUsIG9yIGxhc3QtcmVzb3J0KS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGVudW0gdmFsdWU6IFBSRV9LRVlfS0lORF9LRU0gPSAzO1xuICAgKi9cbiAgS0VNID0gMyxcbn1cblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIGVudW0gbmV4dXNsaW5rLnYxLlByZUtleUtpbmQuXG4gKi9cbmV4cG9ydCBjb25zdCBQcmVLZXlLaW5kU2NoZW1hOiBHZW5FbnVtPFByZUtleUtpbmQ+ID0gLypAX19QVVJFX18qL1xuICBlbnVtRGVzYyhmaWxlX25leHVzbGlua192MV9zdGF0ZSwgMCk7XG5cbiIsICIvKiogRW5jb2RpbmcgYW5kIGRlY29kaW5nIG9mIHRoZSBwZXJzaXN0ZWQgc3RhdGUgcmVjb3JkcyAoc3BlYy9wcm90by9uZXh1c2xpbmsvdjEvc3RhdGUucHJvdG8pLiAqL1xuaW1wb3J0IHsgY3JlYXRlLCBmcm9tQmluYXJ5LCB0b0JpbmFyeSB9IGZyb20gJ0BidWZidWlsZC9wcm90b2J1Zic7XG5pbXBvcnQgdHlwZSB7IERlc2NNZXNzYWdlLCBNZXNzYWdlU2hhcGUgfSBmcm9tICdAYnVmYnVpbGQvcHJvdG9idWYnO1xuaW1wb3J0IHsgTmV4dXNFcnJvciB9IGZyb20gJy4uL2ludGVyZmFjZXMvZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgUHJlS2V5S2luZCB9IGZyb20gJy4uL2ludGVyZmFjZXMvc2Vzc2lvbnMuanMnO1xuaW1wb3J0IHtcbiAgUHJlS2V5S2luZCBhcyBXaXJlUHJlS2V5S2luZCxcbiAgUHJlS2V5UmVjb3JkU2NoZW1hLFxuICBTZW5kZXJLZXlSZWNvcmRTY2hlbWEsXG4gIFNlc3Npb25SZWNvcmRTY2hlbWEsXG4gIFRydXN0ZWRJZGVudGl0eVJlY29yZFNjaGVtYSxcbn0gZnJvbSAnLi4vd2lyZS9nZW4vbmV4dXNsaW5rL3YxL3N0YXRlX3BiLmpzJztcbmltcG9ydCB0eXBlIHtcbiAgUHJlS2V5UmVjb3JkLFxuICBTZW5kZXJLZXlSZWNvcmQsXG4gIFNlc3Npb25SZWNvcmQsXG4gIFRydXN0ZWRJZGVudGl0eVJlY29yZCxcbn0gZnJvbSAnLi4vd2lyZS9nZW4vbmV4dXNsaW5rL3YxL3N0YXRlX3BiLmpzJztcblxuLyoqIFRoZSBzdGF0ZSBmb3JtYXQgdmVyc2lvbiB0aGlzIHJlbGVhc2Ugd3JpdGVzIGFuZCByZWFkcy4gKi9cbmV4cG9ydCBjb25zdCBTVEFURV9WRVJTSU9OID0gMTtcblxuZnVuY3Rpb24gZGVjb2RlUmVjb3JkPFMgZXh0ZW5kcyBEZXNjTWVzc2FnZT4oXG4gIHNjaGVtYTogUyxcbiAgYnl0ZXM6IFVpbnQ4QXJyYXksXG4gIHdoYXQ6IHN0cmluZyxcbik6IE1lc3NhZ2VTaGFwZTxTPiB7XG4gIGxldCByZWNvcmQ6IE1lc3NhZ2VTaGFwZTxTPjtcbiAgdHJ5IHtcbiAgICByZWNvcmQgPSBmcm9tQmluYXJ5KHNjaGVtYSwgYnl0ZXMsIHsgcmVhZFVua25vd25GaWVsZHM6IGZhbHNlIH0pO1xuICB9IGNhdGNoIChjYXVzZSkge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdNQUxGT1JNRUQnLCBgJHt3aGF0fSByZWNvcmQgaXMgbm90IHZhbGlkYCwgeyBjYXVzZSB9KTtcbiAgfVxuICBjb25zdCB2ZXJzaW9uID0gKHJlY29yZCBhcyB7IHZlcnNpb24/OiBudW1iZXIgfSkudmVyc2lvbjtcbiAgaWYgKHZlcnNpb24gIT09IFNUQVRFX1ZFUlNJT04pXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoXG4gICAgICAnVU5TVVBQT1JURURfVkVSU0lPTicsXG4gICAgICBgJHt3aGF0fSByZWNvcmQgaGFzIHZlcnNpb24gJHtTdHJpbmcodmVyc2lvbil9OyB0aGlzIHJlbGVhc2UgcmVhZHMgJHtTVEFURV9WRVJTSU9OfWAsXG4gICAgKTtcbiAgcmV0dXJuIHJlY29yZDtcbn1cblxuLyoqIERlY29kZSBhIHNlc3Npb24gcmVjb3JkLiBAdGhyb3dzIE5leHVzRXJyb3IgYE1BTEZPUk1FRGAsIGBVTlNVUFBPUlRFRF9WRVJTSU9OYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZWNvZGVTZXNzaW9uUmVjb3JkKGJ5dGVzOiBVaW50OEFycmF5KTogU2Vzc2lvblJlY29yZCB7XG4gIGNvbnN0IHJlY29yZCA9IGRlY29kZVJlY29yZChTZXNzaW9uUmVjb3JkU2NoZW1hLCBieXRlcywgJ3Nlc3Npb24nKTtcbiAgZm9yIChjb25zdCBzdGF0ZSBvZiBbcmVjb3JkLmN1cnJlbnQsIC4uLnJlY29yZC5hcmNoaXZlZF0pIHtcbiAgICBpZiAoc3RhdGUgIT09IHVuZGVmaW5lZCAmJiBzdGF0ZS52ZXJzaW9uICE9PSBTVEFURV9WRVJTSU9OKVxuICAgICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ1VOU1VQUE9SVEVEX1ZFUlNJT04nLCAnc2Vzc2lvbiBzdGF0ZSBoYXMgYW4gdW5rbm93biB2ZXJzaW9uJyk7XG4gIH1cbiAgcmV0dXJuIHJlY29yZDtcbn1cblxuLyoqIEVuY29kZSBhIHNlc3Npb24gcmVjb3JkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuY29kZVNlc3Npb25SZWNvcmQocmVjb3JkOiBTZXNzaW9uUmVjb3JkKTogVWludDhBcnJheSB7XG4gIHJldHVybiB0b0JpbmFyeShTZXNzaW9uUmVjb3JkU2NoZW1hLCByZWNvcmQpO1xufVxuXG4vKiogQW4gZW1wdHkgc2Vzc2lvbiByZWNvcmQuICovXG5leHBvcnQgZnVuY3Rpb24gZW1wdHlTZXNzaW9uUmVjb3JkKCk6IFNlc3Npb25SZWNvcmQge1xuICByZXR1cm4gY3JlYXRlKFNlc3Npb25SZWNvcmRTY2hlbWEsIHsgdmVyc2lvbjogU1RBVEVfVkVSU0lPTiB9KTtcbn1cblxuLyoqIERlY29kZSBhIHNlbmRlciBrZXkgcmVjb3JkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRlY29kZVNlbmRlcktleVJlY29yZChieXRlczogVWludDhBcnJheSk6IFNlbmRlcktleVJlY29yZCB7XG4gIGNvbnN0IHJlY29yZCA9IGRlY29kZVJlY29yZChTZW5kZXJLZXlSZWNvcmRTY2hlbWEsIGJ5dGVzLCAnc2VuZGVyIGtleScpO1xuICBmb3IgKGNvbnN0IHMgb2YgcmVjb3JkLnN0YXRlcylcbiAgICBpZiAocy52ZXJzaW9uICE9PSBTVEFURV9WRVJTSU9OKVxuICAgICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ1VOU1VQUE9SVEVEX1ZFUlNJT04nLCAnc2VuZGVyIGtleSBzdGF0ZSBoYXMgYW4gdW5rbm93biB2ZXJzaW9uJyk7XG4gIHJldHVybiByZWNvcmQ7XG59XG5cbi8qKiBFbmNvZGUgYSBzZW5kZXIga2V5IHJlY29yZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmNvZGVTZW5kZXJLZXlSZWNvcmQocmVjb3JkOiBTZW5kZXJLZXlSZWNvcmQpOiBVaW50OEFycmF5IHtcbiAgcmV0dXJuIHRvQmluYXJ5KFNlbmRlcktleVJlY29yZFNjaGVtYSwgcmVjb3JkKTtcbn1cblxuLyoqIERlY29kZSBhIHByZWtleSByZWNvcmQgb2YgdGhlIGV4cGVjdGVkIGtpbmQuICovXG5leHBvcnQgZnVuY3Rpb24gZGVjb2RlUHJlS2V5UmVjb3JkKGJ5dGVzOiBVaW50OEFycmF5LCBraW5kOiBQcmVLZXlLaW5kKTogUHJlS2V5UmVjb3JkIHtcbiAgY29uc3QgcmVjb3JkID0gZGVjb2RlUmVjb3JkKFByZUtleVJlY29yZFNjaGVtYSwgYnl0ZXMsICdwcmVrZXknKTtcbiAgaWYgKHJlY29yZC5raW5kICE9PSBXSVJFX0tJTkRba2luZF0pXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ01BTEZPUk1FRCcsIGBwcmVrZXkgcmVjb3JkIGlzIG5vdCBhICR7a2luZH0gcHJla2V5YCk7XG4gIGNvbnN0IGV4cGVjdGVkID0ga2luZCA9PT0gJ2tlbScgPyA2NCA6IDMyO1xuICBpZiAocmVjb3JkLnNlY3JldC5sZW5ndGggIT09IGV4cGVjdGVkKVxuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdNQUxGT1JNRUQnLCAncHJla2V5IHJlY29yZCBoYXMgYSBzZWNyZXQgb2YgdGhlIHdyb25nIHNpemUnKTtcbiAgcmV0dXJuIHJlY29yZDtcbn1cblxuLyoqIEVuY29kZSBhIHByZWtleSByZWNvcmQuICovXG5leHBvcnQgZnVuY3Rpb24gZW5jb2RlUHJlS2V5UmVjb3JkKHJlY29yZDogUHJlS2V5UmVjb3JkKTogVWludDhBcnJheSB7XG4gIHJldHVybiB0b0JpbmFyeShQcmVLZXlSZWNvcmRTY2hlbWEsIHJlY29yZCk7XG59XG5cbi8qKiBEZWNvZGUgYSB0cnVzdGVkIGlkZW50aXR5IHJlY29yZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZWNvZGVUcnVzdGVkSWRlbnRpdHlSZWNvcmQoYnl0ZXM6IFVpbnQ4QXJyYXkpOiBUcnVzdGVkSWRlbnRpdHlSZWNvcmQge1xuICByZXR1cm4gZGVjb2RlUmVjb3JkKFRydXN0ZWRJZGVudGl0eVJlY29yZFNjaGVtYSwgYnl0ZXMsICd0cnVzdGVkIGlkZW50aXR5Jyk7XG59XG5cbi8qKiBFbmNvZGUgYSB0cnVzdGVkIGlkZW50aXR5IHJlY29yZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmNvZGVUcnVzdGVkSWRlbnRpdHlSZWNvcmQocmVjb3JkOiBUcnVzdGVkSWRlbnRpdHlSZWNvcmQpOiBVaW50OEFycmF5IHtcbiAgcmV0dXJuIHRvQmluYXJ5KFRydXN0ZWRJZGVudGl0eVJlY29yZFNjaGVtYSwgcmVjb3JkKTtcbn1cblxuLyoqIFdpcmUgZW51bSBvZiBlYWNoIHByZWtleSBraW5kLiAqL1xuZXhwb3J0IGNvbnN0IFdJUkVfS0lORDogUmVjb3JkPFByZUtleUtpbmQsIFdpcmVQcmVLZXlLaW5kPiA9IHtcbiAgc2lnbmVkOiBXaXJlUHJlS2V5S2luZC5TSUdORUQsXG4gICdvbmUtdGltZSc6IFdpcmVQcmVLZXlLaW5kLk9ORV9USU1FLFxuICBrZW06IFdpcmVQcmVLZXlLaW5kLktFTSxcbn07XG4iLCAiLyoqXG4gKiBTZXNzaW9uIG9wZXJhdGlvbnM6IHBsYWluIGFzeW5jIGZ1bmN0aW9ucyBvdmVyIHRoZSBhcHAncyBzdG9yZXMsIGluIHRoZVxuICogbWFubmVyIG9mIGxpYnNpZ25hbC4gRXZlcnkgZGVjcnlwdCB3b3JrcyBvbiBjb3BpZXMgb2YgdGhlIHN0b3JlZCBzdGF0ZSBhbmRcbiAqIHdyaXRlcyBiYWNrIG9ubHkgYWZ0ZXIgdGhlIG1lc3NhZ2UgYXV0aGVudGljYXRlZCwgc28gYSBmYWlsdXJlIGNoYW5nZXNcbiAqIG5vdGhpbmcuXG4gKi9cbmltcG9ydCB7IGNsb25lLCBjcmVhdGUgfSBmcm9tICdAYnVmYnVpbGQvcHJvdG9idWYnO1xuaW1wb3J0IHsgTmV4dXNFcnJvciB9IGZyb20gJy4uL2ludGVyZmFjZXMvZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgQ2xvY2ssIFJhbmRvbVNvdXJjZSB9IGZyb20gJy4uL2ludGVyZmFjZXMvcnVudGltZS5qcyc7XG5pbXBvcnQgdHlwZSB7IERldmljZUFkZHJlc3MsIFByb3RvY29sU3RvcmVzIH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9zZXNzaW9ucy5qcyc7XG5pbXBvcnQgeyBieXRlc0VxdWFsLCB0b0hleCB9IGZyb20gJy4uL3ByaW1pdGl2ZXMvYnl0ZXMuanMnO1xuaW1wb3J0IHtcbiAgZW52ZWxvcGVDb2RlYyxcbiAgcHJlS2V5TWVzc2FnZUNvZGVjLFxuICByYXRjaGV0TWVzc2FnZUNvZGVjLFxuICBzaWduZWRNZXNzYWdlQ29kZWMsXG59IGZyb20gJy4uL3dpcmUvbWVzc2FnZXMuanMnO1xuaW1wb3J0IHsgRW52ZWxvcGVUeXBlIH0gZnJvbSAnLi4vd2lyZS9nZW4vbmV4dXNsaW5rL3YxL2VudmVsb3BlX3BiLmpzJztcbmltcG9ydCB0eXBlIHsgUmF0Y2hldE1lc3NhZ2UgfSBmcm9tICcuLi93aXJlL2dlbi9uZXh1c2xpbmsvdjEvc2Vzc2lvbl9wYi5qcyc7XG5pbXBvcnQge1xuICBQZW5kaW5nUHJlS2V5U2NoZW1hLFxuICBTZXNzaW9uU3RhdGVTY2hlbWEsXG4gIFRydXN0ZWRJZGVudGl0eVJlY29yZFNjaGVtYSxcbn0gZnJvbSAnLi4vd2lyZS9nZW4vbmV4dXNsaW5rL3YxL3N0YXRlX3BiLmpzJztcbmltcG9ydCB0eXBlIHsgU2Vzc2lvblJlY29yZCwgU2Vzc2lvblN0YXRlIH0gZnJvbSAnLi4vd2lyZS9nZW4vbmV4dXNsaW5rL3YxL3N0YXRlX3BiLmpzJztcbmltcG9ydCB7XG4gIGRlY29kZVNlbGZTaWduaW5nQ2VydGlmaWNhdGUsXG4gIGlzUmV2b2tlZCxcbiAgc3lzdGVtQ2xvY2ssXG4gIHN5c3RlbVJhbmRvbSxcbiAgdmVyaWZ5RGV2aWNlQ2VydGlmaWNhdGUsXG59IGZyb20gJy4uL2lkZW50aXR5L2NlcnRpZmljYXRlcy5qcyc7XG5pbXBvcnQgdHlwZSB7XG4gIERldmljZUNlcnRpZmljYXRlLFxuICBSZXZvY2F0aW9uTGlzdCxcbiAgU2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSxcbn0gZnJvbSAnLi4vaWRlbnRpdHkvY2VydGlmaWNhdGVzLmpzJztcbmltcG9ydCB7IHV1aWRGcm9tUHVibGljS2V5IH0gZnJvbSAnLi4vaWRlbnRpdHkvdXVpZC5qcyc7XG5pbXBvcnQgeyBMSU1JVFMgfSBmcm9tICcuL2NvbnN0YW50cy5qcyc7XG5pbXBvcnQge1xuICBpbml0aWFsaXplSW5pdGlhdG9yLFxuICBpbml0aWFsaXplUmVzcG9uZGVyLFxuICByYXRjaGV0RGVjcnlwdCxcbiAgcmF0Y2hldEVuY3J5cHQsXG59IGZyb20gJy4vZG91YmxlLXJhdGNoZXQuanMnO1xuaW1wb3J0IHsgcHF4ZGhJbml0aWF0ZSwgcHF4ZGhSZXNwb25kLCBzZXNzaW9uQXNzb2NpYXRlZERhdGEgfSBmcm9tICcuL3BxeGRoLmpzJztcbmltcG9ydCB7IHRydXN0ZWRDaGFpbiwgdmVyaWZ5UHJlS2V5QnVuZGxlIH0gZnJvbSAnLi9wcmVrZXlzLmpzJztcbmltcG9ydCB0eXBlIHsgTG9jYWxEZXZpY2UgfSBmcm9tICcuL3ByZWtleXMuanMnO1xuaW1wb3J0IHtcbiAgZGVjb2RlUHJlS2V5UmVjb3JkLFxuICBkZWNvZGVTZXNzaW9uUmVjb3JkLFxuICBkZWNvZGVUcnVzdGVkSWRlbnRpdHlSZWNvcmQsXG4gIGVtcHR5U2Vzc2lvblJlY29yZCxcbiAgZW5jb2RlU2Vzc2lvblJlY29yZCxcbiAgZW5jb2RlVHJ1c3RlZElkZW50aXR5UmVjb3JkLFxuICBTVEFURV9WRVJTSU9OLFxufSBmcm9tICcuL3JlY29yZHMuanMnO1xuXG4vKiogU3RvcmVzLCBjbG9jayBhbmQgcmFuZG9tbmVzcyBmb3IgdGhlIHNlc3Npb24gb3BlcmF0aW9ucy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU2Vzc2lvbkNvbnRleHQge1xuICByZWFkb25seSBzdG9yZXM6IFByb3RvY29sU3RvcmVzO1xuICByZWFkb25seSBjbG9jaz86IENsb2NrO1xuICByZWFkb25seSByYW5kb20/OiBSYW5kb21Tb3VyY2U7XG59XG5cbi8qKiBUaGUgYWRkcmVzcyBvZiBhIGRldmljZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZXZpY2VBZGRyZXNzKHV1aWQ6IHN0cmluZywgZGV2aWNlSWQ6IFVpbnQ4QXJyYXkpOiBEZXZpY2VBZGRyZXNzIHtcbiAgcmV0dXJuIHsgdXVpZCwgZGV2aWNlSWQ6IHRvSGV4KGRldmljZUlkKSB9O1xufVxuXG5mdW5jdGlvbiBub3coY3R4OiBTZXNzaW9uQ29udGV4dCk6IG51bWJlciB7XG4gIHJldHVybiAoY3R4LmNsb2NrID8/IHN5c3RlbUNsb2NrKS5ub3coKTtcbn1cblxuZnVuY3Rpb24gcmFuZG9tKGN0eDogU2Vzc2lvbkNvbnRleHQpOiBSYW5kb21Tb3VyY2Uge1xuICByZXR1cm4gY3R4LnJhbmRvbSA/PyBzeXN0ZW1SYW5kb207XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGxvYWRSZWNvcmQoXG4gIGN0eDogU2Vzc2lvbkNvbnRleHQsXG4gIGFkZHJlc3M6IERldmljZUFkZHJlc3MsXG4pOiBQcm9taXNlPFNlc3Npb25SZWNvcmQgfCBudWxsPiB7XG4gIGNvbnN0IGJ5dGVzID0gYXdhaXQgY3R4LnN0b3Jlcy5zZXNzaW9ucy5sb2FkU2Vzc2lvbihhZGRyZXNzKTtcbiAgcmV0dXJuIGJ5dGVzID09PSBudWxsID8gbnVsbCA6IGRlY29kZVNlc3Npb25SZWNvcmQoYnl0ZXMpO1xufVxuXG4vKiogTWFrZSBgc3RhdGVgIGN1cnJlbnQsIGFyY2hpdmluZyB0aGUgcHJldmlvdXMgY3VycmVudCBzdGF0ZSAobmV3ZXN0IGZpcnN0LCBib3VuZGVkKS4gKi9cbmZ1bmN0aW9uIHByb21vdGUocmVjb3JkOiBTZXNzaW9uUmVjb3JkLCBzdGF0ZTogU2Vzc2lvblN0YXRlLCBhcmNoaXZlZEluZGV4PzogbnVtYmVyKTogdm9pZCB7XG4gIGlmIChhcmNoaXZlZEluZGV4ICE9PSB1bmRlZmluZWQpIHJlY29yZC5hcmNoaXZlZC5zcGxpY2UoYXJjaGl2ZWRJbmRleCwgMSk7XG4gIGlmIChyZWNvcmQuY3VycmVudCAhPT0gdW5kZWZpbmVkKSByZWNvcmQuYXJjaGl2ZWQudW5zaGlmdChyZWNvcmQuY3VycmVudCk7XG4gIHJlY29yZC5jdXJyZW50ID0gc3RhdGU7XG4gIGlmIChyZWNvcmQuYXJjaGl2ZWQubGVuZ3RoID4gTElNSVRTLm1heEFyY2hpdmVkU3RhdGVzKVxuICAgIHJlY29yZC5hcmNoaXZlZC5sZW5ndGggPSBMSU1JVFMubWF4QXJjaGl2ZWRTdGF0ZXM7XG59XG5cbi8qKiBXaGF0IHRoaXMgZGV2aWNlIHRydXN0cyBhYm91dCBgdXVpZGAsIGZvciBjaGFpbiB2ZXJpZmljYXRpb24uICovXG5hc3luYyBmdW5jdGlvbiBsb2FkVHJ1c3RlZChcbiAgY3R4OiBTZXNzaW9uQ29udGV4dCxcbiAgdXVpZDogc3RyaW5nLFxuKTogUHJvbWlzZTx7XG4gIHNlbGZTaWduaW5nQ2VydGlmaWNhdGU6IFVpbnQ4QXJyYXkgfCBudWxsO1xuICByZXZvY2F0aW9uTGlzdDogVWludDhBcnJheSB8IG51bGw7XG4gIHZlcmlmaWVkQXRNczogYmlnaW50O1xufT4ge1xuICBjb25zdCBieXRlcyA9IGF3YWl0IGN0eC5zdG9yZXMuaWRlbnRpdGllcy5sb2FkSWRlbnRpdHkodXVpZCk7XG4gIGlmIChieXRlcyA9PT0gbnVsbClcbiAgICByZXR1cm4geyBzZWxmU2lnbmluZ0NlcnRpZmljYXRlOiBudWxsLCByZXZvY2F0aW9uTGlzdDogbnVsbCwgdmVyaWZpZWRBdE1zOiAwbiB9O1xuICBjb25zdCByZWNvcmQgPSBkZWNvZGVUcnVzdGVkSWRlbnRpdHlSZWNvcmQoYnl0ZXMpO1xuICByZXR1cm4ge1xuICAgIHNlbGZTaWduaW5nQ2VydGlmaWNhdGU6IHJlY29yZC5zZWxmU2lnbmluZ0NlcnRpZmljYXRlLmxlbmd0aFxuICAgICAgPyByZWNvcmQuc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZVxuICAgICAgOiBudWxsLFxuICAgIHJldm9jYXRpb25MaXN0OiByZWNvcmQucmV2b2NhdGlvbkxpc3QubGVuZ3RoID8gcmVjb3JkLnJldm9jYXRpb25MaXN0IDogbnVsbCxcbiAgICB2ZXJpZmllZEF0TXM6IHJlY29yZC52ZXJpZmllZEF0TXMsXG4gIH07XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHN0b3JlVHJ1c3RlZChcbiAgY3R4OiBTZXNzaW9uQ29udGV4dCxcbiAgdXVpZDogc3RyaW5nLFxuICBzZWxmU2lnbmluZzogU2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSxcbiAgcmV2b2NhdGlvbkxpc3Q6IFJldm9jYXRpb25MaXN0IHwgbnVsbCxcbiAgdmVyaWZpZWRBdE1zOiBiaWdpbnQsXG4pOiBQcm9taXNlPHZvaWQ+IHtcbiAgYXdhaXQgY3R4LnN0b3Jlcy5pZGVudGl0aWVzLnN0b3JlSWRlbnRpdHkoXG4gICAgdXVpZCxcbiAgICBlbmNvZGVUcnVzdGVkSWRlbnRpdHlSZWNvcmQoXG4gICAgICBjcmVhdGUoVHJ1c3RlZElkZW50aXR5UmVjb3JkU2NoZW1hLCB7XG4gICAgICAgIHZlcnNpb246IFNUQVRFX1ZFUlNJT04sXG4gICAgICAgIHNlbGZTaWduaW5nQ2VydGlmaWNhdGU6IHNlbGZTaWduaW5nLmJ5dGVzLFxuICAgICAgICByZXZvY2F0aW9uTGlzdDogcmV2b2NhdGlvbkxpc3Q/LmJ5dGVzID8/IG5ldyBVaW50OEFycmF5KDApLFxuICAgICAgICB2ZXJpZmllZEF0TXMsXG4gICAgICB9KSxcbiAgICApLFxuICApO1xufVxuXG4vKiogT3B0aW9ucyBmb3Ige0BsaW5rIGVzdGFibGlzaFNlc3Npb259LiAqL1xuZXhwb3J0IGludGVyZmFjZSBFc3RhYmxpc2hPcHRpb25zIGV4dGVuZHMgU2Vzc2lvbkNvbnRleHQge1xuICAvKiogUmVmdXNlIGEgYnVuZGxlIG9mIGFub3RoZXIgaWRlbnRpdHkgKGBVTlRSVVNURURfSURFTlRJVFlgKS4gKi9cbiAgcmVhZG9ubHkgZXhwZWN0ZWRVdWlkPzogc3RyaW5nO1xuICAvKiogRW5jcnlwdCBtZXNzYWdlIGhlYWRlcnMgdG9vIChEb3VibGUgUmF0Y2hldCBcdTAwQTc0KS4gT2ZmIGJ5IGRlZmF1bHQuICovXG4gIHJlYWRvbmx5IGhlYWRlckVuY3J5cHRpb24/OiBib29sZWFuO1xuICAvKiogRGV0ZXJtaW5pc3RpYyBNTC1LRU0gZW5jYXBzdWxhdGlvbiwgZm9yIHZlY3RvcnMgb25seS4gKi9cbiAgcmVhZG9ubHkga2VtUmFuZG9tbmVzcz86IFVpbnQ4QXJyYXk7XG59XG5cbi8qKlxuICogU3RhcnQgYSBzZXNzaW9uIHdpdGggdGhlIGRldmljZSBvZiBhIHByZWtleSBidW5kbGUgKFBRWERIIGFzIGluaXRpYXRvcikuXG4gKiBVbnRpbCB0aGUgcGVlciBhbnN3ZXJzLCBldmVyeSBtZXNzYWdlIHJlcGVhdHMgdGhlIFBRWERIIGZpZWxkcyBhcyBhXG4gKiBQcmVLZXlNZXNzYWdlLiBBbiBleGlzdGluZyBzZXNzaW9uIHdpdGggdGhlIGRldmljZSBpcyBhcmNoaXZlZCwgbm90IGxvc3QuXG4gKlxuICogQHJldHVybnMgdGhlIHBlZXIgZGV2aWNlJ3MgYWRkcmVzcy5cbiAqIEB0aHJvd3MgTmV4dXNFcnJvciBmcm9tIGJ1bmRsZSB2ZXJpZmljYXRpb24gKGBCQURfU0lHTkFUVVJFYCwgYFJFVk9LRURgLCBgU1VQRVJTRURFRGAsIGBVTlRSVVNURURfSURFTlRJVFlgLCBcdTIwMjYpLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gZXN0YWJsaXNoU2Vzc2lvbihcbiAgbG9jYWw6IExvY2FsRGV2aWNlLFxuICBidW5kbGU6IFVpbnQ4QXJyYXksXG4gIG9wdGlvbnM6IEVzdGFibGlzaE9wdGlvbnMsXG4pOiBQcm9taXNlPERldmljZUFkZHJlc3M+IHtcbiAgY29uc3QgdCA9IG5vdyhvcHRpb25zKTtcbiAgY29uc3QgcGVlayA9IHZlcmlmeVByZUtleUJ1bmRsZShidW5kbGUsIHtcbiAgICAuLi4ob3B0aW9ucy5leHBlY3RlZFV1aWQgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBleHBlY3RlZFV1aWQ6IG9wdGlvbnMuZXhwZWN0ZWRVdWlkIH0pLFxuICAgIG5vdzogdCxcbiAgfSk7XG4gIGNvbnN0IHRydXN0ZWQgPSBhd2FpdCBsb2FkVHJ1c3RlZChvcHRpb25zLCBwZWVrLnV1aWQpO1xuICBjb25zdCB2ZXJpZmllZCA9IHZlcmlmeVByZUtleUJ1bmRsZShidW5kbGUsIHsgZXhwZWN0ZWRVdWlkOiBwZWVrLnV1aWQsIGtub3duOiB0cnVzdGVkLCBub3c6IHQgfSk7XG4gIGlmIChieXRlc0VxdWFsKHZlcmlmaWVkLmRldmljZS5kZXZpY2VJZCwgbG9jYWwuZGV2aWNlSWQpICYmIHZlcmlmaWVkLnV1aWQgPT09IGxvY2FsLnV1aWQpIHtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9BUkdVTUVOVCcsICdjYW5ub3Qgb3BlbiBhIHNlc3Npb24gd2l0aCB0aGlzIGRldmljZSBpdHNlbGYnKTtcbiAgfVxuICBjb25zdCBpbml0aWF0aW9uID0gcHF4ZGhJbml0aWF0ZSh7XG4gICAgYWdyZWU6IChwaykgPT4gbG9jYWwua2V5QWdyZWVtZW50S2V5LmFncmVlKHBrKSxcbiAgICByZXNwb25kZXJLZXlBZ3JlZW1lbnRLZXk6IHZlcmlmaWVkLmRldmljZS5rZXlBZ3JlZW1lbnRLZXksXG4gICAgc2lnbmVkUHJlS2V5OiB2ZXJpZmllZC5zaWduZWRQcmVLZXkucHVibGljS2V5LFxuICAgIG9uZVRpbWVQcmVLZXk6IHZlcmlmaWVkLm9uZVRpbWVQcmVLZXk/LnB1YmxpY0tleSA/PyBudWxsLFxuICAgIGtlbVByZUtleTogdmVyaWZpZWQua2VtUHJlS2V5LnB1YmxpY0tleSxcbiAgICByYW5kb206IHJhbmRvbShvcHRpb25zKSxcbiAgICAuLi4ob3B0aW9ucy5rZW1SYW5kb21uZXNzID8geyBrZW1SYW5kb21uZXNzOiBvcHRpb25zLmtlbVJhbmRvbW5lc3MgfSA6IHt9KSxcbiAgfSk7XG4gIGNvbnN0IHNlc3Npb25BZCA9IHNlc3Npb25Bc3NvY2lhdGVkRGF0YShcbiAgICB7XG4gICAgICBpZGVudGl0eUtleTogbG9jYWwuaWRlbnRpdHlLZXksXG4gICAgICBkZXZpY2VJZDogbG9jYWwuZGV2aWNlSWQsXG4gICAgICBrZXlBZ3JlZW1lbnRLZXk6IGxvY2FsLmtleUFncmVlbWVudEtleS5wdWJsaWNLZXksXG4gICAgfSxcbiAgICB7XG4gICAgICBpZGVudGl0eUtleTogdmVyaWZpZWQuZGV2aWNlLmlkZW50aXR5S2V5LFxuICAgICAgZGV2aWNlSWQ6IHZlcmlmaWVkLmRldmljZS5kZXZpY2VJZCxcbiAgICAgIGtleUFncmVlbWVudEtleTogdmVyaWZpZWQuZGV2aWNlLmtleUFncmVlbWVudEtleSxcbiAgICB9LFxuICApO1xuICBjb25zdCBzdGF0ZSA9IGluaXRpYWxpemVJbml0aWF0b3Ioe1xuICAgIHNlY3JldHM6IGluaXRpYXRpb24uc2VjcmV0cyxcbiAgICBzZXNzaW9uQWQsXG4gICAgcmVtb3RlUmF0Y2hldEtleTogdmVyaWZpZWQuc2lnbmVkUHJlS2V5LnB1YmxpY0tleSxcbiAgICByZW1vdGVJZGVudGl0eUtleTogdmVyaWZpZWQuZGV2aWNlLmtleUFncmVlbWVudEtleSxcbiAgICBoZWFkZXJFbmNyeXB0aW9uOiBvcHRpb25zLmhlYWRlckVuY3J5cHRpb24gPz8gZmFsc2UsXG4gICAgcGVuZGluZzogY3JlYXRlKFBlbmRpbmdQcmVLZXlTY2hlbWEsIHtcbiAgICAgIHNpZ25lZFByZWtleUlkOiB2ZXJpZmllZC5zaWduZWRQcmVLZXkuaWQsXG4gICAgICBvbmVUaW1lUHJla2V5SWQ6IHZlcmlmaWVkLm9uZVRpbWVQcmVLZXk/LmlkID8/IDAsXG4gICAgICBrZW1QcmVrZXlJZDogdmVyaWZpZWQua2VtUHJlS2V5LmlkLFxuICAgICAgYmFzZUtleTogaW5pdGlhdGlvbi5iYXNlS2V5LFxuICAgICAga2VtQ2lwaGVydGV4dDogaW5pdGlhdGlvbi5rZW1DaXBoZXJ0ZXh0LFxuICAgIH0pLFxuICAgIG5vdzogdCxcbiAgICByYW5kb206IHJhbmRvbShvcHRpb25zKSxcbiAgfSk7XG4gIGNvbnN0IGFkZHJlc3MgPSBkZXZpY2VBZGRyZXNzKHZlcmlmaWVkLnV1aWQsIHZlcmlmaWVkLmRldmljZS5kZXZpY2VJZCk7XG4gIGNvbnN0IHJlY29yZCA9IChhd2FpdCBsb2FkUmVjb3JkKG9wdGlvbnMsIGFkZHJlc3MpKSA/PyBlbXB0eVNlc3Npb25SZWNvcmQoKTtcbiAgcHJvbW90ZShyZWNvcmQsIHN0YXRlKTtcbiAgYXdhaXQgb3B0aW9ucy5zdG9yZXMuc2Vzc2lvbnMuc3RvcmVTZXNzaW9uKGFkZHJlc3MsIGVuY29kZVNlc3Npb25SZWNvcmQocmVjb3JkKSk7XG4gIGF3YWl0IHN0b3JlVHJ1c3RlZChcbiAgICBvcHRpb25zLFxuICAgIHZlcmlmaWVkLnV1aWQsXG4gICAgdmVyaWZpZWQuc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSxcbiAgICB2ZXJpZmllZC5yZXZvY2F0aW9uTGlzdCxcbiAgICB0cnVzdGVkLnZlcmlmaWVkQXRNcyxcbiAgKTtcbiAgcmV0dXJuIGFkZHJlc3M7XG59XG5cbi8qKiBXaGV0aGVyIGEgdXNhYmxlIHNlc3Npb24gd2l0aCB0aGUgZGV2aWNlIGV4aXN0cy4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBoYXNTZXNzaW9uKGFkZHJlc3M6IERldmljZUFkZHJlc3MsIGN0eDogU2Vzc2lvbkNvbnRleHQpOiBQcm9taXNlPGJvb2xlYW4+IHtcbiAgY29uc3QgcmVjb3JkID0gYXdhaXQgbG9hZFJlY29yZChjdHgsIGFkZHJlc3MpO1xuICByZXR1cm4gcmVjb3JkPy5jdXJyZW50ICE9PSB1bmRlZmluZWQ7XG59XG5cbi8qKlxuICogRW5jcnlwdCBgcGxhaW50ZXh0YCBmb3Igb25lIHJlbW90ZSBkZXZpY2UuIFJldHVybnMgYW4gZW5jb2RlZCBgRW52ZWxvcGVgXG4gKiAoYSBQcmVLZXlNZXNzYWdlIHVudGlsIHRoZSBwZWVyIGhhcyBhbnN3ZXJlZCwgdGhlbiByYXRjaGV0IG1lc3NhZ2VzKS5cbiAqXG4gKiBAdGhyb3dzIE5leHVzRXJyb3IgYE5PX1NFU1NJT05gLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gZW5jcnlwdE1lc3NhZ2UoXG4gIGxvY2FsOiBMb2NhbERldmljZSxcbiAgYWRkcmVzczogRGV2aWNlQWRkcmVzcyxcbiAgcGxhaW50ZXh0OiBVaW50OEFycmF5LFxuICBjdHg6IFNlc3Npb25Db250ZXh0LFxuKTogUHJvbWlzZTxVaW50OEFycmF5PiB7XG4gIGNvbnN0IHJlY29yZCA9IGF3YWl0IGxvYWRSZWNvcmQoY3R4LCBhZGRyZXNzKTtcbiAgaWYgKHJlY29yZD8uY3VycmVudCA9PT0gdW5kZWZpbmVkKVxuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdOT19TRVNTSU9OJywgJ25vIHNlc3Npb24gd2l0aCB0aGlzIGRldmljZScpO1xuICBjb25zdCBzdGF0ZSA9IGNsb25lKFNlc3Npb25TdGF0ZVNjaGVtYSwgcmVjb3JkLmN1cnJlbnQpO1xuICBjb25zdCBtZXNzYWdlID0gcmF0Y2hldEVuY3J5cHQoc3RhdGUsIHBsYWludGV4dCwgcmFuZG9tKGN0eCkpO1xuICBsZXQgdHlwZTogRW52ZWxvcGVUeXBlO1xuICBsZXQgY29udGVudDogVWludDhBcnJheTtcbiAgaWYgKHN0YXRlLnBlbmRpbmdQcmVrZXkgIT09IHVuZGVmaW5lZCkge1xuICAgIHR5cGUgPSBFbnZlbG9wZVR5cGUuUFJFS0VZX01FU1NBR0U7XG4gICAgY29udGVudCA9IHByZUtleU1lc3NhZ2VDb2RlYy5lbmNvZGUoe1xuICAgICAgdmVyc2lvbjogMSxcbiAgICAgIHNlbGZTaWduaW5nQ2VydGlmaWNhdGU6IHNpZ25lZE1lc3NhZ2VDb2RlYy5kZWNvZGUobG9jYWwuc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSksXG4gICAgICBkZXZpY2VDZXJ0aWZpY2F0ZTogc2lnbmVkTWVzc2FnZUNvZGVjLmRlY29kZShsb2NhbC5kZXZpY2VDZXJ0aWZpY2F0ZSksXG4gICAgICBzaWduZWRQcmVrZXlJZDogc3RhdGUucGVuZGluZ1ByZWtleS5zaWduZWRQcmVrZXlJZCxcbiAgICAgIG9uZVRpbWVQcmVrZXlJZDogc3RhdGUucGVuZGluZ1ByZWtleS5vbmVUaW1lUHJla2V5SWQsXG4gICAgICBrZW1QcmVrZXlJZDogc3RhdGUucGVuZGluZ1ByZWtleS5rZW1QcmVrZXlJZCxcbiAgICAgIGJhc2VLZXk6IHN0YXRlLnBlbmRpbmdQcmVrZXkuYmFzZUtleSxcbiAgICAgIGtlbUNpcGhlcnRleHQ6IHN0YXRlLnBlbmRpbmdQcmVrZXkua2VtQ2lwaGVydGV4dCxcbiAgICAgIG1lc3NhZ2UsXG4gICAgfSk7XG4gIH0gZWxzZSB7XG4gICAgdHlwZSA9IEVudmVsb3BlVHlwZS5SQVRDSEVUX01FU1NBR0U7XG4gICAgY29udGVudCA9IHJhdGNoZXRNZXNzYWdlQ29kZWMuZW5jb2RlKG1lc3NhZ2UpO1xuICB9XG4gIHJlY29yZC5jdXJyZW50ID0gc3RhdGU7XG4gIGF3YWl0IGN0eC5zdG9yZXMuc2Vzc2lvbnMuc3RvcmVTZXNzaW9uKGFkZHJlc3MsIGVuY29kZVNlc3Npb25SZWNvcmQocmVjb3JkKSk7XG4gIHJldHVybiBlbnZlbG9wZUNvZGVjLmVuY29kZSh7XG4gICAgdmVyc2lvbjogMSxcbiAgICB0eXBlLFxuICAgIHNlbmRlckRldmljZUlkOiBsb2NhbC5kZXZpY2VJZCxcbiAgICByZWNpcGllbnREZXZpY2VJZDogZnJvbUhleElkKGFkZHJlc3MuZGV2aWNlSWQpLFxuICAgIHRpbWVzdGFtcE1zOiBCaWdJbnQobm93KGN0eCkpLFxuICAgIGNvbnRlbnQsXG4gICAgc2VuZGVySWRlbnRpdHlLZXk6IGxvY2FsLmlkZW50aXR5S2V5LFxuICB9KTtcbn1cblxuZnVuY3Rpb24gZnJvbUhleElkKGhleDogc3RyaW5nKTogVWludDhBcnJheSB7XG4gIGlmICghL15bMC05YS1mXXszMn0kLy50ZXN0KGhleCkpXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfQVJHVU1FTlQnLCAnZGV2aWNlIGlkcyBhcmUgMzIgbG93ZXItY2FzZSBoZXggZGlnaXRzJyk7XG4gIGNvbnN0IG91dCA9IG5ldyBVaW50OEFycmF5KDE2KTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCAxNjsgaSsrKSBvdXRbaV0gPSBwYXJzZUludChoZXguc2xpY2UoaSAqIDIsIGkgKiAyICsgMiksIDE2KTtcbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqIEEgZGVjcnlwdGVkIG1lc3NhZ2UuICovXG5leHBvcnQgaW50ZXJmYWNlIERlY3J5cHRlZE1lc3NhZ2Uge1xuICByZWFkb25seSBwbGFpbnRleHQ6IFVpbnQ4QXJyYXk7XG4gIC8qKiBUaGUgc2VuZGluZyBkZXZpY2UuICovXG4gIHJlYWRvbmx5IHNlbmRlcjogRGV2aWNlQWRkcmVzcztcbiAgLyoqIFRoZSBlbnZlbG9wZSdzIHRpbWVzdGFtcCAobXMpLCBhcyB0aGUgc2VuZGVyIGNsYWltcyBpdC4gKi9cbiAgcmVhZG9ubHkgdGltZXN0YW1wOiBudW1iZXI7XG4gIC8qKiBXaGV0aGVyIHRoaXMgbWVzc2FnZSBzdGFydGVkIGEgbmV3IHNlc3Npb24gKGEgUHJlS2V5TWVzc2FnZSB0aGF0IGNyZWF0ZWQgb25lKS4gKi9cbiAgcmVhZG9ubHkgbmV3U2Vzc2lvbjogYm9vbGVhbjtcbn1cblxuLyoqIFRoZSBlcnJvciB0byByZXBvcnQgd2hlbiBubyBzdGF0ZSBkZWNyeXB0ZWQgYSBtZXNzYWdlOiB0aGUgbW9zdCBzcGVjaWZpYyBvbmUuICovXG5mdW5jdGlvbiBiZXN0RXJyb3IoZXJyb3JzOiB1bmtub3duW10pOiB1bmtub3duIHtcbiAgZm9yIChjb25zdCBjb2RlIG9mIFsnRFVQTElDQVRFX01FU1NBR0UnLCAnTUVTU0FHRV9FWFBJUkVEJywgJ1RPT19NQU5ZX1NLSVBQRUQnXSBhcyBjb25zdCkge1xuICAgIGNvbnN0IGZvdW5kID0gZXJyb3JzLmZpbmQoKGUpID0+IE5leHVzRXJyb3IuaXMoZSwgY29kZSkpO1xuICAgIGlmIChmb3VuZCkgcmV0dXJuIGZvdW5kO1xuICB9XG4gIHJldHVybiAoXG4gICAgZXJyb3JzLmZpbmQoKGUpID0+ICFOZXh1c0Vycm9yLmlzKGUsICdERUNSWVBUX0ZBSUxFRCcpKSA/P1xuICAgIG5ldyBOZXh1c0Vycm9yKFxuICAgICAgJ0RFQ1JZUFRfRkFJTEVEJyxcbiAgICAgICdtZXNzYWdlIGRvZXMgbm90IGF1dGhlbnRpY2F0ZSB1bmRlciBhbnkgc2Vzc2lvbiB3aXRoIGl0cyBzZW5kZXInLFxuICAgIClcbiAgKTtcbn1cblxuLyoqXG4gKiBUcnkgdGhlIGN1cnJlbnQgc3RhdGUsIHRoZW4gZWFjaCBhcmNoaXZlZCBzdGF0ZSAoZWFjaCBvbiBhIGNvcHkpLiBUaGVcbiAqIGZpcnN0IHRoYXQgZGVjcnlwdHMgYmVjb21lcyBjdXJyZW50IChzaW11bHRhbmVvdXMgaW5pdGlhdGlvbiBjb252ZXJnZXMgb25cbiAqIGl0KS4gTm90aGluZyBpcyBzdG9yZWQgaGVyZS5cbiAqL1xuZnVuY3Rpb24gZGVjcnlwdFdpdGhSZWNvcmQoXG4gIHJlY29yZDogU2Vzc2lvblJlY29yZCxcbiAgbWVzc2FnZTogUmF0Y2hldE1lc3NhZ2UsXG4gIHQ6IG51bWJlcixcbiAgcm5nOiBSYW5kb21Tb3VyY2UsXG4gIGZpbHRlcjogKHM6IFNlc3Npb25TdGF0ZSkgPT4gYm9vbGVhbiA9ICgpID0+IHRydWUsXG4pOiBVaW50OEFycmF5IHtcbiAgY29uc3QgY2FuZGlkYXRlczogeyBzdGF0ZTogU2Vzc2lvblN0YXRlOyBpbmRleD86IG51bWJlciB9W10gPSBbXTtcbiAgaWYgKHJlY29yZC5jdXJyZW50ICE9PSB1bmRlZmluZWQgJiYgZmlsdGVyKHJlY29yZC5jdXJyZW50KSlcbiAgICBjYW5kaWRhdGVzLnB1c2goeyBzdGF0ZTogcmVjb3JkLmN1cnJlbnQgfSk7XG4gIHJlY29yZC5hcmNoaXZlZC5mb3JFYWNoKChzLCBpbmRleCkgPT4ge1xuICAgIGlmIChmaWx0ZXIocykpIGNhbmRpZGF0ZXMucHVzaCh7IHN0YXRlOiBzLCBpbmRleCB9KTtcbiAgfSk7XG4gIGNvbnN0IGVycm9yczogdW5rbm93bltdID0gW107XG4gIGZvciAoY29uc3QgeyBzdGF0ZSwgaW5kZXggfSBvZiBjYW5kaWRhdGVzKSB7XG4gICAgY29uc3QgY29weSA9IGNsb25lKFNlc3Npb25TdGF0ZVNjaGVtYSwgc3RhdGUpO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBwbGFpbnRleHQgPSByYXRjaGV0RGVjcnlwdChjb3B5LCBtZXNzYWdlLCB0LCBybmcpO1xuICAgICAgLy8gVGhlIHBlZXIgYW5zd2VyZWQgKG9yIHJlcGVhdGVkIGl0cyBvd24gUHJlS2V5TWVzc2FnZSk6IHN0b3Agc2VuZGluZyBQcmVLZXlNZXNzYWdlcy5cbiAgICAgIGlmIChjb3B5LnBlbmRpbmdQcmVrZXkgIT09IHVuZGVmaW5lZCAmJiBjb3B5LnJlY2VpdmluZ0NoYWluS2V5Lmxlbmd0aCA+IDApXG4gICAgICAgIGNvcHkucGVuZGluZ1ByZWtleSA9IHVuZGVmaW5lZDtcbiAgICAgIGlmIChpbmRleCA9PT0gdW5kZWZpbmVkKSByZWNvcmQuY3VycmVudCA9IGNvcHk7XG4gICAgICBlbHNlIHByb21vdGUocmVjb3JkLCBjb3B5LCBpbmRleCk7XG4gICAgICByZXR1cm4gcGxhaW50ZXh0O1xuICAgIH0gY2F0Y2ggKGVycikge1xuICAgICAgaWYgKCFOZXh1c0Vycm9yLmlzKGVycikpIHRocm93IGVycjtcbiAgICAgIGVycm9ycy5wdXNoKGVycik7XG4gICAgfVxuICB9XG4gIGlmIChjYW5kaWRhdGVzLmxlbmd0aCA9PT0gMCkgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ05PX1NFU1NJT04nLCAnbm8gc2Vzc2lvbiB3aXRoIHRoaXMgZGV2aWNlJyk7XG4gIHRocm93IGJlc3RFcnJvcihlcnJvcnMpO1xufVxuXG4vKipcbiAqIERlY3J5cHQgYW4gZW5jb2RlZCBgRW52ZWxvcGVgIGFkZHJlc3NlZCB0byB0aGlzIGRldmljZS5cbiAqXG4gKiBBIFByZUtleU1lc3NhZ2UgY3JlYXRlcyBhIHNlc3Npb24gKFBRWERIIGFzIHJlc3BvbmRlcikgdW5sZXNzIG9uZSB3aXRoXG4gKiBpdHMgYmFzZSBrZXkgZXhpc3RzOyBpdHMgb25lLXRpbWUgcHJla2V5cyBhcmUgZGVsZXRlZCBvbmx5IGFmdGVyIHRoZVxuICogbWVzc2FnZSBkZWNyeXB0ZWQsIGFuZCBhIHJlcGVhdGVkIFByZUtleU1lc3NhZ2UgcmV1c2VzIHRoZSBzZXNzaW9uIGl0IG1hZGUuXG4gKlxuICogQHRocm93cyBOZXh1c0Vycm9yIGBNQUxGT1JNRURgLCBgREVDUllQVF9GQUlMRURgLCBgRFVQTElDQVRFX01FU1NBR0VgLFxuICogICBgTUVTU0FHRV9FWFBJUkVEYCwgYFRPT19NQU5ZX1NLSVBQRURgLCBgTk9fU0VTU0lPTmAsIGBVTktOT1dOX1BSRUtFWWAsXG4gKiAgIGBSRVZPS0VEYCwgYFNVUEVSU0VERURgLCBgQkFEX1NJR05BVFVSRWAsIGBVTktOT1dOX0lTU1VFUmAsIGBFWFBJUkVEYC5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGRlY3J5cHRNZXNzYWdlKFxuICBsb2NhbDogTG9jYWxEZXZpY2UsXG4gIGVudmVsb3BlOiBVaW50OEFycmF5LFxuICBjdHg6IFNlc3Npb25Db250ZXh0LFxuKTogUHJvbWlzZTxEZWNyeXB0ZWRNZXNzYWdlPiB7XG4gIGNvbnN0IGVudiA9IGVudmVsb3BlQ29kZWMuZGVjb2RlKGVudmVsb3BlKTtcbiAgaWYgKGVudi5yZWNpcGllbnREZXZpY2VJZC5sZW5ndGggPiAwICYmICFieXRlc0VxdWFsKGVudi5yZWNpcGllbnREZXZpY2VJZCwgbG9jYWwuZGV2aWNlSWQpKSB7XG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0RFQ1JZUFRfRkFJTEVEJywgJ2VudmVsb3BlIGlzIGFkZHJlc3NlZCB0byBhbm90aGVyIGRldmljZScpO1xuICB9XG4gIGNvbnN0IHQgPSBub3coY3R4KTtcbiAgY29uc3QgdGltZXN0YW1wID0gTnVtYmVyKGVudi50aW1lc3RhbXBNcyk7XG4gIGlmIChlbnYudHlwZSA9PT0gRW52ZWxvcGVUeXBlLlBSRUtFWV9NRVNTQUdFKSB7XG4gICAgY29uc3QgcmVzdWx0ID0gYXdhaXQgZGVjcnlwdFByZUtleU1lc3NhZ2UobG9jYWwsIGVudi5jb250ZW50LCB0LCBjdHgpO1xuICAgIHJldHVybiB7IC4uLnJlc3VsdCwgdGltZXN0YW1wIH07XG4gIH1cbiAgaWYgKGVudi50eXBlICE9PSBFbnZlbG9wZVR5cGUuUkFUQ0hFVF9NRVNTQUdFKVxuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdNQUxGT1JNRUQnLCAnbm90IGEgMToxIG1lc3NhZ2UgZW52ZWxvcGUnKTtcbiAgaWYgKGVudi5zZW5kZXJJZGVudGl0eUtleS5sZW5ndGggIT09IDMyKVxuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdNQUxGT1JNRUQnLCAnZW52ZWxvcGUgbGFja3MgdGhlIHNlbmRlciBpZGVudGl0eSBrZXknKTtcbiAgbGV0IHV1aWQ6IHN0cmluZztcbiAgdHJ5IHtcbiAgICB1dWlkID0gdXVpZEZyb21QdWJsaWNLZXkoZW52LnNlbmRlcklkZW50aXR5S2V5KTtcbiAgfSBjYXRjaCB7XG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ01BTEZPUk1FRCcsICdlbnZlbG9wZSBzZW5kZXIgaWRlbnRpdHkga2V5IGlzIG5vdCBhIHZhbGlkIGtleScpO1xuICB9XG4gIGNvbnN0IHNlbmRlciA9IGRldmljZUFkZHJlc3ModXVpZCwgZW52LnNlbmRlckRldmljZUlkKTtcbiAgY29uc3QgbWVzc2FnZSA9IHJhdGNoZXRNZXNzYWdlQ29kZWMuZGVjb2RlKGVudi5jb250ZW50KTtcbiAgY29uc3QgcmVjb3JkID0gYXdhaXQgbG9hZFJlY29yZChjdHgsIHNlbmRlcik7XG4gIGlmIChyZWNvcmQgPT09IG51bGwpIHRocm93IG5ldyBOZXh1c0Vycm9yKCdOT19TRVNTSU9OJywgJ25vIHNlc3Npb24gd2l0aCB0aGUgc2VuZGluZyBkZXZpY2UnKTtcbiAgYXdhaXQgcmVxdWlyZU5vdFJldm9rZWQoY3R4LCB1dWlkLCBlbnYuc2VuZGVyRGV2aWNlSWQsIHQpO1xuICBjb25zdCBwbGFpbnRleHQgPSBkZWNyeXB0V2l0aFJlY29yZChyZWNvcmQsIG1lc3NhZ2UsIHQsIHJhbmRvbShjdHgpKTtcbiAgYXdhaXQgY3R4LnN0b3Jlcy5zZXNzaW9ucy5zdG9yZVNlc3Npb24oc2VuZGVyLCBlbmNvZGVTZXNzaW9uUmVjb3JkKHJlY29yZCkpO1xuICByZXR1cm4geyBwbGFpbnRleHQsIHNlbmRlciwgdGltZXN0YW1wLCBuZXdTZXNzaW9uOiBmYWxzZSB9O1xufVxuXG5hc3luYyBmdW5jdGlvbiByZXF1aXJlTm90UmV2b2tlZChcbiAgY3R4OiBTZXNzaW9uQ29udGV4dCxcbiAgdXVpZDogc3RyaW5nLFxuICBkZXZpY2VJZDogVWludDhBcnJheSxcbiAgdDogbnVtYmVyLFxuKTogUHJvbWlzZTx2b2lkPiB7XG4gIGNvbnN0IHRydXN0ZWQgPSBhd2FpdCBsb2FkVHJ1c3RlZChjdHgsIHV1aWQpO1xuICBpZiAodHJ1c3RlZC5yZXZvY2F0aW9uTGlzdCA9PT0gbnVsbCB8fCB0cnVzdGVkLnNlbGZTaWduaW5nQ2VydGlmaWNhdGUgPT09IG51bGwpIHJldHVybjtcbiAgY29uc3Qgc3NrID0gZGVjb2RlU2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSh0cnVzdGVkLnNlbGZTaWduaW5nQ2VydGlmaWNhdGUpO1xuICBjb25zdCB7IHJldm9jYXRpb25MaXN0IH0gPSB0cnVzdGVkQ2hhaW4oXG4gICAgc3NrLmlkZW50aXR5S2V5LFxuICAgIHRydXN0ZWQuc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSxcbiAgICB0cnVzdGVkLFxuICAgIHQsXG4gICk7XG4gIGlmIChyZXZvY2F0aW9uTGlzdCAhPT0gbnVsbCAmJiBpc1Jldm9rZWQocmV2b2NhdGlvbkxpc3QsIGRldmljZUlkKSlcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignUkVWT0tFRCcsICd0aGUgc2VuZGluZyBkZXZpY2UgaGFzIGJlZW4gcmV2b2tlZCcpO1xufVxuXG5hc3luYyBmdW5jdGlvbiBkZWNyeXB0UHJlS2V5TWVzc2FnZShcbiAgbG9jYWw6IExvY2FsRGV2aWNlLFxuICBjb250ZW50OiBVaW50OEFycmF5LFxuICB0OiBudW1iZXIsXG4gIGN0eDogU2Vzc2lvbkNvbnRleHQsXG4pOiBQcm9taXNlPE9taXQ8RGVjcnlwdGVkTWVzc2FnZSwgJ3RpbWVzdGFtcCc+PiB7XG4gIGNvbnN0IG1zZyA9IHByZUtleU1lc3NhZ2VDb2RlYy5kZWNvZGUoY29udGVudCk7XG4gIC8vIFdobyBpcyB0aGlzPyBWZXJpZnkgdGhlIHNlbmRlcidzIGNoYWluIGFnYWluc3Qgd2hhdCB3ZSBhbHJlYWR5IHRydXN0LlxuICBjb25zdCBzc2tCeXRlcyA9IHNpZ25lZE1lc3NhZ2VDb2RlYy5lbmNvZGUobXNnLnNlbGZTaWduaW5nQ2VydGlmaWNhdGUhKTtcbiAgY29uc3QgcHJlc2VudGVkID0gZGVjb2RlU2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZShzc2tCeXRlcyk7XG4gIGNvbnN0IHV1aWQgPSB1dWlkRnJvbVB1YmxpY0tleShwcmVzZW50ZWQuaWRlbnRpdHlLZXkpO1xuICBjb25zdCB0cnVzdGVkID0gYXdhaXQgbG9hZFRydXN0ZWQoY3R4LCB1dWlkKTtcbiAgY29uc3QgY2hhaW4gPSB0cnVzdGVkQ2hhaW4ocHJlc2VudGVkLmlkZW50aXR5S2V5LCBzc2tCeXRlcywgdHJ1c3RlZCwgdCk7XG4gIGNvbnN0IHsgZGV2aWNlIH0gPSB2ZXJpZnlEZXZpY2VDZXJ0aWZpY2F0ZShzaWduZWRNZXNzYWdlQ29kZWMuZW5jb2RlKG1zZy5kZXZpY2VDZXJ0aWZpY2F0ZSEpLCB7XG4gICAgaWRlbnRpdHk6IHByZXNlbnRlZC5pZGVudGl0eUtleSxcbiAgICBzZWxmU2lnbmluZ0NlcnRpZmljYXRlOiBjaGFpbi5zZWxmU2lnbmluZ0NlcnRpZmljYXRlLmJ5dGVzLFxuICAgIHJldm9jYXRpb25MaXN0OiBjaGFpbi5yZXZvY2F0aW9uTGlzdCxcbiAgICBub3c6IHQsXG4gIH0pO1xuICBjb25zdCBzZW5kZXIgPSBkZXZpY2VBZGRyZXNzKHV1aWQsIGRldmljZS5kZXZpY2VJZCk7XG4gIGNvbnN0IHJlY29yZCA9IChhd2FpdCBsb2FkUmVjb3JkKGN0eCwgc2VuZGVyKSkgPz8gZW1wdHlTZXNzaW9uUmVjb3JkKCk7XG4gIGNvbnN0IHJuZyA9IHJhbmRvbShjdHgpO1xuXG4gIC8vIEEgcmVwZWF0ZWQgUHJlS2V5TWVzc2FnZSAodGhlIHBlZXIgaGFzIG5vdCBoZWFyZCBmcm9tIHVzIHlldCk6IHVzZSB0aGUgc2Vzc2lvbiBpdCBjcmVhdGVkLlxuICBjb25zdCBzYW1lQmFzZSA9IChzOiBTZXNzaW9uU3RhdGUpID0+XG4gICAgYnl0ZXNFcXVhbChzLmJhc2VLZXksIG1zZy5iYXNlS2V5KSAmJiBieXRlc0VxdWFsKHMucmVtb3RlSWRlbnRpdHlLZXksIGRldmljZS5rZXlBZ3JlZW1lbnRLZXkpO1xuICBpZiAoXG4gICAgKHJlY29yZC5jdXJyZW50ICE9PSB1bmRlZmluZWQgJiYgc2FtZUJhc2UocmVjb3JkLmN1cnJlbnQpKSB8fFxuICAgIHJlY29yZC5hcmNoaXZlZC5zb21lKHNhbWVCYXNlKVxuICApIHtcbiAgICBjb25zdCBwbGFpbnRleHQgPSBkZWNyeXB0V2l0aFJlY29yZChyZWNvcmQsIG1zZy5tZXNzYWdlISwgdCwgcm5nLCBzYW1lQmFzZSk7XG4gICAgYXdhaXQgY3R4LnN0b3Jlcy5zZXNzaW9ucy5zdG9yZVNlc3Npb24oc2VuZGVyLCBlbmNvZGVTZXNzaW9uUmVjb3JkKHJlY29yZCkpO1xuICAgIHJldHVybiB7IHBsYWludGV4dCwgc2VuZGVyLCBuZXdTZXNzaW9uOiBmYWxzZSB9O1xuICB9XG5cbiAgY29uc3Qgc2lnbmVkID0gYXdhaXQgY3R4LnN0b3Jlcy5wcmVLZXlzLmxvYWRQcmVLZXkoJ3NpZ25lZCcsIG1zZy5zaWduZWRQcmVrZXlJZCk7XG4gIGNvbnN0IGtlbSA9IGF3YWl0IGN0eC5zdG9yZXMucHJlS2V5cy5sb2FkUHJlS2V5KCdrZW0nLCBtc2cua2VtUHJla2V5SWQpO1xuICBjb25zdCBvbmVUaW1lID1cbiAgICBtc2cub25lVGltZVByZWtleUlkID09PSAwXG4gICAgICA/IG51bGxcbiAgICAgIDogYXdhaXQgY3R4LnN0b3Jlcy5wcmVLZXlzLmxvYWRQcmVLZXkoJ29uZS10aW1lJywgbXNnLm9uZVRpbWVQcmVrZXlJZCk7XG4gIGlmIChzaWduZWQgPT09IG51bGwgfHwga2VtID09PSBudWxsIHx8IChtc2cub25lVGltZVByZWtleUlkICE9PSAwICYmIG9uZVRpbWUgPT09IG51bGwpKSB7XG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoXG4gICAgICAnVU5LTk9XTl9QUkVLRVknLFxuICAgICAgJ3RoZSBtZXNzYWdlIHVzZXMgYSBwcmVrZXkgdGhpcyBkZXZpY2UgZG9lcyBub3QgaGF2ZSAoY29uc3VtZWQgb3IgbmV2ZXIgaXNzdWVkKScsXG4gICAgKTtcbiAgfVxuICBjb25zdCBzaWduZWRSZWNvcmQgPSBkZWNvZGVQcmVLZXlSZWNvcmQoc2lnbmVkLCAnc2lnbmVkJyk7XG4gIGNvbnN0IGtlbVJlY29yZCA9IGRlY29kZVByZUtleVJlY29yZChrZW0sICdrZW0nKTtcbiAgY29uc3Qgb25lVGltZVJlY29yZCA9IG9uZVRpbWUgPT09IG51bGwgPyBudWxsIDogZGVjb2RlUHJlS2V5UmVjb3JkKG9uZVRpbWUsICdvbmUtdGltZScpO1xuICBsZXQgc2VjcmV0cztcbiAgdHJ5IHtcbiAgICBzZWNyZXRzID0gcHF4ZGhSZXNwb25kKHtcbiAgICAgIGFncmVlOiAocGspID0+IGxvY2FsLmtleUFncmVlbWVudEtleS5hZ3JlZShwayksXG4gICAgICBpbml0aWF0b3JLZXlBZ3JlZW1lbnRLZXk6IGRldmljZS5rZXlBZ3JlZW1lbnRLZXksXG4gICAgICBzaWduZWRQcmVLZXlTZWNyZXQ6IHNpZ25lZFJlY29yZC5zZWNyZXQsXG4gICAgICBvbmVUaW1lUHJlS2V5U2VjcmV0OiBvbmVUaW1lUmVjb3JkPy5zZWNyZXQgPz8gbnVsbCxcbiAgICAgIGtlbVNlZWQ6IGtlbVJlY29yZC5zZWNyZXQsXG4gICAgICBiYXNlS2V5OiBtc2cuYmFzZUtleSxcbiAgICAgIGtlbUNpcGhlcnRleHQ6IG1zZy5rZW1DaXBoZXJ0ZXh0LFxuICAgIH0pO1xuICB9IGNhdGNoIChlcnIpIHtcbiAgICBpZiAoTmV4dXNFcnJvci5pcyhlcnIsICdJTlZBTElEX0tFWScpKVxuICAgICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0RFQ1JZUFRfRkFJTEVEJywgJ3RoZSBQcmVLZXlNZXNzYWdlIGNhcnJpZXMgYW4gaW52YWxpZCBiYXNlIGtleScsIHtcbiAgICAgICAgY2F1c2U6IGVycixcbiAgICAgIH0pO1xuICAgIHRocm93IGVycjtcbiAgfVxuICBjb25zdCBzZXNzaW9uQWQgPSBzZXNzaW9uQXNzb2NpYXRlZERhdGEoXG4gICAge1xuICAgICAgaWRlbnRpdHlLZXk6IGRldmljZS5pZGVudGl0eUtleSxcbiAgICAgIGRldmljZUlkOiBkZXZpY2UuZGV2aWNlSWQsXG4gICAgICBrZXlBZ3JlZW1lbnRLZXk6IGRldmljZS5rZXlBZ3JlZW1lbnRLZXksXG4gICAgfSxcbiAgICB7XG4gICAgICBpZGVudGl0eUtleTogbG9jYWwuaWRlbnRpdHlLZXksXG4gICAgICBkZXZpY2VJZDogbG9jYWwuZGV2aWNlSWQsXG4gICAgICBrZXlBZ3JlZW1lbnRLZXk6IGxvY2FsLmtleUFncmVlbWVudEtleS5wdWJsaWNLZXksXG4gICAgfSxcbiAgKTtcbiAgY29uc3Qgc3RhdGUgPSBpbml0aWFsaXplUmVzcG9uZGVyKHtcbiAgICBzZWNyZXRzLFxuICAgIHNlc3Npb25BZCxcbiAgICBzaWduZWRQcmVLZXlTZWNyZXQ6IHNpZ25lZFJlY29yZC5zZWNyZXQsXG4gICAgYmFzZUtleTogbXNnLmJhc2VLZXksXG4gICAgcmVtb3RlSWRlbnRpdHlLZXk6IGRldmljZS5rZXlBZ3JlZW1lbnRLZXksXG4gICAgaGVhZGVyRW5jcnlwdGlvbjogbXNnLm1lc3NhZ2UhLmVuY3J5cHRlZEhlYWRlci5sZW5ndGggPiAwLFxuICAgIG5vdzogdCxcbiAgfSk7XG4gIGNvbnN0IHBsYWludGV4dCA9IHJhdGNoZXREZWNyeXB0KHN0YXRlLCBtc2cubWVzc2FnZSEsIHQsIHJuZyk7XG4gIC8vIEF1dGhlbnRpY2F0ZWQ6IGtlZXAgdGhlIHNlc3Npb24gZmlyc3QsIHRoZW4gY29uc3VtZSB0aGUgb25lLXRpbWUgcHJla2V5c1xuICAvLyAoYSBjcmFzaCBpbiBiZXR3ZWVuIGxlYXZlcyBhIHByZWtleSB1bnVzZWQsIG5ldmVyIGEgc2Vzc2lvbiBsb3N0KS5cbiAgcHJvbW90ZShyZWNvcmQsIHN0YXRlKTtcbiAgYXdhaXQgY3R4LnN0b3Jlcy5zZXNzaW9ucy5zdG9yZVNlc3Npb24oc2VuZGVyLCBlbmNvZGVTZXNzaW9uUmVjb3JkKHJlY29yZCkpO1xuICBhd2FpdCBzdG9yZVRydXN0ZWQoXG4gICAgY3R4LFxuICAgIHV1aWQsXG4gICAgY2hhaW4uc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSxcbiAgICBjaGFpbi5yZXZvY2F0aW9uTGlzdCxcbiAgICB0cnVzdGVkLnZlcmlmaWVkQXRNcyxcbiAgKTtcbiAgaWYgKG9uZVRpbWVSZWNvcmQgIT09IG51bGwpXG4gICAgYXdhaXQgY3R4LnN0b3Jlcy5wcmVLZXlzLnJlbW92ZVByZUtleSgnb25lLXRpbWUnLCBtc2cub25lVGltZVByZWtleUlkKTtcbiAgaWYgKCFrZW1SZWNvcmQubGFzdFJlc29ydCkgYXdhaXQgY3R4LnN0b3Jlcy5wcmVLZXlzLnJlbW92ZVByZUtleSgna2VtJywgbXNnLmtlbVByZWtleUlkKTtcbiAgcmV0dXJuIHsgcGxhaW50ZXh0LCBzZW5kZXIsIG5ld1Nlc3Npb246IHRydWUgfTtcbn1cblxuLyoqXG4gKiBXaGV0aGVyIHRvIHJlLWVzdGFibGlzaCB0aGUgc2Vzc2lvbiB3aXRoIGBhZGRyZXNzYCBhZnRlciBpdHMgbWVzc2FnZXNcbiAqIHN0b3BwZWQgZGVjcnlwdGluZyAodGhlIHBlZXIgcmVzdG9yZWQgYW4gb2xkIGJhY2t1cCwgb3IgbG9zdCBpdHMgc3RhdGUpLlxuICogQXQgbW9zdCBvbmNlIHBlciB7QGxpbmsgTElNSVRTLnJlc2V0UmVxdWVzdEludGVydmFsTXN9IHBlciBkZXZpY2U6IGEgYHRydWVgXG4gKiBpcyByZWNvcmRlZCwgc28gdGhlIGNhbGxlciBzaG91bGQgdGhlbiBmZXRjaCBhIGZyZXNoIGJ1bmRsZSBhbmRcbiAqIHtAbGluayBlc3RhYmxpc2hTZXNzaW9ufS5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHNob3VsZFJlc2V0U2Vzc2lvbihcbiAgYWRkcmVzczogRGV2aWNlQWRkcmVzcyxcbiAgY3R4OiBTZXNzaW9uQ29udGV4dCxcbik6IFByb21pc2U8Ym9vbGVhbj4ge1xuICBjb25zdCB0ID0gbm93KGN0eCk7XG4gIGNvbnN0IHJlY29yZCA9IChhd2FpdCBsb2FkUmVjb3JkKGN0eCwgYWRkcmVzcykpID8/IGVtcHR5U2Vzc2lvblJlY29yZCgpO1xuICBpZiAoXG4gICAgcmVjb3JkLmxhc3RSZXNldFJlcXVlc3RNcyAhPT0gMG4gJiZcbiAgICBCaWdJbnQodCkgLSByZWNvcmQubGFzdFJlc2V0UmVxdWVzdE1zIDwgQmlnSW50KExJTUlUUy5yZXNldFJlcXVlc3RJbnRlcnZhbE1zKVxuICApXG4gICAgcmV0dXJuIGZhbHNlO1xuICByZWNvcmQubGFzdFJlc2V0UmVxdWVzdE1zID0gQmlnSW50KHQpO1xuICBhd2FpdCBjdHguc3RvcmVzLnNlc3Npb25zLnN0b3JlU2Vzc2lvbihhZGRyZXNzLCBlbmNvZGVTZXNzaW9uUmVjb3JkKHJlY29yZCkpO1xuICByZXR1cm4gdHJ1ZTtcbn1cblxuLyoqIFRoZSBkZXZpY2UgY2VydGlmaWNhdGUgdHlwZSwgcmUtZXhwb3J0ZWQgZm9yIGNhbGxlcnMgb2YgdGhpcyBtb2R1bGUuICovXG5leHBvcnQgdHlwZSB7IERldmljZUNlcnRpZmljYXRlIH07XG4iLCAiLyoqXG4gKiBUaGUgRG91YmxlIFJhdGNoZXQgKFNpZ25hbCdzIHNwZWNpZmljYXRpb24sIHJldmlzaW9uIDQpLCB3aXRoIG9wdGlvbmFsXG4gKiBoZWFkZXIgZW5jcnlwdGlvbiAoXHUwMEE3NCkuIEZ1bmN0aW9ucyBoZXJlIG11dGF0ZSBhIGBTZXNzaW9uU3RhdGVgIGluIHBsYWNlO1xuICogdGhlIHNlc3Npb24gbGF5ZXIgcnVucyB0aGVtIG9uIGEgY29weSBhbmQga2VlcHMgdGhlIGNvcHkgb25seSB3aGVuXG4gKiBkZWNyeXB0aW9uIHN1Y2NlZWRzLCBzbyBhIGZhaWxlZCBkZWNyeXB0IGxlYXZlcyBubyB0cmFjZS5cbiAqL1xuaW1wb3J0IHsgY3JlYXRlIH0gZnJvbSAnQGJ1ZmJ1aWxkL3Byb3RvYnVmJztcbmltcG9ydCB7IE5leHVzRXJyb3IgfSBmcm9tICcuLi9pbnRlcmZhY2VzL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7IFJhbmRvbVNvdXJjZSB9IGZyb20gJy4uL2ludGVyZmFjZXMvcnVudGltZS5qcyc7XG5pbXBvcnQgeyBieXRlc0VxdWFsLCBjb25jYXQsIHRvSGV4IH0gZnJvbSAnLi4vcHJpbWl0aXZlcy9ieXRlcy5qcyc7XG5pbXBvcnQgeyBjcnlwdG8gfSBmcm9tICcuLi9wcmltaXRpdmVzL3Byb3ZpZGVyLmpzJztcbmltcG9ydCB7IHJhdGNoZXRIZWFkZXJDb2RlYyB9IGZyb20gJy4uL3dpcmUvbWVzc2FnZXMuanMnO1xuaW1wb3J0IHsgUmF0Y2hldE1lc3NhZ2VTY2hlbWEgfSBmcm9tICcuLi93aXJlL2dlbi9uZXh1c2xpbmsvdjEvc2Vzc2lvbl9wYi5qcyc7XG5pbXBvcnQgdHlwZSB7IFJhdGNoZXRIZWFkZXIsIFJhdGNoZXRNZXNzYWdlIH0gZnJvbSAnLi4vd2lyZS9nZW4vbmV4dXNsaW5rL3YxL3Nlc3Npb25fcGIuanMnO1xuaW1wb3J0IHtcbiAgRm9yZ290dGVuTWVzc2FnZUtleVNjaGVtYSxcbiAgU2Vzc2lvblN0YXRlU2NoZW1hLFxuICBTa2lwcGVkTWVzc2FnZUtleVNjaGVtYSxcbn0gZnJvbSAnLi4vd2lyZS9nZW4vbmV4dXNsaW5rL3YxL3N0YXRlX3BiLmpzJztcbmltcG9ydCB0eXBlIHsgUGVuZGluZ1ByZUtleSwgU2Vzc2lvblN0YXRlIH0gZnJvbSAnLi4vd2lyZS9nZW4vbmV4dXNsaW5rL3YxL3N0YXRlX3BiLmpzJztcbmltcG9ydCB7IExJTUlUUywgU0laRVMgfSBmcm9tICcuL2NvbnN0YW50cy5qcyc7XG5pbXBvcnQgeyBrZGZDaGFpbktleSwga2RmUm9vdEtleSwgbGVuZ3RoUHJlZml4ZWQsIG1lc3NhZ2VLZXlNYXRlcmlhbCB9IGZyb20gJy4va2RmLmpzJztcblxuLyoqIFRoZSA5Ni1ieXRlIFBRWERIIG91dHB1dCBzcGxpdCBpbnRvIHRoZSByYXRjaGV0J3MgaW5pdGlhbCBzZWNyZXRzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBJbml0aWFsU2VjcmV0cyB7XG4gIC8qKiBTSzogdGhlIGZpcnN0IHJvb3Qga2V5LiAqL1xuICByZWFkb25seSByb290S2V5OiBVaW50OEFycmF5O1xuICAvKiogVGhlIGluaXRpYXRvcidzIGZpcnN0IHNlbmRpbmcgaGVhZGVyIGtleSAoSEthKS4gKi9cbiAgcmVhZG9ubHkgaW5pdGlhdG9ySGVhZGVyS2V5OiBVaW50OEFycmF5O1xuICAvKiogVGhlIHJlc3BvbmRlcidzIGZpcnN0IG5leHQtc2VuZGluZyBoZWFkZXIga2V5IChOSEtiKS4gKi9cbiAgcmVhZG9ubHkgcmVzcG9uZGVyTmV4dEhlYWRlcktleTogVWludDhBcnJheTtcbn1cblxuZnVuY3Rpb24gZGgoc2VjcmV0OiBVaW50OEFycmF5LCBwdWJsaWNLZXk6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5IHtcbiAgY29uc3Qgb3V0ID0gY3J5cHRvKCkueDI1NTE5KHNlY3JldCwgcHVibGljS2V5KTtcbiAgaWYgKG91dCA9PT0gbnVsbCkgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0RFQ1JZUFRfRkFJTEVEJywgJ3JhdGNoZXQga2V5IGlzIGEgbG93LW9yZGVyIHBvaW50Jyk7XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIG5ld1JhdGNoZXRTZWNyZXQocmFuZG9tOiBSYW5kb21Tb3VyY2UpOiBVaW50OEFycmF5IHtcbiAgcmV0dXJuIHJhbmRvbS5yYW5kb21CeXRlcyhTSVpFUy54MjU1MTkpO1xufVxuXG4vKiogUmF0Y2hldEluaXRBbGljZSAvIFJhdGNoZXRJbml0QWxpY2VIRS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpbml0aWFsaXplSW5pdGlhdG9yKG9wdGlvbnM6IHtcbiAgc2VjcmV0czogSW5pdGlhbFNlY3JldHM7XG4gIHNlc3Npb25BZDogVWludDhBcnJheTtcbiAgcmVtb3RlUmF0Y2hldEtleTogVWludDhBcnJheTtcbiAgcmVtb3RlSWRlbnRpdHlLZXk6IFVpbnQ4QXJyYXk7XG4gIGhlYWRlckVuY3J5cHRpb246IGJvb2xlYW47XG4gIHBlbmRpbmc6IFBlbmRpbmdQcmVLZXk7XG4gIG5vdzogbnVtYmVyO1xuICByYW5kb206IFJhbmRvbVNvdXJjZTtcbn0pOiBTZXNzaW9uU3RhdGUge1xuICBjb25zdCBzZW5kaW5nU2VjcmV0ID0gbmV3UmF0Y2hldFNlY3JldChvcHRpb25zLnJhbmRvbSk7XG4gIGNvbnN0IGRlcml2ZWQgPSBrZGZSb290S2V5KG9wdGlvbnMuc2VjcmV0cy5yb290S2V5LCBkaChzZW5kaW5nU2VjcmV0LCBvcHRpb25zLnJlbW90ZVJhdGNoZXRLZXkpKTtcbiAgY29uc3QgaGUgPSBvcHRpb25zLmhlYWRlckVuY3J5cHRpb247XG4gIHJldHVybiBjcmVhdGUoU2Vzc2lvblN0YXRlU2NoZW1hLCB7XG4gICAgdmVyc2lvbjogMSxcbiAgICBzZXNzaW9uQWQ6IG9wdGlvbnMuc2Vzc2lvbkFkLFxuICAgIHJvb3RLZXk6IGRlcml2ZWQucm9vdEtleSxcbiAgICBzZW5kaW5nUmF0Y2hldFNlY3JldDogc2VuZGluZ1NlY3JldCxcbiAgICByZWNlaXZpbmdSYXRjaGV0S2V5OiBvcHRpb25zLnJlbW90ZVJhdGNoZXRLZXksXG4gICAgc2VuZGluZ0NoYWluS2V5OiBkZXJpdmVkLmNoYWluS2V5LFxuICAgIGhlYWRlckVuY3J5cHRpb246IGhlLFxuICAgIHNlbmRpbmdIZWFkZXJLZXk6IGhlID8gb3B0aW9ucy5zZWNyZXRzLmluaXRpYXRvckhlYWRlcktleSA6IG5ldyBVaW50OEFycmF5KDApLFxuICAgIG5leHRTZW5kaW5nSGVhZGVyS2V5OiBoZSA/IGRlcml2ZWQubmV4dEhlYWRlcktleSA6IG5ldyBVaW50OEFycmF5KDApLFxuICAgIG5leHRSZWNlaXZpbmdIZWFkZXJLZXk6IGhlID8gb3B0aW9ucy5zZWNyZXRzLnJlc3BvbmRlck5leHRIZWFkZXJLZXkgOiBuZXcgVWludDhBcnJheSgwKSxcbiAgICBwZW5kaW5nUHJla2V5OiBvcHRpb25zLnBlbmRpbmcsXG4gICAgYmFzZUtleTogb3B0aW9ucy5wZW5kaW5nLmJhc2VLZXksXG4gICAgcmVtb3RlSWRlbnRpdHlLZXk6IG9wdGlvbnMucmVtb3RlSWRlbnRpdHlLZXksXG4gICAgY3JlYXRlZEF0TXM6IEJpZ0ludChvcHRpb25zLm5vdyksXG4gIH0pO1xufVxuXG4vKiogUmF0Y2hldEluaXRCb2IgLyBSYXRjaGV0SW5pdEJvYkhFLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGluaXRpYWxpemVSZXNwb25kZXIob3B0aW9uczoge1xuICBzZWNyZXRzOiBJbml0aWFsU2VjcmV0cztcbiAgc2Vzc2lvbkFkOiBVaW50OEFycmF5O1xuICBzaWduZWRQcmVLZXlTZWNyZXQ6IFVpbnQ4QXJyYXk7XG4gIGJhc2VLZXk6IFVpbnQ4QXJyYXk7XG4gIHJlbW90ZUlkZW50aXR5S2V5OiBVaW50OEFycmF5O1xuICBoZWFkZXJFbmNyeXB0aW9uOiBib29sZWFuO1xuICBub3c6IG51bWJlcjtcbn0pOiBTZXNzaW9uU3RhdGUge1xuICBjb25zdCBoZSA9IG9wdGlvbnMuaGVhZGVyRW5jcnlwdGlvbjtcbiAgcmV0dXJuIGNyZWF0ZShTZXNzaW9uU3RhdGVTY2hlbWEsIHtcbiAgICB2ZXJzaW9uOiAxLFxuICAgIHNlc3Npb25BZDogb3B0aW9ucy5zZXNzaW9uQWQsXG4gICAgcm9vdEtleTogb3B0aW9ucy5zZWNyZXRzLnJvb3RLZXksXG4gICAgc2VuZGluZ1JhdGNoZXRTZWNyZXQ6IG9wdGlvbnMuc2lnbmVkUHJlS2V5U2VjcmV0LFxuICAgIGhlYWRlckVuY3J5cHRpb246IGhlLFxuICAgIG5leHRTZW5kaW5nSGVhZGVyS2V5OiBoZSA/IG9wdGlvbnMuc2VjcmV0cy5yZXNwb25kZXJOZXh0SGVhZGVyS2V5IDogbmV3IFVpbnQ4QXJyYXkoMCksXG4gICAgbmV4dFJlY2VpdmluZ0hlYWRlcktleTogaGUgPyBvcHRpb25zLnNlY3JldHMuaW5pdGlhdG9ySGVhZGVyS2V5IDogbmV3IFVpbnQ4QXJyYXkoMCksXG4gICAgYmFzZUtleTogb3B0aW9ucy5iYXNlS2V5LFxuICAgIHJlbW90ZUlkZW50aXR5S2V5OiBvcHRpb25zLnJlbW90ZUlkZW50aXR5S2V5LFxuICAgIGNyZWF0ZWRBdE1zOiBCaWdJbnQob3B0aW9ucy5ub3cpLFxuICB9KTtcbn1cblxuZnVuY3Rpb24gbWVzc2FnZUFkKHNlc3Npb25BZDogVWludDhBcnJheSwgaGVhZGVyOiBVaW50OEFycmF5KTogVWludDhBcnJheSB7XG4gIHJldHVybiBsZW5ndGhQcmVmaXhlZChzZXNzaW9uQWQsIGhlYWRlcik7XG59XG5cbmZ1bmN0aW9uIHNlYWxIZWFkZXIoXG4gIGtleTogVWludDhBcnJheSxcbiAgaGVhZGVyOiBVaW50OEFycmF5LFxuICBzZXNzaW9uQWQ6IFVpbnQ4QXJyYXksXG4gIHJhbmRvbTogUmFuZG9tU291cmNlLFxuKTogVWludDhBcnJheSB7XG4gIGNvbnN0IG5vbmNlID0gcmFuZG9tLnJhbmRvbUJ5dGVzKFNJWkVTLmhlYWRlck5vbmNlKTtcbiAgcmV0dXJuIGNvbmNhdChub25jZSwgY3J5cHRvKCkueGNoYWNoYTIwcG9seTEzMDVTZWFsKGtleSwgbm9uY2UsIGhlYWRlciwgc2Vzc2lvbkFkKSk7XG59XG5cbmZ1bmN0aW9uIG9wZW5IZWFkZXIoXG4gIGtleTogVWludDhBcnJheSxcbiAgZW5jcnlwdGVkOiBVaW50OEFycmF5LFxuICBzZXNzaW9uQWQ6IFVpbnQ4QXJyYXksXG4pOiBVaW50OEFycmF5IHwgbnVsbCB7XG4gIGlmIChrZXkubGVuZ3RoID09PSAwIHx8IGVuY3J5cHRlZC5sZW5ndGggPCBTSVpFUy5oZWFkZXJOb25jZSArIFNJWkVTLnRhZykgcmV0dXJuIG51bGw7XG4gIHJldHVybiBjcnlwdG8oKS54Y2hhY2hhMjBwb2x5MTMwNU9wZW4oXG4gICAga2V5LFxuICAgIGVuY3J5cHRlZC5zdWJhcnJheSgwLCBTSVpFUy5oZWFkZXJOb25jZSksXG4gICAgZW5jcnlwdGVkLnN1YmFycmF5KFNJWkVTLmhlYWRlck5vbmNlKSxcbiAgICBzZXNzaW9uQWQsXG4gICk7XG59XG5cbi8qKiBSYXRjaGV0RW5jcnlwdCAvIFJhdGNoZXRFbmNyeXB0SEU6IHJldHVybnMgdGhlIGBSYXRjaGV0TWVzc2FnZWAgKG5vdCB5ZXQgZW5jb2RlZCkuICovXG5leHBvcnQgZnVuY3Rpb24gcmF0Y2hldEVuY3J5cHQoXG4gIHN0YXRlOiBTZXNzaW9uU3RhdGUsXG4gIHBsYWludGV4dDogVWludDhBcnJheSxcbiAgcmFuZG9tOiBSYW5kb21Tb3VyY2UsXG4pOiBSYXRjaGV0TWVzc2FnZSB7XG4gIGlmIChzdGF0ZS5zZW5kaW5nQ2hhaW5LZXkubGVuZ3RoID09PSAwKSB7XG4gICAgLy8gQSByZXNwb25kZXIgY2Fubm90IHNlbmQgYmVmb3JlIGl0IGhhcyByZWNlaXZlZCAoaXRzIHNlbmRpbmcgY2hhaW4gc3RhcnRzIGF0IHRoZSBmaXJzdCBESCByYXRjaGV0KS5cbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignTk9fU0VTU0lPTicsICd0aGlzIHNlc3Npb24gY2Fubm90IHNlbmQgdW50aWwgaXQgcmVjZWl2ZXMgYSBtZXNzYWdlJyk7XG4gIH1cbiAgY29uc3QgeyBjaGFpbktleSwgbWVzc2FnZUtleSB9ID0ga2RmQ2hhaW5LZXkoc3RhdGUuc2VuZGluZ0NoYWluS2V5KTtcbiAgc3RhdGUuc2VuZGluZ0NoYWluS2V5ID0gY2hhaW5LZXk7XG4gIGNvbnN0IGhlYWRlciA9IHJhdGNoZXRIZWFkZXJDb2RlYy5lbmNvZGUoe1xuICAgIHJhdGNoZXRLZXk6IGNyeXB0bygpLngyNTUxOVB1YmxpY0tleShzdGF0ZS5zZW5kaW5nUmF0Y2hldFNlY3JldCksXG4gICAgcHJldmlvdXNDaGFpbkxlbmd0aDogc3RhdGUucHJldmlvdXNTZW5kaW5nQ2hhaW5MZW5ndGgsXG4gICAgbWVzc2FnZU51bWJlcjogc3RhdGUuc2VuZGluZ01lc3NhZ2VOdW1iZXIsXG4gIH0pO1xuICBzdGF0ZS5zZW5kaW5nTWVzc2FnZU51bWJlciArPSAxO1xuICBjb25zdCBoZWFkZXJCeXRlcyA9IHN0YXRlLmhlYWRlckVuY3J5cHRpb25cbiAgICA/IHNlYWxIZWFkZXIoc3RhdGUuc2VuZGluZ0hlYWRlcktleSwgaGVhZGVyLCBzdGF0ZS5zZXNzaW9uQWQsIHJhbmRvbSlcbiAgICA6IGhlYWRlcjtcbiAgY29uc3QgeyBrZXksIG5vbmNlIH0gPSBtZXNzYWdlS2V5TWF0ZXJpYWwobWVzc2FnZUtleSk7XG4gIGNvbnN0IGNpcGhlcnRleHQgPSBjcnlwdG8oKS5jaGFjaGEyMHBvbHkxMzA1U2VhbChcbiAgICBrZXksXG4gICAgbm9uY2UsXG4gICAgcGxhaW50ZXh0LFxuICAgIG1lc3NhZ2VBZChzdGF0ZS5zZXNzaW9uQWQsIGhlYWRlckJ5dGVzKSxcbiAgKTtcbiAgcmV0dXJuIGNyZWF0ZShSYXRjaGV0TWVzc2FnZVNjaGVtYSwge1xuICAgIHZlcnNpb246IDEsXG4gICAgLi4uKHN0YXRlLmhlYWRlckVuY3J5cHRpb24gPyB7IGVuY3J5cHRlZEhlYWRlcjogaGVhZGVyQnl0ZXMgfSA6IHsgaGVhZGVyOiBoZWFkZXJCeXRlcyB9KSxcbiAgICBjaXBoZXJ0ZXh0LFxuICB9KTtcbn1cblxuLyoqIFRoZSBoZWFkZXIgYnl0ZXMgYSBtZXNzYWdlIGF1dGhlbnRpY2F0ZXM6IHRoZSBwbGFpbnRleHQgaGVhZGVyIG9yIHRoZSBlbmNyeXB0ZWQgb25lLiAqL1xuZnVuY3Rpb24gaGVhZGVyQnl0ZXNPZihtZXNzYWdlOiBSYXRjaGV0TWVzc2FnZSk6IFVpbnQ4QXJyYXkge1xuICByZXR1cm4gbWVzc2FnZS5lbmNyeXB0ZWRIZWFkZXIubGVuZ3RoID4gMCA/IG1lc3NhZ2UuZW5jcnlwdGVkSGVhZGVyIDogbWVzc2FnZS5oZWFkZXI7XG59XG5cbmZ1bmN0aW9uIG9wZW5XaXRoKFxuICBtZXNzYWdlS2V5OiBVaW50OEFycmF5LFxuICBtZXNzYWdlOiBSYXRjaGV0TWVzc2FnZSxcbiAgc2Vzc2lvbkFkOiBVaW50OEFycmF5LFxuKTogVWludDhBcnJheSB7XG4gIGNvbnN0IHsga2V5LCBub25jZSB9ID0gbWVzc2FnZUtleU1hdGVyaWFsKG1lc3NhZ2VLZXkpO1xuICBjb25zdCBwbGFpbnRleHQgPSBjcnlwdG8oKS5jaGFjaGEyMHBvbHkxMzA1T3BlbihcbiAgICBrZXksXG4gICAgbm9uY2UsXG4gICAgbWVzc2FnZS5jaXBoZXJ0ZXh0LFxuICAgIG1lc3NhZ2VBZChzZXNzaW9uQWQsIGhlYWRlckJ5dGVzT2YobWVzc2FnZSkpLFxuICApO1xuICBpZiAocGxhaW50ZXh0ID09PSBudWxsKSB0aHJvdyBuZXcgTmV4dXNFcnJvcignREVDUllQVF9GQUlMRUQnLCAnbWVzc2FnZSBkb2VzIG5vdCBhdXRoZW50aWNhdGUnKTtcbiAgcmV0dXJuIHBsYWludGV4dDtcbn1cblxuLyoqIERyb3Agc2tpcHBlZCBrZXlzIHBhc3QgdGhlaXIgbGlmZXRpbWUsIHJlbWVtYmVyaW5nIHRoZW0gYXMgZm9yZ290dGVuLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGV4cGlyZVNraXBwZWRLZXlzKFxuICBzdGF0ZTogeyBza2lwcGVkOiBTZXNzaW9uU3RhdGVbJ3NraXBwZWQnXTsgZm9yZ290dGVuOiBTZXNzaW9uU3RhdGVbJ2ZvcmdvdHRlbiddIH0sXG4gIG5vdzogbnVtYmVyLFxuKTogdm9pZCB7XG4gIGNvbnN0IGN1dG9mZiA9IEJpZ0ludChub3cgLSBMSU1JVFMuc2tpcHBlZEtleUxpZmV0aW1lTXMpO1xuICBjb25zdCBrZWVwID0gc3RhdGUuc2tpcHBlZC5maWx0ZXIoKGspID0+IGsuc3RvcmVkQXRNcyA+IGN1dG9mZik7XG4gIGlmIChrZWVwLmxlbmd0aCA9PT0gc3RhdGUuc2tpcHBlZC5sZW5ndGgpIHJldHVybjtcbiAgZm9yIChjb25zdCBrIG9mIHN0YXRlLnNraXBwZWQpXG4gICAgaWYgKGsuc3RvcmVkQXRNcyA8PSBjdXRvZmYpIGZvcmdldChzdGF0ZSwgay5jaGFpbiwgay5tZXNzYWdlTnVtYmVyKTtcbiAgc3RhdGUuc2tpcHBlZCA9IGtlZXA7XG59XG5cbmZ1bmN0aW9uIGZvcmdldChcbiAgc3RhdGU6IHsgZm9yZ290dGVuOiBTZXNzaW9uU3RhdGVbJ2ZvcmdvdHRlbiddIH0sXG4gIGNoYWluOiBVaW50OEFycmF5LFxuICBtZXNzYWdlTnVtYmVyOiBudW1iZXIsXG4pOiB2b2lkIHtcbiAgc3RhdGUuZm9yZ290dGVuLnB1c2goY3JlYXRlKEZvcmdvdHRlbk1lc3NhZ2VLZXlTY2hlbWEsIHsgY2hhaW4sIG1lc3NhZ2VOdW1iZXIgfSkpO1xuICBpZiAoc3RhdGUuZm9yZ290dGVuLmxlbmd0aCA+IExJTUlUUy5tYXhGb3Jnb3R0ZW4pXG4gICAgc3RhdGUuZm9yZ290dGVuLnNwbGljZSgwLCBzdGF0ZS5mb3Jnb3R0ZW4ubGVuZ3RoIC0gTElNSVRTLm1heEZvcmdvdHRlbik7XG59XG5cbi8qKiBXaGV0aGVyIChjaGFpbiwgbikgd2FzIGZvcmdvdHRlbiAoZXhwaXJlZCBvciBldmljdGVkKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc0ZvcmdvdHRlbihcbiAgc3RhdGU6IHsgZm9yZ290dGVuOiBTZXNzaW9uU3RhdGVbJ2ZvcmdvdHRlbiddIH0sXG4gIGNoYWluOiBVaW50OEFycmF5LFxuICBtZXNzYWdlTnVtYmVyOiBudW1iZXIsXG4pOiBib29sZWFuIHtcbiAgcmV0dXJuIHN0YXRlLmZvcmdvdHRlbi5zb21lKFxuICAgIChmKSA9PiBmLm1lc3NhZ2VOdW1iZXIgPT09IG1lc3NhZ2VOdW1iZXIgJiYgYnl0ZXNFcXVhbChmLmNoYWluLCBjaGFpbiksXG4gICk7XG59XG5cbi8qKiBTdG9yZSBhIHNraXBwZWQga2V5LCBldmljdGluZyAoYW5kIGZvcmdldHRpbmcpIHRoZSBvbGRlc3QgYmV5b25kIHRoZSBjYXAuICovXG5leHBvcnQgZnVuY3Rpb24gc3RvcmVTa2lwcGVkKFxuICBzdGF0ZTogeyBza2lwcGVkOiBTZXNzaW9uU3RhdGVbJ3NraXBwZWQnXTsgZm9yZ290dGVuOiBTZXNzaW9uU3RhdGVbJ2ZvcmdvdHRlbiddIH0sXG4gIGNoYWluOiBVaW50OEFycmF5LFxuICBtZXNzYWdlTnVtYmVyOiBudW1iZXIsXG4gIG1lc3NhZ2VLZXk6IFVpbnQ4QXJyYXksXG4gIG5vdzogbnVtYmVyLFxuKTogdm9pZCB7XG4gIHN0YXRlLnNraXBwZWQucHVzaChcbiAgICBjcmVhdGUoU2tpcHBlZE1lc3NhZ2VLZXlTY2hlbWEsIHsgY2hhaW4sIG1lc3NhZ2VOdW1iZXIsIG1lc3NhZ2VLZXksIHN0b3JlZEF0TXM6IEJpZ0ludChub3cpIH0pLFxuICApO1xuICB3aGlsZSAoc3RhdGUuc2tpcHBlZC5sZW5ndGggPiBMSU1JVFMubWF4U3RvcmVkU2tpcHBlZEtleXMpIHtcbiAgICBjb25zdCBldmljdGVkID0gc3RhdGUuc2tpcHBlZC5zaGlmdCgpITtcbiAgICBmb3JnZXQoc3RhdGUsIGV2aWN0ZWQuY2hhaW4sIGV2aWN0ZWQubWVzc2FnZU51bWJlcik7XG4gIH1cbn1cblxuLyoqIFJlbW92ZSBhbmQgcmV0dXJuIHRoZSBza2lwcGVkIGtleSBmb3IgKGNoYWluLCBuKSwgaWYgaGVsZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0YWtlU2tpcHBlZChcbiAgc3RhdGU6IHsgc2tpcHBlZDogU2Vzc2lvblN0YXRlWydza2lwcGVkJ10gfSxcbiAgY2hhaW46IFVpbnQ4QXJyYXksXG4gIG1lc3NhZ2VOdW1iZXI6IG51bWJlcixcbik6IFVpbnQ4QXJyYXkgfCBudWxsIHtcbiAgY29uc3QgaSA9IHN0YXRlLnNraXBwZWQuZmluZEluZGV4KFxuICAgIChrKSA9PiBrLm1lc3NhZ2VOdW1iZXIgPT09IG1lc3NhZ2VOdW1iZXIgJiYgYnl0ZXNFcXVhbChrLmNoYWluLCBjaGFpbiksXG4gICk7XG4gIGlmIChpIDwgMCkgcmV0dXJuIG51bGw7XG4gIGNvbnN0IFtrZXldID0gc3RhdGUuc2tpcHBlZC5zcGxpY2UoaSwgMSk7XG4gIHJldHVybiBrZXkhLm1lc3NhZ2VLZXk7XG59XG5cbi8qKiBUaGUgY2hhaW4gaWRlbnRpZmllciBvZiB0aGUgY3VycmVudCByZWNlaXZpbmcgY2hhaW46IHRoZSBoZWFkZXIga2V5IHdpdGggSEUsIHRoZSByYXRjaGV0IGtleSB3aXRob3V0LiAqL1xuZnVuY3Rpb24gcmVjZWl2aW5nQ2hhaW5JZChzdGF0ZTogU2Vzc2lvblN0YXRlKTogVWludDhBcnJheSB7XG4gIHJldHVybiBzdGF0ZS5oZWFkZXJFbmNyeXB0aW9uID8gc3RhdGUucmVjZWl2aW5nSGVhZGVyS2V5IDogc3RhdGUucmVjZWl2aW5nUmF0Y2hldEtleTtcbn1cblxuLyoqIFNraXBNZXNzYWdlS2V5czogc3RvcmUga2V5cyBvZiB0aGUgY3VycmVudCByZWNlaXZpbmcgY2hhaW4gdXAgdG8gYHVudGlsYC4gKi9cbmZ1bmN0aW9uIHNraXBNZXNzYWdlS2V5cyhzdGF0ZTogU2Vzc2lvblN0YXRlLCB1bnRpbDogbnVtYmVyLCBub3c6IG51bWJlcik6IHZvaWQge1xuICBpZiAodW50aWwgLSBzdGF0ZS5yZWNlaXZpbmdNZXNzYWdlTnVtYmVyID4gTElNSVRTLm1heFNraXApIHtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignVE9PX01BTllfU0tJUFBFRCcsIGBtZXNzYWdlIHdvdWxkIHNraXAgbW9yZSB0aGFuICR7TElNSVRTLm1heFNraXB9IGtleXNgKTtcbiAgfVxuICBpZiAoc3RhdGUucmVjZWl2aW5nQ2hhaW5LZXkubGVuZ3RoID09PSAwKSByZXR1cm47XG4gIGNvbnN0IGNoYWluID0gcmVjZWl2aW5nQ2hhaW5JZChzdGF0ZSk7XG4gIHdoaWxlIChzdGF0ZS5yZWNlaXZpbmdNZXNzYWdlTnVtYmVyIDwgdW50aWwpIHtcbiAgICBjb25zdCB7IGNoYWluS2V5LCBtZXNzYWdlS2V5IH0gPSBrZGZDaGFpbktleShzdGF0ZS5yZWNlaXZpbmdDaGFpbktleSk7XG4gICAgc3RhdGUucmVjZWl2aW5nQ2hhaW5LZXkgPSBjaGFpbktleTtcbiAgICBzdG9yZVNraXBwZWQoc3RhdGUsIGNoYWluLCBzdGF0ZS5yZWNlaXZpbmdNZXNzYWdlTnVtYmVyLCBtZXNzYWdlS2V5LCBub3cpO1xuICAgIHN0YXRlLnJlY2VpdmluZ01lc3NhZ2VOdW1iZXIgKz0gMTtcbiAgfVxufVxuXG4vKiogREhSYXRjaGV0IC8gREhSYXRjaGV0SEUuICovXG5mdW5jdGlvbiBkaFJhdGNoZXQoc3RhdGU6IFNlc3Npb25TdGF0ZSwgcmVtb3RlUmF0Y2hldEtleTogVWludDhBcnJheSwgcmFuZG9tOiBSYW5kb21Tb3VyY2UpOiB2b2lkIHtcbiAgY29uc3QgZmluaXNoZWQgPSByZWNlaXZpbmdDaGFpbklkKHN0YXRlKTtcbiAgaWYgKGZpbmlzaGVkLmxlbmd0aCA+IDApIHtcbiAgICBzdGF0ZS5wcmV2aW91c1JlY2VpdmluZ0NoYWlucy5wdXNoKGZpbmlzaGVkKTtcbiAgICBpZiAoc3RhdGUucHJldmlvdXNSZWNlaXZpbmdDaGFpbnMubGVuZ3RoID4gTElNSVRTLm1heFByZXZpb3VzQ2hhaW5zKVxuICAgICAgc3RhdGUucHJldmlvdXNSZWNlaXZpbmdDaGFpbnMuc2hpZnQoKTtcbiAgfVxuICBzdGF0ZS5wcmV2aW91c1NlbmRpbmdDaGFpbkxlbmd0aCA9IHN0YXRlLnNlbmRpbmdNZXNzYWdlTnVtYmVyO1xuICBzdGF0ZS5zZW5kaW5nTWVzc2FnZU51bWJlciA9IDA7XG4gIHN0YXRlLnJlY2VpdmluZ01lc3NhZ2VOdW1iZXIgPSAwO1xuICBpZiAoc3RhdGUuaGVhZGVyRW5jcnlwdGlvbikge1xuICAgIHN0YXRlLnNlbmRpbmdIZWFkZXJLZXkgPSBzdGF0ZS5uZXh0U2VuZGluZ0hlYWRlcktleTtcbiAgICBzdGF0ZS5yZWNlaXZpbmdIZWFkZXJLZXkgPSBzdGF0ZS5uZXh0UmVjZWl2aW5nSGVhZGVyS2V5O1xuICB9XG4gIHN0YXRlLnJlY2VpdmluZ1JhdGNoZXRLZXkgPSByZW1vdGVSYXRjaGV0S2V5O1xuICBjb25zdCByZWNlaXZpbmcgPSBrZGZSb290S2V5KHN0YXRlLnJvb3RLZXksIGRoKHN0YXRlLnNlbmRpbmdSYXRjaGV0U2VjcmV0LCByZW1vdGVSYXRjaGV0S2V5KSk7XG4gIHN0YXRlLnJvb3RLZXkgPSByZWNlaXZpbmcucm9vdEtleTtcbiAgc3RhdGUucmVjZWl2aW5nQ2hhaW5LZXkgPSByZWNlaXZpbmcuY2hhaW5LZXk7XG4gIGlmIChzdGF0ZS5oZWFkZXJFbmNyeXB0aW9uKSBzdGF0ZS5uZXh0UmVjZWl2aW5nSGVhZGVyS2V5ID0gcmVjZWl2aW5nLm5leHRIZWFkZXJLZXk7XG4gIHN0YXRlLnNlbmRpbmdSYXRjaGV0U2VjcmV0ID0gbmV3UmF0Y2hldFNlY3JldChyYW5kb20pO1xuICBjb25zdCBzZW5kaW5nID0ga2RmUm9vdEtleShzdGF0ZS5yb290S2V5LCBkaChzdGF0ZS5zZW5kaW5nUmF0Y2hldFNlY3JldCwgcmVtb3RlUmF0Y2hldEtleSkpO1xuICBzdGF0ZS5yb290S2V5ID0gc2VuZGluZy5yb290S2V5O1xuICBzdGF0ZS5zZW5kaW5nQ2hhaW5LZXkgPSBzZW5kaW5nLmNoYWluS2V5O1xuICBpZiAoc3RhdGUuaGVhZGVyRW5jcnlwdGlvbikgc3RhdGUubmV4dFNlbmRpbmdIZWFkZXJLZXkgPSBzZW5kaW5nLm5leHRIZWFkZXJLZXk7XG59XG5cbmZ1bmN0aW9uIGRlY29kZUhlYWRlcihieXRlczogVWludDhBcnJheSk6IFJhdGNoZXRIZWFkZXIge1xuICB0cnkge1xuICAgIHJldHVybiByYXRjaGV0SGVhZGVyQ29kZWMuZGVjb2RlKGJ5dGVzKTtcbiAgfSBjYXRjaCB7XG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0RFQ1JZUFRfRkFJTEVEJywgJ21lc3NhZ2UgaGVhZGVyIGlzIG1hbGZvcm1lZCcpO1xuICB9XG59XG5cbi8qKlxuICogUmF0Y2hldERlY3J5cHQgLyBSYXRjaGV0RGVjcnlwdEhFLiBNdXRhdGVzIGBzdGF0ZWA7IG9uIGFueSBlcnJvciB0aGVcbiAqIGNhbGxlciBtdXN0IGRpc2NhcmQgaXQgKHRoZSBzZXNzaW9uIGxheWVyIGRlY3J5cHRzIG9uIGEgY29weSkuXG4gKlxuICogQHRocm93cyBOZXh1c0Vycm9yIGBERUNSWVBUX0ZBSUxFRGAsIGBEVVBMSUNBVEVfTUVTU0FHRWAsIGBNRVNTQUdFX0VYUElSRURgLCBgVE9PX01BTllfU0tJUFBFRGAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByYXRjaGV0RGVjcnlwdChcbiAgc3RhdGU6IFNlc3Npb25TdGF0ZSxcbiAgbWVzc2FnZTogUmF0Y2hldE1lc3NhZ2UsXG4gIG5vdzogbnVtYmVyLFxuICByYW5kb206IFJhbmRvbVNvdXJjZSxcbik6IFVpbnQ4QXJyYXkge1xuICBpZiAoc3RhdGUuaGVhZGVyRW5jcnlwdGlvbiAhPT0gbWVzc2FnZS5lbmNyeXB0ZWRIZWFkZXIubGVuZ3RoID4gMCkge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdERUNSWVBUX0ZBSUxFRCcsICdoZWFkZXIgZW5jcnlwdGlvbiBkb2VzIG5vdCBtYXRjaCB0aGUgc2Vzc2lvbicpO1xuICB9XG4gIGV4cGlyZVNraXBwZWRLZXlzKHN0YXRlLCBub3cpO1xuICByZXR1cm4gc3RhdGUuaGVhZGVyRW5jcnlwdGlvblxuICAgID8gZGVjcnlwdFdpdGhIZWFkZXJFbmNyeXB0aW9uKHN0YXRlLCBtZXNzYWdlLCBub3csIHJhbmRvbSlcbiAgICA6IGRlY3J5cHRQbGFpbihzdGF0ZSwgbWVzc2FnZSwgbm93LCByYW5kb20pO1xufVxuXG5mdW5jdGlvbiBkZWNyeXB0UGxhaW4oXG4gIHN0YXRlOiBTZXNzaW9uU3RhdGUsXG4gIG1lc3NhZ2U6IFJhdGNoZXRNZXNzYWdlLFxuICBub3c6IG51bWJlcixcbiAgcmFuZG9tOiBSYW5kb21Tb3VyY2UsXG4pOiBVaW50OEFycmF5IHtcbiAgY29uc3QgaGVhZGVyID0gZGVjb2RlSGVhZGVyKG1lc3NhZ2UuaGVhZGVyKTtcbiAgY29uc3Qgc2tpcHBlZCA9IHRha2VTa2lwcGVkKHN0YXRlLCBoZWFkZXIucmF0Y2hldEtleSwgaGVhZGVyLm1lc3NhZ2VOdW1iZXIpO1xuICBpZiAoc2tpcHBlZCAhPT0gbnVsbCkgcmV0dXJuIG9wZW5XaXRoKHNraXBwZWQsIG1lc3NhZ2UsIHN0YXRlLnNlc3Npb25BZCk7XG4gIGlmIChpc0ZvcmdvdHRlbihzdGF0ZSwgaGVhZGVyLnJhdGNoZXRLZXksIGhlYWRlci5tZXNzYWdlTnVtYmVyKSkge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKFxuICAgICAgJ01FU1NBR0VfRVhQSVJFRCcsXG4gICAgICAndGhlIGtleSBvZiB0aGlzIG1lc3NhZ2Ugd2FzIGRlbGV0ZWQgKGV4cGlyZWQgb3IgZXZpY3RlZCknLFxuICAgICk7XG4gIH1cbiAgY29uc3Qgc2FtZUNoYWluID1cbiAgICBzdGF0ZS5yZWNlaXZpbmdSYXRjaGV0S2V5Lmxlbmd0aCA+IDAgJiZcbiAgICBieXRlc0VxdWFsKGhlYWRlci5yYXRjaGV0S2V5LCBzdGF0ZS5yZWNlaXZpbmdSYXRjaGV0S2V5KTtcbiAgaWYgKHNhbWVDaGFpbiAmJiBoZWFkZXIubWVzc2FnZU51bWJlciA8IHN0YXRlLnJlY2VpdmluZ01lc3NhZ2VOdW1iZXIpIHtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignRFVQTElDQVRFX01FU1NBR0UnLCAndGhpcyBtZXNzYWdlIHdhcyBhbHJlYWR5IGRlY3J5cHRlZCcpO1xuICB9XG4gIGlmICghc2FtZUNoYWluICYmIHN0YXRlLnByZXZpb3VzUmVjZWl2aW5nQ2hhaW5zLnNvbWUoKGMpID0+IGJ5dGVzRXF1YWwoYywgaGVhZGVyLnJhdGNoZXRLZXkpKSkge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdEVVBMSUNBVEVfTUVTU0FHRScsICd0aGlzIG1lc3NhZ2Ugd2FzIGFscmVhZHkgZGVjcnlwdGVkJyk7XG4gIH1cbiAgaWYgKCFzYW1lQ2hhaW4pIHtcbiAgICBza2lwTWVzc2FnZUtleXMoc3RhdGUsIGhlYWRlci5wcmV2aW91c0NoYWluTGVuZ3RoLCBub3cpO1xuICAgIGRoUmF0Y2hldChzdGF0ZSwgaGVhZGVyLnJhdGNoZXRLZXksIHJhbmRvbSk7XG4gIH1cbiAgc2tpcE1lc3NhZ2VLZXlzKHN0YXRlLCBoZWFkZXIubWVzc2FnZU51bWJlciwgbm93KTtcbiAgY29uc3QgeyBjaGFpbktleSwgbWVzc2FnZUtleSB9ID0ga2RmQ2hhaW5LZXkoc3RhdGUucmVjZWl2aW5nQ2hhaW5LZXkpO1xuICBzdGF0ZS5yZWNlaXZpbmdDaGFpbktleSA9IGNoYWluS2V5O1xuICBzdGF0ZS5yZWNlaXZpbmdNZXNzYWdlTnVtYmVyICs9IDE7XG4gIHJldHVybiBvcGVuV2l0aChtZXNzYWdlS2V5LCBtZXNzYWdlLCBzdGF0ZS5zZXNzaW9uQWQpO1xufVxuXG5mdW5jdGlvbiBkZWNyeXB0V2l0aEhlYWRlckVuY3J5cHRpb24oXG4gIHN0YXRlOiBTZXNzaW9uU3RhdGUsXG4gIG1lc3NhZ2U6IFJhdGNoZXRNZXNzYWdlLFxuICBub3c6IG51bWJlcixcbiAgcmFuZG9tOiBSYW5kb21Tb3VyY2UsXG4pOiBVaW50OEFycmF5IHtcbiAgLy8gVHJ5U2tpcHBlZE1lc3NhZ2VLZXlzSEU6IGFueSBzdG9yZWQgaGVhZGVyIGtleSB0aGF0IG9wZW5zIHRoZSBoZWFkZXIuXG4gIGNvbnN0IHRyaWVkID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGZvciAoY29uc3QgayBvZiBzdGF0ZS5za2lwcGVkKSB7XG4gICAgY29uc3QgaWQgPSB0b0hleChrLmNoYWluKTtcbiAgICBpZiAodHJpZWQuaGFzKGlkKSkgY29udGludWU7XG4gICAgdHJpZWQuYWRkKGlkKTtcbiAgICBjb25zdCBwbGFpbkhlYWRlciA9IG9wZW5IZWFkZXIoay5jaGFpbiwgbWVzc2FnZS5lbmNyeXB0ZWRIZWFkZXIsIHN0YXRlLnNlc3Npb25BZCk7XG4gICAgaWYgKHBsYWluSGVhZGVyID09PSBudWxsKSBjb250aW51ZTtcbiAgICBjb25zdCBoZWFkZXIgPSBkZWNvZGVIZWFkZXIocGxhaW5IZWFkZXIpO1xuICAgIGNvbnN0IGtleSA9IHRha2VTa2lwcGVkKHN0YXRlLCBrLmNoYWluLCBoZWFkZXIubWVzc2FnZU51bWJlcik7XG4gICAgaWYgKGtleSAhPT0gbnVsbCkgcmV0dXJuIG9wZW5XaXRoKGtleSwgbWVzc2FnZSwgc3RhdGUuc2Vzc2lvbkFkKTtcbiAgICBpZiAoaXNGb3Jnb3R0ZW4oc3RhdGUsIGsuY2hhaW4sIGhlYWRlci5tZXNzYWdlTnVtYmVyKSlcbiAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKFxuICAgICAgICAnTUVTU0FHRV9FWFBJUkVEJyxcbiAgICAgICAgJ3RoZSBrZXkgb2YgdGhpcyBtZXNzYWdlIHdhcyBkZWxldGVkIChleHBpcmVkIG9yIGV2aWN0ZWQpJyxcbiAgICAgICk7XG4gIH1cbiAgbGV0IHBsYWluSGVhZGVyID0gb3BlbkhlYWRlcihzdGF0ZS5yZWNlaXZpbmdIZWFkZXJLZXksIG1lc3NhZ2UuZW5jcnlwdGVkSGVhZGVyLCBzdGF0ZS5zZXNzaW9uQWQpO1xuICBsZXQgcmF0Y2hldFN0ZXAgPSBmYWxzZTtcbiAgaWYgKHBsYWluSGVhZGVyID09PSBudWxsKSB7XG4gICAgcGxhaW5IZWFkZXIgPSBvcGVuSGVhZGVyKFxuICAgICAgc3RhdGUubmV4dFJlY2VpdmluZ0hlYWRlcktleSxcbiAgICAgIG1lc3NhZ2UuZW5jcnlwdGVkSGVhZGVyLFxuICAgICAgc3RhdGUuc2Vzc2lvbkFkLFxuICAgICk7XG4gICAgcmF0Y2hldFN0ZXAgPSB0cnVlO1xuICB9XG4gIGlmIChwbGFpbkhlYWRlciA9PT0gbnVsbCkge1xuICAgIC8vIEEgaGVhZGVyIHRoYXQgYSBwYXN0IGNoYWluJ3Mga2V5IG9wZW5zIGJlbG9uZ3MgdG8gYSBtZXNzYWdlIGFscmVhZHlcbiAgICAvLyBkZWNyeXB0ZWQsIG9yIHRvIG9uZSB3aG9zZSBrZXkgd2FzIGRlbGV0ZWQgKGVhY2ggY2hhaW4gdHJpZWQgb25jZSkuXG4gICAgY29uc3QgY2hhaW5zID0gbmV3IE1hcChcbiAgICAgIFsuLi5zdGF0ZS5wcmV2aW91c1JlY2VpdmluZ0NoYWlucywgLi4uc3RhdGUuZm9yZ290dGVuLm1hcCgoZikgPT4gZi5jaGFpbildLm1hcCgoYykgPT4gW1xuICAgICAgICB0b0hleChjKSxcbiAgICAgICAgYyxcbiAgICAgIF0pLFxuICAgICk7XG4gICAgZm9yIChjb25zdCBjaGFpbiBvZiBjaGFpbnMudmFsdWVzKCkpIHtcbiAgICAgIGNvbnN0IG9wZW5lZCA9IG9wZW5IZWFkZXIoY2hhaW4sIG1lc3NhZ2UuZW5jcnlwdGVkSGVhZGVyLCBzdGF0ZS5zZXNzaW9uQWQpO1xuICAgICAgaWYgKG9wZW5lZCA9PT0gbnVsbCkgY29udGludWU7XG4gICAgICBpZiAoaXNGb3Jnb3R0ZW4oc3RhdGUsIGNoYWluLCBkZWNvZGVIZWFkZXIob3BlbmVkKS5tZXNzYWdlTnVtYmVyKSkge1xuICAgICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcihcbiAgICAgICAgICAnTUVTU0FHRV9FWFBJUkVEJyxcbiAgICAgICAgICAndGhlIGtleSBvZiB0aGlzIG1lc3NhZ2Ugd2FzIGRlbGV0ZWQgKGV4cGlyZWQgb3IgZXZpY3RlZCknLFxuICAgICAgICApO1xuICAgICAgfVxuICAgICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0RVUExJQ0FURV9NRVNTQUdFJywgJ3RoaXMgbWVzc2FnZSB3YXMgYWxyZWFkeSBkZWNyeXB0ZWQnKTtcbiAgICB9XG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0RFQ1JZUFRfRkFJTEVEJywgJ21lc3NhZ2UgaGVhZGVyIGRvZXMgbm90IGF1dGhlbnRpY2F0ZScpO1xuICB9XG4gIGNvbnN0IGhlYWRlciA9IGRlY29kZUhlYWRlcihwbGFpbkhlYWRlcik7XG4gIGlmICghcmF0Y2hldFN0ZXApIHtcbiAgICBpZiAoaXNGb3Jnb3R0ZW4oc3RhdGUsIHN0YXRlLnJlY2VpdmluZ0hlYWRlcktleSwgaGVhZGVyLm1lc3NhZ2VOdW1iZXIpKSB7XG4gICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcihcbiAgICAgICAgJ01FU1NBR0VfRVhQSVJFRCcsXG4gICAgICAgICd0aGUga2V5IG9mIHRoaXMgbWVzc2FnZSB3YXMgZGVsZXRlZCAoZXhwaXJlZCBvciBldmljdGVkKScsXG4gICAgICApO1xuICAgIH1cbiAgICBpZiAoaGVhZGVyLm1lc3NhZ2VOdW1iZXIgPCBzdGF0ZS5yZWNlaXZpbmdNZXNzYWdlTnVtYmVyKVxuICAgICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0RVUExJQ0FURV9NRVNTQUdFJywgJ3RoaXMgbWVzc2FnZSB3YXMgYWxyZWFkeSBkZWNyeXB0ZWQnKTtcbiAgfSBlbHNlIHtcbiAgICBza2lwTWVzc2FnZUtleXMoc3RhdGUsIGhlYWRlci5wcmV2aW91c0NoYWluTGVuZ3RoLCBub3cpO1xuICAgIGRoUmF0Y2hldChzdGF0ZSwgaGVhZGVyLnJhdGNoZXRLZXksIHJhbmRvbSk7XG4gIH1cbiAgc2tpcE1lc3NhZ2VLZXlzKHN0YXRlLCBoZWFkZXIubWVzc2FnZU51bWJlciwgbm93KTtcbiAgY29uc3QgeyBjaGFpbktleSwgbWVzc2FnZUtleSB9ID0ga2RmQ2hhaW5LZXkoc3RhdGUucmVjZWl2aW5nQ2hhaW5LZXkpO1xuICBzdGF0ZS5yZWNlaXZpbmdDaGFpbktleSA9IGNoYWluS2V5O1xuICBzdGF0ZS5yZWNlaXZpbmdNZXNzYWdlTnVtYmVyICs9IDE7XG4gIHJldHVybiBvcGVuV2l0aChtZXNzYWdlS2V5LCBtZXNzYWdlLCBzdGF0ZS5zZXNzaW9uQWQpO1xufVxuIiwgImltcG9ydCB7IGNvbmNhdCwgdTMyYmUsIHV0ZjggfSBmcm9tICcuLi9wcmltaXRpdmVzL2J5dGVzLmpzJztcbmltcG9ydCB7IGNyeXB0byB9IGZyb20gJy4uL3ByaW1pdGl2ZXMvcHJvdmlkZXIuanMnO1xuaW1wb3J0IHsgTEFCRUxTLCBTSVpFUyB9IGZyb20gJy4vY29uc3RhbnRzLmpzJztcblxuY29uc3QgUk9PVF9JTkZPID0gdXRmOChMQUJFTFMucm9vdEtleSk7XG5jb25zdCBNRVNTQUdFX0lORk8gPSB1dGY4KExBQkVMUy5tZXNzYWdlS2V5cyk7XG5jb25zdCBTRU5ERVJfTUVTU0FHRV9JTkZPID0gdXRmOChMQUJFTFMuc2VuZGVyTWVzc2FnZUtleXMpO1xuY29uc3QgWkVST19TQUxUID0gbmV3IFVpbnQ4QXJyYXkoMzIpO1xuY29uc3QgT05FID0gVWludDhBcnJheS5vZigweDAxKTtcbmNvbnN0IFRXTyA9IFVpbnQ4QXJyYXkub2YoMHgwMik7XG5cbi8qKlxuICogS0RGX1JLIChEb3VibGUgUmF0Y2hldCBcdTAwQTc1LjIpOiBIS0RGLVNIQS0yNTYgd2l0aCB0aGUgcm9vdCBrZXkgYXMgc2FsdCBhbmQgdGhlXG4gKiBESCBvdXRwdXQgYXMgaW5wdXQga2V5IG1hdGVyaWFsLiA5NiBieXRlczogdGhlIG5ldyByb290IGtleSwgYSBjaGFpbiBrZXksXG4gKiBhbmQgYSBuZXh0IGhlYWRlciBrZXkgKHVzZWQgb25seSB3aXRoIGhlYWRlciBlbmNyeXB0aW9uOyBkZXJpdmluZyBpdFxuICogYWx3YXlzIGtlZXBzIG9uZSBjb2RlIHBhdGgpLlxuICovXG5leHBvcnQgZnVuY3Rpb24ga2RmUm9vdEtleShcbiAgcm9vdEtleTogVWludDhBcnJheSxcbiAgZGhPdXRwdXQ6IFVpbnQ4QXJyYXksXG4pOiB7IHJvb3RLZXk6IFVpbnQ4QXJyYXk7IGNoYWluS2V5OiBVaW50OEFycmF5OyBuZXh0SGVhZGVyS2V5OiBVaW50OEFycmF5IH0ge1xuICBjb25zdCBva20gPSBjcnlwdG8oKS5oa2RmU2hhMjU2KGRoT3V0cHV0LCByb290S2V5LCBST09UX0lORk8sIDk2KTtcbiAgcmV0dXJuIHtcbiAgICByb290S2V5OiBva20uc2xpY2UoMCwgMzIpLFxuICAgIGNoYWluS2V5OiBva20uc2xpY2UoMzIsIDY0KSxcbiAgICBuZXh0SGVhZGVyS2V5OiBva20uc2xpY2UoNjQsIDk2KSxcbiAgfTtcbn1cblxuLyoqIEtERl9DSyAoRG91YmxlIFJhdGNoZXQgXHUwMEE3NS4yKTogbWVzc2FnZSBrZXkgPSBITUFDKGNrLCAweDAxKSwgbmV4dCBjaGFpbiBrZXkgPSBITUFDKGNrLCAweDAyKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBrZGZDaGFpbktleShjaGFpbktleTogVWludDhBcnJheSk6IHtcbiAgY2hhaW5LZXk6IFVpbnQ4QXJyYXk7XG4gIG1lc3NhZ2VLZXk6IFVpbnQ4QXJyYXk7XG59IHtcbiAgY29uc3QgYyA9IGNyeXB0bygpO1xuICByZXR1cm4geyBtZXNzYWdlS2V5OiBjLmhtYWNTaGEyNTYoY2hhaW5LZXksIE9ORSksIGNoYWluS2V5OiBjLmhtYWNTaGEyNTYoY2hhaW5LZXksIFRXTykgfTtcbn1cblxuLyoqIEFFQUQga2V5IGFuZCBub25jZSBvZiBhIG1lc3NhZ2Uga2V5OiBIS0RGLVNIQS0yNTYoc2FsdCAwXjMyLCBpa20gbWssIGluZm8pIFx1MjE5MiAzMiArIDEyIGJ5dGVzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1lc3NhZ2VLZXlNYXRlcmlhbChcbiAgbWVzc2FnZUtleTogVWludDhBcnJheSxcbiAgZ3JvdXAgPSBmYWxzZSxcbik6IHsga2V5OiBVaW50OEFycmF5OyBub25jZTogVWludDhBcnJheSB9IHtcbiAgY29uc3Qgb2ttID0gY3J5cHRvKCkuaGtkZlNoYTI1NihcbiAgICBtZXNzYWdlS2V5LFxuICAgIFpFUk9fU0FMVCxcbiAgICBncm91cCA/IFNFTkRFUl9NRVNTQUdFX0lORk8gOiBNRVNTQUdFX0lORk8sXG4gICAgU0laRVMuYWVhZEtleSArIFNJWkVTLmFlYWROb25jZSxcbiAgKTtcbiAgcmV0dXJuIHsga2V5OiBva20uc3ViYXJyYXkoMCwgMzIpLCBub25jZTogb2ttLnN1YmFycmF5KDMyLCA0NCkgfTtcbn1cblxuLyoqIGB1MzJiZShsZW5ndGgpIHx8IGJ5dGVzYCBmb3IgZWFjaCBwYXJ0OiBhbiB1bmFtYmlndW91cyBjb25jYXRlbmF0aW9uLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxlbmd0aFByZWZpeGVkKC4uLnBhcnRzOiBVaW50OEFycmF5W10pOiBVaW50OEFycmF5IHtcbiAgY29uc3Qgb3V0OiBVaW50OEFycmF5W10gPSBbXTtcbiAgZm9yIChjb25zdCBwIG9mIHBhcnRzKSBvdXQucHVzaCh1MzJiZShwLmxlbmd0aCksIHApO1xuICByZXR1cm4gY29uY2F0KC4uLm91dCk7XG59XG4iLCAiLyoqXG4gKiBQUVhESCAoU2lnbmFsJ3MgUFFYREggc3BlY2lmaWNhdGlvbiwgcmV2aXNpb24gMykgd2l0aCBYMjU1MTkgYW5kXG4gKiBNTC1LRU0tMTAyNC4gVGhlIGRldmljZSBYMjU1MTkga2V5cyBjZXJ0aWZpZWQgaW4gZGV2aWNlIGNlcnRpZmljYXRlcyBwbGF5XG4gKiB0aGUgcm9sZSBvZiB0aGUgaWRlbnRpdHkga2V5cyBJS19BIC8gSUtfQjsgdGhlIEVkMjU1MTkgaWRlbnRpdHkga2V5cyBhcmVcbiAqIGJvdW5kIHRocm91Z2ggdGhlIGFzc29jaWF0ZWQgZGF0YS5cbiAqL1xuaW1wb3J0IHsgTmV4dXNFcnJvciB9IGZyb20gJy4uL2ludGVyZmFjZXMvZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgUmFuZG9tU291cmNlIH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9ydW50aW1lLmpzJztcbmltcG9ydCB7IGNvbmNhdCwgdXRmOCB9IGZyb20gJy4uL3ByaW1pdGl2ZXMvYnl0ZXMuanMnO1xuaW1wb3J0IHsgY3J5cHRvIH0gZnJvbSAnLi4vcHJpbWl0aXZlcy9wcm92aWRlci5qcyc7XG5pbXBvcnQgdHlwZSB7IEluaXRpYWxTZWNyZXRzIH0gZnJvbSAnLi9kb3VibGUtcmF0Y2hldC5qcyc7XG5pbXBvcnQgeyBMQUJFTFMsIFNJWkVTIH0gZnJvbSAnLi9jb25zdGFudHMuanMnO1xuaW1wb3J0IHsgbGVuZ3RoUHJlZml4ZWQgfSBmcm9tICcuL2tkZi5qcyc7XG5cbmNvbnN0IEYgPSBuZXcgVWludDhBcnJheSgzMikuZmlsbCgweGZmKTtcbmNvbnN0IFpFUk9fU0FMVCA9IG5ldyBVaW50OEFycmF5KDMyKTtcbmNvbnN0IElORk8gPSB1dGY4KExBQkVMUy5wcXhkaEluZm8pO1xuY29uc3QgQURfTEFCRUwgPSB1dGY4KExBQkVMUy5zZXNzaW9uQWQpO1xuXG4vKiogT25lIHNpZGUgb2YgYSBzZXNzaW9uLCBhcyB0aGUgYXNzb2NpYXRlZCBkYXRhIG5hbWVzIGl0LiAqL1xuZXhwb3J0IGludGVyZmFjZSBTZXNzaW9uUGFydHkge1xuICAvKiogRWQyNTUxOSBpZGVudGl0eSBrZXkgKDMyIGJ5dGVzKS4gKi9cbiAgcmVhZG9ubHkgaWRlbnRpdHlLZXk6IFVpbnQ4QXJyYXk7XG4gIC8qKiAxNi1ieXRlIGRldmljZSBpZC4gKi9cbiAgcmVhZG9ubHkgZGV2aWNlSWQ6IFVpbnQ4QXJyYXk7XG4gIC8qKiBUaGUgZGV2aWNlJ3MgY2VydGlmaWVkIFgyNTUxOSBrZXkgKDMyIGJ5dGVzKS4gKi9cbiAgcmVhZG9ubHkga2V5QWdyZWVtZW50S2V5OiBVaW50OEFycmF5O1xufVxuXG4vKipcbiAqIFRoZSBzZXNzaW9uIGFzc29jaWF0ZWQgZGF0YTogYm90aCBwYXJ0aWVzJyBpZGVudGl0eSBrZXksIGRldmljZSBpZCBhbmRcbiAqIGRldmljZSBYMjU1MTkga2V5LCBpbml0aWF0b3IgZmlyc3QsIGVhY2ggbGVuZ3RoLXByZWZpeGVkLCBhZnRlciBhIGxhYmVsLlxuICovXG5leHBvcnQgZnVuY3Rpb24gc2Vzc2lvbkFzc29jaWF0ZWREYXRhKFxuICBpbml0aWF0b3I6IFNlc3Npb25QYXJ0eSxcbiAgcmVzcG9uZGVyOiBTZXNzaW9uUGFydHksXG4pOiBVaW50OEFycmF5IHtcbiAgcmV0dXJuIGxlbmd0aFByZWZpeGVkKFxuICAgIEFEX0xBQkVMLFxuICAgIGluaXRpYXRvci5pZGVudGl0eUtleSxcbiAgICBpbml0aWF0b3IuZGV2aWNlSWQsXG4gICAgaW5pdGlhdG9yLmtleUFncmVlbWVudEtleSxcbiAgICByZXNwb25kZXIuaWRlbnRpdHlLZXksXG4gICAgcmVzcG9uZGVyLmRldmljZUlkLFxuICAgIHJlc3BvbmRlci5rZXlBZ3JlZW1lbnRLZXksXG4gICk7XG59XG5cbmZ1bmN0aW9uIGRoKHNlY3JldDogVWludDhBcnJheSwgcHVibGljS2V5OiBVaW50OEFycmF5KTogVWludDhBcnJheSB7XG4gIGNvbnN0IG91dCA9IGNyeXB0bygpLngyNTUxOShzZWNyZXQsIHB1YmxpY0tleSk7XG4gIGlmIChvdXQgPT09IG51bGwpIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX0tFWScsICdQUVhESDogYSBwdWJsaWMga2V5IGlzIGEgbG93LW9yZGVyIHBvaW50Jyk7XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKiBTSyB8fCBIS2EgfHwgTkhLYiA9IEhLREYoc2FsdCAwXjMyLCAweEZGXjMyIHx8IERIMSB8fCBESDIgfHwgREgzIFt8fCBESDRdIHx8IFNTLCBpbmZvLCA5NikuICovXG5mdW5jdGlvbiBkZXJpdmVTZWNyZXRzKGRoczogVWludDhBcnJheVtdLCBrZW1TZWNyZXQ6IFVpbnQ4QXJyYXkpOiBJbml0aWFsU2VjcmV0cyB7XG4gIGNvbnN0IG9rbSA9IGNyeXB0bygpLmhrZGZTaGEyNTYoY29uY2F0KEYsIC4uLmRocywga2VtU2VjcmV0KSwgWkVST19TQUxULCBJTkZPLCA5Nik7XG4gIHJldHVybiB7XG4gICAgcm9vdEtleTogb2ttLnNsaWNlKDAsIDMyKSxcbiAgICBpbml0aWF0b3JIZWFkZXJLZXk6IG9rbS5zbGljZSgzMiwgNjQpLFxuICAgIHJlc3BvbmRlck5leHRIZWFkZXJLZXk6IG9rbS5zbGljZSg2NCwgOTYpLFxuICB9O1xufVxuXG4vKiogV2hhdCB0aGUgaW5pdGlhdG9yIGNvbXB1dGVzIGZyb20gYSB2ZXJpZmllZCBidW5kbGUuICovXG5leHBvcnQgaW50ZXJmYWNlIFBxeGRoSW5pdGlhdGlvbiB7XG4gIHJlYWRvbmx5IHNlY3JldHM6IEluaXRpYWxTZWNyZXRzO1xuICAvKiogRUtfQSBwdWJsaWMgKHRoZSBiYXNlIGtleSkuICovXG4gIHJlYWRvbmx5IGJhc2VLZXk6IFVpbnQ4QXJyYXk7XG4gIHJlYWRvbmx5IGtlbUNpcGhlcnRleHQ6IFVpbnQ4QXJyYXk7XG59XG5cbi8qKlxuICogVGhlIGluaXRpYXRvcidzIHNpZGU6IERIMSA9IERIKElLX0EsIFNQS19CKSwgREgyID0gREgoRUtfQSwgSUtfQiksXG4gKiBESDMgPSBESChFS19BLCBTUEtfQiksIERINCA9IERIKEVLX0EsIE9QS19CKSB3aGVuIHRoZXJlIGlzIGEgb25lLXRpbWVcbiAqIHByZWtleSwgYW5kIChDVCwgU1MpID0gTUwtS0VNLTEwMjQuRW5jYXBzKFBRUEtfQikuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwcXhkaEluaXRpYXRlKG9wdGlvbnM6IHtcbiAgLyoqIERIIHdpdGggdGhlIGluaXRpYXRvcidzIGRldmljZSBYMjU1MTkgc2VjcmV0LiAqL1xuICBhZ3JlZTogKHB1YmxpY0tleTogVWludDhBcnJheSkgPT4gVWludDhBcnJheTtcbiAgcmVzcG9uZGVyS2V5QWdyZWVtZW50S2V5OiBVaW50OEFycmF5O1xuICBzaWduZWRQcmVLZXk6IFVpbnQ4QXJyYXk7XG4gIG9uZVRpbWVQcmVLZXk6IFVpbnQ4QXJyYXkgfCBudWxsO1xuICBrZW1QcmVLZXk6IFVpbnQ4QXJyYXk7XG4gIHJhbmRvbTogUmFuZG9tU291cmNlO1xuICAvKiogT25seSBmb3IgZGV0ZXJtaW5pc3RpYyB2ZWN0b3JzOiB0aGUgTUwtS0VNIGVuY2Fwc3VsYXRpb24gcmFuZG9tbmVzcy4gKi9cbiAga2VtUmFuZG9tbmVzcz86IFVpbnQ4QXJyYXk7XG59KTogUHF4ZGhJbml0aWF0aW9uIHtcbiAgY29uc3QgZXBoZW1lcmFsID0gb3B0aW9ucy5yYW5kb20ucmFuZG9tQnl0ZXMoU0laRVMueDI1NTE5KTtcbiAgY29uc3QgZGhzID0gW1xuICAgIG9wdGlvbnMuYWdyZWUob3B0aW9ucy5zaWduZWRQcmVLZXkpLFxuICAgIGRoKGVwaGVtZXJhbCwgb3B0aW9ucy5yZXNwb25kZXJLZXlBZ3JlZW1lbnRLZXkpLFxuICAgIGRoKGVwaGVtZXJhbCwgb3B0aW9ucy5zaWduZWRQcmVLZXkpLFxuICBdO1xuICBpZiAob3B0aW9ucy5vbmVUaW1lUHJlS2V5KSBkaHMucHVzaChkaChlcGhlbWVyYWwsIG9wdGlvbnMub25lVGltZVByZUtleSkpO1xuICBsZXQga2VtOiB7IGNpcGhlcnRleHQ6IFVpbnQ4QXJyYXk7IHNoYXJlZFNlY3JldDogVWludDhBcnJheSB9O1xuICB0cnkge1xuICAgIGtlbSA9IGNyeXB0bygpLm1sS2VtMTAyNEVuY2Fwc3VsYXRlKG9wdGlvbnMua2VtUHJlS2V5LCBvcHRpb25zLmtlbVJhbmRvbW5lc3MpO1xuICB9IGNhdGNoIChjYXVzZSkge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX0tFWScsICdQUVhESDogdGhlIEtFTSBwcmVrZXkgaXMgbm90IGEgdmFsaWQgTUwtS0VNLTEwMjQga2V5Jywge1xuICAgICAgY2F1c2UsXG4gICAgfSk7XG4gIH1cbiAgcmV0dXJuIHtcbiAgICBzZWNyZXRzOiBkZXJpdmVTZWNyZXRzKGRocywga2VtLnNoYXJlZFNlY3JldCksXG4gICAgYmFzZUtleTogY3J5cHRvKCkueDI1NTE5UHVibGljS2V5KGVwaGVtZXJhbCksXG4gICAga2VtQ2lwaGVydGV4dDoga2VtLmNpcGhlcnRleHQsXG4gIH07XG59XG5cbi8qKiBUaGUgcmVzcG9uZGVyJ3Mgc2lkZSwgZnJvbSBpdHMgcHJla2V5IHNlY3JldHMgYW5kIHRoZSBpbml0aWF0b3IncyBQcmVLZXlNZXNzYWdlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBxeGRoUmVzcG9uZChvcHRpb25zOiB7XG4gIGFncmVlOiAocHVibGljS2V5OiBVaW50OEFycmF5KSA9PiBVaW50OEFycmF5O1xuICBpbml0aWF0b3JLZXlBZ3JlZW1lbnRLZXk6IFVpbnQ4QXJyYXk7XG4gIHNpZ25lZFByZUtleVNlY3JldDogVWludDhBcnJheTtcbiAgb25lVGltZVByZUtleVNlY3JldDogVWludDhBcnJheSB8IG51bGw7XG4gIGtlbVNlZWQ6IFVpbnQ4QXJyYXk7XG4gIGJhc2VLZXk6IFVpbnQ4QXJyYXk7XG4gIGtlbUNpcGhlcnRleHQ6IFVpbnQ4QXJyYXk7XG59KTogSW5pdGlhbFNlY3JldHMge1xuICBjb25zdCBkaHMgPSBbXG4gICAgZGgob3B0aW9ucy5zaWduZWRQcmVLZXlTZWNyZXQsIG9wdGlvbnMuaW5pdGlhdG9yS2V5QWdyZWVtZW50S2V5KSxcbiAgICBvcHRpb25zLmFncmVlKG9wdGlvbnMuYmFzZUtleSksXG4gICAgZGgob3B0aW9ucy5zaWduZWRQcmVLZXlTZWNyZXQsIG9wdGlvbnMuYmFzZUtleSksXG4gIF07XG4gIGlmIChvcHRpb25zLm9uZVRpbWVQcmVLZXlTZWNyZXQpIGRocy5wdXNoKGRoKG9wdGlvbnMub25lVGltZVByZUtleVNlY3JldCwgb3B0aW9ucy5iYXNlS2V5KSk7XG4gIGlmIChvcHRpb25zLmtlbUNpcGhlcnRleHQubGVuZ3RoICE9PSBTSVpFUy5tbEtlbTEwMjRDaXBoZXJ0ZXh0KVxuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdNQUxGT1JNRUQnLCAnUFFYREg6IEtFTSBjaXBoZXJ0ZXh0IGhhcyB0aGUgd3JvbmcgbGVuZ3RoJyk7XG4gIGNvbnN0IHNoYXJlZFNlY3JldCA9IGNyeXB0bygpLm1sS2VtMTAyNERlY2Fwc3VsYXRlKG9wdGlvbnMua2VtU2VlZCwgb3B0aW9ucy5rZW1DaXBoZXJ0ZXh0KTtcbiAgcmV0dXJuIGRlcml2ZVNlY3JldHMoZGhzLCBzaGFyZWRTZWNyZXQpO1xufVxuIiwgIi8qKlxuICogU2VuZGVyIEtleXMgZm9yIGdyb3VwcyAoc3BlYy9zZW5kZXIta2V5cy5tZCk6IGVhY2ggc2VuZGluZyBkZXZpY2UgaGFzIGFcbiAqIGNoYWluIGtleSBhbmQgYW4gRWQyNTUxOSBzaWduaW5nIGtleSBwZXIgZGlzdHJpYnV0aW9uIChncm91cCk7IG1lbWJlcnMgZ2V0XG4gKiB0aGVtIGluIGEgU2VuZGVyS2V5RGlzdHJpYnV0aW9uIHNlbnQgb3ZlciAxOjEgc2Vzc2lvbnMuIEV2ZXJ5IGdyb3VwIG1lc3NhZ2VcbiAqIGlzIGVuY3J5cHRlZCB3aXRoIHRoZSBuZXh0IGNoYWluIGtleSBhbmQgc2lnbmVkLlxuICovXG5pbXBvcnQgeyBjbG9uZSwgY3JlYXRlIH0gZnJvbSAnQGJ1ZmJ1aWxkL3Byb3RvYnVmJztcbmltcG9ydCB7IE5leHVzRXJyb3IgfSBmcm9tICcuLi9pbnRlcmZhY2VzL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7IERldmljZUFkZHJlc3MgfSBmcm9tICcuLi9pbnRlcmZhY2VzL3Nlc3Npb25zLmpzJztcbmltcG9ydCB7IGJ5dGVzRXF1YWwsIGZyb21IZXgsIHRvSGV4LCB1MzJiZSwgdXRmOCB9IGZyb20gJy4uL3ByaW1pdGl2ZXMvYnl0ZXMuanMnO1xuaW1wb3J0IHsgY3J5cHRvIH0gZnJvbSAnLi4vcHJpbWl0aXZlcy9wcm92aWRlci5qcyc7XG5pbXBvcnQge1xuICBlbnZlbG9wZUNvZGVjLFxuICBzZW5kZXJLZXlEaXN0cmlidXRpb25Db2RlYyxcbiAgc2VuZGVyS2V5TWVzc2FnZUJvZHlDb2RlYyxcbiAgc2lnbmVkTWVzc2FnZUNvZGVjLFxufSBmcm9tICcuLi93aXJlL21lc3NhZ2VzLmpzJztcbmltcG9ydCB7IEVudmVsb3BlVHlwZSB9IGZyb20gJy4uL3dpcmUvZ2VuL25leHVzbGluay92MS9lbnZlbG9wZV9wYi5qcyc7XG5pbXBvcnQgeyBTZW5kZXJLZXlSZWNvcmRTY2hlbWEsIFNlbmRlcktleVN0YXRlU2NoZW1hIH0gZnJvbSAnLi4vd2lyZS9nZW4vbmV4dXNsaW5rL3YxL3N0YXRlX3BiLmpzJztcbmltcG9ydCB0eXBlIHsgU2VuZGVyS2V5UmVjb3JkLCBTZW5kZXJLZXlTdGF0ZSB9IGZyb20gJy4uL3dpcmUvZ2VuL25leHVzbGluay92MS9zdGF0ZV9wYi5qcyc7XG5pbXBvcnQgeyBzeXN0ZW1DbG9jaywgc3lzdGVtUmFuZG9tIH0gZnJvbSAnLi4vaWRlbnRpdHkvY2VydGlmaWNhdGVzLmpzJztcbmltcG9ydCB7IFNJR05BVFVSRV9MQUJFTFMsIHNpZ25pbmdJbnB1dCB9IGZyb20gJy4uL2lkZW50aXR5L3NpZ25pbmcuanMnO1xuaW1wb3J0IHsgdXVpZEZyb21QdWJsaWNLZXkgfSBmcm9tICcuLi9pZGVudGl0eS91dWlkLmpzJztcbmltcG9ydCB7IExJTUlUUyB9IGZyb20gJy4vY29uc3RhbnRzLmpzJztcbmltcG9ydCB7IGV4cGlyZVNraXBwZWRLZXlzLCBpc0ZvcmdvdHRlbiwgc3RvcmVTa2lwcGVkLCB0YWtlU2tpcHBlZCB9IGZyb20gJy4vZG91YmxlLXJhdGNoZXQuanMnO1xuaW1wb3J0IHsga2RmQ2hhaW5LZXksIGxlbmd0aFByZWZpeGVkLCBtZXNzYWdlS2V5TWF0ZXJpYWwgfSBmcm9tICcuL2tkZi5qcyc7XG5pbXBvcnQgdHlwZSB7IExvY2FsRGV2aWNlIH0gZnJvbSAnLi9wcmVrZXlzLmpzJztcbmltcG9ydCB7IGRlY29kZVNlbmRlcktleVJlY29yZCwgZW5jb2RlU2VuZGVyS2V5UmVjb3JkLCBTVEFURV9WRVJTSU9OIH0gZnJvbSAnLi9yZWNvcmRzLmpzJztcbmltcG9ydCB0eXBlIHsgU2Vzc2lvbkNvbnRleHQgfSBmcm9tICcuL3Nlc3Npb24uanMnO1xuaW1wb3J0IHsgZGV2aWNlQWRkcmVzcyB9IGZyb20gJy4vc2Vzc2lvbi5qcyc7XG5cbmNvbnN0IEFEX0xBQkVMID0gdXRmOCgnTmV4dXNMaW5rX1NlbmRlcktleV9BRCcpO1xuXG5mdW5jdGlvbiBkaXN0cmlidXRpb25IZXgoZGlzdHJpYnV0aW9uSWQ6IFVpbnQ4QXJyYXkgfCBzdHJpbmcpOiB7IGJ5dGVzOiBVaW50OEFycmF5OyBoZXg6IHN0cmluZyB9IHtcbiAgY29uc3QgYnl0ZXMgPSB0eXBlb2YgZGlzdHJpYnV0aW9uSWQgPT09ICdzdHJpbmcnID8gZnJvbUhleChkaXN0cmlidXRpb25JZCkgOiBkaXN0cmlidXRpb25JZDtcbiAgaWYgKGJ5dGVzLmxlbmd0aCAhPT0gMTYpXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfQVJHVU1FTlQnLCAnZGlzdHJpYnV0aW9uIGlkcyBhcmUgMTYgYnl0ZXMnKTtcbiAgcmV0dXJuIHsgYnl0ZXMsIGhleDogdG9IZXgoYnl0ZXMpIH07XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGxvYWRSZWNvcmQoXG4gIGN0eDogU2Vzc2lvbkNvbnRleHQsXG4gIHNlbmRlcjogRGV2aWNlQWRkcmVzcyxcbiAgaGV4OiBzdHJpbmcsXG4pOiBQcm9taXNlPFNlbmRlcktleVJlY29yZCB8IG51bGw+IHtcbiAgY29uc3QgYnl0ZXMgPSBhd2FpdCBjdHguc3RvcmVzLnNlbmRlcktleXMubG9hZFNlbmRlcktleShzZW5kZXIsIGhleCk7XG4gIHJldHVybiBieXRlcyA9PT0gbnVsbCA/IG51bGwgOiBkZWNvZGVTZW5kZXJLZXlSZWNvcmQoYnl0ZXMpO1xufVxuXG5mdW5jdGlvbiBjaGFpblRhZyhjaGFpbklkOiBudW1iZXIpOiBVaW50OEFycmF5IHtcbiAgcmV0dXJuIHUzMmJlKGNoYWluSWQpO1xufVxuXG5mdW5jdGlvbiBkaXN0cmlidXRpb25PZihzdGF0ZTogU2VuZGVyS2V5U3RhdGUpOiBVaW50OEFycmF5IHtcbiAgcmV0dXJuIHNlbmRlcktleURpc3RyaWJ1dGlvbkNvZGVjLmVuY29kZSh7XG4gICAgdmVyc2lvbjogMSxcbiAgICBkaXN0cmlidXRpb25JZDogc3RhdGUuZGlzdHJpYnV0aW9uSWQsXG4gICAgY2hhaW5JZDogc3RhdGUuY2hhaW5JZCxcbiAgICBpdGVyYXRpb246IHN0YXRlLml0ZXJhdGlvbixcbiAgICBjaGFpbktleTogc3RhdGUuY2hhaW5LZXksXG4gICAgc2lnbmluZ0tleTogc3RhdGUuc2lnbmluZ0tleSxcbiAgfSk7XG59XG5cbmZ1bmN0aW9uIG5ld093blN0YXRlKFxuICBkaXN0cmlidXRpb25JZDogVWludDhBcnJheSxcbiAgY2hhaW5JZDogbnVtYmVyLFxuICBjdHg6IFNlc3Npb25Db250ZXh0LFxuKTogU2VuZGVyS2V5U3RhdGUge1xuICBjb25zdCBybmcgPSBjdHgucmFuZG9tID8/IHN5c3RlbVJhbmRvbTtcbiAgY29uc3Qgc2lnbmluZ1NlY3JldCA9IHJuZy5yYW5kb21CeXRlcygzMik7XG4gIHJldHVybiBjcmVhdGUoU2VuZGVyS2V5U3RhdGVTY2hlbWEsIHtcbiAgICB2ZXJzaW9uOiBTVEFURV9WRVJTSU9OLFxuICAgIGRpc3RyaWJ1dGlvbklkLFxuICAgIGNoYWluSWQsXG4gICAgaXRlcmF0aW9uOiAwLFxuICAgIGNoYWluS2V5OiBybmcucmFuZG9tQnl0ZXMoMzIpLFxuICAgIHNpZ25pbmdLZXk6IGNyeXB0bygpLmVkMjU1MTlQdWJsaWNLZXkoc2lnbmluZ1NlY3JldCksXG4gICAgc2lnbmluZ1NlY3JldCxcbiAgfSk7XG59XG5cbi8qKlxuICogVGhpcyBkZXZpY2UncyBzZW5kZXIga2V5IGZvciBhIGdyb3VwLCBjcmVhdGVkIG9uIGZpcnN0IHVzZTogcmV0dXJucyB0aGVcbiAqIGVuY29kZWQgYFNlbmRlcktleURpc3RyaWJ1dGlvbmAgdG8gc2VuZCAob3ZlciAxOjEgc2Vzc2lvbnMpIHRvIGV2ZXJ5IG1lbWJlci5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGNyZWF0ZVNlbmRlcktleURpc3RyaWJ1dGlvbihcbiAgbG9jYWw6IExvY2FsRGV2aWNlLFxuICBkaXN0cmlidXRpb25JZDogVWludDhBcnJheSB8IHN0cmluZyxcbiAgY3R4OiBTZXNzaW9uQ29udGV4dCxcbik6IFByb21pc2U8VWludDhBcnJheT4ge1xuICBjb25zdCBkID0gZGlzdHJpYnV0aW9uSGV4KGRpc3RyaWJ1dGlvbklkKTtcbiAgY29uc3Qgc2VsZiA9IGRldmljZUFkZHJlc3MobG9jYWwudXVpZCwgbG9jYWwuZGV2aWNlSWQpO1xuICBjb25zdCByZWNvcmQgPVxuICAgIChhd2FpdCBsb2FkUmVjb3JkKGN0eCwgc2VsZiwgZC5oZXgpKSA/P1xuICAgIGNyZWF0ZShTZW5kZXJLZXlSZWNvcmRTY2hlbWEsIHsgdmVyc2lvbjogU1RBVEVfVkVSU0lPTiB9KTtcbiAgaWYgKHJlY29yZC5zdGF0ZXNbMF0/LnNpZ25pbmdTZWNyZXQubGVuZ3RoKSByZXR1cm4gZGlzdHJpYnV0aW9uT2YocmVjb3JkLnN0YXRlc1swXSk7XG4gIGNvbnN0IHN0YXRlID0gbmV3T3duU3RhdGUoZC5ieXRlcywgKHJlY29yZC5zdGF0ZXNbMF0/LmNoYWluSWQgPz8gMCkgKyAxLCBjdHgpO1xuICByZWNvcmQuc3RhdGVzLnVuc2hpZnQoc3RhdGUpO1xuICBhd2FpdCBjdHguc3RvcmVzLnNlbmRlcktleXMuc3RvcmVTZW5kZXJLZXkoc2VsZiwgZC5oZXgsIGVuY29kZVNlbmRlcktleVJlY29yZChyZWNvcmQpKTtcbiAgcmV0dXJuIGRpc3RyaWJ1dGlvbk9mKHN0YXRlKTtcbn1cblxuLyoqXG4gKiBSZXBsYWNlIHRoaXMgZGV2aWNlJ3Mgc2VuZGVyIGtleSBmb3IgYSBncm91cCB3aXRoIGEgZnJlc2ggY2hhaW4gYW5kIHNpZ25pbmdcbiAqIGtleSAod2hlbiBhIG1lbWJlciBsZWF2ZXMgb3IgYSBkZXZpY2UgaXMgcmV2b2tlZCk6IHRoZSBkZXBhcnRlZCBjYW5ub3QgcmVhZFxuICogd2hhdCBmb2xsb3dzLiBSZXR1cm5zIHRoZSBuZXcgZGlzdHJpYnV0aW9uIGZvciB0aGUgcmVtYWluaW5nIG1lbWJlcnMuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiByb3RhdGVTZW5kZXJLZXkoXG4gIGxvY2FsOiBMb2NhbERldmljZSxcbiAgZGlzdHJpYnV0aW9uSWQ6IFVpbnQ4QXJyYXkgfCBzdHJpbmcsXG4gIGN0eDogU2Vzc2lvbkNvbnRleHQsXG4pOiBQcm9taXNlPFVpbnQ4QXJyYXk+IHtcbiAgY29uc3QgZCA9IGRpc3RyaWJ1dGlvbkhleChkaXN0cmlidXRpb25JZCk7XG4gIGNvbnN0IHNlbGYgPSBkZXZpY2VBZGRyZXNzKGxvY2FsLnV1aWQsIGxvY2FsLmRldmljZUlkKTtcbiAgY29uc3QgcmVjb3JkID1cbiAgICAoYXdhaXQgbG9hZFJlY29yZChjdHgsIHNlbGYsIGQuaGV4KSkgPz9cbiAgICBjcmVhdGUoU2VuZGVyS2V5UmVjb3JkU2NoZW1hLCB7IHZlcnNpb246IFNUQVRFX1ZFUlNJT04gfSk7XG4gIGNvbnN0IHN0YXRlID0gbmV3T3duU3RhdGUoZC5ieXRlcywgKHJlY29yZC5zdGF0ZXNbMF0/LmNoYWluSWQgPz8gMCkgKyAxLCBjdHgpO1xuICAvLyBPdXIgb3duIG9sZCBjaGFpbnMgYXJlIHVzZWxlc3MgdG8gdXM6IGtlZXAgb25seSB0aGUgbmV3IG9uZS5cbiAgcmVjb3JkLnN0YXRlcyA9IFtzdGF0ZV07XG4gIGF3YWl0IGN0eC5zdG9yZXMuc2VuZGVyS2V5cy5zdG9yZVNlbmRlcktleShzZWxmLCBkLmhleCwgZW5jb2RlU2VuZGVyS2V5UmVjb3JkKHJlY29yZCkpO1xuICByZXR1cm4gZGlzdHJpYnV0aW9uT2Yoc3RhdGUpO1xufVxuXG4vKipcbiAqIFN0b3JlIGEgbWVtYmVyJ3Mgc2VuZGVyIGtleSwgcmVjZWl2ZWQgaW4gYSBTZW5kZXJLZXlEaXN0cmlidXRpb24gb3ZlciB0aGVcbiAqIDE6MSBzZXNzaW9uIHdpdGggYHNlbmRlcmAuIEEgbmV3ZXIgY2hhaW4gZ29lcyBmaXJzdDsgYSBjaGFpbiBhbHJlYWR5IGhlbGRcbiAqIGlzIG5vdCBtb3ZlZCBiYWNrIHRvIGFuIGVhcmxpZXIgaXRlcmF0aW9uLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcHJvY2Vzc1NlbmRlcktleURpc3RyaWJ1dGlvbihcbiAgc2VuZGVyOiBEZXZpY2VBZGRyZXNzLFxuICBkaXN0cmlidXRpb246IFVpbnQ4QXJyYXksXG4gIGN0eDogU2Vzc2lvbkNvbnRleHQsXG4pOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgbXNnID0gc2VuZGVyS2V5RGlzdHJpYnV0aW9uQ29kZWMuZGVjb2RlKGRpc3RyaWJ1dGlvbik7XG4gIGNvbnN0IGhleCA9IHRvSGV4KG1zZy5kaXN0cmlidXRpb25JZCk7XG4gIGNvbnN0IHJlY29yZCA9XG4gICAgKGF3YWl0IGxvYWRSZWNvcmQoY3R4LCBzZW5kZXIsIGhleCkpID8/XG4gICAgY3JlYXRlKFNlbmRlcktleVJlY29yZFNjaGVtYSwgeyB2ZXJzaW9uOiBTVEFURV9WRVJTSU9OIH0pO1xuICBjb25zdCBleGlzdGluZyA9IHJlY29yZC5zdGF0ZXMuZmluZCgocykgPT4gcy5jaGFpbklkID09PSBtc2cuY2hhaW5JZCk7XG4gIGlmIChleGlzdGluZykge1xuICAgIGlmICghYnl0ZXNFcXVhbChleGlzdGluZy5zaWduaW5nS2V5LCBtc2cuc2lnbmluZ0tleSkpXG4gICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcihcbiAgICAgICAgJ1VOVFJVU1RFRF9JREVOVElUWScsXG4gICAgICAgICdhIGRpZmZlcmVudCBrZXkgZm9yIGEgc2VuZGVyIGtleSBjaGFpbiBhbHJlYWR5IGhlbGQnLFxuICAgICAgKTtcbiAgICByZXR1cm47IC8vIGFscmVhZHkgaGF2ZSBpdCwgcG9zc2libHkgZnVydGhlciBhbG9uZ1xuICB9XG4gIHJlY29yZC5zdGF0ZXMudW5zaGlmdChcbiAgICBjcmVhdGUoU2VuZGVyS2V5U3RhdGVTY2hlbWEsIHtcbiAgICAgIHZlcnNpb246IFNUQVRFX1ZFUlNJT04sXG4gICAgICBkaXN0cmlidXRpb25JZDogbXNnLmRpc3RyaWJ1dGlvbklkLFxuICAgICAgY2hhaW5JZDogbXNnLmNoYWluSWQsXG4gICAgICBpdGVyYXRpb246IG1zZy5pdGVyYXRpb24sXG4gICAgICBjaGFpbktleTogbXNnLmNoYWluS2V5LFxuICAgICAgc2lnbmluZ0tleTogbXNnLnNpZ25pbmdLZXksXG4gICAgfSksXG4gICk7XG4gIHJlY29yZC5zdGF0ZXMuc29ydCgoYSwgYikgPT4gYi5jaGFpbklkIC0gYS5jaGFpbklkKTtcbiAgaWYgKHJlY29yZC5zdGF0ZXMubGVuZ3RoID4gTElNSVRTLm1heFNlbmRlcktleVN0YXRlcylcbiAgICByZWNvcmQuc3RhdGVzLmxlbmd0aCA9IExJTUlUUy5tYXhTZW5kZXJLZXlTdGF0ZXM7XG4gIGF3YWl0IGN0eC5zdG9yZXMuc2VuZGVyS2V5cy5zdG9yZVNlbmRlcktleShzZW5kZXIsIGhleCwgZW5jb2RlU2VuZGVyS2V5UmVjb3JkKHJlY29yZCkpO1xufVxuXG5mdW5jdGlvbiBncm91cEFkKFxuICBzZW5kZXJJZGVudGl0eUtleTogVWludDhBcnJheSxcbiAgc2VuZGVyRGV2aWNlSWQ6IFVpbnQ4QXJyYXksXG4gIGRpc3RyaWJ1dGlvbklkOiBVaW50OEFycmF5LFxuKTogVWludDhBcnJheSB7XG4gIHJldHVybiBsZW5ndGhQcmVmaXhlZChBRF9MQUJFTCwgc2VuZGVySWRlbnRpdHlLZXksIHNlbmRlckRldmljZUlkLCBkaXN0cmlidXRpb25JZCk7XG59XG5cbi8qKlxuICogRW5jcnlwdCBhbmQgc2lnbiBhIGdyb3VwIG1lc3NhZ2Ugd2l0aCB0aGlzIGRldmljZSdzIHNlbmRlciBrZXkuIFJldHVybnMgYW5cbiAqIGVuY29kZWQgYEVudmVsb3BlYCBvZiB0eXBlIFNFTkRFUl9LRVlfTUVTU0FHRSwgdGhlIHNhbWUgYnl0ZXMgZm9yIGV2ZXJ5IG1lbWJlci5cbiAqXG4gKiBAdGhyb3dzIE5leHVzRXJyb3IgYE5PX1NFU1NJT05gIHdoZW4ge0BsaW5rIGNyZWF0ZVNlbmRlcktleURpc3RyaWJ1dGlvbn0gd2FzIG5vdCBjYWxsZWQgZmlyc3QuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBncm91cEVuY3J5cHQoXG4gIGxvY2FsOiBMb2NhbERldmljZSxcbiAgZGlzdHJpYnV0aW9uSWQ6IFVpbnQ4QXJyYXkgfCBzdHJpbmcsXG4gIHBsYWludGV4dDogVWludDhBcnJheSxcbiAgY3R4OiBTZXNzaW9uQ29udGV4dCxcbik6IFByb21pc2U8VWludDhBcnJheT4ge1xuICBjb25zdCBkID0gZGlzdHJpYnV0aW9uSGV4KGRpc3RyaWJ1dGlvbklkKTtcbiAgY29uc3Qgc2VsZiA9IGRldmljZUFkZHJlc3MobG9jYWwudXVpZCwgbG9jYWwuZGV2aWNlSWQpO1xuICBjb25zdCByZWNvcmQgPSBhd2FpdCBsb2FkUmVjb3JkKGN0eCwgc2VsZiwgZC5oZXgpO1xuICBjb25zdCBzdGF0ZSA9IHJlY29yZD8uc3RhdGVzWzBdO1xuICBpZiAoIXJlY29yZCB8fCAhc3RhdGUgfHwgc3RhdGUuc2lnbmluZ1NlY3JldC5sZW5ndGggPT09IDApXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ05PX1NFU1NJT04nLCAnbm8gc2VuZGVyIGtleSBmb3IgdGhpcyBncm91cDogY3JlYXRlIGEgZGlzdHJpYnV0aW9uIGZpcnN0Jyk7XG4gIGNvbnN0IHsgY2hhaW5LZXksIG1lc3NhZ2VLZXkgfSA9IGtkZkNoYWluS2V5KHN0YXRlLmNoYWluS2V5KTtcbiAgY29uc3QgeyBrZXksIG5vbmNlIH0gPSBtZXNzYWdlS2V5TWF0ZXJpYWwobWVzc2FnZUtleSwgdHJ1ZSk7XG4gIGNvbnN0IGNpcGhlcnRleHQgPSBjcnlwdG8oKS5jaGFjaGEyMHBvbHkxMzA1U2VhbChcbiAgICBrZXksXG4gICAgbm9uY2UsXG4gICAgcGxhaW50ZXh0LFxuICAgIGdyb3VwQWQobG9jYWwuaWRlbnRpdHlLZXksIGxvY2FsLmRldmljZUlkLCBkLmJ5dGVzKSxcbiAgKTtcbiAgY29uc3QgYm9keSA9IHNlbmRlcktleU1lc3NhZ2VCb2R5Q29kZWMuZW5jb2RlKHtcbiAgICB2ZXJzaW9uOiAxLFxuICAgIGRpc3RyaWJ1dGlvbklkOiBkLmJ5dGVzLFxuICAgIGNoYWluSWQ6IHN0YXRlLmNoYWluSWQsXG4gICAgaXRlcmF0aW9uOiBzdGF0ZS5pdGVyYXRpb24sXG4gICAgY2lwaGVydGV4dCxcbiAgfSk7XG4gIGNvbnN0IHNpZ25hdHVyZSA9IGNyeXB0bygpLmVkMjU1MTlTaWduKFxuICAgIHN0YXRlLnNpZ25pbmdTZWNyZXQsXG4gICAgc2lnbmluZ0lucHV0KFNJR05BVFVSRV9MQUJFTFMuc2VuZGVyS2V5TWVzc2FnZSwgYm9keSksXG4gICk7XG4gIHN0YXRlLmNoYWluS2V5ID0gY2hhaW5LZXk7XG4gIHN0YXRlLml0ZXJhdGlvbiArPSAxO1xuICBhd2FpdCBjdHguc3RvcmVzLnNlbmRlcktleXMuc3RvcmVTZW5kZXJLZXkoc2VsZiwgZC5oZXgsIGVuY29kZVNlbmRlcktleVJlY29yZChyZWNvcmQpKTtcbiAgcmV0dXJuIGVudmVsb3BlQ29kZWMuZW5jb2RlKHtcbiAgICB2ZXJzaW9uOiAxLFxuICAgIHR5cGU6IEVudmVsb3BlVHlwZS5TRU5ERVJfS0VZX01FU1NBR0UsXG4gICAgc2VuZGVyRGV2aWNlSWQ6IGxvY2FsLmRldmljZUlkLFxuICAgIHRpbWVzdGFtcE1zOiBCaWdJbnQoKGN0eC5jbG9jayA/PyBzeXN0ZW1DbG9jaykubm93KCkpLFxuICAgIGNvbnRlbnQ6IHNpZ25lZE1lc3NhZ2VDb2RlYy5lbmNvZGUoeyBib2R5LCBzaWduYXR1cmUgfSksXG4gICAgc2VuZGVySWRlbnRpdHlLZXk6IGxvY2FsLmlkZW50aXR5S2V5LFxuICB9KTtcbn1cblxuLyoqIEEgZGVjcnlwdGVkIGdyb3VwIG1lc3NhZ2UuICovXG5leHBvcnQgaW50ZXJmYWNlIERlY3J5cHRlZEdyb3VwTWVzc2FnZSB7XG4gIHJlYWRvbmx5IHBsYWludGV4dDogVWludDhBcnJheTtcbiAgcmVhZG9ubHkgc2VuZGVyOiBEZXZpY2VBZGRyZXNzO1xuICAvKiogSGV4IGRpc3RyaWJ1dGlvbiBpZC4gKi9cbiAgcmVhZG9ubHkgZGlzdHJpYnV0aW9uSWQ6IHN0cmluZztcbiAgcmVhZG9ubHkgdGltZXN0YW1wOiBudW1iZXI7XG59XG5cbi8qKlxuICogVmVyaWZ5IGFuZCBkZWNyeXB0IGEgZ3JvdXAgbWVzc2FnZS4gVGhlIHNpZ25hdHVyZSBpcyBjaGVja2VkIGJlZm9yZSBhbnlcbiAqIGtleSBpcyBkZXJpdmVkLCBhbmQgdGhlIHN0YXRlIGNoYW5nZXMgb25seSBhZnRlciB0aGUgbWVzc2FnZSBhdXRoZW50aWNhdGVkLlxuICpcbiAqIEB0aHJvd3MgTmV4dXNFcnJvciBgTUFMRk9STUVEYCwgYE5PX1NFU1NJT05gIChubyBzZW5kZXIga2V5IGZvciB0aGF0IGNoYWluKSxcbiAqICAgYEJBRF9TSUdOQVRVUkVgLCBgREVDUllQVF9GQUlMRURgLCBgRFVQTElDQVRFX01FU1NBR0VgLCBgTUVTU0FHRV9FWFBJUkVEYCwgYFRPT19NQU5ZX1NLSVBQRURgLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gZ3JvdXBEZWNyeXB0KFxuICBlbnZlbG9wZTogVWludDhBcnJheSxcbiAgY3R4OiBTZXNzaW9uQ29udGV4dCxcbik6IFByb21pc2U8RGVjcnlwdGVkR3JvdXBNZXNzYWdlPiB7XG4gIGNvbnN0IGVudiA9IGVudmVsb3BlQ29kZWMuZGVjb2RlKGVudmVsb3BlKTtcbiAgaWYgKGVudi50eXBlICE9PSBFbnZlbG9wZVR5cGUuU0VOREVSX0tFWV9NRVNTQUdFKVxuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdNQUxGT1JNRUQnLCAnbm90IGEgZ3JvdXAgbWVzc2FnZSBlbnZlbG9wZScpO1xuICBpZiAoZW52LnNlbmRlcklkZW50aXR5S2V5Lmxlbmd0aCAhPT0gMzIpXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ01BTEZPUk1FRCcsICdlbnZlbG9wZSBsYWNrcyB0aGUgc2VuZGVyIGlkZW50aXR5IGtleScpO1xuICBsZXQgdXVpZDogc3RyaW5nO1xuICB0cnkge1xuICAgIHV1aWQgPSB1dWlkRnJvbVB1YmxpY0tleShlbnYuc2VuZGVySWRlbnRpdHlLZXkpO1xuICB9IGNhdGNoIHtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignTUFMRk9STUVEJywgJ2VudmVsb3BlIHNlbmRlciBpZGVudGl0eSBrZXkgaXMgbm90IGEgdmFsaWQga2V5Jyk7XG4gIH1cbiAgY29uc3Qgc2VuZGVyID0gZGV2aWNlQWRkcmVzcyh1dWlkLCBlbnYuc2VuZGVyRGV2aWNlSWQpO1xuICBjb25zdCBzaWduZWQgPSBzaWduZWRNZXNzYWdlQ29kZWMuZGVjb2RlKGVudi5jb250ZW50KTtcbiAgY29uc3QgYm9keSA9IHNlbmRlcktleU1lc3NhZ2VCb2R5Q29kZWMuZGVjb2RlKHNpZ25lZC5ib2R5KTtcbiAgY29uc3QgaGV4ID0gdG9IZXgoYm9keS5kaXN0cmlidXRpb25JZCk7XG4gIGNvbnN0IHJlY29yZCA9IGF3YWl0IGxvYWRSZWNvcmQoY3R4LCBzZW5kZXIsIGhleCk7XG4gIGNvbnN0IGluZGV4ID0gcmVjb3JkPy5zdGF0ZXMuZmluZEluZGV4KChzKSA9PiBzLmNoYWluSWQgPT09IGJvZHkuY2hhaW5JZCkgPz8gLTE7XG4gIGlmICghcmVjb3JkIHx8IGluZGV4IDwgMClcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignTk9fU0VTU0lPTicsICdubyBzZW5kZXIga2V5IGZvciB0aGlzIHNlbmRlciBhbmQgY2hhaW4nKTtcbiAgY29uc3Qgc3RvcmVkID0gcmVjb3JkLnN0YXRlc1tpbmRleF0hO1xuICBpZiAoXG4gICAgIWNyeXB0bygpLmVkMjU1MTlWZXJpZnkoXG4gICAgICBzdG9yZWQuc2lnbmluZ0tleSxcbiAgICAgIHNpZ25pbmdJbnB1dChTSUdOQVRVUkVfTEFCRUxTLnNlbmRlcktleU1lc3NhZ2UsIHNpZ25lZC5ib2R5KSxcbiAgICAgIHNpZ25lZC5zaWduYXR1cmUsXG4gICAgKVxuICApIHtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignQkFEX1NJR05BVFVSRScsICdncm91cCBtZXNzYWdlIHNpZ25hdHVyZSBkb2VzIG5vdCB2ZXJpZnknKTtcbiAgfVxuICBjb25zdCBzdGF0ZSA9IGNsb25lKFNlbmRlcktleVN0YXRlU2NoZW1hLCBzdG9yZWQpO1xuICBjb25zdCB0ID0gKGN0eC5jbG9jayA/PyBzeXN0ZW1DbG9jaykubm93KCk7XG4gIGV4cGlyZVNraXBwZWRLZXlzKHN0YXRlLCB0KTtcbiAgY29uc3QgdGFnID0gY2hhaW5UYWcoc3RhdGUuY2hhaW5JZCk7XG4gIGxldCBtZXNzYWdlS2V5ID0gdGFrZVNraXBwZWQoc3RhdGUsIHRhZywgYm9keS5pdGVyYXRpb24pO1xuICBpZiAobWVzc2FnZUtleSA9PT0gbnVsbCkge1xuICAgIGlmIChpc0ZvcmdvdHRlbihzdGF0ZSwgdGFnLCBib2R5Lml0ZXJhdGlvbikpXG4gICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcihcbiAgICAgICAgJ01FU1NBR0VfRVhQSVJFRCcsXG4gICAgICAgICd0aGUga2V5IG9mIHRoaXMgbWVzc2FnZSB3YXMgZGVsZXRlZCAoZXhwaXJlZCBvciBldmljdGVkKScsXG4gICAgICApO1xuICAgIGlmIChib2R5Lml0ZXJhdGlvbiA8IHN0YXRlLml0ZXJhdGlvbilcbiAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdEVVBMSUNBVEVfTUVTU0FHRScsICd0aGlzIGdyb3VwIG1lc3NhZ2Ugd2FzIGFscmVhZHkgZGVjcnlwdGVkJyk7XG4gICAgaWYgKGJvZHkuaXRlcmF0aW9uIC0gc3RhdGUuaXRlcmF0aW9uID4gTElNSVRTLm1heFNraXApXG4gICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcihcbiAgICAgICAgJ1RPT19NQU5ZX1NLSVBQRUQnLFxuICAgICAgICBgbWVzc2FnZSB3b3VsZCBza2lwIG1vcmUgdGhhbiAke0xJTUlUUy5tYXhTa2lwfSBrZXlzYCxcbiAgICAgICk7XG4gICAgd2hpbGUgKHN0YXRlLml0ZXJhdGlvbiA8IGJvZHkuaXRlcmF0aW9uKSB7XG4gICAgICBjb25zdCBzdGVwID0ga2RmQ2hhaW5LZXkoc3RhdGUuY2hhaW5LZXkpO1xuICAgICAgc3RvcmVTa2lwcGVkKHN0YXRlLCB0YWcsIHN0YXRlLml0ZXJhdGlvbiwgc3RlcC5tZXNzYWdlS2V5LCB0KTtcbiAgICAgIHN0YXRlLmNoYWluS2V5ID0gc3RlcC5jaGFpbktleTtcbiAgICAgIHN0YXRlLml0ZXJhdGlvbiArPSAxO1xuICAgIH1cbiAgICBjb25zdCBzdGVwID0ga2RmQ2hhaW5LZXkoc3RhdGUuY2hhaW5LZXkpO1xuICAgIHN0YXRlLmNoYWluS2V5ID0gc3RlcC5jaGFpbktleTtcbiAgICBzdGF0ZS5pdGVyYXRpb24gKz0gMTtcbiAgICBtZXNzYWdlS2V5ID0gc3RlcC5tZXNzYWdlS2V5O1xuICB9XG4gIGNvbnN0IHsga2V5LCBub25jZSB9ID0gbWVzc2FnZUtleU1hdGVyaWFsKG1lc3NhZ2VLZXksIHRydWUpO1xuICBjb25zdCBwbGFpbnRleHQgPSBjcnlwdG8oKS5jaGFjaGEyMHBvbHkxMzA1T3BlbihcbiAgICBrZXksXG4gICAgbm9uY2UsXG4gICAgYm9keS5jaXBoZXJ0ZXh0LFxuICAgIGdyb3VwQWQoZW52LnNlbmRlcklkZW50aXR5S2V5LCBlbnYuc2VuZGVyRGV2aWNlSWQsIGJvZHkuZGlzdHJpYnV0aW9uSWQpLFxuICApO1xuICBpZiAocGxhaW50ZXh0ID09PSBudWxsKVxuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdERUNSWVBUX0ZBSUxFRCcsICdncm91cCBtZXNzYWdlIGRvZXMgbm90IGF1dGhlbnRpY2F0ZScpO1xuICByZWNvcmQuc3RhdGVzW2luZGV4XSA9IHN0YXRlO1xuICBhd2FpdCBjdHguc3RvcmVzLnNlbmRlcktleXMuc3RvcmVTZW5kZXJLZXkoc2VuZGVyLCBoZXgsIGVuY29kZVNlbmRlcktleVJlY29yZChyZWNvcmQpKTtcbiAgcmV0dXJuIHsgcGxhaW50ZXh0LCBzZW5kZXIsIGRpc3RyaWJ1dGlvbklkOiBoZXgsIHRpbWVzdGFtcDogTnVtYmVyKGVudi50aW1lc3RhbXBNcykgfTtcbn1cbiIsICJpbXBvcnQgdHlwZSB7XG4gIERldmljZUFkZHJlc3MsXG4gIElkZW50aXR5U3RvcmUsXG4gIFByZUtleUtpbmQsXG4gIFByZUtleVN0b3JlLFxuICBQcm90b2NvbFN0b3JlcyxcbiAgU2VuZGVyS2V5U3RvcmUsXG4gIFNlc3Npb25TdG9yZSxcbn0gZnJvbSAnLi4vaW50ZXJmYWNlcy9zZXNzaW9ucy5qcyc7XG5cbmNvbnN0IGFkZHJlc3NLZXkgPSAoYTogRGV2aWNlQWRkcmVzcykgPT4gYCR7YS51dWlkfS8ke2EuZGV2aWNlSWR9YDtcblxuLyoqXG4gKiBJbi1tZW1vcnkgaW1wbGVtZW50YXRpb25zIG9mIGV2ZXJ5IHByb3RvY29sIHN0b3JlLCBmb3IgdGVzdHMgYW5kXG4gKiBleGFtcGxlcy4gUmVjb3JkcyBhcmUgY29waWVkIGluIGFuZCBvdXQsIGFzIGEgcmVhbCBzdG9yZSB3b3VsZC5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHN0b3JlcyA9IG1lbW9yeVByb3RvY29sU3RvcmVzKCk7XG4gKiBhd2FpdCBlc3RhYmxpc2hTZXNzaW9uKGFsaWNlLCBidW5kbGUsIHsgc3RvcmVzIH0pO1xuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtZW1vcnlQcm90b2NvbFN0b3JlcygpOiBQcm90b2NvbFN0b3JlcyAmIHtcbiAgcmVhZG9ubHkgY291bnRzOiAoKSA9PiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+O1xufSB7XG4gIGNvbnN0IHNlc3Npb25zID0gbmV3IE1hcDxzdHJpbmcsIFVpbnQ4QXJyYXk+KCk7XG4gIGNvbnN0IHByZUtleXMgPSBuZXcgTWFwPHN0cmluZywgVWludDhBcnJheT4oKTtcbiAgY29uc3Qgc2VuZGVyS2V5cyA9IG5ldyBNYXA8c3RyaW5nLCBVaW50OEFycmF5PigpO1xuICBjb25zdCBpZGVudGl0aWVzID0gbmV3IE1hcDxzdHJpbmcsIFVpbnQ4QXJyYXk+KCk7XG4gIGNvbnN0IGNvcHkgPSAoYjogVWludDhBcnJheSB8IHVuZGVmaW5lZCkgPT4gKGIgPT09IHVuZGVmaW5lZCA/IG51bGwgOiBiLnNsaWNlKCkpO1xuICBjb25zdCBzZXNzaW9uU3RvcmU6IFNlc3Npb25TdG9yZSA9IHtcbiAgICBsb2FkU2Vzc2lvbjogYXN5bmMgKGEpID0+IGNvcHkoc2Vzc2lvbnMuZ2V0KGFkZHJlc3NLZXkoYSkpKSxcbiAgICBzdG9yZVNlc3Npb246IGFzeW5jIChhLCByKSA9PiB2b2lkIHNlc3Npb25zLnNldChhZGRyZXNzS2V5KGEpLCByLnNsaWNlKCkpLFxuICAgIGRlbGV0ZVNlc3Npb246IGFzeW5jIChhKSA9PiB2b2lkIHNlc3Npb25zLmRlbGV0ZShhZGRyZXNzS2V5KGEpKSxcbiAgfTtcbiAgY29uc3QgcHJlS2V5U3RvcmU6IFByZUtleVN0b3JlID0ge1xuICAgIGxvYWRQcmVLZXk6IGFzeW5jIChrOiBQcmVLZXlLaW5kLCBpZCkgPT4gY29weShwcmVLZXlzLmdldChgJHtrfS8ke2lkfWApKSxcbiAgICBzdG9yZVByZUtleTogYXN5bmMgKGssIGlkLCByKSA9PiB2b2lkIHByZUtleXMuc2V0KGAke2t9LyR7aWR9YCwgci5zbGljZSgpKSxcbiAgICByZW1vdmVQcmVLZXk6IGFzeW5jIChrLCBpZCkgPT4gdm9pZCBwcmVLZXlzLmRlbGV0ZShgJHtrfS8ke2lkfWApLFxuICB9O1xuICBjb25zdCBzZW5kZXJLZXlTdG9yZTogU2VuZGVyS2V5U3RvcmUgPSB7XG4gICAgbG9hZFNlbmRlcktleTogYXN5bmMgKHMsIGQpID0+IGNvcHkoc2VuZGVyS2V5cy5nZXQoYCR7YWRkcmVzc0tleShzKX0vJHtkfWApKSxcbiAgICBzdG9yZVNlbmRlcktleTogYXN5bmMgKHMsIGQsIHIpID0+IHZvaWQgc2VuZGVyS2V5cy5zZXQoYCR7YWRkcmVzc0tleShzKX0vJHtkfWAsIHIuc2xpY2UoKSksXG4gIH07XG4gIGNvbnN0IGlkZW50aXR5U3RvcmU6IElkZW50aXR5U3RvcmUgPSB7XG4gICAgbG9hZElkZW50aXR5OiBhc3luYyAodSkgPT4gY29weShpZGVudGl0aWVzLmdldCh1KSksXG4gICAgc3RvcmVJZGVudGl0eTogYXN5bmMgKHUsIHIpID0+IHZvaWQgaWRlbnRpdGllcy5zZXQodSwgci5zbGljZSgpKSxcbiAgfTtcbiAgcmV0dXJuIHtcbiAgICBzZXNzaW9uczogc2Vzc2lvblN0b3JlLFxuICAgIHByZUtleXM6IHByZUtleVN0b3JlLFxuICAgIHNlbmRlcktleXM6IHNlbmRlcktleVN0b3JlLFxuICAgIGlkZW50aXRpZXM6IGlkZW50aXR5U3RvcmUsXG4gICAgY291bnRzOiAoKSA9PiAoe1xuICAgICAgc2Vzc2lvbnM6IHNlc3Npb25zLnNpemUsXG4gICAgICBwcmVLZXlzOiBwcmVLZXlzLnNpemUsXG4gICAgICBzZW5kZXJLZXlzOiBzZW5kZXJLZXlzLnNpemUsXG4gICAgICBpZGVudGl0aWVzOiBpZGVudGl0aWVzLnNpemUsXG4gICAgfSksXG4gIH07XG59XG4iLCAiLy8gVGhlIG9uZSB0aW1pbmcgaGFybmVzcyBvZiB0aGUgYmVuY2htYXJrczogdGltZS1ib3hlZCBsb29wcyAod2FybS11cCwgdGhlblxuLy8gTiBzYW1wbGVzIG9mIGFib3V0IGEgZml4ZWQgZHVyYXRpb24gZWFjaCksIG9wcy9zIGFzIHRoZSBtZWRpYW4gb2YgdGhlXG4vLyBzYW1wbGVzIHdpdGggdGhlaXIgbWluXHUyMDEzbWF4IHNwcmVhZC4gQm91bmRlZCBpbiBjb3VudCBhbmQgaW4gdGltZS5cbmltcG9ydCB7IHBlcmZvcm1hbmNlIH0gZnJvbSAnbm9kZTpwZXJmX2hvb2tzJztcblxuLyoqIE9uZSBtZWFzdXJhYmxlIG9wZXJhdGlvbiwgc2V0IHVwIGFuZCByZWFkeSB0byBydW4uICovXG5leHBvcnQgaW50ZXJmYWNlIFdvcmtsb2FkIHtcbiAgLyoqXG4gICAqIFVudGltZWQ6IG1ha2UgdGhlIG5leHQgYGNvdW50YCBvcGVyYXRpb25zIHBvc3NpYmxlIChmb3IgZXhhbXBsZVxuICAgKiBnZW5lcmF0ZSBmcmVzaCBwcmVrZXlzKS4gQ2FsbGVkIGJldHdlZW4gdGltZWQgYmF0Y2hlcywgbmV2ZXIgaW5zaWRlIG9uZS5cbiAgICovXG4gIHByZXBhcmU/KGNvdW50OiBudW1iZXIpOiBQcm9taXNlPHZvaWQ+O1xuICAvKiogT25lIG9wZXJhdGlvbiAob25lIG1lc3NhZ2UpOiB0aGUgdGltZWQgd29yay4gKi9cbiAgb3AoKTogUHJvbWlzZTx2b2lkPjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBIYXJuZXNzT3B0aW9ucyB7XG4gIC8qKiBXYWxsIHRpbWUgb2YgdGhlIHVudGltZWQtcmVzdWx0IHdhcm0tdXAgKG1zKS4gKi9cbiAgcmVhZG9ubHkgd2FybXVwTXM6IG51bWJlcjtcbiAgLyoqIEhvdyBtYW55IHNhbXBsZXMgdGhlIHJlc3VsdCBpcyBtYWRlIG9mLiAqL1xuICByZWFkb25seSBzYW1wbGVzOiBudW1iZXI7XG4gIC8qKiBUaW1lZCBkdXJhdGlvbiBvZiBvbmUgc2FtcGxlIChtcykuICovXG4gIHJlYWRvbmx5IHNhbXBsZU1zOiBudW1iZXI7XG4gIC8qKiBNb3N0IG9wZXJhdGlvbnMgaW4gb25lIGJhdGNoIChib3VuZHMgd2hhdCBgcHJlcGFyZWAgaGFzIHRvIG1ha2UgYXQgb25jZSkuICovXG4gIHJlYWRvbmx5IG1heEJhdGNoOiBudW1iZXI7XG4gIC8qKiBIYXJkIHdhbGwtdGltZSBjYXAgZm9yIG9uZSB3b3JrbG9hZCAobXMpLCB3YXJtLXVwIGFuZCBgcHJlcGFyZWAgaW5jbHVkZWQuICovXG4gIHJlYWRvbmx5IGNhcE1zOiBudW1iZXI7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgTWVhc3VyZW1lbnQge1xuICAvKiogTWVkaWFuIG9wcy9zIG92ZXIgdGhlIHNhbXBsZXMuICovXG4gIHJlYWRvbmx5IG9wc1BlclNlYzogbnVtYmVyO1xuICByZWFkb25seSBtaW46IG51bWJlcjtcbiAgcmVhZG9ubHkgbWF4OiBudW1iZXI7XG4gIC8qKiBvcHMvcyBvZiBlYWNoIHNhbXBsZSwgaW4gb3JkZXIuICovXG4gIHJlYWRvbmx5IHNhbXBsZXM6IHJlYWRvbmx5IG51bWJlcltdO1xuICAvKiogT3BlcmF0aW9ucyBydW4gaW4gdGhlIHNhbXBsZXMgKHdhcm0tdXAgZXhjbHVkZWQpLiAqL1xuICByZWFkb25seSBvcHM6IG51bWJlcjtcbiAgLyoqIFdoZXRoZXIgdGhlIHdhbGwtdGltZSBjYXAgY3V0IHRoZSBydW4gc2hvcnQgKGZld2VyIHNhbXBsZXMgdGhhbiBhc2tlZCkuICovXG4gIHJlYWRvbmx5IGNhcHBlZDogYm9vbGVhbjtcbn1cblxuZnVuY3Rpb24gbWVkaWFuKHZhbHVlczogcmVhZG9ubHkgbnVtYmVyW10pOiBudW1iZXIge1xuICBjb25zdCBzb3J0ZWQgPSBbLi4udmFsdWVzXS5zb3J0KChhLCBiKSA9PiBhIC0gYik7XG4gIGNvbnN0IG1pZCA9IHNvcnRlZC5sZW5ndGggPj4gMTtcbiAgcmV0dXJuIHNvcnRlZC5sZW5ndGggJSAyID8gc29ydGVkW21pZF0hIDogKHNvcnRlZFttaWQgLSAxXSEgKyBzb3J0ZWRbbWlkXSEpIC8gMjtcbn1cblxuLyoqIFJ1biBgY291bnRgIG9wZXJhdGlvbnMgKGFmdGVyIGFuIHVudGltZWQgYHByZXBhcmVgKTsgcmV0dXJucyB0aGUgdGltZWQgbWlsbGlzZWNvbmRzLiAqL1xuYXN5bmMgZnVuY3Rpb24gYmF0Y2godzogV29ya2xvYWQsIGNvdW50OiBudW1iZXIpOiBQcm9taXNlPG51bWJlcj4ge1xuICBpZiAody5wcmVwYXJlKSBhd2FpdCB3LnByZXBhcmUoY291bnQpO1xuICBjb25zdCB0MCA9IHBlcmZvcm1hbmNlLm5vdygpO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGNvdW50OyBpKyspIGF3YWl0IHcub3AoKTtcbiAgcmV0dXJuIHBlcmZvcm1hbmNlLm5vdygpIC0gdDA7XG59XG5cbi8qKiBXYXJtIHVwLCB0aGVuIHRha2UgYHNhbXBsZXNgIHNhbXBsZXMgb2YgYWJvdXQgYHNhbXBsZU1zYCBvZiB0aW1lZCB3b3JrIGVhY2guICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gbWVhc3VyZSh3OiBXb3JrbG9hZCwgbzogSGFybmVzc09wdGlvbnMpOiBQcm9taXNlPE1lYXN1cmVtZW50PiB7XG4gIGNvbnN0IHN0YXJ0ID0gcGVyZm9ybWFuY2Uubm93KCk7XG4gIGNvbnN0IG92ZXJDYXAgPSAoKSA9PiBwZXJmb3JtYW5jZS5ub3coKSAtIHN0YXJ0ID4gby5jYXBNcztcblxuICAvLyBXYXJtLXVwOiBkb3VibGluZyBiYXRjaGVzIHVudGlsIHRoZSB3YXJtLXVwIHRpbWUgaXMgc3BlbnQ7IGVzdGltYXRlcyB0aGUgY29zdCBvZiBvbmUgb3AuXG4gIGxldCBzaXplID0gMTtcbiAgbGV0IHdhcm1PcHMgPSAwO1xuICBsZXQgd2FybU1zID0gMDtcbiAgd2hpbGUgKHBlcmZvcm1hbmNlLm5vdygpIC0gc3RhcnQgPCBvLndhcm11cE1zIHx8IHdhcm1PcHMgPT09IDApIHtcbiAgICB3YXJtTXMgKz0gYXdhaXQgYmF0Y2godywgc2l6ZSk7XG4gICAgd2FybU9wcyArPSBzaXplO1xuICAgIHNpemUgPSBNYXRoLm1pbihvLm1heEJhdGNoLCBzaXplICogMik7XG4gICAgaWYgKG92ZXJDYXAoKSkgYnJlYWs7XG4gIH1cbiAgbGV0IHBlck9wID0gTWF0aC5tYXgod2FybU1zIC8gd2FybU9wcywgMWUtNCk7XG5cbiAgY29uc3Qgc2FtcGxlczogbnVtYmVyW10gPSBbXTtcbiAgbGV0IG9wcyA9IDA7XG4gIGZvciAobGV0IHMgPSAwOyBzIDwgby5zYW1wbGVzOyBzKyspIHtcbiAgICBpZiAocyA+IDAgJiYgb3ZlckNhcCgpKSBicmVhaztcbiAgICBsZXQgdGltZWQgPSAwO1xuICAgIGxldCBjb3VudCA9IDA7XG4gICAgd2hpbGUgKHRpbWVkIDwgby5zYW1wbGVNcykge1xuICAgICAgY29uc3QgbiA9IE1hdGgubWluKG8ubWF4QmF0Y2gsIE1hdGgubWF4KDEsIE1hdGguY2VpbCgoby5zYW1wbGVNcyAtIHRpbWVkKSAvIHBlck9wKSkpO1xuICAgICAgdGltZWQgKz0gYXdhaXQgYmF0Y2godywgbik7XG4gICAgICBjb3VudCArPSBuO1xuICAgICAgaWYgKG92ZXJDYXAoKSkgYnJlYWs7XG4gICAgfVxuICAgIHBlck9wID0gdGltZWQgLyBjb3VudDtcbiAgICBzYW1wbGVzLnB1c2goKGNvdW50IC8gdGltZWQpICogMTAwMCk7XG4gICAgb3BzICs9IGNvdW50O1xuICB9XG4gIHJldHVybiB7XG4gICAgb3BzUGVyU2VjOiBtZWRpYW4oc2FtcGxlcyksXG4gICAgbWluOiBNYXRoLm1pbiguLi5zYW1wbGVzKSxcbiAgICBtYXg6IE1hdGgubWF4KC4uLnNhbXBsZXMpLFxuICAgIHNhbXBsZXMsXG4gICAgb3BzLFxuICAgIGNhcHBlZDogc2FtcGxlcy5sZW5ndGggPCBvLnNhbXBsZXMsXG4gIH07XG59XG5cbi8qKiBDaGVja3MgZGVjcnlwdGVkIHBsYWludGV4dHM6IGEgYmVuY2htYXJrIHRoYXQgc2lsZW50bHkgZmFpbHMgaXMgd29ydGhsZXNzLiAqL1xuZXhwb3J0IGNsYXNzIFBsYWludGV4dENoZWNrIHtcbiAgY2hlY2tlZCA9IDA7XG4gIGNvbnN0cnVjdG9yKHJlYWRvbmx5IGxhYmVsOiBzdHJpbmcpIHt9XG5cbiAgLyoqIFRocm93cyB1bmxlc3MgYGdvdGAgZXF1YWxzIGB3YW50YCBieXRlIGZvciBieXRlLiAqL1xuICBlcXVhbChnb3Q6IFVpbnQ4QXJyYXksIHdhbnQ6IFVpbnQ4QXJyYXkpOiB2b2lkIHtcbiAgICBpZiAoIUJ1ZmZlci5mcm9tKGdvdC5idWZmZXIsIGdvdC5ieXRlT2Zmc2V0LCBnb3QuYnl0ZUxlbmd0aCkuZXF1YWxzKHdhbnQpKVxuICAgICAgdGhyb3cgbmV3IEVycm9yKGAke3RoaXMubGFiZWx9OiBkZWNyeXB0ZWQgcGxhaW50ZXh0IGRpZmZlcnMgZnJvbSB0aGUgb3JpZ2luYWxgKTtcbiAgICB0aGlzLmNoZWNrZWQrKztcbiAgfVxufVxuXG4vKiogYGNvdW50YCBkaXN0aW5jdCByYW5kb20gbWVzc2FnZXMgb2YgYHNpemVgIGJ5dGVzLCB1c2VkIGluIHR1cm4gYnkgdGhlIHdvcmtsb2Fkcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtZXNzYWdlcyhjb3VudDogbnVtYmVyLCBzaXplOiBudW1iZXIpOiBVaW50OEFycmF5PEFycmF5QnVmZmVyPltdIHtcbiAgcmV0dXJuIEFycmF5LmZyb20oeyBsZW5ndGg6IGNvdW50IH0sICgpID0+IHtcbiAgICBjb25zdCBtID0gbmV3IFVpbnQ4QXJyYXkoc2l6ZSk7XG4gICAgZ2xvYmFsVGhpcy5jcnlwdG8uZ2V0UmFuZG9tVmFsdWVzKG0pO1xuICAgIHJldHVybiBtO1xuICB9KTtcbn1cblxuLyoqIEN5Y2xlcyB0aHJvdWdoIGBpdGVtc2AuICovXG5leHBvcnQgZnVuY3Rpb24gY3ljbGU8VD4oaXRlbXM6IHJlYWRvbmx5IFRbXSk6ICgpID0+IFQge1xuICBsZXQgaSA9IDA7XG4gIHJldHVybiAoKSA9PiBpdGVtc1tpKysgJSBpdGVtcy5sZW5ndGhdITtcbn1cbiIsICIvLyBOZXh1c0xpbmsncyBzaWRlIG9mIHRoZSBiZW5jaG1hcmtzOiB0aGUgc2Vzc2lvbiBBUEkgKHNyYy9yYXRjaGV0KSBvdmVyIHRoZVxuLy8gaW4tbWVtb3J5IHN0b3JlcyBvZiBAbmV4dXNsaW5rL3Nkay90ZXN0aW5nLCB3aGljaCBjb3B5IGVuY29kZWQgcmVjb3JkcyBpblxuLy8gYW5kIG91dCBhcyBhIHJlYWwgc3RvcmUgd291bGQuIFRoZSBjcnlwdG8gcHJvdmlkZXIgaXMgd2hhdGV2ZXIgaXMgYWN0aXZlLlxuaW1wb3J0IHtcbiAgY2VydGlmeU5ld0RldmljZSxcbiAgY3JlYXRlSWRlbnRpdHksXG4gIGRldmljZVNpZ25lcixcbiAgaXNzdWVTZWxmU2lnbmluZ0NlcnRpZmljYXRlLFxuICBTaWduaW5nS2V5UGFpcixcbiAgc29mdHdhcmVLZXlTdG9yZSxcbn0gZnJvbSAnLi4vc3JjL2luZGV4LmpzJztcbmltcG9ydCB7IHNldENyeXB0b1Byb3ZpZGVyIH0gZnJvbSAnLi4vc3JjL3ByaW1pdGl2ZXMvcHJvdmlkZXIuanMnO1xuaW1wb3J0IHR5cGUgeyBDcnlwdG9Qcm92aWRlciB9IGZyb20gJy4uL3NyYy9wcmltaXRpdmVzL3Byb3ZpZGVyLmpzJztcbmltcG9ydCB7XG4gIGNyZWF0ZUtlbVByZUtleSxcbiAgY3JlYXRlT25lVGltZVByZUtleXMsXG4gIGNyZWF0ZVByZUtleUJ1bmRsZSxcbiAgY3JlYXRlU2lnbmVkUHJlS2V5LFxuICBsb2NhbERldmljZSxcbn0gZnJvbSAnLi4vc3JjL3JhdGNoZXQvcHJla2V5cy5qcyc7XG5pbXBvcnQgdHlwZSB7IExvY2FsRGV2aWNlIH0gZnJvbSAnLi4vc3JjL3JhdGNoZXQvcHJla2V5cy5qcyc7XG5pbXBvcnQge1xuICBjcmVhdGVTZW5kZXJLZXlEaXN0cmlidXRpb24sXG4gIGdyb3VwRGVjcnlwdCxcbiAgZ3JvdXBFbmNyeXB0LFxuICBwcm9jZXNzU2VuZGVyS2V5RGlzdHJpYnV0aW9uLFxufSBmcm9tICcuLi9zcmMvcmF0Y2hldC9zZW5kZXIta2V5cy5qcyc7XG5pbXBvcnQge1xuICBkZWNyeXB0TWVzc2FnZSxcbiAgZGV2aWNlQWRkcmVzcyxcbiAgZW5jcnlwdE1lc3NhZ2UsXG4gIGVzdGFibGlzaFNlc3Npb24sXG59IGZyb20gJy4uL3NyYy9yYXRjaGV0L3Nlc3Npb24uanMnO1xuaW1wb3J0IHR5cGUgeyBTZXNzaW9uQ29udGV4dCB9IGZyb20gJy4uL3NyYy9yYXRjaGV0L3Nlc3Npb24uanMnO1xuaW1wb3J0IHsgbWVtb3J5UHJvdG9jb2xTdG9yZXMgfSBmcm9tICcuLi9zcmMvdGVzdGluZy9pbmRleC5qcyc7XG5pbXBvcnQgeyBlbnZlbG9wZUNvZGVjIH0gZnJvbSAnLi4vc3JjL3dpcmUvbWVzc2FnZXMuanMnO1xuaW1wb3J0IHsgRW52ZWxvcGVUeXBlIH0gZnJvbSAnLi4vc3JjL3dpcmUvZ2VuL25leHVzbGluay92MS9lbnZlbG9wZV9wYi5qcyc7XG5pbXBvcnQgeyBjeWNsZSB9IGZyb20gJy4vaGFybmVzcy5qcyc7XG5pbXBvcnQgdHlwZSB7IEltcGxlbWVudGF0aW9uLCBXb3JrbG9hZENvbnRleHQgfSBmcm9tICcuL3NjZW5hcmlvcy5qcyc7XG5cbi8qKiBDZXJ0aWZpY2F0ZXMgYXJlIGlzc3VlZCBhIHNlY29uZCBpbiB0aGUgcGFzdCBzbyB0aGV5IHZlcmlmeSBhdCBvbmNlLiAqL1xuY29uc3QgcGFzdCA9IHsgbm93OiAoKSA9PiBEYXRlLm5vdygpIC0gMTAwMCB9O1xuXG5pbnRlcmZhY2UgRGV2aWNlIHtcbiAgcmVhZG9ubHkgZGV2aWNlOiBMb2NhbERldmljZTtcbiAgLyoqIFN0b3JlcyB3aXRoIHRoZSBkZXZpY2UncyBzaWduZWQgcHJla2V5IChpZCAxKSBhbmQgbGFzdC1yZXNvcnQgS0VNIHByZWtleSAoaWQgMTAwMCkuICovXG4gIHJlYWRvbmx5IGN0eDogU2Vzc2lvbkNvbnRleHQgJiB7IHN0b3JlczogUmV0dXJuVHlwZTx0eXBlb2YgbWVtb3J5UHJvdG9jb2xTdG9yZXM+IH07XG4gIC8qKiBUaGUgc2lnbmVkIHByZWtleSwgYXMgaXQgZ29lcyBpbnRvIGJ1bmRsZXMuICovXG4gIHJlYWRvbmx5IHNpZ25lZFByZUtleTogVWludDhBcnJheTtcbn1cblxuLyoqIEEgZGV2aWNlIHdpdGggaWRlbnRpdHksIHNlbGYtc2lnbmluZyBhbmQgZGV2aWNlIGNlcnRpZmljYXRlcywgc3RvcmVzIGFuZCBwcmVrZXlzLiAqL1xuYXN5bmMgZnVuY3Rpb24gbWFrZURldmljZShuYW1lOiBzdHJpbmcpOiBQcm9taXNlPERldmljZT4ge1xuICBjb25zdCB7IGlkZW50aXR5IH0gPSBjcmVhdGVJZGVudGl0eSgpO1xuICBjb25zdCBzc2sgPSBTaWduaW5nS2V5UGFpci5nZW5lcmF0ZSgpO1xuICBjb25zdCBzc2tDZXJ0ID0gYXdhaXQgaXNzdWVTZWxmU2lnbmluZ0NlcnRpZmljYXRlKHtcbiAgICBpZGVudGl0eSxcbiAgICBzaWduaW5nS2V5OiBzc2sucHVibGljS2V5LFxuICAgIGNyZWF0ZWRBdDogcGFzdC5ub3coKSxcbiAgfSk7XG4gIGNvbnN0IGtleVN0b3JlID0gc29mdHdhcmVLZXlTdG9yZSgpO1xuICBjb25zdCBuZCA9IGF3YWl0IGNlcnRpZnlOZXdEZXZpY2Uoe1xuICAgIGtleVN0b3JlLFxuICAgIHNlbGZTaWduaW5nS2V5OiBzc2ssXG4gICAgaWRlbnRpdHlLZXk6IGlkZW50aXR5LnB1YmxpY0tleS5ieXRlcyxcbiAgICBkaXNwbGF5TmFtZTogbmFtZSxcbiAgICBjbG9jazogcGFzdCxcbiAgfSk7XG4gIGNvbnN0IGRldmljZSA9IGxvY2FsRGV2aWNlKHtcbiAgICBkZXZpY2VDZXJ0aWZpY2F0ZTogbmQuY2VydGlmaWNhdGUuYnl0ZXMsXG4gICAgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZTogc3NrQ2VydC5ieXRlcyxcbiAgICBrZXlBZ3JlZW1lbnRLZXk6IG5kLmtleUFncmVlbWVudEtleSxcbiAgICBzaWduZXI6IGF3YWl0IGRldmljZVNpZ25lcihrZXlTdG9yZSwgbmQuc2lnbmluZ0tleUlkKSxcbiAgfSk7XG4gIGNvbnN0IHN0b3JlcyA9IG1lbW9yeVByb3RvY29sU3RvcmVzKCk7XG4gIGNvbnN0IHNpZ25lZFByZUtleSA9IGF3YWl0IGNyZWF0ZVNpZ25lZFByZUtleShkZXZpY2UsIHN0b3Jlcy5wcmVLZXlzLCAxLCB7IGNsb2NrOiBwYXN0IH0pO1xuICBhd2FpdCBjcmVhdGVLZW1QcmVLZXkoZGV2aWNlLCBzdG9yZXMucHJlS2V5cywgMTAwMCwgeyBsYXN0UmVzb3J0OiB0cnVlLCBjbG9jazogcGFzdCB9KTtcbiAgcmV0dXJuIHsgZGV2aWNlLCBjdHg6IHsgc3RvcmVzIH0sIHNpZ25lZFByZUtleSB9O1xufVxuXG5jb25zdCBhZGRyZXNzT2YgPSAoZDogRGV2aWNlKSA9PiBkZXZpY2VBZGRyZXNzKGQuZGV2aWNlLnV1aWQsIGQuZGV2aWNlLmRldmljZUlkKTtcblxuLyoqIEEgZnJlc2ggYnVuZGxlIG9mIGBib2JgIChuZXcgb25lLXRpbWUgWDI1NTE5IGFuZCBNTC1LRU0gcHJla2V5cykgaW4gYHN0b3Jlc2AuICovXG5hc3luYyBmdW5jdGlvbiBmcmVzaEJ1bmRsZShcbiAgYm9iOiBEZXZpY2UsXG4gIHN0b3JlczogUmV0dXJuVHlwZTx0eXBlb2YgbWVtb3J5UHJvdG9jb2xTdG9yZXM+LFxuICBpZDogbnVtYmVyLFxuKTogUHJvbWlzZTxVaW50OEFycmF5PiB7XG4gIGNvbnN0IFtvbmVUaW1lXSA9IGF3YWl0IGNyZWF0ZU9uZVRpbWVQcmVLZXlzKHN0b3Jlcy5wcmVLZXlzLCBpZCwgMSwgeyBjbG9jazogcGFzdCB9KTtcbiAgY29uc3Qga2VtID0gYXdhaXQgY3JlYXRlS2VtUHJlS2V5KGJvYi5kZXZpY2UsIHN0b3Jlcy5wcmVLZXlzLCBpZCwgeyBjbG9jazogcGFzdCB9KTtcbiAgcmV0dXJuIGNyZWF0ZVByZUtleUJ1bmRsZSh7XG4gICAgZGV2aWNlOiBib2IuZGV2aWNlLFxuICAgIHNpZ25lZFByZUtleTogYm9iLnNpZ25lZFByZUtleSxcbiAgICBrZW1QcmVLZXk6IGtlbSxcbiAgICBvbmVUaW1lUHJlS2V5OiBvbmVUaW1lISxcbiAgfSk7XG59XG5cbmZ1bmN0aW9uIGV4cGVjdFR5cGUoZW52ZWxvcGU6IFVpbnQ4QXJyYXksIHR5cGU6IEVudmVsb3BlVHlwZSwgd2hhdDogc3RyaW5nKTogdm9pZCB7XG4gIGlmIChlbnZlbG9wZUNvZGVjLmRlY29kZShlbnZlbG9wZSkudHlwZSAhPT0gdHlwZSlcbiAgICB0aHJvdyBuZXcgRXJyb3IoYG5leHVzbGluazogJHt3aGF0fSBpcyBub3QgYSAke0VudmVsb3BlVHlwZVt0eXBlXX1gKTtcbn1cblxuLyoqIEFsaWNlIGFuZCBCb2Igd2l0aCBhIHNlc3Npb24gYm90aCB3YXlzIChCb2IgaGFzIGFuc3dlcmVkOiBubyBtb3JlIFByZUtleU1lc3NhZ2VzKS4gKi9cbmFzeW5jIGZ1bmN0aW9uIHBhaXIobWVzc2FnZXM6IHJlYWRvbmx5IFVpbnQ4QXJyYXlbXSkge1xuICBjb25zdCBhbGljZSA9IGF3YWl0IG1ha2VEZXZpY2UoJ2FsaWNlJyk7XG4gIGNvbnN0IGJvYiA9IGF3YWl0IG1ha2VEZXZpY2UoJ2JvYicpO1xuICBjb25zdCBib2JBZGRyZXNzID0gYXdhaXQgZXN0YWJsaXNoU2Vzc2lvbihcbiAgICBhbGljZS5kZXZpY2UsXG4gICAgYXdhaXQgZnJlc2hCdW5kbGUoYm9iLCBib2IuY3R4LnN0b3JlcywgMSksXG4gICAgYWxpY2UuY3R4LFxuICApO1xuICBjb25zdCBmaXJzdCA9IGF3YWl0IGVuY3J5cHRNZXNzYWdlKGFsaWNlLmRldmljZSwgYm9iQWRkcmVzcywgbWVzc2FnZXNbMF0hLCBhbGljZS5jdHgpO1xuICBleHBlY3RUeXBlKGZpcnN0LCBFbnZlbG9wZVR5cGUuUFJFS0VZX01FU1NBR0UsICd0aGUgZmlyc3QgbWVzc2FnZScpO1xuICBjb25zdCBhbGljZUFkZHJlc3MgPSAoYXdhaXQgZGVjcnlwdE1lc3NhZ2UoYm9iLmRldmljZSwgZmlyc3QsIGJvYi5jdHgpKS5zZW5kZXI7XG4gIGNvbnN0IHJlcGx5ID0gYXdhaXQgZW5jcnlwdE1lc3NhZ2UoYm9iLmRldmljZSwgYWxpY2VBZGRyZXNzLCBtZXNzYWdlc1sxXSEsIGJvYi5jdHgpO1xuICBhd2FpdCBkZWNyeXB0TWVzc2FnZShhbGljZS5kZXZpY2UsIHJlcGx5LCBhbGljZS5jdHgpO1xuICBjb25zdCBuZXh0ID0gYXdhaXQgZW5jcnlwdE1lc3NhZ2UoYWxpY2UuZGV2aWNlLCBib2JBZGRyZXNzLCBtZXNzYWdlc1syXSEsIGFsaWNlLmN0eCk7XG4gIGV4cGVjdFR5cGUobmV4dCwgRW52ZWxvcGVUeXBlLlJBVENIRVRfTUVTU0FHRSwgJ2EgbWVzc2FnZSBhZnRlciB0aGUgcmVwbHknKTtcbiAgYXdhaXQgZGVjcnlwdE1lc3NhZ2UoYm9iLmRldmljZSwgbmV4dCwgYm9iLmN0eCk7XG4gIHJldHVybiB7IGFsaWNlLCBib2IsIGFsaWNlQWRkcmVzcywgYm9iQWRkcmVzcyB9O1xufVxuXG4vKiogTmV4dXNMaW5rIHdpdGggYHByb3ZpZGVyYCBhY3RpdmUgZm9yIHNldC11cCBhbmQgZXZlcnkgb3BlcmF0aW9uLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG5leHVzbGluayhuYW1lOiBzdHJpbmcsIHByb3ZpZGVyOiBDcnlwdG9Qcm92aWRlcik6IEltcGxlbWVudGF0aW9uIHtcbiAgcmV0dXJuIHtcbiAgICBuYW1lLFxuICAgIGFjdGl2YXRlOiAoKSA9PiBzZXRDcnlwdG9Qcm92aWRlcihwcm92aWRlciksXG4gICAgd29ya2xvYWRzOiB7XG4gICAgICBhc3luYyBlc3RhYmxpc2goeyBtZXNzYWdlcywgY2hlY2sgfTogV29ya2xvYWRDb250ZXh0KSB7XG4gICAgICAgIGNvbnN0IGFsaWNlID0gYXdhaXQgbWFrZURldmljZSgnYWxpY2UnKTtcbiAgICAgICAgY29uc3QgYm9iID0gYXdhaXQgbWFrZURldmljZSgnYm9iJyk7XG4gICAgICAgIGNvbnN0IHNpZ25lZFJlY29yZCA9IChhd2FpdCBib2IuY3R4LnN0b3Jlcy5wcmVLZXlzLmxvYWRQcmVLZXkoJ3NpZ25lZCcsIDEpKSE7XG4gICAgICAgIGNvbnN0IG5leHQgPSBjeWNsZShtZXNzYWdlcyk7XG4gICAgICAgIC8vIEVhY2ggb3BlcmF0aW9uIGdldHMgZnJlc2ggc3RvcmVzIG9uIGJvdGggc2lkZXMgKG5vIGFyY2hpdmVkIHNlc3Npb25zIHBpbGluZ1xuICAgICAgICAvLyB1cCkgYW5kIGEgYnVuZGxlIHdpdGggZnJlc2ggb25lLXRpbWUgcHJla2V5cywgYWxsIG1hZGUgYmVmb3JlIHRoZSB0aW1lciBzdGFydHMuXG4gICAgICAgIGNvbnN0IHBvb2w6IHsgYnVuZGxlOiBVaW50OEFycmF5OyBhbGljZUN0eDogU2Vzc2lvbkNvbnRleHQ7IGJvYkN0eDogU2Vzc2lvbkNvbnRleHQgfVtdID1cbiAgICAgICAgICBbXTtcbiAgICAgICAgcmV0dXJuIHtcbiAgICAgICAgICBhc3luYyBwcmVwYXJlKGNvdW50KSB7XG4gICAgICAgICAgICB3aGlsZSAocG9vbC5sZW5ndGggPCBjb3VudCkge1xuICAgICAgICAgICAgICBjb25zdCBib2JTdG9yZXMgPSBtZW1vcnlQcm90b2NvbFN0b3JlcygpO1xuICAgICAgICAgICAgICBhd2FpdCBib2JTdG9yZXMucHJlS2V5cy5zdG9yZVByZUtleSgnc2lnbmVkJywgMSwgc2lnbmVkUmVjb3JkKTtcbiAgICAgICAgICAgICAgcG9vbC5wdXNoKHtcbiAgICAgICAgICAgICAgICBidW5kbGU6IGF3YWl0IGZyZXNoQnVuZGxlKGJvYiwgYm9iU3RvcmVzLCAxKSxcbiAgICAgICAgICAgICAgICBhbGljZUN0eDogeyBzdG9yZXM6IG1lbW9yeVByb3RvY29sU3RvcmVzKCkgfSxcbiAgICAgICAgICAgICAgICBib2JDdHg6IHsgc3RvcmVzOiBib2JTdG9yZXMgfSxcbiAgICAgICAgICAgICAgfSk7XG4gICAgICAgICAgICB9XG4gICAgICAgICAgfSxcbiAgICAgICAgICBhc3luYyBvcCgpIHtcbiAgICAgICAgICAgIGNvbnN0IHsgYnVuZGxlLCBhbGljZUN0eCwgYm9iQ3R4IH0gPSBwb29sLnBvcCgpITtcbiAgICAgICAgICAgIGNvbnN0IG1lc3NhZ2UgPSBuZXh0KCk7XG4gICAgICAgICAgICBjb25zdCBhZGRyZXNzID0gYXdhaXQgZXN0YWJsaXNoU2Vzc2lvbihhbGljZS5kZXZpY2UsIGJ1bmRsZSwgYWxpY2VDdHgpO1xuICAgICAgICAgICAgY29uc3QgZW52ZWxvcGUgPSBhd2FpdCBlbmNyeXB0TWVzc2FnZShhbGljZS5kZXZpY2UsIGFkZHJlc3MsIG1lc3NhZ2UsIGFsaWNlQ3R4KTtcbiAgICAgICAgICAgIGNvbnN0IHJlY2VpdmVkID0gYXdhaXQgZGVjcnlwdE1lc3NhZ2UoYm9iLmRldmljZSwgZW52ZWxvcGUsIGJvYkN0eCk7XG4gICAgICAgICAgICBpZiAoIXJlY2VpdmVkLm5ld1Nlc3Npb24pIHRocm93IG5ldyBFcnJvcignbmV4dXNsaW5rOiBubyBuZXcgc2Vzc2lvbiB3YXMgY3JlYXRlZCcpO1xuICAgICAgICAgICAgY2hlY2suZXF1YWwocmVjZWl2ZWQucGxhaW50ZXh0LCBtZXNzYWdlKTtcbiAgICAgICAgICB9LFxuICAgICAgICB9O1xuICAgICAgfSxcblxuICAgICAgYXN5bmMgc3RlYWR5KHsgbWVzc2FnZXMsIGNoZWNrIH06IFdvcmtsb2FkQ29udGV4dCkge1xuICAgICAgICBjb25zdCB7IGFsaWNlLCBib2IsIGJvYkFkZHJlc3MgfSA9IGF3YWl0IHBhaXIobWVzc2FnZXMpO1xuICAgICAgICBjb25zdCBuZXh0ID0gY3ljbGUobWVzc2FnZXMpO1xuICAgICAgICByZXR1cm4ge1xuICAgICAgICAgIGFzeW5jIG9wKCkge1xuICAgICAgICAgICAgY29uc3QgbWVzc2FnZSA9IG5leHQoKTtcbiAgICAgICAgICAgIGNvbnN0IGVudmVsb3BlID0gYXdhaXQgZW5jcnlwdE1lc3NhZ2UoYWxpY2UuZGV2aWNlLCBib2JBZGRyZXNzLCBtZXNzYWdlLCBhbGljZS5jdHgpO1xuICAgICAgICAgICAgY2hlY2suZXF1YWwoKGF3YWl0IGRlY3J5cHRNZXNzYWdlKGJvYi5kZXZpY2UsIGVudmVsb3BlLCBib2IuY3R4KSkucGxhaW50ZXh0LCBtZXNzYWdlKTtcbiAgICAgICAgICB9LFxuICAgICAgICB9O1xuICAgICAgfSxcblxuICAgICAgYXN5bmMgJ3BpbmctcG9uZycoeyBtZXNzYWdlcywgY2hlY2sgfTogV29ya2xvYWRDb250ZXh0KSB7XG4gICAgICAgIGNvbnN0IHsgYWxpY2UsIGJvYiwgYWxpY2VBZGRyZXNzLCBib2JBZGRyZXNzIH0gPSBhd2FpdCBwYWlyKG1lc3NhZ2VzKTtcbiAgICAgICAgY29uc3QgbmV4dCA9IGN5Y2xlKG1lc3NhZ2VzKTtcbiAgICAgICAgbGV0IHR1cm4gPSAwO1xuICAgICAgICByZXR1cm4ge1xuICAgICAgICAgIGFzeW5jIG9wKCkge1xuICAgICAgICAgICAgY29uc3QgbWVzc2FnZSA9IG5leHQoKTtcbiAgICAgICAgICAgIGNvbnN0IFtmcm9tLCB0bywgYWRkcmVzc10gPVxuICAgICAgICAgICAgICB0dXJuKysgJSAyID09PSAwID8gW2FsaWNlLCBib2IsIGJvYkFkZHJlc3NdIDogW2JvYiwgYWxpY2UsIGFsaWNlQWRkcmVzc107XG4gICAgICAgICAgICBjb25zdCBlbnZlbG9wZSA9IGF3YWl0IGVuY3J5cHRNZXNzYWdlKGZyb20uZGV2aWNlLCBhZGRyZXNzLCBtZXNzYWdlLCBmcm9tLmN0eCk7XG4gICAgICAgICAgICBjaGVjay5lcXVhbCgoYXdhaXQgZGVjcnlwdE1lc3NhZ2UodG8uZGV2aWNlLCBlbnZlbG9wZSwgdG8uY3R4KSkucGxhaW50ZXh0LCBtZXNzYWdlKTtcbiAgICAgICAgICB9LFxuICAgICAgICB9O1xuICAgICAgfSxcblxuICAgICAgYXN5bmMgZ3JvdXAoeyBtZXNzYWdlcywgY2hlY2sgfTogV29ya2xvYWRDb250ZXh0KSB7XG4gICAgICAgIGNvbnN0IGFsaWNlID0gYXdhaXQgbWFrZURldmljZSgnYWxpY2UnKTtcbiAgICAgICAgY29uc3QgYm9iID0gYXdhaXQgbWFrZURldmljZSgnYm9iJyk7XG4gICAgICAgIGNvbnN0IGRpc3RyaWJ1dGlvbklkID0gZ2xvYmFsVGhpcy5jcnlwdG8uZ2V0UmFuZG9tVmFsdWVzKG5ldyBVaW50OEFycmF5KDE2KSk7XG4gICAgICAgIGNvbnN0IGRpc3RyaWJ1dGlvbiA9IGF3YWl0IGNyZWF0ZVNlbmRlcktleURpc3RyaWJ1dGlvbihcbiAgICAgICAgICBhbGljZS5kZXZpY2UsXG4gICAgICAgICAgZGlzdHJpYnV0aW9uSWQsXG4gICAgICAgICAgYWxpY2UuY3R4LFxuICAgICAgICApO1xuICAgICAgICBhd2FpdCBwcm9jZXNzU2VuZGVyS2V5RGlzdHJpYnV0aW9uKGFkZHJlc3NPZihhbGljZSksIGRpc3RyaWJ1dGlvbiwgYm9iLmN0eCk7XG4gICAgICAgIGNvbnN0IG5leHQgPSBjeWNsZShtZXNzYWdlcyk7XG4gICAgICAgIHJldHVybiB7XG4gICAgICAgICAgYXN5bmMgb3AoKSB7XG4gICAgICAgICAgICBjb25zdCBtZXNzYWdlID0gbmV4dCgpO1xuICAgICAgICAgICAgY29uc3QgZW52ZWxvcGUgPSBhd2FpdCBncm91cEVuY3J5cHQoYWxpY2UuZGV2aWNlLCBkaXN0cmlidXRpb25JZCwgbWVzc2FnZSwgYWxpY2UuY3R4KTtcbiAgICAgICAgICAgIGNoZWNrLmVxdWFsKChhd2FpdCBncm91cERlY3J5cHQoZW52ZWxvcGUsIGJvYi5jdHgpKS5wbGFpbnRleHQsIG1lc3NhZ2UpO1xuICAgICAgICAgIH0sXG4gICAgICAgIH07XG4gICAgICB9LFxuICAgIH0sXG4gIH07XG59XG4iXSwKICAibWFwcGluZ3MiOiAiO0FBQUEsU0FBUyxtQkFBbUI7OztBQ0M1QixTQUFTLGVBQWU7OztBQ0R4QixTQUFTLFNBQVMsY0FBYztBQUNoQyxTQUFTLFlBQVk7QUFDckIsU0FBUyxrQkFBa0IseUJBQXlCO0FBQ3BELFNBQVMsa0JBQWtCO0FBQzNCLFNBQVMsWUFBWTtBQUNyQixTQUFTLFlBQVk7QUFDckIsU0FBUyxRQUFRLGNBQWM7QUFDL0IsU0FBUyxhQUFhLGVBQWUsd0JBQXdCOzs7QUNIdEQsSUFBTSxjQUFjO0FBQUEsRUFDekI7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQ0Y7QUFLQSxJQUFNLFdBQWdDLElBQUksSUFBSSxXQUFXO0FBb0JsRCxJQUFNLGFBQU4sY0FBeUIsTUFBTTtBQUFBO0FBQUEsRUFFM0I7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFPVCxZQUFZLE1BQWlCLFNBQWlCLFNBQStCO0FBQzNFLFVBQU0sU0FBUyxPQUFPO0FBQ3RCLFFBQUksQ0FBQyxTQUFTLElBQUksSUFBSSxFQUFHLE9BQU0sSUFBSSxVQUFVLDRCQUE0QixPQUFPLElBQUksQ0FBQyxFQUFFO0FBQ3ZGLFNBQUssT0FBTztBQUNaLFNBQUssT0FBTztBQUFBLEVBQ2Q7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBTUEsT0FBTyxHQUF3QixRQUFpQixPQUFvQztBQUNsRixRQUFJLEVBQUUsZUFBZSxVQUFXLElBQTJCLFNBQVMsYUFBYyxRQUFPO0FBQ3pGLFVBQU0sT0FBUSxJQUEyQjtBQUN6QyxRQUFJLE9BQU8sU0FBUyxZQUFZLENBQUMsU0FBUyxJQUFJLElBQUksRUFBRyxRQUFPO0FBQzVELFdBQU8sTUFBTSxXQUFXLEtBQU0sTUFBbUIsU0FBUyxJQUFJO0FBQUEsRUFDaEU7QUFDRjs7O0FESU8sSUFBTSxtQkFBbUM7QUFBQSxFQUM5QyxNQUFNO0FBQUEsRUFDTixhQUFhLENBQUMsV0FBVyxpQkFBaUIsTUFBTTtBQUFBLEVBQ2hELFFBQVEsQ0FBQyxTQUFTLE9BQU8sSUFBSTtBQUFBLEVBQzdCLFFBQVEsQ0FBQyxTQUFTLE9BQU8sSUFBSTtBQUFBLEVBQzdCLFlBQVksQ0FBQyxLQUFLLFNBQVMsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUFBLEVBQ2pELFlBQVksQ0FBQyxLQUFLLFNBQVMsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUFBLEVBQ2pELFlBQVksQ0FBQyxLQUFLLE1BQU0sTUFBTSxXQUFXLEtBQUssUUFBUSxLQUFLLE1BQU0sTUFBTSxNQUFNO0FBQUEsRUFDN0Usa0JBQWtCLENBQUMsU0FBUyxRQUFRLGFBQWEsSUFBSTtBQUFBLEVBQ3JELGFBQWEsQ0FBQyxNQUFNLFlBQVksUUFBUSxLQUFLLFNBQVMsSUFBSTtBQUFBLEVBQzFELGVBQWUsQ0FBQyxXQUFXLFNBQVMsY0FBYztBQUNoRCxRQUFJO0FBSUYsYUFDRSxRQUFRLE9BQU8sV0FBVyxTQUFTLFdBQVcsRUFBRSxRQUFRLE1BQU0sQ0FBQyxLQUMvRCxvQkFBb0IsV0FBVyxTQUFTLFNBQVM7QUFBQSxJQUVyRCxRQUFRO0FBQ04sYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBQUEsRUFDQSxlQUFlLENBQUMsV0FBVyxLQUFLLGFBQWEsUUFBUSxJQUFJO0FBQUEsRUFDekQsVUFBVSxDQUFDLFFBQVEsWUFBWSxLQUFLLEtBQUssU0FBUyxRQUFRLEVBQUUsTUFBTSxLQUFLLENBQUM7QUFBQSxFQUN4RSxZQUFZLENBQUMsV0FBVyxTQUFTLGNBQWM7QUFDN0MsUUFBSTtBQUNGLGFBQU8sS0FBSyxPQUFPLFdBQVcsU0FBUyxXQUFXLEVBQUUsTUFBTSxLQUFLLENBQUM7QUFBQSxJQUNsRSxRQUFRO0FBQ04sYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBQUEsRUFDQSxpQkFBaUIsQ0FBQyxXQUFXLE9BQU8sYUFBYSxNQUFNO0FBQUEsRUFDdkQsUUFBUSxDQUFDLFFBQVEsY0FBYztBQUM3QixRQUFJO0FBQ0YsWUFBTSxTQUFTLE9BQU8sZ0JBQWdCLFFBQVEsU0FBUztBQUN2RCxhQUFPLE9BQU8sS0FBSyxDQUFDLE1BQU0sTUFBTSxDQUFDLElBQUksU0FBUztBQUFBLElBQ2hELFFBQVE7QUFDTixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFBQSxFQUNBLG9CQUFvQixDQUFDLFNBQVMsV0FBVyxPQUFPLElBQUksRUFBRTtBQUFBLEVBQ3RELHNCQUFzQixDQUFDLFdBQVcsZUFBZTtBQUMvQyxVQUFNLEVBQUUsWUFBWSxhQUFhLElBQUksV0FBVyxZQUFZLFdBQVcsVUFBVTtBQUNqRixXQUFPLEVBQUUsWUFBWSxZQUFZLGFBQWE7QUFBQSxFQUNoRDtBQUFBLEVBQ0Esc0JBQXNCLENBQUMsTUFBTSxlQUMzQixXQUFXLFlBQVksWUFBWSxXQUFXLE9BQU8sSUFBSSxFQUFFLFNBQVM7QUFBQSxFQUN0RSxzQkFBc0IsQ0FBQyxLQUFLLE9BQU8sV0FBVyxPQUM1QyxpQkFBaUIsS0FBSyxPQUFPLEVBQUUsRUFBRSxRQUFRLFNBQVM7QUFBQSxFQUNwRCxzQkFBc0IsQ0FBQyxLQUFLLE9BQU8sWUFBWSxPQUFPO0FBQ3BELFFBQUk7QUFDRixhQUFPLGlCQUFpQixLQUFLLE9BQU8sRUFBRSxFQUFFLFFBQVEsVUFBVTtBQUFBLElBQzVELFFBQVE7QUFDTixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFBQSxFQUNBLHVCQUF1QixDQUFDLEtBQUssT0FBTyxXQUFXLE9BQzdDLGtCQUFrQixLQUFLLE9BQU8sRUFBRSxFQUFFLFFBQVEsU0FBUztBQUFBLEVBQ3JELHVCQUF1QixDQUFDLEtBQUssT0FBTyxZQUFZLE9BQU87QUFDckQsUUFBSTtBQUNGLGFBQU8sa0JBQWtCLEtBQUssT0FBTyxFQUFFLEVBQUUsUUFBUSxVQUFVO0FBQUEsSUFDN0QsUUFBUTtBQUNOLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNGO0FBRUEsSUFBSTtBQU9HLFNBQVMsU0FBeUI7QUFDdkMsU0FBUSxXQUFXLHFCQUFxQixLQUFLO0FBQy9DO0FBR08sU0FBUyxrQkFBa0IsVUFBZ0M7QUFDaEUsV0FBUztBQUNYO0FBRUEsSUFBTSxZQUFZLFFBQVEsTUFBTSxHQUFHO0FBRW5DLFNBQVMsYUFBYSxPQUEyQjtBQUMvQyxNQUFJQSxLQUFJO0FBQ1IsV0FBUyxJQUFJLE1BQU0sU0FBUyxHQUFHLEtBQUssR0FBRyxJQUFLLENBQUFBLEtBQUtBLE1BQUssS0FBTSxPQUFPLE1BQU0sQ0FBQyxDQUFFO0FBQzVFLFNBQU9BO0FBQ1Q7QUFHQSxTQUFTLG9CQUNQLFdBQ0EsU0FDQSxXQUNTO0FBQ1QsUUFBTSxJQUFJLFFBQVEsTUFBTSxVQUFVLFVBQVUsU0FBUyxHQUFHLEVBQUUsQ0FBQztBQUMzRCxRQUFNLElBQUksUUFBUSxNQUFNLFVBQVUsU0FBUztBQUMzQyxRQUFNLElBQUksYUFBYSxVQUFVLFNBQVMsRUFBRSxDQUFDO0FBQzdDLFFBQU0sSUFDSixhQUFhLE9BQU8sWUFBWSxVQUFVLFNBQVMsR0FBRyxFQUFFLEdBQUcsV0FBVyxPQUFPLENBQUMsQ0FBQyxJQUFJO0FBQ3JGLFNBQU8sUUFBUSxNQUFNLEtBQUssZUFBZSxDQUFDLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxlQUFlLENBQUMsQ0FBQyxDQUFDO0FBQy9FO0FBR0EsSUFBTSxTQUFTLEtBQUssTUFBTSxNQUFNLEVBQUU7QUFNM0IsU0FBUyxrQkFBa0IsV0FBbUM7QUFDbkUsTUFBSSxVQUFVLFdBQVc7QUFDdkIsVUFBTSxJQUFJLFdBQVcsYUFBYSxrQ0FBa0M7QUFDdEUsTUFBSSxJQUFJO0FBQ1IsV0FBUyxJQUFJLElBQUksSUFBSSxJQUFJLElBQUssS0FBSyxLQUFLLEtBQU0sT0FBTyxVQUFVLENBQUMsQ0FBRTtBQUNsRSxNQUFJLEtBQUssVUFBVSxHQUFJLFFBQU87QUFDOUIsTUFBSSxTQUFTO0FBQ2IsUUFBTSxNQUFNLFVBQVUsTUFBTTtBQUM1QixXQUFTLElBQUksSUFBSSxLQUFLLElBQUksS0FBSztBQUM3QixRQUFJLENBQUMsSUFBSSxPQUFPLElBQUksS0FBSztBQUN6QixVQUFNO0FBQUEsRUFDUjtBQUNBLFNBQU87QUFDVDtBQUdPLFNBQVMsaUJBQWlCLE9BQTRCO0FBQzNELE1BQUk7QUFDRixTQUFLLE1BQU0sVUFBVSxLQUFLLEVBQUUsZUFBZTtBQUMzQyxXQUFPO0FBQUEsRUFDVCxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQVlPLFNBQVMsb0JBQW9CLE9BQTRCO0FBQzlELE1BQUksTUFBTSxXQUFXLEdBQUksUUFBTztBQUNoQyxNQUFJO0FBQ0YsWUFBUSxNQUFNLFVBQVUsT0FBTyxLQUFLLEVBQUUsZUFBZTtBQUNyRCxXQUFPO0FBQUEsRUFDVCxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjs7O0FEM05PLFNBQVMsdUJBQThDO0FBQzVELFFBQU0sT0FBTyxlQUFlO0FBQzVCLE1BQUksQ0FBQyxLQUFNLFFBQU87QUFDbEIsUUFBTSxNQUFNLG1CQUFtQixJQUFJO0FBQ25DLFFBQU0sU0FBa0QsQ0FBQztBQUN6RCxhQUFXLFFBQVEsT0FBTyxLQUFLLGNBQWMsR0FBc0I7QUFDakUsV0FBTyxJQUFJLElBQ1QsZUFBZSxJQUFJLE1BQU0saUJBQWlCLE1BQU0sS0FBSyxJQUFJLElBQ3JELElBQUksSUFBSSxJQUNSLGlCQUFpQixJQUFJO0FBQUEsRUFDN0I7QUFDQSxTQUFPLEVBQUUsR0FBSSxRQUF5QyxNQUFNLFNBQVM7QUFDdkU7QUFVTyxJQUFNLGlCQUE4RTtBQUFBLEVBQ3pGLGFBQWE7QUFBQSxFQUNiLFFBQVE7QUFBQSxFQUNSLFFBQVE7QUFBQSxFQUNSLFlBQVk7QUFBQSxFQUNaLFlBQVk7QUFBQSxFQUNaLFlBQVk7QUFBQSxFQUNaLGtCQUFrQjtBQUFBLEVBQ2xCLGFBQWE7QUFBQSxFQUNiLGVBQWU7QUFBQSxFQUNmLGVBQWU7QUFBQSxFQUNmLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFBQSxFQUNaLGlCQUFpQjtBQUFBLEVBQ2pCLFFBQVE7QUFBQSxFQUNSLG9CQUFvQjtBQUFBLEVBQ3BCLHNCQUFzQjtBQUFBLEVBQ3RCLHNCQUFzQjtBQUFBLEVBQ3RCLHNCQUFzQjtBQUFBLEVBQ3RCLHNCQUFzQjtBQUFBLEVBQ3RCLHVCQUF1QjtBQUFBLEVBQ3ZCLHVCQUF1QjtBQUN6QjtBQUVBLFNBQVMsaUJBQTBDO0FBQ2pELFFBQU1DLFdBQVcsV0FDZDtBQUNILE1BQUk7QUFDRixXQUFRQSxVQUFTLG1CQUFtQixhQUFhLEtBQXNDO0FBQUEsRUFDekYsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxTQUFTLE1BQU0sR0FBbUIsTUFBOEI7QUFDOUQsTUFBSTtBQUNGLFVBQU0sUUFBUSxPQUFPLElBQUk7QUFDekIsV0FBTyxRQUFRLE1BQU0sQ0FBQyxJQUFJO0FBQUEsRUFDNUIsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxJQUFNLFNBQXlFO0FBQUEsRUFDN0Usb0JBQW9CLENBQUMsTUFBTSxFQUFFLG1CQUFtQixJQUFJLFdBQVcsRUFBRSxDQUFDLEVBQUUsV0FBVztBQUFBLEVBQy9FLHNCQUFzQixDQUFDLE1BQ3JCLEVBQUUscUJBQXFCLEVBQUUsbUJBQW1CLElBQUksV0FBVyxFQUFFLENBQUMsQ0FBQyxFQUFFLFdBQVcsV0FBVztBQUFBLEVBQ3pGLHNCQUFzQixDQUFDLE1BQ3JCLEVBQUUscUJBQXFCLElBQUksV0FBVyxFQUFFLEdBQUcsSUFBSSxXQUFXLElBQUksQ0FBQyxFQUFFLFdBQVc7QUFBQSxFQUM5RSxzQkFBc0IsQ0FBQyxNQUNyQixFQUFFO0FBQUEsSUFDQSxJQUFJLFdBQVcsRUFBRTtBQUFBLElBQ2pCLElBQUksV0FBVyxFQUFFO0FBQUEsSUFDakIsSUFBSSxXQUFXLENBQUM7QUFBQSxJQUNoQixJQUFJLFdBQVcsQ0FBQztBQUFBLEVBQ2xCLEVBQUUsV0FBVztBQUNqQjtBQUNBLE9BQU8sdUJBQXVCLE9BQU87QUFDckMsT0FBTyx3QkFBd0IsT0FBTztBQUN0QyxPQUFPLHdCQUF3QixPQUFPO0FBVy9CLFNBQVMsbUJBQW1CLE1BQXdDO0FBQ3pFLFFBQU0sT0FBTyxJQUFJLFNBQVMsR0FBRztBQUU3QixRQUFNLGlCQUFpQixDQUFDLFNBQ3RCLEtBQUssSUFBSSxtQkFBbUIsTUFBTSxNQUFNLFlBQVksTUFBTSxlQUFlLE1BQU0sRUFBRSxDQUFDO0FBQ3BGLFFBQU0sZ0JBQWdCLENBQUMsV0FDckIsS0FBSyxJQUFJLGtCQUFrQixRQUFRLE1BQU0sWUFBWSxNQUFNLGNBQWMsUUFBUSxFQUFFLENBQUM7QUFDdEYsUUFBTSxjQUFjLENBQUMsV0FDbkIsS0FBSyxJQUFJLGdCQUFnQixRQUFRLE1BQU07QUFDckMsUUFBSSxDQUFDLGFBQWEsTUFBTSxFQUFHLE9BQU0sSUFBSSxXQUFXLGtDQUFrQztBQUNsRixXQUFPLFlBQVksTUFBTSxZQUFZLFFBQVEsRUFBRTtBQUFBLEVBQ2pELENBQUM7QUFDSCxRQUFNLGVBQWUsQ0FBQyxTQUNwQixLQUFLLElBQUksdUJBQXVCLE1BQU0sTUFBTTtBQUMxQyxRQUFJLEtBQUssV0FBVyxHQUFJLE9BQU0sSUFBSSxXQUFXLG1DQUFtQztBQUNoRixXQUFPLEtBQUssaUJBQWlCO0FBQUEsTUFDM0IsS0FBSztBQUFBLE1BQ0wsUUFBUTtBQUFBLE1BQ1IsbUJBQW1CO0FBQUEsSUFDckIsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUlILFFBQU0sWUFBWSxDQUFDLFFBQW9CLEtBQUssZ0JBQWdCLEdBQUc7QUFFL0QsUUFBTSxTQUNKLE9BQU8sS0FBSyxTQUFTLGFBQ2pCLENBQUMsV0FBbUIsU0FBcUIsS0FBSyxLQUFLLFdBQVcsTUFBTSxRQUFRLElBQzVFLENBQUMsV0FBbUIsU0FBcUIsS0FBSyxXQUFXLFNBQVMsRUFBRSxPQUFPLElBQUksRUFBRSxPQUFPO0FBQzlGLFFBQU0sZUFBZSxDQUFDLFFBQ3BCLEtBQUssZ0JBQWdCLEdBQUcsRUFBRSxPQUFPLEVBQUUsUUFBUSxPQUFPLE1BQU0sT0FBTyxDQUFDO0FBRWxFLFFBQU0sYUFBYSxDQUNqQixLQUNBLE9BQ0EsV0FDQSxPQUNHO0FBRUgsUUFBSSxJQUFJLFdBQVcsTUFBTSxNQUFNLFdBQVcsR0FBSSxPQUFNLElBQUksV0FBVyx1QkFBdUI7QUFDMUYsVUFBTSxTQUFTLEtBQUssZUFBZSxxQkFBcUIsVUFBVSxHQUFHLEdBQUcsT0FBTztBQUFBLE1BQzdFLGVBQWU7QUFBQSxJQUNqQixDQUFDO0FBQ0QsV0FBTyxPQUFPLElBQUksRUFBRSxpQkFBaUIsVUFBVSxPQUFPLENBQUM7QUFDdkQsVUFBTSxPQUFPLE9BQU8sT0FBTyxTQUFTO0FBQ3BDLFdBQU8sTUFBTTtBQUNiLFVBQU0sTUFBTSxJQUFJLFdBQVcsS0FBSyxTQUFTLEVBQUU7QUFDM0MsUUFBSSxJQUFJLElBQUk7QUFDWixRQUFJLElBQUksT0FBTyxXQUFXLEdBQUcsS0FBSyxNQUFNO0FBQ3hDLFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxhQUFhLENBQ2pCLEtBQ0EsT0FDQSxZQUNBLE9BQ0c7QUFDSCxRQUFJLElBQUksV0FBVyxNQUFNLE1BQU0sV0FBVyxNQUFNLFdBQVcsU0FBUyxHQUFJLFFBQU87QUFDL0UsVUFBTSxTQUFTLFdBQVcsU0FBUztBQUNuQyxVQUFNLFdBQVcsS0FBSyxpQkFBaUIscUJBQXFCLFVBQVUsR0FBRyxHQUFHLE9BQU87QUFBQSxNQUNqRixlQUFlO0FBQUEsSUFDakIsQ0FBQztBQUNELGFBQVMsT0FBTyxJQUFJLEVBQUUsaUJBQWlCLE9BQU8sQ0FBQztBQUMvQyxhQUFTLFdBQVcsV0FBVyxTQUFTLE1BQU0sQ0FBQztBQUMvQyxVQUFNLFlBQVksU0FBUyxPQUFPLFdBQVcsU0FBUyxHQUFHLE1BQU0sQ0FBQztBQUNoRSxRQUFJO0FBQ0YsZUFBUyxNQUFNO0FBQ2YsYUFBTyxNQUFNLFNBQVM7QUFBQSxJQUN4QixRQUFRO0FBQ04sZ0JBQVUsS0FBSyxDQUFDO0FBQ2hCLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUVBLFNBQU87QUFBQSxJQUNMLE1BQU07QUFBQSxJQUNOLGFBQWEsQ0FBQyxXQUFXLEtBQUssZUFBZSxJQUFJLFdBQVcsTUFBTSxDQUFDO0FBQUEsSUFDbkUsUUFBUSxDQUFDLFNBQVMsTUFBTSxPQUFPLFVBQVUsSUFBSSxDQUFDO0FBQUEsSUFDOUMsUUFBUSxDQUFDLFNBQVMsTUFBTSxPQUFPLFVBQVUsSUFBSSxDQUFDO0FBQUEsSUFDOUMsWUFBWSxDQUFDLEtBQUssU0FDaEIsTUFBTSxLQUFLLFdBQVcsVUFBVSxVQUFVLEdBQUcsQ0FBQyxFQUFFLE9BQU8sSUFBSSxFQUFFLE9BQU8sQ0FBQztBQUFBLElBQ3ZFLFlBQVksQ0FBQyxLQUFLLFNBQ2hCLE1BQU0sS0FBSyxXQUFXLFVBQVUsVUFBVSxHQUFHLENBQUMsRUFBRSxPQUFPLElBQUksRUFBRSxPQUFPLENBQUM7QUFBQSxJQUN2RSxZQUFZLENBQUMsS0FBSyxNQUFNLE1BQU07QUFBQTtBQUFBLE1BRTVCLEtBQUssU0FBUyxRQUFRLFdBQVcsSUFDN0IsaUJBQWlCLFdBQVcsS0FBSyxNQUFNLE1BQU0sTUFBTSxJQUNuRCxJQUFJLFdBQVcsS0FBSyxTQUFTLFVBQVUsVUFBVSxHQUFHLEdBQUcsTUFBTSxNQUFNLE1BQU0sQ0FBQztBQUFBO0FBQUEsSUFFaEYsa0JBQWtCLENBQUMsU0FBUyxLQUFLLGFBQWEsZUFBZSxJQUFJLENBQUMsR0FBRyxFQUFFO0FBQUEsSUFDdkUsYUFBYSxDQUFDLE1BQU0sWUFBWSxNQUFNLEtBQUssS0FBSyxNQUFNLFNBQVMsZUFBZSxJQUFJLENBQUMsQ0FBQztBQUFBLElBQ3BGLGVBQWUsQ0FBQyxXQUFXLFNBQVMsY0FBYztBQUtoRCxVQUFJLFVBQVUsV0FBVyxNQUFNLFVBQVUsV0FBVyxHQUFJLFFBQU87QUFDL0QsVUFBSSxDQUFDLHlCQUF5QixTQUFTLEVBQUcsUUFBTztBQUNqRCxVQUFJO0FBQ0YsY0FBTSxNQUFNLEtBQUs7QUFBQSxVQUFJO0FBQUEsVUFBa0I7QUFBQSxVQUFXLE1BQ2hELFdBQVcsTUFBTSxjQUFjLFNBQVM7QUFBQSxRQUMxQztBQUNBLGVBQU8sS0FBSyxPQUFPLE1BQU0sU0FBUyxLQUFLLFNBQVM7QUFBQSxNQUNsRCxRQUFRO0FBQ04sZUFBTztBQUFBLE1BQ1Q7QUFBQSxJQUNGO0FBQUEsSUFFQSxlQUFlLENBQUMsV0FBVyxpQkFBaUIsTUFBTSxhQUFhLFlBQVksTUFBTSxDQUFDLENBQUM7QUFBQSxJQUNuRixVQUFVLENBQUMsUUFBUTtBQUFBO0FBQUEsTUFFakI7QUFBQSxRQUNFO0FBQUEsVUFDRSxLQUFLLEtBQUssVUFBVSxTQUFTLEVBQUUsS0FBSyxZQUFZLE1BQU0sR0FBRyxhQUFhLGFBQWEsQ0FBQztBQUFBLFFBQ3RGO0FBQUEsTUFDRjtBQUFBO0FBQUEsSUFDRixZQUFZLENBQUMsV0FBVyxTQUFTLGNBQWM7QUFDN0MsVUFBSSxVQUFVLFdBQVcsTUFBTSxDQUFDLE9BQU8sU0FBUyxFQUFHLFFBQU87QUFFMUQsWUFBTSxTQUNKLFVBQVUsV0FBVyxPQUFPLFVBQVUsQ0FBQyxNQUFNLEtBQUssVUFBVSxDQUFDLE1BQU0sS0FDL0QsdUJBQ0EsVUFBVSxXQUFXLE1BQU0sVUFBVSxDQUFDLE1BQU0sSUFDMUMseUJBQ0E7QUFDUixVQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFVBQUk7QUFDRixjQUFNLE1BQU0sS0FBSyxJQUFJLGVBQWUsV0FBVyxNQUFNLFdBQVcsTUFBTSxRQUFRLFNBQVMsQ0FBQztBQUN4RixlQUFPLEtBQUssT0FBTyxVQUFVLFNBQVMsRUFBRSxLQUFLLGFBQWEsYUFBYSxHQUFHLFNBQVM7QUFBQSxNQUNyRixRQUFRO0FBQ04sZUFBTztBQUFBLE1BQ1Q7QUFBQSxJQUNGO0FBQUEsSUFFQSxpQkFBaUIsQ0FBQyxXQUFXLEtBQUssYUFBYSxjQUFjLE1BQU0sQ0FBQyxHQUFHLEVBQUU7QUFBQSxJQUN6RSxRQUFRLENBQUMsUUFBUSxjQUFjO0FBQzdCLFVBQUksT0FBTyxXQUFXLE1BQU0sVUFBVSxXQUFXLEdBQUksUUFBTztBQUM1RCxVQUFJO0FBQ0YsY0FBTSxTQUFTO0FBQUEsVUFDYixLQUFLLGNBQWM7QUFBQSxZQUNqQixZQUFZLGNBQWMsTUFBTTtBQUFBLFlBQ2hDLFdBQVcsS0FBSztBQUFBLGNBQUk7QUFBQSxjQUFpQjtBQUFBLGNBQVcsTUFDOUMsV0FBVyxNQUFNLGFBQWEsU0FBUztBQUFBLFlBQ3pDO0FBQUEsVUFDRixDQUFDO0FBQUEsUUFDSDtBQUVBLGVBQU8sT0FBTyxLQUFLLENBQUMsTUFBTSxNQUFNLENBQUMsSUFBSSxTQUFTO0FBQUEsTUFDaEQsUUFBUTtBQUNOLGVBQU87QUFBQSxNQUNUO0FBQUEsSUFDRjtBQUFBLElBRUEsb0JBQW9CLENBQUMsU0FDbkIsTUFBTSxLQUFLLGdCQUFnQixhQUFhLElBQUksQ0FBQyxFQUFFLE9BQU8sRUFBRSxRQUFRLGFBQWEsQ0FBQyxDQUFDO0FBQUEsSUFDakYsc0JBQXNCLENBQUMsV0FBVyxlQUFlO0FBRS9DLFVBQUksZUFBZTtBQUNqQixlQUFPLGlCQUFpQixxQkFBcUIsV0FBVyxVQUFVO0FBQ3BFLFlBQU0sTUFBTSxLQUFLO0FBQUEsUUFBSTtBQUFBLFFBQXNCO0FBQUEsUUFBVyxNQUNwRCxLQUFLLGdCQUFnQjtBQUFBLFVBQ25CLEtBQUs7QUFBQSxVQUNMLFFBQVE7QUFBQSxVQUNSLG1CQUFtQjtBQUFBLFFBQ3JCLENBQUM7QUFBQSxNQUNIO0FBQ0EsWUFBTSxFQUFFLFlBQVksVUFBVSxJQUFJLEtBQUssWUFBWSxHQUFHO0FBQ3RELGFBQU8sRUFBRSxZQUFZLE1BQU0sVUFBVSxHQUFHLGNBQWMsTUFBTSxTQUFTLEVBQUU7QUFBQSxJQUN6RTtBQUFBLElBQ0Esc0JBQXNCLENBQUMsTUFBTSxlQUFlO0FBQzFDLFVBQUksV0FBVyxXQUFXO0FBQ3hCLGNBQU0sSUFBSSxXQUFXLDJDQUEyQztBQUVsRSxhQUFPLE1BQU0sS0FBSyxZQUFZLGFBQWEsSUFBSSxHQUFHLFVBQVUsQ0FBQztBQUFBLElBQy9EO0FBQUEsSUFFQSxzQkFBc0I7QUFBQSxJQUN0QixzQkFBc0I7QUFBQTtBQUFBLElBRXRCLHVCQUF1QixDQUFDLEtBQUssT0FBTyxXQUFXLE9BQU87QUFDcEQsVUFBSSxJQUFJLFdBQVcsTUFBTSxNQUFNLFdBQVcsR0FBSSxPQUFNLElBQUksV0FBVyx1QkFBdUI7QUFDMUYsWUFBTSxTQUFTLFVBQVUsS0FBSyxLQUFLO0FBQ25DLFVBQUk7QUFDRixlQUFPLFdBQVcsUUFBUSxrQkFBa0IsS0FBSyxHQUFHLFdBQVcsRUFBRTtBQUFBLE1BQ25FLFVBQUU7QUFDQSxlQUFPLEtBQUssQ0FBQztBQUFBLE1BQ2Y7QUFBQSxJQUNGO0FBQUEsSUFDQSx1QkFBdUIsQ0FBQyxLQUFLLE9BQU8sWUFBWSxPQUFPO0FBQ3JELFVBQUksSUFBSSxXQUFXLE1BQU0sTUFBTSxXQUFXLEdBQUksUUFBTztBQUNyRCxZQUFNLFNBQVMsVUFBVSxLQUFLLEtBQUs7QUFDbkMsVUFBSTtBQUNGLGVBQU8sV0FBVyxRQUFRLGtCQUFrQixLQUFLLEdBQUcsWUFBWSxFQUFFO0FBQUEsTUFDcEUsVUFBRTtBQUNBLGVBQU8sS0FBSyxDQUFDO0FBQUEsTUFDZjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7QUFhQSxJQUFNLFdBQU4sTUFBZTtBQUFBLEVBQ0osV0FBVyxvQkFBSSxJQUF1QjtBQUFBLEVBQ3RDO0FBQUEsRUFFVCxZQUFZLFVBQWtCO0FBQzVCLFNBQUssWUFBWTtBQUFBLEVBQ25CO0FBQUEsRUFFQSxJQUFJLE1BQWMsT0FBbUJDLFNBQW9DO0FBQ3ZFLFVBQU0sS0FBSyxHQUFHLElBQUksSUFBSSxPQUFPLGFBQWEsR0FBRyxLQUFLLENBQUM7QUFDbkQsUUFBSSxNQUFNLEtBQUssU0FBUyxJQUFJLEVBQUU7QUFDOUIsUUFBSSxLQUFLO0FBQ1AsV0FBSyxTQUFTLE9BQU8sRUFBRTtBQUFBLElBQ3pCLE9BQU87QUFDTCxZQUFNQSxRQUFPO0FBQ2IsVUFBSSxLQUFLLFNBQVMsUUFBUSxLQUFLO0FBQzdCLGFBQUssU0FBUyxPQUFPLEtBQUssU0FBUyxLQUFLLEVBQUUsS0FBSyxFQUFFLEtBQU07QUFBQSxJQUMzRDtBQUNBLFNBQUssU0FBUyxJQUFJLElBQUksR0FBRztBQUN6QixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxnQkFBZ0IsUUFBUSxrQ0FBa0M7QUFDaEUsSUFBTSxlQUFlLFFBQVEsMEJBQTBCO0FBQ3ZELElBQU0sZUFBZSxRQUFRLGtDQUFrQztBQUMvRCxJQUFNLGNBQWMsUUFBUSwwQkFBMEI7QUFFdEQsSUFBTSxhQUFhO0FBQUEsRUFDakI7QUFDRjtBQUNBLElBQU0seUJBQXlCLFFBQVEsc0RBQXNEO0FBQzdGLElBQU0sdUJBQXVCLFFBQVEsc0RBQXNEO0FBRzNGLElBQU1DLFVBQVMsUUFBUSxrRUFBa0U7QUFFekYsSUFBTSxjQUFjLFFBQVEsa0VBQWtFO0FBRTlGLFNBQVMsWUFDUCxNQUNBLFFBQ0EsUUFDQSxNQUNXO0FBQ1gsTUFBSSxPQUFPLFdBQVcsS0FBTSxPQUFNLElBQUksV0FBVyxrQkFBa0IsSUFBSSxRQUFRO0FBQy9FLFFBQU0sTUFBTSxJQUFJLFdBQVcsT0FBTyxTQUFTLElBQUk7QUFDL0MsTUFBSSxJQUFJLE1BQU07QUFDZCxNQUFJLElBQUksUUFBUSxPQUFPLE1BQU07QUFDN0IsTUFBSTtBQUNGLFdBQU8sS0FBSyxpQkFBaUIsRUFBRSxLQUFLLEtBQWUsUUFBUSxPQUFPLE1BQU0sUUFBUSxDQUFDO0FBQUEsRUFDbkYsVUFBRTtBQUNBLFFBQUksS0FBSyxDQUFDO0FBQUEsRUFDWjtBQUNGO0FBRUEsU0FBUyxXQUFXLE1BQXdCLFFBQW9CLFdBQWtDO0FBQ2hHLFFBQU0sTUFBTSxJQUFJLFdBQVcsT0FBTyxTQUFTLFVBQVUsTUFBTTtBQUMzRCxNQUFJLElBQUksTUFBTTtBQUNkLE1BQUksSUFBSSxXQUFXLE9BQU8sTUFBTTtBQUNoQyxTQUFPLEtBQUssZ0JBQWdCLEVBQUUsS0FBSyxLQUFlLFFBQVEsT0FBTyxNQUFNLE9BQU8sQ0FBQztBQUNqRjtBQUdBLFNBQVMsaUJBQWlCLE1BQXdCLE1BQThCO0FBQzlFLFNBQU87QUFBQSxJQUNMLEtBQUssS0FBSztBQUFBLE1BQ1IsS0FBSyxNQUFNLEVBQUU7QUFBQSxNQUNiO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjtBQVFBLFNBQVMsYUFBYSxRQUE2QjtBQUNqRCxNQUFJLE9BQU8sV0FBVyxNQUFNLE9BQU8sTUFBTSxDQUFDLE1BQU0sTUFBTSxDQUFDLEVBQUcsUUFBTztBQUNqRSxTQUFPLGlCQUFpQixRQUFRQSxPQUFNLElBQUk7QUFDNUM7QUFFQSxTQUFTLE9BQU8sV0FBZ0M7QUFDOUMsU0FBTyxpQkFBaUIsVUFBVSxTQUFTLEVBQUUsR0FBRyxXQUFXLEtBQUs7QUFDbEU7QUFFQSxTQUFTLGlCQUFpQixHQUFlLEdBQXVCO0FBQzlELFdBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxRQUFRLElBQUssS0FBSSxFQUFFLENBQUMsTUFBTSxFQUFFLENBQUMsRUFBRyxRQUFPLEVBQUUsQ0FBQyxJQUFLLEVBQUUsQ0FBQyxJQUFLLEtBQUs7QUFDbEYsU0FBTztBQUNUO0FBT0EsSUFBTSxzQkFBc0I7QUFBQSxFQUMxQjtBQUFBO0FBQUEsRUFDQTtBQUFBO0FBQUEsRUFDQTtBQUFBO0FBQUEsRUFDQTtBQUFBO0FBQUEsRUFDQTtBQUFBO0FBQ0YsRUFBRSxJQUFJLE9BQU87QUFPYixTQUFTLHlCQUF5QixXQUFnQztBQUVoRSxNQUFJLGFBQWEsVUFBVSxFQUFFLElBQUssU0FBVSxPQUFRLFVBQVUsQ0FBQyxLQUFNO0FBQ3JFLFdBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxXQUFXLElBQUssYUFBWSxVQUFVLENBQUMsTUFBTTtBQUN2RSxNQUFJLFVBQVcsUUFBTztBQUN0QixTQUFPLENBQUMsb0JBQW9CLEtBQUssQ0FBQyxRQUFRO0FBQ3hDLGFBQVMsSUFBSSxHQUFHLElBQUksSUFBSSxJQUFLLEtBQUksSUFBSSxDQUFDLE1BQU0sVUFBVSxDQUFDLEVBQUcsUUFBTztBQUNqRSxXQUFPLElBQUksRUFBRSxPQUFPLFVBQVUsRUFBRSxJQUFLO0FBQUEsRUFDdkMsQ0FBQztBQUNIO0FBR0EsU0FBUyxVQUFVLEtBQWlCLE9BQStCO0FBQ2pFLFFBQU0sSUFBSSxrQkFBa0IsR0FBRztBQUMvQixRQUFNLE1BQU0sSUFBSSxZQUFZLENBQUM7QUFDN0IsVUFBUSxPQUFPLEdBQUcsa0JBQWtCLE1BQU0sU0FBUyxHQUFHLEVBQUUsQ0FBQyxHQUFHLEdBQUc7QUFDL0QsSUFBRSxLQUFLLENBQUM7QUFDUixRQUFNLFNBQVMsSUFBSSxXQUFXLEVBQUU7QUFDaEMsUUFBTSxPQUFPLElBQUksU0FBUyxPQUFPLE1BQU07QUFDdkMsV0FBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLElBQUssTUFBSyxVQUFVLElBQUksR0FBRyxJQUFJLENBQUMsR0FBSSxJQUFJO0FBQy9ELE1BQUksS0FBSyxDQUFDO0FBQ1YsU0FBTztBQUNUO0FBR0EsSUFBTSxRQUFRLElBQUksWUFBWSxDQUFDLFlBQVksV0FBWSxZQUFZLFVBQVUsQ0FBQztBQUU5RSxTQUFTLGtCQUFrQixPQUFnQztBQUN6RCxRQUFNLE9BQU8sSUFBSSxTQUFTLE1BQU0sUUFBUSxNQUFNLFlBQVksTUFBTSxVQUFVO0FBQzFFLFFBQU0sUUFBUSxJQUFJLFlBQVksTUFBTSxTQUFTLENBQUM7QUFDOUMsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsSUFBSyxPQUFNLENBQUMsSUFBSSxLQUFLLFVBQVUsSUFBSSxHQUFHLElBQUk7QUFDNUUsU0FBTztBQUNUO0FBR0EsU0FBUyxrQkFBa0IsT0FBK0I7QUFDeEQsUUFBTSxRQUFRLElBQUksV0FBVyxFQUFFO0FBQy9CLFFBQU0sSUFBSSxNQUFNLFNBQVMsRUFBRSxHQUFHLENBQUM7QUFDL0IsU0FBTztBQUNUO0FBTUEsU0FBUyxNQUFNLEtBQTZCO0FBQzFDLFNBQU8sSUFBSSxlQUFlLEtBQUssSUFBSSxlQUFlLElBQUksT0FBTyxhQUN6RCxJQUFJLFdBQVcsSUFBSSxRQUFRLEdBQUcsSUFBSSxVQUFVLElBQzVDLElBQUksV0FBVyxHQUFHO0FBQ3hCO0FBRUEsU0FBUyxLQUFLLE9BQW1CLFFBQTRCO0FBQzNELFNBQU8sSUFBSSxXQUFXLE1BQU0sU0FBUyxNQUFNLFNBQVMsTUFBTSxDQUFDO0FBQzdEO0FBRUEsU0FBUyxRQUFRLEtBQXlCO0FBQ3hDLFFBQU0sTUFBTSxJQUFJLFdBQVcsSUFBSSxTQUFTLENBQUM7QUFDekMsV0FBUyxJQUFJLEdBQUcsSUFBSSxJQUFJLFFBQVEsSUFBSyxLQUFJLENBQUMsSUFBSSxTQUFTLElBQUksTUFBTSxJQUFJLEdBQUcsSUFBSSxJQUFJLENBQUMsR0FBRyxFQUFFO0FBQ3RGLFNBQU87QUFDVDs7O0FHdGZBLFNBQVMsY0FBYzs7O0FDRXZCLElBQU0sVUFBVSxJQUFJLFlBQVk7QUFHekIsU0FBUyxLQUFLLE1BQTBCO0FBQzdDLFNBQU8sUUFBUSxPQUFPLElBQUk7QUFDNUI7QUFHTyxTQUFTLFVBQVUsT0FBaUM7QUFDekQsTUFBSSxTQUFTO0FBQ2IsYUFBVyxLQUFLLE1BQU8sV0FBVSxFQUFFO0FBQ25DLFFBQU0sTUFBTSxJQUFJLFdBQVcsTUFBTTtBQUNqQyxNQUFJLFNBQVM7QUFDYixhQUFXLEtBQUssT0FBTztBQUNyQixRQUFJLElBQUksR0FBRyxNQUFNO0FBQ2pCLGNBQVUsRUFBRTtBQUFBLEVBQ2Q7QUFDQSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLFdBQVcsR0FBZSxHQUF3QjtBQUNoRSxNQUFJLEVBQUUsV0FBVyxFQUFFLE9BQVEsUUFBTztBQUNsQyxNQUFJLE9BQU87QUFDWCxXQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsUUFBUSxJQUFLLFNBQVEsRUFBRSxDQUFDLElBQUssRUFBRSxDQUFDO0FBQ3RELFNBQU8sU0FBUztBQUNsQjtBQUdPLFNBQVMsTUFBTSxPQUEyQjtBQUMvQyxNQUFJLE1BQU07QUFDVixhQUFXLEtBQUssTUFBTyxRQUFPLEVBQUUsU0FBUyxFQUFFLEVBQUUsU0FBUyxHQUFHLEdBQUc7QUFDNUQsU0FBTztBQUNUO0FBR08sU0FBU0MsU0FBUSxLQUF5QjtBQUMvQyxNQUFJLElBQUksU0FBUyxNQUFNLEtBQUssQ0FBQyxpQkFBaUIsS0FBSyxHQUFHLEdBQUc7QUFDdkQsVUFBTSxJQUFJLFdBQVcsYUFBYSxvQkFBb0I7QUFBQSxFQUN4RDtBQUNBLFFBQU0sTUFBTSxJQUFJLFdBQVcsSUFBSSxTQUFTLENBQUM7QUFDekMsV0FBUyxJQUFJLEdBQUcsSUFBSSxJQUFJLFFBQVEsSUFBSyxLQUFJLENBQUMsSUFBSSxTQUFTLElBQUksTUFBTSxJQUFJLEdBQUcsSUFBSSxJQUFJLENBQUMsR0FBRyxFQUFFO0FBQ3RGLFNBQU87QUFDVDtBQUdPLFNBQVMsUUFBUSxRQUEwQztBQUNoRSxhQUFXLEtBQUssT0FBUSxJQUFHLEtBQUssQ0FBQztBQUNuQztBQUdPLFNBQVMsTUFBTUMsSUFBdUI7QUFDM0MsUUFBTSxNQUFNLElBQUksV0FBVyxDQUFDO0FBQzVCLE1BQUksU0FBUyxJQUFJLE1BQU0sRUFBRSxVQUFVLEdBQUdBLElBQUcsS0FBSztBQUM5QyxTQUFPO0FBQ1Q7OztBRG5ETyxJQUFNLGVBQWU7QUFDNUIsSUFBTSxrQkFBa0IsS0FBSyxnQkFBZ0I7QUFDN0MsSUFBTSxhQUFhLElBQUksS0FBSztBQVM1QixTQUFTLFNBQVMsU0FBaUIsV0FBbUM7QUFDcEUsU0FBTyxPQUFPLEVBQ1gsT0FBTyxPQUFPLGlCQUFpQixXQUFXLEdBQUcsT0FBTyxHQUFHLFNBQVMsQ0FBQyxFQUNqRSxTQUFTLEdBQUcsQ0FBQztBQUNsQjtBQVFPLFNBQVMsa0JBQWtCLFdBQTZCO0FBQzdELE1BQUksQ0FBQyxvQkFBb0IsU0FBUztBQUNoQyxVQUFNLElBQUksV0FBVyxlQUFlLGdDQUFnQztBQUN0RSxTQUFPLE9BQU87QUFBQSxJQUNaLE9BQU8sV0FBVyxHQUFHLFlBQVksR0FBRyxXQUFXLFNBQVMsY0FBYyxTQUFTLENBQUM7QUFBQSxFQUNsRjtBQUNGO0FBcUJPLFNBQVMsVUFBVSxNQUEwQjtBQUNsRCxNQUFJLE9BQU8sU0FBUyxTQUFVLE9BQU0sSUFBSSxXQUFXLGdCQUFnQix1QkFBdUI7QUFDMUYsUUFBTSxVQUFVLEtBQUssS0FBSztBQUMxQixNQUFJLFFBQVEsV0FBVyxLQUFLLFFBQVEsU0FBUztBQUMzQyxVQUFNLElBQUksV0FBVyxnQkFBZ0IsMkJBQTJCO0FBQ2xFLE1BQUk7QUFDSixNQUFJO0FBQ0YsWUFBUSxPQUFPLE9BQU8sT0FBTztBQUFBLEVBQy9CLFFBQVE7QUFDTixVQUFNLElBQUksV0FBVyxnQkFBZ0Isc0RBQXNEO0FBQUEsRUFDN0Y7QUFDQSxNQUFJLE1BQU0sV0FBVztBQUNuQixVQUFNLElBQUksV0FBVyxnQkFBZ0IsMkJBQTJCO0FBQ2xFLFFBQU0sVUFBVSxNQUFNLENBQUM7QUFDdkIsTUFBSSxZQUFZO0FBQ2QsVUFBTSxJQUFJLFdBQVcsZ0JBQWdCLDRCQUE0QixPQUFPLEVBQUU7QUFDNUUsUUFBTSxZQUFZLE1BQU0sTUFBTSxHQUFHLEVBQUU7QUFDbkMsTUFBSSxDQUFDLFdBQVcsTUFBTSxTQUFTLEVBQUUsR0FBRyxTQUFTLFNBQVMsU0FBUyxDQUFDLEdBQUc7QUFDakUsVUFBTSxJQUFJLFdBQVcsZ0JBQWdCLDBDQUEwQztBQUFBLEVBQ2pGO0FBQ0EsTUFBSSxDQUFDLG9CQUFvQixTQUFTO0FBQ2hDLFVBQU0sSUFBSSxXQUFXLGdCQUFnQix3Q0FBd0M7QUFDL0UsU0FBTyxFQUFFLE1BQU0sU0FBaUIsU0FBUyxVQUFVO0FBQ3JEOzs7QUUvRUE7QUFBQSxFQUNFLHFCQUFxQjtBQUFBLEVBQ3JCLG9CQUFvQjtBQUFBLEVBQ3BCO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxPQUNLO0FBQ1AsU0FBUyxZQUFZQyxnQkFBZTs7O0FDUHBDLFNBQVMsWUFBWSxhQUFhO0FBQ2xDLFNBQVMsWUFBWSxlQUFlO0FBQ3BDLFNBQVMsWUFBWSxjQUFjO0FBQ25DLFNBQVMsWUFBWSxlQUFlO0FBQ3BDLFNBQVMsWUFBWSxnQkFBZ0I7QUFDckMsU0FBUyxZQUFZLGNBQWM7QUFDbkMsU0FBUyxZQUFZLGtCQUFrQjtBQUN2QyxTQUFTLFlBQVkseUJBQXlCO0FBQzlDLFNBQVMsWUFBWSxlQUFlO0FBQ3BDLFNBQVMsWUFBWSwwQkFBMEI7QUFNeEMsSUFBTSxZQUFZO0FBQUEsRUFDdkI7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQSxtQkFBbUI7QUFBQSxFQUNuQixvQkFBb0I7QUFDdEI7OztBRE1PLFNBQVMsaUJBQWlCLFVBQW1DLENBQUMsR0FBVztBQUM5RSxRQUFNLFFBQVEsUUFBUSxTQUFTO0FBQy9CLE1BQUksQ0FBQyxDQUFDLElBQUksSUFBSSxJQUFJLElBQUksRUFBRSxFQUFFLFNBQVMsS0FBSztBQUN0QyxVQUFNLElBQUksV0FBVyxvQkFBb0Isb0NBQW9DO0FBQy9FLFNBQU8sc0JBQXVCLFFBQVEsWUFBWUMsVUFBdUIsUUFBUSxJQUFLLEVBQUU7QUFDMUY7QUE4Qk8sU0FBUyxlQUFlLFVBQTRDO0FBQ3pFLE1BQUksT0FBTyxhQUFhLFNBQVUsUUFBTztBQUN6QyxhQUFXLFFBQVEsT0FBTyxPQUFPLFNBQVMsR0FBRztBQUMzQyxRQUFJLGlCQUFpQixTQUFTLFVBQVUsTUFBTSxHQUFHLElBQWdCLEVBQUcsUUFBTztBQUFBLEVBQzdFO0FBQ0EsU0FBTztBQUNUO0FBUU8sU0FBUyxlQUNkLFVBQ0EsYUFBYSxJQUNiLFVBQWlDLENBQUMsR0FDdEI7QUFDWixNQUFJLE9BQU8sYUFBYSxZQUFZLE9BQU8sZUFBZSxVQUFVO0FBQ2xFLFVBQU0sSUFBSSxXQUFXLG9CQUFvQix5Q0FBeUM7QUFBQSxFQUNwRjtBQUNBLFFBQU0sYUFBYSxTQUFTLFVBQVUsTUFBTSxFQUFFLEtBQUssRUFBRSxNQUFNLE1BQU0sRUFBRSxLQUFLLEdBQUc7QUFDM0UsTUFBSSxRQUFRLGFBQWEsT0FBTztBQUM5QixVQUFNLEtBQ0osUUFBUSxhQUFhLFNBQ2pCLGVBQWUsVUFBVSxNQUFNLE9BQy9CLGlCQUFpQixZQUFZLFFBQVEsUUFBb0I7QUFDL0QsUUFBSSxDQUFDO0FBQ0gsWUFBTSxJQUFJO0FBQUEsUUFDUjtBQUFBLFFBQ0E7QUFBQSxNQUNGO0FBQUEsRUFDSjtBQUNBLE1BQUksV0FBVyxXQUFXLEVBQUcsT0FBTSxJQUFJLFdBQVcsb0JBQW9CLG1CQUFtQjtBQUN6RixNQUFJO0FBQ0YsV0FBTyxtQkFBbUIsWUFBWSxVQUFVO0FBQUEsRUFDbEQsUUFBUTtBQUdOLFVBQU0sSUFBSSxXQUFXLG9CQUFvQiw2QkFBNkI7QUFBQSxFQUN4RTtBQUNGO0FBMEJBLElBQU0sV0FBVztBQUNqQixJQUFNLG1CQUFtQixLQUFLLGNBQWM7QUFRckMsU0FBUyxrQkFBa0IsTUFBd0I7QUFDeEQsTUFBSSxPQUFPLFNBQVMsU0FBVSxPQUFNLElBQUksV0FBVyxnQkFBZ0IsdUJBQXVCO0FBQzFGLFFBQU0sUUFBUSxLQUFLLE1BQU0sR0FBRztBQUM1QixNQUFJLE1BQU0sQ0FBQyxNQUFNLElBQUssT0FBTSxJQUFJLFdBQVcsZ0JBQWdCLHdCQUF3QjtBQUNuRixTQUFPLE1BQU0sTUFBTSxDQUFDLEVBQUUsSUFBSSxDQUFDLFNBQVM7QUFDbEMsVUFBTSxJQUFJLG9CQUFvQixLQUFLLElBQUk7QUFDdkMsUUFBSSxDQUFDO0FBQ0gsWUFBTSxJQUFJLFdBQVcsZ0JBQWdCLG1CQUFtQixJQUFJLDJCQUEyQjtBQUN6RixVQUFNLFFBQVEsT0FBTyxFQUFFLENBQUMsQ0FBQztBQUN6QixRQUFJLFNBQVM7QUFDWCxZQUFNLElBQUksV0FBVyxnQkFBZ0IsY0FBYyxLQUFLLGtCQUFrQjtBQUM1RSxXQUFPLFFBQVE7QUFBQSxFQUNqQixDQUFDO0FBQ0g7QUFZTyxTQUFTLGNBQWMsTUFBa0IsTUFBMkI7QUFDekUsTUFBSSxFQUFFLGdCQUFnQixlQUFlLEtBQUssU0FBUyxNQUFNLEtBQUssU0FBUyxJQUFJO0FBQ3pFLFVBQU0sSUFBSSxXQUFXLG9CQUFvQiw2QkFBNkI7QUFBQSxFQUN4RTtBQUNBLFFBQU0sSUFBSSxPQUFPO0FBQ2pCLE1BQUksSUFBSSxFQUFFLFdBQVcsa0JBQWtCLElBQUk7QUFDM0MsYUFBVyxTQUFTLGtCQUFrQixJQUFJLEdBQUc7QUFDM0MsUUFBSSxFQUFFLFdBQVcsRUFBRSxTQUFTLEVBQUUsR0FBRyxPQUFPLFdBQVcsR0FBRyxDQUFDLEdBQUcsRUFBRSxTQUFTLEdBQUcsRUFBRSxHQUFHLE1BQU0sS0FBSyxDQUFDLENBQUM7QUFBQSxFQUM1RjtBQUNBLFFBQU0sYUFBYSxFQUFFLE1BQU0sR0FBRyxFQUFFO0FBQ2hDLFNBQU8sRUFBRSxZQUFZLFdBQVcsRUFBRSxpQkFBaUIsVUFBVSxHQUFHLFdBQVcsRUFBRSxNQUFNLEVBQUUsRUFBRTtBQUN6Rjs7O0FFbkxPLElBQU0sVUFBVSx1QkFBTyxJQUFJLDRCQUE0Qjs7O0FDV3ZELElBQU0sb0JBQW9CO0FBYTFCLElBQU0sV0FBTixNQUFNLFVBQTJCO0FBQUEsRUFDN0I7QUFBQSxFQUNULGFBQWE7QUFBQTtBQUFBLEVBRUo7QUFBQTtBQUFBLEVBRUE7QUFBQSxFQUVELFlBQVksTUFBa0I7QUFDcEMsU0FBSyxRQUFRLEtBQUssTUFBTTtBQUN4QixVQUFNLFFBQVEsT0FBTyxFQUFFLGlCQUFpQixLQUFLLEtBQUs7QUFDbEQsU0FBSyxZQUFZLE9BQU8sT0FBTyxFQUFFLFdBQVcsV0FBb0IsTUFBTSxDQUFDO0FBQ3ZFLFNBQUssT0FBTyxrQkFBa0IsS0FBSztBQUFBLEVBQ3JDO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBT0EsT0FBTyxTQUFTLE1BQTRCO0FBQzFDLFFBQUksRUFBRSxnQkFBZ0IsZUFBZSxLQUFLLFdBQVcsSUFBSTtBQUN2RCxZQUFNLElBQUksV0FBVyxlQUFlLGdDQUFnQztBQUFBLElBQ3RFO0FBQ0EsV0FBTyxJQUFJLFVBQVMsSUFBSTtBQUFBLEVBQzFCO0FBQUE7QUFBQSxFQUdBLE1BQU0sS0FBSyxTQUEwQztBQUNuRCxRQUFJLEtBQUssV0FBWSxPQUFNLElBQUksV0FBVyxvQkFBb0IsNkJBQTZCO0FBQzNGLFdBQU8sT0FBTyxFQUFFLFlBQVksS0FBSyxPQUFPLE9BQU87QUFBQSxFQUNqRDtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFNQSxhQUF5QjtBQUN2QixRQUFJLEtBQUssV0FBWSxPQUFNLElBQUksV0FBVyxvQkFBb0IsNkJBQTZCO0FBQzNGLFdBQU8sS0FBSyxNQUFNLE1BQU07QUFBQSxFQUMxQjtBQUFBO0FBQUEsRUFHQSxVQUFnQjtBQUNkLFNBQUssS0FBSyxLQUFLO0FBQ2YsU0FBSyxhQUFhO0FBQUEsRUFDcEI7QUFBQTtBQUFBLEVBR0EsU0FBOEM7QUFDNUMsV0FBTyxFQUFFLE1BQU0sS0FBSyxNQUFNLFdBQVcsTUFBTSxLQUFLLFVBQVUsS0FBSyxFQUFFO0FBQUEsRUFDbkU7QUFBQTtBQUFBLEVBR0EsV0FBbUI7QUFDakIsV0FBTyxZQUFZLEtBQUssSUFBSTtBQUFBLEVBQzlCO0FBQUE7QUFBQSxFQUdBLENBQUMsT0FBTyxJQUFZO0FBQ2xCLFdBQU8sS0FBSyxTQUFTO0FBQUEsRUFDdkI7QUFDRjtBQVFPLFNBQVMscUJBQ2QsVUFDQSxhQUFhLElBQ2IsU0FDVTtBQUNWLFFBQU0sT0FBTyxlQUFlLFVBQVUsWUFBWSxPQUFPO0FBQ3pELFFBQU0sT0FBTyxjQUFjLE1BQU0saUJBQWlCO0FBQ2xELFFBQU0sV0FBVyxTQUFTLFNBQVMsS0FBSyxVQUFVO0FBQ2xELE9BQUssTUFBTSxLQUFLLFlBQVksS0FBSyxTQUFTO0FBQzFDLFNBQU87QUFDVDtBQU1PLFNBQVMsZUFDZCxVQUFtRSxDQUFDLEdBSXBFO0FBQ0EsUUFBTSxXQUFXLGlCQUFpQixRQUFRLFVBQVUsU0FBWSxDQUFDLElBQUksRUFBRSxPQUFPLFFBQVEsTUFBTSxDQUFDO0FBQzdGLFNBQU8sRUFBRSxVQUFVLHFCQUFxQixVQUFVLFFBQVEsY0FBYyxFQUFFLEdBQUcsU0FBUztBQUN4Rjs7O0FDM0dPLElBQU0saUJBQU4sTUFBTSxnQkFBaUM7QUFBQSxFQUNuQztBQUFBLEVBQ0E7QUFBQSxFQUVELFlBQVksTUFBa0I7QUFDcEMsU0FBSyxRQUFRO0FBQ2IsU0FBSyxZQUFZLE9BQU8sT0FBTztBQUFBLE1BQzdCLFdBQVc7QUFBQSxNQUNYLE9BQU8sT0FBTyxFQUFFLGlCQUFpQixJQUFJO0FBQUEsSUFDdkMsQ0FBQztBQUFBLEVBQ0g7QUFBQTtBQUFBLEVBR0EsT0FBTyxXQUEyQjtBQUNoQyxXQUFPLElBQUksZ0JBQWUsT0FBTyxFQUFFLFlBQVksRUFBRSxDQUFDO0FBQUEsRUFDcEQ7QUFBQTtBQUFBLEVBR0EsT0FBTyxTQUFTLE1BQWtDO0FBQ2hELFFBQUksRUFBRSxnQkFBZ0IsZUFBZSxLQUFLLFdBQVc7QUFDbkQsWUFBTSxJQUFJLFdBQVcsZUFBZSwrQkFBK0I7QUFDckUsV0FBTyxJQUFJLGdCQUFlLEtBQUssTUFBTSxDQUFDO0FBQUEsRUFDeEM7QUFBQSxFQUVBLE1BQU0sS0FBSyxTQUEwQztBQUNuRCxXQUFPLE9BQU8sRUFBRSxZQUFZLEtBQUssT0FBTyxPQUFPO0FBQUEsRUFDakQ7QUFBQTtBQUFBLEVBR0EsYUFBeUI7QUFDdkIsV0FBTyxLQUFLLE1BQU0sTUFBTTtBQUFBLEVBQzFCO0FBQUE7QUFBQSxFQUdBLFVBQWdCO0FBQ2QsU0FBSyxLQUFLLEtBQUs7QUFBQSxFQUNqQjtBQUFBO0FBQUEsRUFHQSxTQUFnQztBQUM5QixXQUFPLEVBQUUsV0FBVyxNQUFNLEtBQUssVUFBVSxLQUFLLEVBQUU7QUFBQSxFQUNsRDtBQUFBO0FBQUEsRUFHQSxXQUFtQjtBQUNqQixXQUFPLGtCQUFrQixNQUFNLEtBQUssVUFBVSxLQUFLLEVBQUUsTUFBTSxHQUFHLEVBQUUsQ0FBQztBQUFBLEVBQ25FO0FBQUE7QUFBQSxFQUdBLENBQUMsT0FBTyxJQUFZO0FBQ2xCLFdBQU8sS0FBSyxTQUFTO0FBQUEsRUFDdkI7QUFDRjs7O0FDdkRPLElBQU0sc0JBQU4sTUFBTSxxQkFBb0I7QUFBQSxFQUN0QjtBQUFBO0FBQUEsRUFFQTtBQUFBLEVBRUQsWUFBWSxRQUFvQjtBQUN0QyxTQUFLLFVBQVU7QUFDZixTQUFLLFlBQVksT0FBTyxFQUFFLGdCQUFnQixNQUFNO0FBQUEsRUFDbEQ7QUFBQTtBQUFBLEVBR0EsT0FBTyxXQUFnQztBQUNyQyxXQUFPLElBQUkscUJBQW9CLE9BQU8sRUFBRSxZQUFZLEVBQUUsQ0FBQztBQUFBLEVBQ3pEO0FBQUE7QUFBQSxFQUdBLE9BQU8sV0FBVyxRQUF5QztBQUN6RCxRQUFJLEVBQUUsa0JBQWtCLGVBQWUsT0FBTyxXQUFXO0FBQ3ZELFlBQU0sSUFBSSxXQUFXLGVBQWUsZ0NBQWdDO0FBQ3RFLFdBQU8sSUFBSSxxQkFBb0IsT0FBTyxNQUFNLENBQUM7QUFBQSxFQUMvQztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQU9BLE1BQU0sZUFBdUM7QUFDM0MsVUFBTSxTQUNKLHlCQUF5QixjQUFjLGNBQWMsV0FBVyxLQUM1RCxPQUFPLEVBQUUsT0FBTyxLQUFLLFNBQVMsYUFBYSxJQUMzQztBQUNOLFFBQUksV0FBVztBQUNiLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUNGLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQSxFQUdBLGVBQTJCO0FBQ3pCLFdBQU8sS0FBSyxRQUFRLE1BQU07QUFBQSxFQUM1QjtBQUFBO0FBQUEsRUFHQSxVQUFnQjtBQUNkLFNBQUssS0FBSyxPQUFPO0FBQUEsRUFDbkI7QUFBQTtBQUFBLEVBR0EsU0FBZ0M7QUFDOUIsV0FBTyxFQUFFLFdBQVcsTUFBTSxLQUFLLFNBQVMsRUFBRTtBQUFBLEVBQzVDO0FBQUE7QUFBQSxFQUdBLFdBQW1CO0FBQ2pCLFdBQU8sdUJBQXVCLE1BQU0sS0FBSyxTQUFTLEVBQUUsTUFBTSxHQUFHLEVBQUUsQ0FBQztBQUFBLEVBQ2xFO0FBQUE7QUFBQSxFQUdBLENBQUMsT0FBTyxJQUFZO0FBQ2xCLFdBQU8sS0FBSyxTQUFTO0FBQUEsRUFDdkI7QUFDRjs7O0FDcEVBLFNBQVMsVUFBVSxVQUFVLG1CQUFtQjtBQU16QyxJQUFNLHlCQUNYLHlCQUFTLGthQUFrYTtBQXVCdGEsSUFBTSxrQkFDWCw0QkFBWSx3QkFBd0IsQ0FBQzs7O0FDL0J2QyxTQUFTLFlBQUFDLFdBQVUsWUFBQUMsV0FBVSxlQUFBQyxvQkFBbUI7QUFRekMsSUFBTSw2QkFDWCxnQkFBQUMsVUFBUyxzMENBQXMwQyxDQUFDLHNCQUFzQixDQUFDO0FBeUJsMkMsSUFBTSxzQkFDWCxnQkFBQUMsYUFBWSw0QkFBNEIsQ0FBQztBQWdEcEMsSUFBTSxzQ0FDWCxnQkFBQUEsYUFBWSw0QkFBNEIsQ0FBQztBQTBFcEMsSUFBTSw4QkFDWCxnQkFBQUEsYUFBWSw0QkFBNEIsQ0FBQztBQWlGcEMsSUFBTSwyQkFDWCxnQkFBQUMsYUFBWSw0QkFBNEIsQ0FBQztBQU9wQyxJQUFLLG1CQUFMLGtCQUFLQyxzQkFBTDtBQUlMLEVBQUFBLG9DQUFBLGlCQUFjLEtBQWQ7QUFLQSxFQUFBQSxvQ0FBQSxVQUFPLEtBQVA7QUFLQSxFQUFBQSxvQ0FBQSxpQkFBYyxLQUFkO0FBS0EsRUFBQUEsb0NBQUEsYUFBVSxLQUFWO0FBbkJVLFNBQUFBO0FBQUEsR0FBQTs7O0FDeFBaLFNBQVMsWUFBQUMsV0FBVSxZQUFBQyxXQUFVLGVBQUFDLG9CQUFtQjtBQVF6QyxJQUFNLDJCQUNYLGdCQUFBQyxVQUFTLDQ4QkFBNDhCLENBQUMsMEJBQTBCLENBQUM7QUEwRDUrQixJQUFNLHFCQUNYLGdCQUFBQyxhQUFZLDBCQUEwQixDQUFDO0FBeUJsQyxJQUFNLDJCQUNYLGdCQUFBQSxhQUFZLDBCQUEwQixDQUFDO0FBcURsQyxJQUFNLCtCQUNYLGdCQUFBQSxhQUFZLDBCQUEwQixDQUFDOzs7QUNwSnpDLFNBQVMsWUFBQUMsV0FBVSxlQUFBQyxvQkFBbUI7QUFRL0IsSUFBTSw0QkFDWCxnQkFBQUMsVUFBUyxnbEJBQWdsQixDQUFDLDBCQUEwQixDQUFDO0FBcUVobkIsSUFBTSx3QkFDWCxnQkFBQUMsYUFBWSwyQkFBMkIsQ0FBQztBQThCbkMsSUFBTSw0QkFDWCxnQkFBQUEsYUFBWSwyQkFBMkIsQ0FBQzs7O0FDOUcxQyxTQUFTLFlBQUFDLFdBQVUsZUFBQUMsb0JBQW1CO0FBVS9CLElBQU0sNEJBQ1gsZ0JBQUFDLFVBQVMsK3hCQUEreEIsQ0FBQyw0QkFBNEIsc0JBQXNCLENBQUM7QUF3QnYxQixJQUFNLHFCQUNYLGdCQUFBQyxhQUFZLDJCQUEyQixDQUFDO0FBMENuQyxJQUFNLG1CQUNYLGdCQUFBQSxhQUFZLDJCQUEyQixDQUFDO0FBeUJuQyxJQUFNLHNCQUNYLGdCQUFBQSxhQUFZLDJCQUEyQixDQUFDO0FBaURuQyxJQUFNLHFCQUNYLGdCQUFBQSxhQUFZLDJCQUEyQixDQUFDOzs7QUMzSjFDLFNBQVMsWUFBQUMsV0FBVSxZQUFBQyxXQUFVLGVBQUFDLG9CQUFtQjtBQU16QyxJQUFNLDZCQUNYLGdCQUFBRCxVQUFTLGtsQkFBa2xCO0FBNER0bEIsSUFBTSxpQkFDWCxnQkFBQUMsYUFBWSw0QkFBNEIsQ0FBQztBQU9wQyxJQUFLLGVBQUwsa0JBQUtDLGtCQUFMO0FBSUwsRUFBQUEsNEJBQUEsaUJBQWMsS0FBZDtBQU9BLEVBQUFBLDRCQUFBLG9CQUFpQixLQUFqQjtBQU9BLEVBQUFBLDRCQUFBLHFCQUFrQixLQUFsQjtBQU9BLEVBQUFBLDRCQUFBLHdCQUFxQixLQUFyQjtBQU9BLEVBQUFBLDRCQUFBLDZCQUEwQixLQUExQjtBQWhDVSxTQUFBQTtBQUFBLEdBQUE7OztBQzNFWixTQUFTLFlBQUFDLFdBQVUsZUFBQUMsb0JBQW1CO0FBUS9CLElBQU0sNEJBQ1gsZ0JBQUFDLFVBQVMsb3JDQUFvckMsQ0FBQywwQkFBMEIsQ0FBQztBQWdDcHRDLElBQU0sc0JBQ1gsZ0JBQUFDLGFBQVksMkJBQTJCLENBQUM7QUF1Q25DLElBQU0sdUJBQ1gsZ0JBQUFBLGFBQVksMkJBQTJCLENBQUM7QUFxRW5DLElBQU0sc0JBQ1gsZ0JBQUFBLGFBQVksMkJBQTJCLENBQUM7QUF1RG5DLElBQU0sOEJBQ1gsZ0JBQUFBLGFBQVksMkJBQTJCLENBQUM7QUEyQ25DLElBQU0sNkJBQ1gsZ0JBQUFBLGFBQVksMkJBQTJCLENBQUM7QUFrQ25DLElBQU0sd0JBQ1gsZ0JBQUFBLGFBQVksMkJBQTJCLENBQUM7OztBQ3BTMUMsU0FBUyxRQUFRLFlBQVksZ0JBQWdCO0FBcUN0QyxTQUFTLGFBQW9DLFFBQVcsU0FBb0M7QUFDakcsUUFBTSxXQUFXLE9BQU87QUFDeEIsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLFVBQVUsUUFBUTtBQUFBLElBQ2xCLE9BQU8sT0FBTztBQUNaLFlBQU0sVUFBVSxPQUFPLFFBQVEsS0FBSztBQUNwQyxjQUFRLFNBQVMsT0FBTztBQUN4QixZQUFNLFFBQVEsU0FBUyxRQUFRLE9BQU87QUFDdEMsVUFBSSxNQUFNLFNBQVMsUUFBUSxVQUFVO0FBQ25DLGNBQU0sSUFBSTtBQUFBLFVBQ1I7QUFBQSxVQUNBLEdBQUcsUUFBUSxPQUFPLE1BQU0sTUFBTSxvQkFBb0IsUUFBUSxRQUFRO0FBQUEsUUFDcEU7QUFBQSxNQUNGO0FBQ0EsYUFBTztBQUFBLElBQ1Q7QUFBQSxJQUNBLE9BQU8sT0FBTztBQUNaLFVBQUksRUFBRSxpQkFBaUI7QUFDckIsY0FBTSxJQUFJLFdBQVcsYUFBYSxHQUFHLFFBQVEsc0JBQXNCO0FBQ3JFLFVBQUksTUFBTSxTQUFTLFFBQVEsVUFBVTtBQUNuQyxjQUFNLElBQUk7QUFBQSxVQUNSO0FBQUEsVUFDQSxHQUFHLFFBQVEsT0FBTyxNQUFNLE1BQU0sb0JBQW9CLFFBQVEsUUFBUTtBQUFBLFFBQ3BFO0FBQUEsTUFDRjtBQUNBLFVBQUk7QUFDSixVQUFJO0FBQ0Ysa0JBQVUsV0FBVyxRQUFRLE9BQU8sRUFBRSxtQkFBbUIsTUFBTSxDQUFDO0FBQUEsTUFDbEUsU0FBUyxPQUFPO0FBQ2QsY0FBTSxJQUFJLFdBQVcsYUFBYSxHQUFHLFFBQVEsbUNBQW1DLEVBQUUsTUFBTSxDQUFDO0FBQUEsTUFDM0Y7QUFDQSxVQUFJO0FBQ0osVUFBSTtBQUNGLG9CQUFZLFNBQVMsUUFBUSxPQUFPO0FBQUEsTUFDdEMsU0FBUyxPQUFPO0FBQ2QsY0FBTSxJQUFJLFdBQVcsYUFBYSxHQUFHLFFBQVEsbUNBQW1DLEVBQUUsTUFBTSxDQUFDO0FBQUEsTUFDM0Y7QUFDQSxVQUFJLENBQUMsV0FBVyxXQUFXLEtBQUssR0FBRztBQUNqQyxjQUFNLElBQUk7QUFBQSxVQUNSO0FBQUEsVUFDQSxHQUFHLFFBQVE7QUFBQSxRQUNiO0FBQUEsTUFDRjtBQUNBLGNBQVEsU0FBUyxPQUFPO0FBQ3hCLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNGO0FBR08sU0FBUyxNQUFNLFdBQW9CLFNBQW9DO0FBQzVFLE1BQUksQ0FBQyxVQUFXLE9BQU0sSUFBSSxXQUFXLGFBQWEsT0FBTztBQUMzRDtBQUdPLFNBQVMsYUFBYSxVQUFrQixTQUFpQixXQUFXLEdBQVM7QUFDbEYsUUFBTSxZQUFZLFVBQVUsR0FBRyxRQUFRLHlCQUF5QixPQUFPLGNBQWMsUUFBUSxHQUFHO0FBQ2xHO0FBR08sU0FBUyxZQUFZLE9BQWUsT0FBbUIsUUFBc0I7QUFDbEYsUUFBTSxNQUFNLFdBQVcsUUFBUSxHQUFHLEtBQUssWUFBWSxNQUFNLGVBQWUsTUFBTSxNQUFNLEVBQUU7QUFDeEY7QUFHTyxTQUFTLGVBQWUsT0FBZSxPQUE0QixLQUFtQjtBQUMzRixRQUFNLFNBQVMsT0FBTyxVQUFVLFdBQVcsSUFBSSxZQUFZLEVBQUUsT0FBTyxLQUFLLEVBQUUsU0FBUyxNQUFNO0FBQzFGLFFBQU0sVUFBVSxLQUFLLEdBQUcsS0FBSyxvQkFBb0IsR0FBRyxlQUFlLE1BQU0sRUFBRTtBQUM3RTtBQUdPLFNBQVMsYUFBYSxPQUFlLE9BQXFCO0FBQy9ELFFBQU0sU0FBUyxPQUFPLE9BQU8sZ0JBQWdCLEdBQUcsR0FBRyxLQUFLLGtCQUFrQjtBQUM1RTs7O0FDNURPLElBQU0sY0FBYztBQUFBLEVBQ3pCLGFBQWE7QUFBQSxFQUNiLFVBQVU7QUFBQSxFQUNWLFdBQVc7QUFBQSxFQUNYLGtCQUFrQjtBQUFBLEVBQ2xCLGVBQWUsTUFBTTtBQUFBLEVBQ3JCLHVCQUF1QixLQUFLO0FBQUEsRUFDNUIsbUJBQW1CO0FBQUEsRUFDbkIsb0JBQW9CLE1BQU07QUFBQSxFQUMxQixtQkFBbUI7QUFBQSxFQUNuQixVQUFVO0FBQUEsRUFDVixjQUFjO0FBQUEsRUFDZCxhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixhQUFhO0FBQUEsRUFDYixvQkFBb0IsTUFBTTtBQUM1QjtBQUdPLElBQU0sY0FBZ0Q7QUFBQSxFQUMzRCxnQkFBcUIsR0FBRztBQUFBLEVBQ3hCLG1CQUF3QixHQUFHO0FBQUEsRUFDM0IsZUFBb0IsR0FBRztBQUFBLEVBQ3ZCLG1CQUF3QixHQUFHO0FBQUEsRUFDM0Isb0JBQXlCLEdBQUc7QUFDOUI7QUFHTyxJQUFNLHlCQUE0QyxDQUFDLE1BQU0sSUFBSTtBQUVwRSxTQUFTLGVBQ1AsT0FDQSxLQUNBLFNBQ007QUFDTixRQUFNLFFBQVEsUUFBVyxHQUFHLEtBQUssYUFBYTtBQUM5QztBQUFBLElBQ0UsUUFBUSxTQUFTLElBQUksU0FBUztBQUFBLElBQzlCLEdBQUcsS0FBSyx1Q0FBdUMsSUFBSSxTQUFTO0FBQUEsRUFDOUQ7QUFDQSxjQUFZLEdBQUcsS0FBSyxRQUFRLElBQUksS0FBSyxZQUFZLElBQUksU0FBUyxDQUFFO0FBQ2xFO0FBRUEsU0FBUyxZQUFZLE9BQWUsUUFBbUMsVUFBeUI7QUFDOUYsTUFBSSxXQUFXLFFBQVc7QUFDeEIsVUFBTSxDQUFDLFVBQVUsR0FBRyxLQUFLLGFBQWE7QUFDdEM7QUFBQSxFQUNGO0FBQ0EsUUFBTSxPQUFPLEtBQUssU0FBUyxHQUFHLEdBQUcsS0FBSyxnQkFBZ0I7QUFDdEQsaUJBQWUsR0FBRyxLQUFLLFNBQVMsT0FBTyxNQUFNLFlBQVksYUFBYTtBQUN0RSxjQUFZLEdBQUcsS0FBSyxjQUFjLE9BQU8sV0FBVyxZQUFZLFNBQVM7QUFDM0U7QUFFQSxTQUFTLFdBQVcsVUFBa0IsU0FBaUIsU0FBdUI7QUFDNUUsZUFBYSxHQUFHLFFBQVEsa0JBQWtCLE9BQU87QUFDakQsZUFBYSxHQUFHLFFBQVEsa0JBQWtCLE9BQU87QUFDakQ7QUFBQSxJQUNFLFlBQVksTUFBTSxVQUFVO0FBQUEsSUFDNUIsR0FBRyxRQUFRO0FBQUEsRUFDYjtBQUNGO0FBRUEsU0FBUyxhQUFhLEdBQWUsR0FBdUI7QUFDMUQsUUFBTUMsS0FBSSxLQUFLLElBQUksRUFBRSxRQUFRLEVBQUUsTUFBTTtBQUNyQyxXQUFTLElBQUksR0FBRyxJQUFJQSxJQUFHLElBQUssS0FBSSxFQUFFLENBQUMsTUFBTSxFQUFFLENBQUMsRUFBRyxRQUFPLEVBQUUsQ0FBQyxJQUFLLEVBQUUsQ0FBQztBQUNqRSxTQUFPLEVBQUUsU0FBUyxFQUFFO0FBQ3RCO0FBRUEsSUFBTSxVQUFVLG9DQUE4QztBQUd2RCxJQUFNLGlCQUFpQixhQUFhLGlCQUFpQjtBQUFBLEVBQzFELFVBQVU7QUFBQSxFQUNWLFVBQVUsQ0FBQyxNQUNULGVBQWUsYUFBYSxHQUFHO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBTS9CLENBQUM7QUFDTCxDQUFDO0FBR00sSUFBTSxxQkFBcUIsYUFBYSxxQkFBcUI7QUFBQSxFQUNsRSxVQUFVLFlBQVksZ0JBQWdCO0FBQUEsRUFDdEMsVUFBVSxDQUFDLE1BQU0sWUFBWSxpQkFBaUIsR0FBRyxJQUFJO0FBQ3ZELENBQUM7QUFHTSxJQUFNLGtDQUFrQyxhQUFhLHFDQUFxQztBQUFBLEVBQy9GLFVBQVU7QUFBQSxFQUNWLFVBQVUsQ0FBQyxNQUFNO0FBQ2YsaUJBQWEsaUNBQWlDLEVBQUUsT0FBTztBQUN2RCxnQkFBWSxnQkFBZ0IsRUFBRSxhQUFhLFlBQVksV0FBVztBQUNsRSxtQkFBZSxlQUFlLEVBQUUsWUFBWSxPQUFPO0FBQ25ELGVBQVcsaUNBQWlDLEVBQUUsYUFBYSxFQUFFLFdBQVc7QUFBQSxFQUMxRTtBQUNGLENBQUM7QUFHTSxJQUFNLDZCQUE2QixhQUFhLDZCQUE2QjtBQUFBLEVBQ2xGLFVBQVU7QUFBQSxFQUNWLFVBQVUsQ0FBQyxNQUFNO0FBQ2YsaUJBQWEseUJBQXlCLEVBQUUsT0FBTztBQUMvQyxnQkFBWSxnQkFBZ0IsRUFBRSxhQUFhLFlBQVksV0FBVztBQUNsRSxnQkFBWSxhQUFhLEVBQUUsVUFBVSxZQUFZLFFBQVE7QUFDekQsbUJBQWUsZ0JBQWdCLEVBQUUsYUFBYSxZQUFZLGdCQUFnQjtBQUMxRSxtQkFBZSxlQUFlLEVBQUUsWUFBWSxPQUFPO0FBQ25ELG1CQUFlLHFCQUFxQixFQUFFLGlCQUFpQixlQUFvQixDQUFDO0FBQzVFLG1CQUFlLGNBQWMsRUFBRSxXQUFXLE9BQU87QUFDakQsZUFBVyx5QkFBeUIsRUFBRSxhQUFhLEVBQUUsV0FBVztBQUFBLEVBQ2xFO0FBQ0YsQ0FBQztBQUdNLElBQU0sMEJBQTBCLGFBQWEsMEJBQTBCO0FBQUEsRUFDNUUsVUFBVSxZQUFZO0FBQUEsRUFDdEIsVUFBVSxDQUFDLE1BQU07QUFDZixpQkFBYSxzQkFBc0IsRUFBRSxPQUFPO0FBQzVDLGdCQUFZLGdCQUFnQixFQUFFLGFBQWEsWUFBWSxXQUFXO0FBQ2xFLFVBQU0sRUFBRSxVQUFVLElBQUksOENBQThDO0FBQ3BFLGlCQUFhLFVBQVUsRUFBRSxNQUFNO0FBQy9CLGlCQUFhLGdCQUFnQixFQUFFLFVBQVU7QUFDekMsVUFBTSxFQUFFLFFBQVEsVUFBVSxZQUFZLG1CQUFtQiwwQkFBMEI7QUFDbkYsTUFBRSxRQUFRLFFBQVEsQ0FBQyxHQUFHLE1BQU07QUFDMUIsa0JBQVksV0FBVyxDQUFDLGVBQWUsRUFBRSxVQUFVLFlBQVksUUFBUTtBQUN2RSxtQkFBYSxXQUFXLENBQUMsbUJBQW1CLEVBQUUsV0FBVztBQUN6RCxZQUFNLEVBQUUsVUFBVSxrQkFBa0IsV0FBVyxDQUFDLHFCQUFxQjtBQUNyRSxVQUFJLElBQUk7QUFDTjtBQUFBLFVBQ0UsYUFBYSxFQUFFLFFBQVEsSUFBSSxDQUFDLEVBQUcsVUFBVSxFQUFFLFFBQVEsSUFBSTtBQUFBLFVBQ3ZEO0FBQUEsUUFDRjtBQUFBLElBQ0osQ0FBQztBQUNELG1CQUFlLGNBQWMsRUFBRSxXQUFXLE9BQU87QUFBQSxFQUNuRDtBQUNGLENBQUM7QUFFRCxTQUFTLGtCQUFrQixHQUFtQztBQUM1RCxRQUFNLE1BQU0sUUFBVyx5QkFBeUI7QUFDaEQsZUFBYSxnQkFBZ0IsRUFBRSxPQUFPO0FBQ3RDLFFBQU0sRUFBRSwwQkFBNEIsbUNBQW1DO0FBQ3ZFLGNBQVksUUFBUSxFQUFFLE1BQU0sWUFBWSxVQUFVO0FBSWxEO0FBQUEsSUFDRSxFQUFFLGFBQWEsSUFBSSxRQUFRLEVBQUUsYUFBYSxPQUFPO0FBQUEsSUFDakQ7QUFBQSxFQUNGO0FBQ0EsUUFBTSxFQUFFLGNBQWMsS0FBSyxFQUFFLGNBQWMsSUFBSSw4Q0FBOEM7QUFDN0YsUUFBTSxFQUFFLGVBQWUsS0FBSyxFQUFFLGVBQWUsR0FBRyw4Q0FBOEM7QUFDOUY7QUFBQSxJQUNFLEVBQUU7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLGNBQVksU0FBUyxFQUFFLE9BQU8sWUFBWSxXQUFXO0FBQ3ZEO0FBR08sSUFBTSxvQkFBb0IsYUFBYSxvQkFBb0I7QUFBQSxFQUNoRSxVQUFVO0FBQUEsRUFDVixVQUFVO0FBQ1osQ0FBQztBQUdNLElBQU0sMEJBQTBCLGFBQWEsMEJBQTBCO0FBQUEsRUFDNUUsVUFBVSxNQUFNO0FBQUEsRUFDaEIsVUFBVSxDQUFDLE1BQU07QUFDZixzQkFBa0IsRUFBRSxNQUFNO0FBQzFCLFVBQU0sRUFBRSxXQUFXLFVBQVUsSUFBSSxzQ0FBc0M7QUFBQSxFQUN6RTtBQUNGLENBQUM7QUFHTSxJQUFNLDhCQUE4QixhQUFhLDhCQUE4QjtBQUFBLEVBQ3BGLFVBQVUsS0FBSztBQUFBLEVBQ2YsVUFBVSxDQUFDLE1BQU07QUFDZixpQkFBYSwwQkFBMEIsRUFBRSxPQUFPO0FBQ2hELGdCQUFZLGlCQUFpQixFQUFFLGNBQWMsRUFBRTtBQUMvQyxnQkFBWSxxQkFBcUIsRUFBRSxpQkFBaUIsRUFBRTtBQUN0RCxnQkFBWSw0QkFBNEIsRUFBRSx3QkFBd0IsSUFBSTtBQUN0RSxnQkFBWSxtQkFBbUIsRUFBRSxnQkFBZ0IsS0FBSztBQUN0RCxpQkFBYSxpQkFBaUIsRUFBRSxXQUFXO0FBQUEsRUFDN0M7QUFDRixDQUFDO0FBR00sSUFBTSx1QkFBdUIsYUFBYSx1QkFBdUI7QUFBQSxFQUN0RSxVQUFVLFlBQVk7QUFBQSxFQUN0QixVQUFVLENBQUMsTUFBTTtBQUNmLGlCQUFhLG1CQUFtQixFQUFFLE9BQU87QUFDekMsZ0JBQVksZ0JBQWdCLEVBQUUsYUFBYSxZQUFZLFdBQVc7QUFDbEUsbUJBQWUsZ0JBQWdCLEVBQUUsYUFBYSxZQUFZLGdCQUFnQjtBQUMxRSxnQkFBWSw0QkFBNEIsRUFBRSx3QkFBd0IsSUFBSTtBQUN0RSxVQUFNLEVBQUUsbUJBQW1CLFVBQVUsR0FBRywwQ0FBMEM7QUFDbEY7QUFBQSxNQUNFLEVBQUUsbUJBQW1CLFVBQVUsWUFBWTtBQUFBLE1BQzNDO0FBQUEsSUFDRjtBQUNBLE1BQUUsbUJBQW1CLFFBQVEsQ0FBQyxHQUFHLE1BQU0sWUFBWSx1QkFBdUIsQ0FBQyxLQUFLLEdBQUcsSUFBSSxDQUFDO0FBQ3hGLGdCQUFZLG1CQUFtQixFQUFFLGdCQUFnQixLQUFLO0FBQ3RELFVBQU0sRUFBRSxNQUFNLFVBQVUsWUFBWSxVQUFVLGdCQUFnQjtBQUM5RCxNQUFFLE1BQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxlQUFlLFNBQVMsQ0FBQyxLQUFLLEdBQUcsWUFBWSxZQUFZLENBQUM7QUFDcEYsaUJBQWEsaUJBQWlCLEVBQUUsV0FBVztBQUMzQyxnQkFBWSxvQkFBb0IsRUFBRSxnQkFBZ0IsWUFBWSxRQUFRO0FBQUEsRUFDeEU7QUFDRixDQUFDO0FBR00sSUFBTSwyQkFBMkIsYUFBYSwyQkFBMkI7QUFBQSxFQUM5RSxVQUFVO0FBQUEsRUFDVixVQUFVLENBQUMsTUFBTTtBQUNmLGlCQUFhLHVCQUF1QixFQUFFLE9BQU87QUFDN0MsZ0JBQVksU0FBUyxFQUFFLE9BQU8sWUFBWSxXQUFXO0FBQ3JELGdCQUFZLFVBQVUsRUFBRSxRQUFRLFlBQVksV0FBVztBQUN2RCxVQUFNLGFBQWEsRUFBRSxPQUFPLEVBQUUsTUFBTSxLQUFLLEdBQUcsaURBQWlEO0FBQUEsRUFDL0Y7QUFDRixDQUFDO0FBRUQsU0FBUyxnQkFBZ0IsR0FBcUI7QUFDNUMsZUFBYSxjQUFjLEVBQUUsT0FBTztBQUNwQyxpQkFBZSxjQUFjLEVBQUUsV0FBVztBQUFBO0FBQUE7QUFBQTtBQUFBLEVBSTFDLENBQUM7QUFDRCxRQUFNLEVBQUUsU0FBUyxHQUFHLHNDQUFzQztBQUMxRCxlQUFhLGlCQUFpQixFQUFFLFdBQVc7QUFDM0M7QUFBQSxJQUNFLENBQUMsRUFBRSxjQUFjLEVBQUUsVUFBVztBQUFBLElBQzlCO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxtQkFBbUIsR0FBd0I7QUFDbEQsUUFBTSxFQUFFLFNBQVMsR0FBRywyQ0FBMkM7QUFDL0QsY0FBWSw4QkFBOEIsRUFBRSxXQUFXLEVBQUU7QUFDM0Q7QUFHTyxJQUFNLGtCQUFrQixhQUFhLGtCQUFrQjtBQUFBLEVBQzVELFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFDWixDQUFDO0FBR00sSUFBTSxvQkFBb0IsYUFBYSxvQkFBb0I7QUFBQSxFQUNoRSxVQUFVO0FBQUEsRUFDVixVQUFVLENBQUMsTUFBTTtBQUNmLFVBQU0sRUFBRSxLQUFLLFNBQVMsR0FBRyw0QkFBNEI7QUFDckQsZ0JBQVksMEJBQTBCLEVBQUUsV0FBVyxZQUFZLFNBQVM7QUFBQSxFQUMxRTtBQUNGLENBQUM7QUFHTSxJQUFNLHFCQUFxQixhQUFhLHFCQUFxQjtBQUFBLEVBQ2xFLFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFDWixDQUFDO0FBR00sSUFBTSxvQkFBb0IsYUFBYSxvQkFBb0I7QUFBQSxFQUNoRSxVQUFVLElBQUk7QUFBQSxFQUNkLFVBQVUsQ0FBQyxNQUFNO0FBQ2YsaUJBQWEsZ0JBQWdCLEVBQUUsT0FBTztBQUN0QyxnQkFBWSw0QkFBNEIsRUFBRSx3QkFBd0IsSUFBSTtBQUN0RSxnQkFBWSxzQkFBc0IsRUFBRSxtQkFBbUIsSUFBSTtBQUMzRCxVQUFNLEVBQUUsaUJBQWlCLFFBQVcsMEJBQTBCO0FBQzlELGdCQUFZLDJCQUEyQixFQUFFLGFBQWEsV0FBVyxZQUFZLFNBQVM7QUFDdEYsUUFBSSxFQUFFLGtCQUFrQixPQUFXLG9CQUFtQixFQUFFLGFBQWE7QUFDckUsVUFBTSxFQUFFLGNBQWMsUUFBVyx1QkFBdUI7QUFDeEQsZ0JBQVksd0JBQXdCLEVBQUUsVUFBVSxXQUFXLFlBQVksU0FBUztBQUFBLEVBQ2xGO0FBQ0YsQ0FBQztBQUdNLElBQU0sZ0JBQWdCLGFBQWEsZ0JBQWdCO0FBQUEsRUFDeEQsVUFBVSxZQUFZLHFCQUFxQjtBQUFBLEVBQzNDLFVBQVUsQ0FBQyxNQUFNO0FBQ2YsaUJBQWEsWUFBWSxFQUFFLE9BQU87QUFDbEM7QUFBQSxNQUNFLEVBQUUsZ0NBQXFDLEVBQUUsUUFBUTtBQUFBLE1BQ2pEO0FBQUEsSUFDRjtBQUNBLGdCQUFZLG9CQUFvQixFQUFFLGdCQUFnQixZQUFZLFFBQVE7QUFDdEU7QUFBQSxNQUNFLEVBQUUsa0JBQWtCLFdBQVcsS0FBSyxFQUFFLGtCQUFrQixXQUFXLFlBQVk7QUFBQSxNQUMvRTtBQUFBLElBQ0Y7QUFDQTtBQUFBLE1BQ0UsRUFBRSxrQkFBa0IsV0FBVyxLQUFLLEVBQUUsa0JBQWtCLFdBQVcsWUFBWTtBQUFBLE1BQy9FO0FBQUEsSUFDRjtBQUNBLGlCQUFhLGdCQUFnQixFQUFFLFdBQVc7QUFDMUMsbUJBQWUsV0FBVyxFQUFFLFNBQVMsWUFBWSxrQkFBa0I7QUFBQSxFQUNyRTtBQUNGLENBQUM7QUFFRCxTQUFTLG9CQUFvQixHQUErQixPQUFxQjtBQUMvRSxRQUFNLE1BQU0sUUFBVyxHQUFHLEtBQUssYUFBYTtBQUM1QyxlQUFhLGtCQUFrQixFQUFFLE9BQU87QUFDeEM7QUFBQSxJQUNFLEVBQUUsT0FBTyxTQUFTLE1BQU0sRUFBRSxnQkFBZ0IsU0FBUztBQUFBLElBQ25ELEdBQUcsS0FBSztBQUFBLEVBQ1Y7QUFDQSxpQkFBZSxHQUFHLEtBQUssV0FBVyxFQUFFLFFBQVEsRUFBRTtBQUU5QyxNQUFJLEVBQUUsZ0JBQWdCLFNBQVMsR0FBRztBQUNoQztBQUFBLE1BQ0UsRUFBRSxnQkFBZ0IsVUFBVSxNQUFNLEVBQUUsZ0JBQWdCLFVBQVU7QUFBQSxNQUM5RCxHQUFHLEtBQUs7QUFBQSxJQUNWO0FBQUEsRUFDRjtBQUNBLFFBQU0sRUFBRSxXQUFXLFVBQVUsSUFBSSxHQUFHLEtBQUsseUNBQXlDO0FBQ2xGLGlCQUFlLEdBQUcsS0FBSyxlQUFlLEVBQUUsWUFBWSxZQUFZLGtCQUFrQjtBQUNwRjtBQUdPLElBQU0scUJBQXFCLGFBQWEscUJBQXFCO0FBQUEsRUFDbEUsVUFBVTtBQUFBLEVBQ1YsVUFBVSxDQUFDLE1BQU0sWUFBWSxlQUFlLEVBQUUsWUFBWSxFQUFFO0FBQzlELENBQUM7QUFHTSxJQUFNLHNCQUFzQixhQUFhLHNCQUFzQjtBQUFBLEVBQ3BFLFVBQVUsWUFBWSxxQkFBcUI7QUFBQSxFQUMzQyxVQUFVLENBQUMsTUFBTSxvQkFBb0IsR0FBRyxnQkFBZ0I7QUFDMUQsQ0FBQztBQUdNLElBQU0scUJBQXFCLGFBQWEscUJBQXFCO0FBQUEsRUFDbEUsVUFBVSxZQUFZLHFCQUFxQjtBQUFBLEVBQzNDLFVBQVUsQ0FBQyxNQUFNO0FBQ2YsaUJBQWEsaUJBQWlCLEVBQUUsT0FBTztBQUN2QyxnQkFBWSw0QkFBNEIsRUFBRSx3QkFBd0IsSUFBSTtBQUN0RSxnQkFBWSxzQkFBc0IsRUFBRSxtQkFBbUIsSUFBSTtBQUMzRCxVQUFNLEVBQUUsa0JBQWtCLEdBQUcscUNBQXFDO0FBQ2xFLFVBQU0sRUFBRSxlQUFlLEdBQUcsa0NBQWtDO0FBQzVELGdCQUFZLFlBQVksRUFBRSxTQUFTLEVBQUU7QUFDckM7QUFBQSxNQUNFLHVCQUF1QixTQUFTLEVBQUUsY0FBYyxNQUFNO0FBQUEsTUFDdEQ7QUFBQSxJQUNGO0FBQ0Esd0JBQW9CLEVBQUUsU0FBUyxTQUFTO0FBQUEsRUFDMUM7QUFDRixDQUFDO0FBR00sSUFBTSw2QkFBNkIsYUFBYSw2QkFBNkI7QUFBQSxFQUNsRixVQUFVO0FBQUEsRUFDVixVQUFVLENBQUMsTUFBTTtBQUNmLGlCQUFhLHlCQUF5QixFQUFFLE9BQU87QUFDL0MsZ0JBQVksbUJBQW1CLEVBQUUsZ0JBQWdCLEVBQUU7QUFDbkQsZ0JBQVksYUFBYSxFQUFFLFVBQVUsRUFBRTtBQUN2QyxnQkFBWSxlQUFlLEVBQUUsWUFBWSxFQUFFO0FBQUEsRUFDN0M7QUFDRixDQUFDO0FBR00sSUFBTSw0QkFBNEIsYUFBYSw0QkFBNEI7QUFBQSxFQUNoRixVQUFVLFlBQVkscUJBQXFCO0FBQUEsRUFDM0MsVUFBVSxDQUFDLE1BQU07QUFDZixpQkFBYSx3QkFBd0IsRUFBRSxPQUFPO0FBQzlDLGdCQUFZLG1CQUFtQixFQUFFLGdCQUFnQixFQUFFO0FBQ25ELFVBQU0sRUFBRSxXQUFXLFVBQVUsSUFBSSx3Q0FBd0M7QUFDekUsbUJBQWUsY0FBYyxFQUFFLFlBQVksWUFBWSxrQkFBa0I7QUFBQSxFQUMzRTtBQUNGLENBQUM7QUFHTSxJQUFNLHVCQUF1QixhQUFhLHVCQUF1QjtBQUFBLEVBQ3RFLFVBQVUsSUFBSSxPQUFPO0FBQUEsRUFDckIsVUFBVSxDQUFDLE1BQU07QUFDZixVQUFNLEVBQUUsV0FBVyxHQUFHLDRDQUE0QztBQUNsRSxnQkFBWSxTQUFTLEVBQUUsT0FBTyxZQUFZLFdBQVc7QUFDckQsVUFBTSxFQUFFLFdBQVcsVUFBVSxJQUFJLHdDQUF3QztBQUFBLEVBQzNFO0FBQ0YsQ0FBQzs7O0FDOVpNLElBQU0sbUJBQW1CO0FBQUEsRUFDOUIsd0JBQXdCO0FBQUEsRUFDeEIsbUJBQW1CO0FBQUEsRUFDbkIsZ0JBQWdCO0FBQUEsRUFDaEIsYUFBYTtBQUFBLEVBQ2IsY0FBYztBQUFBLEVBQ2Qsa0JBQWtCO0FBQUEsRUFDbEIsZUFBZTtBQUNqQjtBQU1PLFNBQVMsYUFBYSxPQUF1QixNQUE4QjtBQUNoRixTQUFPLE9BQU8sS0FBSyxLQUFLLEdBQUcsV0FBVyxHQUFHLENBQUMsR0FBRyxJQUFJO0FBQ25EO0FBYU8sU0FBUyxlQUFlLE9BQWlCLEtBQXNCO0FBQ3BFLFNBQU87QUFBQSxJQUNMLFdBQVcsSUFBSTtBQUFBLElBQ2YsTUFBTSxDQUFDLFlBQVksTUFBTSxLQUFLLElBQUksSUFBSSxPQUFPO0FBQUEsRUFDL0M7QUFDRjtBQU1PLFNBQVMsZ0JBQ2QsV0FDQSxTQUNBLFdBQ1M7QUFDVCxNQUFJLFVBQVUsV0FBVyxHQUFJLFFBQU87QUFDcEMsUUFBTSxJQUFJLE9BQU87QUFDakIsVUFBUSxVQUFVLFdBQVc7QUFBQSxJQUMzQixLQUFLO0FBQ0gsYUFBTyxFQUFFLGNBQWMsVUFBVSxPQUFPLFNBQVMsU0FBUztBQUFBLElBQzVELEtBQUs7QUFDSCxhQUFPLEVBQUUsV0FBVyxVQUFVLE9BQU8sU0FBUyxTQUFTO0FBQUEsSUFDekQ7QUFDRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBR0EsZUFBc0IsYUFDcEIsUUFDQSxPQUNBLE1BQ3FCO0FBQ3JCLFFBQU0sWUFBWSxNQUFNLE9BQU8sS0FBSyxhQUFhLE9BQU8sSUFBSSxDQUFDO0FBQzdELE1BQUksQ0FBQyxnQkFBZ0IsT0FBTyxXQUFXLGFBQWEsT0FBTyxJQUFJLEdBQUcsU0FBUyxHQUFHO0FBRTVFLFVBQU0sSUFBSSxXQUFXLFlBQVkseURBQXlEO0FBQUEsRUFDNUY7QUFDQSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLGlCQUNkLFdBQ0EsT0FDQSxNQUNBLFdBQ0EsTUFDTTtBQUNOLE1BQUksQ0FBQyxnQkFBZ0IsV0FBVyxhQUFhLE9BQU8sSUFBSSxHQUFHLFNBQVMsR0FBRztBQUNyRSxVQUFNLElBQUksV0FBVyxpQkFBaUIsR0FBRyxJQUFJLDZCQUE2QjtBQUFBLEVBQzVFO0FBQ0Y7QUFFQSxJQUFNLFVBQW9EO0FBQUEsRUFDeEQ7QUFBQSxFQUNBO0FBQ0Y7QUFHTyxTQUFTLFVBQVUsS0FBcUU7QUFDN0YsU0FBTyxFQUFFLFdBQVcsUUFBUSxJQUFJLFNBQVMsR0FBRyxLQUFLLElBQUksTUFBTTtBQUM3RDtBQU9PLFNBQVMsWUFBWSxLQUE0QixPQUFpQztBQUN2RixNQUFJLFFBQVEsT0FBVyxPQUFNLElBQUksV0FBVyxhQUFhLEdBQUcsS0FBSyxhQUFhO0FBQzlFLE1BQUksSUFBSSxpQ0FBc0Msb0JBQW9CLElBQUksR0FBRyxHQUFHO0FBQzFFLFdBQU8sRUFBRSxXQUFXLFdBQVcsT0FBTyxJQUFJLElBQUk7QUFBQSxFQUNoRDtBQUNBLE1BQ0UsSUFBSSxvQ0FDSixJQUFJLElBQUksV0FBVyxNQUNuQixpQkFBaUIsSUFBSSxHQUFHLEdBQ3hCO0FBQ0EsV0FBTyxFQUFFLFdBQVcsUUFBUSxPQUFPLElBQUksSUFBSTtBQUFBLEVBQzdDO0FBQ0EsUUFBTSxJQUFJLFdBQVcsYUFBYSxHQUFHLEtBQUssNkJBQTZCO0FBQ3pFO0FBR08sU0FBUyxRQUFRLEdBQXFCLEdBQThCO0FBQ3pFLE1BQUksRUFBRSxjQUFjLEVBQUUsYUFBYSxFQUFFLE1BQU0sV0FBVyxFQUFFLE1BQU0sT0FBUSxRQUFPO0FBQzdFLFdBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxNQUFNLFFBQVEsSUFBSyxLQUFJLEVBQUUsTUFBTSxDQUFDLE1BQU0sRUFBRSxNQUFNLENBQUMsRUFBRyxRQUFPO0FBQy9FLFNBQU87QUFDVDs7O0FDNUdPLElBQU0sY0FBcUIsRUFBRSxLQUFLLE1BQU0sS0FBSyxJQUFJLEVBQUU7QUFFbkQsSUFBTSxlQUE2QixFQUFFLGFBQWEsQ0FBQ0MsT0FBTSxPQUFPLEVBQUUsWUFBWUEsRUFBQyxFQUFFO0FBS3hGLFNBQVMsY0FBYyxLQUE4QjtBQUNuRCxNQUFJLGVBQWUsWUFBWTtBQUM3QixRQUFJLElBQUksV0FBVyxHQUFJLE9BQU0sSUFBSSxXQUFXLGVBQWUsK0JBQStCO0FBQzFGLFdBQU87QUFBQSxFQUNUO0FBQ0EsU0FBTyxVQUFVLEdBQUcsRUFBRTtBQUN4QjtBQUVBLFNBQVMsYUFBYSxJQUEyQjtBQUMvQyxTQUFPLE9BQU8sS0FBSyxPQUFPLE9BQU8sRUFBRTtBQUNyQztBQUdPLFNBQVMsVUFBVSxNQUFjLE9BQW1DO0FBQ3pFLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxDQUFDLE9BQU8sY0FBYyxLQUFLLEtBQUssUUFBUTtBQUMxQyxVQUFNLElBQUksV0FBVyxvQkFBb0IsR0FBRyxJQUFJLHNDQUFzQztBQUN4RixTQUFPLE9BQU8sS0FBSztBQUNyQjtBQU9PLFNBQVMsaUJBQWlCLFNBQW1DO0FBQ2xFLFFBQU1DLE9BQU0sUUFBUSxPQUFPLEtBQUssSUFBSTtBQUNwQyxNQUFJLE9BQU9BLFNBQVEsWUFBWSxDQUFDLE9BQU8sU0FBU0EsSUFBRyxHQUFHO0FBQ3BELFVBQU0sSUFBSSxXQUFXLG9CQUFvQixpREFBaUQ7QUFBQSxFQUM1RjtBQUNBLFNBQU9BO0FBQ1Q7QUFFQSxTQUFTLGtCQUFrQixXQUEwQkEsTUFBYSxNQUFvQjtBQUNwRixNQUFJLGNBQWMsUUFBUUEsUUFBTyxVQUFXLE9BQU0sSUFBSSxXQUFXLFdBQVcsR0FBRyxJQUFJLFVBQVU7QUFDL0Y7QUEyQkEsZUFBc0IsNEJBQ3BCLFNBQ2lDO0FBQ2pDLE1BQUksUUFBUSxTQUFTLFVBQVUsY0FBYztBQUMzQyxVQUFNLElBQUksV0FBVyx5QkFBeUIsMkJBQTJCO0FBQzNFLFFBQU0sWUFBWSxRQUFRLGNBQWMsUUFBUSxTQUFTLGFBQWEsSUFBSTtBQUMxRSxRQUFNLE9BQU8sZ0NBQWdDLE9BQU87QUFBQSxJQUNsRCxTQUFTO0FBQUEsSUFDVCxhQUFhLFFBQVEsU0FBUyxVQUFVO0FBQUEsSUFDeEMsWUFBWSxVQUFVLFFBQVEsVUFBVTtBQUFBLElBQ3hDLGFBQWEsVUFBVSxhQUFhLFNBQVM7QUFBQSxJQUM3QyxhQUFhLFVBQVUsYUFBYSxRQUFRLFNBQVM7QUFBQSxFQUN2RCxDQUFDO0FBQ0QsUUFBTSxZQUFZLE1BQU07QUFBQSxJQUN0QixRQUFRO0FBQUEsSUFDUixpQkFBaUI7QUFBQSxJQUNqQjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLDZCQUE2QixtQkFBbUIsT0FBTyxFQUFFLE1BQU0sVUFBVSxDQUFDLENBQUM7QUFDcEY7QUFHTyxTQUFTLDZCQUE2QixPQUEyQztBQUN0RixRQUFNLFNBQVMsbUJBQW1CLE9BQU8sS0FBSztBQUM5QyxRQUFNLE9BQU8sZ0NBQWdDLE9BQU8sT0FBTyxJQUFJO0FBQy9ELFNBQU8sT0FBTyxPQUFPO0FBQUEsSUFDbkIsT0FBTyxNQUFNLE1BQU07QUFBQSxJQUNuQixhQUFhLEtBQUs7QUFBQSxJQUNsQixZQUFZLFlBQVksS0FBSyxZQUFZLGFBQWE7QUFBQSxJQUN0RCxXQUFXLE9BQU8sS0FBSyxXQUFXO0FBQUEsSUFDbEMsV0FBVyxhQUFhLEtBQUssV0FBVztBQUFBLEVBQzFDLENBQUM7QUFDSDtBQWNPLFNBQVMsNkJBQ2QsYUFDQSxVQUNBLFVBQXlCLENBQUMsR0FDRjtBQUN4QixRQUFNLGNBQWMsY0FBYyxRQUFRO0FBQzFDLFFBQU0sU0FBUyxtQkFBbUIsT0FBTyxXQUFXO0FBQ3BELFFBQU0sT0FBTyw2QkFBNkIsV0FBVztBQUNyRCxNQUFJLENBQUMsV0FBVyxLQUFLLGFBQWEsV0FBVyxHQUFHO0FBQzlDLFVBQU0sSUFBSSxXQUFXLGtCQUFrQixzREFBc0Q7QUFBQSxFQUMvRjtBQUNBO0FBQUEsSUFDRSxFQUFFLFdBQVcsV0FBVyxPQUFPLFlBQVk7QUFBQSxJQUMzQyxpQkFBaUI7QUFBQSxJQUNqQixPQUFPO0FBQUEsSUFDUCxPQUFPO0FBQUEsSUFDUDtBQUFBLEVBQ0Y7QUFDQSxvQkFBa0IsS0FBSyxXQUFXLGlCQUFpQixPQUFPLEdBQUcsMEJBQTBCO0FBQ3ZGLFNBQU87QUFDVDtBQVlPLFNBQVMsNkJBQ2QsU0FDQSxVQUN3QjtBQUN4QixNQUFJLFlBQVksS0FBTSxRQUFPO0FBQzdCLE1BQUksQ0FBQyxXQUFXLFFBQVEsYUFBYSxTQUFTLFdBQVcsR0FBRztBQUMxRCxVQUFNLElBQUk7QUFBQSxNQUNSO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsTUFBSSxXQUFXLFFBQVEsT0FBTyxTQUFTLEtBQUssRUFBRyxRQUFPO0FBQ3RELE1BQUksU0FBUyxZQUFZLFFBQVEsVUFBVyxRQUFPO0FBQ25ELFFBQU0sSUFBSSxXQUFXLGNBQWMsNkRBQTZEO0FBQ2xHO0FBeUNBLGVBQXNCLHVCQUNwQixTQUM0QjtBQUM1QixRQUFNLFdBQ0osUUFBUSxhQUFhLFFBQVEsVUFBVSxjQUFjLFlBQVksWUFBWSxRQUFRO0FBQ3ZGLFFBQU0sWUFBWSxRQUFRLGNBQWMsUUFBUSxTQUFTLGFBQWEsSUFBSTtBQUMxRSxNQUFJO0FBQ0osTUFBSTtBQUNGLFdBQU8sMkJBQTJCLE9BQU87QUFBQSxNQUN2QyxTQUFTO0FBQUEsTUFDVCxhQUFhLFFBQVE7QUFBQSxNQUNyQjtBQUFBLE1BQ0EsYUFBYSxRQUFRO0FBQUEsTUFDckIsWUFBWSxVQUFVLFFBQVEsVUFBVTtBQUFBLE1BQ3hDLGlCQUFpQixFQUFFLDJCQUFnQyxLQUFLLFFBQVEsZ0JBQWdCO0FBQUEsTUFDaEYsV0FBVyxVQUFVLFFBQVEsT0FBTyxTQUFTO0FBQUEsTUFDN0MsYUFBYSxVQUFVLGFBQWEsU0FBUztBQUFBLE1BQzdDLGFBQWEsVUFBVSxhQUFhLFFBQVEsU0FBUztBQUFBLElBQ3ZELENBQUM7QUFBQSxFQUNILFNBQVMsT0FBTztBQUNkLFFBQUksV0FBVyxHQUFHLE9BQU8sV0FBVztBQUNsQyxZQUFNLElBQUksV0FBVyxvQkFBb0IsTUFBTSxTQUFTLEVBQUUsTUFBTSxDQUFDO0FBQ25FLFVBQU07QUFBQSxFQUNSO0FBQ0EsUUFBTSxZQUFZLE1BQU0sYUFBYSxRQUFRLFFBQVEsaUJBQWlCLG1CQUFtQixJQUFJO0FBQzdGLFNBQU8sd0JBQXdCLG1CQUFtQixPQUFPLEVBQUUsTUFBTSxVQUFVLENBQUMsQ0FBQztBQUMvRTtBQUdPLFNBQVMsd0JBQXdCLE9BQXNDO0FBQzVFLFFBQU0sU0FBUyxtQkFBbUIsT0FBTyxLQUFLO0FBQzlDLFFBQU0sT0FBTywyQkFBMkIsT0FBTyxPQUFPLElBQUk7QUFDMUQsU0FBTyxPQUFPLE9BQU87QUFBQSxJQUNuQixPQUFPLE1BQU0sTUFBTTtBQUFBLElBQ25CLGFBQWEsS0FBSztBQUFBLElBQ2xCLFVBQVUsS0FBSztBQUFBLElBQ2YsYUFBYSxLQUFLO0FBQUEsSUFDbEIsWUFBWSxZQUFZLEtBQUssWUFBWSxhQUFhO0FBQUEsSUFDdEQsaUJBQWlCLEtBQUssZ0JBQWlCO0FBQUEsSUFDdkMsV0FBVyxZQUFZLEtBQUssV0FBVyxZQUFZO0FBQUEsSUFDbkQsV0FBVyxPQUFPLEtBQUssV0FBVztBQUFBLElBQ2xDLFdBQVcsYUFBYSxLQUFLLFdBQVc7QUFBQSxFQUMxQyxDQUFDO0FBQ0g7QUE0Qk8sU0FBUyx3QkFDZCxhQUNBLFNBQ2dCO0FBQ2hCLFFBQU1BLE9BQU0saUJBQWlCLE9BQU87QUFDcEMsUUFBTSxjQUFjLGNBQWMsUUFBUSxRQUFRO0FBQ2xELFFBQU0sY0FBYyw2QkFBNkIsUUFBUSx3QkFBd0IsYUFBYTtBQUFBLElBQzVGLEtBQUFBO0FBQUEsRUFDRixDQUFDO0FBQ0QsUUFBTSxTQUFTLG1CQUFtQixPQUFPLFdBQVc7QUFDcEQsUUFBTSxTQUFTLHdCQUF3QixXQUFXO0FBQ2xELE1BQUksQ0FBQyxXQUFXLE9BQU8sYUFBYSxXQUFXLEdBQUc7QUFDaEQsVUFBTSxJQUFJLFdBQVcsa0JBQWtCLGdEQUFnRDtBQUFBLEVBQ3pGO0FBQ0EsTUFBSSxDQUFDLFFBQVEsT0FBTyxXQUFXLFlBQVksVUFBVSxHQUFHO0FBQ3RELFVBQU0sSUFBSTtBQUFBLE1BQ1I7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQTtBQUFBLElBQ0UsWUFBWTtBQUFBLElBQ1osaUJBQWlCO0FBQUEsSUFDakIsT0FBTztBQUFBLElBQ1AsT0FBTztBQUFBLElBQ1A7QUFBQSxFQUNGO0FBQ0Esb0JBQWtCLE9BQU8sV0FBV0EsTUFBSyxvQkFBb0I7QUFDN0QsTUFBSSxRQUFRLGdCQUFnQjtBQUMxQixVQUFNLE9BQ0osUUFBUSwwQkFBMEIsYUFDOUIscUJBQXFCLFFBQVEsZ0JBQWdCO0FBQUEsTUFDM0MsVUFBVTtBQUFBLE1BQ1Ysd0JBQXdCLFlBQVk7QUFBQSxNQUNwQyxLQUFBQTtBQUFBLElBQ0YsQ0FBQyxJQUNELFFBQVE7QUFDZCxRQUFJLENBQUMsV0FBVyxLQUFLLGFBQWEsV0FBVztBQUMzQyxZQUFNLElBQUksV0FBVyxrQkFBa0IsNkNBQTZDO0FBQ3RGLFFBQUksVUFBVSxNQUFNLE9BQU8sUUFBUTtBQUNqQyxZQUFNLElBQUksV0FBVyxXQUFXLHlCQUF5QjtBQUFBLEVBQzdEO0FBQ0EsU0FBTyxPQUFPLE9BQU8sRUFBRSxNQUFNLGtCQUFrQixXQUFXLEdBQUcsUUFBUSxZQUFZLENBQUM7QUFDcEY7QUFRQSxJQUFNLFVBQTBEO0FBQUEsRUFDOUQ7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRjtBQUNBLElBQU0sZUFBZSxPQUFPLFlBQVksT0FBTyxRQUFRLE9BQU8sRUFBRSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFrR2hGLFNBQVMscUJBQXFCLE9BQW1DO0FBQ3RFLFFBQU0sU0FBUyxtQkFBbUIsT0FBTyxLQUFLO0FBQzlDLFFBQU0sT0FBTyx3QkFBd0IsT0FBTyxPQUFPLElBQUk7QUFDdkQsU0FBTyxPQUFPLE9BQU87QUFBQSxJQUNuQixPQUFPLE1BQU0sTUFBTTtBQUFBLElBQ25CLGFBQWEsS0FBSztBQUFBLElBQ2xCLFFBQVEsT0FBTyxLQUFLLE1BQU07QUFBQSxJQUMxQixVQUFVLE9BQU8sS0FBSyxVQUFVO0FBQUEsSUFDaEMsU0FBUyxPQUFPO0FBQUEsTUFDZCxLQUFLLFFBQVE7QUFBQSxRQUFJLENBQUMsTUFDaEIsT0FBTyxPQUFPO0FBQUEsVUFDWixVQUFVLEVBQUU7QUFBQSxVQUNaLFdBQVcsT0FBTyxFQUFFLFdBQVc7QUFBQSxVQUMvQixRQUFRLGFBQWEsRUFBRSxNQUFNO0FBQUEsUUFDL0IsQ0FBQztBQUFBLE1BQ0g7QUFBQSxJQUNGO0FBQUEsSUFDQSxXQUFXLFlBQVksS0FBSyxXQUFXLFlBQVk7QUFBQSxFQUNyRCxDQUFDO0FBQ0g7QUFlTyxTQUFTLHFCQUNkLE1BQ0EsU0FDZ0I7QUFDaEIsUUFBTSxjQUFjLGNBQWMsUUFBUSxRQUFRO0FBQ2xELFFBQU0sU0FBUyxtQkFBbUIsT0FBTyxJQUFJO0FBQzdDLFFBQU0sVUFBVSxxQkFBcUIsSUFBSTtBQUN6QyxNQUFJLENBQUMsV0FBVyxRQUFRLGFBQWEsV0FBVztBQUM5QyxVQUFNLElBQUksV0FBVyxrQkFBa0IsNkNBQTZDO0FBQ3RGLFFBQU0sS0FBdUIsRUFBRSxXQUFXLFdBQVcsT0FBTyxZQUFZO0FBQ3hFLE1BQUk7QUFDSixNQUFJLFFBQVEsUUFBUSxXQUFXLEVBQUUsR0FBRztBQUNsQyxhQUFTO0FBQUEsRUFDWCxPQUFPO0FBQ0wsUUFBSSxRQUFRLDJCQUEyQixRQUFXO0FBQ2hELFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxVQUFNLE1BQU0sNkJBQTZCLFFBQVEsd0JBQXdCLGFBQWEsT0FBTztBQUM3RixRQUFJLENBQUMsUUFBUSxRQUFRLFdBQVcsSUFBSSxVQUFVO0FBQzVDLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUNGLGFBQVMsSUFBSTtBQUFBLEVBQ2Y7QUFDQTtBQUFBLElBQ0U7QUFBQSxJQUNBLGlCQUFpQjtBQUFBLElBQ2pCLE9BQU87QUFBQSxJQUNQLE9BQU87QUFBQSxJQUNQO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdPLFNBQVMsVUFBVSxNQUFzQixVQUErQjtBQUM3RSxTQUFPLEtBQUssUUFBUSxLQUFLLENBQUMsTUFBTSxXQUFXLEVBQUUsVUFBVSxRQUFRLENBQUM7QUFDbEU7OztBQ3RlQSxlQUFzQixpQkFBaUIsU0FBc0Q7QUFDM0YsUUFBTSxNQUFNLE1BQU0sUUFBUSxTQUFTLFVBQVU7QUFBQSxJQUMzQyxZQUFZLFFBQVEsY0FBYyxDQUFDLFdBQVcsTUFBTTtBQUFBLElBQ3BELE9BQU8sb0JBQW9CLFFBQVEsV0FBVztBQUFBLEVBQ2hELENBQUM7QUFDRCxRQUFNLGtCQUFrQixvQkFBb0IsU0FBUztBQUNyRCxNQUFJO0FBQ0YsVUFBTSxjQUFjLE1BQU0sdUJBQXVCO0FBQUEsTUFDL0MsUUFBUSxRQUFRO0FBQUEsTUFDaEIsYUFBYSxRQUFRO0FBQUEsTUFDckIsYUFBYSxRQUFRO0FBQUEsTUFDckIsWUFBWSxJQUFJO0FBQUEsTUFDaEIsaUJBQWlCLGdCQUFnQjtBQUFBLE1BQ2pDLEdBQUksUUFBUSxjQUFjLFNBQVksQ0FBQyxJQUFJLEVBQUUsV0FBVyxRQUFRLFVBQVU7QUFBQSxNQUMxRSxHQUFJLFFBQVEsUUFBUSxFQUFFLE9BQU8sUUFBUSxNQUFNLElBQUksQ0FBQztBQUFBLE1BQ2hELEdBQUksUUFBUSxTQUFTLEVBQUUsUUFBUSxRQUFRLE9BQU8sSUFBSSxDQUFDO0FBQUEsSUFDckQsQ0FBQztBQUNELFdBQU8sRUFBRSxhQUFhLGNBQWMsSUFBSSxJQUFJLGdCQUFnQjtBQUFBLEVBQzlELFNBQVMsS0FBSztBQUVaLFVBQU0sUUFBUSxTQUFTLFVBQVUsSUFBSSxFQUFFO0FBQ3ZDLG9CQUFnQixRQUFRO0FBQ3hCLFVBQU07QUFBQSxFQUNSO0FBQ0Y7QUFHQSxlQUFzQixhQUFhLFVBQW9CLGNBQXVDO0FBQzVGLFFBQU0sTUFBTSxNQUFNLFNBQVMsT0FBTyxZQUFZO0FBQzlDLE1BQUksUUFBUTtBQUNWLFVBQU0sSUFBSSxXQUFXLGlCQUFpQiw0Q0FBNEM7QUFDcEYsU0FBTyxlQUFlLFVBQVUsR0FBRztBQUNyQzs7O0FDdkNBLElBQU0sYUFBNEMsQ0FBQyxXQUFXLE1BQU07QUFFcEUsU0FBUyxZQUFZLFdBQStCLFFBQWdDO0FBQ2xGLFNBQU8sY0FBYyxZQUNqQixPQUFPLEVBQUUsaUJBQWlCLE1BQU0sSUFDaEMsT0FBTyxFQUFFLGNBQWMsTUFBTTtBQUNuQztBQUVBLFNBQVMsVUFBVSxXQUEyQztBQUc1RCxhQUFTO0FBQ1AsVUFBTSxTQUFTLE9BQU8sRUFBRSxZQUFZLEVBQUU7QUFDdEMsUUFBSSxjQUFjLFVBQVcsUUFBTztBQUNwQyxRQUFJO0FBQ0Ysa0JBQVksUUFBUSxNQUFNO0FBQzFCLGFBQU87QUFBQSxJQUNULFFBQVE7QUFDTjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxJQUFNLG1CQUFOLE1BQTJDO0FBQUEsRUFDaEMsT0FBTztBQUFBLEVBQ1AsUUFBUSxvQkFBSSxJQUFtQjtBQUFBLEVBQy9CO0FBQUEsRUFFVCxZQUFZLFNBQWtDO0FBQzVDLFNBQUssWUFBWSxRQUFRO0FBQ3pCLGVBQVcsVUFBVSxRQUFRLFFBQVEsQ0FBQyxHQUFHO0FBQ3ZDLFVBQUksQ0FBQyxXQUFXLFNBQVMsT0FBTyxTQUFTO0FBQ3ZDLGNBQU0sSUFBSSxXQUFXLHlCQUF5QixxQkFBcUIsT0FBTyxTQUFTLEVBQUU7QUFDdkYsWUFBTSxTQUFTQyxTQUFRLE9BQU8sVUFBVTtBQUN4QyxVQUFJLE9BQU8sV0FBVztBQUNwQixjQUFNLElBQUksV0FBVyxlQUFlLDJDQUEyQztBQUNqRixVQUFJO0FBQ0osVUFBSTtBQUNGLG9CQUFZLFlBQVksT0FBTyxXQUFXLE1BQU07QUFBQSxNQUNsRCxTQUFTLE9BQU87QUFDZCxjQUFNLElBQUksV0FBVyxlQUFlLDZDQUE2QyxFQUFFLE1BQU0sQ0FBQztBQUFBLE1BQzVGO0FBQ0EsV0FBSyxNQUFNLElBQUksT0FBTyxJQUFJO0FBQUEsUUFDeEI7QUFBQSxRQUNBLE1BQU0sT0FBTyxPQUFPO0FBQUEsVUFDbEIsSUFBSSxPQUFPO0FBQUEsVUFDWCxXQUFXLE9BQU87QUFBQSxVQUNsQixXQUFXLE9BQU8sT0FBTyxFQUFFLFdBQVcsT0FBTyxXQUFXLE9BQU8sVUFBVSxDQUFDO0FBQUEsVUFDMUUsYUFBYSxPQUFPO0FBQUEsVUFDcEIsT0FBTyxPQUFPO0FBQUEsUUFDaEIsQ0FBQztBQUFBLE1BQ0gsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGO0FBQUEsRUFFQSxNQUFNLHNCQUE4RDtBQUNsRSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsTUFBTSxVQUFVLFVBQTRCLENBQUMsR0FBcUI7QUFDaEUsVUFBTSxhQUFhLFFBQVEsY0FBYyxZQUFZLEtBQUssQ0FBQyxNQUFNLFdBQVcsU0FBUyxDQUFDLENBQUM7QUFDdkYsUUFBSSxjQUFjO0FBQ2hCLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUNGLFVBQU0sU0FBUyxVQUFVLFNBQVM7QUFDbEMsVUFBTSxLQUFLLE1BQU0sT0FBTyxFQUFFLFlBQVksRUFBRSxDQUFDO0FBQ3pDLFVBQU0sT0FBZ0IsT0FBTyxPQUFPO0FBQUEsTUFDbEM7QUFBQSxNQUNBO0FBQUEsTUFDQSxXQUFXLE9BQU8sT0FBTyxFQUFFLFdBQVcsT0FBTyxZQUFZLFdBQVcsTUFBTSxFQUFFLENBQUM7QUFBQSxNQUM3RSxhQUFhLFFBQVEsZUFBZTtBQUFBLE1BQ3BDLE9BQU8sUUFBUSxTQUFTO0FBQUEsSUFDMUIsQ0FBQztBQUNELFNBQUssTUFBTSxJQUFJLElBQUksRUFBRSxNQUFNLE9BQU8sQ0FBQztBQUNuQyxRQUFJO0FBQ0YsWUFBTSxLQUFLLFNBQVM7QUFBQSxJQUN0QixTQUFTLEtBQUs7QUFFWixXQUFLLE1BQU0sT0FBTyxFQUFFO0FBQ3BCLFdBQUssTUFBTTtBQUNYLFlBQU07QUFBQSxJQUNSO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE1BQU0sT0FBTyxJQUFxQztBQUNoRCxXQUFPLEtBQUssTUFBTSxJQUFJLEVBQUUsR0FBRyxRQUFRO0FBQUEsRUFDckM7QUFBQSxFQUVBLE1BQU0sV0FBK0I7QUFDbkMsV0FBTyxDQUFDLEdBQUcsS0FBSyxNQUFNLE9BQU8sQ0FBQyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSTtBQUFBLEVBQ25EO0FBQUEsRUFFQSxNQUFNLEtBQUssSUFBWSxTQUEwQztBQUMvRCxVQUFNLFFBQVEsS0FBSyxPQUFPLEVBQUU7QUFDNUIsV0FBTyxNQUFNLEtBQUssY0FBYyxZQUM1QixPQUFPLEVBQUUsWUFBWSxNQUFNLFFBQVEsT0FBTyxJQUMxQyxPQUFPLEVBQUUsU0FBUyxNQUFNLFFBQVEsT0FBTztBQUFBLEVBQzdDO0FBQUEsRUFFQSxNQUFNLGlCQUFpQixJQUFpQztBQUN0RCxVQUFNLFFBQVEsS0FBSyxPQUFPLEVBQUU7QUFDNUIsUUFBSSxDQUFDLE1BQU0sS0FBSztBQUNkLFlBQU0sSUFBSSxXQUFXLHVCQUF1QixpQ0FBaUM7QUFDL0UsV0FBTyxNQUFNLE9BQU8sTUFBTTtBQUFBLEVBQzVCO0FBQUEsRUFFQSxNQUFNLFVBQVUsSUFBMkI7QUFDekMsVUFBTSxRQUFRLEtBQUssTUFBTSxJQUFJLEVBQUU7QUFDL0IsUUFBSSxDQUFDLE1BQU87QUFDWixTQUFLLE1BQU0sTUFBTTtBQUNqQixTQUFLLE1BQU0sT0FBTyxFQUFFO0FBQ3BCLFVBQU0sS0FBSyxTQUFTO0FBQUEsRUFDdEI7QUFBQSxFQUVBLE9BQU8sSUFBbUI7QUFDeEIsVUFBTSxRQUFRLEtBQUssTUFBTSxJQUFJLEVBQUU7QUFDL0IsUUFBSSxDQUFDLE1BQU8sT0FBTSxJQUFJLFdBQVcsaUJBQWlCLGFBQWE7QUFDL0QsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE1BQU0sV0FBMEI7QUFDOUIsUUFBSSxDQUFDLEtBQUssVUFBVztBQUNyQixVQUFNLFVBQVUsQ0FBQyxHQUFHLEtBQUssTUFBTSxPQUFPLENBQUMsRUFBRSxJQUFJLENBQUMsT0FBTztBQUFBLE1BQ25ELElBQUksRUFBRSxLQUFLO0FBQUEsTUFDWCxXQUFXLEVBQUUsS0FBSztBQUFBLE1BQ2xCLFlBQVksTUFBTSxFQUFFLE1BQU07QUFBQSxNQUMxQixhQUFhLEVBQUUsS0FBSztBQUFBLE1BQ3BCLE9BQU8sRUFBRSxLQUFLO0FBQUEsSUFDaEIsRUFBRTtBQUNGLFFBQUk7QUFDRixZQUFNLEtBQUssVUFBVSxPQUFPO0FBQUEsSUFDOUIsU0FBUyxPQUFPO0FBQ2QsWUFBTSxJQUFJLFdBQVcsWUFBWSw0Q0FBNEMsRUFBRSxNQUFNLENBQUM7QUFBQSxJQUN4RjtBQUFBLEVBQ0Y7QUFBQSxFQUVBLFNBQXlDO0FBQ3ZDLFdBQU8sRUFBRSxNQUFNLEtBQUssTUFBTSxNQUFNLEtBQUssTUFBTSxLQUFLO0FBQUEsRUFDbEQ7QUFBQSxFQUVBLFdBQW1CO0FBQ2pCLFdBQU8sb0JBQW9CLEtBQUssTUFBTSxJQUFJO0FBQUEsRUFDNUM7QUFBQSxFQUVBLENBQUMsT0FBTyxJQUFZO0FBQ2xCLFdBQU8sS0FBSyxTQUFTO0FBQUEsRUFDdkI7QUFDRjtBQWFPLFNBQVMsaUJBQWlCLFVBQW1DLENBQUMsR0FBYTtBQUNoRixTQUFPLElBQUksaUJBQWlCLE9BQU87QUFDckM7OztBQ3RNTyxJQUFNLFNBQVM7QUFBQTtBQUFBLEVBRXBCLFNBQVM7QUFBQTtBQUFBLEVBRVQsc0JBQXNCO0FBQUE7QUFBQSxFQUV0QixzQkFBc0IsS0FBSyxLQUFLLEtBQUssS0FBSztBQUFBO0FBQUEsRUFFMUMsY0FBYztBQUFBO0FBQUEsRUFFZCxtQkFBbUI7QUFBQTtBQUFBLEVBRW5CLG1CQUFtQjtBQUFBO0FBQUEsRUFFbkIsb0JBQW9CO0FBQUE7QUFBQSxFQUVwQix3QkFBd0IsS0FBSyxLQUFLO0FBQ3BDO0FBR08sSUFBTSxTQUFTO0FBQUEsRUFDcEIsV0FBVztBQUFBLEVBQ1gsU0FBUztBQUFBLEVBQ1QsYUFBYTtBQUFBLEVBQ2IsV0FBVztBQUFBLEVBQ1gsbUJBQW1CO0FBQUEsRUFDbkIsVUFBVTtBQUNaO0FBR08sSUFBTSxRQUFRO0FBQUEsRUFDbkIsUUFBUTtBQUFBLEVBQ1Isb0JBQW9CO0FBQUEsRUFDcEIscUJBQXFCO0FBQUEsRUFDckIsV0FBVztBQUFBLEVBQ1gsU0FBUztBQUFBLEVBQ1QsVUFBVTtBQUFBLEVBQ1YsWUFBWTtBQUFBLEVBQ1osU0FBUztBQUFBLEVBQ1QsV0FBVztBQUFBLEVBQ1gsYUFBYTtBQUFBLEVBQ2IsS0FBSztBQUNQOzs7QUN6Q0EsU0FBUyxVQUFBQyxlQUFjOzs7QUNBdkIsU0FBUyxZQUFBQyxXQUFVLFlBQUFDLFdBQVUsZUFBQUMsb0JBQW1CO0FBTXpDLElBQU0sMEJBQ1gsZ0JBQUFELFVBQVMsNGtGQUE0a0Y7QUF3Q2hsRixJQUFNLDBCQUNYLGdCQUFBQyxhQUFZLHlCQUF5QixDQUFDO0FBd0JqQyxJQUFNLDRCQUNYLGdCQUFBQSxhQUFZLHlCQUF5QixDQUFDO0FBaUpqQyxJQUFNLHFCQUNYLGdCQUFBQSxhQUFZLHlCQUF5QixDQUFDO0FBc0NqQyxJQUFNLHNCQUNYLGdCQUFBQSxhQUFZLHlCQUF5QixDQUFDO0FBc0NqQyxJQUFNLHNCQUNYLGdCQUFBQSxhQUFZLHlCQUF5QixDQUFDO0FBZ0VqQyxJQUFNLHVCQUNYLGdCQUFBQSxhQUFZLHlCQUF5QixDQUFDO0FBMEJqQyxJQUFNLHdCQUNYLGdCQUFBQSxhQUFZLHlCQUF5QixDQUFDO0FBc0RqQyxJQUFNLHFCQUNYLGdCQUFBQSxhQUFZLHlCQUF5QixDQUFDO0FBdUNqQyxJQUFNLDhCQUNYLGdCQUFBQSxhQUFZLHlCQUF5QixDQUFDOzs7QUN4ZXhDLFNBQVMsVUFBQUMsU0FBUSxjQUFBQyxhQUFZLFlBQUFDLGlCQUFnQjtBQW1CdEMsSUFBTSxnQkFBZ0I7QUFFN0IsU0FBUyxhQUNQLFFBQ0EsT0FDQSxNQUNpQjtBQUNqQixNQUFJO0FBQ0osTUFBSTtBQUNGLGFBQVNDLFlBQVcsUUFBUSxPQUFPLEVBQUUsbUJBQW1CLE1BQU0sQ0FBQztBQUFBLEVBQ2pFLFNBQVMsT0FBTztBQUNkLFVBQU0sSUFBSSxXQUFXLGFBQWEsR0FBRyxJQUFJLHdCQUF3QixFQUFFLE1BQU0sQ0FBQztBQUFBLEVBQzVFO0FBQ0EsUUFBTSxVQUFXLE9BQWdDO0FBQ2pELE1BQUksWUFBWTtBQUNkLFVBQU0sSUFBSTtBQUFBLE1BQ1I7QUFBQSxNQUNBLEdBQUcsSUFBSSx1QkFBdUIsT0FBTyxPQUFPLENBQUMsd0JBQXdCLGFBQWE7QUFBQSxJQUNwRjtBQUNGLFNBQU87QUFDVDtBQUdPLFNBQVMsb0JBQW9CLE9BQWtDO0FBQ3BFLFFBQU0sU0FBUyxhQUFhLHFCQUFxQixPQUFPLFNBQVM7QUFDakUsYUFBVyxTQUFTLENBQUMsT0FBTyxTQUFTLEdBQUcsT0FBTyxRQUFRLEdBQUc7QUFDeEQsUUFBSSxVQUFVLFVBQWEsTUFBTSxZQUFZO0FBQzNDLFlBQU0sSUFBSSxXQUFXLHVCQUF1QixzQ0FBc0M7QUFBQSxFQUN0RjtBQUNBLFNBQU87QUFDVDtBQUdPLFNBQVMsb0JBQW9CLFFBQW1DO0FBQ3JFLFNBQU9DLFVBQVMscUJBQXFCLE1BQU07QUFDN0M7QUFHTyxTQUFTLHFCQUFvQztBQUNsRCxTQUFPQyxRQUFPLHFCQUFxQixFQUFFLFNBQVMsY0FBYyxDQUFDO0FBQy9EO0FBR08sU0FBUyxzQkFBc0IsT0FBb0M7QUFDeEUsUUFBTSxTQUFTLGFBQWEsdUJBQXVCLE9BQU8sWUFBWTtBQUN0RSxhQUFXLEtBQUssT0FBTztBQUNyQixRQUFJLEVBQUUsWUFBWTtBQUNoQixZQUFNLElBQUksV0FBVyx1QkFBdUIseUNBQXlDO0FBQ3pGLFNBQU87QUFDVDtBQUdPLFNBQVMsc0JBQXNCLFFBQXFDO0FBQ3pFLFNBQU9ELFVBQVMsdUJBQXVCLE1BQU07QUFDL0M7QUFHTyxTQUFTLG1CQUFtQixPQUFtQixNQUFnQztBQUNwRixRQUFNLFNBQVMsYUFBYSxvQkFBb0IsT0FBTyxRQUFRO0FBQy9ELE1BQUksT0FBTyxTQUFTLFVBQVUsSUFBSTtBQUNoQyxVQUFNLElBQUksV0FBVyxhQUFhLDBCQUEwQixJQUFJLFNBQVM7QUFDM0UsUUFBTSxXQUFXLFNBQVMsUUFBUSxLQUFLO0FBQ3ZDLE1BQUksT0FBTyxPQUFPLFdBQVc7QUFDM0IsVUFBTSxJQUFJLFdBQVcsYUFBYSw4Q0FBOEM7QUFDbEYsU0FBTztBQUNUO0FBR08sU0FBUyxtQkFBbUIsUUFBa0M7QUFDbkUsU0FBT0EsVUFBUyxvQkFBb0IsTUFBTTtBQUM1QztBQUdPLFNBQVMsNEJBQTRCLE9BQTBDO0FBQ3BGLFNBQU8sYUFBYSw2QkFBNkIsT0FBTyxrQkFBa0I7QUFDNUU7QUFHTyxTQUFTLDRCQUE0QixRQUEyQztBQUNyRixTQUFPQSxVQUFTLDZCQUE2QixNQUFNO0FBQ3JEO0FBR08sSUFBTSxZQUFnRDtBQUFBLEVBQzNEO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRjs7O0FGMUNPLFNBQVMsWUFBWSxTQU1aO0FBQ2QsUUFBTSxNQUFNLDZCQUE2QixRQUFRLHNCQUFzQjtBQUN2RSxRQUFNLEVBQUUsUUFBUSxLQUFLLElBQUksd0JBQXdCLFFBQVEsbUJBQW1CO0FBQUEsSUFDMUUsVUFBVSxJQUFJO0FBQUEsSUFDZCx3QkFBd0IsUUFBUTtBQUFBLElBQ2hDLEdBQUksUUFBUSxRQUFRLFNBQVksQ0FBQyxJQUFJLEVBQUUsS0FBSyxRQUFRLElBQUk7QUFBQSxFQUMxRCxDQUFDO0FBQ0QsTUFBSSxDQUFDLFdBQVcsT0FBTyxpQkFBaUIsUUFBUSxnQkFBZ0IsU0FBUyxHQUFHO0FBQzFFLFVBQU0sSUFBSSxXQUFXLGVBQWUseURBQXlEO0FBQUEsRUFDL0Y7QUFDQSxNQUNFLE9BQU8sV0FBVyxjQUFjLFFBQVEsT0FBTyxVQUFVLGFBQ3pELENBQUMsV0FBVyxPQUFPLFdBQVcsT0FBTyxRQUFRLE9BQU8sVUFBVSxLQUFLLEdBQ25FO0FBQ0EsVUFBTSxJQUFJLFdBQVcsZUFBZSw4Q0FBOEM7QUFBQSxFQUNwRjtBQUNBLFNBQU8sT0FBTyxPQUFPO0FBQUEsSUFDbkI7QUFBQSxJQUNBLGFBQWEsSUFBSTtBQUFBLElBQ2pCLFVBQVUsT0FBTztBQUFBLElBQ2pCLG1CQUFtQixRQUFRO0FBQUEsSUFDM0Isd0JBQXdCLFFBQVE7QUFBQSxJQUNoQyxpQkFBaUIsUUFBUTtBQUFBLElBQ3pCLFFBQVEsUUFBUTtBQUFBLEVBQ2xCLENBQUM7QUFDSDtBQVFBLFNBQVMsUUFBUSxJQUFrQjtBQUNqQyxNQUFJLENBQUMsT0FBTyxVQUFVLEVBQUUsS0FBSyxLQUFLLEtBQUssS0FBSztBQUMxQyxVQUFNLElBQUksV0FBVyxvQkFBb0IsNENBQTRDO0FBQ3pGO0FBR0EsZUFBc0IsbUJBQ3BCLFFBQ0EsT0FDQSxJQUNBLFVBQXlCLENBQUMsR0FDTDtBQUNyQixVQUFRLEVBQUU7QUFDVixRQUFNLFVBQVUsUUFBUSxVQUFVLGNBQWMsWUFBWSxNQUFNLE1BQU07QUFDeEUsUUFBTSxjQUFjLFVBQVUsY0FBYyxRQUFRLFNBQVMsYUFBYSxJQUFJLENBQUM7QUFDL0UsUUFBTSxPQUFPLGdCQUFnQixPQUFPO0FBQUEsSUFDbEMsU0FBUztBQUFBLElBQ1QsT0FBTztBQUFBLElBQ1AsV0FBVyxFQUFFLDJCQUFnQyxLQUFLLE9BQU8sRUFBRSxnQkFBZ0IsTUFBTSxFQUFFO0FBQUEsSUFDbkY7QUFBQSxFQUNGLENBQUM7QUFDRCxRQUFNLFNBQVMsa0JBQWtCLE9BQU87QUFBQSxJQUN0QztBQUFBLElBQ0EsV0FBVyxNQUFNLGFBQWEsT0FBTyxRQUFRLGlCQUFpQixjQUFjLElBQUk7QUFBQSxFQUNsRixDQUFDO0FBQ0QsUUFBTSxNQUFNO0FBQUEsSUFDVjtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsTUFDRUUsUUFBTyxvQkFBb0I7QUFBQSxRQUN6QixTQUFTO0FBQUEsUUFDVCxNQUFNLFVBQVU7QUFBQSxRQUNoQixPQUFPO0FBQUEsUUFDUDtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsTUFDRixDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxlQUFzQixnQkFDcEIsUUFDQSxPQUNBLElBQ0EsVUFBb0QsQ0FBQyxHQUNoQztBQUNyQixVQUFRLEVBQUU7QUFDVixRQUFNLFFBQVEsUUFBUSxVQUFVLGNBQWMsWUFBWSxNQUFNLFNBQVM7QUFDekUsUUFBTSxjQUFjLFVBQVUsY0FBYyxRQUFRLFNBQVMsYUFBYSxJQUFJLENBQUM7QUFDL0UsUUFBTSxhQUFhLFFBQVEsY0FBYztBQUN6QyxRQUFNLE9BQU8sZ0JBQWdCLE9BQU87QUFBQSxJQUNsQyxTQUFTO0FBQUEsSUFDVCxPQUFPO0FBQUEsSUFDUCxXQUFXLEVBQUUsZ0NBQXFDLEtBQUssT0FBTyxFQUFFLG1CQUFtQixJQUFJLEVBQUU7QUFBQSxJQUN6RjtBQUFBLElBQ0E7QUFBQSxFQUNGLENBQUM7QUFDRCxRQUFNLFNBQVMsa0JBQWtCLE9BQU87QUFBQSxJQUN0QztBQUFBLElBQ0EsV0FBVyxNQUFNLGFBQWEsT0FBTyxRQUFRLGlCQUFpQixjQUFjLElBQUk7QUFBQSxFQUNsRixDQUFDO0FBQ0QsUUFBTSxNQUFNO0FBQUEsSUFDVjtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsTUFDRUEsUUFBTyxvQkFBb0I7QUFBQSxRQUN6QixTQUFTO0FBQUEsUUFDVCxNQUFNLFVBQVU7QUFBQSxRQUNoQixPQUFPO0FBQUEsUUFDUCxRQUFRO0FBQUEsUUFDUjtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsTUFDRixDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxlQUFzQixxQkFDcEIsT0FDQSxTQUNBLE9BQ0EsVUFBeUIsQ0FBQyxHQUNIO0FBQ3ZCLE1BQUksQ0FBQyxPQUFPLFVBQVUsS0FBSyxLQUFLLFFBQVEsS0FBSyxRQUFRO0FBQ25ELFVBQU0sSUFBSSxXQUFXLG9CQUFvQix3QkFBd0I7QUFDbkUsVUFBUSxPQUFPO0FBQ2YsVUFBUSxVQUFVLEtBQUssSUFBSSxRQUFRLEdBQUcsQ0FBQyxDQUFDO0FBQ3hDLFFBQU0sTUFBb0IsQ0FBQztBQUMzQixRQUFNLGNBQWMsVUFBVSxjQUFjLFFBQVEsU0FBUyxhQUFhLElBQUksQ0FBQztBQUMvRSxXQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sS0FBSztBQUM5QixVQUFNLEtBQUssVUFBVTtBQUNyQixVQUFNLFVBQVUsUUFBUSxVQUFVLGNBQWMsWUFBWSxNQUFNLE1BQU07QUFDeEUsVUFBTSxNQUFNO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsUUFDRUEsUUFBTyxvQkFBb0I7QUFBQSxVQUN6QixTQUFTO0FBQUEsVUFDVCxNQUFNLFVBQVUsVUFBVTtBQUFBLFVBQzFCLE9BQU87QUFBQSxVQUNQO0FBQUEsVUFDQTtBQUFBLFFBQ0YsQ0FBQztBQUFBLE1BQ0g7QUFBQSxJQUNGO0FBQ0EsUUFBSSxLQUFLLG1CQUFtQixPQUFPLEVBQUUsT0FBTyxJQUFJLFdBQVcsT0FBTyxFQUFFLGdCQUFnQixNQUFNLEVBQUUsQ0FBQyxDQUFDO0FBQUEsRUFDaEc7QUFDQSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLG1CQUFtQixTQUtwQjtBQUNiLFNBQU8sa0JBQWtCLE9BQU87QUFBQSxJQUM5QixTQUFTO0FBQUEsSUFDVCx3QkFBd0IsbUJBQW1CLE9BQU8sUUFBUSxPQUFPLHNCQUFzQjtBQUFBLElBQ3ZGLG1CQUFtQixtQkFBbUIsT0FBTyxRQUFRLE9BQU8saUJBQWlCO0FBQUEsSUFDN0UsY0FBYyxrQkFBa0IsT0FBTyxRQUFRLFlBQVk7QUFBQSxJQUMzRCxXQUFXLGtCQUFrQixPQUFPLFFBQVEsU0FBUztBQUFBLElBQ3JELEdBQUksUUFBUSxnQkFDUixFQUFFLGVBQWUsbUJBQW1CLE9BQU8sUUFBUSxhQUFhLEVBQUUsSUFDbEUsQ0FBQztBQUFBLEVBQ1AsQ0FBQztBQUNIO0FBeUJPLFNBQVMsbUJBQ2QsT0FDQSxVQUlJLENBQUMsR0FDaUI7QUFDdEIsUUFBTUMsT0FBTSxpQkFBaUIsT0FBTztBQUNwQyxRQUFNLFNBQVMsa0JBQWtCLE9BQU8sS0FBSztBQUM3QyxRQUFNLFdBQVcsbUJBQW1CLE9BQU8sT0FBTyxzQkFBdUI7QUFDekUsUUFBTSxZQUFZLDZCQUE2QixRQUFRO0FBQ3ZELFFBQU0sT0FBTyxrQkFBa0IsVUFBVSxXQUFXO0FBQ3BELE1BQUksUUFBUSxpQkFBaUIsVUFBYSxRQUFRLGlCQUFpQixNQUFNO0FBQ3ZFLFVBQU0sSUFBSSxXQUFXLHNCQUFzQixvQ0FBb0M7QUFBQSxFQUNqRjtBQUNBLFFBQU0sVUFBVSxhQUFhLFVBQVUsYUFBYSxVQUFVLFFBQVEsT0FBT0EsSUFBRztBQUNoRixRQUFNLEVBQUUsT0FBTyxJQUFJLHdCQUF3QixtQkFBbUIsT0FBTyxPQUFPLGlCQUFrQixHQUFHO0FBQUEsSUFDL0YsVUFBVSxVQUFVO0FBQUEsSUFDcEIsd0JBQXdCLFFBQVEsdUJBQXVCO0FBQUEsSUFDdkQsZ0JBQWdCLFFBQVE7QUFBQSxJQUN4QixLQUFBQTtBQUFBLEVBQ0YsQ0FBQztBQUNELFFBQU0sTUFBTSxtQkFBbUIsT0FBTyxjQUFlLHNCQUEyQjtBQUNoRixRQUFNLE1BQU0sbUJBQW1CLE9BQU8sV0FBWSwyQkFBZ0M7QUFDbEYsU0FBTyxPQUFPLE9BQU87QUFBQSxJQUNuQjtBQUFBLElBQ0E7QUFBQSxJQUNBLHdCQUF3QixRQUFRO0FBQUEsSUFDaEMsZ0JBQWdCLFFBQVE7QUFBQSxJQUN4QixjQUFjLEVBQUUsSUFBSSxJQUFJLE9BQU8sV0FBVyxJQUFJLFVBQVcsSUFBSTtBQUFBLElBQzdELGVBQWUsT0FBTyxnQkFDbEIsRUFBRSxJQUFJLE9BQU8sY0FBYyxPQUFPLFdBQVcsT0FBTyxjQUFjLFVBQVUsSUFDNUU7QUFBQSxJQUNKLFdBQVcsRUFBRSxJQUFJLElBQUksT0FBTyxXQUFXLElBQUksVUFBVyxLQUFLLFlBQVksSUFBSSxXQUFXO0FBQUEsRUFDeEYsQ0FBQztBQUNIO0FBT08sU0FBUyxhQUNkLGFBQ0Esc0JBQ0EsT0FFQUEsTUFDMkY7QUFDM0YsUUFBTSxZQUFZLDZCQUE2QixzQkFBc0IsYUFBYSxFQUFFLEtBQUFBLEtBQUksQ0FBQztBQUN6RixRQUFNLE9BQU8sT0FBTyx5QkFDaEIsNkJBQTZCLE1BQU0sc0JBQXNCLElBQ3pEO0FBQ0osUUFBTSx5QkFBeUIsNkJBQTZCLE1BQU0sU0FBUztBQUMzRSxNQUFJLGlCQUF3QztBQUM1QyxNQUFJLE9BQU8sZ0JBQWdCO0FBQ3pCLFFBQUk7QUFDRix1QkFBaUIscUJBQXFCLE1BQU0sZ0JBQWdCO0FBQUEsUUFDMUQsVUFBVTtBQUFBLFFBQ1Ysd0JBQXdCLHVCQUF1QjtBQUFBLFFBQy9DLEtBQUFBO0FBQUEsTUFDRixDQUFDO0FBQUEsSUFDSCxTQUFTLEtBQUs7QUFFWixVQUFJLENBQUMsV0FBVyxHQUFHLEtBQUssZ0JBQWdCLEVBQUcsT0FBTTtBQUNqRCx1QkFBaUI7QUFBQSxJQUNuQjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEVBQUUsd0JBQXdCLGVBQWU7QUFDbEQ7QUFFQSxTQUFTLG1CQUNQLFFBQ0EsUUFDQSxXQUMyQztBQUMzQyxRQUFNLE9BQU8sZ0JBQWdCLE9BQU8sT0FBTyxJQUFJO0FBQy9DLE1BQUksS0FBSyxVQUFXLGNBQWM7QUFDaEMsVUFBTSxJQUFJLFdBQVcsYUFBYSw0REFBNEQ7QUFDaEc7QUFBQSxJQUNFLE9BQU87QUFBQSxJQUNQLGlCQUFpQjtBQUFBLElBQ2pCLE9BQU87QUFBQSxJQUNQLE9BQU87QUFBQSxJQUNQO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDs7O0FHeFZBLFNBQVMsT0FBTyxVQUFBQyxlQUFjOzs7QUNBOUIsU0FBUyxVQUFBQyxlQUFjOzs7QUNGdkIsSUFBTSxZQUFZLEtBQUssT0FBTyxPQUFPO0FBQ3JDLElBQU0sZUFBZSxLQUFLLE9BQU8sV0FBVztBQUM1QyxJQUFNLHNCQUFzQixLQUFLLE9BQU8saUJBQWlCO0FBQ3pELElBQU0sWUFBWSxJQUFJLFdBQVcsRUFBRTtBQUNuQyxJQUFNLE1BQU0sV0FBVyxHQUFHLENBQUk7QUFDOUIsSUFBTSxNQUFNLFdBQVcsR0FBRyxDQUFJO0FBUXZCLFNBQVMsV0FDZCxTQUNBLFVBQzBFO0FBQzFFLFFBQU0sTUFBTSxPQUFPLEVBQUUsV0FBVyxVQUFVLFNBQVMsV0FBVyxFQUFFO0FBQ2hFLFNBQU87QUFBQSxJQUNMLFNBQVMsSUFBSSxNQUFNLEdBQUcsRUFBRTtBQUFBLElBQ3hCLFVBQVUsSUFBSSxNQUFNLElBQUksRUFBRTtBQUFBLElBQzFCLGVBQWUsSUFBSSxNQUFNLElBQUksRUFBRTtBQUFBLEVBQ2pDO0FBQ0Y7QUFHTyxTQUFTLFlBQVksVUFHMUI7QUFDQSxRQUFNLElBQUksT0FBTztBQUNqQixTQUFPLEVBQUUsWUFBWSxFQUFFLFdBQVcsVUFBVSxHQUFHLEdBQUcsVUFBVSxFQUFFLFdBQVcsVUFBVSxHQUFHLEVBQUU7QUFDMUY7QUFHTyxTQUFTLG1CQUNkLFlBQ0EsUUFBUSxPQUNnQztBQUN4QyxRQUFNLE1BQU0sT0FBTyxFQUFFO0FBQUEsSUFDbkI7QUFBQSxJQUNBO0FBQUEsSUFDQSxRQUFRLHNCQUFzQjtBQUFBLElBQzlCLE1BQU0sVUFBVSxNQUFNO0FBQUEsRUFDeEI7QUFDQSxTQUFPLEVBQUUsS0FBSyxJQUFJLFNBQVMsR0FBRyxFQUFFLEdBQUcsT0FBTyxJQUFJLFNBQVMsSUFBSSxFQUFFLEVBQUU7QUFDakU7QUFHTyxTQUFTLGtCQUFrQixPQUFpQztBQUNqRSxRQUFNLE1BQW9CLENBQUM7QUFDM0IsYUFBVyxLQUFLLE1BQU8sS0FBSSxLQUFLLE1BQU0sRUFBRSxNQUFNLEdBQUcsQ0FBQztBQUNsRCxTQUFPLE9BQU8sR0FBRyxHQUFHO0FBQ3RCOzs7QUR4QkEsU0FBUyxHQUFHLFFBQW9CLFdBQW1DO0FBQ2pFLFFBQU0sTUFBTSxPQUFPLEVBQUUsT0FBTyxRQUFRLFNBQVM7QUFDN0MsTUFBSSxRQUFRLEtBQU0sT0FBTSxJQUFJLFdBQVcsa0JBQWtCLGtDQUFrQztBQUMzRixTQUFPO0FBQ1Q7QUFFQSxTQUFTLGlCQUFpQkMsU0FBa0M7QUFDMUQsU0FBT0EsUUFBTyxZQUFZLE1BQU0sTUFBTTtBQUN4QztBQUdPLFNBQVMsb0JBQW9CLFNBU25CO0FBQ2YsUUFBTSxnQkFBZ0IsaUJBQWlCLFFBQVEsTUFBTTtBQUNyRCxRQUFNLFVBQVUsV0FBVyxRQUFRLFFBQVEsU0FBUyxHQUFHLGVBQWUsUUFBUSxnQkFBZ0IsQ0FBQztBQUMvRixRQUFNLEtBQUssUUFBUTtBQUNuQixTQUFPQyxRQUFPLG9CQUFvQjtBQUFBLElBQ2hDLFNBQVM7QUFBQSxJQUNULFdBQVcsUUFBUTtBQUFBLElBQ25CLFNBQVMsUUFBUTtBQUFBLElBQ2pCLHNCQUFzQjtBQUFBLElBQ3RCLHFCQUFxQixRQUFRO0FBQUEsSUFDN0IsaUJBQWlCLFFBQVE7QUFBQSxJQUN6QixrQkFBa0I7QUFBQSxJQUNsQixrQkFBa0IsS0FBSyxRQUFRLFFBQVEscUJBQXFCLElBQUksV0FBVyxDQUFDO0FBQUEsSUFDNUUsc0JBQXNCLEtBQUssUUFBUSxnQkFBZ0IsSUFBSSxXQUFXLENBQUM7QUFBQSxJQUNuRSx3QkFBd0IsS0FBSyxRQUFRLFFBQVEseUJBQXlCLElBQUksV0FBVyxDQUFDO0FBQUEsSUFDdEYsZUFBZSxRQUFRO0FBQUEsSUFDdkIsU0FBUyxRQUFRLFFBQVE7QUFBQSxJQUN6QixtQkFBbUIsUUFBUTtBQUFBLElBQzNCLGFBQWEsT0FBTyxRQUFRLEdBQUc7QUFBQSxFQUNqQyxDQUFDO0FBQ0g7QUFHTyxTQUFTLG9CQUFvQixTQVFuQjtBQUNmLFFBQU0sS0FBSyxRQUFRO0FBQ25CLFNBQU9BLFFBQU8sb0JBQW9CO0FBQUEsSUFDaEMsU0FBUztBQUFBLElBQ1QsV0FBVyxRQUFRO0FBQUEsSUFDbkIsU0FBUyxRQUFRLFFBQVE7QUFBQSxJQUN6QixzQkFBc0IsUUFBUTtBQUFBLElBQzlCLGtCQUFrQjtBQUFBLElBQ2xCLHNCQUFzQixLQUFLLFFBQVEsUUFBUSx5QkFBeUIsSUFBSSxXQUFXLENBQUM7QUFBQSxJQUNwRix3QkFBd0IsS0FBSyxRQUFRLFFBQVEscUJBQXFCLElBQUksV0FBVyxDQUFDO0FBQUEsSUFDbEYsU0FBUyxRQUFRO0FBQUEsSUFDakIsbUJBQW1CLFFBQVE7QUFBQSxJQUMzQixhQUFhLE9BQU8sUUFBUSxHQUFHO0FBQUEsRUFDakMsQ0FBQztBQUNIO0FBRUEsU0FBUyxVQUFVLFdBQXVCLFFBQWdDO0FBQ3hFLFNBQU8sZUFBZSxXQUFXLE1BQU07QUFDekM7QUFFQSxTQUFTLFdBQ1AsS0FDQSxRQUNBLFdBQ0FELFNBQ1k7QUFDWixRQUFNLFFBQVFBLFFBQU8sWUFBWSxNQUFNLFdBQVc7QUFDbEQsU0FBTyxPQUFPLE9BQU8sT0FBTyxFQUFFLHNCQUFzQixLQUFLLE9BQU8sUUFBUSxTQUFTLENBQUM7QUFDcEY7QUFFQSxTQUFTLFdBQ1AsS0FDQSxXQUNBLFdBQ21CO0FBQ25CLE1BQUksSUFBSSxXQUFXLEtBQUssVUFBVSxTQUFTLE1BQU0sY0FBYyxNQUFNLElBQUssUUFBTztBQUNqRixTQUFPLE9BQU8sRUFBRTtBQUFBLElBQ2Q7QUFBQSxJQUNBLFVBQVUsU0FBUyxHQUFHLE1BQU0sV0FBVztBQUFBLElBQ3ZDLFVBQVUsU0FBUyxNQUFNLFdBQVc7QUFBQSxJQUNwQztBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsZUFDZCxPQUNBLFdBQ0FBLFNBQ2dCO0FBQ2hCLE1BQUksTUFBTSxnQkFBZ0IsV0FBVyxHQUFHO0FBRXRDLFVBQU0sSUFBSSxXQUFXLGNBQWMsc0RBQXNEO0FBQUEsRUFDM0Y7QUFDQSxRQUFNLEVBQUUsVUFBVSxXQUFXLElBQUksWUFBWSxNQUFNLGVBQWU7QUFDbEUsUUFBTSxrQkFBa0I7QUFDeEIsUUFBTSxTQUFTLG1CQUFtQixPQUFPO0FBQUEsSUFDdkMsWUFBWSxPQUFPLEVBQUUsZ0JBQWdCLE1BQU0sb0JBQW9CO0FBQUEsSUFDL0QscUJBQXFCLE1BQU07QUFBQSxJQUMzQixlQUFlLE1BQU07QUFBQSxFQUN2QixDQUFDO0FBQ0QsUUFBTSx3QkFBd0I7QUFDOUIsUUFBTSxjQUFjLE1BQU0sbUJBQ3RCLFdBQVcsTUFBTSxrQkFBa0IsUUFBUSxNQUFNLFdBQVdBLE9BQU0sSUFDbEU7QUFDSixRQUFNLEVBQUUsS0FBSyxNQUFNLElBQUksbUJBQW1CLFVBQVU7QUFDcEQsUUFBTSxhQUFhLE9BQU8sRUFBRTtBQUFBLElBQzFCO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLFVBQVUsTUFBTSxXQUFXLFdBQVc7QUFBQSxFQUN4QztBQUNBLFNBQU9DLFFBQU8sc0JBQXNCO0FBQUEsSUFDbEMsU0FBUztBQUFBLElBQ1QsR0FBSSxNQUFNLG1CQUFtQixFQUFFLGlCQUFpQixZQUFZLElBQUksRUFBRSxRQUFRLFlBQVk7QUFBQSxJQUN0RjtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBR0EsU0FBUyxjQUFjLFNBQXFDO0FBQzFELFNBQU8sUUFBUSxnQkFBZ0IsU0FBUyxJQUFJLFFBQVEsa0JBQWtCLFFBQVE7QUFDaEY7QUFFQSxTQUFTLFNBQ1AsWUFDQSxTQUNBLFdBQ1k7QUFDWixRQUFNLEVBQUUsS0FBSyxNQUFNLElBQUksbUJBQW1CLFVBQVU7QUFDcEQsUUFBTSxZQUFZLE9BQU8sRUFBRTtBQUFBLElBQ3pCO0FBQUEsSUFDQTtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsVUFBVSxXQUFXLGNBQWMsT0FBTyxDQUFDO0FBQUEsRUFDN0M7QUFDQSxNQUFJLGNBQWMsS0FBTSxPQUFNLElBQUksV0FBVyxrQkFBa0IsK0JBQStCO0FBQzlGLFNBQU87QUFDVDtBQUdPLFNBQVMsa0JBQ2QsT0FDQUMsTUFDTTtBQUNOLFFBQU0sU0FBUyxPQUFPQSxPQUFNLE9BQU8sb0JBQW9CO0FBQ3ZELFFBQU0sT0FBTyxNQUFNLFFBQVEsT0FBTyxDQUFDLE1BQU0sRUFBRSxhQUFhLE1BQU07QUFDOUQsTUFBSSxLQUFLLFdBQVcsTUFBTSxRQUFRLE9BQVE7QUFDMUMsYUFBVyxLQUFLLE1BQU07QUFDcEIsUUFBSSxFQUFFLGNBQWMsT0FBUSxRQUFPLE9BQU8sRUFBRSxPQUFPLEVBQUUsYUFBYTtBQUNwRSxRQUFNLFVBQVU7QUFDbEI7QUFFQSxTQUFTLE9BQ1AsT0FDQSxPQUNBLGVBQ007QUFDTixRQUFNLFVBQVUsS0FBS0QsUUFBTywyQkFBMkIsRUFBRSxPQUFPLGNBQWMsQ0FBQyxDQUFDO0FBQ2hGLE1BQUksTUFBTSxVQUFVLFNBQVMsT0FBTztBQUNsQyxVQUFNLFVBQVUsT0FBTyxHQUFHLE1BQU0sVUFBVSxTQUFTLE9BQU8sWUFBWTtBQUMxRTtBQUdPLFNBQVMsWUFDZCxPQUNBLE9BQ0EsZUFDUztBQUNULFNBQU8sTUFBTSxVQUFVO0FBQUEsSUFDckIsQ0FBQyxNQUFNLEVBQUUsa0JBQWtCLGlCQUFpQixXQUFXLEVBQUUsT0FBTyxLQUFLO0FBQUEsRUFDdkU7QUFDRjtBQUdPLFNBQVMsYUFDZCxPQUNBLE9BQ0EsZUFDQSxZQUNBQyxNQUNNO0FBQ04sUUFBTSxRQUFRO0FBQUEsSUFDWkQsUUFBTyx5QkFBeUIsRUFBRSxPQUFPLGVBQWUsWUFBWSxZQUFZLE9BQU9DLElBQUcsRUFBRSxDQUFDO0FBQUEsRUFDL0Y7QUFDQSxTQUFPLE1BQU0sUUFBUSxTQUFTLE9BQU8sc0JBQXNCO0FBQ3pELFVBQU0sVUFBVSxNQUFNLFFBQVEsTUFBTTtBQUNwQyxXQUFPLE9BQU8sUUFBUSxPQUFPLFFBQVEsYUFBYTtBQUFBLEVBQ3BEO0FBQ0Y7QUFHTyxTQUFTLFlBQ2QsT0FDQSxPQUNBLGVBQ21CO0FBQ25CLFFBQU0sSUFBSSxNQUFNLFFBQVE7QUFBQSxJQUN0QixDQUFDLE1BQU0sRUFBRSxrQkFBa0IsaUJBQWlCLFdBQVcsRUFBRSxPQUFPLEtBQUs7QUFBQSxFQUN2RTtBQUNBLE1BQUksSUFBSSxFQUFHLFFBQU87QUFDbEIsUUFBTSxDQUFDLEdBQUcsSUFBSSxNQUFNLFFBQVEsT0FBTyxHQUFHLENBQUM7QUFDdkMsU0FBTyxJQUFLO0FBQ2Q7QUFHQSxTQUFTLGlCQUFpQixPQUFpQztBQUN6RCxTQUFPLE1BQU0sbUJBQW1CLE1BQU0scUJBQXFCLE1BQU07QUFDbkU7QUFHQSxTQUFTLGdCQUFnQixPQUFxQixPQUFlQSxNQUFtQjtBQUM5RSxNQUFJLFFBQVEsTUFBTSx5QkFBeUIsT0FBTyxTQUFTO0FBQ3pELFVBQU0sSUFBSSxXQUFXLG9CQUFvQixnQ0FBZ0MsT0FBTyxPQUFPLE9BQU87QUFBQSxFQUNoRztBQUNBLE1BQUksTUFBTSxrQkFBa0IsV0FBVyxFQUFHO0FBQzFDLFFBQU0sUUFBUSxpQkFBaUIsS0FBSztBQUNwQyxTQUFPLE1BQU0seUJBQXlCLE9BQU87QUFDM0MsVUFBTSxFQUFFLFVBQVUsV0FBVyxJQUFJLFlBQVksTUFBTSxpQkFBaUI7QUFDcEUsVUFBTSxvQkFBb0I7QUFDMUIsaUJBQWEsT0FBTyxPQUFPLE1BQU0sd0JBQXdCLFlBQVlBLElBQUc7QUFDeEUsVUFBTSwwQkFBMEI7QUFBQSxFQUNsQztBQUNGO0FBR0EsU0FBUyxVQUFVLE9BQXFCLGtCQUE4QkYsU0FBNEI7QUFDaEcsUUFBTSxXQUFXLGlCQUFpQixLQUFLO0FBQ3ZDLE1BQUksU0FBUyxTQUFTLEdBQUc7QUFDdkIsVUFBTSx3QkFBd0IsS0FBSyxRQUFRO0FBQzNDLFFBQUksTUFBTSx3QkFBd0IsU0FBUyxPQUFPO0FBQ2hELFlBQU0sd0JBQXdCLE1BQU07QUFBQSxFQUN4QztBQUNBLFFBQU0sNkJBQTZCLE1BQU07QUFDekMsUUFBTSx1QkFBdUI7QUFDN0IsUUFBTSx5QkFBeUI7QUFDL0IsTUFBSSxNQUFNLGtCQUFrQjtBQUMxQixVQUFNLG1CQUFtQixNQUFNO0FBQy9CLFVBQU0scUJBQXFCLE1BQU07QUFBQSxFQUNuQztBQUNBLFFBQU0sc0JBQXNCO0FBQzVCLFFBQU0sWUFBWSxXQUFXLE1BQU0sU0FBUyxHQUFHLE1BQU0sc0JBQXNCLGdCQUFnQixDQUFDO0FBQzVGLFFBQU0sVUFBVSxVQUFVO0FBQzFCLFFBQU0sb0JBQW9CLFVBQVU7QUFDcEMsTUFBSSxNQUFNLGlCQUFrQixPQUFNLHlCQUF5QixVQUFVO0FBQ3JFLFFBQU0sdUJBQXVCLGlCQUFpQkEsT0FBTTtBQUNwRCxRQUFNLFVBQVUsV0FBVyxNQUFNLFNBQVMsR0FBRyxNQUFNLHNCQUFzQixnQkFBZ0IsQ0FBQztBQUMxRixRQUFNLFVBQVUsUUFBUTtBQUN4QixRQUFNLGtCQUFrQixRQUFRO0FBQ2hDLE1BQUksTUFBTSxpQkFBa0IsT0FBTSx1QkFBdUIsUUFBUTtBQUNuRTtBQUVBLFNBQVMsYUFBYSxPQUFrQztBQUN0RCxNQUFJO0FBQ0YsV0FBTyxtQkFBbUIsT0FBTyxLQUFLO0FBQUEsRUFDeEMsUUFBUTtBQUNOLFVBQU0sSUFBSSxXQUFXLGtCQUFrQiw2QkFBNkI7QUFBQSxFQUN0RTtBQUNGO0FBUU8sU0FBUyxlQUNkLE9BQ0EsU0FDQUUsTUFDQUYsU0FDWTtBQUNaLE1BQUksTUFBTSxxQkFBcUIsUUFBUSxnQkFBZ0IsU0FBUyxHQUFHO0FBQ2pFLFVBQU0sSUFBSSxXQUFXLGtCQUFrQiw4Q0FBOEM7QUFBQSxFQUN2RjtBQUNBLG9CQUFrQixPQUFPRSxJQUFHO0FBQzVCLFNBQU8sTUFBTSxtQkFDVCw0QkFBNEIsT0FBTyxTQUFTQSxNQUFLRixPQUFNLElBQ3ZELGFBQWEsT0FBTyxTQUFTRSxNQUFLRixPQUFNO0FBQzlDO0FBRUEsU0FBUyxhQUNQLE9BQ0EsU0FDQUUsTUFDQUYsU0FDWTtBQUNaLFFBQU0sU0FBUyxhQUFhLFFBQVEsTUFBTTtBQUMxQyxRQUFNLFVBQVUsWUFBWSxPQUFPLE9BQU8sWUFBWSxPQUFPLGFBQWE7QUFDMUUsTUFBSSxZQUFZLEtBQU0sUUFBTyxTQUFTLFNBQVMsU0FBUyxNQUFNLFNBQVM7QUFDdkUsTUFBSSxZQUFZLE9BQU8sT0FBTyxZQUFZLE9BQU8sYUFBYSxHQUFHO0FBQy9ELFVBQU0sSUFBSTtBQUFBLE1BQ1I7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFlBQ0osTUFBTSxvQkFBb0IsU0FBUyxLQUNuQyxXQUFXLE9BQU8sWUFBWSxNQUFNLG1CQUFtQjtBQUN6RCxNQUFJLGFBQWEsT0FBTyxnQkFBZ0IsTUFBTSx3QkFBd0I7QUFDcEUsVUFBTSxJQUFJLFdBQVcscUJBQXFCLG9DQUFvQztBQUFBLEVBQ2hGO0FBQ0EsTUFBSSxDQUFDLGFBQWEsTUFBTSx3QkFBd0IsS0FBSyxDQUFDLE1BQU0sV0FBVyxHQUFHLE9BQU8sVUFBVSxDQUFDLEdBQUc7QUFDN0YsVUFBTSxJQUFJLFdBQVcscUJBQXFCLG9DQUFvQztBQUFBLEVBQ2hGO0FBQ0EsTUFBSSxDQUFDLFdBQVc7QUFDZCxvQkFBZ0IsT0FBTyxPQUFPLHFCQUFxQkUsSUFBRztBQUN0RCxjQUFVLE9BQU8sT0FBTyxZQUFZRixPQUFNO0FBQUEsRUFDNUM7QUFDQSxrQkFBZ0IsT0FBTyxPQUFPLGVBQWVFLElBQUc7QUFDaEQsUUFBTSxFQUFFLFVBQVUsV0FBVyxJQUFJLFlBQVksTUFBTSxpQkFBaUI7QUFDcEUsUUFBTSxvQkFBb0I7QUFDMUIsUUFBTSwwQkFBMEI7QUFDaEMsU0FBTyxTQUFTLFlBQVksU0FBUyxNQUFNLFNBQVM7QUFDdEQ7QUFFQSxTQUFTLDRCQUNQLE9BQ0EsU0FDQUEsTUFDQUYsU0FDWTtBQUVaLFFBQU0sUUFBUSxvQkFBSSxJQUFZO0FBQzlCLGFBQVcsS0FBSyxNQUFNLFNBQVM7QUFDN0IsVUFBTSxLQUFLLE1BQU0sRUFBRSxLQUFLO0FBQ3hCLFFBQUksTUFBTSxJQUFJLEVBQUUsRUFBRztBQUNuQixVQUFNLElBQUksRUFBRTtBQUNaLFVBQU1HLGVBQWMsV0FBVyxFQUFFLE9BQU8sUUFBUSxpQkFBaUIsTUFBTSxTQUFTO0FBQ2hGLFFBQUlBLGlCQUFnQixLQUFNO0FBQzFCLFVBQU1DLFVBQVMsYUFBYUQsWUFBVztBQUN2QyxVQUFNLE1BQU0sWUFBWSxPQUFPLEVBQUUsT0FBT0MsUUFBTyxhQUFhO0FBQzVELFFBQUksUUFBUSxLQUFNLFFBQU8sU0FBUyxLQUFLLFNBQVMsTUFBTSxTQUFTO0FBQy9ELFFBQUksWUFBWSxPQUFPLEVBQUUsT0FBT0EsUUFBTyxhQUFhO0FBQ2xELFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUFBLEVBQ0o7QUFDQSxNQUFJLGNBQWMsV0FBVyxNQUFNLG9CQUFvQixRQUFRLGlCQUFpQixNQUFNLFNBQVM7QUFDL0YsTUFBSSxjQUFjO0FBQ2xCLE1BQUksZ0JBQWdCLE1BQU07QUFDeEIsa0JBQWM7QUFBQSxNQUNaLE1BQU07QUFBQSxNQUNOLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxJQUNSO0FBQ0Esa0JBQWM7QUFBQSxFQUNoQjtBQUNBLE1BQUksZ0JBQWdCLE1BQU07QUFHeEIsVUFBTSxTQUFTLElBQUk7QUFBQSxNQUNqQixDQUFDLEdBQUcsTUFBTSx5QkFBeUIsR0FBRyxNQUFNLFVBQVUsSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsRUFBRSxJQUFJLENBQUMsTUFBTTtBQUFBLFFBQ3BGLE1BQU0sQ0FBQztBQUFBLFFBQ1A7QUFBQSxNQUNGLENBQUM7QUFBQSxJQUNIO0FBQ0EsZUFBVyxTQUFTLE9BQU8sT0FBTyxHQUFHO0FBQ25DLFlBQU0sU0FBUyxXQUFXLE9BQU8sUUFBUSxpQkFBaUIsTUFBTSxTQUFTO0FBQ3pFLFVBQUksV0FBVyxLQUFNO0FBQ3JCLFVBQUksWUFBWSxPQUFPLE9BQU8sYUFBYSxNQUFNLEVBQUUsYUFBYSxHQUFHO0FBQ2pFLGNBQU0sSUFBSTtBQUFBLFVBQ1I7QUFBQSxVQUNBO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFDQSxZQUFNLElBQUksV0FBVyxxQkFBcUIsb0NBQW9DO0FBQUEsSUFDaEY7QUFDQSxVQUFNLElBQUksV0FBVyxrQkFBa0Isc0NBQXNDO0FBQUEsRUFDL0U7QUFDQSxRQUFNLFNBQVMsYUFBYSxXQUFXO0FBQ3ZDLE1BQUksQ0FBQyxhQUFhO0FBQ2hCLFFBQUksWUFBWSxPQUFPLE1BQU0sb0JBQW9CLE9BQU8sYUFBYSxHQUFHO0FBQ3RFLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLE9BQU8sZ0JBQWdCLE1BQU07QUFDL0IsWUFBTSxJQUFJLFdBQVcscUJBQXFCLG9DQUFvQztBQUFBLEVBQ2xGLE9BQU87QUFDTCxvQkFBZ0IsT0FBTyxPQUFPLHFCQUFxQkYsSUFBRztBQUN0RCxjQUFVLE9BQU8sT0FBTyxZQUFZRixPQUFNO0FBQUEsRUFDNUM7QUFDQSxrQkFBZ0IsT0FBTyxPQUFPLGVBQWVFLElBQUc7QUFDaEQsUUFBTSxFQUFFLFVBQVUsV0FBVyxJQUFJLFlBQVksTUFBTSxpQkFBaUI7QUFDcEUsUUFBTSxvQkFBb0I7QUFDMUIsUUFBTSwwQkFBMEI7QUFDaEMsU0FBTyxTQUFTLFlBQVksU0FBUyxNQUFNLFNBQVM7QUFDdEQ7OztBRXBhQSxJQUFNLElBQUksSUFBSSxXQUFXLEVBQUUsRUFBRSxLQUFLLEdBQUk7QUFDdEMsSUFBTUcsYUFBWSxJQUFJLFdBQVcsRUFBRTtBQUNuQyxJQUFNLE9BQU8sS0FBSyxPQUFPLFNBQVM7QUFDbEMsSUFBTSxXQUFXLEtBQUssT0FBTyxTQUFTO0FBZ0IvQixTQUFTLHNCQUNkLFdBQ0EsV0FDWTtBQUNaLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxVQUFVO0FBQUEsSUFDVixVQUFVO0FBQUEsSUFDVixVQUFVO0FBQUEsSUFDVixVQUFVO0FBQUEsSUFDVixVQUFVO0FBQUEsSUFDVixVQUFVO0FBQUEsRUFDWjtBQUNGO0FBRUEsU0FBU0MsSUFBRyxRQUFvQixXQUFtQztBQUNqRSxRQUFNLE1BQU0sT0FBTyxFQUFFLE9BQU8sUUFBUSxTQUFTO0FBQzdDLE1BQUksUUFBUSxLQUFNLE9BQU0sSUFBSSxXQUFXLGVBQWUsMENBQTBDO0FBQ2hHLFNBQU87QUFDVDtBQUdBLFNBQVMsY0FBYyxLQUFtQixXQUF1QztBQUMvRSxRQUFNLE1BQU0sT0FBTyxFQUFFLFdBQVcsT0FBTyxHQUFHLEdBQUcsS0FBSyxTQUFTLEdBQUdELFlBQVcsTUFBTSxFQUFFO0FBQ2pGLFNBQU87QUFBQSxJQUNMLFNBQVMsSUFBSSxNQUFNLEdBQUcsRUFBRTtBQUFBLElBQ3hCLG9CQUFvQixJQUFJLE1BQU0sSUFBSSxFQUFFO0FBQUEsSUFDcEMsd0JBQXdCLElBQUksTUFBTSxJQUFJLEVBQUU7QUFBQSxFQUMxQztBQUNGO0FBZU8sU0FBUyxjQUFjLFNBVVY7QUFDbEIsUUFBTSxZQUFZLFFBQVEsT0FBTyxZQUFZLE1BQU0sTUFBTTtBQUN6RCxRQUFNLE1BQU07QUFBQSxJQUNWLFFBQVEsTUFBTSxRQUFRLFlBQVk7QUFBQSxJQUNsQ0MsSUFBRyxXQUFXLFFBQVEsd0JBQXdCO0FBQUEsSUFDOUNBLElBQUcsV0FBVyxRQUFRLFlBQVk7QUFBQSxFQUNwQztBQUNBLE1BQUksUUFBUSxjQUFlLEtBQUksS0FBS0EsSUFBRyxXQUFXLFFBQVEsYUFBYSxDQUFDO0FBQ3hFLE1BQUk7QUFDSixNQUFJO0FBQ0YsVUFBTSxPQUFPLEVBQUUscUJBQXFCLFFBQVEsV0FBVyxRQUFRLGFBQWE7QUFBQSxFQUM5RSxTQUFTLE9BQU87QUFDZCxVQUFNLElBQUksV0FBVyxlQUFlLHdEQUF3RDtBQUFBLE1BQzFGO0FBQUEsSUFDRixDQUFDO0FBQUEsRUFDSDtBQUNBLFNBQU87QUFBQSxJQUNMLFNBQVMsY0FBYyxLQUFLLElBQUksWUFBWTtBQUFBLElBQzVDLFNBQVMsT0FBTyxFQUFFLGdCQUFnQixTQUFTO0FBQUEsSUFDM0MsZUFBZSxJQUFJO0FBQUEsRUFDckI7QUFDRjtBQUdPLFNBQVMsYUFBYSxTQVFWO0FBQ2pCLFFBQU0sTUFBTTtBQUFBLElBQ1ZBLElBQUcsUUFBUSxvQkFBb0IsUUFBUSx3QkFBd0I7QUFBQSxJQUMvRCxRQUFRLE1BQU0sUUFBUSxPQUFPO0FBQUEsSUFDN0JBLElBQUcsUUFBUSxvQkFBb0IsUUFBUSxPQUFPO0FBQUEsRUFDaEQ7QUFDQSxNQUFJLFFBQVEsb0JBQXFCLEtBQUksS0FBS0EsSUFBRyxRQUFRLHFCQUFxQixRQUFRLE9BQU8sQ0FBQztBQUMxRixNQUFJLFFBQVEsY0FBYyxXQUFXLE1BQU07QUFDekMsVUFBTSxJQUFJLFdBQVcsYUFBYSw0Q0FBNEM7QUFDaEYsUUFBTSxlQUFlLE9BQU8sRUFBRSxxQkFBcUIsUUFBUSxTQUFTLFFBQVEsYUFBYTtBQUN6RixTQUFPLGNBQWMsS0FBSyxZQUFZO0FBQ3hDOzs7QUhoRU8sU0FBUyxjQUFjLE1BQWMsVUFBcUM7QUFDL0UsU0FBTyxFQUFFLE1BQU0sVUFBVSxNQUFNLFFBQVEsRUFBRTtBQUMzQztBQUVBLFNBQVMsSUFBSSxLQUE2QjtBQUN4QyxVQUFRLElBQUksU0FBUyxhQUFhLElBQUk7QUFDeEM7QUFFQSxTQUFTLE9BQU8sS0FBbUM7QUFDakQsU0FBTyxJQUFJLFVBQVU7QUFDdkI7QUFFQSxlQUFlLFdBQ2IsS0FDQSxTQUMrQjtBQUMvQixRQUFNLFFBQVEsTUFBTSxJQUFJLE9BQU8sU0FBUyxZQUFZLE9BQU87QUFDM0QsU0FBTyxVQUFVLE9BQU8sT0FBTyxvQkFBb0IsS0FBSztBQUMxRDtBQUdBLFNBQVMsUUFBUSxRQUF1QixPQUFxQixlQUE4QjtBQUN6RixNQUFJLGtCQUFrQixPQUFXLFFBQU8sU0FBUyxPQUFPLGVBQWUsQ0FBQztBQUN4RSxNQUFJLE9BQU8sWUFBWSxPQUFXLFFBQU8sU0FBUyxRQUFRLE9BQU8sT0FBTztBQUN4RSxTQUFPLFVBQVU7QUFDakIsTUFBSSxPQUFPLFNBQVMsU0FBUyxPQUFPO0FBQ2xDLFdBQU8sU0FBUyxTQUFTLE9BQU87QUFDcEM7QUFHQSxlQUFlLFlBQ2IsS0FDQSxNQUtDO0FBQ0QsUUFBTSxRQUFRLE1BQU0sSUFBSSxPQUFPLFdBQVcsYUFBYSxJQUFJO0FBQzNELE1BQUksVUFBVTtBQUNaLFdBQU8sRUFBRSx3QkFBd0IsTUFBTSxnQkFBZ0IsTUFBTSxjQUFjLEdBQUc7QUFDaEYsUUFBTSxTQUFTLDRCQUE0QixLQUFLO0FBQ2hELFNBQU87QUFBQSxJQUNMLHdCQUF3QixPQUFPLHVCQUF1QixTQUNsRCxPQUFPLHlCQUNQO0FBQUEsSUFDSixnQkFBZ0IsT0FBTyxlQUFlLFNBQVMsT0FBTyxpQkFBaUI7QUFBQSxJQUN2RSxjQUFjLE9BQU87QUFBQSxFQUN2QjtBQUNGO0FBRUEsZUFBZSxhQUNiLEtBQ0EsTUFDQSxhQUNBLGdCQUNBLGNBQ2U7QUFDZixRQUFNLElBQUksT0FBTyxXQUFXO0FBQUEsSUFDMUI7QUFBQSxJQUNBO0FBQUEsTUFDRUMsUUFBTyw2QkFBNkI7QUFBQSxRQUNsQyxTQUFTO0FBQUEsUUFDVCx3QkFBd0IsWUFBWTtBQUFBLFFBQ3BDLGdCQUFnQixnQkFBZ0IsU0FBUyxJQUFJLFdBQVcsQ0FBQztBQUFBLFFBQ3pEO0FBQUEsTUFDRixDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFDRjtBQW9CQSxlQUFzQixpQkFDcEIsT0FDQSxRQUNBLFNBQ3dCO0FBQ3hCLFFBQU0sSUFBSSxJQUFJLE9BQU87QUFDckIsUUFBTSxPQUFPLG1CQUFtQixRQUFRO0FBQUEsSUFDdEMsR0FBSSxRQUFRLGlCQUFpQixTQUFZLENBQUMsSUFBSSxFQUFFLGNBQWMsUUFBUSxhQUFhO0FBQUEsSUFDbkYsS0FBSztBQUFBLEVBQ1AsQ0FBQztBQUNELFFBQU0sVUFBVSxNQUFNLFlBQVksU0FBUyxLQUFLLElBQUk7QUFDcEQsUUFBTSxXQUFXLG1CQUFtQixRQUFRLEVBQUUsY0FBYyxLQUFLLE1BQU0sT0FBTyxTQUFTLEtBQUssRUFBRSxDQUFDO0FBQy9GLE1BQUksV0FBVyxTQUFTLE9BQU8sVUFBVSxNQUFNLFFBQVEsS0FBSyxTQUFTLFNBQVMsTUFBTSxNQUFNO0FBQ3hGLFVBQU0sSUFBSSxXQUFXLG9CQUFvQiwrQ0FBK0M7QUFBQSxFQUMxRjtBQUNBLFFBQU0sYUFBYSxjQUFjO0FBQUEsSUFDL0IsT0FBTyxDQUFDLE9BQU8sTUFBTSxnQkFBZ0IsTUFBTSxFQUFFO0FBQUEsSUFDN0MsMEJBQTBCLFNBQVMsT0FBTztBQUFBLElBQzFDLGNBQWMsU0FBUyxhQUFhO0FBQUEsSUFDcEMsZUFBZSxTQUFTLGVBQWUsYUFBYTtBQUFBLElBQ3BELFdBQVcsU0FBUyxVQUFVO0FBQUEsSUFDOUIsUUFBUSxPQUFPLE9BQU87QUFBQSxJQUN0QixHQUFJLFFBQVEsZ0JBQWdCLEVBQUUsZUFBZSxRQUFRLGNBQWMsSUFBSSxDQUFDO0FBQUEsRUFDMUUsQ0FBQztBQUNELFFBQU0sWUFBWTtBQUFBLElBQ2hCO0FBQUEsTUFDRSxhQUFhLE1BQU07QUFBQSxNQUNuQixVQUFVLE1BQU07QUFBQSxNQUNoQixpQkFBaUIsTUFBTSxnQkFBZ0I7QUFBQSxJQUN6QztBQUFBLElBQ0E7QUFBQSxNQUNFLGFBQWEsU0FBUyxPQUFPO0FBQUEsTUFDN0IsVUFBVSxTQUFTLE9BQU87QUFBQSxNQUMxQixpQkFBaUIsU0FBUyxPQUFPO0FBQUEsSUFDbkM7QUFBQSxFQUNGO0FBQ0EsUUFBTSxRQUFRLG9CQUFvQjtBQUFBLElBQ2hDLFNBQVMsV0FBVztBQUFBLElBQ3BCO0FBQUEsSUFDQSxrQkFBa0IsU0FBUyxhQUFhO0FBQUEsSUFDeEMsbUJBQW1CLFNBQVMsT0FBTztBQUFBLElBQ25DLGtCQUFrQixRQUFRLG9CQUFvQjtBQUFBLElBQzlDLFNBQVNBLFFBQU8scUJBQXFCO0FBQUEsTUFDbkMsZ0JBQWdCLFNBQVMsYUFBYTtBQUFBLE1BQ3RDLGlCQUFpQixTQUFTLGVBQWUsTUFBTTtBQUFBLE1BQy9DLGFBQWEsU0FBUyxVQUFVO0FBQUEsTUFDaEMsU0FBUyxXQUFXO0FBQUEsTUFDcEIsZUFBZSxXQUFXO0FBQUEsSUFDNUIsQ0FBQztBQUFBLElBQ0QsS0FBSztBQUFBLElBQ0wsUUFBUSxPQUFPLE9BQU87QUFBQSxFQUN4QixDQUFDO0FBQ0QsUUFBTSxVQUFVLGNBQWMsU0FBUyxNQUFNLFNBQVMsT0FBTyxRQUFRO0FBQ3JFLFFBQU0sU0FBVSxNQUFNLFdBQVcsU0FBUyxPQUFPLEtBQU0sbUJBQW1CO0FBQzFFLFVBQVEsUUFBUSxLQUFLO0FBQ3JCLFFBQU0sUUFBUSxPQUFPLFNBQVMsYUFBYSxTQUFTLG9CQUFvQixNQUFNLENBQUM7QUFDL0UsUUFBTTtBQUFBLElBQ0o7QUFBQSxJQUNBLFNBQVM7QUFBQSxJQUNULFNBQVM7QUFBQSxJQUNULFNBQVM7QUFBQSxJQUNULFFBQVE7QUFBQSxFQUNWO0FBQ0EsU0FBTztBQUNUO0FBY0EsZUFBc0IsZUFDcEIsT0FDQSxTQUNBLFdBQ0EsS0FDcUI7QUFDckIsUUFBTSxTQUFTLE1BQU0sV0FBVyxLQUFLLE9BQU87QUFDNUMsTUFBSSxRQUFRLFlBQVk7QUFDdEIsVUFBTSxJQUFJLFdBQVcsY0FBYyw2QkFBNkI7QUFDbEUsUUFBTSxRQUFRLE1BQU0sb0JBQW9CLE9BQU8sT0FBTztBQUN0RCxRQUFNLFVBQVUsZUFBZSxPQUFPLFdBQVcsT0FBTyxHQUFHLENBQUM7QUFDNUQsTUFBSTtBQUNKLE1BQUk7QUFDSixNQUFJLE1BQU0sa0JBQWtCLFFBQVc7QUFDckM7QUFDQSxjQUFVLG1CQUFtQixPQUFPO0FBQUEsTUFDbEMsU0FBUztBQUFBLE1BQ1Qsd0JBQXdCLG1CQUFtQixPQUFPLE1BQU0sc0JBQXNCO0FBQUEsTUFDOUUsbUJBQW1CLG1CQUFtQixPQUFPLE1BQU0saUJBQWlCO0FBQUEsTUFDcEUsZ0JBQWdCLE1BQU0sY0FBYztBQUFBLE1BQ3BDLGlCQUFpQixNQUFNLGNBQWM7QUFBQSxNQUNyQyxhQUFhLE1BQU0sY0FBYztBQUFBLE1BQ2pDLFNBQVMsTUFBTSxjQUFjO0FBQUEsTUFDN0IsZUFBZSxNQUFNLGNBQWM7QUFBQSxNQUNuQztBQUFBLElBQ0YsQ0FBQztBQUFBLEVBQ0gsT0FBTztBQUNMO0FBQ0EsY0FBVSxvQkFBb0IsT0FBTyxPQUFPO0FBQUEsRUFDOUM7QUFDQSxTQUFPLFVBQVU7QUFDakIsUUFBTSxJQUFJLE9BQU8sU0FBUyxhQUFhLFNBQVMsb0JBQW9CLE1BQU0sQ0FBQztBQUMzRSxTQUFPLGNBQWMsT0FBTztBQUFBLElBQzFCLFNBQVM7QUFBQSxJQUNUO0FBQUEsSUFDQSxnQkFBZ0IsTUFBTTtBQUFBLElBQ3RCLG1CQUFtQixVQUFVLFFBQVEsUUFBUTtBQUFBLElBQzdDLGFBQWEsT0FBTyxJQUFJLEdBQUcsQ0FBQztBQUFBLElBQzVCO0FBQUEsSUFDQSxtQkFBbUIsTUFBTTtBQUFBLEVBQzNCLENBQUM7QUFDSDtBQUVBLFNBQVMsVUFBVSxLQUF5QjtBQUMxQyxNQUFJLENBQUMsaUJBQWlCLEtBQUssR0FBRztBQUM1QixVQUFNLElBQUksV0FBVyxvQkFBb0IseUNBQXlDO0FBQ3BGLFFBQU0sTUFBTSxJQUFJLFdBQVcsRUFBRTtBQUM3QixXQUFTLElBQUksR0FBRyxJQUFJLElBQUksSUFBSyxLQUFJLENBQUMsSUFBSSxTQUFTLElBQUksTUFBTSxJQUFJLEdBQUcsSUFBSSxJQUFJLENBQUMsR0FBRyxFQUFFO0FBQzlFLFNBQU87QUFDVDtBQWNBLFNBQVMsVUFBVSxRQUE0QjtBQUM3QyxhQUFXLFFBQVEsQ0FBQyxxQkFBcUIsbUJBQW1CLGtCQUFrQixHQUFZO0FBQ3hGLFVBQU0sUUFBUSxPQUFPLEtBQUssQ0FBQyxNQUFNLFdBQVcsR0FBRyxHQUFHLElBQUksQ0FBQztBQUN2RCxRQUFJLE1BQU8sUUFBTztBQUFBLEVBQ3BCO0FBQ0EsU0FDRSxPQUFPLEtBQUssQ0FBQyxNQUFNLENBQUMsV0FBVyxHQUFHLEdBQUcsZ0JBQWdCLENBQUMsS0FDdEQsSUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsRUFDRjtBQUVKO0FBT0EsU0FBUyxrQkFDUCxRQUNBLFNBQ0EsR0FDQSxLQUNBLFNBQXVDLE1BQU0sTUFDakM7QUFDWixRQUFNLGFBQXdELENBQUM7QUFDL0QsTUFBSSxPQUFPLFlBQVksVUFBYSxPQUFPLE9BQU8sT0FBTztBQUN2RCxlQUFXLEtBQUssRUFBRSxPQUFPLE9BQU8sUUFBUSxDQUFDO0FBQzNDLFNBQU8sU0FBUyxRQUFRLENBQUMsR0FBRyxVQUFVO0FBQ3BDLFFBQUksT0FBTyxDQUFDLEVBQUcsWUFBVyxLQUFLLEVBQUUsT0FBTyxHQUFHLE1BQU0sQ0FBQztBQUFBLEVBQ3BELENBQUM7QUFDRCxRQUFNLFNBQW9CLENBQUM7QUFDM0IsYUFBVyxFQUFFLE9BQU8sTUFBTSxLQUFLLFlBQVk7QUFDekMsVUFBTSxPQUFPLE1BQU0sb0JBQW9CLEtBQUs7QUFDNUMsUUFBSTtBQUNGLFlBQU0sWUFBWSxlQUFlLE1BQU0sU0FBUyxHQUFHLEdBQUc7QUFFdEQsVUFBSSxLQUFLLGtCQUFrQixVQUFhLEtBQUssa0JBQWtCLFNBQVM7QUFDdEUsYUFBSyxnQkFBZ0I7QUFDdkIsVUFBSSxVQUFVLE9BQVcsUUFBTyxVQUFVO0FBQUEsVUFDckMsU0FBUSxRQUFRLE1BQU0sS0FBSztBQUNoQyxhQUFPO0FBQUEsSUFDVCxTQUFTLEtBQUs7QUFDWixVQUFJLENBQUMsV0FBVyxHQUFHLEdBQUcsRUFBRyxPQUFNO0FBQy9CLGFBQU8sS0FBSyxHQUFHO0FBQUEsSUFDakI7QUFBQSxFQUNGO0FBQ0EsTUFBSSxXQUFXLFdBQVcsRUFBRyxPQUFNLElBQUksV0FBVyxjQUFjLDZCQUE2QjtBQUM3RixRQUFNLFVBQVUsTUFBTTtBQUN4QjtBQWFBLGVBQXNCLGVBQ3BCLE9BQ0EsVUFDQSxLQUMyQjtBQUMzQixRQUFNLE1BQU0sY0FBYyxPQUFPLFFBQVE7QUFDekMsTUFBSSxJQUFJLGtCQUFrQixTQUFTLEtBQUssQ0FBQyxXQUFXLElBQUksbUJBQW1CLE1BQU0sUUFBUSxHQUFHO0FBQzFGLFVBQU0sSUFBSSxXQUFXLGtCQUFrQix5Q0FBeUM7QUFBQSxFQUNsRjtBQUNBLFFBQU0sSUFBSSxJQUFJLEdBQUc7QUFDakIsUUFBTSxZQUFZLE9BQU8sSUFBSSxXQUFXO0FBQ3hDLE1BQUksSUFBSSxpQ0FBc0M7QUFDNUMsVUFBTSxTQUFTLE1BQU0scUJBQXFCLE9BQU8sSUFBSSxTQUFTLEdBQUcsR0FBRztBQUNwRSxXQUFPLEVBQUUsR0FBRyxRQUFRLFVBQVU7QUFBQSxFQUNoQztBQUNBLE1BQUksSUFBSTtBQUNOLFVBQU0sSUFBSSxXQUFXLGFBQWEsNEJBQTRCO0FBQ2hFLE1BQUksSUFBSSxrQkFBa0IsV0FBVztBQUNuQyxVQUFNLElBQUksV0FBVyxhQUFhLHdDQUF3QztBQUM1RSxNQUFJO0FBQ0osTUFBSTtBQUNGLFdBQU8sa0JBQWtCLElBQUksaUJBQWlCO0FBQUEsRUFDaEQsUUFBUTtBQUNOLFVBQU0sSUFBSSxXQUFXLGFBQWEsaURBQWlEO0FBQUEsRUFDckY7QUFDQSxRQUFNLFNBQVMsY0FBYyxNQUFNLElBQUksY0FBYztBQUNyRCxRQUFNLFVBQVUsb0JBQW9CLE9BQU8sSUFBSSxPQUFPO0FBQ3RELFFBQU0sU0FBUyxNQUFNLFdBQVcsS0FBSyxNQUFNO0FBQzNDLE1BQUksV0FBVyxLQUFNLE9BQU0sSUFBSSxXQUFXLGNBQWMsb0NBQW9DO0FBQzVGLFFBQU0sa0JBQWtCLEtBQUssTUFBTSxJQUFJLGdCQUFnQixDQUFDO0FBQ3hELFFBQU0sWUFBWSxrQkFBa0IsUUFBUSxTQUFTLEdBQUcsT0FBTyxHQUFHLENBQUM7QUFDbkUsUUFBTSxJQUFJLE9BQU8sU0FBUyxhQUFhLFFBQVEsb0JBQW9CLE1BQU0sQ0FBQztBQUMxRSxTQUFPLEVBQUUsV0FBVyxRQUFRLFdBQVcsWUFBWSxNQUFNO0FBQzNEO0FBRUEsZUFBZSxrQkFDYixLQUNBLE1BQ0EsVUFDQSxHQUNlO0FBQ2YsUUFBTSxVQUFVLE1BQU0sWUFBWSxLQUFLLElBQUk7QUFDM0MsTUFBSSxRQUFRLG1CQUFtQixRQUFRLFFBQVEsMkJBQTJCLEtBQU07QUFDaEYsUUFBTSxNQUFNLDZCQUE2QixRQUFRLHNCQUFzQjtBQUN2RSxRQUFNLEVBQUUsZUFBZSxJQUFJO0FBQUEsSUFDekIsSUFBSTtBQUFBLElBQ0osUUFBUTtBQUFBLElBQ1I7QUFBQSxJQUNBO0FBQUEsRUFDRjtBQUNBLE1BQUksbUJBQW1CLFFBQVEsVUFBVSxnQkFBZ0IsUUFBUTtBQUMvRCxVQUFNLElBQUksV0FBVyxXQUFXLHFDQUFxQztBQUN6RTtBQUVBLGVBQWUscUJBQ2IsT0FDQSxTQUNBLEdBQ0EsS0FDOEM7QUFDOUMsUUFBTSxNQUFNLG1CQUFtQixPQUFPLE9BQU87QUFFN0MsUUFBTSxXQUFXLG1CQUFtQixPQUFPLElBQUksc0JBQXVCO0FBQ3RFLFFBQU0sWUFBWSw2QkFBNkIsUUFBUTtBQUN2RCxRQUFNLE9BQU8sa0JBQWtCLFVBQVUsV0FBVztBQUNwRCxRQUFNLFVBQVUsTUFBTSxZQUFZLEtBQUssSUFBSTtBQUMzQyxRQUFNLFFBQVEsYUFBYSxVQUFVLGFBQWEsVUFBVSxTQUFTLENBQUM7QUFDdEUsUUFBTSxFQUFFLE9BQU8sSUFBSSx3QkFBd0IsbUJBQW1CLE9BQU8sSUFBSSxpQkFBa0IsR0FBRztBQUFBLElBQzVGLFVBQVUsVUFBVTtBQUFBLElBQ3BCLHdCQUF3QixNQUFNLHVCQUF1QjtBQUFBLElBQ3JELGdCQUFnQixNQUFNO0FBQUEsSUFDdEIsS0FBSztBQUFBLEVBQ1AsQ0FBQztBQUNELFFBQU0sU0FBUyxjQUFjLE1BQU0sT0FBTyxRQUFRO0FBQ2xELFFBQU0sU0FBVSxNQUFNLFdBQVcsS0FBSyxNQUFNLEtBQU0sbUJBQW1CO0FBQ3JFLFFBQU0sTUFBTSxPQUFPLEdBQUc7QUFHdEIsUUFBTSxXQUFXLENBQUMsTUFDaEIsV0FBVyxFQUFFLFNBQVMsSUFBSSxPQUFPLEtBQUssV0FBVyxFQUFFLG1CQUFtQixPQUFPLGVBQWU7QUFDOUYsTUFDRyxPQUFPLFlBQVksVUFBYSxTQUFTLE9BQU8sT0FBTyxLQUN4RCxPQUFPLFNBQVMsS0FBSyxRQUFRLEdBQzdCO0FBQ0EsVUFBTUMsYUFBWSxrQkFBa0IsUUFBUSxJQUFJLFNBQVUsR0FBRyxLQUFLLFFBQVE7QUFDMUUsVUFBTSxJQUFJLE9BQU8sU0FBUyxhQUFhLFFBQVEsb0JBQW9CLE1BQU0sQ0FBQztBQUMxRSxXQUFPLEVBQUUsV0FBQUEsWUFBVyxRQUFRLFlBQVksTUFBTTtBQUFBLEVBQ2hEO0FBRUEsUUFBTSxTQUFTLE1BQU0sSUFBSSxPQUFPLFFBQVEsV0FBVyxVQUFVLElBQUksY0FBYztBQUMvRSxRQUFNLE1BQU0sTUFBTSxJQUFJLE9BQU8sUUFBUSxXQUFXLE9BQU8sSUFBSSxXQUFXO0FBQ3RFLFFBQU0sVUFDSixJQUFJLG9CQUFvQixJQUNwQixPQUNBLE1BQU0sSUFBSSxPQUFPLFFBQVEsV0FBVyxZQUFZLElBQUksZUFBZTtBQUN6RSxNQUFJLFdBQVcsUUFBUSxRQUFRLFFBQVMsSUFBSSxvQkFBb0IsS0FBSyxZQUFZLE1BQU87QUFDdEYsVUFBTSxJQUFJO0FBQUEsTUFDUjtBQUFBLE1BQ0E7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFFBQU0sZUFBZSxtQkFBbUIsUUFBUSxRQUFRO0FBQ3hELFFBQU0sWUFBWSxtQkFBbUIsS0FBSyxLQUFLO0FBQy9DLFFBQU0sZ0JBQWdCLFlBQVksT0FBTyxPQUFPLG1CQUFtQixTQUFTLFVBQVU7QUFDdEYsTUFBSTtBQUNKLE1BQUk7QUFDRixjQUFVLGFBQWE7QUFBQSxNQUNyQixPQUFPLENBQUMsT0FBTyxNQUFNLGdCQUFnQixNQUFNLEVBQUU7QUFBQSxNQUM3QywwQkFBMEIsT0FBTztBQUFBLE1BQ2pDLG9CQUFvQixhQUFhO0FBQUEsTUFDakMscUJBQXFCLGVBQWUsVUFBVTtBQUFBLE1BQzlDLFNBQVMsVUFBVTtBQUFBLE1BQ25CLFNBQVMsSUFBSTtBQUFBLE1BQ2IsZUFBZSxJQUFJO0FBQUEsSUFDckIsQ0FBQztBQUFBLEVBQ0gsU0FBUyxLQUFLO0FBQ1osUUFBSSxXQUFXLEdBQUcsS0FBSyxhQUFhO0FBQ2xDLFlBQU0sSUFBSSxXQUFXLGtCQUFrQixpREFBaUQ7QUFBQSxRQUN0RixPQUFPO0FBQUEsTUFDVCxDQUFDO0FBQ0gsVUFBTTtBQUFBLEVBQ1I7QUFDQSxRQUFNLFlBQVk7QUFBQSxJQUNoQjtBQUFBLE1BQ0UsYUFBYSxPQUFPO0FBQUEsTUFDcEIsVUFBVSxPQUFPO0FBQUEsTUFDakIsaUJBQWlCLE9BQU87QUFBQSxJQUMxQjtBQUFBLElBQ0E7QUFBQSxNQUNFLGFBQWEsTUFBTTtBQUFBLE1BQ25CLFVBQVUsTUFBTTtBQUFBLE1BQ2hCLGlCQUFpQixNQUFNLGdCQUFnQjtBQUFBLElBQ3pDO0FBQUEsRUFDRjtBQUNBLFFBQU0sUUFBUSxvQkFBb0I7QUFBQSxJQUNoQztBQUFBLElBQ0E7QUFBQSxJQUNBLG9CQUFvQixhQUFhO0FBQUEsSUFDakMsU0FBUyxJQUFJO0FBQUEsSUFDYixtQkFBbUIsT0FBTztBQUFBLElBQzFCLGtCQUFrQixJQUFJLFFBQVMsZ0JBQWdCLFNBQVM7QUFBQSxJQUN4RCxLQUFLO0FBQUEsRUFDUCxDQUFDO0FBQ0QsUUFBTSxZQUFZLGVBQWUsT0FBTyxJQUFJLFNBQVUsR0FBRyxHQUFHO0FBRzVELFVBQVEsUUFBUSxLQUFLO0FBQ3JCLFFBQU0sSUFBSSxPQUFPLFNBQVMsYUFBYSxRQUFRLG9CQUFvQixNQUFNLENBQUM7QUFDMUUsUUFBTTtBQUFBLElBQ0o7QUFBQSxJQUNBO0FBQUEsSUFDQSxNQUFNO0FBQUEsSUFDTixNQUFNO0FBQUEsSUFDTixRQUFRO0FBQUEsRUFDVjtBQUNBLE1BQUksa0JBQWtCO0FBQ3BCLFVBQU0sSUFBSSxPQUFPLFFBQVEsYUFBYSxZQUFZLElBQUksZUFBZTtBQUN2RSxNQUFJLENBQUMsVUFBVSxXQUFZLE9BQU0sSUFBSSxPQUFPLFFBQVEsYUFBYSxPQUFPLElBQUksV0FBVztBQUN2RixTQUFPLEVBQUUsV0FBVyxRQUFRLFlBQVksS0FBSztBQUMvQzs7O0FJaGdCQSxTQUFTLFNBQUFDLFFBQU8sVUFBQUMsZUFBYztBQXlCOUIsSUFBTUMsWUFBVyxLQUFLLHdCQUF3QjtBQUU5QyxTQUFTLGdCQUFnQixnQkFBeUU7QUFDaEcsUUFBTSxRQUFRLE9BQU8sbUJBQW1CLFdBQVdDLFNBQVEsY0FBYyxJQUFJO0FBQzdFLE1BQUksTUFBTSxXQUFXO0FBQ25CLFVBQU0sSUFBSSxXQUFXLG9CQUFvQiwrQkFBK0I7QUFDMUUsU0FBTyxFQUFFLE9BQU8sS0FBSyxNQUFNLEtBQUssRUFBRTtBQUNwQztBQUVBLGVBQWVDLFlBQ2IsS0FDQSxRQUNBLEtBQ2lDO0FBQ2pDLFFBQU0sUUFBUSxNQUFNLElBQUksT0FBTyxXQUFXLGNBQWMsUUFBUSxHQUFHO0FBQ25FLFNBQU8sVUFBVSxPQUFPLE9BQU8sc0JBQXNCLEtBQUs7QUFDNUQ7QUFFQSxTQUFTLFNBQVMsU0FBNkI7QUFDN0MsU0FBTyxNQUFNLE9BQU87QUFDdEI7QUFFQSxTQUFTLGVBQWUsT0FBbUM7QUFDekQsU0FBTywyQkFBMkIsT0FBTztBQUFBLElBQ3ZDLFNBQVM7QUFBQSxJQUNULGdCQUFnQixNQUFNO0FBQUEsSUFDdEIsU0FBUyxNQUFNO0FBQUEsSUFDZixXQUFXLE1BQU07QUFBQSxJQUNqQixVQUFVLE1BQU07QUFBQSxJQUNoQixZQUFZLE1BQU07QUFBQSxFQUNwQixDQUFDO0FBQ0g7QUFFQSxTQUFTLFlBQ1AsZ0JBQ0EsU0FDQSxLQUNnQjtBQUNoQixRQUFNLE1BQU0sSUFBSSxVQUFVO0FBQzFCLFFBQU0sZ0JBQWdCLElBQUksWUFBWSxFQUFFO0FBQ3hDLFNBQU9DLFFBQU8sc0JBQXNCO0FBQUEsSUFDbEMsU0FBUztBQUFBLElBQ1Q7QUFBQSxJQUNBO0FBQUEsSUFDQSxXQUFXO0FBQUEsSUFDWCxVQUFVLElBQUksWUFBWSxFQUFFO0FBQUEsSUFDNUIsWUFBWSxPQUFPLEVBQUUsaUJBQWlCLGFBQWE7QUFBQSxJQUNuRDtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBTUEsZUFBc0IsNEJBQ3BCLE9BQ0EsZ0JBQ0EsS0FDcUI7QUFDckIsUUFBTSxJQUFJLGdCQUFnQixjQUFjO0FBQ3hDLFFBQU0sT0FBTyxjQUFjLE1BQU0sTUFBTSxNQUFNLFFBQVE7QUFDckQsUUFBTSxTQUNILE1BQU1ELFlBQVcsS0FBSyxNQUFNLEVBQUUsR0FBRyxLQUNsQ0MsUUFBTyx1QkFBdUIsRUFBRSxTQUFTLGNBQWMsQ0FBQztBQUMxRCxNQUFJLE9BQU8sT0FBTyxDQUFDLEdBQUcsY0FBYyxPQUFRLFFBQU8sZUFBZSxPQUFPLE9BQU8sQ0FBQyxDQUFDO0FBQ2xGLFFBQU0sUUFBUSxZQUFZLEVBQUUsUUFBUSxPQUFPLE9BQU8sQ0FBQyxHQUFHLFdBQVcsS0FBSyxHQUFHLEdBQUc7QUFDNUUsU0FBTyxPQUFPLFFBQVEsS0FBSztBQUMzQixRQUFNLElBQUksT0FBTyxXQUFXLGVBQWUsTUFBTSxFQUFFLEtBQUssc0JBQXNCLE1BQU0sQ0FBQztBQUNyRixTQUFPLGVBQWUsS0FBSztBQUM3QjtBQTZCQSxlQUFzQiw2QkFDcEIsUUFDQSxjQUNBLEtBQ2U7QUFDZixRQUFNLE1BQU0sMkJBQTJCLE9BQU8sWUFBWTtBQUMxRCxRQUFNLE1BQU0sTUFBTSxJQUFJLGNBQWM7QUFDcEMsUUFBTSxTQUNILE1BQU1DLFlBQVcsS0FBSyxRQUFRLEdBQUcsS0FDbENDLFFBQU8sdUJBQXVCLEVBQUUsU0FBUyxjQUFjLENBQUM7QUFDMUQsUUFBTSxXQUFXLE9BQU8sT0FBTyxLQUFLLENBQUMsTUFBTSxFQUFFLFlBQVksSUFBSSxPQUFPO0FBQ3BFLE1BQUksVUFBVTtBQUNaLFFBQUksQ0FBQyxXQUFXLFNBQVMsWUFBWSxJQUFJLFVBQVU7QUFDakQsWUFBTSxJQUFJO0FBQUEsUUFDUjtBQUFBLFFBQ0E7QUFBQSxNQUNGO0FBQ0Y7QUFBQSxFQUNGO0FBQ0EsU0FBTyxPQUFPO0FBQUEsSUFDWkEsUUFBTyxzQkFBc0I7QUFBQSxNQUMzQixTQUFTO0FBQUEsTUFDVCxnQkFBZ0IsSUFBSTtBQUFBLE1BQ3BCLFNBQVMsSUFBSTtBQUFBLE1BQ2IsV0FBVyxJQUFJO0FBQUEsTUFDZixVQUFVLElBQUk7QUFBQSxNQUNkLFlBQVksSUFBSTtBQUFBLElBQ2xCLENBQUM7QUFBQSxFQUNIO0FBQ0EsU0FBTyxPQUFPLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxVQUFVLEVBQUUsT0FBTztBQUNsRCxNQUFJLE9BQU8sT0FBTyxTQUFTLE9BQU87QUFDaEMsV0FBTyxPQUFPLFNBQVMsT0FBTztBQUNoQyxRQUFNLElBQUksT0FBTyxXQUFXLGVBQWUsUUFBUSxLQUFLLHNCQUFzQixNQUFNLENBQUM7QUFDdkY7QUFFQSxTQUFTLFFBQ1AsbUJBQ0EsZ0JBQ0EsZ0JBQ1k7QUFDWixTQUFPLGVBQWVDLFdBQVUsbUJBQW1CLGdCQUFnQixjQUFjO0FBQ25GO0FBUUEsZUFBc0IsYUFDcEIsT0FDQSxnQkFDQSxXQUNBLEtBQ3FCO0FBQ3JCLFFBQU0sSUFBSSxnQkFBZ0IsY0FBYztBQUN4QyxRQUFNLE9BQU8sY0FBYyxNQUFNLE1BQU0sTUFBTSxRQUFRO0FBQ3JELFFBQU0sU0FBUyxNQUFNRixZQUFXLEtBQUssTUFBTSxFQUFFLEdBQUc7QUFDaEQsUUFBTSxRQUFRLFFBQVEsT0FBTyxDQUFDO0FBQzlCLE1BQUksQ0FBQyxVQUFVLENBQUMsU0FBUyxNQUFNLGNBQWMsV0FBVztBQUN0RCxVQUFNLElBQUksV0FBVyxjQUFjLDJEQUEyRDtBQUNoRyxRQUFNLEVBQUUsVUFBVSxXQUFXLElBQUksWUFBWSxNQUFNLFFBQVE7QUFDM0QsUUFBTSxFQUFFLEtBQUssTUFBTSxJQUFJLG1CQUFtQixZQUFZLElBQUk7QUFDMUQsUUFBTSxhQUFhLE9BQU8sRUFBRTtBQUFBLElBQzFCO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLFFBQVEsTUFBTSxhQUFhLE1BQU0sVUFBVSxFQUFFLEtBQUs7QUFBQSxFQUNwRDtBQUNBLFFBQU0sT0FBTywwQkFBMEIsT0FBTztBQUFBLElBQzVDLFNBQVM7QUFBQSxJQUNULGdCQUFnQixFQUFFO0FBQUEsSUFDbEIsU0FBUyxNQUFNO0FBQUEsSUFDZixXQUFXLE1BQU07QUFBQSxJQUNqQjtBQUFBLEVBQ0YsQ0FBQztBQUNELFFBQU0sWUFBWSxPQUFPLEVBQUU7QUFBQSxJQUN6QixNQUFNO0FBQUEsSUFDTixhQUFhLGlCQUFpQixrQkFBa0IsSUFBSTtBQUFBLEVBQ3REO0FBQ0EsUUFBTSxXQUFXO0FBQ2pCLFFBQU0sYUFBYTtBQUNuQixRQUFNLElBQUksT0FBTyxXQUFXLGVBQWUsTUFBTSxFQUFFLEtBQUssc0JBQXNCLE1BQU0sQ0FBQztBQUNyRixTQUFPLGNBQWMsT0FBTztBQUFBLElBQzFCLFNBQVM7QUFBQSxJQUNUO0FBQUEsSUFDQSxnQkFBZ0IsTUFBTTtBQUFBLElBQ3RCLGFBQWEsUUFBUSxJQUFJLFNBQVMsYUFBYSxJQUFJLENBQUM7QUFBQSxJQUNwRCxTQUFTLG1CQUFtQixPQUFPLEVBQUUsTUFBTSxVQUFVLENBQUM7QUFBQSxJQUN0RCxtQkFBbUIsTUFBTTtBQUFBLEVBQzNCLENBQUM7QUFDSDtBQWtCQSxlQUFzQixhQUNwQixVQUNBLEtBQ2dDO0FBQ2hDLFFBQU0sTUFBTSxjQUFjLE9BQU8sUUFBUTtBQUN6QyxNQUFJLElBQUk7QUFDTixVQUFNLElBQUksV0FBVyxhQUFhLDhCQUE4QjtBQUNsRSxNQUFJLElBQUksa0JBQWtCLFdBQVc7QUFDbkMsVUFBTSxJQUFJLFdBQVcsYUFBYSx3Q0FBd0M7QUFDNUUsTUFBSTtBQUNKLE1BQUk7QUFDRixXQUFPLGtCQUFrQixJQUFJLGlCQUFpQjtBQUFBLEVBQ2hELFFBQVE7QUFDTixVQUFNLElBQUksV0FBVyxhQUFhLGlEQUFpRDtBQUFBLEVBQ3JGO0FBQ0EsUUFBTSxTQUFTLGNBQWMsTUFBTSxJQUFJLGNBQWM7QUFDckQsUUFBTSxTQUFTLG1CQUFtQixPQUFPLElBQUksT0FBTztBQUNwRCxRQUFNLE9BQU8sMEJBQTBCLE9BQU8sT0FBTyxJQUFJO0FBQ3pELFFBQU0sTUFBTSxNQUFNLEtBQUssY0FBYztBQUNyQyxRQUFNLFNBQVMsTUFBTUEsWUFBVyxLQUFLLFFBQVEsR0FBRztBQUNoRCxRQUFNLFFBQVEsUUFBUSxPQUFPLFVBQVUsQ0FBQyxNQUFNLEVBQUUsWUFBWSxLQUFLLE9BQU8sS0FBSztBQUM3RSxNQUFJLENBQUMsVUFBVSxRQUFRO0FBQ3JCLFVBQU0sSUFBSSxXQUFXLGNBQWMseUNBQXlDO0FBQzlFLFFBQU0sU0FBUyxPQUFPLE9BQU8sS0FBSztBQUNsQyxNQUNFLENBQUMsT0FBTyxFQUFFO0FBQUEsSUFDUixPQUFPO0FBQUEsSUFDUCxhQUFhLGlCQUFpQixrQkFBa0IsT0FBTyxJQUFJO0FBQUEsSUFDM0QsT0FBTztBQUFBLEVBQ1QsR0FDQTtBQUNBLFVBQU0sSUFBSSxXQUFXLGlCQUFpQix5Q0FBeUM7QUFBQSxFQUNqRjtBQUNBLFFBQU0sUUFBUUcsT0FBTSxzQkFBc0IsTUFBTTtBQUNoRCxRQUFNLEtBQUssSUFBSSxTQUFTLGFBQWEsSUFBSTtBQUN6QyxvQkFBa0IsT0FBTyxDQUFDO0FBQzFCLFFBQU0sTUFBTSxTQUFTLE1BQU0sT0FBTztBQUNsQyxNQUFJLGFBQWEsWUFBWSxPQUFPLEtBQUssS0FBSyxTQUFTO0FBQ3ZELE1BQUksZUFBZSxNQUFNO0FBQ3ZCLFFBQUksWUFBWSxPQUFPLEtBQUssS0FBSyxTQUFTO0FBQ3hDLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUNGLFFBQUksS0FBSyxZQUFZLE1BQU07QUFDekIsWUFBTSxJQUFJLFdBQVcscUJBQXFCLDBDQUEwQztBQUN0RixRQUFJLEtBQUssWUFBWSxNQUFNLFlBQVksT0FBTztBQUM1QyxZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQSxnQ0FBZ0MsT0FBTyxPQUFPO0FBQUEsTUFDaEQ7QUFDRixXQUFPLE1BQU0sWUFBWSxLQUFLLFdBQVc7QUFDdkMsWUFBTUMsUUFBTyxZQUFZLE1BQU0sUUFBUTtBQUN2QyxtQkFBYSxPQUFPLEtBQUssTUFBTSxXQUFXQSxNQUFLLFlBQVksQ0FBQztBQUM1RCxZQUFNLFdBQVdBLE1BQUs7QUFDdEIsWUFBTSxhQUFhO0FBQUEsSUFDckI7QUFDQSxVQUFNLE9BQU8sWUFBWSxNQUFNLFFBQVE7QUFDdkMsVUFBTSxXQUFXLEtBQUs7QUFDdEIsVUFBTSxhQUFhO0FBQ25CLGlCQUFhLEtBQUs7QUFBQSxFQUNwQjtBQUNBLFFBQU0sRUFBRSxLQUFLLE1BQU0sSUFBSSxtQkFBbUIsWUFBWSxJQUFJO0FBQzFELFFBQU0sWUFBWSxPQUFPLEVBQUU7QUFBQSxJQUN6QjtBQUFBLElBQ0E7QUFBQSxJQUNBLEtBQUs7QUFBQSxJQUNMLFFBQVEsSUFBSSxtQkFBbUIsSUFBSSxnQkFBZ0IsS0FBSyxjQUFjO0FBQUEsRUFDeEU7QUFDQSxNQUFJLGNBQWM7QUFDaEIsVUFBTSxJQUFJLFdBQVcsa0JBQWtCLHFDQUFxQztBQUM5RSxTQUFPLE9BQU8sS0FBSyxJQUFJO0FBQ3ZCLFFBQU0sSUFBSSxPQUFPLFdBQVcsZUFBZSxRQUFRLEtBQUssc0JBQXNCLE1BQU0sQ0FBQztBQUNyRixTQUFPLEVBQUUsV0FBVyxRQUFRLGdCQUFnQixLQUFLLFdBQVcsT0FBTyxJQUFJLFdBQVcsRUFBRTtBQUN0Rjs7O0FDL1NBLElBQU0sYUFBYSxDQUFDLE1BQXFCLEdBQUcsRUFBRSxJQUFJLElBQUksRUFBRSxRQUFRO0FBWXpELFNBQVMsdUJBRWQ7QUFDQSxRQUFNLFdBQVcsb0JBQUksSUFBd0I7QUFDN0MsUUFBTSxVQUFVLG9CQUFJLElBQXdCO0FBQzVDLFFBQU0sYUFBYSxvQkFBSSxJQUF3QjtBQUMvQyxRQUFNLGFBQWEsb0JBQUksSUFBd0I7QUFDL0MsUUFBTSxPQUFPLENBQUMsTUFBK0IsTUFBTSxTQUFZLE9BQU8sRUFBRSxNQUFNO0FBQzlFLFFBQU0sZUFBNkI7QUFBQSxJQUNqQyxhQUFhLE9BQU8sTUFBTSxLQUFLLFNBQVMsSUFBSSxXQUFXLENBQUMsQ0FBQyxDQUFDO0FBQUEsSUFDMUQsY0FBYyxPQUFPLEdBQUcsTUFBTSxLQUFLLFNBQVMsSUFBSSxXQUFXLENBQUMsR0FBRyxFQUFFLE1BQU0sQ0FBQztBQUFBLElBQ3hFLGVBQWUsT0FBTyxNQUFNLEtBQUssU0FBUyxPQUFPLFdBQVcsQ0FBQyxDQUFDO0FBQUEsRUFDaEU7QUFDQSxRQUFNLGNBQTJCO0FBQUEsSUFDL0IsWUFBWSxPQUFPLEdBQWUsT0FBTyxLQUFLLFFBQVEsSUFBSSxHQUFHLENBQUMsSUFBSSxFQUFFLEVBQUUsQ0FBQztBQUFBLElBQ3ZFLGFBQWEsT0FBTyxHQUFHLElBQUksTUFBTSxLQUFLLFFBQVEsSUFBSSxHQUFHLENBQUMsSUFBSSxFQUFFLElBQUksRUFBRSxNQUFNLENBQUM7QUFBQSxJQUN6RSxjQUFjLE9BQU8sR0FBRyxPQUFPLEtBQUssUUFBUSxPQUFPLEdBQUcsQ0FBQyxJQUFJLEVBQUUsRUFBRTtBQUFBLEVBQ2pFO0FBQ0EsUUFBTSxpQkFBaUM7QUFBQSxJQUNyQyxlQUFlLE9BQU8sR0FBRyxNQUFNLEtBQUssV0FBVyxJQUFJLEdBQUcsV0FBVyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztBQUFBLElBQzNFLGdCQUFnQixPQUFPLEdBQUcsR0FBRyxNQUFNLEtBQUssV0FBVyxJQUFJLEdBQUcsV0FBVyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxNQUFNLENBQUM7QUFBQSxFQUMzRjtBQUNBLFFBQU0sZ0JBQStCO0FBQUEsSUFDbkMsY0FBYyxPQUFPLE1BQU0sS0FBSyxXQUFXLElBQUksQ0FBQyxDQUFDO0FBQUEsSUFDakQsZUFBZSxPQUFPLEdBQUcsTUFBTSxLQUFLLFdBQVcsSUFBSSxHQUFHLEVBQUUsTUFBTSxDQUFDO0FBQUEsRUFDakU7QUFDQSxTQUFPO0FBQUEsSUFDTCxVQUFVO0FBQUEsSUFDVixTQUFTO0FBQUEsSUFDVCxZQUFZO0FBQUEsSUFDWixZQUFZO0FBQUEsSUFDWixRQUFRLE9BQU87QUFBQSxNQUNiLFVBQVUsU0FBUztBQUFBLE1BQ25CLFNBQVMsUUFBUTtBQUFBLE1BQ2pCLFlBQVksV0FBVztBQUFBLE1BQ3ZCLFlBQVksV0FBVztBQUFBLElBQ3pCO0FBQUEsRUFDRjtBQUNGOzs7QUN3Q08sSUFBTSxpQkFBTixNQUFxQjtBQUFBLEVBRTFCLFlBQXFCLE9BQWU7QUFBZjtBQUFBLEVBQWdCO0FBQUEsRUFBaEI7QUFBQSxFQURyQixVQUFVO0FBQUE7QUFBQSxFQUlWLE1BQU0sS0FBaUIsTUFBd0I7QUFDN0MsUUFBSSxDQUFDLE9BQU8sS0FBSyxJQUFJLFFBQVEsSUFBSSxZQUFZLElBQUksVUFBVSxFQUFFLE9BQU8sSUFBSTtBQUN0RSxZQUFNLElBQUksTUFBTSxHQUFHLEtBQUssS0FBSyxpREFBaUQ7QUFDaEYsU0FBSztBQUFBLEVBQ1A7QUFDRjtBQUdPLFNBQVMsU0FBUyxPQUFlLE1BQXlDO0FBQy9FLFNBQU8sTUFBTSxLQUFLLEVBQUUsUUFBUSxNQUFNLEdBQUcsTUFBTTtBQUN6QyxVQUFNLElBQUksSUFBSSxXQUFXLElBQUk7QUFDN0IsZUFBVyxPQUFPLGdCQUFnQixDQUFDO0FBQ25DLFdBQU87QUFBQSxFQUNULENBQUM7QUFDSDtBQUdPLFNBQVMsTUFBUyxPQUE4QjtBQUNyRCxNQUFJLElBQUk7QUFDUixTQUFPLE1BQU0sTUFBTSxNQUFNLE1BQU0sTUFBTTtBQUN2Qzs7O0FDcEZBLElBQU0sT0FBTyxFQUFFLEtBQUssTUFBTSxLQUFLLElBQUksSUFBSSxJQUFLO0FBVzVDLGVBQWUsV0FBVyxNQUErQjtBQUN2RCxRQUFNLEVBQUUsU0FBUyxJQUFJLGVBQWU7QUFDcEMsUUFBTSxNQUFNLGVBQWUsU0FBUztBQUNwQyxRQUFNLFVBQVUsTUFBTSw0QkFBNEI7QUFBQSxJQUNoRDtBQUFBLElBQ0EsWUFBWSxJQUFJO0FBQUEsSUFDaEIsV0FBVyxLQUFLLElBQUk7QUFBQSxFQUN0QixDQUFDO0FBQ0QsUUFBTSxXQUFXLGlCQUFpQjtBQUNsQyxRQUFNLEtBQUssTUFBTSxpQkFBaUI7QUFBQSxJQUNoQztBQUFBLElBQ0EsZ0JBQWdCO0FBQUEsSUFDaEIsYUFBYSxTQUFTLFVBQVU7QUFBQSxJQUNoQyxhQUFhO0FBQUEsSUFDYixPQUFPO0FBQUEsRUFDVCxDQUFDO0FBQ0QsUUFBTSxTQUFTLFlBQVk7QUFBQSxJQUN6QixtQkFBbUIsR0FBRyxZQUFZO0FBQUEsSUFDbEMsd0JBQXdCLFFBQVE7QUFBQSxJQUNoQyxpQkFBaUIsR0FBRztBQUFBLElBQ3BCLFFBQVEsTUFBTSxhQUFhLFVBQVUsR0FBRyxZQUFZO0FBQUEsRUFDdEQsQ0FBQztBQUNELFFBQU0sU0FBUyxxQkFBcUI7QUFDcEMsUUFBTSxlQUFlLE1BQU0sbUJBQW1CLFFBQVEsT0FBTyxTQUFTLEdBQUcsRUFBRSxPQUFPLEtBQUssQ0FBQztBQUN4RixRQUFNLGdCQUFnQixRQUFRLE9BQU8sU0FBUyxLQUFNLEVBQUUsWUFBWSxNQUFNLE9BQU8sS0FBSyxDQUFDO0FBQ3JGLFNBQU8sRUFBRSxRQUFRLEtBQUssRUFBRSxPQUFPLEdBQUcsYUFBYTtBQUNqRDtBQUVBLElBQU0sWUFBWSxDQUFDLE1BQWMsY0FBYyxFQUFFLE9BQU8sTUFBTSxFQUFFLE9BQU8sUUFBUTtBQUcvRSxlQUFlLFlBQ2IsS0FDQSxRQUNBLElBQ3FCO0FBQ3JCLFFBQU0sQ0FBQyxPQUFPLElBQUksTUFBTSxxQkFBcUIsT0FBTyxTQUFTLElBQUksR0FBRyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQ25GLFFBQU0sTUFBTSxNQUFNLGdCQUFnQixJQUFJLFFBQVEsT0FBTyxTQUFTLElBQUksRUFBRSxPQUFPLEtBQUssQ0FBQztBQUNqRixTQUFPLG1CQUFtQjtBQUFBLElBQ3hCLFFBQVEsSUFBSTtBQUFBLElBQ1osY0FBYyxJQUFJO0FBQUEsSUFDbEIsV0FBVztBQUFBLElBQ1gsZUFBZTtBQUFBLEVBQ2pCLENBQUM7QUFDSDtBQUVBLFNBQVMsV0FBVyxVQUFzQixNQUFvQixNQUFvQjtBQUNoRixNQUFJLGNBQWMsT0FBTyxRQUFRLEVBQUUsU0FBUztBQUMxQyxVQUFNLElBQUksTUFBTSxjQUFjLElBQUksYUFBYSxhQUFhLElBQUksQ0FBQyxFQUFFO0FBQ3ZFO0FBR0EsZUFBZSxLQUFLQyxXQUFpQztBQUNuRCxRQUFNLFFBQVEsTUFBTSxXQUFXLE9BQU87QUFDdEMsUUFBTSxNQUFNLE1BQU0sV0FBVyxLQUFLO0FBQ2xDLFFBQU0sYUFBYSxNQUFNO0FBQUEsSUFDdkIsTUFBTTtBQUFBLElBQ04sTUFBTSxZQUFZLEtBQUssSUFBSSxJQUFJLFFBQVEsQ0FBQztBQUFBLElBQ3hDLE1BQU07QUFBQSxFQUNSO0FBQ0EsUUFBTSxRQUFRLE1BQU0sZUFBZSxNQUFNLFFBQVEsWUFBWUEsVUFBUyxDQUFDLEdBQUksTUFBTSxHQUFHO0FBQ3BGLGFBQVcsK0JBQW9DLG1CQUFtQjtBQUNsRSxRQUFNLGdCQUFnQixNQUFNLGVBQWUsSUFBSSxRQUFRLE9BQU8sSUFBSSxHQUFHLEdBQUc7QUFDeEUsUUFBTSxRQUFRLE1BQU0sZUFBZSxJQUFJLFFBQVEsY0FBY0EsVUFBUyxDQUFDLEdBQUksSUFBSSxHQUFHO0FBQ2xGLFFBQU0sZUFBZSxNQUFNLFFBQVEsT0FBTyxNQUFNLEdBQUc7QUFDbkQsUUFBTSxPQUFPLE1BQU0sZUFBZSxNQUFNLFFBQVEsWUFBWUEsVUFBUyxDQUFDLEdBQUksTUFBTSxHQUFHO0FBQ25GLGFBQVcsK0JBQW9DLDJCQUEyQjtBQUMxRSxRQUFNLGVBQWUsSUFBSSxRQUFRLE1BQU0sSUFBSSxHQUFHO0FBQzlDLFNBQU8sRUFBRSxPQUFPLEtBQUssY0FBYyxXQUFXO0FBQ2hEO0FBR08sU0FBUyxVQUFVLE1BQWMsVUFBMEM7QUFDaEYsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLFVBQVUsTUFBTSxrQkFBa0IsUUFBUTtBQUFBLElBQzFDLFdBQVc7QUFBQSxNQUNULE1BQU0sVUFBVSxFQUFFLFVBQUFBLFdBQVUsT0FBQUMsT0FBTSxHQUFvQjtBQUNwRCxjQUFNLFFBQVEsTUFBTSxXQUFXLE9BQU87QUFDdEMsY0FBTSxNQUFNLE1BQU0sV0FBVyxLQUFLO0FBQ2xDLGNBQU0sZUFBZ0IsTUFBTSxJQUFJLElBQUksT0FBTyxRQUFRLFdBQVcsVUFBVSxDQUFDO0FBQ3pFLGNBQU0sT0FBTyxNQUFNRCxTQUFRO0FBRzNCLGNBQU0sT0FDSixDQUFDO0FBQ0gsZUFBTztBQUFBLFVBQ0wsTUFBTSxRQUFRLE9BQU87QUFDbkIsbUJBQU8sS0FBSyxTQUFTLE9BQU87QUFDMUIsb0JBQU0sWUFBWSxxQkFBcUI7QUFDdkMsb0JBQU0sVUFBVSxRQUFRLFlBQVksVUFBVSxHQUFHLFlBQVk7QUFDN0QsbUJBQUssS0FBSztBQUFBLGdCQUNSLFFBQVEsTUFBTSxZQUFZLEtBQUssV0FBVyxDQUFDO0FBQUEsZ0JBQzNDLFVBQVUsRUFBRSxRQUFRLHFCQUFxQixFQUFFO0FBQUEsZ0JBQzNDLFFBQVEsRUFBRSxRQUFRLFVBQVU7QUFBQSxjQUM5QixDQUFDO0FBQUEsWUFDSDtBQUFBLFVBQ0Y7QUFBQSxVQUNBLE1BQU0sS0FBSztBQUNULGtCQUFNLEVBQUUsUUFBUSxVQUFVLE9BQU8sSUFBSSxLQUFLLElBQUk7QUFDOUMsa0JBQU0sVUFBVSxLQUFLO0FBQ3JCLGtCQUFNLFVBQVUsTUFBTSxpQkFBaUIsTUFBTSxRQUFRLFFBQVEsUUFBUTtBQUNyRSxrQkFBTSxXQUFXLE1BQU0sZUFBZSxNQUFNLFFBQVEsU0FBUyxTQUFTLFFBQVE7QUFDOUUsa0JBQU0sV0FBVyxNQUFNLGVBQWUsSUFBSSxRQUFRLFVBQVUsTUFBTTtBQUNsRSxnQkFBSSxDQUFDLFNBQVMsV0FBWSxPQUFNLElBQUksTUFBTSx1Q0FBdUM7QUFDakYsWUFBQUMsT0FBTSxNQUFNLFNBQVMsV0FBVyxPQUFPO0FBQUEsVUFDekM7QUFBQSxRQUNGO0FBQUEsTUFDRjtBQUFBLE1BRUEsTUFBTSxPQUFPLEVBQUUsVUFBQUQsV0FBVSxPQUFBQyxPQUFNLEdBQW9CO0FBQ2pELGNBQU0sRUFBRSxPQUFPLEtBQUssV0FBVyxJQUFJLE1BQU0sS0FBS0QsU0FBUTtBQUN0RCxjQUFNLE9BQU8sTUFBTUEsU0FBUTtBQUMzQixlQUFPO0FBQUEsVUFDTCxNQUFNLEtBQUs7QUFDVCxrQkFBTSxVQUFVLEtBQUs7QUFDckIsa0JBQU0sV0FBVyxNQUFNLGVBQWUsTUFBTSxRQUFRLFlBQVksU0FBUyxNQUFNLEdBQUc7QUFDbEYsWUFBQUMsT0FBTSxPQUFPLE1BQU0sZUFBZSxJQUFJLFFBQVEsVUFBVSxJQUFJLEdBQUcsR0FBRyxXQUFXLE9BQU87QUFBQSxVQUN0RjtBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQUEsTUFFQSxNQUFNLFlBQVksRUFBRSxVQUFBRCxXQUFVLE9BQUFDLE9BQU0sR0FBb0I7QUFDdEQsY0FBTSxFQUFFLE9BQU8sS0FBSyxjQUFjLFdBQVcsSUFBSSxNQUFNLEtBQUtELFNBQVE7QUFDcEUsY0FBTSxPQUFPLE1BQU1BLFNBQVE7QUFDM0IsWUFBSSxPQUFPO0FBQ1gsZUFBTztBQUFBLFVBQ0wsTUFBTSxLQUFLO0FBQ1Qsa0JBQU0sVUFBVSxLQUFLO0FBQ3JCLGtCQUFNLENBQUMsTUFBTSxJQUFJLE9BQU8sSUFDdEIsU0FBUyxNQUFNLElBQUksQ0FBQyxPQUFPLEtBQUssVUFBVSxJQUFJLENBQUMsS0FBSyxPQUFPLFlBQVk7QUFDekUsa0JBQU0sV0FBVyxNQUFNLGVBQWUsS0FBSyxRQUFRLFNBQVMsU0FBUyxLQUFLLEdBQUc7QUFDN0UsWUFBQUMsT0FBTSxPQUFPLE1BQU0sZUFBZSxHQUFHLFFBQVEsVUFBVSxHQUFHLEdBQUcsR0FBRyxXQUFXLE9BQU87QUFBQSxVQUNwRjtBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQUEsTUFFQSxNQUFNLE1BQU0sRUFBRSxVQUFBRCxXQUFVLE9BQUFDLE9BQU0sR0FBb0I7QUFDaEQsY0FBTSxRQUFRLE1BQU0sV0FBVyxPQUFPO0FBQ3RDLGNBQU0sTUFBTSxNQUFNLFdBQVcsS0FBSztBQUNsQyxjQUFNLGlCQUFpQixXQUFXLE9BQU8sZ0JBQWdCLElBQUksV0FBVyxFQUFFLENBQUM7QUFDM0UsY0FBTSxlQUFlLE1BQU07QUFBQSxVQUN6QixNQUFNO0FBQUEsVUFDTjtBQUFBLFVBQ0EsTUFBTTtBQUFBLFFBQ1I7QUFDQSxjQUFNLDZCQUE2QixVQUFVLEtBQUssR0FBRyxjQUFjLElBQUksR0FBRztBQUMxRSxjQUFNLE9BQU8sTUFBTUQsU0FBUTtBQUMzQixlQUFPO0FBQUEsVUFDTCxNQUFNLEtBQUs7QUFDVCxrQkFBTSxVQUFVLEtBQUs7QUFDckIsa0JBQU0sV0FBVyxNQUFNLGFBQWEsTUFBTSxRQUFRLGdCQUFnQixTQUFTLE1BQU0sR0FBRztBQUNwRixZQUFBQyxPQUFNLE9BQU8sTUFBTSxhQUFhLFVBQVUsSUFBSSxHQUFHLEdBQUcsV0FBVyxPQUFPO0FBQUEsVUFDeEU7QUFBQSxRQUNGO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7OztBcEM3TUEsSUFBTSxDQUFDLEtBQUssVUFBVSxPQUFPLFVBQVUsSUFBSSxNQUFNLElBQUksUUFBUSxLQUFLLE1BQU0sQ0FBQztBQUN6RSxJQUFNLE9BQU8sVUFBVSxLQUFLLFNBQVMsV0FBVyxxQkFBcUIsSUFBSyxnQkFBZ0I7QUFDMUYsS0FBSyxTQUFVO0FBQ2YsSUFBTSxJQUFJLE1BQU0sS0FBSyxVQUFVLEVBQWMsRUFBRyxFQUFFLFVBQVUsU0FBUyxJQUFJLElBQUksR0FBRyxPQUFPLElBQUksZUFBZSxHQUFHLEVBQUUsQ0FBQztBQUNoSCxJQUFJLEVBQUUsUUFBUyxPQUFNLEVBQUUsUUFBUSxPQUFPLENBQUMsQ0FBQztBQUN4QyxJQUFNLEtBQUssWUFBWSxJQUFJO0FBQzNCLFNBQVMsSUFBSSxHQUFHLElBQUksT0FBTyxDQUFDLEdBQUcsSUFBSyxPQUFNLEVBQUUsR0FBRztBQUMvQyxRQUFRLElBQUksSUFBSSxRQUFTLFlBQVksSUFBSSxJQUFJLE1BQU0sT0FBTyxDQUFDLElBQUssS0FBTSxRQUFRLENBQUMsR0FBRyxVQUFPOyIsCiAgIm5hbWVzIjogWyJuIiwgInByb2Nlc3MiLCAiY3JlYXRlIiwgIlAyNTZfTiIsICJmcm9tSGV4IiwgIm4iLCAiZW5nbGlzaCIsICJlbmdsaXNoIiwgImVudW1EZXNjIiwgImZpbGVEZXNjIiwgIm1lc3NhZ2VEZXNjIiwgImZpbGVEZXNjIiwgIm1lc3NhZ2VEZXNjIiwgIm1lc3NhZ2VEZXNjIiwgIlJldm9jYXRpb25SZWFzb24iLCAiZW51bURlc2MiLCAiZmlsZURlc2MiLCAibWVzc2FnZURlc2MiLCAiZmlsZURlc2MiLCAibWVzc2FnZURlc2MiLCAiZmlsZURlc2MiLCAibWVzc2FnZURlc2MiLCAiZmlsZURlc2MiLCAibWVzc2FnZURlc2MiLCAiZmlsZURlc2MiLCAibWVzc2FnZURlc2MiLCAiZmlsZURlc2MiLCAibWVzc2FnZURlc2MiLCAiZW51bURlc2MiLCAiZmlsZURlc2MiLCAibWVzc2FnZURlc2MiLCAiRW52ZWxvcGVUeXBlIiwgImZpbGVEZXNjIiwgIm1lc3NhZ2VEZXNjIiwgImZpbGVEZXNjIiwgIm1lc3NhZ2VEZXNjIiwgIm4iLCAibiIsICJub3ciLCAiZnJvbUhleCIsICJjcmVhdGUiLCAiZW51bURlc2MiLCAiZmlsZURlc2MiLCAibWVzc2FnZURlc2MiLCAiY3JlYXRlIiwgImZyb21CaW5hcnkiLCAidG9CaW5hcnkiLCAiZnJvbUJpbmFyeSIsICJ0b0JpbmFyeSIsICJjcmVhdGUiLCAiY3JlYXRlIiwgIm5vdyIsICJjcmVhdGUiLCAiY3JlYXRlIiwgInJhbmRvbSIsICJjcmVhdGUiLCAibm93IiwgInBsYWluSGVhZGVyIiwgImhlYWRlciIsICJaRVJPX1NBTFQiLCAiZGgiLCAiY3JlYXRlIiwgInBsYWludGV4dCIsICJjbG9uZSIsICJjcmVhdGUiLCAiQURfTEFCRUwiLCAiZnJvbUhleCIsICJsb2FkUmVjb3JkIiwgImNyZWF0ZSIsICJsb2FkUmVjb3JkIiwgImNyZWF0ZSIsICJBRF9MQUJFTCIsICJjbG9uZSIsICJzdGVwIiwgIm1lc3NhZ2VzIiwgImNoZWNrIl0KfQo=
