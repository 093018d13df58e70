import { NexusError } from '../interfaces/errors.js';
import { checkOptions, checkSigner } from '../interfaces/guards.js';
import type { Clock } from '../interfaces/runtime.js';
import { bytesEqual } from '../primitives/bytes.js';
import { contactCardBodyCodec, signedMessageCodec } from '../wire/messages.js';
import {
  acceptRevocationList,
  acceptSelfSigningCertificate,
  checkTime,
  decodeDeviceCertificate,
  systemClock,
  verificationTime,
  verifyDeviceCertificate,
  verifyRevocationList,
  verifySelfSigningCertificate,
} from './certificates.js';
import type {
  DeviceCertificate,
  RevocationList,
  SelfSigningCertificate,
  VerifyOptions,
} from './certificates.js';
import { requireSignature, sameKey, SIGNATURE_LABELS, signBody } from './signing.js';
import type { Signer } from './signing.js';
import { uuidFromPublicKey } from './uuid.js';
import type { Uuid } from './uuid.js';

/** Options for {@link createContactCard}. */
export interface CreateContactCardOptions {
  /** Signing key of the device that makes the card (its certificate must be in `deviceCertificates`). */
  readonly signer: Signer;
  readonly signerDeviceId: Uint8Array;
  readonly identityKey: Uint8Array;
  readonly displayName: string;
  readonly selfSigningCertificate: Uint8Array;
  readonly deviceCertificates: readonly Uint8Array[];
  readonly revocationList?: RevocationList | null;
  /** Transport hints: relay multiaddrs, community server URLs. */
  readonly hints?: readonly string[];
  readonly createdAt?: number;
  readonly clock?: Clock;
}

/**
 * A signed contact card: identity, self-signing certificate, device
 * certificates, revocation list and transport hints, signed by one of the
 * listed devices. Share it as a file or a QR code.
 */
export async function createContactCard(options: CreateContactCardOptions): Promise<Uint8Array> {
  checkOptions(options, 'createContactCard', '{ signer, signerDeviceId, identityKey, ... }');
  checkSigner(options.signer, 'signer', "the device's signer, device.signer");
  return signBody(options.signer, SIGNATURE_LABELS.contactCard, () =>
    contactCardBodyCodec.encode({
      version: 1,
      identityKey: options.identityKey,
      displayName: options.displayName,
      selfSigningCertificate: signedMessageCodec.decode(options.selfSigningCertificate),
      deviceCertificates: options.deviceCertificates.map((c) => signedMessageCodec.decode(c)),
      ...(options.revocationList
        ? { revocationList: signedMessageCodec.decode(options.revocationList.bytes) }
        : {}),
      hints: [...(options.hints ?? [])],
      createdAtMs: checkTime(
        'createdAt',
        options.createdAt ?? (options.clock ?? systemClock).now(),
      ),
      signerDeviceId: options.signerDeviceId,
    }),
  );
}

/** A contact card whose every signature verified. */
export interface VerifiedContactCard {
  readonly uuid: Uuid;
  readonly identityKey: Uint8Array;
  readonly displayName: string;
  /** Devices that verified and are not revoked. */
  readonly devices: readonly DeviceCertificate[];
  /** The newest self-signing certificate known (the card's or the held one). */
  readonly selfSigningCertificate: SelfSigningCertificate;
  /** The newest revocation list known (the card's or the held one). */
  readonly revocationList: RevocationList | null;
  readonly hints: readonly string[];
  readonly createdAt: number;
}

/** What the verifier already holds for the card's identity (from earlier cards, a server, a backup). */
export interface KnownIdentityState {
  /** The newest self-signing certificate seen for this identity. */
  readonly selfSigningCertificate?: SelfSigningCertificate | null;
  /** The newest revocation list seen for this identity. */
  readonly revocationList?: RevocationList | null;
}

/** Options for {@link verifyContactCard}. */
export interface VerifyContactCardOptions extends VerifyOptions {
  /** Refuse a card for any other identity (`UNKNOWN_ISSUER`). */
  readonly expectedUuid?: string;
  /**
   * What the verifier already knows about this identity. A card cannot roll
   * it back: an older self-signing certificate is `SUPERSEDED`, and devices on
   * the held revocation list stay revoked whatever list the card carries.
   */
  readonly known?: KnownIdentityState;
}

