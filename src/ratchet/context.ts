/**
 * The checks every session function makes of its first and last arguments:
 * this device and the context (stores, clock, randomness), so that a wrong
 * one is an INVALID_ARGUMENT saying what it should be, not a TypeError from
 * deep inside.
 */
import { NexusError } from '../interfaces/errors.js';
import type { ProtocolStores } from '../interfaces/sessions.js';
import { checkClock, checkRandom } from '../interfaces/guards.js';

/** Throw `INVALID_ARGUMENT` unless `ctx` holds the four stores, and a clock and randomness of the right shape when given. */
export function checkContext(ctx: unknown): void {
  const c = (typeof ctx === 'object' && ctx !== null ? ctx : {}) as {
    stores?: Partial<ProtocolStores>;
    clock?: unknown;
    random?: unknown;
  };
  const s = c.stores;
  if (typeof s !== 'object' || !s?.sessions || !s.preKeys || !s.senderKeys || !s.identities)
    throw new NexusError(
      'INVALID_ARGUMENT',
      'the context must be { stores } holding sessions, preKeys, senderKeys and identities (memoryProtocolStores(), storageProtocolStores(storage), transactionStores(tx))',
    );
  checkClock(c.clock);
  checkRandom(c.random);
}

/** Throw `INVALID_ARGUMENT` unless `local` (the argument `what`) is this device as the SDK makes it. */
export function checkLocal(local: unknown, what = 'local'): void {
  const l = local as { deviceId?: unknown; identityKey?: unknown; signer?: unknown } | null;
  if (
    typeof l !== 'object' ||
    l === null ||
    !(l.deviceId instanceof Uint8Array) ||
    !(l.identityKey instanceof Uint8Array) ||
    typeof l.signer !== 'object' ||
    l.signer === null
  )
    throw new NexusError(
      'INVALID_ARGUMENT',
      `${what} must be this device (a LocalDevice: localDevice(), createDevice(), loadDevice())`,
    );
}
