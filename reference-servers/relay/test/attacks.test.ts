// Attacks from issue 14 against a real relay process (started as the README
// says) on SQLite and PostgreSQL, each a bounded script: the relay must keep
// serving honest devices while under it, within a stated latency.
import http from 'node:http';
import { connect } from 'node:net';
import { Worker } from 'node:worker_threads';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { RelayClient, relayMailbox } from '@nexuslink/sdk';
import type { SigningDevice } from '@nexuslink/sdk';
import { newDevice } from './helpers.ts';
import { relayDatabase, sdkBuildUrl, startRelay } from './process.ts';
import type { RelayProcess } from './process.ts';

type Who = { device: SigningDevice; uuid: string };
type FloodCounts = { accepted: number; refused: number; rateLimited: number; other: string[] };
const box = (who: Who) => relayMailbox({ uuid: who.uuid, deviceId: who.device.deviceId });

/** The p-th percentile (0..100) of `samples`, nearest rank. */
function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Run `call` `n` times one after another; the latency of each, in ms. */
async function latencies(n: number, call: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await call(i);
    out.push(performance.now() - t);
  }
  return out;
}

/**
 * Honest p99 while under attack (each test prints its own). Measured on a
 * 2-core machine shared with other test runs: 7-33 ms under the connection
 * flood, 17-95 ms under the mailbox flood (SQLite commits each put with
 * `synchronous = FULL`). 250 ms leaves room for a loaded machine while still
 * catching a relay that stalls behind the attack (before the fixes, a
 * logged-in stream was closed outright and a contact's put refused).
 */
const HONEST_P99_MS = 250;

/**
 * The bound an honest p99 must stay under: `HONEST_P99_MS`, or five times
 * the p99 of the same requests measured just before the attack when the
 * machine is loaded enough that even those exceed it.
 */
const honestBound = (baseline: number[]) => Math.max(HONEST_P99_MS, 5 * percentile(baseline, 99));

/**
 * `promise`, or a failure naming `what` after `ms`: a step that stalls is
 * named (and its counts shown) instead of the whole test running into its
 * 60 s timeout.
 */
async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: not done after ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** A raw TCP connection from `localAddress` that never sends a byte; resolves once connected. */
function silentSocket(port: number, localAddress: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: '127.0.0.1', port, localAddress });
    // Flowing, so that the relay's close is read: a paused socket with
    // nothing consumed may never see its end (nodejs/node#35825), and the
    // test would wait on a close that happened.
    s.resume();
    s.once('connect', () => resolve(s));
    s.once('error', reject);
  });
}

/** A WebSocket to /v1/stream from `localAddress` that never logs in: its fate. */
function silentStream(
  url: string,
  localAddress: string,
): Promise<{ socket?: WebSocket; refused?: number; closed: Promise<number> }> {
  // A handshake the relay never answers fails after 10 s (ws waits for ever by default).
  const socket = new WebSocket(`${url.replace('http', 'ws')}/v1/stream`, {
    localAddress,
    handshakeTimeout: 10_000,
  });
  const closed = new Promise<number>((r) => socket.once('close', (code) => r(code)));
  socket.on('error', () => undefined);
  return new Promise((resolve) => {
    socket.once('open', () => resolve({ socket, closed }));
    socket.once('unexpected-response', (_req, res) => {
      resolve({ refused: res.statusCode ?? 0, closed: Promise.resolve(0) });
      socket.terminate();
    });
    socket.once('close', (code) => resolve({ refused: code, closed }));
  });
}

const closedSoon = (s: Socket) =>
  new Promise<void>((r) => (s.destroyed ? r() : s.once('close', () => r())));

/** A raw TCP connection from `localAddress` that never sends a byte, and how long it lived (ms, once closed). */
function timedSilentSocket(
  port: number,
  localAddress: string,
): Promise<{ socket: Socket; lifetime: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress });
    socket.on('error', () => undefined);
    socket.resume(); // see silentSocket
    socket.once('connect', () => {
      const at = performance.now();
      const lifetime = new Promise<number>((r) =>
        socket.once('close', () => r(performance.now() - at)),
      );
      resolve({ socket, lifetime });
    });
    socket.once('close', () => reject(new Error('closed before it connected')));
  });
}

