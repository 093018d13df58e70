import { NexusError } from '../interfaces/errors.js';
import { toHex, wipe } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import { inspectAsString } from './redact.js';

/**
 * A device's X25519 key-agreement key pair (RFC 7748). The secret is held in
 * a private field and never printed.
 */
export class KeyAgreementKeyPair {
  static {
    // util.inspect prints toString(): public data only.
    inspectAsString(this);
  }

  readonly #secret: Uint8Array;
  /** The 32-byte public key, certified in the device certificate. */
  readonly publicKey: Uint8Array;

  private constructor(secret: Uint8Array) {
    this.#secret = secret;
    this.publicKey = crypto().x25519PublicKey(secret);
  }

  /** A fresh random key pair. */
  static generate(): KeyAgreementKeyPair {
    return new KeyAgreementKeyPair(crypto().randomBytes(32));
  }

  /** A key pair from its 32-byte secret. @throws NexusError `INVALID_KEY`. */
  static fromSecret(secret: Uint8Array): KeyAgreementKeyPair {
    if (!(secret instanceof Uint8Array) || secret.length !== 32)
      throw new NexusError('INVALID_KEY', 'X25519 secret must be 32 bytes');
    return new KeyAgreementKeyPair(secret.slice());
  }

  /**
   * X25519 with a peer's public key.
   *
   * @throws NexusError `INVALID_KEY` when the result is all zeros (a low-order peer key).
   */
  agree(peerPublicKey: Uint8Array): Uint8Array {
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
  exportSecret(): Uint8Array {
    return this.#secret.slice();
  }

  /** Overwrite the secret in memory. */
  destroy(): void {
    wipe(this.#secret);
  }

  /** Public fields only. */
  toJSON(): { publicKey: string } {
    return { publicKey: toHex(this.publicKey) };
  }

  /** A short, secret-free description. */
  toString(): string {
    return `KeyAgreementKeyPair(${toHex(this.publicKey).slice(0, 16)}…)`;
  }
}
