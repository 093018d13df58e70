/**
 * A device in one call, and again after a restart: create (or recover from
 * the recovery phrase) an identity and a device, keep what the device needs
 * in the app's `Storage`, and load it from there (spec/client.md §4.1).
 *
 * The record lives in the encrypted storage (table `local`, key `device`),
 * so it is as safe as the storage key: sealed under a passphrase (Argon2id,
 * `sealStorageKey`) or wrapped by a device key in a key store
 * (`wrapStorageKey`, hardware included). The identity seed is never stored;
 * the recovery phrase is its only copy.
 */
import { NexusError } from '../interfaces/errors.js';
import type { KeyStore } from '../interfaces/keystore.js';
import { checkStorage } from '../interfaces/guards.js';
import type { Storage } from '../interfaces/storage.js';
import { decodeDeviceCertificate, issueSelfSigningCertificate } from '../identity/certificates.js';
import { certifyNewDevice, deviceSigner } from '../identity/device.js';
import { createIdentity, identityFromMnemonic } from '../identity/identity.js';
import { KeyAgreementKeyPair } from '../identity/key-agreement.js';
import { SigningKeyPair } from '../identity/signing-key.js';
import { uuidFromPublicKey } from '../identity/uuid.js';
import { softwareKeyStore } from '../keystores/software.js';
import type { SoftwareKeyRecord } from '../keystores/software.js';
import { fromHex, toHex, wipe } from '../primitives/bytes.js';
import { localDevice } from '../ratchet/prekeys.js';
import type { LocalDevice } from '../ratchet/prekeys.js';
import { localDeviceRecordCodec } from '../wire/messages.js';

/** Where the device record is kept: table `local`, this key. */
export const DEVICE_RECORD_KEY = 'device';

/** Options of {@link createDevice}. */
export interface CreateDeviceOptions {
  /** Where the device is kept: the app's (encrypted) storage, the same one its client uses. */
  readonly storage: Storage;
  /** The device's name as other devices show it (UTF-8, at most 64 bytes). */
  readonly displayName: string;
  /**
   * Recover: a device of the identity this recovery phrase names, instead of
   * a new identity. A new self-signing key is issued, so the identity's other
   * devices must be certified again (spec/identity.md §5); an identity backup
   * keeps them instead.
   */
  readonly mnemonic?: string;
  /** The BIP-39 passphrase of the recovery phrase, if it has one. */
  readonly mnemonicPassphrase?: string;
  /** Words of a new recovery phrase: 12, 15, 18, 21 or 24 (default 24). */
  readonly words?: 12 | 15 | 18 | 21 | 24;
  /**
   * Where the device signing key is created and stays (a hardware token, a
   * WebCrypto key store); pass it again to {@link loadDevice}. Default: the
   * SDK's software key store, whose Ed25519 key is kept in the record.
   */
  readonly keyStore?: KeyStore;
  /**
   * Keep the self-signing key in the record, so that this device can certify
   * and revoke the identity's devices (default true). Without it, adding a
   * device needs an identity backup or the recovery phrase.
   */
  readonly keepSelfSigningKey?: boolean;
}

/** What {@link createDevice} made. */
export interface CreatedDevice {
  /** The device, ready for `createClient`, `CommunityClient` and the session API. */
  readonly device: LocalDevice;
  /**
   * The new identity's recovery phrase (a secret: show it once, never store
   * it); null when the device was recovered from one.
   */
  readonly mnemonic: string | null;
}

/** Options of {@link loadDevice}. */
export interface LoadDeviceOptions {
  readonly storage: Storage;
  /** The key store the device signing key was created in, when the app gave one to {@link createDevice}. */
  readonly keyStore?: KeyStore;
}

/** Throw `INVALID_ARGUMENT` unless `options` is an object (`what` takes one). */
export function checkOptions(options: unknown, what: string): void {
  if (typeof options !== 'object' || options === null)
    throw new NexusError('INVALID_ARGUMENT', `${what} takes an options object ({ storage, ... })`);
}

function checkKeyStore(keyStore: unknown): asserts keyStore is KeyStore | undefined {
  const k = keyStore as Partial<KeyStore> | undefined;
  if (
    k !== undefined &&
    (typeof k !== 'object' ||
      k === null ||
      typeof k.createKey !== 'function' ||
      typeof k.getKey !== 'function' ||
      typeof k.sign !== 'function')
  )
    throw new NexusError(
      'INVALID_ARGUMENT',
      'keyStore must be a KeyStore (softwareKeyStore, webCryptoKeyStore, pkcs11KeyStore)',
    );
}

/**
 * Create an identity (or recover one from its recovery phrase) and a device
 * of it, and save the device in `storage`. Refused when the storage already
 * holds a device: {@link loadDevice} it, or use another storage.
 *
 * @example
 * ```ts
 * const { device, mnemonic } = await createDevice({ storage, displayName: 'laptop' });
 * // show `mnemonic` once; later runs: const device = await loadDevice({ storage });
 * ```
 * @throws NexusError `INVALID_ARGUMENT` (a device is there already, or a bad
 *   option), `INVALID_MNEMONIC`, `STORAGE`, `KEYSTORE`.
 */
