// Live interop: the runner carries a whole conversation between two
// implementations. SDK against SDK passes; a peer that answers wrongly is reported.
import { describe, expect, it } from 'vitest';
import type { LiveReport } from '../../src/cli/conformance-live.js';
import { conformance, nodeScript, SDK_ADAPTER } from './helpers.js';

/** The SDK adapter behind a proxy that flips the first byte of every decrypted 1:1 plaintext. */
function tamperingPeer(): string {
  return nodeScript(`
    import { spawn } from 'node:child_process';
    import { createInterface } from 'node:readline';
    const child = spawn(${JSON.stringify(SDK_ADAPTER)}, { shell: true, stdio: ['pipe', 'pipe', 'inherit'], cwd: ${JSON.stringify(process.cwd())} });
    const ops = new Map();
    createInterface({ input: process.stdin }).on('line', (line) => {
      const request = JSON.parse(line);
      ops.set(request.id, request.op);
      child.stdin.write(line + '\\n');
    }).on('close', () => child.stdin.end());
    createInterface({ input: child.stdout }).on('line', (line) => {
      const answer = JSON.parse(line);
      if (ops.get(answer.id) === 'live.decrypt' && answer.result)
        answer.result.plaintext = (answer.result.plaintext[0] === '0' ? '1' : '0') + answer.result.plaintext.slice(1);
      process.stdout.write(JSON.stringify(answer) + '\\n');
    });`);
}

describe('nexuslink conformance --live', () => {
  it('SDK adapter against SDK adapter: the whole conversation agrees', async () => {
    const run = await conformance([
      '--live',
      '--impl',
      SDK_ADAPTER,
      '--peer',
      SDK_ADAPTER,
      '--json',
    ]);
    const report = JSON.parse(run.out) as LiveReport;
    expect(report.steps.filter((s) => !s.ok)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(run.code).toBe(0);
    const names = report.steps.map((s) => s.step);
    expect(names).toContain('bob refuses a duplicate of the first message');
    expect(names.some((n) => n.includes('(header encryption)'))).toBe(true);
    expect(names.filter((n) => / encrypts .* to the group$/.test(n)).length).toBe(9);
    expect(names.filter((n) => / decrypts ".* to the group \d" from /.test(n)).length).toBe(18);
    expect(names.filter((n) => n.includes('refuses a duplicate group message')).length).toBe(6);
    expect(report.steps.length).toBeGreaterThan(100);
  }, 60_000);

  it('a peer that decrypts wrongly is reported step by step', async () => {
    const run = await conformance(['--live', '--impl', SDK_ADAPTER, '--peer', tamperingPeer()]);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/^FAIL bob decrypts "hello bob" from alice: expected result/m);
    // Alice (in the honest implementation) still reads what Bob sends.
    expect(run.out).toMatch(/^ok {3}alice decrypts "turn 0 a" from bob$/m);
    expect(run.out).toMatch(/^live: \d+ of \d+ steps failed$/m);
  }, 60_000);
});
