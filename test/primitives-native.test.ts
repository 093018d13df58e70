import * as nodeCrypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ed25519 } from '@noble/curves/ed25519.js';
import {
  crypto,
  isValidEd25519Point,
  normalizeP256LowS,
  portableProvider,
  setCryptoProvider,
} from '../src/primitives/provider.js';
import type { CryptoProvider } from '../src/primitives/provider.js';
import {
  createNativeProvider,
  NATIVE_CHOICES,
  nativeSourcesOf,
  nodeCryptoProvider,
} from '../src/primitives/native.js';
import { loadSodium } from '../src/primitives/sodium.js';
import type { PrimitiveName } from '../src/primitives/native.js';
import { hex, readJson, unhex } from './helpers.js';

interface Wycheproof<T> {
  testGroups: ({
    tests: (T & { tcId: number; result: 'valid' | 'invalid' | 'acceptable'; flags: string[] })[];
  } & Record<string, unknown>)[];
}
const W = (name: string) =>
  readJson<Wycheproof<Record<string, string>>>(`test-vectors/external/wycheproof/${name}.json`);

const native = createNativeProvider()!;
const allNode = nodeCryptoProvider(nodeCrypto);
const PRIMITIVES = Object.keys(portableProvider).filter((k) => k !== 'name') as PrimitiveName[];

// The native provider (libsodium where it is chosen), and every node:crypto
// implementation, so a choice in NATIVE_CHOICES can be flipped without
// losing coverage.
const PROVIDERS: CryptoProvider[] = [portableProvider, native, allNode];

// Random inputs come from a seeded generator (SHA-512 in counter mode); the
// seed is in the suite's name, and PRIMITIVES_SEED=<hex> replays a failure.
const SEED = process.env.PRIMITIVES_SEED ?? nodeCrypto.randomBytes(8).toString('hex');
let counter = 0;
const random = (n: number): Uint8Array => {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 64)
    out.set(
      nodeCrypto
        .createHash('sha512')
        .update(`${SEED}:${counter++}`)
        .digest()
        .subarray(0, n - i),
      i,
    );
  return out;
};
/** 0..max inclusive (modulo bias is harmless here). */
const randomInt = (max: number) => new DataView(random(4).buffer).getUint32(0) % (max + 1);
const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const be32 = (n: bigint) => unhex(n.toString(16).padStart(64, '0'));
const le32 = (n: bigint) => be32(n).reverse();

/** Runs `f`, turning a throw into the string 'throws' so two providers' behaviour can be compared. */
function outcome(f: () => unknown): unknown {
  try {
    const r = f();
    return r instanceof Uint8Array ? hex(r) : r;
  } catch {
    return 'throws';
  }
}

