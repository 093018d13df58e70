// A browser app refused by a server's CORS settings gets a typed error that
// says so, naming its origin and the setting (issue 17), where the browser
// itself gives only "Failed to fetch"; a server on its default settings lets a
// page served from this machine (a development server) in. In headless
// Chromium, against the real server process.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { requires } from '../support/system-tools.js';
import { bundle, runInChromium } from './chromium.js';

const { describe, it } = requires('chromium');

describe('CORS in a real browser (headless Chromium)', () => {
  const servers: RunningServer[] = [];
  let page: ReturnType<typeof createServer>;
  let pageUrl = '';
  const dirs: string[] = [];
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'nexuslink-cors-'));
    dirs.push(d);
    return d;
  };
  beforeAll(async () => {
    // The app's page, served from this machine on a port of its own (another origin).
    page = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><html><body>app</body></html>');
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/`;
    servers.push(await startServer({ NEXUSLINK_SERVER_DATA_DIR: dir() }));
    servers.push(
      await startServer({
        NEXUSLINK_SERVER_DATA_DIR: dir(),
        NEXUSLINK_CORS_ORIGINS: 'https://chat.example.org',
      }),
    );
  }, 60_000);
  afterAll(async () => {
    for (const s of servers) await s.stop();
    page?.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('the default lets a page from this machine in; a server that does not allow its origin says so', async () => {
    const script = await bundle('test/browser/cors-entry.ts');
    const [allowing, refusing] = servers.map((s) => s.url);
    const profile = dir();
    const result = await runInChromium(profile, script, {
      url: pageUrl,
      prelude: `globalThis.CORS_SERVERS = ${JSON.stringify({ allowing, refusing })};`,
    });
    const origin = pageUrl.slice(0, -1);
    expect(result.origin).toBe(origin);
    expect(result.refused).toBe('NOT_PERMITTED');
    expect(result.message).toContain(`the server at ${refusing}`);
    expect(result.message).toContain(`this page's origin ${origin}`);
    expect(result.message).toContain('cors.origins');
    expect(result.retryElsewhere).toBe(false);
  }, 240_000);
});
