// NexusLink against libsignal, in one process, in one table.
//   npm run bench                      full run (about 5 minutes)
//   npm run bench -- --quick           short samples (well under 2 minutes)
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

/** The targets NexusLink is held to, checked against the measured ratios. */
const TARGETS: { impl: string; anchor: string; scenario: ScenarioName; ratio: number }[] = [
  { impl: NATIVE, anchor: LIBSIGNAL, scenario: 'establish', ratio: 2 },
  { impl: NATIVE, anchor: LIBSIGNAL, scenario: 'steady', ratio: 2.5 },
  { impl: NATIVE, anchor: LIBSIGNAL, scenario: 'ping-pong', ratio: 1.5 },
  { impl: NATIVE, anchor: LIBSIGNAL, scenario: 'group', ratio: 1.2 },
  { impl: PORTABLE, anchor: PRIVACYRESEARCH, scenario: 'steady', ratio: 8 },
  { impl: PORTABLE, anchor: PRIVACYRESEARCH, scenario: 'ping-pong', ratio: 5 },
];

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
  ...(native.provider ? [nexuslink(PORTABLE, portableProvider)] : []),
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
for (const scenario of Object.keys(SCENARIOS) as ScenarioName[]) {
  const cases: { impl: Implementation; check: PlaintextCheck; entry: Entry }[] = [];
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
      impl,
      check,
      entry: { workload, ...(impl.activate ? { activate: impl.activate } : {}) },
    });
  }
  if (cases.length === 0) continue;
  log(`${scenario}: ${cases.map((c) => c.impl.name).join(', ')}`);
  let results: Measurement[];
  try {
    results = await measureInterleaved(
      cases.map((c) => c.entry),
      options,
    );
  } finally {
    setCryptoProvider(defaultProvider);
  }
  cases.forEach(({ impl, check }, i) => {
    const result = results[i]!;
    if (check.checked < result.ops)
      throw new Error(`${check.label}: only ${check.checked} of ${result.ops} plaintexts checked`);
    rows.push({ scenario, impl: impl.name, result, checked: check.checked });
    log(
      `  ${impl.name.padEnd(20)} ${fmt(result.opsPerSec).padStart(9)} msgs/s  (${result.samples.length} samples, ${check.checked} plaintexts checked${result.capped ? ', time cap hit' : ''})`,
    );
  });
}
// Keep the table in the same order whatever the filters: scenario, then implementation.
const order = (r: Row) =>
  Object.keys(SCENARIOS).indexOf(r.scenario) * 100 +
  implementations.findIndex((i) => i.name === r.impl);
rows.sort((a, b) => order(a) - order(b));

function fmt(n: number): string {
  return n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toPrecision(3);
}

function ratio(scenario: ScenarioName, impl: string, anchor: string): number | null {
  const a = rows.find((r) => r.scenario === scenario && r.impl === impl)?.result;
  const b = rows.find((r) => r.scenario === scenario && r.impl === anchor)?.result;
  return a && b ? a.opsPerSec / b.opsPerSec : null;
}

function round<T extends number | null>(n: T, scale: number): T {
  return (n === null ? null : Math.round(n * scale) / scale) as T;
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
  const head = ['scenario', 'implementation', 'msgs/s (median)', 'min–max', 'vs libsignal-client'];
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
  console.log('targets:');
  for (const t of TARGETS) {
    const r = ratio(t.scenario, t.impl, t.anchor);
    const verdict = r === null ? 'not measured' : r >= t.ratio ? 'met' : 'MISSED';
    console.log(
      `  ${t.scenario.padEnd(10)} ${t.impl} / ${t.anchor} = ${times(r).padStart(7)}  (≥ ${t.ratio}×) ${verdict}`,
    );
  }
  console.log();
  console.log(
    `node ${process.version}, ${cpus().length} CPUs; load average ${loadAtStart} at start, ${load()} at end (a busy machine widens min–max; the samples are interleaved so ratios hold better than absolutes)`,
  );
  console.log(
    Object.entries(SCENARIOS)
      .map(([name, text]) => `${name}: ${text}`)
      .join('\n'),
  );
}
log(`bench: done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
