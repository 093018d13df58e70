/**
 * Codecs of the peer-to-peer pieces (spec/p2p.md): the binding of a libp2p
 * PeerId to a device, and the invite a person shows as a QR code.
 */
import {
  DeviceRecordBodySchema,
  InviteBodySchema,
  PeerBindingBodySchema,
  PeerFrameSchema,
  RelayedEnvelopeBodySchema,
} from './gen/nexuslink/v1/p2p_tables.js';
import {
  check,
  checkLength,
  checkMaxLength,
  checkSafeU64,
  checkVersion,
  messageCodec,
} from './codec.js';
import { SignedMessageSchema } from './gen/nexuslink/v1/identity_tables.js';
import { checkSigned, checkUuidText, WIRE_LIMITS } from './messages.js';

/** Limits of the peer-to-peer formats (spec/p2p.md). */
export const P2P_LIMITS = {
  /** Bytes of a binary libp2p PeerId of an Ed25519 key. */
  peerId: 38,
  /** Most devices an invite lists. */
  maxInviteDevices: 4,
  /** Most relay hints an invite carries. */
  maxRelayHints: 4,
  /** Longest relay hint (a multiaddr in text form), in bytes. */
  maxRelayHintBytes: 256,
  /** Largest encoded invite body. */
  maxInviteBody: 2048,
  /** Bytes of an envelope id on a peer stream. */
  envelopeId: 16,
  /** Largest envelope on a peer stream (as any transport's). */
  maxEnvelopeBytes: 1024 * 1024,
  /** Most addresses in a device record. */
  maxRecordAddresses: 8,
  /** Largest encoded device record body. */
  maxRecordBody: 4096,
  /** Largest encoded PreKeyBundle in a PreKeyResponse. */
  maxBundleBytes: 16 * 1024,
} as const;

/** The first 6 bytes of every Ed25519 PeerId: identity multihash, 36 bytes, PublicKey { type: Ed25519, data: 32 bytes }. */
export const ED25519_PEER_ID_PREFIX = Uint8Array.of(0x00, 0x24, 0x08, 0x01, 0x12, 0x20);

/** A binary PeerId of an Ed25519 key (the only kind NexusLink devices use). */
export function checkPeerId(field: string, peerId: Uint8Array): void {
  checkLength(field, peerId, P2P_LIMITS.peerId);
  for (let i = 0; i < ED25519_PEER_ID_PREFIX.length; i++)
    check(peerId[i] === ED25519_PEER_ID_PREFIX[i], `${field} is not the PeerId of an Ed25519 key`);
}

function checkTimes(created: bigint, expires: bigint): void {
  checkSafeU64('created_at_ms', created);
  checkSafeU64('expires_at_ms', expires);
  check(expires > created, 'expires_at_ms must be after created_at_ms');
}

/** Body of a peer binding. */
export const peerBindingBodyCodec = /* @__PURE__ */ messageCodec(PeerBindingBodySchema, () => ({
  maxBytes: 128,
  validate: (m) => {
    checkVersion('PeerBindingBody', m.version);
    checkLength('device_id', m.deviceId, WIRE_LIMITS.deviceId);
    checkPeerId('peer_id', m.peerId);
    checkTimes(m.createdAtMs, m.expiresAtMs);
  },
}));

/** Body of an invite. */
export const inviteBodyCodec = /* @__PURE__ */ messageCodec(InviteBodySchema, () => ({
  maxBytes: P2P_LIMITS.maxInviteBody,
  validate: (m) => {
    checkVersion('InviteBody', m.version);
    checkLength('identity_key', m.identityKey, WIRE_LIMITS.identityKey);
    checkMaxLength('display_name', m.displayName, WIRE_LIMITS.displayNameBytes);
    checkSigned('self_signing_certificate', m.selfSigningCertificate, true);
    checkSigned('device_certificate', m.deviceCertificate, true);
    check(m.devices.length >= 1, 'an invite names at least one device');
    check(m.devices.length <= P2P_LIMITS.maxInviteDevices, 'too many devices in an invite');
    const seen = new Set<string>();
    m.devices.forEach((d, i) => {
      checkLength(`devices[${i}].device_id`, d.deviceId, WIRE_LIMITS.deviceId);
      checkPeerId(`devices[${i}].peer_id`, d.peerId);
      const id = Array.from(d.deviceId, (b) => b.toString(16).padStart(2, '0')).join('');
      check(!seen.has(id), 'a device appears twice in an invite');
      seen.add(id);
    });
    check(m.relayHints.length <= P2P_LIMITS.maxRelayHints, 'too many relay hints');
    m.relayHints.forEach((h, i) => {
      checkMaxLength(`relay_hints[${i}]`, h, P2P_LIMITS.maxRelayHintBytes);
      check(h.startsWith('/'), `relay_hints[${i}] is not a multiaddr`);
    });
    checkTimes(m.createdAtMs, m.expiresAtMs);
  },
}));

