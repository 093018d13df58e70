/**
 * The session of a request: `Authorization: Bearer <token>`, checked by
 * `RelayAuth` before a route that needs a login runs (spec/relay.md §3).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { bearerToken } from '@nexuslink/server-kit';
import type { RelayAuth, Session } from '../auth.ts';

declare module 'fastify' {
  interface FastifyRequest {
    relaySession: Session | null;
  }
}

/** A hook that sets `req.relaySession` from the token, or fails with UNAUTHENTICATED. */
export type Authenticate = (req: FastifyRequest) => Promise<void>;

/** Give every request a `relaySession` (null until {@link Authenticate} runs) and make the hook that sets it. */
export function requestSessions(app: FastifyInstance, auth: RelayAuth): Authenticate {
  app.decorateRequest('relaySession', null);
  return async (req) => {
    req.relaySession = auth.authenticate(bearerToken(req));
  };
}

/** The session of a request that passed {@link Authenticate}. */
export const sessionOf = (req: FastifyRequest): Session => req.relaySession!;
