/**
 * Time-limited TURN credentials (the "TURN REST API" scheme coturn checks
 * with `use-auth-secret`): the relay server that shares a secret with the
 * TURN server hands them out to devices it has authenticated; the TURN
 * server checks them without a database. spec/p2p.md §5.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { base64 } from '@scure/base';
import { NexusError } from '../interfaces/errors.js';
import type { Clock } from '../interfaces/runtime.js';

/** Default lifetime of TURN credentials: one day. */
export const TURN_CREDENTIAL_TTL_MS = 24 * 60 * 60 * 1000;

/** Options of {@link turnCredentials}. */
export interface TurnCredentialOptions {
  /** The secret shared with the TURN server (`static-auth-secret`), at least 16 bytes. */
  readonly secret: Uint8Array | string;
  /** Who they are for, as the TURN server logs it (no `:`; at most 128 characters). */
  readonly id: string;
  /** Lifetime in ms (default one day, at most 30 days). */
  readonly ttlMs?: number;
  readonly clock?: Clock;
}

/** A TURN username and password, valid until `expiresAt`. */
export interface TurnCredentials {
  /** `<expiry in Unix seconds>:<id>`. */
  readonly username: string;
  /** base64(HMAC-SHA1(secret, username)). */
  readonly password: string;
  /** ms since the epoch. */
  readonly expiresAt: number;
}

/**
 * TURN credentials for `id`: username `<expiry>:<id>` (Unix seconds), password
 * `base64(HMAC-SHA1(secret, username))`.
 *
 * @throws NexusError `INVALID_ARGUMENT` for a short secret, a bad id or lifetime.
 */
export function turnCredentials(options: TurnCredentialOptions): TurnCredentials {
  const secret =
    typeof options.secret === 'string' ? new TextEncoder().encode(options.secret) : options.secret;
  if (!(secret instanceof Uint8Array) || secret.length < 16)
    throw new NexusError('INVALID_ARGUMENT', 'the TURN secret is at least 16 bytes');
  if (typeof options.id !== 'string' || !/^[A-Za-z0-9._~@+-]{1,128}$/.test(options.id))
    throw new NexusError(
      'INVALID_ARGUMENT',
      'a TURN credential id is 1 to 128 characters of A-Z a-z 0-9 . _ ~ @ + -',
    );
  const ttl = options.ttlMs ?? TURN_CREDENTIAL_TTL_MS;
  if (!Number.isSafeInteger(ttl) || ttl < 1000 || ttl > 30 * TURN_CREDENTIAL_TTL_MS)
    throw new NexusError('INVALID_ARGUMENT', 'the lifetime is 1 s to 30 days');
  const now = (options.clock ?? { now: () => Date.now() }).now();
  const expiry = Math.floor((now + ttl) / 1000);
  const username = `${expiry}:${options.id}`;
  const password = base64.encode(hmac(sha1, secret, new TextEncoder().encode(username)));
  return { username, password, expiresAt: expiry * 1000 };
}
