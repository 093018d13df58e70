// The built package on Bun, imported by its name from node_modules:
// checks.mjs, every entry point.
import { expect } from 'vitest';
import { requires, toolPath } from '../support/system-tools.js';
import { ALL_CHECKS, expectAllPassed, runSmoke } from './smoke.js';

const { describe, it } = requires('bun');

describe('the built package on Bun', () => {
  it('every entry point loads and does its work, native addons included', async () => {
    const result = await runSmoke(toolPath('bun'), ['run'], 'smoke.mjs');
    expect(result.runtime).toBe('bun');
    expectAllPassed(result, ALL_CHECKS);
  }, 90_000);
});
