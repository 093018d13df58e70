/**
 * The SQL side shared by the SQLite adapters (sql.js and the Node one): the
 * schema, its migrations, and the statements behind every transaction
 * method, over a small synchronous driver each adapter provides.
 */
import { NexusError } from '../interfaces/errors.js';
import type { StorageReader, StorageTable, StorageWriter } from '../interfaces/storage.js';
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

/** A value SQLite hands back or takes. */
export type SqlValue = number | bigint | string | Uint8Array | null;

/** What the shared code needs of a SQLite connection. */
export interface SqlDriver {
  /** Every row of one statement, as arrays of column values. */
  all(sql: string, params: SqlValue[]): SqlValue[][];
  /** Run one statement. */
  run(sql: string, params: SqlValue[]): void;
  /** Run several statements (no parameters). */
  exec(sql: string): void;
}

/** The schema version the SQLite adapters write (`PRAGMA user_version`); spec/storage.md §2. */
export const SQL_SCHEMA_VERSION = 1;

/** The full-text module: FTS5 where the build has it (Node), FTS4 in sql.js. */
export type FullTextModule = 'fts4' | 'fts5';

/**
 * Schema migrations: entry `n` takes a database from version `n` to `n + 1`.
 * Version 0 is a new, empty database.
 */
function migrations(fts: FullTextModule): readonly string[] {
  return [
    // A rowid table: values (often 1-4 KiB) stay in the table's leaf pages, and
    // the (tbl, key) index stays small. WITHOUT ROWID measured 2x slower here.
    `CREATE TABLE records (tbl TEXT NOT NULL, key TEXT NOT NULL, value BLOB NOT NULL,
       UNIQUE (tbl, key));
     -- Adapter bookkeeping (sql.js: the last journal entry the image contains).
     CREATE TABLE meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
     ${
       fts === 'fts5'
         ? `CREATE VIRTUAL TABLE message_text USING fts5(key UNINDEXED, text,
              tokenize = 'unicode61 remove_diacritics 0');`
         : `CREATE VIRTUAL TABLE message_text USING fts4(key, text, notindexed=key,
              tokenize=unicode61 "remove_diacritics=0");`
     }`,
  ];
}

/**
 * Bring the schema to {@link SQL_SCHEMA_VERSION}, one migration per
 * transaction.
 *
 * @throws NexusError `UNSUPPORTED_VERSION` for a schema newer than this SDK,
 *   `STORAGE` when a migration fails (the database is left at the last version reached).
 */
export function migrate(db: SqlDriver, fts: FullTextModule): void {
  const version = Number(db.all('PRAGMA user_version', [])[0]?.[0] ?? 0);
  if (version > SQL_SCHEMA_VERSION)
    throw new NexusError(
      'UNSUPPORTED_VERSION',
      `storage schema version ${version} is newer than this SDK's ${SQL_SCHEMA_VERSION}`,
    );
  const steps = migrations(fts);
  for (let v = version; v < SQL_SCHEMA_VERSION; v++) {
    db.exec('BEGIN');
    try {
      db.exec(steps[v]!);
      db.exec(`PRAGMA user_version = ${v + 1}`);
      db.exec('COMMIT');
    } catch (cause) {
      db.exec('ROLLBACK');
      throw new NexusError('STORAGE', `storage migration to version ${v + 1} failed`, { cause });
    }
  }
}

/** A plain copy of a BLOB column (sql.js reads an empty BLOB as null; Node hands out Buffers). */
const blob = (v: SqlValue): Uint8Array =>
  v instanceof Uint8Array ? new Uint8Array(v) : new Uint8Array(0);

/** One change a write transaction made, as the sql.js journal records it. */
export type Change =
  | {
      readonly kind: 'put';
      readonly table: StorageTable;
      readonly key: string;
      readonly value: Uint8Array;
    }
  | { readonly kind: 'delete'; readonly table: StorageTable; readonly key: string }
  | { readonly kind: 'index'; readonly key: string; readonly text: string | null };

/**
 * The reader or writer of one transaction over `db`; `finish` ends its use.
 * `record`, when given, sees every change the writer makes (after it ran).
 */
