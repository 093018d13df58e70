import { NexusError } from '../interfaces/errors.js';
import type { ImagePersister } from '../interfaces/storage.js';

/** Options of {@link indexedDbImagePersister}. */
export interface IndexedDbImagePersisterOptions {
  /** Names this storage: the IndexedDB database is `nexuslink-<name>`. */
  readonly name: string;
  /** The IndexedDB factory; default `globalThis.indexedDB`. */
  readonly indexedDB?: IDBFactory;
}

/** IndexedDB storages open in this page. */
const pageLocks = new Set<string>();

const STORE = 'image';
const JOURNAL = 'journal';
const KEY = 'current';

/**
 * Keeps a storage image and its journal in IndexedDB, for `sqlJsStorage` in
 * browsers. Every save and append is one IndexedDB transaction opened with
 * the `strict` durability hint (the browser flushes it to disk before
 * reporting success); a save replaces the image and empties the journal in
 * the same transaction, so a crash or a closed tab leaves the old state or
 * the new one.
 *
 * @example
 * ```ts
 * const storage = await sqlJsStorage({ key, persister: indexedDbImagePersister({ name: 'chat' }),
 *   sqlJs: { locateFile: (file) => `/assets/${file}` } });
 * ```
 * @throws NexusError `INVALID_ARGUMENT` for a bad name, `STORAGE` where there
 *   is no IndexedDB (the calls fail, not the factory).
 */
export function indexedDbImagePersister(options: IndexedDbImagePersisterOptions): ImagePersister {
  if (typeof options?.name !== 'string' || !/^[\w.-]{1,100}$/.test(options.name))
    throw new NexusError(
      'INVALID_ARGUMENT',
      'the IndexedDB storage name must be 1-100 letters, digits, ".", "_" or "-"',
    );
  const name = `nexuslink-${options.name}`;
  let opened: Promise<IDBDatabase> | undefined;
  const database = () =>
    (opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
      if (!factory) return reject(new NexusError('STORAGE', 'this runtime has no IndexedDB'));
      const request = factory.open(name, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore(STORE);
        request.result.createObjectStore(JOURNAL, { autoIncrement: true });
      };
      request.onsuccess = () => {
        const db = request.result;
        // Closed by the browser, or another tab upgrades: open again next time.
        db.onclose = () => void (opened = undefined);
        db.onversionchange = () => {
          db.close();
          opened = undefined;
        };
        resolve(db);
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('IndexedDB open blocked by another tab'));
    }).catch((cause: unknown) => {
      opened = undefined; // let a later call try again
      throw cause instanceof NexusError
        ? cause
        : new NexusError('STORAGE', `could not open IndexedDB ${name}`, { cause });
    }));
  const transaction = <T>(
    stores: string[],
    mode: IDBTransactionMode,
    run: (tx: IDBTransaction) => IDBRequest<T>,
  ): Promise<T> =>
    database().then(
      (db) =>
        new Promise<T>((resolve, reject) => {
          let tx: IDBTransaction;
          let request: IDBRequest<T>;
          try {
            tx =
              mode === 'readwrite'
                ? db.transaction(stores, mode, { durability: 'strict' })
                : db.transaction(stores, mode);
            request = run(tx);
          } catch (cause) {
            opened = undefined; // a closing connection: the next call opens a new one
            return reject(new NexusError('STORAGE', `IndexedDB ${mode} failed`, { cause }));
          }
          tx.oncomplete = () => resolve(request.result);
          tx.onerror = () =>
            reject(new NexusError('STORAGE', `IndexedDB ${mode} failed`, { cause: tx.error }));
          tx.onabort = () =>
            reject(new NexusError('STORAGE', `IndexedDB ${mode} aborted`, { cause: tx.error }));
        }),
    );
  const checkJournal = (entries: unknown[]) => {
    if (!entries.every((e) => e instanceof Uint8Array))
      throw new NexusError('STORAGE', `IndexedDB ${name} holds something other than a journal`);
    return entries as Uint8Array[];
  };
  // `load` reads the image and the journal in one transaction, so that they
  // match even if another tab saves in between; `loadJournal` hands over its journal.
  let journalRead: Uint8Array[] | null = null;
  return {
    async load() {
      let journal: IDBRequest<unknown[]> | undefined;
      const value = await transaction([STORE, JOURNAL], 'readonly', (tx) => {
        journal = tx.objectStore(JOURNAL).getAll();
        return tx.objectStore(STORE).get(KEY) as IDBRequest<unknown>;
      });
      journalRead = checkJournal(journal!.result);
      if (value === undefined) return null;
      if (!(value instanceof Uint8Array))
        throw new NexusError('STORAGE', `IndexedDB ${name} holds something other than an image`);
      return value;
    },
    async save(image) {
      // One transaction: the new image and the empty journal appear together.
      await transaction([STORE, JOURNAL], 'readwrite', (tx) => {
        tx.objectStore(JOURNAL).clear();
        return tx.objectStore(STORE).put(image.slice(), KEY);
      });
    },
    async append(entry) {
      await transaction([JOURNAL], 'readwrite', (tx) => tx.objectStore(JOURNAL).add(entry.slice()));
    },
    async lock() {
      // Within this page, always; across tabs, with Web Locks (secure
      // contexts). Without Web Locks only this page is protected: one tab per app.
      if (pageLocks.has(name))
        throw new NexusError('STORAGE', `the storage ${name} is already open in this page`);
      pageLocks.add(name);
      const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
      if (!locks) return { release: async () => void pageLocks.delete(name) };
      try {
        return await new Promise((resolve, reject) => {
          let done!: () => void;
          const held = new Promise<void>((r) => (done = r));
          const request = locks.request(name, { ifAvailable: true }, (lock) => {
            if (lock === null) {
              reject(new NexusError('STORAGE', `the storage ${name} is open in another tab`));
              return undefined;
            }
            resolve({
              async release() {
                done();
                await request.catch(() => undefined); // the Web Lock is free when this settles
                pageLocks.delete(name);
              },
            });
            return held;
          });
          request.catch((cause: unknown) =>
            reject(new NexusError('STORAGE', `could not lock ${name}`, { cause })),
          );
        });
      } catch (err) {
        pageLocks.delete(name);
        throw err;
      }
    },
    async loadJournal() {
      if (journalRead !== null) {
        const entries = journalRead;
        journalRead = null;
        return entries;
      }
      return checkJournal(
        await transaction([JOURNAL], 'readonly', (tx) => tx.objectStore(JOURNAL).getAll()),
      );
    },
  };
}
