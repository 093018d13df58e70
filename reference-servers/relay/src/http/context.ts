/**
 * What `buildRelayApp` hands its route groups (src/routes/): each is a
 * Fastify plugin whose options are the part of this it uses, so what a
 * group depends on is in its signature.
 */
import type { ConnectionGuard, OutageLog } from '@nexuslink/server-kit';
import type { RelayAuth } from '../auth.ts';
import type { Config } from '../config.ts';
import type { BlobStore } from '../store.ts';
import type { DeliveryStreams } from '../streams.ts';
import type { Authenticate } from './session.ts';

/** The relay's parts, as the route groups receive them. */
export interface RelayRouteContext {
  readonly config: Config;
  readonly store: BlobStore;
  readonly auth: RelayAuth;
  readonly now: () => number;
  /** The origin devices sign at login and in acknowledgements (read when they do). */
  readonly publicUrl: () => string;
  /** Circuit relay multiaddrs to announce (`GET /v1/relay`). */
  readonly circuitRelay?: () => readonly string[];
  /** Sets `req.relaySession`: an `onRequest` hook of every route that needs a login. */
  readonly authenticate: Authenticate;
  /** The open delivery streams. */
  readonly streams: DeliveryStreams;
  /** The guard over connections that are not logged-in streams. */
  readonly guard: ConnectionGuard;
  /** Database outages, logged once each. */
  readonly outage: OutageLog;
  /** True once a graceful shutdown began. */
  readonly shuttingDown: () => boolean;
}
