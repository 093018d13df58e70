import { NexusError } from '../interfaces/errors.js';
import { checkBytes, checkOptions, checkPublicKey, checkSigner } from '../interfaces/guards.js';
import type { Clock, RandomSource } from '../interfaces/runtime.js';
import type { SigningPublicKey } from '../interfaces/keystore.js';
import { bytesEqual, toHex } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import {
  deviceCertificateBodyCodec,
  KeyAlgorithm,
  RevocationReason,
  revocationListBodyCodec,
  selfSigningCertificateBodyCodec,
  signedMessageCodec,
  WIRE_LIMITS,
} from '../wire/messages.js';
import {
  fromWireKey,
  requireSignature,
  sameKey,
  SIGNATURE_LABELS,
  signLabelled,
  toWireKey,
} from './signing.js';
import type { Signer } from './signing.js';
import { parseUuid, uuidFromPublicKey } from './uuid.js';
import type { Uuid } from './uuid.js';

/** The system clock. */
export const systemClock: Clock = { now: () => Date.now() };
/** The platform's secure random source. */
export const systemRandom: RandomSource = { randomBytes: (n) => crypto().randomBytes(n) };

/** An identity given as its UUID or its 32-byte public key. */
export type IdentityRef = Uuid | string | Uint8Array;

function identityKeyOf(ref: IdentityRef): Uint8Array {
  if (ref instanceof Uint8Array) {
    if (ref.length !== 32) throw new NexusError('INVALID_KEY', 'identity key must be 32 bytes');
    return ref;
  }
  return parseUuid(ref).publicKey;
}

function optionalTime(ms: bigint): number | null {
  return ms === 0n ? null : Number(ms);
}

/** A timestamp option as a uint64, or `INVALID_ARGUMENT`. @internal */
export function checkTime(name: string, value: number | undefined): bigint {
  if (value === undefined) return 0n;
  if (!Number.isSafeInteger(value) || value < 0)
    throw new NexusError('INVALID_ARGUMENT', `${name} must be a non-negative integer (ms)`);
  return BigInt(value);
}

/**
 * The validity period of something signed: `createdAt` (default the clock's
 * now) and `expiresAt` (default `ttlMs` later), checked, as uint64 fields.
 *
 * @throws NexusError `INVALID_ARGUMENT` for a time that is not a non-negative integer.
 */
export function validityPeriod(
  options: { readonly createdAt?: number; readonly expiresAt?: number; readonly clock?: Clock },
  ttlMs: number,
): { createdAtMs: bigint; expiresAtMs: bigint } {
  const createdAtMs = checkTime(
    'createdAt',
    options.createdAt ?? (options.clock ?? systemClock).now(),
  );
  const expiresAtMs =
    options.expiresAt === undefined
      ? createdAtMs + BigInt(ttlMs)
      : checkTime('expiresAt', options.expiresAt);
  return { createdAtMs, expiresAtMs };
}

/**
 * The verification time of `options` (default now).
 *
 * @throws NexusError `INVALID_ARGUMENT` for a non-finite time, which would silently disable expiry.
 */
export function verificationTime(options: { now?: number }): number {
  const now = options.now ?? Date.now();
  if (typeof now !== 'number' || !Number.isFinite(now)) {
    throw new NexusError('INVALID_ARGUMENT', 'verification time must be a finite number of ms');
  }
  return now;
}

function requireNotExpired(expiresAt: number | null, now: number, what: string): void {
  if (expiresAt !== null && now >= expiresAt) throw new NexusError('EXPIRED', `${what} expired`);
}

// ---------------------------------------------------------------------------
// Self-signing key certificates

/** A decoded self-signing key certificate (IK → SSK). */
export interface SelfSigningCertificate {
  /** The encoded `SignedMessage`, as stored and transmitted. */
  readonly bytes: Uint8Array;
  readonly identityKey: Uint8Array;
  readonly signingKey: SigningPublicKey;
  readonly createdAt: number;
  readonly expiresAt: number | null;
}

