// The HTTP API through app.inject (no socket): the envelope on every answer,
// validation, login by signed challenge with its failure modes, tokens,
// prekeys and channel permissions. On the embedded SQLite; the repository
// suite covers PostgreSQL query by query, and the end-to-end test runs the
// whole server on both.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import {
  createKemPreKey,
  MAX_KEM_ONE_TIME_PREKEYS,
  signAuthChallenge,
  verifyPreKeyBundle,
} from '@nexuslink/sdk';
import { buildApp, Repository } from '@nexuslink/community-server';
import type { AppOptions, Auth, ConfigKey } from '@nexuslink/community-server';
import {
  addDevice,
  b64,
  freshDb,
  login,
  makeAccount,
  preKeyUpload,
  revocationList,
  testConfig,
} from './helpers.ts';
import type { TestAccount } from './helpers.ts';

const SERVER = 'https://community.test';
let app: FastifyInstance;
let auth: Auth;
let repo: Repository;
let drop: () => Promise<void>;

/** A fresh app on a fresh SQLite database; `logger` as for `buildApp` (none by default). */
async function start(
  overrides: Partial<Record<ConfigKey, unknown>> = {},
  logger?: AppOptions['logger'],
) {
  const fresh = await freshDb('sqlite');
  drop = fresh.drop;
  repo = new Repository(fresh.db);
  ({ app, auth } = await buildApp({
    config: testConfig(overrides),
    repo,
    publicUrl: SERVER,
    logger,
  }));
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('community server HTTP API', () => {
  beforeEach(() => start());
  afterEach(async () => {
    await app.close();
    await drop();
  });

  it('health, readiness and server info answer in the envelope, with a request id and security headers', async () => {
    const h = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(h.statusCode).toBe(200);
    expect(h.json()).toEqual({ ok: true, data: { status: 'ok' } });
    expect(h.headers['x-request-id']).toBe('abc-123');
    expect(h.headers['x-content-type-options']).toBe('nosniff');
    expect(h.headers['x-frame-options']).toBe('DENY');
    expect(h.headers['content-security-policy']).toContain("default-src 'none'");
    const bad = await app.inject({
      method: 'GET',
      url: '/readyz',
      headers: { 'x-request-id': 'no spaces allowed' },
    });
    expect(bad.json()).toEqual({ ok: true, data: { status: 'ready' } });
    expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const info = await app.inject({ method: 'GET', url: '/v1/server' });
    expect(info.json().data).toMatchObject({ url: SERVER, limits: { messageBytes: 262144 } });
    // What a directory lists: a count of members in good standing, the last message's time.
    expect(info.json().data.stats).toEqual({
      members: expect.any(Number),
      lastActiveAt: expect.toSatisfy((v: unknown) => v === null || typeof v === 'number'),
    });
  });

  it('unknown routes, bad JSON, wrong fields and oversized bodies get a typed error in the envelope', async () => {
    const nf = await app.inject({ method: 'GET', url: '/v1/nothing' });
    expect(nf.statusCode).toBe(404);
    expect(nf.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const json = await app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      headers: { 'content-type': 'application/json' },
      payload: '{"refreshToken":',
    });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.code).toBe('MALFORMED');
    const extra = await app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refreshToken: 'x', admin: true },
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.code).toBe('INVALID_ARGUMENT');
    const type = await app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refreshToken: 5 },
    });
    expect(type.json().error.code).toBe('INVALID_ARGUMENT');
    const big = await app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ refreshToken: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(big.statusCode).toBe(400);
    expect(big.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const b64bad = await app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: {
        nonce: '!!!!',
        deviceCertificate: 'AAAA',
        selfSigningCertificate: 'AAAA',
        signature: 'AAAA',
      },
    });
    expect(b64bad.statusCode).toBe(400);
  });

  it('login: only the configured owner owns the server; refresh rotates; a reused refresh token revokes the login', async () => {
    const alice = await makeAccount('alice');
    const bob = await makeAccount('bob');
    // The first to log in does not take the server: nobody is owner until configured.
    expect((await login(app, SERVER, bob)).body.data).toMatchObject({ member: { role: 'member' } });
    await app.close();
    await drop();
    await start({ 'server.owner': alice.uuid });
    expect((await login(app, SERVER, bob)).body.data).toMatchObject({ member: { role: 'member' } });
    const r = await login(app, SERVER, alice);
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({
      member: { uuid: alice.uuid, role: 'owner' },
      deviceId: alice.deviceHex,
    });

    const me = await app.inject({
      method: 'GET',
      url: '/v1/prekeys/count',
      headers: bearer(r.accessToken),
    });
    expect(me.json()).toEqual({ ok: true, data: { oneTimePreKeys: 0, kemOneTimePreKeys: 0 } });
    const refreshed = await app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refreshToken: r.refreshToken },
    });
    expect(refreshed.statusCode).toBe(200);
    const next = refreshed.json().data;
    expect(next.accessToken).not.toBe(r.accessToken);
    // The old access token ended with the rotation.
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/v1/prekeys/count',
          headers: bearer(r.accessToken),
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/v1/prekeys/count',
          headers: bearer(next.accessToken),
        })
      ).statusCode,
    ).toBe(200);
    // The first refresh token again: it was copied. Everything of this login ends.
    const reuse = await app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refreshToken: r.refreshToken },
    });
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().error.message).toMatch(/used before/);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/v1/prekeys/count',
          headers: bearer(next.accessToken),
        })
      ).statusCode,
    ).toBe(401);
    // Logout ends a login.
    const again = await login(app, SERVER, alice);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/v1/auth/logout',
          headers: bearer(again.accessToken),
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/v1/prekeys/count',
          headers: bearer(again.accessToken),
        })
      ).statusCode,
    ).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/v1/prekeys/count' })).json().error.code).toBe(
      'UNAUTHORIZED',
    );
  });

  it('login: a replayed nonce, another server name, a forged signature and a revoked device are refused', async () => {
    const alice = await makeAccount('alice');
    const c = (await app.inject({ method: 'POST', url: '/v1/auth/challenge' })).json().data;
    expect(c.server).toBe(SERVER);
    const nonce = new Uint8Array(Buffer.from(c.nonce, 'base64'));
    const body = async (server: string, signer = alice) => ({
      nonce: c.nonce,
      deviceCertificate: b64(alice.device.deviceCertificate),
      selfSigningCertificate: b64(alice.device.selfSigningCertificate),
      signature: b64(
        await signAuthChallenge(signer.device.signer, {
          server,
          nonce,
          deviceId: alice.device.deviceId,
        }),
      ),
    });
    // Signed for another server: BAD_SIGNATURE, and the nonce is spent.
    const other = await app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: await body('https://evil.test'),
    });
    expect(other.statusCode).toBe(401);
    expect(other.json().error.code).toBe('BAD_SIGNATURE');
    const replay = await app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: await body(SERVER),
    });
    expect(replay.json().error.code).toBe('UNAUTHORIZED');
    // Another device's key signing for alice's device.
    const mallory = await makeAccount('mallory');
    const c2 = (await app.inject({ method: 'POST', url: '/v1/auth/challenge' })).json().data;
    const n2 = new Uint8Array(Buffer.from(c2.nonce, 'base64'));
    const forged = await app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: {
        nonce: c2.nonce,
        deviceCertificate: b64(alice.device.deviceCertificate),
        selfSigningCertificate: b64(alice.device.selfSigningCertificate),
        signature: b64(
          await signAuthChallenge(mallory.device.signer, {
            server: SERVER,
            nonce: n2,
            deviceId: alice.device.deviceId,
          }),
        ),
      },
    });
    expect(forged.json().error.code).toBe('BAD_SIGNATURE');
    // Revocation: alice's phone is revoked by a list her laptop sends; the phone is out.
    const laptop = (await login(app, SERVER, alice, { remoteAddress: '10.0.0.2' })).accessToken;
    const phone = await addDevice(alice, 'phone');
    const phoneLogin = await login(app, SERVER, phone, { remoteAddress: '10.0.0.3' });
    expect(phoneLogin.status).toBe(200);
    const list = await revocationList(alice, [phone.device.deviceId]);
    const revoke = await app.inject({
      method: 'POST',
      url: '/v1/devices/revoke',
      headers: bearer(laptop),
      payload: { revocationList: b64(list) },
    });
    expect(revoke.json()).toEqual({ ok: true, data: { revoked: [phone.deviceHex] } });
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/v1/prekeys/count',
          headers: bearer(phoneLogin.accessToken),
        })
      ).statusCode,
    ).toBe(401);
    const relogin = await login(app, SERVER, phone, { remoteAddress: '10.0.0.4' });
    expect(relogin.status).toBe(401);
    expect(relogin.body).toMatchObject({ error: { code: 'REVOKED' } });
  });

  it('login: repeated failures lock the address out with a growing delay, never the device', async () => {
    await app.close();
    await drop();
    await start({ 'auth.max_failures': 3, 'auth.lockout_base_ms': 60_000 });
    const alice = await makeAccount('alice');
    const bad = async () => {
      const c = (
        await app.inject({ method: 'POST', url: '/v1/auth/challenge', remoteAddress: '10.1.1.1' })
      ).json().data;
      return app.inject({
        method: 'POST',
        url: '/v1/auth/login',
        remoteAddress: '10.1.1.1',
        payload: {
          nonce: c.nonce,
          deviceCertificate: b64(alice.device.deviceCertificate),
          selfSigningCertificate: b64(alice.device.selfSigningCertificate),
          signature: b64(new Uint8Array(64)),
        },
      });
    };
    for (let i = 0; i < 2; i++) expect((await bad()).json().error.code).toBe('BAD_SIGNATURE');
    expect((await bad()).json().error.code).toBe('BAD_SIGNATURE'); // the third failure starts the lockout
    const locked = await bad();
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('RATE_LIMITED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // Unverified failures cost the address only: alice's device (its
    // certificate is public) logs in from elsewhere, and from the locked
    // address too, with a valid signature (test/lockout.test.ts has more).
    expect((await login(app, SERVER, alice, { remoteAddress: '10.9.9.9' })).status).toBe(200);
    expect((await login(app, SERVER, alice, { remoteAddress: '10.1.1.1' })).status).toBe(200);
    expect(
      (await login(app, SERVER, await makeAccount('bob'), { remoteAddress: '10.2.2.2' })).status,
    ).toBe(200);
  });

  async function publisher(
    name: string,
    count: number,
  ): Promise<{ account: TestAccount; token: string }> {
    const account = await makeAccount(name);
    const { accessToken } = await login(app, SERVER, account);
    const up = await app.inject({
      method: 'POST',
      url: '/v1/prekeys',
      headers: bearer(accessToken),
      payload: await preKeyUpload(account, count),
    });
    expect(up.json()).toEqual({ ok: true, data: { oneTimePreKeys: count, kemOneTimePreKeys: 0 } });
    return { account, token: accessToken };
  }

  it('prekeys: upload, fetch verified bundles (each one-time key once), low count, delete, consistency digest', async () => {
    const bob = await publisher('bob', 3);
    const alice = await publisher('alice', 0);
    const fetched: Uint8Array[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await app.inject({
        method: 'GET',
        url: `/v1/prekeys/${bob.account.uuid}`,
        headers: bearer(alice.token),
      });
      const bundles = r.json().data.bundles as string[];
      expect(bundles.length).toBe(1);
      const v = verifyPreKeyBundle(new Uint8Array(Buffer.from(bundles[0]!, 'base64')), {
        expectedUuid: bob.account.uuid,
      });
      if (v.oneTimePreKey) fetched.push(v.oneTimePreKey.publicKey);
      else expect(i).toBe(3); // the fourth comes without: the KEM last-resort key is still there
      expect(v.kemPreKey.lastResort).toBe(true);
    }
    expect(new Set(fetched.map(b64)).size).toBe(3);
    const unknown = await app.inject({
      method: 'GET',
      url: `/v1/prekeys/${(await makeAccount('nobody')).uuid}`,
      headers: bearer(alice.token),
    });
    expect(unknown.json()).toEqual({ ok: true, data: { bundles: [] } });
    const exclude = await app.inject({
      method: 'GET',
      url: `/v1/prekeys/${bob.account.uuid}?exclude=${bob.account.deviceHex}`,
      headers: bearer(alice.token),
    });
    expect(exclude.json().data.bundles).toEqual([]);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/v1/prekeys/${bob.account.uuid}?exclude=nothex`,
          headers: bearer(alice.token),
        })
      ).statusCode,
    ).toBe(400);

    // Bob's own view: what the server holds, to compare with his keys.
    const self = (
      await app.inject({ method: 'GET', url: '/v1/prekeys/self', headers: bearer(bob.token) })
    ).json().data;
    expect(self).toMatchObject({
      signedPreKey: { keyId: 1 },
      kemPreKey: { keyId: 1 },
      oneTimePreKeys: 0,
      kemOneTimePreKeys: 0,
    });
    expect(self.signedPreKey.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Upload more; delete one of his own; not someone else's.
    const more = await preKeyUpload(bob.account, 5, 10);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/v1/prekeys',
          headers: bearer(bob.token),
          payload: more,
        })
      ).json().data.oneTimePreKeys,
    ).toBe(5);
    expect(
      (
        await app.inject({
          method: 'DELETE',
          url: `/v1/prekeys/${bob.account.uuid}/12`,
          headers: bearer(bob.token),
        })
      ).json().data.oneTimePreKeys,
    ).toBe(4);
    expect(
      (
        await app.inject({
          method: 'DELETE',
          url: `/v1/prekeys/${bob.account.uuid}/12`,
          headers: bearer(bob.token),
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await app.inject({
          method: 'DELETE',
          url: `/v1/prekeys/${bob.account.uuid}/13`,
          headers: bearer(alice.token),
        })
      ).statusCode,
    ).toBe(403);
  });

  it('prekeys: a device cannot publish keys of another device or with a broken signature; nothing changes', async () => {
    const bob = await publisher('bob', 2);
    const carol = await makeAccount('carol');
    const forOther = await app.inject({
      method: 'POST',
      url: '/v1/prekeys',
      headers: bearer(bob.token),
      payload: await preKeyUpload(carol, 2),
    });
    expect(forOther.statusCode).toBe(403);
    const broken = await preKeyUpload(bob.account, 2, 50);
    const spk = Buffer.from(broken.signedPreKey, 'base64');
    spk[spk.length - 1]! ^= 1;
    const bad = await app.inject({
      method: 'POST',
      url: '/v1/prekeys',
      headers: bearer(bob.token),
      payload: { ...broken, signedPreKey: spk.toString('base64') },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('INVALID_ARGUMENT');
    expect(
      (
        await app.inject({ method: 'GET', url: '/v1/prekeys/count', headers: bearer(bob.token) })
      ).json().data.oneTimePreKeys,
    ).toBe(2);
  });

  it('prekeys: one-time KEM keys are handed out before the last-resort key, each once; stale or mislabelled keys are refused', async () => {
    const DAY = 24 * 3600 * 1000;
    const bob = await makeAccount('bob');
    const alice = await makeAccount('alice');
    const b = (await login(app, SERVER, bob)).accessToken;
    const a = (await login(app, SERVER, alice)).accessToken;
    const post = (payload: object) =>
      app.inject({ method: 'POST', url: '/v1/prekeys', headers: bearer(b), payload });
    // A full batch of the largest size fits the body limit.
    const full = await preKeyUpload(bob, 2, 1, MAX_KEM_ONE_TIME_PREKEYS);
    expect(JSON.stringify(full).length).toBeLessThan(1024 * 1024);
    const up = await post(full);
    expect(up.json()).toEqual({
      ok: true,
      data: { oneTimePreKeys: 2, kemOneTimePreKeys: MAX_KEM_ONE_TIME_PREKEYS },
    });
    const seen = new Set<number>();
    for (let i = 0; i < 3; i++) {
      const r = await app.inject({
        method: 'GET',
        url: `/v1/prekeys/${bob.uuid}`,
        headers: bearer(a),
      });
      const v = verifyPreKeyBundle(
        new Uint8Array(Buffer.from(r.json().data.bundles[0], 'base64')),
        {
          expectedUuid: bob.uuid,
        },
      );
      expect(v.kemPreKey.lastResort).toBe(false);
      seen.add(v.kemPreKey.id);
    }
    expect(seen.size).toBe(3);
    const count = async () =>
      (await app.inject({ method: 'GET', url: '/v1/prekeys/count', headers: bearer(b) })).json()
        .data;
    expect(await count()).toEqual({
      oneTimePreKeys: 0,
      kemOneTimePreKeys: MAX_KEM_ONE_TIME_PREKEYS - 3,
    });
    // Refused, and nothing changes: a signed prekey 31 days old, a one-time KEM key
    // 31 days old, a one-time KEM key marked last-resort, too many one-time KEM keys.
    const old = { now: () => Date.now() - 31 * DAY };
    const stale = await preKeyUpload(bob, 0, 200, 0, old);
    const staleKem = await preKeyUpload(bob, 0, 300, 0);
    staleKem.kemOneTimePreKeys = [
      b64(await createKemPreKey(bob.device, bob.stores.preKeys, 301, { clock: old })),
    ];
    const mislabelled = await preKeyUpload(bob, 0, 400, 0);
    mislabelled.kemOneTimePreKeys = [
      b64(await createKemPreKey(bob.device, bob.stores.preKeys, 401, { lastResort: true })),
    ];
    const tooMany = await preKeyUpload(bob, 0, 500, 0);
    tooMany.kemOneTimePreKeys = [...full.kemOneTimePreKeys, full.kemOneTimePreKeys[0]!];
    for (const payload of [stale, staleKem, mislabelled, tooMany]) {
      const r = await post(payload);
      expect(r.statusCode).toBe(400);
      expect(r.json().error.code).toBe('INVALID_ARGUMENT');
    }
    expect(await count()).toEqual({
      oneTimePreKeys: 0,
      kemOneTimePreKeys: MAX_KEM_ONE_TIME_PREKEYS - 3,
    });
    // An upload without the field (an SDK from before) adds none.
    const { kemOneTimePreKeys: _none, ...older } = await preKeyUpload(bob, 1, 600);
    expect((await post(older)).json().data).toEqual({
      oneTimePreKeys: 1,
      kemOneTimePreKeys: MAX_KEM_ONE_TIME_PREKEYS - 3,
    });
  });

  it('channels: create, list, permissions by role, private channels by invitation, history', async () => {
    const alice = await makeAccount('alice');
    const bob = await makeAccount('bob');
    const carol = await makeAccount('carol');
    const a = (await login(app, SERVER, alice)).accessToken;
    const b = (await login(app, SERVER, bob)).accessToken;
    const c = (await login(app, SERVER, carol)).accessToken;
    const general = (
      await app.inject({
        method: 'POST',
        url: '/v1/channels',
        headers: bearer(a),
        payload: { name: 'general', topic: 'hello' },
      })
    ).json().data;
    expect(general).toMatchObject({
      name: 'general',
      visibility: 'public',
      role: 'admin',
      lastSeq: 0,
    });
    const staff = (
      await app.inject({
        method: 'POST',
        url: '/v1/channels',
        headers: bearer(a),
        payload: { name: 'staff', visibility: 'private' },
      })
    ).json().data;
    expect(
      (await app.inject({ method: 'GET', url: '/v1/channels', headers: bearer(b) }))
        .json()
        .data.channels.map((x: { name: string }) => x.name),
    ).toEqual(['general']);
    // A private channel is invisible to non-members, joinable only by invitation.
    expect(
      (await app.inject({ method: 'GET', url: `/v1/channels/${staff.id}`, headers: bearer(b) }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/v1/channels/${staff.id}/join`,
          headers: bearer(b),
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/v1/channels/${staff.id}/invites`,
          headers: bearer(a),
          payload: { uuid: bob.uuid },
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/v1/channels/${staff.id}/join`,
          headers: bearer(b),
        })
      ).json().data.role,
    ).toBe('member');
    // Members may not rename, moderate or delete.
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/v1/channels/${general.id}/join`,
          headers: bearer(b),
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await app.inject({
          method: 'PATCH',
          url: `/v1/channels/${general.id}`,
          headers: bearer(b),
          payload: { topic: 'mine' },
        })
      ).json().error.code,
    ).toBe('NOT_PERMITTED');
    expect(
      (
        await app.inject({
          method: 'DELETE',
          url: `/v1/channels/${general.id}`,
          headers: bearer(b),
        })
      ).statusCode,
    ).toBe(403);
    // A moderator sets the topic but does not rename, and removes members but not admins.
    expect(
      (
        await app.inject({
          method: 'PUT',
          url: `/v1/channels/${general.id}/members/${bob.uuid}/role`,
          headers: bearer(a),
          payload: { role: 'moderator' },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await app.inject({
          method: 'PATCH',
          url: `/v1/channels/${general.id}`,
          headers: bearer(b),
          payload: { topic: 'news' },
        })
      ).json().data.topic,
    ).toBe('news');
    expect(
      (
        await app.inject({
          method: 'PATCH',
          url: `/v1/channels/${general.id}`,
          headers: bearer(b),
          payload: { name: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/v1/channels/${general.id}/join`,
          headers: bearer(c),
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await app.inject({
          method: 'DELETE',
          url: `/v1/channels/${general.id}/members/${alice.uuid}`,
          headers: bearer(b),
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await app.inject({
          method: 'DELETE',
          url: `/v1/channels/${general.id}/members/${carol.uuid}`,
          headers: bearer(b),
        })
      ).statusCode,
    ).toBe(200);
    // The last admin cannot step down.
    expect(
      (
        await app.inject({
          method: 'PUT',
          url: `/v1/channels/${general.id}/members/${alice.uuid}/role`,
          headers: bearer(a),
          payload: { role: 'member' },
        })
      ).json().error.code,
    ).toBe('CONFLICT');
    const members = (
      await app.inject({
        method: 'GET',
        url: `/v1/channels/${general.id}/members`,
        headers: bearer(a),
      })
    ).json().data.members;
    expect(members).toEqual([
      { uuid: alice.uuid, role: 'admin' },
      { uuid: bob.uuid, role: 'moderator' },
    ]);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/v1/channels/${general.id}/messages?after=0`,
          headers: bearer(b),
        })
      ).json().data.messages,
    ).toEqual([]);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/v1/channels/${general.id}/messages?limit=0`,
          headers: bearer(b),
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await app.inject({ method: 'GET', url: '/v1/channels/not-a-uuid', headers: bearer(b) }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await app.inject({
          method: 'DELETE',
          url: `/v1/channels/${general.id}`,
          headers: bearer(a),
        })
      ).statusCode,
    ).toBe(200);
    expect((await repo.auditLog(50)).map((e) => e.action)).toContain('channel.delete');
  });

  it('CORS: configured origins (exact, port wildcard, any; loopback by default); HTTP rate limits answer 429 in the envelope', async () => {
    await app.close();
    await drop();
    await start({ 'cors.origins': ['https://app.example'], 'limits.rate_per_minute': 5 });
    const allowed = await app.inject({
      method: 'OPTIONS',
      url: '/v1/channels',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
    });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://app.example');
    const denied = await app.inject({
      method: 'GET',
      url: '/v1/server',
      headers: { origin: 'https://evil.example' },
    });
    expect(denied.headers['access-control-allow-origin']).toBeUndefined();
    // Patterns: a port wildcard and any origin.
    const allows = async (origin: string) =>
      (
        await app.inject({
          method: 'OPTIONS',
          url: '/v1/auth/challenge',
          headers: { origin, 'access-control-request-method': 'POST' },
        })
      ).headers['access-control-allow-origin'] === origin;
    await app.close();
    await drop();
    await start({});
    // The default: pages served from this machine, on any port.
    for (const origin of [
      'http://localhost:5173',
      'http://127.0.0.1:8080',
      'http://[::1]:3000',
      'http://localhost',
    ])
      expect(await allows(origin), origin).toBe(true);
    for (const origin of [
      'http://localhost.evil.example',
      'https://localhost:5173',
      'http://evil.example',
      'null',
    ])
      expect(await allows(origin), origin).toBe(false);
    await app.close();
    await drop();
    await start({ 'cors.origins': [] });
    expect(await allows('http://localhost:5173')).toBe(false);
    await app.close();
    await drop();
    await start({ 'cors.origins': ['*'], 'limits.rate_per_minute': 5 });
    expect(await allows('https://any.example')).toBe(true);
    let last;
    for (let i = 0; i < 8; i++)
      last = await app.inject({ method: 'GET', url: '/v1/server', remoteAddress: '10.7.7.7' });
    expect(last!.statusCode).toBe(429);
    expect(last!.json()).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    // Health checks are never limited.
    expect(
      (await app.inject({ method: 'GET', url: '/healthz', remoteAddress: '10.7.7.7' })).statusCode,
    ).toBe(200);
  });

  it('no token, secret or key material reaches the logs', async () => {
    await app.close();
    await drop();
    const lines: string[] = [];
    const stream = { write: (line: string) => void lines.push(line) };
    await start({ 'log.level': 'trace' }, { level: 'trace', stream });
    const alice = await makeAccount('alice');
    const r = await login(app, SERVER, alice);
    await app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refreshToken: r.refreshToken },
    });
    await app.inject({ method: 'GET', url: '/v1/prekeys/count', headers: bearer(r.accessToken) });
    const upload = await preKeyUpload(alice, 1);
    await app.inject({
      method: 'POST',
      url: '/v1/prekeys',
      headers: bearer(r.accessToken),
      payload: upload,
    });
    const all = lines.join('\n');
    expect(lines.length).toBeGreaterThan(5);
    expect(all).toContain('reqId');
    for (const secret of [
      r.accessToken,
      r.refreshToken,
      upload.oneTimePreKeys[0]!,
      upload.signedPreKey,
    ])
      expect(all).not.toContain(secret);
    void auth;
  });
});
