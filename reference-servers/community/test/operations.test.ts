// What an operator sees: SIGHUP drains and exits like SIGTERM (the real
// server process), a database outage is 503 UNAVAILABLE with Retry-After
// (not 500 INTERNAL), a client's oversized WebSocket frame is not logged
// as a server error, a frame that arrives during a graceful shutdown is
// answered UNAVAILABLE (and not stored), and the background purge runs.
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { clientFrameCodec, serverFrameCodec } from '@nexuslink/sdk/wire';
import type { ServerFrame } from '@nexuslink/sdk/wire';
import { buildApp, Repository } from '@nexuslink/community-server';
import { postgresDb } from '@nexuslink/server-kit';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { b64, freshDb, login, makeAccount, testConfig } from './helpers.ts';

/** The repository, with channel commits held at a gate the test opens (to catch a shutdown mid-drain). */
class GatedRepository extends Repository {
  gate: Promise<void> | null = null;
  entered = 0;
  override async appendChannelMessages(
    ...args: Parameters<Repository['appendChannelMessages']>
  ): ReturnType<Repository['appendChannelMessages']> {
    this.entered++;
    await this.gate;
    return super.appendChannelMessages(...args);
  }
}

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const start = async (env: Record<string, string> = {}) =>
  (server = await startServer({
    NEXUSLINK_SERVER_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexuslink-ops-')),
    NEXUSLINK_LOG_LEVEL: 'info',
    ...env,
  }));

