/**
 * Community registrations (spec/directory.md §2): what a community
 * server's owner signs, with one of its devices, to list the server in the
 * directory, and how the directory (or anyone) checks it.
 */
import { NexusError } from '../interfaces/errors.js';
import { checkOptions, checkSigner } from '../interfaces/guards.js';
import type { Clock } from '../interfaces/runtime.js';
import {
  checkTime,
  decodeSelfSigningCertificate,
  systemClock,
  verificationTime,
} from '../identity/certificates.js';
import type {
  DeviceCertificate,
  RevocationList,
  SelfSigningCertificate,
  VerifyOptions,
} from '../identity/certificates.js';
import { SIGNATURE_LABELS, signBody } from '../identity/signing.js';
import { verifyDeviceSigned } from '../identity/device-signed.js';
import type { Uuid } from '../identity/uuid.js';
import type { LocalDevice } from '../ratchet/prekeys.js';
import { communityRegistrationBodyCodec } from '../wire/directory.js';
import { signedMessageCodec } from '../wire/messages.js';

/** How long after signing a registration is accepted by default: 10 minutes. */
export const REGISTRATION_MAX_AGE_MS = 10 * 60 * 1000;
/** How far in the future a registration's time may be (clocks differ): 5 minutes. */
export const REGISTRATION_MAX_SKEW_MS = 5 * 60 * 1000;

/** What a listing says about a community (spec/directory.md §2). */
export interface CommunityListing {
  /** 1 to 64 bytes of UTF-8 (put in NFC here). */
  readonly name: string;
  /** At most 2 048 bytes of UTF-8. */
  readonly description?: string;
  /** At most 16; each put in NFKC and lower case here, then sorted and made unique. */
  readonly tags?: readonly string[];
  /** A BCP 47 language tag: `en`, `zh-Hans`. */
  readonly language: string;
  /** The community server's origin: `https://chat.example.org` (`http://` only on loopback). */
  readonly endpoint: string;
  /** The community server's Ed25519 public key (32 bytes), which proves the endpoint. */
  readonly serverKey: Uint8Array;
  /** At least 1; each update of the listing carries a larger one. */
  readonly revision: number;
}

/** A device that signs for its identity: its signer and certificates (a `LocalDevice` is one). */
export type OwnerDevice = Pick<
  LocalDevice,
  'identityKey' | 'deviceCertificate' | 'selfSigningCertificate' | 'signer'
>;

/** Options of {@link createCommunityRegistration}. */
export interface CreateCommunityRegistrationOptions extends CommunityListing {
  /** A device of the owner (its signer and certificates): a `LocalDevice`. */
  readonly device: OwnerDevice;
  /** Default: now. */
  readonly createdAt?: number;
  readonly clock?: Clock;
}

/**
 * Sign a community's listing as its owner: an encoded `SignedMessage` whose
 * body is a `CommunityRegistrationBody`, for `POST /v1/communities` (and, with
 * a larger `revision`, `PATCH`).
 *
 * @throws NexusError `INVALID_ARGUMENT` for a field outside its rules (named).
 */
export async function createCommunityRegistration(
  options: CreateCommunityRegistrationOptions,
): Promise<Uint8Array> {
  checkOptions(
    options,
    'createCommunityRegistration',
    '{ device, name, language, endpoint, serverKey, revision, ... }',
  );
  const { device } = options;
  if (typeof device !== 'object' || device === null)
    throw new NexusError('INVALID_ARGUMENT', 'device must be the signing device (a LocalDevice)');
  checkSigner(device.signer, 'device.signer', 'a LocalDevice has one');
  for (const field of ['name', 'language', 'endpoint'] as const)
    if (typeof options[field] !== 'string')
      throw new NexusError('INVALID_ARGUMENT', `${field} must be a string`);
  if (
    options.tags !== undefined &&
    !(Array.isArray(options.tags) && options.tags.every((t) => typeof t === 'string'))
  )
    throw new NexusError('INVALID_ARGUMENT', 'tags must be an array of strings');
  if (!Number.isSafeInteger(options.revision) || options.revision < 1)
    throw new NexusError('INVALID_ARGUMENT', 'revision must be a whole number, at least 1');
  const tags = [
    ...new Set((options.tags ?? []).map((t) => t.normalize('NFKC').toLowerCase())),
  ].sort();
  return signBody(device.signer, SIGNATURE_LABELS.communityRegistration, () =>
    communityRegistrationBodyCodec.encode({
      version: 1,
      identityKey: device.identityKey,
      selfSigningCertificate: signedMessageCodec.decode(device.selfSigningCertificate),
      deviceCertificate: signedMessageCodec.decode(device.deviceCertificate),
      name: options.name.normalize('NFC'),
      description: options.description ?? '',
      tags,
      language: options.language,
      endpoint: options.endpoint,
      serverKey: options.serverKey,
      revision: BigInt(options.revision),
      createdAtMs: checkTime(
        'createdAt',
        options.createdAt ?? (options.clock ?? systemClock).now(),
      ),
    }),
  );
}

