import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toBinary } from '@bufbuild/protobuf';
import { encodeCanonical } from '../../src/wire/encode.js';
import { tableOf } from '../../src/wire/fields.js';
import { prng, randomMessage, schemas } from './random-message.js';

describe('the fast canonical encoder', () => {
  it(`covers every message schema (${schemas.length})`, () => {
    expect(schemas.length).toBeGreaterThanOrEqual(30);
  });

  for (const schema of schemas) {
    it(`${schema.typeName}: the same bytes as protobuf-es toBinary`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
          const message = randomMessage(schema, prng(seed)) as never;
          expect(encodeCanonical(tableOf(schema), message)).toEqual(toBinary(schema, message));
        }),
        { numRuns: 150 },
      );
    });
  }
});
