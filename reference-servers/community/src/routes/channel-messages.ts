/**
 * A channel's history over HTTP (spec/community.md §4, Channels): a
 * member's page of messages, from where it joined on.
 */
import type { FastifyPluginAsync } from 'fastify';
import { AppError, ok, toBase64 } from '@nexuslink/server-kit';
import { visibleChannel } from '../http/channel-access.ts';
import type { RouteContext } from '../http/context.ts';
import { hexOf } from '../http/fields.ts';
import { sessionOf } from '../http/session.ts';

/** Channel history; every route needs a login. */
export const channelMessageRoutes: FastifyPluginAsync<
  Pick<RouteContext, 'repo' | 'authenticate'>
> = async (app, { repo, authenticate }) => {
  app.addHook('preHandler', authenticate);

  app.get<{ Params: { id: string }; Querystring: { after?: string; limit?: string } }>(
    '/v1/channels/:id/messages',
    async (req, reply) => {
      const s = sessionOf(req);
      const { c } = await visibleChannel(repo, req.params.id, s.memberUuid);
      const membership = await repo.channelMember(c.id, s.memberUuid);
      if (!membership) throw new AppError('NOT_PERMITTED', 'members only');
      const after = req.query.after ?? '0';
      const limit = req.query.limit ?? '100';
      if (
        !/^\d{1,15}$/.test(after) ||
        !/^\d{1,4}$/.test(limit) ||
        Number(limit) < 1 ||
        Number(limit) > 1000
      )
        throw new AppError('INVALID_ARGUMENT', 'after is a sequence id; limit is 1 to 1000');
      // History starts where the member joined, as on the WebSocket: what was
      // said before is not for it.
      const messages = await repo.channelMessagesAfter(
        c.id,
        Math.max(Number(after), membership.joinSeq),
        Number(limit),
      );
      return ok(reply, {
        messages: messages.map((m) => ({
          seq: m.seq,
          sender: { uuid: m.senderUuid, deviceId: hexOf(m.senderDevice) },
          ciphertext: toBase64(m.payload),
          sentAt: m.sentAt,
          frankingTag: toBase64(m.frankingTag),
          attestation: toBase64(m.attestation),
        })),
      });
    },
  );
};
