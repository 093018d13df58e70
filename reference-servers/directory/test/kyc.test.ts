// KYC (spec/directory.md §6) against the directory process started as its
// README says, on SQLite and on PostgreSQL, with staff made by its own
// command line: an identity applies through the SDK's DirectoryClient
// (signed requests), uploads real documents and submits; a reviewer reads
// them with a reason (and finds the audit entry), asks for more, approves;
// documents are encrypted at rest, never in logs or errors; every role
// stays in its lane; strangers and replays are refused; export, consent
// withdrawal and erasure work; the audit trail is append-only and verifies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDirectoryRequest,
  DirectoryClient,
  presentCredential,
  verifyCredentialPresentation,
} from '@nexuslink/sdk';
import type { LocalDevice, NexusError } from '@nexuslink/sdk';
import { postgresDb, sqliteDb } from '@nexuslink/server-kit';
import type { Db } from '@nexuslink/server-kit';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { serverDatabase } from '@nexuslink/server-kit/testing/db';
import { addStaff, call, device, idCard, jpegBytes, refusal, staffLogin } from './kyc-helpers.ts';

const FIELDS = { legalName: 'Alice Quintessa Example', dateOfBirth: '1990-04-12', country: 'DE' };

const code = (e: NexusError) => e.details?.serverCode ?? e.code;

