/** The audit log (who did what to which channel or member) and the server's settings. */
import { toMs, uuidv7 } from '@nexuslink/server-kit';
import { Queries } from './queries.ts';

/** Queries of the audit log and the server's settings. */
export class AuditQueries extends Queries {
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

  /**
   * The setting `key`, made `value` first when it is not there: instances
   * sharing a database that start at once all end with the same one.
   */
  async settingOrInit(key: string, value: string, now: number): Promise<string> {
    await this.db.run(
      `INSERT INTO server_config (key, value, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO NOTHING`,
      [key, value, this.db.time(now)],
    );
    return (await this.setting(key))!;
  }

  async setSetting(key: string, value: string, now: number): Promise<void> {
    await this.db.run(
      `INSERT INTO server_config (key, value, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      [key, value, this.db.time(now)],
    );
  }
}
