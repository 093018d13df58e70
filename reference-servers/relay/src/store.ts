/**
 * The relay's blobs (spec/relay.md §5), on the kit's `Db` (embedded SQLite
 * or PostgreSQL). A put checks both quotas and inserts in one transaction,
 * serialized per mailbox and per sender, so concurrent puts never exceed a
 * quota. Expired blobs are never listed, and deleted by `purgeExpired`.
 */
import { randomBytes } from 'node:crypto';
import { toBytes, toInt, toMs, uuidv7 } from '@nexuslink/server-kit';
import type { Db, Param } from '@nexuslink/server-kit';

/** Quotas a put is checked against. */
export interface Quotas {
  readonly recipientBlobs: number;
  readonly recipientBytes: number;
  readonly senderBlobs: number;
  readonly senderBytes: number;
}

/** A blob as listed to its recipient. */
export interface StoredBlob {
  readonly id: string;
  readonly body: Uint8Array;
  readonly storedAt: number;
  readonly expiresAt: number;
}

/** A put over a quota: which one. */
export class QuotaError extends Error {
  override readonly name = 'QuotaError';
  constructor(readonly quota: 'recipient' | 'sender') {
    super(
      quota === 'recipient'
        ? "the recipient's mailbox is full"
        : 'this device has too much held at the relay',
    );
  }
}

/** Unexpired blobs and bytes of one mailbox or sender. */
async function held(
  db: Db,
  column: 'mailbox' | 'sender_tag',
  value: string | Uint8Array,
  now: number,
): Promise<{ blobs: number; bytes: number }> {
  const row = await db.get<{ n: unknown; bytes: unknown }>(
    `SELECT count(*) AS n, coalesce(sum(size), 0) AS bytes FROM blobs WHERE ${column} = $1 AND expires_at > $2`,
    [value, db.time(now)],
  );
  return { blobs: toInt(row?.n ?? 0), bytes: toInt(row?.bytes ?? 0) };
}

/** The blob store. */
export class BlobStore {
  constructor(readonly db: Db) {}

  /** The secret that keys sender tags: made once, kept in `server_config`. */
  async senderTagKey(now = Date.now()): Promise<Uint8Array> {
    const row = await this.db.get<{ value: string }>(
      'SELECT value FROM server_config WHERE key = $1',
      ['sender_tag_key'],
    );
    if (row) return new Uint8Array(Buffer.from(row.value, 'hex'));
    const fresh = randomBytes(32).toString('hex');
    // Two relays starting at once on one database: the first one's key wins.
    await this.db.run(
      'INSERT INTO server_config (key, value, updated_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING',
      ['sender_tag_key', fresh, this.db.time(now)],
    );
    return this.senderTagKey(now);
  }

  /**
   * Store a blob for `mailbox`.
   *
   * @throws QuotaError when the recipient's or the sender's quota would be exceeded.
   */
  async put(input: {
    mailbox: string;
    senderTag: Uint8Array;
    body: Uint8Array;
    now: number;
    expiresAt: number;
    quotas: Quotas;
  }): Promise<{ id: string }> {
    const { mailbox, senderTag, body, now, quotas } = input;
    return this.db.tx(async (tx) => {
      if (tx.dialect === 'postgres') {
        await tx.get('SELECT pg_advisory_xact_lock(1, hashtext($1))', [mailbox]);
        await tx.get('SELECT pg_advisory_xact_lock(2, hashtext($1))', [
          Buffer.from(senderTag).toString('hex'),
        ]);
      }
      const r = await held(tx, 'mailbox', mailbox, now);
      if (r.blobs + 1 > quotas.recipientBlobs || r.bytes + body.length > quotas.recipientBytes)
        throw new QuotaError('recipient');
      const s = await held(tx, 'sender_tag', senderTag, now);
      if (s.blobs + 1 > quotas.senderBlobs || s.bytes + body.length > quotas.senderBytes)
        throw new QuotaError('sender');
      const id = uuidv7(now);
      await tx.run(
        'INSERT INTO blobs (id, mailbox, sender_tag, body, size, stored_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [id, mailbox, senderTag, body, body.length, tx.time(now), tx.time(input.expiresAt)],
      );
      return { id };
    });
  }

  /**
   * The unexpired blobs of `mailbox` after `after` (an id), oldest first: at
   * most `limit`, and no more than `maxBytes` in all (at least one).
   */
  async list(input: {
    mailbox: string;
    after?: string | undefined;
    limit: number;
    maxBytes: number;
    now: number;
  }): Promise<StoredBlob[]> {
    const params: Param[] = [input.mailbox, this.db.time(input.now)];
    let cursor = '';
    if (input.after !== undefined) {
      params.push(input.after);
      cursor = ` AND id > $${params.length}`;
    }
    params.push(input.limit);
    const rows = await this.db.all<{
      id: string;
      body: unknown;
      stored_at: unknown;
      expires_at: unknown;
    }>(
      `SELECT id, body, stored_at, expires_at FROM blobs WHERE mailbox = $1 AND expires_at > $2${cursor} ORDER BY id LIMIT $${params.length}`,
      params,
    );
    const out: StoredBlob[] = [];
    let bytes = 0;
    for (const row of rows) {
      const body = toBytes(row.body);
      if (out.length > 0 && bytes + body.length > input.maxBytes) break;
      bytes += body.length;
      out.push({
        id: String(row.id),
        body,
        storedAt: toMs(row.stored_at),
        expiresAt: toMs(row.expires_at),
      });
    }
    return out;
  }

  /** Delete the blobs `ids` of `mailbox` (others' ids are ignored). @returns how many. */
  delete(mailbox: string, ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return Promise.resolve(0);
    const list = ids.map((_, i) => `$${i + 2}`).join(', ');
    return this.db.run(`DELETE FROM blobs WHERE mailbox = $1 AND id IN (${list})`, [
      mailbox,
      ...ids,
    ]);
  }

  /** Delete every blob expired at `now`. @returns how many. */
  purgeExpired(now: number): Promise<number> {
    return this.db.run('DELETE FROM blobs WHERE expires_at <= $1', [this.db.time(now)]);
  }

  /** Blobs and bytes held for `mailbox` (unexpired). */
  usage(mailbox: string, now: number): Promise<{ blobs: number; bytes: number }> {
    return held(this.db, 'mailbox', mailbox, now);
  }

  /** Whether the database answers. */
  async ping(): Promise<void> {
    await this.db.get('SELECT 1 AS ok');
  }
}
