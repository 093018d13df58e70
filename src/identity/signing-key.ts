import { NexusError } from '../interfaces/errors.js';
import type { SigningPublicKey } from '../interfaces/keystore.js';
import { toHex, wipe } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import { inspectAsString } from './redact.js';
import type { Signer } from './signing.js';

/**
 * An Ed25519 key pair held in memory, used for the self-signing key (SSK),
 * which is backed up with the identity. The seed is in a private field and
 * is never printed.
 */
export class SigningKeyPair implements Signer {
  static {
    // util.inspect prints toString(): public data only.
    inspectAsString(this);
  }

  readonly #seed: Uint8Array;
  readonly publicKey: SigningPublicKey;

  private constructor(seed: Uint8Array) {
    this.#seed = seed;
    this.publicKey = Object.freeze({
      algorithm: 'ed25519' as const,
      bytes: crypto().ed25519PublicKey(seed),
    });
  }

  /** A fresh random key pair. */
  static generate(): SigningKeyPair {
    return new SigningKeyPair(crypto().randomBytes(32));
  }

  /** A key pair from its 32-byte Ed25519 seed. @throws NexusError `INVALID_KEY`. */
  static fromSeed(seed: Uint8Array): SigningKeyPair {
    if (!(seed instanceof Uint8Array) || seed.length !== 32)
      throw new NexusError('INVALID_KEY', 'Ed25519 seed must be 32 bytes');
    return new SigningKeyPair(seed.slice());
  }

  async sign(message: Uint8Array): Promise<Uint8Array> {
    return crypto().ed25519Sign(this.#seed, message);
  }

  /** A copy of the seed, for encrypted backups. */
  exportSeed(): Uint8Array {
    return this.#seed.slice();
  }

  /** Overwrite the seed in memory. */
  destroy(): void {
    wipe(this.#seed);
  }

  /** Public fields only. */
  toJSON(): { publicKey: string } {
    return { publicKey: toHex(this.publicKey.bytes) };
  }

  /** A short, secret-free description. */
  toString(): string {
    return `SigningKeyPair(${toHex(this.publicKey.bytes).slice(0, 16)}…)`;
  }
}
