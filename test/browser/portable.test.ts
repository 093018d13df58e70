import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../helpers.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (p) => existsSync(p),
);

describe('the portable provider in a real browser (headless Chromium)', () => {
  it('runs PQXDH, the Double Ratchet with header encryption and Sender Keys', async () => {
    // CI installs Debian's chromium: a missing browser fails this test, it is not skipped.
    expect(CHROMIUM, 'chromium is not installed (apt-get install chromium)').toBeDefined();
    const bundle = await build({
      entryPoints: [repoPath('test/browser/entry.ts')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      write: false,
      logLevel: 'error',
    });
    const script = bundle.outputFiles[0]!.text;
    // Node-only code must not be in a browser bundle.
    expect(script).not.toMatch(/require\(["']node:/);
    const dir = mkdtempSync(join(tmpdir(), 'nexuslink-browser-'));
    try {
      const page = join(dir, 'index.html');
      writeFileSync(
        page,
        `<!doctype html><html><body>running</body><script>${script.replaceAll('</script', '<\\/script')}</script></html>`,
      );
      const out = execFileSync(
        CHROMIUM!,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          `--user-data-dir=${join(dir, 'profile')}`,
          '--virtual-time-budget=120000',
          '--dump-dom',
          `file://${page}`,
        ],
        { encoding: 'utf8', timeout: 180_000, stdio: ['ignore', 'pipe', 'ignore'] },
      );
      const match = /(RESULT|ERROR):(.*?)<\/body>/s.exec(out);
      expect(match?.[1], out.slice(0, 2000)).toBe('RESULT');
      const result = JSON.parse(
        match![2]!
          .replaceAll('&amp;', '&')
          .replaceAll('&lt;', '<')
          .replaceAll('&gt;', '>')
          .replaceAll('&quot;', '"'),
      );
      expect(result.provider).toBe('portable');
      expect(result.received).toEqual(['hello from alice', 'hello from bob', 'hello group']);
      expect(result.userAgent).toMatch(/Chrome/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
