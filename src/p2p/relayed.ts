/**
 * Envelopes left at an offline relay (spec/p2p.md §8). When a device cannot
 * be reached, `p2pTransport` (with `offlineRelay`) signs each waiting
 * envelope together with its certificates and the recipient's address, and
 * leaves it in the recipient's mailbox; the recipient checks the chain
 * IK → SSK → device, the signature, and that it is the recipient, before the
 * envelope enters its inbox. The relay sees who the blob is for (a mailbox)
 * but cannot forge, alter or redirect one.
 */
import { NexusError } from '../interfaces/errors.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import { decodeDeviceCertificate, verifyDeviceCertificate } from '../identity/certificates.js';
import type { RevocationList } from '../identity/certificates.js';
import { requireSignature, SIGNATURE_LABELS, signLabelled } from '../identity/signing.js';
import { uuidFromPublicKey } from '../identity/uuid.js';
import { fromHex, toHex } from '../primitives/bytes.js';
import { signedMessageCodec } from '../wire/messages.js';
import { relayedEnvelopeBodyCodec, relayedSignedMessageCodec } from '../wire/p2p.js';
import type { SigningDevice } from './invite.js';

/** What {@link createRelayedEnvelope} signs. */
export interface RelayedEnvelopeInput {
  /** The sending device. */
  readonly device: SigningDevice;
  readonly recipient: DeviceAddress;
  /** The envelope's 16-byte id (the one it has on peer streams). */
  readonly id: Uint8Array;
  readonly envelope: Uint8Array;
  /** When the sender's transport accepted it, ms. */
  readonly acceptedAt: number;
}

/**
 * Sign an envelope for an offline relay: the encoded `SignedMessage` is the blob.
 *
 * @throws NexusError `INVALID_ARGUMENT` for bad input, `KEYSTORE`.
 */
export async function createRelayedEnvelope(input: RelayedEnvelopeInput): Promise<Uint8Array> {
  const d = input.device;
  // Not signBody: the blob's body may exceed the 128 KiB of other signed bodies (spec/wire.md).
  let body: Uint8Array;
  try {
    body = relayedEnvelopeBodyCodec.encode({
      version: 1,
      identityKey: d.identityKey,
      selfSigningCertificate: signedMessageCodec.decode(d.selfSigningCertificate),
      deviceCertificate: signedMessageCodec.decode(d.deviceCertificate),
      recipientUuid: input.recipient.uuid,
      recipientDeviceId: fromHex(input.recipient.deviceId),
      id: input.id,
      envelope: input.envelope,
      acceptedAtMs: BigInt(input.acceptedAt),
    });
  } catch (cause) {
    if (NexusError.is(cause, 'MALFORMED'))
      throw new NexusError('INVALID_ARGUMENT', cause.message, { cause });
    throw cause;
  }
  const signature = await signLabelled(d.signer, SIGNATURE_LABELS.relayedEnvelope, body);
  return relayedSignedMessageCodec.encode({ body, signature });
}

/** A relayed envelope that verified. */
export interface VerifiedRelayedEnvelope {
  /** The device that signed it. */
  readonly from: DeviceAddress;
  readonly id: Uint8Array;
  readonly envelope: Uint8Array;
  readonly acceptedAt: number;
}

/**
 * Check a blob fetched from an offline relay.
 *
 * @throws NexusError `MALFORMED`; `UNKNOWN_ISSUER`, `BAD_SIGNATURE`,
 *   `EXPIRED`, `REVOKED` for the sender's chain or signature;
 *   `PEER_MISMATCH` when it is addressed to another device.
 */
export function verifyRelayedEnvelope(
  blob: Uint8Array,
  options: {
    /** This device: the envelope must be addressed to it. */
    readonly recipient: DeviceAddress;
    /** The newest revocation list held for the sender's identity. */
    readonly revocationList?: (uuid: string) => Uint8Array | RevocationList | null;
    readonly now?: number;
  },
): VerifiedRelayedEnvelope {
  const signed = relayedSignedMessageCodec.decode(blob);
  const body = relayedEnvelopeBodyCodec.decode(signed.body);
  let uuid: string;
  try {
    uuid = uuidFromPublicKey(body.identityKey);
  } catch (cause) {
    throw new NexusError('MALFORMED', 'the identity key is not a valid key', { cause });
  }
  const deviceCertificate = signedMessageCodec.encode(body.deviceCertificate!);
  verifyDeviceCertificate(deviceCertificate, {
    identity: body.identityKey,
    selfSigningCertificate: signedMessageCodec.encode(body.selfSigningCertificate!),
    revocationList: options.revocationList?.(uuid) ?? null,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const device = decodeDeviceCertificate(deviceCertificate);
  requireSignature(
    device.signingKey,
    SIGNATURE_LABELS.relayedEnvelope,
    signed.body,
    signed.signature,
    'relayed envelope',
  );
  if (
    body.recipientUuid !== options.recipient.uuid ||
    toHex(body.recipientDeviceId) !== options.recipient.deviceId
  )
    throw new NexusError('PEER_MISMATCH', 'the relayed envelope is for another device');
  return Object.freeze({
    from: Object.freeze({ uuid, deviceId: toHex(device.deviceId) }),
    id: body.id,
    envelope: body.envelope,
    acceptedAt: Number(body.acceptedAtMs),
  });
}
