/**
 * The peer-to-peer conformance vectors (`test-vectors/p2p/*.json`,
 * spec/p2p.md): PeerIds of Ed25519 keys (§1), peer bindings (§2) and
 * invites with their text form (§3), from a seeded RNG and fixed times.
 */
import {
  createDeviceRecord,
  createInvite,
  createPeerBinding,
  deviceRecordKey,
  selectDeviceRecord,
  verifyDeviceRecord,
  Identity,
  inviteToText,
  issueRevocationList,
  peerIdFromEd25519PublicKey,
  peerIdFromString,
  peerIdToString,
  SIGNATURE_LABELS,
  SigningKeyPair,
  verifyInvite,
  verifyPeerBinding,
} from '../../src/index.js';
import { signLabelled } from '../../src/identity/signing.js';
import { signedMessageCodec } from '../../src/wire/messages.js';
import { create, toBinary } from '@bufbuild/protobuf';
import type { MessageInitShape } from '@bufbuild/protobuf';
import { deviceRecordBodyCodec, inviteBodyCodec, peerFrameCodec } from '../../src/wire/p2p.js';
import { PeerFrameSchema } from '../../src/wire/gen/nexuslink/v1/p2p_pb.js';
import { toHex } from '../../src/primitives/bytes.js';
import { expectMalformed, fieldsOf } from './proto-json.js';
import type { Json } from './proto-json.js';
import { refusedWith, seededDevice, seededIdentity } from './accounts.js';
import { seededRandom } from './rng.js';
import { withPortableProvider } from './provider.js';

const T0 = 1_767_225_600_000; // 2026-01-01T00:00:00Z
const NOW = T0 + 86_400_000;
const GENERATOR = 'scripts/vectors/p2p.ts';

export async function p2pVectors(): Promise<Record<string, Json>> {
  return withPortableProvider(generate);
}

