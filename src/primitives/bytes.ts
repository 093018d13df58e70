import { NexusError } from '../interfaces/errors.js';

const encoder = new TextEncoder();

/** UTF-8 bytes of `text`. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Concatenate byte arrays. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Constant-time equality of two byte arrays (time depends only on the lengths). */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Lower-case hex of `bytes`. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]!];
  return out;
}

/**
 * `bytes` as a string of one character per byte: a cheap Map key for short
 * byte strings (keys, digests, ids). `apply`, not a spread: spreading a
 * typed array goes through its iterator, several times slower.
 */
export function bytesKey(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4096)
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + 4096) as unknown as number[]);
  return out;
}

/** Bytes of a hex string; throws `MALFORMED` for odd length or non-hex characters. */
export function fromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
    throw new NexusError('MALFORMED', 'invalid hex string');
  }
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Overwrite `bytes` with zeros (best effort: JS engines may keep copies). */
export function wipe(...arrays: (Uint8Array | undefined)[]): void {
  for (const a of arrays) a?.fill(0);
}

// Written byte by byte: a DataView over a new small array makes V8 move the
// array's bytes off its heap first, which cost more than the rest of a call.

/** Big-endian encoding of a 32-bit unsigned integer (taken modulo 2^32, as `DataView.setUint32` does). */
export function u32be(n: number): Uint8Array {
  return Uint8Array.of(n >>> 24, n >>> 16, n >>> 8, n);
}

/** Eight bytes, big-endian (a uint64 such as a time in ms; taken modulo 2^64, as `DataView.setBigUint64` does). */
export function u64be(value: bigint): Uint8Array {
  const high = Number(BigInt.asUintN(32, value >> 32n));
  const low = Number(BigInt.asUintN(32, value));
  return Uint8Array.of(
    high >>> 24,
    high >>> 16,
    high >>> 8,
    high,
    low >>> 24,
    low >>> 16,
    low >>> 8,
    low,
  );
}
