// Every primitive of the provider interface: portable (noble), node:crypto and
// libsodium (sodium-native, where it has the primitive), in one process.
// Decides NATIVE_CHOICES in src/primitives/native.ts.
//   node scripts/run-ts.mjs bench/primitives.ts [filter]
import { portableProvider } from '../src/primitives/provider.js';
import type { CryptoProvider } from '../src/primitives/provider.js';
import {
  createNativeProvider,
  nativeSourcesOf,
  nodeCryptoProvider,
} from '../src/primitives/native.js';
import { loadSodium, sodiumPrimitives } from '../src/primitives/sodium.js';
import type { PrimitiveName } from '../src/primitives/native.js';
import * as nodeCrypto from 'node:crypto';

/** Per case: ~300 ms per implementation, in samples that alternate between the two. */
const SAMPLES = 7;
const SAMPLE_MS = 40;
const WARMUP_MS = 30;

interface Case {
  label: string;
  primitive: PrimitiveName;
  /** Builds the operation once (inputs outside the timed loop). */
  make(p: CryptoProvider): () => unknown;
}

const bytes = (n: number) => new Uint8Array(nodeCrypto.randomBytes(n));
/** More distinct keys than the native key cache holds, to time the cold path. */
const pool = <T>(make: () => T): T[] => Array.from({ length: 300 }, make);
const cycle = <T>(items: T[]) => {
  let i = 0;
  return () => items[i++ % items.length]!;
};

const KEY = bytes(32);
const MSG64 = bytes(64);
const MSG1K = bytes(1024);
const AD = bytes(16);
const NONCE12 = bytes(12);
const NONCE24 = bytes(24);
const P = portableProvider;

const ED_SEED = bytes(32);
const ED_PUB = P.ed25519PublicKey(ED_SEED);
const ED_SIG = P.ed25519Sign(ED_SEED, MSG64);
const ED_POOL = pool(() => {
  const seed = bytes(32);
  return { seed, pub: P.ed25519PublicKey(seed), sig: P.ed25519Sign(seed, MSG64) };
});
const P256_SECRET = P.randomBytes(32); // below n with overwhelming probability
const P256_PUB = P.p256PublicKey(P256_SECRET);
const P256_SIG = P.p256Sign(P256_SECRET, MSG64);
const X_SECRET = bytes(32);
const X_PEER = P.x25519PublicKey(bytes(32));
const X_POOL = pool(() => ({ secret: bytes(32), peer: P.x25519PublicKey(bytes(32)) }));
const KEM_SEED = bytes(64);
const KEM_PUB = P.mlKem1024PublicKey(KEM_SEED);
const KEM_CT = P.mlKem1024Encapsulate(KEM_PUB).ciphertext;
const KEM_POOL = pool(() => bytes(64));
const KEM_PUB_POOL = KEM_POOL.slice(0, 300).map((seed) => P.mlKem1024PublicKey(seed));
const SECRET_POOL = pool(() => bytes(32));

const aead = (size: number, x: boolean): Case[] => {
  const msg = bytes(size);
  const nonce = x ? NONCE24 : NONCE12;
  const seal = x ? 'xchacha20poly1305Seal' : 'chacha20poly1305Seal';
  const open = x ? 'xchacha20poly1305Open' : 'chacha20poly1305Open';
  const sealed = P[seal](KEY, nonce, msg, AD);
  return [
    {
      label: `${seal} ${size} B`,
      primitive: seal,
      make: (p) => () => p[seal](KEY, nonce, msg, AD),
    },
    {
      label: `${open} ${size} B`,
      primitive: open,
      make: (p) => () => p[open](KEY, nonce, sealed, AD),
    },
  ];
};

