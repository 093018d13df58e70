/**
 * Abuse reports over the API (spec/directory.md §7.1): an identity files
 * one (a signed request and a solved proof of work) about a community, a
 * member or a message (with its evidence) and reads what came of its
 * reports; admins work the queue, reading a reported message as verified.
 */
import type { FastifyPluginAsync } from 'fastify';
import { addressKey, AppError, isUuidText, ok } from '@nexuslink/server-kit';
import type { DirectoryRouteContext } from '../http/context.ts';
import { identityOf } from '../http/identity.ts';
import { envelope, errorResponses, ID_PARAMS } from '../http/schemas.ts';
import {
  MAX_EVIDENCE_CHARS,
  REPORT_ACTIONS,
  REPORT_CATEGORIES,
  REPORT_STATUSES,
} from '../reports.ts';
import type { ReportStatus } from '../reports.ts';
import { staffOf } from '../staff.ts';

const reportSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    reporter: { type: 'string' },
    target: { type: 'object', additionalProperties: true },
    category: { type: 'string', enum: [...REPORT_CATEGORIES] },
    details: { type: 'string' },
    status: { type: 'string', enum: [...REPORT_STATUSES] },
    outcome: { type: 'string' },
    createdAt: { type: 'integer' },
    handledAt: { type: ['integer', 'null'] },
    reporters: { type: 'integer' },
    // A message report's message, as verified: in the admins' queue only.
    message: { type: 'object', additionalProperties: true },
  },
} as const;

/**
 * The body of a report: the largest is a message report's, its evidence
 * (at most MAX_EVIDENCE_CHARS) and 2 000 characters of details (each up to
 * 6 bytes of JSON), with room for the rest.
 */
const REPORT_BODY_LIMIT = 256 * 1024;

const reportsSchema = envelope({
  type: 'object',
  properties: { reports: { type: 'array', items: reportSchema } },
});

/** The report routes. */
export const reportRoutes: FastifyPluginAsync<DirectoryRouteContext> = async (app, ctx) => {
  const { reports, pow, staff } = ctx;

  app.post(
    '/v1/reports',
    {
      bodyLimit: REPORT_BODY_LIMIT,
      config: {
        rateLimit: {
          max: 30,
          timeWindow: 3_600_000,
          keyGenerator: (req) => `report:${addressKey(req.ip)}`,
        },
      },
      schema: {
        summary:
          'Report a listed community, a member, or a message with its evidence (a signed request, a solved proof of work)',
        tags: ['reports'],
        body: {
          type: 'object',
          required: ['target', 'category', 'pow'],
          additionalProperties: false,
          properties: {
            target: {
              type: 'object',
              description:
                '{ kind: "community", id } | { kind: "member", uuid, community? } | { kind: "message", listing, evidence: base64url of a MessageEvidence }',
              additionalProperties: true,
              properties: {
                kind: { type: 'string', enum: ['community', 'member', 'message'] },
                evidence: { type: 'string', maxLength: MAX_EVIDENCE_CHARS },
              },
            },
            category: { type: 'string', enum: [...REPORT_CATEGORIES] },
            details: { type: 'string', maxLength: 2000 },
            pow: { type: 'string', minLength: 1, maxLength: 4096 },
          },
        },
        response: { 201: envelope(reportSchema), ...errorResponses },
      },
    },
    async (req, reply) => {
      const who = await identityOf(req, ctx);
      const body = req.body as { target: unknown; category: string; details?: string; pow: string };
      await pow.spend(body.pow, 'report');
      return ok(reply, await reports.file(who.uuid, body), 201);
    },
  );

  app.get(
    '/v1/reports/mine',
    {
      schema: {
        summary: 'The reports the signing identity filed, and what came of them (a signed request)',
        tags: ['reports'],
        response: { 200: reportsSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const who = await identityOf(req, ctx);
      return ok(reply, { reports: await reports.mine(who.uuid) });
    },
  );

  app.get(
    '/v1/reports',
    {
      schema: {
        summary: 'The report queue, oldest first (staff: admin)',
        tags: ['reports', 'staff'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { status: { type: 'string', enum: [...REPORT_STATUSES] } },
        },
        response: { 200: reportsSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      await staffOf(staff, req, 'admin');
      const { status } = req.query as { status?: ReportStatus };
      return ok(reply, { reports: await reports.queue(status) });
    },
  );

  app.get(
    '/v1/reports/:id/evidence',
    {
      schema: {
        summary:
          "A message report's evidence as filed, and the server key it verified under (staff: admin)",
        tags: ['reports', 'staff'],
        params: ID_PARAMS,
        response: {
          200: envelope({
            type: 'object',
            properties: {
              listing: { type: 'string' },
              serverKey: { type: 'string' },
              evidence: { type: 'string' },
            },
          }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      await staffOf(staff, req, 'admin');
      const { id } = req.params as { id: string };
      if (!isUuidText(id)) throw new AppError('INVALID_ARGUMENT', 'id is not a report id');
      return ok(reply, await reports.evidence(id));
    },
  );

  app.post(
    '/v1/reports/:id/handle',
    {
      schema: {
        summary:
          'Handle a report: dismiss, warn the owner, remove the listing or escalate; every open report of the target is settled (staff: admin)',
        tags: ['reports', 'staff'],
        params: ID_PARAMS,
        body: {
          type: 'object',
          required: ['action', 'outcome'],
          additionalProperties: false,
          properties: {
            action: { type: 'string', enum: [...REPORT_ACTIONS] },
            outcome: { type: 'string', minLength: 4, maxLength: 2000 },
          },
        },
        response: { 200: envelope(reportSchema), ...errorResponses },
      },
    },
    async (req, reply) => {
      const member = await staffOf(staff, req, 'admin');
      const { id } = req.params as { id: string };
      if (!isUuidText(id)) throw new AppError('INVALID_ARGUMENT', 'id is not a report id');
      const body = req.body as { action: string; outcome: string };
      return ok(
        reply,
        await reports.handle(
          { actor: member.name, role: member.role },
          id,
          body.action,
          body.outcome,
        ),
      );
    },
  );
};
