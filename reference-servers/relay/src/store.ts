/**
 * The relay's blobs (spec/relay.md §5), on the kit's `Db` (embedded SQLite
 * or PostgreSQL). A put checks every quota and inserts in one transaction,
 * serialized per mailbox and per sender, so concurrent puts never exceed a
 * quota. Expired blobs are never listed, and deleted by `purgeExpired`.
 *
 * Known senders (spec/relay.md §4.1): when a device acknowledges blobs, the
 * relay marks their senders as known to its mailbox, as a keyed tag of the
 * (mailbox, sender tag) pair under a key of the current epoch. Keys rotate
 * every `knownSenderMs` and are deleted after two epochs, so a mark lasts
 * between one and two epochs, and one whose key is gone names nobody.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { toBytes, toInt, toMs, uuidv7 } from '@nexuslink/server-kit';
import type { Db, Param } from '@nexuslink/server-kit';

/** Quotas a put is checked against. */
export interface Quotas {
  readonly recipientBlobs: number;
  readonly recipientBytes: number;
  readonly senderBlobs: number;
  readonly senderBytes: number;
  /** Most of one mailbox (percent of `recipient*`) one sender may hold; 100 when absent. */
  readonly senderSharePercent?: number;
  /** Most of one mailbox (percent) senders it does not know may hold together; 100 when absent. */
  readonly strangerSharePercent?: number;
}

/** Which quota a refused put was over (spec/relay.md §4.1). */
export type QuotaName = 'recipient' | 'sender' | 'sender_share' | 'strangers';

const QUOTA_MESSAGES: Record<QuotaName, string> = {
  recipient: "the recipient's mailbox is full",
  sender: 'this device has too much held at the relay',
  sender_share: "this device holds its full share of the recipient's mailbox",
  strangers:
    "the recipient's mailbox holds all it takes from senders it has not acknowledged before",
};

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
  readonly quota: QuotaName;
  constructor(quota: QuotaName) {
    super(QUOTA_MESSAGES[quota]);
    this.quota = quota;
  }
}

/** `percent` of `total`, at least 1. */
const share = (total: number, percent: number) => Math.max(1, Math.floor((total * percent) / 100));

/** What a quota counts: the unexpired blobs of one mailbox, one sender, or both. */
type Held = { blobs: number; bytes: number };

/** Unexpired blobs and bytes matching `where` (`$1`, `$2`… are `params`; the time is last). */
async function held(db: Db, where: string, params: Param[], now: number): Promise<Held> {
  const row = await db.get<{ n: unknown; bytes: unknown }>(
    `SELECT count(*) AS n, coalesce(sum(size), 0) AS bytes FROM blobs WHERE ${where} AND expires_at > $${params.length + 1}`,
    [...params, db.time(now)],
  );
  return { blobs: toInt(row?.n ?? 0), bytes: toInt(row?.bytes ?? 0) };
}

/** Whether `used` plus one blob of `size` stays within `blobs` and `bytes`. */
const fits = (used: Held, size: number, blobs: number, bytes: number) =>
  used.blobs + 1 <= blobs && used.bytes + size <= bytes;

/** The blob store. */
export class BlobStore {
  readonly db: Db;
  /** How long one key of known-sender tags is current (a mark lasts one to two of these). */
  readonly knownSenderMs: number;
  /** Epoch keys read or made so far. */
  readonly #epochKeys = new Map<number, Uint8Array>();

  /**
   * @param options.knownSenderMs how long a known-sender mark lasts at least
   *   (spec/relay.md §4.1; default 14 days).
   */
  constructor(db: Db, options: { knownSenderMs?: number } = {}) {
    this.db = db;
    this.knownSenderMs = options.knownSenderMs ?? 14 * 86_400_000;
  }

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
   * Mailboxes whose strangers' share was found full, until when that finding
   * is trusted: forgotten when this process deletes one of their blobs, and
   * after {@link STRANGERS_FULL_MS} in any case (another relay on the same
   * database, or an expiry, may have made room).
   */
  readonly #strangersFull = new Map<string, number>();

  #noteStrangersFull(mailbox: string, now: number): void {
    this.#strangersFull.delete(mailbox);
    if (this.#strangersFull.size >= MAX_STRANGERS_FULL)
      this.#strangersFull.delete(this.#strangersFull.keys().next().value!);
    this.#strangersFull.set(mailbox, now + STRANGERS_FULL_MS);
  }

