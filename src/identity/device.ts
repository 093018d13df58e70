import { NexusError } from '../interfaces/errors.js';
import { checkBytes, checkKeyStore, checkOptions, checkSigner } from '../interfaces/guards.js';
import type { KeyStore, SignatureAlgorithm } from '../interfaces/keystore.js';
import type { Clock, RandomSource } from '../interfaces/runtime.js';
import { issueDeviceCertificate } from './certificates.js';
import type { DeviceCertificate } from './certificates.js';
import { KeyAgreementKeyPair } from './key-agreement.js';
import { keyStoreSigner } from './signing.js';
import type { Signer } from './signing.js';

/** Options for {@link certifyNewDevice}. */
export interface CertifyNewDeviceOptions {
  /** Where the device signing key is created (and stays, if the store is hardware). */
  readonly keyStore: KeyStore;
  /** The identity's self-signing key. */
  readonly selfSigningKey: Signer;
  /** The identity public key (32 bytes). */
  readonly identityKey: Uint8Array;
  /** UTF-8, at most 64 bytes. */
  readonly displayName: string;
  /** Preferred signing algorithms; default `['ed25519', 'p256']`, so hardware that only does P-256 still works. */
  readonly algorithms?: readonly SignatureAlgorithm[];
  readonly expiresAt?: number;
  readonly clock?: Clock;
  readonly random?: RandomSource;
}

/** A newly certified device. */
export interface NewDevice {
  readonly certificate: DeviceCertificate;
  /** Id of the device signing key in the key store. */
  readonly signingKeyId: string;
  /** The device's X25519 key-agreement key pair; persist its secret encrypted. */
  readonly keyAgreementKey: KeyAgreementKeyPair;
}

/**
 * Create a device signing key inside `keyStore` (non-extractable), a fresh
 * X25519 key-agreement key, and a device certificate from the self-signing key.
 *
 * @example
 * ```ts
 * const device = await certifyNewDevice({ keyStore, selfSigningKey, identityKey: identity.publicKey.bytes, displayName: 'laptop' });
 * ```
 */
export async function certifyNewDevice(options: CertifyNewDeviceOptions): Promise<NewDevice> {
  checkOptions(
    options,
    'certifyNewDevice',
    '{ keyStore, selfSigningKey, identityKey, displayName }',
  );
  if (options.keyStore === undefined)
    throw new NexusError('INVALID_ARGUMENT', 'keyStore is required (softwareKeyStore() will do)');
  checkKeyStore(options.keyStore);
  checkSigner(options.selfSigningKey, 'selfSigningKey', 'a SigningKeyPair');
  checkBytes(options.identityKey, 'identityKey', 32);
  if (typeof options.displayName !== 'string')
    throw new NexusError('INVALID_ARGUMENT', 'displayName must be a string');
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
      ...(options.expiresAt === undefined ? {} : { expiresAt: options.expiresAt }),
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.random ? { random: options.random } : {}),
    });
    return { certificate, signingKeyId: key.id, keyAgreementKey };
  } catch (err) {
    // Nothing half-made is left behind in the key store.
    await options.keyStore.deleteKey(key.id);
    keyAgreementKey.destroy();
    throw err;
  }
}

/** A {@link Signer} for a device's key in its key store. */
export async function deviceSigner(keyStore: KeyStore, signingKeyId: string): Promise<Signer> {
  const key = await keyStore.getKey(signingKeyId);
  if (key === null)
    throw new NexusError('KEY_NOT_FOUND', 'device signing key is not in the key store');
  return keyStoreSigner(keyStore, key);
}
