/**
 * The community server conformance vectors (`test-vectors/community/*.json`,
 * spec/community.md): the login challenge a device signs (§3) and the
 * WebSocket frames (§5), from a seeded RNG and fixed times.
 */
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import type { DescMessage, MessageInitShape } from '@bufbuild/protobuf';
import {
  authChallengeBody,
  encodeMessageEvidence,
  frankingTag,
  issueDeviceCertificate,
  messageAttestationBody,
  SIGNATURE_LABELS,
  signAuthChallenge,
  signingInput,
  SigningKeyPair,
  signMessageAttestation,
  verifyAuthChallenge,
  verifyMessageAttestation,
  verifyMessageEvidence,
} from '../../src/index.js';
import type { MessageAttestationFields, VerifiedMessage } from '../../src/index.js';
import { fromHex, toHex, utf8 } from '../../src/primitives/bytes.js';
import { clientId } from '../../src/community/client.js';
import { uuidText } from '../../src/community/ids.js';
import { encodeClientMessage } from '../../src/client/message.js';
import type { RandomSource } from '../../src/interfaces/runtime.js';
import {
  ClientFrameSchema,
  MessageAttestationSchema,
  MessageEvidenceSchema,
  ServerFrameSchema,
} from '../../src/wire/gen/nexuslink/v1/community_pb.js';
import { ClientMessageSchema } from '../../src/wire/gen/nexuslink/v1/client_pb.js';
import type { ClientMessage } from '../../src/wire/gen/nexuslink/v1/client_pb.js';
import { clientFrameCodec, COMMUNITY_LIMITS, serverFrameCodec } from '../../src/wire/community.js';
import {
  clientMessageCodec,
  KeyAlgorithm,
  selfSigningCertificateBodyCodec,
  signedMessageCodec,
} from '../../src/wire/messages.js';
import type { Codec } from '../../src/wire/codec.js';
import { expectMalformed, fieldsOf } from './proto-json.js';
import type { Json } from './proto-json.js';
import { refusedWith, seededDevice, seededIdentity } from './accounts.js';
import { seededRandom } from './rng.js';
import { withPortableProvider } from './provider.js';
import { NexusError } from '../../src/index.js';
import { committedMessage } from '../../src/wire/index.js';

const T0 = 1_767_225_600_000; // 2026-01-01T00:00:00Z
const NOW = T0 + 86_400_000;
const GENERATOR = 'scripts/vectors/community.ts';

/** The frame messages of community.proto under their name in the vectors (`type`), with their codecs. */
export const FRAMES = {
  ClientFrame: {
    schema: ClientFrameSchema,
    codec: clientFrameCodec as unknown as Codec<DescMessage>,
  },
  ServerFrame: {
    schema: ServerFrameSchema,
    codec: serverFrameCodec as unknown as Codec<DescMessage>,
  },
} as const;
type FrameType = keyof typeof FRAMES;

export async function communityVectors(): Promise<Record<string, Json>> {
  return withPortableProvider(generate);
}

