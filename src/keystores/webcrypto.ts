import { NexusError } from '../interfaces/errors.js';
import type {
  CreateKeyOptions,
  KeyInfo,
  KeyStore,
  SignatureAlgorithm,
} from '../interfaces/keystore.js';
import { toHex } from '../primitives/bytes.js';
import {
  compressP256,
  crypto,
  isValidEd25519Point,
  isValidP256Point,
  normalizeP256LowS,
} from '../primitives/provider.js';
import { inspectAsString } from '../identity/redact.js';

/**
 * A persisted WebCrypto key. Holds the `CryptoKeyPair` objects themselves,
 * not key bytes: browsers can store it in IndexedDB (structured clone keeps
 * the private key non-extractable), so it contains no exportable secret.
 * It is not JSON: `JSON.stringify` loses the `CryptoKey` objects.
 */
export interface WebCryptoKeyRecord {
  readonly id: string;
  readonly algorithm: SignatureAlgorithm;
  readonly label: string;
  /** Ed25519: the 32-byte key; P-256: the 33-byte compressed point. */
  readonly publicKey: Uint8Array;
  /** The pair from `subtle.generateKey`; the private key is non-extractable. */
  readonly keyPair: CryptoKeyPair;
}

/** Options for {@link webCryptoKeyStore}. */
export interface WebCryptoKeyStoreOptions {
  /** The WebCrypto implementation to use. Default `globalThis.crypto.subtle`. */
  readonly subtle?: SubtleCrypto;
  /** Keys to start with (from an earlier {@link WebCryptoKeyStoreOptions.onChange}). */
  readonly keys?: readonly WebCryptoKeyRecord[];
  /** Called with every key after each change, so the caller can persist them (in IndexedDB, say). */
  readonly onChange?: (keys: WebCryptoKeyRecord[]) => void | Promise<void>;
}

const ED25519 = { name: 'Ed25519' } as const;
const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' } as const;
const USAGES: KeyUsage[] = ['sign', 'verify'];

function platformError(what: string, cause: unknown): NexusError {
  return new NexusError('KEYSTORE', `WebCrypto ${what} failed`, { cause });
}

function isPair(value: unknown): value is CryptoKeyPair {
  const pair = value as Partial<CryptoKeyPair> | null;
  return (
    typeof pair === 'object' &&
    pair !== null &&
    typeof pair.privateKey === 'object' &&
    typeof pair.publicKey === 'object'
  );
}

function checkRecord(record: WebCryptoKeyRecord): void {
  if (record.algorithm !== 'ed25519' && record.algorithm !== 'p256') {
    throw new NexusError('UNSUPPORTED_ALGORITHM', `unknown algorithm ${String(record.algorithm)}`);
  }
  if (typeof record.id !== 'string' || record.id.length === 0)
    throw new NexusError('INVALID_KEY', 'WebCrypto key record has no id');
  if (!isPair(record.keyPair))
    throw new NexusError('INVALID_KEY', 'WebCrypto key record has no key pair');
  const { privateKey } = record.keyPair;
  const alg = privateKey.algorithm as { name?: string; namedCurve?: string };
  const matches =
    record.algorithm === 'ed25519'
      ? alg.name === 'Ed25519'
      : alg.name === 'ECDSA' && alg.namedCurve === 'P-256';
  if (!matches || privateKey.type !== 'private')
    throw new NexusError('INVALID_KEY', 'WebCrypto key record does not match its algorithm');
  if (privateKey.extractable)
    throw new NexusError('INVALID_KEY', 'WebCrypto key record holds an extractable private key');
  const validPublic =
    record.algorithm === 'ed25519'
      ? isValidEd25519Point(record.publicKey)
      : record.publicKey.length === 33 && isValidP256Point(record.publicKey);
  if (!validPublic)
    throw new NexusError('INVALID_KEY', 'WebCrypto key record has a bad public key');
}

const detected = new WeakMap<SubtleCrypto, Promise<readonly SignatureAlgorithm[]>>();

/** What `subtle` can do, found once per implementation: every WebCrypto has ECDSA P-256, Ed25519 is newer. */
function detectAlgorithms(subtle: SubtleCrypto): Promise<readonly SignatureAlgorithm[]> {
  let algorithms = detected.get(subtle);
  if (!algorithms) {
    algorithms = Promise.resolve()
      .then(() => subtle.generateKey(ED25519, false, USAGES))
      .then(
        () => Object.freeze<SignatureAlgorithm[]>(['ed25519', 'p256']),
        () => Object.freeze<SignatureAlgorithm[]>(['p256']),
      );
    detected.set(subtle, algorithms);
  }
  return algorithms;
}

class WebCryptoKeyStore implements KeyStore {
  static {
    // util.inspect prints toString(): public data only.
    inspectAsString(this);
  }

  readonly kind = 'webcrypto';
  readonly #subtle: SubtleCrypto;
  readonly #keys = new Map<string, WebCryptoKeyRecord>();
  readonly #onChange: WebCryptoKeyStoreOptions['onChange'];

