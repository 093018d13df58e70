/**
 * Per-key serialisation of load → change → store sequences. Without it two
 * overlapping calls on one session read the same state and advance it twice
 * (the same message key encrypting two messages, or a consumed key written
 * back). Locks are per store object, so independent stores never wait on
 * each other. Stores shared between processes must still be atomic on their
 * own (the storage adapters do it with transactions).
 */
const locks = new WeakMap<object, Map<string, Promise<void>>>();

/** Run `fn` after every earlier call with the same `owner` and `key` has finished. */
export async function withLock<T>(owner: object, key: string, fn: () => Promise<T>): Promise<T> {
  let byKey = locks.get(owner);
  if (byKey === undefined) {
    byKey = new Map();
    locks.set(owner, byKey);
  }
  // Each call waits for the one queued just before it (FIFO), then lets the next go.
  const previous = byKey.get(key);
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  byKey.set(key, done);
  if (previous !== undefined) await previous;
  try {
    return await fn();
  } finally {
    release();
    if (byKey.get(key) === done) byKey.delete(key);
  }
}
