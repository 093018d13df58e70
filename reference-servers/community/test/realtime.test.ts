// The WebSocket's limits and failure modes against the real server process
// (embedded SQLite): authentication timeout and bad tokens, frames that are
// not binary or do not decode, size limits, idle timeout, a receiver too slow
// to keep up, the low-prekey notice; and TLS.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CommunityClient } from '@nexuslink/sdk';
import { clientFrameCodec } from '@nexuslink/sdk/wire';
import { makeAccount, preKeyUpload, tokenOf } from './helpers.ts';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';

/** A franking tag for ciphertexts that are not real messages (the server stores it as given). */
const FRANKING_TAG = new Uint8Array(32).fill(7);

let server: RunningServer | null = null;
const clients: CommunityClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.close();
  if (server) expect(await server.stop()).toBe(0);
  server = null;
});

async function start(env: Record<string, string> = {}) {
  server = await startServer({
    NEXUSLINK_SERVER_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexuslink-rt-')),
    NEXUSLINK_LIMITS_WS_MESSAGES_PER_SECOND: '100000',
    ...env,
  });
  return server;
}

/** A raw WebSocket; resolves with its close code and reason. */
function raw(url: string): {
  ws: WebSocket;
  closed: Promise<{ code: number; reason: string }>;
  opened: Promise<void>;
} {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/v1/ws`);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  const opened = new Promise<void>((resolve) => ws.on('open', () => resolve()));
  return { ws, closed, opened };
}

async function connected(url: string, name = 'x') {
  const account = await makeAccount(name);
  const c = new CommunityClient({ url, device: account.device });
  clients.push(c);
  await c.connect();
  return { account, c };
}

describe('community server WebSocket limits', () => {
  it('no Authenticate in time, a bad token, text frames and garbage are closed with their codes', async () => {
    const { url } = await start({ NEXUSLINK_WEBSOCKET_AUTH_TIMEOUT_MS: '300' });
    const silent = raw(url);
    expect((await silent.closed).code).toBe(4001);
    const bad = raw(url);
    await bad.opened;
    bad.ws.send(
      clientFrameCodec.encode({
        frame: { case: 'authenticate', value: { accessToken: `nxa_${'A'.repeat(43)}` } },
      }),
    );
    expect((await bad.closed).code).toBe(4001);
    const text = raw(url);
    await text.opened;
    text.ws.send('hello');
    expect((await text.closed).code).toBe(1008);
    const garbage = raw(url);
    await garbage.opened;
    garbage.ws.send(new Uint8Array([0x0a, 0xff, 0xff]));
    expect((await garbage.closed).code).toBe(1008);
  });

  it('a message over the limit is refused; a frame far over it closes the connection (1009)', async () => {
    const { url } = await start({ NEXUSLINK_LIMITS_MESSAGE_BYTES: '1024' });
    const { c } = await connected(url, 'alice');
    const channel = await c.createChannel({ name: 'small' });
    expect(await c.sendChannelMessage(channel.id, new Uint8Array(1000).fill(1), FRANKING_TAG)).toBe(
      1,
    );
    await expect(
      c.sendChannelMessage(channel.id, new Uint8Array(1500).fill(2), FRANKING_TAG),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    const states: string[] = [];
    c.onStateChange((s) => states.push(s));
    await expect(
      c.sendChannelMessage(channel.id, new Uint8Array(5000).fill(3), FRANKING_TAG),
    ).rejects.toMatchObject({ code: 'TRANSPORT' });
    expect(states).toContain('disconnected');
    // It comes back by itself.
    await c.connect();
    expect(await c.sendChannelMessage(channel.id, new Uint8Array(10).fill(4), FRANKING_TAG)).toBe(
      2,
    );
  });

  it('a connection that sends nothing for the idle timeout is closed with 4009', async () => {
    const { url } = await start({
      NEXUSLINK_WEBSOCKET_IDLE_TIMEOUT_MS: '1000',
      NEXUSLINK_WEBSOCKET_HEARTBEAT_MS: '1000',
    });
    const { c } = await connected(url);
    const codes: string[] = [];
    c.onStateChange((s) => codes.push(s));
    const t0 = Date.now();
    while (!codes.includes('disconnected') && Date.now() - t0 < 10_000)
      await new Promise((r) => setTimeout(r, 50));
    expect(codes).toContain('disconnected');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
  });

  it('a receiver that does not read is cut off (4008) instead of growing the server’s memory', async () => {
    const { url } = await start({ NEXUSLINK_LIMITS_WS_SEND_BUFFER_BYTES: '65536' });
    const { c: sender } = await connected(url, 'sender');
    const channel = await sender.createChannel({ name: 'firehose' });
    const slow = await makeAccount('slow');
    const s = new CommunityClient({
      url,
      device: slow.device,
      reconnect: { initialDelayMs: 60_000 },
    });
    clients.push(s);
    await s.connect();
    await s.joinChannel(channel.id);
    // A socket that stops reading: the kernel's buffers fill, then the server's.
    const probe = raw(url);
    await probe.opened;
    const token = await tokenOf(url, slow);
    probe.ws.send(
      clientFrameCodec.encode({ frame: { case: 'authenticate', value: { accessToken: token } } }),
    );
    await new Promise<void>((resolve) => probe.ws.once('message', () => resolve()));
    (probe.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const payload = new Uint8Array(16 * 1024);
    let code = 0;
    void probe.closed.then((c) => (code = c.code));
    for (let i = 0; i < 2000 && code === 0; i++) {
      payload[0] = i & 255;
      payload[1] = i >> 8;
      await sender.sendChannelMessage(channel.id, payload, FRANKING_TAG);
    }
    (probe.ws as unknown as { _socket: { resume(): void } })._socket.resume();
    expect((await probe.closed).code).toBe(4008);
  });

  it('a device whose one-time prekeys run low is told so over its WebSocket', async () => {
    const { url } = await start();
    const { account: bob, c: b } = await connected(url, 'bob');
    // Three one-time keys and six one-time KEM keys: after one fetch only the first kind is low.
    const upload = await preKeyUpload(bob, 3, 1, 6);
    await b.directory.publish({
      deviceCertificate: Buffer.from(upload.deviceCertificate, 'base64'),
      selfSigningCertificate: Buffer.from(upload.selfSigningCertificate, 'base64'),
      signedPreKey: Buffer.from(upload.signedPreKey, 'base64'),
      kemPreKey: Buffer.from(upload.kemPreKey, 'base64'),
      oneTimePreKeys: upload.oneTimePreKeys.map((k) => Buffer.from(k, 'base64')),
      kemOneTimePreKeys: upload.kemOneTimePreKeys.map((k) => Buffer.from(k, 'base64')),
    });
    const low: number[] = [];
    b.onPreKeysLow((n) => low.push(n));
    const { c: a } = await connected(url, 'alice');
    expect((await a.directory.fetchBundles(bob.uuid)).length).toBe(1);
    const t0 = Date.now();
    while (low.length === 0 && Date.now() - t0 < 5_000) await new Promise((r) => setTimeout(r, 20));
    expect(low).toEqual([2]);
    expect(await b.directory.preKeyCounts(b.address)).toEqual({ oneTime: 2, kemOneTime: 5 });
    // No token or key material in what the client shows of itself.
    expect(inspect(b, { depth: 5 })).not.toMatch(/nxa_|nxr_/);
    expect(JSON.stringify(b)).not.toMatch(/nxa_|nxr_/);
  });
});

describe('community server TLS', () => {
  it('serves HTTPS with TLS 1.2 at least, and refuses TLS 1.1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nexuslink-tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    const { url } = await start({
      NEXUSLINK_TLS_CERT_FILE: join(dir, 'cert.pem'),
      NEXUSLINK_TLS_KEY_FILE: join(dir, 'key.pem'),
    });
    expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const ca = readFileSync(join(dir, 'cert.pem'));
    const health = await new Promise<{
      status: number;
      body: string;
      hsts: string | undefined;
      protocol: string;
    }>((resolve, reject) => {
      const req = https.get(`${url}/healthz`, { ca }, (res) => {
        const protocol = (res.socket as tls.TLSSocket).getProtocol() ?? '';
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            body,
            hsts: res.headers['strict-transport-security'] as string | undefined,
            protocol,
          }),
        );
      });
      req.on('error', reject);
    });
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toEqual({ ok: true, data: { status: 'ok' } });
    expect(health.hsts).toMatch(/max-age=\d+/);
    expect(health.protocol).toBe('TLSv1.3');
    const port = Number(new URL(url).port);
    const old = await new Promise<string>((resolve) => {
      const s = tls.connect(
        {
          host: '127.0.0.1',
          port,
          ca,
          minVersion: 'TLSv1',
          maxVersion: 'TLSv1.1',
          ciphers: 'DEFAULT@SECLEVEL=0',
        },
        () => resolve('connected'),
      );
      s.on('error', (err) => resolve(`refused: ${(err as NodeJS.ErrnoException).code}`));
    });
    expect(old).toMatch(/^refused/);
  });
});
