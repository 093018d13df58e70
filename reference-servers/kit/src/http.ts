/**
 * The HTTP base every reference server starts from: Fastify with the
 * envelope `{ ok, data | error: { code, message } }` on every response
 * (errors included: bad JSON, a schema violation, an oversized body, an
 * unknown route, a rate limit), a request id (taken from `X-Request-Id`
 * when it is sane, else a new UUIDv7) on every log line and response, CORS,
 * security headers, a global rate limit, and `GET /healthz` / `GET /readyz`.
 */
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyReply, FastifyServerOptions } from 'fastify';
import { AppError } from './errors.ts';
import { uuidv7 } from './ids.ts';

/** Options of {@link createServerApp}. */
export interface ServerAppOptions {
  /** Pino options, or false for no logs. */
  readonly logger?: FastifyServerOptions['logger'];
  /** Largest request body, in bytes. */
  readonly bodyLimit: number;
  /** Take the client address from X-Forwarded-For. */
  readonly trustProxy: boolean;
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
}

/** A server's Fastify app and its shutdown switch. */
export interface ServerApp {
  readonly app: FastifyInstance;
  /** True once a shutdown began: `/readyz` answers 503, servers refuse new streams. */
  readonly shuttingDown: () => boolean;
  /** Report not ready: the first step of a graceful shutdown. */
  beginShutdown(): void;
}

/** `{ ok: true, data }` with `status`. */
export function ok(reply: FastifyReply, data: unknown, status = 200): FastifyReply {
  return reply.code(status).send({ ok: true, data });
}

/** The base app (not listening): plugins, error envelope, health routes. */
export async function createServerApp(options: ServerAppOptions): Promise<ServerApp> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit,
    trustProxy: options.trustProxy,
    // genReqId reads X-Request-Id itself, to keep only sane ones.
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : uuidv7();
    },
    ...(options.https ? { https: { ...options.https, minVersion: 'TLSv1.2' as const } } : {}),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
  }) as unknown as FastifyInstance;
  let shuttingDown = false;

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
    origin: options.corsOrigins.length > 0 ? [...options.corsOrigins] : false,
    methods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'x-request-id'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  });
  await app.register(rateLimit, {
    global: true,
    max: options.ratePerMinute,
    timeWindow: 60_000,
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
      else {
        req.log.error({ err: error }, 'request failed');
        e = new AppError('INTERNAL', 'internal error');
      }
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

  app.get('/healthz', { config: { rateLimit: false } }, async (_req, reply) =>
    ok(reply, { status: 'ok' }),
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
