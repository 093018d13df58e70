/**
 * Members and their devices. The first member becomes the server's owner;
 * revoking a device ends its sessions and drops its queue and prekeys in the
 * same transaction.
 */
import type { Row } from '@nexuslink/server-kit';
import { toBytes, toInt, toMs } from '@nexuslink/server-kit';
import { Queries } from './queries.ts';

export type ServerRole = 'owner' | 'admin' | 'member';

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

/** Queries of members and devices. */
export class MemberQueries extends Queries {
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
}
