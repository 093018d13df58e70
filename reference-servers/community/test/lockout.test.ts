// Lockouts only the holder of a key can cause (spec/community.md §3,
// "Lockout"), through app.inject: an attacker holding a victim's public
// certificates, a refresh-token guesser behind the same address as honest
// users, a refused device retrying with its own key, X-Forwarded-For from a
// peer that is not a trusted proxy, and what every failure and lockout logs.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { signAuthChallenge } from '@nexuslink/sdk';
import { buildApp, Repository } from '@nexuslink/community-server';
import type { AppOptions, ConfigKey } from '@nexuslink/community-server';
import { b64, freshDb, login, makeAccount, testConfig } from './helpers.ts';
import type { TestAccount } from './helpers.ts';

const SERVER = 'https://community.test';
let app: FastifyInstance;
let drop: () => Promise<void> = async () => {};

async function start(
  overrides: Partial<Record<ConfigKey, unknown>> = {},
  kind: 'sqlite' | 'postgres' = 'sqlite',
  logger?: AppOptions['logger'],
) {
  const fresh = await freshDb(kind);
  drop = fresh.drop;
  ({ app } = await buildApp({
    config: testConfig({
      'auth.max_failures': 5,
      'auth.lockout_base_ms': 60_000,
      // High enough that every attempt below reaches the login logic.
      'limits.auth_rate_per_minute': 10_000,
      ...overrides,
    }),
    repo: new Repository(fresh.db),
    publicUrl: SERVER,
    logger,
  }));
}

afterEach(async () => {
  await app?.close();
  await drop();
});

/** A login that presents `victim`'s (public) certificates with a signature that is not its own. */
async function forgedLogin(
  victim: TestAccount,
  remoteAddress: string,
  forger?: TestAccount,
  headers: Record<string, string> = {},
) {
  const c = (
    await app.inject({ method: 'POST', url: '/v1/auth/challenge', remoteAddress, headers })
  ).json().data;
  const nonce = new Uint8Array(Buffer.from(c.nonce, 'base64'));
  const signature = forger
    ? await signAuthChallenge(forger.device.signer, {
        server: SERVER,
        nonce,
        deviceId: victim.device.deviceId,
      })
    : new Uint8Array(randomBytes(64));
  const r = await app.inject({
    method: 'POST',
    url: '/v1/auth/login',
    remoteAddress,
    headers,
    payload: {
      nonce: c.nonce,
      deviceCertificate: b64(victim.device.deviceCertificate),
      selfSigningCertificate: b64(victim.device.selfSigningCertificate),
      signature: b64(signature),
    },
  });
  return { response: r, signature: b64(signature), nonce: c.nonce as string };
}

const refresh = (refreshToken: string, remoteAddress: string) =>
  app.inject({ method: 'POST', url: '/v1/auth/refresh', remoteAddress, payload: { refreshToken } });

const guess = () => `nxr_${randomBytes(32).toString('base64url')}`;

