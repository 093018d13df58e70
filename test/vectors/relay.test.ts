// The relay vectors: recomputed here with node:crypto (SHA-256, Ed25519)
// rather than the SDK's code, and checked against the SDK; regeneration
// reproduces the files byte for byte.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  NexusError,
  relayAckBody,
  relayMailbox,
  SIGNATURE_LABELS,
  verifyRelayAck,
} from '../../src/index.js';
import { relayVectors } from '../../scripts/vectors/relay.js';
import { readJson, unhex } from '../helpers.js';

type MailboxFile = { cases: { uuid: string; device_id: string; mailbox: string }[] };
type AckFile = {
  signing_public_key: string;
  cases: { server: string; ids: string[]; body: string; signature: string; error?: string }[];
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
      expect(relayMailbox({ uuid: c.uuid, deviceId: unhex(c.device_id) })).toBe(c.mailbox);
    }
  });

  it('acknowledgements: the body layout and the signature, and what is refused', () => {
    const file = readJson<AckFile>('test-vectors/relay/acks.json');
    const key = unhex(file.signing_public_key);
    for (const c of file.cases) {
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
