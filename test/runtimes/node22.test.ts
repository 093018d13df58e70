// The built package on Node 22 (the oldest Node the package supports,
// `engines`), from ESM and from CommonJS: checks.mjs, every entry point.
import { expect } from 'vitest';
import { requires, toolPath } from '../support/system-tools.js';
import { ALL_CHECKS, expectAllPassed, runSmoke } from './smoke.js';

const { describe, it } = requires('node22');

describe('the built package on Node 22', () => {
  it('from ESM: every entry point loads and does its work', async () => {
    const result = await runSmoke(toolPath('node22'), [], 'smoke.mjs');
    expect(result.version).toMatch(/^22\./);
    expectAllPassed(result, ALL_CHECKS);
  }, 90_000);

  it('from CommonJS: every entry point is required and does its work', async () => {
    const result = await runSmoke(toolPath('node22'), [], 'smoke.cjs');
    expect(result.module).toBe('cjs');
    expectAllPassed(result, ALL_CHECKS);
  }, 90_000);
});
