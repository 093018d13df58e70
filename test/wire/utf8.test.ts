import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readUtf8, utf8Length, writeUtf8 } from '../../src/wire/utf8.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Every kind of UTF-16 string: ASCII, the BMP, astral pairs, and lone surrogates. */
const strings = fc.oneof(
  fc.string({ unit: 'grapheme-ascii', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.integer({ min: 0xd700, max: 0xe000 }).map((c) => String.fromCharCode(c)) }),
);

describe('wire UTF-8', () => {
  it('counts and writes exactly what TextEncoder does, lone surrogates included', () => {
    fc.assert(
      fc.property(strings, fc.nat(8), (s, at) => {
        const expected = encoder.encode(s);
        expect(utf8Length(s)).toBe(expected.length);
        const out = new Uint8Array(at + expected.length);
        expect(writeUtf8(out, at, s)).toBe(at + expected.length);
        expect(out.subarray(at)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
    expect(utf8Length('a\ud800')).toBe(4);
    expect(utf8Length('\ud83d\ude00')).toBe(4);
  });

  it('decodes as a fatal TextDecoder does, short or long, and throws on malformed bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        let expected: string | TypeError;
        try {
          expected = decoder.decode(bytes);
        } catch (err) {
          expected = err as TypeError;
        }
        if (typeof expected === 'string') expect(readUtf8(bytes)).toBe(expected);
        else expect(() => readUtf8(bytes)).toThrow(TypeError);
      }),
      { numRuns: 2000 },
    );
    expect(readUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('\ufeffA');
    expect(() => readUtf8(new Uint8Array([0x41, 0xff]))).toThrow(TypeError);
  });
});
