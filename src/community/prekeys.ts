/**
 * Checking a prekey upload as a directory does (spec/community.md §4): the
 * certificate chain and the prekey signatures verify, the one-time prekeys
 * decode, nothing repeats and nothing is over the limits. A community
 * server runs it on `POST /v1/prekeys`; `memoryPreKeyDirectory` too.
 */
import { NexusError } from '../interfaces/errors.js';
import type { PreKeyUpload } from '../interfaces/directory.js';
import { toHex } from '../primitives/bytes.js';
import { createPreKeyBundle, verifyPreKeyBundle } from '../ratchet/prekeys.js';
import type { VerifiedPreKeyBundle } from '../ratchet/prekeys.js';
import { oneTimePreKeyCodec } from '../wire/messages.js';

/** Most one-time prekeys a device may hold in a directory, and send in one upload. */
export const MAX_ONE_TIME_PREKEYS = 1000;

/** A prekey upload that verified. */
export interface VerifiedPreKeyUpload {
  /** The identity the device belongs to. */
  readonly uuid: string;
  /** The device id, 32 lowercase hex digits. */
  readonly deviceId: string;
  /** The chain and prekeys that verified, as the bundle a fetch would return without a one-time key. */
  readonly bundle: VerifiedPreKeyBundle;
  readonly deviceCertificate: Uint8Array;
  readonly selfSigningCertificate: Uint8Array;
  readonly signedPreKey: Uint8Array;
  readonly kemPreKey: Uint8Array;
  /** The one-time prekeys by key id (each a `OneTimePreKey` encoding), in upload order. */
  readonly oneTimePreKeys: ReadonlyMap<number, Uint8Array>;
}

function bytesOf(value: unknown, what: string): Uint8Array {
  if (!(value instanceof Uint8Array) || value.length === 0)
    throw new NexusError('INVALID_ARGUMENT', `${what} must be a non-empty Uint8Array`);
  return value.slice();
}

/**
 * Verify a prekey upload.
 *
 * @param options.known what the directory holds for the identity (its newest
 *   self-signing certificate and revocation list), as for `verifyPreKeyBundle`.
 * @throws NexusError `INVALID_ARGUMENT` when it does not verify or decode (the
 *   cause says why), or repeats a one-time key id, or brings more than
 *   {@link MAX_ONE_TIME_PREKEYS} one-time keys.
 */
export function verifyPreKeyUpload(
  upload: PreKeyUpload,
  options: {
    readonly now?: number;
    readonly known?: {
      readonly selfSigningCertificate?: Uint8Array | null;
      readonly revocationList?: Uint8Array | null;
    };
  } = {},
): VerifiedPreKeyUpload {
  if (typeof upload !== 'object' || upload === null)
    throw new NexusError('INVALID_ARGUMENT', 'upload must be an object');
  const deviceCertificate = bytesOf(upload.deviceCertificate, 'deviceCertificate');
  const selfSigningCertificate = bytesOf(upload.selfSigningCertificate, 'selfSigningCertificate');
  const signedPreKey = bytesOf(upload.signedPreKey, 'signedPreKey');
  const kemPreKey = bytesOf(upload.kemPreKey, 'kemPreKey');
  if (!Array.isArray(upload.oneTimePreKeys))
    throw new NexusError('INVALID_ARGUMENT', 'oneTimePreKeys must be an array');
  if (upload.oneTimePreKeys.length > MAX_ONE_TIME_PREKEYS)
    throw new NexusError(
      'INVALID_ARGUMENT',
      `an upload brings at most ${MAX_ONE_TIME_PREKEYS} one-time prekeys`,
    );
  let bundle: VerifiedPreKeyBundle;
  try {
    bundle = verifyPreKeyBundle(
      createPreKeyBundle({
        device: { deviceCertificate, selfSigningCertificate },
        signedPreKey,
        kemPreKey,
      }),
      { ...(options.now === undefined ? {} : { now: options.now }), known: options.known },
    );
  } catch (cause) {
    throw new NexusError('INVALID_ARGUMENT', 'the upload does not verify', { cause });
  }
  const oneTimePreKeys = new Map<number, Uint8Array>();
  for (const key of upload.oneTimePreKeys) {
    const bytes = bytesOf(key, 'a one-time prekey');
    let keyId: number;
    try {
      keyId = oneTimePreKeyCodec.decode(bytes).keyId;
    } catch (cause) {
      throw new NexusError('INVALID_ARGUMENT', 'a one-time prekey does not decode', { cause });
    }
    if (oneTimePreKeys.has(keyId))
      throw new NexusError('INVALID_ARGUMENT', `one-time prekey id ${keyId} is there twice`);
    oneTimePreKeys.set(keyId, bytes);
  }
  return Object.freeze({
    uuid: bundle.uuid,
    deviceId: toHex(bundle.device.deviceId),
    bundle,
    deviceCertificate,
    selfSigningCertificate,
    signedPreKey,
    kemPreKey,
    oneTimePreKeys,
  });
}
