/**
 * The relay's HTTP API and delivery stream (spec/relay.md §4), on the kit's
 * base app (envelope, request ids, CORS, security headers, rate limits,
 * health). `buildRelayApp` makes the app without listening, so tests drive
 * it with `app.inject`; `main.ts` listens.
 *
 * `buildRelayApp` composes: first what every route shares (the base app,
 * the connection limits, the outage log, the WebSocket plugin, request
 * sessions, the open delivery streams), then one Fastify plugin per route
 * group (src/routes/), each given the parts it uses as its options.
 */
import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { AppError, createServerApp, outageLog } from '@nexuslink/server-kit';
import type { OutageLog } from '@nexuslink/server-kit';
import { RelayAuth } from './auth.ts';
import type { Config } from './config.ts';
import { limitConnections } from './connections.ts';
import type { RelayRouteContext } from './http/context.ts';
import { requestSessions } from './http/session.ts';
import { authRoutes } from './routes/auth.ts';
import { blobRoutes } from './routes/blobs.ts';
import { relayInfoRoutes } from './routes/relay-info.ts';
import { streamRoutes } from './routes/stream.ts';
import { turnRoutes } from './routes/turn.ts';
import { QuotaError } from './store.ts';
import type { BlobStore } from './store.ts';
import { DeliveryStreams } from './streams.ts';

export { RELAY_VERSION } from './routes/relay-info.ts';
export { STREAM_CLOSE } from './streams.ts';

/**
 * How loud a stream error is: `ws` refusing what a peer sent (a frame too
 * large, bad UTF-8, a protocol violation) is the peer's fault (`warn`); a
 * peer gone mid-write is ordinary (`info`); anything else is the relay's (`error`).
 */
function streamErrorLevel(err: Error & { code?: unknown }): 'info' | 'warn' | 'error' {
  if (typeof err.code !== 'string') return 'error';
  if (err.code.startsWith('WS_ERR_')) return 'warn';
  return err.code === 'ECONNRESET' || err.code === 'EPIPE' ? 'info' : 'error';
}

/** Options of {@link buildRelayApp}. */
export interface RelayAppOptions {
  readonly config: Config;
  readonly store: BlobStore;
  /** The origin devices sign at login and in acknowledgements (read when they do). */
  readonly publicUrl: () => string;
  /** Circuit relay multiaddrs to announce (`GET /v1/relay`). */
  readonly circuitRelay?: () => readonly string[];
  readonly logger?: FastifyServerOptions['logger'];
  readonly https?: { key: Buffer; cert: Buffer } | null;
  readonly now?: () => number;
}

/** The app, ready for `listen` or `inject`. */
export async function buildRelayApp(options: RelayAppOptions): Promise<{
  app: FastifyInstance;
  auth: RelayAuth;
  beginShutdown: () => void;
  /** Close every delivery stream with 1001. */
  closeStreams: () => void;
  /** Database outages of streams and background tasks, logged once each (the expiry task reports here too). */
  outage: OutageLog;
}> {
  const { config, store } = options;
  const now = options.now ?? Date.now;
  const blobBytes = config['limits.blob_bytes'];
  const { app, shuttingDown, beginShutdown } = await createServerApp({
    logger: options.logger,
    // base64 of the largest blob, and the rest of the JSON.
    bodyLimit: Math.ceil(blobBytes / 3) * 4 + 4096,
    trustProxy: config['server.trust_proxy'],
    https: options.https ?? null,
    corsOrigins: config['cors.origins'],
    ratePerMinute: config['limits.rate_per_minute'],
    ready: () => store.ping(),
    mapError: (error) =>
      error instanceof QuotaError ? new AppError('LIMIT', error.message) : undefined,
  });
  const auth = new RelayAuth({
    server: options.publicUrl,
    senderTagKey: await store.senderTagKey(now()),
    challengeTtlMs: config['auth.challenge_ttl_s'] * 1000,
    tokenTtlMs: config['auth.token_ttl_s'] * 1000,
    now,
  });
  const guard = limitConnections(app, config);
  const outage = outageLog(app.log);
  await app.register(websocket, {
    options: { maxPayload: 4096 },
    // A peer's fault (an oversized frame, bad UTF-8) is not the relay's error.
    errorHandler: (error, socket, req) => {
      const level = streamErrorLevel(error);
      if (level === 'error') req.log.error({ err: error }, 'stream failed');
      else req.log[level]({ code: (error as { code?: unknown }).code }, `stream: ${error.message}`);
      socket.terminate();
    },
  });
  const authenticate = requestSessions(app, auth);
  const streams = new DeliveryStreams();

  const context: RelayRouteContext = {
    config,
    store,
    auth,
    now,
    publicUrl: options.publicUrl,
    circuitRelay: options.circuitRelay,
    authenticate,
    streams,
    guard,
    outage,
    shuttingDown,
  };
  await app.register(relayInfoRoutes, context);
  await app.register(authRoutes, context);
  await app.register(blobRoutes, context);
  await app.register(turnRoutes, context);
  await app.register(streamRoutes, context);

  return {
    app,
    auth,
    beginShutdown,
    outage,
    closeStreams: () => streams.closeAll(),
  };
}
