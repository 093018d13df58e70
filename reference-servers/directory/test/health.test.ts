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

/**
 * A directory in process, on a clock the test moves (`clock.value`), with
 * one listing of `ep`, registered through the API.
 */
async function inProcess(
  kind: 'sqlite' | 'postgres',
  ep: Promise<{ url: string; serverKey: Uint8Array }>,
  name: string,
) {
  const fresh = await freshTestDb(kind, migrate);
  const db = fresh.db;
  const clock = { value: Date.now() };
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
    now: () => clock.value,
  });
  const { url, serverKey } = await ep;
  const pow = await solveDirectoryPow(
    (await app.inject({ method: 'GET', url: '/v1/pow' })).json().data.challenge,
  );
  const registration = await createCommunityRegistration({
    device: alice,
    name,
    language: 'en',
    endpoint: url,
    serverKey,
    revision: 1,
    createdAt: clock.value,
  });
  const created = await app.inject({
    method: 'POST',
    url: '/v1/communities',
    payload: { registration: Buffer.from(registration).toString('base64'), pow },
  });
  expect(created.statusCode).toBe(201);
  return { app, store, db, config, fresh, clock, id: created.json().data.id as string };
}

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
      const mode = { now: 'ok' as Mode };
      const d = await inProcess(kind, endpoint(alice.uuid, mode), 'Health Club');
      const { app, store, db, config, id, fresh } = d;
      const { clock } = d;
      const monitor = new HealthMonitor({ db, store, config, now: () => clock.value });
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

      clock.value += 22 * DAY;
      await monitor.runOnce();
      expect((await notices()).map((n) => n.kind)).toEqual(['status', 'status']);
      clock.value += 1 * DAY + 1000;
      await monitor.runOnce();
      const grace = (await notices()).at(-1)!;
      expect(grace.kind).toBe('grace');
      expect(grace.detail).toMatch(/will be deregistered on/);
      await monitor.runOnce();
      expect((await notices()).filter((n) => n.kind === 'grace').length).toBe(1);
      clock.value += 7 * DAY;
      const run = await monitor.runOnce();
      expect(run.removed).toBe(1);
      expect((await listing()).error.code).toBe('NOT_FOUND');
      expect((await notices()).at(-1)!.kind).toBe('removed');
      await app.close();
      await fresh.drop();
    },
  );

  it.each(['sqlite', 'postgres'] as const)(
    'on %s: member counts and last activity from what the community publishes, bounded, at most hourly',
    async (kind) => {
      // Listed now; two hours on, the community says its last message was an hour ago.
      const lastActive = Date.now() + 3_600_000;
      const stats = { now: { members: 42, lastActiveAt: lastActive } as unknown, asked: 0 };
      const d = await inProcess(kind, communityEndpoint(alice.uuid, { stats }), 'Counting Club');
      try {
        const monitor = new HealthMonitor({
          db: d.db,
          store: d.store,
          config: d.config,
          now: () => d.clock.value,
        });
        const listing = async () =>
          (await d.app.inject({ method: 'GET', url: `/v1/communities/${d.id}` })).json().data;
        expect((await listing()).memberCount).toBe(0);
        d.clock.value += 2 * 3_600_000;
        await monitor.runOnce();
        expect(await listing()).toMatchObject({ memberCount: 42, lastActiveAt: lastActive });
        expect(stats.asked).toBe(1);
        // Within the hour it is not asked again.
        stats.now = { members: 50, lastActiveAt: lastActive };
        d.clock.value += 60_000;
        await monitor.runOnce();
        expect(stats.asked).toBe(1);
        expect((await listing()).memberCount).toBe(42);
        // Nonsense is ignored; an absurd count is capped; a future time is now.
        d.clock.value += 3_600_000;
        stats.now = { members: -5, lastActiveAt: 'yesterday' };
        await monitor.runOnce();
        expect((await listing()).memberCount).toBe(42);
        d.clock.value += 3_600_000;
        stats.now = { members: 1e12, lastActiveAt: d.clock.value + 86_400_000 };
        await monitor.runOnce();
        expect(await listing()).toMatchObject({
          memberCount: 10_000_000,
          lastActiveAt: d.clock.value,
        });
        // Sorted by members, it comes first.
        const byMembers = (
          await d.app.inject({ method: 'GET', url: '/v1/communities?sort=members' })
        ).json();
        expect(byMembers.data.communities[0].id).toBe(d.id);
      } finally {
        await d.app.close();
        await d.fresh.drop();
      }
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
