/**
 * Local storage: everything the SDK persists on a device, behind one small
 * transactional interface that adapters implement (`memoryStorage`,
 * `sqlJsStorage`, the Node SQLite adapter, or an app's own).
 *
 * The model is a set of named tables of byte-string records under text keys,
 * ordered by key. The SDK encodes every record itself (versioned, see
 * `spec/storage.md`), so an adapter stores opaque bytes and never needs to
 * understand them. Encryption at rest is the adapter's job: every durable
 * adapter of the SDK encrypts everything it writes with the storage key.
 *
 * Rules every adapter follows (the compliance suite in
 * `@nexuslink/sdk/testing` checks each):
 * - A missing record is `null`; a failure of the medium throws
 *   `NexusError('STORAGE')`; a bad table, key or value throws
 *   `NexusError('INVALID_ARGUMENT')` and changes nothing.
 * - `write` is atomic and durable: when it resolves, every change made in it
 *   is stored and survives a crash; when it rejects (the callback threw, or
 *   the medium failed), none is. Write transactions run one at a time, in
 *   the order they were started; a read transaction sees only committed data.
 * - Values are copied in and out: changing an array after `put`, or one
 *   returned by `get`, changes nothing stored.
 * - Never call `read` or `write` from inside another transaction's callback
 *   (it would wait for itself); pass the transaction down instead.
 */

/** The tables the SDK keeps. */
export type StorageTable =
  /** This device: identity and device-key references, storage metadata. */
  | 'local'
  /** This device's prekeys (private parts). */
  | 'prekeys'
  /** Double Ratchet session records, per remote device. */
  | 'sessions'
  /** Sender key records, per (sending device, distribution id). */
  | 'sender-keys'
  /** What this device trusts about other identities. */
  | 'identities'
  | 'contacts'
  | 'conversations'
  /** Message history, keyed so that one conversation's messages sort by time. */
  | 'messages'
  /** Envelopes waiting for the transport to acknowledge them. */
  | 'outbox'
  /** Received envelopes not yet fully processed. */
  | 'inbox'
  /** References to (encrypted) media blobs. */
  | 'media';

/** Every table, in a fixed order. */
export const STORAGE_TABLES: readonly StorageTable[] = Object.freeze([
  'local',
  'prekeys',
  'sessions',
  'sender-keys',
  'identities',
  'contacts',
  'conversations',
  'messages',
  'outbox',
  'inbox',
  'media',
]);

/**
 * Limits on what a record may be. Keys are printable ASCII (0x20-0x7e), so
 * that every adapter orders them the same way (byte order = code unit order).
 */
export const STORAGE_LIMITS = Object.freeze({
  /** Longest key, in characters. */
  maxKeyLength: 512,
  /** Largest value, in bytes. */
  maxValueBytes: 16 * 1024 * 1024,
  /** Longest text given to the search index, in characters. */
  maxTextLength: 64 * 1024,
  /** Most entries one `list` or `search` returns. */
  maxListLimit: 10_000,
  /** Longest search query, in characters (of at most 32 words). */
  maxQueryLength: 1024,
});

/** One record of a table. */
export interface StorageEntry {
  readonly key: string;
  readonly value: Uint8Array;
}

/** Which keys a {@link StorageReader.list} returns, in key order. */
export interface ListOptions {
  /** Only keys that start with this. */
  readonly prefix?: string;
  /** Only keys strictly greater than this (a cursor from the last page). */
  readonly after?: string;
  /** Only keys strictly less than this. */
  readonly before?: string;
  /** Descending key order (newest first, for time-ordered keys). */
  readonly reverse?: boolean;
  /** At most this many entries (default and maximum: `STORAGE_LIMITS.maxListLimit`). */
  readonly limit?: number;
}

/** A match of {@link StorageReader.search}: the key of a `messages` record. */
export interface SearchHit {
  readonly key: string;
}

/** The read side of a transaction. */
export interface StorageReader {
  /** The record under `key`, or `null`. */
  get(table: StorageTable, key: string): Promise<Uint8Array | null>;
  /** Records in key order (or reverse), filtered by `options`. */
  list(table: StorageTable, options?: ListOptions): Promise<StorageEntry[]>;
  /**
   * Keys of `messages` records whose indexed text contains every word of
   * `query` (case-insensitive, whole words or word prefixes ending in `*`),
   * best matches first where the adapter ranks, else newest key first.
   */
  search(query: string, options?: { readonly limit?: number }): Promise<SearchHit[]>;
}

/** The write side of a transaction. */
export interface StorageWriter extends StorageReader {
  /** Store (replace) the record under `key`. */
  put(table: StorageTable, key: string, value: Uint8Array): Promise<void>;
  /** Remove the record under `key`; removing an absent one is not an error. */
  delete(table: StorageTable, key: string): Promise<void>;
  /**
   * Set (or with `null` clear) the searchable text of the `messages` record
   * under `key`. The text is stored encrypted like everything else; deleting
   * the message record clears it too.
   */
  index(key: string, text: string | null): Promise<void>;
}

/** A device's local storage. */
export interface Storage {
  /** The adapter's name, for diagnostics (`'memory'`, `'sql.js'`, ...). */
  readonly adapter: string;
  /** Run `fn` against a consistent view of committed data. */
  read<T>(fn: (tx: StorageReader) => Promise<T>): Promise<T>;
  /** Run `fn` in an atomic, durable write transaction (see the module rules). */
  write<T>(fn: (tx: StorageWriter) => Promise<T>): Promise<T>;
  /** Finish pending writes and release the medium; later calls throw `STORAGE`. */
  close(): Promise<void>;
}

/**
 * Where a whole-image storage adapter (`sqlJsStorage`) keeps its encrypted
 * database image: a file in Node (`fileImagePersister` from
 * `@nexuslink/sdk/node`), IndexedDB in browsers (`indexedDbImagePersister`),
 * or anything an app provides with the same guarantees.
 */
export interface ImagePersister {
  /** The last saved image, or `null` when none was ever saved. */
  load(): Promise<Uint8Array | null>;
  /**
   * Replace the saved image atomically and durably, and empty the journal:
   * once this resolves the new image survives a crash; if the process dies
   * before, the old image (and journal) is what `load` returns, never a mix.
   * (A journal left over by a crash between the two is harmless: its
   * entries are numbered, and those already in the image are skipped.)
   */
  save(image: Uint8Array): Promise<void>;
  /**
   * Optional journal: durably append one entry after the saved image. With
   * it, a commit writes only its changes, and the whole image is saved only
   * now and then. Once this resolves, the entry survives a crash; an entry
   * whose append was cut short by one is never returned.
   */
  append?(entry: Uint8Array): Promise<void>;
  /** The entries appended since the last `save`, in order (with `append`). */
  loadJournal?(): Promise<Uint8Array[]>;
  /**
   * Optional: make this the only writer of the image (another process, tab
   * or storage instance gets `STORAGE` until it is released). The storage
   * takes it when it opens and releases it when it closes.
   */
  lock?(): Promise<StorageLock>;
}

/** A held {@link ImagePersister.lock}. */
export interface StorageLock {
  /** Let another writer in. Releasing twice does nothing. */
  release(): Promise<void>;
}
