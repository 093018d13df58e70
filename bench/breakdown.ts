// Where NexusLink's time goes per message: every primitive of the active
// provider is wrapped to count its calls and time; garbage collection during
// the timed operations is reported on its own line; what is left of an
// operation's time is protocol code (protobuf, state clones, store copies,
// async overhead).
//   node scripts/run-ts.mjs bench/breakdown.ts [native|portable] [scenario...]
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { createNativeProvider } from '../src/primitives/native.js';
import type { PrimitiveName } from '../src/primitives/native.js';
import { portableProvider } from '../src/primitives/provider.js';
import type { CryptoProvider } from '../src/primitives/provider.js';
import { messages, PlaintextCheck } from './harness.js';
import { nexuslink } from './nexuslink.js';
import { MESSAGE_SIZE, SCENARIOS } from './scenarios.js';
import type { ScenarioName } from './scenarios.js';

const args = process.argv.slice(2);
const which = args.includes('portable') ? 'portable' : 'native';
const wanted = args.filter((a) => a in SCENARIOS) as ScenarioName[];
const scenarios = wanted.length ? wanted : (Object.keys(SCENARIOS) as ScenarioName[]);
/** Timed wall time per scenario (ms). */
const BUDGET_MS = 3_000;

const base = which === 'native' ? createNativeProvider() : portableProvider;
if (!base) throw new Error('no native provider here');

const stats = new Map<string, { calls: number; ms: number }>();
const totals = new Map<PrimitiveName, { calls: number; ms: number }>();
function instrumented(p: CryptoProvider): CryptoProvider {
  const out: Record<string, unknown> = { name: `${p.name}+timing` };
  for (const name of Object.keys(p) as (keyof CryptoProvider)[]) {
    if (name === 'name') continue;
    const fn = p[name] as (...a: unknown[]) => unknown;
    out[name] = (...a: unknown[]) => {
      const t0 = performance.now();
      try {
        return fn(...a);
      } finally {
        const s = stats.get(name) ?? { calls: 0, ms: 0 };
        s.calls++;
        s.ms += performance.now() - t0;
        stats.set(name, s);
      }
    };
  }
  return out as unknown as CryptoProvider;
}

// Garbage collections, kept with their start times: the observer reports
// them late, so they are matched to the timed windows afterwards.
const collections: { start: number; ms: number }[] = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) collections.push({ start: e.startTime, ms: e.duration });
});
gcObserver.observe({ entryTypes: ['gc'] });
/** GC time (ms) that started inside one of `windows`. */
function gcWithin(windows: readonly [number, number][]): number {
  for (const e of gcObserver.takeRecords())
    collections.push({ start: e.startTime, ms: e.duration });
  let ms = 0;
  for (const c of collections)
    if (windows.some(([from, to]) => c.start >= from && c.start < to)) ms += c.ms;
  collections.length = 0;
  return ms;
}

const impl = nexuslink(`nexuslink-${which}`, instrumented(base));
const msgs = messages(16, MESSAGE_SIZE);
console.log(`${impl.name}: per-operation cost, ${MESSAGE_SIZE}-byte messages (µs per op)`);
for (const scenario of scenarios) {
  impl.activate!();
  const workload = await impl.workloads[scenario]!({
    messages: msgs,
    check: new PlaintextCheck(scenario),
  });
  // Warm up, then count from zero.
  for (let i = 0; i < 20; i++) {
    await workload.prepare?.(1);
    await workload.op();
  }
  stats.clear();
  let ops = 0;
  let ms = 0;
  const windows: [number, number][] = [];
  gcWithin([]); // forget the set-up's collections
  while (ms < BUDGET_MS) {
    const n = Math.max(1, Math.min(64, Math.ceil(ops / 4)));
    await workload.prepare?.(n);
    stats.clear(); // only the timed operations count, not the prekeys made for them
    const t0 = performance.now();
    for (let i = 0; i < n; i++) await workload.op();
    const t1 = performance.now();
    windows.push([t0, t1]);
    ms += t1 - t0;
    ops += n;
    accumulate();
  }
  await new Promise((resolve) => setImmediate(resolve)); // let the observer deliver the last entries
  const gcMs = gcWithin(windows);
  const perOp = (ms / ops) * 1000;
  const rows = [...totals].sort((a, b) => b[1].ms - a[1].ms);
  const primitives = rows.reduce((sum, [, s]) => sum + s.ms, 0);
  console.log(`\n${scenario}: ${perOp.toFixed(1)} µs/op over ${ops} ops`);
  for (const [name, s] of rows)
    console.log(
      `  ${name.padEnd(24)} ${(s.calls / ops).toFixed(2).padStart(6)} calls  ${((s.ms / ops) * 1000).toFixed(1).padStart(8)} µs  ${((100 * s.ms) / ms).toFixed(1).padStart(5)}%`,
    );
  const line = (label: string, partMs: number) =>
    console.log(
      `  ${label.padEnd(24)} ${''.padStart(6)}        ${((partMs / ops) * 1000).toFixed(1).padStart(8)} µs  ${((100 * partMs) / ms).toFixed(1).padStart(5)}%`,
    );
  line('(garbage collection)', gcMs);
  line('(everything else)', ms - primitives - gcMs);
  totals.clear();
}

function accumulate(): void {
  for (const [name, s] of stats) {
    const t = totals.get(name as PrimitiveName) ?? { calls: 0, ms: 0 };
    t.calls += s.calls;
    t.ms += s.ms;
    totals.set(name as PrimitiveName, t);
  }
  stats.clear();
}
