/**
 * KYC over the API (spec/directory.md §6): the applicant's routes (signed
 * requests, §2.3), the staff's (a session), and the provider's webhook (an
 * HMAC signature).
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { AppError, isUuidText, ok } from '@nexuslink/server-kit';
import type { DirectoryRouteContext } from '../http/context.ts';
import { DOCUMENT_MEDIA_TYPES, identityOf } from '../http/identity.ts';
import { envelope, errorResponses, ID_PARAMS } from '../http/schemas.ts';
import { parseWebhookDecision, SIGNATURE_HEADER, verifyWebhook } from '../kyc/providers.ts';
import { DECISIONS, DOCUMENT_KINDS, evidenceOf, STATUSES } from '../kyc/service.ts';
import type { Application } from '../kyc/service.ts';
import { staffOf } from '../staff.ts';

const ANY = { type: 'object', additionalProperties: true } as const;

const documentSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    kind: { type: 'string' },
    mediaType: { type: 'string' },
    size: { type: 'integer' },
    createdAt: { type: 'integer' },
  },
} as const;

/** An application as the API shows it. */
export const applicationSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    identity: { type: 'string' },
    status: { type: 'string', enum: [...STATUSES] },
    provider: { type: 'string' },
    claims: ANY,
    note: { type: 'string' },
    createdAt: { type: 'integer' },
    updatedAt: { type: 'integer' },
    submittedAt: { type: ['integer', 'null'] },
    decidedAt: { type: ['integer', 'null'] },
    purgeAfter: { type: ['integer', 'null'] },
    documentsDeleted: { type: 'boolean' },
    documents: { type: 'array', items: documentSchema },
  },
} as const;

const DOC_PARAMS = {
  type: 'object',
  required: ['id', 'doc'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', minLength: 36, maxLength: 36 },
    doc: { type: 'string', minLength: 36, maxLength: 36 },
  },
} as const;

/** The uuid params of a route, or `INVALID_ARGUMENT`. */
function ids(req: FastifyRequest): { id: string; doc: string } {
  const { id, doc } = req.params as { id: string; doc?: string };
  if (!isUuidText(id)) throw new AppError('INVALID_ARGUMENT', 'id is not an application id');
  if (doc !== undefined && !isUuidText(doc))
    throw new AppError('INVALID_ARGUMENT', 'doc is not a document id');
  return { id, doc: doc ?? '' };
}

const applicationOut = (a: Application) => ({ ...a, documents: [...a.documents] });

