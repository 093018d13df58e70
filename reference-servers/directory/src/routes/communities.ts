/**
 * The listings (spec/directory.md §2.2, §3): register (a signed
 * registration, a solved proof of work, the endpoint proven), read, update
 * (a newer signed registration of the same listing), deregister (a signed
 * deregistration of its current revision) and search.
 */
import { verifyCommunityDeregistration, verifyCommunityRegistration } from '@nexuslink/sdk';
import { DIRECTORY_LIMITS, isCanonicalTag } from '@nexuslink/sdk/wire';
import type { VerifiedCommunityRegistration } from '@nexuslink/sdk';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import {
  addressKey,
  AppError,
  fromBase64,
  fromNexusError,
  isUuidText,
  ok,
  uuidv7,
} from '@nexuslink/server-kit';
import type { Db } from '@nexuslink/server-kit';
import { EndpointError, proveEndpoint } from '../endpoint.ts';
import { noticesOf } from '../health.ts';
import type { DirectoryRouteContext } from '../http/context.ts';
import {
  communitySchema,
  envelope,
  errorResponses,
  ID_PARAMS,
  listingSchema,
} from '../http/schemas.ts';
import { wireCommunity } from '../http/community.ts';
import { ListedAlready, SORTS } from '../store.ts';
import type { Community, Cursor, ListingFields, Sort } from '../store.ts';

/** The cursor of a page: base64url of `[sort, value, id, tier]` (the last row's). */
export const encodeCursor = (sort: Sort, c: Cursor): string =>
  Buffer.from(JSON.stringify([sort, c.value, c.id, c.tier])).toString('base64url');

/** A cursor this directory gave for a search in `sort` order, or `INVALID_ARGUMENT`. */
export function decodeCursor(text: string, sort: Sort): Cursor {
  const bad = () => new AppError('INVALID_ARGUMENT', 'cursor is not one this directory gave');
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) throw bad();
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (
    !Array.isArray(v) ||
    v.length !== 4 ||
    ![0, 1, 2].includes(v[3] as number) ||
    typeof v[1] !== 'number' ||
    !Number.isFinite(v[1]) ||
    typeof v[2] !== 'string' ||
    !isUuidText(v[2])
  )
    throw bad();
  if (v[0] !== sort)
    throw new AppError('INVALID_ARGUMENT', `the cursor is of a search sorted by ${String(v[0])}`);
  return { value: v[1], id: v[2], tier: v[3] as number };
}

/** The listing id of a `/v1/communities/{id}` route, or `INVALID_ARGUMENT`. */
function listingId(req: FastifyRequest): string {
  const { id } = req.params as { id: string };
  if (!isUuidText(id)) throw new AppError('INVALID_ARGUMENT', 'id is not a listing id');
  return id;
}

/** A signed registration or deregistration from a body field (base64; at most a body and its signature). */
const signedField = (req: FastifyRequest, field: 'registration' | 'deregistration') =>
  fromBase64(
    field,
    (req.body as Record<string, unknown>)[field],
    DIRECTORY_LIMITS.maxBodyBytes + 256,
  );