describe('provider selection', () => {
  it('crypto() picks the native provider under Node', () => {
    expect(createNativeProvider()).not.toBeNull();
    expect(crypto().name).toBe('native');
  });

  it('setCryptoProvider still overrides it', () => {
    const before = crypto();
    setCryptoProvider(portableProvider);
    try {
      expect(crypto()).toBe(portableProvider);
    } finally {
      setCryptoProvider(before);
    }
    expect(crypto()).toBe(before);
  });

  it('every primitive uses the implementation NATIVE_CHOICES names (all self-tests pass here)', () => {
    expect(loadSodium(), 'sodium-native is installed with the dev dependencies').not.toBeNull();
    const sources = nativeSourcesOf(native)!;
    for (const name of PRIMITIVES) {
      expect(typeof native[name], name).toBe('function');
      expect(sources[name], name).toBe(NATIVE_CHOICES[name]);
      if (sources[name] === 'portable') expect(native[name], name).toBe(portableProvider[name]);
      if (sources[name] === 'node:crypto')
        expect(native[name], name).not.toBe(portableProvider[name]);
    }
  });

  it('without libsodium, node:crypto takes over every primitive libsodium had', () => {
    const nodeOnly = createNativeProvider({ sodium: false })!;
    const sources = nativeSourcesOf(nodeOnly)!;
    for (const name of PRIMITIVES)
      expect(sources[name], name).toBe(
        NATIVE_CHOICES[name] === 'libsodium' ? 'node:crypto' : NATIVE_CHOICES[name],
      );
    const seed = new Uint8Array(32).fill(7);
    expect(hex(nodeOnly.ed25519Sign(seed, seed))).toBe(hex(native.ed25519Sign(seed, seed)));
  });
});

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
      let lowS = 0;
      for (const g of W('ecdsa_secp256r1_sha256_p1363_test').testGroups) {
        const pk = unhex((g.publicKey as { uncompressed: string }).uncompressed);
        for (const t of g.tests) {
          const sig = unhex(t.sig!);
          const s = sig.length === 64 ? BigInt('0x' + hex(sig.subarray(32))) : 0n;
          const expected = t.result === 'valid' && s <= N / 2n;
          if (expected) lowS++;
          expect(p.p256Verify(pk, unhex(t.msg!), sig), `tcId ${t.tcId}`).toBe(expected);
          if (t.result === 'valid' && s > N / 2n)
            expect(p.p256Verify(pk, unhex(t.msg!), normalizeP256LowS(sig)), `tcId ${t.tcId}`).toBe(
              true,
            );
        }
      }
      expect(lowS).toBeGreaterThan(10);
    });

    it('X25519: every case gives the listed secret, or null when it is all zero', () => {
      let zero = 0;
      for (const g of W('x25519_test').testGroups) {
        for (const t of g.tests) {
          // "acceptable" cases (twist points, non-canonical u) have one right answer too.
          const shared = p.x25519(unhex(t.private!), unhex(t.public!));
          if (t.shared === '0'.repeat(64)) {
            expect(shared, `tcId ${t.tcId}`).toBeNull();
            zero++;
          } else {
            expect(shared && hex(shared), `tcId ${t.tcId}`).toBe(t.shared);
          }
        }
      }
      expect(zero).toBeGreaterThan(20);
    });

    for (const [file, nonceSize, seal, open] of [
      ['chacha20_poly1305_test', 12, 'chacha20poly1305Seal', 'chacha20poly1305Open'],
      ['xchacha20_poly1305_test', 24, 'xchacha20poly1305Seal', 'xchacha20poly1305Open'],
    ] as const) {
      it(file, () => {
        let valid = 0;
        for (const g of W(file).testGroups) {
          for (const t of g.tests) {
            const key = unhex(t.key!);
            const iv = unhex(t.iv!);
            const aad = unhex(t.aad!);
            const opened = p[open](key, iv, unhex(t.ct! + t.tag!), aad);
            if (key.length !== 32 || iv.length !== nonceSize) {
              // Sizes the RFC does not define: sealing refuses, opening fails.
              expect(t.result, `tcId ${t.tcId}`).toBe('invalid');
              expect(opened, `tcId ${t.tcId}`).toBeNull();
              expect(() => p[seal](key, iv, unhex(t.msg!), aad), `tcId ${t.tcId}`).toThrow();
            } else if (t.result === 'valid') {
              expect(opened && hex(opened), `tcId ${t.tcId}`).toBe(t.msg);
              expect(hex(p[seal](key, iv, unhex(t.msg!), aad)), `tcId ${t.tcId}`).toBe(
                t.ct! + t.tag!,
              );
              valid++;
            } else {
              expect(opened, `tcId ${t.tcId}`).toBeNull();
            }
          }
        }
        expect(valid).toBeGreaterThan(200);
      });
    }

    it('HKDF-SHA-256 and HMAC-SHA-256', () => {
      for (const g of W('hkdf_sha256_test').testGroups) {
        for (const t of g.tests) {
          const okm = () => p.hkdfSha256(unhex(t.ikm!), unhex(t.salt!), unhex(t.info!), +t.size!);
          // The invalid cases ask for more than 255 * 32 bytes.
          if (t.result === 'valid') expect(hex(okm()), `tcId ${t.tcId}`).toBe(t.okm);
          else expect(okm, `tcId ${t.tcId}`).toThrow();
        }
      }
      for (const g of W('hmac_sha256_test').testGroups) {
        for (const t of g.tests) {
          const tag = hex(p.hmacSha256(unhex(t.key!), unhex(t.msg!))).slice(0, t.tag!.length);
          expect(tag === t.tag, `tcId ${t.tcId}`).toBe(t.result === 'valid');
        }
      }
    });

    it('ML-KEM-1024: keys from seeds, decapsulation (implicit rejection), size checks', () => {
      let decapsulated = 0;
      for (const g of W('mlkem_1024_test').testGroups) {
        for (const t of g.tests) {
          const seed = unhex(t.seed!);
          const c = unhex(t.c!);
          if (seed.length !== 64) {
            expect(t.result).toBe('invalid');
            expect(() => p.mlKem1024PublicKey(seed), `tcId ${t.tcId}`).toThrow();
            expect(() => p.mlKem1024Decapsulate(seed, c), `tcId ${t.tcId}`).toThrow();
            continue;
          }
          if (t.ek) expect(hex(p.mlKem1024PublicKey(seed)), `tcId ${t.tcId}`).toBe(t.ek);
          if (c.length !== 1568) {
            expect(t.result).toBe('invalid');
            expect(() => p.mlKem1024Decapsulate(seed, c), `tcId ${t.tcId}`).toThrow();
            continue;
          }
          // Valid, including random and bit-flipped ciphertexts: K is then J(z || c).
          expect(t.result).toBe('valid');
          expect(hex(p.mlKem1024Decapsulate(seed, c)), `tcId ${t.tcId}`).toBe(t.K);
          decapsulated++;
        }
      }
      expect(decapsulated).toBe(153);
    });
  });

  describe(`RFC vectors: ${p.name} provider`, () => {
    it('RFC 7748 §5.2: X25519 function and iterations', () => {
      for (const [k, u, out] of [
        [
          'a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4',
          'e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c',
          'c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552',
        ],
        [
          '4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d',
          'e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493',
          '95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957',
        ],
      ])
        expect(hex(p.x25519(unhex(k!), unhex(u!))!)).toBe(out);

      let k = unhex('09'.padEnd(64, '0'));
      let u = k;
      for (let i = 1; i <= 1000; i++) {
        [k, u] = [p.x25519(k, u)!, k];
        if (i === 1)
          expect(hex(k)).toBe('422c8e7a6227d7bca1350b3e2bb7279f7897b87bb6854b783c60e80311ae3079');
      }
      expect(hex(k)).toBe('684cf59ba83309552800ef566f2f4d3c1c3887c49360e3875f2eb94d99532c51');
    });

    it('RFC 7748 §6.1: Diffie-Hellman', () => {
      const alice = unhex('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a');
      const bob = unhex('5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb');
      const alicePublic = p.x25519PublicKey(alice);
      const bobPublic = p.x25519PublicKey(bob);
      expect(hex(alicePublic)).toBe(
        '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a',
      );
      expect(hex(bobPublic)).toBe(
        'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f',
      );
      const shared = '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742';
      expect(hex(p.x25519(alice, bobPublic)!)).toBe(shared);
      expect(hex(p.x25519(bob, alicePublic)!)).toBe(shared);
    });

    it('RFC 8032 §7.1: Ed25519 tests 1, 2, 3 and 1024', () => {
      for (const [secret, publicKey, message, signature] of RFC8032) {
        const msg = unhex(message);
        expect(hex(p.ed25519PublicKey(unhex(secret)))).toBe(publicKey);
        expect(hex(p.ed25519Sign(unhex(secret), msg))).toBe(signature);
        expect(p.ed25519Verify(unhex(publicKey), msg, unhex(signature))).toBe(true);
        const tampered = unhex(signature);
        tampered[0]! ^= 1;
        expect(p.ed25519Verify(unhex(publicKey), msg, tampered)).toBe(false);
      }
    });

    it('RFC 5869 §A.1-A.3: HKDF-SHA-256 (and its HMAC extract step)', () => {
      for (const [ikm, salt, info, length, prk, okm] of RFC5869) {
        expect(hex(p.hmacSha256(unhex(salt || '00'.repeat(32)), unhex(ikm)))).toBe(prk);
        expect(hex(p.hkdfSha256(unhex(ikm), unhex(salt), unhex(info), length))).toBe(okm);
      }
    });
  });
}

