import { NexusError } from '../interfaces/errors.js';
import type { ImagePersister } from '../interfaces/storage.js';

/** Options of {@link indexedDbImagePersister}. */
export interface IndexedDbImagePersisterOptions {
  /** Names this storage: the IndexedDB database is `nexuslink-<name>`. */
  readonly name: string;
  /** The IndexedDB factory; default `globalThis.indexedDB`. */
  readonly indexedDB?: IDBFactory;
}

const STORE = 'image';
const KEY = 'current';

/**
 * Keeps a storage image in IndexedDB, for `sqlJsStorage` in browsers. Each
 * save replaces the image in one IndexedDB transaction opened with the
 * `strict` durability hint (the browser flushes it to disk before reporting
 * success), so a crash or a closed tab leaves the old image or the new one.
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
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('IndexedDB open blocked by another tab'));
    }).catch((cause: unknown) => {
      opened = undefined; // let a later call try again
      throw cause instanceof NexusError
        ? cause
        : new NexusError('STORAGE', `could not open IndexedDB ${name}`, { cause });
    }));
  const transaction = <T>(
    mode: IDBTransactionMode,
    run: (store: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> =>
    database().then(
      (db) =>
        new Promise<T>((resolve, reject) => {
          const tx =
            mode === 'readwrite'
              ? db.transaction(STORE, mode, { durability: 'strict' })
              : db.transaction(STORE, mode);
          const request = run(tx.objectStore(STORE));
          tx.oncomplete = () => resolve(request.result);
          tx.onerror = () =>
            reject(new NexusError('STORAGE', `IndexedDB ${mode} failed`, { cause: tx.error }));
          tx.onabort = () =>
            reject(new NexusError('STORAGE', `IndexedDB ${mode} aborted`, { cause: tx.error }));
        }),
    );
  return {
    async load() {
      const value = await transaction('readonly', (store) => store.get(KEY) as IDBRequest<unknown>);
      if (value === undefined) return null;
      if (!(value instanceof Uint8Array))
        throw new NexusError('STORAGE', `IndexedDB ${name} holds something other than an image`);
      return value;
    },
    async save(image) {
      await transaction('readwrite', (store) => store.put(image.slice(), KEY));
    },
  };
}
