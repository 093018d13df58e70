/**
 * Delivery of client events to the app: listeners per event type, and async
 * iterators that each see every event from the moment they were created.
 */

/** A minimal typed event hub. */
export class EventHub<E extends { readonly type: string }> {
  readonly #listeners = new Map<string, Set<(event: E) => void>>();
  readonly #iterators = new Set<{ push(event: E): void; end(): void }>();
  #closed = false;
  /** Called with a listener's exception (listeners must not break the client). */
  readonly #onListenerError: (error: unknown) => void;

  constructor(onListenerError: (error: unknown) => void) {
    this.#onListenerError = onListenerError;
  }

  on<T extends E['type'] | '*'>(
    type: T,
    listener: (event: T extends '*' ? E : Extract<E, { type: T }>) => void,
  ): () => void {
    let set = this.#listeners.get(type);
    if (!set) this.#listeners.set(type, (set = new Set()));
    const fn = listener as (event: E) => void;
    set.add(fn);
    return () => {
      set.delete(fn);
    };
  }

  emit(event: E): void {
    if (this.#closed) return;
    for (const type of [event.type, '*']) {
      for (const listener of this.#listeners.get(type) ?? []) {
        try {
          listener(event);
        } catch (err) {
          this.#onListenerError(err);
        }
      }
    }
    for (const it of this.#iterators) it.push(event);
  }

  iterate(): AsyncIterableIterator<E> {
    const buffer: E[] = [];
    let wake: (() => void) | null = null;
    let done = this.#closed;
    const entry = {
      push(event: E) {
        buffer.push(event);
        wake?.();
      },
      end() {
        done = true;
        wake?.();
      },
    };
    if (!done) this.#iterators.add(entry);
    const iterators = this.#iterators;
    const iterator: AsyncIterableIterator<E> = {
      async next(): Promise<IteratorResult<E>> {
        for (;;) {
          if (buffer.length > 0) return { value: buffer.shift()!, done: false };
          if (done) return { value: undefined, done: true };
          await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
        }
      },
      async return(): Promise<IteratorResult<E>> {
        iterators.delete(entry);
        buffer.length = 0;
        entry.end();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  close(): void {
    this.#closed = true;
    for (const it of this.#iterators) it.end();
    this.#iterators.clear();
    this.#listeners.clear();
  }
}
