/**
 * Abuse reports (spec/directory.md §7.1): an identity reports a listed
 * community or a member (a signed request and a solved proof of work);
 * admins work the queue (dismiss, warn the owner, remove the listing,
 * escalate) and the reporter reads the outcome. Each target with
 * `reports.flag_threshold` open reports from different identities raises an
 * anomaly flag. Handled reports are deleted `reports.retention_days` after
 * they were handled.
 */
import { isUuid } from '@nexuslink/sdk';
import { AppError, isUuidText, toInt, toMs, uuidv7 } from '@nexuslink/server-kit';
import type { Db } from '@nexuslink/server-kit';
import type { Anomalies } from './anomalies.ts';
import { addNotice } from './health.ts';
import type { AuditTrail } from './kyc/audit.ts';
import type { CommunityStore } from './store.ts';

/** What a report is about. */
export const REPORT_CATEGORIES = [
  'spam',
  'harassment',
  'hate',
  'illegal',
  'child_safety',
  'impersonation',
  'other',
] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

/** A report's states: open until an admin acts. */
export const REPORT_STATUSES = ['open', 'dismissed', 'actioned', 'escalated'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** What an admin does with a report. */
export const REPORT_ACTIONS = ['dismiss', 'warn_owner', 'remove_listing', 'escalate'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** What a report is about: a listed community, or a member (optionally in one). */
export type ReportTarget =
  | { readonly kind: 'community'; readonly id: string }
  | { readonly kind: 'member'; readonly uuid: string; readonly community?: string };

/** A report as stored and shown. */
export interface Report {
  readonly id: string;
  readonly reporter: string;
  readonly target: ReportTarget;
  readonly category: ReportCategory;
  readonly details: string;
  readonly status: ReportStatus;
  /** The admin's words to the reporter, once handled. */
  readonly outcome: string;
  readonly createdAt: number;
  readonly handledAt: number | null;
}

type Row = {
  id: string;
  reporter: string;
  target_kind: 'community' | 'member';
  target_id: string;
  community_id: string | null;
  category: ReportCategory;
  details: string;
  status: ReportStatus;
  outcome: string;
  created_at: unknown;
  handled_at: unknown;
};

const DAY_MS = 86_400_000;

function reportOf(r: Row): Report {
  const target: ReportTarget =
    r.target_kind === 'community'
      ? { kind: 'community', id: r.target_id }
      : {
          kind: 'member',
          uuid: r.target_id,
          ...(r.community_id ? { community: r.community_id } : {}),
        };
  return {
    id: r.id,
    reporter: r.reporter,
    target,
    category: r.category,
    details: r.details,
    status: r.status,
    outcome: r.outcome,
    createdAt: toMs(r.created_at),
    handledAt: r.handled_at == null ? null : toMs(r.handled_at),
  };
}

/** Check a report's target: `INVALID_ARGUMENT` for a malformed one. */
export function checkTarget(value: unknown): ReportTarget {
  const t = value as Record<string, unknown> | null;
  if (typeof t !== 'object' || t === null)
    throw new AppError(
      'INVALID_ARGUMENT',
      'target must be { kind: "community", id } or { kind: "member", uuid, community? }',
    );
  if (t.kind === 'community' && isUuidText(t.id)) return { kind: 'community', id: t.id };
  if (t.kind === 'member' && typeof t.uuid === 'string' && isUuid(t.uuid)) {
    if (t.community !== undefined && !isUuidText(t.community))
      throw new AppError('INVALID_ARGUMENT', 'target.community must be a listing id');
    return {
      kind: 'member',
      uuid: t.uuid,
      ...(t.community === undefined ? {} : { community: t.community as string }),
    };
  }
  throw new AppError(
    'INVALID_ARGUMENT',
    'target must be { kind: "community", id: <listing id> } or { kind: "member", uuid: <NexusLink UUID>, community? }',
  );
}

/** Reports and their queue. */
export class Reports {
  readonly #db: Db;
  readonly #store: CommunityStore;
  readonly #anomalies: Anomalies;
  readonly #audit: AuditTrail;
  readonly #now: () => number;
  readonly #o: { perDay: number; flagThreshold: number; retentionMs: number };

  constructor(options: {
    db: Db;
    store: CommunityStore;
    anomalies: Anomalies;
    audit: AuditTrail;
    now: () => number;
    perDay: number;
    flagThreshold: number;
    retentionDays: number;
  }) {
    this.#db = options.db;
    this.#store = options.store;
    this.#anomalies = options.anomalies;
    this.#audit = options.audit;
    this.#now = options.now;
    this.#o = {
      perDay: options.perDay,
      flagThreshold: options.flagThreshold,
      retentionMs: options.retentionDays * DAY_MS,
    };
  }

  /**
   * File a report by `reporter`. `NOT_FOUND` for a community not listed (or
   * a member's community), `CONFLICT` for a second open report of the same
   * target by the same reporter, `RATE_LIMITED` past `reports.per_day`.
   */
  async file(
    reporter: string,
    body: { target?: unknown; category?: unknown; details?: unknown },
  ): Promise<Report> {
    const target = checkTarget(body.target);
    if (!(REPORT_CATEGORIES as readonly unknown[]).includes(body.category))
      throw new AppError(
        'INVALID_ARGUMENT',
        `category must be one of ${REPORT_CATEGORIES.join(', ')}`,
      );
    const details = body.details ?? '';
    if (
      typeof details !== 'string' ||
      details.length > 2000 ||
      /\p{Cc}/u.test(details.replace(/[\n\t]/g, ''))
    )
      throw new AppError('INVALID_ARGUMENT', 'details must be text of at most 2 000 characters');
    const community = target.kind === 'community' ? target.id : target.community;
    if (community !== undefined && !(await this.#store.get(community, true)))
      throw new AppError('NOT_FOUND', 'no such listed community');
    if (target.kind === 'member' && target.uuid === reporter)
      throw new AppError('INVALID_ARGUMENT', 'an identity does not report itself');
    const targetId = target.kind === 'community' ? target.id : target.uuid;
    const id = uuidv7();
    const now = this.#now();
    const open = await this.#db.tx(async (tx) => {
      if (tx.dialect === 'postgres')
        await tx.run('SELECT pg_advisory_xact_lock(7424017, hashtext($1))', [reporter]);
      const today = await tx.get<{ n: unknown }>(
        'SELECT count(*) AS n FROM reports WHERE reporter = $1 AND created_at > $2',
        [reporter, tx.time(now - DAY_MS)],
      );
      if (toInt(today?.n ?? 0) >= this.#o.perDay)
        throw new AppError('RATE_LIMITED', `at most ${this.#o.perDay} reports a day`, DAY_MS);
      const again = await tx.get(
        `SELECT id FROM reports WHERE reporter = $1 AND target_kind = $2 AND target_id = $3 AND status = 'open'`,
        [reporter, target.kind, targetId],
      );
      if (again)
        throw new AppError('CONFLICT', 'this identity reported this already: it is in the queue');
      await tx.run(
        `INSERT INTO reports (id, reporter, target_kind, target_id, community_id, category, details, status, outcome, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', '', $8)`,
        [
          id,
          reporter,
          target.kind,
          targetId,
          community ?? null,
          body.category as string,
          details,
          tx.time(now),
        ],
      );
      const n = await tx.get<{ n: unknown }>(
        `SELECT count(DISTINCT reporter) AS n FROM reports WHERE target_kind = $1 AND target_id = $2 AND status = 'open'`,
        [target.kind, targetId],
      );
      return toInt(n?.n ?? 0);
    });
    if (open >= this.#o.flagThreshold)
      await this.#anomalies.flag(
        'reported',
        `${target.kind}:${targetId}`,
        `${open} identities reported it; the newest: ${body.category as string}`,
      );
    return (await this.get(id))!;
  }

  async get(id: string): Promise<Report | undefined> {
    const r = await this.#db.get<Row>('SELECT * FROM reports WHERE id = $1', [id]);
    return r && reportOf(r);
  }

  /** The reports `reporter` filed, newest first. */
  async mine(reporter: string): Promise<Report[]> {
    const rows = await this.#db.all<Row>(
      'SELECT * FROM reports WHERE reporter = $1 ORDER BY created_at DESC, id DESC LIMIT 200',
      [reporter],
    );
    return rows.map(reportOf);
  }

  /** The queue: reports in `status` (open by default), oldest first, with how many identities reported each target. */
  async queue(
    status: ReportStatus = 'open',
    limit = 200,
  ): Promise<(Report & { reporters: number })[]> {
    const rows = await this.#db.all<Row & { reporters: unknown }>(
      `SELECT r.*, (SELECT count(DISTINCT o.reporter) FROM reports o
          WHERE o.target_kind = r.target_kind AND o.target_id = r.target_id AND o.status = 'open') AS reporters
       FROM reports r WHERE r.status = $1 ORDER BY r.created_at, r.id LIMIT $2`,
      [status, limit],
    );
    return rows.map((r) => ({ ...reportOf(r), reporters: toInt(r.reporters) }));
  }

  /**
   * Handle an open report: its state, the outcome the reporter reads, and
   * the action on its target (a notice to the owner, or the listing
   * removed), audited together.
   */
  async handle(
    actor: { actor: string; role: string },
    id: string,
    action: unknown,
    outcome: unknown,
  ): Promise<Report> {
    if (!(REPORT_ACTIONS as readonly unknown[]).includes(action))
      throw new AppError('INVALID_ARGUMENT', `action must be one of ${REPORT_ACTIONS.join(', ')}`);
    if (typeof outcome !== 'string' || outcome.trim().length < 4 || outcome.length > 2000)
      throw new AppError(
        'INVALID_ARGUMENT',
        'outcome (4 to 2 000 characters) is what the reporter is told',
      );
    const now = this.#now();
    await this.#db.tx(async (tx) => {
      const row = await tx.get<Row>(`SELECT * FROM reports WHERE id = $1 ${tx.forUpdate}`, [id]);
      if (!row) throw new AppError('NOT_FOUND', 'no such report');
      if (row.status !== 'open')
        throw new AppError('CONFLICT', `the report is ${row.status} already`);
      const community = row.target_kind === 'community' ? row.target_id : row.community_id;
      if (action === 'warn_owner' || action === 'remove_listing') {
        if (!community)
          throw new AppError('INVALID_ARGUMENT', 'this report names no listed community');
        const listing = await this.#store.lock(tx, community);
        if (!listing) throw new AppError('NOT_FOUND', 'the listing is gone already');
        const removing = action === 'remove_listing';
        if (removing) await this.#store.remove(tx, community, now);
        await addNotice(
          tx,
          community,
          listing.owner,
          removing ? 'removed' : 'warning',
          `${removing ? 'removed by the directory' : 'a warning from the directory'} after a report (${row.category}): ${outcome.trim()}`,
          now,
        );
      }
      const status: ReportStatus =
        action === 'dismiss' ? 'dismissed' : action === 'escalate' ? 'escalated' : 'actioned';
      // Every open report of the same target is settled by this one action.
      await tx.run(
        `UPDATE reports SET status = $3, outcome = $4, handled_by = $5, handled_at = $6
         WHERE target_kind = $1 AND target_id = $2 AND status = 'open'`,
        [row.target_kind, row.target_id, status, outcome.trim(), actor.actor, tx.time(now)],
      );
      await this.#audit.record(tx, {
        ...actor,
        action: `report.${action as string}`,
        subject: row.target_kind === 'member' ? row.target_id : null,
        reason: `report ${id} (${row.category}) about ${row.target_kind} ${row.target_id}: ${outcome.trim()}`,
      });
    });
    return (await this.get(id))!;
  }

  /** Delete reports handled more than `reports.retention_days` ago. Resolves to how many. */
  async sweep(): Promise<number> {
    return this.#db.run("DELETE FROM reports WHERE status <> 'open' AND handled_at <= $1", [
      this.#db.time(this.#now() - this.#o.retentionMs),
    ]);
  }

  /** Erase the reports an identity filed (an erasure, spec/directory.md §6.7). */
  async erase(tx: Db, reporter: string): Promise<number> {
    return tx.run('DELETE FROM reports WHERE reporter = $1', [reporter]);
  }
}