/** Options for {@link issueSelfSigningCertificate}. */
export interface IssueSelfSigningCertificateOptions {
  /** The identity key (an {@link Identity}). */
  readonly identity: Signer;
  /** The self-signing key to certify. */
  readonly signingKey: SigningPublicKey;
  readonly createdAt?: number;
  readonly expiresAt?: number;
  readonly clock?: Clock;
}

/** The identity key certifies a self-signing key. */
export async function issueSelfSigningCertificate(
  options: IssueSelfSigningCertificateOptions,
): Promise<SelfSigningCertificate> {
  checkOptions(options, 'issueSelfSigningCertificate', '{ identity, signingKey }');
  checkSigner(options.identity, 'identity', 'an Identity');
  checkPublicKey(options.signingKey, 'signingKey', 'keyPair.publicKey');
  if (options.identity.publicKey.algorithm !== 'ed25519')
    throw new NexusError('UNSUPPORTED_ALGORITHM', 'identity keys are Ed25519');
  const createdAt = options.createdAt ?? (options.clock ?? systemClock).now();
  const body = selfSigningCertificateBodyCodec.encode({
    version: 1,
    identityKey: options.identity.publicKey.bytes,
    signingKey: toWireKey(options.signingKey),
    createdAtMs: checkTime('createdAt', createdAt),
    expiresAtMs: checkTime('expiresAt', options.expiresAt),
  });
  const signature = await signLabelled(
    options.identity,
    SIGNATURE_LABELS.selfSigningCertificate,
    body,
  );
  return decodeSelfSigningCertificate(signedMessageCodec.encode({ body, signature }));
}

/** Decode (without verifying) a self-signing key certificate. @throws NexusError `MALFORMED`. */
export function decodeSelfSigningCertificate(bytes: Uint8Array): SelfSigningCertificate {
  const signed = signedMessageCodec.decode(bytes);
  const body = selfSigningCertificateBodyCodec.decode(signed.body);
  return Object.freeze({
    bytes: bytes.slice(),
    identityKey: body.identityKey,
    signingKey: fromWireKey(body.signingKey, 'signing_key'),
    createdAt: Number(body.createdAtMs),
    expiresAt: optionalTime(body.expiresAtMs),
  });
}

/** Options for the verify functions. */
export interface VerifyOptions {
  /** Verification time in ms; default now. */
  readonly now?: number;
}

/**
 * Verify a self-signing key certificate against the identity it should belong to.
 *
 * @throws NexusError `MALFORMED`, `UNKNOWN_ISSUER` (issued for another identity),
 *   `BAD_SIGNATURE`, `EXPIRED`.
 */
export function verifySelfSigningCertificate(
  certificate: Uint8Array,
  identity: IdentityRef,
  options: VerifyOptions = {},
): SelfSigningCertificate {
  const identityKey = identityKeyOf(identity);
  const signed = signedMessageCodec.decode(certificate);
  const cert = decodeSelfSigningCertificate(certificate);
  if (!bytesEqual(cert.identityKey, identityKey)) {
    throw new NexusError('UNKNOWN_ISSUER', 'self-signing certificate belongs to another identity');
  }
  requireSignature(
    { algorithm: 'ed25519', bytes: identityKey },
    SIGNATURE_LABELS.selfSigningCertificate,
    signed.body,
    signed.signature,
    'self-signing certificate',
  );
  requireNotExpired(cert.expiresAt, verificationTime(options), 'self-signing certificate');
  return cert;
}

/**
 * Decide which of two verified self-signing certificates of one identity to
 * keep. Only the identity key can make one, so the newer (`createdAt`) wins:
 * issuing a new SSK certificate retires the old SSK, every device it
 * certified and every revocation list it signed. Verifiers pin the newest.
 *
 * @returns `incoming` when it replaces `current`, `current` when they are the same certificate.
 * @throws NexusError `SUPERSEDED` when `incoming` is older than `current` or
 *   differs from it with the same `createdAt`; `UNKNOWN_ISSUER` for two identities.
 */
