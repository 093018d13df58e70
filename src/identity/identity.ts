import { NexusError } from '../interfaces/errors.js';
import type { SigningPublicKey } from '../interfaces/keystore.js';
import { toHex, wipe } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import { deriveEd25519, generateMnemonic, mnemonicToSeed } from './mnemonic.js';
import type { MnemonicToSeedOptions } from './mnemonic.js';
import { inspectAsString } from './redact.js';
import type { Signer } from './signing.js';
import { uuidFromPublicKey } from './uuid.js';
import type { Uuid } from './uuid.js';

/** SLIP-0010 path of the identity key (spec/identity.md). `20044` is 0x4E4C, "NL". */
export const IDENTITY_KEY_PATH = "m/20044'/0'/0'";

/**
 * A NexusLink identity: the Ed25519 identity key (IK) and the UUID naming it.
 * The private key is held in a private field: it does not appear in
 * `util.inspect`, `JSON.stringify` or `String()`.
 *
 * @example
 * ```ts
 * const { identity, mnemonic } = createIdentity();
 * console.log(identity.uuid);
 * ```
 */
export class Identity implements Signer {
  static {
    // util.inspect prints toString(): public data only.
    inspectAsString(this);
  }

  readonly #seed: Uint8Array;
  #destroyed = false;
  /** The identity public key. */
  readonly publicKey: SigningPublicKey;
  /** The UUID that names this identity. */
  readonly uuid: Uuid;

  private constructor(seed: Uint8Array) {
    this.#seed = seed.slice();
    const bytes = crypto().ed25519PublicKey(this.#seed);
    this.publicKey = Object.freeze({ algorithm: 'ed25519' as const, bytes });
    this.uuid = uuidFromPublicKey(bytes);
  }

  /**
   * An identity from its 32-byte Ed25519 seed (the SLIP-0010 private key).
   *
   * @throws NexusError `INVALID_KEY` when the seed is not 32 bytes.
   */
  static fromSeed(seed: Uint8Array): Identity {
    if (!(seed instanceof Uint8Array) || seed.length !== 32) {
      throw new NexusError('INVALID_KEY', 'identity seed must be 32 bytes');
    }
    return new Identity(seed);
  }

  /** Sign `message` with the identity key. */
  async sign(message: Uint8Array): Promise<Uint8Array> {
    if (this.#destroyed) throw new NexusError('INVALID_ARGUMENT', 'identity has been destroyed');
    return crypto().ed25519Sign(this.#seed, message);
  }

  /**
   * A copy of the 32-byte identity seed, for backups. Treat it as the
   * identity itself.
   */
  exportSeed(): Uint8Array {
    if (this.#destroyed) throw new NexusError('INVALID_ARGUMENT', 'identity has been destroyed');
    return this.#seed.slice();
  }

  /** Overwrite the private key in memory; the object is unusable afterwards. */
  destroy(): void {
    wipe(this.#seed);
    this.#destroyed = true;
  }

  /** Public fields only. */
  toJSON(): { uuid: string; publicKey: string } {
    return { uuid: this.uuid, publicKey: toHex(this.publicKey.bytes) };
  }

  /** A short, secret-free description. */
  toString(): string {
    return `Identity(${this.uuid})`;
  }
}

/**
 * The identity a mnemonic recovers: BIP-39 seed, then SLIP-0010 ed25519 at
 * {@link IDENTITY_KEY_PATH}.
 *
 * @throws NexusError `INVALID_MNEMONIC`.
 */
export function identityFromMnemonic(
  mnemonic: string,
  passphrase = '',
  options?: MnemonicToSeedOptions,
): Identity {
  const seed = mnemonicToSeed(mnemonic, passphrase, options);
  const node = deriveEd25519(seed, IDENTITY_KEY_PATH);
  const identity = Identity.fromSeed(node.privateKey);
  wipe(seed, node.privateKey, node.chainCode);
  return identity;
}

/**
 * A brand-new identity and the 24-word mnemonic that recovers it. Show the
 * mnemonic to the user once; never store or log it.
 */
export function createIdentity(
  options: { passphrase?: string; words?: 12 | 15 | 18 | 21 | 24 } = {},
): {
  identity: Identity;
  mnemonic: string;
} {
  const mnemonic = generateMnemonic(options.words === undefined ? {} : { words: options.words });
  return { identity: identityFromMnemonic(mnemonic, options.passphrase ?? ''), mnemonic };
}
