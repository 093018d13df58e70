/**
 * The Node storage adapter for large histories and speed: SQLite through
 * `better-sqlite3-multiple-ciphers` (an optional dependency with prebuilt
 * N-API binaries), every page encrypted by SQLite3 Multiple Ciphers
 * (ChaCha20-Poly1305 per page), WAL journal, FTS5 search. Node-only.
 */
import { NexusError } from '../interfaces/errors.js';
import type { Storage } from '../interfaces/storage.js';
import { toHex, utf8, wipe } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import { checkStorageKey } from './image.js';
import { migrate, sqlRunner } from './sql.js';
import type { SqlDriver, SqlValue } from './sql.js';

// The part of better-sqlite3 this adapter uses.
interface Statement {
  readonly reader: boolean;
  raw(on: boolean): Statement;
  all(...params: unknown[]): SqlValue[][];
  run(...params: unknown[]): unknown;
}
interface Database {
  prepare(sql: string): Statement;
  exec(sql: string): void;
  pragma(sql: string, options?: { simple: boolean }): unknown;
  close(): void;
  readonly open: boolean;
}
type DatabaseClass = new (path: string, options?: { fileMustExist?: boolean }) => Database;

/** Options of {@link sqliteStorage}. */
export interface SqliteStorageOptions {
  /** The database file (created when missing). Its `-wal` and `-shm` files sit beside it. */
  readonly path: string;
  /** The 32-byte storage key (from `openStorageKey` or the device key store). */
  readonly key: Uint8Array;
  /**
   * `'full'` (the default): a commit is on disk when `write` resolves, and
   * survives a power loss. `'normal'`: a commit survives the process being
   * killed at any instant, but a power loss (or an operating-system crash)
   * may undo the last few, which relaxes the Storage durability rule for
   * that case; about twice the write throughput one write at a time.
   */
  readonly durability?: 'full' | 'normal';
}

const ZERO_SALT = new Uint8Array(32);
const PAGE_KEY_INFO = utf8('nexuslink/v1/storage/sqlite-key');

/**
 * Encrypted SQLite storage for Node (spec/storage.md §5). Every page of the
 * database and of its WAL is encrypted and authenticated with a key derived
 * from the storage key; nothing in the files is readable without it.
 *
 * @example
 * ```ts
 * import { sqliteStorage } from '@nexuslink/sdk/node';
 * const storage = await sqliteStorage({ path: 'chat.db', key: await openStorageKey(keyFile, passphrase) });
 * ```
 * @throws NexusError `WRONG_KEY` (the file was written under another key, or
 *   is not a database), `STORAGE` (the addon is missing or the medium fails),
 *   `UNSUPPORTED_VERSION` (a schema newer than this SDK).
 */
export async function sqliteStorage(options: SqliteStorageOptions): Promise<Storage> {
  checkStorageKey(options.key);
  if (typeof options.path !== 'string' || options.path.length === 0 || options.path === ':memory:')
    throw new NexusError('INVALID_ARGUMENT', 'sqliteStorage needs a database file path');
  const durability = options.durability ?? 'full';
  if (durability !== 'full' && durability !== 'normal')
    throw new NexusError('INVALID_ARGUMENT', "durability must be 'full' or 'normal'");
  const Database = await loadDatabaseClass();

  let db: Database | null;
  try {
    db = new Database(options.path);
  } catch (cause) {
    throw new NexusError('STORAGE', `could not open ${options.path}`, { cause });
  }
  const pageKey = crypto().hkdfSha256(options.key, ZERO_SALT, PAGE_KEY_INFO, 32);
  try {
    db.pragma(`cipher = 'chacha20'`);
    // A raw 32-byte key: no passphrase KDF inside SQLite (the storage key is already random).
    db.pragma(`key = "x'${toHex(pageKey)}'"`);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').raw(true).all();
    } catch (cause) {
      if ((cause as { code?: string }).code === 'SQLITE_NOTADB')
        throw new NexusError(
          'WRONG_KEY',
          'the database was written with another key (or is not a NexusLink database)',
          { cause },
        );
      throw cause;
    }
    // The version check comes first: a newer database is refused untouched.
    migrate(driver(db), 'fts5');
    db.pragma('journal_mode = WAL');
    // Another process writing the same database: wait for it (up to 5 s) rather than fail.
    db.pragma('busy_timeout = 5000');
    db.pragma(`synchronous = ${durability === 'full' ? 'FULL' : 'NORMAL'}`);
  } catch (err) {
    db.close();
    if (err instanceof NexusError) throw err;
    throw new NexusError('STORAGE', `could not open ${options.path}`, { cause: err });
  } finally {
    wipe(pageKey);
  }

  const database = driver(db);
  const runner = sqlRunner({
    connection: async () => {
      if (db === null) throw new NexusError('STORAGE', 'storage is closed');
      return database;
    },
    begin: 'BEGIN IMMEDIATE',
    // Writes issued by the microtasks of one macrotask (the client handling a
    // burst of envelopes) share a COMMIT, which here waits for the disk.
    schedule: (run) => void setImmediate(run),
  });

  return {
    adapter: 'sqlite',
    read: runner.read,
    write: runner.write,
    async close() {
      await runner.after(() => {
        db?.close();
        db = null;
      });
    },
  };
}

async function loadDatabaseClass(): Promise<DatabaseClass> {
  try {
    const imported = (await import('better-sqlite3-multiple-ciphers')) as unknown as {
      default: DatabaseClass;
    };
    return imported.default;
  } catch (cause) {
    throw new NexusError(
      'STORAGE',
      'better-sqlite3-multiple-ciphers is not installed or has no binary for this platform (npm install better-sqlite3-multiple-ciphers)',
      { cause },
    );
  }
}

/** The shared SQL code's view of a better-sqlite3 connection, with prepared statements cached. */
function driver(db: Database): SqlDriver {
  const statements = new Map<string, Statement>();
  const prepared = (sql: string) => {
    let s = statements.get(sql);
    if (s === undefined) {
      s = db.prepare(sql);
      if (s.reader) s.raw(true);
      statements.set(sql, s);
    }
    return s;
  };
  return {
    all: (sql, params) => prepared(sql).all(...params),
    run: (sql, params) => void prepared(sql).run(...params),
    exec: (sql) => db.exec(sql),
  };
}
