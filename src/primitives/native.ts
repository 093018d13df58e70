import type * as NodeCrypto from 'node:crypto';
import { hchacha } from '@noble/ciphers/chacha.js';
import { normalizeP256LowS, portableProvider } from './provider.js';
import type { CryptoProvider } from './provider.js';

type NodeCryptoModule = typeof NodeCrypto;
type KeyObject = NodeCrypto.KeyObject;

/** Every primitive of {@link CryptoProvider}, by name. @internal */
export type PrimitiveName = Exclude<keyof CryptoProvider, 'name'>;

/**
 * The provider backed by `node:crypto` (OpenSSL), or `null` where there is
 * no `node:crypto` (browsers). Each primitive uses whichever implementation
 * `bench/primitives.ts` measured faster on Node 24: see {@link NATIVE_CHOICES}.
 * A primitive the running Node cannot do natively (ML-KEM before Node 24.7)
 * falls back to the portable one, so the result always implements everything.
 *
 * `node:crypto` is reached through `process.getBuiltinModule` rather than an
 * import so that the SDK still bundles for browsers untouched.
 *
 * @internal
 */
export function createNativeProvider(): CryptoProvider | null {
  const node = loadNodeCrypto();
  if (!node) return null;
  const all = nodeCryptoProvider(node);
  const chosen: Partial<Record<PrimitiveName, unknown>> = {};
  for (const name of Object.keys(NATIVE_CHOICES) as PrimitiveName[]) {
    chosen[name] =
      NATIVE_CHOICES[name] === 'node:crypto' && works(all, name)
        ? all[name]
        : portableProvider[name];
  }
  return { ...(chosen as Omit<CryptoProvider, 'name'>), name: 'native' };
}

/**
 * Which implementation the native provider uses for each primitive, decided
 * by measurement on Node 24 (`node scripts/run-ts.mjs bench/primitives.ts`).
 * Short HMAC, hash and AEAD calls stay on noble: crossing into `node:crypto`
 * costs more than the work itself at the sizes the protocol uses.
 *
 * @internal
 */
export const NATIVE_CHOICES: Readonly<Record<PrimitiveName, 'node:crypto' | 'portable'>> = {
  randomBytes: 'node:crypto',
  sha256: 'node:crypto',
  sha512: 'node:crypto',
  hmacSha256: 'node:crypto',
  hmacSha512: 'node:crypto',
  hkdfSha256: 'node:crypto',
  ed25519PublicKey: 'node:crypto',
  ed25519Sign: 'node:crypto',
  ed25519Verify: 'node:crypto',
  p256PublicKey: 'node:crypto',
  p256Sign: 'node:crypto',
  p256Verify: 'node:crypto',
  x25519PublicKey: 'node:crypto',
  x25519: 'node:crypto',
  mlKem1024PublicKey: 'node:crypto',
  mlKem1024Encapsulate: 'node:crypto',
  mlKem1024Decapsulate: 'node:crypto',
  chacha20poly1305Seal: 'node:crypto',
  chacha20poly1305Open: 'node:crypto',
  xchacha20poly1305Seal: 'node:crypto',
  xchacha20poly1305Open: 'node:crypto',
};

function loadNodeCrypto(): NodeCryptoModule | null {
  const process = (
    globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
  ).process;
  try {
    return (process?.getBuiltinModule?.('node:crypto') as NodeCryptoModule | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Whether this runtime's `node:crypto` can do `name` (older Node lacks ML-KEM and raw keys). */
function works(p: CryptoProvider, name: PrimitiveName): boolean {
  try {
    const probe = PROBES[name];
    return probe ? probe(p) : true;
  } catch {
    return false;
  }
}

const PROBES: Partial<Record<PrimitiveName, (p: CryptoProvider) => boolean>> = {
  mlKem1024PublicKey: (p) => p.mlKem1024PublicKey(new Uint8Array(64)).length === 1568,
  mlKem1024Encapsulate: (p) =>
    p.mlKem1024Encapsulate(p.mlKem1024PublicKey(new Uint8Array(64))).ciphertext.length === 1568,
  mlKem1024Decapsulate: (p) =>
    p.mlKem1024Decapsulate(new Uint8Array(64), new Uint8Array(1568)).length === 32,
  chacha20poly1305Seal: (p) =>
    p.chacha20poly1305Seal(new Uint8Array(32), new Uint8Array(12), new Uint8Array(0), new Uint8Array(0))
      .length === 16,
};
PROBES.chacha20poly1305Open = PROBES.chacha20poly1305Seal;
PROBES.xchacha20poly1305Seal = PROBES.chacha20poly1305Seal;
PROBES.xchacha20poly1305Open = PROBES.chacha20poly1305Seal;
