// A CPU profile of the timed part of one NexusLink scenario (set-up and
// prepare() excluded), for finding protocol overhead. Writes a .cpuprofile
// (open it in Chrome DevTools) and prints the top functions.
//   node scripts/run-ts.mjs bench/profile.ts [scenario] [native|portable] [ops]
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createNativeProvider } from '../src/primitives/native.js';
import { portableProvider } from '../src/primitives/provider.js';
import { messages, PlaintextCheck } from './harness.js';
import { nexuslink } from './nexuslink.js';
import { tallyProfile } from './profile-tally.js';
import { MESSAGE_SIZE, SCENARIOS } from './scenarios.js';
import type { ScenarioName } from './scenarios.js';

const [scenario = 'establish', which = 'native', count = '3000'] = process.argv.slice(2);
if (!(scenario in SCENARIOS)) throw new Error(`unknown scenario ${scenario}`);
const provider = which === 'portable' ? portableProvider : createNativeProvider();
if (!provider) throw new Error('no native provider here');
const impl = nexuslink(`nexuslink-${which}`, provider);
impl.activate!();
const workload = await impl.workloads[scenario as ScenarioName]!({
  messages: messages(16, MESSAGE_SIZE),
  check: new PlaintextCheck(scenario),
});
const ops = Math.min(Number(count), 100_000);
await workload.prepare?.(ops + 200);
for (let i = 0; i < 200; i++) await workload.op(); // warm-up

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

const file = `node_modules/.cache/${scenario}-${which}.cpuprofile`;
writeFileSync(file, JSON.stringify(profile));
console.log(
  `${scenario} ${which}: ${ops} ops, ${((elapsed * 1000) / ops).toFixed(1)} µs/op; profile in ${file}`,
);

// Self time per function, and inclusive time (each function counted once per sample).
const { self, inclusive, total } = tallyProfile(profile);
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n');
console.log(`\nself time\n${top(self, 40)}\n\ninclusive time\n${top(inclusive, 60)}`);