/** What isValidEd25519Point decides with a provider's fast check (its cache bypassed). */
function canonicalAndOnCurve(bytes: Uint8Array, onCurve: (b: Uint8Array) => boolean): boolean {
  const original = crypto();
  setCryptoProvider({ ...original, ed25519DecodesOnCurve: onCurve });
  try {
    return isValidEd25519Point(Uint8Array.from([...bytes]));
  } finally {
    setCryptoProvider(original);
  }
}

describe(`native and portable providers agree (PRIMITIVES_SEED=${SEED})`, () => {
  const both = (f: (p: CryptoProvider) => unknown, label: string) =>
    expect(
      outcome(() => f(native)),
      label,
    ).toEqual(outcome(() => f(portableProvider)));

  it('deterministic primitives give byte-identical output on random inputs', () => {
    for (let i = 0; i < 40; i++) {
      const data = random([0, 1, 64, 1000, randomInt(3000)][i % 5]!);
      const key = random([0, 16, 32, 64, 65, 200][i % 6]!);
      const seed = random(32);
      const kemSeed = random(64);
      const peer = portableProvider.x25519PublicKey(random(32));
      both((p) => p.sha256(data), 'sha256');
      both((p) => p.sha512(data), 'sha512');
      both((p) => p.hmacSha256(key, data), 'hmacSha256');
      // One key for several inputs: the same bytes as one hmacSha256 per input.
      const inputs = [data, key, data.subarray(0, 1), random(2000)];
      both((p) => p.hmacSha256Each(key, inputs), 'hmacSha256Each');
      expect(native.hmacSha256Each(key, inputs).map(hex)).toEqual(
        inputs.map((d) => hex(portableProvider.hmacSha256(key, d))),
      );
      expect(native.hmacSha256Each(key, [])).toEqual([]);
      both((p) => p.hmacSha512(key, data), 'hmacSha512');
      // Info past 1024 bytes and length 0 are where node:crypto's HKDF would differ.
      const info = random([0, 10, 1024, 1025, 2000][i % 5]!);
      const length = [0, 1, 32, 255 * 32, 255 * 32 + 1][i % 5]!;
      both((p) => p.hkdfSha256(key, data.subarray(0, 40), info, length), 'hkdf');
      both((p) => p.ed25519PublicKey(seed), 'ed25519PublicKey');
      both((p) => p.ed25519Sign(seed, data), 'ed25519Sign');
      both((p) => p.p256PublicKey(seed), 'p256PublicKey');
      both((p) => p.x25519PublicKey(seed), 'x25519PublicKey');
      both((p) => p.x25519(seed, peer), 'x25519');
      const u = random(32); // half of them with the top bit set, which RFC 7748 masks
      both((p) => p.x25519(seed, u), 'x25519 (any u)');
      both((p) => p.mlKem1024PublicKey(kemSeed), 'mlKem1024PublicKey');
      const ek = portableProvider.mlKem1024PublicKey(kemSeed);
      const m = random(32);
      both((p) => hex(p.mlKem1024Encapsulate(ek, m).ciphertext), 'encapsulate with randomness');
      const forged = random(1568);
      both((p) => p.mlKem1024Decapsulate(kemSeed, forged), 'implicit rejection');
      const nonce = random(12);
      const xnonce = random(24);
      const ad = random(i % 3 === 0 ? 0 : 20);
      both((p) => p.chacha20poly1305Seal(seed, nonce, data, ad), 'chacha20poly1305Seal');
      both((p) => p.xchacha20poly1305Seal(seed, xnonce, data, ad), 'xchacha20poly1305Seal');
      // With an output buffer: the same bytes, written there, and that buffer returned.
      for (const p of [native, portableProvider]) {
        const output = new Uint8Array(data.length + 16);
        const sealed = p.xchacha20poly1305Seal(seed, xnonce, data, ad, output);
        expect(sealed).toBe(output);
        expect(hex(output)).toBe(
          hex(portableProvider.xchacha20poly1305Seal(seed, xnonce, data, ad)),
        );
      }
    }
  });

  it('what one signs, seals or encapsulates, the other verifies, opens or decapsulates', () => {
    for (let i = 0; i < 20; i++) {
      const message = random(randomInt(300));
      const secret = random(32);
      const kemSeed = random(64);
      for (const [a, b] of [
        [native, portableProvider],
        [portableProvider, native],
      ] as const) {
        const p256Signature = a.p256Sign(secret, message);
        const p256Key = a.p256PublicKey(secret);
        expect(b.p256Verify(p256Key, message, p256Signature)).toBe(true);
        expect(
          b.p256Verify(portableProvider.p256PublicKey(random(32)), message, p256Signature),
        ).toBe(false);
        const edSignature = a.ed25519Sign(secret, message);
        expect(b.ed25519Verify(a.ed25519PublicKey(secret), message, edSignature)).toBe(true);
        const forged = edSignature.slice();
        forged[randomInt(63)]! ^= 1 << randomInt(7);
        expect(b.ed25519Verify(a.ed25519PublicKey(secret), message, forged)).toBe(false);

        const { ciphertext, sharedSecret } = a.mlKem1024Encapsulate(a.mlKem1024PublicKey(kemSeed));
        expect(hex(b.mlKem1024Decapsulate(kemSeed, ciphertext))).toBe(hex(sharedSecret));

        const nonce = random(12);
        const sealed = a.chacha20poly1305Seal(secret, nonce, message, nonce);
        expect(hex(b.chacha20poly1305Open(secret, nonce, sealed, nonce)!)).toBe(hex(message));
        sealed[randomInt(sealed.length - 1)]! ^= 1;
        expect(b.chacha20poly1305Open(secret, nonce, sealed, nonce)).toBeNull();
        const xnonce = random(24);
        const xsealed = a.xchacha20poly1305Seal(secret, xnonce, message, nonce);
        expect(hex(b.xchacha20poly1305Open(secret, xnonce, xsealed, nonce)!)).toBe(hex(message));
        expect(b.xchacha20poly1305Open(secret, xnonce, xsealed, xnonce)).toBeNull();
      }
    }
  });

  it('P-256 signatures from node:crypto are low-S, and a high-S one is refused by both', () => {
    const secret = random(32);
    const publicKey = native.p256PublicKey(secret);
    for (let i = 0; i < 30; i++) {
      const message = random(32);
      const sig = native.p256Sign(secret, message);
      expect(BigInt('0x' + hex(sig.subarray(32)))).toBeLessThanOrEqual(N / 2n);
      const highS = sig.slice();
      highS.set(be32(N - BigInt('0x' + hex(sig.subarray(32)))), 32);
      for (const p of PROVIDERS)
        expect(p.p256Verify(publicKey, message, highS), p.name).toBe(false);
    }
  });

  it('the fast Ed25519 point check decides exactly as noble’s strict decoding', () => {
    const check = native.ed25519DecodesOnCurve;
    expect(check, 'libsodium gives the native provider a fast point check').toBeDefined();
    const strict = (b: Uint8Array) => {
      try {
        ed25519.Point.fromBytes(b, false).assertValidity();
        return true;
      } catch {
        return false;
      }
    };
    const p = 2n ** 255n - 19n;
    const le = (n: bigint, sign = false) => {
      const b = new Uint8Array(32);
      for (let i = 0; i < 32; i++) b[i] = Number((n >> BigInt(8 * i)) & 0xffn);
      if (sign) b[31]! |= 0x80;
      return b;
    };
    const inputs: Uint8Array[] = [
      le(1n),
      le(1n, true),
      le(p - 1n),
      le(p - 1n, true),
      le(p),
      le(p + 1n),
      le(p + 2n, true),
      le(2n ** 255n - 1n),
      le(0n),
      le(0n, true),
      le(2n),
      ...[0, 1, 2, 3].map(() => ed25519.getPublicKey(random(32))),
    ];
    for (const key of inputs.slice(-4)) {
      const flipped = key.slice();
      flipped[31]! ^= 0x80;
      inputs.push(flipped);
    }
    for (let i = 0; i < 400; i++) inputs.push(random(32));
    for (const b of inputs)
      expect(
        (b[31]! & 0x7f) <= 0x7f && canonicalAndOnCurve(b, check!),
        Buffer.from(b).toString('hex'),
      ).toBe(strict(b));
  });

  it('edge inputs: the same results, refusals and throws', () => {
    const seed = random(32);
    const message = random(10);
    const p256Key = portableProvider.p256PublicKey(seed);
    const uncompressed = nodeCrypto.ECDH.convertKey(
      p256Key,
      'prime256v1',
      undefined,
      undefined,
      'uncompressed',
    ) as Buffer;
    const hybrid = new Uint8Array(uncompressed);
    hybrid[0] = 6 + (hybrid[64]! & 1); // OpenSSL accepts this SEC1 "hybrid" form; noble does not
    const p256Signature = portableProvider.p256Sign(seed, message);
    const cases: [string, (p: CryptoProvider) => unknown][] = [
      ['x25519 short secret', (p) => p.x25519(random(31), random(32))],
      ['x25519 long public key', (p) => p.x25519(seed, random(33))],
      ['x25519PublicKey short', (p) => p.x25519PublicKey(random(31))],
      ['ed25519PublicKey short', (p) => p.ed25519PublicKey(random(31))],
      ['ed25519Sign long seed', (p) => p.ed25519Sign(random(33), message)],
      ['ed25519Verify short signature', (p) => p.ed25519Verify(random(32), message, random(63))],
      ['ed25519Verify short key', (p) => p.ed25519Verify(random(31), message, random(64))],
      ['p256 uncompressed key', (p) => p.p256Verify(uncompressed, message, p256Signature)],
      ['p256 hybrid key', (p) => p.p256Verify(hybrid, message, p256Signature)],
      [
        'p256 key of 64 bytes',
        (p) => p.p256Verify(uncompressed.subarray(1), message, p256Signature),
      ],
      ['p256 signature of 65 bytes', (p) => p.p256Verify(p256Key, message, random(65))],
      [
        'p256 r = 0',
        (p) =>
          p.p256Verify(
            p256Key,
            message,
            new Uint8Array([...new Uint8Array(32), ...p256Signature.subarray(32)]),
          ),
      ],
      ['mlkem seed of 32 bytes', (p) => p.mlKem1024PublicKey(random(32))],
      ['mlkem ciphertext of 1567 bytes', (p) => p.mlKem1024Decapsulate(random(64), random(1567))],
      ['mlkem public key of 1567 bytes', (p) => p.mlKem1024Encapsulate(random(1567))],
      [
        'chacha 8-byte nonce seal',
        (p) => p.chacha20poly1305Seal(seed, random(8), message, message),
      ],
      [
        'chacha 8-byte nonce open',
        (p) => p.chacha20poly1305Open(seed, random(8), random(30), message),
      ],
      [
        'chacha 16-byte key',
        (p) => p.chacha20poly1305Seal(random(16), random(12), message, message),
      ],
      [
        'chacha open of 15 bytes',
        (p) => p.chacha20poly1305Open(seed, random(12), random(15), message),
      ],
      ['xchacha 12-byte nonce', (p) => p.xchacha20poly1305Seal(seed, random(12), message, message)],
      [
        'xchacha open of 16 bytes',
        (p) => p.xchacha20poly1305Open(seed, random(24), random(16), message),
      ],
      [
        'empty message, empty AD',
        (p) =>
          p.chacha20poly1305Seal(seed, seed.subarray(0, 12), new Uint8Array(0), new Uint8Array(0)),
      ],
    ];
    for (const scalar of [0n, 1n, N - 1n, N, N + 1n, 2n ** 256n - 1n])
      cases.push(
        [`p256PublicKey(${scalar})`, (p) => p.p256PublicKey(be32(scalar))],
        [
          `p256Sign(${scalar})`,
          (p) => p.p256Verify(p256Key, message, p.p256Sign(be32(scalar), message)),
        ],
      );
    for (const [label, f] of cases) both(f, label);
    // A sanity check that the cases above really reach both outcomes.
    expect(outcome(() => native.p256PublicKey(be32(0n)))).toBe('throws');
    expect(native.p256Verify(uncompressed, message, p256Signature)).toBe(true);
  });

  it('ML-KEM: an encapsulation key with a coefficient >= q is refused by both (FIPS 203 §7.2)', () => {
    const ek = portableProvider.mlKem1024PublicKey(random(64));
    ek[0] = 0xff;
    ek[1]! |= 0x0f; // first 12-bit coefficient = 4095
    for (const p of PROVIDERS) expect(() => p.mlKem1024Encapsulate(ek), p.name).toThrow();
  });

  it('Ed25519: a small-order or non-canonical public key is refused even where a signature "verifies"', () => {
    // With A of small order, [k]A vanishes whenever k = 0 mod 8 (always, for
    // the identity), so R = [S]B is a valid signature on any message under a
    // cofactored verifier. OpenSSL 3.5 refuses these keys itself; native.ts
    // checks them anyway so the verdict does not hang on the OpenSSL version.
    const S = 0x1234567890abcdefn;
    const R = ed25519.Point.BASE.multiply(S).toBytes();
    const signature = new Uint8Array([...R, ...le32(S)]);
    const T = ed25519.Point.fromHex(
      '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
    ); // order 8
    const smallOrder = [1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n].map((i) => T.multiply(i).toBytes());
    const p = 2n ** 255n - 19n;
    const nonCanonical = [0n, 1n].map((d) => le32(p + d)); // y = p + d: the small-order y = d
    const keys = [...smallOrder, ...nonCanonical].flatMap((k) => {
      const negative = k.slice(); // the sign bit set: x = 0 for some, which is non-canonical too
      negative[31]! ^= 0x80;
      return [k, negative];
    });
    for (const A of keys) {
      for (let i = 0; i < 8; i++) {
        const message = new Uint8Array([i]);
        for (const provider of PROVIDERS)
          expect(provider.ed25519Verify(A, message, signature), `${provider.name} ${hex(A)}`).toBe(
            false,
          );
      }
    }
    // The inputs are real forgeries: a lenient (ZIP-215) verifier takes them.
    expect(ed25519.verify(signature, new Uint8Array([0]), smallOrder[7]!, { zip215: true })).toBe(
      true,
    );
  });

  it('Ed25519: a small-order R is refused even where the equation holds', () => {
    // The cofactorless equation alone accepts R = identity when [S]B = [k]A.
    // Forge one with A = [a]B and S = k·a; libsodium and OpenSSL 3.5 refuse
    // it, and spec/identity.md §1 says every provider must.
    const L = ed25519.Point.Fn.ORDER;
    const a = 0x0123456789abcdef0123456789abcdefn;
    const A = ed25519.Point.BASE.multiply(a).toBytes();
    const T = ed25519.Point.fromHex(
      '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
    );
    for (const R of [ed25519.Point.ZERO.toBytes(), T.toBytes()]) {
      const message = random(16);
      const k =
        BigInt(
          `0x${hex(nodeCrypto.createHash('sha512').update(R).update(A).update(message).digest().reverse())}`,
        ) % L;
      const signature = new Uint8Array([...R, ...le32((k * a) % L)]);
      for (const p of PROVIDERS)
        expect(p.ed25519Verify(A, message, signature), `${p.name} ${hex(R)}`).toBe(false);
      if (R[0] === 1) {
        // A real forgery: the bare equation holds.
        const sB = ed25519.Point.BASE.multiply((k * a) % L);
        expect(sB.equals(ed25519.Point.fromBytes(A).multiply(k))).toBe(true);
      }
    }
  });

  it('results are plain Uint8Arrays that own their memory (never views into a Buffer pool)', () => {
    const seed = random(32);
    const outputs = [
      native.randomBytes(16),
      native.sha256(seed),
      native.sha512(seed),
      native.hmacSha256(seed, seed),
      native.hmacSha512(seed, seed),
      native.hkdfSha256(seed, seed, seed, 42),
      native.ed25519PublicKey(seed),
      native.ed25519Sign(seed, seed),
      native.p256PublicKey(seed),
      native.p256Sign(seed, seed),
      native.x25519PublicKey(seed),
      native.x25519(seed, native.x25519PublicKey(random(32)))!,
      native.mlKem1024PublicKey(new Uint8Array(64)),
      native.mlKem1024Encapsulate(native.mlKem1024PublicKey(new Uint8Array(64))).ciphertext,
      native.mlKem1024Encapsulate(native.mlKem1024PublicKey(new Uint8Array(64))).sharedSecret,
      native.mlKem1024Decapsulate(new Uint8Array(64), random(1568)),
      native.chacha20poly1305Seal(seed, seed.subarray(0, 12), seed, seed),
      native.chacha20poly1305Open(
        seed,
        seed.subarray(0, 12),
        native.chacha20poly1305Seal(seed, seed.subarray(0, 12), seed, seed),
        seed,
      )!,
      native.xchacha20poly1305Seal(seed, random(24), seed, seed),
    ];
    for (const [i, out] of outputs.entries()) {
      expect(Object.getPrototypeOf(out), `output ${i}`).toBe(Uint8Array.prototype);
      expect(out.byteOffset === 0 && out.byteLength === out.buffer.byteLength, `output ${i}`).toBe(
        true,
      );
    }
  });

  it('more keys than the key cache holds still give the right results', () => {
    const seeds = Array.from({ length: 300 }, () => random(32));
    const message = random(16);
    const signatures = seeds.map((s) => native.ed25519Sign(s, message));
    for (const [i, s] of seeds.entries()) {
      const publicKey = native.ed25519PublicKey(s);
      expect(hex(publicKey)).toBe(hex(portableProvider.ed25519PublicKey(s)));
      expect(native.ed25519Verify(publicKey, message, signatures[i]!)).toBe(true);
    }
  });
});

