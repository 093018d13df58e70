// A load process of `npm run bench:server` (started by bench/server.ts; not
// run by hand). Two roles:
//
//   hold    create `count` identities, log each in over HTTP and open one
//           authenticated WebSocket per device; print `{"ready":n}` once all
//           are up, then hold them until stdin closes, and print
//           `{"held":n,"dropped":m}`. Against the baseline: `count` open
//           WebSockets, outside the channel.
//   fanout  `members` identities join one channel; `senders` of them send
//           `rate` messages/s in all for `duration` ms (open loop: on
//           schedule, not waiting for answers); every member's connection
//           records the end-to-end latency of each message (send → stored by
//           the server → received) and which sequence ids arrived. Prints
//           `{"sent":..,"expected":..,"received":..,"lost":..,"p50":..,...}`.
//
// Against `--baseline`, the same fan-out goes to a bare ws server (no login,
// no storage: bench/server-baseline.ts) speaking the same frames.
//
// Connections are spread over the loopback source addresses 127.0.0.1 to
// 127.0.0.<sources>. Every loop is bounded in count and time.
import http from 'node:http';
import WebSocket from 'ws';
import {
  certifyNewDevice,
  Identity,
  deviceSigner,
  issueSelfSigningCertificate,
  localDevice,
  signAuthChallenge,
  SigningKeyPair,
  softwareKeyStore,
  useCryptoProvider,
} from '../src/index.js';
import { clientFrameCodec, serverFrameCodec } from '../src/wire/index.js';
import type { LocalDevice } from '../src/index.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
  args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const role = args.get('role');
const url = args.get('url')!;
const sources = Number(args.get('sources') ?? 8);
const baseline = args.get('baseline') === '1';
const log = (line: string) => process.stderr.write(`[${role} ${process.pid}] ${line}\n`);
useCryptoProvider('auto');

const source = (i: number) => `127.0.0.${(i % sources) + 1}`;
const agents = Array.from(
  { length: sources },
  (_, i) =>
    new http.Agent({
      keepAlive: true,
      maxSockets: 16,
      localAddress: source(i),
    } as http.AgentOptions),
);

/** One JSON API call from source address `i`. */
function api<T>(
  i: number,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<T> {
  const u = new URL(path, url);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname + u.search,
        method,
        agent: agents[i % sources],
        headers: {
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        timeout: 60_000,
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => {
          const r = JSON.parse(text) as {
            ok: boolean;
            data: T;
            error?: { code: string; message: string };
          };
          if (r.ok) resolve(r.data);
          else reject(new Error(`${method} ${path}: ${r.error?.code} ${r.error?.message}`));
        });
      },
    );
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: timeout`)));
    req.end(payload);
  });
}

async function makeDevice(): Promise<LocalDevice> {
  // From a random seed: a mnemonic's PBKDF2 would cost 10 ms per identity here.
  const identity = Identity.fromSeed(crypto.getRandomValues(new Uint8Array(32)));
  const ssk = SigningKeyPair.generate();
  const sskCert = await issueSelfSigningCertificate({ identity, signingKey: ssk.publicKey });
  const keyStore = softwareKeyStore();
  const d = await certifyNewDevice({
    keyStore,
    selfSigningKey: ssk,
    identityKey: identity.publicKey.bytes,
    displayName: 'bench',
  });
  return localDevice({
    deviceCertificate: d.certificate.bytes,
    selfSigningCertificate: sskCert.bytes,
    keyAgreementKey: d.keyAgreementKey,
    signer: await deviceSigner(keyStore, d.signingKeyId),
  });
}

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

async function login(i: number, device: LocalDevice): Promise<string> {
  const c = await api<{ nonce: string }>(i, 'POST', '/v1/auth/challenge');
  const nonce = new Uint8Array(Buffer.from(c.nonce, 'base64'));
  const signature = await signAuthChallenge(device.signer, {
    server: url,
    nonce,
    deviceId: device.deviceId,
  });
  const r = await api<{ accessToken: string }>(i, 'POST', '/v1/auth/login', {
    nonce: c.nonce,
    deviceCertificate: b64(device.deviceCertificate),
    selfSigningCertificate: b64(device.selfSigningCertificate),
    signature: b64(signature),
  });
  return r.accessToken;
}

/** An authenticated WebSocket (or, for the baseline, an open one); resolves when ready. */
function open(i: number, token: string, onFrame: (bytes: Uint8Array) => void): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/v1/ws`, {
      localAddress: source(i),
      perMessageDeflate: false,
    });
    ws.binaryType = 'nodebuffer';
    const timer = setTimeout(() => reject(new Error('no Ready within 60 s')), 60_000);
    ws.on('open', () => {
      ws.send(
        clientFrameCodec.encode({
          requestId: 0n,
          frame: { case: 'authenticate', value: { accessToken: token, resume: [] } },
        }),
      );
    });
    let ready = false;
    ws.on('message', (data: Buffer) => {
      const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      if (!ready) {
        const f = serverFrameCodec.decode(bytes);
        if (f.frame.case === 'ready') {
          ready = true;
          clearTimeout(timer);
          resolve(ws);
        }
        return;
      }
      onFrame(bytes);
    });
    ws.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

