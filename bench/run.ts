// NexusLink against libsignal, in one process, in one table.
//   npm run bench                      full run (about 7 minutes)
//   npm run bench -- --quick           short samples (under 2 minutes)
//   npm run -s bench -- --json         one JSON object per line on stdout, nothing else (-s keeps npm quiet)
//   npm run bench -- steady native     only the cases whose "scenario implementation" match every word
// Progress goes to stderr.
import { cpus, loadavg } from 'node:os';
import { createNativeProvider } from '../src/primitives/native.js';
import { crypto, portableProvider, setCryptoProvider } from '../src/primitives/provider.js';
import type { CryptoProvider } from '../src/primitives/provider.js';
import { measureInterleaved, messages, PlaintextCheck } from './harness.js';
import type { Entry, HarnessOptions, Measurement } from './harness.js';
import { libsignalClient } from './libsignal-client.js';
import { nexuslink } from './nexuslink.js';
import { privacyresearch } from './privacyresearch.js';
import { MESSAGE_SIZE, SCENARIOS } from './scenarios.js';
import type { Implementation, ScenarioName } from './scenarios.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const json = args.includes('--json');
const filters = args.filter((a) => !a.startsWith('--')).map((a) => a.toLowerCase());
const unknown = args.filter((a) => a.startsWith('--') && a !== '--quick' && a !== '--json');
if (unknown.length) {
  console.error(
    `unknown option ${unknown.join(' ')}; usage: npm run bench -- [--quick] [--json] [filter words]`,
  );
  process.exit(2);
}

const options: HarnessOptions = quick
  ? { warmupMs: 300, samples: 5, sampleMs: 300, maxBatch: 256, capMs: 8_000 }
  : { warmupMs: 1_000, samples: 10, sampleMs: 1_000, maxBatch: 512, capMs: 30_000 };

const LIBSIGNAL = libsignalClient.name;
const NATIVE = 'nexuslink-native';
const PORTABLE = 'nexuslink-portable';
const PRIVACYRESEARCH = privacyresearch.name;

/**
 * The targets NexusLink is held to. Either against another implementation in
 * the same scenario (ops/s of `impl` ≥ `ratio` × ops/s of `anchor`), or
 * against another scenario of the same implementation (the cost of one
 * operation of `scenario` ≤ `maxCost` × the cost of one of `baseline`).
 */
type Target =
  | { scenario: ScenarioName; impl: string; anchor: string; ratio: number }
  | { scenario: ScenarioName; impl: string; baseline: ScenarioName; maxCost: number };
const TARGETS: Target[] = [
  { impl: NATIVE, anchor: LIBSIGNAL, scenario: 'establish', ratio: 1 },
  { impl: NATIVE, anchor: LIBSIGNAL, scenario: 'establish-cold', ratio: 1 },
  { impl: NATIVE, anchor: LIBSIGNAL, scenario: 'steady', ratio: 2.5 },
  { impl: NATIVE, anchor: LIBSIGNAL, scenario: 'ping-pong', ratio: 1.5 },
  { impl: NATIVE, anchor: LIBSIGNAL, scenario: 'group', ratio: 1.2 },
  { impl: NATIVE, anchor: LIBSIGNAL, scenario: 'reverse', ratio: 2 },
  { impl: PORTABLE, anchor: PRIVACYRESEARCH, scenario: 'steady', ratio: 8 },
  { impl: PORTABLE, anchor: PRIVACYRESEARCH, scenario: 'ping-pong', ratio: 5 },
  ...[NATIVE, PORTABLE].flatMap((impl): Target[] => [
    { impl, scenario: 'steady-after-gap', baseline: 'steady', maxCost: 1.2 },
    { impl, scenario: 'forged', baseline: 'valid-on-gap', maxCost: 2 },
  ]),
];

/**
 * Scenarios measured together, their samples interleaved round by round, so
 * that a ratio between two of them (a cost target) holds as well as a ratio
 * between implementations. The table keeps this order.
 */
const FAMILIES: ScenarioName[][] = [
  ['establish', 'establish-cold'],
  ['steady', 'steady-after-gap'],
  ['ping-pong'],
  ['group'],
  ['reverse'],
  ['valid-on-gap', 'forged'],
];
const ORDER = FAMILIES.flat();
if (ORDER.length !== Object.keys(SCENARIOS).length || new Set(ORDER).size !== ORDER.length)
  throw new Error('bench: every scenario must be in exactly one family');

