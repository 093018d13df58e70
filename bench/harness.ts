// The one timing harness of the benchmarks: time-boxed loops (warm-up, then
// N samples of about a fixed duration each), ops/s as the median of the
// samples with their min–max spread. Bounded in count and in time.
import { performance } from 'node:perf_hooks';

/** One measurable operation, set up and ready to run. */
export interface Workload {
  /**
   * Untimed: make the next `count` operations possible (for example
   * generate fresh prekeys). Called between timed batches, never inside one.
   */
  prepare?(count: number): Promise<void>;
  /** One operation (one message): the timed work. */
  op(): Promise<void>;
}

export interface HarnessOptions {
  /** Wall time of the untimed-result warm-up (ms). */
  readonly warmupMs: number;
  /** How many samples the result is made of. */
  readonly samples: number;
  /** Timed duration of one sample (ms). */
  readonly sampleMs: number;
  /** Most operations in one batch (bounds what `prepare` has to make at once). */
  readonly maxBatch: number;
  /**
   * Wall-time cap per workload (ms), warm-up and `prepare` included: past it
   * no new sample round starts.
   */
  readonly capMs: number;
}

export interface Measurement {
  /** Median ops/s over the samples. */
  readonly opsPerSec: number;
  readonly min: number;
  readonly max: number;
  /** ops/s of each sample, in order. */
  readonly samples: readonly number[];
  /** Operations run in the samples (warm-up excluded). */
  readonly ops: number;
  /** Whether the wall-time cap cut the run short (fewer samples than asked). */
  readonly capped: boolean;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Run `count` operations (after an untimed `prepare`); returns the timed milliseconds. */
async function batch(w: Workload, count: number): Promise<number> {
  if (w.prepare) await w.prepare(count);
  const t0 = performance.now();
  for (let i = 0; i < count; i++) await w.op();
  return performance.now() - t0;
}

/** A workload and what must happen before each of its batches (select a crypto provider). */
export interface Entry {
  readonly workload: Workload;
  readonly activate?: () => void;
}

/**
 * Warm every workload up, then take `samples` rounds of one sample of about
 * `sampleMs` timed work from each, interleaved (the order rotating each
 * round), so that background load and drift hit every implementation alike
 * and the ratios between them stay meaningful on a busy machine.
 */
export async function measureInterleaved(
  entries: readonly Entry[],
  o: HarnessOptions,
): Promise<Measurement[]> {
  const start = performance.now();
  const cap = o.capMs * entries.length;
  const overCap = () => performance.now() - start > cap;
  const run = (e: Entry, count: number) => {
    e.activate?.();
    return batch(e.workload, count);
  };

  // Warm-up: doubling batches until each one's share of the warm-up time is spent.
  const perOp: number[] = [];
  for (const e of entries) {
    const t0 = performance.now();
    let size = 1;
    let ops = 0;
    let ms = 0;
    while (ops === 0 || (performance.now() - t0 < o.warmupMs && !overCap())) {
      ms += await run(e, size);
      ops += size;
      size = Math.min(o.maxBatch, size * 2);
    }
    perOp.push(Math.max(ms / ops, 1e-4));
  }

  const samples: number[][] = entries.map(() => []);
  const ops = entries.map(() => 0);
  for (let round = 0; round < o.samples && !(round > 0 && overCap()); round++) {
    for (let k = 0; k < entries.length; k++) {
      const i = (k + round) % entries.length;
      // Collect the garbage of whatever ran before (another implementation's,
      // often) outside the timer, so no one pays for another's allocations.
      await settle();
      let timed = 0;
      let count = 0;
      while (timed < o.sampleMs) {
        const n = Math.min(o.maxBatch, Math.max(1, Math.ceil((o.sampleMs - timed) / perOp[i]!)));
        timed += await run(entries[i]!, n);
        count += n;
      }
      perOp[i] = timed / count;
      samples[i]!.push((count / timed) * 1000);
      ops[i]! += count;
    }
  }
  return entries.map((_, i) => ({
    opsPerSec: median(samples[i]!),
    min: Math.min(...samples[i]!),
    max: Math.max(...samples[i]!),
    samples: samples[i]!,
    ops: ops[i]!,
    capped: samples[i]!.length < o.samples,
  }));
}

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * A full garbage collection when Node runs with `--expose-gc` (`npm run
 * bench` does), then a turn of the event loop so native finalizers (the
 * libsignal-client handles) run too.
 */
async function settle(): Promise<void> {
  if (!gc) return;
  gc();
  await new Promise((resolve) => setImmediate(resolve));
}

/** Checks decrypted plaintexts: a benchmark that silently fails is worthless. */
export class PlaintextCheck {
  checked = 0;
  constructor(readonly label: string) {}

  /** Throws unless `got` equals `want` byte for byte. */
  equal(got: Uint8Array, want: Uint8Array): void {
    if (!Buffer.from(got.buffer, got.byteOffset, got.byteLength).equals(want))
      throw new Error(`${this.label}: decrypted plaintext differs from the original`);
    this.checked++;
  }

  /**
   * Counts an operation that had to fail (a forged message) and did, the
   * way it should (`expected`: the right error); throws otherwise.
   */
  refused(expected: boolean, error: unknown): void {
    if (!expected)
      throw new Error(
        error === undefined
          ? `${this.label}: a forged message was accepted`
          : `${this.label}: a forged message failed with an unexpected error: ${String(error)}`,
        { cause: error },
      );
    this.checked++;
  }
}

/** `count` distinct random messages of `size` bytes, used in turn by the workloads. */
export function messages(count: number, size: number): Uint8Array<ArrayBuffer>[] {
  return Array.from({ length: count }, () => {
    const m = new Uint8Array(size);
    globalThis.crypto.getRandomValues(m);
    return m;
  });
}

/**
 * A first-in first-out queue of prepared operations (envelopes to deliver,
 * material for a session): `put` is untimed set-up, `take` is O(1).
 */
export class Queue<T> {
  #items: (T | undefined)[] = [];
  #head = 0;

  get length(): number {
    return this.#items.length - this.#head;
  }

  /** Appends `items` in order (dropping the taken slots now and then, so the array stays small). */
  put(...items: T[]): void {
    if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    this.#items.push(...items);
  }

  /** The oldest item; throws when empty (a workload took more than it prepared). */
  take(): T {
    if (this.#head >= this.#items.length) throw new Error('queue: nothing prepared');
    const item = this.#items[this.#head]!;
    this.#items[this.#head++] = undefined;
    return item;
  }
}

/** Cycles through `items`. */
export function cycle<T>(items: readonly T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length]!;
}
