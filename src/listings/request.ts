/**
 * Requests made to the directory as an identity (spec/directory.md §2.3):
 * KYC, reports, export and erasure. Each request carries, in its
 * `Authorization` header, a `DirectoryRequestBody` signed by one of the
 * identity's devices, bound to the directory, the method, the target and
 * the body's hash, fresh and used once.
 */
import { base64urlnopad } from '@scure/base';
import { NexusError } from '../interfaces/errors.js';
import { checkOptions, checkSigner } from '../interfaces/guards.js';
import type { Clock } from '../interfaces/runtime.js';
import { checkTime, systemClock, verificationTime } from '../identity/certificates.js';
import type { DeviceCertificate, RevocationList, VerifyOptions } from '../identity/certificates.js';
import { SIGNATURE_LABELS, signBody } from '../identity/signing.js';
import { verifyDeviceSigned } from '../identity/device-signed.js';
import type { Uuid } from '../identity/uuid.js';
import { bytesEqual } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import { directoryRequestBodyCodec } from '../wire/directory.js';
import { signedMessageCodec } from '../wire/messages.js';
import type { OwnerDevice } from './registration.js';

/** The `Authorization` scheme of a signed directory request. */
export const DIRECTORY_REQUEST_SCHEME = 'NexusLink-Request';
/** How long a signed request is accepted after signing: 5 minutes (and at most 5 minutes ahead). */
export const DIRECTORY_REQUEST_MAX_AGE_MS = 5 * 60 * 1000;

/** What a signed request is bound to. */
export interface DirectoryRequestTarget {
  /** The directory's origin: `https://directory.example.org`. */
  readonly audience: string;
  /** `GET`, `POST`, … (upper case). */
  readonly method: string;
  /** Path and query as sent: `/v1/kyc/applications`. */
  readonly target: string;
  /** The body as sent; none (or empty) for a request without one. */
  readonly body?: Uint8Array;
}

/** Options of {@link createDirectoryRequest}. */
export interface CreateDirectoryRequestOptions extends DirectoryRequestTarget {
  /** A device of the identity (its signer and certificates): a `LocalDevice`. */
  readonly device: OwnerDevice;
  /** Default: now. */
  readonly createdAt?: number;
  readonly clock?: Clock;
  /** 16 bytes; default random. Only vectors fix it. */
  readonly nonce?: Uint8Array;
}

function checkTarget(t: DirectoryRequestTarget): void {
  for (const field of ['audience', 'method', 'target'] as const)
    if (typeof t[field] !== 'string' || t[field].length === 0)
      throw new NexusError('INVALID_ARGUMENT', `${field} must be a non-empty string`);
  if (t.body !== undefined && !(t.body instanceof Uint8Array))
    throw new NexusError('INVALID_ARGUMENT', 'body must be a Uint8Array');
}

/**
 * Sign a request to the directory as the device's identity. Returns the
 * whole `Authorization` header value: `NexusLink-Request <base64url>`.
 *
 * @throws NexusError `INVALID_ARGUMENT` for a missing field.
 */
export async function createDirectoryRequest(
  options: CreateDirectoryRequestOptions,
): Promise<string> {
  checkOptions(
    options,
    'createDirectoryRequest',
    '{ device, audience, method, target, body?, createdAt? }',
  );
  const { device } = options;
  if (typeof device !== 'object' || device === null)
    throw new NexusError('INVALID_ARGUMENT', 'device must be the signing device (a LocalDevice)');
  checkSigner(device.signer, 'device.signer', 'a LocalDevice has one');
  checkTarget(options);
  const nonce = options.nonce ?? crypto().randomBytes(16);
  const signed = await signBody(device.signer, SIGNATURE_LABELS.directoryRequest, () =>
    directoryRequestBodyCodec.encode({
      version: 1,
      identityKey: device.identityKey,
      selfSigningCertificate: signedMessageCodec.decode(device.selfSigningCertificate),
      deviceCertificate: signedMessageCodec.decode(device.deviceCertificate),
      audience: options.audience,
      method: options.method,
      target: options.target,
      bodySha256: crypto().sha256(options.body ?? new Uint8Array(0)),
      createdAtMs: checkTime(
        'createdAt',
        options.createdAt ?? (options.clock ?? systemClock).now(),
      ),
      nonce,
    }),
  );
  return `${DIRECTORY_REQUEST_SCHEME} ${base64urlnopad.encode(signed)}`;
}