const CASES: Case[] = [
  { label: 'randomBytes 32 B', primitive: 'randomBytes', make: (p) => () => p.randomBytes(32) },
  { label: 'sha256 64 B', primitive: 'sha256', make: (p) => () => p.sha256(MSG64) },
  { label: 'sha256 1 KiB', primitive: 'sha256', make: (p) => () => p.sha256(MSG1K) },
  { label: 'sha512 64 B', primitive: 'sha512', make: (p) => () => p.sha512(MSG64) },
  { label: 'sha512 1 KiB', primitive: 'sha512', make: (p) => () => p.sha512(MSG1K) },
  {
    label: 'hmacSha256 64 B',
    primitive: 'hmacSha256',
    make: (p) => () => p.hmacSha256(KEY, MSG64),
  },
  {
    label: 'hmacSha256 1 KiB',
    primitive: 'hmacSha256',
    make: (p) => () => p.hmacSha256(KEY, MSG1K),
  },
  {
    label: 'hmacSha512 64 B',
    primitive: 'hmacSha512',
    make: (p) => () => p.hmacSha512(KEY, MSG64),
  },
  {
    label: 'hkdfSha256 64 B out',
    primitive: 'hkdfSha256',
    make: (p) => () => p.hkdfSha256(KEY, MSG64.subarray(0, 32), AD, 64),
  },
  {
    label: 'ed25519PublicKey',
    primitive: 'ed25519PublicKey',
    make: (p) => () => p.ed25519PublicKey(ED_SEED),
  },
  {
    label: 'ed25519PublicKey, new key each',
    primitive: 'ed25519PublicKey',
    make: (p) => {
      const next = cycle(SECRET_POOL);
      return () => p.ed25519PublicKey(next());
    },
  },
  {
    label: 'ed25519Sign 64 B',
    primitive: 'ed25519Sign',
    make: (p) => () => p.ed25519Sign(ED_SEED, MSG64),
  },
  {
    label: 'ed25519Sign, new key each',
    primitive: 'ed25519Sign',
    make: (p) => {
      const next = cycle(ED_POOL);
      return () => p.ed25519Sign(next().seed, MSG64);
    },
  },
  {
    label: 'ed25519Verify 64 B',
    primitive: 'ed25519Verify',
    make: (p) => () => p.ed25519Verify(ED_PUB, MSG64, ED_SIG),
  },
  {
    label: 'ed25519Verify, new key each',
    primitive: 'ed25519Verify',
    make: (p) => {
      const next = cycle(ED_POOL);
      return () => {
        const { pub, sig } = next();
        return p.ed25519Verify(pub, MSG64, sig);
      };
    },
  },
  {
    label: 'p256PublicKey',
    primitive: 'p256PublicKey',
    make: (p) => () => p.p256PublicKey(P256_SECRET),
  },
  {
    label: 'p256PublicKey, new key each',
    primitive: 'p256PublicKey',
    make: (p) => {
      const next = cycle(SECRET_POOL);
      return () => p.p256PublicKey(next());
    },
  },
  {
    label: 'p256Sign 64 B',
    primitive: 'p256Sign',
    make: (p) => () => p.p256Sign(P256_SECRET, MSG64),
  },
  {
    label: 'p256Verify 64 B',
    primitive: 'p256Verify',
    make: (p) => () => p.p256Verify(P256_PUB, MSG64, P256_SIG),
  },
  {
    label: 'x25519PublicKey',
    primitive: 'x25519PublicKey',
    make: (p) => () => p.x25519PublicKey(X_SECRET),
  },
  {
    label: 'x25519PublicKey, new key each',
    primitive: 'x25519PublicKey',
    make: (p) => {
      const next = cycle(SECRET_POOL);
      return () => p.x25519PublicKey(next());
    },
  },
  { label: 'x25519', primitive: 'x25519', make: (p) => () => p.x25519(X_SECRET, X_PEER) },
  {
    label: 'x25519, new keys each',
    primitive: 'x25519',
    make: (p) => {
      const next = cycle(X_POOL);
      return () => {
        const { secret, peer } = next();
        return p.x25519(secret, peer);
      };
    },
  },
  {
    label: 'mlKem1024PublicKey',
    primitive: 'mlKem1024PublicKey',
    make: (p) => () => p.mlKem1024PublicKey(KEM_SEED),
  },
  {
    label: 'mlKem1024PublicKey, new key each',
    primitive: 'mlKem1024PublicKey',
    make: (p) => {
      const next = cycle(KEM_POOL);
      return () => p.mlKem1024PublicKey(next());
    },
  },
  {
    label: 'mlKem1024Encapsulate',
    primitive: 'mlKem1024Encapsulate',
    make: (p) => () => p.mlKem1024Encapsulate(KEM_PUB),
  },
  {
    label: 'mlKem1024Encapsulate, new key each',
    primitive: 'mlKem1024Encapsulate',
    make: (p) => {
      const next = cycle(KEM_PUB_POOL);
      return () => p.mlKem1024Encapsulate(next());
    },
  },
  {
    label: 'mlKem1024Decapsulate',
    primitive: 'mlKem1024Decapsulate',
    make: (p) => () => p.mlKem1024Decapsulate(KEM_SEED, KEM_CT),
  },
  {
    label: 'mlKem1024Decapsulate, new key each',
    primitive: 'mlKem1024Decapsulate',
    make: (p) => {
      const next = cycle(KEM_POOL);
      return () => p.mlKem1024Decapsulate(next(), KEM_CT);
    },
  },
  ...aead(64, false),
  ...aead(1024, false),
  ...aead(16384, false),
  ...aead(64, true),
  ...aead(1024, true),
  ...aead(16384, true),
];

