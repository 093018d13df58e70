/**
 * Everything the server keeps, behind one interface, over either database
 * (`Db`). Every query is parameterized. Methods that must be atomic (a
 * prekey handed out once, a sequence id assigned once, a refresh token used
 * once) run in one transaction and, on PostgreSQL, lock the rows they
 * decide on. The compliance suite (test/repository.test.ts) runs against
 * both backends.
 *
 * The queries live in one file per concern under `repository/` (members and
 * devices, sessions, prekeys, channels, channel messages, envelopes, audit
 * and settings, retention); `Repository` is all of them on one object.
 */
import { toMs } from '@nexuslink/server-kit';
import type { Db } from '@nexuslink/server-kit';
import { AuditQueries } from './repository/audit.ts';
import { ChannelMessageQueries } from './repository/channel-messages.ts';
import { ChannelQueries } from './repository/channels.ts';
import { EnvelopeQueries } from './repository/envelopes.ts';
import { MemberQueries } from './repository/members.ts';
import { PreKeyQueries } from './repository/prekeys.ts';
import { composeQueries } from './repository/queries.ts';
import { RetentionQueries } from './repository/retention.ts';
import { SessionQueries } from './repository/sessions.ts';

export type { StoredChannelMessage } from './repository/channel-messages.ts';
export type { Channel, ChannelRole, Visibility } from './repository/channels.ts';
export type { EnvelopeQuota, QueuedEnvelope } from './repository/envelopes.ts';
export { RepositoryError } from './repository/errors.ts';
export type { Device, Member, ServerRole } from './repository/members.ts';
export type {
  PreKeyBundleRow,
  PreKeyCounts,
  PreKeyFetchLimits,
  PublishedPreKey,
} from './repository/prekeys.ts';
export type { PurgeCounts, Retention } from './repository/retention.ts';
export type { NewSession, Session } from './repository/sessions.ts';

/** The server's data: the methods of every part under `repository/`, on one object. */
export class Repository extends composeQueries(
  MemberQueries,
  SessionQueries,
  PreKeyQueries,
  ChannelQueries,
  ChannelMessageQueries,
  EnvelopeQueries,
  AuditQueries,
  RetentionQueries,
) {
  /** Whether the database answers (for /readyz). */
  async ping(): Promise<void> {
    await this.db.get('SELECT 1 AS ok');
  }

  /** Members in good standing, and when the last channel message was sent (null: none yet). */
  async stats(): Promise<{ members: number; lastActiveAt: number | null }> {
    const m = await this.db.get<{ n: unknown }>(
      "SELECT count(*) AS n FROM members WHERE status = 'active'",
    );
    const last = await this.db.get<{ at: unknown }>('SELECT max(sent_at) AS at FROM messages');
    return {
      members: Number(m?.n ?? 0),
      lastActiveAt: last?.at == null ? null : toMs(last.at),
    };
  }

  /** The public channels, oldest first (at most 200), with their member counts. */
  async publicChannels(): Promise<{ id: string; name: string; topic: string; members: number }[]> {
    const rows = await this.db.all<{ id: string; name: string; topic: string; members: unknown }>(
      `SELECT c.id, c.name, c.topic,
         (SELECT count(*) FROM channel_members m WHERE m.channel_id = c.id) AS members
       FROM channels c WHERE c.visibility = 'public' ORDER BY c.created_at, c.id LIMIT 200`,
    );
    return rows.map((r) => ({
      id: String(r.id),
      name: r.name,
      topic: r.topic,
      members: Number(r.members),
    }));
  }

  /** Run `fn` with this repository inside one transaction (committed together, or not at all). */
  transaction<T>(fn: (repo: Repository) => Promise<T>): Promise<T> {
    return this.db.tx((tx) => fn(this.withDb(tx)));
  }

  /** This repository on another handle (a transaction). */
  private withDb(db: Db): Repository {
    return db === this.db ? this : new Repository(db);
  }
}
