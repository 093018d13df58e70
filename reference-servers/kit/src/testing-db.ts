/**
 * For the servers' tests (`@nexuslink/server-kit/testing/db`): a fresh,
 * migrated database of either kind, PostgreSQL in a schema of its own.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresDb, sqliteDb } from './db.ts';
import type { Db } from './db.ts';

/** The PostgreSQL the tests use (`NEXUSLINK_TEST_DATABASE_URL`). */
export const PG_URL =
  process.env.NEXUSLINK_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * `url` with every connection's search_path set to `schema`, then `public`
 * (where extensions such as pg_trgm live: new tables go into `schema`).
 */
export function withSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema},public`);
  return u.toString();
}

/**
 * A migrated, empty database of `kind` (SQLite in memory; PostgreSQL in a
 * schema of its own), and how to drop it.
 */
export async function freshTestDb(
  kind: 'sqlite' | 'postgres',
  migrate: (db: Db) => Promise<unknown>,
): Promise<{ db: Db; url?: string; drop: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const db = sqliteDb(':memory:');
    await migrate(db);
    return { db, drop: () => db.close() };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = postgresDb({ url: PG_URL, poolSize: 1 });
  await admin.exec(`CREATE SCHEMA ${schema}`);
  await admin.close();
  const url = withSchema(PG_URL, schema);
  const db = postgresDb({ url, poolSize: 10 });
  await migrate(db);
  return {
    db,
    url,
    drop: async () => {
      await db.close();
      const a = postgresDb({ url: PG_URL, poolSize: 1 });
      await a.exec(`DROP SCHEMA ${schema} CASCADE`);
      await a.close();
    },
  };
}

/**
 * The environment that puts a server process on a fresh database of `kind`:
 * SQLite in a new data directory, or PostgreSQL (`NEXUSLINK_TEST_DATABASE_URL`)
 * in an empty schema of its own (the server migrates it at start); and how
 * to drop it (after the server stopped).
 */
export async function serverDatabase(
  kind: 'sqlite' | 'postgres',
): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'nexuslink-server-'));
  if (kind === 'sqlite')
    return {
      env: { NEXUSLINK_SERVER_DATA_DIR: dataDir },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = postgresDb({ url: PG_URL, poolSize: 1 });
  await admin.exec(`CREATE SCHEMA ${schema}`);
  await admin.close();
  return {
    env: {
      NEXUSLINK_SERVER_DATA_DIR: dataDir,
      NEXUSLINK_DATABASE_DRIVER: 'postgres',
      NEXUSLINK_DATABASE_URL: withSchema(PG_URL, schema),
    },
    drop: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      const a = postgresDb({ url: PG_URL, poolSize: 1 });
      await a.exec(`DROP SCHEMA ${schema} CASCADE`);
      await a.close();
    },
  };
}
