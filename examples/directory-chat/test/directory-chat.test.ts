// The directory chat example, run as its README says (`node main.ts`), two
// of them against a real directory and a real community server started as
// theirs say: each searches the directory, joins the community found, enters
// its channel, and they talk (end-to-end encrypted: the server relays
// sender-key ciphertext only).
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommunityClient, createDevice, DirectoryClient, memoryStorage } from '@nexuslink/sdk';
import { repoRoot, startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { serverDatabase } from '@nexuslink/server-kit/testing/db';

/** A running example: what it printed, lines to type, and a wait for output. */
function run(directoryUrl: string, name: string) {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['main.ts', '--directory', directoryUrl, '--name', name],
    { cwd: join(repoRoot(), 'examples/directory-chat'), env: { PATH: process.env.PATH ?? '' } },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += String(d)));
  child.stderr.on('data', (d) => (out += String(d)));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return {
    output: () => out,
    type: (line: string) => child.stdin.write(`${line}\n`),
    async waitFor(pattern: RegExp, ms = 30_000): Promise<void> {
      const deadline = Date.now() + ms;
      while (!pattern.test(out)) {
        if (Date.now() > deadline) throw new Error(`${name}: no ${pattern} in:\n${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async quit(): Promise<number | null> {
      child.stdin.write('/quit\n');
      return exited;
    },
  };
}

describe('the directory chat example', () => {
  const stops: (() => Promise<unknown>)[] = [];
  let directory: RunningServer;

  beforeAll(async () => {
    const owner = (await createDevice({ storage: memoryStorage(), displayName: 'owner' })).device;
    const cdb = await serverDatabase('sqlite');
    const community = await startServer({
      ...cdb.env,
      NEXUSLINK_SERVER_OWNER: owner.uuid,
      NEXUSLINK_SERVER_NAME: 'Rust Learners',
    });
    stops.push(() => community.stop(), cdb.drop);
    const ddb = await serverDatabase('sqlite');
    directory = await startServer(
      {
        ...ddb.env,
        NEXUSLINK_PROOF_ALLOW_PRIVATE: 'true',
        NEXUSLINK_POW_COST: '20',
        NEXUSLINK_POW_MAX_COUNTER: '20',
      },
      'directory',
    );
    stops.push(() => directory.stop(), ddb.drop);
    const admin = new CommunityClient({ url: community.url, device: owner });
    await admin.login();
    await admin.createChannel({ name: 'general', topic: 'Say hello', visibility: 'public' });
    await admin.close();
    await new DirectoryClient({ url: directory.url }).register({
      device: owner,
      name: 'Rust Learners',
      description: 'Learning the Rust programming language together.',
      tags: ['rust', 'programming'],
      language: 'en',
      endpoint: community.url,
    });
  }, 90_000);
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
  });

  it('two people find a community in the directory, join its channel and talk', async () => {
    const alice = run(directory.url, 'Alice');
    const bob = run(directory.url, 'Bob');
    try {
      for (const [who] of [[alice], [bob]] as const) {
        await who.waitFor(/browsing/);
        who.type('/search rust');
        await who.waitFor(
          /1\. Rust Learners — online, \d+ members, programming, rust — http:\/\/127\.0\.0\.1:\d+ \(signed\)/,
        );
        who.type('/join 1');
        await who.waitFor(/Channels: #general/);
        who.type('/channel general');
        await who.waitFor(/In #general\. Type to talk\./);
      }
      alice.type('hello from Alice');
      await bob.waitFor(/[0-9A-Za-z]{8}: hello from Alice/);
      bob.type('hi Alice, Bob here');
      await alice.waitFor(/[0-9A-Za-z]{8}: hi Alice, Bob here/);
      expect(alice.output()).not.toMatch(/error:/);
      expect(bob.output()).not.toMatch(/error:/);
    } finally {
      expect(await alice.quit()).toBe(0);
      expect(await bob.quit()).toBe(0);
    }
  });
});
