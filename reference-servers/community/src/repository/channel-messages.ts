/**
 * Channel messages, each with the channel's next sequence id (assigned under
 * the channel's row lock), and where each device stands in each channel.
 */
import type { Param, Row } from '@nexuslink/server-kit';
import { toBytes, toInt, toMs } from '@nexuslink/server-kit';
import { RepositoryError } from './errors.ts';
import { Queries } from './queries.ts';

export interface StoredChannelMessage {
  readonly id: string;
  /** Stored before under the same client id: this is the first one's seq, not a new message. */
  readonly repeated?: boolean;
  readonly channelId: string;
  readonly seq: number;
  readonly senderUuid: string;
  readonly senderDevice: Uint8Array;
  readonly payload: Uint8Array;
  readonly sentAt: number;
  /** The sender's commitment (32 bytes; empty for a message stored before franking). */
  readonly frankingTag: Uint8Array;
  /** The server's signature over the message's attestation (64 bytes; empty likewise). */
  readonly attestation: Uint8Array;
}

/** Signs a message's attestation once its sequence id is known (in the storing transaction). */
export type Attest = (m: {
  channelId: string;
  seq: number;
  senderUuid: string;
  senderDevice: Uint8Array;
  sentAt: number;
  frankingTag: Uint8Array;
}) => Promise<Uint8Array>;

const channelMessage = (r: Row): StoredChannelMessage => ({
  id: r.id as string,
  channelId: r.channel_id as string,
  seq: toInt(r.sequence_id),
  senderUuid: r.sender_uuid as string,
  senderDevice: toBytes(r.sender_device),
  payload: toBytes(r.encrypted_payload),
  sentAt: toMs(r.sent_at),
  frankingTag: r.franking_tag == null ? new Uint8Array(0) : toBytes(r.franking_tag),
  attestation: r.attestation == null ? new Uint8Array(0) : toBytes(r.attestation),
});

/** Queries of channel messages and device cursors. */
export class ChannelMessageQueries extends Queries {
  /**
   * Store messages of one channel, in order, each with the next sequence id
   * (assigned under the channel's row lock, so ids never repeat or skip).
   *
   * @returns the stored messages, with their ids.
   */
  async appendChannelMessages(
    channelId: string,
    messages: readonly {
      id: string;
      clientId?: Uint8Array | null;
      senderUuid: string;
      senderDevice: Uint8Array;
      payload: Uint8Array;
      sentAt: number;
      frankingTag?: Uint8Array;
    }[],
    attest: Attest,
  ): Promise<StoredChannelMessage[]> {
    if (messages.length === 0) return [];
    return this.db.tx(async (tx) => {
      // Repeats (a retried send): the first one's seq, nothing stored. One
      // query finds those stored before; the unique index on client ids
      // refuses a repeat that races this lookup from another server.
      const out: (StoredChannelMessage | null)[] = messages.map(() => null);
      const keyOf = (senderUuid: string, device: Uint8Array, clientId: Uint8Array) =>
        `${senderUuid}/${Buffer.from(device).toString('hex')}/${Buffer.from(clientId).toString('hex')}`;
      const withIds = messages.filter((m) => m.clientId);
      const stored = new Map<string, StoredChannelMessage>();
      if (withIds.length > 0) {
        // Each alternative is one lookup in messages_by_client_id.
        const params: Param[] = [channelId];
        const alternatives = withIds.map((m) => {
          params.push(m.senderUuid, m.senderDevice, m.clientId!);
          const b = params.length;
          return `(sender_uuid = $${b - 2} AND sender_device = $${b - 1} AND client_id = $${b})`;
        });
        const rows = await tx.all(
          `SELECT * FROM messages WHERE channel_id = $1 AND (${alternatives.join(' OR ')})`,
          params,
        );
        for (const row of rows) {
          const m = channelMessage(row);
          stored.set(keyOf(m.senderUuid, m.senderDevice, toBytes(row.client_id)), m);
        }
      }
      const fresh: number[] = [];
      const inBatch = new Map<string, number>();
      const sameAs = new Map<number, number>(); // a repeat within this batch → the first's index
      for (let i = 0; i < messages.length; i++) {
        const m = messages[i]!;
        if (m.clientId) {
          const key = keyOf(m.senderUuid, m.senderDevice, m.clientId);
          const before = stored.get(key);
          if (before) {
            out[i] = { ...before, repeated: true };
            continue;
          }
          const earlier = inBatch.get(key);
          if (earlier !== undefined) {
            sameAs.set(i, earlier);
            continue;
          }
          inBatch.set(key, i);
        }
        fresh.push(i);
      }
      if (fresh.length > 0) {
        const r = await tx.get(
          'UPDATE channels SET last_seq = last_seq + $2 WHERE id = $1 RETURNING last_seq',
          [channelId, fresh.length],
        );
        if (!r) throw new RepositoryError('NOT_FOUND', 'no such channel');
        const first = toInt(r.last_seq) - fresh.length + 1;
        // One statement for the whole batch.
        const values: string[] = [];
        const params: Param[] = [];
        for (const [k, index] of fresh.entries()) {
          const m = messages[index]!;
          const seq = first + k;
          // Signed with its sequence id, before the commit: stored together.
          const frankingTag = m.frankingTag ?? new Uint8Array(0);
          const attestation = await attest({ ...m, channelId, seq, frankingTag });
          const stored = { ...m, channelId, seq, frankingTag, attestation };
          out[index] = stored;
          const b = params.length;
          values.push(
            `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7}, $${b + 8}, $${b + 9}, $${b + 10})`,
          );
          params.push(
            m.id,
            channelId,
            m.senderUuid,
            m.senderDevice,
            m.payload,
            seq,
            tx.time(m.sentAt),
            m.clientId ?? null,
            frankingTag,
            attestation,
          );
        }
        await tx.run(
          `INSERT INTO messages (id, channel_id, sender_uuid, sender_device, encrypted_payload, sequence_id, sent_at, client_id, franking_tag, attestation)
           VALUES ${values.join(', ')}`,
          params,
        );
      } else if (!(await tx.get('SELECT 1 AS x FROM channels WHERE id = $1', [channelId])))
        throw new RepositoryError('NOT_FOUND', 'no such channel');
      for (const [i, first] of sameAs) out[i] = { ...out[first]!, repeated: true };
      return out.map((o) => o!);
    });
  }

