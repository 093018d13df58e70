/**
 * Channels, their members and roles, and invitations. Membership changes of
 * one channel take turns under the channel's row lock.
 */
import type { Db, Row } from '@nexuslink/server-kit';
import { toInt, toMs } from '@nexuslink/server-kit';
import { RepositoryError } from './errors.ts';
import { Queries, rowLock } from './queries.ts';

export type ChannelRole = 'admin' | 'moderator' | 'member';
export type Visibility = 'public' | 'private';

export interface Channel {
  readonly id: string;
  readonly name: string;
  readonly topic: string;
  readonly visibility: Visibility;
  readonly createdBy: string;
  readonly createdAt: number;
  readonly lastSeq: number;
}

const channel = (r: Row): Channel => ({
  id: r.id as string,
  name: r.name as string,
  topic: r.topic as string,
  visibility: r.visibility as Visibility,
  createdBy: r.created_by as string,
  createdAt: toMs(r.created_at),
  lastSeq: toInt(r.last_seq),
});

/**
 * In a transaction: lock the channel's row against other membership
 * changes (on PostgreSQL; SQLite runs one write transaction at a time),
 * then read `uuid`'s role and the channel's admin and member counts.
 * Sends into the channel wait for the lock too, for the few
 * milliseconds this takes.
 */
async function lockMembership(
  tx: Db,
  channelId: string,
  uuid: string,
): Promise<{ role: ChannelRole; admins: number; members: number } | undefined> {
  const c = await tx.get(
    `SELECT id FROM channels WHERE id = $1${rowLock(tx, 'FOR NO KEY UPDATE')}`,
    [channelId],
  );
  if (!c) return undefined;
  const r = await tx.get(
    `SELECT
       (SELECT role FROM channel_members WHERE channel_id = $1 AND member_uuid = $2) AS role,
       (SELECT count(*) FROM channel_members WHERE channel_id = $1 AND role = 'admin') AS admins,
       (SELECT count(*) FROM channel_members WHERE channel_id = $1) AS members`,
    [channelId, uuid],
  );
  if (r?.role == null) return undefined;
  return { role: r.role as ChannelRole, admins: toInt(r.admins), members: toInt(r.members) };
}

