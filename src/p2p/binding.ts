/**
 * Peer bindings (spec/p2p.md §2): a device signing key vouching that a
 * libp2p PeerId is this device's, for a limited time. A peer shows its
 * binding with its certificates after the libp2p handshake; whoever dials it
 * checks that the PeerId the handshake proved is the bound one.
 */
import { NexusError } from '../interfaces/errors.js';
import type { Clock } from '../interfaces/runtime.js';
import { bytesEqual } from '../primitives/bytes.js';
import {
  validityPeriod,
  verificationTime,
  verifyDeviceCertificate,
} from '../identity/certificates.js';
import type { IdentityRef, RevocationList, VerifyOptions } from '../identity/certificates.js';
import type { DeviceCertificate } from '../identity/certificates.js';
import { requireSignature, SIGNATURE_LABELS, signBody } from '../identity/signing.js';
import type { Signer } from '../identity/signing.js';
import type { Uuid } from '../identity/uuid.js';
import { signedMessageCodec } from '../wire/messages.js';
import { peerBindingBodyCodec } from '../wire/p2p.js';
import { peerIdToString } from './peer-id.js';

/** How long a binding is valid by default: 30 days. */
export const PEER_BINDING_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Options of {@link createPeerBinding}. */
export interface CreatePeerBindingOptions {
  /** The device signing key. */
  readonly signer: Signer;
  /** The device's 16-byte id. */
  readonly deviceId: Uint8Array;
  /** The binary PeerId of the device's transport key. */
  readonly peerId: Uint8Array;
  /** Default: now. */
  readonly createdAt?: number;
  /** Default: {@link PEER_BINDING_TTL_MS} after `createdAt`. */
  readonly expiresAt?: number;
  readonly clock?: Clock;
}

/**
 * Sign a binding of `peerId` to the device: a `SignedMessage` whose body is
 * a `PeerBindingBody`.
 *
 * @throws NexusError `INVALID_ARGUMENT` for a bad PeerId, device id or times.
 */
export async function createPeerBinding(options: CreatePeerBindingOptions): Promise<Uint8Array> {
  const period = validityPeriod(options, PEER_BINDING_TTL_MS);
  return signBody(options.signer, SIGNATURE_LABELS.peerBinding, () =>
    peerBindingBodyCodec.encode({
      version: 1,
      deviceId: options.deviceId,
      peerId: options.peerId,
      ...period,
    }),
  );
}

/** Options of {@link verifyPeerBinding}. */
export interface VerifyPeerBindingOptions extends VerifyOptions {
  /** The identity the device must belong to. */
  readonly identity: IdentityRef;
  /** The identity's self-signing key certificate. */
  readonly selfSigningCertificate: Uint8Array;
  /** The certificate of the device that signed the binding. */
  readonly deviceCertificate: Uint8Array;
  /** The identity's newest revocation list, if any. */
  readonly revocationList?: Uint8Array | RevocationList | null;
  /** The PeerId the libp2p handshake proved: anything else is `PEER_MISMATCH`. */
  readonly peerId?: Uint8Array;
}

/** A binding that verified. */
export interface VerifiedPeerBinding {
  readonly uuid: Uuid;
  readonly device: DeviceCertificate;
  /** The bound binary PeerId. */
  readonly peerId: Uint8Array;
  readonly createdAt: number;
  readonly expiresAt: number;
}

/**
 * Verify a peer binding: the device certificate (against the identity, its
 * self-signing certificate and revocation list), the binding's signature by
 * that device, its validity period, and, when given, the PeerId the
 * connection proved.
 *
 * @throws NexusError `MALFORMED`, `BAD_SIGNATURE`, `UNKNOWN_ISSUER`,
 *   `EXPIRED`, `REVOKED` (the certificate's), `PEER_MISMATCH` (the binding
 *   names another device than the certificate, or another PeerId than the
 *   connection's).
 */
export function verifyPeerBinding(
  binding: Uint8Array,
  options: VerifyPeerBindingOptions,
): VerifiedPeerBinding {
  const now = verificationTime(options);
  // The binding decodes before anything is verified (spec/p2p.md §2, order of checks).
  const signed = signedMessageCodec.decode(binding);
  const body = peerBindingBodyCodec.decode(signed.body);
  const { device, uuid } = verifyDeviceCertificate(options.deviceCertificate, { ...options, now });
  if (!bytesEqual(body.deviceId, device.deviceId))
    throw new NexusError('PEER_MISMATCH', 'the peer binding names another device');
  requireSignature(
    device.signingKey,
    SIGNATURE_LABELS.peerBinding,
    signed.body,
    signed.signature,
    'peer binding',
  );
  const createdAt = Number(body.createdAtMs);
  const expiresAt = Number(body.expiresAtMs);
  if (now >= expiresAt) throw new NexusError('EXPIRED', 'the peer binding has expired');
  if (options.peerId !== undefined && !bytesEqual(options.peerId, body.peerId))
    throw new NexusError(
      'PEER_MISMATCH',
      `the peer is ${safePeerId(options.peerId)}, not the device's ${peerIdToString(body.peerId)}`,
    );
  return Object.freeze({ uuid, device, peerId: body.peerId, createdAt, expiresAt });
}

function safePeerId(peerId: Uint8Array): string {
  try {
    return peerIdToString(peerId);
  } catch {
    return 'not an Ed25519 PeerId';
  }
}
