// The directory vectors (spec/directory.md §2): every registration verifies
// to its result or is refused with its code; the signature is recomputed
// with node:crypto over the label and the body bytes as received; and the
// SDK's own functions make registrations the same way.
import { createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createCommunityRegistration,
  createDevice,
  decodeDeviceCertificate,
  directoryProofBody,
  memoryStorage,
  signDirectoryProof,
  SigningKeyPair,
  verifyCommunityDeregistration,
  verifyCommunityRegistration,
  verifyDirectoryProof,
} from '../../src/index.js';
import { signedMessageCodec } from '../../src/wire/messages.js';
import { communityRegistrationBodyCodec } from '../../src/wire/directory.js';
import { hex, nexusErrorOf, readJson, unhex } from '../helpers.js';

type Case = {
  description: string;
  registration: string;
  now: number;
  revocation_list?: string;
  result?: Record<string, unknown>;
  error?: string;
};
const cases = readJson<{ cases: Case[] }>('test-vectors/directory/registrations.json').cases;

const ed25519Key = (raw: Uint8Array) =>
  createPublicKey({
    key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]),
    format: 'der',
    type: 'spki',
  });

describe('directory vectors: community registrations', () => {
  it('each valid case verifies to its result; each invalid one is refused with its code', async () => {
    expect(cases.filter((c) => c.result).length).toBeGreaterThanOrEqual(3);
    expect(cases.filter((c) => c.error).length).toBeGreaterThanOrEqual(20);
    for (const c of cases) {
      const options = {
        now: c.now,
        revocationList: c.revocation_list ? unhex(c.revocation_list) : null,
      };
      if (c.error) {
        const err = await nexusErrorOf(async () =>
          verifyCommunityRegistration(unhex(c.registration), options),
        );
        expect(err.code, c.description).toBe(c.error);
        continue;
      }
      const v = verifyCommunityRegistration(unhex(c.registration), options);
      expect(
        {
          owner: v.owner,
          signer_device_id: hex(v.signer.deviceId),
          name: v.name,
          description: v.description,
          tags: [...v.tags],
          language: v.language,
          endpoint: v.endpoint,
          server_key: hex(v.serverKey),
          revision: v.revision,
          created_at_ms: v.createdAt,
          community_id: v.communityId,
        },
        c.description,
      ).toEqual(c.result);
    }
  });

  it('the signature is Ed25519 over the label, a zero byte and the body (recomputed with node:crypto)', () => {
    for (const c of cases.filter((c) => c.result)) {
      const signed = signedMessageCodec.decode(unhex(c.registration));
      const body = communityRegistrationBodyCodec.decode(signed.body);
      const device = decodeDeviceCertificate(signedMessageCodec.encode(body.deviceCertificate!));
      const input = Buffer.concat([
        Buffer.from('nexuslink/v1/community-registration'),
        Buffer.from([0]),
        signed.body,
      ]);
      expect(verify(null, input, ed25519Key(device.signingKey.bytes), signed.signature)).toBe(true);
    }
  });
});

describe('createCommunityRegistration', () => {
  const listing = (serverKey: Uint8Array) => ({
    name: 'Rust 中文',
    language: 'zh-Hans',
    endpoint: 'https://rust.example.cn',
    serverKey,
    revision: 1,
  });

  it('puts tags in their one form and signs what verify accepts', async () => {
    const { device } = await createDevice({ storage: memoryStorage(), displayName: 'owner' });
    const serverKey = SigningKeyPair.generate().publicKey.bytes;
    const reg = await createCommunityRegistration({
      ...listing(serverKey),
      device,
      tags: ['Rust', 'ＲＵＳＴ', 'systems', 'rust'],
    });
    const v = verifyCommunityRegistration(reg, { expectedOwner: device.uuid });
    expect(v).toMatchObject({ owner: device.uuid, name: 'Rust 中文', tags: ['rust', 'systems'] });
    // Another owner's update of this listing is refused.
    const other = await createDevice({ storage: memoryStorage(), displayName: 'other' });
    const theirs = await createCommunityRegistration({
      ...listing(serverKey),
      device: other.device,
    });
    expect(
      (
        await nexusErrorOf(async () =>
          verifyCommunityRegistration(theirs, { expectedOwner: device.uuid }),
        )
      ).code,
    ).toBe('UNKNOWN_ISSUER');
  });

  it('names the field a bad listing breaks, as INVALID_ARGUMENT', async () => {
    const { device } = await createDevice({ storage: memoryStorage(), displayName: 'owner' });
    const serverKey = SigningKeyPair.generate().publicKey.bytes;
    for (const [change, message] of [
      [{ endpoint: 'http://chat.example.org' }, /endpoint/],
      [{ name: '' }, /name is empty/],
      [{ language: 'english!' }, /language/],
      [{ serverKey: new Uint8Array(31) }, /server_key/],
      [{ revision: 0 }, /revision/],
      [{ tags: ['two words'] }, /tags\[0\]/],
      [{ device: undefined }, /device must be/],
    ] as const) {
      const err = await nexusErrorOf(() =>
        createCommunityRegistration({ ...listing(serverKey), device, ...change } as never),
      );
      expect(err.code, JSON.stringify(change)).toBe('INVALID_ARGUMENT');
      expect(err.message).toMatch(message);
    }
  });
});