async function generate(): Promise<Record<string, Json>> {
  const rng = seededRandom('nexuslink p2p vectors v1');
  const account = await seededIdentity(rng, T0);
  const { identity, ssk, sskCert } = account;
  const makeDevice = async (name: string) => {
    const { dsk, cert } = await seededDevice(rng, account, name, T0 + 1000);
    const transport = SigningKeyPair.fromSeed(rng.randomBytes(32));
    return { dsk, cert, peerId: peerIdFromEd25519PublicKey(transport.publicKey.bytes), transport };
  };
  const laptop = await makeDevice('laptop');
  const phone = await makeDevice('phone');

  // ---- PeerIds ----
  const peerIdCases: Json[] = [laptop, phone].map((d, i) => ({
    description: `the transport key of device ${i + 1}`,
    public_key: toHex(d.transport.publicKey.bytes),
    peer_id: toHex(d.peerId),
    text: peerIdToString(d.peerId),
  }));
  const refusedPeerIds: Json[] = [
    {
      description: 'a CIDv0-style SHA-256 multihash (an RSA key): not an Ed25519 PeerId',
      text: 'QmYyQSo1c1Ym7orWxLYvCrM2EmxFTANf8wXmmE7DWjhx5N',
      error: 'MALFORMED',
    },
    {
      description: 'not base58btc (0, O, I and l are not in the alphabet)',
      text: '12D3KooW0OIl',
      error: 'MALFORMED',
    },
  ];

  // ---- peer bindings ----
  const known = {
    identity: identity.publicKey.bytes,
    selfSigningCertificate: sskCert.bytes,
    deviceCertificate: laptop.cert.bytes,
  };
  const binding = await createPeerBinding({
    signer: laptop.dsk,
    deviceId: laptop.cert.deviceId,
    peerId: laptop.peerId,
    createdAt: T0 + 2000,
  });
  const verifiedBinding = verifyPeerBinding(binding, { ...known, peerId: laptop.peerId, now: NOW });
  const bindingCase = (
    description: string,
    bytes: Uint8Array,
    options: { deviceCertificate?: Uint8Array; peerId?: Uint8Array; now?: number },
  ): Json => {
    const o = { ...known, peerId: laptop.peerId, now: NOW, ...options };
    return {
      description,
      binding: toHex(bytes),
      device_certificate: toHex(o.deviceCertificate),
      connection_peer_id: toHex(o.peerId),
      now_ms: o.now,
      error: refusedWith(description, () => verifyPeerBinding(bytes, o)),
    };
  };
  const flippedBinding = binding.slice();
  flippedBinding[flippedBinding.length - 5]! ^= 0x10;
  const bindingCases: Json[] = [
    {
      description: 'the laptop binds its PeerId; the connection proved that PeerId',
      binding: toHex(binding),
      device_certificate: toHex(laptop.cert.bytes),
      connection_peer_id: toHex(laptop.peerId),
      now_ms: NOW,
      result: {
        signing_input_label: SIGNATURE_LABELS.peerBinding,
        body: toHex(signedMessageCodec.decode(binding).body),
        uuid: verifiedBinding.uuid,
        peer_id: toHex(verifiedBinding.peerId),
        expires_at_ms: verifiedBinding.expiresAt,
      },
    },
    bindingCase('the connection proved another PeerId', binding, { peerId: phone.peerId }),
    bindingCase('the binding is shown with the phone certificate', binding, {
      deviceCertificate: phone.cert.bytes,
    }),
    bindingCase('one bit of the signature flipped', flippedBinding, {}),
    bindingCase('after expires_at_ms', binding, { now: verifiedBinding.expiresAt }),
  ];

  // ---- invites ----
  const local = {
    identityKey: identity.publicKey.bytes,
    deviceId: laptop.cert.deviceId,
    deviceCertificate: laptop.cert.bytes,
    selfSigningCertificate: sskCert.bytes,
    signer: laptop.dsk,
  };
  const devices = [
    { deviceId: laptop.cert.deviceId, peerId: laptop.peerId },
    { deviceId: phone.cert.deviceId, peerId: phone.peerId },
  ];
  const relayHints = [`/ip4/203.0.113.7/tcp/4001/p2p/${peerIdToString(phone.peerId)}`];
  const invite = await createInvite({
    device: local,
    displayName: 'Ada',
    devices,
    relayHints,
    createdAt: T0 + 3000,
  });
  const verified = verifyInvite(invite, { now: NOW });
  const inviteCase = (
    description: string,
    bytes: Uint8Array,
    options: { now?: number; expectedUuid?: string; revocationList?: Uint8Array } = {},
  ): Json => {
    const o = { now: NOW, ...options };
    return {
      description,
      invite: toHex(bytes),
      now_ms: o.now,
      ...(o.expectedUuid ? { expected_uuid: o.expectedUuid } : {}),
      ...(o.revocationList ? { revocation_list: toHex(o.revocationList) } : {}),
      error: refusedWith(description, () => verifyInvite(bytes, o)),
    };
  };
  const flippedInvite = invite.slice();
  flippedInvite[flippedInvite.length - 7]! ^= 0x01;
  // Signed by the phone, which it does not list (made by hand: createInvite refuses to).
  const unlistedBody = inviteBodyCodec.encode({
    version: 1,
    identityKey: identity.publicKey.bytes,
    displayName: 'Ada',
    selfSigningCertificate: signedMessageCodec.decode(sskCert.bytes),
    deviceCertificate: signedMessageCodec.decode(phone.cert.bytes),
    devices: [devices[0]!],
    relayHints: [],
    createdAtMs: BigInt(T0 + 3000),
    expiresAtMs: BigInt(T0 + 3000 + 86_400_000 * 7),
  });
  const unlisted = signedMessageCodec.encode({
    body: unlistedBody,
    signature: await signLabelled(phone.dsk, SIGNATURE_LABELS.invite, unlistedBody),
  });
  const revocation = await issueRevocationList({
    issuer: ssk,
    identityKey: identity.publicKey.bytes,
    revoke: [{ deviceId: laptop.cert.deviceId }],
    issuedAt: T0 + 4000,
  });
  const other = Identity.fromSeed(rng.randomBytes(32));
  const inviteCases: Json[] = [
    {
      description: 'an invite naming two devices and one relay, signed by the laptop',
      invite: toHex(invite),
      text: inviteToText(invite),
      now_ms: NOW,
      result: {
        signing_input_label: SIGNATURE_LABELS.invite,
        uuid: verified.uuid,
        display_name: verified.displayName,
        signer_device_id: toHex(verified.signer.deviceId),
        devices: verified.devices.map((d) => ({
          device_id: toHex(d.deviceId),
          peer_id: toHex(d.peerId),
          peer_id_text: d.peerIdText,
        })),
        relay_hints: [...verified.relayHints],
        created_at_ms: verified.createdAt,
        expires_at_ms: verified.expiresAt,
      },
    },
    inviteCase('one bit of the signature flipped', flippedInvite),
    inviteCase('after expires_at_ms', invite, { now: verified.expiresAt }),
    inviteCase('the scanner expected another identity', invite, { expectedUuid: other.uuid }),
    inviteCase('signed by a device the invite does not list', unlisted),
    inviteCase('the signing device is on the revocation list the scanner holds', invite, {
      revocationList: revocation.bytes,
    }),
  ];

  // ---- envelope stream frames ----
  const frameCases: Json[] = [];
  const valid = (description: string, init: MessageInitShape<typeof PeerFrameSchema>) => {
    const encoding = peerFrameCodec.encode(init);
    frameCases.push({
      description,
      frame: fieldsOf(PeerFrameSchema, peerFrameCodec.decode(encoding) as unknown as Json),
      encoding: toHex(encoding),
    });
  };
  const invalid = (
    description: string,
    reason: RegExp,
    init: MessageInitShape<typeof PeerFrameSchema> | Uint8Array,
  ) => {
    const bytes =
      init instanceof Uint8Array ? init : toBinary(PeerFrameSchema, create(PeerFrameSchema, init));
    expectMalformed(description, reason, () => peerFrameCodec.decode(bytes));
    frameCases.push({ description, encoding: toHex(bytes), error: 'MALFORMED' });
  };
  const hello = {
    version: 1,
    identityKey: identity.publicKey.bytes,
    selfSigningCertificate: signedMessageCodec.decode(sskCert.bytes),
    deviceCertificate: signedMessageCodec.decode(laptop.cert.bytes),
    peerBinding: signedMessageCodec.decode(binding),
  };
  const envelopeId = rng.randomBytes(16);
  valid('the hello of the laptop', { frame: { case: 'hello', value: hello } });
  valid('an envelope', {
    frame: {
      case: 'envelope',
      value: { id: envelopeId, envelope: rng.randomBytes(48), acceptedAtMs: BigInt(NOW) },
    },
  });
  valid('its acknowledgement', { frame: { case: 'ack', value: { id: envelopeId } } });
  valid('a prekey request', { frame: { case: 'prekeyRequest', value: { version: 1 } } });
  valid('a prekey response with the device bundle', {
    frame: { case: 'prekeyResponse', value: { bundles: [rng.randomBytes(64)] } },
  });
  valid('a prekey response of a device that publishes none', {
    frame: { case: 'prekeyResponse', value: { bundles: [] } },
  });
  invalid('no frame', /holds hello, envelope, ack or a prekey request or response/, {});
  invalid('a hello of version 2', /version/, {
    frame: { case: 'hello', value: { ...hello, version: 2 } },
  });
  invalid('a hello without a peer binding', /peer_binding is missing/, {
    frame: { case: 'hello', value: { ...hello, peerBinding: undefined } },
  });
  invalid('an empty envelope', /not empty/, {
    frame: { case: 'envelope', value: { id: envelopeId, envelope: new Uint8Array(0) } },
  });
  invalid('an envelope id of 15 bytes', /id/, {
    frame: { case: 'envelope', value: { id: envelopeId.slice(1), envelope: Uint8Array.of(1) } },
  });
  invalid('an ack id of 17 bytes', /id/, {
    frame: { case: 'ack', value: { id: new Uint8Array(17) } },
  });
  invalid('a prekey response with two bundles', /at most its own bundle/, {
    frame: { case: 'prekeyResponse', value: { bundles: [Uint8Array.of(1), Uint8Array.of(2)] } },
  });
  invalid('a prekey request of version 2', /version/, {
    frame: { case: 'prekeyRequest', value: { version: 2 } },
  });
  invalid(
    'trailing bytes after the frame',
    /canonical|valid/,
    Uint8Array.of(
      ...peerFrameCodec.encode({ frame: { case: 'ack', value: { id: envelopeId } } }),
      0,
    ),
  );

  // ---- device records (the DHT) ----
  const recordDevice = {
    identityKey: identity.publicKey.bytes,
    deviceCertificate: laptop.cert.bytes,
    selfSigningCertificate: sskCert.bytes,
    signer: laptop.dsk,
  };
  const laptopAddress = { uuid: identity.uuid, deviceId: toHex(laptop.cert.deviceId) };
  const recordKey = deviceRecordKey(laptopAddress);
  const record = await createDeviceRecord({
    device: recordDevice,
    peerBinding: binding,
    addresses: ['/ip4/198.51.100.4/tcp/4001', `${relayHints[0]}/p2p-circuit`],
    createdAt: T0 + 5000,
  });
  const newerRecord = await createDeviceRecord({
    device: recordDevice,
    peerBinding: binding,
    addresses: ['/ip4/198.51.100.5/tcp/4001'],
    createdAt: T0 + 6000,
  });
  const verifiedRecord = verifyDeviceRecord(record, { key: recordKey, now: NOW });
  const phoneKey = deviceRecordKey({ uuid: identity.uuid, deviceId: toHex(phone.cert.deviceId) });
  const flippedRecord = record.slice();
  flippedRecord[flippedRecord.length - 3]! ^= 0x04;
  const recordCase = (
    description: string,
    bytes: Uint8Array,
    key: Uint8Array,
    now = NOW,
  ): Json => ({
    description,
    key: new TextDecoder().decode(key),
    record: toHex(bytes),
    now_ms: now,
    error: refusedWith(description, () => verifyDeviceRecord(bytes, { key, now })),
  });
  const recordCases: Json[] = [
    {
      description: "the laptop's record under its key",
      key: new TextDecoder().decode(recordKey),
      record: toHex(record),
      now_ms: NOW,
      result: {
        signing_input_label: SIGNATURE_LABELS.deviceRecord,
        uuid: verifiedRecord.address.uuid,
        device_id: verifiedRecord.address.deviceId,
        peer_id: verifiedRecord.peerId,
        addresses: [...verifiedRecord.addresses],
        created_at_ms: verifiedRecord.createdAt,
        expires_at_ms: verifiedRecord.expiresAt,
      },
    },
    recordCase("stored under the phone's key", record, phoneKey),
    recordCase('one bit of the signature flipped', flippedRecord, recordKey),
    recordCase('after expires_at_ms', record, recordKey, verifiedRecord.expiresAt),
  ];
  const selection = {
    description: 'of these records for one key, the newest that verifies wins (index `selected`)',
    key: new TextDecoder().decode(recordKey),
    records: [record, flippedRecord, newerRecord].map(toHex),
    now_ms: NOW,
    selected: selectDeviceRecord(recordKey, [record, flippedRecord, newerRecord], NOW),
  };
  if (selection.selected !== 2) throw new Error('the newer record must win');

  // ---- limits, keys and the order of checks (issue 15; the `more` stream) ----
  const more = seededRandom('nexuslink p2p vectors v1 checks');
  refusedPeerIds.push(
    {
      description: '65 characters of the base58btc alphabet (a text form is 1 to 64)',
      text: `${peerIdToString(laptop.peerId)}${'z'.repeat(65 - peerIdToString(laptop.peerId).length)}`,
      error: 'MALFORMED',
    },
    {
      description: 'a PeerId text with a leading space: the text form is not trimmed',
      text: ` ${peerIdToString(laptop.peerId)}`,
      error: 'MALFORMED',
    },
  );
  for (const c of refusedPeerIds.slice(-2))
    refusedWith(c.description as string, () => peerIdFromString(c.text as string));

  const flippedCertificate = laptop.cert.bytes.slice();
  flippedCertificate[flippedCertificate.length - 1]! ^= 0x01;
  bindingCases.push(
    bindingCase(
      'two faults: after expires_at_ms, and the connection proved another PeerId (expiry is checked first)',
      binding,
      { now: verifiedBinding.expiresAt, peerId: phone.peerId },
    ),
    bindingCase(
      'two faults: one bit of the signature flipped, shown with the phone certificate (the device id is compared before the signature)',
      flippedBinding,
      { deviceCertificate: phone.cert.bytes },
    ),
    bindingCase(
      'two faults: a trailing byte after the binding, and the device certificate’s signature altered (the binding is decoded before anything is verified)',
      Uint8Array.of(...binding, 0),
      { deviceCertificate: flippedCertificate },
    ),
  );

  /** An invite body changed as `change` says, signed by the laptop. */
  const resignedInvite = async (change: Record<string, unknown>) => {
    const inviteBody = inviteBodyCodec.encode({
      ...inviteBodyCodec.decode(signedMessageCodec.decode(invite).body),
      ...change,
    });
    return signedMessageCodec.encode({
      body: inviteBody,
      signature: await signLabelled(laptop.dsk, SIGNATURE_LABELS.invite, inviteBody),
    });
  };
  const text = inviteToText(invite);
  const textCase = (description: string, t: string): Json => ({
    description,
    invite: null,
    text: t,
    now_ms: NOW,
    error: refusedWith(description, () => verifyInvite(t, { now: NOW })),
  });
  inviteCases.push(
    {
      ...inviteCases[0]!,
      description:
        'the same invite from its text form in lower case, surrounded by white space (`invite` null: verify `text`)',
      invite: null,
      text: ` ${text.toLowerCase()}\n`,
    },
    textCase(
      'a text form of 4 097 characters (4 096 at most after trimming)',
      `NXI1:${'A'.repeat(4092)}`,
    ),
    textCase(
      'a text form whose base32 ends 1 character past a multiple of 8 (not canonical)',
      `${text.slice(0, 5 + Math.floor((text.length - 5) / 8) * 8)}A`,
    ),
    textCase('a text form without the NXI1: prefix', text.slice(5)),
    inviteCase(
      'the identity key is a small-order point (validly signed by the laptop): not a valid key',
      await resignedInvite({ identityKey: new Uint8Array(32) }),
    ),
    inviteCase(
      'two faults: after expires_at_ms, and one bit of the signature flipped (the signature is checked before the expiry)',
      flippedInvite,
      { now: verified.expiresAt },
    ),
    inviteCase(
      'two faults: the scanner expected another identity, and one bit of the signature flipped (the identity is compared first)',
      flippedInvite,
      { expectedUuid: other.uuid },
    ),
  );

  valid('a prekey response with a bundle of 16 384 bytes (the largest)', {
    frame: { case: 'prekeyResponse', value: { bundles: [more.randomBytes(16_384)] } },
  });
  invalid('a prekey response with a bundle of 16 385 bytes', /at most 16384/, {
    frame: { case: 'prekeyResponse', value: { bundles: [more.randomBytes(16_385)] } },
  });
  invalid('a hello whose identity key is 31 bytes', /identity_key/, {
    frame: { case: 'hello', value: { ...hello, identityKey: hello.identityKey.slice(1) } },
  });
  invalid(
    'two faults: a hello of version 2 without a peer binding (both MALFORMED; fields are checked in field order)',
    /version/,
    { frame: { case: 'hello', value: { ...hello, version: 2, peerBinding: undefined } } },
  );

  const smallOrderRecordBody = deviceRecordBodyCodec.encode({
    ...deviceRecordBodyCodec.decode(signedMessageCodec.decode(record).body),
    identityKey: new Uint8Array(32),
  });
  const smallOrderRecord = signedMessageCodec.encode({
    body: smallOrderRecordBody,
    signature: await signLabelled(laptop.dsk, SIGNATURE_LABELS.deviceRecord, smallOrderRecordBody),
  });
  recordCases.push(
    recordCase(
      'the identity key is a small-order point (validly signed by the laptop): not a valid key',
      smallOrderRecord,
      recordKey,
    ),
    recordCase(
      'two faults: after expires_at_ms, and stored under the phone’s key (expiry is checked before the key)',
      record,
      phoneKey,
      verifiedRecord.expiresAt,
    ),
    recordCase(
      'two faults: one bit of the signature flipped, and stored under the phone’s key (the signature is checked before the key)',
      flippedRecord,
      phoneKey,
    ),
  );

  const meta = (description: string) => ({ generator: GENERATOR, description });
  return {
    'p2p/peer-ids.json': {
      ...meta(
        'PeerIds of Ed25519 transport keys (spec/p2p.md §1): 00 24 08 01 12 20 || key, text form base58btc. Refused text forms are MALFORMED.',
      ),
      cases: [...peerIdCases, ...refusedPeerIds],
    },
    'p2p/peer-bindings.json': {
      ...meta(
        'PeerBinding SignedMessages (spec/p2p.md §2), verified against identity_key and self_signing_certificate below, the device certificate and the PeerId the connection proved, at now_ms.',
      ),
      identity_key: toHex(identity.publicKey.bytes),
      self_signing_certificate: toHex(sskCert.bytes),
      cases: bindingCases,
    },
    'p2p/frames.json': {
      ...meta(
        'Frames of a NexusLink envelope stream (spec/p2p.md §4), PeerFrame of p2p.proto, each sent as a 4-byte big-endian length and the encoding: each valid case gives the frame as JSON (proto field names, bytes as hex, uint64 as numbers, a oneof member under its own name) and its one encoding; each invalid case is refused as MALFORMED.',
      ),
      cases: frameCases,
    },
    'p2p/device-records.json': {
      ...meta(
        'Device records for the DHT (spec/p2p.md §7): a DeviceRecordBody SignedMessage stored under key, verified at now_ms; refused cases give the error; `selection` gives several records for one key and the index a conforming selector picks.',
      ),
      cases: recordCases,
      selection,
    },
    'p2p/invites.json': {
      ...meta(
        'Invites (spec/p2p.md §3): the SignedMessage bytes, the text form, what verifies at now_ms, and what is refused with which error.',
      ),
      cases: inviteCases,
    },
  };
}
