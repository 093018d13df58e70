/**
 * Everything the server keeps, behind one interface, over either database
 * (`Db`). Every query is parameterized. Methods that must be atomic (a
 * prekey handed out once, a sequence id assigned once, a refresh token used
 * once) run in one transaction and, on PostgreSQL, lock the rows they
 * decide on. The compliance suite (test/repository.test.ts) runs against
 * both backends.
 */
import type { Db, Param, Row } from '@nexuslink/server-kit';
import { SESSION_LIMITS } from '@nexuslink/sdk';
import { toBytes, toInt, toMs, uuidv7 } from '@nexuslink/server-kit';

export type ServerRole = 'owner' | 'admin' | 'member';
export type ChannelRole = 'admin' | 'moderator' | 'member';
export type Visibility = 'public' | 'private';

export interface Member {
  readonly uuid: string;
  readonly identityKey: Uint8Array;
  readonly selfSigningCertificate: Uint8Array;
  readonly revocationList: Uint8Array | null;
  readonly displayName: string;
  readonly role: ServerRole;
  readonly status: 'active' | 'banned';
  readonly joinedAt: number;
}

export interface Device {
  readonly memberUuid: string;
  readonly deviceId: Uint8Array;
  readonly publicKey: Uint8Array;
  readonly certificate: Uint8Array;
  readonly deviceName: string;
  readonly lastSeen: number;
  readonly revokedAt: number | null;
}

export interface Session {
  readonly id: string;
  readonly familyId: string;
  readonly memberUuid: string;
  readonly deviceId: Uint8Array;
  readonly accessExpiresAt: number;
  readonly refreshExpiresAt: number;
  readonly revokedAt: number | null;
}

export interface NewSession {
  readonly id: string;
  readonly familyId: string;
  readonly memberUuid: string;
  readonly deviceId: Uint8Array;
  readonly accessHash: Uint8Array;
  readonly accessExpiresAt: number;
  readonly refreshHash: Uint8Array;
  readonly refreshExpiresAt: number;
}

export interface Channel {
  readonly id: string;
  readonly name: string;
  readonly topic: string;
  readonly visibility: Visibility;
  readonly createdBy: string;
  readonly createdAt: number;
  readonly lastSeq: number;
}

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
}

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

/** How long what {@link Repository.purgeExpired} deletes is kept, in ms (0 or absent: for ever). */
export interface Retention {
  readonly envelopesMs: number;
  readonly idempotencyMs: number;
  readonly channelMessagesMs: number;
  readonly preKeysMs: number;
}

/** Rows deleted by one {@link Repository.purgeExpired}. */
export interface PurgeCounts {
  envelopes: number;
  clientIds: number;
  channelMessages: number;
  preKeys: number;
}

/** How many envelopes one device's queue holds ({@link Repository.enqueue}). */
export interface EnvelopeQuota {
  /** Waiting for the device, from anyone. */
  readonly total: number;
  /** From one sender the recipient never wrote to. */
  readonly perStranger: number;
  /** From all such senders together. */
  readonly strangers: number;
}

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

/** A conflict the caller reports (`CONFLICT`, `LIMIT`): nothing was written. */
export class RepositoryError extends Error {
  override readonly name = 'RepositoryError';
  readonly code: 'LIMIT' | 'CONFLICT' | 'NOT_FOUND';
  constructor(code: 'LIMIT' | 'CONFLICT' | 'NOT_FOUND', message: string) {
    super(message);
    this.code = code;
  }
}

const member = (r: Row): Member => ({
  uuid: r.uuid as string,
  identityKey: toBytes(r.identity_key),
  selfSigningCertificate: toBytes(r.self_signing_certificate),
  revocationList: r.revocation_list == null ? null : toBytes(r.revocation_list),
  displayName: r.display_name as string,
  role: r.role as ServerRole,
  status: r.status as Member['status'],
  joinedAt: toMs(r.joined_at),
});

