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
import { checkKeyStore, checkOptions, checkStorage } from '../interfaces/guards.js';
import type { Storage } from '../interfaces/storage.js';
import {
  decodeDeviceCertificate,
  decodeSelfSigningCertificate,
  issueSelfSigningCertificate,
  verifySelfSigningCertificate,
} from '../identity/certificates.js';
import type { SelfSigningCertificate } from '../identity/certificates.js';
import { certifyNewDevice, deviceSigner } from '../identity/device.js';
import { createIdentity, identityFromMnemonic } from '../identity/identity.js';
import { KeyAgreementKeyPair } from '../identity/key-agreement.js';
import { SigningKeyPair } from '../identity/signing-key.js';
import { uuidFromPublicKey } from '../identity/uuid.js';
import { softwareKeyStore } from '../keystores/software.js';
import type { SoftwareKeyRecord } from '../keystores/software.js';
import { bytesEqual, fromHex, toHex, wipe } from '../primitives/bytes.js';
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
   * Link: a new device of the identity whose self-signing key this is (from
   * an identity backup, or from another device that keeps it, see
   * {@link readSelfSigningKey}), certified by it, so the identity's other
   * devices stay valid. Exclusive with `mnemonic`.
   */
  readonly selfSigning?: {
    /** The self-signing key pair. */
    readonly key: SigningKeyPair;
    /** Its certificate, signed by the identity key. */
    readonly certificate: Uint8Array;
  };
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
  checkOptions(options, 'createDevice', '{ storage, displayName, ... }');
  checkStorage(options.storage);
  checkKeyStore(options.keyStore);
  if (typeof options.displayName !== 'string' || options.displayName.length === 0)
    throw new NexusError('INVALID_ARGUMENT', 'displayName must be a non-empty string');
  if (options.mnemonic !== undefined && typeof options.mnemonic !== 'string')
    throw new NexusError('INVALID_ARGUMENT', 'mnemonic must be a string of words');
  const held = await options.storage.read((tx) => tx.get('local', DEVICE_RECORD_KEY));
  if (held !== null) throw alreadyThere(held);

  if (options.mnemonic !== undefined && options.selfSigning !== undefined)
    throw new NexusError('INVALID_ARGUMENT', 'give mnemonic or selfSigning, not both');
  const linked = options.selfSigning === undefined ? null : checkSelfSigning(options.selfSigning);
  const created =
    linked !== null
      ? null
      : options.mnemonic === undefined
        ? createIdentity(options.words === undefined ? {} : { words: options.words })
        : {
            identity: identityFromMnemonic(options.mnemonic, options.mnemonicPassphrase ?? ''),
            mnemonic: null,
          };
  // A linked device keeps the caller's key pair: it is theirs to destroy.
  const selfSigningKey = linked?.key ?? SigningKeyPair.generate();
  let software: SoftwareKeyRecord[] = [];
  const keyStore =
    options.keyStore ?? softwareKeyStore({ onChange: (keys) => void (software = keys) });
  let signingKeyId: string | null = null;
  let keyAgreementKey: KeyAgreementKeyPair | null = null;
  try {
    const sskCertificate =
      linked?.certificate ??
      (await issueSelfSigningCertificate({
        identity: created!.identity,
        signingKey: selfSigningKey.publicKey,
      }));
    const made = await certifyNewDevice({
      keyStore,
      selfSigningKey,
      identityKey: sskCertificate.identityKey,
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
    return { device, mnemonic: created?.mnemonic ?? null };
  } catch (err) {
    // Nothing half-made stays behind: not in the app's key store either.
    if (signingKeyId !== null && options.keyStore)
      await options.keyStore.deleteKey(signingKeyId).catch(() => undefined);
    keyAgreementKey?.destroy();
    throw err;
  } finally {
    created?.identity.destroy();
    if (linked === null) selfSigningKey.destroy();
  }
}

/** The self-signing key and its certificate, checked to belong together. */
function checkSelfSigning(selfSigning: unknown): {
  key: SigningKeyPair;
  certificate: SelfSigningCertificate;
} {
  const s = selfSigning as { key?: unknown; certificate?: unknown } | null;
  if (
    typeof s !== 'object' ||
    s === null ||
    !(s.key instanceof SigningKeyPair) ||
    !(s.certificate instanceof Uint8Array)
  )
    throw new NexusError(
      'INVALID_ARGUMENT',
      'selfSigning takes { key: SigningKeyPair, certificate: Uint8Array }',
    );
  // Signed by the identity key it names: the UUID is that key's.
  const certificate = verifySelfSigningCertificate(
    s.certificate,
    uuidFromPublicKey(decodeSelfSigningCertificate(s.certificate).identityKey),
    { now: 0 },
  );
  if (!bytesEqual(certificate.signingKey.bytes, s.key.publicKey.bytes))
    throw new NexusError(
      'INVALID_ARGUMENT',
      'selfSigning.key is not the key its certificate certifies',
    );
  return { key: s.key, certificate };
}

/**
 * The self-signing key the device saved in `storage` keeps (see
 * `keepSelfSigningKey`), to certify or revoke the identity's devices, or to
 * link a new device with {@link createDevice}'s `selfSigning`; null when
 * it does not keep one. The caller destroys the key pair when done.
 *
 * @throws NexusError `NOT_FOUND` when the storage holds no device, `MALFORMED`, `STORAGE`.
 */
export async function readSelfSigningKey(storage: Storage): Promise<{
  readonly key: SigningKeyPair;
  readonly certificate: Uint8Array;
} | null> {
  checkStorage(storage);
  const bytes = await storage.read((tx) => tx.get('local', DEVICE_RECORD_KEY));
  if (bytes === null) throw noDevice();
  const r = localDeviceRecordCodec.decode(bytes);
  wipe(r.keyAgreementSecret, r.signingKeySecret);
  if (r.selfSigningSecret.length === 0) return null;
  const key = SigningKeyPair.fromSeed(r.selfSigningSecret);
  wipe(r.selfSigningSecret);
  return { key, certificate: r.selfSigningCertificate };
}

function noDevice(): NexusError {
  return new NexusError(
    'NOT_FOUND',
    'this storage holds no device: make one with createDevice (or recover one from its recovery phrase)',
  );
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
  checkOptions(options, 'loadDevice', '{ storage, keyStore? }');
  checkStorage(options.storage);
  checkKeyStore(options.keyStore);
  const bytes = await options.storage.read((tx) => tx.get('local', DEVICE_RECORD_KEY));
  if (bytes === null) throw noDevice();
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