describe('community server lockouts', () => {
  for (const kind of ['sqlite', 'postgres'] as const)
    it(`an attacker holding Bob's public certificates cannot lock Bob out (${kind})`, async () => {
      await start({}, kind);
      const bob = await makeAccount('bob');
      const mallory = await makeAccount('mallory');
      expect((await login(app, SERVER, bob, { remoteAddress: '203.0.113.20' })).status).toBe(200);
      // 50 forged logins with Bob's certificates: random signatures, and
      // Mallory's device key signing Bob's device id; from one address and from many.
      const codes: string[] = [];
      for (let i = 0; i < 50; i++) {
        const from = i < 25 ? '198.51.100.7' : `198.51.100.${100 + i}`;
        const { response } = await forgedLogin(bob, from, i % 2 ? mallory : undefined);
        codes.push(response.json().error.code);
      }
      // The first address pays: its failures are refused once it is locked out.
      expect(codes.slice(0, 5)).toEqual(Array(5).fill('BAD_SIGNATURE'));
      expect(codes.slice(5, 25)).toEqual(Array(20).fill('RATE_LIMITED'));
      expect(codes.slice(25)).toEqual(Array(25).fill('BAD_SIGNATURE'));
      // Bob is not: from his address, from a new one, and from the attacker's own.
      for (const from of ['203.0.113.20', '203.0.113.21', '198.51.100.7'])
        expect((await login(app, SERVER, bob, { remoteAddress: from })).status).toBe(200);
    });

  it('an honest user behind the same address as a refresh-token guesser can still refresh', async () => {
    await start();
    const nat = '192.0.2.50';
    const alice = await makeAccount('alice');
    let tokens = await login(app, SERVER, alice, { remoteAddress: nat });
    const answers: number[] = [];
    for (let i = 0; i < 50; i++) answers.push((await refresh(guess(), nat)).statusCode);
    answers.push((await refresh('not-a-token', nat)).statusCode);
    expect(answers.slice(0, 5)).toEqual(Array(5).fill(401));
    expect(answers.slice(5)).toEqual(Array(46).fill(429));
    const refused = await refresh(guess(), nat);
    expect(refused.json().error.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Alice's valid token works from the locked-out address, again and again.
    for (let i = 0; i < 3; i++) {
      const r = await refresh(tokens.refreshToken, nat);
      expect(r.statusCode).toBe(200);
      tokens = { ...tokens, refreshToken: r.json().data.refreshToken };
    }
    // And she can log in again from there with her key.
    expect((await login(app, SERVER, alice, { remoteAddress: nat })).status).toBe(200);
  });

  it("a device's own verified failures lock that device out, from any address, and nothing else", async () => {
    await start({ 'auth.open_registration': false });
    // The server takes no new members: a stranger's device signs correctly
    // (it verifies) and is refused, again and again, each time from a new address.
    const stranger = await makeAccount('stranger');
    const codeOf = (r: { body: Record<string, unknown> }) =>
      (r.body.error as { code: string }).code;
    const codes: string[] = [];
    for (let i = 0; i < 7; i++)
      codes.push(codeOf(await login(app, SERVER, stranger, { remoteAddress: `10.3.0.${i + 1}` })));
    expect(codes).toEqual([...Array(5).fill('NOT_PERMITTED'), 'RATE_LIMITED', 'RATE_LIMITED']);
    // Another stranger's device from the same addresses is judged on its own.
    expect(
      codeOf(await login(app, SERVER, await makeAccount('other'), { remoteAddress: '10.3.0.1' })),
    ).toBe('NOT_PERMITTED');
  });

  it('X-Forwarded-For from a peer that is not a trusted proxy does not dodge the lockout', async () => {
    await start();
    const bob = await makeAccount('bob');
    const spoofed = () => ({
      'x-forwarded-for': `100.64.${randomBytes(1)[0]}.${randomBytes(1)[0]}`,
    });
    const codes: string[] = [];
    for (let i = 0; i < 7; i++)
      codes.push(
        (await forgedLogin(bob, '198.51.100.9', undefined, spoofed())).response.json().error.code,
      );
    expect(codes).toEqual([...Array(5).fill('BAD_SIGNATURE'), 'RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('behind a trusted proxy, the address is the hop the proxy saw', async () => {
    await start({ 'server.trust_proxy': ['127.0.0.1/32'] });
    const bob = await makeAccount('bob');
    const via = (client: string) => ({ 'x-forwarded-for': `6.6.6.6, ${client}` });
    // Seven clients behind the proxy, one failure each: nobody is locked out.
    for (let i = 0; i < 7; i++)
      expect(
        (await forgedLogin(bob, '127.0.0.1', undefined, via(`100.64.0.${i}`))).response.json().error
          .code,
      ).toBe('BAD_SIGNATURE');
    // One client (whatever it puts in front of the proxy's hop) is.
    const codes: string[] = [];
    for (let i = 0; i < 6; i++)
      codes.push(
        (
          await forgedLogin(bob, '127.0.0.1', undefined, {
            'x-forwarded-for': `${i}.1.1.1, 100.64.9.9`,
          })
        ).response.json().error.code,
      );
    expect(codes.at(-1)).toBe('RATE_LIMITED');
  });

  it('every failed login and refresh and every lockout is logged, with no token, signature or nonce', async () => {
    const lines: string[] = [];
    await start({ 'auth.max_failures': 2, 'log.level': 'info' }, 'sqlite', {
      level: 'info',
      stream: { write: (line: string) => void lines.push(line) },
    });
    const bob = await makeAccount('bob');
    const secrets: string[] = [];
    for (let i = 0; i < 3; i++) {
      const f = await forgedLogin(bob, '198.51.100.1');
      secrets.push(f.signature, f.nonce);
    }
    const ok = await login(app, SERVER, bob, { remoteAddress: '203.0.113.5' });
    secrets.push(ok.accessToken, ok.refreshToken);
    for (let i = 0; i < 3; i++) {
      const t = guess();
      secrets.push(t);
      await refresh(t, '198.51.100.2');
    }
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const logins = entries.filter((e) => e.event === 'auth.login_failed');
    expect(logins).toHaveLength(3);
    for (const e of logins)
      expect(e).toMatchObject({
        level: 40,
        reason: expect.stringMatching(/^(BAD_SIGNATURE|RATE_LIMITED)$/),
        address: '198.51.100.1',
        deviceId: bob.deviceHex,
        verified: false,
      });
    expect(entries.filter((e) => e.event === 'auth.refresh_failed')).toHaveLength(3);
    expect(entries.find((e) => e.event === 'auth.refresh_failed')).toMatchObject({
      level: 40,
      reason: 'unknown',
      address: '198.51.100.2',
    });
    const lockouts = entries.filter((e) => e.event === 'auth.lockout');
    expect(lockouts.map((e) => [e.scope, e.address])).toEqual([
      ['address', '198.51.100.1'],
      ['address', '198.51.100.1'],
      ['address', '198.51.100.2'],
      ['address', '198.51.100.2'],
    ]);
    expect(lockouts[0]).toMatchObject({ level: 40, failures: 2, lockedForMs: 60_000 });
    // A device is never locked out by failures that did not verify.
    expect(lockouts.some((e) => e.scope === 'device')).toBe(false);
    const all = lines.join('\n');
    for (const secret of secrets) expect(all).not.toContain(secret);
    // Client faults are not server errors.
    expect(entries.filter((e) => (e.level as number) >= 50)).toEqual([]);
  });
});
