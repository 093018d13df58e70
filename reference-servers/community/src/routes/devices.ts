/** `POST /v1/devices/revoke`: a member applies a newer revocation list to its devices (spec/community.md §3). */
import { decodeSelfSigningCertificate } from '@nexuslink/sdk';
import type { FastifyPluginAsync } from 'fastify';
import { fromBase64, ok } from '@nexuslink/server-kit';
import type { RouteContext } from '../http/context.ts';
import { b64, hexOf } from '../http/fields.ts';
import { sessionOf } from '../http/session.ts';

/** Device revocation; every route needs a login. */
export const deviceRoutes: FastifyPluginAsync<
  Pick<RouteContext, 'repo' | 'auth' | 'now' | 'authenticate'>
> = async (app, { repo, auth, now, authenticate }) => {
  app.addHook('preHandler', authenticate);

  app.post<{ Body: { revocationList: string } }>(
    '/v1/devices/revoke',
    {
      schema: {
        body: {
          type: 'object',
          required: ['revocationList'],
          additionalProperties: false,
          properties: { revocationList: b64(180_000) },
        },
      },
    },
    async (req, reply) => {
      const s = sessionOf(req);
      const m = (await repo.member(s.memberUuid))!;
      const before = new Set(
        (await repo.devices(s.memberUuid))
          .filter((d) => d.revokedAt !== null)
          .map((d) => hexOf(d.deviceId)),
      );
      await auth.applyRevocationList(
        m.uuid,
        decodeSelfSigningCertificate(m.selfSigningCertificate).identityKey,
        m.selfSigningCertificate,
        m.revocationList,
        fromBase64('revocationList', req.body.revocationList),
        now(),
      );
      const revoked = (await repo.devices(s.memberUuid))
        .filter((d) => d.revokedAt !== null && !before.has(hexOf(d.deviceId)))
        .map((d) => hexOf(d.deviceId));
      return ok(reply, { revoked });
    },
  );
};
