/**
 * Data protection (spec/directory.md §6.7): what the directory holds about
 * an identity, exported or erased on its signed request; its consent
 * records; and the data protection officer's contact, which anyone may
 * write to.
 */
import type { FastifyPluginAsync } from 'fastify';
import { addressKey, AppError, ok, toMs } from '@nexuslink/server-kit';
import type { DirectoryRouteContext } from '../http/context.ts';
import { identityOf } from '../http/identity.ts';
import { envelope, errorResponses } from '../http/schemas.ts';
import { evidenceOf, identityActor } from '../kyc/service.ts';
import { staffOf } from '../staff.ts';
import { wireCommunity } from '../http/community.ts';

const ANY = { type: 'object', additionalProperties: true } as const;
const EMPTY_BODY = {
  type: 'object',
  additionalProperties: false,
  properties: {},
} as const;

/** The privacy routes. */
export const privacyRoutes: FastifyPluginAsync<DirectoryRouteContext> = async (app, ctx) => {
  const { kyc, db, store, config, now } = ctx;
  const official = config['official.endpoint'];

  app.post(
    '/v1/privacy/export',
    {
      config: { rateLimit: { max: 10, timeWindow: 3_600_000 } },
      schema: {
        summary:
          'Everything the directory holds about the signing identity: applications with their documents, consents, listings, audit entries (a signed request)',
        tags: ['privacy'],
        body: EMPTY_BODY,
        response: { 200: envelope(ANY), ...errorResponses },
      },
    },
    async (req, reply) => {
      const who = await identityOf(req, ctx);
      const held = await kyc.export(who.uuid);
      const listings = (
        await db.all<{ id: string }>(
          'SELECT id FROM communities WHERE owner = $1 AND deleted_at IS NULL ORDER BY created_at',
          [who.uuid],
        )
      ).map((r) => r.id);
      const communities = [];
      for (const id of listings) {
        const c = await store.get(id, true);
        if (c) communities.push(wireCommunity(c, official));
      }
      const notices = await db.all<{
        community_id: string;
        kind: string;
        detail: string;
        at: unknown;
      }>('SELECT community_id, kind, detail, at FROM owner_notices WHERE owner = $1 ORDER BY id', [
        who.uuid,
      ]);
      await db.tx((tx) =>
        kyc.audit.record(tx, {
          ...identityActor(who.uuid),
          action: 'export',
          subject: who.uuid,
          reason: 'export requested by the data subject',
        }),
      );
      const audit = await kyc.audit.list(db, { subject: who.uuid, limit: 10_000 });
      reply.header('cache-control', 'no-store');
      return ok(reply, {
        identity: who.uuid,
        exportedAt: now(),
        ...held,
        communities,
        reports: await ctx.reports.mine(who.uuid),
        notices: notices.map((n) => ({ ...n, at: toMs(n.at) })),
        audit,
      });
    },
  );

  app.post(
    '/v1/privacy/erase',
    {
      config: { rateLimit: { max: 10, timeWindow: 3_600_000 } },
      schema: {
        summary:
          'Erase what the directory holds about the signing identity: KYC applications, documents and consents, the reports it filed; its listings are deregistered (a signed request)',
        tags: ['privacy'],
        body: EMPTY_BODY,
        response: {
          200: envelope({
            type: 'object',
            properties: { applications: { type: 'integer' }, communities: { type: 'integer' } },
          }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const who = await identityOf(req, ctx);
      const result = await db.tx(async (tx) => {
        const applications = await kyc.erase(tx, who.uuid);
        await ctx.reports.erase(tx, who.uuid);
        const owned = await tx.all<{ id: string }>(
          'SELECT id FROM communities WHERE owner = $1 AND deleted_at IS NULL',
          [who.uuid],
        );
        for (const { id } of owned) await store.remove(tx, id, now());
        // Tombstones keep the server key and revision (replays), not whose they were.
        await tx.run("UPDATE communities SET owner = '' WHERE owner = $1", [who.uuid]);
        await tx.run('DELETE FROM owner_notices WHERE owner = $1', [who.uuid]);
        await tx.run('DELETE FROM notice_hooks WHERE owner = $1', [who.uuid]);
        await tx.run('DELETE FROM registration_events WHERE owner = $1', [who.uuid]);
        await tx.run('DELETE FROM request_nonces WHERE identity = $1 AND expires_at <= $2', [
          who.uuid,
          tx.time(now()),
        ]);
        await kyc.audit.record(tx, {
          ...identityActor(who.uuid),
          action: 'erasure',
          subject: who.uuid,
          reason: `erasure requested by the data subject: ${applications} applications, ${owned.length} listings`,
        });
        return { applications, communities: owned.length };
      });
      return ok(reply, result);
    },
  );

  app.get(
    '/v1/privacy/consents',
    {
      schema: {
        summary: 'The consent records of the signing identity (a signed request)',
        tags: ['privacy'],
        response: { 200: envelope(ANY), ...errorResponses },
      },
    },
    async (req, reply) => {
      const who = await identityOf(req, ctx);
      const rows = await db.all<{
        purpose: string;
        version: string;
        granted: unknown;
        at: unknown;
      }>('SELECT purpose, version, granted, at FROM kyc_consents WHERE identity = $1 ORDER BY id', [
        who.uuid,
      ]);
      return ok(reply, {
        currentVersion: kyc.consentVersion,
        consents: rows.map((r) => ({
          purpose: r.purpose,
          version: r.version,
          granted: Number(r.granted) === 1,
          at: toMs(r.at),
        })),
      });
    },
  );

  app.post(
    '/v1/privacy/consents',
    {
      schema: {
        summary:
          'Give or withdraw consent (withdrawing KYC consent withdraws an open application; a signed request)',
        tags: ['privacy'],
        body: {
          type: 'object',
          required: ['purpose', 'version', 'granted'],
          additionalProperties: false,
          properties: {
            purpose: { type: 'string', enum: ['kyc'] },
            version: { type: 'string' },
            granted: { type: 'boolean' },
          },
        },
        response: { 200: envelope(ANY), ...errorResponses },
      },
    },
    async (req, reply) => {
      const who = await identityOf(req, ctx);
      await kyc.consent(
        who.uuid,
        req.body as { purpose: string; version: string; granted: boolean },
        evidenceOf(who.authorization),
      );
      return ok(reply, {});
    },
  );

  app.get(
    '/v1/privacy/dpo',
    {
      schema: {
        summary: 'How to reach the data protection officer',
        tags: ['privacy'],
        response: {
          200: envelope({
            type: 'object',
            properties: {
              contact: { type: 'string' },
              directory: { type: 'string' },
              retentionDays: { type: 'integer' },
              consentVersion: { type: 'string' },
            },
          }),
          ...errorResponses,
        },
      },
    },
    async (_req, reply) =>
      ok(reply, {
        contact: config['privacy.dpo_contact'],
        directory: config['server.name'],
        retentionDays: config['kyc.retention_days'],
        consentVersion: kyc.consentVersion,
      }),
  );

  app.post(
    '/v1/privacy/dpo',
    {
      config: {
        rateLimit: {
          max: 5,
          timeWindow: 3_600_000,
          keyGenerator: (req) => `dpo:${addressKey(req.ip)}`,
        },
      },
      schema: {
        summary: 'Write to the data protection officer (anyone; rate-limited per address)',
        tags: ['privacy'],
        body: {
          type: 'object',
          required: ['contact', 'message'],
          additionalProperties: false,
          properties: {
            contact: { type: 'string', minLength: 3, maxLength: 200 },
            message: { type: 'string', minLength: 1, maxLength: 5000 },
          },
        },
        response: {
          201: envelope({ type: 'object', properties: { id: { type: 'integer' } } }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const { contact, message } = req.body as { contact: string; message: string };
      if (/\p{Cc}/u.test(contact))
        throw new AppError('INVALID_ARGUMENT', 'contact has control characters');
      const row = await db.get<{ id: unknown }>(
        'INSERT INTO dpo_messages (at, contact, message) VALUES ($1, $2, $3) RETURNING id',
        [db.time(now()), contact, message],
      );
      return ok(reply, { id: Number(row!.id) }, 201);
    },
  );

  app.get(
    '/v1/privacy/dpo/messages',
    {
      schema: {
        summary: 'Messages to the DPO, newest first (staff: admin)',
        tags: ['privacy', 'staff'],
        response: { 200: envelope(ANY), ...errorResponses },
      },
    },
    async (req, reply) => {
      await staffOf(ctx.staff, req, 'admin');
      const rows = await db.all<{ id: unknown; at: unknown; contact: string; message: string }>(
        'SELECT id, at, contact, message FROM dpo_messages ORDER BY id DESC LIMIT 200',
      );
      return ok(reply, {
        messages: rows.map((r) => ({
          id: Number(r.id),
          at: toMs(r.at),
          contact: r.contact,
          message: r.message,
        })),
      });
    },
  );
};
