import { performance } from 'node:perf_hooks';
import { createNativeProvider } from '../../src/primitives/native.js';
import { portableProvider } from '../../src/primitives/provider.js';
import { nexuslink } from '../nexuslink.js';
import { messages, PlaintextCheck } from '../harness.js';
const [sc = 'steady', prov = 'native', n = '3000'] = process.argv.slice(2);
const impl = nexuslink('n', prov === 'native' ? createNativeProvider()! : portableProvider);
impl.activate!();
const w = await impl.workloads[sc as 'steady']!({
  messages: messages(16, 1024),
  check: new PlaintextCheck('x'),
});
if (w.prepare) await w.prepare(Number(n));
const t0 = performance.now();
for (let i = 0; i < Number(n); i++) await w.op();
console.log(sc, prov, (((performance.now() - t0) / Number(n)) * 1000).toFixed(1), 'µs/op');
