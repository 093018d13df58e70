import { sha256 } from '@noble/hashes/sha2.js';
import type { RandomSource } from '../../src/interfaces/runtime.js';

/**
 * Deterministic random bytes for vector generation: block i is
 * SHA-256(utf8(seed) || u32be(i)). Not for real keys.
 */
export function seededRandom(seed: string): RandomSource {
  const prefix = new TextEncoder().encode(seed);
  let counter = 0;
  let pool = new Uint8Array(0);
  return {
    randomBytes(length: number): Uint8Array {
      while (pool.length < length) {
        const block = new Uint8Array(prefix.length + 4);
        block.set(prefix);
        new DataView(block.buffer).setUint32(prefix.length, counter++);
        const next = new Uint8Array(pool.length + 32);
        next.set(pool);
        next.set(sha256(block), pool.length);
        pool = next;
      }
      const out = pool.slice(0, length);
      pool = pool.slice(length);
      return out;
    },
  };
}
