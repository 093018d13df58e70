/**
 * The prekey directory: a device's uploads, its counts, and bundles whose
 * one-time keys are handed out once (spec/community.md §4, Prekeys), within
 * the limits against prekey draining.
 */
import { SESSION_LIMITS } from '@nexuslink/sdk';
import type { Db } from '@nexuslink/server-kit';
import { toBytes, toInt, toMs, uuidv7 } from '@nexuslink/server-kit';
import { RepositoryError } from './errors.ts';
import { Queries, rowLock } from './queries.ts';

export interface PreKeyBundleRow {
  readonly deviceId: Uint8Array;
  readonly deviceCertificate: Uint8Array;
  readonly signedPreKey: Uint8Array;
  /** A one-time KEM prekey (now consumed), or the last-resort one when none is left. */
  readonly kemPreKey: Uint8Array;
  readonly oneTimePreKey: Uint8Array | null;
}

/**
 * Who fetches bundles, and how much of a device's one-time prekeys it may
 * take (spec/community.md §4, Prekeys: prekey draining). Each limit counts
 * over the last `windowMs`.
 */
export interface PreKeyFetchLimits {
  /** The member fetching. */
  readonly requester: string;
  readonly windowMs: number;
  /** One-time prekeys (a bundle with either kind counts one) `requester` may take from one device. */
  readonly oneTimePerRequester: number;
  /** One-time prekeys one device hands out, to all requesters together. */
  readonly oneTimePerDevice: number;
  /** Bundles of one device `requester` may fetch; past it, nothing (RATE_LIMITED). */
  readonly bundlesPerRequester: number;
}

/** One-time prekeys a device has left in the directory. */
export interface PreKeyCounts {
  /** Unused one-time X25519 prekeys. */
  readonly oneTime: number;
  /** Unused one-time KEM prekeys not past the maximum prekey age. */
  readonly kemOneTime: number;
}

/** A signed or last-resort KEM prekey as published: its id and its signed record. */
export interface PublishedPreKey {
  readonly keyId: number;
  readonly data: Uint8Array;
}

/** Unused one-time X25519 prekeys of a device. */
async function oneTimeCount(db: Db, uuid: string, deviceId: Uint8Array): Promise<number> {
  const r = await db.get(
    `SELECT count(*) AS n FROM prekeys
     WHERE member_uuid = $1 AND device_id = $2 AND kind = 'one_time' AND consumed_at IS NULL`,
    [uuid, deviceId],
  );
  return toInt(r!.n);
}

/** Unused one-time KEM prekeys of a device not past the maximum prekey age at `now`. */
async function kemOneTimeCount(
  db: Db,
  uuid: string,
  deviceId: Uint8Array,
  now: number,
): Promise<number> {
  const r = await db.get(
    `SELECT count(*) AS n FROM kem_one_time_prekeys
     WHERE member_uuid = $1 AND device_id = $2 AND consumed_at IS NULL AND created_at >= $3`,
    [uuid, deviceId, db.time(now - SESSION_LIMITS.maxPreKeyAgeMs)],
  );
  return toInt(r!.n);
}

/** Queries of the prekey directory. */
export class PreKeyQueries extends Queries {
  /**
   * Replace the device's signed and last-resort KEM prekeys and add one-time
   * X25519 and KEM prekeys (ids it already has, or had and handed out, are
   * kept as they are). One-time KEM prekeys past the maximum prekey age are
   * dropped first. More unused one-time prekeys of a kind than its `max` is
   * `LIMIT`, and nothing is written.
   *
   * @returns what is left of each kind, as {@link preKeyCounts} says.
   */
  async savePreKeys(
    uuid: string,
    deviceId: Uint8Array,
    keys: {
      signed: { keyId: number; data: Uint8Array };
      kem: { keyId: number; data: Uint8Array };
      oneTime: readonly { keyId: number; data: Uint8Array }[];
      /** Each with its signed creation time (ms). */
      kemOneTime: readonly { keyId: number; data: Uint8Array; createdAt: number }[];
    },
    max: { oneTime: number; kemOneTime: number },
    now: number,
  ): Promise<PreKeyCounts> {
    return this.db.tx(async (tx) => {
      const at = tx.time(now);
      await tx.run(
        `DELETE FROM prekeys WHERE member_uuid = $1 AND device_id = $2 AND kind IN ('signed', 'kem')`,
        [uuid, deviceId],
      );
      // Stale keys, handed out or not: no initiator accepts them, and a
      // re-upload of one fails verification, so they need no remembering.
      // The new last-resort key's id is no one-time key's any more.
      await tx.run(
        `DELETE FROM kem_one_time_prekeys WHERE member_uuid = $1 AND device_id = $2
           AND (created_at < $3 OR key_id = $4)`,
        [uuid, deviceId, tx.time(now - SESSION_LIMITS.maxPreKeyAgeMs), keys.kem.keyId],
      );
      const insert = (kind: string, keyId: number, data: Uint8Array) =>
        tx.run(
          `INSERT INTO prekeys (id, member_uuid, device_id, kind, key_id, key_data, uploaded_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (member_uuid, device_id, kind, key_id) DO NOTHING`,
          [uuidv7(now), uuid, deviceId, kind, keyId, data, at],
        );
      await insert('signed', keys.signed.keyId, keys.signed.data);
      await insert('kem', keys.kem.keyId, keys.kem.data);
      for (const k of keys.oneTime) await insert('one_time', k.keyId, k.data);
      for (const k of keys.kemOneTime)
        await tx.run(
          `INSERT INTO kem_one_time_prekeys
             (id, member_uuid, device_id, key_id, key_data, created_at, uploaded_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (member_uuid, device_id, key_id) DO NOTHING`,
          [uuidv7(now), uuid, deviceId, k.keyId, k.data, tx.time(k.createdAt), at],
        );
      const oneTime = await oneTimeCount(tx, uuid, deviceId);
      if (oneTime > max.oneTime)
        throw new RepositoryError(
          'LIMIT',
          `a device holds at most ${max.oneTime} one-time prekeys`,
        );
      const kemOneTime = await kemOneTimeCount(tx, uuid, deviceId, now);
      if (kemOneTime > max.kemOneTime)
        throw new RepositoryError(
          'LIMIT',
          `a device holds at most ${max.kemOneTime} one-time KEM prekeys`,
        );
      return { oneTime, kemOneTime };
    });
  }

