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
import { uuidBytes, uuidText } from '../community/ids.js';
import {
  communityDeregistrationBodyCodec,
  communityRegistrationBodyCodec,
} from '../wire/directory.js';
import { isChannelIdText, signedMessageCodec } from '../wire/messages.js';

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
  /**
   * The listing's id (a UUID in text form, as the directory gave it) for an
   * update of it (`PATCH`); none for a new listing.
   */
  readonly communityId?: string;
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
  if (options.communityId !== undefined) checkCommunityId(options.communityId);
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
      communityId:
        options.communityId === undefined ? new Uint8Array(0) : uuidBytes(options.communityId),
    }),
  );
}

/** Throws `INVALID_ARGUMENT` unless `id` is a listing's id: a UUID in text form. */
function checkCommunityId(id: unknown): asserts id is string {
  if (!isChannelIdText(id))
    throw new NexusError('INVALID_ARGUMENT', 'communityId must be a UUID in text form');
}

/** Throw `EXPIRED` unless `createdAt` is at most `maxAge` before `now` and at most 5 minutes after it. */
function checkFresh(what: string, createdAt: number, now: number, maxAge: number): void {
  if (now - createdAt > maxAge)
    throw new NexusError('EXPIRED', `the ${what} was signed too long ago: sign it again`);
  if (createdAt - now > REGISTRATION_MAX_SKEW_MS)
    throw new NexusError('EXPIRED', `the ${what} is dated in the future: check the clock`);
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
  /** The listing it updates (a UUID in text form), or null for a new listing. */
  readonly communityId: string | null;
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
    expected: {
      uuid: options.expectedOwner,
      message: 'the registration is signed by another owner',
    },
    revocationList: options.revocationList ?? null,
    now,
  });
  const createdAt = Number(body.createdAtMs);
  checkFresh('registration', createdAt, now, options.maxAgeMs ?? REGISTRATION_MAX_AGE_MS);
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
    communityId: body.communityId.length === 0 ? null : uuidText(body.communityId),
  });
}

/** Options of {@link createCommunityDeregistration}. */
export interface CreateCommunityDeregistrationOptions {
  /** A device of the owner (its signer and certificates): a `LocalDevice`. */
  readonly device: OwnerDevice;
  /** The listing's id, as the directory gave it. */
  readonly communityId: string;
  /** The listing's current revision. */
  readonly revision: number;
  /** Default: now. */
  readonly createdAt?: number;
  readonly clock?: Clock;
}

/**
 * Sign the end of a listing as its owner: an encoded `SignedMessage` whose
 * body is a `CommunityDeregistrationBody`, for `DELETE /v1/communities/{id}`.
 *
 * @throws NexusError `INVALID_ARGUMENT` for a bad id or revision.
 */
export async function createCommunityDeregistration(
  options: CreateCommunityDeregistrationOptions,
): Promise<Uint8Array> {
  checkOptions(
    options,
    'createCommunityDeregistration',
    '{ device, communityId, revision, createdAt? }',
  );
  const { device } = options;
  if (typeof device !== 'object' || device === null)
    throw new NexusError('INVALID_ARGUMENT', 'device must be the signing device (a LocalDevice)');
  checkSigner(device.signer, 'device.signer', 'a LocalDevice has one');
  checkCommunityId(options.communityId);
  if (!Number.isSafeInteger(options.revision) || options.revision < 1)
    throw new NexusError('INVALID_ARGUMENT', 'revision must be a whole number, at least 1');
  return signBody(device.signer, SIGNATURE_LABELS.communityDeregistration, () =>
    communityDeregistrationBodyCodec.encode({
      version: 1,
      identityKey: device.identityKey,
      selfSigningCertificate: signedMessageCodec.decode(device.selfSigningCertificate),
      deviceCertificate: signedMessageCodec.decode(device.deviceCertificate),
      communityId: uuidBytes(options.communityId),
      revision: BigInt(options.revision),
      createdAtMs: checkTime(
        'createdAt',
        options.createdAt ?? (options.clock ?? systemClock).now(),
      ),
    }),
  );
}

/** A deregistration whose signatures verified. */
export interface VerifiedCommunityDeregistration {
  readonly owner: Uuid;
  /** The owner's device that signed it. */
  readonly signer: DeviceCertificate;
  readonly communityId: string;
  readonly revision: number;
  readonly createdAt: number;
}

/**
 * Verify a community deregistration as {@link verifyCommunityRegistration}
 * verifies a registration (certificates, signature, freshness). That its
 * owner, id and revision are the listing's is the directory's to check.
 *
 * @throws NexusError `MALFORMED`, `BAD_SIGNATURE`, `UNKNOWN_ISSUER`, `REVOKED`, `EXPIRED`.
 */
export function verifyCommunityDeregistration(
  deregistration: Uint8Array,
  options: VerifyCommunityRegistrationOptions = {},
): VerifiedCommunityDeregistration {
  if (!(deregistration instanceof Uint8Array))
    throw new NexusError('INVALID_ARGUMENT', 'deregistration must be a Uint8Array');
  checkOptions(options, 'verifyCommunityDeregistration', '{ now?, expectedOwner?, ... }');
  const now = verificationTime(options);
  const signed = signedMessageCodec.decode(deregistration);
  const body = communityDeregistrationBodyCodec.decode(signed.body);
  const { uuid: owner, device } = verifyDeviceSigned(signed, body, {
    label: SIGNATURE_LABELS.communityDeregistration,
    what: 'community deregistration',
    expected: {
      uuid: options.expectedOwner,
      message: 'the deregistration is signed by another owner',
    },
    revocationList: options.revocationList ?? null,
    now,
  });
  const createdAt = Number(body.createdAtMs);
  checkFresh('deregistration', createdAt, now, options.maxAgeMs ?? REGISTRATION_MAX_AGE_MS);
  return Object.freeze({
    owner,
    signer: device,
    communityId: uuidText(body.communityId),
    revision: Number(body.revision),
    createdAt,
  });
}
