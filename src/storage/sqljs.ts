import { NexusError } from '../interfaces/errors.js';
import type { RandomSource } from '../interfaces/runtime.js';
import type {
  ImagePersister,
  Storage,
  StorageTable,
  StorageWriter,
} from '../interfaces/storage.js';
import { storageChangesCodec } from '../wire/messages.js';
import {
  checkStorageKey,
  openImage,
  openJournalEntry,
  sealImage,
  sealJournalEntry,
} from './image.js';
import { migrate, sqlRunner, sqlTransaction } from './sql.js';
import type { Change, SqlDriver, SqlValue } from './sql.js';

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
 * the universal adapter. The database lives in memory. A committed group of
 * writes is appended to an encrypted journal through `persister` (only its
 * changes); once the journal is as large as the image, the whole image is
 * exported, encrypted under the storage key (XChaCha20-Poly1305,
 * spec/storage.md §3) and saved in its place. A crash leaves the last saved
 * image and the journal entries appended after it, never a partial one.
 * Search uses FTS4. One writer per persister: a second storage on the same
 * file or IndexedDB database (another process, tab or instance) is `STORAGE`.
 *
 * Loading replays the journal, so the history is held in memory; the Node
 * SQLite adapter is the one for very large histories.
 *
 * @throws NexusError `WRONG_KEY` when the saved image was written under another
 *   key, `STORAGE` when it is corrupted or the medium fails,
 *   `UNSUPPORTED_VERSION` for an image or schema newer than this SDK.
 */
export async function sqlJsStorage(options: SqlJsStorageOptions): Promise<Storage> {
  checkStorageKey(options.key);
  const { persister } = options;
  if (
    typeof persister !== 'object' ||
    persister === null ||
    typeof persister.load !== 'function' ||
    typeof persister.save !== 'function'
  )
    throw new NexusError('INVALID_ARGUMENT', 'sqlJsStorage needs a persister with load and save');
  const key = options.key.slice();
  const journaling =
    typeof persister.append === 'function' && typeof persister.loadJournal === 'function';
  const SQL = await loadSqlJs(options.sqlJs);
  // One writer: another process, tab or instance on this persister is refused.
  const lock = persister.lock ? await persister.lock() : null;
  /** The last journal entry the in-memory database contains. */
  let seq = 0;
  /** Bytes appended to the journal since the image was last saved, and that image's size. */
  let journalBytes = 0;
  let imageBytes = 0;

  const openDatabase = async (): Promise<SqlDatabase> => {
    const saved = await storageCall(() => persister.load(), 'loading the storage image failed');
    const image = saved === null ? undefined : openImage(key, saved);
    let db: SqlDatabase;
    try {
      db = new SQL.Database(image);
    } catch (cause) {
      throw new NexusError('STORAGE', 'the storage image is not a database', { cause });
    } finally {
      image?.fill(0); // sql.js copied it
    }
    try {
      migrate(driver(db), 'fts4');
      imageBytes = saved?.length ?? 0;
      journalBytes = 0;
      seq = journalSeq(db);
      if (journaling) {
        const entries = await storageCall(
          () => persister.loadJournal!(),
          'loading the storage journal failed',
        );
        let replaying = false;
        for (const entry of entries) {
          journalBytes += entry.length;
          const opened = journalEntry(key, entry);
          // Entries the image already holds come first (a crash between saving
          // an image and emptying the journal); after those, no repeats.
          if (opened.seq <= seq && !replaying) continue;
          replaying = true;
          if (opened.seq !== seq + 1)
            throw new NexusError(
              'STORAGE',
              `the storage journal skips from ${seq} to ${opened.seq}`,
            );
          try {
            await replay(db, opened.changes, opened.seq);
          } finally {
            opened.changes.fill(0);
          }
          seq = opened.seq;
        }
      }
    } catch (err) {
      db.close();
      throw err;
    }
    return db;
  };
  let db: SqlDatabase | null;
  try {
    db = await openDatabase();
  } catch (err) {
    await lock?.release();
    throw err;
  }
  let stale = false; // the in-memory database is ahead of what is saved (a failed save)
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
    recordChanges: true,
    // The image records which journal entry it contains.
    beforeCommit: (changes) => {
      if (changes.length > 0) setJournalSeq(db!, seq + 1);
    },
    persist: async (changes) => {
      if (changes.length === 0) return; // nothing changed: nothing to save
      const next = seq + 1;
      // The first commit saves an image (the journal needs one to follow).
      if (journaling && imageBytes > 0 && journalBytes < Math.max(MIN_JOURNAL_BYTES, imageBytes)) {
        const encoded = encodeChanges(coalesce(changes));
        const entry = sealJournalEntry(key, next, encoded, options.random);
        encoded.fill(0);
        await persister.append!(entry);
        journalBytes += entry.length;
      } else {
        forgetStatements(db!); // export frees every prepared statement
        const image = db!.export();
        const sealed = sealImage(key, image, options.random);
        image.fill(0);
        await persister.save(sealed);
        imageBytes = sealed.length;
        journalBytes = 0;
      }
      seq = next;
    },
    // The in-memory database is ahead of what is saved: the next transaction reloads it.
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
      await lock?.release();
    },
  };
}

/**
 * The journal grows to the size of the image (at least 1 MiB) before the
 * next commit saves a whole image instead: loading then replays at most
 * about one image's worth of changes, and saving costs about twice the
 * changes written.
 */
const MIN_JOURNAL_BYTES = 1024 * 1024;