const device = (r: Row): Device => ({
  memberUuid: r.member_uuid as string,
  deviceId: toBytes(r.device_id),
  publicKey: toBytes(r.public_key),
  certificate: toBytes(r.certificate),
  deviceName: r.device_name as string,
  lastSeen: toMs(r.last_seen),
  revokedAt: r.revoked_at == null ? null : toMs(r.revoked_at),
});

const channel = (r: Row): Channel => ({
  id: r.id as string,
  name: r.name as string,
  topic: r.topic as string,
  visibility: r.visibility as Visibility,
  createdBy: r.created_by as string,
  createdAt: toMs(r.created_at),
  lastSeq: toInt(r.last_seq),
});

const session = (r: Row): Session => ({
  id: r.id as string,
  familyId: r.family_id as string,
  memberUuid: r.member_uuid as string,
  deviceId: toBytes(r.device_id),
  accessExpiresAt: toMs(r.access_expires_at),
  refreshExpiresAt: toMs(r.refresh_expires_at),
  revokedAt: r.revoked_at == null ? null : toMs(r.revoked_at),
});

const queued = (r: Row): QueuedEnvelope => ({
  id: r.id as string,
  recipientUuid: r.recipient_uuid as string,
  recipientDevice: toBytes(r.recipient_device),
  senderUuid: r.sender_uuid as string,
  senderDevice: toBytes(r.sender_device),
  envelope: toBytes(r.envelope),
  acceptedAt: toMs(r.accepted_at),
});

const channelMessage = (r: Row): StoredChannelMessage => ({
  id: r.id as string,
  channelId: r.channel_id as string,
  seq: toInt(r.sequence_id),
  senderUuid: r.sender_uuid as string,
  senderDevice: toBytes(r.sender_device),
  payload: toBytes(r.encrypted_payload),
  sentAt: toMs(r.sent_at),
});

