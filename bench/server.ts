// `npm run bench:server`: the community server under load, from separate
// processes, against a bare ws fan-out server in the same run.
//
//   npm run bench:server                     10,000 connections, 30 s of fan-out
//   npm run bench:server -- --quick          2,000 connections, 5 s (well under two minutes)
//   npm run bench:server -- --connections 20000 --duration 60
//   npm run -s bench:server -- --json        one JSON object per line, nothing else
//
// 1. The server starts on PostgreSQL (NEXUSLINK_TEST_DATABASE_URL, a schema
//    of its own, dropped at the end), as an operator runs it.
// 2. Load processes create that many identities, log each in and hold one
//    authenticated WebSocket per device, from source addresses 127.0.0.1-8.
// 3. While they are held, a fan-out process puts 100 members in one channel;
//    10 of them send 1,000 messages/s in all (256 bytes), and every member's
//    connection measures send → stored → received for each message and
//    counts what never came.
// 4. The same fan-out against bench/server-baseline.ts (a bare ws server:
//    no login, no storage), while it holds as many connections.
// Server RSS and CPU come from /proc of the server process.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { startServer } from '@nexuslink/server-kit/testing';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const json = argv.includes('--json');
const at = argv.indexOf('--connections');
const connections = at >= 0 ? Number(argv[at + 1]) : quick ? 2_000 : 10_000;
const dat = argv.indexOf('--duration');
const duration = dat >= 0 ? Number(argv[dat + 1]) * 1000 : quick ? 5_000 : 30_000;
const RATE = 1_000;
const MEMBERS = 100;
const SENDERS = 10;
const SOURCES = 8;
const PER_PROCESS = 5_000;
const known = new Set(['--quick', '--json', '--connections', '--duration']);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--connections' || argv[i] === '--duration') i++;
  else if (!known.has(argv[i]!)) {
    console.error(
      `unknown argument ${argv[i]}; usage: npm run bench:server -- [--quick] [--json] [--connections N] [--duration SECONDS]`,
    );
    process.exit(2);
  }
}
if (
  !Number.isInteger(connections) ||
  connections < 0 ||
  connections > 50_000 ||
  !(duration >= 1000 && duration <= 300_000)
) {
  console.error('--connections is 0 to 50000; --duration 1 to 300 seconds');
  process.exit(2);
}
const log = (line: string) => process.stderr.write(`${line}\n`);
const overall = setTimeout(() => {
  log('bench:server: gave up after 15 minutes');
  process.exit(3);
}, 15 * 60_000);
overall.unref();

const CLK_TCK = 100;
function usage(pid: number): { cpuSeconds: number; rssMiB: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpuSeconds, rssMiB: rss ? Number(rss[1]) / 1024 : NaN };
}

