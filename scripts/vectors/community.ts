/**
 * The community server conformance vectors (`test-vectors/community/*.json`,
 * spec/community.md): the login challenge a device signs (§3) and the
 * WebSocket frames (§5), from a seeded RNG and fixed times.
 */
import { create, toBinary } from '@bufbuild/protobuf';
import type { DescMessage, MessageInitShape } from '@bufbuild/protobuf';
import {
  authChallengeBody,
  issueDeviceCertificate,
  SIGNATURE_LABELS,
  signAuthChallenge,
  signingInput,
  verifyAuthChallenge,
} from '../../src/index.js';
import { fromHex, toHex, utf8 } from '../../src/primitives/bytes.js';
import { clientId } from '../../src/community/client.js';
import {
  ClientFrameSchema,
  ServerFrameSchema,
} from '../../src/wire/gen/nexuslink/v1/community_pb.js';
import { clientFrameCodec, COMMUNITY_LIMITS, serverFrameCodec } from '../../src/wire/community.js';
import {
  KeyAlgorithm,
  selfSigningCertificateBodyCodec,
  signedMessageCodec,
} from '../../src/wire/messages.js';
import type { Codec } from '../../src/wire/codec.js';
import { expectMalformed, fieldsOf } from './proto-json.js';
import type { Json } from './proto-json.js';
import { seededDevice, seededIdentity } from './accounts.js';
import { seededRandom } from './rng.js';
import { withPortableProvider } from './provider.js';
import { NexusError } from '../../src/index.js';

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
      value: { channelId, ciphertext: rng.randomBytes(120), clientId: rng.randomBytes(16) },
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
  valid('ServerFrame', 'a channel message', {
    frame: {
      case: 'channelMessage',
      value: {
        channelId,
        seq: 42n,
        sender: ref,
        ciphertext: rng.randomBytes(64),
        sentAtMs: BigInt(NOW),
      },
    },
  });
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

  return {
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
