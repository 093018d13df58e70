import { NexusError } from '../interfaces/errors.js';
import type {
  CreateKeyOptions,
  KeyInfo,
  KeyStore,
  SignatureAlgorithm,
} from '../interfaces/keystore.js';
import { fromHex, toHex, wipe } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import { inspectAsString } from '../identity/redact.js';

/**
 * A persisted software key. Contains the private key: store it only
 * encrypted (the CLI keeps it inside an encrypted state file).
 */
export interface SoftwareKeyRecord {
  readonly id: string;
  readonly algorithm: SignatureAlgorithm;
  /** Hex of the 32-byte private key (Ed25519 seed or P-256 scalar). */
  readonly privateKey: string;
  readonly extractable: boolean;
  readonly label: string;
}

/** Options for {@link softwareKeyStore}. */
export interface SoftwareKeyStoreOptions {
  /** Keys to start with (from an earlier {@link SoftwareKeyStoreOptions.onChange}). */
  readonly keys?: readonly SoftwareKeyRecord[];
  /** Called with every key after each change, so the caller can persist them (encrypted). */
  readonly onChange?: (keys: SoftwareKeyRecord[]) => void | Promise<void>;
}

interface Entry {
  info: KeyInfo;
  secret: Uint8Array;
}

const ALGORITHMS: readonly SignatureAlgorithm[] = ['ed25519', 'p256'];

function publicKeyOf(algorithm: SignatureAlgorithm, secret: Uint8Array): Uint8Array {
  return algorithm === 'ed25519'
    ? crypto().ed25519PublicKey(secret)
    : crypto().p256PublicKey(secret);
}

function newSecret(algorithm: SignatureAlgorithm): Uint8Array {
  // A random 32-byte string is a valid Ed25519 seed; for P-256 retry the
  // negligible chance of a scalar outside [1, n).
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

class SoftwareKeyStore implements KeyStore {
  static {
    // util.inspect prints toString(): public data only.
    inspectAsString(this);
  }

  readonly kind = 'software';
  readonly #keys = new Map<string, Entry>();
  readonly #onChange: SoftwareKeyStoreOptions['onChange'];

  constructor(options: SoftwareKeyStoreOptions) {
    if (options.keys !== undefined && !Array.isArray(options.keys))
      throw new NexusError('INVALID_ARGUMENT', 'keys must be an array of SoftwareKeyRecord');
    if (options.onChange !== undefined && typeof options.onChange !== 'function')
      throw new NexusError('INVALID_ARGUMENT', 'onChange must be a function');
    this.#onChange = options.onChange;
    for (const record of options.keys ?? []) {
      if (!ALGORITHMS.includes(record.algorithm))
        throw new NexusError('UNSUPPORTED_ALGORITHM', `unknown algorithm ${record.algorithm}`);
      const secret = fromHex(record.privateKey);
      if (secret.length !== 32)
        throw new NexusError('INVALID_KEY', 'software key record has a bad private key');
      let publicKey: Uint8Array;
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

  async supportedAlgorithms(): Promise<readonly SignatureAlgorithm[]> {
    return ALGORITHMS;
  }

  async createKey(options: CreateKeyOptions = {}): Promise<KeyInfo> {
    if (options.algorithms !== undefined && !Array.isArray(options.algorithms))
      throw new NexusError('INVALID_ARGUMENT', "algorithms must be an array, e.g. ['ed25519']");
    const algorithm = (options.algorithms ?? ALGORITHMS).find((a) => ALGORITHMS.includes(a));
    if (algorithm === undefined)
      throw new NexusError(
        'UNSUPPORTED_ALGORITHM',
        'none of the requested algorithms is supported',
      );
    const secret = newSecret(algorithm);
    const id = toHex(crypto().randomBytes(16));
    const info: KeyInfo = Object.freeze({
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
      // Not persisted, so not created: the caller must not come to rely on it.
      this.#keys.delete(id);
      wipe(secret);
      throw err;
    }
    return info;
  }

  async getKey(id: string): Promise<KeyInfo | null> {
    return this.#keys.get(id)?.info ?? null;
  }

  async listKeys(): Promise<KeyInfo[]> {
    return [...this.#keys.values()].map((e) => e.info);
  }

  async sign(id: string, message: Uint8Array): Promise<Uint8Array> {
    if (!(message instanceof Uint8Array))
      throw new NexusError('INVALID_ARGUMENT', 'the message to sign must be a Uint8Array');
    const entry = this.#entry(id);
    return entry.info.algorithm === 'ed25519'
      ? crypto().ed25519Sign(entry.secret, message)
      : crypto().p256Sign(entry.secret, message);
  }

  async exportPrivateKey(id: string): Promise<Uint8Array> {
    const entry = this.#entry(id);
    if (!entry.info.extractable)
      throw new NexusError('KEY_NOT_EXTRACTABLE', 'key was created non-extractable');
    return entry.secret.slice();
  }

  async deleteKey(id: string): Promise<void> {
    const entry = this.#keys.get(id);
    if (!entry) return;
    wipe(entry.secret);
    this.#keys.delete(id);
    await this.#changed();
  }

  #entry(id: string): Entry {
    const entry = this.#keys.get(id);
    if (!entry) throw new NexusError('KEY_NOT_FOUND', 'no such key');
    return entry;
  }

  async #changed(): Promise<void> {
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

  toJSON(): { kind: string; keys: number } {
    return { kind: this.kind, keys: this.#keys.size };
  }

  toString(): string {
    return `SoftwareKeyStore(${this.#keys.size} keys)`;
  }
}

/**
 * A key store that keeps keys in memory, implemented with noble. Keys marked
 * non-extractable are never returned by `exportPrivateKey`.
 *
 * @example
 * ```ts
 * const store = softwareKeyStore();
 * const key = await store.createKey({ algorithms: ['ed25519'] });
 * const sig = await store.sign(key.id, message);
 * ```
 */
export function softwareKeyStore(options: SoftwareKeyStoreOptions = {}): KeyStore {
  return new SoftwareKeyStore(options);
}
