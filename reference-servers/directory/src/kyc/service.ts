/**
 * KYC (spec/directory.md §6): an identity applies with data fields and
 * recorded consent, uploads documents, submits; the provider checks (the
 * built-in review by staff, or a third party through a signed webhook);
 * the decision is approved, rejected or more information requested. Every
 * read of a document or of the data fields is in the audit trail with its
 * reason; documents and fields are deleted `kyc.retention_days` after a
 * decision, leaving only the status; an identity can export or erase
 * everything held about it.
 */
import { createHash } from 'node:crypto';
import { AppError, toBytes, toInt, toMs, uuidv7 } from '@nexuslink/server-kit';
import type { Db } from '@nexuslink/server-kit';
import type { AuditTrail } from './audit.ts';
import type { DocumentVault } from './vault.ts';

/** An application's states. */
export const STATUSES = [
  'draft',
  'submitted',
  'more_info',
  'approved',
  'rejected',
  'withdrawn',
] as const;
export type Status = (typeof STATUSES)[number];
/** States in which an identity may still add documents. */
const OPEN_FOR_DOCUMENTS: readonly Status[] = ['draft', 'more_info'];
/** States that block starting another application. */
const OPEN: readonly Status[] = ['draft', 'submitted', 'more_info'];

/** The decisions a reviewer or provider makes. */
export const DECISIONS = ['approved', 'rejected', 'more_info'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The kinds of document an applicant uploads (`fields` is the data fields, kept as a document). */
export const DOCUMENT_KINDS = ['id_document', 'selfie', 'proof_of_address', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Media types accepted for documents, with the bytes each must start with. */
export const MEDIA_TYPES: Readonly<Record<string, readonly number[]>> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
};

/** The data fields an applicant gives: these and no others (data minimisation). */
export interface KycFields {
  readonly legalName: string;
  /** `YYYY-MM-DD`. */
  readonly dateOfBirth: string;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string;
}

/** What an approval establishes: the claims a credential may carry (spec/directory.md §6.5). */
export interface KycClaims {
  readonly verified: true;
  readonly age_over_18?: boolean;
  readonly country?: string;
}

/** A document's description (never its content). */
export interface DocumentInfo {
  readonly id: string;
  readonly kind: DocumentKind | 'fields';
  readonly mediaType: string;
  readonly size: number;
  readonly createdAt: number;
}

/** An application as shown to its identity and to staff. */
export interface Application {
  readonly id: string;
  readonly identity: string;
  readonly status: Status;
  readonly provider: string;
  readonly providerRef: string | null;
  readonly claims: KycClaims | Record<string, never>;
  /** The reviewer's words to the applicant (more information, a rejection). */
  readonly note: string;
  readonly reviewer: string | null;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly submittedAt: number | null;
  readonly decidedAt: number | null;
  /** When the documents go (or went). */
  readonly purgeAfter: number | null;
  readonly documentsDeleted: boolean;
  readonly documents: readonly DocumentInfo[];
}

/** Who acts: for the audit trail. */
export interface Actor {
  readonly actor: string;
  readonly role: string;
}

/** The identity itself, as an actor. */
export const identityActor = (uuid: string): Actor => ({
  actor: `identity:${uuid}`,
  role: 'identity',
});

/** Something that checks applications: the built-in review, or a third party. */
export interface KycProvider {
  /** `review` or `webhook`: stored with each application. */
  readonly name: string;
  /**
   * Start the check of a submitted application. Resolves to the provider's
   * reference for it (a webhook names it) and, for a provider with a flow of
   * its own, where to send the applicant.
   */
  start(application: { id: string; identity: string }): Promise<{
    reference: string | null;
    redirectUrl?: string;
  }>;
}

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type AppRow = {
  id: string;
  identity: string;
  status: Status;
  provider: string;
  provider_ref: string | null;
  claims: string;
  note: string;
  reviewer: string | null;
  created_at: unknown;
  updated_at: unknown;
  submitted_at: unknown;
  decided_at: unknown;
  purge_after: unknown;
  purged_at: unknown;
};

type DocRow = {
  id: string;
  application_id: string;
  kind: DocumentKind | 'fields';
  media_type: string;
  size: unknown;
  created_at: unknown;
};

const optMs = (v: unknown): number | null => (v === null || v === undefined ? null : toMs(v));

/** Check the data fields: exactly these three, each well formed. */
export function checkFields(value: unknown, now: number): KycFields {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new AppError('INVALID_ARGUMENT', 'fields must be { legalName, dateOfBirth, country }');
  const f = value as Record<string, unknown>;
  const extra = Object.keys(f).filter((k) => !['legalName', 'dateOfBirth', 'country'].includes(k));
  if (extra.length > 0)
    throw new AppError(
      'INVALID_ARGUMENT',
      `fields may hold legalName, dateOfBirth and country only (not ${extra.join(', ')}): the directory keeps no more than it needs`,
    );
  const { legalName, dateOfBirth, country } = f;
  if (
    typeof legalName !== 'string' ||
    legalName.trim().length === 0 ||
    legalName.length > 200 ||
    /\p{Cc}/u.test(legalName)
  )
    throw new AppError('INVALID_ARGUMENT', 'legalName must be 1 to 200 characters');
  const m = typeof dateOfBirth === 'string' ? DATE.exec(dateOfBirth) : null;
  const born = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (
    !m ||
    Number.isNaN(born) ||
    new Date(born).toISOString().slice(0, 10) !== dateOfBirth ||
    born > now ||
    Number(m[1]) < 1900
  )
    throw new AppError('INVALID_ARGUMENT', 'dateOfBirth must be a past date, YYYY-MM-DD');
  if (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country))
    throw new AppError('INVALID_ARGUMENT', 'country must be an ISO 3166-1 alpha-2 code: DE, CN');
  return { legalName: legalName.trim(), dateOfBirth: dateOfBirth as string, country };
}

