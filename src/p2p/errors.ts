/**
 * The p2p transport's `TRANSPORT` errors: every one of them concerns this
 * path to the device (not running, not reachable now, no answer), so each
 * says that another transport may succeed (`details.retryElsewhere`).
 */
import { NexusError } from '../interfaces/errors.js';

/** `TRANSPORT` with `retryElsewhere: true`: a community server or relay may still reach the device. */
export function pathError(message: string, cause?: unknown): NexusError {
  return new NexusError('TRANSPORT', message, {
    ...(cause === undefined ? {} : { cause }),
    details: { retryElsewhere: true },
  });
}