const log = (line: string) => process.stderr.write(`${line}\n`);

function nativeProvider(): { provider: CryptoProvider | null; note: string } {
  try {
    const provider = createNativeProvider();
    if (provider === null) return { provider, note: 'createNativeProvider() returned null' };
    // It must agree with the portable provider on a round trip before it is measured.
    const key = provider.randomBytes(32);
    const nonce = provider.randomBytes(12);
    const data = provider.randomBytes(64);
    const sealed = provider.chacha20poly1305Seal(key, nonce, data, nonce);
    const opened = portableProvider.chacha20poly1305Open(key, nonce, sealed, nonce);
    if (opened === null || !Buffer.from(opened).equals(data))
      return { provider: null, note: 'native provider disagrees with the portable one' };
    return { provider, note: 'ok' };
  } catch (err) {
    return { provider: null, note: `createNativeProvider() failed: ${String(err)}` };
  }
}

const defaultProvider = crypto();
const native = nativeProvider();
const implementations: Implementation[] = [
  native.provider
    ? nexuslink(NATIVE, native.provider)
    : nexuslink(`nexuslink-${defaultProvider.name}`, defaultProvider),
  // The portable provider's establish-cold identities and prekeys are built with
  // the native one: set-up only (about 35 ms against 4 ms per operation), same bytes.
  ...(native.provider ? [nexuslink(PORTABLE, portableProvider, native.provider)] : []),
  libsignalClient,
  privacyresearch,
];
if (!native.provider)
  log(
    `native provider unavailable (${native.note}): measuring only the default provider "${defaultProvider.name}"`,
  );

interface Row {
  scenario: ScenarioName;
  impl: string;
  result: Measurement | null;
  checked: number;
}

const selected = (scenario: string, impl: string) =>
  filters.every((f) => `${scenario} ${impl}`.toLowerCase().includes(f));

const started = performance.now();
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const loadAtStart = load();
log(
  `bench: ${quick ? 'quick' : 'full'} run, ${options.samples} samples × ${options.sampleMs} ms after ${options.warmupMs} ms warm-up, ${MESSAGE_SIZE}-byte messages, node ${process.version}, ${cpus().length} CPUs, load average ${loadAtStart}`,
);
const msgs = messages(16, MESSAGE_SIZE);
const rows: Row[] = [];
for (const family of FAMILIES) {
  const cases: {
    scenario: ScenarioName;
    impl: Implementation;
    check: PlaintextCheck;
    entry: Entry;
  }[] = [];
  for (const scenario of family) {
    for (const impl of implementations) {
      if (!selected(scenario, impl.name)) continue;
      const make = impl.workloads[scenario];
      if (!make) {
        rows.push({ scenario, impl: impl.name, result: null, checked: 0 });
        continue;
      }
      impl.activate?.();
      const check = new PlaintextCheck(`${scenario}/${impl.name}`);
      const workload = await make({ messages: msgs, check });
      cases.push({
        scenario,
        impl,
        check,
        entry: { workload, ...(impl.activate ? { activate: impl.activate } : {}) },
      });
    }
  }
  setCryptoProvider(defaultProvider);
  if (cases.length === 0) continue;
  log(`${family.join(' + ')}: ${cases.map((c) => `${c.scenario}/${c.impl.name}`).join(', ')}`);
  let results: Measurement[];
  try {
    results = await measureInterleaved(
      cases.map((c) => c.entry),
      options,
    );
  } finally {
    setCryptoProvider(defaultProvider);
  }
  cases.forEach(({ scenario, impl, check }, i) => {
    const result = results[i]!;
    if (check.checked < result.ops)
      throw new Error(`${check.label}: only ${check.checked} of ${result.ops} results checked`);
    rows.push({ scenario, impl: impl.name, result, checked: check.checked });
    log(
      `  ${`${scenario}/${impl.name}`.padEnd(36)} ${fmt(result.opsPerSec).padStart(9)} ops/s  (${result.samples.length} samples, ${check.checked} results checked${result.capped ? ', time cap hit' : ''})`,
    );
  });
}
// Keep the table in the same order whatever the filters: scenario, then implementation.
const order = (r: Row) =>
  ORDER.indexOf(r.scenario) * 100 + implementations.findIndex((i) => i.name === r.impl);