/** Check the claims of an approval. */
export function checkClaims(value: unknown): KycClaims {
  if (value === undefined || value === null) return { verified: true };
  if (typeof value !== 'object' || Array.isArray(value))
    throw new AppError('INVALID_ARGUMENT', 'claims must be { age_over_18?, country? }');
  const c = value as Record<string, unknown>;
  const extra = Object.keys(c).filter((k) => !['age_over_18', 'country', 'verified'].includes(k));
  if (extra.length > 0)
    throw new AppError('INVALID_ARGUMENT', `unknown claims: ${extra.join(', ')}`);
  if (c.age_over_18 !== undefined && typeof c.age_over_18 !== 'boolean')
    throw new AppError('INVALID_ARGUMENT', 'age_over_18 must be true or false');
  if (c.country !== undefined && (typeof c.country !== 'string' || !/^[A-Z]{2}$/.test(c.country)))
    throw new AppError('INVALID_ARGUMENT', 'country must be an ISO 3166-1 alpha-2 code');
  return {
    verified: true,
    ...(c.age_over_18 === undefined ? {} : { age_over_18: c.age_over_18 as boolean }),
    ...(c.country === undefined ? {} : { country: c.country as string }),
  };
}

/** KYC's state and rules. */
export class Kyc {
  readonly #db: Db;
  readonly #vault: DocumentVault;
  readonly #audit: AuditTrail;
  readonly #provider: KycProvider;
  readonly #now: () => number;
  readonly #limits: {
    retentionMs: number;
    maxDocuments: number;
    maxDocumentBytes: number;
    perDay: number;
    consentVersion: string;
  };

  constructor(options: {
    db: Db;
    vault: DocumentVault;
    audit: AuditTrail;
    provider: KycProvider;
    now: () => number;
    retentionDays: number;
    maxDocuments: number;
    maxDocumentBytes: number;
    applicationsPerDay: number;
    consentVersion: string;
  }) {
    this.#db = options.db;
    this.#vault = options.vault;
    this.#audit = options.audit;
    this.#provider = options.provider;
    this.#now = options.now;
    this.#limits = {
      retentionMs: options.retentionDays * DAY_MS,
      maxDocuments: options.maxDocuments,
      maxDocumentBytes: options.maxDocumentBytes,
      perDay: options.applicationsPerDay,
      consentVersion: options.consentVersion,
    };
  }

  get provider(): KycProvider {
    return this.#provider;
  }

  get consentVersion(): string {
    return this.#limits.consentVersion;
  }

  get audit(): AuditTrail {
    return this.#audit;
  }

  /**
   * Start an application with the data fields, recording the consent given
   * for it (`evidence`: the hash of the signed request that carried it).
   */
  async apply(
    identity: string,
    body: { fields?: unknown; consent?: unknown },
    evidence: string,
  ): Promise<Application> {
    const now = this.#now();
    const consent = body.consent as { version?: unknown; granted?: unknown } | undefined;
    if (typeof consent !== 'object' || consent === null || consent.granted !== true)
      throw new AppError(
        'INVALID_ARGUMENT',
        'consent must be { version, granted: true }: KYC needs the applicant’s consent',
      );
    if (consent.version !== this.#limits.consentVersion)
      throw new AppError(
        'CONFLICT',
        `consent must be to the current text, version ${this.#limits.consentVersion}`,
      );
    const fields = checkFields(body.fields, now);
    const id = uuidv7();
    const fieldsId = uuidv7();
    const sealed = await this.#vault.seal(
      fieldsId,
      new TextEncoder().encode(JSON.stringify(fields)),
    );
    await this.#db.tx(async (tx) => {
      // One writer per identity at a time (PostgreSQL): the checks below hold until commit.
      if (tx.dialect === 'postgres')
        await tx.run('SELECT pg_advisory_xact_lock(7424016, hashtext($1))', [identity]);
      const open = await tx.get(
        `SELECT id FROM kyc_applications WHERE identity = $1 AND status IN ('draft', 'submitted', 'more_info')`,
        [identity],
      );
      if (open)
        throw new AppError(
          'CONFLICT',
          'an application of this identity is open already: finish or withdraw it',
        );
      const today = await tx.get<{ n: unknown }>(
        'SELECT count(*) AS n FROM kyc_applications WHERE identity = $1 AND created_at > $2',
        [identity, tx.time(now - DAY_MS)],
      );
      if (toInt(today?.n ?? 0) >= this.#limits.perDay)
        throw new AppError(
          'RATE_LIMITED',
          `at most ${this.#limits.perDay} applications a day`,
          DAY_MS,
        );
      await tx.run(
        `INSERT INTO kyc_applications (id, identity, status, provider, created_at, updated_at)
         VALUES ($1, $2, 'draft', $3, $4, $4)`,
        [id, identity, this.#provider.name, tx.time(now)],
      );
      await this.#insertDocument(tx, id, fieldsId, 'fields', 'application/json', sealed, now);
      await tx.run(
        `INSERT INTO kyc_consents (identity, purpose, version, granted, evidence, at)
         VALUES ($1, 'kyc', $2, 1, $3, $4)`,
        [identity, this.#limits.consentVersion, evidence, tx.time(now)],
      );
      await this.#audit.record(tx, {
        ...identityActor(identity),
        action: 'application.create',
        subject: identity,
        applicationId: id,
        reason: 'applied for verification',
      });
    });
    return (await this.get(id))!;
  }

  async #insertDocument(
    tx: Db,
    applicationId: string,
    id: string,
    kind: string,
    mediaType: string,
    sealed: { wrappedKey: Uint8Array; iv: Uint8Array; ciphertext: Uint8Array },
    now: number,
    size?: number,
  ): Promise<void> {
    await tx.run(
      `INSERT INTO kyc_documents (id, application_id, kind, media_type, size, wrapped_key, iv, ciphertext, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        id,
        applicationId,
        kind,
        mediaType,
        size ?? sealed.ciphertext.length - 16,
        sealed.wrappedKey,
        sealed.iv,
        sealed.ciphertext,
        tx.time(now),
      ],
    );
  }

  /** The application `id` of `identity`, or `NOT_FOUND` (the same for another's). */
  async #own(id: string, identity: string): Promise<Application> {
    const app = await this.get(id);
    if (!app || app.identity !== identity) throw new AppError('NOT_FOUND', 'no such application');
    return app;
  }

  /** Add a document to an open application of `identity`. */
  async addDocument(
    identity: string,
    applicationId: string,
    kind: unknown,
    mediaType: string,
    content: Uint8Array,
  ): Promise<DocumentInfo> {
    if (!(DOCUMENT_KINDS as readonly unknown[]).includes(kind))
      throw new AppError('INVALID_ARGUMENT', `kind must be one of ${DOCUMENT_KINDS.join(', ')}`);
    const magic = MEDIA_TYPES[mediaType];
    if (!magic)
      throw new AppError(
        'INVALID_ARGUMENT',
        `a document is ${Object.keys(MEDIA_TYPES).join(', ')} (the Content-Type)`,
      );
    if (content.length === 0 || content.length > this.#limits.maxDocumentBytes)
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `a document is 1 to ${this.#limits.maxDocumentBytes} bytes`,
      );
    if (!magic.every((b, i) => content[i] === b))
      throw new AppError('MALFORMED', `the document is not ${mediaType}`);
    const app = await this.#own(applicationId, identity);
    if (!OPEN_FOR_DOCUMENTS.includes(app.status))
      throw new AppError('CONFLICT', `the application is ${app.status}: no documents can be added`);
    const id = uuidv7();
    const now = this.#now();
    const sealed = await this.#vault.seal(id, content);
    await this.#db.tx(async (tx) => {
      const row = await tx.get<{ status: Status }>(
        `SELECT status FROM kyc_applications WHERE id = $1 ${tx.forUpdate}`,
        [applicationId],
      );
      if (!row || !OPEN_FOR_DOCUMENTS.includes(row.status))
        throw new AppError('CONFLICT', 'the application changed: no documents can be added');
      const count = await tx.get<{ n: unknown }>(
        `SELECT count(*) AS n FROM kyc_documents WHERE application_id = $1 AND kind <> 'fields'`,
        [applicationId],
      );
      if (toInt(count?.n ?? 0) >= this.#limits.maxDocuments)
        throw new AppError('LIMIT', `at most ${this.#limits.maxDocuments} documents`);
      await this.#insertDocument(
        tx,
        applicationId,
        id,
        kind as string,
        mediaType,
        sealed,
        now,
        content.length,
      );
      await tx.run('UPDATE kyc_applications SET updated_at = $2 WHERE id = $1', [
        applicationId,
        tx.time(now),
      ]);
    });
    return { id, kind: kind as DocumentKind, mediaType, size: content.length, createdAt: now };
  }

  /** Submit an application (with at least one document) for the provider's check. */
  async submit(
    identity: string,
    applicationId: string,
  ): Promise<{ application: Application; redirectUrl?: string }> {
    const app = await this.#own(applicationId, identity);
    if (!OPEN_FOR_DOCUMENTS.includes(app.status))
      throw new AppError('CONFLICT', `the application is ${app.status}: it cannot be submitted`);
    if (!app.documents.some((d) => d.kind !== 'fields'))
      throw new AppError('INVALID_ARGUMENT', 'add at least one document before submitting');
    const started = await this.#provider.start({ id: app.id, identity });
    const now = this.#now();
    await this.#db.tx(async (tx) => {
      const changed = await tx.run(
        `UPDATE kyc_applications SET status = 'submitted', submitted_at = $2, updated_at = $2,
           provider_ref = $3, note = '' WHERE id = $1 AND status IN ('draft', 'more_info')`,
        [applicationId, tx.time(now), started.reference],
      );
      if (changed === 0) throw new AppError('CONFLICT', 'the application changed meanwhile');
      await this.#audit.record(tx, {
        ...identityActor(identity),
        action: 'application.submit',
        subject: identity,
        applicationId,
        reason: 'submitted for review',
      });
    });
    return {
      application: (await this.get(applicationId))!,
      ...(started.redirectUrl === undefined ? {} : { redirectUrl: started.redirectUrl }),
    };
  }

  /** Withdraw an open application: its documents go at once. */
  async withdraw(identity: string, applicationId: string): Promise<Application> {
    const app = await this.#own(applicationId, identity);
    if (!OPEN.includes(app.status))
      throw new AppError('CONFLICT', `the application is ${app.status} already`);
    const now = this.#now();
    await this.#db.tx(async (tx) => {
      await tx.run(
        `UPDATE kyc_applications SET status = 'withdrawn', decided_at = $2, updated_at = $2,
           purge_after = $2, purged_at = $2 WHERE id = $1`,
        [applicationId, tx.time(now)],
      );
      await tx.run('DELETE FROM kyc_documents WHERE application_id = $1', [applicationId]);
      await this.#audit.record(tx, {
        ...identityActor(identity),
        action: 'application.withdraw',
        subject: identity,
        applicationId,
        reason: 'withdrawn by the applicant; documents deleted',
      });
    });
    return (await this.get(applicationId))!;
  }

  /**
   * Decide a submitted application. Approved and rejected ones are kept
   * `kyc.retention_days`, then their documents go; `more_info` reopens it
   * for documents.
   */
  async decide(
    actor: Actor,
    applicationId: string,
    decision: unknown,
    note: unknown,
    claims?: unknown,
  ): Promise<Application> {
    if (!(DECISIONS as readonly unknown[]).includes(decision))
      throw new AppError('INVALID_ARGUMENT', `decision must be one of ${DECISIONS.join(', ')}`);
    if (typeof note !== 'string' || note.length > 2000)
      throw new AppError('INVALID_ARGUMENT', 'note must be a string of at most 2 000 characters');
    if (decision !== 'approved' && note.trim() === '')
      throw new AppError('INVALID_ARGUMENT', 'say why, in the note: the applicant reads it');
    const granted = decision === 'approved' ? checkClaims(claims) : {};
    const now = this.#now();
    await this.#db.tx(async (tx) => {
      const row = await tx.get<{ status: Status; identity: string }>(
        `SELECT status, identity FROM kyc_applications WHERE id = $1 ${tx.forUpdate}`,
        [applicationId],
      );
      if (!row) throw new AppError('NOT_FOUND', 'no such application');
      if (row.status !== 'submitted')
        throw new AppError(
          'CONFLICT',
          `the application is ${row.status}: there is nothing to decide`,
        );
      const final = decision !== 'more_info';
      await tx.run(
        `UPDATE kyc_applications SET status = $2, note = $3, claims = $4, reviewer = $5,
           updated_at = $6, decided_at = $7, purge_after = $8 WHERE id = $1`,
        [
          applicationId,
          decision as string,
          note.trim(),
          JSON.stringify(granted),
          actor.actor,
          tx.time(now),
          final ? tx.time(now) : null,
          final ? tx.time(now + this.#limits.retentionMs) : null,
        ],
      );
      await this.#audit.record(tx, {
        ...actor,
        action: `decision.${decision as string}`,
        subject: row.identity,
        applicationId,
        reason: note.trim() || 'approved',
      });
    });
    return (await this.get(applicationId))!;
  }

  /**
   * Read a document (or the data fields) for `actor`, recording it with the
   * reason first: no read without its entry in the audit trail.
   */
  async read(
    actor: Actor,
    applicationId: string,
    documentId: string,
    reason: unknown,
  ): Promise<{ info: DocumentInfo; content: Uint8Array }> {
    if (typeof reason !== 'string' || reason.trim().length < 4 || reason.length > 500)
      throw new AppError(
        'INVALID_ARGUMENT',
        'a reason (4 to 500 characters) is required to read a document',
      );
    const row = await this.#db.get<
      DocRow & { wrapped_key: unknown; iv: unknown; ciphertext: unknown; identity: string }
    >(
      `SELECT d.*, a.identity FROM kyc_documents d JOIN kyc_applications a ON a.id = d.application_id
        WHERE d.id = $1 AND d.application_id = $2`,
      [documentId, applicationId],
    );
    if (!row) throw new AppError('NOT_FOUND', 'no such document (or it was deleted)');
    await this.#db.tx((tx) =>
      this.#audit.record(tx, {
        ...actor,
        action: row.kind === 'fields' ? 'fields.read' : 'document.read',
        subject: row.identity,
        applicationId,
        documentId,
        reason,
      }),
    );
    let content: Uint8Array;
    try {
      content = await this.#vault.open(documentId, {
        wrappedKey: toBytes(row.wrapped_key),
        iv: toBytes(row.iv),
        ciphertext: toBytes(row.ciphertext),
      });
    } catch (cause) {
      throw new AppError(
        'INTERNAL',
        'the document does not decrypt: it was altered or moved at rest, or the master key changed',
        undefined,
        cause,
      );
    }
    return { info: docInfo(row), content };
  }

  /** An application with its documents' descriptions, or `undefined`. */
  async get(id: string): Promise<Application | undefined> {
    const row = await this.#db.get<AppRow>('SELECT * FROM kyc_applications WHERE id = $1', [id]);
    return row && this.#withDocuments(row);
  }

  /** An application row with its documents' descriptions. */
  async #withDocuments(row: AppRow): Promise<Application> {
    const docs = await this.#db.all<DocRow>(
      'SELECT id, application_id, kind, media_type, size, created_at FROM kyc_documents WHERE application_id = $1 ORDER BY created_at, id',
      [row.id],
    );
    return appOf(row, docs);
  }

  /** The newest approved application of `identity` (its documents may be gone), or `undefined`. */
  async approved(identity: string): Promise<Application | undefined> {
    const row = await this.#db.get<{ id: string }>(
      "SELECT id FROM kyc_applications WHERE identity = $1 AND status = 'approved' ORDER BY decided_at DESC, id DESC LIMIT 1",
      [identity],
    );
    return row ? this.get(row.id) : undefined;
  }

  /** The application a provider knows by `reference`, or `undefined`. */
  async byReference(provider: string, reference: string): Promise<string | undefined> {
    const row = await this.#db.get<{ id: string }>(
      'SELECT id FROM kyc_applications WHERE provider = $1 AND provider_ref = $2',
      [provider, reference],
    );
    return row?.id;
  }

  /** The newest application of `identity`, or `undefined`. */
  async current(identity: string): Promise<Application | undefined> {
    const row = await this.#db.get<{ id: string }>(
      'SELECT id FROM kyc_applications WHERE identity = $1 ORDER BY created_at DESC, id DESC LIMIT 1',
      [identity],
    );
    return row ? this.get(row.id) : undefined;
  }

  /** The applications waiting for a reviewer (`submitted`), oldest first, or those in `status`. */
  async queue(status: Status = 'submitted', limit = 100): Promise<Application[]> {
    const rows = await this.#db.all<AppRow>(
      `SELECT * FROM kyc_applications WHERE status = $1 ORDER BY coalesce(submitted_at, created_at), id LIMIT $2`,
      [status, limit],
    );
    const out: Application[] = [];
    for (const r of rows) out.push(await this.#withDocuments(r));
    return out;
  }

  /**
   * Delete the documents and data fields of applications decided more than
   * `kyc.retention_days` ago (their status stays). Resolves to how many
   * applications were purged.
   */
  async sweep(): Promise<number> {
    const now = this.#now();
    const due = await this.#db.all<{ id: string; identity: string }>(
      'SELECT id, identity FROM kyc_applications WHERE purged_at IS NULL AND purge_after <= $1 LIMIT 500',
      [this.#db.time(now)],
    );
    for (const app of due) {
      await this.#db.tx(async (tx) => {
        const changed = await tx.run(
          'UPDATE kyc_applications SET purged_at = $2 WHERE id = $1 AND purged_at IS NULL',
          [app.id, tx.time(now)],
        );
        if (changed === 0) return;
        await tx.run('DELETE FROM kyc_documents WHERE application_id = $1', [app.id]);
        await this.#audit.record(tx, {
          actor: 'system',
          role: 'system',
          action: 'retention.delete',
          subject: app.identity,
          applicationId: app.id,
          reason: 'retention period over: documents and data fields deleted',
        });
      });
    }
    await this.#db.run('DELETE FROM request_nonces WHERE expires_at <= $1', [this.#db.time(now)]);
    return due.length;
  }

  /** Everything KYC holds about `identity`, documents decrypted (each read is audited). */
  async export(identity: string): Promise<{
    applications: (Application & {
      documents: (DocumentInfo & { content?: string; damaged?: boolean })[];
    })[];
    consents: { purpose: string; version: string; granted: boolean; at: number }[];
  }> {
    const ids = await this.#db.all<{ id: string }>(
      'SELECT id FROM kyc_applications WHERE identity = $1 ORDER BY created_at, id',
      [identity],
    );
    const applications = [];
    for (const { id } of ids) {
      const app = (await this.get(id))!;
      const documents = [];
      for (const d of app.documents) {
        try {
          const { content } = await this.read(
            identityActor(identity),
            id,
            d.id,
            'export requested by the data subject',
          );
          documents.push({ ...d, content: Buffer.from(content).toString('base64') });
        } catch (err) {
          // A document damaged at rest is named in the export, not fatal to it.
          if (!(err instanceof AppError) || err.code !== 'INTERNAL') throw err;
          documents.push({ ...d, damaged: true });
        }
      }
      applications.push({ ...app, documents });
    }
    const consents = (
      await this.#db.all<{ purpose: string; version: string; granted: unknown; at: unknown }>(
        'SELECT purpose, version, granted, at FROM kyc_consents WHERE identity = $1 ORDER BY id',
        [identity],
      )
    ).map((c) => ({
      purpose: c.purpose,
      version: c.version,
      granted: toInt(c.granted) === 1,
      at: toMs(c.at),
    }));
    return { applications, consents };
  }

  /** Record a consent given or withdrawn; withdrawing `kyc` withdraws an open application. */
  async consent(
    identity: string,
    body: { purpose?: unknown; version?: unknown; granted?: unknown },
    evidence: string,
  ): Promise<void> {
    if (body.purpose !== 'kyc') throw new AppError('INVALID_ARGUMENT', 'purpose must be kyc');
    if (typeof body.granted !== 'boolean')
      throw new AppError('INVALID_ARGUMENT', 'granted must be true or false');
    if (body.version !== this.#limits.consentVersion)
      throw new AppError(
        'CONFLICT',
        `consent must be to the current text, version ${this.#limits.consentVersion}`,
      );
    if (!body.granted) {
      const open = await this.#db.get<{ id: string }>(
        `SELECT id FROM kyc_applications WHERE identity = $1 AND status IN ('draft', 'submitted', 'more_info')`,
        [identity],
      );
      if (open) await this.withdraw(identity, open.id);
    }
    await this.#db.run(
      `INSERT INTO kyc_consents (identity, purpose, version, granted, evidence, at) VALUES ($1, 'kyc', $2, $3, $4, $5)`,
      [
        identity,
        this.#limits.consentVersion,
        body.granted ? 1 : 0,
        evidence,
        this.#db.time(this.#now()),
      ],
    );
  }

  /**
   * Erase everything KYC holds about `identity` (applications, documents,
   * consents); the audit trail keeps its entries, which hold no personal
   * data but the UUID, and gains one for the erasure.
   */
  async erase(tx: Db, identity: string): Promise<number> {
    const n = await tx.run('DELETE FROM kyc_applications WHERE identity = $1', [identity]);
    await tx.run('DELETE FROM kyc_consents WHERE identity = $1', [identity]);
    return n;
  }
}

/** The SHA-256 (hex) of a signed request's header: the evidence kept with a consent. */
export const evidenceOf = (authorization: string): string =>
  createHash('sha256').update(authorization).digest('hex');

function docInfo(d: DocRow): DocumentInfo {
  return {
    id: d.id,
    kind: d.kind,
    mediaType: d.media_type,
    size: toInt(d.size),
    createdAt: toMs(d.created_at),
  };
}

function appOf(r: AppRow, docs: DocRow[]): Application {
  return {
    id: r.id,
    identity: r.identity,
    status: r.status,
    provider: r.provider,
    providerRef: r.provider_ref,
    claims: JSON.parse(r.claims) as KycClaims,
    note: r.note,
    reviewer: r.reviewer,
    createdAt: toMs(r.created_at),
    updatedAt: toMs(r.updated_at),
    submittedAt: optMs(r.submitted_at),
    decidedAt: optMs(r.decided_at),
    purgeAfter: optMs(r.purge_after),
    documentsDeleted: r.purged_at !== null && r.purged_at !== undefined,
    documents: docs.map(docInfo),
  };
}
