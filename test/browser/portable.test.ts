import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { requires } from '../support/system-tools.js';
import { bundle, runInChromium } from './chromium.js';

const { describe, it } = requires('chromium');

describe('the portable provider in a real browser (headless Chromium)', () => {
  it('runs PQXDH, the Double Ratchet with header encryption and Sender Keys', async () => {
    const script = await bundle('test/browser/entry.ts');
    const dir = mkdtempSync(join(tmpdir(), 'nexuslink-browser-'));
    try {
      const result = await runInChromium(dir, script);
      expect(result.provider).toBe('portable');
      expect(result.received).toEqual(['hello from alice', 'hello from bob', 'hello group']);
      expect(result.userAgent).toMatch(/Chrome/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
