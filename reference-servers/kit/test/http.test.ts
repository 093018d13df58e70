// The kit's HTTP base through app.inject: whose X-Forwarded-For is believed
// (server.trust_proxy), a database outage answered 503 UNAVAILABLE with
// Retry-After (PostgreSQL refused, terminated, out of connections; SQLite
// busy or closed), and client faults never logged at `error`.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { addressKey, createServerApp, postgresDb, sqliteDb } from '@nexuslink/server-kit';
import type { Db, ServerApp } from '@nexuslink/server-kit';
import { PG_URL } from '@nexuslink/server-kit/testing/db';

let server: ServerApp | undefined;
const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  await server?.app.close();
  server = undefined;
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A kit app with a route that echoes the client address and one that runs `query`. */
async function kitApp(
  options: { trustProxy?: readonly string[]; query?: () => Promise<unknown> } = {},
) {
  const lines: Record<string, unknown>[] = [];
  server = await createServerApp({
    logger: {
      level: 'debug',
      stream: { write: (line: string) => void lines.push(JSON.parse(line)) },
    },
    bodyLimit: 1024,
    trustProxy: options.trustProxy ?? [],
    corsOrigins: [],
    ratePerMinute: 600,
    ready: async () => undefined,
  });
  server.app.get('/ip', async (req) => ({ ip: req.ip }));
  server.app.post('/echo', async (req) => ({ body: req.body }));
  server.app.get('/query', async () => ({ rows: await options.query?.() }));
  server.app.get('/bug', async () => {
    throw new Error('a bug');
  });
  return { app: server.app, lines };
}

const randomAddress = () => [...randomBytes(4)].join('.');
const errorsLogged = (lines: Record<string, unknown>[]) =>
  lines.filter((l) => (l.level as number) >= 50);

