// A community server that admits verified identities only (spec/community.md
// §3.1, spec/directory.md §6.5), both processes started as their READMEs
// say: the community server pins the directory's issuer keys at start; Alice,
// approved by the directory's reviewer, joins by presenting her credential
// (disclosing only what the server asks for); Bob, unverified, cannot;
// Mallory, holding Alice's credential but not her device key, cannot; an
// existing member logs in again without presenting anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CommunityClient,
  DirectoryClient,
  presentCredential,
  signAuthChallenge,
} from '@nexuslink/sdk';
import type { LocalDevice } from '@nexuslink/sdk';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { serverDatabase } from '@nexuslink/server-kit/testing/db';
import { addStaff, call, device, jpegBytes, refusal, staffLogin } from './kyc-helpers.ts';

describe('joining a community with a verified credential', () => {
  const stops: (() => Promise<unknown>)[] = [];
  let directory: RunningServer;
  let community: RunningServer;
  let client: DirectoryClient;
  let alice: LocalDevice;
  let credential = '';

  beforeAll(async () => {
    alice = await device('alice');
    const ddb = await serverDatabase('sqlite');
    const rita = addStaff(ddb.env, 'rita', 'reviewer');
    directory = await startServer(ddb.env, 'directory');
    stops.push(async () => expect(await directory.stop()).toBe(0), ddb.drop);
    client = new DirectoryClient({ url: directory.url });
    // Alice is verified, over 18.
    const applied = await client.kycApply(alice, {
      fields: { legalName: 'Alice Example', dateOfBirth: '1990-01-01', country: 'DE' },
      consentVersion: '1',
    });
    await client.kycAddDocument(alice, applied.id, {
      kind: 'id_document',
      mediaType: 'image/jpeg',
      content: jpegBytes(),
    });
    await client.kycSubmit(alice, applied.id);
    const reviewer = await staffLogin(directory.url, 'rita', rita);
    const decided = await call(
      directory.url,
      'POST',
      `/v1/kyc/applications/${applied.id}/decision`,
      {
        headers: reviewer,
        body: { decision: 'approved', note: '', claims: { age_over_18: true, country: 'DE' } },
      },
    );
    expect(decided.body.ok).toBe(true);
    credential = (await client.kycCredential(alice)).credential;

    const cdb = await serverDatabase('sqlite');
    community = await startServer({
      ...cdb.env,
      NEXUSLINK_MEMBERSHIP_CREDENTIAL_ISSUER: directory.url,
      NEXUSLINK_MEMBERSHIP_REQUIRED_CLAIMS: 'verified,age_over_18',
    });
    stops.push(async () => expect(await community.stop()).toBe(0), cdb.drop);
  }, 90_000);
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
  });

  it('names what it requires in its challenge', async () => {
    const r = await call(community.url, 'POST', '/v1/auth/challenge');
    expect(r.body.data.requires).toEqual({
      credential: { issuer: directory.url, disclose: ['verified', 'age_over_18'] },
    });
  });

  it('admits Alice with her credential, and not without it', async () => {
    const without = await refusal(
      new CommunityClient({ url: community.url, device: alice }).login(),
    );
    expect(without.details?.serverCode ?? without.code).toBe('NOT_PERMITTED');
    expect(without.message).toMatch(/verified identities only/);
    const server = new CommunityClient({ url: community.url, device: alice });
    await server.login({ credential });
    expect(server.session()).not.toBeNull();
    // A member now: her next login needs no credential.
    await new CommunityClient({ url: community.url, device: alice }).login();
  });

  it('refuses Bob (no verification), and Mallory presenting Alice’s credential', async () => {
    const bob = await device('bob');
    expect((await refusal(client.kycCredential(bob))).code).toBe('NOT_FOUND');
    const mallory = await device('mallory');
    const stolen = await refusal(
      new CommunityClient({ url: community.url, device: mallory }).login({ credential }),
    );
    // The SDK itself will not present a credential bound to another device.
    expect(stolen.code).toBe('NOT_PERMITTED');
    // Nor does the server take one forced through by hand: signed by Alice's
    // device for another login's nonce, it is refused for this one.
    const nonceA = (await call(community.url, 'POST', '/v1/auth/challenge')).body.data.nonce;
    const forOther = await presentCredential({
      credential,
      device: alice,
      disclose: ['verified', 'age_over_18'],
      audience: community.url,
      nonce: nonceA,
    });
    const server = new CommunityClient({ url: community.url, device: mallory });
    // Mallory logs in with her own device, attaching Alice's presentation.
    const challenge = (await call(community.url, 'POST', '/v1/auth/challenge')).body.data;
    const signature = await signAuthChallenge(mallory.signer, {
      server: community.url,
      nonce: Buffer.from(challenge.nonce, 'base64'),
      deviceId: mallory.deviceId,
    });
    const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
    const forced = await call(community.url, 'POST', '/v1/auth/login', {
      body: {
        nonce: challenge.nonce,
        deviceCertificate: b64(mallory.deviceCertificate),
        selfSigningCertificate: b64(mallory.selfSigningCertificate),
        signature: b64(signature),
        credential: forOther,
      },
    });
    expect(forced.body.error?.code).toBe('NOT_PERMITTED');
    expect(server.session()).toBeNull();
  });
});
