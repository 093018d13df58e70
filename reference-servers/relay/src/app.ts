/**
 * The relay's HTTP API and delivery stream (spec/relay.md §4), on the kit's
 * base app (envelope, request ids, CORS, security headers, rate limits,
 * health). `buildRelayApp` makes the app without listening, so tests drive
 * it with `app.inject`; `main.ts` listens.
 */
import type { Socket } from 'node:net';
import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest, FastifyServerOptions } from 'fastify';
import { isRelayMailbox, MAX_ACK_IDS, turnCredentials, verifyRelayAck } from '@nexuslink/sdk';
import {
  addressKey,
  AppError,
  createServerApp,
  fromBase64,
  fromNexusError,
  guardConnections,
  isUuidText,
  ok,
  outageLog,
  toBase64,
} from '@nexuslink/server-kit';
import type { ConnectionGuard, OutageLog } from '@nexuslink/server-kit';
import type { WebSocket } from 'ws';
import { RelayAuth } from './auth.ts';
import type { Session } from './auth.ts';
import type { Config } from './config.ts';
import { QuotaError } from './store.ts';
import type { BlobStore } from './store.ts';
import type { StoredBlob } from './store.ts';

/** The version the relay reports (`GET /v1/relay`). */
export const RELAY_VERSION = '0.1.0';

/** WebSocket close codes of the delivery stream. */
export const STREAM_CLOSE = {
  /** The relay is shutting down: reconnect with backoff. */
  GOING_AWAY: 1001,
  /** The database cannot be reached now: reconnect with backoff (RFC 6455 "try again later"). */
  TRY_AGAIN_LATER: 1013,
  /** No valid `auth` message in time, or the token expired. */
  UNAUTHORIZED: 4001,
  /**
   * The relay has too many streams open: logged in (`limits.streams`), or
   * waiting for their auth frame (`limits.pending_streams`; the oldest waiting
   * one is closed to make room for a new one).
   */
  TOO_MANY: 4008,
} as const;

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

declare module 'fastify' {
  interface FastifyRequest {
    relaySession: Session | null;
  }
}

/** A blob as the API sends it. */
const wireBlob = (b: StoredBlob) => ({
  id: b.id,
  blob: toBase64(b.body),
  storedAt: b.storedAt,
  expiresAt: b.expiresAt,
});

