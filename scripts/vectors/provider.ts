import { crypto, portableProvider, setCryptoProvider } from '../../src/primitives/provider.js';

/**
 * Run `fn` with the portable provider: vectors need deterministic
 * primitives (RFC 6979 ECDSA, ML-KEM with explicit randomness), which
 * OpenSSL's randomized ECDSA is not.
 */
export async function withPortableProvider<T>(fn: () => Promise<T>): Promise<T> {
  const previous = crypto();
  setCryptoProvider(portableProvider);
  try {
    return await fn();
  } finally {
    setCryptoProvider(previous);
  }
}
