/**
 * Signature algorithms a device key may use. Identity keys are always
 * Ed25519; device keys may be P-256 because secure enclaves, StrongBox and
 * TPMs only do P-256.
 */
export type SignatureAlgorithm = 'ed25519' | 'p256';

/**
 * A public signing key with its algorithm tag.
 *
 * - `ed25519`: the 32-byte RFC 8032 encoding.
 * - `p256`: the 33-byte SEC1 compressed point.
 */
export interface SigningPublicKey {
  readonly algorithm: SignatureAlgorithm;
  readonly bytes: Uint8Array;
}

/** What a key store knows about one of its keys. Contains no secret material. */
export interface KeyInfo {
  /** Opaque, stable id; persist it to find the key again after a restart. */
  readonly id: string;
  readonly algorithm: SignatureAlgorithm;
  readonly publicKey: SigningPublicKey;
  /** Whether the private key can ever leave the store. */
  readonly extractable: boolean;
  /** Free-form label given at creation. */
  readonly label: string;
}

/** Options for {@link KeyStore.createKey}. */
export interface CreateKeyOptions {
  /**
   * Preferred algorithms, best first. The store uses the first it supports and
   * throws `UNSUPPORTED_ALGORITHM` if it supports none. Default `['ed25519', 'p256']`.
   */
  readonly algorithms?: readonly SignatureAlgorithm[];
  /** Ask for an exportable key. Hardware-backed stores refuse (`KEY_NOT_EXTRACTABLE`). Default `false`. */
  readonly extractable?: boolean;
  /** A label for people; stored with the key. */
  readonly label?: string;
}

/**
 * A place that creates and holds private signing keys and signs with them.
 * The SDK never needs the private key itself: it asks the store to sign.
 *
 * Signatures are 64 bytes for both algorithms: Ed25519 per RFC 8032, and for
 * P-256 ECDSA over SHA-256 as `r || s` (IEEE P1363), always normalised to
 * low-S so a signature has one valid form.
 *
 * Every method throws `NexusError`: `KEY_NOT_FOUND` for an unknown id,
 * `KEY_NOT_EXTRACTABLE` when exporting a key that cannot leave the store,
 * `KEYSTORE` for a failure of the backing device.
 */
export interface KeyStore {
  /** A short name for diagnostics, such as `software` or `pkcs11`. */
  readonly kind: string;
  /** Algorithms this store can create, best first. */
  supportedAlgorithms(): Promise<readonly SignatureAlgorithm[]>;
  /** Create a new key pair inside the store. */
  createKey(options?: CreateKeyOptions): Promise<KeyInfo>;
  /** Look a key up by id; `null` when absent. */
  getKey(id: string): Promise<KeyInfo | null>;
  /** Every key in the store. */
  listKeys(): Promise<KeyInfo[]>;
  /** Sign `message` with key `id`. */
  sign(id: string, message: Uint8Array): Promise<Uint8Array>;
  /**
   * The private key bytes (Ed25519: the 32-byte seed; P-256: the 32-byte
   * scalar) of an extractable key. Throws `KEY_NOT_EXTRACTABLE` otherwise.
   */
  exportPrivateKey(id: string): Promise<Uint8Array>;
  /** Delete a key; deleting an absent key is not an error. */
  deleteKey(id: string): Promise<void>;
}

/**
 * Holds a master key that never leaves it and encrypts ("wraps") data keys
 * under it: envelope encryption, for data at rest that each carries its own
 * key. A server keeps the wrapped key next to the data it encrypts; losing
 * the master key loses the data.
 *
 * The wrapped form is opaque to callers. The adapters in `@nexuslink/sdk/node`
 * produce `0x01 || iv (12) || AES-256-GCM(master, iv, key, aad = context)`.
 *
 * Every method throws `NexusError`: `INVALID_ARGUMENT` for a key that is not
 * 16 to 64 bytes, `DECRYPT_FAILED` when a wrapped key was altered, wrapped
 * under another master key or with another `context`, `KEYSTORE` for a
 * failure of the backing device or a closed wrapper.
 */
export interface KeyWrapper {
  /** A short name for diagnostics, such as `pkcs11` or `key-file`. */
  readonly kind: string;
  /**
   * Encrypt `key` (16 to 64 bytes) under the master key, bound to `context`
   * (such as the id of what it protects): unwrapping needs the same context.
   */
  wrap(key: Uint8Array, context: Uint8Array): Promise<Uint8Array>;
  /** The key `wrap` was given, from its result and the same `context`. */
  unwrap(wrapped: Uint8Array, context: Uint8Array): Promise<Uint8Array>;
  /** Release what the wrapper holds (a token session, the key in memory). Idempotent. */
  close(): Promise<void>;
}
