// The public-key primitives of one session establishment, as libsignal-client
// runs them (Rust, through its Node binding) and as NexusLink's native
// provider runs them (libsodium, node:crypto), in one process: the floor under
// `establish` and `establish-cold` (bench/README.md).
//   node scripts/run-ts.mjs bench/primitives-vs-libsignal.ts [--json]
import { loadavg } from 'node:os';
import { KEMKeyPair, PrivateKey } from '@signalapp/libsignal-client';
import { createNativeProvider } from '../src/primitives/native.js';

const json = process.argv.includes('--json');
const native = createNativeProvider();
if (!native) throw new Error('no native provider on this runtime');
const MESSAGE = new Uint8Array(64).fill(7);

/** Median µs per call over 7 samples of `n` calls (after a warm-up), each call on fresh inputs from `setup`. */
function measure<T>(n: number, setup: () => T, op: (input: T) => unknown): number {
  const inputs = Array.from({ length: n * 8 }, setup);
  let k = 0;
  for (let i = 0; i < n; i++) op(inputs[k++]!);
  const samples: number[] = [];
  for (let s = 0; s < 7; s++) {
    const t = performance.now();
    for (let i = 0; i < n; i++) op(inputs[k++ % inputs.length]!);
    samples.push(((performance.now() - t) * 1000) / n);
  }
  return samples.sort((a, b) => a - b)[3]!;
}

const rows: { primitive: string; libsignal: number; nexuslink: number }[] = [];
const row = (primitive: string, libsignal: number, nexuslink: number) => {
  rows.push({ primitive, libsignal, nexuslink });
  if (json)
    console.log(JSON.stringify({ primitive, libsignalUs: libsignal, nexuslinkUs: nexuslink }));
};

row(
  'X25519 key generation (fresh key)',
  measure(
    400,
    () => null,
    () => PrivateKey.generate().getPublicKey(),
  ),
  measure(
    400,
    () => native.randomBytes(32),
    (s) => native.x25519PublicKey(s),
  ),
);
row(
  'X25519 agreement (fresh keys)',
  measure(
    400,
    () => ({ a: PrivateKey.generate(), b: PrivateKey.generate().getPublicKey() }),
    ({ a, b }) => a.agree(b),
  ),
  measure(
    400,
    () => ({ a: native.randomBytes(32), b: native.x25519PublicKey(native.randomBytes(32)) }),
    ({ a, b }) => native.x25519(a, b),
  ),
);
row(
  'signature verification (fresh key; XEdDSA / Ed25519)',
  measure(
    400,
    () => {
      const key = PrivateKey.generate();
      return { key: key.getPublicKey(), sig: key.sign(MESSAGE) };
    },
    ({ key, sig }) => key.verify(MESSAGE, sig),
  ),
  measure(
    400,
    () => {
      const seed = native.randomBytes(32);
      return { key: native.ed25519PublicKey(seed), sig: native.ed25519Sign(seed, MESSAGE) };
    },
    ({ key, sig }) => native.ed25519Verify(key, MESSAGE, sig),
  ),
);
row(
  'ML-KEM-1024 key generation',
  measure(
    100,
    () => null,
    () => KEMKeyPair.generate(),
  ),
  measure(
    100,
    () => native.randomBytes(64),
    (seed) => native.mlKem1024PublicKey(seed),
  ),
);

const width = Math.max(...rows.map((r) => r.primitive.length));
if (!json) {
  console.log(`${'primitive'.padEnd(width)}  libsignal-client µs  nexuslink-native µs  ratio`);
  for (const r of rows)
    console.log(
      `${r.primitive.padEnd(width)}  ${r.libsignal.toFixed(1).padStart(19)}  ${r.nexuslink.toFixed(1).padStart(19)}  ${(r.nexuslink / r.libsignal).toFixed(2)}×`,
    );
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}
