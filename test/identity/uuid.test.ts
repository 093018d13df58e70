import { describe, expect, it } from 'vitest';
import { ed25519 } from '@noble/curves/ed25519.js';
import { base58 } from '@scure/base';
import { createIdentity, isUuid, parseUuid, uuidFromPublicKey } from '../../src/index.js';
import { expectNexusErrorSync } from '../helpers.js';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

describe('UUID', () => {
  const { identity } = createIdentity();

  it('round-trips the identity key', () => {
    const parsed = parseUuid(identity.uuid);
    expect(parsed.publicKey).toEqual(identity.publicKey.bytes);
    expect(parsed.version).toBe(1);
    expect(uuidFromPublicKey(parsed.publicKey)).toBe(identity.uuid);
    expect(parseUuid(`  ${identity.uuid}\n`).uuid).toBe(identity.uuid);
    expect(isUuid(identity.uuid)).toBe(true);
  });

  it('rejects every single-character substitution (a mistyped UUID never names someone else)', () => {
    const uuid = identity.uuid;
    let rejected = 0;
    for (let i = 0; i < uuid.length; i++) {
      for (const c of BASE58) {
        if (c === uuid[i]) continue;
        const typo = uuid.slice(0, i) + c + uuid.slice(i + 1);
        expectNexusErrorSync(() => parseUuid(typo), 'INVALID_UUID');
        rejected++;
      }
    }
    expect(rejected).toBe(uuid.length * 57);
  });

  it('rejects transpositions, truncation, extension and foreign characters', () => {
    const u = identity.uuid;
    for (let i = 0; i + 1 < u.length; i++) {
      if (u[i] === u[i + 1]) continue;
      const swapped = u.slice(0, i) + u[i + 1] + u[i] + u.slice(i + 2);
      expectNexusErrorSync(() => parseUuid(swapped), 'INVALID_UUID');
    }
    for (const bad of [
      u.slice(1),
      u.slice(0, -1),
      u + '1',
      u.replace(/.$/, '0'),
      u.replace(/^./, 'O'),
      '',
      'x'.repeat(200),
    ]) {
      expectNexusErrorSync(() => parseUuid(bad), 'INVALID_UUID');
    }
    expectNexusErrorSync(() => parseUuid(42 as unknown as string), 'INVALID_UUID');
  });

  it('rejects an unknown version even with a correct-looking layout', () => {
    const bytes = base58.decode(identity.uuid);
    bytes[0] = 2;
    expectNexusErrorSync(() => parseUuid(base58.encode(bytes)), 'INVALID_UUID');
  });

  it('refuses to name a key that is not an Ed25519 point', () => {
    const notAPoint = new Uint8Array(32).fill(0xff);
    expectNexusErrorSync(() => uuidFromPublicKey(notAPoint), 'INVALID_KEY');
  });

  it('refuses to name a key of small order, which no signature verifies under (spec/identity.md §3)', () => {
    // Every small-order point, each of its encodings: [h]P for h = 0..7, with P of order 8.
    const order8 = ed25519.Point.fromHex(
      'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
    );
    for (let h = 0n; h < 8n; h++) {
      const point = h === 0n ? ed25519.Point.ZERO : order8.multiplyUnsafe(h);
      expect(point.isSmallOrder()).toBe(true);
      expectNexusErrorSync(() => uuidFromPublicKey(point.toBytes()), 'INVALID_KEY');
    }
  });
});

describe('UUID length', () => {
  it('is always 50 characters (37 bytes with a leading 0x01)', () => {
    for (let i = 0; i < 200; i++) expect(createIdentity().identity.uuid).toHaveLength(50);
  });
});
