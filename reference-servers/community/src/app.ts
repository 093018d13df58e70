/**
 * The HTTP API (spec/community.md §4): Fastify with JSON schemas on every
 * body, the envelope `{ ok, data | error }` on every response, a request id
 * (taken from `X-Request-Id` when it is sane, else a new UUIDv7) on every
 * log line and response, CORS, security headers, body-size and rate limits.
 * `buildApp` makes the app without listening, so tests drive it with
 * `app.inject`; `main.ts` listens.
 *
 * `buildApp` composes: first what every route shares (the kit's base app
 * with the error envelope, rate limits and health; the connection guard;
 * the WebSocket hub; request sessions), then one Fastify plugin per route
 * group (src/routes/), each given the parts it uses as its options.
 */
import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { AppError, createServerApp, guardConnections } from '@nexuslink/server-kit';
import { Auth } from './auth.ts';
import type { Config } from './config.ts';
import type { RouteContext } from './http/context.ts';
import { requestSessions } from './http/session.ts';
import { Hub } from './realtime.ts';
import type { Repository } from './repository.ts';
import { RepositoryError } from './repository.ts';
import { authRoutes } from './routes/auth.ts';
import { channelMemberRoutes } from './routes/channel-members.ts';
import { channelMessageRoutes } from './routes/channel-messages.ts';
import { channelRoutes } from './routes/channels.ts';
import { deviceRoutes } from './routes/devices.ts';
import { preKeyRoutes } from './routes/prekeys.ts';
import { serverInfoRoutes } from './routes/server-info.ts';
import { directoryProofRoutes, serverKeyLoader } from './routes/directory-proof.ts';
import { websocketRoutes } from './routes/websocket.ts';

export { SERVER_VERSION } from './routes/server-info.ts';

export interface AppOptions {
  readonly config: Config;
  readonly repo: Repository;
  /** The origin devices sign at login (`server.public_url`, or derived from host and port). */
  readonly publicUrl: string;
  /** Pino options, or false for no logs (tests). */
  readonly logger?: FastifyServerOptions['logger'];
  /** HTTPS options when TLS is configured. */
  readonly https?: { key: Buffer; cert: Buffer } | null;
  readonly now?: () => number;
}

/** The app, ready for `listen` or `inject`. */
export async function buildApp(options: AppOptions): Promise<{
  app: FastifyInstance;
  auth: Auth;
  hub: Hub;
  beginShutdown: () => void;
}> {
  const { config, repo } = options;
  const now = options.now ?? Date.now;
  const auth = new Auth(repo, config, options.publicUrl, now);
  const { app, shuttingDown, beginShutdown } = await createServerApp({
    logger: options.logger,
    bodyLimit: config['limits.body_bytes'],
    trustProxy: config['server.trust_proxy'],
    https: options.https ?? null,
    corsOrigins: config['cors.origins'],
    ratePerMinute: config['limits.rate_per_minute'],
    ready: () => repo.ping(),
    mapError: (error) =>
      error instanceof RepositoryError
        ? new AppError(error.code === 'NOT_FOUND' ? 'NOT_FOUND' : error.code, error.message)
        : undefined,
  });
  // Connections that have not logged in are bounded per address and in all,
  // and must send a request within the deadline (spec/community.md §5.4).
  const guard = guardConnections(app.server, {
    requestTimeoutMs: config['limits.request_timeout_ms'],
    perAddress: config['limits.connections_per_address'],
    total: config['limits.pending_connections'],
    onRefused: (reason, address) =>
      app.log.info({ reason, address }, 'connection refused or closed before a request'),
  });
  const serverKey = serverKeyLoader(repo, now);
  const hub = new Hub({ repo, auth, config, now, log: app.log, guard, serverKey });
  auth.onRevoked = (uuid, ids) => hub.revoked(uuid, ids);

  const authenticate = requestSessions(app, auth);
  await app.register(websocket, {
    options: { maxPayload: config['limits.message_bytes'] + 1024 },
  });

  const context: RouteContext = {
    config,
    repo,
    auth,
    hub,
    now,
    authenticate,
    shuttingDown,
  };
  await app.register(serverInfoRoutes, { ...context, serverKey });
  await app.register(directoryProofRoutes, { ...context, serverKey });
  await app.register(authRoutes, context);
  await app.register(deviceRoutes, context);
  await app.register(preKeyRoutes, context);
  await app.register(channelRoutes, context);
  await app.register(channelMemberRoutes, context);
  await app.register(channelMessageRoutes, context);
  await app.register(websocketRoutes, context);

  return {
    app,
    auth,
    hub,
    /** Refuse new WebSockets and report not ready: the first step of a graceful shutdown. */
    beginShutdown,
  };
}