export function sqlTransaction(
  db: SqlDriver,
  writable: boolean,
  record?: (change: Change) => void,
) {
  let finished = false;
  // A statement failed: whatever the callback does next, this transaction
  // must not commit (a two-statement change may be half applied).
  let failed: unknown = null;
  const live = () => {
    if (finished) throw new NexusError('STORAGE', 'the transaction has finished');
  };
  const sql = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (cause) {
      failed ??= new NexusError('STORAGE', 'a storage statement failed', { cause });
      throw failed;
    }
  };
  const reader: StorageReader = {
    async get(table, key) {
      live();
      checkTable(table);
      checkKey(key);
      const found = sql(() =>
        db.all('SELECT value FROM records WHERE tbl = ? AND key = ?', [table, key]),
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
        db.all(
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
        db.all('SELECT key FROM message_text WHERE text MATCH ? ORDER BY key DESC LIMIT ?', [
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
      record?.({ kind: 'put', table, key, value: value.slice() });
    },
    async delete(table, key) {
      live();
      checkTable(table);
      checkKey(key);
      sql(() => {
        db.run('DELETE FROM records WHERE tbl = ? AND key = ?', [table, key]);
        if (table === 'messages') db.run('DELETE FROM message_text WHERE key = ?', [key]);
      });
      record?.({ kind: 'delete', table, key });
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
      record?.({ kind: 'index', key, text });
    },
  };
  return {
    tx: writable ? writer : reader,
    finish() {
      finished = true;
    },
    /** The STORAGE error of a failed statement, or null. */
    get failed(): unknown {
      return failed;
    },
  };
}

/** What {@link sqlRunner} needs of an adapter. */
export interface SqlRunnerOptions {
  /** The open connection (it may reopen one first); throws `STORAGE` when closed. */
  readonly connection: () => Promise<SqlDriver>;
  /** The statement that opens a write transaction (`BEGIN` or `BEGIN IMMEDIATE`). */
  readonly begin: string;
  /**
   * Record changes for `persist` (sql.js). When set, `beforeCommit` runs
   * inside the SQLite transaction with every change of the group's
   * successful writes, and `persist` after the COMMIT with the same list.
   */
  readonly recordChanges?: boolean;
  /** Inside the transaction, before COMMIT (sql.js numbers its journal entry). */
  readonly beforeCommit?: (changes: readonly Change[]) => void;
  /** After a successful COMMIT: make it durable elsewhere (sql.js saves its image or journal). */
  readonly persist?: (changes: readonly Change[]) => Promise<void>;
  /** After a failed COMMIT or persist: the connection may be ahead of what is saved. */
  readonly onLost?: () => void;
  /** Most write transactions committed together (default 64). */
  readonly maxGroup?: number;
  /**
   * How an idle runner schedules its next run (default `queueMicrotask`:
   * writes issued in one synchronous stretch form one group). The Node
   * adapter waits for the current macrotask (`setImmediate`): writes issued
   * in its microtasks join too (a burst of envelopes handled by the
   * client), at the cost of one turn of the event loop per idle start,
   * small next to a durable COMMIT.
   */
  readonly schedule?: (run: () => void) => void;
}

interface Queued {
  /** A write transaction, a read transaction, or a plain task (no connection: closing). */
  readonly kind: 'write' | 'read' | 'task';
  readonly fn: (tx: StorageWriter) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (reason: unknown) => void;
}

/**
 * Runs the transactions of a SQLite adapter one at a time, in order, with
 * **group commit**: write transactions that are already waiting when one
 * starts run together inside one SQLite transaction, each in a SAVEPOINT of
 * its own (so a throw rolls back only its own changes), and share one
 * COMMIT (and one fsync, or one image save). Each still resolves only after
 * that COMMIT, so every `write` keeps its guarantee; under load the
 * durable-commit cost is paid once per group instead of once per write.
 */
export function sqlRunner(options: SqlRunnerOptions) {
  const maxGroup = options.maxGroup ?? 64;
  const schedule = options.schedule ?? queueMicrotask;
  const queue: Queued[] = [];
  let running = false;

  async function drain(): Promise<void> {
    running = true;
    try {
      while (queue.length > 0) {
        const head = queue[0]!;
        if (head.kind === 'task') await runTask(queue.shift()!);
        else if (head.kind === 'read') await runRead(queue.shift()!);
        else {
          let n = 1;
          while (n < queue.length && n < maxGroup && queue[n]!.kind === 'write') n++;
          await runWrites(queue.splice(0, n));
        }
      }
    } finally {
      running = false;
    }
  }

  async function runTask(item: Queued): Promise<void> {
    try {
      item.resolve(await item.fn(undefined as never));
    } catch (err) {
      item.reject(err);
    }
  }

  async function runRead(item: Queued): Promise<void> {
    try {
      const db = await options.connection();
      const t = sqlTransaction(db, false);
      try {
        item.resolve(await item.fn(t.tx as StorageWriter));
      } finally {
        t.finish();
      }
    } catch (err) {
      item.reject(err);
    }
  }

  async function runWrites(group: Queued[]): Promise<void> {
    let db: SqlDriver;
    try {
      db = await options.connection();
      db.exec(options.begin);
    } catch (cause) {
      const err =
        cause instanceof NexusError
          ? cause
          : new NexusError('STORAGE', 'could not start a write transaction', { cause });
      for (const item of group) item.reject(err);
      return;
    }
    const outcomes: { ok: boolean; value: unknown }[] = [];
    const changes: Change[] = [];
    // Set when SQLite rolled the whole transaction back on its own (SQLITE_FULL,
    // IOERR, NOMEM...): nothing of the group can commit, and nothing more may run
    // (a SAVEPOINT now would start a new transaction that its RELEASE commits).
    let aborted: unknown = null;
    for (const item of group) {
      if (aborted !== null) {
        outcomes.push({ ok: false, value: aborted });
        continue;
      }
      const mine: Change[] = [];
      const t = sqlTransaction(
        db,
        true,
        options.recordChanges ? (change) => mine.push(change) : undefined,
      );
      let outcome: { ok: boolean; value: unknown };
      try {
        db.exec('SAVEPOINT nexuslink');
        const value = await item.fn(t.tx as StorageWriter);
        // A statement failed and the callback went on: it still must not commit.
        outcome = t.failed === null ? { ok: true, value } : { ok: false, value: t.failed };
      } catch (err) {
        outcome = { ok: false, value: err };
      }
      t.finish();
      try {
        if (outcome.ok) db.exec('RELEASE nexuslink');
        else {
          db.exec('ROLLBACK TO nexuslink');
          db.exec('RELEASE nexuslink');
        }
      } catch (cause) {
        aborted = new NexusError('STORAGE', 'the write transaction was lost', { cause });
        outcome = { ok: false, value: outcome.ok ? aborted : outcome.value };
      }
      if (outcome.ok) changes.push(...mine);
      outcomes.push(outcome);
    }
    try {
      if (aborted !== null) throw aborted;
      options.beforeCommit?.(changes);
      db.exec('COMMIT');
      await options.persist?.(changes);
    } catch (cause) {
      try {
        db.exec('ROLLBACK');
      } catch {
        // no transaction left: the COMMIT went through (what failed was saving
        // it elsewhere), or SQLite had already rolled it back
      }
      options.onLost?.();
      const lost =
        cause === aborted ? aborted : new NexusError('STORAGE', 'the commit failed', { cause });
      group.forEach((item, i) => item.reject(outcomes[i]!.ok ? lost : outcomes[i]!.value));
      return;
    }
    group.forEach((item, i) =>
      outcomes[i]!.ok ? item.resolve(outcomes[i]!.value) : item.reject(outcomes[i]!.value),
    );
  }

  const enqueue = <T>(kind: Queued['kind'], fn: (tx: StorageWriter) => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      queue.push({ kind, fn, resolve: resolve as (v: unknown) => void, reject });
      // Start later (see `schedule`), so writes issued together form one group.
      if (!running) {
        running = true;
        schedule(() => void drain());
      }
    });

  return {
    read: <T>(fn: (tx: StorageReader) => Promise<T>) =>
      enqueue('read', fn as (tx: StorageWriter) => Promise<T>),
    write: <T>(fn: (tx: StorageWriter) => Promise<T>) => enqueue('write', fn),
    /** Run `fn` after everything queued so far (to close the connection). */
    after: (fn: () => void) =>
      enqueue('task', async () => {
        fn();
      }),
  };
}
