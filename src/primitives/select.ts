import { NexusError } from '../interfaces/errors.js';
import { createNativeProvider } from './native.js';
import { crypto, portableProvider, setCryptoProvider } from './provider.js';

/** The crypto implementations the SDK can use. */
export type CryptoProviderName = 'native' | 'portable';

/**
 * Choose the crypto implementation: `'native'` (per primitive, libsodium
 * through the optional `sodium-native` addon or `node:crypto`, whichever is
 * faster; both behave exactly as the portable one), `'portable'` (noble, pure
 * JavaScript), or `'auto'` (native when the runtime has it; the default).
 * Both pass the same vectors and interoperate byte for byte.
 *
 * @throws NexusError `UNSUPPORTED_ALGORITHM` when `'native'` is asked for on a runtime without `node:crypto`.
 */
export function useCryptoProvider(name: CryptoProviderName | 'auto'): void {
  if (name === 'portable') return setCryptoProvider(portableProvider);
  const native = createNativeProvider();
  if (native === null && name === 'native') {
    throw new NexusError(
      'UNSUPPORTED_ALGORITHM',
      'this runtime has no node:crypto for the native provider',
    );
  }
  setCryptoProvider(native ?? portableProvider);
}

/** Which implementation is in use. */
export function activeCryptoProvider(): CryptoProviderName {
  return crypto().name === 'native' ? 'native' : 'portable';
}
