import { performance } from 'node:perf_hooks';
import { createNativeProvider } from '../../src/primitives/native.js';
import { setCryptoProvider } from '../../src/primitives/provider.js';
import { nexuslink } from '../nexuslink.js';
import { libsignalClient } from '../libsignal-client.js';
import { messages, PlaintextCheck } from '../harness.js';
const msgs = messages(16, 1024);
setCryptoProvider(createNativeProvider()!);
for (const impl of [nexuslink('n', createNativeProvider()!), libsignalClient]) {
  for (const sc of ['steady', 'ping-pong', 'group'] as const) {
    impl.activate?.();
    const w = await impl.workloads[sc]!({ messages: msgs, check: new PlaintextCheck('x') });
    const out: string[] = [];
    for (let b = 0; b < 8; b++) {
      const t0 = performance.now();
      for (let i = 0; i < 500; i++) await w.op();
      out.push((((performance.now() - t0) / 500) * 1000).toFixed(0));
    }
    console.log(impl.name, sc, 'µs/op per 500-batch:', out.join(' '));
  }
}
