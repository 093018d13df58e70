// bench/.scratch/prof.ts
import { performance } from "node:perf_hooks";

// src/primitives/native.ts
import { hchacha } from "@noble/ciphers/chacha.js";

// src/primitives/provider.ts
import { ed25519, x25519 } from "@noble/curves/ed25519.js";
import { p256 } from "@noble/curves/nist.js";
import { chacha20poly1305, xchacha20poly1305 } from "@noble/ciphers/chacha.js";
import { ml_kem1024 } from "@noble/post-quantum/ml-kem.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { hmac } from "@noble/hashes/hmac.js";
import { sha256, sha512 } from "@noble/hashes/sha2.js";
import { concatBytes, randomBytes as nobleRandomBytes } from "@noble/hashes/utils.js";

// src/interfaces/errors.ts
var ERROR_CODES = [
  "MALFORMED",
  "BAD_SIGNATURE",
  "EXPIRED",
  "REVOKED",
  "UNKNOWN_ISSUER",
  "STALE_REVOCATION_LIST",
  "SUPERSEDED",
  "INVALID_UUID",
  "INVALID_MNEMONIC",
  "INVALID_PATH",
  "INVALID_KEY",
  "UNSUPPORTED_ALGORITHM",
  "KEY_NOT_FOUND",
  "KEY_NOT_EXTRACTABLE",
  "KEYSTORE",
  "WRONG_PASSPHRASE",
  "INVALID_ARGUMENT",
  "STORAGE",
  "DECRYPT_FAILED",
  "DUPLICATE_MESSAGE",
  "MESSAGE_EXPIRED",
  "TOO_MANY_SKIPPED",
  "NO_SESSION",
  "UNKNOWN_PREKEY",
  "UNTRUSTED_IDENTITY",
  "UNSUPPORTED_VERSION"
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
    this.name = "NexusError";
    this.code = code;
  }
  /**
   * Whether `err` is a {@link NexusError}, optionally with one of the given codes.
   * Narrows the type so `err.code` is the matched code.
   */
  static is(err, ...codes) {
    if (!(err instanceof Error) || err.name !== "NexusError") return false;
    const code = err.code;
    if (typeof code !== "string" || !CODE_SET.has(code)) return false;
    return codes.length === 0 || codes.includes(code);
  }
};

// src/primitives/provider.ts
var portableProvider = {
  name: "portable",
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
      return ed25519.verify(signature, message, publicKey, { zip215: false }) && ed25519Cofactorless(publicKey, message, signature);
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
  mlKem1024Decapsulate: (seed, ciphertext) => ml_kem1024.decapsulate(ciphertext, ml_kem1024.keygen(seed).secretKey),
  chacha20poly1305Seal: (key, nonce, plaintext, ad) => chacha20poly1305(key, nonce, ad).encrypt(plaintext),
  chacha20poly1305Open: (key, nonce, ciphertext, ad) => {
    try {
      return chacha20poly1305(key, nonce, ad).decrypt(ciphertext);
    } catch {
      return null;
    }
  },
  xchacha20poly1305Seal: (key, nonce, plaintext, ad) => xchacha20poly1305(key, nonce, ad).encrypt(plaintext),
  xchacha20poly1305Open: (key, nonce, ciphertext, ad) => {
    try {
      return xchacha20poly1305(key, nonce, ad).decrypt(ciphertext);
    } catch {
      return null;
    }
  }
};
var active;
function crypto() {
  return active ??= createNativeProvider() ?? portableProvider;
}
function setCryptoProvider(provider) {
  active = provider;
}
var ED25519_L = ed25519.Point.Fn.ORDER;
function littleEndian(bytes) {
  let n2 = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n2 = n2 << 8n | BigInt(bytes[i]);
  return n2;
}
function ed25519Cofactorless(publicKey, message, signature) {
  const R = ed25519.Point.fromBytes(signature.subarray(0, 32));
  const A = ed25519.Point.fromBytes(publicKey);
  const S = littleEndian(signature.subarray(32));
  const k = littleEndian(sha512(concatBytes(signature.subarray(0, 32), publicKey, message))) % ED25519_L;
  return ed25519.Point.BASE.multiplyUnsafe(S).equals(R.add(A.multiplyUnsafe(k)));
}
var P256_N = p256.Point.CURVE().n;
function normalizeP256LowS(signature) {
  if (signature.length !== 64)
    throw new NexusError("MALFORMED", "P-256 signature must be 64 bytes");
  let s = 0n;
  for (let i = 32; i < 64; i++) s = s << 8n | BigInt(signature[i]);
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
    chosen[name] = NATIVE_CHOICES[name] === "node:crypto" && works(all, name) ? all[name] : portableProvider[name];
  }
  return { ...chosen, name: "native" };
}
var NATIVE_CHOICES = {
  randomBytes: "node:crypto",
  sha256: "node:crypto",
  sha512: "node:crypto",
  hmacSha256: "node:crypto",
  hmacSha512: "node:crypto",
  hkdfSha256: "node:crypto",
  ed25519PublicKey: "node:crypto",
  ed25519Sign: "node:crypto",
  ed25519Verify: "node:crypto",
  p256PublicKey: "node:crypto",
  p256Sign: "node:crypto",
  p256Verify: "node:crypto",
  x25519PublicKey: "node:crypto",
  x25519: "node:crypto",
  mlKem1024PublicKey: "node:crypto",
  mlKem1024Encapsulate: "node:crypto",
  mlKem1024Decapsulate: "node:crypto",
  chacha20poly1305Seal: "node:crypto",
  chacha20poly1305Open: "node:crypto",
  xchacha20poly1305Seal: "node:crypto",
  xchacha20poly1305Open: "node:crypto"
};
function loadNodeCrypto() {
  const process2 = globalThis.process;
  try {
    return process2?.getBuiltinModule?.("node:crypto") ?? null;
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
  mlKem1024Encapsulate: (p) => p.mlKem1024Encapsulate(p.mlKem1024PublicKey(new Uint8Array(64))).ciphertext.length === 1568,
  mlKem1024Decapsulate: (p) => p.mlKem1024Decapsulate(new Uint8Array(64), new Uint8Array(1568)).length === 32,
  chacha20poly1305Seal: (p) => p.chacha20poly1305Seal(
    new Uint8Array(32),
    new Uint8Array(12),
    new Uint8Array(0),
    new Uint8Array(0)
  ).length === 16
};
PROBES.chacha20poly1305Open = PROBES.chacha20poly1305Seal;
PROBES.xchacha20poly1305Seal = PROBES.chacha20poly1305Seal;
PROBES.xchacha20poly1305Open = PROBES.chacha20poly1305Seal;
function nodeCryptoProvider(node) {
  const keys = new KeyCache(256);
  const ed25519Private = (seed) => keys.get("ed25519-private", seed, () => importPkcs8(node, ED25519_PKCS8, seed, 32));
  const x25519Private = (secret) => keys.get("x25519-private", secret, () => importPkcs8(node, X25519_PKCS8, secret, 32));
  const p256Private = (secret) => keys.get("p256-private", secret, () => {
    if (!isP256Scalar(secret)) throw new RangeError("P-256 secret must be in [1, n-1]");
    return importPkcs8(node, P256_PKCS8, secret, 32);
  });
  const mlKemPrivate = (seed) => keys.get("ml-kem-1024-private", seed, () => {
    if (seed.length !== 64) throw new RangeError("ML-KEM-1024 seed must be 64 bytes");
    return node.createPrivateKey({
      key: seed,
      format: "raw-seed",
      asymmetricKeyType: "ml-kem-1024"
    });
  });
  const secretKey = (key) => node.createSecretKey(key);
  const digest = typeof node.hash === "function" ? (algorithm, data) => node.hash(algorithm, data, "buffer") : (algorithm, data) => node.createHash(algorithm).update(data).digest();
  const publicKeyDer = (key) => node.createPublicKey(key).export({ format: "der", type: "spki" });
  const chachaSeal = (key, nonce, plaintext, ad) => {
    if (key.length !== 32 || nonce.length !== 12) throw new RangeError("bad key or nonce size");
    const cipher = node.createCipheriv("chacha20-poly1305", secretKey(key), nonce, {
      authTagLength: 16
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
    const decipher = node.createDecipheriv("chacha20-poly1305", secretKey(key), nonce, {
      authTagLength: 16
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
    name: "node:crypto",
    randomBytes: (length) => node.randomFillSync(new Uint8Array(length)),
    sha256: (data) => plain(digest("sha256", data)),
    sha512: (data) => plain(digest("sha512", data)),
    hmacSha256: (key, data) => plain(node.createHmac("sha256", secretKey(key)).update(data).digest()),
    hmacSha512: (key, data) => plain(node.createHmac("sha512", secretKey(key)).update(data).digest()),
    hkdfSha256: (ikm, salt, info, length) => (
      // Node caps `info` at 1024 bytes and refuses length 0; RFC 5869 (and noble) do neither.
      info.length > 1024 || length === 0 ? portableProvider.hkdfSha256(ikm, salt, info, length) : new Uint8Array(node.hkdfSync("sha256", secretKey(ikm), salt, info, length))
    ),
    ed25519PublicKey: (seed) => tail(publicKeyDer(ed25519Private(seed)), 32),
    ed25519Sign: (seed, message) => plain(node.sign(null, message, ed25519Private(seed))),
    ed25519Verify: (publicKey, message, signature) => {
      if (publicKey.length !== 32 || signature.length !== 64) return false;
      if (!isStrictEd25519PublicKey(publicKey)) return false;
      try {
        const key = keys.get(
          "ed25519-public",
          publicKey,
          () => importSpki(node, ED25519_SPKI, publicKey)
        );
        return node.verify(null, message, key, signature);
      } catch {
        return false;
      }
    },
    p256PublicKey: (secret) => compressP256Spki(node, publicKeyDer(p256Private(secret))),
    p256Sign: (secret, message) => (
      // OpenSSL picks a random nonce (noble derives it, RFC 6979), and either S.
      normalizeP256LowS(
        plain(
          node.sign("sha256", message, { key: p256Private(secret), dsaEncoding: "ieee-p1363" })
        )
      )
    ),
    p256Verify: (publicKey, message, signature) => {
      if (signature.length !== 64 || !isLowS(signature)) return false;
      const prefix = publicKey.length === 33 && (publicKey[0] === 2 || publicKey[0] === 3) ? P256_SPKI_COMPRESSED : publicKey.length === 65 && publicKey[0] === 4 ? P256_SPKI_UNCOMPRESSED : null;
      if (!prefix) return false;
      try {
        const key = keys.get("p256-public", publicKey, () => importSpki(node, prefix, publicKey));
        return node.verify("sha256", message, { key, dsaEncoding: "ieee-p1363" }, signature);
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
            publicKey: keys.get(
              "x25519-public",
              publicKey,
              () => importSpki(node, X25519_SPKI, publicKey)
            )
          })
        );
        return shared.some((b) => b !== 0) ? shared : null;
      } catch {
        return null;
      }
    },
    mlKem1024PublicKey: (seed) => plain(node.createPublicKey(mlKemPrivate(seed)).export({ format: "raw-public" })),
    mlKem1024Encapsulate: (publicKey, randomness) => {
      if (randomness !== void 0)
        return portableProvider.mlKem1024Encapsulate(publicKey, randomness);
      const key = keys.get(
        "ml-kem-1024-public",
        publicKey,
        () => node.createPublicKey({
          key: publicKey,
          format: "raw-public",
          asymmetricKeyType: "ml-kem-1024"
        })
      );
      const { ciphertext, sharedKey } = node.encapsulate(key);
      return { ciphertext: plain(ciphertext), sharedSecret: plain(sharedKey) };
    },
    mlKem1024Decapsulate: (seed, ciphertext) => {
      if (ciphertext.length !== 1568)
        throw new RangeError("ML-KEM-1024 ciphertext must be 1568 bytes");
      return plain(node.decapsulate(mlKemPrivate(seed), ciphertext));
    },
    chacha20poly1305Seal: chachaSeal,
    chacha20poly1305Open: chachaOpen,
    // Node has no XChaCha20: derive the HChaCha20 subkey with noble, then seal natively (RFC draft-irtf-cfrg-xchacha §2.3).
    xchacha20poly1305Seal: (key, nonce, plaintext, ad) => {
      if (key.length !== 32 || nonce.length !== 24) throw new RangeError("bad key or nonce size");
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
    }
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
var ED25519_PKCS8 = fromHex("302e020100300506032b657004220420");
var ED25519_SPKI = fromHex("302a300506032b6570032100");
var X25519_PKCS8 = fromHex("302e020100300506032b656e04220420");
var X25519_SPKI = fromHex("302a300506032b656e032100");
var P256_PKCS8 = fromHex(
  "3041020100301306072a8648ce3d020106082a8648ce3d030107042730250201010420"
);
var P256_SPKI_UNCOMPRESSED = fromHex("3059301306072a8648ce3d020106082a8648ce3d030107034200");
var P256_SPKI_COMPRESSED = fromHex("3039301306072a8648ce3d020106082a8648ce3d030107032200");
var P256_N2 = fromHex("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
var P256_HALF_N = fromHex("7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a8");
function importPkcs8(node, header, secret, size) {
  if (secret.length !== size) throw new RangeError(`secret must be ${size} bytes`);
  const der = new Uint8Array(header.length + size);
  der.set(header);
  der.set(secret, header.length);
  try {
    return node.createPrivateKey({ key: der, format: "der", type: "pkcs8" });
  } finally {
    der.fill(0);
  }
}
function importSpki(node, header, publicKey) {
  const der = new Uint8Array(header.length + publicKey.length);
  der.set(header);
  der.set(publicKey, header.length);
  return node.createPublicKey({ key: der, format: "der", type: "spki" });
}
function compressP256Spki(node, spki) {
  return plain(
    node.ECDH.convertKey(
      tail(spki, 65),
      "prime256v1",
      void 0,
      void 0,
      "compressed"
    )
  );
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
  "0000000000000000000000000000000000000000000000000000000000000000",
  // y = 0, order 4
  "0100000000000000000000000000000000000000000000000000000000000000",
  // y = 1, identity
  "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
  // order 8
  "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
  // order 8
  "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"
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
  return buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength ? new Uint8Array(buf.buffer, 0, buf.byteLength) : new Uint8Array(buf);
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
import { base58 } from "@scure/base";

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
  let out = "";
  for (const b of bytes) out += b.toString(16).padStart(2, "0");
  return out;
}
function fromHex2(hex) {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
    throw new NexusError("MALFORMED", "invalid hex string");
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
var CHECKSUM_DOMAIN = utf8("NexusLink UUID");
var UUID_BYTES = 1 + 32 + 4;
function checksum(version, publicKey) {
  return crypto().sha256(concat(CHECKSUM_DOMAIN, Uint8Array.of(version), publicKey)).subarray(0, 4);
}
function uuidFromPublicKey(publicKey) {
  if (!isValidEd25519Point(publicKey))
    throw new NexusError("INVALID_KEY", "not a valid Ed25519 public key");
  return base58.encode(
    concat(Uint8Array.of(UUID_VERSION), publicKey, checksum(UUID_VERSION, publicKey))
  );
}
function parseUuid(text) {
  if (typeof text !== "string") throw new NexusError("INVALID_UUID", "UUID must be a string");
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 64)
    throw new NexusError("INVALID_UUID", "UUID has the wrong length");
  let bytes;
  try {
    bytes = base58.decode(trimmed);
  } catch {
    throw new NexusError("INVALID_UUID", "UUID contains characters outside the Base58 alphabet");
  }
  if (bytes.length !== UUID_BYTES)
    throw new NexusError("INVALID_UUID", "UUID has the wrong length");
  const version = bytes[0];
  if (version !== UUID_VERSION)
    throw new NexusError("INVALID_UUID", `unsupported UUID version ${version}`);
  const publicKey = bytes.slice(1, 33);
  if (!bytesEqual(bytes.subarray(33), checksum(version, publicKey))) {
    throw new NexusError("INVALID_UUID", "UUID checksum does not match (mistyped?)");
  }
  if (!isValidEd25519Point(publicKey))
    throw new NexusError("INVALID_UUID", "UUID does not name a valid Ed25519 key");
  return { uuid: trimmed, version, publicKey };
}

// src/identity/mnemonic.ts
import {
  entropyToMnemonic as scureEntropyToMnemonic,
  generateMnemonic as scureGenerateMnemonic,
  mnemonicToEntropy,
  mnemonicToSeedSync,
  validateMnemonic
} from "@scure/bip39";
import { wordlist as english2 } from "@scure/bip39/wordlists/english.js";

// src/identity/wordlists.ts
import { wordlist as czech } from "@scure/bip39/wordlists/czech.js";
import { wordlist as english } from "@scure/bip39/wordlists/english.js";
import { wordlist as french } from "@scure/bip39/wordlists/french.js";
import { wordlist as italian } from "@scure/bip39/wordlists/italian.js";
import { wordlist as japanese } from "@scure/bip39/wordlists/japanese.js";
import { wordlist as korean } from "@scure/bip39/wordlists/korean.js";
import { wordlist as portuguese } from "@scure/bip39/wordlists/portuguese.js";
import { wordlist as simplifiedChinese } from "@scure/bip39/wordlists/simplified-chinese.js";
import { wordlist as spanish } from "@scure/bip39/wordlists/spanish.js";
import { wordlist as traditionalChinese } from "@scure/bip39/wordlists/traditional-chinese.js";
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
  chineseTraditional: traditionalChinese
};

// src/identity/mnemonic.ts
function generateMnemonic(options = {}) {
  const words = options.words ?? 24;
  if (![12, 15, 18, 21, 24].includes(words))
    throw new NexusError("INVALID_ARGUMENT", "words must be 12, 15, 18, 21 or 24");
  return scureGenerateMnemonic(options.wordlist ?? english2, words / 3 * 32);
}
function detectWordlist(mnemonic) {
  if (typeof mnemonic !== "string") return null;
  for (const list of Object.values(WORDLISTS)) {
    if (validateMnemonic(mnemonic.normalize("NFKD"), list)) return list;
  }
  return null;
}
function mnemonicToSeed(mnemonic, passphrase = "", options = {}) {
  if (typeof mnemonic !== "string" || typeof passphrase !== "string") {
    throw new NexusError("INVALID_ARGUMENT", "mnemonic and passphrase must be strings");
  }
  const normalized = mnemonic.normalize("NFKD").trim().split(/\s+/u).join(" ");
  if (options.wordlist !== false) {
    const ok = options.wordlist === void 0 ? detectWordlist(normalized) !== null : validateMnemonic(normalized, options.wordlist);
    if (!ok)
      throw new NexusError(
        "INVALID_MNEMONIC",
        "not a valid BIP-39 mnemonic (unknown word or bad checksum)"
      );
  }
  if (normalized.length === 0) throw new NexusError("INVALID_MNEMONIC", "mnemonic is empty");
  try {
    return mnemonicToSeedSync(normalized, passphrase);
  } catch {
    throw new NexusError("INVALID_MNEMONIC", "not a valid BIP-39 mnemonic");
  }
}
var HARDENED = 2147483648;
var ED25519_SEED_KEY = utf8("ed25519 seed");
function parseHardenedPath(path) {
  if (typeof path !== "string") throw new NexusError("INVALID_PATH", "path must be a string");
  const parts = path.split("/");
  if (parts[0] !== "m") throw new NexusError("INVALID_PATH", 'a path starts with "m"');
  return parts.slice(1).map((part) => {
    const m = /^(\d{1,10})['hH]$/.exec(part);
    if (!m)
      throw new NexusError("INVALID_PATH", `path component "${part}" is not a hardened index`);
    const index = Number(m[1]);
    if (index >= HARDENED)
      throw new NexusError("INVALID_PATH", `path index ${index} is out of range`);
    return index + HARDENED;
  });
}
function deriveEd25519(seed, path) {
  if (!(seed instanceof Uint8Array) || seed.length < 16 || seed.length > 64) {
    throw new NexusError("INVALID_ARGUMENT", "seed must be 16 to 64 bytes");
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
var INSPECT = /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom");

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
    this.publicKey = Object.freeze({ algorithm: "ed25519", bytes });
    this.uuid = uuidFromPublicKey(bytes);
  }
  /**
   * An identity from its 32-byte Ed25519 seed (the SLIP-0010 private key).
   *
   * @throws NexusError `INVALID_KEY` when the seed is not 32 bytes.
   */
  static fromSeed(seed) {
    if (!(seed instanceof Uint8Array) || seed.length !== 32) {
      throw new NexusError("INVALID_KEY", "identity seed must be 32 bytes");
    }
    return new _Identity(seed);
  }
  /** Sign `message` with the identity key. */
  async sign(message) {
    if (this.#destroyed) throw new NexusError("INVALID_ARGUMENT", "identity has been destroyed");
    return crypto().ed25519Sign(this.#seed, message);
  }
  /**
   * A copy of the 32-byte identity seed, for backups. Treat it as the
   * identity itself.
   */
  exportSeed() {
    if (this.#destroyed) throw new NexusError("INVALID_ARGUMENT", "identity has been destroyed");
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
function identityFromMnemonic(mnemonic, passphrase = "", options) {
  const seed = mnemonicToSeed(mnemonic, passphrase, options);
  const node = deriveEd25519(seed, IDENTITY_KEY_PATH);
  const identity = Identity.fromSeed(node.privateKey);
  wipe(seed, node.privateKey, node.chainCode);
  return identity;
}
function createIdentity(options = {}) {
  const mnemonic = generateMnemonic(options.words === void 0 ? {} : { words: options.words });
  return { identity: identityFromMnemonic(mnemonic, options.passphrase ?? ""), mnemonic };
}

// src/identity/signing-key.ts
var SigningKeyPair = class _SigningKeyPair {
  #seed;
  publicKey;
  constructor(seed) {
    this.#seed = seed;
    this.publicKey = Object.freeze({
      algorithm: "ed25519",
      bytes: crypto().ed25519PublicKey(seed)
    });
  }
  /** A fresh random key pair. */
  static generate() {
    return new _SigningKeyPair(crypto().randomBytes(32));
  }
  /** A key pair from its 32-byte Ed25519 seed. @throws NexusError `INVALID_KEY`. */
  static fromSeed(seed) {
    if (!(seed instanceof Uint8Array) || seed.length !== 32)
      throw new NexusError("INVALID_KEY", "Ed25519 seed must be 32 bytes");
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
      throw new NexusError("INVALID_KEY", "X25519 secret must be 32 bytes");
    return new _KeyAgreementKeyPair(secret.slice());
  }
  /**
   * X25519 with a peer's public key.
   *
   * @throws NexusError `INVALID_KEY` when the result is all zeros (a low-order peer key).
   */
  agree(peerPublicKey) {
    const shared = peerPublicKey instanceof Uint8Array && peerPublicKey.length === 32 ? crypto().x25519(this.#secret, peerPublicKey) : null;
    if (shared === null)
      throw new NexusError(
        "INVALID_KEY",
        "X25519 with this public key failed (low-order or malformed key)"
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
import { enumDesc, fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
var file_nexuslink_v1_keys = /* @__PURE__ */ fileDesc("ChduZXh1c2xpbmsvdjEva2V5cy5wcm90bxIMbmV4dXNsaW5rLnYxIkcKCVB1YmxpY0tleRItCglhbGdvcml0aG0YASABKA4yGi5uZXh1c2xpbmsudjEuS2V5QWxnb3JpdGhtEgsKA2tleRgCIAEoDCq9AQoMS2V5QWxnb3JpdGhtEh0KGUtFWV9BTEdPUklUSE1fVU5TUEVDSUZJRUQQABIZChVLRVlfQUxHT1JJVEhNX0VEMjU1MTkQARIcChhLRVlfQUxHT1JJVEhNX0VDRFNBX1AyNTYQAhIYChRLRVlfQUxHT1JJVEhNX1gyNTUxORADEhwKGEtFWV9BTEdPUklUSE1fTUxfS0VNXzc2OBAEEh0KGUtFWV9BTEdPUklUSE1fTUxfS0VNXzEwMjQQBWIGcHJvdG8z");
var PublicKeySchema = /* @__PURE__ */ messageDesc(file_nexuslink_v1_keys, 0);

// src/wire/gen/nexuslink/v1/identity_pb.ts
import { enumDesc as enumDesc2, fileDesc as fileDesc2, messageDesc as messageDesc2 } from "@bufbuild/protobuf/codegenv2";
var file_nexuslink_v1_identity = /* @__PURE__ */ fileDesc2("ChtuZXh1c2xpbmsvdjEvaWRlbnRpdHkucHJvdG8SDG5leHVzbGluay52MSIwCg1TaWduZWRNZXNzYWdlEgwKBGJvZHkYASABKAwSEQoJc2lnbmF0dXJlGAIgASgMIqIBCh1TZWxmU2lnbmluZ0tleUNlcnRpZmljYXRlQm9keRIPCgd2ZXJzaW9uGAEgASgNEhQKDGlkZW50aXR5X2tleRgCIAEoDBIsCgtzaWduaW5nX2tleRgDIAEoCzIXLm5leHVzbGluay52MS5QdWJsaWNLZXkSFQoNY3JlYXRlZF9hdF9tcxgEIAEoBBIVCg1leHBpcmVzX2F0X21zGAUgASgEIqQCChVEZXZpY2VDZXJ0aWZpY2F0ZUJvZHkSDwoHdmVyc2lvbhgBIAEoDRIUCgxpZGVudGl0eV9rZXkYAiABKAwSEQoJZGV2aWNlX2lkGAMgASgMEhQKDGRpc3BsYXlfbmFtZRgEIAEoCRIsCgtzaWduaW5nX2tleRgFIAEoCzIXLm5leHVzbGluay52MS5QdWJsaWNLZXkSMgoRa2V5X2FncmVlbWVudF9rZXkYBiABKAsyFy5uZXh1c2xpbmsudjEuUHVibGljS2V5EisKCmlzc3Vlcl9rZXkYByABKAsyFy5uZXh1c2xpbmsudjEuUHVibGljS2V5EhUKDWNyZWF0ZWRfYXRfbXMYCCABKAQSFQoNZXhwaXJlc19hdF9tcxgJIAEoBCJpCg1SZXZva2VkRGV2aWNlEhEKCWRldmljZV9pZBgBIAEoDBIVCg1yZXZva2VkX2F0X21zGAIgASgEEi4KBnJlYXNvbhgDIAEoDjIeLm5leHVzbGluay52MS5SZXZvY2F0aW9uUmVhc29uIrwBChJSZXZvY2F0aW9uTGlzdEJvZHkSDwoHdmVyc2lvbhgBIAEoDRIUCgxpZGVudGl0eV9rZXkYAiABKAwSDgoGc2VyaWFsGAMgASgEEhQKDGlzc3VlZF9hdF9tcxgEIAEoBBIsCgdkZXZpY2VzGAUgAygLMhsubmV4dXNsaW5rLnYxLlJldm9rZWREZXZpY2USKwoKaXNzdWVyX2tleRgGIAEoCzIXLm5leHVzbGluay52MS5QdWJsaWNLZXkqkwEKEFJldm9jYXRpb25SZWFzb24SIQodUkVWT0NBVElPTl9SRUFTT05fVU5TUEVDSUZJRUQQABIaChZSRVZPQ0FUSU9OX1JFQVNPTl9MT1NUEAESIQodUkVWT0NBVElPTl9SRUFTT05fQ09NUFJPTUlTRUQQAhIdChlSRVZPQ0FUSU9OX1JFQVNPTl9SRVRJUkVEEANiBnByb3RvMw", [file_nexuslink_v1_keys]);
var SignedMessageSchema = /* @__PURE__ */ messageDesc2(file_nexuslink_v1_identity, 0);
var SelfSigningKeyCertificateBodySchema = /* @__PURE__ */ messageDesc2(file_nexuslink_v1_identity, 1);
var DeviceCertificateBodySchema = /* @__PURE__ */ messageDesc2(file_nexuslink_v1_identity, 2);
var RevocationListBodySchema = /* @__PURE__ */ messageDesc2(file_nexuslink_v1_identity, 4);
var RevocationReason = /* @__PURE__ */ ((RevocationReason2) => {
  RevocationReason2[RevocationReason2["UNSPECIFIED"] = 0] = "UNSPECIFIED";
  RevocationReason2[RevocationReason2["LOST"] = 1] = "LOST";
  RevocationReason2[RevocationReason2["COMPROMISED"] = 2] = "COMPROMISED";
  RevocationReason2[RevocationReason2["RETIRED"] = 3] = "RETIRED";
  return RevocationReason2;
})(RevocationReason || {});

// src/wire/gen/nexuslink/v1/backup_pb.ts
import { enumDesc as enumDesc3, fileDesc as fileDesc3, messageDesc as messageDesc3 } from "@bufbuild/protobuf/codegenv2";
var file_nexuslink_v1_backup = /* @__PURE__ */ fileDesc3("ChluZXh1c2xpbmsvdjEvYmFja3VwLnByb3RvEgxuZXh1c2xpbmsudjEiywEKDEJhY2t1cEhlYWRlchIPCgd2ZXJzaW9uGAEgASgNEiQKA2tkZhgCIAEoDjIXLm5leHVzbGluay52MS5CYWNrdXBLZGYSDAoEc2FsdBgDIAEoDBISCgptZW1vcnlfa2liGAQgASgNEhIKCml0ZXJhdGlvbnMYBSABKA0SEwoLcGFyYWxsZWxpc20YBiABKA0SKgoGY2lwaGVyGAcgASgOMhoubmV4dXNsaW5rLnYxLkJhY2t1cENpcGhlchINCgVub25jZRgIIAEoDCJUChJJZGVudGl0eUJhY2t1cEZpbGUSKgoGaGVhZGVyGAEgASgLMhoubmV4dXNsaW5rLnYxLkJhY2t1cEhlYWRlchISCgpjaXBoZXJ0ZXh0GAIgASgMIucBChZJZGVudGl0eUJhY2t1cENvbnRlbnRzEg8KB3ZlcnNpb24YASABKA0SFQoNaWRlbnRpdHlfc2VlZBgCIAEoDBIZChFzZWxmX3NpZ25pbmdfc2VlZBgDIAEoDBI9ChhzZWxmX3NpZ25pbmdfY2VydGlmaWNhdGUYBCABKAsyGy5uZXh1c2xpbmsudjEuU2lnbmVkTWVzc2FnZRI0Cg9yZXZvY2F0aW9uX2xpc3QYBSABKAsyGy5uZXh1c2xpbmsudjEuU2lnbmVkTWVzc2FnZRIVCg1jcmVhdGVkX2F0X21zGAYgASgEKkAKCUJhY2t1cEtkZhIaChZCQUNLVVBfS0RGX1VOU1BFQ0lGSUVEEAASFwoTQkFDS1VQX0tERl9BUkdPTjJJRBABKlMKDEJhY2t1cENpcGhlchIdChlCQUNLVVBfQ0lQSEVSX1VOU1BFQ0lGSUVEEAASJAogQkFDS1VQX0NJUEhFUl9YQ0hBQ0hBMjBfUE9MWTEzMDUQAWIGcHJvdG8z", [file_nexuslink_v1_identity]);
var BackupHeaderSchema = /* @__PURE__ */ messageDesc3(file_nexuslink_v1_backup, 0);
var IdentityBackupFileSchema = /* @__PURE__ */ messageDesc3(file_nexuslink_v1_backup, 1);
var IdentityBackupContentsSchema = /* @__PURE__ */ messageDesc3(file_nexuslink_v1_backup, 2);

// src/wire/gen/nexuslink/v1/contact_pb.ts
import { fileDesc as fileDesc4, messageDesc as messageDesc4 } from "@bufbuild/protobuf/codegenv2";
var file_nexuslink_v1_contact = /* @__PURE__ */ fileDesc4("ChpuZXh1c2xpbmsvdjEvY29udGFjdC5wcm90bxIMbmV4dXNsaW5rLnYxIr0CCg9Db250YWN0Q2FyZEJvZHkSDwoHdmVyc2lvbhgBIAEoDRIUCgxpZGVudGl0eV9rZXkYAiABKAwSFAoMZGlzcGxheV9uYW1lGAMgASgJEj0KGHNlbGZfc2lnbmluZ19jZXJ0aWZpY2F0ZRgEIAEoCzIbLm5leHVzbGluay52MS5TaWduZWRNZXNzYWdlEjgKE2RldmljZV9jZXJ0aWZpY2F0ZXMYBSADKAsyGy5uZXh1c2xpbmsudjEuU2lnbmVkTWVzc2FnZRI0Cg9yZXZvY2F0aW9uX2xpc3QYBiABKAsyGy5uZXh1c2xpbmsudjEuU2lnbmVkTWVzc2FnZRINCgVoaW50cxgHIAMoCRIVCg1jcmVhdGVkX2F0X21zGAggASgEEhgKEHNpZ25lcl9kZXZpY2VfaWQYCSABKAwiRQoTU2FmZXR5TnVtYmVyUGF5bG9hZBIPCgd2ZXJzaW9uGAEgASgNEg0KBWZpcnN0GAIgASgMEg4KBnNlY29uZBgDIAEoDGIGcHJvdG8z", [file_nexuslink_v1_identity]);
var ContactCardBodySchema = /* @__PURE__ */ messageDesc4(file_nexuslink_v1_contact, 0);
var SafetyNumberPayloadSchema = /* @__PURE__ */ messageDesc4(file_nexuslink_v1_contact, 1);

// src/wire/gen/nexuslink/v1/prekeys_pb.ts
import { fileDesc as fileDesc5, messageDesc as messageDesc5 } from "@bufbuild/protobuf/codegenv2";
var file_nexuslink_v1_prekeys = /* @__PURE__ */ fileDesc5("ChpuZXh1c2xpbmsvdjEvcHJla2V5cy5wcm90bxIMbmV4dXNsaW5rLnYxIi8KDFNpZ25lZFByZUtleRIMCgRib2R5GAEgASgMEhEKCXNpZ25hdHVyZRgCIAEoDCKGAQoKUHJlS2V5Qm9keRIPCgd2ZXJzaW9uGAEgASgNEg4KBmtleV9pZBgCIAEoDRIrCgpwdWJsaWNfa2V5GAMgASgLMhcubmV4dXNsaW5rLnYxLlB1YmxpY0tleRIVCg1jcmVhdGVkX2F0X21zGAQgASgEEhMKC2xhc3RfcmVzb3J0GAUgASgIIjMKDU9uZVRpbWVQcmVLZXkSDgoGa2V5X2lkGAEgASgNEhIKCnB1YmxpY19rZXkYAiABKAwisAIKDFByZUtleUJ1bmRsZRIPCgd2ZXJzaW9uGAEgASgNEj0KGHNlbGZfc2lnbmluZ19jZXJ0aWZpY2F0ZRgCIAEoCzIbLm5leHVzbGluay52MS5TaWduZWRNZXNzYWdlEjcKEmRldmljZV9jZXJ0aWZpY2F0ZRgDIAEoCzIbLm5leHVzbGluay52MS5TaWduZWRNZXNzYWdlEjEKDXNpZ25lZF9wcmVrZXkYBCABKAsyGi5uZXh1c2xpbmsudjEuU2lnbmVkUHJlS2V5EjQKD29uZV90aW1lX3ByZWtleRgFIAEoCzIbLm5leHVzbGluay52MS5PbmVUaW1lUHJlS2V5Ei4KCmtlbV9wcmVrZXkYBiABKAsyGi5uZXh1c2xpbmsudjEuU2lnbmVkUHJlS2V5YgZwcm90bzM", [file_nexuslink_v1_identity, file_nexuslink_v1_keys]);
var SignedPreKeySchema = /* @__PURE__ */ messageDesc5(file_nexuslink_v1_prekeys, 0);
var PreKeyBodySchema = /* @__PURE__ */ messageDesc5(file_nexuslink_v1_prekeys, 1);
var OneTimePreKeySchema = /* @__PURE__ */ messageDesc5(file_nexuslink_v1_prekeys, 2);
var PreKeyBundleSchema = /* @__PURE__ */ messageDesc5(file_nexuslink_v1_prekeys, 3);

// src/wire/gen/nexuslink/v1/envelope_pb.ts
import { enumDesc as enumDesc4, fileDesc as fileDesc6, messageDesc as messageDesc6 } from "@bufbuild/protobuf/codegenv2";
var file_nexuslink_v1_envelope = /* @__PURE__ */ fileDesc6("ChtuZXh1c2xpbmsvdjEvZW52ZWxvcGUucHJvdG8SDG5leHVzbGluay52MSLAAQoIRW52ZWxvcGUSDwoHdmVyc2lvbhgBIAEoDRIoCgR0eXBlGAIgASgOMhoubmV4dXNsaW5rLnYxLkVudmVsb3BlVHlwZRIYChBzZW5kZXJfZGV2aWNlX2lkGAMgASgMEhsKE3JlY2lwaWVudF9kZXZpY2VfaWQYBCABKAwSFAoMdGltZXN0YW1wX21zGAUgASgEEg8KB2NvbnRlbnQYBiABKAwSGwoTc2VuZGVyX2lkZW50aXR5X2tleRgHIAEoDCrDAQoMRW52ZWxvcGVUeXBlEh0KGUVOVkVMT1BFX1RZUEVfVU5TUEVDSUZJRUQQABIgChxFTlZFTE9QRV9UWVBFX1BSRUtFWV9NRVNTQUdFEAESIQodRU5WRUxPUEVfVFlQRV9SQVRDSEVUX01FU1NBR0UQAhIkCiBFTlZFTE9QRV9UWVBFX1NFTkRFUl9LRVlfTUVTU0FHRRADEikKJUVOVkVMT1BFX1RZUEVfU0VOREVSX0tFWV9ESVNUUklCVVRJT04QBGIGcHJvdG8z");
var EnvelopeSchema = /* @__PURE__ */ messageDesc6(file_nexuslink_v1_envelope, 0);
var EnvelopeType = /* @__PURE__ */ ((EnvelopeType2) => {
  EnvelopeType2[EnvelopeType2["UNSPECIFIED"] = 0] = "UNSPECIFIED";
  EnvelopeType2[EnvelopeType2["PREKEY_MESSAGE"] = 1] = "PREKEY_MESSAGE";
  EnvelopeType2[EnvelopeType2["RATCHET_MESSAGE"] = 2] = "RATCHET_MESSAGE";
  EnvelopeType2[EnvelopeType2["SENDER_KEY_MESSAGE"] = 3] = "SENDER_KEY_MESSAGE";
  EnvelopeType2[EnvelopeType2["SENDER_KEY_DISTRIBUTION"] = 4] = "SENDER_KEY_DISTRIBUTION";
  return EnvelopeType2;
})(EnvelopeType || {});

// src/wire/gen/nexuslink/v1/session_pb.ts
import { fileDesc as fileDesc7, messageDesc as messageDesc7 } from "@bufbuild/protobuf/codegenv2";
var file_nexuslink_v1_session = /* @__PURE__ */ fileDesc7("ChpuZXh1c2xpbmsvdjEvc2Vzc2lvbi5wcm90bxIMbmV4dXNsaW5rLnYxIlsKDVJhdGNoZXRIZWFkZXISEwoLcmF0Y2hldF9rZXkYASABKAwSHQoVcHJldmlvdXNfY2hhaW5fbGVuZ3RoGAIgASgNEhYKDm1lc3NhZ2VfbnVtYmVyGAMgASgNIl8KDlJhdGNoZXRNZXNzYWdlEg8KB3ZlcnNpb24YASABKA0SDgoGaGVhZGVyGAIgASgMEhgKEGVuY3J5cHRlZF9oZWFkZXIYAyABKAwSEgoKY2lwaGVydGV4dBgEIAEoDCK+AgoNUHJlS2V5TWVzc2FnZRIPCgd2ZXJzaW9uGAEgASgNEj0KGHNlbGZfc2lnbmluZ19jZXJ0aWZpY2F0ZRgCIAEoCzIbLm5leHVzbGluay52MS5TaWduZWRNZXNzYWdlEjcKEmRldmljZV9jZXJ0aWZpY2F0ZRgDIAEoCzIbLm5leHVzbGluay52MS5TaWduZWRNZXNzYWdlEhgKEHNpZ25lZF9wcmVrZXlfaWQYBCABKA0SGgoSb25lX3RpbWVfcHJla2V5X2lkGAUgASgNEhUKDWtlbV9wcmVrZXlfaWQYBiABKA0SEAoIYmFzZV9rZXkYByABKAwSFgoOa2VtX2NpcGhlcnRleHQYCCABKAwSLQoHbWVzc2FnZRgJIAEoCzIcLm5leHVzbGluay52MS5SYXRjaGV0TWVzc2FnZSKOAQoVU2VuZGVyS2V5RGlzdHJpYnV0aW9uEg8KB3ZlcnNpb24YASABKA0SFwoPZGlzdHJpYnV0aW9uX2lkGAIgASgMEhAKCGNoYWluX2lkGAMgASgNEhEKCWl0ZXJhdGlvbhgEIAEoDRIRCgljaGFpbl9rZXkYBSABKAwSEwoLc2lnbmluZ19rZXkYBiABKAwieQoUU2VuZGVyS2V5TWVzc2FnZUJvZHkSDwoHdmVyc2lvbhgBIAEoDRIXCg9kaXN0cmlidXRpb25faWQYAiABKAwSEAoIY2hhaW5faWQYAyABKA0SEQoJaXRlcmF0aW9uGAQgASgNEhIKCmNpcGhlcnRleHQYBSABKAwiRQoPU2Vzc2lvblNuYXBzaG90Eg8KB3ZlcnNpb24YASABKA0SDQoFbm9uY2UYAiABKAwSEgoKY2lwaGVydGV4dBgDIAEoDGIGcHJvdG8z", [file_nexuslink_v1_identity]);
var RatchetHeaderSchema = /* @__PURE__ */ messageDesc7(file_nexuslink_v1_session, 0);
var RatchetMessageSchema = /* @__PURE__ */ messageDesc7(file_nexuslink_v1_session, 1);
var PreKeyMessageSchema = /* @__PURE__ */ messageDesc7(file_nexuslink_v1_session, 2);
var SenderKeyDistributionSchema = /* @__PURE__ */ messageDesc7(file_nexuslink_v1_session, 3);
var SenderKeyMessageBodySchema = /* @__PURE__ */ messageDesc7(file_nexuslink_v1_session, 4);
var SessionSnapshotSchema = /* @__PURE__ */ messageDesc7(file_nexuslink_v1_session, 5);

// src/wire/codec.ts
import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
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
          "MALFORMED",
          `${typeName} is ${bytes.length} bytes, over the ${options.maxBytes}-byte limit`
        );
      }
      return bytes;
    },
    decode(bytes) {
      if (!(bytes instanceof Uint8Array))
        throw new NexusError("MALFORMED", `${typeName}: input is not bytes`);
      if (bytes.length > options.maxBytes) {
        throw new NexusError(
          "MALFORMED",
          `${typeName} is ${bytes.length} bytes, over the ${options.maxBytes}-byte limit`
        );
      }
      let message;
      try {
        message = fromBinary(schema, bytes, { readUnknownFields: false });
      } catch (cause) {
        throw new NexusError("MALFORMED", `${typeName}: not a valid protobuf encoding`, { cause });
      }
      let reencoded;
      try {
        reencoded = toBinary(schema, message);
      } catch (cause) {
        throw new NexusError("MALFORMED", `${typeName}: not a valid protobuf encoding`, { cause });
      }
      if (!bytesEqual(reencoded, bytes)) {
        throw new NexusError(
          "MALFORMED",
          `${typeName}: not the canonical encoding (trailing, unknown or reordered data)`
        );
      }
      options.validate(message);
      return message;
    }
  };
}
function check(condition, message) {
  if (!condition) throw new NexusError("MALFORMED", message);
}
function checkVersion(typeName, version, expected = 1) {
  check(version === expected, `${typeName}: unsupported version ${version} (expected ${expected})`);
}
function checkLength(field, bytes, length) {
  check(bytes.length === length, `${field} must be ${length} bytes, got ${bytes.length}`);
}
function checkMaxLength(field, bytes, max) {
  const length = typeof bytes === "string" ? new TextEncoder().encode(bytes).length : bytes.length;
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
  maxEnvelopeContent: 256 * 1024
};
var KEY_LENGTHS = {
  [1 /* ED25519 */]: 32,
  [2 /* ECDSA_P256 */]: 33,
  [3 /* X25519 */]: 32,
  [4 /* ML_KEM_768 */]: 1184,
  [5 /* ML_KEM_1024 */]: 1568
};
var KEM_CIPHERTEXT_LENGTHS = [1088, 1568];
function checkPublicKey(field, key, allowed) {
  check(key !== void 0, `${field} is missing`);
  check(
    allowed.includes(key.algorithm),
    `${field} has an algorithm not allowed here (${key.algorithm})`
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
    `${typeName}: expires_at_ms must be 0 or after created_at_ms`
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
  validate: (m) => checkPublicKey("PublicKey", m, [
    1 /* ED25519 */,
    2 /* ECDSA_P256 */,
    3 /* X25519 */,
    4 /* ML_KEM_768 */,
    5 /* ML_KEM_1024 */
  ])
});
var signedMessageCodec = messageCodec(SignedMessageSchema, {
  maxBytes: WIRE_LIMITS.maxSignedBody + 128,
  validate: (m) => checkSigned("SignedMessage", m, true)
});
var selfSigningCertificateBodyCodec = messageCodec(SelfSigningKeyCertificateBodySchema, {
  maxBytes: 512,
  validate: (m) => {
    checkVersion("SelfSigningKeyCertificateBody", m.version);
    checkLength("identity_key", m.identityKey, WIRE_LIMITS.identityKey);
    checkPublicKey("signing_key", m.signingKey, SIGNING);
    checkTimes("SelfSigningKeyCertificateBody", m.createdAtMs, m.expiresAtMs);
  }
});
var deviceCertificateBodyCodec = messageCodec(DeviceCertificateBodySchema, {
  maxBytes: 1024,
  validate: (m) => {
    checkVersion("DeviceCertificateBody", m.version);
    checkLength("identity_key", m.identityKey, WIRE_LIMITS.identityKey);
    checkLength("device_id", m.deviceId, WIRE_LIMITS.deviceId);
    checkMaxLength("display_name", m.displayName, WIRE_LIMITS.displayNameBytes);
    checkPublicKey("signing_key", m.signingKey, SIGNING);
    checkPublicKey("key_agreement_key", m.keyAgreementKey, [3 /* X25519 */]);
    checkPublicKey("issuer_key", m.issuerKey, SIGNING);
    checkTimes("DeviceCertificateBody", m.createdAtMs, m.expiresAtMs);
  }
});
var revocationListBodyCodec = messageCodec(RevocationListBodySchema, {
  maxBytes: WIRE_LIMITS.maxRevocationListBody,
  validate: (m) => {
    checkVersion("RevocationListBody", m.version);
    checkLength("identity_key", m.identityKey, WIRE_LIMITS.identityKey);
    check(m.serial >= 1n, "RevocationListBody.serial must be at least 1");
    checkSafeU64("serial", m.serial);
    checkSafeU64("issued_at_ms", m.issuedAtMs);
    check(m.devices.length <= WIRE_LIMITS.maxRevokedDevices, "too many revoked devices");
    m.devices.forEach((d, i) => {
      checkLength(`devices[${i}].device_id`, d.deviceId, WIRE_LIMITS.deviceId);
      checkSafeU64(`devices[${i}].revoked_at_ms`, d.revokedAtMs);
      check(d.reason in RevocationReason, `devices[${i}].reason is unknown`);
      if (i > 0)
        check(
          compareBytes(m.devices[i - 1].deviceId, d.deviceId) < 0,
          "revoked devices must be sorted by device_id without duplicates"
        );
    });
    checkPublicKey("issuer_key", m.issuerKey, SIGNING);
  }
});
function checkBackupHeader(h) {
  check(h !== void 0, "BackupHeader is missing");
  checkVersion("BackupHeader", h.version);
  check(h.kdf === 1 /* ARGON2ID */, "BackupHeader.kdf must be Argon2id");
  checkLength("salt", h.salt, WIRE_LIMITS.backupSalt);
  check(
    h.memoryKib >= 8 * 1024 && h.memoryKib <= 1024 * 1024,
    "BackupHeader.memory_kib out of range (8 MiB..1 GiB)"
  );
  check(h.iterations >= 1 && h.iterations <= 10, "BackupHeader.iterations out of range (1..10)");
  check(h.parallelism >= 1 && h.parallelism <= 4, "BackupHeader.parallelism out of range (1..4)");
  check(
    h.cipher === 1 /* XCHACHA20_POLY1305 */,
    "BackupHeader.cipher must be XChaCha20-Poly1305"
  );
  checkLength("nonce", h.nonce, WIRE_LIMITS.backupNonce);
}
var backupHeaderCodec = messageCodec(BackupHeaderSchema, {
  maxBytes: 256,
  validate: checkBackupHeader
});
var identityBackupFileCodec = messageCodec(IdentityBackupFileSchema, {
  maxBytes: 128 * 1024,
  validate: (m) => {
    checkBackupHeader(m.header);
    check(m.ciphertext.length >= 16, "ciphertext shorter than the AEAD tag");
  }
});
var identityBackupContentsCodec = messageCodec(IdentityBackupContentsSchema, {
  maxBytes: 96 * 1024,
  validate: (m) => {
    checkVersion("IdentityBackupContents", m.version);
    checkLength("identity_seed", m.identitySeed, 32);
    checkLength("self_signing_seed", m.selfSigningSeed, 32);
    checkSigned("self_signing_certificate", m.selfSigningCertificate, true);
    checkSigned("revocation_list", m.revocationList, false);
    checkSafeU64("created_at_ms", m.createdAtMs);
  }
});
var contactCardBodyCodec = messageCodec(ContactCardBodySchema, {
  maxBytes: WIRE_LIMITS.maxContactCardBody,
  validate: (m) => {
    checkVersion("ContactCardBody", m.version);
    checkLength("identity_key", m.identityKey, WIRE_LIMITS.identityKey);
    checkMaxLength("display_name", m.displayName, WIRE_LIMITS.displayNameBytes);
    checkSigned("self_signing_certificate", m.selfSigningCertificate, true);
    check(m.deviceCertificates.length >= 1, "a contact card names at least one device");
    check(
      m.deviceCertificates.length <= WIRE_LIMITS.maxDevicesPerCard,
      "too many device certificates"
    );
    m.deviceCertificates.forEach((c, i) => checkSigned(`device_certificates[${i}]`, c, true));
    checkSigned("revocation_list", m.revocationList, false);
    check(m.hints.length <= WIRE_LIMITS.maxHints, "too many hints");
    m.hints.forEach((h, i) => checkMaxLength(`hints[${i}]`, h, WIRE_LIMITS.maxHintBytes));
    checkSafeU64("created_at_ms", m.createdAtMs);
    checkLength("signer_device_id", m.signerDeviceId, WIRE_LIMITS.deviceId);
  }
});
var safetyNumberPayloadCodec = messageCodec(SafetyNumberPayloadSchema, {
  maxBytes: 128,
  validate: (m) => {
    checkVersion("SafetyNumberPayload", m.version);
    checkLength("first", m.first, WIRE_LIMITS.fingerprint);
    checkLength("second", m.second, WIRE_LIMITS.fingerprint);
    check(compareBytes(m.first, m.second) <= 0, "SafetyNumberPayload fingerprints must be sorted");
  }
});
function checkPreKeyBody(m) {
  checkVersion("PreKeyBody", m.version);
  checkPublicKey("public_key", m.publicKey, [
    3 /* X25519 */,
    4 /* ML_KEM_768 */,
    5 /* ML_KEM_1024 */
  ]);
  check(m.keyId >= 1, "PreKeyBody.key_id must be at least 1");
  checkSafeU64("created_at_ms", m.createdAtMs);
  check(
    !m.lastResort || m.publicKey.algorithm !== 3 /* X25519 */,
    "only ML-KEM prekeys can be last-resort"
  );
}
function checkOneTimePreKey(m) {
  check(m.keyId >= 1, "one_time_prekey.key_id must be at least 1");
  checkLength("one_time_prekey.public_key", m.publicKey, 32);
}
var preKeyBodyCodec = messageCodec(PreKeyBodySchema, {
  maxBytes: 1800,
  validate: checkPreKeyBody
});
var signedPreKeyCodec = messageCodec(SignedPreKeySchema, {
  maxBytes: 2048,
  validate: (m) => {
    check(m.body.length > 0, "SignedPreKey.body is empty");
    checkLength("SignedPreKey.signature", m.signature, WIRE_LIMITS.signature);
  }
});
var oneTimePreKeyCodec = messageCodec(OneTimePreKeySchema, {
  maxBytes: 64,
  validate: checkOneTimePreKey
});
var preKeyBundleCodec = messageCodec(PreKeyBundleSchema, {
  maxBytes: 8 * 1024,
  validate: (m) => {
    checkVersion("PreKeyBundle", m.version);
    checkSigned("self_signing_certificate", m.selfSigningCertificate, true);
    checkSigned("device_certificate", m.deviceCertificate, true);
    check(m.signedPrekey !== void 0, "signed_prekey is missing");
    checkLength("signed_prekey.signature", m.signedPrekey.signature, WIRE_LIMITS.signature);
    if (m.oneTimePrekey !== void 0) checkOneTimePreKey(m.oneTimePrekey);
    check(m.kemPrekey !== void 0, "kem_prekey is missing");
    checkLength("kem_prekey.signature", m.kemPrekey.signature, WIRE_LIMITS.signature);
  }
});
var envelopeCodec = messageCodec(EnvelopeSchema, {
  maxBytes: WIRE_LIMITS.maxEnvelopeContent + 256,
  validate: (m) => {
    checkVersion("Envelope", m.version);
    check(
      m.type !== 0 /* UNSPECIFIED */ && m.type in EnvelopeType,
      "Envelope.type is unknown"
    );
    checkLength("sender_device_id", m.senderDeviceId, WIRE_LIMITS.deviceId);
    check(
      m.senderIdentityKey.length === 0 || m.senderIdentityKey.length === WIRE_LIMITS.identityKey,
      "sender_identity_key must be empty or 32 bytes"
    );
    check(
      m.recipientDeviceId.length === 0 || m.recipientDeviceId.length === WIRE_LIMITS.deviceId,
      "recipient_device_id must be empty or 16 bytes"
    );
    checkSafeU64("timestamp_ms", m.timestampMs);
    checkMaxLength("content", m.content, WIRE_LIMITS.maxEnvelopeContent);
  }
});
function checkRatchetMessage(m, field) {
  check(m !== void 0, `${field} is missing`);
  checkVersion("RatchetMessage", m.version);
  check(
    m.header.length > 0 !== m.encryptedHeader.length > 0,
    `${field}: exactly one of header and encrypted_header must be set`
  );
  checkMaxLength(`${field}.header`, m.header, 64);
  if (m.encryptedHeader.length > 0) {
    check(
      m.encryptedHeader.length >= 16 && m.encryptedHeader.length <= 128,
      `${field}.encrypted_header has a bad length`
    );
  }
  check(m.ciphertext.length >= 16, `${field}.ciphertext is shorter than an AEAD tag`);
  checkMaxLength(`${field}.ciphertext`, m.ciphertext, WIRE_LIMITS.maxEnvelopeContent);
}
var ratchetHeaderCodec = messageCodec(RatchetHeaderSchema, {
  maxBytes: 64,
  validate: (m) => checkLength("ratchet_key", m.ratchetKey, 32)
});
var ratchetMessageCodec = messageCodec(RatchetMessageSchema, {
  maxBytes: WIRE_LIMITS.maxEnvelopeContent + 256,
  validate: (m) => checkRatchetMessage(m, "RatchetMessage")
});
var preKeyMessageCodec = messageCodec(PreKeyMessageSchema, {
  maxBytes: WIRE_LIMITS.maxEnvelopeContent + 4096,
  validate: (m) => {
    checkVersion("PreKeyMessage", m.version);
    checkSigned("self_signing_certificate", m.selfSigningCertificate, true);
    checkSigned("device_certificate", m.deviceCertificate, true);
    check(m.signedPrekeyId >= 1, "signed_prekey_id must be at least 1");
    check(m.kemPrekeyId >= 1, "kem_prekey_id must be at least 1");
    checkLength("base_key", m.baseKey, 32);
    check(
      KEM_CIPHERTEXT_LENGTHS.includes(m.kemCiphertext.length),
      "kem_ciphertext has a bad length"
    );
    checkRatchetMessage(m.message, "message");
  }
});
var senderKeyDistributionCodec = messageCodec(SenderKeyDistributionSchema, {
  maxBytes: 256,
  validate: (m) => {
    checkVersion("SenderKeyDistribution", m.version);
    checkLength("distribution_id", m.distributionId, 16);
    checkLength("chain_key", m.chainKey, 32);
    checkLength("signing_key", m.signingKey, 32);
  }
});
var senderKeyMessageBodyCodec = messageCodec(SenderKeyMessageBodySchema, {
  maxBytes: WIRE_LIMITS.maxEnvelopeContent + 128,
  validate: (m) => {
    checkVersion("SenderKeyMessageBody", m.version);
    checkLength("distribution_id", m.distributionId, 16);
    check(m.ciphertext.length >= 16, "ciphertext is shorter than an AEAD tag");
    checkMaxLength("ciphertext", m.ciphertext, WIRE_LIMITS.maxEnvelopeContent);
  }
});
var sessionSnapshotCodec = messageCodec(SessionSnapshotSchema, {
  maxBytes: 4 * 1024 * 1024,
  validate: (m) => {
    check(m.version >= 1, "SessionSnapshot.version must be at least 1");
    checkLength("nonce", m.nonce, WIRE_LIMITS.backupNonce);
    check(m.ciphertext.length >= 16, "ciphertext is shorter than an AEAD tag");
  }
});

// src/identity/signing.ts
var SIGNATURE_LABELS = {
  selfSigningCertificate: "nexuslink/v1/self-signing-certificate",
  deviceCertificate: "nexuslink/v1/device-certificate",
  revocationList: "nexuslink/v1/revocation-list",
  contactCard: "nexuslink/v1/contact-card",
  signedPreKey: "nexuslink/v1/signed-prekey",
  senderKeyMessage: "nexuslink/v1/sender-key-message",
  authChallenge: "nexuslink/v1/auth-challenge"
};
function signingInput(label, body) {
  return concat(utf8(label), Uint8Array.of(0), body);
}
function keyStoreSigner(store, key) {
  return {
    publicKey: key.publicKey,
    sign: (message) => store.sign(key.id, message)
  };
}
function verifySignature(publicKey, message, signature) {
  if (signature.length !== 64) return false;
  const c = crypto();
  switch (publicKey.algorithm) {
    case "ed25519":
      return c.ed25519Verify(publicKey.bytes, message, signature);
    case "p256":
      return c.p256Verify(publicKey.bytes, message, signature);
    default:
      return false;
  }
}
async function signLabelled(signer, label, body) {
  const signature = await signer.sign(signingInput(label, body));
  if (!verifySignature(signer.publicKey, signingInput(label, body), signature)) {
    throw new NexusError("KEYSTORE", "the key store returned a signature that does not verify");
  }
  return signature;
}
function requireSignature(publicKey, label, body, signature, what) {
  if (!verifySignature(publicKey, signingInput(label, body), signature)) {
    throw new NexusError("BAD_SIGNATURE", `${what}: signature does not verify`);
  }
}
var TO_WIRE = {
  ed25519: 1 /* ED25519 */,
  p256: 2 /* ECDSA_P256 */
};
function toWireKey(key) {
  return { algorithm: TO_WIRE[key.algorithm], key: key.bytes };
}
function fromWireKey(key, field) {
  if (key === void 0) throw new NexusError("MALFORMED", `${field} is missing`);
  if (key.algorithm === 1 /* ED25519 */ && isValidEd25519Point(key.key)) {
    return { algorithm: "ed25519", bytes: key.key };
  }
  if (key.algorithm === 2 /* ECDSA_P256 */ && key.key.length === 33 && isValidP256Point(key.key)) {
    return { algorithm: "p256", bytes: key.key };
  }
  throw new NexusError("MALFORMED", `${field} is not a valid signing key`);
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
    if (ref.length !== 32) throw new NexusError("INVALID_KEY", "identity key must be 32 bytes");
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
    throw new NexusError("INVALID_ARGUMENT", `${name} must be a non-negative integer (ms)`);
  return BigInt(value);
}
function verificationTime(options) {
  const now2 = options.now ?? Date.now();
  if (typeof now2 !== "number" || !Number.isFinite(now2)) {
    throw new NexusError("INVALID_ARGUMENT", "verification time must be a finite number of ms");
  }
  return now2;
}
function requireNotExpired(expiresAt, now2, what) {
  if (expiresAt !== null && now2 >= expiresAt) throw new NexusError("EXPIRED", `${what} expired`);
}
async function issueSelfSigningCertificate(options) {
  if (options.identity.publicKey.algorithm !== "ed25519")
    throw new NexusError("UNSUPPORTED_ALGORITHM", "identity keys are Ed25519");
  const createdAt = options.createdAt ?? (options.clock ?? systemClock).now();
  const body = selfSigningCertificateBodyCodec.encode({
    version: 1,
    identityKey: options.identity.publicKey.bytes,
    signingKey: toWireKey(options.signingKey),
    createdAtMs: checkTime("createdAt", createdAt),
    expiresAtMs: checkTime("expiresAt", options.expiresAt)
  });
  const signature = await signLabelled(
    options.identity,
    SIGNATURE_LABELS.selfSigningCertificate,
    body
  );
  return decodeSelfSigningCertificate(signedMessageCodec.encode({ body, signature }));
}
function decodeSelfSigningCertificate(bytes) {
  const signed = signedMessageCodec.decode(bytes);
  const body = selfSigningCertificateBodyCodec.decode(signed.body);
  return Object.freeze({
    bytes: bytes.slice(),
    identityKey: body.identityKey,
    signingKey: fromWireKey(body.signingKey, "signing_key"),
    createdAt: Number(body.createdAtMs),
    expiresAt: optionalTime(body.expiresAtMs)
  });
}
function verifySelfSigningCertificate(certificate, identity, options = {}) {
  const identityKey = identityKeyOf(identity);
  const signed = signedMessageCodec.decode(certificate);
  const cert = decodeSelfSigningCertificate(certificate);
  if (!bytesEqual(cert.identityKey, identityKey)) {
    throw new NexusError("UNKNOWN_ISSUER", "self-signing certificate belongs to another identity");
  }
  requireSignature(
    { algorithm: "ed25519", bytes: identityKey },
    SIGNATURE_LABELS.selfSigningCertificate,
    signed.body,
    signed.signature,
    "self-signing certificate"
  );
  requireNotExpired(cert.expiresAt, verificationTime(options), "self-signing certificate");
  return cert;
}
function acceptSelfSigningCertificate(current, incoming) {
  if (current === null) return incoming;
  if (!bytesEqual(current.identityKey, incoming.identityKey)) {
    throw new NexusError(
      "UNKNOWN_ISSUER",
      "self-signing certificates belong to different identities"
    );
  }
  if (bytesEqual(current.bytes, incoming.bytes)) return current;
  if (incoming.createdAt > current.createdAt) return incoming;
  throw new NexusError("SUPERSEDED", "self-signing certificate is older than the one already held");
}
async function issueDeviceCertificate(options) {
  const deviceId = options.deviceId ?? (options.random ?? systemRandom).randomBytes(WIRE_LIMITS.deviceId);
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
      createdAtMs: checkTime("createdAt", createdAt),
      expiresAtMs: checkTime("expiresAt", options.expiresAt)
    });
  } catch (cause) {
    if (NexusError.is(cause, "MALFORMED"))
      throw new NexusError("INVALID_ARGUMENT", cause.message, { cause });
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
    signingKey: fromWireKey(body.signingKey, "signing_key"),
    keyAgreementKey: body.keyAgreementKey.key,
    issuerKey: fromWireKey(body.issuerKey, "issuer_key"),
    createdAt: Number(body.createdAtMs),
    expiresAt: optionalTime(body.expiresAtMs)
  });
}
function verifyDeviceCertificate(certificate, options) {
  const now2 = verificationTime(options);
  const identityKey = identityKeyOf(options.identity);
  const selfSigning = verifySelfSigningCertificate(options.selfSigningCertificate, identityKey, {
    now: now2
  });
  const signed = signedMessageCodec.decode(certificate);
  const device = decodeDeviceCertificate(certificate);
  if (!bytesEqual(device.identityKey, identityKey)) {
    throw new NexusError("UNKNOWN_ISSUER", "device certificate belongs to another identity");
  }
  if (!sameKey(device.issuerKey, selfSigning.signingKey)) {
    throw new NexusError(
      "UNKNOWN_ISSUER",
      "device certificate was not issued by the current self-signing key"
    );
  }
  requireSignature(
    selfSigning.signingKey,
    SIGNATURE_LABELS.deviceCertificate,
    signed.body,
    signed.signature,
    "device certificate"
  );
  requireNotExpired(device.expiresAt, now2, "device certificate");
  if (options.revocationList) {
    const list = options.revocationList instanceof Uint8Array ? verifyRevocationList(options.revocationList, {
      identity: identityKey,
      selfSigningCertificate: selfSigning.bytes,
      now: now2
    }) : options.revocationList;
    if (!bytesEqual(list.identityKey, identityKey))
      throw new NexusError("UNKNOWN_ISSUER", "revocation list belongs to another identity");
    if (isRevoked(list, device.deviceId))
      throw new NexusError("REVOKED", "device has been revoked");
  }
  return Object.freeze({ uuid: uuidFromPublicKey(identityKey), device, selfSigning });
}
var REASONS = {
  unspecified: 0 /* UNSPECIFIED */,
  lost: 1 /* LOST */,
  compromised: 2 /* COMPROMISED */,
  retired: 3 /* RETIRED */
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
      body.devices.map(
        (d) => Object.freeze({
          deviceId: d.deviceId,
          revokedAt: Number(d.revokedAtMs),
          reason: REASON_NAMES[d.reason]
        })
      )
    ),
    issuerKey: fromWireKey(body.issuerKey, "issuer_key")
  });
}
function verifyRevocationList(list, options) {
  const identityKey = identityKeyOf(options.identity);
  const signed = signedMessageCodec.decode(list);
  const decoded = decodeRevocationList(list);
  if (!bytesEqual(decoded.identityKey, identityKey))
    throw new NexusError("UNKNOWN_ISSUER", "revocation list belongs to another identity");
  const ik = { algorithm: "ed25519", bytes: identityKey };
  let issuer;
  if (sameKey(decoded.issuerKey, ik)) {
    issuer = ik;
  } else {
    if (options.selfSigningCertificate === void 0) {
      throw new NexusError(
        "UNKNOWN_ISSUER",
        "revocation list is signed by a self-signing key and none was given"
      );
    }
    const ssk = verifySelfSigningCertificate(options.selfSigningCertificate, identityKey, options);
    if (!sameKey(decoded.issuerKey, ssk.signingKey))
      throw new NexusError(
        "UNKNOWN_ISSUER",
        "revocation list issuer is not the identity or its self-signing key"
      );
    issuer = ssk.signingKey;
  }
  requireSignature(
    issuer,
    SIGNATURE_LABELS.revocationList,
    signed.body,
    signed.signature,
    "revocation list"
  );
  return decoded;
}
function isRevoked(list, deviceId) {
  return list.devices.some((d) => bytesEqual(d.deviceId, deviceId));
}

// src/identity/device.ts
async function certifyNewDevice(options) {
  const key = await options.keyStore.createKey({
    algorithms: options.algorithms ?? ["ed25519", "p256"],
    label: `nexuslink device ${options.displayName}`
  });
  const keyAgreementKey = KeyAgreementKeyPair.generate();
  try {
    const certificate = await issueDeviceCertificate({
      issuer: options.selfSigningKey,
      identityKey: options.identityKey,
      displayName: options.displayName,
      signingKey: key.publicKey,
      keyAgreementKey: keyAgreementKey.publicKey,
      ...options.expiresAt === void 0 ? {} : { expiresAt: options.expiresAt },
      ...options.clock ? { clock: options.clock } : {},
      ...options.random ? { random: options.random } : {}
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
    throw new NexusError("KEY_NOT_FOUND", "device signing key is not in the key store");
  return keyStoreSigner(keyStore, key);
}

// src/keystores/software.ts
var ALGORITHMS = ["ed25519", "p256"];
function publicKeyOf(algorithm, secret) {
  return algorithm === "ed25519" ? crypto().ed25519PublicKey(secret) : crypto().p256PublicKey(secret);
}
function newSecret(algorithm) {
  for (; ; ) {
    const secret = crypto().randomBytes(32);
    if (algorithm === "ed25519") return secret;
    try {
      publicKeyOf("p256", secret);
      return secret;
    } catch {
      continue;
    }
  }
}
var SoftwareKeyStore = class {
  kind = "software";
  #keys = /* @__PURE__ */ new Map();
  #onChange;
  constructor(options) {
    this.#onChange = options.onChange;
    for (const record of options.keys ?? []) {
      if (!ALGORITHMS.includes(record.algorithm))
        throw new NexusError("UNSUPPORTED_ALGORITHM", `unknown algorithm ${record.algorithm}`);
      const secret = fromHex2(record.privateKey);
      if (secret.length !== 32)
        throw new NexusError("INVALID_KEY", "software key record has a bad private key");
      let publicKey;
      try {
        publicKey = publicKeyOf(record.algorithm, secret);
      } catch (cause) {
        throw new NexusError("INVALID_KEY", "software key record has a bad private key", { cause });
      }
      this.#keys.set(record.id, {
        secret,
        info: Object.freeze({
          id: record.id,
          algorithm: record.algorithm,
          publicKey: Object.freeze({ algorithm: record.algorithm, bytes: publicKey }),
          extractable: record.extractable,
          label: record.label
        })
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
        "UNSUPPORTED_ALGORITHM",
        "none of the requested algorithms is supported"
      );
    const secret = newSecret(algorithm);
    const id = toHex(crypto().randomBytes(16));
    const info = Object.freeze({
      id,
      algorithm,
      publicKey: Object.freeze({ algorithm, bytes: publicKeyOf(algorithm, secret) }),
      extractable: options.extractable ?? false,
      label: options.label ?? ""
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
    return entry.info.algorithm === "ed25519" ? crypto().ed25519Sign(entry.secret, message) : crypto().p256Sign(entry.secret, message);
  }
  async exportPrivateKey(id) {
    const entry = this.#entry(id);
    if (!entry.info.extractable)
      throw new NexusError("KEY_NOT_EXTRACTABLE", "key was created non-extractable");
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
    if (!entry) throw new NexusError("KEY_NOT_FOUND", "no such key");
    return entry;
  }
  async #changed() {
    if (!this.#onChange) return;
    const records = [...this.#keys.values()].map((e) => ({
      id: e.info.id,
      algorithm: e.info.algorithm,
      privateKey: toHex(e.secret),
      extractable: e.info.extractable,
      label: e.info.label
    }));
    try {
      await this.#onChange(records);
    } catch (cause) {
      throw new NexusError("KEYSTORE", "persisting the software key store failed", { cause });
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
  resetRequestIntervalMs: 60 * 60 * 1e3
};
var LABELS = {
  pqxdhInfo: "NexusLink_PQXDH_CURVE25519_SHA-256_ML-KEM-1024",
  rootKey: "NexusLink_Ratchet_RootKey",
  messageKeys: "NexusLink_Ratchet_MessageKeys",
  sessionAd: "NexusLink_SessionAD",
  senderMessageKeys: "NexusLink_SenderKey_MessageKeys",
  snapshot: "nexuslink/v1/session-snapshot"
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
  tag: 16
};

// src/ratchet/prekeys.ts
import { create as create3 } from "@bufbuild/protobuf";

// src/wire/gen/nexuslink/v1/state_pb.ts
import { enumDesc as enumDesc5, fileDesc as fileDesc8, messageDesc as messageDesc8 } from "@bufbuild/protobuf/codegenv2";
var file_nexuslink_v1_state = /* @__PURE__ */ fileDesc8("ChhuZXh1c2xpbmsvdjEvc3RhdGUucHJvdG8SDG5leHVzbGluay52MSJlChFTa2lwcGVkTWVzc2FnZUtleRINCgVjaGFpbhgBIAEoDBIWCg5tZXNzYWdlX251bWJlchgCIAEoDRITCgttZXNzYWdlX2tleRgDIAEoDBIUCgxzdG9yZWRfYXRfbXMYBCABKAQiPAoTRm9yZ290dGVuTWVzc2FnZUtleRINCgVjaGFpbhgBIAEoDBIWCg5tZXNzYWdlX251bWJlchgCIAEoDSLEBQoMU2Vzc2lvblN0YXRlEg8KB3ZlcnNpb24YASABKA0SEgoKc2Vzc2lvbl9hZBgCIAEoDBIQCghyb290X2tleRgDIAEoDBIeChZzZW5kaW5nX3JhdGNoZXRfc2VjcmV0GAQgASgMEh0KFXJlY2VpdmluZ19yYXRjaGV0X2tleRgFIAEoDBIZChFzZW5kaW5nX2NoYWluX2tleRgGIAEoDBIbChNyZWNlaXZpbmdfY2hhaW5fa2V5GAcgASgMEh4KFnNlbmRpbmdfbWVzc2FnZV9udW1iZXIYCCABKA0SIAoYcmVjZWl2aW5nX21lc3NhZ2VfbnVtYmVyGAkgASgNEiUKHXByZXZpb3VzX3NlbmRpbmdfY2hhaW5fbGVuZ3RoGAogASgNEjAKB3NraXBwZWQYCyADKAsyHy5uZXh1c2xpbmsudjEuU2tpcHBlZE1lc3NhZ2VLZXkSNAoJZm9yZ290dGVuGAwgAygLMiEubmV4dXNsaW5rLnYxLkZvcmdvdHRlbk1lc3NhZ2VLZXkSGQoRaGVhZGVyX2VuY3J5cHRpb24YDSABKAgSGgoSc2VuZGluZ19oZWFkZXJfa2V5GA4gASgMEhwKFHJlY2VpdmluZ19oZWFkZXJfa2V5GA8gASgMEh8KF25leHRfc2VuZGluZ19oZWFkZXJfa2V5GBAgASgMEiEKGW5leHRfcmVjZWl2aW5nX2hlYWRlcl9rZXkYESABKAwSMwoOcGVuZGluZ19wcmVrZXkYEiABKAsyGy5uZXh1c2xpbmsudjEuUGVuZGluZ1ByZUtleRIQCghiYXNlX2tleRgTIAEoDBIbChNyZW1vdGVfaWRlbnRpdHlfa2V5GBQgASgMEhUKDWNyZWF0ZWRfYXRfbXMYFSABKAQSIQoZcHJldmlvdXNfcmVjZWl2aW5nX2NoYWlucxgWIAMoDCKGAQoNUGVuZGluZ1ByZUtleRIYChBzaWduZWRfcHJla2V5X2lkGAEgASgNEhoKEm9uZV90aW1lX3ByZWtleV9pZBgCIAEoDRIVCg1rZW1fcHJla2V5X2lkGAMgASgNEhAKCGJhc2Vfa2V5GAQgASgMEhYKDmtlbV9jaXBoZXJ0ZXh0GAUgASgMIpoBCg1TZXNzaW9uUmVjb3JkEg8KB3ZlcnNpb24YASABKA0SKwoHY3VycmVudBgCIAEoCzIaLm5leHVzbGluay52MS5TZXNzaW9uU3RhdGUSLAoIYXJjaGl2ZWQYAyADKAsyGi5uZXh1c2xpbmsudjEuU2Vzc2lvblN0YXRlEh0KFWxhc3RfcmVzZXRfcmVxdWVzdF9tcxgEIAEoBCKHAgoOU2VuZGVyS2V5U3RhdGUSDwoHdmVyc2lvbhgBIAEoDRIXCg9kaXN0cmlidXRpb25faWQYAiABKAwSEAoIY2hhaW5faWQYAyABKA0SEQoJaXRlcmF0aW9uGAQgASgNEhEKCWNoYWluX2tleRgFIAEoDBITCgtzaWduaW5nX2tleRgGIAEoDBIWCg5zaWduaW5nX3NlY3JldBgHIAEoDBIwCgdza2lwcGVkGAggAygLMh8ubmV4dXNsaW5rLnYxLlNraXBwZWRNZXNzYWdlS2V5EjQKCWZvcmdvdHRlbhgJIAMoCzIhLm5leHVzbGluay52MS5Gb3Jnb3R0ZW5NZXNzYWdlS2V5IlAKD1NlbmRlcktleVJlY29yZBIPCgd2ZXJzaW9uGAEgASgNEiwKBnN0YXRlcxgCIAMoCzIcLm5leHVzbGluay52MS5TZW5kZXJLZXlTdGF0ZSKjAQoMUHJlS2V5UmVjb3JkEg8KB3ZlcnNpb24YASABKA0SJgoEa2luZBgCIAEoDjIYLm5leHVzbGluay52MS5QcmVLZXlLaW5kEg4KBmtleV9pZBgDIAEoDRIOCgZzZWNyZXQYBCABKAwSDgoGc2lnbmVkGAUgASgMEhMKC2xhc3RfcmVzb3J0GAYgASgIEhUKDWNyZWF0ZWRfYXRfbXMYByABKAQiewoVVHJ1c3RlZElkZW50aXR5UmVjb3JkEg8KB3ZlcnNpb24YASABKA0SIAoYc2VsZl9zaWduaW5nX2NlcnRpZmljYXRlGAIgASgMEhcKD3Jldm9jYXRpb25fbGlzdBgDIAEoDBIWCg52ZXJpZmllZF9hdF9tcxgEIAEoBCp0CgpQcmVLZXlLaW5kEhwKGFBSRV9LRVlfS0lORF9VTlNQRUNJRklFRBAAEhcKE1BSRV9LRVlfS0lORF9TSUdORUQQARIZChVQUkVfS0VZX0tJTkRfT05FX1RJTUUQAhIUChBQUkVfS0VZX0tJTkRfS0VNEANiBnByb3RvMw");
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
import { create as create2, fromBinary as fromBinary2, toBinary as toBinary2 } from "@bufbuild/protobuf";
var STATE_VERSION = 1;
function decodeRecord(schema, bytes, what) {
  let record;
  try {
    record = fromBinary2(schema, bytes, { readUnknownFields: false });
  } catch (cause) {
    throw new NexusError("MALFORMED", `${what} record is not valid`, { cause });
  }
  const version = record.version;
  if (version !== STATE_VERSION)
    throw new NexusError(
      "UNSUPPORTED_VERSION",
      `${what} record has version ${String(version)}; this release reads ${STATE_VERSION}`
    );
  return record;
}
function decodeSessionRecord(bytes) {
  const record = decodeRecord(SessionRecordSchema, bytes, "session");
  for (const state of [record.current, ...record.archived]) {
    if (state !== void 0 && state.version !== STATE_VERSION)
      throw new NexusError("UNSUPPORTED_VERSION", "session state has an unknown version");
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
  const record = decodeRecord(SenderKeyRecordSchema, bytes, "sender key");
  for (const s of record.states)
    if (s.version !== STATE_VERSION)
      throw new NexusError("UNSUPPORTED_VERSION", "sender key state has an unknown version");
  return record;
}
function encodeSenderKeyRecord(record) {
  return toBinary2(SenderKeyRecordSchema, record);
}
function decodePreKeyRecord(bytes, kind) {
  const record = decodeRecord(PreKeyRecordSchema, bytes, "prekey");
  if (record.kind !== WIRE_KIND[kind])
    throw new NexusError("MALFORMED", `prekey record is not a ${kind} prekey`);
  const expected = kind === "kem" ? 64 : 32;
  if (record.secret.length !== expected)
    throw new NexusError("MALFORMED", "prekey record has a secret of the wrong size");
  return record;
}
function encodePreKeyRecord(record) {
  return toBinary2(PreKeyRecordSchema, record);
}
function decodeTrustedIdentityRecord(bytes) {
  return decodeRecord(TrustedIdentityRecordSchema, bytes, "trusted identity");
}
function encodeTrustedIdentityRecord(record) {
  return toBinary2(TrustedIdentityRecordSchema, record);
}
var WIRE_KIND = {
  signed: 1 /* SIGNED */,
  "one-time": 2 /* ONE_TIME */,
  kem: 3 /* KEM */
};

// src/ratchet/prekeys.ts
function localDevice(options) {
  const ssk = decodeSelfSigningCertificate(options.selfSigningCertificate);
  const { device, uuid } = verifyDeviceCertificate(options.deviceCertificate, {
    identity: ssk.identityKey,
    selfSigningCertificate: options.selfSigningCertificate,
    ...options.now === void 0 ? {} : { now: options.now }
  });
  if (!bytesEqual(device.keyAgreementKey, options.keyAgreementKey.publicKey)) {
    throw new NexusError("INVALID_KEY", "key-agreement key does not match the device certificate");
  }
  if (device.signingKey.algorithm !== options.signer.publicKey.algorithm || !bytesEqual(device.signingKey.bytes, options.signer.publicKey.bytes)) {
    throw new NexusError("INVALID_KEY", "signer does not match the device certificate");
  }
  return Object.freeze({
    uuid,
    identityKey: ssk.identityKey,
    deviceId: device.deviceId,
    deviceCertificate: options.deviceCertificate,
    selfSigningCertificate: options.selfSigningCertificate,
    keyAgreementKey: options.keyAgreementKey,
    signer: options.signer
  });
}
function checkId(id) {
  if (!Number.isInteger(id) || id < 1 || id > 4294967295)
    throw new NexusError("INVALID_ARGUMENT", "prekey ids are integers from 1 to 2^32 - 1");
}
async function createSignedPreKey(device, store, id, options = {}) {
  checkId(id);
  const secret = (options.random ?? systemRandom).randomBytes(SIZES.x25519);
  const createdAtMs = checkTime("createdAt", (options.clock ?? systemClock).now());
  const body = preKeyBodyCodec.encode({
    version: 1,
    keyId: id,
    publicKey: { algorithm: 3 /* X25519 */, key: crypto().x25519PublicKey(secret) },
    createdAtMs
  });
  const signed = signedPreKeyCodec.encode({
    body,
    signature: await signLabelled(device.signer, SIGNATURE_LABELS.signedPreKey, body)
  });
  await store.storePreKey(
    "signed",
    id,
    encodePreKeyRecord(
      create3(PreKeyRecordSchema, {
        version: STATE_VERSION,
        kind: WIRE_KIND.signed,
        keyId: id,
        secret,
        signed,
        createdAtMs
      })
    )
  );
  return signed;
}
async function createKemPreKey(device, store, id, options = {}) {
  checkId(id);
  const seed = (options.random ?? systemRandom).randomBytes(SIZES.mlKemSeed);
  const createdAtMs = checkTime("createdAt", (options.clock ?? systemClock).now());
  const lastResort = options.lastResort ?? false;
  const body = preKeyBodyCodec.encode({
    version: 1,
    keyId: id,
    publicKey: { algorithm: 5 /* ML_KEM_1024 */, key: crypto().mlKem1024PublicKey(seed) },
    createdAtMs,
    lastResort
  });
  const signed = signedPreKeyCodec.encode({
    body,
    signature: await signLabelled(device.signer, SIGNATURE_LABELS.signedPreKey, body)
  });
  await store.storePreKey(
    "kem",
    id,
    encodePreKeyRecord(
      create3(PreKeyRecordSchema, {
        version: STATE_VERSION,
        kind: WIRE_KIND.kem,
        keyId: id,
        secret: seed,
        signed,
        lastResort,
        createdAtMs
      })
    )
  );
  return signed;
}
async function createOneTimePreKeys(store, firstId, count, options = {}) {
  if (!Number.isInteger(count) || count < 0 || count > 1e4)
    throw new NexusError("INVALID_ARGUMENT", "count must be 0..10000");
  checkId(firstId);
  checkId(firstId + Math.max(count - 1, 0));
  const out = [];
  const createdAtMs = checkTime("createdAt", (options.clock ?? systemClock).now());
  for (let i = 0; i < count; i++) {
    const id = firstId + i;
    const secret = (options.random ?? systemRandom).randomBytes(SIZES.x25519);
    await store.storePreKey(
      "one-time",
      id,
      encodePreKeyRecord(
        create3(PreKeyRecordSchema, {
          version: STATE_VERSION,
          kind: WIRE_KIND["one-time"],
          keyId: id,
          secret,
          createdAtMs
        })
      )
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
    ...options.oneTimePreKey ? { oneTimePrekey: oneTimePreKeyCodec.decode(options.oneTimePreKey) } : {}
  });
}
function verifyPreKeyBundle(bytes, options = {}) {
  const now2 = verificationTime(options);
  const bundle = preKeyBundleCodec.decode(bytes);
  const sskBytes = signedMessageCodec.encode(bundle.selfSigningCertificate);
  const presented = decodeSelfSigningCertificate(sskBytes);
  const uuid = uuidFromPublicKey(presented.identityKey);
  if (options.expectedUuid !== void 0 && options.expectedUuid !== uuid) {
    throw new NexusError("UNTRUSTED_IDENTITY", "bundle belongs to another identity");
  }
  const trusted = trustedChain(presented.identityKey, sskBytes, options.known, now2);
  const { device } = verifyDeviceCertificate(signedMessageCodec.encode(bundle.deviceCertificate), {
    identity: presented.identityKey,
    selfSigningCertificate: trusted.selfSigningCertificate.bytes,
    revocationList: trusted.revocationList,
    now: now2
  });
  const spk = verifySignedPreKey(bundle.signedPrekey, device, 3 /* X25519 */);
  const kem = verifySignedPreKey(bundle.kemPrekey, device, 5 /* ML_KEM_1024 */);
  return Object.freeze({
    uuid,
    device,
    selfSigningCertificate: trusted.selfSigningCertificate,
    revocationList: trusted.revocationList,
    signedPreKey: { id: spk.keyId, publicKey: spk.publicKey.key },
    oneTimePreKey: bundle.oneTimePrekey ? { id: bundle.oneTimePrekey.keyId, publicKey: bundle.oneTimePrekey.publicKey } : null,
    kemPreKey: { id: kem.keyId, publicKey: kem.publicKey.key, lastResort: kem.lastResort }
  });
}
function trustedChain(identityKey, presentedSelfSigning, known, now2) {
  const presented = verifySelfSigningCertificate(presentedSelfSigning, identityKey, { now: now2 });
  const held = known?.selfSigningCertificate ? decodeSelfSigningCertificate(known.selfSigningCertificate) : null;
  const selfSigningCertificate = acceptSelfSigningCertificate(held, presented);
  let revocationList = null;
  if (known?.revocationList) {
    try {
      revocationList = verifyRevocationList(known.revocationList, {
        identity: identityKey,
        selfSigningCertificate: selfSigningCertificate.bytes,
        now: now2
      });
    } catch (err) {
      if (!NexusError.is(err, "UNKNOWN_ISSUER")) throw err;
      revocationList = null;
    }
  }
  return { selfSigningCertificate, revocationList };
}
function verifySignedPreKey(signed, device, algorithm) {
  const body = preKeyBodyCodec.decode(signed.body);
  if (body.publicKey.algorithm !== algorithm)
    throw new NexusError("MALFORMED", "prekey has the wrong algorithm for its place in the bundle");
  requireSignature(
    device.signingKey,
    SIGNATURE_LABELS.signedPreKey,
    signed.body,
    signed.signature,
    "prekey"
  );
  return body;
}

// src/ratchet/session.ts
import { clone, create as create5 } from "@bufbuild/protobuf";

// src/ratchet/double-ratchet.ts
import { create as create4 } from "@bufbuild/protobuf";

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
    nextHeaderKey: okm.slice(64, 96)
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
    SIZES.aeadKey + SIZES.aeadNonce
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
  if (out === null) throw new NexusError("DECRYPT_FAILED", "ratchet key is a low-order point");
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
    createdAtMs: BigInt(options.now)
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
    createdAtMs: BigInt(options.now)
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
    sessionAd
  );
}
function ratchetEncrypt(state, plaintext, random2) {
  if (state.sendingChainKey.length === 0) {
    throw new NexusError("NO_SESSION", "this session cannot send until it receives a message");
  }
  const { chainKey, messageKey } = kdfChainKey(state.sendingChainKey);
  state.sendingChainKey = chainKey;
  const header = ratchetHeaderCodec.encode({
    ratchetKey: crypto().x25519PublicKey(state.sendingRatchetSecret),
    previousChainLength: state.previousSendingChainLength,
    messageNumber: state.sendingMessageNumber
  });
  state.sendingMessageNumber += 1;
  const headerBytes = state.headerEncryption ? sealHeader(state.sendingHeaderKey, header, state.sessionAd, random2) : header;
  const { key, nonce } = messageKeyMaterial(messageKey);
  const ciphertext = crypto().chacha20poly1305Seal(
    key,
    nonce,
    plaintext,
    messageAd(state.sessionAd, headerBytes)
  );
  return create4(RatchetMessageSchema, {
    version: 1,
    ...state.headerEncryption ? { encryptedHeader: headerBytes } : { header: headerBytes },
    ciphertext
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
    messageAd(sessionAd, headerBytesOf(message))
  );
  if (plaintext === null) throw new NexusError("DECRYPT_FAILED", "message does not authenticate");
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
    (f) => f.messageNumber === messageNumber && bytesEqual(f.chain, chain)
  );
}
function storeSkipped(state, chain, messageNumber, messageKey, now2) {
  state.skipped.push(
    create4(SkippedMessageKeySchema, { chain, messageNumber, messageKey, storedAtMs: BigInt(now2) })
  );
  while (state.skipped.length > LIMITS.maxStoredSkippedKeys) {
    const evicted = state.skipped.shift();
    forget(state, evicted.chain, evicted.messageNumber);
  }
}
function takeSkipped(state, chain, messageNumber) {
  const i = state.skipped.findIndex(
    (k) => k.messageNumber === messageNumber && bytesEqual(k.chain, chain)
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
    throw new NexusError("TOO_MANY_SKIPPED", `message would skip more than ${LIMITS.maxSkip} keys`);
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
    throw new NexusError("DECRYPT_FAILED", "message header is malformed");
  }
}
function ratchetDecrypt(state, message, now2, random2) {
  if (state.headerEncryption !== message.encryptedHeader.length > 0) {
    throw new NexusError("DECRYPT_FAILED", "header encryption does not match the session");
  }
  expireSkippedKeys(state, now2);
  return state.headerEncryption ? decryptWithHeaderEncryption(state, message, now2, random2) : decryptPlain(state, message, now2, random2);
}
function decryptPlain(state, message, now2, random2) {
  const header = decodeHeader(message.header);
  const skipped = takeSkipped(state, header.ratchetKey, header.messageNumber);
  if (skipped !== null) return openWith(skipped, message, state.sessionAd);
  if (isForgotten(state, header.ratchetKey, header.messageNumber)) {
    throw new NexusError(
      "MESSAGE_EXPIRED",
      "the key of this message was deleted (expired or evicted)"
    );
  }
  const sameChain = state.receivingRatchetKey.length > 0 && bytesEqual(header.ratchetKey, state.receivingRatchetKey);
  if (sameChain && header.messageNumber < state.receivingMessageNumber) {
    throw new NexusError("DUPLICATE_MESSAGE", "this message was already decrypted");
  }
  if (!sameChain && state.previousReceivingChains.some((c) => bytesEqual(c, header.ratchetKey))) {
    throw new NexusError("DUPLICATE_MESSAGE", "this message was already decrypted");
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
        "MESSAGE_EXPIRED",
        "the key of this message was deleted (expired or evicted)"
      );
  }
  let plainHeader = openHeader(state.receivingHeaderKey, message.encryptedHeader, state.sessionAd);
  let ratchetStep = false;
  if (plainHeader === null) {
    plainHeader = openHeader(
      state.nextReceivingHeaderKey,
      message.encryptedHeader,
      state.sessionAd
    );
    ratchetStep = true;
  }
  if (plainHeader === null) {
    const chains = new Map(
      [...state.previousReceivingChains, ...state.forgotten.map((f) => f.chain)].map((c) => [
        toHex(c),
        c
      ])
    );
    for (const chain of chains.values()) {
      const opened = openHeader(chain, message.encryptedHeader, state.sessionAd);
      if (opened === null) continue;
      if (isForgotten(state, chain, decodeHeader(opened).messageNumber)) {
        throw new NexusError(
          "MESSAGE_EXPIRED",
          "the key of this message was deleted (expired or evicted)"
        );
      }
      throw new NexusError("DUPLICATE_MESSAGE", "this message was already decrypted");
    }
    throw new NexusError("DECRYPT_FAILED", "message header does not authenticate");
  }
  const header = decodeHeader(plainHeader);
  if (!ratchetStep) {
    if (isForgotten(state, state.receivingHeaderKey, header.messageNumber)) {
      throw new NexusError(
        "MESSAGE_EXPIRED",
        "the key of this message was deleted (expired or evicted)"
      );
    }
    if (header.messageNumber < state.receivingMessageNumber)
      throw new NexusError("DUPLICATE_MESSAGE", "this message was already decrypted");
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
    responder.keyAgreementKey
  );
}
function dh2(secret, publicKey) {
  const out = crypto().x25519(secret, publicKey);
  if (out === null) throw new NexusError("INVALID_KEY", "PQXDH: a public key is a low-order point");
  return out;
}
function deriveSecrets(dhs, kemSecret) {
  const okm = crypto().hkdfSha256(concat(F, ...dhs, kemSecret), ZERO_SALT2, INFO, 96);
  return {
    rootKey: okm.slice(0, 32),
    initiatorHeaderKey: okm.slice(32, 64),
    responderNextHeaderKey: okm.slice(64, 96)
  };
}
function pqxdhInitiate(options) {
  const ephemeral = options.random.randomBytes(SIZES.x25519);
  const dhs = [
    options.agree(options.signedPreKey),
    dh2(ephemeral, options.responderKeyAgreementKey),
    dh2(ephemeral, options.signedPreKey)
  ];
  if (options.oneTimePreKey) dhs.push(dh2(ephemeral, options.oneTimePreKey));
  let kem;
  try {
    kem = crypto().mlKem1024Encapsulate(options.kemPreKey, options.kemRandomness);
  } catch (cause) {
    throw new NexusError("INVALID_KEY", "PQXDH: the KEM prekey is not a valid ML-KEM-1024 key", {
      cause
    });
  }
  return {
    secrets: deriveSecrets(dhs, kem.sharedSecret),
    baseKey: crypto().x25519PublicKey(ephemeral),
    kemCiphertext: kem.ciphertext
  };
}
function pqxdhRespond(options) {
  const dhs = [
    dh2(options.signedPreKeySecret, options.initiatorKeyAgreementKey),
    options.agree(options.baseKey),
    dh2(options.signedPreKeySecret, options.baseKey)
  ];
  if (options.oneTimePreKeySecret) dhs.push(dh2(options.oneTimePreKeySecret, options.baseKey));
  if (options.kemCiphertext.length !== SIZES.mlKem1024Ciphertext)
    throw new NexusError("MALFORMED", "PQXDH: KEM ciphertext has the wrong length");
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
    selfSigningCertificate: record.selfSigningCertificate.length ? record.selfSigningCertificate : null,
    revocationList: record.revocationList.length ? record.revocationList : null,
    verifiedAtMs: record.verifiedAtMs
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
        verifiedAtMs
      })
    )
  );
}
async function establishSession(local, bundle, options) {
  const t = now(options);
  const peek = verifyPreKeyBundle(bundle, {
    ...options.expectedUuid === void 0 ? {} : { expectedUuid: options.expectedUuid },
    now: t
  });
  const trusted = await loadTrusted(options, peek.uuid);
  const verified = verifyPreKeyBundle(bundle, { expectedUuid: peek.uuid, known: trusted, now: t });
  if (bytesEqual(verified.device.deviceId, local.deviceId) && verified.uuid === local.uuid) {
    throw new NexusError("INVALID_ARGUMENT", "cannot open a session with this device itself");
  }
  const initiation = pqxdhInitiate({
    agree: (pk) => local.keyAgreementKey.agree(pk),
    responderKeyAgreementKey: verified.device.keyAgreementKey,
    signedPreKey: verified.signedPreKey.publicKey,
    oneTimePreKey: verified.oneTimePreKey?.publicKey ?? null,
    kemPreKey: verified.kemPreKey.publicKey,
    random: random(options),
    ...options.kemRandomness ? { kemRandomness: options.kemRandomness } : {}
  });
  const sessionAd = sessionAssociatedData(
    {
      identityKey: local.identityKey,
      deviceId: local.deviceId,
      keyAgreementKey: local.keyAgreementKey.publicKey
    },
    {
      identityKey: verified.device.identityKey,
      deviceId: verified.device.deviceId,
      keyAgreementKey: verified.device.keyAgreementKey
    }
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
      kemCiphertext: initiation.kemCiphertext
    }),
    now: t,
    random: random(options)
  });
  const address = deviceAddress(verified.uuid, verified.device.deviceId);
  const record = await loadRecord(options, address) ?? emptySessionRecord();
  promote(record, state);
  await options.stores.sessions.storeSession(address, encodeSessionRecord(record));
  await storeTrusted(
    options,
    verified.uuid,
    verified.selfSigningCertificate,
    verified.revocationList,
    trusted.verifiedAtMs
  );
  return address;
}
async function encryptMessage(local, address, plaintext, ctx) {
  const record = await loadRecord(ctx, address);
  if (record?.current === void 0)
    throw new NexusError("NO_SESSION", "no session with this device");
  const state = clone(SessionStateSchema, record.current);
  const message = ratchetEncrypt(state, plaintext, random(ctx));
  let type;
  let content;
  if (state.pendingPrekey !== void 0) {
    type = 1 /* PREKEY_MESSAGE */;
    content = preKeyMessageCodec.encode({
      version: 1,
      selfSigningCertificate: signedMessageCodec.decode(local.selfSigningCertificate),
      deviceCertificate: signedMessageCodec.decode(local.deviceCertificate),
      signedPrekeyId: state.pendingPrekey.signedPrekeyId,
      oneTimePrekeyId: state.pendingPrekey.oneTimePrekeyId,
      kemPrekeyId: state.pendingPrekey.kemPrekeyId,
      baseKey: state.pendingPrekey.baseKey,
      kemCiphertext: state.pendingPrekey.kemCiphertext,
      message
    });
  } else {
    type = 2 /* RATCHET_MESSAGE */;
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
    senderIdentityKey: local.identityKey
  });
}
function fromHexId(hex) {
  if (!/^[0-9a-f]{32}$/.test(hex))
    throw new NexusError("INVALID_ARGUMENT", "device ids are 32 lower-case hex digits");
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
function bestError(errors) {
  for (const code of ["DUPLICATE_MESSAGE", "MESSAGE_EXPIRED", "TOO_MANY_SKIPPED"]) {
    const found = errors.find((e) => NexusError.is(e, code));
    if (found) return found;
  }
  return errors.find((e) => !NexusError.is(e, "DECRYPT_FAILED")) ?? new NexusError(
    "DECRYPT_FAILED",
    "message does not authenticate under any session with its sender"
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
  if (candidates.length === 0) throw new NexusError("NO_SESSION", "no session with this device");
  throw bestError(errors);
}
async function decryptMessage(local, envelope, ctx) {
  const env = envelopeCodec.decode(envelope);
  if (env.recipientDeviceId.length > 0 && !bytesEqual(env.recipientDeviceId, local.deviceId)) {
    throw new NexusError("DECRYPT_FAILED", "envelope is addressed to another device");
  }
  const t = now(ctx);
  const timestamp = Number(env.timestampMs);
  if (env.type === 1 /* PREKEY_MESSAGE */) {
    const result = await decryptPreKeyMessage(local, env.content, t, ctx);
    return { ...result, timestamp };
  }
  if (env.type !== 2 /* RATCHET_MESSAGE */)
    throw new NexusError("MALFORMED", "not a 1:1 message envelope");
  if (env.senderIdentityKey.length !== 32)
    throw new NexusError("MALFORMED", "envelope lacks the sender identity key");
  let uuid;
  try {
    uuid = uuidFromPublicKey(env.senderIdentityKey);
  } catch {
    throw new NexusError("MALFORMED", "envelope sender identity key is not a valid key");
  }
  const sender = deviceAddress(uuid, env.senderDeviceId);
  const message = ratchetMessageCodec.decode(env.content);
  const record = await loadRecord(ctx, sender);
  if (record === null) throw new NexusError("NO_SESSION", "no session with the sending device");
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
    t
  );
  if (revocationList !== null && isRevoked(revocationList, deviceId))
    throw new NexusError("REVOKED", "the sending device has been revoked");
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
    now: t
  });
  const sender = deviceAddress(uuid, device.deviceId);
  const record = await loadRecord(ctx, sender) ?? emptySessionRecord();
  const rng = random(ctx);
  const sameBase = (s) => bytesEqual(s.baseKey, msg.baseKey) && bytesEqual(s.remoteIdentityKey, device.keyAgreementKey);
  if (record.current !== void 0 && sameBase(record.current) || record.archived.some(sameBase)) {
    const plaintext2 = decryptWithRecord(record, msg.message, t, rng, sameBase);
    await ctx.stores.sessions.storeSession(sender, encodeSessionRecord(record));
    return { plaintext: plaintext2, sender, newSession: false };
  }
  const signed = await ctx.stores.preKeys.loadPreKey("signed", msg.signedPrekeyId);
  const kem = await ctx.stores.preKeys.loadPreKey("kem", msg.kemPrekeyId);
  const oneTime = msg.oneTimePrekeyId === 0 ? null : await ctx.stores.preKeys.loadPreKey("one-time", msg.oneTimePrekeyId);
  if (signed === null || kem === null || msg.oneTimePrekeyId !== 0 && oneTime === null) {
    throw new NexusError(
      "UNKNOWN_PREKEY",
      "the message uses a prekey this device does not have (consumed or never issued)"
    );
  }
  const signedRecord = decodePreKeyRecord(signed, "signed");
  const kemRecord = decodePreKeyRecord(kem, "kem");
  const oneTimeRecord = oneTime === null ? null : decodePreKeyRecord(oneTime, "one-time");
  let secrets;
  try {
    secrets = pqxdhRespond({
      agree: (pk) => local.keyAgreementKey.agree(pk),
      initiatorKeyAgreementKey: device.keyAgreementKey,
      signedPreKeySecret: signedRecord.secret,
      oneTimePreKeySecret: oneTimeRecord?.secret ?? null,
      kemSeed: kemRecord.secret,
      baseKey: msg.baseKey,
      kemCiphertext: msg.kemCiphertext
    });
  } catch (err) {
    if (NexusError.is(err, "INVALID_KEY"))
      throw new NexusError("DECRYPT_FAILED", "the PreKeyMessage carries an invalid base key", {
        cause: err
      });
    throw err;
  }
  const sessionAd = sessionAssociatedData(
    {
      identityKey: device.identityKey,
      deviceId: device.deviceId,
      keyAgreementKey: device.keyAgreementKey
    },
    {
      identityKey: local.identityKey,
      deviceId: local.deviceId,
      keyAgreementKey: local.keyAgreementKey.publicKey
    }
  );
  const state = initializeResponder({
    secrets,
    sessionAd,
    signedPreKeySecret: signedRecord.secret,
    baseKey: msg.baseKey,
    remoteIdentityKey: device.keyAgreementKey,
    headerEncryption: msg.message.encryptedHeader.length > 0,
    now: t
  });
  const plaintext = ratchetDecrypt(state, msg.message, t, rng);
  promote(record, state);
  await ctx.stores.sessions.storeSession(sender, encodeSessionRecord(record));
  await storeTrusted(
    ctx,
    uuid,
    chain.selfSigningCertificate,
    chain.revocationList,
    trusted.verifiedAtMs
  );
  if (oneTimeRecord !== null)
    await ctx.stores.preKeys.removePreKey("one-time", msg.oneTimePrekeyId);
  if (!kemRecord.lastResort) await ctx.stores.preKeys.removePreKey("kem", msg.kemPrekeyId);
  return { plaintext, sender, newSession: true };
}

// src/ratchet/sender-keys.ts
import { clone as clone2, create as create6 } from "@bufbuild/protobuf";
var AD_LABEL2 = utf8("NexusLink_SenderKey_AD");
function distributionHex(distributionId) {
  const bytes = typeof distributionId === "string" ? fromHex2(distributionId) : distributionId;
  if (bytes.length !== 16)
    throw new NexusError("INVALID_ARGUMENT", "distribution ids are 16 bytes");
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
    signingKey: state.signingKey
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
    signingSecret
  });
}
async function createSenderKeyDistribution(local, distributionId, ctx) {
  const d = distributionHex(distributionId);
  const self = deviceAddress(local.uuid, local.deviceId);
  const record = await loadRecord2(ctx, self, d.hex) ?? create6(SenderKeyRecordSchema, { version: STATE_VERSION });
  if (record.states[0]?.signingSecret.length) return distributionOf(record.states[0]);
  const state = newOwnState(d.bytes, (record.states[0]?.chainId ?? 0) + 1, ctx);
  record.states.unshift(state);
  await ctx.stores.senderKeys.storeSenderKey(self, d.hex, encodeSenderKeyRecord(record));
  return distributionOf(state);
}
async function processSenderKeyDistribution(sender, distribution, ctx) {
  const msg = senderKeyDistributionCodec.decode(distribution);
  const hex = toHex(msg.distributionId);
  const record = await loadRecord2(ctx, sender, hex) ?? create6(SenderKeyRecordSchema, { version: STATE_VERSION });
  const existing = record.states.find((s) => s.chainId === msg.chainId);
  if (existing) {
    if (!bytesEqual(existing.signingKey, msg.signingKey))
      throw new NexusError(
        "UNTRUSTED_IDENTITY",
        "a different key for a sender key chain already held"
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
      signingKey: msg.signingKey
    })
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
    throw new NexusError("NO_SESSION", "no sender key for this group: create a distribution first");
  const { chainKey, messageKey } = kdfChainKey(state.chainKey);
  const { key, nonce } = messageKeyMaterial(messageKey, true);
  const ciphertext = crypto().chacha20poly1305Seal(
    key,
    nonce,
    plaintext,
    groupAd(local.identityKey, local.deviceId, d.bytes)
  );
  const body = senderKeyMessageBodyCodec.encode({
    version: 1,
    distributionId: d.bytes,
    chainId: state.chainId,
    iteration: state.iteration,
    ciphertext
  });
  const signature = crypto().ed25519Sign(
    state.signingSecret,
    signingInput(SIGNATURE_LABELS.senderKeyMessage, body)
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
    senderIdentityKey: local.identityKey
  });
}
async function groupDecrypt(envelope, ctx) {
  const env = envelopeCodec.decode(envelope);
  if (env.type !== 3 /* SENDER_KEY_MESSAGE */)
    throw new NexusError("MALFORMED", "not a group message envelope");
  if (env.senderIdentityKey.length !== 32)
    throw new NexusError("MALFORMED", "envelope lacks the sender identity key");
  let uuid;
  try {
    uuid = uuidFromPublicKey(env.senderIdentityKey);
  } catch {
    throw new NexusError("MALFORMED", "envelope sender identity key is not a valid key");
  }
  const sender = deviceAddress(uuid, env.senderDeviceId);
  const signed = signedMessageCodec.decode(env.content);
  const body = senderKeyMessageBodyCodec.decode(signed.body);
  const hex = toHex(body.distributionId);
  const record = await loadRecord2(ctx, sender, hex);
  const index = record?.states.findIndex((s) => s.chainId === body.chainId) ?? -1;
  if (!record || index < 0)
    throw new NexusError("NO_SESSION", "no sender key for this sender and chain");
  const stored = record.states[index];
  if (!crypto().ed25519Verify(
    stored.signingKey,
    signingInput(SIGNATURE_LABELS.senderKeyMessage, signed.body),
    signed.signature
  )) {
    throw new NexusError("BAD_SIGNATURE", "group message signature does not verify");
  }
  const state = clone2(SenderKeyStateSchema, stored);
  const t = (ctx.clock ?? systemClock).now();
  expireSkippedKeys(state, t);
  const tag = chainTag(state.chainId);
  let messageKey = takeSkipped(state, tag, body.iteration);
  if (messageKey === null) {
    if (isForgotten(state, tag, body.iteration))
      throw new NexusError(
        "MESSAGE_EXPIRED",
        "the key of this message was deleted (expired or evicted)"
      );
    if (body.iteration < state.iteration)
      throw new NexusError("DUPLICATE_MESSAGE", "this group message was already decrypted");
    if (body.iteration - state.iteration > LIMITS.maxSkip)
      throw new NexusError(
        "TOO_MANY_SKIPPED",
        `message would skip more than ${LIMITS.maxSkip} keys`
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
    groupAd(env.senderIdentityKey, env.senderDeviceId, body.distributionId)
  );
  if (plaintext === null)
    throw new NexusError("DECRYPT_FAILED", "group message does not authenticate");
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
  const copy = (b) => b === void 0 ? null : b.slice();
  const sessionStore = {
    loadSession: async (a) => copy(sessions.get(addressKey(a))),
    storeSession: async (a, r) => void sessions.set(addressKey(a), r.slice()),
    deleteSession: async (a) => void sessions.delete(addressKey(a))
  };
  const preKeyStore = {
    loadPreKey: async (k, id) => copy(preKeys.get(`${k}/${id}`)),
    storePreKey: async (k, id, r) => void preKeys.set(`${k}/${id}`, r.slice()),
    removePreKey: async (k, id) => void preKeys.delete(`${k}/${id}`)
  };
  const senderKeyStore = {
    loadSenderKey: async (s, d) => copy(senderKeys.get(`${addressKey(s)}/${d}`)),
    storeSenderKey: async (s, d, r) => void senderKeys.set(`${addressKey(s)}/${d}`, r.slice())
  };
  const identityStore = {
    loadIdentity: async (u) => copy(identities.get(u)),
    storeIdentity: async (u, r) => void identities.set(u, r.slice())
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
      identities: identities.size
    })
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
    createdAt: past.now()
  });
  const keyStore = softwareKeyStore();
  const nd = await certifyNewDevice({
    keyStore,
    selfSigningKey: ssk,
    identityKey: identity.publicKey.bytes,
    displayName: name,
    clock: past
  });
  const device = localDevice({
    deviceCertificate: nd.certificate.bytes,
    selfSigningCertificate: sskCert.bytes,
    keyAgreementKey: nd.keyAgreementKey,
    signer: await deviceSigner(keyStore, nd.signingKeyId)
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
    oneTimePreKey: oneTime
  });
}
function expectType(envelope, type, what) {
  if (envelopeCodec.decode(envelope).type !== type)
    throw new Error(`nexuslink: ${what} is not a ${EnvelopeType[type]}`);
}
async function pair(messages2) {
  const alice = await makeDevice("alice");
  const bob = await makeDevice("bob");
  const bobAddress = await establishSession(
    alice.device,
    await freshBundle(bob, bob.ctx.stores, 1),
    alice.ctx
  );
  const first = await encryptMessage(alice.device, bobAddress, messages2[0], alice.ctx);
  expectType(first, 1 /* PREKEY_MESSAGE */, "the first message");
  const aliceAddress = (await decryptMessage(bob.device, first, bob.ctx)).sender;
  const reply = await encryptMessage(bob.device, aliceAddress, messages2[1], bob.ctx);
  await decryptMessage(alice.device, reply, alice.ctx);
  const next = await encryptMessage(alice.device, bobAddress, messages2[2], alice.ctx);
  expectType(next, 2 /* RATCHET_MESSAGE */, "a message after the reply");
  await decryptMessage(bob.device, next, bob.ctx);
  return { alice, bob, aliceAddress, bobAddress };
}
function nexuslink(name, provider) {
  return {
    name,
    activate: () => setCryptoProvider(provider),
    workloads: {
      async establish({ messages: messages2, check: check2 }) {
        const alice = await makeDevice("alice");
        const bob = await makeDevice("bob");
        const signedRecord = await bob.ctx.stores.preKeys.loadPreKey("signed", 1);
        const next = cycle(messages2);
        const pool = [];
        return {
          async prepare(count) {
            while (pool.length < count) {
              const bobStores = memoryProtocolStores();
              await bobStores.preKeys.storePreKey("signed", 1, signedRecord);
              pool.push({
                bundle: await freshBundle(bob, bobStores, 1),
                aliceCtx: { stores: memoryProtocolStores() },
                bobCtx: { stores: bobStores }
              });
            }
          },
          async op() {
            const { bundle, aliceCtx, bobCtx } = pool.pop();
            const message = next();
            const address = await establishSession(alice.device, bundle, aliceCtx);
            const envelope = await encryptMessage(alice.device, address, message, aliceCtx);
            const received = await decryptMessage(bob.device, envelope, bobCtx);
            if (!received.newSession) throw new Error("nexuslink: no new session was created");
            check2.equal(received.plaintext, message);
          }
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
          }
        };
      },
      async "ping-pong"({ messages: messages2, check: check2 }) {
        const { alice, bob, aliceAddress, bobAddress } = await pair(messages2);
        const next = cycle(messages2);
        let turn = 0;
        return {
          async op() {
            const message = next();
            const [from, to, address] = turn++ % 2 === 0 ? [alice, bob, bobAddress] : [bob, alice, aliceAddress];
            const envelope = await encryptMessage(from.device, address, message, from.ctx);
            check2.equal((await decryptMessage(to.device, envelope, to.ctx)).plaintext, message);
          }
        };
      },
      async group({ messages: messages2, check: check2 }) {
        const alice = await makeDevice("alice");
        const bob = await makeDevice("bob");
        const distributionId = globalThis.crypto.getRandomValues(new Uint8Array(16));
        const distribution = await createSenderKeyDistribution(
          alice.device,
          distributionId,
          alice.ctx
        );
        await processSenderKeyDistribution(addressOf(alice), distribution, bob.ctx);
        const next = cycle(messages2);
        return {
          async op() {
            const message = next();
            const envelope = await groupEncrypt(alice.device, distributionId, message, alice.ctx);
            check2.equal((await groupDecrypt(envelope, bob.ctx)).plaintext, message);
          }
        };
      }
    }
  };
}

// bench/.scratch/prof.ts
var [sc = "steady", prov = "native", n = "3000"] = process.argv.slice(2);
var impl = nexuslink("n", prov === "native" ? createNativeProvider() : portableProvider);
impl.activate();
var w = await impl.workloads[sc]({
  messages: messages(16, 1024),
  check: new PlaintextCheck("x")
});
if (w.prepare) await w.prepare(Number(n));
var t0 = performance.now();
for (let i = 0; i < Number(n); i++) await w.op();
console.log(sc, prov, ((performance.now() - t0) / Number(n) * 1e3).toFixed(1), "\xB5s/op");
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsicHJvZi50cyIsICIuLi8uLi9zcmMvcHJpbWl0aXZlcy9uYXRpdmUudHMiLCAiLi4vLi4vc3JjL3ByaW1pdGl2ZXMvcHJvdmlkZXIudHMiLCAiLi4vLi4vc3JjL2ludGVyZmFjZXMvZXJyb3JzLnRzIiwgIi4uLy4uL3NyYy9pZGVudGl0eS91dWlkLnRzIiwgIi4uLy4uL3NyYy9wcmltaXRpdmVzL2J5dGVzLnRzIiwgIi4uLy4uL3NyYy9pZGVudGl0eS9tbmVtb25pYy50cyIsICIuLi8uLi9zcmMvaWRlbnRpdHkvd29yZGxpc3RzLnRzIiwgIi4uLy4uL3NyYy9pZGVudGl0eS9yZWRhY3QudHMiLCAiLi4vLi4vc3JjL2lkZW50aXR5L2lkZW50aXR5LnRzIiwgIi4uLy4uL3NyYy9pZGVudGl0eS9zaWduaW5nLWtleS50cyIsICIuLi8uLi9zcmMvaWRlbnRpdHkva2V5LWFncmVlbWVudC50cyIsICIuLi8uLi9zcmMvd2lyZS9nZW4vbmV4dXNsaW5rL3YxL2tleXNfcGIudHMiLCAiLi4vLi4vc3JjL3dpcmUvZ2VuL25leHVzbGluay92MS9pZGVudGl0eV9wYi50cyIsICIuLi8uLi9zcmMvd2lyZS9nZW4vbmV4dXNsaW5rL3YxL2JhY2t1cF9wYi50cyIsICIuLi8uLi9zcmMvd2lyZS9nZW4vbmV4dXNsaW5rL3YxL2NvbnRhY3RfcGIudHMiLCAiLi4vLi4vc3JjL3dpcmUvZ2VuL25leHVzbGluay92MS9wcmVrZXlzX3BiLnRzIiwgIi4uLy4uL3NyYy93aXJlL2dlbi9uZXh1c2xpbmsvdjEvZW52ZWxvcGVfcGIudHMiLCAiLi4vLi4vc3JjL3dpcmUvZ2VuL25leHVzbGluay92MS9zZXNzaW9uX3BiLnRzIiwgIi4uLy4uL3NyYy93aXJlL2NvZGVjLnRzIiwgIi4uLy4uL3NyYy93aXJlL21lc3NhZ2VzLnRzIiwgIi4uLy4uL3NyYy9pZGVudGl0eS9zaWduaW5nLnRzIiwgIi4uLy4uL3NyYy9pZGVudGl0eS9jZXJ0aWZpY2F0ZXMudHMiLCAiLi4vLi4vc3JjL2lkZW50aXR5L2RldmljZS50cyIsICIuLi8uLi9zcmMva2V5c3RvcmVzL3NvZnR3YXJlLnRzIiwgIi4uLy4uL3NyYy9yYXRjaGV0L2NvbnN0YW50cy50cyIsICIuLi8uLi9zcmMvcmF0Y2hldC9wcmVrZXlzLnRzIiwgIi4uLy4uL3NyYy93aXJlL2dlbi9uZXh1c2xpbmsvdjEvc3RhdGVfcGIudHMiLCAiLi4vLi4vc3JjL3JhdGNoZXQvcmVjb3Jkcy50cyIsICIuLi8uLi9zcmMvcmF0Y2hldC9zZXNzaW9uLnRzIiwgIi4uLy4uL3NyYy9yYXRjaGV0L2RvdWJsZS1yYXRjaGV0LnRzIiwgIi4uLy4uL3NyYy9yYXRjaGV0L2tkZi50cyIsICIuLi8uLi9zcmMvcmF0Y2hldC9wcXhkaC50cyIsICIuLi8uLi9zcmMvcmF0Y2hldC9zZW5kZXIta2V5cy50cyIsICIuLi8uLi9zcmMvdGVzdGluZy9tZW1vcnktc3RvcmVzLnRzIiwgIi4uL2hhcm5lc3MudHMiLCAiLi4vbmV4dXNsaW5rLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyBwZXJmb3JtYW5jZSB9IGZyb20gJ25vZGU6cGVyZl9ob29rcyc7XG5pbXBvcnQgeyBjcmVhdGVOYXRpdmVQcm92aWRlciB9IGZyb20gJy4uLy4uL3NyYy9wcmltaXRpdmVzL25hdGl2ZS5qcyc7XG5pbXBvcnQgeyBwb3J0YWJsZVByb3ZpZGVyIH0gZnJvbSAnLi4vLi4vc3JjL3ByaW1pdGl2ZXMvcHJvdmlkZXIuanMnO1xuaW1wb3J0IHsgbmV4dXNsaW5rIH0gZnJvbSAnLi4vbmV4dXNsaW5rLmpzJztcbmltcG9ydCB7IG1lc3NhZ2VzLCBQbGFpbnRleHRDaGVjayB9IGZyb20gJy4uL2hhcm5lc3MuanMnO1xuY29uc3QgW3NjID0gJ3N0ZWFkeScsIHByb3YgPSAnbmF0aXZlJywgbiA9ICczMDAwJ10gPSBwcm9jZXNzLmFyZ3Yuc2xpY2UoMik7XG5jb25zdCBpbXBsID0gbmV4dXNsaW5rKCduJywgcHJvdiA9PT0gJ25hdGl2ZScgPyBjcmVhdGVOYXRpdmVQcm92aWRlcigpISA6IHBvcnRhYmxlUHJvdmlkZXIpO1xuaW1wbC5hY3RpdmF0ZSEoKTtcbmNvbnN0IHcgPSBhd2FpdCBpbXBsLndvcmtsb2Fkc1tzYyBhcyAnc3RlYWR5J10hKHtcbiAgbWVzc2FnZXM6IG1lc3NhZ2VzKDE2LCAxMDI0KSxcbiAgY2hlY2s6IG5ldyBQbGFpbnRleHRDaGVjaygneCcpLFxufSk7XG5pZiAody5wcmVwYXJlKSBhd2FpdCB3LnByZXBhcmUoTnVtYmVyKG4pKTtcbmNvbnN0IHQwID0gcGVyZm9ybWFuY2Uubm93KCk7XG5mb3IgKGxldCBpID0gMDsgaSA8IE51bWJlcihuKTsgaSsrKSBhd2FpdCB3Lm9wKCk7XG5jb25zb2xlLmxvZyhzYywgcHJvdiwgKCgocGVyZm9ybWFuY2Uubm93KCkgLSB0MCkgLyBOdW1iZXIobikpICogMTAwMCkudG9GaXhlZCgxKSwgJ1x1MDBCNXMvb3AnKTtcbiIsICJpbXBvcnQgdHlwZSAqIGFzIE5vZGVDcnlwdG8gZnJvbSAnbm9kZTpjcnlwdG8nO1xuaW1wb3J0IHsgaGNoYWNoYSB9IGZyb20gJ0Bub2JsZS9jaXBoZXJzL2NoYWNoYS5qcyc7XG5pbXBvcnQgeyBub3JtYWxpemVQMjU2TG93UywgcG9ydGFibGVQcm92aWRlciB9IGZyb20gJy4vcHJvdmlkZXIuanMnO1xuaW1wb3J0IHR5cGUgeyBDcnlwdG9Qcm92aWRlciB9IGZyb20gJy4vcHJvdmlkZXIuanMnO1xuXG50eXBlIE5vZGVDcnlwdG9Nb2R1bGUgPSB0eXBlb2YgTm9kZUNyeXB0bztcbnR5cGUgS2V5T2JqZWN0ID0gTm9kZUNyeXB0by5LZXlPYmplY3Q7XG5cbi8qKiBFdmVyeSBwcmltaXRpdmUgb2Yge0BsaW5rIENyeXB0b1Byb3ZpZGVyfSwgYnkgbmFtZS4gQGludGVybmFsICovXG5leHBvcnQgdHlwZSBQcmltaXRpdmVOYW1lID0gRXhjbHVkZTxrZXlvZiBDcnlwdG9Qcm92aWRlciwgJ25hbWUnPjtcblxuLyoqXG4gKiBUaGUgcHJvdmlkZXIgYmFja2VkIGJ5IGBub2RlOmNyeXB0b2AgKE9wZW5TU0wpLCBvciBgbnVsbGAgd2hlcmUgdGhlcmUgaXNcbiAqIG5vIGBub2RlOmNyeXB0b2AgKGJyb3dzZXJzKS4gRWFjaCBwcmltaXRpdmUgdXNlcyB3aGljaGV2ZXIgaW1wbGVtZW50YXRpb25cbiAqIGBiZW5jaC9wcmltaXRpdmVzLnRzYCBtZWFzdXJlZCBmYXN0ZXIgb24gTm9kZSAyNDogc2VlIHtAbGluayBOQVRJVkVfQ0hPSUNFU30uXG4gKiBBIHByaW1pdGl2ZSB0aGUgcnVubmluZyBOb2RlIGNhbm5vdCBkbyBuYXRpdmVseSAoTUwtS0VNIGJlZm9yZSBOb2RlIDI0LjcpXG4gKiBmYWxscyBiYWNrIHRvIHRoZSBwb3J0YWJsZSBvbmUsIHNvIHRoZSByZXN1bHQgYWx3YXlzIGltcGxlbWVudHMgZXZlcnl0aGluZy5cbiAqXG4gKiBgbm9kZTpjcnlwdG9gIGlzIHJlYWNoZWQgdGhyb3VnaCBgcHJvY2Vzcy5nZXRCdWlsdGluTW9kdWxlYCByYXRoZXIgdGhhbiBhblxuICogaW1wb3J0IHNvIHRoYXQgdGhlIFNESyBzdGlsbCBidW5kbGVzIGZvciBicm93c2VycyB1bnRvdWNoZWQuXG4gKlxuICogQGludGVybmFsXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjcmVhdGVOYXRpdmVQcm92aWRlcigpOiBDcnlwdG9Qcm92aWRlciB8IG51bGwge1xuICBjb25zdCBub2RlID0gbG9hZE5vZGVDcnlwdG8oKTtcbiAgaWYgKCFub2RlKSByZXR1cm4gbnVsbDtcbiAgY29uc3QgYWxsID0gbm9kZUNyeXB0b1Byb3ZpZGVyKG5vZGUpO1xuICBjb25zdCBjaG9zZW46IFBhcnRpYWw8UmVjb3JkPFByaW1pdGl2ZU5hbWUsIHVua25vd24+PiA9IHt9O1xuICBmb3IgKGNvbnN0IG5hbWUgb2YgT2JqZWN0LmtleXMoTkFUSVZFX0NIT0lDRVMpIGFzIFByaW1pdGl2ZU5hbWVbXSkge1xuICAgIGNob3NlbltuYW1lXSA9XG4gICAgICBOQVRJVkVfQ0hPSUNFU1tuYW1lXSA9PT0gJ25vZGU6Y3J5cHRvJyAmJiB3b3JrcyhhbGwsIG5hbWUpXG4gICAgICAgID8gYWxsW25hbWVdXG4gICAgICAgIDogcG9ydGFibGVQcm92aWRlcltuYW1lXTtcbiAgfVxuICByZXR1cm4geyAuLi4oY2hvc2VuIGFzIE9taXQ8Q3J5cHRvUHJvdmlkZXIsICduYW1lJz4pLCBuYW1lOiAnbmF0aXZlJyB9O1xufVxuXG4vKipcbiAqIFdoaWNoIGltcGxlbWVudGF0aW9uIHRoZSBuYXRpdmUgcHJvdmlkZXIgdXNlcyBmb3IgZWFjaCBwcmltaXRpdmUsIGRlY2lkZWRcbiAqIGJ5IG1lYXN1cmVtZW50IG9uIE5vZGUgMjQgKGBub2RlIHNjcmlwdHMvcnVuLXRzLm1qcyBiZW5jaC9wcmltaXRpdmVzLnRzYCkuXG4gKiBTaG9ydCBITUFDLCBoYXNoIGFuZCBBRUFEIGNhbGxzIHN0YXkgb24gbm9ibGU6IGNyb3NzaW5nIGludG8gYG5vZGU6Y3J5cHRvYFxuICogY29zdHMgbW9yZSB0aGFuIHRoZSB3b3JrIGl0c2VsZiBhdCB0aGUgc2l6ZXMgdGhlIHByb3RvY29sIHVzZXMuXG4gKlxuICogQGludGVybmFsXG4gKi9cbmV4cG9ydCBjb25zdCBOQVRJVkVfQ0hPSUNFUzogUmVhZG9ubHk8UmVjb3JkPFByaW1pdGl2ZU5hbWUsICdub2RlOmNyeXB0bycgfCAncG9ydGFibGUnPj4gPSB7XG4gIHJhbmRvbUJ5dGVzOiAnbm9kZTpjcnlwdG8nLFxuICBzaGEyNTY6ICdub2RlOmNyeXB0bycsXG4gIHNoYTUxMjogJ25vZGU6Y3J5cHRvJyxcbiAgaG1hY1NoYTI1NjogJ25vZGU6Y3J5cHRvJyxcbiAgaG1hY1NoYTUxMjogJ25vZGU6Y3J5cHRvJyxcbiAgaGtkZlNoYTI1NjogJ25vZGU6Y3J5cHRvJyxcbiAgZWQyNTUxOVB1YmxpY0tleTogJ25vZGU6Y3J5cHRvJyxcbiAgZWQyNTUxOVNpZ246ICdub2RlOmNyeXB0bycsXG4gIGVkMjU1MTlWZXJpZnk6ICdub2RlOmNyeXB0bycsXG4gIHAyNTZQdWJsaWNLZXk6ICdub2RlOmNyeXB0bycsXG4gIHAyNTZTaWduOiAnbm9kZTpjcnlwdG8nLFxuICBwMjU2VmVyaWZ5OiAnbm9kZTpjcnlwdG8nLFxuICB4MjU1MTlQdWJsaWNLZXk6ICdub2RlOmNyeXB0bycsXG4gIHgyNTUxOTogJ25vZGU6Y3J5cHRvJyxcbiAgbWxLZW0xMDI0UHVibGljS2V5OiAnbm9kZTpjcnlwdG8nLFxuICBtbEtlbTEwMjRFbmNhcHN1bGF0ZTogJ25vZGU6Y3J5cHRvJyxcbiAgbWxLZW0xMDI0RGVjYXBzdWxhdGU6ICdub2RlOmNyeXB0bycsXG4gIGNoYWNoYTIwcG9seTEzMDVTZWFsOiAnbm9kZTpjcnlwdG8nLFxuICBjaGFjaGEyMHBvbHkxMzA1T3BlbjogJ25vZGU6Y3J5cHRvJyxcbiAgeGNoYWNoYTIwcG9seTEzMDVTZWFsOiAnbm9kZTpjcnlwdG8nLFxuICB4Y2hhY2hhMjBwb2x5MTMwNU9wZW46ICdub2RlOmNyeXB0bycsXG59O1xuXG5mdW5jdGlvbiBsb2FkTm9kZUNyeXB0bygpOiBOb2RlQ3J5cHRvTW9kdWxlIHwgbnVsbCB7XG4gIGNvbnN0IHByb2Nlc3MgPSAoZ2xvYmFsVGhpcyBhcyB7IHByb2Nlc3M/OiB7IGdldEJ1aWx0aW5Nb2R1bGU/OiAoaWQ6IHN0cmluZykgPT4gdW5rbm93biB9IH0pXG4gICAgLnByb2Nlc3M7XG4gIHRyeSB7XG4gICAgcmV0dXJuIChwcm9jZXNzPy5nZXRCdWlsdGluTW9kdWxlPy4oJ25vZGU6Y3J5cHRvJykgYXMgTm9kZUNyeXB0b01vZHVsZSB8IHVuZGVmaW5lZCkgPz8gbnVsbDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIG51bGw7XG4gIH1cbn1cblxuLyoqIFdoZXRoZXIgdGhpcyBydW50aW1lJ3MgYG5vZGU6Y3J5cHRvYCBjYW4gZG8gYG5hbWVgIChvbGRlciBOb2RlIGxhY2tzIE1MLUtFTSBhbmQgcmF3IGtleXMpLiAqL1xuZnVuY3Rpb24gd29ya3MocDogQ3J5cHRvUHJvdmlkZXIsIG5hbWU6IFByaW1pdGl2ZU5hbWUpOiBib29sZWFuIHtcbiAgdHJ5IHtcbiAgICBjb25zdCBwcm9iZSA9IFBST0JFU1tuYW1lXTtcbiAgICByZXR1cm4gcHJvYmUgPyBwcm9iZShwKSA6IHRydWU7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiBmYWxzZTtcbiAgfVxufVxuXG5jb25zdCBQUk9CRVM6IFBhcnRpYWw8UmVjb3JkPFByaW1pdGl2ZU5hbWUsIChwOiBDcnlwdG9Qcm92aWRlcikgPT4gYm9vbGVhbj4+ID0ge1xuICBtbEtlbTEwMjRQdWJsaWNLZXk6IChwKSA9PiBwLm1sS2VtMTAyNFB1YmxpY0tleShuZXcgVWludDhBcnJheSg2NCkpLmxlbmd0aCA9PT0gMTU2OCxcbiAgbWxLZW0xMDI0RW5jYXBzdWxhdGU6IChwKSA9PlxuICAgIHAubWxLZW0xMDI0RW5jYXBzdWxhdGUocC5tbEtlbTEwMjRQdWJsaWNLZXkobmV3IFVpbnQ4QXJyYXkoNjQpKSkuY2lwaGVydGV4dC5sZW5ndGggPT09IDE1NjgsXG4gIG1sS2VtMTAyNERlY2Fwc3VsYXRlOiAocCkgPT5cbiAgICBwLm1sS2VtMTAyNERlY2Fwc3VsYXRlKG5ldyBVaW50OEFycmF5KDY0KSwgbmV3IFVpbnQ4QXJyYXkoMTU2OCkpLmxlbmd0aCA9PT0gMzIsXG4gIGNoYWNoYTIwcG9seTEzMDVTZWFsOiAocCkgPT5cbiAgICBwLmNoYWNoYTIwcG9seTEzMDVTZWFsKFxuICAgICAgbmV3IFVpbnQ4QXJyYXkoMzIpLFxuICAgICAgbmV3IFVpbnQ4QXJyYXkoMTIpLFxuICAgICAgbmV3IFVpbnQ4QXJyYXkoMCksXG4gICAgICBuZXcgVWludDhBcnJheSgwKSxcbiAgICApLmxlbmd0aCA9PT0gMTYsXG59O1xuUFJPQkVTLmNoYWNoYTIwcG9seTEzMDVPcGVuID0gUFJPQkVTLmNoYWNoYTIwcG9seTEzMDVTZWFsO1xuUFJPQkVTLnhjaGFjaGEyMHBvbHkxMzA1U2VhbCA9IFBST0JFUy5jaGFjaGEyMHBvbHkxMzA1U2VhbDtcblBST0JFUy54Y2hhY2hhMjBwb2x5MTMwNU9wZW4gPSBQUk9CRVMuY2hhY2hhMjBwb2x5MTMwNVNlYWw7XG5cbi8qKlxuICogRXZlcnkgcHJpbWl0aXZlIHRocm91Z2ggYG5vZGU6Y3J5cHRvYCB3aGVyZSBOb2RlIGNhbiBkbyBpdCBhdCBhbGwsIHdpdGggdGhlXG4gKiBwb3J0YWJsZSBwcm92aWRlcidzIGV4YWN0IHNlbWFudGljcyAodGhlIGV4dHJhIGNoZWNrcyBiZWxvdyBjbG9zZSB0aGUgZ2Fwc1xuICogd2hlcmUgT3BlblNTTCBpcyBtb3JlIGxlbmllbnQgdGhhbiBub2JsZSkuIHtAbGluayBjcmVhdGVOYXRpdmVQcm92aWRlcn1cbiAqIHRha2VzIGZyb20gaXQgb25seSB0aGUgcHJpbWl0aXZlcyB0aGF0IG1lYXN1cmVkIGZhc3RlcjsgdGhlIGJlbmNobWFyayBhbmRcbiAqIHRoZSB2ZWN0b3JzIHJ1biBpdCB3aG9sZSwgc28gYW55IGNob2ljZSBjYW4gYmUgZmxpcHBlZCBzYWZlbHkuXG4gKlxuICogQGludGVybmFsXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBub2RlQ3J5cHRvUHJvdmlkZXIobm9kZTogTm9kZUNyeXB0b01vZHVsZSk6IENyeXB0b1Byb3ZpZGVyIHtcbiAgY29uc3Qga2V5cyA9IG5ldyBLZXlDYWNoZSgyNTYpO1xuXG4gIGNvbnN0IGVkMjU1MTlQcml2YXRlID0gKHNlZWQ6IFVpbnQ4QXJyYXkpID0+XG4gICAga2V5cy5nZXQoJ2VkMjU1MTktcHJpdmF0ZScsIHNlZWQsICgpID0+IGltcG9ydFBrY3M4KG5vZGUsIEVEMjU1MTlfUEtDUzgsIHNlZWQsIDMyKSk7XG4gIGNvbnN0IHgyNTUxOVByaXZhdGUgPSAoc2VjcmV0OiBVaW50OEFycmF5KSA9PlxuICAgIGtleXMuZ2V0KCd4MjU1MTktcHJpdmF0ZScsIHNlY3JldCwgKCkgPT4gaW1wb3J0UGtjczgobm9kZSwgWDI1NTE5X1BLQ1M4LCBzZWNyZXQsIDMyKSk7XG4gIGNvbnN0IHAyNTZQcml2YXRlID0gKHNlY3JldDogVWludDhBcnJheSkgPT5cbiAgICBrZXlzLmdldCgncDI1Ni1wcml2YXRlJywgc2VjcmV0LCAoKSA9PiB7XG4gICAgICBpZiAoIWlzUDI1NlNjYWxhcihzZWNyZXQpKSB0aHJvdyBuZXcgUmFuZ2VFcnJvcignUC0yNTYgc2VjcmV0IG11c3QgYmUgaW4gWzEsIG4tMV0nKTtcbiAgICAgIHJldHVybiBpbXBvcnRQa2NzOChub2RlLCBQMjU2X1BLQ1M4LCBzZWNyZXQsIDMyKTtcbiAgICB9KTtcbiAgY29uc3QgbWxLZW1Qcml2YXRlID0gKHNlZWQ6IFVpbnQ4QXJyYXkpID0+XG4gICAga2V5cy5nZXQoJ21sLWtlbS0xMDI0LXByaXZhdGUnLCBzZWVkLCAoKSA9PiB7XG4gICAgICBpZiAoc2VlZC5sZW5ndGggIT09IDY0KSB0aHJvdyBuZXcgUmFuZ2VFcnJvcignTUwtS0VNLTEwMjQgc2VlZCBtdXN0IGJlIDY0IGJ5dGVzJyk7XG4gICAgICByZXR1cm4gbm9kZS5jcmVhdGVQcml2YXRlS2V5KHtcbiAgICAgICAga2V5OiBzZWVkIGFzIEJ1ZmZlcixcbiAgICAgICAgZm9ybWF0OiAncmF3LXNlZWQnLFxuICAgICAgICBhc3ltbWV0cmljS2V5VHlwZTogJ21sLWtlbS0xMDI0JyxcbiAgICAgIH0pO1xuICAgIH0pO1xuICAvLyBOb2RlJ3Mgb3duIGNoZWNrIG9mIGEgcmF3IGtleSBhcmd1bWVudCAoaXMgaXQgYSBLZXlPYmplY3Q/IGEgQ3J5cHRvS2V5PylcbiAgLy8gd2Fsa3MgdGhlIEpTIHN0YWNrIGFuZCBjb3N0cyBtb3JlIHRoYW4gYSA2NC1ieXRlIEhNQUM7IGEgc2VjcmV0IEtleU9iamVjdFxuICAvLyBtYWRlIGZpcnN0IHNraXBzIGl0LCAyLTN4IGZhc3Rlci4gU2hvcnQtbGl2ZWQga2V5czogbm90IHdvcnRoIGNhY2hpbmcuXG4gIGNvbnN0IHNlY3JldEtleSA9IChrZXk6IFVpbnQ4QXJyYXkpID0+IG5vZGUuY3JlYXRlU2VjcmV0S2V5KGtleSk7XG4gIC8vIFRoZSBvbmUtc2hvdCBgY3J5cHRvLmhhc2hgIChOb2RlID49IDIxLjcpIHNraXBzIHRoZSBIYXNoIG9iamVjdDogYWJvdXQgMnggb24gc2hvcnQgaW5wdXRzLlxuICBjb25zdCBkaWdlc3QgPVxuICAgIHR5cGVvZiBub2RlLmhhc2ggPT09ICdmdW5jdGlvbidcbiAgICAgID8gKGFsZ29yaXRobTogc3RyaW5nLCBkYXRhOiBVaW50OEFycmF5KSA9PiBub2RlLmhhc2goYWxnb3JpdGhtLCBkYXRhLCAnYnVmZmVyJylcbiAgICAgIDogKGFsZ29yaXRobTogc3RyaW5nLCBkYXRhOiBVaW50OEFycmF5KSA9PiBub2RlLmNyZWF0ZUhhc2goYWxnb3JpdGhtKS51cGRhdGUoZGF0YSkuZGlnZXN0KCk7XG4gIGNvbnN0IHB1YmxpY0tleURlciA9IChrZXk6IEtleU9iamVjdCkgPT5cbiAgICBub2RlLmNyZWF0ZVB1YmxpY0tleShrZXkpLmV4cG9ydCh7IGZvcm1hdDogJ2RlcicsIHR5cGU6ICdzcGtpJyB9KTtcblxuICBjb25zdCBjaGFjaGFTZWFsID0gKFxuICAgIGtleTogVWludDhBcnJheSxcbiAgICBub25jZTogVWludDhBcnJheSxcbiAgICBwbGFpbnRleHQ6IFVpbnQ4QXJyYXksXG4gICAgYWQ6IFVpbnQ4QXJyYXksXG4gICkgPT4ge1xuICAgIC8vIE9wZW5TU0wgYWxzbyB0YWtlcyBzaG9ydGVyIG5vbmNlczsgUkZDIDg0MzkgKGFuZCBub2JsZSkgb25seSAxMiBieXRlcy5cbiAgICBpZiAoa2V5Lmxlbmd0aCAhPT0gMzIgfHwgbm9uY2UubGVuZ3RoICE9PSAxMikgdGhyb3cgbmV3IFJhbmdlRXJyb3IoJ2JhZCBrZXkgb3Igbm9uY2Ugc2l6ZScpO1xuICAgIGNvbnN0IGNpcGhlciA9IG5vZGUuY3JlYXRlQ2lwaGVyaXYoJ2NoYWNoYTIwLXBvbHkxMzA1Jywgc2VjcmV0S2V5KGtleSksIG5vbmNlLCB7XG4gICAgICBhdXRoVGFnTGVuZ3RoOiAxNixcbiAgICB9KTtcbiAgICBjaXBoZXIuc2V0QUFEKGFkLCB7IHBsYWludGV4dExlbmd0aDogcGxhaW50ZXh0Lmxlbmd0aCB9KTtcbiAgICBjb25zdCBib2R5ID0gY2lwaGVyLnVwZGF0ZShwbGFpbnRleHQpO1xuICAgIGNpcGhlci5maW5hbCgpOyAvLyBhIHN0cmVhbSBjaXBoZXI6IG5vdGhpbmcgbGVmdCB0byBmbHVzaFxuICAgIGNvbnN0IG91dCA9IG5ldyBVaW50OEFycmF5KGJvZHkubGVuZ3RoICsgMTYpO1xuICAgIG91dC5zZXQoYm9keSk7XG4gICAgb3V0LnNldChjaXBoZXIuZ2V0QXV0aFRhZygpLCBib2R5Lmxlbmd0aCk7XG4gICAgcmV0dXJuIG91dDtcbiAgfTtcbiAgY29uc3QgY2hhY2hhT3BlbiA9IChcbiAgICBrZXk6IFVpbnQ4QXJyYXksXG4gICAgbm9uY2U6IFVpbnQ4QXJyYXksXG4gICAgY2lwaGVydGV4dDogVWludDhBcnJheSxcbiAgICBhZDogVWludDhBcnJheSxcbiAgKSA9PiB7XG4gICAgaWYgKGtleS5sZW5ndGggIT09IDMyIHx8IG5vbmNlLmxlbmd0aCAhPT0gMTIgfHwgY2lwaGVydGV4dC5sZW5ndGggPCAxNikgcmV0dXJuIG51bGw7XG4gICAgY29uc3QgbGVuZ3RoID0gY2lwaGVydGV4dC5sZW5ndGggLSAxNjtcbiAgICBjb25zdCBkZWNpcGhlciA9IG5vZGUuY3JlYXRlRGVjaXBoZXJpdignY2hhY2hhMjAtcG9seTEzMDUnLCBzZWNyZXRLZXkoa2V5KSwgbm9uY2UsIHtcbiAgICAgIGF1dGhUYWdMZW5ndGg6IDE2LFxuICAgIH0pO1xuICAgIGRlY2lwaGVyLnNldEFBRChhZCwgeyBwbGFpbnRleHRMZW5ndGg6IGxlbmd0aCB9KTtcbiAgICBkZWNpcGhlci5zZXRBdXRoVGFnKGNpcGhlcnRleHQuc3ViYXJyYXkobGVuZ3RoKSk7XG4gICAgY29uc3QgcGxhaW50ZXh0ID0gZGVjaXBoZXIudXBkYXRlKGNpcGhlcnRleHQuc3ViYXJyYXkoMCwgbGVuZ3RoKSk7XG4gICAgdHJ5IHtcbiAgICAgIGRlY2lwaGVyLmZpbmFsKCk7IC8vIGNoZWNrcyB0aGUgdGFnIChjb25zdGFudCB0aW1lLCBpbiBPcGVuU1NMKVxuICAgICAgcmV0dXJuIHBsYWluKHBsYWludGV4dCk7XG4gICAgfSBjYXRjaCB7XG4gICAgICBwbGFpbnRleHQuZmlsbCgwKTsgLy8gZGVjcnlwdGVkIGJlZm9yZSB0aGUgdGFnIHdhcyBjaGVja2VkOiBuZXZlciBsZXQgaXQgb3V0XG4gICAgICByZXR1cm4gbnVsbDtcbiAgICB9XG4gIH07XG5cbiAgcmV0dXJuIHtcbiAgICBuYW1lOiAnbm9kZTpjcnlwdG8nLFxuICAgIHJhbmRvbUJ5dGVzOiAobGVuZ3RoKSA9PiBub2RlLnJhbmRvbUZpbGxTeW5jKG5ldyBVaW50OEFycmF5KGxlbmd0aCkpLFxuICAgIHNoYTI1NjogKGRhdGEpID0+IHBsYWluKGRpZ2VzdCgnc2hhMjU2JywgZGF0YSkpLFxuICAgIHNoYTUxMjogKGRhdGEpID0+IHBsYWluKGRpZ2VzdCgnc2hhNTEyJywgZGF0YSkpLFxuICAgIGhtYWNTaGEyNTY6IChrZXksIGRhdGEpID0+XG4gICAgICBwbGFpbihub2RlLmNyZWF0ZUhtYWMoJ3NoYTI1NicsIHNlY3JldEtleShrZXkpKS51cGRhdGUoZGF0YSkuZGlnZXN0KCkpLFxuICAgIGhtYWNTaGE1MTI6IChrZXksIGRhdGEpID0+XG4gICAgICBwbGFpbihub2RlLmNyZWF0ZUhtYWMoJ3NoYTUxMicsIHNlY3JldEtleShrZXkpKS51cGRhdGUoZGF0YSkuZGlnZXN0KCkpLFxuICAgIGhrZGZTaGEyNTY6IChpa20sIHNhbHQsIGluZm8sIGxlbmd0aCkgPT5cbiAgICAgIC8vIE5vZGUgY2FwcyBgaW5mb2AgYXQgMTAyNCBieXRlcyBhbmQgcmVmdXNlcyBsZW5ndGggMDsgUkZDIDU4NjkgKGFuZCBub2JsZSkgZG8gbmVpdGhlci5cbiAgICAgIGluZm8ubGVuZ3RoID4gMTAyNCB8fCBsZW5ndGggPT09IDBcbiAgICAgICAgPyBwb3J0YWJsZVByb3ZpZGVyLmhrZGZTaGEyNTYoaWttLCBzYWx0LCBpbmZvLCBsZW5ndGgpXG4gICAgICAgIDogbmV3IFVpbnQ4QXJyYXkobm9kZS5oa2RmU3luYygnc2hhMjU2Jywgc2VjcmV0S2V5KGlrbSksIHNhbHQsIGluZm8sIGxlbmd0aCkpLFxuXG4gICAgZWQyNTUxOVB1YmxpY0tleTogKHNlZWQpID0+IHRhaWwocHVibGljS2V5RGVyKGVkMjU1MTlQcml2YXRlKHNlZWQpKSwgMzIpLFxuICAgIGVkMjU1MTlTaWduOiAoc2VlZCwgbWVzc2FnZSkgPT4gcGxhaW4obm9kZS5zaWduKG51bGwsIG1lc3NhZ2UsIGVkMjU1MTlQcml2YXRlKHNlZWQpKSksXG4gICAgZWQyNTUxOVZlcmlmeTogKHB1YmxpY0tleSwgbWVzc2FnZSwgc2lnbmF0dXJlKSA9PiB7XG4gICAgICAvLyBPcGVuU1NMIGFscmVhZHkgcmVxdWlyZXMgUyA8IEwsIGEgY2Fub25pY2FsIFIgKGl0IGNvbXBhcmVzIFIncyBieXRlc1xuICAgICAgLy8gd2l0aCBpdHMgb3duIGVuY29kaW5nKSBhbmQgdGhlIGNvZmFjdG9ybGVzcyBlcXVhdGlvbi4gSXQgZG9lcyBub3RcbiAgICAgIC8vIHJlamVjdCBhIG5vbi1jYW5vbmljYWwgb3Igc21hbGwtb3JkZXIgQSwgd2hpY2ggbm9ibGUncyBzdHJpY3QgbW9kZVxuICAgICAgLy8gZG9lczogY2hlY2sgdGhvc2UgaGVyZS4gUHVibGljIGRhdGEsIHNvIG5vIGNvbnN0YW50LXRpbWUgY29uY2Vybi5cbiAgICAgIGlmIChwdWJsaWNLZXkubGVuZ3RoICE9PSAzMiB8fCBzaWduYXR1cmUubGVuZ3RoICE9PSA2NCkgcmV0dXJuIGZhbHNlO1xuICAgICAgaWYgKCFpc1N0cmljdEVkMjU1MTlQdWJsaWNLZXkocHVibGljS2V5KSkgcmV0dXJuIGZhbHNlO1xuICAgICAgdHJ5IHtcbiAgICAgICAgY29uc3Qga2V5ID0ga2V5cy5nZXQoJ2VkMjU1MTktcHVibGljJywgcHVibGljS2V5LCAoKSA9PlxuICAgICAgICAgIGltcG9ydFNwa2kobm9kZSwgRUQyNTUxOV9TUEtJLCBwdWJsaWNLZXkpLFxuICAgICAgICApO1xuICAgICAgICByZXR1cm4gbm9kZS52ZXJpZnkobnVsbCwgbWVzc2FnZSwga2V5LCBzaWduYXR1cmUpO1xuICAgICAgfSBjYXRjaCB7XG4gICAgICAgIHJldHVybiBmYWxzZTtcbiAgICAgIH1cbiAgICB9LFxuXG4gICAgcDI1NlB1YmxpY0tleTogKHNlY3JldCkgPT4gY29tcHJlc3NQMjU2U3BraShub2RlLCBwdWJsaWNLZXlEZXIocDI1NlByaXZhdGUoc2VjcmV0KSkpLFxuICAgIHAyNTZTaWduOiAoc2VjcmV0LCBtZXNzYWdlKSA9PlxuICAgICAgLy8gT3BlblNTTCBwaWNrcyBhIHJhbmRvbSBub25jZSAobm9ibGUgZGVyaXZlcyBpdCwgUkZDIDY5NzkpLCBhbmQgZWl0aGVyIFMuXG4gICAgICBub3JtYWxpemVQMjU2TG93UyhcbiAgICAgICAgcGxhaW4oXG4gICAgICAgICAgbm9kZS5zaWduKCdzaGEyNTYnLCBtZXNzYWdlLCB7IGtleTogcDI1NlByaXZhdGUoc2VjcmV0KSwgZHNhRW5jb2Rpbmc6ICdpZWVlLXAxMzYzJyB9KSxcbiAgICAgICAgKSxcbiAgICAgICksXG4gICAgcDI1NlZlcmlmeTogKHB1YmxpY0tleSwgbWVzc2FnZSwgc2lnbmF0dXJlKSA9PiB7XG4gICAgICBpZiAoc2lnbmF0dXJlLmxlbmd0aCAhPT0gNjQgfHwgIWlzTG93UyhzaWduYXR1cmUpKSByZXR1cm4gZmFsc2U7XG4gICAgICAvLyBPcGVuU1NMIGFsc28gdGFrZXMgdGhlIGh5YnJpZCBmb3JtICgweDA2LzB4MDcpOyBub2JsZSBvbmx5IFNFQzEgY29tcHJlc3NlZCBvciB1bmNvbXByZXNzZWQuXG4gICAgICBjb25zdCBwcmVmaXggPVxuICAgICAgICBwdWJsaWNLZXkubGVuZ3RoID09PSAzMyAmJiAocHVibGljS2V5WzBdID09PSAyIHx8IHB1YmxpY0tleVswXSA9PT0gMylcbiAgICAgICAgICA/IFAyNTZfU1BLSV9DT01QUkVTU0VEXG4gICAgICAgICAgOiBwdWJsaWNLZXkubGVuZ3RoID09PSA2NSAmJiBwdWJsaWNLZXlbMF0gPT09IDRcbiAgICAgICAgICAgID8gUDI1Nl9TUEtJX1VOQ09NUFJFU1NFRFxuICAgICAgICAgICAgOiBudWxsO1xuICAgICAgaWYgKCFwcmVmaXgpIHJldHVybiBmYWxzZTtcbiAgICAgIHRyeSB7XG4gICAgICAgIGNvbnN0IGtleSA9IGtleXMuZ2V0KCdwMjU2LXB1YmxpYycsIHB1YmxpY0tleSwgKCkgPT4gaW1wb3J0U3BraShub2RlLCBwcmVmaXgsIHB1YmxpY0tleSkpO1xuICAgICAgICByZXR1cm4gbm9kZS52ZXJpZnkoJ3NoYTI1NicsIG1lc3NhZ2UsIHsga2V5LCBkc2FFbmNvZGluZzogJ2llZWUtcDEzNjMnIH0sIHNpZ25hdHVyZSk7XG4gICAgICB9IGNhdGNoIHtcbiAgICAgICAgcmV0dXJuIGZhbHNlO1xuICAgICAgfVxuICAgIH0sXG5cbiAgICB4MjU1MTlQdWJsaWNLZXk6IChzZWNyZXQpID0+IHRhaWwocHVibGljS2V5RGVyKHgyNTUxOVByaXZhdGUoc2VjcmV0KSksIDMyKSxcbiAgICB4MjU1MTk6IChzZWNyZXQsIHB1YmxpY0tleSkgPT4ge1xuICAgICAgaWYgKHNlY3JldC5sZW5ndGggIT09IDMyIHx8IHB1YmxpY0tleS5sZW5ndGggIT09IDMyKSByZXR1cm4gbnVsbDtcbiAgICAgIHRyeSB7XG4gICAgICAgIGNvbnN0IHNoYXJlZCA9IHBsYWluKFxuICAgICAgICAgIG5vZGUuZGlmZmllSGVsbG1hbih7XG4gICAgICAgICAgICBwcml2YXRlS2V5OiB4MjU1MTlQcml2YXRlKHNlY3JldCksXG4gICAgICAgICAgICBwdWJsaWNLZXk6IGtleXMuZ2V0KCd4MjU1MTktcHVibGljJywgcHVibGljS2V5LCAoKSA9PlxuICAgICAgICAgICAgICBpbXBvcnRTcGtpKG5vZGUsIFgyNTUxOV9TUEtJLCBwdWJsaWNLZXkpLFxuICAgICAgICAgICAgKSxcbiAgICAgICAgICB9KSxcbiAgICAgICAgKTtcbiAgICAgICAgLy8gT3BlblNTTCBhbHJlYWR5IHJlZnVzZXMgdGhlIGFsbC16ZXJvIHJlc3VsdDsga2VlcCB0aGUgcG9ydGFibGUgY2hlY2sgYW55d2F5LlxuICAgICAgICByZXR1cm4gc2hhcmVkLnNvbWUoKGIpID0+IGIgIT09IDApID8gc2hhcmVkIDogbnVsbDtcbiAgICAgIH0gY2F0Y2gge1xuICAgICAgICByZXR1cm4gbnVsbDsgLy8gT3BlblNTTCB0aHJvd3Mgb24gdGhlIGFsbC16ZXJvIHJlc3VsdFxuICAgICAgfVxuICAgIH0sXG5cbiAgICBtbEtlbTEwMjRQdWJsaWNLZXk6IChzZWVkKSA9PlxuICAgICAgcGxhaW4obm9kZS5jcmVhdGVQdWJsaWNLZXkobWxLZW1Qcml2YXRlKHNlZWQpKS5leHBvcnQoeyBmb3JtYXQ6ICdyYXctcHVibGljJyB9KSksXG4gICAgbWxLZW0xMDI0RW5jYXBzdWxhdGU6IChwdWJsaWNLZXksIHJhbmRvbW5lc3MpID0+IHtcbiAgICAgIC8vIE5vZGUgY2Fubm90IHRha2UgY2FsbGVyIHJhbmRvbW5lc3M7IGRldGVybWluaXN0aWMgKHZlY3RvcikgZW5jYXBzdWxhdGlvbiBzdGF5cyBvbiBub2JsZS5cbiAgICAgIGlmIChyYW5kb21uZXNzICE9PSB1bmRlZmluZWQpXG4gICAgICAgIHJldHVybiBwb3J0YWJsZVByb3ZpZGVyLm1sS2VtMTAyNEVuY2Fwc3VsYXRlKHB1YmxpY0tleSwgcmFuZG9tbmVzcyk7XG4gICAgICBjb25zdCBrZXkgPSBrZXlzLmdldCgnbWwta2VtLTEwMjQtcHVibGljJywgcHVibGljS2V5LCAoKSA9PlxuICAgICAgICBub2RlLmNyZWF0ZVB1YmxpY0tleSh7XG4gICAgICAgICAga2V5OiBwdWJsaWNLZXkgYXMgQnVmZmVyLFxuICAgICAgICAgIGZvcm1hdDogJ3Jhdy1wdWJsaWMnLFxuICAgICAgICAgIGFzeW1tZXRyaWNLZXlUeXBlOiAnbWwta2VtLTEwMjQnLFxuICAgICAgICB9KSxcbiAgICAgICk7XG4gICAgICBjb25zdCB7IGNpcGhlcnRleHQsIHNoYXJlZEtleSB9ID0gbm9kZS5lbmNhcHN1bGF0ZShrZXkpO1xuICAgICAgcmV0dXJuIHsgY2lwaGVydGV4dDogcGxhaW4oY2lwaGVydGV4dCksIHNoYXJlZFNlY3JldDogcGxhaW4oc2hhcmVkS2V5KSB9O1xuICAgIH0sXG4gICAgbWxLZW0xMDI0RGVjYXBzdWxhdGU6IChzZWVkLCBjaXBoZXJ0ZXh0KSA9PiB7XG4gICAgICBpZiAoY2lwaGVydGV4dC5sZW5ndGggIT09IDE1NjgpXG4gICAgICAgIHRocm93IG5ldyBSYW5nZUVycm9yKCdNTC1LRU0tMTAyNCBjaXBoZXJ0ZXh0IG11c3QgYmUgMTU2OCBieXRlcycpO1xuICAgICAgLy8gT3BlblNTTCBpbXBsZW1lbnRzIEZJUFMgMjAzJ3MgaW1wbGljaXQgcmVqZWN0aW9uOiBhIGZvcmdlZCBjaXBoZXJ0ZXh0IHlpZWxkcyBKKHogfHwgYykuXG4gICAgICByZXR1cm4gcGxhaW4obm9kZS5kZWNhcHN1bGF0ZShtbEtlbVByaXZhdGUoc2VlZCksIGNpcGhlcnRleHQpKTtcbiAgICB9LFxuXG4gICAgY2hhY2hhMjBwb2x5MTMwNVNlYWw6IGNoYWNoYVNlYWwsXG4gICAgY2hhY2hhMjBwb2x5MTMwNU9wZW46IGNoYWNoYU9wZW4sXG4gICAgLy8gTm9kZSBoYXMgbm8gWENoYUNoYTIwOiBkZXJpdmUgdGhlIEhDaGFDaGEyMCBzdWJrZXkgd2l0aCBub2JsZSwgdGhlbiBzZWFsIG5hdGl2ZWx5IChSRkMgZHJhZnQtaXJ0Zi1jZnJnLXhjaGFjaGEgXHUwMEE3Mi4zKS5cbiAgICB4Y2hhY2hhMjBwb2x5MTMwNVNlYWw6IChrZXksIG5vbmNlLCBwbGFpbnRleHQsIGFkKSA9PiB7XG4gICAgICBpZiAoa2V5Lmxlbmd0aCAhPT0gMzIgfHwgbm9uY2UubGVuZ3RoICE9PSAyNCkgdGhyb3cgbmV3IFJhbmdlRXJyb3IoJ2JhZCBrZXkgb3Igbm9uY2Ugc2l6ZScpO1xuICAgICAgY29uc3Qgc3Via2V5ID0gaGNoYWNoYTIwKGtleSwgbm9uY2UpO1xuICAgICAgdHJ5IHtcbiAgICAgICAgcmV0dXJuIGNoYWNoYVNlYWwoc3Via2V5LCB4Y2hhY2hhSW5uZXJOb25jZShub25jZSksIHBsYWludGV4dCwgYWQpO1xuICAgICAgfSBmaW5hbGx5IHtcbiAgICAgICAgc3Via2V5LmZpbGwoMCk7XG4gICAgICB9XG4gICAgfSxcbiAgICB4Y2hhY2hhMjBwb2x5MTMwNU9wZW46IChrZXksIG5vbmNlLCBjaXBoZXJ0ZXh0LCBhZCkgPT4ge1xuICAgICAgaWYgKGtleS5sZW5ndGggIT09IDMyIHx8IG5vbmNlLmxlbmd0aCAhPT0gMjQpIHJldHVybiBudWxsO1xuICAgICAgY29uc3Qgc3Via2V5ID0gaGNoYWNoYTIwKGtleSwgbm9uY2UpO1xuICAgICAgdHJ5IHtcbiAgICAgICAgcmV0dXJuIGNoYWNoYU9wZW4oc3Via2V5LCB4Y2hhY2hhSW5uZXJOb25jZShub25jZSksIGNpcGhlcnRleHQsIGFkKTtcbiAgICAgIH0gZmluYWxseSB7XG4gICAgICAgIHN1YmtleS5maWxsKDApO1xuICAgICAgfVxuICAgIH0sXG4gIH07XG59XG5cbi8qKlxuICogQSBib3VuZGVkIExSVSBvZiBLZXlPYmplY3RzIGltcG9ydGVkIGZyb20gcmF3IGtleSBieXRlcywgc28gYSBsb25nLWxpdmVkIGtleVxuICogKGlkZW50aXR5LCBzaWduZWQgcHJlLWtleSwgYSBwZWVyJ3Mga2V5KSBpcyBwYXJzZWQgYnkgT3BlblNTTCBvbmNlIHJhdGhlclxuICogdGhhbiBvbiBldmVyeSBzaWduLCB2ZXJpZnkgb3IgREguXG4gKlxuICogVHJhZGUtb2ZmOiBhIGNhY2hlZCBwcml2YXRlIGtleSBvdXRsaXZlcyB0aGUgY2FsbGVyJ3MgY29weS4gWmVyb2luZyBhIHNlZWRcbiAqIGRvZXMgbm90IHJlbW92ZSBpdCBmcm9tIGhlcmUgdW50aWwgaXQgaXMgZXZpY3RlZCAoYXQgbW9zdCBgY2FwYWNpdHlgIG5ld2VyXG4gKiBrZXlzIGxhdGVyKSwgYW5kIHRoZSBtYXAga2V5IGhvbGRzIGl0cyBieXRlcyBhcyBhbiBpbW11dGFibGUgc3RyaW5nLiBUaGF0XG4gKiBpcyB0aGUgcHJpY2Ugb2Ygbm90IHJlLWltcG9ydGluZzsgdGhlIGJvdW5kIGtlZXBzIHRoZSBleHBvc3VyZSBzbWFsbCBhbmRcbiAqIGZpeGVkLCBhbmQgT3BlblNTTCBmcmVlcyB0aGUga2V5IG1lbW9yeSBvbmNlIHRoZSBLZXlPYmplY3QgaXMgY29sbGVjdGVkLlxuICovXG5jbGFzcyBLZXlDYWNoZSB7XG4gIHJlYWRvbmx5ICNlbnRyaWVzID0gbmV3IE1hcDxzdHJpbmcsIEtleU9iamVjdD4oKTtcbiAgcmVhZG9ubHkgI2NhcGFjaXR5OiBudW1iZXI7XG5cbiAgY29uc3RydWN0b3IoY2FwYWNpdHk6IG51bWJlcikge1xuICAgIHRoaXMuI2NhcGFjaXR5ID0gY2FwYWNpdHk7XG4gIH1cblxuICBnZXQoa2luZDogc3RyaW5nLCBieXRlczogVWludDhBcnJheSwgY3JlYXRlOiAoKSA9PiBLZXlPYmplY3QpOiBLZXlPYmplY3Qge1xuICAgIGNvbnN0IGlkID0gYCR7a2luZH06JHtTdHJpbmcuZnJvbUNoYXJDb2RlKC4uLmJ5dGVzKX1gO1xuICAgIGxldCBrZXkgPSB0aGlzLiNlbnRyaWVzLmdldChpZCk7XG4gICAgaWYgKGtleSkge1xuICAgICAgdGhpcy4jZW50cmllcy5kZWxldGUoaWQpOyAvLyByZS1pbnNlcnRlZCBiZWxvdyBhcyB0aGUgbW9zdCByZWNlbnRcbiAgICB9IGVsc2Uge1xuICAgICAga2V5ID0gY3JlYXRlKCk7XG4gICAgICBpZiAodGhpcy4jZW50cmllcy5zaXplID49IHRoaXMuI2NhcGFjaXR5KVxuICAgICAgICB0aGlzLiNlbnRyaWVzLmRlbGV0ZSh0aGlzLiNlbnRyaWVzLmtleXMoKS5uZXh0KCkudmFsdWUhKTsgLy8gbGVhc3QgcmVjZW50bHkgdXNlZFxuICAgIH1cbiAgICB0aGlzLiNlbnRyaWVzLnNldChpZCwga2V5KTtcbiAgICByZXR1cm4ga2V5O1xuICB9XG59XG5cbi8vIERFUiBoZWFkZXJzIG9mIHRoZSBQS0NTIzggLyBTUEtJIHN0cnVjdHVyZXMgZm9yIGVhY2gga2V5IHR5cGU7IHRoZSByYXcga2V5IGZvbGxvd3MuXG5jb25zdCBFRDI1NTE5X1BLQ1M4ID0gZnJvbUhleCgnMzAyZTAyMDEwMDMwMDUwNjAzMmI2NTcwMDQyMjA0MjAnKTtcbmNvbnN0IEVEMjU1MTlfU1BLSSA9IGZyb21IZXgoJzMwMmEzMDA1MDYwMzJiNjU3MDAzMjEwMCcpO1xuY29uc3QgWDI1NTE5X1BLQ1M4ID0gZnJvbUhleCgnMzAyZTAyMDEwMDMwMDUwNjAzMmI2NTZlMDQyMjA0MjAnKTtcbmNvbnN0IFgyNTUxOV9TUEtJID0gZnJvbUhleCgnMzAyYTMwMDUwNjAzMmI2NTZlMDMyMTAwJyk7XG4vLyBFQ1ByaXZhdGVLZXkgd2l0aG91dCB0aGUgb3B0aW9uYWwgcHVibGljIGtleTogT3BlblNTTCBkZXJpdmVzIGl0IG9uIGltcG9ydC5cbmNvbnN0IFAyNTZfUEtDUzggPSBmcm9tSGV4KFxuICAnMzA0MTAyMDEwMDMwMTMwNjA3MmE4NjQ4Y2UzZDAyMDEwNjA4MmE4NjQ4Y2UzZDAzMDEwNzA0MjczMDI1MDIwMTAxMDQyMCcsXG4pO1xuY29uc3QgUDI1Nl9TUEtJX1VOQ09NUFJFU1NFRCA9IGZyb21IZXgoJzMwNTkzMDEzMDYwNzJhODY0OGNlM2QwMjAxMDYwODJhODY0OGNlM2QwMzAxMDcwMzQyMDAnKTtcbmNvbnN0IFAyNTZfU1BLSV9DT01QUkVTU0VEID0gZnJvbUhleCgnMzAzOTMwMTMwNjA3MmE4NjQ4Y2UzZDAyMDEwNjA4MmE4NjQ4Y2UzZDAzMDEwNzAzMjIwMCcpO1xuXG4vKiogT3JkZXIgb2YgdGhlIFAtMjU2IGdyb3VwLCBiaWctZW5kaWFuLiAqL1xuY29uc3QgUDI1Nl9OID0gZnJvbUhleCgnZmZmZmZmZmYwMDAwMDAwMGZmZmZmZmZmZmZmZmZmZmZiY2U2ZmFhZGE3MTc5ZTg0ZjNiOWNhYzJmYzYzMjU1MScpO1xuLyoqIGZsb29yKG4gLyAyKTogdGhlIGxhcmdlc3QgbG93IFMuICovXG5jb25zdCBQMjU2X0hBTEZfTiA9IGZyb21IZXgoJzdmZmZmZmZmODAwMDAwMDA3ZmZmZmZmZmZmZmZmZmZmZGU3MzdkNTZkMzhiY2Y0Mjc5ZGNlNTYxN2UzMTkyYTgnKTtcblxuZnVuY3Rpb24gaW1wb3J0UGtjczgoXG4gIG5vZGU6IE5vZGVDcnlwdG9Nb2R1bGUsXG4gIGhlYWRlcjogVWludDhBcnJheSxcbiAgc2VjcmV0OiBVaW50OEFycmF5LFxuICBzaXplOiBudW1iZXIsXG4pOiBLZXlPYmplY3Qge1xuICBpZiAoc2VjcmV0Lmxlbmd0aCAhPT0gc2l6ZSkgdGhyb3cgbmV3IFJhbmdlRXJyb3IoYHNlY3JldCBtdXN0IGJlICR7c2l6ZX0gYnl0ZXNgKTtcbiAgY29uc3QgZGVyID0gbmV3IFVpbnQ4QXJyYXkoaGVhZGVyLmxlbmd0aCArIHNpemUpO1xuICBkZXIuc2V0KGhlYWRlcik7XG4gIGRlci5zZXQoc2VjcmV0LCBoZWFkZXIubGVuZ3RoKTtcbiAgdHJ5IHtcbiAgICByZXR1cm4gbm9kZS5jcmVhdGVQcml2YXRlS2V5KHsga2V5OiBkZXIgYXMgQnVmZmVyLCBmb3JtYXQ6ICdkZXInLCB0eXBlOiAncGtjczgnIH0pO1xuICB9IGZpbmFsbHkge1xuICAgIGRlci5maWxsKDApOyAvLyBvdXIgY29weSBvZiB0aGUgc2VjcmV0OyBPcGVuU1NMIGtlZXBzIGl0cyBvd25cbiAgfVxufVxuXG5mdW5jdGlvbiBpbXBvcnRTcGtpKG5vZGU6IE5vZGVDcnlwdG9Nb2R1bGUsIGhlYWRlcjogVWludDhBcnJheSwgcHVibGljS2V5OiBVaW50OEFycmF5KTogS2V5T2JqZWN0IHtcbiAgY29uc3QgZGVyID0gbmV3IFVpbnQ4QXJyYXkoaGVhZGVyLmxlbmd0aCArIHB1YmxpY0tleS5sZW5ndGgpO1xuICBkZXIuc2V0KGhlYWRlcik7XG4gIGRlci5zZXQocHVibGljS2V5LCBoZWFkZXIubGVuZ3RoKTtcbiAgcmV0dXJuIG5vZGUuY3JlYXRlUHVibGljS2V5KHsga2V5OiBkZXIgYXMgQnVmZmVyLCBmb3JtYXQ6ICdkZXInLCB0eXBlOiAnc3BraScgfSk7XG59XG5cbi8qKiBUaGUgdW5jb21wcmVzc2VkIHBvaW50IGF0IHRoZSBlbmQgb2YgYSBQLTI1NiBTUEtJLCBjb21wcmVzc2VkIHRvIDMzIGJ5dGVzIChwdWJsaWMgZGF0YTogYnJhbmNoaW5nIGlzIGZpbmUpLiAqL1xuZnVuY3Rpb24gY29tcHJlc3NQMjU2U3BraShub2RlOiBOb2RlQ3J5cHRvTW9kdWxlLCBzcGtpOiBVaW50OEFycmF5KTogVWludDhBcnJheSB7XG4gIHJldHVybiBwbGFpbihcbiAgICBub2RlLkVDREguY29udmVydEtleShcbiAgICAgIHRhaWwoc3BraSwgNjUpLFxuICAgICAgJ3ByaW1lMjU2djEnLFxuICAgICAgdW5kZWZpbmVkLFxuICAgICAgdW5kZWZpbmVkLFxuICAgICAgJ2NvbXByZXNzZWQnLFxuICAgICkgYXMgQnVmZmVyLFxuICApO1xufVxuXG4vKipcbiAqIFdoZXRoZXIgYHNlY3JldGAgaXMgYSB2YWxpZCBQLTI1NiBzY2FsYXIsIDEgPD0gZCA8IG4sIGFzIG5vYmxlIHJlcXVpcmVzXG4gKiAoT3BlblNTTCB3b3VsZCB0YWtlIGQgPj0gbikuIFJ1bnMgYmVmb3JlIGltcG9ydDsgdGhlIGNvbXBhcmlzb24gaXMgbm90XG4gKiBjb25zdGFudCB0aW1lLCBidXQgZXZlcnkgc2VjcmV0IHRoZSBTREsgbWFrZXMgaXMgdmFsaWQsIHNvIGl0IG9ubHkgZXZlclxuICogdGVsbHMgYW4gYXR0YWNrZXItZnJlZSBjYWxsZXIgdGhhdCB0aGVpciBieXRlcyB3ZXJlIG91dCBvZiByYW5nZS5cbiAqL1xuZnVuY3Rpb24gaXNQMjU2U2NhbGFyKHNlY3JldDogVWludDhBcnJheSk6IGJvb2xlYW4ge1xuICBpZiAoc2VjcmV0Lmxlbmd0aCAhPT0gMzIgfHwgc2VjcmV0LmV2ZXJ5KChiKSA9PiBiID09PSAwKSkgcmV0dXJuIGZhbHNlO1xuICByZXR1cm4gY29tcGFyZUJpZ0VuZGlhbihzZWNyZXQsIFAyNTZfTikgPCAwO1xufVxuXG5mdW5jdGlvbiBpc0xvd1Moc2lnbmF0dXJlOiBVaW50OEFycmF5KTogYm9vbGVhbiB7XG4gIHJldHVybiBjb21wYXJlQmlnRW5kaWFuKHNpZ25hdHVyZS5zdWJhcnJheSgzMiksIFAyNTZfSEFMRl9OKSA8PSAwO1xufVxuXG5mdW5jdGlvbiBjb21wYXJlQmlnRW5kaWFuKGE6IFVpbnQ4QXJyYXksIGI6IFVpbnQ4QXJyYXkpOiBudW1iZXIge1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGEubGVuZ3RoOyBpKyspIGlmIChhW2ldICE9PSBiW2ldKSByZXR1cm4gYVtpXSEgPCBiW2ldISA/IC0xIDogMTtcbiAgcmV0dXJuIDA7XG59XG5cbi8qKlxuICogVGhlIGNhbm9uaWNhbCBlbmNvZGluZ3MsIHNpZ24gYml0IGlnbm9yZWQsIG9mIHRoZSBlaWdodCBzbWFsbC1vcmRlclxuICogRWQyNTUxOSBwb2ludHMgKGFzIGluIGxpYnNvZGl1bSdzIGxpc3Q7IHRoZSBub24tY2Fub25pY2FsIHkgPSBwLCBwICsgMVxuICogZmFsbCB0byB0aGUgeSA+PSBwIGNoZWNrKS4gbm9ibGUncyBzdHJpY3QgbW9kZSByZWplY3RzIHRoZW0gYXMgQS5cbiAqL1xuY29uc3QgRUQyNTUxOV9TTUFMTF9PUkRFUiA9IFtcbiAgJzAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAnLCAvLyB5ID0gMCwgb3JkZXIgNFxuICAnMDEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMCcsIC8vIHkgPSAxLCBpZGVudGl0eVxuICAnMjZlODk1OGZjMmIyMjdiMDQ1YzNmNDg5ZjJlZjk4ZjBkNWRmYWMwNWQzYzYzMzM5YjEzODAyODg2ZDUzZmMwNScsIC8vIG9yZGVyIDhcbiAgJ2M3MTc2YTcwM2Q0ZGQ4NGZiYTNjMGI3NjBkMTA2NzBmMmEyMDUzZmEyYzM5Y2NjNjRlYzdmZDc3OTJhYzAzN2EnLCAvLyBvcmRlciA4XG4gICdlY2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjdmJywgLy8geSA9IC0xLCBvcmRlciAyXG5dLm1hcChmcm9tSGV4KTtcblxuLyoqXG4gKiBXaGV0aGVyIGBwdWJsaWNLZXlgIGlzIGFuIEVkMjU1MTkgZW5jb2Rpbmcgbm9ibGUncyBzdHJpY3QgbW9kZSBhY2NlcHRzIGFzXG4gKiBBOiBjYW5vbmljYWwgeSA8IHAgYW5kIG5vdCBvZiBzbWFsbCBvcmRlci4gKFdoZXRoZXIgaXQgaXMgb24gdGhlIGN1cnZlIGF0XG4gKiBhbGwsIE9wZW5TU0wgY2hlY2tzLikgUHVibGljIGRhdGEsIHNvIHRoZSBlYXJseSBleGl0cyBhcmUgZmluZS5cbiAqL1xuZnVuY3Rpb24gaXNTdHJpY3RFZDI1NTE5UHVibGljS2V5KHB1YmxpY0tleTogVWludDhBcnJheSk6IGJvb2xlYW4ge1xuICAvLyB5ID49IHAgPSAyXjI1NSAtIDE5OiBieXRlcyBlZC4uZmYgZmYgLi4gZmYgN2Ygd2l0aCB0aGUgc2lnbiBiaXQgY2xlYXJlZC5cbiAgbGV0IHlBdExlYXN0UCA9IChwdWJsaWNLZXlbMzFdISAmIDB4N2YpID09PSAweDdmICYmIHB1YmxpY0tleVswXSEgPj0gMHhlZDtcbiAgZm9yIChsZXQgaSA9IDE7IGkgPCAzMSAmJiB5QXRMZWFzdFA7IGkrKykgeUF0TGVhc3RQID0gcHVibGljS2V5W2ldID09PSAweGZmO1xuICBpZiAoeUF0TGVhc3RQKSByZXR1cm4gZmFsc2U7XG4gIHJldHVybiAhRUQyNTUxOV9TTUFMTF9PUkRFUi5zb21lKChiYWQpID0+IHtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IDMxOyBpKyspIGlmIChiYWRbaV0gIT09IHB1YmxpY0tleVtpXSkgcmV0dXJuIGZhbHNlO1xuICAgIHJldHVybiBiYWRbMzFdID09PSAocHVibGljS2V5WzMxXSEgJiAweDdmKTtcbiAgfSk7XG59XG5cbi8qKiBIQ2hhQ2hhMjAoa2V5LCBub25jZVswLi4xNl0pOiB0aGUgWENoYUNoYTIwIHN1YmtleS4gKi9cbmZ1bmN0aW9uIGhjaGFjaGEyMChrZXk6IFVpbnQ4QXJyYXksIG5vbmNlOiBVaW50OEFycmF5KTogVWludDhBcnJheSB7XG4gIGNvbnN0IGsgPSBsaXR0bGVFbmRpYW5Xb3JkcyhrZXkpO1xuICBjb25zdCBvdXQgPSBuZXcgVWludDMyQXJyYXkoOCk7XG4gIGhjaGFjaGEoU0lHTUEsIGssIGxpdHRsZUVuZGlhbldvcmRzKG5vbmNlLnN1YmFycmF5KDAsIDE2KSksIG91dCk7XG4gIGsuZmlsbCgwKTtcbiAgY29uc3Qgc3Via2V5ID0gbmV3IFVpbnQ4QXJyYXkoMzIpO1xuICBjb25zdCB2aWV3ID0gbmV3IERhdGFWaWV3KHN1YmtleS5idWZmZXIpO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IDg7IGkrKykgdmlldy5zZXRVaW50MzIoNCAqIGksIG91dFtpXSEsIHRydWUpO1xuICBvdXQuZmlsbCgwKTtcbiAgcmV0dXJuIHN1YmtleTtcbn1cblxuLyoqIFwiZXhwYW5kIDMyLWJ5dGUga1wiICovXG5jb25zdCBTSUdNQSA9IG5ldyBVaW50MzJBcnJheShbMHg2MTcwNzg2NSwgMHgzMzIwNjQ2ZSwgMHg3OTYyMmQzMiwgMHg2YjIwNjU3NF0pO1xuXG5mdW5jdGlvbiBsaXR0bGVFbmRpYW5Xb3JkcyhieXRlczogVWludDhBcnJheSk6IFVpbnQzMkFycmF5IHtcbiAgY29uc3QgdmlldyA9IG5ldyBEYXRhVmlldyhieXRlcy5idWZmZXIsIGJ5dGVzLmJ5dGVPZmZzZXQsIGJ5dGVzLmJ5dGVMZW5ndGgpO1xuICBjb25zdCB3b3JkcyA9IG5ldyBVaW50MzJBcnJheShieXRlcy5sZW5ndGggLyA0KTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCB3b3Jkcy5sZW5ndGg7IGkrKykgd29yZHNbaV0gPSB2aWV3LmdldFVpbnQzMig0ICogaSwgdHJ1ZSk7XG4gIHJldHVybiB3b3Jkcztcbn1cblxuLyoqIFRoZSBDaGFDaGEyMCBub25jZSBYQ2hhQ2hhMjAgdXNlcyB3aXRoIHRoZSBzdWJrZXk6IGZvdXIgemVybyBieXRlcywgdGhlbiBub25jZVsxNi4uMjRdLiAqL1xuZnVuY3Rpb24geGNoYWNoYUlubmVyTm9uY2Uobm9uY2U6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5IHtcbiAgY29uc3QgaW5uZXIgPSBuZXcgVWludDhBcnJheSgxMik7XG4gIGlubmVyLnNldChub25jZS5zdWJhcnJheSgxNiksIDQpO1xuICByZXR1cm4gaW5uZXI7XG59XG5cbi8qKlxuICogQSBwbGFpbiBVaW50OEFycmF5IG9mIGBidWZgJ3MgYnl0ZXMuIE5vZGUgbWF5IGhhbmQgb3V0IGEgQnVmZmVyIHRoYXQgaXMgYVxuICogdmlldyBpbnRvIGEgc2hhcmVkIHBvb2w7IGNhbGxlcnMgcmVhY2hpbmcgYC5idWZmZXJgIG11c3Qgbm90IHNlZSBvdGhlciBkYXRhLlxuICovXG5mdW5jdGlvbiBwbGFpbihidWY6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5IHtcbiAgcmV0dXJuIGJ1Zi5ieXRlT2Zmc2V0ID09PSAwICYmIGJ1Zi5ieXRlTGVuZ3RoID09PSBidWYuYnVmZmVyLmJ5dGVMZW5ndGhcbiAgICA/IG5ldyBVaW50OEFycmF5KGJ1Zi5idWZmZXIsIDAsIGJ1Zi5ieXRlTGVuZ3RoKVxuICAgIDogbmV3IFVpbnQ4QXJyYXkoYnVmKTsgLy8gYSBjb3B5IChCdWZmZXIjc2xpY2Ugd291bGQgYmUgYW5vdGhlciB2aWV3KVxufVxuXG5mdW5jdGlvbiB0YWlsKGJ5dGVzOiBVaW50OEFycmF5LCBsZW5ndGg6IG51bWJlcik6IFVpbnQ4QXJyYXkge1xuICByZXR1cm4gbmV3IFVpbnQ4QXJyYXkoYnl0ZXMuc3ViYXJyYXkoYnl0ZXMubGVuZ3RoIC0gbGVuZ3RoKSk7XG59XG5cbmZ1bmN0aW9uIGZyb21IZXgoaGV4OiBzdHJpbmcpOiBVaW50OEFycmF5IHtcbiAgY29uc3Qgb3V0ID0gbmV3IFVpbnQ4QXJyYXkoaGV4Lmxlbmd0aCAvIDIpO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IG91dC5sZW5ndGg7IGkrKykgb3V0W2ldID0gcGFyc2VJbnQoaGV4LnNsaWNlKDIgKiBpLCAyICogaSArIDIpLCAxNik7XG4gIHJldHVybiBvdXQ7XG59XG4iLCAiaW1wb3J0IHsgZWQyNTUxOSwgeDI1NTE5IH0gZnJvbSAnQG5vYmxlL2N1cnZlcy9lZDI1NTE5LmpzJztcbmltcG9ydCB7IHAyNTYgfSBmcm9tICdAbm9ibGUvY3VydmVzL25pc3QuanMnO1xuaW1wb3J0IHsgY2hhY2hhMjBwb2x5MTMwNSwgeGNoYWNoYTIwcG9seTEzMDUgfSBmcm9tICdAbm9ibGUvY2lwaGVycy9jaGFjaGEuanMnO1xuaW1wb3J0IHsgbWxfa2VtMTAyNCB9IGZyb20gJ0Bub2JsZS9wb3N0LXF1YW50dW0vbWwta2VtLmpzJztcbmltcG9ydCB7IGhrZGYgfSBmcm9tICdAbm9ibGUvaGFzaGVzL2hrZGYuanMnO1xuaW1wb3J0IHsgaG1hYyB9IGZyb20gJ0Bub2JsZS9oYXNoZXMvaG1hYy5qcyc7XG5pbXBvcnQgeyBzaGEyNTYsIHNoYTUxMiB9IGZyb20gJ0Bub2JsZS9oYXNoZXMvc2hhMi5qcyc7XG5pbXBvcnQgeyBjb25jYXRCeXRlcywgcmFuZG9tQnl0ZXMgYXMgbm9ibGVSYW5kb21CeXRlcyB9IGZyb20gJ0Bub2JsZS9oYXNoZXMvdXRpbHMuanMnO1xuaW1wb3J0IHsgTmV4dXNFcnJvciB9IGZyb20gJy4uL2ludGVyZmFjZXMvZXJyb3JzLmpzJztcbmltcG9ydCB7IGNyZWF0ZU5hdGl2ZVByb3ZpZGVyIH0gZnJvbSAnLi9uYXRpdmUuanMnO1xuXG4vKipcbiAqIEV2ZXJ5IHByaW1pdGl2ZSB0aGUgcHJvdG9jb2wgdXNlcywgYmVoaW5kIG9uZSBpbnRlcmZhY2UsIHNvIGEgZmFzdGVyXG4gKiBwbGF0Zm9ybSBpbXBsZW1lbnRhdGlvbiBjYW4gcmVwbGFjZSB0aGUgcG9ydGFibGUgb25lIHdpdGhvdXQgdG91Y2hpbmdcbiAqIHByb3RvY29sIGNvZGUuIEJvdGggbXVzdCBwYXNzIHRoZSBzYW1lIHZlY3RvcnMgKGB0ZXN0L3ByaW1pdGl2ZXMudGVzdC50c2ApLlxuICpcbiAqIEBpbnRlcm5hbFxuICovXG5leHBvcnQgaW50ZXJmYWNlIENyeXB0b1Byb3ZpZGVyIHtcbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nO1xuICByYW5kb21CeXRlcyhsZW5ndGg6IG51bWJlcik6IFVpbnQ4QXJyYXk7XG4gIHNoYTI1NihkYXRhOiBVaW50OEFycmF5KTogVWludDhBcnJheTtcbiAgc2hhNTEyKGRhdGE6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5O1xuICBobWFjU2hhMjU2KGtleTogVWludDhBcnJheSwgZGF0YTogVWludDhBcnJheSk6IFVpbnQ4QXJyYXk7XG4gIGhtYWNTaGE1MTIoa2V5OiBVaW50OEFycmF5LCBkYXRhOiBVaW50OEFycmF5KTogVWludDhBcnJheTtcbiAgaGtkZlNoYTI1Nihpa206IFVpbnQ4QXJyYXksIHNhbHQ6IFVpbnQ4QXJyYXksIGluZm86IFVpbnQ4QXJyYXksIGxlbmd0aDogbnVtYmVyKTogVWludDhBcnJheTtcbiAgZWQyNTUxOVB1YmxpY0tleShzZWVkOiBVaW50OEFycmF5KTogVWludDhBcnJheTtcbiAgZWQyNTUxOVNpZ24oc2VlZDogVWludDhBcnJheSwgbWVzc2FnZTogVWludDhBcnJheSk6IFVpbnQ4QXJyYXk7XG4gIC8qKiBTdHJpY3QgUkZDIDgwMzIgdmVyaWZpY2F0aW9uOiBjYW5vbmljYWwgUyBhbmQgcG9pbnRzLCBubyBzbWFsbC1vcmRlciBrZXksIGNvZmFjdG9ybGVzcyBlcXVhdGlvbi4gKi9cbiAgZWQyNTUxOVZlcmlmeShwdWJsaWNLZXk6IFVpbnQ4QXJyYXksIG1lc3NhZ2U6IFVpbnQ4QXJyYXksIHNpZ25hdHVyZTogVWludDhBcnJheSk6IGJvb2xlYW47XG4gIC8qKiBDb21wcmVzc2VkIFNFQzEgKDMzIGJ5dGVzKSBwdWJsaWMga2V5IG9mIGEgUC0yNTYgc2NhbGFyLiAqL1xuICBwMjU2UHVibGljS2V5KHNlY3JldDogVWludDhBcnJheSk6IFVpbnQ4QXJyYXk7XG4gIC8qKiBFQ0RTQSBQLTI1NiAvIFNIQS0yNTYsIDY0LWJ5dGUgcnx8cywgbG93LVMuICovXG4gIHAyNTZTaWduKHNlY3JldDogVWludDhBcnJheSwgbWVzc2FnZTogVWludDhBcnJheSk6IFVpbnQ4QXJyYXk7XG4gIC8qKiBSZWplY3RzIGhpZ2gtUyBzaWduYXR1cmVzLiAqL1xuICBwMjU2VmVyaWZ5KHB1YmxpY0tleTogVWludDhBcnJheSwgbWVzc2FnZTogVWludDhBcnJheSwgc2lnbmF0dXJlOiBVaW50OEFycmF5KTogYm9vbGVhbjtcbiAgeDI1NTE5UHVibGljS2V5KHNlY3JldDogVWludDhBcnJheSk6IFVpbnQ4QXJyYXk7XG4gIC8qKlxuICAgKiBYMjU1MTkgKFJGQyA3NzQ4KS4gUmV0dXJucyBgbnVsbGAgZm9yIGFuIGFsbC16ZXJvIHJlc3VsdCAoYSBsb3ctb3JkZXJcbiAgICogcGVlciBrZXkpLCB3aGljaCBjYWxsZXJzIG11c3QgdHJlYXQgYXMgZmFpbHVyZS5cbiAgICovXG4gIHgyNTUxOShzZWNyZXQ6IFVpbnQ4QXJyYXksIHB1YmxpY0tleTogVWludDhBcnJheSk6IFVpbnQ4QXJyYXkgfCBudWxsO1xuICAvKiogTUwtS0VNLTEwMjQgKEZJUFMgMjAzKSBlbmNhcHN1bGF0aW9uIGtleSBvZiBhIDY0LWJ5dGUgc2VlZCBgZCB8fCB6YC4gKi9cbiAgbWxLZW0xMDI0UHVibGljS2V5KHNlZWQ6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5O1xuICAvKipcbiAgICogTUwtS0VNLTEwMjQgZW5jYXBzdWxhdGlvbi4gYHJhbmRvbW5lc3NgICgzMiBieXRlcykgbWFrZXMgaXRcbiAgICogZGV0ZXJtaW5pc3RpYywgZm9yIHZlY3RvcnMgb25seS5cbiAgICpcbiAgICogQHRocm93cyB3aGVuIGBwdWJsaWNLZXlgIGlzIG5vdCBhIHZhbGlkIGVuY2Fwc3VsYXRpb24ga2V5LlxuICAgKi9cbiAgbWxLZW0xMDI0RW5jYXBzdWxhdGUoXG4gICAgcHVibGljS2V5OiBVaW50OEFycmF5LFxuICAgIHJhbmRvbW5lc3M/OiBVaW50OEFycmF5LFxuICApOiB7IGNpcGhlcnRleHQ6IFVpbnQ4QXJyYXk7IHNoYXJlZFNlY3JldDogVWludDhBcnJheSB9O1xuICAvKiogTUwtS0VNLTEwMjQgZGVjYXBzdWxhdGlvbiB3aXRoIHRoZSBrZXkgb2YgYSA2NC1ieXRlIHNlZWQgKGltcGxpY2l0IHJlamVjdGlvbjogbmV2ZXIgZmFpbHMgZm9yIGEgd2VsbC1zaXplZCBjaXBoZXJ0ZXh0KS4gKi9cbiAgbWxLZW0xMDI0RGVjYXBzdWxhdGUoc2VlZDogVWludDhBcnJheSwgY2lwaGVydGV4dDogVWludDhBcnJheSk6IFVpbnQ4QXJyYXk7XG4gIC8qKiBDaGFDaGEyMC1Qb2x5MTMwNSAoUkZDIDg0MzkpOiAzMi1ieXRlIGtleSwgMTItYnl0ZSBub25jZSwgMTYtYnl0ZSB0YWcgYXBwZW5kZWQuICovXG4gIGNoYWNoYTIwcG9seTEzMDVTZWFsKFxuICAgIGtleTogVWludDhBcnJheSxcbiAgICBub25jZTogVWludDhBcnJheSxcbiAgICBwbGFpbnRleHQ6IFVpbnQ4QXJyYXksXG4gICAgYWQ6IFVpbnQ4QXJyYXksXG4gICk6IFVpbnQ4QXJyYXk7XG4gIC8qKiBSZXR1cm5zIGBudWxsYCB3aGVuIGF1dGhlbnRpY2F0aW9uIGZhaWxzLiAqL1xuICBjaGFjaGEyMHBvbHkxMzA1T3BlbihcbiAgICBrZXk6IFVpbnQ4QXJyYXksXG4gICAgbm9uY2U6IFVpbnQ4QXJyYXksXG4gICAgY2lwaGVydGV4dDogVWludDhBcnJheSxcbiAgICBhZDogVWludDhBcnJheSxcbiAgKTogVWludDhBcnJheSB8IG51bGw7XG4gIHhjaGFjaGEyMHBvbHkxMzA1U2VhbChcbiAgICBrZXk6IFVpbnQ4QXJyYXksXG4gICAgbm9uY2U6IFVpbnQ4QXJyYXksXG4gICAgcGxhaW50ZXh0OiBVaW50OEFycmF5LFxuICAgIGFkOiBVaW50OEFycmF5LFxuICApOiBVaW50OEFycmF5O1xuICAvKiogUmV0dXJucyBgbnVsbGAgd2hlbiBhdXRoZW50aWNhdGlvbiBmYWlscy4gKi9cbiAgeGNoYWNoYTIwcG9seTEzMDVPcGVuKFxuICAgIGtleTogVWludDhBcnJheSxcbiAgICBub25jZTogVWludDhBcnJheSxcbiAgICBjaXBoZXJ0ZXh0OiBVaW50OEFycmF5LFxuICAgIGFkOiBVaW50OEFycmF5LFxuICApOiBVaW50OEFycmF5IHwgbnVsbDtcbn1cblxuLyoqIFRoZSBub2JsZS9zY3VyZSBwcm92aWRlcjogcHVyZSBKYXZhU2NyaXB0LCBydW5zIGV2ZXJ5d2hlcmUuIEBpbnRlcm5hbCAqL1xuZXhwb3J0IGNvbnN0IHBvcnRhYmxlUHJvdmlkZXI6IENyeXB0b1Byb3ZpZGVyID0ge1xuICBuYW1lOiAncG9ydGFibGUnLFxuICByYW5kb21CeXRlczogKGxlbmd0aCkgPT4gbm9ibGVSYW5kb21CeXRlcyhsZW5ndGgpLFxuICBzaGEyNTY6IChkYXRhKSA9PiBzaGEyNTYoZGF0YSksXG4gIHNoYTUxMjogKGRhdGEpID0+IHNoYTUxMihkYXRhKSxcbiAgaG1hY1NoYTI1NjogKGtleSwgZGF0YSkgPT4gaG1hYyhzaGEyNTYsIGtleSwgZGF0YSksXG4gIGhtYWNTaGE1MTI6IChrZXksIGRhdGEpID0+IGhtYWMoc2hhNTEyLCBrZXksIGRhdGEpLFxuICBoa2RmU2hhMjU2OiAoaWttLCBzYWx0LCBpbmZvLCBsZW5ndGgpID0+IGhrZGYoc2hhMjU2LCBpa20sIHNhbHQsIGluZm8sIGxlbmd0aCksXG4gIGVkMjU1MTlQdWJsaWNLZXk6IChzZWVkKSA9PiBlZDI1NTE5LmdldFB1YmxpY0tleShzZWVkKSxcbiAgZWQyNTUxOVNpZ246IChzZWVkLCBtZXNzYWdlKSA9PiBlZDI1NTE5LnNpZ24obWVzc2FnZSwgc2VlZCksXG4gIGVkMjU1MTlWZXJpZnk6IChwdWJsaWNLZXksIG1lc3NhZ2UsIHNpZ25hdHVyZSkgPT4ge1xuICAgIHRyeSB7XG4gICAgICAvLyBub2JsZSdzIHN0cmljdCBtb2RlIHJlamVjdHMgbm9uLWNhbm9uaWNhbCBlbmNvZGluZ3MsIFMgPj0gTCBhbmQgc21hbGwtb3JkZXJcbiAgICAgIC8vIGtleXMsIGJ1dCBjaGVja3MgdGhlIGNvZmFjdG9yZWQgZXF1YXRpb247IHdlIGFsc28gcmVxdWlyZSB0aGUgY29mYWN0b3JsZXNzXG4gICAgICAvLyBvbmUsIGFzIE9wZW5TU0wgKHRoZSBuYXRpdmUgcHJvdmlkZXIpIGRvZXMsIHNvIGJvdGggcHJvdmlkZXJzIGFncmVlLlxuICAgICAgcmV0dXJuIChcbiAgICAgICAgZWQyNTUxOS52ZXJpZnkoc2lnbmF0dXJlLCBtZXNzYWdlLCBwdWJsaWNLZXksIHsgemlwMjE1OiBmYWxzZSB9KSAmJlxuICAgICAgICBlZDI1NTE5Q29mYWN0b3JsZXNzKHB1YmxpY0tleSwgbWVzc2FnZSwgc2lnbmF0dXJlKVxuICAgICAgKTtcbiAgICB9IGNhdGNoIHtcbiAgICAgIHJldHVybiBmYWxzZTtcbiAgICB9XG4gIH0sXG4gIHAyNTZQdWJsaWNLZXk6IChzZWNyZXQpID0+IHAyNTYuZ2V0UHVibGljS2V5KHNlY3JldCwgdHJ1ZSksXG4gIHAyNTZTaWduOiAoc2VjcmV0LCBtZXNzYWdlKSA9PiBwMjU2LnNpZ24obWVzc2FnZSwgc2VjcmV0LCB7IGxvd1M6IHRydWUgfSksXG4gIHAyNTZWZXJpZnk6IChwdWJsaWNLZXksIG1lc3NhZ2UsIHNpZ25hdHVyZSkgPT4ge1xuICAgIHRyeSB7XG4gICAgICByZXR1cm4gcDI1Ni52ZXJpZnkoc2lnbmF0dXJlLCBtZXNzYWdlLCBwdWJsaWNLZXksIHsgbG93UzogdHJ1ZSB9KTtcbiAgICB9IGNhdGNoIHtcbiAgICAgIHJldHVybiBmYWxzZTtcbiAgICB9XG4gIH0sXG4gIHgyNTUxOVB1YmxpY0tleTogKHNlY3JldCkgPT4geDI1NTE5LmdldFB1YmxpY0tleShzZWNyZXQpLFxuICB4MjU1MTk6IChzZWNyZXQsIHB1YmxpY0tleSkgPT4ge1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBzaGFyZWQgPSB4MjU1MTkuZ2V0U2hhcmVkU2VjcmV0KHNlY3JldCwgcHVibGljS2V5KTtcbiAgICAgIHJldHVybiBzaGFyZWQuc29tZSgoYikgPT4gYiAhPT0gMCkgPyBzaGFyZWQgOiBudWxsO1xuICAgIH0gY2F0Y2gge1xuICAgICAgcmV0dXJuIG51bGw7IC8vIG5vYmxlIHRocm93cyBvbiB0aGUgYWxsLXplcm8gcmVzdWx0XG4gICAgfVxuICB9LFxuICBtbEtlbTEwMjRQdWJsaWNLZXk6IChzZWVkKSA9PiBtbF9rZW0xMDI0LmtleWdlbihzZWVkKS5wdWJsaWNLZXksXG4gIG1sS2VtMTAyNEVuY2Fwc3VsYXRlOiAocHVibGljS2V5LCByYW5kb21uZXNzKSA9PiB7XG4gICAgY29uc3QgeyBjaXBoZXJUZXh0LCBzaGFyZWRTZWNyZXQgfSA9IG1sX2tlbTEwMjQuZW5jYXBzdWxhdGUocHVibGljS2V5LCByYW5kb21uZXNzKTtcbiAgICByZXR1cm4geyBjaXBoZXJ0ZXh0OiBjaXBoZXJUZXh0LCBzaGFyZWRTZWNyZXQgfTtcbiAgfSxcbiAgbWxLZW0xMDI0RGVjYXBzdWxhdGU6IChzZWVkLCBjaXBoZXJ0ZXh0KSA9PlxuICAgIG1sX2tlbTEwMjQuZGVjYXBzdWxhdGUoY2lwaGVydGV4dCwgbWxfa2VtMTAyNC5rZXlnZW4oc2VlZCkuc2VjcmV0S2V5KSxcbiAgY2hhY2hhMjBwb2x5MTMwNVNlYWw6IChrZXksIG5vbmNlLCBwbGFpbnRleHQsIGFkKSA9PlxuICAgIGNoYWNoYTIwcG9seTEzMDUoa2V5LCBub25jZSwgYWQpLmVuY3J5cHQocGxhaW50ZXh0KSxcbiAgY2hhY2hhMjBwb2x5MTMwNU9wZW46IChrZXksIG5vbmNlLCBjaXBoZXJ0ZXh0LCBhZCkgPT4ge1xuICAgIHRyeSB7XG4gICAgICByZXR1cm4gY2hhY2hhMjBwb2x5MTMwNShrZXksIG5vbmNlLCBhZCkuZGVjcnlwdChjaXBoZXJ0ZXh0KTtcbiAgICB9IGNhdGNoIHtcbiAgICAgIHJldHVybiBudWxsO1xuICAgIH1cbiAgfSxcbiAgeGNoYWNoYTIwcG9seTEzMDVTZWFsOiAoa2V5LCBub25jZSwgcGxhaW50ZXh0LCBhZCkgPT5cbiAgICB4Y2hhY2hhMjBwb2x5MTMwNShrZXksIG5vbmNlLCBhZCkuZW5jcnlwdChwbGFpbnRleHQpLFxuICB4Y2hhY2hhMjBwb2x5MTMwNU9wZW46IChrZXksIG5vbmNlLCBjaXBoZXJ0ZXh0LCBhZCkgPT4ge1xuICAgIHRyeSB7XG4gICAgICByZXR1cm4geGNoYWNoYTIwcG9seTEzMDUoa2V5LCBub25jZSwgYWQpLmRlY3J5cHQoY2lwaGVydGV4dCk7XG4gICAgfSBjYXRjaCB7XG4gICAgICByZXR1cm4gbnVsbDtcbiAgICB9XG4gIH0sXG59O1xuXG5sZXQgYWN0aXZlOiBDcnlwdG9Qcm92aWRlciB8IHVuZGVmaW5lZDtcblxuLyoqXG4gKiBUaGUgcHJvdmlkZXIgcHJvdG9jb2wgY29kZSB1c2VzOiB0aGUgbmF0aXZlIG9uZSAoYG5vZGU6Y3J5cHRvYCkgd2hlcmUgaXRcbiAqIGV4aXN0cywgZWxzZSB0aGUgcG9ydGFibGUgb25lLiBDaG9zZW4gb24gZmlyc3QgdXNlLCBzbyBpbXBvcnRpbmcgdGhlIFNES1xuICogaW4gYSBicm93c2VyIG5ldmVyIHRvdWNoZXMgTm9kZSBBUElzLiBAaW50ZXJuYWxcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNyeXB0bygpOiBDcnlwdG9Qcm92aWRlciB7XG4gIHJldHVybiAoYWN0aXZlID8/PSBjcmVhdGVOYXRpdmVQcm92aWRlcigpID8/IHBvcnRhYmxlUHJvdmlkZXIpO1xufVxuXG4vKiogUmVwbGFjZSB0aGUgYWN0aXZlIHByb3ZpZGVyICh0ZXN0cyBhbmQgcGxhdGZvcm0gYWNjZWxlcmF0b3JzKS4gQGludGVybmFsICovXG5leHBvcnQgZnVuY3Rpb24gc2V0Q3J5cHRvUHJvdmlkZXIocHJvdmlkZXI6IENyeXB0b1Byb3ZpZGVyKTogdm9pZCB7XG4gIGFjdGl2ZSA9IHByb3ZpZGVyO1xufVxuXG5jb25zdCBFRDI1NTE5X0wgPSBlZDI1NTE5LlBvaW50LkZuLk9SREVSO1xuXG5mdW5jdGlvbiBsaXR0bGVFbmRpYW4oYnl0ZXM6IFVpbnQ4QXJyYXkpOiBiaWdpbnQge1xuICBsZXQgbiA9IDBuO1xuICBmb3IgKGxldCBpID0gYnl0ZXMubGVuZ3RoIC0gMTsgaSA+PSAwOyBpLS0pIG4gPSAobiA8PCA4bikgfCBCaWdJbnQoYnl0ZXNbaV0hKTtcbiAgcmV0dXJuIG47XG59XG5cbi8qKiBgW1NdQiA9PSBSICsgW2tdQWAgZXhhY3RseSAoUkZDIDgwMzIgXHUwMEE3NS4xLjcgd2l0aG91dCB0aGUgY29mYWN0b3IpLCBrID0gU0hBLTUxMihSIHx8IEEgfHwgTSkgbW9kIEwuICovXG5mdW5jdGlvbiBlZDI1NTE5Q29mYWN0b3JsZXNzKFxuICBwdWJsaWNLZXk6IFVpbnQ4QXJyYXksXG4gIG1lc3NhZ2U6IFVpbnQ4QXJyYXksXG4gIHNpZ25hdHVyZTogVWludDhBcnJheSxcbik6IGJvb2xlYW4ge1xuICBjb25zdCBSID0gZWQyNTUxOS5Qb2ludC5mcm9tQnl0ZXMoc2lnbmF0dXJlLnN1YmFycmF5KDAsIDMyKSk7XG4gIGNvbnN0IEEgPSBlZDI1NTE5LlBvaW50LmZyb21CeXRlcyhwdWJsaWNLZXkpO1xuICBjb25zdCBTID0gbGl0dGxlRW5kaWFuKHNpZ25hdHVyZS5zdWJhcnJheSgzMikpO1xuICBjb25zdCBrID1cbiAgICBsaXR0bGVFbmRpYW4oc2hhNTEyKGNvbmNhdEJ5dGVzKHNpZ25hdHVyZS5zdWJhcnJheSgwLCAzMiksIHB1YmxpY0tleSwgbWVzc2FnZSkpKSAlIEVEMjU1MTlfTDtcbiAgcmV0dXJuIGVkMjU1MTkuUG9pbnQuQkFTRS5tdWx0aXBseVVuc2FmZShTKS5lcXVhbHMoUi5hZGQoQS5tdWx0aXBseVVuc2FmZShrKSkpO1xufVxuXG4vKiogT3JkZXIgb2YgdGhlIFAtMjU2IGdyb3VwLCBmb3IgbG93LVMgbm9ybWFsaXNhdGlvbi4gKi9cbmNvbnN0IFAyNTZfTiA9IHAyNTYuUG9pbnQuQ1VSVkUoKS5uO1xuXG4vKipcbiAqIE5vcm1hbGlzZSBhIDY0LWJ5dGUgUC0yNTYgYHIgfHwgc2Agc2lnbmF0dXJlIHRvIGxvdyBTIChgcyA8PSBuLzJgKSwgdGhlXG4gKiBvbmUgZm9ybSB2ZXJpZmllcnMgYWNjZXB0LiBIYXJkd2FyZSB0b2tlbnMgc3VjaCBhcyBTb2Z0SFNNIHJldHVybiBlaXRoZXIuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBub3JtYWxpemVQMjU2TG93UyhzaWduYXR1cmU6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5IHtcbiAgaWYgKHNpZ25hdHVyZS5sZW5ndGggIT09IDY0KVxuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdNQUxGT1JNRUQnLCAnUC0yNTYgc2lnbmF0dXJlIG11c3QgYmUgNjQgYnl0ZXMnKTtcbiAgbGV0IHMgPSAwbjtcbiAgZm9yIChsZXQgaSA9IDMyOyBpIDwgNjQ7IGkrKykgcyA9IChzIDw8IDhuKSB8IEJpZ0ludChzaWduYXR1cmVbaV0hKTtcbiAgaWYgKHMgPD0gUDI1Nl9OID4+IDFuKSByZXR1cm4gc2lnbmF0dXJlO1xuICBzID0gUDI1Nl9OIC0gcztcbiAgY29uc3Qgb3V0ID0gc2lnbmF0dXJlLnNsaWNlKCk7XG4gIGZvciAobGV0IGkgPSA2MzsgaSA+PSAzMjsgaS0tKSB7XG4gICAgb3V0W2ldID0gTnVtYmVyKHMgJiAweGZmbik7XG4gICAgcyA+Pj0gOG47XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqIFdoZXRoZXIgYGJ5dGVzYCBpcyBhIHZhbGlkIFAtMjU2IHBvaW50IGVuY29kaW5nLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzVmFsaWRQMjU2UG9pbnQoYnl0ZXM6IFVpbnQ4QXJyYXkpOiBib29sZWFuIHtcbiAgdHJ5IHtcbiAgICBwMjU2LlBvaW50LmZyb21CeXRlcyhieXRlcykuYXNzZXJ0VmFsaWRpdHkoKTtcbiAgICByZXR1cm4gdHJ1ZTtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIGZhbHNlO1xuICB9XG59XG5cbi8qKiBDb21wcmVzcyBhbnkgU0VDMSBQLTI1NiBwb2ludCAoMzMgb3IgNjUgYnl0ZXMpIHRvIDMzIGJ5dGVzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbXByZXNzUDI1NihieXRlczogVWludDhBcnJheSk6IFVpbnQ4QXJyYXkge1xuICB0cnkge1xuICAgIHJldHVybiBwMjU2LlBvaW50LmZyb21CeXRlcyhieXRlcykudG9CeXRlcyh0cnVlKTtcbiAgfSBjYXRjaCAoY2F1c2UpIHtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9LRVknLCAnbm90IGEgdmFsaWQgUC0yNTYgcG9pbnQnLCB7IGNhdXNlIH0pO1xuICB9XG59XG5cbi8qKiBXaGV0aGVyIGBieXRlc2AgaXMgYSB2YWxpZCBFZDI1NTE5IHBvaW50IGVuY29kaW5nIChjYW5vbmljYWwsIG9uIHRoZSBjdXJ2ZSkuICovXG5leHBvcnQgZnVuY3Rpb24gaXNWYWxpZEVkMjU1MTlQb2ludChieXRlczogVWludDhBcnJheSk6IGJvb2xlYW4ge1xuICBpZiAoYnl0ZXMubGVuZ3RoICE9PSAzMikgcmV0dXJuIGZhbHNlO1xuICB0cnkge1xuICAgIGVkMjU1MTkuUG9pbnQuZnJvbUJ5dGVzKGJ5dGVzLCBmYWxzZSkuYXNzZXJ0VmFsaWRpdHkoKTtcbiAgICByZXR1cm4gdHJ1ZTtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIGZhbHNlO1xuICB9XG59XG4iLCAiLyoqXG4gKiBUaGUgY2xvc2VkIHNldCBvZiBlcnJvciBjb2RlcyB0aGUgU0RLIHRocm93cy4gQ29kZXMgYXJlIHN0YWJsZSBwdWJsaWMgQVBJOlxuICogbWF0Y2ggb24gdGhlbSwgbmV2ZXIgb24gbWVzc2FnZXMuIGBzcGVjL2Vycm9ycy5tZGAgbGlzdHMgd2hhdCBlYWNoIG1lYW5zLlxuICovXG5leHBvcnQgY29uc3QgRVJST1JfQ09ERVMgPSBbXG4gICdNQUxGT1JNRUQnLFxuICAnQkFEX1NJR05BVFVSRScsXG4gICdFWFBJUkVEJyxcbiAgJ1JFVk9LRUQnLFxuICAnVU5LTk9XTl9JU1NVRVInLFxuICAnU1RBTEVfUkVWT0NBVElPTl9MSVNUJyxcbiAgJ1NVUEVSU0VERUQnLFxuICAnSU5WQUxJRF9VVUlEJyxcbiAgJ0lOVkFMSURfTU5FTU9OSUMnLFxuICAnSU5WQUxJRF9QQVRIJyxcbiAgJ0lOVkFMSURfS0VZJyxcbiAgJ1VOU1VQUE9SVEVEX0FMR09SSVRITScsXG4gICdLRVlfTk9UX0ZPVU5EJyxcbiAgJ0tFWV9OT1RfRVhUUkFDVEFCTEUnLFxuICAnS0VZU1RPUkUnLFxuICAnV1JPTkdfUEFTU1BIUkFTRScsXG4gICdJTlZBTElEX0FSR1VNRU5UJyxcbiAgJ1NUT1JBR0UnLFxuICAnREVDUllQVF9GQUlMRUQnLFxuICAnRFVQTElDQVRFX01FU1NBR0UnLFxuICAnTUVTU0FHRV9FWFBJUkVEJyxcbiAgJ1RPT19NQU5ZX1NLSVBQRUQnLFxuICAnTk9fU0VTU0lPTicsXG4gICdVTktOT1dOX1BSRUtFWScsXG4gICdVTlRSVVNURURfSURFTlRJVFknLFxuICAnVU5TVVBQT1JURURfVkVSU0lPTicsXG5dIGFzIGNvbnN0O1xuXG4vKiogT25lIG9mIHRoZSBzdGFibGUgZXJyb3IgY29kZXMgaW4ge0BsaW5rIEVSUk9SX0NPREVTfS4gKi9cbmV4cG9ydCB0eXBlIEVycm9yQ29kZSA9ICh0eXBlb2YgRVJST1JfQ09ERVMpW251bWJlcl07XG5cbmNvbnN0IENPREVfU0VUOiBSZWFkb25seVNldDxzdHJpbmc+ID0gbmV3IFNldChFUlJPUl9DT0RFUyk7XG5cbi8qKiBBIHtAbGluayBOZXh1c0Vycm9yfSB3aG9zZSBgY29kZWAgaXMga25vd24gdG8gYmUgYENgLiAqL1xuZXhwb3J0IHR5cGUgTmV4dXNFcnJvck9mPEMgZXh0ZW5kcyBFcnJvckNvZGU+ID0gTmV4dXNFcnJvciAmIHsgcmVhZG9ubHkgY29kZTogQyB9O1xuXG4vKipcbiAqIFRoZSBvbmUgZXJyb3IgY2xhc3MgdGhlIFNESyB0aHJvd3MgZm9yIGV4cGVjdGVkIGZhaWx1cmVzIChiYWQgaW5wdXQsIGZhaWxlZFxuICogdmVyaWZpY2F0aW9uLCBtaXNzaW5nIGtleXMpLiBNZXNzYWdlcyBhcmUgd3JpdHRlbiBmb3IgcGVvcGxlIGFuZCBuZXZlclxuICogY29udGFpbiBzZWNyZXQgbWF0ZXJpYWw7IGBjb2RlYCBpcyBmb3IgcHJvZ3JhbXMuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiB0cnkge1xuICogICBwYXJzZVV1aWQodGV4dCk7XG4gKiB9IGNhdGNoIChlcnIpIHtcbiAqICAgaWYgKE5leHVzRXJyb3IuaXMoZXJyLCAnSU5WQUxJRF9VVUlEJykpIGNvbnNvbGUubG9nKCd0eXBvPycpO1xuICogICBlbHNlIHRocm93IGVycjtcbiAqIH1cbiAqIGBgYFxuICovXG5leHBvcnQgY2xhc3MgTmV4dXNFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgLyoqIFRoZSBzdGFibGUgY29kZTogc2VlIHtAbGluayBFUlJPUl9DT0RFU30uICovXG4gIHJlYWRvbmx5IGNvZGU6IEVycm9yQ29kZTtcblxuICAvKipcbiAgICogQHBhcmFtIGNvZGUgLSBvbmUgb2Yge0BsaW5rIEVSUk9SX0NPREVTfVxuICAgKiBAcGFyYW0gbWVzc2FnZSAtIGEgaHVtYW4gZGVzY3JpcHRpb247IG11c3Qgbm90IGNvbnRhaW4gc2VjcmV0c1xuICAgKiBAcGFyYW0gb3B0aW9ucyAtIGBjYXVzZWAgZm9yIGNoYWluaW5nICh0aGUgY2F1c2UgaXMga2VwdCBvZmYgYG1lc3NhZ2VgKVxuICAgKi9cbiAgY29uc3RydWN0b3IoY29kZTogRXJyb3JDb2RlLCBtZXNzYWdlOiBzdHJpbmcsIG9wdGlvbnM/OiB7IGNhdXNlPzogdW5rbm93biB9KSB7XG4gICAgc3VwZXIobWVzc2FnZSwgb3B0aW9ucyk7XG4gICAgaWYgKCFDT0RFX1NFVC5oYXMoY29kZSkpIHRocm93IG5ldyBUeXBlRXJyb3IoYHVua25vd24gTmV4dXNFcnJvciBjb2RlOiAke1N0cmluZyhjb2RlKX1gKTtcbiAgICB0aGlzLm5hbWUgPSAnTmV4dXNFcnJvcic7XG4gICAgdGhpcy5jb2RlID0gY29kZTtcbiAgfVxuXG4gIC8qKlxuICAgKiBXaGV0aGVyIGBlcnJgIGlzIGEge0BsaW5rIE5leHVzRXJyb3J9LCBvcHRpb25hbGx5IHdpdGggb25lIG9mIHRoZSBnaXZlbiBjb2Rlcy5cbiAgICogTmFycm93cyB0aGUgdHlwZSBzbyBgZXJyLmNvZGVgIGlzIHRoZSBtYXRjaGVkIGNvZGUuXG4gICAqL1xuICBzdGF0aWMgaXM8QyBleHRlbmRzIEVycm9yQ29kZT4oZXJyOiB1bmtub3duLCAuLi5jb2RlczogQ1tdKTogZXJyIGlzIE5leHVzRXJyb3JPZjxDPiB7XG4gICAgaWYgKCEoZXJyIGluc3RhbmNlb2YgRXJyb3IpIHx8IChlcnIgYXMgeyBuYW1lPzogdW5rbm93biB9KS5uYW1lICE9PSAnTmV4dXNFcnJvcicpIHJldHVybiBmYWxzZTtcbiAgICBjb25zdCBjb2RlID0gKGVyciBhcyB7IGNvZGU/OiB1bmtub3duIH0pLmNvZGU7XG4gICAgaWYgKHR5cGVvZiBjb2RlICE9PSAnc3RyaW5nJyB8fCAhQ09ERV9TRVQuaGFzKGNvZGUpKSByZXR1cm4gZmFsc2U7XG4gICAgcmV0dXJuIGNvZGVzLmxlbmd0aCA9PT0gMCB8fCAoY29kZXMgYXMgc3RyaW5nW10pLmluY2x1ZGVzKGNvZGUpO1xuICB9XG59XG5cbi8qKiBXaGV0aGVyIGBjb2RlYCBpcyBvbmUgb2YgdGhlIFNESydzIGVycm9yIGNvZGVzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzRXJyb3JDb2RlKGNvZGU6IHVua25vd24pOiBjb2RlIGlzIEVycm9yQ29kZSB7XG4gIHJldHVybiB0eXBlb2YgY29kZSA9PT0gJ3N0cmluZycgJiYgQ09ERV9TRVQuaGFzKGNvZGUpO1xufVxuIiwgImltcG9ydCB7IGJhc2U1OCB9IGZyb20gJ0BzY3VyZS9iYXNlJztcbmltcG9ydCB7IE5leHVzRXJyb3IgfSBmcm9tICcuLi9pbnRlcmZhY2VzL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBieXRlc0VxdWFsLCBjb25jYXQsIHV0ZjggfSBmcm9tICcuLi9wcmltaXRpdmVzL2J5dGVzLmpzJztcbmltcG9ydCB7IGNyeXB0bywgaXNWYWxpZEVkMjU1MTlQb2ludCB9IGZyb20gJy4uL3ByaW1pdGl2ZXMvcHJvdmlkZXIuanMnO1xuXG4vKiogVVVJRCBmb3JtYXQgdmVyc2lvbiBieXRlIChzcGVjL2lkZW50aXR5Lm1kIFx1MDBBN1VVSUQpLiAqL1xuZXhwb3J0IGNvbnN0IFVVSURfVkVSU0lPTiA9IDB4MDE7XG5jb25zdCBDSEVDS1NVTV9ET01BSU4gPSB1dGY4KCdOZXh1c0xpbmsgVVVJRCcpO1xuY29uc3QgVVVJRF9CWVRFUyA9IDEgKyAzMiArIDQ7XG5cbi8qKlxuICogQSBOZXh1c0xpbmsgVVVJRDogdGhlIEJhc2U1OCAoQml0Y29pbiBhbHBoYWJldCkgdGV4dCBuYW1pbmcgYW4gaWRlbnRpdHkuXG4gKiBBIGJyYW5kZWQgc3RyaW5nLCBzbyBhIHBsYWluIHN0cmluZyBjYW5ub3QgYmUgcGFzc2VkIHdoZXJlIGEgY2hlY2tlZCBVVUlEXG4gKiBpcyBleHBlY3RlZDsgZ2V0IG9uZSBmcm9tIHtAbGluayBwYXJzZVV1aWR9IG9yIHtAbGluayB1dWlkRnJvbVB1YmxpY0tleX0uXG4gKi9cbmV4cG9ydCB0eXBlIFV1aWQgPSBzdHJpbmcgJiB7IHJlYWRvbmx5IF9fYnJhbmQ6ICdOZXh1c0xpbmtVdWlkJyB9O1xuXG5mdW5jdGlvbiBjaGVja3N1bSh2ZXJzaW9uOiBudW1iZXIsIHB1YmxpY0tleTogVWludDhBcnJheSk6IFVpbnQ4QXJyYXkge1xuICByZXR1cm4gY3J5cHRvKClcbiAgICAuc2hhMjU2KGNvbmNhdChDSEVDS1NVTV9ET01BSU4sIFVpbnQ4QXJyYXkub2YodmVyc2lvbiksIHB1YmxpY0tleSkpXG4gICAgLnN1YmFycmF5KDAsIDQpO1xufVxuXG4vKipcbiAqIFRoZSBVVUlEIG9mIGFuIEVkMjU1MTkgaWRlbnRpdHkgcHVibGljIGtleTpcbiAqIGBiYXNlNTgoMHgwMSB8fCBwdWJsaWNLZXkgfHwgU0hBLTI1NihcIk5leHVzTGluayBVVUlEXCIgfHwgMHgwMSB8fCBwdWJsaWNLZXkpWzAuLjRdKWAuXG4gKlxuICogQHRocm93cyBOZXh1c0Vycm9yIGBJTlZBTElEX0tFWWAgd2hlbiBgcHVibGljS2V5YCBpcyBub3QgYSB2YWxpZCBFZDI1NTE5IHBvaW50LlxuICovXG5leHBvcnQgZnVuY3Rpb24gdXVpZEZyb21QdWJsaWNLZXkocHVibGljS2V5OiBVaW50OEFycmF5KTogVXVpZCB7XG4gIGlmICghaXNWYWxpZEVkMjU1MTlQb2ludChwdWJsaWNLZXkpKVxuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX0tFWScsICdub3QgYSB2YWxpZCBFZDI1NTE5IHB1YmxpYyBrZXknKTtcbiAgcmV0dXJuIGJhc2U1OC5lbmNvZGUoXG4gICAgY29uY2F0KFVpbnQ4QXJyYXkub2YoVVVJRF9WRVJTSU9OKSwgcHVibGljS2V5LCBjaGVja3N1bShVVUlEX1ZFUlNJT04sIHB1YmxpY0tleSkpLFxuICApIGFzIFV1aWQ7XG59XG5cbi8qKiBBIHBhcnNlZCBVVUlELiAqL1xuZXhwb3J0IGludGVyZmFjZSBQYXJzZWRVdWlkIHtcbiAgcmVhZG9ubHkgdXVpZDogVXVpZDtcbiAgcmVhZG9ubHkgdmVyc2lvbjogbnVtYmVyO1xuICAvKiogVGhlIDMyLWJ5dGUgRWQyNTUxOSBpZGVudGl0eSBwdWJsaWMga2V5IGl0IG5hbWVzLiAqL1xuICByZWFkb25seSBwdWJsaWNLZXk6IFVpbnQ4QXJyYXk7XG59XG5cbi8qKlxuICogUGFyc2UgYW5kIGNoZWNrIFVVSUQgdGV4dC4gU3Vycm91bmRpbmcgd2hpdGVzcGFjZSBpcyBpZ25vcmVkOyBldmVyeXRoaW5nXG4gKiBlbHNlIG11c3QgYmUgZXhhY3QuIEEgdHlwbyBjaGFuZ2VzIHRoZSBjaGVja3N1bSwgc28gaXQgaXMgcmVqZWN0ZWQgaW5zdGVhZFxuICogb2YgbmFtaW5nIHNvbWVvbmUgZWxzZS5cbiAqXG4gKiBAdGhyb3dzIE5leHVzRXJyb3IgYElOVkFMSURfVVVJRGAgZm9yIGJhZCBjaGFyYWN0ZXJzLCBsZW5ndGgsIHZlcnNpb24gb3IgY2hlY2tzdW0uXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHsgcHVibGljS2V5IH0gPSBwYXJzZVV1aWQodGV4dCk7IC8vIHRocm93cyBJTlZBTElEX1VVSUQgb24gYSB0eXBvXG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlVXVpZCh0ZXh0OiBzdHJpbmcpOiBQYXJzZWRVdWlkIHtcbiAgaWYgKHR5cGVvZiB0ZXh0ICE9PSAnc3RyaW5nJykgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfVVVJRCcsICdVVUlEIG11c3QgYmUgYSBzdHJpbmcnKTtcbiAgY29uc3QgdHJpbW1lZCA9IHRleHQudHJpbSgpO1xuICBpZiAodHJpbW1lZC5sZW5ndGggPT09IDAgfHwgdHJpbW1lZC5sZW5ndGggPiA2NClcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9VVUlEJywgJ1VVSUQgaGFzIHRoZSB3cm9uZyBsZW5ndGgnKTtcbiAgbGV0IGJ5dGVzOiBVaW50OEFycmF5O1xuICB0cnkge1xuICAgIGJ5dGVzID0gYmFzZTU4LmRlY29kZSh0cmltbWVkKTtcbiAgfSBjYXRjaCB7XG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfVVVJRCcsICdVVUlEIGNvbnRhaW5zIGNoYXJhY3RlcnMgb3V0c2lkZSB0aGUgQmFzZTU4IGFscGhhYmV0Jyk7XG4gIH1cbiAgaWYgKGJ5dGVzLmxlbmd0aCAhPT0gVVVJRF9CWVRFUylcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9VVUlEJywgJ1VVSUQgaGFzIHRoZSB3cm9uZyBsZW5ndGgnKTtcbiAgY29uc3QgdmVyc2lvbiA9IGJ5dGVzWzBdITtcbiAgaWYgKHZlcnNpb24gIT09IFVVSURfVkVSU0lPTilcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9VVUlEJywgYHVuc3VwcG9ydGVkIFVVSUQgdmVyc2lvbiAke3ZlcnNpb259YCk7XG4gIGNvbnN0IHB1YmxpY0tleSA9IGJ5dGVzLnNsaWNlKDEsIDMzKTtcbiAgaWYgKCFieXRlc0VxdWFsKGJ5dGVzLnN1YmFycmF5KDMzKSwgY2hlY2tzdW0odmVyc2lvbiwgcHVibGljS2V5KSkpIHtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9VVUlEJywgJ1VVSUQgY2hlY2tzdW0gZG9lcyBub3QgbWF0Y2ggKG1pc3R5cGVkPyknKTtcbiAgfVxuICBpZiAoIWlzVmFsaWRFZDI1NTE5UG9pbnQocHVibGljS2V5KSlcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9VVUlEJywgJ1VVSUQgZG9lcyBub3QgbmFtZSBhIHZhbGlkIEVkMjU1MTkga2V5Jyk7XG4gIHJldHVybiB7IHV1aWQ6IHRyaW1tZWQgYXMgVXVpZCwgdmVyc2lvbiwgcHVibGljS2V5IH07XG59XG5cbi8qKiBXaGV0aGVyIGB0ZXh0YCBpcyBhIHZhbGlkIFVVSUQuICovXG5leHBvcnQgZnVuY3Rpb24gaXNVdWlkKHRleHQ6IHN0cmluZyk6IHRleHQgaXMgVXVpZCB7XG4gIHRyeSB7XG4gICAgcGFyc2VVdWlkKHRleHQpO1xuICAgIHJldHVybiB0cnVlO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gZmFsc2U7XG4gIH1cbn1cbiIsICJpbXBvcnQgeyBOZXh1c0Vycm9yIH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9lcnJvcnMuanMnO1xuXG5jb25zdCBlbmNvZGVyID0gbmV3IFRleHRFbmNvZGVyKCk7XG5cbi8qKiBVVEYtOCBieXRlcyBvZiBgdGV4dGAuICovXG5leHBvcnQgZnVuY3Rpb24gdXRmOCh0ZXh0OiBzdHJpbmcpOiBVaW50OEFycmF5IHtcbiAgcmV0dXJuIGVuY29kZXIuZW5jb2RlKHRleHQpO1xufVxuXG4vKiogQ29uY2F0ZW5hdGUgYnl0ZSBhcnJheXMuICovXG5leHBvcnQgZnVuY3Rpb24gY29uY2F0KC4uLnBhcnRzOiBVaW50OEFycmF5W10pOiBVaW50OEFycmF5IHtcbiAgbGV0IGxlbmd0aCA9IDA7XG4gIGZvciAoY29uc3QgcCBvZiBwYXJ0cykgbGVuZ3RoICs9IHAubGVuZ3RoO1xuICBjb25zdCBvdXQgPSBuZXcgVWludDhBcnJheShsZW5ndGgpO1xuICBsZXQgb2Zmc2V0ID0gMDtcbiAgZm9yIChjb25zdCBwIG9mIHBhcnRzKSB7XG4gICAgb3V0LnNldChwLCBvZmZzZXQpO1xuICAgIG9mZnNldCArPSBwLmxlbmd0aDtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG4vKiogQ29uc3RhbnQtdGltZSBlcXVhbGl0eSBvZiB0d28gYnl0ZSBhcnJheXMgKHRpbWUgZGVwZW5kcyBvbmx5IG9uIHRoZSBsZW5ndGhzKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBieXRlc0VxdWFsKGE6IFVpbnQ4QXJyYXksIGI6IFVpbnQ4QXJyYXkpOiBib29sZWFuIHtcbiAgaWYgKGEubGVuZ3RoICE9PSBiLmxlbmd0aCkgcmV0dXJuIGZhbHNlO1xuICBsZXQgZGlmZiA9IDA7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgYS5sZW5ndGg7IGkrKykgZGlmZiB8PSBhW2ldISBeIGJbaV0hO1xuICByZXR1cm4gZGlmZiA9PT0gMDtcbn1cblxuLyoqIExvd2VyLWNhc2UgaGV4IG9mIGBieXRlc2AuICovXG5leHBvcnQgZnVuY3Rpb24gdG9IZXgoYnl0ZXM6IFVpbnQ4QXJyYXkpOiBzdHJpbmcge1xuICBsZXQgb3V0ID0gJyc7XG4gIGZvciAoY29uc3QgYiBvZiBieXRlcykgb3V0ICs9IGIudG9TdHJpbmcoMTYpLnBhZFN0YXJ0KDIsICcwJyk7XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKiBCeXRlcyBvZiBhIGhleCBzdHJpbmc7IHRocm93cyBgTUFMRk9STUVEYCBmb3Igb2RkIGxlbmd0aCBvciBub24taGV4IGNoYXJhY3RlcnMuICovXG5leHBvcnQgZnVuY3Rpb24gZnJvbUhleChoZXg6IHN0cmluZyk6IFVpbnQ4QXJyYXkge1xuICBpZiAoaGV4Lmxlbmd0aCAlIDIgIT09IDAgfHwgIS9eWzAtOWEtZkEtRl0qJC8udGVzdChoZXgpKSB7XG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ01BTEZPUk1FRCcsICdpbnZhbGlkIGhleCBzdHJpbmcnKTtcbiAgfVxuICBjb25zdCBvdXQgPSBuZXcgVWludDhBcnJheShoZXgubGVuZ3RoIC8gMik7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgb3V0Lmxlbmd0aDsgaSsrKSBvdXRbaV0gPSBwYXJzZUludChoZXguc2xpY2UoaSAqIDIsIGkgKiAyICsgMiksIDE2KTtcbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqIE92ZXJ3cml0ZSBgYnl0ZXNgIHdpdGggemVyb3MgKGJlc3QgZWZmb3J0OiBKUyBlbmdpbmVzIG1heSBrZWVwIGNvcGllcykuICovXG5leHBvcnQgZnVuY3Rpb24gd2lwZSguLi5hcnJheXM6IChVaW50OEFycmF5IHwgdW5kZWZpbmVkKVtdKTogdm9pZCB7XG4gIGZvciAoY29uc3QgYSBvZiBhcnJheXMpIGE/LmZpbGwoMCk7XG59XG5cbi8qKiBCaWctZW5kaWFuIGVuY29kaW5nIG9mIGEgMzItYml0IHVuc2lnbmVkIGludGVnZXIuICovXG5leHBvcnQgZnVuY3Rpb24gdTMyYmUobjogbnVtYmVyKTogVWludDhBcnJheSB7XG4gIGNvbnN0IG91dCA9IG5ldyBVaW50OEFycmF5KDQpO1xuICBuZXcgRGF0YVZpZXcob3V0LmJ1ZmZlcikuc2V0VWludDMyKDAsIG4sIGZhbHNlKTtcbiAgcmV0dXJuIG91dDtcbn1cbiIsICJpbXBvcnQge1xuICBlbnRyb3B5VG9NbmVtb25pYyBhcyBzY3VyZUVudHJvcHlUb01uZW1vbmljLFxuICBnZW5lcmF0ZU1uZW1vbmljIGFzIHNjdXJlR2VuZXJhdGVNbmVtb25pYyxcbiAgbW5lbW9uaWNUb0VudHJvcHksXG4gIG1uZW1vbmljVG9TZWVkU3luYyxcbiAgdmFsaWRhdGVNbmVtb25pYyxcbn0gZnJvbSAnQHNjdXJlL2JpcDM5JztcbmltcG9ydCB7IHdvcmRsaXN0IGFzIGVuZ2xpc2ggfSBmcm9tICdAc2N1cmUvYmlwMzkvd29yZGxpc3RzL2VuZ2xpc2guanMnO1xuaW1wb3J0IHsgTmV4dXNFcnJvciB9IGZyb20gJy4uL2ludGVyZmFjZXMvZXJyb3JzLmpzJztcbmltcG9ydCB7IGNvbmNhdCwgdTMyYmUsIHV0ZjggfSBmcm9tICcuLi9wcmltaXRpdmVzL2J5dGVzLmpzJztcbmltcG9ydCB7IGNyeXB0byB9IGZyb20gJy4uL3ByaW1pdGl2ZXMvcHJvdmlkZXIuanMnO1xuaW1wb3J0IHsgV09SRExJU1RTIH0gZnJvbSAnLi93b3JkbGlzdHMuanMnO1xuXG5leHBvcnQgeyBXT1JETElTVFMgfTtcbmV4cG9ydCB0eXBlIHsgV29yZGxpc3ROYW1lIH0gZnJvbSAnLi93b3JkbGlzdHMuanMnO1xuXG4vKiogT3B0aW9ucyBmb3Ige0BsaW5rIGdlbmVyYXRlTW5lbW9uaWN9LiAqL1xuZXhwb3J0IGludGVyZmFjZSBHZW5lcmF0ZU1uZW1vbmljT3B0aW9ucyB7XG4gIC8qKiAxMiwgMTUsIDE4LCAyMSBvciAyNCB3b3Jkcy4gRGVmYXVsdCAyNCAoMjU2IGJpdHMgb2YgZW50cm9weSkuICovXG4gIHJlYWRvbmx5IHdvcmRzPzogMTIgfCAxNSB8IDE4IHwgMjEgfCAyNDtcbiAgLyoqIEEgMjA0OC13b3JkIEJJUC0zOSB3b3JkbGlzdDsgZGVmYXVsdCBFbmdsaXNoLiBTZWUge0BsaW5rIFdPUkRMSVNUU30uICovXG4gIHJlYWRvbmx5IHdvcmRsaXN0PzogcmVhZG9ubHkgc3RyaW5nW107XG59XG5cbi8qKlxuICogQSBuZXcgQklQLTM5IG1uZW1vbmljIGZyb20gdGhlIHBsYXRmb3JtJ3Mgc2VjdXJlIHJhbmRvbSBzb3VyY2UuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCBwaHJhc2UgPSBnZW5lcmF0ZU1uZW1vbmljKCk7IC8vIDI0IEVuZ2xpc2ggd29yZHNcbiAqIGBgYFxuICovXG5leHBvcnQgZnVuY3Rpb24gZ2VuZXJhdGVNbmVtb25pYyhvcHRpb25zOiBHZW5lcmF0ZU1uZW1vbmljT3B0aW9ucyA9IHt9KTogc3RyaW5nIHtcbiAgY29uc3Qgd29yZHMgPSBvcHRpb25zLndvcmRzID8/IDI0O1xuICBpZiAoIVsxMiwgMTUsIDE4LCAyMSwgMjRdLmluY2x1ZGVzKHdvcmRzKSlcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9BUkdVTUVOVCcsICd3b3JkcyBtdXN0IGJlIDEyLCAxNSwgMTgsIDIxIG9yIDI0Jyk7XG4gIHJldHVybiBzY3VyZUdlbmVyYXRlTW5lbW9uaWMoKG9wdGlvbnMud29yZGxpc3QgPz8gZW5nbGlzaCkgYXMgc3RyaW5nW10sICh3b3JkcyAvIDMpICogMzIpO1xufVxuXG4vKipcbiAqIFRoZSBtbmVtb25pYyBvZiBnaXZlbiBlbnRyb3B5ICgxNi4uMzIgYnl0ZXMsIGEgbXVsdGlwbGUgb2YgNCkuXG4gKlxuICogQHRocm93cyBOZXh1c0Vycm9yIGBJTlZBTElEX0FSR1VNRU5UYCBmb3IgZW50cm9weSBvZiB0aGUgd3Jvbmcgc2l6ZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVudHJvcHlUb01uZW1vbmljKFxuICBlbnRyb3B5OiBVaW50OEFycmF5LFxuICB3b3JkbGlzdDogcmVhZG9ubHkgc3RyaW5nW10gPSBlbmdsaXNoLFxuKTogc3RyaW5nIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gc2N1cmVFbnRyb3B5VG9NbmVtb25pYyhlbnRyb3B5LCB3b3JkbGlzdCBhcyBzdHJpbmdbXSk7XG4gIH0gY2F0Y2gge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX0FSR1VNRU5UJywgJ2VudHJvcHkgbXVzdCBiZSAxNiB0byAzMiBieXRlcywgYSBtdWx0aXBsZSBvZiA0Jyk7XG4gIH1cbn1cblxuLyoqIE9wdGlvbnMgZm9yIHtAbGluayBtbmVtb25pY1RvU2VlZH0uICovXG5leHBvcnQgaW50ZXJmYWNlIE1uZW1vbmljVG9TZWVkT3B0aW9ucyB7XG4gIC8qKlxuICAgKiBUaGUgd29yZGxpc3QgdG8gY2hlY2sgd29yZHMgYW5kIGNoZWNrc3VtIGFnYWluc3QuIEJ5IGRlZmF1bHQgdGhlXG4gICAqIGxhbmd1YWdlIGlzIGRldGVjdGVkIGFtb25nIHtAbGluayBXT1JETElTVFN9LiBQYXNzIGBmYWxzZWAgdG8gc2tpcCB0aGVcbiAgICogY2hlY2sgKEJJUC0zOSBzZWVkcyBkbyBub3QgZGVwZW5kIG9uIHRoZSB3b3JkbGlzdCksIGZvciBsYW5ndWFnZXMgd2hvc2VcbiAgICogbGlzdHMgdGhpcyBwYWNrYWdlIGRvZXMgbm90IHNoaXAuXG4gICAqL1xuICByZWFkb25seSB3b3JkbGlzdD86IHJlYWRvbmx5IHN0cmluZ1tdIHwgZmFsc2U7XG59XG5cbi8qKiBUaGUgd29yZGxpc3QgYG1uZW1vbmljYCBiZWxvbmdzIHRvIChjaGVja3N1bSBpbmNsdWRlZCksIG9yIGBudWxsYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZXRlY3RXb3JkbGlzdChtbmVtb25pYzogc3RyaW5nKTogcmVhZG9ubHkgc3RyaW5nW10gfCBudWxsIHtcbiAgaWYgKHR5cGVvZiBtbmVtb25pYyAhPT0gJ3N0cmluZycpIHJldHVybiBudWxsO1xuICBmb3IgKGNvbnN0IGxpc3Qgb2YgT2JqZWN0LnZhbHVlcyhXT1JETElTVFMpKSB7XG4gICAgaWYgKHZhbGlkYXRlTW5lbW9uaWMobW5lbW9uaWMubm9ybWFsaXplKCdORktEJyksIGxpc3QgYXMgc3RyaW5nW10pKSByZXR1cm4gbGlzdDtcbiAgfVxuICByZXR1cm4gbnVsbDtcbn1cblxuLyoqXG4gKiBUaGUgNjQtYnl0ZSBCSVAtMzkgc2VlZDogUEJLREYyLUhNQUMtU0hBNTEyLCAyMDQ4IHJvdW5kcywgc2FsdFxuICogYFwibW5lbW9uaWNcIiArIHBhc3NwaHJhc2VgLCBib3RoIE5GS0Qtbm9ybWFsaXNlZC5cbiAqXG4gKiBAdGhyb3dzIE5leHVzRXJyb3IgYElOVkFMSURfTU5FTU9OSUNgIHdoZW4gYSB3b3JkIG9yIHRoZSBjaGVja3N1bSBpcyB3cm9uZy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1uZW1vbmljVG9TZWVkKFxuICBtbmVtb25pYzogc3RyaW5nLFxuICBwYXNzcGhyYXNlID0gJycsXG4gIG9wdGlvbnM6IE1uZW1vbmljVG9TZWVkT3B0aW9ucyA9IHt9LFxuKTogVWludDhBcnJheSB7XG4gIGlmICh0eXBlb2YgbW5lbW9uaWMgIT09ICdzdHJpbmcnIHx8IHR5cGVvZiBwYXNzcGhyYXNlICE9PSAnc3RyaW5nJykge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX0FSR1VNRU5UJywgJ21uZW1vbmljIGFuZCBwYXNzcGhyYXNlIG11c3QgYmUgc3RyaW5ncycpO1xuICB9XG4gIGNvbnN0IG5vcm1hbGl6ZWQgPSBtbmVtb25pYy5ub3JtYWxpemUoJ05GS0QnKS50cmltKCkuc3BsaXQoL1xccysvdSkuam9pbignICcpO1xuICBpZiAob3B0aW9ucy53b3JkbGlzdCAhPT0gZmFsc2UpIHtcbiAgICBjb25zdCBvayA9XG4gICAgICBvcHRpb25zLndvcmRsaXN0ID09PSB1bmRlZmluZWRcbiAgICAgICAgPyBkZXRlY3RXb3JkbGlzdChub3JtYWxpemVkKSAhPT0gbnVsbFxuICAgICAgICA6IHZhbGlkYXRlTW5lbW9uaWMobm9ybWFsaXplZCwgb3B0aW9ucy53b3JkbGlzdCBhcyBzdHJpbmdbXSk7XG4gICAgaWYgKCFvaylcbiAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKFxuICAgICAgICAnSU5WQUxJRF9NTkVNT05JQycsXG4gICAgICAgICdub3QgYSB2YWxpZCBCSVAtMzkgbW5lbW9uaWMgKHVua25vd24gd29yZCBvciBiYWQgY2hlY2tzdW0pJyxcbiAgICAgICk7XG4gIH1cbiAgaWYgKG5vcm1hbGl6ZWQubGVuZ3RoID09PSAwKSB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9NTkVNT05JQycsICdtbmVtb25pYyBpcyBlbXB0eScpO1xuICB0cnkge1xuICAgIHJldHVybiBtbmVtb25pY1RvU2VlZFN5bmMobm9ybWFsaXplZCwgcGFzc3BocmFzZSk7XG4gIH0gY2F0Y2gge1xuICAgIC8vIE5vIGBjYXVzZWA6IHRoZSBsaWJyYXJ5J3MgbWVzc2FnZSBuYW1lcyB0aGUgb2ZmZW5kaW5nIHdvcmQsIHdoaWNoIGlzXG4gICAgLy8gb25lIHR5cG8gYXdheSBmcm9tIGEgc2VjcmV0IHdvcmQuXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfTU5FTU9OSUMnLCAnbm90IGEgdmFsaWQgQklQLTM5IG1uZW1vbmljJyk7XG4gIH1cbn1cblxuLyoqIFRoZSBlbnRyb3B5IGEgbW5lbW9uaWMgZW5jb2Rlcy4gQHRocm93cyBOZXh1c0Vycm9yIGBJTlZBTElEX01ORU1PTklDYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtbmVtb25pY0VudHJvcHkobW5lbW9uaWM6IHN0cmluZywgd29yZGxpc3Q/OiByZWFkb25seSBzdHJpbmdbXSk6IFVpbnQ4QXJyYXkge1xuICBpZiAodHlwZW9mIG1uZW1vbmljICE9PSAnc3RyaW5nJylcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9NTkVNT05JQycsICdtbmVtb25pYyBtdXN0IGJlIGEgc3RyaW5nJyk7XG4gIGNvbnN0IGxpc3QgPSB3b3JkbGlzdCA/PyBkZXRlY3RXb3JkbGlzdChtbmVtb25pYyk7XG4gIGlmIChsaXN0ID09PSBudWxsKSB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9NTkVNT05JQycsICdub3QgYSB2YWxpZCBCSVAtMzkgbW5lbW9uaWMnKTtcbiAgdHJ5IHtcbiAgICByZXR1cm4gbW5lbW9uaWNUb0VudHJvcHkobW5lbW9uaWMubm9ybWFsaXplKCdORktEJyksIGxpc3QgYXMgc3RyaW5nW10pO1xuICB9IGNhdGNoIHtcbiAgICAvLyBObyBgY2F1c2VgOiB0aGUgbGlicmFyeSdzIG1lc3NhZ2UgbmFtZXMgdGhlIG9mZmVuZGluZyB3b3JkLCB3aGljaCBpc1xuICAgIC8vIG9uZSB0eXBvIGF3YXkgZnJvbSBhIHNlY3JldCB3b3JkLlxuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX01ORU1PTklDJywgJ25vdCBhIHZhbGlkIEJJUC0zOSBtbmVtb25pYycpO1xuICB9XG59XG5cbi8qKiBBIFNMSVAtMDAxMCBlZDI1NTE5IG5vZGUuICovXG5leHBvcnQgaW50ZXJmYWNlIEVkMjU1MTlOb2RlIHtcbiAgLyoqIFRoZSAzMi1ieXRlIEVkMjU1MTkgc2VlZCAoUkZDIDgwMzIgcHJpdmF0ZSBrZXkpLiAqL1xuICByZWFkb25seSBwcml2YXRlS2V5OiBVaW50OEFycmF5O1xuICAvKiogVGhlIDMyLWJ5dGUgRWQyNTUxOSBwdWJsaWMga2V5LiAqL1xuICByZWFkb25seSBwdWJsaWNLZXk6IFVpbnQ4QXJyYXk7XG4gIHJlYWRvbmx5IGNoYWluQ29kZTogVWludDhBcnJheTtcbn1cblxuY29uc3QgSEFSREVORUQgPSAweDgwMDBfMDAwMDtcbmNvbnN0IEVEMjU1MTlfU0VFRF9LRVkgPSB1dGY4KCdlZDI1NTE5IHNlZWQnKTtcblxuLyoqXG4gKiBQYXJzZSBhIGRlcml2YXRpb24gcGF0aCBzdWNoIGFzIGBtLzQ0Jy8wJ2AuIEVkMjU1MTkgdW5kZXIgU0xJUC0wMDEwIGhhc1xuICogb25seSBoYXJkZW5lZCBkZXJpdmF0aW9uLCBzbyBldmVyeSBpbmRleCBtdXN0IGJlIGhhcmRlbmVkIChgJ2AsIGBoYCBvciBgSGApLlxuICpcbiAqIEB0aHJvd3MgTmV4dXNFcnJvciBgSU5WQUxJRF9QQVRIYC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlSGFyZGVuZWRQYXRoKHBhdGg6IHN0cmluZyk6IG51bWJlcltdIHtcbiAgaWYgKHR5cGVvZiBwYXRoICE9PSAnc3RyaW5nJykgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfUEFUSCcsICdwYXRoIG11c3QgYmUgYSBzdHJpbmcnKTtcbiAgY29uc3QgcGFydHMgPSBwYXRoLnNwbGl0KCcvJyk7XG4gIGlmIChwYXJ0c1swXSAhPT0gJ20nKSB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9QQVRIJywgJ2EgcGF0aCBzdGFydHMgd2l0aCBcIm1cIicpO1xuICByZXR1cm4gcGFydHMuc2xpY2UoMSkubWFwKChwYXJ0KSA9PiB7XG4gICAgY29uc3QgbSA9IC9eKFxcZHsxLDEwfSlbJ2hIXSQvLmV4ZWMocGFydCk7XG4gICAgaWYgKCFtKVxuICAgICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfUEFUSCcsIGBwYXRoIGNvbXBvbmVudCBcIiR7cGFydH1cIiBpcyBub3QgYSBoYXJkZW5lZCBpbmRleGApO1xuICAgIGNvbnN0IGluZGV4ID0gTnVtYmVyKG1bMV0pO1xuICAgIGlmIChpbmRleCA+PSBIQVJERU5FRClcbiAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX1BBVEgnLCBgcGF0aCBpbmRleCAke2luZGV4fSBpcyBvdXQgb2YgcmFuZ2VgKTtcbiAgICByZXR1cm4gaW5kZXggKyBIQVJERU5FRDtcbiAgfSk7XG59XG5cbi8qKlxuICogU0xJUC0wMDEwIGVkMjU1MTkgZGVyaXZhdGlvbiBvZiBgcGF0aGAgZnJvbSBhIEJJUC0zOSBzZWVkLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3QgeyBwcml2YXRlS2V5LCBwdWJsaWNLZXkgfSA9IGRlcml2ZUVkMjU1MTkoc2VlZCwgXCJtLzIwMDQ0Jy8wJy8wJ1wiKTtcbiAqIGBgYFxuICogQHRocm93cyBOZXh1c0Vycm9yIGBJTlZBTElEX1BBVEhgIGZvciBhIG1hbGZvcm1lZCBvciBub24taGFyZGVuZWQgcGF0aCxcbiAqICAgYElOVkFMSURfQVJHVU1FTlRgIGZvciBhIHNlZWQgb3V0c2lkZSAxNi4uNjQgYnl0ZXMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZXJpdmVFZDI1NTE5KHNlZWQ6IFVpbnQ4QXJyYXksIHBhdGg6IHN0cmluZyk6IEVkMjU1MTlOb2RlIHtcbiAgaWYgKCEoc2VlZCBpbnN0YW5jZW9mIFVpbnQ4QXJyYXkpIHx8IHNlZWQubGVuZ3RoIDwgMTYgfHwgc2VlZC5sZW5ndGggPiA2NCkge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX0FSR1VNRU5UJywgJ3NlZWQgbXVzdCBiZSAxNiB0byA2NCBieXRlcycpO1xuICB9XG4gIGNvbnN0IGMgPSBjcnlwdG8oKTtcbiAgbGV0IEkgPSBjLmhtYWNTaGE1MTIoRUQyNTUxOV9TRUVEX0tFWSwgc2VlZCk7XG4gIGZvciAoY29uc3QgaW5kZXggb2YgcGFyc2VIYXJkZW5lZFBhdGgocGF0aCkpIHtcbiAgICBJID0gYy5obWFjU2hhNTEyKEkuc3ViYXJyYXkoMzIpLCBjb25jYXQoVWludDhBcnJheS5vZigwKSwgSS5zdWJhcnJheSgwLCAzMiksIHUzMmJlKGluZGV4KSkpO1xuICB9XG4gIGNvbnN0IHByaXZhdGVLZXkgPSBJLnNsaWNlKDAsIDMyKTtcbiAgcmV0dXJuIHsgcHJpdmF0ZUtleSwgcHVibGljS2V5OiBjLmVkMjU1MTlQdWJsaWNLZXkocHJpdmF0ZUtleSksIGNoYWluQ29kZTogSS5zbGljZSgzMikgfTtcbn1cbiIsICJpbXBvcnQgeyB3b3JkbGlzdCBhcyBjemVjaCB9IGZyb20gJ0BzY3VyZS9iaXAzOS93b3JkbGlzdHMvY3plY2guanMnO1xuaW1wb3J0IHsgd29yZGxpc3QgYXMgZW5nbGlzaCB9IGZyb20gJ0BzY3VyZS9iaXAzOS93b3JkbGlzdHMvZW5nbGlzaC5qcyc7XG5pbXBvcnQgeyB3b3JkbGlzdCBhcyBmcmVuY2ggfSBmcm9tICdAc2N1cmUvYmlwMzkvd29yZGxpc3RzL2ZyZW5jaC5qcyc7XG5pbXBvcnQgeyB3b3JkbGlzdCBhcyBpdGFsaWFuIH0gZnJvbSAnQHNjdXJlL2JpcDM5L3dvcmRsaXN0cy9pdGFsaWFuLmpzJztcbmltcG9ydCB7IHdvcmRsaXN0IGFzIGphcGFuZXNlIH0gZnJvbSAnQHNjdXJlL2JpcDM5L3dvcmRsaXN0cy9qYXBhbmVzZS5qcyc7XG5pbXBvcnQgeyB3b3JkbGlzdCBhcyBrb3JlYW4gfSBmcm9tICdAc2N1cmUvYmlwMzkvd29yZGxpc3RzL2tvcmVhbi5qcyc7XG5pbXBvcnQgeyB3b3JkbGlzdCBhcyBwb3J0dWd1ZXNlIH0gZnJvbSAnQHNjdXJlL2JpcDM5L3dvcmRsaXN0cy9wb3J0dWd1ZXNlLmpzJztcbmltcG9ydCB7IHdvcmRsaXN0IGFzIHNpbXBsaWZpZWRDaGluZXNlIH0gZnJvbSAnQHNjdXJlL2JpcDM5L3dvcmRsaXN0cy9zaW1wbGlmaWVkLWNoaW5lc2UuanMnO1xuaW1wb3J0IHsgd29yZGxpc3QgYXMgc3BhbmlzaCB9IGZyb20gJ0BzY3VyZS9iaXAzOS93b3JkbGlzdHMvc3BhbmlzaC5qcyc7XG5pbXBvcnQgeyB3b3JkbGlzdCBhcyB0cmFkaXRpb25hbENoaW5lc2UgfSBmcm9tICdAc2N1cmUvYmlwMzkvd29yZGxpc3RzL3RyYWRpdGlvbmFsLWNoaW5lc2UuanMnO1xuXG4vKipcbiAqIFRoZSBCSVAtMzkgd29yZGxpc3RzIHNoaXBwZWQgYnkgYEBzY3VyZS9iaXAzOWAuIE90aGVyIGxpc3RzIChSdXNzaWFuLFxuICogVHVya2lzaCwgLi4uKSBjYW4gYmUgcGFzc2VkIHdoZXJldmVyIGEgYHdvcmRsaXN0YCBvcHRpb24gaXMgdGFrZW4uXG4gKi9cbmV4cG9ydCBjb25zdCBXT1JETElTVFMgPSB7XG4gIGVuZ2xpc2gsXG4gIGN6ZWNoLFxuICBmcmVuY2gsXG4gIGl0YWxpYW4sXG4gIGphcGFuZXNlLFxuICBrb3JlYW4sXG4gIHBvcnR1Z3Vlc2UsXG4gIHNwYW5pc2gsXG4gIGNoaW5lc2VTaW1wbGlmaWVkOiBzaW1wbGlmaWVkQ2hpbmVzZSxcbiAgY2hpbmVzZVRyYWRpdGlvbmFsOiB0cmFkaXRpb25hbENoaW5lc2UsXG59IGFzIGNvbnN0IHNhdGlzZmllcyBSZWNvcmQ8c3RyaW5nLCByZWFkb25seSBzdHJpbmdbXT47XG5cbi8qKiBOYW1lIG9mIGEgc2hpcHBlZCB3b3JkbGlzdC4gKi9cbmV4cG9ydCB0eXBlIFdvcmRsaXN0TmFtZSA9IGtleW9mIHR5cGVvZiBXT1JETElTVFM7XG4iLCAiLyoqIE5vZGUncyBgdXRpbC5pbnNwZWN0YCBob29rLCBsb29rZWQgdXAgYnkgaXRzIHJlZ2lzdGVyZWQgc3ltYm9sIHNvIG5vIE5vZGUgaW1wb3J0IGlzIG5lZWRlZC4gKi9cbmV4cG9ydCBjb25zdCBJTlNQRUNUID0gU3ltYm9sLmZvcignbm9kZWpzLnV0aWwuaW5zcGVjdC5jdXN0b20nKTtcbiIsICJpbXBvcnQgeyBOZXh1c0Vycm9yIH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBTaWduaW5nUHVibGljS2V5IH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9rZXlzdG9yZS5qcyc7XG5pbXBvcnQgeyB0b0hleCwgd2lwZSB9IGZyb20gJy4uL3ByaW1pdGl2ZXMvYnl0ZXMuanMnO1xuaW1wb3J0IHsgY3J5cHRvIH0gZnJvbSAnLi4vcHJpbWl0aXZlcy9wcm92aWRlci5qcyc7XG5pbXBvcnQgeyBkZXJpdmVFZDI1NTE5LCBnZW5lcmF0ZU1uZW1vbmljLCBtbmVtb25pY1RvU2VlZCB9IGZyb20gJy4vbW5lbW9uaWMuanMnO1xuaW1wb3J0IHR5cGUgeyBNbmVtb25pY1RvU2VlZE9wdGlvbnMgfSBmcm9tICcuL21uZW1vbmljLmpzJztcbmltcG9ydCB7IElOU1BFQ1QgfSBmcm9tICcuL3JlZGFjdC5qcyc7XG5pbXBvcnQgdHlwZSB7IFNpZ25lciB9IGZyb20gJy4vc2lnbmluZy5qcyc7XG5pbXBvcnQgeyB1dWlkRnJvbVB1YmxpY0tleSB9IGZyb20gJy4vdXVpZC5qcyc7XG5pbXBvcnQgdHlwZSB7IFV1aWQgfSBmcm9tICcuL3V1aWQuanMnO1xuXG4vKiogU0xJUC0wMDEwIHBhdGggb2YgdGhlIGlkZW50aXR5IGtleSAoc3BlYy9pZGVudGl0eS5tZCkuIGAyMDA0NGAgaXMgMHg0RTRDLCBcIk5MXCIuICovXG5leHBvcnQgY29uc3QgSURFTlRJVFlfS0VZX1BBVEggPSBcIm0vMjAwNDQnLzAnLzAnXCI7XG5cbi8qKlxuICogQSBOZXh1c0xpbmsgaWRlbnRpdHk6IHRoZSBFZDI1NTE5IGlkZW50aXR5IGtleSAoSUspIGFuZCB0aGUgVVVJRCBuYW1pbmcgaXQuXG4gKiBUaGUgcHJpdmF0ZSBrZXkgaXMgaGVsZCBpbiBhIHByaXZhdGUgZmllbGQ6IGl0IGRvZXMgbm90IGFwcGVhciBpblxuICogYHV0aWwuaW5zcGVjdGAsIGBKU09OLnN0cmluZ2lmeWAgb3IgYFN0cmluZygpYC5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHsgaWRlbnRpdHksIG1uZW1vbmljIH0gPSBjcmVhdGVJZGVudGl0eSgpO1xuICogY29uc29sZS5sb2coaWRlbnRpdHkudXVpZCk7XG4gKiBgYGBcbiAqL1xuZXhwb3J0IGNsYXNzIElkZW50aXR5IGltcGxlbWVudHMgU2lnbmVyIHtcbiAgcmVhZG9ubHkgI3NlZWQ6IFVpbnQ4QXJyYXk7XG4gICNkZXN0cm95ZWQgPSBmYWxzZTtcbiAgLyoqIFRoZSBpZGVudGl0eSBwdWJsaWMga2V5LiAqL1xuICByZWFkb25seSBwdWJsaWNLZXk6IFNpZ25pbmdQdWJsaWNLZXk7XG4gIC8qKiBUaGUgVVVJRCB0aGF0IG5hbWVzIHRoaXMgaWRlbnRpdHkuICovXG4gIHJlYWRvbmx5IHV1aWQ6IFV1aWQ7XG5cbiAgcHJpdmF0ZSBjb25zdHJ1Y3RvcihzZWVkOiBVaW50OEFycmF5KSB7XG4gICAgdGhpcy4jc2VlZCA9IHNlZWQuc2xpY2UoKTtcbiAgICBjb25zdCBieXRlcyA9IGNyeXB0bygpLmVkMjU1MTlQdWJsaWNLZXkodGhpcy4jc2VlZCk7XG4gICAgdGhpcy5wdWJsaWNLZXkgPSBPYmplY3QuZnJlZXplKHsgYWxnb3JpdGhtOiAnZWQyNTUxOScgYXMgY29uc3QsIGJ5dGVzIH0pO1xuICAgIHRoaXMudXVpZCA9IHV1aWRGcm9tUHVibGljS2V5KGJ5dGVzKTtcbiAgfVxuXG4gIC8qKlxuICAgKiBBbiBpZGVudGl0eSBmcm9tIGl0cyAzMi1ieXRlIEVkMjU1MTkgc2VlZCAodGhlIFNMSVAtMDAxMCBwcml2YXRlIGtleSkuXG4gICAqXG4gICAqIEB0aHJvd3MgTmV4dXNFcnJvciBgSU5WQUxJRF9LRVlgIHdoZW4gdGhlIHNlZWQgaXMgbm90IDMyIGJ5dGVzLlxuICAgKi9cbiAgc3RhdGljIGZyb21TZWVkKHNlZWQ6IFVpbnQ4QXJyYXkpOiBJZGVudGl0eSB7XG4gICAgaWYgKCEoc2VlZCBpbnN0YW5jZW9mIFVpbnQ4QXJyYXkpIHx8IHNlZWQubGVuZ3RoICE9PSAzMikge1xuICAgICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfS0VZJywgJ2lkZW50aXR5IHNlZWQgbXVzdCBiZSAzMiBieXRlcycpO1xuICAgIH1cbiAgICByZXR1cm4gbmV3IElkZW50aXR5KHNlZWQpO1xuICB9XG5cbiAgLyoqIFNpZ24gYG1lc3NhZ2VgIHdpdGggdGhlIGlkZW50aXR5IGtleS4gKi9cbiAgYXN5bmMgc2lnbihtZXNzYWdlOiBVaW50OEFycmF5KTogUHJvbWlzZTxVaW50OEFycmF5PiB7XG4gICAgaWYgKHRoaXMuI2Rlc3Ryb3llZCkgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfQVJHVU1FTlQnLCAnaWRlbnRpdHkgaGFzIGJlZW4gZGVzdHJveWVkJyk7XG4gICAgcmV0dXJuIGNyeXB0bygpLmVkMjU1MTlTaWduKHRoaXMuI3NlZWQsIG1lc3NhZ2UpO1xuICB9XG5cbiAgLyoqXG4gICAqIEEgY29weSBvZiB0aGUgMzItYnl0ZSBpZGVudGl0eSBzZWVkLCBmb3IgYmFja3Vwcy4gVHJlYXQgaXQgYXMgdGhlXG4gICAqIGlkZW50aXR5IGl0c2VsZi5cbiAgICovXG4gIGV4cG9ydFNlZWQoKTogVWludDhBcnJheSB7XG4gICAgaWYgKHRoaXMuI2Rlc3Ryb3llZCkgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfQVJHVU1FTlQnLCAnaWRlbnRpdHkgaGFzIGJlZW4gZGVzdHJveWVkJyk7XG4gICAgcmV0dXJuIHRoaXMuI3NlZWQuc2xpY2UoKTtcbiAgfVxuXG4gIC8qKiBPdmVyd3JpdGUgdGhlIHByaXZhdGUga2V5IGluIG1lbW9yeTsgdGhlIG9iamVjdCBpcyB1bnVzYWJsZSBhZnRlcndhcmRzLiAqL1xuICBkZXN0cm95KCk6IHZvaWQge1xuICAgIHdpcGUodGhpcy4jc2VlZCk7XG4gICAgdGhpcy4jZGVzdHJveWVkID0gdHJ1ZTtcbiAgfVxuXG4gIC8qKiBQdWJsaWMgZmllbGRzIG9ubHkuICovXG4gIHRvSlNPTigpOiB7IHV1aWQ6IHN0cmluZzsgcHVibGljS2V5OiBzdHJpbmcgfSB7XG4gICAgcmV0dXJuIHsgdXVpZDogdGhpcy51dWlkLCBwdWJsaWNLZXk6IHRvSGV4KHRoaXMucHVibGljS2V5LmJ5dGVzKSB9O1xuICB9XG5cbiAgLyoqIEEgc2hvcnQsIHNlY3JldC1mcmVlIGRlc2NyaXB0aW9uLiAqL1xuICB0b1N0cmluZygpOiBzdHJpbmcge1xuICAgIHJldHVybiBgSWRlbnRpdHkoJHt0aGlzLnV1aWR9KWA7XG4gIH1cblxuICAvKiogV2hhdCBgdXRpbC5pbnNwZWN0YCBwcmludHM6IHB1YmxpYyBkYXRhIG9ubHkuICovXG4gIFtJTlNQRUNUXSgpOiBzdHJpbmcge1xuICAgIHJldHVybiB0aGlzLnRvU3RyaW5nKCk7XG4gIH1cbn1cblxuLyoqXG4gKiBUaGUgaWRlbnRpdHkgYSBtbmVtb25pYyByZWNvdmVyczogQklQLTM5IHNlZWQsIHRoZW4gU0xJUC0wMDEwIGVkMjU1MTkgYXRcbiAqIHtAbGluayBJREVOVElUWV9LRVlfUEFUSH0uXG4gKlxuICogQHRocm93cyBOZXh1c0Vycm9yIGBJTlZBTElEX01ORU1PTklDYC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlkZW50aXR5RnJvbU1uZW1vbmljKFxuICBtbmVtb25pYzogc3RyaW5nLFxuICBwYXNzcGhyYXNlID0gJycsXG4gIG9wdGlvbnM/OiBNbmVtb25pY1RvU2VlZE9wdGlvbnMsXG4pOiBJZGVudGl0eSB7XG4gIGNvbnN0IHNlZWQgPSBtbmVtb25pY1RvU2VlZChtbmVtb25pYywgcGFzc3BocmFzZSwgb3B0aW9ucyk7XG4gIGNvbnN0IG5vZGUgPSBkZXJpdmVFZDI1NTE5KHNlZWQsIElERU5USVRZX0tFWV9QQVRIKTtcbiAgY29uc3QgaWRlbnRpdHkgPSBJZGVudGl0eS5mcm9tU2VlZChub2RlLnByaXZhdGVLZXkpO1xuICB3aXBlKHNlZWQsIG5vZGUucHJpdmF0ZUtleSwgbm9kZS5jaGFpbkNvZGUpO1xuICByZXR1cm4gaWRlbnRpdHk7XG59XG5cbi8qKlxuICogQSBicmFuZC1uZXcgaWRlbnRpdHkgYW5kIHRoZSAyNC13b3JkIG1uZW1vbmljIHRoYXQgcmVjb3ZlcnMgaXQuIFNob3cgdGhlXG4gKiBtbmVtb25pYyB0byB0aGUgdXNlciBvbmNlOyBuZXZlciBzdG9yZSBvciBsb2cgaXQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjcmVhdGVJZGVudGl0eShcbiAgb3B0aW9uczogeyBwYXNzcGhyYXNlPzogc3RyaW5nOyB3b3Jkcz86IDEyIHwgMTUgfCAxOCB8IDIxIHwgMjQgfSA9IHt9LFxuKToge1xuICBpZGVudGl0eTogSWRlbnRpdHk7XG4gIG1uZW1vbmljOiBzdHJpbmc7XG59IHtcbiAgY29uc3QgbW5lbW9uaWMgPSBnZW5lcmF0ZU1uZW1vbmljKG9wdGlvbnMud29yZHMgPT09IHVuZGVmaW5lZCA/IHt9IDogeyB3b3Jkczogb3B0aW9ucy53b3JkcyB9KTtcbiAgcmV0dXJuIHsgaWRlbnRpdHk6IGlkZW50aXR5RnJvbU1uZW1vbmljKG1uZW1vbmljLCBvcHRpb25zLnBhc3NwaHJhc2UgPz8gJycpLCBtbmVtb25pYyB9O1xufVxuIiwgImltcG9ydCB7IE5leHVzRXJyb3IgfSBmcm9tICcuLi9pbnRlcmZhY2VzL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7IFNpZ25pbmdQdWJsaWNLZXkgfSBmcm9tICcuLi9pbnRlcmZhY2VzL2tleXN0b3JlLmpzJztcbmltcG9ydCB7IHRvSGV4LCB3aXBlIH0gZnJvbSAnLi4vcHJpbWl0aXZlcy9ieXRlcy5qcyc7XG5pbXBvcnQgeyBjcnlwdG8gfSBmcm9tICcuLi9wcmltaXRpdmVzL3Byb3ZpZGVyLmpzJztcbmltcG9ydCB7IElOU1BFQ1QgfSBmcm9tICcuL3JlZGFjdC5qcyc7XG5pbXBvcnQgdHlwZSB7IFNpZ25lciB9IGZyb20gJy4vc2lnbmluZy5qcyc7XG5cbi8qKlxuICogQW4gRWQyNTUxOSBrZXkgcGFpciBoZWxkIGluIG1lbW9yeSwgdXNlZCBmb3IgdGhlIHNlbGYtc2lnbmluZyBrZXkgKFNTSyksXG4gKiB3aGljaCBpcyBiYWNrZWQgdXAgd2l0aCB0aGUgaWRlbnRpdHkuIFRoZSBzZWVkIGlzIGluIGEgcHJpdmF0ZSBmaWVsZCBhbmRcbiAqIGlzIG5ldmVyIHByaW50ZWQuXG4gKi9cbmV4cG9ydCBjbGFzcyBTaWduaW5nS2V5UGFpciBpbXBsZW1lbnRzIFNpZ25lciB7XG4gIHJlYWRvbmx5ICNzZWVkOiBVaW50OEFycmF5O1xuICByZWFkb25seSBwdWJsaWNLZXk6IFNpZ25pbmdQdWJsaWNLZXk7XG5cbiAgcHJpdmF0ZSBjb25zdHJ1Y3RvcihzZWVkOiBVaW50OEFycmF5KSB7XG4gICAgdGhpcy4jc2VlZCA9IHNlZWQ7XG4gICAgdGhpcy5wdWJsaWNLZXkgPSBPYmplY3QuZnJlZXplKHtcbiAgICAgIGFsZ29yaXRobTogJ2VkMjU1MTknIGFzIGNvbnN0LFxuICAgICAgYnl0ZXM6IGNyeXB0bygpLmVkMjU1MTlQdWJsaWNLZXkoc2VlZCksXG4gICAgfSk7XG4gIH1cblxuICAvKiogQSBmcmVzaCByYW5kb20ga2V5IHBhaXIuICovXG4gIHN0YXRpYyBnZW5lcmF0ZSgpOiBTaWduaW5nS2V5UGFpciB7XG4gICAgcmV0dXJuIG5ldyBTaWduaW5nS2V5UGFpcihjcnlwdG8oKS5yYW5kb21CeXRlcygzMikpO1xuICB9XG5cbiAgLyoqIEEga2V5IHBhaXIgZnJvbSBpdHMgMzItYnl0ZSBFZDI1NTE5IHNlZWQuIEB0aHJvd3MgTmV4dXNFcnJvciBgSU5WQUxJRF9LRVlgLiAqL1xuICBzdGF0aWMgZnJvbVNlZWQoc2VlZDogVWludDhBcnJheSk6IFNpZ25pbmdLZXlQYWlyIHtcbiAgICBpZiAoIShzZWVkIGluc3RhbmNlb2YgVWludDhBcnJheSkgfHwgc2VlZC5sZW5ndGggIT09IDMyKVxuICAgICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfS0VZJywgJ0VkMjU1MTkgc2VlZCBtdXN0IGJlIDMyIGJ5dGVzJyk7XG4gICAgcmV0dXJuIG5ldyBTaWduaW5nS2V5UGFpcihzZWVkLnNsaWNlKCkpO1xuICB9XG5cbiAgYXN5bmMgc2lnbihtZXNzYWdlOiBVaW50OEFycmF5KTogUHJvbWlzZTxVaW50OEFycmF5PiB7XG4gICAgcmV0dXJuIGNyeXB0bygpLmVkMjU1MTlTaWduKHRoaXMuI3NlZWQsIG1lc3NhZ2UpO1xuICB9XG5cbiAgLyoqIEEgY29weSBvZiB0aGUgc2VlZCwgZm9yIGVuY3J5cHRlZCBiYWNrdXBzLiAqL1xuICBleHBvcnRTZWVkKCk6IFVpbnQ4QXJyYXkge1xuICAgIHJldHVybiB0aGlzLiNzZWVkLnNsaWNlKCk7XG4gIH1cblxuICAvKiogT3ZlcndyaXRlIHRoZSBzZWVkIGluIG1lbW9yeS4gKi9cbiAgZGVzdHJveSgpOiB2b2lkIHtcbiAgICB3aXBlKHRoaXMuI3NlZWQpO1xuICB9XG5cbiAgLyoqIFB1YmxpYyBmaWVsZHMgb25seS4gKi9cbiAgdG9KU09OKCk6IHsgcHVibGljS2V5OiBzdHJpbmcgfSB7XG4gICAgcmV0dXJuIHsgcHVibGljS2V5OiB0b0hleCh0aGlzLnB1YmxpY0tleS5ieXRlcykgfTtcbiAgfVxuXG4gIC8qKiBBIHNob3J0LCBzZWNyZXQtZnJlZSBkZXNjcmlwdGlvbi4gKi9cbiAgdG9TdHJpbmcoKTogc3RyaW5nIHtcbiAgICByZXR1cm4gYFNpZ25pbmdLZXlQYWlyKCR7dG9IZXgodGhpcy5wdWJsaWNLZXkuYnl0ZXMpLnNsaWNlKDAsIDE2KX1cdTIwMjYpYDtcbiAgfVxuXG4gIC8qKiBXaGF0IGB1dGlsLmluc3BlY3RgIHByaW50czogcHVibGljIGRhdGEgb25seS4gKi9cbiAgW0lOU1BFQ1RdKCk6IHN0cmluZyB7XG4gICAgcmV0dXJuIHRoaXMudG9TdHJpbmcoKTtcbiAgfVxufVxuIiwgImltcG9ydCB7IE5leHVzRXJyb3IgfSBmcm9tICcuLi9pbnRlcmZhY2VzL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyB0b0hleCwgd2lwZSB9IGZyb20gJy4uL3ByaW1pdGl2ZXMvYnl0ZXMuanMnO1xuaW1wb3J0IHsgY3J5cHRvIH0gZnJvbSAnLi4vcHJpbWl0aXZlcy9wcm92aWRlci5qcyc7XG5pbXBvcnQgeyBJTlNQRUNUIH0gZnJvbSAnLi9yZWRhY3QuanMnO1xuXG4vKipcbiAqIEEgZGV2aWNlJ3MgWDI1NTE5IGtleS1hZ3JlZW1lbnQga2V5IHBhaXIgKFJGQyA3NzQ4KS4gVGhlIHNlY3JldCBpcyBoZWxkIGluXG4gKiBhIHByaXZhdGUgZmllbGQgYW5kIG5ldmVyIHByaW50ZWQuXG4gKi9cbmV4cG9ydCBjbGFzcyBLZXlBZ3JlZW1lbnRLZXlQYWlyIHtcbiAgcmVhZG9ubHkgI3NlY3JldDogVWludDhBcnJheTtcbiAgLyoqIFRoZSAzMi1ieXRlIHB1YmxpYyBrZXksIGNlcnRpZmllZCBpbiB0aGUgZGV2aWNlIGNlcnRpZmljYXRlLiAqL1xuICByZWFkb25seSBwdWJsaWNLZXk6IFVpbnQ4QXJyYXk7XG5cbiAgcHJpdmF0ZSBjb25zdHJ1Y3RvcihzZWNyZXQ6IFVpbnQ4QXJyYXkpIHtcbiAgICB0aGlzLiNzZWNyZXQgPSBzZWNyZXQ7XG4gICAgdGhpcy5wdWJsaWNLZXkgPSBjcnlwdG8oKS54MjU1MTlQdWJsaWNLZXkoc2VjcmV0KTtcbiAgfVxuXG4gIC8qKiBBIGZyZXNoIHJhbmRvbSBrZXkgcGFpci4gKi9cbiAgc3RhdGljIGdlbmVyYXRlKCk6IEtleUFncmVlbWVudEtleVBhaXIge1xuICAgIHJldHVybiBuZXcgS2V5QWdyZWVtZW50S2V5UGFpcihjcnlwdG8oKS5yYW5kb21CeXRlcygzMikpO1xuICB9XG5cbiAgLyoqIEEga2V5IHBhaXIgZnJvbSBpdHMgMzItYnl0ZSBzZWNyZXQuIEB0aHJvd3MgTmV4dXNFcnJvciBgSU5WQUxJRF9LRVlgLiAqL1xuICBzdGF0aWMgZnJvbVNlY3JldChzZWNyZXQ6IFVpbnQ4QXJyYXkpOiBLZXlBZ3JlZW1lbnRLZXlQYWlyIHtcbiAgICBpZiAoIShzZWNyZXQgaW5zdGFuY2VvZiBVaW50OEFycmF5KSB8fCBzZWNyZXQubGVuZ3RoICE9PSAzMilcbiAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX0tFWScsICdYMjU1MTkgc2VjcmV0IG11c3QgYmUgMzIgYnl0ZXMnKTtcbiAgICByZXR1cm4gbmV3IEtleUFncmVlbWVudEtleVBhaXIoc2VjcmV0LnNsaWNlKCkpO1xuICB9XG5cbiAgLyoqXG4gICAqIFgyNTUxOSB3aXRoIGEgcGVlcidzIHB1YmxpYyBrZXkuXG4gICAqXG4gICAqIEB0aHJvd3MgTmV4dXNFcnJvciBgSU5WQUxJRF9LRVlgIHdoZW4gdGhlIHJlc3VsdCBpcyBhbGwgemVyb3MgKGEgbG93LW9yZGVyIHBlZXIga2V5KS5cbiAgICovXG4gIGFncmVlKHBlZXJQdWJsaWNLZXk6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5IHtcbiAgICBjb25zdCBzaGFyZWQgPVxuICAgICAgcGVlclB1YmxpY0tleSBpbnN0YW5jZW9mIFVpbnQ4QXJyYXkgJiYgcGVlclB1YmxpY0tleS5sZW5ndGggPT09IDMyXG4gICAgICAgID8gY3J5cHRvKCkueDI1NTE5KHRoaXMuI3NlY3JldCwgcGVlclB1YmxpY0tleSlcbiAgICAgICAgOiBudWxsO1xuICAgIGlmIChzaGFyZWQgPT09IG51bGwpXG4gICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcihcbiAgICAgICAgJ0lOVkFMSURfS0VZJyxcbiAgICAgICAgJ1gyNTUxOSB3aXRoIHRoaXMgcHVibGljIGtleSBmYWlsZWQgKGxvdy1vcmRlciBvciBtYWxmb3JtZWQga2V5KScsXG4gICAgICApO1xuICAgIHJldHVybiBzaGFyZWQ7XG4gIH1cblxuICAvKiogQSBjb3B5IG9mIHRoZSBzZWNyZXQsIGZvciBlbmNyeXB0ZWQgcGVyc2lzdGVuY2UuICovXG4gIGV4cG9ydFNlY3JldCgpOiBVaW50OEFycmF5IHtcbiAgICByZXR1cm4gdGhpcy4jc2VjcmV0LnNsaWNlKCk7XG4gIH1cblxuICAvKiogT3ZlcndyaXRlIHRoZSBzZWNyZXQgaW4gbWVtb3J5LiAqL1xuICBkZXN0cm95KCk6IHZvaWQge1xuICAgIHdpcGUodGhpcy4jc2VjcmV0KTtcbiAgfVxuXG4gIC8qKiBQdWJsaWMgZmllbGRzIG9ubHkuICovXG4gIHRvSlNPTigpOiB7IHB1YmxpY0tleTogc3RyaW5nIH0ge1xuICAgIHJldHVybiB7IHB1YmxpY0tleTogdG9IZXgodGhpcy5wdWJsaWNLZXkpIH07XG4gIH1cblxuICAvKiogQSBzaG9ydCwgc2VjcmV0LWZyZWUgZGVzY3JpcHRpb24uICovXG4gIHRvU3RyaW5nKCk6IHN0cmluZyB7XG4gICAgcmV0dXJuIGBLZXlBZ3JlZW1lbnRLZXlQYWlyKCR7dG9IZXgodGhpcy5wdWJsaWNLZXkpLnNsaWNlKDAsIDE2KX1cdTIwMjYpYDtcbiAgfVxuXG4gIC8qKiBXaGF0IGB1dGlsLmluc3BlY3RgIHByaW50czogcHVibGljIGRhdGEgb25seS4gKi9cbiAgW0lOU1BFQ1RdKCk6IHN0cmluZyB7XG4gICAgcmV0dXJuIHRoaXMudG9TdHJpbmcoKTtcbiAgfVxufVxuIiwgIi8vIEBnZW5lcmF0ZWQgYnkgcHJvdG9jLWdlbi1lcyB2Mi4xNy4wIHdpdGggcGFyYW1ldGVyIFwidGFyZ2V0PXRzLGltcG9ydF9leHRlbnNpb249anNcIlxuLy8gQGdlbmVyYXRlZCBmcm9tIGZpbGUgbmV4dXNsaW5rL3YxL2tleXMucHJvdG8gKHBhY2thZ2UgbmV4dXNsaW5rLnYxLCBzeW50YXggcHJvdG8zKVxuLyogZXNsaW50LWRpc2FibGUgKi9cblxuaW1wb3J0IHR5cGUgeyBHZW5FbnVtLCBHZW5GaWxlLCBHZW5NZXNzYWdlIH0gZnJvbSBcIkBidWZidWlsZC9wcm90b2J1Zi9jb2RlZ2VudjJcIjtcbmltcG9ydCB7IGVudW1EZXNjLCBmaWxlRGVzYywgbWVzc2FnZURlc2MgfSBmcm9tIFwiQGJ1ZmJ1aWxkL3Byb3RvYnVmL2NvZGVnZW52MlwiO1xuaW1wb3J0IHR5cGUgeyBNZXNzYWdlIH0gZnJvbSBcIkBidWZidWlsZC9wcm90b2J1ZlwiO1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgZmlsZSBuZXh1c2xpbmsvdjEva2V5cy5wcm90by5cbiAqL1xuZXhwb3J0IGNvbnN0IGZpbGVfbmV4dXNsaW5rX3YxX2tleXM6IEdlbkZpbGUgPSAvKkBfX1BVUkVfXyovXG4gIGZpbGVEZXNjKFwiQ2hkdVpYaDFjMnhwYm1zdmRqRXZhMlY1Y3k1d2NtOTBieElNYm1WNGRYTnNhVzVyTG5ZeElrY0tDVkIxWW14cFkwdGxlUkl0Q2dsaGJHZHZjbWwwYUcwWUFTQUJLQTR5R2k1dVpYaDFjMnhwYm1zdWRqRXVTMlY1UVd4bmIzSnBkR2h0RWdzS0EydGxlUmdDSUFFb0RDcTlBUW9NUzJWNVFXeG5iM0pwZEdodEVoMEtHVXRGV1Y5QlRFZFBVa2xVU0UxZlZVNVRVRVZEU1VaSlJVUVFBQklaQ2hWTFJWbGZRVXhIVDFKSlZFaE5YMFZFTWpVMU1Ua1FBUkljQ2hoTFJWbGZRVXhIVDFKSlZFaE5YMFZEUkZOQlgxQXlOVFlRQWhJWUNoUkxSVmxmUVV4SFQxSkpWRWhOWDFneU5UVXhPUkFERWh3S0dFdEZXVjlCVEVkUFVrbFVTRTFmVFV4ZlMwVk5YemMyT0JBRUVoMEtHVXRGV1Y5QlRFZFBVa2xVU0UxZlRVeGZTMFZOWHpFd01qUVFCV0lHY0hKdmRHOHpcIik7XG5cbi8qKlxuICogQSBwdWJsaWMga2V5IHdpdGggaXRzIGFsZ29yaXRobSB0YWcuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlB1YmxpY0tleVxuICovXG5leHBvcnQgdHlwZSBQdWJsaWNLZXkgPSBNZXNzYWdlPFwibmV4dXNsaW5rLnYxLlB1YmxpY0tleVwiPiAmIHtcbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogbmV4dXNsaW5rLnYxLktleUFsZ29yaXRobSBhbGdvcml0aG0gPSAxO1xuICAgKi9cbiAgYWxnb3JpdGhtOiBLZXlBbGdvcml0aG07XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMga2V5ID0gMjtcbiAgICovXG4gIGtleTogVWludDhBcnJheTtcbn07XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBtZXNzYWdlIG5leHVzbGluay52MS5QdWJsaWNLZXkuXG4gKiBVc2UgYGNyZWF0ZShQdWJsaWNLZXlTY2hlbWEpYCB0byBjcmVhdGUgYSBuZXcgbWVzc2FnZS5cbiAqL1xuZXhwb3J0IGNvbnN0IFB1YmxpY0tleVNjaGVtYTogR2VuTWVzc2FnZTxQdWJsaWNLZXk+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9rZXlzLCAwKTtcblxuLyoqXG4gKiBBbGdvcml0aG0gb2YgYSBwdWJsaWMga2V5LiBUaGUgdGFnIHRyYXZlbHMgd2l0aCBldmVyeSBrZXkgc28gc2lnbmF0dXJlc1xuICogc3RheSBhbGdvcml0aG0tYWdpbGUgKGhhcmR3YXJlIGtleXMgYXJlIFAtMjU2LCBpZGVudGl0eSBrZXlzIEVkMjU1MTkpLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBlbnVtIG5leHVzbGluay52MS5LZXlBbGdvcml0aG1cbiAqL1xuZXhwb3J0IGVudW0gS2V5QWxnb3JpdGhtIHtcbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBlbnVtIHZhbHVlOiBLRVlfQUxHT1JJVEhNX1VOU1BFQ0lGSUVEID0gMDtcbiAgICovXG4gIFVOU1BFQ0lGSUVEID0gMCxcblxuICAvKipcbiAgICogUkZDIDgwMzIgRWQyNTUxOTsga2V5IGlzIDMyIGJ5dGVzLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZW51bSB2YWx1ZTogS0VZX0FMR09SSVRITV9FRDI1NTE5ID0gMTtcbiAgICovXG4gIEVEMjU1MTkgPSAxLFxuXG4gIC8qKlxuICAgKiBFQ0RTQSBQLTI1NiB3aXRoIFNIQS0yNTY7IGtleSBpcyB0aGUgMzMtYnl0ZSBTRUMxIGNvbXByZXNzZWQgcG9pbnQsXG4gICAqIHNpZ25hdHVyZXMgYXJlIDY0LWJ5dGUgcnx8cyB3aXRoIGxvdyBTLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZW51bSB2YWx1ZTogS0VZX0FMR09SSVRITV9FQ0RTQV9QMjU2ID0gMjtcbiAgICovXG4gIEVDRFNBX1AyNTYgPSAyLFxuXG4gIC8qKlxuICAgKiBSRkMgNzc0OCBYMjU1MTkga2V5IGFncmVlbWVudDsga2V5IGlzIDMyIGJ5dGVzLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZW51bSB2YWx1ZTogS0VZX0FMR09SSVRITV9YMjU1MTkgPSAzO1xuICAgKi9cbiAgWDI1NTE5ID0gMyxcblxuICAvKipcbiAgICogRklQUyAyMDMgTUwtS0VNLTc2OCBlbmNhcHN1bGF0aW9uIGtleTsgMTE4NCBieXRlcy5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGVudW0gdmFsdWU6IEtFWV9BTEdPUklUSE1fTUxfS0VNXzc2OCA9IDQ7XG4gICAqL1xuICBNTF9LRU1fNzY4ID0gNCxcblxuICAvKipcbiAgICogRklQUyAyMDMgTUwtS0VNLTEwMjQgZW5jYXBzdWxhdGlvbiBrZXk7IDE1NjggYnl0ZXMuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBlbnVtIHZhbHVlOiBLRVlfQUxHT1JJVEhNX01MX0tFTV8xMDI0ID0gNTtcbiAgICovXG4gIE1MX0tFTV8xMDI0ID0gNSxcbn1cblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIGVudW0gbmV4dXNsaW5rLnYxLktleUFsZ29yaXRobS5cbiAqL1xuZXhwb3J0IGNvbnN0IEtleUFsZ29yaXRobVNjaGVtYTogR2VuRW51bTxLZXlBbGdvcml0aG0+ID0gLypAX19QVVJFX18qL1xuICBlbnVtRGVzYyhmaWxlX25leHVzbGlua192MV9rZXlzLCAwKTtcblxuIiwgIi8vIEBnZW5lcmF0ZWQgYnkgcHJvdG9jLWdlbi1lcyB2Mi4xNy4wIHdpdGggcGFyYW1ldGVyIFwidGFyZ2V0PXRzLGltcG9ydF9leHRlbnNpb249anNcIlxuLy8gQGdlbmVyYXRlZCBmcm9tIGZpbGUgbmV4dXNsaW5rL3YxL2lkZW50aXR5LnByb3RvIChwYWNrYWdlIG5leHVzbGluay52MSwgc3ludGF4IHByb3RvMylcbi8qIGVzbGludC1kaXNhYmxlICovXG5cbmltcG9ydCB0eXBlIHsgR2VuRW51bSwgR2VuRmlsZSwgR2VuTWVzc2FnZSB9IGZyb20gXCJAYnVmYnVpbGQvcHJvdG9idWYvY29kZWdlbnYyXCI7XG5pbXBvcnQgeyBlbnVtRGVzYywgZmlsZURlc2MsIG1lc3NhZ2VEZXNjIH0gZnJvbSBcIkBidWZidWlsZC9wcm90b2J1Zi9jb2RlZ2VudjJcIjtcbmltcG9ydCB0eXBlIHsgUHVibGljS2V5IH0gZnJvbSBcIi4va2V5c19wYi5qc1wiO1xuaW1wb3J0IHsgZmlsZV9uZXh1c2xpbmtfdjFfa2V5cyB9IGZyb20gXCIuL2tleXNfcGIuanNcIjtcbmltcG9ydCB0eXBlIHsgTWVzc2FnZSB9IGZyb20gXCJAYnVmYnVpbGQvcHJvdG9idWZcIjtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIGZpbGUgbmV4dXNsaW5rL3YxL2lkZW50aXR5LnByb3RvLlxuICovXG5leHBvcnQgY29uc3QgZmlsZV9uZXh1c2xpbmtfdjFfaWRlbnRpdHk6IEdlbkZpbGUgPSAvKkBfX1BVUkVfXyovXG4gIGZpbGVEZXNjKFwiQ2h0dVpYaDFjMnhwYm1zdmRqRXZhV1JsYm5ScGRIa3VjSEp2ZEc4U0RHNWxlSFZ6YkdsdWF5NTJNU0l3Q2cxVGFXZHVaV1JOWlhOellXZGxFZ3dLQkdKdlpIa1lBU0FCS0F3U0VRb0pjMmxuYm1GMGRYSmxHQUlnQVNnTUlxSUJDaDFUWld4bVUybG5ibWx1WjB0bGVVTmxjblJwWm1sallYUmxRbTlrZVJJUENnZDJaWEp6YVc5dUdBRWdBU2dORWhRS0RHbGtaVzUwYVhSNVgydGxlUmdDSUFFb0RCSXNDZ3R6YVdkdWFXNW5YMnRsZVJnRElBRW9DeklYTG01bGVIVnpiR2x1YXk1Mk1TNVFkV0pzYVdOTFpYa1NGUW9OWTNKbFlYUmxaRjloZEY5dGN4Z0VJQUVvQkJJVkNnMWxlSEJwY21WelgyRjBYMjF6R0FVZ0FTZ0VJcVFDQ2hWRVpYWnBZMlZEWlhKMGFXWnBZMkYwWlVKdlpIa1NEd29IZG1WeWMybHZiaGdCSUFFb0RSSVVDZ3hwWkdWdWRHbDBlVjlyWlhrWUFpQUJLQXdTRVFvSlpHVjJhV05sWDJsa0dBTWdBU2dNRWhRS0RHUnBjM0JzWVhsZmJtRnRaUmdFSUFFb0NSSXNDZ3R6YVdkdWFXNW5YMnRsZVJnRklBRW9DeklYTG01bGVIVnpiR2x1YXk1Mk1TNVFkV0pzYVdOTFpYa1NNZ29SYTJWNVgyRm5jbVZsYldWdWRGOXJaWGtZQmlBQktBc3lGeTV1WlhoMWMyeHBibXN1ZGpFdVVIVmliR2xqUzJWNUVpc0tDbWx6YzNWbGNsOXJaWGtZQnlBQktBc3lGeTV1WlhoMWMyeHBibXN1ZGpFdVVIVmliR2xqUzJWNUVoVUtEV055WldGMFpXUmZZWFJmYlhNWUNDQUJLQVFTRlFvTlpYaHdhWEpsYzE5aGRGOXRjeGdKSUFFb0JDSnBDZzFTWlhadmEyVmtSR1YyYVdObEVoRUtDV1JsZG1salpWOXBaQmdCSUFFb0RCSVZDZzF5WlhadmEyVmtYMkYwWDIxekdBSWdBU2dFRWk0S0JuSmxZWE52YmhnRElBRW9EakllTG01bGVIVnpiR2x1YXk1Mk1TNVNaWFp2WTJGMGFXOXVVbVZoYzI5dUlyd0JDaEpTWlhadlkyRjBhVzl1VEdsemRFSnZaSGtTRHdvSGRtVnljMmx2YmhnQklBRW9EUklVQ2d4cFpHVnVkR2wwZVY5clpYa1lBaUFCS0F3U0Rnb0djMlZ5YVdGc0dBTWdBU2dFRWhRS0RHbHpjM1ZsWkY5aGRGOXRjeGdFSUFFb0JCSXNDZ2RrWlhacFkyVnpHQVVnQXlnTE1oc3VibVY0ZFhOc2FXNXJMbll4TGxKbGRtOXJaV1JFWlhacFkyVVNLd29LYVhOemRXVnlYMnRsZVJnR0lBRW9DeklYTG01bGVIVnpiR2x1YXk1Mk1TNVFkV0pzYVdOTFpYa3Frd0VLRUZKbGRtOWpZWFJwYjI1U1pXRnpiMjRTSVFvZFVrVldUME5CVkVsUFRsOVNSVUZUVDA1ZlZVNVRVRVZEU1VaSlJVUVFBQklhQ2haU1JWWlBRMEZVU1U5T1gxSkZRVk5QVGw5TVQxTlVFQUVTSVFvZFVrVldUME5CVkVsUFRsOVNSVUZUVDA1ZlEwOU5VRkpQVFVsVFJVUVFBaElkQ2hsU1JWWlBRMEZVU1U5T1gxSkZRVk5QVGw5U1JWUkpVa1ZFRUFOaUJuQnliM1J2TXdcIiwgW2ZpbGVfbmV4dXNsaW5rX3YxX2tleXNdKTtcblxuLyoqXG4gKiBBIGNlcnRpZmljYXRlOiBgYm9keWAgaXMgdGhlIGV4YWN0IGVuY29kZWQgVEJTIG1lc3NhZ2UgYW5kIGBzaWduYXR1cmVgIGlzXG4gKiBvdmVyIGBsYWJlbCB8fCAweDAwIHx8IGJvZHlgIChsYWJlbHMgaW4gc3BlYy9pZGVudGl0eS5tZCkuIFNpZ25pbmcgdGhlXG4gKiB0cmFuc21pdHRlZCBieXRlcywgbm90IGEgcmUtZW5jb2RpbmcsIG1lYW5zIHZlcmlmaWVycyBuZXZlciBjYW5vbmljYWxpc2UuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlNpZ25lZE1lc3NhZ2VcbiAqL1xuZXhwb3J0IHR5cGUgU2lnbmVkTWVzc2FnZSA9IE1lc3NhZ2U8XCJuZXh1c2xpbmsudjEuU2lnbmVkTWVzc2FnZVwiPiAmIHtcbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgYm9keSA9IDE7XG4gICAqL1xuICBib2R5OiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIHNpZ25hdHVyZSA9IDI7XG4gICAqL1xuICBzaWduYXR1cmU6IFVpbnQ4QXJyYXk7XG59O1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgbWVzc2FnZSBuZXh1c2xpbmsudjEuU2lnbmVkTWVzc2FnZS5cbiAqIFVzZSBgY3JlYXRlKFNpZ25lZE1lc3NhZ2VTY2hlbWEpYCB0byBjcmVhdGUgYSBuZXcgbWVzc2FnZS5cbiAqL1xuZXhwb3J0IGNvbnN0IFNpZ25lZE1lc3NhZ2VTY2hlbWE6IEdlbk1lc3NhZ2U8U2lnbmVkTWVzc2FnZT4gPSAvKkBfX1BVUkVfXyovXG4gIG1lc3NhZ2VEZXNjKGZpbGVfbmV4dXNsaW5rX3YxX2lkZW50aXR5LCAwKTtcblxuLyoqXG4gKiBCb2R5IG9mIGEgc2VsZi1zaWduaW5nIGtleSBjZXJ0aWZpY2F0ZSwgc2lnbmVkIGJ5IHRoZSBpZGVudGl0eSBrZXkuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlNlbGZTaWduaW5nS2V5Q2VydGlmaWNhdGVCb2R5XG4gKi9cbmV4cG9ydCB0eXBlIFNlbGZTaWduaW5nS2V5Q2VydGlmaWNhdGVCb2R5ID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5TZWxmU2lnbmluZ0tleUNlcnRpZmljYXRlQm9keVwiPiAmIHtcbiAgLyoqXG4gICAqIEZvcm1hdCB2ZXJzaW9uOyAxLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiB2ZXJzaW9uID0gMTtcbiAgICovXG4gIHZlcnNpb246IG51bWJlcjtcblxuICAvKipcbiAgICogRWQyNTUxOSBpZGVudGl0eSBrZXkgKDMyIGJ5dGVzKSBvZiB0aGUgaXNzdWVyLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIGlkZW50aXR5X2tleSA9IDI7XG4gICAqL1xuICBpZGVudGl0eUtleTogVWludDhBcnJheTtcblxuICAvKipcbiAgICogVGhlIGNlcnRpZmllZCBzZWxmLXNpZ25pbmcga2V5LlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IG5leHVzbGluay52MS5QdWJsaWNLZXkgc2lnbmluZ19rZXkgPSAzO1xuICAgKi9cbiAgc2lnbmluZ0tleT86IFB1YmxpY0tleSB8IHVuZGVmaW5lZDtcblxuICAvKipcbiAgICogTWlsbGlzZWNvbmRzIHNpbmNlIHRoZSBVbml4IGVwb2NoLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQ2NCBjcmVhdGVkX2F0X21zID0gNDtcbiAgICovXG4gIGNyZWF0ZWRBdE1zOiBiaWdpbnQ7XG5cbiAgLyoqXG4gICAqIDAgPSBubyBleHBpcnkuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDY0IGV4cGlyZXNfYXRfbXMgPSA1O1xuICAgKi9cbiAgZXhwaXJlc0F0TXM6IGJpZ2ludDtcbn07XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBtZXNzYWdlIG5leHVzbGluay52MS5TZWxmU2lnbmluZ0tleUNlcnRpZmljYXRlQm9keS5cbiAqIFVzZSBgY3JlYXRlKFNlbGZTaWduaW5nS2V5Q2VydGlmaWNhdGVCb2R5U2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBTZWxmU2lnbmluZ0tleUNlcnRpZmljYXRlQm9keVNjaGVtYTogR2VuTWVzc2FnZTxTZWxmU2lnbmluZ0tleUNlcnRpZmljYXRlQm9keT4gPSAvKkBfX1BVUkVfXyovXG4gIG1lc3NhZ2VEZXNjKGZpbGVfbmV4dXNsaW5rX3YxX2lkZW50aXR5LCAxKTtcblxuLyoqXG4gKiBCb2R5IG9mIGEgZGV2aWNlIGNlcnRpZmljYXRlLCBzaWduZWQgYnkgdGhlIHNlbGYtc2lnbmluZyBrZXkuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLkRldmljZUNlcnRpZmljYXRlQm9keVxuICovXG5leHBvcnQgdHlwZSBEZXZpY2VDZXJ0aWZpY2F0ZUJvZHkgPSBNZXNzYWdlPFwibmV4dXNsaW5rLnYxLkRldmljZUNlcnRpZmljYXRlQm9keVwiPiAmIHtcbiAgLyoqXG4gICAqIEZvcm1hdCB2ZXJzaW9uOyAxLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiB2ZXJzaW9uID0gMTtcbiAgICovXG4gIHZlcnNpb246IG51bWJlcjtcblxuICAvKipcbiAgICogRWQyNTUxOSBpZGVudGl0eSBrZXkgKDMyIGJ5dGVzKSB0aGUgZGV2aWNlIGJlbG9uZ3MgdG8uXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgaWRlbnRpdHlfa2V5ID0gMjtcbiAgICovXG4gIGlkZW50aXR5S2V5OiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiAxNiByYW5kb20gYnl0ZXMgbmFtaW5nIHRoZSBkZXZpY2UuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgZGV2aWNlX2lkID0gMztcbiAgICovXG4gIGRldmljZUlkOiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBVVEYtOCwgYXQgbW9zdCA2NCBieXRlcy5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBzdHJpbmcgZGlzcGxheV9uYW1lID0gNDtcbiAgICovXG4gIGRpc3BsYXlOYW1lOiBzdHJpbmc7XG5cbiAgLyoqXG4gICAqIFRoZSBkZXZpY2Ugc2lnbmluZyBrZXkgKEVkMjU1MTkgb3IgRUNEU0EgUC0yNTY7IHBvc3NpYmx5IGluIGhhcmR3YXJlKS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBuZXh1c2xpbmsudjEuUHVibGljS2V5IHNpZ25pbmdfa2V5ID0gNTtcbiAgICovXG4gIHNpZ25pbmdLZXk/OiBQdWJsaWNLZXkgfCB1bmRlZmluZWQ7XG5cbiAgLyoqXG4gICAqIFRoZSBkZXZpY2UgWDI1NTE5IGtleS1hZ3JlZW1lbnQga2V5LlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IG5leHVzbGluay52MS5QdWJsaWNLZXkga2V5X2FncmVlbWVudF9rZXkgPSA2O1xuICAgKi9cbiAga2V5QWdyZWVtZW50S2V5PzogUHVibGljS2V5IHwgdW5kZWZpbmVkO1xuXG4gIC8qKlxuICAgKiBUaGUgc2VsZi1zaWduaW5nIGtleSB0aGF0IGlzc3VlZCB0aGlzIGNlcnRpZmljYXRlLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IG5leHVzbGluay52MS5QdWJsaWNLZXkgaXNzdWVyX2tleSA9IDc7XG4gICAqL1xuICBpc3N1ZXJLZXk/OiBQdWJsaWNLZXkgfCB1bmRlZmluZWQ7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDY0IGNyZWF0ZWRfYXRfbXMgPSA4O1xuICAgKi9cbiAgY3JlYXRlZEF0TXM6IGJpZ2ludDtcblxuICAvKipcbiAgICogMCA9IG5vIGV4cGlyeS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50NjQgZXhwaXJlc19hdF9tcyA9IDk7XG4gICAqL1xuICBleHBpcmVzQXRNczogYmlnaW50O1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLkRldmljZUNlcnRpZmljYXRlQm9keS5cbiAqIFVzZSBgY3JlYXRlKERldmljZUNlcnRpZmljYXRlQm9keVNjaGVtYSlgIHRvIGNyZWF0ZSBhIG5ldyBtZXNzYWdlLlxuICovXG5leHBvcnQgY29uc3QgRGV2aWNlQ2VydGlmaWNhdGVCb2R5U2NoZW1hOiBHZW5NZXNzYWdlPERldmljZUNlcnRpZmljYXRlQm9keT4gPSAvKkBfX1BVUkVfXyovXG4gIG1lc3NhZ2VEZXNjKGZpbGVfbmV4dXNsaW5rX3YxX2lkZW50aXR5LCAyKTtcblxuLyoqXG4gKiBPbmUgcmV2b2tlZCBkZXZpY2UuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlJldm9rZWREZXZpY2VcbiAqL1xuZXhwb3J0IHR5cGUgUmV2b2tlZERldmljZSA9IE1lc3NhZ2U8XCJuZXh1c2xpbmsudjEuUmV2b2tlZERldmljZVwiPiAmIHtcbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgZGV2aWNlX2lkID0gMTtcbiAgICovXG4gIGRldmljZUlkOiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQ2NCByZXZva2VkX2F0X21zID0gMjtcbiAgICovXG4gIHJldm9rZWRBdE1zOiBiaWdpbnQ7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogbmV4dXNsaW5rLnYxLlJldm9jYXRpb25SZWFzb24gcmVhc29uID0gMztcbiAgICovXG4gIHJlYXNvbjogUmV2b2NhdGlvblJlYXNvbjtcbn07XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBtZXNzYWdlIG5leHVzbGluay52MS5SZXZva2VkRGV2aWNlLlxuICogVXNlIGBjcmVhdGUoUmV2b2tlZERldmljZVNjaGVtYSlgIHRvIGNyZWF0ZSBhIG5ldyBtZXNzYWdlLlxuICovXG5leHBvcnQgY29uc3QgUmV2b2tlZERldmljZVNjaGVtYTogR2VuTWVzc2FnZTxSZXZva2VkRGV2aWNlPiA9IC8qQF9fUFVSRV9fKi9cbiAgbWVzc2FnZURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfaWRlbnRpdHksIDMpO1xuXG4vKipcbiAqIEJvZHkgb2YgYSByZXZvY2F0aW9uIGxpc3QsIHNpZ25lZCBieSB0aGUgc2VsZi1zaWduaW5nIGtleSBvciB0aGUgaWRlbnRpdHkga2V5LlxuICogTGlzdHMgYXJlIGN1bXVsYXRpdmU6IHNlcmlhbCBOKzEgY29udGFpbnMgZXZlcnkgZGV2aWNlIGluIHNlcmlhbCBOLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5SZXZvY2F0aW9uTGlzdEJvZHlcbiAqL1xuZXhwb3J0IHR5cGUgUmV2b2NhdGlvbkxpc3RCb2R5ID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5SZXZvY2F0aW9uTGlzdEJvZHlcIj4gJiB7XG4gIC8qKlxuICAgKiBGb3JtYXQgdmVyc2lvbjsgMS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgdmVyc2lvbiA9IDE7XG4gICAqL1xuICB2ZXJzaW9uOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgaWRlbnRpdHlfa2V5ID0gMjtcbiAgICovXG4gIGlkZW50aXR5S2V5OiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBTdHJpY3RseSBpbmNyZWFzaW5nOyBhIHZlcmlmaWVyIGtlZXBzIHRoZSBoaWdoZXN0IGl0IGhhcyBzZWVuLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQ2NCBzZXJpYWwgPSAzO1xuICAgKi9cbiAgc2VyaWFsOiBiaWdpbnQ7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDY0IGlzc3VlZF9hdF9tcyA9IDQ7XG4gICAqL1xuICBpc3N1ZWRBdE1zOiBiaWdpbnQ7XG5cbiAgLyoqXG4gICAqIFNvcnRlZCBieSBkZXZpY2VfaWQsIG5vIGR1cGxpY2F0ZXMuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogcmVwZWF0ZWQgbmV4dXNsaW5rLnYxLlJldm9rZWREZXZpY2UgZGV2aWNlcyA9IDU7XG4gICAqL1xuICBkZXZpY2VzOiBSZXZva2VkRGV2aWNlW107XG5cbiAgLyoqXG4gICAqIFRoZSBzZWxmLXNpZ25pbmcga2V5IG9yIHRoZSBpZGVudGl0eSBrZXkuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogbmV4dXNsaW5rLnYxLlB1YmxpY0tleSBpc3N1ZXJfa2V5ID0gNjtcbiAgICovXG4gIGlzc3VlcktleT86IFB1YmxpY0tleSB8IHVuZGVmaW5lZDtcbn07XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBtZXNzYWdlIG5leHVzbGluay52MS5SZXZvY2F0aW9uTGlzdEJvZHkuXG4gKiBVc2UgYGNyZWF0ZShSZXZvY2F0aW9uTGlzdEJvZHlTY2hlbWEpYCB0byBjcmVhdGUgYSBuZXcgbWVzc2FnZS5cbiAqL1xuZXhwb3J0IGNvbnN0IFJldm9jYXRpb25MaXN0Qm9keVNjaGVtYTogR2VuTWVzc2FnZTxSZXZvY2F0aW9uTGlzdEJvZHk+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9pZGVudGl0eSwgNCk7XG5cbi8qKlxuICogV2h5IGEgZGV2aWNlIHdhcyByZXZva2VkLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBlbnVtIG5leHVzbGluay52MS5SZXZvY2F0aW9uUmVhc29uXG4gKi9cbmV4cG9ydCBlbnVtIFJldm9jYXRpb25SZWFzb24ge1xuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGVudW0gdmFsdWU6IFJFVk9DQVRJT05fUkVBU09OX1VOU1BFQ0lGSUVEID0gMDtcbiAgICovXG4gIFVOU1BFQ0lGSUVEID0gMCxcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGVudW0gdmFsdWU6IFJFVk9DQVRJT05fUkVBU09OX0xPU1QgPSAxO1xuICAgKi9cbiAgTE9TVCA9IDEsXG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBlbnVtIHZhbHVlOiBSRVZPQ0FUSU9OX1JFQVNPTl9DT01QUk9NSVNFRCA9IDI7XG4gICAqL1xuICBDT01QUk9NSVNFRCA9IDIsXG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBlbnVtIHZhbHVlOiBSRVZPQ0FUSU9OX1JFQVNPTl9SRVRJUkVEID0gMztcbiAgICovXG4gIFJFVElSRUQgPSAzLFxufVxuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgZW51bSBuZXh1c2xpbmsudjEuUmV2b2NhdGlvblJlYXNvbi5cbiAqL1xuZXhwb3J0IGNvbnN0IFJldm9jYXRpb25SZWFzb25TY2hlbWE6IEdlbkVudW08UmV2b2NhdGlvblJlYXNvbj4gPSAvKkBfX1BVUkVfXyovXG4gIGVudW1EZXNjKGZpbGVfbmV4dXNsaW5rX3YxX2lkZW50aXR5LCAwKTtcblxuIiwgIi8vIEBnZW5lcmF0ZWQgYnkgcHJvdG9jLWdlbi1lcyB2Mi4xNy4wIHdpdGggcGFyYW1ldGVyIFwidGFyZ2V0PXRzLGltcG9ydF9leHRlbnNpb249anNcIlxuLy8gQGdlbmVyYXRlZCBmcm9tIGZpbGUgbmV4dXNsaW5rL3YxL2JhY2t1cC5wcm90byAocGFja2FnZSBuZXh1c2xpbmsudjEsIHN5bnRheCBwcm90bzMpXG4vKiBlc2xpbnQtZGlzYWJsZSAqL1xuXG5pbXBvcnQgdHlwZSB7IEdlbkVudW0sIEdlbkZpbGUsIEdlbk1lc3NhZ2UgfSBmcm9tIFwiQGJ1ZmJ1aWxkL3Byb3RvYnVmL2NvZGVnZW52MlwiO1xuaW1wb3J0IHsgZW51bURlc2MsIGZpbGVEZXNjLCBtZXNzYWdlRGVzYyB9IGZyb20gXCJAYnVmYnVpbGQvcHJvdG9idWYvY29kZWdlbnYyXCI7XG5pbXBvcnQgdHlwZSB7IFNpZ25lZE1lc3NhZ2UgfSBmcm9tIFwiLi9pZGVudGl0eV9wYi5qc1wiO1xuaW1wb3J0IHsgZmlsZV9uZXh1c2xpbmtfdjFfaWRlbnRpdHkgfSBmcm9tIFwiLi9pZGVudGl0eV9wYi5qc1wiO1xuaW1wb3J0IHR5cGUgeyBNZXNzYWdlIH0gZnJvbSBcIkBidWZidWlsZC9wcm90b2J1ZlwiO1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgZmlsZSBuZXh1c2xpbmsvdjEvYmFja3VwLnByb3RvLlxuICovXG5leHBvcnQgY29uc3QgZmlsZV9uZXh1c2xpbmtfdjFfYmFja3VwOiBHZW5GaWxlID0gLypAX19QVVJFX18qL1xuICBmaWxlRGVzYyhcIkNobHVaWGgxYzJ4cGJtc3ZkakV2WW1GamEzVndMbkJ5YjNSdkVneHVaWGgxYzJ4cGJtc3VkakVpeXdFS0RFSmhZMnQxY0VobFlXUmxjaElQQ2dkMlpYSnphVzl1R0FFZ0FTZ05FaVFLQTJ0a1poZ0NJQUVvRGpJWExtNWxlSFZ6YkdsdWF5NTJNUzVDWVdOcmRYQkxaR1lTREFvRWMyRnNkQmdESUFFb0RCSVNDZ3B0WlcxdmNubGZhMmxpR0FRZ0FTZ05FaElLQ21sMFpYSmhkR2x2Ym5NWUJTQUJLQTBTRXdvTGNHRnlZV3hzWld4cGMyMFlCaUFCS0EwU0tnb0dZMmx3YUdWeUdBY2dBU2dPTWhvdWJtVjRkWE5zYVc1ckxuWXhMa0poWTJ0MWNFTnBjR2hsY2hJTkNnVnViMjVqWlJnSUlBRW9EQ0pVQ2hKSlpHVnVkR2wwZVVKaFkydDFjRVpwYkdVU0tnb0dhR1ZoWkdWeUdBRWdBU2dMTWhvdWJtVjRkWE5zYVc1ckxuWXhMa0poWTJ0MWNFaGxZV1JsY2hJU0NncGphWEJvWlhKMFpYaDBHQUlnQVNnTUl1Y0JDaFpKWkdWdWRHbDBlVUpoWTJ0MWNFTnZiblJsYm5SekVnOEtCM1psY25OcGIyNFlBU0FCS0EwU0ZRb05hV1JsYm5ScGRIbGZjMlZsWkJnQ0lBRW9EQklaQ2hGelpXeG1YM05wWjI1cGJtZGZjMlZsWkJnRElBRW9EQkk5Q2hoelpXeG1YM05wWjI1cGJtZGZZMlZ5ZEdsbWFXTmhkR1VZQkNBQktBc3lHeTV1WlhoMWMyeHBibXN1ZGpFdVUybG5ibVZrVFdWemMyRm5aUkkwQ2c5eVpYWnZZMkYwYVc5dVgyeHBjM1FZQlNBQktBc3lHeTV1WlhoMWMyeHBibXN1ZGpFdVUybG5ibVZrVFdWemMyRm5aUklWQ2cxamNtVmhkR1ZrWDJGMFgyMXpHQVlnQVNnRUtrQUtDVUpoWTJ0MWNFdGtaaElhQ2haQ1FVTkxWVkJmUzBSR1gxVk9VMUJGUTBsR1NVVkVFQUFTRndvVFFrRkRTMVZRWDB0RVJsOUJVa2RQVGpKSlJCQUJLbE1LREVKaFkydDFjRU5wY0dobGNoSWRDaGxDUVVOTFZWQmZRMGxRU0VWU1gxVk9VMUJGUTBsR1NVVkVFQUFTSkFvZ1FrRkRTMVZRWDBOSlVFaEZVbDlZUTBoQlEwaEJNakJmVUU5TVdURXpNRFVRQVdJR2NISnZkRzh6XCIsIFtmaWxlX25leHVzbGlua192MV9pZGVudGl0eV0pO1xuXG4vKipcbiAqIEV2ZXJ5dGhpbmcgbmVlZGVkIHRvIGRlY3J5cHQgYSBiYWNrdXAgZXhjZXB0IHRoZSBwYXNzcGhyYXNlLiBJdHMgZW5jb2RpbmdcbiAqIGlzIHRoZSBBRUFEIGFzc29jaWF0ZWQgZGF0YSwgc28gbm8gcGFyYW1ldGVyIGNhbiBiZSBjaGFuZ2VkIHVuZGV0ZWN0ZWQuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLkJhY2t1cEhlYWRlclxuICovXG5leHBvcnQgdHlwZSBCYWNrdXBIZWFkZXIgPSBNZXNzYWdlPFwibmV4dXNsaW5rLnYxLkJhY2t1cEhlYWRlclwiPiAmIHtcbiAgLyoqXG4gICAqIEZvcm1hdCB2ZXJzaW9uOyAxLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiB2ZXJzaW9uID0gMTtcbiAgICovXG4gIHZlcnNpb246IG51bWJlcjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBuZXh1c2xpbmsudjEuQmFja3VwS2RmIGtkZiA9IDI7XG4gICAqL1xuICBrZGY6IEJhY2t1cEtkZjtcblxuICAvKipcbiAgICogMTYgcmFuZG9tIGJ5dGVzLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIHNhbHQgPSAzO1xuICAgKi9cbiAgc2FsdDogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgbWVtb3J5X2tpYiA9IDQ7XG4gICAqL1xuICBtZW1vcnlLaWI6IG51bWJlcjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgaXRlcmF0aW9ucyA9IDU7XG4gICAqL1xuICBpdGVyYXRpb25zOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIHBhcmFsbGVsaXNtID0gNjtcbiAgICovXG4gIHBhcmFsbGVsaXNtOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogbmV4dXNsaW5rLnYxLkJhY2t1cENpcGhlciBjaXBoZXIgPSA3O1xuICAgKi9cbiAgY2lwaGVyOiBCYWNrdXBDaXBoZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgbm9uY2UgPSA4O1xuICAgKi9cbiAgbm9uY2U6IFVpbnQ4QXJyYXk7XG59O1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgbWVzc2FnZSBuZXh1c2xpbmsudjEuQmFja3VwSGVhZGVyLlxuICogVXNlIGBjcmVhdGUoQmFja3VwSGVhZGVyU2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBCYWNrdXBIZWFkZXJTY2hlbWE6IEdlbk1lc3NhZ2U8QmFja3VwSGVhZGVyPiA9IC8qQF9fUFVSRV9fKi9cbiAgbWVzc2FnZURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfYmFja3VwLCAwKTtcblxuLyoqXG4gKiBBbiBlbmNyeXB0ZWQgaWRlbnRpdHkgYmFja3VwIGZpbGUuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLklkZW50aXR5QmFja3VwRmlsZVxuICovXG5leHBvcnQgdHlwZSBJZGVudGl0eUJhY2t1cEZpbGUgPSBNZXNzYWdlPFwibmV4dXNsaW5rLnYxLklkZW50aXR5QmFja3VwRmlsZVwiPiAmIHtcbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogbmV4dXNsaW5rLnYxLkJhY2t1cEhlYWRlciBoZWFkZXIgPSAxO1xuICAgKi9cbiAgaGVhZGVyPzogQmFja3VwSGVhZGVyIHwgdW5kZWZpbmVkO1xuXG4gIC8qKlxuICAgKiBBRUFEIGNpcGhlcnRleHQgb2YgYW4gZW5jb2RlZCBJZGVudGl0eUJhY2t1cENvbnRlbnRzLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIGNpcGhlcnRleHQgPSAyO1xuICAgKi9cbiAgY2lwaGVydGV4dDogVWludDhBcnJheTtcbn07XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBtZXNzYWdlIG5leHVzbGluay52MS5JZGVudGl0eUJhY2t1cEZpbGUuXG4gKiBVc2UgYGNyZWF0ZShJZGVudGl0eUJhY2t1cEZpbGVTY2hlbWEpYCB0byBjcmVhdGUgYSBuZXcgbWVzc2FnZS5cbiAqL1xuZXhwb3J0IGNvbnN0IElkZW50aXR5QmFja3VwRmlsZVNjaGVtYTogR2VuTWVzc2FnZTxJZGVudGl0eUJhY2t1cEZpbGU+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9iYWNrdXAsIDEpO1xuXG4vKipcbiAqIFRoZSBwbGFpbnRleHQgb2YgYSBiYWNrdXAuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLklkZW50aXR5QmFja3VwQ29udGVudHNcbiAqL1xuZXhwb3J0IHR5cGUgSWRlbnRpdHlCYWNrdXBDb250ZW50cyA9IE1lc3NhZ2U8XCJuZXh1c2xpbmsudjEuSWRlbnRpdHlCYWNrdXBDb250ZW50c1wiPiAmIHtcbiAgLyoqXG4gICAqIEZvcm1hdCB2ZXJzaW9uOyAxLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiB2ZXJzaW9uID0gMTtcbiAgICovXG4gIHZlcnNpb246IG51bWJlcjtcblxuICAvKipcbiAgICogVGhlIDMyLWJ5dGUgRWQyNTUxOSBpZGVudGl0eSBrZXkgc2VlZC5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBpZGVudGl0eV9zZWVkID0gMjtcbiAgICovXG4gIGlkZW50aXR5U2VlZDogVWludDhBcnJheTtcblxuICAvKipcbiAgICogVGhlIDMyLWJ5dGUgRWQyNTUxOSBzZWxmLXNpZ25pbmcga2V5IHNlZWQuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgc2VsZl9zaWduaW5nX3NlZWQgPSAzO1xuICAgKi9cbiAgc2VsZlNpZ25pbmdTZWVkOiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBUaGUgY3VycmVudCBzZWxmLXNpZ25pbmcga2V5IGNlcnRpZmljYXRlLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IG5leHVzbGluay52MS5TaWduZWRNZXNzYWdlIHNlbGZfc2lnbmluZ19jZXJ0aWZpY2F0ZSA9IDQ7XG4gICAqL1xuICBzZWxmU2lnbmluZ0NlcnRpZmljYXRlPzogU2lnbmVkTWVzc2FnZSB8IHVuZGVmaW5lZDtcblxuICAvKipcbiAgICogVGhlIG5ld2VzdCByZXZvY2F0aW9uIGxpc3QsIGlmIGFueS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBuZXh1c2xpbmsudjEuU2lnbmVkTWVzc2FnZSByZXZvY2F0aW9uX2xpc3QgPSA1O1xuICAgKi9cbiAgcmV2b2NhdGlvbkxpc3Q/OiBTaWduZWRNZXNzYWdlIHwgdW5kZWZpbmVkO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQ2NCBjcmVhdGVkX2F0X21zID0gNjtcbiAgICovXG4gIGNyZWF0ZWRBdE1zOiBiaWdpbnQ7XG59O1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgbWVzc2FnZSBuZXh1c2xpbmsudjEuSWRlbnRpdHlCYWNrdXBDb250ZW50cy5cbiAqIFVzZSBgY3JlYXRlKElkZW50aXR5QmFja3VwQ29udGVudHNTY2hlbWEpYCB0byBjcmVhdGUgYSBuZXcgbWVzc2FnZS5cbiAqL1xuZXhwb3J0IGNvbnN0IElkZW50aXR5QmFja3VwQ29udGVudHNTY2hlbWE6IEdlbk1lc3NhZ2U8SWRlbnRpdHlCYWNrdXBDb250ZW50cz4gPSAvKkBfX1BVUkVfXyovXG4gIG1lc3NhZ2VEZXNjKGZpbGVfbmV4dXNsaW5rX3YxX2JhY2t1cCwgMik7XG5cbi8qKlxuICogS2V5LWRlcml2YXRpb24gZnVuY3Rpb24gb2YgYSBiYWNrdXAuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIGVudW0gbmV4dXNsaW5rLnYxLkJhY2t1cEtkZlxuICovXG5leHBvcnQgZW51bSBCYWNrdXBLZGYge1xuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGVudW0gdmFsdWU6IEJBQ0tVUF9LREZfVU5TUEVDSUZJRUQgPSAwO1xuICAgKi9cbiAgVU5TUEVDSUZJRUQgPSAwLFxuXG4gIC8qKlxuICAgKiBBcmdvbjJpZCAoUkZDIDkxMDYpLCB2ZXJzaW9uIDB4MTMsIDMyLWJ5dGUgb3V0cHV0LlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZW51bSB2YWx1ZTogQkFDS1VQX0tERl9BUkdPTjJJRCA9IDE7XG4gICAqL1xuICBBUkdPTjJJRCA9IDEsXG59XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBlbnVtIG5leHVzbGluay52MS5CYWNrdXBLZGYuXG4gKi9cbmV4cG9ydCBjb25zdCBCYWNrdXBLZGZTY2hlbWE6IEdlbkVudW08QmFja3VwS2RmPiA9IC8qQF9fUFVSRV9fKi9cbiAgZW51bURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfYmFja3VwLCAwKTtcblxuLyoqXG4gKiBBRUFEIG9mIGEgYmFja3VwLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBlbnVtIG5leHVzbGluay52MS5CYWNrdXBDaXBoZXJcbiAqL1xuZXhwb3J0IGVudW0gQmFja3VwQ2lwaGVyIHtcbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBlbnVtIHZhbHVlOiBCQUNLVVBfQ0lQSEVSX1VOU1BFQ0lGSUVEID0gMDtcbiAgICovXG4gIFVOU1BFQ0lGSUVEID0gMCxcblxuICAvKipcbiAgICogWENoYUNoYTIwLVBvbHkxMzA1OiAyNC1ieXRlIHJhbmRvbSBub25jZSwgMTYtYnl0ZSB0YWcuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBlbnVtIHZhbHVlOiBCQUNLVVBfQ0lQSEVSX1hDSEFDSEEyMF9QT0xZMTMwNSA9IDE7XG4gICAqL1xuICBYQ0hBQ0hBMjBfUE9MWTEzMDUgPSAxLFxufVxuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgZW51bSBuZXh1c2xpbmsudjEuQmFja3VwQ2lwaGVyLlxuICovXG5leHBvcnQgY29uc3QgQmFja3VwQ2lwaGVyU2NoZW1hOiBHZW5FbnVtPEJhY2t1cENpcGhlcj4gPSAvKkBfX1BVUkVfXyovXG4gIGVudW1EZXNjKGZpbGVfbmV4dXNsaW5rX3YxX2JhY2t1cCwgMSk7XG5cbiIsICIvLyBAZ2VuZXJhdGVkIGJ5IHByb3RvYy1nZW4tZXMgdjIuMTcuMCB3aXRoIHBhcmFtZXRlciBcInRhcmdldD10cyxpbXBvcnRfZXh0ZW5zaW9uPWpzXCJcbi8vIEBnZW5lcmF0ZWQgZnJvbSBmaWxlIG5leHVzbGluay92MS9jb250YWN0LnByb3RvIChwYWNrYWdlIG5leHVzbGluay52MSwgc3ludGF4IHByb3RvMylcbi8qIGVzbGludC1kaXNhYmxlICovXG5cbmltcG9ydCB0eXBlIHsgR2VuRmlsZSwgR2VuTWVzc2FnZSB9IGZyb20gXCJAYnVmYnVpbGQvcHJvdG9idWYvY29kZWdlbnYyXCI7XG5pbXBvcnQgeyBmaWxlRGVzYywgbWVzc2FnZURlc2MgfSBmcm9tIFwiQGJ1ZmJ1aWxkL3Byb3RvYnVmL2NvZGVnZW52MlwiO1xuaW1wb3J0IHR5cGUgeyBTaWduZWRNZXNzYWdlIH0gZnJvbSBcIi4vaWRlbnRpdHlfcGIuanNcIjtcbmltcG9ydCB7IGZpbGVfbmV4dXNsaW5rX3YxX2lkZW50aXR5IH0gZnJvbSBcIi4vaWRlbnRpdHlfcGIuanNcIjtcbmltcG9ydCB0eXBlIHsgTWVzc2FnZSB9IGZyb20gXCJAYnVmYnVpbGQvcHJvdG9idWZcIjtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIGZpbGUgbmV4dXNsaW5rL3YxL2NvbnRhY3QucHJvdG8uXG4gKi9cbmV4cG9ydCBjb25zdCBmaWxlX25leHVzbGlua192MV9jb250YWN0OiBHZW5GaWxlID0gLypAX19QVVJFX18qL1xuICBmaWxlRGVzYyhcIkNocHVaWGgxYzJ4cGJtc3ZkakV2WTI5dWRHRmpkQzV3Y205MGJ4SU1ibVY0ZFhOc2FXNXJMbll4SXIwQ0NnOURiMjUwWVdOMFEyRnlaRUp2WkhrU0R3b0hkbVZ5YzJsdmJoZ0JJQUVvRFJJVUNneHBaR1Z1ZEdsMGVWOXJaWGtZQWlBQktBd1NGQW9NWkdsemNHeGhlVjl1WVcxbEdBTWdBU2dKRWowS0dITmxiR1pmYzJsbmJtbHVaMTlqWlhKMGFXWnBZMkYwWlJnRUlBRW9DekliTG01bGVIVnpiR2x1YXk1Mk1TNVRhV2R1WldSTlpYTnpZV2RsRWpnS0UyUmxkbWxqWlY5alpYSjBhV1pwWTJGMFpYTVlCU0FES0FzeUd5NXVaWGgxYzJ4cGJtc3VkakV1VTJsbmJtVmtUV1Z6YzJGblpSSTBDZzl5WlhadlkyRjBhVzl1WDJ4cGMzUVlCaUFCS0FzeUd5NXVaWGgxYzJ4cGJtc3VkakV1VTJsbmJtVmtUV1Z6YzJGblpSSU5DZ1ZvYVc1MGN4Z0hJQU1vQ1JJVkNnMWpjbVZoZEdWa1gyRjBYMjF6R0FnZ0FTZ0VFaGdLRUhOcFoyNWxjbDlrWlhacFkyVmZhV1FZQ1NBQktBd2lSUW9UVTJGbVpYUjVUblZ0WW1WeVVHRjViRzloWkJJUENnZDJaWEp6YVc5dUdBRWdBU2dORWcwS0JXWnBjbk4wR0FJZ0FTZ01FZzRLQm5ObFkyOXVaQmdESUFFb0RHSUdjSEp2ZEc4elwiLCBbZmlsZV9uZXh1c2xpbmtfdjFfaWRlbnRpdHldKTtcblxuLyoqXG4gKiBCb2R5IG9mIGEgY29udGFjdCBjYXJkOiB3aGF0IHNvbWVvbmUgc2hhcmVzIChhcyBhIFFSIGNvZGUgb3IgYSBmaWxlKSBzb1xuICogb3RoZXJzIGNhbiB2ZXJpZnkgYW5kIHJlYWNoIGFsbCB0aGVpciBkZXZpY2VzLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5Db250YWN0Q2FyZEJvZHlcbiAqL1xuZXhwb3J0IHR5cGUgQ29udGFjdENhcmRCb2R5ID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5Db250YWN0Q2FyZEJvZHlcIj4gJiB7XG4gIC8qKlxuICAgKiBGb3JtYXQgdmVyc2lvbjsgMS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgdmVyc2lvbiA9IDE7XG4gICAqL1xuICB2ZXJzaW9uOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgaWRlbnRpdHlfa2V5ID0gMjtcbiAgICovXG4gIGlkZW50aXR5S2V5OiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBVVEYtOCwgYXQgbW9zdCA2NCBieXRlcy5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBzdHJpbmcgZGlzcGxheV9uYW1lID0gMztcbiAgICovXG4gIGRpc3BsYXlOYW1lOiBzdHJpbmc7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogbmV4dXNsaW5rLnYxLlNpZ25lZE1lc3NhZ2Ugc2VsZl9zaWduaW5nX2NlcnRpZmljYXRlID0gNDtcbiAgICovXG4gIHNlbGZTaWduaW5nQ2VydGlmaWNhdGU/OiBTaWduZWRNZXNzYWdlIHwgdW5kZWZpbmVkO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHJlcGVhdGVkIG5leHVzbGluay52MS5TaWduZWRNZXNzYWdlIGRldmljZV9jZXJ0aWZpY2F0ZXMgPSA1O1xuICAgKi9cbiAgZGV2aWNlQ2VydGlmaWNhdGVzOiBTaWduZWRNZXNzYWdlW107XG5cbiAgLyoqXG4gICAqIE5ld2VzdCByZXZvY2F0aW9uIGxpc3QsIGlmIGFueS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBuZXh1c2xpbmsudjEuU2lnbmVkTWVzc2FnZSByZXZvY2F0aW9uX2xpc3QgPSA2O1xuICAgKi9cbiAgcmV2b2NhdGlvbkxpc3Q/OiBTaWduZWRNZXNzYWdlIHwgdW5kZWZpbmVkO1xuXG4gIC8qKlxuICAgKiBUcmFuc3BvcnQgaGludHM6IHJlbGF5IG11bHRpYWRkcnMsIGNvbW11bml0eSBzZXJ2ZXIgVVJMcy4gQXQgbW9zdCAxNiwgZWFjaCBhdCBtb3N0IDI1NiBieXRlcy5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiByZXBlYXRlZCBzdHJpbmcgaGludHMgPSA3O1xuICAgKi9cbiAgaGludHM6IHN0cmluZ1tdO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQ2NCBjcmVhdGVkX2F0X21zID0gODtcbiAgICovXG4gIGNyZWF0ZWRBdE1zOiBiaWdpbnQ7XG5cbiAgLyoqXG4gICAqIDE2LWJ5dGUgZGV2aWNlIGlkIG9mIHRoZSBkZXZpY2Ugd2hvc2Ugc2lnbmluZyBrZXkgc2lnbnMgdGhpcyBjYXJkLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIHNpZ25lcl9kZXZpY2VfaWQgPSA5O1xuICAgKi9cbiAgc2lnbmVyRGV2aWNlSWQ6IFVpbnQ4QXJyYXk7XG59O1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgbWVzc2FnZSBuZXh1c2xpbmsudjEuQ29udGFjdENhcmRCb2R5LlxuICogVXNlIGBjcmVhdGUoQ29udGFjdENhcmRCb2R5U2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBDb250YWN0Q2FyZEJvZHlTY2hlbWE6IEdlbk1lc3NhZ2U8Q29udGFjdENhcmRCb2R5PiA9IC8qQF9fUFVSRV9fKi9cbiAgbWVzc2FnZURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfY29udGFjdCwgMCk7XG5cbi8qKlxuICogU2FmZXR5LW51bWJlciBRUiBwYXlsb2FkOiB0aGUgdHdvIDMyLWJ5dGUgZmluZ2VycHJpbnRzLCBzb3J0ZWQuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlNhZmV0eU51bWJlclBheWxvYWRcbiAqL1xuZXhwb3J0IHR5cGUgU2FmZXR5TnVtYmVyUGF5bG9hZCA9IE1lc3NhZ2U8XCJuZXh1c2xpbmsudjEuU2FmZXR5TnVtYmVyUGF5bG9hZFwiPiAmIHtcbiAgLyoqXG4gICAqIEZvcm1hdCB2ZXJzaW9uOyAxLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiB2ZXJzaW9uID0gMTtcbiAgICovXG4gIHZlcnNpb246IG51bWJlcjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBmaXJzdCA9IDI7XG4gICAqL1xuICBmaXJzdDogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBzZWNvbmQgPSAzO1xuICAgKi9cbiAgc2Vjb25kOiBVaW50OEFycmF5O1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlNhZmV0eU51bWJlclBheWxvYWQuXG4gKiBVc2UgYGNyZWF0ZShTYWZldHlOdW1iZXJQYXlsb2FkU2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBTYWZldHlOdW1iZXJQYXlsb2FkU2NoZW1hOiBHZW5NZXNzYWdlPFNhZmV0eU51bWJlclBheWxvYWQ+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9jb250YWN0LCAxKTtcblxuIiwgIi8vIEBnZW5lcmF0ZWQgYnkgcHJvdG9jLWdlbi1lcyB2Mi4xNy4wIHdpdGggcGFyYW1ldGVyIFwidGFyZ2V0PXRzLGltcG9ydF9leHRlbnNpb249anNcIlxuLy8gQGdlbmVyYXRlZCBmcm9tIGZpbGUgbmV4dXNsaW5rL3YxL3ByZWtleXMucHJvdG8gKHBhY2thZ2UgbmV4dXNsaW5rLnYxLCBzeW50YXggcHJvdG8zKVxuLyogZXNsaW50LWRpc2FibGUgKi9cblxuaW1wb3J0IHR5cGUgeyBHZW5GaWxlLCBHZW5NZXNzYWdlIH0gZnJvbSBcIkBidWZidWlsZC9wcm90b2J1Zi9jb2RlZ2VudjJcIjtcbmltcG9ydCB7IGZpbGVEZXNjLCBtZXNzYWdlRGVzYyB9IGZyb20gXCJAYnVmYnVpbGQvcHJvdG9idWYvY29kZWdlbnYyXCI7XG5pbXBvcnQgdHlwZSB7IFNpZ25lZE1lc3NhZ2UgfSBmcm9tIFwiLi9pZGVudGl0eV9wYi5qc1wiO1xuaW1wb3J0IHsgZmlsZV9uZXh1c2xpbmtfdjFfaWRlbnRpdHkgfSBmcm9tIFwiLi9pZGVudGl0eV9wYi5qc1wiO1xuaW1wb3J0IHR5cGUgeyBQdWJsaWNLZXkgfSBmcm9tIFwiLi9rZXlzX3BiLmpzXCI7XG5pbXBvcnQgeyBmaWxlX25leHVzbGlua192MV9rZXlzIH0gZnJvbSBcIi4va2V5c19wYi5qc1wiO1xuaW1wb3J0IHR5cGUgeyBNZXNzYWdlIH0gZnJvbSBcIkBidWZidWlsZC9wcm90b2J1ZlwiO1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgZmlsZSBuZXh1c2xpbmsvdjEvcHJla2V5cy5wcm90by5cbiAqL1xuZXhwb3J0IGNvbnN0IGZpbGVfbmV4dXNsaW5rX3YxX3ByZWtleXM6IEdlbkZpbGUgPSAvKkBfX1BVUkVfXyovXG4gIGZpbGVEZXNjKFwiQ2hwdVpYaDFjMnhwYm1zdmRqRXZjSEpsYTJWNWN5NXdjbTkwYnhJTWJtVjRkWE5zYVc1ckxuWXhJaThLREZOcFoyNWxaRkJ5WlV0bGVSSU1DZ1JpYjJSNUdBRWdBU2dNRWhFS0NYTnBaMjVoZEhWeVpSZ0NJQUVvRENLR0FRb0tVSEpsUzJWNVFtOWtlUklQQ2dkMlpYSnphVzl1R0FFZ0FTZ05FZzRLQm10bGVWOXBaQmdDSUFFb0RSSXJDZ3B3ZFdKc2FXTmZhMlY1R0FNZ0FTZ0xNaGN1Ym1WNGRYTnNhVzVyTG5ZeExsQjFZbXhwWTB0bGVSSVZDZzFqY21WaGRHVmtYMkYwWDIxekdBUWdBU2dFRWhNS0MyeGhjM1JmY21WemIzSjBHQVVnQVNnSUlqTUtEVTl1WlZScGJXVlFjbVZMWlhrU0Rnb0dhMlY1WDJsa0dBRWdBU2dORWhJS0NuQjFZbXhwWTE5clpYa1lBaUFCS0F3aXNBSUtERkJ5WlV0bGVVSjFibVJzWlJJUENnZDJaWEp6YVc5dUdBRWdBU2dORWowS0dITmxiR1pmYzJsbmJtbHVaMTlqWlhKMGFXWnBZMkYwWlJnQ0lBRW9DekliTG01bGVIVnpiR2x1YXk1Mk1TNVRhV2R1WldSTlpYTnpZV2RsRWpjS0VtUmxkbWxqWlY5alpYSjBhV1pwWTJGMFpSZ0RJQUVvQ3pJYkxtNWxlSFZ6YkdsdWF5NTJNUzVUYVdkdVpXUk5aWE56WVdkbEVqRUtEWE5wWjI1bFpGOXdjbVZyWlhrWUJDQUJLQXN5R2k1dVpYaDFjMnhwYm1zdWRqRXVVMmxuYm1Wa1VISmxTMlY1RWpRS0QyOXVaVjkwYVcxbFgzQnlaV3RsZVJnRklBRW9DekliTG01bGVIVnpiR2x1YXk1Mk1TNVBibVZVYVcxbFVISmxTMlY1RWk0S0NtdGxiVjl3Y21WclpYa1lCaUFCS0FzeUdpNXVaWGgxYzJ4cGJtc3VkakV1VTJsbmJtVmtVSEpsUzJWNVlnWndjbTkwYnpNXCIsIFtmaWxlX25leHVzbGlua192MV9pZGVudGl0eSwgZmlsZV9uZXh1c2xpbmtfdjFfa2V5c10pO1xuXG4vKipcbiAqIEEgcHJla2V5IHNpZ25lZCBieSB0aGUgZGV2aWNlIHNpZ25pbmcga2V5IG92ZXJcbiAqIGBcIm5leHVzbGluay92MS9zaWduZWQtcHJla2V5XCIgfHwgMHgwMCB8fCBlbmNvZGVkIFByZUtleUJvZHlgLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5TaWduZWRQcmVLZXlcbiAqL1xuZXhwb3J0IHR5cGUgU2lnbmVkUHJlS2V5ID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5TaWduZWRQcmVLZXlcIj4gJiB7XG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIGJvZHkgPSAxO1xuICAgKi9cbiAgYm9keTogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBzaWduYXR1cmUgPSAyO1xuICAgKi9cbiAgc2lnbmF0dXJlOiBVaW50OEFycmF5O1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlNpZ25lZFByZUtleS5cbiAqIFVzZSBgY3JlYXRlKFNpZ25lZFByZUtleVNjaGVtYSlgIHRvIGNyZWF0ZSBhIG5ldyBtZXNzYWdlLlxuICovXG5leHBvcnQgY29uc3QgU2lnbmVkUHJlS2V5U2NoZW1hOiBHZW5NZXNzYWdlPFNpZ25lZFByZUtleT4gPSAvKkBfX1BVUkVfXyovXG4gIG1lc3NhZ2VEZXNjKGZpbGVfbmV4dXNsaW5rX3YxX3ByZWtleXMsIDApO1xuXG4vKipcbiAqIEJvZHkgb2YgYSBzaWduZWQgcHJla2V5IChYMjU1MTkgc2lnbmVkIHByZWtleSBvciBNTC1LRU0gcHJla2V5KS5cbiAqXG4gKiBAZ2VuZXJhdGVkIGZyb20gbWVzc2FnZSBuZXh1c2xpbmsudjEuUHJlS2V5Qm9keVxuICovXG5leHBvcnQgdHlwZSBQcmVLZXlCb2R5ID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5QcmVLZXlCb2R5XCI+ICYge1xuICAvKipcbiAgICogRm9ybWF0IHZlcnNpb247IDEuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIHZlcnNpb24gPSAxO1xuICAgKi9cbiAgdmVyc2lvbjogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiBrZXlfaWQgPSAyO1xuICAgKi9cbiAga2V5SWQ6IG51bWJlcjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBuZXh1c2xpbmsudjEuUHVibGljS2V5IHB1YmxpY19rZXkgPSAzO1xuICAgKi9cbiAgcHVibGljS2V5PzogUHVibGljS2V5IHwgdW5kZWZpbmVkO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQ2NCBjcmVhdGVkX2F0X21zID0gNDtcbiAgICovXG4gIGNyZWF0ZWRBdE1zOiBiaWdpbnQ7XG5cbiAgLyoqXG4gICAqIE1MLUtFTSBvbmx5OiB0aGUgbGFzdC1yZXNvcnQga2V5LCBuZXZlciBjb25zdW1lZC5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBib29sIGxhc3RfcmVzb3J0ID0gNTtcbiAgICovXG4gIGxhc3RSZXNvcnQ6IGJvb2xlYW47XG59O1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgbWVzc2FnZSBuZXh1c2xpbmsudjEuUHJlS2V5Qm9keS5cbiAqIFVzZSBgY3JlYXRlKFByZUtleUJvZHlTY2hlbWEpYCB0byBjcmVhdGUgYSBuZXcgbWVzc2FnZS5cbiAqL1xuZXhwb3J0IGNvbnN0IFByZUtleUJvZHlTY2hlbWE6IEdlbk1lc3NhZ2U8UHJlS2V5Qm9keT4gPSAvKkBfX1BVUkVfXyovXG4gIG1lc3NhZ2VEZXNjKGZpbGVfbmV4dXNsaW5rX3YxX3ByZWtleXMsIDEpO1xuXG4vKipcbiAqIEFuIHVuc2lnbmVkIFgyNTUxOSBvbmUtdGltZSBwcmVrZXkuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLk9uZVRpbWVQcmVLZXlcbiAqL1xuZXhwb3J0IHR5cGUgT25lVGltZVByZUtleSA9IE1lc3NhZ2U8XCJuZXh1c2xpbmsudjEuT25lVGltZVByZUtleVwiPiAmIHtcbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIGtleV9pZCA9IDE7XG4gICAqL1xuICBrZXlJZDogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiAzMi1ieXRlIFgyNTUxOSBwdWJsaWMga2V5LlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIHB1YmxpY19rZXkgPSAyO1xuICAgKi9cbiAgcHVibGljS2V5OiBVaW50OEFycmF5O1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLk9uZVRpbWVQcmVLZXkuXG4gKiBVc2UgYGNyZWF0ZShPbmVUaW1lUHJlS2V5U2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBPbmVUaW1lUHJlS2V5U2NoZW1hOiBHZW5NZXNzYWdlPE9uZVRpbWVQcmVLZXk+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9wcmVrZXlzLCAyKTtcblxuLyoqXG4gKiBXaGF0IGFuIGluaXRpYXRvciBmZXRjaGVzIHRvIHN0YXJ0IGEgUFFYREggc2Vzc2lvbiB3aXRoIG9uZSBkZXZpY2UuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlByZUtleUJ1bmRsZVxuICovXG5leHBvcnQgdHlwZSBQcmVLZXlCdW5kbGUgPSBNZXNzYWdlPFwibmV4dXNsaW5rLnYxLlByZUtleUJ1bmRsZVwiPiAmIHtcbiAgLyoqXG4gICAqIEZvcm1hdCB2ZXJzaW9uOyAxLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiB2ZXJzaW9uID0gMTtcbiAgICovXG4gIHZlcnNpb246IG51bWJlcjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBuZXh1c2xpbmsudjEuU2lnbmVkTWVzc2FnZSBzZWxmX3NpZ25pbmdfY2VydGlmaWNhdGUgPSAyO1xuICAgKi9cbiAgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZT86IFNpZ25lZE1lc3NhZ2UgfCB1bmRlZmluZWQ7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogbmV4dXNsaW5rLnYxLlNpZ25lZE1lc3NhZ2UgZGV2aWNlX2NlcnRpZmljYXRlID0gMztcbiAgICovXG4gIGRldmljZUNlcnRpZmljYXRlPzogU2lnbmVkTWVzc2FnZSB8IHVuZGVmaW5lZDtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBuZXh1c2xpbmsudjEuU2lnbmVkUHJlS2V5IHNpZ25lZF9wcmVrZXkgPSA0O1xuICAgKi9cbiAgc2lnbmVkUHJla2V5PzogU2lnbmVkUHJlS2V5IHwgdW5kZWZpbmVkO1xuXG4gIC8qKlxuICAgKiBBYnNlbnQgd2hlbiB0aGUgc2VydmVyIGhhcyBydW4gb3V0LlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IG5leHVzbGluay52MS5PbmVUaW1lUHJlS2V5IG9uZV90aW1lX3ByZWtleSA9IDU7XG4gICAqL1xuICBvbmVUaW1lUHJla2V5PzogT25lVGltZVByZUtleSB8IHVuZGVmaW5lZDtcblxuICAvKipcbiAgICogQSBvbmUtdGltZSBNTC1LRU0gcHJla2V5LCBvciB0aGUgbGFzdC1yZXNvcnQgb25lLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IG5leHVzbGluay52MS5TaWduZWRQcmVLZXkga2VtX3ByZWtleSA9IDY7XG4gICAqL1xuICBrZW1QcmVrZXk/OiBTaWduZWRQcmVLZXkgfCB1bmRlZmluZWQ7XG59O1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgbWVzc2FnZSBuZXh1c2xpbmsudjEuUHJlS2V5QnVuZGxlLlxuICogVXNlIGBjcmVhdGUoUHJlS2V5QnVuZGxlU2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBQcmVLZXlCdW5kbGVTY2hlbWE6IEdlbk1lc3NhZ2U8UHJlS2V5QnVuZGxlPiA9IC8qQF9fUFVSRV9fKi9cbiAgbWVzc2FnZURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfcHJla2V5cywgMyk7XG5cbiIsICIvLyBAZ2VuZXJhdGVkIGJ5IHByb3RvYy1nZW4tZXMgdjIuMTcuMCB3aXRoIHBhcmFtZXRlciBcInRhcmdldD10cyxpbXBvcnRfZXh0ZW5zaW9uPWpzXCJcbi8vIEBnZW5lcmF0ZWQgZnJvbSBmaWxlIG5leHVzbGluay92MS9lbnZlbG9wZS5wcm90byAocGFja2FnZSBuZXh1c2xpbmsudjEsIHN5bnRheCBwcm90bzMpXG4vKiBlc2xpbnQtZGlzYWJsZSAqL1xuXG5pbXBvcnQgdHlwZSB7IEdlbkVudW0sIEdlbkZpbGUsIEdlbk1lc3NhZ2UgfSBmcm9tIFwiQGJ1ZmJ1aWxkL3Byb3RvYnVmL2NvZGVnZW52MlwiO1xuaW1wb3J0IHsgZW51bURlc2MsIGZpbGVEZXNjLCBtZXNzYWdlRGVzYyB9IGZyb20gXCJAYnVmYnVpbGQvcHJvdG9idWYvY29kZWdlbnYyXCI7XG5pbXBvcnQgdHlwZSB7IE1lc3NhZ2UgfSBmcm9tIFwiQGJ1ZmJ1aWxkL3Byb3RvYnVmXCI7XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBmaWxlIG5leHVzbGluay92MS9lbnZlbG9wZS5wcm90by5cbiAqL1xuZXhwb3J0IGNvbnN0IGZpbGVfbmV4dXNsaW5rX3YxX2VudmVsb3BlOiBHZW5GaWxlID0gLypAX19QVVJFX18qL1xuICBmaWxlRGVzYyhcIkNodHVaWGgxYzJ4cGJtc3ZkakV2Wlc1MlpXeHZjR1V1Y0hKdmRHOFNERzVsZUhWemJHbHVheTUyTVNMQUFRb0lSVzUyWld4dmNHVVNEd29IZG1WeWMybHZiaGdCSUFFb0RSSW9DZ1IwZVhCbEdBSWdBU2dPTWhvdWJtVjRkWE5zYVc1ckxuWXhMa1Z1ZG1Wc2IzQmxWSGx3WlJJWUNoQnpaVzVrWlhKZlpHVjJhV05sWDJsa0dBTWdBU2dNRWhzS0UzSmxZMmx3YVdWdWRGOWtaWFpwWTJWZmFXUVlCQ0FCS0F3U0ZBb01kR2x0WlhOMFlXMXdYMjF6R0FVZ0FTZ0VFZzhLQjJOdmJuUmxiblFZQmlBQktBd1NHd29UYzJWdVpHVnlYMmxrWlc1MGFYUjVYMnRsZVJnSElBRW9EQ3JEQVFvTVJXNTJaV3h2Y0dWVWVYQmxFaDBLR1VWT1ZrVk1UMUJGWDFSWlVFVmZWVTVUVUVWRFNVWkpSVVFRQUJJZ0NoeEZUbFpGVEU5UVJWOVVXVkJGWDFCU1JVdEZXVjlOUlZOVFFVZEZFQUVTSVFvZFJVNVdSVXhQVUVWZlZGbFFSVjlTUVZSRFNFVlVYMDFGVTFOQlIwVVFBaElrQ2lCRlRsWkZURTlRUlY5VVdWQkZYMU5GVGtSRlVsOUxSVmxmVFVWVFUwRkhSUkFERWlrS0pVVk9Wa1ZNVDFCRlgxUlpVRVZmVTBWT1JFVlNYMHRGV1Y5RVNWTlVVa2xDVlZSSlQwNFFCR0lHY0hKdmRHOHpcIik7XG5cbi8qKlxuICogVGhlIG91dGVybW9zdCB3aXJlIGNvbnRhaW5lci4gYHZlcnNpb25gIGxldHMgYSByZWNlaXZlciByZWZ1c2UgZm9ybWF0cyBpdFxuICogZG9lcyBub3Qga25vdyAoVU5TVVBQT1JURURfVkVSU0lPTikgaW5zdGVhZCBvZiBtaXNyZWFkaW5nIHRoZW0uXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLkVudmVsb3BlXG4gKi9cbmV4cG9ydCB0eXBlIEVudmVsb3BlID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5FbnZlbG9wZVwiPiAmIHtcbiAgLyoqXG4gICAqIEZvcm1hdCB2ZXJzaW9uOyAxLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiB2ZXJzaW9uID0gMTtcbiAgICovXG4gIHZlcnNpb246IG51bWJlcjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBuZXh1c2xpbmsudjEuRW52ZWxvcGVUeXBlIHR5cGUgPSAyO1xuICAgKi9cbiAgdHlwZTogRW52ZWxvcGVUeXBlO1xuXG4gIC8qKlxuICAgKiAxNi1ieXRlIGRldmljZSBpZCBvZiB0aGUgc2VuZGVyJ3MgZGV2aWNlLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIHNlbmRlcl9kZXZpY2VfaWQgPSAzO1xuICAgKi9cbiAgc2VuZGVyRGV2aWNlSWQ6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIDE2LWJ5dGUgZGV2aWNlIGlkIG9mIHRoZSByZWNpcGllbnQgZGV2aWNlOyBlbXB0eSBmb3IgZ3JvdXAgbWVzc2FnZXMuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgcmVjaXBpZW50X2RldmljZV9pZCA9IDQ7XG4gICAqL1xuICByZWNpcGllbnREZXZpY2VJZDogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50NjQgdGltZXN0YW1wX21zID0gNTtcbiAgICovXG4gIHRpbWVzdGFtcE1zOiBiaWdpbnQ7XG5cbiAgLyoqXG4gICAqIFRoZSB0eXBlLXNwZWNpZmljIHBheWxvYWQuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgY29udGVudCA9IDY7XG4gICAqL1xuICBjb250ZW50OiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBUaGUgc2VuZGVyJ3MgMzItYnl0ZSBFZDI1NTE5IGlkZW50aXR5IGtleSwgc28gdGhlIHJlY2VpdmVyIGZpbmRzIHRoZVxuICAgKiBzZXNzaW9uLiBBdXRoZW50aWNhdGVkIGJ5IHRoZSBzZXNzaW9uJ3MgYXNzb2NpYXRlZCBkYXRhLCBub3QgdHJ1c3RlZCBhbG9uZS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBzZW5kZXJfaWRlbnRpdHlfa2V5ID0gNztcbiAgICovXG4gIHNlbmRlcklkZW50aXR5S2V5OiBVaW50OEFycmF5O1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLkVudmVsb3BlLlxuICogVXNlIGBjcmVhdGUoRW52ZWxvcGVTY2hlbWEpYCB0byBjcmVhdGUgYSBuZXcgbWVzc2FnZS5cbiAqL1xuZXhwb3J0IGNvbnN0IEVudmVsb3BlU2NoZW1hOiBHZW5NZXNzYWdlPEVudmVsb3BlPiA9IC8qQF9fUFVSRV9fKi9cbiAgbWVzc2FnZURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfZW52ZWxvcGUsIDApO1xuXG4vKipcbiAqIFdoYXQgYW4gZW52ZWxvcGUgY2Fycmllcy5cbiAqXG4gKiBAZ2VuZXJhdGVkIGZyb20gZW51bSBuZXh1c2xpbmsudjEuRW52ZWxvcGVUeXBlXG4gKi9cbmV4cG9ydCBlbnVtIEVudmVsb3BlVHlwZSB7XG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZW51bSB2YWx1ZTogRU5WRUxPUEVfVFlQRV9VTlNQRUNJRklFRCA9IDA7XG4gICAqL1xuICBVTlNQRUNJRklFRCA9IDAsXG5cbiAgLyoqXG4gICAqIEZpcnN0IG1lc3NhZ2Ugb2YgYSBzZXNzaW9uOiBQUVhESCBpbml0aWF0aW9uIHBsdXMgYSByYXRjaGV0IG1lc3NhZ2UuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBlbnVtIHZhbHVlOiBFTlZFTE9QRV9UWVBFX1BSRUtFWV9NRVNTQUdFID0gMTtcbiAgICovXG4gIFBSRUtFWV9NRVNTQUdFID0gMSxcblxuICAvKipcbiAgICogRG91YmxlIFJhdGNoZXQgbWVzc2FnZS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGVudW0gdmFsdWU6IEVOVkVMT1BFX1RZUEVfUkFUQ0hFVF9NRVNTQUdFID0gMjtcbiAgICovXG4gIFJBVENIRVRfTUVTU0FHRSA9IDIsXG5cbiAgLyoqXG4gICAqIFNlbmRlciBLZXlzIGdyb3VwIG1lc3NhZ2UuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBlbnVtIHZhbHVlOiBFTlZFTE9QRV9UWVBFX1NFTkRFUl9LRVlfTUVTU0FHRSA9IDM7XG4gICAqL1xuICBTRU5ERVJfS0VZX01FU1NBR0UgPSAzLFxuXG4gIC8qKlxuICAgKiBTZW5kZXIga2V5IGRpc3RyaWJ1dGlvbiAoc2VudCBpbnNpZGUgYSAxOjEgc2Vzc2lvbikuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBlbnVtIHZhbHVlOiBFTlZFTE9QRV9UWVBFX1NFTkRFUl9LRVlfRElTVFJJQlVUSU9OID0gNDtcbiAgICovXG4gIFNFTkRFUl9LRVlfRElTVFJJQlVUSU9OID0gNCxcbn1cblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIGVudW0gbmV4dXNsaW5rLnYxLkVudmVsb3BlVHlwZS5cbiAqL1xuZXhwb3J0IGNvbnN0IEVudmVsb3BlVHlwZVNjaGVtYTogR2VuRW51bTxFbnZlbG9wZVR5cGU+ID0gLypAX19QVVJFX18qL1xuICBlbnVtRGVzYyhmaWxlX25leHVzbGlua192MV9lbnZlbG9wZSwgMCk7XG5cbiIsICIvLyBAZ2VuZXJhdGVkIGJ5IHByb3RvYy1nZW4tZXMgdjIuMTcuMCB3aXRoIHBhcmFtZXRlciBcInRhcmdldD10cyxpbXBvcnRfZXh0ZW5zaW9uPWpzXCJcbi8vIEBnZW5lcmF0ZWQgZnJvbSBmaWxlIG5leHVzbGluay92MS9zZXNzaW9uLnByb3RvIChwYWNrYWdlIG5leHVzbGluay52MSwgc3ludGF4IHByb3RvMylcbi8qIGVzbGludC1kaXNhYmxlICovXG5cbmltcG9ydCB0eXBlIHsgR2VuRmlsZSwgR2VuTWVzc2FnZSB9IGZyb20gXCJAYnVmYnVpbGQvcHJvdG9idWYvY29kZWdlbnYyXCI7XG5pbXBvcnQgeyBmaWxlRGVzYywgbWVzc2FnZURlc2MgfSBmcm9tIFwiQGJ1ZmJ1aWxkL3Byb3RvYnVmL2NvZGVnZW52MlwiO1xuaW1wb3J0IHR5cGUgeyBTaWduZWRNZXNzYWdlIH0gZnJvbSBcIi4vaWRlbnRpdHlfcGIuanNcIjtcbmltcG9ydCB7IGZpbGVfbmV4dXNsaW5rX3YxX2lkZW50aXR5IH0gZnJvbSBcIi4vaWRlbnRpdHlfcGIuanNcIjtcbmltcG9ydCB0eXBlIHsgTWVzc2FnZSB9IGZyb20gXCJAYnVmYnVpbGQvcHJvdG9idWZcIjtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIGZpbGUgbmV4dXNsaW5rL3YxL3Nlc3Npb24ucHJvdG8uXG4gKi9cbmV4cG9ydCBjb25zdCBmaWxlX25leHVzbGlua192MV9zZXNzaW9uOiBHZW5GaWxlID0gLypAX19QVVJFX18qL1xuICBmaWxlRGVzYyhcIkNocHVaWGgxYzJ4cGJtc3ZkakV2YzJWemMybHZiaTV3Y205MGJ4SU1ibVY0ZFhOc2FXNXJMbll4SWxzS0RWSmhkR05vWlhSSVpXRmtaWElTRXdvTGNtRjBZMmhsZEY5clpYa1lBU0FCS0F3U0hRb1ZjSEpsZG1sdmRYTmZZMmhoYVc1ZmJHVnVaM1JvR0FJZ0FTZ05FaFlLRG0xbGMzTmhaMlZmYm5WdFltVnlHQU1nQVNnTklsOEtEbEpoZEdOb1pYUk5aWE56WVdkbEVnOEtCM1psY25OcGIyNFlBU0FCS0EwU0Rnb0dhR1ZoWkdWeUdBSWdBU2dNRWhnS0VHVnVZM0o1Y0hSbFpGOW9aV0ZrWlhJWUF5QUJLQXdTRWdvS1kybHdhR1Z5ZEdWNGRCZ0VJQUVvRENLK0Fnb05VSEpsUzJWNVRXVnpjMkZuWlJJUENnZDJaWEp6YVc5dUdBRWdBU2dORWowS0dITmxiR1pmYzJsbmJtbHVaMTlqWlhKMGFXWnBZMkYwWlJnQ0lBRW9DekliTG01bGVIVnpiR2x1YXk1Mk1TNVRhV2R1WldSTlpYTnpZV2RsRWpjS0VtUmxkbWxqWlY5alpYSjBhV1pwWTJGMFpSZ0RJQUVvQ3pJYkxtNWxlSFZ6YkdsdWF5NTJNUzVUYVdkdVpXUk5aWE56WVdkbEVoZ0tFSE5wWjI1bFpGOXdjbVZyWlhsZmFXUVlCQ0FCS0EwU0dnb1NiMjVsWDNScGJXVmZjSEpsYTJWNVgybGtHQVVnQVNnTkVoVUtEV3RsYlY5d2NtVnJaWGxmYVdRWUJpQUJLQTBTRUFvSVltRnpaVjlyWlhrWUJ5QUJLQXdTRmdvT2EyVnRYMk5wY0dobGNuUmxlSFFZQ0NBQktBd1NMUW9IYldWemMyRm5aUmdKSUFFb0N6SWNMbTVsZUhWemJHbHVheTUyTVM1U1lYUmphR1YwVFdWemMyRm5aU0tPQVFvVlUyVnVaR1Z5UzJWNVJHbHpkSEpwWW5WMGFXOXVFZzhLQjNabGNuTnBiMjRZQVNBQktBMFNGd29QWkdsemRISnBZblYwYVc5dVgybGtHQUlnQVNnTUVoQUtDR05vWVdsdVgybGtHQU1nQVNnTkVoRUtDV2wwWlhKaGRHbHZiaGdFSUFFb0RSSVJDZ2xqYUdGcGJsOXJaWGtZQlNBQktBd1NFd29MYzJsbmJtbHVaMTlyWlhrWUJpQUJLQXdpZVFvVVUyVnVaR1Z5UzJWNVRXVnpjMkZuWlVKdlpIa1NEd29IZG1WeWMybHZiaGdCSUFFb0RSSVhDZzlrYVhOMGNtbGlkWFJwYjI1ZmFXUVlBaUFCS0F3U0VBb0lZMmhoYVc1ZmFXUVlBeUFCS0EwU0VRb0phWFJsY21GMGFXOXVHQVFnQVNnTkVoSUtDbU5wY0dobGNuUmxlSFFZQlNBQktBd2lSUW9QVTJWemMybHZibE51WVhCemFHOTBFZzhLQjNabGNuTnBiMjRZQVNBQktBMFNEUW9GYm05dVkyVVlBaUFCS0F3U0Vnb0tZMmx3YUdWeWRHVjRkQmdESUFFb0RHSUdjSEp2ZEc4elwiLCBbZmlsZV9uZXh1c2xpbmtfdjFfaWRlbnRpdHldKTtcblxuLyoqXG4gKiBBIERvdWJsZSBSYXRjaGV0IG1lc3NhZ2UgaGVhZGVyIChTaWduYWwncyBEb3VibGUgUmF0Y2hldCBzcGVjIFx1MDBBNzMuMSk6XG4gKiB0aGUgc2VuZGVyJ3MgY3VycmVudCByYXRjaGV0IHB1YmxpYyBrZXksIHRoZSBsZW5ndGggb2YgaXRzIHByZXZpb3VzXG4gKiBzZW5kaW5nIGNoYWluIChQTikgYW5kIHRoZSBtZXNzYWdlIG51bWJlciAoTikuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlJhdGNoZXRIZWFkZXJcbiAqL1xuZXhwb3J0IHR5cGUgUmF0Y2hldEhlYWRlciA9IE1lc3NhZ2U8XCJuZXh1c2xpbmsudjEuUmF0Y2hldEhlYWRlclwiPiAmIHtcbiAgLyoqXG4gICAqIDMyLWJ5dGUgWDI1NTE5IHJhdGNoZXQgcHVibGljIGtleS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyByYXRjaGV0X2tleSA9IDE7XG4gICAqL1xuICByYXRjaGV0S2V5OiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiBwcmV2aW91c19jaGFpbl9sZW5ndGggPSAyO1xuICAgKi9cbiAgcHJldmlvdXNDaGFpbkxlbmd0aDogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiBtZXNzYWdlX251bWJlciA9IDM7XG4gICAqL1xuICBtZXNzYWdlTnVtYmVyOiBudW1iZXI7XG59O1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgbWVzc2FnZSBuZXh1c2xpbmsudjEuUmF0Y2hldEhlYWRlci5cbiAqIFVzZSBgY3JlYXRlKFJhdGNoZXRIZWFkZXJTY2hlbWEpYCB0byBjcmVhdGUgYSBuZXcgbWVzc2FnZS5cbiAqL1xuZXhwb3J0IGNvbnN0IFJhdGNoZXRIZWFkZXJTY2hlbWE6IEdlbk1lc3NhZ2U8UmF0Y2hldEhlYWRlcj4gPSAvKkBfX1BVUkVfXyovXG4gIG1lc3NhZ2VEZXNjKGZpbGVfbmV4dXNsaW5rX3YxX3Nlc3Npb24sIDApO1xuXG4vKipcbiAqIEEgRG91YmxlIFJhdGNoZXQgbWVzc2FnZS4gRXhhY3RseSBvbmUgb2YgYGhlYWRlcmAgKGFuIGVuY29kZWRcbiAqIFJhdGNoZXRIZWFkZXIpIGFuZCBgZW5jcnlwdGVkX2hlYWRlcmAgKGhlYWRlciBlbmNyeXB0aW9uLCBEb3VibGUgUmF0Y2hldFxuICogc3BlYyBcdTAwQTc0KSBpcyBzZXQuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlJhdGNoZXRNZXNzYWdlXG4gKi9cbmV4cG9ydCB0eXBlIFJhdGNoZXRNZXNzYWdlID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5SYXRjaGV0TWVzc2FnZVwiPiAmIHtcbiAgLyoqXG4gICAqIEZvcm1hdCB2ZXJzaW9uOyAxLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiB2ZXJzaW9uID0gMTtcbiAgICovXG4gIHZlcnNpb246IG51bWJlcjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBoZWFkZXIgPSAyO1xuICAgKi9cbiAgaGVhZGVyOiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIGVuY3J5cHRlZF9oZWFkZXIgPSAzO1xuICAgKi9cbiAgZW5jcnlwdGVkSGVhZGVyOiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBBRUFEIGNpcGhlcnRleHQgd2l0aCBpdHMgdGFnIChhdCBsZWFzdCAxNiBieXRlcykuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgY2lwaGVydGV4dCA9IDQ7XG4gICAqL1xuICBjaXBoZXJ0ZXh0OiBVaW50OEFycmF5O1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlJhdGNoZXRNZXNzYWdlLlxuICogVXNlIGBjcmVhdGUoUmF0Y2hldE1lc3NhZ2VTY2hlbWEpYCB0byBjcmVhdGUgYSBuZXcgbWVzc2FnZS5cbiAqL1xuZXhwb3J0IGNvbnN0IFJhdGNoZXRNZXNzYWdlU2NoZW1hOiBHZW5NZXNzYWdlPFJhdGNoZXRNZXNzYWdlPiA9IC8qQF9fUFVSRV9fKi9cbiAgbWVzc2FnZURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfc2Vzc2lvbiwgMSk7XG5cbi8qKlxuICogVGhlIGZpcnN0IG1lc3NhZ2UgZnJvbSBhbiBpbml0aWF0b3I6IHRoZSBQUVhESCBrZXkgYWdyZWVtZW50IGlucHV0cyBhbmRcbiAqIHRoZSBmaXJzdCByYXRjaGV0IG1lc3NhZ2UuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlByZUtleU1lc3NhZ2VcbiAqL1xuZXhwb3J0IHR5cGUgUHJlS2V5TWVzc2FnZSA9IE1lc3NhZ2U8XCJuZXh1c2xpbmsudjEuUHJlS2V5TWVzc2FnZVwiPiAmIHtcbiAgLyoqXG4gICAqIEZvcm1hdCB2ZXJzaW9uOyAxLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiB2ZXJzaW9uID0gMTtcbiAgICovXG4gIHZlcnNpb246IG51bWJlcjtcblxuICAvKipcbiAgICogVGhlIGluaXRpYXRvcidzIGNlcnRpZmljYXRlcywgc28gdGhlIHJlc3BvbmRlciBjYW4gdmVyaWZ5IHRoZSBkZXZpY2UuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogbmV4dXNsaW5rLnYxLlNpZ25lZE1lc3NhZ2Ugc2VsZl9zaWduaW5nX2NlcnRpZmljYXRlID0gMjtcbiAgICovXG4gIHNlbGZTaWduaW5nQ2VydGlmaWNhdGU/OiBTaWduZWRNZXNzYWdlIHwgdW5kZWZpbmVkO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IG5leHVzbGluay52MS5TaWduZWRNZXNzYWdlIGRldmljZV9jZXJ0aWZpY2F0ZSA9IDM7XG4gICAqL1xuICBkZXZpY2VDZXJ0aWZpY2F0ZT86IFNpZ25lZE1lc3NhZ2UgfCB1bmRlZmluZWQ7XG5cbiAgLyoqXG4gICAqIEtleSBpZHMgYXJlID49IDE7IDAgbWVhbnMgYWJzZW50IChvbmx5IHRoZSBvbmUtdGltZSBwcmVrZXkgbWF5IGJlIGFic2VudCkuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIHNpZ25lZF9wcmVrZXlfaWQgPSA0O1xuICAgKi9cbiAgc2lnbmVkUHJla2V5SWQ6IG51bWJlcjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgb25lX3RpbWVfcHJla2V5X2lkID0gNTtcbiAgICovXG4gIG9uZVRpbWVQcmVrZXlJZDogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiBrZW1fcHJla2V5X2lkID0gNjtcbiAgICovXG4gIGtlbVByZWtleUlkOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIFRoZSBpbml0aWF0b3IncyAzMi1ieXRlIFgyNTUxOSBlcGhlbWVyYWwgKGJhc2UpIGtleS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBiYXNlX2tleSA9IDc7XG4gICAqL1xuICBiYXNlS2V5OiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBNTC1LRU0gY2lwaGVydGV4dDogMTA4OCBieXRlcyAoTUwtS0VNLTc2OCkgb3IgMTU2OCBieXRlcyAoTUwtS0VNLTEwMjQpLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIGtlbV9jaXBoZXJ0ZXh0ID0gODtcbiAgICovXG4gIGtlbUNpcGhlcnRleHQ6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogbmV4dXNsaW5rLnYxLlJhdGNoZXRNZXNzYWdlIG1lc3NhZ2UgPSA5O1xuICAgKi9cbiAgbWVzc2FnZT86IFJhdGNoZXRNZXNzYWdlIHwgdW5kZWZpbmVkO1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlByZUtleU1lc3NhZ2UuXG4gKiBVc2UgYGNyZWF0ZShQcmVLZXlNZXNzYWdlU2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBQcmVLZXlNZXNzYWdlU2NoZW1hOiBHZW5NZXNzYWdlPFByZUtleU1lc3NhZ2U+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9zZXNzaW9uLCAyKTtcblxuLyoqXG4gKiBBIHNlbmRlciBrZXksIHNlbnQgdG8gZWFjaCBncm91cCBtZW1iZXIgb3ZlciBhIDE6MSBzZXNzaW9uLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5TZW5kZXJLZXlEaXN0cmlidXRpb25cbiAqL1xuZXhwb3J0IHR5cGUgU2VuZGVyS2V5RGlzdHJpYnV0aW9uID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5TZW5kZXJLZXlEaXN0cmlidXRpb25cIj4gJiB7XG4gIC8qKlxuICAgKiBGb3JtYXQgdmVyc2lvbjsgMS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgdmVyc2lvbiA9IDE7XG4gICAqL1xuICB2ZXJzaW9uOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIDE2IGJ5dGVzIG5hbWluZyB0aGUgZ3JvdXAncyBzZW5kZXIta2V5IGRpc3RyaWJ1dGlvbi5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBkaXN0cmlidXRpb25faWQgPSAyO1xuICAgKi9cbiAgZGlzdHJpYnV0aW9uSWQ6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIFdoaWNoIG9mIHRoZSBzZW5kZXIncyBjaGFpbnMgKGNoYW5nZXMgb24gcm90YXRpb24pLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiBjaGFpbl9pZCA9IDM7XG4gICAqL1xuICBjaGFpbklkOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIFRoZSBpdGVyYXRpb24gYGNoYWluX2tleWAgaXMgYXQuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIGl0ZXJhdGlvbiA9IDQ7XG4gICAqL1xuICBpdGVyYXRpb246IG51bWJlcjtcblxuICAvKipcbiAgICogMzItYnl0ZSBjaGFpbiBrZXkuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgY2hhaW5fa2V5ID0gNTtcbiAgICovXG4gIGNoYWluS2V5OiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiAzMi1ieXRlIEVkMjU1MTkgcHVibGljIGtleSB0aGF0IHNpZ25zIGV2ZXJ5IG1lc3NhZ2Ugb2YgdGhpcyBjaGFpbi5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBzaWduaW5nX2tleSA9IDY7XG4gICAqL1xuICBzaWduaW5nS2V5OiBVaW50OEFycmF5O1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlNlbmRlcktleURpc3RyaWJ1dGlvbi5cbiAqIFVzZSBgY3JlYXRlKFNlbmRlcktleURpc3RyaWJ1dGlvblNjaGVtYSlgIHRvIGNyZWF0ZSBhIG5ldyBtZXNzYWdlLlxuICovXG5leHBvcnQgY29uc3QgU2VuZGVyS2V5RGlzdHJpYnV0aW9uU2NoZW1hOiBHZW5NZXNzYWdlPFNlbmRlcktleURpc3RyaWJ1dGlvbj4gPSAvKkBfX1BVUkVfXyovXG4gIG1lc3NhZ2VEZXNjKGZpbGVfbmV4dXNsaW5rX3YxX3Nlc3Npb24sIDMpO1xuXG4vKipcbiAqIEJvZHkgb2YgYSBncm91cCBtZXNzYWdlLCBzaWduZWQgYnkgdGhlIGNoYWluJ3Mgc2lnbmluZyBrZXkgb3ZlclxuICogYFwibmV4dXNsaW5rL3YxL3NlbmRlci1rZXktbWVzc2FnZVwiIHx8IDB4MDAgfHwgYm9keWAuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlNlbmRlcktleU1lc3NhZ2VCb2R5XG4gKi9cbmV4cG9ydCB0eXBlIFNlbmRlcktleU1lc3NhZ2VCb2R5ID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5TZW5kZXJLZXlNZXNzYWdlQm9keVwiPiAmIHtcbiAgLyoqXG4gICAqIEZvcm1hdCB2ZXJzaW9uOyAxLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiB2ZXJzaW9uID0gMTtcbiAgICovXG4gIHZlcnNpb246IG51bWJlcjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBkaXN0cmlidXRpb25faWQgPSAyO1xuICAgKi9cbiAgZGlzdHJpYnV0aW9uSWQ6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIGNoYWluX2lkID0gMztcbiAgICovXG4gIGNoYWluSWQ6IG51bWJlcjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgaXRlcmF0aW9uID0gNDtcbiAgICovXG4gIGl0ZXJhdGlvbjogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBBRUFEIGNpcGhlcnRleHQgd2l0aCBpdHMgdGFnLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIGNpcGhlcnRleHQgPSA1O1xuICAgKi9cbiAgY2lwaGVydGV4dDogVWludDhBcnJheTtcbn07XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBtZXNzYWdlIG5leHVzbGluay52MS5TZW5kZXJLZXlNZXNzYWdlQm9keS5cbiAqIFVzZSBgY3JlYXRlKFNlbmRlcktleU1lc3NhZ2VCb2R5U2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBTZW5kZXJLZXlNZXNzYWdlQm9keVNjaGVtYTogR2VuTWVzc2FnZTxTZW5kZXJLZXlNZXNzYWdlQm9keT4gPSAvKkBfX1BVUkVfXyovXG4gIG1lc3NhZ2VEZXNjKGZpbGVfbmV4dXNsaW5rX3YxX3Nlc3Npb24sIDQpO1xuXG4vKipcbiAqIEEgdmVyc2lvbmVkLCBlbmNyeXB0ZWQgc25hcHNob3Qgb2Ygc2Vzc2lvbiBzdGF0ZSAodGhlIG9ubHkgc2VyaWFsaXNhYmxlXG4gKiBmb3JtIG9mIGEgbGl2ZSBzZXNzaW9uKS4gVGhlIHBsYWludGV4dCBmb3JtYXQgaXMgc3BlY2lmaWVkIHdpdGggdGhlIHNlc3Npb25cbiAqIGxheWVyOyBgdmVyc2lvbmAgbmFtZXMgaXQuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlNlc3Npb25TbmFwc2hvdFxuICovXG5leHBvcnQgdHlwZSBTZXNzaW9uU25hcHNob3QgPSBNZXNzYWdlPFwibmV4dXNsaW5rLnYxLlNlc3Npb25TbmFwc2hvdFwiPiAmIHtcbiAgLyoqXG4gICAqIEZvcm1hdCB2ZXJzaW9uIG9mIHRoZSBwbGFpbnRleHQuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIHZlcnNpb24gPSAxO1xuICAgKi9cbiAgdmVyc2lvbjogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiAyNC1ieXRlIFhDaGFDaGEyMC1Qb2x5MTMwNSBub25jZS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBub25jZSA9IDI7XG4gICAqL1xuICBub25jZTogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBjaXBoZXJ0ZXh0ID0gMztcbiAgICovXG4gIGNpcGhlcnRleHQ6IFVpbnQ4QXJyYXk7XG59O1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgbWVzc2FnZSBuZXh1c2xpbmsudjEuU2Vzc2lvblNuYXBzaG90LlxuICogVXNlIGBjcmVhdGUoU2Vzc2lvblNuYXBzaG90U2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBTZXNzaW9uU25hcHNob3RTY2hlbWE6IEdlbk1lc3NhZ2U8U2Vzc2lvblNuYXBzaG90PiA9IC8qQF9fUFVSRV9fKi9cbiAgbWVzc2FnZURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfc2Vzc2lvbiwgNSk7XG5cbiIsICJpbXBvcnQgeyBjcmVhdGUsIGZyb21CaW5hcnksIHRvQmluYXJ5IH0gZnJvbSAnQGJ1ZmJ1aWxkL3Byb3RvYnVmJztcbmltcG9ydCB0eXBlIHsgRGVzY01lc3NhZ2UsIE1lc3NhZ2VJbml0U2hhcGUsIE1lc3NhZ2VTaGFwZSB9IGZyb20gJ0BidWZidWlsZC9wcm90b2J1Zic7XG5pbXBvcnQgeyBOZXh1c0Vycm9yIH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9lcnJvcnMuanMnO1xuaW1wb3J0IHsgYnl0ZXNFcXVhbCB9IGZyb20gJy4uL3ByaW1pdGl2ZXMvYnl0ZXMuanMnO1xuXG4vKipcbiAqIEVuY29kZXMgYW5kIGRlY29kZXMgb25lIHdpcmUgbWVzc2FnZS4gYGRlY29kZWAgaXMgdGhlIG9ubHkgd2F5IHVudHJ1c3RlZFxuICogYnl0ZXMgYmVjb21lIGEgdHlwZWQgdmFsdWU6IGl0IHJldHVybnMgdGhlIHZhbHVlIG9yIHRocm93c1xuICogYE5leHVzRXJyb3IoJ01BTEZPUk1FRCcpYCwgbmV2ZXIgYSBsaWJyYXJ5IGV4Y2VwdGlvbi5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBDb2RlYzxTIGV4dGVuZHMgRGVzY01lc3NhZ2U+IHtcbiAgLyoqIFByb3RvYnVmIHR5cGUgbmFtZSwgZm9yIGRpYWdub3N0aWNzLiAqL1xuICByZWFkb25seSB0eXBlTmFtZTogc3RyaW5nO1xuICAvKiogTGFyZ2VzdCBlbmNvZGluZyBhY2NlcHRlZCBieSBgZGVjb2RlYC4gKi9cbiAgcmVhZG9ubHkgbWF4Qnl0ZXM6IG51bWJlcjtcbiAgLyoqIEVuY29kZSBhIG1lc3NhZ2UgKHZhbGlkYXRpbmcgaXQgZmlyc3QpLiAqL1xuICBlbmNvZGUodmFsdWU6IE1lc3NhZ2VJbml0U2hhcGU8Uz4pOiBVaW50OEFycmF5O1xuICAvKiogRGVjb2RlIGFuZCB2YWxpZGF0ZSB1bnRydXN0ZWQgYnl0ZXMuICovXG4gIGRlY29kZShieXRlczogVWludDhBcnJheSk6IE1lc3NhZ2VTaGFwZTxTPjtcbn1cblxuLyoqIE9wdGlvbnMgZm9yIGBtZXNzYWdlQ29kZWNgLiAqL1xuZXhwb3J0IGludGVyZmFjZSBDb2RlY09wdGlvbnM8UyBleHRlbmRzIERlc2NNZXNzYWdlPiB7XG4gIHJlYWRvbmx5IG1heEJ5dGVzOiBudW1iZXI7XG4gIC8qKiBUaHJvd3MgYE5leHVzRXJyb3IoJ01BTEZPUk1FRCcpYCB3aGVuIGEgZmllbGQgaXMgb3V0IG9mIHJhbmdlLiAqL1xuICByZWFkb25seSB2YWxpZGF0ZTogKHZhbHVlOiBNZXNzYWdlU2hhcGU8Uz4pID0+IHZvaWQ7XG59XG5cbi8qKlxuICogQnVpbGQgdGhlIGNvZGVjIG9mIG9uZSBtZXNzYWdlIHR5cGUuXG4gKlxuICogRGVjb2RpbmcgaXMgc3RyaWN0OiB0aGUgaW5wdXQgbXVzdCBiZSB0aGUgY2Fub25pY2FsIGVuY29kaW5nIG9mIHRoZSB2YWx1ZSBpdFxuICogZGVjb2RlcyB0by4gV2UgZGVjb2RlIChkcm9wcGluZyB1bmtub3duIGZpZWxkcyksIHJlLWVuY29kZSwgYW5kIHJlcXVpcmUgdGhlXG4gKiBzYW1lIGJ5dGVzLiBUaGF0IG9uZSBydWxlIHJlamVjdHMgdHJhaWxpbmcgZ2FyYmFnZSwgdW5rbm93biBvciByZXBlYXRlZFxuICogZmllbGRzLCBvdXQtb2Ytb3JkZXIgZmllbGRzIGFuZCBub24tbWluaW1hbCB2YXJpbnRzLCBzbyBldmVyeSBtZXNzYWdlIGhhc1xuICogZXhhY3RseSBvbmUgYWNjZXB0ZWQgZW5jb2RpbmcgYW5kIHNpZ25hdHVyZXMgb3ZlciBib2RpZXMgYXJlIHVuYW1iaWd1b3VzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gbWVzc2FnZUNvZGVjPFMgZXh0ZW5kcyBEZXNjTWVzc2FnZT4oc2NoZW1hOiBTLCBvcHRpb25zOiBDb2RlY09wdGlvbnM8Uz4pOiBDb2RlYzxTPiB7XG4gIGNvbnN0IHR5cGVOYW1lID0gc2NoZW1hLnR5cGVOYW1lO1xuICByZXR1cm4ge1xuICAgIHR5cGVOYW1lLFxuICAgIG1heEJ5dGVzOiBvcHRpb25zLm1heEJ5dGVzLFxuICAgIGVuY29kZSh2YWx1ZSkge1xuICAgICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZShzY2hlbWEsIHZhbHVlKTtcbiAgICAgIG9wdGlvbnMudmFsaWRhdGUobWVzc2FnZSk7XG4gICAgICBjb25zdCBieXRlcyA9IHRvQmluYXJ5KHNjaGVtYSwgbWVzc2FnZSk7XG4gICAgICBpZiAoYnl0ZXMubGVuZ3RoID4gb3B0aW9ucy5tYXhCeXRlcykge1xuICAgICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcihcbiAgICAgICAgICAnTUFMRk9STUVEJyxcbiAgICAgICAgICBgJHt0eXBlTmFtZX0gaXMgJHtieXRlcy5sZW5ndGh9IGJ5dGVzLCBvdmVyIHRoZSAke29wdGlvbnMubWF4Qnl0ZXN9LWJ5dGUgbGltaXRgLFxuICAgICAgICApO1xuICAgICAgfVxuICAgICAgcmV0dXJuIGJ5dGVzO1xuICAgIH0sXG4gICAgZGVjb2RlKGJ5dGVzKSB7XG4gICAgICBpZiAoIShieXRlcyBpbnN0YW5jZW9mIFVpbnQ4QXJyYXkpKVxuICAgICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignTUFMRk9STUVEJywgYCR7dHlwZU5hbWV9OiBpbnB1dCBpcyBub3QgYnl0ZXNgKTtcbiAgICAgIGlmIChieXRlcy5sZW5ndGggPiBvcHRpb25zLm1heEJ5dGVzKSB7XG4gICAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKFxuICAgICAgICAgICdNQUxGT1JNRUQnLFxuICAgICAgICAgIGAke3R5cGVOYW1lfSBpcyAke2J5dGVzLmxlbmd0aH0gYnl0ZXMsIG92ZXIgdGhlICR7b3B0aW9ucy5tYXhCeXRlc30tYnl0ZSBsaW1pdGAsXG4gICAgICAgICk7XG4gICAgICB9XG4gICAgICBsZXQgbWVzc2FnZTogTWVzc2FnZVNoYXBlPFM+O1xuICAgICAgdHJ5IHtcbiAgICAgICAgbWVzc2FnZSA9IGZyb21CaW5hcnkoc2NoZW1hLCBieXRlcywgeyByZWFkVW5rbm93bkZpZWxkczogZmFsc2UgfSk7XG4gICAgICB9IGNhdGNoIChjYXVzZSkge1xuICAgICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignTUFMRk9STUVEJywgYCR7dHlwZU5hbWV9OiBub3QgYSB2YWxpZCBwcm90b2J1ZiBlbmNvZGluZ2AsIHsgY2F1c2UgfSk7XG4gICAgICB9XG4gICAgICBsZXQgcmVlbmNvZGVkOiBVaW50OEFycmF5O1xuICAgICAgdHJ5IHtcbiAgICAgICAgcmVlbmNvZGVkID0gdG9CaW5hcnkoc2NoZW1hLCBtZXNzYWdlKTtcbiAgICAgIH0gY2F0Y2ggKGNhdXNlKSB7XG4gICAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdNQUxGT1JNRUQnLCBgJHt0eXBlTmFtZX06IG5vdCBhIHZhbGlkIHByb3RvYnVmIGVuY29kaW5nYCwgeyBjYXVzZSB9KTtcbiAgICAgIH1cbiAgICAgIGlmICghYnl0ZXNFcXVhbChyZWVuY29kZWQsIGJ5dGVzKSkge1xuICAgICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcihcbiAgICAgICAgICAnTUFMRk9STUVEJyxcbiAgICAgICAgICBgJHt0eXBlTmFtZX06IG5vdCB0aGUgY2Fub25pY2FsIGVuY29kaW5nICh0cmFpbGluZywgdW5rbm93biBvciByZW9yZGVyZWQgZGF0YSlgLFxuICAgICAgICApO1xuICAgICAgfVxuICAgICAgb3B0aW9ucy52YWxpZGF0ZShtZXNzYWdlKTtcbiAgICAgIHJldHVybiBtZXNzYWdlO1xuICAgIH0sXG4gIH07XG59XG5cbi8qKiBUaHJvdyBgTUFMRk9STUVEYCB3aXRoIGBtZXNzYWdlYCB1bmxlc3MgYGNvbmRpdGlvbmAgaG9sZHMuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2soY29uZGl0aW9uOiBib29sZWFuLCBtZXNzYWdlOiBzdHJpbmcpOiBhc3NlcnRzIGNvbmRpdGlvbiB7XG4gIGlmICghY29uZGl0aW9uKSB0aHJvdyBuZXcgTmV4dXNFcnJvcignTUFMRk9STUVEJywgbWVzc2FnZSk7XG59XG5cbi8qKiBSZXF1aXJlIGZvcm1hdCB2ZXJzaW9uIGBleHBlY3RlZGAuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tWZXJzaW9uKHR5cGVOYW1lOiBzdHJpbmcsIHZlcnNpb246IG51bWJlciwgZXhwZWN0ZWQgPSAxKTogdm9pZCB7XG4gIGNoZWNrKHZlcnNpb24gPT09IGV4cGVjdGVkLCBgJHt0eXBlTmFtZX06IHVuc3VwcG9ydGVkIHZlcnNpb24gJHt2ZXJzaW9ufSAoZXhwZWN0ZWQgJHtleHBlY3RlZH0pYCk7XG59XG5cbi8qKiBSZXF1aXJlIGBieXRlcy5sZW5ndGhgIHRvIGJlIGV4YWN0bHkgYGxlbmd0aGAuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tMZW5ndGgoZmllbGQ6IHN0cmluZywgYnl0ZXM6IFVpbnQ4QXJyYXksIGxlbmd0aDogbnVtYmVyKTogdm9pZCB7XG4gIGNoZWNrKGJ5dGVzLmxlbmd0aCA9PT0gbGVuZ3RoLCBgJHtmaWVsZH0gbXVzdCBiZSAke2xlbmd0aH0gYnl0ZXMsIGdvdCAke2J5dGVzLmxlbmd0aH1gKTtcbn1cblxuLyoqIFJlcXVpcmUgYGJ5dGVzLmxlbmd0aGAgdG8gYmUgYXQgbW9zdCBgbWF4YC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGVja01heExlbmd0aChmaWVsZDogc3RyaW5nLCBieXRlczogVWludDhBcnJheSB8IHN0cmluZywgbWF4OiBudW1iZXIpOiB2b2lkIHtcbiAgY29uc3QgbGVuZ3RoID0gdHlwZW9mIGJ5dGVzID09PSAnc3RyaW5nJyA/IG5ldyBUZXh0RW5jb2RlcigpLmVuY29kZShieXRlcykubGVuZ3RoIDogYnl0ZXMubGVuZ3RoO1xuICBjaGVjayhsZW5ndGggPD0gbWF4LCBgJHtmaWVsZH0gbXVzdCBiZSBhdCBtb3N0ICR7bWF4fSBieXRlcywgZ290ICR7bGVuZ3RofWApO1xufVxuXG4vKiogUmVxdWlyZSBhIHVpbnQ2NCB0byBmaXQgaW4gYSBKYXZhU2NyaXB0IHNhZmUgaW50ZWdlciAodGltZXN0YW1wcyBpbiBtcykuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tTYWZlVTY0KGZpZWxkOiBzdHJpbmcsIHZhbHVlOiBiaWdpbnQpOiB2b2lkIHtcbiAgY2hlY2sodmFsdWUgPD0gQmlnSW50KE51bWJlci5NQVhfU0FGRV9JTlRFR0VSKSwgYCR7ZmllbGR9IGlzIG91dCBvZiByYW5nZWApO1xufVxuIiwgIi8qKlxuICogVGhlIGNvZGVjcyBvZiBldmVyeSBOZXh1c0xpbmsgd2lyZSBtZXNzYWdlLCB3aXRoIHRoZSByYW5nZSBjaGVja3MgdGhlXG4gKiBzcGVjIChgc3BlYy93aXJlLm1kYCkgbGlzdHMgZm9yIGVhY2ggZmllbGQuXG4gKi9cbmltcG9ydCB0eXBlIHsgTWVzc2FnZVNoYXBlIH0gZnJvbSAnQGJ1ZmJ1aWxkL3Byb3RvYnVmJztcbmltcG9ydCB7IEtleUFsZ29yaXRobSwgUHVibGljS2V5U2NoZW1hIH0gZnJvbSAnLi9nZW4vbmV4dXNsaW5rL3YxL2tleXNfcGIuanMnO1xuaW1wb3J0IHR5cGUgeyBQdWJsaWNLZXkgfSBmcm9tICcuL2dlbi9uZXh1c2xpbmsvdjEva2V5c19wYi5qcyc7XG5pbXBvcnQge1xuICBEZXZpY2VDZXJ0aWZpY2F0ZUJvZHlTY2hlbWEsXG4gIFJldm9jYXRpb25MaXN0Qm9keVNjaGVtYSxcbiAgUmV2b2NhdGlvblJlYXNvbixcbiAgU2VsZlNpZ25pbmdLZXlDZXJ0aWZpY2F0ZUJvZHlTY2hlbWEsXG4gIFNpZ25lZE1lc3NhZ2VTY2hlbWEsXG59IGZyb20gJy4vZ2VuL25leHVzbGluay92MS9pZGVudGl0eV9wYi5qcyc7XG5pbXBvcnQgdHlwZSB7IFNpZ25lZE1lc3NhZ2UgfSBmcm9tICcuL2dlbi9uZXh1c2xpbmsvdjEvaWRlbnRpdHlfcGIuanMnO1xuaW1wb3J0IHtcbiAgQmFja3VwQ2lwaGVyLFxuICBCYWNrdXBIZWFkZXJTY2hlbWEsXG4gIEJhY2t1cEtkZixcbiAgSWRlbnRpdHlCYWNrdXBDb250ZW50c1NjaGVtYSxcbiAgSWRlbnRpdHlCYWNrdXBGaWxlU2NoZW1hLFxufSBmcm9tICcuL2dlbi9uZXh1c2xpbmsvdjEvYmFja3VwX3BiLmpzJztcbmltcG9ydCB0eXBlIHsgQmFja3VwSGVhZGVyIH0gZnJvbSAnLi9nZW4vbmV4dXNsaW5rL3YxL2JhY2t1cF9wYi5qcyc7XG5pbXBvcnQgeyBDb250YWN0Q2FyZEJvZHlTY2hlbWEsIFNhZmV0eU51bWJlclBheWxvYWRTY2hlbWEgfSBmcm9tICcuL2dlbi9uZXh1c2xpbmsvdjEvY29udGFjdF9wYi5qcyc7XG5pbXBvcnQge1xuICBPbmVUaW1lUHJlS2V5U2NoZW1hLFxuICBQcmVLZXlCb2R5U2NoZW1hLFxuICBQcmVLZXlCdW5kbGVTY2hlbWEsXG4gIFNpZ25lZFByZUtleVNjaGVtYSxcbn0gZnJvbSAnLi9nZW4vbmV4dXNsaW5rL3YxL3ByZWtleXNfcGIuanMnO1xuaW1wb3J0IHR5cGUgeyBPbmVUaW1lUHJlS2V5LCBQcmVLZXlCb2R5IH0gZnJvbSAnLi9nZW4vbmV4dXNsaW5rL3YxL3ByZWtleXNfcGIuanMnO1xuaW1wb3J0IHsgRW52ZWxvcGVTY2hlbWEsIEVudmVsb3BlVHlwZSB9IGZyb20gJy4vZ2VuL25leHVzbGluay92MS9lbnZlbG9wZV9wYi5qcyc7XG5pbXBvcnQge1xuICBQcmVLZXlNZXNzYWdlU2NoZW1hLFxuICBSYXRjaGV0SGVhZGVyU2NoZW1hLFxuICBSYXRjaGV0TWVzc2FnZVNjaGVtYSxcbiAgU2VuZGVyS2V5RGlzdHJpYnV0aW9uU2NoZW1hLFxuICBTZW5kZXJLZXlNZXNzYWdlQm9keVNjaGVtYSxcbiAgU2Vzc2lvblNuYXBzaG90U2NoZW1hLFxufSBmcm9tICcuL2dlbi9uZXh1c2xpbmsvdjEvc2Vzc2lvbl9wYi5qcyc7XG5pbXBvcnQgdHlwZSB7IFJhdGNoZXRNZXNzYWdlIH0gZnJvbSAnLi9nZW4vbmV4dXNsaW5rL3YxL3Nlc3Npb25fcGIuanMnO1xuaW1wb3J0IHtcbiAgY2hlY2ssXG4gIGNoZWNrTGVuZ3RoLFxuICBjaGVja01heExlbmd0aCxcbiAgY2hlY2tTYWZlVTY0LFxuICBjaGVja1ZlcnNpb24sXG4gIG1lc3NhZ2VDb2RlYyxcbn0gZnJvbSAnLi9jb2RlYy5qcyc7XG5cbi8qKiBCeXRlIGxlbmd0aHMgYW5kIGxpbWl0cyBzaGFyZWQgYnkgdGhlIGNvZGVjcyBhbmQgdGhlIHNwZWMuICovXG5leHBvcnQgY29uc3QgV0lSRV9MSU1JVFMgPSB7XG4gIGlkZW50aXR5S2V5OiAzMixcbiAgZGV2aWNlSWQ6IDE2LFxuICBzaWduYXR1cmU6IDY0LFxuICBkaXNwbGF5TmFtZUJ5dGVzOiA2NCxcbiAgbWF4U2lnbmVkQm9keTogMTI4ICogMTAyNCxcbiAgbWF4UmV2b2NhdGlvbkxpc3RCb2R5OiA2NCAqIDEwMjQsXG4gIG1heFJldm9rZWREZXZpY2VzOiAyMDQ4LFxuICBtYXhDb250YWN0Q2FyZEJvZHk6IDEyMCAqIDEwMjQsXG4gIG1heERldmljZXNQZXJDYXJkOiA2NCxcbiAgbWF4SGludHM6IDE2LFxuICBtYXhIaW50Qnl0ZXM6IDI1NixcbiAgZmluZ2VycHJpbnQ6IDMyLFxuICBiYWNrdXBTYWx0OiAxNixcbiAgYmFja3VwTm9uY2U6IDI0LFxuICBtYXhFbnZlbG9wZUNvbnRlbnQ6IDI1NiAqIDEwMjQsXG59IGFzIGNvbnN0O1xuXG4vKiogRXhwZWN0ZWQga2V5IGxlbmd0aCBmb3IgZWFjaCBhbGdvcml0aG0gdGFnLiAqL1xuZXhwb3J0IGNvbnN0IEtFWV9MRU5HVEhTOiBSZWFkb25seTxSZWNvcmQ8bnVtYmVyLCBudW1iZXI+PiA9IHtcbiAgW0tleUFsZ29yaXRobS5FRDI1NTE5XTogMzIsXG4gIFtLZXlBbGdvcml0aG0uRUNEU0FfUDI1Nl06IDMzLFxuICBbS2V5QWxnb3JpdGhtLlgyNTUxOV06IDMyLFxuICBbS2V5QWxnb3JpdGhtLk1MX0tFTV83NjhdOiAxMTg0LFxuICBbS2V5QWxnb3JpdGhtLk1MX0tFTV8xMDI0XTogMTU2OCxcbn07XG5cbi8qKiBNTC1LRU0gY2lwaGVydGV4dCBsZW5ndGhzIChGSVBTIDIwMyk6IDc2OCBcdTIxOTIgMTA4OCwgMTAyNCBcdTIxOTIgMTU2OC4gKi9cbmV4cG9ydCBjb25zdCBLRU1fQ0lQSEVSVEVYVF9MRU5HVEhTOiByZWFkb25seSBudW1iZXJbXSA9IFsxMDg4LCAxNTY4XTtcblxuZnVuY3Rpb24gY2hlY2tQdWJsaWNLZXkoXG4gIGZpZWxkOiBzdHJpbmcsXG4gIGtleTogUHVibGljS2V5IHwgdW5kZWZpbmVkLFxuICBhbGxvd2VkOiByZWFkb25seSBLZXlBbGdvcml0aG1bXSxcbik6IHZvaWQge1xuICBjaGVjayhrZXkgIT09IHVuZGVmaW5lZCwgYCR7ZmllbGR9IGlzIG1pc3NpbmdgKTtcbiAgY2hlY2soXG4gICAgYWxsb3dlZC5pbmNsdWRlcyhrZXkuYWxnb3JpdGhtKSxcbiAgICBgJHtmaWVsZH0gaGFzIGFuIGFsZ29yaXRobSBub3QgYWxsb3dlZCBoZXJlICgke2tleS5hbGdvcml0aG19KWAsXG4gICk7XG4gIGNoZWNrTGVuZ3RoKGAke2ZpZWxkfS5rZXlgLCBrZXkua2V5LCBLRVlfTEVOR1RIU1trZXkuYWxnb3JpdGhtXSEpO1xufVxuXG5mdW5jdGlvbiBjaGVja1NpZ25lZChmaWVsZDogc3RyaW5nLCBzaWduZWQ6IFNpZ25lZE1lc3NhZ2UgfCB1bmRlZmluZWQsIHJlcXVpcmVkOiBib29sZWFuKTogdm9pZCB7XG4gIGlmIChzaWduZWQgPT09IHVuZGVmaW5lZCkge1xuICAgIGNoZWNrKCFyZXF1aXJlZCwgYCR7ZmllbGR9IGlzIG1pc3NpbmdgKTtcbiAgICByZXR1cm47XG4gIH1cbiAgY2hlY2soc2lnbmVkLmJvZHkubGVuZ3RoID4gMCwgYCR7ZmllbGR9LmJvZHkgaXMgZW1wdHlgKTtcbiAgY2hlY2tNYXhMZW5ndGgoYCR7ZmllbGR9LmJvZHlgLCBzaWduZWQuYm9keSwgV0lSRV9MSU1JVFMubWF4U2lnbmVkQm9keSk7XG4gIGNoZWNrTGVuZ3RoKGAke2ZpZWxkfS5zaWduYXR1cmVgLCBzaWduZWQuc2lnbmF0dXJlLCBXSVJFX0xJTUlUUy5zaWduYXR1cmUpO1xufVxuXG5mdW5jdGlvbiBjaGVja1RpbWVzKHR5cGVOYW1lOiBzdHJpbmcsIGNyZWF0ZWQ6IGJpZ2ludCwgZXhwaXJlczogYmlnaW50KTogdm9pZCB7XG4gIGNoZWNrU2FmZVU2NChgJHt0eXBlTmFtZX0uY3JlYXRlZF9hdF9tc2AsIGNyZWF0ZWQpO1xuICBjaGVja1NhZmVVNjQoYCR7dHlwZU5hbWV9LmV4cGlyZXNfYXRfbXNgLCBleHBpcmVzKTtcbiAgY2hlY2soXG4gICAgZXhwaXJlcyA9PT0gMG4gfHwgZXhwaXJlcyA+IGNyZWF0ZWQsXG4gICAgYCR7dHlwZU5hbWV9OiBleHBpcmVzX2F0X21zIG11c3QgYmUgMCBvciBhZnRlciBjcmVhdGVkX2F0X21zYCxcbiAgKTtcbn1cblxuZnVuY3Rpb24gY29tcGFyZUJ5dGVzKGE6IFVpbnQ4QXJyYXksIGI6IFVpbnQ4QXJyYXkpOiBudW1iZXIge1xuICBjb25zdCBuID0gTWF0aC5taW4oYS5sZW5ndGgsIGIubGVuZ3RoKTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBuOyBpKyspIGlmIChhW2ldICE9PSBiW2ldKSByZXR1cm4gYVtpXSEgLSBiW2ldITtcbiAgcmV0dXJuIGEubGVuZ3RoIC0gYi5sZW5ndGg7XG59XG5cbmNvbnN0IFNJR05JTkcgPSBbS2V5QWxnb3JpdGhtLkVEMjU1MTksIEtleUFsZ29yaXRobS5FQ0RTQV9QMjU2XSBhcyBjb25zdDtcblxuLyoqIEEgcHVibGljIGtleSB3aXRoIGl0cyBhbGdvcml0aG0gdGFnLiAqL1xuZXhwb3J0IGNvbnN0IHB1YmxpY0tleUNvZGVjID0gbWVzc2FnZUNvZGVjKFB1YmxpY0tleVNjaGVtYSwge1xuICBtYXhCeXRlczogMjA0OCxcbiAgdmFsaWRhdGU6IChtKSA9PlxuICAgIGNoZWNrUHVibGljS2V5KCdQdWJsaWNLZXknLCBtLCBbXG4gICAgICBLZXlBbGdvcml0aG0uRUQyNTUxOSxcbiAgICAgIEtleUFsZ29yaXRobS5FQ0RTQV9QMjU2LFxuICAgICAgS2V5QWxnb3JpdGhtLlgyNTUxOSxcbiAgICAgIEtleUFsZ29yaXRobS5NTF9LRU1fNzY4LFxuICAgICAgS2V5QWxnb3JpdGhtLk1MX0tFTV8xMDI0LFxuICAgIF0pLFxufSk7XG5cbi8qKiBgYm9keWAgKyA2NC1ieXRlIGBzaWduYXR1cmVgLiAqL1xuZXhwb3J0IGNvbnN0IHNpZ25lZE1lc3NhZ2VDb2RlYyA9IG1lc3NhZ2VDb2RlYyhTaWduZWRNZXNzYWdlU2NoZW1hLCB7XG4gIG1heEJ5dGVzOiBXSVJFX0xJTUlUUy5tYXhTaWduZWRCb2R5ICsgMTI4LFxuICB2YWxpZGF0ZTogKG0pID0+IGNoZWNrU2lnbmVkKCdTaWduZWRNZXNzYWdlJywgbSwgdHJ1ZSksXG59KTtcblxuLyoqIEJvZHkgb2YgYSBzZWxmLXNpZ25pbmcga2V5IGNlcnRpZmljYXRlLiAqL1xuZXhwb3J0IGNvbnN0IHNlbGZTaWduaW5nQ2VydGlmaWNhdGVCb2R5Q29kZWMgPSBtZXNzYWdlQ29kZWMoU2VsZlNpZ25pbmdLZXlDZXJ0aWZpY2F0ZUJvZHlTY2hlbWEsIHtcbiAgbWF4Qnl0ZXM6IDUxMixcbiAgdmFsaWRhdGU6IChtKSA9PiB7XG4gICAgY2hlY2tWZXJzaW9uKCdTZWxmU2lnbmluZ0tleUNlcnRpZmljYXRlQm9keScsIG0udmVyc2lvbik7XG4gICAgY2hlY2tMZW5ndGgoJ2lkZW50aXR5X2tleScsIG0uaWRlbnRpdHlLZXksIFdJUkVfTElNSVRTLmlkZW50aXR5S2V5KTtcbiAgICBjaGVja1B1YmxpY0tleSgnc2lnbmluZ19rZXknLCBtLnNpZ25pbmdLZXksIFNJR05JTkcpO1xuICAgIGNoZWNrVGltZXMoJ1NlbGZTaWduaW5nS2V5Q2VydGlmaWNhdGVCb2R5JywgbS5jcmVhdGVkQXRNcywgbS5leHBpcmVzQXRNcyk7XG4gIH0sXG59KTtcblxuLyoqIEJvZHkgb2YgYSBkZXZpY2UgY2VydGlmaWNhdGUuICovXG5leHBvcnQgY29uc3QgZGV2aWNlQ2VydGlmaWNhdGVCb2R5Q29kZWMgPSBtZXNzYWdlQ29kZWMoRGV2aWNlQ2VydGlmaWNhdGVCb2R5U2NoZW1hLCB7XG4gIG1heEJ5dGVzOiAxMDI0LFxuICB2YWxpZGF0ZTogKG0pID0+IHtcbiAgICBjaGVja1ZlcnNpb24oJ0RldmljZUNlcnRpZmljYXRlQm9keScsIG0udmVyc2lvbik7XG4gICAgY2hlY2tMZW5ndGgoJ2lkZW50aXR5X2tleScsIG0uaWRlbnRpdHlLZXksIFdJUkVfTElNSVRTLmlkZW50aXR5S2V5KTtcbiAgICBjaGVja0xlbmd0aCgnZGV2aWNlX2lkJywgbS5kZXZpY2VJZCwgV0lSRV9MSU1JVFMuZGV2aWNlSWQpO1xuICAgIGNoZWNrTWF4TGVuZ3RoKCdkaXNwbGF5X25hbWUnLCBtLmRpc3BsYXlOYW1lLCBXSVJFX0xJTUlUUy5kaXNwbGF5TmFtZUJ5dGVzKTtcbiAgICBjaGVja1B1YmxpY0tleSgnc2lnbmluZ19rZXknLCBtLnNpZ25pbmdLZXksIFNJR05JTkcpO1xuICAgIGNoZWNrUHVibGljS2V5KCdrZXlfYWdyZWVtZW50X2tleScsIG0ua2V5QWdyZWVtZW50S2V5LCBbS2V5QWxnb3JpdGhtLlgyNTUxOV0pO1xuICAgIGNoZWNrUHVibGljS2V5KCdpc3N1ZXJfa2V5JywgbS5pc3N1ZXJLZXksIFNJR05JTkcpO1xuICAgIGNoZWNrVGltZXMoJ0RldmljZUNlcnRpZmljYXRlQm9keScsIG0uY3JlYXRlZEF0TXMsIG0uZXhwaXJlc0F0TXMpO1xuICB9LFxufSk7XG5cbi8qKiBCb2R5IG9mIGEgcmV2b2NhdGlvbiBsaXN0LiAqL1xuZXhwb3J0IGNvbnN0IHJldm9jYXRpb25MaXN0Qm9keUNvZGVjID0gbWVzc2FnZUNvZGVjKFJldm9jYXRpb25MaXN0Qm9keVNjaGVtYSwge1xuICBtYXhCeXRlczogV0lSRV9MSU1JVFMubWF4UmV2b2NhdGlvbkxpc3RCb2R5LFxuICB2YWxpZGF0ZTogKG0pID0+IHtcbiAgICBjaGVja1ZlcnNpb24oJ1Jldm9jYXRpb25MaXN0Qm9keScsIG0udmVyc2lvbik7XG4gICAgY2hlY2tMZW5ndGgoJ2lkZW50aXR5X2tleScsIG0uaWRlbnRpdHlLZXksIFdJUkVfTElNSVRTLmlkZW50aXR5S2V5KTtcbiAgICBjaGVjayhtLnNlcmlhbCA+PSAxbiwgJ1Jldm9jYXRpb25MaXN0Qm9keS5zZXJpYWwgbXVzdCBiZSBhdCBsZWFzdCAxJyk7XG4gICAgY2hlY2tTYWZlVTY0KCdzZXJpYWwnLCBtLnNlcmlhbCk7XG4gICAgY2hlY2tTYWZlVTY0KCdpc3N1ZWRfYXRfbXMnLCBtLmlzc3VlZEF0TXMpO1xuICAgIGNoZWNrKG0uZGV2aWNlcy5sZW5ndGggPD0gV0lSRV9MSU1JVFMubWF4UmV2b2tlZERldmljZXMsICd0b28gbWFueSByZXZva2VkIGRldmljZXMnKTtcbiAgICBtLmRldmljZXMuZm9yRWFjaCgoZCwgaSkgPT4ge1xuICAgICAgY2hlY2tMZW5ndGgoYGRldmljZXNbJHtpfV0uZGV2aWNlX2lkYCwgZC5kZXZpY2VJZCwgV0lSRV9MSU1JVFMuZGV2aWNlSWQpO1xuICAgICAgY2hlY2tTYWZlVTY0KGBkZXZpY2VzWyR7aX1dLnJldm9rZWRfYXRfbXNgLCBkLnJldm9rZWRBdE1zKTtcbiAgICAgIGNoZWNrKGQucmVhc29uIGluIFJldm9jYXRpb25SZWFzb24sIGBkZXZpY2VzWyR7aX1dLnJlYXNvbiBpcyB1bmtub3duYCk7XG4gICAgICBpZiAoaSA+IDApXG4gICAgICAgIGNoZWNrKFxuICAgICAgICAgIGNvbXBhcmVCeXRlcyhtLmRldmljZXNbaSAtIDFdIS5kZXZpY2VJZCwgZC5kZXZpY2VJZCkgPCAwLFxuICAgICAgICAgICdyZXZva2VkIGRldmljZXMgbXVzdCBiZSBzb3J0ZWQgYnkgZGV2aWNlX2lkIHdpdGhvdXQgZHVwbGljYXRlcycsXG4gICAgICAgICk7XG4gICAgfSk7XG4gICAgY2hlY2tQdWJsaWNLZXkoJ2lzc3Vlcl9rZXknLCBtLmlzc3VlcktleSwgU0lHTklORyk7XG4gIH0sXG59KTtcblxuZnVuY3Rpb24gY2hlY2tCYWNrdXBIZWFkZXIoaDogQmFja3VwSGVhZGVyIHwgdW5kZWZpbmVkKTogdm9pZCB7XG4gIGNoZWNrKGggIT09IHVuZGVmaW5lZCwgJ0JhY2t1cEhlYWRlciBpcyBtaXNzaW5nJyk7XG4gIGNoZWNrVmVyc2lvbignQmFja3VwSGVhZGVyJywgaC52ZXJzaW9uKTtcbiAgY2hlY2soaC5rZGYgPT09IEJhY2t1cEtkZi5BUkdPTjJJRCwgJ0JhY2t1cEhlYWRlci5rZGYgbXVzdCBiZSBBcmdvbjJpZCcpO1xuICBjaGVja0xlbmd0aCgnc2FsdCcsIGguc2FsdCwgV0lSRV9MSU1JVFMuYmFja3VwU2FsdCk7XG4gIC8vIFRoZSBLREYgcnVucyBiZWZvcmUgYW55dGhpbmcgaXMgYXV0aGVudGljYXRlZCwgc28gdGhlc2UgYm91bmRzIGFyZSBhbGwgdGhhdFxuICAvLyBzdG9wcyBhIGhvc3RpbGUgZmlsZSBmcm9tIGNvc3RpbmcgZ2lnYWJ5dGVzIGFuZCBtaW51dGVzOiBhdCBtb3N0IDEgR2lCIGFuZFxuICAvLyAxMCBwYXNzZXMgKDE2eCB0aGUgNjQgTWlCLCAzLXBhc3MgZGVmYXVsdCksIHdoaWNoIGFsc28gZml0cyBpbiBhIGJyb3dzZXIuXG4gIGNoZWNrKFxuICAgIGgubWVtb3J5S2liID49IDggKiAxMDI0ICYmIGgubWVtb3J5S2liIDw9IDEwMjQgKiAxMDI0LFxuICAgICdCYWNrdXBIZWFkZXIubWVtb3J5X2tpYiBvdXQgb2YgcmFuZ2UgKDggTWlCLi4xIEdpQiknLFxuICApO1xuICBjaGVjayhoLml0ZXJhdGlvbnMgPj0gMSAmJiBoLml0ZXJhdGlvbnMgPD0gMTAsICdCYWNrdXBIZWFkZXIuaXRlcmF0aW9ucyBvdXQgb2YgcmFuZ2UgKDEuLjEwKScpO1xuICBjaGVjayhoLnBhcmFsbGVsaXNtID49IDEgJiYgaC5wYXJhbGxlbGlzbSA8PSA0LCAnQmFja3VwSGVhZGVyLnBhcmFsbGVsaXNtIG91dCBvZiByYW5nZSAoMS4uNCknKTtcbiAgY2hlY2soXG4gICAgaC5jaXBoZXIgPT09IEJhY2t1cENpcGhlci5YQ0hBQ0hBMjBfUE9MWTEzMDUsXG4gICAgJ0JhY2t1cEhlYWRlci5jaXBoZXIgbXVzdCBiZSBYQ2hhQ2hhMjAtUG9seTEzMDUnLFxuICApO1xuICBjaGVja0xlbmd0aCgnbm9uY2UnLCBoLm5vbmNlLCBXSVJFX0xJTUlUUy5iYWNrdXBOb25jZSk7XG59XG5cbi8qKiBUaGUgYXV0aGVudGljYXRlZCBoZWFkZXIgb2YgYSBiYWNrdXAgZmlsZS4gKi9cbmV4cG9ydCBjb25zdCBiYWNrdXBIZWFkZXJDb2RlYyA9IG1lc3NhZ2VDb2RlYyhCYWNrdXBIZWFkZXJTY2hlbWEsIHtcbiAgbWF4Qnl0ZXM6IDI1NixcbiAgdmFsaWRhdGU6IGNoZWNrQmFja3VwSGVhZGVyLFxufSk7XG5cbi8qKiBBbiBlbmNyeXB0ZWQgaWRlbnRpdHkgYmFja3VwIGZpbGUuICovXG5leHBvcnQgY29uc3QgaWRlbnRpdHlCYWNrdXBGaWxlQ29kZWMgPSBtZXNzYWdlQ29kZWMoSWRlbnRpdHlCYWNrdXBGaWxlU2NoZW1hLCB7XG4gIG1heEJ5dGVzOiAxMjggKiAxMDI0LFxuICB2YWxpZGF0ZTogKG0pID0+IHtcbiAgICBjaGVja0JhY2t1cEhlYWRlcihtLmhlYWRlcik7XG4gICAgY2hlY2sobS5jaXBoZXJ0ZXh0Lmxlbmd0aCA+PSAxNiwgJ2NpcGhlcnRleHQgc2hvcnRlciB0aGFuIHRoZSBBRUFEIHRhZycpO1xuICB9LFxufSk7XG5cbi8qKiBUaGUgcGxhaW50ZXh0IGluc2lkZSBhIGJhY2t1cC4gKi9cbmV4cG9ydCBjb25zdCBpZGVudGl0eUJhY2t1cENvbnRlbnRzQ29kZWMgPSBtZXNzYWdlQ29kZWMoSWRlbnRpdHlCYWNrdXBDb250ZW50c1NjaGVtYSwge1xuICBtYXhCeXRlczogOTYgKiAxMDI0LFxuICB2YWxpZGF0ZTogKG0pID0+IHtcbiAgICBjaGVja1ZlcnNpb24oJ0lkZW50aXR5QmFja3VwQ29udGVudHMnLCBtLnZlcnNpb24pO1xuICAgIGNoZWNrTGVuZ3RoKCdpZGVudGl0eV9zZWVkJywgbS5pZGVudGl0eVNlZWQsIDMyKTtcbiAgICBjaGVja0xlbmd0aCgnc2VsZl9zaWduaW5nX3NlZWQnLCBtLnNlbGZTaWduaW5nU2VlZCwgMzIpO1xuICAgIGNoZWNrU2lnbmVkKCdzZWxmX3NpZ25pbmdfY2VydGlmaWNhdGUnLCBtLnNlbGZTaWduaW5nQ2VydGlmaWNhdGUsIHRydWUpO1xuICAgIGNoZWNrU2lnbmVkKCdyZXZvY2F0aW9uX2xpc3QnLCBtLnJldm9jYXRpb25MaXN0LCBmYWxzZSk7XG4gICAgY2hlY2tTYWZlVTY0KCdjcmVhdGVkX2F0X21zJywgbS5jcmVhdGVkQXRNcyk7XG4gIH0sXG59KTtcblxuLyoqIEJvZHkgb2YgYSBjb250YWN0IGNhcmQuICovXG5leHBvcnQgY29uc3QgY29udGFjdENhcmRCb2R5Q29kZWMgPSBtZXNzYWdlQ29kZWMoQ29udGFjdENhcmRCb2R5U2NoZW1hLCB7XG4gIG1heEJ5dGVzOiBXSVJFX0xJTUlUUy5tYXhDb250YWN0Q2FyZEJvZHksXG4gIHZhbGlkYXRlOiAobSkgPT4ge1xuICAgIGNoZWNrVmVyc2lvbignQ29udGFjdENhcmRCb2R5JywgbS52ZXJzaW9uKTtcbiAgICBjaGVja0xlbmd0aCgnaWRlbnRpdHlfa2V5JywgbS5pZGVudGl0eUtleSwgV0lSRV9MSU1JVFMuaWRlbnRpdHlLZXkpO1xuICAgIGNoZWNrTWF4TGVuZ3RoKCdkaXNwbGF5X25hbWUnLCBtLmRpc3BsYXlOYW1lLCBXSVJFX0xJTUlUUy5kaXNwbGF5TmFtZUJ5dGVzKTtcbiAgICBjaGVja1NpZ25lZCgnc2VsZl9zaWduaW5nX2NlcnRpZmljYXRlJywgbS5zZWxmU2lnbmluZ0NlcnRpZmljYXRlLCB0cnVlKTtcbiAgICBjaGVjayhtLmRldmljZUNlcnRpZmljYXRlcy5sZW5ndGggPj0gMSwgJ2EgY29udGFjdCBjYXJkIG5hbWVzIGF0IGxlYXN0IG9uZSBkZXZpY2UnKTtcbiAgICBjaGVjayhcbiAgICAgIG0uZGV2aWNlQ2VydGlmaWNhdGVzLmxlbmd0aCA8PSBXSVJFX0xJTUlUUy5tYXhEZXZpY2VzUGVyQ2FyZCxcbiAgICAgICd0b28gbWFueSBkZXZpY2UgY2VydGlmaWNhdGVzJyxcbiAgICApO1xuICAgIG0uZGV2aWNlQ2VydGlmaWNhdGVzLmZvckVhY2goKGMsIGkpID0+IGNoZWNrU2lnbmVkKGBkZXZpY2VfY2VydGlmaWNhdGVzWyR7aX1dYCwgYywgdHJ1ZSkpO1xuICAgIGNoZWNrU2lnbmVkKCdyZXZvY2F0aW9uX2xpc3QnLCBtLnJldm9jYXRpb25MaXN0LCBmYWxzZSk7XG4gICAgY2hlY2sobS5oaW50cy5sZW5ndGggPD0gV0lSRV9MSU1JVFMubWF4SGludHMsICd0b28gbWFueSBoaW50cycpO1xuICAgIG0uaGludHMuZm9yRWFjaCgoaCwgaSkgPT4gY2hlY2tNYXhMZW5ndGgoYGhpbnRzWyR7aX1dYCwgaCwgV0lSRV9MSU1JVFMubWF4SGludEJ5dGVzKSk7XG4gICAgY2hlY2tTYWZlVTY0KCdjcmVhdGVkX2F0X21zJywgbS5jcmVhdGVkQXRNcyk7XG4gICAgY2hlY2tMZW5ndGgoJ3NpZ25lcl9kZXZpY2VfaWQnLCBtLnNpZ25lckRldmljZUlkLCBXSVJFX0xJTUlUUy5kZXZpY2VJZCk7XG4gIH0sXG59KTtcblxuLyoqIFRoZSBzY2FubmFibGUgc2FmZXR5LW51bWJlciBwYXlsb2FkLiAqL1xuZXhwb3J0IGNvbnN0IHNhZmV0eU51bWJlclBheWxvYWRDb2RlYyA9IG1lc3NhZ2VDb2RlYyhTYWZldHlOdW1iZXJQYXlsb2FkU2NoZW1hLCB7XG4gIG1heEJ5dGVzOiAxMjgsXG4gIHZhbGlkYXRlOiAobSkgPT4ge1xuICAgIGNoZWNrVmVyc2lvbignU2FmZXR5TnVtYmVyUGF5bG9hZCcsIG0udmVyc2lvbik7XG4gICAgY2hlY2tMZW5ndGgoJ2ZpcnN0JywgbS5maXJzdCwgV0lSRV9MSU1JVFMuZmluZ2VycHJpbnQpO1xuICAgIGNoZWNrTGVuZ3RoKCdzZWNvbmQnLCBtLnNlY29uZCwgV0lSRV9MSU1JVFMuZmluZ2VycHJpbnQpO1xuICAgIGNoZWNrKGNvbXBhcmVCeXRlcyhtLmZpcnN0LCBtLnNlY29uZCkgPD0gMCwgJ1NhZmV0eU51bWJlclBheWxvYWQgZmluZ2VycHJpbnRzIG11c3QgYmUgc29ydGVkJyk7XG4gIH0sXG59KTtcblxuZnVuY3Rpb24gY2hlY2tQcmVLZXlCb2R5KG06IFByZUtleUJvZHkpOiB2b2lkIHtcbiAgY2hlY2tWZXJzaW9uKCdQcmVLZXlCb2R5JywgbS52ZXJzaW9uKTtcbiAgY2hlY2tQdWJsaWNLZXkoJ3B1YmxpY19rZXknLCBtLnB1YmxpY0tleSwgW1xuICAgIEtleUFsZ29yaXRobS5YMjU1MTksXG4gICAgS2V5QWxnb3JpdGhtLk1MX0tFTV83NjgsXG4gICAgS2V5QWxnb3JpdGhtLk1MX0tFTV8xMDI0LFxuICBdKTtcbiAgY2hlY2sobS5rZXlJZCA+PSAxLCAnUHJlS2V5Qm9keS5rZXlfaWQgbXVzdCBiZSBhdCBsZWFzdCAxJyk7XG4gIGNoZWNrU2FmZVU2NCgnY3JlYXRlZF9hdF9tcycsIG0uY3JlYXRlZEF0TXMpO1xuICBjaGVjayhcbiAgICAhbS5sYXN0UmVzb3J0IHx8IG0ucHVibGljS2V5IS5hbGdvcml0aG0gIT09IEtleUFsZ29yaXRobS5YMjU1MTksXG4gICAgJ29ubHkgTUwtS0VNIHByZWtleXMgY2FuIGJlIGxhc3QtcmVzb3J0JyxcbiAgKTtcbn1cblxuZnVuY3Rpb24gY2hlY2tPbmVUaW1lUHJlS2V5KG06IE9uZVRpbWVQcmVLZXkpOiB2b2lkIHtcbiAgY2hlY2sobS5rZXlJZCA+PSAxLCAnb25lX3RpbWVfcHJla2V5LmtleV9pZCBtdXN0IGJlIGF0IGxlYXN0IDEnKTtcbiAgY2hlY2tMZW5ndGgoJ29uZV90aW1lX3ByZWtleS5wdWJsaWNfa2V5JywgbS5wdWJsaWNLZXksIDMyKTtcbn1cblxuLyoqIEJvZHkgb2YgYSBzaWduZWQgKFgyNTUxOSBvciBNTC1LRU0pIHByZWtleS4gKi9cbmV4cG9ydCBjb25zdCBwcmVLZXlCb2R5Q29kZWMgPSBtZXNzYWdlQ29kZWMoUHJlS2V5Qm9keVNjaGVtYSwge1xuICBtYXhCeXRlczogMTgwMCxcbiAgdmFsaWRhdGU6IGNoZWNrUHJlS2V5Qm9keSxcbn0pO1xuXG4vKiogQSBwcmVrZXkgYm9keSBhbmQgdGhlIGRldmljZSdzIHNpZ25hdHVyZSBvdmVyIGl0LiAqL1xuZXhwb3J0IGNvbnN0IHNpZ25lZFByZUtleUNvZGVjID0gbWVzc2FnZUNvZGVjKFNpZ25lZFByZUtleVNjaGVtYSwge1xuICBtYXhCeXRlczogMjA0OCxcbiAgdmFsaWRhdGU6IChtKSA9PiB7XG4gICAgY2hlY2sobS5ib2R5Lmxlbmd0aCA+IDAsICdTaWduZWRQcmVLZXkuYm9keSBpcyBlbXB0eScpO1xuICAgIGNoZWNrTGVuZ3RoKCdTaWduZWRQcmVLZXkuc2lnbmF0dXJlJywgbS5zaWduYXR1cmUsIFdJUkVfTElNSVRTLnNpZ25hdHVyZSk7XG4gIH0sXG59KTtcblxuLyoqIEFuIHVuc2lnbmVkIG9uZS10aW1lIFgyNTUxOSBwcmVrZXkuICovXG5leHBvcnQgY29uc3Qgb25lVGltZVByZUtleUNvZGVjID0gbWVzc2FnZUNvZGVjKE9uZVRpbWVQcmVLZXlTY2hlbWEsIHtcbiAgbWF4Qnl0ZXM6IDY0LFxuICB2YWxpZGF0ZTogY2hlY2tPbmVUaW1lUHJlS2V5LFxufSk7XG5cbi8qKiBBIHByZWtleSBidW5kbGUgKHN0cnVjdHVyZSBvbmx5OyBzaWduYXR1cmVzIGFyZSBjaGVja2VkIGJ5IHRoZSBzZXNzaW9uIGxheWVyKS4gKi9cbmV4cG9ydCBjb25zdCBwcmVLZXlCdW5kbGVDb2RlYyA9IG1lc3NhZ2VDb2RlYyhQcmVLZXlCdW5kbGVTY2hlbWEsIHtcbiAgbWF4Qnl0ZXM6IDggKiAxMDI0LFxuICB2YWxpZGF0ZTogKG0pID0+IHtcbiAgICBjaGVja1ZlcnNpb24oJ1ByZUtleUJ1bmRsZScsIG0udmVyc2lvbik7XG4gICAgY2hlY2tTaWduZWQoJ3NlbGZfc2lnbmluZ19jZXJ0aWZpY2F0ZScsIG0uc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSwgdHJ1ZSk7XG4gICAgY2hlY2tTaWduZWQoJ2RldmljZV9jZXJ0aWZpY2F0ZScsIG0uZGV2aWNlQ2VydGlmaWNhdGUsIHRydWUpO1xuICAgIGNoZWNrKG0uc2lnbmVkUHJla2V5ICE9PSB1bmRlZmluZWQsICdzaWduZWRfcHJla2V5IGlzIG1pc3NpbmcnKTtcbiAgICBjaGVja0xlbmd0aCgnc2lnbmVkX3ByZWtleS5zaWduYXR1cmUnLCBtLnNpZ25lZFByZWtleS5zaWduYXR1cmUsIFdJUkVfTElNSVRTLnNpZ25hdHVyZSk7XG4gICAgaWYgKG0ub25lVGltZVByZWtleSAhPT0gdW5kZWZpbmVkKSBjaGVja09uZVRpbWVQcmVLZXkobS5vbmVUaW1lUHJla2V5KTtcbiAgICBjaGVjayhtLmtlbVByZWtleSAhPT0gdW5kZWZpbmVkLCAna2VtX3ByZWtleSBpcyBtaXNzaW5nJyk7XG4gICAgY2hlY2tMZW5ndGgoJ2tlbV9wcmVrZXkuc2lnbmF0dXJlJywgbS5rZW1QcmVrZXkuc2lnbmF0dXJlLCBXSVJFX0xJTUlUUy5zaWduYXR1cmUpO1xuICB9LFxufSk7XG5cbi8qKiBUaGUgdmVyc2lvbmVkIG91dGVyIGVudmVsb3BlLiAqL1xuZXhwb3J0IGNvbnN0IGVudmVsb3BlQ29kZWMgPSBtZXNzYWdlQ29kZWMoRW52ZWxvcGVTY2hlbWEsIHtcbiAgbWF4Qnl0ZXM6IFdJUkVfTElNSVRTLm1heEVudmVsb3BlQ29udGVudCArIDI1NixcbiAgdmFsaWRhdGU6IChtKSA9PiB7XG4gICAgY2hlY2tWZXJzaW9uKCdFbnZlbG9wZScsIG0udmVyc2lvbik7XG4gICAgY2hlY2soXG4gICAgICBtLnR5cGUgIT09IEVudmVsb3BlVHlwZS5VTlNQRUNJRklFRCAmJiBtLnR5cGUgaW4gRW52ZWxvcGVUeXBlLFxuICAgICAgJ0VudmVsb3BlLnR5cGUgaXMgdW5rbm93bicsXG4gICAgKTtcbiAgICBjaGVja0xlbmd0aCgnc2VuZGVyX2RldmljZV9pZCcsIG0uc2VuZGVyRGV2aWNlSWQsIFdJUkVfTElNSVRTLmRldmljZUlkKTtcbiAgICBjaGVjayhcbiAgICAgIG0uc2VuZGVySWRlbnRpdHlLZXkubGVuZ3RoID09PSAwIHx8IG0uc2VuZGVySWRlbnRpdHlLZXkubGVuZ3RoID09PSBXSVJFX0xJTUlUUy5pZGVudGl0eUtleSxcbiAgICAgICdzZW5kZXJfaWRlbnRpdHlfa2V5IG11c3QgYmUgZW1wdHkgb3IgMzIgYnl0ZXMnLFxuICAgICk7XG4gICAgY2hlY2soXG4gICAgICBtLnJlY2lwaWVudERldmljZUlkLmxlbmd0aCA9PT0gMCB8fCBtLnJlY2lwaWVudERldmljZUlkLmxlbmd0aCA9PT0gV0lSRV9MSU1JVFMuZGV2aWNlSWQsXG4gICAgICAncmVjaXBpZW50X2RldmljZV9pZCBtdXN0IGJlIGVtcHR5IG9yIDE2IGJ5dGVzJyxcbiAgICApO1xuICAgIGNoZWNrU2FmZVU2NCgndGltZXN0YW1wX21zJywgbS50aW1lc3RhbXBNcyk7XG4gICAgY2hlY2tNYXhMZW5ndGgoJ2NvbnRlbnQnLCBtLmNvbnRlbnQsIFdJUkVfTElNSVRTLm1heEVudmVsb3BlQ29udGVudCk7XG4gIH0sXG59KTtcblxuZnVuY3Rpb24gY2hlY2tSYXRjaGV0TWVzc2FnZShtOiBSYXRjaGV0TWVzc2FnZSB8IHVuZGVmaW5lZCwgZmllbGQ6IHN0cmluZyk6IHZvaWQge1xuICBjaGVjayhtICE9PSB1bmRlZmluZWQsIGAke2ZpZWxkfSBpcyBtaXNzaW5nYCk7XG4gIGNoZWNrVmVyc2lvbignUmF0Y2hldE1lc3NhZ2UnLCBtLnZlcnNpb24pO1xuICBjaGVjayhcbiAgICBtLmhlYWRlci5sZW5ndGggPiAwICE9PSBtLmVuY3J5cHRlZEhlYWRlci5sZW5ndGggPiAwLFxuICAgIGAke2ZpZWxkfTogZXhhY3RseSBvbmUgb2YgaGVhZGVyIGFuZCBlbmNyeXB0ZWRfaGVhZGVyIG11c3QgYmUgc2V0YCxcbiAgKTtcbiAgY2hlY2tNYXhMZW5ndGgoYCR7ZmllbGR9LmhlYWRlcmAsIG0uaGVhZGVyLCA2NCk7XG4gIC8vIEVuY3J5cHRlZCBoZWFkZXJzIGFyZSBub25jZSArIEFFQUQoaGVhZGVyKTogYm91bmRlZCwgYW5kIGF0IGxlYXN0IGEgdGFnIGxvbmcuXG4gIGlmIChtLmVuY3J5cHRlZEhlYWRlci5sZW5ndGggPiAwKSB7XG4gICAgY2hlY2soXG4gICAgICBtLmVuY3J5cHRlZEhlYWRlci5sZW5ndGggPj0gMTYgJiYgbS5lbmNyeXB0ZWRIZWFkZXIubGVuZ3RoIDw9IDEyOCxcbiAgICAgIGAke2ZpZWxkfS5lbmNyeXB0ZWRfaGVhZGVyIGhhcyBhIGJhZCBsZW5ndGhgLFxuICAgICk7XG4gIH1cbiAgY2hlY2sobS5jaXBoZXJ0ZXh0Lmxlbmd0aCA+PSAxNiwgYCR7ZmllbGR9LmNpcGhlcnRleHQgaXMgc2hvcnRlciB0aGFuIGFuIEFFQUQgdGFnYCk7XG4gIGNoZWNrTWF4TGVuZ3RoKGAke2ZpZWxkfS5jaXBoZXJ0ZXh0YCwgbS5jaXBoZXJ0ZXh0LCBXSVJFX0xJTUlUUy5tYXhFbnZlbG9wZUNvbnRlbnQpO1xufVxuXG4vKiogQSBEb3VibGUgUmF0Y2hldCBoZWFkZXIgKHBsYWludGV4dCBmb3JtKS4gKi9cbmV4cG9ydCBjb25zdCByYXRjaGV0SGVhZGVyQ29kZWMgPSBtZXNzYWdlQ29kZWMoUmF0Y2hldEhlYWRlclNjaGVtYSwge1xuICBtYXhCeXRlczogNjQsXG4gIHZhbGlkYXRlOiAobSkgPT4gY2hlY2tMZW5ndGgoJ3JhdGNoZXRfa2V5JywgbS5yYXRjaGV0S2V5LCAzMiksXG59KTtcblxuLyoqIEEgRG91YmxlIFJhdGNoZXQgbWVzc2FnZS4gKi9cbmV4cG9ydCBjb25zdCByYXRjaGV0TWVzc2FnZUNvZGVjID0gbWVzc2FnZUNvZGVjKFJhdGNoZXRNZXNzYWdlU2NoZW1hLCB7XG4gIG1heEJ5dGVzOiBXSVJFX0xJTUlUUy5tYXhFbnZlbG9wZUNvbnRlbnQgKyAyNTYsXG4gIHZhbGlkYXRlOiAobSkgPT4gY2hlY2tSYXRjaGV0TWVzc2FnZShtLCAnUmF0Y2hldE1lc3NhZ2UnKSxcbn0pO1xuXG4vKiogVGhlIGluaXRpYXRvcidzIGZpcnN0IG1lc3NhZ2UgKFBRWERIIGlucHV0cyArIGZpcnN0IHJhdGNoZXQgbWVzc2FnZSkuICovXG5leHBvcnQgY29uc3QgcHJlS2V5TWVzc2FnZUNvZGVjID0gbWVzc2FnZUNvZGVjKFByZUtleU1lc3NhZ2VTY2hlbWEsIHtcbiAgbWF4Qnl0ZXM6IFdJUkVfTElNSVRTLm1heEVudmVsb3BlQ29udGVudCArIDQwOTYsXG4gIHZhbGlkYXRlOiAobSkgPT4ge1xuICAgIGNoZWNrVmVyc2lvbignUHJlS2V5TWVzc2FnZScsIG0udmVyc2lvbik7XG4gICAgY2hlY2tTaWduZWQoJ3NlbGZfc2lnbmluZ19jZXJ0aWZpY2F0ZScsIG0uc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSwgdHJ1ZSk7XG4gICAgY2hlY2tTaWduZWQoJ2RldmljZV9jZXJ0aWZpY2F0ZScsIG0uZGV2aWNlQ2VydGlmaWNhdGUsIHRydWUpO1xuICAgIGNoZWNrKG0uc2lnbmVkUHJla2V5SWQgPj0gMSwgJ3NpZ25lZF9wcmVrZXlfaWQgbXVzdCBiZSBhdCBsZWFzdCAxJyk7XG4gICAgY2hlY2sobS5rZW1QcmVrZXlJZCA+PSAxLCAna2VtX3ByZWtleV9pZCBtdXN0IGJlIGF0IGxlYXN0IDEnKTtcbiAgICBjaGVja0xlbmd0aCgnYmFzZV9rZXknLCBtLmJhc2VLZXksIDMyKTtcbiAgICBjaGVjayhcbiAgICAgIEtFTV9DSVBIRVJURVhUX0xFTkdUSFMuaW5jbHVkZXMobS5rZW1DaXBoZXJ0ZXh0Lmxlbmd0aCksXG4gICAgICAna2VtX2NpcGhlcnRleHQgaGFzIGEgYmFkIGxlbmd0aCcsXG4gICAgKTtcbiAgICBjaGVja1JhdGNoZXRNZXNzYWdlKG0ubWVzc2FnZSwgJ21lc3NhZ2UnKTtcbiAgfSxcbn0pO1xuXG4vKiogQSBzZW5kZXIga2V5IGRpc3RyaWJ1dGlvbiBtZXNzYWdlLiAqL1xuZXhwb3J0IGNvbnN0IHNlbmRlcktleURpc3RyaWJ1dGlvbkNvZGVjID0gbWVzc2FnZUNvZGVjKFNlbmRlcktleURpc3RyaWJ1dGlvblNjaGVtYSwge1xuICBtYXhCeXRlczogMjU2LFxuICB2YWxpZGF0ZTogKG0pID0+IHtcbiAgICBjaGVja1ZlcnNpb24oJ1NlbmRlcktleURpc3RyaWJ1dGlvbicsIG0udmVyc2lvbik7XG4gICAgY2hlY2tMZW5ndGgoJ2Rpc3RyaWJ1dGlvbl9pZCcsIG0uZGlzdHJpYnV0aW9uSWQsIDE2KTtcbiAgICBjaGVja0xlbmd0aCgnY2hhaW5fa2V5JywgbS5jaGFpbktleSwgMzIpO1xuICAgIGNoZWNrTGVuZ3RoKCdzaWduaW5nX2tleScsIG0uc2lnbmluZ0tleSwgMzIpO1xuICB9LFxufSk7XG5cbi8qKiBCb2R5IG9mIGEgZ3JvdXAgKHNlbmRlciBrZXkpIG1lc3NhZ2UuICovXG5leHBvcnQgY29uc3Qgc2VuZGVyS2V5TWVzc2FnZUJvZHlDb2RlYyA9IG1lc3NhZ2VDb2RlYyhTZW5kZXJLZXlNZXNzYWdlQm9keVNjaGVtYSwge1xuICBtYXhCeXRlczogV0lSRV9MSU1JVFMubWF4RW52ZWxvcGVDb250ZW50ICsgMTI4LFxuICB2YWxpZGF0ZTogKG0pID0+IHtcbiAgICBjaGVja1ZlcnNpb24oJ1NlbmRlcktleU1lc3NhZ2VCb2R5JywgbS52ZXJzaW9uKTtcbiAgICBjaGVja0xlbmd0aCgnZGlzdHJpYnV0aW9uX2lkJywgbS5kaXN0cmlidXRpb25JZCwgMTYpO1xuICAgIGNoZWNrKG0uY2lwaGVydGV4dC5sZW5ndGggPj0gMTYsICdjaXBoZXJ0ZXh0IGlzIHNob3J0ZXIgdGhhbiBhbiBBRUFEIHRhZycpO1xuICAgIGNoZWNrTWF4TGVuZ3RoKCdjaXBoZXJ0ZXh0JywgbS5jaXBoZXJ0ZXh0LCBXSVJFX0xJTUlUUy5tYXhFbnZlbG9wZUNvbnRlbnQpO1xuICB9LFxufSk7XG5cbi8qKiBBbiBlbmNyeXB0ZWQgc2Vzc2lvbiBzbmFwc2hvdCAodGhlIHNlc3Npb24gbGF5ZXIgZGVmaW5lcyB0aGUgcGxhaW50ZXh0KS4gKi9cbmV4cG9ydCBjb25zdCBzZXNzaW9uU25hcHNob3RDb2RlYyA9IG1lc3NhZ2VDb2RlYyhTZXNzaW9uU25hcHNob3RTY2hlbWEsIHtcbiAgbWF4Qnl0ZXM6IDQgKiAxMDI0ICogMTAyNCxcbiAgdmFsaWRhdGU6IChtKSA9PiB7XG4gICAgY2hlY2sobS52ZXJzaW9uID49IDEsICdTZXNzaW9uU25hcHNob3QudmVyc2lvbiBtdXN0IGJlIGF0IGxlYXN0IDEnKTtcbiAgICBjaGVja0xlbmd0aCgnbm9uY2UnLCBtLm5vbmNlLCBXSVJFX0xJTUlUUy5iYWNrdXBOb25jZSk7XG4gICAgY2hlY2sobS5jaXBoZXJ0ZXh0Lmxlbmd0aCA+PSAxNiwgJ2NpcGhlcnRleHQgaXMgc2hvcnRlciB0aGFuIGFuIEFFQUQgdGFnJyk7XG4gIH0sXG59KTtcblxuLyoqIEV2ZXJ5IGNvZGVjLCBmb3IgcHJvcGVydHkgdGVzdHMgYW5kIHRoZSBzcGVjIHRhYmxlLiAqL1xuZXhwb3J0IGNvbnN0IEFMTF9DT0RFQ1MgPSB7XG4gIHB1YmxpY0tleUNvZGVjLFxuICBzaWduZWRNZXNzYWdlQ29kZWMsXG4gIHNlbGZTaWduaW5nQ2VydGlmaWNhdGVCb2R5Q29kZWMsXG4gIGRldmljZUNlcnRpZmljYXRlQm9keUNvZGVjLFxuICByZXZvY2F0aW9uTGlzdEJvZHlDb2RlYyxcbiAgYmFja3VwSGVhZGVyQ29kZWMsXG4gIGlkZW50aXR5QmFja3VwRmlsZUNvZGVjLFxuICBpZGVudGl0eUJhY2t1cENvbnRlbnRzQ29kZWMsXG4gIGNvbnRhY3RDYXJkQm9keUNvZGVjLFxuICBzYWZldHlOdW1iZXJQYXlsb2FkQ29kZWMsXG4gIHByZUtleUJvZHlDb2RlYyxcbiAgc2lnbmVkUHJlS2V5Q29kZWMsXG4gIG9uZVRpbWVQcmVLZXlDb2RlYyxcbiAgcHJlS2V5QnVuZGxlQ29kZWMsXG4gIGVudmVsb3BlQ29kZWMsXG4gIHJhdGNoZXRIZWFkZXJDb2RlYyxcbiAgcmF0Y2hldE1lc3NhZ2VDb2RlYyxcbiAgcHJlS2V5TWVzc2FnZUNvZGVjLFxuICBzZW5kZXJLZXlEaXN0cmlidXRpb25Db2RlYyxcbiAgc2VuZGVyS2V5TWVzc2FnZUJvZHlDb2RlYyxcbiAgc2Vzc2lvblNuYXBzaG90Q29kZWMsXG59IGFzIGNvbnN0O1xuXG5leHBvcnQgdHlwZSB7IE1lc3NhZ2VTaGFwZSB9O1xuZXhwb3J0IHsgQmFja3VwQ2lwaGVyLCBCYWNrdXBLZGYsIEVudmVsb3BlVHlwZSwgS2V5QWxnb3JpdGhtLCBSZXZvY2F0aW9uUmVhc29uIH07XG4iLCAiaW1wb3J0IHsgTmV4dXNFcnJvciB9IGZyb20gJy4uL2ludGVyZmFjZXMvZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHtcbiAgS2V5SW5mbyxcbiAgS2V5U3RvcmUsXG4gIFNpZ25hdHVyZUFsZ29yaXRobSxcbiAgU2lnbmluZ1B1YmxpY0tleSxcbn0gZnJvbSAnLi4vaW50ZXJmYWNlcy9rZXlzdG9yZS5qcyc7XG5pbXBvcnQgeyBjb25jYXQsIHV0ZjggfSBmcm9tICcuLi9wcmltaXRpdmVzL2J5dGVzLmpzJztcbmltcG9ydCB7IGNyeXB0bywgaXNWYWxpZEVkMjU1MTlQb2ludCwgaXNWYWxpZFAyNTZQb2ludCB9IGZyb20gJy4uL3ByaW1pdGl2ZXMvcHJvdmlkZXIuanMnO1xuaW1wb3J0IHsgS2V5QWxnb3JpdGhtIH0gZnJvbSAnLi4vd2lyZS9tZXNzYWdlcy5qcyc7XG5pbXBvcnQgdHlwZSB7IFB1YmxpY0tleSB9IGZyb20gJy4uL3dpcmUvZ2VuL25leHVzbGluay92MS9rZXlzX3BiLmpzJztcblxuLyoqXG4gKiBEb21haW4tc2VwYXJhdGlvbiBsYWJlbHM6IGEgc2lnbmF0dXJlIGlzIG92ZXIgYGxhYmVsIHx8IDB4MDAgfHwgYm9keWAsIHNvXG4gKiBhIHNpZ25hdHVyZSBtYWRlIGZvciBvbmUgcHVycG9zZSBpcyBuZXZlciB2YWxpZCBmb3IgYW5vdGhlci5cbiAqL1xuZXhwb3J0IGNvbnN0IFNJR05BVFVSRV9MQUJFTFMgPSB7XG4gIHNlbGZTaWduaW5nQ2VydGlmaWNhdGU6ICduZXh1c2xpbmsvdjEvc2VsZi1zaWduaW5nLWNlcnRpZmljYXRlJyxcbiAgZGV2aWNlQ2VydGlmaWNhdGU6ICduZXh1c2xpbmsvdjEvZGV2aWNlLWNlcnRpZmljYXRlJyxcbiAgcmV2b2NhdGlvbkxpc3Q6ICduZXh1c2xpbmsvdjEvcmV2b2NhdGlvbi1saXN0JyxcbiAgY29udGFjdENhcmQ6ICduZXh1c2xpbmsvdjEvY29udGFjdC1jYXJkJyxcbiAgc2lnbmVkUHJlS2V5OiAnbmV4dXNsaW5rL3YxL3NpZ25lZC1wcmVrZXknLFxuICBzZW5kZXJLZXlNZXNzYWdlOiAnbmV4dXNsaW5rL3YxL3NlbmRlci1rZXktbWVzc2FnZScsXG4gIGF1dGhDaGFsbGVuZ2U6ICduZXh1c2xpbmsvdjEvYXV0aC1jaGFsbGVuZ2UnLFxufSBhcyBjb25zdDtcblxuLyoqIE9uZSBvZiB7QGxpbmsgU0lHTkFUVVJFX0xBQkVMU30uICovXG5leHBvcnQgdHlwZSBTaWduYXR1cmVMYWJlbCA9ICh0eXBlb2YgU0lHTkFUVVJFX0xBQkVMUylba2V5b2YgdHlwZW9mIFNJR05BVFVSRV9MQUJFTFNdO1xuXG4vKiogVGhlIGV4YWN0IGJ5dGVzIHNpZ25lZCBmb3IgYGJvZHlgIHVuZGVyIGBsYWJlbGAuICovXG5leHBvcnQgZnVuY3Rpb24gc2lnbmluZ0lucHV0KGxhYmVsOiBTaWduYXR1cmVMYWJlbCwgYm9keTogVWludDhBcnJheSk6IFVpbnQ4QXJyYXkge1xuICByZXR1cm4gY29uY2F0KHV0ZjgobGFiZWwpLCBVaW50OEFycmF5Lm9mKDApLCBib2R5KTtcbn1cblxuLyoqXG4gKiBTb21ldGhpbmcgdGhhdCBzaWduczogYW4gaWRlbnRpdHksIG9yIGEga2V5IGhlbGQgaW4gYSB7QGxpbmsgS2V5U3RvcmV9LlxuICogQ2VydGlmaWNhdGUgaXNzdWVycyB0YWtlIGEgYFNpZ25lcmAsIHNvIHRoZSBrZXkgbWF5IGxpdmUgaW4gaGFyZHdhcmUuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU2lnbmVyIHtcbiAgcmVhZG9ubHkgcHVibGljS2V5OiBTaWduaW5nUHVibGljS2V5O1xuICAvKiogU2lnbiBgbWVzc2FnZWAgKGFscmVhZHkgZG9tYWluLXNlcGFyYXRlZCBieSB0aGUgY2FsbGVyKS4gKi9cbiAgc2lnbihtZXNzYWdlOiBVaW50OEFycmF5KTogUHJvbWlzZTxVaW50OEFycmF5Pjtcbn1cblxuLyoqIEEge0BsaW5rIFNpZ25lcn0gZm9yIGtleSBga2V5YCBvZiBgc3RvcmVgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGtleVN0b3JlU2lnbmVyKHN0b3JlOiBLZXlTdG9yZSwga2V5OiBLZXlJbmZvKTogU2lnbmVyIHtcbiAgcmV0dXJuIHtcbiAgICBwdWJsaWNLZXk6IGtleS5wdWJsaWNLZXksXG4gICAgc2lnbjogKG1lc3NhZ2UpID0+IHN0b3JlLnNpZ24oa2V5LmlkLCBtZXNzYWdlKSxcbiAgfTtcbn1cblxuLyoqXG4gKiBWZXJpZnkgYSBzaWduYXR1cmUgdW5kZXIgYW4gYWxnb3JpdGhtLXRhZ2dlZCBrZXkuIEVkMjU1MTkgaXMgc3RyaWN0IFJGQ1xuICogODAzMjsgUC0yNTYgYWNjZXB0cyBvbmx5IGxvdy1TIGByIHx8IHNgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gdmVyaWZ5U2lnbmF0dXJlKFxuICBwdWJsaWNLZXk6IFNpZ25pbmdQdWJsaWNLZXksXG4gIG1lc3NhZ2U6IFVpbnQ4QXJyYXksXG4gIHNpZ25hdHVyZTogVWludDhBcnJheSxcbik6IGJvb2xlYW4ge1xuICBpZiAoc2lnbmF0dXJlLmxlbmd0aCAhPT0gNjQpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgYyA9IGNyeXB0bygpO1xuICBzd2l0Y2ggKHB1YmxpY0tleS5hbGdvcml0aG0pIHtcbiAgICBjYXNlICdlZDI1NTE5JzpcbiAgICAgIHJldHVybiBjLmVkMjU1MTlWZXJpZnkocHVibGljS2V5LmJ5dGVzLCBtZXNzYWdlLCBzaWduYXR1cmUpO1xuICAgIGNhc2UgJ3AyNTYnOlxuICAgICAgcmV0dXJuIGMucDI1NlZlcmlmeShwdWJsaWNLZXkuYnl0ZXMsIG1lc3NhZ2UsIHNpZ25hdHVyZSk7XG4gICAgZGVmYXVsdDpcbiAgICAgIHJldHVybiBmYWxzZTtcbiAgfVxufVxuXG4vKiogU2lnbiBgYm9keWAgdW5kZXIgYGxhYmVsYCBhbmQgY2hlY2sgdGhlIHNpZ25lciByZXR1cm5lZCBhIHdlbGwtZm9ybWVkIHNpZ25hdHVyZS4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBzaWduTGFiZWxsZWQoXG4gIHNpZ25lcjogU2lnbmVyLFxuICBsYWJlbDogU2lnbmF0dXJlTGFiZWwsXG4gIGJvZHk6IFVpbnQ4QXJyYXksXG4pOiBQcm9taXNlPFVpbnQ4QXJyYXk+IHtcbiAgY29uc3Qgc2lnbmF0dXJlID0gYXdhaXQgc2lnbmVyLnNpZ24oc2lnbmluZ0lucHV0KGxhYmVsLCBib2R5KSk7XG4gIGlmICghdmVyaWZ5U2lnbmF0dXJlKHNpZ25lci5wdWJsaWNLZXksIHNpZ25pbmdJbnB1dChsYWJlbCwgYm9keSksIHNpZ25hdHVyZSkpIHtcbiAgICAvLyBBIGtleSBzdG9yZSB0aGF0IHJldHVybnMgYW4gaW52YWxpZCBzaWduYXR1cmUgKHNheSwgaGlnaC1TIFAtMjU2KSBpcyBicm9rZW47IGZhaWwgbG91ZGx5IGhlcmUuXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0tFWVNUT1JFJywgJ3RoZSBrZXkgc3RvcmUgcmV0dXJuZWQgYSBzaWduYXR1cmUgdGhhdCBkb2VzIG5vdCB2ZXJpZnknKTtcbiAgfVxuICByZXR1cm4gc2lnbmF0dXJlO1xufVxuXG4vKiogVmVyaWZ5IGBzaWduYXR1cmVgIG92ZXIgYGJvZHlgIHVuZGVyIGBsYWJlbGAsIG9yIHRocm93IGBCQURfU0lHTkFUVVJFYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXF1aXJlU2lnbmF0dXJlKFxuICBwdWJsaWNLZXk6IFNpZ25pbmdQdWJsaWNLZXksXG4gIGxhYmVsOiBTaWduYXR1cmVMYWJlbCxcbiAgYm9keTogVWludDhBcnJheSxcbiAgc2lnbmF0dXJlOiBVaW50OEFycmF5LFxuICB3aGF0OiBzdHJpbmcsXG4pOiB2b2lkIHtcbiAgaWYgKCF2ZXJpZnlTaWduYXR1cmUocHVibGljS2V5LCBzaWduaW5nSW5wdXQobGFiZWwsIGJvZHkpLCBzaWduYXR1cmUpKSB7XG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0JBRF9TSUdOQVRVUkUnLCBgJHt3aGF0fTogc2lnbmF0dXJlIGRvZXMgbm90IHZlcmlmeWApO1xuICB9XG59XG5cbmNvbnN0IFRPX1dJUkU6IFJlY29yZDxTaWduYXR1cmVBbGdvcml0aG0sIEtleUFsZ29yaXRobT4gPSB7XG4gIGVkMjU1MTk6IEtleUFsZ29yaXRobS5FRDI1NTE5LFxuICBwMjU2OiBLZXlBbGdvcml0aG0uRUNEU0FfUDI1Nixcbn07XG5cbi8qKiBXaXJlIGZvcm0gb2YgYSBzaWduaW5nIGtleS4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0b1dpcmVLZXkoa2V5OiBTaWduaW5nUHVibGljS2V5KTogeyBhbGdvcml0aG06IEtleUFsZ29yaXRobTsga2V5OiBVaW50OEFycmF5IH0ge1xuICByZXR1cm4geyBhbGdvcml0aG06IFRPX1dJUkVba2V5LmFsZ29yaXRobV0sIGtleToga2V5LmJ5dGVzIH07XG59XG5cbi8qKlxuICogQSBzaWduaW5nIGtleSBmcm9tIHRoZSB3aXJlLCBjaGVja2VkIHRvIGJlIGEgdmFsaWQgcG9pbnQuXG4gKlxuICogQHRocm93cyBOZXh1c0Vycm9yIGBNQUxGT1JNRURgIGZvciBhbiB1bmtub3duIGFsZ29yaXRobSBvciBhbiBpbnZhbGlkIHBvaW50LlxuICovXG5leHBvcnQgZnVuY3Rpb24gZnJvbVdpcmVLZXkoa2V5OiBQdWJsaWNLZXkgfCB1bmRlZmluZWQsIGZpZWxkOiBzdHJpbmcpOiBTaWduaW5nUHVibGljS2V5IHtcbiAgaWYgKGtleSA9PT0gdW5kZWZpbmVkKSB0aHJvdyBuZXcgTmV4dXNFcnJvcignTUFMRk9STUVEJywgYCR7ZmllbGR9IGlzIG1pc3NpbmdgKTtcbiAgaWYgKGtleS5hbGdvcml0aG0gPT09IEtleUFsZ29yaXRobS5FRDI1NTE5ICYmIGlzVmFsaWRFZDI1NTE5UG9pbnQoa2V5LmtleSkpIHtcbiAgICByZXR1cm4geyBhbGdvcml0aG06ICdlZDI1NTE5JywgYnl0ZXM6IGtleS5rZXkgfTtcbiAgfVxuICBpZiAoXG4gICAga2V5LmFsZ29yaXRobSA9PT0gS2V5QWxnb3JpdGhtLkVDRFNBX1AyNTYgJiZcbiAgICBrZXkua2V5Lmxlbmd0aCA9PT0gMzMgJiZcbiAgICBpc1ZhbGlkUDI1NlBvaW50KGtleS5rZXkpXG4gICkge1xuICAgIHJldHVybiB7IGFsZ29yaXRobTogJ3AyNTYnLCBieXRlczoga2V5LmtleSB9O1xuICB9XG4gIHRocm93IG5ldyBOZXh1c0Vycm9yKCdNQUxGT1JNRUQnLCBgJHtmaWVsZH0gaXMgbm90IGEgdmFsaWQgc2lnbmluZyBrZXlgKTtcbn1cblxuLyoqIFdoZXRoZXIgdHdvIHNpZ25pbmcga2V5cyBhcmUgdGhlIHNhbWUga2V5LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNhbWVLZXkoYTogU2lnbmluZ1B1YmxpY0tleSwgYjogU2lnbmluZ1B1YmxpY0tleSk6IGJvb2xlYW4ge1xuICBpZiAoYS5hbGdvcml0aG0gIT09IGIuYWxnb3JpdGhtIHx8IGEuYnl0ZXMubGVuZ3RoICE9PSBiLmJ5dGVzLmxlbmd0aCkgcmV0dXJuIGZhbHNlO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGEuYnl0ZXMubGVuZ3RoOyBpKyspIGlmIChhLmJ5dGVzW2ldICE9PSBiLmJ5dGVzW2ldKSByZXR1cm4gZmFsc2U7XG4gIHJldHVybiB0cnVlO1xufVxuIiwgImltcG9ydCB7IE5leHVzRXJyb3IgfSBmcm9tICcuLi9pbnRlcmZhY2VzL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7IENsb2NrLCBSYW5kb21Tb3VyY2UgfSBmcm9tICcuLi9pbnRlcmZhY2VzL3J1bnRpbWUuanMnO1xuaW1wb3J0IHR5cGUgeyBTaWduaW5nUHVibGljS2V5IH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9rZXlzdG9yZS5qcyc7XG5pbXBvcnQgeyBieXRlc0VxdWFsLCB0b0hleCB9IGZyb20gJy4uL3ByaW1pdGl2ZXMvYnl0ZXMuanMnO1xuaW1wb3J0IHsgY3J5cHRvIH0gZnJvbSAnLi4vcHJpbWl0aXZlcy9wcm92aWRlci5qcyc7XG5pbXBvcnQge1xuICBkZXZpY2VDZXJ0aWZpY2F0ZUJvZHlDb2RlYyxcbiAgS2V5QWxnb3JpdGhtLFxuICBSZXZvY2F0aW9uUmVhc29uLFxuICByZXZvY2F0aW9uTGlzdEJvZHlDb2RlYyxcbiAgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZUJvZHlDb2RlYyxcbiAgc2lnbmVkTWVzc2FnZUNvZGVjLFxuICBXSVJFX0xJTUlUUyxcbn0gZnJvbSAnLi4vd2lyZS9tZXNzYWdlcy5qcyc7XG5pbXBvcnQge1xuICBmcm9tV2lyZUtleSxcbiAgcmVxdWlyZVNpZ25hdHVyZSxcbiAgc2FtZUtleSxcbiAgU0lHTkFUVVJFX0xBQkVMUyxcbiAgc2lnbkxhYmVsbGVkLFxuICB0b1dpcmVLZXksXG59IGZyb20gJy4vc2lnbmluZy5qcyc7XG5pbXBvcnQgdHlwZSB7IFNpZ25lciB9IGZyb20gJy4vc2lnbmluZy5qcyc7XG5pbXBvcnQgeyBwYXJzZVV1aWQsIHV1aWRGcm9tUHVibGljS2V5IH0gZnJvbSAnLi91dWlkLmpzJztcbmltcG9ydCB0eXBlIHsgVXVpZCB9IGZyb20gJy4vdXVpZC5qcyc7XG5cbi8qKiBUaGUgc3lzdGVtIGNsb2NrLiAqL1xuZXhwb3J0IGNvbnN0IHN5c3RlbUNsb2NrOiBDbG9jayA9IHsgbm93OiAoKSA9PiBEYXRlLm5vdygpIH07XG4vKiogVGhlIHBsYXRmb3JtJ3Mgc2VjdXJlIHJhbmRvbSBzb3VyY2UuICovXG5leHBvcnQgY29uc3Qgc3lzdGVtUmFuZG9tOiBSYW5kb21Tb3VyY2UgPSB7IHJhbmRvbUJ5dGVzOiAobikgPT4gY3J5cHRvKCkucmFuZG9tQnl0ZXMobikgfTtcblxuLyoqIEFuIGlkZW50aXR5IGdpdmVuIGFzIGl0cyBVVUlEIG9yIGl0cyAzMi1ieXRlIHB1YmxpYyBrZXkuICovXG5leHBvcnQgdHlwZSBJZGVudGl0eVJlZiA9IFV1aWQgfCBzdHJpbmcgfCBVaW50OEFycmF5O1xuXG5mdW5jdGlvbiBpZGVudGl0eUtleU9mKHJlZjogSWRlbnRpdHlSZWYpOiBVaW50OEFycmF5IHtcbiAgaWYgKHJlZiBpbnN0YW5jZW9mIFVpbnQ4QXJyYXkpIHtcbiAgICBpZiAocmVmLmxlbmd0aCAhPT0gMzIpIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX0tFWScsICdpZGVudGl0eSBrZXkgbXVzdCBiZSAzMiBieXRlcycpO1xuICAgIHJldHVybiByZWY7XG4gIH1cbiAgcmV0dXJuIHBhcnNlVXVpZChyZWYpLnB1YmxpY0tleTtcbn1cblxuZnVuY3Rpb24gb3B0aW9uYWxUaW1lKG1zOiBiaWdpbnQpOiBudW1iZXIgfCBudWxsIHtcbiAgcmV0dXJuIG1zID09PSAwbiA/IG51bGwgOiBOdW1iZXIobXMpO1xufVxuXG4vKiogQSB0aW1lc3RhbXAgb3B0aW9uIGFzIGEgdWludDY0LCBvciBgSU5WQUxJRF9BUkdVTUVOVGAuIEBpbnRlcm5hbCAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrVGltZShuYW1lOiBzdHJpbmcsIHZhbHVlOiBudW1iZXIgfCB1bmRlZmluZWQpOiBiaWdpbnQge1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIDBuO1xuICBpZiAoIU51bWJlci5pc1NhZmVJbnRlZ2VyKHZhbHVlKSB8fCB2YWx1ZSA8IDApXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfQVJHVU1FTlQnLCBgJHtuYW1lfSBtdXN0IGJlIGEgbm9uLW5lZ2F0aXZlIGludGVnZXIgKG1zKWApO1xuICByZXR1cm4gQmlnSW50KHZhbHVlKTtcbn1cblxuLyoqXG4gKiBUaGUgdmVyaWZpY2F0aW9uIHRpbWUgb2YgYG9wdGlvbnNgIChkZWZhdWx0IG5vdykuXG4gKlxuICogQHRocm93cyBOZXh1c0Vycm9yIGBJTlZBTElEX0FSR1VNRU5UYCBmb3IgYSBub24tZmluaXRlIHRpbWUsIHdoaWNoIHdvdWxkIHNpbGVudGx5IGRpc2FibGUgZXhwaXJ5LlxuICovXG5leHBvcnQgZnVuY3Rpb24gdmVyaWZpY2F0aW9uVGltZShvcHRpb25zOiB7IG5vdz86IG51bWJlciB9KTogbnVtYmVyIHtcbiAgY29uc3Qgbm93ID0gb3B0aW9ucy5ub3cgPz8gRGF0ZS5ub3coKTtcbiAgaWYgKHR5cGVvZiBub3cgIT09ICdudW1iZXInIHx8ICFOdW1iZXIuaXNGaW5pdGUobm93KSkge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX0FSR1VNRU5UJywgJ3ZlcmlmaWNhdGlvbiB0aW1lIG11c3QgYmUgYSBmaW5pdGUgbnVtYmVyIG9mIG1zJyk7XG4gIH1cbiAgcmV0dXJuIG5vdztcbn1cblxuZnVuY3Rpb24gcmVxdWlyZU5vdEV4cGlyZWQoZXhwaXJlc0F0OiBudW1iZXIgfCBudWxsLCBub3c6IG51bWJlciwgd2hhdDogc3RyaW5nKTogdm9pZCB7XG4gIGlmIChleHBpcmVzQXQgIT09IG51bGwgJiYgbm93ID49IGV4cGlyZXNBdCkgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0VYUElSRUQnLCBgJHt3aGF0fSBleHBpcmVkYCk7XG59XG5cbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuLy8gU2VsZi1zaWduaW5nIGtleSBjZXJ0aWZpY2F0ZXNcblxuLyoqIEEgZGVjb2RlZCBzZWxmLXNpZ25pbmcga2V5IGNlcnRpZmljYXRlIChJSyBcdTIxOTIgU1NLKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSB7XG4gIC8qKiBUaGUgZW5jb2RlZCBgU2lnbmVkTWVzc2FnZWAsIGFzIHN0b3JlZCBhbmQgdHJhbnNtaXR0ZWQuICovXG4gIHJlYWRvbmx5IGJ5dGVzOiBVaW50OEFycmF5O1xuICByZWFkb25seSBpZGVudGl0eUtleTogVWludDhBcnJheTtcbiAgcmVhZG9ubHkgc2lnbmluZ0tleTogU2lnbmluZ1B1YmxpY0tleTtcbiAgcmVhZG9ubHkgY3JlYXRlZEF0OiBudW1iZXI7XG4gIHJlYWRvbmx5IGV4cGlyZXNBdDogbnVtYmVyIHwgbnVsbDtcbn1cblxuLyoqIE9wdGlvbnMgZm9yIHtAbGluayBpc3N1ZVNlbGZTaWduaW5nQ2VydGlmaWNhdGV9LiAqL1xuZXhwb3J0IGludGVyZmFjZSBJc3N1ZVNlbGZTaWduaW5nQ2VydGlmaWNhdGVPcHRpb25zIHtcbiAgLyoqIFRoZSBpZGVudGl0eSBrZXkgKGFuIHtAbGluayBJZGVudGl0eX0pLiAqL1xuICByZWFkb25seSBpZGVudGl0eTogU2lnbmVyO1xuICAvKiogVGhlIHNlbGYtc2lnbmluZyBrZXkgdG8gY2VydGlmeS4gKi9cbiAgcmVhZG9ubHkgc2lnbmluZ0tleTogU2lnbmluZ1B1YmxpY0tleTtcbiAgcmVhZG9ubHkgY3JlYXRlZEF0PzogbnVtYmVyO1xuICByZWFkb25seSBleHBpcmVzQXQ/OiBudW1iZXI7XG4gIHJlYWRvbmx5IGNsb2NrPzogQ2xvY2s7XG59XG5cbi8qKiBUaGUgaWRlbnRpdHkga2V5IGNlcnRpZmllcyBhIHNlbGYtc2lnbmluZyBrZXkuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gaXNzdWVTZWxmU2lnbmluZ0NlcnRpZmljYXRlKFxuICBvcHRpb25zOiBJc3N1ZVNlbGZTaWduaW5nQ2VydGlmaWNhdGVPcHRpb25zLFxuKTogUHJvbWlzZTxTZWxmU2lnbmluZ0NlcnRpZmljYXRlPiB7XG4gIGlmIChvcHRpb25zLmlkZW50aXR5LnB1YmxpY0tleS5hbGdvcml0aG0gIT09ICdlZDI1NTE5JylcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignVU5TVVBQT1JURURfQUxHT1JJVEhNJywgJ2lkZW50aXR5IGtleXMgYXJlIEVkMjU1MTknKTtcbiAgY29uc3QgY3JlYXRlZEF0ID0gb3B0aW9ucy5jcmVhdGVkQXQgPz8gKG9wdGlvbnMuY2xvY2sgPz8gc3lzdGVtQ2xvY2spLm5vdygpO1xuICBjb25zdCBib2R5ID0gc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZUJvZHlDb2RlYy5lbmNvZGUoe1xuICAgIHZlcnNpb246IDEsXG4gICAgaWRlbnRpdHlLZXk6IG9wdGlvbnMuaWRlbnRpdHkucHVibGljS2V5LmJ5dGVzLFxuICAgIHNpZ25pbmdLZXk6IHRvV2lyZUtleShvcHRpb25zLnNpZ25pbmdLZXkpLFxuICAgIGNyZWF0ZWRBdE1zOiBjaGVja1RpbWUoJ2NyZWF0ZWRBdCcsIGNyZWF0ZWRBdCksXG4gICAgZXhwaXJlc0F0TXM6IGNoZWNrVGltZSgnZXhwaXJlc0F0Jywgb3B0aW9ucy5leHBpcmVzQXQpLFxuICB9KTtcbiAgY29uc3Qgc2lnbmF0dXJlID0gYXdhaXQgc2lnbkxhYmVsbGVkKFxuICAgIG9wdGlvbnMuaWRlbnRpdHksXG4gICAgU0lHTkFUVVJFX0xBQkVMUy5zZWxmU2lnbmluZ0NlcnRpZmljYXRlLFxuICAgIGJvZHksXG4gICk7XG4gIHJldHVybiBkZWNvZGVTZWxmU2lnbmluZ0NlcnRpZmljYXRlKHNpZ25lZE1lc3NhZ2VDb2RlYy5lbmNvZGUoeyBib2R5LCBzaWduYXR1cmUgfSkpO1xufVxuXG4vKiogRGVjb2RlICh3aXRob3V0IHZlcmlmeWluZykgYSBzZWxmLXNpZ25pbmcga2V5IGNlcnRpZmljYXRlLiBAdGhyb3dzIE5leHVzRXJyb3IgYE1BTEZPUk1FRGAuICovXG5leHBvcnQgZnVuY3Rpb24gZGVjb2RlU2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZShieXRlczogVWludDhBcnJheSk6IFNlbGZTaWduaW5nQ2VydGlmaWNhdGUge1xuICBjb25zdCBzaWduZWQgPSBzaWduZWRNZXNzYWdlQ29kZWMuZGVjb2RlKGJ5dGVzKTtcbiAgY29uc3QgYm9keSA9IHNlbGZTaWduaW5nQ2VydGlmaWNhdGVCb2R5Q29kZWMuZGVjb2RlKHNpZ25lZC5ib2R5KTtcbiAgcmV0dXJuIE9iamVjdC5mcmVlemUoe1xuICAgIGJ5dGVzOiBieXRlcy5zbGljZSgpLFxuICAgIGlkZW50aXR5S2V5OiBib2R5LmlkZW50aXR5S2V5LFxuICAgIHNpZ25pbmdLZXk6IGZyb21XaXJlS2V5KGJvZHkuc2lnbmluZ0tleSwgJ3NpZ25pbmdfa2V5JyksXG4gICAgY3JlYXRlZEF0OiBOdW1iZXIoYm9keS5jcmVhdGVkQXRNcyksXG4gICAgZXhwaXJlc0F0OiBvcHRpb25hbFRpbWUoYm9keS5leHBpcmVzQXRNcyksXG4gIH0pO1xufVxuXG4vKiogT3B0aW9ucyBmb3IgdGhlIHZlcmlmeSBmdW5jdGlvbnMuICovXG5leHBvcnQgaW50ZXJmYWNlIFZlcmlmeU9wdGlvbnMge1xuICAvKiogVmVyaWZpY2F0aW9uIHRpbWUgaW4gbXM7IGRlZmF1bHQgbm93LiAqL1xuICByZWFkb25seSBub3c/OiBudW1iZXI7XG59XG5cbi8qKlxuICogVmVyaWZ5IGEgc2VsZi1zaWduaW5nIGtleSBjZXJ0aWZpY2F0ZSBhZ2FpbnN0IHRoZSBpZGVudGl0eSBpdCBzaG91bGQgYmVsb25nIHRvLlxuICpcbiAqIEB0aHJvd3MgTmV4dXNFcnJvciBgTUFMRk9STUVEYCwgYFVOS05PV05fSVNTVUVSYCAoaXNzdWVkIGZvciBhbm90aGVyIGlkZW50aXR5KSxcbiAqICAgYEJBRF9TSUdOQVRVUkVgLCBgRVhQSVJFRGAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB2ZXJpZnlTZWxmU2lnbmluZ0NlcnRpZmljYXRlKFxuICBjZXJ0aWZpY2F0ZTogVWludDhBcnJheSxcbiAgaWRlbnRpdHk6IElkZW50aXR5UmVmLFxuICBvcHRpb25zOiBWZXJpZnlPcHRpb25zID0ge30sXG4pOiBTZWxmU2lnbmluZ0NlcnRpZmljYXRlIHtcbiAgY29uc3QgaWRlbnRpdHlLZXkgPSBpZGVudGl0eUtleU9mKGlkZW50aXR5KTtcbiAgY29uc3Qgc2lnbmVkID0gc2lnbmVkTWVzc2FnZUNvZGVjLmRlY29kZShjZXJ0aWZpY2F0ZSk7XG4gIGNvbnN0IGNlcnQgPSBkZWNvZGVTZWxmU2lnbmluZ0NlcnRpZmljYXRlKGNlcnRpZmljYXRlKTtcbiAgaWYgKCFieXRlc0VxdWFsKGNlcnQuaWRlbnRpdHlLZXksIGlkZW50aXR5S2V5KSkge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdVTktOT1dOX0lTU1VFUicsICdzZWxmLXNpZ25pbmcgY2VydGlmaWNhdGUgYmVsb25ncyB0byBhbm90aGVyIGlkZW50aXR5Jyk7XG4gIH1cbiAgcmVxdWlyZVNpZ25hdHVyZShcbiAgICB7IGFsZ29yaXRobTogJ2VkMjU1MTknLCBieXRlczogaWRlbnRpdHlLZXkgfSxcbiAgICBTSUdOQVRVUkVfTEFCRUxTLnNlbGZTaWduaW5nQ2VydGlmaWNhdGUsXG4gICAgc2lnbmVkLmJvZHksXG4gICAgc2lnbmVkLnNpZ25hdHVyZSxcbiAgICAnc2VsZi1zaWduaW5nIGNlcnRpZmljYXRlJyxcbiAgKTtcbiAgcmVxdWlyZU5vdEV4cGlyZWQoY2VydC5leHBpcmVzQXQsIHZlcmlmaWNhdGlvblRpbWUob3B0aW9ucyksICdzZWxmLXNpZ25pbmcgY2VydGlmaWNhdGUnKTtcbiAgcmV0dXJuIGNlcnQ7XG59XG5cbi8qKlxuICogRGVjaWRlIHdoaWNoIG9mIHR3byB2ZXJpZmllZCBzZWxmLXNpZ25pbmcgY2VydGlmaWNhdGVzIG9mIG9uZSBpZGVudGl0eSB0b1xuICoga2VlcC4gT25seSB0aGUgaWRlbnRpdHkga2V5IGNhbiBtYWtlIG9uZSwgc28gdGhlIG5ld2VyIChgY3JlYXRlZEF0YCkgd2luczpcbiAqIGlzc3VpbmcgYSBuZXcgU1NLIGNlcnRpZmljYXRlIHJldGlyZXMgdGhlIG9sZCBTU0ssIGV2ZXJ5IGRldmljZSBpdFxuICogY2VydGlmaWVkIGFuZCBldmVyeSByZXZvY2F0aW9uIGxpc3QgaXQgc2lnbmVkLiBWZXJpZmllcnMgcGluIHRoZSBuZXdlc3QuXG4gKlxuICogQHJldHVybnMgYGluY29taW5nYCB3aGVuIGl0IHJlcGxhY2VzIGBjdXJyZW50YCwgYGN1cnJlbnRgIHdoZW4gdGhleSBhcmUgdGhlIHNhbWUgY2VydGlmaWNhdGUuXG4gKiBAdGhyb3dzIE5leHVzRXJyb3IgYFNVUEVSU0VERURgIHdoZW4gYGluY29taW5nYCBpcyBvbGRlciB0aGFuIGBjdXJyZW50YCBvclxuICogICBkaWZmZXJzIGZyb20gaXQgd2l0aCB0aGUgc2FtZSBgY3JlYXRlZEF0YDsgYFVOS05PV05fSVNTVUVSYCBmb3IgdHdvIGlkZW50aXRpZXMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhY2NlcHRTZWxmU2lnbmluZ0NlcnRpZmljYXRlKFxuICBjdXJyZW50OiBTZWxmU2lnbmluZ0NlcnRpZmljYXRlIHwgbnVsbCxcbiAgaW5jb21pbmc6IFNlbGZTaWduaW5nQ2VydGlmaWNhdGUsXG4pOiBTZWxmU2lnbmluZ0NlcnRpZmljYXRlIHtcbiAgaWYgKGN1cnJlbnQgPT09IG51bGwpIHJldHVybiBpbmNvbWluZztcbiAgaWYgKCFieXRlc0VxdWFsKGN1cnJlbnQuaWRlbnRpdHlLZXksIGluY29taW5nLmlkZW50aXR5S2V5KSkge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKFxuICAgICAgJ1VOS05PV05fSVNTVUVSJyxcbiAgICAgICdzZWxmLXNpZ25pbmcgY2VydGlmaWNhdGVzIGJlbG9uZyB0byBkaWZmZXJlbnQgaWRlbnRpdGllcycsXG4gICAgKTtcbiAgfVxuICBpZiAoYnl0ZXNFcXVhbChjdXJyZW50LmJ5dGVzLCBpbmNvbWluZy5ieXRlcykpIHJldHVybiBjdXJyZW50O1xuICBpZiAoaW5jb21pbmcuY3JlYXRlZEF0ID4gY3VycmVudC5jcmVhdGVkQXQpIHJldHVybiBpbmNvbWluZztcbiAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ1NVUEVSU0VERUQnLCAnc2VsZi1zaWduaW5nIGNlcnRpZmljYXRlIGlzIG9sZGVyIHRoYW4gdGhlIG9uZSBhbHJlYWR5IGhlbGQnKTtcbn1cblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG4vLyBEZXZpY2UgY2VydGlmaWNhdGVzXG5cbi8qKiBBIGRlY29kZWQgZGV2aWNlIGNlcnRpZmljYXRlIChTU0sgXHUyMTkyIGRldmljZSkuICovXG5leHBvcnQgaW50ZXJmYWNlIERldmljZUNlcnRpZmljYXRlIHtcbiAgcmVhZG9ubHkgYnl0ZXM6IFVpbnQ4QXJyYXk7XG4gIHJlYWRvbmx5IGlkZW50aXR5S2V5OiBVaW50OEFycmF5O1xuICAvKiogMTYgYnl0ZXMuICovXG4gIHJlYWRvbmx5IGRldmljZUlkOiBVaW50OEFycmF5O1xuICByZWFkb25seSBkaXNwbGF5TmFtZTogc3RyaW5nO1xuICAvKiogVGhlIGRldmljZSBzaWduaW5nIGtleSAobWF5IGJlIGhhcmR3YXJlLWhlbGQgUC0yNTYpLiAqL1xuICByZWFkb25seSBzaWduaW5nS2V5OiBTaWduaW5nUHVibGljS2V5O1xuICAvKiogVGhlIGRldmljZSBYMjU1MTkga2V5LWFncmVlbWVudCBrZXkgKDMyIGJ5dGVzKS4gKi9cbiAgcmVhZG9ubHkga2V5QWdyZWVtZW50S2V5OiBVaW50OEFycmF5O1xuICAvKiogVGhlIHNlbGYtc2lnbmluZyBrZXkgdGhhdCBpc3N1ZWQgaXQuICovXG4gIHJlYWRvbmx5IGlzc3VlcktleTogU2lnbmluZ1B1YmxpY0tleTtcbiAgcmVhZG9ubHkgY3JlYXRlZEF0OiBudW1iZXI7XG4gIHJlYWRvbmx5IGV4cGlyZXNBdDogbnVtYmVyIHwgbnVsbDtcbn1cblxuLyoqIE9wdGlvbnMgZm9yIHtAbGluayBpc3N1ZURldmljZUNlcnRpZmljYXRlfS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgSXNzdWVEZXZpY2VDZXJ0aWZpY2F0ZU9wdGlvbnMge1xuICAvKiogVGhlIHNlbGYtc2lnbmluZyBrZXkuICovXG4gIHJlYWRvbmx5IGlzc3VlcjogU2lnbmVyO1xuICAvKiogVGhlIGlkZW50aXR5IHRoZSBkZXZpY2UgYmVsb25ncyB0by4gKi9cbiAgcmVhZG9ubHkgaWRlbnRpdHlLZXk6IFVpbnQ4QXJyYXk7XG4gIC8qKiAxNiBieXRlczsgcmFuZG9tIHdoZW4gb21pdHRlZC4gKi9cbiAgcmVhZG9ubHkgZGV2aWNlSWQ/OiBVaW50OEFycmF5O1xuICByZWFkb25seSBkaXNwbGF5TmFtZTogc3RyaW5nO1xuICByZWFkb25seSBzaWduaW5nS2V5OiBTaWduaW5nUHVibGljS2V5O1xuICAvKiogMzItYnl0ZSBYMjU1MTkgcHVibGljIGtleS4gKi9cbiAgcmVhZG9ubHkga2V5QWdyZWVtZW50S2V5OiBVaW50OEFycmF5O1xuICByZWFkb25seSBjcmVhdGVkQXQ/OiBudW1iZXI7XG4gIHJlYWRvbmx5IGV4cGlyZXNBdD86IG51bWJlcjtcbiAgcmVhZG9ubHkgY2xvY2s/OiBDbG9jaztcbiAgcmVhZG9ubHkgcmFuZG9tPzogUmFuZG9tU291cmNlO1xufVxuXG4vKiogVGhlIHNlbGYtc2lnbmluZyBrZXkgY2VydGlmaWVzIGEgZGV2aWNlLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGlzc3VlRGV2aWNlQ2VydGlmaWNhdGUoXG4gIG9wdGlvbnM6IElzc3VlRGV2aWNlQ2VydGlmaWNhdGVPcHRpb25zLFxuKTogUHJvbWlzZTxEZXZpY2VDZXJ0aWZpY2F0ZT4ge1xuICBjb25zdCBkZXZpY2VJZCA9XG4gICAgb3B0aW9ucy5kZXZpY2VJZCA/PyAob3B0aW9ucy5yYW5kb20gPz8gc3lzdGVtUmFuZG9tKS5yYW5kb21CeXRlcyhXSVJFX0xJTUlUUy5kZXZpY2VJZCk7XG4gIGNvbnN0IGNyZWF0ZWRBdCA9IG9wdGlvbnMuY3JlYXRlZEF0ID8/IChvcHRpb25zLmNsb2NrID8/IHN5c3RlbUNsb2NrKS5ub3coKTtcbiAgbGV0IGJvZHk6IFVpbnQ4QXJyYXk7XG4gIHRyeSB7XG4gICAgYm9keSA9IGRldmljZUNlcnRpZmljYXRlQm9keUNvZGVjLmVuY29kZSh7XG4gICAgICB2ZXJzaW9uOiAxLFxuICAgICAgaWRlbnRpdHlLZXk6IG9wdGlvbnMuaWRlbnRpdHlLZXksXG4gICAgICBkZXZpY2VJZCxcbiAgICAgIGRpc3BsYXlOYW1lOiBvcHRpb25zLmRpc3BsYXlOYW1lLFxuICAgICAgc2lnbmluZ0tleTogdG9XaXJlS2V5KG9wdGlvbnMuc2lnbmluZ0tleSksXG4gICAgICBrZXlBZ3JlZW1lbnRLZXk6IHsgYWxnb3JpdGhtOiBLZXlBbGdvcml0aG0uWDI1NTE5LCBrZXk6IG9wdGlvbnMua2V5QWdyZWVtZW50S2V5IH0sXG4gICAgICBpc3N1ZXJLZXk6IHRvV2lyZUtleShvcHRpb25zLmlzc3Vlci5wdWJsaWNLZXkpLFxuICAgICAgY3JlYXRlZEF0TXM6IGNoZWNrVGltZSgnY3JlYXRlZEF0JywgY3JlYXRlZEF0KSxcbiAgICAgIGV4cGlyZXNBdE1zOiBjaGVja1RpbWUoJ2V4cGlyZXNBdCcsIG9wdGlvbnMuZXhwaXJlc0F0KSxcbiAgICB9KTtcbiAgfSBjYXRjaCAoY2F1c2UpIHtcbiAgICBpZiAoTmV4dXNFcnJvci5pcyhjYXVzZSwgJ01BTEZPUk1FRCcpKVxuICAgICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfQVJHVU1FTlQnLCBjYXVzZS5tZXNzYWdlLCB7IGNhdXNlIH0pO1xuICAgIHRocm93IGNhdXNlO1xuICB9XG4gIGNvbnN0IHNpZ25hdHVyZSA9IGF3YWl0IHNpZ25MYWJlbGxlZChvcHRpb25zLmlzc3VlciwgU0lHTkFUVVJFX0xBQkVMUy5kZXZpY2VDZXJ0aWZpY2F0ZSwgYm9keSk7XG4gIHJldHVybiBkZWNvZGVEZXZpY2VDZXJ0aWZpY2F0ZShzaWduZWRNZXNzYWdlQ29kZWMuZW5jb2RlKHsgYm9keSwgc2lnbmF0dXJlIH0pKTtcbn1cblxuLyoqIERlY29kZSAod2l0aG91dCB2ZXJpZnlpbmcpIGEgZGV2aWNlIGNlcnRpZmljYXRlLiBAdGhyb3dzIE5leHVzRXJyb3IgYE1BTEZPUk1FRGAuICovXG5leHBvcnQgZnVuY3Rpb24gZGVjb2RlRGV2aWNlQ2VydGlmaWNhdGUoYnl0ZXM6IFVpbnQ4QXJyYXkpOiBEZXZpY2VDZXJ0aWZpY2F0ZSB7XG4gIGNvbnN0IHNpZ25lZCA9IHNpZ25lZE1lc3NhZ2VDb2RlYy5kZWNvZGUoYnl0ZXMpO1xuICBjb25zdCBib2R5ID0gZGV2aWNlQ2VydGlmaWNhdGVCb2R5Q29kZWMuZGVjb2RlKHNpZ25lZC5ib2R5KTtcbiAgcmV0dXJuIE9iamVjdC5mcmVlemUoe1xuICAgIGJ5dGVzOiBieXRlcy5zbGljZSgpLFxuICAgIGlkZW50aXR5S2V5OiBib2R5LmlkZW50aXR5S2V5LFxuICAgIGRldmljZUlkOiBib2R5LmRldmljZUlkLFxuICAgIGRpc3BsYXlOYW1lOiBib2R5LmRpc3BsYXlOYW1lLFxuICAgIHNpZ25pbmdLZXk6IGZyb21XaXJlS2V5KGJvZHkuc2lnbmluZ0tleSwgJ3NpZ25pbmdfa2V5JyksXG4gICAga2V5QWdyZWVtZW50S2V5OiBib2R5LmtleUFncmVlbWVudEtleSEua2V5LFxuICAgIGlzc3VlcktleTogZnJvbVdpcmVLZXkoYm9keS5pc3N1ZXJLZXksICdpc3N1ZXJfa2V5JyksXG4gICAgY3JlYXRlZEF0OiBOdW1iZXIoYm9keS5jcmVhdGVkQXRNcyksXG4gICAgZXhwaXJlc0F0OiBvcHRpb25hbFRpbWUoYm9keS5leHBpcmVzQXRNcyksXG4gIH0pO1xufVxuXG4vKiogV2hhdCB7QGxpbmsgdmVyaWZ5RGV2aWNlQ2VydGlmaWNhdGV9IG5lZWRzIGJlc2lkZXMgdGhlIGNlcnRpZmljYXRlLiAqL1xuZXhwb3J0IGludGVyZmFjZSBWZXJpZnlEZXZpY2VPcHRpb25zIGV4dGVuZHMgVmVyaWZ5T3B0aW9ucyB7XG4gIC8qKiBUaGUgaWRlbnRpdHkgdGhlIGRldmljZSBtdXN0IGJlbG9uZyB0by4gKi9cbiAgcmVhZG9ubHkgaWRlbnRpdHk6IElkZW50aXR5UmVmO1xuICAvKiogVGhlIGlkZW50aXR5J3Mgc2VsZi1zaWduaW5nIGtleSBjZXJ0aWZpY2F0ZS4gKi9cbiAgcmVhZG9ubHkgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZTogVWludDhBcnJheTtcbiAgLyoqIFRoZSBpZGVudGl0eSdzIG5ld2VzdCByZXZvY2F0aW9uIGxpc3QsIGlmIGFueS4gKi9cbiAgcmVhZG9ubHkgcmV2b2NhdGlvbkxpc3Q/OiBVaW50OEFycmF5IHwgUmV2b2NhdGlvbkxpc3QgfCBudWxsO1xufVxuXG4vKiogQSBkZXZpY2UgY2VydGlmaWNhdGUgd2hvc2Ugd2hvbGUgY2hhaW4gdmVyaWZpZWQuICovXG5leHBvcnQgaW50ZXJmYWNlIFZlcmlmaWVkRGV2aWNlIHtcbiAgcmVhZG9ubHkgdXVpZDogVXVpZDtcbiAgcmVhZG9ubHkgZGV2aWNlOiBEZXZpY2VDZXJ0aWZpY2F0ZTtcbiAgcmVhZG9ubHkgc2VsZlNpZ25pbmc6IFNlbGZTaWduaW5nQ2VydGlmaWNhdGU7XG59XG5cbi8qKlxuICogVmVyaWZ5IElLIFx1MjE5MiBTU0sgXHUyMTkyIGRldmljZSwgZXhwaXJ5IG9mIGJvdGggY2VydGlmaWNhdGVzLCBhbmQgcmV2b2NhdGlvbi5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHsgZGV2aWNlIH0gPSB2ZXJpZnlEZXZpY2VDZXJ0aWZpY2F0ZShjZXJ0LCB7IGlkZW50aXR5OiB1dWlkLCBzZWxmU2lnbmluZ0NlcnRpZmljYXRlOiBzc2sgfSk7XG4gKiBgYGBcbiAqIEB0aHJvd3MgTmV4dXNFcnJvciBgTUFMRk9STUVEYCwgYFVOS05PV05fSVNTVUVSYCwgYEJBRF9TSUdOQVRVUkVgLCBgRVhQSVJFRGAsIGBSRVZPS0VEYC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZlcmlmeURldmljZUNlcnRpZmljYXRlKFxuICBjZXJ0aWZpY2F0ZTogVWludDhBcnJheSxcbiAgb3B0aW9uczogVmVyaWZ5RGV2aWNlT3B0aW9ucyxcbik6IFZlcmlmaWVkRGV2aWNlIHtcbiAgY29uc3Qgbm93ID0gdmVyaWZpY2F0aW9uVGltZShvcHRpb25zKTtcbiAgY29uc3QgaWRlbnRpdHlLZXkgPSBpZGVudGl0eUtleU9mKG9wdGlvbnMuaWRlbnRpdHkpO1xuICBjb25zdCBzZWxmU2lnbmluZyA9IHZlcmlmeVNlbGZTaWduaW5nQ2VydGlmaWNhdGUob3B0aW9ucy5zZWxmU2lnbmluZ0NlcnRpZmljYXRlLCBpZGVudGl0eUtleSwge1xuICAgIG5vdyxcbiAgfSk7XG4gIGNvbnN0IHNpZ25lZCA9IHNpZ25lZE1lc3NhZ2VDb2RlYy5kZWNvZGUoY2VydGlmaWNhdGUpO1xuICBjb25zdCBkZXZpY2UgPSBkZWNvZGVEZXZpY2VDZXJ0aWZpY2F0ZShjZXJ0aWZpY2F0ZSk7XG4gIGlmICghYnl0ZXNFcXVhbChkZXZpY2UuaWRlbnRpdHlLZXksIGlkZW50aXR5S2V5KSkge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdVTktOT1dOX0lTU1VFUicsICdkZXZpY2UgY2VydGlmaWNhdGUgYmVsb25ncyB0byBhbm90aGVyIGlkZW50aXR5Jyk7XG4gIH1cbiAgaWYgKCFzYW1lS2V5KGRldmljZS5pc3N1ZXJLZXksIHNlbGZTaWduaW5nLnNpZ25pbmdLZXkpKSB7XG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoXG4gICAgICAnVU5LTk9XTl9JU1NVRVInLFxuICAgICAgJ2RldmljZSBjZXJ0aWZpY2F0ZSB3YXMgbm90IGlzc3VlZCBieSB0aGUgY3VycmVudCBzZWxmLXNpZ25pbmcga2V5JyxcbiAgICApO1xuICB9XG4gIHJlcXVpcmVTaWduYXR1cmUoXG4gICAgc2VsZlNpZ25pbmcuc2lnbmluZ0tleSxcbiAgICBTSUdOQVRVUkVfTEFCRUxTLmRldmljZUNlcnRpZmljYXRlLFxuICAgIHNpZ25lZC5ib2R5LFxuICAgIHNpZ25lZC5zaWduYXR1cmUsXG4gICAgJ2RldmljZSBjZXJ0aWZpY2F0ZScsXG4gICk7XG4gIHJlcXVpcmVOb3RFeHBpcmVkKGRldmljZS5leHBpcmVzQXQsIG5vdywgJ2RldmljZSBjZXJ0aWZpY2F0ZScpO1xuICBpZiAob3B0aW9ucy5yZXZvY2F0aW9uTGlzdCkge1xuICAgIGNvbnN0IGxpc3QgPVxuICAgICAgb3B0aW9ucy5yZXZvY2F0aW9uTGlzdCBpbnN0YW5jZW9mIFVpbnQ4QXJyYXlcbiAgICAgICAgPyB2ZXJpZnlSZXZvY2F0aW9uTGlzdChvcHRpb25zLnJldm9jYXRpb25MaXN0LCB7XG4gICAgICAgICAgICBpZGVudGl0eTogaWRlbnRpdHlLZXksXG4gICAgICAgICAgICBzZWxmU2lnbmluZ0NlcnRpZmljYXRlOiBzZWxmU2lnbmluZy5ieXRlcyxcbiAgICAgICAgICAgIG5vdyxcbiAgICAgICAgICB9KVxuICAgICAgICA6IG9wdGlvbnMucmV2b2NhdGlvbkxpc3Q7XG4gICAgaWYgKCFieXRlc0VxdWFsKGxpc3QuaWRlbnRpdHlLZXksIGlkZW50aXR5S2V5KSlcbiAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdVTktOT1dOX0lTU1VFUicsICdyZXZvY2F0aW9uIGxpc3QgYmVsb25ncyB0byBhbm90aGVyIGlkZW50aXR5Jyk7XG4gICAgaWYgKGlzUmV2b2tlZChsaXN0LCBkZXZpY2UuZGV2aWNlSWQpKVxuICAgICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ1JFVk9LRUQnLCAnZGV2aWNlIGhhcyBiZWVuIHJldm9rZWQnKTtcbiAgfVxuICByZXR1cm4gT2JqZWN0LmZyZWV6ZSh7IHV1aWQ6IHV1aWRGcm9tUHVibGljS2V5KGlkZW50aXR5S2V5KSwgZGV2aWNlLCBzZWxmU2lnbmluZyB9KTtcbn1cblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG4vLyBSZXZvY2F0aW9uIGxpc3RzXG5cbi8qKiBXaHkgYSBkZXZpY2Ugd2FzIHJldm9rZWQuICovXG5leHBvcnQgdHlwZSBSZXZvY2F0aW9uUmVhc29uTmFtZSA9ICd1bnNwZWNpZmllZCcgfCAnbG9zdCcgfCAnY29tcHJvbWlzZWQnIHwgJ3JldGlyZWQnO1xuXG5jb25zdCBSRUFTT05TOiBSZWNvcmQ8UmV2b2NhdGlvblJlYXNvbk5hbWUsIFJldm9jYXRpb25SZWFzb24+ID0ge1xuICB1bnNwZWNpZmllZDogUmV2b2NhdGlvblJlYXNvbi5VTlNQRUNJRklFRCxcbiAgbG9zdDogUmV2b2NhdGlvblJlYXNvbi5MT1NULFxuICBjb21wcm9taXNlZDogUmV2b2NhdGlvblJlYXNvbi5DT01QUk9NSVNFRCxcbiAgcmV0aXJlZDogUmV2b2NhdGlvblJlYXNvbi5SRVRJUkVELFxufTtcbmNvbnN0IFJFQVNPTl9OQU1FUyA9IE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhSRUFTT05TKS5tYXAoKFtrLCB2XSkgPT4gW3YsIGtdKSkgYXMgUmVjb3JkPFxuICBudW1iZXIsXG4gIFJldm9jYXRpb25SZWFzb25OYW1lXG4+O1xuXG4vKiogT25lIHJldm9rZWQgZGV2aWNlLiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZXZva2VkRGV2aWNlIHtcbiAgcmVhZG9ubHkgZGV2aWNlSWQ6IFVpbnQ4QXJyYXk7XG4gIHJlYWRvbmx5IHJldm9rZWRBdDogbnVtYmVyO1xuICByZWFkb25seSByZWFzb246IFJldm9jYXRpb25SZWFzb25OYW1lO1xufVxuXG4vKiogQSBkZWNvZGVkIHJldm9jYXRpb24gbGlzdC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmV2b2NhdGlvbkxpc3Qge1xuICByZWFkb25seSBieXRlczogVWludDhBcnJheTtcbiAgcmVhZG9ubHkgaWRlbnRpdHlLZXk6IFVpbnQ4QXJyYXk7XG4gIHJlYWRvbmx5IHNlcmlhbDogbnVtYmVyO1xuICByZWFkb25seSBpc3N1ZWRBdDogbnVtYmVyO1xuICByZWFkb25seSBkZXZpY2VzOiByZWFkb25seSBSZXZva2VkRGV2aWNlW107XG4gIHJlYWRvbmx5IGlzc3VlcktleTogU2lnbmluZ1B1YmxpY0tleTtcbn1cblxuLyoqIE9wdGlvbnMgZm9yIHtAbGluayBpc3N1ZVJldm9jYXRpb25MaXN0fS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgSXNzdWVSZXZvY2F0aW9uTGlzdE9wdGlvbnMge1xuICAvKiogVGhlIHNlbGYtc2lnbmluZyBrZXkgb3IgdGhlIGlkZW50aXR5IGtleS4gKi9cbiAgcmVhZG9ubHkgaXNzdWVyOiBTaWduZXI7XG4gIHJlYWRvbmx5IGlkZW50aXR5S2V5OiBVaW50OEFycmF5O1xuICAvKiogVGhlIGxpc3QgdGhpcyBvbmUgcmVwbGFjZXM7IGl0cyBkZXZpY2VzIGFyZSBjYXJyaWVkIG92ZXIgYW5kIGl0cyBzZXJpYWwgaW5jcmVtZW50ZWQuICovXG4gIHJlYWRvbmx5IHByZXZpb3VzPzogUmV2b2NhdGlvbkxpc3QgfCBudWxsO1xuICAvKiogRGV2aWNlcyB0byBhZGQuICovXG4gIHJlYWRvbmx5IHJldm9rZTogcmVhZG9ubHkge1xuICAgIGRldmljZUlkOiBVaW50OEFycmF5O1xuICAgIHJlYXNvbj86IFJldm9jYXRpb25SZWFzb25OYW1lO1xuICAgIHJldm9rZWRBdD86IG51bWJlcjtcbiAgfVtdO1xuICByZWFkb25seSBpc3N1ZWRBdD86IG51bWJlcjtcbiAgcmVhZG9ubHkgY2xvY2s/OiBDbG9jaztcbn1cblxuZnVuY3Rpb24gY29tcGFyZUJ5dGVzKGE6IFVpbnQ4QXJyYXksIGI6IFVpbnQ4QXJyYXkpOiBudW1iZXIge1xuICBjb25zdCBuID0gTWF0aC5taW4oYS5sZW5ndGgsIGIubGVuZ3RoKTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBuOyBpKyspIGlmIChhW2ldICE9PSBiW2ldKSByZXR1cm4gYVtpXSEgLSBiW2ldITtcbiAgcmV0dXJuIGEubGVuZ3RoIC0gYi5sZW5ndGg7XG59XG5cbi8qKlxuICogSXNzdWUgdGhlIG5leHQgcmV2b2NhdGlvbiBsaXN0OiBldmVyeSBkZXZpY2Ugb2YgYHByZXZpb3VzYCBwbHVzIGByZXZva2VgLFxuICogd2l0aCBzZXJpYWwgYHByZXZpb3VzLnNlcmlhbCArIDFgIChvciAxKS5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGlzc3VlUmV2b2NhdGlvbkxpc3QoXG4gIG9wdGlvbnM6IElzc3VlUmV2b2NhdGlvbkxpc3RPcHRpb25zLFxuKTogUHJvbWlzZTxSZXZvY2F0aW9uTGlzdD4ge1xuICBjb25zdCBpc3N1ZWRBdCA9IG9wdGlvbnMuaXNzdWVkQXQgPz8gKG9wdGlvbnMuY2xvY2sgPz8gc3lzdGVtQ2xvY2spLm5vdygpO1xuICBjb25zdCBieUlkID0gbmV3IE1hcDxcbiAgICBzdHJpbmcsXG4gICAgeyBkZXZpY2VJZDogVWludDhBcnJheTsgcmV2b2tlZEF0TXM6IGJpZ2ludDsgcmVhc29uOiBSZXZvY2F0aW9uUmVhc29uIH1cbiAgPigpO1xuICBmb3IgKGNvbnN0IGQgb2Ygb3B0aW9ucy5wcmV2aW91cz8uZGV2aWNlcyA/PyBbXSkge1xuICAgIGJ5SWQuc2V0KHRvSGV4KGQuZGV2aWNlSWQpLCB7XG4gICAgICBkZXZpY2VJZDogZC5kZXZpY2VJZCxcbiAgICAgIHJldm9rZWRBdE1zOiBCaWdJbnQoZC5yZXZva2VkQXQpLFxuICAgICAgcmVhc29uOiBSRUFTT05TW2QucmVhc29uXSxcbiAgICB9KTtcbiAgfVxuICBmb3IgKGNvbnN0IGQgb2Ygb3B0aW9ucy5yZXZva2UpIHtcbiAgICBpZiAoIShkLmRldmljZUlkIGluc3RhbmNlb2YgVWludDhBcnJheSkgfHwgZC5kZXZpY2VJZC5sZW5ndGggIT09IFdJUkVfTElNSVRTLmRldmljZUlkKSB7XG4gICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9BUkdVTUVOVCcsICdkZXZpY2UgaWQgbXVzdCBiZSAxNiBieXRlcycpO1xuICAgIH1cbiAgICBjb25zdCBrZXkgPSB0b0hleChkLmRldmljZUlkKTtcbiAgICBpZiAoIWJ5SWQuaGFzKGtleSkpIHtcbiAgICAgIGJ5SWQuc2V0KGtleSwge1xuICAgICAgICBkZXZpY2VJZDogZC5kZXZpY2VJZCxcbiAgICAgICAgcmV2b2tlZEF0TXM6IGNoZWNrVGltZSgncmV2b2tlZEF0JywgZC5yZXZva2VkQXQgPz8gaXNzdWVkQXQpLFxuICAgICAgICByZWFzb246IFJFQVNPTlNbZC5yZWFzb24gPz8gJ3Vuc3BlY2lmaWVkJ10sXG4gICAgICB9KTtcbiAgICB9XG4gIH1cbiAgY29uc3QgZGV2aWNlcyA9IFsuLi5ieUlkLnZhbHVlcygpXS5zb3J0KChhLCBiKSA9PiBjb21wYXJlQnl0ZXMoYS5kZXZpY2VJZCwgYi5kZXZpY2VJZCkpO1xuICBsZXQgYm9keTogVWludDhBcnJheTtcbiAgdHJ5IHtcbiAgICBib2R5ID0gcmV2b2NhdGlvbkxpc3RCb2R5Q29kZWMuZW5jb2RlKHtcbiAgICAgIHZlcnNpb246IDEsXG4gICAgICBpZGVudGl0eUtleTogb3B0aW9ucy5pZGVudGl0eUtleSxcbiAgICAgIHNlcmlhbDogQmlnSW50KChvcHRpb25zLnByZXZpb3VzPy5zZXJpYWwgPz8gMCkgKyAxKSxcbiAgICAgIGlzc3VlZEF0TXM6IGNoZWNrVGltZSgnaXNzdWVkQXQnLCBpc3N1ZWRBdCksXG4gICAgICBkZXZpY2VzLFxuICAgICAgaXNzdWVyS2V5OiB0b1dpcmVLZXkob3B0aW9ucy5pc3N1ZXIucHVibGljS2V5KSxcbiAgICB9KTtcbiAgfSBjYXRjaCAoY2F1c2UpIHtcbiAgICBpZiAoTmV4dXNFcnJvci5pcyhjYXVzZSwgJ01BTEZPUk1FRCcpKVxuICAgICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfQVJHVU1FTlQnLCBjYXVzZS5tZXNzYWdlLCB7IGNhdXNlIH0pO1xuICAgIHRocm93IGNhdXNlO1xuICB9XG4gIGNvbnN0IHNpZ25hdHVyZSA9IGF3YWl0IHNpZ25MYWJlbGxlZChvcHRpb25zLmlzc3VlciwgU0lHTkFUVVJFX0xBQkVMUy5yZXZvY2F0aW9uTGlzdCwgYm9keSk7XG4gIHJldHVybiBkZWNvZGVSZXZvY2F0aW9uTGlzdChzaWduZWRNZXNzYWdlQ29kZWMuZW5jb2RlKHsgYm9keSwgc2lnbmF0dXJlIH0pKTtcbn1cblxuLyoqIERlY29kZSAod2l0aG91dCB2ZXJpZnlpbmcpIGEgcmV2b2NhdGlvbiBsaXN0LiBAdGhyb3dzIE5leHVzRXJyb3IgYE1BTEZPUk1FRGAuICovXG5leHBvcnQgZnVuY3Rpb24gZGVjb2RlUmV2b2NhdGlvbkxpc3QoYnl0ZXM6IFVpbnQ4QXJyYXkpOiBSZXZvY2F0aW9uTGlzdCB7XG4gIGNvbnN0IHNpZ25lZCA9IHNpZ25lZE1lc3NhZ2VDb2RlYy5kZWNvZGUoYnl0ZXMpO1xuICBjb25zdCBib2R5ID0gcmV2b2NhdGlvbkxpc3RCb2R5Q29kZWMuZGVjb2RlKHNpZ25lZC5ib2R5KTtcbiAgcmV0dXJuIE9iamVjdC5mcmVlemUoe1xuICAgIGJ5dGVzOiBieXRlcy5zbGljZSgpLFxuICAgIGlkZW50aXR5S2V5OiBib2R5LmlkZW50aXR5S2V5LFxuICAgIHNlcmlhbDogTnVtYmVyKGJvZHkuc2VyaWFsKSxcbiAgICBpc3N1ZWRBdDogTnVtYmVyKGJvZHkuaXNzdWVkQXRNcyksXG4gICAgZGV2aWNlczogT2JqZWN0LmZyZWV6ZShcbiAgICAgIGJvZHkuZGV2aWNlcy5tYXAoKGQpID0+XG4gICAgICAgIE9iamVjdC5mcmVlemUoe1xuICAgICAgICAgIGRldmljZUlkOiBkLmRldmljZUlkLFxuICAgICAgICAgIHJldm9rZWRBdDogTnVtYmVyKGQucmV2b2tlZEF0TXMpLFxuICAgICAgICAgIHJlYXNvbjogUkVBU09OX05BTUVTW2QucmVhc29uXSEsXG4gICAgICAgIH0pLFxuICAgICAgKSxcbiAgICApLFxuICAgIGlzc3VlcktleTogZnJvbVdpcmVLZXkoYm9keS5pc3N1ZXJLZXksICdpc3N1ZXJfa2V5JyksXG4gIH0pO1xufVxuXG4vKiogV2hhdCB7QGxpbmsgdmVyaWZ5UmV2b2NhdGlvbkxpc3R9IG5lZWRzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBWZXJpZnlSZXZvY2F0aW9uTGlzdE9wdGlvbnMgZXh0ZW5kcyBWZXJpZnlPcHRpb25zIHtcbiAgcmVhZG9ubHkgaWRlbnRpdHk6IElkZW50aXR5UmVmO1xuICAvKiogTmVlZGVkIHdoZW4gdGhlIGxpc3QgaXMgc2lnbmVkIGJ5IHRoZSBzZWxmLXNpZ25pbmcga2V5LiAqL1xuICByZWFkb25seSBzZWxmU2lnbmluZ0NlcnRpZmljYXRlPzogVWludDhBcnJheTtcbn1cblxuLyoqXG4gKiBWZXJpZnkgYSByZXZvY2F0aW9uIGxpc3QgaXNzdWVkIGJ5IHRoZSBpZGVudGl0eSBrZXkgb3IgaXRzIGN1cnJlbnRcbiAqIHNlbGYtc2lnbmluZyBrZXkuXG4gKlxuICogQHRocm93cyBOZXh1c0Vycm9yIGBNQUxGT1JNRURgLCBgVU5LTk9XTl9JU1NVRVJgLCBgQkFEX1NJR05BVFVSRWAsIGBFWFBJUkVEYC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZlcmlmeVJldm9jYXRpb25MaXN0KFxuICBsaXN0OiBVaW50OEFycmF5LFxuICBvcHRpb25zOiBWZXJpZnlSZXZvY2F0aW9uTGlzdE9wdGlvbnMsXG4pOiBSZXZvY2F0aW9uTGlzdCB7XG4gIGNvbnN0IGlkZW50aXR5S2V5ID0gaWRlbnRpdHlLZXlPZihvcHRpb25zLmlkZW50aXR5KTtcbiAgY29uc3Qgc2lnbmVkID0gc2lnbmVkTWVzc2FnZUNvZGVjLmRlY29kZShsaXN0KTtcbiAgY29uc3QgZGVjb2RlZCA9IGRlY29kZVJldm9jYXRpb25MaXN0KGxpc3QpO1xuICBpZiAoIWJ5dGVzRXF1YWwoZGVjb2RlZC5pZGVudGl0eUtleSwgaWRlbnRpdHlLZXkpKVxuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdVTktOT1dOX0lTU1VFUicsICdyZXZvY2F0aW9uIGxpc3QgYmVsb25ncyB0byBhbm90aGVyIGlkZW50aXR5Jyk7XG4gIGNvbnN0IGlrOiBTaWduaW5nUHVibGljS2V5ID0geyBhbGdvcml0aG06ICdlZDI1NTE5JywgYnl0ZXM6IGlkZW50aXR5S2V5IH07XG4gIGxldCBpc3N1ZXI6IFNpZ25pbmdQdWJsaWNLZXk7XG4gIGlmIChzYW1lS2V5KGRlY29kZWQuaXNzdWVyS2V5LCBpaykpIHtcbiAgICBpc3N1ZXIgPSBpaztcbiAgfSBlbHNlIHtcbiAgICBpZiAob3B0aW9ucy5zZWxmU2lnbmluZ0NlcnRpZmljYXRlID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKFxuICAgICAgICAnVU5LTk9XTl9JU1NVRVInLFxuICAgICAgICAncmV2b2NhdGlvbiBsaXN0IGlzIHNpZ25lZCBieSBhIHNlbGYtc2lnbmluZyBrZXkgYW5kIG5vbmUgd2FzIGdpdmVuJyxcbiAgICAgICk7XG4gICAgfVxuICAgIGNvbnN0IHNzayA9IHZlcmlmeVNlbGZTaWduaW5nQ2VydGlmaWNhdGUob3B0aW9ucy5zZWxmU2lnbmluZ0NlcnRpZmljYXRlLCBpZGVudGl0eUtleSwgb3B0aW9ucyk7XG4gICAgaWYgKCFzYW1lS2V5KGRlY29kZWQuaXNzdWVyS2V5LCBzc2suc2lnbmluZ0tleSkpXG4gICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcihcbiAgICAgICAgJ1VOS05PV05fSVNTVUVSJyxcbiAgICAgICAgJ3Jldm9jYXRpb24gbGlzdCBpc3N1ZXIgaXMgbm90IHRoZSBpZGVudGl0eSBvciBpdHMgc2VsZi1zaWduaW5nIGtleScsXG4gICAgICApO1xuICAgIGlzc3VlciA9IHNzay5zaWduaW5nS2V5O1xuICB9XG4gIHJlcXVpcmVTaWduYXR1cmUoXG4gICAgaXNzdWVyLFxuICAgIFNJR05BVFVSRV9MQUJFTFMucmV2b2NhdGlvbkxpc3QsXG4gICAgc2lnbmVkLmJvZHksXG4gICAgc2lnbmVkLnNpZ25hdHVyZSxcbiAgICAncmV2b2NhdGlvbiBsaXN0JyxcbiAgKTtcbiAgcmV0dXJuIGRlY29kZWQ7XG59XG5cbi8qKiBXaGV0aGVyIGBkZXZpY2VJZGAgaXMgb24gYGxpc3RgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzUmV2b2tlZChsaXN0OiBSZXZvY2F0aW9uTGlzdCwgZGV2aWNlSWQ6IFVpbnQ4QXJyYXkpOiBib29sZWFuIHtcbiAgcmV0dXJuIGxpc3QuZGV2aWNlcy5zb21lKChkKSA9PiBieXRlc0VxdWFsKGQuZGV2aWNlSWQsIGRldmljZUlkKSk7XG59XG5cbi8qKlxuICogRGVjaWRlIHdoaWNoIG9mIHR3byB2ZXJpZmllZCBsaXN0cyBvZiBvbmUgaWRlbnRpdHkgdG8ga2VlcC4gQSBuZXdlciBsaXN0XG4gKiAoaGlnaGVyIHNlcmlhbCwgY29udGFpbmluZyBldmVyeSBkZXZpY2Ugb2YgdGhlIG9sZGVyKSByZXBsYWNlcyB0aGUgY3VycmVudFxuICogb25lOyBhbiBvbGRlciBsaXN0IG5ldmVyIG92ZXJyaWRlcyBhIG5ld2VyIG9uZS4gUGFzcyB0aGUgaWRlbnRpdHkncyBjdXJyZW50XG4gKiBzZWxmLXNpZ25pbmcgY2VydGlmaWNhdGUgc28gYSBsaXN0IHNpZ25lZCBieSBhIHJldGlyZWQgU1NLIGdpdmVzIHdheS5cbiAqXG4gKiBAcmV0dXJucyBgaW5jb21pbmdgIHdoZW4gaXQgcmVwbGFjZXMgYGN1cnJlbnRgLCBgY3VycmVudGAgd2hlbiB0aGV5IGFyZSB0aGUgc2FtZSBsaXN0LlxuICogQHRocm93cyBOZXh1c0Vycm9yIGBTVEFMRV9SRVZPQ0FUSU9OX0xJU1RgIGZvciBhbiBvbGRlciBzZXJpYWwsIGEgZGlmZmVyZW50XG4gKiAgIGxpc3Qgd2l0aCB0aGUgc2FtZSBzZXJpYWwsIG9yIGEgbmV3ZXIgbGlzdCB0aGF0IGRyb3BzIHJldm9rZWQgZGV2aWNlcy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFjY2VwdFJldm9jYXRpb25MaXN0KFxuICBjdXJyZW50OiBSZXZvY2F0aW9uTGlzdCB8IG51bGwsXG4gIGluY29taW5nOiBSZXZvY2F0aW9uTGlzdCxcbiAgb3B0aW9uczogeyBzZWxmU2lnbmluZ0NlcnRpZmljYXRlPzogU2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSB9ID0ge30sXG4pOiBSZXZvY2F0aW9uTGlzdCB7XG4gIGlmIChpbmNvbWluZyA9PT0gbnVsbCB8fCB0eXBlb2YgaW5jb21pbmcgIT09ICdvYmplY3QnKSB7XG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfQVJHVU1FTlQnLCAnaW5jb21pbmcgcmV2b2NhdGlvbiBsaXN0IGlzIHJlcXVpcmVkJyk7XG4gIH1cbiAgaWYgKGN1cnJlbnQgPT09IG51bGwpIHJldHVybiBpbmNvbWluZztcbiAgY29uc3Qgc3NrID0gb3B0aW9ucy5zZWxmU2lnbmluZ0NlcnRpZmljYXRlO1xuICBpZiAoc3NrICYmIGJ5dGVzRXF1YWwoc3NrLmlkZW50aXR5S2V5LCBjdXJyZW50LmlkZW50aXR5S2V5KSkge1xuICAgIC8vIEEgbGlzdCBzaWduZWQgYnkgYSByZXRpcmVkIFNTSyBubyBsb25nZXIgY291bnRzOiB0aGUgbmV3IFNTSydzIGxpc3RzIHN0YXJ0IGFmcmVzaC5cbiAgICBjb25zdCBpazogU2lnbmluZ1B1YmxpY0tleSA9IHsgYWxnb3JpdGhtOiAnZWQyNTUxOScsIGJ5dGVzOiBjdXJyZW50LmlkZW50aXR5S2V5IH07XG4gICAgaWYgKCFzYW1lS2V5KGN1cnJlbnQuaXNzdWVyS2V5LCBpaykgJiYgIXNhbWVLZXkoY3VycmVudC5pc3N1ZXJLZXksIHNzay5zaWduaW5nS2V5KSlcbiAgICAgIHJldHVybiBpbmNvbWluZztcbiAgfVxuICBpZiAoIWJ5dGVzRXF1YWwoY3VycmVudC5pZGVudGl0eUtleSwgaW5jb21pbmcuaWRlbnRpdHlLZXkpKSB7XG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ1VOS05PV05fSVNTVUVSJywgJ3Jldm9jYXRpb24gbGlzdHMgYmVsb25nIHRvIGRpZmZlcmVudCBpZGVudGl0aWVzJyk7XG4gIH1cbiAgaWYgKGluY29taW5nLnNlcmlhbCA8IGN1cnJlbnQuc2VyaWFsKSB7XG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoXG4gICAgICAnU1RBTEVfUkVWT0NBVElPTl9MSVNUJyxcbiAgICAgIGByZXZvY2F0aW9uIGxpc3Qgc2VyaWFsICR7aW5jb21pbmcuc2VyaWFsfSBpcyBvbGRlciB0aGFuICR7Y3VycmVudC5zZXJpYWx9YCxcbiAgICApO1xuICB9XG4gIGlmIChpbmNvbWluZy5zZXJpYWwgPT09IGN1cnJlbnQuc2VyaWFsKSB7XG4gICAgaWYgKGJ5dGVzRXF1YWwoaW5jb21pbmcuYnl0ZXMsIGN1cnJlbnQuYnl0ZXMpKSByZXR1cm4gY3VycmVudDtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcihcbiAgICAgICdTVEFMRV9SRVZPQ0FUSU9OX0xJU1QnLFxuICAgICAgYHR3byBkaWZmZXJlbnQgcmV2b2NhdGlvbiBsaXN0cyBjbGFpbSBzZXJpYWwgJHtpbmNvbWluZy5zZXJpYWx9YCxcbiAgICApO1xuICB9XG4gIGZvciAoY29uc3QgZCBvZiBjdXJyZW50LmRldmljZXMpIHtcbiAgICBpZiAoIWlzUmV2b2tlZChpbmNvbWluZywgZC5kZXZpY2VJZCkpIHtcbiAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdTVEFMRV9SRVZPQ0FUSU9OX0xJU1QnLCAnbmV3ZXIgcmV2b2NhdGlvbiBsaXN0IGRyb3BzIGEgcmV2b2tlZCBkZXZpY2UnKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGluY29taW5nO1xufVxuIiwgImltcG9ydCB7IE5leHVzRXJyb3IgfSBmcm9tICcuLi9pbnRlcmZhY2VzL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7IEtleVN0b3JlLCBTaWduYXR1cmVBbGdvcml0aG0gfSBmcm9tICcuLi9pbnRlcmZhY2VzL2tleXN0b3JlLmpzJztcbmltcG9ydCB0eXBlIHsgQ2xvY2ssIFJhbmRvbVNvdXJjZSB9IGZyb20gJy4uL2ludGVyZmFjZXMvcnVudGltZS5qcyc7XG5pbXBvcnQgeyBpc3N1ZURldmljZUNlcnRpZmljYXRlIH0gZnJvbSAnLi9jZXJ0aWZpY2F0ZXMuanMnO1xuaW1wb3J0IHR5cGUgeyBEZXZpY2VDZXJ0aWZpY2F0ZSB9IGZyb20gJy4vY2VydGlmaWNhdGVzLmpzJztcbmltcG9ydCB7IEtleUFncmVlbWVudEtleVBhaXIgfSBmcm9tICcuL2tleS1hZ3JlZW1lbnQuanMnO1xuaW1wb3J0IHsga2V5U3RvcmVTaWduZXIgfSBmcm9tICcuL3NpZ25pbmcuanMnO1xuaW1wb3J0IHR5cGUgeyBTaWduZXIgfSBmcm9tICcuL3NpZ25pbmcuanMnO1xuXG4vKiogT3B0aW9ucyBmb3Ige0BsaW5rIGNlcnRpZnlOZXdEZXZpY2V9LiAqL1xuZXhwb3J0IGludGVyZmFjZSBDZXJ0aWZ5TmV3RGV2aWNlT3B0aW9ucyB7XG4gIC8qKiBXaGVyZSB0aGUgZGV2aWNlIHNpZ25pbmcga2V5IGlzIGNyZWF0ZWQgKGFuZCBzdGF5cywgaWYgdGhlIHN0b3JlIGlzIGhhcmR3YXJlKS4gKi9cbiAgcmVhZG9ubHkga2V5U3RvcmU6IEtleVN0b3JlO1xuICAvKiogVGhlIGlkZW50aXR5J3Mgc2VsZi1zaWduaW5nIGtleS4gKi9cbiAgcmVhZG9ubHkgc2VsZlNpZ25pbmdLZXk6IFNpZ25lcjtcbiAgLyoqIFRoZSBpZGVudGl0eSBwdWJsaWMga2V5ICgzMiBieXRlcykuICovXG4gIHJlYWRvbmx5IGlkZW50aXR5S2V5OiBVaW50OEFycmF5O1xuICAvKiogVVRGLTgsIGF0IG1vc3QgNjQgYnl0ZXMuICovXG4gIHJlYWRvbmx5IGRpc3BsYXlOYW1lOiBzdHJpbmc7XG4gIC8qKiBQcmVmZXJyZWQgc2lnbmluZyBhbGdvcml0aG1zOyBkZWZhdWx0IGBbJ2VkMjU1MTknLCAncDI1NiddYCwgc28gaGFyZHdhcmUgdGhhdCBvbmx5IGRvZXMgUC0yNTYgc3RpbGwgd29ya3MuICovXG4gIHJlYWRvbmx5IGFsZ29yaXRobXM/OiByZWFkb25seSBTaWduYXR1cmVBbGdvcml0aG1bXTtcbiAgcmVhZG9ubHkgZXhwaXJlc0F0PzogbnVtYmVyO1xuICByZWFkb25seSBjbG9jaz86IENsb2NrO1xuICByZWFkb25seSByYW5kb20/OiBSYW5kb21Tb3VyY2U7XG59XG5cbi8qKiBBIG5ld2x5IGNlcnRpZmllZCBkZXZpY2UuICovXG5leHBvcnQgaW50ZXJmYWNlIE5ld0RldmljZSB7XG4gIHJlYWRvbmx5IGNlcnRpZmljYXRlOiBEZXZpY2VDZXJ0aWZpY2F0ZTtcbiAgLyoqIElkIG9mIHRoZSBkZXZpY2Ugc2lnbmluZyBrZXkgaW4gdGhlIGtleSBzdG9yZS4gKi9cbiAgcmVhZG9ubHkgc2lnbmluZ0tleUlkOiBzdHJpbmc7XG4gIC8qKiBUaGUgZGV2aWNlJ3MgWDI1NTE5IGtleS1hZ3JlZW1lbnQga2V5IHBhaXI7IHBlcnNpc3QgaXRzIHNlY3JldCBlbmNyeXB0ZWQuICovXG4gIHJlYWRvbmx5IGtleUFncmVlbWVudEtleTogS2V5QWdyZWVtZW50S2V5UGFpcjtcbn1cblxuLyoqXG4gKiBDcmVhdGUgYSBkZXZpY2Ugc2lnbmluZyBrZXkgaW5zaWRlIGBrZXlTdG9yZWAgKG5vbi1leHRyYWN0YWJsZSksIGEgZnJlc2hcbiAqIFgyNTUxOSBrZXktYWdyZWVtZW50IGtleSwgYW5kIGEgZGV2aWNlIGNlcnRpZmljYXRlIGZyb20gdGhlIHNlbGYtc2lnbmluZyBrZXkuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCBkZXZpY2UgPSBhd2FpdCBjZXJ0aWZ5TmV3RGV2aWNlKHsga2V5U3RvcmUsIHNlbGZTaWduaW5nS2V5LCBpZGVudGl0eUtleTogaWRlbnRpdHkucHVibGljS2V5LmJ5dGVzLCBkaXNwbGF5TmFtZTogJ2xhcHRvcCcgfSk7XG4gKiBgYGBcbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGNlcnRpZnlOZXdEZXZpY2Uob3B0aW9uczogQ2VydGlmeU5ld0RldmljZU9wdGlvbnMpOiBQcm9taXNlPE5ld0RldmljZT4ge1xuICBjb25zdCBrZXkgPSBhd2FpdCBvcHRpb25zLmtleVN0b3JlLmNyZWF0ZUtleSh7XG4gICAgYWxnb3JpdGhtczogb3B0aW9ucy5hbGdvcml0aG1zID8/IFsnZWQyNTUxOScsICdwMjU2J10sXG4gICAgbGFiZWw6IGBuZXh1c2xpbmsgZGV2aWNlICR7b3B0aW9ucy5kaXNwbGF5TmFtZX1gLFxuICB9KTtcbiAgY29uc3Qga2V5QWdyZWVtZW50S2V5ID0gS2V5QWdyZWVtZW50S2V5UGFpci5nZW5lcmF0ZSgpO1xuICB0cnkge1xuICAgIGNvbnN0IGNlcnRpZmljYXRlID0gYXdhaXQgaXNzdWVEZXZpY2VDZXJ0aWZpY2F0ZSh7XG4gICAgICBpc3N1ZXI6IG9wdGlvbnMuc2VsZlNpZ25pbmdLZXksXG4gICAgICBpZGVudGl0eUtleTogb3B0aW9ucy5pZGVudGl0eUtleSxcbiAgICAgIGRpc3BsYXlOYW1lOiBvcHRpb25zLmRpc3BsYXlOYW1lLFxuICAgICAgc2lnbmluZ0tleToga2V5LnB1YmxpY0tleSxcbiAgICAgIGtleUFncmVlbWVudEtleToga2V5QWdyZWVtZW50S2V5LnB1YmxpY0tleSxcbiAgICAgIC4uLihvcHRpb25zLmV4cGlyZXNBdCA9PT0gdW5kZWZpbmVkID8ge30gOiB7IGV4cGlyZXNBdDogb3B0aW9ucy5leHBpcmVzQXQgfSksXG4gICAgICAuLi4ob3B0aW9ucy5jbG9jayA/IHsgY2xvY2s6IG9wdGlvbnMuY2xvY2sgfSA6IHt9KSxcbiAgICAgIC4uLihvcHRpb25zLnJhbmRvbSA/IHsgcmFuZG9tOiBvcHRpb25zLnJhbmRvbSB9IDoge30pLFxuICAgIH0pO1xuICAgIHJldHVybiB7IGNlcnRpZmljYXRlLCBzaWduaW5nS2V5SWQ6IGtleS5pZCwga2V5QWdyZWVtZW50S2V5IH07XG4gIH0gY2F0Y2ggKGVycikge1xuICAgIC8vIE5vdGhpbmcgaGFsZi1tYWRlIGlzIGxlZnQgYmVoaW5kIGluIHRoZSBrZXkgc3RvcmUuXG4gICAgYXdhaXQgb3B0aW9ucy5rZXlTdG9yZS5kZWxldGVLZXkoa2V5LmlkKTtcbiAgICBrZXlBZ3JlZW1lbnRLZXkuZGVzdHJveSgpO1xuICAgIHRocm93IGVycjtcbiAgfVxufVxuXG4vKiogQSB7QGxpbmsgU2lnbmVyfSBmb3IgYSBkZXZpY2UncyBrZXkgaW4gaXRzIGtleSBzdG9yZS4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBkZXZpY2VTaWduZXIoa2V5U3RvcmU6IEtleVN0b3JlLCBzaWduaW5nS2V5SWQ6IHN0cmluZyk6IFByb21pc2U8U2lnbmVyPiB7XG4gIGNvbnN0IGtleSA9IGF3YWl0IGtleVN0b3JlLmdldEtleShzaWduaW5nS2V5SWQpO1xuICBpZiAoa2V5ID09PSBudWxsKVxuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdLRVlfTk9UX0ZPVU5EJywgJ2RldmljZSBzaWduaW5nIGtleSBpcyBub3QgaW4gdGhlIGtleSBzdG9yZScpO1xuICByZXR1cm4ga2V5U3RvcmVTaWduZXIoa2V5U3RvcmUsIGtleSk7XG59XG4iLCAiaW1wb3J0IHsgTmV4dXNFcnJvciB9IGZyb20gJy4uL2ludGVyZmFjZXMvZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHtcbiAgQ3JlYXRlS2V5T3B0aW9ucyxcbiAgS2V5SW5mbyxcbiAgS2V5U3RvcmUsXG4gIFNpZ25hdHVyZUFsZ29yaXRobSxcbn0gZnJvbSAnLi4vaW50ZXJmYWNlcy9rZXlzdG9yZS5qcyc7XG5pbXBvcnQgeyBmcm9tSGV4LCB0b0hleCwgd2lwZSB9IGZyb20gJy4uL3ByaW1pdGl2ZXMvYnl0ZXMuanMnO1xuaW1wb3J0IHsgY3J5cHRvIH0gZnJvbSAnLi4vcHJpbWl0aXZlcy9wcm92aWRlci5qcyc7XG5pbXBvcnQgeyBJTlNQRUNUIH0gZnJvbSAnLi4vaWRlbnRpdHkvcmVkYWN0LmpzJztcblxuLyoqXG4gKiBBIHBlcnNpc3RlZCBzb2Z0d2FyZSBrZXkuIENvbnRhaW5zIHRoZSBwcml2YXRlIGtleTogc3RvcmUgaXQgb25seVxuICogZW5jcnlwdGVkICh0aGUgQ0xJIGtlZXBzIGl0IGluc2lkZSBhbiBlbmNyeXB0ZWQgc3RhdGUgZmlsZSkuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU29mdHdhcmVLZXlSZWNvcmQge1xuICByZWFkb25seSBpZDogc3RyaW5nO1xuICByZWFkb25seSBhbGdvcml0aG06IFNpZ25hdHVyZUFsZ29yaXRobTtcbiAgLyoqIEhleCBvZiB0aGUgMzItYnl0ZSBwcml2YXRlIGtleSAoRWQyNTUxOSBzZWVkIG9yIFAtMjU2IHNjYWxhcikuICovXG4gIHJlYWRvbmx5IHByaXZhdGVLZXk6IHN0cmluZztcbiAgcmVhZG9ubHkgZXh0cmFjdGFibGU6IGJvb2xlYW47XG4gIHJlYWRvbmx5IGxhYmVsOiBzdHJpbmc7XG59XG5cbi8qKiBPcHRpb25zIGZvciB7QGxpbmsgc29mdHdhcmVLZXlTdG9yZX0uICovXG5leHBvcnQgaW50ZXJmYWNlIFNvZnR3YXJlS2V5U3RvcmVPcHRpb25zIHtcbiAgLyoqIEtleXMgdG8gc3RhcnQgd2l0aCAoZnJvbSBhbiBlYXJsaWVyIHtAbGluayBTb2Z0d2FyZUtleVN0b3JlT3B0aW9ucy5vbkNoYW5nZX0pLiAqL1xuICByZWFkb25seSBrZXlzPzogcmVhZG9ubHkgU29mdHdhcmVLZXlSZWNvcmRbXTtcbiAgLyoqIENhbGxlZCB3aXRoIGV2ZXJ5IGtleSBhZnRlciBlYWNoIGNoYW5nZSwgc28gdGhlIGNhbGxlciBjYW4gcGVyc2lzdCB0aGVtIChlbmNyeXB0ZWQpLiAqL1xuICByZWFkb25seSBvbkNoYW5nZT86IChrZXlzOiBTb2Z0d2FyZUtleVJlY29yZFtdKSA9PiB2b2lkIHwgUHJvbWlzZTx2b2lkPjtcbn1cblxuaW50ZXJmYWNlIEVudHJ5IHtcbiAgaW5mbzogS2V5SW5mbztcbiAgc2VjcmV0OiBVaW50OEFycmF5O1xufVxuXG5jb25zdCBBTEdPUklUSE1TOiByZWFkb25seSBTaWduYXR1cmVBbGdvcml0aG1bXSA9IFsnZWQyNTUxOScsICdwMjU2J107XG5cbmZ1bmN0aW9uIHB1YmxpY0tleU9mKGFsZ29yaXRobTogU2lnbmF0dXJlQWxnb3JpdGhtLCBzZWNyZXQ6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5IHtcbiAgcmV0dXJuIGFsZ29yaXRobSA9PT0gJ2VkMjU1MTknXG4gICAgPyBjcnlwdG8oKS5lZDI1NTE5UHVibGljS2V5KHNlY3JldClcbiAgICA6IGNyeXB0bygpLnAyNTZQdWJsaWNLZXkoc2VjcmV0KTtcbn1cblxuZnVuY3Rpb24gbmV3U2VjcmV0KGFsZ29yaXRobTogU2lnbmF0dXJlQWxnb3JpdGhtKTogVWludDhBcnJheSB7XG4gIC8vIEEgcmFuZG9tIDMyLWJ5dGUgc3RyaW5nIGlzIGEgdmFsaWQgRWQyNTUxOSBzZWVkOyBmb3IgUC0yNTYgcmV0cnkgdGhlXG4gIC8vIG5lZ2xpZ2libGUgY2hhbmNlIG9mIGEgc2NhbGFyIG91dHNpZGUgWzEsIG4pLlxuICBmb3IgKDs7KSB7XG4gICAgY29uc3Qgc2VjcmV0ID0gY3J5cHRvKCkucmFuZG9tQnl0ZXMoMzIpO1xuICAgIGlmIChhbGdvcml0aG0gPT09ICdlZDI1NTE5JykgcmV0dXJuIHNlY3JldDtcbiAgICB0cnkge1xuICAgICAgcHVibGljS2V5T2YoJ3AyNTYnLCBzZWNyZXQpO1xuICAgICAgcmV0dXJuIHNlY3JldDtcbiAgICB9IGNhdGNoIHtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgfVxufVxuXG5jbGFzcyBTb2Z0d2FyZUtleVN0b3JlIGltcGxlbWVudHMgS2V5U3RvcmUge1xuICByZWFkb25seSBraW5kID0gJ3NvZnR3YXJlJztcbiAgcmVhZG9ubHkgI2tleXMgPSBuZXcgTWFwPHN0cmluZywgRW50cnk+KCk7XG4gIHJlYWRvbmx5ICNvbkNoYW5nZTogU29mdHdhcmVLZXlTdG9yZU9wdGlvbnNbJ29uQ2hhbmdlJ107XG5cbiAgY29uc3RydWN0b3Iob3B0aW9uczogU29mdHdhcmVLZXlTdG9yZU9wdGlvbnMpIHtcbiAgICB0aGlzLiNvbkNoYW5nZSA9IG9wdGlvbnMub25DaGFuZ2U7XG4gICAgZm9yIChjb25zdCByZWNvcmQgb2Ygb3B0aW9ucy5rZXlzID8/IFtdKSB7XG4gICAgICBpZiAoIUFMR09SSVRITVMuaW5jbHVkZXMocmVjb3JkLmFsZ29yaXRobSkpXG4gICAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdVTlNVUFBPUlRFRF9BTEdPUklUSE0nLCBgdW5rbm93biBhbGdvcml0aG0gJHtyZWNvcmQuYWxnb3JpdGhtfWApO1xuICAgICAgY29uc3Qgc2VjcmV0ID0gZnJvbUhleChyZWNvcmQucHJpdmF0ZUtleSk7XG4gICAgICBpZiAoc2VjcmV0Lmxlbmd0aCAhPT0gMzIpXG4gICAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX0tFWScsICdzb2Z0d2FyZSBrZXkgcmVjb3JkIGhhcyBhIGJhZCBwcml2YXRlIGtleScpO1xuICAgICAgbGV0IHB1YmxpY0tleTogVWludDhBcnJheTtcbiAgICAgIHRyeSB7XG4gICAgICAgIHB1YmxpY0tleSA9IHB1YmxpY0tleU9mKHJlY29yZC5hbGdvcml0aG0sIHNlY3JldCk7XG4gICAgICB9IGNhdGNoIChjYXVzZSkge1xuICAgICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9LRVknLCAnc29mdHdhcmUga2V5IHJlY29yZCBoYXMgYSBiYWQgcHJpdmF0ZSBrZXknLCB7IGNhdXNlIH0pO1xuICAgICAgfVxuICAgICAgdGhpcy4ja2V5cy5zZXQocmVjb3JkLmlkLCB7XG4gICAgICAgIHNlY3JldCxcbiAgICAgICAgaW5mbzogT2JqZWN0LmZyZWV6ZSh7XG4gICAgICAgICAgaWQ6IHJlY29yZC5pZCxcbiAgICAgICAgICBhbGdvcml0aG06IHJlY29yZC5hbGdvcml0aG0sXG4gICAgICAgICAgcHVibGljS2V5OiBPYmplY3QuZnJlZXplKHsgYWxnb3JpdGhtOiByZWNvcmQuYWxnb3JpdGhtLCBieXRlczogcHVibGljS2V5IH0pLFxuICAgICAgICAgIGV4dHJhY3RhYmxlOiByZWNvcmQuZXh0cmFjdGFibGUsXG4gICAgICAgICAgbGFiZWw6IHJlY29yZC5sYWJlbCxcbiAgICAgICAgfSksXG4gICAgICB9KTtcbiAgICB9XG4gIH1cblxuICBhc3luYyBzdXBwb3J0ZWRBbGdvcml0aG1zKCk6IFByb21pc2U8cmVhZG9ubHkgU2lnbmF0dXJlQWxnb3JpdGhtW10+IHtcbiAgICByZXR1cm4gQUxHT1JJVEhNUztcbiAgfVxuXG4gIGFzeW5jIGNyZWF0ZUtleShvcHRpb25zOiBDcmVhdGVLZXlPcHRpb25zID0ge30pOiBQcm9taXNlPEtleUluZm8+IHtcbiAgICBjb25zdCBhbGdvcml0aG0gPSAob3B0aW9ucy5hbGdvcml0aG1zID8/IEFMR09SSVRITVMpLmZpbmQoKGEpID0+IEFMR09SSVRITVMuaW5jbHVkZXMoYSkpO1xuICAgIGlmIChhbGdvcml0aG0gPT09IHVuZGVmaW5lZClcbiAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKFxuICAgICAgICAnVU5TVVBQT1JURURfQUxHT1JJVEhNJyxcbiAgICAgICAgJ25vbmUgb2YgdGhlIHJlcXVlc3RlZCBhbGdvcml0aG1zIGlzIHN1cHBvcnRlZCcsXG4gICAgICApO1xuICAgIGNvbnN0IHNlY3JldCA9IG5ld1NlY3JldChhbGdvcml0aG0pO1xuICAgIGNvbnN0IGlkID0gdG9IZXgoY3J5cHRvKCkucmFuZG9tQnl0ZXMoMTYpKTtcbiAgICBjb25zdCBpbmZvOiBLZXlJbmZvID0gT2JqZWN0LmZyZWV6ZSh7XG4gICAgICBpZCxcbiAgICAgIGFsZ29yaXRobSxcbiAgICAgIHB1YmxpY0tleTogT2JqZWN0LmZyZWV6ZSh7IGFsZ29yaXRobSwgYnl0ZXM6IHB1YmxpY0tleU9mKGFsZ29yaXRobSwgc2VjcmV0KSB9KSxcbiAgICAgIGV4dHJhY3RhYmxlOiBvcHRpb25zLmV4dHJhY3RhYmxlID8/IGZhbHNlLFxuICAgICAgbGFiZWw6IG9wdGlvbnMubGFiZWwgPz8gJycsXG4gICAgfSk7XG4gICAgdGhpcy4ja2V5cy5zZXQoaWQsIHsgaW5mbywgc2VjcmV0IH0pO1xuICAgIHRyeSB7XG4gICAgICBhd2FpdCB0aGlzLiNjaGFuZ2VkKCk7XG4gICAgfSBjYXRjaCAoZXJyKSB7XG4gICAgICAvLyBOb3QgcGVyc2lzdGVkLCBzbyBub3QgY3JlYXRlZDogdGhlIGNhbGxlciBtdXN0IG5vdCBjb21lIHRvIHJlbHkgb24gaXQuXG4gICAgICB0aGlzLiNrZXlzLmRlbGV0ZShpZCk7XG4gICAgICB3aXBlKHNlY3JldCk7XG4gICAgICB0aHJvdyBlcnI7XG4gICAgfVxuICAgIHJldHVybiBpbmZvO1xuICB9XG5cbiAgYXN5bmMgZ2V0S2V5KGlkOiBzdHJpbmcpOiBQcm9taXNlPEtleUluZm8gfCBudWxsPiB7XG4gICAgcmV0dXJuIHRoaXMuI2tleXMuZ2V0KGlkKT8uaW5mbyA/PyBudWxsO1xuICB9XG5cbiAgYXN5bmMgbGlzdEtleXMoKTogUHJvbWlzZTxLZXlJbmZvW10+IHtcbiAgICByZXR1cm4gWy4uLnRoaXMuI2tleXMudmFsdWVzKCldLm1hcCgoZSkgPT4gZS5pbmZvKTtcbiAgfVxuXG4gIGFzeW5jIHNpZ24oaWQ6IHN0cmluZywgbWVzc2FnZTogVWludDhBcnJheSk6IFByb21pc2U8VWludDhBcnJheT4ge1xuICAgIGNvbnN0IGVudHJ5ID0gdGhpcy4jZW50cnkoaWQpO1xuICAgIHJldHVybiBlbnRyeS5pbmZvLmFsZ29yaXRobSA9PT0gJ2VkMjU1MTknXG4gICAgICA/IGNyeXB0bygpLmVkMjU1MTlTaWduKGVudHJ5LnNlY3JldCwgbWVzc2FnZSlcbiAgICAgIDogY3J5cHRvKCkucDI1NlNpZ24oZW50cnkuc2VjcmV0LCBtZXNzYWdlKTtcbiAgfVxuXG4gIGFzeW5jIGV4cG9ydFByaXZhdGVLZXkoaWQ6IHN0cmluZyk6IFByb21pc2U8VWludDhBcnJheT4ge1xuICAgIGNvbnN0IGVudHJ5ID0gdGhpcy4jZW50cnkoaWQpO1xuICAgIGlmICghZW50cnkuaW5mby5leHRyYWN0YWJsZSlcbiAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdLRVlfTk9UX0VYVFJBQ1RBQkxFJywgJ2tleSB3YXMgY3JlYXRlZCBub24tZXh0cmFjdGFibGUnKTtcbiAgICByZXR1cm4gZW50cnkuc2VjcmV0LnNsaWNlKCk7XG4gIH1cblxuICBhc3luYyBkZWxldGVLZXkoaWQ6IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICAgIGNvbnN0IGVudHJ5ID0gdGhpcy4ja2V5cy5nZXQoaWQpO1xuICAgIGlmICghZW50cnkpIHJldHVybjtcbiAgICB3aXBlKGVudHJ5LnNlY3JldCk7XG4gICAgdGhpcy4ja2V5cy5kZWxldGUoaWQpO1xuICAgIGF3YWl0IHRoaXMuI2NoYW5nZWQoKTtcbiAgfVxuXG4gICNlbnRyeShpZDogc3RyaW5nKTogRW50cnkge1xuICAgIGNvbnN0IGVudHJ5ID0gdGhpcy4ja2V5cy5nZXQoaWQpO1xuICAgIGlmICghZW50cnkpIHRocm93IG5ldyBOZXh1c0Vycm9yKCdLRVlfTk9UX0ZPVU5EJywgJ25vIHN1Y2gga2V5Jyk7XG4gICAgcmV0dXJuIGVudHJ5O1xuICB9XG5cbiAgYXN5bmMgI2NoYW5nZWQoKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgaWYgKCF0aGlzLiNvbkNoYW5nZSkgcmV0dXJuO1xuICAgIGNvbnN0IHJlY29yZHMgPSBbLi4udGhpcy4ja2V5cy52YWx1ZXMoKV0ubWFwKChlKSA9PiAoe1xuICAgICAgaWQ6IGUuaW5mby5pZCxcbiAgICAgIGFsZ29yaXRobTogZS5pbmZvLmFsZ29yaXRobSxcbiAgICAgIHByaXZhdGVLZXk6IHRvSGV4KGUuc2VjcmV0KSxcbiAgICAgIGV4dHJhY3RhYmxlOiBlLmluZm8uZXh0cmFjdGFibGUsXG4gICAgICBsYWJlbDogZS5pbmZvLmxhYmVsLFxuICAgIH0pKTtcbiAgICB0cnkge1xuICAgICAgYXdhaXQgdGhpcy4jb25DaGFuZ2UocmVjb3Jkcyk7XG4gICAgfSBjYXRjaCAoY2F1c2UpIHtcbiAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdLRVlTVE9SRScsICdwZXJzaXN0aW5nIHRoZSBzb2Z0d2FyZSBrZXkgc3RvcmUgZmFpbGVkJywgeyBjYXVzZSB9KTtcbiAgICB9XG4gIH1cblxuICB0b0pTT04oKTogeyBraW5kOiBzdHJpbmc7IGtleXM6IG51bWJlciB9IHtcbiAgICByZXR1cm4geyBraW5kOiB0aGlzLmtpbmQsIGtleXM6IHRoaXMuI2tleXMuc2l6ZSB9O1xuICB9XG5cbiAgdG9TdHJpbmcoKTogc3RyaW5nIHtcbiAgICByZXR1cm4gYFNvZnR3YXJlS2V5U3RvcmUoJHt0aGlzLiNrZXlzLnNpemV9IGtleXMpYDtcbiAgfVxuXG4gIFtJTlNQRUNUXSgpOiBzdHJpbmcge1xuICAgIHJldHVybiB0aGlzLnRvU3RyaW5nKCk7XG4gIH1cbn1cblxuLyoqXG4gKiBBIGtleSBzdG9yZSB0aGF0IGtlZXBzIGtleXMgaW4gbWVtb3J5LCBpbXBsZW1lbnRlZCB3aXRoIG5vYmxlLiBLZXlzIG1hcmtlZFxuICogbm9uLWV4dHJhY3RhYmxlIGFyZSBuZXZlciByZXR1cm5lZCBieSBgZXhwb3J0UHJpdmF0ZUtleWAuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCBzdG9yZSA9IHNvZnR3YXJlS2V5U3RvcmUoKTtcbiAqIGNvbnN0IGtleSA9IGF3YWl0IHN0b3JlLmNyZWF0ZUtleSh7IGFsZ29yaXRobXM6IFsnZWQyNTUxOSddIH0pO1xuICogY29uc3Qgc2lnID0gYXdhaXQgc3RvcmUuc2lnbihrZXkuaWQsIG1lc3NhZ2UpO1xuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzb2Z0d2FyZUtleVN0b3JlKG9wdGlvbnM6IFNvZnR3YXJlS2V5U3RvcmVPcHRpb25zID0ge30pOiBLZXlTdG9yZSB7XG4gIHJldHVybiBuZXcgU29mdHdhcmVLZXlTdG9yZShvcHRpb25zKTtcbn1cbiIsICIvKipcbiAqIEV2ZXJ5IGxhYmVsIGFuZCBsaW1pdCBvZiB0aGUgc2Vzc2lvbiBsYXllciwgYXMgc3BlYy9wcXhkaC5tZCxcbiAqIHNwZWMvcmF0Y2hldC5tZCBhbmQgc3BlYy9zZW5kZXIta2V5cy5tZCBzdGF0ZSB0aGVtLlxuICovXG5leHBvcnQgY29uc3QgTElNSVRTID0ge1xuICAvKiogTW9zdCBtZXNzYWdlIGtleXMgb25lIGluY29taW5nIG1lc3NhZ2UgbWF5IG1ha2UgdXMgc2tpcCBpbiBhIGNoYWluIChEb3VibGUgUmF0Y2hldCBNQVhfU0tJUCkuICovXG4gIG1heFNraXA6IDIwMDAsXG4gIC8qKiBNb3N0IHNraXBwZWQgbWVzc2FnZSBrZXlzIGtlcHQgcGVyIHNlc3Npb24gKG9yIHBlciBzZW5kZXIga2V5KTsgdGhlIG9sZGVzdCBhcmUgZXZpY3RlZCBmaXJzdC4gKi9cbiAgbWF4U3RvcmVkU2tpcHBlZEtleXM6IDIwMDAsXG4gIC8qKiBTa2lwcGVkIG1lc3NhZ2Uga2V5cyBvbGRlciB0aGFuIHRoaXMgYXJlIGRlbGV0ZWQgKG1zKTogMzAgZGF5cy4gKi9cbiAgc2tpcHBlZEtleUxpZmV0aW1lTXM6IDMwICogMjQgKiA2MCAqIDYwICogMTAwMCxcbiAgLyoqIEhvdyBtYW55IGZvcmdvdHRlbiAoZXhwaXJlZCBvciBldmljdGVkKSBtZXNzYWdlIG51bWJlcnMgYXJlIHJlbWVtYmVyZWQgZm9yIHByZWNpc2UgZXJyb3JzLiAqL1xuICBtYXhGb3Jnb3R0ZW46IDIwMDAsXG4gIC8qKiBQYXN0IHJlY2VpdmluZyBjaGFpbnMgcmVtZW1iZXJlZCBwZXIgc2Vzc2lvbiwgdG8gcmVwb3J0IGxhdGUgZHVwbGljYXRlcyBwcmVjaXNlbHkuICovXG4gIG1heFByZXZpb3VzQ2hhaW5zOiAyMCxcbiAgLyoqIEFyY2hpdmVkIHNlc3Npb24gc3RhdGVzIGtlcHQgcGVyIHJlbW90ZSBkZXZpY2UgKHNpbXVsdGFuZW91cyBpbml0aWF0aW9uLCBoZWFsaW5nKS4gKi9cbiAgbWF4QXJjaGl2ZWRTdGF0ZXM6IDEwLFxuICAvKiogU2VuZGVyIGtleSBjaGFpbnMga2VwdCBwZXIgKHNlbmRlciwgZGlzdHJpYnV0aW9uKSBhY3Jvc3Mgcm90YXRpb25zLiAqL1xuICBtYXhTZW5kZXJLZXlTdGF0ZXM6IDUsXG4gIC8qKiBNaW5pbXVtIHRpbWUgYmV0d2VlbiB0d28gYXV0b21hdGljIHNlc3Npb24gcmVzZXQgcmVxdWVzdHMgZm9yIG9uZSByZW1vdGUgZGV2aWNlIChtcyk6IDEgaG91ci4gKi9cbiAgcmVzZXRSZXF1ZXN0SW50ZXJ2YWxNczogNjAgKiA2MCAqIDEwMDAsXG59IGFzIGNvbnN0O1xuXG4vKiogSEtERiBpbmZvIHN0cmluZ3MgYW5kIG90aGVyIGRvbWFpbi1zZXBhcmF0aW9uIGxhYmVscy4gKi9cbmV4cG9ydCBjb25zdCBMQUJFTFMgPSB7XG4gIHBxeGRoSW5mbzogJ05leHVzTGlua19QUVhESF9DVVJWRTI1NTE5X1NIQS0yNTZfTUwtS0VNLTEwMjQnLFxuICByb290S2V5OiAnTmV4dXNMaW5rX1JhdGNoZXRfUm9vdEtleScsXG4gIG1lc3NhZ2VLZXlzOiAnTmV4dXNMaW5rX1JhdGNoZXRfTWVzc2FnZUtleXMnLFxuICBzZXNzaW9uQWQ6ICdOZXh1c0xpbmtfU2Vzc2lvbkFEJyxcbiAgc2VuZGVyTWVzc2FnZUtleXM6ICdOZXh1c0xpbmtfU2VuZGVyS2V5X01lc3NhZ2VLZXlzJyxcbiAgc25hcHNob3Q6ICduZXh1c2xpbmsvdjEvc2Vzc2lvbi1zbmFwc2hvdCcsXG59IGFzIGNvbnN0O1xuXG4vKiogQnl0ZSBzaXplcy4gKi9cbmV4cG9ydCBjb25zdCBTSVpFUyA9IHtcbiAgeDI1NTE5OiAzMixcbiAgbWxLZW0xMDI0UHVibGljS2V5OiAxNTY4LFxuICBtbEtlbTEwMjRDaXBoZXJ0ZXh0OiAxNTY4LFxuICBtbEtlbVNlZWQ6IDY0LFxuICByb290S2V5OiAzMixcbiAgY2hhaW5LZXk6IDMyLFxuICBtZXNzYWdlS2V5OiAzMixcbiAgYWVhZEtleTogMzIsXG4gIGFlYWROb25jZTogMTIsXG4gIGhlYWRlck5vbmNlOiAyNCxcbiAgdGFnOiAxNixcbn0gYXMgY29uc3Q7XG4iLCAiLyoqXG4gKiBQcmVrZXlzIGFuZCBwcmVrZXkgYnVuZGxlcyAoc3BlYy9wcXhkaC5tZCBcdTAwQTdQcmVrZXlzKTogYSBzaWduZWQgWDI1NTE5XG4gKiBwcmVrZXksIHVuc2lnbmVkIFgyNTUxOSBvbmUtdGltZSBwcmVrZXlzLCBhbmQgc2lnbmVkIE1MLUtFTS0xMDI0IHByZWtleXNcbiAqIChvbmUtdGltZSwgcGx1cyBhIGxhc3QtcmVzb3J0IGtleSB0aGF0IGlzIG5ldmVyIGNvbnN1bWVkKS5cbiAqL1xuaW1wb3J0IHsgY3JlYXRlIH0gZnJvbSAnQGJ1ZmJ1aWxkL3Byb3RvYnVmJztcbmltcG9ydCB7IE5leHVzRXJyb3IgfSBmcm9tICcuLi9pbnRlcmZhY2VzL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7IFByZUtleVN0b3JlIH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9zZXNzaW9ucy5qcyc7XG5pbXBvcnQgdHlwZSB7IENsb2NrLCBSYW5kb21Tb3VyY2UgfSBmcm9tICcuLi9pbnRlcmZhY2VzL3J1bnRpbWUuanMnO1xuaW1wb3J0IHsgYnl0ZXNFcXVhbCB9IGZyb20gJy4uL3ByaW1pdGl2ZXMvYnl0ZXMuanMnO1xuaW1wb3J0IHsgY3J5cHRvIH0gZnJvbSAnLi4vcHJpbWl0aXZlcy9wcm92aWRlci5qcyc7XG5pbXBvcnQge1xuICBvbmVUaW1lUHJlS2V5Q29kZWMsXG4gIHByZUtleUJvZHlDb2RlYyxcbiAgcHJlS2V5QnVuZGxlQ29kZWMsXG4gIHNpZ25lZE1lc3NhZ2VDb2RlYyxcbiAgc2lnbmVkUHJlS2V5Q29kZWMsXG59IGZyb20gJy4uL3dpcmUvbWVzc2FnZXMuanMnO1xuaW1wb3J0IHsgS2V5QWxnb3JpdGhtIH0gZnJvbSAnLi4vd2lyZS9nZW4vbmV4dXNsaW5rL3YxL2tleXNfcGIuanMnO1xuaW1wb3J0IHsgUHJlS2V5UmVjb3JkU2NoZW1hIH0gZnJvbSAnLi4vd2lyZS9nZW4vbmV4dXNsaW5rL3YxL3N0YXRlX3BiLmpzJztcbmltcG9ydCB7XG4gIGFjY2VwdFNlbGZTaWduaW5nQ2VydGlmaWNhdGUsXG4gIGNoZWNrVGltZSxcbiAgZGVjb2RlU2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSxcbiAgc3lzdGVtQ2xvY2ssXG4gIHN5c3RlbVJhbmRvbSxcbiAgdmVyaWZpY2F0aW9uVGltZSxcbiAgdmVyaWZ5RGV2aWNlQ2VydGlmaWNhdGUsXG4gIHZlcmlmeVJldm9jYXRpb25MaXN0LFxuICB2ZXJpZnlTZWxmU2lnbmluZ0NlcnRpZmljYXRlLFxufSBmcm9tICcuLi9pZGVudGl0eS9jZXJ0aWZpY2F0ZXMuanMnO1xuaW1wb3J0IHR5cGUge1xuICBEZXZpY2VDZXJ0aWZpY2F0ZSxcbiAgUmV2b2NhdGlvbkxpc3QsXG4gIFNlbGZTaWduaW5nQ2VydGlmaWNhdGUsXG59IGZyb20gJy4uL2lkZW50aXR5L2NlcnRpZmljYXRlcy5qcyc7XG5pbXBvcnQgdHlwZSB7IEtleUFncmVlbWVudEtleVBhaXIgfSBmcm9tICcuLi9pZGVudGl0eS9rZXktYWdyZWVtZW50LmpzJztcbmltcG9ydCB7IHJlcXVpcmVTaWduYXR1cmUsIFNJR05BVFVSRV9MQUJFTFMsIHNpZ25MYWJlbGxlZCB9IGZyb20gJy4uL2lkZW50aXR5L3NpZ25pbmcuanMnO1xuaW1wb3J0IHR5cGUgeyBTaWduZXIgfSBmcm9tICcuLi9pZGVudGl0eS9zaWduaW5nLmpzJztcbmltcG9ydCB7IHV1aWRGcm9tUHVibGljS2V5IH0gZnJvbSAnLi4vaWRlbnRpdHkvdXVpZC5qcyc7XG5pbXBvcnQgdHlwZSB7IFV1aWQgfSBmcm9tICcuLi9pZGVudGl0eS91dWlkLmpzJztcbmltcG9ydCB7IFNJWkVTIH0gZnJvbSAnLi9jb25zdGFudHMuanMnO1xuaW1wb3J0IHsgZW5jb2RlUHJlS2V5UmVjb3JkLCBTVEFURV9WRVJTSU9OLCBXSVJFX0tJTkQgfSBmcm9tICcuL3JlY29yZHMuanMnO1xuXG4vKiogVGhpcyBkZXZpY2UsIGFzIHRoZSBzZXNzaW9uIGxheWVyIG5lZWRzIGl0LiBCdWlsZCBpdCB3aXRoIHtAbGluayBsb2NhbERldmljZX0uICovXG5leHBvcnQgaW50ZXJmYWNlIExvY2FsRGV2aWNlIHtcbiAgcmVhZG9ubHkgdXVpZDogVXVpZDtcbiAgLyoqIFRoZSBpZGVudGl0eSdzIEVkMjU1MTkgcHVibGljIGtleS4gKi9cbiAgcmVhZG9ubHkgaWRlbnRpdHlLZXk6IFVpbnQ4QXJyYXk7XG4gIC8qKiAxNiBieXRlcy4gKi9cbiAgcmVhZG9ubHkgZGV2aWNlSWQ6IFVpbnQ4QXJyYXk7XG4gIHJlYWRvbmx5IGRldmljZUNlcnRpZmljYXRlOiBVaW50OEFycmF5O1xuICByZWFkb25seSBzZWxmU2lnbmluZ0NlcnRpZmljYXRlOiBVaW50OEFycmF5O1xuICAvKiogVGhlIGRldmljZSdzIGNlcnRpZmllZCBYMjU1MTkga2V5IHBhaXIuICovXG4gIHJlYWRvbmx5IGtleUFncmVlbWVudEtleTogS2V5QWdyZWVtZW50S2V5UGFpcjtcbiAgLyoqIFRoZSBkZXZpY2Ugc2lnbmluZyBrZXkgKHNpZ25zIHByZWtleXMpLiAqL1xuICByZWFkb25seSBzaWduZXI6IFNpZ25lcjtcbn1cblxuLyoqXG4gKiBDaGVjayB0aGF0IHRoZSBjZXJ0aWZpY2F0ZXMsIGtleS1hZ3JlZW1lbnQga2V5IGFuZCBzaWduZXIgYmVsb25nIHRvZ2V0aGVyXG4gKiBhbmQgdmVyaWZ5LCBhbmQgcmV0dXJuIHRoZSBkZXZpY2UuXG4gKlxuICogQHRocm93cyBOZXh1c0Vycm9yIGZyb20gY2VydGlmaWNhdGUgdmVyaWZpY2F0aW9uLCBvciBgSU5WQUxJRF9LRVlgIHdoZW4gYSBrZXkgZG9lcyBub3QgbWF0Y2ggaXRzIGNlcnRpZmljYXRlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gbG9jYWxEZXZpY2Uob3B0aW9uczoge1xuICBkZXZpY2VDZXJ0aWZpY2F0ZTogVWludDhBcnJheTtcbiAgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZTogVWludDhBcnJheTtcbiAga2V5QWdyZWVtZW50S2V5OiBLZXlBZ3JlZW1lbnRLZXlQYWlyO1xuICBzaWduZXI6IFNpZ25lcjtcbiAgbm93PzogbnVtYmVyO1xufSk6IExvY2FsRGV2aWNlIHtcbiAgY29uc3Qgc3NrID0gZGVjb2RlU2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZShvcHRpb25zLnNlbGZTaWduaW5nQ2VydGlmaWNhdGUpO1xuICBjb25zdCB7IGRldmljZSwgdXVpZCB9ID0gdmVyaWZ5RGV2aWNlQ2VydGlmaWNhdGUob3B0aW9ucy5kZXZpY2VDZXJ0aWZpY2F0ZSwge1xuICAgIGlkZW50aXR5OiBzc2suaWRlbnRpdHlLZXksXG4gICAgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZTogb3B0aW9ucy5zZWxmU2lnbmluZ0NlcnRpZmljYXRlLFxuICAgIC4uLihvcHRpb25zLm5vdyA9PT0gdW5kZWZpbmVkID8ge30gOiB7IG5vdzogb3B0aW9ucy5ub3cgfSksXG4gIH0pO1xuICBpZiAoIWJ5dGVzRXF1YWwoZGV2aWNlLmtleUFncmVlbWVudEtleSwgb3B0aW9ucy5rZXlBZ3JlZW1lbnRLZXkucHVibGljS2V5KSkge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX0tFWScsICdrZXktYWdyZWVtZW50IGtleSBkb2VzIG5vdCBtYXRjaCB0aGUgZGV2aWNlIGNlcnRpZmljYXRlJyk7XG4gIH1cbiAgaWYgKFxuICAgIGRldmljZS5zaWduaW5nS2V5LmFsZ29yaXRobSAhPT0gb3B0aW9ucy5zaWduZXIucHVibGljS2V5LmFsZ29yaXRobSB8fFxuICAgICFieXRlc0VxdWFsKGRldmljZS5zaWduaW5nS2V5LmJ5dGVzLCBvcHRpb25zLnNpZ25lci5wdWJsaWNLZXkuYnl0ZXMpXG4gICkge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX0tFWScsICdzaWduZXIgZG9lcyBub3QgbWF0Y2ggdGhlIGRldmljZSBjZXJ0aWZpY2F0ZScpO1xuICB9XG4gIHJldHVybiBPYmplY3QuZnJlZXplKHtcbiAgICB1dWlkLFxuICAgIGlkZW50aXR5S2V5OiBzc2suaWRlbnRpdHlLZXksXG4gICAgZGV2aWNlSWQ6IGRldmljZS5kZXZpY2VJZCxcbiAgICBkZXZpY2VDZXJ0aWZpY2F0ZTogb3B0aW9ucy5kZXZpY2VDZXJ0aWZpY2F0ZSxcbiAgICBzZWxmU2lnbmluZ0NlcnRpZmljYXRlOiBvcHRpb25zLnNlbGZTaWduaW5nQ2VydGlmaWNhdGUsXG4gICAga2V5QWdyZWVtZW50S2V5OiBvcHRpb25zLmtleUFncmVlbWVudEtleSxcbiAgICBzaWduZXI6IG9wdGlvbnMuc2lnbmVyLFxuICB9KTtcbn1cblxuLyoqIE9wdGlvbnMgc2hhcmVkIGJ5IHRoZSBwcmVrZXkgZ2VuZXJhdG9ycy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJlS2V5T3B0aW9ucyB7XG4gIHJlYWRvbmx5IGNsb2NrPzogQ2xvY2s7XG4gIHJlYWRvbmx5IHJhbmRvbT86IFJhbmRvbVNvdXJjZTtcbn1cblxuZnVuY3Rpb24gY2hlY2tJZChpZDogbnVtYmVyKTogdm9pZCB7XG4gIGlmICghTnVtYmVyLmlzSW50ZWdlcihpZCkgfHwgaWQgPCAxIHx8IGlkID4gMHhmZmZmZmZmZilcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9BUkdVTUVOVCcsICdwcmVrZXkgaWRzIGFyZSBpbnRlZ2VycyBmcm9tIDEgdG8gMl4zMiAtIDEnKTtcbn1cblxuLyoqIENyZWF0ZSwgc3RvcmUgYW5kIHJldHVybiAoZW5jb2RlZCBgU2lnbmVkUHJlS2V5YCkgYSBzaWduZWQgWDI1NTE5IHByZWtleS4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjcmVhdGVTaWduZWRQcmVLZXkoXG4gIGRldmljZTogTG9jYWxEZXZpY2UsXG4gIHN0b3JlOiBQcmVLZXlTdG9yZSxcbiAgaWQ6IG51bWJlcixcbiAgb3B0aW9uczogUHJlS2V5T3B0aW9ucyA9IHt9LFxuKTogUHJvbWlzZTxVaW50OEFycmF5PiB7XG4gIGNoZWNrSWQoaWQpO1xuICBjb25zdCBzZWNyZXQgPSAob3B0aW9ucy5yYW5kb20gPz8gc3lzdGVtUmFuZG9tKS5yYW5kb21CeXRlcyhTSVpFUy54MjU1MTkpO1xuICBjb25zdCBjcmVhdGVkQXRNcyA9IGNoZWNrVGltZSgnY3JlYXRlZEF0JywgKG9wdGlvbnMuY2xvY2sgPz8gc3lzdGVtQ2xvY2spLm5vdygpKTtcbiAgY29uc3QgYm9keSA9IHByZUtleUJvZHlDb2RlYy5lbmNvZGUoe1xuICAgIHZlcnNpb246IDEsXG4gICAga2V5SWQ6IGlkLFxuICAgIHB1YmxpY0tleTogeyBhbGdvcml0aG06IEtleUFsZ29yaXRobS5YMjU1MTksIGtleTogY3J5cHRvKCkueDI1NTE5UHVibGljS2V5KHNlY3JldCkgfSxcbiAgICBjcmVhdGVkQXRNcyxcbiAgfSk7XG4gIGNvbnN0IHNpZ25lZCA9IHNpZ25lZFByZUtleUNvZGVjLmVuY29kZSh7XG4gICAgYm9keSxcbiAgICBzaWduYXR1cmU6IGF3YWl0IHNpZ25MYWJlbGxlZChkZXZpY2Uuc2lnbmVyLCBTSUdOQVRVUkVfTEFCRUxTLnNpZ25lZFByZUtleSwgYm9keSksXG4gIH0pO1xuICBhd2FpdCBzdG9yZS5zdG9yZVByZUtleShcbiAgICAnc2lnbmVkJyxcbiAgICBpZCxcbiAgICBlbmNvZGVQcmVLZXlSZWNvcmQoXG4gICAgICBjcmVhdGUoUHJlS2V5UmVjb3JkU2NoZW1hLCB7XG4gICAgICAgIHZlcnNpb246IFNUQVRFX1ZFUlNJT04sXG4gICAgICAgIGtpbmQ6IFdJUkVfS0lORC5zaWduZWQsXG4gICAgICAgIGtleUlkOiBpZCxcbiAgICAgICAgc2VjcmV0LFxuICAgICAgICBzaWduZWQsXG4gICAgICAgIGNyZWF0ZWRBdE1zLFxuICAgICAgfSksXG4gICAgKSxcbiAgKTtcbiAgcmV0dXJuIHNpZ25lZDtcbn1cblxuLyoqIENyZWF0ZSwgc3RvcmUgYW5kIHJldHVybiAoZW5jb2RlZCBgU2lnbmVkUHJlS2V5YCkgYW4gTUwtS0VNLTEwMjQgcHJla2V5LiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGNyZWF0ZUtlbVByZUtleShcbiAgZGV2aWNlOiBMb2NhbERldmljZSxcbiAgc3RvcmU6IFByZUtleVN0b3JlLFxuICBpZDogbnVtYmVyLFxuICBvcHRpb25zOiBQcmVLZXlPcHRpb25zICYgeyBsYXN0UmVzb3J0PzogYm9vbGVhbiB9ID0ge30sXG4pOiBQcm9taXNlPFVpbnQ4QXJyYXk+IHtcbiAgY2hlY2tJZChpZCk7XG4gIGNvbnN0IHNlZWQgPSAob3B0aW9ucy5yYW5kb20gPz8gc3lzdGVtUmFuZG9tKS5yYW5kb21CeXRlcyhTSVpFUy5tbEtlbVNlZWQpO1xuICBjb25zdCBjcmVhdGVkQXRNcyA9IGNoZWNrVGltZSgnY3JlYXRlZEF0JywgKG9wdGlvbnMuY2xvY2sgPz8gc3lzdGVtQ2xvY2spLm5vdygpKTtcbiAgY29uc3QgbGFzdFJlc29ydCA9IG9wdGlvbnMubGFzdFJlc29ydCA/PyBmYWxzZTtcbiAgY29uc3QgYm9keSA9IHByZUtleUJvZHlDb2RlYy5lbmNvZGUoe1xuICAgIHZlcnNpb246IDEsXG4gICAga2V5SWQ6IGlkLFxuICAgIHB1YmxpY0tleTogeyBhbGdvcml0aG06IEtleUFsZ29yaXRobS5NTF9LRU1fMTAyNCwga2V5OiBjcnlwdG8oKS5tbEtlbTEwMjRQdWJsaWNLZXkoc2VlZCkgfSxcbiAgICBjcmVhdGVkQXRNcyxcbiAgICBsYXN0UmVzb3J0LFxuICB9KTtcbiAgY29uc3Qgc2lnbmVkID0gc2lnbmVkUHJlS2V5Q29kZWMuZW5jb2RlKHtcbiAgICBib2R5LFxuICAgIHNpZ25hdHVyZTogYXdhaXQgc2lnbkxhYmVsbGVkKGRldmljZS5zaWduZXIsIFNJR05BVFVSRV9MQUJFTFMuc2lnbmVkUHJlS2V5LCBib2R5KSxcbiAgfSk7XG4gIGF3YWl0IHN0b3JlLnN0b3JlUHJlS2V5KFxuICAgICdrZW0nLFxuICAgIGlkLFxuICAgIGVuY29kZVByZUtleVJlY29yZChcbiAgICAgIGNyZWF0ZShQcmVLZXlSZWNvcmRTY2hlbWEsIHtcbiAgICAgICAgdmVyc2lvbjogU1RBVEVfVkVSU0lPTixcbiAgICAgICAga2luZDogV0lSRV9LSU5ELmtlbSxcbiAgICAgICAga2V5SWQ6IGlkLFxuICAgICAgICBzZWNyZXQ6IHNlZWQsXG4gICAgICAgIHNpZ25lZCxcbiAgICAgICAgbGFzdFJlc29ydCxcbiAgICAgICAgY3JlYXRlZEF0TXMsXG4gICAgICB9KSxcbiAgICApLFxuICApO1xuICByZXR1cm4gc2lnbmVkO1xufVxuXG4vKiogQ3JlYXRlIGFuZCBzdG9yZSBgY291bnRgIG9uZS10aW1lIFgyNTUxOSBwcmVrZXlzIHdpdGggaWRzIGBmaXJzdElkXHUyMDI2YDsgcmV0dXJucyB0aGVpciBlbmNvZGVkIGBPbmVUaW1lUHJlS2V5YHMuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gY3JlYXRlT25lVGltZVByZUtleXMoXG4gIHN0b3JlOiBQcmVLZXlTdG9yZSxcbiAgZmlyc3RJZDogbnVtYmVyLFxuICBjb3VudDogbnVtYmVyLFxuICBvcHRpb25zOiBQcmVLZXlPcHRpb25zID0ge30sXG4pOiBQcm9taXNlPFVpbnQ4QXJyYXlbXT4ge1xuICBpZiAoIU51bWJlci5pc0ludGVnZXIoY291bnQpIHx8IGNvdW50IDwgMCB8fCBjb3VudCA+IDEwXzAwMClcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9BUkdVTUVOVCcsICdjb3VudCBtdXN0IGJlIDAuLjEwMDAwJyk7XG4gIGNoZWNrSWQoZmlyc3RJZCk7XG4gIGNoZWNrSWQoZmlyc3RJZCArIE1hdGgubWF4KGNvdW50IC0gMSwgMCkpO1xuICBjb25zdCBvdXQ6IFVpbnQ4QXJyYXlbXSA9IFtdO1xuICBjb25zdCBjcmVhdGVkQXRNcyA9IGNoZWNrVGltZSgnY3JlYXRlZEF0JywgKG9wdGlvbnMuY2xvY2sgPz8gc3lzdGVtQ2xvY2spLm5vdygpKTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBjb3VudDsgaSsrKSB7XG4gICAgY29uc3QgaWQgPSBmaXJzdElkICsgaTtcbiAgICBjb25zdCBzZWNyZXQgPSAob3B0aW9ucy5yYW5kb20gPz8gc3lzdGVtUmFuZG9tKS5yYW5kb21CeXRlcyhTSVpFUy54MjU1MTkpO1xuICAgIGF3YWl0IHN0b3JlLnN0b3JlUHJlS2V5KFxuICAgICAgJ29uZS10aW1lJyxcbiAgICAgIGlkLFxuICAgICAgZW5jb2RlUHJlS2V5UmVjb3JkKFxuICAgICAgICBjcmVhdGUoUHJlS2V5UmVjb3JkU2NoZW1hLCB7XG4gICAgICAgICAgdmVyc2lvbjogU1RBVEVfVkVSU0lPTixcbiAgICAgICAgICBraW5kOiBXSVJFX0tJTkRbJ29uZS10aW1lJ10sXG4gICAgICAgICAga2V5SWQ6IGlkLFxuICAgICAgICAgIHNlY3JldCxcbiAgICAgICAgICBjcmVhdGVkQXRNcyxcbiAgICAgICAgfSksXG4gICAgICApLFxuICAgICk7XG4gICAgb3V0LnB1c2gob25lVGltZVByZUtleUNvZGVjLmVuY29kZSh7IGtleUlkOiBpZCwgcHVibGljS2V5OiBjcnlwdG8oKS54MjU1MTlQdWJsaWNLZXkoc2VjcmV0KSB9KSk7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqIEFzc2VtYmxlIGEgYnVuZGxlICh3aGF0IGEgc2VydmVyIGhhbmRzIG91dCBmb3Igb25lIGRldmljZSkuICovXG5leHBvcnQgZnVuY3Rpb24gY3JlYXRlUHJlS2V5QnVuZGxlKG9wdGlvbnM6IHtcbiAgZGV2aWNlOiBQaWNrPExvY2FsRGV2aWNlLCAnZGV2aWNlQ2VydGlmaWNhdGUnIHwgJ3NlbGZTaWduaW5nQ2VydGlmaWNhdGUnPjtcbiAgc2lnbmVkUHJlS2V5OiBVaW50OEFycmF5O1xuICBrZW1QcmVLZXk6IFVpbnQ4QXJyYXk7XG4gIG9uZVRpbWVQcmVLZXk/OiBVaW50OEFycmF5IHwgbnVsbDtcbn0pOiBVaW50OEFycmF5IHtcbiAgcmV0dXJuIHByZUtleUJ1bmRsZUNvZGVjLmVuY29kZSh7XG4gICAgdmVyc2lvbjogMSxcbiAgICBzZWxmU2lnbmluZ0NlcnRpZmljYXRlOiBzaWduZWRNZXNzYWdlQ29kZWMuZGVjb2RlKG9wdGlvbnMuZGV2aWNlLnNlbGZTaWduaW5nQ2VydGlmaWNhdGUpLFxuICAgIGRldmljZUNlcnRpZmljYXRlOiBzaWduZWRNZXNzYWdlQ29kZWMuZGVjb2RlKG9wdGlvbnMuZGV2aWNlLmRldmljZUNlcnRpZmljYXRlKSxcbiAgICBzaWduZWRQcmVrZXk6IHNpZ25lZFByZUtleUNvZGVjLmRlY29kZShvcHRpb25zLnNpZ25lZFByZUtleSksXG4gICAga2VtUHJla2V5OiBzaWduZWRQcmVLZXlDb2RlYy5kZWNvZGUob3B0aW9ucy5rZW1QcmVLZXkpLFxuICAgIC4uLihvcHRpb25zLm9uZVRpbWVQcmVLZXlcbiAgICAgID8geyBvbmVUaW1lUHJla2V5OiBvbmVUaW1lUHJlS2V5Q29kZWMuZGVjb2RlKG9wdGlvbnMub25lVGltZVByZUtleSkgfVxuICAgICAgOiB7fSksXG4gIH0pO1xufVxuXG4vKiogQSBidW5kbGUgd2hvc2UgY2VydGlmaWNhdGUgY2hhaW4gYW5kIHByZWtleSBzaWduYXR1cmVzIHZlcmlmaWVkLiAqL1xuZXhwb3J0IGludGVyZmFjZSBWZXJpZmllZFByZUtleUJ1bmRsZSB7XG4gIHJlYWRvbmx5IHV1aWQ6IFV1aWQ7XG4gIHJlYWRvbmx5IGRldmljZTogRGV2aWNlQ2VydGlmaWNhdGU7XG4gIHJlYWRvbmx5IHNlbGZTaWduaW5nQ2VydGlmaWNhdGU6IFNlbGZTaWduaW5nQ2VydGlmaWNhdGU7XG4gIHJlYWRvbmx5IHJldm9jYXRpb25MaXN0OiBSZXZvY2F0aW9uTGlzdCB8IG51bGw7XG4gIHJlYWRvbmx5IHNpZ25lZFByZUtleTogeyByZWFkb25seSBpZDogbnVtYmVyOyByZWFkb25seSBwdWJsaWNLZXk6IFVpbnQ4QXJyYXkgfTtcbiAgcmVhZG9ubHkgb25lVGltZVByZUtleTogeyByZWFkb25seSBpZDogbnVtYmVyOyByZWFkb25seSBwdWJsaWNLZXk6IFVpbnQ4QXJyYXkgfSB8IG51bGw7XG4gIHJlYWRvbmx5IGtlbVByZUtleToge1xuICAgIHJlYWRvbmx5IGlkOiBudW1iZXI7XG4gICAgcmVhZG9ubHkgcHVibGljS2V5OiBVaW50OEFycmF5O1xuICAgIHJlYWRvbmx5IGxhc3RSZXNvcnQ6IGJvb2xlYW47XG4gIH07XG59XG5cbi8qKlxuICogVmVyaWZ5IGEgYnVuZGxlOiB0aGUgSUsgXHUyMTkyIFNTSyBcdTIxOTIgZGV2aWNlIGNoYWluIChhZ2FpbnN0IHdoYXQgdGhlIHZlcmlmaWVyXG4gKiBhbHJlYWR5IHRydXN0cyBmb3IgdGhlIGlkZW50aXR5KSwgYW5kIHRoZSBkZXZpY2UncyBzaWduYXR1cmVzIG9uIHRoZSBzaWduZWRcbiAqIGFuZCBLRU0gcHJla2V5cy5cbiAqXG4gKiBAdGhyb3dzIE5leHVzRXJyb3IgYE1BTEZPUk1FRGAsIGBCQURfU0lHTkFUVVJFYCwgYFVOS05PV05fSVNTVUVSYCwgYEVYUElSRURgLFxuICogICBgUkVWT0tFRGAsIGBTVVBFUlNFREVEYCwgb3IgYFVOVFJVU1RFRF9JREVOVElUWWAgd2hlbiBpdCBpcyBub3QgYGV4cGVjdGVkVXVpZGAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB2ZXJpZnlQcmVLZXlCdW5kbGUoXG4gIGJ5dGVzOiBVaW50OEFycmF5LFxuICBvcHRpb25zOiB7XG4gICAgZXhwZWN0ZWRVdWlkPzogc3RyaW5nO1xuICAgIGtub3duPzogeyBzZWxmU2lnbmluZ0NlcnRpZmljYXRlPzogVWludDhBcnJheSB8IG51bGw7IHJldm9jYXRpb25MaXN0PzogVWludDhBcnJheSB8IG51bGwgfTtcbiAgICBub3c/OiBudW1iZXI7XG4gIH0gPSB7fSxcbik6IFZlcmlmaWVkUHJlS2V5QnVuZGxlIHtcbiAgY29uc3Qgbm93ID0gdmVyaWZpY2F0aW9uVGltZShvcHRpb25zKTtcbiAgY29uc3QgYnVuZGxlID0gcHJlS2V5QnVuZGxlQ29kZWMuZGVjb2RlKGJ5dGVzKTtcbiAgY29uc3Qgc3NrQnl0ZXMgPSBzaWduZWRNZXNzYWdlQ29kZWMuZW5jb2RlKGJ1bmRsZS5zZWxmU2lnbmluZ0NlcnRpZmljYXRlISk7XG4gIGNvbnN0IHByZXNlbnRlZCA9IGRlY29kZVNlbGZTaWduaW5nQ2VydGlmaWNhdGUoc3NrQnl0ZXMpO1xuICBjb25zdCB1dWlkID0gdXVpZEZyb21QdWJsaWNLZXkocHJlc2VudGVkLmlkZW50aXR5S2V5KTtcbiAgaWYgKG9wdGlvbnMuZXhwZWN0ZWRVdWlkICE9PSB1bmRlZmluZWQgJiYgb3B0aW9ucy5leHBlY3RlZFV1aWQgIT09IHV1aWQpIHtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignVU5UUlVTVEVEX0lERU5USVRZJywgJ2J1bmRsZSBiZWxvbmdzIHRvIGFub3RoZXIgaWRlbnRpdHknKTtcbiAgfVxuICBjb25zdCB0cnVzdGVkID0gdHJ1c3RlZENoYWluKHByZXNlbnRlZC5pZGVudGl0eUtleSwgc3NrQnl0ZXMsIG9wdGlvbnMua25vd24sIG5vdyk7XG4gIGNvbnN0IHsgZGV2aWNlIH0gPSB2ZXJpZnlEZXZpY2VDZXJ0aWZpY2F0ZShzaWduZWRNZXNzYWdlQ29kZWMuZW5jb2RlKGJ1bmRsZS5kZXZpY2VDZXJ0aWZpY2F0ZSEpLCB7XG4gICAgaWRlbnRpdHk6IHByZXNlbnRlZC5pZGVudGl0eUtleSxcbiAgICBzZWxmU2lnbmluZ0NlcnRpZmljYXRlOiB0cnVzdGVkLnNlbGZTaWduaW5nQ2VydGlmaWNhdGUuYnl0ZXMsXG4gICAgcmV2b2NhdGlvbkxpc3Q6IHRydXN0ZWQucmV2b2NhdGlvbkxpc3QsXG4gICAgbm93LFxuICB9KTtcbiAgY29uc3Qgc3BrID0gdmVyaWZ5U2lnbmVkUHJlS2V5KGJ1bmRsZS5zaWduZWRQcmVrZXkhLCBkZXZpY2UsIEtleUFsZ29yaXRobS5YMjU1MTkpO1xuICBjb25zdCBrZW0gPSB2ZXJpZnlTaWduZWRQcmVLZXkoYnVuZGxlLmtlbVByZWtleSEsIGRldmljZSwgS2V5QWxnb3JpdGhtLk1MX0tFTV8xMDI0KTtcbiAgcmV0dXJuIE9iamVjdC5mcmVlemUoe1xuICAgIHV1aWQsXG4gICAgZGV2aWNlLFxuICAgIHNlbGZTaWduaW5nQ2VydGlmaWNhdGU6IHRydXN0ZWQuc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSxcbiAgICByZXZvY2F0aW9uTGlzdDogdHJ1c3RlZC5yZXZvY2F0aW9uTGlzdCxcbiAgICBzaWduZWRQcmVLZXk6IHsgaWQ6IHNway5rZXlJZCwgcHVibGljS2V5OiBzcGsucHVibGljS2V5IS5rZXkgfSxcbiAgICBvbmVUaW1lUHJlS2V5OiBidW5kbGUub25lVGltZVByZWtleVxuICAgICAgPyB7IGlkOiBidW5kbGUub25lVGltZVByZWtleS5rZXlJZCwgcHVibGljS2V5OiBidW5kbGUub25lVGltZVByZWtleS5wdWJsaWNLZXkgfVxuICAgICAgOiBudWxsLFxuICAgIGtlbVByZUtleTogeyBpZDoga2VtLmtleUlkLCBwdWJsaWNLZXk6IGtlbS5wdWJsaWNLZXkhLmtleSwgbGFzdFJlc29ydDoga2VtLmxhc3RSZXNvcnQgfSxcbiAgfSk7XG59XG5cbi8qKlxuICogQ29tYmluZSBhIHByZXNlbnRlZCBTU0sgY2VydGlmaWNhdGUgd2l0aCB3aGF0IGlzIHRydXN0ZWQ6IHRoZSBuZXdlc3QgU1NLXG4gKiBjZXJ0aWZpY2F0ZSB3aW5zIChhbiBvbGRlciBvbmUgaXMgYFNVUEVSU0VERURgKSwgYW5kIHRoZSBoZWxkIHJldm9jYXRpb24gbGlzdFxuICogYXBwbGllcyB1bmxlc3MgaXQgd2FzIHNpZ25lZCBieSBhIHJldGlyZWQgU1NLLlxuICovXG5leHBvcnQgZnVuY3Rpb24gdHJ1c3RlZENoYWluKFxuICBpZGVudGl0eUtleTogVWludDhBcnJheSxcbiAgcHJlc2VudGVkU2VsZlNpZ25pbmc6IFVpbnQ4QXJyYXksXG4gIGtub3duOlxuICAgIHsgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZT86IFVpbnQ4QXJyYXkgfCBudWxsOyByZXZvY2F0aW9uTGlzdD86IFVpbnQ4QXJyYXkgfCBudWxsIH0gfCB1bmRlZmluZWQsXG4gIG5vdzogbnVtYmVyLFxuKTogeyBzZWxmU2lnbmluZ0NlcnRpZmljYXRlOiBTZWxmU2lnbmluZ0NlcnRpZmljYXRlOyByZXZvY2F0aW9uTGlzdDogUmV2b2NhdGlvbkxpc3QgfCBudWxsIH0ge1xuICBjb25zdCBwcmVzZW50ZWQgPSB2ZXJpZnlTZWxmU2lnbmluZ0NlcnRpZmljYXRlKHByZXNlbnRlZFNlbGZTaWduaW5nLCBpZGVudGl0eUtleSwgeyBub3cgfSk7XG4gIGNvbnN0IGhlbGQgPSBrbm93bj8uc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZVxuICAgID8gZGVjb2RlU2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZShrbm93bi5zZWxmU2lnbmluZ0NlcnRpZmljYXRlKVxuICAgIDogbnVsbDtcbiAgY29uc3Qgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSA9IGFjY2VwdFNlbGZTaWduaW5nQ2VydGlmaWNhdGUoaGVsZCwgcHJlc2VudGVkKTtcbiAgbGV0IHJldm9jYXRpb25MaXN0OiBSZXZvY2F0aW9uTGlzdCB8IG51bGwgPSBudWxsO1xuICBpZiAoa25vd24/LnJldm9jYXRpb25MaXN0KSB7XG4gICAgdHJ5IHtcbiAgICAgIHJldm9jYXRpb25MaXN0ID0gdmVyaWZ5UmV2b2NhdGlvbkxpc3Qoa25vd24ucmV2b2NhdGlvbkxpc3QsIHtcbiAgICAgICAgaWRlbnRpdHk6IGlkZW50aXR5S2V5LFxuICAgICAgICBzZWxmU2lnbmluZ0NlcnRpZmljYXRlOiBzZWxmU2lnbmluZ0NlcnRpZmljYXRlLmJ5dGVzLFxuICAgICAgICBub3csXG4gICAgICB9KTtcbiAgICB9IGNhdGNoIChlcnIpIHtcbiAgICAgIC8vIEEgbGlzdCBmcm9tIGEgcmV0aXJlZCBTU0sgbm8gbG9uZ2VyIGFwcGxpZXM7IGFueXRoaW5nIGVsc2UgaXMgYSByZWFsIGVycm9yLlxuICAgICAgaWYgKCFOZXh1c0Vycm9yLmlzKGVyciwgJ1VOS05PV05fSVNTVUVSJykpIHRocm93IGVycjtcbiAgICAgIHJldm9jYXRpb25MaXN0ID0gbnVsbDtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHsgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSwgcmV2b2NhdGlvbkxpc3QgfTtcbn1cblxuZnVuY3Rpb24gdmVyaWZ5U2lnbmVkUHJlS2V5KFxuICBzaWduZWQ6IHsgYm9keTogVWludDhBcnJheTsgc2lnbmF0dXJlOiBVaW50OEFycmF5IH0sXG4gIGRldmljZTogRGV2aWNlQ2VydGlmaWNhdGUsXG4gIGFsZ29yaXRobTogS2V5QWxnb3JpdGhtLFxuKTogUmV0dXJuVHlwZTx0eXBlb2YgcHJlS2V5Qm9keUNvZGVjLmRlY29kZT4ge1xuICBjb25zdCBib2R5ID0gcHJlS2V5Qm9keUNvZGVjLmRlY29kZShzaWduZWQuYm9keSk7XG4gIGlmIChib2R5LnB1YmxpY0tleSEuYWxnb3JpdGhtICE9PSBhbGdvcml0aG0pXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ01BTEZPUk1FRCcsICdwcmVrZXkgaGFzIHRoZSB3cm9uZyBhbGdvcml0aG0gZm9yIGl0cyBwbGFjZSBpbiB0aGUgYnVuZGxlJyk7XG4gIHJlcXVpcmVTaWduYXR1cmUoXG4gICAgZGV2aWNlLnNpZ25pbmdLZXksXG4gICAgU0lHTkFUVVJFX0xBQkVMUy5zaWduZWRQcmVLZXksXG4gICAgc2lnbmVkLmJvZHksXG4gICAgc2lnbmVkLnNpZ25hdHVyZSxcbiAgICAncHJla2V5JyxcbiAgKTtcbiAgcmV0dXJuIGJvZHk7XG59XG4iLCAiLy8gQGdlbmVyYXRlZCBieSBwcm90b2MtZ2VuLWVzIHYyLjE3LjAgd2l0aCBwYXJhbWV0ZXIgXCJ0YXJnZXQ9dHMsaW1wb3J0X2V4dGVuc2lvbj1qc1wiXG4vLyBAZ2VuZXJhdGVkIGZyb20gZmlsZSBuZXh1c2xpbmsvdjEvc3RhdGUucHJvdG8gKHBhY2thZ2UgbmV4dXNsaW5rLnYxLCBzeW50YXggcHJvdG8zKVxuLyogZXNsaW50LWRpc2FibGUgKi9cblxuaW1wb3J0IHR5cGUgeyBHZW5FbnVtLCBHZW5GaWxlLCBHZW5NZXNzYWdlIH0gZnJvbSBcIkBidWZidWlsZC9wcm90b2J1Zi9jb2RlZ2VudjJcIjtcbmltcG9ydCB7IGVudW1EZXNjLCBmaWxlRGVzYywgbWVzc2FnZURlc2MgfSBmcm9tIFwiQGJ1ZmJ1aWxkL3Byb3RvYnVmL2NvZGVnZW52MlwiO1xuaW1wb3J0IHR5cGUgeyBNZXNzYWdlIH0gZnJvbSBcIkBidWZidWlsZC9wcm90b2J1ZlwiO1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgZmlsZSBuZXh1c2xpbmsvdjEvc3RhdGUucHJvdG8uXG4gKi9cbmV4cG9ydCBjb25zdCBmaWxlX25leHVzbGlua192MV9zdGF0ZTogR2VuRmlsZSA9IC8qQF9fUFVSRV9fKi9cbiAgZmlsZURlc2MoXCJDaGh1WlhoMWMyeHBibXN2ZGpFdmMzUmhkR1V1Y0hKdmRHOFNERzVsZUhWemJHbHVheTUyTVNKbENoRlRhMmx3Y0dWa1RXVnpjMkZuWlV0bGVSSU5DZ1ZqYUdGcGJoZ0JJQUVvREJJV0NnNXRaWE56WVdkbFgyNTFiV0psY2hnQ0lBRW9EUklUQ2d0dFpYTnpZV2RsWDJ0bGVSZ0RJQUVvREJJVUNneHpkRzl5WldSZllYUmZiWE1ZQkNBQktBUWlQQW9UUm05eVoyOTBkR1Z1VFdWemMyRm5aVXRsZVJJTkNnVmphR0ZwYmhnQklBRW9EQklXQ2c1dFpYTnpZV2RsWDI1MWJXSmxjaGdDSUFFb0RTTEVCUW9NVTJWemMybHZibE4wWVhSbEVnOEtCM1psY25OcGIyNFlBU0FCS0EwU0Vnb0tjMlZ6YzJsdmJsOWhaQmdDSUFFb0RCSVFDZ2h5YjI5MFgydGxlUmdESUFFb0RCSWVDaFp6Wlc1a2FXNW5YM0poZEdOb1pYUmZjMlZqY21WMEdBUWdBU2dNRWgwS0ZYSmxZMlZwZG1sdVoxOXlZWFJqYUdWMFgydGxlUmdGSUFFb0RCSVpDaEZ6Wlc1a2FXNW5YMk5vWVdsdVgydGxlUmdHSUFFb0RCSWJDaE55WldObGFYWnBibWRmWTJoaGFXNWZhMlY1R0FjZ0FTZ01FaDRLRm5ObGJtUnBibWRmYldWemMyRm5aVjl1ZFcxaVpYSVlDQ0FCS0EwU0lBb1ljbVZqWldsMmFXNW5YMjFsYzNOaFoyVmZiblZ0WW1WeUdBa2dBU2dORWlVS0hYQnlaWFpwYjNWelgzTmxibVJwYm1kZlkyaGhhVzVmYkdWdVozUm9HQW9nQVNnTkVqQUtCM05yYVhCd1pXUVlDeUFES0FzeUh5NXVaWGgxYzJ4cGJtc3VkakV1VTJ0cGNIQmxaRTFsYzNOaFoyVkxaWGtTTkFvSlptOXlaMjkwZEdWdUdBd2dBeWdMTWlFdWJtVjRkWE5zYVc1ckxuWXhMa1p2Y21kdmRIUmxiazFsYzNOaFoyVkxaWGtTR1FvUmFHVmhaR1Z5WDJWdVkzSjVjSFJwYjI0WURTQUJLQWdTR2dvU2MyVnVaR2x1WjE5b1pXRmtaWEpmYTJWNUdBNGdBU2dNRWh3S0ZISmxZMlZwZG1sdVoxOW9aV0ZrWlhKZmEyVjVHQThnQVNnTUVoOEtGMjVsZUhSZmMyVnVaR2x1WjE5b1pXRmtaWEpmYTJWNUdCQWdBU2dNRWlFS0dXNWxlSFJmY21WalpXbDJhVzVuWDJobFlXUmxjbDlyWlhrWUVTQUJLQXdTTXdvT2NHVnVaR2x1WjE5d2NtVnJaWGtZRWlBQktBc3lHeTV1WlhoMWMyeHBibXN1ZGpFdVVHVnVaR2x1WjFCeVpVdGxlUklRQ2doaVlYTmxYMnRsZVJnVElBRW9EQkliQ2hOeVpXMXZkR1ZmYVdSbGJuUnBkSGxmYTJWNUdCUWdBU2dNRWhVS0RXTnlaV0YwWldSZllYUmZiWE1ZRlNBQktBUVNJUW9aY0hKbGRtbHZkWE5mY21WalpXbDJhVzVuWDJOb1lXbHVjeGdXSUFNb0RDS0dBUW9OVUdWdVpHbHVaMUJ5WlV0bGVSSVlDaEJ6YVdkdVpXUmZjSEpsYTJWNVgybGtHQUVnQVNnTkVob0tFbTl1WlY5MGFXMWxYM0J5Wld0bGVWOXBaQmdDSUFFb0RSSVZDZzFyWlcxZmNISmxhMlY1WDJsa0dBTWdBU2dORWhBS0NHSmhjMlZmYTJWNUdBUWdBU2dNRWhZS0RtdGxiVjlqYVhCb1pYSjBaWGgwR0FVZ0FTZ01JcG9CQ2cxVFpYTnphVzl1VW1WamIzSmtFZzhLQjNabGNuTnBiMjRZQVNBQktBMFNLd29IWTNWeWNtVnVkQmdDSUFFb0N6SWFMbTVsZUhWemJHbHVheTUyTVM1VFpYTnphVzl1VTNSaGRHVVNMQW9JWVhKamFHbDJaV1FZQXlBREtBc3lHaTV1WlhoMWMyeHBibXN1ZGpFdVUyVnpjMmx2YmxOMFlYUmxFaDBLRld4aGMzUmZjbVZ6WlhSZmNtVnhkV1Z6ZEY5dGN4Z0VJQUVvQkNLSEFnb09VMlZ1WkdWeVMyVjVVM1JoZEdVU0R3b0hkbVZ5YzJsdmJoZ0JJQUVvRFJJWENnOWthWE4wY21saWRYUnBiMjVmYVdRWUFpQUJLQXdTRUFvSVkyaGhhVzVmYVdRWUF5QUJLQTBTRVFvSmFYUmxjbUYwYVc5dUdBUWdBU2dORWhFS0NXTm9ZV2x1WDJ0bGVSZ0ZJQUVvREJJVENndHphV2R1YVc1blgydGxlUmdHSUFFb0RCSVdDZzV6YVdkdWFXNW5YM05sWTNKbGRCZ0hJQUVvREJJd0NnZHphMmx3Y0dWa0dBZ2dBeWdMTWg4dWJtVjRkWE5zYVc1ckxuWXhMbE5yYVhCd1pXUk5aWE56WVdkbFMyVjVFalFLQ1dadmNtZHZkSFJsYmhnSklBTW9DekloTG01bGVIVnpiR2x1YXk1Mk1TNUdiM0puYjNSMFpXNU5aWE56WVdkbFMyVjVJbEFLRDFObGJtUmxja3RsZVZKbFkyOXlaQklQQ2dkMlpYSnphVzl1R0FFZ0FTZ05FaXdLQm5OMFlYUmxjeGdDSUFNb0N6SWNMbTVsZUhWemJHbHVheTUyTVM1VFpXNWtaWEpMWlhsVGRHRjBaU0tqQVFvTVVISmxTMlY1VW1WamIzSmtFZzhLQjNabGNuTnBiMjRZQVNBQktBMFNKZ29FYTJsdVpCZ0NJQUVvRGpJWUxtNWxlSFZ6YkdsdWF5NTJNUzVRY21WTFpYbExhVzVrRWc0S0JtdGxlVjlwWkJnRElBRW9EUklPQ2daelpXTnlaWFFZQkNBQktBd1NEZ29HYzJsbmJtVmtHQVVnQVNnTUVoTUtDMnhoYzNSZmNtVnpiM0owR0FZZ0FTZ0lFaFVLRFdOeVpXRjBaV1JmWVhSZmJYTVlCeUFCS0FRaWV3b1ZWSEoxYzNSbFpFbGtaVzUwYVhSNVVtVmpiM0prRWc4S0IzWmxjbk5wYjI0WUFTQUJLQTBTSUFvWWMyVnNabDl6YVdkdWFXNW5YMk5sY25ScFptbGpZWFJsR0FJZ0FTZ01FaGNLRDNKbGRtOWpZWFJwYjI1ZmJHbHpkQmdESUFFb0RCSVdDZzUyWlhKcFptbGxaRjloZEY5dGN4Z0VJQUVvQkNwMENncFFjbVZMWlhsTGFXNWtFaHdLR0ZCU1JWOUxSVmxmUzBsT1JGOVZUbE5RUlVOSlJrbEZSQkFBRWhjS0UxQlNSVjlMUlZsZlMwbE9SRjlUU1VkT1JVUVFBUklaQ2hWUVVrVmZTMFZaWDB0SlRrUmZUMDVGWDFSSlRVVVFBaElVQ2hCUVVrVmZTMFZaWDB0SlRrUmZTMFZORUFOaUJuQnliM1J2TXdcIik7XG5cbi8qKlxuICogQSBjaGFpbiBvZiBza2lwcGVkIG1lc3NhZ2Uga2V5cyBrZXB0IGZvciBvdXQtb2Ytb3JkZXIgbWVzc2FnZXMuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlNraXBwZWRNZXNzYWdlS2V5XG4gKi9cbmV4cG9ydCB0eXBlIFNraXBwZWRNZXNzYWdlS2V5ID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5Ta2lwcGVkTWVzc2FnZUtleVwiPiAmIHtcbiAgLyoqXG4gICAqIFRoZSByYXRjaGV0IHB1YmxpYyBrZXkgb2YgdGhlIGNoYWluIChvciwgd2l0aCBoZWFkZXIgZW5jcnlwdGlvbiwgdGhlXG4gICAqIGhlYWRlciBrZXkgdGhhdCBkZWNyeXB0cyBpdHMgaGVhZGVycykuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgY2hhaW4gPSAxO1xuICAgKi9cbiAgY2hhaW46IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIG1lc3NhZ2VfbnVtYmVyID0gMjtcbiAgICovXG4gIG1lc3NhZ2VOdW1iZXI6IG51bWJlcjtcblxuICAvKipcbiAgICogMzItYnl0ZSBtZXNzYWdlIGtleS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBtZXNzYWdlX2tleSA9IDM7XG4gICAqL1xuICBtZXNzYWdlS2V5OiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBXaGVuIGl0IHdhcyBzdG9yZWQgKG1zKSwgZm9yIHRpbWUtYmFzZWQgZXhwaXJ5LlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQ2NCBzdG9yZWRfYXRfbXMgPSA0O1xuICAgKi9cbiAgc3RvcmVkQXRNczogYmlnaW50O1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlNraXBwZWRNZXNzYWdlS2V5LlxuICogVXNlIGBjcmVhdGUoU2tpcHBlZE1lc3NhZ2VLZXlTY2hlbWEpYCB0byBjcmVhdGUgYSBuZXcgbWVzc2FnZS5cbiAqL1xuZXhwb3J0IGNvbnN0IFNraXBwZWRNZXNzYWdlS2V5U2NoZW1hOiBHZW5NZXNzYWdlPFNraXBwZWRNZXNzYWdlS2V5PiA9IC8qQF9fUFVSRV9fKi9cbiAgbWVzc2FnZURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfc3RhdGUsIDApO1xuXG4vKipcbiAqIEEgbWVzc2FnZSBudW1iZXIgdGhhdCBjYW4gbm8gbG9uZ2VyIGJlIGRlY3J5cHRlZCAoaXRzIGtleSBleHBpcmVkIG9yIHdhc1xuICogZXZpY3RlZCksIHNvIGEgbGF0ZSBjb3B5IGdldHMgYSBwcmVjaXNlIGVycm9yIGluc3RlYWQgb2YgXCJkdXBsaWNhdGVcIi5cbiAqXG4gKiBAZ2VuZXJhdGVkIGZyb20gbWVzc2FnZSBuZXh1c2xpbmsudjEuRm9yZ290dGVuTWVzc2FnZUtleVxuICovXG5leHBvcnQgdHlwZSBGb3Jnb3R0ZW5NZXNzYWdlS2V5ID0gTWVzc2FnZTxcIm5leHVzbGluay52MS5Gb3Jnb3R0ZW5NZXNzYWdlS2V5XCI+ICYge1xuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBjaGFpbiA9IDE7XG4gICAqL1xuICBjaGFpbjogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgbWVzc2FnZV9udW1iZXIgPSAyO1xuICAgKi9cbiAgbWVzc2FnZU51bWJlcjogbnVtYmVyO1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLkZvcmdvdHRlbk1lc3NhZ2VLZXkuXG4gKiBVc2UgYGNyZWF0ZShGb3Jnb3R0ZW5NZXNzYWdlS2V5U2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBGb3Jnb3R0ZW5NZXNzYWdlS2V5U2NoZW1hOiBHZW5NZXNzYWdlPEZvcmdvdHRlbk1lc3NhZ2VLZXk+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9zdGF0ZSwgMSk7XG5cbi8qKlxuICogVGhlIHN0YXRlIG9mIG9uZSBEb3VibGUgUmF0Y2hldCBzZXNzaW9uIHdpdGggb25lIHJlbW90ZSBkZXZpY2UuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlNlc3Npb25TdGF0ZVxuICovXG5leHBvcnQgdHlwZSBTZXNzaW9uU3RhdGUgPSBNZXNzYWdlPFwibmV4dXNsaW5rLnYxLlNlc3Npb25TdGF0ZVwiPiAmIHtcbiAgLyoqXG4gICAqIEZvcm1hdCB2ZXJzaW9uOyAxLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiB2ZXJzaW9uID0gMTtcbiAgICovXG4gIHZlcnNpb246IG51bWJlcjtcblxuICAvKipcbiAgICogQXNzb2NpYXRlZCBkYXRhIGJpbmRpbmcgYm90aCBkZXZpY2VzIChzcGVjL3JhdGNoZXQubWQgXHUwMEE3QUQpLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIHNlc3Npb25fYWQgPSAyO1xuICAgKi9cbiAgc2Vzc2lvbkFkOiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIHJvb3Rfa2V5ID0gMztcbiAgICovXG4gIHJvb3RLZXk6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIE91ciBjdXJyZW50IHJhdGNoZXQga2V5IHBhaXI6IHRoZSBYMjU1MTkgc2VjcmV0IChwdWJsaWMgaXMgZGVyaXZlZCkuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgc2VuZGluZ19yYXRjaGV0X3NlY3JldCA9IDQ7XG4gICAqL1xuICBzZW5kaW5nUmF0Y2hldFNlY3JldDogVWludDhBcnJheTtcblxuICAvKipcbiAgICogVGhlIHBlZXIncyBjdXJyZW50IHJhdGNoZXQgcHVibGljIGtleTsgZW1wdHkgYmVmb3JlIHRoZSBmaXJzdCBtZXNzYWdlIHJlY2VpdmVkLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIHJlY2VpdmluZ19yYXRjaGV0X2tleSA9IDU7XG4gICAqL1xuICByZWNlaXZpbmdSYXRjaGV0S2V5OiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIHNlbmRpbmdfY2hhaW5fa2V5ID0gNjtcbiAgICovXG4gIHNlbmRpbmdDaGFpbktleTogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyByZWNlaXZpbmdfY2hhaW5fa2V5ID0gNztcbiAgICovXG4gIHJlY2VpdmluZ0NoYWluS2V5OiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiBzZW5kaW5nX21lc3NhZ2VfbnVtYmVyID0gODtcbiAgICovXG4gIHNlbmRpbmdNZXNzYWdlTnVtYmVyOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIHJlY2VpdmluZ19tZXNzYWdlX251bWJlciA9IDk7XG4gICAqL1xuICByZWNlaXZpbmdNZXNzYWdlTnVtYmVyOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIHByZXZpb3VzX3NlbmRpbmdfY2hhaW5fbGVuZ3RoID0gMTA7XG4gICAqL1xuICBwcmV2aW91c1NlbmRpbmdDaGFpbkxlbmd0aDogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHJlcGVhdGVkIG5leHVzbGluay52MS5Ta2lwcGVkTWVzc2FnZUtleSBza2lwcGVkID0gMTE7XG4gICAqL1xuICBza2lwcGVkOiBTa2lwcGVkTWVzc2FnZUtleVtdO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHJlcGVhdGVkIG5leHVzbGluay52MS5Gb3Jnb3R0ZW5NZXNzYWdlS2V5IGZvcmdvdHRlbiA9IDEyO1xuICAgKi9cbiAgZm9yZ290dGVuOiBGb3Jnb3R0ZW5NZXNzYWdlS2V5W107XG5cbiAgLyoqXG4gICAqIEhlYWRlciBlbmNyeXB0aW9uIChEb3VibGUgUmF0Y2hldCBzcGVjIFx1MDBBNzQpOyBhbGwgZW1wdHkgd2hlbiBvZmYuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYm9vbCBoZWFkZXJfZW5jcnlwdGlvbiA9IDEzO1xuICAgKi9cbiAgaGVhZGVyRW5jcnlwdGlvbjogYm9vbGVhbjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBzZW5kaW5nX2hlYWRlcl9rZXkgPSAxNDtcbiAgICovXG4gIHNlbmRpbmdIZWFkZXJLZXk6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgcmVjZWl2aW5nX2hlYWRlcl9rZXkgPSAxNTtcbiAgICovXG4gIHJlY2VpdmluZ0hlYWRlcktleTogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBuZXh0X3NlbmRpbmdfaGVhZGVyX2tleSA9IDE2O1xuICAgKi9cbiAgbmV4dFNlbmRpbmdIZWFkZXJLZXk6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgbmV4dF9yZWNlaXZpbmdfaGVhZGVyX2tleSA9IDE3O1xuICAgKi9cbiAgbmV4dFJlY2VpdmluZ0hlYWRlcktleTogVWludDhBcnJheTtcblxuICAvKipcbiAgICogSW5pdGlhdG9yIG9ubHksIHVudGlsIHRoZSBwZWVyJ3MgZmlyc3QgcmVwbHk6IHdoYXQgZXZlcnkgbWVzc2FnZSByZXBlYXRzXG4gICAqIGFzIGEgUHJlS2V5TWVzc2FnZSAoYSByZXRyeSBuZXZlciBjb25zdW1lcyBhbm90aGVyIG9uZS10aW1lIHByZWtleSkuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogbmV4dXNsaW5rLnYxLlBlbmRpbmdQcmVLZXkgcGVuZGluZ19wcmVrZXkgPSAxODtcbiAgICovXG4gIHBlbmRpbmdQcmVrZXk/OiBQZW5kaW5nUHJlS2V5IHwgdW5kZWZpbmVkO1xuXG4gIC8qKlxuICAgKiBUaGUgaW5pdGlhdG9yJ3MgUFFYREggYmFzZSBrZXk6IGlkZW50aWZpZXMgdGhlIHNlc3Npb24gb24gdGhlIHJlc3BvbmRlclxuICAgKiBzaWRlLCBzbyBhIHJlcGVhdGVkIFByZUtleU1lc3NhZ2UgZmluZHMgaXRzIHNlc3Npb24uXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgYmFzZV9rZXkgPSAxOTtcbiAgICovXG4gIGJhc2VLZXk6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIFRoZSBwZWVyIGRldmljZSdzIFgyNTUxOSBpZGVudGl0eSBrZXkgKGZyb20gaXRzIGNlcnRpZmljYXRlKS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyByZW1vdGVfaWRlbnRpdHlfa2V5ID0gMjA7XG4gICAqL1xuICByZW1vdGVJZGVudGl0eUtleTogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50NjQgY3JlYXRlZF9hdF9tcyA9IDIxO1xuICAgKi9cbiAgY3JlYXRlZEF0TXM6IGJpZ2ludDtcblxuICAvKipcbiAgICogUmVjZWl2aW5nIGNoYWlucyB3ZSBoYXZlIG1vdmVkIHBhc3QgKHRoZWlyIHJhdGNoZXQga2V5cywgb3IgaGVhZGVyIGtleXNcbiAgICogd2l0aCBoZWFkZXIgZW5jcnlwdGlvbiksIG5ld2VzdCBsYXN0OiBhIGxhdGUgY29weSBvZiBvbmUgb2YgdGhlaXJcbiAgICogbWVzc2FnZXMgaXMgcmVwb3J0ZWQgYXMgYSBkdXBsaWNhdGUgcmF0aGVyIHRoYW4gYSBkZWNyeXB0aW9uIGZhaWx1cmUuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogcmVwZWF0ZWQgYnl0ZXMgcHJldmlvdXNfcmVjZWl2aW5nX2NoYWlucyA9IDIyO1xuICAgKi9cbiAgcHJldmlvdXNSZWNlaXZpbmdDaGFpbnM6IFVpbnQ4QXJyYXlbXTtcbn07XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBtZXNzYWdlIG5leHVzbGluay52MS5TZXNzaW9uU3RhdGUuXG4gKiBVc2UgYGNyZWF0ZShTZXNzaW9uU3RhdGVTY2hlbWEpYCB0byBjcmVhdGUgYSBuZXcgbWVzc2FnZS5cbiAqL1xuZXhwb3J0IGNvbnN0IFNlc3Npb25TdGF0ZVNjaGVtYTogR2VuTWVzc2FnZTxTZXNzaW9uU3RhdGU+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9zdGF0ZSwgMik7XG5cbi8qKlxuICogVGhlIFBRWERIIGZpZWxkcyBhbiBpbml0aWF0b3IgcmVwZWF0cyB1bnRpbCB0aGUgcmVzcG9uZGVyIGFuc3dlcnMuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlBlbmRpbmdQcmVLZXlcbiAqL1xuZXhwb3J0IHR5cGUgUGVuZGluZ1ByZUtleSA9IE1lc3NhZ2U8XCJuZXh1c2xpbmsudjEuUGVuZGluZ1ByZUtleVwiPiAmIHtcbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIHNpZ25lZF9wcmVrZXlfaWQgPSAxO1xuICAgKi9cbiAgc2lnbmVkUHJla2V5SWQ6IG51bWJlcjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgb25lX3RpbWVfcHJla2V5X2lkID0gMjtcbiAgICovXG4gIG9uZVRpbWVQcmVrZXlJZDogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiBrZW1fcHJla2V5X2lkID0gMztcbiAgICovXG4gIGtlbVByZWtleUlkOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgYmFzZV9rZXkgPSA0O1xuICAgKi9cbiAgYmFzZUtleTogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBrZW1fY2lwaGVydGV4dCA9IDU7XG4gICAqL1xuICBrZW1DaXBoZXJ0ZXh0OiBVaW50OEFycmF5O1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlBlbmRpbmdQcmVLZXkuXG4gKiBVc2UgYGNyZWF0ZShQZW5kaW5nUHJlS2V5U2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBQZW5kaW5nUHJlS2V5U2NoZW1hOiBHZW5NZXNzYWdlPFBlbmRpbmdQcmVLZXk+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9zdGF0ZSwgMyk7XG5cbi8qKlxuICogQWxsIHNlc3Npb25zIHdpdGggb25lIHJlbW90ZSBkZXZpY2U6IHRoZSBjdXJyZW50IG9uZSBhbmQgYSBmZXcgYXJjaGl2ZWRcbiAqIG9uZXMgKHNpbXVsdGFuZW91cyBpbml0aWF0aW9uLCBoZWFsaW5nKSwgbmV3ZXN0IGZpcnN0LlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBtZXNzYWdlIG5leHVzbGluay52MS5TZXNzaW9uUmVjb3JkXG4gKi9cbmV4cG9ydCB0eXBlIFNlc3Npb25SZWNvcmQgPSBNZXNzYWdlPFwibmV4dXNsaW5rLnYxLlNlc3Npb25SZWNvcmRcIj4gJiB7XG4gIC8qKlxuICAgKiBGb3JtYXQgdmVyc2lvbjsgMS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgdmVyc2lvbiA9IDE7XG4gICAqL1xuICB2ZXJzaW9uOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogbmV4dXNsaW5rLnYxLlNlc3Npb25TdGF0ZSBjdXJyZW50ID0gMjtcbiAgICovXG4gIGN1cnJlbnQ/OiBTZXNzaW9uU3RhdGUgfCB1bmRlZmluZWQ7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogcmVwZWF0ZWQgbmV4dXNsaW5rLnYxLlNlc3Npb25TdGF0ZSBhcmNoaXZlZCA9IDM7XG4gICAqL1xuICBhcmNoaXZlZDogU2Vzc2lvblN0YXRlW107XG5cbiAgLyoqXG4gICAqIExhc3QgdGltZSB3ZSBhc2tlZCBmb3IgdGhpcyBzZXNzaW9uIHRvIGJlIHJlLWVzdGFibGlzaGVkIChtcyksIGZvciByYXRlIGxpbWl0aW5nLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQ2NCBsYXN0X3Jlc2V0X3JlcXVlc3RfbXMgPSA0O1xuICAgKi9cbiAgbGFzdFJlc2V0UmVxdWVzdE1zOiBiaWdpbnQ7XG59O1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgbWVzc2FnZSBuZXh1c2xpbmsudjEuU2Vzc2lvblJlY29yZC5cbiAqIFVzZSBgY3JlYXRlKFNlc3Npb25SZWNvcmRTY2hlbWEpYCB0byBjcmVhdGUgYSBuZXcgbWVzc2FnZS5cbiAqL1xuZXhwb3J0IGNvbnN0IFNlc3Npb25SZWNvcmRTY2hlbWE6IEdlbk1lc3NhZ2U8U2Vzc2lvblJlY29yZD4gPSAvKkBfX1BVUkVfXyovXG4gIG1lc3NhZ2VEZXNjKGZpbGVfbmV4dXNsaW5rX3YxX3N0YXRlLCA0KTtcblxuLyoqXG4gKiBPbmUgc2VuZGVyJ3MgY2hhaW4gaW4gYSBncm91cC5cbiAqXG4gKiBAZ2VuZXJhdGVkIGZyb20gbWVzc2FnZSBuZXh1c2xpbmsudjEuU2VuZGVyS2V5U3RhdGVcbiAqL1xuZXhwb3J0IHR5cGUgU2VuZGVyS2V5U3RhdGUgPSBNZXNzYWdlPFwibmV4dXNsaW5rLnYxLlNlbmRlcktleVN0YXRlXCI+ICYge1xuICAvKipcbiAgICogRm9ybWF0IHZlcnNpb247IDEuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIHZlcnNpb24gPSAxO1xuICAgKi9cbiAgdmVyc2lvbjogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIGRpc3RyaWJ1dGlvbl9pZCA9IDI7XG4gICAqL1xuICBkaXN0cmlidXRpb25JZDogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIgY2hhaW5faWQgPSAzO1xuICAgKi9cbiAgY2hhaW5JZDogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiBpdGVyYXRpb24gPSA0O1xuICAgKi9cbiAgaXRlcmF0aW9uOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgY2hhaW5fa2V5ID0gNTtcbiAgICovXG4gIGNoYWluS2V5OiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBUaGUgY2hhaW4ncyBFZDI1NTE5IHNpZ25pbmcgcHVibGljIGtleS5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBzaWduaW5nX2tleSA9IDY7XG4gICAqL1xuICBzaWduaW5nS2V5OiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBPdXIgb3duIGNoYWlucyBvbmx5OiB0aGUgMzItYnl0ZSBzaWduaW5nIHNlZWQuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogYnl0ZXMgc2lnbmluZ19zZWNyZXQgPSA3O1xuICAgKi9cbiAgc2lnbmluZ1NlY3JldDogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiByZXBlYXRlZCBuZXh1c2xpbmsudjEuU2tpcHBlZE1lc3NhZ2VLZXkgc2tpcHBlZCA9IDg7XG4gICAqL1xuICBza2lwcGVkOiBTa2lwcGVkTWVzc2FnZUtleVtdO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHJlcGVhdGVkIG5leHVzbGluay52MS5Gb3Jnb3R0ZW5NZXNzYWdlS2V5IGZvcmdvdHRlbiA9IDk7XG4gICAqL1xuICBmb3Jnb3R0ZW46IEZvcmdvdHRlbk1lc3NhZ2VLZXlbXTtcbn07XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBtZXNzYWdlIG5leHVzbGluay52MS5TZW5kZXJLZXlTdGF0ZS5cbiAqIFVzZSBgY3JlYXRlKFNlbmRlcktleVN0YXRlU2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBTZW5kZXJLZXlTdGF0ZVNjaGVtYTogR2VuTWVzc2FnZTxTZW5kZXJLZXlTdGF0ZT4gPSAvKkBfX1BVUkVfXyovXG4gIG1lc3NhZ2VEZXNjKGZpbGVfbmV4dXNsaW5rX3YxX3N0YXRlLCA1KTtcblxuLyoqXG4gKiBFdmVyeSBjaGFpbiB3ZSBob2xkIGZvciBvbmUgKHNlbmRlciwgZGlzdHJpYnV0aW9uKTogdGhlIG5ld2VzdCBmaXJzdDsgb2xkZXJcbiAqIGNoYWlucyBhcmUga2VwdCBicmllZmx5IGZvciBtZXNzYWdlcyBpbiBmbGlnaHQgYWNyb3NzIGEgcm90YXRpb24uXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlNlbmRlcktleVJlY29yZFxuICovXG5leHBvcnQgdHlwZSBTZW5kZXJLZXlSZWNvcmQgPSBNZXNzYWdlPFwibmV4dXNsaW5rLnYxLlNlbmRlcktleVJlY29yZFwiPiAmIHtcbiAgLyoqXG4gICAqIEZvcm1hdCB2ZXJzaW9uOyAxLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiB2ZXJzaW9uID0gMTtcbiAgICovXG4gIHZlcnNpb246IG51bWJlcjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiByZXBlYXRlZCBuZXh1c2xpbmsudjEuU2VuZGVyS2V5U3RhdGUgc3RhdGVzID0gMjtcbiAgICovXG4gIHN0YXRlczogU2VuZGVyS2V5U3RhdGVbXTtcbn07XG5cbi8qKlxuICogRGVzY3JpYmVzIHRoZSBtZXNzYWdlIG5leHVzbGluay52MS5TZW5kZXJLZXlSZWNvcmQuXG4gKiBVc2UgYGNyZWF0ZShTZW5kZXJLZXlSZWNvcmRTY2hlbWEpYCB0byBjcmVhdGUgYSBuZXcgbWVzc2FnZS5cbiAqL1xuZXhwb3J0IGNvbnN0IFNlbmRlcktleVJlY29yZFNjaGVtYTogR2VuTWVzc2FnZTxTZW5kZXJLZXlSZWNvcmQ+ID0gLypAX19QVVJFX18qL1xuICBtZXNzYWdlRGVzYyhmaWxlX25leHVzbGlua192MV9zdGF0ZSwgNik7XG5cbi8qKlxuICogQSBwcmVrZXkncyBwcml2YXRlIHBhcnQsIGtlcHQgYnkgdGhlIGRldmljZSB0aGF0IHB1Ymxpc2hlZCBpdC5cbiAqXG4gKiBAZ2VuZXJhdGVkIGZyb20gbWVzc2FnZSBuZXh1c2xpbmsudjEuUHJlS2V5UmVjb3JkXG4gKi9cbmV4cG9ydCB0eXBlIFByZUtleVJlY29yZCA9IE1lc3NhZ2U8XCJuZXh1c2xpbmsudjEuUHJlS2V5UmVjb3JkXCI+ICYge1xuICAvKipcbiAgICogRm9ybWF0IHZlcnNpb247IDEuXG4gICAqXG4gICAqIEBnZW5lcmF0ZWQgZnJvbSBmaWVsZDogdWludDMyIHZlcnNpb24gPSAxO1xuICAgKi9cbiAgdmVyc2lvbjogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IG5leHVzbGluay52MS5QcmVLZXlLaW5kIGtpbmQgPSAyO1xuICAgKi9cbiAga2luZDogUHJlS2V5S2luZDtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50MzIga2V5X2lkID0gMztcbiAgICovXG4gIGtleUlkOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIFgyNTUxOTogdGhlIDMyLWJ5dGUgc2VjcmV0LiBNTC1LRU06IHRoZSA2NC1ieXRlIHNlZWQgZCB8fCB6LlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJ5dGVzIHNlY3JldCA9IDQ7XG4gICAqL1xuICBzZWNyZXQ6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIFNpZ25lZCBwcmVrZXlzOiB0aGUgcHVibGlzaGVkIFNpZ25lZFByZUtleSBlbmNvZGluZy5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBzaWduZWQgPSA1O1xuICAgKi9cbiAgc2lnbmVkOiBVaW50OEFycmF5O1xuXG4gIC8qKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IGJvb2wgbGFzdF9yZXNvcnQgPSA2O1xuICAgKi9cbiAgbGFzdFJlc29ydDogYm9vbGVhbjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50NjQgY3JlYXRlZF9hdF9tcyA9IDc7XG4gICAqL1xuICBjcmVhdGVkQXRNczogYmlnaW50O1xufTtcblxuLyoqXG4gKiBEZXNjcmliZXMgdGhlIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlByZUtleVJlY29yZC5cbiAqIFVzZSBgY3JlYXRlKFByZUtleVJlY29yZFNjaGVtYSlgIHRvIGNyZWF0ZSBhIG5ldyBtZXNzYWdlLlxuICovXG5leHBvcnQgY29uc3QgUHJlS2V5UmVjb3JkU2NoZW1hOiBHZW5NZXNzYWdlPFByZUtleVJlY29yZD4gPSAvKkBfX1BVUkVfXyovXG4gIG1lc3NhZ2VEZXNjKGZpbGVfbmV4dXNsaW5rX3YxX3N0YXRlLCA3KTtcblxuLyoqXG4gKiBXaGF0IHRoaXMgZGV2aWNlIHRydXN0cyBhYm91dCBhbm90aGVyIGlkZW50aXR5OiB0aGUgbmV3ZXN0IHNlbGYtc2lnbmluZ1xuICogY2VydGlmaWNhdGUgYW5kIHJldm9jYXRpb24gbGlzdCBzZWVuLCBhbmQgd2hldGhlciB0aGUgdXNlciB2ZXJpZmllZCB0aGVcbiAqIHNhZmV0eSBudW1iZXIuXG4gKlxuICogQGdlbmVyYXRlZCBmcm9tIG1lc3NhZ2UgbmV4dXNsaW5rLnYxLlRydXN0ZWRJZGVudGl0eVJlY29yZFxuICovXG5leHBvcnQgdHlwZSBUcnVzdGVkSWRlbnRpdHlSZWNvcmQgPSBNZXNzYWdlPFwibmV4dXNsaW5rLnYxLlRydXN0ZWRJZGVudGl0eVJlY29yZFwiPiAmIHtcbiAgLyoqXG4gICAqIEZvcm1hdCB2ZXJzaW9uOyAxLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZmllbGQ6IHVpbnQzMiB2ZXJzaW9uID0gMTtcbiAgICovXG4gIHZlcnNpb246IG51bWJlcjtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyBzZWxmX3NpZ25pbmdfY2VydGlmaWNhdGUgPSAyO1xuICAgKi9cbiAgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZTogVWludDhBcnJheTtcblxuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiBieXRlcyByZXZvY2F0aW9uX2xpc3QgPSAzO1xuICAgKi9cbiAgcmV2b2NhdGlvbkxpc3Q6IFVpbnQ4QXJyYXk7XG5cbiAgLyoqXG4gICAqIFdoZW4gdGhlIHVzZXIgY29uZmlybWVkIHRoZSBzYWZldHkgbnVtYmVyIChtcyk7IDAgPSBuZXZlci5cbiAgICpcbiAgICogQGdlbmVyYXRlZCBmcm9tIGZpZWxkOiB1aW50NjQgdmVyaWZpZWRfYXRfbXMgPSA0O1xuICAgKi9cbiAgdmVyaWZpZWRBdE1zOiBiaWdpbnQ7XG59O1xuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgbWVzc2FnZSBuZXh1c2xpbmsudjEuVHJ1c3RlZElkZW50aXR5UmVjb3JkLlxuICogVXNlIGBjcmVhdGUoVHJ1c3RlZElkZW50aXR5UmVjb3JkU2NoZW1hKWAgdG8gY3JlYXRlIGEgbmV3IG1lc3NhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBUcnVzdGVkSWRlbnRpdHlSZWNvcmRTY2hlbWE6IEdlbk1lc3NhZ2U8VHJ1c3RlZElkZW50aXR5UmVjb3JkPiA9IC8qQF9fUFVSRV9fKi9cbiAgbWVzc2FnZURlc2MoZmlsZV9uZXh1c2xpbmtfdjFfc3RhdGUsIDgpO1xuXG4vKipcbiAqIFdoaWNoIGtpbmQgb2YgcHJla2V5IGEgUHJlS2V5UmVjb3JkIGhvbGRzLlxuICpcbiAqIEBnZW5lcmF0ZWQgZnJvbSBlbnVtIG5leHVzbGluay52MS5QcmVLZXlLaW5kXG4gKi9cbmV4cG9ydCBlbnVtIFByZUtleUtpbmQge1xuICAvKipcbiAgICogQGdlbmVyYXRlZCBmcm9tIGVudW0gdmFsdWU6IFBSRV9LRVlfS0lORF9VTlNQRUNJRklFRCA9IDA7XG4gICAqL1xuICBVTlNQRUNJRklFRCA9IDAsXG5cbiAgLyoqXG4gICAqIFgyNTUxOSBzaWduZWQgcHJla2V5LlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZW51bSB2YWx1ZTogUFJFX0tFWV9LSU5EX1NJR05FRCA9IDE7XG4gICAqL1xuICBTSUdORUQgPSAxLFxuXG4gIC8qKlxuICAgKiBYMjU1MTkgb25lLXRpbWUgcHJla2V5LlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZW51bSB2YWx1ZTogUFJFX0tFWV9LSU5EX09ORV9USU1FID0gMjtcbiAgICovXG4gIE9ORV9USU1FID0gMixcblxuICAvKipcbiAgICogTUwtS0VNLTEwMjQgcHJla2V5IChvbmUtdGltZSwgb3IgbGFzdC1yZXNvcnQpLlxuICAgKlxuICAgKiBAZ2VuZXJhdGVkIGZyb20gZW51bSB2YWx1ZTogUFJFX0tFWV9LSU5EX0tFTSA9IDM7XG4gICAqL1xuICBLRU0gPSAzLFxufVxuXG4vKipcbiAqIERlc2NyaWJlcyB0aGUgZW51bSBuZXh1c2xpbmsudjEuUHJlS2V5S2luZC5cbiAqL1xuZXhwb3J0IGNvbnN0IFByZUtleUtpbmRTY2hlbWE6IEdlbkVudW08UHJlS2V5S2luZD4gPSAvKkBfX1BVUkVfXyovXG4gIGVudW1EZXNjKGZpbGVfbmV4dXNsaW5rX3YxX3N0YXRlLCAwKTtcblxuIiwgIi8qKiBFbmNvZGluZyBhbmQgZGVjb2Rpbmcgb2YgdGhlIHBlcnNpc3RlZCBzdGF0ZSByZWNvcmRzIChzcGVjL3Byb3RvL25leHVzbGluay92MS9zdGF0ZS5wcm90bykuICovXG5pbXBvcnQgeyBjcmVhdGUsIGZyb21CaW5hcnksIHRvQmluYXJ5IH0gZnJvbSAnQGJ1ZmJ1aWxkL3Byb3RvYnVmJztcbmltcG9ydCB0eXBlIHsgRGVzY01lc3NhZ2UsIE1lc3NhZ2VTaGFwZSB9IGZyb20gJ0BidWZidWlsZC9wcm90b2J1Zic7XG5pbXBvcnQgeyBOZXh1c0Vycm9yIH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBQcmVLZXlLaW5kIH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9zZXNzaW9ucy5qcyc7XG5pbXBvcnQge1xuICBQcmVLZXlLaW5kIGFzIFdpcmVQcmVLZXlLaW5kLFxuICBQcmVLZXlSZWNvcmRTY2hlbWEsXG4gIFNlbmRlcktleVJlY29yZFNjaGVtYSxcbiAgU2Vzc2lvblJlY29yZFNjaGVtYSxcbiAgVHJ1c3RlZElkZW50aXR5UmVjb3JkU2NoZW1hLFxufSBmcm9tICcuLi93aXJlL2dlbi9uZXh1c2xpbmsvdjEvc3RhdGVfcGIuanMnO1xuaW1wb3J0IHR5cGUge1xuICBQcmVLZXlSZWNvcmQsXG4gIFNlbmRlcktleVJlY29yZCxcbiAgU2Vzc2lvblJlY29yZCxcbiAgVHJ1c3RlZElkZW50aXR5UmVjb3JkLFxufSBmcm9tICcuLi93aXJlL2dlbi9uZXh1c2xpbmsvdjEvc3RhdGVfcGIuanMnO1xuXG4vKiogVGhlIHN0YXRlIGZvcm1hdCB2ZXJzaW9uIHRoaXMgcmVsZWFzZSB3cml0ZXMgYW5kIHJlYWRzLiAqL1xuZXhwb3J0IGNvbnN0IFNUQVRFX1ZFUlNJT04gPSAxO1xuXG5mdW5jdGlvbiBkZWNvZGVSZWNvcmQ8UyBleHRlbmRzIERlc2NNZXNzYWdlPihcbiAgc2NoZW1hOiBTLFxuICBieXRlczogVWludDhBcnJheSxcbiAgd2hhdDogc3RyaW5nLFxuKTogTWVzc2FnZVNoYXBlPFM+IHtcbiAgbGV0IHJlY29yZDogTWVzc2FnZVNoYXBlPFM+O1xuICB0cnkge1xuICAgIHJlY29yZCA9IGZyb21CaW5hcnkoc2NoZW1hLCBieXRlcywgeyByZWFkVW5rbm93bkZpZWxkczogZmFsc2UgfSk7XG4gIH0gY2F0Y2ggKGNhdXNlKSB7XG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ01BTEZPUk1FRCcsIGAke3doYXR9IHJlY29yZCBpcyBub3QgdmFsaWRgLCB7IGNhdXNlIH0pO1xuICB9XG4gIGNvbnN0IHZlcnNpb24gPSAocmVjb3JkIGFzIHsgdmVyc2lvbj86IG51bWJlciB9KS52ZXJzaW9uO1xuICBpZiAodmVyc2lvbiAhPT0gU1RBVEVfVkVSU0lPTilcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcihcbiAgICAgICdVTlNVUFBPUlRFRF9WRVJTSU9OJyxcbiAgICAgIGAke3doYXR9IHJlY29yZCBoYXMgdmVyc2lvbiAke1N0cmluZyh2ZXJzaW9uKX07IHRoaXMgcmVsZWFzZSByZWFkcyAke1NUQVRFX1ZFUlNJT059YCxcbiAgICApO1xuICByZXR1cm4gcmVjb3JkO1xufVxuXG4vKiogRGVjb2RlIGEgc2Vzc2lvbiByZWNvcmQuIEB0aHJvd3MgTmV4dXNFcnJvciBgTUFMRk9STUVEYCwgYFVOU1VQUE9SVEVEX1ZFUlNJT05gLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRlY29kZVNlc3Npb25SZWNvcmQoYnl0ZXM6IFVpbnQ4QXJyYXkpOiBTZXNzaW9uUmVjb3JkIHtcbiAgY29uc3QgcmVjb3JkID0gZGVjb2RlUmVjb3JkKFNlc3Npb25SZWNvcmRTY2hlbWEsIGJ5dGVzLCAnc2Vzc2lvbicpO1xuICBmb3IgKGNvbnN0IHN0YXRlIG9mIFtyZWNvcmQuY3VycmVudCwgLi4ucmVjb3JkLmFyY2hpdmVkXSkge1xuICAgIGlmIChzdGF0ZSAhPT0gdW5kZWZpbmVkICYmIHN0YXRlLnZlcnNpb24gIT09IFNUQVRFX1ZFUlNJT04pXG4gICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignVU5TVVBQT1JURURfVkVSU0lPTicsICdzZXNzaW9uIHN0YXRlIGhhcyBhbiB1bmtub3duIHZlcnNpb24nKTtcbiAgfVxuICByZXR1cm4gcmVjb3JkO1xufVxuXG4vKiogRW5jb2RlIGEgc2Vzc2lvbiByZWNvcmQuICovXG5leHBvcnQgZnVuY3Rpb24gZW5jb2RlU2Vzc2lvblJlY29yZChyZWNvcmQ6IFNlc3Npb25SZWNvcmQpOiBVaW50OEFycmF5IHtcbiAgcmV0dXJuIHRvQmluYXJ5KFNlc3Npb25SZWNvcmRTY2hlbWEsIHJlY29yZCk7XG59XG5cbi8qKiBBbiBlbXB0eSBzZXNzaW9uIHJlY29yZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbXB0eVNlc3Npb25SZWNvcmQoKTogU2Vzc2lvblJlY29yZCB7XG4gIHJldHVybiBjcmVhdGUoU2Vzc2lvblJlY29yZFNjaGVtYSwgeyB2ZXJzaW9uOiBTVEFURV9WRVJTSU9OIH0pO1xufVxuXG4vKiogRGVjb2RlIGEgc2VuZGVyIGtleSByZWNvcmQuICovXG5leHBvcnQgZnVuY3Rpb24gZGVjb2RlU2VuZGVyS2V5UmVjb3JkKGJ5dGVzOiBVaW50OEFycmF5KTogU2VuZGVyS2V5UmVjb3JkIHtcbiAgY29uc3QgcmVjb3JkID0gZGVjb2RlUmVjb3JkKFNlbmRlcktleVJlY29yZFNjaGVtYSwgYnl0ZXMsICdzZW5kZXIga2V5Jyk7XG4gIGZvciAoY29uc3QgcyBvZiByZWNvcmQuc3RhdGVzKVxuICAgIGlmIChzLnZlcnNpb24gIT09IFNUQVRFX1ZFUlNJT04pXG4gICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignVU5TVVBQT1JURURfVkVSU0lPTicsICdzZW5kZXIga2V5IHN0YXRlIGhhcyBhbiB1bmtub3duIHZlcnNpb24nKTtcbiAgcmV0dXJuIHJlY29yZDtcbn1cblxuLyoqIEVuY29kZSBhIHNlbmRlciBrZXkgcmVjb3JkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuY29kZVNlbmRlcktleVJlY29yZChyZWNvcmQ6IFNlbmRlcktleVJlY29yZCk6IFVpbnQ4QXJyYXkge1xuICByZXR1cm4gdG9CaW5hcnkoU2VuZGVyS2V5UmVjb3JkU2NoZW1hLCByZWNvcmQpO1xufVxuXG4vKiogRGVjb2RlIGEgcHJla2V5IHJlY29yZCBvZiB0aGUgZXhwZWN0ZWQga2luZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZWNvZGVQcmVLZXlSZWNvcmQoYnl0ZXM6IFVpbnQ4QXJyYXksIGtpbmQ6IFByZUtleUtpbmQpOiBQcmVLZXlSZWNvcmQge1xuICBjb25zdCByZWNvcmQgPSBkZWNvZGVSZWNvcmQoUHJlS2V5UmVjb3JkU2NoZW1hLCBieXRlcywgJ3ByZWtleScpO1xuICBpZiAocmVjb3JkLmtpbmQgIT09IFdJUkVfS0lORFtraW5kXSlcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignTUFMRk9STUVEJywgYHByZWtleSByZWNvcmQgaXMgbm90IGEgJHtraW5kfSBwcmVrZXlgKTtcbiAgY29uc3QgZXhwZWN0ZWQgPSBraW5kID09PSAna2VtJyA/IDY0IDogMzI7XG4gIGlmIChyZWNvcmQuc2VjcmV0Lmxlbmd0aCAhPT0gZXhwZWN0ZWQpXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ01BTEZPUk1FRCcsICdwcmVrZXkgcmVjb3JkIGhhcyBhIHNlY3JldCBvZiB0aGUgd3Jvbmcgc2l6ZScpO1xuICByZXR1cm4gcmVjb3JkO1xufVxuXG4vKiogRW5jb2RlIGEgcHJla2V5IHJlY29yZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmNvZGVQcmVLZXlSZWNvcmQocmVjb3JkOiBQcmVLZXlSZWNvcmQpOiBVaW50OEFycmF5IHtcbiAgcmV0dXJuIHRvQmluYXJ5KFByZUtleVJlY29yZFNjaGVtYSwgcmVjb3JkKTtcbn1cblxuLyoqIERlY29kZSBhIHRydXN0ZWQgaWRlbnRpdHkgcmVjb3JkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRlY29kZVRydXN0ZWRJZGVudGl0eVJlY29yZChieXRlczogVWludDhBcnJheSk6IFRydXN0ZWRJZGVudGl0eVJlY29yZCB7XG4gIHJldHVybiBkZWNvZGVSZWNvcmQoVHJ1c3RlZElkZW50aXR5UmVjb3JkU2NoZW1hLCBieXRlcywgJ3RydXN0ZWQgaWRlbnRpdHknKTtcbn1cblxuLyoqIEVuY29kZSBhIHRydXN0ZWQgaWRlbnRpdHkgcmVjb3JkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuY29kZVRydXN0ZWRJZGVudGl0eVJlY29yZChyZWNvcmQ6IFRydXN0ZWRJZGVudGl0eVJlY29yZCk6IFVpbnQ4QXJyYXkge1xuICByZXR1cm4gdG9CaW5hcnkoVHJ1c3RlZElkZW50aXR5UmVjb3JkU2NoZW1hLCByZWNvcmQpO1xufVxuXG4vKiogV2lyZSBlbnVtIG9mIGVhY2ggcHJla2V5IGtpbmQuICovXG5leHBvcnQgY29uc3QgV0lSRV9LSU5EOiBSZWNvcmQ8UHJlS2V5S2luZCwgV2lyZVByZUtleUtpbmQ+ID0ge1xuICBzaWduZWQ6IFdpcmVQcmVLZXlLaW5kLlNJR05FRCxcbiAgJ29uZS10aW1lJzogV2lyZVByZUtleUtpbmQuT05FX1RJTUUsXG4gIGtlbTogV2lyZVByZUtleUtpbmQuS0VNLFxufTtcbiIsICIvKipcbiAqIFNlc3Npb24gb3BlcmF0aW9uczogcGxhaW4gYXN5bmMgZnVuY3Rpb25zIG92ZXIgdGhlIGFwcCdzIHN0b3JlcywgaW4gdGhlXG4gKiBtYW5uZXIgb2YgbGlic2lnbmFsLiBFdmVyeSBkZWNyeXB0IHdvcmtzIG9uIGNvcGllcyBvZiB0aGUgc3RvcmVkIHN0YXRlIGFuZFxuICogd3JpdGVzIGJhY2sgb25seSBhZnRlciB0aGUgbWVzc2FnZSBhdXRoZW50aWNhdGVkLCBzbyBhIGZhaWx1cmUgY2hhbmdlc1xuICogbm90aGluZy5cbiAqL1xuaW1wb3J0IHsgY2xvbmUsIGNyZWF0ZSB9IGZyb20gJ0BidWZidWlsZC9wcm90b2J1Zic7XG5pbXBvcnQgeyBOZXh1c0Vycm9yIH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBDbG9jaywgUmFuZG9tU291cmNlIH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9ydW50aW1lLmpzJztcbmltcG9ydCB0eXBlIHsgRGV2aWNlQWRkcmVzcywgUHJvdG9jb2xTdG9yZXMgfSBmcm9tICcuLi9pbnRlcmZhY2VzL3Nlc3Npb25zLmpzJztcbmltcG9ydCB7IGJ5dGVzRXF1YWwsIHRvSGV4IH0gZnJvbSAnLi4vcHJpbWl0aXZlcy9ieXRlcy5qcyc7XG5pbXBvcnQge1xuICBlbnZlbG9wZUNvZGVjLFxuICBwcmVLZXlNZXNzYWdlQ29kZWMsXG4gIHJhdGNoZXRNZXNzYWdlQ29kZWMsXG4gIHNpZ25lZE1lc3NhZ2VDb2RlYyxcbn0gZnJvbSAnLi4vd2lyZS9tZXNzYWdlcy5qcyc7XG5pbXBvcnQgeyBFbnZlbG9wZVR5cGUgfSBmcm9tICcuLi93aXJlL2dlbi9uZXh1c2xpbmsvdjEvZW52ZWxvcGVfcGIuanMnO1xuaW1wb3J0IHR5cGUgeyBSYXRjaGV0TWVzc2FnZSB9IGZyb20gJy4uL3dpcmUvZ2VuL25leHVzbGluay92MS9zZXNzaW9uX3BiLmpzJztcbmltcG9ydCB7XG4gIFBlbmRpbmdQcmVLZXlTY2hlbWEsXG4gIFNlc3Npb25TdGF0ZVNjaGVtYSxcbiAgVHJ1c3RlZElkZW50aXR5UmVjb3JkU2NoZW1hLFxufSBmcm9tICcuLi93aXJlL2dlbi9uZXh1c2xpbmsvdjEvc3RhdGVfcGIuanMnO1xuaW1wb3J0IHR5cGUgeyBTZXNzaW9uUmVjb3JkLCBTZXNzaW9uU3RhdGUgfSBmcm9tICcuLi93aXJlL2dlbi9uZXh1c2xpbmsvdjEvc3RhdGVfcGIuanMnO1xuaW1wb3J0IHtcbiAgZGVjb2RlU2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSxcbiAgaXNSZXZva2VkLFxuICBzeXN0ZW1DbG9jayxcbiAgc3lzdGVtUmFuZG9tLFxuICB2ZXJpZnlEZXZpY2VDZXJ0aWZpY2F0ZSxcbn0gZnJvbSAnLi4vaWRlbnRpdHkvY2VydGlmaWNhdGVzLmpzJztcbmltcG9ydCB0eXBlIHtcbiAgRGV2aWNlQ2VydGlmaWNhdGUsXG4gIFJldm9jYXRpb25MaXN0LFxuICBTZWxmU2lnbmluZ0NlcnRpZmljYXRlLFxufSBmcm9tICcuLi9pZGVudGl0eS9jZXJ0aWZpY2F0ZXMuanMnO1xuaW1wb3J0IHsgdXVpZEZyb21QdWJsaWNLZXkgfSBmcm9tICcuLi9pZGVudGl0eS91dWlkLmpzJztcbmltcG9ydCB7IExJTUlUUyB9IGZyb20gJy4vY29uc3RhbnRzLmpzJztcbmltcG9ydCB7XG4gIGluaXRpYWxpemVJbml0aWF0b3IsXG4gIGluaXRpYWxpemVSZXNwb25kZXIsXG4gIHJhdGNoZXREZWNyeXB0LFxuICByYXRjaGV0RW5jcnlwdCxcbn0gZnJvbSAnLi9kb3VibGUtcmF0Y2hldC5qcyc7XG5pbXBvcnQgeyBwcXhkaEluaXRpYXRlLCBwcXhkaFJlc3BvbmQsIHNlc3Npb25Bc3NvY2lhdGVkRGF0YSB9IGZyb20gJy4vcHF4ZGguanMnO1xuaW1wb3J0IHsgdHJ1c3RlZENoYWluLCB2ZXJpZnlQcmVLZXlCdW5kbGUgfSBmcm9tICcuL3ByZWtleXMuanMnO1xuaW1wb3J0IHR5cGUgeyBMb2NhbERldmljZSB9IGZyb20gJy4vcHJla2V5cy5qcyc7XG5pbXBvcnQge1xuICBkZWNvZGVQcmVLZXlSZWNvcmQsXG4gIGRlY29kZVNlc3Npb25SZWNvcmQsXG4gIGRlY29kZVRydXN0ZWRJZGVudGl0eVJlY29yZCxcbiAgZW1wdHlTZXNzaW9uUmVjb3JkLFxuICBlbmNvZGVTZXNzaW9uUmVjb3JkLFxuICBlbmNvZGVUcnVzdGVkSWRlbnRpdHlSZWNvcmQsXG4gIFNUQVRFX1ZFUlNJT04sXG59IGZyb20gJy4vcmVjb3Jkcy5qcyc7XG5cbi8qKiBTdG9yZXMsIGNsb2NrIGFuZCByYW5kb21uZXNzIGZvciB0aGUgc2Vzc2lvbiBvcGVyYXRpb25zLiAqL1xuZXhwb3J0IGludGVyZmFjZSBTZXNzaW9uQ29udGV4dCB7XG4gIHJlYWRvbmx5IHN0b3JlczogUHJvdG9jb2xTdG9yZXM7XG4gIHJlYWRvbmx5IGNsb2NrPzogQ2xvY2s7XG4gIHJlYWRvbmx5IHJhbmRvbT86IFJhbmRvbVNvdXJjZTtcbn1cblxuLyoqIFRoZSBhZGRyZXNzIG9mIGEgZGV2aWNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRldmljZUFkZHJlc3ModXVpZDogc3RyaW5nLCBkZXZpY2VJZDogVWludDhBcnJheSk6IERldmljZUFkZHJlc3Mge1xuICByZXR1cm4geyB1dWlkLCBkZXZpY2VJZDogdG9IZXgoZGV2aWNlSWQpIH07XG59XG5cbmZ1bmN0aW9uIG5vdyhjdHg6IFNlc3Npb25Db250ZXh0KTogbnVtYmVyIHtcbiAgcmV0dXJuIChjdHguY2xvY2sgPz8gc3lzdGVtQ2xvY2spLm5vdygpO1xufVxuXG5mdW5jdGlvbiByYW5kb20oY3R4OiBTZXNzaW9uQ29udGV4dCk6IFJhbmRvbVNvdXJjZSB7XG4gIHJldHVybiBjdHgucmFuZG9tID8/IHN5c3RlbVJhbmRvbTtcbn1cblxuYXN5bmMgZnVuY3Rpb24gbG9hZFJlY29yZChcbiAgY3R4OiBTZXNzaW9uQ29udGV4dCxcbiAgYWRkcmVzczogRGV2aWNlQWRkcmVzcyxcbik6IFByb21pc2U8U2Vzc2lvblJlY29yZCB8IG51bGw+IHtcbiAgY29uc3QgYnl0ZXMgPSBhd2FpdCBjdHguc3RvcmVzLnNlc3Npb25zLmxvYWRTZXNzaW9uKGFkZHJlc3MpO1xuICByZXR1cm4gYnl0ZXMgPT09IG51bGwgPyBudWxsIDogZGVjb2RlU2Vzc2lvblJlY29yZChieXRlcyk7XG59XG5cbi8qKiBNYWtlIGBzdGF0ZWAgY3VycmVudCwgYXJjaGl2aW5nIHRoZSBwcmV2aW91cyBjdXJyZW50IHN0YXRlIChuZXdlc3QgZmlyc3QsIGJvdW5kZWQpLiAqL1xuZnVuY3Rpb24gcHJvbW90ZShyZWNvcmQ6IFNlc3Npb25SZWNvcmQsIHN0YXRlOiBTZXNzaW9uU3RhdGUsIGFyY2hpdmVkSW5kZXg/OiBudW1iZXIpOiB2b2lkIHtcbiAgaWYgKGFyY2hpdmVkSW5kZXggIT09IHVuZGVmaW5lZCkgcmVjb3JkLmFyY2hpdmVkLnNwbGljZShhcmNoaXZlZEluZGV4LCAxKTtcbiAgaWYgKHJlY29yZC5jdXJyZW50ICE9PSB1bmRlZmluZWQpIHJlY29yZC5hcmNoaXZlZC51bnNoaWZ0KHJlY29yZC5jdXJyZW50KTtcbiAgcmVjb3JkLmN1cnJlbnQgPSBzdGF0ZTtcbiAgaWYgKHJlY29yZC5hcmNoaXZlZC5sZW5ndGggPiBMSU1JVFMubWF4QXJjaGl2ZWRTdGF0ZXMpXG4gICAgcmVjb3JkLmFyY2hpdmVkLmxlbmd0aCA9IExJTUlUUy5tYXhBcmNoaXZlZFN0YXRlcztcbn1cblxuLyoqIFdoYXQgdGhpcyBkZXZpY2UgdHJ1c3RzIGFib3V0IGB1dWlkYCwgZm9yIGNoYWluIHZlcmlmaWNhdGlvbi4gKi9cbmFzeW5jIGZ1bmN0aW9uIGxvYWRUcnVzdGVkKFxuICBjdHg6IFNlc3Npb25Db250ZXh0LFxuICB1dWlkOiBzdHJpbmcsXG4pOiBQcm9taXNlPHtcbiAgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZTogVWludDhBcnJheSB8IG51bGw7XG4gIHJldm9jYXRpb25MaXN0OiBVaW50OEFycmF5IHwgbnVsbDtcbiAgdmVyaWZpZWRBdE1zOiBiaWdpbnQ7XG59PiB7XG4gIGNvbnN0IGJ5dGVzID0gYXdhaXQgY3R4LnN0b3Jlcy5pZGVudGl0aWVzLmxvYWRJZGVudGl0eSh1dWlkKTtcbiAgaWYgKGJ5dGVzID09PSBudWxsKVxuICAgIHJldHVybiB7IHNlbGZTaWduaW5nQ2VydGlmaWNhdGU6IG51bGwsIHJldm9jYXRpb25MaXN0OiBudWxsLCB2ZXJpZmllZEF0TXM6IDBuIH07XG4gIGNvbnN0IHJlY29yZCA9IGRlY29kZVRydXN0ZWRJZGVudGl0eVJlY29yZChieXRlcyk7XG4gIHJldHVybiB7XG4gICAgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZTogcmVjb3JkLnNlbGZTaWduaW5nQ2VydGlmaWNhdGUubGVuZ3RoXG4gICAgICA/IHJlY29yZC5zZWxmU2lnbmluZ0NlcnRpZmljYXRlXG4gICAgICA6IG51bGwsXG4gICAgcmV2b2NhdGlvbkxpc3Q6IHJlY29yZC5yZXZvY2F0aW9uTGlzdC5sZW5ndGggPyByZWNvcmQucmV2b2NhdGlvbkxpc3QgOiBudWxsLFxuICAgIHZlcmlmaWVkQXRNczogcmVjb3JkLnZlcmlmaWVkQXRNcyxcbiAgfTtcbn1cblxuYXN5bmMgZnVuY3Rpb24gc3RvcmVUcnVzdGVkKFxuICBjdHg6IFNlc3Npb25Db250ZXh0LFxuICB1dWlkOiBzdHJpbmcsXG4gIHNlbGZTaWduaW5nOiBTZWxmU2lnbmluZ0NlcnRpZmljYXRlLFxuICByZXZvY2F0aW9uTGlzdDogUmV2b2NhdGlvbkxpc3QgfCBudWxsLFxuICB2ZXJpZmllZEF0TXM6IGJpZ2ludCxcbik6IFByb21pc2U8dm9pZD4ge1xuICBhd2FpdCBjdHguc3RvcmVzLmlkZW50aXRpZXMuc3RvcmVJZGVudGl0eShcbiAgICB1dWlkLFxuICAgIGVuY29kZVRydXN0ZWRJZGVudGl0eVJlY29yZChcbiAgICAgIGNyZWF0ZShUcnVzdGVkSWRlbnRpdHlSZWNvcmRTY2hlbWEsIHtcbiAgICAgICAgdmVyc2lvbjogU1RBVEVfVkVSU0lPTixcbiAgICAgICAgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZTogc2VsZlNpZ25pbmcuYnl0ZXMsXG4gICAgICAgIHJldm9jYXRpb25MaXN0OiByZXZvY2F0aW9uTGlzdD8uYnl0ZXMgPz8gbmV3IFVpbnQ4QXJyYXkoMCksXG4gICAgICAgIHZlcmlmaWVkQXRNcyxcbiAgICAgIH0pLFxuICAgICksXG4gICk7XG59XG5cbi8qKiBPcHRpb25zIGZvciB7QGxpbmsgZXN0YWJsaXNoU2Vzc2lvbn0uICovXG5leHBvcnQgaW50ZXJmYWNlIEVzdGFibGlzaE9wdGlvbnMgZXh0ZW5kcyBTZXNzaW9uQ29udGV4dCB7XG4gIC8qKiBSZWZ1c2UgYSBidW5kbGUgb2YgYW5vdGhlciBpZGVudGl0eSAoYFVOVFJVU1RFRF9JREVOVElUWWApLiAqL1xuICByZWFkb25seSBleHBlY3RlZFV1aWQ/OiBzdHJpbmc7XG4gIC8qKiBFbmNyeXB0IG1lc3NhZ2UgaGVhZGVycyB0b28gKERvdWJsZSBSYXRjaGV0IFx1MDBBNzQpLiBPZmYgYnkgZGVmYXVsdC4gKi9cbiAgcmVhZG9ubHkgaGVhZGVyRW5jcnlwdGlvbj86IGJvb2xlYW47XG4gIC8qKiBEZXRlcm1pbmlzdGljIE1MLUtFTSBlbmNhcHN1bGF0aW9uLCBmb3IgdmVjdG9ycyBvbmx5LiAqL1xuICByZWFkb25seSBrZW1SYW5kb21uZXNzPzogVWludDhBcnJheTtcbn1cblxuLyoqXG4gKiBTdGFydCBhIHNlc3Npb24gd2l0aCB0aGUgZGV2aWNlIG9mIGEgcHJla2V5IGJ1bmRsZSAoUFFYREggYXMgaW5pdGlhdG9yKS5cbiAqIFVudGlsIHRoZSBwZWVyIGFuc3dlcnMsIGV2ZXJ5IG1lc3NhZ2UgcmVwZWF0cyB0aGUgUFFYREggZmllbGRzIGFzIGFcbiAqIFByZUtleU1lc3NhZ2UuIEFuIGV4aXN0aW5nIHNlc3Npb24gd2l0aCB0aGUgZGV2aWNlIGlzIGFyY2hpdmVkLCBub3QgbG9zdC5cbiAqXG4gKiBAcmV0dXJucyB0aGUgcGVlciBkZXZpY2UncyBhZGRyZXNzLlxuICogQHRocm93cyBOZXh1c0Vycm9yIGZyb20gYnVuZGxlIHZlcmlmaWNhdGlvbiAoYEJBRF9TSUdOQVRVUkVgLCBgUkVWT0tFRGAsIGBTVVBFUlNFREVEYCwgYFVOVFJVU1RFRF9JREVOVElUWWAsIFx1MjAyNikuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBlc3RhYmxpc2hTZXNzaW9uKFxuICBsb2NhbDogTG9jYWxEZXZpY2UsXG4gIGJ1bmRsZTogVWludDhBcnJheSxcbiAgb3B0aW9uczogRXN0YWJsaXNoT3B0aW9ucyxcbik6IFByb21pc2U8RGV2aWNlQWRkcmVzcz4ge1xuICBjb25zdCB0ID0gbm93KG9wdGlvbnMpO1xuICBjb25zdCBwZWVrID0gdmVyaWZ5UHJlS2V5QnVuZGxlKGJ1bmRsZSwge1xuICAgIC4uLihvcHRpb25zLmV4cGVjdGVkVXVpZCA9PT0gdW5kZWZpbmVkID8ge30gOiB7IGV4cGVjdGVkVXVpZDogb3B0aW9ucy5leHBlY3RlZFV1aWQgfSksXG4gICAgbm93OiB0LFxuICB9KTtcbiAgY29uc3QgdHJ1c3RlZCA9IGF3YWl0IGxvYWRUcnVzdGVkKG9wdGlvbnMsIHBlZWsudXVpZCk7XG4gIGNvbnN0IHZlcmlmaWVkID0gdmVyaWZ5UHJlS2V5QnVuZGxlKGJ1bmRsZSwgeyBleHBlY3RlZFV1aWQ6IHBlZWsudXVpZCwga25vd246IHRydXN0ZWQsIG5vdzogdCB9KTtcbiAgaWYgKGJ5dGVzRXF1YWwodmVyaWZpZWQuZGV2aWNlLmRldmljZUlkLCBsb2NhbC5kZXZpY2VJZCkgJiYgdmVyaWZpZWQudXVpZCA9PT0gbG9jYWwudXVpZCkge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdJTlZBTElEX0FSR1VNRU5UJywgJ2Nhbm5vdCBvcGVuIGEgc2Vzc2lvbiB3aXRoIHRoaXMgZGV2aWNlIGl0c2VsZicpO1xuICB9XG4gIGNvbnN0IGluaXRpYXRpb24gPSBwcXhkaEluaXRpYXRlKHtcbiAgICBhZ3JlZTogKHBrKSA9PiBsb2NhbC5rZXlBZ3JlZW1lbnRLZXkuYWdyZWUocGspLFxuICAgIHJlc3BvbmRlcktleUFncmVlbWVudEtleTogdmVyaWZpZWQuZGV2aWNlLmtleUFncmVlbWVudEtleSxcbiAgICBzaWduZWRQcmVLZXk6IHZlcmlmaWVkLnNpZ25lZFByZUtleS5wdWJsaWNLZXksXG4gICAgb25lVGltZVByZUtleTogdmVyaWZpZWQub25lVGltZVByZUtleT8ucHVibGljS2V5ID8/IG51bGwsXG4gICAga2VtUHJlS2V5OiB2ZXJpZmllZC5rZW1QcmVLZXkucHVibGljS2V5LFxuICAgIHJhbmRvbTogcmFuZG9tKG9wdGlvbnMpLFxuICAgIC4uLihvcHRpb25zLmtlbVJhbmRvbW5lc3MgPyB7IGtlbVJhbmRvbW5lc3M6IG9wdGlvbnMua2VtUmFuZG9tbmVzcyB9IDoge30pLFxuICB9KTtcbiAgY29uc3Qgc2Vzc2lvbkFkID0gc2Vzc2lvbkFzc29jaWF0ZWREYXRhKFxuICAgIHtcbiAgICAgIGlkZW50aXR5S2V5OiBsb2NhbC5pZGVudGl0eUtleSxcbiAgICAgIGRldmljZUlkOiBsb2NhbC5kZXZpY2VJZCxcbiAgICAgIGtleUFncmVlbWVudEtleTogbG9jYWwua2V5QWdyZWVtZW50S2V5LnB1YmxpY0tleSxcbiAgICB9LFxuICAgIHtcbiAgICAgIGlkZW50aXR5S2V5OiB2ZXJpZmllZC5kZXZpY2UuaWRlbnRpdHlLZXksXG4gICAgICBkZXZpY2VJZDogdmVyaWZpZWQuZGV2aWNlLmRldmljZUlkLFxuICAgICAga2V5QWdyZWVtZW50S2V5OiB2ZXJpZmllZC5kZXZpY2Uua2V5QWdyZWVtZW50S2V5LFxuICAgIH0sXG4gICk7XG4gIGNvbnN0IHN0YXRlID0gaW5pdGlhbGl6ZUluaXRpYXRvcih7XG4gICAgc2VjcmV0czogaW5pdGlhdGlvbi5zZWNyZXRzLFxuICAgIHNlc3Npb25BZCxcbiAgICByZW1vdGVSYXRjaGV0S2V5OiB2ZXJpZmllZC5zaWduZWRQcmVLZXkucHVibGljS2V5LFxuICAgIHJlbW90ZUlkZW50aXR5S2V5OiB2ZXJpZmllZC5kZXZpY2Uua2V5QWdyZWVtZW50S2V5LFxuICAgIGhlYWRlckVuY3J5cHRpb246IG9wdGlvbnMuaGVhZGVyRW5jcnlwdGlvbiA/PyBmYWxzZSxcbiAgICBwZW5kaW5nOiBjcmVhdGUoUGVuZGluZ1ByZUtleVNjaGVtYSwge1xuICAgICAgc2lnbmVkUHJla2V5SWQ6IHZlcmlmaWVkLnNpZ25lZFByZUtleS5pZCxcbiAgICAgIG9uZVRpbWVQcmVrZXlJZDogdmVyaWZpZWQub25lVGltZVByZUtleT8uaWQgPz8gMCxcbiAgICAgIGtlbVByZWtleUlkOiB2ZXJpZmllZC5rZW1QcmVLZXkuaWQsXG4gICAgICBiYXNlS2V5OiBpbml0aWF0aW9uLmJhc2VLZXksXG4gICAgICBrZW1DaXBoZXJ0ZXh0OiBpbml0aWF0aW9uLmtlbUNpcGhlcnRleHQsXG4gICAgfSksXG4gICAgbm93OiB0LFxuICAgIHJhbmRvbTogcmFuZG9tKG9wdGlvbnMpLFxuICB9KTtcbiAgY29uc3QgYWRkcmVzcyA9IGRldmljZUFkZHJlc3ModmVyaWZpZWQudXVpZCwgdmVyaWZpZWQuZGV2aWNlLmRldmljZUlkKTtcbiAgY29uc3QgcmVjb3JkID0gKGF3YWl0IGxvYWRSZWNvcmQob3B0aW9ucywgYWRkcmVzcykpID8/IGVtcHR5U2Vzc2lvblJlY29yZCgpO1xuICBwcm9tb3RlKHJlY29yZCwgc3RhdGUpO1xuICBhd2FpdCBvcHRpb25zLnN0b3Jlcy5zZXNzaW9ucy5zdG9yZVNlc3Npb24oYWRkcmVzcywgZW5jb2RlU2Vzc2lvblJlY29yZChyZWNvcmQpKTtcbiAgYXdhaXQgc3RvcmVUcnVzdGVkKFxuICAgIG9wdGlvbnMsXG4gICAgdmVyaWZpZWQudXVpZCxcbiAgICB2ZXJpZmllZC5zZWxmU2lnbmluZ0NlcnRpZmljYXRlLFxuICAgIHZlcmlmaWVkLnJldm9jYXRpb25MaXN0LFxuICAgIHRydXN0ZWQudmVyaWZpZWRBdE1zLFxuICApO1xuICByZXR1cm4gYWRkcmVzcztcbn1cblxuLyoqIFdoZXRoZXIgYSB1c2FibGUgc2Vzc2lvbiB3aXRoIHRoZSBkZXZpY2UgZXhpc3RzLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGhhc1Nlc3Npb24oYWRkcmVzczogRGV2aWNlQWRkcmVzcywgY3R4OiBTZXNzaW9uQ29udGV4dCk6IFByb21pc2U8Ym9vbGVhbj4ge1xuICBjb25zdCByZWNvcmQgPSBhd2FpdCBsb2FkUmVjb3JkKGN0eCwgYWRkcmVzcyk7XG4gIHJldHVybiByZWNvcmQ/LmN1cnJlbnQgIT09IHVuZGVmaW5lZDtcbn1cblxuLyoqXG4gKiBFbmNyeXB0IGBwbGFpbnRleHRgIGZvciBvbmUgcmVtb3RlIGRldmljZS4gUmV0dXJucyBhbiBlbmNvZGVkIGBFbnZlbG9wZWBcbiAqIChhIFByZUtleU1lc3NhZ2UgdW50aWwgdGhlIHBlZXIgaGFzIGFuc3dlcmVkLCB0aGVuIHJhdGNoZXQgbWVzc2FnZXMpLlxuICpcbiAqIEB0aHJvd3MgTmV4dXNFcnJvciBgTk9fU0VTU0lPTmAuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBlbmNyeXB0TWVzc2FnZShcbiAgbG9jYWw6IExvY2FsRGV2aWNlLFxuICBhZGRyZXNzOiBEZXZpY2VBZGRyZXNzLFxuICBwbGFpbnRleHQ6IFVpbnQ4QXJyYXksXG4gIGN0eDogU2Vzc2lvbkNvbnRleHQsXG4pOiBQcm9taXNlPFVpbnQ4QXJyYXk+IHtcbiAgY29uc3QgcmVjb3JkID0gYXdhaXQgbG9hZFJlY29yZChjdHgsIGFkZHJlc3MpO1xuICBpZiAocmVjb3JkPy5jdXJyZW50ID09PSB1bmRlZmluZWQpXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ05PX1NFU1NJT04nLCAnbm8gc2Vzc2lvbiB3aXRoIHRoaXMgZGV2aWNlJyk7XG4gIGNvbnN0IHN0YXRlID0gY2xvbmUoU2Vzc2lvblN0YXRlU2NoZW1hLCByZWNvcmQuY3VycmVudCk7XG4gIGNvbnN0IG1lc3NhZ2UgPSByYXRjaGV0RW5jcnlwdChzdGF0ZSwgcGxhaW50ZXh0LCByYW5kb20oY3R4KSk7XG4gIGxldCB0eXBlOiBFbnZlbG9wZVR5cGU7XG4gIGxldCBjb250ZW50OiBVaW50OEFycmF5O1xuICBpZiAoc3RhdGUucGVuZGluZ1ByZWtleSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgdHlwZSA9IEVudmVsb3BlVHlwZS5QUkVLRVlfTUVTU0FHRTtcbiAgICBjb250ZW50ID0gcHJlS2V5TWVzc2FnZUNvZGVjLmVuY29kZSh7XG4gICAgICB2ZXJzaW9uOiAxLFxuICAgICAgc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZTogc2lnbmVkTWVzc2FnZUNvZGVjLmRlY29kZShsb2NhbC5zZWxmU2lnbmluZ0NlcnRpZmljYXRlKSxcbiAgICAgIGRldmljZUNlcnRpZmljYXRlOiBzaWduZWRNZXNzYWdlQ29kZWMuZGVjb2RlKGxvY2FsLmRldmljZUNlcnRpZmljYXRlKSxcbiAgICAgIHNpZ25lZFByZWtleUlkOiBzdGF0ZS5wZW5kaW5nUHJla2V5LnNpZ25lZFByZWtleUlkLFxuICAgICAgb25lVGltZVByZWtleUlkOiBzdGF0ZS5wZW5kaW5nUHJla2V5Lm9uZVRpbWVQcmVrZXlJZCxcbiAgICAgIGtlbVByZWtleUlkOiBzdGF0ZS5wZW5kaW5nUHJla2V5LmtlbVByZWtleUlkLFxuICAgICAgYmFzZUtleTogc3RhdGUucGVuZGluZ1ByZWtleS5iYXNlS2V5LFxuICAgICAga2VtQ2lwaGVydGV4dDogc3RhdGUucGVuZGluZ1ByZWtleS5rZW1DaXBoZXJ0ZXh0LFxuICAgICAgbWVzc2FnZSxcbiAgICB9KTtcbiAgfSBlbHNlIHtcbiAgICB0eXBlID0gRW52ZWxvcGVUeXBlLlJBVENIRVRfTUVTU0FHRTtcbiAgICBjb250ZW50ID0gcmF0Y2hldE1lc3NhZ2VDb2RlYy5lbmNvZGUobWVzc2FnZSk7XG4gIH1cbiAgcmVjb3JkLmN1cnJlbnQgPSBzdGF0ZTtcbiAgYXdhaXQgY3R4LnN0b3Jlcy5zZXNzaW9ucy5zdG9yZVNlc3Npb24oYWRkcmVzcywgZW5jb2RlU2Vzc2lvblJlY29yZChyZWNvcmQpKTtcbiAgcmV0dXJuIGVudmVsb3BlQ29kZWMuZW5jb2RlKHtcbiAgICB2ZXJzaW9uOiAxLFxuICAgIHR5cGUsXG4gICAgc2VuZGVyRGV2aWNlSWQ6IGxvY2FsLmRldmljZUlkLFxuICAgIHJlY2lwaWVudERldmljZUlkOiBmcm9tSGV4SWQoYWRkcmVzcy5kZXZpY2VJZCksXG4gICAgdGltZXN0YW1wTXM6IEJpZ0ludChub3coY3R4KSksXG4gICAgY29udGVudCxcbiAgICBzZW5kZXJJZGVudGl0eUtleTogbG9jYWwuaWRlbnRpdHlLZXksXG4gIH0pO1xufVxuXG5mdW5jdGlvbiBmcm9tSGV4SWQoaGV4OiBzdHJpbmcpOiBVaW50OEFycmF5IHtcbiAgaWYgKCEvXlswLTlhLWZdezMyfSQvLnRlc3QoaGV4KSlcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9BUkdVTUVOVCcsICdkZXZpY2UgaWRzIGFyZSAzMiBsb3dlci1jYXNlIGhleCBkaWdpdHMnKTtcbiAgY29uc3Qgb3V0ID0gbmV3IFVpbnQ4QXJyYXkoMTYpO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IDE2OyBpKyspIG91dFtpXSA9IHBhcnNlSW50KGhleC5zbGljZShpICogMiwgaSAqIDIgKyAyKSwgMTYpO1xuICByZXR1cm4gb3V0O1xufVxuXG4vKiogQSBkZWNyeXB0ZWQgbWVzc2FnZS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgRGVjcnlwdGVkTWVzc2FnZSB7XG4gIHJlYWRvbmx5IHBsYWludGV4dDogVWludDhBcnJheTtcbiAgLyoqIFRoZSBzZW5kaW5nIGRldmljZS4gKi9cbiAgcmVhZG9ubHkgc2VuZGVyOiBEZXZpY2VBZGRyZXNzO1xuICAvKiogVGhlIGVudmVsb3BlJ3MgdGltZXN0YW1wIChtcyksIGFzIHRoZSBzZW5kZXIgY2xhaW1zIGl0LiAqL1xuICByZWFkb25seSB0aW1lc3RhbXA6IG51bWJlcjtcbiAgLyoqIFdoZXRoZXIgdGhpcyBtZXNzYWdlIHN0YXJ0ZWQgYSBuZXcgc2Vzc2lvbiAoYSBQcmVLZXlNZXNzYWdlIHRoYXQgY3JlYXRlZCBvbmUpLiAqL1xuICByZWFkb25seSBuZXdTZXNzaW9uOiBib29sZWFuO1xufVxuXG4vKiogVGhlIGVycm9yIHRvIHJlcG9ydCB3aGVuIG5vIHN0YXRlIGRlY3J5cHRlZCBhIG1lc3NhZ2U6IHRoZSBtb3N0IHNwZWNpZmljIG9uZS4gKi9cbmZ1bmN0aW9uIGJlc3RFcnJvcihlcnJvcnM6IHVua25vd25bXSk6IHVua25vd24ge1xuICBmb3IgKGNvbnN0IGNvZGUgb2YgWydEVVBMSUNBVEVfTUVTU0FHRScsICdNRVNTQUdFX0VYUElSRUQnLCAnVE9PX01BTllfU0tJUFBFRCddIGFzIGNvbnN0KSB7XG4gICAgY29uc3QgZm91bmQgPSBlcnJvcnMuZmluZCgoZSkgPT4gTmV4dXNFcnJvci5pcyhlLCBjb2RlKSk7XG4gICAgaWYgKGZvdW5kKSByZXR1cm4gZm91bmQ7XG4gIH1cbiAgcmV0dXJuIChcbiAgICBlcnJvcnMuZmluZCgoZSkgPT4gIU5leHVzRXJyb3IuaXMoZSwgJ0RFQ1JZUFRfRkFJTEVEJykpID8/XG4gICAgbmV3IE5leHVzRXJyb3IoXG4gICAgICAnREVDUllQVF9GQUlMRUQnLFxuICAgICAgJ21lc3NhZ2UgZG9lcyBub3QgYXV0aGVudGljYXRlIHVuZGVyIGFueSBzZXNzaW9uIHdpdGggaXRzIHNlbmRlcicsXG4gICAgKVxuICApO1xufVxuXG4vKipcbiAqIFRyeSB0aGUgY3VycmVudCBzdGF0ZSwgdGhlbiBlYWNoIGFyY2hpdmVkIHN0YXRlIChlYWNoIG9uIGEgY29weSkuIFRoZVxuICogZmlyc3QgdGhhdCBkZWNyeXB0cyBiZWNvbWVzIGN1cnJlbnQgKHNpbXVsdGFuZW91cyBpbml0aWF0aW9uIGNvbnZlcmdlcyBvblxuICogaXQpLiBOb3RoaW5nIGlzIHN0b3JlZCBoZXJlLlxuICovXG5mdW5jdGlvbiBkZWNyeXB0V2l0aFJlY29yZChcbiAgcmVjb3JkOiBTZXNzaW9uUmVjb3JkLFxuICBtZXNzYWdlOiBSYXRjaGV0TWVzc2FnZSxcbiAgdDogbnVtYmVyLFxuICBybmc6IFJhbmRvbVNvdXJjZSxcbiAgZmlsdGVyOiAoczogU2Vzc2lvblN0YXRlKSA9PiBib29sZWFuID0gKCkgPT4gdHJ1ZSxcbik6IFVpbnQ4QXJyYXkge1xuICBjb25zdCBjYW5kaWRhdGVzOiB7IHN0YXRlOiBTZXNzaW9uU3RhdGU7IGluZGV4PzogbnVtYmVyIH1bXSA9IFtdO1xuICBpZiAocmVjb3JkLmN1cnJlbnQgIT09IHVuZGVmaW5lZCAmJiBmaWx0ZXIocmVjb3JkLmN1cnJlbnQpKVxuICAgIGNhbmRpZGF0ZXMucHVzaCh7IHN0YXRlOiByZWNvcmQuY3VycmVudCB9KTtcbiAgcmVjb3JkLmFyY2hpdmVkLmZvckVhY2goKHMsIGluZGV4KSA9PiB7XG4gICAgaWYgKGZpbHRlcihzKSkgY2FuZGlkYXRlcy5wdXNoKHsgc3RhdGU6IHMsIGluZGV4IH0pO1xuICB9KTtcbiAgY29uc3QgZXJyb3JzOiB1bmtub3duW10gPSBbXTtcbiAgZm9yIChjb25zdCB7IHN0YXRlLCBpbmRleCB9IG9mIGNhbmRpZGF0ZXMpIHtcbiAgICBjb25zdCBjb3B5ID0gY2xvbmUoU2Vzc2lvblN0YXRlU2NoZW1hLCBzdGF0ZSk7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHBsYWludGV4dCA9IHJhdGNoZXREZWNyeXB0KGNvcHksIG1lc3NhZ2UsIHQsIHJuZyk7XG4gICAgICAvLyBUaGUgcGVlciBhbnN3ZXJlZCAob3IgcmVwZWF0ZWQgaXRzIG93biBQcmVLZXlNZXNzYWdlKTogc3RvcCBzZW5kaW5nIFByZUtleU1lc3NhZ2VzLlxuICAgICAgaWYgKGNvcHkucGVuZGluZ1ByZWtleSAhPT0gdW5kZWZpbmVkICYmIGNvcHkucmVjZWl2aW5nQ2hhaW5LZXkubGVuZ3RoID4gMClcbiAgICAgICAgY29weS5wZW5kaW5nUHJla2V5ID0gdW5kZWZpbmVkO1xuICAgICAgaWYgKGluZGV4ID09PSB1bmRlZmluZWQpIHJlY29yZC5jdXJyZW50ID0gY29weTtcbiAgICAgIGVsc2UgcHJvbW90ZShyZWNvcmQsIGNvcHksIGluZGV4KTtcbiAgICAgIHJldHVybiBwbGFpbnRleHQ7XG4gICAgfSBjYXRjaCAoZXJyKSB7XG4gICAgICBpZiAoIU5leHVzRXJyb3IuaXMoZXJyKSkgdGhyb3cgZXJyO1xuICAgICAgZXJyb3JzLnB1c2goZXJyKTtcbiAgICB9XG4gIH1cbiAgaWYgKGNhbmRpZGF0ZXMubGVuZ3RoID09PSAwKSB0aHJvdyBuZXcgTmV4dXNFcnJvcignTk9fU0VTU0lPTicsICdubyBzZXNzaW9uIHdpdGggdGhpcyBkZXZpY2UnKTtcbiAgdGhyb3cgYmVzdEVycm9yKGVycm9ycyk7XG59XG5cbi8qKlxuICogRGVjcnlwdCBhbiBlbmNvZGVkIGBFbnZlbG9wZWAgYWRkcmVzc2VkIHRvIHRoaXMgZGV2aWNlLlxuICpcbiAqIEEgUHJlS2V5TWVzc2FnZSBjcmVhdGVzIGEgc2Vzc2lvbiAoUFFYREggYXMgcmVzcG9uZGVyKSB1bmxlc3Mgb25lIHdpdGhcbiAqIGl0cyBiYXNlIGtleSBleGlzdHM7IGl0cyBvbmUtdGltZSBwcmVrZXlzIGFyZSBkZWxldGVkIG9ubHkgYWZ0ZXIgdGhlXG4gKiBtZXNzYWdlIGRlY3J5cHRlZCwgYW5kIGEgcmVwZWF0ZWQgUHJlS2V5TWVzc2FnZSByZXVzZXMgdGhlIHNlc3Npb24gaXQgbWFkZS5cbiAqXG4gKiBAdGhyb3dzIE5leHVzRXJyb3IgYE1BTEZPUk1FRGAsIGBERUNSWVBUX0ZBSUxFRGAsIGBEVVBMSUNBVEVfTUVTU0FHRWAsXG4gKiAgIGBNRVNTQUdFX0VYUElSRURgLCBgVE9PX01BTllfU0tJUFBFRGAsIGBOT19TRVNTSU9OYCwgYFVOS05PV05fUFJFS0VZYCxcbiAqICAgYFJFVk9LRURgLCBgU1VQRVJTRURFRGAsIGBCQURfU0lHTkFUVVJFYCwgYFVOS05PV05fSVNTVUVSYCwgYEVYUElSRURgLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gZGVjcnlwdE1lc3NhZ2UoXG4gIGxvY2FsOiBMb2NhbERldmljZSxcbiAgZW52ZWxvcGU6IFVpbnQ4QXJyYXksXG4gIGN0eDogU2Vzc2lvbkNvbnRleHQsXG4pOiBQcm9taXNlPERlY3J5cHRlZE1lc3NhZ2U+IHtcbiAgY29uc3QgZW52ID0gZW52ZWxvcGVDb2RlYy5kZWNvZGUoZW52ZWxvcGUpO1xuICBpZiAoZW52LnJlY2lwaWVudERldmljZUlkLmxlbmd0aCA+IDAgJiYgIWJ5dGVzRXF1YWwoZW52LnJlY2lwaWVudERldmljZUlkLCBsb2NhbC5kZXZpY2VJZCkpIHtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignREVDUllQVF9GQUlMRUQnLCAnZW52ZWxvcGUgaXMgYWRkcmVzc2VkIHRvIGFub3RoZXIgZGV2aWNlJyk7XG4gIH1cbiAgY29uc3QgdCA9IG5vdyhjdHgpO1xuICBjb25zdCB0aW1lc3RhbXAgPSBOdW1iZXIoZW52LnRpbWVzdGFtcE1zKTtcbiAgaWYgKGVudi50eXBlID09PSBFbnZlbG9wZVR5cGUuUFJFS0VZX01FU1NBR0UpIHtcbiAgICBjb25zdCByZXN1bHQgPSBhd2FpdCBkZWNyeXB0UHJlS2V5TWVzc2FnZShsb2NhbCwgZW52LmNvbnRlbnQsIHQsIGN0eCk7XG4gICAgcmV0dXJuIHsgLi4ucmVzdWx0LCB0aW1lc3RhbXAgfTtcbiAgfVxuICBpZiAoZW52LnR5cGUgIT09IEVudmVsb3BlVHlwZS5SQVRDSEVUX01FU1NBR0UpXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ01BTEZPUk1FRCcsICdub3QgYSAxOjEgbWVzc2FnZSBlbnZlbG9wZScpO1xuICBpZiAoZW52LnNlbmRlcklkZW50aXR5S2V5Lmxlbmd0aCAhPT0gMzIpXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ01BTEZPUk1FRCcsICdlbnZlbG9wZSBsYWNrcyB0aGUgc2VuZGVyIGlkZW50aXR5IGtleScpO1xuICBsZXQgdXVpZDogc3RyaW5nO1xuICB0cnkge1xuICAgIHV1aWQgPSB1dWlkRnJvbVB1YmxpY0tleShlbnYuc2VuZGVySWRlbnRpdHlLZXkpO1xuICB9IGNhdGNoIHtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignTUFMRk9STUVEJywgJ2VudmVsb3BlIHNlbmRlciBpZGVudGl0eSBrZXkgaXMgbm90IGEgdmFsaWQga2V5Jyk7XG4gIH1cbiAgY29uc3Qgc2VuZGVyID0gZGV2aWNlQWRkcmVzcyh1dWlkLCBlbnYuc2VuZGVyRGV2aWNlSWQpO1xuICBjb25zdCBtZXNzYWdlID0gcmF0Y2hldE1lc3NhZ2VDb2RlYy5kZWNvZGUoZW52LmNvbnRlbnQpO1xuICBjb25zdCByZWNvcmQgPSBhd2FpdCBsb2FkUmVjb3JkKGN0eCwgc2VuZGVyKTtcbiAgaWYgKHJlY29yZCA9PT0gbnVsbCkgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ05PX1NFU1NJT04nLCAnbm8gc2Vzc2lvbiB3aXRoIHRoZSBzZW5kaW5nIGRldmljZScpO1xuICBhd2FpdCByZXF1aXJlTm90UmV2b2tlZChjdHgsIHV1aWQsIGVudi5zZW5kZXJEZXZpY2VJZCwgdCk7XG4gIGNvbnN0IHBsYWludGV4dCA9IGRlY3J5cHRXaXRoUmVjb3JkKHJlY29yZCwgbWVzc2FnZSwgdCwgcmFuZG9tKGN0eCkpO1xuICBhd2FpdCBjdHguc3RvcmVzLnNlc3Npb25zLnN0b3JlU2Vzc2lvbihzZW5kZXIsIGVuY29kZVNlc3Npb25SZWNvcmQocmVjb3JkKSk7XG4gIHJldHVybiB7IHBsYWludGV4dCwgc2VuZGVyLCB0aW1lc3RhbXAsIG5ld1Nlc3Npb246IGZhbHNlIH07XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHJlcXVpcmVOb3RSZXZva2VkKFxuICBjdHg6IFNlc3Npb25Db250ZXh0LFxuICB1dWlkOiBzdHJpbmcsXG4gIGRldmljZUlkOiBVaW50OEFycmF5LFxuICB0OiBudW1iZXIsXG4pOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgdHJ1c3RlZCA9IGF3YWl0IGxvYWRUcnVzdGVkKGN0eCwgdXVpZCk7XG4gIGlmICh0cnVzdGVkLnJldm9jYXRpb25MaXN0ID09PSBudWxsIHx8IHRydXN0ZWQuc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSA9PT0gbnVsbCkgcmV0dXJuO1xuICBjb25zdCBzc2sgPSBkZWNvZGVTZWxmU2lnbmluZ0NlcnRpZmljYXRlKHRydXN0ZWQuc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSk7XG4gIGNvbnN0IHsgcmV2b2NhdGlvbkxpc3QgfSA9IHRydXN0ZWRDaGFpbihcbiAgICBzc2suaWRlbnRpdHlLZXksXG4gICAgdHJ1c3RlZC5zZWxmU2lnbmluZ0NlcnRpZmljYXRlLFxuICAgIHRydXN0ZWQsXG4gICAgdCxcbiAgKTtcbiAgaWYgKHJldm9jYXRpb25MaXN0ICE9PSBudWxsICYmIGlzUmV2b2tlZChyZXZvY2F0aW9uTGlzdCwgZGV2aWNlSWQpKVxuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdSRVZPS0VEJywgJ3RoZSBzZW5kaW5nIGRldmljZSBoYXMgYmVlbiByZXZva2VkJyk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGRlY3J5cHRQcmVLZXlNZXNzYWdlKFxuICBsb2NhbDogTG9jYWxEZXZpY2UsXG4gIGNvbnRlbnQ6IFVpbnQ4QXJyYXksXG4gIHQ6IG51bWJlcixcbiAgY3R4OiBTZXNzaW9uQ29udGV4dCxcbik6IFByb21pc2U8T21pdDxEZWNyeXB0ZWRNZXNzYWdlLCAndGltZXN0YW1wJz4+IHtcbiAgY29uc3QgbXNnID0gcHJlS2V5TWVzc2FnZUNvZGVjLmRlY29kZShjb250ZW50KTtcbiAgLy8gV2hvIGlzIHRoaXM/IFZlcmlmeSB0aGUgc2VuZGVyJ3MgY2hhaW4gYWdhaW5zdCB3aGF0IHdlIGFscmVhZHkgdHJ1c3QuXG4gIGNvbnN0IHNza0J5dGVzID0gc2lnbmVkTWVzc2FnZUNvZGVjLmVuY29kZShtc2cuc2VsZlNpZ25pbmdDZXJ0aWZpY2F0ZSEpO1xuICBjb25zdCBwcmVzZW50ZWQgPSBkZWNvZGVTZWxmU2lnbmluZ0NlcnRpZmljYXRlKHNza0J5dGVzKTtcbiAgY29uc3QgdXVpZCA9IHV1aWRGcm9tUHVibGljS2V5KHByZXNlbnRlZC5pZGVudGl0eUtleSk7XG4gIGNvbnN0IHRydXN0ZWQgPSBhd2FpdCBsb2FkVHJ1c3RlZChjdHgsIHV1aWQpO1xuICBjb25zdCBjaGFpbiA9IHRydXN0ZWRDaGFpbihwcmVzZW50ZWQuaWRlbnRpdHlLZXksIHNza0J5dGVzLCB0cnVzdGVkLCB0KTtcbiAgY29uc3QgeyBkZXZpY2UgfSA9IHZlcmlmeURldmljZUNlcnRpZmljYXRlKHNpZ25lZE1lc3NhZ2VDb2RlYy5lbmNvZGUobXNnLmRldmljZUNlcnRpZmljYXRlISksIHtcbiAgICBpZGVudGl0eTogcHJlc2VudGVkLmlkZW50aXR5S2V5LFxuICAgIHNlbGZTaWduaW5nQ2VydGlmaWNhdGU6IGNoYWluLnNlbGZTaWduaW5nQ2VydGlmaWNhdGUuYnl0ZXMsXG4gICAgcmV2b2NhdGlvbkxpc3Q6IGNoYWluLnJldm9jYXRpb25MaXN0LFxuICAgIG5vdzogdCxcbiAgfSk7XG4gIGNvbnN0IHNlbmRlciA9IGRldmljZUFkZHJlc3ModXVpZCwgZGV2aWNlLmRldmljZUlkKTtcbiAgY29uc3QgcmVjb3JkID0gKGF3YWl0IGxvYWRSZWNvcmQoY3R4LCBzZW5kZXIpKSA/PyBlbXB0eVNlc3Npb25SZWNvcmQoKTtcbiAgY29uc3Qgcm5nID0gcmFuZG9tKGN0eCk7XG5cbiAgLy8gQSByZXBlYXRlZCBQcmVLZXlNZXNzYWdlICh0aGUgcGVlciBoYXMgbm90IGhlYXJkIGZyb20gdXMgeWV0KTogdXNlIHRoZSBzZXNzaW9uIGl0IGNyZWF0ZWQuXG4gIGNvbnN0IHNhbWVCYXNlID0gKHM6IFNlc3Npb25TdGF0ZSkgPT5cbiAgICBieXRlc0VxdWFsKHMuYmFzZUtleSwgbXNnLmJhc2VLZXkpICYmIGJ5dGVzRXF1YWwocy5yZW1vdGVJZGVudGl0eUtleSwgZGV2aWNlLmtleUFncmVlbWVudEtleSk7XG4gIGlmIChcbiAgICAocmVjb3JkLmN1cnJlbnQgIT09IHVuZGVmaW5lZCAmJiBzYW1lQmFzZShyZWNvcmQuY3VycmVudCkpIHx8XG4gICAgcmVjb3JkLmFyY2hpdmVkLnNvbWUoc2FtZUJhc2UpXG4gICkge1xuICAgIGNvbnN0IHBsYWludGV4dCA9IGRlY3J5cHRXaXRoUmVjb3JkKHJlY29yZCwgbXNnLm1lc3NhZ2UhLCB0LCBybmcsIHNhbWVCYXNlKTtcbiAgICBhd2FpdCBjdHguc3RvcmVzLnNlc3Npb25zLnN0b3JlU2Vzc2lvbihzZW5kZXIsIGVuY29kZVNlc3Npb25SZWNvcmQocmVjb3JkKSk7XG4gICAgcmV0dXJuIHsgcGxhaW50ZXh0LCBzZW5kZXIsIG5ld1Nlc3Npb246IGZhbHNlIH07XG4gIH1cblxuICBjb25zdCBzaWduZWQgPSBhd2FpdCBjdHguc3RvcmVzLnByZUtleXMubG9hZFByZUtleSgnc2lnbmVkJywgbXNnLnNpZ25lZFByZWtleUlkKTtcbiAgY29uc3Qga2VtID0gYXdhaXQgY3R4LnN0b3Jlcy5wcmVLZXlzLmxvYWRQcmVLZXkoJ2tlbScsIG1zZy5rZW1QcmVrZXlJZCk7XG4gIGNvbnN0IG9uZVRpbWUgPVxuICAgIG1zZy5vbmVUaW1lUHJla2V5SWQgPT09IDBcbiAgICAgID8gbnVsbFxuICAgICAgOiBhd2FpdCBjdHguc3RvcmVzLnByZUtleXMubG9hZFByZUtleSgnb25lLXRpbWUnLCBtc2cub25lVGltZVByZWtleUlkKTtcbiAgaWYgKHNpZ25lZCA9PT0gbnVsbCB8fCBrZW0gPT09IG51bGwgfHwgKG1zZy5vbmVUaW1lUHJla2V5SWQgIT09IDAgJiYgb25lVGltZSA9PT0gbnVsbCkpIHtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcihcbiAgICAgICdVTktOT1dOX1BSRUtFWScsXG4gICAgICAndGhlIG1lc3NhZ2UgdXNlcyBhIHByZWtleSB0aGlzIGRldmljZSBkb2VzIG5vdCBoYXZlIChjb25zdW1lZCBvciBuZXZlciBpc3N1ZWQpJyxcbiAgICApO1xuICB9XG4gIGNvbnN0IHNpZ25lZFJlY29yZCA9IGRlY29kZVByZUtleVJlY29yZChzaWduZWQsICdzaWduZWQnKTtcbiAgY29uc3Qga2VtUmVjb3JkID0gZGVjb2RlUHJlS2V5UmVjb3JkKGtlbSwgJ2tlbScpO1xuICBjb25zdCBvbmVUaW1lUmVjb3JkID0gb25lVGltZSA9PT0gbnVsbCA/IG51bGwgOiBkZWNvZGVQcmVLZXlSZWNvcmQob25lVGltZSwgJ29uZS10aW1lJyk7XG4gIGxldCBzZWNyZXRzO1xuICB0cnkge1xuICAgIHNlY3JldHMgPSBwcXhkaFJlc3BvbmQoe1xuICAgICAgYWdyZWU6IChwaykgPT4gbG9jYWwua2V5QWdyZWVtZW50S2V5LmFncmVlKHBrKSxcbiAgICAgIGluaXRpYXRvcktleUFncmVlbWVudEtleTogZGV2aWNlLmtleUFncmVlbWVudEtleSxcbiAgICAgIHNpZ25lZFByZUtleVNlY3JldDogc2lnbmVkUmVjb3JkLnNlY3JldCxcbiAgICAgIG9uZVRpbWVQcmVLZXlTZWNyZXQ6IG9uZVRpbWVSZWNvcmQ/LnNlY3JldCA/PyBudWxsLFxuICAgICAga2VtU2VlZDoga2VtUmVjb3JkLnNlY3JldCxcbiAgICAgIGJhc2VLZXk6IG1zZy5iYXNlS2V5LFxuICAgICAga2VtQ2lwaGVydGV4dDogbXNnLmtlbUNpcGhlcnRleHQsXG4gICAgfSk7XG4gIH0gY2F0Y2ggKGVycikge1xuICAgIGlmIChOZXh1c0Vycm9yLmlzKGVyciwgJ0lOVkFMSURfS0VZJykpXG4gICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignREVDUllQVF9GQUlMRUQnLCAndGhlIFByZUtleU1lc3NhZ2UgY2FycmllcyBhbiBpbnZhbGlkIGJhc2Uga2V5Jywge1xuICAgICAgICBjYXVzZTogZXJyLFxuICAgICAgfSk7XG4gICAgdGhyb3cgZXJyO1xuICB9XG4gIGNvbnN0IHNlc3Npb25BZCA9IHNlc3Npb25Bc3NvY2lhdGVkRGF0YShcbiAgICB7XG4gICAgICBpZGVudGl0eUtleTogZGV2aWNlLmlkZW50aXR5S2V5LFxuICAgICAgZGV2aWNlSWQ6IGRldmljZS5kZXZpY2VJZCxcbiAgICAgIGtleUFncmVlbWVudEtleTogZGV2aWNlLmtleUFncmVlbWVudEtleSxcbiAgICB9LFxuICAgIHtcbiAgICAgIGlkZW50aXR5S2V5OiBsb2NhbC5pZGVudGl0eUtleSxcbiAgICAgIGRldmljZUlkOiBsb2NhbC5kZXZpY2VJZCxcbiAgICAgIGtleUFncmVlbWVudEtleTogbG9jYWwua2V5QWdyZWVtZW50S2V5LnB1YmxpY0tleSxcbiAgICB9LFxuICApO1xuICBjb25zdCBzdGF0ZSA9IGluaXRpYWxpemVSZXNwb25kZXIoe1xuICAgIHNlY3JldHMsXG4gICAgc2Vzc2lvbkFkLFxuICAgIHNpZ25lZFByZUtleVNlY3JldDogc2lnbmVkUmVjb3JkLnNlY3JldCxcbiAgICBiYXNlS2V5OiBtc2cuYmFzZUtleSxcbiAgICByZW1vdGVJZGVudGl0eUtleTogZGV2aWNlLmtleUFncmVlbWVudEtleSxcbiAgICBoZWFkZXJFbmNyeXB0aW9uOiBtc2cubWVzc2FnZSEuZW5jcnlwdGVkSGVhZGVyLmxlbmd0aCA+IDAsXG4gICAgbm93OiB0LFxuICB9KTtcbiAgY29uc3QgcGxhaW50ZXh0ID0gcmF0Y2hldERlY3J5cHQoc3RhdGUsIG1zZy5tZXNzYWdlISwgdCwgcm5nKTtcbiAgLy8gQXV0aGVudGljYXRlZDoga2VlcCB0aGUgc2Vzc2lvbiBmaXJzdCwgdGhlbiBjb25zdW1lIHRoZSBvbmUtdGltZSBwcmVrZXlzXG4gIC8vIChhIGNyYXNoIGluIGJldHdlZW4gbGVhdmVzIGEgcHJla2V5IHVudXNlZCwgbmV2ZXIgYSBzZXNzaW9uIGxvc3QpLlxuICBwcm9tb3RlKHJlY29yZCwgc3RhdGUpO1xuICBhd2FpdCBjdHguc3RvcmVzLnNlc3Npb25zLnN0b3JlU2Vzc2lvbihzZW5kZXIsIGVuY29kZVNlc3Npb25SZWNvcmQocmVjb3JkKSk7XG4gIGF3YWl0IHN0b3JlVHJ1c3RlZChcbiAgICBjdHgsXG4gICAgdXVpZCxcbiAgICBjaGFpbi5zZWxmU2lnbmluZ0NlcnRpZmljYXRlLFxuICAgIGNoYWluLnJldm9jYXRpb25MaXN0LFxuICAgIHRydXN0ZWQudmVyaWZpZWRBdE1zLFxuICApO1xuICBpZiAob25lVGltZVJlY29yZCAhPT0gbnVsbClcbiAgICBhd2FpdCBjdHguc3RvcmVzLnByZUtleXMucmVtb3ZlUHJlS2V5KCdvbmUtdGltZScsIG1zZy5vbmVUaW1lUHJla2V5SWQpO1xuICBpZiAoIWtlbVJlY29yZC5sYXN0UmVzb3J0KSBhd2FpdCBjdHguc3RvcmVzLnByZUtleXMucmVtb3ZlUHJlS2V5KCdrZW0nLCBtc2cua2VtUHJla2V5SWQpO1xuICByZXR1cm4geyBwbGFpbnRleHQsIHNlbmRlciwgbmV3U2Vzc2lvbjogdHJ1ZSB9O1xufVxuXG4vKipcbiAqIFdoZXRoZXIgdG8gcmUtZXN0YWJsaXNoIHRoZSBzZXNzaW9uIHdpdGggYGFkZHJlc3NgIGFmdGVyIGl0cyBtZXNzYWdlc1xuICogc3RvcHBlZCBkZWNyeXB0aW5nICh0aGUgcGVlciByZXN0b3JlZCBhbiBvbGQgYmFja3VwLCBvciBsb3N0IGl0cyBzdGF0ZSkuXG4gKiBBdCBtb3N0IG9uY2UgcGVyIHtAbGluayBMSU1JVFMucmVzZXRSZXF1ZXN0SW50ZXJ2YWxNc30gcGVyIGRldmljZTogYSBgdHJ1ZWBcbiAqIGlzIHJlY29yZGVkLCBzbyB0aGUgY2FsbGVyIHNob3VsZCB0aGVuIGZldGNoIGEgZnJlc2ggYnVuZGxlIGFuZFxuICoge0BsaW5rIGVzdGFibGlzaFNlc3Npb259LlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gc2hvdWxkUmVzZXRTZXNzaW9uKFxuICBhZGRyZXNzOiBEZXZpY2VBZGRyZXNzLFxuICBjdHg6IFNlc3Npb25Db250ZXh0LFxuKTogUHJvbWlzZTxib29sZWFuPiB7XG4gIGNvbnN0IHQgPSBub3coY3R4KTtcbiAgY29uc3QgcmVjb3JkID0gKGF3YWl0IGxvYWRSZWNvcmQoY3R4LCBhZGRyZXNzKSkgPz8gZW1wdHlTZXNzaW9uUmVjb3JkKCk7XG4gIGlmIChcbiAgICByZWNvcmQubGFzdFJlc2V0UmVxdWVzdE1zICE9PSAwbiAmJlxuICAgIEJpZ0ludCh0KSAtIHJlY29yZC5sYXN0UmVzZXRSZXF1ZXN0TXMgPCBCaWdJbnQoTElNSVRTLnJlc2V0UmVxdWVzdEludGVydmFsTXMpXG4gIClcbiAgICByZXR1cm4gZmFsc2U7XG4gIHJlY29yZC5sYXN0UmVzZXRSZXF1ZXN0TXMgPSBCaWdJbnQodCk7XG4gIGF3YWl0IGN0eC5zdG9yZXMuc2Vzc2lvbnMuc3RvcmVTZXNzaW9uKGFkZHJlc3MsIGVuY29kZVNlc3Npb25SZWNvcmQocmVjb3JkKSk7XG4gIHJldHVybiB0cnVlO1xufVxuXG4vKiogVGhlIGRldmljZSBjZXJ0aWZpY2F0ZSB0eXBlLCByZS1leHBvcnRlZCBmb3IgY2FsbGVycyBvZiB0aGlzIG1vZHVsZS4gKi9cbmV4cG9ydCB0eXBlIHsgRGV2aWNlQ2VydGlmaWNhdGUgfTtcbiIsICIvKipcbiAqIFRoZSBEb3VibGUgUmF0Y2hldCAoU2lnbmFsJ3Mgc3BlY2lmaWNhdGlvbiwgcmV2aXNpb24gNCksIHdpdGggb3B0aW9uYWxcbiAqIGhlYWRlciBlbmNyeXB0aW9uIChcdTAwQTc0KS4gRnVuY3Rpb25zIGhlcmUgbXV0YXRlIGEgYFNlc3Npb25TdGF0ZWAgaW4gcGxhY2U7XG4gKiB0aGUgc2Vzc2lvbiBsYXllciBydW5zIHRoZW0gb24gYSBjb3B5IGFuZCBrZWVwcyB0aGUgY29weSBvbmx5IHdoZW5cbiAqIGRlY3J5cHRpb24gc3VjY2VlZHMsIHNvIGEgZmFpbGVkIGRlY3J5cHQgbGVhdmVzIG5vIHRyYWNlLlxuICovXG5pbXBvcnQgeyBjcmVhdGUgfSBmcm9tICdAYnVmYnVpbGQvcHJvdG9idWYnO1xuaW1wb3J0IHsgTmV4dXNFcnJvciB9IGZyb20gJy4uL2ludGVyZmFjZXMvZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgUmFuZG9tU291cmNlIH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9ydW50aW1lLmpzJztcbmltcG9ydCB7IGJ5dGVzRXF1YWwsIGNvbmNhdCwgdG9IZXggfSBmcm9tICcuLi9wcmltaXRpdmVzL2J5dGVzLmpzJztcbmltcG9ydCB7IGNyeXB0byB9IGZyb20gJy4uL3ByaW1pdGl2ZXMvcHJvdmlkZXIuanMnO1xuaW1wb3J0IHsgcmF0Y2hldEhlYWRlckNvZGVjIH0gZnJvbSAnLi4vd2lyZS9tZXNzYWdlcy5qcyc7XG5pbXBvcnQgeyBSYXRjaGV0TWVzc2FnZVNjaGVtYSB9IGZyb20gJy4uL3dpcmUvZ2VuL25leHVzbGluay92MS9zZXNzaW9uX3BiLmpzJztcbmltcG9ydCB0eXBlIHsgUmF0Y2hldEhlYWRlciwgUmF0Y2hldE1lc3NhZ2UgfSBmcm9tICcuLi93aXJlL2dlbi9uZXh1c2xpbmsvdjEvc2Vzc2lvbl9wYi5qcyc7XG5pbXBvcnQge1xuICBGb3Jnb3R0ZW5NZXNzYWdlS2V5U2NoZW1hLFxuICBTZXNzaW9uU3RhdGVTY2hlbWEsXG4gIFNraXBwZWRNZXNzYWdlS2V5U2NoZW1hLFxufSBmcm9tICcuLi93aXJlL2dlbi9uZXh1c2xpbmsvdjEvc3RhdGVfcGIuanMnO1xuaW1wb3J0IHR5cGUgeyBQZW5kaW5nUHJlS2V5LCBTZXNzaW9uU3RhdGUgfSBmcm9tICcuLi93aXJlL2dlbi9uZXh1c2xpbmsvdjEvc3RhdGVfcGIuanMnO1xuaW1wb3J0IHsgTElNSVRTLCBTSVpFUyB9IGZyb20gJy4vY29uc3RhbnRzLmpzJztcbmltcG9ydCB7IGtkZkNoYWluS2V5LCBrZGZSb290S2V5LCBsZW5ndGhQcmVmaXhlZCwgbWVzc2FnZUtleU1hdGVyaWFsIH0gZnJvbSAnLi9rZGYuanMnO1xuXG4vKiogVGhlIDk2LWJ5dGUgUFFYREggb3V0cHV0IHNwbGl0IGludG8gdGhlIHJhdGNoZXQncyBpbml0aWFsIHNlY3JldHMuICovXG5leHBvcnQgaW50ZXJmYWNlIEluaXRpYWxTZWNyZXRzIHtcbiAgLyoqIFNLOiB0aGUgZmlyc3Qgcm9vdCBrZXkuICovXG4gIHJlYWRvbmx5IHJvb3RLZXk6IFVpbnQ4QXJyYXk7XG4gIC8qKiBUaGUgaW5pdGlhdG9yJ3MgZmlyc3Qgc2VuZGluZyBoZWFkZXIga2V5IChIS2EpLiAqL1xuICByZWFkb25seSBpbml0aWF0b3JIZWFkZXJLZXk6IFVpbnQ4QXJyYXk7XG4gIC8qKiBUaGUgcmVzcG9uZGVyJ3MgZmlyc3QgbmV4dC1zZW5kaW5nIGhlYWRlciBrZXkgKE5IS2IpLiAqL1xuICByZWFkb25seSByZXNwb25kZXJOZXh0SGVhZGVyS2V5OiBVaW50OEFycmF5O1xufVxuXG5mdW5jdGlvbiBkaChzZWNyZXQ6IFVpbnQ4QXJyYXksIHB1YmxpY0tleTogVWludDhBcnJheSk6IFVpbnQ4QXJyYXkge1xuICBjb25zdCBvdXQgPSBjcnlwdG8oKS54MjU1MTkoc2VjcmV0LCBwdWJsaWNLZXkpO1xuICBpZiAob3V0ID09PSBudWxsKSB0aHJvdyBuZXcgTmV4dXNFcnJvcignREVDUllQVF9GQUlMRUQnLCAncmF0Y2hldCBrZXkgaXMgYSBsb3ctb3JkZXIgcG9pbnQnKTtcbiAgcmV0dXJuIG91dDtcbn1cblxuZnVuY3Rpb24gbmV3UmF0Y2hldFNlY3JldChyYW5kb206IFJhbmRvbVNvdXJjZSk6IFVpbnQ4QXJyYXkge1xuICByZXR1cm4gcmFuZG9tLnJhbmRvbUJ5dGVzKFNJWkVTLngyNTUxOSk7XG59XG5cbi8qKiBSYXRjaGV0SW5pdEFsaWNlIC8gUmF0Y2hldEluaXRBbGljZUhFLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGluaXRpYWxpemVJbml0aWF0b3Iob3B0aW9uczoge1xuICBzZWNyZXRzOiBJbml0aWFsU2VjcmV0cztcbiAgc2Vzc2lvbkFkOiBVaW50OEFycmF5O1xuICByZW1vdGVSYXRjaGV0S2V5OiBVaW50OEFycmF5O1xuICByZW1vdGVJZGVudGl0eUtleTogVWludDhBcnJheTtcbiAgaGVhZGVyRW5jcnlwdGlvbjogYm9vbGVhbjtcbiAgcGVuZGluZzogUGVuZGluZ1ByZUtleTtcbiAgbm93OiBudW1iZXI7XG4gIHJhbmRvbTogUmFuZG9tU291cmNlO1xufSk6IFNlc3Npb25TdGF0ZSB7XG4gIGNvbnN0IHNlbmRpbmdTZWNyZXQgPSBuZXdSYXRjaGV0U2VjcmV0KG9wdGlvbnMucmFuZG9tKTtcbiAgY29uc3QgZGVyaXZlZCA9IGtkZlJvb3RLZXkob3B0aW9ucy5zZWNyZXRzLnJvb3RLZXksIGRoKHNlbmRpbmdTZWNyZXQsIG9wdGlvbnMucmVtb3RlUmF0Y2hldEtleSkpO1xuICBjb25zdCBoZSA9IG9wdGlvbnMuaGVhZGVyRW5jcnlwdGlvbjtcbiAgcmV0dXJuIGNyZWF0ZShTZXNzaW9uU3RhdGVTY2hlbWEsIHtcbiAgICB2ZXJzaW9uOiAxLFxuICAgIHNlc3Npb25BZDogb3B0aW9ucy5zZXNzaW9uQWQsXG4gICAgcm9vdEtleTogZGVyaXZlZC5yb290S2V5LFxuICAgIHNlbmRpbmdSYXRjaGV0U2VjcmV0OiBzZW5kaW5nU2VjcmV0LFxuICAgIHJlY2VpdmluZ1JhdGNoZXRLZXk6IG9wdGlvbnMucmVtb3RlUmF0Y2hldEtleSxcbiAgICBzZW5kaW5nQ2hhaW5LZXk6IGRlcml2ZWQuY2hhaW5LZXksXG4gICAgaGVhZGVyRW5jcnlwdGlvbjogaGUsXG4gICAgc2VuZGluZ0hlYWRlcktleTogaGUgPyBvcHRpb25zLnNlY3JldHMuaW5pdGlhdG9ySGVhZGVyS2V5IDogbmV3IFVpbnQ4QXJyYXkoMCksXG4gICAgbmV4dFNlbmRpbmdIZWFkZXJLZXk6IGhlID8gZGVyaXZlZC5uZXh0SGVhZGVyS2V5IDogbmV3IFVpbnQ4QXJyYXkoMCksXG4gICAgbmV4dFJlY2VpdmluZ0hlYWRlcktleTogaGUgPyBvcHRpb25zLnNlY3JldHMucmVzcG9uZGVyTmV4dEhlYWRlcktleSA6IG5ldyBVaW50OEFycmF5KDApLFxuICAgIHBlbmRpbmdQcmVrZXk6IG9wdGlvbnMucGVuZGluZyxcbiAgICBiYXNlS2V5OiBvcHRpb25zLnBlbmRpbmcuYmFzZUtleSxcbiAgICByZW1vdGVJZGVudGl0eUtleTogb3B0aW9ucy5yZW1vdGVJZGVudGl0eUtleSxcbiAgICBjcmVhdGVkQXRNczogQmlnSW50KG9wdGlvbnMubm93KSxcbiAgfSk7XG59XG5cbi8qKiBSYXRjaGV0SW5pdEJvYiAvIFJhdGNoZXRJbml0Qm9iSEUuICovXG5leHBvcnQgZnVuY3Rpb24gaW5pdGlhbGl6ZVJlc3BvbmRlcihvcHRpb25zOiB7XG4gIHNlY3JldHM6IEluaXRpYWxTZWNyZXRzO1xuICBzZXNzaW9uQWQ6IFVpbnQ4QXJyYXk7XG4gIHNpZ25lZFByZUtleVNlY3JldDogVWludDhBcnJheTtcbiAgYmFzZUtleTogVWludDhBcnJheTtcbiAgcmVtb3RlSWRlbnRpdHlLZXk6IFVpbnQ4QXJyYXk7XG4gIGhlYWRlckVuY3J5cHRpb246IGJvb2xlYW47XG4gIG5vdzogbnVtYmVyO1xufSk6IFNlc3Npb25TdGF0ZSB7XG4gIGNvbnN0IGhlID0gb3B0aW9ucy5oZWFkZXJFbmNyeXB0aW9uO1xuICByZXR1cm4gY3JlYXRlKFNlc3Npb25TdGF0ZVNjaGVtYSwge1xuICAgIHZlcnNpb246IDEsXG4gICAgc2Vzc2lvbkFkOiBvcHRpb25zLnNlc3Npb25BZCxcbiAgICByb290S2V5OiBvcHRpb25zLnNlY3JldHMucm9vdEtleSxcbiAgICBzZW5kaW5nUmF0Y2hldFNlY3JldDogb3B0aW9ucy5zaWduZWRQcmVLZXlTZWNyZXQsXG4gICAgaGVhZGVyRW5jcnlwdGlvbjogaGUsXG4gICAgbmV4dFNlbmRpbmdIZWFkZXJLZXk6IGhlID8gb3B0aW9ucy5zZWNyZXRzLnJlc3BvbmRlck5leHRIZWFkZXJLZXkgOiBuZXcgVWludDhBcnJheSgwKSxcbiAgICBuZXh0UmVjZWl2aW5nSGVhZGVyS2V5OiBoZSA/IG9wdGlvbnMuc2VjcmV0cy5pbml0aWF0b3JIZWFkZXJLZXkgOiBuZXcgVWludDhBcnJheSgwKSxcbiAgICBiYXNlS2V5OiBvcHRpb25zLmJhc2VLZXksXG4gICAgcmVtb3RlSWRlbnRpdHlLZXk6IG9wdGlvbnMucmVtb3RlSWRlbnRpdHlLZXksXG4gICAgY3JlYXRlZEF0TXM6IEJpZ0ludChvcHRpb25zLm5vdyksXG4gIH0pO1xufVxuXG5mdW5jdGlvbiBtZXNzYWdlQWQoc2Vzc2lvbkFkOiBVaW50OEFycmF5LCBoZWFkZXI6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5IHtcbiAgcmV0dXJuIGxlbmd0aFByZWZpeGVkKHNlc3Npb25BZCwgaGVhZGVyKTtcbn1cblxuZnVuY3Rpb24gc2VhbEhlYWRlcihcbiAga2V5OiBVaW50OEFycmF5LFxuICBoZWFkZXI6IFVpbnQ4QXJyYXksXG4gIHNlc3Npb25BZDogVWludDhBcnJheSxcbiAgcmFuZG9tOiBSYW5kb21Tb3VyY2UsXG4pOiBVaW50OEFycmF5IHtcbiAgY29uc3Qgbm9uY2UgPSByYW5kb20ucmFuZG9tQnl0ZXMoU0laRVMuaGVhZGVyTm9uY2UpO1xuICByZXR1cm4gY29uY2F0KG5vbmNlLCBjcnlwdG8oKS54Y2hhY2hhMjBwb2x5MTMwNVNlYWwoa2V5LCBub25jZSwgaGVhZGVyLCBzZXNzaW9uQWQpKTtcbn1cblxuZnVuY3Rpb24gb3BlbkhlYWRlcihcbiAga2V5OiBVaW50OEFycmF5LFxuICBlbmNyeXB0ZWQ6IFVpbnQ4QXJyYXksXG4gIHNlc3Npb25BZDogVWludDhBcnJheSxcbik6IFVpbnQ4QXJyYXkgfCBudWxsIHtcbiAgaWYgKGtleS5sZW5ndGggPT09IDAgfHwgZW5jcnlwdGVkLmxlbmd0aCA8IFNJWkVTLmhlYWRlck5vbmNlICsgU0laRVMudGFnKSByZXR1cm4gbnVsbDtcbiAgcmV0dXJuIGNyeXB0bygpLnhjaGFjaGEyMHBvbHkxMzA1T3BlbihcbiAgICBrZXksXG4gICAgZW5jcnlwdGVkLnN1YmFycmF5KDAsIFNJWkVTLmhlYWRlck5vbmNlKSxcbiAgICBlbmNyeXB0ZWQuc3ViYXJyYXkoU0laRVMuaGVhZGVyTm9uY2UpLFxuICAgIHNlc3Npb25BZCxcbiAgKTtcbn1cblxuLyoqIFJhdGNoZXRFbmNyeXB0IC8gUmF0Y2hldEVuY3J5cHRIRTogcmV0dXJucyB0aGUgYFJhdGNoZXRNZXNzYWdlYCAobm90IHlldCBlbmNvZGVkKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByYXRjaGV0RW5jcnlwdChcbiAgc3RhdGU6IFNlc3Npb25TdGF0ZSxcbiAgcGxhaW50ZXh0OiBVaW50OEFycmF5LFxuICByYW5kb206IFJhbmRvbVNvdXJjZSxcbik6IFJhdGNoZXRNZXNzYWdlIHtcbiAgaWYgKHN0YXRlLnNlbmRpbmdDaGFpbktleS5sZW5ndGggPT09IDApIHtcbiAgICAvLyBBIHJlc3BvbmRlciBjYW5ub3Qgc2VuZCBiZWZvcmUgaXQgaGFzIHJlY2VpdmVkIChpdHMgc2VuZGluZyBjaGFpbiBzdGFydHMgYXQgdGhlIGZpcnN0IERIIHJhdGNoZXQpLlxuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdOT19TRVNTSU9OJywgJ3RoaXMgc2Vzc2lvbiBjYW5ub3Qgc2VuZCB1bnRpbCBpdCByZWNlaXZlcyBhIG1lc3NhZ2UnKTtcbiAgfVxuICBjb25zdCB7IGNoYWluS2V5LCBtZXNzYWdlS2V5IH0gPSBrZGZDaGFpbktleShzdGF0ZS5zZW5kaW5nQ2hhaW5LZXkpO1xuICBzdGF0ZS5zZW5kaW5nQ2hhaW5LZXkgPSBjaGFpbktleTtcbiAgY29uc3QgaGVhZGVyID0gcmF0Y2hldEhlYWRlckNvZGVjLmVuY29kZSh7XG4gICAgcmF0Y2hldEtleTogY3J5cHRvKCkueDI1NTE5UHVibGljS2V5KHN0YXRlLnNlbmRpbmdSYXRjaGV0U2VjcmV0KSxcbiAgICBwcmV2aW91c0NoYWluTGVuZ3RoOiBzdGF0ZS5wcmV2aW91c1NlbmRpbmdDaGFpbkxlbmd0aCxcbiAgICBtZXNzYWdlTnVtYmVyOiBzdGF0ZS5zZW5kaW5nTWVzc2FnZU51bWJlcixcbiAgfSk7XG4gIHN0YXRlLnNlbmRpbmdNZXNzYWdlTnVtYmVyICs9IDE7XG4gIGNvbnN0IGhlYWRlckJ5dGVzID0gc3RhdGUuaGVhZGVyRW5jcnlwdGlvblxuICAgID8gc2VhbEhlYWRlcihzdGF0ZS5zZW5kaW5nSGVhZGVyS2V5LCBoZWFkZXIsIHN0YXRlLnNlc3Npb25BZCwgcmFuZG9tKVxuICAgIDogaGVhZGVyO1xuICBjb25zdCB7IGtleSwgbm9uY2UgfSA9IG1lc3NhZ2VLZXlNYXRlcmlhbChtZXNzYWdlS2V5KTtcbiAgY29uc3QgY2lwaGVydGV4dCA9IGNyeXB0bygpLmNoYWNoYTIwcG9seTEzMDVTZWFsKFxuICAgIGtleSxcbiAgICBub25jZSxcbiAgICBwbGFpbnRleHQsXG4gICAgbWVzc2FnZUFkKHN0YXRlLnNlc3Npb25BZCwgaGVhZGVyQnl0ZXMpLFxuICApO1xuICByZXR1cm4gY3JlYXRlKFJhdGNoZXRNZXNzYWdlU2NoZW1hLCB7XG4gICAgdmVyc2lvbjogMSxcbiAgICAuLi4oc3RhdGUuaGVhZGVyRW5jcnlwdGlvbiA/IHsgZW5jcnlwdGVkSGVhZGVyOiBoZWFkZXJCeXRlcyB9IDogeyBoZWFkZXI6IGhlYWRlckJ5dGVzIH0pLFxuICAgIGNpcGhlcnRleHQsXG4gIH0pO1xufVxuXG4vKiogVGhlIGhlYWRlciBieXRlcyBhIG1lc3NhZ2UgYXV0aGVudGljYXRlczogdGhlIHBsYWludGV4dCBoZWFkZXIgb3IgdGhlIGVuY3J5cHRlZCBvbmUuICovXG5mdW5jdGlvbiBoZWFkZXJCeXRlc09mKG1lc3NhZ2U6IFJhdGNoZXRNZXNzYWdlKTogVWludDhBcnJheSB7XG4gIHJldHVybiBtZXNzYWdlLmVuY3J5cHRlZEhlYWRlci5sZW5ndGggPiAwID8gbWVzc2FnZS5lbmNyeXB0ZWRIZWFkZXIgOiBtZXNzYWdlLmhlYWRlcjtcbn1cblxuZnVuY3Rpb24gb3BlbldpdGgoXG4gIG1lc3NhZ2VLZXk6IFVpbnQ4QXJyYXksXG4gIG1lc3NhZ2U6IFJhdGNoZXRNZXNzYWdlLFxuICBzZXNzaW9uQWQ6IFVpbnQ4QXJyYXksXG4pOiBVaW50OEFycmF5IHtcbiAgY29uc3QgeyBrZXksIG5vbmNlIH0gPSBtZXNzYWdlS2V5TWF0ZXJpYWwobWVzc2FnZUtleSk7XG4gIGNvbnN0IHBsYWludGV4dCA9IGNyeXB0bygpLmNoYWNoYTIwcG9seTEzMDVPcGVuKFxuICAgIGtleSxcbiAgICBub25jZSxcbiAgICBtZXNzYWdlLmNpcGhlcnRleHQsXG4gICAgbWVzc2FnZUFkKHNlc3Npb25BZCwgaGVhZGVyQnl0ZXNPZihtZXNzYWdlKSksXG4gICk7XG4gIGlmIChwbGFpbnRleHQgPT09IG51bGwpIHRocm93IG5ldyBOZXh1c0Vycm9yKCdERUNSWVBUX0ZBSUxFRCcsICdtZXNzYWdlIGRvZXMgbm90IGF1dGhlbnRpY2F0ZScpO1xuICByZXR1cm4gcGxhaW50ZXh0O1xufVxuXG4vKiogRHJvcCBza2lwcGVkIGtleXMgcGFzdCB0aGVpciBsaWZldGltZSwgcmVtZW1iZXJpbmcgdGhlbSBhcyBmb3Jnb3R0ZW4uICovXG5leHBvcnQgZnVuY3Rpb24gZXhwaXJlU2tpcHBlZEtleXMoXG4gIHN0YXRlOiB7IHNraXBwZWQ6IFNlc3Npb25TdGF0ZVsnc2tpcHBlZCddOyBmb3Jnb3R0ZW46IFNlc3Npb25TdGF0ZVsnZm9yZ290dGVuJ10gfSxcbiAgbm93OiBudW1iZXIsXG4pOiB2b2lkIHtcbiAgY29uc3QgY3V0b2ZmID0gQmlnSW50KG5vdyAtIExJTUlUUy5za2lwcGVkS2V5TGlmZXRpbWVNcyk7XG4gIGNvbnN0IGtlZXAgPSBzdGF0ZS5za2lwcGVkLmZpbHRlcigoaykgPT4gay5zdG9yZWRBdE1zID4gY3V0b2ZmKTtcbiAgaWYgKGtlZXAubGVuZ3RoID09PSBzdGF0ZS5za2lwcGVkLmxlbmd0aCkgcmV0dXJuO1xuICBmb3IgKGNvbnN0IGsgb2Ygc3RhdGUuc2tpcHBlZClcbiAgICBpZiAoay5zdG9yZWRBdE1zIDw9IGN1dG9mZikgZm9yZ2V0KHN0YXRlLCBrLmNoYWluLCBrLm1lc3NhZ2VOdW1iZXIpO1xuICBzdGF0ZS5za2lwcGVkID0ga2VlcDtcbn1cblxuZnVuY3Rpb24gZm9yZ2V0KFxuICBzdGF0ZTogeyBmb3Jnb3R0ZW46IFNlc3Npb25TdGF0ZVsnZm9yZ290dGVuJ10gfSxcbiAgY2hhaW46IFVpbnQ4QXJyYXksXG4gIG1lc3NhZ2VOdW1iZXI6IG51bWJlcixcbik6IHZvaWQge1xuICBzdGF0ZS5mb3Jnb3R0ZW4ucHVzaChjcmVhdGUoRm9yZ290dGVuTWVzc2FnZUtleVNjaGVtYSwgeyBjaGFpbiwgbWVzc2FnZU51bWJlciB9KSk7XG4gIGlmIChzdGF0ZS5mb3Jnb3R0ZW4ubGVuZ3RoID4gTElNSVRTLm1heEZvcmdvdHRlbilcbiAgICBzdGF0ZS5mb3Jnb3R0ZW4uc3BsaWNlKDAsIHN0YXRlLmZvcmdvdHRlbi5sZW5ndGggLSBMSU1JVFMubWF4Rm9yZ290dGVuKTtcbn1cblxuLyoqIFdoZXRoZXIgKGNoYWluLCBuKSB3YXMgZm9yZ290dGVuIChleHBpcmVkIG9yIGV2aWN0ZWQpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzRm9yZ290dGVuKFxuICBzdGF0ZTogeyBmb3Jnb3R0ZW46IFNlc3Npb25TdGF0ZVsnZm9yZ290dGVuJ10gfSxcbiAgY2hhaW46IFVpbnQ4QXJyYXksXG4gIG1lc3NhZ2VOdW1iZXI6IG51bWJlcixcbik6IGJvb2xlYW4ge1xuICByZXR1cm4gc3RhdGUuZm9yZ290dGVuLnNvbWUoXG4gICAgKGYpID0+IGYubWVzc2FnZU51bWJlciA9PT0gbWVzc2FnZU51bWJlciAmJiBieXRlc0VxdWFsKGYuY2hhaW4sIGNoYWluKSxcbiAgKTtcbn1cblxuLyoqIFN0b3JlIGEgc2tpcHBlZCBrZXksIGV2aWN0aW5nIChhbmQgZm9yZ2V0dGluZykgdGhlIG9sZGVzdCBiZXlvbmQgdGhlIGNhcC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdG9yZVNraXBwZWQoXG4gIHN0YXRlOiB7IHNraXBwZWQ6IFNlc3Npb25TdGF0ZVsnc2tpcHBlZCddOyBmb3Jnb3R0ZW46IFNlc3Npb25TdGF0ZVsnZm9yZ290dGVuJ10gfSxcbiAgY2hhaW46IFVpbnQ4QXJyYXksXG4gIG1lc3NhZ2VOdW1iZXI6IG51bWJlcixcbiAgbWVzc2FnZUtleTogVWludDhBcnJheSxcbiAgbm93OiBudW1iZXIsXG4pOiB2b2lkIHtcbiAgc3RhdGUuc2tpcHBlZC5wdXNoKFxuICAgIGNyZWF0ZShTa2lwcGVkTWVzc2FnZUtleVNjaGVtYSwgeyBjaGFpbiwgbWVzc2FnZU51bWJlciwgbWVzc2FnZUtleSwgc3RvcmVkQXRNczogQmlnSW50KG5vdykgfSksXG4gICk7XG4gIHdoaWxlIChzdGF0ZS5za2lwcGVkLmxlbmd0aCA+IExJTUlUUy5tYXhTdG9yZWRTa2lwcGVkS2V5cykge1xuICAgIGNvbnN0IGV2aWN0ZWQgPSBzdGF0ZS5za2lwcGVkLnNoaWZ0KCkhO1xuICAgIGZvcmdldChzdGF0ZSwgZXZpY3RlZC5jaGFpbiwgZXZpY3RlZC5tZXNzYWdlTnVtYmVyKTtcbiAgfVxufVxuXG4vKiogUmVtb3ZlIGFuZCByZXR1cm4gdGhlIHNraXBwZWQga2V5IGZvciAoY2hhaW4sIG4pLCBpZiBoZWxkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRha2VTa2lwcGVkKFxuICBzdGF0ZTogeyBza2lwcGVkOiBTZXNzaW9uU3RhdGVbJ3NraXBwZWQnXSB9LFxuICBjaGFpbjogVWludDhBcnJheSxcbiAgbWVzc2FnZU51bWJlcjogbnVtYmVyLFxuKTogVWludDhBcnJheSB8IG51bGwge1xuICBjb25zdCBpID0gc3RhdGUuc2tpcHBlZC5maW5kSW5kZXgoXG4gICAgKGspID0+IGsubWVzc2FnZU51bWJlciA9PT0gbWVzc2FnZU51bWJlciAmJiBieXRlc0VxdWFsKGsuY2hhaW4sIGNoYWluKSxcbiAgKTtcbiAgaWYgKGkgPCAwKSByZXR1cm4gbnVsbDtcbiAgY29uc3QgW2tleV0gPSBzdGF0ZS5za2lwcGVkLnNwbGljZShpLCAxKTtcbiAgcmV0dXJuIGtleSEubWVzc2FnZUtleTtcbn1cblxuLyoqIFRoZSBjaGFpbiBpZGVudGlmaWVyIG9mIHRoZSBjdXJyZW50IHJlY2VpdmluZyBjaGFpbjogdGhlIGhlYWRlciBrZXkgd2l0aCBIRSwgdGhlIHJhdGNoZXQga2V5IHdpdGhvdXQuICovXG5mdW5jdGlvbiByZWNlaXZpbmdDaGFpbklkKHN0YXRlOiBTZXNzaW9uU3RhdGUpOiBVaW50OEFycmF5IHtcbiAgcmV0dXJuIHN0YXRlLmhlYWRlckVuY3J5cHRpb24gPyBzdGF0ZS5yZWNlaXZpbmdIZWFkZXJLZXkgOiBzdGF0ZS5yZWNlaXZpbmdSYXRjaGV0S2V5O1xufVxuXG4vKiogU2tpcE1lc3NhZ2VLZXlzOiBzdG9yZSBrZXlzIG9mIHRoZSBjdXJyZW50IHJlY2VpdmluZyBjaGFpbiB1cCB0byBgdW50aWxgLiAqL1xuZnVuY3Rpb24gc2tpcE1lc3NhZ2VLZXlzKHN0YXRlOiBTZXNzaW9uU3RhdGUsIHVudGlsOiBudW1iZXIsIG5vdzogbnVtYmVyKTogdm9pZCB7XG4gIGlmICh1bnRpbCAtIHN0YXRlLnJlY2VpdmluZ01lc3NhZ2VOdW1iZXIgPiBMSU1JVFMubWF4U2tpcCkge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdUT09fTUFOWV9TS0lQUEVEJywgYG1lc3NhZ2Ugd291bGQgc2tpcCBtb3JlIHRoYW4gJHtMSU1JVFMubWF4U2tpcH0ga2V5c2ApO1xuICB9XG4gIGlmIChzdGF0ZS5yZWNlaXZpbmdDaGFpbktleS5sZW5ndGggPT09IDApIHJldHVybjtcbiAgY29uc3QgY2hhaW4gPSByZWNlaXZpbmdDaGFpbklkKHN0YXRlKTtcbiAgd2hpbGUgKHN0YXRlLnJlY2VpdmluZ01lc3NhZ2VOdW1iZXIgPCB1bnRpbCkge1xuICAgIGNvbnN0IHsgY2hhaW5LZXksIG1lc3NhZ2VLZXkgfSA9IGtkZkNoYWluS2V5KHN0YXRlLnJlY2VpdmluZ0NoYWluS2V5KTtcbiAgICBzdGF0ZS5yZWNlaXZpbmdDaGFpbktleSA9IGNoYWluS2V5O1xuICAgIHN0b3JlU2tpcHBlZChzdGF0ZSwgY2hhaW4sIHN0YXRlLnJlY2VpdmluZ01lc3NhZ2VOdW1iZXIsIG1lc3NhZ2VLZXksIG5vdyk7XG4gICAgc3RhdGUucmVjZWl2aW5nTWVzc2FnZU51bWJlciArPSAxO1xuICB9XG59XG5cbi8qKiBESFJhdGNoZXQgLyBESFJhdGNoZXRIRS4gKi9cbmZ1bmN0aW9uIGRoUmF0Y2hldChzdGF0ZTogU2Vzc2lvblN0YXRlLCByZW1vdGVSYXRjaGV0S2V5OiBVaW50OEFycmF5LCByYW5kb206IFJhbmRvbVNvdXJjZSk6IHZvaWQge1xuICBjb25zdCBmaW5pc2hlZCA9IHJlY2VpdmluZ0NoYWluSWQoc3RhdGUpO1xuICBpZiAoZmluaXNoZWQubGVuZ3RoID4gMCkge1xuICAgIHN0YXRlLnByZXZpb3VzUmVjZWl2aW5nQ2hhaW5zLnB1c2goZmluaXNoZWQpO1xuICAgIGlmIChzdGF0ZS5wcmV2aW91c1JlY2VpdmluZ0NoYWlucy5sZW5ndGggPiBMSU1JVFMubWF4UHJldmlvdXNDaGFpbnMpXG4gICAgICBzdGF0ZS5wcmV2aW91c1JlY2VpdmluZ0NoYWlucy5zaGlmdCgpO1xuICB9XG4gIHN0YXRlLnByZXZpb3VzU2VuZGluZ0NoYWluTGVuZ3RoID0gc3RhdGUuc2VuZGluZ01lc3NhZ2VOdW1iZXI7XG4gIHN0YXRlLnNlbmRpbmdNZXNzYWdlTnVtYmVyID0gMDtcbiAgc3RhdGUucmVjZWl2aW5nTWVzc2FnZU51bWJlciA9IDA7XG4gIGlmIChzdGF0ZS5oZWFkZXJFbmNyeXB0aW9uKSB7XG4gICAgc3RhdGUuc2VuZGluZ0hlYWRlcktleSA9IHN0YXRlLm5leHRTZW5kaW5nSGVhZGVyS2V5O1xuICAgIHN0YXRlLnJlY2VpdmluZ0hlYWRlcktleSA9IHN0YXRlLm5leHRSZWNlaXZpbmdIZWFkZXJLZXk7XG4gIH1cbiAgc3RhdGUucmVjZWl2aW5nUmF0Y2hldEtleSA9IHJlbW90ZVJhdGNoZXRLZXk7XG4gIGNvbnN0IHJlY2VpdmluZyA9IGtkZlJvb3RLZXkoc3RhdGUucm9vdEtleSwgZGgoc3RhdGUuc2VuZGluZ1JhdGNoZXRTZWNyZXQsIHJlbW90ZVJhdGNoZXRLZXkpKTtcbiAgc3RhdGUucm9vdEtleSA9IHJlY2VpdmluZy5yb290S2V5O1xuICBzdGF0ZS5yZWNlaXZpbmdDaGFpbktleSA9IHJlY2VpdmluZy5jaGFpbktleTtcbiAgaWYgKHN0YXRlLmhlYWRlckVuY3J5cHRpb24pIHN0YXRlLm5leHRSZWNlaXZpbmdIZWFkZXJLZXkgPSByZWNlaXZpbmcubmV4dEhlYWRlcktleTtcbiAgc3RhdGUuc2VuZGluZ1JhdGNoZXRTZWNyZXQgPSBuZXdSYXRjaGV0U2VjcmV0KHJhbmRvbSk7XG4gIGNvbnN0IHNlbmRpbmcgPSBrZGZSb290S2V5KHN0YXRlLnJvb3RLZXksIGRoKHN0YXRlLnNlbmRpbmdSYXRjaGV0U2VjcmV0LCByZW1vdGVSYXRjaGV0S2V5KSk7XG4gIHN0YXRlLnJvb3RLZXkgPSBzZW5kaW5nLnJvb3RLZXk7XG4gIHN0YXRlLnNlbmRpbmdDaGFpbktleSA9IHNlbmRpbmcuY2hhaW5LZXk7XG4gIGlmIChzdGF0ZS5oZWFkZXJFbmNyeXB0aW9uKSBzdGF0ZS5uZXh0U2VuZGluZ0hlYWRlcktleSA9IHNlbmRpbmcubmV4dEhlYWRlcktleTtcbn1cblxuZnVuY3Rpb24gZGVjb2RlSGVhZGVyKGJ5dGVzOiBVaW50OEFycmF5KTogUmF0Y2hldEhlYWRlciB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHJhdGNoZXRIZWFkZXJDb2RlYy5kZWNvZGUoYnl0ZXMpO1xuICB9IGNhdGNoIHtcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignREVDUllQVF9GQUlMRUQnLCAnbWVzc2FnZSBoZWFkZXIgaXMgbWFsZm9ybWVkJyk7XG4gIH1cbn1cblxuLyoqXG4gKiBSYXRjaGV0RGVjcnlwdCAvIFJhdGNoZXREZWNyeXB0SEUuIE11dGF0ZXMgYHN0YXRlYDsgb24gYW55IGVycm9yIHRoZVxuICogY2FsbGVyIG11c3QgZGlzY2FyZCBpdCAodGhlIHNlc3Npb24gbGF5ZXIgZGVjcnlwdHMgb24gYSBjb3B5KS5cbiAqXG4gKiBAdGhyb3dzIE5leHVzRXJyb3IgYERFQ1JZUFRfRkFJTEVEYCwgYERVUExJQ0FURV9NRVNTQUdFYCwgYE1FU1NBR0VfRVhQSVJFRGAsIGBUT09fTUFOWV9TS0lQUEVEYC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJhdGNoZXREZWNyeXB0KFxuICBzdGF0ZTogU2Vzc2lvblN0YXRlLFxuICBtZXNzYWdlOiBSYXRjaGV0TWVzc2FnZSxcbiAgbm93OiBudW1iZXIsXG4gIHJhbmRvbTogUmFuZG9tU291cmNlLFxuKTogVWludDhBcnJheSB7XG4gIGlmIChzdGF0ZS5oZWFkZXJFbmNyeXB0aW9uICE9PSBtZXNzYWdlLmVuY3J5cHRlZEhlYWRlci5sZW5ndGggPiAwKSB7XG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0RFQ1JZUFRfRkFJTEVEJywgJ2hlYWRlciBlbmNyeXB0aW9uIGRvZXMgbm90IG1hdGNoIHRoZSBzZXNzaW9uJyk7XG4gIH1cbiAgZXhwaXJlU2tpcHBlZEtleXMoc3RhdGUsIG5vdyk7XG4gIHJldHVybiBzdGF0ZS5oZWFkZXJFbmNyeXB0aW9uXG4gICAgPyBkZWNyeXB0V2l0aEhlYWRlckVuY3J5cHRpb24oc3RhdGUsIG1lc3NhZ2UsIG5vdywgcmFuZG9tKVxuICAgIDogZGVjcnlwdFBsYWluKHN0YXRlLCBtZXNzYWdlLCBub3csIHJhbmRvbSk7XG59XG5cbmZ1bmN0aW9uIGRlY3J5cHRQbGFpbihcbiAgc3RhdGU6IFNlc3Npb25TdGF0ZSxcbiAgbWVzc2FnZTogUmF0Y2hldE1lc3NhZ2UsXG4gIG5vdzogbnVtYmVyLFxuICByYW5kb206IFJhbmRvbVNvdXJjZSxcbik6IFVpbnQ4QXJyYXkge1xuICBjb25zdCBoZWFkZXIgPSBkZWNvZGVIZWFkZXIobWVzc2FnZS5oZWFkZXIpO1xuICBjb25zdCBza2lwcGVkID0gdGFrZVNraXBwZWQoc3RhdGUsIGhlYWRlci5yYXRjaGV0S2V5LCBoZWFkZXIubWVzc2FnZU51bWJlcik7XG4gIGlmIChza2lwcGVkICE9PSBudWxsKSByZXR1cm4gb3BlbldpdGgoc2tpcHBlZCwgbWVzc2FnZSwgc3RhdGUuc2Vzc2lvbkFkKTtcbiAgaWYgKGlzRm9yZ290dGVuKHN0YXRlLCBoZWFkZXIucmF0Y2hldEtleSwgaGVhZGVyLm1lc3NhZ2VOdW1iZXIpKSB7XG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoXG4gICAgICAnTUVTU0FHRV9FWFBJUkVEJyxcbiAgICAgICd0aGUga2V5IG9mIHRoaXMgbWVzc2FnZSB3YXMgZGVsZXRlZCAoZXhwaXJlZCBvciBldmljdGVkKScsXG4gICAgKTtcbiAgfVxuICBjb25zdCBzYW1lQ2hhaW4gPVxuICAgIHN0YXRlLnJlY2VpdmluZ1JhdGNoZXRLZXkubGVuZ3RoID4gMCAmJlxuICAgIGJ5dGVzRXF1YWwoaGVhZGVyLnJhdGNoZXRLZXksIHN0YXRlLnJlY2VpdmluZ1JhdGNoZXRLZXkpO1xuICBpZiAoc2FtZUNoYWluICYmIGhlYWRlci5tZXNzYWdlTnVtYmVyIDwgc3RhdGUucmVjZWl2aW5nTWVzc2FnZU51bWJlcikge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdEVVBMSUNBVEVfTUVTU0FHRScsICd0aGlzIG1lc3NhZ2Ugd2FzIGFscmVhZHkgZGVjcnlwdGVkJyk7XG4gIH1cbiAgaWYgKCFzYW1lQ2hhaW4gJiYgc3RhdGUucHJldmlvdXNSZWNlaXZpbmdDaGFpbnMuc29tZSgoYykgPT4gYnl0ZXNFcXVhbChjLCBoZWFkZXIucmF0Y2hldEtleSkpKSB7XG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0RVUExJQ0FURV9NRVNTQUdFJywgJ3RoaXMgbWVzc2FnZSB3YXMgYWxyZWFkeSBkZWNyeXB0ZWQnKTtcbiAgfVxuICBpZiAoIXNhbWVDaGFpbikge1xuICAgIHNraXBNZXNzYWdlS2V5cyhzdGF0ZSwgaGVhZGVyLnByZXZpb3VzQ2hhaW5MZW5ndGgsIG5vdyk7XG4gICAgZGhSYXRjaGV0KHN0YXRlLCBoZWFkZXIucmF0Y2hldEtleSwgcmFuZG9tKTtcbiAgfVxuICBza2lwTWVzc2FnZUtleXMoc3RhdGUsIGhlYWRlci5tZXNzYWdlTnVtYmVyLCBub3cpO1xuICBjb25zdCB7IGNoYWluS2V5LCBtZXNzYWdlS2V5IH0gPSBrZGZDaGFpbktleShzdGF0ZS5yZWNlaXZpbmdDaGFpbktleSk7XG4gIHN0YXRlLnJlY2VpdmluZ0NoYWluS2V5ID0gY2hhaW5LZXk7XG4gIHN0YXRlLnJlY2VpdmluZ01lc3NhZ2VOdW1iZXIgKz0gMTtcbiAgcmV0dXJuIG9wZW5XaXRoKG1lc3NhZ2VLZXksIG1lc3NhZ2UsIHN0YXRlLnNlc3Npb25BZCk7XG59XG5cbmZ1bmN0aW9uIGRlY3J5cHRXaXRoSGVhZGVyRW5jcnlwdGlvbihcbiAgc3RhdGU6IFNlc3Npb25TdGF0ZSxcbiAgbWVzc2FnZTogUmF0Y2hldE1lc3NhZ2UsXG4gIG5vdzogbnVtYmVyLFxuICByYW5kb206IFJhbmRvbVNvdXJjZSxcbik6IFVpbnQ4QXJyYXkge1xuICAvLyBUcnlTa2lwcGVkTWVzc2FnZUtleXNIRTogYW55IHN0b3JlZCBoZWFkZXIga2V5IHRoYXQgb3BlbnMgdGhlIGhlYWRlci5cbiAgY29uc3QgdHJpZWQgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgZm9yIChjb25zdCBrIG9mIHN0YXRlLnNraXBwZWQpIHtcbiAgICBjb25zdCBpZCA9IHRvSGV4KGsuY2hhaW4pO1xuICAgIGlmICh0cmllZC5oYXMoaWQpKSBjb250aW51ZTtcbiAgICB0cmllZC5hZGQoaWQpO1xuICAgIGNvbnN0IHBsYWluSGVhZGVyID0gb3BlbkhlYWRlcihrLmNoYWluLCBtZXNzYWdlLmVuY3J5cHRlZEhlYWRlciwgc3RhdGUuc2Vzc2lvbkFkKTtcbiAgICBpZiAocGxhaW5IZWFkZXIgPT09IG51bGwpIGNvbnRpbnVlO1xuICAgIGNvbnN0IGhlYWRlciA9IGRlY29kZUhlYWRlcihwbGFpbkhlYWRlcik7XG4gICAgY29uc3Qga2V5ID0gdGFrZVNraXBwZWQoc3RhdGUsIGsuY2hhaW4sIGhlYWRlci5tZXNzYWdlTnVtYmVyKTtcbiAgICBpZiAoa2V5ICE9PSBudWxsKSByZXR1cm4gb3BlbldpdGgoa2V5LCBtZXNzYWdlLCBzdGF0ZS5zZXNzaW9uQWQpO1xuICAgIGlmIChpc0ZvcmdvdHRlbihzdGF0ZSwgay5jaGFpbiwgaGVhZGVyLm1lc3NhZ2VOdW1iZXIpKVxuICAgICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoXG4gICAgICAgICdNRVNTQUdFX0VYUElSRUQnLFxuICAgICAgICAndGhlIGtleSBvZiB0aGlzIG1lc3NhZ2Ugd2FzIGRlbGV0ZWQgKGV4cGlyZWQgb3IgZXZpY3RlZCknLFxuICAgICAgKTtcbiAgfVxuICBsZXQgcGxhaW5IZWFkZXIgPSBvcGVuSGVhZGVyKHN0YXRlLnJlY2VpdmluZ0hlYWRlcktleSwgbWVzc2FnZS5lbmNyeXB0ZWRIZWFkZXIsIHN0YXRlLnNlc3Npb25BZCk7XG4gIGxldCByYXRjaGV0U3RlcCA9IGZhbHNlO1xuICBpZiAocGxhaW5IZWFkZXIgPT09IG51bGwpIHtcbiAgICBwbGFpbkhlYWRlciA9IG9wZW5IZWFkZXIoXG4gICAgICBzdGF0ZS5uZXh0UmVjZWl2aW5nSGVhZGVyS2V5LFxuICAgICAgbWVzc2FnZS5lbmNyeXB0ZWRIZWFkZXIsXG4gICAgICBzdGF0ZS5zZXNzaW9uQWQsXG4gICAgKTtcbiAgICByYXRjaGV0U3RlcCA9IHRydWU7XG4gIH1cbiAgaWYgKHBsYWluSGVhZGVyID09PSBudWxsKSB7XG4gICAgLy8gQSBoZWFkZXIgdGhhdCBhIHBhc3QgY2hhaW4ncyBrZXkgb3BlbnMgYmVsb25ncyB0byBhIG1lc3NhZ2UgYWxyZWFkeVxuICAgIC8vIGRlY3J5cHRlZCwgb3IgdG8gb25lIHdob3NlIGtleSB3YXMgZGVsZXRlZCAoZWFjaCBjaGFpbiB0cmllZCBvbmNlKS5cbiAgICBjb25zdCBjaGFpbnMgPSBuZXcgTWFwKFxuICAgICAgWy4uLnN0YXRlLnByZXZpb3VzUmVjZWl2aW5nQ2hhaW5zLCAuLi5zdGF0ZS5mb3Jnb3R0ZW4ubWFwKChmKSA9PiBmLmNoYWluKV0ubWFwKChjKSA9PiBbXG4gICAgICAgIHRvSGV4KGMpLFxuICAgICAgICBjLFxuICAgICAgXSksXG4gICAgKTtcbiAgICBmb3IgKGNvbnN0IGNoYWluIG9mIGNoYWlucy52YWx1ZXMoKSkge1xuICAgICAgY29uc3Qgb3BlbmVkID0gb3BlbkhlYWRlcihjaGFpbiwgbWVzc2FnZS5lbmNyeXB0ZWRIZWFkZXIsIHN0YXRlLnNlc3Npb25BZCk7XG4gICAgICBpZiAob3BlbmVkID09PSBudWxsKSBjb250aW51ZTtcbiAgICAgIGlmIChpc0ZvcmdvdHRlbihzdGF0ZSwgY2hhaW4sIGRlY29kZUhlYWRlcihvcGVuZWQpLm1lc3NhZ2VOdW1iZXIpKSB7XG4gICAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKFxuICAgICAgICAgICdNRVNTQUdFX0VYUElSRUQnLFxuICAgICAgICAgICd0aGUga2V5IG9mIHRoaXMgbWVzc2FnZSB3YXMgZGVsZXRlZCAoZXhwaXJlZCBvciBldmljdGVkKScsXG4gICAgICAgICk7XG4gICAgICB9XG4gICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignRFVQTElDQVRFX01FU1NBR0UnLCAndGhpcyBtZXNzYWdlIHdhcyBhbHJlYWR5IGRlY3J5cHRlZCcpO1xuICAgIH1cbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignREVDUllQVF9GQUlMRUQnLCAnbWVzc2FnZSBoZWFkZXIgZG9lcyBub3QgYXV0aGVudGljYXRlJyk7XG4gIH1cbiAgY29uc3QgaGVhZGVyID0gZGVjb2RlSGVhZGVyKHBsYWluSGVhZGVyKTtcbiAgaWYgKCFyYXRjaGV0U3RlcCkge1xuICAgIGlmIChpc0ZvcmdvdHRlbihzdGF0ZSwgc3RhdGUucmVjZWl2aW5nSGVhZGVyS2V5LCBoZWFkZXIubWVzc2FnZU51bWJlcikpIHtcbiAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKFxuICAgICAgICAnTUVTU0FHRV9FWFBJUkVEJyxcbiAgICAgICAgJ3RoZSBrZXkgb2YgdGhpcyBtZXNzYWdlIHdhcyBkZWxldGVkIChleHBpcmVkIG9yIGV2aWN0ZWQpJyxcbiAgICAgICk7XG4gICAgfVxuICAgIGlmIChoZWFkZXIubWVzc2FnZU51bWJlciA8IHN0YXRlLnJlY2VpdmluZ01lc3NhZ2VOdW1iZXIpXG4gICAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignRFVQTElDQVRFX01FU1NBR0UnLCAndGhpcyBtZXNzYWdlIHdhcyBhbHJlYWR5IGRlY3J5cHRlZCcpO1xuICB9IGVsc2Uge1xuICAgIHNraXBNZXNzYWdlS2V5cyhzdGF0ZSwgaGVhZGVyLnByZXZpb3VzQ2hhaW5MZW5ndGgsIG5vdyk7XG4gICAgZGhSYXRjaGV0KHN0YXRlLCBoZWFkZXIucmF0Y2hldEtleSwgcmFuZG9tKTtcbiAgfVxuICBza2lwTWVzc2FnZUtleXMoc3RhdGUsIGhlYWRlci5tZXNzYWdlTnVtYmVyLCBub3cpO1xuICBjb25zdCB7IGNoYWluS2V5LCBtZXNzYWdlS2V5IH0gPSBrZGZDaGFpbktleShzdGF0ZS5yZWNlaXZpbmdDaGFpbktleSk7XG4gIHN0YXRlLnJlY2VpdmluZ0NoYWluS2V5ID0gY2hhaW5LZXk7XG4gIHN0YXRlLnJlY2VpdmluZ01lc3NhZ2VOdW1iZXIgKz0gMTtcbiAgcmV0dXJuIG9wZW5XaXRoKG1lc3NhZ2VLZXksIG1lc3NhZ2UsIHN0YXRlLnNlc3Npb25BZCk7XG59XG4iLCAiaW1wb3J0IHsgY29uY2F0LCB1MzJiZSwgdXRmOCB9IGZyb20gJy4uL3ByaW1pdGl2ZXMvYnl0ZXMuanMnO1xuaW1wb3J0IHsgY3J5cHRvIH0gZnJvbSAnLi4vcHJpbWl0aXZlcy9wcm92aWRlci5qcyc7XG5pbXBvcnQgeyBMQUJFTFMsIFNJWkVTIH0gZnJvbSAnLi9jb25zdGFudHMuanMnO1xuXG5jb25zdCBST09UX0lORk8gPSB1dGY4KExBQkVMUy5yb290S2V5KTtcbmNvbnN0IE1FU1NBR0VfSU5GTyA9IHV0ZjgoTEFCRUxTLm1lc3NhZ2VLZXlzKTtcbmNvbnN0IFNFTkRFUl9NRVNTQUdFX0lORk8gPSB1dGY4KExBQkVMUy5zZW5kZXJNZXNzYWdlS2V5cyk7XG5jb25zdCBaRVJPX1NBTFQgPSBuZXcgVWludDhBcnJheSgzMik7XG5jb25zdCBPTkUgPSBVaW50OEFycmF5Lm9mKDB4MDEpO1xuY29uc3QgVFdPID0gVWludDhBcnJheS5vZigweDAyKTtcblxuLyoqXG4gKiBLREZfUksgKERvdWJsZSBSYXRjaGV0IFx1MDBBNzUuMik6IEhLREYtU0hBLTI1NiB3aXRoIHRoZSByb290IGtleSBhcyBzYWx0IGFuZCB0aGVcbiAqIERIIG91dHB1dCBhcyBpbnB1dCBrZXkgbWF0ZXJpYWwuIDk2IGJ5dGVzOiB0aGUgbmV3IHJvb3Qga2V5LCBhIGNoYWluIGtleSxcbiAqIGFuZCBhIG5leHQgaGVhZGVyIGtleSAodXNlZCBvbmx5IHdpdGggaGVhZGVyIGVuY3J5cHRpb247IGRlcml2aW5nIGl0XG4gKiBhbHdheXMga2VlcHMgb25lIGNvZGUgcGF0aCkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBrZGZSb290S2V5KFxuICByb290S2V5OiBVaW50OEFycmF5LFxuICBkaE91dHB1dDogVWludDhBcnJheSxcbik6IHsgcm9vdEtleTogVWludDhBcnJheTsgY2hhaW5LZXk6IFVpbnQ4QXJyYXk7IG5leHRIZWFkZXJLZXk6IFVpbnQ4QXJyYXkgfSB7XG4gIGNvbnN0IG9rbSA9IGNyeXB0bygpLmhrZGZTaGEyNTYoZGhPdXRwdXQsIHJvb3RLZXksIFJPT1RfSU5GTywgOTYpO1xuICByZXR1cm4ge1xuICAgIHJvb3RLZXk6IG9rbS5zbGljZSgwLCAzMiksXG4gICAgY2hhaW5LZXk6IG9rbS5zbGljZSgzMiwgNjQpLFxuICAgIG5leHRIZWFkZXJLZXk6IG9rbS5zbGljZSg2NCwgOTYpLFxuICB9O1xufVxuXG4vKiogS0RGX0NLIChEb3VibGUgUmF0Y2hldCBcdTAwQTc1LjIpOiBtZXNzYWdlIGtleSA9IEhNQUMoY2ssIDB4MDEpLCBuZXh0IGNoYWluIGtleSA9IEhNQUMoY2ssIDB4MDIpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGtkZkNoYWluS2V5KGNoYWluS2V5OiBVaW50OEFycmF5KToge1xuICBjaGFpbktleTogVWludDhBcnJheTtcbiAgbWVzc2FnZUtleTogVWludDhBcnJheTtcbn0ge1xuICBjb25zdCBjID0gY3J5cHRvKCk7XG4gIHJldHVybiB7IG1lc3NhZ2VLZXk6IGMuaG1hY1NoYTI1NihjaGFpbktleSwgT05FKSwgY2hhaW5LZXk6IGMuaG1hY1NoYTI1NihjaGFpbktleSwgVFdPKSB9O1xufVxuXG4vKiogQUVBRCBrZXkgYW5kIG5vbmNlIG9mIGEgbWVzc2FnZSBrZXk6IEhLREYtU0hBLTI1NihzYWx0IDBeMzIsIGlrbSBtaywgaW5mbykgXHUyMTkyIDMyICsgMTIgYnl0ZXMuICovXG5leHBvcnQgZnVuY3Rpb24gbWVzc2FnZUtleU1hdGVyaWFsKFxuICBtZXNzYWdlS2V5OiBVaW50OEFycmF5LFxuICBncm91cCA9IGZhbHNlLFxuKTogeyBrZXk6IFVpbnQ4QXJyYXk7IG5vbmNlOiBVaW50OEFycmF5IH0ge1xuICBjb25zdCBva20gPSBjcnlwdG8oKS5oa2RmU2hhMjU2KFxuICAgIG1lc3NhZ2VLZXksXG4gICAgWkVST19TQUxULFxuICAgIGdyb3VwID8gU0VOREVSX01FU1NBR0VfSU5GTyA6IE1FU1NBR0VfSU5GTyxcbiAgICBTSVpFUy5hZWFkS2V5ICsgU0laRVMuYWVhZE5vbmNlLFxuICApO1xuICByZXR1cm4geyBrZXk6IG9rbS5zdWJhcnJheSgwLCAzMiksIG5vbmNlOiBva20uc3ViYXJyYXkoMzIsIDQ0KSB9O1xufVxuXG4vKiogYHUzMmJlKGxlbmd0aCkgfHwgYnl0ZXNgIGZvciBlYWNoIHBhcnQ6IGFuIHVuYW1iaWd1b3VzIGNvbmNhdGVuYXRpb24uICovXG5leHBvcnQgZnVuY3Rpb24gbGVuZ3RoUHJlZml4ZWQoLi4ucGFydHM6IFVpbnQ4QXJyYXlbXSk6IFVpbnQ4QXJyYXkge1xuICBjb25zdCBvdXQ6IFVpbnQ4QXJyYXlbXSA9IFtdO1xuICBmb3IgKGNvbnN0IHAgb2YgcGFydHMpIG91dC5wdXNoKHUzMmJlKHAubGVuZ3RoKSwgcCk7XG4gIHJldHVybiBjb25jYXQoLi4ub3V0KTtcbn1cbiIsICIvKipcbiAqIFBRWERIIChTaWduYWwncyBQUVhESCBzcGVjaWZpY2F0aW9uLCByZXZpc2lvbiAzKSB3aXRoIFgyNTUxOSBhbmRcbiAqIE1MLUtFTS0xMDI0LiBUaGUgZGV2aWNlIFgyNTUxOSBrZXlzIGNlcnRpZmllZCBpbiBkZXZpY2UgY2VydGlmaWNhdGVzIHBsYXlcbiAqIHRoZSByb2xlIG9mIHRoZSBpZGVudGl0eSBrZXlzIElLX0EgLyBJS19COyB0aGUgRWQyNTUxOSBpZGVudGl0eSBrZXlzIGFyZVxuICogYm91bmQgdGhyb3VnaCB0aGUgYXNzb2NpYXRlZCBkYXRhLlxuICovXG5pbXBvcnQgeyBOZXh1c0Vycm9yIH0gZnJvbSAnLi4vaW50ZXJmYWNlcy9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBSYW5kb21Tb3VyY2UgfSBmcm9tICcuLi9pbnRlcmZhY2VzL3J1bnRpbWUuanMnO1xuaW1wb3J0IHsgY29uY2F0LCB1dGY4IH0gZnJvbSAnLi4vcHJpbWl0aXZlcy9ieXRlcy5qcyc7XG5pbXBvcnQgeyBjcnlwdG8gfSBmcm9tICcuLi9wcmltaXRpdmVzL3Byb3ZpZGVyLmpzJztcbmltcG9ydCB0eXBlIHsgSW5pdGlhbFNlY3JldHMgfSBmcm9tICcuL2RvdWJsZS1yYXRjaGV0LmpzJztcbmltcG9ydCB7IExBQkVMUywgU0laRVMgfSBmcm9tICcuL2NvbnN0YW50cy5qcyc7XG5pbXBvcnQgeyBsZW5ndGhQcmVmaXhlZCB9IGZyb20gJy4va2RmLmpzJztcblxuY29uc3QgRiA9IG5ldyBVaW50OEFycmF5KDMyKS5maWxsKDB4ZmYpO1xuY29uc3QgWkVST19TQUxUID0gbmV3IFVpbnQ4QXJyYXkoMzIpO1xuY29uc3QgSU5GTyA9IHV0ZjgoTEFCRUxTLnBxeGRoSW5mbyk7XG5jb25zdCBBRF9MQUJFTCA9IHV0ZjgoTEFCRUxTLnNlc3Npb25BZCk7XG5cbi8qKiBPbmUgc2lkZSBvZiBhIHNlc3Npb24sIGFzIHRoZSBhc3NvY2lhdGVkIGRhdGEgbmFtZXMgaXQuICovXG5leHBvcnQgaW50ZXJmYWNlIFNlc3Npb25QYXJ0eSB7XG4gIC8qKiBFZDI1NTE5IGlkZW50aXR5IGtleSAoMzIgYnl0ZXMpLiAqL1xuICByZWFkb25seSBpZGVudGl0eUtleTogVWludDhBcnJheTtcbiAgLyoqIDE2LWJ5dGUgZGV2aWNlIGlkLiAqL1xuICByZWFkb25seSBkZXZpY2VJZDogVWludDhBcnJheTtcbiAgLyoqIFRoZSBkZXZpY2UncyBjZXJ0aWZpZWQgWDI1NTE5IGtleSAoMzIgYnl0ZXMpLiAqL1xuICByZWFkb25seSBrZXlBZ3JlZW1lbnRLZXk6IFVpbnQ4QXJyYXk7XG59XG5cbi8qKlxuICogVGhlIHNlc3Npb24gYXNzb2NpYXRlZCBkYXRhOiBib3RoIHBhcnRpZXMnIGlkZW50aXR5IGtleSwgZGV2aWNlIGlkIGFuZFxuICogZGV2aWNlIFgyNTUxOSBrZXksIGluaXRpYXRvciBmaXJzdCwgZWFjaCBsZW5ndGgtcHJlZml4ZWQsIGFmdGVyIGEgbGFiZWwuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzZXNzaW9uQXNzb2NpYXRlZERhdGEoXG4gIGluaXRpYXRvcjogU2Vzc2lvblBhcnR5LFxuICByZXNwb25kZXI6IFNlc3Npb25QYXJ0eSxcbik6IFVpbnQ4QXJyYXkge1xuICByZXR1cm4gbGVuZ3RoUHJlZml4ZWQoXG4gICAgQURfTEFCRUwsXG4gICAgaW5pdGlhdG9yLmlkZW50aXR5S2V5LFxuICAgIGluaXRpYXRvci5kZXZpY2VJZCxcbiAgICBpbml0aWF0b3Iua2V5QWdyZWVtZW50S2V5LFxuICAgIHJlc3BvbmRlci5pZGVudGl0eUtleSxcbiAgICByZXNwb25kZXIuZGV2aWNlSWQsXG4gICAgcmVzcG9uZGVyLmtleUFncmVlbWVudEtleSxcbiAgKTtcbn1cblxuZnVuY3Rpb24gZGgoc2VjcmV0OiBVaW50OEFycmF5LCBwdWJsaWNLZXk6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5IHtcbiAgY29uc3Qgb3V0ID0gY3J5cHRvKCkueDI1NTE5KHNlY3JldCwgcHVibGljS2V5KTtcbiAgaWYgKG91dCA9PT0gbnVsbCkgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfS0VZJywgJ1BRWERIOiBhIHB1YmxpYyBrZXkgaXMgYSBsb3ctb3JkZXIgcG9pbnQnKTtcbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqIFNLIHx8IEhLYSB8fCBOSEtiID0gSEtERihzYWx0IDBeMzIsIDB4RkZeMzIgfHwgREgxIHx8IERIMiB8fCBESDMgW3x8IERINF0gfHwgU1MsIGluZm8sIDk2KS4gKi9cbmZ1bmN0aW9uIGRlcml2ZVNlY3JldHMoZGhzOiBVaW50OEFycmF5W10sIGtlbVNlY3JldDogVWludDhBcnJheSk6IEluaXRpYWxTZWNyZXRzIHtcbiAgY29uc3Qgb2ttID0gY3J5cHRvKCkuaGtkZlNoYTI1Nihjb25jYXQoRiwgLi4uZGhzLCBrZW1TZWNyZXQpLCBaRVJPX1NBTFQsIElORk8sIDk2KTtcbiAgcmV0dXJuIHtcbiAgICByb290S2V5OiBva20uc2xpY2UoMCwgMzIpLFxuICAgIGluaXRpYXRvckhlYWRlcktleTogb2ttLnNsaWNlKDMyLCA2NCksXG4gICAgcmVzcG9uZGVyTmV4dEhlYWRlcktleTogb2ttLnNsaWNlKDY0LCA5NiksXG4gIH07XG59XG5cbi8qKiBXaGF0IHRoZSBpbml0aWF0b3IgY29tcHV0ZXMgZnJvbSBhIHZlcmlmaWVkIGJ1bmRsZS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHF4ZGhJbml0aWF0aW9uIHtcbiAgcmVhZG9ubHkgc2VjcmV0czogSW5pdGlhbFNlY3JldHM7XG4gIC8qKiBFS19BIHB1YmxpYyAodGhlIGJhc2Uga2V5KS4gKi9cbiAgcmVhZG9ubHkgYmFzZUtleTogVWludDhBcnJheTtcbiAgcmVhZG9ubHkga2VtQ2lwaGVydGV4dDogVWludDhBcnJheTtcbn1cblxuLyoqXG4gKiBUaGUgaW5pdGlhdG9yJ3Mgc2lkZTogREgxID0gREgoSUtfQSwgU1BLX0IpLCBESDIgPSBESChFS19BLCBJS19CKSxcbiAqIERIMyA9IERIKEVLX0EsIFNQS19CKSwgREg0ID0gREgoRUtfQSwgT1BLX0IpIHdoZW4gdGhlcmUgaXMgYSBvbmUtdGltZVxuICogcHJla2V5LCBhbmQgKENULCBTUykgPSBNTC1LRU0tMTAyNC5FbmNhcHMoUFFQS19CKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBxeGRoSW5pdGlhdGUob3B0aW9uczoge1xuICAvKiogREggd2l0aCB0aGUgaW5pdGlhdG9yJ3MgZGV2aWNlIFgyNTUxOSBzZWNyZXQuICovXG4gIGFncmVlOiAocHVibGljS2V5OiBVaW50OEFycmF5KSA9PiBVaW50OEFycmF5O1xuICByZXNwb25kZXJLZXlBZ3JlZW1lbnRLZXk6IFVpbnQ4QXJyYXk7XG4gIHNpZ25lZFByZUtleTogVWludDhBcnJheTtcbiAgb25lVGltZVByZUtleTogVWludDhBcnJheSB8IG51bGw7XG4gIGtlbVByZUtleTogVWludDhBcnJheTtcbiAgcmFuZG9tOiBSYW5kb21Tb3VyY2U7XG4gIC8qKiBPbmx5IGZvciBkZXRlcm1pbmlzdGljIHZlY3RvcnM6IHRoZSBNTC1LRU0gZW5jYXBzdWxhdGlvbiByYW5kb21uZXNzLiAqL1xuICBrZW1SYW5kb21uZXNzPzogVWludDhBcnJheTtcbn0pOiBQcXhkaEluaXRpYXRpb24ge1xuICBjb25zdCBlcGhlbWVyYWwgPSBvcHRpb25zLnJhbmRvbS5yYW5kb21CeXRlcyhTSVpFUy54MjU1MTkpO1xuICBjb25zdCBkaHMgPSBbXG4gICAgb3B0aW9ucy5hZ3JlZShvcHRpb25zLnNpZ25lZFByZUtleSksXG4gICAgZGgoZXBoZW1lcmFsLCBvcHRpb25zLnJlc3BvbmRlcktleUFncmVlbWVudEtleSksXG4gICAgZGgoZXBoZW1lcmFsLCBvcHRpb25zLnNpZ25lZFByZUtleSksXG4gIF07XG4gIGlmIChvcHRpb25zLm9uZVRpbWVQcmVLZXkpIGRocy5wdXNoKGRoKGVwaGVtZXJhbCwgb3B0aW9ucy5vbmVUaW1lUHJlS2V5KSk7XG4gIGxldCBrZW06IHsgY2lwaGVydGV4dDogVWludDhBcnJheTsgc2hhcmVkU2VjcmV0OiBVaW50OEFycmF5IH07XG4gIHRyeSB7XG4gICAga2VtID0gY3J5cHRvKCkubWxLZW0xMDI0RW5jYXBzdWxhdGUob3B0aW9ucy5rZW1QcmVLZXksIG9wdGlvbnMua2VtUmFuZG9tbmVzcyk7XG4gIH0gY2F0Y2ggKGNhdXNlKSB7XG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0lOVkFMSURfS0VZJywgJ1BRWERIOiB0aGUgS0VNIHByZWtleSBpcyBub3QgYSB2YWxpZCBNTC1LRU0tMTAyNCBrZXknLCB7XG4gICAgICBjYXVzZSxcbiAgICB9KTtcbiAgfVxuICByZXR1cm4ge1xuICAgIHNlY3JldHM6IGRlcml2ZVNlY3JldHMoZGhzLCBrZW0uc2hhcmVkU2VjcmV0KSxcbiAgICBiYXNlS2V5OiBjcnlwdG8oKS54MjU1MTlQdWJsaWNLZXkoZXBoZW1lcmFsKSxcbiAgICBrZW1DaXBoZXJ0ZXh0OiBrZW0uY2lwaGVydGV4dCxcbiAgfTtcbn1cblxuLyoqIFRoZSByZXNwb25kZXIncyBzaWRlLCBmcm9tIGl0cyBwcmVrZXkgc2VjcmV0cyBhbmQgdGhlIGluaXRpYXRvcidzIFByZUtleU1lc3NhZ2UuICovXG5leHBvcnQgZnVuY3Rpb24gcHF4ZGhSZXNwb25kKG9wdGlvbnM6IHtcbiAgYWdyZWU6IChwdWJsaWNLZXk6IFVpbnQ4QXJyYXkpID0+IFVpbnQ4QXJyYXk7XG4gIGluaXRpYXRvcktleUFncmVlbWVudEtleTogVWludDhBcnJheTtcbiAgc2lnbmVkUHJlS2V5U2VjcmV0OiBVaW50OEFycmF5O1xuICBvbmVUaW1lUHJlS2V5U2VjcmV0OiBVaW50OEFycmF5IHwgbnVsbDtcbiAga2VtU2VlZDogVWludDhBcnJheTtcbiAgYmFzZUtleTogVWludDhBcnJheTtcbiAga2VtQ2lwaGVydGV4dDogVWludDhBcnJheTtcbn0pOiBJbml0aWFsU2VjcmV0cyB7XG4gIGNvbnN0IGRocyA9IFtcbiAgICBkaChvcHRpb25zLnNpZ25lZFByZUtleVNlY3JldCwgb3B0aW9ucy5pbml0aWF0b3JLZXlBZ3JlZW1lbnRLZXkpLFxuICAgIG9wdGlvbnMuYWdyZWUob3B0aW9ucy5iYXNlS2V5KSxcbiAgICBkaChvcHRpb25zLnNpZ25lZFByZUtleVNlY3JldCwgb3B0aW9ucy5iYXNlS2V5KSxcbiAgXTtcbiAgaWYgKG9wdGlvbnMub25lVGltZVByZUtleVNlY3JldCkgZGhzLnB1c2goZGgob3B0aW9ucy5vbmVUaW1lUHJlS2V5U2VjcmV0LCBvcHRpb25zLmJhc2VLZXkpKTtcbiAgaWYgKG9wdGlvbnMua2VtQ2lwaGVydGV4dC5sZW5ndGggIT09IFNJWkVTLm1sS2VtMTAyNENpcGhlcnRleHQpXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ01BTEZPUk1FRCcsICdQUVhESDogS0VNIGNpcGhlcnRleHQgaGFzIHRoZSB3cm9uZyBsZW5ndGgnKTtcbiAgY29uc3Qgc2hhcmVkU2VjcmV0ID0gY3J5cHRvKCkubWxLZW0xMDI0RGVjYXBzdWxhdGUob3B0aW9ucy5rZW1TZWVkLCBvcHRpb25zLmtlbUNpcGhlcnRleHQpO1xuICByZXR1cm4gZGVyaXZlU2VjcmV0cyhkaHMsIHNoYXJlZFNlY3JldCk7XG59XG4iLCAiLyoqXG4gKiBTZW5kZXIgS2V5cyBmb3IgZ3JvdXBzIChzcGVjL3NlbmRlci1rZXlzLm1kKTogZWFjaCBzZW5kaW5nIGRldmljZSBoYXMgYVxuICogY2hhaW4ga2V5IGFuZCBhbiBFZDI1NTE5IHNpZ25pbmcga2V5IHBlciBkaXN0cmlidXRpb24gKGdyb3VwKTsgbWVtYmVycyBnZXRcbiAqIHRoZW0gaW4gYSBTZW5kZXJLZXlEaXN0cmlidXRpb24gc2VudCBvdmVyIDE6MSBzZXNzaW9ucy4gRXZlcnkgZ3JvdXAgbWVzc2FnZVxuICogaXMgZW5jcnlwdGVkIHdpdGggdGhlIG5leHQgY2hhaW4ga2V5IGFuZCBzaWduZWQuXG4gKi9cbmltcG9ydCB7IGNsb25lLCBjcmVhdGUgfSBmcm9tICdAYnVmYnVpbGQvcHJvdG9idWYnO1xuaW1wb3J0IHsgTmV4dXNFcnJvciB9IGZyb20gJy4uL2ludGVyZmFjZXMvZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgRGV2aWNlQWRkcmVzcyB9IGZyb20gJy4uL2ludGVyZmFjZXMvc2Vzc2lvbnMuanMnO1xuaW1wb3J0IHsgYnl0ZXNFcXVhbCwgZnJvbUhleCwgdG9IZXgsIHUzMmJlLCB1dGY4IH0gZnJvbSAnLi4vcHJpbWl0aXZlcy9ieXRlcy5qcyc7XG5pbXBvcnQgeyBjcnlwdG8gfSBmcm9tICcuLi9wcmltaXRpdmVzL3Byb3ZpZGVyLmpzJztcbmltcG9ydCB7XG4gIGVudmVsb3BlQ29kZWMsXG4gIHNlbmRlcktleURpc3RyaWJ1dGlvbkNvZGVjLFxuICBzZW5kZXJLZXlNZXNzYWdlQm9keUNvZGVjLFxuICBzaWduZWRNZXNzYWdlQ29kZWMsXG59IGZyb20gJy4uL3dpcmUvbWVzc2FnZXMuanMnO1xuaW1wb3J0IHsgRW52ZWxvcGVUeXBlIH0gZnJvbSAnLi4vd2lyZS9nZW4vbmV4dXNsaW5rL3YxL2VudmVsb3BlX3BiLmpzJztcbmltcG9ydCB7IFNlbmRlcktleVJlY29yZFNjaGVtYSwgU2VuZGVyS2V5U3RhdGVTY2hlbWEgfSBmcm9tICcuLi93aXJlL2dlbi9uZXh1c2xpbmsvdjEvc3RhdGVfcGIuanMnO1xuaW1wb3J0IHR5cGUgeyBTZW5kZXJLZXlSZWNvcmQsIFNlbmRlcktleVN0YXRlIH0gZnJvbSAnLi4vd2lyZS9nZW4vbmV4dXNsaW5rL3YxL3N0YXRlX3BiLmpzJztcbmltcG9ydCB7IHN5c3RlbUNsb2NrLCBzeXN0ZW1SYW5kb20gfSBmcm9tICcuLi9pZGVudGl0eS9jZXJ0aWZpY2F0ZXMuanMnO1xuaW1wb3J0IHsgU0lHTkFUVVJFX0xBQkVMUywgc2lnbmluZ0lucHV0IH0gZnJvbSAnLi4vaWRlbnRpdHkvc2lnbmluZy5qcyc7XG5pbXBvcnQgeyB1dWlkRnJvbVB1YmxpY0tleSB9IGZyb20gJy4uL2lkZW50aXR5L3V1aWQuanMnO1xuaW1wb3J0IHsgTElNSVRTIH0gZnJvbSAnLi9jb25zdGFudHMuanMnO1xuaW1wb3J0IHsgZXhwaXJlU2tpcHBlZEtleXMsIGlzRm9yZ290dGVuLCBzdG9yZVNraXBwZWQsIHRha2VTa2lwcGVkIH0gZnJvbSAnLi9kb3VibGUtcmF0Y2hldC5qcyc7XG5pbXBvcnQgeyBrZGZDaGFpbktleSwgbGVuZ3RoUHJlZml4ZWQsIG1lc3NhZ2VLZXlNYXRlcmlhbCB9IGZyb20gJy4va2RmLmpzJztcbmltcG9ydCB0eXBlIHsgTG9jYWxEZXZpY2UgfSBmcm9tICcuL3ByZWtleXMuanMnO1xuaW1wb3J0IHsgZGVjb2RlU2VuZGVyS2V5UmVjb3JkLCBlbmNvZGVTZW5kZXJLZXlSZWNvcmQsIFNUQVRFX1ZFUlNJT04gfSBmcm9tICcuL3JlY29yZHMuanMnO1xuaW1wb3J0IHR5cGUgeyBTZXNzaW9uQ29udGV4dCB9IGZyb20gJy4vc2Vzc2lvbi5qcyc7XG5pbXBvcnQgeyBkZXZpY2VBZGRyZXNzIH0gZnJvbSAnLi9zZXNzaW9uLmpzJztcblxuY29uc3QgQURfTEFCRUwgPSB1dGY4KCdOZXh1c0xpbmtfU2VuZGVyS2V5X0FEJyk7XG5cbmZ1bmN0aW9uIGRpc3RyaWJ1dGlvbkhleChkaXN0cmlidXRpb25JZDogVWludDhBcnJheSB8IHN0cmluZyk6IHsgYnl0ZXM6IFVpbnQ4QXJyYXk7IGhleDogc3RyaW5nIH0ge1xuICBjb25zdCBieXRlcyA9IHR5cGVvZiBkaXN0cmlidXRpb25JZCA9PT0gJ3N0cmluZycgPyBmcm9tSGV4KGRpc3RyaWJ1dGlvbklkKSA6IGRpc3RyaWJ1dGlvbklkO1xuICBpZiAoYnl0ZXMubGVuZ3RoICE9PSAxNilcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignSU5WQUxJRF9BUkdVTUVOVCcsICdkaXN0cmlidXRpb24gaWRzIGFyZSAxNiBieXRlcycpO1xuICByZXR1cm4geyBieXRlcywgaGV4OiB0b0hleChieXRlcykgfTtcbn1cblxuYXN5bmMgZnVuY3Rpb24gbG9hZFJlY29yZChcbiAgY3R4OiBTZXNzaW9uQ29udGV4dCxcbiAgc2VuZGVyOiBEZXZpY2VBZGRyZXNzLFxuICBoZXg6IHN0cmluZyxcbik6IFByb21pc2U8U2VuZGVyS2V5UmVjb3JkIHwgbnVsbD4ge1xuICBjb25zdCBieXRlcyA9IGF3YWl0IGN0eC5zdG9yZXMuc2VuZGVyS2V5cy5sb2FkU2VuZGVyS2V5KHNlbmRlciwgaGV4KTtcbiAgcmV0dXJuIGJ5dGVzID09PSBudWxsID8gbnVsbCA6IGRlY29kZVNlbmRlcktleVJlY29yZChieXRlcyk7XG59XG5cbmZ1bmN0aW9uIGNoYWluVGFnKGNoYWluSWQ6IG51bWJlcik6IFVpbnQ4QXJyYXkge1xuICByZXR1cm4gdTMyYmUoY2hhaW5JZCk7XG59XG5cbmZ1bmN0aW9uIGRpc3RyaWJ1dGlvbk9mKHN0YXRlOiBTZW5kZXJLZXlTdGF0ZSk6IFVpbnQ4QXJyYXkge1xuICByZXR1cm4gc2VuZGVyS2V5RGlzdHJpYnV0aW9uQ29kZWMuZW5jb2RlKHtcbiAgICB2ZXJzaW9uOiAxLFxuICAgIGRpc3RyaWJ1dGlvbklkOiBzdGF0ZS5kaXN0cmlidXRpb25JZCxcbiAgICBjaGFpbklkOiBzdGF0ZS5jaGFpbklkLFxuICAgIGl0ZXJhdGlvbjogc3RhdGUuaXRlcmF0aW9uLFxuICAgIGNoYWluS2V5OiBzdGF0ZS5jaGFpbktleSxcbiAgICBzaWduaW5nS2V5OiBzdGF0ZS5zaWduaW5nS2V5LFxuICB9KTtcbn1cblxuZnVuY3Rpb24gbmV3T3duU3RhdGUoXG4gIGRpc3RyaWJ1dGlvbklkOiBVaW50OEFycmF5LFxuICBjaGFpbklkOiBudW1iZXIsXG4gIGN0eDogU2Vzc2lvbkNvbnRleHQsXG4pOiBTZW5kZXJLZXlTdGF0ZSB7XG4gIGNvbnN0IHJuZyA9IGN0eC5yYW5kb20gPz8gc3lzdGVtUmFuZG9tO1xuICBjb25zdCBzaWduaW5nU2VjcmV0ID0gcm5nLnJhbmRvbUJ5dGVzKDMyKTtcbiAgcmV0dXJuIGNyZWF0ZShTZW5kZXJLZXlTdGF0ZVNjaGVtYSwge1xuICAgIHZlcnNpb246IFNUQVRFX1ZFUlNJT04sXG4gICAgZGlzdHJpYnV0aW9uSWQsXG4gICAgY2hhaW5JZCxcbiAgICBpdGVyYXRpb246IDAsXG4gICAgY2hhaW5LZXk6IHJuZy5yYW5kb21CeXRlcygzMiksXG4gICAgc2lnbmluZ0tleTogY3J5cHRvKCkuZWQyNTUxOVB1YmxpY0tleShzaWduaW5nU2VjcmV0KSxcbiAgICBzaWduaW5nU2VjcmV0LFxuICB9KTtcbn1cblxuLyoqXG4gKiBUaGlzIGRldmljZSdzIHNlbmRlciBrZXkgZm9yIGEgZ3JvdXAsIGNyZWF0ZWQgb24gZmlyc3QgdXNlOiByZXR1cm5zIHRoZVxuICogZW5jb2RlZCBgU2VuZGVyS2V5RGlzdHJpYnV0aW9uYCB0byBzZW5kIChvdmVyIDE6MSBzZXNzaW9ucykgdG8gZXZlcnkgbWVtYmVyLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gY3JlYXRlU2VuZGVyS2V5RGlzdHJpYnV0aW9uKFxuICBsb2NhbDogTG9jYWxEZXZpY2UsXG4gIGRpc3RyaWJ1dGlvbklkOiBVaW50OEFycmF5IHwgc3RyaW5nLFxuICBjdHg6IFNlc3Npb25Db250ZXh0LFxuKTogUHJvbWlzZTxVaW50OEFycmF5PiB7XG4gIGNvbnN0IGQgPSBkaXN0cmlidXRpb25IZXgoZGlzdHJpYnV0aW9uSWQpO1xuICBjb25zdCBzZWxmID0gZGV2aWNlQWRkcmVzcyhsb2NhbC51dWlkLCBsb2NhbC5kZXZpY2VJZCk7XG4gIGNvbnN0IHJlY29yZCA9XG4gICAgKGF3YWl0IGxvYWRSZWNvcmQoY3R4LCBzZWxmLCBkLmhleCkpID8/XG4gICAgY3JlYXRlKFNlbmRlcktleVJlY29yZFNjaGVtYSwgeyB2ZXJzaW9uOiBTVEFURV9WRVJTSU9OIH0pO1xuICBpZiAocmVjb3JkLnN0YXRlc1swXT8uc2lnbmluZ1NlY3JldC5sZW5ndGgpIHJldHVybiBkaXN0cmlidXRpb25PZihyZWNvcmQuc3RhdGVzWzBdKTtcbiAgY29uc3Qgc3RhdGUgPSBuZXdPd25TdGF0ZShkLmJ5dGVzLCAocmVjb3JkLnN0YXRlc1swXT8uY2hhaW5JZCA/PyAwKSArIDEsIGN0eCk7XG4gIHJlY29yZC5zdGF0ZXMudW5zaGlmdChzdGF0ZSk7XG4gIGF3YWl0IGN0eC5zdG9yZXMuc2VuZGVyS2V5cy5zdG9yZVNlbmRlcktleShzZWxmLCBkLmhleCwgZW5jb2RlU2VuZGVyS2V5UmVjb3JkKHJlY29yZCkpO1xuICByZXR1cm4gZGlzdHJpYnV0aW9uT2Yoc3RhdGUpO1xufVxuXG4vKipcbiAqIFJlcGxhY2UgdGhpcyBkZXZpY2UncyBzZW5kZXIga2V5IGZvciBhIGdyb3VwIHdpdGggYSBmcmVzaCBjaGFpbiBhbmQgc2lnbmluZ1xuICoga2V5ICh3aGVuIGEgbWVtYmVyIGxlYXZlcyBvciBhIGRldmljZSBpcyByZXZva2VkKTogdGhlIGRlcGFydGVkIGNhbm5vdCByZWFkXG4gKiB3aGF0IGZvbGxvd3MuIFJldHVybnMgdGhlIG5ldyBkaXN0cmlidXRpb24gZm9yIHRoZSByZW1haW5pbmcgbWVtYmVycy5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJvdGF0ZVNlbmRlcktleShcbiAgbG9jYWw6IExvY2FsRGV2aWNlLFxuICBkaXN0cmlidXRpb25JZDogVWludDhBcnJheSB8IHN0cmluZyxcbiAgY3R4OiBTZXNzaW9uQ29udGV4dCxcbik6IFByb21pc2U8VWludDhBcnJheT4ge1xuICBjb25zdCBkID0gZGlzdHJpYnV0aW9uSGV4KGRpc3RyaWJ1dGlvbklkKTtcbiAgY29uc3Qgc2VsZiA9IGRldmljZUFkZHJlc3MobG9jYWwudXVpZCwgbG9jYWwuZGV2aWNlSWQpO1xuICBjb25zdCByZWNvcmQgPVxuICAgIChhd2FpdCBsb2FkUmVjb3JkKGN0eCwgc2VsZiwgZC5oZXgpKSA/P1xuICAgIGNyZWF0ZShTZW5kZXJLZXlSZWNvcmRTY2hlbWEsIHsgdmVyc2lvbjogU1RBVEVfVkVSU0lPTiB9KTtcbiAgY29uc3Qgc3RhdGUgPSBuZXdPd25TdGF0ZShkLmJ5dGVzLCAocmVjb3JkLnN0YXRlc1swXT8uY2hhaW5JZCA/PyAwKSArIDEsIGN0eCk7XG4gIC8vIE91ciBvd24gb2xkIGNoYWlucyBhcmUgdXNlbGVzcyB0byB1czoga2VlcCBvbmx5IHRoZSBuZXcgb25lLlxuICByZWNvcmQuc3RhdGVzID0gW3N0YXRlXTtcbiAgYXdhaXQgY3R4LnN0b3Jlcy5zZW5kZXJLZXlzLnN0b3JlU2VuZGVyS2V5KHNlbGYsIGQuaGV4LCBlbmNvZGVTZW5kZXJLZXlSZWNvcmQocmVjb3JkKSk7XG4gIHJldHVybiBkaXN0cmlidXRpb25PZihzdGF0ZSk7XG59XG5cbi8qKlxuICogU3RvcmUgYSBtZW1iZXIncyBzZW5kZXIga2V5LCByZWNlaXZlZCBpbiBhIFNlbmRlcktleURpc3RyaWJ1dGlvbiBvdmVyIHRoZVxuICogMToxIHNlc3Npb24gd2l0aCBgc2VuZGVyYC4gQSBuZXdlciBjaGFpbiBnb2VzIGZpcnN0OyBhIGNoYWluIGFscmVhZHkgaGVsZFxuICogaXMgbm90IG1vdmVkIGJhY2sgdG8gYW4gZWFybGllciBpdGVyYXRpb24uXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBwcm9jZXNzU2VuZGVyS2V5RGlzdHJpYnV0aW9uKFxuICBzZW5kZXI6IERldmljZUFkZHJlc3MsXG4gIGRpc3RyaWJ1dGlvbjogVWludDhBcnJheSxcbiAgY3R4OiBTZXNzaW9uQ29udGV4dCxcbik6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBtc2cgPSBzZW5kZXJLZXlEaXN0cmlidXRpb25Db2RlYy5kZWNvZGUoZGlzdHJpYnV0aW9uKTtcbiAgY29uc3QgaGV4ID0gdG9IZXgobXNnLmRpc3RyaWJ1dGlvbklkKTtcbiAgY29uc3QgcmVjb3JkID1cbiAgICAoYXdhaXQgbG9hZFJlY29yZChjdHgsIHNlbmRlciwgaGV4KSkgPz9cbiAgICBjcmVhdGUoU2VuZGVyS2V5UmVjb3JkU2NoZW1hLCB7IHZlcnNpb246IFNUQVRFX1ZFUlNJT04gfSk7XG4gIGNvbnN0IGV4aXN0aW5nID0gcmVjb3JkLnN0YXRlcy5maW5kKChzKSA9PiBzLmNoYWluSWQgPT09IG1zZy5jaGFpbklkKTtcbiAgaWYgKGV4aXN0aW5nKSB7XG4gICAgaWYgKCFieXRlc0VxdWFsKGV4aXN0aW5nLnNpZ25pbmdLZXksIG1zZy5zaWduaW5nS2V5KSlcbiAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKFxuICAgICAgICAnVU5UUlVTVEVEX0lERU5USVRZJyxcbiAgICAgICAgJ2EgZGlmZmVyZW50IGtleSBmb3IgYSBzZW5kZXIga2V5IGNoYWluIGFscmVhZHkgaGVsZCcsXG4gICAgICApO1xuICAgIHJldHVybjsgLy8gYWxyZWFkeSBoYXZlIGl0LCBwb3NzaWJseSBmdXJ0aGVyIGFsb25nXG4gIH1cbiAgcmVjb3JkLnN0YXRlcy51bnNoaWZ0KFxuICAgIGNyZWF0ZShTZW5kZXJLZXlTdGF0ZVNjaGVtYSwge1xuICAgICAgdmVyc2lvbjogU1RBVEVfVkVSU0lPTixcbiAgICAgIGRpc3RyaWJ1dGlvbklkOiBtc2cuZGlzdHJpYnV0aW9uSWQsXG4gICAgICBjaGFpbklkOiBtc2cuY2hhaW5JZCxcbiAgICAgIGl0ZXJhdGlvbjogbXNnLml0ZXJhdGlvbixcbiAgICAgIGNoYWluS2V5OiBtc2cuY2hhaW5LZXksXG4gICAgICBzaWduaW5nS2V5OiBtc2cuc2lnbmluZ0tleSxcbiAgICB9KSxcbiAgKTtcbiAgcmVjb3JkLnN0YXRlcy5zb3J0KChhLCBiKSA9PiBiLmNoYWluSWQgLSBhLmNoYWluSWQpO1xuICBpZiAocmVjb3JkLnN0YXRlcy5sZW5ndGggPiBMSU1JVFMubWF4U2VuZGVyS2V5U3RhdGVzKVxuICAgIHJlY29yZC5zdGF0ZXMubGVuZ3RoID0gTElNSVRTLm1heFNlbmRlcktleVN0YXRlcztcbiAgYXdhaXQgY3R4LnN0b3Jlcy5zZW5kZXJLZXlzLnN0b3JlU2VuZGVyS2V5KHNlbmRlciwgaGV4LCBlbmNvZGVTZW5kZXJLZXlSZWNvcmQocmVjb3JkKSk7XG59XG5cbmZ1bmN0aW9uIGdyb3VwQWQoXG4gIHNlbmRlcklkZW50aXR5S2V5OiBVaW50OEFycmF5LFxuICBzZW5kZXJEZXZpY2VJZDogVWludDhBcnJheSxcbiAgZGlzdHJpYnV0aW9uSWQ6IFVpbnQ4QXJyYXksXG4pOiBVaW50OEFycmF5IHtcbiAgcmV0dXJuIGxlbmd0aFByZWZpeGVkKEFEX0xBQkVMLCBzZW5kZXJJZGVudGl0eUtleSwgc2VuZGVyRGV2aWNlSWQsIGRpc3RyaWJ1dGlvbklkKTtcbn1cblxuLyoqXG4gKiBFbmNyeXB0IGFuZCBzaWduIGEgZ3JvdXAgbWVzc2FnZSB3aXRoIHRoaXMgZGV2aWNlJ3Mgc2VuZGVyIGtleS4gUmV0dXJucyBhblxuICogZW5jb2RlZCBgRW52ZWxvcGVgIG9mIHR5cGUgU0VOREVSX0tFWV9NRVNTQUdFLCB0aGUgc2FtZSBieXRlcyBmb3IgZXZlcnkgbWVtYmVyLlxuICpcbiAqIEB0aHJvd3MgTmV4dXNFcnJvciBgTk9fU0VTU0lPTmAgd2hlbiB7QGxpbmsgY3JlYXRlU2VuZGVyS2V5RGlzdHJpYnV0aW9ufSB3YXMgbm90IGNhbGxlZCBmaXJzdC5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGdyb3VwRW5jcnlwdChcbiAgbG9jYWw6IExvY2FsRGV2aWNlLFxuICBkaXN0cmlidXRpb25JZDogVWludDhBcnJheSB8IHN0cmluZyxcbiAgcGxhaW50ZXh0OiBVaW50OEFycmF5LFxuICBjdHg6IFNlc3Npb25Db250ZXh0LFxuKTogUHJvbWlzZTxVaW50OEFycmF5PiB7XG4gIGNvbnN0IGQgPSBkaXN0cmlidXRpb25IZXgoZGlzdHJpYnV0aW9uSWQpO1xuICBjb25zdCBzZWxmID0gZGV2aWNlQWRkcmVzcyhsb2NhbC51dWlkLCBsb2NhbC5kZXZpY2VJZCk7XG4gIGNvbnN0IHJlY29yZCA9IGF3YWl0IGxvYWRSZWNvcmQoY3R4LCBzZWxmLCBkLmhleCk7XG4gIGNvbnN0IHN0YXRlID0gcmVjb3JkPy5zdGF0ZXNbMF07XG4gIGlmICghcmVjb3JkIHx8ICFzdGF0ZSB8fCBzdGF0ZS5zaWduaW5nU2VjcmV0Lmxlbmd0aCA9PT0gMClcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignTk9fU0VTU0lPTicsICdubyBzZW5kZXIga2V5IGZvciB0aGlzIGdyb3VwOiBjcmVhdGUgYSBkaXN0cmlidXRpb24gZmlyc3QnKTtcbiAgY29uc3QgeyBjaGFpbktleSwgbWVzc2FnZUtleSB9ID0ga2RmQ2hhaW5LZXkoc3RhdGUuY2hhaW5LZXkpO1xuICBjb25zdCB7IGtleSwgbm9uY2UgfSA9IG1lc3NhZ2VLZXlNYXRlcmlhbChtZXNzYWdlS2V5LCB0cnVlKTtcbiAgY29uc3QgY2lwaGVydGV4dCA9IGNyeXB0bygpLmNoYWNoYTIwcG9seTEzMDVTZWFsKFxuICAgIGtleSxcbiAgICBub25jZSxcbiAgICBwbGFpbnRleHQsXG4gICAgZ3JvdXBBZChsb2NhbC5pZGVudGl0eUtleSwgbG9jYWwuZGV2aWNlSWQsIGQuYnl0ZXMpLFxuICApO1xuICBjb25zdCBib2R5ID0gc2VuZGVyS2V5TWVzc2FnZUJvZHlDb2RlYy5lbmNvZGUoe1xuICAgIHZlcnNpb246IDEsXG4gICAgZGlzdHJpYnV0aW9uSWQ6IGQuYnl0ZXMsXG4gICAgY2hhaW5JZDogc3RhdGUuY2hhaW5JZCxcbiAgICBpdGVyYXRpb246IHN0YXRlLml0ZXJhdGlvbixcbiAgICBjaXBoZXJ0ZXh0LFxuICB9KTtcbiAgY29uc3Qgc2lnbmF0dXJlID0gY3J5cHRvKCkuZWQyNTUxOVNpZ24oXG4gICAgc3RhdGUuc2lnbmluZ1NlY3JldCxcbiAgICBzaWduaW5nSW5wdXQoU0lHTkFUVVJFX0xBQkVMUy5zZW5kZXJLZXlNZXNzYWdlLCBib2R5KSxcbiAgKTtcbiAgc3RhdGUuY2hhaW5LZXkgPSBjaGFpbktleTtcbiAgc3RhdGUuaXRlcmF0aW9uICs9IDE7XG4gIGF3YWl0IGN0eC5zdG9yZXMuc2VuZGVyS2V5cy5zdG9yZVNlbmRlcktleShzZWxmLCBkLmhleCwgZW5jb2RlU2VuZGVyS2V5UmVjb3JkKHJlY29yZCkpO1xuICByZXR1cm4gZW52ZWxvcGVDb2RlYy5lbmNvZGUoe1xuICAgIHZlcnNpb246IDEsXG4gICAgdHlwZTogRW52ZWxvcGVUeXBlLlNFTkRFUl9LRVlfTUVTU0FHRSxcbiAgICBzZW5kZXJEZXZpY2VJZDogbG9jYWwuZGV2aWNlSWQsXG4gICAgdGltZXN0YW1wTXM6IEJpZ0ludCgoY3R4LmNsb2NrID8/IHN5c3RlbUNsb2NrKS5ub3coKSksXG4gICAgY29udGVudDogc2lnbmVkTWVzc2FnZUNvZGVjLmVuY29kZSh7IGJvZHksIHNpZ25hdHVyZSB9KSxcbiAgICBzZW5kZXJJZGVudGl0eUtleTogbG9jYWwuaWRlbnRpdHlLZXksXG4gIH0pO1xufVxuXG4vKiogQSBkZWNyeXB0ZWQgZ3JvdXAgbWVzc2FnZS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgRGVjcnlwdGVkR3JvdXBNZXNzYWdlIHtcbiAgcmVhZG9ubHkgcGxhaW50ZXh0OiBVaW50OEFycmF5O1xuICByZWFkb25seSBzZW5kZXI6IERldmljZUFkZHJlc3M7XG4gIC8qKiBIZXggZGlzdHJpYnV0aW9uIGlkLiAqL1xuICByZWFkb25seSBkaXN0cmlidXRpb25JZDogc3RyaW5nO1xuICByZWFkb25seSB0aW1lc3RhbXA6IG51bWJlcjtcbn1cblxuLyoqXG4gKiBWZXJpZnkgYW5kIGRlY3J5cHQgYSBncm91cCBtZXNzYWdlLiBUaGUgc2lnbmF0dXJlIGlzIGNoZWNrZWQgYmVmb3JlIGFueVxuICoga2V5IGlzIGRlcml2ZWQsIGFuZCB0aGUgc3RhdGUgY2hhbmdlcyBvbmx5IGFmdGVyIHRoZSBtZXNzYWdlIGF1dGhlbnRpY2F0ZWQuXG4gKlxuICogQHRocm93cyBOZXh1c0Vycm9yIGBNQUxGT1JNRURgLCBgTk9fU0VTU0lPTmAgKG5vIHNlbmRlciBrZXkgZm9yIHRoYXQgY2hhaW4pLFxuICogICBgQkFEX1NJR05BVFVSRWAsIGBERUNSWVBUX0ZBSUxFRGAsIGBEVVBMSUNBVEVfTUVTU0FHRWAsIGBNRVNTQUdFX0VYUElSRURgLCBgVE9PX01BTllfU0tJUFBFRGAuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBncm91cERlY3J5cHQoXG4gIGVudmVsb3BlOiBVaW50OEFycmF5LFxuICBjdHg6IFNlc3Npb25Db250ZXh0LFxuKTogUHJvbWlzZTxEZWNyeXB0ZWRHcm91cE1lc3NhZ2U+IHtcbiAgY29uc3QgZW52ID0gZW52ZWxvcGVDb2RlYy5kZWNvZGUoZW52ZWxvcGUpO1xuICBpZiAoZW52LnR5cGUgIT09IEVudmVsb3BlVHlwZS5TRU5ERVJfS0VZX01FU1NBR0UpXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ01BTEZPUk1FRCcsICdub3QgYSBncm91cCBtZXNzYWdlIGVudmVsb3BlJyk7XG4gIGlmIChlbnYuc2VuZGVySWRlbnRpdHlLZXkubGVuZ3RoICE9PSAzMilcbiAgICB0aHJvdyBuZXcgTmV4dXNFcnJvcignTUFMRk9STUVEJywgJ2VudmVsb3BlIGxhY2tzIHRoZSBzZW5kZXIgaWRlbnRpdHkga2V5Jyk7XG4gIGxldCB1dWlkOiBzdHJpbmc7XG4gIHRyeSB7XG4gICAgdXVpZCA9IHV1aWRGcm9tUHVibGljS2V5KGVudi5zZW5kZXJJZGVudGl0eUtleSk7XG4gIH0gY2F0Y2gge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdNQUxGT1JNRUQnLCAnZW52ZWxvcGUgc2VuZGVyIGlkZW50aXR5IGtleSBpcyBub3QgYSB2YWxpZCBrZXknKTtcbiAgfVxuICBjb25zdCBzZW5kZXIgPSBkZXZpY2VBZGRyZXNzKHV1aWQsIGVudi5zZW5kZXJEZXZpY2VJZCk7XG4gIGNvbnN0IHNpZ25lZCA9IHNpZ25lZE1lc3NhZ2VDb2RlYy5kZWNvZGUoZW52LmNvbnRlbnQpO1xuICBjb25zdCBib2R5ID0gc2VuZGVyS2V5TWVzc2FnZUJvZHlDb2RlYy5kZWNvZGUoc2lnbmVkLmJvZHkpO1xuICBjb25zdCBoZXggPSB0b0hleChib2R5LmRpc3RyaWJ1dGlvbklkKTtcbiAgY29uc3QgcmVjb3JkID0gYXdhaXQgbG9hZFJlY29yZChjdHgsIHNlbmRlciwgaGV4KTtcbiAgY29uc3QgaW5kZXggPSByZWNvcmQ/LnN0YXRlcy5maW5kSW5kZXgoKHMpID0+IHMuY2hhaW5JZCA9PT0gYm9keS5jaGFpbklkKSA/PyAtMTtcbiAgaWYgKCFyZWNvcmQgfHwgaW5kZXggPCAwKVxuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdOT19TRVNTSU9OJywgJ25vIHNlbmRlciBrZXkgZm9yIHRoaXMgc2VuZGVyIGFuZCBjaGFpbicpO1xuICBjb25zdCBzdG9yZWQgPSByZWNvcmQuc3RhdGVzW2luZGV4XSE7XG4gIGlmIChcbiAgICAhY3J5cHRvKCkuZWQyNTUxOVZlcmlmeShcbiAgICAgIHN0b3JlZC5zaWduaW5nS2V5LFxuICAgICAgc2lnbmluZ0lucHV0KFNJR05BVFVSRV9MQUJFTFMuc2VuZGVyS2V5TWVzc2FnZSwgc2lnbmVkLmJvZHkpLFxuICAgICAgc2lnbmVkLnNpZ25hdHVyZSxcbiAgICApXG4gICkge1xuICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKCdCQURfU0lHTkFUVVJFJywgJ2dyb3VwIG1lc3NhZ2Ugc2lnbmF0dXJlIGRvZXMgbm90IHZlcmlmeScpO1xuICB9XG4gIGNvbnN0IHN0YXRlID0gY2xvbmUoU2VuZGVyS2V5U3RhdGVTY2hlbWEsIHN0b3JlZCk7XG4gIGNvbnN0IHQgPSAoY3R4LmNsb2NrID8/IHN5c3RlbUNsb2NrKS5ub3coKTtcbiAgZXhwaXJlU2tpcHBlZEtleXMoc3RhdGUsIHQpO1xuICBjb25zdCB0YWcgPSBjaGFpblRhZyhzdGF0ZS5jaGFpbklkKTtcbiAgbGV0IG1lc3NhZ2VLZXkgPSB0YWtlU2tpcHBlZChzdGF0ZSwgdGFnLCBib2R5Lml0ZXJhdGlvbik7XG4gIGlmIChtZXNzYWdlS2V5ID09PSBudWxsKSB7XG4gICAgaWYgKGlzRm9yZ290dGVuKHN0YXRlLCB0YWcsIGJvZHkuaXRlcmF0aW9uKSlcbiAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKFxuICAgICAgICAnTUVTU0FHRV9FWFBJUkVEJyxcbiAgICAgICAgJ3RoZSBrZXkgb2YgdGhpcyBtZXNzYWdlIHdhcyBkZWxldGVkIChleHBpcmVkIG9yIGV2aWN0ZWQpJyxcbiAgICAgICk7XG4gICAgaWYgKGJvZHkuaXRlcmF0aW9uIDwgc3RhdGUuaXRlcmF0aW9uKVxuICAgICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0RVUExJQ0FURV9NRVNTQUdFJywgJ3RoaXMgZ3JvdXAgbWVzc2FnZSB3YXMgYWxyZWFkeSBkZWNyeXB0ZWQnKTtcbiAgICBpZiAoYm9keS5pdGVyYXRpb24gLSBzdGF0ZS5pdGVyYXRpb24gPiBMSU1JVFMubWF4U2tpcClcbiAgICAgIHRocm93IG5ldyBOZXh1c0Vycm9yKFxuICAgICAgICAnVE9PX01BTllfU0tJUFBFRCcsXG4gICAgICAgIGBtZXNzYWdlIHdvdWxkIHNraXAgbW9yZSB0aGFuICR7TElNSVRTLm1heFNraXB9IGtleXNgLFxuICAgICAgKTtcbiAgICB3aGlsZSAoc3RhdGUuaXRlcmF0aW9uIDwgYm9keS5pdGVyYXRpb24pIHtcbiAgICAgIGNvbnN0IHN0ZXAgPSBrZGZDaGFpbktleShzdGF0ZS5jaGFpbktleSk7XG4gICAgICBzdG9yZVNraXBwZWQoc3RhdGUsIHRhZywgc3RhdGUuaXRlcmF0aW9uLCBzdGVwLm1lc3NhZ2VLZXksIHQpO1xuICAgICAgc3RhdGUuY2hhaW5LZXkgPSBzdGVwLmNoYWluS2V5O1xuICAgICAgc3RhdGUuaXRlcmF0aW9uICs9IDE7XG4gICAgfVxuICAgIGNvbnN0IHN0ZXAgPSBrZGZDaGFpbktleShzdGF0ZS5jaGFpbktleSk7XG4gICAgc3RhdGUuY2hhaW5LZXkgPSBzdGVwLmNoYWluS2V5O1xuICAgIHN0YXRlLml0ZXJhdGlvbiArPSAxO1xuICAgIG1lc3NhZ2VLZXkgPSBzdGVwLm1lc3NhZ2VLZXk7XG4gIH1cbiAgY29uc3QgeyBrZXksIG5vbmNlIH0gPSBtZXNzYWdlS2V5TWF0ZXJpYWwobWVzc2FnZUtleSwgdHJ1ZSk7XG4gIGNvbnN0IHBsYWludGV4dCA9IGNyeXB0bygpLmNoYWNoYTIwcG9seTEzMDVPcGVuKFxuICAgIGtleSxcbiAgICBub25jZSxcbiAgICBib2R5LmNpcGhlcnRleHQsXG4gICAgZ3JvdXBBZChlbnYuc2VuZGVySWRlbnRpdHlLZXksIGVudi5zZW5kZXJEZXZpY2VJZCwgYm9keS5kaXN0cmlidXRpb25JZCksXG4gICk7XG4gIGlmIChwbGFpbnRleHQgPT09IG51bGwpXG4gICAgdGhyb3cgbmV3IE5leHVzRXJyb3IoJ0RFQ1JZUFRfRkFJTEVEJywgJ2dyb3VwIG1lc3NhZ2UgZG9lcyBub3QgYXV0aGVudGljYXRlJyk7XG4gIHJlY29yZC5zdGF0ZXNbaW5kZXhdID0gc3RhdGU7XG4gIGF3YWl0IGN0eC5zdG9yZXMuc2VuZGVyS2V5cy5zdG9yZVNlbmRlcktleShzZW5kZXIsIGhleCwgZW5jb2RlU2VuZGVyS2V5UmVjb3JkKHJlY29yZCkpO1xuICByZXR1cm4geyBwbGFpbnRleHQsIHNlbmRlciwgZGlzdHJpYnV0aW9uSWQ6IGhleCwgdGltZXN0YW1wOiBOdW1iZXIoZW52LnRpbWVzdGFtcE1zKSB9O1xufVxuIiwgImltcG9ydCB0eXBlIHtcbiAgRGV2aWNlQWRkcmVzcyxcbiAgSWRlbnRpdHlTdG9yZSxcbiAgUHJlS2V5S2luZCxcbiAgUHJlS2V5U3RvcmUsXG4gIFByb3RvY29sU3RvcmVzLFxuICBTZW5kZXJLZXlTdG9yZSxcbiAgU2Vzc2lvblN0b3JlLFxufSBmcm9tICcuLi9pbnRlcmZhY2VzL3Nlc3Npb25zLmpzJztcblxuY29uc3QgYWRkcmVzc0tleSA9IChhOiBEZXZpY2VBZGRyZXNzKSA9PiBgJHthLnV1aWR9LyR7YS5kZXZpY2VJZH1gO1xuXG4vKipcbiAqIEluLW1lbW9yeSBpbXBsZW1lbnRhdGlvbnMgb2YgZXZlcnkgcHJvdG9jb2wgc3RvcmUsIGZvciB0ZXN0cyBhbmRcbiAqIGV4YW1wbGVzLiBSZWNvcmRzIGFyZSBjb3BpZWQgaW4gYW5kIG91dCwgYXMgYSByZWFsIHN0b3JlIHdvdWxkLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3Qgc3RvcmVzID0gbWVtb3J5UHJvdG9jb2xTdG9yZXMoKTtcbiAqIGF3YWl0IGVzdGFibGlzaFNlc3Npb24oYWxpY2UsIGJ1bmRsZSwgeyBzdG9yZXMgfSk7XG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1lbW9yeVByb3RvY29sU3RvcmVzKCk6IFByb3RvY29sU3RvcmVzICYge1xuICByZWFkb25seSBjb3VudHM6ICgpID0+IFJlY29yZDxzdHJpbmcsIG51bWJlcj47XG59IHtcbiAgY29uc3Qgc2Vzc2lvbnMgPSBuZXcgTWFwPHN0cmluZywgVWludDhBcnJheT4oKTtcbiAgY29uc3QgcHJlS2V5cyA9IG5ldyBNYXA8c3RyaW5nLCBVaW50OEFycmF5PigpO1xuICBjb25zdCBzZW5kZXJLZXlzID0gbmV3IE1hcDxzdHJpbmcsIFVpbnQ4QXJyYXk+KCk7XG4gIGNvbnN0IGlkZW50aXRpZXMgPSBuZXcgTWFwPHN0cmluZywgVWludDhBcnJheT4oKTtcbiAgY29uc3QgY29weSA9IChiOiBVaW50OEFycmF5IHwgdW5kZWZpbmVkKSA9PiAoYiA9PT0gdW5kZWZpbmVkID8gbnVsbCA6IGIuc2xpY2UoKSk7XG4gIGNvbnN0IHNlc3Npb25TdG9yZTogU2Vzc2lvblN0b3JlID0ge1xuICAgIGxvYWRTZXNzaW9uOiBhc3luYyAoYSkgPT4gY29weShzZXNzaW9ucy5nZXQoYWRkcmVzc0tleShhKSkpLFxuICAgIHN0b3JlU2Vzc2lvbjogYXN5bmMgKGEsIHIpID0+IHZvaWQgc2Vzc2lvbnMuc2V0KGFkZHJlc3NLZXkoYSksIHIuc2xpY2UoKSksXG4gICAgZGVsZXRlU2Vzc2lvbjogYXN5bmMgKGEpID0+IHZvaWQgc2Vzc2lvbnMuZGVsZXRlKGFkZHJlc3NLZXkoYSkpLFxuICB9O1xuICBjb25zdCBwcmVLZXlTdG9yZTogUHJlS2V5U3RvcmUgPSB7XG4gICAgbG9hZFByZUtleTogYXN5bmMgKGs6IFByZUtleUtpbmQsIGlkKSA9PiBjb3B5KHByZUtleXMuZ2V0KGAke2t9LyR7aWR9YCkpLFxuICAgIHN0b3JlUHJlS2V5OiBhc3luYyAoaywgaWQsIHIpID0+IHZvaWQgcHJlS2V5cy5zZXQoYCR7a30vJHtpZH1gLCByLnNsaWNlKCkpLFxuICAgIHJlbW92ZVByZUtleTogYXN5bmMgKGssIGlkKSA9PiB2b2lkIHByZUtleXMuZGVsZXRlKGAke2t9LyR7aWR9YCksXG4gIH07XG4gIGNvbnN0IHNlbmRlcktleVN0b3JlOiBTZW5kZXJLZXlTdG9yZSA9IHtcbiAgICBsb2FkU2VuZGVyS2V5OiBhc3luYyAocywgZCkgPT4gY29weShzZW5kZXJLZXlzLmdldChgJHthZGRyZXNzS2V5KHMpfS8ke2R9YCkpLFxuICAgIHN0b3JlU2VuZGVyS2V5OiBhc3luYyAocywgZCwgcikgPT4gdm9pZCBzZW5kZXJLZXlzLnNldChgJHthZGRyZXNzS2V5KHMpfS8ke2R9YCwgci5zbGljZSgpKSxcbiAgfTtcbiAgY29uc3QgaWRlbnRpdHlTdG9yZTogSWRlbnRpdHlTdG9yZSA9IHtcbiAgICBsb2FkSWRlbnRpdHk6IGFzeW5jICh1KSA9PiBjb3B5KGlkZW50aXRpZXMuZ2V0KHUpKSxcbiAgICBzdG9yZUlkZW50aXR5OiBhc3luYyAodSwgcikgPT4gdm9pZCBpZGVudGl0aWVzLnNldCh1LCByLnNsaWNlKCkpLFxuICB9O1xuICByZXR1cm4ge1xuICAgIHNlc3Npb25zOiBzZXNzaW9uU3RvcmUsXG4gICAgcHJlS2V5czogcHJlS2V5U3RvcmUsXG4gICAgc2VuZGVyS2V5czogc2VuZGVyS2V5U3RvcmUsXG4gICAgaWRlbnRpdGllczogaWRlbnRpdHlTdG9yZSxcbiAgICBjb3VudHM6ICgpID0+ICh7XG4gICAgICBzZXNzaW9uczogc2Vzc2lvbnMuc2l6ZSxcbiAgICAgIHByZUtleXM6IHByZUtleXMuc2l6ZSxcbiAgICAgIHNlbmRlcktleXM6IHNlbmRlcktleXMuc2l6ZSxcbiAgICAgIGlkZW50aXRpZXM6IGlkZW50aXRpZXMuc2l6ZSxcbiAgICB9KSxcbiAgfTtcbn1cbiIsICIvLyBUaGUgb25lIHRpbWluZyBoYXJuZXNzIG9mIHRoZSBiZW5jaG1hcmtzOiB0aW1lLWJveGVkIGxvb3BzICh3YXJtLXVwLCB0aGVuXG4vLyBOIHNhbXBsZXMgb2YgYWJvdXQgYSBmaXhlZCBkdXJhdGlvbiBlYWNoKSwgb3BzL3MgYXMgdGhlIG1lZGlhbiBvZiB0aGVcbi8vIHNhbXBsZXMgd2l0aCB0aGVpciBtaW5cdTIwMTNtYXggc3ByZWFkLiBCb3VuZGVkIGluIGNvdW50IGFuZCBpbiB0aW1lLlxuaW1wb3J0IHsgcGVyZm9ybWFuY2UgfSBmcm9tICdub2RlOnBlcmZfaG9va3MnO1xuXG4vKiogT25lIG1lYXN1cmFibGUgb3BlcmF0aW9uLCBzZXQgdXAgYW5kIHJlYWR5IHRvIHJ1bi4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgV29ya2xvYWQge1xuICAvKipcbiAgICogVW50aW1lZDogbWFrZSB0aGUgbmV4dCBgY291bnRgIG9wZXJhdGlvbnMgcG9zc2libGUgKGZvciBleGFtcGxlXG4gICAqIGdlbmVyYXRlIGZyZXNoIHByZWtleXMpLiBDYWxsZWQgYmV0d2VlbiB0aW1lZCBiYXRjaGVzLCBuZXZlciBpbnNpZGUgb25lLlxuICAgKi9cbiAgcHJlcGFyZT8oY291bnQ6IG51bWJlcik6IFByb21pc2U8dm9pZD47XG4gIC8qKiBPbmUgb3BlcmF0aW9uIChvbmUgbWVzc2FnZSk6IHRoZSB0aW1lZCB3b3JrLiAqL1xuICBvcCgpOiBQcm9taXNlPHZvaWQ+O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEhhcm5lc3NPcHRpb25zIHtcbiAgLyoqIFdhbGwgdGltZSBvZiB0aGUgdW50aW1lZC1yZXN1bHQgd2FybS11cCAobXMpLiAqL1xuICByZWFkb25seSB3YXJtdXBNczogbnVtYmVyO1xuICAvKiogSG93IG1hbnkgc2FtcGxlcyB0aGUgcmVzdWx0IGlzIG1hZGUgb2YuICovXG4gIHJlYWRvbmx5IHNhbXBsZXM6IG51bWJlcjtcbiAgLyoqIFRpbWVkIGR1cmF0aW9uIG9mIG9uZSBzYW1wbGUgKG1zKS4gKi9cbiAgcmVhZG9ubHkgc2FtcGxlTXM6IG51bWJlcjtcbiAgLyoqIE1vc3Qgb3BlcmF0aW9ucyBpbiBvbmUgYmF0Y2ggKGJvdW5kcyB3aGF0IGBwcmVwYXJlYCBoYXMgdG8gbWFrZSBhdCBvbmNlKS4gKi9cbiAgcmVhZG9ubHkgbWF4QmF0Y2g6IG51bWJlcjtcbiAgLyoqXG4gICAqIFdhbGwtdGltZSBjYXAgcGVyIHdvcmtsb2FkIChtcyksIHdhcm0tdXAgYW5kIGBwcmVwYXJlYCBpbmNsdWRlZDogcGFzdCBpdFxuICAgKiBubyBuZXcgc2FtcGxlIHJvdW5kIHN0YXJ0cy5cbiAgICovXG4gIHJlYWRvbmx5IGNhcE1zOiBudW1iZXI7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgTWVhc3VyZW1lbnQge1xuICAvKiogTWVkaWFuIG9wcy9zIG92ZXIgdGhlIHNhbXBsZXMuICovXG4gIHJlYWRvbmx5IG9wc1BlclNlYzogbnVtYmVyO1xuICByZWFkb25seSBtaW46IG51bWJlcjtcbiAgcmVhZG9ubHkgbWF4OiBudW1iZXI7XG4gIC8qKiBvcHMvcyBvZiBlYWNoIHNhbXBsZSwgaW4gb3JkZXIuICovXG4gIHJlYWRvbmx5IHNhbXBsZXM6IHJlYWRvbmx5IG51bWJlcltdO1xuICAvKiogT3BlcmF0aW9ucyBydW4gaW4gdGhlIHNhbXBsZXMgKHdhcm0tdXAgZXhjbHVkZWQpLiAqL1xuICByZWFkb25seSBvcHM6IG51bWJlcjtcbiAgLyoqIFdoZXRoZXIgdGhlIHdhbGwtdGltZSBjYXAgY3V0IHRoZSBydW4gc2hvcnQgKGZld2VyIHNhbXBsZXMgdGhhbiBhc2tlZCkuICovXG4gIHJlYWRvbmx5IGNhcHBlZDogYm9vbGVhbjtcbn1cblxuZnVuY3Rpb24gbWVkaWFuKHZhbHVlczogcmVhZG9ubHkgbnVtYmVyW10pOiBudW1iZXIge1xuICBjb25zdCBzb3J0ZWQgPSBbLi4udmFsdWVzXS5zb3J0KChhLCBiKSA9PiBhIC0gYik7XG4gIGNvbnN0IG1pZCA9IHNvcnRlZC5sZW5ndGggPj4gMTtcbiAgcmV0dXJuIHNvcnRlZC5sZW5ndGggJSAyID8gc29ydGVkW21pZF0hIDogKHNvcnRlZFttaWQgLSAxXSEgKyBzb3J0ZWRbbWlkXSEpIC8gMjtcbn1cblxuLyoqIFJ1biBgY291bnRgIG9wZXJhdGlvbnMgKGFmdGVyIGFuIHVudGltZWQgYHByZXBhcmVgKTsgcmV0dXJucyB0aGUgdGltZWQgbWlsbGlzZWNvbmRzLiAqL1xuYXN5bmMgZnVuY3Rpb24gYmF0Y2godzogV29ya2xvYWQsIGNvdW50OiBudW1iZXIpOiBQcm9taXNlPG51bWJlcj4ge1xuICBpZiAody5wcmVwYXJlKSBhd2FpdCB3LnByZXBhcmUoY291bnQpO1xuICBjb25zdCB0MCA9IHBlcmZvcm1hbmNlLm5vdygpO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGNvdW50OyBpKyspIGF3YWl0IHcub3AoKTtcbiAgcmV0dXJuIHBlcmZvcm1hbmNlLm5vdygpIC0gdDA7XG59XG5cbi8qKiBBIHdvcmtsb2FkIGFuZCB3aGF0IG11c3QgaGFwcGVuIGJlZm9yZSBlYWNoIG9mIGl0cyBiYXRjaGVzIChzZWxlY3QgYSBjcnlwdG8gcHJvdmlkZXIpLiAqL1xuZXhwb3J0IGludGVyZmFjZSBFbnRyeSB7XG4gIHJlYWRvbmx5IHdvcmtsb2FkOiBXb3JrbG9hZDtcbiAgcmVhZG9ubHkgYWN0aXZhdGU/OiAoKSA9PiB2b2lkO1xufVxuXG4vKipcbiAqIFdhcm0gZXZlcnkgd29ya2xvYWQgdXAsIHRoZW4gdGFrZSBgc2FtcGxlc2Agcm91bmRzIG9mIG9uZSBzYW1wbGUgb2YgYWJvdXRcbiAqIGBzYW1wbGVNc2AgdGltZWQgd29yayBmcm9tIGVhY2gsIGludGVybGVhdmVkICh0aGUgb3JkZXIgcm90YXRpbmcgZWFjaFxuICogcm91bmQpLCBzbyB0aGF0IGJhY2tncm91bmQgbG9hZCBhbmQgZHJpZnQgaGl0IGV2ZXJ5IGltcGxlbWVudGF0aW9uIGFsaWtlXG4gKiBhbmQgdGhlIHJhdGlvcyBiZXR3ZWVuIHRoZW0gc3RheSBtZWFuaW5nZnVsIG9uIGEgYnVzeSBtYWNoaW5lLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gbWVhc3VyZUludGVybGVhdmVkKFxuICBlbnRyaWVzOiByZWFkb25seSBFbnRyeVtdLFxuICBvOiBIYXJuZXNzT3B0aW9ucyxcbik6IFByb21pc2U8TWVhc3VyZW1lbnRbXT4ge1xuICBjb25zdCBzdGFydCA9IHBlcmZvcm1hbmNlLm5vdygpO1xuICBjb25zdCBjYXAgPSBvLmNhcE1zICogZW50cmllcy5sZW5ndGg7XG4gIGNvbnN0IG92ZXJDYXAgPSAoKSA9PiBwZXJmb3JtYW5jZS5ub3coKSAtIHN0YXJ0ID4gY2FwO1xuICBjb25zdCBydW4gPSAoZTogRW50cnksIGNvdW50OiBudW1iZXIpID0+IHtcbiAgICBlLmFjdGl2YXRlPy4oKTtcbiAgICByZXR1cm4gYmF0Y2goZS53b3JrbG9hZCwgY291bnQpO1xuICB9O1xuXG4gIC8vIFdhcm0tdXA6IGRvdWJsaW5nIGJhdGNoZXMgdW50aWwgZWFjaCBvbmUncyBzaGFyZSBvZiB0aGUgd2FybS11cCB0aW1lIGlzIHNwZW50LlxuICBjb25zdCBwZXJPcDogbnVtYmVyW10gPSBbXTtcbiAgZm9yIChjb25zdCBlIG9mIGVudHJpZXMpIHtcbiAgICBjb25zdCB0MCA9IHBlcmZvcm1hbmNlLm5vdygpO1xuICAgIGxldCBzaXplID0gMTtcbiAgICBsZXQgb3BzID0gMDtcbiAgICBsZXQgbXMgPSAwO1xuICAgIHdoaWxlIChvcHMgPT09IDAgfHwgKHBlcmZvcm1hbmNlLm5vdygpIC0gdDAgPCBvLndhcm11cE1zICYmICFvdmVyQ2FwKCkpKSB7XG4gICAgICBtcyArPSBhd2FpdCBydW4oZSwgc2l6ZSk7XG4gICAgICBvcHMgKz0gc2l6ZTtcbiAgICAgIHNpemUgPSBNYXRoLm1pbihvLm1heEJhdGNoLCBzaXplICogMik7XG4gICAgfVxuICAgIHBlck9wLnB1c2goTWF0aC5tYXgobXMgLyBvcHMsIDFlLTQpKTtcbiAgfVxuXG4gIGNvbnN0IHNhbXBsZXM6IG51bWJlcltdW10gPSBlbnRyaWVzLm1hcCgoKSA9PiBbXSk7XG4gIGNvbnN0IG9wcyA9IGVudHJpZXMubWFwKCgpID0+IDApO1xuICBmb3IgKGxldCByb3VuZCA9IDA7IHJvdW5kIDwgby5zYW1wbGVzICYmICEocm91bmQgPiAwICYmIG92ZXJDYXAoKSk7IHJvdW5kKyspIHtcbiAgICBmb3IgKGxldCBrID0gMDsgayA8IGVudHJpZXMubGVuZ3RoOyBrKyspIHtcbiAgICAgIGNvbnN0IGkgPSAoayArIHJvdW5kKSAlIGVudHJpZXMubGVuZ3RoO1xuICAgICAgbGV0IHRpbWVkID0gMDtcbiAgICAgIGxldCBjb3VudCA9IDA7XG4gICAgICB3aGlsZSAodGltZWQgPCBvLnNhbXBsZU1zKSB7XG4gICAgICAgIGNvbnN0IG4gPSBNYXRoLm1pbihvLm1heEJhdGNoLCBNYXRoLm1heCgxLCBNYXRoLmNlaWwoKG8uc2FtcGxlTXMgLSB0aW1lZCkgLyBwZXJPcFtpXSEpKSk7XG4gICAgICAgIHRpbWVkICs9IGF3YWl0IHJ1bihlbnRyaWVzW2ldISwgbik7XG4gICAgICAgIGNvdW50ICs9IG47XG4gICAgICB9XG4gICAgICBwZXJPcFtpXSA9IHRpbWVkIC8gY291bnQ7XG4gICAgICBzYW1wbGVzW2ldIS5wdXNoKChjb3VudCAvIHRpbWVkKSAqIDEwMDApO1xuICAgICAgb3BzW2ldISArPSBjb3VudDtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGVudHJpZXMubWFwKChfLCBpKSA9PiAoe1xuICAgIG9wc1BlclNlYzogbWVkaWFuKHNhbXBsZXNbaV0hKSxcbiAgICBtaW46IE1hdGgubWluKC4uLnNhbXBsZXNbaV0hKSxcbiAgICBtYXg6IE1hdGgubWF4KC4uLnNhbXBsZXNbaV0hKSxcbiAgICBzYW1wbGVzOiBzYW1wbGVzW2ldISxcbiAgICBvcHM6IG9wc1tpXSEsXG4gICAgY2FwcGVkOiBzYW1wbGVzW2ldIS5sZW5ndGggPCBvLnNhbXBsZXMsXG4gIH0pKTtcbn1cblxuLyoqIENoZWNrcyBkZWNyeXB0ZWQgcGxhaW50ZXh0czogYSBiZW5jaG1hcmsgdGhhdCBzaWxlbnRseSBmYWlscyBpcyB3b3J0aGxlc3MuICovXG5leHBvcnQgY2xhc3MgUGxhaW50ZXh0Q2hlY2sge1xuICBjaGVja2VkID0gMDtcbiAgY29uc3RydWN0b3IocmVhZG9ubHkgbGFiZWw6IHN0cmluZykge31cblxuICAvKiogVGhyb3dzIHVubGVzcyBgZ290YCBlcXVhbHMgYHdhbnRgIGJ5dGUgZm9yIGJ5dGUuICovXG4gIGVxdWFsKGdvdDogVWludDhBcnJheSwgd2FudDogVWludDhBcnJheSk6IHZvaWQge1xuICAgIGlmICghQnVmZmVyLmZyb20oZ290LmJ1ZmZlciwgZ290LmJ5dGVPZmZzZXQsIGdvdC5ieXRlTGVuZ3RoKS5lcXVhbHMod2FudCkpXG4gICAgICB0aHJvdyBuZXcgRXJyb3IoYCR7dGhpcy5sYWJlbH06IGRlY3J5cHRlZCBwbGFpbnRleHQgZGlmZmVycyBmcm9tIHRoZSBvcmlnaW5hbGApO1xuICAgIHRoaXMuY2hlY2tlZCsrO1xuICB9XG59XG5cbi8qKiBgY291bnRgIGRpc3RpbmN0IHJhbmRvbSBtZXNzYWdlcyBvZiBgc2l6ZWAgYnl0ZXMsIHVzZWQgaW4gdHVybiBieSB0aGUgd29ya2xvYWRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1lc3NhZ2VzKGNvdW50OiBudW1iZXIsIHNpemU6IG51bWJlcik6IFVpbnQ4QXJyYXk8QXJyYXlCdWZmZXI+W10ge1xuICByZXR1cm4gQXJyYXkuZnJvbSh7IGxlbmd0aDogY291bnQgfSwgKCkgPT4ge1xuICAgIGNvbnN0IG0gPSBuZXcgVWludDhBcnJheShzaXplKTtcbiAgICBnbG9iYWxUaGlzLmNyeXB0by5nZXRSYW5kb21WYWx1ZXMobSk7XG4gICAgcmV0dXJuIG07XG4gIH0pO1xufVxuXG4vKiogQ3ljbGVzIHRocm91Z2ggYGl0ZW1zYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjeWNsZTxUPihpdGVtczogcmVhZG9ubHkgVFtdKTogKCkgPT4gVCB7XG4gIGxldCBpID0gMDtcbiAgcmV0dXJuICgpID0+IGl0ZW1zW2krKyAlIGl0ZW1zLmxlbmd0aF0hO1xufVxuIiwgIi8vIE5leHVzTGluaydzIHNpZGUgb2YgdGhlIGJlbmNobWFya3M6IHRoZSBzZXNzaW9uIEFQSSAoc3JjL3JhdGNoZXQpIG92ZXIgdGhlXG4vLyBpbi1tZW1vcnkgc3RvcmVzIG9mIEBuZXh1c2xpbmsvc2RrL3Rlc3RpbmcsIHdoaWNoIGNvcHkgZW5jb2RlZCByZWNvcmRzIGluXG4vLyBhbmQgb3V0IGFzIGEgcmVhbCBzdG9yZSB3b3VsZC4gVGhlIGNyeXB0byBwcm92aWRlciBpcyB3aGF0ZXZlciBpcyBhY3RpdmUuXG5pbXBvcnQge1xuICBjZXJ0aWZ5TmV3RGV2aWNlLFxuICBjcmVhdGVJZGVudGl0eSxcbiAgZGV2aWNlU2lnbmVyLFxuICBpc3N1ZVNlbGZTaWduaW5nQ2VydGlmaWNhdGUsXG4gIFNpZ25pbmdLZXlQYWlyLFxuICBzb2Z0d2FyZUtleVN0b3JlLFxufSBmcm9tICcuLi9zcmMvaW5kZXguanMnO1xuaW1wb3J0IHsgc2V0Q3J5cHRvUHJvdmlkZXIgfSBmcm9tICcuLi9zcmMvcHJpbWl0aXZlcy9wcm92aWRlci5qcyc7XG5pbXBvcnQgdHlwZSB7IENyeXB0b1Byb3ZpZGVyIH0gZnJvbSAnLi4vc3JjL3ByaW1pdGl2ZXMvcHJvdmlkZXIuanMnO1xuaW1wb3J0IHtcbiAgY3JlYXRlS2VtUHJlS2V5LFxuICBjcmVhdGVPbmVUaW1lUHJlS2V5cyxcbiAgY3JlYXRlUHJlS2V5QnVuZGxlLFxuICBjcmVhdGVTaWduZWRQcmVLZXksXG4gIGxvY2FsRGV2aWNlLFxufSBmcm9tICcuLi9zcmMvcmF0Y2hldC9wcmVrZXlzLmpzJztcbmltcG9ydCB0eXBlIHsgTG9jYWxEZXZpY2UgfSBmcm9tICcuLi9zcmMvcmF0Y2hldC9wcmVrZXlzLmpzJztcbmltcG9ydCB7XG4gIGNyZWF0ZVNlbmRlcktleURpc3RyaWJ1dGlvbixcbiAgZ3JvdXBEZWNyeXB0LFxuICBncm91cEVuY3J5cHQsXG4gIHByb2Nlc3NTZW5kZXJLZXlEaXN0cmlidXRpb24sXG59IGZyb20gJy4uL3NyYy9yYXRjaGV0L3NlbmRlci1rZXlzLmpzJztcbmltcG9ydCB7XG4gIGRlY3J5cHRNZXNzYWdlLFxuICBkZXZpY2VBZGRyZXNzLFxuICBlbmNyeXB0TWVzc2FnZSxcbiAgZXN0YWJsaXNoU2Vzc2lvbixcbn0gZnJvbSAnLi4vc3JjL3JhdGNoZXQvc2Vzc2lvbi5qcyc7XG5pbXBvcnQgdHlwZSB7IFNlc3Npb25Db250ZXh0IH0gZnJvbSAnLi4vc3JjL3JhdGNoZXQvc2Vzc2lvbi5qcyc7XG5pbXBvcnQgeyBtZW1vcnlQcm90b2NvbFN0b3JlcyB9IGZyb20gJy4uL3NyYy90ZXN0aW5nL2luZGV4LmpzJztcbmltcG9ydCB7IGVudmVsb3BlQ29kZWMgfSBmcm9tICcuLi9zcmMvd2lyZS9tZXNzYWdlcy5qcyc7XG5pbXBvcnQgeyBFbnZlbG9wZVR5cGUgfSBmcm9tICcuLi9zcmMvd2lyZS9nZW4vbmV4dXNsaW5rL3YxL2VudmVsb3BlX3BiLmpzJztcbmltcG9ydCB7IGN5Y2xlIH0gZnJvbSAnLi9oYXJuZXNzLmpzJztcbmltcG9ydCB0eXBlIHsgSW1wbGVtZW50YXRpb24sIFdvcmtsb2FkQ29udGV4dCB9IGZyb20gJy4vc2NlbmFyaW9zLmpzJztcblxuLyoqIENlcnRpZmljYXRlcyBhcmUgaXNzdWVkIGEgc2Vjb25kIGluIHRoZSBwYXN0IHNvIHRoZXkgdmVyaWZ5IGF0IG9uY2UuICovXG5jb25zdCBwYXN0ID0geyBub3c6ICgpID0+IERhdGUubm93KCkgLSAxMDAwIH07XG5cbmludGVyZmFjZSBEZXZpY2Uge1xuICByZWFkb25seSBkZXZpY2U6IExvY2FsRGV2aWNlO1xuICAvKiogU3RvcmVzIHdpdGggdGhlIGRldmljZSdzIHNpZ25lZCBwcmVrZXkgKGlkIDEpIGFuZCBsYXN0LXJlc29ydCBLRU0gcHJla2V5IChpZCAxMDAwKS4gKi9cbiAgcmVhZG9ubHkgY3R4OiBTZXNzaW9uQ29udGV4dCAmIHsgc3RvcmVzOiBSZXR1cm5UeXBlPHR5cGVvZiBtZW1vcnlQcm90b2NvbFN0b3Jlcz4gfTtcbiAgLyoqIFRoZSBzaWduZWQgcHJla2V5LCBhcyBpdCBnb2VzIGludG8gYnVuZGxlcy4gKi9cbiAgcmVhZG9ubHkgc2lnbmVkUHJlS2V5OiBVaW50OEFycmF5O1xufVxuXG4vKiogQSBkZXZpY2Ugd2l0aCBpZGVudGl0eSwgc2VsZi1zaWduaW5nIGFuZCBkZXZpY2UgY2VydGlmaWNhdGVzLCBzdG9yZXMgYW5kIHByZWtleXMuICovXG5hc3luYyBmdW5jdGlvbiBtYWtlRGV2aWNlKG5hbWU6IHN0cmluZyk6IFByb21pc2U8RGV2aWNlPiB7XG4gIGNvbnN0IHsgaWRlbnRpdHkgfSA9IGNyZWF0ZUlkZW50aXR5KCk7XG4gIGNvbnN0IHNzayA9IFNpZ25pbmdLZXlQYWlyLmdlbmVyYXRlKCk7XG4gIGNvbnN0IHNza0NlcnQgPSBhd2FpdCBpc3N1ZVNlbGZTaWduaW5nQ2VydGlmaWNhdGUoe1xuICAgIGlkZW50aXR5LFxuICAgIHNpZ25pbmdLZXk6IHNzay5wdWJsaWNLZXksXG4gICAgY3JlYXRlZEF0OiBwYXN0Lm5vdygpLFxuICB9KTtcbiAgY29uc3Qga2V5U3RvcmUgPSBzb2Z0d2FyZUtleVN0b3JlKCk7XG4gIGNvbnN0IG5kID0gYXdhaXQgY2VydGlmeU5ld0RldmljZSh7XG4gICAga2V5U3RvcmUsXG4gICAgc2VsZlNpZ25pbmdLZXk6IHNzayxcbiAgICBpZGVudGl0eUtleTogaWRlbnRpdHkucHVibGljS2V5LmJ5dGVzLFxuICAgIGRpc3BsYXlOYW1lOiBuYW1lLFxuICAgIGNsb2NrOiBwYXN0LFxuICB9KTtcbiAgY29uc3QgZGV2aWNlID0gbG9jYWxEZXZpY2Uoe1xuICAgIGRldmljZUNlcnRpZmljYXRlOiBuZC5jZXJ0aWZpY2F0ZS5ieXRlcyxcbiAgICBzZWxmU2lnbmluZ0NlcnRpZmljYXRlOiBzc2tDZXJ0LmJ5dGVzLFxuICAgIGtleUFncmVlbWVudEtleTogbmQua2V5QWdyZWVtZW50S2V5LFxuICAgIHNpZ25lcjogYXdhaXQgZGV2aWNlU2lnbmVyKGtleVN0b3JlLCBuZC5zaWduaW5nS2V5SWQpLFxuICB9KTtcbiAgY29uc3Qgc3RvcmVzID0gbWVtb3J5UHJvdG9jb2xTdG9yZXMoKTtcbiAgY29uc3Qgc2lnbmVkUHJlS2V5ID0gYXdhaXQgY3JlYXRlU2lnbmVkUHJlS2V5KGRldmljZSwgc3RvcmVzLnByZUtleXMsIDEsIHsgY2xvY2s6IHBhc3QgfSk7XG4gIGF3YWl0IGNyZWF0ZUtlbVByZUtleShkZXZpY2UsIHN0b3Jlcy5wcmVLZXlzLCAxMDAwLCB7IGxhc3RSZXNvcnQ6IHRydWUsIGNsb2NrOiBwYXN0IH0pO1xuICByZXR1cm4geyBkZXZpY2UsIGN0eDogeyBzdG9yZXMgfSwgc2lnbmVkUHJlS2V5IH07XG59XG5cbmNvbnN0IGFkZHJlc3NPZiA9IChkOiBEZXZpY2UpID0+IGRldmljZUFkZHJlc3MoZC5kZXZpY2UudXVpZCwgZC5kZXZpY2UuZGV2aWNlSWQpO1xuXG4vKiogQSBmcmVzaCBidW5kbGUgb2YgYGJvYmAgKG5ldyBvbmUtdGltZSBYMjU1MTkgYW5kIE1MLUtFTSBwcmVrZXlzKSBpbiBgc3RvcmVzYC4gKi9cbmFzeW5jIGZ1bmN0aW9uIGZyZXNoQnVuZGxlKFxuICBib2I6IERldmljZSxcbiAgc3RvcmVzOiBSZXR1cm5UeXBlPHR5cGVvZiBtZW1vcnlQcm90b2NvbFN0b3Jlcz4sXG4gIGlkOiBudW1iZXIsXG4pOiBQcm9taXNlPFVpbnQ4QXJyYXk+IHtcbiAgY29uc3QgW29uZVRpbWVdID0gYXdhaXQgY3JlYXRlT25lVGltZVByZUtleXMoc3RvcmVzLnByZUtleXMsIGlkLCAxLCB7IGNsb2NrOiBwYXN0IH0pO1xuICBjb25zdCBrZW0gPSBhd2FpdCBjcmVhdGVLZW1QcmVLZXkoYm9iLmRldmljZSwgc3RvcmVzLnByZUtleXMsIGlkLCB7IGNsb2NrOiBwYXN0IH0pO1xuICByZXR1cm4gY3JlYXRlUHJlS2V5QnVuZGxlKHtcbiAgICBkZXZpY2U6IGJvYi5kZXZpY2UsXG4gICAgc2lnbmVkUHJlS2V5OiBib2Iuc2lnbmVkUHJlS2V5LFxuICAgIGtlbVByZUtleToga2VtLFxuICAgIG9uZVRpbWVQcmVLZXk6IG9uZVRpbWUhLFxuICB9KTtcbn1cblxuZnVuY3Rpb24gZXhwZWN0VHlwZShlbnZlbG9wZTogVWludDhBcnJheSwgdHlwZTogRW52ZWxvcGVUeXBlLCB3aGF0OiBzdHJpbmcpOiB2b2lkIHtcbiAgaWYgKGVudmVsb3BlQ29kZWMuZGVjb2RlKGVudmVsb3BlKS50eXBlICE9PSB0eXBlKVxuICAgIHRocm93IG5ldyBFcnJvcihgbmV4dXNsaW5rOiAke3doYXR9IGlzIG5vdCBhICR7RW52ZWxvcGVUeXBlW3R5cGVdfWApO1xufVxuXG4vKiogQWxpY2UgYW5kIEJvYiB3aXRoIGEgc2Vzc2lvbiBib3RoIHdheXMgKEJvYiBoYXMgYW5zd2VyZWQ6IG5vIG1vcmUgUHJlS2V5TWVzc2FnZXMpLiAqL1xuYXN5bmMgZnVuY3Rpb24gcGFpcihtZXNzYWdlczogcmVhZG9ubHkgVWludDhBcnJheVtdKSB7XG4gIGNvbnN0IGFsaWNlID0gYXdhaXQgbWFrZURldmljZSgnYWxpY2UnKTtcbiAgY29uc3QgYm9iID0gYXdhaXQgbWFrZURldmljZSgnYm9iJyk7XG4gIGNvbnN0IGJvYkFkZHJlc3MgPSBhd2FpdCBlc3RhYmxpc2hTZXNzaW9uKFxuICAgIGFsaWNlLmRldmljZSxcbiAgICBhd2FpdCBmcmVzaEJ1bmRsZShib2IsIGJvYi5jdHguc3RvcmVzLCAxKSxcbiAgICBhbGljZS5jdHgsXG4gICk7XG4gIGNvbnN0IGZpcnN0ID0gYXdhaXQgZW5jcnlwdE1lc3NhZ2UoYWxpY2UuZGV2aWNlLCBib2JBZGRyZXNzLCBtZXNzYWdlc1swXSEsIGFsaWNlLmN0eCk7XG4gIGV4cGVjdFR5cGUoZmlyc3QsIEVudmVsb3BlVHlwZS5QUkVLRVlfTUVTU0FHRSwgJ3RoZSBmaXJzdCBtZXNzYWdlJyk7XG4gIGNvbnN0IGFsaWNlQWRkcmVzcyA9IChhd2FpdCBkZWNyeXB0TWVzc2FnZShib2IuZGV2aWNlLCBmaXJzdCwgYm9iLmN0eCkpLnNlbmRlcjtcbiAgY29uc3QgcmVwbHkgPSBhd2FpdCBlbmNyeXB0TWVzc2FnZShib2IuZGV2aWNlLCBhbGljZUFkZHJlc3MsIG1lc3NhZ2VzWzFdISwgYm9iLmN0eCk7XG4gIGF3YWl0IGRlY3J5cHRNZXNzYWdlKGFsaWNlLmRldmljZSwgcmVwbHksIGFsaWNlLmN0eCk7XG4gIGNvbnN0IG5leHQgPSBhd2FpdCBlbmNyeXB0TWVzc2FnZShhbGljZS5kZXZpY2UsIGJvYkFkZHJlc3MsIG1lc3NhZ2VzWzJdISwgYWxpY2UuY3R4KTtcbiAgZXhwZWN0VHlwZShuZXh0LCBFbnZlbG9wZVR5cGUuUkFUQ0hFVF9NRVNTQUdFLCAnYSBtZXNzYWdlIGFmdGVyIHRoZSByZXBseScpO1xuICBhd2FpdCBkZWNyeXB0TWVzc2FnZShib2IuZGV2aWNlLCBuZXh0LCBib2IuY3R4KTtcbiAgcmV0dXJuIHsgYWxpY2UsIGJvYiwgYWxpY2VBZGRyZXNzLCBib2JBZGRyZXNzIH07XG59XG5cbi8qKiBOZXh1c0xpbmsgd2l0aCBgcHJvdmlkZXJgIGFjdGl2ZSBmb3Igc2V0LXVwIGFuZCBldmVyeSBvcGVyYXRpb24uICovXG5leHBvcnQgZnVuY3Rpb24gbmV4dXNsaW5rKG5hbWU6IHN0cmluZywgcHJvdmlkZXI6IENyeXB0b1Byb3ZpZGVyKTogSW1wbGVtZW50YXRpb24ge1xuICByZXR1cm4ge1xuICAgIG5hbWUsXG4gICAgYWN0aXZhdGU6ICgpID0+IHNldENyeXB0b1Byb3ZpZGVyKHByb3ZpZGVyKSxcbiAgICB3b3JrbG9hZHM6IHtcbiAgICAgIGFzeW5jIGVzdGFibGlzaCh7IG1lc3NhZ2VzLCBjaGVjayB9OiBXb3JrbG9hZENvbnRleHQpIHtcbiAgICAgICAgY29uc3QgYWxpY2UgPSBhd2FpdCBtYWtlRGV2aWNlKCdhbGljZScpO1xuICAgICAgICBjb25zdCBib2IgPSBhd2FpdCBtYWtlRGV2aWNlKCdib2InKTtcbiAgICAgICAgY29uc3Qgc2lnbmVkUmVjb3JkID0gKGF3YWl0IGJvYi5jdHguc3RvcmVzLnByZUtleXMubG9hZFByZUtleSgnc2lnbmVkJywgMSkpITtcbiAgICAgICAgY29uc3QgbmV4dCA9IGN5Y2xlKG1lc3NhZ2VzKTtcbiAgICAgICAgLy8gRWFjaCBvcGVyYXRpb24gZ2V0cyBmcmVzaCBzdG9yZXMgb24gYm90aCBzaWRlcyAobm8gYXJjaGl2ZWQgc2Vzc2lvbnMgcGlsaW5nXG4gICAgICAgIC8vIHVwKSBhbmQgYSBidW5kbGUgd2l0aCBmcmVzaCBvbmUtdGltZSBwcmVrZXlzLCBhbGwgbWFkZSBiZWZvcmUgdGhlIHRpbWVyIHN0YXJ0cy5cbiAgICAgICAgY29uc3QgcG9vbDogeyBidW5kbGU6IFVpbnQ4QXJyYXk7IGFsaWNlQ3R4OiBTZXNzaW9uQ29udGV4dDsgYm9iQ3R4OiBTZXNzaW9uQ29udGV4dCB9W10gPSBbXTtcbiAgICAgICAgcmV0dXJuIHtcbiAgICAgICAgICBhc3luYyBwcmVwYXJlKGNvdW50KSB7XG4gICAgICAgICAgICB3aGlsZSAocG9vbC5sZW5ndGggPCBjb3VudCkge1xuICAgICAgICAgICAgICBjb25zdCBib2JTdG9yZXMgPSBtZW1vcnlQcm90b2NvbFN0b3JlcygpO1xuICAgICAgICAgICAgICBhd2FpdCBib2JTdG9yZXMucHJlS2V5cy5zdG9yZVByZUtleSgnc2lnbmVkJywgMSwgc2lnbmVkUmVjb3JkKTtcbiAgICAgICAgICAgICAgcG9vbC5wdXNoKHtcbiAgICAgICAgICAgICAgICBidW5kbGU6IGF3YWl0IGZyZXNoQnVuZGxlKGJvYiwgYm9iU3RvcmVzLCAxKSxcbiAgICAgICAgICAgICAgICBhbGljZUN0eDogeyBzdG9yZXM6IG1lbW9yeVByb3RvY29sU3RvcmVzKCkgfSxcbiAgICAgICAgICAgICAgICBib2JDdHg6IHsgc3RvcmVzOiBib2JTdG9yZXMgfSxcbiAgICAgICAgICAgICAgfSk7XG4gICAgICAgICAgICB9XG4gICAgICAgICAgfSxcbiAgICAgICAgICBhc3luYyBvcCgpIHtcbiAgICAgICAgICAgIGNvbnN0IHsgYnVuZGxlLCBhbGljZUN0eCwgYm9iQ3R4IH0gPSBwb29sLnBvcCgpITtcbiAgICAgICAgICAgIGNvbnN0IG1lc3NhZ2UgPSBuZXh0KCk7XG4gICAgICAgICAgICBjb25zdCBhZGRyZXNzID0gYXdhaXQgZXN0YWJsaXNoU2Vzc2lvbihhbGljZS5kZXZpY2UsIGJ1bmRsZSwgYWxpY2VDdHgpO1xuICAgICAgICAgICAgY29uc3QgZW52ZWxvcGUgPSBhd2FpdCBlbmNyeXB0TWVzc2FnZShhbGljZS5kZXZpY2UsIGFkZHJlc3MsIG1lc3NhZ2UsIGFsaWNlQ3R4KTtcbiAgICAgICAgICAgIGNvbnN0IHJlY2VpdmVkID0gYXdhaXQgZGVjcnlwdE1lc3NhZ2UoYm9iLmRldmljZSwgZW52ZWxvcGUsIGJvYkN0eCk7XG4gICAgICAgICAgICBpZiAoIXJlY2VpdmVkLm5ld1Nlc3Npb24pIHRocm93IG5ldyBFcnJvcignbmV4dXNsaW5rOiBubyBuZXcgc2Vzc2lvbiB3YXMgY3JlYXRlZCcpO1xuICAgICAgICAgICAgY2hlY2suZXF1YWwocmVjZWl2ZWQucGxhaW50ZXh0LCBtZXNzYWdlKTtcbiAgICAgICAgICB9LFxuICAgICAgICB9O1xuICAgICAgfSxcblxuICAgICAgYXN5bmMgc3RlYWR5KHsgbWVzc2FnZXMsIGNoZWNrIH06IFdvcmtsb2FkQ29udGV4dCkge1xuICAgICAgICBjb25zdCB7IGFsaWNlLCBib2IsIGJvYkFkZHJlc3MgfSA9IGF3YWl0IHBhaXIobWVzc2FnZXMpO1xuICAgICAgICBjb25zdCBuZXh0ID0gY3ljbGUobWVzc2FnZXMpO1xuICAgICAgICByZXR1cm4ge1xuICAgICAgICAgIGFzeW5jIG9wKCkge1xuICAgICAgICAgICAgY29uc3QgbWVzc2FnZSA9IG5leHQoKTtcbiAgICAgICAgICAgIGNvbnN0IGVudmVsb3BlID0gYXdhaXQgZW5jcnlwdE1lc3NhZ2UoYWxpY2UuZGV2aWNlLCBib2JBZGRyZXNzLCBtZXNzYWdlLCBhbGljZS5jdHgpO1xuICAgICAgICAgICAgY2hlY2suZXF1YWwoKGF3YWl0IGRlY3J5cHRNZXNzYWdlKGJvYi5kZXZpY2UsIGVudmVsb3BlLCBib2IuY3R4KSkucGxhaW50ZXh0LCBtZXNzYWdlKTtcbiAgICAgICAgICB9LFxuICAgICAgICB9O1xuICAgICAgfSxcblxuICAgICAgYXN5bmMgJ3BpbmctcG9uZycoeyBtZXNzYWdlcywgY2hlY2sgfTogV29ya2xvYWRDb250ZXh0KSB7XG4gICAgICAgIGNvbnN0IHsgYWxpY2UsIGJvYiwgYWxpY2VBZGRyZXNzLCBib2JBZGRyZXNzIH0gPSBhd2FpdCBwYWlyKG1lc3NhZ2VzKTtcbiAgICAgICAgY29uc3QgbmV4dCA9IGN5Y2xlKG1lc3NhZ2VzKTtcbiAgICAgICAgbGV0IHR1cm4gPSAwO1xuICAgICAgICByZXR1cm4ge1xuICAgICAgICAgIGFzeW5jIG9wKCkge1xuICAgICAgICAgICAgY29uc3QgbWVzc2FnZSA9IG5leHQoKTtcbiAgICAgICAgICAgIGNvbnN0IFtmcm9tLCB0bywgYWRkcmVzc10gPVxuICAgICAgICAgICAgICB0dXJuKysgJSAyID09PSAwID8gW2FsaWNlLCBib2IsIGJvYkFkZHJlc3NdIDogW2JvYiwgYWxpY2UsIGFsaWNlQWRkcmVzc107XG4gICAgICAgICAgICBjb25zdCBlbnZlbG9wZSA9IGF3YWl0IGVuY3J5cHRNZXNzYWdlKGZyb20uZGV2aWNlLCBhZGRyZXNzLCBtZXNzYWdlLCBmcm9tLmN0eCk7XG4gICAgICAgICAgICBjaGVjay5lcXVhbCgoYXdhaXQgZGVjcnlwdE1lc3NhZ2UodG8uZGV2aWNlLCBlbnZlbG9wZSwgdG8uY3R4KSkucGxhaW50ZXh0LCBtZXNzYWdlKTtcbiAgICAgICAgICB9LFxuICAgICAgICB9O1xuICAgICAgfSxcblxuICAgICAgYXN5bmMgZ3JvdXAoeyBtZXNzYWdlcywgY2hlY2sgfTogV29ya2xvYWRDb250ZXh0KSB7XG4gICAgICAgIGNvbnN0IGFsaWNlID0gYXdhaXQgbWFrZURldmljZSgnYWxpY2UnKTtcbiAgICAgICAgY29uc3QgYm9iID0gYXdhaXQgbWFrZURldmljZSgnYm9iJyk7XG4gICAgICAgIGNvbnN0IGRpc3RyaWJ1dGlvbklkID0gZ2xvYmFsVGhpcy5jcnlwdG8uZ2V0UmFuZG9tVmFsdWVzKG5ldyBVaW50OEFycmF5KDE2KSk7XG4gICAgICAgIGNvbnN0IGRpc3RyaWJ1dGlvbiA9IGF3YWl0IGNyZWF0ZVNlbmRlcktleURpc3RyaWJ1dGlvbihcbiAgICAgICAgICBhbGljZS5kZXZpY2UsXG4gICAgICAgICAgZGlzdHJpYnV0aW9uSWQsXG4gICAgICAgICAgYWxpY2UuY3R4LFxuICAgICAgICApO1xuICAgICAgICBhd2FpdCBwcm9jZXNzU2VuZGVyS2V5RGlzdHJpYnV0aW9uKGFkZHJlc3NPZihhbGljZSksIGRpc3RyaWJ1dGlvbiwgYm9iLmN0eCk7XG4gICAgICAgIGNvbnN0IG5leHQgPSBjeWNsZShtZXNzYWdlcyk7XG4gICAgICAgIHJldHVybiB7XG4gICAgICAgICAgYXN5bmMgb3AoKSB7XG4gICAgICAgICAgICBjb25zdCBtZXNzYWdlID0gbmV4dCgpO1xuICAgICAgICAgICAgY29uc3QgZW52ZWxvcGUgPSBhd2FpdCBncm91cEVuY3J5cHQoYWxpY2UuZGV2aWNlLCBkaXN0cmlidXRpb25JZCwgbWVzc2FnZSwgYWxpY2UuY3R4KTtcbiAgICAgICAgICAgIGNoZWNrLmVxdWFsKChhd2FpdCBncm91cERlY3J5cHQoZW52ZWxvcGUsIGJvYi5jdHgpKS5wbGFpbnRleHQsIG1lc3NhZ2UpO1xuICAgICAgICAgIH0sXG4gICAgICAgIH07XG4gICAgICB9LFxuICAgIH0sXG4gIH07XG59XG4iXSwKICAibWFwcGluZ3MiOiAiO0FBQUEsU0FBUyxtQkFBbUI7OztBQ0M1QixTQUFTLGVBQWU7OztBQ0R4QixTQUFTLFNBQVMsY0FBYztBQUNoQyxTQUFTLFlBQVk7QUFDckIsU0FBUyxrQkFBa0IseUJBQXlCO0FBQ3BELFNBQVMsa0JBQWtCO0FBQzNCLFNBQVMsWUFBWTtBQUNyQixTQUFTLFlBQVk7QUFDckIsU0FBUyxRQUFRLGNBQWM7QUFDL0IsU0FBUyxhQUFhLGVBQWUsd0JBQXdCOzs7QUNIdEQsSUFBTSxjQUFjO0FBQUEsRUFDekI7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQ0Y7QUFLQSxJQUFNLFdBQWdDLElBQUksSUFBSSxXQUFXO0FBb0JsRCxJQUFNLGFBQU4sY0FBeUIsTUFBTTtBQUFBO0FBQUEsRUFFM0I7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFPVCxZQUFZLE1BQWlCLFNBQWlCLFNBQStCO0FBQzNFLFVBQU0sU0FBUyxPQUFPO0FBQ3RCLFFBQUksQ0FBQyxTQUFTLElBQUksSUFBSSxFQUFHLE9BQU0sSUFBSSxVQUFVLDRCQUE0QixPQUFPLElBQUksQ0FBQyxFQUFFO0FBQ3ZGLFNBQUssT0FBTztBQUNaLFNBQUssT0FBTztBQUFBLEVBQ2Q7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBTUEsT0FBTyxHQUF3QixRQUFpQixPQUFvQztBQUNsRixRQUFJLEVBQUUsZUFBZSxVQUFXLElBQTJCLFNBQVMsYUFBYyxRQUFPO0FBQ3pGLFVBQU0sT0FBUSxJQUEyQjtBQUN6QyxRQUFJLE9BQU8sU0FBUyxZQUFZLENBQUMsU0FBUyxJQUFJLElBQUksRUFBRyxRQUFPO0FBQzVELFdBQU8sTUFBTSxXQUFXLEtBQU0sTUFBbUIsU0FBUyxJQUFJO0FBQUEsRUFDaEU7QUFDRjs7O0FESU8sSUFBTSxtQkFBbUM7QUFBQSxFQUM5QyxNQUFNO0FBQUEsRUFDTixhQUFhLENBQUMsV0FBVyxpQkFBaUIsTUFBTTtBQUFBLEVBQ2hELFFBQVEsQ0FBQyxTQUFTLE9BQU8sSUFBSTtBQUFBLEVBQzdCLFFBQVEsQ0FBQyxTQUFTLE9BQU8sSUFBSTtBQUFBLEVBQzdCLFlBQVksQ0FBQyxLQUFLLFNBQVMsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUFBLEVBQ2pELFlBQVksQ0FBQyxLQUFLLFNBQVMsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUFBLEVBQ2pELFlBQVksQ0FBQyxLQUFLLE1BQU0sTUFBTSxXQUFXLEtBQUssUUFBUSxLQUFLLE1BQU0sTUFBTSxNQUFNO0FBQUEsRUFDN0Usa0JBQWtCLENBQUMsU0FBUyxRQUFRLGFBQWEsSUFBSTtBQUFBLEVBQ3JELGFBQWEsQ0FBQyxNQUFNLFlBQVksUUFBUSxLQUFLLFNBQVMsSUFBSTtBQUFBLEVBQzFELGVBQWUsQ0FBQyxXQUFXLFNBQVMsY0FBYztBQUNoRCxRQUFJO0FBSUYsYUFDRSxRQUFRLE9BQU8sV0FBVyxTQUFTLFdBQVcsRUFBRSxRQUFRLE1BQU0sQ0FBQyxLQUMvRCxvQkFBb0IsV0FBVyxTQUFTLFNBQVM7QUFBQSxJQUVyRCxRQUFRO0FBQ04sYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBQUEsRUFDQSxlQUFlLENBQUMsV0FBVyxLQUFLLGFBQWEsUUFBUSxJQUFJO0FBQUEsRUFDekQsVUFBVSxDQUFDLFFBQVEsWUFBWSxLQUFLLEtBQUssU0FBUyxRQUFRLEVBQUUsTUFBTSxLQUFLLENBQUM7QUFBQSxFQUN4RSxZQUFZLENBQUMsV0FBVyxTQUFTLGNBQWM7QUFDN0MsUUFBSTtBQUNGLGFBQU8sS0FBSyxPQUFPLFdBQVcsU0FBUyxXQUFXLEVBQUUsTUFBTSxLQUFLLENBQUM7QUFBQSxJQUNsRSxRQUFRO0FBQ04sYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBQUEsRUFDQSxpQkFBaUIsQ0FBQyxXQUFXLE9BQU8sYUFBYSxNQUFNO0FBQUEsRUFDdkQsUUFBUSxDQUFDLFFBQVEsY0FBYztBQUM3QixRQUFJO0FBQ0YsWUFBTSxTQUFTLE9BQU8sZ0JBQWdCLFFBQVEsU0FBUztBQUN2RCxhQUFPLE9BQU8sS0FBSyxDQUFDLE1BQU0sTUFBTSxDQUFDLElBQUksU0FBUztBQUFBLElBQ2hELFFBQVE7QUFDTixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFBQSxFQUNBLG9CQUFvQixDQUFDLFNBQVMsV0FBVyxPQUFPLElBQUksRUFBRTtBQUFBLEVBQ3RELHNCQUFzQixDQUFDLFdBQVcsZUFBZTtBQUMvQyxVQUFNLEVBQUUsWUFBWSxhQUFhLElBQUksV0FBVyxZQUFZLFdBQVcsVUFBVTtBQUNqRixXQUFPLEVBQUUsWUFBWSxZQUFZLGFBQWE7QUFBQSxFQUNoRDtBQUFBLEVBQ0Esc0JBQXNCLENBQUMsTUFBTSxlQUMzQixXQUFXLFlBQVksWUFBWSxXQUFXLE9BQU8sSUFBSSxFQUFFLFNBQVM7QUFBQSxFQUN0RSxzQkFBc0IsQ0FBQyxLQUFLLE9BQU8sV0FBVyxPQUM1QyxpQkFBaUIsS0FBSyxPQUFPLEVBQUUsRUFBRSxRQUFRLFNBQVM7QUFBQSxFQUNwRCxzQkFBc0IsQ0FBQyxLQUFLLE9BQU8sWUFBWSxPQUFPO0FBQ3BELFFBQUk7QUFDRixhQUFPLGlCQUFpQixLQUFLLE9BQU8sRUFBRSxFQUFFLFFBQVEsVUFBVTtBQUFBLElBQzVELFFBQVE7QUFDTixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFBQSxFQUNBLHVCQUF1QixDQUFDLEtBQUssT0FBTyxXQUFXLE9BQzdDLGtCQUFrQixLQUFLLE9BQU8sRUFBRSxFQUFFLFFBQVEsU0FBUztBQUFBLEVBQ3JELHVCQUF1QixDQUFDLEtBQUssT0FBTyxZQUFZLE9BQU87QUFDckQsUUFBSTtBQUNGLGFBQU8sa0JBQWtCLEtBQUssT0FBTyxFQUFFLEVBQUUsUUFBUSxVQUFVO0FBQUEsSUFDN0QsUUFBUTtBQUNOLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNGO0FBRUEsSUFBSTtBQU9HLFNBQVMsU0FBeUI7QUFDdkMsU0FBUSxXQUFXLHFCQUFxQixLQUFLO0FBQy9DO0FBR08sU0FBUyxrQkFBa0IsVUFBZ0M7QUFDaEUsV0FBUztBQUNYO0FBRUEsSUFBTSxZQUFZLFFBQVEsTUFBTSxHQUFHO0FBRW5DLFNBQVMsYUFBYSxPQUEyQjtBQUMvQyxNQUFJQSxLQUFJO0FBQ1IsV0FBUyxJQUFJLE1BQU0sU0FBUyxHQUFHLEtBQUssR0FBRyxJQUFLLENBQUFBLEtBQUtBLE1BQUssS0FBTSxPQUFPLE1BQU0sQ0FBQyxDQUFFO0FBQzVFLFNBQU9BO0FBQ1Q7QUFHQSxTQUFTLG9CQUNQLFdBQ0EsU0FDQSxXQUNTO0FBQ1QsUUFBTSxJQUFJLFFBQVEsTUFBTSxVQUFVLFVBQVUsU0FBUyxHQUFHLEVBQUUsQ0FBQztBQUMzRCxRQUFNLElBQUksUUFBUSxNQUFNLFVBQVUsU0FBUztBQUMzQyxRQUFNLElBQUksYUFBYSxVQUFVLFNBQVMsRUFBRSxDQUFDO0FBQzdDLFFBQU0sSUFDSixhQUFhLE9BQU8sWUFBWSxVQUFVLFNBQVMsR0FBRyxFQUFFLEdBQUcsV0FBVyxPQUFPLENBQUMsQ0FBQyxJQUFJO0FBQ3JGLFNBQU8sUUFBUSxNQUFNLEtBQUssZUFBZSxDQUFDLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxlQUFlLENBQUMsQ0FBQyxDQUFDO0FBQy9FO0FBR0EsSUFBTSxTQUFTLEtBQUssTUFBTSxNQUFNLEVBQUU7QUFNM0IsU0FBUyxrQkFBa0IsV0FBbUM7QUFDbkUsTUFBSSxVQUFVLFdBQVc7QUFDdkIsVUFBTSxJQUFJLFdBQVcsYUFBYSxrQ0FBa0M7QUFDdEUsTUFBSSxJQUFJO0FBQ1IsV0FBUyxJQUFJLElBQUksSUFBSSxJQUFJLElBQUssS0FBSyxLQUFLLEtBQU0sT0FBTyxVQUFVLENBQUMsQ0FBRTtBQUNsRSxNQUFJLEtBQUssVUFBVSxHQUFJLFFBQU87QUFDOUIsTUFBSSxTQUFTO0FBQ2IsUUFBTSxNQUFNLFVBQVUsTUFBTTtBQUM1QixXQUFTLElBQUksSUFBSSxLQUFLLElBQUksS0FBSztBQUM3QixRQUFJLENBQUMsSUFBSSxPQUFPLElBQUksS0FBSztBQUN6QixVQUFNO0FBQUEsRUFDUjtBQUNBLFNBQU87QUFDVDtBQUdPLFNBQVMsaUJBQWlCLE9BQTRCO0FBQzNELE1BQUk7QUFDRixTQUFLLE1BQU0sVUFBVSxLQUFLLEVBQUUsZUFBZTtBQUMzQyxXQUFPO0FBQUEsRUFDVCxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQVlPLFNBQVMsb0JBQW9CLE9BQTRCO0FBQzlELE1BQUksTUFBTSxXQUFXLEdBQUksUUFBTztBQUNoQyxNQUFJO0FBQ0YsWUFBUSxNQUFNLFVBQVUsT0FBTyxLQUFLLEVBQUUsZUFBZTtBQUNyRCxXQUFPO0FBQUEsRUFDVCxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjs7O0FEM05PLFNBQVMsdUJBQThDO0FBQzVELFFBQU0sT0FBTyxlQUFlO0FBQzVCLE1BQUksQ0FBQyxLQUFNLFFBQU87QUFDbEIsUUFBTSxNQUFNLG1CQUFtQixJQUFJO0FBQ25DLFFBQU0sU0FBa0QsQ0FBQztBQUN6RCxhQUFXLFFBQVEsT0FBTyxLQUFLLGNBQWMsR0FBc0I7QUFDakUsV0FBTyxJQUFJLElBQ1QsZUFBZSxJQUFJLE1BQU0saUJBQWlCLE1BQU0sS0FBSyxJQUFJLElBQ3JELElBQUksSUFBSSxJQUNSLGlCQUFpQixJQUFJO0FBQUEsRUFDN0I7QUFDQSxTQUFPLEVBQUUsR0FBSSxRQUF5QyxNQUFNLFNBQVM7QUFDdkU7QUFVTyxJQUFNLGlCQUE4RTtBQUFBLEVBQ3pGLGFBQWE7QUFBQSxFQUNiLFFBQVE7QUFBQSxFQUNSLFFBQVE7QUFBQSxFQUNSLFlBQVk7QUFBQSxFQUNaLFlBQVk7QUFBQSxFQUNaLFlBQVk7QUFBQSxFQUNaLGtCQUFrQjtBQUFBLEVBQ2xCLGFBQWE7QUFBQSxFQUNiLGVBQWU7QUFBQSxFQUNmLGVBQWU7QUFBQSxFQUNmLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFBQSxFQUNaLGlCQUFpQjtBQUFBLEVBQ2pCLFFBQVE7QUFBQSxFQUNSLG9CQUFvQjtBQUFBLEVBQ3BCLHNCQUFzQjtBQUFBLEVBQ3RCLHNCQUFzQjtBQUFBLEVBQ3RCLHNCQUFzQjtBQUFBLEVBQ3RCLHNCQUFzQjtBQUFBLEVBQ3RCLHVCQUF1QjtBQUFBLEVBQ3ZCLHVCQUF1QjtBQUN6QjtBQUVBLFNBQVMsaUJBQTBDO0FBQ2pELFFBQU1DLFdBQVcsV0FDZDtBQUNILE1BQUk7QUFDRixXQUFRQSxVQUFTLG1CQUFtQixhQUFhLEtBQXNDO0FBQUEsRUFDekYsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxTQUFTLE1BQU0sR0FBbUIsTUFBOEI7QUFDOUQsTUFBSTtBQUNGLFVBQU0sUUFBUSxPQUFPLElBQUk7QUFDekIsV0FBTyxRQUFRLE1BQU0sQ0FBQyxJQUFJO0FBQUEsRUFDNUIsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxJQUFNLFNBQXlFO0FBQUEsRUFDN0Usb0JBQW9CLENBQUMsTUFBTSxFQUFFLG1CQUFtQixJQUFJLFdBQVcsRUFBRSxDQUFDLEVBQUUsV0FBVztBQUFBLEVBQy9FLHNCQUFzQixDQUFDLE1BQ3JCLEVBQUUscUJBQXFCLEVBQUUsbUJBQW1CLElBQUksV0FBVyxFQUFFLENBQUMsQ0FBQyxFQUFFLFdBQVcsV0FBVztBQUFBLEVBQ3pGLHNCQUFzQixDQUFDLE1BQ3JCLEVBQUUscUJBQXFCLElBQUksV0FBVyxFQUFFLEdBQUcsSUFBSSxXQUFXLElBQUksQ0FBQyxFQUFFLFdBQVc7QUFBQSxFQUM5RSxzQkFBc0IsQ0FBQyxNQUNyQixFQUFFO0FBQUEsSUFDQSxJQUFJLFdBQVcsRUFBRTtBQUFBLElBQ2pCLElBQUksV0FBVyxFQUFFO0FBQUEsSUFDakIsSUFBSSxXQUFXLENBQUM7QUFBQSxJQUNoQixJQUFJLFdBQVcsQ0FBQztBQUFBLEVBQ2xCLEVBQUUsV0FBVztBQUNqQjtBQUNBLE9BQU8sdUJBQXVCLE9BQU87QUFDckMsT0FBTyx3QkFBd0IsT0FBTztBQUN0QyxPQUFPLHdCQUF3QixPQUFPO0FBVy9CLFNBQVMsbUJBQW1CLE1BQXdDO0FBQ3pFLFFBQU0sT0FBTyxJQUFJLFNBQVMsR0FBRztBQUU3QixRQUFNLGlCQUFpQixDQUFDLFNBQ3RCLEtBQUssSUFBSSxtQkFBbUIsTUFBTSxNQUFNLFlBQVksTUFBTSxlQUFlLE1BQU0sRUFBRSxDQUFDO0FBQ3BGLFFBQU0sZ0JBQWdCLENBQUMsV0FDckIsS0FBSyxJQUFJLGtCQUFrQixRQUFRLE1BQU0sWUFBWSxNQUFNLGNBQWMsUUFBUSxFQUFFLENBQUM7QUFDdEYsUUFBTSxjQUFjLENBQUMsV0FDbkIsS0FBSyxJQUFJLGdCQUFnQixRQUFRLE1BQU07QUFDckMsUUFBSSxDQUFDLGFBQWEsTUFBTSxFQUFHLE9BQU0sSUFBSSxXQUFXLGtDQUFrQztBQUNsRixXQUFPLFlBQVksTUFBTSxZQUFZLFFBQVEsRUFBRTtBQUFBLEVBQ2pELENBQUM7QUFDSCxRQUFNLGVBQWUsQ0FBQyxTQUNwQixLQUFLLElBQUksdUJBQXVCLE1BQU0sTUFBTTtBQUMxQyxRQUFJLEtBQUssV0FBVyxHQUFJLE9BQU0sSUFBSSxXQUFXLG1DQUFtQztBQUNoRixXQUFPLEtBQUssaUJBQWlCO0FBQUEsTUFDM0IsS0FBSztBQUFBLE1BQ0wsUUFBUTtBQUFBLE1BQ1IsbUJBQW1CO0FBQUEsSUFDckIsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUlILFFBQU0sWUFBWSxDQUFDLFFBQW9CLEtBQUssZ0JBQWdCLEdBQUc7QUFFL0QsUUFBTSxTQUNKLE9BQU8sS0FBSyxTQUFTLGFBQ2pCLENBQUMsV0FBbUIsU0FBcUIsS0FBSyxLQUFLLFdBQVcsTUFBTSxRQUFRLElBQzVFLENBQUMsV0FBbUIsU0FBcUIsS0FBSyxXQUFXLFNBQVMsRUFBRSxPQUFPLElBQUksRUFBRSxPQUFPO0FBQzlGLFFBQU0sZUFBZSxDQUFDLFFBQ3BCLEtBQUssZ0JBQWdCLEdBQUcsRUFBRSxPQUFPLEVBQUUsUUFBUSxPQUFPLE1BQU0sT0FBTyxDQUFDO0FBRWxFLFFBQU0sYUFBYSxDQUNqQixLQUNBLE9BQ0EsV0FDQSxPQUNHO0FBRUgsUUFBSSxJQUFJLFdBQVcsTUFBTSxNQUFNLFdBQVcsR0FBSSxPQUFNLElBQUksV0FBVyx1QkFBdUI7QUFDMUYsVUFBTSxTQUFTLEtBQUssZUFBZSxxQkFBcUIsVUFBVSxHQUFHLEdBQUcsT0FBTztBQUFBLE1BQzdFLGVBQWU7QUFBQSxJQUNqQixDQUFDO0FBQ0QsV0FBTyxPQUFPLElBQUksRUFBRSxpQkFBaUIsVUFBVSxPQUFPLENBQUM7QUFDdkQsVUFBTSxPQUFPLE9BQU8sT0FBTyxTQUFTO0FBQ3BDLFdBQU8sTUFBTTtBQUNiLFVBQU0sTUFBTSxJQUFJLFdBQVcsS0FBSyxTQUFTLEVBQUU7QUFDM0MsUUFBSSxJQUFJLElBQUk7QUFDWixRQUFJLElBQUksT0FBTyxXQUFXLEdBQUcsS0FBSyxNQUFNO0FBQ3hDLFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxhQUFhLENBQ2pCLEtBQ0EsT0FDQSxZQUNBLE9BQ0c7QUFDSCxRQUFJLElBQUksV0FBVyxNQUFNLE1BQU0sV0FBVyxNQUFNLFdBQVcsU0FBUyxHQUFJLFFBQU87QUFDL0UsVUFBTSxTQUFTLFdBQVcsU0FBUztBQUNuQyxVQUFNLFdBQVcsS0FBSyxpQkFBaUIscUJBQXFCLFVBQVUsR0FBRyxHQUFHLE9BQU87QUFBQSxNQUNqRixlQUFlO0FBQUEsSUFDakIsQ0FBQztBQUNELGFBQVMsT0FBTyxJQUFJLEVBQUUsaUJBQWlCLE9BQU8sQ0FBQztBQUMvQyxhQUFTLFdBQVcsV0FBVyxTQUFTLE1BQU0sQ0FBQztBQUMvQyxVQUFNLFlBQVksU0FBUyxPQUFPLFdBQVcsU0FBUyxHQUFHLE1BQU0sQ0FBQztBQUNoRSxRQUFJO0FBQ0YsZUFBUyxNQUFNO0FBQ2YsYUFBTyxNQUFNLFNBQVM7QUFBQSxJQUN4QixRQUFRO0FBQ04sZ0JBQVUsS0FBSyxDQUFDO0FBQ2hCLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUVBLFNBQU87QUFBQSxJQUNMLE1BQU07QUFBQSxJQUNOLGFBQWEsQ0FBQyxXQUFXLEtBQUssZUFBZSxJQUFJLFdBQVcsTUFBTSxDQUFDO0FBQUEsSUFDbkUsUUFBUSxDQUFDLFNBQVMsTUFBTSxPQUFPLFVBQVUsSUFBSSxDQUFDO0FBQUEsSUFDOUMsUUFBUSxDQUFDLFNBQVMsTUFBTSxPQUFPLFVBQVUsSUFBSSxDQUFDO0FBQUEsSUFDOUMsWUFBWSxDQUFDLEtBQUssU0FDaEIsTUFBTSxLQUFLLFdBQVcsVUFBVSxVQUFVLEdBQUcsQ0FBQyxFQUFFLE9BQU8sSUFBSSxFQUFFLE9BQU8sQ0FBQztBQUFBLElBQ3ZFLFlBQVksQ0FBQyxLQUFLLFNBQ2hCLE1BQU0sS0FBSyxXQUFXLFVBQVUsVUFBVSxHQUFHLENBQUMsRUFBRSxPQUFPLElBQUksRUFBRSxPQUFPLENBQUM7QUFBQSxJQUN2RSxZQUFZLENBQUMsS0FBSyxNQUFNLE1BQU07QUFBQTtBQUFBLE1BRTVCLEtBQUssU0FBUyxRQUFRLFdBQVcsSUFDN0IsaUJBQWlCLFdBQVcsS0FBSyxNQUFNLE1BQU0sTUFBTSxJQUNuRCxJQUFJLFdBQVcsS0FBSyxTQUFTLFVBQVUsVUFBVSxHQUFHLEdBQUcsTUFBTSxNQUFNLE1BQU0sQ0FBQztBQUFBO0FBQUEsSUFFaEYsa0JBQWtCLENBQUMsU0FBUyxLQUFLLGFBQWEsZUFBZSxJQUFJLENBQUMsR0FBRyxFQUFFO0FBQUEsSUFDdkUsYUFBYSxDQUFDLE1BQU0sWUFBWSxNQUFNLEtBQUssS0FBSyxNQUFNLFNBQVMsZUFBZSxJQUFJLENBQUMsQ0FBQztBQUFBLElBQ3BGLGVBQWUsQ0FBQyxXQUFXLFNBQVMsY0FBYztBQUtoRCxVQUFJLFVBQVUsV0FBVyxNQUFNLFVBQVUsV0FBVyxHQUFJLFFBQU87QUFDL0QsVUFBSSxDQUFDLHlCQUF5QixTQUFTLEVBQUcsUUFBTztBQUNqRCxVQUFJO0FBQ0YsY0FBTSxNQUFNLEtBQUs7QUFBQSxVQUFJO0FBQUEsVUFBa0I7QUFBQSxVQUFXLE1BQ2hELFdBQVcsTUFBTSxjQUFjLFNBQVM7QUFBQSxRQUMxQztBQUNBLGVBQU8sS0FBSyxPQUFPLE1BQU0sU0FBUyxLQUFLLFNBQVM7QUFBQSxNQUNsRCxRQUFRO0FBQ04sZUFBTztBQUFBLE1BQ1Q7QUFBQSxJQUNGO0FBQUEsSUFFQSxlQUFlLENBQUMsV0FBVyxpQkFBaUIsTUFBTSxhQUFhLFlBQVksTUFBTSxDQUFDLENBQUM7QUFBQSxJQUNuRixVQUFVLENBQUMsUUFBUTtBQUFBO0FBQUEsTUFFakI7QUFBQSxRQUNFO0FBQUEsVUFDRSxLQUFLLEtBQUssVUFBVSxTQUFTLEVBQUUsS0FBSyxZQUFZLE1BQU0sR0FBRyxhQUFhLGFBQWEsQ0FBQztBQUFBLFFBQ3RGO0FBQUEsTUFDRjtBQUFBO0FBQUEsSUFDRixZQUFZLENBQUMsV0FBVyxTQUFTLGNBQWM7QUFDN0MsVUFBSSxVQUFVLFdBQVcsTUFBTSxDQUFDLE9BQU8sU0FBUyxFQUFHLFFBQU87QUFFMUQsWUFBTSxTQUNKLFVBQVUsV0FBVyxPQUFPLFVBQVUsQ0FBQyxNQUFNLEtBQUssVUFBVSxDQUFDLE1BQU0sS0FDL0QsdUJBQ0EsVUFBVSxXQUFXLE1BQU0sVUFBVSxDQUFDLE1BQU0sSUFDMUMseUJBQ0E7QUFDUixVQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFVBQUk7QUFDRixjQUFNLE1BQU0sS0FBSyxJQUFJLGVBQWUsV0FBVyxNQUFNLFdBQVcsTUFBTSxRQUFRLFNBQVMsQ0FBQztBQUN4RixlQUFPLEtBQUssT0FBTyxVQUFVLFNBQVMsRUFBRSxLQUFLLGFBQWEsYUFBYSxHQUFHLFNBQVM7QUFBQSxNQUNyRixRQUFRO0FBQ04sZUFBTztBQUFBLE1BQ1Q7QUFBQSxJQUNGO0FBQUEsSUFFQSxpQkFBaUIsQ0FBQyxXQUFXLEtBQUssYUFBYSxjQUFjLE1BQU0sQ0FBQyxHQUFHLEVBQUU7QUFBQSxJQUN6RSxRQUFRLENBQUMsUUFBUSxjQUFjO0FBQzdCLFVBQUksT0FBTyxXQUFXLE1BQU0sVUFBVSxXQUFXLEdBQUksUUFBTztBQUM1RCxVQUFJO0FBQ0YsY0FBTSxTQUFTO0FBQUEsVUFDYixLQUFLLGNBQWM7QUFBQSxZQUNqQixZQUFZLGNBQWMsTUFBTTtBQUFBLFlBQ2hDLFdBQVcsS0FBSztBQUFBLGNBQUk7QUFBQSxjQUFpQjtBQUFBLGNBQVcsTUFDOUMsV0FBVyxNQUFNLGFBQWEsU0FBUztBQUFBLFlBQ3pDO0FBQUEsVUFDRixDQUFDO0FBQUEsUUFDSDtBQUVBLGVBQU8sT0FBTyxLQUFLLENBQUMsTUFBTSxNQUFNLENBQUMsSUFBSSxTQUFTO0FBQUEsTUFDaEQsUUFBUTtBQUNOLGVBQU87QUFBQSxNQUNUO0FBQUEsSUFDRjtBQUFBLElBRUEsb0JBQW9CLENBQUMsU0FDbkIsTUFBTSxLQUFLLGdCQUFnQixhQUFhLElBQUksQ0FBQyxFQUFFLE9BQU8sRUFBRSxRQUFRLGFBQWEsQ0FBQyxDQUFDO0FBQUEsSUFDakYsc0JBQXNCLENBQUMsV0FBVyxlQUFlO0FBRS9DLFVBQUksZUFBZTtBQUNqQixlQUFPLGlCQUFpQixxQkFBcUIsV0FBVyxVQUFVO0FBQ3BFLFlBQU0sTUFBTSxLQUFLO0FBQUEsUUFBSTtBQUFBLFFBQXNCO0FBQUEsUUFBVyxNQUNwRCxLQUFLLGdCQUFnQjtBQUFBLFVBQ25CLEtBQUs7QUFBQSxVQUNMLFFBQVE7QUFBQSxVQUNSLG1CQUFtQjtBQUFBLFFBQ3JCLENBQUM7QUFBQSxNQUNIO0FBQ0EsWUFBTSxFQUFFLFlBQVksVUFBVSxJQUFJLEtBQUssWUFBWSxHQUFHO0FBQ3RELGFBQU8sRUFBRSxZQUFZLE1BQU0sVUFBVSxHQUFHLGNBQWMsTUFBTSxTQUFTLEVBQUU7QUFBQSxJQUN6RTtBQUFBLElBQ0Esc0JBQXNCLENBQUMsTUFBTSxlQUFlO0FBQzFDLFVBQUksV0FBVyxXQUFXO0FBQ3hCLGNBQU0sSUFBSSxXQUFXLDJDQUEyQztBQUVsRSxhQUFPLE1BQU0sS0FBSyxZQUFZLGFBQWEsSUFBSSxHQUFHLFVBQVUsQ0FBQztBQUFBLElBQy9EO0FBQUEsSUFFQSxzQkFBc0I7QUFBQSxJQUN0QixzQkFBc0I7QUFBQTtBQUFBLElBRXRCLHVCQUF1QixDQUFDLEtBQUssT0FBTyxXQUFXLE9BQU87QUFDcEQsVUFBSSxJQUFJLFdBQVcsTUFBTSxNQUFNLFdBQVcsR0FBSSxPQUFNLElBQUksV0FBVyx1QkFBdUI7QUFDMUYsWUFBTSxTQUFTLFVBQVUsS0FBSyxLQUFLO0FBQ25DLFVBQUk7QUFDRixlQUFPLFdBQVcsUUFBUSxrQkFBa0IsS0FBSyxHQUFHLFdBQVcsRUFBRTtBQUFBLE1BQ25FLFVBQUU7QUFDQSxlQUFPLEtBQUssQ0FBQztBQUFBLE1BQ2Y7QUFBQSxJQUNGO0FBQUEsSUFDQSx1QkFBdUIsQ0FBQyxLQUFLLE9BQU8sWUFBWSxPQUFPO0FBQ3JELFVBQUksSUFBSSxXQUFXLE1BQU0sTUFBTSxXQUFXLEdBQUksUUFBTztBQUNyRCxZQUFNLFNBQVMsVUFBVSxLQUFLLEtBQUs7QUFDbkMsVUFBSTtBQUNGLGVBQU8sV0FBVyxRQUFRLGtCQUFrQixLQUFLLEdBQUcsWUFBWSxFQUFFO0FBQUEsTUFDcEUsVUFBRTtBQUNBLGVBQU8sS0FBSyxDQUFDO0FBQUEsTUFDZjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7QUFhQSxJQUFNLFdBQU4sTUFBZTtBQUFBLEVBQ0osV0FBVyxvQkFBSSxJQUF1QjtBQUFBLEVBQ3RDO0FBQUEsRUFFVCxZQUFZLFVBQWtCO0FBQzVCLFNBQUssWUFBWTtBQUFBLEVBQ25CO0FBQUEsRUFFQSxJQUFJLE1BQWMsT0FBbUJDLFNBQW9DO0FBQ3ZFLFVBQU0sS0FBSyxHQUFHLElBQUksSUFBSSxPQUFPLGFBQWEsR0FBRyxLQUFLLENBQUM7QUFDbkQsUUFBSSxNQUFNLEtBQUssU0FBUyxJQUFJLEVBQUU7QUFDOUIsUUFBSSxLQUFLO0FBQ1AsV0FBSyxTQUFTLE9BQU8sRUFBRTtBQUFBLElBQ3pCLE9BQU87QUFDTCxZQUFNQSxRQUFPO0FBQ2IsVUFBSSxLQUFLLFNBQVMsUUFBUSxLQUFLO0FBQzdCLGFBQUssU0FBUyxPQUFPLEtBQUssU0FBUyxLQUFLLEVBQUUsS0FBSyxFQUFFLEtBQU07QUFBQSxJQUMzRDtBQUNBLFNBQUssU0FBUyxJQUFJLElBQUksR0FBRztBQUN6QixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxnQkFBZ0IsUUFBUSxrQ0FBa0M7QUFDaEUsSUFBTSxlQUFlLFFBQVEsMEJBQTBCO0FBQ3ZELElBQU0sZUFBZSxRQUFRLGtDQUFrQztBQUMvRCxJQUFNLGNBQWMsUUFBUSwwQkFBMEI7QUFFdEQsSUFBTSxhQUFhO0FBQUEsRUFDakI7QUFDRjtBQUNBLElBQU0seUJBQXlCLFFBQVEsc0RBQXNEO0FBQzdGLElBQU0sdUJBQXVCLFFBQVEsc0RBQXNEO0FBRzNGLElBQU1DLFVBQVMsUUFBUSxrRUFBa0U7QUFFekYsSUFBTSxjQUFjLFFBQVEsa0VBQWtFO0FBRTlGLFNBQVMsWUFDUCxNQUNBLFFBQ0EsUUFDQSxNQUNXO0FBQ1gsTUFBSSxPQUFPLFdBQVcsS0FBTSxPQUFNLElBQUksV0FBVyxrQkFBa0IsSUFBSSxRQUFRO0FBQy9FLFFBQU0sTUFBTSxJQUFJLFdBQVcsT0FBTyxTQUFTLElBQUk7QUFDL0MsTUFBSSxJQUFJLE1BQU07QUFDZCxNQUFJLElBQUksUUFBUSxPQUFPLE1BQU07QUFDN0IsTUFBSTtBQUNGLFdBQU8sS0FBSyxpQkFBaUIsRUFBRSxLQUFLLEtBQWUsUUFBUSxPQUFPLE1BQU0sUUFBUSxDQUFDO0FBQUEsRUFDbkYsVUFBRTtBQUNBLFFBQUksS0FBSyxDQUFDO0FBQUEsRUFDWjtBQUNGO0FBRUEsU0FBUyxXQUFXLE1BQXdCLFFBQW9CLFdBQWtDO0FBQ2hHLFFBQU0sTUFBTSxJQUFJLFdBQVcsT0FBTyxTQUFTLFVBQVUsTUFBTTtBQUMzRCxNQUFJLElBQUksTUFBTTtBQUNkLE1BQUksSUFBSSxXQUFXLE9BQU8sTUFBTTtBQUNoQyxTQUFPLEtBQUssZ0JBQWdCLEVBQUUsS0FBSyxLQUFlLFFBQVEsT0FBTyxNQUFNLE9BQU8sQ0FBQztBQUNqRjtBQUdBLFNBQVMsaUJBQWlCLE1BQXdCLE1BQThCO0FBQzlFLFNBQU87QUFBQSxJQUNMLEtBQUssS0FBSztBQUFBLE1BQ1IsS0FBSyxNQUFNLEVBQUU7QUFBQSxNQUNiO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjtBQVFBLFNBQVMsYUFBYSxRQUE2QjtBQUNqRCxNQUFJLE9BQU8sV0FBVyxNQUFNLE9BQU8sTUFBTSxDQUFDLE1BQU0sTUFBTSxDQUFDLEVBQUcsUUFBTztBQUNqRSxTQUFPLGlCQUFpQixRQUFRQSxPQUFNLElBQUk7QUFDNUM7QUFFQSxTQUFTLE9BQU8sV0FBZ0M7QUFDOUMsU0FBTyxpQkFBaUIsVUFBVSxTQUFTLEVBQUUsR0FBRyxXQUFXLEtBQUs7QUFDbEU7QUFFQSxTQUFTLGlCQUFpQixHQUFlLEdBQXVCO0FBQzlELFdBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxRQUFRLElBQUssS0FBSSxFQUFFLENBQUMsTUFBTSxFQUFFLENBQUMsRUFBRyxRQUFPLEVBQUUsQ0FBQyxJQUFLLEVBQUUsQ0FBQyxJQUFLLEtBQUs7QUFDbEYsU0FBTztBQUNUO0FBT0EsSUFBTSxzQkFBc0I7QUFBQSxFQUMxQjtBQUFBO0FBQUEsRUFDQTtBQUFBO0FBQUEsRUFDQTtBQUFBO0FBQUEsRUFDQTtBQUFBO0FBQUEsRUFDQTtBQUFBO0FBQ0YsRUFBRSxJQUFJLE9BQU87QUFPYixTQUFTLHlCQUF5QixXQUFnQztBQUVoRSxNQUFJLGFBQWEsVUFBVSxFQUFFLElBQUssU0FBVSxPQUFRLFVBQVUsQ0FBQyxLQUFNO0FBQ3JFLFdBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxXQUFXLElBQUssYUFBWSxVQUFVLENBQUMsTUFBTTtBQUN2RSxNQUFJLFVBQVcsUUFBTztBQUN0QixTQUFPLENBQUMsb0JBQW9CLEtBQUssQ0FBQyxRQUFRO0FBQ3hDLGFBQVMsSUFBSSxHQUFHLElBQUksSUFBSSxJQUFLLEtBQUksSUFBSSxDQUFDLE1BQU0sVUFBVSxDQUFDLEVBQUcsUUFBTztBQUNqRSxXQUFPLElBQUksRUFBRSxPQUFPLFVBQVUsRUFBRSxJQUFLO0FBQUEsRUFDdkMsQ0FBQztBQUNIO0FBR0EsU0FBUyxVQUFVLEtBQWlCLE9BQStCO0FBQ2pFLFFBQU0sSUFBSSxrQkFBa0IsR0FBRztBQUMvQixRQUFNLE1BQU0sSUFBSSxZQUFZLENBQUM7QUFDN0IsVUFBUSxPQUFPLEdBQUcsa0JBQWtCLE1BQU0sU0FBUyxHQUFHLEVBQUUsQ0FBQyxHQUFHLEdBQUc7QUFDL0QsSUFBRSxLQUFLLENBQUM7QUFDUixRQUFNLFNBQVMsSUFBSSxXQUFXLEVBQUU7QUFDaEMsUUFBTSxPQUFPLElBQUksU0FBUyxPQUFPLE1BQU07QUFDdkMsV0FBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLElBQUssTUFBSyxVQUFVLElBQUksR0FBRyxJQUFJLENBQUMsR0FBSSxJQUFJO0FBQy9ELE1BQUksS0FBSyxDQUFDO0FBQ1YsU0FBTztBQUNUO0FBR0EsSUFBTSxRQUFRLElBQUksWUFBWSxDQUFDLFlBQVksV0FBWSxZQUFZLFVBQVUsQ0FBQztBQUU5RSxTQUFTLGtCQUFrQixPQUFnQztBQUN6RCxRQUFNLE9BQU8sSUFBSSxTQUFTLE1BQU0sUUFBUSxNQUFNLFlBQVksTUFBTSxVQUFVO0FBQzFFLFFBQU0sUUFBUSxJQUFJLFlBQVksTUFBTSxTQUFTLENBQUM7QUFDOUMsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsSUFBSyxPQUFNLENBQUMsSUFBSSxLQUFLLFVBQVUsSUFBSSxHQUFHLElBQUk7QUFDNUUsU0FBTztBQUNUO0FBR0EsU0FBUyxrQkFBa0IsT0FBK0I7QUFDeEQsUUFBTSxRQUFRLElBQUksV0FBVyxFQUFFO0FBQy9CLFFBQU0sSUFBSSxNQUFNLFNBQVMsRUFBRSxHQUFHLENBQUM7QUFDL0IsU0FBTztBQUNUO0FBTUEsU0FBUyxNQUFNLEtBQTZCO0FBQzFDLFNBQU8sSUFBSSxlQUFlLEtBQUssSUFBSSxlQUFlLElBQUksT0FBTyxhQUN6RCxJQUFJLFdBQVcsSUFBSSxRQUFRLEdBQUcsSUFBSSxVQUFVLElBQzVDLElBQUksV0FBVyxHQUFHO0FBQ3hCO0FBRUEsU0FBUyxLQUFLLE9BQW1CLFFBQTRCO0FBQzNELFNBQU8sSUFBSSxXQUFXLE1BQU0sU0FBUyxNQUFNLFNBQVMsTUFBTSxDQUFDO0FBQzdEO0FBRUEsU0FBUyxRQUFRLEtBQXlCO0FBQ3hDLFFBQU0sTUFBTSxJQUFJLFdBQVcsSUFBSSxTQUFTLENBQUM7QUFDekMsV0FBUyxJQUFJLEdBQUcsSUFBSSxJQUFJLFFBQVEsSUFBSyxLQUFJLENBQUMsSUFBSSxTQUFTLElBQUksTUFBTSxJQUFJLEdBQUcsSUFBSSxJQUFJLENBQUMsR0FBRyxFQUFFO0FBQ3RGLFNBQU87QUFDVDs7O0FHdGZBLFNBQVMsY0FBYzs7O0FDRXZCLElBQU0sVUFBVSxJQUFJLFlBQVk7QUFHekIsU0FBUyxLQUFLLE1BQTBCO0FBQzdDLFNBQU8sUUFBUSxPQUFPLElBQUk7QUFDNUI7QUFHTyxTQUFTLFVBQVUsT0FBaUM7QUFDekQsTUFBSSxTQUFTO0FBQ2IsYUFBVyxLQUFLLE1BQU8sV0FBVSxFQUFFO0FBQ25DLFFBQU0sTUFBTSxJQUFJLFdBQVcsTUFBTTtBQUNqQyxNQUFJLFNBQVM7QUFDYixhQUFXLEtBQUssT0FBTztBQUNyQixRQUFJLElBQUksR0FBRyxNQUFNO0FBQ2pCLGNBQVUsRUFBRTtBQUFBLEVBQ2Q7QUFDQSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLFdBQVcsR0FBZSxHQUF3QjtBQUNoRSxNQUFJLEVBQUUsV0FBVyxFQUFFLE9BQVEsUUFBTztBQUNsQyxNQUFJLE9BQU87QUFDWCxXQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsUUFBUSxJQUFLLFNBQVEsRUFBRSxDQUFDLElBQUssRUFBRSxDQUFDO0FBQ3RELFNBQU8sU0FBUztBQUNsQjtBQUdPLFNBQVMsTUFBTSxPQUEyQjtBQUMvQyxNQUFJLE1BQU07QUFDVixhQUFXLEtBQUssTUFBTyxRQUFPLEVBQUUsU0FBUyxFQUFFLEVBQUUsU0FBUyxHQUFHLEdBQUc7QUFDNUQsU0FBTztBQUNUO0FBR08sU0FBU0MsU0FBUSxLQUF5QjtBQUMvQyxNQUFJLElBQUksU0FBUyxNQUFNLEtBQUssQ0FBQyxpQkFBaUIsS0FBSyxHQUFHLEdBQUc7QUFDdkQsVUFBTSxJQUFJLFdBQVcsYUFBYSxvQkFBb0I7QUFBQSxFQUN4RDtBQUNBLFFBQU0sTUFBTSxJQUFJLFdBQVcsSUFBSSxTQUFTLENBQUM7QUFDekMsV0FBUyxJQUFJLEdBQUcsSUFBSSxJQUFJLFFBQVEsSUFBSyxLQUFJLENBQUMsSUFBSSxTQUFTLElBQUksTUFBTSxJQUFJLEdBQUcsSUFBSSxJQUFJLENBQUMsR0FBRyxFQUFFO0FBQ3RGLFNBQU87QUFDVDtBQUdPLFNBQVMsUUFBUSxRQUEwQztBQUNoRSxhQUFXLEtBQUssT0FBUSxJQUFHLEtBQUssQ0FBQztBQUNuQztBQUdPLFNBQVMsTUFBTUMsSUFBdUI7QUFDM0MsUUFBTSxNQUFNLElBQUksV0FBVyxDQUFDO0FBQzVCLE1BQUksU0FBUyxJQUFJLE1BQU0sRUFBRSxVQUFVLEdBQUdBLElBQUcsS0FBSztBQUM5QyxTQUFPO0FBQ1Q7OztBRG5ETyxJQUFNLGVBQWU7QUFDNUIsSUFBTSxrQkFBa0IsS0FBSyxnQkFBZ0I7QUFDN0MsSUFBTSxhQUFhLElBQUksS0FBSztBQVM1QixTQUFTLFNBQVMsU0FBaUIsV0FBbUM7QUFDcEUsU0FBTyxPQUFPLEVBQ1gsT0FBTyxPQUFPLGlCQUFpQixXQUFXLEdBQUcsT0FBTyxHQUFHLFNBQVMsQ0FBQyxFQUNqRSxTQUFTLEdBQUcsQ0FBQztBQUNsQjtBQVFPLFNBQVMsa0JBQWtCLFdBQTZCO0FBQzdELE1BQUksQ0FBQyxvQkFBb0IsU0FBUztBQUNoQyxVQUFNLElBQUksV0FBVyxlQUFlLGdDQUFnQztBQUN0RSxTQUFPLE9BQU87QUFBQSxJQUNaLE9BQU8sV0FBVyxHQUFHLFlBQVksR0FBRyxXQUFXLFNBQVMsY0FBYyxTQUFTLENBQUM7QUFBQSxFQUNsRjtBQUNGO0FBcUJPLFNBQVMsVUFBVSxNQUEwQjtBQUNsRCxNQUFJLE9BQU8sU0FBUyxTQUFVLE9BQU0sSUFBSSxXQUFXLGdCQUFnQix1QkFBdUI7QUFDMUYsUUFBTSxVQUFVLEtBQUssS0FBSztBQUMxQixNQUFJLFFBQVEsV0FBVyxLQUFLLFFBQVEsU0FBUztBQUMzQyxVQUFNLElBQUksV0FBVyxnQkFBZ0IsMkJBQTJCO0FBQ2xFLE1BQUk7QUFDSixNQUFJO0FBQ0YsWUFBUSxPQUFPLE9BQU8sT0FBTztBQUFBLEVBQy9CLFFBQVE7QUFDTixVQUFNLElBQUksV0FBVyxnQkFBZ0Isc0RBQXNEO0FBQUEsRUFDN0Y7QUFDQSxNQUFJLE1BQU0sV0FBVztBQUNuQixVQUFNLElBQUksV0FBVyxnQkFBZ0IsMkJBQTJCO0FBQ2xFLFFBQU0sVUFBVSxNQUFNLENBQUM7QUFDdkIsTUFBSSxZQUFZO0FBQ2QsVUFBTSxJQUFJLFdBQVcsZ0JBQWdCLDRCQUE0QixPQUFPLEVBQUU7QUFDNUUsUUFBTSxZQUFZLE1BQU0sTUFBTSxHQUFHLEVBQUU7QUFDbkMsTUFBSSxDQUFDLFdBQVcsTUFBTSxTQUFTLEVBQUUsR0FBRyxTQUFTLFNBQVMsU0FBUyxDQUFDLEdBQUc7QUFDakUsVUFBTSxJQUFJLFdBQVcsZ0JBQWdCLDBDQUEwQztBQUFBLEVBQ2pGO0FBQ0EsTUFBSSxDQUFDLG9CQUFvQixTQUFTO0FBQ2hDLFVBQU0sSUFBSSxXQUFXLGdCQUFnQix3Q0FBd0M7QUFDL0UsU0FBTyxFQUFFLE1BQU0sU0FBaUIsU0FBUyxVQUFVO0FBQ3JEOzs7QUUvRUE7QUFBQSxFQUNFLHFCQUFxQjtBQUFBLEVBQ3JCLG9CQUFvQjtBQUFBLEVBQ3BCO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxPQUNLO0FBQ1AsU0FBUyxZQUFZQyxnQkFBZTs7O0FDUHBDLFNBQVMsWUFBWSxhQUFhO0FBQ2xDLFNBQVMsWUFBWSxlQUFlO0FBQ3BDLFNBQVMsWUFBWSxjQUFjO0FBQ25DLFNBQVMsWUFBWSxlQUFlO0FBQ3BDLFNBQVMsWUFBWSxnQkFBZ0I7QUFDckMsU0FBUyxZQUFZLGNBQWM7QUFDbkMsU0FBUyxZQUFZLGtCQUFrQjtBQUN2QyxTQUFTLFlBQVkseUJBQXlCO0FBQzlDLFNBQVMsWUFBWSxlQUFlO0FBQ3BDLFNBQVMsWUFBWSwwQkFBMEI7QUFNeEMsSUFBTSxZQUFZO0FBQUEsRUFDdkI7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQSxtQkFBbUI7QUFBQSxFQUNuQixvQkFBb0I7QUFDdEI7OztBRE1PLFNBQVMsaUJBQWlCLFVBQW1DLENBQUMsR0FBVztBQUM5RSxRQUFNLFFBQVEsUUFBUSxTQUFTO0FBQy9CLE1BQUksQ0FBQyxDQUFDLElBQUksSUFBSSxJQUFJLElBQUksRUFBRSxFQUFFLFNBQVMsS0FBSztBQUN0QyxVQUFNLElBQUksV0FBVyxvQkFBb0Isb0NBQW9DO0FBQy9FLFNBQU8sc0JBQXVCLFFBQVEsWUFBWUMsVUFBdUIsUUFBUSxJQUFLLEVBQUU7QUFDMUY7QUE4Qk8sU0FBUyxlQUFlLFVBQTRDO0FBQ3pFLE1BQUksT0FBTyxhQUFhLFNBQVUsUUFBTztBQUN6QyxhQUFXLFFBQVEsT0FBTyxPQUFPLFNBQVMsR0FBRztBQUMzQyxRQUFJLGlCQUFpQixTQUFTLFVBQVUsTUFBTSxHQUFHLElBQWdCLEVBQUcsUUFBTztBQUFBLEVBQzdFO0FBQ0EsU0FBTztBQUNUO0FBUU8sU0FBUyxlQUNkLFVBQ0EsYUFBYSxJQUNiLFVBQWlDLENBQUMsR0FDdEI7QUFDWixNQUFJLE9BQU8sYUFBYSxZQUFZLE9BQU8sZUFBZSxVQUFVO0FBQ2xFLFVBQU0sSUFBSSxXQUFXLG9CQUFvQix5Q0FBeUM7QUFBQSxFQUNwRjtBQUNBLFFBQU0sYUFBYSxTQUFTLFVBQVUsTUFBTSxFQUFFLEtBQUssRUFBRSxNQUFNLE1BQU0sRUFBRSxLQUFLLEdBQUc7QUFDM0UsTUFBSSxRQUFRLGFBQWEsT0FBTztBQUM5QixVQUFNLEtBQ0osUUFBUSxhQUFhLFNBQ2pCLGVBQWUsVUFBVSxNQUFNLE9BQy9CLGlCQUFpQixZQUFZLFFBQVEsUUFBb0I7QUFDL0QsUUFBSSxDQUFDO0FBQ0gsWUFBTSxJQUFJO0FBQUEsUUFDUjtBQUFBLFFBQ0E7QUFBQSxNQUNGO0FBQUEsRUFDSjtBQUNBLE1BQUksV0FBVyxXQUFXLEVBQUcsT0FBTSxJQUFJLFdBQVcsb0JBQW9CLG1CQUFtQjtBQUN6RixNQUFJO0FBQ0YsV0FBTyxtQkFBbUIsWUFBWSxVQUFVO0FBQUEsRUFDbEQsUUFBUTtBQUdOLFVBQU0sSUFBSSxXQUFXLG9CQUFvQiw2QkFBNkI7QUFBQSxFQUN4RTtBQUNGO0FBMEJBLElBQU0sV0FBVztBQUNqQixJQUFNLG1CQUFtQixLQUFLLGNBQWM7QUFRckMsU0FBUyxrQkFBa0IsTUFBd0I7QUFDeEQsTUFBSSxPQUFPLFNBQVMsU0FBVSxPQUFNLElBQUksV0FBVyxnQkFBZ0IsdUJBQXVCO0FBQzFGLFFBQU0sUUFBUSxLQUFLLE1BQU0sR0FBRztBQUM1QixNQUFJLE1BQU0sQ0FBQyxNQUFNLElBQUssT0FBTSxJQUFJLFdBQVcsZ0JBQWdCLHdCQUF3QjtBQUNuRixTQUFPLE1BQU0sTUFBTSxDQUFDLEVBQUUsSUFBSSxDQUFDLFNBQVM7QUFDbEMsVUFBTSxJQUFJLG9CQUFvQixLQUFLLElBQUk7QUFDdkMsUUFBSSxDQUFDO0FBQ0gsWUFBTSxJQUFJLFdBQVcsZ0JBQWdCLG1CQUFtQixJQUFJLDJCQUEyQjtBQUN6RixVQUFNLFFBQVEsT0FBTyxFQUFFLENBQUMsQ0FBQztBQUN6QixRQUFJLFNBQVM7QUFDWCxZQUFNLElBQUksV0FBVyxnQkFBZ0IsY0FBYyxLQUFLLGtCQUFrQjtBQUM1RSxXQUFPLFFBQVE7QUFBQSxFQUNqQixDQUFDO0FBQ0g7QUFZTyxTQUFTLGNBQWMsTUFBa0IsTUFBMkI7QUFDekUsTUFBSSxFQUFFLGdCQUFnQixlQUFlLEtBQUssU0FBUyxNQUFNLEtBQUssU0FBUyxJQUFJO0FBQ3pFLFVBQU0sSUFBSSxXQUFXLG9CQUFvQiw2QkFBNkI7QUFBQSxFQUN4RTtBQUNBLFFBQU0sSUFBSSxPQUFPO0FBQ2pCLE1BQUksSUFBSSxFQUFFLFdBQVcsa0JBQWtCLElBQUk7QUFDM0MsYUFBVyxTQUFTLGtCQUFrQixJQUFJLEdBQUc7QUFDM0MsUUFBSSxFQUFFLFdBQVcsRUFBRSxTQUFTLEVBQUUsR0FBRyxPQUFPLFdBQVcsR0FBRyxDQUFDLEdBQUcsRUFBRSxTQUFTLEdBQUcsRUFBRSxHQUFHLE1BQU0sS0FBSyxDQUFDLENBQUM7QUFBQSxFQUM1RjtBQUNBLFFBQU0sYUFBYSxFQUFFLE1BQU0sR0FBRyxFQUFFO0FBQ2hDLFNBQU8sRUFBRSxZQUFZLFdBQVcsRUFBRSxpQkFBaUIsVUFBVSxHQUFHLFdBQVcsRUFBRSxNQUFNLEVBQUUsRUFBRTtBQUN6Rjs7O0FFbkxPLElBQU0sVUFBVSx1QkFBTyxJQUFJLDRCQUE0Qjs7O0FDV3ZELElBQU0sb0JBQW9CO0FBYTFCLElBQU0sV0FBTixNQUFNLFVBQTJCO0FBQUEsRUFDN0I7QUFBQSxFQUNULGFBQWE7QUFBQTtBQUFBLEVBRUo7QUFBQTtBQUFBLEVBRUE7QUFBQSxFQUVELFlBQVksTUFBa0I7QUFDcEMsU0FBSyxRQUFRLEtBQUssTUFBTTtBQUN4QixVQUFNLFFBQVEsT0FBTyxFQUFFLGlCQUFpQixLQUFLLEtBQUs7QUFDbEQsU0FBSyxZQUFZLE9BQU8sT0FBTyxFQUFFLFdBQVcsV0FBb0IsTUFBTSxDQUFDO0FBQ3ZFLFNBQUssT0FBTyxrQkFBa0IsS0FBSztBQUFBLEVBQ3JDO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBT0EsT0FBTyxTQUFTLE1BQTRCO0FBQzFDLFFBQUksRUFBRSxnQkFBZ0IsZUFBZSxLQUFLLFdBQVcsSUFBSTtBQUN2RCxZQUFNLElBQUksV0FBVyxlQUFlLGdDQUFnQztBQUFBLElBQ3RFO0FBQ0EsV0FBTyxJQUFJLFVBQVMsSUFBSTtBQUFBLEVBQzFCO0FBQUE7QUFBQSxFQUdBLE1BQU0sS0FBSyxTQUEwQztBQUNuRCxRQUFJLEtBQUssV0FBWSxPQUFNLElBQUksV0FBVyxvQkFBb0IsNkJBQTZCO0FBQzNGLFdBQU8sT0FBTyxFQUFFLFlBQVksS0FBSyxPQUFPLE9BQU87QUFBQSxFQUNqRDtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFNQSxhQUF5QjtBQUN2QixRQUFJLEtBQUssV0FBWSxPQUFNLElBQUksV0FBVyxvQkFBb0IsNkJBQTZCO0FBQzNGLFdBQU8sS0FBSyxNQUFNLE1BQU07QUFBQSxFQUMxQjtBQUFBO0FBQUEsRUFHQSxVQUFnQjtBQUNkLFNBQUssS0FBSyxLQUFLO0FBQ2YsU0FBSyxhQUFhO0FBQUEsRUFDcEI7QUFBQTtBQUFBLEVBR0EsU0FBOEM7QUFDNUMsV0FBTyxFQUFFLE1BQU0sS0FBSyxNQUFNLFdBQVcsTUFBTSxLQUFLLFVBQVUsS0FBSyxFQUFFO0FBQUEsRUFDbkU7QUFBQTtBQUFBLEVBR0EsV0FBbUI7QUFDakIsV0FBTyxZQUFZLEtBQUssSUFBSTtBQUFBLEVBQzlCO0FBQUE7QUFBQSxFQUdBLENBQUMsT0FBTyxJQUFZO0FBQ2xCLFdBQU8sS0FBSyxTQUFTO0FBQUEsRUFDdkI7QUFDRjtBQVFPLFNBQVMscUJBQ2QsVUFDQSxhQUFhLElBQ2IsU0FDVTtBQUNWLFFBQU0sT0FBTyxlQUFlLFVBQVUsWUFBWSxPQUFPO0FBQ3pELFFBQU0sT0FBTyxjQUFjLE1BQU0saUJBQWlCO0FBQ2xELFFBQU0sV0FBVyxTQUFTLFNBQVMsS0FBSyxVQUFVO0FBQ2xELE9BQUssTUFBTSxLQUFLLFlBQVksS0FBSyxTQUFTO0FBQzFDLFNBQU87QUFDVDtBQU1PLFNBQVMsZUFDZCxVQUFtRSxDQUFDLEdBSXBFO0FBQ0EsUUFBTSxXQUFXLGlCQUFpQixRQUFRLFVBQVUsU0FBWSxDQUFDLElBQUksRUFBRSxPQUFPLFFBQVEsTUFBTSxDQUFDO0FBQzdGLFNBQU8sRUFBRSxVQUFVLHFCQUFxQixVQUFVLFFBQVEsY0FBYyxFQUFFLEdBQUcsU0FBUztBQUN4Rjs7O0FDM0dPLElBQU0saUJBQU4sTUFBTSxnQkFBaUM7QUFBQSxFQUNuQztBQUFBLEVBQ0E7QUFBQSxFQUVELFlBQVksTUFBa0I7QUFDcEMsU0FBSyxRQUFRO0FBQ2IsU0FBSyxZQUFZLE9BQU8sT0FBTztBQUFBLE1BQzdCLFdBQVc7QUFBQSxNQUNYLE9BQU8sT0FBTyxFQUFFLGlCQUFpQixJQUFJO0FBQUEsSUFDdkMsQ0FBQztBQUFBLEVBQ0g7QUFBQTtBQUFBLEVBR0EsT0FBTyxXQUEyQjtBQUNoQyxXQUFPLElBQUksZ0JBQWUsT0FBTyxFQUFFLFlBQVksRUFBRSxDQUFDO0FBQUEsRUFDcEQ7QUFBQTtBQUFBLEVBR0EsT0FBTyxTQUFTLE1BQWtDO0FBQ2hELFFBQUksRUFBRSxnQkFBZ0IsZUFBZSxLQUFLLFdBQVc7QUFDbkQsWUFBTSxJQUFJLFdBQVcsZUFBZSwrQkFBK0I7QUFDckUsV0FBTyxJQUFJLGdCQUFlLEtBQUssTUFBTSxDQUFDO0FBQUEsRUFDeEM7QUFBQSxFQUVBLE1BQU0sS0FBSyxTQUEwQztBQUNuRCxXQUFPLE9BQU8sRUFBRSxZQUFZLEtBQUssT0FBTyxPQUFPO0FBQUEsRUFDakQ7QUFBQTtBQUFBLEVBR0EsYUFBeUI7QUFDdkIsV0FBTyxLQUFLLE1BQU0sTUFBTTtBQUFBLEVBQzFCO0FBQUE7QUFBQSxFQUdBLFVBQWdCO0FBQ2QsU0FBSyxLQUFLLEtBQUs7QUFBQSxFQUNqQjtBQUFBO0FBQUEsRUFHQSxTQUFnQztBQUM5QixXQUFPLEVBQUUsV0FBVyxNQUFNLEtBQUssVUFBVSxLQUFLLEVBQUU7QUFBQSxFQUNsRDtBQUFBO0FBQUEsRUFHQSxXQUFtQjtBQUNqQixXQUFPLGtCQUFrQixNQUFNLEtBQUssVUFBVSxLQUFLLEVBQUUsTUFBTSxHQUFHLEVBQUUsQ0FBQztBQUFBLEVBQ25FO0FBQUE7QUFBQSxFQUdBLENBQUMsT0FBTyxJQUFZO0FBQ2xCLFdBQU8sS0FBSyxTQUFTO0FBQUEsRUFDdkI7QUFDRjs7O0FDdkRPLElBQU0sc0JBQU4sTUFBTSxxQkFBb0I7QUFBQSxFQUN0QjtBQUFBO0FBQUEsRUFFQTtBQUFBLEVBRUQsWUFBWSxRQUFvQjtBQUN0QyxTQUFLLFVBQVU7QUFDZixTQUFLLFlBQVksT0FBTyxFQUFFLGdCQUFnQixNQUFNO0FBQUEsRUFDbEQ7QUFBQTtBQUFBLEVBR0EsT0FBTyxXQUFnQztBQUNyQyxXQUFPLElBQUkscUJBQW9CLE9BQU8sRUFBRSxZQUFZLEVBQUUsQ0FBQztBQUFBLEVBQ3pEO0FBQUE7QUFBQSxFQUdBLE9BQU8sV0FBVyxRQUF5QztBQUN6RCxRQUFJLEVBQUUsa0JBQWtCLGVBQWUsT0FBTyxXQUFXO0FBQ3ZELFlBQU0sSUFBSSxXQUFXLGVBQWUsZ0NBQWdDO0FBQ3RFLFdBQU8sSUFBSSxxQkFBb0IsT0FBTyxNQUFNLENBQUM7QUFBQSxFQUMvQztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQU9BLE1BQU0sZUFBdUM7QUFDM0MsVUFBTSxTQUNKLHlCQUF5QixjQUFjLGNBQWMsV0FBVyxLQUM1RCxPQUFPLEVBQUUsT0FBTyxLQUFLLFNBQVMsYUFBYSxJQUMzQztBQUNOLFFBQUksV0FBVztBQUNiLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUNGLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQSxFQUdBLGVBQTJCO0FBQ3pCLFdBQU8sS0FBSyxRQUFRLE1BQU07QUFBQSxFQUM1QjtBQUFBO0FBQUEsRUFHQSxVQUFnQjtBQUNkLFNBQUssS0FBSyxPQUFPO0FBQUEsRUFDbkI7QUFBQTtBQUFBLEVBR0EsU0FBZ0M7QUFDOUIsV0FBTyxFQUFFLFdBQVcsTUFBTSxLQUFLLFNBQVMsRUFBRTtBQUFBLEVBQzVDO0FBQUE7QUFBQSxFQUdBLFdBQW1CO0FBQ2pCLFdBQU8sdUJBQXVCLE1BQU0sS0FBSyxTQUFTLEVBQUUsTUFBTSxHQUFHLEVBQUUsQ0FBQztBQUFBLEVBQ2xFO0FBQUE7QUFBQSxFQUdBLENBQUMsT0FBTyxJQUFZO0FBQ2xCLFdBQU8sS0FBSyxTQUFTO0FBQUEsRUFDdkI7QUFDRjs7O0FDcEVBLFNBQVMsVUFBVSxVQUFVLG1CQUFtQjtBQU16QyxJQUFNLHlCQUNYLHlCQUFTLGthQUFrYTtBQXVCdGEsSUFBTSxrQkFDWCw0QkFBWSx3QkFBd0IsQ0FBQzs7O0FDL0J2QyxTQUFTLFlBQUFDLFdBQVUsWUFBQUMsV0FBVSxlQUFBQyxvQkFBbUI7QUFRekMsSUFBTSw2QkFDWCxnQkFBQUMsVUFBUyxzMENBQXMwQyxDQUFDLHNCQUFzQixDQUFDO0FBeUJsMkMsSUFBTSxzQkFDWCxnQkFBQUMsYUFBWSw0QkFBNEIsQ0FBQztBQWdEcEMsSUFBTSxzQ0FDWCxnQkFBQUEsYUFBWSw0QkFBNEIsQ0FBQztBQTBFcEMsSUFBTSw4QkFDWCxnQkFBQUEsYUFBWSw0QkFBNEIsQ0FBQztBQWlGcEMsSUFBTSwyQkFDWCxnQkFBQUMsYUFBWSw0QkFBNEIsQ0FBQztBQU9wQyxJQUFLLG1CQUFMLGtCQUFLQyxzQkFBTDtBQUlMLEVBQUFBLG9DQUFBLGlCQUFjLEtBQWQ7QUFLQSxFQUFBQSxvQ0FBQSxVQUFPLEtBQVA7QUFLQSxFQUFBQSxvQ0FBQSxpQkFBYyxLQUFkO0FBS0EsRUFBQUEsb0NBQUEsYUFBVSxLQUFWO0FBbkJVLFNBQUFBO0FBQUEsR0FBQTs7O0FDeFBaLFNBQVMsWUFBQUMsV0FBVSxZQUFBQyxXQUFVLGVBQUFDLG9CQUFtQjtBQVF6QyxJQUFNLDJCQUNYLGdCQUFBQyxVQUFTLDQ4QkFBNDhCLENBQUMsMEJBQTBCLENBQUM7QUEwRDUrQixJQUFNLHFCQUNYLGdCQUFBQyxhQUFZLDBCQUEwQixDQUFDO0FBeUJsQyxJQUFNLDJCQUNYLGdCQUFBQSxhQUFZLDBCQUEwQixDQUFDO0FBcURsQyxJQUFNLCtCQUNYLGdCQUFBQSxhQUFZLDBCQUEwQixDQUFDOzs7QUNwSnpDLFNBQVMsWUFBQUMsV0FBVSxlQUFBQyxvQkFBbUI7QUFRL0IsSUFBTSw0QkFDWCxnQkFBQUMsVUFBUyxnbEJBQWdsQixDQUFDLDBCQUEwQixDQUFDO0FBcUVobkIsSUFBTSx3QkFDWCxnQkFBQUMsYUFBWSwyQkFBMkIsQ0FBQztBQThCbkMsSUFBTSw0QkFDWCxnQkFBQUEsYUFBWSwyQkFBMkIsQ0FBQzs7O0FDOUcxQyxTQUFTLFlBQUFDLFdBQVUsZUFBQUMsb0JBQW1CO0FBVS9CLElBQU0sNEJBQ1gsZ0JBQUFDLFVBQVMsK3hCQUEreEIsQ0FBQyw0QkFBNEIsc0JBQXNCLENBQUM7QUF3QnYxQixJQUFNLHFCQUNYLGdCQUFBQyxhQUFZLDJCQUEyQixDQUFDO0FBMENuQyxJQUFNLG1CQUNYLGdCQUFBQSxhQUFZLDJCQUEyQixDQUFDO0FBeUJuQyxJQUFNLHNCQUNYLGdCQUFBQSxhQUFZLDJCQUEyQixDQUFDO0FBaURuQyxJQUFNLHFCQUNYLGdCQUFBQSxhQUFZLDJCQUEyQixDQUFDOzs7QUMzSjFDLFNBQVMsWUFBQUMsV0FBVSxZQUFBQyxXQUFVLGVBQUFDLG9CQUFtQjtBQU16QyxJQUFNLDZCQUNYLGdCQUFBRCxVQUFTLGtsQkFBa2xCO0FBNER0bEIsSUFBTSxpQkFDWCxnQkFBQUMsYUFBWSw0QkFBNEIsQ0FBQztBQU9wQyxJQUFLLGVBQUwsa0JBQUtDLGtCQUFMO0FBSUwsRUFBQUEsNEJBQUEsaUJBQWMsS0FBZDtBQU9BLEVBQUFBLDRCQUFBLG9CQUFpQixLQUFqQjtBQU9BLEVBQUFBLDRCQUFBLHFCQUFrQixLQUFsQjtBQU9BLEVBQUFBLDRCQUFBLHdCQUFxQixLQUFyQjtBQU9BLEVBQUFBLDRCQUFBLDZCQUEwQixLQUExQjtBQWhDVSxTQUFBQTtBQUFBLEdBQUE7OztBQzNFWixTQUFTLFlBQUFDLFdBQVUsZUFBQUMsb0JBQW1CO0FBUS9CLElBQU0sNEJBQ1gsZ0JBQUFDLFVBQVMsb3JDQUFvckMsQ0FBQywwQkFBMEIsQ0FBQztBQWdDcHRDLElBQU0sc0JBQ1gsZ0JBQUFDLGFBQVksMkJBQTJCLENBQUM7QUF1Q25DLElBQU0sdUJBQ1gsZ0JBQUFBLGFBQVksMkJBQTJCLENBQUM7QUFxRW5DLElBQU0sc0JBQ1gsZ0JBQUFBLGFBQVksMkJBQTJCLENBQUM7QUF1RG5DLElBQU0sOEJBQ1gsZ0JBQUFBLGFBQVksMkJBQTJCLENBQUM7QUEyQ25DLElBQU0sNkJBQ1gsZ0JBQUFBLGFBQVksMkJBQTJCLENBQUM7QUFrQ25DLElBQU0sd0JBQ1gsZ0JBQUFBLGFBQVksMkJBQTJCLENBQUM7OztBQ3BTMUMsU0FBUyxRQUFRLFlBQVksZ0JBQWdCO0FBcUN0QyxTQUFTLGFBQW9DLFFBQVcsU0FBb0M7QUFDakcsUUFBTSxXQUFXLE9BQU87QUFDeEIsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLFVBQVUsUUFBUTtBQUFBLElBQ2xCLE9BQU8sT0FBTztBQUNaLFlBQU0sVUFBVSxPQUFPLFFBQVEsS0FBSztBQUNwQyxjQUFRLFNBQVMsT0FBTztBQUN4QixZQUFNLFFBQVEsU0FBUyxRQUFRLE9BQU87QUFDdEMsVUFBSSxNQUFNLFNBQVMsUUFBUSxVQUFVO0FBQ25DLGNBQU0sSUFBSTtBQUFBLFVBQ1I7QUFBQSxVQUNBLEdBQUcsUUFBUSxPQUFPLE1BQU0sTUFBTSxvQkFBb0IsUUFBUSxRQUFRO0FBQUEsUUFDcEU7QUFBQSxNQUNGO0FBQ0EsYUFBTztBQUFBLElBQ1Q7QUFBQSxJQUNBLE9BQU8sT0FBTztBQUNaLFVBQUksRUFBRSxpQkFBaUI7QUFDckIsY0FBTSxJQUFJLFdBQVcsYUFBYSxHQUFHLFFBQVEsc0JBQXNCO0FBQ3JFLFVBQUksTUFBTSxTQUFTLFFBQVEsVUFBVTtBQUNuQyxjQUFNLElBQUk7QUFBQSxVQUNSO0FBQUEsVUFDQSxHQUFHLFFBQVEsT0FBTyxNQUFNLE1BQU0sb0JBQW9CLFFBQVEsUUFBUTtBQUFBLFFBQ3BFO0FBQUEsTUFDRjtBQUNBLFVBQUk7QUFDSixVQUFJO0FBQ0Ysa0JBQVUsV0FBVyxRQUFRLE9BQU8sRUFBRSxtQkFBbUIsTUFBTSxDQUFDO0FBQUEsTUFDbEUsU0FBUyxPQUFPO0FBQ2QsY0FBTSxJQUFJLFdBQVcsYUFBYSxHQUFHLFFBQVEsbUNBQW1DLEVBQUUsTUFBTSxDQUFDO0FBQUEsTUFDM0Y7QUFDQSxVQUFJO0FBQ0osVUFBSTtBQUNGLG9CQUFZLFNBQVMsUUFBUSxPQUFPO0FBQUEsTUFDdEMsU0FBUyxPQUFPO0FBQ2QsY0FBTSxJQUFJLFdBQVcsYUFBYSxHQUFHLFFBQVEsbUNBQW1DLEVBQUUsTUFBTSxDQUFDO0FBQUEsTUFDM0Y7QUFDQSxVQUFJLENBQUMsV0FBVyxXQUFXLEtBQUssR0FBRztBQUNqQyxjQUFNLElBQUk7QUFBQSxVQUNSO0FBQUEsVUFDQSxHQUFHLFFBQVE7QUFBQSxRQUNiO0FBQUEsTUFDRjtBQUNBLGNBQVEsU0FBUyxPQUFPO0FBQ3hCLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNGO0FBR08sU0FBUyxNQUFNLFdBQW9CLFNBQW9DO0FBQzVFLE1BQUksQ0FBQyxVQUFXLE9BQU0sSUFBSSxXQUFXLGFBQWEsT0FBTztBQUMzRDtBQUdPLFNBQVMsYUFBYSxVQUFrQixTQUFpQixXQUFXLEdBQVM7QUFDbEYsUUFBTSxZQUFZLFVBQVUsR0FBRyxRQUFRLHlCQUF5QixPQUFPLGNBQWMsUUFBUSxHQUFHO0FBQ2xHO0FBR08sU0FBUyxZQUFZLE9BQWUsT0FBbUIsUUFBc0I7QUFDbEYsUUFBTSxNQUFNLFdBQVcsUUFBUSxHQUFHLEtBQUssWUFBWSxNQUFNLGVBQWUsTUFBTSxNQUFNLEVBQUU7QUFDeEY7QUFHTyxTQUFTLGVBQWUsT0FBZSxPQUE0QixLQUFtQjtBQUMzRixRQUFNLFNBQVMsT0FBTyxVQUFVLFdBQVcsSUFBSSxZQUFZLEVBQUUsT0FBTyxLQUFLLEVBQUUsU0FBUyxNQUFNO0FBQzFGLFFBQU0sVUFBVSxLQUFLLEdBQUcsS0FBSyxvQkFBb0IsR0FBRyxlQUFlLE1BQU0sRUFBRTtBQUM3RTtBQUdPLFNBQVMsYUFBYSxPQUFlLE9BQXFCO0FBQy9ELFFBQU0sU0FBUyxPQUFPLE9BQU8sZ0JBQWdCLEdBQUcsR0FBRyxLQUFLLGtCQUFrQjtBQUM1RTs7O0FDNURPLElBQU0sY0FBYztBQUFBLEVBQ3pCLGFBQWE7QUFBQSxFQUNiLFVBQVU7QUFBQSxFQUNWLFdBQVc7QUFBQSxFQUNYLGtCQUFrQjtBQUFBLEVBQ2xCLGVBQWUsTUFBTTtBQUFBLEVBQ3JCLHVCQUF1QixLQUFLO0FBQUEsRUFDNUIsbUJBQW1CO0FBQUEsRUFDbkIsb0JBQW9CLE1BQU07QUFBQSxFQUMxQixtQkFBbUI7QUFBQSxFQUNuQixVQUFVO0FBQUEsRUFDVixjQUFjO0FBQUEsRUFDZCxhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixhQUFhO0FBQUEsRUFDYixvQkFBb0IsTUFBTTtBQUM1QjtBQUdPLElBQU0sY0FBZ0Q7QUFBQSxFQUMzRCxnQkFBcUIsR0FBRztBQUFBLEVBQ3hCLG1CQUF3QixHQUFHO0FBQUEsRUFDM0IsZUFBb0IsR0FBRztBQUFBLEVBQ3ZCLG1CQUF3QixHQUFHO0FBQUEsRUFDM0Isb0JBQXlCLEdBQUc7QUFDOUI7QUFHTyxJQUFNLHlCQUE0QyxDQUFDLE1BQU0sSUFBSTtBQUVwRSxTQUFTLGVBQ1AsT0FDQSxLQUNBLFNBQ007QUFDTixRQUFNLFFBQVEsUUFBVyxHQUFHLEtBQUssYUFBYTtBQUM5QztBQUFBLElBQ0UsUUFBUSxTQUFTLElBQUksU0FBUztBQUFBLElBQzlCLEdBQUcsS0FBSyx1Q0FBdUMsSUFBSSxTQUFTO0FBQUEsRUFDOUQ7QUFDQSxjQUFZLEdBQUcsS0FBSyxRQUFRLElBQUksS0FBSyxZQUFZLElBQUksU0FBUyxDQUFFO0FBQ2xFO0FBRUEsU0FBUyxZQUFZLE9BQWUsUUFBbUMsVUFBeUI7QUFDOUYsTUFBSSxXQUFXLFFBQVc7QUFDeEIsVUFBTSxDQUFDLFVBQVUsR0FBRyxLQUFLLGFBQWE7QUFDdEM7QUFBQSxFQUNGO0FBQ0EsUUFBTSxPQUFPLEtBQUssU0FBUyxHQUFHLEdBQUcsS0FBSyxnQkFBZ0I7QUFDdEQsaUJBQWUsR0FBRyxLQUFLLFNBQVMsT0FBTyxNQUFNLFlBQVksYUFBYTtBQUN0RSxjQUFZLEdBQUcsS0FBSyxjQUFjLE9BQU8sV0FBVyxZQUFZLFNBQVM7QUFDM0U7QUFFQSxTQUFTLFdBQVcsVUFBa0IsU0FBaUIsU0FBdUI7QUFDNUUsZUFBYSxHQUFHLFFBQVEsa0JBQWtCLE9BQU87QUFDakQsZUFBYSxHQUFHLFFBQVEsa0JBQWtCLE9BQU87QUFDakQ7QUFBQSxJQUNFLFlBQVksTUFBTSxVQUFVO0FBQUEsSUFDNUIsR0FBRyxRQUFRO0FBQUEsRUFDYjtBQUNGO0FBRUEsU0FBUyxhQUFhLEdBQWUsR0FBdUI7QUFDMUQsUUFBTUMsS0FBSSxLQUFLLElBQUksRUFBRSxRQUFRLEVBQUUsTUFBTTtBQUNyQyxXQUFTLElBQUksR0FBRyxJQUFJQSxJQUFHLElBQUssS0FBSSxFQUFFLENBQUMsTUFBTSxFQUFFLENBQUMsRUFBRyxRQUFPLEVBQUUsQ0FBQyxJQUFLLEVBQUUsQ0FBQztBQUNqRSxTQUFPLEVBQUUsU0FBUyxFQUFFO0FBQ3RCO0FBRUEsSUFBTSxVQUFVLG9DQUE4QztBQUd2RCxJQUFNLGlCQUFpQixhQUFhLGlCQUFpQjtBQUFBLEVBQzFELFVBQVU7QUFBQSxFQUNWLFVBQVUsQ0FBQyxNQUNULGVBQWUsYUFBYSxHQUFHO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBTS9CLENBQUM7QUFDTCxDQUFDO0FBR00sSUFBTSxxQkFBcUIsYUFBYSxxQkFBcUI7QUFBQSxFQUNsRSxVQUFVLFlBQVksZ0JBQWdCO0FBQUEsRUFDdEMsVUFBVSxDQUFDLE1BQU0sWUFBWSxpQkFBaUIsR0FBRyxJQUFJO0FBQ3ZELENBQUM7QUFHTSxJQUFNLGtDQUFrQyxhQUFhLHFDQUFxQztBQUFBLEVBQy9GLFVBQVU7QUFBQSxFQUNWLFVBQVUsQ0FBQyxNQUFNO0FBQ2YsaUJBQWEsaUNBQWlDLEVBQUUsT0FBTztBQUN2RCxnQkFBWSxnQkFBZ0IsRUFBRSxhQUFhLFlBQVksV0FBVztBQUNsRSxtQkFBZSxlQUFlLEVBQUUsWUFBWSxPQUFPO0FBQ25ELGVBQVcsaUNBQWlDLEVBQUUsYUFBYSxFQUFFLFdBQVc7QUFBQSxFQUMxRTtBQUNGLENBQUM7QUFHTSxJQUFNLDZCQUE2QixhQUFhLDZCQUE2QjtBQUFBLEVBQ2xGLFVBQVU7QUFBQSxFQUNWLFVBQVUsQ0FBQyxNQUFNO0FBQ2YsaUJBQWEseUJBQXlCLEVBQUUsT0FBTztBQUMvQyxnQkFBWSxnQkFBZ0IsRUFBRSxhQUFhLFlBQVksV0FBVztBQUNsRSxnQkFBWSxhQUFhLEVBQUUsVUFBVSxZQUFZLFFBQVE7QUFDekQsbUJBQWUsZ0JBQWdCLEVBQUUsYUFBYSxZQUFZLGdCQUFnQjtBQUMxRSxtQkFBZSxlQUFlLEVBQUUsWUFBWSxPQUFPO0FBQ25ELG1CQUFlLHFCQUFxQixFQUFFLGlCQUFpQixlQUFvQixDQUFDO0FBQzVFLG1CQUFlLGNBQWMsRUFBRSxXQUFXLE9BQU87QUFDakQsZUFBVyx5QkFBeUIsRUFBRSxhQUFhLEVBQUUsV0FBVztBQUFBLEVBQ2xFO0FBQ0YsQ0FBQztBQUdNLElBQU0sMEJBQTBCLGFBQWEsMEJBQTBCO0FBQUEsRUFDNUUsVUFBVSxZQUFZO0FBQUEsRUFDdEIsVUFBVSxDQUFDLE1BQU07QUFDZixpQkFBYSxzQkFBc0IsRUFBRSxPQUFPO0FBQzVDLGdCQUFZLGdCQUFnQixFQUFFLGFBQWEsWUFBWSxXQUFXO0FBQ2xFLFVBQU0sRUFBRSxVQUFVLElBQUksOENBQThDO0FBQ3BFLGlCQUFhLFVBQVUsRUFBRSxNQUFNO0FBQy9CLGlCQUFhLGdCQUFnQixFQUFFLFVBQVU7QUFDekMsVUFBTSxFQUFFLFFBQVEsVUFBVSxZQUFZLG1CQUFtQiwwQkFBMEI7QUFDbkYsTUFBRSxRQUFRLFFBQVEsQ0FBQyxHQUFHLE1BQU07QUFDMUIsa0JBQVksV0FBVyxDQUFDLGVBQWUsRUFBRSxVQUFVLFlBQVksUUFBUTtBQUN2RSxtQkFBYSxXQUFXLENBQUMsbUJBQW1CLEVBQUUsV0FBVztBQUN6RCxZQUFNLEVBQUUsVUFBVSxrQkFBa0IsV0FBVyxDQUFDLHFCQUFxQjtBQUNyRSxVQUFJLElBQUk7QUFDTjtBQUFBLFVBQ0UsYUFBYSxFQUFFLFFBQVEsSUFBSSxDQUFDLEVBQUcsVUFBVSxFQUFFLFFBQVEsSUFBSTtBQUFBLFVBQ3ZEO0FBQUEsUUFDRjtBQUFBLElBQ0osQ0FBQztBQUNELG1CQUFlLGNBQWMsRUFBRSxXQUFXLE9BQU87QUFBQSxFQUNuRDtBQUNGLENBQUM7QUFFRCxTQUFTLGtCQUFrQixHQUFtQztBQUM1RCxRQUFNLE1BQU0sUUFBVyx5QkFBeUI7QUFDaEQsZUFBYSxnQkFBZ0IsRUFBRSxPQUFPO0FBQ3RDLFFBQU0sRUFBRSwwQkFBNEIsbUNBQW1DO0FBQ3ZFLGNBQVksUUFBUSxFQUFFLE1BQU0sWUFBWSxVQUFVO0FBSWxEO0FBQUEsSUFDRSxFQUFFLGFBQWEsSUFBSSxRQUFRLEVBQUUsYUFBYSxPQUFPO0FBQUEsSUFDakQ7QUFBQSxFQUNGO0FBQ0EsUUFBTSxFQUFFLGNBQWMsS0FBSyxFQUFFLGNBQWMsSUFBSSw4Q0FBOEM7QUFDN0YsUUFBTSxFQUFFLGVBQWUsS0FBSyxFQUFFLGVBQWUsR0FBRyw4Q0FBOEM7QUFDOUY7QUFBQSxJQUNFLEVBQUU7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLGNBQVksU0FBUyxFQUFFLE9BQU8sWUFBWSxXQUFXO0FBQ3ZEO0FBR08sSUFBTSxvQkFBb0IsYUFBYSxvQkFBb0I7QUFBQSxFQUNoRSxVQUFVO0FBQUEsRUFDVixVQUFVO0FBQ1osQ0FBQztBQUdNLElBQU0sMEJBQTBCLGFBQWEsMEJBQTBCO0FBQUEsRUFDNUUsVUFBVSxNQUFNO0FBQUEsRUFDaEIsVUFBVSxDQUFDLE1BQU07QUFDZixzQkFBa0IsRUFBRSxNQUFNO0FBQzFCLFVBQU0sRUFBRSxXQUFXLFVBQVUsSUFBSSxzQ0FBc0M7QUFBQSxFQUN6RTtBQUNGLENBQUM7QUFHTSxJQUFNLDhCQUE4QixhQUFhLDhCQUE4QjtBQUFBLEVBQ3BGLFVBQVUsS0FBSztBQUFBLEVBQ2YsVUFBVSxDQUFDLE1BQU07QUFDZixpQkFBYSwwQkFBMEIsRUFBRSxPQUFPO0FBQ2hELGdCQUFZLGlCQUFpQixFQUFFLGNBQWMsRUFBRTtBQUMvQyxnQkFBWSxxQkFBcUIsRUFBRSxpQkFBaUIsRUFBRTtBQUN0RCxnQkFBWSw0QkFBNEIsRUFBRSx3QkFBd0IsSUFBSTtBQUN0RSxnQkFBWSxtQkFBbUIsRUFBRSxnQkFBZ0IsS0FBSztBQUN0RCxpQkFBYSxpQkFBaUIsRUFBRSxXQUFXO0FBQUEsRUFDN0M7QUFDRixDQUFDO0FBR00sSUFBTSx1QkFBdUIsYUFBYSx1QkFBdUI7QUFBQSxFQUN0RSxVQUFVLFlBQVk7QUFBQSxFQUN0QixVQUFVLENBQUMsTUFBTTtBQUNmLGlCQUFhLG1CQUFtQixFQUFFLE9BQU87QUFDekMsZ0JBQVksZ0JBQWdCLEVBQUUsYUFBYSxZQUFZLFdBQVc7QUFDbEUsbUJBQWUsZ0JBQWdCLEVBQUUsYUFBYSxZQUFZLGdCQUFnQjtBQUMxRSxnQkFBWSw0QkFBNEIsRUFBRSx3QkFBd0IsSUFBSTtBQUN0RSxVQUFNLEVBQUUsbUJBQW1CLFVBQVUsR0FBRywwQ0FBMEM7QUFDbEY7QUFBQSxNQUNFLEVBQUUsbUJBQW1CLFVBQVUsWUFBWTtBQUFBLE1BQzNDO0FBQUEsSUFDRjtBQUNBLE1BQUUsbUJBQW1CLFFBQVEsQ0FBQyxHQUFHLE1BQU0sWUFBWSx1QkFBdUIsQ0FBQyxLQUFLLEdBQUcsSUFBSSxDQUFDO0FBQ3hGLGdCQUFZLG1CQUFtQixFQUFFLGdCQUFnQixLQUFLO0FBQ3RELFVBQU0sRUFBRSxNQUFNLFVBQVUsWUFBWSxVQUFVLGdCQUFnQjtBQUM5RCxNQUFFLE1BQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxlQUFlLFNBQVMsQ0FBQyxLQUFLLEdBQUcsWUFBWSxZQUFZLENBQUM7QUFDcEYsaUJBQWEsaUJBQWlCLEVBQUUsV0FBVztBQUMzQyxnQkFBWSxvQkFBb0IsRUFBRSxnQkFBZ0IsWUFBWSxRQUFRO0FBQUEsRUFDeEU7QUFDRixDQUFDO0FBR00sSUFBTSwyQkFBMkIsYUFBYSwyQkFBMkI7QUFBQSxFQUM5RSxVQUFVO0FBQUEsRUFDVixVQUFVLENBQUMsTUFBTTtBQUNmLGlCQUFhLHVCQUF1QixFQUFFLE9BQU87QUFDN0MsZ0JBQVksU0FBUyxFQUFFLE9BQU8sWUFBWSxXQUFXO0FBQ3JELGdCQUFZLFVBQVUsRUFBRSxRQUFRLFlBQVksV0FBVztBQUN2RCxVQUFNLGFBQWEsRUFBRSxPQUFPLEVBQUUsTUFBTSxLQUFLLEdBQUcsaURBQWlEO0FBQUEsRUFDL0Y7QUFDRixDQUFDO0FBRUQsU0FBUyxnQkFBZ0IsR0FBcUI7QUFDNUMsZUFBYSxjQUFjLEVBQUUsT0FBTztBQUNwQyxpQkFBZSxjQUFjLEVBQUUsV0FBVztBQUFBO0FBQUE7QUFBQTtBQUFBLEVBSTFDLENBQUM7QUFDRCxRQUFNLEVBQUUsU0FBUyxHQUFHLHNDQUFzQztBQUMxRCxlQUFhLGlCQUFpQixFQUFFLFdBQVc7QUFDM0M7QUFBQSxJQUNFLENBQUMsRUFBRSxjQUFjLEVBQUUsVUFBVztBQUFBLElBQzlCO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxtQkFBbUIsR0FBd0I7QUFDbEQsUUFBTSxFQUFFLFNBQVMsR0FBRywyQ0FBMkM7QUFDL0QsY0FBWSw4QkFBOEIsRUFBRSxXQUFXLEVBQUU7QUFDM0Q7QUFHTyxJQUFNLGtCQUFrQixhQUFhLGtCQUFrQjtBQUFBLEVBQzVELFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFDWixDQUFDO0FBR00sSUFBTSxvQkFBb0IsYUFBYSxvQkFBb0I7QUFBQSxFQUNoRSxVQUFVO0FBQUEsRUFDVixVQUFVLENBQUMsTUFBTTtBQUNmLFVBQU0sRUFBRSxLQUFLLFNBQVMsR0FBRyw0QkFBNEI7QUFDckQsZ0JBQVksMEJBQTBCLEVBQUUsV0FBVyxZQUFZLFNBQVM7QUFBQSxFQUMxRTtBQUNGLENBQUM7QUFHTSxJQUFNLHFCQUFxQixhQUFhLHFCQUFxQjtBQUFBLEVBQ2xFLFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFDWixDQUFDO0FBR00sSUFBTSxvQkFBb0IsYUFBYSxvQkFBb0I7QUFBQSxFQUNoRSxVQUFVLElBQUk7QUFBQSxFQUNkLFVBQVUsQ0FBQyxNQUFNO0FBQ2YsaUJBQWEsZ0JBQWdCLEVBQUUsT0FBTztBQUN0QyxnQkFBWSw0QkFBNEIsRUFBRSx3QkFBd0IsSUFBSTtBQUN0RSxnQkFBWSxzQkFBc0IsRUFBRSxtQkFBbUIsSUFBSTtBQUMzRCxVQUFNLEVBQUUsaUJBQWlCLFFBQVcsMEJBQTBCO0FBQzlELGdCQUFZLDJCQUEyQixFQUFFLGFBQWEsV0FBVyxZQUFZLFNBQVM7QUFDdEYsUUFBSSxFQUFFLGtCQUFrQixPQUFXLG9CQUFtQixFQUFFLGFBQWE7QUFDckUsVUFBTSxFQUFFLGNBQWMsUUFBVyx1QkFBdUI7QUFDeEQsZ0JBQVksd0JBQXdCLEVBQUUsVUFBVSxXQUFXLFlBQVksU0FBUztBQUFBLEVBQ2xGO0FBQ0YsQ0FBQztBQUdNLElBQU0sZ0JBQWdCLGFBQWEsZ0JBQWdCO0FBQUEsRUFDeEQsVUFBVSxZQUFZLHFCQUFxQjtBQUFBLEVBQzNDLFVBQVUsQ0FBQyxNQUFNO0FBQ2YsaUJBQWEsWUFBWSxFQUFFLE9BQU87QUFDbEM7QUFBQSxNQUNFLEVBQUUsZ0NBQXFDLEVBQUUsUUFBUTtBQUFBLE1BQ2pEO0FBQUEsSUFDRjtBQUNBLGdCQUFZLG9CQUFvQixFQUFFLGdCQUFnQixZQUFZLFFBQVE7QUFDdEU7QUFBQSxNQUNFLEVBQUUsa0JBQWtCLFdBQVcsS0FBSyxFQUFFLGtCQUFrQixXQUFXLFlBQVk7QUFBQSxNQUMvRTtBQUFBLElBQ0Y7QUFDQTtBQUFBLE1BQ0UsRUFBRSxrQkFBa0IsV0FBVyxLQUFLLEVBQUUsa0JBQWtCLFdBQVcsWUFBWTtBQUFBLE1BQy9FO0FBQUEsSUFDRjtBQUNBLGlCQUFhLGdCQUFnQixFQUFFLFdBQVc7QUFDMUMsbUJBQWUsV0FBVyxFQUFFLFNBQVMsWUFBWSxrQkFBa0I7QUFBQSxFQUNyRTtBQUNGLENBQUM7QUFFRCxTQUFTLG9CQUFvQixHQUErQixPQUFxQjtBQUMvRSxRQUFNLE1BQU0sUUFBVyxHQUFHLEtBQUssYUFBYTtBQUM1QyxlQUFhLGtCQUFrQixFQUFFLE9BQU87QUFDeEM7QUFBQSxJQUNFLEVBQUUsT0FBTyxTQUFTLE1BQU0sRUFBRSxnQkFBZ0IsU0FBUztBQUFBLElBQ25ELEdBQUcsS0FBSztBQUFBLEVBQ1Y7QUFDQSxpQkFBZSxHQUFHLEtBQUssV0FBVyxFQUFFLFFBQVEsRUFBRTtBQUU5QyxNQUFJLEVBQUUsZ0JBQWdCLFNBQVMsR0FBRztBQUNoQztBQUFBLE1BQ0UsRUFBRSxnQkFBZ0IsVUFBVSxNQUFNLEVBQUUsZ0JBQWdCLFVBQVU7QUFBQSxNQUM5RCxHQUFHLEtBQUs7QUFBQSxJQUNWO0FBQUEsRUFDRjtBQUNBLFFBQU0sRUFBRSxXQUFXLFVBQVUsSUFBSSxHQUFHLEtBQUsseUNBQXlDO0FBQ2xGLGlCQUFlLEdBQUcsS0FBSyxlQUFlLEVBQUUsWUFBWSxZQUFZLGtCQUFrQjtBQUNwRjtBQUdPLElBQU0scUJBQXFCLGFBQWEscUJBQXFCO0FBQUEsRUFDbEUsVUFBVTtBQUFBLEVBQ1YsVUFBVSxDQUFDLE1BQU0sWUFBWSxlQUFlLEVBQUUsWUFBWSxFQUFFO0FBQzlELENBQUM7QUFHTSxJQUFNLHNCQUFzQixhQUFhLHNCQUFzQjtBQUFBLEVBQ3BFLFVBQVUsWUFBWSxxQkFBcUI7QUFBQSxFQUMzQyxVQUFVLENBQUMsTUFBTSxvQkFBb0IsR0FBRyxnQkFBZ0I7QUFDMUQsQ0FBQztBQUdNLElBQU0scUJBQXFCLGFBQWEscUJBQXFCO0FBQUEsRUFDbEUsVUFBVSxZQUFZLHFCQUFxQjtBQUFBLEVBQzNDLFVBQVUsQ0FBQyxNQUFNO0FBQ2YsaUJBQWEsaUJBQWlCLEVBQUUsT0FBTztBQUN2QyxnQkFBWSw0QkFBNEIsRUFBRSx3QkFBd0IsSUFBSTtBQUN0RSxnQkFBWSxzQkFBc0IsRUFBRSxtQkFBbUIsSUFBSTtBQUMzRCxVQUFNLEVBQUUsa0JBQWtCLEdBQUcscUNBQXFDO0FBQ2xFLFVBQU0sRUFBRSxlQUFlLEdBQUcsa0NBQWtDO0FBQzVELGdCQUFZLFlBQVksRUFBRSxTQUFTLEVBQUU7QUFDckM7QUFBQSxNQUNFLHVCQUF1QixTQUFTLEVBQUUsY0FBYyxNQUFNO0FBQUEsTUFDdEQ7QUFBQSxJQUNGO0FBQ0Esd0JBQW9CLEVBQUUsU0FBUyxTQUFTO0FBQUEsRUFDMUM7QUFDRixDQUFDO0FBR00sSUFBTSw2QkFBNkIsYUFBYSw2QkFBNkI7QUFBQSxFQUNsRixVQUFVO0FBQUEsRUFDVixVQUFVLENBQUMsTUFBTTtBQUNmLGlCQUFhLHlCQUF5QixFQUFFLE9BQU87QUFDL0MsZ0JBQVksbUJBQW1CLEVBQUUsZ0JBQWdCLEVBQUU7QUFDbkQsZ0JBQVksYUFBYSxFQUFFLFVBQVUsRUFBRTtBQUN2QyxnQkFBWSxlQUFlLEVBQUUsWUFBWSxFQUFFO0FBQUEsRUFDN0M7QUFDRixDQUFDO0FBR00sSUFBTSw0QkFBNEIsYUFBYSw0QkFBNEI7QUFBQSxFQUNoRixVQUFVLFlBQVkscUJBQXFCO0FBQUEsRUFDM0MsVUFBVSxDQUFDLE1BQU07QUFDZixpQkFBYSx3QkFBd0IsRUFBRSxPQUFPO0FBQzlDLGdCQUFZLG1CQUFtQixFQUFFLGdCQUFnQixFQUFFO0FBQ25ELFVBQU0sRUFBRSxXQUFXLFVBQVUsSUFBSSx3Q0FBd0M7QUFDekUsbUJBQWUsY0FBYyxFQUFFLFlBQVksWUFBWSxrQkFBa0I7QUFBQSxFQUMzRTtBQUNGLENBQUM7QUFHTSxJQUFNLHVCQUF1QixhQUFhLHVCQUF1QjtBQUFBLEVBQ3RFLFVBQVUsSUFBSSxPQUFPO0FBQUEsRUFDckIsVUFBVSxDQUFDLE1BQU07QUFDZixVQUFNLEVBQUUsV0FBVyxHQUFHLDRDQUE0QztBQUNsRSxnQkFBWSxTQUFTLEVBQUUsT0FBTyxZQUFZLFdBQVc7QUFDckQsVUFBTSxFQUFFLFdBQVcsVUFBVSxJQUFJLHdDQUF3QztBQUFBLEVBQzNFO0FBQ0YsQ0FBQzs7O0FDOVpNLElBQU0sbUJBQW1CO0FBQUEsRUFDOUIsd0JBQXdCO0FBQUEsRUFDeEIsbUJBQW1CO0FBQUEsRUFDbkIsZ0JBQWdCO0FBQUEsRUFDaEIsYUFBYTtBQUFBLEVBQ2IsY0FBYztBQUFBLEVBQ2Qsa0JBQWtCO0FBQUEsRUFDbEIsZUFBZTtBQUNqQjtBQU1PLFNBQVMsYUFBYSxPQUF1QixNQUE4QjtBQUNoRixTQUFPLE9BQU8sS0FBSyxLQUFLLEdBQUcsV0FBVyxHQUFHLENBQUMsR0FBRyxJQUFJO0FBQ25EO0FBYU8sU0FBUyxlQUFlLE9BQWlCLEtBQXNCO0FBQ3BFLFNBQU87QUFBQSxJQUNMLFdBQVcsSUFBSTtBQUFBLElBQ2YsTUFBTSxDQUFDLFlBQVksTUFBTSxLQUFLLElBQUksSUFBSSxPQUFPO0FBQUEsRUFDL0M7QUFDRjtBQU1PLFNBQVMsZ0JBQ2QsV0FDQSxTQUNBLFdBQ1M7QUFDVCxNQUFJLFVBQVUsV0FBVyxHQUFJLFFBQU87QUFDcEMsUUFBTSxJQUFJLE9BQU87QUFDakIsVUFBUSxVQUFVLFdBQVc7QUFBQSxJQUMzQixLQUFLO0FBQ0gsYUFBTyxFQUFFLGNBQWMsVUFBVSxPQUFPLFNBQVMsU0FBUztBQUFBLElBQzVELEtBQUs7QUFDSCxhQUFPLEVBQUUsV0FBVyxVQUFVLE9BQU8sU0FBUyxTQUFTO0FBQUEsSUFDekQ7QUFDRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBR0EsZUFBc0IsYUFDcEIsUUFDQSxPQUNBLE1BQ3FCO0FBQ3JCLFFBQU0sWUFBWSxNQUFNLE9BQU8sS0FBSyxhQUFhLE9BQU8sSUFBSSxDQUFDO0FBQzdELE1BQUksQ0FBQyxnQkFBZ0IsT0FBTyxXQUFXLGFBQWEsT0FBTyxJQUFJLEdBQUcsU0FBUyxHQUFHO0FBRTVFLFVBQU0sSUFBSSxXQUFXLFlBQVkseURBQXlEO0FBQUEsRUFDNUY7QUFDQSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLGlCQUNkLFdBQ0EsT0FDQSxNQUNBLFdBQ0EsTUFDTTtBQUNOLE1BQUksQ0FBQyxnQkFBZ0IsV0FBVyxhQUFhLE9BQU8sSUFBSSxHQUFHLFNBQVMsR0FBRztBQUNyRSxVQUFNLElBQUksV0FBVyxpQkFBaUIsR0FBRyxJQUFJLDZCQUE2QjtBQUFBLEVBQzVFO0FBQ0Y7QUFFQSxJQUFNLFVBQW9EO0FBQUEsRUFDeEQ7QUFBQSxFQUNBO0FBQ0Y7QUFHTyxTQUFTLFVBQVUsS0FBcUU7QUFDN0YsU0FBTyxFQUFFLFdBQVcsUUFBUSxJQUFJLFNBQVMsR0FBRyxLQUFLLElBQUksTUFBTTtBQUM3RDtBQU9PLFNBQVMsWUFBWSxLQUE0QixPQUFpQztBQUN2RixNQUFJLFFBQVEsT0FBVyxPQUFNLElBQUksV0FBVyxhQUFhLEdBQUcsS0FBSyxhQUFhO0FBQzlFLE1BQUksSUFBSSxpQ0FBc0Msb0JBQW9CLElBQUksR0FBRyxHQUFHO0FBQzFFLFdBQU8sRUFBRSxXQUFXLFdBQVcsT0FBTyxJQUFJLElBQUk7QUFBQSxFQUNoRDtBQUNBLE1BQ0UsSUFBSSxvQ0FDSixJQUFJLElBQUksV0FBVyxNQUNuQixpQkFBaUIsSUFBSSxHQUFHLEdBQ3hCO0FBQ0EsV0FBTyxFQUFFLFdBQVcsUUFBUSxPQUFPLElBQUksSUFBSTtBQUFBLEVBQzdDO0FBQ0EsUUFBTSxJQUFJLFdBQVcsYUFBYSxHQUFHLEtBQUssNkJBQTZCO0FBQ3pFO0FBR08sU0FBUyxRQUFRLEdBQXFCLEdBQThCO0FBQ3pFLE1BQUksRUFBRSxjQUFjLEVBQUUsYUFBYSxFQUFFLE1BQU0sV0FBVyxFQUFFLE1BQU0sT0FBUSxRQUFPO0FBQzdFLFdBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxNQUFNLFFBQVEsSUFBSyxLQUFJLEVBQUUsTUFBTSxDQUFDLE1BQU0sRUFBRSxNQUFNLENBQUMsRUFBRyxRQUFPO0FBQy9FLFNBQU87QUFDVDs7O0FDNUdPLElBQU0sY0FBcUIsRUFBRSxLQUFLLE1BQU0sS0FBSyxJQUFJLEVBQUU7QUFFbkQsSUFBTSxlQUE2QixFQUFFLGFBQWEsQ0FBQ0MsT0FBTSxPQUFPLEVBQUUsWUFBWUEsRUFBQyxFQUFFO0FBS3hGLFNBQVMsY0FBYyxLQUE4QjtBQUNuRCxNQUFJLGVBQWUsWUFBWTtBQUM3QixRQUFJLElBQUksV0FBVyxHQUFJLE9BQU0sSUFBSSxXQUFXLGVBQWUsK0JBQStCO0FBQzFGLFdBQU87QUFBQSxFQUNUO0FBQ0EsU0FBTyxVQUFVLEdBQUcsRUFBRTtBQUN4QjtBQUVBLFNBQVMsYUFBYSxJQUEyQjtBQUMvQyxTQUFPLE9BQU8sS0FBSyxPQUFPLE9BQU8sRUFBRTtBQUNyQztBQUdPLFNBQVMsVUFBVSxNQUFjLE9BQW1DO0FBQ3pFLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxDQUFDLE9BQU8sY0FBYyxLQUFLLEtBQUssUUFBUTtBQUMxQyxVQUFNLElBQUksV0FBVyxvQkFBb0IsR0FBRyxJQUFJLHNDQUFzQztBQUN4RixTQUFPLE9BQU8sS0FBSztBQUNyQjtBQU9PLFNBQVMsaUJBQWlCLFNBQW1DO0FBQ2xFLFFBQU1DLE9BQU0sUUFBUSxPQUFPLEtBQUssSUFBSTtBQUNwQyxNQUFJLE9BQU9BLFNBQVEsWUFBWSxDQUFDLE9BQU8sU0FBU0EsSUFBRyxHQUFHO0FBQ3BELFVBQU0sSUFBSSxXQUFXLG9CQUFvQixpREFBaUQ7QUFBQSxFQUM1RjtBQUNBLFNBQU9BO0FBQ1Q7QUFFQSxTQUFTLGtCQUFrQixXQUEwQkEsTUFBYSxNQUFvQjtBQUNwRixNQUFJLGNBQWMsUUFBUUEsUUFBTyxVQUFXLE9BQU0sSUFBSSxXQUFXLFdBQVcsR0FBRyxJQUFJLFVBQVU7QUFDL0Y7QUEyQkEsZUFBc0IsNEJBQ3BCLFNBQ2lDO0FBQ2pDLE1BQUksUUFBUSxTQUFTLFVBQVUsY0FBYztBQUMzQyxVQUFNLElBQUksV0FBVyx5QkFBeUIsMkJBQTJCO0FBQzNFLFFBQU0sWUFBWSxRQUFRLGNBQWMsUUFBUSxTQUFTLGFBQWEsSUFBSTtBQUMxRSxRQUFNLE9BQU8sZ0NBQWdDLE9BQU87QUFBQSxJQUNsRCxTQUFTO0FBQUEsSUFDVCxhQUFhLFFBQVEsU0FBUyxVQUFVO0FBQUEsSUFDeEMsWUFBWSxVQUFVLFFBQVEsVUFBVTtBQUFBLElBQ3hDLGFBQWEsVUFBVSxhQUFhLFNBQVM7QUFBQSxJQUM3QyxhQUFhLFVBQVUsYUFBYSxRQUFRLFNBQVM7QUFBQSxFQUN2RCxDQUFDO0FBQ0QsUUFBTSxZQUFZLE1BQU07QUFBQSxJQUN0QixRQUFRO0FBQUEsSUFDUixpQkFBaUI7QUFBQSxJQUNqQjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLDZCQUE2QixtQkFBbUIsT0FBTyxFQUFFLE1BQU0sVUFBVSxDQUFDLENBQUM7QUFDcEY7QUFHTyxTQUFTLDZCQUE2QixPQUEyQztBQUN0RixRQUFNLFNBQVMsbUJBQW1CLE9BQU8sS0FBSztBQUM5QyxRQUFNLE9BQU8sZ0NBQWdDLE9BQU8sT0FBTyxJQUFJO0FBQy9ELFNBQU8sT0FBTyxPQUFPO0FBQUEsSUFDbkIsT0FBTyxNQUFNLE1BQU07QUFBQSxJQUNuQixhQUFhLEtBQUs7QUFBQSxJQUNsQixZQUFZLFlBQVksS0FBSyxZQUFZLGFBQWE7QUFBQSxJQUN0RCxXQUFXLE9BQU8sS0FBSyxXQUFXO0FBQUEsSUFDbEMsV0FBVyxhQUFhLEtBQUssV0FBVztBQUFBLEVBQzFDLENBQUM7QUFDSDtBQWNPLFNBQVMsNkJBQ2QsYUFDQSxVQUNBLFVBQXlCLENBQUMsR0FDRjtBQUN4QixRQUFNLGNBQWMsY0FBYyxRQUFRO0FBQzFDLFFBQU0sU0FBUyxtQkFBbUIsT0FBTyxXQUFXO0FBQ3BELFFBQU0sT0FBTyw2QkFBNkIsV0FBVztBQUNyRCxNQUFJLENBQUMsV0FBVyxLQUFLLGFBQWEsV0FBVyxHQUFHO0FBQzlDLFVBQU0sSUFBSSxXQUFXLGtCQUFrQixzREFBc0Q7QUFBQSxFQUMvRjtBQUNBO0FBQUEsSUFDRSxFQUFFLFdBQVcsV0FBVyxPQUFPLFlBQVk7QUFBQSxJQUMzQyxpQkFBaUI7QUFBQSxJQUNqQixPQUFPO0FBQUEsSUFDUCxPQUFPO0FBQUEsSUFDUDtBQUFBLEVBQ0Y7QUFDQSxvQkFBa0IsS0FBSyxXQUFXLGlCQUFpQixPQUFPLEdBQUcsMEJBQTBCO0FBQ3ZGLFNBQU87QUFDVDtBQVlPLFNBQVMsNkJBQ2QsU0FDQSxVQUN3QjtBQUN4QixNQUFJLFlBQVksS0FBTSxRQUFPO0FBQzdCLE1BQUksQ0FBQyxXQUFXLFFBQVEsYUFBYSxTQUFTLFdBQVcsR0FBRztBQUMxRCxVQUFNLElBQUk7QUFBQSxNQUNSO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsTUFBSSxXQUFXLFFBQVEsT0FBTyxTQUFTLEtBQUssRUFBRyxRQUFPO0FBQ3RELE1BQUksU0FBUyxZQUFZLFFBQVEsVUFBVyxRQUFPO0FBQ25ELFFBQU0sSUFBSSxXQUFXLGNBQWMsNkRBQTZEO0FBQ2xHO0FBeUNBLGVBQXNCLHVCQUNwQixTQUM0QjtBQUM1QixRQUFNLFdBQ0osUUFBUSxhQUFhLFFBQVEsVUFBVSxjQUFjLFlBQVksWUFBWSxRQUFRO0FBQ3ZGLFFBQU0sWUFBWSxRQUFRLGNBQWMsUUFBUSxTQUFTLGFBQWEsSUFBSTtBQUMxRSxNQUFJO0FBQ0osTUFBSTtBQUNGLFdBQU8sMkJBQTJCLE9BQU87QUFBQSxNQUN2QyxTQUFTO0FBQUEsTUFDVCxhQUFhLFFBQVE7QUFBQSxNQUNyQjtBQUFBLE1BQ0EsYUFBYSxRQUFRO0FBQUEsTUFDckIsWUFBWSxVQUFVLFFBQVEsVUFBVTtBQUFBLE1BQ3hDLGlCQUFpQixFQUFFLDJCQUFnQyxLQUFLLFFBQVEsZ0JBQWdCO0FBQUEsTUFDaEYsV0FBVyxVQUFVLFFBQVEsT0FBTyxTQUFTO0FBQUEsTUFDN0MsYUFBYSxVQUFVLGFBQWEsU0FBUztBQUFBLE1BQzdDLGFBQWEsVUFBVSxhQUFhLFFBQVEsU0FBUztBQUFBLElBQ3ZELENBQUM7QUFBQSxFQUNILFNBQVMsT0FBTztBQUNkLFFBQUksV0FBVyxHQUFHLE9BQU8sV0FBVztBQUNsQyxZQUFNLElBQUksV0FBVyxvQkFBb0IsTUFBTSxTQUFTLEVBQUUsTUFBTSxDQUFDO0FBQ25FLFVBQU07QUFBQSxFQUNSO0FBQ0EsUUFBTSxZQUFZLE1BQU0sYUFBYSxRQUFRLFFBQVEsaUJBQWlCLG1CQUFtQixJQUFJO0FBQzdGLFNBQU8sd0JBQXdCLG1CQUFtQixPQUFPLEVBQUUsTUFBTSxVQUFVLENBQUMsQ0FBQztBQUMvRTtBQUdPLFNBQVMsd0JBQXdCLE9BQXNDO0FBQzVFLFFBQU0sU0FBUyxtQkFBbUIsT0FBTyxLQUFLO0FBQzlDLFFBQU0sT0FBTywyQkFBMkIsT0FBTyxPQUFPLElBQUk7QUFDMUQsU0FBTyxPQUFPLE9BQU87QUFBQSxJQUNuQixPQUFPLE1BQU0sTUFBTTtBQUFBLElBQ25CLGFBQWEsS0FBSztBQUFBLElBQ2xCLFVBQVUsS0FBSztBQUFBLElBQ2YsYUFBYSxLQUFLO0FBQUEsSUFDbEIsWUFBWSxZQUFZLEtBQUssWUFBWSxhQUFhO0FBQUEsSUFDdEQsaUJBQWlCLEtBQUssZ0JBQWlCO0FBQUEsSUFDdkMsV0FBVyxZQUFZLEtBQUssV0FBVyxZQUFZO0FBQUEsSUFDbkQsV0FBVyxPQUFPLEtBQUssV0FBVztBQUFBLElBQ2xDLFdBQVcsYUFBYSxLQUFLLFdBQVc7QUFBQSxFQUMxQyxDQUFDO0FBQ0g7QUE0Qk8sU0FBUyx3QkFDZCxhQUNBLFNBQ2dCO0FBQ2hCLFFBQU1BLE9BQU0saUJBQWlCLE9BQU87QUFDcEMsUUFBTSxjQUFjLGNBQWMsUUFBUSxRQUFRO0FBQ2xELFFBQU0sY0FBYyw2QkFBNkIsUUFBUSx3QkFBd0IsYUFBYTtBQUFBLElBQzVGLEtBQUFBO0FBQUEsRUFDRixDQUFDO0FBQ0QsUUFBTSxTQUFTLG1CQUFtQixPQUFPLFdBQVc7QUFDcEQsUUFBTSxTQUFTLHdCQUF3QixXQUFXO0FBQ2xELE1BQUksQ0FBQyxXQUFXLE9BQU8sYUFBYSxXQUFXLEdBQUc7QUFDaEQsVUFBTSxJQUFJLFdBQVcsa0JBQWtCLGdEQUFnRDtBQUFBLEVBQ3pGO0FBQ0EsTUFBSSxDQUFDLFFBQVEsT0FBTyxXQUFXLFlBQVksVUFBVSxHQUFHO0FBQ3RELFVBQU0sSUFBSTtBQUFBLE1BQ1I7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQTtBQUFBLElBQ0UsWUFBWTtBQUFBLElBQ1osaUJBQWlCO0FBQUEsSUFDakIsT0FBTztBQUFBLElBQ1AsT0FBTztBQUFBLElBQ1A7QUFBQSxFQUNGO0FBQ0Esb0JBQWtCLE9BQU8sV0FBV0EsTUFBSyxvQkFBb0I7QUFDN0QsTUFBSSxRQUFRLGdCQUFnQjtBQUMxQixVQUFNLE9BQ0osUUFBUSwwQkFBMEIsYUFDOUIscUJBQXFCLFFBQVEsZ0JBQWdCO0FBQUEsTUFDM0MsVUFBVTtBQUFBLE1BQ1Ysd0JBQXdCLFlBQVk7QUFBQSxNQUNwQyxLQUFBQTtBQUFBLElBQ0YsQ0FBQyxJQUNELFFBQVE7QUFDZCxRQUFJLENBQUMsV0FBVyxLQUFLLGFBQWEsV0FBVztBQUMzQyxZQUFNLElBQUksV0FBVyxrQkFBa0IsNkNBQTZDO0FBQ3RGLFFBQUksVUFBVSxNQUFNLE9BQU8sUUFBUTtBQUNqQyxZQUFNLElBQUksV0FBVyxXQUFXLHlCQUF5QjtBQUFBLEVBQzdEO0FBQ0EsU0FBTyxPQUFPLE9BQU8sRUFBRSxNQUFNLGtCQUFrQixXQUFXLEdBQUcsUUFBUSxZQUFZLENBQUM7QUFDcEY7QUFRQSxJQUFNLFVBQTBEO0FBQUEsRUFDOUQ7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRjtBQUNBLElBQU0sZUFBZSxPQUFPLFlBQVksT0FBTyxRQUFRLE9BQU8sRUFBRSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFrR2hGLFNBQVMscUJBQXFCLE9BQW1DO0FBQ3RFLFFBQU0sU0FBUyxtQkFBbUIsT0FBTyxLQUFLO0FBQzlDLFFBQU0sT0FBTyx3QkFBd0IsT0FBTyxPQUFPLElBQUk7QUFDdkQsU0FBTyxPQUFPLE9BQU87QUFBQSxJQUNuQixPQUFPLE1BQU0sTUFBTTtBQUFBLElBQ25CLGFBQWEsS0FBSztBQUFBLElBQ2xCLFFBQVEsT0FBTyxLQUFLLE1BQU07QUFBQSxJQUMxQixVQUFVLE9BQU8sS0FBSyxVQUFVO0FBQUEsSUFDaEMsU0FBUyxPQUFPO0FBQUEsTUFDZCxLQUFLLFFBQVE7QUFBQSxRQUFJLENBQUMsTUFDaEIsT0FBTyxPQUFPO0FBQUEsVUFDWixVQUFVLEVBQUU7QUFBQSxVQUNaLFdBQVcsT0FBTyxFQUFFLFdBQVc7QUFBQSxVQUMvQixRQUFRLGFBQWEsRUFBRSxNQUFNO0FBQUEsUUFDL0IsQ0FBQztBQUFBLE1BQ0g7QUFBQSxJQUNGO0FBQUEsSUFDQSxXQUFXLFlBQVksS0FBSyxXQUFXLFlBQVk7QUFBQSxFQUNyRCxDQUFDO0FBQ0g7QUFlTyxTQUFTLHFCQUNkLE1BQ0EsU0FDZ0I7QUFDaEIsUUFBTSxjQUFjLGNBQWMsUUFBUSxRQUFRO0FBQ2xELFFBQU0sU0FBUyxtQkFBbUIsT0FBTyxJQUFJO0FBQzdDLFFBQU0sVUFBVSxxQkFBcUIsSUFBSTtBQUN6QyxNQUFJLENBQUMsV0FBVyxRQUFRLGFBQWEsV0FBVztBQUM5QyxVQUFNLElBQUksV0FBVyxrQkFBa0IsNkNBQTZDO0FBQ3RGLFFBQU0sS0FBdUIsRUFBRSxXQUFXLFdBQVcsT0FBTyxZQUFZO0FBQ3hFLE1BQUk7QUFDSixNQUFJLFFBQVEsUUFBUSxXQUFXLEVBQUUsR0FBRztBQUNsQyxhQUFTO0FBQUEsRUFDWCxPQUFPO0FBQ0wsUUFBSSxRQUFRLDJCQUEyQixRQUFXO0FBQ2hELFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxVQUFNLE1BQU0sNkJBQTZCLFFBQVEsd0JBQXdCLGFBQWEsT0FBTztBQUM3RixRQUFJLENBQUMsUUFBUSxRQUFRLFdBQVcsSUFBSSxVQUFVO0FBQzVDLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUNGLGFBQVMsSUFBSTtBQUFBLEVBQ2Y7QUFDQTtBQUFBLElBQ0U7QUFBQSxJQUNBLGlCQUFpQjtBQUFBLElBQ2pCLE9BQU87QUFBQSxJQUNQLE9BQU87QUFBQSxJQUNQO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdPLFNBQVMsVUFBVSxNQUFzQixVQUErQjtBQUM3RSxTQUFPLEtBQUssUUFBUSxLQUFLLENBQUMsTUFBTSxXQUFXLEVBQUUsVUFBVSxRQUFRLENBQUM7QUFDbEU7OztBQ3RlQSxlQUFzQixpQkFBaUIsU0FBc0Q7QUFDM0YsUUFBTSxNQUFNLE1BQU0sUUFBUSxTQUFTLFVBQVU7QUFBQSxJQUMzQyxZQUFZLFFBQVEsY0FBYyxDQUFDLFdBQVcsTUFBTTtBQUFBLElBQ3BELE9BQU8sb0JBQW9CLFFBQVEsV0FBVztBQUFBLEVBQ2hELENBQUM7QUFDRCxRQUFNLGtCQUFrQixvQkFBb0IsU0FBUztBQUNyRCxNQUFJO0FBQ0YsVUFBTSxjQUFjLE1BQU0sdUJBQXVCO0FBQUEsTUFDL0MsUUFBUSxRQUFRO0FBQUEsTUFDaEIsYUFBYSxRQUFRO0FBQUEsTUFDckIsYUFBYSxRQUFRO0FBQUEsTUFDckIsWUFBWSxJQUFJO0FBQUEsTUFDaEIsaUJBQWlCLGdCQUFnQjtBQUFBLE1BQ2pDLEdBQUksUUFBUSxjQUFjLFNBQVksQ0FBQyxJQUFJLEVBQUUsV0FBVyxRQUFRLFVBQVU7QUFBQSxNQUMxRSxHQUFJLFFBQVEsUUFBUSxFQUFFLE9BQU8sUUFBUSxNQUFNLElBQUksQ0FBQztBQUFBLE1BQ2hELEdBQUksUUFBUSxTQUFTLEVBQUUsUUFBUSxRQUFRLE9BQU8sSUFBSSxDQUFDO0FBQUEsSUFDckQsQ0FBQztBQUNELFdBQU8sRUFBRSxhQUFhLGNBQWMsSUFBSSxJQUFJLGdCQUFnQjtBQUFBLEVBQzlELFNBQVMsS0FBSztBQUVaLFVBQU0sUUFBUSxTQUFTLFVBQVUsSUFBSSxFQUFFO0FBQ3ZDLG9CQUFnQixRQUFRO0FBQ3hCLFVBQU07QUFBQSxFQUNSO0FBQ0Y7QUFHQSxlQUFzQixhQUFhLFVBQW9CLGNBQXVDO0FBQzVGLFFBQU0sTUFBTSxNQUFNLFNBQVMsT0FBTyxZQUFZO0FBQzlDLE1BQUksUUFBUTtBQUNWLFVBQU0sSUFBSSxXQUFXLGlCQUFpQiw0Q0FBNEM7QUFDcEYsU0FBTyxlQUFlLFVBQVUsR0FBRztBQUNyQzs7O0FDdkNBLElBQU0sYUFBNEMsQ0FBQyxXQUFXLE1BQU07QUFFcEUsU0FBUyxZQUFZLFdBQStCLFFBQWdDO0FBQ2xGLFNBQU8sY0FBYyxZQUNqQixPQUFPLEVBQUUsaUJBQWlCLE1BQU0sSUFDaEMsT0FBTyxFQUFFLGNBQWMsTUFBTTtBQUNuQztBQUVBLFNBQVMsVUFBVSxXQUEyQztBQUc1RCxhQUFTO0FBQ1AsVUFBTSxTQUFTLE9BQU8sRUFBRSxZQUFZLEVBQUU7QUFDdEMsUUFBSSxjQUFjLFVBQVcsUUFBTztBQUNwQyxRQUFJO0FBQ0Ysa0JBQVksUUFBUSxNQUFNO0FBQzFCLGFBQU87QUFBQSxJQUNULFFBQVE7QUFDTjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxJQUFNLG1CQUFOLE1BQTJDO0FBQUEsRUFDaEMsT0FBTztBQUFBLEVBQ1AsUUFBUSxvQkFBSSxJQUFtQjtBQUFBLEVBQy9CO0FBQUEsRUFFVCxZQUFZLFNBQWtDO0FBQzVDLFNBQUssWUFBWSxRQUFRO0FBQ3pCLGVBQVcsVUFBVSxRQUFRLFFBQVEsQ0FBQyxHQUFHO0FBQ3ZDLFVBQUksQ0FBQyxXQUFXLFNBQVMsT0FBTyxTQUFTO0FBQ3ZDLGNBQU0sSUFBSSxXQUFXLHlCQUF5QixxQkFBcUIsT0FBTyxTQUFTLEVBQUU7QUFDdkYsWUFBTSxTQUFTQyxTQUFRLE9BQU8sVUFBVTtBQUN4QyxVQUFJLE9BQU8sV0FBVztBQUNwQixjQUFNLElBQUksV0FBVyxlQUFlLDJDQUEyQztBQUNqRixVQUFJO0FBQ0osVUFBSTtBQUNGLG9CQUFZLFlBQVksT0FBTyxXQUFXLE1BQU07QUFBQSxNQUNsRCxTQUFTLE9BQU87QUFDZCxjQUFNLElBQUksV0FBVyxlQUFlLDZDQUE2QyxFQUFFLE1BQU0sQ0FBQztBQUFBLE1BQzVGO0FBQ0EsV0FBSyxNQUFNLElBQUksT0FBTyxJQUFJO0FBQUEsUUFDeEI7QUFBQSxRQUNBLE1BQU0sT0FBTyxPQUFPO0FBQUEsVUFDbEIsSUFBSSxPQUFPO0FBQUEsVUFDWCxXQUFXLE9BQU87QUFBQSxVQUNsQixXQUFXLE9BQU8sT0FBTyxFQUFFLFdBQVcsT0FBTyxXQUFXLE9BQU8sVUFBVSxDQUFDO0FBQUEsVUFDMUUsYUFBYSxPQUFPO0FBQUEsVUFDcEIsT0FBTyxPQUFPO0FBQUEsUUFDaEIsQ0FBQztBQUFBLE1BQ0gsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGO0FBQUEsRUFFQSxNQUFNLHNCQUE4RDtBQUNsRSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsTUFBTSxVQUFVLFVBQTRCLENBQUMsR0FBcUI7QUFDaEUsVUFBTSxhQUFhLFFBQVEsY0FBYyxZQUFZLEtBQUssQ0FBQyxNQUFNLFdBQVcsU0FBUyxDQUFDLENBQUM7QUFDdkYsUUFBSSxjQUFjO0FBQ2hCLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUNGLFVBQU0sU0FBUyxVQUFVLFNBQVM7QUFDbEMsVUFBTSxLQUFLLE1BQU0sT0FBTyxFQUFFLFlBQVksRUFBRSxDQUFDO0FBQ3pDLFVBQU0sT0FBZ0IsT0FBTyxPQUFPO0FBQUEsTUFDbEM7QUFBQSxNQUNBO0FBQUEsTUFDQSxXQUFXLE9BQU8sT0FBTyxFQUFFLFdBQVcsT0FBTyxZQUFZLFdBQVcsTUFBTSxFQUFFLENBQUM7QUFBQSxNQUM3RSxhQUFhLFFBQVEsZUFBZTtBQUFBLE1BQ3BDLE9BQU8sUUFBUSxTQUFTO0FBQUEsSUFDMUIsQ0FBQztBQUNELFNBQUssTUFBTSxJQUFJLElBQUksRUFBRSxNQUFNLE9BQU8sQ0FBQztBQUNuQyxRQUFJO0FBQ0YsWUFBTSxLQUFLLFNBQVM7QUFBQSxJQUN0QixTQUFTLEtBQUs7QUFFWixXQUFLLE1BQU0sT0FBTyxFQUFFO0FBQ3BCLFdBQUssTUFBTTtBQUNYLFlBQU07QUFBQSxJQUNSO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE1BQU0sT0FBTyxJQUFxQztBQUNoRCxXQUFPLEtBQUssTUFBTSxJQUFJLEVBQUUsR0FBRyxRQUFRO0FBQUEsRUFDckM7QUFBQSxFQUVBLE1BQU0sV0FBK0I7QUFDbkMsV0FBTyxDQUFDLEdBQUcsS0FBSyxNQUFNLE9BQU8sQ0FBQyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSTtBQUFBLEVBQ25EO0FBQUEsRUFFQSxNQUFNLEtBQUssSUFBWSxTQUEwQztBQUMvRCxVQUFNLFFBQVEsS0FBSyxPQUFPLEVBQUU7QUFDNUIsV0FBTyxNQUFNLEtBQUssY0FBYyxZQUM1QixPQUFPLEVBQUUsWUFBWSxNQUFNLFFBQVEsT0FBTyxJQUMxQyxPQUFPLEVBQUUsU0FBUyxNQUFNLFFBQVEsT0FBTztBQUFBLEVBQzdDO0FBQUEsRUFFQSxNQUFNLGlCQUFpQixJQUFpQztBQUN0RCxVQUFNLFFBQVEsS0FBSyxPQUFPLEVBQUU7QUFDNUIsUUFBSSxDQUFDLE1BQU0sS0FBSztBQUNkLFlBQU0sSUFBSSxXQUFXLHVCQUF1QixpQ0FBaUM7QUFDL0UsV0FBTyxNQUFNLE9BQU8sTUFBTTtBQUFBLEVBQzVCO0FBQUEsRUFFQSxNQUFNLFVBQVUsSUFBMkI7QUFDekMsVUFBTSxRQUFRLEtBQUssTUFBTSxJQUFJLEVBQUU7QUFDL0IsUUFBSSxDQUFDLE1BQU87QUFDWixTQUFLLE1BQU0sTUFBTTtBQUNqQixTQUFLLE1BQU0sT0FBTyxFQUFFO0FBQ3BCLFVBQU0sS0FBSyxTQUFTO0FBQUEsRUFDdEI7QUFBQSxFQUVBLE9BQU8sSUFBbUI7QUFDeEIsVUFBTSxRQUFRLEtBQUssTUFBTSxJQUFJLEVBQUU7QUFDL0IsUUFBSSxDQUFDLE1BQU8sT0FBTSxJQUFJLFdBQVcsaUJBQWlCLGFBQWE7QUFDL0QsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE1BQU0sV0FBMEI7QUFDOUIsUUFBSSxDQUFDLEtBQUssVUFBVztBQUNyQixVQUFNLFVBQVUsQ0FBQyxHQUFHLEtBQUssTUFBTSxPQUFPLENBQUMsRUFBRSxJQUFJLENBQUMsT0FBTztBQUFBLE1BQ25ELElBQUksRUFBRSxLQUFLO0FBQUEsTUFDWCxXQUFXLEVBQUUsS0FBSztBQUFBLE1BQ2xCLFlBQVksTUFBTSxFQUFFLE1BQU07QUFBQSxNQUMxQixhQUFhLEVBQUUsS0FBSztBQUFBLE1BQ3BCLE9BQU8sRUFBRSxLQUFLO0FBQUEsSUFDaEIsRUFBRTtBQUNGLFFBQUk7QUFDRixZQUFNLEtBQUssVUFBVSxPQUFPO0FBQUEsSUFDOUIsU0FBUyxPQUFPO0FBQ2QsWUFBTSxJQUFJLFdBQVcsWUFBWSw0Q0FBNEMsRUFBRSxNQUFNLENBQUM7QUFBQSxJQUN4RjtBQUFBLEVBQ0Y7QUFBQSxFQUVBLFNBQXlDO0FBQ3ZDLFdBQU8sRUFBRSxNQUFNLEtBQUssTUFBTSxNQUFNLEtBQUssTUFBTSxLQUFLO0FBQUEsRUFDbEQ7QUFBQSxFQUVBLFdBQW1CO0FBQ2pCLFdBQU8sb0JBQW9CLEtBQUssTUFBTSxJQUFJO0FBQUEsRUFDNUM7QUFBQSxFQUVBLENBQUMsT0FBTyxJQUFZO0FBQ2xCLFdBQU8sS0FBSyxTQUFTO0FBQUEsRUFDdkI7QUFDRjtBQWFPLFNBQVMsaUJBQWlCLFVBQW1DLENBQUMsR0FBYTtBQUNoRixTQUFPLElBQUksaUJBQWlCLE9BQU87QUFDckM7OztBQ3RNTyxJQUFNLFNBQVM7QUFBQTtBQUFBLEVBRXBCLFNBQVM7QUFBQTtBQUFBLEVBRVQsc0JBQXNCO0FBQUE7QUFBQSxFQUV0QixzQkFBc0IsS0FBSyxLQUFLLEtBQUssS0FBSztBQUFBO0FBQUEsRUFFMUMsY0FBYztBQUFBO0FBQUEsRUFFZCxtQkFBbUI7QUFBQTtBQUFBLEVBRW5CLG1CQUFtQjtBQUFBO0FBQUEsRUFFbkIsb0JBQW9CO0FBQUE7QUFBQSxFQUVwQix3QkFBd0IsS0FBSyxLQUFLO0FBQ3BDO0FBR08sSUFBTSxTQUFTO0FBQUEsRUFDcEIsV0FBVztBQUFBLEVBQ1gsU0FBUztBQUFBLEVBQ1QsYUFBYTtBQUFBLEVBQ2IsV0FBVztBQUFBLEVBQ1gsbUJBQW1CO0FBQUEsRUFDbkIsVUFBVTtBQUNaO0FBR08sSUFBTSxRQUFRO0FBQUEsRUFDbkIsUUFBUTtBQUFBLEVBQ1Isb0JBQW9CO0FBQUEsRUFDcEIscUJBQXFCO0FBQUEsRUFDckIsV0FBVztBQUFBLEVBQ1gsU0FBUztBQUFBLEVBQ1QsVUFBVTtBQUFBLEVBQ1YsWUFBWTtBQUFBLEVBQ1osU0FBUztBQUFBLEVBQ1QsV0FBVztBQUFBLEVBQ1gsYUFBYTtBQUFBLEVBQ2IsS0FBSztBQUNQOzs7QUN6Q0EsU0FBUyxVQUFBQyxlQUFjOzs7QUNBdkIsU0FBUyxZQUFBQyxXQUFVLFlBQUFDLFdBQVUsZUFBQUMsb0JBQW1CO0FBTXpDLElBQU0sMEJBQ1gsZ0JBQUFELFVBQVMsNGtGQUE0a0Y7QUF3Q2hsRixJQUFNLDBCQUNYLGdCQUFBQyxhQUFZLHlCQUF5QixDQUFDO0FBd0JqQyxJQUFNLDRCQUNYLGdCQUFBQSxhQUFZLHlCQUF5QixDQUFDO0FBaUpqQyxJQUFNLHFCQUNYLGdCQUFBQSxhQUFZLHlCQUF5QixDQUFDO0FBc0NqQyxJQUFNLHNCQUNYLGdCQUFBQSxhQUFZLHlCQUF5QixDQUFDO0FBc0NqQyxJQUFNLHNCQUNYLGdCQUFBQSxhQUFZLHlCQUF5QixDQUFDO0FBZ0VqQyxJQUFNLHVCQUNYLGdCQUFBQSxhQUFZLHlCQUF5QixDQUFDO0FBMEJqQyxJQUFNLHdCQUNYLGdCQUFBQSxhQUFZLHlCQUF5QixDQUFDO0FBc0RqQyxJQUFNLHFCQUNYLGdCQUFBQSxhQUFZLHlCQUF5QixDQUFDO0FBdUNqQyxJQUFNLDhCQUNYLGdCQUFBQSxhQUFZLHlCQUF5QixDQUFDOzs7QUN4ZXhDLFNBQVMsVUFBQUMsU0FBUSxjQUFBQyxhQUFZLFlBQUFDLGlCQUFnQjtBQW1CdEMsSUFBTSxnQkFBZ0I7QUFFN0IsU0FBUyxhQUNQLFFBQ0EsT0FDQSxNQUNpQjtBQUNqQixNQUFJO0FBQ0osTUFBSTtBQUNGLGFBQVNDLFlBQVcsUUFBUSxPQUFPLEVBQUUsbUJBQW1CLE1BQU0sQ0FBQztBQUFBLEVBQ2pFLFNBQVMsT0FBTztBQUNkLFVBQU0sSUFBSSxXQUFXLGFBQWEsR0FBRyxJQUFJLHdCQUF3QixFQUFFLE1BQU0sQ0FBQztBQUFBLEVBQzVFO0FBQ0EsUUFBTSxVQUFXLE9BQWdDO0FBQ2pELE1BQUksWUFBWTtBQUNkLFVBQU0sSUFBSTtBQUFBLE1BQ1I7QUFBQSxNQUNBLEdBQUcsSUFBSSx1QkFBdUIsT0FBTyxPQUFPLENBQUMsd0JBQXdCLGFBQWE7QUFBQSxJQUNwRjtBQUNGLFNBQU87QUFDVDtBQUdPLFNBQVMsb0JBQW9CLE9BQWtDO0FBQ3BFLFFBQU0sU0FBUyxhQUFhLHFCQUFxQixPQUFPLFNBQVM7QUFDakUsYUFBVyxTQUFTLENBQUMsT0FBTyxTQUFTLEdBQUcsT0FBTyxRQUFRLEdBQUc7QUFDeEQsUUFBSSxVQUFVLFVBQWEsTUFBTSxZQUFZO0FBQzNDLFlBQU0sSUFBSSxXQUFXLHVCQUF1QixzQ0FBc0M7QUFBQSxFQUN0RjtBQUNBLFNBQU87QUFDVDtBQUdPLFNBQVMsb0JBQW9CLFFBQW1DO0FBQ3JFLFNBQU9DLFVBQVMscUJBQXFCLE1BQU07QUFDN0M7QUFHTyxTQUFTLHFCQUFvQztBQUNsRCxTQUFPQyxRQUFPLHFCQUFxQixFQUFFLFNBQVMsY0FBYyxDQUFDO0FBQy9EO0FBR08sU0FBUyxzQkFBc0IsT0FBb0M7QUFDeEUsUUFBTSxTQUFTLGFBQWEsdUJBQXVCLE9BQU8sWUFBWTtBQUN0RSxhQUFXLEtBQUssT0FBTztBQUNyQixRQUFJLEVBQUUsWUFBWTtBQUNoQixZQUFNLElBQUksV0FBVyx1QkFBdUIseUNBQXlDO0FBQ3pGLFNBQU87QUFDVDtBQUdPLFNBQVMsc0JBQXNCLFFBQXFDO0FBQ3pFLFNBQU9ELFVBQVMsdUJBQXVCLE1BQU07QUFDL0M7QUFHTyxTQUFTLG1CQUFtQixPQUFtQixNQUFnQztBQUNwRixRQUFNLFNBQVMsYUFBYSxvQkFBb0IsT0FBTyxRQUFRO0FBQy9ELE1BQUksT0FBTyxTQUFTLFVBQVUsSUFBSTtBQUNoQyxVQUFNLElBQUksV0FBVyxhQUFhLDBCQUEwQixJQUFJLFNBQVM7QUFDM0UsUUFBTSxXQUFXLFNBQVMsUUFBUSxLQUFLO0FBQ3ZDLE1BQUksT0FBTyxPQUFPLFdBQVc7QUFDM0IsVUFBTSxJQUFJLFdBQVcsYUFBYSw4Q0FBOEM7QUFDbEYsU0FBTztBQUNUO0FBR08sU0FBUyxtQkFBbUIsUUFBa0M7QUFDbkUsU0FBT0EsVUFBUyxvQkFBb0IsTUFBTTtBQUM1QztBQUdPLFNBQVMsNEJBQTRCLE9BQTBDO0FBQ3BGLFNBQU8sYUFBYSw2QkFBNkIsT0FBTyxrQkFBa0I7QUFDNUU7QUFHTyxTQUFTLDRCQUE0QixRQUEyQztBQUNyRixTQUFPQSxVQUFTLDZCQUE2QixNQUFNO0FBQ3JEO0FBR08sSUFBTSxZQUFnRDtBQUFBLEVBQzNEO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRjs7O0FGMUNPLFNBQVMsWUFBWSxTQU1aO0FBQ2QsUUFBTSxNQUFNLDZCQUE2QixRQUFRLHNCQUFzQjtBQUN2RSxRQUFNLEVBQUUsUUFBUSxLQUFLLElBQUksd0JBQXdCLFFBQVEsbUJBQW1CO0FBQUEsSUFDMUUsVUFBVSxJQUFJO0FBQUEsSUFDZCx3QkFBd0IsUUFBUTtBQUFBLElBQ2hDLEdBQUksUUFBUSxRQUFRLFNBQVksQ0FBQyxJQUFJLEVBQUUsS0FBSyxRQUFRLElBQUk7QUFBQSxFQUMxRCxDQUFDO0FBQ0QsTUFBSSxDQUFDLFdBQVcsT0FBTyxpQkFBaUIsUUFBUSxnQkFBZ0IsU0FBUyxHQUFHO0FBQzFFLFVBQU0sSUFBSSxXQUFXLGVBQWUseURBQXlEO0FBQUEsRUFDL0Y7QUFDQSxNQUNFLE9BQU8sV0FBVyxjQUFjLFFBQVEsT0FBTyxVQUFVLGFBQ3pELENBQUMsV0FBVyxPQUFPLFdBQVcsT0FBTyxRQUFRLE9BQU8sVUFBVSxLQUFLLEdBQ25FO0FBQ0EsVUFBTSxJQUFJLFdBQVcsZUFBZSw4Q0FBOEM7QUFBQSxFQUNwRjtBQUNBLFNBQU8sT0FBTyxPQUFPO0FBQUEsSUFDbkI7QUFBQSxJQUNBLGFBQWEsSUFBSTtBQUFBLElBQ2pCLFVBQVUsT0FBTztBQUFBLElBQ2pCLG1CQUFtQixRQUFRO0FBQUEsSUFDM0Isd0JBQXdCLFFBQVE7QUFBQSxJQUNoQyxpQkFBaUIsUUFBUTtBQUFBLElBQ3pCLFFBQVEsUUFBUTtBQUFBLEVBQ2xCLENBQUM7QUFDSDtBQVFBLFNBQVMsUUFBUSxJQUFrQjtBQUNqQyxNQUFJLENBQUMsT0FBTyxVQUFVLEVBQUUsS0FBSyxLQUFLLEtBQUssS0FBSztBQUMxQyxVQUFNLElBQUksV0FBVyxvQkFBb0IsNENBQTRDO0FBQ3pGO0FBR0EsZUFBc0IsbUJBQ3BCLFFBQ0EsT0FDQSxJQUNBLFVBQXlCLENBQUMsR0FDTDtBQUNyQixVQUFRLEVBQUU7QUFDVixRQUFNLFVBQVUsUUFBUSxVQUFVLGNBQWMsWUFBWSxNQUFNLE1BQU07QUFDeEUsUUFBTSxjQUFjLFVBQVUsY0FBYyxRQUFRLFNBQVMsYUFBYSxJQUFJLENBQUM7QUFDL0UsUUFBTSxPQUFPLGdCQUFnQixPQUFPO0FBQUEsSUFDbEMsU0FBUztBQUFBLElBQ1QsT0FBTztBQUFBLElBQ1AsV0FBVyxFQUFFLDJCQUFnQyxLQUFLLE9BQU8sRUFBRSxnQkFBZ0IsTUFBTSxFQUFFO0FBQUEsSUFDbkY7QUFBQSxFQUNGLENBQUM7QUFDRCxRQUFNLFNBQVMsa0JBQWtCLE9BQU87QUFBQSxJQUN0QztBQUFBLElBQ0EsV0FBVyxNQUFNLGFBQWEsT0FBTyxRQUFRLGlCQUFpQixjQUFjLElBQUk7QUFBQSxFQUNsRixDQUFDO0FBQ0QsUUFBTSxNQUFNO0FBQUEsSUFDVjtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsTUFDRUUsUUFBTyxvQkFBb0I7QUFBQSxRQUN6QixTQUFTO0FBQUEsUUFDVCxNQUFNLFVBQVU7QUFBQSxRQUNoQixPQUFPO0FBQUEsUUFDUDtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsTUFDRixDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxlQUFzQixnQkFDcEIsUUFDQSxPQUNBLElBQ0EsVUFBb0QsQ0FBQyxHQUNoQztBQUNyQixVQUFRLEVBQUU7QUFDVixRQUFNLFFBQVEsUUFBUSxVQUFVLGNBQWMsWUFBWSxNQUFNLFNBQVM7QUFDekUsUUFBTSxjQUFjLFVBQVUsY0FBYyxRQUFRLFNBQVMsYUFBYSxJQUFJLENBQUM7QUFDL0UsUUFBTSxhQUFhLFFBQVEsY0FBYztBQUN6QyxRQUFNLE9BQU8sZ0JBQWdCLE9BQU87QUFBQSxJQUNsQyxTQUFTO0FBQUEsSUFDVCxPQUFPO0FBQUEsSUFDUCxXQUFXLEVBQUUsZ0NBQXFDLEtBQUssT0FBTyxFQUFFLG1CQUFtQixJQUFJLEVBQUU7QUFBQSxJQUN6RjtBQUFBLElBQ0E7QUFBQSxFQUNGLENBQUM7QUFDRCxRQUFNLFNBQVMsa0JBQWtCLE9BQU87QUFBQSxJQUN0QztBQUFBLElBQ0EsV0FBVyxNQUFNLGFBQWEsT0FBTyxRQUFRLGlCQUFpQixjQUFjLElBQUk7QUFBQSxFQUNsRixDQUFDO0FBQ0QsUUFBTSxNQUFNO0FBQUEsSUFDVjtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsTUFDRUEsUUFBTyxvQkFBb0I7QUFBQSxRQUN6QixTQUFTO0FBQUEsUUFDVCxNQUFNLFVBQVU7QUFBQSxRQUNoQixPQUFPO0FBQUEsUUFDUCxRQUFRO0FBQUEsUUFDUjtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsTUFDRixDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxlQUFzQixxQkFDcEIsT0FDQSxTQUNBLE9BQ0EsVUFBeUIsQ0FBQyxHQUNIO0FBQ3ZCLE1BQUksQ0FBQyxPQUFPLFVBQVUsS0FBSyxLQUFLLFFBQVEsS0FBSyxRQUFRO0FBQ25ELFVBQU0sSUFBSSxXQUFXLG9CQUFvQix3QkFBd0I7QUFDbkUsVUFBUSxPQUFPO0FBQ2YsVUFBUSxVQUFVLEtBQUssSUFBSSxRQUFRLEdBQUcsQ0FBQyxDQUFDO0FBQ3hDLFFBQU0sTUFBb0IsQ0FBQztBQUMzQixRQUFNLGNBQWMsVUFBVSxjQUFjLFFBQVEsU0FBUyxhQUFhLElBQUksQ0FBQztBQUMvRSxXQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sS0FBSztBQUM5QixVQUFNLEtBQUssVUFBVTtBQUNyQixVQUFNLFVBQVUsUUFBUSxVQUFVLGNBQWMsWUFBWSxNQUFNLE1BQU07QUFDeEUsVUFBTSxNQUFNO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsUUFDRUEsUUFBTyxvQkFBb0I7QUFBQSxVQUN6QixTQUFTO0FBQUEsVUFDVCxNQUFNLFVBQVUsVUFBVTtBQUFBLFVBQzFCLE9BQU87QUFBQSxVQUNQO0FBQUEsVUFDQTtBQUFBLFFBQ0YsQ0FBQztBQUFBLE1BQ0g7QUFBQSxJQUNGO0FBQ0EsUUFBSSxLQUFLLG1CQUFtQixPQUFPLEVBQUUsT0FBTyxJQUFJLFdBQVcsT0FBTyxFQUFFLGdCQUFnQixNQUFNLEVBQUUsQ0FBQyxDQUFDO0FBQUEsRUFDaEc7QUFDQSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLG1CQUFtQixTQUtwQjtBQUNiLFNBQU8sa0JBQWtCLE9BQU87QUFBQSxJQUM5QixTQUFTO0FBQUEsSUFDVCx3QkFBd0IsbUJBQW1CLE9BQU8sUUFBUSxPQUFPLHNCQUFzQjtBQUFBLElBQ3ZGLG1CQUFtQixtQkFBbUIsT0FBTyxRQUFRLE9BQU8saUJBQWlCO0FBQUEsSUFDN0UsY0FBYyxrQkFBa0IsT0FBTyxRQUFRLFlBQVk7QUFBQSxJQUMzRCxXQUFXLGtCQUFrQixPQUFPLFFBQVEsU0FBUztBQUFBLElBQ3JELEdBQUksUUFBUSxnQkFDUixFQUFFLGVBQWUsbUJBQW1CLE9BQU8sUUFBUSxhQUFhLEVBQUUsSUFDbEUsQ0FBQztBQUFBLEVBQ1AsQ0FBQztBQUNIO0FBeUJPLFNBQVMsbUJBQ2QsT0FDQSxVQUlJLENBQUMsR0FDaUI7QUFDdEIsUUFBTUMsT0FBTSxpQkFBaUIsT0FBTztBQUNwQyxRQUFNLFNBQVMsa0JBQWtCLE9BQU8sS0FBSztBQUM3QyxRQUFNLFdBQVcsbUJBQW1CLE9BQU8sT0FBTyxzQkFBdUI7QUFDekUsUUFBTSxZQUFZLDZCQUE2QixRQUFRO0FBQ3ZELFFBQU0sT0FBTyxrQkFBa0IsVUFBVSxXQUFXO0FBQ3BELE1BQUksUUFBUSxpQkFBaUIsVUFBYSxRQUFRLGlCQUFpQixNQUFNO0FBQ3ZFLFVBQU0sSUFBSSxXQUFXLHNCQUFzQixvQ0FBb0M7QUFBQSxFQUNqRjtBQUNBLFFBQU0sVUFBVSxhQUFhLFVBQVUsYUFBYSxVQUFVLFFBQVEsT0FBT0EsSUFBRztBQUNoRixRQUFNLEVBQUUsT0FBTyxJQUFJLHdCQUF3QixtQkFBbUIsT0FBTyxPQUFPLGlCQUFrQixHQUFHO0FBQUEsSUFDL0YsVUFBVSxVQUFVO0FBQUEsSUFDcEIsd0JBQXdCLFFBQVEsdUJBQXVCO0FBQUEsSUFDdkQsZ0JBQWdCLFFBQVE7QUFBQSxJQUN4QixLQUFBQTtBQUFBLEVBQ0YsQ0FBQztBQUNELFFBQU0sTUFBTSxtQkFBbUIsT0FBTyxjQUFlLHNCQUEyQjtBQUNoRixRQUFNLE1BQU0sbUJBQW1CLE9BQU8sV0FBWSwyQkFBZ0M7QUFDbEYsU0FBTyxPQUFPLE9BQU87QUFBQSxJQUNuQjtBQUFBLElBQ0E7QUFBQSxJQUNBLHdCQUF3QixRQUFRO0FBQUEsSUFDaEMsZ0JBQWdCLFFBQVE7QUFBQSxJQUN4QixjQUFjLEVBQUUsSUFBSSxJQUFJLE9BQU8sV0FBVyxJQUFJLFVBQVcsSUFBSTtBQUFBLElBQzdELGVBQWUsT0FBTyxnQkFDbEIsRUFBRSxJQUFJLE9BQU8sY0FBYyxPQUFPLFdBQVcsT0FBTyxjQUFjLFVBQVUsSUFDNUU7QUFBQSxJQUNKLFdBQVcsRUFBRSxJQUFJLElBQUksT0FBTyxXQUFXLElBQUksVUFBVyxLQUFLLFlBQVksSUFBSSxXQUFXO0FBQUEsRUFDeEYsQ0FBQztBQUNIO0FBT08sU0FBUyxhQUNkLGFBQ0Esc0JBQ0EsT0FFQUEsTUFDMkY7QUFDM0YsUUFBTSxZQUFZLDZCQUE2QixzQkFBc0IsYUFBYSxFQUFFLEtBQUFBLEtBQUksQ0FBQztBQUN6RixRQUFNLE9BQU8sT0FBTyx5QkFDaEIsNkJBQTZCLE1BQU0sc0JBQXNCLElBQ3pEO0FBQ0osUUFBTSx5QkFBeUIsNkJBQTZCLE1BQU0sU0FBUztBQUMzRSxNQUFJLGlCQUF3QztBQUM1QyxNQUFJLE9BQU8sZ0JBQWdCO0FBQ3pCLFFBQUk7QUFDRix1QkFBaUIscUJBQXFCLE1BQU0sZ0JBQWdCO0FBQUEsUUFDMUQsVUFBVTtBQUFBLFFBQ1Ysd0JBQXdCLHVCQUF1QjtBQUFBLFFBQy9DLEtBQUFBO0FBQUEsTUFDRixDQUFDO0FBQUEsSUFDSCxTQUFTLEtBQUs7QUFFWixVQUFJLENBQUMsV0FBVyxHQUFHLEtBQUssZ0JBQWdCLEVBQUcsT0FBTTtBQUNqRCx1QkFBaUI7QUFBQSxJQUNuQjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEVBQUUsd0JBQXdCLGVBQWU7QUFDbEQ7QUFFQSxTQUFTLG1CQUNQLFFBQ0EsUUFDQSxXQUMyQztBQUMzQyxRQUFNLE9BQU8sZ0JBQWdCLE9BQU8sT0FBTyxJQUFJO0FBQy9DLE1BQUksS0FBSyxVQUFXLGNBQWM7QUFDaEMsVUFBTSxJQUFJLFdBQVcsYUFBYSw0REFBNEQ7QUFDaEc7QUFBQSxJQUNFLE9BQU87QUFBQSxJQUNQLGlCQUFpQjtBQUFBLElBQ2pCLE9BQU87QUFBQSxJQUNQLE9BQU87QUFBQSxJQUNQO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDs7O0FHeFZBLFNBQVMsT0FBTyxVQUFBQyxlQUFjOzs7QUNBOUIsU0FBUyxVQUFBQyxlQUFjOzs7QUNGdkIsSUFBTSxZQUFZLEtBQUssT0FBTyxPQUFPO0FBQ3JDLElBQU0sZUFBZSxLQUFLLE9BQU8sV0FBVztBQUM1QyxJQUFNLHNCQUFzQixLQUFLLE9BQU8saUJBQWlCO0FBQ3pELElBQU0sWUFBWSxJQUFJLFdBQVcsRUFBRTtBQUNuQyxJQUFNLE1BQU0sV0FBVyxHQUFHLENBQUk7QUFDOUIsSUFBTSxNQUFNLFdBQVcsR0FBRyxDQUFJO0FBUXZCLFNBQVMsV0FDZCxTQUNBLFVBQzBFO0FBQzFFLFFBQU0sTUFBTSxPQUFPLEVBQUUsV0FBVyxVQUFVLFNBQVMsV0FBVyxFQUFFO0FBQ2hFLFNBQU87QUFBQSxJQUNMLFNBQVMsSUFBSSxNQUFNLEdBQUcsRUFBRTtBQUFBLElBQ3hCLFVBQVUsSUFBSSxNQUFNLElBQUksRUFBRTtBQUFBLElBQzFCLGVBQWUsSUFBSSxNQUFNLElBQUksRUFBRTtBQUFBLEVBQ2pDO0FBQ0Y7QUFHTyxTQUFTLFlBQVksVUFHMUI7QUFDQSxRQUFNLElBQUksT0FBTztBQUNqQixTQUFPLEVBQUUsWUFBWSxFQUFFLFdBQVcsVUFBVSxHQUFHLEdBQUcsVUFBVSxFQUFFLFdBQVcsVUFBVSxHQUFHLEVBQUU7QUFDMUY7QUFHTyxTQUFTLG1CQUNkLFlBQ0EsUUFBUSxPQUNnQztBQUN4QyxRQUFNLE1BQU0sT0FBTyxFQUFFO0FBQUEsSUFDbkI7QUFBQSxJQUNBO0FBQUEsSUFDQSxRQUFRLHNCQUFzQjtBQUFBLElBQzlCLE1BQU0sVUFBVSxNQUFNO0FBQUEsRUFDeEI7QUFDQSxTQUFPLEVBQUUsS0FBSyxJQUFJLFNBQVMsR0FBRyxFQUFFLEdBQUcsT0FBTyxJQUFJLFNBQVMsSUFBSSxFQUFFLEVBQUU7QUFDakU7QUFHTyxTQUFTLGtCQUFrQixPQUFpQztBQUNqRSxRQUFNLE1BQW9CLENBQUM7QUFDM0IsYUFBVyxLQUFLLE1BQU8sS0FBSSxLQUFLLE1BQU0sRUFBRSxNQUFNLEdBQUcsQ0FBQztBQUNsRCxTQUFPLE9BQU8sR0FBRyxHQUFHO0FBQ3RCOzs7QUR4QkEsU0FBUyxHQUFHLFFBQW9CLFdBQW1DO0FBQ2pFLFFBQU0sTUFBTSxPQUFPLEVBQUUsT0FBTyxRQUFRLFNBQVM7QUFDN0MsTUFBSSxRQUFRLEtBQU0sT0FBTSxJQUFJLFdBQVcsa0JBQWtCLGtDQUFrQztBQUMzRixTQUFPO0FBQ1Q7QUFFQSxTQUFTLGlCQUFpQkMsU0FBa0M7QUFDMUQsU0FBT0EsUUFBTyxZQUFZLE1BQU0sTUFBTTtBQUN4QztBQUdPLFNBQVMsb0JBQW9CLFNBU25CO0FBQ2YsUUFBTSxnQkFBZ0IsaUJBQWlCLFFBQVEsTUFBTTtBQUNyRCxRQUFNLFVBQVUsV0FBVyxRQUFRLFFBQVEsU0FBUyxHQUFHLGVBQWUsUUFBUSxnQkFBZ0IsQ0FBQztBQUMvRixRQUFNLEtBQUssUUFBUTtBQUNuQixTQUFPQyxRQUFPLG9CQUFvQjtBQUFBLElBQ2hDLFNBQVM7QUFBQSxJQUNULFdBQVcsUUFBUTtBQUFBLElBQ25CLFNBQVMsUUFBUTtBQUFBLElBQ2pCLHNCQUFzQjtBQUFBLElBQ3RCLHFCQUFxQixRQUFRO0FBQUEsSUFDN0IsaUJBQWlCLFFBQVE7QUFBQSxJQUN6QixrQkFBa0I7QUFBQSxJQUNsQixrQkFBa0IsS0FBSyxRQUFRLFFBQVEscUJBQXFCLElBQUksV0FBVyxDQUFDO0FBQUEsSUFDNUUsc0JBQXNCLEtBQUssUUFBUSxnQkFBZ0IsSUFBSSxXQUFXLENBQUM7QUFBQSxJQUNuRSx3QkFBd0IsS0FBSyxRQUFRLFFBQVEseUJBQXlCLElBQUksV0FBVyxDQUFDO0FBQUEsSUFDdEYsZUFBZSxRQUFRO0FBQUEsSUFDdkIsU0FBUyxRQUFRLFFBQVE7QUFBQSxJQUN6QixtQkFBbUIsUUFBUTtBQUFBLElBQzNCLGFBQWEsT0FBTyxRQUFRLEdBQUc7QUFBQSxFQUNqQyxDQUFDO0FBQ0g7QUFHTyxTQUFTLG9CQUFvQixTQVFuQjtBQUNmLFFBQU0sS0FBSyxRQUFRO0FBQ25CLFNBQU9BLFFBQU8sb0JBQW9CO0FBQUEsSUFDaEMsU0FBUztBQUFBLElBQ1QsV0FBVyxRQUFRO0FBQUEsSUFDbkIsU0FBUyxRQUFRLFFBQVE7QUFBQSxJQUN6QixzQkFBc0IsUUFBUTtBQUFBLElBQzlCLGtCQUFrQjtBQUFBLElBQ2xCLHNCQUFzQixLQUFLLFFBQVEsUUFBUSx5QkFBeUIsSUFBSSxXQUFXLENBQUM7QUFBQSxJQUNwRix3QkFBd0IsS0FBSyxRQUFRLFFBQVEscUJBQXFCLElBQUksV0FBVyxDQUFDO0FBQUEsSUFDbEYsU0FBUyxRQUFRO0FBQUEsSUFDakIsbUJBQW1CLFFBQVE7QUFBQSxJQUMzQixhQUFhLE9BQU8sUUFBUSxHQUFHO0FBQUEsRUFDakMsQ0FBQztBQUNIO0FBRUEsU0FBUyxVQUFVLFdBQXVCLFFBQWdDO0FBQ3hFLFNBQU8sZUFBZSxXQUFXLE1BQU07QUFDekM7QUFFQSxTQUFTLFdBQ1AsS0FDQSxRQUNBLFdBQ0FELFNBQ1k7QUFDWixRQUFNLFFBQVFBLFFBQU8sWUFBWSxNQUFNLFdBQVc7QUFDbEQsU0FBTyxPQUFPLE9BQU8sT0FBTyxFQUFFLHNCQUFzQixLQUFLLE9BQU8sUUFBUSxTQUFTLENBQUM7QUFDcEY7QUFFQSxTQUFTLFdBQ1AsS0FDQSxXQUNBLFdBQ21CO0FBQ25CLE1BQUksSUFBSSxXQUFXLEtBQUssVUFBVSxTQUFTLE1BQU0sY0FBYyxNQUFNLElBQUssUUFBTztBQUNqRixTQUFPLE9BQU8sRUFBRTtBQUFBLElBQ2Q7QUFBQSxJQUNBLFVBQVUsU0FBUyxHQUFHLE1BQU0sV0FBVztBQUFBLElBQ3ZDLFVBQVUsU0FBUyxNQUFNLFdBQVc7QUFBQSxJQUNwQztBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsZUFDZCxPQUNBLFdBQ0FBLFNBQ2dCO0FBQ2hCLE1BQUksTUFBTSxnQkFBZ0IsV0FBVyxHQUFHO0FBRXRDLFVBQU0sSUFBSSxXQUFXLGNBQWMsc0RBQXNEO0FBQUEsRUFDM0Y7QUFDQSxRQUFNLEVBQUUsVUFBVSxXQUFXLElBQUksWUFBWSxNQUFNLGVBQWU7QUFDbEUsUUFBTSxrQkFBa0I7QUFDeEIsUUFBTSxTQUFTLG1CQUFtQixPQUFPO0FBQUEsSUFDdkMsWUFBWSxPQUFPLEVBQUUsZ0JBQWdCLE1BQU0sb0JBQW9CO0FBQUEsSUFDL0QscUJBQXFCLE1BQU07QUFBQSxJQUMzQixlQUFlLE1BQU07QUFBQSxFQUN2QixDQUFDO0FBQ0QsUUFBTSx3QkFBd0I7QUFDOUIsUUFBTSxjQUFjLE1BQU0sbUJBQ3RCLFdBQVcsTUFBTSxrQkFBa0IsUUFBUSxNQUFNLFdBQVdBLE9BQU0sSUFDbEU7QUFDSixRQUFNLEVBQUUsS0FBSyxNQUFNLElBQUksbUJBQW1CLFVBQVU7QUFDcEQsUUFBTSxhQUFhLE9BQU8sRUFBRTtBQUFBLElBQzFCO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLFVBQVUsTUFBTSxXQUFXLFdBQVc7QUFBQSxFQUN4QztBQUNBLFNBQU9DLFFBQU8sc0JBQXNCO0FBQUEsSUFDbEMsU0FBUztBQUFBLElBQ1QsR0FBSSxNQUFNLG1CQUFtQixFQUFFLGlCQUFpQixZQUFZLElBQUksRUFBRSxRQUFRLFlBQVk7QUFBQSxJQUN0RjtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBR0EsU0FBUyxjQUFjLFNBQXFDO0FBQzFELFNBQU8sUUFBUSxnQkFBZ0IsU0FBUyxJQUFJLFFBQVEsa0JBQWtCLFFBQVE7QUFDaEY7QUFFQSxTQUFTLFNBQ1AsWUFDQSxTQUNBLFdBQ1k7QUFDWixRQUFNLEVBQUUsS0FBSyxNQUFNLElBQUksbUJBQW1CLFVBQVU7QUFDcEQsUUFBTSxZQUFZLE9BQU8sRUFBRTtBQUFBLElBQ3pCO0FBQUEsSUFDQTtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsVUFBVSxXQUFXLGNBQWMsT0FBTyxDQUFDO0FBQUEsRUFDN0M7QUFDQSxNQUFJLGNBQWMsS0FBTSxPQUFNLElBQUksV0FBVyxrQkFBa0IsK0JBQStCO0FBQzlGLFNBQU87QUFDVDtBQUdPLFNBQVMsa0JBQ2QsT0FDQUMsTUFDTTtBQUNOLFFBQU0sU0FBUyxPQUFPQSxPQUFNLE9BQU8sb0JBQW9CO0FBQ3ZELFFBQU0sT0FBTyxNQUFNLFFBQVEsT0FBTyxDQUFDLE1BQU0sRUFBRSxhQUFhLE1BQU07QUFDOUQsTUFBSSxLQUFLLFdBQVcsTUFBTSxRQUFRLE9BQVE7QUFDMUMsYUFBVyxLQUFLLE1BQU07QUFDcEIsUUFBSSxFQUFFLGNBQWMsT0FBUSxRQUFPLE9BQU8sRUFBRSxPQUFPLEVBQUUsYUFBYTtBQUNwRSxRQUFNLFVBQVU7QUFDbEI7QUFFQSxTQUFTLE9BQ1AsT0FDQSxPQUNBLGVBQ007QUFDTixRQUFNLFVBQVUsS0FBS0QsUUFBTywyQkFBMkIsRUFBRSxPQUFPLGNBQWMsQ0FBQyxDQUFDO0FBQ2hGLE1BQUksTUFBTSxVQUFVLFNBQVMsT0FBTztBQUNsQyxVQUFNLFVBQVUsT0FBTyxHQUFHLE1BQU0sVUFBVSxTQUFTLE9BQU8sWUFBWTtBQUMxRTtBQUdPLFNBQVMsWUFDZCxPQUNBLE9BQ0EsZUFDUztBQUNULFNBQU8sTUFBTSxVQUFVO0FBQUEsSUFDckIsQ0FBQyxNQUFNLEVBQUUsa0JBQWtCLGlCQUFpQixXQUFXLEVBQUUsT0FBTyxLQUFLO0FBQUEsRUFDdkU7QUFDRjtBQUdPLFNBQVMsYUFDZCxPQUNBLE9BQ0EsZUFDQSxZQUNBQyxNQUNNO0FBQ04sUUFBTSxRQUFRO0FBQUEsSUFDWkQsUUFBTyx5QkFBeUIsRUFBRSxPQUFPLGVBQWUsWUFBWSxZQUFZLE9BQU9DLElBQUcsRUFBRSxDQUFDO0FBQUEsRUFDL0Y7QUFDQSxTQUFPLE1BQU0sUUFBUSxTQUFTLE9BQU8sc0JBQXNCO0FBQ3pELFVBQU0sVUFBVSxNQUFNLFFBQVEsTUFBTTtBQUNwQyxXQUFPLE9BQU8sUUFBUSxPQUFPLFFBQVEsYUFBYTtBQUFBLEVBQ3BEO0FBQ0Y7QUFHTyxTQUFTLFlBQ2QsT0FDQSxPQUNBLGVBQ21CO0FBQ25CLFFBQU0sSUFBSSxNQUFNLFFBQVE7QUFBQSxJQUN0QixDQUFDLE1BQU0sRUFBRSxrQkFBa0IsaUJBQWlCLFdBQVcsRUFBRSxPQUFPLEtBQUs7QUFBQSxFQUN2RTtBQUNBLE1BQUksSUFBSSxFQUFHLFFBQU87QUFDbEIsUUFBTSxDQUFDLEdBQUcsSUFBSSxNQUFNLFFBQVEsT0FBTyxHQUFHLENBQUM7QUFDdkMsU0FBTyxJQUFLO0FBQ2Q7QUFHQSxTQUFTLGlCQUFpQixPQUFpQztBQUN6RCxTQUFPLE1BQU0sbUJBQW1CLE1BQU0scUJBQXFCLE1BQU07QUFDbkU7QUFHQSxTQUFTLGdCQUFnQixPQUFxQixPQUFlQSxNQUFtQjtBQUM5RSxNQUFJLFFBQVEsTUFBTSx5QkFBeUIsT0FBTyxTQUFTO0FBQ3pELFVBQU0sSUFBSSxXQUFXLG9CQUFvQixnQ0FBZ0MsT0FBTyxPQUFPLE9BQU87QUFBQSxFQUNoRztBQUNBLE1BQUksTUFBTSxrQkFBa0IsV0FBVyxFQUFHO0FBQzFDLFFBQU0sUUFBUSxpQkFBaUIsS0FBSztBQUNwQyxTQUFPLE1BQU0seUJBQXlCLE9BQU87QUFDM0MsVUFBTSxFQUFFLFVBQVUsV0FBVyxJQUFJLFlBQVksTUFBTSxpQkFBaUI7QUFDcEUsVUFBTSxvQkFBb0I7QUFDMUIsaUJBQWEsT0FBTyxPQUFPLE1BQU0sd0JBQXdCLFlBQVlBLElBQUc7QUFDeEUsVUFBTSwwQkFBMEI7QUFBQSxFQUNsQztBQUNGO0FBR0EsU0FBUyxVQUFVLE9BQXFCLGtCQUE4QkYsU0FBNEI7QUFDaEcsUUFBTSxXQUFXLGlCQUFpQixLQUFLO0FBQ3ZDLE1BQUksU0FBUyxTQUFTLEdBQUc7QUFDdkIsVUFBTSx3QkFBd0IsS0FBSyxRQUFRO0FBQzNDLFFBQUksTUFBTSx3QkFBd0IsU0FBUyxPQUFPO0FBQ2hELFlBQU0sd0JBQXdCLE1BQU07QUFBQSxFQUN4QztBQUNBLFFBQU0sNkJBQTZCLE1BQU07QUFDekMsUUFBTSx1QkFBdUI7QUFDN0IsUUFBTSx5QkFBeUI7QUFDL0IsTUFBSSxNQUFNLGtCQUFrQjtBQUMxQixVQUFNLG1CQUFtQixNQUFNO0FBQy9CLFVBQU0scUJBQXFCLE1BQU07QUFBQSxFQUNuQztBQUNBLFFBQU0sc0JBQXNCO0FBQzVCLFFBQU0sWUFBWSxXQUFXLE1BQU0sU0FBUyxHQUFHLE1BQU0sc0JBQXNCLGdCQUFnQixDQUFDO0FBQzVGLFFBQU0sVUFBVSxVQUFVO0FBQzFCLFFBQU0sb0JBQW9CLFVBQVU7QUFDcEMsTUFBSSxNQUFNLGlCQUFrQixPQUFNLHlCQUF5QixVQUFVO0FBQ3JFLFFBQU0sdUJBQXVCLGlCQUFpQkEsT0FBTTtBQUNwRCxRQUFNLFVBQVUsV0FBVyxNQUFNLFNBQVMsR0FBRyxNQUFNLHNCQUFzQixnQkFBZ0IsQ0FBQztBQUMxRixRQUFNLFVBQVUsUUFBUTtBQUN4QixRQUFNLGtCQUFrQixRQUFRO0FBQ2hDLE1BQUksTUFBTSxpQkFBa0IsT0FBTSx1QkFBdUIsUUFBUTtBQUNuRTtBQUVBLFNBQVMsYUFBYSxPQUFrQztBQUN0RCxNQUFJO0FBQ0YsV0FBTyxtQkFBbUIsT0FBTyxLQUFLO0FBQUEsRUFDeEMsUUFBUTtBQUNOLFVBQU0sSUFBSSxXQUFXLGtCQUFrQiw2QkFBNkI7QUFBQSxFQUN0RTtBQUNGO0FBUU8sU0FBUyxlQUNkLE9BQ0EsU0FDQUUsTUFDQUYsU0FDWTtBQUNaLE1BQUksTUFBTSxxQkFBcUIsUUFBUSxnQkFBZ0IsU0FBUyxHQUFHO0FBQ2pFLFVBQU0sSUFBSSxXQUFXLGtCQUFrQiw4Q0FBOEM7QUFBQSxFQUN2RjtBQUNBLG9CQUFrQixPQUFPRSxJQUFHO0FBQzVCLFNBQU8sTUFBTSxtQkFDVCw0QkFBNEIsT0FBTyxTQUFTQSxNQUFLRixPQUFNLElBQ3ZELGFBQWEsT0FBTyxTQUFTRSxNQUFLRixPQUFNO0FBQzlDO0FBRUEsU0FBUyxhQUNQLE9BQ0EsU0FDQUUsTUFDQUYsU0FDWTtBQUNaLFFBQU0sU0FBUyxhQUFhLFFBQVEsTUFBTTtBQUMxQyxRQUFNLFVBQVUsWUFBWSxPQUFPLE9BQU8sWUFBWSxPQUFPLGFBQWE7QUFDMUUsTUFBSSxZQUFZLEtBQU0sUUFBTyxTQUFTLFNBQVMsU0FBUyxNQUFNLFNBQVM7QUFDdkUsTUFBSSxZQUFZLE9BQU8sT0FBTyxZQUFZLE9BQU8sYUFBYSxHQUFHO0FBQy9ELFVBQU0sSUFBSTtBQUFBLE1BQ1I7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFlBQ0osTUFBTSxvQkFBb0IsU0FBUyxLQUNuQyxXQUFXLE9BQU8sWUFBWSxNQUFNLG1CQUFtQjtBQUN6RCxNQUFJLGFBQWEsT0FBTyxnQkFBZ0IsTUFBTSx3QkFBd0I7QUFDcEUsVUFBTSxJQUFJLFdBQVcscUJBQXFCLG9DQUFvQztBQUFBLEVBQ2hGO0FBQ0EsTUFBSSxDQUFDLGFBQWEsTUFBTSx3QkFBd0IsS0FBSyxDQUFDLE1BQU0sV0FBVyxHQUFHLE9BQU8sVUFBVSxDQUFDLEdBQUc7QUFDN0YsVUFBTSxJQUFJLFdBQVcscUJBQXFCLG9DQUFvQztBQUFBLEVBQ2hGO0FBQ0EsTUFBSSxDQUFDLFdBQVc7QUFDZCxvQkFBZ0IsT0FBTyxPQUFPLHFCQUFxQkUsSUFBRztBQUN0RCxjQUFVLE9BQU8sT0FBTyxZQUFZRixPQUFNO0FBQUEsRUFDNUM7QUFDQSxrQkFBZ0IsT0FBTyxPQUFPLGVBQWVFLElBQUc7QUFDaEQsUUFBTSxFQUFFLFVBQVUsV0FBVyxJQUFJLFlBQVksTUFBTSxpQkFBaUI7QUFDcEUsUUFBTSxvQkFBb0I7QUFDMUIsUUFBTSwwQkFBMEI7QUFDaEMsU0FBTyxTQUFTLFlBQVksU0FBUyxNQUFNLFNBQVM7QUFDdEQ7QUFFQSxTQUFTLDRCQUNQLE9BQ0EsU0FDQUEsTUFDQUYsU0FDWTtBQUVaLFFBQU0sUUFBUSxvQkFBSSxJQUFZO0FBQzlCLGFBQVcsS0FBSyxNQUFNLFNBQVM7QUFDN0IsVUFBTSxLQUFLLE1BQU0sRUFBRSxLQUFLO0FBQ3hCLFFBQUksTUFBTSxJQUFJLEVBQUUsRUFBRztBQUNuQixVQUFNLElBQUksRUFBRTtBQUNaLFVBQU1HLGVBQWMsV0FBVyxFQUFFLE9BQU8sUUFBUSxpQkFBaUIsTUFBTSxTQUFTO0FBQ2hGLFFBQUlBLGlCQUFnQixLQUFNO0FBQzFCLFVBQU1DLFVBQVMsYUFBYUQsWUFBVztBQUN2QyxVQUFNLE1BQU0sWUFBWSxPQUFPLEVBQUUsT0FBT0MsUUFBTyxhQUFhO0FBQzVELFFBQUksUUFBUSxLQUFNLFFBQU8sU0FBUyxLQUFLLFNBQVMsTUFBTSxTQUFTO0FBQy9ELFFBQUksWUFBWSxPQUFPLEVBQUUsT0FBT0EsUUFBTyxhQUFhO0FBQ2xELFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUFBLEVBQ0o7QUFDQSxNQUFJLGNBQWMsV0FBVyxNQUFNLG9CQUFvQixRQUFRLGlCQUFpQixNQUFNLFNBQVM7QUFDL0YsTUFBSSxjQUFjO0FBQ2xCLE1BQUksZ0JBQWdCLE1BQU07QUFDeEIsa0JBQWM7QUFBQSxNQUNaLE1BQU07QUFBQSxNQUNOLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxJQUNSO0FBQ0Esa0JBQWM7QUFBQSxFQUNoQjtBQUNBLE1BQUksZ0JBQWdCLE1BQU07QUFHeEIsVUFBTSxTQUFTLElBQUk7QUFBQSxNQUNqQixDQUFDLEdBQUcsTUFBTSx5QkFBeUIsR0FBRyxNQUFNLFVBQVUsSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsRUFBRSxJQUFJLENBQUMsTUFBTTtBQUFBLFFBQ3BGLE1BQU0sQ0FBQztBQUFBLFFBQ1A7QUFBQSxNQUNGLENBQUM7QUFBQSxJQUNIO0FBQ0EsZUFBVyxTQUFTLE9BQU8sT0FBTyxHQUFHO0FBQ25DLFlBQU0sU0FBUyxXQUFXLE9BQU8sUUFBUSxpQkFBaUIsTUFBTSxTQUFTO0FBQ3pFLFVBQUksV0FBVyxLQUFNO0FBQ3JCLFVBQUksWUFBWSxPQUFPLE9BQU8sYUFBYSxNQUFNLEVBQUUsYUFBYSxHQUFHO0FBQ2pFLGNBQU0sSUFBSTtBQUFBLFVBQ1I7QUFBQSxVQUNBO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFDQSxZQUFNLElBQUksV0FBVyxxQkFBcUIsb0NBQW9DO0FBQUEsSUFDaEY7QUFDQSxVQUFNLElBQUksV0FBVyxrQkFBa0Isc0NBQXNDO0FBQUEsRUFDL0U7QUFDQSxRQUFNLFNBQVMsYUFBYSxXQUFXO0FBQ3ZDLE1BQUksQ0FBQyxhQUFhO0FBQ2hCLFFBQUksWUFBWSxPQUFPLE1BQU0sb0JBQW9CLE9BQU8sYUFBYSxHQUFHO0FBQ3RFLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLE9BQU8sZ0JBQWdCLE1BQU07QUFDL0IsWUFBTSxJQUFJLFdBQVcscUJBQXFCLG9DQUFvQztBQUFBLEVBQ2xGLE9BQU87QUFDTCxvQkFBZ0IsT0FBTyxPQUFPLHFCQUFxQkYsSUFBRztBQUN0RCxjQUFVLE9BQU8sT0FBTyxZQUFZRixPQUFNO0FBQUEsRUFDNUM7QUFDQSxrQkFBZ0IsT0FBTyxPQUFPLGVBQWVFLElBQUc7QUFDaEQsUUFBTSxFQUFFLFVBQVUsV0FBVyxJQUFJLFlBQVksTUFBTSxpQkFBaUI7QUFDcEUsUUFBTSxvQkFBb0I7QUFDMUIsUUFBTSwwQkFBMEI7QUFDaEMsU0FBTyxTQUFTLFlBQVksU0FBUyxNQUFNLFNBQVM7QUFDdEQ7OztBRXBhQSxJQUFNLElBQUksSUFBSSxXQUFXLEVBQUUsRUFBRSxLQUFLLEdBQUk7QUFDdEMsSUFBTUcsYUFBWSxJQUFJLFdBQVcsRUFBRTtBQUNuQyxJQUFNLE9BQU8sS0FBSyxPQUFPLFNBQVM7QUFDbEMsSUFBTSxXQUFXLEtBQUssT0FBTyxTQUFTO0FBZ0IvQixTQUFTLHNCQUNkLFdBQ0EsV0FDWTtBQUNaLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxVQUFVO0FBQUEsSUFDVixVQUFVO0FBQUEsSUFDVixVQUFVO0FBQUEsSUFDVixVQUFVO0FBQUEsSUFDVixVQUFVO0FBQUEsSUFDVixVQUFVO0FBQUEsRUFDWjtBQUNGO0FBRUEsU0FBU0MsSUFBRyxRQUFvQixXQUFtQztBQUNqRSxRQUFNLE1BQU0sT0FBTyxFQUFFLE9BQU8sUUFBUSxTQUFTO0FBQzdDLE1BQUksUUFBUSxLQUFNLE9BQU0sSUFBSSxXQUFXLGVBQWUsMENBQTBDO0FBQ2hHLFNBQU87QUFDVDtBQUdBLFNBQVMsY0FBYyxLQUFtQixXQUF1QztBQUMvRSxRQUFNLE1BQU0sT0FBTyxFQUFFLFdBQVcsT0FBTyxHQUFHLEdBQUcsS0FBSyxTQUFTLEdBQUdELFlBQVcsTUFBTSxFQUFFO0FBQ2pGLFNBQU87QUFBQSxJQUNMLFNBQVMsSUFBSSxNQUFNLEdBQUcsRUFBRTtBQUFBLElBQ3hCLG9CQUFvQixJQUFJLE1BQU0sSUFBSSxFQUFFO0FBQUEsSUFDcEMsd0JBQXdCLElBQUksTUFBTSxJQUFJLEVBQUU7QUFBQSxFQUMxQztBQUNGO0FBZU8sU0FBUyxjQUFjLFNBVVY7QUFDbEIsUUFBTSxZQUFZLFFBQVEsT0FBTyxZQUFZLE1BQU0sTUFBTTtBQUN6RCxRQUFNLE1BQU07QUFBQSxJQUNWLFFBQVEsTUFBTSxRQUFRLFlBQVk7QUFBQSxJQUNsQ0MsSUFBRyxXQUFXLFFBQVEsd0JBQXdCO0FBQUEsSUFDOUNBLElBQUcsV0FBVyxRQUFRLFlBQVk7QUFBQSxFQUNwQztBQUNBLE1BQUksUUFBUSxjQUFlLEtBQUksS0FBS0EsSUFBRyxXQUFXLFFBQVEsYUFBYSxDQUFDO0FBQ3hFLE1BQUk7QUFDSixNQUFJO0FBQ0YsVUFBTSxPQUFPLEVBQUUscUJBQXFCLFFBQVEsV0FBVyxRQUFRLGFBQWE7QUFBQSxFQUM5RSxTQUFTLE9BQU87QUFDZCxVQUFNLElBQUksV0FBVyxlQUFlLHdEQUF3RDtBQUFBLE1BQzFGO0FBQUEsSUFDRixDQUFDO0FBQUEsRUFDSDtBQUNBLFNBQU87QUFBQSxJQUNMLFNBQVMsY0FBYyxLQUFLLElBQUksWUFBWTtBQUFBLElBQzVDLFNBQVMsT0FBTyxFQUFFLGdCQUFnQixTQUFTO0FBQUEsSUFDM0MsZUFBZSxJQUFJO0FBQUEsRUFDckI7QUFDRjtBQUdPLFNBQVMsYUFBYSxTQVFWO0FBQ2pCLFFBQU0sTUFBTTtBQUFBLElBQ1ZBLElBQUcsUUFBUSxvQkFBb0IsUUFBUSx3QkFBd0I7QUFBQSxJQUMvRCxRQUFRLE1BQU0sUUFBUSxPQUFPO0FBQUEsSUFDN0JBLElBQUcsUUFBUSxvQkFBb0IsUUFBUSxPQUFPO0FBQUEsRUFDaEQ7QUFDQSxNQUFJLFFBQVEsb0JBQXFCLEtBQUksS0FBS0EsSUFBRyxRQUFRLHFCQUFxQixRQUFRLE9BQU8sQ0FBQztBQUMxRixNQUFJLFFBQVEsY0FBYyxXQUFXLE1BQU07QUFDekMsVUFBTSxJQUFJLFdBQVcsYUFBYSw0Q0FBNEM7QUFDaEYsUUFBTSxlQUFlLE9BQU8sRUFBRSxxQkFBcUIsUUFBUSxTQUFTLFFBQVEsYUFBYTtBQUN6RixTQUFPLGNBQWMsS0FBSyxZQUFZO0FBQ3hDOzs7QUhoRU8sU0FBUyxjQUFjLE1BQWMsVUFBcUM7QUFDL0UsU0FBTyxFQUFFLE1BQU0sVUFBVSxNQUFNLFFBQVEsRUFBRTtBQUMzQztBQUVBLFNBQVMsSUFBSSxLQUE2QjtBQUN4QyxVQUFRLElBQUksU0FBUyxhQUFhLElBQUk7QUFDeEM7QUFFQSxTQUFTLE9BQU8sS0FBbUM7QUFDakQsU0FBTyxJQUFJLFVBQVU7QUFDdkI7QUFFQSxlQUFlLFdBQ2IsS0FDQSxTQUMrQjtBQUMvQixRQUFNLFFBQVEsTUFBTSxJQUFJLE9BQU8sU0FBUyxZQUFZLE9BQU87QUFDM0QsU0FBTyxVQUFVLE9BQU8sT0FBTyxvQkFBb0IsS0FBSztBQUMxRDtBQUdBLFNBQVMsUUFBUSxRQUF1QixPQUFxQixlQUE4QjtBQUN6RixNQUFJLGtCQUFrQixPQUFXLFFBQU8sU0FBUyxPQUFPLGVBQWUsQ0FBQztBQUN4RSxNQUFJLE9BQU8sWUFBWSxPQUFXLFFBQU8sU0FBUyxRQUFRLE9BQU8sT0FBTztBQUN4RSxTQUFPLFVBQVU7QUFDakIsTUFBSSxPQUFPLFNBQVMsU0FBUyxPQUFPO0FBQ2xDLFdBQU8sU0FBUyxTQUFTLE9BQU87QUFDcEM7QUFHQSxlQUFlLFlBQ2IsS0FDQSxNQUtDO0FBQ0QsUUFBTSxRQUFRLE1BQU0sSUFBSSxPQUFPLFdBQVcsYUFBYSxJQUFJO0FBQzNELE1BQUksVUFBVTtBQUNaLFdBQU8sRUFBRSx3QkFBd0IsTUFBTSxnQkFBZ0IsTUFBTSxjQUFjLEdBQUc7QUFDaEYsUUFBTSxTQUFTLDRCQUE0QixLQUFLO0FBQ2hELFNBQU87QUFBQSxJQUNMLHdCQUF3QixPQUFPLHVCQUF1QixTQUNsRCxPQUFPLHlCQUNQO0FBQUEsSUFDSixnQkFBZ0IsT0FBTyxlQUFlLFNBQVMsT0FBTyxpQkFBaUI7QUFBQSxJQUN2RSxjQUFjLE9BQU87QUFBQSxFQUN2QjtBQUNGO0FBRUEsZUFBZSxhQUNiLEtBQ0EsTUFDQSxhQUNBLGdCQUNBLGNBQ2U7QUFDZixRQUFNLElBQUksT0FBTyxXQUFXO0FBQUEsSUFDMUI7QUFBQSxJQUNBO0FBQUEsTUFDRUMsUUFBTyw2QkFBNkI7QUFBQSxRQUNsQyxTQUFTO0FBQUEsUUFDVCx3QkFBd0IsWUFBWTtBQUFBLFFBQ3BDLGdCQUFnQixnQkFBZ0IsU0FBUyxJQUFJLFdBQVcsQ0FBQztBQUFBLFFBQ3pEO0FBQUEsTUFDRixDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFDRjtBQW9CQSxlQUFzQixpQkFDcEIsT0FDQSxRQUNBLFNBQ3dCO0FBQ3hCLFFBQU0sSUFBSSxJQUFJLE9BQU87QUFDckIsUUFBTSxPQUFPLG1CQUFtQixRQUFRO0FBQUEsSUFDdEMsR0FBSSxRQUFRLGlCQUFpQixTQUFZLENBQUMsSUFBSSxFQUFFLGNBQWMsUUFBUSxhQUFhO0FBQUEsSUFDbkYsS0FBSztBQUFBLEVBQ1AsQ0FBQztBQUNELFFBQU0sVUFBVSxNQUFNLFlBQVksU0FBUyxLQUFLLElBQUk7QUFDcEQsUUFBTSxXQUFXLG1CQUFtQixRQUFRLEVBQUUsY0FBYyxLQUFLLE1BQU0sT0FBTyxTQUFTLEtBQUssRUFBRSxDQUFDO0FBQy9GLE1BQUksV0FBVyxTQUFTLE9BQU8sVUFBVSxNQUFNLFFBQVEsS0FBSyxTQUFTLFNBQVMsTUFBTSxNQUFNO0FBQ3hGLFVBQU0sSUFBSSxXQUFXLG9CQUFvQiwrQ0FBK0M7QUFBQSxFQUMxRjtBQUNBLFFBQU0sYUFBYSxjQUFjO0FBQUEsSUFDL0IsT0FBTyxDQUFDLE9BQU8sTUFBTSxnQkFBZ0IsTUFBTSxFQUFFO0FBQUEsSUFDN0MsMEJBQTBCLFNBQVMsT0FBTztBQUFBLElBQzFDLGNBQWMsU0FBUyxhQUFhO0FBQUEsSUFDcEMsZUFBZSxTQUFTLGVBQWUsYUFBYTtBQUFBLElBQ3BELFdBQVcsU0FBUyxVQUFVO0FBQUEsSUFDOUIsUUFBUSxPQUFPLE9BQU87QUFBQSxJQUN0QixHQUFJLFFBQVEsZ0JBQWdCLEVBQUUsZUFBZSxRQUFRLGNBQWMsSUFBSSxDQUFDO0FBQUEsRUFDMUUsQ0FBQztBQUNELFFBQU0sWUFBWTtBQUFBLElBQ2hCO0FBQUEsTUFDRSxhQUFhLE1BQU07QUFBQSxNQUNuQixVQUFVLE1BQU07QUFBQSxNQUNoQixpQkFBaUIsTUFBTSxnQkFBZ0I7QUFBQSxJQUN6QztBQUFBLElBQ0E7QUFBQSxNQUNFLGFBQWEsU0FBUyxPQUFPO0FBQUEsTUFDN0IsVUFBVSxTQUFTLE9BQU87QUFBQSxNQUMxQixpQkFBaUIsU0FBUyxPQUFPO0FBQUEsSUFDbkM7QUFBQSxFQUNGO0FBQ0EsUUFBTSxRQUFRLG9CQUFvQjtBQUFBLElBQ2hDLFNBQVMsV0FBVztBQUFBLElBQ3BCO0FBQUEsSUFDQSxrQkFBa0IsU0FBUyxhQUFhO0FBQUEsSUFDeEMsbUJBQW1CLFNBQVMsT0FBTztBQUFBLElBQ25DLGtCQUFrQixRQUFRLG9CQUFvQjtBQUFBLElBQzlDLFNBQVNBLFFBQU8scUJBQXFCO0FBQUEsTUFDbkMsZ0JBQWdCLFNBQVMsYUFBYTtBQUFBLE1BQ3RDLGlCQUFpQixTQUFTLGVBQWUsTUFBTTtBQUFBLE1BQy9DLGFBQWEsU0FBUyxVQUFVO0FBQUEsTUFDaEMsU0FBUyxXQUFXO0FBQUEsTUFDcEIsZUFBZSxXQUFXO0FBQUEsSUFDNUIsQ0FBQztBQUFBLElBQ0QsS0FBSztBQUFBLElBQ0wsUUFBUSxPQUFPLE9BQU87QUFBQSxFQUN4QixDQUFDO0FBQ0QsUUFBTSxVQUFVLGNBQWMsU0FBUyxNQUFNLFNBQVMsT0FBTyxRQUFRO0FBQ3JFLFFBQU0sU0FBVSxNQUFNLFdBQVcsU0FBUyxPQUFPLEtBQU0sbUJBQW1CO0FBQzFFLFVBQVEsUUFBUSxLQUFLO0FBQ3JCLFFBQU0sUUFBUSxPQUFPLFNBQVMsYUFBYSxTQUFTLG9CQUFvQixNQUFNLENBQUM7QUFDL0UsUUFBTTtBQUFBLElBQ0o7QUFBQSxJQUNBLFNBQVM7QUFBQSxJQUNULFNBQVM7QUFBQSxJQUNULFNBQVM7QUFBQSxJQUNULFFBQVE7QUFBQSxFQUNWO0FBQ0EsU0FBTztBQUNUO0FBY0EsZUFBc0IsZUFDcEIsT0FDQSxTQUNBLFdBQ0EsS0FDcUI7QUFDckIsUUFBTSxTQUFTLE1BQU0sV0FBVyxLQUFLLE9BQU87QUFDNUMsTUFBSSxRQUFRLFlBQVk7QUFDdEIsVUFBTSxJQUFJLFdBQVcsY0FBYyw2QkFBNkI7QUFDbEUsUUFBTSxRQUFRLE1BQU0sb0JBQW9CLE9BQU8sT0FBTztBQUN0RCxRQUFNLFVBQVUsZUFBZSxPQUFPLFdBQVcsT0FBTyxHQUFHLENBQUM7QUFDNUQsTUFBSTtBQUNKLE1BQUk7QUFDSixNQUFJLE1BQU0sa0JBQWtCLFFBQVc7QUFDckM7QUFDQSxjQUFVLG1CQUFtQixPQUFPO0FBQUEsTUFDbEMsU0FBUztBQUFBLE1BQ1Qsd0JBQXdCLG1CQUFtQixPQUFPLE1BQU0sc0JBQXNCO0FBQUEsTUFDOUUsbUJBQW1CLG1CQUFtQixPQUFPLE1BQU0saUJBQWlCO0FBQUEsTUFDcEUsZ0JBQWdCLE1BQU0sY0FBYztBQUFBLE1BQ3BDLGlCQUFpQixNQUFNLGNBQWM7QUFBQSxNQUNyQyxhQUFhLE1BQU0sY0FBYztBQUFBLE1BQ2pDLFNBQVMsTUFBTSxjQUFjO0FBQUEsTUFDN0IsZUFBZSxNQUFNLGNBQWM7QUFBQSxNQUNuQztBQUFBLElBQ0YsQ0FBQztBQUFBLEVBQ0gsT0FBTztBQUNMO0FBQ0EsY0FBVSxvQkFBb0IsT0FBTyxPQUFPO0FBQUEsRUFDOUM7QUFDQSxTQUFPLFVBQVU7QUFDakIsUUFBTSxJQUFJLE9BQU8sU0FBUyxhQUFhLFNBQVMsb0JBQW9CLE1BQU0sQ0FBQztBQUMzRSxTQUFPLGNBQWMsT0FBTztBQUFBLElBQzFCLFNBQVM7QUFBQSxJQUNUO0FBQUEsSUFDQSxnQkFBZ0IsTUFBTTtBQUFBLElBQ3RCLG1CQUFtQixVQUFVLFFBQVEsUUFBUTtBQUFBLElBQzdDLGFBQWEsT0FBTyxJQUFJLEdBQUcsQ0FBQztBQUFBLElBQzVCO0FBQUEsSUFDQSxtQkFBbUIsTUFBTTtBQUFBLEVBQzNCLENBQUM7QUFDSDtBQUVBLFNBQVMsVUFBVSxLQUF5QjtBQUMxQyxNQUFJLENBQUMsaUJBQWlCLEtBQUssR0FBRztBQUM1QixVQUFNLElBQUksV0FBVyxvQkFBb0IseUNBQXlDO0FBQ3BGLFFBQU0sTUFBTSxJQUFJLFdBQVcsRUFBRTtBQUM3QixXQUFTLElBQUksR0FBRyxJQUFJLElBQUksSUFBSyxLQUFJLENBQUMsSUFBSSxTQUFTLElBQUksTUFBTSxJQUFJLEdBQUcsSUFBSSxJQUFJLENBQUMsR0FBRyxFQUFFO0FBQzlFLFNBQU87QUFDVDtBQWNBLFNBQVMsVUFBVSxRQUE0QjtBQUM3QyxhQUFXLFFBQVEsQ0FBQyxxQkFBcUIsbUJBQW1CLGtCQUFrQixHQUFZO0FBQ3hGLFVBQU0sUUFBUSxPQUFPLEtBQUssQ0FBQyxNQUFNLFdBQVcsR0FBRyxHQUFHLElBQUksQ0FBQztBQUN2RCxRQUFJLE1BQU8sUUFBTztBQUFBLEVBQ3BCO0FBQ0EsU0FDRSxPQUFPLEtBQUssQ0FBQyxNQUFNLENBQUMsV0FBVyxHQUFHLEdBQUcsZ0JBQWdCLENBQUMsS0FDdEQsSUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsRUFDRjtBQUVKO0FBT0EsU0FBUyxrQkFDUCxRQUNBLFNBQ0EsR0FDQSxLQUNBLFNBQXVDLE1BQU0sTUFDakM7QUFDWixRQUFNLGFBQXdELENBQUM7QUFDL0QsTUFBSSxPQUFPLFlBQVksVUFBYSxPQUFPLE9BQU8sT0FBTztBQUN2RCxlQUFXLEtBQUssRUFBRSxPQUFPLE9BQU8sUUFBUSxDQUFDO0FBQzNDLFNBQU8sU0FBUyxRQUFRLENBQUMsR0FBRyxVQUFVO0FBQ3BDLFFBQUksT0FBTyxDQUFDLEVBQUcsWUFBVyxLQUFLLEVBQUUsT0FBTyxHQUFHLE1BQU0sQ0FBQztBQUFBLEVBQ3BELENBQUM7QUFDRCxRQUFNLFNBQW9CLENBQUM7QUFDM0IsYUFBVyxFQUFFLE9BQU8sTUFBTSxLQUFLLFlBQVk7QUFDekMsVUFBTSxPQUFPLE1BQU0sb0JBQW9CLEtBQUs7QUFDNUMsUUFBSTtBQUNGLFlBQU0sWUFBWSxlQUFlLE1BQU0sU0FBUyxHQUFHLEdBQUc7QUFFdEQsVUFBSSxLQUFLLGtCQUFrQixVQUFhLEtBQUssa0JBQWtCLFNBQVM7QUFDdEUsYUFBSyxnQkFBZ0I7QUFDdkIsVUFBSSxVQUFVLE9BQVcsUUFBTyxVQUFVO0FBQUEsVUFDckMsU0FBUSxRQUFRLE1BQU0sS0FBSztBQUNoQyxhQUFPO0FBQUEsSUFDVCxTQUFTLEtBQUs7QUFDWixVQUFJLENBQUMsV0FBVyxHQUFHLEdBQUcsRUFBRyxPQUFNO0FBQy9CLGFBQU8sS0FBSyxHQUFHO0FBQUEsSUFDakI7QUFBQSxFQUNGO0FBQ0EsTUFBSSxXQUFXLFdBQVcsRUFBRyxPQUFNLElBQUksV0FBVyxjQUFjLDZCQUE2QjtBQUM3RixRQUFNLFVBQVUsTUFBTTtBQUN4QjtBQWFBLGVBQXNCLGVBQ3BCLE9BQ0EsVUFDQSxLQUMyQjtBQUMzQixRQUFNLE1BQU0sY0FBYyxPQUFPLFFBQVE7QUFDekMsTUFBSSxJQUFJLGtCQUFrQixTQUFTLEtBQUssQ0FBQyxXQUFXLElBQUksbUJBQW1CLE1BQU0sUUFBUSxHQUFHO0FBQzFGLFVBQU0sSUFBSSxXQUFXLGtCQUFrQix5Q0FBeUM7QUFBQSxFQUNsRjtBQUNBLFFBQU0sSUFBSSxJQUFJLEdBQUc7QUFDakIsUUFBTSxZQUFZLE9BQU8sSUFBSSxXQUFXO0FBQ3hDLE1BQUksSUFBSSxpQ0FBc0M7QUFDNUMsVUFBTSxTQUFTLE1BQU0scUJBQXFCLE9BQU8sSUFBSSxTQUFTLEdBQUcsR0FBRztBQUNwRSxXQUFPLEVBQUUsR0FBRyxRQUFRLFVBQVU7QUFBQSxFQUNoQztBQUNBLE1BQUksSUFBSTtBQUNOLFVBQU0sSUFBSSxXQUFXLGFBQWEsNEJBQTRCO0FBQ2hFLE1BQUksSUFBSSxrQkFBa0IsV0FBVztBQUNuQyxVQUFNLElBQUksV0FBVyxhQUFhLHdDQUF3QztBQUM1RSxNQUFJO0FBQ0osTUFBSTtBQUNGLFdBQU8sa0JBQWtCLElBQUksaUJBQWlCO0FBQUEsRUFDaEQsUUFBUTtBQUNOLFVBQU0sSUFBSSxXQUFXLGFBQWEsaURBQWlEO0FBQUEsRUFDckY7QUFDQSxRQUFNLFNBQVMsY0FBYyxNQUFNLElBQUksY0FBYztBQUNyRCxRQUFNLFVBQVUsb0JBQW9CLE9BQU8sSUFBSSxPQUFPO0FBQ3RELFFBQU0sU0FBUyxNQUFNLFdBQVcsS0FBSyxNQUFNO0FBQzNDLE1BQUksV0FBVyxLQUFNLE9BQU0sSUFBSSxXQUFXLGNBQWMsb0NBQW9DO0FBQzVGLFFBQU0sa0JBQWtCLEtBQUssTUFBTSxJQUFJLGdCQUFnQixDQUFDO0FBQ3hELFFBQU0sWUFBWSxrQkFBa0IsUUFBUSxTQUFTLEdBQUcsT0FBTyxHQUFHLENBQUM7QUFDbkUsUUFBTSxJQUFJLE9BQU8sU0FBUyxhQUFhLFFBQVEsb0JBQW9CLE1BQU0sQ0FBQztBQUMxRSxTQUFPLEVBQUUsV0FBVyxRQUFRLFdBQVcsWUFBWSxNQUFNO0FBQzNEO0FBRUEsZUFBZSxrQkFDYixLQUNBLE1BQ0EsVUFDQSxHQUNlO0FBQ2YsUUFBTSxVQUFVLE1BQU0sWUFBWSxLQUFLLElBQUk7QUFDM0MsTUFBSSxRQUFRLG1CQUFtQixRQUFRLFFBQVEsMkJBQTJCLEtBQU07QUFDaEYsUUFBTSxNQUFNLDZCQUE2QixRQUFRLHNCQUFzQjtBQUN2RSxRQUFNLEVBQUUsZUFBZSxJQUFJO0FBQUEsSUFDekIsSUFBSTtBQUFBLElBQ0osUUFBUTtBQUFBLElBQ1I7QUFBQSxJQUNBO0FBQUEsRUFDRjtBQUNBLE1BQUksbUJBQW1CLFFBQVEsVUFBVSxnQkFBZ0IsUUFBUTtBQUMvRCxVQUFNLElBQUksV0FBVyxXQUFXLHFDQUFxQztBQUN6RTtBQUVBLGVBQWUscUJBQ2IsT0FDQSxTQUNBLEdBQ0EsS0FDOEM7QUFDOUMsUUFBTSxNQUFNLG1CQUFtQixPQUFPLE9BQU87QUFFN0MsUUFBTSxXQUFXLG1CQUFtQixPQUFPLElBQUksc0JBQXVCO0FBQ3RFLFFBQU0sWUFBWSw2QkFBNkIsUUFBUTtBQUN2RCxRQUFNLE9BQU8sa0JBQWtCLFVBQVUsV0FBVztBQUNwRCxRQUFNLFVBQVUsTUFBTSxZQUFZLEtBQUssSUFBSTtBQUMzQyxRQUFNLFFBQVEsYUFBYSxVQUFVLGFBQWEsVUFBVSxTQUFTLENBQUM7QUFDdEUsUUFBTSxFQUFFLE9BQU8sSUFBSSx3QkFBd0IsbUJBQW1CLE9BQU8sSUFBSSxpQkFBa0IsR0FBRztBQUFBLElBQzVGLFVBQVUsVUFBVTtBQUFBLElBQ3BCLHdCQUF3QixNQUFNLHVCQUF1QjtBQUFBLElBQ3JELGdCQUFnQixNQUFNO0FBQUEsSUFDdEIsS0FBSztBQUFBLEVBQ1AsQ0FBQztBQUNELFFBQU0sU0FBUyxjQUFjLE1BQU0sT0FBTyxRQUFRO0FBQ2xELFFBQU0sU0FBVSxNQUFNLFdBQVcsS0FBSyxNQUFNLEtBQU0sbUJBQW1CO0FBQ3JFLFFBQU0sTUFBTSxPQUFPLEdBQUc7QUFHdEIsUUFBTSxXQUFXLENBQUMsTUFDaEIsV0FBVyxFQUFFLFNBQVMsSUFBSSxPQUFPLEtBQUssV0FBVyxFQUFFLG1CQUFtQixPQUFPLGVBQWU7QUFDOUYsTUFDRyxPQUFPLFlBQVksVUFBYSxTQUFTLE9BQU8sT0FBTyxLQUN4RCxPQUFPLFNBQVMsS0FBSyxRQUFRLEdBQzdCO0FBQ0EsVUFBTUMsYUFBWSxrQkFBa0IsUUFBUSxJQUFJLFNBQVUsR0FBRyxLQUFLLFFBQVE7QUFDMUUsVUFBTSxJQUFJLE9BQU8sU0FBUyxhQUFhLFFBQVEsb0JBQW9CLE1BQU0sQ0FBQztBQUMxRSxXQUFPLEVBQUUsV0FBQUEsWUFBVyxRQUFRLFlBQVksTUFBTTtBQUFBLEVBQ2hEO0FBRUEsUUFBTSxTQUFTLE1BQU0sSUFBSSxPQUFPLFFBQVEsV0FBVyxVQUFVLElBQUksY0FBYztBQUMvRSxRQUFNLE1BQU0sTUFBTSxJQUFJLE9BQU8sUUFBUSxXQUFXLE9BQU8sSUFBSSxXQUFXO0FBQ3RFLFFBQU0sVUFDSixJQUFJLG9CQUFvQixJQUNwQixPQUNBLE1BQU0sSUFBSSxPQUFPLFFBQVEsV0FBVyxZQUFZLElBQUksZUFBZTtBQUN6RSxNQUFJLFdBQVcsUUFBUSxRQUFRLFFBQVMsSUFBSSxvQkFBb0IsS0FBSyxZQUFZLE1BQU87QUFDdEYsVUFBTSxJQUFJO0FBQUEsTUFDUjtBQUFBLE1BQ0E7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFFBQU0sZUFBZSxtQkFBbUIsUUFBUSxRQUFRO0FBQ3hELFFBQU0sWUFBWSxtQkFBbUIsS0FBSyxLQUFLO0FBQy9DLFFBQU0sZ0JBQWdCLFlBQVksT0FBTyxPQUFPLG1CQUFtQixTQUFTLFVBQVU7QUFDdEYsTUFBSTtBQUNKLE1BQUk7QUFDRixjQUFVLGFBQWE7QUFBQSxNQUNyQixPQUFPLENBQUMsT0FBTyxNQUFNLGdCQUFnQixNQUFNLEVBQUU7QUFBQSxNQUM3QywwQkFBMEIsT0FBTztBQUFBLE1BQ2pDLG9CQUFvQixhQUFhO0FBQUEsTUFDakMscUJBQXFCLGVBQWUsVUFBVTtBQUFBLE1BQzlDLFNBQVMsVUFBVTtBQUFBLE1BQ25CLFNBQVMsSUFBSTtBQUFBLE1BQ2IsZUFBZSxJQUFJO0FBQUEsSUFDckIsQ0FBQztBQUFBLEVBQ0gsU0FBUyxLQUFLO0FBQ1osUUFBSSxXQUFXLEdBQUcsS0FBSyxhQUFhO0FBQ2xDLFlBQU0sSUFBSSxXQUFXLGtCQUFrQixpREFBaUQ7QUFBQSxRQUN0RixPQUFPO0FBQUEsTUFDVCxDQUFDO0FBQ0gsVUFBTTtBQUFBLEVBQ1I7QUFDQSxRQUFNLFlBQVk7QUFBQSxJQUNoQjtBQUFBLE1BQ0UsYUFBYSxPQUFPO0FBQUEsTUFDcEIsVUFBVSxPQUFPO0FBQUEsTUFDakIsaUJBQWlCLE9BQU87QUFBQSxJQUMxQjtBQUFBLElBQ0E7QUFBQSxNQUNFLGFBQWEsTUFBTTtBQUFBLE1BQ25CLFVBQVUsTUFBTTtBQUFBLE1BQ2hCLGlCQUFpQixNQUFNLGdCQUFnQjtBQUFBLElBQ3pDO0FBQUEsRUFDRjtBQUNBLFFBQU0sUUFBUSxvQkFBb0I7QUFBQSxJQUNoQztBQUFBLElBQ0E7QUFBQSxJQUNBLG9CQUFvQixhQUFhO0FBQUEsSUFDakMsU0FBUyxJQUFJO0FBQUEsSUFDYixtQkFBbUIsT0FBTztBQUFBLElBQzFCLGtCQUFrQixJQUFJLFFBQVMsZ0JBQWdCLFNBQVM7QUFBQSxJQUN4RCxLQUFLO0FBQUEsRUFDUCxDQUFDO0FBQ0QsUUFBTSxZQUFZLGVBQWUsT0FBTyxJQUFJLFNBQVUsR0FBRyxHQUFHO0FBRzVELFVBQVEsUUFBUSxLQUFLO0FBQ3JCLFFBQU0sSUFBSSxPQUFPLFNBQVMsYUFBYSxRQUFRLG9CQUFvQixNQUFNLENBQUM7QUFDMUUsUUFBTTtBQUFBLElBQ0o7QUFBQSxJQUNBO0FBQUEsSUFDQSxNQUFNO0FBQUEsSUFDTixNQUFNO0FBQUEsSUFDTixRQUFRO0FBQUEsRUFDVjtBQUNBLE1BQUksa0JBQWtCO0FBQ3BCLFVBQU0sSUFBSSxPQUFPLFFBQVEsYUFBYSxZQUFZLElBQUksZUFBZTtBQUN2RSxNQUFJLENBQUMsVUFBVSxXQUFZLE9BQU0sSUFBSSxPQUFPLFFBQVEsYUFBYSxPQUFPLElBQUksV0FBVztBQUN2RixTQUFPLEVBQUUsV0FBVyxRQUFRLFlBQVksS0FBSztBQUMvQzs7O0FJaGdCQSxTQUFTLFNBQUFDLFFBQU8sVUFBQUMsZUFBYztBQXlCOUIsSUFBTUMsWUFBVyxLQUFLLHdCQUF3QjtBQUU5QyxTQUFTLGdCQUFnQixnQkFBeUU7QUFDaEcsUUFBTSxRQUFRLE9BQU8sbUJBQW1CLFdBQVdDLFNBQVEsY0FBYyxJQUFJO0FBQzdFLE1BQUksTUFBTSxXQUFXO0FBQ25CLFVBQU0sSUFBSSxXQUFXLG9CQUFvQiwrQkFBK0I7QUFDMUUsU0FBTyxFQUFFLE9BQU8sS0FBSyxNQUFNLEtBQUssRUFBRTtBQUNwQztBQUVBLGVBQWVDLFlBQ2IsS0FDQSxRQUNBLEtBQ2lDO0FBQ2pDLFFBQU0sUUFBUSxNQUFNLElBQUksT0FBTyxXQUFXLGNBQWMsUUFBUSxHQUFHO0FBQ25FLFNBQU8sVUFBVSxPQUFPLE9BQU8sc0JBQXNCLEtBQUs7QUFDNUQ7QUFFQSxTQUFTLFNBQVMsU0FBNkI7QUFDN0MsU0FBTyxNQUFNLE9BQU87QUFDdEI7QUFFQSxTQUFTLGVBQWUsT0FBbUM7QUFDekQsU0FBTywyQkFBMkIsT0FBTztBQUFBLElBQ3ZDLFNBQVM7QUFBQSxJQUNULGdCQUFnQixNQUFNO0FBQUEsSUFDdEIsU0FBUyxNQUFNO0FBQUEsSUFDZixXQUFXLE1BQU07QUFBQSxJQUNqQixVQUFVLE1BQU07QUFBQSxJQUNoQixZQUFZLE1BQU07QUFBQSxFQUNwQixDQUFDO0FBQ0g7QUFFQSxTQUFTLFlBQ1AsZ0JBQ0EsU0FDQSxLQUNnQjtBQUNoQixRQUFNLE1BQU0sSUFBSSxVQUFVO0FBQzFCLFFBQU0sZ0JBQWdCLElBQUksWUFBWSxFQUFFO0FBQ3hDLFNBQU9DLFFBQU8sc0JBQXNCO0FBQUEsSUFDbEMsU0FBUztBQUFBLElBQ1Q7QUFBQSxJQUNBO0FBQUEsSUFDQSxXQUFXO0FBQUEsSUFDWCxVQUFVLElBQUksWUFBWSxFQUFFO0FBQUEsSUFDNUIsWUFBWSxPQUFPLEVBQUUsaUJBQWlCLGFBQWE7QUFBQSxJQUNuRDtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBTUEsZUFBc0IsNEJBQ3BCLE9BQ0EsZ0JBQ0EsS0FDcUI7QUFDckIsUUFBTSxJQUFJLGdCQUFnQixjQUFjO0FBQ3hDLFFBQU0sT0FBTyxjQUFjLE1BQU0sTUFBTSxNQUFNLFFBQVE7QUFDckQsUUFBTSxTQUNILE1BQU1ELFlBQVcsS0FBSyxNQUFNLEVBQUUsR0FBRyxLQUNsQ0MsUUFBTyx1QkFBdUIsRUFBRSxTQUFTLGNBQWMsQ0FBQztBQUMxRCxNQUFJLE9BQU8sT0FBTyxDQUFDLEdBQUcsY0FBYyxPQUFRLFFBQU8sZUFBZSxPQUFPLE9BQU8sQ0FBQyxDQUFDO0FBQ2xGLFFBQU0sUUFBUSxZQUFZLEVBQUUsUUFBUSxPQUFPLE9BQU8sQ0FBQyxHQUFHLFdBQVcsS0FBSyxHQUFHLEdBQUc7QUFDNUUsU0FBTyxPQUFPLFFBQVEsS0FBSztBQUMzQixRQUFNLElBQUksT0FBTyxXQUFXLGVBQWUsTUFBTSxFQUFFLEtBQUssc0JBQXNCLE1BQU0sQ0FBQztBQUNyRixTQUFPLGVBQWUsS0FBSztBQUM3QjtBQTZCQSxlQUFzQiw2QkFDcEIsUUFDQSxjQUNBLEtBQ2U7QUFDZixRQUFNLE1BQU0sMkJBQTJCLE9BQU8sWUFBWTtBQUMxRCxRQUFNLE1BQU0sTUFBTSxJQUFJLGNBQWM7QUFDcEMsUUFBTSxTQUNILE1BQU1DLFlBQVcsS0FBSyxRQUFRLEdBQUcsS0FDbENDLFFBQU8sdUJBQXVCLEVBQUUsU0FBUyxjQUFjLENBQUM7QUFDMUQsUUFBTSxXQUFXLE9BQU8sT0FBTyxLQUFLLENBQUMsTUFBTSxFQUFFLFlBQVksSUFBSSxPQUFPO0FBQ3BFLE1BQUksVUFBVTtBQUNaLFFBQUksQ0FBQyxXQUFXLFNBQVMsWUFBWSxJQUFJLFVBQVU7QUFDakQsWUFBTSxJQUFJO0FBQUEsUUFDUjtBQUFBLFFBQ0E7QUFBQSxNQUNGO0FBQ0Y7QUFBQSxFQUNGO0FBQ0EsU0FBTyxPQUFPO0FBQUEsSUFDWkEsUUFBTyxzQkFBc0I7QUFBQSxNQUMzQixTQUFTO0FBQUEsTUFDVCxnQkFBZ0IsSUFBSTtBQUFBLE1BQ3BCLFNBQVMsSUFBSTtBQUFBLE1BQ2IsV0FBVyxJQUFJO0FBQUEsTUFDZixVQUFVLElBQUk7QUFBQSxNQUNkLFlBQVksSUFBSTtBQUFBLElBQ2xCLENBQUM7QUFBQSxFQUNIO0FBQ0EsU0FBTyxPQUFPLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxVQUFVLEVBQUUsT0FBTztBQUNsRCxNQUFJLE9BQU8sT0FBTyxTQUFTLE9BQU87QUFDaEMsV0FBTyxPQUFPLFNBQVMsT0FBTztBQUNoQyxRQUFNLElBQUksT0FBTyxXQUFXLGVBQWUsUUFBUSxLQUFLLHNCQUFzQixNQUFNLENBQUM7QUFDdkY7QUFFQSxTQUFTLFFBQ1AsbUJBQ0EsZ0JBQ0EsZ0JBQ1k7QUFDWixTQUFPLGVBQWVDLFdBQVUsbUJBQW1CLGdCQUFnQixjQUFjO0FBQ25GO0FBUUEsZUFBc0IsYUFDcEIsT0FDQSxnQkFDQSxXQUNBLEtBQ3FCO0FBQ3JCLFFBQU0sSUFBSSxnQkFBZ0IsY0FBYztBQUN4QyxRQUFNLE9BQU8sY0FBYyxNQUFNLE1BQU0sTUFBTSxRQUFRO0FBQ3JELFFBQU0sU0FBUyxNQUFNRixZQUFXLEtBQUssTUFBTSxFQUFFLEdBQUc7QUFDaEQsUUFBTSxRQUFRLFFBQVEsT0FBTyxDQUFDO0FBQzlCLE1BQUksQ0FBQyxVQUFVLENBQUMsU0FBUyxNQUFNLGNBQWMsV0FBVztBQUN0RCxVQUFNLElBQUksV0FBVyxjQUFjLDJEQUEyRDtBQUNoRyxRQUFNLEVBQUUsVUFBVSxXQUFXLElBQUksWUFBWSxNQUFNLFFBQVE7QUFDM0QsUUFBTSxFQUFFLEtBQUssTUFBTSxJQUFJLG1CQUFtQixZQUFZLElBQUk7QUFDMUQsUUFBTSxhQUFhLE9BQU8sRUFBRTtBQUFBLElBQzFCO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLFFBQVEsTUFBTSxhQUFhLE1BQU0sVUFBVSxFQUFFLEtBQUs7QUFBQSxFQUNwRDtBQUNBLFFBQU0sT0FBTywwQkFBMEIsT0FBTztBQUFBLElBQzVDLFNBQVM7QUFBQSxJQUNULGdCQUFnQixFQUFFO0FBQUEsSUFDbEIsU0FBUyxNQUFNO0FBQUEsSUFDZixXQUFXLE1BQU07QUFBQSxJQUNqQjtBQUFBLEVBQ0YsQ0FBQztBQUNELFFBQU0sWUFBWSxPQUFPLEVBQUU7QUFBQSxJQUN6QixNQUFNO0FBQUEsSUFDTixhQUFhLGlCQUFpQixrQkFBa0IsSUFBSTtBQUFBLEVBQ3REO0FBQ0EsUUFBTSxXQUFXO0FBQ2pCLFFBQU0sYUFBYTtBQUNuQixRQUFNLElBQUksT0FBTyxXQUFXLGVBQWUsTUFBTSxFQUFFLEtBQUssc0JBQXNCLE1BQU0sQ0FBQztBQUNyRixTQUFPLGNBQWMsT0FBTztBQUFBLElBQzFCLFNBQVM7QUFBQSxJQUNUO0FBQUEsSUFDQSxnQkFBZ0IsTUFBTTtBQUFBLElBQ3RCLGFBQWEsUUFBUSxJQUFJLFNBQVMsYUFBYSxJQUFJLENBQUM7QUFBQSxJQUNwRCxTQUFTLG1CQUFtQixPQUFPLEVBQUUsTUFBTSxVQUFVLENBQUM7QUFBQSxJQUN0RCxtQkFBbUIsTUFBTTtBQUFBLEVBQzNCLENBQUM7QUFDSDtBQWtCQSxlQUFzQixhQUNwQixVQUNBLEtBQ2dDO0FBQ2hDLFFBQU0sTUFBTSxjQUFjLE9BQU8sUUFBUTtBQUN6QyxNQUFJLElBQUk7QUFDTixVQUFNLElBQUksV0FBVyxhQUFhLDhCQUE4QjtBQUNsRSxNQUFJLElBQUksa0JBQWtCLFdBQVc7QUFDbkMsVUFBTSxJQUFJLFdBQVcsYUFBYSx3Q0FBd0M7QUFDNUUsTUFBSTtBQUNKLE1BQUk7QUFDRixXQUFPLGtCQUFrQixJQUFJLGlCQUFpQjtBQUFBLEVBQ2hELFFBQVE7QUFDTixVQUFNLElBQUksV0FBVyxhQUFhLGlEQUFpRDtBQUFBLEVBQ3JGO0FBQ0EsUUFBTSxTQUFTLGNBQWMsTUFBTSxJQUFJLGNBQWM7QUFDckQsUUFBTSxTQUFTLG1CQUFtQixPQUFPLElBQUksT0FBTztBQUNwRCxRQUFNLE9BQU8sMEJBQTBCLE9BQU8sT0FBTyxJQUFJO0FBQ3pELFFBQU0sTUFBTSxNQUFNLEtBQUssY0FBYztBQUNyQyxRQUFNLFNBQVMsTUFBTUEsWUFBVyxLQUFLLFFBQVEsR0FBRztBQUNoRCxRQUFNLFFBQVEsUUFBUSxPQUFPLFVBQVUsQ0FBQyxNQUFNLEVBQUUsWUFBWSxLQUFLLE9BQU8sS0FBSztBQUM3RSxNQUFJLENBQUMsVUFBVSxRQUFRO0FBQ3JCLFVBQU0sSUFBSSxXQUFXLGNBQWMseUNBQXlDO0FBQzlFLFFBQU0sU0FBUyxPQUFPLE9BQU8sS0FBSztBQUNsQyxNQUNFLENBQUMsT0FBTyxFQUFFO0FBQUEsSUFDUixPQUFPO0FBQUEsSUFDUCxhQUFhLGlCQUFpQixrQkFBa0IsT0FBTyxJQUFJO0FBQUEsSUFDM0QsT0FBTztBQUFBLEVBQ1QsR0FDQTtBQUNBLFVBQU0sSUFBSSxXQUFXLGlCQUFpQix5Q0FBeUM7QUFBQSxFQUNqRjtBQUNBLFFBQU0sUUFBUUcsT0FBTSxzQkFBc0IsTUFBTTtBQUNoRCxRQUFNLEtBQUssSUFBSSxTQUFTLGFBQWEsSUFBSTtBQUN6QyxvQkFBa0IsT0FBTyxDQUFDO0FBQzFCLFFBQU0sTUFBTSxTQUFTLE1BQU0sT0FBTztBQUNsQyxNQUFJLGFBQWEsWUFBWSxPQUFPLEtBQUssS0FBSyxTQUFTO0FBQ3ZELE1BQUksZUFBZSxNQUFNO0FBQ3ZCLFFBQUksWUFBWSxPQUFPLEtBQUssS0FBSyxTQUFTO0FBQ3hDLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUNGLFFBQUksS0FBSyxZQUFZLE1BQU07QUFDekIsWUFBTSxJQUFJLFdBQVcscUJBQXFCLDBDQUEwQztBQUN0RixRQUFJLEtBQUssWUFBWSxNQUFNLFlBQVksT0FBTztBQUM1QyxZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQSxnQ0FBZ0MsT0FBTyxPQUFPO0FBQUEsTUFDaEQ7QUFDRixXQUFPLE1BQU0sWUFBWSxLQUFLLFdBQVc7QUFDdkMsWUFBTUMsUUFBTyxZQUFZLE1BQU0sUUFBUTtBQUN2QyxtQkFBYSxPQUFPLEtBQUssTUFBTSxXQUFXQSxNQUFLLFlBQVksQ0FBQztBQUM1RCxZQUFNLFdBQVdBLE1BQUs7QUFDdEIsWUFBTSxhQUFhO0FBQUEsSUFDckI7QUFDQSxVQUFNLE9BQU8sWUFBWSxNQUFNLFFBQVE7QUFDdkMsVUFBTSxXQUFXLEtBQUs7QUFDdEIsVUFBTSxhQUFhO0FBQ25CLGlCQUFhLEtBQUs7QUFBQSxFQUNwQjtBQUNBLFFBQU0sRUFBRSxLQUFLLE1BQU0sSUFBSSxtQkFBbUIsWUFBWSxJQUFJO0FBQzFELFFBQU0sWUFBWSxPQUFPLEVBQUU7QUFBQSxJQUN6QjtBQUFBLElBQ0E7QUFBQSxJQUNBLEtBQUs7QUFBQSxJQUNMLFFBQVEsSUFBSSxtQkFBbUIsSUFBSSxnQkFBZ0IsS0FBSyxjQUFjO0FBQUEsRUFDeEU7QUFDQSxNQUFJLGNBQWM7QUFDaEIsVUFBTSxJQUFJLFdBQVcsa0JBQWtCLHFDQUFxQztBQUM5RSxTQUFPLE9BQU8sS0FBSyxJQUFJO0FBQ3ZCLFFBQU0sSUFBSSxPQUFPLFdBQVcsZUFBZSxRQUFRLEtBQUssc0JBQXNCLE1BQU0sQ0FBQztBQUNyRixTQUFPLEVBQUUsV0FBVyxRQUFRLGdCQUFnQixLQUFLLFdBQVcsT0FBTyxJQUFJLFdBQVcsRUFBRTtBQUN0Rjs7O0FDL1NBLElBQU0sYUFBYSxDQUFDLE1BQXFCLEdBQUcsRUFBRSxJQUFJLElBQUksRUFBRSxRQUFRO0FBWXpELFNBQVMsdUJBRWQ7QUFDQSxRQUFNLFdBQVcsb0JBQUksSUFBd0I7QUFDN0MsUUFBTSxVQUFVLG9CQUFJLElBQXdCO0FBQzVDLFFBQU0sYUFBYSxvQkFBSSxJQUF3QjtBQUMvQyxRQUFNLGFBQWEsb0JBQUksSUFBd0I7QUFDL0MsUUFBTSxPQUFPLENBQUMsTUFBK0IsTUFBTSxTQUFZLE9BQU8sRUFBRSxNQUFNO0FBQzlFLFFBQU0sZUFBNkI7QUFBQSxJQUNqQyxhQUFhLE9BQU8sTUFBTSxLQUFLLFNBQVMsSUFBSSxXQUFXLENBQUMsQ0FBQyxDQUFDO0FBQUEsSUFDMUQsY0FBYyxPQUFPLEdBQUcsTUFBTSxLQUFLLFNBQVMsSUFBSSxXQUFXLENBQUMsR0FBRyxFQUFFLE1BQU0sQ0FBQztBQUFBLElBQ3hFLGVBQWUsT0FBTyxNQUFNLEtBQUssU0FBUyxPQUFPLFdBQVcsQ0FBQyxDQUFDO0FBQUEsRUFDaEU7QUFDQSxRQUFNLGNBQTJCO0FBQUEsSUFDL0IsWUFBWSxPQUFPLEdBQWUsT0FBTyxLQUFLLFFBQVEsSUFBSSxHQUFHLENBQUMsSUFBSSxFQUFFLEVBQUUsQ0FBQztBQUFBLElBQ3ZFLGFBQWEsT0FBTyxHQUFHLElBQUksTUFBTSxLQUFLLFFBQVEsSUFBSSxHQUFHLENBQUMsSUFBSSxFQUFFLElBQUksRUFBRSxNQUFNLENBQUM7QUFBQSxJQUN6RSxjQUFjLE9BQU8sR0FBRyxPQUFPLEtBQUssUUFBUSxPQUFPLEdBQUcsQ0FBQyxJQUFJLEVBQUUsRUFBRTtBQUFBLEVBQ2pFO0FBQ0EsUUFBTSxpQkFBaUM7QUFBQSxJQUNyQyxlQUFlLE9BQU8sR0FBRyxNQUFNLEtBQUssV0FBVyxJQUFJLEdBQUcsV0FBVyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztBQUFBLElBQzNFLGdCQUFnQixPQUFPLEdBQUcsR0FBRyxNQUFNLEtBQUssV0FBVyxJQUFJLEdBQUcsV0FBVyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxNQUFNLENBQUM7QUFBQSxFQUMzRjtBQUNBLFFBQU0sZ0JBQStCO0FBQUEsSUFDbkMsY0FBYyxPQUFPLE1BQU0sS0FBSyxXQUFXLElBQUksQ0FBQyxDQUFDO0FBQUEsSUFDakQsZUFBZSxPQUFPLEdBQUcsTUFBTSxLQUFLLFdBQVcsSUFBSSxHQUFHLEVBQUUsTUFBTSxDQUFDO0FBQUEsRUFDakU7QUFDQSxTQUFPO0FBQUEsSUFDTCxVQUFVO0FBQUEsSUFDVixTQUFTO0FBQUEsSUFDVCxZQUFZO0FBQUEsSUFDWixZQUFZO0FBQUEsSUFDWixRQUFRLE9BQU87QUFBQSxNQUNiLFVBQVUsU0FBUztBQUFBLE1BQ25CLFNBQVMsUUFBUTtBQUFBLE1BQ2pCLFlBQVksV0FBVztBQUFBLE1BQ3ZCLFlBQVksV0FBVztBQUFBLElBQ3pCO0FBQUEsRUFDRjtBQUNGOzs7QUNrRU8sSUFBTSxpQkFBTixNQUFxQjtBQUFBLEVBRTFCLFlBQXFCLE9BQWU7QUFBZjtBQUFBLEVBQWdCO0FBQUEsRUFBaEI7QUFBQSxFQURyQixVQUFVO0FBQUE7QUFBQSxFQUlWLE1BQU0sS0FBaUIsTUFBd0I7QUFDN0MsUUFBSSxDQUFDLE9BQU8sS0FBSyxJQUFJLFFBQVEsSUFBSSxZQUFZLElBQUksVUFBVSxFQUFFLE9BQU8sSUFBSTtBQUN0RSxZQUFNLElBQUksTUFBTSxHQUFHLEtBQUssS0FBSyxpREFBaUQ7QUFDaEYsU0FBSztBQUFBLEVBQ1A7QUFDRjtBQUdPLFNBQVMsU0FBUyxPQUFlLE1BQXlDO0FBQy9FLFNBQU8sTUFBTSxLQUFLLEVBQUUsUUFBUSxNQUFNLEdBQUcsTUFBTTtBQUN6QyxVQUFNLElBQUksSUFBSSxXQUFXLElBQUk7QUFDN0IsZUFBVyxPQUFPLGdCQUFnQixDQUFDO0FBQ25DLFdBQU87QUFBQSxFQUNULENBQUM7QUFDSDtBQUdPLFNBQVMsTUFBUyxPQUE4QjtBQUNyRCxNQUFJLElBQUk7QUFDUixTQUFPLE1BQU0sTUFBTSxNQUFNLE1BQU0sTUFBTTtBQUN2Qzs7O0FDOUdBLElBQU0sT0FBTyxFQUFFLEtBQUssTUFBTSxLQUFLLElBQUksSUFBSSxJQUFLO0FBVzVDLGVBQWUsV0FBVyxNQUErQjtBQUN2RCxRQUFNLEVBQUUsU0FBUyxJQUFJLGVBQWU7QUFDcEMsUUFBTSxNQUFNLGVBQWUsU0FBUztBQUNwQyxRQUFNLFVBQVUsTUFBTSw0QkFBNEI7QUFBQSxJQUNoRDtBQUFBLElBQ0EsWUFBWSxJQUFJO0FBQUEsSUFDaEIsV0FBVyxLQUFLLElBQUk7QUFBQSxFQUN0QixDQUFDO0FBQ0QsUUFBTSxXQUFXLGlCQUFpQjtBQUNsQyxRQUFNLEtBQUssTUFBTSxpQkFBaUI7QUFBQSxJQUNoQztBQUFBLElBQ0EsZ0JBQWdCO0FBQUEsSUFDaEIsYUFBYSxTQUFTLFVBQVU7QUFBQSxJQUNoQyxhQUFhO0FBQUEsSUFDYixPQUFPO0FBQUEsRUFDVCxDQUFDO0FBQ0QsUUFBTSxTQUFTLFlBQVk7QUFBQSxJQUN6QixtQkFBbUIsR0FBRyxZQUFZO0FBQUEsSUFDbEMsd0JBQXdCLFFBQVE7QUFBQSxJQUNoQyxpQkFBaUIsR0FBRztBQUFBLElBQ3BCLFFBQVEsTUFBTSxhQUFhLFVBQVUsR0FBRyxZQUFZO0FBQUEsRUFDdEQsQ0FBQztBQUNELFFBQU0sU0FBUyxxQkFBcUI7QUFDcEMsUUFBTSxlQUFlLE1BQU0sbUJBQW1CLFFBQVEsT0FBTyxTQUFTLEdBQUcsRUFBRSxPQUFPLEtBQUssQ0FBQztBQUN4RixRQUFNLGdCQUFnQixRQUFRLE9BQU8sU0FBUyxLQUFNLEVBQUUsWUFBWSxNQUFNLE9BQU8sS0FBSyxDQUFDO0FBQ3JGLFNBQU8sRUFBRSxRQUFRLEtBQUssRUFBRSxPQUFPLEdBQUcsYUFBYTtBQUNqRDtBQUVBLElBQU0sWUFBWSxDQUFDLE1BQWMsY0FBYyxFQUFFLE9BQU8sTUFBTSxFQUFFLE9BQU8sUUFBUTtBQUcvRSxlQUFlLFlBQ2IsS0FDQSxRQUNBLElBQ3FCO0FBQ3JCLFFBQU0sQ0FBQyxPQUFPLElBQUksTUFBTSxxQkFBcUIsT0FBTyxTQUFTLElBQUksR0FBRyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQ25GLFFBQU0sTUFBTSxNQUFNLGdCQUFnQixJQUFJLFFBQVEsT0FBTyxTQUFTLElBQUksRUFBRSxPQUFPLEtBQUssQ0FBQztBQUNqRixTQUFPLG1CQUFtQjtBQUFBLElBQ3hCLFFBQVEsSUFBSTtBQUFBLElBQ1osY0FBYyxJQUFJO0FBQUEsSUFDbEIsV0FBVztBQUFBLElBQ1gsZUFBZTtBQUFBLEVBQ2pCLENBQUM7QUFDSDtBQUVBLFNBQVMsV0FBVyxVQUFzQixNQUFvQixNQUFvQjtBQUNoRixNQUFJLGNBQWMsT0FBTyxRQUFRLEVBQUUsU0FBUztBQUMxQyxVQUFNLElBQUksTUFBTSxjQUFjLElBQUksYUFBYSxhQUFhLElBQUksQ0FBQyxFQUFFO0FBQ3ZFO0FBR0EsZUFBZSxLQUFLQyxXQUFpQztBQUNuRCxRQUFNLFFBQVEsTUFBTSxXQUFXLE9BQU87QUFDdEMsUUFBTSxNQUFNLE1BQU0sV0FBVyxLQUFLO0FBQ2xDLFFBQU0sYUFBYSxNQUFNO0FBQUEsSUFDdkIsTUFBTTtBQUFBLElBQ04sTUFBTSxZQUFZLEtBQUssSUFBSSxJQUFJLFFBQVEsQ0FBQztBQUFBLElBQ3hDLE1BQU07QUFBQSxFQUNSO0FBQ0EsUUFBTSxRQUFRLE1BQU0sZUFBZSxNQUFNLFFBQVEsWUFBWUEsVUFBUyxDQUFDLEdBQUksTUFBTSxHQUFHO0FBQ3BGLGFBQVcsK0JBQW9DLG1CQUFtQjtBQUNsRSxRQUFNLGdCQUFnQixNQUFNLGVBQWUsSUFBSSxRQUFRLE9BQU8sSUFBSSxHQUFHLEdBQUc7QUFDeEUsUUFBTSxRQUFRLE1BQU0sZUFBZSxJQUFJLFFBQVEsY0FBY0EsVUFBUyxDQUFDLEdBQUksSUFBSSxHQUFHO0FBQ2xGLFFBQU0sZUFBZSxNQUFNLFFBQVEsT0FBTyxNQUFNLEdBQUc7QUFDbkQsUUFBTSxPQUFPLE1BQU0sZUFBZSxNQUFNLFFBQVEsWUFBWUEsVUFBUyxDQUFDLEdBQUksTUFBTSxHQUFHO0FBQ25GLGFBQVcsK0JBQW9DLDJCQUEyQjtBQUMxRSxRQUFNLGVBQWUsSUFBSSxRQUFRLE1BQU0sSUFBSSxHQUFHO0FBQzlDLFNBQU8sRUFBRSxPQUFPLEtBQUssY0FBYyxXQUFXO0FBQ2hEO0FBR08sU0FBUyxVQUFVLE1BQWMsVUFBMEM7QUFDaEYsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLFVBQVUsTUFBTSxrQkFBa0IsUUFBUTtBQUFBLElBQzFDLFdBQVc7QUFBQSxNQUNULE1BQU0sVUFBVSxFQUFFLFVBQUFBLFdBQVUsT0FBQUMsT0FBTSxHQUFvQjtBQUNwRCxjQUFNLFFBQVEsTUFBTSxXQUFXLE9BQU87QUFDdEMsY0FBTSxNQUFNLE1BQU0sV0FBVyxLQUFLO0FBQ2xDLGNBQU0sZUFBZ0IsTUFBTSxJQUFJLElBQUksT0FBTyxRQUFRLFdBQVcsVUFBVSxDQUFDO0FBQ3pFLGNBQU0sT0FBTyxNQUFNRCxTQUFRO0FBRzNCLGNBQU0sT0FBbUYsQ0FBQztBQUMxRixlQUFPO0FBQUEsVUFDTCxNQUFNLFFBQVEsT0FBTztBQUNuQixtQkFBTyxLQUFLLFNBQVMsT0FBTztBQUMxQixvQkFBTSxZQUFZLHFCQUFxQjtBQUN2QyxvQkFBTSxVQUFVLFFBQVEsWUFBWSxVQUFVLEdBQUcsWUFBWTtBQUM3RCxtQkFBSyxLQUFLO0FBQUEsZ0JBQ1IsUUFBUSxNQUFNLFlBQVksS0FBSyxXQUFXLENBQUM7QUFBQSxnQkFDM0MsVUFBVSxFQUFFLFFBQVEscUJBQXFCLEVBQUU7QUFBQSxnQkFDM0MsUUFBUSxFQUFFLFFBQVEsVUFBVTtBQUFBLGNBQzlCLENBQUM7QUFBQSxZQUNIO0FBQUEsVUFDRjtBQUFBLFVBQ0EsTUFBTSxLQUFLO0FBQ1Qsa0JBQU0sRUFBRSxRQUFRLFVBQVUsT0FBTyxJQUFJLEtBQUssSUFBSTtBQUM5QyxrQkFBTSxVQUFVLEtBQUs7QUFDckIsa0JBQU0sVUFBVSxNQUFNLGlCQUFpQixNQUFNLFFBQVEsUUFBUSxRQUFRO0FBQ3JFLGtCQUFNLFdBQVcsTUFBTSxlQUFlLE1BQU0sUUFBUSxTQUFTLFNBQVMsUUFBUTtBQUM5RSxrQkFBTSxXQUFXLE1BQU0sZUFBZSxJQUFJLFFBQVEsVUFBVSxNQUFNO0FBQ2xFLGdCQUFJLENBQUMsU0FBUyxXQUFZLE9BQU0sSUFBSSxNQUFNLHVDQUF1QztBQUNqRixZQUFBQyxPQUFNLE1BQU0sU0FBUyxXQUFXLE9BQU87QUFBQSxVQUN6QztBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQUEsTUFFQSxNQUFNLE9BQU8sRUFBRSxVQUFBRCxXQUFVLE9BQUFDLE9BQU0sR0FBb0I7QUFDakQsY0FBTSxFQUFFLE9BQU8sS0FBSyxXQUFXLElBQUksTUFBTSxLQUFLRCxTQUFRO0FBQ3RELGNBQU0sT0FBTyxNQUFNQSxTQUFRO0FBQzNCLGVBQU87QUFBQSxVQUNMLE1BQU0sS0FBSztBQUNULGtCQUFNLFVBQVUsS0FBSztBQUNyQixrQkFBTSxXQUFXLE1BQU0sZUFBZSxNQUFNLFFBQVEsWUFBWSxTQUFTLE1BQU0sR0FBRztBQUNsRixZQUFBQyxPQUFNLE9BQU8sTUFBTSxlQUFlLElBQUksUUFBUSxVQUFVLElBQUksR0FBRyxHQUFHLFdBQVcsT0FBTztBQUFBLFVBQ3RGO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFBQSxNQUVBLE1BQU0sWUFBWSxFQUFFLFVBQUFELFdBQVUsT0FBQUMsT0FBTSxHQUFvQjtBQUN0RCxjQUFNLEVBQUUsT0FBTyxLQUFLLGNBQWMsV0FBVyxJQUFJLE1BQU0sS0FBS0QsU0FBUTtBQUNwRSxjQUFNLE9BQU8sTUFBTUEsU0FBUTtBQUMzQixZQUFJLE9BQU87QUFDWCxlQUFPO0FBQUEsVUFDTCxNQUFNLEtBQUs7QUFDVCxrQkFBTSxVQUFVLEtBQUs7QUFDckIsa0JBQU0sQ0FBQyxNQUFNLElBQUksT0FBTyxJQUN0QixTQUFTLE1BQU0sSUFBSSxDQUFDLE9BQU8sS0FBSyxVQUFVLElBQUksQ0FBQyxLQUFLLE9BQU8sWUFBWTtBQUN6RSxrQkFBTSxXQUFXLE1BQU0sZUFBZSxLQUFLLFFBQVEsU0FBUyxTQUFTLEtBQUssR0FBRztBQUM3RSxZQUFBQyxPQUFNLE9BQU8sTUFBTSxlQUFlLEdBQUcsUUFBUSxVQUFVLEdBQUcsR0FBRyxHQUFHLFdBQVcsT0FBTztBQUFBLFVBQ3BGO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFBQSxNQUVBLE1BQU0sTUFBTSxFQUFFLFVBQUFELFdBQVUsT0FBQUMsT0FBTSxHQUFvQjtBQUNoRCxjQUFNLFFBQVEsTUFBTSxXQUFXLE9BQU87QUFDdEMsY0FBTSxNQUFNLE1BQU0sV0FBVyxLQUFLO0FBQ2xDLGNBQU0saUJBQWlCLFdBQVcsT0FBTyxnQkFBZ0IsSUFBSSxXQUFXLEVBQUUsQ0FBQztBQUMzRSxjQUFNLGVBQWUsTUFBTTtBQUFBLFVBQ3pCLE1BQU07QUFBQSxVQUNOO0FBQUEsVUFDQSxNQUFNO0FBQUEsUUFDUjtBQUNBLGNBQU0sNkJBQTZCLFVBQVUsS0FBSyxHQUFHLGNBQWMsSUFBSSxHQUFHO0FBQzFFLGNBQU0sT0FBTyxNQUFNRCxTQUFRO0FBQzNCLGVBQU87QUFBQSxVQUNMLE1BQU0sS0FBSztBQUNULGtCQUFNLFVBQVUsS0FBSztBQUNyQixrQkFBTSxXQUFXLE1BQU0sYUFBYSxNQUFNLFFBQVEsZ0JBQWdCLFNBQVMsTUFBTSxHQUFHO0FBQ3BGLFlBQUFDLE9BQU0sT0FBTyxNQUFNLGFBQWEsVUFBVSxJQUFJLEdBQUcsR0FBRyxXQUFXLE9BQU87QUFBQSxVQUN4RTtBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjs7O0FwQzVNQSxJQUFNLENBQUMsS0FBSyxVQUFVLE9BQU8sVUFBVSxJQUFJLE1BQU0sSUFBSSxRQUFRLEtBQUssTUFBTSxDQUFDO0FBQ3pFLElBQU0sT0FBTyxVQUFVLEtBQUssU0FBUyxXQUFXLHFCQUFxQixJQUFLLGdCQUFnQjtBQUMxRixLQUFLLFNBQVU7QUFDZixJQUFNLElBQUksTUFBTSxLQUFLLFVBQVUsRUFBYyxFQUFHO0FBQUEsRUFDOUMsVUFBVSxTQUFTLElBQUksSUFBSTtBQUFBLEVBQzNCLE9BQU8sSUFBSSxlQUFlLEdBQUc7QUFDL0IsQ0FBQztBQUNELElBQUksRUFBRSxRQUFTLE9BQU0sRUFBRSxRQUFRLE9BQU8sQ0FBQyxDQUFDO0FBQ3hDLElBQU0sS0FBSyxZQUFZLElBQUk7QUFDM0IsU0FBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLENBQUMsR0FBRyxJQUFLLE9BQU0sRUFBRSxHQUFHO0FBQy9DLFFBQVEsSUFBSSxJQUFJLFFBQVMsWUFBWSxJQUFJLElBQUksTUFBTSxPQUFPLENBQUMsSUFBSyxLQUFNLFFBQVEsQ0FBQyxHQUFHLFVBQU87IiwKICAibmFtZXMiOiBbIm4iLCAicHJvY2VzcyIsICJjcmVhdGUiLCAiUDI1Nl9OIiwgImZyb21IZXgiLCAibiIsICJlbmdsaXNoIiwgImVuZ2xpc2giLCAiZW51bURlc2MiLCAiZmlsZURlc2MiLCAibWVzc2FnZURlc2MiLCAiZmlsZURlc2MiLCAibWVzc2FnZURlc2MiLCAibWVzc2FnZURlc2MiLCAiUmV2b2NhdGlvblJlYXNvbiIsICJlbnVtRGVzYyIsICJmaWxlRGVzYyIsICJtZXNzYWdlRGVzYyIsICJmaWxlRGVzYyIsICJtZXNzYWdlRGVzYyIsICJmaWxlRGVzYyIsICJtZXNzYWdlRGVzYyIsICJmaWxlRGVzYyIsICJtZXNzYWdlRGVzYyIsICJmaWxlRGVzYyIsICJtZXNzYWdlRGVzYyIsICJmaWxlRGVzYyIsICJtZXNzYWdlRGVzYyIsICJlbnVtRGVzYyIsICJmaWxlRGVzYyIsICJtZXNzYWdlRGVzYyIsICJFbnZlbG9wZVR5cGUiLCAiZmlsZURlc2MiLCAibWVzc2FnZURlc2MiLCAiZmlsZURlc2MiLCAibWVzc2FnZURlc2MiLCAibiIsICJuIiwgIm5vdyIsICJmcm9tSGV4IiwgImNyZWF0ZSIsICJlbnVtRGVzYyIsICJmaWxlRGVzYyIsICJtZXNzYWdlRGVzYyIsICJjcmVhdGUiLCAiZnJvbUJpbmFyeSIsICJ0b0JpbmFyeSIsICJmcm9tQmluYXJ5IiwgInRvQmluYXJ5IiwgImNyZWF0ZSIsICJjcmVhdGUiLCAibm93IiwgImNyZWF0ZSIsICJjcmVhdGUiLCAicmFuZG9tIiwgImNyZWF0ZSIsICJub3ciLCAicGxhaW5IZWFkZXIiLCAiaGVhZGVyIiwgIlpFUk9fU0FMVCIsICJkaCIsICJjcmVhdGUiLCAicGxhaW50ZXh0IiwgImNsb25lIiwgImNyZWF0ZSIsICJBRF9MQUJFTCIsICJmcm9tSGV4IiwgImxvYWRSZWNvcmQiLCAiY3JlYXRlIiwgImxvYWRSZWNvcmQiLCAiY3JlYXRlIiwgIkFEX0xBQkVMIiwgImNsb25lIiwgInN0ZXAiLCAibWVzc2FnZXMiLCAiY2hlY2siXQp9Cg==