/** Queries of channels, their members and invitations. */
export class ChannelQueries extends Queries {
  /** Create a channel with its creator as admin. */
  async createChannel(c: {
    id: string;
    name: string;
    topic: string;
    visibility: Visibility;
    createdBy: string;
    now: number;
  }): Promise<Channel> {
    return this.db.tx(async (tx) => {
      await tx.run(
        `INSERT INTO channels (id, name, topic, visibility, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [c.id, c.name, c.topic, c.visibility, c.createdBy, tx.time(c.now)],
      );
      await tx.run(
        `INSERT INTO channel_members (channel_id, member_uuid, role, joined_at) VALUES ($1, $2, 'admin', $3)`,
        [c.id, c.createdBy, tx.time(c.now)],
      );
      // The creator's devices start at the first message, as a joining member's
      // start at its join position (without a cursor a device starts at the
      // newest message when it connects: it would miss what came while it was away).
      await tx.run(
        `INSERT INTO channel_cursors (channel_id, member_uuid, device_id, seq)
         SELECT $1, member_uuid, device_id, 0 FROM devices WHERE member_uuid = $2`,
        [c.id, c.createdBy],
      );
      return (await new ChannelQueries(tx).channel(c.id))!;
    });
  }

  async channel(id: string): Promise<Channel | undefined> {
    const r = await this.db.get('SELECT * FROM channels WHERE id = $1', [id]);
    return r && channel(r);
  }

  /** Public channels and the private ones `uuid` belongs to, with its role where it is a member. */
  async channelsFor(uuid: string): Promise<(Channel & { role: ChannelRole | null })[]> {
    const rows = await this.db.all(
      `SELECT c.*, cm.role AS member_role FROM channels c
       LEFT JOIN channel_members cm ON cm.channel_id = c.id AND cm.member_uuid = $1
       WHERE c.visibility = 'public' OR cm.member_uuid IS NOT NULL
       ORDER BY c.sort_order, c.created_at, c.id`,
      [uuid],
    );
    return rows.map((r) => ({
      ...channel(r),
      role: (r.member_role as ChannelRole | null) ?? null,
    }));
  }

  async updateChannel(id: string, change: { name?: string; topic?: string }): Promise<void> {
    if (change.name !== undefined)
      await this.db.run('UPDATE channels SET name = $2 WHERE id = $1', [id, change.name]);
    if (change.topic !== undefined)
      await this.db.run('UPDATE channels SET topic = $2 WHERE id = $1', [id, change.topic]);
  }

  async deleteChannel(id: string): Promise<boolean> {
    return (await this.db.run('DELETE FROM channels WHERE id = $1', [id])) > 0;
  }

  async channelRole(channelId: string, uuid: string): Promise<ChannelRole | undefined> {
    const r = await this.db.get(
      'SELECT role FROM channel_members WHERE channel_id = $1 AND member_uuid = $2',
      [channelId, uuid],
    );
    return r?.role as ChannelRole | undefined;
  }

  async channelMembers(channelId: string): Promise<{ uuid: string; role: ChannelRole }[]> {
    const rows = await this.db.all(
      'SELECT member_uuid, role FROM channel_members WHERE channel_id = $1 ORDER BY joined_at, member_uuid',
      [channelId],
    );
    return rows.map((r) => ({ uuid: r.member_uuid as string, role: r.role as ChannelRole }));
  }

  /**
   * Add a member; `LIMIT` when it is in `maxChannels` channels already,
   * `NOT_FOUND` when the channel is gone. A member already in is left as it
   * is: its role, join position and cursors change only through
   * {@link setChannelRole} and {@link removeFromChannel} (a join that moved
   * them would drop an offline member's backlog).
   */
  async joinChannel(
    channelId: string,
    uuid: string,
    role: ChannelRole,
    maxChannels: number,
    now: number,
  ): Promise<void> {
    await this.db.tx(async (tx) => {
      // Membership changes of one channel take turns (see removeFromChannel).
      const c = await tx.get(
        `SELECT last_seq FROM channels WHERE id = $1${rowLock(tx, 'FOR NO KEY UPDATE')}`,
        [channelId],
      );
      if (!c) throw new RepositoryError('NOT_FOUND', 'no such channel');
      const r = await tx.get(
        'SELECT count(*) AS n FROM channel_members WHERE member_uuid = $1 AND channel_id <> $2',
        [uuid, channelId],
      );
      if (toInt(r!.n) >= maxChannels)
        throw new RepositoryError('LIMIT', `a member belongs to at most ${maxChannels} channels`);
      // The join position: the WebSocket starts the member's devices after
      // it, and history over HTTP starts there too.
      const joinSeq = toInt(c.last_seq);
      const added = await tx.run(
        `INSERT INTO channel_members (channel_id, member_uuid, role, joined_at, join_seq)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (channel_id, member_uuid) DO NOTHING`,
        [channelId, uuid, role, tx.time(now), joinSeq],
      );
      if (added === 0) return;
      await tx.run('DELETE FROM channel_invites WHERE channel_id = $1 AND member_uuid = $2', [
        channelId,
        uuid,
      ]);
      // A new member's devices start after the messages sent before it joined.
      await tx.run(
        `INSERT INTO channel_cursors (channel_id, member_uuid, device_id, seq)
         SELECT $1, member_uuid, device_id, $3 FROM devices WHERE member_uuid = $2
         ON CONFLICT (channel_id, member_uuid, device_id) DO UPDATE SET seq = excluded.seq`,
        [channelId, uuid, joinSeq],
      );
    });
  }

  /** A member's role and join position (the last sequence id before it joined). */
  async channelMember(
    channelId: string,
    uuid: string,
  ): Promise<{ role: ChannelRole; joinSeq: number } | undefined> {
    const r = await this.db.get(
      'SELECT role, join_seq FROM channel_members WHERE channel_id = $1 AND member_uuid = $2',
      [channelId, uuid],
    );
    return r && { role: r.role as ChannelRole, joinSeq: toInt(r.join_seq) };
  }

  /**
   * Change a member's role, and nothing else (its join position and its
   * devices' cursors stay: an offline member keeps its backlog).
   * `NOT_FOUND` when it is no member; `CONFLICT` when it is the channel's
   * only admin and would stop being one.
   */
  async setChannelRole(channelId: string, uuid: string, role: ChannelRole): Promise<void> {
    await this.db.tx(async (tx) => {
      const current = await lockMembership(tx, channelId, uuid);
      if (!current) throw new RepositoryError('NOT_FOUND', 'not a member of this channel');
      if (current.role === 'admin' && role !== 'admin' && current.admins === 1)
        throw new RepositoryError('CONFLICT', 'a channel keeps at least one admin');
      await tx.run(
        'UPDATE channel_members SET role = $3 WHERE channel_id = $1 AND member_uuid = $2',
        [channelId, uuid, role],
      );
    });
  }

  /**
   * A member leaves (or is removed), with its devices' cursors. The only
   * admin of a channel that has other members cannot leave (`CONFLICT`:
   * make another member admin first). The last member leaving deletes the
   * channel: nobody could read its messages again, since members who join
   * later start at their join position.
   *
   * @returns `'left'`, `'deleted'` (it was the last member), or undefined when it was no member.
   */
  async removeFromChannel(
    channelId: string,
    uuid: string,
  ): Promise<'left' | 'deleted' | undefined> {
    return this.db.tx(async (tx) => {
      const current = await lockMembership(tx, channelId, uuid);
      if (!current) return undefined;
      if (current.role === 'admin' && current.admins === 1 && current.members > 1)
        throw new RepositoryError(
          'CONFLICT',
          'the only admin cannot leave a channel with members: make another member admin first',
        );
      await tx.run('DELETE FROM channel_cursors WHERE channel_id = $1 AND member_uuid = $2', [
        channelId,
        uuid,
      ]);
      await tx.run('DELETE FROM channel_members WHERE channel_id = $1 AND member_uuid = $2', [
        channelId,
        uuid,
      ]);
      if (current.members > 1) return 'left';
      await tx.run('DELETE FROM channels WHERE id = $1', [channelId]);
      return 'deleted';
    });
  }

  async leaveChannel(channelId: string, uuid: string): Promise<boolean> {
    return this.db.tx(async (tx) => {
      await tx.run('DELETE FROM channel_cursors WHERE channel_id = $1 AND member_uuid = $2', [
        channelId,
        uuid,
      ]);
      return (
        (await tx.run('DELETE FROM channel_members WHERE channel_id = $1 AND member_uuid = $2', [
          channelId,
          uuid,
        ])) > 0
      );
    });
  }

  async invite(channelId: string, uuid: string, invitedBy: string, now: number): Promise<void> {
    await this.db.run(
      `INSERT INTO channel_invites (channel_id, member_uuid, invited_by, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (channel_id, member_uuid) DO NOTHING`,
      [channelId, uuid, invitedBy, this.db.time(now)],
    );
  }

  async invited(channelId: string, uuid: string): Promise<boolean> {
    return (
      (await this.db.get(
        'SELECT 1 AS x FROM channel_invites WHERE channel_id = $1 AND member_uuid = $2',
        [channelId, uuid],
      )) !== undefined
    );
  }
}