  /**
   * Store a blob for `mailbox`.
   *
   * @throws QuotaError when a quota would be exceeded: the recipient's, the
   *   sender's, the sender's share of the mailbox, or (for a sender the
   *   mailbox does not know) the share of all strangers.
   */
  async put(input: {
    mailbox: string;
    senderTag: Uint8Array;
    body: Uint8Array;
    now: number;
    expiresAt: number;
    quotas: Quotas;
  }): Promise<{ id: string; known: boolean }> {
    const { mailbox, senderTag, body, now, quotas } = input;
    const size = body.length;
    const pairTags = await this.#pairTags(mailbox, senderTag, now, false);
    // A mailbox whose strangers' share was just found full refuses the next
    // stranger with one read, without a write transaction: a flood of fresh
    // identities then costs the honest writers (who queue for the same
    // write lock on SQLite) almost nothing.
    const fullUntil = this.#strangersFull.get(mailbox);
    if (fullUntil !== undefined) {
      if (fullUntil > now) {
        if (!(await isKnown(this.db, pairTags, now))) throw new QuotaError('strangers');
      } else this.#strangersFull.delete(mailbox);
    }
    return this.db.tx(async (tx) => {
      if (tx.dialect === 'postgres') {
        await tx.get('SELECT pg_advisory_xact_lock(1, hashtext($1))', [mailbox]);
        await tx.get('SELECT pg_advisory_xact_lock(2, hashtext($1))', [
          Buffer.from(senderTag).toString('hex'),
        ]);
      }
      const r = await held(tx, 'mailbox = $1', [mailbox], now);
      if (!fits(r, size, quotas.recipientBlobs, quotas.recipientBytes))
        throw new QuotaError('recipient');
      const s = await held(tx, 'sender_tag = $1', [senderTag], now);
      if (!fits(s, size, quotas.senderBlobs, quotas.senderBytes)) throw new QuotaError('sender');
      // One sender, however well known, holds at most its share of a mailbox.
      const senderPercent = quotas.senderSharePercent ?? 100;
      if (senderPercent < 100) {
        const mine = await held(tx, 'mailbox = $1 AND sender_tag = $2', [mailbox, senderTag], now);
        if (
          !fits(
            mine,
            size,
            share(quotas.recipientBlobs, senderPercent),
            share(quotas.recipientBytes, senderPercent),
          )
        )
          throw new QuotaError('sender_share');
      }
      // Senders the mailbox never acknowledged share one part of it: a flood
      // of fresh identities cannot crowd out its contacts.
      const known = await isKnown(tx, pairTags, now);
      const strangerPercent = quotas.strangerSharePercent ?? 100;
      if (!known && strangerPercent < 100) {
        const strangers = await held(tx, 'mailbox = $1 AND known = 0', [mailbox], now);
        if (
          strangerPercent === 0 ||
          !fits(
            strangers,
            size,
            share(quotas.recipientBlobs, strangerPercent),
            share(quotas.recipientBytes, strangerPercent),
          )
        ) {
          this.#noteStrangersFull(mailbox, now);
          throw new QuotaError('strangers');
        }
      }
      const id = uuidv7(now);
      await tx.run(
        'INSERT INTO blobs (id, mailbox, sender_tag, body, size, stored_at, expires_at, known) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [id, mailbox, senderTag, body, size, tx.time(now), tx.time(input.expiresAt), known ? 1 : 0],
      );
      return { id, known };
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

  /**
   * Delete the blobs `ids` of `mailbox` (others' ids are ignored), and mark
   * their senders as known to `mailbox` (this is an acknowledgement).
   *
   * @returns how many were deleted.
   */
  async delete(mailbox: string, ids: readonly string[], now = Date.now()): Promise<number> {
    if (ids.length === 0) return 0;
    const epoch = this.#epoch(now);
    const key = await this.#epochKey(epoch, true);
    const list = ids.map((_, i) => `$${i + 2}`).join(', ');
    return this.db.tx(async (tx) => {
      const senders = await tx.all<{ sender_tag: unknown }>(
        `SELECT DISTINCT sender_tag FROM blobs WHERE mailbox = $1 AND id IN (${list})`,
        [mailbox, ...ids],
      );
      const deleted = await tx.run(`DELETE FROM blobs WHERE mailbox = $1 AND id IN (${list})`, [
        mailbox,
        ...ids,
      ]);
      if (deleted > 0) this.#strangersFull.delete(mailbox);
      // The key of this epoch is deleted when epoch + 2 begins: so is the mark.
      const expiresAt = tx.time((epoch + 2) * this.knownSenderMs);
      for (const row of senders)
        await tx.run(
          'INSERT INTO known_senders (tag, expires_at) VALUES ($1, $2) ON CONFLICT (tag) DO UPDATE SET expires_at = excluded.expires_at',
          [pairTag(key!, mailbox, toBytes(row.sender_tag)), expiresAt],
        );
      return deleted;
    });
  }

  /** Whether `senderTag` is known to `mailbox` at `now` (it acknowledged a blob of it lately). */
  async isKnownSender(mailbox: string, senderTag: Uint8Array, now: number): Promise<boolean> {
    return isKnown(this.db, await this.#pairTags(mailbox, senderTag, now, false), now);
  }

  /**
   * Delete every blob expired at `now`, every expired known-sender mark and
   * the epoch keys no mark can use any more.
   *
   * @returns how many blobs.
   */
  async purgeExpired(now: number): Promise<number> {
    const blobs = await this.db.run('DELETE FROM blobs WHERE expires_at <= $1', [
      this.db.time(now),
    ]);
    if (blobs > 0) this.#strangersFull.clear();
    await this.db.run('DELETE FROM known_senders WHERE expires_at <= $1', [this.db.time(now)]);
    const oldest = this.#epoch(now) - 1;
    await this.db.run('DELETE FROM sender_epoch_keys WHERE epoch < $1', [oldest]);
    for (const epoch of this.#epochKeys.keys()) if (epoch < oldest) this.#epochKeys.delete(epoch);
    return blobs;
  }

  /** Blobs and bytes held for `mailbox` (unexpired). */
  usage(mailbox: string, now: number): Promise<{ blobs: number; bytes: number }> {
    return held(this.db, 'mailbox = $1', [mailbox], now);
  }

  /** Whether the database answers. */
  async ping(): Promise<void> {
    await this.db.get('SELECT 1 AS ok');
  }

  #epoch(now: number): number {
    return Math.floor(now / this.knownSenderMs);
  }

  /** The tags (mailbox, sender) may be known by at `now`: under this epoch's key and the last one's. */
  async #pairTags(
    mailbox: string,
    senderTag: Uint8Array,
    now: number,
    make: boolean,
  ): Promise<Uint8Array[]> {
    const epoch = this.#epoch(now);
    const tags: Uint8Array[] = [];
    for (const e of [epoch, epoch - 1]) {
      const key = await this.#epochKey(e, make && e === epoch);
      if (key) tags.push(pairTag(key, mailbox, senderTag));
    }
    return tags;
  }

  /** The key of `epoch`: read, or made when `make` (the first relay to make it wins). */
  async #epochKey(epoch: number, make: boolean): Promise<Uint8Array | undefined> {
    const cached = this.#epochKeys.get(epoch);
    if (cached) return cached;
    const row = await this.db.get<{ key: unknown }>(
      'SELECT key FROM sender_epoch_keys WHERE epoch = $1',
      [epoch],
    );
    if (row) {
      const key = toBytes(row.key);
      this.#epochKeys.set(epoch, key);
      return key;
    }
    if (!make) return undefined;
    await this.db.run(
      'INSERT INTO sender_epoch_keys (epoch, key) VALUES ($1, $2) ON CONFLICT (epoch) DO NOTHING',
      [epoch, randomBytes(32)],
    );
    return this.#epochKey(epoch, false);
  }
}

/** The keyed tag of a (mailbox, sender) pair: 16 bytes of HMAC-SHA-256(key, mailbox ‖ 0x00 ‖ sender tag). */
function pairTag(key: Uint8Array, mailbox: string, senderTag: Uint8Array): Uint8Array {
  return new Uint8Array(
    createHmac('sha256', key)
      .update(mailbox)
      .update(Uint8Array.of(0))
      .update(senderTag)
      .digest()
      .subarray(0, 16),
  );
}

/** Whether one of `tags` is an unexpired known-sender mark. */
/** How long a full strangers' share is trusted without a look (see `BlobStore.put`). */
const STRANGERS_FULL_MS = 1_000;
/** Most mailboxes remembered with a full strangers' share (the oldest finding goes first). */
const MAX_STRANGERS_FULL = 10_000;

async function isKnown(db: Db, tags: readonly Uint8Array[], now: number): Promise<boolean> {
  if (tags.length === 0) return false;
  const list = tags.map((_, i) => `$${i + 2}`).join(', ');
  const row = await db.get(
    `SELECT 1 AS known FROM known_senders WHERE expires_at > $1 AND tag IN (${list})`,
    [db.time(now), ...tags],
  );
  return row !== undefined;
}
