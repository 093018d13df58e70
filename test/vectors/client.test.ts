import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { create } from '@bufbuild/protobuf';
import type { DescMessage } from '@bufbuild/protobuf';
import { describe, expect, it } from 'vitest';
import {
  frankingTag,
  uuidFromPublicKey,
  verifyContactCard,
  verifyRevocationList,
  verifySelfSigningCertificate,
} from '../../src/index.js';
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
  ConversationRecordSchema,
  LocalDeviceRecordSchema,
  InboxRecordSchema,
  MessageRecordSchema,
  OutboxRecordSchema,
} from '../../src/wire/gen/nexuslink/v1/client_pb.js';
import type { ClientMessage } from '../../src/wire/gen/nexuslink/v1/client_pb.js';
import { SenderKeyDistributionSchema } from '../../src/wire/gen/nexuslink/v1/session_pb.js';
import type { Codec } from '../../src/wire/codec.js';
import {
  contactRecordCodec,
  conversationRecordCodec,
  envelopeCodec,
  inboxRecordCodec,
  localDeviceRecordCodec,
  messageRecordCodec,
  outboxRecordCodec,
  senderKeyDistributionCodec,
  signedMessageCodec,
  WIRE_LIMITS,
} from '../../src/wire/messages.js';
import { messageAttestationCodec } from '../../src/wire/community.js';
import { clientVectors } from '../../scripts/vectors/client.js';
import { CLI_RECORD_KEY, decodeCliRecord, encodeCliRecord } from '../../src/cli/home.js';
import type { CliRecord } from '../../src/cli/home.js';
import { hex, readJson, repoPath, unhex } from '../helpers.js';
import { expectRefused, fromFields } from './proto-json.js';
import type { Case, Json } from './proto-json.js';
import { committedMessage } from '../../src/wire/index.js';

const load = (name: string) => readJson<{ cases: Case[] }>(`test-vectors/client/${name}`).cases;

function clientMessageOf(json: unknown): ClientMessage {
  return create(ClientMessageSchema, fromFields(ClientMessageSchema, json));
}

const RECORDS: Record<string, { schema: DescMessage; codec: Codec<DescMessage> }> = {
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
};

