/**
 * The directory's HTTP API (spec/directory.md), on the kit's base app
 * (envelope, request ids, CORS, security headers, rate limits, health).
 * `buildDirectoryApp` makes the app without listening, so tests drive it
 * with `app.inject`; `main.ts` listens. Every route's schema goes into the
 * OpenAPI document served at `GET /v1/openapi.json` (`@fastify/swagger`).
 */
import swagger from '@fastify/swagger';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { createServerApp, ok, outageLog } from '@nexuslink/server-kit';
import type { Db, OutageLog } from '@nexuslink/server-kit';
import { Anomalies } from './anomalies.ts';
import type { Config } from './config.ts';
import type { DirectoryRouteContext } from './http/context.ts';
import { ProofOfWork } from './pow.ts';
import { keepRawBodies } from './http/identity.ts';
import { AuditTrail } from './kyc/audit.ts';
import { CredentialIssuer } from './kyc/issuer.ts';
import { reviewProvider, webhookProvider } from './kyc/providers.ts';
import { Kyc } from './kyc/service.ts';
import { configuredVault } from './kyc/vault.ts';
import type { DocumentVault } from './kyc/vault.ts';
import { communityRoutes } from './routes/communities.ts';
import { consoleRoutes } from './routes/console.ts';
import { kycRoutes } from './routes/kyc.ts';
import { officialRoutes } from './routes/official.ts';
import { powRoutes } from './routes/pow.ts';
import { privacyRoutes } from './routes/privacy.ts';
import { noticeHookRoutes } from './routes/notice-hooks.ts';
import { reportRoutes } from './routes/reports.ts';
import { Reports } from './reports.ts';
import { staffRoutes } from './routes/staff.ts';
import { Staff } from './staff.ts';
import { CommunityStore } from './store.ts';

/** The version the directory reports (`GET /v1/directory`, the OpenAPI document). */
export const DIRECTORY_VERSION = '0.1.0';

/** Options of {@link buildDirectoryApp}. */
export interface DirectoryAppOptions {
  readonly config: Config;
  /** The primary database. */
  readonly db: Db;
  /** A read replica for searches and reads (default: the primary). */
  readonly readDb?: Db;
  /** The directory's origin (read when needed: known once it listens). */
  readonly publicUrl: () => string;
  readonly logger?: FastifyServerOptions['logger'];
  readonly https?: { key: Buffer; cert: Buffer } | null;
  readonly now?: () => number;
  /** The KYC document vault (default: the one the configuration names, closed with the app). */
  readonly vault?: DocumentVault;
}

/** The app, ready for `listen` or `inject`. */
export async function buildDirectoryApp(options: DirectoryAppOptions): Promise<{
  app: FastifyInstance;
  store: CommunityStore;
  anomalies: Anomalies;
  kyc: Kyc;
  staff: Staff;
  reports: Reports;
  vault: DocumentVault;
  beginShutdown: () => void;
  outage: OutageLog;
}> {
  const { config, db } = options;
  const now = options.now ?? Date.now;
  const store = new CommunityStore(db, options.readDb ?? db);
  const { app, beginShutdown } = await createServerApp({
    logger: options.logger,
    bodyLimit: 64 * 1024,
    trustProxy: config['server.trust_proxy'],
    https: options.https ?? null,
    corsOrigins: config['cors.origins'],
    ratePerMinute: config['limits.rate_per_minute'],
    ready: () => store.ping(),
    first: async (a) => {
      await a.register(swagger, {
        openapi: {
          openapi: '3.1.0',
          info: {
            title: 'NexusLink directory',
            version: DIRECTORY_VERSION,
            description:
              'Community listings, search, health, reports and KYC (spec/directory.md). Every answer is the envelope { ok, data } or { ok: false, error: { code, message } }.',
          },
        },
      });
    },
  });
  const pow = new ProofOfWork({
    db,
    cost: config['pow.cost'],
    maxCounter: config['pow.max_counter'],
    ttlMs: config['pow.ttl_s'] * 1000,
    now,
  });
  const anomalies = new Anomalies({
    db,
    now,
    windowMs: config['anomaly.burst_window_s'] * 1000,
    perAddress: config['anomaly.burst_per_address'],
    overall: config['anomaly.burst_overall'],
  });
  const vault = options.vault ?? configuredVault(config);
  if (!options.vault) app.addHook('onClose', () => vault.close());
  const kyc = new Kyc({
    db,
    vault,
    audit: new AuditTrail(now),
    provider:
      config['kyc.provider'] === 'webhook'
        ? webhookProvider({
            url: config['kyc.webhook_url'],
            secret: config['kyc.webhook_secret'],
            callbackUrl: () => `${options.publicUrl()}/v1/kyc/webhook`,
            timeoutMs: config['proof.timeout_ms'],
            now,
          })
        : reviewProvider,
    now,
    retentionDays: config['kyc.retention_days'],
    maxDocuments: config['kyc.max_documents'],
    maxDocumentBytes: config['kyc.max_document_bytes'],
    applicationsPerDay: config['kyc.applications_per_day'],
    consentVersion: config['privacy.consent_version'],
  });
  const staff = new Staff({
    db,
    now,
    sessionTtlMs: config['staff.session_ttl_s'] * 1000,
    maxFailures: config['staff.max_login_failures'],
  });
  const reports = new Reports({
    db,
    store,
    anomalies,
    audit: kyc.audit,
    now,
    perDay: config['reports.per_day'],
    flagThreshold: config['reports.flag_threshold'],
    retentionDays: config['reports.retention_days'],
  });
  keepRawBodies(app);
  const context: DirectoryRouteContext = {
    config,
    db,
    store,
    pow,
    anomalies,
    kyc,
    issuer: new CredentialIssuer({ db, vault, now }),
    staff,
    reports,
    now,
    publicUrl: options.publicUrl,
  };
  app.get(
    '/v1/directory',
    { schema: { summary: 'Who this directory is', tags: ['directory'] } },
    async (_req, reply) =>
      ok(reply, {
        name: config['server.name'],
        url: options.publicUrl(),
        version: DIRECTORY_VERSION,
      }),
  );
  await app.register(powRoutes, context);
  await app.register(communityRoutes, context);
  await app.register(officialRoutes, context);
  await app.register(kycRoutes, context);
  await app.register(reportRoutes, context);
  await app.register(noticeHookRoutes, context);
  await app.register(privacyRoutes, context);
  await app.register(staffRoutes, context);
  await app.register(consoleRoutes, context);
  app.get(
    '/v1/openapi.json',
    { schema: { summary: 'This document', tags: ['directory'] } },
    async () => app.swagger(),
  );
  return {
    app,
    store,
    anomalies,
    kyc,
    staff,
    reports,
    vault,
    beginShutdown,
    outage: outageLog(app.log),
  };
}
