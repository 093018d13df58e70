/**
 * Numbered schema migrations, applied in order at start. Each is written
 * once in PostgreSQL's types; for SQLite the types map to its own
 * (timestamps are ms INTEGERs, UUIDs TEXT, bytea BLOB). A database written
 * by a newer server (a migration this one does not know) is refused,
 * untouched.
 */
import type { Db, Dialect } from './db.ts';

/** One schema step. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /**
   * The step in PostgreSQL's types (mapped for SQLite by {@link migrationSql}),
   * or one text per backend where they differ beyond types (full-text search).
   */
  readonly sql: string | { readonly postgres: string; readonly sqlite: string };
}

/** The migration's SQL for `dialect`. */
export function migrationSql(sql: string, dialect: Dialect): string {
  if (dialect === 'postgres') return sql;
  return sql
    .replace(/\btimestamptz\b/g, 'INTEGER')
    .replace(/\bbytea\b/g, 'BLOB')
    .replace(/\buuid PRIMARY KEY\b/g, 'TEXT PRIMARY KEY')
    .replace(/\b(id|channel_id|family_id) uuid\b/g, '$1 TEXT')
    .replace(/\bjsonb\b/g, 'TEXT')
    .replace(/\bbigint\b/g, 'INTEGER');
}

/**
 * Apply every migration of `migrations` the database lacks, in one
 * transaction. Concurrent starts on PostgreSQL take turns (an advisory lock
 * on `lockId`, one per server kind).
 *
 * @returns the versions applied.
 * @throws Error when the database is newer than `migrations`.
 */
export async function applyMigrations(
  db: Db,
  migrations: readonly Migration[],
  lockId: number,
): Promise<number[]> {
  const newestKnown = migrations[migrations.length - 1]?.version ?? 0;
  await db.exec(
    migrationSql(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL
      )`,
      db.dialect,
    ),
  );
  return db.tx(async (tx) => {
    if (tx.dialect === 'postgres') await tx.get('SELECT pg_advisory_xact_lock($1)', [lockId]);
    const rows = await tx.all<{ version: number }>('SELECT version FROM schema_migrations');
    const have = new Set(rows.map((r) => Number(r.version)));
    const newest = Math.max(0, ...have);
    if (newest > newestKnown)
      throw new Error(
        `the database has schema version ${newest}; this server knows up to ${newestKnown}: upgrade the server`,
      );
    const applied: number[] = [];
    for (const m of migrations) {
      if (have.has(m.version)) continue;
      await tx.exec(
        typeof m.sql === 'string' ? migrationSql(m.sql, tx.dialect) : m.sql[tx.dialect],
      );
      await tx.run(
        'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
        [m.version, m.name, tx.time(Date.now())],
      );
      applied.push(m.version);
    }
    return applied;
  });
}
