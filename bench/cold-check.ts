// The proof behind "establish-cold": while a few operations run, every
// lookup in the SDK's bounded caches (src/primitives/lru.ts: verified
// signatures, Ed25519 point checks, UUIDs, imported native keys, libsodium
// signing keys) is watched, and a hit on an entry the same operation did not
// make is reported. Set-up only, never inside a timed sample.
import { Lru } from '../src/primitives/lru.js';

/**
 * Runs `op` `count` times with the cache lookups watched; returns one line
 * per hit on an entry made before that operation (none: the operations ran cold).
 */
export async function crossOperationCacheHits(
  op: () => Promise<void>,
  count: number,
): Promise<string[]> {
  const proto = Lru.prototype as unknown as {
    get(key: unknown, create: () => unknown): unknown;
    has(key: unknown): boolean;
    set(key: unknown, value: unknown): void;
  };
  const { get, has, set } = proto;
  const hits: string[] = [];
  let made = new WeakMap<object, Set<unknown>>();
  const madeBy = (cache: object) => {
    let keys = made.get(cache);
    if (!keys) made.set(cache, (keys = new Set()));
    return keys;
  };
  const where = () => new Error().stack?.split('\n')[3]?.trim() ?? '?';
  proto.get = function (this: object, key, create) {
    let miss = false;
    const value = get.call(this, key, () => {
      miss = true;
      return create();
    });
    if (miss) madeBy(this).add(key);
    else if (!madeBy(this).has(key)) hits.push(`get ${where()}`);
    return value;
  };
  proto.has = function (this: object, key) {
    const held = has.call(this, key);
    if (held && !madeBy(this).has(key)) hits.push(`has ${where()}`);
    return held;
  };
  proto.set = function (this: object, key, value) {
    madeBy(this).add(key);
    set.call(this, key, value);
  };
  try {
    for (let i = 0; i < count; i++) {
      made = new WeakMap();
      await op();
    }
  } finally {
    Object.assign(proto, { get, has, set });
  }
  return hits;
}
