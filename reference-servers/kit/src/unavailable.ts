/**
 * Which errors mean "the database cannot be reached right now" rather than
 * "this request or this code is wrong": a client that gets one should retry
 * later (503 `UNAVAILABLE` with `Retry-After`), and no request is to blame.
 */

/** How long a client is told to wait after a database outage (`Retry-After`). */
export const UNAVAILABLE_RETRY_MS = 5_000;

// Socket errors of a connection to PostgreSQL that could not be made or was lost.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// PostgreSQL SQLSTATEs of a server that is going away, starting or full:
// 57P01 admin_shutdown (pg_terminate_backend, a fast shutdown), 57P02
// crash_shutdown, 57P03 cannot_connect_now (starting up), 53300
// too_many_connections; class 08 is every connection exception.
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

// pg and pg-pool report a lost connection or a full pool with plain Errors.
const PG_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end on the pool',
];

// node:sqlite: SQLITE_BUSY (5) and SQLITE_LOCKED (6), after busy_timeout ran out.
const SQLITE_BUSY = new Set([5, 6]);

/**
 * True when `err` (or an error it wraps as `cause`) says the database is
 * unreachable, shutting down, out of connections or busy: PostgreSQL
 * refused or lost the connection, the pool timed out, the backend was
 * terminated (57P01), SQLite stayed locked (SQLITE_BUSY), or the server
 * already closed its database (a request caught by a shutdown).
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  let e: unknown = err;
  // A cause chain is short; the bound only guards against a cycle.
  for (let depth = 0; e instanceof Error && depth < 5; depth++) {
    const { code, errcode, message } = e as Error & { code?: unknown; errcode?: unknown };
    if (typeof code === 'string') {
      if (NETWORK_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))
        return true;
      if (code === 'ERR_DATABASE_CLOSED') return true;
      if (code === 'ERR_SQLITE_ERROR' && typeof errcode === 'number' && SQLITE_BUSY.has(errcode))
        return true;
    }
    if (PG_MESSAGES.some((m) => message.startsWith(m))) return true;
    // A refused connection to every address of a host comes as an AggregateError.
    if (e instanceof AggregateError && e.errors.some((inner) => isDatabaseUnavailable(inner)))
      return true;
    e = e.cause;
  }
  return false;
}

/** What {@link outageLog} logs with (a pino or Fastify logger will do). */
export interface OutageLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

/** What {@link outageLog} gives back. */
export interface OutageLog {
  /**
   * A background task or a stream failed with `err` (`what` names it). A
   * database outage is logged at `warn` once, when it begins; the same
   * outage seen again (by any task) is not logged again. Anything else is a
   * bug: logged at `error` every time.
   *
   * @returns true when `err` is a database outage.
   */
  failed(err: unknown, what: string): boolean;
  /** A database call succeeded: an outage in progress is over (logged at `info`). */
  succeeded(): void;
  /** True while an outage is in progress. */
  readonly down: boolean;
}

/**
 * One log line per database outage, not one per request or per tick: an
 * outage is an operational condition the operator acts on once (the
 * clients are told `UNAVAILABLE` and retry), and a line per failed call
 * would bury everything else in the log while it lasts.
 */
export function outageLog(log: OutageLogger): OutageLog {
  let down = false;
  return {
    failed(err, what) {
      if (!isDatabaseUnavailable(err)) {
        log.error({ err }, `${what} failed`);
        return false;
      }
      if (!down) {
        down = true;
        log.warn({ err, during: what }, 'database unavailable');
      }
      return true;
    },
    succeeded() {
      if (!down) return;
      down = false;
      log.info({}, 'database reachable again');
    },
    get down() {
      return down;
    },
  };
}
