/**
 * Official channels (spec/directory.md §7.2): the directory's own community
 * server (`official.endpoint`, the reference community server run beside
 * it), listed like any other by its operator's signed registration and
 * marked `official`; `GET /v1/official` shows its listing and its public
 * channels, which any client then joins on that server.
 */
import type { FastifyPluginAsync } from 'fastify';
import { AppError, ok } from '@nexuslink/server-kit';
import { fetchEndpoint } from '../endpoint.ts';
import { wireCommunity } from '../http/community.ts';
import type { DirectoryRouteContext } from '../http/context.ts';
import { envelope, errorResponses, listingSchema } from '../http/schemas.ts';

/** A public channel of the official server. */
interface OfficialChannel {
  readonly id: string;
  readonly name: string;
  readonly topic: string;
  readonly members: number;
}

const CHANNELS_TTL_MS = 5 * 60_000;

/** Channels as the official server lists them, kept only when well formed. */
function parseChannels(body: string): OfficialChannel[] {
  const list = (JSON.parse(body) as { data?: { channels?: unknown } }).data?.channels;
  if (!Array.isArray(list)) return [];
  return list
    .filter(
      (c): c is OfficialChannel =>
        typeof c === 'object' &&
        c !== null &&
        typeof c.id === 'string' &&
        /^[0-9a-f-]{36}$/.test(c.id) &&
        typeof c.name === 'string' &&
        c.name.length <= 200 &&
        typeof c.topic === 'string' &&
        c.topic.length <= 2000 &&
        Number.isSafeInteger(c.members),
    )
    .slice(0, 200)
    .map((c) => ({ id: c.id, name: c.name, topic: c.topic, members: c.members }));
}

/** `GET /v1/official`. */
export const officialRoutes: FastifyPluginAsync<DirectoryRouteContext> = async (app, ctx) => {
  const endpoint = ctx.config['official.endpoint'];
  let cached: { at: number; channels: OfficialChannel[] } | null = null;
  const channels = async (): Promise<OfficialChannel[]> => {
    if (cached && ctx.now() - cached.at < CHANNELS_TTL_MS) return cached.channels;
    try {
      // The operator named this server: private addresses are allowed.
      const res = await fetchEndpoint(`${endpoint}/v1/server/channels`, {
        timeoutMs: ctx.config['health.timeout_ms'],
        allowPrivate: true,
        maxBytes: 256 * 1024,
      });
      cached = { at: ctx.now(), channels: res.status === 200 ? parseChannels(res.body) : [] };
    } catch {
      // Unreachable now: what was known, for a while longer.
      cached = { at: ctx.now(), channels: cached?.channels ?? [] };
    }
    return cached.channels;
  };

  app.get(
    '/v1/official',
    {
      schema: {
        summary: "The directory's own community server: its listing and public channels",
        tags: ['communities'],
        response: {
          200: envelope({
            type: 'object',
            properties: {
              endpoint: { type: 'string' },
              community: { anyOf: [listingSchema, { type: 'null' }] },
              channels: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: 'string' },
                    name: { type: 'string' },
                    topic: { type: 'string' },
                    members: { type: 'integer' },
                  },
                },
              },
            },
          }),
          ...errorResponses,
        },
      },
    },
    async (_req, reply) => {
      if (endpoint === '')
        throw new AppError('NOT_FOUND', 'this directory runs no official server');
      const row = await ctx.db.get<{ id: string }>(
        'SELECT id FROM communities WHERE endpoint = $1 AND deleted_at IS NULL',
        [endpoint],
      );
      const listing = row ? await ctx.store.get(row.id) : undefined;
      return ok(reply, {
        endpoint,
        community: listing ? wireCommunity(listing, endpoint) : null,
        channels: await channels(),
      });
    },
  );
};