/** A registration whose signatures verified. */
export interface VerifiedCommunityRegistration extends Required<CommunityListing> {
  /** The owner's UUID. */
  readonly owner: Uuid;
  readonly identityKey: Uint8Array;
  readonly selfSigningCertificate: SelfSigningCertificate;
  /** The owner's device that signed it. */
  readonly signer: DeviceCertificate;
  readonly createdAt: number;
}

/** Options of {@link verifyCommunityRegistration}. */
export interface VerifyCommunityRegistrationOptions extends VerifyOptions {
  /** Refuse a registration by any other owner (`UNKNOWN_ISSUER`): for an update of a listing. */
  readonly expectedOwner?: string;
  /** The newest revocation list held for the owner, if any. */
  readonly revocationList?: Uint8Array | RevocationList | null;
  /** Refuse one signed longer ago than this (default {@link REGISTRATION_MAX_AGE_MS}). */
  readonly maxAgeMs?: number;
}

/**
 * Verify a community registration: the owner's self-signing certificate,
 * the signing device's certificate (not revoked or expired), the signature,
 * and that it was signed recently (at most `maxAgeMs` ago, at most 5
 * minutes ahead). Whether its `revision` is newer than the listing held is
 * the directory's to check.
 *
 * @throws NexusError `MALFORMED`, `BAD_SIGNATURE`, `UNKNOWN_ISSUER`,
 *   `REVOKED`, `EXPIRED` (a certificate, or a registration too old or too far ahead).
 */
export function verifyCommunityRegistration(
  registration: Uint8Array,
  options: VerifyCommunityRegistrationOptions = {},
): VerifiedCommunityRegistration {
  if (!(registration instanceof Uint8Array))
    throw new NexusError('INVALID_ARGUMENT', 'registration must be a Uint8Array');
  checkOptions(options, 'verifyCommunityRegistration', '{ now?, expectedOwner?, ... }');
  const now = verificationTime(options);
  const signed = signedMessageCodec.decode(registration);
  const body = communityRegistrationBodyCodec.decode(signed.body);
  const {
    uuid: owner,
    device,
    selfSigningCertificate: ssk,
  } = verifyDeviceSigned(signed, body, {
    label: SIGNATURE_LABELS.communityRegistration,
    what: 'community registration',
    ...(options.expectedOwner === undefined
      ? {}
      : {
          expected: {
            uuid: options.expectedOwner,
            message: 'the registration is signed by another owner',
          },
        }),
    revocationList: options.revocationList ?? null,
    now,
  });
  const createdAt = Number(body.createdAtMs);
  const maxAge = options.maxAgeMs ?? REGISTRATION_MAX_AGE_MS;
  if (now - createdAt > maxAge)
    throw new NexusError('EXPIRED', 'the registration was signed too long ago: sign it again');
  if (createdAt - now > REGISTRATION_MAX_SKEW_MS)
    throw new NexusError('EXPIRED', 'the registration is dated in the future: check the clock');
  return Object.freeze({
    owner,
    identityKey: body.identityKey,
    selfSigningCertificate: decodeSelfSigningCertificate(ssk),
    signer: device,
    name: body.name,
    description: body.description,
    tags: Object.freeze([...body.tags]),
    language: body.language,
    endpoint: body.endpoint,
    serverKey: body.serverKey,
    revision: Number(body.revision),
    createdAt,
  });
}