/**
 * RFC 8032 §7.1 TEST 1024's message (1023 bytes). The same bytes are Wycheproof's
 * ed25519 tcId 83; the RFC's secret key reproduces its public key and signature.
 */
const TEST_1024_MESSAGE = [
  '08b8b2b733424243760fe426a4b54908632110a66c2f6591eabd3345e3e4eb98fa6e264bf09efe12ee50f8f54e9f77b1',
  'e355f6c50544e23fb1433ddf73be84d879de7c0046dc4996d9e773f4bc9efe5738829adb26c81b37c93a1b270b20329d',
  '658675fc6ea534e0810a4432826bf58c941efb65d57a338bbd2e26640f89ffbc1a858efcb8550ee3a5e1998bd177e93a',
  '7363c344fe6b199ee5d02e82d522c4feba15452f80288a821a579116ec6dad2b3b310da903401aa62100ab5d1a36553e',
  '06203b33890cc9b832f79ef80560ccb9a39ce767967ed628c6ad573cb116dbefefd75499da96bd68a8a97b928a8bbc10',
  '3b6621fcde2beca1231d206be6cd9ec7aff6f6c94fcd7204ed3455c68c83f4a41da4af2b74ef5c53f1d8ac70bdcb7ed1',
  '85ce81bd84359d44254d95629e9855a94a7c1958d1f8ada5d0532ed8a5aa3fb2d17ba70eb6248e594e1a2297acbbb39d',
  '502f1a8c6eb6f1ce22b3de1a1f40cc24554119a831a9aad6079cad88425de6bde1a9187ebb6092cf67bf2b13fd65f270',
  '88d78b7e883c8759d2c4f5c65adb7553878ad575f9fad878e80a0c9ba63bcbcc2732e69485bbc9c90bfbd62481d9089b',
  'eccf80cfe2df16a2cf65bd92dd597b0707e0917af48bbb75fed413d238f5555a7a569d80c3414a8d0859dc65a46128ba',
  'b27af87a71314f318c782b23ebfe808b82b0ce26401d2e22f04d83d1255dc51addd3b75a2b1ae0784504df543af8969b',
  'e3ea7082ff7fc9888c144da2af58429ec96031dbcad3dad9af0dcbaaaf268cb8fcffead94f3c7ca495e056a9b47acdb7',
  '51fb73e666c6c655ade8297297d07ad1ba5e43f1bca32301651339e22904cc8c42f58c30c04aafdb038dda0847dd988d',
  'cda6f3bfd15c4b4c4525004aa06eeff8ca61783aacec57fb3d1f92b0fe2fd1a85f6724517b65e614ad6808d6f6ee34df',
  'f7310fdc82aebfd904b01e1dc54b2927094b2db68d6f903b68401adebf5a7e08d78ff4ef5d63653a65040cf9bfd4aca7',
  '984a74d37145986780fc0b16ac451649de6188a7dbdf191f64b5fc5e2ab47b57f7f7276cd419c17a3ca8e1b939ae49e4',
  '88acba6b965610b5480109c8b17b80e1b7b750dfc7598d5d5011fd2dcc5600a32ef5b52a1ecc820e308aa342721aac09',
  '43bf6686b64b2579376504ccc493d97e6aed3fb0f9cd71a43dd497f01f17c0e2cb3797aa2a2f256656168e6c496afc5f',
  'b93246f6b1116398a346f1a641f3b041e989f7914f90cc2c7fff357876e506b50d334ba77c225bc307ba537152f3f161',
  '0e4eafe595f6d9d90d11faa933a15ef1369546868a7f3a45a96768d40fd9d03412c091c6315cf4fde7cb68606937380d',
  'b2eaaa707b4c4185c32eddcdd306705e4dc1ffc872eeee475a64dfac86aba41c0618983f8741c5ef68d3a101e8a3b8ca',
  'c60c905c15fc910840b94c00a0b9d0',
].join('');

