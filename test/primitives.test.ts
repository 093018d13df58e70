import { describe, expect, it } from 'vitest';
import { portableProvider, normalizeP256LowS } from '../src/primitives/provider.js';
import type { CryptoProvider } from '../src/primitives/provider.js';
import { KeyAgreementKeyPair } from '../src/index.js';
import { hex, readJson, unhex } from './helpers.js';

interface Wycheproof<T> {
  testGroups: ({
    tests: (T & { tcId: number; result: 'valid' | 'invalid' | 'acceptable'; flags: string[] })[];
  } & Record<string, unknown>)[];
}
const W = (name: string) =>
  readJson<Wycheproof<Record<string, string>>>(`../shared/vectors/wycheproof/${name}.json`);

// Every provider runs the same vectors; the native one joins this list in the E2EE-core issue.
const PROVIDERS: CryptoProvider[] = [portableProvider];

for (const p of PROVIDERS) {
  describe(`Wycheproof vectors: ${p.name} provider`, () => {
    it('Ed25519 verify (strict RFC 8032: every "invalid" case rejected)', () => {
      let n = 0;
      for (const g of W('ed25519_test').testGroups) {
        const pk = unhex((g.publicKey as { pk: string }).pk);
        for (const t of g.tests) {
          expect(p.ed25519Verify(pk, unhex(t.msg!), unhex(t.sig!)), `tcId ${t.tcId}`).toBe(
            t.result === 'valid',
          );
          n++;
        }
      }
      expect(n).toBe(151);
    });

    it('ECDSA P-256 P1363 verify: valid low-S accepted, high-S and invalid rejected', () => {
      const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
      let lowS = 0;
      for (const g of W('ecdsa_secp256r1_sha256_p1363_test').testGroups) {
        const pk = unhex((g.publicKey as { uncompressed: string }).uncompressed);
        for (const t of g.tests) {
          const sig = unhex(t.sig!);
          const s = sig.length === 64 ? BigInt('0x' + hex(sig.subarray(32))) : 0n;
          const expected = t.result === 'valid' && s <= N / 2n;
          if (expected) lowS++;
          expect(p.p256Verify(pk, unhex(t.msg!), sig), `tcId ${t.tcId}`).toBe(expected);
          // A valid high-S signature becomes acceptable after normalisation.
          if (t.result === 'valid' && s > N / 2n)
            expect(
              p.p256Verify(pk, unhex(t.msg!), normalizeP256LowS(sig)),
              `tcId ${t.tcId} normalised`,
            ).toBe(true);
        }
      }
      expect(lowS).toBeGreaterThan(10);
    });

    it('X25519', () => {
      for (const g of W('x25519_test').testGroups) {
        for (const t of g.tests) {
          const pair = KeyAgreementKeyPair.fromSecret(unhex(t.private!));
          let shared: string | null;
          try {
            shared = hex(pair.agree(unhex(t.public!)));
          } catch {
            shared = null;
          }
          if (t.result === 'valid') expect(shared, `tcId ${t.tcId}`).toBe(t.shared);
          // "acceptable" cases are low-order points giving an all-zero secret: we refuse those.
          if (t.result === 'acceptable' && t.shared === '0'.repeat(64))
            expect(shared, `tcId ${t.tcId}`).toBeNull();
        }
      }
    });

    it('XChaCha20-Poly1305', () => {
      for (const g of W('xchacha20_poly1305_test').testGroups) {
        for (const t of g.tests) {
          const key = unhex(t.key!);
          const iv = unhex(t.iv!);
          if (key.length !== 32 || iv.length !== 24) continue; // sizes our format never uses
          const opened = p.xchacha20poly1305Open(key, iv, unhex(t.ct! + t.tag!), unhex(t.aad!));
          if (t.result === 'valid') {
            expect(opened && hex(opened), `tcId ${t.tcId}`).toBe(t.msg);
            expect(hex(p.xchacha20poly1305Seal(key, iv, unhex(t.msg!), unhex(t.aad!)))).toBe(
              t.ct! + t.tag!,
            );
          } else {
            expect(opened, `tcId ${t.tcId}`).toBeNull();
          }
        }
      }
    });

    it('HKDF-SHA-256 and HMAC-SHA-256', () => {
      for (const g of W('hkdf_sha256_test').testGroups) {
        for (const t of g.tests) {
          if (t.result !== 'valid') continue; // invalid cases ask for more than 255*32 bytes
          expect(
            hex(p.hkdfSha256(unhex(t.ikm!), unhex(t.salt!), unhex(t.info!), Number(t.size))),
            `tcId ${t.tcId}`,
          ).toBe(t.okm);
        }
      }
      for (const g of W('hmac_sha256_test').testGroups) {
        for (const t of g.tests) {
          const tag = hex(p.hmacSha256(unhex(t.key!), unhex(t.msg!))).slice(0, t.tag!.length);
          expect(tag === t.tag, `tcId ${t.tcId}`).toBe(t.result === 'valid');
        }
      }
    });
  });
}

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
