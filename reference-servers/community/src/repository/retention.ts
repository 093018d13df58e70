/**
 * The background purge: expired challenges and sessions always, and what
 * the retention settings give a period for.
 */
import { Queries } from './queries.ts';

/** How long what {@link RetentionQueries.purgeExpired} deletes is kept, in ms (0 or absent: for ever). */
export interface Retention {
  readonly envelopesMs: number;
  readonly idempotencyMs: number;
  readonly channelMessagesMs: number;
  readonly preKeysMs: number;
}

/** Rows deleted by one {@link RetentionQueries.purgeExpired}. */
export interface PurgeCounts {
  envelopes: number;
  clientIds: number;
  channelMessages: number;
  preKeys: number;
}

/** Queries of the background purge. */
export class RetentionQueries extends Queries {
  /**
   * Forget expired challenges and sessions, and, where `retention` gives a
   * period (0: keep), what is older than it: queued envelopes, client ids
   * of sends, channel messages (a device behind the oldest one kept resumes
   * at it), and one-time prekeys handed out.
   *
   * @returns how many rows of each kind were deleted.
   */
  async purgeExpired(now: number, retention: Partial<Retention> = {}): Promise<PurgeCounts> {
    const before = (ms: number | undefined) => this.db.time(now - ms!);
    const counts: PurgeCounts = { envelopes: 0, clientIds: 0, channelMessages: 0, preKeys: 0 };
    await this.db.run('DELETE FROM auth_challenges WHERE expires_at <= $1', [this.db.time(now)]);
    await this.db.run('DELETE FROM sessions WHERE refresh_expires_at <= $1', [this.db.time(now)]);
    if (retention.envelopesMs)
      counts.envelopes = await this.db.run('DELETE FROM envelopes WHERE accepted_at < $1', [
        before(retention.envelopesMs),
      ]);
    if (retention.idempotencyMs)
      counts.clientIds = await this.db.run(
        'DELETE FROM envelope_client_ids WHERE accepted_at < $1',
        [before(retention.idempotencyMs)],
      );
    if (retention.channelMessagesMs)
      counts.channelMessages = await this.db.run('DELETE FROM messages WHERE sent_at < $1', [
        before(retention.channelMessagesMs),
      ]);
    if (retention.preKeysMs) {
      const cutoff = before(retention.preKeysMs);
      counts.preKeys =
        (await this.db.run('DELETE FROM prekeys WHERE consumed_at < $1', [cutoff])) +
        (await this.db.run('DELETE FROM kem_one_time_prekeys WHERE consumed_at < $1', [cutoff]));
    }
    return counts;
  }
}
