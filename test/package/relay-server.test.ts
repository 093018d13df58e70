// The relay as it is published (scripts/pack-server.mjs relay), installed with
// the packed SDK into a fresh folder and run with npx, as its README says.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, waitUntilDown } from '@nexuslink/server-kit/testing';
import { installPacked, packServer } from '../../scripts/package-install.js';
import type { InstalledApp } from '../../scripts/package-install.js';

const run = promisify(execFile);

describe('npx @nexuslink/relay-server, from the packed package', () => {
  let app: InstalledApp;
  beforeAll(async () => {
    app = installPacked(undefined, [packServer('relay')]);
  }, 300_000);
  afterAll(() => app?.remove());

  it('--help and init answer; it serves on its embedded database and stops on SIGTERM', async () => {
    const help = await run('npx', ['@nexuslink/relay-server', '--help'], { cwd: app.dir });
    expect(help.stdout).toContain('nexuslink-relay init');
    await run('npx', ['@nexuslink/relay-server', 'init'], { cwd: app.dir });
    expect(existsSync(join(app.dir, 'nexuslink.toml'))).toBe(true);
    const server = await startServer({}, 'relay', {
      command: ['npx', '@nexuslink/relay-server'],
      cwd: app.dir,
      processGroup: true,
      startTimeoutMs: 60_000,
    });
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(existsSync(join(app.dir, 'nexuslink-relay-data'))).toBe(true);
    await server.stop('SIGTERM');
    expect(await waitUntilDown(server.url)).toBe(true);
  }, 120_000);
});
