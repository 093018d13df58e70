/**
 * Channels (spec/community.md §4, Channels): list, create, read, rename or
 * set the topic, delete, join and leave. Every change is audited and told
 * to the WebSocket hub.
 */
import type { FastifyPluginAsync } from 'fastify';
import { AppError, ok, uuidv7 } from '@nexuslink/server-kit';
import { auditLeft, channelOr404, requireRole, visibleChannel } from '../http/channel-access.ts';
import type { RouteContext } from '../http/context.ts';
import { sessionOf } from '../http/session.ts';
import type { ChannelRole } from '../repository.ts';

/** A channel, and the caller's role in it, as the API answers it. */
const channelJson = (
  c: {
    id: string;
    name: string;
    topic: string;
    visibility: string;
    createdBy: string;
    createdAt: number;
    lastSeq: number;
  },
  role: ChannelRole | null,
) => ({
  id: c.id,
  name: c.name,
  topic: c.topic,
  visibility: c.visibility,
  createdBy: c.createdBy,
  createdAt: c.createdAt,
  lastSeq: c.lastSeq,
  role,
});

/** The schemas of a channel's name and topic (lengths in code points). */
const name = { type: 'string', minLength: 1, maxLength: 100 } as const;
const topic = { type: 'string', maxLength: 1000 } as const;

/**
 * A channel's name and topic as they will be stored. PostgreSQL refuses
 * NUL in text (a 500 before), and a lone surrogate has no UTF-8 form (both
 * databases would store U+FFFD instead): both are INVALID_ARGUMENT, as are
 * other control characters (a topic may hold tabs and line breaks) and a
 * name of only white space. Lengths (in code points) are the schemas'.
 */
function checkChannelText(body: { name?: string; topic?: string }): void {
  for (const field of ['name', 'topic'] as const) {
    const value = body[field];
    if (value === undefined) continue;
    if (/\p{Cs}/u.test(value))
      throw new AppError('INVALID_ARGUMENT', `${field} is not valid Unicode (a lone surrogate)`);
    // C0 and C1 controls, NUL among them; a topic may hold tabs and line breaks.
    const control = field === 'topic' ? /[^\P{Cc}\t\n\r]/u : /\p{Cc}/u;
    if (control.test(value))
      throw new AppError('INVALID_ARGUMENT', `${field} holds a control character`);
    if (field === 'name' && value.trim().length === 0)
      throw new AppError('INVALID_ARGUMENT', 'name is empty');
  }
}

/** The channel routes; every route needs a login. */
export const channelRoutes: FastifyPluginAsync<
  Pick<RouteContext, 'config' | 'repo' | 'hub' | 'now' | 'authenticate'>
> = async (app, { config, repo, hub, now, authenticate }) => {
  app.addHook('preHandler', authenticate);

  app.get('/v1/channels', async (req, reply) => {
    const s = sessionOf(req);
    return ok(reply, {
      channels: (await repo.channelsFor(s.memberUuid)).map((c) => channelJson(c, c.role)),
    });
  });

  app.post<{ Body: { name: string; topic?: string; visibility?: 'public' | 'private' } }>(
    '/v1/channels',
    {
      schema: {
        body: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: { name, topic, visibility: { type: 'string', enum: ['public', 'private'] } },
        },
      },
    },
    async (req, reply) => {
      const s = sessionOf(req);
      checkChannelText(req.body);
      const t = now();
      const c = await repo.createChannel({
        id: uuidv7(t),
        name: req.body.name,
        topic: req.body.topic ?? '',
        visibility: req.body.visibility ?? 'public',
        createdBy: s.memberUuid,
        now: t,
      });
      await repo.audit({
        actorUuid: s.memberUuid,
        action: 'channel.create',
        targetType: 'channel',
        targetId: c.id,
        now: t,
      });
      hub.channelChanged(c.id);
      return ok(reply, channelJson(c, 'admin'), 201);
    },
  );

  app.get<{ Params: { id: string } }>('/v1/channels/:id', async (req, reply) => {
    const { c, role } = await visibleChannel(repo, req.params.id, sessionOf(req).memberUuid);
    return ok(reply, channelJson(c, role));
  });

  app.patch<{ Params: { id: string }; Body: { name?: string; topic?: string } }>(
    '/v1/channels/:id',
    {
      schema: {
        body: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: { name, topic },
        },
      },
    },
    async (req, reply) => {
      const s = sessionOf(req);
      const { c, role } = await visibleChannel(repo, req.params.id, s.memberUuid);
      // Renaming is for admins; moderators may set the topic.
      requireRole(role, req.body.name !== undefined ? ['admin'] : ['admin', 'moderator']);
      checkChannelText(req.body);
      await repo.updateChannel(c.id, req.body);
      await repo.audit({
        actorUuid: s.memberUuid,
        action: 'channel.update',
        targetType: 'channel',
        targetId: c.id,
        metadata: { fields: Object.keys(req.body) },
        now: now(),
      });
      return ok(
        reply,
        channelJson(
          (await repo.channel(c.id))!,
          (await repo.channelRole(c.id, s.memberUuid)) ?? null,
        ),
      );
    },
  );

  app.delete<{ Params: { id: string } }>('/v1/channels/:id', async (req, reply) => {
    const s = sessionOf(req);
    const member = (await repo.member(s.memberUuid))!;
    // The server's owner and admins may delete any channel by id, private
    // ones they are not in included: moderation (the operator holds that
    // metadata anyway), audited as such. Anyone else needs to be its admin.
    let c;
    let role: ChannelRole | null;
    if (member.role === 'member') {
      ({ c, role } = await visibleChannel(repo, req.params.id, s.memberUuid));
      requireRole(role, ['admin']);
    } else {
      c = await channelOr404(repo, req.params.id);
      role = (await repo.channelRole(c.id, s.memberUuid)) ?? null;
    }
    await repo.deleteChannel(c.id);
    await repo.audit({
      actorUuid: s.memberUuid,
      action: 'channel.delete',
      targetType: 'channel',
      targetId: c.id,
      metadata: role === 'admin' ? {} : { moderation: true, visibility: c.visibility },
      now: now(),
    });
    hub.channelChanged(c.id);
    return ok(reply, {});
  });

  app.post<{ Params: { id: string } }>('/v1/channels/:id/join', async (req, reply) => {
    const s = sessionOf(req);
    const { c, role } = await visibleChannel(repo, req.params.id, s.memberUuid);
    if (role) return ok(reply, channelJson(c, role));
    await repo.joinChannel(
      c.id,
      s.memberUuid,
      'member',
      config['limits.channels_per_member'],
      now(),
    );
    await repo.audit({
      actorUuid: s.memberUuid,
      action: 'channel.join',
      targetType: 'channel',
      targetId: c.id,
      now: now(),
    });
    hub.channelChanged(c.id);
    return ok(reply, channelJson((await repo.channel(c.id))!, 'member'));
  });

  app.post<{ Params: { id: string } }>('/v1/channels/:id/leave', async (req, reply) => {
    const s = sessionOf(req);
    const { c } = await visibleChannel(repo, req.params.id, s.memberUuid);
    // CONFLICT for the only admin while others remain; the last member's leaving deletes it.
    const left = await repo.removeFromChannel(c.id, s.memberUuid);
    if (!left) throw new AppError('NOT_FOUND', 'not a member of this channel');
    await auditLeft(repo, {
      actorUuid: s.memberUuid,
      channelId: c.id,
      action: 'channel.leave',
      metadata: {},
      left,
      now: now(),
    });
    hub.channelChanged(c.id);
    return ok(reply, {});
  });
};
