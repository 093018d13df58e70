/** `GET /v1/server`: who this server is and the limits a client must respect (spec/community.md §4). */
import { MAX_ONE_TIME_PREKEYS } from '@nexuslink/sdk';
import type { SigningKeyPair } from '@nexuslink/sdk';
import type { FastifyPluginAsync } from 'fastify';
import { AppError, ok } from '@nexuslink/server-kit';
import type { RouteContext } from '../http/context.ts';

/** The version the server reports (`GET /v1/server`). */
export const SERVER_VERSION = '0.1.0';

/** The server's name, URL, version and limits. */
export const serverInfoRoutes: FastifyPluginAsync<
  Pick<RouteContext, 'config' | 'auth' | 'repo' | 'now'> & {
    serverKey: () => Promise<SigningKeyPair>;
  }
> = async (app, { config, auth, repo, now, serverKey: loadKey }) => {
  // Counted at most once a minute, however often strangers ask.
  let stats: {
    at: number;
    value: Promise<{ members: number; lastActiveAt: number | null }>;
  } | null = null;
  const statsNow = () => {
    if (!stats || now() - stats.at > 60_000) {
      const value = repo.stats();
      stats = { at: now(), value };
      value.catch(() => (stats = null));
    }
    return stats.value;
  };
  let channels: { at: number; value: ReturnType<typeof repo.publicChannels> } | null = null;
  app.get('/v1/server/channels', async (_req, reply) => {
    if (!config['server.publish_channels'])
      throw new AppError('NOT_FOUND', 'this server does not publish its channels');
    if (!channels || now() - channels.at > 60_000) {
      const value = repo.publicChannels();
      channels = { at: now(), value };
      value.catch(() => (channels = null));
    }
    return ok(reply, { channels: await channels.value });
  });

  app.get('/v1/server', async (_req, reply) => {
    const serverKey = await loadKey();
    return ok(reply, {
      name: config['server.name'],
      url: auth.server,
      version: SERVER_VERSION,
      // The key this server proves its endpoint to a directory with (spec/directory.md §2.1).
      serverKey: Buffer.from(serverKey.publicKey.bytes).toString('hex'),
      limits: {
        messageBytes: config['limits.message_bytes'],
        bodyBytes: config['limits.body_bytes'],
        oneTimePreKeys: MAX_ONE_TIME_PREKEYS,
        heartbeatMs: config['websocket.heartbeat_ms'],
      },
      // What a directory shows in its listing (spec/directory.md §5): none when not published.
      ...(config['server.publish_stats'] ? { stats: await statsNow() } : {}),
    });
  });
};
