/** `GET /v1/pow`: a proof-of-work challenge (spec/directory.md §4). */
import type { FastifyPluginAsync } from 'fastify';
import { ok } from '@nexuslink/server-kit';
import type { DirectoryRouteContext } from '../http/context.ts';
import { envelope, errorResponses } from '../http/schemas.ts';

export const powRoutes: FastifyPluginAsync<DirectoryRouteContext> = async (app, { pow }) => {
  app.get(
    '/v1/pow',
    {
      schema: {
        summary:
          'A proof-of-work challenge (ALTCHA v2, PBKDF2/SHA-256), for a registration or a report',
        tags: ['anti-spam'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { purpose: { type: 'string', enum: ['register', 'report'] } },
        },
        response: {
          200: envelope({
            type: 'object',
            properties: { challenge: { type: 'object', additionalProperties: true } },
          }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const { purpose = 'register' } = req.query as { purpose?: 'register' | 'report' };
      return ok(reply, { challenge: await pow.challenge(purpose) });
    },
  );
};
