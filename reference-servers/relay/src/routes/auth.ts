/**
 * Login (spec/relay.md §3): a challenge, then a login signed by the device,
 * both under their own rate limit per address.
 */
import type { FastifyPluginAsync } from 'fastify';
import { ok } from '@nexuslink/server-kit';
import type { RelayRouteContext } from '../http/context.ts';

/** Challenge and login. */
export const authRoutes: FastifyPluginAsync<
  Pick<RelayRouteContext, 'config' | 'auth' | 'publicUrl'>
> = async (app, { config, auth, publicUrl }) => {
  const loginLimit = {
    rateLimit: { max: config['limits.auth_rate_per_minute'], timeWindow: 60_000 },
  };

  app.post(
    '/v1/auth/challenge',
    { config: loginLimit, schema: { body: { type: 'object', maxProperties: 0 } } },
    async (_req, reply) => ok(reply, { server: publicUrl(), ...auth.challenge() }),
  );
  app.post(
    '/v1/auth/login',
    {
      config: loginLimit,
      schema: {
        body: {
          type: 'object',
          required: ['nonce', 'deviceCertificate', 'selfSigningCertificate', 'signature'],
          additionalProperties: false,
          properties: {
            nonce: { type: 'string', minLength: 1, maxLength: 128 },
            deviceCertificate: { type: 'string', minLength: 1, maxLength: 22_000 },
            selfSigningCertificate: { type: 'string', minLength: 1, maxLength: 22_000 },
            signature: { type: 'string', minLength: 1, maxLength: 200 },
          },
        },
      },
    },
    async (req, reply) => ok(reply, auth.login(req.body as Record<string, unknown>)),
  );
};
