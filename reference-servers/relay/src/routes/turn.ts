/** `POST /v1/turn`: short-lived TURN credentials for a logged-in device (spec/relay.md §4.5). */
import { turnCredentials } from '@nexuslink/sdk';
import type { FastifyPluginAsync } from 'fastify';
import { AppError, ok, toBase64 } from '@nexuslink/server-kit';
import type { RelayRouteContext } from '../http/context.ts';

/** TURN credentials; every route needs a login. */
export const turnRoutes: FastifyPluginAsync<
  Pick<RelayRouteContext, 'config' | 'now' | 'authenticate'>
> = async (app, { config, now, authenticate }) => {
  app.addHook('onRequest', authenticate);

  app.post(
    '/v1/turn',
    { schema: { body: { type: 'object', maxProperties: 0 } } },
    async (_req, reply) => {
      if (config['turn.secret'] === '')
        throw new AppError('NOT_FOUND', 'this relay issues no TURN credentials');
      // The TURN server sees a random id, not who asked.
      const id = toBase64(crypto.getRandomValues(new Uint8Array(12))).replace(/[+/=]/g, '');
      const c = turnCredentials({
        secret: config['turn.secret'],
        id,
        ttlMs: config['turn.ttl_s'] * 1000,
        clock: { now },
      });
      return ok(reply, {
        urls: config['turn.urls'],
        username: c.username,
        credential: c.password,
        expiresAt: c.expiresAt,
      });
    },
  );
};
