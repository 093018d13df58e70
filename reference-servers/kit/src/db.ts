/**
 * One small database interface over the two backends: the embedded SQLite
 * (`node:sqlite`, a file in the data directory, no service to run) and
 * PostgreSQL (`pg`). Queries are written once with `$1`-style parameters
 * and always parameterized; what differs between the two (timestamps, row
 * locks, column types in the schema) is asked of the `Db`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { StatementSync } from 'node:sqlite';
import pg from 'pg';

export type Dialect = 'sqlite' | 'postgres';
export type Param = string | number | bigint | Uint8Array | Date | null;
export type Row = Record<string, unknown>;

/** A connection (or, inside `tx`, a transaction). */
export interface Db {
  readonly dialect: Dialect;
  all<T extends Row = Row>(sql: string, params?: readonly Param[]): Promise<T[]>;
  get<T extends Row = Row>(sql: string, params?: readonly Param[]): Promise<T | undefined>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly Param[]): Promise<number>;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back
   * when it throws. Row locks (`forUpdate`) hold until the end.
   */
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /** Several statements at once, no parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** A timestamp parameter for a `timestamptz` (PostgreSQL) or ms `INTEGER` (SQLite) column. */
  time(ms: number): Param;
  /** `FOR UPDATE` where the backend locks rows (PostgreSQL); empty for SQLite, whose writers are serialized. */
  readonly forUpdate: string;
  close(): Promise<void>;
}

/** A timestamp column as ms since the epoch. */
export function toMs(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') return Number(value);
  return value as number;
}

/** A bigint column (PostgreSQL returns int8 as text) as a number. */
export function toInt(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

/** A bytea/BLOB column as a plain Uint8Array. */
export function toBytes(value: unknown): Uint8Array {
  const v = value as Uint8Array;
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

// ---------------------------------------------------------------------------
// SQLite

/**
 * The embedded database: `fileName` in `dataDir` (created if missing; `':memory:'` for none),
 * WAL with `synchronous = FULL` (a committed write survives a power cut).
 * `node:sqlite` is synchronous, so queries run in order on one connection; a
 * transaction holds the connection until it ends, and everything else waits.
 */
export function sqliteDb(dataDir: string, fileName = 'nexuslink.db'): Db {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    file = join(dataDir, fileName);
  }
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA busy_timeout = 5000');
  const statements = new Map<string, StatementSync>();
  const prepare = (sql: string) => {
    let s = statements.get(sql);
    if (!s) {
      // $1 → ?1: SQLite's numbered parameters, bound in order.
      s = db.prepare(sql.replace(/\$(\d+)/g, '?$1'));
      statements.set(sql, s);
    }
    return s;
  };
  const args = (params: readonly Param[]) =>
    params.map((p) => (p instanceof Date ? p.getTime() : p)) as never[];
  let closed = false;
  // The connection is one: every call takes its turn, a transaction keeps it.
  let turn: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T> | T): Promise<T> => {
    const result = turn.then(() => {
      // A request caught by a shutdown: UNAVAILABLE to the client, not a bug.
      if (closed)
        throw Object.assign(new Error('the database is closed'), { code: 'ERR_DATABASE_CLOSED' });
      return fn();
    });
    turn = result.catch(() => undefined);
    return result;
  };
  const make = (inTx: boolean): Db => {
    const call = <T>(fn: () => T): Promise<T> =>
      inTx ? Promise.resolve().then(() => fn()) : serial(fn);
    const self: Db = {
      dialect: 'sqlite',
      forUpdate: '',
      time: (ms) => ms,
      all: <T extends Row>(sql: string, params: readonly Param[] = []) =>
        call(() => prepare(sql).all(...args(params)) as T[]),
      get: <T extends Row>(sql: string, params: readonly Param[] = []) =>
        call(() => prepare(sql).get(...args(params)) as T | undefined),
      run: (sql, params = []) => call(() => Number(prepare(sql).run(...args(params)).changes)),
      exec: (sql) => call(() => db.exec(sql)),
      tx: <T>(fn: (tx: Db) => Promise<T>): Promise<T> => {
        if (inTx) return fn(self); // nested: part of the outer transaction
        return serial(async () => {
          db.exec('BEGIN IMMEDIATE');
          try {
            const value = await fn(make(true));
            db.exec('COMMIT');
            return value;
          } catch (err) {
            if (db.isTransaction) db.exec('ROLLBACK');
            throw err;
          }
        });
      },
      close: () =>
        closed
          ? Promise.resolve()
          : serial(() => {
              if (closed) return;
              closed = true;
              db.close();
            }),
    };
    return self;
  };
  return make(false);
}

// ---------------------------------------------------------------------------
// PostgreSQL

/** Options of {@link postgresDb}. */
export interface PostgresOptions {
  readonly url: string;
  readonly poolSize?: number;
  /** How long a query waits for a free connection before it fails (default 10 s). */
  readonly connectionTimeoutMs?: number;
}

/**
 * PostgreSQL through a `pg` pool. Each transaction runs on a connection of
 * its own; queries outside one take any free connection.
 */
export function postgresDb(options: PostgresOptions): Db {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    // A connection that cannot be had in time is an error the caller sees (503), not a hang.
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 10_000,
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  let ended: Promise<void> | null = null;
  const make = (client: pg.Pool | pg.PoolClient, inTx: boolean): Db => {
    const query = async <T extends Row>(sql: string, params: readonly Param[]) =>
      (await client.query<T>(sql, params as unknown[])) as pg.QueryResult<T>;
    const self: Db = {
      dialect: 'postgres',
      forUpdate: ' FOR UPDATE',
      time: (ms) => new Date(ms),
      all: async <T extends Row>(sql: string, params: readonly Param[] = []) =>
        (await query<T>(sql, params)).rows,
      get: async <T extends Row>(sql: string, params: readonly Param[] = []) =>
        (await query<T>(sql, params)).rows[0],
      run: async (sql, params = []) => (await query(sql, params)).rowCount ?? 0,
      exec: async (sql) => {
        await client.query(sql);
      },
      tx: async <T>(fn: (tx: Db) => Promise<T>): Promise<T> => {
        if (inTx) return fn(self);
        const c = await pool.connect();
        try {
          await c.query('BEGIN');
          const value = await fn(make(c, true));
          await c.query('COMMIT');
          return value;
        } catch (err) {
          await c.query('ROLLBACK').catch(() => undefined);
          throw err;
        } finally {
          c.release();
        }
      },
      close: () => (ended ??= pool.end()),
    };
    return self;
  };
  return make(pool, false);
}