/** The server's data. */
export class Repository {
  readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }

  // --- members and devices ---------------------------------------------------

  async member(uuid: string): Promise<Member | undefined> {
    const r = await this.db.get('SELECT * FROM members WHERE uuid = $1', [uuid]);
    return r && member(r);
  }

  /** The number of members (the first becomes the server's owner). */
  async memberCount(): Promise<number> {
    const r = await this.db.get('SELECT count(*) AS n FROM members');
    return toInt(r!.n);
  }

  /**
   * Add a member, or update its certificates (the caller verified that the
   * self-signing certificate is the newest and the list applies).
   */
  async saveMember(m: {
    uuid: string;
    identityKey: Uint8Array;
    selfSigningCertificate: Uint8Array;
    revocationList: Uint8Array | null;
    role: ServerRole;
    now: number;
  }): Promise<void> {
    await this.db.run(
      `INSERT INTO members (uuid, identity_key, self_signing_certificate, revocation_list, role, joined_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (uuid) DO UPDATE SET
         self_signing_certificate = excluded.self_signing_certificate,
         revocation_list = COALESCE(excluded.revocation_list, members.revocation_list),
         role = CASE WHEN excluded.role = 'owner' THEN 'owner' ELSE members.role END`,
      [
        m.uuid,
        m.identityKey,
        m.selfSigningCertificate,
        m.revocationList,
        m.role,
        this.db.time(m.now),
      ],
    );
  }

  async setMemberStatus(uuid: string, status: Member['status']): Promise<void> {
    await this.db.run('UPDATE members SET status = $2 WHERE uuid = $1', [uuid, status]);
  }

  async device(uuid: string, deviceId: Uint8Array): Promise<Device | undefined> {
    const r = await this.db.get('SELECT * FROM devices WHERE member_uuid = $1 AND device_id = $2', [
      uuid,
      deviceId,
    ]);
    return r && device(r);
  }

  async devices(uuid: string): Promise<Device[]> {
    return (
      await this.db.all('SELECT * FROM devices WHERE member_uuid = $1 ORDER BY device_id', [uuid])
    ).map(device);
  }

  /** Add a device or refresh its certificate; a revoked device stays revoked. */
  async saveDevice(d: {
    memberUuid: string;
    deviceId: Uint8Array;
    publicKey: Uint8Array;
    certificate: Uint8Array;
    deviceName: string;
    now: number;
  }): Promise<void> {
    await this.db.run(
      `INSERT INTO devices (member_uuid, device_id, public_key, certificate, device_name, last_seen)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (member_uuid, device_id) DO UPDATE SET
         public_key = excluded.public_key, certificate = excluded.certificate,
         device_name = excluded.device_name, last_seen = excluded.last_seen`,
      [d.memberUuid, d.deviceId, d.publicKey, d.certificate, d.deviceName, this.db.time(d.now)],
    );
  }

  async touchDevice(uuid: string, deviceId: Uint8Array, now: number): Promise<void> {
    await this.db.run(
      'UPDATE devices SET last_seen = $3 WHERE member_uuid = $1 AND device_id = $2',
      [uuid, deviceId, this.db.time(now)],
    );
  }

  /**
   * Mark `deviceIds` of `uuid` revoked (with the list that revokes them),
   * end their sessions and drop what was queued for them.
   *
   * @returns the devices newly revoked.
   */
  async revokeDevices(
    uuid: string,
    deviceIds: readonly Uint8Array[],
    revocationList: Uint8Array,
    now: number,
  ): Promise<Uint8Array[]> {
    return this.db.tx(async (tx) => {
      await tx.run('UPDATE members SET revocation_list = $2 WHERE uuid = $1', [
        uuid,
        revocationList,
      ]);
      const revoked: Uint8Array[] = [];
      for (const id of deviceIds) {
        const n = await tx.run(
          `UPDATE devices SET revoked_at = $3
           WHERE member_uuid = $1 AND device_id = $2 AND revoked_at IS NULL`,
          [uuid, id, tx.time(now)],
        );
        if (n === 0) continue;
        revoked.push(id);
        await tx.run(
          `UPDATE sessions SET revoked_at = $3
           WHERE member_uuid = $1 AND device_id = $2 AND revoked_at IS NULL`,
          [uuid, id, tx.time(now)],
        );
        await tx.run('DELETE FROM envelopes WHERE recipient_uuid = $1 AND recipient_device = $2', [
          uuid,
          id,
        ]);
        await tx.run('DELETE FROM prekeys WHERE member_uuid = $1 AND device_id = $2', [uuid, id]);
        await tx.run('DELETE FROM kem_one_time_prekeys WHERE member_uuid = $1 AND device_id = $2', [
          uuid,
          id,
        ]);
      }
      return revoked;
    });
  }

  // --- login challenges and sessions -------------------------------------------

  async addChallenge(nonce: Uint8Array, expiresAt: number): Promise<void> {
    await this.db.run('INSERT INTO auth_challenges (nonce, expires_at) VALUES ($1, $2)', [
      nonce,
      this.db.time(expiresAt),
    ]);
  }

  /** Use a nonce: true when it was issued and is unexpired. It is gone either way. */
  async takeChallenge(nonce: Uint8Array, now: number): Promise<boolean> {
    const r = await this.db.get(
      'DELETE FROM auth_challenges WHERE nonce = $1 RETURNING expires_at',
      [nonce],
    );
    return r !== undefined && toMs(r.expires_at) > now;
  }

  async addSession(s: NewSession, now: number): Promise<void> {
    await this.db.run(
      `INSERT INTO sessions (id, family_id, member_uuid, device_id, access_hash, access_expires_at,
         refresh_hash, refresh_expires_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        s.id,
        s.familyId,
        s.memberUuid,
        s.deviceId,
        s.accessHash,
        this.db.time(s.accessExpiresAt),
        s.refreshHash,
        this.db.time(s.refreshExpiresAt),
        this.db.time(now),
      ],
    );
  }

  /** The live session of an access token (unrevoked, unexpired, its device unrevoked). */
  async sessionByAccess(hash: Uint8Array, now: number): Promise<Session | undefined> {
    const r = await this.db.get(
      `SELECT s.* FROM sessions s
       JOIN devices d ON d.member_uuid = s.member_uuid AND d.device_id = s.device_id
       JOIN members m ON m.uuid = s.member_uuid
       WHERE s.access_hash = $1 AND s.revoked_at IS NULL AND s.rotated_at IS NULL
         AND s.access_expires_at > $2 AND d.revoked_at IS NULL AND m.status = 'active'`,
      [hash, this.db.time(now)],
    );
    return r && session(r);
  }

  /**
   * Use a refresh token once: its session is replaced by `next` (same
   * family). A token used a second time means it was copied: the whole
   * family is revoked and the result is `'reused'`.
   */
  async rotateSession(
    refreshHash: Uint8Array,
    next: Omit<NewSession, 'familyId' | 'memberUuid' | 'deviceId'>,
    now: number,
  ): Promise<Session | 'reused' | undefined> {
    return this.db.tx(async (tx) => {
      const r = await tx.get(
        `SELECT s.*, d.revoked_at AS device_revoked_at, m.status FROM sessions s
         JOIN devices d ON d.member_uuid = s.member_uuid AND d.device_id = s.device_id
         JOIN members m ON m.uuid = s.member_uuid
         WHERE s.refresh_hash = $1${tx.forUpdate === '' ? '' : ' FOR UPDATE OF s'}`,
        [refreshHash],
      );
      if (!r) return undefined;
      if (r.rotated_at != null && r.revoked_at == null) {
        await tx.run(
          'UPDATE sessions SET revoked_at = $2 WHERE family_id = $1 AND revoked_at IS NULL',
          [r.family_id as string, tx.time(now)],
        );
        return 'reused';
      }
      if (
        r.revoked_at != null ||
        r.device_revoked_at != null ||
        r.status !== 'active' ||
        toMs(r.refresh_expires_at) <= now
      )
        return undefined;
      await tx.run('UPDATE sessions SET rotated_at = $2 WHERE id = $1', [
        r.id as string,
        tx.time(now),
      ]);
      const s: NewSession = {
        ...next,
        familyId: r.family_id as string,
        memberUuid: r.member_uuid as string,
        deviceId: toBytes(r.device_id),
      };
      await this.withDb(tx).addSession(s, now);
      return {
        id: s.id,
        familyId: s.familyId,
        memberUuid: s.memberUuid,
        deviceId: s.deviceId,
        accessExpiresAt: s.accessExpiresAt,
        refreshExpiresAt: s.refreshExpiresAt,
        revokedAt: null,
      };
    });
  }

  /** End a session and every session of its family (logout). */
  async revokeFamily(familyId: string, now: number): Promise<void> {
    await this.db.run(
      'UPDATE sessions SET revoked_at = $2 WHERE family_id = $1 AND revoked_at IS NULL',
      [familyId, this.db.time(now)],
    );
  }

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

  // --- prekeys -----------------------------------------------------------------

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
      const repo = this.withDb(tx);
      const oneTime = await repo.#oneTimeCount(uuid, deviceId);
      if (oneTime > max.oneTime)
        throw new RepositoryError(
          'LIMIT',
          `a device holds at most ${max.oneTime} one-time prekeys`,
        );
      const kemOneTime = await repo.#kemOneTimeCount(uuid, deviceId, now);
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
      oneTime: await this.#oneTimeCount(uuid, deviceId),
      kemOneTime: await this.#kemOneTimeCount(uuid, deviceId, now),
    };
  }

  async #oneTimeCount(uuid: string, deviceId: Uint8Array): Promise<number> {
    const r = await this.db.get(
      `SELECT count(*) AS n FROM prekeys
       WHERE member_uuid = $1 AND device_id = $2 AND kind = 'one_time' AND consumed_at IS NULL`,
      [uuid, deviceId],
    );
    return toInt(r!.n);
  }

  async #kemOneTimeCount(uuid: string, deviceId: Uint8Array, now: number): Promise<number> {
    const r = await this.db.get(
      `SELECT count(*) AS n FROM kem_one_time_prekeys
       WHERE member_uuid = $1 AND device_id = $2 AND consumed_at IS NULL AND created_at >= $3`,
      [uuid, deviceId, this.db.time(now - SESSION_LIMITS.maxPreKeyAgeMs)],
    );
    return toInt(r!.n);
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
         ORDER BY d.device_id${limits && tx.forUpdate !== '' ? ' FOR NO KEY UPDATE OF d' : ''}`,
        [uuid],
      );
      const skip = new Set(exclude.map((d) => Buffer.from(d).toString('hex')));
      const wanted = rows.filter(
        (r) => !skip.has(Buffer.from(toBytes(r.device_id)).toString('hex')),
      );
      const lock = tx.forUpdate === '' ? '' : ' FOR UPDATE SKIP LOCKED';
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
        remaining.set(hex, await this.withDb(tx).preKeyCounts(uuid, deviceId, now));
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

  // --- channels -------------------------------------------------------------------

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
      return (await this.withDb(tx).channel(c.id))!;
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
        `SELECT last_seq FROM channels WHERE id = $1${tx.forUpdate === '' ? '' : ' FOR NO KEY UPDATE'}`,
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
      const current = await this.#lockMembership(tx, channelId, uuid);
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
      const current = await this.#lockMembership(tx, channelId, uuid);
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

  /**
   * In a transaction: lock the channel's row against other membership
   * changes (on PostgreSQL; SQLite runs one write transaction at a time),
   * then read `uuid`'s role and the channel's admin and member counts.
   * Sends into the channel wait for the lock too, for the few
   * milliseconds this takes.
   */
  async #lockMembership(
    tx: Db,
    channelId: string,
    uuid: string,
  ): Promise<{ role: ChannelRole; admins: number; members: number } | undefined> {
    const c = await tx.get(
      `SELECT id FROM channels WHERE id = $1${tx.forUpdate === '' ? '' : ' FOR NO KEY UPDATE'}`,
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

  // --- channel messages ------------------------------------------------------------

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
    }[],
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
        fresh.forEach((index, k) => {
          const m = messages[index]!;
          const stored = { ...m, channelId, seq: first + k };
          out[index] = stored;
          const b = params.length;
          values.push(
            `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7}, $${b + 8})`,
          );
          params.push(
            m.id,
            channelId,
            m.senderUuid,
            m.senderDevice,
            m.payload,
            stored.seq,
            tx.time(m.sentAt),
            m.clientId ?? null,
          );
        });
        await tx.run(
          `INSERT INTO messages (id, channel_id, sender_uuid, sender_device, encrypted_payload, sequence_id, sent_at, client_id)
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

  // --- 1:1 envelopes ---------------------------------------------------------------

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

  // --- audit log and server settings ----------------------------------------------

  async audit(e: {
    actorUuid: string | null;
    action: string;
    targetType: string;
    targetId: string;
    metadata?: Record<string, unknown>;
    now: number;
  }): Promise<void> {
    await this.db.run(
      `INSERT INTO audit_log (id, actor_uuid, action, target_type, target_id, metadata_json, timestamp)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        uuidv7(e.now),
        e.actorUuid,
        e.action,
        e.targetType,
        e.targetId,
        JSON.stringify(e.metadata ?? {}),
        this.db.time(e.now),
      ],
    );
  }

  async auditLog(
    limit: number,
  ): Promise<
    { actorUuid: string | null; action: string; targetType: string; targetId: string; at: number }[]
  > {
    const rows = await this.db.all('SELECT * FROM audit_log ORDER BY id DESC LIMIT $1', [limit]);
    return rows.map((r) => ({
      actorUuid: (r.actor_uuid as string | null) ?? null,
      action: r.action as string,
      targetType: r.target_type as string,
      targetId: r.target_id as string,
      at: toMs(r.timestamp),
    }));
  }

  async setting(key: string): Promise<string | undefined> {
    return (await this.db.get('SELECT value FROM server_config WHERE key = $1', [key]))?.value as
      string | undefined;
  }

  async setSetting(key: string, value: string, now: number): Promise<void> {
    await this.db.run(
      `INSERT INTO server_config (key, value, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      [key, value, this.db.time(now)],
    );
  }

  /** Whether the database answers (for /readyz). */
  async ping(): Promise<void> {
    await this.db.get('SELECT 1 AS ok');
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
