// The README's Quick start, run exactly as written there, in a fresh folder:
// `npm install` of the packed SDK, the SQLite addon the README names and the
// packed community server (scripts/pack-server.mjs, what is published), the
// server started with `npx @nexuslink/community-server`, and the program
// between the quick-start markers run with node, an echo bot on the other
// end. It must print the bot's reply, and on a second run open the same device.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, waitUntilDown } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { CommunityClient, createDevice, memoryStorage } from '../../src/index.js';
import { installPacked, packServer } from '../../scripts/package-install.js';
import type { InstalledApp } from '../../scripts/package-install.js';
import { startEchoBot } from '../../examples/echo-bot/bot.js';
import type { EchoBot } from '../../examples/echo-bot/bot.js';
import { repoPath } from '../helpers.js';

const run = promisify(execFile);

/** The program between `<!-- quick-start -->` and `<!-- /quick-start -->` in the README. */
function quickStart(): string {
  const readme = readFileSync(repoPath('README.md'), 'utf8');
  const m = /<!-- quick-start -->\n```js\n([\s\S]*?)```\n<!-- \/quick-start -->/.exec(readme);
  if (!m) throw new Error('README.md has no quick-start program between its markers');
  return m[1]!;
}

/** The version of the SQLite addon the SDK names as its optional peer dependency. */
function sqliteAddon(): string {
  const pkg = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as {
    peerDependencies: Record<string, string>;
  };
  return `better-sqlite3-multiple-ciphers@${pkg.peerDependencies['better-sqlite3-multiple-ciphers']}`;
}

describe('the README Quick start', () => {
  let app: InstalledApp;
  let server: RunningServer;
  let bot: EchoBot;
  let community: CommunityClient;
  beforeAll(async () => {
    app = installPacked(undefined, [packServer('community'), sqliteAddon()]);
    writeFileSync(join(app.dir, 'chat.mjs'), quickStart());
    // As the README says: one command, in the app's folder (its data in ./nexuslink-data).
    // Every CLI command logs in: the per-address login limit stays out of the CLI test's way.
    server = await startServer({ NEXUSLINK_LIMITS_AUTH_RATE_PER_MINUTE: '1000' }, 'community', {
      command: ['npx', '@nexuslink/community-server'],
      cwd: app.dir,
      processGroup: true,
    });
    // The echo bot, on the server.
    const storage = memoryStorage();
    const { device } = await createDevice({ storage, displayName: 'echo bot' });
    community = new CommunityClient({ url: server.url, device });
    await community.login();
    bot = await startEchoBot({
      device,
      storage,
      transports: [community.transport],
      directory: community.directory,
    });
    await bot.client.publishPreKeys();
  }, 300_000);
  afterAll(async () => {
    await bot?.stop();
    await community?.close();
    await server?.stop('SIGKILL');
    app?.remove();
  });

  it('the packed CLI chats between two homes through the same server (npx nexuslink)', async () => {
    const nexuslink = async (home: string, ...args: string[]) =>
      (
        await run('npx', ['nexuslink', '--home', home, ...args], {
          cwd: app.dir,
          env: { ...process.env, NEXUSLINK_PASSPHRASE: 'saffron ladder under quiet rain' },
          timeout: 90_000,
        })
      ).stdout;
    const alice = JSON.parse(
      await nexuslink('alice', 'identity', 'create', '--name', 'Alice', '--json'),
    );
    const bob = JSON.parse(await nexuslink('bob', 'identity', 'create', '--name', 'Bob', '--json'));
    for (const home of ['alice', 'bob'])
      await nexuslink(home, 'receive', '--server', server.url, '--wait', '1');
    const card = JSON.parse(await nexuslink('bob', 'card', '--json'));
    expect(await nexuslink('alice', 'contact', 'add', card.invite)).toContain(
      `Added Bob (${bob.uuid})`,
    );
    expect(await nexuslink('alice', 'send', 'Bob', 'hi from the packed CLI')).toBe(
      `Sent to Bob via ${server.url}\n`,
    );
    const got = JSON.parse(
      await nexuslink('bob', 'receive', '--count', '1', '--wait', '30', '--json'),
    );
    expect(got).toMatchObject({ sender: alice.uuid, text: 'hi from the packed CLI' });
    await nexuslink('bob', 'send', alice.uuid, 'hi back');
    expect(await nexuslink('alice', 'receive', '--count', '1', '--wait', '30')).toMatch(
      /^\d\d:\d\d:\d\d Bob: hi back\n$/,
    );
  }, 300_000);

  it('prints the reply, and opens the same device on its next run', async () => {
    const chat = (text: string) =>
      run(process.execPath, ['chat.mjs', server.url, bot.client.uuid, text], {
        cwd: app.dir,
        env: { ...process.env, PASSPHRASE: 'correct horse battery staple' },
        timeout: 60_000,
      });
    const first = await chat('hello');
    expect(first.stdout).toContain(`${bot.client.uuid}: echo: hello`);
    const me = /I am (\S+);/.exec(first.stdout)?.[1];
    expect(me).toBeDefined();
    expect(first.stdout).toMatch(/recovery phrase \(write it down\): (\w+ ){23}\w+/);
    // The second run opens the device the first one made: no new identity.
    const second = await chat('again');
    expect(second.stdout).toBe(`${bot.client.uuid}: echo: again\n`);
    expect(bot.answered()).toBe(2);
    // npx, signalled with its process group, exits by the signal; the server under it stops.
    await server.stop('SIGTERM');
    expect(await waitUntilDown(server.url)).toBe(true);
  }, 180_000);
});
