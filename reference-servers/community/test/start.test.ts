// The community server started exactly as its README says, and answering
// /healthz: `npm start` from the repository root (it builds the SDK, then
// starts the server on SQLite) and the `nexuslink-community` bin. The other
// tests start `node src/main.ts` in its folder.
//
// `npm start` rebuilds dist/ (tsup cleans it first), which the servers of
// test files running meanwhile import: it runs in a copy of the repository
// (its sources, package.json and build configuration, with node_modules
// linked to the repository's and the workspace packages to the copy), so
// the command and what it builds are the same and nobody's dist/ vanishes.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot, startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { CONFIG_KEYS, loadConfig } from '@nexuslink/community-server';

/** A copy of what `npm start` at the root reads and runs, with node_modules linked. */
function repositoryCopy(): string {
  const root = repoRoot();
  const dir = mkdtempSync(join(tmpdir(), 'nexuslink-start-'));
  for (const file of ['package.json', 'tsup.config.ts', 'tsconfig.json'])
    cpSync(join(root, file), join(dir, file));
  cpSync(join(root, 'src'), join(dir, 'src'), { recursive: true });
  for (const workspace of ['community', 'kit'])
    cpSync(join(root, 'reference-servers', workspace), join(dir, 'reference-servers', workspace), {
      recursive: true,
      filter: (path) => !/\/(node_modules|test|nexuslink-data)(\/|$)/.test(path),
    });
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, '@nexuslink'), { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules')))
    if (entry !== '@nexuslink')
      symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  symlinkSync(dir, join(modules, '@nexuslink/sdk'));
  symlinkSync(
    join(dir, 'reference-servers/community'),
    join(modules, '@nexuslink/community-server'),
  );
  symlinkSync(join(dir, 'reference-servers/kit'), join(modules, '@nexuslink/server-kit'));
  return dir;
}

/** PATH with the Node that runs the tests first (what `#!/usr/bin/env node` finds) and the repository's bins. */
const testPath = () =>
  `${dirname(process.execPath)}:${join(repoRoot(), 'node_modules/.bin')}:${process.env.PATH ?? ''}`;

const health = async (url: string) => {
  const r = await fetch(`${url}/healthz`);
  return { status: r.status, body: (await r.json()) as unknown };
};

describe('community server: started as its README says', () => {
  let server: RunningServer | undefined;
  const cleanups: (() => void)[] = [];
  afterEach(async () => {
    await server?.stop('SIGKILL');
    server = undefined;
    for (const c of cleanups.splice(0)) c();
  });

  it(
    '`npm start` from the repository root builds the SDK and serves on SQLite',
    { timeout: 300_000 },
    async () => {
      const copy = repositoryCopy();
      cleanups.push(() => rmSync(copy, { recursive: true, force: true }));
      server = await startServer({ PATH: testPath() }, 'community', {
        command: ['npm', 'start'],
        cwd: copy,
        startTimeoutMs: 240_000,
        processGroup: true,
      });
      expect(await health(server.url)).toEqual({
        status: 200,
        body: { ok: true, data: { status: 'ok' } },
      });
      // The README's data folder, in the server's workspace.
      expect(readdirSync(join(copy, 'reference-servers/community/nexuslink-data'))).toContain(
        'community.db',
      );
      await server.stop('SIGTERM');
      await expect
        .poll(
          () =>
            fetch(`${server!.url}/healthz`).then(
              () => 'up',
              () => 'down',
            ),
          {
            timeout: 15_000,
          },
        )
        .toBe('down');
    },
  );

  it('the nexuslink-community bin serves, and exits 0 on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nexuslink-bin-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    server = await startServer({ PATH: testPath() }, 'community', {
      command: [join(repoRoot(), 'node_modules/.bin/nexuslink-community')],
      cwd: dataDir,
    });
    expect(await health(server.url)).toEqual({
      status: 200,
      body: { ok: true, data: { status: 'ok' } },
    });
    // Run from another folder, it keeps its data in ./nexuslink-data there.
    expect(readdirSync(join(dataDir, 'nexuslink-data'))).toContain('community.db');
    expect(await server.stop('SIGTERM')).toBe(0);
  });

  it('init writes a configuration file to edit: every key at its default, never over a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nexuslink-init-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const main = join(repoRoot(), 'reference-servers/community/src/main.ts');
    const init = () => spawnSync(process.execPath, [main, 'init'], { cwd: dir, encoding: 'utf8' });
    const first = init();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('wrote nexuslink.toml');
    const path = join(dir, 'nexuslink.toml');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const text = readFileSync(path, 'utf8');
    // Every key is there, commented out at its default: uncommented, it loads as the defaults.
    for (const key of Object.keys(CONFIG_KEYS))
      expect(text, key).toMatch(new RegExp(`^# ${key.split('.')[1]} = `, 'm'));
    const uncommented = join(dir, 'uncommented.toml');
    writeFileSync(uncommented, text.replace(/^# ([a-z_]+ = )/gm, '$1'));
    expect(loadConfig({ file: uncommented, env: {} })).toEqual(loadConfig({ env: {} }));
    // A second init leaves the file alone and says so.
    writeFileSync(path, '[server]\nport = 9999\n');
    const second = init();
    expect(second.status).toBe(2);
    expect(second.stderr).toContain('nexuslink.toml exists already');
    expect(readFileSync(path, 'utf8')).toBe('[server]\nport = 9999\n');
  });
});
