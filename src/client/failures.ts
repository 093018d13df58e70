/**
 * Failures the client catches: each reaches the app as an `error` event with
 * its code and where it happened, or is retried with a bound and then
 * reported (issue 16, item 6; spec/client.md §6).
 */
import { NexusError } from '../interfaces/errors.js';

/** Consecutive storage failures of one loop retried quickly before the app hears of them. */
export const STORAGE_RETRIES = 3;
/** After that, a failing storage is tried again at most this often (it is not fixed in milliseconds). */
export const STORAGE_PAUSE_MS = 5_000;
/**
 * How long an unreachable network (`TRANSPORT`: not connected, the peer or
 * directory offline) is retried quietly before it is reported: being offline
 * for a moment is normal, and the outbox keeps every envelope meanwhile.
 */
export const TRANSPORT_QUIET_MS = 60_000;

/**
 * `err` as a `NexusError` whose message says where it happened; its code,
 * details and the original (as `cause`) are kept. An error that is not a
 * `NexusError` (a bug in an adapter) becomes `fallback`.
 */
export function inContext(
  err: unknown,
  where: string,
  fallback: 'STORAGE' | 'TRANSPORT' = 'TRANSPORT',
): NexusError {
  if (NexusError.is(err))
    return new NexusError(err.code, `${where}: ${err.message}`, {
      cause: err,
      details: err.details,
    });
  return new NexusError(fallback, `${where}: an unexpected failure`, { cause: err });
}

/**
 * The consecutive failures of one loop (receiving on a transport, the
 * outbox, the directory). `fail` says whether this one is to be reported
 * now: a storage failure on the {@link STORAGE_RETRIES}th in a row, a
 * `TRANSPORT` one once they have lasted {@link TRANSPORT_QUIET_MS}, anything
 * else at once; each code once until the loop succeeds again.
 */
export class FailureStreak {
  #count = 0;
  #since = 0;
  readonly #reported = new Set<string>();

  /** How many failures in a row. */
  get count(): number {
    return this.#count;
  }

  /** Count a failure; true when it is to be reported now. */
  fail(error: NexusError): boolean {
    const now = Date.now(); // real time: retries wait on timers, not on the client's clock
    if (this.#count === 0) this.#since = now;
    this.#count++;
    if (this.#reported.has(error.code)) return false;
    const due =
      error.code === 'STORAGE'
        ? this.#count >= STORAGE_RETRIES
        : error.code === 'TRANSPORT'
          ? now - this.#since >= TRANSPORT_QUIET_MS
          : true;
    if (due) this.#reported.add(error.code);
    return due;
  }

  /** The loop worked: the next failure starts a new streak. */
  succeed(): void {
    this.#count = 0;
    this.#reported.clear();
  }
}