async function generate(): Promise<Record<string, Json>> {
  const rng = seededRandom('nexuslink community vectors v1');
  const account = await seededIdentity(rng, T0);
  const { identity, ssk, sskCert } = account;
  const { dsk, cert: deviceCert } = await seededDevice(rng, account, 'laptop', T0 + 1000);
  const deviceId = deviceCert.deviceId;

  // ---- the login challenge ----
  const server = 'https://chat.example.org';
  const nonce = rng.randomBytes(32);
  const challenge = { server, nonce, deviceId };
  const signature = await signAuthChallenge(dsk, challenge);
  const proof = {
    deviceCertificate: deviceCert.bytes,
    selfSigningCertificate: sskCert.bytes,
    signature,
  };
  const verified = verifyAuthChallenge({ server, nonce }, proof, { now: NOW });
  const body = authChallengeBody(challenge);
  const proofJson = {
    device_certificate: toHex(deviceCert.bytes),
    self_signing_certificate: toHex(sskCert.bytes),
    signature: toHex(signature),
  };
  const refused = (
    description: string,
    changed: { server?: string; nonce?: Uint8Array },
    error: string,
    alter: Partial<typeof proof> = {},
  ): Json => {
    const c = { server: changed.server ?? server, nonce: changed.nonce ?? nonce };
    const p = { ...proof, ...alter };
    try {
      verifyAuthChallenge(c, p, { now: NOW });
    } catch (err) {
      if (err instanceof NexusError && err.code === error)
        return {
          description,
          server: c.server,
          nonce: toHex(c.nonce),
          device_certificate: toHex(p.deviceCertificate),
          self_signing_certificate: toHex(p.selfSigningCertificate),
          signature: toHex(p.signature),
          now_ms: NOW,
          error,
        };
      throw new Error(`${description}: refused with ${String(err)}`);
    }
    throw new Error(`${description}: accepted`);
  };
  const flipped = signature.slice();
  flipped[10]! ^= 1;
  const authCases: Json[] = [
    {
      description: 'an Ed25519 device logs in',
      server,
      nonce: toHex(nonce),
      device_id: toHex(deviceId),
      ...proofJson,
      now_ms: NOW,
      result: {
        body: toHex(body),
        signing_input: toHex(signingInput(SIGNATURE_LABELS.authChallenge, body)),
        uuid: verified.uuid,
      },
    },
    refused(
      'the signature was made for another server',
      { server: 'https://other.example.org' },
      'BAD_SIGNATURE',
    ),
    refused(
      'the signature was made for another nonce',
      { nonce: rng.randomBytes(32) },
      'BAD_SIGNATURE',
    ),
    refused('one bit of the signature flipped', {}, 'BAD_SIGNATURE', { signature: flipped }),
    refused('a nonce of 31 bytes', { nonce: nonce.slice(1) }, 'MALFORMED'),
    refused('the device certificate has expired', {}, 'EXPIRED', {
      deviceCertificate: (
        await issueDeviceCertificate({
          issuer: ssk,
          identityKey: identity.publicKey.bytes,
          deviceId,
          displayName: 'laptop',
          signingKey: dsk.publicKey,
          keyAgreementKey: deviceCert.keyAgreementKey,
          createdAt: T0 + 1000,
          expiresAt: T0 + 2000,
        })
      ).bytes,
    }),
  ];

  // Added with issue 15 (no random draws: the files keep their bytes).
  const expiredDevice = await issueDeviceCertificate({
    issuer: ssk,
    identityKey: identity.publicKey.bytes,
    deviceId,
    displayName: 'laptop',
    signingKey: dsk.publicKey,
    keyAgreementKey: deviceCert.keyAgreementKey,
    createdAt: T0 + 1000,
    expiresAt: T0 + 2000,
  });
  const smallOrderSsk = signedMessageCodec.encode({
    body: selfSigningCertificateBodyCodec.encode({
      version: 1,
      identityKey: new Uint8Array(32), // y = 0: a point of order 4
      signingKey: { algorithm: KeyAlgorithm.ED25519, key: ssk.publicKey.bytes },
      createdAtMs: BigInt(T0),
    }),
    signature: new Uint8Array(64),
  });
  authCases.push(
    refused(
      'two faults: the signature was made for another server and the device certificate has expired (the chain is checked before the signature)',
      { server: 'https://other.example.org' },
      'EXPIRED',
      { deviceCertificate: expiredDevice.bytes },
    ),
    refused(
      'the self-signing certificate names a small-order identity key: not a valid key (checked when it is decoded, before any signature)',
      {},
      'MALFORMED',
      { selfSigningCertificate: smallOrderSsk },
    ),
  );

  // ---- frames ----
  // Franking (spec/community.md §5.6), added after the rest: every byte it
  // needs comes from a stream of its own, so the other cases keep theirs. The
  // server key signs the channel message frame's attestation and franking.json's.
  const franking = seededRandom('nexuslink community vectors v1 franking');
  const serverKey = SigningKeyPair.fromSeed(franking.randomBytes(32));
  const ref = { uuid: identity.uuid, deviceId };
  const channelId = rng.randomBytes(16);
  const deliveryId = rng.randomBytes(16);
  const frameCases: Json[] = [];
  const valid = <T extends FrameType>(
    type: T,
    description: string,
    init: MessageInitShape<(typeof FRAMES)[T]['schema']>,
  ) => {
    const { schema, codec } = FRAMES[type];
    const encoding = codec.encode(init as never);
    const decoded = codec.decode(encoding);
    frameCases.push({
      description,
      type,
      frame: fieldsOf(schema, decoded as unknown as Json),
      encoding: toHex(encoding),
    });
  };
  const invalid = <T extends FrameType>(
    type: T,
    description: string,
    reason: RegExp,
    init: MessageInitShape<(typeof FRAMES)[T]['schema']> | Uint8Array,
  ) => {
    const { schema, codec } = FRAMES[type];
    const bytes =
      init instanceof Uint8Array ? init : toBinary(schema, create(schema, init as never));
    expectMalformed(description, reason, () => codec.decode(bytes));
    frameCases.push({ description, type, encoding: toHex(bytes), error: 'MALFORMED' });
  };
  valid('ClientFrame', 'authenticate, resuming one channel after seq 41', {
    requestId: 1n,
    frame: {
      case: 'authenticate',
      value: {
        accessToken: 'nxa_' + toHex(rng.randomBytes(32)),
        resume: [{ channelId, seq: 41n }],
      },
    },
  });
  valid('ClientFrame', 'send an envelope to one device', {
    requestId: 2n,
    frame: {
      case: 'send',
      value: { to: ref, envelope: rng.randomBytes(100), clientId: rng.randomBytes(16) },
    },
  });
  valid('ClientFrame', 'send a channel message', {
    requestId: 3n,
    frame: {
      case: 'channelSend',
      value: {
        channelId,
        ciphertext: rng.randomBytes(120),
        clientId: rng.randomBytes(16),
        frankingTag: franking.randomBytes(32),
      },
    },
  });
  valid('ClientFrame', 'acknowledge a delivery and a channel up to seq 42 (no request id)', {
    frame: {
      case: 'acknowledge',
      value: { deliveryIds: [deliveryId], channels: [{ channelId, seq: 42n }] },
    },
  });
  valid('ServerFrame', 'ready', {
    frame: {
      case: 'ready',
      value: {
        device: ref,
        serverTimeMs: BigInt(NOW),
        heartbeatMs: 30_000,
        maxMessageBytes: 262_144,
      },
    },
  });
  valid('ServerFrame', 'result of a channel send: seq 42', {
    frame: { case: 'result', value: { requestId: 3n, seq: 42n } },
  });
  valid('ServerFrame', 'result of a send: the delivery id', {
    frame: { case: 'result', value: { requestId: 2n, deliveryId } },
  });
  valid('ServerFrame', 'result: refused', {
    frame: {
      case: 'result',
      value: {
        requestId: 4n,
        errorCode: 'NOT_PERMITTED',
        errorMessage: 'you are not a member of this channel',
      },
    },
  });
  valid('ServerFrame', 'a delivery', {
    frame: {
      case: 'delivery',
      value: {
        id: deliveryId,
        from: ref,
        envelope: rng.randomBytes(90),
        acceptedAtMs: BigInt(NOW),
      },
    },
  });
  const channelMessageTag = franking.randomBytes(32);
  valid(
    'ServerFrame',
    'a channel message, with its franking tag and the server’s attestation (it verifies under the server key of franking.json)',
    {
      frame: {
        case: 'channelMessage',
        value: {
          channelId,
          seq: 42n,
          sender: ref,
          ciphertext: rng.randomBytes(64),
          sentAtMs: BigInt(NOW),
          frankingTag: channelMessageTag,
          attestation: await signMessageAttestation(serverKey, {
            channelId: uuidText(channelId),
            seq: 42,
            sender: { uuid: ref.uuid, deviceId: toHex(deviceId) },
            sentAt: NOW,
            frankingTag: channelMessageTag,
          }),
        },
      },
    },
  );
  valid('ServerFrame', 'few one-time prekeys left', {
    frame: { case: 'prekeysLow', value: { count: 7 } },
  });
  invalid('ClientFrame', 'no frame', /no frame/, { requestId: 5n });
  invalid('ClientFrame', 'send to a 15-byte device id', /device_id/, {
    frame: {
      case: 'send',
      value: { to: { ...ref, deviceId: deviceId.slice(1) }, envelope: Uint8Array.of(1) },
    },
  });
  invalid('ClientFrame', 'send to a UUID that is not one', /uuid/, {
    frame: {
      case: 'send',
      value: { to: { ...ref, uuid: 'not-a-uuid' }, envelope: Uint8Array.of(1) },
    },
  });
  invalid('ClientFrame', 'an empty envelope', /envelope is empty/, {
    frame: { case: 'send', value: { to: ref, envelope: new Uint8Array(0) } },
  });
  invalid('ClientFrame', 'a channel send with a 17-byte channel id', /channel_id/, {
    frame: {
      case: 'channelSend',
      value: { channelId: rng.randomBytes(17), ciphertext: Uint8Array.of(1) },
    },
  });
  invalid('ClientFrame', 'an acknowledge that names nothing', /names nothing/, {
    frame: { case: 'acknowledge', value: {} },
  });
  invalid('ClientFrame', 'authenticate without a token', /access_token/, {
    frame: { case: 'authenticate', value: { accessToken: '' } },
  });
  invalid('ClientFrame', 'a client id of 8 bytes', /client_id/, {
    frame: {
      case: 'channelSend',
      value: { channelId, ciphertext: Uint8Array.of(1), clientId: rng.randomBytes(8) },
    },
  });
  invalid('ClientFrame', 'not protobuf', /protobuf/, Uint8Array.of(0x0a, 0xff));
  invalid('ServerFrame', 'a channel message with seq 0', /seq starts at 1/, {
    frame: {
      case: 'channelMessage',
      value: { channelId, seq: 0n, sender: ref, ciphertext: Uint8Array.of(1) },
    },
  });

  // Franking tags and attestations (the `franking` stream).
  const channelSend = {
    channelId,
    ciphertext: Uint8Array.of(1),
    clientId: franking.randomBytes(16),
    frankingTag: franking.randomBytes(32),
  };
  const channelMessage = {
    channelId,
    seq: 43n,
    sender: ref,
    ciphertext: Uint8Array.of(1),
    sentAtMs: BigInt(NOW),
    frankingTag: franking.randomBytes(32),
    attestation: franking.randomBytes(64),
  };
  invalid('ClientFrame', 'a channel send with a franking tag of 31 bytes', /franking_tag/, {
    frame: {
      case: 'channelSend',
      value: { ...channelSend, frankingTag: channelSend.frankingTag.slice(1) },
    },
  });
  invalid('ClientFrame', 'a channel send without a franking tag', /franking_tag/, {
    frame: { case: 'channelSend', value: { ...channelSend, frankingTag: new Uint8Array(0) } },
  });
  invalid(
    'ClientFrame',
    'two faults: a channel send with a client id of 8 bytes and no franking tag (client_id, field 3, is checked first; both MALFORMED)',
    /client_id/,
    {
      frame: {
        case: 'channelSend',
        value: {
          ...channelSend,
          clientId: channelSend.clientId.slice(8),
          frankingTag: new Uint8Array(0),
        },
      },
    },
  );
  invalid('ServerFrame', 'a channel message with an attestation of 63 bytes', /attestation/, {
    frame: {
      case: 'channelMessage',
      value: { ...channelMessage, attestation: channelMessage.attestation.slice(1) },
    },
  });
  invalid('ServerFrame', 'a channel message without an attestation', /attestation/, {
    frame: {
      case: 'channelMessage',
      value: { ...channelMessage, attestation: new Uint8Array(0) },
    },
  });
  invalid('ServerFrame', 'a channel message without a franking tag', /franking_tag/, {
    frame: {
      case: 'channelMessage',
      value: { ...channelMessage, frankingTag: new Uint8Array(0) },
    },
  });

  // Limits at and over their bounds, and the order of checks (issue 15: the `limits` stream).
  const limits = seededRandom('nexuslink community vectors v1 limits');
  const ids = (n: number) => Array.from({ length: n }, () => limits.randomBytes(16));
  const thousand = ids(COMMUNITY_LIMITS.maxAcknowledged);
  valid('ClientFrame', 'acknowledge 1 000 deliveries (the most one frame names)', {
    frame: { case: 'acknowledge', value: { deliveryIds: thousand } },
  });
  invalid('ClientFrame', 'acknowledge 1 001 deliveries', /too many delivery_ids/, {
    frame: { case: 'acknowledge', value: { deliveryIds: [...thousand, ...ids(1)] } },
  });
  const cursors = (n: number) => ids(n).map((channelId) => ({ channelId, seq: 1n }));
  const thousandCursors = cursors(COMMUNITY_LIMITS.maxAcknowledged);
  valid('ClientFrame', 'acknowledge 1 000 channels (the most one frame names)', {
    frame: { case: 'acknowledge', value: { channels: thousandCursors } },
  });
  invalid('ClientFrame', 'acknowledge 1 001 channels', /too many channels/, {
    frame: { case: 'acknowledge', value: { channels: [...thousandCursors, ...cursors(1)] } },
  });
  valid('ClientFrame', 'authenticate with a token of 512 bytes (the longest)', {
    frame: { case: 'authenticate', value: { accessToken: 't'.repeat(512) } },
  });
  invalid('ClientFrame', 'authenticate with a token of 513 bytes', /access_token/, {
    frame: { case: 'authenticate', value: { accessToken: 't'.repeat(513) } },
  });
  invalid(
    'ClientFrame',
    'authenticate resuming 1 025 channels (1 024 at most)',
    /too many resume/,
    {
      frame: { case: 'authenticate', value: { accessToken: 'token', resume: cursors(1025) } },
    },
  );
  invalid(
    'ClientFrame',
    'an envelope of 262 145 bytes (262 144 at most)',
    /envelope must be at most/,
    {
      frame: { case: 'send', value: { to: ref, envelope: new Uint8Array(262_145) } },
    },
  );
  invalid('ClientFrame', 'send to a UUID of 49 Base58 characters (a UUID is always 50)', /uuid/, {
    frame: {
      case: 'send',
      value: { to: { ...ref, uuid: identity.uuid.slice(0, 49) }, envelope: Uint8Array.of(1) },
    },
  });
  invalid(
    'ClientFrame',
    'two faults: a send to a 15-byte device id with an empty envelope (both MALFORMED; fields are checked in field order)',
    /device_id/,
    {
      frame: {
        case: 'send',
        value: { to: { ...ref, deviceId: deviceId.slice(1) }, envelope: new Uint8Array(0) },
      },
    },
  );
  invalid('ServerFrame', 'a result with an error code of 65 bytes', /error_code/, {
    frame: { case: 'result', value: { requestId: 1n, errorCode: 'E'.repeat(65) } },
  });
  invalid('ServerFrame', 'a result with an error message of 1 025 bytes', /error_message/, {
    frame: { case: 'result', value: { requestId: 1n, errorMessage: 'm'.repeat(1025) } },
  });

  // ---- client ids (§5.2) ----
  const envelope = rng.randomBytes(48);
  const ciphertext = rng.randomBytes(64);
  const channelText = '0190a5b2-7c3d-7e4f-8a1b-2c3d4e5f6a7b';
  const idCases: Json[] = [
    {
      description:
        'an envelope for one device: parts are the recipient UUID (UTF-8), its device id, the envelope',
      parts: [toHex(utf8(identity.uuid)), toHex(deviceId), toHex(envelope)],
      client_id: toHex(clientId(utf8(identity.uuid), deviceId, envelope)),
    },
    {
      description: 'a channel message: parts are the channel id (16 bytes) and the ciphertext',
      parts: [channelText.replaceAll('-', ''), toHex(ciphertext)],
      client_id: toHex(clientId(fromHex(channelText.replaceAll('-', '')), ciphertext)),
    },
    {
      description: 'lengths keep the parts apart: ("ab", "c") and ("a", "bc") differ',
      parts: ['6162', '63'],
      client_id: toHex(clientId(fromHex('6162'), fromHex('63'))),
    },
    {
      description: 'the other split',
      parts: ['61', '6263'],
      client_id: toHex(clientId(fromHex('61'), fromHex('6263'))),
    },
  ];

  const frankingFile = await frankingVectors(franking, serverKey);

  return {
    'community/franking.json': frankingFile,
    'community/client-ids.json': {
      description:
        'The client id the SDK puts on a send (spec/community.md §5.2): the first 16 bytes of SHA-256("nexuslink/v1/community-client-id" || for each part: u32be(length) || part).',
      generator: GENERATOR,
      cases: idCases,
    },
    'community/auth-challenge.json': {
      description:
        'Logging in to a community server (spec/community.md §3): the device signs the AuthChallenge { version 1, server, nonce, device_id } under the label "nexuslink/v1/auth-challenge" with its device signing key; the server verifies the certificate chain and the signature at now_ms. Refused cases give the error code.',
      generator: GENERATOR,
      label: SIGNATURE_LABELS.authChallenge,
      cases: authCases,
    },
    'community/frames.json': {
      description:
        'WebSocket frames of a community server (spec/community.md §5), ClientFrame and ServerFrame of community.proto: each valid case gives the frame as JSON (proto field names, bytes as hex, uint64 as numbers, a oneof member under its own name, every field present) and its one encoding; each invalid case is refused as MALFORMED.',
      generator: GENERATOR,
      cases: frameCases,
    },
  };
}

