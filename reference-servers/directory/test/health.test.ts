// Health monitoring (spec/directory.md §5) against real HTTP endpoints on
// loopback, whose /healthz answers, slows down or stops: the status over the
// window, the owner's notices, the grace notice and the deregistration of a
// community offline too long (a clock the test moves); and the directory
// process, started as its README says, checking on its own interval.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCommunityRegistration,
  createDevice,
  DirectoryClient,
  memoryStorage,
  solveDirectoryPow,
} from '@nexuslink/sdk';
import type { LocalDevice } from '@nexuslink/sdk';
import { startServer } from '@nexuslink/server-kit/testing';
import { freshTestDb, serverDatabase } from '@nexuslink/server-kit/testing/db';
import {
  buildDirectoryApp,
  HealthMonitor,
  loadConfig,
  migrate,
  statusOf,
} from '@nexuslink/directory-server';
import { closeEndpoints, communityEndpoint, SLOW_MS } from './endpoints.ts';
import type { HealthMode } from './endpoints.ts';

type Mode = HealthMode;
const DAY = 86_400_000;
const endpoint = (owner: string, health: { now: Mode }) => communityEndpoint(owner, { health });

let alice: LocalDevice;
beforeAll(async () => {
  alice = (await createDevice({ storage: memoryStorage(), displayName: 'alice' })).device;
});
afterAll(closeEndpoints);

describe('health monitoring', () => {
  it('the status follows the window of checks', () => {
    expect(statusOf([], 100)).toBe('online');
    expect(statusOf([10, 12, 11], 100)).toBe('online');
    expect(statusOf([10, 400, 300], 100)).toBe('degraded');
    expect(statusOf([10, 10, 10, 10, 10, 10, 10, 10, null, 10], 100)).toBe('online');
    expect(statusOf([10, 10, 10, 10, null, 10, 10, 10, null, 10], 100)).toBe('degraded');
    expect(statusOf([10, 10, 10, 10, 10, null, null, null], 100)).toBe('offline');
    expect(statusOf([10, null, null, 10, null, null, null, 10], 100)).toBe('offline');
  });

  it.each(['sqlite', 'postgres'] as const)(
    'on %s: online, degraded, offline with notices; a grace notice, then deregistered after 30 days offline',
    async (kind) => {
      const fresh = await freshTestDb(kind, migrate);
      const db = fresh.db;
      let clock = Date.now();
      const config = loadConfig({
        file: undefined,
        env: {},
        overrides: {
          'log.level': 'silent',
          'proof.allow_private': true,
          'pow.cost': 1,
          'pow.max_counter': 4,
          'health.window': 4,
          'health.degraded_latency_ms': 500,
        },
      });
      const { app, store } = await buildDirectoryApp({
        config,
        db,
        publicUrl: () => 'http://127.0.0.1:8440',
        now: () => clock,
      });
      const mode = { now: 'ok' as Mode };
      const ep = await endpoint(alice.uuid, mode);
      const pow = await solveDirectoryPow(
        (await app.inject({ method: 'GET', url: '/v1/pow' })).json().data.challenge,
      );
      const registration = await createCommunityRegistration({
        device: alice,
        name: 'Health Club',
        language: 'en',
        endpoint: ep.url,
        serverKey: ep.serverKey,
        revision: 1,
        createdAt: clock,
      });
      const created = await app.inject({
        method: 'POST',
        url: '/v1/communities',
        payload: { registration: Buffer.from(registration).toString('base64'), pow },
      });
      expect(created.statusCode).toBe(201);
      const id = created.json().data.id as string;
      const monitor = new HealthMonitor({ db, store, config, now: () => clock });
      const listing = async () =>
        (await app.inject({ method: 'GET', url: `/v1/communities/${id}` })).json();
      const notices = async () =>
        (await app.inject({ method: 'GET', url: `/v1/communities/${id}/notices` })).json().data
          .notices as {
          kind: string;
          detail: string;
        }[];

      for (let i = 0; i < 4; i++) await monitor.runOnce();
      let l = (await listing()).data;
      expect(l.status).toBe('online');
      expect(l.health).toMatchObject({ successRate: 1, checks: 4 });
      expect(l.health.latencyMs).toBeLessThan(60);

      mode.now = 'slow';
      for (let i = 0; i < 4; i++) await monitor.runOnce();
      l = (await listing()).data;
      expect(l.status).toBe('degraded');
      expect(l.health.latencyMs).toBeGreaterThanOrEqual(SLOW_MS);
      // Search results show the status too.
      const found = (await app.inject({ method: 'GET', url: '/v1/communities?q=health' })).json();
      expect(found.data.communities[0].status).toBe('degraded');

      mode.now = 'down';
      for (let i = 0; i < 3; i++) await monitor.runOnce();
      l = (await listing()).data;
      expect(l.status).toBe('offline');
      expect(l.health.successRate).toBe(0.25);
      expect((await notices()).map((n) => n.detail)).toEqual([
        'online → degraded',
        'degraded → offline',
      ]);

      clock += 22 * DAY;
      await monitor.runOnce();
      expect((await notices()).map((n) => n.kind)).toEqual(['status', 'status']);
      clock += 1 * DAY + 1000;
      await monitor.runOnce();
      const grace = (await notices()).at(-1)!;
      expect(grace.kind).toBe('grace');
      expect(grace.detail).toMatch(/will be deregistered on/);
      await monitor.runOnce();
      expect((await notices()).filter((n) => n.kind === 'grace').length).toBe(1);
      clock += 7 * DAY;
      const run = await monitor.runOnce();
      expect(run.removed).toBe(1);
      expect((await listing()).error.code).toBe('NOT_FOUND');
      expect((await notices()).at(-1)!.kind).toBe('removed');
      await app.close();
      await fresh.drop();
    },
  );

  it('a community that comes back in time is kept, and its offline time starts again', async () => {
    expect(statusOf([null, null, null, 10, 10, 10], 100)).toBe('degraded');
    expect(statusOf([null, 10, 10, 10, 10, 10, 10, 10, 10, 10], 100)).toBe('online');
  });

  it('the directory process checks on its own interval', async () => {
    const mode = { now: 'ok' as Mode };
    const ep = await endpoint(alice.uuid, mode);
    const ddb = await serverDatabase('sqlite');
    const directory = await startServer(
      {
        ...ddb.env,
        NEXUSLINK_PROOF_ALLOW_PRIVATE: 'true',
        NEXUSLINK_POW_COST: '5',
        NEXUSLINK_POW_MAX_COUNTER: '5',
        NEXUSLINK_HEALTH_INTERVAL_MS: '200',
        NEXUSLINK_HEALTH_WINDOW: '3',
      },
      'directory',
    );
    try {
      const client = new DirectoryClient({ url: directory.url });
      const listed = await client.register({
        device: alice,
        name: 'Interval Club',
        language: 'en',
        endpoint: ep.url,
        serverKey: ep.serverKey,
      });
      mode.now = 'down';
      const deadline = Date.now() + 15_000;
      while ((await client.get(listed.id)).status !== 'offline' && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      expect((await client.get(listed.id)).status).toBe('offline');
      const changes = (await client.notices(listed.id)).map((n) => n.detail);
      expect(changes.some((d) => d.endsWith('→ offline'))).toBe(true);
    } finally {
      expect(await directory.stop()).toBe(0);
      await ddb.drop();
    }
  });
});
