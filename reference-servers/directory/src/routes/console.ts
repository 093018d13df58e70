/**
 * The review console (spec/directory.md §6.4): server-rendered pages for
 * staff, behind a login. The session is an `HttpOnly`, `SameSite=Strict`
 * cookie; every form carries the session's CSRF token; pages are never
 * cached and their CSP allows only this origin's stylesheet, forms to this
 * origin and `data:` images.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isUuidText } from '@nexuslink/server-kit';
import {
  applicationPage,
  auditPage,
  documentPage,
  loginPage,
  queuePage,
  STYLE,
} from '../console/pages.ts';
import type { DirectoryRouteContext } from '../http/context.ts';
import { STATUSES } from '../kyc/service.ts';
import type { Status } from '../kyc/service.ts';
import { may, SESSION_COOKIE, sessionToken } from '../staff.ts';
import type { Permission, StaffMember } from '../staff.ts';

const CSP =
  "default-src 'none'; style-src 'self'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

function html(reply: FastifyReply, body: string, status = 200): FastifyReply {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-security-policy', CSP)
    .header('cache-control', 'no-store')
    .send(body);
}

const form = (req: FastifyRequest): Record<string, string> =>
  (req.body ?? {}) as Record<string, string>;

/** The console. */
export const consoleRoutes: FastifyPluginAsync<DirectoryRouteContext> = async (app, ctx) => {
  const { staff, kyc, db } = ctx;
  const secure = () => ctx.publicUrl().startsWith('https:');
  const ttlS = ctx.config['staff.session_ttl_s'];

  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 16 * 1024 },
    (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  /** The member of the console session, or `null` after sending the login page (or a refusal). */
  const member = async (
    req: FastifyRequest,
    reply: FastifyReply,
    permission: Permission,
  ): Promise<StaffMember | null> => {
    const m = await staff.session(sessionToken(req));
    if (!m) {
      void reply.redirect('/console/login', 303);
      return null;
    }
    if (!may(m.role, permission)) {
      void html(reply, loginPage(`The ${m.role} role may not open this page.`), 403);
      return null;
    }
    if (req.method === 'POST') {
      const given = Buffer.from(form(req).csrf ?? '');
      const expected = Buffer.from(m.csrf);
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        throw new AppError(
          'NOT_PERMITTED',
          'the form is stale or not from this console: reload it',
        );
    }
    return m;
  };

  const hide = { schema: { hide: true } };

  app.get('/console/style.css', hide, async (_req, reply) =>
    reply
      .header('content-type', 'text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(STYLE),
  );

  app.get('/console/login', hide, async (_req, reply) => html(reply, loginPage()));

  app.post(
    '/console/login',
    { ...hide, config: { rateLimit: { max: 20, timeWindow: 60_000 } } },
    async (req, reply) => {
      const f = form(req);
      try {
        const session = await staff.login(f.name, f.password, req.ip);
        return reply
          .header(
            'set-cookie',
            `${SESSION_COOKIE}=${session.token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${ttlS}${secure() ? '; Secure' : ''}`,
          )
          .redirect('/console', 303);
      } catch (err) {
        if (err instanceof AppError && (err.code === 'UNAUTHORIZED' || err.code === 'RATE_LIMITED'))
          return html(reply, loginPage(err.message), err.status);
        throw err;
      }
    },
  );

  app.post('/console/logout', hide, async (req, reply) => {
    const m = await member(req, reply, 'kyc.queue').catch(() => null);
    if (m) await staff.logout(m);
    return reply
      .header('set-cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`)
      .redirect('/console/login', 303);
  });

  app.get('/console', hide, async (req, reply) => {
    const m = await staff.session(sessionToken(req));
    if (m && !may(m.role, 'kyc.queue') && may(m.role, 'audit.read'))
      return reply.redirect('/console/audit', 303);
    const who = await member(req, reply, 'kyc.queue');
    if (!who) return reply;
    const asked = (req.query as { status?: string }).status;
    const status = (STATUSES as readonly string[]).includes(asked ?? '')
      ? (asked as Status)
      : 'submitted';
    return html(reply, queuePage(who, status, await kyc.queue(status)));
  });

  const application = async (req: FastifyRequest) => {
    const { id } = req.params as { id: string };
    if (!isUuidText(id)) throw new AppError('INVALID_ARGUMENT', 'not an application id');
    const found = await kyc.get(id);
    if (!found) throw new AppError('NOT_FOUND', 'no such application');
    return found;
  };

  app.get('/console/applications/:id', hide, async (req, reply) => {
    const who = await member(req, reply, 'kyc.queue');
    if (!who) return reply;
    return html(reply, applicationPage(who, await application(req)));
  });

  app.post('/console/applications/:id/documents/:doc', hide, async (req, reply) => {
    const who = await member(req, reply, 'kyc.read');
    if (!who) return reply;
    const found = await application(req);
    const { doc } = req.params as { doc: string };
    if (!isUuidText(doc)) throw new AppError('INVALID_ARGUMENT', 'not a document id');
    const reason = form(req).reason ?? '';
    let read;
    try {
      read = await kyc.read({ actor: who.name, role: who.role }, found.id, doc, reason);
    } catch (err) {
      if (err instanceof AppError && err.code === 'INVALID_ARGUMENT')
        return html(reply, applicationPage(who, found, err.message), 400);
      throw err;
    }
    return html(reply, documentPage(who, found, read.info, read.content, reason.trim()));
  });

  app.post('/console/applications/:id/decision', hide, async (req, reply) => {
    const who = await member(req, reply, 'kyc.decide');
    if (!who) return reply;
    const found = await application(req);
    const f = form(req);
    try {
      const decided = await kyc.decide(
        { actor: who.name, role: who.role },
        found.id,
        f.decision,
        f.note ?? '',
        {
          ...(f.age_over_18 === 'true' ? { age_over_18: true } : {}),
          ...(f.country ? { country: f.country.toUpperCase() } : {}),
        },
      );
      return html(reply, applicationPage(who, decided, `Recorded: ${decided.status}.`));
    } catch (err) {
      if (err instanceof AppError && ['INVALID_ARGUMENT', 'CONFLICT'].includes(err.code))
        return html(reply, applicationPage(who, found, err.message), err.status);
      throw err;
    }
  });

  app.get('/console/audit', hide, async (req, reply) => {
    const who = await member(req, reply, 'audit.read');
    if (!who) return reply;
    let intact = true;
    try {
      await kyc.audit.verify(db);
    } catch {
      intact = false;
    }
    await db.tx((tx) =>
      kyc.audit.record(tx, {
        actor: who.name,
        role: who.role,
        action: 'audit.read',
        reason: 'audit trail viewed in the console',
      }),
    );
    return html(reply, auditPage(who, await kyc.audit.latest(db), intact));
  });
};
