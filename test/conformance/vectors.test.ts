// The conformance runner against the SDK's own adapter (scripts/conformance-adapter.ts),
// started as a separate process exactly as another implementation would be.
import { describe, expect, it } from 'vitest';
import type { VectorReport } from '../../src/cli/conformance.js';
import { NOT_PROTOCOL } from '../../src/cli/conformance-vectors.js';
import { readJson, repoPath } from '../helpers.js';
import { conformance, SDK_ADAPTER } from './helpers.js';

describe('nexuslink conformance: the vectors against the SDK adapter', () => {
  it('passes every vector file, with nothing unsupported', async () => {
    const run = await conformance([
      '--impl',
      SDK_ADAPTER,
      '--vectors',
      repoPath('test-vectors'),
      '--json',
    ]);
    const report = JSON.parse(run.out) as VectorReport;
    expect(report.failures, run.err).toEqual([]);
    expect(run.code).toBe(0);
    expect(report.ok).toBe(true);
    for (const f of report.files) {
      // Only the files of the SDK's own tools are skipped, each saying why.
      expect(f.skipped, f.file).toBe(NOT_PROTOCOL[f.file]);
      if (f.skipped) continue;
      expect(f.checked, f.file).toBeGreaterThan(0);
      expect(f.passed, f.file).toBe(f.checked);
    }
    // Every case of a file with several operations is run (one check per case).
    const franking = readJson<{ cases: unknown[] }>('test-vectors/community/franking.json');
    expect(report.files.find((f) => f.file === 'community/franking.json')?.checked).toBe(
      franking.cases.length,
    );
    // Every operation is answered through the public entry points, storage
    // images and journal entries through @nexuslink/sdk/hazmat.
    expect(report.unsupported).toEqual({});
    expect(report.totals.unsupported).toBe(0);
    expect(report.totals.passed).toBeGreaterThan(500);
  }, 120_000);

  it('prints a table per file and a total without --json', async () => {
    const run = await conformance(['--impl', SDK_ADAPTER, '--only', 'identity/,relay/acks']);
    const lines = run.out.split('\n');
    expect(lines[0]).toMatch(/^file\s+checked\s+passed\s+failed\s+unsupported$/);
    expect(lines.find((l) => l.startsWith('identity/uuid.json'))).toMatch(/\s20\s+20\s+0\s+0$/);
    expect(lines.some((l) => l.startsWith('relay/acks.json'))).toBe(true);
    expect(lines.some((l) => l.startsWith('storage/'))).toBe(false);
    expect(lines.at(-1)).toBe('conformance: passed');
    expect(run.code).toBe(0);
  });
});
