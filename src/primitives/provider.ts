/**
 * The crypto provider in use ({@link crypto}) and the key checks built on
 * it. The providers themselves are in ./portable.ts and ./native.ts.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { p256 } from '@noble/curves/nist.js';
import { NexusError } from '../interfaces/errors.js';
import { bytesKey } from './bytes.js';
import { Lru } from './lru.js';
// In the package build this import is the separate module dist/native-provider.js,
// which browser bundles replace with ./native-unavailable.ts (tsup.config.ts,
// package.json `browser`): the native provider's code is for Node, Deno and Bun.
import { createNativeProvider } from './native.js';
import { portableProvider } from './portable.js';
import type { CryptoProvider } from './portable.js';

export { intoOutput, normalizeP256LowS, portableProvider } from './portable.js';
export type { CryptoProvider } from './portable.js';

let active: CryptoProvider | undefined;

/**
 * The provider protocol code uses: the native one (`node:crypto`) where it
 * exists, else the portable one. Chosen on first use, so importing the SDK
 * in a browser never touches Node APIs (and a browser bundle of the package
 * has no native provider to choose: see the import of ./native.js above). @internal
 */
export function crypto(): CryptoProvider {
  return (active ??= createNativeProvider() ?? portableProvider);
}

/** Replace the active provider (tests and platform accelerators). @internal */
export function setCryptoProvider(provider: CryptoProvider): void {
  active = provider;
}

/** Whether `bytes` is a valid P-256 point encoding. */
export function isValidP256Point(bytes: Uint8Array): boolean {
  try {
    p256.Point.fromBytes(bytes).assertValidity();
    return true;
  } catch {
    return false;
  }
}

/** Compress any SEC1 P-256 point (33 or 65 bytes) to 33 bytes. */
export function compressP256(bytes: Uint8Array): Uint8Array {
  try {
    return p256.Point.fromBytes(bytes).toBytes(true);
  } catch (cause) {
    throw new NexusError('INVALID_KEY', 'not a valid P-256 point', { cause });
  }
}

/** Decompress a P-256 point (33 or 65 bytes) to its 65-byte SEC1 form. */
export function decompressP256(bytes: Uint8Array): Uint8Array {
  try {
    return p256.Point.fromBytes(bytes).toBytes(false);
  } catch (cause) {
    throw new NexusError('INVALID_KEY', 'not a valid P-256 point', { cause });
  }
}

const ed25519PointCache = new Lru<string, boolean>(1024);

/**
 * What noble's strict decoding requires besides being on the curve: RFC
 * 8032's canonical form (y below p = 2^255 - 19, no sign bit on x = 0, that
 * is on y = 1 or y = p - 1), and not the identity point (y = 1).
 */
function canonicalEd25519(bytes: Uint8Array): boolean {
  const top = bytes[31]! & 0x7f;
  let highOnes = top === 0x7f;
  for (let i = 1; i < 31 && highOnes; i++) highOnes = bytes[i] === 0xff;
  if (highOnes && bytes[0]! >= 0xed) return false; // y >= p
  let yIsOne = bytes[0] === 1 && top === 0;
  for (let i = 1; i < 31 && yIsOne; i++) yIsOne = bytes[i] === 0;
  if (yIsOne) return false; // the identity, whatever the sign bit
  const yIsPMinusOne = highOnes && bytes[0] === 0xec;
  return !(yIsPMinusOne && (bytes[31]! & 0x80) !== 0);
}

/**
 * Whether `bytes` is a valid Ed25519 point encoding (canonical, on the
 * curve). Results are cached (public keys only): the same identity and
 * device keys are checked on every certificate and message.
 */
export function isValidEd25519Point(bytes: Uint8Array): boolean {
  if (bytes.length !== 32) return false;
  return ed25519PointCache.get(bytesKey(bytes), () => {
    const onCurve = crypto().ed25519DecodesOnCurve;
    if (onCurve !== undefined) return canonicalEd25519(bytes) && onCurve(bytes);
    try {
      ed25519.Point.fromBytes(bytes, false).assertValidity();
      return true;
    } catch {
      return false;
    }
  });
}
