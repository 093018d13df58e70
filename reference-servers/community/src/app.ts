/**
 * The HTTP API (spec/community.md §4): Fastify with JSON schemas on every
 * body, the envelope `{ ok, data | error }` on every response, a request id
 * (taken from `X-Request-Id` when it is sane, else a new UUIDv7) on every
 * log line and response, CORS, security headers, body-size and rate limits.
 * `buildApp` makes the app without listening, so tests drive it with
 * `app.inject`; `main.ts` listens.
 */
import { createHash } from 'node:crypto';
import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest, FastifyServerOptions } from 'fastify';
import {
  createPreKeyBundle,
  decodeDeviceCertificate,
  decodeSelfSigningCertificate,
  uuidFromPublicKey,
  MAX_KEM_ONE_TIME_PREKEYS,
  MAX_ONE_TIME_PREKEYS,
  verifyPreKeyUpload,
} from '@nexuslink/sdk';
import { Auth } from './auth.ts';
import {
  AppError,
  createServerApp,
  fromBase64,
  fromNexusError,
  guardConnections,
  isUuidText,
  ok,
  toBase64,
  uuidv7,
} from '@nexuslink/server-kit';
import type { Config } from './config.ts';
import { Hub } from './realtime.ts';
import type { ChannelRole, Repository, Session } from './repository.ts';
import { RepositoryError } from './repository.ts';

/** The version the server reports (`GET /v1/server`). */
export const SERVER_VERSION = '0.1.0';

export interface AppOptions {
  readonly config: Config;
  readonly repo: Repository;
  /** The origin devices sign at login (`server.public_url`, or derived from host and port). */
  readonly publicUrl: string;
  /** Pino options, or false for no logs (tests). */
  readonly logger?: FastifyServerOptions['logger'];
  /** HTTPS options when TLS is configured. */
  readonly https?: { key: Buffer; cert: Buffer } | null;
  readonly now?: () => number;
}

declare module 'fastify' {
  interface FastifyRequest {
    session: Session | null;
  }
}

const hexOf = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const DEVICE_HEX = /^[0-9a-f]{32}$/;
// A NexusLink UUID: 50 Base58 characters (syntax; the SDK checks the checksum where it matters).
const MEMBER_UUID = /^[1-9A-HJ-NP-Za-km-z]{50}$/;

const b64 = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;

/** The prekey counts as the API answers them (spec/community.md §4). */
const countsJson = (c: { oneTime: number; kemOneTime: number }) => ({
  oneTimePreKeys: c.oneTime,
  kemOneTimePreKeys: c.kemOneTime,
});

