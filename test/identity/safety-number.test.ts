import { describe, expect, it } from 'vitest';
import { createIdentity, safetyNumber, verifySafetyNumberPayload } from '../../src/index.js';
import { expectNexusErrorSync } from '../helpers.js';

describe('safety numbers', () => {
  const a = createIdentity().identity;
  const b = createIdentity().identity;
  const c = createIdentity().identity;

  it('are 60 digits in 12 groups, identical from both sides', () => {
    const ab = safetyNumber(a.uuid, b.uuid);
    const ba = safetyNumber(b.publicKey.bytes, a.publicKey.bytes);
    expect(ab.digits).toMatch(/^\d{60}$/);
    expect(ab.groups).toHaveLength(12);
    expect(ab.groups.join('')).toBe(ab.digits);
    expect(ba.digits).toBe(ab.digits);
    expect(ba.payload).toEqual(ab.payload);
  });

  it('differ for a different pair', () => {
    expect(safetyNumber(a.uuid, c.uuid).digits).not.toBe(safetyNumber(a.uuid, b.uuid).digits);
  });

  it('scanned payloads verify only for the right pair', () => {
    const scanned = safetyNumber(b.uuid, a.uuid).payload;
    expect(verifySafetyNumberPayload(a.uuid, b.uuid, scanned)).toBe(true);
    expect(verifySafetyNumberPayload(a.uuid, c.uuid, scanned)).toBe(false);
    expectNexusErrorSync(
      () => verifySafetyNumberPayload(a.uuid, b.uuid, scanned.subarray(1)),
      'MALFORMED',
    );
    expectNexusErrorSync(
      () => verifySafetyNumberPayload(a.uuid, b.uuid, new Uint8Array([...scanned, 0])),
      'MALFORMED',
    );
  });
});
