// What strangers can do to the directory, and what it does to the
// endpoints strangers name (spec/directory.md §2.2, §4): per-owner and
// per-address limits, anomaly flags for duplicate listings and bursts, and
// the guard on every request the directory makes (no internal addresses,
// no redirects, a deadline, a bounded answer). The directory runs in
// process (app.inject) on the embedded database; the endpoints are real
// HTTP servers on loopback that answer the endpoint proof as a community
// server does (signDirectoryProof with their own server key).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import {
  createCommunityRegistration,
  createDevice,
  memoryStorage,
  solveDirectoryPow,
} from '@nexuslink/sdk';
import type { LocalDevice } from '@nexuslink/sdk';
import { sqliteDb } from '@nexuslink/server-kit';
import {
  buildDirectoryApp,
  isInternalAddress,
  loadConfig,
  migrate,
} from '@nexuslink/directory-server';
import type { ConfigKey } from '@nexuslink/directory-server';
import { closeEndpoints, communityEndpoint } from './endpoints.ts';
import type { Behaviour } from './endpoints.ts';

const DIRECTORY = 'http://127.0.0.1:8440';
const apps: FastifyInstance[] = [];

const endpoint = (owner: string, behaviour: Behaviour = 'prove') =>
  communityEndpoint(owner, { behaviour });

async function directory(overrides: Partial<Record<ConfigKey, unknown>> = {}) {
  const db = sqliteDb(':memory:');
  await migrate(db);
  const config = loadConfig({
    file: undefined,
    env: {},
    overrides: {
      'log.level': 'silent',
      'proof.allow_private': true,
      'proof.timeout_ms': 500,
      'pow.cost': 1,
      'pow.max_counter': 4,
      'server.trust_proxy': ['127.0.0.1'],
      ...overrides,
    },
  });
  const built = await buildDirectoryApp({ config, db, publicUrl: () => DIRECTORY });
  apps.push(built.app);
  const register = async (
    device: LocalDevice,
    ep: { url: string; serverKey: Uint8Array },
    from = '203.0.113.1',
  ) => {
    const pow = await solveDirectoryPow(
      (
        await built.app.inject({
          method: 'GET',
          url: '/v1/pow',
          headers: { 'x-forwarded-for': from },
        })
      ).json().data.challenge,
    );
    const registration = await createCommunityRegistration({
      device,
      name: `Listing ${ep.url}`,
      language: 'en',
      endpoint: ep.url,
      serverKey: ep.serverKey,
      revision: 1,
    });
    const res = await built.app.inject({
      method: 'POST',
      url: '/v1/communities',
      headers: { 'x-forwarded-for': from },
      payload: { registration: Buffer.from(registration).toString('base64'), pow },
    });
    return { status: res.statusCode, body: res.json() };
  };
  return { ...built, register };
}

let alice: LocalDevice;
beforeAll(async () => {
  alice = (await createDevice({ storage: memoryStorage(), displayName: 'alice' })).device;
});
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close();
});
afterAll(closeEndpoints);

describe('the directory against abuse', () => {
  it('an owner is limited per hour and in listings, whatever address it comes from', async () => {
    const d = await directory({
      'limits.registrations_per_hour': 2,
      'limits.listings_per_owner': 10,
    });
    expect((await d.register(alice, await endpoint(alice.uuid), '203.0.113.1')).status).toBe(201);
    expect((await d.register(alice, await endpoint(alice.uuid), '203.0.113.2')).status).toBe(201);
    const third = await d.register(alice, await endpoint(alice.uuid), '203.0.113.3');
    expect(third.status).toBe(429);
    expect(third.body.error.code).toBe('RATE_LIMITED');

    const e = await directory({ 'limits.listings_per_owner': 1 });
    expect((await e.register(alice, await endpoint(alice.uuid))).status).toBe(201);
    const over = await e.register(alice, await endpoint(alice.uuid), '203.0.113.9');
    expect(over.status).toBe(409);
    expect(over.body.error.code).toBe('LIMIT');
  });

  it('one address is limited per hour, whatever identities it uses', async () => {
    const d = await directory({ 'limits.registrations_per_hour': 2 });
    for (let i = 0; i < 2; i++) {
      const who = (await createDevice({ storage: memoryStorage(), displayName: `s${i}` })).device;
      expect((await d.register(who, await endpoint(who.uuid), '198.51.100.7')).status).toBe(201);
    }
    const who = (await createDevice({ storage: memoryStorage(), displayName: 's3' })).device;
    const res = await d.register(who, await endpoint(who.uuid), '198.51.100.7');
    expect(res.status).toBe(429);
  });

  it('duplicate listings and bursts of registrations raise anomaly flags for admins', async () => {
    const d = await directory({ 'anomaly.burst_per_address': 3 });
    const ep = await endpoint(alice.uuid);
    expect((await d.register(alice, ep)).status).toBe(201);
    const again = await d.register(alice, ep, '198.51.100.20');
    expect(again.body.error.code).toBe('CONFLICT');
    for (let i = 0; i < 3; i++) {
      const who = (await createDevice({ storage: memoryStorage(), displayName: `b${i}` })).device;
      expect((await d.register(who, await endpoint(who.uuid), '192.0.2.50')).status).toBe(201);
    }
    const flags = await d.anomalies.open();
    expect(flags.map((f) => f.kind).sort()).toEqual(['duplicate-listing', 'registration-burst']);
    expect(flags.find((f) => f.kind === 'registration-burst')!.subject).toBe('192.0.2.50');
  });

  it('the directory never reaches an internal address, follows no redirect, waits and reads a bounded time and size', async () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '::1',
      'fe80::1',
      'fc00::1',
      '::ffff:127.0.0.1',
      '0.0.0.0',
    ])
      expect(isInternalAddress(a), a).toBe(true);
    for (const a of ['8.8.8.8', '203.0.113.5', '2001:4860:4860::8888'])
      expect(isInternalAddress(a), a).toBe(false);

    const strict = await directory({ 'proof.allow_private': false });
    const local = await strict.register(alice, await endpoint(alice.uuid));
    expect(local.status).toBe(403);
    expect(local.body.error.message).toMatch(/endpoint not proven: .*internal address/);

    const d = await directory();
    for (const [behaviour, why] of [
      ['redirect', /redirect/],
      ['huge', /too large/],
      ['slow', /did not answer in 500 ms/],
    ] as const) {
      const res = await d.register(alice, await endpoint(alice.uuid, behaviour));
      expect(res.status, behaviour).toBe(403);
      expect(res.body.error.message, behaviour).toMatch(why);
    }
    // Nothing was listed by any of these.
    const list = await d.app.inject({ method: 'GET', url: '/v1/communities' });
    expect(list.json().data.communities).toEqual([]);
  });

  it('an endpoint run for another owner cannot be listed', async () => {
    const d = await directory();
    const mallory = (await createDevice({ storage: memoryStorage(), displayName: 'mallory' }))
      .device;
    const res = await d.register(mallory, await endpoint(alice.uuid));
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/names another owner/);
  });
});
