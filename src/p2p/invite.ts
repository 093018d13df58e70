/**
 * Invites (spec/p2p.md §3): what one person shows as a QR code, or sends as
 * text, so that another can reach their devices peer to peer with no server
 * and no account. An invite names the identity, up to four devices with
 * their libp2p PeerIds, and relay hints; it carries the self-signing and
 * device certificates that let the scanner verify, offline, that the
 * identity's own device signed it.
 */
import { base32nopad } from '@scure/base';
import { NexusError } from '../interfaces/errors.js';
import { checkOptions, checkSigner } from '../interfaces/guards.js';
import type { Clock } from '../interfaces/runtime.js';
import { bytesEqual } from '../primitives/bytes.js';
import {
  validityPeriod,
  decodeSelfSigningCertificate,
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
import type { LocalDevice } from '../ratchet/prekeys.js';
import type { Uuid } from '../identity/uuid.js';
import { signedMessageCodec } from '../wire/messages.js';
import { inviteBodyCodec, P2P_LIMITS } from '../wire/p2p.js';
import { peerIdToString } from './peer-id.js';

/** The text form of an invite starts with this (spec/p2p.md §3.2). */
export const INVITE_TEXT_PREFIX = 'NXI1:';

/** How long an invite is valid by default: 7 days. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A device an invite names. */
export interface InviteDeviceEntry {
  /** 16 bytes. */
  readonly deviceId: Uint8Array;
  /** Binary libp2p PeerId (38 bytes). */
  readonly peerId: Uint8Array;
}

/** A device that signs for itself: its identity, certificates and signing key (a `LocalDevice` is one). */
export type SigningDevice = Pick<
  LocalDevice,
  'identityKey' | 'deviceId' | 'deviceCertificate' | 'selfSigningCertificate' | 'signer'
>;

/** Options of {@link createInvite}. */
export interface CreateInviteOptions {
  /** The signing device: its signing key and certificates. */
  readonly device: SigningDevice;
  /** At most 64 bytes of UTF-8. */
  readonly displayName?: string;
  /** The devices to dial, the signing device among them; at most 4. */
  readonly devices: readonly InviteDeviceEntry[];
  /** Relay multiaddrs (text), at most 4. */
  readonly relayHints?: readonly string[];
  /** Default: now. */
  readonly createdAt?: number;
  /** Default: {@link INVITE_TTL_MS} after `createdAt`. */
  readonly expiresAt?: number;
  readonly clock?: Clock;
}

/**
 * Sign an invite: an encoded `SignedMessage` whose body is an `InviteBody`.
 * Show it with {@link inviteToText} or as a QR code (`inviteQr`).
 *
 * @throws NexusError `INVALID_ARGUMENT` (limits, a signing device that is
 *   not listed, bad PeerIds or times).
 */
export async function createInvite(options: CreateInviteOptions): Promise<Uint8Array> {
  checkOptions(options, 'createInvite', '{ device, devices, ... }');
  const { device } = options;
  if (typeof device !== 'object' || device === null)
    throw new NexusError('INVALID_ARGUMENT', 'device must be the signing device (a LocalDevice)');
  checkSigner(device.signer, 'device.signer', 'a LocalDevice has one');
  if (!Array.isArray(options.devices))
    throw new NexusError('INVALID_ARGUMENT', 'devices must be an array of { deviceId, peerId }');
  if (!options.devices.some((d) => bytesEqual(d.deviceId, device.deviceId)))
    throw new NexusError(
      'INVALID_ARGUMENT',
      'the signing device must be one of the listed devices',
    );
  const period = validityPeriod(options, INVITE_TTL_MS);
  return signBody(device.signer, SIGNATURE_LABELS.invite, () =>
    inviteBodyCodec.encode({
      version: 1,
      identityKey: device.identityKey,
      displayName: options.displayName ?? '',
      selfSigningCertificate: signedMessageCodec.decode(device.selfSigningCertificate),
      deviceCertificate: signedMessageCodec.decode(device.deviceCertificate),
      devices: options.devices.map((d) => ({ deviceId: d.deviceId, peerId: d.peerId })),
      relayHints: [...(options.relayHints ?? [])],
      ...period,
    }),
  );
}

/** An invite in its text form: {@link INVITE_TEXT_PREFIX} and unpadded base32 (QR alphanumeric mode). */
export function inviteToText(invite: Uint8Array): string {
  if (!(invite instanceof Uint8Array) || invite.length === 0)
    throw new NexusError('INVALID_ARGUMENT', 'an invite is bytes');
  return INVITE_TEXT_PREFIX + base32nopad.encode(invite);
}

/**
 * The bytes of an invite in its text form (as scanned or pasted; case and
 * surrounding white space do not matter).
 *
 * @throws NexusError `MALFORMED` when it is not an invite's text form.
 */
export function inviteFromText(text: string): Uint8Array {
  if (typeof text !== 'string') throw new NexusError('MALFORMED', 'an invite is text');
  const t = text.trim().toUpperCase();
  if (!t.startsWith(INVITE_TEXT_PREFIX))
    throw new NexusError('MALFORMED', `an invite starts with ${INVITE_TEXT_PREFIX}`);
  // base32 of the largest SignedMessage an invite body fits in, and some.
  if (t.length > 2 * P2P_LIMITS.maxInviteBody)
    throw new NexusError('MALFORMED', 'the invite is too long');
  try {
    return base32nopad.decode(t.slice(INVITE_TEXT_PREFIX.length));
  } catch (cause) {
    throw new NexusError('MALFORMED', 'the invite is not base32', { cause });
  }
}

/** Options of {@link verifyInvite}. */
export interface VerifyInviteOptions extends VerifyOptions {
  /** Refuse an invite of any other identity (`UNKNOWN_ISSUER`). */
  readonly expectedUuid?: string;
  /** The newest revocation list held for the identity, if any. */
  readonly revocationList?: Uint8Array | RevocationList | null;
}

/** A device of a verified invite. */
export interface VerifiedInviteDevice extends InviteDeviceEntry {
  /** The PeerId in text form (`12D3KooW…`). */
  readonly peerIdText: string;
}

/** An invite whose signatures verified. */
export interface VerifiedInvite {
  readonly uuid: Uuid;
  readonly identityKey: Uint8Array;
  readonly displayName: string;
  readonly selfSigningCertificate: SelfSigningCertificate;
  /** The certificate of the device that signed the invite. */
  readonly signer: DeviceCertificate;
  /** The devices to dial. Each proves its PeerId when it is reached (spec/p2p.md §2). */
  readonly devices: readonly VerifiedInviteDevice[];
  readonly relayHints: readonly string[];
  readonly createdAt: number;
  readonly expiresAt: number;
}

/**
 * Verify an invite (its bytes or its text form): the self-signing
 * certificate against the identity key, the signing device's certificate,
 * that device being listed, the signature, and the validity period. An
 * invite changed anywhere, by one bit, is refused.
 *
 * @throws NexusError `MALFORMED`, `BAD_SIGNATURE`, `UNKNOWN_ISSUER`,
 *   `EXPIRED`, `REVOKED`.
 */
export function verifyInvite(
  invite: Uint8Array | string,
  options: VerifyInviteOptions = {},
): VerifiedInvite {
  const now = verificationTime(options);
  const bytes = typeof invite === 'string' ? inviteFromText(invite) : invite;
  const signed = signedMessageCodec.decode(bytes);
  const body = inviteBodyCodec.decode(signed.body);
  const {
    uuid,
    device,
    selfSigningCertificate: ssk,
  } = verifyDeviceSigned(signed, body, {
    label: SIGNATURE_LABELS.invite,
    what: 'invite',
    expected: { uuid: options.expectedUuid, message: 'the invite belongs to another identity' },
    revocationList: options.revocationList ?? null,
    now,
    device: (d) => {
      if (!body.devices.some((e) => bytesEqual(e.deviceId, d.deviceId)))
        throw new NexusError(
          'UNKNOWN_ISSUER',
          'the invite was signed by a device it does not list',
        );
    },
  });
  const expiresAt = Number(body.expiresAtMs);
  if (now >= expiresAt) throw new NexusError('EXPIRED', 'the invite has expired');
  return Object.freeze({
    uuid,
    identityKey: body.identityKey,
    displayName: body.displayName,
    selfSigningCertificate: decodeSelfSigningCertificate(ssk),
    signer: device,
    devices: Object.freeze(
      body.devices.map((d) =>
        Object.freeze({
          deviceId: d.deviceId,
          peerId: d.peerId,
          peerIdText: peerIdToString(d.peerId),
        }),
      ),
    ),
    relayHints: Object.freeze([...body.relayHints]),
    createdAt: Number(body.createdAtMs),
    expiresAt,
  });
}
