// Owner notices pushed to a hook (spec/directory.md §5.1), on both
// databases: a directory listening on loopback, a community endpoint whose
// health the test turns off, and the owner's own HTTP service receiving the
// notices. The owner sets the hook through the SDK (signed requests); each
// status change is posted, signed with the hook's secret; a hook that fails
// is tried again later; nobody but the owner sees or changes the hook; a
// removed hook gets nothing more; the secret never reaches the logs.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDevice, DirectoryClient, memoryStorage } from '@nexuslink/sdk';
import type { LocalDevice } from '@nexuslink/sdk';
import { freshTestDb } from '@nexuslink/server-kit/testing/db';
import {
  buildDirectoryApp,
  HealthMonitor,
  loadConfig,
  migrate,
  NoticePusher,
  PUSH_ATTEMPTS,
  verifyWebhook,
} from '@nexuslink/directory-server';
import { closeEndpoints, communityEndpoint } from './endpoints.ts';
import type { HealthMode } from './endpoints.ts';

const MINUTE = 60_000;

let alice: LocalDevice;
let mallory: LocalDevice;
beforeAll(async () => {
  alice = (await createDevice({ storage: memoryStorage(), displayName: 'alice' })).device;
  mallory = (await createDevice({ storage: memoryStorage(), displayName: 'mallory' })).device;
});
afterAll(closeEndpoints);