/** A journal entry; one under another key than the image's is corruption, not a wrong key. */
function journalEntry(key: Uint8Array, entry: Uint8Array) {
  try {
    return openJournalEntry(key, entry);
  } catch (err) {
    if (NexusError.is(err, 'WRONG_KEY'))
      throw new NexusError('STORAGE', 'the storage journal does not belong to this image', {
        cause: err,
      });
    throw err;
  }
}

function journalSeq(db: SqlDatabase): number {
  const row = driver(db).all("SELECT value FROM meta WHERE name = 'journal_seq'", [])[0];
  return row ? Number(row[0]) : 0;
}

function setJournalSeq(db: SqlDatabase, value: number): void {
  db.run(
    `INSERT INTO meta (name, value) VALUES ('journal_seq', ?)
     ON CONFLICT (name) DO UPDATE SET value = excluded.value`,
    [value],
  );
}

/**
 * A group's changes with every put or delete of a record that a later one in
 * the group replaces left out: replaying the entry gives the same database,
 * in fewer bytes to seal and sync (a busy session record is written once per
 * group, not once per message; an outbox entry added and removed in one
 * group is only removed). Message records and index changes are kept
 * whole: deleting a message also clears its search text, so those changes
 * depend on each other's order.
 */
function coalesce(changes: readonly Change[]): Change[] {
  const last = new Map<string, number>();
  changes.forEach((c, i) => {
    if (c.kind !== 'index' && c.table !== 'messages') last.set(`${c.table}\u0000${c.key}`, i);
  });
  return changes.filter(
    (c, i) =>
      c.kind === 'index' || c.table === 'messages' || last.get(`${c.table}\u0000${c.key}`) === i,
  );
}

function encodeChanges(changes: readonly Change[]): Uint8Array {
  return storageChangesCodec.encode({
    version: 1,
    changes: changes.map((c) =>
      c.kind === 'put'
        ? { change: { case: 'put', value: { table: c.table, key: c.key, value: c.value } } }
        : c.kind === 'delete'
          ? { change: { case: 'delete', value: { table: c.table, key: c.key } } }
          : {
              change: {
                case: 'index',
                value: { key: c.key, text: c.text ?? '', cleared: c.text === null },
              },
            },
    ),
  });
}

/** Apply one journal entry's changes (checked like any write) in one transaction. */
async function replay(db: SqlDatabase, encoded: Uint8Array, entrySeq: number): Promise<void> {
  let changes;
  try {
    changes = storageChangesCodec.decode(encoded).changes;
  } catch (cause) {
    throw new NexusError('STORAGE', `storage journal entry ${entrySeq} is malformed`, { cause });
  }
  const d = driver(db);
  const { tx } = sqlTransaction(d, true);
  const writer = tx as StorageWriter;
  d.exec('BEGIN');
  try {
    for (const { change } of changes) {
      if (change.case === 'put')
        await writer.put(change.value.table as StorageTable, change.value.key, change.value.value);
      else if (change.case === 'delete')
        await writer.delete(change.value.table as StorageTable, change.value.key);
      else if (change.case === 'index')
        await writer.index(change.value.key, change.value.cleared ? null : change.value.text);
    }
    setJournalSeq(db, entrySeq);
    d.exec('COMMIT');
  } catch (cause) {
    d.exec('ROLLBACK');
    throw new NexusError('STORAGE', `storage journal entry ${entrySeq} does not apply`, { cause });
  }
}

async function loadSqlJs(given: SqlJsModule | SqlJsInitOptions | undefined): Promise<SqlJs> {
  if (given && 'Database' in given) return given as SqlJs;
  try {
    const imported = (await import('sql.js')) as unknown as {
      default: (o?: SqlJsInitOptions) => Promise<SqlJs>;
    };
    return await imported.default(given);
  } catch (cause) {
    const code = (cause as { code?: unknown } | null)?.code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND')
      throw new NexusError(
        'STORAGE',
        'sqlJsStorage needs sql.js, an optional peer dependency of @nexuslink/sdk: npm install sql.js@1.17.0',
        { cause },
      );
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

/** Prepared statements per database (sql.js frees them all on `export` and `close`). */
const preparedStatements = new WeakMap<SqlDatabase, Map<string, SqlStatement>>();

/** Forget the prepared statements of `db` (after sql.js freed them). */
function forgetStatements(db: SqlDatabase): void {
  preparedStatements.delete(db);
}

/** The shared SQL code's view of a sql.js database, with prepared statements reused. @internal */
export function driver(db: SqlDatabase): SqlDriver {
  let cache = preparedStatements.get(db);
  if (!cache) preparedStatements.set(db, (cache = new Map()));
  const statements = cache;
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  return {
    all(sql, params) {
      const statement = prepared(sql);
      try {
        statement.bind(params);
        const out: SqlValue[][] = [];
        while (statement.step()) out.push(statement.get());
        return out;
      } finally {
        statement.reset();
      }
    },
    run(sql, params) {
      const statement = prepared(sql);
      try {
        statement.bind(params);
        statement.step();
      } finally {
        statement.reset();
      }
    },
    // Transaction control runs once or twice per write: prepared once, not parsed each time.
    exec(sql) {
      if (TRANSACTION_CONTROL.has(sql)) this.run(sql, []);
      else db.exec(sql);
    },
  };
}

/** The statements the transaction runner issues for every write. */
const TRANSACTION_CONTROL = new Set([
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
  'SAVEPOINT nexuslink',
  'RELEASE nexuslink',
  'ROLLBACK TO nexuslink',
]);
