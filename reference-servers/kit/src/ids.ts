/**
 * UUIDv7 ids (RFC 9562): 48 bits of Unix ms, then random bits, so ids sort
 * by creation time and index well. Within one millisecond a counter in the
 * random part keeps them increasing in this process.
 */
import { randomBytes } from 'node:crypto';

let lastMs = 0;
let counter = 0;

/** A new UUIDv7 as 16 bytes. */
export function uuidv7Bytes(now = Date.now()): Uint8Array {
  const bytes = new Uint8Array(randomBytes(16));
  if (now <= lastMs) {
    now = lastMs;
    counter++;
    if (counter > 0xfff) {
      now = ++lastMs; // 4096 ids in one ms: borrow the next ms
      counter = 0;
    }
  } else {
    lastMs = now;
    counter = 0;
  }
  const view = new DataView(bytes.buffer);
  view.setUint16(0, Math.floor(now / 2 ** 32));
  view.setUint32(2, now >>> 0);
  // version 7 and a 12-bit counter in rand_a; variant 10 in byte 8
  view.setUint16(6, 0x7000 | counter);
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return bytes;
}

/** A new UUIDv7 in its text form. */
export function uuidv7(now = Date.now()): string {
  return uuidText(uuidv7Bytes(now));
}

/** 16 bytes → `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`. */
export function uuidText(bytes: Uint8Array): string {
  const h = Buffer.from(bytes).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether `text` is an RFC 9562 UUID in lower-case text form. */
export function isUuidText(text: unknown): text is string {
  return typeof text === 'string' && UUID_RE.test(text);
}

/** Text → 16 bytes (the caller checked `isUuidText`). */
export function uuidBytes(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text.replaceAll('-', ''), 'hex'));
}