/** One GET from source address `from` with `headers`; resolves with the status. */
function getFrom(
  url: string,
  path: string,
  from: string,
  headers: Record<string, string>,
): Promise<number> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: u.hostname, port: u.port, path, localAddress: from, headers, agent: false },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`relay under attack on ${kind}`, () => {
    let relay: RelayProcess | undefined;
    let drop: (() => Promise<void>) | undefined;
    const cleanup: (() => void)[] = [];
    afterEach(async () => {
      for (const c of cleanup.splice(0)) c();
      await relay?.stop('SIGKILL');
      relay = undefined;
      await drop?.();
      drop = undefined;
    });
    async function start(env: Record<string, string>) {
      const db = await relayDatabase(kind);
      drop = db.drop;
      relay = await startRelay({
        ...db.env,
        // Many logins from one test address; the limits under test are others.
        NEXUSLINK_LIMITS_AUTH_RATE_PER_MINUTE: '100000',
        NEXUSLINK_LIMITS_RATE_PER_MINUTE: '100000',
        ...env,
      });
      return relay;
    }

    it('connections that never log in cannot push out logged-in streams, and are closed in time', async () => {
      const { url, port } = await start({
        NEXUSLINK_LIMITS_STREAMS: '20',
        NEXUSLINK_LIMITS_PENDING_STREAMS: '40',
        NEXUSLINK_LIMITS_PENDING_STREAMS_PER_ADDRESS: '16',
        NEXUSLINK_LIMITS_STREAM_AUTH_TIMEOUT_MS: '1500',
        NEXUSLINK_LIMITS_IDLE_TIMEOUT_MS: '1500',
        NEXUSLINK_LIMITS_CONNECTIONS_PER_ADDRESS: '64',
      });
      const alice = await newDevice('alice');
      const bob = await newDevice('bob');
      const carol = await newDevice('carol');
      const client = (who: Who) => new RelayClient({ url, device: who.device, uuid: who.uuid });
      const seen = { bob: 0, carol: 0 };
      const bobStream = await client(bob).stream(() => seen.bob++);
      cleanup.push(() => bobStream.close());
      const a = client(alice);
      const b = client(bob);
      const baseline = await latencies(60, (i) => (i % 2 ? b.held() : a.info()));

      // The flood, from four addresses: 20 streams each that never log in
      // (16 may wait; 4 are refused before the upgrade) and 40 silent TCP
      // connections each; from a fifth, 100 silent connections (64 are kept).
      const attackers = ['127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5'];
      const streams = (
        await within(
          20_000,
          '80 silent streams opened or refused',
          Promise.all(
            attackers.flatMap((a) => Array.from({ length: 20 }, () => silentStream(url, a))),
          ),
        )
      ).flat();
      const tcp = await within(
        20_000,
        '260 silent TCP connections connected',
        Promise.all([
          ...attackers.flatMap((a) => Array.from({ length: 40 }, () => silentSocket(port, a))),
          ...Array.from({ length: 100 }, () => silentSocket(port, '127.0.0.6')),
        ]),
      );
      cleanup.push(() => tcp.forEach((s) => s.destroy()));
      cleanup.push(() => streams.forEach((s) => s.socket?.terminate()));
      const refused = streams.filter((s) => s.refused === 429).length;

      // Meanwhile: a device logs in and keeps its stream, /healthz answers,
      // blobs are delivered, and honest requests stay fast.
      const carolStream = await client(carol).stream(() => seen.carol++);
      cleanup.push(() => carolStream.close());
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      // Streams over the per-address limit are refused before the upgrade (429),
      // TCP connections over it closed at once.
      expect(refused).toBe(16);
      expect(tcp.filter((s) => s.destroyed).length).toBeGreaterThanOrEqual(36);
      await a.put(box(bob), new Uint8Array([1]));
      await a.put(box(carol), new Uint8Array([2]));
      const samples = await latencies(60, (i) => (i % 2 ? b.held() : a.info()));
      const p99 = percentile(samples, 99);
      process.stdout.write(
        `[relay ${kind}] connection flood: ${streams.length} streams (${refused} refused), ${tcp.length} TCP; honest p99 ${p99.toFixed(1)} ms over ${samples.length} (before the flood ${percentile(baseline, 99).toFixed(1)} ms)\n`,
      );
      expect(p99).toBeLessThan(honestBound(baseline));
      await expect.poll(() => seen, { timeout: 5000 }).toEqual({ bob: 1, carol: 1 });

      // Past the timeouts (1.5 s here): every silent stream and socket is closed.
      const opened = streams.filter((s) => s.socket);
      const codes = await within(
        15_000,
        `the ${opened.length} silent streams closed by the relay`,
        Promise.all(opened.map((s) => s.closed)),
      );
      expect(codes.every((c) => c === 4001 || c === 4008)).toBe(true);
      // 64 waited at most 40 at once: the oldest made room (4008), the rest timed out (4001).
      expect(codes.filter((c) => c === 4008).length).toBeGreaterThanOrEqual(24);
      await within(
        15_000,
        `the silent TCP connections closed (${tcp.filter((s) => s.destroyed).length} of ${tcp.length} when the wait began)`,
        Promise.all(tcp.map(closedSoon)),
      );
      // The logged-in streams outlive every timeout and still deliver.
      await a.put(box(bob), new Uint8Array([3]));
      await a.put(box(carol), new Uint8Array([4]));
      await expect.poll(() => seen, { timeout: 5000 }).toEqual({ bob: 2, carol: 2 });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    });

    it('connections that are not logged-in streams are bounded in all; logged-in streams keep their place', async () => {
      const { url, port } = await start({
        NEXUSLINK_LIMITS_PENDING_CONNECTIONS: '40',
        // Off, so that only the total is at work here.
        NEXUSLINK_LIMITS_CONNECTIONS_PER_ADDRESS: '0',
        NEXUSLINK_LIMITS_IDLE_TIMEOUT_MS: '1500',
      });
      const alice = await newDevice('alice');
      const bob = await newDevice('bob');
      const client = (who: Who) => new RelayClient({ url, device: who.device, uuid: who.uuid });
      let seen = 0;
      const bobStream = await client(bob).stream(() => seen++);
      cleanup.push(() => bobStream.close());
      let bobClosed: number | null = null;
      void bobStream.closed.then((code) => (bobClosed = code));

      // 60 silent connections from four addresses: at most 40 (less the idle
      // keep-alive connections of the logins above) are kept, the rest closed at once.
      const attackers = ['127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5'];
      const silent = await Promise.all(
        attackers.flatMap((a) => Array.from({ length: 15 }, () => timedSilentSocket(port, a))),
      );
      cleanup.push(() => silent.forEach((s) => s.socket.destroy()));
      const lifetimes = await Promise.all(silent.map((s) => s.lifetime));
      // Closed at once (refused) or at the 1.5 s idle timeout (kept).
      const refused = lifetimes.filter((t) => t < 1_000).length;
      process.stdout.write(
        `[relay ${kind}] pending-connection flood: ${silent.length} silent, ${refused} refused at once, ${silent.length - refused} closed at the timeout\n`,
      );
      expect(refused).toBeGreaterThanOrEqual(20);
      expect(silent.length - refused).toBeLessThanOrEqual(40);
      // Bob's logged-in stream did not count and was never closed; it still delivers.
      expect(bobClosed).toBeNull();
      await client(alice).put(box(bob), new Uint8Array([1]));
      await expect.poll(() => seen, { timeout: 5000 }).toBe(1);
    });

    it('X-Forwarded-For from a peer that is not a configured proxy is ignored: the rate limit holds', async () => {
      const { url } = await start({
        NEXUSLINK_LIMITS_RATE_PER_MINUTE: '100',
        NEXUSLINK_SERVER_TRUST_PROXY: '127.0.0.60',
      });
      const alice = await newDevice('alice');
      const a = new RelayClient({ url, device: alice.device, uuid: alice.uuid });
      // An honest client from its own address, before and while the spoofing goes on.
      const baseline = await latencies(30, () => a.info());
      const statuses = new Map<number, number>();
      const spoofing = (async () => {
        for (let i = 0; i < 150; i++) {
          const status = await getFrom(url, '/v1/relay', '127.0.0.50', {
            'x-forwarded-for': `203.0.113.${i % 250}`,
          });
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      })();
      const samples = await latencies(30, () => a.info());
      await spoofing;
      // Through the configured proxy, the header is believed: 150 clients are 150 budgets.
      let proxied = 0;
      for (let i = 0; i < 150; i++)
        if (
          (await getFrom(url, '/v1/relay', '127.0.0.60', {
            'x-forwarded-for': `198.51.100.${i % 250}`,
          })) === 200
        )
          proxied++;
      const p99 = percentile(samples, 99);
      process.stdout.write(
        `[relay ${kind}] spoofed X-Forwarded-For: ${statuses.get(200) ?? 0} taken, ${statuses.get(429) ?? 0} rate-limited of 150; ${proxied} of 150 through the trusted proxy; honest p99 ${p99.toFixed(1)} ms over ${samples.length} (before ${percentile(baseline, 99).toFixed(1)} ms)\n`,
      );
      expect(Object.fromEntries(statuses)).toEqual({ 200: 100, 429: 50 });
      expect(proxied).toBe(150);
      expect(p99).toBeLessThan(honestBound(baseline));
    });

    it("a flood from fresh identities cannot stop a contact's blob", async () => {
      const { url } = await start({ NEXUSLINK_LIMITS_RECIPIENT_BLOBS: '200' });
      const client = (who: Who) => new RelayClient({ url, device: who.device, uuid: who.uuid });
      const alice = await newDevice('alice');
      const bob = await newDevice('bob');
      const carol = await newDevice('carol');
      const a = client(alice);
      const b = client(bob);
      // Alice is Bob's contact: Bob has acknowledged a blob of hers before.
      await a.put(box(bob), new Uint8Array([0]));
      expect(await b.ack((await b.held()).map((h) => h.id))).toBe(1);
      // The same honest requests before the flood (to a fourth device's mailbox).
      const dave = await newDevice('dave');
      const baseline = await latencies(60, (i) =>
        i % 2 ? a.put(box(dave), new Uint8Array([i])) : b.held({ limit: 10 }),
      );

      // Twelve throwaway identities leave blobs for Bob without pause, from a
      // thread of their own, while the honest devices are measured.
      const flood = new Worker(new URL('./flood-worker.ts', import.meta.url), {
        workerData: { sdk: sdkBuildUrl(), url, mailbox: box(bob), senders: 12 },
      });
      const floodDone = new Promise<FloodCounts>((resolve, reject) => {
        flood.on('message', (m: { type: string } & FloodCounts) => m.type === 'done' && resolve(m));
        flood.on('error', reject);
      });
      await new Promise<void>((resolve) =>
        flood.on('message', (m: { type: string }) => m.type === 'ready' && resolve()),
      );
      cleanup.push(() => void flood.terminate());
      await new Promise((r) => setTimeout(r, 300)); // the mailbox's stranger share is full by now
      // Honest traffic during the flood: Alice writes to Carol, Bob fetches.
      const c = client(carol);
      const samples = await latencies(60, (i) =>
        i % 2 ? a.put(box(carol), new Uint8Array([i])) : b.held({ limit: 10 }),
      );
      flood.postMessage('stop');
      const { accepted, refused, rateLimited, other } = await floodDone;
      const p99 = percentile(samples, 99);
      process.stdout.write(
        `[relay ${kind}] mailbox flood: ${accepted} taken, ${refused} refused (LIMIT), ${rateLimited} rate-limited; honest p99 ${p99.toFixed(1)} ms over ${samples.length} (before the flood ${percentile(baseline, 99).toFixed(1)} ms)\n`,
      );
      expect(other).toEqual([]);
      // The contact's blobs are still taken.
      for (let i = 1; i <= 10; i++) await a.put(box(bob), new Uint8Array([i]));
      const held = await b.held({ limit: 1000 });
      expect(held.filter((h) => h.blob.length === 1).length).toBe(10);
      expect((await c.held({ limit: 100 })).length).toBe(30);
      // Strangers together hold at most their share (25% of 200).
      expect(accepted).toBe(50);
      expect(p99).toBeLessThan(honestBound(baseline));
    });
  });
}

describe('client faults are not server errors', () => {
  let relay: RelayProcess | undefined;
  let drop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await relay?.stop('SIGKILL');
    await drop?.();
  });

  it('an oversized frame, bad JSON and an oversized body are logged at warn or below, never error', async () => {
    const db = await relayDatabase('sqlite');
    drop = db.drop;
    relay = await startRelay({ ...db.env, NEXUSLINK_LIMITS_BLOB_BYTES: '1024' });
    const { url } = relay;
    const ws = new WebSocket(`${url.replace('http', 'ws')}/v1/stream`);
    ws.on('error', () => undefined);
    await new Promise((r) => ws.once('open', r));
    ws.send('x'.repeat(5000));
    expect(await new Promise((r) => ws.once('close', r))).toBe(1009);
    for (const body of ['{"to":', JSON.stringify({ to: 'x', blob: 'A'.repeat(5000) })])
      expect(
        (
          await fetch(`${url}/v1/blobs`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          })
        ).status,
      ).toBeGreaterThanOrEqual(400);
    await expect.poll(() => relay!.output(), { timeout: 3000 }).toMatch(/"level":40.*stream:/);
    expect(relay.output()).not.toMatch(/"level":(50|60)/);
  });
});
