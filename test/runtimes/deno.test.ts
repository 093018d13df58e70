// The built package on Deno, imported by its name from node_modules as a
// Deno app with a package.json would: checks.mjs, every entry point.
import { expect } from 'vitest';
import { requires, toolPath } from '../support/system-tools.js';
import { ALL_CHECKS, expectAllPassed, runSmoke } from './smoke.js';

const { describe, it } = requires('deno');

/**
 * The permissions the SDK needs on Deno, each one measured (without it a check
 * fails): read (the package), write and env (temp files; TMPDIR), sys (the
 * CPU count for SQLite, the host name in fileImagePersister's lock, network
 * interfaces for libp2p), ffi (the SQLite and QUIC native addons), and net
 * on loopback (the circuit relay).
 */
const PERMISSIONS = [
  '--allow-read',
  '--allow-write',
  '--allow-env',
  '--allow-sys',
  '--allow-ffi',
  '--allow-net=127.0.0.1',
];

describe('the built package on Deno', () => {
  it('every entry point loads and does its work, native addons included', async () => {
    // --no-lock: no deno.lock written into the repository.
    const result = await runSmoke(
      toolPath('deno'),
      ['run', '--no-lock', ...PERMISSIONS],
      'smoke.mjs',
    );
    expect(result.runtime).toBe('deno');
    expectAllPassed(result, ALL_CHECKS);
  }, 90_000);
});
