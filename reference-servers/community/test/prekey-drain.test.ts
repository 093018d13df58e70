// Prekey draining (issue 14, item 4): one member fetching a device's bundle
// in a loop, or many throwaway members together, must not empty its one-time
// prekeys. Past the per-requester and per-device limits a bundle comes
// without one-time keys (first contact still works: the signed prekey and the
// last-resort KEM prekey); past the hard limit, RATE_LIMITED. The owner's
// device is told to replenish when its keys run low. On SQLite and PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import { verifyPreKeyBundle } from '@nexuslink/sdk';
import { CONFIG_KEYS } from '@nexuslink/community-server';
import { bearer, startApp, until } from './app-harness.ts';
import type { Harness } from './app-harness.ts';
import { makeAccount, preKeyUpload } from './helpers.ts';
import type { TestAccount } from './helpers.ts';

const defaults = {
  perRequester: CONFIG_KEYS['limits.prekey_one_time_per_requester'].default,
  perDevice: CONFIG_KEYS['limits.prekey_one_time_per_device'].default,
  bundles: CONFIG_KEYS['limits.prekey_bundles_per_requester'].default,
  windowMs: CONFIG_KEYS['limits.prekey_window_ms'].default,
};

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`prekey draining on ${kind}`, () => {
    let h: Harness;
    const running: Harness[] = [];
    afterEach(async () => {
      for (const r of running.splice(0)) await r.stop();
    });
    /** Start the app; it stops after the test. */
    const start = async (...args: Parameters<typeof startApp>) => {
      running.push((h = await startApp(...args)));
      return h;
    };

    /** Bob with `oneTime` one-time X25519 and `kemOneTime` one-time KEM prekeys. */
    async function bobWith(oneTime: number, kemOneTime: number) {
      const bob = await makeAccount('bob');
      const token = await h.login(bob, '10.0.0.2');
      const up = await h.app.inject({
        method: 'POST',
        url: '/v1/prekeys',
        headers: bearer(token),
        payload: await preKeyUpload(bob, oneTime, 1, kemOneTime),
      });
      expect(up.statusCode).toBe(200);
      return { bob, token };
    }

    /** One fetch of `target`'s bundle: its status and what the bundle carries. */
    async function fetchBundle(target: TestAccount, token: string, address: string) {
      const r = await h.app.inject({
        method: 'GET',
        url: `/v1/prekeys/${target.uuid}`,
        headers: bearer(token),
        remoteAddress: address,
      });
      if (r.statusCode !== 200) return { status: r.statusCode, r };
      const bundles = r.json().data.bundles as string[];
      expect(bundles.length).toBe(1);
      // Every bundle handed out verifies: a session can start from it.
      const v = verifyPreKeyBundle(new Uint8Array(Buffer.from(bundles[0]!, 'base64')), {
        expectedUuid: target.uuid,
      });
      return {
        status: 200,
        r,
        oneTime: v.oneTimePreKey !== undefined && v.oneTimePreKey !== null,
        kemOneTime: !v.kemPreKey.lastResort,
      };
    }

    it('a member fetching one bundle 1,000 times takes at most its limit of one-time prekeys; an honest member still gets one; the owner is told to replenish', async () => {
      h = await start(kind);
      // Few enough that the attacker's share leaves Bob low on both kinds.
      const x25519 = defaults.perRequester + 5;
      const kem = defaults.perRequester + 2;
      const { bob, token: bobToken } = await bobWith(x25519, kem);
      const bobSocket = await h.socket(bobToken);
      const mallory = await makeAccount('mallory');
      const m = await h.login(mallory, '10.0.0.3');
      const statuses = new Map<number, number>();
      let oneTime = 0;
      let kemOneTime = 0;
      let retryAfter: string | undefined;
      for (let i = 0; i < 1000; i++) {
        // From two addresses, as in the report.
        const f = await fetchBundle(bob, m, i % 2 === 0 ? '10.0.1.1' : '10.0.1.2');
        statuses.set(f.status, (statuses.get(f.status) ?? 0) + 1);
        if (f.status === 429) {
          expect(f.r.json().error.code).toBe('RATE_LIMITED');
          retryAfter ??= f.r.headers['retry-after'] as string | undefined;
        }
        if (f.oneTime) oneTime++;
        if (f.kemOneTime) kemOneTime++;
      }
      expect(oneTime).toBe(defaults.perRequester);
      expect(kemOneTime).toBe(defaults.perRequester);
      // Past the hard limit: refused, with when to come back.
      expect(statuses.get(200)).toBe(defaults.bundles);
      expect(statuses.get(429)).toBe(1000 - defaults.bundles);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      expect(Number(retryAfter)).toBeLessThanOrEqual(defaults.windowMs / 1000);
      const count = await h.app.inject({
        method: 'GET',
        url: '/v1/prekeys/count',
        headers: bearer(bobToken),
      });
      expect(count.json().data).toEqual({ oneTimePreKeys: 5, kemOneTimePreKeys: 2 });
      // An honest member's first contact gets one-time keys of both kinds.
      const alice = await makeAccount('alice');
      const a = await h.login(alice, '10.0.0.4');
      const honest = await fetchBundle(bob, a, '10.0.0.4');
      expect(honest).toMatchObject({ status: 200, oneTime: true, kemOneTime: true });
      // Bob's device was told it runs low (it replenishes on that notice).
      await until(() => bobSocket.frames.some((f) => f.frame.case === 'prekeysLow'));
      const low = bobSocket.frames.filter((f) => f.frame.case === 'prekeysLow');
      expect(low[0]!.frame.value).toMatchObject({ count: expect.any(Number) });
      expect((low.at(-1)!.frame.value as { count: number }).count).toBeLessThan(10);
    });

    it('past the per-device limit nobody gets one-time keys, yet first contact works; the window slides', async () => {
      let clock = Date.now();
      h = await start(
        kind,
        {
          'limits.prekey_one_time_per_requester': 2,
          'limits.prekey_one_time_per_device': 5,
          'limits.prekey_bundles_per_requester': 4,
          'limits.prekey_window_ms': 60_000,
        },
        () => clock,
      );
      const { bob } = await bobWith(50, 50);
      // Throwaway identities (open registration): each takes its 2, together 5.
      const taken: boolean[] = [];
      for (let i = 0; i < 4; i++) {
        const sybil = await makeAccount(`sybil${i}`);
        const t = await h.login(sybil, `10.0.2.${i}`);
        for (let k = 0; k < 3; k++) taken.push((await fetchBundle(bob, t, `10.0.2.${i}`)).oneTime!);
      }
      expect(taken.filter(Boolean).length).toBe(5);
      const alice = await makeAccount('alice');
      const a = await h.login(alice, '10.0.0.4');
      expect(await fetchBundle(bob, a, '10.0.0.4')).toMatchObject({
        status: 200,
        oneTime: false,
        kemOneTime: false,
      });
      // A minute later the device hands out one-time keys again.
      clock += 61_000;
      expect(await fetchBundle(bob, a, '10.0.0.4')).toMatchObject({
        status: 200,
        oneTime: true,
        kemOneTime: true,
      });
      expect((await h.repo.preKeyCounts(bob.uuid, bob.device.deviceId, clock)).oneTime).toBe(
        50 - 6,
      );
      // The fetch cleared the device's fetches past the window; the purge takes the rest.
      expect(await h.repo.purgePreKeyFetches(clock)).toBe(1);
    });

    it('concurrent fetches by one member never take more than its limit', async () => {
      h = await start(kind);
      const { bob } = await bobWith(100, 20);
      const mallory = await makeAccount('mallory');
      const m = await h.login(mallory, '10.0.0.3');
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) => fetchBundle(bob, m, `10.0.3.${i % 4}`)),
      );
      expect(results.every((r) => r.status === 200)).toBe(true);
      expect(results.filter((r) => r.oneTime).length).toBe(defaults.perRequester);
      expect(results.filter((r) => r.kemOneTime).length).toBe(defaults.perRequester);
    });
  });
}
