/**
 * The relay's HTTP API and delivery stream (spec/relay.md §4), on the kit's
 * base app (envelope, request ids, CORS, security headers, rate limits,
 * health). `buildRelayApp` makes the app without listening, so tests drive
 * it with `app.inject`; `main.ts` listens.
 */
import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest, FastifyServerOptions } from 'fastify';
import { isRelayMailbox, MAX_ACK_IDS, turnCredentials, verifyRelayAck } from '@nexuslink/sdk';
import {
  AppError,
  createServerApp,
  fromBase64,
  fromNexusError,
  isUuidText,
  ok,
  toBase64,
} from '@nexuslink/server-kit';
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
  /** No valid `auth` message in time, or the token expired. */
  UNAUTHORIZED: 4001,
  /** The relay has too many streams open. */
  TOO_MANY: 4008,
} as const;

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
  await app.register(websocket, { options: { maxPayload: 4096 } });
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
  };

  /** Open delivery streams by mailbox. */
  const streams = new Map<string, Set<WebSocket>>();
  let streamCount = 0;

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
            req.relaySession ? Buffer.from(req.relaySession.senderTag).toString('hex') : req.ip,
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
      const deleted = await store.delete(session.mailbox, body.ids);
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

  app.get('/v1/stream', { websocket: true, config: { rateLimit: false } }, (socket) => {
    if (shuttingDown()) {
      socket.close(STREAM_CLOSE.GOING_AWAY, 'shutting down');
      return;
    }
    if (streamCount >= config['limits.streams']) {
      socket.close(STREAM_CLOSE.TOO_MANY, 'too many streams');
      return;
    }
    streamCount++;
    let session: Session | null = null;
    const authTimer = setTimeout(
      () => socket.close(STREAM_CLOSE.UNAUTHORIZED, 'authenticate first'),
      10_000,
    );
    let expiryTimer: NodeJS.Timeout | undefined;
    socket.on('message', (data: Buffer, isBinary: boolean) => {
      if (session !== null) return; // nothing else is asked over the stream
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
          for (const b of held) socket.send(JSON.stringify({ type: 'blob', ...wireBlob(b) }));
          socket.send(JSON.stringify({ type: 'ready', held: held.length }));
        })
        .catch(() => socket.close(1011, 'internal error'));
    });
    socket.on('close', () => {
      streamCount--;
      clearTimeout(authTimer);
      clearTimeout(expiryTimer);
      if (session) {
        const set = streams.get(session.mailbox);
        set?.delete(socket);
        if (set?.size === 0) streams.delete(session.mailbox);
      }
    });
  });

  return {
    app,
    auth,
    beginShutdown,
    closeStreams: () => {
      for (const set of streams.values())
        for (const socket of set) socket.close(STREAM_CLOSE.GOING_AWAY, 'shutting down');
    },
  };
}
