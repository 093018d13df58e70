/**
 * JSON of the vector files → protobuf init shapes, independent of the
 * generator: the .proto field names, bytes as lower-case hex, uint64 as
 * safe-integer numbers, enums by proto name, every field present, a oneof
 * member under its own name, ClientMessage.padding absent.
 */
import { expect } from 'vitest';
import { NexusError } from '../../src/index.js';
import { unhex } from '../helpers.js';

// The conversion is the conformance adapter's, so the SDK's tests and the
// adapter read the vector files alike.
export { fromFields } from '../../scripts/conformance/proto-fields.js';

export type Json = Record<string, unknown>;
export type Case = Json & { description: string; error?: string; result?: Json; encoding?: string };

/** Decoding `bytes` with `decode` throws NexusError `code`. */
export function expectRefused(c: Case, decode: (bytes: Uint8Array) => unknown): void {
  let thrown: unknown;
  try {
    decode(unhex(c.encoding!));
  } catch (err) {
    thrown = err;
  }
  expect(thrown, c.description).toBeInstanceOf(NexusError);
  expect((thrown as NexusError).code, c.description).toBe(c.error);
}