  constructor(options: WebCryptoKeyStoreOptions) {
    const subtle = options.subtle ?? globalThis.crypto?.subtle;
    if (!subtle) {
      throw new NexusError(
        'KEYSTORE',
        'WebCrypto is not available (browsers expose crypto.subtle only in secure contexts)',
      );
    }
    this.#subtle = subtle;
    this.#onChange = options.onChange;
    for (const record of options.keys ?? []) {
      checkRecord(record);
      this.#keys.set(record.id, Object.freeze({ ...record, publicKey: record.publicKey.slice() }));
    }
  }

  supportedAlgorithms(): Promise<readonly SignatureAlgorithm[]> {
    return detectAlgorithms(this.#subtle);
  }

  async createKey(options: CreateKeyOptions = {}): Promise<KeyInfo> {
    if (options.extractable === true) {
      throw new NexusError('KEY_NOT_EXTRACTABLE', 'WebCrypto keys are created non-extractable');
    }
    const supported = await this.supportedAlgorithms();
    const algorithm = (options.algorithms ?? supported).find((a) => supported.includes(a));
    if (algorithm === undefined)
      throw new NexusError(
        'UNSUPPORTED_ALGORITHM',
        'none of the requested algorithms is supported',
      );
    let keyPair: CryptoKeyPair;
    let publicKey: Uint8Array;
    try {
      keyPair = (await this.#subtle.generateKey(
        algorithm === 'ed25519' ? ED25519 : ECDSA_P256,
        false,
        USAGES,
      )) as CryptoKeyPair;
      publicKey = new Uint8Array(await this.#subtle.exportKey('raw', keyPair.publicKey));
    } catch (cause) {
      throw platformError('key generation', cause);
    }
    if (algorithm === 'p256') publicKey = compressP256(publicKey);
    const record: WebCryptoKeyRecord = Object.freeze({
      id: toHex(crypto().randomBytes(16)),
      algorithm,
      label: options.label ?? '',
      publicKey,
      keyPair,
    });
    this.#keys.set(record.id, record);
    try {
      await this.#changed();
    } catch (err) {
      // Not persisted, so not created.
      this.#keys.delete(record.id);
      throw err;
    }
    return infoOf(record);
  }

  async getKey(id: string): Promise<KeyInfo | null> {
    const record = this.#keys.get(id);
    return record ? infoOf(record) : null;
  }

  async listKeys(): Promise<KeyInfo[]> {
    return [...this.#keys.values()].map(infoOf);
  }

  async sign(id: string, message: Uint8Array): Promise<Uint8Array> {
    const record = this.#record(id);
    let signature: Uint8Array;
    try {
      const params = record.algorithm === 'ed25519' ? ED25519 : ECDSA_SHA256;
      signature = new Uint8Array(
        await this.#subtle.sign(params, record.keyPair.privateKey, message.slice()),
      );
    } catch (cause) {
      throw platformError('signing', cause);
    }
    if (signature.length !== 64)
      throw new NexusError('KEYSTORE', 'WebCrypto returned a malformed signature');
    return record.algorithm === 'p256' ? normalizeP256LowS(signature) : signature;
  }

  async exportPrivateKey(id: string): Promise<Uint8Array> {
    this.#record(id);
    throw new NexusError('KEY_NOT_EXTRACTABLE', 'WebCrypto keys are non-extractable');
  }

  async deleteKey(id: string): Promise<void> {
    if (!this.#keys.delete(id)) return;
    await this.#changed();
  }

  #record(id: string): WebCryptoKeyRecord {
    const record = this.#keys.get(id);
    if (!record) throw new NexusError('KEY_NOT_FOUND', 'no such key');
    return record;
  }

  async #changed(): Promise<void> {
    if (!this.#onChange) return;
    try {
      await this.#onChange([...this.#keys.values()]);
    } catch (cause) {
      throw new NexusError('KEYSTORE', 'persisting the WebCrypto key store failed', { cause });
    }
  }

  toJSON(): { kind: string; keys: number } {
    return { kind: this.kind, keys: this.#keys.size };
  }

  toString(): string {
    return `WebCryptoKeyStore(${this.#keys.size} keys)`;
  }
}

function infoOf(record: WebCryptoKeyRecord): KeyInfo {
  return Object.freeze({
    id: record.id,
    algorithm: record.algorithm,
    publicKey: Object.freeze({ algorithm: record.algorithm, bytes: record.publicKey.slice() }),
    extractable: false,
    label: record.label,
  });
}

/**
 * A key store backed by WebCrypto (`crypto.subtle`) in browsers, Deno, Bun
 * and Node. Private keys are non-extractable `CryptoKey`s: the platform signs
 * and nothing, including this SDK, can read them. Uses Ed25519 where the
 * platform has it and ECDSA P-256 otherwise. Keys live in memory; to keep
 * them, persist the records given to `onChange` (IndexedDB stores
 * `CryptoKey`s by structured clone) and pass them back as `keys`.
 *
 * @example
 * ```ts
 * const store = webCryptoKeyStore({
 *   keys: await db.get('keys'),
 *   onChange: (records) => db.put('keys', records),
 * });
 * const key = await store.createKey({ label: 'this browser' });
 * const sig = await store.sign(key.id, message);
 * ```
 */
export function webCryptoKeyStore(options: WebCryptoKeyStoreOptions = {}): KeyStore {
  return new WebCryptoKeyStore(options);
}