/** A load process; `lines` yields its JSON output lines. */
function load(
  role: string,
  extra: Record<string, string | number>,
): { child: ChildProcess; lines: AsyncIterator<string> } {
  const child = spawn(
    process.execPath,
    [
      'scripts/run-ts.mjs',
      'bench/server-load.ts',
      '--role',
      role,
      '--sources',
      String(SOURCES),
      ...Object.entries(extra).flatMap(([k, v]) => [`--${k}`, String(v)]),
    ],
    { stdio: ['pipe', 'pipe', json ? 'ignore' : 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  return { child, lines };
}

async function nextJson(l: AsyncIterator<string>, what: string): Promise<Record<string, number>> {
  for (;;) {
    const r = await l.next();
    if (r.done) throw new Error(`${what}: the load process ended without a result`);
    if (r.value.startsWith('{')) return JSON.parse(r.value) as Record<string, number>;
  }
}

async function fanout(url: string, baseline: boolean, pid: number) {
  const before = usage(pid);
  const t0 = performance.now();
  const f = load('fanout', {
    url,
    members: MEMBERS,
    senders: SENDERS,
    rate: RATE,
    duration,
    baseline: baseline ? 1 : 0,
  });
  const result = await nextJson(f.lines, 'fanout');
  const after = usage(pid);
  const seconds = (performance.now() - t0) / 1000;
  return {
    ...result,
    serverCpuPercent: Math.round(((after.cpuSeconds - before.cpuSeconds) / seconds) * 100),
    serverRssMiB: Math.round(after.rssMiB),
  };
}

const dbUrl = process.env.NEXUSLINK_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `bench_${process.pid}`;
const admin = new pg.Client({ connectionString: dbUrl });
await admin.connect();
await admin.query(`CREATE SCHEMA ${schema}`);
const u = new URL(dbUrl);
u.searchParams.set('options', `-c search_path=${schema}`);

log(
  `bench:server: ${quick ? 'quick' : 'full'} run, ${connections} connections, ${MEMBERS}-member channel at ${RATE} msgs/s for ${duration / 1000} s, node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const server = await startServer({
  NEXUSLINK_DATABASE_DRIVER: 'postgres',
  NEXUSLINK_DATABASE_URL: u.toString(),
  NEXUSLINK_DATABASE_POOL_SIZE: '20',
  NEXUSLINK_LIMITS_RATE_PER_MINUTE: '1000000',
  NEXUSLINK_LIMITS_AUTH_RATE_PER_MINUTE: '1000000',
  NEXUSLINK_LIMITS_WS_MESSAGES_PER_SECOND: '100000',
  // The load logs in thousands of connections at once from a few addresses.
  NEXUSLINK_LIMITS_CONNECTIONS_PER_ADDRESS: '1000000',
  NEXUSLINK_LIMITS_PENDING_CONNECTIONS: '1000000',
  NEXUSLINK_SERVER_SHUTDOWN_TIMEOUT_MS: '30000',
  NEXUSLINK_LOG_LEVEL: 'warn',
});
const serverPid = server.child.pid!;
log(`server at ${server.url} (pid ${serverPid}), RSS ${usage(serverPid).rssMiB.toFixed(0)} MiB`);

type Holders = { child: ChildProcess; lines: AsyncIterator<string> }[];

/** Open `connections` held WebSockets to `url` from load processes; resolves when all are ready. */
async function holdConnections(
  url: string,
  baseline: boolean,
): Promise<{ holders: Holders; ready: number }> {
  const holders: Holders = [];
  for (let offset = 0; offset < connections; offset += PER_PROCESS)
    holders.push(
      load('hold', {
        url,
        count: Math.min(PER_PROCESS, connections - offset),
        offset,
        baseline: baseline ? 1 : 0,
      }),
    );
  let ready = 0;
  for (const h of holders) ready += (await nextJson(h.lines, 'hold')).ready!;
  return { holders, ready };
}

/** Tell the load processes to report how many are still open, and end them. */
async function release(holders: Holders): Promise<{ held: number; dropped: number }> {
  let held = 0;
  let dropped = 0;
  for (const h of holders) h.child.stdin!.end();
  for (const h of holders) {
    const r = await nextJson(h.lines, 'hold');
    held += r.held!;
    dropped += r.dropped!;
  }
  return { held, dropped };
}

const rows: Record<string, unknown>[] = [];
let held = 0;
let dropped = 0;
let holders: Holders = [];
try {
  // Phase 1: connections.
  const t0 = performance.now();
  const before = usage(serverPid);
  const h = await holdConnections(server.url, false);
  holders = h.holders;
  const ready = h.ready;
  const connectSeconds = (performance.now() - t0) / 1000;
  const connected = usage(serverPid);
  log(
    `${ready} authenticated connections in ${connectSeconds.toFixed(1)} s; server RSS ${connected.rssMiB.toFixed(0)} MiB`,
  );
  rows.push({
    case: 'connections',
    connections: ready,
    seconds: Math.round(connectSeconds * 10) / 10,
    serverRssMiB: Math.round(connected.rssMiB),
    serverCpuPercent: Math.round(
      ((connected.cpuSeconds - before.cpuSeconds) / connectSeconds) * 100,
    ),
  });

  // Phase 2: fan-out while they are held.
  const community = await fanout(server.url, false, serverPid);
  rows.push({ case: 'community fan-out (PostgreSQL)', ...community });
  log(`community fan-out: ${JSON.stringify(community)}`);

  ({ held, dropped } = await release(holders));
  rows[0]!.heldToTheEnd = held;
  rows[0]!.dropped = dropped;
} finally {
  for (const h of holders) h.child.kill();
  const code = await server.stop();
  if (code !== 0) log(`the server exited with ${code}:\n${server.output()}`);
  await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  await admin.end();
}

// Phase 3: the baseline, under the same conditions: as many connections
// held (outside the channel) while the same fan-out runs.
const baseline = spawn(process.execPath, ['scripts/run-ts.mjs', 'bench/server-baseline.ts'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const baseUrl = await new Promise<string>((resolve) => {
  createInterface({ input: baseline.stdout! }).on('line', (line) => {
    const m = /listening on (\S+)/.exec(line);
    if (m) resolve(m[1]!);
  });
});
let baseHolders: Holders = [];
try {
  const h = await holdConnections(baseUrl, true);
  baseHolders = h.holders;
  log(`${h.ready} connections held on the baseline`);
  const bare = await fanout(baseUrl, true, baseline.pid!);
  rows.push({ case: 'bare ws fan-out (baseline)', ...bare, connections: h.ready });
  log(`baseline fan-out: ${JSON.stringify(bare)}`);
  await release(baseHolders);
} finally {
  for (const h of baseHolders) h.child.kill();
  baseline.kill('SIGTERM');
}

const community = rows[1] as Record<string, number>;
const bare = rows[2] as Record<string, number>;
const targets = [
  {
    target: '10,000 concurrent authenticated connections',
    value: held,
    met: held >= 10_000 && dropped === 0,
  },
  {
    target: '20,000 concurrent authenticated connections (goal)',
    value: held,
    met: held >= 20_000 && dropped === 0,
  },
  {
    target: `${RATE} msgs/s into a ${MEMBERS}-member channel`,
    value: community.msgsPerSec,
    met: community.msgsPerSec! >= RATE * 0.98,
  },
  { target: 'p99 end-to-end < 50 ms', value: community.p99, met: community.p99! < 50 },
  {
    target: 'p99 <= 1.5x the baseline p99',
    value: Math.round((community.p99! / bare.p99!) * 100) / 100,
    met: community.p99! <= 1.5 * bare.p99!,
  },
  {
    target: '0 messages lost',
    value: community.lost,
    met: community.lost === 0 && community.refused === 0,
  },
];
if (json) {
  for (const r of rows) console.log(JSON.stringify(r));
  for (const t of targets) console.log(JSON.stringify(t));
} else {
  console.log();
  console.log(
    `connections: ${held} held to the end of the fan-out (${dropped} dropped), set up in ${rows[0]!.seconds} s, server RSS ${rows[0]!.serverRssMiB} MiB`,
  );
  console.log();
  const head = [
    'fan-out',
    'msgs/s',
    'deliveries/s',
    'p50 ms',
    'p99 ms',
    'max ms',
    'lost',
    'server CPU',
    'server RSS',
  ];
  const table = [community, bare].map((r, i) => [
    i === 0 ? 'community server (PostgreSQL)' : 'bare ws server (baseline)',
    String(r.msgsPerSec),
    String(r.deliveriesPerSec),
    String(r.p50),
    String(r.p99),
    String(r.max),
    String(r.lost),
    `${r.serverCpuPercent}%`,
    `${r.serverRssMiB} MiB`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
  console.log();
  console.log('targets:');
  for (const t of targets)
    console.log(
      `  ${t.target.padEnd(52)} ${String(t.value).padStart(8)}  ${t.met ? 'met' : 'MISSED'}`,
    );
}
process.exit(0);