/** One frame of a NexusLink envelope stream (spec/p2p.md §4). */
export const peerFrameCodec = /* @__PURE__ */ messageCodec(PeerFrameSchema, () => ({
  maxBytes: P2P_LIMITS.maxEnvelopeBytes + 1024,
  validate: (m) => {
    const f = m.frame;
    if (f.case === 'hello') {
      checkVersion('PeerHello', f.value.version);
      checkLength('identity_key', f.value.identityKey, WIRE_LIMITS.identityKey);
      checkSigned('self_signing_certificate', f.value.selfSigningCertificate, true);
      checkSigned('device_certificate', f.value.deviceCertificate, true);
      checkSigned('peer_binding', f.value.peerBinding, true);
    } else if (f.case === 'envelope') {
      checkLength('id', f.value.id, P2P_LIMITS.envelopeId);
      check(f.value.envelope.length > 0, 'an envelope is not empty');
      checkMaxLength('envelope', f.value.envelope, P2P_LIMITS.maxEnvelopeBytes);
      checkSafeU64('accepted_at_ms', f.value.acceptedAtMs);
    } else if (f.case === 'ack') {
      checkLength('id', f.value.id, P2P_LIMITS.envelopeId);
    } else if (f.case === 'prekeyRequest') {
      checkVersion('PreKeyRequest', f.value.version);
    } else if (f.case === 'prekeyResponse') {
      check(f.value.bundles.length <= 1, 'a device answers with at most its own bundle');
      f.value.bundles.forEach((b, i) => {
        check(b.length > 0, `bundles[${i}] is empty`);
        checkMaxLength(`bundles[${i}]`, b, P2P_LIMITS.maxBundleBytes);
      });
    } else check(false, 'a PeerFrame holds hello, envelope, ack or a prekey request or response');
  },
}));

/** Body of a device record (spec/p2p.md §7). */
export const deviceRecordBodyCodec = /* @__PURE__ */ messageCodec(DeviceRecordBodySchema, () => ({
  maxBytes: P2P_LIMITS.maxRecordBody,
  validate: (m) => {
    checkVersion('DeviceRecordBody', m.version);
    checkLength('identity_key', m.identityKey, WIRE_LIMITS.identityKey);
    checkSigned('self_signing_certificate', m.selfSigningCertificate, true);
    checkSigned('device_certificate', m.deviceCertificate, true);
    checkSigned('peer_binding', m.peerBinding, true);
    check(m.addresses.length <= P2P_LIMITS.maxRecordAddresses, 'too many addresses');
    m.addresses.forEach((a, i) => {
      checkMaxLength(`addresses[${i}]`, a, P2P_LIMITS.maxRelayHintBytes);
      check(a.startsWith('/'), `addresses[${i}] is not a multiaddr`);
    });
    checkTimes(m.createdAtMs, m.expiresAtMs);
  },
}));

/** Largest `RelayedEnvelopeBody`: a 1 MiB envelope, both certificates and the addressing. */
const MAX_RELAYED_BODY = P2P_LIMITS.maxEnvelopeBytes + 8192;

/** Body of an envelope left at an offline relay (spec/p2p.md §8). */
export const relayedEnvelopeBodyCodec = /* @__PURE__ */ messageCodec(
  RelayedEnvelopeBodySchema,
  () => ({
    maxBytes: MAX_RELAYED_BODY,
    validate: (m) => {
      checkVersion('RelayedEnvelopeBody', m.version);
      checkLength('identity_key', m.identityKey, WIRE_LIMITS.identityKey);
      checkSigned('self_signing_certificate', m.selfSigningCertificate, true);
      checkSigned('device_certificate', m.deviceCertificate, true);
      checkUuidText('recipient_uuid', m.recipientUuid);
      checkLength('recipient_device_id', m.recipientDeviceId, 16);
      checkLength('id', m.id, P2P_LIMITS.envelopeId);
      check(
        m.envelope.length > 0 && m.envelope.length <= P2P_LIMITS.maxEnvelopeBytes,
        'envelope is 1 byte to 1 MiB',
      );
      checkSafeU64('accepted_at_ms', m.acceptedAtMs);
    },
  }),
);

/**
 * The blob left at an offline relay: a SignedMessage whose body is a
 * `RelayedEnvelopeBody`, so its body may be as large as that (1 MiB of
 * envelope and the rest), not only the 128 KiB of other signed bodies.
 */
export const relayedSignedMessageCodec = /* @__PURE__ */ messageCodec(SignedMessageSchema, () => ({
  maxBytes: MAX_RELAYED_BODY + 128,
  validate: (m) => checkSigned('SignedMessage', m, true, MAX_RELAYED_BODY),
}));