/** RFC 8032 §7.1: secret key, public key, message, signature. */
const RFC8032: [string, string, string, string][] = [
  [
    '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    '',
    'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  ],
  [
    '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
    '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
    '72',
    '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
  ],
  [
    'c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7',
    'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025',
    'af82',
    '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a',
  ],
  [
    'f5e5767cf153319517630f226876b86c8160cc583bc013744c6bf255f5cc0ee5',
    '278117fc144c72340f67d0f2316e8386ceffbf2b2428c9c51fef7c597f1d426e',
    TEST_1024_MESSAGE,
    '0aab4c900501b3e24d7cdf4663326a3a87df5e4843b2cbdb67cbf6e460fec350aa5371b1508f9f4528ecea23c436d94b5e8fcd4f681e30a6ac00a9704a188a03',
  ],
];

/** RFC 5869 appendix A, test cases 1-3: IKM, salt, info, L, PRK, OKM. */
const RFC5869: [string, string, string, number, string, string][] = [
  [
    '0b'.repeat(22),
    '000102030405060708090a0b0c',
    'f0f1f2f3f4f5f6f7f8f9',
    42,
    '077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5',
    '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
  ],
  [
    range(0x00, 0x4f),
    range(0x60, 0xaf),
    range(0xb0, 0xff),
    82,
    '06a6b88c5853361a06104c9ceb35b45cef760014904671014a193f40c15fc244',
    'b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87',
  ],
  [
    '0b'.repeat(22),
    '',
    '',
    42,
    '19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04',
    '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8',
  ],
];

/** Hex of the bytes from..to inclusive (RFC 5869 test case 2 writes its inputs so). */
function range(from: number, to: number): string {
  let out = '';
  for (let b = from; b <= to; b++) out += b.toString(16).padStart(2, '0');
  return out;
}
