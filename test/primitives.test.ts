import { describe, expect, it } from 'vitest';
import { portableProvider } from '../src/primitives/provider.js';
import { createNativeProvider } from '../src/primitives/native.js';
import type { CryptoProvider } from '../src/primitives/provider.js';

// The Wycheproof and RFC vectors for both providers are in primitives-native.test.ts.
const PROVIDERS: CryptoProvider[] = [portableProvider, createNativeProvider()].filter(
  (p) => p !== null,
);

describe('Ed25519 verification is cofactorless (as OpenSSL)', () => {
  it('rejects a signature whose R has a small-order component, which a cofactored verifier accepts', async () => {
    const { ed25519 } = await import('@noble/curves/ed25519.js');
    const { sha512 } = await import('@noble/hashes/sha2.js');
    const { createPublicKey, verify: nodeVerify, randomBytes } = await import('node:crypto');
    const L = ed25519.Point.Fn.ORDER;
    const le = (b: Uint8Array) => BigInt('0x' + (Buffer.from(b).reverse().toString('hex') || '0'));
    const toLE = (n: bigint) => Buffer.from(n.toString(16).padStart(64, '0'), 'hex').reverse();
    const { scalar: a, pointBytes: A } = ed25519.utils.getExtendedPublicKey(randomBytes(32));
    const T = ed25519.Point.fromHex(
      '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
    ); // order 8
    const msg = new Uint8Array([1, 2, 3]);
    let checked = 0;
    for (let i = 0; i < 64 && checked < 4; i++) {
      const r = le(randomBytes(64)) % L;
      const R = ed25519.Point.BASE.multiply(r).add(T).toBytes();
      const k = le(sha512(new Uint8Array([...R, ...A, ...msg]))) % L;
      if (k % 8n === 0n) continue; // then [k]T = 0 and the signature is honestly valid
      const sig = new Uint8Array([...R, ...toLE((r + k * a) % L)]);
      expect(
        ed25519.verify(sig, msg, A, { zip215: false }),
        'noble strict (cofactored) accepts it',
      ).toBe(true);
      const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(A)]);
      expect(
        nodeVerify(null, msg, createPublicKey({ key: spki, format: 'der', type: 'spki' }), sig),
      ).toBe(false);
      for (const p of PROVIDERS) expect(p.ed25519Verify(A, msg, sig), p.name).toBe(false);
      checked++;
    }
    expect(checked).toBe(4);
  });
});

describe('choosing the provider', () => {
  it('auto picks native under Node; portable and native can be forced; the choice changes nothing observable', async () => {
    const { activeCryptoProvider, useCryptoProvider, createIdentity, safetyNumber } =
      await import('../src/index.js');
    const a = createIdentity().identity;
    const b = createIdentity().identity;
    useCryptoProvider('auto');
    expect(activeCryptoProvider()).toBe('native');
    const native = safetyNumber(a.uuid, b.uuid).digits;
    useCryptoProvider('portable');
    expect(activeCryptoProvider()).toBe('portable');
    expect(safetyNumber(a.uuid, b.uuid).digits).toBe(native);
    useCryptoProvider('native');
    expect(activeCryptoProvider()).toBe('native');
  });
});
