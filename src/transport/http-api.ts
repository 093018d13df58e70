/**
 * One call to a reference server's JSON API (community, relay): the
 * envelope `{ ok, data | error: { code, message } }` unwrapped, server error
 * codes mapped to the SDK's, network failures as `TRANSPORT`.
 */
import { NexusError, isErrorCode } from '../interfaces/errors.js';

/** Server error codes the SDK passes on as they are; the rest become `TRANSPORT`. */
const PASSED_ON = new Set([
  'MALFORMED',
  'INVALID_ARGUMENT',
  'NOT_FOUND',
  'NOT_PERMITTED',
  'REVOKED',
  'BAD_SIGNATURE',
  'EXPIRED',
  'UNKNOWN_ISSUER',
  'SUPERSEDED',
]);

/**
 * How long a rate-limited client waits when the server names no time: a
 * request or frame refused for want of tokens gets them back within a second
 * (spec/community.md §Rate limits).
 */
export const DEFAULT_RETRY_AFTER_MS = 1_000;

/** `Retry-After` (whole seconds, RFC 9110 §10.2.3) in milliseconds; the default when absent or a date. */
export function retryAfterOf(header: string | null): number {
  const seconds = header === null ? NaN : Number(header.trim());
  return Number.isFinite(seconds) && seconds >= 0
    ? Math.max(1, Math.round(seconds * 1000))
    : DEFAULT_RETRY_AFTER_MS;
}

/** The server's `RATE_LIMITED`: wait `retryAfterMs` here; another server is not limited. */
export function rateLimitedError(what: string, retryAfterMs: number, cause?: unknown): NexusError {
  return new NexusError(
    'RATE_LIMITED',
    `server: ${what} is rate-limited; retry after ${retryAfterMs} ms`,
    { cause, details: { retryAfterMs, retryElsewhere: true } },
  );
}

/** A server's error as the SDK reports it. */
export function serverError(code: string, message: string): NexusError {
  if (code === 'RATE_LIMITED') return rateLimitedError('the request', DEFAULT_RETRY_AFTER_MS);
  if (PASSED_ON.has(code) && isErrorCode(code)) return new NexusError(code, `server: ${message}`);
  const details = { serverCode: code };
  if (code === 'PAYLOAD_TOO_LARGE' || code === 'LIMIT' || code === 'CONFLICT')
    return new NexusError('INVALID_ARGUMENT', `server (${code}): ${message}`, { details });
  return new NexusError('TRANSPORT', `server (${code}): ${message}`, { details });
}

/**
 * Refuse to sign a login for a server that calls itself by another URL than
 * the one dialled. Logins are signed for the URL dialled, so that one cannot
 * be replayed at another server; such a server would refuse it as a bad
 * signature, which names neither URL.
 *
 * @throws NexusError `INVALID_ARGUMENT` naming both, with `details.serverUrl`.
 */
export function requireSameServer(dialled: string, claimed: unknown): void {
  if (claimed === dialled) return;
  const own = String(claimed);
  throw new NexusError(
    'INVALID_ARGUMENT',
    `the server at ${dialled} calls itself ${own}: logins are signed for the URL dialled, so connect with url ${JSON.stringify(own)}, or set the server's public URL (server.public_url) to ${dialled}`,
    { details: { serverUrl: own } },
  );
}

/**
 * In a browser page, a request the browser refused because the server does
 * not allow the page's origin (CORS) fails like an unreachable server: a
 * bare TypeError, the reason only in the console. Tell them apart: a
 * `no-cors` request, which CORS does not gate, still reaches a server that is
 * up. Null when that is not the case (not a page, same origin, or the server
 * is unreachable too).
 */
async function originRefused(
  fetchFn: typeof globalThis.fetch,
  request: { readonly url: string; readonly timeoutMs: number },
  cause: unknown,
): Promise<NexusError | null> {
  const page = (globalThis as { location?: { origin?: unknown } }).location?.origin;
  if (typeof page !== 'string' || !(cause instanceof TypeError)) return null;
  let server: string;
  try {
    server = new URL(request.url).origin;
  } catch {
    return null;
  }
  if (server === page) return null;
  try {
    await fetchFn(`${server}/healthz`, {
      mode: 'no-cors',
      signal: AbortSignal.timeout(request.timeoutMs),
    });
  } catch {
    return null;
  }
  return new NexusError(
    'NOT_PERMITTED',
    `the server at ${server} does not allow requests from this page's origin ${page} (CORS): add ${page} to the server's cors.origins (NEXUSLINK_CORS_ORIGINS)`,
    { cause, details: { retryElsewhere: false } },
  );
}

/** A call the server answered with `UNAUTHORIZED` (the login is gone); its message is the server's. */
export class Unauthorized extends Error {
  override readonly name = 'Unauthorized';
}

/**
 * `method url+path` with a JSON body and a bearer token.
 *
 * @throws Unauthorized when the server says `UNAUTHORIZED` and a token was
 *   sent; `RATE_LIMITED` (with `details.retryAfterMs` from `Retry-After`)
 *   for a 429 answer; NexusError (via {@link serverError}) for any other
 *   error answer, `TRANSPORT` when there is no answer or it is not the
 *   envelope, `NOT_PERMITTED` in a browser page whose origin the server's
 *   CORS settings do not allow.
 */
export async function callApi<T>(
  fetchFn: typeof globalThis.fetch,
  request: {
    readonly url: string;
    readonly method: string;
    readonly path: string;
    readonly body?: unknown;
    readonly token?: string | undefined;
    /** The `Authorization` header for the body's exact bytes (a signed request), instead of `token`. */
    readonly authorize?: ((body: Uint8Array) => Promise<string>) | undefined;
    /** A body of bytes (a document) instead of JSON `body`. */
    readonly raw?: { readonly bytes: Uint8Array; readonly contentType: string } | undefined;
    readonly timeoutMs: number;
  },
): Promise<T> {
  const { method, path, body, token, raw } = request;
  const headers: Record<string, string> = {};
  const sent =
    raw !== undefined
      ? raw.bytes
      : body === undefined
        ? undefined
        : new TextEncoder().encode(JSON.stringify(body));
  if (sent !== undefined) headers['content-type'] = raw?.contentType ?? 'application/json';
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  if (request.authorize) headers.authorization = await request.authorize(sent ?? new Uint8Array(0));
  let response: Response;
  try {
    response = await fetchFn(request.url + path, {
      method,
      headers,
      ...(sent === undefined ? {} : { body: sent as Uint8Array<ArrayBuffer> }),
      signal: AbortSignal.timeout(request.timeoutMs),
    });
  } catch (cause) {
    throw (
      (await originRefused(fetchFn, request, cause)) ??
      new NexusError('TRANSPORT', `the server did not answer ${method} ${path}`, { cause })
    );
  }
  // A 429 is the server's RATE_LIMITED whatever its body says (a proxy's page, say).
  if (response.status === 429)
    throw rateLimitedError(`${method} ${path}`, retryAfterOf(response.headers.get('retry-after')));
  let envelope: { ok?: boolean; data?: T; error?: { code?: string; message?: string } };
  try {
    envelope = (await response.json()) as typeof envelope;
  } catch (cause) {
    throw new NexusError('TRANSPORT', `the server's answer to ${method} ${path} is not JSON`, {
      cause,
    });
  }
  if (envelope.ok === true) return envelope.data as T;
  const code = envelope.error?.code ?? 'INTERNAL';
  const message = envelope.error?.message ?? `HTTP ${response.status}`;
  if (code === 'UNAUTHORIZED' && token !== undefined) throw new Unauthorized(message);
  throw serverError(code, message);
}
