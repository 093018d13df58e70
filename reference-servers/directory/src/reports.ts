/**
 * Abuse reports (spec/directory.md §7.1): an identity reports a listed
 * community, a member, or a message sent in a listed community, with the
 * evidence its client kept (spec/community.md §5.6), checked here against
 * the listing's server key (a signed request and a solved proof of work);
 * admins work the queue (dismiss, warn the owner, remove the listing,
 * escalate) and the reporter reads the outcome. A community, or a member
 * (reports of the member and of its messages together), with
 * `reports.flag_threshold` open reports from different identities raises an
 * anomaly flag. Handled reports are deleted, evidence and all,
 * `reports.retention_days` after they were handled.
 */
import { isUuid, verifyMessageEvidence } from '@nexuslink/sdk';
import type { VerifiedMessage } from '@nexuslink/sdk';
import {
  AppError,
  fromNexusError,
  isUuidText,
  toBytes,
  toInt,
  toMs,
  uuidv7,
} from '@nexuslink/server-kit';
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

/**
 * Most characters of a message report's evidence: base64url (no padding)
 * of the largest `MessageEvidence` (160 KiB of message and 512 bytes more,
 * spec/community.md §5.6).
 */
export const MAX_EVIDENCE_CHARS = ((160 * 1024 + 512) / 3) * 4;

/**
 * What a report is about, as stored and shown: a listed community, a
 * member (optionally in one), or a message sent in a listed community
 * (`listing`, the message's channel and sequence id, and the member the
 * server attested as its sender).
 */
export type ReportTarget =
  | { readonly kind: 'community'; readonly id: string }
  | { readonly kind: 'member'; readonly uuid: string; readonly community?: string }
  | {
      readonly kind: 'message';
      readonly listing: string;
      readonly channelId: string;
      readonly seq: number;
      readonly member: string;
    };

/** A report's target as filed: a message is its listing and evidence. */
export type FiledTarget =
  | Exclude<ReportTarget, { kind: 'message' }>
  | { readonly kind: 'message'; readonly listing: string; readonly evidence: Uint8Array };

/** A reported message as the directory verified it (admins read it; the reporter does not get it back). */
export interface ReportedMessage {
  /** The listing whose server key the attestation verified under, and that key (hex). */
  readonly listing: string;
  readonly serverKey: string;
  readonly channelId: string;
  readonly seq: number;
  /** The device the community server attested as the sender. */
  readonly sender: { readonly uuid: string; readonly deviceId: string };
  /** When the server took it (ms), by the server's attestation. */
  readonly sentAt: number;
  /** The message's id and its sender's timestamp (from the committed message). */
  readonly id: string;
  readonly timestamp: number;
  /** Its text, or a structured message's type (its payload stays in the evidence). */
  readonly content:
    | { readonly kind: 'text'; readonly text: string }
    | { readonly kind: 'structured'; readonly type: string };
}

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

/** A report in the admins' queue: how many identities reported its target, and the message, for a message report. */
export interface QueuedReport extends Report {
  readonly reporters: number;
  readonly message?: ReportedMessage;
}

type Row = {
  id: string;
  reporter: string;
  target_kind: 'community' | 'member' | 'message';
  target_id: string;
  community_id: string | null;
  category: ReportCategory;
  details: string;
  status: ReportStatus;
  outcome: string;
  created_at: unknown;
  handled_at: unknown;
  // From report_messages (a message report's), null otherwise.
  m_server_key: unknown;
  m_channel: string | null;
  m_seq: unknown;
  m_sender: string | null;
  m_device: string | null;
  m_sent_at: unknown;
  m_id: string | null;
  m_timestamp: unknown;
  m_kind: 'text' | 'structured' | null;
  m_content: string | null;
};

/** A report's row with its message's verified fields (never the evidence). */
const SELECT_REPORT = `SELECT r.*, m.server_key AS m_server_key, m.channel_id AS m_channel,
    m.seq AS m_seq, m.sender AS m_sender, m.sender_device AS m_device, m.sent_at AS m_sent_at,
    m.message_id AS m_id, m.timestamp_ms AS m_timestamp, m.content_kind AS m_kind,
    m.content AS m_content
  FROM reports r LEFT JOIN report_messages m ON m.report_id = r.id`;

