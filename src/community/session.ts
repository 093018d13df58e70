/** A kept community login (`CommunityClient.session()`), checked before it is used again. */
import { NexusError } from '../interfaces/errors.js';
import type { CommunitySession } from './types.js';

/**
 * A copy of `session` when it has the form `CommunityClient.session()` gives.
 *
 * @throws NexusError `INVALID_ARGUMENT` otherwise.
 */
export function checkSession(session: unknown): CommunitySession {
  const s = session as Partial<CommunitySession> | null;
  if (
    typeof s !== 'object' ||
    s === null ||
    typeof s.accessToken !== 'string' ||
    typeof s.refreshToken !== 'string' ||
    !Number.isSafeInteger(s.accessExpiresAt) ||
    !Number.isSafeInteger(s.refreshExpiresAt)
  )
    throw new NexusError(
      'INVALID_ARGUMENT',
      'session must be what CommunityClient.session() returned',
    );
  return {
    accessToken: s.accessToken,
    accessExpiresAt: s.accessExpiresAt!,
    refreshToken: s.refreshToken,
    refreshExpiresAt: s.refreshExpiresAt!,
  };
}
