// The runner itself: the example adapter of spec/conformance.md passes what it
// implements, and wrong answers, wrong codes and broken adapters are failures.
import { describe, expect, it } from 'vitest';
import type { VectorReport } from '../../src/cli/conformance.js';
import { conformance, nodeScript, specExampleAdapter } from './helpers.js';

const ONLY = ['--only', 'relay/mailboxes,community/client-ids'];

describe('nexuslink conformance: the runner', () => {
  it('the example adapter of spec/conformance.md passes the files it implements', async () => {
    const run = await conformance(['--impl', nodeScript(specExampleAdapter()), ...ONLY, '--json']);
    const report = JSON.parse(run.out) as VectorReport;
    expect(report.failures, run.err).toEqual([]);
    expect(report.files.map((f) => [f.file, f.passed, f.failed])).toEqual([
      ['community/client-ids.json', 4, 0],
      ['relay/mailboxes.json', 2, 0],
    ]);
    expect(run.code).toBe(0);
  });

  it('reports a wrong answer as failed, with what was expected and what came', async () => {
    // The same adapter with one deliberate mistake: a client id of 15 bytes, not 16.
    const wrong = specExampleAdapter().replace('.slice(0, 32)', '.slice(0, 30)');
    expect(wrong).not.toBe(specExampleAdapter());
    const run = await conformance(['--impl', nodeScript(wrong), ...ONLY]);
    expect(run.code).toBe(1);
    const json = await conformance(['--impl', nodeScript(wrong), ...ONLY, '--json']);
    const report = JSON.parse(json.out) as VectorReport;
    expect(report.ok).toBe(false);
    expect(report.files.map((f) => [f.file, f.passed, f.failed])).toEqual([
      ['community/client-ids.json', 0, 4],
      ['relay/mailboxes.json', 2, 0],
    ]);
    expect(report.failures[0]).toMatchObject({
      file: 'community/client-ids.json',
      op: 'community.client_id',
    });
    expect(run.out).toMatch(/^FAIL community\/client-ids\.json #0 /m);
    expect(run.out).toMatch(/^ {2}expected result \{"client_id":"[0-9a-f]{32}"\}$/m);
    expect(run.out).toMatch(/^ {2}got {6}result \{"client_id":"[0-9a-f]{30}"\}$/m);
    expect(run.out).toMatch(/conformance: \d+ failed$/);
  });

  it('an error where a result is due, or the wrong code, is a failure; the right code passes', async () => {
    // Refuses every UUID with `code`: right for the invalid cases only, and only with their code.
    const refuseAll = (code: string) =>
      nodeScript(`
      import { createInterface } from 'node:readline';
      for await (const line of createInterface({ input: process.stdin })) {
        const { id, op } = JSON.parse(line);
        const answer = op === 'hello' ? { result: {} } : { error: '${code}' };
        process.stdout.write(JSON.stringify({ id, ...answer }) + '\\n');
      }`);
    const right = await conformance([
      '--impl',
      refuseAll('INVALID_UUID'),
      '--only',
      'identity/uuid',
      '--json',
    ]);
    const file = (JSON.parse(right.out) as VectorReport).files[0]!;
    expect(file.file).toBe('identity/uuid.json');
    expect(file.passed).toBeGreaterThan(0);
    expect(file.failed).toBeGreaterThan(0);
    expect(file.passed + file.failed).toBe(file.checked);
    expect(right.code).toBe(1);

    const wrongCode = await conformance([
      '--impl',
      refuseAll('MALFORMED'),
      '--only',
      'identity/uuid',
      '--json',
    ]);
    const all = (JSON.parse(wrongCode.out) as VectorReport).files[0]!;
    expect(all.passed).toBe(0);
    expect(all.failed).toBe(all.checked);
  });

  it('unsupported is counted apart and is not a failure', async () => {
    const nothing = nodeScript(`
      import { createInterface } from 'node:readline';
      for await (const line of createInterface({ input: process.stdin })) {
        const { id, op } = JSON.parse(line);
        const answer = op === 'hello' ? { result: {} } : { unsupported: true, reason: 'none here' };
        process.stdout.write(JSON.stringify({ id, ...answer }) + '\\n');
      }`);
    const run = await conformance(['--impl', nothing, '--only', 'identity/', '--json']);
    const report = JSON.parse(run.out) as VectorReport;
    expect(report.totals.unsupported).toBe(report.totals.checked);
    expect(report.unsupported['identity.uuid.parse']).toBe('none here');
    expect(run.code).toBe(0);
  });

  it('a broken adapter (garbage, silence, exit) fails fast instead of hanging', async () => {
    const garbage = nodeScript(
      `process.stdin.once('data', () => process.stdout.write('hello\\n'));`,
    );
    const silent = nodeScript(`process.stdin.resume();`);
    const exits = nodeScript(`process.exit(3);`);
    for (const impl of [garbage, silent, exits]) {
      const started = Date.now();
      const run = await conformance([
        '--impl',
        impl,
        '--only',
        'identity/uuid',
        '--timeout',
        '1500',
        '--json',
      ]);
      expect(run.code, impl).toBe(1);
      const report = JSON.parse(run.out) as VectorReport;
      expect(report.failures.length, impl).toBeGreaterThan(0);
      expect(Date.now() - started, impl).toBeLessThan(10_000);
    }
  });

  it('usage errors exit with 2', async () => {
    expect((await conformance([])).code).toBe(2);
    expect((await conformance(['--live', '--impl', 'true'])).code).toBe(2);
    expect((await conformance(['--impl', 'true', '--bogus'])).code).toBe(2);
    const missing = await conformance(['--impl', 'true', '--vectors', '/nonexistent/vectors']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/no vectors folder/);
  });
});
