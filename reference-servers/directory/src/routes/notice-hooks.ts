/**
 * An owner's notice hook over the API (spec/directory.md §5.1): set it (a
 * fresh secret, shown once), read it, remove it. Each is a signed request
 * (§2.3) of the listing's owner.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { AppError, ok, toMs } from '@nexuslink/server-kit';
import type { DirectoryRouteContext } from '../http/context.ts';
import { identityOf } from '../http/identity.ts';
import { envelope, errorResponses, ID_PARAMS } from '../http/schemas.ts';
import { checkHookUrl, hookSecret, MAX_HOOK_URL } from '../notice-hooks.ts';

const hookSchema = envelope({
  type: 'object',
  properties: {
    url: { type: 'string' },
    createdAt: { type: 'integer' },
    secret: { type: 'string' },
  },
});

/** The notice hook routes. */
export const noticeHookRoutes: FastifyPluginAsync<DirectoryRouteContext> = async (app, ctx) => {
  const { db, store, config, now } = ctx;
  const perIdentity = { max: 30, timeWindow: 60_000 };

  /** The listing, when the request is its owner's (`NOT_FOUND` for anyone else: it tells nothing). */
  async function ownListing(req: FastifyRequest): Promise<string> {
    const who = await identityOf(req, ctx);
    const id = (req.params as { id: string }).id;
    const listing = await store.get(id, true);
    if (!listing || listing.owner !== who.uuid)
      throw new AppError('NOT_FOUND', 'no listing of yours has this id');
    return listing.id;
  }

  app.put(
    '/v1/communities/:id/notice-hook',
    {
      config: { rateLimit: perIdentity },
      schema: {
        summary:
          'Have the listing’s notices posted to a URL, signed with a fresh secret shown once (the owner, a signed request)',
        tags: ['communities'],
        params: ID_PARAMS,
        body: {
          type: 'object',
          required: ['url'],
          additionalProperties: false,
          properties: { url: { type: 'string', minLength: 1, maxLength: MAX_HOOK_URL } },
        },
        response: { 200: hookSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const id = await ownListing(req);
      const url = checkHookUrl((req.body as { url: string }).url, config['proof.allow_private']);
      const secret = hookSecret();
      const at = now();
      const owner = (await store.get(id, true))!.owner;
      await db.tx(async (tx) => {
        await tx.run('DELETE FROM notice_hooks WHERE community_id = $1', [id]);
        await tx.run(
          'INSERT INTO notice_hooks (community_id, owner, url, secret, created_at) VALUES ($1, $2, $3, $4, $5)',
          [id, owner, url, secret, tx.time(at)],
        );
      });
      return ok(reply, { url, createdAt: at, secret });
    },
  );

  app.get(
    '/v1/communities/:id/notice-hook',
    {
      config: { rateLimit: perIdentity },
      schema: {
        summary: 'The listing’s notice hook, without its secret (the owner, a signed request)',
        tags: ['communities'],
        params: ID_PARAMS,
        response: { 200: hookSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const id = await ownListing(req);
      const hook = await db.get<{ url: string; created_at: unknown }>(
        'SELECT url, created_at FROM notice_hooks WHERE community_id = $1',
        [id],
      );
      if (!hook) throw new AppError('NOT_FOUND', 'the listing has no notice hook');
      return ok(reply, { url: hook.url, createdAt: toMs(hook.created_at) });
    },
  );

  app.delete(
    '/v1/communities/:id/notice-hook',
    {
      config: { rateLimit: perIdentity },
      schema: {
        summary: 'Stop posting the listing’s notices (the owner, a signed request)',
        tags: ['communities'],
        params: ID_PARAMS,
        response: {
          200: envelope({ type: 'object', properties: { removed: { type: 'boolean' } } }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const id = await ownListing(req);
      const r = await db.run('DELETE FROM notice_hooks WHERE community_id = $1', [id]);
      return ok(reply, { removed: r > 0 });
    },
  );
};
