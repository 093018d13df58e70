/**
 * The client conformance vectors (`test-vectors/client/*.json`): the
 * `ClientMessage` wire format with its padding (spec/client.md §1) and the
 * records a client stores (spec/client.md, "Storage and crash safety"), from
 * a seeded RNG and fixed times.
 *
 * Messages and records are written as JSON objects: the field names of
 * client.proto, bytes as lower-case hex, uint64 as numbers, enums by their
 * proto name, every field present (defaults included, an unset message as
 * null), the member of a oneof under its own field name, and
 * `ClientMessage.padding` left out (the result gives its length).
 */
import { create, equals, toBinary } from '@bufbuild/protobuf';
import type { DescMessage, MessageInitShape } from '@bufbuild/protobuf';
import {
  createContactCard,
  frankingTag,
  Identity,
  NexusError,
  signMessageAttestation,
  verifyMessageAttestation,
  issueDeviceCertificate,
  issueRevocationList,
  issueSelfSigningCertificate,
  KeyAgreementKeyPair,
  SigningKeyPair,
} from '../../src/index.js';
import { uuidFromPublicKey } from '../../src/identity/uuid.js';
import type { Uuid } from '../../src/identity/uuid.js';
import { fromHex, toHex } from '../../src/primitives/bytes.js';
import { decodeCliRecord, encodeCliRecord } from '../../src/cli/home.js';
import type { CliRecord } from '../../src/cli/home.js';
import { peerIdFromEd25519PublicKey, peerIdToString } from '../../src/p2p/peer-id.js';
import {
  decodeClientMessage,
  directConversation,
  encodeClientMessage,
  groupConversation,
  messageKey,
} from '../../src/client/message.js';
import {
  ClientMessageSchema,
  ContactRecordSchema,
  ConversationKind,
  ConversationRecordSchema,
  InboxRecordSchema,
  MessageRecordSchema,
  MessageStatus,
  OutboxRecordSchema,
  LocalDeviceRecordSchema,
  ReceiptType,
} from '../../src/wire/gen/nexuslink/v1/client_pb.js';
import { SenderKeyDistributionSchema } from '../../src/wire/gen/nexuslink/v1/session_pb.js';
import { EnvelopeType } from '../../src/wire/gen/nexuslink/v1/envelope_pb.js';
import {
  contactRecordCodec,
  conversationRecordCodec,
  envelopeCodec,
  inboxRecordCodec,
  messageRecordCodec,
  outboxRecordCodec,
  localDeviceRecordCodec,
  senderKeyDistributionCodec,
  WIRE_LIMITS,
} from '../../src/wire/messages.js';
import type { Codec } from '../../src/wire/codec.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { expectMalformed, fieldsOf } from './proto-json.js';
import type { Json } from './proto-json.js';
import { seededRandom } from './rng.js';
import { withPortableProvider } from './provider.js';
import { committedMessage } from '../../src/wire/index.js';

const T0 = 1_767_225_600_000; // 2026-01-01T00:00:00Z
const GENERATOR = 'scripts/vectors/client.ts';
const BLOCK = WIRE_LIMITS.clientMessagePadding;

type ClientMessageInit = MessageInitShape<typeof ClientMessageSchema>;

// --- helpers -------------------------------------------------------------------

/** `init` padded as encodeClientMessage pads, but encoded by protobuf-es without any check. */
function rawPadded(init: ClientMessageInit, shortBy = 0): Uint8Array {
  const m = create(ClientMessageSchema, init);
  m.padding = new Uint8Array(0);
  const bare = toBinary(ClientMessageSchema, m);
  const total = Math.ceil((bare.length + 4) / BLOCK) * BLOCK;
  m.padding = new Uint8Array(total - bare.length - 3 - shortBy);
  const out = toBinary(ClientMessageSchema, m);
  if (out.length !== total - shortBy) throw new Error('padding is not where the vector expects it');
  return out;
}

