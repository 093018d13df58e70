// Runs test/runtimes/smoke.mjs (or .cjs) under a runtime and checks its one
// line of JSON: every check of checks.mjs ran and passed. Shared by the
// runtime tests here and the browser smoke test (test/browser/smoke.test.ts).
import { spawn } from 'node:child_process';
import { expect } from 'vitest';
import { repoPath } from '../helpers.js';

/** One check as checks.mjs reports it. */
export interface CheckResult {
  readonly name: string;
  readonly entry: string;
  readonly ok: boolean;
  readonly ms: number;
  readonly detail?: string;
  readonly error?: string;
}

/** The line smoke.mjs prints. */
export interface SmokeResult {
  readonly runtime: string;
  readonly version: string;
  readonly module: 'esm' | 'cjs';
  readonly ms: number;
  readonly results: readonly CheckResult[];
}

/** The checks of the browser-capable entry points (root, interfaces, testing, hazmat). */
export const PORTABLE_CHECKS = [
  'load root',
  'load interfaces',
  'load testing',
  'load hazmat',
  'identity',
  'sessions',
  'webCryptoKeyStore',
  'sender keys',
  'memoryStorage',
  'sqlJsStorage',
  'errors',
  'hazmat',
];

/** Every check, as a Node-like runtime runs them (adds ./node and ./p2p). */
export const ALL_CHECKS = [
  ...PORTABLE_CHECKS.slice(0, 4),
  'load node',
  'load p2p',
  ...PORTABLE_CHECKS.slice(4),
  'sqliteStorage',
  'fileImagePersister',
  'circuit relay',
];

/**
 * Run `command args… script` from the repository root and parse the last
 * line it prints. Rejects (with what it printed) when it exits non-zero,
 * prints no JSON, or runs longer than `timeoutMs`.
 */
export function runSmoke(
  command: string,
  args: readonly string[],
  script: 'smoke.mjs' | 'smoke.cjs',
  timeoutMs = 60_000,
): Promise<SmokeResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args, repoPath(`test/runtimes/${script}`)], {
      cwd: repoPath(''),
      stdio: ['ignore', 'pipe', 'pipe'],
      // No colours or update checks from the runtimes; Deno caches in its default place.
      env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{')) {
        reject(new Error(`${command} ${script} exited ${code ?? signal}:\n${out}${err}`));
        return;
      }
      resolve(JSON.parse(last) as SmokeResult);
    });
  });
}

/**
 * Assert that exactly `expected` checks ran, in that order, and each passed;
 * a failing one is named with its error. Logs one summary line.
 */
export function expectAllPassed(result: SmokeResult, expected: readonly string[]): void {
  const failed = result.results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.error}`);
  expect(failed, `${result.runtime} ${result.version} (${result.module})`).toEqual([]);
  expect(result.results.map((r) => r.name)).toEqual(expected);
  const details = result.results.flatMap((r) => (r.detail ? [r.detail] : []));
  console.log(
    `${result.runtime} ${result.version} (${result.module}): ${result.results.length} checks passed in ${result.ms} ms; ${details.join('; ')}`,
  );
}
