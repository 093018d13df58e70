import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { create } from '@bufbuild/protobuf';
import { describe, expect, it } from 'vitest';
import {
  authChallengeBody,
  decodeDeviceCertificate,
  encodeMessageEvidence,
  frankingTag,
  messageAttestationBody,
  NexusError,
  SIGNATURE_LABELS,
  signingInput,
  verifyAuthChallenge,
  verifyMessageAttestation,
  verifyMessageEvidence,
  verifySignature,
} from '../../src/index.js';
import { decodeClientMessage, encodeClientMessage } from '../../src/client/message.js';
import { ClientMessageSchema } from '../../src/wire/gen/nexuslink/v1/client_pb.js';
import { messageEvidenceCodec } from '../../src/wire/community.js';
import { signedMessageCodec } from '../../src/wire/messages.js';
import { communityVectors, FRAMES, verifiedJson } from '../../scripts/vectors/community.js';
import { hex, readJson, repoPath, unhex } from '../helpers.js';
import { expectRefused, fromFields } from './proto-json.js';
import type { Case } from './proto-json.js';
import { committedMessage } from '../../src/wire/index.js';

const load = (name: string) => readJson<{ cases: Case[] }>(`test-vectors/community/${name}`).cases;

/** The error code `fn` throws (a NexusError), or a failed expectation. */
function codeOf(description: string, fn: () => unknown): string {
  let thrown: unknown;
  try {
    fn();
  } catch (err) {
    thrown = err;
  }
  expect(thrown, description).toBeInstanceOf(NexusError);
  return (thrown as NexusError).code;
}

