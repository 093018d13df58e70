/**
 * What browser bundles get in place of the native provider (./native.ts):
 * package.json's `browser` field maps dist/native-provider.js to this
 * module's build, so a bundle for the web carries none of the node:crypto
 * and libsodium code it could never run. The portable provider serves
 * instead, as it does wherever `node:crypto` is missing.
 */
import type { CryptoProvider } from './portable.js';
import type { NativeProviderOptions } from './native.js';

/** No native provider in this build: always `null`. @internal */
export function createNativeProvider(_options?: NativeProviderOptions): CryptoProvider | null {
  return null;
}
