/**
 * The access audit trail (spec/directory.md §6.3): every read of a KYC
 * document or of an application's data, every decision, export, erasure and
 * deletion, with who, when and why. Append-only: the database refuses
 * updates and deletes of its rows (a trigger), and each row carries the
 * SHA-256 of the one before it and of itself, so a row changed or removed
 * behind the database's back breaks the chain that `verify` walks.
 */
import { createHash } from 'node:crypto';
import { AppError, toInt, toMs } from '@nexuslink/server-kit';
import type { Db } from '@nexuslink/server-kit';

/** What an entry says. */
export interface AuditInput {
  /** A staff name, `identity:<uuid>` for the person themself, `system`, or `provider:<name>`. */
  readonly actor: string;
  /** The actor's role: a staff role, `identity`, `system`, `provider`. */
  readonly role: string;
  /** `document.read`, `fields.read`, `decision.approved`, `export`, `erasure`, `retention.delete`, … */
  readonly action: string;
  /** The identity the entry concerns. */
  readonly subject?: string | null;
  readonly applicationId?: string | null;
  readonly documentId?: string | null;
  /** Why: required for every read by staff. */
  readonly reason: string;
}

/** An entry as stored and exported. */
export interface AuditEntry extends Required<AuditInput> {
  readonly seq: number;
  readonly at: number;
  readonly prevHash: string;
  readonly hash: string;
}

/** The chain's start: the `prevHash` of the first entry. */
export const AUDIT_GENESIS = '0'.repeat(64);
const LOCK = 7424015;

/** The hash of an entry: SHA-256 over the previous hash and the entry's fields as a JSON array. */
export function auditHash(
  prevHash: string,
  e: Omit<AuditEntry, 'seq' | 'hash' | 'prevHash'>,
): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        prevHash,
        e.at,
        e.actor,
        e.role,
        e.action,
        e.subject,
        e.applicationId,
        e.documentId,
        e.reason,
      ]),
    )
    .digest('hex');
}

type Row = {
  seq: unknown;
  at: unknown;
  actor: string;
  role: string;
  action: string;
  subject: string | null;
  application_id: string | null;
  document_id: string | null;
  reason: string;
  prev_hash: string;
  hash: string;
};

const entryOf = (r: Row): AuditEntry => ({
  seq: toInt(r.seq),
  at: toMs(r.at),
  actor: r.actor,
  role: r.role,
  action: r.action,
  subject: r.subject,
  applicationId: r.application_id,
  documentId: r.document_id,
  reason: r.reason,
  prevHash: r.prev_hash,
  hash: r.hash,
});

/** The audit trail. */
export class AuditTrail {
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  /**
   * Append an entry inside the caller's transaction `tx` (so an action and
   * its entry commit together, or neither does).
   */
  async record(tx: Db, input: AuditInput): Promise<AuditEntry> {
    if (input.reason.trim().length === 0)
      throw new AppError('INVALID_ARGUMENT', 'a reason is required');
    if (tx.dialect === 'postgres') await tx.run('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    const last = await tx.get<{ hash: string }>(
      'SELECT hash FROM kyc_audit ORDER BY seq DESC LIMIT 1',
    );
    const prevHash = last?.hash ?? AUDIT_GENESIS;
    const fields = {
      at: this.#now(),
      actor: input.actor,
      role: input.role,
      action: input.action,
      subject: input.subject ?? null,
      applicationId: input.applicationId ?? null,
      documentId: input.documentId ?? null,
      reason: input.reason.trim(),
    };
    const hash = auditHash(prevHash, fields);
    const row = await tx.get<{ seq: unknown }>(
      `INSERT INTO kyc_audit (at, actor, role, action, subject, application_id, document_id, reason, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING seq`,
      [
        tx.time(fields.at),
        fields.actor,
        fields.role,
        fields.action,
        fields.subject,
        fields.applicationId,
        fields.documentId,
        fields.reason,
        prevHash,
        hash,
      ],
    );
    return { seq: toInt(row!.seq), ...fields, prevHash, hash };
  }

  /** Entries after `afterSeq` (oldest first), at most `limit`; with `subject`, only theirs. */
  async list(
    db: Db,
    options: { afterSeq?: number; limit?: number; subject?: string } = {},
  ): Promise<AuditEntry[]> {
    const params: (string | number)[] = [options.afterSeq ?? 0, options.limit ?? 1000];
    const bySubject = options.subject === undefined ? '' : 'AND subject = $3';
    if (options.subject !== undefined) params.push(options.subject);
    const rows = await db.all<Row>(
      `SELECT * FROM kyc_audit WHERE seq > $1 ${bySubject} ORDER BY seq LIMIT $2`,
      params,
    );
    return rows.map(entryOf);
  }

  /** The newest `limit` entries, newest first. */
  async latest(db: Db, limit = 200): Promise<AuditEntry[]> {
    const rows = await db.all<Row>('SELECT * FROM kyc_audit ORDER BY seq DESC LIMIT $1', [limit]);
    return rows.map(entryOf);
  }

  /**
   * Walk the whole chain: resolves to the number of entries, or throws
   * `INTERNAL` naming the first entry whose hash or link does not hold.
   */
  async verify(db: Db): Promise<number> {
    let prev = AUDIT_GENESIS;
    let after = 0;
    let count = 0;
    for (;;) {
      const page = await this.list(db, { afterSeq: after, limit: 1000 });
      if (page.length === 0) return count;
      for (const e of page) {
        if (e.prevHash !== prev || auditHash(prev, e) !== e.hash)
          throw new AppError('INTERNAL', `the audit trail is broken at entry ${e.seq}`);
        prev = e.hash;
        after = e.seq;
        count++;
      }
    }
  }
}
