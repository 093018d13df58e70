import { NexusError } from '../interfaces/errors.js';
import type { RandomSource } from '../interfaces/runtime.js';
import type { ImagePersister, Storage } from '../interfaces/storage.js';
import { checkStorageKey, openImage, sealImage } from './image.js';
import { migrate, sqlRunner } from './sql.js';
import type { SqlDriver, SqlValue } from './sql.js';

// The part of sql.js this adapter uses (typed here: sql.js ships no types).
interface SqlStatement {
  bind(values: SqlValue[]): boolean;
  step(): boolean;
  get(): SqlValue[];
  reset(): void;
  free(): boolean;
}
interface SqlDatabase {
  run(sql: string, params?: SqlValue[]): void;
  prepare(sql: string): SqlStatement;
  exec(sql: string): { columns: string[]; values: SqlValue[][] }[];
  export(): Uint8Array;
  close(): void;
}
/** An initialised sql.js module (what `initSqlJs()` resolves to). */
export interface SqlJsModule {
  /** sql.js's `Database` class. */
  readonly Database: new (data?: Uint8Array) => unknown;
}
/** How to initialise sql.js: its `initSqlJs` options (where the `.wasm` file is, in browsers). */
export interface SqlJsInitOptions {
  /** The URL or path of a sql.js file (`sql-wasm.wasm`) by its name. */
  locateFile?(file: string): string;
  /** The `.wasm` bytes, instead of fetching them. */
  wasmBinary?: ArrayBuffer | Uint8Array;
}
type SqlJs = { Database: new (data?: Uint8Array) => SqlDatabase };

/** Options of {@link sqlJsStorage}. */
export interface SqlJsStorageOptions {
  /** The 32-byte storage key (from `storageKeyFromPassphrase` or the device key store). */
  readonly key: Uint8Array;
  /** Where the encrypted image lives. */
  readonly persister: ImagePersister;
  /** An initialised sql.js module, or options to initialise the bundled one with. */
  readonly sqlJs?: SqlJsModule | SqlJsInitOptions;
  /** Nonces for the image encryption (tests); default: the crypto provider's. */
  readonly random?: RandomSource;
}

/**
 * Storage on sql.js (SQLite compiled to WebAssembly), for browsers and Node:
 * the universal adapter. The database lives in memory; every committed
 * write transaction exports the whole image, encrypts it under the storage
 * key (XChaCha20-Poly1305, spec/storage.md §3) and hands it to `persister`,
 * which replaces the previous image atomically. A crash therefore leaves the
 * last committed image, never a partial one. Search uses FTS4.
 *
 * Suited to small and medium histories (each commit rewrites the image);
 * the Node SQLite adapter is the one for large histories.
 *
 * @throws NexusError `WRONG_KEY` when the saved image was written under another
 *   key, `STORAGE` when it is corrupted or the medium fails,
 *   `UNSUPPORTED_VERSION` for an image or schema newer than this SDK.
 */
export async function sqlJsStorage(options: SqlJsStorageOptions): Promise<Storage> {
  checkStorageKey(options.key);
  const key = options.key.slice();
  const { persister } = options;
  const SQL = await loadSqlJs(options.sqlJs);
  const openDatabase = async (): Promise<SqlDatabase> => {
    const saved = await storageCall(() => persister.load(), 'loading the storage image failed');
    const db = new SQL.Database(saved === null ? undefined : openImage(key, saved));
    try {
      migrate(driver(db), 'fts4');
    } catch (err) {
      db.close();
      throw err;
    }
    return db;
  };
  let db: SqlDatabase | null = await openDatabase();
  let stale = false; // the in-memory database is ahead of the saved image (a failed save)
  const runner = sqlRunner({
    connection: async () => {
      if (db === null) throw new NexusError('STORAGE', 'storage is closed');
      if (stale) {
        db.close();
        db = await openDatabase();
        stale = false;
      }
      return driver(db);
    },
    begin: 'BEGIN',
    persist: async () => {
      const image = db!.export();
      const sealed = sealImage(key, image, options.random);
      image.fill(0);
      await persister.save(sealed);
    },
    // The in-memory database is ahead of the saved image: the next transaction reloads it.
    onLost: () => void (stale = true),
  });

  return {
    adapter: 'sql.js',
    read: runner.read,
    write: runner.write,
    async close() {
      await runner.after(() => {
        db?.close();
        db = null;
        key.fill(0);
      });
    },
  };
}

async function loadSqlJs(given: SqlJsModule | SqlJsInitOptions | undefined): Promise<SqlJs> {
  if (given && 'Database' in given) return given as SqlJs;
  try {
    const imported = (await import('sql.js')) as unknown as {
      default: (o?: SqlJsInitOptions) => Promise<SqlJs>;
    };
    return await imported.default(given);
  } catch (cause) {
    throw new NexusError('STORAGE', 'sql.js could not be loaded', { cause });
  }
}

async function storageCall<T>(fn: () => Promise<T>, message: string): Promise<T> {
  try {
    return await fn();
  } catch (cause) {
    throw new NexusError('STORAGE', message, { cause });
  }
}

/** The shared SQL code's view of a sql.js database. */
function driver(db: SqlDatabase): SqlDriver {
  return {
    all(sql, params) {
      const statement = db.prepare(sql);
      try {
        statement.bind(params);
        const out: SqlValue[][] = [];
        while (statement.step()) out.push(statement.get());
        return out;
      } finally {
        statement.free();
      }
    },
    run: (sql, params) => db.run(sql, params),
    exec: (sql) => void db.exec(sql),
  };
}
