// Messages through the storage adapters, against the in-memory E2EE figure,
// in one process and one table:
//   npm run bench:storage                 full run
//   npm run bench:storage -- --quick      short samples
//   npm run -s bench:storage -- --json    one JSON object per line: { adapter, opsPerSec, ratioToMemory }
//   npm run bench:storage -- sqlJs flight only the cases whose name contains every word (and the anchor)
// One operation = one 1 KiB message sent and received with the state committed:
// Alice encrypts in a write transaction of her storage (session step, history,
// outbox entry; the previous outbox entry, acknowledged, is dropped), then Bob
// decrypts in a write transaction of his (session step, history).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNativeProvider } from '../src/primitives/native.js';
import { setCryptoProvider } from '../src/primitives/provider.js';
import {
  decryptMessage,
  encryptMessage,
  memoryStorage,
  sqlJsStorage,
  storageProtocolStores,
  transactionStores,
} from '../src/index.js';
import type { Storage } from '../src/index.js';
import { fileImagePersister, sqliteStorage } from '../src/node.js';
import { clientFloorWorkload } from './client-floor.js';
import { clientWorkload } from './client-workload.js';
import { cycle, measureInterleaved, messages, PlaintextCheck } from './harness.js';
import type { Entry, HarnessOptions, Workload } from './harness.js';
import { makeDevice, nexuslink, pair } from './nexuslink.js';
import { MESSAGE_SIZE } from './scenarios.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const json = args.includes('--json');
const unknown = args.filter((a) => a.startsWith('-') && a !== '--quick' && a !== '--json');
if (unknown.length) {
  console.error(
    `unknown argument ${unknown.join(' ')}; usage: npm run bench:storage -- [--quick] [--json] [word...]`,
  );
  process.exit(2);
}
const words = args.filter((a) => !a.startsWith('-')).map((w) => w.toLowerCase());
const selected = (name: string) => words.every((w) => name.toLowerCase().includes(w));
const options: HarnessOptions = quick
  ? { warmupMs: 300, samples: 5, sampleMs: 300, maxBatch: 256, capMs: 8_000 }
  : { warmupMs: 1_000, samples: 10, sampleMs: 1_000, maxBatch: 512, capMs: 30_000 };
const log = (line: string) => process.stderr.write(`${line}\n`);

const provider = createNativeProvider();
if (!provider) throw new Error('bench:storage needs node:crypto');
setCryptoProvider(provider);
const dir = mkdtempSync(join(tmpdir(), 'nexuslink-bench-storage-'));
const key = globalThis.crypto.getRandomValues(new Uint8Array(32));
const msgs = messages(16, MESSAGE_SIZE);
const MEMORY = 'in-memory E2EE (no storage)';

const ADAPTERS: { name: string; durable: boolean; open: (file: string) => Promise<Storage> }[] = [
  { name: 'memoryStorage', durable: false, open: async () => memoryStorage() },
  {
    name: 'sqliteStorage (durability full)',
    durable: true,
    open: (file) => sqliteStorage({ path: join(dir, `${file}.db`), key }),
  },
  {
    name: 'sqliteStorage (durability normal)',
    durable: true,
    open: (file) =>
      sqliteStorage({ path: join(dir, `${file}-normal.db`), key, durability: 'normal' }),
  },
  {
    name: 'sqlJsStorage (file)',
    durable: true,
    open: (file) => sqlJsStorage({ key, persister: fileImagePersister(join(dir, `${file}.nxls`)) }),
  },
];

/** Messages in flight per operation in the pipelined mode. */
const IN_FLIGHT = 32;

/**
 * Alice → Bob through two storages, each message committed on both sides in
 * transactions of its own. `inFlight` messages per operation: 1 is one
 * message at a time (every commit waited for); more are sent together, as an
 * app does with a burst, and the adapter's group commit shares COMMITs among them.
 */
async function storageWorkload(
  adapter: (typeof ADAPTERS)[number],
  inFlight: number,
  check: PlaintextCheck,
): Promise<{ workload: Workload; close: () => Promise<void> }> {
  const suffix = inFlight === 1 ? '' : `-${inFlight}`;
  const aliceStorage = await adapter.open(`alice${suffix}`);
  const bobStorage = await adapter.open(`bob${suffix}`);
  const { alice, bob, bobAddress } = await pair(
    msgs,
    await makeDevice('alice', storageProtocolStores(aliceStorage)),
    await makeDevice('bob', storageProtocolStores(bobStorage)),
  );
  const next = cycle(msgs);
  let n = 0;
  const key = (i: number) => `m${String(i).padStart(12, '0')}`;
  const send = (message: Uint8Array, id: number) =>
    aliceStorage.write(async (tx) => {
      const sealed = await encryptMessage(alice.device, bobAddress, message, {
        stores: transactionStores(tx),
      });
      await tx.put('messages', `bob/${key(id)}`, message);
      await tx.put('outbox', key(id), sealed);
      // The transport acknowledged the one before: it leaves the outbox.
      if (id > 0) await tx.delete('outbox', key(id - 1));
      return sealed;
    });
  const receive = (envelope: Uint8Array, id: number) =>
    bobStorage.write(async (tx) => {
      const r = await decryptMessage(bob.device, envelope, { stores: transactionStores(tx) });
      await tx.put('messages', `alice/${key(id)}`, r.plaintext);
      return r.plaintext;
    });
  const workload: Workload = {
    async op() {
      const batch = Array.from({ length: inFlight }, () => ({ message: next(), id: n++ }));
      const envelopes = await Promise.all(batch.map((m) => send(m.message, m.id)));
      const received = await Promise.all(batch.map((m, i) => receive(envelopes[i]!, m.id)));
      received.forEach((plaintext, i) => check.equal(plaintext, batch[i]!.message));
    },
  };
  return {
    workload,
    close: async () => {
      await aliceStorage.close();
      await bobStorage.close();
    },
  };
}

