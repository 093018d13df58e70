// Where the whole client's time goes per message (the `NexusClient` rows of
// bench:storage): a CPU profile of the timed part, and how many times each
// wire codec encodes and decodes per message.
//   node scripts/run-ts.mjs bench/client-profile.ts [memory|sqlite] [in flight] [messages]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNativeProvider } from '../src/primitives/native.js';
import { setCryptoProvider } from '../src/primitives/provider.js';
import { memoryStorage } from '../src/index.js';
import { sqliteStorage } from '../src/node.js';
import * as wire from '../src/wire/messages.js';
import { clientWorkload } from './client-workload.js';
import { messages, PlaintextCheck } from './harness.js';
import { tallyProfile } from './profile-tally.js';
import { MESSAGE_SIZE } from './scenarios.js';

const [which = 'memory', flight = '1', count = '3000'] = process.argv.slice(2);
const inFlight = Number(flight);
const provider = createNativeProvider();
if (!provider) throw new Error('needs node:crypto');
setCryptoProvider(provider);
const dir = mkdtempSync(join(tmpdir(), 'nexuslink-client-profile-'));
const key = globalThis.crypto.getRandomValues(new Uint8Array(32));
const open = (name: string) =>
  which === 'sqlite'
    ? sqliteStorage({ path: join(dir, `${name}.db`), key })
    : Promise.resolve(memoryStorage());
const { workload, close } = await clientWorkload(
  await open('alice'),
  await open('bob'),
  inFlight,
  messages(16, MESSAGE_SIZE),
  new PlaintextCheck('client'),
);
const ops = Math.max(1, Math.round(Number(count) / inFlight));
for (let i = 0; i < Math.max(20, 200 / inFlight); i++) await workload.op(); // warm-up

// Count the codec calls of the timed part.
const calls = new Map<string, number>();
for (const [name, codec] of Object.entries(wire)) {
  if (typeof codec !== 'object' || codec === null || !('decode' in codec)) continue;
  const c = codec as { encode: (v: unknown) => Uint8Array; decode: (b: Uint8Array) => unknown };
  const { encode, decode } = c;
  c.encode = (v) => {
    calls.set(`${name}.encode`, (calls.get(`${name}.encode`) ?? 0) + 1);
    return encode(v);
  };
  c.decode = (b) => {
    calls.set(`${name}.decode`, (calls.get(`${name}.decode`) ?? 0) + 1);
    return decode(b);
  };
}
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const t0 = performance.now();
for (let i = 0; i < ops; i++) await workload.op();
const elapsed = performance.now() - t0;
const { profile } = await session.post('Profiler.stop');
session.disconnect();
await close();
rmSync(dir, { recursive: true, force: true });

const file = `node_modules/.cache/client-${which}-${inFlight}.cpuprofile`;
writeFileSync(file, JSON.stringify(profile));
const n = ops * inFlight;
console.log(
  `NexusClient on ${which}, ${inFlight} in flight: ${n} messages, ${((elapsed * 1000) / n).toFixed(1)} µs/message; profile in ${file}`,
);
console.log('\ncodec calls per message');
for (const [name, c] of [...calls].sort((a, b) => b[1] - a[1]))
  console.log(`${(c / n).toFixed(2).padStart(6)}  ${name}`);

const { self, inclusive, total } = tallyProfile(profile);
// µs per message, so the rows read as a budget.
const top = (m: Map<string, number>, k: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(
      ([name, v]) =>
        `${((100 * v) / total).toFixed(1).padStart(5)}%  ${(v / n).toFixed(1).padStart(6)} µs  ${name}`,
    )
    .join('\n');
console.log(`\nself time\n${top(self, 45)}\n\ninclusive time\n${top(inclusive, 90)}`);