describe('server kit: client address', () => {
  it('X-Forwarded-For from a peer that is not a trusted proxy is ignored: 700 spoofed requests meet a 600/min limit', async () => {
    const { app, lines } = await kitApp({ trustProxy: ['127.0.0.1/32', '10.0.0.0/8'] });
    let passed = 0;
    let limited = 0;
    for (let i = 0; i < 700; i++) {
      const r = await app.inject({
        method: 'GET',
        url: '/ip',
        remoteAddress: '203.0.113.9',
        headers: { 'x-forwarded-for': randomAddress() },
      });
      if (r.statusCode === 200) {
        passed++;
        expect(r.json().ip).toBe('203.0.113.9');
      } else if (r.statusCode === 429) limited++;
    }
    expect({ passed, limited }).toEqual({ passed: 600, limited: 100 });
    // A client over its limit is no server error.
    expect(errorsLogged(lines)).toEqual([]);
  });

  it('by default (no trusted proxy) the header is ignored even from loopback', async () => {
    const { app } = await kitApp();
    const r = await app.inject({
      method: 'GET',
      url: '/ip',
      remoteAddress: '127.0.0.1',
      headers: { 'x-forwarded-for': '1.2.3.4' },
    });
    expect(r.json().ip).toBe('127.0.0.1');
  });

  it('from a trusted proxy the header is honoured: the rightmost hop that is not a trusted proxy', async () => {
    const { app } = await kitApp({ trustProxy: ['127.0.0.1/32', '10.0.0.0/8'] });
    const ip = async (xff: string, remoteAddress = '127.0.0.1') =>
      (
        await app.inject({
          method: 'GET',
          url: '/ip',
          remoteAddress,
          headers: { 'x-forwarded-for': xff },
        })
      ).json().ip;
    expect(await ip('198.51.100.4')).toBe('198.51.100.4');
    // A client's own claim in front of what the proxy saw counts for nothing.
    expect(await ip('6.6.6.6, 198.51.100.4')).toBe('198.51.100.4');
    // Through two trusted proxies (10.0.0.7 is one).
    expect(await ip('6.6.6.6, 198.51.100.4, 10.0.0.7')).toBe('198.51.100.4');
    // The limit follows the real client: 700 clients behind the proxy are not one.
    let passed = 0;
    for (let i = 0; i < 700; i++)
      if (
        (
          await app.inject({
            method: 'GET',
            url: '/ip',
            remoteAddress: '10.1.2.3',
            headers: { 'x-forwarded-for': randomAddress() },
          })
        ).statusCode === 200
      )
        passed++;
    expect(passed).toBe(700);
  });

  it('an IPv6 client is counted by its /64', () => {
    expect(addressKey('2001:db8:0:1::5')).toBe('2001:db8:0:1::/64');
    expect(addressKey('2001:db8:0:1:ffff:1:2:3')).toBe('2001:db8:0:1::/64');
    expect(addressKey('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('192.0.2.1')).toBe('192.0.2.1');
  });
});

describe('server kit: a database outage is 503 UNAVAILABLE, logged as a warning', () => {
  const expectUnavailable = async (app: ServerApp['app'], lines: Record<string, unknown>[]) => {
    const r = await app.inject({ method: 'GET', url: '/query' });
    expect(r.statusCode).toBe(503);
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(r.headers['retry-after']).toBe('5');
    expect(errorsLogged(lines)).toEqual([]);
    expect(lines.some((l) => l.msg === 'database unavailable' && l.level === 40)).toBe(true);
  };

  it('PostgreSQL refuses the connection (nothing listens)', async () => {
    const db = postgresDb({ url: 'postgres://postgres@127.0.0.1:1/test', poolSize: 1 });
    cleanups.push(() => db.close());
    const { app, lines } = await kitApp({ query: () => db.all('SELECT 1') });
    await expectUnavailable(app, lines);
  });

  it('PostgreSQL terminates the backend mid-query (pg_terminate_backend, 57P01)', async () => {
    const db = postgresDb({ url: PG_URL, poolSize: 1 });
    const admin = postgresDb({ url: PG_URL, poolSize: 1 });
    cleanups.push(
      () => db.close(),
      () => admin.close(),
    );
    const tag = `outage_${randomBytes(4).toString('hex')}`;
    const { app, lines } = await kitApp({
      query: () => db.all(`SELECT pg_sleep(30) AS ${tag}`),
    });
    const answer = app.inject({ method: 'GET', url: '/query' });
    // Wait until the query runs, then end its backend as an operator (or a failover) would.
    for (let i = 0; i < 100; i++) {
      const killed = await admin.all(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()`,
        [`%AS ${tag}%`],
      );
      if (killed.length > 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const r = await answer;
    expect(r.statusCode).toBe(503);
    expect(r.json().error.code).toBe('UNAVAILABLE');
    expect(r.headers['retry-after']).toBe('5');
    expect(errorsLogged(lines)).toEqual([]);
  });

  it('the PostgreSQL pool has no free connection in time', async () => {
    const db = postgresDb({ url: PG_URL, poolSize: 1, connectionTimeoutMs: 200 });
    cleanups.push(() => db.close());
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const busy = db.tx(async (tx) => {
      await tx.all('SELECT 1');
      await held;
    });
    const { app, lines } = await kitApp({ query: () => db.all('SELECT 1') });
    try {
      await expectUnavailable(app, lines);
    } finally {
      release();
      await busy;
    }
  });

  it('SQLite stays locked (SQLITE_BUSY) or was closed by a shutdown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nexuslink-kit-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const holder = new DatabaseSync(join(dir, 'busy.db'));
    holder.exec('CREATE TABLE t (x INTEGER)');
    holder.exec('BEGIN IMMEDIATE');
    cleanups.push(() => holder.close());
    const waiter = new DatabaseSync(join(dir, 'busy.db'));
    waiter.exec('PRAGMA busy_timeout = 0');
    cleanups.push(() => waiter.close());
    const { app, lines } = await kitApp({
      query: async () => waiter.exec('BEGIN IMMEDIATE'),
    });
    await expectUnavailable(app, lines);
    await server!.app.close();
    const closed: Db = sqliteDb(':memory:');
    await closed.close();
    const again = await kitApp({ query: () => closed.all('SELECT 1') });
    await expectUnavailable(again.app, again.lines);
  });
});

describe('server kit: client faults are not logged as errors', () => {
  it('bad JSON, a wrong type, an oversized body and an unknown route log at info; a bug at error', async () => {
    const { app, lines } = await kitApp();
    const answers = [
      await app.inject({
        method: 'POST',
        url: '/echo',
        headers: { 'content-type': 'application/json' },
        payload: '{"a":',
      }),
      await app.inject({
        method: 'POST',
        url: '/echo',
        headers: { 'content-type': 'application/xml' },
        payload: 'x',
      }),
      await app.inject({ method: 'POST', url: '/echo', payload: { a: 'x'.repeat(2048) } }),
      await app.inject({ method: 'GET', url: '/nowhere' }),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([400, 400, 400, 404]);
    expect(errorsLogged(lines)).toEqual([]);
    expect(lines.filter((l) => l.msg === 'request refused').map((l) => l.level)).toEqual([
      30, 30, 30,
    ]);
    const bug = await app.inject({ method: 'GET', url: '/bug' });
    expect(bug.statusCode).toBe(500);
    expect(bug.json().error).toEqual({ code: 'INTERNAL', message: 'internal error' });
    expect(errorsLogged(lines)).toHaveLength(1);
    expect(errorsLogged(lines)[0]).toMatchObject({
      msg: 'request failed',
      err: { message: 'a bug' },
    });
  });
});
