/**
 * A channel's members (spec/community.md §4, Channels): invitations, the
 * member list, roles and removal, each needing a role in the channel.
 */
import type { FastifyPluginAsync } from 'fastify';
import { AppError, ok } from '@nexuslink/server-kit';
import { auditLeft, memberParam, requireRole, visibleChannel } from '../http/channel-access.ts';
import type { RouteContext } from '../http/context.ts';
import { MEMBER_UUID } from '../http/fields.ts';
import { sessionOf } from '../http/session.ts';
import type { ChannelRole } from '../repository.ts';

/** Invite, list, set a role, remove; every route needs a login. */
export const channelMemberRoutes: FastifyPluginAsync<
  Pick<RouteContext, 'repo' | 'hub' | 'now' | 'authenticate'>
> = async (app, { repo, hub, now, authenticate }) => {
  app.addHook('preHandler', authenticate);

  app.post<{ Params: { id: string }; Body: { uuid: string } }>(
    '/v1/channels/:id/invites',
    {
      schema: {
        body: {
          type: 'object',
          required: ['uuid'],
          additionalProperties: false,
          properties: { uuid: { type: 'string', pattern: MEMBER_UUID.source } },
        },
      },
    },
    async (req, reply) => {
      const s = sessionOf(req);
      const { c, role } = await visibleChannel(repo, req.params.id, s.memberUuid);
      requireRole(role, ['admin', 'moderator']);
      if (!(await repo.member(req.body.uuid)))
        throw new AppError('NOT_FOUND', 'no such member on this server');
      await repo.invite(c.id, req.body.uuid, s.memberUuid, now());
      await repo.audit({
        actorUuid: s.memberUuid,
        action: 'channel.invite',
        targetType: 'channel',
        targetId: c.id,
        metadata: { member: req.body.uuid },
        now: now(),
      });
      return ok(reply, {}, 201);
    },
  );

  app.get<{ Params: { id: string } }>('/v1/channels/:id/members', async (req, reply) => {
    const { c, role } = await visibleChannel(repo, req.params.id, sessionOf(req).memberUuid);
    if (!role) throw new AppError('NOT_PERMITTED', 'members only');
    return ok(reply, { members: await repo.channelMembers(c.id) });
  });

  app.put<{ Params: { id: string; uuid: string }; Body: { role: ChannelRole } }>(
    '/v1/channels/:id/members/:uuid/role',
    {
      schema: {
        body: {
          type: 'object',
          required: ['role'],
          additionalProperties: false,
          properties: { role: { type: 'string', enum: ['admin', 'moderator', 'member'] } },
        },
      },
    },
    async (req, reply) => {
      const s = sessionOf(req);
      const target = memberParam(req.params.uuid);
      const { c, role } = await visibleChannel(repo, req.params.id, s.memberUuid);
      requireRole(role, ['admin']);
      // The role only: the member's join position and cursors stay (an
      // offline member keeps its backlog). NOT_FOUND for a non-member,
      // CONFLICT when the only admin would step down.
      await repo.setChannelRole(c.id, target, req.body.role);
      await repo.audit({
        actorUuid: s.memberUuid,
        action: 'channel.role',
        targetType: 'channel',
        targetId: c.id,
        metadata: { member: req.params.uuid, role: req.body.role },
        now: now(),
      });
      return ok(reply, { uuid: req.params.uuid, role: req.body.role });
    },
  );

  app.delete<{ Params: { id: string; uuid: string } }>(
    '/v1/channels/:id/members/:uuid',
    async (req, reply) => {
      const s = sessionOf(req);
      const target = memberParam(req.params.uuid);
      const { c, role } = await visibleChannel(repo, req.params.id, s.memberUuid);
      const mine = requireRole(role, ['admin', 'moderator']);
      const theirs = await repo.channelRole(c.id, target);
      if (!theirs) throw new AppError('NOT_FOUND', 'not a member of this channel');
      if (mine === 'moderator' && theirs !== 'member')
        throw new AppError('NOT_PERMITTED', 'moderators remove members only');
      // The same rules as leaving: an admin removing itself is leaving.
      const left = await repo.removeFromChannel(c.id, target);
      if (!left) throw new AppError('NOT_FOUND', 'not a member of this channel');
      await auditLeft(repo, {
        actorUuid: s.memberUuid,
        channelId: c.id,
        action: 'channel.remove',
        metadata: { member: target },
        left,
        now: now(),
      });
      hub.channelChanged(c.id);
      return ok(reply, {});
    },
  );
};