/** A VerifiedMessage as the JSON of franking.json's results. */
export function verifiedJson(v: VerifiedMessage): Json {
  return {
    channel_id: v.channelId,
    seq: v.seq,
    sender: { uuid: v.sender.uuid, device_id: v.sender.deviceId },
    sent_at_ms: v.sentAt,
    id: v.id,
    timestamp_ms: v.timestamp,
    content:
      v.content.kind === 'text'
        ? { kind: 'text', text: v.content.text }
        : { kind: 'structured', type: v.content.type, payload: toHex(v.content.payload) },
  };
}

/**
 * community/franking.json (spec/community.md §5.6): a channel message's
 * franking tag, the server's attestation of it, and the evidence a recipient
 * discloses in a report, checked against the server's key. All from the
 * `franking` stream, after the frames' draws.
 */
async function frankingVectors(franking: RandomSource, serverKey: SigningKeyPair): Promise<Json> {
  const serverPublic = serverKey.publicKey.bytes;
  const account = await seededIdentity(franking, T0);
  const { cert } = await seededDevice(franking, account, 'phone', T0 + 1000);
  const sender = { uuid: account.identity.uuid, deviceId: toHex(cert.deviceId) };
  /** 16 bytes shaped as a UUIDv7, as a server makes channel ids. */
  const uuidV7 = () => {
    const b = franking.randomBytes(16);
    b[6] = 0x70 | (b[6]! & 0x0f);
    b[8] = 0x80 | (b[8]! & 0x3f);
    return b;
  };
  const channelBytes = uuidV7();
  const channelId = uuidText(channelBytes);
  const SENT_AT = T0 + 3_600_000;

  const text = 'Meet me at the usual place at nine.';
  const message: ClientMessage = create(ClientMessageSchema, {
    version: 1,
    id: franking.randomBytes(16),
    timestampMs: BigInt(SENT_AT - 150),
    groupId: channelBytes,
    body: { case: 'text', value: { text } },
    frankingKey: franking.randomBytes(32),
  });
  const frankingKey = message.frankingKey;
  const committed = committedMessage(message);
  const tag = frankingTag(frankingKey, committed);

  /** The server's attestation of a message with `tag` at `seq`, as a recipient keeps it. */
  const attest = async (t: Uint8Array, seq: number, signer: SigningKeyPair = serverKey) => {
    const fields: MessageAttestationFields = {
      channelId,
      seq,
      sender,
      sentAt: SENT_AT + (seq - 7) * 1000,
      frankingTag: t,
    };
    const signature = await signMessageAttestation(signer, fields);
    const body = messageAttestationBody(fields);
    return { fields, body, signature, signed: signedMessageCodec.encode({ body, signature }) };
  };
  const evidenceOf = (m: Uint8Array, key: Uint8Array, attestation: Uint8Array) =>
    encodeMessageEvidence({ message: m, frankingKey: key, attestation });
  /** Evidence of the committed bytes `m`, with a fresh key and a tag the server attested. */
  const attestedEvidence = async (m: Uint8Array, seq: number) => {
    const key = franking.randomBytes(32);
    return evidenceOf(m, key, (await attest(frankingTag(key, m), seq)).signed);
  };

  const first = await attest(tag, 7);
  // What a recipient keeps (MessageRecord.attestation) is what verifying the frame gives.
  const kept = verifyMessageAttestation(serverPublic, first.fields, first.signature);
  if (toHex(kept) !== toHex(first.signed)) throw new Error('the kept attestation differs');
  const evidence = evidenceOf(committed, frankingKey, kept);

  const cases: Json[] = [];
  const valid = (description: string, ev: Uint8Array, parts: Json = {}) =>
    cases.push({
      description,
      server_public_key: toHex(serverPublic),
      evidence: toHex(ev),
      ...parts,
      result: verifiedJson(verifyMessageEvidence(serverPublic, ev)),
    });
  /** A refused case, checked to fail with `error` for `reason` (its message). */
  const refused = (description: string, ev: Uint8Array, error: string, reason: RegExp) => {
    try {
      verifyMessageEvidence(serverPublic, ev);
    } catch (err) {
      if (!(err instanceof NexusError) || err.code !== error || !reason.test(err.message))
        throw new Error(`${description}: refused for another reason: ${String(err)}`);
      cases.push({
        description,
        server_public_key: toHex(serverPublic),
        evidence: toHex(ev),
        error,
      });
      return;
    }
    throw new Error(`${description}: accepted`);
  };
  const NOT_OPENED = /do not open the attested commitment/;
  const NOT_SIGNED = /attestation does not verify/;
  const NOT_CONTENT = /not a text or structured message of the channel/;

  valid('a text message of the channel, reported: the evidence verifies', evidence, {
    parts: {
      message: fieldsOf(ClientMessageSchema, message as unknown as Json),
      encoding: toHex(encodeClientMessage(message)),
      committed: toHex(committed),
      franking_key: toHex(frankingKey),
      franking_tag: toHex(tag),
      attestation: {
        channel_id: channelId,
        seq: first.fields.seq,
        sender: { uuid: sender.uuid, device_id: sender.deviceId },
        sent_at_ms: first.fields.sentAt,
        franking_tag: toHex(tag),
      },
      attestation_body: toHex(first.body),
      attestation_signing_input: toHex(
        signingInput(SIGNATURE_LABELS.messageAttestation, first.body),
      ),
      attestation_signature: toHex(first.signature),
      attestation_signed: toHex(kept),
    },
  });
  const poll = create(ClientMessageSchema, {
    version: 1,
    id: franking.randomBytes(16),
    timestampMs: BigInt(SENT_AT + 850),
    groupId: channelBytes,
    body: {
      case: 'structured',
      value: { type: 'app.example/poll', payload: utf8('{"question":"Ramen or pho?"}') },
    },
  });
  valid('a structured message of the channel', await attestedEvidence(committedMessage(poll), 8));

  // The commitment does not open: BAD_SIGNATURE.
  const textAt = toHex(committed).indexOf(toHex(utf8(text))) / 2;
  const altered = committed.slice();
  altered[textAt + text.indexOf('nine')] = 'm'.charCodeAt(0);
  refused(
    'the message altered after it was sent: one byte of the text ("nine" → "mine")',
    evidenceOf(altered, frankingKey, kept),
    'BAD_SIGNATURE',
    NOT_OPENED,
  );
  refused(
    'another franking key than the one the message carried',
    evidenceOf(committed, franking.randomBytes(32), kept),
    'BAD_SIGNATURE',
    NOT_OPENED,
  );
  // The attestation does not verify: BAD_SIGNATURE.
  const otherServer = SigningKeyPair.fromSeed(franking.randomBytes(32));
  refused(
    'an attestation signed by another key than the server’s',
    evidenceOf(committed, frankingKey, (await attest(tag, 7, otherServer)).signed),
    'BAD_SIGNATURE',
    NOT_SIGNED,
  );
  const laterSeq = messageAttestationBody({ ...first.fields, seq: 70 });
  refused(
    'the attestation’s body changed to another seq (70), its signature kept',
    evidenceOf(
      committed,
      frankingKey,
      signedMessageCodec.encode({ body: laterSeq, signature: first.signature }),
    ),
    'BAD_SIGNATURE',
    NOT_SIGNED,
  );
  const flipped = first.signature.slice();
  flipped[20]! ^= 1;
  refused(
    'one bit of the attestation’s signature flipped',
    evidenceOf(
      committed,
      frankingKey,
      signedMessageCodec.encode({ body: first.body, signature: flipped }),
    ),
    'BAD_SIGNATURE',
    NOT_SIGNED,
  );
  // The commitment opens and the attestation verifies, but the committed bytes are not a
  // text or structured message of the channel without key or padding: MALFORMED.
  refused(
    'the committed bytes still carry their padding (attested, the key opens them)',
    await attestedEvidence(encodeClientMessage({ ...message, frankingKey: new Uint8Array(0) }), 9),
    'MALFORMED',
    NOT_CONTENT,
  );
  refused(
    'the committed bytes still carry their franking key (attested, the key opens them)',
    await attestedEvidence(clientMessageCodec.encode(message), 10),
    'MALFORMED',
    NOT_CONTENT,
  );
  const otherChannel = uuidV7();
  refused(
    'a message of another channel: its group_id is not the attested channel',
    await attestedEvidence(committedMessage({ ...message, groupId: otherChannel }), 11),
    'MALFORMED',
    NOT_CONTENT,
  );
  refused(
    'a message without a group_id (a 1:1 text)',
    await attestedEvidence(committedMessage({ ...message, groupId: new Uint8Array(0) }), 12),
    'MALFORMED',
    NOT_CONTENT,
  );
  refused(
    'a typing indicator of the channel (attested, but not a text or structured message)',
    await attestedEvidence(
      committedMessage(
        create(ClientMessageSchema, {
          version: 1,
          id: franking.randomBytes(16),
          timestampMs: BigInt(SENT_AT),
          groupId: channelBytes,
          body: { case: 'typing', value: { typing: true } },
        }),
      ),
      13,
    ),
    'MALFORMED',
    NOT_CONTENT,
  );
  refused(
    'committed bytes that are not a ClientMessage (attested, the key opens them)',
    await attestedEvidence(franking.randomBytes(40), 14),
    'MALFORMED',
    /ClientMessage: not the canonical protobuf/,
  );
  // The evidence or its attestation does not decode: MALFORMED.
  refused(
    'evidence that is not protobuf',
    Uint8Array.of(0x0a, 0xff),
    'MALFORMED',
    /MessageEvidence: not the canonical protobuf/,
  );
  const rawEvidence = (fields: Record<string, unknown>) =>
    toBinary(
      MessageEvidenceSchema,
      create(MessageEvidenceSchema, {
        version: 1,
        message: committed,
        frankingKey,
        attestation: { body: first.body, signature: first.signature },
        ...fields,
      }),
    );
  refused(
    'a franking key of 31 bytes',
    rawEvidence({ frankingKey: frankingKey.slice(1) }),
    'MALFORMED',
    /franking_key must be 32 bytes/,
  );
  refused(
    'an attestation signature of 63 bytes',
    rawEvidence({ attestation: { body: first.body, signature: first.signature.slice(1) } }),
    'MALFORMED',
    /attestation.signature must be 64 bytes/,
  );
  refused(
    'evidence without its attestation',
    rawEvidence({ attestation: undefined }),
    'MALFORMED',
    /attestation is missing/,
  );
  refused(
    'evidence of version 2',
    rawEvidence({ version: 2 }),
    'MALFORMED',
    /MessageEvidence: unsupported version 2/,
  );
  const version2Body = toBinary(
    MessageAttestationSchema,
    create(MessageAttestationSchema, {
      ...fromBinary(MessageAttestationSchema, first.body),
      version: 2,
    }),
  );
  refused(
    'an attestation body of version 2, signed by the server (decoded before the signature is checked)',
    rawEvidence({
      attestation: {
        body: version2Body,
        signature: await serverKey.sign(
          signingInput(SIGNATURE_LABELS.messageAttestation, version2Body),
        ),
      },
    }),
    'MALFORMED',
    /MessageAttestation: unsupported version 2/,
  );
  // Two faults: the attestation, then the commitment, then the message (spec/community.md §5.6).
  refused(
    'two faults: signed by another key, and a message of another channel (the signature is checked first)',
    evidenceOf(
      committedMessage({ ...message, groupId: otherChannel }),
      frankingKey,
      (
        await attest(
          frankingTag(frankingKey, committedMessage({ ...message, groupId: otherChannel })),
          7,
          otherServer,
        )
      ).signed,
    ),
    'BAD_SIGNATURE',
    NOT_SIGNED,
  );
  refused(
    'two faults: another franking key, and committed bytes that carry their padding (the commitment is checked before the message)',
    evidenceOf(
      encodeClientMessage({ ...message, frankingKey: new Uint8Array(0) }),
      frankingKey,
      kept,
    ),
    'BAD_SIGNATURE',
    NOT_OPENED,
  );

  // The tag alone.
  const tagCase = (description: string, key: Uint8Array, m: Uint8Array, error?: string): Json => {
    const inputs = { description, franking_key: toHex(key), committed: toHex(m) };
    if (error === undefined)
      return { ...inputs, result: { franking_tag: toHex(frankingTag(key, m)) } };
    const code = refusedWith(description, () => frankingTag(key, m));
    if (code !== error) throw new Error(`${description}: refused with ${code}, not ${error}`);
    return { ...inputs, error };
  };
  const tagCases = [
    tagCase('the tag of the first evidence case’s message', frankingKey, committed),
    tagCase(
      'no committed bytes: HMAC-SHA-256 over "nexuslink/v1/franking" and 0x00 alone',
      frankingKey,
      new Uint8Array(0),
    ),
    tagCase('a franking key of 31 bytes', frankingKey.slice(1), committed, 'INVALID_ARGUMENT'),
  ];

  return {
    description:
      'Message franking (spec/community.md §5.6). Cases with `evidence` check a reported channel message: verify the MessageEvidence under the community server’s key `server_public_key` (the attestation’s Ed25519 signature under label "nexuslink/v1/message-attestation" over its MessageAttestation body; that the franking key opens the attested tag over exactly the committed bytes; that those bytes are a text or structured ClientMessage of the attested channel, without franking key or padding). The result names the channel, seq, sender device, server time, message id, sender timestamp and content; refused cases give the error code. The first case’s `parts` show how its evidence is made (for information, not inputs). Cases with `committed` give the franking tag: HMAC-SHA-256 keyed with the 32-byte franking key over "nexuslink/v1/franking" || 0x00 || committed.',
    generator: GENERATOR,
    franking_label: 'nexuslink/v1/franking',
    attestation_label: SIGNATURE_LABELS.messageAttestation,
    cases: [...cases, ...tagCases],
  };
}
