/**
 * The offline relay's conformance vectors (`test-vectors/relay/*.json`,
 * spec/relay.md): mailboxes of devices (§2) and signed acknowledgements
 * (§3), and the envelopes p2pTransport leaves there (spec/p2p.md §8), from a
 * seeded RNG and fixed times.
 */
import {
  createRelayedEnvelope,
  Identity,
  issueRevocationList,
  verifyRelayedEnvelope,
  relayAckBody,
  relayMailbox,
  signRelayAck,
  SigningKeyPair,
  SIGNATURE_LABELS,
  verifyRelayAck,
} from '../../src/index.js';
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { fromHex, toHex } from '../../src/primitives/bytes.js';
import { signLabelled } from '../../src/identity/signing.js';
import { P2P_LIMITS } from '../../src/wire/p2p.js';
import { SignedMessageSchema } from '../../src/wire/gen/nexuslink/v1/identity_pb.js';
import { RelayedEnvelopeBodySchema } from '../../src/wire/gen/nexuslink/v1/p2p_pb.js';
import type { Json } from './proto-json.js';
import { withPortableProvider } from './provider.js';
import { refusedWith, seededDevice, seededIdentity } from './accounts.js';
import { seededRandom } from './rng.js';

const GENERATOR = 'scripts/vectors/relay.ts';
const T0 = 1_767_225_600_000; // 2026-01-01T00:00:00Z
const NOW = T0 + 86_400_000;

export async function relayVectors(): Promise<Record<string, Json>> {
  return withPortableProvider(generate);
}