export async function createDevice(options: CreateDeviceOptions): Promise<CreatedDevice> {
  checkOptions(options, 'createDevice');
  checkStorage(options.storage);
  checkKeyStore(options.keyStore);
  if (typeof options.displayName !== 'string' || options.displayName.length === 0)
    throw new NexusError('INVALID_ARGUMENT', 'displayName must be a non-empty string');
  if (options.mnemonic !== undefined && typeof options.mnemonic !== 'string')
    throw new NexusError('INVALID_ARGUMENT', 'mnemonic must be a string of words');
  const held = await options.storage.read((tx) => tx.get('local', DEVICE_RECORD_KEY));
  if (held !== null) throw alreadyThere(held);

  const created =
    options.mnemonic === undefined
      ? createIdentity(options.words === undefined ? {} : { words: options.words })
      : {
          identity: identityFromMnemonic(options.mnemonic, options.mnemonicPassphrase ?? ''),
          mnemonic: null,
        };
  const { identity } = created;
  const selfSigningKey = SigningKeyPair.generate();
  let software: SoftwareKeyRecord[] = [];
  const keyStore =
    options.keyStore ?? softwareKeyStore({ onChange: (keys) => void (software = keys) });
  let signingKeyId: string | null = null;
  let keyAgreementKey: KeyAgreementKeyPair | null = null;
  try {
    const sskCertificate = await issueSelfSigningCertificate({
      identity,
      signingKey: selfSigningKey.publicKey,
    });
    const made = await certifyNewDevice({
      keyStore,
      selfSigningKey,
      identityKey: identity.publicKey.bytes,
      displayName: options.displayName,
      // The software store keeps an Ed25519 key, which can also wrap a storage key.
      ...(options.keyStore ? {} : { algorithms: ['ed25519'] as const }),
    });
    signingKeyId = made.signingKeyId;
    keyAgreementKey = made.keyAgreementKey;
    const softwareKey = software.find((k) => k.id === made.signingKeyId);
    const record = localDeviceRecordCodec.encode({
      version: 1,
      selfSigningCertificate: sskCertificate.bytes,
      deviceCertificate: made.certificate.bytes,
      keyAgreementSecret: made.keyAgreementKey.exportSecret(),
      signingKeyId: made.signingKeyId,
      signingKeySecret: softwareKey ? fromHex(softwareKey.privateKey) : new Uint8Array(0),
      selfSigningSecret:
        (options.keepSelfSigningKey ?? true) ? selfSigningKey.exportSeed() : new Uint8Array(0),
    });
    await options.storage.write(async (tx) => {
      const raced = await tx.get('local', DEVICE_RECORD_KEY);
      if (raced !== null) throw alreadyThere(raced);
      await tx.put('local', DEVICE_RECORD_KEY, record);
    });
    wipe(record);
    const device = localDevice({
      deviceCertificate: made.certificate.bytes,
      selfSigningCertificate: sskCertificate.bytes,
      keyAgreementKey: made.keyAgreementKey,
      signer: await deviceSigner(keyStore, made.signingKeyId),
    });
    return { device, mnemonic: created.mnemonic };
  } catch (err) {
    // Nothing half-made stays behind: not in the app's key store either.
    if (signingKeyId !== null && options.keyStore)
      await options.keyStore.deleteKey(signingKeyId).catch(() => undefined);
    keyAgreementKey?.destroy();
    throw err;
  } finally {
    identity.destroy();
    selfSigningKey.destroy();
  }
}

function alreadyThere(record: Uint8Array): NexusError {
  let whose = 'a device';
  try {
    const certificate = decodeDeviceCertificate(
      localDeviceRecordCodec.decode(record).deviceCertificate,
    );
    whose = `a device of ${uuidFromPublicKey(certificate.identityKey)}`;
  } catch {
    // An unreadable record is still a record: refuse all the same.
  }
  return new NexusError(
    'INVALID_ARGUMENT',
    `this storage already holds ${whose}: load it with loadDevice, or give createDevice another storage`,
  );
}

/**
 * The device {@link createDevice} saved in `storage`, ready to use again.
 *
 * @throws NexusError `NOT_FOUND` when the storage holds no device,
 *   `INVALID_ARGUMENT` when the signing key is in an app key store that was
 *   not passed, `MALFORMED` for a damaged record, `KEY_NOT_FOUND` when the
 *   key store no longer has the key, `STORAGE`.
 */
export async function loadDevice(options: LoadDeviceOptions): Promise<LocalDevice> {
  checkOptions(options, 'loadDevice');
  checkStorage(options.storage);
  checkKeyStore(options.keyStore);
  const bytes = await options.storage.read((tx) => tx.get('local', DEVICE_RECORD_KEY));
  if (bytes === null)
    throw new NexusError(
      'NOT_FOUND',
      'this storage holds no device: make one with createDevice (or recover one from its recovery phrase)',
    );
  const r = localDeviceRecordCodec.decode(bytes);
  let keyStore = options.keyStore;
  if (r.signingKeySecret.length > 0) {
    keyStore = softwareKeyStore({
      keys: [
        {
          id: r.signingKeyId,
          algorithm: 'ed25519',
          privateKey: toHex(r.signingKeySecret),
          extractable: false,
          label: '',
        },
      ],
    });
  } else if (keyStore === undefined)
    throw new NexusError(
      'INVALID_ARGUMENT',
      'the device signing key lives in a key store the app provides: pass it as keyStore',
    );
  wipe(r.signingKeySecret, r.selfSigningSecret);
  const signer = await deviceSigner(keyStore, r.signingKeyId);
  const keyAgreementKey = KeyAgreementKeyPair.fromSecret(r.keyAgreementSecret);
  wipe(r.keyAgreementSecret);
  return localDevice({
    deviceCertificate: r.deviceCertificate,
    selfSigningCertificate: r.selfSigningCertificate,
    keyAgreementKey,
    signer,
  });
}
