// KYC over time and through a third party (spec/directory.md §6.2, §6.6),
// in process with a clock the test moves, on SQLite and PostgreSQL: the
// documents of a decided application are deleted after the retention period
// (the status stays, the deletion is audited); a third-party provider is
// started with a signed call and decides through a signed webhook, and
// forged, stale or unknown webhooks change nothing. The audit trail's chain
// catches a row changed behind the database's back.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDevice, createDirectoryRequest, memoryStorage } from '@nexuslink/sdk';
import type { LocalDevice } from '@nexuslink/sdk';
import { keyFileWrapper } from '@nexuslink/sdk/node';
import { freshTestDb } from '@nexuslink/server-kit/testing/db';
import {
  AuditTrail,
  buildDirectoryApp,
  DocumentVault,
  loadConfig,
  migrate,
  signWebhook,
  verifyWebhook,
} from '@nexuslink/directory-server';
import type { LoadConfigOptions } from '@nexuslink/directory-server';
import { jpegBytes } from './kyc-helpers.ts';

const DAY = 86_400_000;
const ORIGIN = 'http://127.0.0.1:8440';
const FIELDS = { legalName: 'Bea Example', dateOfBirth: '1985-01-31', country: 'FR' };
const SECRET = 'a-webhook-secret-of-at-least-32-characters';
const dir = mkdtempSync(join(tmpdir(), 'nexuslink-kyc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function directoryOn(
  kind: 'sqlite' | 'postgres',
  overrides: LoadConfigOptions['overrides'] = {},
) {
  const fresh = await freshTestDb(kind, migrate);
  let clock = Date.UTC(2026, 11, 1);
  const config = loadConfig({
    file: undefined,
    env: {},
    overrides: { 'log.level': 'silent', ...overrides },
  });
  const built = await buildDirectoryApp({
    config,
    db: fresh.db,
    publicUrl: () => ORIGIN,
    now: () => clock,
    vault: new DocumentVault(() =>
      keyFileWrapper({ path: join(dir, `${kind}.key`), create: true }),
    ),
  });
  /** A request signed as `device`, through the app. */
  const signed = async (
    device: LocalDevice,
    method: string,
    url: string,
    body?: unknown,
    raw?: Uint8Array,
  ) => {
    const bytes =
      raw ??
      (body === undefined ? new Uint8Array(0) : new TextEncoder().encode(JSON.stringify(body)));
    const authorization = await createDirectoryRequest({
      device,
      audience: ORIGIN,
      method,
      target: url,
      body: bytes,
      createdAt: clock,
    });
    const res = await built.app.inject({
      method: method as 'POST',
      url,
      headers: {
        authorization,
        ...(bytes.length ? { 'content-type': raw ? 'image/jpeg' : 'application/json' } : {}),
      },
      ...(bytes.length ? { payload: Buffer.from(bytes) } : {}),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON the assertions check
    return res.json() as { ok: boolean; data?: any; error?: { code: string } };
  };
  return {
    ...built,
    db: fresh.db,
    signed,
    advance: (ms: number) => (clock += ms),
    now: () => clock,
    close: async () => {
      await built.app.close();
      await fresh.drop();
    },
  };
}

async function applyAndSubmit(d: Awaited<ReturnType<typeof directoryOn>>, who: LocalDevice) {
  const applied = await d.signed(who, 'POST', '/v1/kyc/applications', {
    fields: FIELDS,
    consent: { version: '1', granted: true },
  });
  expect(applied.ok).toBe(true);
  const id = applied.data.id as string;
  expect(
    (
      await d.signed(
        who,
        'POST',
        `/v1/kyc/applications/${id}/documents?kind=id_document`,
        undefined,
        jpegBytes(),
      )
    ).ok,
  ).toBe(true);
  const submitted = await d.signed(who, 'POST', `/v1/kyc/applications/${id}/submit`, {});
  expect(submitted.ok).toBe(true);
  return { id, submitted: submitted.data };
}

describe.each(['sqlite', 'postgres'] as const)('KYC lifecycle on %s', (kind) => {
  it('deletes documents and fields 90 days after the decision, keeping the status; the deletion is audited', async () => {
    const d = await directoryOn(kind);
    try {
      const bea = (await createDevice({ storage: memoryStorage(), displayName: 'bea' })).device;
      const { id } = await applyAndSubmit(d, bea);
      await d.kyc.decide({ actor: 'rita', role: 'reviewer' }, id, 'approved', '', {
        age_over_18: true,
      });
      d.advance(89 * DAY);
      expect(await d.kyc.sweep()).toBe(0);
      expect((await d.kyc.get(id))!.documents).toHaveLength(2);
      d.advance(DAY + 1000);
      expect(await d.kyc.sweep()).toBe(1);
      expect(await d.kyc.sweep()).toBe(0);
      const after = (await d.kyc.get(id))!;
      expect(after).toMatchObject({
        status: 'approved',
        documentsDeleted: true,
        documents: [],
        claims: { verified: true, age_over_18: true },
      });
      const rows = await d.db.get<{ n: unknown }>(
        'SELECT count(*) AS n FROM kyc_documents WHERE application_id = $1',
        [id],
      );
      expect(Number(rows!.n)).toBe(0);
      const entries = await d.kyc.audit.list(d.db, { subject: bea.uuid });
      expect(entries.at(-1)).toMatchObject({
        actor: 'system',
        action: 'retention.delete',
        applicationId: id,
      });
      // Its status is still what the identity sees.
      expect((await d.signed(bea, 'GET', '/v1/kyc/applications/current')).data).toMatchObject({
        status: 'approved',
        documentsDeleted: true,
      });
      expect(await d.kyc.audit.verify(d.db)).toBe(entries.length);
    } finally {
      await d.close();
    }
  });

  it('starts a third-party check with a signed call and takes its decision from a signed webhook only', async () => {
    const started: { headers: Record<string, unknown>; body: string }[] = [];
    const provider = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += String(c)));
      req.on('end', () => {
        started.push({ headers: req.headers, body });
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({
            reference: `chk_${started.length}`,
            redirectUrl: 'https://kyc.example/flow/1',
          }),
        );
      });
    });
    await new Promise<void>((r) => provider.listen(0, '127.0.0.1', r));
    const d = await directoryOn(kind, {
      'kyc.provider': 'webhook',
      'kyc.webhook_url': `http://127.0.0.1:${(provider.address() as AddressInfo).port}/checks`,
      'kyc.webhook_secret': SECRET,
    });
    try {
      const bea = (await createDevice({ storage: memoryStorage(), displayName: 'bea' })).device;
      const { id, submitted } = await applyAndSubmit(d, bea);
      expect(submitted.redirectUrl).toBe('https://kyc.example/flow/1');
      expect(submitted.application).toMatchObject({ status: 'submitted', provider: 'webhook' });
      // The provider got a call it can verify, naming the application and where to answer.
      expect(started).toHaveLength(1);
      expect(() =>
        verifyWebhook(
          SECRET,
          started[0]!.headers['x-nexuslink-signature'],
          new TextEncoder().encode(started[0]!.body),
          d.now(),
        ),
      ).not.toThrow();
      expect(JSON.parse(started[0]!.body)).toEqual({
        applicationId: id,
        subject: bea.uuid,
        callbackUrl: `${ORIGIN}/v1/kyc/webhook`,
      });

      const hook = (body: unknown, signature?: string) => {
        const text = JSON.stringify(body);
        return d.app.inject({
          method: 'POST',
          url: '/v1/kyc/webhook',
          headers: {
            'content-type': 'application/json',
            'x-nexuslink-signature': signature ?? signWebhook(SECRET, text, d.now()),
          },
          payload: text,
        });
      };
      const decision = {
        reference: 'chk_1',
        decision: 'approved',
        note: '',
        claims: { age_over_18: true, country: 'FR' },
      };
      // Forged, stale, for nobody, or malformed: refused, nothing changes.
      expect(
        (
          await hook(
            decision,
            signWebhook('another-secret-another-secret-another', JSON.stringify(decision), d.now()),
          )
        ).json().error.code,
      ).toBe('NOT_PERMITTED');
      expect(
        (
          await hook(decision, signWebhook(SECRET, JSON.stringify(decision), d.now() - 6 * 60_000))
        ).json().error.code,
      ).toBe('NOT_PERMITTED');
      expect((await hook(decision, 't=1,v1=zz')).json().error.code).toBe('NOT_PERMITTED');
      expect((await hook({ ...decision, reference: 'chk_404' })).json().error.code).toBe(
        'NOT_FOUND',
      );
      expect((await hook({ ...decision, decision: 'maybe' })).json().error.code).toBe(
        'INVALID_ARGUMENT',
      );
      expect((await d.kyc.get(id))!.status).toBe('submitted');

      const answered = (await hook(decision)).json();
      expect(answered.data).toMatchObject({
        status: 'approved',
        claims: { verified: true, age_over_18: true, country: 'FR' },
      });
      const entries = await d.kyc.audit.list(d.db, { subject: bea.uuid });
      expect(entries.at(-1)).toMatchObject({
        actor: 'provider:webhook',
        role: 'provider',
        action: 'decision.approved',
      });
      // Replayed: decided already.
      expect((await hook(decision)).json().error.code).toBe('CONFLICT');
    } finally {
      await d.close();
      provider.close();
    }
  });
});

describe('the audit trail', () => {
  it('catches a row changed behind the database’s back (its trigger dropped)', async () => {
    const fresh = await freshTestDb('sqlite', migrate);
    try {
      const audit = new AuditTrail(() => 1_800_000_000_000);
      for (const action of ['document.read', 'fields.read', 'decision.approved'])
        await fresh.db.tx((tx) =>
          audit.record(tx, {
            actor: 'rita',
            role: 'reviewer',
            action,
            subject: 'someone',
            reason: 'checking',
          }),
        );
      await expect(
        fresh.db.tx((tx) =>
          audit.record(tx, {
            actor: 'rita',
            role: 'reviewer',
            action: 'document.read',
            reason: '  ',
          }),
        ),
      ).rejects.toThrow(/reason is required/);
      expect(await audit.verify(fresh.db)).toBe(3);
      await fresh.db.exec('DROP TRIGGER kyc_audit_no_update');
      await fresh.db.run("UPDATE kyc_audit SET reason = 'nothing to see' WHERE seq = 2");
      await expect(audit.verify(fresh.db)).rejects.toThrow(/broken at entry 2/);
    } finally {
      await fresh.drop();
    }
  });
});
