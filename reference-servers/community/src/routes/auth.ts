/**
 * Login and tokens (spec/community.md §3): a challenge, a login signed by
 * the device, refresh (each refresh token used once) and logout. Challenge
 * and login have their own rate limit per address; refresh has the global
 * one, so a valid refresh token works while someone at the same address
 * guesses.
 */
import type { FastifyPluginAsync } from 'fastify';
import { AppError, fromBase64, ok, toBase64 } from '@nexuslink/server-kit';
import type { RouteContext } from '../http/context.ts';
import { b64, hexOf } from '../http/fields.ts';
import { sessionOf } from '../http/session.ts';
import { disclosed } from '../membership.ts';

/** Challenge, login, refresh and logout. */
export const authRoutes: FastifyPluginAsync<
  Pick<RouteContext, 'config' | 'auth' | 'hub' | 'authenticate'>
> = async (app, { config, auth, hub, authenticate }) => {
  const loginLimit = {
    rateLimit: { max: config['limits.auth_rate_per_minute'], timeWindow: 60_000 },
  };

  app.post('/v1/auth/challenge', { config: loginLimit }, async (_req, reply) => {
    const c = await auth.challenge();
    return ok(reply, {
      // Read per request: a server that derives its URL learns it when it listens.
      server: auth.server,
      nonce: toBase64(c.nonce),
      expiresAt: c.expiresAt,
      ...(auth.credentials
        ? {
            requires: {
              credential: {
                issuer: auth.credentials.issuer.issuer,
                disclose: disclosed(auth.credentials),
              },
            },
          }
        : {}),
    });
  });

  app.post<{
    Body: {
      nonce: string;
      deviceCertificate: string;
      selfSigningCertificate: string;
      revocationList?: string;
      signature: string;
      credential?: string;
    };
  }>(
    '/v1/auth/login',
    {
      config: loginLimit,
      schema: {
        body: {
          type: 'object',
          required: ['nonce', 'deviceCertificate', 'selfSigningCertificate', 'signature'],
          additionalProperties: false,
          properties: {
            nonce: b64(64),
            deviceCertificate: b64(180_000),
            selfSigningCertificate: b64(180_000),
            revocationList: b64(180_000),
            signature: b64(200),
            credential: { type: 'string', minLength: 1, maxLength: 20_000 },
          },
        },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const nonce = fromBase64('nonce', b.nonce, 32);
      if (nonce.length !== 32) throw new AppError('INVALID_ARGUMENT', 'nonce must be 32 bytes');
      const result = await auth.login(
        {
          nonce,
          deviceCertificate: fromBase64('deviceCertificate', b.deviceCertificate),
          selfSigningCertificate: fromBase64('selfSigningCertificate', b.selfSigningCertificate),
          revocationList: b.revocationList ? fromBase64('revocationList', b.revocationList) : null,
          signature: fromBase64('signature', b.signature, 200),
          credential: b.credential ?? null,
        },
        { address: req.ip, log: req.log },
      );
      return ok(reply, {
        accessToken: result.accessToken,
        accessExpiresAt: result.accessExpiresAt,
        refreshToken: result.refreshToken,
        refreshExpiresAt: result.refreshExpiresAt,
        member: { uuid: result.member.uuid, role: result.member.role },
        deviceId: hexOf(result.deviceId),
      });
    },
  );

  app.post<{ Body: { refreshToken: string } }>(
    '/v1/auth/refresh',
    {
      // The global per-address limit, not the login one: a valid refresh
      // token must work even while someone at the same address guesses
      // (spec/community.md §3, "Lockout"); failures are counted by Auth.
      schema: {
        body: {
          type: 'object',
          required: ['refreshToken'],
          additionalProperties: false,
          properties: { refreshToken: { type: 'string', minLength: 1, maxLength: 128 } },
        },
      },
    },
    async (req, reply) =>
      ok(reply, await auth.refresh(req.body.refreshToken, { address: req.ip, log: req.log })),
  );

  app.post('/v1/auth/logout', { preHandler: authenticate }, async (req, reply) => {
    const s = sessionOf(req);
    await auth.logout(s);
    hub.disconnectSession(s.familyId);
    return ok(reply, {});
  });
};
