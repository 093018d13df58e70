// The one-pass canonical decoder (src/wire/decode.ts) against the path it
// replaces: fromBinary, re-encode, require the same bytes. Both must accept
// exactly the same inputs and return the same values.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { equals, fromBinary } from '@bufbuild/protobuf';
import type { DescMessage } from '@bufbuild/protobuf';
import { NexusError } from '../../src/index.js';
import { decodeCanonical } from '../../src/wire/decode.js';
import { encodeCanonical } from '../../src/wire/encode.js';
import { tableOf } from '../../src/wire/fields.js';
import { bytesEqual } from '../../src/primitives/bytes.js';
import { prng, randomMessage, schemas } from './random-message.js';

/** The slow path: the value, or null when the bytes are not canonical. */
function slow(schema: DescMessage, bytes: Uint8Array): unknown {
  try {
    const m = fromBinary(schema, bytes, { readUnknownFields: false });
    return bytesEqual(encodeCanonical(tableOf(schema), m), bytes) ? m : null;
  } catch {
    return null;
  }
}

function fast(schema: DescMessage, bytes: Uint8Array): unknown {
  try {
    return decodeCanonical(tableOf(schema), bytes);
  } catch (err) {
    if (NexusError.is(err, 'MALFORMED')) return null;
    throw err;
  }
}

/** A negative enum is a 10-byte varint: never a NexusLink value, refused by the fast path only. */
function hasNegativeEnum(bytes: Uint8Array): boolean {
  for (let i = 0; i + 9 < bytes.length; i++)
    if (bytes.subarray(i, i + 9).every((b) => b >= 0x80) && bytes[i + 9] === 0x01) return true;
  return false;
}

function mutate(bytes: Uint8Array, r: () => number): Uint8Array {
  const out = Array.from(bytes);
  const at = Math.floor(r() * (out.length + 1));
  switch (Math.floor(r() * 4)) {
    case 0:
      if (out.length) out[Math.min(at, out.length - 1)]! ^= 1 << Math.floor(r() * 8);
      break;
    case 1:
      out.splice(at, 1);
      break;
    case 2:
      out.splice(at, 0, Math.floor(r() * 256));
      break;
    default:
      out.push(...out.slice(0, Math.floor(r() * 4)));
  }
  return Uint8Array.from(out);
}

describe('the one-pass canonical decoder', () => {
  for (const schema of schemas) {
    it(`${schema.typeName}: accepts and returns what decode-and-re-encode does`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
          const r = prng(seed);
          const valid = encodeCanonical(tableOf(schema), randomMessage(schema, r) as never);
          for (const bytes of [valid, mutate(valid, r), mutate(mutate(valid, r), r)]) {
            const expected = slow(schema, bytes);
            const got = fast(schema, bytes);
            if (expected !== null && got === null && hasNegativeEnum(bytes)) continue;
            if (expected === null) expect(got, 'accepted what the slow path refuses').toBeNull();
            else expect(equals(schema, got as never, expected as never)).toBe(true);
          }
        }),
        { numRuns: 200 },
      );
    });
  }
});