describe('directory vectors: endpoint proofs', () => {
  type ProofCase = {
    description: string;
    server_key: string;
    nonce: string;
    owner: string;
    directory: string;
    signature: string;
    result?: { body: string };
    error?: string;
  };
  const proofs = readJson<{ cases: ProofCase[] }>('test-vectors/directory/proofs.json').cases;

  it('the body is nonce, owner and directory; the signature is checked as node:crypto checks it', async () => {
    expect(proofs.filter((c) => c.result).length).toBe(1);
    expect(proofs.filter((c) => c.error).length).toBeGreaterThanOrEqual(4);
    for (const c of proofs) {
      const request = { nonce: unhex(c.nonce), owner: c.owner, directory: c.directory };
      const body = Buffer.concat([unhex(c.nonce), Buffer.from(c.owner), Buffer.from(c.directory)]);
      const input = Buffer.concat([
        Buffer.from('nexuslink/v1/directory-proof'),
        Buffer.from([0]),
        body,
      ]);
      const ok = verify(null, input, ed25519Key(unhex(c.server_key)), unhex(c.signature));
      if (c.result) {
        expect(ok, c.description).toBe(true);
        expect(hex(directoryProofBody(request))).toBe(c.result.body);
        expect(() =>
          verifyDirectoryProof(unhex(c.server_key), request, unhex(c.signature)),
        ).not.toThrow();
      } else {
        expect(ok, c.description).toBe(false);
        const err = await nexusErrorOf(async () =>
          verifyDirectoryProof(unhex(c.server_key), request, unhex(c.signature)),
        );
        expect(err.code, c.description).toBe(c.error);
      }
    }
  });

  it('a proof request of the wrong form is INVALID_ARGUMENT, named', async () => {
    const key = SigningKeyPair.generate();
    const good = {
      nonce: new Uint8Array(32),
      owner: (await createDevice({ storage: memoryStorage(), displayName: 'o' })).device.uuid,
      directory: 'https://d.example',
    };
    for (const [change, message] of [
      [{ nonce: new Uint8Array(31) }, /nonce must be 32 bytes/],
      [{ owner: 'someone' }, /owner must be a NexusLink UUID/],
      [{ directory: 'https://d.example/path' }, /directory must be an https origin/],
    ] as const) {
      const err = await nexusErrorOf(() => signDirectoryProof(key, { ...good, ...change }));
      expect(err.code).toBe('INVALID_ARGUMENT');
      expect(err.message).toMatch(message);
    }
  });
});

type DeregistrationCase = {
  description: string;
  deregistration: string;
  now: number;
  revocation_list?: string;
  result?: Record<string, unknown>;
  error?: string;
};

describe('directory vectors: community deregistrations', () => {
  it('each valid case verifies to its result; each invalid one is refused with its code', async () => {
    const all = readJson<{ cases: DeregistrationCase[] }>(
      'test-vectors/directory/deregistrations.json',
    ).cases;
    expect(all.filter((c) => c.result).length).toBeGreaterThanOrEqual(1);
    expect(all.filter((c) => c.error).length).toBeGreaterThanOrEqual(4);
    for (const c of all) {
      const options = {
        now: c.now,
        revocationList: c.revocation_list ? unhex(c.revocation_list) : null,
      };
      if (c.error) {
        const err = await nexusErrorOf(async () =>
          verifyCommunityDeregistration(unhex(c.deregistration), options),
        );
        expect(err.code, c.description).toBe(c.error);
        continue;
      }
      const v = verifyCommunityDeregistration(unhex(c.deregistration), options);
      expect(
        {
          owner: v.owner,
          signer_device_id: hex(v.signer.deviceId),
          community_id: v.communityId,
          revision: v.revision,
          created_at_ms: v.createdAt,
        },
        c.description,
      ).toEqual(c.result);
    }
  });
});
