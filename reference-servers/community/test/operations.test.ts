// What an operator sees: SIGHUP drains and exits like SIGTERM (the real
// server process), a database outage is 503 UNAVAILABLE with Retry-After
// (not 500 INTERNAL), and a client's oversized WebSocket frame is not logged
// as a server error.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { buildApp, Repository } from '@nexuslink/community-server';
import { postgresDb } from '@nexuslink/server-kit';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { b64, makeAccount, testConfig } from './helpers.ts';

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