function raw(url: string) {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/v1/ws`);
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  const opened = new Promise<void>((resolve) => ws.on('open', () => resolve()));
  ws.on('error', () => undefined);
  return { ws, closed, opened };
}

const logLines = (output: string) =>
  output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('community server operations', () => {
  it('SIGHUP drains and exits 0, as SIGTERM does', async () => {
    const { url } = await start();
    const socket = raw(url);
    await socket.opened;
    const code = await server!.stop('SIGHUP');
    expect(code).toBe(0);
    expect(await socket.closed).toBe(1001);
    expect(logLines(server!.output())).toContainEqual(
      expect.objectContaining({ msg: 'shutting down', signal: 'SIGHUP' }),
    );
  });

  it("a client's oversized WebSocket frame closes it (1009) and is logged at info, not error", async () => {
    const { url } = await start({ NEXUSLINK_LIMITS_MESSAGE_BYTES: '1024' });
    const socket = raw(url);
    await socket.opened;
    socket.ws.send(new Uint8Array(64 * 1024));
    expect(await socket.closed).toBe(1009);
    // The log line is written just after the close; give it a moment.
    await new Promise((r) => setTimeout(r, 200));
    const lines = logLines(server!.output());
    expect(lines.filter((l) => (l.level as number) >= 50)).toEqual([]);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 30,
        err: expect.objectContaining({ code: 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' }),
      }),
    );
  });

  it('the background purge runs every retention.purge_interval_ms: expired login challenges go', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nexuslink-ops-'));
    const { url } = await start({
      NEXUSLINK_SERVER_DATA_DIR: dataDir,
      NEXUSLINK_AUTH_CHALLENGE_TTL_S: '5',
      NEXUSLINK_RETENTION_PURGE_INTERVAL_MS: '200',
    });
    for (let i = 0; i < 3; i++)
      expect((await fetch(`${url}/v1/auth/challenge`, { method: 'POST' })).status).toBe(200);
    const challenges = () => {
      const db = new DatabaseSync(join(dataDir, 'community.db'), { readOnly: true });
      try {
        return Number(
          (db.prepare('SELECT count(*) AS n FROM auth_challenges').get() as { n: number }).n,
        );
      } finally {
        db.close();
      }
    };
    expect(challenges()).toBe(3);
    // Unused, they expire after 5 s; the next purge (every 200 ms) deletes them.
    await expect.poll(challenges, { timeout: 15_000, interval: 200 }).toBe(0);
  });

  for (const kind of ['sqlite', 'postgres'] as const)
    it(`a frame that arrives during a graceful shutdown is answered UNAVAILABLE and not stored (${kind})`, async () => {
      const fresh = await freshDb(kind);
      const repo = new GatedRepository(fresh.db);
      const server = 'https://community.test';
      const { app, hub } = await buildApp({
        config: testConfig(),
        repo,
        publicUrl: server,
        logger: false,
      });
      try {
        await app.listen({ host: '127.0.0.1', port: 0 });
        const alice = await makeAccount('alice');
        const { accessToken } = await login(app, server, alice);
        const created = await app.inject({
          method: 'POST',
          url: '/v1/channels',
          headers: { authorization: `Bearer ${accessToken}` },
          payload: { name: 'general' },
        });
        const channelId = created.json().data.id as string;
        const channel = new Uint8Array(Buffer.from(channelId.replaceAll('-', ''), 'hex'));
        const port = (app.server.address() as AddressInfo).port;
        const ws = new WebSocket(`ws://127.0.0.1:${port}/v1/ws`);
        const frames: ServerFrame[] = [];
        const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
        ws.on('message', (data) =>
          frames.push(serverFrameCodec.decode(new Uint8Array(data as Buffer))),
        );
        await new Promise<void>((r) => ws.on('open', () => r()));
        ws.send(
          clientFrameCodec.encode({
            requestId: 1n,
            frame: { case: 'authenticate', value: { accessToken } },
          }),
        );
        const until = async (predicate: () => boolean) => {
          for (let i = 0; i < 500 && !predicate(); i++) await new Promise((r) => setTimeout(r, 10));
          expect(predicate()).toBe(true);
        };
        await until(() => frames.some((f) => f.frame.case === 'ready'));
        const resultOf = (requestId: bigint) =>
          frames.find((f) => f.frame.case === 'result' && f.frame.value.requestId === requestId)
            ?.frame.value as { errorCode: string; seq: bigint } | undefined;
        const channelSend = (requestId: bigint, byte: number) =>
          ws.send(
            clientFrameCodec.encode({
              requestId,
              frame: {
                case: 'channelSend',
                value: {
                  channelId: channel,
                  ciphertext: new Uint8Array([byte]),
                  clientId: crypto.getRandomValues(new Uint8Array(16)),
                  frankingTag: new Uint8Array(32),
                },
              },
            }),
          );

        // A send whose commit is under way when the shutdown begins…
        let open!: () => void;
        repo.gate = new Promise<void>((r) => (open = r));
        channelSend(10n, 1);
        await until(() => repo.entered === 1);
        const stopping = hub.shutdown(10_000);
        // …and two frames that arrive after it began: answered at once, while the first still commits.
        channelSend(11n, 2);
        ws.send(
          clientFrameCodec.encode({
            requestId: 12n,
            frame: {
              case: 'send',
              value: {
                to: { uuid: alice.uuid, deviceId: alice.device.deviceId },
                envelope: new Uint8Array([3]),
                clientId: crypto.getRandomValues(new Uint8Array(16)),
              },
            },
          }),
        );
        await until(() => resultOf(11n) !== undefined && resultOf(12n) !== undefined);
        expect(resultOf(11n)!.errorCode).toBe('UNAVAILABLE');
        expect(resultOf(12n)!.errorCode).toBe('UNAVAILABLE');
        expect(resultOf(10n)).toBeUndefined();
        // The drain lets the first finish and answers it before the socket closes.
        open();
        await stopping;
        expect(await closed).toBe(1001);
        expect(resultOf(10n)).toMatchObject({ errorCode: '', seq: 1n });
        expect(repo.entered).toBe(1);
        expect(
          (await repo.channelMessagesAfter(channelId, 0, 10)).map((m) => [...m.payload]),
        ).toEqual([[1]]);
        expect(await repo.pending(alice.uuid, alice.device.deviceId, null, 10)).toEqual([]);
      } finally {
        repo.gate = null;
        await app.close();
        await fresh.drop();
      }
    });

  it('a database outage is 503 UNAVAILABLE with Retry-After, and no failed login', async () => {
    const lines: Record<string, unknown>[] = [];
    const db = postgresDb({ url: 'postgres://postgres@127.0.0.1:1/test', poolSize: 1 });
    const { app } = await buildApp({
      config: testConfig({ 'log.level': 'info' }),
      repo: new Repository(db),
      publicUrl: 'https://community.test',
      logger: { level: 'info', stream: { write: (l: string) => void lines.push(JSON.parse(l)) } },
    });
    try {
      const account = await makeAccount('alice');
      const answers = [
        await app.inject({ method: 'POST', url: '/v1/auth/challenge' }),
        await app.inject({
          method: 'POST',
          url: '/v1/auth/login',
          payload: {
            nonce: b64(new Uint8Array(32)),
            deviceCertificate: b64(account.device.deviceCertificate),
            selfSigningCertificate: b64(account.device.selfSigningCertificate),
            signature: b64(new Uint8Array(64)),
          },
        }),
        await app.inject({
          method: 'POST',
          url: '/v1/auth/refresh',
          payload: { refreshToken: `nxr_${'A'.repeat(43)}` },
        }),
        await app.inject({ method: 'GET', url: '/readyz' }),
      ];
      for (const r of answers) {
        expect(r.statusCode).toBe(503);
        expect(r.json().error.code).toBe('UNAVAILABLE');
      }
      expect(answers.slice(0, 3).map((r) => r.headers['retry-after'])).toEqual(['5', '5', '5']);
      expect(lines.filter((l) => (l.level as number) >= 50)).toEqual([]);
      // An outage is nobody's failed login.
      expect(lines.filter((l) => String(l.event).endsWith('_failed'))).toEqual([]);
    } finally {
      await app.close();
      await db.close();
    }
  });
});