/** The owner's service: records every POST (raw body and signature header); answers `status.now`. */
async function receiver() {
  const got: { body: Buffer; signature: string }[] = [];
  const status = { now: 200 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      got.push({
        body: Buffer.concat(chunks),
        signature: String(req.headers['x-nexuslink-signature'] ?? ''),
      });
      res.writeHead(status.now).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/nexuslink`;
  return { url, got, status, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe.each(['sqlite', 'postgres'] as const)('owner notices pushed to a hook (%s)', (kind) => {
  it('status changes are posted, signed; a failing hook is tried again; only the owner sees or changes the hook; the secret is never logged', async () => {
    const fresh = await freshTestDb(kind, migrate);
    const clock = { value: Date.now() };
    const logs: string[] = [];
    const config = loadConfig({
      file: undefined,
      env: {},
      overrides: {
        'log.level': 'debug',
        'proof.allow_private': true,
        'pow.cost': 1,
        'pow.max_counter': 4,
        'health.window': 4,
      },
    });
    let url = '';
    const { app, store } = await buildDirectoryApp({
      config,
      db: fresh.db,
      publicUrl: () => url,
      now: () => clock.value,
      logger: {
        level: 'debug',
        stream: new Writable({
          write(chunk: Buffer, _encoding, done) {
            logs.push(chunk.toString());
            done();
          },
        }),
      },
    });
    const health = { now: 'ok' as HealthMode };
    const hook = await receiver();
    try {
      const address = await app.listen({ host: '127.0.0.1', port: 0 });
      url = address.replace('localhost', '127.0.0.1');
      const directory = new DirectoryClient({ url });
      const ep = await communityEndpoint(alice.uuid, { health });
      const listed = await directory.register({
        device: alice,
        name: 'Hooked Club',
        language: 'en',
        endpoint: ep.url,
        serverKey: ep.serverKey,
      });
      const monitor = new HealthMonitor({ db: fresh.db, store, config, now: () => clock.value });
      const pusher = new NoticePusher({ db: fresh.db, config, now: () => clock.value });

      // Before a hook, notices are only kept (as before): nothing is posted for them later.
      health.now = 'down';
      for (let i = 0; i < 3; i++) await monitor.runOnce();
      expect((await directory.notices(listed.id)).map((n) => n.detail)).toEqual([
        'online → offline',
      ]);

      // Set the hook: a secret shown once; strangers cannot see, set or remove it.
      clock.value += MINUTE;
      const set = await directory.setNoticeHook(alice, listed.id, hook.url);
      expect(set).toMatchObject({ url: hook.url, createdAt: clock.value });
      expect(set.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await directory.noticeHook(alice, listed.id)).toEqual({
        url: hook.url,
        createdAt: clock.value,
      });
      for (const attempt of [
        () => directory.noticeHook(mallory, listed.id),
        () => directory.setNoticeHook(mallory, listed.id, 'https://evil.example/x'),
        () => directory.removeNoticeHook(mallory, listed.id),
      ])
        await expect(attempt()).rejects.toMatchObject({ code: 'NOT_FOUND' });
      for (const bad of [
        'ftp://example.org/x',
        'not a url',
        'https://user:pw@example.org/x',
        'https://example.org/x#frag',
        `https://example.org/${'x'.repeat(520)}`,
      ])
        await expect(directory.setNoticeHook(alice, listed.id, bad)).rejects.toMatchObject({
          code: 'INVALID_ARGUMENT',
        });
      expect((await directory.noticeHook(alice, listed.id)).url).toBe(hook.url);
      expect(await pusher.runOnce()).toEqual({ pushed: 0, failed: 0 });

      // It comes back (offline → degraded → online): each change is posted, signed with the secret.
      health.now = 'ok';
      for (let i = 0; i < 4; i++) await monitor.runOnce();
      expect(await pusher.runOnce()).toEqual({ pushed: 2, failed: 0 });
      const posted = () => hook.got.map((g) => JSON.parse(g.body.toString()).detail as string);
      expect(posted()).toEqual(['offline → degraded', 'degraded → online']);
      const first = hook.got[1]!;
      verifyWebhook(set.secret, first.signature, first.body, clock.value);
      expect(() =>
        verifyWebhook('another secret', first.signature, first.body, clock.value),
      ).toThrow(/does not verify/);
      expect(JSON.parse(first.body.toString())).toMatchObject({
        community: listed.id,
        kind: 'status',
        detail: 'degraded → online',
        at: clock.value,
      });
      expect(await pusher.runOnce()).toEqual({ pushed: 0, failed: 0 }); // once

      // The hook fails: tried again after a minute, then two, and delivered when it answers.
      hook.status.now = 503;
      health.now = 'down';
      for (let i = 0; i < 3; i++) await monitor.runOnce(); // online → degraded → offline
      expect(await pusher.runOnce()).toEqual({ pushed: 0, failed: 2 });
      expect(await pusher.runOnce()).toEqual({ pushed: 0, failed: 0 }); // not yet due
      clock.value += MINUTE;
      expect(await pusher.runOnce()).toEqual({ pushed: 0, failed: 2 });
      clock.value += MINUTE;
      expect(await pusher.runOnce()).toEqual({ pushed: 0, failed: 0 }); // waits 2 minutes now
      hook.status.now = 200;
      clock.value += MINUTE;
      expect(await pusher.runOnce()).toEqual({ pushed: 2, failed: 0 });
      // Each failed try reached the hook; the delivered one is the notice, once.
      expect(posted().slice(2)).toEqual(
        Array.from({ length: 3 }, () => ['online → degraded', 'degraded → offline']).flat(),
      );

      // A hook that never answers is given up after PUSH_ATTEMPTS tries.
      hook.status.now = 500;
      health.now = 'ok';
      for (let i = 0; i < 4; i++) await monitor.runOnce();
      let tries = 0;
      for (let i = 0; i < 40; i++) {
        tries += (await pusher.runOnce()).failed;
        clock.value += 7 * 3_600_000;
      }
      // Two notices (offline → degraded → online), each tried PUSH_ATTEMPTS times.
      expect(tries).toBe(2 * PUSH_ATTEMPTS);
      // …and the notices are still there to read.
      expect((await directory.notices(listed.id)).at(-1)!.detail).toBe('degraded → online');

      // Removed: nothing more is posted. (Signed requests carry the real time: the clock goes back to it.)
      clock.value = Date.now();
      hook.status.now = 200;
      expect(await directory.removeNoticeHook(alice, listed.id)).toBe(true);
      expect(await directory.removeNoticeHook(alice, listed.id)).toBe(false);
      await expect(directory.noticeHook(alice, listed.id)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      health.now = 'down';
      for (let i = 0; i < 3; i++) await monitor.runOnce();
      const before = hook.got.length;
      expect(await pusher.runOnce()).toEqual({ pushed: 0, failed: 0 });
      expect(hook.got.length).toBe(before);

      // The secret was in one answer only: never in the logs (debug level).
      expect(logs.length).toBeGreaterThan(0);
      expect(logs.join('\n')).not.toContain(set.secret);
    } finally {
      await app.close();
      await hook.close();
      await fresh.drop();
    }
  });
});