describe('client vectors (test-vectors/client)', () => {
  it('regenerating the vectors reproduces every file byte for byte', async () => {
    for (const [name, content] of Object.entries(await clientVectors()))
      expect(readFileSync(repoPath(`test-vectors/${name}`), 'utf8'), name).toBe(
        JSON.stringify(content, null, 2) + '\n',
      );
  });

  describe('client-messages.json', () => {
    const cases = load('client-messages.json');

    it('has a valid case for every body and a refused case for each rule', () => {
      const bodies = new Set(
        cases.filter((c) => c.result).map((c) => clientMessageOf(c.message).body.case),
      );
      expect([...bodies].sort()).toEqual(
        [
          'groupUpdate',
          'identityUpdate',
          'receipt',
          'senderKey',
          'sent',
          'structured',
          'text',
          'typing',
          'versionNotice',
        ].sort(),
      );
      expect(cases.filter((c) => c.error).length).toBeGreaterThanOrEqual(15);
      for (const c of cases) expect('result' in c !== 'error' in c, c.description).toBe(true);
    });

    it('encodes every valid message byte for byte, padded, and decodes it back', () => {
      for (const c of cases.filter((c) => c.result)) {
        const expected = c.result!.encoding as string;
        expect(hex(encodeClientMessage(clientMessageOf(c.message))), c.description).toBe(expected);

        const bytes = unhex(expected);
        expect(bytes.length % WIRE_LIMITS.clientMessagePadding, c.description).toBe(0);
        const decoded = decodeClientMessage(bytes);
        expect(decoded.padding.length, c.description).toBe(c.result!.padding_length);
        expect(
          decoded.padding.every((b) => b === 0),
          c.description,
        ).toBe(true);
        // §1.2: T = 64·⌈(L + 4) / 64⌉, padding = T − L − 3, so 1 to 64 bytes.
        const l = bytes.length - 3 - decoded.padding.length;
        expect(bytes.length, c.description).toBe(Math.ceil((l + 4) / 64) * 64);
        decoded.padding = new Uint8Array(0);
        expect(decoded, c.description).toEqual(clientMessageOf(c.message));
      }
    });

    it('covers padding of 1 and of 64 bytes', () => {
      const lengths = cases.filter((c) => c.result).map((c) => c.result!.padding_length);
      expect(lengths).toContain(1);
      expect(lengths).toContain(64);
    });

    it('the sender_key distribution is the encoding of its fields', () => {
      const c = cases.find((c) => c.sender_key_distribution !== undefined)!;
      const fields = fromFields(SenderKeyDistributionSchema, c.sender_key_distribution);
      const body = clientMessageOf(c.message).body;
      expect(body.case).toBe('senderKey');
      const distribution = body.case === 'senderKey' ? body.value.distribution : undefined;
      expect(hex(senderKeyDistributionCodec.encode(fields))).toBe(hex(distribution!));
      expect(senderKeyDistributionCodec.decode(distribution!)).toEqual(
        create(SenderKeyDistributionSchema, fields),
      );
    });

    it('the identity_update carries the sender’s verifiable certificate and list', () => {
      const c = cases.find((c) => c.sender_uuid !== undefined)!;
      const body = clientMessageOf(c.message).body;
      if (body.case !== 'identityUpdate') throw new Error('not an identity_update');
      const sender = c.sender_uuid as string;
      const cert = verifySelfSigningCertificate(body.value.selfSigningCertificate, sender);
      expect(uuidFromPublicKey(cert.identityKey)).toBe(sender);
      const list = verifyRevocationList(body.value.revocationList, {
        identity: sender,
        selfSigningCertificate: body.value.selfSigningCertificate,
      });
      expect(list.devices.length).toBe(1);
    });

    it('refuses every invalid encoding', () => {
      for (const c of cases.filter((c) => c.error)) expectRefused(c, decodeClientMessage);
    });
  });

  describe('records.json', () => {
    const cases = load('records.json');

    it('has a valid case for every record type', () => {
      const types = new Set(cases.filter((c) => c.result).map((c) => c.type));
      expect([...types].sort()).toEqual(Object.keys(RECORDS).sort());
      for (const c of cases) expect(RECORDS[c.type as string], c.description).toBeDefined();
    });

    it('encodes every valid record byte for byte and decodes it back', () => {
      for (const c of cases.filter((c) => c.result)) {
        const { schema, codec } = RECORDS[c.type as string]!;
        const init = fromFields(schema, c.record);
        const expected = c.result!.encoding as string;
        expect(hex(codec.encode(init)), c.description).toBe(expected);
        expect(codec.decode(unhex(expected)), c.description).toEqual(create(schema, init));
      }
    });

    it('stores each record under the key the spec gives', () => {
      for (const c of cases.filter((c) => c.result)) {
        const r = c.record as Json;
        switch (c.type) {
          case 'ContactRecord':
            expect(c.table).toBe('contacts');
            expect(c.key).toBe(r.uuid);
            break;
          case 'ConversationRecord':
            expect(c.table).toBe('conversations');
            expect(c.key, c.description).toBe(
              r.kind === 'CONVERSATION_KIND_DIRECT'
                ? directConversation(r.peer as string)
                : groupConversation(unhex(r.group_id as string)),
            );
            break;
          case 'MessageRecord': {
            const m = clientMessageOf(r.message);
            expect(c.table).toBe('messages');
            expect(c.key, c.description).toBe(
              messageKey(r.conversation as string, Number(m.timestampMs), m.id),
            );
            expect(m.padding.length, c.description).toBe(0);
            break;
          }
          case 'OutboxRecord':
            expect(c.table).toBe('outbox');
            expect(c.key).toMatch(/^\d{16}$/);
            break;
          case 'LocalDeviceRecord':
            expect(c.table).toBe('local');
            expect(c.key).toBe('device');
            break;
          case 'InboxRecord': {
            // <uuid>/<device hex> of the envelope's sender, its timestamp (16 digits), and the
            // first 8 bytes of SHA-256 of the envelope (spec/client.md §4).
            const bytes = unhex(r.envelope as string);
            const env = envelopeCodec.decode(bytes);
            expect(c.table).toBe('inbox');
            expect(c.key, c.description).toBe(
              [
                uuidFromPublicKey(env.senderIdentityKey),
                hex(env.senderDeviceId),
                String(env.timestampMs).padStart(16, '0'),
                createHash('sha256').update(bytes).digest('hex').slice(0, 16),
              ].join('/'),
            );
            break;
          }
        }
      }
    });

    it('the contact card verifies and lists the contact’s devices', () => {
      const c = cases.find((c) => c.type === 'ContactRecord' && c.result)!;
      const r = c.record as Json;
      const card = verifyContactCard(unhex(r.contact_card as string), {
        expectedUuid: r.uuid as string,
      });
      expect(card.displayName).toBe(r.display_name);
      expect(card.devices.map((d) => hex(d.deviceId)).sort()).toEqual(r.devices);
      expect(card.hints).toEqual(r.hints);
    });

    it('outbox entries name stored messages', () => {
      const keys = new Set(cases.filter((c) => c.type === 'MessageRecord').map((c) => c.key));
      for (const c of cases.filter((c) => c.type === 'OutboxRecord' && c.result)) {
        const key = (c.record as Json).message_key as string;
        if (key !== '') expect(keys.has(key), c.description).toBe(true);
      }
    });

    it('a received channel message keeps the server’s attestation of its commitment', () => {
      const attested = cases.filter(
        (c) => c.result && (c.type === 'MessageRecord' || c.type === 'InboxRecord'),
      );
      const withAttestation = attested.filter((c) => (c.record as Json).attestation !== '');
      expect(withAttestation.map((c) => c.type).sort()).toEqual(['InboxRecord', 'MessageRecord']);
      for (const c of withAttestation) {
        const r = c.record as Json;
        const signed = signedMessageCodec.decode(unhex(r.attestation as string));
        const a = messageAttestationCodec.decode(signed.body);
        expect(signed.signature.length, c.description).toBe(64);
        if (c.type === 'InboxRecord') {
          // The envelope's sender is the attested device.
          const env = envelopeCodec.decode(unhex(r.envelope as string));
          expect(hex(a.sender!.deviceId), c.description).toBe(hex(env.senderDeviceId));
          continue;
        }
        const m = clientMessageOf(r.message);
        expect(hex(a.frankingTag), c.description).toBe(
          hex(frankingTag(m.frankingKey, committedMessage(m))),
        );
        expect(hex(a.channelId), c.description).toBe(hex(m.groupId));
        expect(a.sender!.uuid, c.description).toBe(r.sender);
        expect(hex(a.sender!.deviceId), c.description).toBe(r.sender_device);
      }
    });

    it('refuses every invalid encoding', () => {
      for (const c of cases.filter((c) => c.error))
        expectRefused(c, (bytes) => RECORDS[c.type as string]!.codec.decode(bytes));
    });
  });
});

describe('cli-record.json', () => {
  const cases = readJson<{
    cases: {
      description: string;
      record?: unknown;
      result?: { encoding: string };
      encoding?: string;
      error?: string;
      table?: string;
      key?: string;
    }[];
  }>('test-vectors/client/cli-record.json').cases;

  it('encodes the valid record byte for byte under local/cli, and decodes it back', () => {
    const valid = cases.filter((c) => c.result);
    expect(valid.length).toBeGreaterThan(0);
    for (const c of valid) {
      expect([c.table, c.key]).toEqual(['local', CLI_RECORD_KEY]);
      expect(hex(encodeCliRecord(c.record as CliRecord)), c.description).toBe(c.result!.encoding);
      expect(decodeCliRecord(unhex(c.result!.encoding)), c.description).toEqual(c.record);
    }
  });

  it('refuses every invalid case as MALFORMED', () => {
    const invalid = cases.filter((c) => c.error);
    expect(invalid.length).toBeGreaterThanOrEqual(10);
    for (const c of invalid)
      expect(() => decodeCliRecord(unhex(c.encoding!)), c.description).toThrow(
        expect.objectContaining({ code: c.error }),
      );
  });
});