rows.sort((a, b) => order(a) - order(b));

function fmt(n: number): string {
  return n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toPrecision(3);
}

const opsPerSec = (scenario: ScenarioName, impl: string) =>
  rows.find((r) => r.scenario === scenario && r.impl === impl)?.result?.opsPerSec;

function ratio(scenario: ScenarioName, impl: string, anchor: string): number | null {
  const a = opsPerSec(scenario, impl);
  const b = opsPerSec(scenario, anchor);
  return a && b ? a / b : null;
}

/** Cost of one operation of `scenario` over one of `baseline`, same implementation. */
function costRatio(scenario: ScenarioName, baseline: ScenarioName, impl: string): number | null {
  const a = opsPerSec(scenario, impl);
  const b = opsPerSec(baseline, impl);
  return a && b ? b / a : null;
}

function round<T extends number | null>(n: T, scale: number): T {
  return (n === null ? null : Math.round(n * scale) / scale) as T;
}

/** Scenarios whose cost is judged against another scenario of the same implementation. */
const BASELINES = new Map(
  TARGETS.flatMap((t) => ('baseline' in t ? [[t.scenario, t.baseline] as const] : [])),
);

/** For the JSON line of a scenario with a baseline: which, and the cost ratio to it. */
function baselineOf(scenario: ScenarioName, impl: string) {
  const baseline = BASELINES.get(scenario);
  return baseline === undefined
    ? {}
    : { baseline, costToBaseline: round(costRatio(scenario, baseline, impl), 1000) };
}

const times = (r: number | null) => (r === null ? 'n/a' : `${r.toFixed(2)}×`);

if (json) {
  for (const r of rows) {
    if (!r.result) continue;
    console.log(
      JSON.stringify({
        name: r.scenario,
        impl: r.impl,
        opsPerSec: round(r.result.opsPerSec, 10),
        min: round(r.result.min, 10),
        max: round(r.result.max, 10),
        ratioToLibsignal: round(ratio(r.scenario, r.impl, LIBSIGNAL), 1000),
        ...baselineOf(r.scenario, r.impl),
      }),
    );
  }
} else {
  const table = rows.map((r) => [
    r.scenario,
    r.impl,
    r.result ? fmt(r.result.opsPerSec) : 'n/a',
    r.result ? `${fmt(r.result.min)}–${fmt(r.result.max)}` : '',
    r.result ? times(ratio(r.scenario, r.impl, LIBSIGNAL)) : 'n/a',
  ]);
  const head = ['scenario', 'implementation', 'ops/s (median)', 'min–max', 'vs libsignal-client'];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
  console.log();
  for (const scenario of ['steady', 'ping-pong'] as const)
    console.log(
      `${PORTABLE} / ${PRIVACYRESEARCH}, ${scenario}: ${times(ratio(scenario, PORTABLE, PRIVACYRESEARCH))}`,
    );
  console.log();
  for (const [scenario, baseline] of BASELINES)
    console.log(
      `cost of one ${scenario} op / one ${baseline} op: ${implementations
        .map((impl) => `${impl.name} ${times(costRatio(scenario, baseline, impl.name))}`)
        .join(', ')}`,
    );
  console.log();
  console.log('targets:');
  for (const t of TARGETS) {
    let r: number | null;
    let met: boolean;
    let text: string;
    if ('anchor' in t) {
      r = ratio(t.scenario, t.impl, t.anchor);
      met = r !== null && r >= t.ratio;
      text = `${t.impl} / ${t.anchor} = ${times(r).padStart(7)}  (≥ ${t.ratio}×)`;
    } else {
      r = costRatio(t.scenario, t.baseline, t.impl);
      met = r !== null && r <= t.maxCost;
      text = `${t.impl}: cost ${times(r).padStart(7)} of ${t.baseline}  (≤ ${t.maxCost}×)`;
    }
    console.log(
      `  ${t.scenario.padEnd(16)} ${text} ${r === null ? 'not measured' : met ? 'met' : 'MISSED'}`,
    );
  }
  console.log();
  console.log(
    `node ${process.version}, ${cpus().length} CPUs; load average ${loadAtStart} at start, ${load()} at end (a busy machine widens min–max; the samples are interleaved so ratios hold better than absolutes)`,
  );
  console.log(ORDER.map((name) => `${name}: ${SCENARIOS[name]}`).join('\n'));
}
log(`bench: done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