export function acceptSelfSigningCertificate(
  current: SelfSigningCertificate | null,
  incoming: SelfSigningCertificate,
): SelfSigningCertificate {
  if (current === null) return incoming;
  if (!bytesEqual(current.identityKey, incoming.identityKey)) {
    throw new NexusError(
      'UNKNOWN_ISSUER',
      'self-signing certificates belong to different identities',
    );
  }
  if (bytesEqual(current.bytes, incoming.bytes)) return current;
  if (incoming.createdAt > current.createdAt) return incoming;
  throw new NexusError('SUPERSEDED', 'self-signing certificate is older than the one already held');
}

// ---------------------------------------------------------------------------
// Device certificates

/** A decoded device certificate (SSK → device). */
export interface DeviceCertificate {
  readonly bytes: Uint8Array;
  readonly identityKey: Uint8Array;
  /** 16 bytes. */
  readonly deviceId: Uint8Array;
  readonly displayName: string;
  /** The device signing key (may be hardware-held P-256). */
  readonly signingKey: SigningPublicKey;
  /** The device X25519 key-agreement key (32 bytes). */
  readonly keyAgreementKey: Uint8Array;
  /** The self-signing key that issued it. */
  readonly issuerKey: SigningPublicKey;
  readonly createdAt: number;
  readonly expiresAt: number | null;
}

/** Options for {@link issueDeviceCertificate}. */
export interface IssueDeviceCertificateOptions {
  /** The self-signing key. */
  readonly issuer: Signer;
  /** The identity the device belongs to. */
  readonly identityKey: Uint8Array;
  /** 16 bytes; random when omitted. */
  readonly deviceId?: Uint8Array;
  readonly displayName: string;
  readonly signingKey: SigningPublicKey;
  /** 32-byte X25519 public key. */
  readonly keyAgreementKey: Uint8Array;
  readonly createdAt?: number;
  readonly expiresAt?: number;
  readonly clock?: Clock;
  readonly random?: RandomSource;
}

/** The self-signing key certifies a device. */
export async function issueDeviceCertificate(
  options: IssueDeviceCertificateOptions,
): Promise<DeviceCertificate> {
  const deviceId =
    options.deviceId ?? (options.random ?? systemRandom).randomBytes(WIRE_LIMITS.deviceId);
  const createdAt = options.createdAt ?? (options.clock ?? systemClock).now();
  let body: Uint8Array;
  try {
    body = deviceCertificateBodyCodec.encode({
      version: 1,
      identityKey: options.identityKey,
      deviceId,
      displayName: options.displayName,
      signingKey: toWireKey(options.signingKey),
      keyAgreementKey: { algorithm: KeyAlgorithm.X25519, key: options.keyAgreementKey },
      issuerKey: toWireKey(options.issuer.publicKey),
      createdAtMs: checkTime('createdAt', createdAt),
      expiresAtMs: checkTime('expiresAt', options.expiresAt),
    });
  } catch (cause) {
    if (NexusError.is(cause, 'MALFORMED'))
      throw new NexusError('INVALID_ARGUMENT', cause.message, { cause });
    throw cause;
  }
  const signature = await signLabelled(options.issuer, SIGNATURE_LABELS.deviceCertificate, body);
  return decodeDeviceCertificate(signedMessageCodec.encode({ body, signature }));
}

/** Decode (without verifying) a device certificate. @throws NexusError `MALFORMED`. */
export function decodeDeviceCertificate(bytes: Uint8Array): DeviceCertificate {
  const signed = signedMessageCodec.decode(bytes);
  const body = deviceCertificateBodyCodec.decode(signed.body);
  return Object.freeze({
    bytes: bytes.slice(),
    identityKey: body.identityKey,
    deviceId: body.deviceId,
    displayName: body.displayName,
    signingKey: fromWireKey(body.signingKey, 'signing_key'),
    keyAgreementKey: body.keyAgreementKey!.key,
    issuerKey: fromWireKey(body.issuerKey, 'issuer_key'),
    createdAt: Number(body.createdAtMs),
    expiresAt: optionalTime(body.expiresAtMs),
  });
}

