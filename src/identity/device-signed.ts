/**
 * What every object a device signs for its identity shares in its check (an
 * invite, a community registration): the identity key names a UUID, it is
 * the one expected, the device certificate verifies under the self-signing
 * certificate and the identity's revocation list, and the signature
 * verifies under the device's key over the label and the body as received.
 */
import { NexusError } from '../interfaces/errors.js';
import type { SignedMessage } from '../wire/gen/nexuslink/v1/identity_pb.js';
import { signedMessageCodec } from '../wire/messages.js';
import { verifyDeviceCertificate } from './certificates.js';
import type { DeviceCertificate, RevocationList } from './certificates.js';
import { requireSignature } from './signing.js';
import type { SignatureLabel } from './signing.js';
import { uuidFromPublicKey } from './uuid.js';
import type { Uuid } from './uuid.js';

/** The signer's part of a device-signed body. */
export interface DeviceSignedFields {
  readonly identityKey: Uint8Array;
  readonly selfSigningCertificate?: SignedMessage;
  readonly deviceCertificate?: SignedMessage;
}

/** How to check it. */
export interface DeviceSignedCheck {
  readonly label: SignatureLabel;
  /** What it is, for messages: `'invite'`, `'registration'`. */
  readonly what: string;
  /** The identity it must be of (`UNKNOWN_ISSUER` otherwise; any when `uuid` is absent), with the message to say so. */
  readonly expected?: { readonly uuid?: string | undefined; readonly message: string };
  readonly revocationList?: Uint8Array | RevocationList | null;
  readonly now: number;
  /** A check of the device before the signature is (`UNKNOWN_ISSUER` for a device it does not list...). */
  readonly device?: (device: DeviceCertificate) => void;
}

/**
 * Check a body a device signed for its identity.
 *
 * @throws NexusError `MALFORMED` (no valid identity key), `UNKNOWN_ISSUER`,
 *   `BAD_SIGNATURE`, `REVOKED`, `EXPIRED`, as the certificate checks do.
 */
export function verifyDeviceSigned(
  signed: SignedMessage,
  fields: DeviceSignedFields,
  check: DeviceSignedCheck,
): { uuid: Uuid; device: DeviceCertificate; selfSigningCertificate: Uint8Array } {
  let uuid: Uuid;
  try {
    uuid = uuidFromPublicKey(fields.identityKey);
  } catch (cause) {
    throw new NexusError('MALFORMED', `the ${check.what} names no valid identity key`, { cause });
  }
  if (check.expected?.uuid !== undefined && check.expected.uuid !== uuid)
    throw new NexusError('UNKNOWN_ISSUER', check.expected.message);
  const selfSigningCertificate = signedMessageCodec.encode(fields.selfSigningCertificate!);
  const { device } = verifyDeviceCertificate(signedMessageCodec.encode(fields.deviceCertificate!), {
    identity: fields.identityKey,
    selfSigningCertificate,
    revocationList: check.revocationList ?? null,
    now: check.now,
  });
  check.device?.(device);
  requireSignature(device.signingKey, check.label, signed.body, signed.signature, check.what);
  return { uuid, device, selfSigningCertificate };
}
