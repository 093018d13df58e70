/**
 * `nexuslink conformance`: runs the test vectors, or a live conversation,
 * against any implementation that speaks the protocol of spec/conformance.md.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { canonicalJson, CONFORMANCE_PROTOCOL, startImplementation } from './conformance-process.js';
import type { Answer, Implementation } from './conformance-process.js';
import { EXCLUDED_FOLDERS, planFile } from './conformance-vectors.js';
import type { Check } from './conformance-vectors.js';
import { runLive } from './conformance-live.js';

export const CONFORMANCE_USAGE = `Usage:
  nexuslink conformance --impl "<command>" [--vectors DIR] [--only PATTERN] [--json] [--timeout MS]
  nexuslink conformance --live --impl "<command>" --peer "<command>" [--json] [--timeout MS]

Runs the test vectors (or, with --live, a full conversation between two
implementations) against an implementation that speaks the JSON-lines protocol
of spec/conformance.md on its stdin and stdout. --only keeps the vector files
whose path contains PATTERN (comma-separated for several). Exit code 0 when
nothing failed, 1 when something did, 2 on a usage error.
`;

interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** One failed check, as reported. */
export interface Failure {
  file: string;
  check: string;
  op: string;
  expected: string;
  got: string;
}

/** The report of one vector file. */
export interface FileReport {
  file: string;
  checked: number;
  passed: number;
  failed: number;
  unsupported: number;
  /** Why the file was not run at all, when it was not. */
  skipped?: string;
}

/** What `--json` prints for a vector run. */
export interface VectorReport {
  mode: 'vectors';
  implementation: string;
  files: FileReport[];
  totals: Omit<FileReport, 'file' | 'skipped'>;
  failures: Failure[];
  /** Reasons the implementation gave for unsupported operations, by op. */
  unsupported: Record<string, string>;
  ok: boolean;
}

const show = (a: Answer): string => {
  switch (a.kind) {
    case 'result':
      return `result ${canonicalJson(a.result)}`;
    case 'error':
      return `error ${a.code}`;
    case 'unsupported':
      return 'unsupported';
    case 'broken':
      return `no answer: ${a.reason}`;
  }
};
const clip = (s: string) => (s.length > 400 ? `${s.slice(0, 400)}… (${s.length} chars)` : s);

/** Does `answer` match the check's expectation exactly? */
export function judge(check: Check, answer: Answer): 'passed' | 'failed' | 'unsupported' {
  if (answer.kind === 'unsupported') return 'unsupported';
  if ('error' in check.expect)
    return answer.kind === 'error' && answer.code === check.expect.error ? 'passed' : 'failed';
  return answer.kind === 'result' &&
    canonicalJson(answer.result) === canonicalJson(check.expect.result)
    ? 'passed'
    : 'failed';
}

async function vectorFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        if (!(d === dir && EXCLUDED_FOLDERS.includes(entry.name))) await walk(path);
      } else if (entry.name.endsWith('.json')) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  await walk(dir);
  return out.sort();
}

/** Run every vector file in `dir` (filtered by `only`) against `impl`. */
export async function runVectors(
  impl: Implementation,
  dir: string,
  only: string[],
): Promise<VectorReport> {
  const files: FileReport[] = [];
  const failures: Failure[] = [];
  const unsupported: Record<string, string> = {};
  const hello = await impl.request('hello', { protocol: CONFORMANCE_PROTOCOL });
  if (hello.kind !== 'result')
    failures.push({ file: '-', check: 'hello', op: 'hello', expected: 'result', got: show(hello) });
  for (const file of await vectorFiles(dir)) {
    if (only.length > 0 && !only.some((p) => file.includes(p))) continue;
    const report: FileReport = { file, checked: 0, passed: 0, failed: 0, unsupported: 0 };
    files.push(report);
    const plan = planFile(file, JSON.parse(await readFile(join(dir, file), 'utf8')));
    if ('skipped' in plan) {
      report.skipped = plan.skipped;
      continue;
    }
    for (const check of plan.checks) {
      const answer = await impl.request(check.op, check.input);
      const verdict = judge(check, answer);
      report.checked++;
      report[verdict]++;
      if (verdict === 'unsupported' && answer.kind === 'unsupported')
        unsupported[check.op] ??= answer.reason;
      if (verdict === 'failed')
        failures.push({
          file,
          check: check.label,
          op: check.op,
          expected: clip(
            'error' in check.expect
              ? `error ${check.expect.error}`
              : `result ${canonicalJson(check.expect.result)}`,
          ),
          got: clip(show(answer)),
        });
    }
  }
  const totals = { checked: 0, passed: 0, failed: 0, unsupported: 0 };
  for (const f of files)
    for (const k of ['checked', 'passed', 'failed', 'unsupported'] as const) totals[k] += f[k];
  return {
    mode: 'vectors',
    implementation: impl.command,
    files,
    totals,
    failures,
    unsupported,
    ok: failures.length === 0,
  };
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
  );
}

