// The conformance runner against the SDK's own adapter (scripts/conformance-adapter.ts),
// started as a separate process exactly as another implementation would be.
import { describe, expect, it } from 'vitest';
import type { VectorReport } from '../../src/cli/conformance.js';
import { repoPath } from '../helpers.js';
import { conformance, SDK_ADAPTER } from './helpers.js';

describe('nexuslink conformance: the vectors against the SDK adapter', () => {
  it('passes every vector file; what it cannot answer is unsupported with a reason', async () => {
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
      expect(f.skipped, f.file).toBeUndefined();
      expect(f.passed + f.unsupported, f.file).toBe(f.checked);
    }
    // The only files the SDK's public API cannot answer at all (spec/conformance.md §7).
    const none = report.files.filter((f) => f.passed === 0).map((f) => f.file);
    expect(none.sort()).toEqual(['storage/image.json', 'storage/journal.json']);
    expect(Object.keys(report.unsupported).sort()).toEqual([
      'storage.image.open',
      'storage.journal.open',
    ]);
    for (const reason of Object.values(report.unsupported)) expect(reason).not.toBe('');
    expect(report.totals.passed).toBeGreaterThan(500);
  }, 120_000);

  it('prints a table per file and a total without --json', async () => {
    const run = await conformance(['--impl', SDK_ADAPTER, '--only', 'identity/,relay/acks']);
    const lines = run.out.split('\n');
    expect(lines[0]).toMatch(/^file\s+checked\s+passed\s+failed\s+unsupported$/);
    expect(lines.find((l) => l.startsWith('identity/uuid.json'))).toMatch(/\s14\s+14\s+0\s+0$/);
    expect(lines.some((l) => l.startsWith('relay/acks.json'))).toBe(true);
    expect(lines.some((l) => l.startsWith('storage/'))).toBe(false);
    expect(lines.at(-1)).toBe('conformance: passed');
    expect(run.code).toBe(0);
  });
});
