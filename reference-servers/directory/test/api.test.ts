// The directory's listing API against real processes started as the README
// says (`node src/main.ts`): a community server whose operator names its
// owner, and the directory on SQLite and on PostgreSQL. The owner lists the
// community through the SDK's DirectoryClient (a signed registration, a
// solved proof of work, the endpoint proven), updates and deregisters it;
// strangers holding only public data cannot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCommunityRegistration,
  DirectoryClient,
  SigningKeyPair,
  solveDirectoryPow,
} from '@nexuslink/sdk';
import type { LocalDevice } from '@nexuslink/sdk';
import { serverDatabase } from '@nexuslink/server-kit/testing/db';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { device as owner, refusal } from './kyc-helpers.ts';

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

describe.each(['sqlite', 'postgres'] as const)('the directory on %s', (kind) => {
  const stops: (() => Promise<unknown>)[] = [];
  let directory: RunningServer;
  let client: DirectoryClient;
  let alice: LocalDevice;
  let community: RunningServer;

  beforeAll(async () => {
    alice = await owner('alice');
    const cdb = await serverDatabase('sqlite');
    community = await startServer({
      ...cdb.env,
      NEXUSLINK_SERVER_OWNER: alice.uuid,
      NEXUSLINK_SERVER_NAME: 'Rust Learners',
    });
    stops.push(() => community.stop(), cdb.drop);
    const ddb = await serverDatabase(kind);
    directory = await startServer(
      {
        ...ddb.env,
        NEXUSLINK_PROOF_ALLOW_PRIVATE: 'true',
        NEXUSLINK_POW_COST: '50',
        NEXUSLINK_POW_MAX_COUNTER: '50',
        NEXUSLINK_LIMITS_REGISTRATIONS_PER_HOUR: '1000',
      },
      'directory',
    );
    stops.push(async () => expect(await directory.stop()).toBe(0), ddb.drop);
    client = new DirectoryClient({ url: directory.url });
  }, 60_000);
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
  });

  it('an owner lists a community, which anyone then finds, reads and verifies offline', async () => {
    const listed = await client.register({
      device: alice,
      name: 'Rust Learners',
      description: 'A place to learn the Rust programming language together.',
      tags: ['rust', 'programming', 'Beginners'],
      language: 'en',
      endpoint: community.url,
    });
    expect(listed).toMatchObject({
      owner: alice.uuid,
      name: 'Rust Learners',
      tags: ['beginners', 'programming', 'rust'],
      endpoint: community.url,
      revision: 1,
      status: 'online',
    });
    expect(listed.id).toMatch(/^[0-9a-f-]{36}$/);
    const got = await client.get(listed.id);
    expect(got).toEqual(listed);
    expect(client.verify(got).owner).toBe(alice.uuid);
    // A directory that shows something else than was signed is caught.
    expect(() => client.verify({ ...got, name: 'Rust Haters' })).toThrow(
      /other than its owner signed/,
    );

    for (const q of ['rust', 'programing', 'learn', 'Rust Learners', 'prog']) {
      const page = await client.search({ q });
      expect(
        page.communities.map((c) => c.id),
        q,
      ).toContain(listed.id);
    }
    expect((await client.search({ q: 'gardening' })).communities).toEqual([]);
    expect((await client.search({ tags: ['rust'] })).communities.map((c) => c.id)).toEqual([
      listed.id,
    ]);
    expect((await client.search({ tags: ['rust', 'cooking'] })).communities).toEqual([]);
    expect((await client.search({ language: 'EN' })).communities.map((c) => c.id)).toContain(
      listed.id,
    );
    expect((await client.search({ language: 'zh' })).communities).toEqual([]);
  });

  it('the owner updates and deregisters; a stranger with only public data cannot', async () => {
    const mallory = await owner('mallory');
    const id = (await client.search({ q: 'rust' })).communities[0]!.id;
    const current = await client.get(id);

    // A stranger signs an update of Alice's listing with her own identity.
    let e = await refusal(
      client.update(id, {
        device: mallory,
        name: 'Free crypto',
        language: 'en',
        endpoint: community.url,
      }),
    );
    expect(e.code).toBe('UNKNOWN_ISSUER');
    // The stranger lists Alice's server as her own: the server names Alice, not her.
    e = await refusal(
      client.register({
        device: mallory,
        name: 'Mine now',
        language: 'en',
        endpoint: community.url,
      }),
    );
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.details.serverCode).toBe('CONFLICT');
    // Replaying Alice's own registration (public: it is in every listing) is refused.
    const pow = await solveDirectoryPow(
      (await (await fetch(`${directory.url}/v1/pow?purpose=register`)).json()).data.challenge,
    );
    const replay = await fetch(`${directory.url}/v1/communities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ registration: current.registration, pow }),
    });
    expect(replay.status).toBe(409);
    // A stranger deregisters: refused, the listing stays.
    e = await refusal(client.deregister(id, { device: mallory }));
    expect(e.code).toBe('UNKNOWN_ISSUER');
    expect((await client.get(id)).name).toBe('Rust Learners');

    const updated = await client.update(id, {
      device: alice,
      name: 'Rust Learners',
      description: 'Learn Rust together: weekly exercises.',
      tags: ['rust', 'exercises'],
      language: 'en',
      endpoint: community.url,
    });
    expect(updated).toMatchObject({ revision: 2, tags: ['exercises', 'rust'] });
    expect((await client.search({ q: 'exercises' })).communities.map((c) => c.id)).toEqual([id]);
    expect((await client.search({ tags: ['programming'] })).communities).toEqual([]);
    // The old revision's update again: SUPERSEDED.
    const stale = await createCommunityRegistration({
      device: alice,
      communityId: id,
      name: 'Old',
      language: 'en',
      endpoint: community.url,
      serverKey: Buffer.from(current.serverKey, 'hex'),
      revision: 2,
    });
    const res = await fetch(`${directory.url}/v1/communities/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ registration: b64(stale) }),
    });
    expect((await res.json()).error.code).toBe('SUPERSEDED');

    await client.deregister(id, { device: alice });
    expect((await refusal(client.get(id))).code).toBe('NOT_FOUND');
    expect((await client.search({ q: 'rust' })).communities).toEqual([]);
    // Its last registration replayed after the end does not list it again.
    const again = await fetch(`${directory.url}/v1/communities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        registration: updated.registration,
        pow: await solveDirectoryPow(
          (await (await fetch(`${directory.url}/v1/pow`)).json()).data.challenge,
        ),
      }),
    });
    expect([400, 409]).toContain(again.status);
    expect((await client.search({ q: 'rust' })).communities).toEqual([]);
  });

  it('proof of work: missing, wrong, spent or for another purpose is refused', async () => {
    const bob = await owner('bob');
    const registration = b64(
      await createCommunityRegistration({
        device: bob,
        name: 'Bob',
        language: 'en',
        endpoint: 'http://127.0.0.1:9',
        serverKey: SigningKeyPair.generate().publicKey.bytes,
        revision: 1,
      }),
    );
    const post = (pow: string) =>
      fetch(`${directory.url}/v1/communities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ registration, pow }),
      }).then(async (r) => ({ status: r.status, body: await r.json() }));
    const challenge = async (purpose = 'register') =>
      (await (await fetch(`${directory.url}/v1/pow?purpose=${purpose}`)).json()).data.challenge;

    let r = await post('x');
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('NOT_PERMITTED');
    // A solution for a report is not one for a registration.
    r = await post(await solveDirectoryPow(await challenge('report')));
    expect(r.body.error.message).toMatch(/not issued for registration/);
    // A wrong key (the key is what is checked: its HMAC is in the challenge).
    const c = await challenge();
    const good = JSON.parse(Buffer.from(await solveDirectoryPow(c), 'base64').toString());
    const key: string = good.solution.derivedKey;
    const wrong = {
      ...good,
      solution: {
        ...good.solution,
        derivedKey: key.slice(0, -1) + (key.endsWith('0') ? '1' : '0'),
      },
    };
    r = await post(Buffer.from(JSON.stringify(wrong)).toString('base64'));
    expect(r.body.error.message).toMatch(/proof of work: wrong/);
    // Altered parameters (an easier cost) break the challenge's signature.
    const easier = {
      ...good,
      challenge: { ...good.challenge, parameters: { ...good.challenge.parameters, cost: 1 } },
    };
    r = await post(Buffer.from(JSON.stringify(easier)).toString('base64'));
    expect(r.body.error.code).toBe('NOT_PERMITTED');
    // The right solution passes the proof of work (then the endpoint is not proven) once only.
    const payload = Buffer.from(JSON.stringify(good)).toString('base64');
    r = await post(payload);
    expect(r.body.error.message).toMatch(/endpoint not proven/);
    r = await post(payload);
    expect(r.body.error.message).toMatch(/spent already/);
  });

  it('bad input gets the typed error envelope and changes nothing', async () => {
    const cases: [string, string, unknown?][] = [
      ['GET', '/v1/communities?limit=0'],
      ['GET', '/v1/communities?limit=101'],
      ['GET', '/v1/communities?sort=random'],
      ['GET', '/v1/communities?tags=Rust'],
      ['GET', '/v1/communities?tags=a,b,c,d,e,f,g,h,i'],
      ['GET', '/v1/communities?cursor=%21%21'],
      ['GET', `/v1/communities?cursor=${Buffer.from('[1,2]').toString('base64url')}`],
      ['GET', '/v1/communities?language=english!'],
      ['GET', `/v1/communities?q=${'x'.repeat(201)}`],
      ['GET', '/v1/communities?extra=1'],
      ['GET', '/v1/communities/not-a-uuid'],
      ['POST', '/v1/communities', {}],
      ['POST', '/v1/communities', { registration: 'AAAA', pow: 'x', extra: 1 }],
      ['PATCH', '/v1/communities/00000000-0000-7000-8000-000000000000', { registration: '!!' }],
      ['DELETE', '/v1/communities/00000000-0000-7000-8000-000000000000', { deregistration: 5 }],
      ['GET', '/v1/pow?purpose=mine'],
    ];
    const before = (await client.search({ limit: 100 })).communities.length;
    for (const [method, path, body] of cases) {
      const res = await fetch(directory.url + path, {
        method,
        ...(body === undefined
          ? {}
          : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      });
      expect(res.status, `${method} ${path}`).toBe(400);
      const json = await res.json();
      expect(json.ok).toBe(false);
      expect(json.error.code, `${method} ${path}`).toMatch(/^(INVALID_ARGUMENT|MALFORMED)$/);
    }
    const unknown = await fetch(
      `${directory.url}/v1/communities/00000000-0000-7000-8000-000000000000`,
    );
    expect(unknown.status).toBe(404);
    expect((await client.search({ limit: 100 })).communities.length).toBe(before);
  });

  it('the OpenAPI document names every route', async () => {
    const doc = await (await fetch(`${directory.url}/v1/openapi.json`)).json();
    expect(doc.openapi).toBe('3.1.0');
    const paths = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    for (const route of [
      'GET /v1/directory',
      'GET /v1/pow',
      'POST /v1/communities',
      'GET /v1/communities',
      'GET /v1/communities/{id}',
      'PATCH /v1/communities/{id}',
      'DELETE /v1/communities/{id}',
      'GET /healthz',
      'GET /readyz',
      'GET /v1/openapi.json',
    ])
      expect(paths).toContain(route);
  });
});
