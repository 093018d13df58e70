/**
 * The staff's API (spec/directory.md §6.4): log in and out, the audit trail
 * (read, exported as NDJSON, its chain verified), and the admins' work on
 * listings and anomaly flags. Every admin action is in the audit trail.
 */
import type { FastifyPluginAsync } from 'fastify';
import { AppError, isUuidText, ok } from '@nexuslink/server-kit';
import type { DirectoryRouteContext } from '../http/context.ts';
import { envelope, errorResponses, ID_PARAMS, REASON_BODY } from '../http/schemas.ts';
import { addNotice } from '../health.ts';
import { staffOf } from '../staff.ts';

const ANY = { type: 'object', additionalProperties: true } as const;

/** The staff routes. */
export const staffRoutes: FastifyPluginAsync<DirectoryRouteContext> = async (app, ctx) => {
  const { staff, kyc, db, store, anomalies, now } = ctx;

  app.post(
    '/v1/staff/sessions',
    {
      config: { rateLimit: { max: 20, timeWindow: 60_000 } },
      schema: {
        summary: 'Log in as staff: a session token (Bearer) for the API',
        tags: ['staff'],
        body: {
          type: 'object',
          required: ['name', 'password'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', maxLength: 64 },
            password: { type: 'string', maxLength: 256 },
          },
        },
        response: {
          201: envelope({
            type: 'object',
            properties: {
              token: { type: 'string' },
              name: { type: 'string' },
              role: { type: 'string' },
              expiresAt: { type: 'integer' },
            },
          }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const { name, password } = req.body as { name: string; password: string };
      const session = await staff.login(name, password, req.ip);
      reply.header('cache-control', 'no-store');
      return ok(
        reply,
        {
          token: session.token,
          name: session.member.name,
          role: session.member.role,
          expiresAt: session.expiresAt,
        },
        201,
      );
    },
  );

  app.delete(
    '/v1/staff/sessions',
    {
      schema: {
        summary: 'Log out (end this session)',
        tags: ['staff'],
        response: { 200: envelope(ANY), ...errorResponses },
      },
    },
    async (req, reply) => {
      const member = await staff.session(req.headers.authorization?.slice(7));
      if (!member) throw new AppError('UNAUTHORIZED', 'no such session');
      await staff.logout(member);
      return ok(reply, {});
    },
  );

  app.get(
    '/v1/audit',
    {
      schema: {
        summary:
          'The audit trail, oldest first from ?after (staff: auditor, admin); ?format=ndjson exports it as lines',
        tags: ['staff'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            after: { type: 'string', pattern: '^[0-9]{1,15}$' },
            limit: { type: 'string', pattern: '^[0-9]{1,5}$' },
            subject: { type: 'string', maxLength: 64 },
            format: { type: 'string', enum: ['json', 'ndjson'] },
          },
        },
      },
    },
    async (req, reply) => {
      const member = await staffOf(staff, req, 'audit.read');
      const raw = req.query as {
        after?: string;
        limit?: string;
        subject?: string;
        format?: string;
      };
      const limit = raw.limit === undefined ? 1000 : Number(raw.limit);
      if (limit < 1 || limit > 10_000)
        throw new AppError('INVALID_ARGUMENT', 'limit must be from 1 to 10 000');
      const q = { ...raw, after: Number(raw.after ?? 0), limit };
      await db.tx((tx) =>
        kyc.audit.record(tx, {
          actor: member.name,
          role: member.role,
          action: 'audit.read',
          subject: q.subject ?? null,
          reason: `audit trail ${q.format === 'ndjson' ? 'exported' : 'read'}`,
        }),
      );
      const entries = await kyc.audit.list(db, {
        afterSeq: q.after,
        limit: q.limit,
        ...(q.subject === undefined ? {} : { subject: q.subject }),
      });
      reply.header('cache-control', 'no-store');
      if (q.format === 'ndjson')
        return reply
          .header('content-type', 'application/x-ndjson')
          .header('content-disposition', 'attachment; filename="audit.ndjson"')
          .send(entries.map((e) => JSON.stringify(e)).join('\n') + (entries.length ? '\n' : ''));
      return ok(reply, {
        entries,
        next: entries.length === q.limit ? entries[entries.length - 1]!.seq : null,
      });
    },
  );

  app.get(
    '/v1/audit/verify',
    {
      schema: {
        summary: 'Walk the audit trail’s hash chain (staff: auditor, admin)',
        tags: ['staff'],
        response: {
          200: envelope({
            type: 'object',
            properties: { entries: { type: 'integer' }, intact: { type: 'boolean' } },
          }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      await staffOf(staff, req, 'audit.read');
      return ok(reply, { entries: await kyc.audit.verify(db), intact: true });
    },
  );

  app.get(
    '/v1/admin/anomalies',
    {
      schema: {
        summary: 'Open anomaly flags, newest first (staff: admin)',
        tags: ['staff'],
        response: { 200: envelope(ANY), ...errorResponses },
      },
    },
    async (req, reply) => {
      await staffOf(staff, req, 'admin');
      return ok(reply, { anomalies: await anomalies.open() });
    },
  );

  app.post(
    '/v1/admin/anomalies/:id/resolve',
    {
      schema: {
        summary: 'Resolve an anomaly flag, saying what was done (staff: admin)',
        tags: ['staff'],
        params: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' } },
        },
        body: REASON_BODY,
        response: { 200: envelope(ANY), ...errorResponses },
      },
    },
    async (req, reply) => {
      const member = await staffOf(staff, req, 'admin');
      const id = Number((req.params as { id: string }).id);
      await db.tx(async (tx) => {
        if (!(await anomalies.resolve(tx, id)))
          throw new AppError('NOT_FOUND', 'no such open flag');
        await kyc.audit.record(tx, {
          actor: member.name,
          role: member.role,
          action: 'anomaly.resolve',
          reason: `flag ${id}: ${(req.body as { reason: string }).reason}`,
        });
      });
      return ok(reply, {});
    },
  );

  app.delete(
    '/v1/admin/communities/:id',
    {
      schema: {
        summary: 'Remove a listing (abuse, a court order), saying why (staff: admin)',
        tags: ['staff'],
        params: ID_PARAMS,
        body: REASON_BODY,
        response: { 200: envelope(ANY), ...errorResponses },
      },
    },
    async (req, reply) => {
      const member = await staffOf(staff, req, 'admin');
      const { id } = req.params as { id: string };
      if (!isUuidText(id)) throw new AppError('INVALID_ARGUMENT', 'id is not a listing id');
      const reason = (req.body as { reason: string }).reason;
      await db.tx(async (tx) => {
        const listing = await store.lock(tx, id);
        if (!listing) throw new AppError('NOT_FOUND', 'no such listing');
        await store.remove(tx, id, now());
        await addNotice(
          tx,
          id,
          listing.owner,
          'removed',
          `removed by the directory: ${reason}`,
          now(),
        );
        await kyc.audit.record(tx, {
          actor: member.name,
          role: member.role,
          action: 'listing.remove',
          subject: listing.owner,
          reason: `listing ${id}: ${reason}`,
        });
      });
      return ok(reply, {});
    },
  );
};
