// The p2p-chat example as people run it: two processes of
// examples/p2p-chat/main.ts, each in its own network namespace on a virtual
// LAN, driven through their terminals (stdin/stdout): each pastes the other's
// invite, and they talk. A changed invite is refused. Root only.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canUseNamespaces, createLan } from '../../scripts/netns.js';
import type { Lan } from '../../scripts/netns.js';
import { repoPath } from '../helpers.js';

let lan: Lan;
let file: string;

/** A terminal: what the process printed so far, and a way to wait for a line. */
function terminal(namespace: string) {
  const proc: ChildProcess = spawn(
    'ip',
    [
      'netns',
      'exec',
      namespace,
      process.execPath,
      file,
      '--name',
      namespace.endsWith('a') ? 'Alice' : 'Bob',
      '--no-qr',
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const exited = new Promise<number | null>((resolve) => proc.once('exit', resolve));
  const lines: string[] = [];
  const waiting = new Set<() => void>();
  createInterface({ input: proc.stdout! }).on('line', (l) => {
    lines.push(l);
    for (const w of [...waiting]) w();
  });
  return {
    proc,
    exited,
    lines,
    type: (line: string) => proc.stdin!.write(`${line}\n`),
    async waitFor(test: (line: string) => boolean, what: string, ms = 30_000): Promise<string> {
      const end = Date.now() + ms;
      for (;;) {
        const found = lines.find(test);
        if (found) return found;
        if (Date.now() > end) throw new Error(`no ${what} in:\n${lines.join('\n')}`);
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, 100);
          waiting.add(() => {
            clearTimeout(t);
            resolve();
          });
        });
      }
    },
  };
}

describe.skipIf(!canUseNamespaces)('examples/p2p-chat on a LAN', () => {
  beforeAll(async () => {
    lan = createLan(`chat${process.pid % 10000}`, '10.79.0');
    file = repoPath(`node_modules/.cache/p2p-chat-${process.pid}.mjs`);
    await build({
      entryPoints: [repoPath('examples/p2p-chat/main.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      outfile: file,
      packages: 'external',
      alias: {
        '@nexuslink/sdk/node': repoPath('src/node.ts'),
        '@nexuslink/sdk': repoPath('src/index.ts'),
      },
      logLevel: 'error',
    });
  });
  afterAll(() => lan?.remove());

  it('two people exchange invites and talk', async () => {
    const alice = terminal(lan.a);
    const bob = terminal(lan.b);
    try {
      const aliceInvite = await alice.waitFor((l) => l.startsWith('NXI1:'), "Alice's invite");
      const bobInvite = await bob.waitFor((l) => l.startsWith('NXI1:'), "Bob's invite");
      // One character changed: refused, nothing added.
      const at = 40;
      alice.type(
        bobInvite.slice(0, at) + (bobInvite[at] === 'A' ? 'B' : 'A') + bobInvite.slice(at + 1),
      );
      await alice.waitFor((l) => l.startsWith('That invite did not work'), 'the refusal');
      alice.type(bobInvite);
      bob.type(aliceInvite);
      await alice.waitFor((l) => l === 'Added Bob. Type to talk.', 'Bob added');
      await bob.waitFor((l) => l === 'Added Alice. Type to talk.', 'Alice added');
      alice.type('hello Bob');
      await bob.waitFor((l) => l === 'Alice: hello Bob', "Alice's message");
      bob.type('hi Alice');
      await alice.waitFor((l) => l === 'Bob: hi Alice', "Bob's answer");
      for (const t of [alice, bob]) t.type('/quit');
      const codes = await Promise.all([alice.exited, bob.exited]);
      expect(codes).toEqual([0, 0]);
    } finally {
      for (const t of [alice, bob]) if (t.proc.exitCode === null) t.proc.kill();
    }
  }, 90_000);
});
