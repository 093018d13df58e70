/**
 * Device records (spec/p2p.md §7): where one device of an identity can be
 * reached (its PeerId, bound by a peer binding, and its multiaddrs), signed
 * by the device and expiring, stored in the DHT under
 * `/nexuslink/<uuid>/<device id>`. Anyone may store a record; only a record
 * the device signed, for that key, not expired, verifies, and the newest
 * one wins.
 */
import { NexusError } from '../interfaces/errors.js';
import type { Clock } from '../interfaces/runtime.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import {
  validityPeriod,
  decodeDeviceCertificate,
  verificationTime,
} from '../identity/certificates.js';
import type { RevocationList } from '../identity/certificates.js';
import { requireSignature, SIGNATURE_LABELS, signBody } from '../identity/signing.js';
import type { Signer } from '../identity/signing.js';
import { uuidFromPublicKey } from '../identity/uuid.js';
import { bytesEqual, toHex, utf8 } from '../primitives/bytes.js';
import { signedMessageCodec } from '../wire/messages.js';
import { deviceRecordBodyCodec } from '../wire/p2p.js';
import { verifyPeerBinding } from './binding.js';
import { peerIdToString } from './peer-id.js';

/** How long a device record is valid by default: 24 hours (republish well before). */
export const DEVICE_RECORD_TTL_MS = 24 * 60 * 60 * 1000;

/** The DHT key of a device's record: `/nexuslink/<uuid>/<device id in hex>`. */
export function deviceRecordKey(device: DeviceAddress): Uint8Array {
  return utf8(`/nexuslink/${device.uuid}/${device.deviceId}`);
}

/** Options of {@link createDeviceRecord}. */
export interface CreateDeviceRecordOptions {
  readonly device: {
    readonly identityKey: Uint8Array;
    readonly deviceCertificate: Uint8Array;
    readonly selfSigningCertificate: Uint8Array;
    readonly signer: Signer;
  };
  /** The device's peer binding (`createPeerBinding`). */
  readonly peerBinding: Uint8Array;
  /** Multiaddrs it is reached at (at most 8). */
  readonly addresses: readonly string[];
  readonly createdAt?: number;
  /** Default: {@link DEVICE_RECORD_TTL_MS} after `createdAt`. */
  readonly expiresAt?: number;
  readonly clock?: Clock;
}

/**
 * Sign a device record.
 *
 * @throws NexusError `INVALID_ARGUMENT` (limits, times, malformed certificates).
 */
export async function createDeviceRecord(options: CreateDeviceRecordOptions): Promise<Uint8Array> {
  const period = validityPeriod(options, DEVICE_RECORD_TTL_MS);
  return signBody(options.device.signer, SIGNATURE_LABELS.deviceRecord, () =>
    deviceRecordBodyCodec.encode({
      version: 1,
      identityKey: options.device.identityKey,
      selfSigningCertificate: signedMessageCodec.decode(options.device.selfSigningCertificate),
      deviceCertificate: signedMessageCodec.decode(options.device.deviceCertificate),
      peerBinding: signedMessageCodec.decode(options.peerBinding),
      addresses: [...options.addresses],
      ...period,
    }),
  );
}

/** Options of {@link verifyDeviceRecord}. */
export interface VerifyDeviceRecordOptions {
  /** The key it was stored under: a record for another device is refused. */
  readonly key?: Uint8Array;
  /** Verification time (default now). */
  readonly now?: number;
  /** The newest revocation list held for the identity. */
  readonly revocationList?: Uint8Array | RevocationList | null;
}

/** A device record that verified. */
export interface VerifiedDeviceRecord {
  readonly address: DeviceAddress;
  /** The device's PeerId (text form). */
  readonly peerId: string;
  readonly addresses: readonly string[];
  readonly createdAt: number;
  readonly expiresAt: number;
}

/**
 * Verify a device record: the device certificate chain, the peer binding, the
 * record's signature by the device, its period, and that it belongs under
 * `key`.
 *
 * @throws NexusError `MALFORMED`, `BAD_SIGNATURE`, `UNKNOWN_ISSUER`,
 *   `EXPIRED`, `REVOKED`, `PEER_MISMATCH`.
 */
export function verifyDeviceRecord(
  record: Uint8Array,
  options: VerifyDeviceRecordOptions = {},
): VerifiedDeviceRecord {
  const now = verificationTime(options);
  const signed = signedMessageCodec.decode(record);
  const body = deviceRecordBodyCodec.decode(signed.body);
  // The key names the identity: an invalid one is a malformed record (spec/p2p.md §7).
  let uuid: string;
  try {
    uuid = uuidFromPublicKey(body.identityKey);
  } catch (cause) {
    throw new NexusError('MALFORMED', 'the record names no valid identity key', { cause });
  }
  const deviceCertificate = signedMessageCodec.encode(body.deviceCertificate!);
  const binding = verifyPeerBinding(signedMessageCodec.encode(body.peerBinding!), {
    identity: body.identityKey,
    selfSigningCertificate: signedMessageCodec.encode(body.selfSigningCertificate!),
    deviceCertificate,
    revocationList: options.revocationList ?? null,
    now,
  });
  const device = decodeDeviceCertificate(deviceCertificate);
  requireSignature(
    device.signingKey,
    SIGNATURE_LABELS.deviceRecord,
    signed.body,
    signed.signature,
    'device record',
  );
  const expiresAt = Number(body.expiresAtMs);
  if (now >= expiresAt) throw new NexusError('EXPIRED', 'the device record has expired');
  const address = { uuid, deviceId: toHex(device.deviceId) };
  if (options.key !== undefined && !bytesEqual(options.key, deviceRecordKey(address)))
    throw new NexusError('UNKNOWN_ISSUER', 'the record belongs under another key');
  return Object.freeze({
    address: Object.freeze(address),
    peerId: peerIdToString(binding.peerId),
    addresses: Object.freeze([...body.addresses]),
    createdAt: Number(body.createdAtMs),
    expiresAt,
  });
}

/**
 * Of several records for one key, the index of the newest that verifies
 * (for a DHT's record selection); -1 when none does.
 */
export function selectDeviceRecord(
  key: Uint8Array,
  records: readonly Uint8Array[],
  now?: number,
): number {
  let best = -1;
  let bestTime = -1;
  records.forEach((r, i) => {
    try {
      const v = verifyDeviceRecord(r, { key, ...(now === undefined ? {} : { now }) });
      if (v.createdAt > bestTime) {
        best = i;
        bestTime = v.createdAt;
      }
    } catch {
      // not a candidate
    }
  });
  return best;
}