const DAY_MS = 86_400_000;

function targetOf(r: Row): ReportTarget {
  if (r.target_kind === 'community') return { kind: 'community', id: r.target_id };
  if (r.target_kind === 'member')
    return {
      kind: 'member',
      uuid: r.target_id,
      ...(r.community_id ? { community: r.community_id } : {}),
    };
  return {
    kind: 'message',
    listing: String(r.community_id),
    channelId: String(r.m_channel),
    seq: toInt(r.m_seq),
    member: String(r.m_sender),
  };
}

function messageOf(r: Row): ReportedMessage | undefined {
  if (r.target_kind !== 'message' || r.m_sender === null) return undefined;
  return {
    listing: String(r.community_id),
    serverKey: Buffer.from(toBytes(r.m_server_key)).toString('hex'),
    channelId: String(r.m_channel),
    seq: toInt(r.m_seq),
    sender: { uuid: r.m_sender, deviceId: String(r.m_device) },
    sentAt: toMs(r.m_sent_at),
    id: String(r.m_id),
    timestamp: toInt(r.m_timestamp),
    content:
      r.m_kind === 'text'
        ? { kind: 'text', text: String(r.m_content) }
        : { kind: 'structured', type: String(r.m_content) },
  };
}

function reportOf(r: Row): Report {
  const target = targetOf(r);
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

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * A message report's evidence: base64url without padding, canonical (the
 * unused bits of the last character zero), 1 to {@link MAX_EVIDENCE_CHARS}
 * characters; `INVALID_ARGUMENT` otherwise. What the bytes are is for
 * `verifyMessageEvidence` to say.
 */
export function evidenceOf(value: unknown): Uint8Array {
  if (
    typeof value !== 'string' ||
    value.length === 0 ||
    value.length > MAX_EVIDENCE_CHARS ||
    value.length % 4 === 1 ||
    !BASE64URL.test(value)
  )
    throw new AppError(
      'INVALID_ARGUMENT',
      `target.evidence must be base64url (no padding) of a MessageEvidence, at most ${MAX_EVIDENCE_CHARS} characters`,
    );
  const bytes = Buffer.from(value, 'base64url');
  if (bytes.toString('base64url') !== value)
    throw new AppError('INVALID_ARGUMENT', 'target.evidence is not canonical base64url');
  return new Uint8Array(bytes);
}

const TARGET_FORMS =
  'target must be { kind: "community", id: <listing id> }, { kind: "member", uuid: <NexusLink UUID>, community? } or { kind: "message", listing: <listing id>, evidence: <base64url> }';

/** Check a report's target: `INVALID_ARGUMENT` for a malformed one. */
export function checkTarget(value: unknown): FiledTarget {
  const t = value as Record<string, unknown> | null;
  if (typeof t !== 'object' || t === null) throw new AppError('INVALID_ARGUMENT', TARGET_FORMS);
  if (t.kind === 'community' && isUuidText(t.id)) return { kind: 'community', id: t.id };
  if (t.kind === 'message') {
    if (!isUuidText(t.listing))
      throw new AppError('INVALID_ARGUMENT', 'target.listing must be a listing id');
    return { kind: 'message', listing: t.listing, evidence: evidenceOf(t.evidence) };
  }
  if (t.kind === 'member' && typeof t.uuid === 'string' && isUuid(t.uuid)) {
    if (t.community !== undefined && !isUuidText(t.community))
      throw new AppError('INVALID_ARGUMENT', 'target.community must be a listing id');
    return {
      kind: 'member',
      uuid: t.uuid,
      ...(t.community === undefined ? {} : { community: t.community as string }),
    };
  }
  throw new AppError('INVALID_ARGUMENT', TARGET_FORMS);
}

