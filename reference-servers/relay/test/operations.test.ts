// A database outage as the relay's operator sees it: the relay process on
// PostgreSQL, reached through a TCP proxy that the test cuts (every
// connection is reset, as when PostgreSQL restarts) and restores. Requests
// get 503 UNAVAILABLE with Retry-After, delivery streams close with 1013 (try
// again later), the expiry task keeps trying; the outage is logged once at
// `warn` (not once per stream or tick), nothing at `error`, and its end once
// at `info`.
import net from 'node:net';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { RelayClient } from '@nexuslink/sdk';
import { PG_URL } from '@nexuslink/server-kit/testing/db';
import { newDevice } from './helpers.ts';
import { relayDatabase, startRelay } from './process.ts';
import type { RelayProcess } from './process.ts';

/** A TCP proxy to PostgreSQL that can be cut (every connection reset, new ones too) and restored. */
async function cuttableProxy(target: URL) {
  const open = new Set<Socket>();
  let cut = false;
  const server = net.createServer((client) => {
    client.on('error', () => undefined);
    if (cut) return void client.destroy();
    const upstream = net.connect({ host: target.hostname, port: Number(target.port || 5432) });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream).pipe(client);
    open.add(client).add(upstream);
    client.once('close', () => open.delete(client));
    upstream.once('close', () => open.delete(upstream));
  });
  await new Promise<void>((r) => server.listen({ host: '127.0.0.1', port: 0 }, () => r()));
  return {
    port: (server.address() as net.AddressInfo).port,
    cut() {
      cut = true;
      for (const s of open) s.destroy();
    },
    restore() {
      cut = false;
    },
    close: () => {
      for (const s of open) s.destroy();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}

const logLines = (output: string) =>
  output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('relay operations', () => {
  let relay: RelayProcess | undefined;
  const cleanups: (() => Promise<unknown> | unknown)[] = [];
  afterEach(async () => {
    await relay?.stop('SIGKILL');
    relay = undefined;
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('a database outage: 503 UNAVAILABLE, streams closed with 1013, logged once at warn, its end at info', async () => {
    const db = await relayDatabase('postgres');
    cleanups.push(db.drop);
    const proxy = await cuttableProxy(new URL(PG_URL));
    cleanups.push(proxy.close);
    const through = new URL(db.env.NEXUSLINK_DATABASE_URL!);
    through.hostname = '127.0.0.1';
    through.port = String(proxy.port);
    relay = await startRelay({
      ...db.env,
      NEXUSLINK_DATABASE_URL: through.toString(),
      NEXUSLINK_DATABASE_POOL_SIZE: '2',
      NEXUSLINK_EXPIRY_INTERVAL_MS: '100',
      NEXUSLINK_LOG_LEVEL: 'info',
    });
    const bob = await newDevice('bob');
    const b = new RelayClient({ url: relay.url, device: bob.device, uuid: bob.uuid });
    expect(await b.held()).toEqual([]); // logged in, the database answers

    proxy.cut();
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await b.held().catch((err: unknown) => err));
    for (const err of answers) expect(String(err)).toMatch(/UNAVAILABLE/);
    const blobs = await fetch(`${relay.url}/v1/blobs`, {
      headers: { authorization: 'Bearer nxt_none' },
    });
    expect(blobs.status).toBe(401); // a bad token is still the client's fault
    const codes = [];
    for (let i = 0; i < 3; i++)
      codes.push(
        await b
          .stream(() => undefined)
          .then(
            (s) => (s.close(), 'opened'),
            (err: unknown) => String(err),
          ),
      );
    for (const c of codes) expect(c).toMatch(/\(1013\)/);
    await new Promise((r) => setTimeout(r, 500)); // a few expiry ticks fail meanwhile

    proxy.restore();
    const stream = await b.stream(() => undefined);
    stream.close();
    expect(await b.held()).toEqual([]);
    await expect
      .poll(() => logLines(relay!.output()).some((l) => l.msg === 'database reachable again'), {
        timeout: 5_000,
      })
      .toBe(true);
    const lines = logLines(relay.output());
    expect(lines.filter((l) => (l.level as number) >= 50)).toEqual([]);
    // Streams and the expiry task: one line for the outage, whichever saw it first.
    const outage = lines.filter((l) => l.msg === 'database unavailable' && 'during' in l);
    expect(outage).toHaveLength(1);
    expect(outage[0]!.level).toBe(40);
    // Each request that failed is still answered (and logged by the HTTP base) as 503.
    expect(
      lines.filter((l) => l.msg === 'database unavailable' && !('during' in l)).length,
    ).toBeGreaterThanOrEqual(3);
  });
});