/** A UUID text from 16 random bytes (version and variant bits as a UUIDv7 has them). */
function uuidText(bytes: Uint8Array): string {
  const b = bytes.slice();
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = toHex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

async function generate(): Promise<Record<string, Json>> {
  const rng = seededRandom('nexuslink relay vectors v1');
  // Real UUIDs (spec/identity.md §3) of two seeded identities; their own
  // stream, so the rest of the file draws what it always drew.
  const uuidRng = seededRandom('nexuslink relay vectors v1 uuids');
  const uuids = [
    Identity.fromSeed(uuidRng.randomBytes(32)).uuid,
    Identity.fromSeed(uuidRng.randomBytes(32)).uuid,
  ];
  const mailboxCases: Json[] = uuids.map((uuid, i) => {
    const deviceId = rng.randomBytes(16);
    return {
      description: `device ${i + 1}`,
      uuid,
      device_id: toHex(deviceId),
      mailbox: relayMailbox({ uuid, deviceId }),
    };
  });

  const key = SigningKeyPair.fromSeed(rng.randomBytes(32));
  const server = 'https://relay.example.org';
  const ids = [uuidText(rng.randomBytes(16)), uuidText(rng.randomBytes(16))];
  const signature = await signRelayAck(key, { server, ids });
  verifyRelayAck(key.publicKey, { server, ids }, signature);
  const otherServer = 'https://other.example.org';
  const ackCases: Json[] = [
    {
      description: 'two ids acknowledged to relay.example.org',
      server,
      ids,
      body: toHex(relayAckBody({ server, ids })),
      signature: toHex(signature),
    },
    {
      description: 'the same signature presented to another relay: refused',
      server: otherServer,
      ids,
      body: toHex(relayAckBody({ server: otherServer, ids })),
      signature: toHex(signature),
      error: refusedWith('other server', () =>
        verifyRelayAck(key.publicKey, { server: otherServer, ids }, signature),
      ),
    },
    {
      description: 'one id dropped from the list: refused',
      server,
      ids: ids.slice(0, 1),
      body: toHex(relayAckBody({ server, ids: ids.slice(0, 1) })),
      signature: toHex(signature),
      error: refusedWith('dropped id', () =>
        verifyRelayAck(key.publicKey, { server, ids: ids.slice(0, 1) }, signature),
      ),
    },
  ];
  // The count limit (1 ≤ count ≤ 1000, spec/relay.md §3) at its bound and over it, and the
  // order of checks: the body is built (INVALID_ARGUMENT) before the signature is checked.
  const more = seededRandom('nexuslink relay vectors v1 acks');
  const thousand = Array.from({ length: 1000 }, () => uuidText(more.randomBytes(16)));
  const thousandSignature = await signRelayAck(key, { server, ids: thousand });
  const tooMany = [...thousand, uuidText(more.randomBytes(16))];
  ackCases.push(
    {
      description: '1 000 ids (the most one acknowledgement names)',
      server,
      ids: thousand,
      body: toHex(relayAckBody({ server, ids: thousand })),
      signature: toHex(thousandSignature),
    },
    {
      description:
        'two faults: 1 001 ids, under the signature of the first 1 000 (the count is checked before the signature; no body is made)',
      server,
      ids: tooMany,
      signature: toHex(thousandSignature),
      error: refusedWith('1 001 ids', () =>
        verifyRelayAck(key.publicKey, { server, ids: tooMany }, thousandSignature),
      ),
    },
  );
  // ---- relayed envelopes ----
  const account = await seededIdentity(rng, T0);
  const { identity, ssk, sskCert } = account;
  const { dsk, cert: deviceCert } = await seededDevice(rng, account, 'laptop', T0 + 1000);
  const sender = {
    identityKey: identity.publicKey.bytes,
    deviceId: deviceCert.deviceId,
    deviceCertificate: deviceCert.bytes,
    selfSigningCertificate: sskCert.bytes,
    signer: dsk,
  };
  const recipient = { uuid: uuids[1]!, deviceId: toHex(rng.randomBytes(16)) };
  const blob = await createRelayedEnvelope({
    device: sender,
    recipient,
    id: rng.randomBytes(16),
    envelope: rng.randomBytes(48),
    acceptedAt: T0 + 5000,
  });
  const accepted = verifyRelayedEnvelope(blob, { recipient, now: NOW });
  const revocation = await issueRevocationList({
    issuer: ssk,
    identityKey: identity.publicKey.bytes,
    revoke: [{ deviceId: deviceCert.deviceId }],
    issuedAt: T0 + 4000,
  });
  const flipped = blob.slice();
  flipped[flipped.length - 80]! ^= 0x01;
  const otherDevice = { ...recipient, deviceId: toHex(rng.randomBytes(16)) };
  const relayedCases: Json[] = [
    {
      description: 'a laptop leaves an envelope for a device; that device accepts it',
      blob: toHex(blob),
      recipient,
      now_ms: NOW,
      from: accepted.from,
      id: toHex(accepted.id),
      envelope: toHex(accepted.envelope),
      accepted_at_ms: accepted.acceptedAt,
    },
    {
      description: 'one bit of the body changed: the signature fails',
      blob: toHex(flipped),
      recipient,
      now_ms: NOW,
      error: refusedWith('flipped', () => verifyRelayedEnvelope(flipped, { recipient, now: NOW })),
    },
    {
      description: 'presented to another device of the same identity: refused',
      blob: toHex(blob),
      recipient: otherDevice,
      now_ms: NOW,
      error: refusedWith('other device', () =>
        verifyRelayedEnvelope(blob, { recipient: otherDevice, now: NOW }),
      ),
    },
    {
      description:
        "the recipient holds a revocation list of the sender's identity naming the laptop: refused",
      blob: toHex(blob),
      recipient,
      now_ms: NOW,
      revocation_list: toHex(revocation.bytes),
      error: refusedWith('revoked', () =>
        verifyRelayedEnvelope(blob, { recipient, now: NOW, revocationList: () => revocation }),
      ),
    },
    {
      description:
        'two faults: one bit of the body changed, and presented to another device (the signature is checked before the addressee)',
      blob: toHex(flipped),
      recipient: otherDevice,
      now_ms: NOW,
      error: refusedWith('flipped, other device', () =>
        verifyRelayedEnvelope(flipped, { recipient: otherDevice, now: NOW }),
      ),
    },
    {
      description:
        'two faults: the laptop is revoked, and the blob is presented to another device (the sender chain is checked before the addressee)',
      blob: toHex(blob),
      recipient: otherDevice,
      now_ms: NOW,
      revocation_list: toHex(revocation.bytes),
      error: refusedWith('revoked, other device', () =>
        verifyRelayedEnvelope(blob, {
          recipient: otherDevice,
          now: NOW,
          revocationList: () => revocation,
        }),
      ),
    },
  ];

  // The largest envelope a blob carries (1 MiB) and one byte more (spec/wire.md):
  // the SignedMessage of a blob may be as large as its RelayedEnvelopeBody.
  const largest = await createRelayedEnvelope({
    device: sender,
    recipient,
    id: new Uint8Array(16).fill(0x11),
    envelope: new Uint8Array(P2P_LIMITS.maxEnvelopeBytes).fill(0x5a),
    acceptedAt: T0 + 6000,
  });
  const acceptedLargest = verifyRelayedEnvelope(largest, { recipient, now: NOW });
  // One byte more cannot be made with the SDK (it refuses): signed by hand.
  const overBody = toBinary(
    RelayedEnvelopeBodySchema,
    create(RelayedEnvelopeBodySchema, {
      version: 1,
      identityKey: sender.identityKey,
      selfSigningCertificate: fromBinary(SignedMessageSchema, sender.selfSigningCertificate),
      deviceCertificate: fromBinary(SignedMessageSchema, sender.deviceCertificate),
      recipientUuid: recipient.uuid,
      recipientDeviceId: fromHex(recipient.deviceId),
      id: new Uint8Array(16).fill(0x12),
      envelope: new Uint8Array(P2P_LIMITS.maxEnvelopeBytes + 1).fill(0x5a),
      acceptedAtMs: BigInt(T0 + 6000),
    }),
  );
  const over = toBinary(
    SignedMessageSchema,
    create(SignedMessageSchema, {
      body: overBody,
      signature: await signLabelled(dsk, SIGNATURE_LABELS.relayedEnvelope, overBody),
    }),
  );
  relayedCases.push(
    {
      description: 'an envelope of exactly 1 MiB (the largest) of 0x5a bytes: accepted',
      blob: toHex(largest),
      recipient,
      now_ms: NOW,
      from: acceptedLargest.from,
      id: toHex(acceptedLargest.id),
      envelope: toHex(acceptedLargest.envelope),
      accepted_at_ms: acceptedLargest.acceptedAt,
    },
    {
      description: 'an envelope of 1 MiB + 1 byte, correctly signed: refused',
      blob: toHex(over),
      recipient,
      now_ms: NOW,
      error: refusedWith('over 1 MiB', () => verifyRelayedEnvelope(over, { recipient, now: NOW })),
    },
  );

  return {
    'relay/relayed-envelopes.json': {
      generator: GENERATOR,
      description: `A SignedMessage whose body is a RelayedEnvelopeBody (spec/proto/nexuslink/v1/p2p.proto), signed by the sending device under "${SIGNATURE_LABELS.relayedEnvelope}".`,
      cases: relayedCases,
    },
    'relay/mailboxes.json': {
      generator: GENERATOR,
      description:
        'Mailbox = base64url(SHA-256("nexuslink/v1/relay-mailbox" || 0x00 || utf8(uuid) || 0x00 || device id)), no padding.',
      cases: mailboxCases,
    },
    'relay/acks.json': {
      generator: GENERATOR,
      description: `Signed under "${SIGNATURE_LABELS.relayAck}": body = utf8(server) || 0x00 || u16be(count) || 16 bytes per id; signature = Ed25519(device key, label || 0x00 || body).`,
      signing_public_key: toHex(key.publicKey.bytes),
      cases: ackCases,
    },
  };
}
