/**
 * Who may see and change a channel, for the channel route groups: a private
 * channel exists only for its members and those invited to it, and each
 * change needs a role in the channel (spec/community.md §4, Channels).
 */
import { AppError, isUuidText } from '@nexuslink/server-kit';
import type { Channel, ChannelRole, Repository } from '../repository.ts';
import { MEMBER_UUID } from './fields.ts';

/** The channel `id`: INVALID_ARGUMENT when it is no UUID, NOT_FOUND when there is none. */
export async function channelOr404(repo: Repository, id: string): Promise<Channel> {
  if (!isUuidText(id)) throw new AppError('INVALID_ARGUMENT', 'a channel id is a UUID');
  const c = await repo.channel(id);
  if (!c) throw new AppError('NOT_FOUND', 'no such channel');
  return c;
}

/**
 * The channel and the caller's role in it (null: not a member). A private
 * channel exists only for its members and those invited to it: for anyone
 * else every route answers NOT_FOUND, as for a channel that does not exist.
 */
export async function visibleChannel(
  repo: Repository,
  id: string,
  uuid: string,
): Promise<{ c: Channel; role: ChannelRole | null }> {
  const c = await channelOr404(repo, id);
  const role = (await repo.channelRole(c.id, uuid)) ?? null;
  if (c.visibility === 'private' && role === null && !(await repo.invited(c.id, uuid)))
    throw new AppError('NOT_FOUND', 'no such channel');
  return { c, role };
}

/** `role` when it is one of `allowed`, else NOT_PERMITTED. */
export function requireRole(
  role: ChannelRole | null,
  allowed: readonly ChannelRole[],
): ChannelRole {
  if (!role || !allowed.includes(role))
    throw new AppError(
      'NOT_PERMITTED',
      `this needs the role ${allowed.join(' or ')} in the channel`,
    );
  return role;
}

/** A member UUID in a path: refused before it reaches a query. */
export function memberParam(uuid: string): string {
  if (!MEMBER_UUID.test(uuid)) throw new AppError('INVALID_ARGUMENT', 'not a UUID');
  return uuid;
}

/** Audit a leave or a removal, and the channel's end when that was its last member. */
export async function auditLeft(
  repo: Repository,
  e: {
    actorUuid: string;
    channelId: string;
    action: string;
    metadata: Record<string, unknown>;
    left: 'left' | 'deleted';
    now: number;
  },
): Promise<void> {
  await repo.audit({
    actorUuid: e.actorUuid,
    action: e.action,
    targetType: 'channel',
    targetId: e.channelId,
    metadata: e.metadata,
    now: e.now,
  });
  if (e.left === 'deleted')
    await repo.audit({
      actorUuid: e.actorUuid,
      action: 'channel.delete',
      targetType: 'channel',
      targetId: e.channelId,
      metadata: { reason: 'last member left' },
      now: e.now,
    });
}
