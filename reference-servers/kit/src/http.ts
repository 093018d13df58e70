/**
 * The HTTP base every reference server starts from: Fastify with the
 * envelope `{ ok, data | error: { code, message } }` on every response
 * (errors included: bad JSON, a schema violation, an oversized body, an
 * unknown route, a rate limit), a request id (taken from `X-Request-Id`
 * when it is sane, else a new UUIDv7) on every log line and response, CORS,
 * security headers, a global rate limit, and `GET /healthz` / `GET /readyz`.
 *
 * Errors are logged by whose fault they are: a client's (4xx, a malformed
 * or oversized WebSocket frame, a reset connection) at `info`, a database
 * outage (503) at `warn`, a bug (500) at `error`.
 */
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifyServerOptions,
} from 'fastify';
import { addressKey } from './address.ts';
import { AppError, databaseUnavailable } from './errors.ts';
import { uuidv7 } from './ids.ts';
import { isDatabaseUnavailable } from './unavailable.ts';

/** Options of {@link createServerApp}. */
export interface ServerAppOptions {
  /** Pino options, or false for no logs. */
  readonly logger?: FastifyServerOptions['logger'];
  /** Largest request body, in bytes. */
  readonly bodyLimit: number;
  /**
   * Proxies whose `X-Forwarded-For` is believed: IP addresses and CIDR
   * blocks (`server.trust_proxy`). Only when the peer is one of them is the
   * header read, and the client address is its rightmost hop that is not
   * one of them; empty: the header is ignored and the peer is the client.
   */
  readonly trustProxy: readonly string[];
  /** Serve HTTPS (TLS 1.2 minimum) with this certificate chain and key. */
  readonly https?: { readonly cert: Buffer; readonly key: Buffer } | null;
  /** Browser origins allowed to call the API (none when empty). */
  readonly corsOrigins: readonly string[];
  /** Requests per client address per minute (routes may set their own). */
  readonly ratePerMinute: number;
  /** Answers when the server can serve (e.g. its database answers); throws when not. */
  readonly ready: () => Promise<void>;
  /** Maps a server's own error types to an `AppError` (undefined: not one of them). */
  readonly mapError?: (error: Error) => AppError | undefined;
  /**
   * Registers plugins that must see every route, the base ones included
   * (an OpenAPI generator): run before any route is added.
   */
  readonly first?: (app: FastifyInstance) => Promise<void>;
}

/** A server's Fastify app and its shutdown switch. */
export interface ServerApp {
  readonly app: FastifyInstance;
  /** True once a shutdown began: `/readyz` answers 503, servers refuse new streams. */
  readonly shuttingDown: () => boolean;
  /** Report not ready: the first step of a graceful shutdown. */
  beginShutdown(): void;
}

/** The token of `Authorization: Bearer <token>`, or undefined when the request carries none. */
export function bearerToken(req: FastifyRequest): string | undefined {
  const header = req.headers.authorization;
  return typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : undefined;
}

/** `{ ok: true, data }` with `status`. */
export function ok(reply: FastifyReply, data: unknown, status = 200): FastifyReply {
  return reply.code(status).send({ ok: true, data });
}

/**
 * Whether a browser origin may call the API, by the `cors.origins` entries:
 * an exact origin (`https://chat.example`), a port wildcard
 * (`http://localhost:*`: that scheme and host, any port or none), or `*`
 * (any origin). Returns what @fastify/cors takes: false for none.
 */
export function originMatcher(
  entries: readonly string[],
): false | ((origin: string | undefined, cb: (err: null, allow: boolean) => void) => void) {
  if (entries.length === 0) return false;
  const any = entries.includes('*');
  const exact = new Set(entries.filter((e) => !e.endsWith(':*')));
  const hosts = entries.filter((e) => e.endsWith(':*')).map((e) => e.slice(0, -2));
  return (origin, cb) => {
    if (origin === undefined) return cb(null, false);
    if (any || exact.has(origin)) return cb(null, true);
    // `http://localhost:*` matches http://localhost and http://localhost:<port>.
    const m = /^(.*?)(?::(\d{1,5}))?$/.exec(origin);
    cb(null, m !== null && hosts.includes(m[1]!));
  };
}

/**
 * True for an error that a client caused on its connection: a WebSocket
 * protocol violation (`ws` codes `WS_ERR_*`: an oversized frame, a bad
 * opcode, unmasked data, bad UTF-8) or a connection it dropped.
 */
export function isClientConnectionFault(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' &&
    (code.startsWith('WS_ERR_') || code === 'ECONNRESET' || code === 'EPIPE')
  );
}

/**
 * The request logger, with client faults sent to `info`: @fastify/websocket
 * logs every error of an upgraded socket (an oversized frame included) with
 * `request.log.error`, and a client's fault is not the server's error.
 */
function clientFaultsAtInfo(log: FastifyBaseLogger): FastifyBaseLogger {
  const wrapped = Object.create(log) as FastifyBaseLogger;
  wrapped.error = function (this: FastifyBaseLogger, ...args: unknown[]) {
    const first = args[0] as { err?: unknown } | undefined;
    if (isClientConnectionFault(first) || isClientConnectionFault(first?.err))
      return (log.info as (...a: unknown[]) => void).apply(this, args);
    return (log.error as (...a: unknown[]) => void).apply(this, args);
  } as FastifyBaseLogger['error'];
  wrapped.child = (...args: Parameters<FastifyBaseLogger['child']>) =>
    clientFaultsAtInfo(log.child(...args));
  return wrapped;
}

