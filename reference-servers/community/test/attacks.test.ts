// The community server under attack, as a real process on the embedded
// SQLite and on PostgreSQL: what a member (or a stranger with an account,
// registration being open) can do to others with frames and connections,
// and that honest members keep being served meanwhile. Every loop is
// bounded in count and time; connections spread over 127.0.0.x.
import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CommunityClient, verifyPreKeyBundle } from '@nexuslink/sdk';
import { clientFrameCodec, serverFrameCodec } from '@nexuslink/sdk/wire';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { serverDatabase } from '@nexuslink/server-kit/testing/db';
import { makeAccount, preKeyUpload, tokenOf } from './helpers.ts';
import type { TestAccount } from './helpers.ts';

/** A franking tag for ciphertexts that are not real messages (the server stores it as given). */
const FRANKING_TAG = new Uint8Array(32).fill(7);

type Kind = 'sqlite' | 'postgres';

let server: RunningServer | null = null;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  if (server) await server.stop('SIGKILL');
  server = null;
});

/** The server on a fresh database of `kind`, configured by `env` (NEXUSLINK_* keys). */
async function start(kind: Kind, env: Record<string, string> = {}): Promise<string> {
  const db = await serverDatabase(kind);
  cleanups.push(async () => {
    await server?.stop('SIGKILL');
    server = null;
    await db.drop().catch(() => undefined);
  });
  server = await startServer({ ...db.env, ...env });
  return server.url;
}

async function connected(url: string, name: string) {
  const account = await makeAccount(name);
  const c = new CommunityClient({ url, device: account.device });
  cleanups.push(() => c.close());
  await c.connect();
  return { account, c };
}

