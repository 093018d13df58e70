// The built package on Node 24 (the Node this project runs on), from ESM
// and from CommonJS, in a process of its own: checks.mjs, every entry point.
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS, expectAllPassed, runSmoke } from './smoke.js';

describe('the built package on Node 24', () => {
  it('from ESM: every entry point loads and does its work', async () => {
    const result = await runSmoke(process.execPath, [], 'smoke.mjs');
    expect(result.version).toMatch(/^24\./);
    expectAllPassed(result, ALL_CHECKS);
  }, 90_000);

  it('from CommonJS: every entry point is required and does its work', async () => {
    const result = await runSmoke(process.execPath, [], 'smoke.cjs');
    expect(result.module).toBe('cjs');
    expectAllPassed(result, ALL_CHECKS);
  }, 90_000);
});
