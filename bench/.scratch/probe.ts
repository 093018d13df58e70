import { nodeCryptoProvider } from '../../src/primitives/native.js';
import * as nodeCrypto from 'node:crypto';
const all = nodeCryptoProvider(nodeCrypto);
for (const f of [
  () => all.mlKem1024PublicKey(new Uint8Array(64)).length,
  () => all.mlKem1024Encapsulate(all.mlKem1024PublicKey(new Uint8Array(64))).ciphertext.length,
  () => all.mlKem1024Decapsulate(new Uint8Array(64), new Uint8Array(1568)).length,
]) { try { console.log(f()); } catch (e) { console.log('ERR', e); } }
