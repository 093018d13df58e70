/**
 * The prekey directory over HTTP (spec/community.md §4, Prekeys): a device
 * publishes its own verified keys; members fetch bundles, whose one-time
 * keys are handed out once and within the limits against draining; the
 * owner's devices hear when they run low.
 */
import { createHash } from 'node:crypto';
import {
  createPreKeyBundle,
  decodeDeviceCertificate,
  uuidFromPublicKey,
  MAX_KEM_ONE_TIME_PREKEYS,
  MAX_ONE_TIME_PREKEYS,
  verifyPreKeyUpload,
} from '@nexuslink/sdk';
import type { FastifyPluginAsync } from 'fastify';
import { AppError, fromBase64, fromNexusError, ok, toBase64 } from '@nexuslink/server-kit';
import type { RouteContext } from '../http/context.ts';
import { b64, DEVICE_HEX, hexOf, MEMBER_UUID } from '../http/fields.ts';
import { sessionOf } from '../http/session.ts';
import type { PublishedPreKey } from '../repository.ts';

/** The prekey counts as the API answers them (spec/community.md §4). */
const countsJson = (c: { oneTime: number; kemOneTime: number }) => ({
  oneTimePreKeys: c.oneTime,
  kemOneTimePreKeys: c.kemOneTime,
});

/** Upload, self-check, counts, bundles and removal of prekeys; every route needs a login. */
export const preKeyRoutes: FastifyPluginAsync<
  Pick<RouteContext, 'config' | 'repo' | 'hub' | 'now' | 'authenticate'>
> = async (app, { config, repo, hub, now, authenticate }) => {
  app.addHook('preHandler', authenticate);

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
  app.get('/v1/prekeys/self', async (req, reply) => {
    const s = sessionOf(req);
    const published = await repo.publishedPreKeys(s.memberUuid, s.deviceId);
    const digest = (key: PublishedPreKey | undefined) =>
      key
        ? { keyId: key.keyId, sha256: createHash('sha256').update(key.data).digest('hex') }
        : null;
    return ok(reply, {
      signedPreKey: digest(published.signed),
      kemPreKey: digest(published.kem),
      ...countsJson(await repo.preKeyCounts(s.memberUuid, s.deviceId, now())),
    });
  });

  app.get('/v1/prekeys/count', async (req, reply) => {
    const s = sessionOf(req);
    return ok(reply, countsJson(await repo.preKeyCounts(s.memberUuid, s.deviceId, now())));
  });

  app.get<{ Params: { uuid: string }; Querystring: { exclude?: string } }>(
    '/v1/prekeys/:uuid',
    {
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
};