/** The app, ready for `listen` or `inject`. */
export async function buildApp(options: AppOptions): Promise<{
  app: FastifyInstance;
  auth: Auth;
  hub: Hub;
  beginShutdown: () => void;
}> {
  const { config, repo } = options;
  const now = options.now ?? Date.now;
  const auth = new Auth(repo, config, options.publicUrl, now);
  const { app, shuttingDown, beginShutdown } = await createServerApp({
    logger: options.logger,
    bodyLimit: config['limits.body_bytes'],
    trustProxy: config['server.trust_proxy'],
    https: options.https ?? null,
    corsOrigins: config['cors.origins'],
    ratePerMinute: config['limits.rate_per_minute'],
    ready: () => repo.ping(),
    mapError: (error) =>
      error instanceof RepositoryError
        ? new AppError(error.code === 'NOT_FOUND' ? 'NOT_FOUND' : error.code, error.message)
        : undefined,
  });
  // Connections that have not logged in are bounded per address and in all,
  // and must send a request within the deadline (spec/community.md §5.4).
  const guard = guardConnections(app.server, {
    requestTimeoutMs: config['limits.request_timeout_ms'],
    perAddress: config['limits.connections_per_address'],
    total: config['limits.pending_connections'],
    onRefused: (reason, address) =>
      app.log.info({ reason, address }, 'connection refused or closed before a request'),
  });
  const hub = new Hub({ repo, auth, config, now, log: app.log, guard });
  auth.onRevoked = (uuid, ids) => hub.revoked(uuid, ids);

  app.decorateRequest('session', null);
  await app.register(websocket, {
    options: { maxPayload: config['limits.message_bytes'] + 1024 },
  });

  /** Requires `Authorization: Bearer <access token>`. */
  const authenticated = async (req: FastifyRequest) => {
    const header = req.headers.authorization;
    const token =
      typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : undefined;
    req.session = await auth.authenticate(token);
  };
  const sessionOf = (req: FastifyRequest): Session => req.session!;
  const loginLimit = {
    rateLimit: { max: config['limits.auth_rate_per_minute'], timeWindow: 60_000 },
  };

  // --- health -------------------------------------------------------------------

  app.get('/v1/server', async (_req, reply) =>
    ok(reply, {
      name: config['server.name'],
      url: options.publicUrl,
      version: SERVER_VERSION,
      limits: {
        messageBytes: config['limits.message_bytes'],
        bodyBytes: config['limits.body_bytes'],
        oneTimePreKeys: MAX_ONE_TIME_PREKEYS,
        heartbeatMs: config['websocket.heartbeat_ms'],
      },
    }),
  );

  // --- auth ---------------------------------------------------------------------

  app.post('/v1/auth/challenge', { config: loginLimit }, async (_req, reply) => {
    const c = await auth.challenge();
    return ok(reply, {
      server: options.publicUrl,
      nonce: toBase64(c.nonce),
      expiresAt: c.expiresAt,
    });
  });

  app.post<{
    Body: {
      nonce: string;
      deviceCertificate: string;
      selfSigningCertificate: string;
      revocationList?: string;
      signature: string;
    };
  }>(
    '/v1/auth/login',
    {
      config: loginLimit,
      schema: {
        body: {
          type: 'object',
          required: ['nonce', 'deviceCertificate', 'selfSigningCertificate', 'signature'],
          additionalProperties: false,
          properties: {
            nonce: b64(64),
            deviceCertificate: b64(180_000),
            selfSigningCertificate: b64(180_000),
            revocationList: b64(180_000),
            signature: b64(200),
          },
        },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const nonce = fromBase64('nonce', b.nonce, 32);
      if (nonce.length !== 32) throw new AppError('INVALID_ARGUMENT', 'nonce must be 32 bytes');
      const result = await auth.login(
        {
          nonce,
          deviceCertificate: fromBase64('deviceCertificate', b.deviceCertificate),
          selfSigningCertificate: fromBase64('selfSigningCertificate', b.selfSigningCertificate),
          revocationList: b.revocationList ? fromBase64('revocationList', b.revocationList) : null,
          signature: fromBase64('signature', b.signature, 200),
        },
        { address: req.ip, log: req.log },
      );
      return ok(reply, {
        accessToken: result.accessToken,
        accessExpiresAt: result.accessExpiresAt,
        refreshToken: result.refreshToken,
        refreshExpiresAt: result.refreshExpiresAt,
        member: { uuid: result.member.uuid, role: result.member.role },
        deviceId: hexOf(result.deviceId),
      });
    },
  );

  app.post<{ Body: { refreshToken: string } }>(
    '/v1/auth/refresh',
    {
      // The global per-address limit, not the login one: a valid refresh
      // token must work even while someone at the same address guesses
      // (spec/community.md §3, "Lockout"); failures are counted by Auth.
      schema: {
        body: {
          type: 'object',
          required: ['refreshToken'],
          additionalProperties: false,
          properties: { refreshToken: { type: 'string', minLength: 1, maxLength: 128 } },
        },
      },
    },
    async (req, reply) =>
      ok(reply, await auth.refresh(req.body.refreshToken, { address: req.ip, log: req.log })),
  );

  app.post('/v1/auth/logout', { preHandler: authenticated }, async (req, reply) => {
    const s = sessionOf(req);
    await auth.logout(s);
    hub.disconnectSession(s.familyId);
    return ok(reply, {});
  });

  app.post<{ Body: { revocationList: string } }>(
    '/v1/devices/revoke',
    {
      preHandler: authenticated,
      schema: {
        body: {
          type: 'object',
          required: ['revocationList'],
          additionalProperties: false,
          properties: { revocationList: b64(180_000) },
        },
      },
    },
    async (req, reply) => {
      const s = sessionOf(req);
      const m = (await repo.member(s.memberUuid))!;
      const before = new Set(
        (await repo.devices(s.memberUuid))
          .filter((d) => d.revokedAt !== null)
          .map((d) => hexOf(d.deviceId)),
      );
      await auth.applyRevocationList(
        m.uuid,
        decodeSelfSigningCertificate(m.selfSigningCertificate).identityKey,
        m.selfSigningCertificate,
        m.revocationList,
        fromBase64('revocationList', req.body.revocationList),
        now(),
      );
      const revoked = (await repo.devices(s.memberUuid))
        .filter((d) => d.revokedAt !== null && !before.has(hexOf(d.deviceId)))
        .map((d) => hexOf(d.deviceId));
      return ok(reply, { revoked });
    },
  );

  // --- prekeys --------------------------------------------------------------------

  app.post<{
    Body: {
      deviceCertificate: string;
      selfSigningCertificate: string;
      signedPreKey: string;
      kemPreKey: string;
      oneTimePreKeys: string[];
      kemOneTimePreKeys?: string[];
    };
  }>(
    '/v1/prekeys',
    {
      preHandler: authenticated,
      schema: {
        body: {
          type: 'object',
          required: [
            'deviceCertificate',
            'selfSigningCertificate',
            'signedPreKey',
            'kemPreKey',
            'oneTimePreKeys',
          ],
          additionalProperties: false,
          properties: {
            deviceCertificate: b64(180_000),
            selfSigningCertificate: b64(180_000),
            signedPreKey: b64(4096),
            kemPreKey: b64(4096),
            oneTimePreKeys: { type: 'array', maxItems: MAX_ONE_TIME_PREKEYS, items: b64(256) },
            // Optional: a device of an SDK from before one-time KEM prekeys sends none.
            // A full upload (100 × ~2.3 KB) fits the default 1 MiB body limit.
            kemOneTimePreKeys: {
              type: 'array',
              maxItems: MAX_KEM_ONE_TIME_PREKEYS,
              items: b64(4096),
            },
          },
        },
      },
    },
    async (req, reply) => {
      const s = sessionOf(req);
      const b = req.body;
      const m = (await repo.member(s.memberUuid))!;
      const deviceCertificate = fromBase64('deviceCertificate', b.deviceCertificate);
      // A device publishes its own keys, under the identity it logged in as.
      let claimed;
      try {
        claimed = decodeDeviceCertificate(deviceCertificate);
      } catch (err) {
        throw fromNexusError(err);
      }
      if (
        uuidFromPublicKey(claimed.identityKey) !== s.memberUuid ||
        hexOf(claimed.deviceId) !== hexOf(s.deviceId)
      )
        throw new AppError('NOT_PERMITTED', 'a device publishes only its own prekeys');
      let verified;
      try {
        verified = verifyPreKeyUpload(
          {
            deviceCertificate,
            selfSigningCertificate: fromBase64('selfSigningCertificate', b.selfSigningCertificate),
            signedPreKey: fromBase64('signedPreKey', b.signedPreKey),
            kemPreKey: fromBase64('kemPreKey', b.kemPreKey),
            oneTimePreKeys: b.oneTimePreKeys.map((k, i) => fromBase64(`oneTimePreKeys[${i}]`, k)),
            kemOneTimePreKeys: (b.kemOneTimePreKeys ?? []).map((k, i) =>
              fromBase64(`kemOneTimePreKeys[${i}]`, k),
            ),
          },
          {
            now: now(),
            known: {
              selfSigningCertificate: m.selfSigningCertificate,
              revocationList: m.revocationList,
            },
          },
        );
      } catch (err) {
        throw fromNexusError(err);
      }
      // Key consistency: the keys are signed by the device key the device logged in with.
      const stored = await repo.device(s.memberUuid, s.deviceId);
      if (
        !stored ||
        Buffer.compare(Buffer.from(stored.certificate), Buffer.from(verified.deviceCertificate)) !==
          0
      )
        throw new AppError(
          'CONFLICT',
          'the device certificate differs from the one this device logged in with',
        );
      const counts = await repo.savePreKeys(
        s.memberUuid,
        s.deviceId,
        {
          signed: { keyId: verified.bundle.signedPreKey.id, data: verified.signedPreKey },
          kem: { keyId: verified.bundle.kemPreKey.id, data: verified.kemPreKey },
          oneTime: [...verified.oneTimePreKeys].map(([keyId, data]) => ({ keyId, data })),
          kemOneTime: [...verified.kemOneTimePreKeys].map(([keyId, k]) => ({
            keyId,
            data: k.signedPreKey,
            createdAt: k.createdAtMs,
          })),
        },
        { oneTime: MAX_ONE_TIME_PREKEYS, kemOneTime: MAX_KEM_ONE_TIME_PREKEYS },
        now(),
      );
      return ok(reply, countsJson(counts));
    },
  );

  /** The published keys of the caller's device, to compare with what it holds. */
  app.get('/v1/prekeys/self', { preHandler: authenticated }, async (req, reply) => {
    const s = sessionOf(req);
    const rows = await repo.db.all(
      `SELECT kind, key_id, key_data FROM prekeys
       WHERE member_uuid = $1 AND device_id = $2 AND kind IN ('signed', 'kem')`,
      [s.memberUuid, s.deviceId],
    );
    const digest = (kind: string) => {
      const r = rows.find((x) => x.kind === kind);
      return r
        ? {
            keyId: Number(r.key_id),
            sha256: createHash('sha256')
              .update(r.key_data as Uint8Array)
              .digest('hex'),
          }
        : null;
    };
    return ok(reply, {
      signedPreKey: digest('signed'),
      kemPreKey: digest('kem'),
      ...countsJson(await repo.preKeyCounts(s.memberUuid, s.deviceId, now())),
    });
  });

  app.get('/v1/prekeys/count', { preHandler: authenticated }, async (req, reply) => {
    const s = sessionOf(req);
    return ok(reply, countsJson(await repo.preKeyCounts(s.memberUuid, s.deviceId, now())));
  });

  app.get<{ Params: { uuid: string }; Querystring: { exclude?: string } }>(
    '/v1/prekeys/:uuid',
    {
      preHandler: authenticated,
      schema: {
        params: { type: 'object', properties: { uuid: { type: 'string', maxLength: 64 } } },
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { exclude: { type: 'string', maxLength: 64 * 33 } },
        },
      },
    },
    async (req, reply) => {
      const { uuid } = req.params;
      if (!MEMBER_UUID.test(uuid)) throw new AppError('INVALID_ARGUMENT', 'not a UUID');
      const exclude = (req.query.exclude ?? '').split(',').filter((x) => x.length > 0);
      if (!exclude.every((x) => DEVICE_HEX.test(x)))
        throw new AppError(
          'INVALID_ARGUMENT',
          'exclude is a comma-separated list of device ids (32 hex digits)',
        );
      const member = await repo.member(uuid);
      if (!member) return ok(reply, { bundles: [] });
      const requester = sessionOf(req).memberUuid;
      // Prekey draining: past its share a requester gets bundles without
      // one-time keys (first contact still works), past the hard limit nothing.
      const { bundles, remaining, retryAfterMs } = await repo.takeBundles(
        uuid,
        exclude.map((x) => new Uint8Array(Buffer.from(x, 'hex'))),
        now(),
        {
          requester,
          windowMs: config['limits.prekey_window_ms'],
          oneTimePerRequester: config['limits.prekey_one_time_per_requester'],
          oneTimePerDevice: config['limits.prekey_one_time_per_device'],
          bundlesPerRequester: config['limits.prekey_bundles_per_requester'],
        },
      );
      if (retryAfterMs !== undefined) {
        req.log.warn({ requester, target: uuid }, 'prekey fetches over the hard limit');
        throw new AppError('RATE_LIMITED', 'too many prekey fetches for this member', retryAfterMs);
      }
      // The owner's devices hear when they run low (PreKeysLow), so they replenish.
      for (const [device, count] of remaining) hub.preKeysTaken(uuid, device, count);
      return ok(reply, {
        bundles: bundles.map((b) =>
          toBase64(
            createPreKeyBundle({
              device: {
                deviceCertificate: b.deviceCertificate,
                selfSigningCertificate: member.selfSigningCertificate,
              },
              signedPreKey: b.signedPreKey,
              kemPreKey: b.kemPreKey,
              oneTimePreKey: b.oneTimePreKey,
            }),
          ),
        ),
      });
    },
  );

  app.delete<{ Params: { uuid: string; keyId: string } }>(
    '/v1/prekeys/:uuid/:keyId',
    { preHandler: authenticated },
    async (req, reply) => {
      const s = sessionOf(req);
      if (req.params.uuid !== s.memberUuid)
        throw new AppError('NOT_PERMITTED', 'a device removes only its own prekeys');
      if (!/^\d{1,10}$/.test(req.params.keyId) || Number(req.params.keyId) > 0xffffffff)
        throw new AppError('INVALID_ARGUMENT', 'key_id is a uint32');
      if (!(await repo.deleteOneTimePreKey(s.memberUuid, s.deviceId, Number(req.params.keyId))))
        throw new AppError('NOT_FOUND', 'no such one-time prekey');
      return ok(reply, countsJson(await repo.preKeyCounts(s.memberUuid, s.deviceId, now())));
    },
  );

  // --- channels ----------------------------------------------------------------------

  const channelJson = (
    c: {
      id: string;
      name: string;
      topic: string;
      visibility: string;
      createdBy: string;
      createdAt: number;
      lastSeq: number;
    },
    role: ChannelRole | null,
  ) => ({
    id: c.id,
    name: c.name,
    topic: c.topic,
    visibility: c.visibility,
    createdBy: c.createdBy,
    createdAt: c.createdAt,
    lastSeq: c.lastSeq,
    role,
  });
  const channelOr404 = async (id: string) => {
    if (!isUuidText(id)) throw new AppError('INVALID_ARGUMENT', 'a channel id is a UUID');
    const c = await repo.channel(id);
    if (!c) throw new AppError('NOT_FOUND', 'no such channel');
    return c;
  };
  /**
   * The channel and the caller's role in it (null: not a member). A private
   * channel exists only for its members and those invited to it: for anyone
   * else every route answers NOT_FOUND, as for a channel that does not exist.
   */
  const visibleChannel = async (id: string, uuid: string) => {
    const c = await channelOr404(id);
    const role = (await repo.channelRole(c.id, uuid)) ?? null;
    if (c.visibility === 'private' && role === null && !(await repo.invited(c.id, uuid)))
      throw new AppError('NOT_FOUND', 'no such channel');
    return { c, role };
  };
  /** `role` when it is one of `allowed`, else NOT_PERMITTED. */
  const requireRole = (role: ChannelRole | null, allowed: readonly ChannelRole[]) => {
    if (!role || !allowed.includes(role))
      throw new AppError(
        'NOT_PERMITTED',
        `this needs the role ${allowed.join(' or ')} in the channel`,
      );
    return role;
  };
  /** A member UUID in a path: refused before it reaches a query. */
  const memberParam = (uuid: string) => {
    if (!MEMBER_UUID.test(uuid)) throw new AppError('INVALID_ARGUMENT', 'not a UUID');
    return uuid;
  };
  const name = { type: 'string', minLength: 1, maxLength: 100 } as const;
  const topic = { type: 'string', maxLength: 1000 } as const;
  /**
   * A channel's name and topic as they will be stored. PostgreSQL refuses
   * NUL in text (a 500 before), and a lone surrogate has no UTF-8 form (both
   * databases would store U+FFFD instead): both are INVALID_ARGUMENT, as are
   * other control characters (a topic may hold tabs and line breaks) and a
   * name of only white space. Lengths (in code points) are the schemas'.
   */
  const checkChannelText = (body: { name?: string; topic?: string }) => {
    for (const field of ['name', 'topic'] as const) {
      const value = body[field];
      if (value === undefined) continue;
      if (/\p{Cs}/u.test(value))
        throw new AppError('INVALID_ARGUMENT', `${field} is not valid Unicode (a lone surrogate)`);
      // C0 and C1 controls, NUL among them; a topic may hold tabs and line breaks.
      const control = field === 'topic' ? /[^\P{Cc}\t\n\r]/u : /\p{Cc}/u;
      if (control.test(value))
        throw new AppError('INVALID_ARGUMENT', `${field} holds a control character`);
      if (field === 'name' && value.trim().length === 0)
        throw new AppError('INVALID_ARGUMENT', 'name is empty');
    }
  };
  /** Audit a leave or a removal, and the channel's end when that was its last member. */
  const auditLeft = async (
    actorUuid: string,
    channelId: string,
    action: string,
    metadata: Record<string, unknown>,
    left: 'left' | 'deleted',
  ) => {
    const t = now();
    await repo.audit({
      actorUuid,
      action,
      targetType: 'channel',
      targetId: channelId,
      metadata,
      now: t,
    });
    if (left === 'deleted')
      await repo.audit({
        actorUuid,
        action: 'channel.delete',
        targetType: 'channel',
        targetId: channelId,
        metadata: { reason: 'last member left' },
        now: t,
      });
  };

  app.get('/v1/channels', { preHandler: authenticated }, async (req, reply) => {
    const s = sessionOf(req);
    return ok(reply, {
      channels: (await repo.channelsFor(s.memberUuid)).map((c) => channelJson(c, c.role)),
    });
  });

  app.post<{ Body: { name: string; topic?: string; visibility?: 'public' | 'private' } }>(
    '/v1/channels',
    {
      preHandler: authenticated,
      schema: {
        body: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: { name, topic, visibility: { type: 'string', enum: ['public', 'private'] } },
        },
      },
    },
    async (req, reply) => {
      const s = sessionOf(req);
      checkChannelText(req.body);
      const t = now();
      const c = await repo.createChannel({
        id: uuidv7(t),
        name: req.body.name,
        topic: req.body.topic ?? '',
        visibility: req.body.visibility ?? 'public',
        createdBy: s.memberUuid,
        now: t,
      });
      await repo.audit({
        actorUuid: s.memberUuid,
        action: 'channel.create',
        targetType: 'channel',
        targetId: c.id,
        now: t,
      });
      hub.channelChanged(c.id);
      return ok(reply, channelJson(c, 'admin'), 201);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/v1/channels/:id',
    { preHandler: authenticated },
    async (req, reply) => {
      const { c, role } = await visibleChannel(req.params.id, sessionOf(req).memberUuid);
      return ok(reply, channelJson(c, role));
    },
  );

  app.patch<{ Params: { id: string }; Body: { name?: string; topic?: string } }>(
    '/v1/channels/:id',
    {
      preHandler: authenticated,
      schema: {
        body: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: { name, topic },
        },
      },
    },
    async (req, reply) => {
      const s = sessionOf(req);
      const { c, role } = await visibleChannel(req.params.id, s.memberUuid);
      // Renaming is for admins; moderators may set the topic.
      requireRole(role, req.body.name !== undefined ? ['admin'] : ['admin', 'moderator']);
      checkChannelText(req.body);
      await repo.updateChannel(c.id, req.body);
      await repo.audit({
        actorUuid: s.memberUuid,
        action: 'channel.update',
        targetType: 'channel',
        targetId: c.id,
        metadata: { fields: Object.keys(req.body) },
        now: now(),
      });
      return ok(
        reply,
        channelJson(
          (await repo.channel(c.id))!,
          (await repo.channelRole(c.id, s.memberUuid)) ?? null,
        ),
      );
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/v1/channels/:id',
    { preHandler: authenticated },
    async (req, reply) => {
      const s = sessionOf(req);
      const member = (await repo.member(s.memberUuid))!;
      // The server's owner and admins may delete any channel by id, private
      // ones they are not in included: moderation (the operator holds that
      // metadata anyway), audited as such. Anyone else needs to be its admin.
      let c;
      let role: ChannelRole | null;
      if (member.role === 'member') {
        ({ c, role } = await visibleChannel(req.params.id, s.memberUuid));
        requireRole(role, ['admin']);
      } else {
        c = await channelOr404(req.params.id);
        role = (await repo.channelRole(c.id, s.memberUuid)) ?? null;
      }
      await repo.deleteChannel(c.id);
      await repo.audit({
        actorUuid: s.memberUuid,
        action: 'channel.delete',
        targetType: 'channel',
        targetId: c.id,
        metadata: role === 'admin' ? {} : { moderation: true, visibility: c.visibility },
        now: now(),
      });
      hub.channelChanged(c.id);
      return ok(reply, {});
    },
  );

  app.post<{ Params: { id: string } }>(
    '/v1/channels/:id/join',
    { preHandler: authenticated },
    async (req, reply) => {
      const s = sessionOf(req);
      const { c, role } = await visibleChannel(req.params.id, s.memberUuid);
      if (role) return ok(reply, channelJson(c, role));
      await repo.joinChannel(
        c.id,
        s.memberUuid,
        'member',
        config['limits.channels_per_member'],
        now(),
      );
      await repo.audit({
        actorUuid: s.memberUuid,
        action: 'channel.join',
        targetType: 'channel',
        targetId: c.id,
        now: now(),
      });
      hub.channelChanged(c.id);
      return ok(reply, channelJson((await repo.channel(c.id))!, 'member'));
    },
  );

  app.post<{ Params: { id: string } }>(
    '/v1/channels/:id/leave',
    { preHandler: authenticated },
    async (req, reply) => {
      const s = sessionOf(req);
      const { c } = await visibleChannel(req.params.id, s.memberUuid);
      // CONFLICT for the only admin while others remain; the last member's leaving deletes it.
      const left = await repo.removeFromChannel(c.id, s.memberUuid);
      if (!left) throw new AppError('NOT_FOUND', 'not a member of this channel');
      await auditLeft(s.memberUuid, c.id, 'channel.leave', {}, left);
      hub.channelChanged(c.id);
      return ok(reply, {});
    },
  );

  app.post<{ Params: { id: string }; Body: { uuid: string } }>(
    '/v1/channels/:id/invites',
    {
      preHandler: authenticated,
      schema: {
        body: {
          type: 'object',
          required: ['uuid'],
          additionalProperties: false,
          properties: { uuid: { type: 'string', pattern: MEMBER_UUID.source } },
        },
      },
    },
    async (req, reply) => {
      const s = sessionOf(req);
      const { c, role } = await visibleChannel(req.params.id, s.memberUuid);
      requireRole(role, ['admin', 'moderator']);
      if (!(await repo.member(req.body.uuid)))
        throw new AppError('NOT_FOUND', 'no such member on this server');
      await repo.invite(c.id, req.body.uuid, s.memberUuid, now());
      await repo.audit({
        actorUuid: s.memberUuid,
        action: 'channel.invite',
        targetType: 'channel',
        targetId: c.id,
        metadata: { member: req.body.uuid },
        now: now(),
      });
      return ok(reply, {}, 201);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/v1/channels/:id/members',
    { preHandler: authenticated },
    async (req, reply) => {
      const { c, role } = await visibleChannel(req.params.id, sessionOf(req).memberUuid);
      if (!role) throw new AppError('NOT_PERMITTED', 'members only');
      return ok(reply, { members: await repo.channelMembers(c.id) });
    },
  );

  app.put<{ Params: { id: string; uuid: string }; Body: { role: ChannelRole } }>(
    '/v1/channels/:id/members/:uuid/role',
    {
      preHandler: authenticated,
      schema: {
        body: {
          type: 'object',
          required: ['role'],
          additionalProperties: false,
          properties: { role: { type: 'string', enum: ['admin', 'moderator', 'member'] } },
        },
      },
    },
    async (req, reply) => {
      const s = sessionOf(req);
      const target = memberParam(req.params.uuid);
      const { c, role } = await visibleChannel(req.params.id, s.memberUuid);
      requireRole(role, ['admin']);
      // The role only: the member's join position and cursors stay (an
      // offline member keeps its backlog). NOT_FOUND for a non-member,
      // CONFLICT when the only admin would step down.
      await repo.setChannelRole(c.id, target, req.body.role);
      await repo.audit({
        actorUuid: s.memberUuid,
        action: 'channel.role',
        targetType: 'channel',
        targetId: c.id,
        metadata: { member: req.params.uuid, role: req.body.role },
        now: now(),
      });
      return ok(reply, { uuid: req.params.uuid, role: req.body.role });
    },
  );

  app.delete<{ Params: { id: string; uuid: string } }>(
    '/v1/channels/:id/members/:uuid',
    { preHandler: authenticated },
    async (req, reply) => {
      const s = sessionOf(req);
      const target = memberParam(req.params.uuid);
      const { c, role } = await visibleChannel(req.params.id, s.memberUuid);
      const mine = requireRole(role, ['admin', 'moderator']);
      const theirs = await repo.channelRole(c.id, target);
      if (!theirs) throw new AppError('NOT_FOUND', 'not a member of this channel');
      if (mine === 'moderator' && theirs !== 'member')
        throw new AppError('NOT_PERMITTED', 'moderators remove members only');
      // The same rules as leaving: an admin removing itself is leaving.
      const left = await repo.removeFromChannel(c.id, target);
      if (!left) throw new AppError('NOT_FOUND', 'not a member of this channel');
      await auditLeft(s.memberUuid, c.id, 'channel.remove', { member: target }, left);
      hub.channelChanged(c.id);
      return ok(reply, {});
    },
  );

  app.get<{ Params: { id: string }; Querystring: { after?: string; limit?: string } }>(
    '/v1/channels/:id/messages',
    { preHandler: authenticated },
    async (req, reply) => {
      const s = sessionOf(req);
      const { c } = await visibleChannel(req.params.id, s.memberUuid);
      const membership = await repo.channelMember(c.id, s.memberUuid);
      if (!membership) throw new AppError('NOT_PERMITTED', 'members only');
      const after = req.query.after ?? '0';
      const limit = req.query.limit ?? '100';
      if (
        !/^\d{1,15}$/.test(after) ||
        !/^\d{1,4}$/.test(limit) ||
        Number(limit) < 1 ||
        Number(limit) > 1000
      )
        throw new AppError('INVALID_ARGUMENT', 'after is a sequence id; limit is 1 to 1000');
      // History starts where the member joined, as on the WebSocket: what was
      // said before is not for it.
      const messages = await repo.channelMessagesAfter(
        c.id,
        Math.max(Number(after), membership.joinSeq),
        Number(limit),
      );
      return ok(reply, {
        messages: messages.map((m) => ({
          seq: m.seq,
          sender: { uuid: m.senderUuid, deviceId: hexOf(m.senderDevice) },
          ciphertext: toBase64(m.payload),
          sentAt: m.sentAt,
        })),
      });
    },
  );

  // --- the WebSocket -------------------------------------------------------------------

  app.get('/v1/ws', { websocket: true, config: { rateLimit: false } }, (socket, req) => {
    if (shuttingDown()) {
      socket.close(1001, 'shutting down');
      return;
    }
    hub.accept(socket, req.ip);
  });

  return {
    app,
    auth,
    hub,
    /** Refuse new WebSockets and report not ready: the first step of a graceful shutdown. */
    beginShutdown,
  };
}