/** The base app (not listening): plugins, error envelope, health routes. */
export async function createServerApp(options: ServerAppOptions): Promise<ServerApp> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit,
    // Never `true`: any client could then claim any address and slip past
    // the per-address limits and lockouts.
    trustProxy: options.trustProxy.length > 0 ? [...options.trustProxy] : false,
    childLoggerFactory: (logger, bindings, childOptions, rawReq) => {
      const child = logger.child(bindings, childOptions);
      return rawReq.headers.upgrade?.toLowerCase() === 'websocket'
        ? clientFaultsAtInfo(child)
        : child;
    },
    // genReqId reads X-Request-Id itself, to keep only sane ones.
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : uuidv7();
    },
    ...(options.https ? { https: { ...options.https, minVersion: 'TLSv1.2' as const } } : {}),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
    // A URL that does not decode (a lone surrogate in percent-encoding) or
    // an over-long path parameter: the client's fault, in the same envelope.
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: (error, _req, reply: FastifyReply) => {
      void reply.code(400).send({
        ok: false,
        error: {
          code: 'INVALID_ARGUMENT',
          message: error.code === 'FST_ERR_BAD_URL' ? 'the URL does not decode' : error.message,
        },
      });
    },
  }) as unknown as FastifyInstance;
  let shuttingDown = false;
  await options.first?.(app);

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  await app.register(helmet, {
    // An API: nothing here is a page to render or frame.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    },
    frameguard: { action: 'deny' },
    hsts: options.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  await app.register(cors, {
    origin: originMatcher(options.corsOrigins),
    methods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'x-request-id'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  });
  await app.register(rateLimit, {
    global: true,
    max: options.ratePerMinute,
    timeWindow: 60_000,
    keyGenerator: (req) => addressKey(req.ip),
    errorResponseBuilder: (_req, context) =>
      Object.assign(new AppError('RATE_LIMITED', 'too many requests', context.ttl), {
        statusCode: 429,
      }),
  });

  app.setErrorHandler(
    (error: Error & { code?: string; statusCode?: number; validation?: unknown }, req, reply) => {
      let e: AppError;
      const mapped = error instanceof AppError ? error : options.mapError?.(error);
      if (mapped) e = mapped;
      else if (error.validation) e = new AppError('INVALID_ARGUMENT', error.message);
      else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        e = new AppError('PAYLOAD_TOO_LARGE', `the body is over ${options.bodyLimit} bytes`);
      else if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
        e = new AppError('INVALID_ARGUMENT', 'the body must be application/json');
      else if (
        error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
        error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
        error instanceof SyntaxError
      )
        e = new AppError('MALFORMED', 'the body is not valid JSON');
      else if (error.statusCode === 429) e = new AppError('RATE_LIMITED', 'too many requests');
      else if (
        typeof error.statusCode === 'number' &&
        error.statusCode >= 400 &&
        error.statusCode < 500
      )
        e = new AppError('INVALID_ARGUMENT', error.message);
      else if (isDatabaseUnavailable(error)) e = databaseUnavailable(error);
      else e = new AppError('INTERNAL', 'internal error', undefined, error);
      // Whose fault: a bug is an error; an outage a warning (the operator
      // acts, the client retries); a client's mistake is information.
      if (e.code === 'INTERNAL') req.log.error({ err: e.cause ?? error }, 'request failed');
      else if (e.code === 'UNAVAILABLE' && e.cause !== undefined)
        req.log.warn({ err: e.cause, code: e.code }, 'database unavailable');
      else req.log.info({ code: e.code, status: e.status }, 'request refused');
      if (e.retryAfterMs !== undefined)
        reply.header('retry-after', Math.ceil(e.retryAfterMs / 1000));
      void reply.code(e.status).send({ ok: false, error: { code: e.code, message: e.message } });
    },
  );
  app.setNotFoundHandler((req, reply) => {
    void reply.code(404).send({
      ok: false,
      error: { code: 'NOT_FOUND', message: `no route ${req.method} ${req.url.split('?')[0]}` },
    });
  });

  // Readable by a page of any origin without CORS (`no-cors`): the SDK's
  // client tells a page its origin is not allowed, rather than that the
  // server is down, by reaching this (src/transport/http-api.ts). It says
  // nothing but that the server is up.
  app.get('/healthz', { config: { rateLimit: false } }, async (_req, reply) =>
    ok(reply.header('cross-origin-resource-policy', 'cross-origin'), { status: 'ok' }),
  );
  app.get('/readyz', { config: { rateLimit: false } }, async (_req, reply) => {
    if (shuttingDown) throw new AppError('UNAVAILABLE', 'shutting down');
    try {
      await options.ready();
    } catch (err) {
      throw err instanceof AppError
        ? err
        : new AppError('UNAVAILABLE', 'the database does not answer');
    }
    return ok(reply, { status: 'ready' });
  });
  app.addHook('onClose', async () => {
    shuttingDown = true;
  });
  return {
    app,
    shuttingDown: () => shuttingDown,
    beginShutdown: () => {
      shuttingDown = true;
    },
  };
}
