/**
 * The server's errors: a stable code (spec/community.md §6), the HTTP status
 * it maps to, and a message for people that never holds a secret. Every
 * response carries the envelope `{ ok, data | error: { code, message } }`.
 */
import { NexusError } from '@nexuslink/sdk';
import { isDatabaseUnavailable, UNAVAILABLE_RETRY_MS } from './unavailable.ts';

export const ERROR_STATUS = {
  INVALID_ARGUMENT: 400,
  MALFORMED: 400,
  // 400 as every other bad body (the code tells which); not 413.
  PAYLOAD_TOO_LARGE: 400,
  UNAUTHORIZED: 401,
  BAD_SIGNATURE: 401,
  EXPIRED: 401,
  REVOKED: 401,
  UNKNOWN_ISSUER: 401,
  SUPERSEDED: 409,
  NOT_PERMITTED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LIMIT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type AppErrorCode = keyof typeof ERROR_STATUS;

/** An error a client sees as `{ code, message }` with the matching HTTP status. */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly status: number;
  readonly code: AppErrorCode;
  readonly retryAfterMs: number | undefined;
  /**
   * @param cause what went wrong inside (an `INTERNAL` error's bug, for the
   *   log); never sent to the client.
   */
  constructor(code: AppErrorCode, message: string, retryAfterMs?: number, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.retryAfterMs = retryAfterMs;
  }
}

/** `UNAVAILABLE` (503, `Retry-After`) for a database that cannot be reached; `cause` is kept for the log. */
export function databaseUnavailable(cause?: unknown): AppError {
  return new AppError(
    'UNAVAILABLE',
    'the database is unavailable: try again later',
    UNAVAILABLE_RETRY_MS,
    cause,
  );
}

/**
 * An error as the client should see it: an `AppError` as it is; an SDK
 * error with its code (when the server uses it, else `fallback`); a
 * database outage as `UNAVAILABLE` ({@link isDatabaseUnavailable}); anything
 * else as `INTERNAL`, with the original error kept as `cause` for the log.
 */
export function fromNexusError(
  err: unknown,
  fallback: AppErrorCode = 'INVALID_ARGUMENT',
): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof NexusError) {
    const code = (err.code in ERROR_STATUS ? err.code : fallback) as AppErrorCode;
    return new AppError(code, err.message);
  }
  if (isDatabaseUnavailable(err)) return databaseUnavailable(err);
  return new AppError('INTERNAL', 'internal error', undefined, err);
}
