/**
 * What `buildApp` hands its route groups (src/routes/): each is a Fastify
 * plugin whose options are the part of this it uses, so what a group
 * depends on is in its signature.
 */
import type { Auth } from '../auth.ts';
import type { Config } from '../config.ts';
import type { Hub } from '../realtime.ts';
import type { Repository } from '../repository.ts';
import type { Authenticate } from './session.ts';

/** The server's parts, as the route groups receive them. */
export interface RouteContext {
  readonly config: Config;
  readonly repo: Repository;
  /** Logins; `auth.server` is the origin devices sign at login (read it per request). */
  readonly auth: Auth;
  /** The WebSocket hub: routes tell it what changed. */
  readonly hub: Hub;
  readonly now: () => number;
  /** Sets `req.session`: a `preHandler` of every route that needs a login. */
  readonly authenticate: Authenticate;
  /** True once a graceful shutdown began. */
  readonly shuttingDown: () => boolean;
}