/**
 * Verify a contact card: the self-signing certificate, every device
 * certificate, the revocation list, and the card signature by a listed,
 * unrevoked device. Revoked and expired devices are left out of `devices`.
 * The result carries the newest self-signing certificate and revocation list
 * known (the card's or the held ones): store them as the new `known` state.
 *
 * @throws NexusError `MALFORMED`, `BAD_SIGNATURE`, `UNKNOWN_ISSUER`, `EXPIRED`,
 *   `REVOKED` (the signing device is revoked or expired), `SUPERSEDED` (the card
 *   predates a self-signing key the verifier already holds),
 *   `STALE_REVOCATION_LIST` (the card's list conflicts with the held one).
 */
export function verifyContactCard(
  card: Uint8Array,
  options: VerifyContactCardOptions = {},
): VerifiedContactCard {
  const now = verificationTime(options);
  const signed = signedMessageCodec.decode(card);
  const body = contactCardBodyCodec.decode(signed.body);
  const uuid = uuidOrMalformed(body.identityKey);
  if (options.expectedUuid !== undefined && options.expectedUuid !== uuid) {
    throw new NexusError('UNKNOWN_ISSUER', 'contact card belongs to another identity');
  }
  const known = options.known ?? {};
  const cardSsk = verifySelfSigningCertificate(
    signedMessageCodec.encode(body.selfSigningCertificate!),
    body.identityKey,
    { now },
  );
  // A held certificate newer than the card's means the card's SSK is retired.
  const selfSigning = acceptSelfSigningCertificate(known.selfSigningCertificate ?? null, cardSsk);
  const cardList = body.revocationList
    ? verifyRevocationList(signedMessageCodec.encode(body.revocationList), {
        identity: body.identityKey,
        selfSigningCertificate: selfSigning.bytes,
        now,
      })
    : null;
  const revocationList = newestRevocationList(known.revocationList ?? null, cardList, selfSigning);
  const devices: DeviceCertificate[] = [];
  let signer: DeviceCertificate | undefined;
  let signerRevoked = false;
  for (const c of body.deviceCertificates) {
    const bytes = signedMessageCodec.encode(c);
    const candidate = decodeDeviceCertificate(bytes);
    try {
      verifyDeviceCertificate(bytes, {
        identity: body.identityKey,
        selfSigningCertificate: selfSigning.bytes,
        revocationList,
        now,
      });
    } catch (err) {
      if (NexusError.is(err, 'REVOKED', 'EXPIRED')) {
        if (bytesEqual(candidate.deviceId, body.signerDeviceId)) signerRevoked = true;
        continue;
      }
      throw err;
    }
    devices.push(candidate);
    if (bytesEqual(candidate.deviceId, body.signerDeviceId)) signer = candidate;
  }
  if (signer === undefined) {
    if (signerRevoked)
      throw new NexusError('REVOKED', 'contact card was signed by a revoked or expired device');
    throw new NexusError('UNKNOWN_ISSUER', 'contact card signer is not one of its devices');
  }
  requireSignature(
    signer.signingKey,
    SIGNATURE_LABELS.contactCard,
    signed.body,
    signed.signature,
    'contact card',
  );
  return Object.freeze({
    uuid,
    identityKey: body.identityKey,
    displayName: body.displayName,
    devices: Object.freeze(devices),
    selfSigningCertificate: selfSigning,
    revocationList,
    hints: Object.freeze([...body.hints]),
    createdAt: Number(body.createdAtMs),
  });
}

/** The newest of a held and a presented list: a presented list never rolls the held one back. */
function newestRevocationList(
  held: RevocationList | null,
  presented: RevocationList | null,
  selfSigning: SelfSigningCertificate,
): RevocationList | null {
  if (presented === null) return held;
  if (held !== null && presented.serial < held.serial && sameIssuer(held, selfSigning)) return held;
  return acceptRevocationList(held, presented, { selfSigningCertificate: selfSigning });
}

function sameIssuer(list: RevocationList, selfSigning: SelfSigningCertificate): boolean {
  return (
    sameKey(list.issuerKey, selfSigning.signingKey) ||
    sameKey(list.issuerKey, { algorithm: 'ed25519', bytes: list.identityKey })
  );
}

function uuidOrMalformed(identityKey: Uint8Array): Uuid {
  try {
    return uuidFromPublicKey(identityKey);
  } catch (cause) {
    throw new NexusError('MALFORMED', 'contact card identity key is not a valid Ed25519 key', {
      cause,
    });
  }
}
