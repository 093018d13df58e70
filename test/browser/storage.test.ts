import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { repoPath } from '../helpers.js';
import { requires } from '../support/system-tools.js';
import { bundle, runInChromium } from './chromium.js';

const { describe, it } = requires('chromium');

describe('sqlJsStorage over IndexedDB in a real browser (headless Chromium)', () => {
  it('what one browser run writes, the next run on the same profile reads; a wrong key is WRONG_KEY', async () => {
    const script = await bundle('test/browser/storage-entry.ts');
    const wasm = readFileSync(repoPath('node_modules/sql.js/dist/sql-wasm-browser.wasm'));
    const prelude = `globalThis.SQL_WASM_BASE64 = ${JSON.stringify(wasm.toString('base64'))};`;
    const dir = mkdtempSync(join(tmpdir(), 'nexuslink-browser-storage-'));
    try {
      const written = await runInChromium(dir, script, { hash: '#write', prelude });
      expect(written).toMatchObject({ mode: '#write', contact: 'Alice', hits: ['c/0001/m1'] });
      // A new browser process, the same profile: the data came from IndexedDB.
      const read = await runInChromium(dir, script, { hash: '#read', prelude });
      expect(read).toMatchObject({
        mode: '#read',
        contact: 'Alice',
        hits: ['c/0001/m1'],
        wrongKey: 'WRONG_KEY',
        secondWriter: 'STORAGE',
      });
      expect(read.userAgent).toMatch(/Chrome/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