  /** Messages of a channel after `afterSeq`, oldest first. */
  async channelMessagesAfter(
    channelId: string,
    afterSeq: number,
    limit: number,
  ): Promise<StoredChannelMessage[]> {
    return (
      await this.db.all(
        `SELECT * FROM messages WHERE channel_id = $1 AND sequence_id > $2
         ORDER BY sequence_id LIMIT $3`,
        [channelId, afterSeq, limit],
      )
    ).map(channelMessage);
  }

  /**
   * Where each of the device's channels stands: the member's channels with
   * the device's cursor (`seq`) and the channel's last sequence id (`last`).
   */
  async cursorsOf(
    uuid: string,
    deviceId: Uint8Array,
  ): Promise<Map<string, { seq: number; last: number }>> {
    const rows = await this.db.all(
      `SELECT cm.channel_id, COALESCE(cc.seq, c.last_seq) AS seq, c.last_seq
       FROM channel_members cm
       JOIN channels c ON c.id = cm.channel_id
       LEFT JOIN channel_cursors cc
         ON cc.channel_id = cm.channel_id AND cc.member_uuid = cm.member_uuid AND cc.device_id = $2
       WHERE cm.member_uuid = $1`,
      [uuid, deviceId],
    );
    return new Map(
      rows.map((r) => [r.channel_id as string, { seq: toInt(r.seq), last: toInt(r.last_seq) }]),
    );
  }

  /**
   * The device stored everything up to `seq` (cursors only move forward,
   * and never past the channel's last message: a made-up position is cut
   * down to it).
   */
  async advanceCursor(
    channelId: string,
    uuid: string,
    deviceId: Uint8Array,
    seq: number,
  ): Promise<void> {
    await this.db.run(
      `INSERT INTO channel_cursors (channel_id, member_uuid, device_id, seq)
       SELECT $1, $2, $3, CASE WHEN $4 < last_seq THEN $4 ELSE last_seq END FROM channels WHERE id = $1
       ON CONFLICT (channel_id, member_uuid, device_id)
       DO UPDATE SET seq = CASE WHEN excluded.seq > channel_cursors.seq THEN excluded.seq ELSE channel_cursors.seq END`,
      [channelId, uuid, deviceId, seq],
    );
  }
}