/** Most bytes of blobs in one listing. */
const LIST_BYTES = 4 * 1024 * 1024;

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
  app.decorateRequest('relaySession', null);

  const authenticated = async (req: FastifyRequest) => {
    const header = req.headers.authorization;
    req.relaySession = auth.authenticate(
      typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : undefined,
    );
  };
  const sessionOf = (req: FastifyRequest): Session => req.relaySession!;
  const loginLimit = {
    rateLimit: { max: config['limits.auth_rate_per_minute'], timeWindow: 60_000 },
  };
  const quotas = {
    recipientBlobs: config['limits.recipient_blobs'],
    recipientBytes: config['limits.recipient_bytes'],
    senderBlobs: config['limits.sender_blobs'],
    senderBytes: config['limits.sender_bytes'],
    senderSharePercent: config['limits.sender_share_percent'],
    strangerSharePercent: config['limits.stranger_share_percent'],
  };

  /** Open, logged-in delivery streams by mailbox. */
  const streams = new Map<string, Set<WebSocket>>();
  let streamCount = 0;
  /**
   * Streams waiting for their auth frame, oldest first, and how many per
   * client address. They count apart from logged-in streams, so sockets that
   * never log in cannot take a logged-in device's place (spec/relay.md §4.4).
   */
  const pending = new Map<WebSocket, string>();
  const pendingByAddress = new Map<string, number>();
  const dropPending = (socket: WebSocket) => {
    const address = pending.get(socket);
    if (address === undefined) return;
    pending.delete(socket);
    const n = (pendingByAddress.get(address) ?? 1) - 1;
    if (n === 0) pendingByAddress.delete(address);
    else pendingByAddress.set(address, n);
  };

  app.get('/v1/relay', async (_req, reply) =>
    ok(reply, {
      name: config['server.name'],
      url: options.publicUrl(),
      version: RELAY_VERSION,
      limits: {
        blobBytes,
        defaultTtlSeconds: config['limits.default_ttl_s'],
        maxTtlSeconds: config['limits.max_ttl_s'],
        perRecipientBlobs: quotas.recipientBlobs,
        perRecipientBytes: quotas.recipientBytes,
        perSenderBlobs: quotas.senderBlobs,
        perSenderBytes: quotas.senderBytes,
        senderSharePercent: quotas.senderSharePercent,
        strangerSharePercent: quotas.strangerSharePercent,
        putsPerMinute: config['limits.puts_per_minute'],
      },
      circuitRelay: options.circuitRelay?.() ?? [],
      turn: config['turn.secret'] === '' ? [] : config['turn.urls'],
    }),
  );

  // --- login -----------------------------------------------------------------------

  app.post(
    '/v1/auth/challenge',
    { config: loginLimit, schema: { body: { type: 'object', maxProperties: 0 } } },
    async (_req, reply) => ok(reply, { server: options.publicUrl(), ...auth.challenge() }),
  );
  app.post(
    '/v1/auth/login',
    {
      config: loginLimit,
      schema: {
        body: {
          type: 'object',
          required: ['nonce', 'deviceCertificate', 'selfSigningCertificate', 'signature'],
          additionalProperties: false,
          properties: {
            nonce: { type: 'string', minLength: 1, maxLength: 128 },
            deviceCertificate: { type: 'string', minLength: 1, maxLength: 22_000 },
            selfSigningCertificate: { type: 'string', minLength: 1, maxLength: 22_000 },
            signature: { type: 'string', minLength: 1, maxLength: 200 },
          },
        },
      },
    },
    async (req, reply) => ok(reply, auth.login(req.body as Record<string, unknown>)),
  );

  // --- blobs -----------------------------------------------------------------------

  app.post(
    '/v1/blobs',
    {
      onRequest: authenticated,
      config: {
        rateLimit: {
          max: config['limits.puts_per_minute'],
          timeWindow: 60_000,
          // Per sending device, whatever address it comes from.
          keyGenerator: (req: FastifyRequest) =>
            req.relaySession
              ? Buffer.from(req.relaySession.senderTag).toString('hex')
              : addressKey(req.ip),
        },
      },
      schema: {
        body: {
          type: 'object',
          required: ['to', 'blob'],
          additionalProperties: false,
          properties: {
            to: { type: 'string', minLength: 43, maxLength: 43 },
            blob: { type: 'string', minLength: 1, maxLength: Math.ceil(blobBytes / 3) * 4 },
            ttlSeconds: { type: 'integer', minimum: 1 },
          },
        },
      },
    },
    async (req, reply) => {
      const session = sessionOf(req);
      const body = req.body as { to: string; blob: string; ttlSeconds?: number };
      if (!isRelayMailbox(body.to))
        throw new AppError('INVALID_ARGUMENT', 'to must be a mailbox (43 characters of base64url)');
      const blob = fromBase64('blob', body.blob, blobBytes);
      const ttl = body.ttlSeconds ?? config['limits.default_ttl_s'];
      if (ttl > config['limits.max_ttl_s'])
        throw new AppError(
          'INVALID_ARGUMENT',
          `ttlSeconds is at most ${config['limits.max_ttl_s']}`,
        );
      const at = now();
      const expiresAt = at + ttl * 1000;
      const { id } = await store.put({
        mailbox: body.to,
        senderTag: session.senderTag,
        body: blob,
        now: at,
        expiresAt,
        quotas,
      });
      const listeners = streams.get(body.to);
      if (listeners) {
        const frame = JSON.stringify({
          type: 'blob',
          ...wireBlob({ id, body: blob, storedAt: at, expiresAt }),
        });
        for (const socket of listeners)
          // A slow reader is not buffered without bound: it fetches what it missed.
          if (socket.bufferedAmount < 4 * blobBytes) socket.send(frame);
      }
      return ok(reply, { id, expiresAt }, 201);
    },
  );

  app.get(
    '/v1/blobs',
    {
      onRequest: authenticated,
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            after: { type: 'string', maxLength: 36 },
            limit: { type: 'string', pattern: '^[0-9]{1,4}$' },
          },
        },
      },
    },
    async (req, reply) => {
      const q = req.query as { after?: string; limit?: string };
      if (q.after !== undefined && !isUuidText(q.after))
        throw new AppError('INVALID_ARGUMENT', 'after must be a blob id');
      const limit = q.limit === undefined ? 100 : Number(q.limit);
      if (limit < 1 || limit > 1000)
        throw new AppError('INVALID_ARGUMENT', 'limit is from 1 to 1000');
      const blobs = await store.list({
        mailbox: sessionOf(req).mailbox,
        after: q.after,
        limit,
        maxBytes: LIST_BYTES,
        now: now(),
      });
      return ok(reply, { blobs: blobs.map(wireBlob) });
    },
  );

  app.post(
    '/v1/blobs/ack',
    {
      onRequest: authenticated,
      schema: {
        body: {
          type: 'object',
          required: ['ids', 'signature'],
          additionalProperties: false,
          properties: {
            ids: {
              type: 'array',
              minItems: 1,
              maxItems: MAX_ACK_IDS,
              items: { type: 'string', minLength: 36, maxLength: 36 },
            },
            signature: { type: 'string', minLength: 1, maxLength: 200 },
          },
        },
      },
    },
    async (req, reply) => {
      const session = sessionOf(req);
      const body = req.body as { ids: string[]; signature: string };
      if (!body.ids.every(isUuidText))
        throw new AppError('INVALID_ARGUMENT', 'ids are blob ids (lower-case UUIDs)');
      try {
        verifyRelayAck(
          session.signingKey,
          { server: options.publicUrl(), ids: body.ids },
          fromBase64('signature', body.signature, 128),
        );
      } catch (err) {
        throw fromNexusError(err, 'BAD_SIGNATURE');
      }
      const deleted = await store.delete(session.mailbox, body.ids, now());
      return ok(reply, { deleted });
    },
  );

  // --- TURN ------------------------------------------------------------------------

  app.post(
    '/v1/turn',
    { onRequest: authenticated, schema: { body: { type: 'object', maxProperties: 0 } } },
    async (_req, reply) => {
      if (config['turn.secret'] === '')
        throw new AppError('NOT_FOUND', 'this relay issues no TURN credentials');
      // The TURN server sees a random id, not who asked.
      const id = toBase64(crypto.getRandomValues(new Uint8Array(12))).replace(/[+/=]/g, '');
      const c = turnCredentials({
        secret: config['turn.secret'],
        id,
        ttlMs: config['turn.ttl_s'] * 1000,
        clock: { now },
      });
      return ok(reply, {
        urls: config['turn.urls'],
        username: c.username,
        credential: c.password,
        expiresAt: c.expiresAt,
      });
    },
  );

  // --- delivery stream ---------------------------------------------------------------

  const pendingPerAddress = config['limits.pending_streams_per_address'];
  app.get(
    '/v1/stream',
    {
      websocket: true,
      config: { rateLimit: false },
      // Before the upgrade: one address holds only so many streams that have not logged in.
      preValidation: async (req) => {
        if ((pendingByAddress.get(addressKey(req.ip)) ?? 0) >= pendingPerAddress)
          throw new AppError(
            'RATE_LIMITED',
            'too many streams from this address wait for their auth frame',
            config['limits.stream_auth_timeout_ms'],
          );
      },
    },
    (socket, req) => {
      if (shuttingDown()) {
        socket.close(STREAM_CLOSE.GOING_AWAY, 'shutting down');
        return;
      }
      // Counted as rate limits count it: an IPv6 client by its /64.
      const address = addressKey(req.ip);
      if ((pendingByAddress.get(address) ?? 0) >= pendingPerAddress) {
        socket.close(STREAM_CLOSE.TOO_MANY, 'too many streams wait for their auth frame');
        return;
      }
      // Full: the oldest waiting stream makes room. An honest device sends its
      // auth frame at once, so it is never the oldest for long.
      if (pending.size >= config['limits.pending_streams']) {
        const [oldest] = pending.keys();
        if (oldest) {
          dropPending(oldest);
          oldest.close(STREAM_CLOSE.TOO_MANY, 'too many streams wait for their auth frame');
        }
      }
      pending.set(socket, address);
      pendingByAddress.set(address, (pendingByAddress.get(address) ?? 0) + 1);
      let session: Session | null = null;
      let counted = false;
      const authTimer = setTimeout(
        () => socket.close(STREAM_CLOSE.UNAUTHORIZED, 'authenticate first'),
        config['limits.stream_auth_timeout_ms'],
      );
      let expiryTimer: NodeJS.Timeout | undefined;
      socket.on('message', (data: Buffer, isBinary: boolean) => {
        if (session !== null || !pending.has(socket)) return; // nothing else is asked over the stream
        let frame: { type?: unknown; token?: unknown };
        try {
          frame = isBinary ? {} : (JSON.parse(data.toString('utf8')) as typeof frame);
        } catch {
          frame = {};
        }
        try {
          if (frame.type !== 'auth' || typeof frame.token !== 'string') throw new Error('no auth');
          session = auth.authenticate(frame.token);
        } catch {
          socket.close(STREAM_CLOSE.UNAUTHORIZED, 'unauthorized');
          return;
        }
        clearTimeout(authTimer);
        dropPending(socket);
        if (streamCount >= config['limits.streams']) {
          socket.close(STREAM_CLOSE.TOO_MANY, 'too many streams');
          return;
        }
        streamCount++;
        counted = true;
        // A logged-in stream no longer counts against limits.pending_connections.
        guard.authenticated(req.socket);
        const s = session;
        expiryTimer = setTimeout(
          () => socket.close(STREAM_CLOSE.UNAUTHORIZED, 'the token expired'),
          Math.max(0, s.expiresAt - now()),
        );
        let set = streams.get(s.mailbox);
        if (!set) streams.set(s.mailbox, (set = new Set()));
        set.add(socket);
        // What is held now, then each new blob as it is left.
        void store
          .list({ mailbox: s.mailbox, limit: 1000, maxBytes: LIST_BYTES, now: now() })
          .then((held) => {
            outage.succeeded();
            for (const b of held) socket.send(JSON.stringify({ type: 'blob', ...wireBlob(b) }));
            socket.send(JSON.stringify({ type: 'ready', held: held.length }));
          })
          .catch((err: unknown) => {
            // The device reconnects. An outage is logged once (not per stream), a bug every time.
            if (outage.failed(err, 'listing held blobs for a stream'))
              socket.close(STREAM_CLOSE.TRY_AGAIN_LATER, 'the database is unavailable');
            else socket.close(1011, 'internal error');
          });
      });
      socket.on('close', () => {
        dropPending(socket);
        if (counted) streamCount--;
        clearTimeout(authTimer);
        clearTimeout(expiryTimer);
        if (session) {
          const set = streams.get(session.mailbox);
          set?.delete(socket);
          if (set?.size === 0) streams.delete(session.mailbox);
        }
      });
    },
  );

  return {
    app,
    auth,
    beginShutdown,
    outage,
    closeStreams: () => {
      for (const set of streams.values())
        for (const socket of set) socket.close(STREAM_CLOSE.GOING_AWAY, 'shutting down');
      for (const socket of [...pending.keys()])
        socket.close(STREAM_CLOSE.GOING_AWAY, 'shutting down');
    },
  };
}

