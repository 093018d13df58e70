import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { create } from '@bufbuild/protobuf';
import { describe, expect, it } from 'vitest';
import {
  authChallengeBody,
  decodeDeviceCertificate,
  NexusError,
  SIGNATURE_LABELS,
  signingInput,
  verifyAuthChallenge,
  verifySignature,
} from '../../src/index.js';
import { communityVectors, FRAMES } from '../../scripts/vectors/community.js';
import { hex, readJson, repoPath, unhex } from '../helpers.js';
import { expectRefused, fromFields } from './proto-json.js';
import type { Case } from './proto-json.js';

const load = (name: string) => readJson<{ cases: Case[] }>(`test-vectors/community/${name}`).cases;

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
});