/** What {@link verifyDeviceCertificate} needs besides the certificate. */
export interface VerifyDeviceOptions extends VerifyOptions {
  /** The identity the device must belong to. */
  readonly identity: IdentityRef;
  /** The identity's self-signing key certificate. */
  readonly selfSigningCertificate: Uint8Array;
  /** The identity's newest revocation list, if any. */
  readonly revocationList?: Uint8Array | RevocationList | null;
}

/** A device certificate whose whole chain verified. */
export interface VerifiedDevice {
  readonly uuid: Uuid;
  readonly device: DeviceCertificate;
  readonly selfSigning: SelfSigningCertificate;
}

/**
 * Verify IK → SSK → device, expiry of both certificates, and revocation.
 *
 * @example
 * ```ts
 * const { device } = verifyDeviceCertificate(cert, { identity: uuid, selfSigningCertificate: ssk });
 * ```
 * @throws NexusError `MALFORMED`, `UNKNOWN_ISSUER`, `BAD_SIGNATURE`, `EXPIRED`, `REVOKED`.
 */
export function verifyDeviceCertificate(
  certificate: Uint8Array,
  options: VerifyDeviceOptions,
): VerifiedDevice {
  checkBytes(certificate, 'certificate');
  checkOptions(options, 'verifyDeviceCertificate', '{ identity, selfSigningCertificate, ... }');
  const now = verificationTime(options);
  const identityKey = identityKeyOf(options.identity);
  const selfSigning = verifySelfSigningCertificate(options.selfSigningCertificate, identityKey, {
    now,
  });
  const signed = signedMessageCodec.decode(certificate);
  const device = decodeDeviceCertificate(certificate);
  if (!bytesEqual(device.identityKey, identityKey)) {
    throw new NexusError('UNKNOWN_ISSUER', 'device certificate belongs to another identity');
  }
  if (!sameKey(device.issuerKey, selfSigning.signingKey)) {
    throw new NexusError(
      'UNKNOWN_ISSUER',
      'device certificate was not issued by the current self-signing key',
    );
  }
  requireSignature(
    selfSigning.signingKey,
    SIGNATURE_LABELS.deviceCertificate,
    signed.body,
    signed.signature,
    'device certificate',
  );
  requireNotExpired(device.expiresAt, now, 'device certificate');
  if (options.revocationList) {
    const list =
      options.revocationList instanceof Uint8Array
        ? verifyRevocationList(options.revocationList, {
            identity: identityKey,
            selfSigningCertificate: selfSigning.bytes,
            now,
          })
        : options.revocationList;
    if (!bytesEqual(list.identityKey, identityKey))
      throw new NexusError('UNKNOWN_ISSUER', 'revocation list belongs to another identity');
    if (isRevoked(list, device.deviceId))
      throw new NexusError('REVOKED', 'device has been revoked');
  }
  return Object.freeze({ uuid: uuidFromPublicKey(identityKey), device, selfSigning });
}

// ---------------------------------------------------------------------------
// Revocation lists

/** Why a device was revoked. */
export type RevocationReasonName = 'unspecified' | 'lost' | 'compromised' | 'retired';

const REASONS: Record<RevocationReasonName, RevocationReason> = {
  unspecified: RevocationReason.UNSPECIFIED,
  lost: RevocationReason.LOST,
  compromised: RevocationReason.COMPROMISED,
  retired: RevocationReason.RETIRED,
};
const REASON_NAMES = Object.fromEntries(Object.entries(REASONS).map(([k, v]) => [v, k])) as Record<
  number,
  RevocationReasonName
>;

/** One revoked device. */
export interface RevokedDevice {
  readonly deviceId: Uint8Array;
  readonly revokedAt: number;
  readonly reason: RevocationReasonName;
}

/** A decoded revocation list. */
export interface RevocationList {
  readonly bytes: Uint8Array;
  readonly identityKey: Uint8Array;
  readonly serial: number;
  readonly issuedAt: number;
  readonly devices: readonly RevokedDevice[];
  readonly issuerKey: SigningPublicKey;
}