log(
  `bench:storage: ${quick ? 'quick' : 'full'} run, ${options.samples} samples × ${options.sampleMs} ms, ${MESSAGE_SIZE}-byte messages, node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}, files in ${dir}`,
);
const memoryCheck = new PlaintextCheck(MEMORY);
const memory = await nexuslink('nexuslink-native', provider).workloads.steady!({
  messages: msgs,
  check: memoryCheck,
});
const cases: {
  name: string;
  durable: boolean;
  perOp: number;
  check: PlaintextCheck;
  entry: Entry;
}[] = [{ name: MEMORY, durable: false, perOp: 1, check: memoryCheck, entry: { workload: memory } }];
const closers: (() => Promise<void>)[] = [];
for (const adapter of ADAPTERS) {
  for (const inFlight of [1, IN_FLIGHT]) {
    const name = `${adapter.name}, ${inFlight === 1 ? 'one at a time' : `${inFlight} in flight`}`;
    if (!selected(name)) continue;
    const check = new PlaintextCheck(name);
    const { workload, close } = await storageWorkload(adapter, inFlight, check);
    closers.push(close);
    cases.push({ name, durable: adapter.durable, perOp: inFlight, check, entry: { workload } });
  }
}
// The whole client, on the in-memory and the default Node durable adapter,
// each over its floor: the same records written with none of the client's logic.
for (const adapter of ADAPTERS.slice(0, 2)) {
  for (const inFlight of [1, IN_FLIGHT]) {
    const floor = `client records floor on ${adapter.name}, ${inFlight === 1 ? 'one at a time' : `${inFlight} in flight`}`;
    if (selected(floor)) {
      const check = new PlaintextCheck(floor);
      const { workload, close } = await clientFloorWorkload(
        await adapter.open(`floor-alice-${inFlight}`),
        await adapter.open(`floor-bob-${inFlight}`),
        inFlight,
        msgs,
        check,
      );
      closers.push(close);
      cases.push({ name: floor, durable: false, perOp: inFlight, check, entry: { workload } });
    }
    const name = `NexusClient on ${adapter.name}, ${inFlight === 1 ? 'one at a time' : `${inFlight} in flight`}`;
    if (!selected(name)) continue;
    const check = new PlaintextCheck(name);
    const { workload, close } = await clientWorkload(
      await adapter.open(`client-alice-${inFlight}`),
      await adapter.open(`client-bob-${inFlight}`),
      inFlight,
      msgs,
      check,
    );
    closers.push(close);
    cases.push({ name, durable: false, perOp: inFlight, check, entry: { workload } });
  }
}
let results;
try {
  results = await measureInterleaved(
    cases.map((c) => c.entry),
    options,
  );
} finally {
  for (const close of closers) await close();
  rmSync(dir, { recursive: true, force: true });
}
const memoryOps = results[0]!.opsPerSec;
const rows = cases.map((c, i) => {
  const r = results[i]!;
  // msgs/s: one operation carries `perOp` messages.
  const result = {
    ...r,
    opsPerSec: r.opsPerSec * c.perOp,
    min: r.min * c.perOp,
    max: r.max * c.perOp,
  };
  return { ...c, result, ratio: result.opsPerSec / memoryOps };
});
for (const r of rows)
  if (r.check.checked < r.result.ops * r.perOp)
    throw new Error(`${r.name}: only ${r.check.checked} of ${r.result.ops} plaintexts checked`);

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toPrecision(3));
if (json) {
  for (const r of rows)
    console.log(
      JSON.stringify({
        adapter: r.name,
        opsPerSec: Math.round(r.result.opsPerSec * 10) / 10,
        ratioToMemory: Math.round(r.ratio * 1000) / 1000,
      }),
    );
} else {
  const head = ['adapter', 'msgs/s (median)', 'min–max', 'vs in-memory'];
  const table = rows.map((r) => [
    r.name,
    fmt(r.result.opsPerSec),
    `${fmt(r.result.min)}–${fmt(r.result.max)}`,
    `${(r.ratio * 100).toFixed(1)}%`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i >= 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
  console.log();
  console.log('target: durable adapters >= 50% of the in-memory figure');
  for (const r of rows.filter((x) => x.durable))
    console.log(
      `  ${r.name.padEnd(52)} ${(r.ratio * 100).toFixed(1).padStart(5)}%  ${r.ratio >= 0.5 ? 'met' : 'MISSED'}`,
    );
}
