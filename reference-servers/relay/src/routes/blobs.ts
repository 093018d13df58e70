/**
 * The mailbox (spec/relay.md §4.1, §4.2): leave a blob for a mailbox
 * (pushed at once to its open streams), list what one's own mailbox holds,
 * and delete what the device acknowledged with its signature (§3).
 */
import { isRelayMailbox, MAX_ACK_IDS, verifyRelayAck } from '@nexuslink/sdk';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import {
  addressKey,
  AppError,
  fromBase64,
  fromNexusError,
  isUuidText,
  ok,
} from '@nexuslink/server-kit';
import { quotasOf } from '../config.ts';
import { LIST_BYTES, wireBlob } from '../http/blobs.ts';
import type { RelayRouteContext } from '../http/context.ts';
import { sessionOf } from '../http/session.ts';

/** Put, list and acknowledge blobs; every route needs a login. */
export const blobRoutes: FastifyPluginAsync<
  Pick<RelayRouteContext, 'config' | 'store' | 'now' | 'publicUrl' | 'authenticate' | 'streams'>
> = async (app, { config, store, now, publicUrl, authenticate, streams }) => {
  const blobBytes = config['limits.blob_bytes'];
  const quotas = quotasOf(config);
  // Before the rate limit of a put, which counts per device.
  app.addHook('onRequest', authenticate);

  app.post(
    '/v1/blobs',
    {
      config: {
        rateLimit: {
          max: config['limits.puts_per_minute'],
          timeWindow: 60_000,
          // Per sending device, whatever address it comes from.
          keyGenerator: (req: FastifyRequest) =>
            req.relaySession
              ? Buffer.from(req.relaySession.senderTag).toString('hex')
              : addressKey(req.ip),
        },
      },
      schema: {
        body: {
          type: 'object',
          required: ['to', 'blob'],
          additionalProperties: false,
          properties: {
            to: { type: 'string', minLength: 43, maxLength: 43 },
            blob: { type: 'string', minLength: 1, maxLength: Math.ceil(blobBytes / 3) * 4 },
            ttlSeconds: { type: 'integer', minimum: 1 },
          },
        },
      },
    },
    async (req, reply) => {
      const session = sessionOf(req);
      const body = req.body as { to: string; blob: string; ttlSeconds?: number };
      if (!isRelayMailbox(body.to))
        throw new AppError('INVALID_ARGUMENT', 'to must be a mailbox (43 characters of base64url)');
      const blob = fromBase64('blob', body.blob, blobBytes);
      const ttl = body.ttlSeconds ?? config['limits.default_ttl_s'];
      if (ttl > config['limits.max_ttl_s'])
        throw new AppError(
          'INVALID_ARGUMENT',
          `ttlSeconds is at most ${config['limits.max_ttl_s']}`,
        );
      const at = now();
      const expiresAt = at + ttl * 1000;
      const { id } = await store.put({
        mailbox: body.to,
        senderTag: session.senderTag,
        body: blob,
        now: at,
        expiresAt,
        quotas,
      });
      const listeners = streams.listeners(body.to);
      if (listeners) {
        const frame = JSON.stringify({
          type: 'blob',
          ...wireBlob({ id, body: blob, storedAt: at, expiresAt }),
        });
        for (const socket of listeners)
          // A slow reader is not buffered without bound: it fetches what it missed.
          if (socket.bufferedAmount < 4 * blobBytes) socket.send(frame);
      }
      return ok(reply, { id, expiresAt }, 201);
    },
  );

  app.get(
    '/v1/blobs',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            after: { type: 'string', maxLength: 36 },
            limit: { type: 'string', pattern: '^[0-9]{1,4}$' },
          },
        },
      },
    },
    async (req, reply) => {
      const q = req.query as { after?: string; limit?: string };
      if (q.after !== undefined && !isUuidText(q.after))
        throw new AppError('INVALID_ARGUMENT', 'after must be a blob id');
      const limit = q.limit === undefined ? 100 : Number(q.limit);
      if (limit < 1 || limit > 1000)
        throw new AppError('INVALID_ARGUMENT', 'limit is from 1 to 1000');
      const blobs = await store.list({
        mailbox: sessionOf(req).mailbox,
        after: q.after,
        limit,
        maxBytes: LIST_BYTES,
        now: now(),
      });
      return ok(reply, { blobs: blobs.map(wireBlob) });
    },
  );

  app.post(
    '/v1/blobs/ack',
    {
      schema: {
        body: {
          type: 'object',
          required: ['ids', 'signature'],
          additionalProperties: false,
          properties: {
            ids: {
              type: 'array',
              minItems: 1,
              maxItems: MAX_ACK_IDS,
              items: { type: 'string', minLength: 36, maxLength: 36 },
            },
            signature: { type: 'string', minLength: 1, maxLength: 200 },
          },
        },
      },
    },
    async (req, reply) => {
      const session = sessionOf(req);
      const body = req.body as { ids: string[]; signature: string };
      if (!body.ids.every(isUuidText))
        throw new AppError('INVALID_ARGUMENT', 'ids are blob ids (lower-case UUIDs)');
      try {
        verifyRelayAck(
          session.signingKey,
          { server: publicUrl(), ids: body.ids },
          fromBase64('signature', body.signature, 128),
        );
      } catch (err) {
        throw fromNexusError(err, 'BAD_SIGNATURE');
      }
      const deleted = await store.delete(session.mailbox, body.ids, now());
      return ok(reply, { deleted });
    },
  );
};