/** The listing routes. */
export const communityRoutes: FastifyPluginAsync<DirectoryRouteContext> = async (app, ctx) => {
  const { config, store, pow, db, now, publicUrl } = ctx;
  const official = config['official.endpoint'];
  const registrationsPerHour = config['limits.registrations_per_hour'];
  const endpointOptions = {
    timeoutMs: config['proof.timeout_ms'],
    allowPrivate: config['proof.allow_private'],
  };
  const maxAgeMs = config['registration.max_age_s'] * 1000;
  const registerLimit = {
    max: registrationsPerHour,
    timeWindow: 3_600_000,
    keyGenerator: (req: FastifyRequest) => `register:${addressKey(req.ip)}`,
  };

  const verify = (bytes: Uint8Array, expectedOwner?: string): VerifiedCommunityRegistration => {
    try {
      return verifyCommunityRegistration(bytes, {
        now: now(),
        maxAgeMs,
        ...(expectedOwner === undefined ? {} : { expectedOwner }),
      });
    } catch (err) {
      throw fromNexusError(err, 'MALFORMED');
    }
  };
  const fieldsOf = (v: VerifiedCommunityRegistration, bytes: Uint8Array): ListingFields => ({
    owner: v.owner,
    name: v.name,
    description: v.description,
    tags: v.tags,
    language: v.language,
    endpoint: v.endpoint,
    serverKey: v.serverKey,
    revision: v.revision,
    registration: bytes,
  });
  /** Refuse an owner over its hourly budget of registrations and updates. */
  const checkOwnerRate = async (tx: Db, owner: string) => {
    const r = await tx.get<{ n: unknown }>(
      "SELECT count(*) AS n FROM registration_events WHERE owner = $1 AND at > $2 AND kind <> 'delete'",
      [owner, tx.time(now() - 3_600_000)],
    );
    if (Number(r?.n ?? 0) >= registrationsPerHour)
      throw new AppError(
        'RATE_LIMITED',
        `this owner registered or updated ${registrationsPerHour} times in the last hour`,
        60_000,
      );
  };
  const checkListings = async (tx: Db, owner: string) => {
    const most = config['limits.listings_per_owner'];
    if ((await store.countOwned(tx, owner)) >= most)
      throw new AppError('LIMIT', `this owner has ${most} listings already`);
  };
  const prove = async (v: VerifiedCommunityRegistration) => {
    try {
      await proveEndpoint(
        v.endpoint,
        { serverKey: v.serverKey, owner: v.owner, directory: publicUrl() },
        endpointOptions,
      );
    } catch (err) {
      if (err instanceof EndpointError)
        throw new AppError('NOT_PERMITTED', `endpoint not proven: ${err.message}`);
      throw err;
    }
  };
  const conflict = async (req: FastifyRequest, v: VerifiedCommunityRegistration) => {
    await ctx.anomalies.flag(
      'duplicate-listing',
      v.owner,
      `${v.endpoint} from ${addressKey(req.ip)}`,
    );
    return new AppError(
      'CONFLICT',
      'a listing with this endpoint or server key exists already: update or deregister it',
    );
  };

  app.post(
    '/v1/communities',
    {
      config: { rateLimit: registerLimit },
      schema: {
        summary: 'List a community (its owner’s signed registration, a solved proof of work)',
        tags: ['communities'],
        body: {
          type: 'object',
          required: ['registration', 'pow'],
          additionalProperties: false,
          properties: {
            registration: { type: 'string', minLength: 1, maxLength: 22_000 },
            pow: { type: 'string', minLength: 1, maxLength: 4096 },
          },
        },
        response: { 201: communitySchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const body = req.body as { registration: string; pow: string };
      await pow.spend(body.pow, 'register');
      const bytes = signedField(req, 'registration');
      const v = verify(bytes);
      if (v.communityId !== null)
        throw new AppError(
          'INVALID_ARGUMENT',
          'this registration updates a listing: send it with PATCH /v1/communities/{id}',
        );
      // Cheap refusals before the endpoint is asked.
      if (await store.listed(db, v.endpoint, v.serverKey)) throw await conflict(req, v);
      if ((await store.lastRevision(db, v.serverKey)) >= v.revision)
        throw new AppError(
          'SUPERSEDED',
          'a newer revision of this listing was seen: sign a newer one',
        );
      await checkOwnerRate(db, v.owner);
      await checkListings(db, v.owner);
      await prove(v);
      const id = uuidv7();
      let community: Community;
      try {
        community = await db.tx(async (tx) => {
          await checkOwnerRate(tx, v.owner);
          await checkListings(tx, v.owner);
          if ((await store.lastRevision(tx, v.serverKey)) >= v.revision)
            throw new AppError('SUPERSEDED', 'a newer revision of this listing was seen');
          const c = await store.insert(tx, id, fieldsOf(v, bytes), now());
          await ctx.anomalies.recordRegistration(tx, v.owner, addressKey(req.ip), 'create');
          return c;
        });
      } catch (err) {
        if (err instanceof ListedAlready) throw await conflict(req, v);
        throw err;
      }
      await ctx.anomalies.checkBursts(addressKey(req.ip));
      return ok(reply, wireCommunity(community, official), 201);
    },
  );

  app.get(
    '/v1/communities/:id',
    {
      schema: {
        summary: 'A listing',
        tags: ['communities'],
        params: ID_PARAMS,
        response: { 200: communitySchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const id = listingId(req);
      const c = await store.get(id);
      if (!c) throw new AppError('NOT_FOUND', 'no such listing');
      return ok(reply, wireCommunity(c, official));
    },
  );

  app.get(
    '/v1/communities/:id/notices',
    {
      schema: {
        summary: 'What the directory told the owner about a listing (health changes, removal)',
        tags: ['communities'],
        params: ID_PARAMS,
        response: {
          200: envelope({
            type: 'object',
            properties: {
              notices: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    kind: { type: 'string', enum: ['status', 'grace', 'removed'] },
                    detail: { type: 'string' },
                    at: { type: 'integer' },
                  },
                },
              },
            },
          }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const id = listingId(req);
      return ok(reply, { notices: await noticesOf(db, id) });
    },
  );

  app.patch(
    '/v1/communities/:id',
    {
      config: { rateLimit: registerLimit },
      schema: {
        summary: 'Update a listing (a newer signed registration of it, by its owner)',
        tags: ['communities'],
        params: ID_PARAMS,
        body: {
          type: 'object',
          required: ['registration'],
          additionalProperties: false,
          properties: { registration: { type: 'string', minLength: 1, maxLength: 22_000 } },
        },
        response: { 200: communitySchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const id = listingId(req);
      const bytes = signedField(req, 'registration');
      const current = await store.get(id, true);
      if (!current) throw new AppError('NOT_FOUND', 'no such listing');
      const v = verify(bytes, current.owner);
      if (v.communityId !== id)
        throw new AppError('INVALID_ARGUMENT', 'the registration is not of this listing');
      if (v.revision <= current.revision)
        throw new AppError('SUPERSEDED', `the listing is at revision ${current.revision} already`);
      // A new endpoint or server key is proven again.
      if (
        v.endpoint !== current.endpoint ||
        Buffer.compare(Buffer.from(v.serverKey), Buffer.from(current.serverKey)) !== 0
      )
        await prove(v);
      let updated: Community;
      try {
        updated = await db.tx(async (tx) => {
          await checkOwnerRate(tx, v.owner);
          const locked = await store.lock(tx, id);
          if (!locked) throw new AppError('NOT_FOUND', 'no such listing');
          if (v.revision <= locked.revision)
            throw new AppError(
              'SUPERSEDED',
              `the listing is at revision ${locked.revision} already`,
            );
          const c = await store.update(tx, id, fieldsOf(v, bytes), now());
          await ctx.anomalies.recordRegistration(tx, v.owner, addressKey(req.ip), 'update');
          return c;
        });
      } catch (err) {
        if (err instanceof ListedAlready) throw await conflict(req, v);
        throw err;
      }
      return ok(reply, wireCommunity(updated, official));
    },
  );

  app.delete(
    '/v1/communities/:id',
    {
      config: { rateLimit: registerLimit },
      schema: {
        summary: 'Deregister a listing (a signed deregistration of its current revision)',
        tags: ['communities'],
        params: ID_PARAMS,
        body: {
          type: 'object',
          required: ['deregistration'],
          additionalProperties: false,
          properties: { deregistration: { type: 'string', minLength: 1, maxLength: 22_000 } },
        },
        response: {
          200: {
            type: 'object',
            properties: { ok: { type: 'boolean' }, data: { type: 'object' } },
          },
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const id = listingId(req);
      const bytes = signedField(req, 'deregistration');
      const current = await store.get(id, true);
      if (!current) throw new AppError('NOT_FOUND', 'no such listing');
      let v;
      try {
        v = verifyCommunityDeregistration(bytes, {
          now: now(),
          maxAgeMs,
          expectedOwner: current.owner,
        });
      } catch (err) {
        throw fromNexusError(err, 'MALFORMED');
      }
      if (v.communityId !== id)
        throw new AppError('INVALID_ARGUMENT', 'the deregistration is not of this listing');
      await db.tx(async (tx) => {
        const locked = await store.lock(tx, id);
        if (!locked) throw new AppError('NOT_FOUND', 'no such listing');
        if (v.revision !== locked.revision)
          throw new AppError(
            'SUPERSEDED',
            `the listing is at revision ${locked.revision}: deregister what is listed`,
          );
        await store.remove(tx, id, now());
        await ctx.anomalies.recordRegistration(tx, v.owner, addressKey(req.ip), 'delete');
      });
      return ok(reply, {});
    },
  );

  app.get(
    '/v1/communities',
    {
      config: {
        rateLimit: {
          max: config['limits.searches_per_minute'],
          timeWindow: 60_000,
          keyGenerator: (req: FastifyRequest) => `search:${addressKey(req.ip)}`,
        },
      },
      schema: {
        summary: 'Search the listings',
        tags: ['communities'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 200 },
            tags: { type: 'string', minLength: 1, maxLength: 300 },
            language: {
              type: 'string',
              pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$',
              maxLength: 35,
            },
            sort: { type: 'string', enum: [...SORTS] },
            cursor: { type: 'string', minLength: 1, maxLength: 200 },
            limit: { type: 'string', pattern: '^[0-9]{1,3}$' },
          },
        },
        response: {
          200: envelope({
            type: 'object',
            properties: {
              communities: { type: 'array', items: listingSchema },
              next: { type: ['string', 'null'] },
            },
          }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const query = req.query as {
        q?: string;
        tags?: string;
        language?: string;
        sort?: Sort;
        cursor?: string;
        limit?: string;
      };
      const limit =
        query.limit === undefined ? config['search.default_limit'] : Number(query.limit);
      if (limit < 1 || limit > 100)
        throw new AppError('INVALID_ARGUMENT', 'limit must be from 1 to 100');
      const tags = query.tags === undefined ? [] : query.tags.split(',');
      if (tags.length > 8 || !tags.every(isCanonicalTag))
        throw new AppError(
          'INVALID_ARGUMENT',
          'tags must be at most 8 tags in their one form (lower case, no spaces), comma-separated',
        );
      const sort: Sort = query.sort ?? (query.q === undefined ? 'members' : 'relevance');
      // Relevance needs a query; without one the order is by members.
      const effective: Sort = sort === 'relevance' && query.q === undefined ? 'members' : sort;
      const page = await store.search({
        ...(query.q === undefined ? {} : { q: query.q }),
        tags,
        ...(query.language === undefined ? {} : { language: query.language }),
        sort: effective,
        limit,
        ...(query.cursor === undefined ? {} : { after: decodeCursor(query.cursor, effective) }),
      });
      return ok(reply, {
        communities: page.communities.map((c) => wireCommunity(c, official)),
        next: page.next ? encodeCursor(effective, page.next) : null,
      });
    },
  );
};
