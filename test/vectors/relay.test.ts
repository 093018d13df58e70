// The relay vectors: recomputed here with node:crypto (SHA-256, Ed25519)
// rather than the SDK's code, and checked against the SDK; regeneration
// reproduces the files byte for byte.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromBinary, toBinary } from '@bufbuild/protobuf';
import {
  decodeDeviceCertificate,
  NexusError,
  parseUuid,
  verifyRelayedEnvelope,
  relayAckBody,
  relayMailbox,
  SIGNATURE_LABELS,
  verifyRelayAck,
} from '../../src/index.js';
import { relayVectors } from '../../scripts/vectors/relay.js';
import { SignedMessageSchema } from '../../src/wire/gen/nexuslink/v1/identity_pb.js';
import { RelayedEnvelopeBodySchema } from '../../src/wire/gen/nexuslink/v1/p2p_pb.js';
import { hex, readJson, unhex } from '../helpers.js';

type MailboxFile = { cases: { uuid: string; device_id: string; mailbox: string }[] };
type AckFile = {
  signing_public_key: string;
  cases: { server: string; ids: string[]; body?: string; signature: string; error?: string }[];
};

const ed25519Key = (raw: Uint8Array) =>
  createPublicKey({
    key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]),
    format: 'der',
    type: 'spki',
  });

describe('relay vectors', () => {
  it('mailboxes: SHA-256 of the label, UUID and device id, base64url', () => {
    const file = readJson<MailboxFile>('test-vectors/relay/mailboxes.json');
    for (const c of file.cases) {
      const digest = createHash('sha256')
        .update('nexuslink/v1/relay-mailbox')
        .update(Buffer.of(0))
        .update(c.uuid)
        .update(Buffer.of(0))
        .update(unhex(c.device_id))
        .digest('base64url');
      expect(digest).toBe(c.mailbox);
      // Real UUIDs (spec/identity.md §3), not look-alike strings.
      expect(() => parseUuid(c.uuid)).not.toThrow();
      expect(relayMailbox({ uuid: c.uuid, deviceId: unhex(c.device_id) })).toBe(c.mailbox);
    }
  });

  it('acknowledgements: the body layout and the signature, and what is refused', () => {
    const file = readJson<AckFile>('test-vectors/relay/acks.json');
    const key = unhex(file.signing_public_key);
    for (const c of file.cases) {
      if (c.body === undefined) {
        // Refused before any body is made (1 001 ids: spec/relay.md §3), whatever the signature.
        expect(() => relayAckBody({ server: c.server, ids: c.ids })).toThrow(
          expect.objectContaining({ code: c.error }),
        );
        expect(() =>
          verifyRelayAck(
            { algorithm: 'ed25519', bytes: key },
            { server: c.server, ids: c.ids },
            unhex(c.signature),
          ),
        ).toThrow(expect.objectContaining({ code: c.error }));
        continue;
      }
      const ids = Buffer.concat(c.ids.map((id) => Buffer.from(id.replaceAll('-', ''), 'hex')));
      const count = Buffer.alloc(2);
      count.writeUInt16BE(c.ids.length);
      const body = Buffer.concat([Buffer.from(c.server), Buffer.of(0), count, ids]);
      expect(body.toString('hex')).toBe(c.body);
      expect(Buffer.from(relayAckBody({ server: c.server, ids: c.ids })).toString('hex')).toBe(
        c.body,
      );
      const input = Buffer.concat([Buffer.from(SIGNATURE_LABELS.relayAck), Buffer.of(0), body]);
      const ok = verify(null, input, ed25519Key(key), unhex(c.signature));
      expect(ok).toBe(c.error === undefined);
      const check = () =>
        verifyRelayAck(
          { algorithm: 'ed25519', bytes: key },
          { server: c.server, ids: c.ids },
          unhex(c.signature),
        );
      if (c.error === undefined) check();
      else expect(check).toThrow(expect.objectContaining({ code: c.error }));
    }
  });

  it('relayed envelopes: the signature (checked with node:crypto) and what the recipient accepts', () => {
    const file = readJson<{
      cases: {
        blob: string;
        recipient: { uuid: string; deviceId: string };
        now_ms: number;
        revocation_list?: string;
        from?: { uuid: string; deviceId: string };
        id?: string;
        envelope?: string;
        accepted_at_ms?: number;
        error?: string;
      }[];
    }>('test-vectors/relay/relayed-envelopes.json');
    for (const c of file.cases) {
      const options = {
        recipient: c.recipient,
        now: c.now_ms,
        ...(c.revocation_list ? { revocationList: () => unhex(c.revocation_list!) } : {}),
      };
      if (c.error !== undefined) {
        expect(() => verifyRelayedEnvelope(unhex(c.blob), options)).toThrow(
          expect.objectContaining({ code: c.error }),
        );
        continue;
      }
      const v = verifyRelayedEnvelope(unhex(c.blob), options);
      expect(v.from).toEqual(c.from);
      expect(hex(v.id)).toBe(c.id);
      expect(hex(v.envelope)).toBe(c.envelope);
      expect(v.acceptedAt).toBe(c.accepted_at_ms);
      // The SignedMessage, read with the generated schema; the signature with node:crypto.
      const signed = fromBinary(SignedMessageSchema, unhex(c.blob));
      const body = fromBinary(RelayedEnvelopeBodySchema, signed.body);
      const device = decodeDeviceCertificate(
        toBinary(SignedMessageSchema, body.deviceCertificate!),
      );
      const input = Buffer.concat([
        Buffer.from(SIGNATURE_LABELS.relayedEnvelope),
        Buffer.of(0),
        signed.body,
      ]);
      expect(verify(null, input, ed25519Key(device.signingKey.bytes), signed.signature)).toBe(true);
      expect(body.recipientUuid).toBe(c.recipient.uuid);
      expect(hex(body.recipientDeviceId)).toBe(c.recipient.deviceId);
    }
  });

  it('bad input is a typed error', () => {
    const deviceId = new Uint8Array(16);
    expect(() => relayMailbox({ uuid: '', deviceId })).toThrow(NexusError);
    expect(() => relayMailbox({ uuid: 'x', deviceId: new Uint8Array(15) })).toThrow(NexusError);
    const server = 'https://relay.example.org';
    for (const ids of [
      [],
      ['not-a-uuid'],
      Array(1001).fill('00000000-0000-7000-8000-000000000000'),
    ])
      expect(() => relayAckBody({ server, ids })).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    expect(() =>
      relayAckBody({ server: 'a\0b', ids: ['00000000-0000-7000-8000-000000000000'] }),
    ).toThrow(NexusError);
  });

  it('regenerating reproduces the files', async () => {
    for (const [name, content] of Object.entries(await relayVectors()))
      expect(JSON.stringify(content, null, 2) + '\n').toBe(
        JSON.stringify(readJson(`test-vectors/${name}`), null, 2) + '\n',
      );
  });
});
