// The directory as it is published (scripts/pack-server.mjs directory),
// installed with the packed SDK into a fresh folder and run with npx, as its
// README says: --help, init, a staff account from its command line, serving
// on its embedded database (search, the console's login page, the OpenAPI
// document), and a clean stop on SIGTERM.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, waitUntilDown } from '@nexuslink/server-kit/testing';
import { installPacked, packServer } from '../../scripts/package-install.js';
import type { InstalledApp } from '../../scripts/package-install.js';

const run = promisify(execFile);

describe('npx @nexuslink/directory-server, from the packed package', () => {
  let app: InstalledApp;
  beforeAll(async () => {
    app = installPacked(undefined, [packServer('directory')]);
  }, 300_000);
  afterAll(() => app?.remove());

  it('--help, init and staff answer; it serves on its embedded database and stops on SIGTERM', async () => {
    const help = await run('npx', ['@nexuslink/directory-server', '--help'], { cwd: app.dir });
    expect(help.stdout).toContain('nexuslink-directory staff add NAME ROLE');
    await run('npx', ['@nexuslink/directory-server', 'init'], { cwd: app.dir });
    expect(existsSync(join(app.dir, 'nexuslink.toml'))).toBe(true);
    const staff = await run(
      'npx',
      ['@nexuslink/directory-server', 'staff', 'add', 'rita', 'reviewer'],
      {
        cwd: app.dir,
      },
    );
    expect(staff.stdout).toMatch(/added rita \(reviewer\); password \(shown once\): [a-z2-9]{20}/);
    const server = await startServer({}, 'directory', {
      command: ['npx', '@nexuslink/directory-server'],
      cwd: app.dir,
      processGroup: true,
      startTimeoutMs: 60_000,
    });
    try {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const search = (await (await fetch(`${server.url}/v1/communities?q=rust`)).json()) as {
        data: { communities: unknown[] };
      };
      expect(search.data.communities).toEqual([]);
      const console = await fetch(`${server.url}/console/login`);
      expect(await console.text()).toContain('Staff login');
      const openapi = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as {
        paths: Record<string, unknown>;
      };
      expect(Object.keys(openapi.paths)).toContain('/v1/kyc/applications');
      // The KYC master key was made, private, in the data directory.
      expect(existsSync(join(app.dir, 'nexuslink-directory-data', 'kyc-master.key'))).toBe(true);
    } finally {
      await server.stop('SIGTERM');
    }
    expect(await waitUntilDown(server.url)).toBe(true);
  }, 180_000);
});
