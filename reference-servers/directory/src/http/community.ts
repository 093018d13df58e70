/** A listing as every route shows it (spec/directory.md §2.2). */
import { toBase64 } from '@nexuslink/server-kit';
import type { Community } from '../store.ts';

/**
 * A listing as the API shows it; `official` is the directory's own
 * community server's origin (`official.endpoint`), whose listing is marked.
 */
export function wireCommunity(c: Community, official = '') {
  return {
    id: c.id,
    owner: c.owner,
    name: c.name,
    description: c.description,
    tags: [...c.tags],
    language: c.language,
    endpoint: c.endpoint,
    serverKey: Buffer.from(c.serverKey).toString('hex'),
    revision: c.revision,
    registration: toBase64(c.registration),
    memberCount: c.memberCount,
    status: c.status,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    lastActiveAt: c.lastActiveAt,
    health: c.health,
    official: official !== '' && c.endpoint === official,
  };
}