function printVectorReport(r: VectorReport, io: Io): void {
  const rows = [['file', 'checked', 'passed', 'failed', 'unsupported']];
  for (const f of r.files)
    rows.push(
      f.skipped
        ? [f.file, '-', '-', '-', 'skipped']
        : [f.file, ...[f.checked, f.passed, f.failed, f.unsupported].map(String)],
    );
  const t = r.totals;
  rows.push(['total', ...[t.checked, t.passed, t.failed, t.unsupported].map(String)]);
  for (const line of table(rows)) io.out(line);
  for (const f of r.files) if (f.skipped) io.out(`skipped ${f.file}: ${f.skipped}`);
  for (const [op, reason] of Object.entries(r.unsupported))
    io.out(`unsupported ${op}${reason ? `: ${reason}` : ''}`);
  for (const f of r.failures) {
    io.out(`FAIL ${f.file} ${f.check} (${f.op})`);
    io.out(`  expected ${f.expected}`);
    io.out(`  got      ${f.got}`);
  }
  io.out(r.ok ? 'conformance: passed' : `conformance: ${r.failures.length} failed`);
}

/** `nexuslink conformance …`; returns the exit code. */
export async function runConformance(argv: string[], io: Io): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        impl: { type: 'string' },
        peer: { type: 'string' },
        vectors: { type: 'string' },
        only: { type: 'string' },
        json: { type: 'boolean' },
        live: { type: 'boolean' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    io.err(`nexuslink conformance: ${err instanceof Error ? err.message : String(err)}`);
    io.err(CONFORMANCE_USAGE);
    return 2;
  }
  if (values.help) {
    io.out(CONFORMANCE_USAGE);
    return 0;
  }
  const timeoutMs = values.timeout === undefined ? 30_000 : Number(values.timeout);
  if (!values.impl || (values.live && !values.peer) || !(timeoutMs > 0)) {
    io.err(CONFORMANCE_USAGE);
    return 2;
  }
  const print = (value: unknown) => io.out(JSON.stringify(value, null, 2));

  if (values.live) {
    const a = startImplementation(values.impl, { timeoutMs });
    const b = startImplementation(values.peer!, { timeoutMs });
    try {
      const report = await runLive(a, b);
      if (values.json) print(report);
      else {
        for (const s of report.steps)
          io.out(`${s.ok ? 'ok  ' : 'FAIL'} ${s.step}${s.ok ? '' : `: ${s.detail}`}`);
        io.out(
          report.ok
            ? `live: passed (${report.steps.length} steps)`
            : `live: ${report.steps.filter((s) => !s.ok).length} of ${report.steps.length} steps failed`,
        );
      }
      return report.ok ? 0 : 1;
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }

  const dir = resolve(values.vectors ?? 'test-vectors');
  if (
    !(await stat(dir).then(
      (s) => s.isDirectory(),
      () => false,
    ))
  ) {
    io.err(`nexuslink conformance: no vectors folder at ${dir} (give one with --vectors DIR)`);
    return 2;
  }
  const only = (values.only ?? '').split(',').filter((p) => p !== '');
  const impl = startImplementation(values.impl, { timeoutMs });
  try {
    const report = await runVectors(impl, dir, only);
    if (values.json) print(report);
    else printVectorReport(report, io);
    if (!report.ok && impl.stderrTail())
      io.err(`stderr of the implementation:\n${impl.stderrTail()}`);
    return report.ok ? 0 : 1;
  } finally {
    await impl.close();
  }
}
