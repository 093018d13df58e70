/** A bounded least-recently-used map. */
export class Lru<K, V> {
  readonly #entries = new Map<K, V>();
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  /** The value for `key`, computing and remembering it on a miss. */
  get(key: K, create: () => V): V {
    let value = this.#entries.get(key);
    if (value !== undefined || this.#entries.has(key)) {
      this.#entries.delete(key); // re-inserted below as the most recent
    } else {
      value = create();
      if (this.#entries.size >= this.#capacity)
        this.#entries.delete(this.#entries.keys().next().value!);
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
    if (this.#entries.size >= this.#capacity)
      this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, value);
  }
}