  /**
   * How many one-time prekeys the device has left: X25519 ones, and KEM ones
   * still young enough to be handed out at `now`.
   */
  async preKeyCounts(uuid: string, deviceId: Uint8Array, now: number): Promise<PreKeyCounts> {
    return {
      oneTime: await oneTimeCount(this.db, uuid, deviceId),
      kemOneTime: await kemOneTimeCount(this.db, uuid, deviceId, now),
    };
  }

  /**
   * The device's signed and last-resort KEM prekeys as it last published
   * them (absent before its first upload), for the device to compare with
   * what it holds.
   */
  async publishedPreKeys(
    uuid: string,
    deviceId: Uint8Array,
  ): Promise<{ signed?: PublishedPreKey; kem?: PublishedPreKey }> {
    const rows = await this.db.all(
      `SELECT kind, key_id, key_data FROM prekeys
       WHERE member_uuid = $1 AND device_id = $2 AND kind IN ('signed', 'kem')`,
      [uuid, deviceId],
    );
    const find = (kind: string): PublishedPreKey | undefined => {
      const r = rows.find((x) => x.kind === kind);
      return r && { keyId: toInt(r.key_id), data: toBytes(r.key_data) };
    };
    return { signed: find('signed'), kem: find('kem') };
  }

  /**
   * One bundle per unrevoked device of `uuid` that has published prekeys
   * (except `exclude`), each with the oldest unused one-time X25519 prekey
   * and the oldest unused one-time KEM prekey not past the maximum prekey
   * age, both consumed in the same transaction: two fetches never get the
   * same key. Without a one-time KEM prekey, the bundle carries the
   * last-resort KEM prekey, which is never consumed.
   *
   * With `limits` (spec/community.md §4, Prekeys), a device's bundle carries
   * no one-time key of either kind once the requester took its share of
   * that device's keys in the window, or the device handed out its share to
   * everyone; and when the requester fetched a device's bundle its hard
   * limit of times in the window, nothing is handed out or written and the
   * answer is `retryAfterMs` instead.
   */
  async takeBundles(
    uuid: string,
    exclude: readonly Uint8Array[],
    now: number,
    limits?: PreKeyFetchLimits,
  ): Promise<{
    bundles: PreKeyBundleRow[];
    remaining: Map<string, PreKeyCounts>;
    /** Set when the requester is over its hard limit: when to try again. */
    retryAfterMs?: number;
  }> {
    return this.db.tx(async (tx) => {
      // On PostgreSQL, fetches of one device take turns (a row lock that
      // prekey uploads, which only check the device's key, do not wait for):
      // the windows' counts hold under concurrent fetches. SQLite runs one
      // write transaction at a time.
      const rows = await tx.all(
        `SELECT d.device_id, d.certificate,
           s.key_data AS signed_key, k.key_data AS kem_key
         FROM devices d
         JOIN prekeys s ON s.member_uuid = d.member_uuid AND s.device_id = d.device_id AND s.kind = 'signed'
         JOIN prekeys k ON k.member_uuid = d.member_uuid AND k.device_id = d.device_id AND k.kind = 'kem'
         WHERE d.member_uuid = $1 AND d.revoked_at IS NULL
         ORDER BY d.device_id${limits ? rowLock(tx, 'FOR NO KEY UPDATE OF d') : ''}`,
        [uuid],
      );
      const skip = new Set(exclude.map((d) => Buffer.from(d).toString('hex')));
      const wanted = rows.filter(
        (r) => !skip.has(Buffer.from(toBytes(r.device_id)).toString('hex')),
      );
      const lock = rowLock(tx, 'FOR UPDATE SKIP LOCKED');
      const since = limits ? tx.time(now - limits.windowMs) : null;
      // What the requester took of each device in the window (the hard limit first: all or nothing).
      const mine = new Map<string, number>();
      if (limits) {
        let retryAfterMs = 0;
        for (const r of wanted) {
          const f = await tx.get(
            `SELECT count(*) AS n, COALESCE(sum(one_time), 0) AS taken, min(fetched_at) AS first
             FROM prekey_fetches
             WHERE requester_uuid = $1 AND member_uuid = $2 AND device_id = $3 AND fetched_at > $4`,
            [limits.requester, uuid, toBytes(r.device_id), since],
          );
          mine.set(Buffer.from(toBytes(r.device_id)).toString('hex'), toInt(f!.taken));
          if (toInt(f!.n) >= limits.bundlesPerRequester)
            retryAfterMs = Math.max(retryAfterMs, toMs(f!.first) + limits.windowMs - now, 1);
        }
        if (retryAfterMs > 0) return { bundles: [], remaining: new Map(), retryAfterMs };
      }
      const bundles: PreKeyBundleRow[] = [];
      const remaining = new Map<string, PreKeyCounts>();
      for (const r of wanted) {
        const deviceId = toBytes(r.device_id);
        const hex = Buffer.from(deviceId).toString('hex');
        let oneTimeAllowed = true;
        if (limits) {
          const all = await tx.get(
            `SELECT count(*) AS n FROM prekey_fetches
             WHERE member_uuid = $1 AND device_id = $2 AND one_time = 1 AND fetched_at > $3`,
            [uuid, deviceId, since],
          );
          oneTimeAllowed =
            (mine.get(hex) ?? 0) < limits.oneTimePerRequester &&
            toInt(all!.n) < limits.oneTimePerDevice;
        }
        const one = !oneTimeAllowed
          ? undefined
          : await tx.get(
              `SELECT id, key_data FROM prekeys
               WHERE member_uuid = $1 AND device_id = $2 AND kind = 'one_time' AND consumed_at IS NULL
               ORDER BY id LIMIT 1${lock}`,
              [uuid, deviceId],
            );
        if (one)
          await tx.run('UPDATE prekeys SET consumed_at = $2 WHERE id = $1', [
            one.id as string,
            tx.time(now),
          ]);
        const kem = !oneTimeAllowed
          ? undefined
          : await tx.get(
              `SELECT id, key_data FROM kem_one_time_prekeys
               WHERE member_uuid = $1 AND device_id = $2 AND consumed_at IS NULL AND created_at >= $3
               ORDER BY id LIMIT 1${lock}`,
              [uuid, deviceId, tx.time(now - SESSION_LIMITS.maxPreKeyAgeMs)],
            );
        if (kem)
          await tx.run('UPDATE kem_one_time_prekeys SET consumed_at = $2 WHERE id = $1', [
            kem.id as string,
            tx.time(now),
          ]);
        if (limits) {
          // Rows past the window count for nothing: each fetch clears its device's.
          await tx.run(
            'DELETE FROM prekey_fetches WHERE member_uuid = $1 AND device_id = $2 AND fetched_at <= $3',
            [uuid, deviceId, since],
          );
          await tx.run(
            `INSERT INTO prekey_fetches (id, requester_uuid, member_uuid, device_id, one_time, fetched_at)
             VALUES ($1, $2, $3, $4, $5, $6)`,
            [uuidv7(now), limits.requester, uuid, deviceId, one || kem ? 1 : 0, tx.time(now)],
          );
        }
        remaining.set(hex, await new PreKeyQueries(tx).preKeyCounts(uuid, deviceId, now));
        bundles.push({
          deviceId,
          deviceCertificate: toBytes(r.certificate),
          signedPreKey: toBytes(r.signed_key),
          kemPreKey: kem ? toBytes(kem.key_data) : toBytes(r.kem_key),
          oneTimePreKey: one ? toBytes(one.key_data) : null,
        });
      }
      return { bundles, remaining };
    });
  }

  /**
   * Forget the bundle fetches made before `before` (`now` less
   * `limits.prekey_window_ms`: they count in no window any more). Fetching a
   * device clears its own; this is for the background purge.
   *
   * @returns how many were deleted.
   */
  async purgePreKeyFetches(before: number): Promise<number> {
    return this.db.run('DELETE FROM prekey_fetches WHERE fetched_at <= $1', [this.db.time(before)]);
  }

  /** Remove one of the device's own one-time prekeys; false when it has none by that id. */
  async deleteOneTimePreKey(uuid: string, deviceId: Uint8Array, keyId: number): Promise<boolean> {
    const n = await this.db.run(
      `DELETE FROM prekeys WHERE member_uuid = $1 AND device_id = $2 AND kind = 'one_time' AND key_id = $3`,
      [uuid, deviceId, keyId],
    );
    return n > 0;
  }
}