/** The id a target is stored under: one open report of it per reporter. */
function targetIdOf(target: ReportTarget): string {
  if (target.kind === 'community') return target.id;
  if (target.kind === 'member') return target.uuid;
  return `${target.listing}/${target.channelId}/${target.seq}`;
}

/** The members' reporters: open reports of the member, and of the messages attested as its. */
const MEMBER_REPORTERS = `SELECT count(DISTINCT r.reporter) AS n FROM reports r
  LEFT JOIN report_messages m ON m.report_id = r.id
  WHERE r.status = 'open' AND ((r.target_kind = 'member' AND r.target_id = $1)
    OR (r.target_kind = 'message' AND m.sender = $1))`;

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
   * File a report by `reporter`. In order: the target's form, the category
   * and details (`INVALID_ARGUMENT`); the listing, which must be listed
   * (`NOT_FOUND`); for a message, its evidence against the listing's server
   * key (`MALFORMED`, `BAD_SIGNATURE`); a report about the reporter itself
   * (`INVALID_ARGUMENT`); `RATE_LIMITED` past `reports.per_day`; `CONFLICT`
   * for a second open report of the same target by the same reporter.
   * Nothing is stored unless every check passes.
   */
  async file(
    reporter: string,
    body: { target?: unknown; category?: unknown; details?: unknown },
  ): Promise<Report> {
    const filed = checkTarget(body.target);
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
    const community =
      filed.kind === 'community'
        ? filed.id
        : filed.kind === 'member'
          ? filed.community
          : filed.listing;
    const listing = community === undefined ? undefined : await this.#store.get(community, true);
    if (community !== undefined && !listing)
      throw new AppError('NOT_FOUND', 'no such listed community');
    let target: ReportTarget;
    let message: { verified: VerifiedMessage; evidence: Uint8Array; serverKey: Uint8Array } | null =
      null;
    if (filed.kind === 'message') {
      const serverKey = listing!.serverKey;
      let verified: VerifiedMessage;
      try {
        verified = verifyMessageEvidence(serverKey, filed.evidence);
      } catch (err) {
        throw fromNexusError(err, 'MALFORMED');
      }
      message = { verified, evidence: filed.evidence, serverKey };
      target = {
        kind: 'message',
        listing: filed.listing,
        channelId: verified.channelId,
        seq: verified.seq,
        member: verified.sender.uuid,
      };
    } else target = filed;
    const member =
      target.kind === 'member' ? target.uuid : target.kind === 'message' ? target.member : null;
    if (member === reporter)
      throw new AppError('INVALID_ARGUMENT', 'an identity does not report itself');
    const targetId = targetIdOf(target);
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
      if (message) {
        const { verified: v } = message;
        await tx.run(
          `INSERT INTO report_messages (report_id, listing_id, server_key, channel_id, seq, sender,
             sender_device, sent_at, message_id, timestamp_ms, content_kind, content, evidence)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
          [
            id,
            community!,
            message.serverKey,
            v.channelId,
            v.seq,
            v.sender.uuid,
            v.sender.deviceId,
            tx.time(v.sentAt),
            v.id,
            v.timestamp,
            v.content.kind,
            v.content.kind === 'text' ? v.content.text : v.content.type,
            message.evidence,
          ],
        );
      }
      // A member's flag counts the reports of the member and of its messages.
      const n =
        member === null
          ? await tx.get<{ n: unknown }>(
              `SELECT count(DISTINCT reporter) AS n FROM reports WHERE target_kind = $1 AND target_id = $2 AND status = 'open'`,
              [target.kind, targetId],
            )
          : await tx.get<{ n: unknown }>(MEMBER_REPORTERS, [member]);
      return toInt(n?.n ?? 0);
    });
    if (open >= this.#o.flagThreshold)
      await this.#anomalies.flag(
        'reported',
        member === null ? `${target.kind}:${targetId}` : `member:${member}`,
        `${open} identities reported it${member === null ? '' : ' (the member or its messages)'}; the newest: ${body.category as string}${target.kind === 'message' ? ` (a message in listing ${target.listing})` : ''}`,
      );
    return (await this.get(id))!;
  }

  /** A report, as its reporter sees it (a message report without the message). */
  async get(id: string): Promise<Report | undefined> {
    const r = await this.#db.get<Row>(`${SELECT_REPORT} WHERE r.id = $1`, [id]);
    return r && reportOf(r);
  }

  /** The reports `reporter` filed, newest first (a message report without the message). */
  async mine(reporter: string): Promise<Report[]> {
    const rows = await this.#db.all<Row>(
      `${SELECT_REPORT} WHERE r.reporter = $1 ORDER BY r.created_at DESC, r.id DESC LIMIT 200`,
      [reporter],
    );
    return rows.map(reportOf);
  }

  /**
   * The queue: reports in `status` (open by default), oldest first, with
   * how many identities reported each target, and a message report's
   * message as verified.
   */
  async queue(status: ReportStatus = 'open', limit = 200): Promise<QueuedReport[]> {
    const rows = await this.#db.all<Row & { reporters: unknown }>(
      `SELECT q.*, (SELECT count(DISTINCT o.reporter) FROM reports o
          WHERE o.target_kind = q.target_kind AND o.target_id = q.target_id AND o.status = 'open') AS reporters
       FROM (${SELECT_REPORT} WHERE r.status = $1) q ORDER BY q.created_at, q.id LIMIT $2`,
      [status, limit],
    );
    return rows.map((r) => {
      const message = messageOf(r);
      return { ...reportOf(r), reporters: toInt(r.reporters), ...(message ? { message } : {}) };
    });
  }

  /**
   * A message report's evidence as the reporter sent it, and the server
   * key it verified under (for an admin to check again, or hand on).
   * `NOT_FOUND` for no such report, or one that is not about a message.
   */
  async evidence(id: string): Promise<{ listing: string; serverKey: string; evidence: string }> {
    const r = await this.#db.get<{ listing_id: string; server_key: unknown; evidence: unknown }>(
      'SELECT listing_id, server_key, evidence FROM report_messages WHERE report_id = $1',
      [id],
    );
    if (!r) throw new AppError('NOT_FOUND', 'no such report about a message');
    return {
      listing: String(r.listing_id),
      serverKey: Buffer.from(toBytes(r.server_key)).toString('hex'),
      evidence: Buffer.from(toBytes(r.evidence)).toString('base64url'),
    };
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
      // The audit trail names UUIDs only: a message report's member, never its content.
      const subject =
        row.target_kind === 'member'
          ? row.target_id
          : row.target_kind === 'message'
            ? ((
                await tx.get<{ sender: string }>(
                  'SELECT sender FROM report_messages WHERE report_id = $1',
                  [id],
                )
              )?.sender ?? null)
            : null;
      await this.#audit.record(tx, {
        ...actor,
        action: `report.${action as string}`,
        subject,
        reason: `report ${id} (${row.category}) about ${row.target_kind} ${row.target_id}: ${outcome.trim()}`,
      });
    });
    return (await this.get(id))!;
  }

  /** Delete reports (and their evidence) handled more than `reports.retention_days` ago. Resolves to how many. */
  async sweep(): Promise<number> {
    const before = this.#db.time(this.#now() - this.#o.retentionMs);
    return this.#db.tx(async (tx) => {
      await tx.run(
        `DELETE FROM report_messages WHERE report_id IN
           (SELECT id FROM reports WHERE status <> 'open' AND handled_at <= $1)`,
        [before],
      );
      return tx.run("DELETE FROM reports WHERE status <> 'open' AND handled_at <= $1", [before]);
    });
  }

  /** Erase the reports an identity filed, evidence and all (an erasure, spec/directory.md §6.7). */
  async erase(tx: Db, reporter: string): Promise<number> {
    await tx.run(
      'DELETE FROM report_messages WHERE report_id IN (SELECT id FROM reports WHERE reporter = $1)',
      [reporter],
    );
    return tx.run('DELETE FROM reports WHERE reporter = $1', [reporter]);
  }
}
