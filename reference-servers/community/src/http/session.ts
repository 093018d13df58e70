/**
 * The session of a request: `Authorization: Bearer <access token>`, checked
 * by `Auth` before a route that needs a login runs (spec/community.md §3).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { bearerToken } from '@nexuslink/server-kit';
import type { Auth } from '../auth.ts';
import type { Session } from '../repository.ts';

declare module 'fastify' {
  interface FastifyRequest {
    session: Session | null;
  }
}

/** A hook that sets `req.session` from the access token, or fails with UNAUTHENTICATED. */
export type Authenticate = (req: FastifyRequest) => Promise<void>;

/** Give every request a `session` (null until {@link Authenticate} runs) and make the hook that sets it. */
export function requestSessions(app: FastifyInstance, auth: Auth): Authenticate {
  app.decorateRequest('session', null);
  return async (req) => {
    req.session = await auth.authenticate(bearerToken(req));
  };
}

/** The session of a request that passed {@link Authenticate}. */
export const sessionOf = (req: FastifyRequest): Session => req.session!;