/** The KYC routes. */
export const kycRoutes: FastifyPluginAsync<DirectoryRouteContext> = async (app, ctx) => {
  const { kyc, staff, config } = ctx;
  const signed = (req: FastifyRequest) => identityOf(req, ctx);
  const perIdentity = { max: 60, timeWindow: 60_000 };

  app.post(
    '/v1/kyc/applications',
    {
      config: { rateLimit: perIdentity },
      schema: {
        summary: 'Apply for verification: the data fields and consent (a signed request)',
        tags: ['kyc'],
        body: {
          type: 'object',
          required: ['fields', 'consent'],
          additionalProperties: false,
          properties: {
            fields: ANY,
            consent: {
              type: 'object',
              required: ['version', 'granted'],
              additionalProperties: false,
              properties: { version: { type: 'string' }, granted: { type: 'boolean' } },
            },
          },
        },
        response: { 201: envelope(applicationSchema), ...errorResponses },
      },
    },
    async (req, reply) => {
      const who = await signed(req);
      const created = await kyc.apply(
        who.uuid,
        req.body as { fields: unknown; consent: unknown },
        evidenceOf(who.authorization),
      );
      return ok(reply, applicationOut(created), 201);
    },
  );

  app.get(
    '/v1/kyc/applications/current',
    {
      schema: {
        summary: 'The newest application of the signing identity (a signed request)',
        tags: ['kyc'],
        response: { 200: envelope(applicationSchema), ...errorResponses },
      },
    },
    async (req, reply) => {
      const who = await signed(req);
      const current = await kyc.current(who.uuid);
      if (!current) throw new AppError('NOT_FOUND', 'this identity has not applied');
      return ok(reply, applicationOut(current));
    },
  );

  app.post(
    '/v1/kyc/applications/:id/documents',
    {
      bodyLimit: config['kyc.max_document_bytes'],
      config: { rateLimit: perIdentity },
      schema: {
        summary: `Add a document (the body: ${DOCUMENT_MEDIA_TYPES.join(', ')}; ?kind=${DOCUMENT_KINDS.join('|')}; a signed request)`,
        tags: ['kyc'],
        params: ID_PARAMS,
        querystring: {
          type: 'object',
          required: ['kind'],
          additionalProperties: false,
          properties: { kind: { type: 'string', enum: [...DOCUMENT_KINDS] } },
        },
        response: { 201: envelope(documentSchema), ...errorResponses },
      },
    },
    async (req, reply) => {
      const { id } = ids(req);
      const who = await signed(req);
      const type = String(req.headers['content-type'] ?? '')
        .split(';')[0]!
        .trim();
      const doc = await kyc.addDocument(
        who.uuid,
        id,
        (req.query as { kind: string }).kind,
        type,
        req.rawBody ?? new Uint8Array(0),
      );
      return ok(reply, doc, 201);
    },
  );

  app.post(
    '/v1/kyc/applications/:id/submit',
    {
      schema: {
        summary: 'Submit the application for review (a signed request)',
        tags: ['kyc'],
        params: ID_PARAMS,
        response: {
          200: envelope({
            type: 'object',
            properties: { application: applicationSchema, redirectUrl: { type: 'string' } },
          }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const { id } = ids(req);
      const who = await signed(req);
      const { application, redirectUrl } = await kyc.submit(who.uuid, id);
      return ok(reply, {
        application: applicationOut(application),
        ...(redirectUrl ? { redirectUrl } : {}),
      });
    },
  );

  app.post(
    '/v1/kyc/applications/:id/withdraw',
    {
      schema: {
        summary:
          'Withdraw an open application; its documents are deleted at once (a signed request)',
        tags: ['kyc'],
        params: ID_PARAMS,
        response: { 200: envelope(applicationSchema), ...errorResponses },
      },
    },
    async (req, reply) => {
      const { id } = ids(req);
      const who = await signed(req);
      return ok(reply, applicationOut(await kyc.withdraw(who.uuid, id)));
    },
  );

  app.get(
    '/v1/kyc/issuer',
    {
      schema: {
        summary: 'The credential issuer: its origin and keys (JWK), for verifiers to pin',
        tags: ['kyc'],
        response: {
          200: envelope({
            type: 'object',
            properties: {
              issuer: { type: 'string' },
              keys: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    kty: { type: 'string' },
                    crv: { type: 'string' },
                    x: { type: 'string' },
                    kid: { type: 'string' },
                    alg: { type: 'string' },
                  },
                },
              },
            },
          }),
          ...errorResponses,
        },
      },
    },
    async (_req, reply) => ok(reply, { issuer: ctx.publicUrl(), keys: [await ctx.issuer.jwk()] }),
  );

  app.post(
    '/v1/kyc/credential',
    {
      config: { rateLimit: perIdentity },
      schema: {
        summary:
          'A verified credential (SD-JWT VC) for the signing identity, bound to the signing device’s key (a signed request)',
        tags: ['kyc'],
        body: { type: 'object', additionalProperties: false, properties: {} },
        response: {
          200: envelope({
            type: 'object',
            properties: { credential: { type: 'string' }, expiresAt: { type: 'integer' } },
          }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const who = await signed(req);
      const approved = await kyc.approved(who.uuid);
      if (!approved) throw new AppError('NOT_FOUND', 'this identity has no approved verification');
      const lifetimeS = config['kyc.credential_ttl_days'] * 86_400;
      const credential = await ctx.issuer.issue(
        ctx.publicUrl(),
        who.uuid,
        who.signer.signingKey,
        approved.claims,
        lifetimeS,
      );
      await ctx.db.tx((tx) =>
        kyc.audit.record(tx, {
          actor: `identity:${who.uuid}`,
          role: 'identity',
          action: 'credential.issue',
          subject: who.uuid,
          applicationId: approved.id,
          reason: `credential for device ${Buffer.from(who.signer.deviceId).toString('hex')}`,
        }),
      );
      reply.header('cache-control', 'no-store');
      return ok(reply, {
        credential,
        expiresAt: Math.floor(ctx.now() / 1000) * 1000 + lifetimeS * 1000,
      });
    },
  );

  // Staff.
  app.get(
    '/v1/kyc/queue',
    {
      schema: {
        summary: 'Applications in a state, oldest first (staff: reviewer, admin)',
        tags: ['kyc', 'staff'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { status: { type: 'string', enum: [...STATUSES] } },
        },
        response: {
          200: envelope({
            type: 'object',
            properties: { applications: { type: 'array', items: applicationSchema } },
          }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      await staffOf(staff, req, 'kyc.queue');
      const { status } = req.query as { status?: (typeof STATUSES)[number] };
      return ok(reply, { applications: (await kyc.queue(status)).map(applicationOut) });
    },
  );

  app.get(
    '/v1/kyc/applications/:id',
    {
      schema: {
        summary: 'An application, without its documents’ contents (staff: reviewer, admin)',
        tags: ['kyc', 'staff'],
        params: ID_PARAMS,
        response: { 200: envelope(applicationSchema), ...errorResponses },
      },
    },
    async (req, reply) => {
      const { id } = ids(req);
      await staffOf(staff, req, 'kyc.queue');
      const found = await kyc.get(id);
      if (!found) throw new AppError('NOT_FOUND', 'no such application');
      return ok(reply, applicationOut(found));
    },
  );

  app.post(
    '/v1/kyc/applications/:id/documents/:doc/read',
    {
      schema: {
        summary:
          'Read a document or the data fields, giving the reason: recorded in the audit trail (staff: reviewer, admin)',
        tags: ['kyc', 'staff'],
        params: DOC_PARAMS,
        body: {
          type: 'object',
          required: ['reason'],
          additionalProperties: false,
          properties: { reason: { type: 'string', minLength: 4, maxLength: 500 } },
        },
        response: {
          200: envelope({
            type: 'object',
            properties: { document: documentSchema, content: { type: 'string' } },
          }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const { id, doc } = ids(req);
      const member = await staffOf(staff, req, 'kyc.read');
      const { info, content } = await kyc.read(
        { actor: member.name, role: member.role },
        id,
        doc,
        (req.body as { reason: string }).reason,
      );
      reply.header('cache-control', 'no-store');
      return ok(reply, { document: info, content: Buffer.from(content).toString('base64') });
    },
  );

  app.post(
    '/v1/kyc/applications/:id/decision',
    {
      schema: {
        summary: 'Approve, reject or ask for more information (staff: reviewer, admin)',
        tags: ['kyc', 'staff'],
        params: ID_PARAMS,
        body: {
          type: 'object',
          required: ['decision', 'note'],
          additionalProperties: false,
          properties: {
            decision: { type: 'string', enum: [...DECISIONS] },
            note: { type: 'string', maxLength: 2000 },
            claims: ANY,
          },
        },
        response: { 200: envelope(applicationSchema), ...errorResponses },
      },
    },
    async (req, reply) => {
      const { id } = ids(req);
      const member = await staffOf(staff, req, 'kyc.decide');
      const body = req.body as { decision: string; note: string; claims?: unknown };
      return ok(
        reply,
        applicationOut(
          await kyc.decide(
            { actor: member.name, role: member.role },
            id,
            body.decision,
            body.note,
            body.claims,
          ),
        ),
      );
    },
  );

  // The third-party provider's decision.
  app.post(
    '/v1/kyc/webhook',
    {
      schema: {
        summary: `A KYC provider's decision (kyc.provider = webhook; signed in the ${SIGNATURE_HEADER} header)`,
        tags: ['kyc'],
        body: ANY,
        response: { 200: envelope(applicationSchema), ...errorResponses },
      },
    },
    async (req, reply) => {
      if (kyc.provider.name !== 'webhook')
        throw new AppError('NOT_FOUND', 'this directory takes no provider webhooks');
      verifyWebhook(
        config['kyc.webhook_secret'],
        req.headers[SIGNATURE_HEADER],
        req.rawBody ?? new Uint8Array(0),
        ctx.now(),
      );
      const decision = parseWebhookDecision(req.body);
      const target = await kyc.byReference('webhook', decision.reference);
      if (!target) throw new AppError('NOT_FOUND', 'no application has this reference');
      return ok(
        reply,
        applicationOut(
          await kyc.decide(
            { actor: 'provider:webhook', role: 'provider' },
            target,
            decision.decision,
            decision.note || (decision.decision === 'approved' ? '' : 'decided by the provider'),
            decision.claims,
          ),
        ),
      );
    },
  );
};
