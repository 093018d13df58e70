/** `GET /v1/relay`: who this relay is, its limits, and the circuit relays and TURN servers it offers (spec/relay.md §4). */
import type { FastifyPluginAsync } from 'fastify';
import { ok } from '@nexuslink/server-kit';
import { quotasOf } from '../config.ts';
import type { RelayRouteContext } from '../http/context.ts';

/** The version the relay reports (`GET /v1/relay`). */
export const RELAY_VERSION = '0.1.0';

/** The relay's name, URL, version, limits and what else it offers. */
export const relayInfoRoutes: FastifyPluginAsync<
  Pick<RelayRouteContext, 'config' | 'publicUrl' | 'circuitRelay'>
> = async (app, { config, publicUrl, circuitRelay }) => {
  const blobBytes = config['limits.blob_bytes'];
  const quotas = quotasOf(config);

  app.get('/v1/relay', async (_req, reply) =>
    ok(reply, {
      name: config['server.name'],
      url: publicUrl(),
      version: RELAY_VERSION,
      limits: {
        blobBytes,
        defaultTtlSeconds: config['limits.default_ttl_s'],
        maxTtlSeconds: config['limits.max_ttl_s'],
        perRecipientBlobs: quotas.recipientBlobs,
        perRecipientBytes: quotas.recipientBytes,
        perSenderBlobs: quotas.senderBlobs,
        perSenderBytes: quotas.senderBytes,
        senderSharePercent: quotas.senderSharePercent,
        strangerSharePercent: quotas.strangerSharePercent,
        putsPerMinute: config['limits.puts_per_minute'],
      },
      circuitRelay: circuitRelay?.() ?? [],
      turn: config['turn.secret'] === '' ? [] : config['turn.urls'],
    }),
  );
};
