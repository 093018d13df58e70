// For the hardening tests (prekey draining, channels): the app on a fresh
// database of either kind, listening on loopback so a raw WebSocket can watch
// what a device is sent, with HTTP driven through `app.inject`.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import { clientFrameCodec, serverFrameCodec } from '@nexuslink/sdk/wire';
import type { ServerFrame } from '@nexuslink/sdk/wire';
import { buildApp, Repository } from '@nexuslink/community-server';
import type { ConfigKey } from '@nexuslink/community-server';
import { freshDb, login, testConfig } from './helpers.ts';
import type { TestAccount } from './helpers.ts';

export const SERVER = 'https://community.test';
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export interface Harness {
  readonly app: FastifyInstance;
  readonly repo: Repository;
  /** ws://127.0.0.1:port */
  readonly wsUrl: string;
  /** Log `account` in from `address` (each test member its own, so the per-address limits stay out of the way). */
  login(account: TestAccount, address?: string): Promise<string>;
  /** A device's WebSocket, authenticated with `token`: every frame it is sent, decoded. */
  socket(token: string): Promise<{ frames: ServerFrame[]; close(): void }>;
  stop(): Promise<void>;
}

/** The app on a fresh `kind` database; `now` for a clock the test moves. */
export async function startApp(
  kind: 'sqlite' | 'postgres',
  overrides: Partial<Record<ConfigKey, unknown>> = {},
  now?: () => number,
): Promise<Harness> {
  const fresh = await freshDb(kind);
  const repo = new Repository(fresh.db);
  const { app, hub } = await buildApp({
    config: testConfig(overrides),
    repo,
    publicUrl: SERVER,
    logger: false,
    ...(now ? { now } : {}),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as AddressInfo).port;
  const wsUrl = `ws://127.0.0.1:${port}/v1/ws`;
  const sockets: WebSocket[] = [];
  return {
    app,
    repo,
    wsUrl,
    async login(account, address = '10.0.0.100') {
      const r = await login(app, SERVER, account, { remoteAddress: address });
      if (r.status !== 200) throw new Error(`login failed: ${JSON.stringify(r.body)}`);
      return r.accessToken;
    },
    async socket(token) {
      const ws = new WebSocket(wsUrl);
      sockets.push(ws);
      const frames: ServerFrame[] = [];
      const ready = new Promise<void>((resolve, reject) => {
        ws.on('message', (data) => {
          const f = serverFrameCodec.decode(new Uint8Array(data as Buffer));
          frames.push(f);
          if (f.frame.case === 'ready') resolve();
        });
        ws.on('close', (code) => reject(new Error(`closed with ${code}`)));
        ws.on('error', reject);
      });
      await new Promise<void>((resolve) => ws.on('open', () => resolve()));
      ws.send(
        clientFrameCodec.encode({
          requestId: 1n,
          frame: { case: 'authenticate', value: { accessToken: token } },
        }),
      );
      await ready;
      return { frames, close: () => ws.close() };
    },
    async stop() {
      for (const ws of sockets) ws.terminate();
      await hub.shutdown(1_000);
      await app.close();
      await fresh.drop();
    },
  };
}

/** Wait until `predicate` holds (polling), or fail after `ms`. */
export async function until(predicate: () => boolean, ms = 5_000): Promise<void> {
  const t0 = Date.now();
  while (!predicate()) {
    if (Date.now() - t0 > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
