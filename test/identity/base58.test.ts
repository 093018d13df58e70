import { base58 } from '@scure/base';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base58Decode, base58Encode } from '../../src/identity/base58.js';

describe('Base58 (UUIDs)', () => {
  it('writes and reads exactly what @scure/base does, leading zeros included', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.nat(4), (bytes, zeros) => {
        const input = new Uint8Array([...new Uint8Array(zeros), ...bytes]);
        const text = base58Encode(input);
        expect(text).toBe(base58.encode(input));
        expect(base58Decode(text)).toEqual(input);
      }),
      { numRuns: 2000 },
    );
    expect(base58Encode(new Uint8Array([0, 0, 1]))).toBe('112');
    expect(base58Decode('')).toEqual(new Uint8Array(0));
  });

  it('refuses a character outside the alphabet, as @scure/base does', () => {
    for (const text of ['0', 'O', 'I', 'l', 'abc+', ' 1']) {
      expect(() => base58.decode(text)).toThrow();
      expect(() => base58Decode(text)).toThrow();
    }
  });
});