function sorted<T>(values: T[]): T[] {
  return [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// --- ClientMessage ---------------------------------------------------------------

function validMessage(description: string, init: ClientMessageInit, extra: Json = {}): Json {
  const encoding = encodeClientMessage(init);
  if (toHex(encoding) !== toHex(rawPadded(init)))
    throw new Error(`${description}: encodeClientMessage does not pad as spec/client.md §1.2`);
  const decoded = decodeClientMessage(encoding);
  const padding = decoded.padding.length;
  decoded.padding = new Uint8Array(0);
  if (!equals(ClientMessageSchema, decoded, create(ClientMessageSchema, init)))
    throw new Error(`${description}: does not round-trip`);
  return {
    description,
    message: fieldsOf(ClientMessageSchema, decoded),
    ...extra,
    result: { encoding: toHex(encoding), padding_length: padding },
  };
}

function invalidMessage(description: string, bytes: Uint8Array, reason: RegExp): Json {
  expectMalformed(description, reason, () => decodeClientMessage(bytes));
  return { description, encoding: toHex(bytes), error: 'MALFORMED' };
}

// --- records -------------------------------------------------------------------

interface RecordType {
  readonly schema: DescMessage;
  readonly codec: Codec<DescMessage>;
}

const RECORDS = {
  ContactRecord: { schema: ContactRecordSchema, codec: contactRecordCodec as Codec<DescMessage> },
  ConversationRecord: {
    schema: ConversationRecordSchema,
    codec: conversationRecordCodec as Codec<DescMessage>,
  },
  MessageRecord: { schema: MessageRecordSchema, codec: messageRecordCodec as Codec<DescMessage> },
  OutboxRecord: { schema: OutboxRecordSchema, codec: outboxRecordCodec as Codec<DescMessage> },
  InboxRecord: { schema: InboxRecordSchema, codec: inboxRecordCodec as Codec<DescMessage> },
  LocalDeviceRecord: {
    schema: LocalDeviceRecordSchema,
    codec: localDeviceRecordCodec as Codec<DescMessage>,
  },
} satisfies Record<string, RecordType>;
type RecordName = keyof typeof RECORDS;

function validRecord(
  description: string,
  type: RecordName,
  table: string,
  key: string | null,
  init: Json,
): Json {
  const { schema, codec }: RecordType = RECORDS[type];
  const encoding = codec.encode(init);
  const decoded = codec.decode(encoding);
  if (!equals(schema, decoded, create(schema, init)))
    throw new Error(`${description}: does not round-trip`);
  return {
    description,
    type,
    table,
    key,
    record: fieldsOf(schema, decoded as unknown as Json),
    result: { encoding: toHex(encoding) },
  };
}

function invalidRecord(
  description: string,
  type: RecordName,
  bytes: Uint8Array,
  reason: RegExp,
): Json {
  expectMalformed(description, reason, () => RECORDS[type].codec.decode(bytes));
  return { description, type, encoding: toHex(bytes), error: 'MALFORMED' };
}

/** `init` encoded by protobuf-es without any check. */
function raw(type: RecordName, init: Json): Uint8Array {
  const schema: DescMessage = RECORDS[type].schema;
  return toBinary(schema, create(schema, init));
}

// --- the vectors -----------------------------------------------------------------

export async function clientVectors(): Promise<Record<string, Json>> {
  return withPortableProvider(generate);
}

async function generate(): Promise<Record<string, Json>> {
  const rng = seededRandom('nexuslink client vectors v1');
  // Identities: UUIDs of Ed25519 public keys from seeded secrets.
  const person = () => {
    const identity = Identity.fromSeed(rng.randomBytes(32));
    const uuid: Uuid = uuidFromPublicKey(identity.publicKey.bytes);
    if (uuid !== identity.uuid) throw new Error('UUID mismatch');
    return { identity, uuid };
  };
  const alice = person();
  const bob = person();
  const carol = person();
  const dave = person();
  const id = () => rng.randomBytes(16);
  const groupId = rng.randomBytes(16);
  const members = sorted([alice.uuid, bob.uuid, carol.uuid]);

  // ---- valid messages ----
  const firstId = id();
  type Header = {
    version?: number;
    id?: Uint8Array;
    timestampMs?: bigint;
    groupId?: Uint8Array;
    padding?: Uint8Array;
    frankingKey?: Uint8Array;
  };
  const text = (t: string, extra: Header = {}): ClientMessageInit => ({
    version: 1,
    id: firstId,
    timestampMs: BigInt(T0),
    body: { case: 'text', value: { text: t } },
    ...extra,
  });
  // Texts whose padding lands on the two ends of its range (1 and 64 bytes).
  const paddedTo = (n: number, messageId: Uint8Array): ClientMessageInit => {
    for (let length = 1; length < 200; length++) {
      const init = text('x'.repeat(length), { id: messageId });
      if (decodeClientMessage(encodeClientMessage(init)).padding.length === n) return init;
    }
    throw new Error(`no text gives ${n} bytes of padding`);
  };

  // A SenderKeyDistribution from fixed bytes, with a real Ed25519 signing key.
  const distributionFields = {
    version: 1,
    distributionId: groupId,
    chainId: 1,
    iteration: 0,
    chainKey: rng.randomBytes(32),
    signingKey: SigningKeyPair.fromSeed(rng.randomBytes(32)).publicKey.bytes,
  };
  const distribution = senderKeyDistributionCodec.encode(distributionFields);

  // Alice's self-signing certificate and a revocation list (what an identity_update carries).
  const aliceSsk = SigningKeyPair.fromSeed(rng.randomBytes(32));
  const aliceSskCert = await issueSelfSigningCertificate({
    identity: alice.identity,
    signingKey: aliceSsk.publicKey,
    createdAt: T0,
  });
  const aliceList = await issueRevocationList({
    issuer: aliceSsk,
    identityKey: alice.identity.publicKey.bytes,
    revoke: [{ deviceId: rng.randomBytes(16), reason: 'lost', revokedAt: T0 + 3_600_000 }],
    issuedAt: T0 + 3_600_000,
  });

  const receiptIds = [id(), id(), id()];
  const messageCases: Json[] = [
    validMessage('text, 1:1', text('Lunch at noon?')),
    validMessage(
      'text, non-ASCII (2-, 3- and 4-byte UTF-8)',
      text('Grüße aus Zürich — 你好 👋', { id: id(), timestampMs: BigInt(T0 + 1000) }),
    ),
    validMessage(
      'text in a group (with group_id)',
      text('Hello, everyone', { id: id(), timestampMs: BigInt(T0 + 2000), groupId }),
    ),
    validMessage('empty text: the body is present with an empty TextBody', text('', { id: id() })),
    validMessage('padding of 1 byte: (unpadded length + 4) is a multiple of 64', paddedTo(1, id())),
    validMessage(
      'padding of 64 bytes: (unpadded length + 4) is 1 over a multiple of 64',
      paddedTo(64, id()),
    ),
    validMessage(
      'text of exactly 65 536 bytes (32 768 × "é"): the limit counts UTF-8 bytes',
      text('é'.repeat(32_768), { id: id() }),
    ),
    validMessage('structured: a reaction as application/json', {
      version: 1,
      id: id(),
      timestampMs: BigInt(T0 + 3000),
      body: {
        case: 'structured',
        value: {
          type: 'application/json',
          payload: new TextEncoder().encode(
            JSON.stringify({ reaction: '👍', message: toHex(firstId) }),
          ),
        },
      },
    }),
    validMessage('receipt: delivered, one id', {
      version: 1,
      id: id(),
      timestampMs: BigInt(T0 + 4000),
      body: { case: 'receipt', value: { type: ReceiptType.DELIVERED, messageIds: [firstId] } },
    }),
    validMessage('receipt: read, three ids', {
      version: 1,
      id: id(),
      timestampMs: BigInt(T0 + 5000),
      body: { case: 'receipt', value: { type: ReceiptType.READ, messageIds: receiptIds } },
    }),
    validMessage('typing: started', {
      version: 1,
      id: id(),
      timestampMs: BigInt(T0 + 6000),
      body: { case: 'typing', value: { typing: true } },
    }),
    validMessage('typing: stopped (an empty Typing, still present)', {
      version: 1,
      id: id(),
      timestampMs: BigInt(T0 + 6500),
      body: { case: 'typing', value: { typing: false } },
    }),
    validMessage('group_update: three members, one admin, revision 3', {
      version: 1,
      id: id(),
      timestampMs: BigInt(T0 + 7000),
      groupId,
      body: {
        case: 'groupUpdate',
        value: { name: 'Lunch crew 🍜', members, admins: [alice.uuid], revision: 3n },
      },
    }),
    validMessage(
      'sender_key: an encoded SenderKeyDistribution (its fields in `sender_key_distribution`)',
      {
        version: 1,
        id: id(),
        timestampMs: BigInt(T0 + 8000),
        groupId,
        body: { case: 'senderKey', value: { distribution } },
      },
      {
        sender_key_distribution: fieldsOf(
          SenderKeyDistributionSchema,
          distributionFields as unknown as Json,
        ),
      },
    ),
    validMessage('sent: a SentSync of an unpadded text message to bob', {
      version: 1,
      id: id(),
      timestampMs: BigInt(T0 + 9000),
      body: {
        case: 'sent',
        value: {
          destination: bob.uuid,
          message: {
            version: 1,
            id: id(),
            timestampMs: BigInt(T0 + 8900),
            body: { case: 'text', value: { text: 'See you there' } },
          },
        },
      },
    }),
    validMessage(
      'identity_update: the self-signing certificate and revocation list of `sender_uuid`',
      {
        version: 1,
        id: id(),
        timestampMs: BigInt(T0 + 10_000),
        body: {
          case: 'identityUpdate',
          value: {
            selfSigningCertificate: aliceSskCert.bytes,
            revocationList: aliceList.bytes,
          },
        },
      },
      { sender_uuid: alice.uuid },
    ),
    validMessage(
      'version_notice: the sender reads session messages of version 1, and refused a version 2',
      {
        version: 1,
        id: id(),
        timestampMs: BigInt(T0 + 11_000),
        body: { case: 'versionNotice', value: { supportedVersion: 1, refusedVersion: 2 } },
      },
    ),
  ];

  // ---- invalid messages ----
  const plain = text('Lunch at noon?');
  const valid = encodeClientMessage(plain);
  const bare = toBinary(ClientMessageSchema, create(ClientMessageSchema, plain));
  if (bare.length % BLOCK === 0) throw new Error('the unpadded case would be padded');
  const bare64 = (() => {
    for (let length = 1; length < 200; length++) {
      const init = text('y'.repeat(length));
      const bytes = toBinary(ClientMessageSchema, create(ClientMessageSchema, init));
      if (bytes.length === BLOCK) return bytes;
    }
    throw new Error('no text gives 64 unpadded bytes');
  })();
  const nonZero = valid.slice();
  nonZero[nonZero.length - 1] = 1;
  const secondPadding = new Uint8Array([...valid, 0xfa, 0x01, BLOCK - 3, ...new Uint8Array(61)]);
  const groupUpdate = (g: { members: string[]; admins: string[] }, withGroup = true) =>
    rawPadded({
      version: 1,
      id: id(),
      timestampMs: BigInt(T0),
      ...(withGroup ? { groupId } : {}),
      body: { case: 'groupUpdate', value: { name: 'Lunch crew', revision: 1n, ...g } },
    });
  const receipt = (type: ReceiptType, messageIds: Uint8Array[]) =>
    rawPadded({
      version: 1,
      id: id(),
      timestampMs: BigInt(T0),
      body: { case: 'receipt', value: { type, messageIds } },
    });
  const sentOf = (inner: ClientMessageInit) =>
    rawPadded({
      version: 1,
      id: id(),
      timestampMs: BigInt(T0),
      body: { case: 'sent', value: { destination: bob.uuid, message: inner } },
    });
  const innerText: ClientMessageInit = text('See you there', { id: id() });
  const manyIds = Array.from({ length: WIRE_LIMITS.maxReceiptIds + 1 }, () => id());

  const invalidMessages: Json[] = [
    invalidMessage('not padded: no field 31', bare, /not padded/),
    invalidMessage('padded one byte short of a multiple of 64', rawPadded(plain, 1), /not padded/),
    invalidMessage(
      'no padding field although the encoding is exactly 64 bytes',
      bare64,
      /not padded/,
    ),
    invalidMessage('a non-zero padding byte', nonZero, /padding must be zero/),
    invalidMessage(
      '64 bytes more padding than §1.2 gives (65 instead of 1): still a multiple of 64, but not the one encoding',
      rawPadded(paddedTo(1, id()), -BLOCK),
      /not padded/,
    ),
    invalidMessage(
      '64 trailing zero bytes (the length stays a multiple of 64)',
      new Uint8Array([...valid, ...new Uint8Array(BLOCK)]),
      /protobuf|canonical/,
    ),
    invalidMessage(
      'a second padding field (64 more bytes): not canonical',
      secondPadding,
      /canonical/,
    ),
    invalidMessage(
      'id of 15 bytes',
      rawPadded(text('hi', { id: id().subarray(0, 15) })),
      /id must be 16/,
    ),
    invalidMessage(
      'id of 17 bytes',
      rawPadded(text('hi', { id: rng.randomBytes(17) })),
      /id must be 16/,
    ),
    invalidMessage(
      'group_id of 15 bytes',
      rawPadded(text('hi', { groupId: groupId.subarray(0, 15) })),
      /group_id must be empty or 16/,
    ),
    invalidMessage('version 2', rawPadded(text('hi', { version: 2 })), /unsupported version 2/),
    invalidMessage(
      'version 0 (absent)',
      rawPadded(text('hi', { version: 0 })),
      /unsupported version 0/,
    ),
    invalidMessage(
      'no body',
      rawPadded({ version: 1, id: id(), timestampMs: BigInt(T0) }),
      /no body/,
    ),
    invalidMessage(
      'text of 65 537 bytes (32 768 × "é" + "!", 32 769 UTF-16 code units)',
      rawPadded(text('é'.repeat(32_768) + '!', { id: id() })),
      /text must be at most 65536 bytes/,
    ),
    invalidMessage(
      'structured with an empty type',
      rawPadded({
        version: 1,
        id: id(),
        timestampMs: BigInt(T0),
        body: { case: 'structured', value: { type: '', payload: new Uint8Array([1]) } },
      }),
      /structured.type is empty/,
    ),
    invalidMessage(
      'receipt naming no message',
      receipt(ReceiptType.DELIVERED, []),
      /names no message/,
    ),
    invalidMessage(
      'receipt naming 101 messages',
      receipt(ReceiptType.READ, manyIds),
      /names too many/,
    ),
    invalidMessage(
      'receipt of type RECEIPT_TYPE_UNSPECIFIED',
      receipt(ReceiptType.UNSPECIFIED, [firstId]),
      /not delivered or read/,
    ),
    invalidMessage(
      'receipt naming an id of 15 bytes',
      receipt(ReceiptType.READ, [firstId.subarray(0, 15)]),
      /message_ids\[0\] must be 16/,
    ),
    invalidMessage(
      'group_update without group_id',
      groupUpdate({ members, admins: [alice.uuid] }, false),
      /group_update needs a group_id/,
    ),
    invalidMessage(
      'group_update with members not sorted',
      groupUpdate({ members: [...members].reverse(), admins: [alice.uuid] }),
      /members must be sorted/,
    ),
    invalidMessage(
      'group_update with a member twice',
      groupUpdate({ members: sorted([...members, bob.uuid]), admins: [alice.uuid] }),
      /members must be sorted and without repeats/,
    ),
    invalidMessage(
      'group_update with an admin that is not a member',
      groupUpdate({ members, admins: [dave.uuid] }),
      /admin is not a member/,
    ),
    invalidMessage(
      'sender_key without group_id',
      rawPadded({
        version: 1,
        id: id(),
        timestampMs: BigInt(T0),
        body: { case: 'senderKey', value: { distribution } },
      }),
      /sender_key needs a group_id/,
    ),
    invalidMessage(
      'a SentSync inside a SentSync',
      sentOf({
        version: 1,
        id: id(),
        timestampMs: BigInt(T0),
        body: { case: 'sent', value: { destination: carol.uuid, message: innerText } },
      }),
      /cannot carry a SentSync/,
    ),
    invalidMessage(
      'a SentSync whose message is padded',
      sentOf({ ...innerText, padding: new Uint8Array(10) }),
      /sent.message is not padded/,
    ),
    invalidMessage(
      'a SentSync of a receipt',
      sentOf({
        version: 1,
        id: id(),
        timestampMs: BigInt(T0),
        body: { case: 'receipt', value: { type: ReceiptType.READ, messageIds: [firstId] } },
      }),
      /not a text or structured/,
    ),
    invalidMessage(
      'an empty identity_update',
      rawPadded({
        version: 1,
        id: id(),
        timestampMs: BigInt(T0),
        body: { case: 'identityUpdate', value: {} },
      }),
      /identity_update is empty/,
    ),
    invalidMessage(
      'a version_notice naming no supported version',
      rawPadded({
        version: 1,
        id: id(),
        timestampMs: BigInt(T0),
        body: { case: 'versionNotice', value: { supportedVersion: 0, refusedVersion: 2 } },
      }),
      /version_notice.supported_version/,
    ),
  ];

  // Rules added with issue 15: their own random stream, so the cases above keep their bytes.
  const more = seededRandom('nexuslink client vectors v1 checks');
  const distributionFor = (fields: Partial<typeof distributionFields>) =>
    toBinary(
      SenderKeyDistributionSchema,
      create(SenderKeyDistributionSchema, { ...distributionFields, ...fields }),
    );
  const senderKey = (d: Uint8Array, group = groupId) =>
    rawPadded({
      version: 1,
      id: more.randomBytes(16),
      timestampMs: BigInt(T0),
      groupId: group,
      body: { case: 'senderKey', value: { distribution: d } },
    });
  const otherGroup = more.randomBytes(16);
  /** A Base58 string of `n` characters: a UUID's syntax except its length. */
  const base58Of = (n: number) => (bob.uuid + carol.uuid).slice(0, n);
  invalidMessages.push(
    invalidMessage(
      'a receipt with a group_id (receipts are 1:1)',
      rawPadded({
        version: 1,
        id: more.randomBytes(16),
        timestampMs: BigInt(T0),
        groupId,
        body: { case: 'receipt', value: { type: ReceiptType.READ, messageIds: [firstId] } },
      }),
      /receipt is not a group message/,
    ),
    invalidMessage(
      'sender_key whose distribution is for another group than group_id',
      senderKey(distribution, otherGroup),
      /another group than group_id/,
    ),
    invalidMessage(
      'sender_key whose distribution is not a SenderKeyDistribution',
      senderKey(new Uint8Array(32)),
      /protobuf|canonical/,
    ),
    invalidMessage(
      'sender_key whose distribution has a signing key of small order (all zero)',
      senderKey(distributionFor({ signingKey: new Uint8Array(32) })),
      /signing_key is not a valid Ed25519 key/,
    ),
    invalidMessage(
      'group_update with a member of 49 Base58 characters (a UUID is always 50)',
      rawPadded({
        version: 1,
        id: more.randomBytes(16),
        timestampMs: BigInt(T0),
        groupId,
        body: {
          case: 'groupUpdate',
          value: {
            name: 'Lunch crew',
            revision: 1n,
            members: sorted([alice.uuid, base58Of(49)]),
            admins: [alice.uuid],
          },
        },
      }),
      /is not a UUID/,
    ),
    invalidMessage(
      'a SentSync to a destination of 51 Base58 characters (a UUID is always 50)',
      rawPadded({
        version: 1,
        id: more.randomBytes(16),
        timestampMs: BigInt(T0),
        body: { case: 'sent', value: { destination: base58Of(51), message: innerText } },
      }),
      /destination is not a UUID/,
    ),
  );
  // A distribution of a newer version is a nested session message: UNSUPPORTED_VERSION,
  // decided before anything else about it (spec/client.md §1.1, spec/wire.md §Versions).
  const newerDistribution = distributionFor({ version: 2 });
  for (const [description, bytes] of [
    ['sender_key whose distribution is of version 2', senderKey(newerDistribution)],
    [
      'two faults: sender_key whose distribution is of version 2 and for another group (the distribution is decoded first)',
      senderKey(newerDistribution, otherGroup),
    ],
  ] as const) {
    try {
      decodeClientMessage(bytes);
    } catch (err) {
      if (!(err instanceof NexusError) || err.code !== 'UNSUPPORTED_VERSION') throw err;
      invalidMessages.push({ description, encoding: toHex(bytes), error: err.code });
      continue;
    }
    throw new Error(`${description}: accepted`);
  }

  // Franking keys (spec/client.md §1, spec/community.md §5.6): a stream of their own, so
  // every case above keeps its bytes; the records below draw from it too.
  const frank = seededRandom('nexuslink client vectors v1 franking');
  const frankingKey = frank.randomBytes(32);
  messageCases.push(
    validMessage(
      'a group text with a 32-byte franking key (field 30), as sent in a community channel',
      text('Anyone up for ramen tonight?', {
        id: frank.randomBytes(16),
        timestampMs: BigInt(T0 + 12_000),
        groupId,
        frankingKey,
      }),
    ),
    validMessage('a group typing indicator with a franking key (channels frank typing too)', {
      version: 1,
      id: frank.randomBytes(16),
      timestampMs: BigInt(T0 + 12_500),
      groupId,
      body: { case: 'typing', value: { typing: true } },
      frankingKey: frank.randomBytes(32),
    }),
  );
  invalidMessages.push(
    invalidMessage(
      'a franking key of 31 bytes',
      rawPadded(
        text('hi', { id: frank.randomBytes(16), groupId, frankingKey: frankingKey.slice(1) }),
      ),
      /franking_key must be 32 bytes/,
    ),
    invalidMessage(
      'a franking key on a 1:1 text (only group content carries one)',
      rawPadded(text('hi', { id: frank.randomBytes(16), frankingKey })),
      /franking_key on a message that is not group content/,
    ),
    invalidMessage(
      'a franking key on a group_update',
      rawPadded({
        version: 1,
        id: frank.randomBytes(16),
        timestampMs: BigInt(T0),
        groupId,
        body: {
          case: 'groupUpdate',
          value: { name: 'Lunch crew', revision: 1n, members, admins: [alice.uuid] },
        },
        frankingKey,
      }),
      /franking_key on a message that is not group content/,
    ),
    invalidMessage(
      'two faults: a franking key of 31 bytes on a 1:1 text (its length is checked first; both MALFORMED)',
      rawPadded(text('hi', { id: frank.randomBytes(16), frankingKey: frankingKey.slice(1) })),
      /franking_key must be 32 bytes/,
    ),
  );

  // ---- records ----
  // Bob: two devices, a self-signing key, and a contact card signed by his first device.
  const bobSsk = SigningKeyPair.fromSeed(rng.randomBytes(32));
  const bobSskCert = await issueSelfSigningCertificate({
    identity: bob.identity,
    signingKey: bobSsk.publicKey,
    createdAt: T0,
  });
  const bobDevices = await Promise.all(
    ['Bob’s phone', 'Bob’s laptop'].map(async (displayName) => {
      const key = SigningKeyPair.fromSeed(rng.randomBytes(32));
      const certificate = await issueDeviceCertificate({
        issuer: bobSsk,
        identityKey: bob.identity.publicKey.bytes,
        deviceId: rng.randomBytes(16),
        displayName,
        signingKey: key.publicKey,
        keyAgreementKey: KeyAgreementKeyPair.fromSecret(rng.randomBytes(32)).publicKey,
        createdAt: T0 + 1000,
      });
      return { key, certificate, hex: toHex(certificate.deviceId) };
    }),
  );
  const hints = ['wss://community.example/v1'];
  const bobCard = await createContactCard({
    signer: bobDevices[0]!.key,
    signerDeviceId: bobDevices[0]!.certificate.deviceId,
    identityKey: bob.identity.publicKey.bytes,
    displayName: 'Bob',
    selfSigningCertificate: bobSskCert.bytes,
    deviceCertificates: bobDevices.map((d) => d.certificate.bytes),
    hints,
    createdAt: T0 + 2000,
  });
  const bobDeviceIds = sorted(bobDevices.map((d) => d.hex));
  const aliceDevice = toHex(rng.randomBytes(16));
  const carolDevice = toHex(rng.randomBytes(16));

  const contact = {
    version: 1,
    uuid: bob.uuid,
    displayName: 'Bob',
    nickname: 'Bobby (work)',
    notes: 'Met at the conférence in Zürich',
    devices: bobDeviceIds,
    contactCard: bobCard,
    addedAtMs: BigInt(T0 + 60_000),
    hints,
  };
  const dm = directConversation(bob.uuid);
  const group = groupConversation(groupId);
  const directConv = {
    version: 1,
    kind: ConversationKind.DIRECT,
    peer: bob.uuid,
    lastActivityMs: BigInt(T0 + 120_000),
    unread: 2,
  };
  const groupConv = {
    version: 1,
    kind: ConversationKind.GROUP,
    groupId,
    group: { name: 'Lunch crew 🍜', members, admins: [alice.uuid], revision: 3n },
    left: false,
    lastActivityMs: BigInt(T0 + 180_000),
    unread: 0,
    distributedTo: sorted([`${bob.uuid}/${bobDeviceIds[0]}`, `${carol.uuid}/${carolDevice}`]),
  };
  const incoming = {
    version: 1,
    id: id(),
    timestampMs: BigInt(T0 + 100_000),
    body: { case: 'text' as const, value: { text: 'Grüße! Lunch at noon? 🍜' } },
  };
  const incomingRecord = {
    version: 1,
    conversation: dm,
    message: incoming,
    sender: bob.uuid,
    senderDevice: bobDeviceIds[1]!,
    outgoing: false,
    receivedAtMs: BigInt(T0 + 100_250),
  };
  const pending = {
    version: 1,
    id: id(),
    timestampMs: BigInt(T0 + 120_000),
    body: { case: 'text' as const, value: { text: 'Yes, see you there' } },
  };
  const pendingKey = messageKey(dm, T0 + 120_000, pending.id);
  const pendingRecord = {
    version: 1,
    conversation: dm,
    message: pending,
    sender: alice.uuid,
    senderDevice: aliceDevice,
    outgoing: true,
    receivedAtMs: BigInt(T0 + 120_000),
    status: MessageStatus.PENDING,
    unsent: 2,
  };
  const groupMessage = {
    version: 1,
    id: id(),
    timestampMs: BigInt(T0 + 180_000),
    groupId,
    body: {
      case: 'structured' as const,
      value: { type: 'app.example/poll', payload: new TextEncoder().encode('Ramen or pho?') },
    },
  };
  const groupRecord = {
    version: 1,
    conversation: group,
    message: groupMessage,
    sender: alice.uuid,
    senderDevice: aliceDevice,
    outgoing: true,
    receivedAtMs: BigInt(T0 + 180_000),
    status: MessageStatus.READ,
    unsent: 0,
    deliveredTo: sorted([bob.uuid, carol.uuid]),
    readBy: [carol.uuid],
  };
  // Envelopes: structurally valid, with random stand-in content; the records do not look inside.
  const ratchetEnvelope = envelopeCodec.encode({
    version: 1,
    type: EnvelopeType.RATCHET_MESSAGE,
    senderDeviceId: fromHex(aliceDevice),
    recipientDeviceId: fromHex(bobDeviceIds[0]!),
    timestampMs: BigInt(T0 + 120_000),
    content: rng.randomBytes(96),
  });
  const typingEnvelope = envelopeCodec.encode({
    version: 1,
    type: EnvelopeType.RATCHET_MESSAGE,
    senderDeviceId: fromHex(aliceDevice),
    recipientDeviceId: fromHex(bobDeviceIds[1]!),
    timestampMs: BigInt(T0 + 130_000),
    content: rng.randomBytes(64),
  });
  const groupEnvelope = envelopeCodec.encode({
    version: 1,
    type: EnvelopeType.SENDER_KEY_MESSAGE,
    senderIdentityKey: carol.identity.publicKey.bytes,
    senderDeviceId: fromHex(carolDevice),
    timestampMs: BigInt(T0 + 200_000),
    content: rng.randomBytes(112),
  });
  const outbox = {
    version: 1,
    toUuid: bob.uuid,
    toDevice: bobDeviceIds[0]!,
    envelope: ratchetEnvelope,
    messageKey: pendingKey,
  };
  const typingOutbox = {
    version: 1,
    toUuid: bob.uuid,
    toDevice: bobDeviceIds[1]!,
    envelope: typingEnvelope,
    expiresAtMs: BigInt(T0 + 140_000),
  };
  const inbox = { version: 1, envelope: groupEnvelope, receivedAtMs: BigInt(T0 + 200_100) };
  // A community channel (spec/client.md §3.1), from its own stream.
  const channelRng = seededRandom('nexuslink client vectors v1 channel');
  const channelBytes = channelRng.randomBytes(16);
  const channelHex = toHex(channelBytes);
  const channelId = `${channelHex.slice(0, 8)}-${channelHex.slice(8, 12)}-${channelHex.slice(12, 16)}-${channelHex.slice(16, 20)}-${channelHex.slice(20)}`;
  const channelConv = { ...groupConv, groupId: channelBytes, channel: channelId };
  const channelOutbox = {
    version: 1,
    toUuid: alice.uuid,
    toDevice: toHex(channelRng.randomBytes(16)),
    envelope: groupEnvelope,
    messageKey: '',
    expiresAtMs: BigInt(T0 + 210_000),
    channel: channelId,
    // Its franking tag (spec/community.md §5.6), drawn after the stream's other bytes.
    frankingTag: channelRng.randomBytes(32),
  };

  const recordCases: Json[] = [
    validRecord(
      'a contact: bob, his two devices and his contact card (verifiable, signed by his first device)',
      'ContactRecord',
      'contacts',
      bob.uuid,
      contact,
    ),
    validRecord(
      'a direct conversation with bob',
      'ConversationRecord',
      'conversations',
      dm,
      directConv,
    ),
    validRecord(
      'a group conversation: its state and the devices holding this device’s sender key',
      'ConversationRecord',
      'conversations',
      group,
      groupConv,
    ),
    validRecord(
      'an incoming 1:1 text (status unspecified)',
      'MessageRecord',
      'messages',
      messageKey(dm, T0 + 100_000, incoming.id),
      incomingRecord,
    ),
    validRecord(
      'an outgoing 1:1 text, pending for two devices',
      'MessageRecord',
      'messages',
      pendingKey,
      pendingRecord,
    ),
    validRecord(
      'an outgoing structured group message, delivered to two members and read by one',
      'MessageRecord',
      'messages',
      messageKey(group, T0 + 180_000, groupMessage.id),
      groupRecord,
    ),
    validRecord(
      'an outbox entry: the envelope of the pending message for bob’s first device',
      'OutboxRecord',
      'outbox',
      '0000000000000001',
      outbox,
    ),
    validRecord(
      'an outbox entry for a typing indicator: no message key, expires',
      'OutboxRecord',
      'outbox',
      '0000000000000002',
      typingOutbox,
    ),
    validRecord(
      'an inbox entry: a group envelope waiting for its sender key',
      'InboxRecord',
      'inbox',
      // <sender uuid>/<sender device>/<envelope timestamp, 16 digits>/<SHA-256(envelope)[0..8], hex>
      `${carol.uuid}/${carolDevice}/${String(T0 + 200_000).padStart(16, '0')}/${toHex(sha256(groupEnvelope).subarray(0, 8))}`,
      inbox,
    ),
    validRecord(
      'a community channel: a group conversation whose group id is the channel id',
      'ConversationRecord',
      'conversations',
      groupConversation(channelBytes),
      channelConv,
    ),
    validRecord(
      'a typing indicator posted to a community channel (addressed to this device, no message key, expires)',
      'OutboxRecord',
      'outbox',
      '0000000000000003',
      channelOutbox,
    ),
    invalidRecord(
      'a channel on a direct conversation',
      'ConversationRecord',
      raw('ConversationRecord', { ...directConv, channel: channelId }),
      /a channel is a group conversation/,
    ),
    invalidRecord(
      'a channel id in upper case',
      'ConversationRecord',
      raw('ConversationRecord', { ...channelConv, channel: channelId.toUpperCase() }),
      /channel is not a channel id/,
    ),
    invalidRecord(
      'a channel that is not the group id',
      'ConversationRecord',
      raw('ConversationRecord', { ...groupConv, channel: channelId }),
      /channel and group_id name different ids/,
    ),
    invalidRecord(
      'an outbox entry for a channel id without dashes',
      'OutboxRecord',
      raw('OutboxRecord', { ...channelOutbox, channel: channelHex }),
      /channel is not a channel id/,
    ),
    invalidRecord(
      'contact: a device id in upper-case hex',
      'ContactRecord',
      raw('ContactRecord', { ...contact, devices: [bobDeviceIds[0]!.toUpperCase()] }),
      /bad device id/,
    ),
    invalidRecord(
      'contact: a device id of 30 hex digits',
      'ContactRecord',
      raw('ContactRecord', { ...contact, devices: [bobDeviceIds[0]!.slice(2)] }),
      /bad device id/,
    ),
    invalidRecord(
      'contact: devices not sorted',
      'ContactRecord',
      raw('ContactRecord', { ...contact, devices: [...bobDeviceIds].reverse() }),
      /devices must be sorted/,
    ),
    invalidRecord(
      'contact: a device twice',
      'ContactRecord',
      raw('ContactRecord', { ...contact, devices: [bobDeviceIds[0]!, bobDeviceIds[0]!] }),
      /devices must be sorted and without repeats/,
    ),
    invalidRecord(
      'contact: uuid is not a UUID',
      'ContactRecord',
      raw('ContactRecord', { ...contact, uuid: 'bob' }),
      /uuid is not a UUID/,
    ),
    invalidRecord(
      'contact: a trailing byte',
      'ContactRecord',
      new Uint8Array([...contactRecordCodec.encode(contact), 0]),
      /protobuf|canonical/,
    ),
    invalidRecord(
      'group conversation without group',
      'ConversationRecord',
      raw('ConversationRecord', { ...groupConv, group: undefined }),
      /group is missing/,
    ),
    invalidRecord(
      'direct conversation with a group_id',
      'ConversationRecord',
      raw('ConversationRecord', { ...directConv, groupId }),
      /direct conversation has no group/,
    ),
    invalidRecord(
      'conversation of kind CONVERSATION_KIND_UNSPECIFIED',
      'ConversationRecord',
      raw('ConversationRecord', { ...directConv, kind: ConversationKind.UNSPECIFIED }),
      /kind is not direct or group/,
    ),
    invalidRecord(
      'group conversation: a distributed_to entry without a device',
      'ConversationRecord',
      raw('ConversationRecord', { ...groupConv, distributedTo: [bob.uuid] }),
      /bad device address/,
    ),
    invalidRecord(
      'message without a message',
      'MessageRecord',
      raw('MessageRecord', { ...incomingRecord, message: undefined }),
      /message is missing/,
    ),
    invalidRecord(
      'message: sender_device is not a device id',
      'MessageRecord',
      raw('MessageRecord', { ...incomingRecord, senderDevice: 'phone' }),
      /sender_device is not a device id/,
    ),
    invalidRecord(
      'outbox entry with an empty envelope',
      'OutboxRecord',
      raw('OutboxRecord', { ...outbox, envelope: new Uint8Array(0) }),
      /envelope is empty/,
    ),
    invalidRecord(
      'inbox entry with an empty envelope',
      'InboxRecord',
      raw('InboxRecord', { ...inbox, envelope: new Uint8Array(0) }),
      /envelope is empty/,
    ),
    ...(
      [
        ['ContactRecord', contact],
        ['ConversationRecord', directConv],
        ['MessageRecord', incomingRecord],
        ['OutboxRecord', outbox],
        ['InboxRecord', inbox],
      ] as const
    ).map(([type, init]) =>
      invalidRecord(
        `${type} version 2`,
        type,
        raw(type, { ...init, version: 2 }),
        /unsupported version 2/,
      ),
    ),
  ];

  // Record limits at and over their bounds, and rules added with issue 15 (the `more` stream).
  const atLimits = {
    ...contact,
    displayName: 'd'.repeat(WIRE_LIMITS.displayNameBytes),
    nickname: 'n'.repeat(WIRE_LIMITS.maxNicknameBytes),
    notes: 'é'.repeat(WIRE_LIMITS.maxNotesBytes / 2),
    devices: sorted(Array.from({ length: 64 }, () => toHex(more.randomBytes(16)))),
    hints: Array.from({ length: WIRE_LIMITS.maxHints }, (_, i) => `wss://h${i}.example/v1`),
  };
  recordCases.push(
    validRecord(
      'a contact at every limit: a 64-byte name, a 128-byte nickname, 4 096 bytes of notes (2 048 × "é"), 64 devices, 16 hints',
      'ContactRecord',
      'contacts',
      bob.uuid,
      atLimits,
    ),
    ...(
      [
        [
          'a 65-byte display name',
          { displayName: 'd'.repeat(65) },
          /display_name must be at most 64/,
        ],
        ['a 129-byte nickname', { nickname: 'n'.repeat(129) }, /nickname must be at most 128/],
        [
          'notes of 4 097 bytes (2 048 × "é" and "!")',
          { notes: `${'é'.repeat(2048)}!` },
          /notes must be at most 4096/,
        ],
        [
          '65 devices',
          { devices: sorted([...atLimits.devices, toHex(more.randomBytes(16))]) },
          /too many devices/,
        ],
        ['17 hints', { hints: [...atLimits.hints, 'wss://h16.example/v1'] }, /too many hints/],
        ['a uuid of 49 Base58 characters', { uuid: bob.uuid.slice(0, 49) }, /uuid is not a UUID/],
        ['a uuid of 51 Base58 characters', { uuid: `${bob.uuid}z` }, /uuid is not a UUID/],
      ] as const
    ).map(([what, change, reason]) =>
      invalidRecord(
        `contact: ${what}`,
        'ContactRecord',
        raw('ContactRecord', { ...atLimits, ...change }),
        reason,
      ),
    ),
    invalidRecord(
      'group conversation: a group name of 129 bytes',
      'ConversationRecord',
      raw('ConversationRecord', {
        ...groupConv,
        group: { ...groupConv.group, name: 'g'.repeat(129) },
      }),
      /name must be at most 128/,
    ),
    invalidRecord(
      'message: the stored message has padding (stored messages are unpadded)',
      'MessageRecord',
      raw('MessageRecord', {
        ...incomingRecord,
        message: { ...incoming, padding: new Uint8Array(10) },
      }),
      /not padded/,
    ),
  );

  // This device as createDevice saves it (spec/client.md §4.1), from a stream of its own
  // (added with issue 17) so that no earlier byte changes.
  const devices = seededRandom('nexuslink client vectors v1 device record');
  const bobDeviceRecord = {
    version: 1,
    selfSigningCertificate: bobSskCert.bytes,
    deviceCertificate: bobDevices[0]!.certificate.bytes,
    keyAgreementSecret: devices.randomBytes(32),
    signingKeyId: toHex(devices.randomBytes(16)),
    signingKeySecret: devices.randomBytes(32),
    selfSigningSecret: devices.randomBytes(32),
  };
  const hardwareDeviceRecord = {
    ...bobDeviceRecord,
    deviceCertificate: bobDevices[1]!.certificate.bytes,
    keyAgreementSecret: devices.randomBytes(32),
    signingKeyId: 'pkcs11:token=NexusLink;object=nexuslink%20device%20laptop',
    signingKeySecret: new Uint8Array(0),
    selfSigningSecret: new Uint8Array(0),
  };
  recordCases.push(
    validRecord(
      'this device: its signing key in the software key store, its self-signing key kept',
      'LocalDeviceRecord',
      'local',
      'device',
      bobDeviceRecord,
    ),
    validRecord(
      'this device: its signing key in a hardware key store (by id only), no self-signing key',
      'LocalDeviceRecord',
      'local',
      'device',
      hardwareDeviceRecord,
    ),
    ...(
      [
        [
          'a key-agreement secret of 31 bytes',
          { keyAgreementSecret: devices.randomBytes(31) },
          /key_agreement_secret must be 32 bytes/,
        ],
        ['no signing key id', { signingKeyId: '' }, /signing_key_id is not 1 to 128/],
        [
          'a signing key id of 129 characters',
          { signingKeyId: 'k'.repeat(129) },
          /signing_key_id is not 1 to 128/,
        ],
        [
          'a signing key secret of 16 bytes',
          { signingKeySecret: devices.randomBytes(16) },
          /signing_key_secret must be empty or 32 bytes/,
        ],
        [
          'a self-signing secret of 33 bytes',
          { selfSigningSecret: devices.randomBytes(33) },
          /self_signing_secret must be empty or 32 bytes/,
        ],
        [
          'no device certificate',
          { deviceCertificate: new Uint8Array(0) },
          /device_certificate is empty/,
        ],
        ['version 2', { version: 2 }, /unsupported version 2/],
      ] as const
    ).map(([what, change, reason]) =>
      invalidRecord(
        `device: ${what}`,
        'LocalDeviceRecord',
        raw('LocalDeviceRecord', { ...bobDeviceRecord, ...change }),
        reason,
      ),
    ),
  );

  // A received channel message and an inbox entry with the server's attestation
  // (spec/community.md §5.6), from the `frank` stream.
  const channelConversation = groupConversation(channelBytes);
  const channelMessage = {
    version: 1,
    id: frank.randomBytes(16),
    timestampMs: BigInt(T0 + 240_000),
    groupId: channelBytes,
    body: { case: 'text' as const, value: { text: 'Ramen it is. 7pm?' } },
    frankingKey: frank.randomBytes(32),
  };
  const communityServer = SigningKeyPair.fromSeed(frank.randomBytes(32));
  const attested = async (seq: number, tag: Uint8Array) => {
    const fields = {
      channelId,
      seq,
      sender: { uuid: carol.uuid, deviceId: carolDevice },
      sentAt: T0 + 240_000 + seq * 100,
      frankingTag: tag,
    };
    // What a recipient keeps: the SignedMessage that verifying the frame's attestation gives.
    return verifyMessageAttestation(
      communityServer.publicKey.bytes,
      fields,
      await signMessageAttestation(communityServer, fields),
    );
  };
  const channelRecord = {
    version: 1,
    conversation: channelConversation,
    message: channelMessage,
    sender: carol.uuid,
    senderDevice: carolDevice,
    outgoing: false,
    receivedAtMs: BigInt(T0 + 240_900),
    status: MessageStatus.DELIVERED,
    attestation: await attested(
      5,
      frankingTag(
        channelMessage.frankingKey,
        committedMessage(create(ClientMessageSchema, channelMessage)),
      ),
    ),
  };
  const channelEnvelope = envelopeCodec.encode({
    version: 1,
    type: EnvelopeType.SENDER_KEY_MESSAGE,
    senderIdentityKey: carol.identity.publicKey.bytes,
    senderDeviceId: fromHex(carolDevice),
    timestampMs: BigInt(T0 + 250_000),
    content: frank.randomBytes(112),
  });
  const channelInbox = {
    version: 1,
    envelope: channelEnvelope,
    receivedAtMs: BigInt(T0 + 250_200),
    attestation: await attested(6, frank.randomBytes(32)),
  };
  recordCases.push(
    validRecord(
      'a text received in a community channel: the message keeps its franking key, the record the server’s attestation (an encoded SignedMessage)',
      'MessageRecord',
      'messages',
      messageKey(channelConversation, T0 + 240_000, channelMessage.id),
      channelRecord,
    ),
    validRecord(
      'an inbox entry: a channel message waiting for its sender key, with the server’s attestation',
      'InboxRecord',
      'inbox',
      `${carol.uuid}/${carolDevice}/${String(T0 + 250_000).padStart(16, '0')}/${toHex(sha256(channelEnvelope).subarray(0, 8))}`,
      channelInbox,
    ),
    invalidRecord(
      'a channel outbox entry without its franking tag',
      'OutboxRecord',
      raw('OutboxRecord', { ...channelOutbox, frankingTag: new Uint8Array(0) }),
      /franking_tag must be 32 bytes/,
    ),
    invalidRecord(
      'a channel outbox entry with a franking tag of 31 bytes',
      'OutboxRecord',
      raw('OutboxRecord', { ...channelOutbox, frankingTag: channelOutbox.frankingTag.slice(1) }),
      /franking_tag must be 32 bytes/,
    ),
    invalidRecord(
      'an outbox entry for a device (no channel) with a franking tag',
      'OutboxRecord',
      raw('OutboxRecord', { ...outbox, frankingTag: channelOutbox.frankingTag }),
      /franking_tag without a channel/,
    ),
    invalidRecord(
      'a message record with an attestation but no franking key in its message',
      'MessageRecord',
      raw('MessageRecord', {
        ...channelRecord,
        message: { ...channelMessage, frankingKey: new Uint8Array(0) },
      }),
      /attested message without its franking key/,
    ),
    invalidRecord(
      'a message record whose attestation is not a SignedMessage',
      'MessageRecord',
      raw('MessageRecord', { ...channelRecord, attestation: Uint8Array.of(0x0a, 0xff) }),
      /attestation is not a SignedMessage/,
    ),
    invalidRecord(
      'an inbox entry whose attestation is not a SignedMessage',
      'InboxRecord',
      raw('InboxRecord', { ...channelInbox, attestation: Uint8Array.of(0x0a, 0xff) }),
      /attestation is not a SignedMessage/,
    ),
  );

  // The CLI's record (JSON, table local, key cli; spec/client.md §4.2), from its own stream.
  const cli = seededRandom('nexuslink client vectors v1 cli record');
  const cliRecord: CliRecord = {
    format: 1,
    devices: [toHex(bobDevices[0]!.certificate.bytes), toHex(bobDevices[1]!.certificate.bytes)],
    revocationList: null,
    server: 'http://127.0.0.1:8420',
    transportKey: toHex(cli.randomBytes(32)),
    peers: {
      [alice.uuid]: {
        devices: {
          [toHex(cli.randomBytes(16))]: peerIdToString(
            peerIdFromEd25519PublicKey(
              SigningKeyPair.fromSeed(cli.randomBytes(32)).publicKey.bytes,
            ),
          ),
        },
        addresses: ['/ip4/192.0.2.7/tcp/4001'],
      },
    },
    session: {
      server: 'http://127.0.0.1:8420',
      accessToken: toHex(cli.randomBytes(32)),
      accessExpiresAt: 1_767_226_500_000,
      refreshToken: toHex(cli.randomBytes(32)),
      refreshExpiresAt: 1_769_817_600_000,
    },
  };
  const cliJson = (r: unknown) => toHex(new TextEncoder().encode(JSON.stringify(r)));
  const cliInvalid: [string, unknown][] = [
    ['format 2', { ...cliRecord, format: 2 }],
    ['no devices', { ...cliRecord, devices: [] }],
    ['a device certificate not in hex', { ...cliRecord, devices: ['zz'] }],
    [
      'a transport key of 31 bytes',
      { ...cliRecord, transportKey: cliRecord.transportKey.slice(2) },
    ],
    ['a server that is not an http(s) URL', { ...cliRecord, server: 'ftp://127.0.0.1' }],
    [
      'a peer that is not a UUID',
      { ...cliRecord, peers: { [alice.uuid.slice(1)]: Object.values(cliRecord.peers)[0] } },
    ],
    [
      'a peer with no device',
      { ...cliRecord, peers: { [alice.uuid]: { devices: {}, addresses: [] } } },
    ],
    [
      'a peer with 17 addresses',
      {
        ...cliRecord,
        peers: {
          [alice.uuid]: {
            ...Object.values(cliRecord.peers)[0],
            addresses: Array(17).fill('/ip4/192.0.2.7/tcp/1'),
          },
        },
      },
    ],
    ['peers null', { ...cliRecord, peers: null }],
    [
      'a session without its refresh token',
      { ...cliRecord, session: { ...cliRecord.session, refreshToken: undefined } },
    ],
    [
      'a session for a server that is not a URL',
      { ...cliRecord, session: { ...cliRecord.session, server: 'chat' } },
    ],
  ];
  const cliEncoding = toHex(encodeCliRecord(cliRecord));
  // The generator checks its own cases: the valid one decodes, each invalid one is refused.
  decodeCliRecord(fromHex(cliEncoding));
  for (const [what, r] of cliInvalid) {
    let refused = false;
    try {
      decodeCliRecord(fromHex(cliJson(r)));
    } catch {
      refused = true;
    }
    if (!refused) throw new Error(`CLI record vector "${what}" is accepted`);
  }

  return {
    'client/cli-record.json': {
      description:
        'The CLI record (spec/client.md §4.2): UTF-8 JSON with its keys in this order (peers and their devices sorted), stored in table `local` under key `cli`. The valid case encodes to `result.encoding` (hex of the UTF-8 bytes) and decodes back to `record`; each case with `encoding` and `error` must be refused.',
      generator: GENERATOR,
      cases: [
        {
          description: 'a record with two devices, a server and one peer',
          table: 'local',
          key: 'cli',
          record: cliRecord,
          result: { encoding: cliEncoding },
        },
        {
          description: 'not JSON',
          encoding: toHex(new TextEncoder().encode('{"format":1,')),
          error: 'MALFORMED',
        },
        { description: 'not UTF-8', encoding: 'ff7b7d', error: 'MALFORMED' },
        ...cliInvalid.map(([description, r]) => ({
          description,
          encoding: cliJson(r),
          error: 'MALFORMED',
        })),
      ],
    },
    'client/client-messages.json': {
      description:
        'ClientMessage, the plaintext of every client envelope, padded to a multiple of 64 bytes (spec/client.md §1). A case with `message` encodes to `result.encoding` (with `result.padding_length` zero bytes in field 31) and decodes back to `message`; a case with `encoding` and `error` must be refused. Messages are JSON objects: client.proto field names, bytes as hex, uint64 as numbers, enums by proto name, every field present, the body under its own field name, padding left out.',
      generator: GENERATOR,
      cases: [...messageCases, ...invalidMessages],
    },
    'client/records.json': {
      description:
        'The records a client stores (spec/client.md, "Storage and crash safety"): ContactRecord, ConversationRecord, MessageRecord, OutboxRecord, InboxRecord, LocalDeviceRecord. A case with `record` encodes to `result.encoding` and decodes back to `record` (stored in `table` under `key`, spec/client.md §4); a case with `encoding` and `error` must be refused by the decoder of `type`. Same JSON conventions as client-messages.json; a message in a MessageRecord is unpadded.',
      generator: GENERATOR,
      cases: recordCases,
    },
  };
}
