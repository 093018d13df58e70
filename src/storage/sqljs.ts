import { NexusError } from '../interfaces/errors.js';
import type { RandomSource } from '../interfaces/runtime.js';
import type {
  ImagePersister,
  Storage,
  StorageReader,
  StorageTable,
  StorageWriter,
} from '../interfaces/storage.js';
import { checkStorageKey, openImage, sealImage } from './image.js';
import { SerialQueue } from './queue.js';
import {
  checkKey,
  checkLimit,
  checkListOptions,
  checkTable,
  checkText,
  checkValue,
  parseQuery,
  words,
} from './validate.js';

// The part of sql.js this adapter uses (typed here: sql.js ships no types).
type SqlValue = number | string | Uint8Array | null;
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

/** The schema version this SDK writes (`PRAGMA user_version`); spec/storage.md §2. */
export const SQLJS_SCHEMA_VERSION = 1;

/**
 * Schema migrations: entry `n` takes a database from version `n` to `n + 1`.
 * Version 0 is a new, empty database.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE records (tbl TEXT NOT NULL, key TEXT NOT NULL, value BLOB NOT NULL,
     PRIMARY KEY (tbl, key)) WITHOUT ROWID;
   CREATE VIRTUAL TABLE message_text USING fts4(key, text, notindexed=key,
     tokenize=unicode61 "remove_diacritics=0");`,
];

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
      migrate(db);
    } catch (err) {
      db.close();
      throw err;
    }
    return db;
  };
  let db: SqlDatabase | null = await openDatabase();
  let stale = false; // the in-memory database is ahead of the saved image (a failed save)
  const queue = new SerialQueue();

  const live = async (): Promise<SqlDatabase> => {
    if (db === null) throw new NexusError('STORAGE', 'storage is closed');
    if (stale) {
      db.close();
      db = await openDatabase();
      stale = false;
    }
    return db;
  };

  const run = <T>(writable: boolean, fn: (tx: StorageWriter) => Promise<T>) =>
    queue.run(async () => {
      const database = await live();
      const t = transaction(database, writable);
      if (!writable) {
        try {
          return await fn(t.tx as StorageWriter);
        } finally {
          t.finish();
        }
      }
      database.run('BEGIN');
      let result: T;
      try {
        result = await fn(t.tx as StorageWriter);
      } catch (err) {
        t.finish();
        database.run('ROLLBACK');
        throw err;
      }
      t.finish();
      database.run('COMMIT');
      try {
        const image = database.export();
        const sealed = sealImage(key, image, options.random);
        image.fill(0);
        await persister.save(sealed);
      } catch (cause) {
        stale = true; // the next transaction reloads the last saved image
        throw new NexusError('STORAGE', 'saving the storage image failed', { cause });
      }
      return result;
    });

  return {
    adapter: 'sql.js',
    read: (fn) => run(false, fn),
    write: (fn) => run(true, fn),
    async close() {
      await queue.run(async () => {
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

function migrate(db: SqlDatabase): void {
  const version = Number(db.exec('PRAGMA user_version')[0]?.values[0]?.[0] ?? 0);
  if (version > SQLJS_SCHEMA_VERSION)
    throw new NexusError(
      'UNSUPPORTED_VERSION',
      `storage schema version ${version} is newer than this SDK's ${SQLJS_SCHEMA_VERSION}`,
    );
  for (let v = version; v < SQLJS_SCHEMA_VERSION; v++) {
    db.run('BEGIN');
    try {
      db.exec(MIGRATIONS[v]!);
      db.run(`PRAGMA user_version = ${v + 1}`);
      db.run('COMMIT');
    } catch (cause) {
      db.run('ROLLBACK');
      throw new NexusError('STORAGE', `storage migration to version ${v + 1} failed`, { cause });
    }
  }
}

/** Every row of `sql` with `params`. */
function rows(db: SqlDatabase, sql: string, params: SqlValue[]): SqlValue[][] {
  const statement = db.prepare(sql);
  try {
    statement.bind(params);
    const out: SqlValue[][] = [];
    while (statement.step()) out.push(statement.get());
    return out;
  } finally {
    statement.free();
  }
}

const blob = (v: SqlValue): Uint8Array => (v instanceof Uint8Array ? v.slice() : new Uint8Array(0)); // sql.js reads an empty BLOB as null

function transaction(db: SqlDatabase, writable: boolean) {
  let finished = false;
  const live = () => {
    if (finished) throw new NexusError('STORAGE', 'the transaction has finished');
  };
  const sql = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (cause) {
      throw new NexusError('STORAGE', 'a storage statement failed', { cause });
    }
  };
  const reader: StorageReader = {
    async get(table, key) {
      live();
      checkTable(table);
      checkKey(key);
      const found = sql(() =>
        rows(db, 'SELECT value FROM records WHERE tbl = ? AND key = ?', [table, key]),
      );
      return found.length ? blob(found[0]![0]!) : null;
    },
    async list(table, options) {
      live();
      checkTable(table);
      const o = checkListOptions(options);
      const where = ['tbl = ?'];
      const params: SqlValue[] = [table];
      if (o.prefix !== undefined) {
        // Keys are printable ASCII (<= 0x7e): every key with the prefix sorts below prefix + 0x7f.
        where.push('key >= ? AND key < ?');
        params.push(o.prefix, `${o.prefix}\x7f`);
      }
      if (o.after !== undefined) {
        where.push('key > ?');
        params.push(o.after);
      }
      if (o.before !== undefined) {
        where.push('key < ?');
        params.push(o.before);
      }
      params.push(o.limit);
      const found = sql(() =>
        rows(
          db,
          `SELECT key, value FROM records WHERE ${where.join(' AND ')}
           ORDER BY key ${o.reverse ? 'DESC' : 'ASC'} LIMIT ?`,
          params,
        ),
      );
      return found.map(([k, v]) => ({ key: k as string, value: blob(v!) }));
    },
    async search(query, options) {
      live();
      const terms = parseQuery(query);
      const limit = checkLimit(options?.limit);
      // Terms are letters and digits only: nothing in them is FTS syntax.
      const match = terms.map((t) => (t.prefix ? `${t.word}*` : t.word)).join(' ');
      const found = sql(() =>
        rows(db, 'SELECT key FROM message_text WHERE text MATCH ? ORDER BY key DESC LIMIT ?', [
          match,
          limit,
        ]),
      );
      return found.map(([k]) => ({ key: k as string }));
    },
  };
  const writer: StorageWriter = {
    ...reader,
    async put(table: StorageTable, key: string, value: Uint8Array) {
      live();
      checkTable(table);
      checkKey(key);
      checkValue(value);
      sql(() =>
        db.run(
          `INSERT INTO records (tbl, key, value) VALUES (?, ?, ?)
           ON CONFLICT (tbl, key) DO UPDATE SET value = excluded.value`,
          [table, key, value],
        ),
      );
    },
    async delete(table, key) {
      live();
      checkTable(table);
      checkKey(key);
      sql(() => {
        db.run('DELETE FROM records WHERE tbl = ? AND key = ?', [table, key]);
        if (table === 'messages') db.run('DELETE FROM message_text WHERE key = ?', [key]);
      });
    },
    async index(key, text) {
      live();
      checkKey(key);
      checkText(text);
      sql(() => {
        db.run('DELETE FROM message_text WHERE key = ?', [key]);
        if (text !== null) {
          db.run('INSERT INTO message_text (key, text) VALUES (?, ?)', [
            key,
            words(text).join(' '),
          ]);
        }
      });
    },
  };
  return {
    tx: writable ? writer : reader,
    finish() {
      finished = true;
    },
  };
}