/** A raw, authenticated WebSocket of `account`; `resume` as the frame carries it. */
async function rawSession(
  url: string,
  account: TestAccount,
  resume: { channelId: Uint8Array; seq: bigint }[] = [],
): Promise<{ ws: WebSocket; closed: Promise<{ code: number; reason: string }> }> {
  const token = await tokenOf(url, account);
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/v1/ws`, { perMessageDeflate: false });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once('error', reject);
    ws.once('open', () => resolve());
  });
  ws.send(
    clientFrameCodec.encode({
      frame: { case: 'authenticate', value: { accessToken: token, resume } },
    }),
  );
  await new Promise<void>((resolve) => {
    const on = (data: Buffer) => {
      if (serverFrameCodec.decode(new Uint8Array(data)).frame.case === 'ready') {
        ws.off('message', on);
        resolve();
      }
    };
    ws.on('message', on);
  });
  cleanups.push(async () => ws.terminate());
  return { ws, closed };
}

/** One HTTP request from source address `from` (127.0.0.x); resolves with the status and body. */
function request(
  url: string,
  options: {
    method: string;
    path: string;
    from: string;
    headers?: Record<string, string>;
    body?: unknown;
  },
): Promise<{
  status: number;
  json: { ok: boolean; data?: { nonce?: string; bundles?: string[] }; error?: { code: string } };
}> {
  const u = new URL(url);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        method: options.method,
        path: options.path,
        localAddress: options.from,
        headers: {
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
        agent: false,
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += String(d)));
        res.on('end', () => resolve({ status: res.statusCode!, json: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.99) - 1]!;
/**
 * The p99 an honest member may see under attack: 100 ms, or five times the
 * p99 of the same requests measured just before the attack when the machine
 * is so loaded that 100 ms is not even reached without one (a shared CI
 * machine). Before the fixes, the floods pushed it to 891 ms and 15.4 s.
 */
const honestBound = (baseline: number[]) => Math.max(100, 5 * p99(baseline));
async function sendLatencies(
  c: { sendChannelMessage(id: string, body: Uint8Array, tag: Uint8Array): Promise<unknown> },
  channel: string,
  count: number,
  tag: number,
): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await c.sendChannelMessage(channel, new Uint8Array([i, tag]), FRANKING_TAG);
    out.push(performance.now() - t0);
  }
  return out;
}
/**
 * Honest channel sends while `attack` runs: at least `min` of them, and on
 * until the attack is over (at most 2,000), so that the samples cover it.
 */
async function sendLatenciesWhile(
  c: { sendChannelMessage(id: string, body: Uint8Array, tag: Uint8Array): Promise<unknown> },
  channel: string,
  attack: Promise<unknown>,
  tag: number,
  min = 50,
): Promise<number[]> {
  let over = false;
  void attack.then(
    () => (over = true),
    () => (over = true),
  );
  const out: number[] = [];
  for (let i = 0; (i < min || !over) && i < 2_000; i++) {
    const t0 = performance.now();
    await c.sendChannelMessage(channel, new Uint8Array([i & 0xff, i >> 8, tag]), FRANKING_TAG);
    out.push(performance.now() - t0);
  }
  return out;
}
/** One line per attack, for the record (as the relay's attack tests print theirs). */
function report(
  kind: Kind,
  attack: string,
  counts: string,
  baseline?: number[],
  during?: number[],
) {
  const latency =
    baseline && during
      ? `; honest p99 ${p99(during).toFixed(1)} ms over ${during.length} (before the attack ${p99(baseline).toFixed(1)} ms, bound ${honestBound(baseline).toFixed(0)} ms)`
      : '';
  process.stdout.write(`[community ${kind}] ${attack}: ${counts}${latency}\n`);
}
const uuidBytes = (id: string) => new Uint8Array(Buffer.from(id.replaceAll('-', ''), 'hex'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each<Kind>(['sqlite', 'postgres'])('community server under attack (%s)', (kind) => {
  it('an acknowledgement flood is rate-limited before any work and cut off; honest sends stay fast', async () => {
    const url = await start(kind);
    const { c: alice } = await connected(url, 'alice');
    const { c: bob } = await connected(url, 'bob');
    const channel = await alice.createChannel({ name: 'general' });
    await bob.joinChannel(channel.id);
    const baseline = await sendLatencies(alice, channel.id, 50, 0);
    const mallory = await makeAccount('mallory');
    const flood = await rawSession(url, mallory);
    // 2,000 frames of 1,000 made-up delivery ids each (about 36 MB), as fast as the socket takes them.
    const ids = Array.from({ length: 1_000 }, () => crypto.getRandomValues(new Uint8Array(16)));
    const ack = clientFrameCodec.encode({
      frame: { case: 'acknowledge', value: { deliveryIds: ids, channels: [] } },
    });
    let floodDone = false;
    const flooding = (async () => {
      for (let i = 0; i < 2_000 && flood.ws.readyState === WebSocket.OPEN; i++) {
        flood.ws.send(ack);
        if (flood.ws.bufferedAmount > 4 * 1024 * 1024) await sleep(1);
      }
      floodDone = true;
    })();
    const latencies = await sendLatencies(alice, channel.id, 200, 1);
    await flooding;
    const closed = await Promise.race([flood.closed, sleep(10_000).then(() => null)]);
    report(
      kind,
      'acknowledgement flood',
      `2,000 frames of 1,000 ids tried, closed with ${closed?.code ?? 'nothing'} (${closed?.reason ?? ''})`,
      baseline,
      latencies,
    );
    // Past its burst and one more second's worth of refused frames, the flooder is cut off.
    expect(closed).toEqual({ code: 1008, reason: 'too many frames' });
    expect(floodDone).toBe(true);
    expect(p99(latencies)).toBeLessThan(honestBound(baseline));
  });

  it('an acknowledgement naming more than 1,000 ids closes the connection', async () => {
    const url = await start(kind);
    const mallory = await makeAccount('mallory');
    const s = await rawSession(url, mallory);
    // The SDK's encoder refuses such a frame, so it is written out by hand:
    // ClientFrame.acknowledge (field 5) holding 1,001 delivery ids (field 1, 16 bytes each).
    const acknowledge = Buffer.concat(
      Array.from({ length: 1_001 }, () => Buffer.from([0x0a, 0x10, ...new Uint8Array(16)])),
    );
    const length: number[] = [];
    for (let n = acknowledge.length; ; n >>= 7) {
      if (n < 0x80) {
        length.push(n);
        break;
      }
      length.push((n & 0x7f) | 0x80);
    }
    s.ws.send(Buffer.concat([Buffer.from([0x2a, ...length]), acknowledge]));
    const { code } = await s.closed;
    report(kind, 'acknowledgement of 1,001 ids', `closed with ${code}`);
    expect(code).toBe(1008);
  });

  it('a resume position past the channel’s end is cut down: the device keeps receiving', async () => {
    const url = await start(kind);
    const { c: alice } = await connected(url, 'alice');
    const bobAccount = await makeAccount('bob');
    const channel = await alice.createChannel({ name: 'general' });
    expect(await alice.sendChannelMessage(channel.id, new Uint8Array([1]), FRANKING_TAG)).toBe(1);
    {
      const b = new CommunityClient({ url, device: bobAccount.device });
      await b.connect();
      await b.joinChannel(channel.id);
      await b.close();
    }
    // Bob's device claims it holds seq 10^12 and acknowledges it.
    const forged = 1_000_000_000_000n;
    const id = uuidBytes(channel.id);
    const raw = await rawSession(url, bobAccount, [{ channelId: id, seq: forged }]);
    raw.ws.send(
      clientFrameCodec.encode({
        frame: {
          case: 'acknowledge',
          value: { deliveryIds: [], channels: [{ channelId: id, seq: forged }] },
        },
      }),
    );
    await sleep(1_500); // cursors are written every second
    raw.ws.close();
    await raw.closed;
    const bob = new CommunityClient({ url, device: bobAccount.device });
    cleanups.push(() => bob.close());
    const got: number[] = [];
    bob.onChannelMessage((m) => got.push(m.seq));
    await bob.connect();
    await alice.sendChannelMessage(channel.id, new Uint8Array([2]), FRANKING_TAG);
    await alice.sendChannelMessage(channel.id, new Uint8Array([3]), FRANKING_TAG);
    const t0 = Date.now();
    while (!got.includes(3) && Date.now() - t0 < 5_000) await sleep(20);
    report(kind, 'forged resume position 10^12', `the device then received seqs ${got.join(', ')}`);
    expect(got).toEqual([2, 3]);
  });

  it('strangers cannot fill a device’s queue: its contacts still get through', async () => {
    const url = await start(kind, {
      NEXUSLINK_LIMITS_QUEUE_PER_DEVICE: '100',
      NEXUSLINK_LIMITS_QUEUE_PER_STRANGER: '10',
      NEXUSLINK_LIMITS_QUEUE_STRANGERS_PERCENT: '50',
    });
    const { c: bob } = await connected(url, 'bob');
    const { c: alice } = await connected(url, 'alice');
    // An honest member elsewhere on the server, measured before and during the flood.
    const { c: carol } = await connected(url, 'carol');
    const channel = await carol.createChannel({ name: 'general' });
    const baseline = await sendLatencies(carol, channel.id, 50, 0);
    // Bob once wrote to Alice: she is his contact.
    await bob.sendEnvelope(alice.address, new Uint8Array([0]));
    await bob.close(); // offline: his queue fills
    let refused = 0;
    let taken = 0;
    const other: string[] = [];
    const flood = (async () => {
      for (let s = 0; s < 10; s++) {
        const { c: stranger } = await connected(url, `stranger-${s}`);
        for (let i = 0; i < 20; i++)
          await stranger.sendEnvelope(bob.address, new Uint8Array([s, i])).then(
            () => taken++,
            (err: unknown) => (/\(LIMIT\)/.test(String(err)) ? refused++ : other.push(String(err))),
          );
        await stranger.close();
      }
    })();
    const during = await sendLatenciesWhile(carol, channel.id, flood, 1);
    await flood;
    report(
      kind,
      'stranger queue flood',
      `10 strangers x 20 envelopes: ${taken} taken, ${refused} refused (LIMIT)`,
      baseline,
      during,
    );
    expect(other).toEqual([]);
    // Each stranger 10 at most, strangers together 50: 150 of the 200 refused.
    expect(refused).toBe(150);
    expect(p99(during)).toBeLessThan(honestBound(baseline));
    for (let i = 0; i < 50; i++) await alice.sendEnvelope(bob.address, new Uint8Array([99, i]));
    await expect(alice.sendEnvelope(bob.address, new Uint8Array([99, 99]))).rejects.toThrow(
      /\(LIMIT\)/,
    );
  });

  it('a retried envelope is queued once even after the first was acknowledged', async () => {
    const url = await start(kind);
    const { c: alice } = await connected(url, 'alice');
    const { c: bob } = await connected(url, 'bob');
    const envelope = new Uint8Array([7, 7, 7]);
    await alice.sendEnvelope(bob.address, envelope);
    const received: string[] = [];
    const reading = (async () => {
      const t = bob.transport;
      for await (const e of t.receive()) {
        received.push(e.id);
        await t.acknowledge(e.id);
      }
    })();
    const t0 = Date.now();
    while (received.length < 1 && Date.now() - t0 < 5_000) await sleep(20);
    await sleep(300); // the acknowledgement is written
    await alice.sendEnvelope(bob.address, envelope); // a retry after a lost answer
    await alice.sendEnvelope(bob.address, new Uint8Array([8]));
    while (received.length < 2 && Date.now() - t0 < 5_000) await sleep(20);
    await sleep(300);
    expect(received.length).toBe(2);
    await bob.close();
    await reading.catch(() => undefined);
  });

  it('a device restored from an older copy fetches the channel messages it lost, in order', async () => {
    const url = await start(kind);
    const { c: alice } = await connected(url, 'alice');
    const bobAccount = await makeAccount('bob');
    const channel = await alice.createChannel({ name: 'general' });
    const first = new CommunityClient({ url, device: bobAccount.device });
    await first.connect();
    await first.joinChannel(channel.id);
    const seen: number[] = [];
    first.onChannelMessage((m) => {
      seen.push(m.seq);
      first.acknowledgeChannel(m.channelId, m.seq);
    });
    for (let i = 1; i <= 5; i++)
      await alice.sendChannelMessage(channel.id, new Uint8Array([i]), FRANKING_TAG);
    const t0 = Date.now();
    while (seen.length < 5 && Date.now() - t0 < 5_000) await sleep(20);
    await sleep(1_300); // the server wrote the cursor: 5
    await first.close();
    // The device comes back from a backup that had seen up to 2.
    const restored = new CommunityClient({
      url,
      device: bobAccount.device,
      resume: new Map([[channel.id, 2]]),
    });
    cleanups.push(() => restored.close());
    const got: { seq: number; byte: number }[] = [];
    restored.onChannelMessage((m) => got.push({ seq: m.seq, byte: m.ciphertext[0]! }));
    await restored.connect();
    await alice.sendChannelMessage(channel.id, new Uint8Array([6]), FRANKING_TAG);
    while (got.length < 4 && Date.now() - t0 < 10_000) await sleep(20);
    expect(got).toEqual([3, 4, 5, 6].map((n) => ({ seq: n, byte: n })));
  });

  it('a retried channel send is stored once', async () => {
    const url = await start(kind);
    const { c: alice } = await connected(url, 'alice');
    const channel = await alice.createChannel({ name: 'general' });
    const m = new Uint8Array([1, 2, 3]);
    expect(await alice.sendChannelMessage(channel.id, m, FRANKING_TAG)).toBe(1);
    expect(await alice.sendChannelMessage(channel.id, m, FRANKING_TAG)).toBe(1);
    expect(await alice.sendChannelMessage(channel.id, new Uint8Array([4]), FRANKING_TAG)).toBe(2);
  });

  it('forged logins with a member’s public certificates do not lock it out', async () => {
    const url = await start(kind, { NEXUSLINK_LIMITS_AUTH_RATE_PER_MINUTE: '1000' });
    const bob = await makeAccount('bob');
    const { c: alice } = await connected(url, 'alice');
    const channel = await alice.createChannel({ name: 'general' });
    const baseline = await sendLatencies(alice, channel.id, 50, 0);
    const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
    // Bob's certificates are public (every bundle carries them); the signature is made up.
    let refused = 0;
    let failed = 0;
    const statuses: number[] = [];
    const forging = (async () => {
      for (let i = 0; i < 60; i++) {
        const from = `127.0.0.${(i % 6) + 20}`;
        const c = await request(url, { method: 'POST', path: '/v1/auth/challenge', from });
        if (c.status === 429) {
          refused++;
          continue;
        }
        const r = await request(url, {
          method: 'POST',
          path: '/v1/auth/login',
          from,
          body: {
            nonce: c.json.data!.nonce,
            deviceCertificate: b64(bob.device.deviceCertificate),
            selfSigningCertificate: b64(bob.device.selfSigningCertificate),
            signature: b64(crypto.getRandomValues(new Uint8Array(64))),
          },
        });
        statuses.push(r.status);
        if (r.status === 429) refused++;
        else if (r.status === 401) failed++;
      }
    })();
    const during = await sendLatenciesWhile(alice, channel.id, forging, 1);
    await forging;
    report(
      kind,
      'forged logins with a member’s certificates',
      `60 tried from 6 addresses: ${failed} failed (401), ${refused} refused (429)`,
      baseline,
      during,
    );
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    expect(refused).toBeGreaterThan(0); // the forging addresses are the ones slowed down
    expect(p99(during)).toBeLessThan(honestBound(baseline));
    // Bob, from his own address, logs in at once.
    const c = new CommunityClient({ url, device: bob.device });
    cleanups.push(() => c.close());
    await c.login();
    await c.connect();
    expect(c.state).toBe('connected');
  });

  it('a member draining a device’s one-time prekeys takes at most its share; an honest member still gets one', async () => {
    const url = await start(kind);
    const { account: bob, c: b } = await connected(url, 'bob');
    const upload = await preKeyUpload(bob, 50, 1, 20);
    const bobToken = await tokenOf(url, bob);
    const up = await request(url, {
      method: 'POST',
      path: '/v1/prekeys',
      from: '127.0.0.1',
      headers: { authorization: `Bearer ${bobToken}` },
      body: upload,
    });
    expect(up.status).toBe(200);
    const low: number[] = [];
    b.onPreKeysLow((n) => low.push(n));
    const fetchFrom = async (token: string, from: string) => {
      const r = await request(url, {
        method: 'GET',
        path: `/v1/prekeys/${bob.uuid}`,
        from,
        headers: { authorization: `Bearer ${token}` },
      });
      if (r.status !== 200) return { status: r.status, oneTime: false };
      const v = verifyPreKeyBundle(
        new Uint8Array(Buffer.from(r.json.data!.bundles![0]!, 'base64')),
        {
          expectedUuid: bob.uuid,
        },
      );
      return { status: 200, oneTime: v.oneTimePreKey != null, kemOneTime: !v.kemPreKey.lastResort };
    };
    const mallory = await makeAccount('mallory');
    const malloryToken = await tokenOf(url, mallory);
    // An honest member elsewhere on the server, measured before and during the drain.
    const { c: carol } = await connected(url, 'carol');
    const channel = await carol.createChannel({ name: 'general' });
    const baseline = await sendLatencies(carol, channel.id, 50, 0);
    let oneTime = 0;
    let limited = 0;
    let without = 0;
    const draining = (async () => {
      for (let i = 0; i < 200; i++) {
        const r = await fetchFrom(malloryToken, `127.0.0.${(i % 2) + 30}`);
        if (r.status === 429) limited++;
        else if (r.oneTime) oneTime++;
        else without++;
      }
    })();
    const during = await sendLatenciesWhile(carol, channel.id, draining, 1);
    await draining;
    report(
      kind,
      'prekey draining',
      `200 bundle fetches from 2 addresses: ${oneTime} took a one-time prekey, ${without} got none, ${limited} rate-limited (429)`,
      baseline,
      during,
    );
    expect(p99(during)).toBeLessThan(honestBound(baseline));
    expect(oneTime).toBeLessThanOrEqual(10);
    expect(limited).toBeGreaterThan(0);
    const alice = await makeAccount('alice');
    const honest = await fetchFrom(await tokenOf(url, alice), '127.0.0.40');
    expect(honest).toEqual({ status: 200, oneTime: true, kemOneTime: true });
  });

  it('X-Forwarded-For from a peer that is not a configured proxy is ignored: the rate limit holds', async () => {
    const url = await start(kind, { NEXUSLINK_LIMITS_RATE_PER_MINUTE: '100' });
    const { c: alice } = await connected(url, 'alice');
    const channel = await alice.createChannel({ name: 'general' });
    const baseline = await sendLatencies(alice, channel.id, 50, 0);
    const statuses = new Map<number, number>();
    const spoofing = (async () => {
      for (let i = 0; i < 150; i++) {
        const r = await request(url, {
          method: 'GET',
          path: '/v1/server',
          from: '127.0.0.50',
          headers: { 'x-forwarded-for': `203.0.113.${i % 250}` },
        });
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      }
    })();
    const during = await sendLatenciesWhile(alice, channel.id, spoofing, 1);
    await spoofing;
    report(
      kind,
      'spoofed X-Forwarded-For',
      `150 requests with made-up addresses: ${statuses.get(200) ?? 0} taken, ${statuses.get(429) ?? 0} rate-limited (429)`,
      baseline,
      during,
    );
    expect(statuses.get(200)).toBe(100);
    expect(statuses.get(429)).toBe(50);
    expect(p99(during)).toBeLessThan(honestBound(baseline));
  });

  it('connections that never send a byte are closed, and bounded per address; members are still served', async () => {
    const url = await start(kind, {
      NEXUSLINK_LIMITS_REQUEST_TIMEOUT_MS: '1000',
      NEXUSLINK_LIMITS_CONNECTIONS_PER_ADDRESS: '50',
      NEXUSLINK_LIMITS_PENDING_CONNECTIONS: '1000',
    });
    const { c: alice } = await connected(url, 'alice');
    const channel = await alice.createChannel({ name: 'general' });
    const baseline = await sendLatencies(alice, channel.id, 50, 8);
    const port = Number(new URL(url).port);
    // 600 silent sockets from 8 source addresses: 75 per address tried.
    const sockets: net.Socket[] = [];
    /** How long each socket lived from its connection to its close, in ms. */
    const lifetimes: number[] = [];
    /** The sockets kept until the deadline: source address and when the client saw the close (ms). */
    const kept: { address: number; to: number }[] = [];
    await Promise.all(
      Array.from(
        { length: 600 },
        (_, i) =>
          new Promise<void>((resolve) => {
            const s = net.connect({
              host: '127.0.0.1',
              port,
              localAddress: `127.0.0.${(i % 8) + 2}`,
            });
            sockets.push(s);
            let connectedAt = Date.now();
            s.on('error', () => undefined);
            // Flowing, so that the server's close is read (nodejs/node#35825).
            s.resume();
            s.on('close', () => {
              const now = Date.now();
              lifetimes.push(now - connectedAt);
              if (now - connectedAt >= 800) kept.push({ address: i % 8, to: now });
            });
            s.on('connect', () => {
              connectedAt = Date.now();
              resolve();
            });
            s.on('close', () => resolve());
          }),
      ),
    );
    cleanups.push(async () => sockets.forEach((s) => s.destroy()));
    // A member and the health check are served meanwhile.
    const latencies = await sendLatencies(alice, channel.id, 50, 9);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(p99(latencies)).toBeLessThan(honestBound(baseline));
    // Over the per-address limit they were refused at once; the rest closed at the 1 s deadline.
    const deadline = Date.now() + 10_000;
    while (lifetimes.length < 600 && Date.now() < deadline) await sleep(50);
    expect(lifetimes.length).toBe(600);
    // Refused at once when over the limit: on a quiet machine 200 (75 tried per address,
    // 50 kept); on a loaded one the connections spread out in time and a socket closed
    // at its deadline makes room, so fewer are refused. Never more than 50 at once per
    // address are kept, and the rest are closed at the 1 s deadline.
    const refused = lifetimes.filter((t) => t < 800).length;
    report(
      kind,
      'silent connection flood',
      `600 sockets from 8 addresses: ${refused} refused at once, ${600 - refused} closed at the deadline`,
      baseline,
      latencies,
    );
    expect(refused).toBeGreaterThan(0);
    // When the server held a kept socket: from its accept to its close at the
    // deadline. The client cannot see the accept (its connect completes in the
    // kernel's backlog, before the server takes the socket when a slot frees),
    // so it is dated back from the close, which the client sees for every
    // socket with the same delay, give or take its event loop's jitter (slack).
    const slack = 50;
    for (let address = 0; address < 8; address++) {
      const mine = kept
        .filter((k) => k.address === address)
        .map((k) => ({ from: k.to - 1000, to: k.to }));
      const peak = Math.max(
        0,
        ...mine.map((k) => mine.filter((o) => o.from <= k.from && o.to - slack > k.from).length),
      );
      expect(peak, `kept at once from 127.0.0.${address + 2}`).toBeLessThanOrEqual(50);
    }
    expect(Math.max(...lifetimes)).toBeGreaterThanOrEqual(900);
  });
});
