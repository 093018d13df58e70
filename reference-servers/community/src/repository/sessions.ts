/**
 * Login challenges (each nonce used once) and sessions: access and refresh
 * tokens are stored as hashes, and a refresh token is used once (a second
 * use revokes its whole family).
 */
import type { Row } from '@nexuslink/server-kit';
import { toBytes, toMs } from '@nexuslink/server-kit';
import { Queries, rowLock } from './queries.ts';

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

const session = (r: Row): Session => ({
  id: r.id as string,
  familyId: r.family_id as string,
  memberUuid: r.member_uuid as string,
  deviceId: toBytes(r.device_id),
  accessExpiresAt: toMs(r.access_expires_at),
  refreshExpiresAt: toMs(r.refresh_expires_at),
  revokedAt: r.revoked_at == null ? null : toMs(r.revoked_at),
});

/** Queries of login challenges and sessions. */
export class SessionQueries extends Queries {
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
         WHERE s.refresh_hash = $1${rowLock(tx, 'FOR UPDATE OF s')}`,
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
      await new SessionQueries(tx).addSession(s, now);
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
}
