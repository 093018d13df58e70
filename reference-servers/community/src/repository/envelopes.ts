/**
 * The 1:1 envelope queue of each device: quotas that keep strangers from
 * crowding out contacts, client ids that make a retried send idempotent,
 * and acknowledgements.
 */
import type { Row } from '@nexuslink/server-kit';
import { toBytes, toInt, toMs } from '@nexuslink/server-kit';
import { RepositoryError } from './errors.ts';
import { Queries } from './queries.ts';

export interface QueuedEnvelope {
  readonly id: string;
  /** What the sender chose to make a retried send idempotent, or null. */
  readonly clientId?: Uint8Array | null;
  readonly recipientUuid: string;
  readonly recipientDevice: Uint8Array;
  readonly senderUuid: string;
  readonly senderDevice: Uint8Array;
  readonly envelope: Uint8Array;
  readonly acceptedAt: number;
}

/** How many envelopes one device's queue holds ({@link EnvelopeQueries.enqueue}). */
export interface EnvelopeQuota {
  /** Waiting for the device, from anyone. */
  readonly total: number;
  /** From one sender the recipient never wrote to. */
  readonly perStranger: number;
  /** From all such senders together. */
  readonly strangers: number;
}

const queued = (r: Row): QueuedEnvelope => ({
  id: r.id as string,
  recipientUuid: r.recipient_uuid as string,
  recipientDevice: toBytes(r.recipient_device),
  senderUuid: r.sender_uuid as string,
  senderDevice: toBytes(r.sender_device),
  envelope: toBytes(r.envelope),
  acceptedAt: toMs(r.accepted_at),
});

/** Queries of the devices' envelope queues. */
export class EnvelopeQueries extends Queries {
  /**
   * Queue an envelope for a device. A send with a client id the sender used
   * within the idempotency window (whether or not that envelope is still
   * queued) is not queued again: the first one's delivery id is returned.
   * `LIMIT` when the device has `quota.total` waiting, or when the sender
   * is a stranger to the recipient (the recipient's member never wrote to
   * it, and it is not the same member) and it has `quota.perStranger`
   * waiting there, or strangers together have `quota.strangers`: a flood
   * from throwaway identities cannot crowd out the recipient's contacts.
   *
   * @returns the delivery id, and whether it was queued before.
   */
  async enqueue(
    e: QueuedEnvelope,
    quota: EnvelopeQuota,
  ): Promise<{ id: string; repeated: boolean }> {
    return this.db.tx(async (tx) => {
      if (e.clientId) {
        // The key's row is taken first: a concurrent repeat (another server
        // process) waits for this transaction and then finds it.
        const taken = await tx.run(
          `INSERT INTO envelope_client_ids (sender_uuid, sender_device, client_id, delivery_id, accepted_at)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
          [e.senderUuid, e.senderDevice, e.clientId, e.id, tx.time(e.acceptedAt)],
        );
        if (taken === 0) {
          const before = await tx.get(
            `SELECT delivery_id FROM envelope_client_ids
             WHERE sender_uuid = $1 AND sender_device = $2 AND client_id = $3`,
            [e.senderUuid, e.senderDevice, e.clientId],
          );
          return { id: before!.delivery_id as string, repeated: true };
        }
      }
      const known =
        e.senderUuid === e.recipientUuid ||
        (await tx.get('SELECT 1 AS x FROM contacts WHERE member_uuid = $1 AND peer_uuid = $2', [
          e.recipientUuid,
          e.senderUuid,
        ])) !== undefined;
      const r = await tx.get(
        `SELECT count(*) AS n,
                SUM(CASE WHEN e.sender_uuid = $3 THEN 1 ELSE 0 END) AS mine,
                SUM(CASE WHEN e.sender_uuid <> e.recipient_uuid AND k.member_uuid IS NULL THEN 1 ELSE 0 END) AS strangers
         FROM envelopes e
         LEFT JOIN contacts k ON k.member_uuid = e.recipient_uuid AND k.peer_uuid = e.sender_uuid
         WHERE e.recipient_uuid = $1 AND e.recipient_device = $2`,
        [e.recipientUuid, e.recipientDevice, e.senderUuid],
      );
      if (toInt(r!.n) >= quota.total)
        throw new RepositoryError('LIMIT', 'the recipient has too many undelivered envelopes');
      if (!known && toInt(r!.mine ?? 0) >= quota.perStranger)
        throw new RepositoryError(
          'LIMIT',
          'the recipient has too many undelivered envelopes from this sender',
        );
      if (!known && toInt(r!.strangers ?? 0) >= quota.strangers)
        throw new RepositoryError(
          'LIMIT',
          'the recipient has too many undelivered envelopes from senders it never wrote to',
        );
      await tx.run(
        `INSERT INTO envelopes (id, recipient_uuid, recipient_device, sender_uuid, sender_device, envelope, accepted_at, client_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          e.id,
          e.recipientUuid,
          e.recipientDevice,
          e.senderUuid,
          e.senderDevice,
          e.envelope,
          tx.time(e.acceptedAt),
          e.clientId ?? null,
        ],
      );
      // The sender wrote to the recipient: the recipient is now one of its contacts.
      if (e.senderUuid !== e.recipientUuid)
        await tx.run(
          `INSERT INTO contacts (member_uuid, peer_uuid, since) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING`,
          [e.senderUuid, e.recipientUuid, tx.time(e.acceptedAt)],
        );
      return { id: e.id, repeated: false };
    });
  }

  /** Unacknowledged envelopes of a device after `afterId`, oldest first. */
  async pending(
    uuid: string,
    deviceId: Uint8Array,
    afterId: string | null,
    limit: number,
  ): Promise<QueuedEnvelope[]> {
    return (
      await this.db.all(
        `SELECT * FROM envelopes WHERE recipient_uuid = $1 AND recipient_device = $2 AND id > $3
         ORDER BY id LIMIT $4`,
        [uuid, deviceId, afterId ?? '00000000-0000-0000-0000-000000000000', limit],
      )
    ).map(queued);
  }

  /** Drop acknowledged envelopes (only the device's own). */
  async acknowledge(uuid: string, deviceId: Uint8Array, ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const marks = ids.map((_, i) => `$${i + 3}`).join(', ');
    return this.db.run(
      `DELETE FROM envelopes WHERE recipient_uuid = $1 AND recipient_device = $2 AND id IN (${marks})`,
      [uuid, deviceId, ...ids],
    );
  }
}