/** ops/s of `op` over one sample of SAMPLE_MS. */
function sample(op: () => unknown): number {
  let n = 0;
  let elapsed = 0;
  const start = performance.now();
  do {
    for (let i = 0; i < 4; i++) op();
    n += 4;
    elapsed = performance.now() - start;
  } while (elapsed < SAMPLE_MS);
  return (n * 1000) / elapsed;
}

interface Rate {
  opsPerSecond: number;
  /** (max - min) / median of the samples */
  spread: number;
}

/**
 * Samples every operation in turn, round by round, so that load from other
 * processes falls on all alike; the median ops/s of each.
 */
function compare(ops: (() => unknown)[]): Rate[] {
  for (const op of ops) {
    // Warm up long enough for the optimising JIT: some node:crypto paths are slower from optimised callers.
    const until = performance.now() + WARMUP_MS;
    while (performance.now() < until) op();
  }
  const rates: number[][] = ops.map(() => []);
  for (let s = 0; s < SAMPLES; s++) ops.forEach((op, i) => rates[i]!.push(sample(op)));
  return rates.map(summary);
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const summary = (xs: number[]): Rate => {
  const m = median(xs);
  return { opsPerSecond: m, spread: (Math.max(...xs) - Math.min(...xs)) / m };
};

const format = ({ opsPerSecond, spread }: { opsPerSecond: number; spread: number }) =>
  `${Math.round(opsPerSecond).toLocaleString('en-US')} ±${Math.round(spread * 50)}%`;

const node = nodeCryptoProvider(nodeCrypto);
const native = createNativeProvider();
if (!native) throw new Error('no node:crypto here');
const sources = nativeSourcesOf(native)!;
const sodiumModule = loadSodium();
const sodium = sodiumModule ? sodiumPrimitives(sodiumModule) : null;
const filter = process.argv[2];

const IMPLS = ['portable', 'node:crypto', 'libsodium'] as const;
const rows = [['primitive', ...IMPLS.map((i) => `${i} ops/s`), 'fastest', 'native uses']];
for (const c of CASES) {
  if (filter && !c.label.includes(filter)) continue;
  const sodiumProvider =
    sodium && c.primitive in sodium ? ({ ...node, ...sodium } as CryptoProvider) : null;
  const providers = [portableProvider, node, sodiumProvider];
  const rates = compare(providers.filter((p) => p !== null).map((p) => c.make(p)));
  const cells = providers.map((p) => (p === null ? '-' : format(rates.shift()!)));
  const best = providers
    .map((p, i) => ({
      i,
      ops: p === null ? 0 : Number(cells[i]!.split(' ')[0]!.replaceAll(',', '')),
    }))
    .reduce((x, y) => (y.ops > x.ops ? y : x));
  rows.push([c.label, ...cells, IMPLS[best.i]!, sources[c.primitive]]);
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
const line = (r: string[]) =>
  `| ${r.map((cell, i) => (i === 0 || i >= 4 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
console.log(
  `Node ${process.versions.node}, OpenSSL ${process.versions.openssl}, libsodium ${sodiumModule ? 'from sodium-native' : 'not installed'}`,
);
console.log(line(rows[0]!));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows.slice(1)) console.log(line(r));