/** Options for {@link issueRevocationList}. */
export interface IssueRevocationListOptions {
  /** The self-signing key or the identity key. */
  readonly issuer: Signer;
  readonly identityKey: Uint8Array;
  /** The list this one replaces; its devices are carried over and its serial incremented. */
  readonly previous?: RevocationList | null;
  /** Devices to add. */
  readonly revoke: readonly {
    deviceId: Uint8Array;
    reason?: RevocationReasonName;
    revokedAt?: number;
  }[];
  readonly issuedAt?: number;
  readonly clock?: Clock;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/**
 * Issue the next revocation list: every device of `previous` plus `revoke`,
 * with serial `previous.serial + 1` (or 1).
 */
export async function issueRevocationList(
  options: IssueRevocationListOptions,
): Promise<RevocationList> {
  const issuedAt = options.issuedAt ?? (options.clock ?? systemClock).now();
  const byId = new Map<
    string,
    { deviceId: Uint8Array; revokedAtMs: bigint; reason: RevocationReason }
  >();
  for (const d of options.previous?.devices ?? []) {
    byId.set(toHex(d.deviceId), {
      deviceId: d.deviceId,
      revokedAtMs: BigInt(d.revokedAt),
      reason: REASONS[d.reason],
    });
  }
  for (const d of options.revoke) {
    if (!(d.deviceId instanceof Uint8Array) || d.deviceId.length !== WIRE_LIMITS.deviceId) {
      throw new NexusError('INVALID_ARGUMENT', 'device id must be 16 bytes');
    }
    const key = toHex(d.deviceId);
    if (!byId.has(key)) {
      byId.set(key, {
        deviceId: d.deviceId,
        revokedAtMs: checkTime('revokedAt', d.revokedAt ?? issuedAt),
        reason: REASONS[d.reason ?? 'unspecified'],
      });
    }
  }
  const devices = [...byId.values()].sort((a, b) => compareBytes(a.deviceId, b.deviceId));
  let body: Uint8Array;
  try {
    body = revocationListBodyCodec.encode({
      version: 1,
      identityKey: options.identityKey,
      serial: BigInt((options.previous?.serial ?? 0) + 1),
      issuedAtMs: checkTime('issuedAt', issuedAt),
      devices,
      issuerKey: toWireKey(options.issuer.publicKey),
    });
  } catch (cause) {
    if (NexusError.is(cause, 'MALFORMED'))
      throw new NexusError('INVALID_ARGUMENT', cause.message, { cause });
    throw cause;
  }
  const signature = await signLabelled(options.issuer, SIGNATURE_LABELS.revocationList, body);
  return decodeRevocationList(signedMessageCodec.encode({ body, signature }));
}

/** Decode (without verifying) a revocation list. @throws NexusError `MALFORMED`. */
export function decodeRevocationList(bytes: Uint8Array): RevocationList {
  const signed = signedMessageCodec.decode(bytes);
  const body = revocationListBodyCodec.decode(signed.body);
  return Object.freeze({
    bytes: bytes.slice(),
    identityKey: body.identityKey,
    serial: Number(body.serial),
    issuedAt: Number(body.issuedAtMs),
    devices: Object.freeze(
      body.devices.map((d) =>
        Object.freeze({
          deviceId: d.deviceId,
          revokedAt: Number(d.revokedAtMs),
          reason: REASON_NAMES[d.reason]!,
        }),
      ),
    ),
    issuerKey: fromWireKey(body.issuerKey, 'issuer_key'),
  });
}

/** What {@link verifyRevocationList} needs. */
export interface VerifyRevocationListOptions extends VerifyOptions {
  readonly identity: IdentityRef;
  /** Needed when the list is signed by the self-signing key. */
  readonly selfSigningCertificate?: Uint8Array;
}

/**
 * Verify a revocation list issued by the identity key or its current
 * self-signing key.
 *
 * @throws NexusError `MALFORMED`, `UNKNOWN_ISSUER`, `BAD_SIGNATURE`, `EXPIRED`.
 */
export function verifyRevocationList(
  list: Uint8Array,
  options: VerifyRevocationListOptions,
): RevocationList {
  const identityKey = identityKeyOf(options.identity);
  const signed = signedMessageCodec.decode(list);
  const decoded = decodeRevocationList(list);
  if (!bytesEqual(decoded.identityKey, identityKey))
    throw new NexusError('UNKNOWN_ISSUER', 'revocation list belongs to another identity');
  const ik: SigningPublicKey = { algorithm: 'ed25519', bytes: identityKey };
  let issuer: SigningPublicKey;
  if (sameKey(decoded.issuerKey, ik)) {
    issuer = ik;
  } else {
    if (options.selfSigningCertificate === undefined) {
      throw new NexusError(
        'UNKNOWN_ISSUER',
        'revocation list is signed by a self-signing key and none was given',
      );
    }
    const ssk = verifySelfSigningCertificate(options.selfSigningCertificate, identityKey, options);
    if (!sameKey(decoded.issuerKey, ssk.signingKey))
      throw new NexusError(
        'UNKNOWN_ISSUER',
        'revocation list issuer is not the identity or its self-signing key',
      );
    issuer = ssk.signingKey;
  }
  requireSignature(
    issuer,
    SIGNATURE_LABELS.revocationList,
    signed.body,
    signed.signature,
    'revocation list',
  );
  return decoded;
}

/** Whether `deviceId` is on `list`. */
export function isRevoked(list: RevocationList, deviceId: Uint8Array): boolean {
  return list.devices.some((d) => bytesEqual(d.deviceId, deviceId));
}

/**
 * Decide which of two verified lists of one identity to keep. A newer list
 * (higher serial, containing every device of the older) replaces the current
 * one; an older list never overrides a newer one. Pass the identity's current
 * self-signing certificate so a list signed by a retired SSK gives way.
 *
 * @returns `incoming` when it replaces `current`, `current` when they are the same list.
 * @throws NexusError `STALE_REVOCATION_LIST` for an older serial, a different
 *   list with the same serial, or a newer list that drops revoked devices.
 */
export function acceptRevocationList(
  current: RevocationList | null,
  incoming: RevocationList,
  options: { selfSigningCertificate?: SelfSigningCertificate } = {},
): RevocationList {
  if (incoming === null || typeof incoming !== 'object') {
    throw new NexusError('INVALID_ARGUMENT', 'incoming revocation list is required');
  }
  if (current === null) return incoming;
  // First: another identity's list never replaces this one, whatever signed it.
  if (!bytesEqual(current.identityKey, incoming.identityKey)) {
    throw new NexusError('UNKNOWN_ISSUER', 'revocation lists belong to different identities');
  }
  const ssk = options.selfSigningCertificate;
  if (ssk && bytesEqual(ssk.identityKey, current.identityKey)) {
    // A list signed by a retired SSK no longer counts: the new SSK's lists start afresh.
    const ik: SigningPublicKey = { algorithm: 'ed25519', bytes: current.identityKey };
    if (!sameKey(current.issuerKey, ik) && !sameKey(current.issuerKey, ssk.signingKey))
      return incoming;
  }
  if (incoming.serial < current.serial) {
    throw new NexusError(
      'STALE_REVOCATION_LIST',
      `revocation list serial ${incoming.serial} is older than ${current.serial}`,
    );
  }
  if (incoming.serial === current.serial) {
    if (bytesEqual(incoming.bytes, current.bytes)) return current;
    throw new NexusError(
      'STALE_REVOCATION_LIST',
      `two different revocation lists claim serial ${incoming.serial}`,
    );
  }
  for (const d of current.devices) {
    if (!isRevoked(incoming, d.deviceId)) {
      throw new NexusError('STALE_REVOCATION_LIST', 'newer revocation list drops a revoked device');
    }
  }
  return incoming;
}