describe('community vectors (test-vectors/community)', () => {
  it('regenerating the vectors reproduces every file byte for byte', async () => {
    for (const [name, content] of Object.entries(await communityVectors()))
      expect(readFileSync(repoPath(`test-vectors/${name}`), 'utf8'), name).toBe(
        JSON.stringify(content, null, 2) + '\n',
      );
  });

  it('auth-challenge.json: the signed body, the signing input, and what is refused', () => {
    const cases = load('auth-challenge.json');
    expect(cases.length).toBeGreaterThanOrEqual(6);
    for (const c of cases) {
      const challenge = { server: c.server as string, nonce: unhex(c.nonce as string) };
      const proof = {
        deviceCertificate: unhex(c.device_certificate as string),
        selfSigningCertificate: unhex(c.self_signing_certificate as string),
        signature: unhex(c.signature as string),
      };
      const verify = () => verifyAuthChallenge(challenge, proof, { now: c.now_ms as number });
      if (c.error) {
        let thrown: unknown;
        try {
          verify();
        } catch (err) {
          thrown = err;
        }
        expect(thrown, c.description).toBeInstanceOf(NexusError);
        expect((thrown as NexusError).code, c.description).toBe(c.error);
        continue;
      }
      const result = c.result!;
      expect(verify().uuid, c.description).toBe(result.uuid);
      const body = authChallengeBody({ ...challenge, deviceId: unhex(c.device_id as string) });
      expect(hex(body)).toBe(result.body);
      const input = signingInput(SIGNATURE_LABELS.authChallenge, body);
      expect(hex(input)).toBe(result.signing_input);
      // The signature is over exactly these bytes, by the certified device key.
      const device = decodeDeviceCertificate(proof.deviceCertificate);
      expect(verifySignature(device.signingKey, input, proof.signature)).toBe(true);
    }
  });

  it('client-ids.json: the SHA-256 construction, computed here independently', () => {
    const cases = load('client-ids.json');
    expect(cases.length).toBe(4);
    for (const c of cases) {
      const parts = (c.parts as string[]).map(unhex);
      const h = createHash('sha256').update('nexuslink/v1/community-client-id');
      for (const p of parts) {
        const len = Buffer.alloc(4);
        len.writeUInt32BE(p.length);
        h.update(len).update(p);
      }
      expect(h.digest('hex').slice(0, 32), c.description).toBe(c.client_id);
    }
    expect(cases[2]!.client_id).not.toBe(cases[3]!.client_id);
  });

  it('frames.json: each valid frame has exactly its encoding; each invalid one is MALFORMED', () => {
    const cases = load('frames.json');
    expect(cases.filter((c) => !c.error).length).toBeGreaterThanOrEqual(11);
    expect(cases.filter((c) => c.error).length).toBeGreaterThanOrEqual(9);
    for (const c of cases) {
      const { schema, codec } = FRAMES[c.type as keyof typeof FRAMES];
      if (c.error) {
        expectRefused(c, (bytes) => codec.decode(bytes));
        continue;
      }
      const frame = create(schema, fromFields(schema, c.frame) as never);
      expect(hex(codec.encode(frame)), c.description).toBe(c.encoding);
      expect(codec.decode(unhex(c.encoding!)), c.description).toEqual(frame);
    }
  });

  describe('franking.json', () => {
    const file = readJson<{ franking_label: string; attestation_label: string; cases: Case[] }>(
      'test-vectors/community/franking.json',
    );
    const evidence = file.cases.filter((c) => c.evidence !== undefined);
    const tags = file.cases.filter((c) => c.committed !== undefined);

    it('has evidence that verifies, refusals of each kind, and tags; every case one or the other', () => {
      expect(file.franking_label).toBe('nexuslink/v1/franking');
      expect(file.attestation_label).toBe(SIGNATURE_LABELS.messageAttestation);
      expect(evidence.length + tags.length).toBe(file.cases.length);
      for (const c of file.cases) expect('result' in c !== 'error' in c, c.description).toBe(true);
      expect(evidence.filter((c) => c.result).length).toBeGreaterThanOrEqual(2);
      const codes = evidence.filter((c) => c.error).map((c) => c.error);
      expect(codes.filter((e) => e === 'BAD_SIGNATURE').length).toBeGreaterThanOrEqual(4);
      expect(codes.filter((e) => e === 'MALFORMED').length).toBeGreaterThanOrEqual(8);
      expect(tags.length).toBeGreaterThanOrEqual(2);
    });

    it('verifyMessageEvidence: each valid case gives its result, each refused one its code', () => {
      for (const c of evidence) {
        const key = unhex(c.server_public_key as string);
        const bytes = unhex(c.evidence as string);
        if (c.error) {
          expect(
            codeOf(c.description, () => verifyMessageEvidence(key, bytes)),
            c.description,
          ).toBe(c.error);
          continue;
        }
        expect(verifiedJson(verifyMessageEvidence(key, bytes)), c.description).toEqual(c.result);
      }
    });

    it('the first case’s parts: the message, its commitment, the attestation and the evidence', () => {
      const c = evidence[0]!;
      const p = c.parts as Record<string, unknown> & { attestation: Record<string, unknown> };
      const message = create(ClientMessageSchema, fromFields(ClientMessageSchema, p.message));
      const frankingKey = unhex(p.franking_key as string);
      // What the sender encrypts carries the key; what it commits to has neither key nor padding.
      expect(hex(encodeClientMessage(message))).toBe(p.encoding);
      expect(hex(decodeClientMessage(unhex(p.encoding as string)).frankingKey)).toBe(
        p.franking_key,
      );
      const committed = committedMessage(message);
      expect(hex(committed)).toBe(p.committed);
      // The tag, computed here independently and by the SDK.
      const hmac = createHmac('sha256', frankingKey)
        .update('nexuslink/v1/franking')
        .update(Buffer.of(0))
        .update(committed)
        .digest('hex');
      expect(hmac).toBe(p.franking_tag);
      expect(hex(frankingTag(frankingKey, committed))).toBe(p.franking_tag);
      // The attestation: its body from its fields, the signature by the server's key.
      const a = p.attestation as {
        channel_id: string;
        seq: number;
        sender: { uuid: string; device_id: string };
        sent_at_ms: number;
        franking_tag: string;
      };
      expect(a.franking_tag).toBe(p.franking_tag);
      const fields = {
        channelId: a.channel_id,
        seq: a.seq,
        sender: { uuid: a.sender.uuid, deviceId: a.sender.device_id },
        sentAt: a.sent_at_ms,
        frankingTag: unhex(a.franking_tag),
      };
      const body = messageAttestationBody(fields);
      expect(hex(body)).toBe(p.attestation_body);
      const input = signingInput(SIGNATURE_LABELS.messageAttestation, body);
      expect(hex(input)).toBe(p.attestation_signing_input);
      const serverKey = unhex(c.server_public_key as string);
      const signature = unhex(p.attestation_signature as string);
      expect(verifySignature({ algorithm: 'ed25519', bytes: serverKey }, input, signature)).toBe(
        true,
      );
      const signed = verifyMessageAttestation(serverKey, fields, signature);
      expect(hex(signed)).toBe(p.attestation_signed);
      expect(signedMessageCodec.decode(signed)).toMatchObject({ body, signature });
      // The evidence: the committed bytes, the key and the kept attestation.
      const ev = encodeMessageEvidence({ message: committed, frankingKey, attestation: signed });
      expect(hex(ev)).toBe(c.evidence);
      expect(messageEvidenceCodec.decode(ev)).toMatchObject({
        version: 1,
        message: committed,
        frankingKey,
        attestation: { body, signature },
      });
      expect(c.result).toMatchObject({
        channel_id: a.channel_id,
        seq: a.seq,
        sender: a.sender,
        sent_at_ms: a.sent_at_ms,
        id: hex(message.id),
        timestamp_ms: Number(message.timestampMs),
      });
    });

    it('frankingTag: each tag, computed here independently and by the SDK', () => {
      for (const c of tags) {
        const key = unhex(c.franking_key as string);
        const committed = unhex(c.committed as string);
        if (c.error) {
          expect(
            codeOf(c.description, () => frankingTag(key, committed)),
            c.description,
          ).toBe(c.error);
          continue;
        }
        const hmac = createHmac('sha256', key)
          .update(file.franking_label)
          .update(Buffer.of(0))
          .update(committed)
          .digest('hex');
        expect(c.result, c.description).toEqual({ franking_tag: hmac });
        expect(hex(frankingTag(key, committed)), c.description).toBe(hmac);
      }
    });

    it('the channel message of frames.json carries an attestation that verifies under the server key', () => {
      const frame = load('frames.json').find(
        (c) => c.type === 'ServerFrame' && c.frame && 'channel_message' in (c.frame as object),
      )!;
      const m = (frame.frame as { channel_message: Record<string, unknown> }).channel_message as {
        channel_id: string;
        seq: number;
        sender: { uuid: string; device_id: string };
        sent_at_ms: number;
        franking_tag: string;
        attestation: string;
      };
      const id = m.channel_id;
      const fields = {
        channelId: `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`,
        seq: m.seq,
        sender: { uuid: m.sender.uuid, deviceId: m.sender.device_id },
        sentAt: m.sent_at_ms,
        frankingTag: unhex(m.franking_tag),
      };
      const serverKey = unhex(evidence[0]!.server_public_key as string);
      expect(() => verifyMessageAttestation(serverKey, fields, unhex(m.attestation))).not.toThrow();
      expect(
        codeOf('another seq', () =>
          verifyMessageAttestation(serverKey, { ...fields, seq: m.seq + 1 }, unhex(m.attestation)),
        ),
      ).toBe('BAD_SIGNATURE');
    });
  });
});