/** Run `fn` over `items` with at most `limit` at once. */
async function pool<T, R>(
  items: T[],
  limit: number,
  fn: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!, i);
      }
    }),
  );
  return out;
}

async function hold(): Promise<void> {
  const count = Number(args.get('count'));
  const offset = Number(args.get('offset') ?? 0);
  const started = performance.now();
  let tokens: string[];
  if (baseline) {
    // The bare server holds them without a login, outside the channel.
    tokens = Array.from({ length: count }, () => 'hold');
  } else {
    const devices = await pool(Array.from({ length: count }), 8, () => makeDevice());
    log(`${count} identities in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    tokens = await pool(devices, 24, (d, i) => login(offset + i, d));
    log(`${count} logins in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  let dropped = 0;
  const sockets = await pool(tokens, 64, async (t, i) => {
    const ws = await open(offset + i, t, () => {});
    ws.on('close', () => dropped++);
    return ws;
  });
  log(`${count} connections in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.stdout.write(`${JSON.stringify({ ready: sockets.length })}\n`);
  // Hold until the orchestrator closes stdin (bounded by its own timeout).
  await new Promise<void>((resolve) => {
    process.stdin.on('end', resolve);
    process.stdin.on('close', resolve);
    process.stdin.resume();
  });
  const held = sockets.filter((ws) => ws.readyState === WebSocket.OPEN).length;
  process.stdout.write(`${JSON.stringify({ held, dropped })}\n`);
  for (const ws of sockets) ws.terminate();
  process.exit(0);
}

/**
 * The seq and the first 8 bytes of the ciphertext of a ServerFrame that is
 * a ChannelMessage (field 4), read straight from the encoding: at 100,000
 * frames a second, a full decode would make the load process the bottleneck.
 */
function channelMessage(b: Uint8Array): { seq: number; sentAt: number } | null {
  let i = 0;
  const varint = () => {
    let v = 0;
    let shift = 1;
    for (;;) {
      const x = b[i++]!;
      v += (x & 0x7f) * shift;
      if (x < 0x80) return v;
      shift *= 128;
    }
  };
  if (b[i++] !== 0x22) return null; // not ServerFrame.channel_message
  const end = varint() + i;
  let seq = 0;
  let sentAt = NaN;
  while (i < end) {
    const tag = varint();
    if ((tag & 7) === 0) {
      const v = varint();
      if (tag >> 3 === 2) seq = v;
    } else {
      const len = varint();
      if (tag >> 3 === 4) sentAt = new DataView(b.buffer, b.byteOffset + i, 8).getFloat64(0);
      i += len;
    }
  }
  return { seq, sentAt };
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function fanout(): Promise<void> {
  const members = Number(args.get('members') ?? 100);
  const senders = Number(args.get('senders') ?? 10);
  const rate = Number(args.get('rate') ?? 1000);
  const duration = Number(args.get('duration') ?? 10_000);
  const size = Number(args.get('size') ?? 256);
  const now = () => performance.timeOrigin + performance.now();

  // Members, and the channel they all join.
  let tokens: string[];
  let channelId: Uint8Array;
  if (baseline) {
    tokens = Array.from({ length: members }, () => 'baseline');
    channelId = new Uint8Array(16);
  } else {
    const devices = await pool(Array.from({ length: members }), 8, () => makeDevice());
    tokens = await pool(devices, 16, (d, i) => login(i, d));
    const channel = await api<{ id: string }>(
      0,
      'POST',
      '/v1/channels',
      { name: 'bench' },
      tokens[0],
    );
    await pool(tokens.slice(1), 16, (t, i) =>
      api(i + 1, 'POST', `/v1/channels/${channel.id}/join`, undefined, t),
    );
    channelId = new Uint8Array(Buffer.from(channel.id.replaceAll('-', ''), 'hex'));
  }

  // Every member's connection records what arrives.
  const latencies = new Float64Array(Math.ceil((rate * duration) / 1000) * members + 1024);
  let samples = 0;
  let received = 0;
  // Which seqs each member got: bitmaps, not Sets (3 million Set entries would put GC pauses into the latencies).
  const seen = tokens.map(() => new Uint8Array(Math.ceil((rate * duration) / 1000) + 1024));
  const sockets = await pool(tokens, 32, (t, m) =>
    open(m, t, (bytes) => {
      const f = channelMessage(bytes);
      if (!f) return;
      const { seq, sentAt } = f;
      if (seq >= seen[m]!.length || seen[m]![seq]) return;
      seen[m]![seq] = 1;
      received++;
      if (samples < latencies.length) latencies[samples++] = now() - sentAt;
    }),
  );
  log(`${members} members connected${baseline ? ' (baseline)' : ''}`);

  // Senders: open loop, on schedule.
  let sent = 0;
  let accepted = 0;
  let refused = 0;
  /** Sequence ids each sender's messages got. */
  const own = tokens.map(() => new Set<number>());
  for (let s = 0; s < senders; s++)
    sockets[s]!.on('message', (data: Buffer) => {
      if (data[0] !== 0x12) return; // ServerFrame.result
      const f = serverFrameCodec.decode(
        new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      );
      if (f.frame.case !== 'result') return;
      if (f.frame.value.errorCode) refused++;
      else {
        accepted++;
        own[s]!.add(Number(f.frame.value.seq));
      }
    });
  const start = performance.now();
  const total = Math.floor((rate * duration) / 1000);
  let request = 1n;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate));
      while (sent < due) {
        const payload = new Uint8Array(size);
        crypto.getRandomValues(payload.subarray(8));
        new DataView(payload.buffer).setFloat64(0, now());
        sockets[sent % senders]!.send(
          clientFrameCodec.encode({
            requestId: request++,
            frame: {
              case: 'channelSend',
              value: { channelId, ciphertext: payload, frankingTag: new Uint8Array(32) },
            },
          }),
        );
        sent++;
      }
      if (sent >= total) resolve();
      else setTimeout(tick, 1);
    };
    tick();
  });
  const sendSeconds = (performance.now() - start) / 1000;
  // Drain: every member gets every message except its own (bounded wait).
  const expected = total * (members - 1);
  const missing = () => {
    let n = 0;
    const all = own.flatMap((o) => [...o]);
    for (let m = 0; m < members; m++)
      for (const seq of all) if (!seen[m]![seq] && !own[m]!.has(seq)) n++;
    return n + (total - all.length) * (members - 1); // never accepted: lost for everyone
  };
  const drainUntil = performance.now() + 15_000;
  while (performance.now() < drainUntil && (accepted + refused < total || received < expected))
    await new Promise((r) => setTimeout(r, 20));
  const elapsed = (performance.now() - start) / 1000;
  const sorted = latencies.slice(0, samples).sort();
  process.stdout.write(
    `${JSON.stringify({
      sent,
      accepted: baseline ? sent : accepted,
      refused,
      expected,
      received,
      lost: missing(),
      sendSeconds: Math.round(sendSeconds * 100) / 100,
      msgsPerSec: Math.round(sent / sendSeconds),
      deliveriesPerSec: Math.round(received / elapsed),
      p50: Math.round(percentile(sorted, 50) * 100) / 100,
      p99: Math.round(percentile(sorted, 99) * 100) / 100,
      max: Math.round(percentile(sorted, 100) * 100) / 100,
    })}\n`,
  );
  for (const ws of sockets) ws.terminate();
  process.exit(0);
}

const main = role === 'hold' ? hold : role === 'fanout' ? fanout : null;
if (!main) {
  log('usage: --role hold|fanout --url URL ...');
  process.exit(2);
}
setTimeout(() => {
  log('gave up after 10 minutes');
  process.exit(3);
}, 600_000).unref();
await main();
