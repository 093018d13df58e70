import { createNativeProvider } from '../src/primitives/native.js';
import { setCryptoProvider } from '../src/primitives/provider.js';
import { memoryStorage } from '../src/index.js';
import type { Storage, StorageWriter } from '../src/index.js';
import { clientWorkload } from './client-workload.js';
import { messages, PlaintextCheck } from './harness.js';
setCryptoProvider(createNativeProvider()!);
const counts = new Map<string, { n: number; bytes: number }>();
let on = false;
const bump = (k: string, b: number) => { if (!on) return; const c = counts.get(k) ?? { n: 0, bytes: 0 }; c.n++; c.bytes += b; counts.set(k, c); };
function wrap(s: Storage, who: string): Storage {
  const w = (tx: StorageWriter): StorageWriter => ({
    get: async (t, k) => { const v = await tx.get(t, k); bump(`${who} get ${t}`, v?.length ?? 0); return v; },
    list: async (t, o) => { const v = await tx.list(t, o); bump(`${who} list ${t}`, v.length); return v; },
    search: (q, o) => tx.search(q, o),
    put: async (t, k, v) => { bump(`${who} put ${t}`, v.length); return tx.put(t, k, v); },
    delete: async (t, k) => { bump(`${who} delete ${t}`, 0); return tx.delete(t, k); },
    index: async (k, t) => { bump(`${who} index`, 0); return tx.index(k, t); },
  });
  return { adapter: s.adapter, read: (fn) => { bump(`${who} READ tx`, 0); return s.read((tx) => fn(w(tx as StorageWriter))); }, write: (fn) => { bump(`${who} WRITE tx`, 0); return s.write((tx) => fn(w(tx))); }, close: () => s.close() };
}
const { workload, close } = await clientWorkload(wrap(memoryStorage(), 'A'), wrap(memoryStorage(), 'B'), 32, messages(16, 1024), new PlaintextCheck('x'));
for (let i = 0; i < 10; i++) await workload.op();
on = true;
const N = 50;
for (let i = 0; i < N; i++) await workload.op();
for (const [k, c] of [...counts].sort()) console.log(k.padEnd(40), (c.n / N / 32).toFixed(2), 'avg bytes', (c.bytes / c.n).toFixed(0));
await close();