/** Options of {@link verifyDirectoryRequest}: what the request must be bound to, and when. */
export interface VerifyDirectoryRequestOptions extends DirectoryRequestTarget, VerifyOptions {
  /** The newest revocation list held for the identity, if any. */
  readonly revocationList?: Uint8Array | RevocationList | null;
  /** Refuse one signed longer ago than this (default {@link DIRECTORY_REQUEST_MAX_AGE_MS}). */
  readonly maxAgeMs?: number;
}

/** A signed request that verified. */
export interface VerifiedDirectoryRequest {
  /** The identity that made it. */
  readonly uuid: Uuid;
  readonly identityKey: Uint8Array;
  /** The device that signed it. */
  readonly signer: DeviceCertificate;
  readonly createdAt: number;
  /** Its nonce: the directory takes each (uuid, nonce) once. */
  readonly nonce: Uint8Array;
}

/**
 * Verify the `Authorization` header of a request to the directory: its
 * scheme, the certificates and signature, that it names this directory,
 * this method, this target and this body, and that it is fresh. That its
 * nonce was not used before is the directory's to check.
 *
 * @throws NexusError `MALFORMED` (not a signed request), `BAD_SIGNATURE`,
 *   `UNKNOWN_ISSUER`, `REVOKED`, `EXPIRED`, `NOT_PERMITTED` (signed for
 *   another directory, method, target or body).
 */
export function verifyDirectoryRequest(
  authorization: string,
  options: VerifyDirectoryRequestOptions,
): VerifiedDirectoryRequest {
  if (typeof authorization !== 'string')
    throw new NexusError('INVALID_ARGUMENT', 'authorization must be a string');
  checkOptions(options, 'verifyDirectoryRequest', '{ audience, method, target, body?, now? }');
  checkTarget(options);
  const now = verificationTime(options);
  const prefix = `${DIRECTORY_REQUEST_SCHEME} `;
  if (!authorization.startsWith(prefix) || authorization.length > 8192)
    throw new NexusError('MALFORMED', `not a signed request: expected "${prefix}<token>"`);
  let bytes: Uint8Array;
  try {
    bytes = base64urlnopad.decode(authorization.slice(prefix.length));
  } catch (cause) {
    throw new NexusError('MALFORMED', 'the signed request is not base64url', { cause });
  }
  const signed = signedMessageCodec.decode(bytes);
  const body = directoryRequestBodyCodec.decode(signed.body);
  const { uuid, device } = verifyDeviceSigned(signed, body, {
    label: SIGNATURE_LABELS.directoryRequest,
    what: 'directory request',
    revocationList: options.revocationList ?? null,
    now,
  });
  const createdAt = Number(body.createdAtMs);
  const maxAge = options.maxAgeMs ?? DIRECTORY_REQUEST_MAX_AGE_MS;
  if (now - createdAt > maxAge)
    throw new NexusError('EXPIRED', 'the request was signed too long ago: sign it again');
  if (createdAt - now > DIRECTORY_REQUEST_MAX_AGE_MS)
    throw new NexusError('EXPIRED', 'the request is dated in the future: check the clock');
  const mismatch = (what: string) =>
    new NexusError('NOT_PERMITTED', `the request was signed for another ${what}`);
  if (body.audience !== options.audience) throw mismatch('directory');
  if (body.method !== options.method) throw mismatch('method');
  if (body.target !== options.target) throw mismatch('target');
  if (!bytesEqual(body.bodySha256, crypto().sha256(options.body ?? new Uint8Array(0))))
    throw mismatch('body');
  return Object.freeze({
    uuid,
    identityKey: body.identityKey,
    signer: device,
    createdAt,
    nonce: body.nonce,
  });
}
