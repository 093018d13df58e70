/** A bounded least-recently-used map. */
export class Lru<K, V> {
  readonly #entries = new Map<K, V>();
  readonly #capacity: number;
  readonly #evicted: ((value: V) => void) | undefined;

  /** @param evicted called with each value pushed out by a newer one (to wipe it, say). */
  constructor(capacity: number, evicted?: (value: V) => void) {
    this.#capacity = capacity;
    this.#evicted = evicted;
  }

  #evictOldest(): void {
    const [key, value] = this.#entries.entries().next().value!;
    this.#entries.delete(key);
    this.#evicted?.(value);
  }

  /** The value for `key`, computing and remembering it on a miss. */
  get(key: K, create: () => V): V {
    let value = this.#entries.get(key);
    if (value !== undefined || this.#entries.has(key)) {
      this.#entries.delete(key); // re-inserted below as the most recent
    } else {
      value = create();
      if (this.#entries.size >= this.#capacity) this.#evictOldest();
    }
    this.#entries.set(key, value as V);
    return value as V;
  }

  /** Whether `key` is held (without touching its recency). */
  has(key: K): boolean {
    return this.#entries.has(key);
  }

  /** Remember `value` for `key` as the most recent entry. */
  set(key: K, value: V): void {
    this.#entries.delete(key);
    if (this.#entries.size >= this.#capacity) this.#evictOldest();
    this.#entries.set(key, value);
  }
}