/**
 * Bound what a connection costs before it proves anything (spec/relay.md
 * §4.6): a socket silent for `limits.idle_timeout_ms` (no request yet, or
 * between requests) is closed, a request must arrive whole within
 * `limits.request_timeout_ms`, one peer address (an IPv6 one by its /64)
 * holds at most `limits.connections_per_address` connections, and all
 * connections that are not logged-in delivery streams together at most
 * `limits.pending_connections` (logged-in streams leave that count, so
 * strangers cannot take the file handles devices need). Delivery streams
 * leave the HTTP server's timeouts when they upgrade (`ws` clears the socket
 * timeout); their own wait for `auth` is `limits.stream_auth_timeout_ms`.
 */
function limitConnections(app: FastifyInstance, config: Config): ConnectionGuard {
  const server = app.server;
  const idle = config['limits.idle_timeout_ms'];
  const request = config['limits.request_timeout_ms'];
  // Node's own defaults keep a silent socket for 60 s (headers) to 300 s (request),
  // checked every 30 s; Fastify sets no socket timeout at all.
  server.setTimeout(idle);
  // A socket that times out while its request is being answered (a slow
  // database) is left to the request's own bounds; an idle one is closed.
  const busy = new WeakMap<Socket, number>();
  app.addHook('onRequest', async (req) => {
    busy.set(req.raw.socket, (busy.get(req.raw.socket) ?? 0) + 1);
  });
  app.addHook('onResponse', async (req) => {
    busy.set(req.raw.socket, Math.max(0, (busy.get(req.raw.socket) ?? 1) - 1));
  });
  server.on('timeout', (socket: Socket) => {
    if ((busy.get(socket) ?? 0) === 0) socket.destroy();
  });
  server.requestTimeout = request;
  server.headersTimeout = Math.min(idle, request);
  server.keepAliveTimeout = Math.min(idle, 5000);
  // Read when the server starts listening: how often the two timeouts above are checked.
  (server as { connectionsCheckingInterval?: number }).connectionsCheckingInterval = Math.min(
    1000,
    idle,
  );
  const perAddress = config['limits.connections_per_address'];
  if (perAddress > 0) {
    const open = new Map<string, number>();
    server.on('connection', (socket: Socket) => {
      const address = addressKey(socket.remoteAddress ?? '');
      const n = (open.get(address) ?? 0) + 1;
      if (n > perAddress) {
        socket.destroy();
        return;
      }
      open.set(address, n);
      socket.once('close', () => {
        const left = (open.get(address) ?? 1) - 1;
        if (left === 0) open.delete(address);
        else open.set(address, left);
      });
    });
  }
  // After the per-address limit (a socket it closed is not counted here).
  return guardConnections(server, {
    requestTimeoutMs: Math.min(idle, request),
    perAddress: 0,
    total: config['limits.pending_connections'],
    onRefused: (reason, address) =>
      app.log.info({ reason, address }, 'connection refused or closed before a request'),
  });
}
