import { NexusError } from '../interfaces/errors.js';
import type {
  ListOptions,
  SearchHit,
  Storage,
  StorageEntry,
  StorageReader,
  StorageTable,
  StorageWriter,
} from '../interfaces/storage.js';
import { SerialQueue } from './queue.js';
import {
  checkKey,
  checkLimit,
  checkListOptions,
  checkTable,
  checkText,
  checkValue,
  inRange,
  matches,
  parseQuery,
  words,
} from './validate.js';

/**
 * Storage in memory, for tests and examples: transactions behave exactly as
 * a durable adapter's (atomic, serialised, copies in and out), but nothing
 * outlives the process. It passes the storage compliance suite.
 *
 * @example
 * ```ts
 * const storage = memoryStorage();
 * await storage.write(async (tx) => tx.put('contacts', 'alice', bytes));
 * ```
 */
export function memoryStorage(): Storage {
  const tables = new Map<StorageTable, Map<string, Uint8Array>>();
  const texts = new Map<string, string[]>();
  const queue = new SerialQueue();
  let closed = false;

  const table = (name: StorageTable) => {
    let t = tables.get(name);
    if (!t) tables.set(name, (t = new Map()));
    return t;
  };
  const ensureOpen = () => {
    if (closed) throw new NexusError('STORAGE', 'storage is closed');
  };

  /** Reads and writes of one transaction; `pending` holds uncommitted changes (null = deleted). */
  function transaction(writable: boolean) {
    const pending = new Map<StorageTable, Map<string, Uint8Array | null>>();
    const pendingTexts = new Map<string, string[] | null>();
    let finished = false;
    const live = () => {
      ensureOpen();
      if (finished) throw new NexusError('STORAGE', 'the transaction has finished');
    };
    const lookup = (name: StorageTable, key: string): Uint8Array | null => {
      const p = pending.get(name);
      if (p?.has(key)) return p.get(key)!;
      return table(name).get(key) ?? null;
    };
    const reader: StorageReader = {
      async get(name, key) {
        live();
        checkTable(name);
        checkKey(key);
        return lookup(name, key)?.slice() ?? null;
      },
      async list(name, options?: ListOptions) {
        live();
        checkTable(name);
        const o = checkListOptions(options);
        const keys = new Set<string>();
        for (const k of table(name).keys()) if (inRange(k, o)) keys.add(k);
        for (const k of pending.get(name)?.keys() ?? []) if (inRange(k, o)) keys.add(k);
        const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        if (o.reverse) sorted.reverse();
        const out: StorageEntry[] = [];
        for (const key of sorted) {
          if (out.length >= o.limit) break;
          const value = lookup(name, key);
          if (value !== null) out.push({ key, value: value.slice() });
        }
        return out;
      },
      async search(query, options) {
        live();
        const terms = parseQuery(query);
        const limit = checkLimit(options?.limit);
        const keys = new Set([...texts.keys(), ...pendingTexts.keys()]);
        const hits: SearchHit[] = [];
        for (const key of [...keys].sort().reverse()) {
          const indexed = pendingTexts.has(key) ? pendingTexts.get(key)! : texts.get(key)!;
          if (indexed !== null && matches(indexed, terms)) hits.push({ key });
          if (hits.length >= limit) break;
        }
        return hits;
      },
    };
    const writer: StorageWriter = {
      ...reader,
      async put(name, key, value) {
        live();
        checkTable(name);
        checkKey(key);
        checkValue(value);
        let p = pending.get(name);
        if (!p) pending.set(name, (p = new Map()));
        p.set(key, value.slice());
      },
      async delete(name, key) {
        live();
        checkTable(name);
        checkKey(key);
        let p = pending.get(name);
        if (!p) pending.set(name, (p = new Map()));
        p.set(key, null);
        if (name === 'messages') pendingTexts.set(key, null);
      },
      async index(key, text) {
        live();
        checkKey(key);
        checkText(text);
        pendingTexts.set(key, text === null ? null : words(text));
      },
    };
    return {
      tx: writable ? writer : reader,
      commit() {
        finished = true;
        for (const [name, changes] of pending)
          for (const [key, value] of changes)
            if (value === null) table(name).delete(key);
            else table(name).set(key, value);
        for (const [key, indexed] of pendingTexts)
          if (indexed === null) texts.delete(key);
          else texts.set(key, indexed);
      },
      abandon() {
        finished = true;
      },
    };
  }

  const run = <T>(writable: boolean, fn: (tx: StorageWriter) => Promise<T>) =>
    queue.run(async () => {
      ensureOpen();
      const t = transaction(writable);
      let result: T;
      try {
        result = await fn(t.tx as StorageWriter);
      } catch (err) {
        t.abandon();
        throw err;
      }
      t.commit();
      return result;
    });

  return {
    adapter: 'memory',
    read: (fn) => run(false, fn),
    write: (fn) => run(true, fn),
    async close() {
      await queue.run(async () => {
        closed = true;
      });
    },
  };
}
