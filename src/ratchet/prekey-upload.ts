/**
 * Checking a prekey upload as a directory does (spec/community.md §4): the
 * certificate chain and the prekey signatures verify, the one-time prekeys
 * decode, nothing repeats, nothing is over the limits, and nothing is stale
 * (spec/pqxdh.md §Prekey lifecycle). A community server runs it on
 * `POST /v1/prekeys`; `memoryPreKeyDirectory` and the peer-to-peer
 * transport's directory too.
 */
import { NexusError } from '../interfaces/errors.js';
import type { PreKeyUpload } from '../interfaces/directory.js';
import { toHex } from '../primitives/bytes.js';
import {
  createPreKeyBundle,
  requireFreshPreKey,
  verifyKemPreKey,
  verifyPreKeyBundle,
} from './prekeys.js';
import type { VerifiedPreKeyBundle } from './prekeys.js';
import { oneTimePreKeyCodec } from '../wire/messages.js';

/** Most one-time X25519 prekeys a device may hold in a directory, and send in one upload. */
export const MAX_ONE_TIME_PREKEYS = 1000;

/**
 * Most one-time ML-KEM prekeys a device may hold in a directory, and send in
 * one upload. Each is about 1.7 KB (2.3 KB in base64), so 100 keep an upload
 * well under a server's 1 MiB body limit and a device's share of the
 * directory at 170 KB.
 */
export const MAX_KEM_ONE_TIME_PREKEYS = 100;

/** A one-time KEM prekey of a verified upload. */
export interface VerifiedKemOneTimePreKey {
  /** The encoded `SignedPreKey`, as uploaded. */
  readonly signedPreKey: Uint8Array;
  /** Its signed creation time (ms): a directory hands it out only while it is fresh. */
  readonly createdAtMs: number;
}

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
  /** The last-resort KEM prekey. */
  readonly kemPreKey: Uint8Array;
  /** The one-time X25519 prekeys by key id (each a `OneTimePreKey` encoding), in upload order. */
  readonly oneTimePreKeys: ReadonlyMap<number, Uint8Array>;
  /** The one-time KEM prekeys by key id, in upload order. */
  readonly kemOneTimePreKeys: ReadonlyMap<number, VerifiedKemOneTimePreKey>;
}

function bytesOf(value: unknown, what: string): Uint8Array {
  if (!(value instanceof Uint8Array) || value.length === 0)
    throw new NexusError('INVALID_ARGUMENT', `${what} must be a non-empty Uint8Array`);
  return value.slice();
}

function arrayOf(value: unknown, what: string, max: number): readonly unknown[] {
  if (!Array.isArray(value)) throw new NexusError('INVALID_ARGUMENT', `${what} must be an array`);
  if (value.length > max)
    throw new NexusError('INVALID_ARGUMENT', `an upload brings at most ${max} ${what}`);
  return value;
}

/**
 * Verify a prekey upload.
 *
 * @param options.now the verification time (default the system clock): the
 *   signed, last-resort and one-time KEM prekeys must be fresh at it.
 * @param options.known what the directory holds for the identity (its newest
 *   self-signing certificate and revocation list), as for `verifyPreKeyBundle`.
 * @throws NexusError `INVALID_ARGUMENT` when it does not verify or decode (the
 *   cause says why: `STALE_PREKEY` for a prekey past the maximum age or from
 *   the future), when the KEM prekey is not last-resort or a one-time KEM
 *   prekey is, when a key id repeats (one-time KEM ids may not be the
 *   last-resort key's either), or when it brings more than
 *   {@link MAX_ONE_TIME_PREKEYS} one-time X25519 or
 *   {@link MAX_KEM_ONE_TIME_PREKEYS} one-time KEM prekeys.
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
  const now = options.now ?? Date.now();
  const deviceCertificate = bytesOf(upload.deviceCertificate, 'deviceCertificate');
  const selfSigningCertificate = bytesOf(upload.selfSigningCertificate, 'selfSigningCertificate');
  const signedPreKey = bytesOf(upload.signedPreKey, 'signedPreKey');
  const kemPreKey = bytesOf(upload.kemPreKey, 'kemPreKey');
  const oneTimeKeys = arrayOf(upload.oneTimePreKeys, 'oneTimePreKeys', MAX_ONE_TIME_PREKEYS);
  const kemOneTimeKeys = arrayOf(
    upload.kemOneTimePreKeys,
    'kemOneTimePreKeys',
    MAX_KEM_ONE_TIME_PREKEYS,
  );
  let bundle: VerifiedPreKeyBundle;
  try {
    bundle = verifyPreKeyBundle(
      createPreKeyBundle({
        device: { deviceCertificate, selfSigningCertificate },
        signedPreKey,
        kemPreKey,
      }),
      { now, known: options.known },
    );
  } catch (cause) {
    throw new NexusError('INVALID_ARGUMENT', 'the upload does not verify', { cause });
  }
  if (!bundle.kemPreKey.lastResort)
    throw new NexusError('INVALID_ARGUMENT', 'kemPreKey must be a last-resort prekey');
  const oneTimePreKeys = new Map<number, Uint8Array>();
  for (const key of oneTimeKeys) {
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
  const kemOneTimePreKeys = new Map<number, VerifiedKemOneTimePreKey>();
  for (const key of kemOneTimeKeys) {
    const bytes = bytesOf(key, 'a one-time KEM prekey');
    let verified: ReturnType<typeof verifyKemPreKey>;
    try {
      verified = verifyKemPreKey(bytes, bundle.device);
      requireFreshPreKey(verified.createdAtMs, now, 'one-time KEM prekey');
    } catch (cause) {
      throw new NexusError('INVALID_ARGUMENT', 'a one-time KEM prekey does not verify', {
        cause,
      });
    }
    if (verified.lastResort)
      throw new NexusError('INVALID_ARGUMENT', 'a one-time KEM prekey is marked last-resort');
    // Both kinds of KEM prekey share the device's id space (its prekey store).
    if (kemOneTimePreKeys.has(verified.id) || verified.id === bundle.kemPreKey.id)
      throw new NexusError('INVALID_ARGUMENT', `KEM prekey id ${verified.id} is there twice`);
    kemOneTimePreKeys.set(verified.id, { signedPreKey: bytes, createdAtMs: verified.createdAtMs });
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
    kemOneTimePreKeys,
  });
}
