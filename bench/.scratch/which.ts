import { createNativeProvider, nodeCryptoProvider, NATIVE_CHOICES } from '../../src/primitives/native.js';
import { portableProvider } from '../../src/primitives/provider.js';
import * as nodeCrypto from 'node:crypto';
const n = createNativeProvider()!;
const all = nodeCryptoProvider(nodeCrypto);
for (const k of Object.keys(NATIVE_CHOICES) as (keyof typeof NATIVE_CHOICES)[]) {
  const impl = n[k] === portableProvider[k] ? 'portable' : n[k] === all[k] ? 'node' : 'node(other instance)';
  console.log(k.padEnd(24), NATIVE_CHOICES[k].padEnd(12), impl);
}