describe.each(['sqlite', 'postgres'] as const)('KYC on %s', (kind) => {
  const stops: (() => Promise<unknown>)[] = [];
  let env: Record<string, string>;
  let directory: RunningServer;
  let client: DirectoryClient;
  let alice: LocalDevice;
  let mallory: LocalDevice;
  let db: Db;
  let reviewer: Record<string, string>;
  let auditor: Record<string, string>;
  let admin: Record<string, string>;
  const passwords: string[] = [];

  beforeAll(async () => {
    [alice, mallory] = await Promise.all([device('alice'), device('mallory')]);
    const ddb = await serverDatabase(kind);
    env = {
      ...ddb.env,
      NEXUSLINK_PRIVACY_DPO_CONTACT: 'dpo@directory.example',
      NEXUSLINK_KYC_MAX_DOCUMENT_BYTES: '200000',
    };
    // Staff accounts first (the command migrates the database itself).
    const rita = addStaff(env, 'rita', 'reviewer');
    const otto = addStaff(env, 'otto', 'auditor');
    const ada = addStaff(env, 'ada', 'admin');
    passwords.push(rita, otto, ada);
    // Debug logging: the test checks that nothing secret reaches even it.
    directory = await startServer({ ...env, NEXUSLINK_LOG_LEVEL: 'debug' }, 'directory');
    stops.push(async () => expect(await directory.stop()).toBe(0), ddb.drop);
    client = new DirectoryClient({ url: directory.url });
    reviewer = await staffLogin(directory.url, 'rita', rita);
    auditor = await staffLogin(directory.url, 'otto', otto);
    admin = await staffLogin(directory.url, 'ada', ada);
    db =
      kind === 'sqlite'
        ? sqliteDb(env.NEXUSLINK_SERVER_DATA_DIR!, 'directory.db')
        : postgresDb({ url: env.NEXUSLINK_DATABASE_URL!, poolSize: 1 });
    stops.push(() => db.close());
  }, 90_000);
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
  });

  let applicationId = '';
  const card = idCard(1);

  it('an identity applies, uploads documents and submits; a reviewer reads them with a reason, asks for more, then approves', async () => {
    const terms = await client.privacyContact();
    expect(terms).toMatchObject({
      contact: 'dpo@directory.example',
      retentionDays: 90,
      consentVersion: '1',
    });
    expect(await client.kycStatus(alice)).toBeNull();

    const applied = await client.kycApply(alice, {
      fields: FIELDS,
      consentVersion: terms.consentVersion,
    });
    applicationId = applied.id;
    expect(applied).toMatchObject({ identity: alice.uuid, status: 'draft', provider: 'review' });
    expect(applied.documents.map((d) => d.kind)).toEqual(['fields']);
    const doc = await client.kycAddDocument(alice, applied.id, {
      kind: 'id_document',
      mediaType: 'image/png',
      content: card,
    });
    expect(doc).toMatchObject({ kind: 'id_document', mediaType: 'image/png', size: card.length });
    const { application } = await client.kycSubmit(alice, applied.id);
    expect(application.status).toBe('submitted');

    // The reviewer's queue has it; its documents are described, never shown.
    const queue = await call(directory.url, 'GET', '/v1/kyc/queue', { headers: reviewer });
    expect(queue.body.data.applications.map((a: { id: string }) => a.id)).toContain(applied.id);
    expect(queue.text).not.toContain(FIELDS.legalName);

    // Reading the data fields needs a reason, and leaves an entry.
    const fieldsDoc = application.documents.find((d) => d.kind === 'fields')!;
    const noReason = await call(
      directory.url,
      'POST',
      `/v1/kyc/applications/${applied.id}/documents/${fieldsDoc.id}/read`,
      {
        headers: reviewer,
        body: { reason: '' },
      },
    );
    expect(noReason.body.error?.code).toBe('INVALID_ARGUMENT');
    const read = await call(
      directory.url,
      'POST',
      `/v1/kyc/applications/${applied.id}/documents/${fieldsDoc.id}/read`,
      {
        headers: reviewer,
        body: { reason: 'checking the name against the ID document' },
      },
    );
    expect(JSON.parse(Buffer.from(read.body.data.content, 'base64').toString())).toEqual(FIELDS);
    const readDoc = await call(
      directory.url,
      'POST',
      `/v1/kyc/applications/${applied.id}/documents/${doc.id}/read`,
      {
        headers: reviewer,
        body: { reason: 'checking the ID document' },
      },
    );
    expect(new Uint8Array(Buffer.from(readDoc.body.data.content, 'base64'))).toEqual(card);
    const audit = await call(directory.url, 'GET', `/v1/audit?subject=${alice.uuid}`, {
      headers: auditor,
    });
    const reads = audit.body.data.entries.filter((e: { action: string }) =>
      ['fields.read', 'document.read'].includes(e.action),
    );
    expect(reads).toEqual([
      expect.objectContaining({
        actor: 'rita',
        role: 'reviewer',
        action: 'fields.read',
        documentId: fieldsDoc.id,
        reason: 'checking the name against the ID document',
      }),
      expect.objectContaining({
        actor: 'rita',
        role: 'reviewer',
        action: 'document.read',
        documentId: doc.id,
        reason: 'checking the ID document',
      }),
    ]);

    // More information: the applicant sees why, adds a document, submits again.
    const more = await call(directory.url, 'POST', `/v1/kyc/applications/${applied.id}/decision`, {
      headers: reviewer,
      body: { decision: 'more_info', note: 'Please add a selfie holding the document.' },
    });
    expect(more.body.data.status).toBe('more_info');
    const status = await client.kycStatus(alice);
    expect(status).toMatchObject({
      status: 'more_info',
      note: 'Please add a selfie holding the document.',
    });
    await client.kycAddDocument(alice, applied.id, {
      kind: 'selfie',
      mediaType: 'image/jpeg',
      content: jpegBytes(),
    });
    await client.kycSubmit(alice, applied.id);

    const approved = await call(
      directory.url,
      'POST',
      `/v1/kyc/applications/${applied.id}/decision`,
      {
        headers: reviewer,
        body: { decision: 'approved', note: '', claims: { age_over_18: true, country: 'DE' } },
      },
    );
    expect(approved.body.data).toMatchObject({
      status: 'approved',
      claims: { verified: true, age_over_18: true, country: 'DE' },
    });
    const final = (await client.kycStatus(alice))!;
    expect(final.status).toBe('approved');
    expect(final.purgeAfter! - final.decidedAt!).toBe(90 * 86_400_000);
    // A credential for Alice's device, verifiable offline with the issuer's pinned keys.
    const issuer = await client.issuer();
    expect(issuer.issuer).toBe(directory.url);
    const { credential } = await client.kycCredential(alice);
    const presentation = await presentCredential({
      credential,
      device: alice,
      disclose: ['age_over_18'],
      audience: 'https://rust-learners.example',
      nonce: 'join-1',
    });
    const v = await verifyCredentialPresentation(presentation, {
      issuers: [issuer],
      audience: 'https://rust-learners.example',
      nonce: 'join-1',
      require: { age_over_18: true },
    });
    expect(v).toMatchObject({ uuid: alice.uuid, claims: { age_over_18: true } });
    expect(v.claims).not.toHaveProperty('country');
    // Nobody else gets one.
    expect(code(await refusal(client.kycCredential(mallory)))).toBe('NOT_FOUND');
    // Decided is decided.
    const again = await call(directory.url, 'POST', `/v1/kyc/applications/${applied.id}/decision`, {
      headers: reviewer,
      body: { decision: 'rejected', note: 'changed my mind' },
    });
    expect(again.body.error?.code).toBe('CONFLICT');
  });

  it('keeps documents encrypted at rest: a fresh key per document, wrapped; a ciphertext moved to another row does not open', async () => {
    const rows = await db.all<{
      id: string;
      kind: string;
      wrapped_key: Uint8Array;
      iv: Uint8Array;
      ciphertext: Uint8Array;
    }>(
      'SELECT id, kind, wrapped_key, iv, ciphertext FROM kyc_documents WHERE application_id = $1',
      [applicationId],
    );
    expect(rows).toHaveLength(3);
    const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
    for (const r of rows) {
      expect(r.wrapped_key.length).toBe(1 + 12 + 32 + 16);
      expect(hex(r.ciphertext)).not.toContain(hex(card.subarray(100, 132)));
      expect(Buffer.from(r.ciphertext).toString('latin1')).not.toContain('Quintessa');
    }
    expect(new Set(rows.map((r) => hex(r.wrapped_key))).size).toBe(3);
    // An insider moves the ID document's ciphertext and key onto the selfie's row: it does not open.
    const idRow = rows.find((r) => r.kind === 'id_document')!;
    const selfie = rows.find((r) => r.kind === 'selfie')!;
    await db.run(
      'UPDATE kyc_documents SET wrapped_key = $2, iv = $3, ciphertext = $4 WHERE id = $1',
      [selfie.id, idRow.wrapped_key, idRow.iv, idRow.ciphertext],
    );
    const moved = await call(
      directory.url,
      'POST',
      `/v1/kyc/applications/${applicationId}/documents/${selfie.id}/read`,
      {
        headers: reviewer,
        body: { reason: 'checking the selfie' },
      },
    );
    expect(moved.status).toBe(500);
    expect(moved.body.error?.message).toMatch(/does not decrypt/);
    expect(moved.text).not.toContain(hex(idRow.ciphertext).slice(0, 32));
  });

  it('keeps every role in its lane, and strangers out', async () => {
    const fieldsDoc = (await client.kycStatus(alice))!.documents.find((d) => d.kind === 'fields')!;
    const readPath = `/v1/kyc/applications/${applicationId}/documents/${fieldsDoc.id}/read`;
    const asAuditor = await call(directory.url, 'POST', readPath, {
      headers: auditor,
      body: { reason: 'curious about it' },
    });
    expect(asAuditor.body.error?.code).toBe('NOT_PERMITTED');
    const asReviewer = await call(directory.url, 'GET', '/v1/audit', { headers: reviewer });
    expect(asReviewer.body.error?.code).toBe('NOT_PERMITTED');
    const anonymous = await call(directory.url, 'POST', readPath, {
      body: { reason: 'curious about it' },
    });
    expect(anonymous.body.error?.code).toBe('UNAUTHORIZED');
    const forged = await call(directory.url, 'GET', '/v1/kyc/queue', {
      headers: { authorization: `Bearer ${'A'.repeat(43)}` },
    });
    expect(forged.body.error?.code).toBe('UNAUTHORIZED');
    const notAdmin = await call(directory.url, 'GET', '/v1/admin/anomalies', { headers: reviewer });
    expect(notAdmin.body.error?.code).toBe('NOT_PERMITTED');
    expect(
      (await call(directory.url, 'GET', '/v1/admin/anomalies', { headers: admin })).body.ok,
    ).toBe(true);

    // Mallory, holding Alice's UUID and application id, sees nothing and changes nothing.
    expect(await client.kycStatus(mallory)).toBeNull();
    for (const attempt of [
      () =>
        client.kycAddDocument(mallory, applicationId, {
          kind: 'other',
          mediaType: 'image/jpeg',
          content: jpegBytes(),
        }),
      () => client.kycSubmit(mallory, applicationId),
      () => client.kycWithdraw(mallory, applicationId),
    ])
      expect((await refusal(attempt())).code).toBe('NOT_FOUND');

    // Without a signature, with one for another route, or replayed: refused.
    expect(
      (await call(directory.url, 'GET', '/v1/kyc/applications/current')).body.error?.code,
    ).toBe('UNAUTHORIZED');
    const header = await createDirectoryRequest({
      device: alice,
      audience: directory.url,
      method: 'GET',
      target: '/v1/kyc/applications/current',
    });
    expect(
      (
        await call(directory.url, 'GET', '/v1/kyc/applications/current', {
          headers: { authorization: header },
        })
      ).body.ok,
    ).toBe(true);
    const replay = await call(directory.url, 'GET', '/v1/kyc/applications/current', {
      headers: { authorization: header },
    });
    expect(replay.body.error?.code).toBe('CONFLICT');
    const elsewhere = await call(directory.url, 'POST', '/v1/privacy/erase', {
      headers: { authorization: header },
      body: {},
    });
    expect(elsewhere.body.error?.code).toBe('NOT_PERMITTED');
    const otherDirectory = await createDirectoryRequest({
      device: alice,
      audience: 'https://other-directory.example',
      method: 'GET',
      target: '/v1/kyc/applications/current',
    });
    expect(
      (
        await call(directory.url, 'GET', '/v1/kyc/applications/current', {
          headers: { authorization: otherDirectory },
        })
      ).body.error?.code,
    ).toBe('NOT_PERMITTED');
    expect(
      (
        await call(directory.url, 'GET', '/v1/kyc/applications/current', {
          headers: { authorization: 'NexusLink-Request !!!' },
        })
      ).body.error?.code,
    ).toBe('MALFORMED');

    // A staff password guessed: the same answer for a wrong name, then locked out.
    for (let i = 0; i < 5; i++) {
      const r = await call(directory.url, 'POST', '/v1/staff/sessions', {
        body: { name: 'rita', password: `guess-${i}` },
      });
      expect(r.body.error?.code).toBe('UNAUTHORIZED');
    }
    const locked = await call(directory.url, 'POST', '/v1/staff/sessions', {
      body: { name: 'rita', password: passwords[0] },
    });
    expect(locked.body.error?.code).toBe('RATE_LIMITED');
    expect(
      (
        await call(directory.url, 'POST', '/v1/staff/sessions', {
          body: { name: 'nobody', password: 'x' },
        })
      ).body.error?.code,
    ).toMatch(/UNAUTHORIZED|RATE_LIMITED/);
  });

  it('refuses bad applications and documents with a typed error, changing nothing', async () => {
    const bob = await device('bob');
    const before = await db.get<{ n: unknown }>('SELECT count(*) AS n FROM kyc_applications');
    const bad: [unknown, string][] = [
      [{ ...FIELDS, passportNumber: 'X123' }, 'INVALID_ARGUMENT'],
      [{ ...FIELDS, dateOfBirth: '1990-02-30' }, 'INVALID_ARGUMENT'],
      [{ ...FIELDS, dateOfBirth: '2999-01-01' }, 'INVALID_ARGUMENT'],
      [{ ...FIELDS, country: 'Germany' }, 'INVALID_ARGUMENT'],
      [{ ...FIELDS, legalName: '' }, 'INVALID_ARGUMENT'],
      ['Alice', 'INVALID_ARGUMENT'],
    ];
    for (const [fields, expected] of bad) {
      const e = await refusal(
        client.kycApply(bob, { fields: fields as never, consentVersion: '1' }),
      );
      expect(code(e)).toBe(expected);
      expect(e.message).not.toContain('X123');
    }
    expect(code(await refusal(client.kycApply(bob, { fields: FIELDS, consentVersion: '0' })))).toBe(
      'CONFLICT',
    );
    const after = await db.get<{ n: unknown }>('SELECT count(*) AS n FROM kyc_applications');
    expect(Number(after!.n)).toBe(Number(before!.n));

    const applied = await client.kycApply(bob, { fields: FIELDS, consentVersion: '1' });
    expect(code(await refusal(client.kycApply(bob, { fields: FIELDS, consentVersion: '1' })))).toBe(
      'CONFLICT',
    );
    // Not what it says it is, too large, of an unknown kind, or nothing yet to submit.
    expect(
      code(
        await refusal(
          client.kycAddDocument(bob, applied.id, {
            kind: 'selfie',
            mediaType: 'image/png',
            content: jpegBytes(),
          }),
        ),
      ),
    ).toBe('MALFORMED');
    expect(
      code(
        await refusal(
          client.kycAddDocument(bob, applied.id, {
            kind: 'selfie',
            mediaType: 'image/jpeg',
            content: jpegBytes(300_000),
          }),
        ),
      ),
    ).toMatch(/PAYLOAD_TOO_LARGE|INVALID_ARGUMENT/);
    expect(
      code(
        await refusal(
          client.kycAddDocument(bob, applied.id, {
            kind: 'passport' as never,
            mediaType: 'image/jpeg',
            content: jpegBytes(),
          }),
        ),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(code(await refusal(client.kycSubmit(bob, applied.id)))).toBe('INVALID_ARGUMENT');
    const docs = await db.get<{ n: unknown }>(
      'SELECT count(*) AS n FROM kyc_documents WHERE application_id = $1',
      [applied.id],
    );
    expect(Number(docs!.n)).toBe(1); // the fields only
    // Withdrawing consent withdraws the open application, and its documents go at once.
    await client.setConsent(bob, { purpose: 'kyc', version: '1', granted: false });
    expect((await client.kycStatus(bob))!).toMatchObject({
      status: 'withdrawn',
      documentsDeleted: true,
      documents: [],
    });
    const consents = await client.consents(bob);
    expect(consents.consents.map((c) => c.granted)).toEqual([true, false]);
  });

  it('exports everything held about an identity, then erases it; the audit trail keeps the facts and verifies', async () => {
    const exported = (await client.privacyExport(alice)) as {
      identity: string;
      applications: { documents: { kind: string; content?: string; damaged?: boolean }[] }[];
      consents: unknown[];
      audit: { action: string }[];
    };
    expect(exported.identity).toBe(alice.uuid);
    const fields = exported.applications[0]!.documents.find((d) => d.kind === 'fields')!;
    // The selfie moved at rest above is named as damaged; the rest is there.
    expect(exported.applications[0]!.documents.find((d) => d.kind === 'selfie')).toMatchObject({
      damaged: true,
    });
    expect(JSON.parse(Buffer.from(fields.content!, 'base64').toString())).toEqual(FIELDS);
    expect(exported.consents).toHaveLength(1);
    expect(exported.audit.map((e) => e.action)).toEqual(
      expect.arrayContaining(['application.create', 'decision.approved', 'fields.read']),
    );

    expect(await client.privacyErase(alice)).toEqual({ applications: 1, communities: 0 });
    expect(await client.kycStatus(alice)).toBeNull();
    for (const table of ['kyc_applications', 'kyc_consents'])
      expect(
        Number(
          (await db.get<{ n: unknown }>(`SELECT count(*) AS n FROM ${table} WHERE identity = $1`, [
            alice.uuid,
          ]))!.n,
        ),
      ).toBe(0);
    expect(
      Number(
        (await db.get<{ n: unknown }>(
          'SELECT count(*) AS n FROM kyc_documents WHERE application_id = $1',
          [applicationId],
        ))!.n,
      ),
    ).toBe(0);

    // The trail: the erasure is in it, no personal data is, and nobody can rewrite it.
    const lines = await call(directory.url, 'GET', '/v1/audit?format=ndjson&limit=10000', {
      headers: auditor,
    });
    expect(lines.status).toBe(200);
    const entries = lines.text
      .trim()
      .split('\n')
      .map(
        (l) => JSON.parse(l) as { action: string; subject: string; hash: string; prevHash: string },
      );
    expect(entries.find((e) => e.action === 'erasure')?.subject).toBe(alice.uuid);
    expect(lines.text).not.toContain('Quintessa');
    for (let i = 1; i < entries.length; i++)
      expect(entries[i]!.prevHash).toBe(entries[i - 1]!.hash);
    expect(
      (await call(directory.url, 'GET', '/v1/audit/verify', { headers: auditor })).body.data,
    ).toMatchObject({ intact: true });
    await expect(db.run("UPDATE kyc_audit SET reason = 'nothing happened'")).rejects.toThrow(
      /append-only/,
    );
    await expect(db.run('DELETE FROM kyc_audit')).rejects.toThrow(/append-only/);
  });

  it('writes to the DPO from anyone, read by admins only', async () => {
    const sent = await call(directory.url, 'POST', '/v1/privacy/dpo', {
      body: { contact: 'carol@example.org', message: 'What do you keep about me?' },
    });
    expect(sent.status).toBe(201);
    expect(
      (await call(directory.url, 'GET', '/v1/privacy/dpo/messages', { headers: reviewer })).body
        .error?.code,
    ).toBe('NOT_PERMITTED');
    const inbox = await call(directory.url, 'GET', '/v1/privacy/dpo/messages', { headers: admin });
    expect(inbox.body.data.messages[0]).toMatchObject({
      contact: 'carol@example.org',
      message: 'What do you keep about me?',
    });
  });

  it('never puts documents, fields, passwords or signed requests in its logs', () => {
    const log = directory.output();
    expect(log.length).toBeGreaterThan(0);
    for (const secret of [
      'Quintessa',
      '1990-04-12',
      Buffer.from(card).toString('base64').slice(0, 40),
      ...passwords,
      'NexusLink-Request ',
    ])
      expect(log).not.toContain(secret);
  });
});
